"""Who should lead this? Suggestions for tasks whose plan names no agency.

Plans such as a 十四五 规划 set out dozens of tasks without saying who does them. Other plans
say, task by task, which kinds of agency lead and support similar work. The model is
deliberately transparent:

1. **Nearest assigned tasks.** Every task of the graph is put in one character n-gram TF-IDF
   index (``respgraph.analysis.similarity.TaskIndex``; responsibility clauses are removed
   from the text first, so the named bureaus never make two tasks "similar"). For a task
   without stated assignments, the ``k`` most similar tasks *of other plans* that do state a
   lead are its neighbours.
2. **Similarity-weighted vote by function.** Each neighbour votes for the functions of the
   agencies that lead it, with its cosine similarity as weight (a merged bureau's vote goes
   to the functions of its portfolio, ``区农林水与生态环境局(生态环境)`` -> 生态环境, split
   evenly when there are several). Supports are voted the same way, separately.
   ``score`` is the function's share of the vote, 0–1.
3. **Keyword lexicon fallback.** When no neighbour reaches ``min_similarity``, the words of the
   task (``data/registry/task_keywords.csv``: 黑臭水体 -> 住房城乡建设, 生态环境 …) vote
   instead; ``method`` says which of the two spoke.
4. **Agencies.** Within the plan's jurisdiction, a suggested function is mapped to the agency
   of the graph that holds it there (a merged bureau counts), else to a canonical name built
   from the jurisdiction and the function's usual bureau name (``data/registry/bureau_names.csv``:
   宜春市 + 生态环境局), marked ``agency_source="constructed"``.

Suggestions are never mixed with what plans say: ``suggest`` only returns a DataFrame;
``apply_suggestions`` writes LEADS/SUPPORTS edges with ``basis="suggested"`` that every
analysis leaves out unless asked (``include_suggested=True``). How well it does:
docs/suggest.md (leave-one-plan-out on the seed plans).

>>> import respgraph                                                   # doctest: +SKIP
>>> g = respgraph.load("out").graph                                    # doctest: +SKIP
>>> suggest(g, task="yichun-2021-14th-fyp-eco-plan:084", top=2)[["role", "function", "agency", "score"]]  # doctest: +SKIP
   role      function            agency  score
0  lead  住房城乡建设  宜春市住房和城乡建设局   0.41
1  lead      生态环境      宜春市生态环境局   0.33
...
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from respgraph.model import ROLE_EDGE, agency_node, function_node, jurisdiction_node
from respgraph.records import STATED_BASES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

__all__ = [
    "suggest", "apply_suggestions", "clear_suggestions", "stated_functions", "unassigned_tasks",
    "load_lexicon", "bureau_name", "SUGGEST_COLUMNS",
]

#: A neighbour below this cosine similarity is not evidence (two unrelated tasks of these
#: plans share ~0.02–0.06 from common words such as 加强/推进/治理).
MIN_SIMILARITY = 0.05
#: Neighbours that vote.
K = 10
#: Weight of the keyword lexicon beside the neighbours (it speaks alone, weight 1, without them).
LEXICON_WEIGHT = 0.5
#: Weight of the other plans' lead/support shares: enough to rank a thin vote, never to overrule it.
PRIOR_WEIGHT = 0.05
#: A neighbour of another topic (``respgraph.analysis._graph.task_topics``: the campaign, else
#: the section heading, else the plan title — air, water, rural …) votes with this share of its
#: similarity: a 河长制 plan's task says less about who leads a 农村人居环境 task than a
#: rural plan's does. Tasks without a known topic on either side vote in full.
OFF_TOPIC_WEIGHT = 0.5
#: The neighbours' part speaks in full only when the best of them is at least this similar;
#: below, its weight shrinks in proportion (best 0.14 -> 0.56), so that one weak neighbour
#: does not outvote the lexicon.
STRONG_SIMILARITY = 0.25
#: Weight of the lexicon words of the task's section headings and plan title (农村人居环境整治
#: 提升实施方案 -> 农业农村) beside those of the task itself (title 2, text 1): they name the
#: plan's topic, not the task's.
CONTEXT_WEIGHT = 0.5
#: How many neighbours are listed as evidence per suggested function.
EVIDENCE_PER_ROW = 3

SUGGEST_COLUMNS = [
    "task_id", "plan_id", "title", "role", "rank", "function", "function_name", "gloss", "score",
    "agency_id", "agency", "agency_source", "method", "evidence", "evidence_text",
]

_COLLECTIVE_KINDS = ("collective",)
# never named as the suggested body of a place's function: a group, or a department's division
# (新余市/生态环境局/大气科 works in 生态环境, but the place's body for it is the bureau)
_NOT_SUGGESTED_KINDS = ("collective", "division")


# --------------------------------------------------------------------------- data files


@dataclass(frozen=True)
class Lexicon:
    """Task words -> usual lead/support functions (``data/registry/task_keywords.csv``)."""

    lead: dict[str, tuple[str, ...]]
    support: dict[str, tuple[str, ...]]
    pattern: re.Pattern = field(repr=False)

    def match(self, text: str) -> list[str]:
        """Keywords found in ``text``, leftmost-longest, without overlaps.

        >>> load_lexicon().match("有序开展农村黑臭水体治理，加强生活污水管网建设")
        ['黑臭水体', '污水', '管网']
        """
        return [m.group(0) for m in self.pattern.finditer(text or "")]


def _codes(cell: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in re.split(r"[;；]", cell or "") if c.strip())


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load the suggest lexicon (default ``data/registry/task_keywords.csv``)."""
    from respgraph.registry import RegistryError, load_registry, registry_file
    from respgraph.registry_files import read_registry_csv

    p = Path(path) if path else registry_file("task_keywords.csv")
    known = load_registry().functions
    lead: dict[str, tuple[str, ...]] = {}
    support: dict[str, tuple[str, ...]] = {}
    for row_no, row in read_registry_csv(p, ("keyword", "lead", "support")):
        kw = row["keyword"]
        lead[kw], support[kw] = _codes(row["lead"]), _codes(row["support"])
        bad = [c for c in lead[kw] + support[kw] if c not in known]
        if not kw or not lead[kw] or bad:
            raise RegistryError(f"{p}: row {row_no}: needs a keyword and lead function codes of functions.csv"
                                + (f" (unknown: {', '.join(bad)})" if bad else ""))
    words = sorted(lead, key=lambda k: (-len(k), k))
    pattern = re.compile("|".join(map(re.escape, words))) if words else re.compile(r"(?!)")
    return Lexicon(lead, support, pattern)


