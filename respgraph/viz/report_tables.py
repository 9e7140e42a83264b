"""The cells and tables of the meeting pack: how a value, a task, a pair of tasks or an
agency's functions read in a table of ``report.html``, and the table itself.

Everything here writes text a 督查室 reads (Chinese first, English after) and escapes every
piece of document text with ``render.esc``; nothing here decides what a table holds or how
many rows it shows (``report`` does, with its MAX_TABLE_ROWS and TOP_ROWS).

>>> numbered("（三）", "加强扬尘治理"), numbered(12, "完善监测网络")
('（三） 加强扬尘治理', '12. 完善监测网络')
"""

from __future__ import annotations

from respgraph.plural import counted
from respgraph.viz.render import esc


def table(df, columns: dict[str, str], *, empty: str = "无 none", max_rows: int | None = None, more: str = "",
          nowrap: frozenset = frozenset()) -> str:
    """An HTML table of ``columns`` (column -> header). Beyond ``max_rows`` the rest is counted
    in a note that says where the full list is (``more``): a meeting pack stays readable and
    small on a thousand plans. Cells of ``nowrap`` columns (a date: 2023-06) never break."""
    if df is None or len(df) == 0:
        return f'<p class="empty">{esc(empty)}</p>'
    n_more = len(df) - max_rows if max_rows is not None and len(df) > max_rows else 0
    if n_more:
        df = df.head(max_rows)
    head = "".join(f"<th>{esc(h)}</th>" for h in columns.values())
    rows = []
    for r in df.to_dict("records"):
        cells = []
        for c in columns:
            v = r.get(c)
            if isinstance(v, (list, tuple)):
                v = "、".join(map(str, v))
            elif isinstance(v, float):
                # pandas turns a missing value (a plan without a date) into NaN: show it empty
                v = "" if v != v else f"{v:.2f}".rstrip("0").rstrip(".")
            cells.append(f"<td{' class=nw' if c in nowrap else ''}>{esc('' if v is None else v)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    note = f'<p class="note">另有 {n_more} 行未列出 · {counted(n_more, "more row")} not shown{esc(": " + more) if more else ""}</p>' if n_more else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{note}"


def function_cell(r) -> str:
    """A row's functions in Chinese with their English gloss: 农业农村、林业 (agriculture …; forestry)."""
    names = r.function_names  # text already joined ('农业农村、林业'), or a list
    zh = "、".join(names) if isinstance(names, (list, tuple)) else names if isinstance(names, str) else ""
    return f"{zh} ({r.gloss})" if zh and isinstance(r.gloss, str) and r.gloss else zh


def numbers_of(graph) -> dict:
    """Task id -> its number as written (（三） / 12), for rows that name a task."""
    return {d.get("task_id"): d.get("number") for _, d in graph.nodes(data=True) if d.get("type") == "Task"}


def numbered(num, title) -> str:
    """A task as ``1. 标题`` / ``（一） 标题``: its number as written, then its title."""
    num = f"{num}." if str(num).isdigit() else num
    return f"{num} {title}" if num else str(title)


def _task_label(row, side: str, numbers: dict) -> str:
    """A pair's task ``side``, numbered as written."""
    return numbered(numbers.get(row[f"task_{side}"]), row[f"title_{side}"])


def titled_pairs(pairs, titles: dict, numbers: dict):
    """Pairs of similar tasks with plan titles and each task numbered as written."""
    rows = pairs.to_dict("records")
    return pairs.assign(plan_a=pairs["plan_a"].map(lambda p: titles.get(p, p)), plan_b=pairs["plan_b"].map(lambda p: titles.get(p, p)),
                        title_a=[_task_label(r, "a", numbers) for r in rows], title_b=[_task_label(r, "b", numbers) for r in rows])


def named_pairs(dis, titles: dict, numbers: dict):
    """Lead disagreements as a meeting reads them: plan titles, each task with its number as
    written, each side's leads with their function in English (the point of the table)."""
    def leads(row, side):
        names = "、".join(map(str, row[f"leads_{side}"] or ()))
        gloss = row.get(f"gloss_{side}")
        return f"{names} ({gloss})" if gloss else names

    rows = dis.to_dict("records")
    return titled_pairs(dis, titles, numbers).assign(leads_a=[leads(r, "a") for r in rows], leads_b=[leads(r, "b") for r in rows])


def first_names(df, n: int = 3) -> str:
    """The first ``n`` agency names of ``df`` with how many more, for a sentence."""
    names = list(dict.fromkeys(df["name"]))
    return "、".join(names[:n]) + (f" 等 {len(names)} 个单位" if len(names) > n else "")


def next_due(soon: list[dict], n: int = 3) -> str:
    """The first ``n`` tasks due this quarter, one line each: due month, task, plan and lead."""
    return "".join(
        f'<div class="due">{esc(r["due"])} · {esc(numbered(r["number"], r["title"]))} · {esc(r["plan"])} · 牵头 {esc("、".join(r["leads"]))}</div>'
        for r in soon[:n]) + (f'<div class="due">… (+{len(soon) - n})</div>' if len(soon) > n else "")
