"""The meeting pack: one self-contained HTML page plus the graph views it links.

``write_report(graph, outdir)`` writes::

    outdir/report.html          what to take to the meeting first (会议要点), then the tables
                                behind it, charts inline (PNG data: URIs), links
    outdir/charts/NAME.png|svg  the same charts as files, for slides
    outdir/views/*.html         build / network / overload views and one view per plan

The page opens offline: no script, no external style or font, a CSP that allows only
inline styles and data: images; every piece of document text is ``html.escape``d.
Every file is written atomically (temp file + ``os.replace``).

Example::

    >>> write_report(load("out").graph, "out/report")     # doctest: +SKIP
    PosixPath('out/report/report.html')
"""

from __future__ import annotations

import base64
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable
from urllib.parse import quote

from respgraph.analysis.workload import GAP_ZH, MIN_PLAN_TASKS, SHARE_LIMIT
from respgraph.plural import counted, plural_of
from respgraph.viz import atomic_write, write_view
from respgraph.viz.render import CSP, FONT_STACK, esc
from respgraph.viz.report_tables import first_names, function_cell, named_pairs, next_due, numbers_of, table, titled_pairs

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: At most this many per-plan views are written (a corpus of hundreds of plans would
#: otherwise produce hundreds of pages; the rest are reachable with `respgraph viz`): those of
#: the plans with the most tasks, the ones a meeting weighs loads in.
MAX_PLAN_VIEWS = 40
TOP_ROWS = 15
#: Longest plans / overload / no-lead table in the page; the rest is counted, with the command for all.
MAX_TABLE_ROWS = 100

CHART_CAPTIONS = {
    "workload": "工作负荷排名 · Workload ranking",
    "lead_support": "牵头 / 配合 · Lead and support",
    "breadth_depth": "广度–深度矩阵 · Breadth–depth matrix",
    "coverage": "规划 × 攻坚战类型 · Plans × campaign types",
}


# what a view's file name keeps of a plan id: letters, digits and Chinese characters (a plan
# named 修水县河长制实施方案 keeps its name), never a path separator or a character a file system
# refuses; cut at 60 characters (a Chinese character is 3 bytes of a name's 255)
_NOT_NAME = re.compile(r"[^0-9A-Za-z\u3400-\u9fff._-]+")
_NAME_CHARS = 60


def _of_type(graph, node_type: str):
    """The attributes of ``graph``'s nodes of ``node_type`` (Plan, Task, Agency), in graph order."""
    return (d for _, d in graph.nodes(data=True) if d.get("type") == node_type)


def _slug(text: str) -> str:
    return _NOT_NAME.sub("_", str(text))[:_NAME_CHARS].strip("_.") or "plan"


def plan_view_names(plan_ids) -> list[str]:
    """One file name per plan's view, never two alike: plan ids that slug alike (修水县 实施方案
    and 修水县/实施方案, or ids of no letter or Chinese character, ``plan``) would be one file
    written over and over, every link showing the last plan, so a repeated name gets a number."""
    names, used = [], set()
    for pid in plan_ids:
        base = f"plan-{_slug(pid)}"
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name)
        names.append(f"{name}.html")
    return names


def _overload_cells(ov, titles: dict, share_limit: float):
    """The overload rows with what the table shows: the plan's title, the function in Chinese
    with its English gloss, and the reason in Chinese, then in English (a 督查室 reads the
    Chinese; the numbers are the same)."""
    from respgraph.analysis.workload import overload_reason

    return ov.assign(plan=ov["plan_id"].map(lambda p: titles.get(p, p)),
                     function=[function_cell(r) for r in ov.itertuples()],
                     why=[f"{overload_reason(r, share_limit, 'zh')} · {r.reason}" for r in ov.itertuples()])


def _across_table(across, flags: str = "") -> str:
    """The agencies flagged in several plans, over the per-plan table; nothing when none is."""
    if not len(across):
        return ""
    across = across.assign(function=[function_cell(r) for r in across.itertuples()])
    return ('<h3>在多个规划中负荷过重 · Flagged in more than one plan</h3>'
            + table(across, {"name": "单位 Agency", "function": "职能 Function", "plans_flagged": "负荷过重的规划数 plans flagged",
                             "plans": "涉及规划数 of its plans", "tasks_led": "牵头 led (all plans)",
                             "tasks_supported": "配合 supported (all plans)"},
                    max_rows=TOP_ROWS, more=f"respgraph workload DIR --overload{flags}")
            + '<h3>各规划内 · Within each plan</h3>')