@lru_cache(maxsize=4)
def _bureau_names(path: str | None = None) -> dict[str, tuple[str, str]]:
    from respgraph.registry import registry_file
    from respgraph.registry_files import read_registry_csv

    p = Path(path) if path else registry_file("bureau_names.csv")
    return {r["function"]: (r["bureau"], r.get("district_bureau") or r["bureau"])
            for _, r in read_registry_csv(p, ("function", "bureau")) if r["function"] and r["bureau"]}


def bureau_name(jurisdiction: str, function: str, level: str | None = None) -> str | None:
    """The canonical name of the bureau of ``jurisdiction`` that usually holds ``function``.

    >>> bureau_name("宜春市", "生态环境")
    '宜春市生态环境局'
    >>> bureau_name("渝水区", "公安", "district")
    '渝水区公安分局'
    >>> bureau_name("宜春市", "乡镇街道") is None     # no single bureau holds it
    True
    """
    names = _bureau_names()
    if function not in names:
        return None
    city_name, lower_name = names[function]
    return jurisdiction + (lower_name if level in ("district", "county", "zone") else city_name)


# --------------------------------------------------------------------------- what plans state


def _edge_functions(graph: "nx.MultiDiGraph", agency: str, edge: dict, registry: Any) -> list[str]:
    """The functions an assignment stands for: a merged bureau's portfolio (区农林水与生态环境局
    (生态环境、水利) -> 生态环境, 水利), else the agency's own functions."""
    own = list(graph.nodes[agency].get("functions") or [])
    portfolio = edge.get("portfolio") or []
    if portfolio and registry is not None:
        codes: list[str] = []
        for item in portfolio:
            for c in registry.match_keywords(str(item))[0]:
                if c not in codes:
                    codes.append(c)
        inside = [c for c in codes if c in own] if own else codes
        if inside:
            return inside
    return own


