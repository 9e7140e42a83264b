"""Static charts for the meeting pack: PNG and SVG via matplotlib's Agg canvas.

- ``workload``      top agencies by weighted load (lead 1, support 0.5), overloaded in red
- ``lead_support``  the same agencies, tasks led vs supported, stacked
- ``breadth_depth`` the breadth–depth matrix per plan (Cheng et al. 2022), median lines
- ``coverage``      plans × campaign types heatmap (task counts)

Chinese labels need a CJK font: ``cjk_font()`` finds WenQuanYi Micro Hei (Debian
``fonts-wqy-microhei``) through ``matplotlib.font_manager``, else any installed font that
has the glyphs of 中文; without one it warns once, clearly, and the charts fall back to
DejaVu (Chinese would show as boxes). Every figure is drawn with the font set explicitly,
so no "Glyph … missing from font" warning appears. No pyplot: figures are plain
``Figure`` objects, so nothing touches global matplotlib state.

Example::

    >>> paths = write_charts(graph, "out/report/charts")     # doctest: +SKIP
    >>> sorted(paths)                                          # doctest: +SKIP
    ['breadth_depth', 'coverage', 'lead_support', 'workload']
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path

PREFERRED_CJK = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
                 "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN", "Microsoft YaHei", "SimHei", "PingFang SC")
PROBE = "中文规划牵头单位"
TOP_N = 20


@lru_cache(maxsize=1)
def cjk_font() -> tuple[str | None, str | None]:
    """(family name, file path) of an installed font that covers Chinese, or (None, None)."""
    from matplotlib import font_manager as fm

    fonts = list(fm.fontManager.ttflist)
    by_name = {}
    for f in fonts:
        by_name.setdefault(f.name, f.fname)
    for name in PREFERRED_CJK:
        if name in by_name and _covers(by_name[name]):
            return name, by_name[name]
    for f in fonts:  # any other font that really has the glyphs
        if _covers(f.fname):
            return f.name, f.fname
    warnings.warn("respgraph: no CJK font found (install fonts-wqy-microhei); Chinese chart labels will not render",
                  RuntimeWarning, stacklevel=2)
    return None, None


def _covers(path: str) -> bool:
    try:
        from matplotlib.ft2font import FT2Font

        cmap = FT2Font(path).get_charmap()
    except Exception:  # noqa: BLE001 - unreadable font files are simply not candidates
        return False
    return all(ord(ch) in cmap for ch in PROBE)


def _rc() -> dict:
    name, _ = cjk_font()
    families = ([name] if name else []) + ["DejaVu Sans"]
    return {"font.family": "sans-serif", "font.sans-serif": families, "axes.unicode_minus": False,
            "svg.fonttype": "path", "svg.hashsalt": "respgraph", "figure.dpi": 100}


def _figure(w: float, h: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(w, h), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save(fig, outdir: Path, name: str) -> tuple[Path, Path]:
    from respgraph.viz import atomic_write
    import io

    paths = []
    for ext in ("png", "svg"):
        buf = io.BytesIO()
        fig.savefig(buf, format=ext, dpi=130 if ext == "png" else 72, metadata={"Date": None} if ext == "svg" else {"Software": "respgraph"})
        paths.append(atomic_write(outdir / f"{name}.{ext}", buf.getvalue()))
    return paths[0], paths[1]


# --------------------------------------------------------------------------- the charts


def _totals(graph):
    from respgraph.analysis.workload import workload
    from respgraph.viz.views import agency_loads

    wl = workload(graph)
    if "plan_id" in wl.columns and (wl["plan_id"] == "*").any():
        wl = wl[wl["plan_id"] == "*"]
    wl = wl.sort_values(["weighted_load", "tasks_led"], ascending=False).head(TOP_N)
    # the agencies the views ring and the report's table names (``agency_loads``: ``overloaded``,
    # with the report's options while its ``loads_computed_once`` is open)
    flagged = set(agency_loads(graph)[1])
    return wl, flagged


def workload_chart(graph, wl=None, flagged=None):
    if wl is None:
        wl, flagged = _totals(graph)
    flagged = flagged or set()
    wl = wl.iloc[::-1]
    fig = _figure(9, max(3, 0.34 * len(wl) + 1.4))
    ax = fig.add_subplot()
    colors = ["#d62728" if k in flagged else "#27ae60" for k in wl["key"]]
    ax.barh(list(wl["name"]), list(wl["weighted_load"]), color=colors)
    for y, v in enumerate(wl["weighted_load"]):
        ax.text(v, y, f" {v:g}", va="center", fontsize=8)
    ax.set_xlabel("加权负荷（牵头 1，配合 0.5） weighted load")
    ax.set_title(f"工作负荷前 {len(wl)} 名单位（红色：负荷过重）  Top agencies by load (red: overloaded)", fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def lead_support_chart(graph, wl=None):
    if wl is None:
        wl, _ = _totals(graph)
    wl = wl.iloc[::-1]
    fig = _figure(9, max(3, 0.34 * len(wl) + 1.4))
    ax = fig.add_subplot()
    names = list(wl["name"])
    ax.barh(names, list(wl["tasks_led"]), color="#1f4e79", label="牵头 lead")
    ax.barh(names, list(wl["tasks_supported"]), left=list(wl["tasks_led"]), color="#8da9c4", label="配合 support")
    ax.set_xlabel("任务数 tasks")
    ax.set_title("牵头与配合任务数  Tasks led and supported", fontsize=11)
    ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


QUADRANT_ZH = {"leading": "主导型 leading", "key": "关键型 key", "coordinating": "协调型 coordinating", "auxiliary": "辅助型 auxiliary"}
QUADRANT_COLOR = {"leading": "#1f4e79", "key": "#27ae60", "coordinating": "#f39c12", "auxiliary": "#95a5a6"}


def breadth_depth_chart(graph, plan_titles: dict[str, str] | None = None):
    from respgraph.analysis.network import breadth_depth

    bd = breadth_depth(graph)
    plans = list(bd.groupby("plan_id").size().sort_values(ascending=False).index[:6]) if len(bd) else []
    n = max(1, len(plans))
    cols = min(3, n)
    rows = (n + cols - 1) // cols
    fig = _figure(4.6 * cols, 4.0 * rows + 0.6)
    fig.suptitle("广度–深度矩阵（虚线 = 中位数）  Breadth–depth matrix (dashed = plan medians)", fontsize=11)
    for i, pid in enumerate(plans or [None]):
        ax = fig.add_subplot(rows, cols, i + 1)
        if pid is None:
            ax.text(0.5, 0.5, "无数据 no data", ha="center", transform=ax.transAxes)
            break
        d = bd[bd["plan_id"] == pid]
        for q, part in d.groupby("quadrant"):
            ax.scatter(part["breadth"], part["depth"], s=18 + 6 * part["tasks_led"], color=QUADRANT_COLOR.get(q, "#555"),
                       alpha=0.75, label=QUADRANT_ZH.get(q, q), edgecolors="white", linewidths=0.5)
        ax.axvline(float(d["breadth_median"].iloc[0]), color="#888", ls="--", lw=0.8)
        ax.axhline(float(d["depth_median"].iloc[0]), color="#888", ls="--", lw=0.8)
        for _, r in d.sort_values("depth", ascending=False).head(4).iterrows():
            ax.annotate(_short(r["name"], 10), (r["breadth"], r["depth"]), fontsize=7, xytext=(3, 2), textcoords="offset points")
        title = (plan_titles or {}).get(pid) or pid
        ax.set_title(_short(title, 20), fontsize=9)
        ax.set_xlabel("广度 breadth（涉及攻坚战/章节数）", fontsize=8)
        ax.set_ylabel("深度 depth（任务数）", fontsize=8)
        ax.tick_params(labelsize=7)
        if i == 0:
            ax.legend(fontsize=7, frameon=False, loc="upper left")
    return fig


#: Rows of the plans × campaign-types heatmap; more plans are folded into one "other plans" row.
COVERAGE_MAX_PLANS = 30


def coverage_chart(graph, plan_titles: dict[str, str] | None = None):
    """Tasks per plan × campaign type (the largest ``COVERAGE_MAX_PLANS`` plans, then the rest summed)."""
    import pandas as pd

    from respgraph.analysis.overlap import campaign_coverage

    try:
        from respgraph.campaigns import CAMPAIGN_TYPES
    except ImportError:  # pragma: no cover
        CAMPAIGN_TYPES = {}
    cov = campaign_coverage(graph)
    types = [c for c in cov.columns if c not in ("plan_id", "tasks", "inferred")]
    folded = len(cov) > COVERAGE_MAX_PLANS
    if folded:
        # A heatmap of a thousand plans is neither readable nor cheap to draw (about a minute):
        # the largest plans keep a row each and the rest are summed into one row that says how many.
        cov = cov.sort_values(["tasks", "plan_id"], ascending=[False, True])
        head, rest = cov.iloc[: COVERAGE_MAX_PLANS - 1], cov.iloc[COVERAGE_MAX_PLANS - 1:]
        other = {c: rest[c].sum() for c in types + ["tasks"]}
        other["plan_id"] = f"其余 {len(rest)} 个规划 (others)"
        cov = pd.concat([head, pd.DataFrame([other])], ignore_index=True)
    m = cov[types].to_numpy(dtype=float) if len(cov) else None
    fig = _figure(max(6, 1.0 * len(types) + 4), max(2.6, 0.5 * len(cov) + 1.8))
    ax = fig.add_subplot()
    if m is None or not types:
        ax.text(0.5, 0.5, "无数据 no data", ha="center")
        return fig
    # the colours are the plans' own: a folded row sums hundreds of plans (2,471 tasks against
    # the largest plan's 71 at 757 plans) and, on the scale, washed every plan's cell out to white;
    # it takes the darkest colour, its numbers written in, below a rule
    own = m[:-1] if folded and len(m) > 1 else m
    hi = own.max() if own.size else 0
    im = ax.imshow(m, cmap="YlGnBu", aspect="auto", vmin=0, vmax=hi or 1)
    if folded and len(m) > 1:
        ax.axhline(len(m) - 1.5, color="#555", linewidth=1)
    ax.set_xticks(range(len(types)), [f"{CAMPAIGN_TYPES.get(t, '未归类' if t == 'none' else t)}\n{t}" for t in types], fontsize=8)
    ax.set_yticks(range(len(cov)), [_short((plan_titles or {}).get(p) or p, 22) for p in cov["plan_id"]], fontsize=8)
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            if m[i, j]:
                ax.text(j, i, f"{int(m[i, j])}", ha="center", va="center", fontsize=8, color="white" if m[i, j] > hi / 2 else "#222")
    ax.set_title("各规划在各类攻坚战中的任务数  Tasks per plan × campaign type", fontsize=11)
    fig.colorbar(im, ax=ax, shrink=0.8, label="任务数 tasks", extend="max" if m.max() > hi else "neither")
    return fig


def _short(text, n: int) -> str:
    text = str(text or "")
    return text if len(text) <= n else text[: n - 1] + "…"


def plan_titles(graph) -> dict[str, str]:
    return {str(d.get("plan_id")): str(d.get("title") or d.get("plan_id")) for _, d in graph.nodes(data=True) if d.get("type") == "Plan"}


CHARTS = ("workload", "lead_support", "breadth_depth", "coverage")


def figures(graph) -> dict:
    """name -> matplotlib Figure, drawn with the CJK font."""
    from matplotlib import rc_context

    titles = plan_titles(graph)
    with rc_context(_rc()):
        wl, flagged = _totals(graph)
        return {
            "workload": workload_chart(graph, wl, flagged),
            "lead_support": lead_support_chart(graph, wl),
            "breadth_depth": breadth_depth_chart(graph, titles),
            "coverage": coverage_chart(graph, titles),
        }


def write_charts(graph, outdir) -> dict[str, tuple[Path, Path]]:
    """Draw every chart and write ``NAME.png`` and ``NAME.svg`` into ``outdir``."""
    from matplotlib import rc_context

    outdir = Path(outdir)
    out = {}
    with rc_context(_rc()):
        for name, fig in figures(graph).items():
            out[name] = _save(fig, outdir, name)
    return out