def _supervision(graph, titles: dict) -> tuple[str, str]:
    """The section title and table of the bodies plans name to supervise tasks (督导单位 /
    督办单位): per body as written and plan, how many tasks and which. A 督查室 reads its own
    rows here; no other table counts a supervisor."""
    import pandas as pd

    rows: dict[tuple[str, str], list[str]] = {}
    for d in sorted(_of_type(graph, "Task"), key=lambda d: (str(d.get("plan_id")), d.get("seq") or 0)):
        for name in d.get("supervisors") or ():
            rows.setdefault((str(name), str(d.get("plan_id"))), []).append(str(d.get("number") or d.get("task_id")))
    df = pd.DataFrame([{"supervisor": k[0], "plan": titles.get(k[1], k[1]), "n": len(v), "tasks": v} for k, v in rows.items()],
                      columns=["supervisor", "plan", "n", "tasks"])
    n_tasks = sum(1 for d in _of_type(graph, "Task") if d.get("supervisors"))
    listing = table(df.sort_values(["supervisor", "plan"]) if len(df) else df,
                    {"supervisor": "督导单位 Supervisor (as written)", "plan": "规划 Plan", "n": "任务数 tasks", "tasks": "任务编号 Task numbers"},
                    empty="规划未写明督导单位 · No plan names a supervising body", max_rows=MAX_TABLE_ROWS,
                    more="respgraph tasks DIR --supervisor NAME --format csv")
    note = ('<p class="note">督导单位只督办，不计入牵头、配合或工作负荷。 A supervising body checks the work: it is never '
            'counted as a lead or support, nor in any load. respgraph agency DIR NAME lists the tasks it supervises.</p>')
    return f"督导单位 · Supervised tasks ({n_tasks})", listing + (note if len(df) else "")


DUE_COLUMNS = {"due": "到期 Due", "deadline": "期限原文 Deadline as written", "plan": "规划 Plan", "number": "任务 No.",
               "path": "位置 Where", "title": "任务 Task", "leads": "牵头 Lead"}


def _due_section(overdue: list[dict], soon: list[dict], today: date, unassigned: int = 0) -> str:
    """Tasks due this quarter, then the overdue ones: each row names its plan, task and deadline;
    ``unassigned`` tasks of plans that name no agency at all are counted in a note."""
    import pandas as pd

    from respgraph.viz.due import quarter_end

    end = "%d-%02d" % quarter_end(today)
    cols, nowrap = list(DUE_COLUMNS), frozenset({"due"})
    return (f'<p class="note">按 {today.isoformat()} 计算（respgraph report --today YYYY-MM-DD 可指定日期）。'
            f' As of {today.isoformat()}; only the month of a deadline counts, a deadline without one is due in December.</p>'
            f'<h3>本季度到期（至 {end}）· Due this quarter, to {end} ({len(soon)})</h3>'
            + table(pd.DataFrame(soon, columns=cols), DUE_COLUMNS, empty="本季度无到期任务 · Nothing falls due this quarter", nowrap=nowrap,
                    max_rows=MAX_TABLE_ROWS, more="respgraph tasks DIR --format csv")
            + f'<h3>已过期限 · Past their deadline ({len(overdue)})</h3>'
            '<p class="note">最近到期的在前；是否已完成需在会上核实。 Most recently due first; whether each is done is for the meeting to check.</p>'
            + table(pd.DataFrame(overdue, columns=cols), DUE_COLUMNS, empty="无 · None past its deadline", nowrap=nowrap,
                    max_rows=MAX_TABLE_ROWS, more="respgraph tasks DIR --format csv")
            + (f'<p class="note">另有 {unassigned} 项到期任务属于未写明责任单位的规划，未列出。 {counted(unassigned, "more task")} due by '
               f'now {"is" if unassigned == 1 else "are"} in plans that name no responsible agency at all, not listed.</p>' if unassigned else ""))


def _agenda(ov, across, stated, n_dis: int, overdue, soon, top, n_silent: int = 0, n_dis_here: int | None = None) -> str:
    """What to take to the meeting, first on the page: one line per question a 督查室 brings
    (who is overloaded, which tasks have no lead, where plans disagree, what is due), each with
    its count and a link to the table, then one line per busiest agency. ``n_dis_here``: of the
    ``n_dis`` disagreements, those of two plans of one place (the ones an office settles)."""
    items = []
    if len(ov):
        n_ag, n_pl = ov["name"].nunique(), ov["plan_id"].nunique()
        zh = f"负荷过重：{n_ag} 个单位（{n_pl} 个规划）" + (
            f"，在多个规划中均过重：{first_names(across)}" if len(across) else f"：{first_names(ov.sort_values('weighted_load', ascending=False))}")
        items.append(("overload", zh,
                      f"Overloaded: {counted(n_ag, 'agency')} flagged in {counted(n_pl, 'plan')}"
                      + (f", {len(across)} of them in more than one plan" if len(across) else "")))
    else:
        items.append(("overload", "负荷过重：无", "Overloaded: none flagged"))
    silent_zh = f"；另有 {n_silent} 个规划未写明任何责任单位" if n_silent else ""
    silent_en = f"; {counted(n_silent, 'plan')} {'names' if n_silent == 1 else 'name'} no responsible agency at all" if n_silent else ""
    items.append(("no-lead", f"无牵头单位的任务：{len(stated)} 项{silent_zh}", f"Tasks without a lead: {len(stated)}{silent_en}"))
    # of a year's plans of many places, most pairs are of two places, no office's to settle
    # (blind29d's 65 plans: 124 pairs, 3 of one place): the line says how many are of one place
    here = n_dis_here is not None and n_dis_here < n_dis
    items.append(("disagreements", f"相似任务牵头不一致：{n_dis} 组" + (f"，其中同一地区 {n_dis_here} 组" if here else ""),
                  f"Similar tasks led by different functions: {counted(n_dis, 'pair')}"
                  + (f", {n_dis_here} of them of two plans of one place" if here else "")))
    items.append(("deadlines", f"已过期限：{len(overdue)} 项；本季度到期：{len(soon)} 项",
                  f"Past their deadline: {len(overdue)}; due this quarter: {len(soon)}"))
    lis = "".join(f'<li><a href="#{sid}">{esc(zh)}</a><br><span class="en">{esc(en)}</span>{next_due(soon) if sid == "deadlines" else ""}</li>'
                  for sid, zh, en in items)
    lines = "".join(
        f"<li>{esc(r['name'])} <span class=en>({esc(r.get('gloss') or '')})</span>：牵头 {int(r['tasks_led'])} 项，配合 "
        f"{int(r['tasks_supported'])} 项 · <span class=en>leads {int(r['tasks_led'])}, supports {int(r['tasks_supported'])}</span>"
        f"{_renamed_line(r.get('renamed'))}</li>"
        for r in top.head(5).to_dict("records")) if len(top) else ""
    busiest = f'<h3>牵头最多的单位 · Busiest agencies</h3><ul class="lines">{lines}</ul>' if lines else ""
    return f'<ul class="agenda">{lis}</ul>{busiest}'