def stated_functions(graph: "nx.MultiDiGraph", registry: Any = None) -> dict[str, dict[str, list[tuple[str, list[str]]]]]:
    """Task node -> {"lead": [(agency node, functions)], "support": [...]} for the
    assignments the plans state (bases ``STATED_BASES``); collectives are left out (各乡镇
    are told to carry out everything, which says nothing about the kind of task)."""
    if registry is None:
        from respgraph.registry import load_registry

        registry = load_registry()
    out: dict[str, dict[str, list[tuple[str, list[str]]]]] = {}
    for u, v, k, d in graph.edges(keys=True, data=True):
        if k not in ("LEADS", "SUPPORTS") or d.get("basis") not in STATED_BASES:
            continue
        if graph.nodes[u].get("kind") in _COLLECTIVE_KINDS:
            out.setdefault(v, {"lead": [], "support": []})
            continue
        role = "lead" if k == "LEADS" else "support"
        out.setdefault(v, {"lead": [], "support": []})[role].append((u, _edge_functions(graph, u, d, registry)))
    return out


def _has_stated(graph: "nx.MultiDiGraph", task: str) -> bool:
    return any(k in ("LEADS", "SUPPORTS") and d.get("basis") in STATED_BASES
               for _, _, k, d in graph.in_edges(task, keys=True, data=True))


def unassigned_tasks(graph: "nx.MultiDiGraph", *, plan: str | None = None) -> list[str]:
    """Task nodes with no stated LEADS/SUPPORTS edge (suggested edges do not count), in
    plan and document order."""
    rows = [(d.get("plan_id") or "", d.get("seq") or 0, n) for n, d in graph.nodes(data=True)
            if d.get("type") == "Task" and (plan is None or d.get("plan_id") == plan) and not _has_stated(graph, n)]
    return [n for *_, n in sorted(rows)]


# --------------------------------------------------------------------------- the model


def _task_text(d: dict) -> str:
    title, text = d.get("title") or "", d.get("text") or ""
    # The title is usually the text's first sentence; when it is not, it still names the topic.
    return text if title and title in text else f"{title}。{text}"


def _vote(entries: Iterable[tuple[float, list[str]]], prior: dict[str, float] | None = None) -> dict[str, float]:
    """Sum of weights per function. An entry with several functions (two leads, or a merged
    bureau named without portfolio such as 农粮局) splits its weight among them in proportion
    to ``prior`` (how often each function leads elsewhere), evenly without one."""
    acc: dict[str, float] = defaultdict(float)
    for w, funcs in entries:
        if not funcs:
            continue
        shares = [(prior or {}).get(f, 0.0) + 1e-3 for f in funcs] if prior else [1.0] * len(funcs)
        total = sum(shares)
        for f, sh in zip(funcs, shares):
            acc[f] += w * sh / total
    return acc


def _normalise(acc: dict[str, float]) -> list[tuple[str, float]]:
    total = sum(acc.values())
    if total <= 0:
        return []
    return sorted(((f, s / total) for f, s in acc.items()), key=lambda x: (-x[1], x[0]))


def _lexicon_scores(lex: Lexicon, title: str, text: str, context: str = "",
                    context_weight: float = CONTEXT_WEIGHT) -> tuple[dict[str, dict[str, float]], list[str], list[str]]:
    """Keyword votes: a keyword in the title counts twice, in the text once, in the
    ``context`` (the task's section headings and plan title) ``context_weight``; within a
    keyword's list the first function gets the most (1, 1/2, 1/3 …). Returns the scores, the
    task's own words and the context's words that the task does not have."""
    own = [(kw, 2.0) for kw in lex.match(title)] + [(kw, 1.0) for kw in lex.match(text)]
    words = list(dict.fromkeys(kw for kw, _ in own))
    around = [kw for kw in dict.fromkeys(lex.match(context)) if kw not in words] if context_weight > 0 else []
    scores: dict[str, dict[str, float]] = {"lead": defaultdict(float), "support": defaultdict(float)}
    for kw, w in own + [(kw, context_weight) for kw in around]:
        for role, table in (("lead", lex.lead), ("support", lex.support)):
            for i, f in enumerate(table.get(kw, ())):
                scores[role][f] += w / (i + 1)
    return scores, words, around


def _context(d: dict, plan_title: str) -> str:
    """The headings above a task and its plan's title: they name the topic a bare task such as
    建立长效管护机制 belongs to."""
    return "。".join([*(d.get("section") or []), plan_title or ""])


