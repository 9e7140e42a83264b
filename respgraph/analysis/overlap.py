"""Cross-plan overlap: which tasks of different plans are the same kind of work, and whether
the same function leads them.

* ``similar_tasks``: task pairs from *different* plans whose text similarity (character
  2–3-gram TF-IDF cosine, ``respgraph.analysis.similarity``) is at least ``threshold``,
  the best ``top_k`` per task;
* ``add_similarity_edges``: writes those pairs into the graph as SIMILAR_TO edges;
* ``lead_disagreements``: similar pairs whose lead functions differ (the same kind of task
  led by 城管 in one plan and by 住建 in another);
* ``plan_overlap``: plan × plan shared functions, shared campaign types, and the share of
  each plan's tasks that have a counterpart in the other;
* ``campaign_coverage``: plans × campaign types task counts;
* ``vertical_alignment`` / ``vertical_functions``: a city plan against a district plan.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("task:a:001", type="Task", task_id="a:001", plan_id="a", text="持续抓好城区黑臭水体治理")
>>> g.add_node("task:b:001", type="Task", task_id="b:001", plan_id="b", text="抓好城区黑臭水体治理工作")
>>> g.add_node("task:b:002", type="Task", task_id="b:002", plan_id="b", text="加强扬尘污染精细管控")
>>> similar_tasks(g, threshold=0.3)[["task_a", "task_b"]].values.tolist()
[['a:001', 'b:001']]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from respgraph.analysis._graph import assignments, function_glosses, function_names, functions, task_numbers, task_paths, tasks
from respgraph.analysis.renamed import folded_if
from respgraph.records import STATED_BASES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

_ROLES = frozenset({"LEADS", "SUPPORTS"})

#: Default cosine threshold for "the same kind of task". Chosen on the sample plans: at
#: 0.30 pairs share a specific topic (黑臭水体治理, 扬尘管控, 饮用水水源地); below ~0.25
#: pairs start to share only boilerplate (加强…管理, 推进…建设).
SIMILARITY_THRESHOLD = 0.20
TOP_K = 5


#: What is left of a responsibility clause once its agencies are taken out, when it names no
#: work: 由…负责，…配合 / …牵头，…、…配合 / …按职责分工负责 / …为牵头单位.
_ROLE_CHARS = frozenset("由负责配合牵头按职分工会同协助指导参与为单位等和及与")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")


def _without_names(graph, node: str, doc: str) -> str:
    """The task's text without the agencies its stated clauses name, and without those clauses
    when they are only names and role words. ``clean_task_text`` removes the bracketed and
    labelled clauses（责任单位：…）, but a plan as often writes 由区生态环境局负责，区城管局配合 or
    区住建局牵头，区财政局配合 in the sentence: left in, the names made two tasks of one
    district alike and the same work of two places (区城管局 / 市住建局) less alike. A clause
    that carries work (区住建局负责老旧小区改造) keeps its words; only the names go."""
    clauses, names = set(), set()
    for keys in graph._pred.get(node, {}).values():
        for k, d in keys.items():
            if k in _ROLES:
                if d.get("clause"):
                    clauses.add(d["clause"])
                if d.get("mention"):
                    names.add(d["mention"])
    if not names:
        return doc
    # Longest first, then by text: where clauses or names overlap (区生态环境局 / 生态环境局) the
    # result depends on the order, and a set's order changes with every process (string hash
    # seeds): similar_tasks gave 11,965 pairs in one run and 11,973 in the next on 810 plans.
    names_in_order = sorted(names, key=lambda n: (-len(n), n))
    for c in sorted(clauses, key=lambda c: (-len(c), c)):
        rest = c
        for n in names_in_order:
            rest = rest.replace(n, "")
        if set(_NOT_CJK.sub("", rest)) <= _ROLE_CHARS:
            doc = doc.replace(c, " ")
    for n in names_in_order:
        doc = doc.replace(n, " ")
    return doc


def _task_frame(graph) -> "pd.DataFrame":
    t = tasks(graph)
    t["doc"] = [_without_names(graph, n, x if x else y)
                for n, x, y in zip(t["task"], t["text"].fillna(""), t["title"].fillna(""))]
    place = {p: (_chain_nodes(graph, p) or [""])[0] for p in t["plan_id"].unique()}
    t["place"] = t["plan_id"].map(place)  # the plan's jurisdiction node ("" when it names none)
    return t.sort_values("task").reset_index(drop=True)


def _pairs(t: "pd.DataFrame", *, threshold: float, top_k: int) -> "pd.DataFrame":
    """The best ``top_k`` matches of each task in other plans, and besides them its best ``top_k``
    in the other plans of its own place (``t["place"]``, when the frame has it): a city task
    has near-copies in every county's 落实方案 and 工作要点, which fill its ``top_k`` before the
    city's own second plan asking the same work is reached (13 plans of one city and three
    counties: 11 of 56 same-place pairs lost so, 加强餐饮油烟污染治理 of the 实施方案 against
    加强餐饮油烟管控 of the 环委会要点 among them). A pair is listed once, ``a < b``."""
    import numpy as np
    import pandas as pd

    from respgraph.analysis.similarity import TaskIndex, top_k_pairs

    cols = ["a", "b", "score"]
    if len(t) < 2:
        return pd.DataFrame(columns=cols)
    idx = TaskIndex.fit(t["doc"].tolist())
    plan_of = t["plan_id"].astype(str).to_numpy()
    i, j, s = top_k_pairs(idx.matrix, top_k=top_k, threshold=threshold, groups=plan_of)
    found = [(i, j, s)]
    if "place" in t.columns:
        for place, rows in t.groupby("place", sort=True).indices.items():
            # a place's plans among others (all plans of one place: the search above was it)
            if place and len(rows) < len(t) and len(set(plan_of[rows])) > 1:
                pi, pj, ps = top_k_pairs(idx.matrix[rows], top_k=top_k, threshold=threshold, groups=plan_of[rows])
                found.append((rows[pi], rows[pj], ps))
    if len(found) > 1:
        i, j, s = (np.concatenate(x) for x in zip(*found))
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        _, first = np.unique(lo.astype(np.int64) * len(t) + hi, return_index=True)
        i, j, s = lo[first], hi[first], s[first]
    # t is sorted by node id and i < j, so "a" is the lower id.
    return pd.DataFrame({"a": i, "b": j, "score": s.astype(float)})


def similar_tasks(graph: "nx.MultiDiGraph", threshold: float = SIMILARITY_THRESHOLD, top_k: int = TOP_K) -> "pd.DataFrame":
    """Task pairs across different plans with similarity ≥ ``threshold``.

    Each task contributes its ``top_k`` best matches in other plans, and its ``top_k`` best in
    the other plans of its own place (``_pairs``); a pair is listed once, lower task node id
    first. Columns: task_a, task_b, number_a, number_b (the items' numbers as their plans write
    them, beside the ids that count tasks: ``_graph.task_numbers``), plan_a, plan_b, score (cosine, 0–1), title_a, title_b,
    relation (``same place``: two plans of one jurisdiction ask the same work, the pairs a
    coordination office reads; ``vertical``: a county's 落实方案 against its city's plan;
    ``other places``: peers; "" when a plan names no place: ``_relations``), node_a, node_b
    (graph node ids), path_a, path_b (where each sits, as its plan numbers it: 三（二）1). Sorted by
    score, highest first.
    """
    t = _task_frame(graph)
    p = _pairs(t, threshold=threshold, top_k=top_k)
    cols = ["task_a", "task_b", "number_a", "number_b", "plan_a", "plan_b", "score", "title_a", "title_b", "relation",
            "node_a", "node_b", "path_a", "path_b"]
    if p.empty:
        import pandas as pd

        return pd.DataFrame(columns=cols)
    a, b = t.loc[p["a"]].reset_index(drop=True), t.loc[p["b"]].reset_index(drop=True)
    out = p.assign(task_a=a["task_id"], task_b=b["task_id"], plan_a=a["plan_id"], plan_b=b["plan_id"],
                   title_a=a["title"], title_b=b["title"], node_a=a["task"], node_b=b["task"])
    numbers = task_numbers(graph)
    out["number_a"], out["number_b"] = out["task_a"].map(numbers), out["task_b"].map(numbers)
    paths = task_paths(graph)  # (where each sits, as its plan numbers it: last, the columns before keep their places)
    out["path_a"], out["path_b"] = out["task_a"].map(paths), out["task_b"].map(paths)
    out["score"] = out["score"].round(4)
    out["relation"] = _relations(graph, out["plan_a"], out["plan_b"])
    return out.sort_values(["score", "task_a", "task_b"], ascending=[False, True, True])[cols].reset_index(drop=True)


def add_similarity_edges(graph: "nx.MultiDiGraph", threshold: float = SIMILARITY_THRESHOLD, top_k: int = TOP_K) -> int:
    """Add SIMILAR_TO edges (Task -> Task, lower node id first, attribute ``score``) for the
    pairs of ``similar_tasks``; existing SIMILAR_TO edges are replaced. Returns the number added."""
    old = [(u, v) for u, v, k in graph.edges(keys=True) if k == "SIMILAR_TO"]
    for u, v in old:
        graph.remove_edge(u, v, key="SIMILAR_TO")
    pairs = similar_tasks(graph, threshold=threshold, top_k=top_k)
    for u, v, s in zip(pairs["node_a"], pairs["node_b"], pairs["score"]):
        graph.add_edge(u, v, key="SIMILAR_TO", type="SIMILAR_TO", score=float(s))
    return len(pairs)


def has_similarity_edges(graph: "nx.MultiDiGraph") -> bool:
    """Whether ``graph`` holds SIMILAR_TO pairs (``add_similarity_edges``; the similar_tasks
    query of the Cypher library reads them)."""
    return any(k == "SIMILAR_TO" for _, _, k in graph.edges(keys=True))


def _leads(graph, *, include_suggested: bool = False) -> "pd.DataFrame":
    """Per task node: lead agency names and the union of their function codes (collective
    addressees such as 各乡镇 are not leads of a kind of work, so they are left out)."""
    a = assignments(graph, include_suggested=include_suggested, include_collectives=False)
    a = a[a["role"] == "lead"].drop_duplicates(["task", "agency"])
    return a.groupby("task").agg(leads=("name", list), lead_codes=("functions", lambda s: sorted({f for fs in s for f in fs})),
                                 lead_basis=("basis", _lead_basis))


def _lead_basis(bases) -> str:
    """``first listed`` when the task's plan named no lead (every lead is its list's first unit:
    A、B、C按职责分工负责, 责任单位：A、B), else ``stated``: a disagreement resting on the
    first-listed convention is one a reader weighs apart."""
    return "first listed" if len(bases) and all(b == "first_listed" for b in bases) else "stated"


def _unmarked_list(graph, task: str) -> frozenset[str] | None:
    """The function codes of every unit named in the unmarked list that gives ``task`` its
    first-listed lead (``（责任单位：A、B）``: A leads by the first-listed convention, basis
    ``first_listed``, B supports from the same clause); None when no lead of the task rests on
    that convention. Collective addressees are left out, as in ``_leads``."""
    nodes = graph._node
    edges = [(u, d) for u, _, k, d in graph.in_edges(task, keys=True, data=True) if k in _ROLES]
    clauses = {(d.get("clause_start"), d.get("clause")) for _, d in edges
               if d.get("basis") == "first_listed" and d.get("role", "lead") == "lead"}
    if not clauses:
        return None
    return frozenset(f for u, d in edges if (d.get("clause_start"), d.get("clause")) in clauses
                     and d.get("basis") in STATED_BASES and nodes.get(u, {}).get("kind") != "collective"
                     for f in nodes.get(u, {}).get("functions") or ())


def _same_units(list_a: frozenset[str] | None, codes_a, list_b: frozenset[str] | None, codes_b) -> bool:
    """True when two similar tasks name the same units (by function) and one side's lead is only
    the first of an unmarked list: `（责任单位：A、B）` against `（牵头单位：A、B）` or against
    `（责任单位：B、A）`. Whether such a list names co-leads or its first unit leading is a
    convention the plan does not state (probes' golds read them as co-leads), so the pair is
    no evidence of different leads. Lists of different units still are (the seeds' 11).

    >>> _same_units(frozenset({"住建", "生态环境"}), ["住建"], None, ["生态环境", "住建"])
    True
    >>> _same_units(frozenset({"住建", "生态环境"}), ["住建"], frozenset({"住建", "生态环境"}), ["生态环境"])
    True
    >>> _same_units(frozenset({"住建", "生态环境", "城管"}), ["城管"], None, ["住建", "生态环境"])
    False
    >>> _same_units(None, ["住建"], None, ["生态环境"])
    False
    """
    if list_a is None and list_b is None:
        return False
    units_a = list_a if list_a is not None else frozenset(codes_a)
    units_b = list_b if list_b is not None else frozenset(codes_b)
    return bool(units_a) and units_a == units_b


#: The order in which a reader takes the kinds of pairs: two plans of one place first (what a
#: 环委办 settles), then a place's plan against one within it, then peers, then pairs without a place.
RELATION_ORDER = {"same place": 0, "vertical": 1, "other places": 2}


def same_place_first(pairs: "pd.DataFrame") -> "pd.DataFrame":
    """``pairs`` (with ``relation``) reordered for a reader: same-place pairs first, each kind in
    its order before (by score). A city task's county copies score ~1 and filled the first 20 rows
    of a table, the city's own two plans asking one work came after them."""
    if "relation" not in pairs or pairs["relation"].nunique() < 2:
        return pairs
    rank = pairs["relation"].map(lambda r: RELATION_ORDER.get(r, 3))
    return pairs.assign(_r=rank).sort_values("_r", kind="stable").drop(columns="_r").reset_index(drop=True)


def with_leads(graph: "nx.MultiDiGraph", pairs: "pd.DataFrame", *, include_suggested: bool = False,
               fold_renamed: bool = False) -> "pd.DataFrame":
    """``pairs`` (``similar_tasks`` rows) with each side's leads by name (``leads_a``, ``leads_b``;
    collective addressees left out, as in ``lead_disagreements``) and ``same_function``: True when
    the lead functions share one (the same work asked twice of one kind of body), False when they
    share none (a disagreement), None when a side has no lead with a known function or when the
    two name the same units and one side's lead is only the first of an unmarked list
    (``_same_units``: 责任单位：A、B against 牵头单位：A、B tells no difference). A
    coordination office reads both: two plans of its place asking one work of the same bureau
    twice, or of different bureaus. ``same_lead``: True when the two name one lead body (by its
    canonical name), False when no lead is on both sides (with ``same_function`` True: one kind of
    body, two bodies), None when a side has no lead. Each side's evidence follows (``_with_lead_clauses``: its
    number and file as written, its leads as the plan writes them, the lead clause and its spans).
    ``fold_renamed`` (``renamed.fold_renamed_bodies``): the leads of a folded graph, so that a 2016
    plan's task led by the 环境保护局 and a 2020 plan's led by the 生态环境局 have one lead
    (``same_lead`` True); the pairs themselves are the caller's, found on the graph as built."""
    graph = folded_if(graph, fold_renamed)
    leads = _leads(graph, include_suggested=include_suggested)
    out = pairs.copy()
    codes = {}
    for side in ("a", "b"):
        node = out[f"node_{side}"]
        out[f"leads_{side}"] = [v if isinstance(v, list) else [] for v in node.map(leads["leads"])] if len(leads) else [[]] * len(out)
        codes[side] = [v if isinstance(v, list) else [] for v in node.map(leads["lead_codes"])] if len(leads) else [[]] * len(out)
    out["same_function"] = [bool(set(x) & set(y)) if x and y else None for x, y in zip(codes["a"], codes["b"])]
    if len(out):  # the same units, one side's lead only the first of an unmarked list: cannot tell
        lists = _unmarked_lists(graph, out)
        out["same_function"] = [None if same is False and _same_units(lists.get(a), x, lists.get(b), y) else same
                                for same, a, b, x, y in zip(out["same_function"], out["node_a"], out["node_b"],
                                                            codes["a"], codes["b"])]
    # one kind of body is not one body: 安庆海事局 and 市交通运输局 both do 交通运输 work, and two plans
    # of one city giving them the same ship-waste work is a difference a 环委办 settles (stop-26 probe)
    out["same_lead"] = [bool(set(x) & set(y)) if x and y else None for x, y in zip(out["leads_a"], out["leads_b"])]
    # each side's number, file, leads as written and lead clause with its spans: a pair a reader can check
    return _with_lead_clauses(graph, out) if len(out) else out.assign(**{c: [] for c in EVIDENCE_COLUMNS})


def _unmarked_lists(graph, pairs: "pd.DataFrame") -> dict[str, frozenset[str] | None]:
    """``_unmarked_list`` of every task of ``pairs``, each looked up once."""
    return {n: _unmarked_list(graph, n) for n in set(pairs["node_a"]) | set(pairs["node_b"])}


def different_work(title_a: str, title_b: str) -> bool:
    """True when the two titles name kinds of work and none of one's is related to one of the
    other's: the words of the suggest lexicon (``data/registry/task_keywords.csv``) found in
    each title, two words being related when one contains the other (污水 / 农村生活污水) or
    the lexicon gives them the same usual lead (碳达峰 / 碳排放: 发展改革). A title without such
    a word decides nothing (False).

    Similar character n-grams are not the same work when only the frame is shared:

    >>> different_work("加强农村生活污水治理", "推进农村生活垃圾治理")     # 生态环境 vs 城市管理
    True
    >>> different_work("强化施工扬尘管控", "加强施工扬尘污染管控")
    False
    >>> different_work("推进城镇污水处理提质增效", "推进城镇污水管网建设")
    False

    Two titles set in different places (城市/城区/城镇/县城 vs 农村/乡村/村庄) or on different
    networks (燃气 / 供水 / 排水·污水 / 供热 / 电力 / 通信) name different work even where the
    lexicon relates their words (污水 / 农村生活污水; 燃气 and 管网 both led by 住建): urban
    sewage and rural sewage, gas mains and water mains are led by different bureaus by design.

    >>> different_work("推进城市污水处理提质增效", "推进农村生活污水处理设施建设")
    True
    >>> different_work("推进燃气老旧管网更新改造", "推进老旧供水管网改造")
    True
    >>> different_work("推进城乡生活垃圾分类处理", "加快推进城市生活垃圾分类工作")   # 城乡: both
    False

    Nor is work on different environmental media the same, though one bureau usually leads both
    and a place name (清水塘老工业区) gives the texts their n-grams in common: the air, the water,
    the soil, solid waste.

    >>> different_work("着力打好臭氧污染防治攻坚战", "推进清水塘老工业区土壤修复")
    True
    >>> different_work("推进钢铁行业超低排放改造", "开展臭氧污染防治攻坚")
    False
    >>> different_work("推进土壤和地下水污染防治", "加强地下水污染防治")
    False
    """
    from respgraph.suggest import load_lexicon

    if any(_disjoint(_marks(title_a, group), _marks(title_b, group)) for group in (_SETTINGS, _NETWORKS, _MEDIA)):
        return True
    lex = load_lexicon()
    a, b = _title_words(title_a), _title_words(title_b)
    return bool(a and b) and not any(x in y or y in x or lex.lead[x][0] == lex.lead[y][0] for x in a for y in b)


#: Mutually exclusive marks of a title: where the work is done (城乡 names both, so neither), and
#: which utility network it is on. Two titles that each carry marks of one group, none shared,
#: are different work.
_SETTINGS = (("urban", re.compile("城市|城区|城镇|县城|中心城")), ("rural", re.compile("农村|乡村|村庄")))
_NETWORKS = (("gas", re.compile("燃气|天然气")), ("water", re.compile("供水|自来水")),
             ("drain", re.compile("排水|污水|雨水|雨污|内涝")), ("heat", re.compile("供热|供暖")),
             ("power", re.compile("电力|供电|电网")), ("telecom", re.compile("通信")))


#: The environmental medium a title's work is on (a title may name two: 土壤和地下水污染防治).
_MEDIA = (("air", re.compile("大气|空气质量|臭氧|挥发性有机物|VOCs|扬尘|尾气|柴油货车|重污染天气|PM2|颗粒物|油烟|超低排放", re.I)),
          ("water", re.compile("水污染|水环境|水质|水体|水生态|水源|排污口|污水|黑臭|饮用水|河湖|入河")),
          ("soil", re.compile("土壤|耕地|农用地|建设用地|重金属")),
          ("waste", re.compile("固体废物|固废|危险废物|危废|医疗废物|垃圾|无废")))


def without_different_work(pairs: "pd.DataFrame") -> "pd.DataFrame":
    """``pairs`` (with ``title_a``, ``title_b``) without those whose titles name different work
    (``different_work``): the check ``--disagreements`` makes, made for the list of pairs too
    (`overlap --pairs`, ``Build.overlap()``), where 城市 / 农村黑臭水体 and 农村生活污水 / 垃圾 had been
    listed as one work asked twice. Stop-26 probe (安庆, 27 planted pairs, 22 near misses): 5 false
    pairs → 1, one planted pair lost (加油站 / 油品 油气回收: the lexicon gives them different
    usual leads); seeds 115 → 113, `tests/fixtures/overlap` 34 → 32, `overlap-levels` 32 → 30,
    wordings fixtures 1,926 → 1,840, no pair of identical titles among those left out."""
    if not len(pairs):
        return pairs
    keep = [not different_work(a, b) for a, b in zip(pairs["title_a"], pairs["title_b"])]
    return pairs[keep].reset_index(drop=True)


def _marks(title: str, group) -> frozenset[str]:
    return frozenset(name for name, rx in group if rx.search(title or ""))


def _disjoint(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and not (a & b)


@lru_cache(maxsize=65536)
def _title_words(title: str) -> frozenset[str]:
    from respgraph.suggest import load_lexicon

    return frozenset(load_lexicon().match(title or ""))


def lead_disagreements(graph: "nx.MultiDiGraph", threshold: float = SIMILARITY_THRESHOLD, top_k: int = TOP_K, *,
                       all_pairs: bool = False, include_suggested: bool = False,
                       pairs: "pd.DataFrame | None" = None, term_check: bool = True,
                       fold_renamed: bool = False) -> "pd.DataFrame":
    """Similar task pairs whose lead functions differ.

    For each pair of ``similar_tasks`` where both tasks have a stated lead with a known
    function, compares the sets of lead functions: ``same_function`` is True when they
    share one. By default only the disagreements (no shared lead function) are returned;
    ``all_pairs`` returns every pair with leads on both sides. Columns: task_a, task_b,
    number_a, number_b, plan_a, plan_b, score, title_a, title_b, leads_a, leads_b, functions_a, functions_b
    (function names), gloss_a, gloss_b (their English glosses), same_function, same_units
    (``_same_units``: the two sides name the same units and one's lead is only the first of an
    unmarked list, 责任单位：A、B against 牵头单位：A、B; no disagreement, so only ``all_pairs``
    returns such a pair), relation
    (``same place`` / ``vertical`` / ``other places``: ``_relations``), each side's lead clause
    and its span, and lead_basis_a / lead_basis_b: ``stated`` or ``first listed`` (the plan named
    no lead: 市农业农村局、市生态环境局按职责分工负责 read as led by the first; that another plan
    gives the work to 市生态环境局 is no contradiction of it). ``pairs``: the result of ``similar_tasks`` when the
    caller has it already (the similarity is the costly part on a large corpus).

    ``term_check`` (default) leaves out pairs whose titles name different work
    (``different_work``): 加强农村生活污水治理 and 推进农村生活垃圾治理 share 农村生活…治理 (cosine
    0.32–0.34, above pairs that are the same work such as 强化施工扬尘管控 / 加强施工扬尘污染管控
    at 0.30), so no threshold separates them, but 污水 and 垃圾 are led by different bureaus
    for a reason. On the 抚州 corpus of docs/analyses.md it removes 7 of 24 disagreements, all
    such near misses, and keeps every pair that is the same work; on the seeds it removes none.

    ``fold_renamed``: the leads read on the folded graph (``renamed.fold_renamed_bodies``), their
    names the bodies that took the work over; the pairs are found on the graph as built.
    """
    pairs = similar_tasks(graph, threshold=threshold, top_k=top_k) if pairs is None else pairs.copy()
    if term_check:
        pairs = without_different_work(pairs)
    graph = folded_if(graph, fold_renamed)
    leads = _leads(graph, include_suggested=include_suggested)
    table = functions(graph)
    for side in ("a", "b"):
        node = pairs[f"node_{side}"]
        pairs[f"leads_{side}"] = node.map(leads["leads"]) if len(leads) else None
        pairs[f"codes_{side}"] = node.map(leads["lead_codes"]) if len(leads) else None
        pairs[f"lead_basis_{side}"] = node.map(leads["lead_basis"]) if len(leads) else None
    has = pairs["codes_a"].map(lambda c: isinstance(c, list) and len(c) > 0) & \
        pairs["codes_b"].map(lambda c: isinstance(c, list) and len(c) > 0)
    pairs = pairs[has].copy()
    pairs["same_function"] = [bool(set(x) & set(y)) for x, y in zip(pairs["codes_a"], pairs["codes_b"])]
    lists = _unmarked_lists(graph, pairs) if len(pairs) else {}
    pairs["same_units"] = [_same_units(lists.get(a), x, lists.get(b), y) for a, b, x, y in
                           zip(pairs["node_a"], pairs["node_b"], pairs["codes_a"], pairs["codes_b"])]
    for side in ("a", "b"):
        pairs[f"functions_{side}"] = pairs[f"codes_{side}"].map(lambda cs: [table.get(c, (c, ""))[0] for c in cs])
        pairs[f"gloss_{side}"] = pairs[f"codes_{side}"].map(lambda cs: function_glosses(cs, table))
    if not all_pairs:
        pairs = pairs[~pairs["same_function"] & ~pairs["same_units"]]
    pairs = _with_lead_clauses(graph, pairs)
    pairs["relation"] = _relations(graph, pairs["plan_a"], pairs["plan_b"])
    cols = ["task_a", "task_b", "number_a", "number_b", "plan_a", "plan_b", "score", "title_a", "title_b", "leads_a", "leads_b",
            "functions_a", "functions_b", "gloss_a", "gloss_b", "same_function", "same_units", "relation",
            "clause_a", "clause_start_a", "clause_end_a", "clause_b", "clause_start_b", "clause_end_b",
            "lead_basis_a", "lead_basis_b"]
    cols += [c for c in EVIDENCE_COLUMNS if c not in cols]
    return pairs[cols].reset_index(drop=True)


def _with_lead_clauses(graph, pairs: "pd.DataFrame") -> "pd.DataFrame":
    """Each side's evidence for what it asks and who leads it, so that a pair can be checked
    against the two plans without respgraph: the task's number as the plan writes it
    (``number_a``), its file (``file_a``), its leads as the plan writes them (``lead_mentions_a``:
    市城管局, where ``leads_a`` has 安庆市城市管理局; collective addressees left out, as in
    ``leads_a``), the clause of its first stated lead (as ``respgraph tasks`` gives it) with its
    span in the cleaned text (``clause_start_a``, ``clause_end_a``) and in the file
    (``clause_file_start_a``, ``clause_file_end_a``: they differ where the clean-up removed page
    numbers or portal lines)."""
    import pandas as pd

    from respgraph.analysis._graph import task_roles
    from respgraph.analysis.tasks import _task_clause

    pairs = pairs.copy()
    nodes = set(pairs["node_a"]) | set(pairs["node_b"])  # a task is in many pairs: look each up once
    clause = {n: _task_clause(graph, n) or {} for n in nodes}
    mentions = {n: [e.get("mention") for _, (role, e) in sorted(task_roles(graph, n, include_collectives=False).items(),
                                                                 key=lambda x: x[1][1].get("order", 0))
                    if role == "lead" and e.get("mention")] for n in nodes}
    plan_file = {d.get("plan_id"): d.get("path") for _, d in graph.nodes(data=True) if d.get("type") == "Plan"}
    for side in ("a", "b"):
        node = pairs[f"node_{side}"]
        edges = [clause[n] for n in node]
        pairs[f"number_{side}"] = [graph.nodes[n].get("number") for n in node]
        pairs[f"path_{side}"] = [graph.nodes[n].get("path") for n in node]  # where it sits: 三（二）1
        pairs[f"file_{side}"] = [e.get("file") or plan_file.get(graph.nodes[n].get("plan_id")) for e, n in zip(edges, node)]
        pairs[f"lead_mentions_{side}"] = [mentions[n] for n in node]
        pairs[f"clause_{side}"] = [e.get("clause") for e in edges]
        for c in ("clause_start", "clause_end", "clause_file_start", "clause_file_end"):
            pairs[f"{c}_{side}"] = pd.array([e.get(c) for e in edges], dtype="Int64")
    return pairs


#: The evidence columns ``_with_lead_clauses`` adds, in the order the tables give them.
EVIDENCE_COLUMNS = [f"{c}_{s}" for s in "ab" for c in ("number", "path", "file", "lead_mentions", "clause", "clause_start",
                                                        "clause_end", "clause_file_start", "clause_file_end")]


def _plan_functions(graph) -> dict[str, set[str]]:
    a = assignments(graph, include_collectives=False)
    e = a[["plan_id", "functions"]].explode("functions").dropna()
    return e.groupby("plan_id")["functions"].agg(set).to_dict()


def _task_campaign_type(graph) -> dict[str, str]:
    """Task node -> campaign type: the campaign's, else the section's or the plan title's
    (``respgraph.analysis._graph.task_topics``)."""
    from respgraph.analysis._graph import task_topics

    return {t: code for t, (code, _) in task_topics(graph).items()}


def plan_overlap(graph: "nx.MultiDiGraph", threshold: float = SIMILARITY_THRESHOLD, top_k: int = 20) -> "pd.DataFrame":
    """Plan × plan overlap, one row per unordered pair of plans.

    Columns: plan_a, plan_b, tasks_a, tasks_b, shared_functions (count of functions named in
    both plans' responsibilities), shared_function_names (list of their names), shared_campaign_types (campaign
    type codes present in both), pairs (similar task pairs between them), counterpart_a /
    counterpart_b (share of plan a's / b's tasks with at least one similar task in the other;
    the search keeps each task's ``top_k`` best matches overall, 20 by default).
    """
    import itertools

    import pandas as pd

    t = _task_frame(graph)
    p = _pairs(t, threshold=threshold, top_k=top_k)
    plan_of = t["plan_id"].to_numpy()
    counts = t.groupby("plan_id").size().to_dict()
    p["pa"], p["pb"] = plan_of[p["a"].to_numpy(int)], plan_of[p["b"].to_numpy(int)]
    pf = _plan_functions(graph)
    ct = _task_campaign_type(graph)
    t["ctype"] = t["task"].map(ct)
    ptypes = t.dropna(subset=["ctype"]).groupby("plan_id")["ctype"].agg(set).to_dict()
    table = functions(graph)
    # the similar pairs of each plan pair, in one pass (was: a mask over all pairs for each of
    # the n²/2 plan pairs, 20+ minutes at 800 plans): plan pair -> [pairs, its tasks in x, in y]
    between: dict[tuple[str, str], list] = {}
    for pa, pb, a, b in zip(p["pa"], p["pb"], p["a"], p["b"]):
        if pa > pb:
            pa, pb, a, b = pb, pa, b, a
        got = between.setdefault((pa, pb), [0, set(), set()])
        got[0] += 1
        got[1].add(a)
        got[2].add(b)
    none: list = [0, (), ()]
    rows = []
    for x, y in itertools.combinations(sorted(counts), 2):
        n_pairs, tasks_x, tasks_y = between.get((x, y), none)
        shared = sorted(pf.get(x, set()) & pf.get(y, set()))
        rows.append((x, y, counts[x], counts[y], len(shared), function_names(shared, table),
                     sorted(ptypes.get(x, set()) & ptypes.get(y, set())), n_pairs,
                     len(tasks_x) / counts[x], len(tasks_y) / counts[y]))
    return pd.DataFrame(rows, columns=["plan_a", "plan_b", "tasks_a", "tasks_b", "shared_functions",
                                       "shared_function_names", "shared_campaign_types", "pairs",
                                       "counterpart_a", "counterpart_b"])


def campaign_coverage(graph: "nx.MultiDiGraph", *, fallback: bool = True) -> "pd.DataFrame":
    """Plans × campaign types: how many tasks of each plan are about each type
    (respgraph.campaigns.CAMPAIGN_TYPES codes: air, water, soil …). A task's type is its
    campaign's; a task outside any campaign takes the type of its nearest section heading
    that names one, else of its plan's title (``_graph.task_topics``: a 大气污染防治工作方案
    without 攻坚战 headings counts as air). ``none`` counts tasks none of these place;
    ``inferred`` how many of the plan's typed tasks got their type from a section heading or
    the plan title rather than a campaign; ``tasks`` is the plan's total. One row per plan,
    sorted by plan id. ``fallback=False`` counts campaigns only (what the Cypher query
    ``plan_campaign_coverage`` can answer: the keyword rules are not in the database)."""
    import pandas as pd

    from respgraph.analysis._graph import task_topics

    t = tasks(graph)
    topics = task_topics(graph)
    if not fallback:
        topics = {n: v for n, v in topics.items() if v[1] == "campaign"}
    t["ctype"] = t["task"].map(lambda n: topics[n][0] if n in topics else "none")
    m = pd.crosstab(t["plan_id"], t["ctype"])
    order = [c for c in _type_order() if c in m.columns] + sorted(c for c in m.columns if c not in _type_order())
    m = m[order]
    if "none" in m.columns:
        m = m[[c for c in m.columns if c != "none"] + ["none"]]
    inferred = t["task"].map(lambda n: n in topics and topics[n][1] != "campaign")
    m["inferred"] = inferred.groupby(t["plan_id"]).sum().reindex(m.index, fill_value=0).astype(int)
    m["tasks"] = t.groupby("plan_id").size().reindex(m.index).astype(int)
    m.columns.name = None
    return m.reset_index()


def _type_order() -> list[str]:
    try:
        from respgraph.campaigns import CAMPAIGN_TYPES

        return list(CAMPAIGN_TYPES)
    except ImportError:  # pragma: no cover - campaigns module is part of the package
        return []


def place_chain(graph: "nx.MultiDiGraph", plan_id: str) -> list[str]:
    """The plan's jurisdiction and the places it lies in (PART_OF), nearest first: 临川区, 抚州市,
    江西省. Empty when the plan names no place."""
    return [graph.nodes[n].get("name", n) for n in _chain_nodes(graph, plan_id)]


def _chain_nodes(graph, plan_id: str) -> list[str]:
    node = next((v for _, v, k in graph.out_edges(f"plan:{plan_id}", keys=True) if k == "ISSUED_IN"), None)
    chain: list[str] = []
    while node is not None and node not in chain:  # a cycle in bad data must not loop
        chain.append(node)
        node = next((v for _, v, k in graph.out_edges(node, keys=True) if k == "PART_OF"), None)
    return chain


def _relations(graph, plans_a, plans_b) -> list[str]:
    """Where two plans stand to each other: ``same place`` (one jurisdiction: two of its plans
    give the same work to different bodies, the disagreement a coordination office settles),
    ``vertical`` (one's place lies in the other's: 省 and 县 may split work by level on
    purpose), ``other places`` (peers, e.g. two counties), or "" when a plan names no place."""
    chains: dict[str, list[str]] = {}

    def chain(plan: str) -> list[str]:
        if plan not in chains:
            chains[plan] = _chain_nodes(graph, plan) if graph.has_node(f"plan:{plan}") else []
        return chains[plan]

    out = []
    for a, b in zip(plans_a, plans_b):
        ca, cb = chain(a), chain(b)
        out.append("" if not (ca and cb) else "same place" if ca[0] == cb[0] else
                   "vertical" if ca[0] in cb or cb[0] in ca else "other places")
    return out


def vertical_alignment(graph: "nx.MultiDiGraph", upper_plan: str, lower_plan: str,
                       threshold: float = SIMILARITY_THRESHOLD) -> "pd.DataFrame":
    """Match each task of a lower-level plan (district) to its most similar task of an
    upper-level plan (its city) and compare who leads them.

    Columns: lower_task, lower_title, lower_leads, lower_functions, upper_task, upper_title,
    upper_leads, upper_functions, score, same_function (the lead functions overlap; None
    when either side has no lead). Lower tasks with no match ≥ ``threshold`` are left out.
    Sorted by score.
    """
    import numpy as np
    import pandas as pd

    from respgraph.analysis.similarity import TaskIndex, top_k_pairs

    t = _task_frame(graph)
    cols = ["lower_task", "lower_title", "lower_leads", "lower_functions", "upper_task", "upper_title",
            "upper_leads", "upper_functions", "score", "same_function"]
    up, lo = t[t["plan_id"] == upper_plan].reset_index(drop=True), t[t["plan_id"] == lower_plan].reset_index(drop=True)
    for pid, part in ((upper_plan, up), (lower_plan, lo)):
        if part.empty:
            raise ValueError(f"plan {pid!r} has no tasks in the graph")
    # One vocabulary for all tasks, so these scores equal those of similar_tasks.
    idx = TaskIndex.fit(t["doc"].tolist())
    pos = {n: k for k, n in enumerate(t["task"])}
    xu = idx.matrix[np.array([pos[n] for n in up["task"]])]
    xl = idx.matrix[np.array([pos[n] for n in lo["task"]])]
    i, j, s = top_k_pairs(xl, xu, top_k=1, threshold=threshold)
    if len(i) == 0:
        return pd.DataFrame(columns=cols)
    leads = _leads(graph)
    table = functions(graph)
    names = lambda cs: [table.get(c, (c, ""))[0] for c in cs] if isinstance(cs, list) else []  # noqa: E731
    L, U = lo.loc[i].reset_index(drop=True), up.loc[j].reset_index(drop=True)
    out = pd.DataFrame({
        "lower_task": L["task_id"], "lower_title": L["title"],
        "lower_leads": L["task"].map(leads["leads"]) if len(leads) else None,
        "lower_codes": L["task"].map(leads["lead_codes"]) if len(leads) else None,
        "upper_task": U["task_id"], "upper_title": U["title"],
        "upper_leads": U["task"].map(leads["leads"]) if len(leads) else None,
        "upper_codes": U["task"].map(leads["lead_codes"]) if len(leads) else None,
        "score": np.round(s.astype(float), 4),
    })
    for c in ("lower_leads", "upper_leads", "lower_codes", "upper_codes"):
        out[c] = out[c].map(lambda v: v if isinstance(v, list) else [])
    out["same_function"] = [bool(set(a) & set(b)) if a and b else None for a, b in zip(out["lower_codes"], out["upper_codes"])]
    out["lower_functions"] = out["lower_codes"].map(names)
    out["upper_functions"] = out["upper_codes"].map(names)
    return out.sort_values(["score", "lower_task"], ascending=[False, True])[cols].reset_index(drop=True)


def vertical_functions(graph: "nx.MultiDiGraph", upper_plan: str, lower_plan: str) -> "pd.DataFrame":
    """Functions named (any role) in the upper plan, the lower plan, or both.

    Columns: function, name, gloss, upper_tasks, lower_tasks (distinct tasks naming an agency
    of that function), present ("both" | "upper only" | "lower only"). Sorted with the gaps
    (one side only) first.
    """
    import pandas as pd

    a = assignments(graph, include_collectives=False)
    a = a[a["plan_id"].isin([upper_plan, lower_plan])].explode("functions").dropna(subset=["functions"])
    c = a.drop_duplicates(["functions", "task"]).groupby(["functions", "plan_id"]).size().unstack(fill_value=0)
    c = c.reindex(columns=[upper_plan, lower_plan], fill_value=0)
    table = functions(graph)
    out = pd.DataFrame({"function": c.index, "upper_tasks": c[upper_plan].to_numpy(), "lower_tasks": c[lower_plan].to_numpy()})
    out["name"] = out["function"].map(lambda f: table.get(f, (f, ""))[0])
    out["gloss"] = out["function"].map(lambda f: table.get(f, ("", ""))[1])
    out["present"] = ["both" if u and lw else ("upper only" if u else "lower only")
                      for u, lw in zip(out["upper_tasks"], out["lower_tasks"])]
    out["_o"] = out["present"].map({"upper only": 0, "lower only": 1, "both": 2})
    out = out.sort_values(["_o", "upper_tasks", "lower_tasks", "function"], ascending=[True, False, False, True])
    return out[["function", "name", "gloss", "upper_tasks", "lower_tasks", "present"]].reset_index(drop=True)