def _renamed_line(label) -> str:
    """What a busiest agency's line adds when bodies a reform renamed are counted with it (the
    pack of a folded graph: ``renamed_cells``), in Chinese and English."""
    if not label or not isinstance(label, str):
        return ""
    return f'<br><span class="renamed">含更名前的 {esc(label)} · <span class=en>counted with the body it was before a reform</span></span>'


def renamed_cells(graph, df: "pd.DataFrame") -> "pd.DataFrame":
    """``df`` (rows keyed by agency node, ``key``) with ``renamed``: the bodies folded into each
    row's agency, by name with their English gloss (``analysis.renamed.renamed_label``); ``df``
    as it is when the graph was not folded (no agency has any)."""
    from respgraph.analysis.renamed import renamed_label

    if not len(df) or "key" not in df:
        return df
    labels = [renamed_label(graph.nodes[k]) if k in graph else "" for k in df["key"]]
    return df.assign(renamed=labels) if any(labels) else df


#: The column a folded pack's agency tables add (``renamed_cells``).
RENAMED_COLUMN = {"renamed": "含更名前单位 Renamed, counted here"}


def _one_plan_twice(graph, pairs):
    """Which similar pairs join two plans of one place and title (``same_plan_title``): one plan
    in two files a build kept both of, their readings differing somewhere (an OCR'd copy's 12O for
    120), not two plans asking for the same work."""
    from respgraph.pipeline import same_plan_title

    plans = {d.get("plan_id"): (d.get("jurisdiction"), d.get("title")) for d in _of_type(graph, "Plan")}

    def twice(a, b) -> bool:
        (ja, ta), (jb, tb) = plans.get(a, (None, None)), plans.get(b, (None, None))
        return bool(ja and ja == jb and ta and tb) and same_plan_title(ta, tb)

    import pandas as pd

    return pd.Series([twice(a, b) for a, b in zip(pairs["plan_a"], pairs["plan_b"])], index=pairs.index, dtype=bool)


def _twice_note(pairs, titles) -> str:
    """The similar pairs left out of the top overlaps as one plan's two files, with the plan ids."""
    if not len(pairs):
        return ""
    ids = sorted({" / ".join(sorted((a, b))) for a, b in zip(pairs["plan_a"], pairs["plan_b"])})
    shown = "；".join(ids[:10]) + (f" … (+{len(ids) - 10})" if len(ids) > 10 else "")
    return (f'<p class="note">另有 {len(pairs)} 组为同一地区同名规划之间的相似任务（疑为同一规划的两份文件，读法有出入），未列出。 '
            f'{counted(len(pairs), "more pair")} between plans of one place and title (one plan in two files, read '
            f'differently somewhere) left out: {esc(shown)}</p>')


#: Tasks (led or supported) below which a flag is a small plan's: two of six tasks are a 33% share.
SMALL_LOAD = 5


def _small_plans_note(ov) -> str:
    """When most flags are of agencies carrying fewer than SMALL_LOAD tasks of their plan (a
    year's folder holds many short notices), say so and how to leave them out (757 plans of the
    probe corpus: 639 flagged, 504 of them such)."""
    if not len(ov):
        return ""
    small = int(((ov["tasks_led"] + ov["tasks_supported"]) < SMALL_LOAD).sum())
    if small * 2 <= len(ov):
        return ""
    return (f'<p class="note">其中 {small} 项为承担本规划任务不足 {SMALL_LOAD} 项的单位（小规划中牵头两项即超 25%）；'
            f'respgraph report DIR --min-tasks {SMALL_LOAD} 不计这些。 {small} of the {len(ov)} flags are of agencies carrying '
            f'fewer than {SMALL_LOAD} of their plan\'s tasks (in a short plan two leads are over 25%): '
            f'respgraph report DIR --min-tasks {SMALL_LOAD} leaves them out.</p>')