def _agency_for(graph: "nx.MultiDiGraph", jurisdiction: str | None, level: str | None, function: str,
                cache: dict) -> tuple[str | None, str | None, str]:
    """(agency_id, name, source) of the body of ``jurisdiction`` holding ``function``:
    source "graph" (an agency of the graph, fewest functions first, then most stated
    assignments) or "constructed" (jurisdiction + usual bureau name), "" when neither."""
    if not jurisdiction:
        return None, None, ""
    key = (jurisdiction, function)
    if key not in cache:
        found = []
        for n, d in graph.nodes(data=True):
            if (d.get("type") == "Agency" and d.get("jurisdiction") == jurisdiction and function in (d.get("functions") or [])
                    and d.get("kind") not in _NOT_SUGGESTED_KINDS and not d.get("constructed")):
                stated = sum(1 for _, _, k, e in graph.out_edges(n, keys=True, data=True)
                             if k in ("LEADS", "SUPPORTS") and e.get("basis") in STATED_BASES)
                found.append((len(d.get("functions") or []), -stated, d.get("agency_id", n), d.get("name", n)))
        if found:
            _, _, aid, name = min(found)
            cache[key] = (aid, name, "graph")
        else:
            name = bureau_name(jurisdiction, function, level)
            cache[key] = ((f"{jurisdiction}/{name[len(jurisdiction):]}", name, "constructed") if name else (None, None, ""))
    return cache[key]


def _prior(stated: dict, nodes: Any) -> dict[str, dict[str, Counter]]:
    """Per plan and role, how many tasks each function leads/supports there."""
    out: dict[str, dict[str, Counter]] = defaultdict(lambda: {"lead": Counter(), "support": Counter()})
    for t, roles in stated.items():
        pid = nodes[t].get("plan_id")
        for role in ("lead", "support"):
            out[pid][role].update({f for _, fs in roles[role] for f in fs})
    return out


@dataclass(slots=True)
class _Suggesting:
    """What ``suggest`` reads once for all the tasks it is asked about, and its options."""

    graph: Any
    stated: dict  # task -> role -> [(agency, functions)] of the tasks with stated assignments
    neighbours: dict[str, list[tuple[str, float]]]  # task -> its similar assigned tasks of other plans
    topics: dict[str, str]  # task -> topic code (empty when off-topic neighbours weigh as much)
    lex: Lexicon | None
    functions: dict  # the registry's functions by code
    plan_info: dict  # plan id -> (jurisdiction, level)
    plan_titles: dict
    per_plan: dict[str, dict[str, Counter]]  # plan -> role -> how many tasks each function has there
    top: int
    lexicon_weight: float
    prior_weight: float
    off_topic_weight: float
    strong_similarity: float
    context_weight: float
    agency_cache: dict = field(default_factory=dict)
    prior_cache: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)


