"""Static charts: CJK font found and really used, no missing-glyph warnings, the facts drawn."""

from __future__ import annotations

import warnings

import pytest

from _browser import sample_graph
from respgraph.viz import charts


@pytest.fixture(scope="module")
def g():
    return sample_graph()


@pytest.fixture(scope="module")
def figs(g):
    return charts.figures(g)


def _chinese_texts(fig):
    from matplotlib.text import Text

    return [t for t in fig.findobj(Text) if any("\u4e00" <= ch <= "\u9fff" for ch in t.get_text())]


def test_the_cjk_font_is_found():
    name, path = charts.cjk_font()
    assert name == "WenQuanYi Micro Hei"
    assert path.endswith("wqy-microhei.ttc")


def test_charts_use_the_cjk_font_without_missing_glyphs(g, tmp_path):
    from matplotlib import font_manager, rc_context

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        paths = charts.write_charts(g, tmp_path)
        figs = charts.figures(g)
    glyph = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert glyph == []
    assert sorted(paths) == ["breadth_depth", "coverage", "lead_support", "workload"]
    with rc_context(charts._rc()):
        for name, fig in figs.items():
            texts = _chinese_texts(fig)
            assert texts, name
            used = {str.__str__(font_manager.findfont(t.get_fontproperties(), fallback_to_default=False)) for t in texts}
            assert used == {charts.cjk_font()[1]}, name
    for png, svg in paths.values():
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        text = svg.read_text(encoding="utf-8")
        assert "<svg" in text and "<text" not in text  # glyphs are paths: the SVG needs no font


def test_without_the_cjk_font_matplotlib_would_warn():
    """The control for the test above: the warning we check for does exist."""
    from matplotlib import rc_context

    with rc_context({"font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"]}):
        fig = charts._figure(3, 2)
        fig.add_subplot().set_title("牵头单位")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig.canvas.draw()
    assert any("missing from font" in str(w.message) for w in caught)


def test_workload_chart_ranks_agencies_and_marks_overload(figs, g, monkeypatch):
    fig = figs["workload"]
    ax = fig.axes[0]
    bars = sorted(ax.patches, key=lambda p: -p.get_y())  # top bar first
    labels = [t.get_text() for t in ax.get_yticklabels()][::-1]
    assert labels[0] == "渝水区发展和改革委员会" and bars[0].get_width() == 3.5
    red = {labels[i] for i, b in enumerate(bars) if b.get_facecolor()[:3] == pytest.approx((214 / 255, 39 / 255, 40 / 255))}
    # 发改委 leads 3 of p1's 5 tasks: a plan that short flags no one alone (MIN_PLAN_TASKS)
    assert red == set()
    # an agency the analysis flags is drawn red, the others not
    from respgraph.analysis import workload

    monkeypatch.setattr(workload, "MIN_PLAN_TASKS", 0)  # the rules alone: 发改委 in p1; p2's co-leads lead one task each
    ax = charts.workload_chart(g).axes[0]
    bars = sorted(ax.patches, key=lambda p: -p.get_y())
    labels = [t.get_text() for t in ax.get_yticklabels()][::-1]
    red = {labels[i] for i, b in enumerate(bars) if b.get_facecolor()[:3] == pytest.approx((214 / 255, 39 / 255, 40 / 255))}
    assert red == {"渝水区发展和改革委员会"}


def test_lead_support_and_coverage_charts(figs):
    ax = figs["lead_support"].axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    i = labels.index("渝水区水利局")
    widths = [p.get_width() for p in ax.patches]
    n = len(labels)
    assert widths[i] == 0 and widths[n + i] == 2  # leads nothing, supports two tasks
    cov = figs["coverage"].axes[0]
    assert cov.images[0].get_array().tolist() == [[2, 2, 1], [0, 0, 1]]


def test_coverage_folds_plans_beyond_the_cap_into_one_row(g, monkeypatch):
    """With more plans than rows, the largest keep their row and the rest are summed: no task lost."""
    monkeypatch.setattr(charts, "COVERAGE_MAX_PLANS", 1)
    fig = charts.coverage_chart(g, charts.plan_titles(g))
    ax = fig.axes[0]
    assert ax.images[0].get_array().tolist() == [[2, 2, 2]]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["其余 2 个规划 (others)"]


def test_folded_coverage_row_keeps_off_the_plans_colour_scale(monkeypatch):
    """The row that sums the plans beyond the cap is off the colour scale, which is the shown
    plans' own (was: scaled to the folded row, 2,471 tasks of 725 plans at 757 plans against the
    largest plan's 71, every plan's cell pale: nothing for a meeting to see)."""
    import pandas as pd

    from respgraph.analysis import overlap

    rows = [("big", 60, 10, 70), ("mid", 0, 40, 40)] + [(f"small{i:02d}", 10, 10, 20) for i in range(30)]
    cov = pd.DataFrame(rows, columns=["plan_id", "air", "water", "tasks"]).assign(inferred=0)
    monkeypatch.setattr(overlap, "campaign_coverage", lambda graph: cov)
    monkeypatch.setattr(charts, "COVERAGE_MAX_PLANS", 3)
    ax = charts.coverage_chart(None, {}).axes[0]
    assert ax.images[0].get_array().tolist() == [[60, 10], [0, 40], [300, 300]]  # the 2 largest, then 30 summed
    assert (ax.images[0].norm.vmin, ax.images[0].norm.vmax) == (0, 60)
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "其余 30 个规划 (others)"
    assert "300" in [t.get_text() for t in ax.texts]  # its numbers are written in
    # near miss: nothing folded, the scale is every row's
    monkeypatch.setattr(charts, "COVERAGE_MAX_PLANS", 40)
    assert charts.coverage_chart(None, {}).axes[0].images[0].norm.vmax == 60