def _collectives_note(wl, include_collectives: bool) -> tuple[str, str]:
    """What the overload and top-leads tables leave out, said under each: the collective
    addressees (各乡镇（街道）, 各县（市、区）人民政府, 成员单位), a group of bodies, not one body
    whose load a meeting could weigh; named on every task of a plan, they topped the overload
    table (as one "agency" supporting 34 of 34 tasks). ``wl`` is the all-plans workload with them.
    Returns (note for the overload section, note for the top leads), each naming the collectives
    with their numbers and the command that counts them, so the tables can be checked."""
    if include_collectives or not len(wl):
        return "", ""
    coll = wl[wl["kind"] == "collective"].sort_values(["weighted_load", "name"], ascending=[False, True])
    if not len(coll):
        return "", ""
    shown = "、".join(f"{r.name}（牵头 {r.tasks_led}，配合 {r.tasks_supported}）" for r in coll.head(5).itertuples())
    first = f"（列出前 5 个）" if len(coll) > 5 else ""
    en_first = ", the first 5 listed" if len(coll) > 5 else ""
    over = (f'<p class="note">{esc(f"未计入 {len(coll)} 个集合性单位{first}：{shown}。它们指一组单位，不是可判断负荷的某一个单位；各规划的离群界限也不含它们。")}'
            f' Left out: {counted(len(coll), "collective addressee")}{en_first} with the tasks each leads (牵头) and supports'
            " (配合): a group of bodies (各乡镇（街道）, 各县（市、区）人民政府, 成员单位 …), not one body whose load can be"
            " weighed. Each plan's fence is computed without them (the same table: respgraph workload DIR --overload"
            " --exclude-collectives; with them: respgraph report DIR --include-collectives).</p>")
    top = ('<p class="note">集合性单位未计入（见“负荷过重的单位”）。 Collective addressees are left out'
           " (listed under Overloaded agencies).</p>")
    return over, top


def _command_flags(include_collectives: bool, min_tasks: int, min_plan_tasks: int = MIN_PLAN_TASKS,
                   share_limit: float = SHARE_LIMIT) -> str:
    """The options of ``respgraph workload DIR --overload`` that print the overload tables as the
    page counts them (a cut table names that command, so its options must match the page's)."""
    return ((" --include-collectives" if include_collectives else " --exclude-collectives") + (f" --min-tasks {min_tasks}" if min_tasks else "")
            + (f" --min-plan-tasks {min_plan_tasks}" if min_plan_tasks != MIN_PLAN_TASKS else "")
            + (f" --share-limit {share_limit:g}" if share_limit != SHARE_LIMIT else ""))


def _overloaded(graph, titles: dict, include_collectives: bool, min_tasks: int, min_plan_tasks: int = MIN_PLAN_TASKS,
                share_limit: float = SHARE_LIMIT):
    """The overload table's rows, cells as shown and in the order shown, and the agencies flagged
    in more than one plan (a year of plans: who is flagged in plan after plan). Returns (rows, across)."""
    from respgraph.analysis.workload import heaviest_first, overload_across, overloaded

    every = overloaded(graph, all_rows=True, include_collectives=include_collectives, min_tasks=min_tasks,
                       min_plan_tasks=min_plan_tasks, share_limit=share_limit)
    ov = every[every["flagged"].astype(bool)] if len(every) else every
    across = overload_across(every)
    ov = renamed_cells(graph, _overload_cells(ov, titles, share_limit)) if len(ov) else ov
    if len(ov) > MAX_TABLE_ROWS:  # too many to read plan by plan: the heaviest first
        ov = ov.sort_values(["weighted_load", "plan_id"], ascending=[False, True])
    elif len(ov):  # plan by plan, the plan of the most loaded agency first
        order = {p: i for i, p in enumerate(heaviest_first(ov))}
        ov = ov.sort_values(["plan_id", "rank"], key=lambda c: c.map(order) if c.name == "plan_id" else c, kind="stable")
    return ov, across


def _top_leads(graph, include_collectives: bool):
    """The agencies leading most tasks over all plans (top TOP_ROWS), with the notes saying which
    collective addressees were left out of it and of the overload table. The all-plans workload
    is read with the collectives, so the notes can give their numbers; an agency's all-plans total
    does not depend on the others, so leaving them out after is the same table.
    Returns (top, note under the overload table, note under the top leads)."""
    from respgraph.analysis.workload import workload

    wl = workload(graph)
    if "plan_id" in wl.columns:
        wl = wl[wl["plan_id"] == "*"]
    if len(wl):
        wl = wl.assign(kind=wl["key"].map(lambda k: graph.nodes[k].get("kind")))
    over_note, top_note = _collectives_note(wl, include_collectives)
    if len(wl) and not include_collectives:
        wl = wl[wl["kind"] != "collective"]
    top = wl.sort_values(["tasks_led", "weighted_load"], ascending=False).head(TOP_ROWS) if len(wl) else wl
    return renamed_cells(graph, top), over_note, top_note


@dataclass
class _WithoutLead:
    """The tasks without a lead, split as the page shows them: ``stated`` those of plans that
    name agencies elsewhere (the table, with plan title, number and 专栏 mark), ``silent`` the
    titles of plans that name none at all (a note: their tasks are not a lead missing, the plan
    says nothing) and ``silent_ids`` those plans' ids (their deadlines are counted apart)."""

    stated: "pd.DataFrame"
    silent: list
    silent_ids: set
    box_note: str


#: Why a task has no clear lead, as the meeting reads it (``analysis._graph.lead_gaps``).
_GAP_LABELS = {gap: f"{zh} {gap}" for gap, zh in GAP_ZH.items()}