def suggest(graph: "nx.MultiDiGraph", *, plan: str | None = None, task: str | None = None, k: int = K,
            top: int = 3, min_similarity: float = MIN_SIMILARITY, lexicon_weight: float = LEXICON_WEIGHT,
            prior_weight: float = PRIOR_WEIGHT, use_lexicon: bool = True, use_neighbours: bool = True,
            off_topic_weight: float = OFF_TOPIC_WEIGHT, strong_similarity: float = STRONG_SIMILARITY,
            context_weight: float = CONTEXT_WEIGHT) -> "pd.DataFrame":
    """Suggested lead and support functions (and agencies) for the tasks without stated
    assignments: one row per (task, role, rank), ``SUGGEST_COLUMNS``.

    ``plan``/``task`` (a task id such as ``yichun-2021-14th-fyp-eco-plan:084``) restrict the
    tasks; a task that has a stated assignment gets no rows. The ``k`` most similar assigned
    tasks of other plans (cosine ≥ ``min_similarity``) vote; the keyword lexicon votes with
    ``lexicon_weight`` beside them (and alone when no neighbour is similar enough); the
    share of each function among the other plans' leads adds ``prior_weight`` so that a
    thin vote still ranks ``top`` functions. The three parts are each normalised to sum 1
    first, so ``score`` (0–1) is a weighted share. Support rows leave out the rank-1 lead.

    ``evidence`` is a list of dicts — a neighbour: task_id, plan_id, title, similarity,
    leads, supports (agency names); a lexicon hit: keyword; the prior: prior. ``method``
    names the parts that spoke (``neighbours``, ``neighbours+lexicon``, ``lexicon``,
    ``prior``). ``use_lexicon``/``use_neighbours`` switch a part off (for the evaluation).
    """
    import pandas as pd

    from respgraph.analysis._graph import task_topics
    from respgraph.registry import load_registry

    registry = load_registry()
    targets = unassigned_tasks(graph, plan=plan)
    if task is not None:
        wanted = task if task.startswith("task:") else f"task:{task}"
        targets = [t for t in targets if t == wanted]
    if not targets:
        return pd.DataFrame(columns=SUGGEST_COLUMNS)

    stated = stated_functions(graph, registry)
    neighbours = _neighbours(graph, targets, stated, k, min_similarity) if use_neighbours else {t: [] for t in targets}
    topics = {n: code for n, (code, _) in task_topics(graph).items()} if off_topic_weight != 1 else {}
    plans = [d for _, d in graph.nodes(data=True) if d.get("type") == "Plan"]
    s = _Suggesting(
        graph, stated, neighbours, topics, load_lexicon() if use_lexicon else None, registry.functions,
        {d.get("plan_id"): (d.get("jurisdiction"), d.get("level")) for d in plans},
        {d.get("plan_id"): d.get("title") or "" for d in plans}, _prior(stated, graph.nodes), top,
        lexicon_weight, prior_weight, off_topic_weight, strong_similarity, context_weight,
    )
    rows: list[dict] = []
    for t in targets:
        rows += _task_rows(s, t)
    return pd.DataFrame(rows, columns=SUGGEST_COLUMNS)


def _neighbours(graph: "nx.MultiDiGraph", targets: list[str], stated: dict, k: int,
                min_similarity: float) -> dict[str, list[tuple[str, float]]]:
    """For each target task, its ``k`` most similar tasks of other plans that state a lead
    (cosine ≥ ``min_similarity``), best first."""
    from respgraph.analysis.similarity import TaskIndex, top_k_pairs

    nodes = graph.nodes
    refs = sorted(t for t, r in stated.items() if any(f for _, f in r["lead"]))
    neighbours: dict[str, list[tuple[str, float]]] = {t: [] for t in targets}
    if not refs:
        return neighbours
    # Fitted on every task of the graph, so a task's suggestions do not depend on which
    # other tasks were asked about (--task gives the same rows as --plan).
    ref_set = set(refs)
    rest = sorted(n for n, dd in graph.nodes(data=True) if dd.get("type") == "Task" and n not in ref_set)
    row = {n: i for i, n in enumerate(refs + rest)}
    index = TaskIndex.fit([_task_text(nodes[t]) for t in refs + rest])
    ref_plans = [nodes[t].get("plan_id") for t in refs]
    # Ask for more than k: neighbours from the task's own plan are dropped afterwards.
    own_max = max(sum(1 for p in ref_plans if p == nodes[t].get("plan_id")) for t in targets)
    qi, rj, sc = top_k_pairs(index.matrix[[row[t] for t in targets]], index.matrix[: len(refs)],
                             top_k=k + own_max, threshold=min_similarity, symmetric=False)
    for i, j, s in zip(qi.tolist(), rj.tolist(), sc.tolist()):
        t = targets[i]
        if ref_plans[j] != nodes[t].get("plan_id") and len(neighbours[t]) < k:
            neighbours[t].append((refs[j], float(s)))
    return neighbours


def _prior_elsewhere(s: _Suggesting, pid: str | None) -> dict[str, dict[str, float]]:
    """Per role, each function's share of the tasks the OTHER plans lead / support by it."""
    if pid not in s.prior_cache:
        s.prior_cache[pid] = {}
        for role in ("lead", "support"):
            c = Counter()
            for other, counts in s.per_plan.items():
                if other != pid:
                    c.update(counts[role])
            total = sum(c.values()) or 1
            s.prior_cache[pid][role] = {f: n / total for f, n in c.items()}
    return s.prior_cache[pid]