#: How a pair's two plans stand, as the meeting reads it (``overlap._relations``).
_RELATION_LABELS = {"same place": "同一地区 same place", "vertical": "上下级 vertical", "other places": "不同地区 other places",
                    "": ""}


def _without_lead(graph, titles: dict, numbers: dict) -> _WithoutLead:
    """The tasks without a lead (see ``_WithoutLead``), with a note counting the ones that are a
    规划's 专栏 projects, which often name no unit."""
    from respgraph.analysis.workload import tasks_without_lead

    nolead = tasks_without_lead(graph)
    silent_rows = ~nolead["plan_has_assignments"].astype(bool) if len(nolead) else None
    stated = nolead[nolead["plan_has_assignments"].astype(bool)] if len(nolead) else nolead
    silent = sorted({titles.get(p, p) for p in nolead.loc[silent_rows, "plan_id"]}) if len(nolead) else []
    boxes = 0
    if len(stated):
        kinds = {d.get("task_id"): d.get("kind") for d in _of_type(graph, "Task")}
        stated = stated.assign(plan=stated["plan_id"].map(lambda p: titles.get(p, p)), number=stated["task_id"].map(numbers),
                               box=stated["task_id"].map(lambda t: "专栏 box" if kinds.get(t) == "box" else ""))
        boxes = int((stated["box"] != "").sum())
        # why it has none: only a group told (由各乡镇（街道）负责), only supporters or a 督导单位, nobody
        stated = stated.assign(why_no_lead=[_GAP_LABELS.get(g, g) for g in stated["gap"]])
    box_note = (f'<p class="note">其中 {boxes} 项为规划专栏所列项目，专栏常不写责任单位。 '
                + (f'{boxes} of them are projects a ' if boxes > 1 else 'One of them is a project a ')
                + f'规划 lists in its 专栏 boxes, which often name no unit.</p>') if boxes else ""
    silent_ids = set(nolead.loc[silent_rows, "plan_id"]) if len(nolead) else set()
    return _WithoutLead(stated, silent, silent_ids, box_note)


def _silent_note(silent: list) -> str:
    """The plans naming no responsible agency at all, under the no-lead table (the first 20)."""
    if not silent:
        return ""
    shown = "；".join(silent[:20]) + (f" … (+{len(silent) - 20})" if len(silent) > 20 else "")
    return f'<p class="note">以下规划未写明责任单位，其任务不计入此表 · Plans that name no responsible agencies at all (left out above): {esc(shown)}</p>'


def _overlaps(graph, titles: dict, numbers: dict):
    """The top cross-plan overlaps and lead disagreements, titled and numbered as the tables show
    them. Pairs joining one plan's two files (``_one_plan_twice``) are left out of the overlaps and
    said in a note. An error here leaves both tables empty: a report without them beats no report.
    Two plans of one place come first in both tables (``same_place_first``). Returns (overlaps,
    disagreements (top TOP_ROWS), how many disagreements in all, how many of those are two plans of
    one place, note)."""
    import pandas as pd

    from respgraph.analysis.overlap import lead_disagreements, same_place_first, similar_tasks, without_different_work

    twice_note = ""
    try:
        all_sim = similar_tasks(graph)
        twice = _one_plan_twice(graph, all_sim)
        # similar words, different work (城市 / 农村黑臭水体) are no overlap, as in `respgraph overlap`
        sim = same_place_first(without_different_work(all_sim[~twice].reset_index(drop=True))).head(TOP_ROWS) \
            if len(all_sim) else all_sim
        twice_note = _twice_note(all_sim[twice], titles) if len(all_sim) else ""
        dis = lead_disagreements(graph, pairs=all_sim)
    except Exception:  # noqa: BLE001 - a report without the overlap tables beats no report
        sim = dis = pd.DataFrame()
    # two plans of one place first (what the office settles): a county's 落实方案 against its
    # city's plan scores ~1 and filled both tables before
    n_dis = len(dis)
    n_dis_here = int((dis["relation"] == "same place").sum()) if len(dis) else 0
    dis = same_place_first(dis).head(TOP_ROWS)
    if len(dis):
        dis = named_pairs(dis, titles, numbers).assign(relation=dis["relation"].map(_RELATION_LABELS))
    if len(sim):
        sim = titled_pairs(sim, titles, numbers).assign(relation=sim["relation"].map(_RELATION_LABELS))
    return sim, dis, n_dis, n_dis_here, twice_note


def _chart_figures(charts: dict[str, tuple[Path, Path]]) -> str:
    """Each chart inline (its PNG as a data: URI, so the page opens offline and alone), captioned,
    with links to its PNG and SVG files for slides."""
    figures = []
    for name, (png, svg) in charts.items():
        data = base64.b64encode(Path(png).read_bytes()).decode("ascii")
        cap = CHART_CAPTIONS.get(name, name)
        figures.append(
            f'<figure id="chart-{esc(name)}"><img alt="{esc(cap)}" src="data:image/png;base64,{data}">'
            f'<figcaption>{esc(cap)} · <a href="charts/{esc(Path(png).name)}">PNG</a> · <a href="charts/{esc(Path(svg).name)}">SVG</a></figcaption></figure>'
        )
    return "".join(figures)


def _views_list(views: list[tuple[str, str]], plans_without_view: int) -> str:
    """The links to the graph views, and how many plans got none (above MAX_PLAN_VIEWS)."""
    view_links = "".join(f'<li><a href="{esc(href)}">{esc(label)}</a></li>' for label, href in views)
    views_note = (f'<p class="note">规划视图为任务最多的 {MAX_PLAN_VIEWS} 个规划；另有 {plans_without_view} 个规划未生成视图。 '
                  f'Plan views are those of the {MAX_PLAN_VIEWS} plans with the most tasks; '
                  f'{counted(plans_without_view, "more plan")} without one here: respgraph viz DIR --view plan --plan ID</p>'
                  if plans_without_view else "")
    return (f"<ul class=views>{view_links}</ul>{views_note}<p class=note>在浏览器中打开（离线可用）。悬停节点查看任务、期限与原文条款。"
            " Open in a browser (works offline); hover for details.</p>")


def _plans_table(graph) -> str:
    """The plans of the build, by id."""
    import pandas as pd

    from respgraph.structure.meta import plan_node_year

    # the year beside the date: most plans carry no date, and a meeting reads a folder year by year
    rows = [{"plan_id": d.get("plan_id"), "title": d.get("title"), "year": plan_node_year(d), "date": d.get("date"),
             "jurisdiction": d.get("jurisdiction"), "kind": d.get("kind"), "warnings": "; ".join(d.get("warnings") or ())}
            for d in _of_type(graph, "Plan")]
    columns = {"plan_id": "编号 id", "title": "标题 Title", "year": "年份 Year", "date": "日期 Date",
               "jurisdiction": "行政区 Jurisdiction", "kind": "类型 Kind"}
    warned = sum(1 for r in rows if r["warnings"])
    note = ""
    if warned:
        # what a plan read lacks (a site's preview cut off …): a meeting counting its tasks must know
        columns["warnings"] = "读取提示 Warnings"
        note = (f'<p class="note">{warned} 个规划读取不完整或有问题，见“读取提示”列（列在前面）· '
                f'{counted(warned, "plan")} read with warnings, listed first: respgraph.load(DIR).plans()</p>')
    frame = pd.DataFrame(rows) if rows else None
    if frame is not None:  # the plans read with warnings first: a table cut at MAX_TABLE_ROWS still shows them
        frame = frame.assign(_whole=frame["warnings"] == "").sort_values(["_whole", "plan_id"])
    return note + table(frame, columns, max_rows=MAX_TABLE_ROWS, more="respgraph.load(DIR).plans()")


def _disagreements_table(dis, n_dis: int, n_dis_here: int) -> str:
    """The similar tasks of two plans whose leads differ in function (top TOP_ROWS of ``n_dis``,
    the ``n_dis_here`` pairs of two plans of one place first)."""
    return (table(dis, {"plan_a": "规划 A", "title_a": "任务 A", "leads_a": "牵头 A", "plan_b": "规划 B", "title_b": "任务 B",
                        "leads_b": "牵头 B", "relation": "两规划 plans", "score": "相似度 score"})
            + (f'<p class="note">其中 {n_dis_here} 组为同一地区的两个规划，列在前面 · {n_dis_here} of them are two plans '
               f'of one place, listed first: respgraph overlap DIR --disagreements --relation same-place</p>'
               if 0 < n_dis_here < n_dis else "")
            + (f'<p class="note">另有 {n_dis - len(dis)} 组未列出 · {counted(n_dis - len(dis), "more pair")}: respgraph overlap DIR</p>' if n_dis > len(dis) else "")
            + '<p class="note">两个规划提出相似任务，但牵头单位的职能不同：值得在会上确认由谁牵头。'
              ' Two plans ask for similar work with leads of different functions: worth settling who leads.</p>')


def _summary(graph) -> str:
    """The header's one line: how many plans, tasks, agencies and assignments the pack covers."""
    n = {t: sum(1 for _ in _of_type(graph, t)) for t in ("Plan", "Task", "Agency")}
    n_lead = sum(1 for *_, d in graph.edges(keys=True, data=True) if d.get("type") == "LEADS")
    n_sup = sum(1 for *_, d in graph.edges(keys=True, data=True) if d.get("type") == "SUPPORTS")
    return (f"{n['Plan']} 个规划 {plural_of(n['Plan'], 'plan')} · {n['Task']} 项任务 {plural_of(n['Task'], 'task')} · "
            f"{n['Agency']} 个单位 {plural_of(n['Agency'], 'agency')} · "
            f"{n_lead} 条牵头 lead and {n_sup} 条配合 support {plural_of(n_lead + n_sup, 'assignment')}")