def _task_rows(s: _Suggesting, t: str) -> list[dict]:
    """The rows suggested for task ``t``: its ``top`` functions per role with their agencies and
    evidence, or one row saying nothing spoke."""
    d = s.graph.nodes[t]
    pid = d.get("plan_id")
    prior = _prior_elsewhere(s, pid)
    base = {"task_id": d.get("task_id", t), "plan_id": pid, "title": d.get("title", "")}
    nb = _topic_weighted(s.neighbours[t], s.topics.get(t), s.topics, s.off_topic_weight)
    # One weak neighbour (0.14 of shared boilerplate) must not outvote the lexicon.
    confidence = min(1.0, max((w for _, _, w in nb), default=0.0) / s.strong_similarity) if s.strong_similarity > 0 else 1.0
    words: list[str] = []
    around: list[str] = []
    lex_scores: dict[str, dict[str, float]] = {}
    if s.lex is not None:
        lex_scores, words, around = _lexicon_scores(s.lex, d.get("title") or "", d.get("text") or "",
                                                    _context(d, s.plan_titles.get(pid, "")), s.context_weight)
    parts = (["neighbours"] if nb else []) + (["lexicon"] if (words or around) and (not nb or s.lexicon_weight > 0) else [])
    if not parts and s.prior_weight <= 0:
        return [{**base, "role": "lead", "rank": 0, "function": None, "function_name": None, "gloss": None,
                 "score": 0.0, "agency_id": None, "agency": None, "agency_source": "", "method": "none",
                 "evidence": [], "evidence_text": "no similar assigned task and no lexicon keyword"}]
    ranked, contributors = _ranked(s, nb, confidence, "lexicon" in parts, (lex_scores, words, around), prior)
    return _ranked_rows(s, base, pid, "+".join(parts) or "prior", ranked, contributors, prior)


def _ranked(s: _Suggesting, nb: list[tuple[str, float, float]], confidence: float, lexical: bool,
            lexicon: tuple[dict[str, dict[str, float]], list[str], list[str]], prior: dict[str, dict[str, float]],
            ) -> tuple[dict[str, list[tuple[str, float]]], dict[tuple[str, str], list[tuple[str, float]]]]:
    """Per role, the functions ranked by the neighbours' vote (weighed by ``confidence``), the
    lexicon's (``lexicon``: its scores, the task's words and its context's that hit) when it
    speaks, and the prior, each normalised first; and who voted for each (role, function)."""
    lex_scores, words, around = lexicon
    ranked: dict[str, list[tuple[str, float]]] = {}
    contributors: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)
    for role in ("lead", "support"):
        total: dict[str, float] = defaultdict(float)
        if nb:
            entries = []
            for ref, sim, w in nb:
                funcs = sorted({f for _, fs in s.stated[ref][role] for f in fs})
                entries.append((w, funcs))
                for f in funcs:
                    contributors[(role, f)].append((ref, sim))
            for f, v in _normalise(_vote(entries, prior[role])):
                total[f] += confidence * v
        if lexical:
            table = s.lex.lead if role == "lead" else s.lex.support
            w = s.lexicon_weight if nb else 1.0
            for f, v in _normalise(lex_scores[role]):
                total[f] += w * v
                contributors[(role, f)] += [(f"keyword:{kw}", -1.0) for kw in words if f in table.get(kw, ())]
                contributors[(role, f)] += [(f"context:{kw}", -2.0) for kw in around if f in table.get(kw, ())]
        for f, v in prior[role].items():
            total[f] += s.prior_weight * v
        ranked[role] = _normalise(total)
    return ranked, contributors


def _ranked_rows(s: _Suggesting, base: dict, pid: str | None, method: str, ranked: dict[str, list[tuple[str, float]]],
                 contributors: dict[tuple[str, str], list[tuple[str, float]]], prior: dict[str, dict[str, float]]) -> list[dict]:
    """A row per role and rank of the ``top`` functions (support leaving out the rank-1 lead), with
    the plan's agency holding the function and the evidence that voted for it."""
    rows: list[dict] = []
    jurisdiction, level = s.plan_info.get(pid, (None, None))
    lead_top = ranked["lead"][0][0] if ranked.get("lead") else None
    for role in ("lead", "support"):
        chosen = [(f, sc) for f, sc in ranked.get(role, []) if not (role == "support" and f == lead_top)][: s.top]
        for rank, (f, sc) in enumerate(chosen, 1):
            evidence = _evidence(s.graph, s.stated, contributors[(role, f)], role, f)
            if not evidence:
                evidence = [{"prior": round(prior[role].get(f, 0.0), 3)}]
            aid, aname, source = _agency_for(s.graph, jurisdiction, level, f, s.agency_cache)
            fn = s.functions.get(f)
            rows.append({**base, "role": role, "rank": rank, "function": f,
                         "function_name": fn.name if fn else f, "gloss": fn.gloss if fn else "",
                         "score": round(sc, 4), "agency_id": aid, "agency": aname, "agency_source": source,
                         "method": method, "evidence": evidence, "evidence_text": _evidence_text(evidence, role)})
    return rows


def _topic_weighted(nb: list[tuple[str, float]], topic: str | None, topics: dict[str, str],
                    off_topic_weight: float) -> list[tuple[str, float, float]]:
    """(neighbour, similarity, vote weight): a neighbour whose topic is known and differs from
    the task's votes with ``off_topic_weight`` of its similarity."""
    return [(ref, s, s * (off_topic_weight if topic and topics.get(ref) not in (None, topic) else 1.0))
            for ref, s in nb]


def _evidence(graph: "nx.MultiDiGraph", stated: dict, contributors: list[tuple[str, float]], role: str,
              function: str) -> list[dict]:
    """The neighbours (best first) and lexicon words that voted for ``function``; a
    neighbour's leads/supports list the agencies holding ``function`` first."""

    def names(pairs: list) -> list[str]:
        ordered = sorted(pairs, key=lambda p: function not in p[1])  # stable: clause order otherwise
        return [graph.nodes[a].get("name", a) for a, _ in ordered]

    out = []
    seen = set()
    for ref, s in sorted(contributors, key=lambda x: -x[1]):
        word = ref.startswith(("keyword:", "context:"))
        if ref in seen or len([e for e in out if "task_id" in e]) >= EVIDENCE_PER_ROW and not word:
            continue
        seen.add(ref)
        if word:
            if len([e for e in out if "keyword" in e]) < EVIDENCE_PER_ROW:
                kind, kw = ref.split(":", 1)
                out.append({"keyword": kw, **({"context": True} if kind == "context" else {})})
            continue
        d = graph.nodes[ref]
        out.append({
            "task_id": d.get("task_id", ref), "plan_id": d.get("plan_id"), "title": d.get("title", ""),
            "similarity": round(s, 3),
            "leads": names(stated[ref]["lead"]),
            "supports": names(stated[ref]["support"])[:6],
        })
    return out


def _evidence_text(evidence: list[dict], role: str) -> str:
    """One readable line: ``jingdezhen…:012 推进城市黑臭水体整治 (0.41; 景德镇市住房和城乡建设局)``."""
    parts = []
    for e in evidence:
        if "keyword" in e:
            parts.append(f"keyword {e['keyword']}" + (" (plan title or heading)" if e.get("context") else ""))
        elif "prior" in e:
            parts.append(f"share of {role}s elsewhere {e['prior']:.2f}")
        else:
            who = e["leads"] if role == "lead" else e["supports"]
            parts.append(f"{e['task_id']} {e['title']} ({e['similarity']:.2f}; {'、'.join(who[:3])})")
    return " | ".join(parts)


# --------------------------------------------------------------------------- applying


def clear_suggestions(graph: "nx.MultiDiGraph", tasks: Iterable[str] | None = None) -> int:
    """Remove ``basis="suggested"`` edges (of ``tasks`` — task ids or nodes — or all) and the
    constructed agencies left without any edge. Returns the number of edges removed."""
    wanted = None if tasks is None else {t if t.startswith("task:") else f"task:{t}" for t in tasks}
    gone = [(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True)
            if k in ("LEADS", "SUPPORTS") and d.get("basis") == "suggested" and (wanted is None or v in wanted)]
    graph.remove_edges_from(gone)
    orphans = [n for n, d in graph.nodes(data=True) if d.get("type") == "Agency" and d.get("constructed")
               and not any(k in ("LEADS", "SUPPORTS") for _, _, k in graph.out_edges(n, keys=True))]
    graph.remove_nodes_from(orphans)
    return len(gone)