def report_html(graph, charts: dict[str, tuple[Path, Path]], views: list[tuple[str, str]], today: date | None = None,
                include_collectives: bool = False, plans_without_view: int = 0, min_tasks: int = 0,
                min_plan_tasks: int = MIN_PLAN_TASKS, fold_renamed: bool = False, share_limit: float = SHARE_LIMIT) -> str:
    """The report page for ``graph`` with ``charts`` (name -> (png, svg)) and ``views`` (label, relative href);
    deadlines are counted as of ``today`` (the system date by default). The overload and top-leads
    tables leave out collective addressees (各乡镇（街道）) unless ``include_collectives``, and
    say which they left out. ``plans_without_view``: how many plans got no view (counted under the links).
    ``min_tasks``: flag only agencies carrying at least this many of a plan's tasks; ``min_plan_tasks``:
    flag no one alone in a plan of fewer tasks; ``share_limit``: the lead share above which an agency
    is flagged (``overload``'s). ``fold_renamed``: every table
    counts a body a reform renamed with the body that took its work over
    (``analysis.renamed.fold_renamed_bodies``), whose rows name it (``renamed_cells``)."""
    from respgraph.analysis.renamed import folded_if
    from respgraph.viz.charts import plan_titles
    from respgraph.viz.due import due_rows

    graph = folded_if(graph, fold_renamed)
    titles = plan_titles(graph)
    ov, across = _overloaded(graph, titles, include_collectives, min_tasks, min_plan_tasks, share_limit)
    top, over_note, top_note = _top_leads(graph, include_collectives)
    flags = _command_flags(include_collectives, min_tasks, min_plan_tasks, share_limit) + (" --fold-renamed" if fold_renamed else "")
    over_note += "" if min_tasks else _small_plans_note(ov)
    numbers = numbers_of(graph)
    nolead = _without_lead(graph, titles, numbers)
    stated = nolead.stated
    sim, dis, n_dis, n_dis_here, twice_note = _overlaps(graph, titles, numbers)
    today = today or date.today()
    overdue, soon, unassigned = due_rows(graph, titles, today, nolead.silent_ids)

    sections = [
        ("agenda", "会议要点 · What to take to the meeting", _agenda(ov, across, stated, n_dis, overdue, soon, top, len(nolead.silent), n_dis_here)),
        ("overload", "负荷过重的单位 · Overloaded agencies",
         _across_table(across, flags) + table(ov, {"plan": "规划 Plan", "name": "单位 Agency", "function": "职能 Function", "tasks_led": "牵头 led", "tasks_supported": "配合 supported",
                     "weighted_load": "加权负荷 load", "why": "原因 Reason", **_renamed_col(ov)},
                max_rows=MAX_TABLE_ROWS, more=f"respgraph workload DIR --overload{flags} --format csv") + over_note),
        ("no-lead", f"没有牵头单位的任务 · Tasks without a lead ({len(stated)})",
         nolead.box_note + table(stated, {"plan": "规划 Plan", "number": "任务 No.", "path": "位置 Where", "task_id": "任务 id", "title": "任务 Task", "box": "专栏 Box",
                                          "n_supports": "配合单位数 supporters", "why_no_lead": "缺口 Gap"},
                                 max_rows=MAX_TABLE_ROWS, more="respgraph workload DIR --report no-lead --format csv")
         + _silent_note(nolead.silent)),
        ("deadlines", f"按期限 · By deadline (past {len(overdue)}, this quarter {len(soon)})", _due_section(overdue, soon, today, unassigned)),
        ("disagreements", f"同类任务、牵头不同 · Similar tasks, different lead functions ({n_dis})", _disagreements_table(dis, n_dis, n_dis_here)),
        ("top-leads", f"牵头任务最多的单位 · Top leads (all plans, top {TOP_ROWS})",
         table(top, {"name": "单位 Agency", "function_names": "职能 Functions", "gloss": "Function (EN)", "tasks_led": "牵头 led",
                     "tasks_supported": "配合 supported", "weighted_load": "加权负荷 load", **_renamed_col(top)}) + top_note),
        ("supervision", *_supervision(graph, titles)),
        ("overlaps", f"跨规划的相似任务 · Top cross-plan overlaps (top {TOP_ROWS})",
         table(sim, {"plan_a": "规划 A", "title_a": "任务 A", "plan_b": "规划 B", "title_b": "任务 B", "relation": "两规划 plans",
                      "score": "相似度 score"}) + twice_note),
        ("plans", "规划 · Plans", _plans_table(graph)),
        ("charts", "图表 · Charts", _chart_figures(charts)),
        ("views", "交互图 · Interactive graph views", _views_list(views, plans_without_view)),
    ]
    return _page(_summary(graph) + (" · 更名单位已并入其现名 renamed bodies counted with their successors" if fold_renamed else ""),
                 today, sections)


def _renamed_col(df) -> dict:
    """The ``renamed`` column of an agency table, when its rows have one (``renamed_cells``)."""
    return RENAMED_COLUMN if "renamed" in df else {}


#: The page's style: a screen layout (sticky contents bar, one card per section) and a print
#: layout for A4 (no bar, charts and views on a page of their own, table heads repeated).
PAGE_STYLE = """\
body{font-family:__FONT__;margin:0;color:#222;background:#fafafa;line-height:1.5}
header{background:#34495e;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:22px} header p{margin:4px 0 0;opacity:.9}
nav{padding:6px 24px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0}
nav a{margin-right:14px;color:#1f4e79;text-decoration:none}
main{padding:4px 24px 40px;max-width:1200px}
section{background:#fff;border:1px solid #e3e3e3;border-radius:4px;padding:6px 16px 12px;margin:14px 0;scroll-margin-top:90px}
h2{font-size:17px;border-bottom:2px solid #f39c12;padding-bottom:3px}
h3{font-size:14px;margin:12px 0 4px;color:#444}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f6f8;word-break:keep-all}
figure{margin:10px 0 20px} figure img{max-width:100%;box-sizing:border-box;border:1px solid #eee}
figcaption{font-size:13px;color:#555}
.note,.empty{color:#666;font-size:13px}
ul.views{columns:2}
ul.agenda{font-size:15px;padding-left:20px} ul.agenda li{margin:4px 0} ul.agenda a{color:#1f4e79;font-weight:600}
.en{color:#666;font-size:13px} td.nw{white-space:nowrap} div.due{font-size:13px;color:#333;margin-left:8px}
span.renamed{font-size:13px;color:#555}
@page{size:A4;margin:14mm 12mm}
@media print{
body{background:#fff;font-size:11pt} nav{display:none} main{max-width:none;padding:0}
header{background:none;color:#000;border-bottom:2px solid #000;padding:0 0 6px}
section{border:none;padding:0;margin:0 0 10px} section#charts,section#views{break-before:page}
table{font-size:9pt} tr,figure{break-inside:avoid} thead{display:table-header-group} h2,h3{break-after:avoid}
a{color:#000;text-decoration:none}
}
"""


def _page(summary: str, today: date, sections: list[tuple[str, str, str]]) -> str:
    """The whole page: header (``summary``, the date counted from), a bar of links to the
    ``sections`` (id, title, HTML), then each section under its title."""
    toc = "".join(f'<a href="#{sid}">{esc(title.split(" · ")[0])}</a>' for sid, title, _ in sections)
    body = "".join(f'<section id="{sid}"><h2>{esc(title)}</h2>{content}</section>' for sid, title, content in sections)
    style = PAGE_STYLE.replace("__FONT__", FONT_STACK)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>责任分工会议材料 · respgraph meeting pack</title>
<style>
{style}</style>
</head>
<body>
<header><h1>责任分工会议材料 · Responsibility meeting pack</h1><p>{esc(summary)} · 截至 as of {esc(today.isoformat())}</p></header>
<nav>{toc}</nav>
<main>{body}</main>
</body>
</html>
"""


def write_report(graph, outdir, today: date | None = None, include_collectives: bool = False,
                 on_step: "Callable[[str, int, int], None] | None" = None, min_tasks: int = 0,
                 min_plan_tasks: int = MIN_PLAN_TASKS, fold_renamed: bool = False, share_limit: float = SHARE_LIMIT) -> Path:
    """Write report.html, its charts and the graph views it links into ``outdir``; deadlines
    count as of ``today`` (the system date by default; give one for a reproducible pack).
    ``include_collectives``: count collective addressees (各乡镇（街道）) in the overload and
    top-leads tables (by default left out, and listed under them). ``on_step(label, done,
    total)`` is called before each step (charts, each view, the page): a year of plans takes a
    minute, and ``respgraph report`` shows it as a progress bar. ``min_tasks``, ``min_plan_tasks``
    and ``share_limit``: the overload list's options (``workload.overloaded``), for the table, the
    charts and the views' rings alike. ``fold_renamed``: the pack of the
    folded graph (``analysis.renamed.fold_renamed_bodies``): its tables, charts and views count a
    body a reform renamed with the body that took its work over, and name it beside it.
    """
    from respgraph.analysis.renamed import folded_if
    from respgraph.viz.charts import write_charts

    from respgraph.viz.views import loads_computed_once

    outdir = Path(outdir)
    graph = folded_if(graph, fold_renamed)  # once: the tables, charts and views below read this graph
    plans = sorted((d.get("plan_id"), d.get("title")) for d in _of_type(graph, "Plan"))
    without_view = max(0, len(plans) - MAX_PLAN_VIEWS)
    if without_view:  # the largest plans (was: the first 40 by id, 01-… to b1-… of 800)
        size = Counter(d.get("plan_id") for d in _of_type(graph, "Task"))
        keep = set(sorted((p for p, _ in plans), key=lambda p: (-size[p], p))[:MAX_PLAN_VIEWS])
        plans = [p for p in plans if p[0] in keep]
    whole = (("build", "全部规划 · All plans"), ("network", "协同网络 · Coordination network"),
             ("overload", "工作负荷 · Load and overload"))
    total = 1 + len(whole) + len(plans) + 1
    step = on_step or (lambda label, done, total: None)
    views: list[tuple[str, str]] = []
    # the charts' and the views' overloaded agencies are the overload table's (its options)
    with loads_computed_once(graph, include_collectives=include_collectives, min_tasks=min_tasks,
                             min_plan_tasks=min_plan_tasks, share_limit=share_limit):
        step("charts", 0, total)
        charts = write_charts(graph, outdir / "charts")
        for view, label in whole:
            step(f"{view} view", len(views) + 1, total)
            write_view(graph, outdir / "views" / f"{view}.html", view=view)
            views.append((label, f"views/{view}.html"))
        for (pid, title), name in zip(plans, plan_view_names(p for p, _ in plans)):
            step(f"plan view {pid}", len(views) + 1, total)
            write_view(graph, outdir / "views" / name, view="plan", plan=pid)
            views.append((f"规划 Plan: {title or pid}", f"views/{quote(name)}"))  # (a Chinese name, %-encoded)
    step("report.html", total - 1, total)
    path = atomic_write(outdir / "report.html", report_html(graph, charts, views, today, include_collectives, without_view, min_tasks,
                                                                  min_plan_tasks, fold_renamed, share_limit))
    step("done", total, total)
    return path