def apply_suggestions(graph: "nx.MultiDiGraph", suggestions: "pd.DataFrame", *, leads: int = 1,
                      supports: int = 3) -> int:
    """Write suggestions into ``graph`` (in place) as LEADS/SUPPORTS edges with
    ``basis="suggested"``, ``score`` and ``evidence`` (the evidence as a JSON string, so the
    graph stays exportable to GraphML). The best ``leads`` lead rows and ``supports`` support
    rows of each task are applied; earlier suggestions for those tasks are replaced.
    Constructed agencies become Agency nodes with ``constructed=True``. Returns the number of
    edges written. A task that has stated assignments is never touched.
    """
    import json

    from respgraph.registry import load_registry

    registry = load_registry()
    rows = suggestions[suggestions["function"].notna() & suggestions["agency_id"].notna()]
    clear_suggestions(graph, set(rows["task_id"]))
    written = 0
    for r in rows.itertuples(index=False):
        tnode = f"task:{r.task_id}"
        limit = leads if r.role == "lead" else supports
        if tnode not in graph or r.rank > limit or _has_stated(graph, tnode):
            continue
        anode = agency_node(r.agency_id)
        if anode not in graph:
            _add_constructed_agency(graph, anode, r, registry)
        etype = ROLE_EDGE[r.role]
        if graph.has_edge(anode, tnode, key=etype) or (r.role == "support" and graph.has_edge(anode, tnode, key="LEADS")):
            continue  # a merged bureau suggested for two functions: one edge
        graph.add_edge(anode, tnode, key=etype, type=etype, role=r.role, basis="suggested", mention="",
                       portfolio=[r.function], plan_id=r.plan_id, task_id=r.task_id, agency_id=r.agency_id,
                       score=float(r.score), method=r.method,
                       evidence=json.dumps(r.evidence, ensure_ascii=False), occurrences=1,
                       order=100 + int(r.rank) + (0 if r.role == "lead" else 10))
        written += 1
    return written


def _add_constructed_agency(graph: "nx.MultiDiGraph", anode: str, r: Any, registry: Any) -> None:
    jurisdiction = r.agency_id.split("/", 1)[0]
    fn = registry.functions.get(r.function)
    graph.add_node(anode, type="Agency", agency_id=r.agency_id, name=r.agency, jurisdiction=jurisdiction,
                   functions=[r.function], kind=(fn.kind if fn and fn.kind else "agency"), known=True, aliases=[],
                   plans=[r.plan_id], constructed=True)
    fnode = function_node(r.function)
    if fnode not in graph:
        graph.add_node(fnode, type="Function", code=r.function, name=fn.name if fn else r.function,
                       gloss=fn.gloss if fn else "")
    graph.add_edge(anode, fnode, key="HAS_FUNCTION", type="HAS_FUNCTION")
    jnode = jurisdiction_node(jurisdiction)
    if jnode in graph:
        graph.add_edge(anode, jnode, key="IN", type="IN")


def compact(suggestions: "pd.DataFrame") -> "pd.DataFrame":
    """One row per task, for reading: task_id, title, lead (functions by their Chinese names,
    as every table prints them, with scores, best first), lead_agency (of the rank-1 lead;
    ``*`` marks a constructed name), support (the functions' names), method, evidence (the best neighbour of the rank-1 lead and who led it).

    Every value is a suggestion; nothing here is stated by the plan.
    """
    import pandas as pd

    rows = []
    for tid, g in suggestions.groupby("task_id", sort=False):
        lead = g[(g["role"] == "lead") & g["function"].notna()].sort_values("rank")
        sup = g[(g["role"] == "support") & g["function"].notna()].sort_values("rank")
        first = lead.iloc[0] if len(lead) else None
        agency = ""
        if first is not None and first["agency"]:
            agency = first["agency"] + ("*" if first["agency_source"] == "constructed" else "")
        ev = ""
        if first is not None and first["evidence"]:
            e = first["evidence"][0]
            if "task_id" in e:
                ev = f"{e['task_id']} {e['title']} ({e['similarity']:.2f}) → {'、'.join(e['leads'][:2])}"
            else:
                ev = first["evidence_text"]
        rows.append({
            "task_id": tid, "title": g["title"].iloc[0],
            "lead": " · ".join(f"{r.function_name or r.function} {r.score:.2f}" for r in lead.itertuples()),
            "lead_agency": agency, "support": "、".join(n or f for n, f in zip(sup["function_name"], sup["function"])),
            "method": g["method"].iloc[0], "evidence": ev,
        })
    return pd.DataFrame(rows, columns=["task_id", "title", "lead", "lead_agency", "support", "method", "evidence"])
