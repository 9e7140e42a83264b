"""Cross-plan overlap: similarity mechanics on hand-built graphs, then the seed plans."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from typer.testing import CliRunner

from _analysis import sample_graph
from conftest import ROOT
from respgraph.analysis import overlap as ov
from respgraph.analysis.similarity import TaskIndex, clean_task_text, top_k_pairs

TOPICS = Path(__file__).parent / "fixtures" / "topics"


@pytest.fixture()
def g():
    return sample_graph()


def test_clean_text_drops_clauses_and_digits():
    assert clean_task_text("2022年6月底前完成排查（责任单位：区城管局、区住建局）") == "年 月底前完成排查"
    assert clean_task_text("推进污水治理〔牵头单位：区环保局；责任单位：区住建局〕") == "推进污水治理"
    assert clean_task_text("推进污水治理。责任单位:区住建局(住建)等按职责分工负责") == "推进污水治理"


def test_clean_text_keeps_the_measures_after_a_field_items_units():
    # a 督察整改 item written as fields: the units come first, the work after them
    text = ("城区餐饮油烟扰民投诉多发。责任单位：市生态环境局（牵头），市城市管理局、市市场监管局"
            "整改时限：立行立改，长期坚持整改目标：餐饮油烟扰民问题得到有效解决。"
            "整改措施：督促餐饮服务单位安装油烟净化设施并定期清洗维护。")
    words = clean_task_text(text)
    assert "油烟净化设施" in words and "有效解决" in words
    # the units, the deadline and the field names are no work
    assert not any(w in words for w in ("市场监管局", "立行立改", "整改措施", "整改目标", "整改时限"))
    # a field naming no work after the units (时限, 责任人) goes with the clause, as before
    assert clean_task_text("清理沿河垃圾。牵头单位：县城市管理局责任人：局长 李某某完成时限：2018年3月") == "清理沿河垃圾"


RECTIFY_FIELDS = """安庆市贯彻落实中央生态环境保护督察报告整改方案

二、整改任务
　　1.城区餐饮油烟扰民投诉多发。
　　责任单位：市生态环境局（牵头），市城市管理局、市市场监管局
　　整改时限：立行立改，长期坚持
　　整改目标：餐饮油烟扰民问题得到有效解决。
　　整改措施：督促餐饮服务单位安装油烟净化设施并定期清洗维护，对群众投诉集中的餐饮单位开展专项整治。
　　2.部分企业排污许可证后管理不到位。
　　责任单位：市生态环境局
　　整改时限：2022年底前
　　整改目标：排污许可证后监管实现全覆盖。
　　整改措施：开展排污许可证执行情况检查，督促企业落实自行监测和执行报告制度。
"""

AIR_PLAN = """安庆市2021年大气污染防治实施方案

二、重点任务
　　1.规范餐饮油烟治理。城市建成区产生油烟的餐饮服务单位全部安装高效油烟净化设施并保持正常使用，推进大中型餐饮单位安装油烟在线监控。（牵头单位：市城管局；配合单位：市市场监管局）
　　2.加强柴油货车污染治理。开展柴油货车路检路查和入户抽检，严厉打击超标排放行为。（牵头单位：市生态环境局；配合单位：市公安局、市交通运输局）
"""


def test_a_rectification_item_titled_by_its_problem_meets_the_plan_asking_its_measures(tmp_path):
    # The 整改方案 titles the item by the problem (城区餐饮油烟扰民投诉多发) and writes the measures
    # after 责任单位 and 整改时限: they were cut with the units, and the pair with the 实施方案's
    # 规范餐饮油烟治理 (led by 城管, here by 生态环境: a disagreement) was missed.
    import respgraph

    (tmp_path / "anqing-2022-rectify.txt").write_text(RECTIFY_FIELDS, encoding="utf-8")
    (tmp_path / "anqing-2021-air.txt").write_text(AIR_PLAN, encoding="utf-8")
    b = respgraph.build(tmp_path, out=tmp_path / "out")
    pairs = _title_pairs(ov.similar_tasks(b.graph))
    assert frozenset(("城区餐饮油烟扰民投诉多发", "规范餐饮油烟治理")) in pairs
    # near misses: the other item and the other task share the field frame and 排放/监测, not the work
    assert frozenset(("部分企业排污许可证后管理不到位", "加强柴油货车污染治理")) not in pairs
    assert frozenset(("部分企业排污许可证后管理不到位", "规范餐饮油烟治理")) not in pairs
    d = ov.lead_disagreements(b.graph)
    assert _title_pairs(d) == {frozenset(("城区餐饮油烟扰民投诉多发", "规范餐饮油烟治理"))}


def test_each_pair_carries_what_a_reader_checks_it_by(tmp_path):
    # `overlap --format csv` (the pairs, not only the disagreements): each side's number as the
    # plan writes it, its file, its lead as written and the lead clause, whose file span is the clause
    import csv
    import io

    from respgraph.cli import app

    (tmp_path / "anqing-2022-rectify.txt").write_text(RECTIFY_FIELDS, encoding="utf-8")
    (tmp_path / "anqing-2021-air.txt").write_text(AIR_PLAN, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")]).exit_code == 0
    for extra in ([], ["--disagreements"]):
        r = runner.invoke(app, ["overlap", str(tmp_path / "out"), *extra, "--format", "csv"])
        assert r.exit_code == 0, r.output
        rows = {frozenset((x["title_a"], x["title_b"])): x for x in csv.DictReader(io.StringIO(r.stdout))}
        row = rows[frozenset(("城区餐饮油烟扰民投诉多发", "规范餐饮油烟治理"))]
        sides = {row[f"title_{s}"]: s for s in "ab"}
        air, fix = sides["规范餐饮油烟治理"], sides["城区餐饮油烟扰民投诉多发"]
        assert (row[f"number_{air}"], row[f"lead_mentions_{air}"], row[f"leads_{air}"]) == ("1", "市城管局", "安庆市城市管理局")
        assert (row[f"number_{fix}"], row[f"lead_mentions_{fix}"]) == ("1", "市生态环境局")
        for s in "ab":
            text = Path(tmp_path, Path(row[f"file_{s}"]).name).read_text(encoding="utf-8")
            start, end = int(row[f"clause_file_start_{s}"]), int(row[f"clause_file_end_{s}"])
            assert text[start:end] == row[f"clause_{s}"]
        assert row[f"clause_{air}"] == "（牵头单位：市城管局；配合单位：市市场监管局）"


WATER_CITY = """安庆市2022年水污染防治工作实施方案

二、工作任务
　　1.巩固城市黑臭水体治理成效。对已完成整治的城市黑臭水体开展“回头看”，建立长效管护机制，防止返黑返臭。责任单位：市住房城乡建设局、各县（市、区）人民政府
　　2.推进农村生活污水治理。完成30个行政村生活污水治理任务，开展已建农村污水处理设施运行情况排查。责任单位：市生态环境局、市农业农村局
"""

WATER_POINTS = """安庆市生态环境保护委员会2023年工作要点

二、深入打好碧水保卫战
　　4.持续推进城市黑臭水体整治。开展城市黑臭水体排查，落实控源截污、内源治理等措施，确保已整治水体长治久清。牵头单位：市城管局
　　5.开展农村黑臭水体排查整治。对全市农村黑臭水体开展排查，建立清单，优先整治群众反映强烈的水体。牵头单位：市生态环境局
　　6.推进农村生活垃圾治理。健全农村生活垃圾收运处置体系，开展农村生活垃圾分类试点。牵头单位：市城管局
"""


def test_the_list_of_pairs_leaves_out_similar_titles_of_different_work(tmp_path):
    # `overlap` (the pairs) makes the check --disagreements makes: 城市 and 农村黑臭水体, 农村生活污水
    # and 农村生活垃圾 share their words, not their work; the city's black-odorous water, asked of
    # 住建 and of 城管, is one work and stays, and --no-term-check lists every similar text
    import csv
    import io

    from respgraph.cli import app

    (tmp_path / "anqing-2022-water.txt").write_text(WATER_CITY, encoding="utf-8")
    (tmp_path / "anqing-2023-points.txt").write_text(WATER_POINTS, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")]).exit_code == 0

    def pairs(*extra):
        r = runner.invoke(app, ["overlap", str(tmp_path / "out"), "--format", "csv", "--threshold", "0.1", *extra])
        assert r.exit_code == 0, r.output
        return {frozenset((x["title_a"], x["title_b"])) for x in csv.DictReader(io.StringIO(r.stdout))}

    same = frozenset(("巩固城市黑臭水体治理成效", "持续推进城市黑臭水体整治"))
    near = {frozenset(("巩固城市黑臭水体治理成效", "开展农村黑臭水体排查整治")),
            frozenset(("推进农村生活污水治理", "推进农村生活垃圾治理"))}
    assert same in pairs() and not near & pairs()
    assert same in pairs("--no-term-check") and near <= pairs("--no-term-check")


def test_a_pair_says_whether_one_body_leads_both_sides_beside_one_kind_of_body(tmp_path):
    # 安庆海事局 and 市交通运输局 both do 交通运输 work (same_function), but they are two bodies: the
    # city's two plans give the ship-waste work to different leads (same_lead False); the
    # 危险废物 work both give 市生态环境局 is one body twice
    import respgraph

    (tmp_path / "anqing-2022-water.txt").write_text(
        "安庆市2022年水污染防治工作实施方案\n\n二、工作任务\n"
        "　　1.加强船舶港口污染防治。落实船舶污染物接收、转运、处置联合监管制度，港口船舶污染物接收设施有效运行。"
        "责任单位：市交通运输局、安庆海事局、市生态环境局\n"
        "　　2.加强危险废物规范化环境管理。开展危险废物规范化环境管理评估，严厉打击非法转移、倾倒危险废物违法行为。"
        "（市生态环境局牵头，市公安局配合）\n", encoding="utf-8")
    (tmp_path / "anqing-2024-points.txt").write_text(
        "安庆市生态环境保护委员会2024年工作要点\n\n一、重点任务\n"
        "　　（一）完善船舶污染物接收转运处置联合监管。落实船舶污染物接收转运处置联单制度，实现全过程闭环管理。"
        "（牵头单位：安庆海事局；配合单位：市交通运输局、市生态环境局）\n"
        "　　（二）提升危险废物监管能力。开展危险废物规范化环境管理评估，严厉打击危险废物非法转移倾倒。"
        "（牵头单位：市生态环境局；配合单位：市公安局）\n", encoding="utf-8")
    p = respgraph.build(tmp_path, out=tmp_path / "out").overlap()
    rows = {frozenset((a, b)): (f, l) for a, b, f, l in zip(p["title_a"], p["title_b"], p["same_function"], p["same_lead"])}
    assert rows[frozenset(("加强船舶港口污染防治", "完善船舶污染物接收转运处置联合监管"))] == (True, False)
    assert rows[frozenset(("加强危险废物规范化环境管理", "提升危险废物监管能力"))] == (True, True)


def test_the_meeting_packs_overlaps_leave_out_similar_titles_of_different_work(tmp_path):
    # the report's table of overlaps makes the check `respgraph overlap` makes
    import respgraph
    from respgraph.viz.report import _overlaps

    (tmp_path / "anqing-2022-water.txt").write_text(WATER_CITY, encoding="utf-8")
    (tmp_path / "anqing-2023-points.txt").write_text(WATER_POINTS, encoding="utf-8")
    (tmp_path / "anqing-2022-rectify.txt").write_text(RECTIFY_FIELDS, encoding="utf-8")
    (tmp_path / "anqing-2021-air.txt").write_text(AIR_PLAN, encoding="utf-8")
    graph = respgraph.build(tmp_path, out=tmp_path / "out").graph
    near = frozenset(("推进农村生活污水治理", "推进农村生活垃圾治理"))
    assert near in _title_pairs(ov.similar_tasks(graph))  # similar words …
    listed = _title_pairs(_overlaps(graph, {}, {})[0])
    assert near not in listed  # … different work
    assert frozenset(("城区餐饮油烟扰民投诉多发", "规范餐饮油烟治理")) in listed


def test_blocked_top_k_equals_dense_answer():
    rng = np.random.default_rng(0)
    x = sparse.random(60, 40, density=0.2, random_state=1, format="csr", dtype=np.float64)
    x = sparse.csr_matrix(x.multiply(1 / np.sqrt(x.multiply(x).sum(axis=1) + 1e-12)))
    groups = rng.integers(0, 4, 60)
    i, j, s = top_k_pairs(x, top_k=3, threshold=0.05, groups=groups, block_rows=7)
    dense = (x @ x.T).toarray()
    np.fill_diagonal(dense, -1)
    dense[groups[:, None] == groups[None, :]] = -1
    expect = set()
    for r in range(60):
        for c in np.argsort(-dense[r], kind="stable")[:3]:
            if dense[r, c] >= 0.05:
                expect.add((min(r, c), max(r, c)))
    assert set(zip(i.tolist(), j.tolist())) == expect
    assert (i < j).all() and (groups[i] != groups[j]).all()
    assert np.allclose(s, dense[i, j], atol=1e-6)
    # Same answer whatever the block size.
    i2, j2, _ = top_k_pairs(x, top_k=3, threshold=0.05, groups=groups, block_rows=60)
    assert set(zip(i2.tolist(), j2.tolist())) == expect


def test_exact_search_scores_copied_rows_once_with_their_own_row_and_group_left_out():
    # The exact path multiplies each distinct row once (a place's task copied into its other
    # plans); every copy must still skip itself and its own plan, in any block.
    base = sparse.random(25, 40, density=0.2, random_state=4, format="csr", dtype=np.float64)
    base = sparse.csr_matrix(base.multiply(1 / np.sqrt(base.multiply(base).sum(axis=1) + 1e-12)))
    x = sparse.vstack([base, base[:12], base[3:9]]).tocsr()  # rows 25-36 copy 0-11, 37-42 copy 3-8
    groups = np.random.default_rng(5).integers(0, 5, x.shape[0])
    dense = (x @ x.T).toarray()
    np.fill_diagonal(dense, -1)
    dense[groups[:, None] == groups[None, :]] = -1
    expect = {r: sorted((round(v, 5) for v in dense[r] if v >= 0.05), reverse=True)[:3] for r in range(x.shape[0])}
    for block in (4, 7, x.shape[0]):
        i, j, s = top_k_pairs(x, top_k=3, threshold=0.05, groups=groups, symmetric=False, exact=True, block_rows=block)
        assert (i != j).all() and (groups[i] != groups[j]).all()
        assert np.allclose(s, dense[i, j], atol=1e-6)
        got = _row_scores(i, j, s)
        assert {r: got.get(r, []) for r in expect} == expect
    # row 25 (a copy of row 0) finds row 0 at cosine 1 when their plans differ
    assert groups[25] != groups[0]
    i, j, s = top_k_pairs(x, top_k=1, groups=groups, symmetric=False, exact=True, block_rows=4)
    assert s[i == 25][0] == pytest.approx(1.0) and dense[25, j[i == 25][0]] == pytest.approx(1.0)


def _row_scores(i, j, s):
    """Per row, its scores best first (ties make the chosen partners arbitrary, not the scores)."""
    out = {}
    for a, v in sorted(zip(i.tolist(), s.tolist()), key=lambda t: (t[0], -t[1])):
        out.setdefault(a, []).append(round(v, 5))
    return out


def test_candidate_search_scores_each_distinct_row_once_and_matches_exact():
    # 30 distinct rows, then 15 copies of some of them (a boilerplate task copied into other plans).
    base = sparse.random(30, 40, density=0.2, random_state=2, format="csr", dtype=np.float64)
    base = sparse.csr_matrix(base.multiply(1 / np.sqrt(base.multiply(base).sum(axis=1) + 1e-12)))
    x = sparse.vstack([base, base[:10], base[:5]]).tocsr()
    groups = np.random.default_rng(3).integers(0, 6, x.shape[0])
    dense = (x @ x.T).toarray()
    for sym in (False, True):
        e = top_k_pairs(x, top_k=3, threshold=0.05, groups=groups, symmetric=sym, exact=True)
        a = top_k_pairs(x, top_k=3, threshold=0.05, groups=groups, symmetric=sym, exact=False)
        assert np.allclose(a[2], dense[a[0], a[1]], atol=1e-6)  # true cosines
        assert (groups[a[0]] != groups[a[1]]).all() and (a[0] != a[1]).all()
        if not sym:
            assert _row_scores(*a) == _row_scores(*e)
    # A copy's best partner is its original in another plan, at cosine 1.
    i, j, s = top_k_pairs(x, top_k=1, groups=np.arange(x.shape[0]), symmetric=False, exact=False)
    assert dict(zip(i.tolist(), j.tolist()))[30] == 0 and s[i == 30][0] == pytest.approx(1.0)


def test_index_query_for_suggest_lead():
    idx = TaskIndex.fit(["持续抓好城区黑臭水体治理", "加强扬尘污染精细管控", "推进垃圾分类"])
    q, r, s = idx.query(["城市黑臭水体整治"], top_k=1)
    assert (q.tolist(), r.tolist()) == ([0], [0]) and 0 < s[0] < 1


def test_similar_pairs_only_across_plans(g):
    df = ov.similar_tasks(g, threshold=0.2)
    assert (df["plan_a"] != df["plan_b"]).all()
    top = df.iloc[0]
    assert (top.task_a, top.task_b) == ("P:001", "Q:001")  # the two 黑臭水体 tasks
    assert 0.2 <= top.score <= 1
    assert (df["node_a"] < df["node_b"]).all()


def test_similarity_edges_lower_id_first(g):
    n = ov.add_similarity_edges(g, threshold=0.2)
    edges = [(u, v, d["score"]) for u, v, k, d in g.edges(keys=True, data=True) if k == "SIMILAR_TO"]
    assert n == len(edges) >= 1
    assert all(u < v and g.nodes[u]["type"] == "Task" for u, v, _ in edges)
    assert ("task:P:001", "task:Q:001") in {(u, v) for u, v, _ in edges}
    assert ov.add_similarity_edges(g, threshold=0.2) == n  # replaces, does not duplicate
    assert sum(1 for *_, k in g.edges(keys=True) if k == "SIMILAR_TO") == n


def test_lead_disagreement_city_management_vs_housing(g):
    d = ov.lead_disagreements(g, threshold=0.2)
    r = d[(d["task_a"] == "P:001") & (d["task_b"] == "Q:001")].iloc[0]
    assert r.functions_a == ["城市管理"] and r.functions_b == ["住房城乡建设"]
    assert r.leads_a == ["P城管局"] and not r.same_function
    # R's 黑臭水体 task has no lead: never in the comparison.
    assert not d["task_b"].str.startswith("R").any()


def test_plan_overlap_and_coverage(g):
    po = ov.plan_overlap(g, threshold=0.2).set_index(["plan_a", "plan_b"])
    pq = po.loc[("P", "Q")]
    assert pq.shared_functions == 3  # 生态环境, 住建, 城管 (财政 only in P)
    assert pq.counterpart_a == pytest.approx(1 / 8) and pq.counterpart_b == pytest.approx(1 / 3)
    assert po.loc[("P", "R"), "shared_functions"] == 0
    cov = ov.campaign_coverage(g).set_index("plan_id")
    assert cov.loc["P", ["air", "water", "soil", "tasks"]].tolist() == [2, 4, 2, 8]
    assert cov.loc["Q", "none"] == 3


def test_vertical_alignment(g):
    v = ov.vertical_alignment(g, "P", "Q", threshold=0.2)
    assert v.iloc[0][["lower_task", "upper_task"]].tolist() == ["Q:001", "P:001"]
    assert v.iloc[0]["lower_functions"] == ["住房城乡建设"] and v.iloc[0]["upper_functions"] == ["城市管理"]
    f = ov.vertical_functions(g, "P", "Q").set_index("function")
    assert f.loc["财政", "present"] == "upper only" and f.loc["生态环境", "present"] == "both"
    with pytest.raises(ValueError):
        ov.vertical_alignment(g, "P", "nope")


# --------------------------------------------------------------------------- the seed plans

@pytest.fixture(scope="module")
def seed_graph(request):
    try:
        out = request.getfixturevalue("seed_build")
    except pytest.FixtureLookupError:
        pytest.skip("seed_build fixture not available yet")
    from respgraph.api import load

    return out, load(out).graph


def _plan_id(graph, prefix):
    ids = sorted({d["plan_id"] for _, d in graph.nodes(data=True) if d.get("type") == "Plan"})
    (hit,) = [p for p in ids if p.startswith(prefix)]
    return hit


def test_seed_black_odorous_water_tasks_matched_and_led_differently(seed_graph):
    _, graph = seed_graph
    d = ov.lead_disagreements(graph)
    both = d[d["title_a"].str.contains("黑臭水体") & d["title_b"].str.contains("黑臭水体")]
    plans = set(both["plan_a"]) | set(both["plan_b"])
    assert {_plan_id(graph, "yushui"), _plan_id(graph, "changjiang")} <= plans
    # 渝水 gives its urban 黑臭水体 task to 城管; the other plans to 住建/生态环境.
    assert both.apply(lambda r: set(r.functions_a) != set(r.functions_b), axis=1).all()
    assert any("城市管理" in "".join(r.functions_a + r.functions_b) for r in both.itertuples())


def test_seed_yichun_contributes_pairs(seed_graph):
    _, graph = seed_graph
    yc = _plan_id(graph, "yichun")
    s = ov.similar_tasks(graph)
    assert ((s["plan_a"] == yc) | (s["plan_b"] == yc)).sum() >= 10
    assert (s["score"] >= ov.SIMILARITY_THRESHOLD).all()


def test_seed_vertical_city_vs_district(seed_graph):
    out, graph = seed_graph
    city, district = _plan_id(graph, "jingdezhen"), _plan_id(graph, "changjiang")
    v = ov.vertical_alignment(graph, city, district)
    sewage = v[v["lower_title"].str.contains("生活污水")]
    assert len(sewage) == 1 and "住房和城乡建设" in sewage.iloc[0]["upper_functions"]
    f = ov.vertical_functions(graph, city, district).set_index("function")
    assert f.loc["生态环境", "present"] == "both"
    from respgraph.cli import app

    res = CliRunner().invoke(app, ["overlap", str(out), "--vertical", city, district, "--format", "json"])
    assert res.exit_code == 0, res.output
    body = json.loads(res.output)
    assert len(body["matches"]) == len(v) and len(body["functions"]) == len(f)
    res = CliRunner().invoke(app, ["overlap", str(out), "--disagreements", "--format", "csv"])
    assert res.exit_code == 0 and "黑臭水体" in res.output
    res = CliRunner().invoke(app, ["overlap", str(out), "--coverage"])
    assert res.exit_code == 0 and "water" in res.output


def test_seed_candidate_search_keeps_the_exact_pairs(seed_graph, monkeypatch):
    """The pruned candidate search (used above EXACT_MAX_CELLS, ~10,000 tasks) forced on the
    seed plans: it finds nearly all exact top-k pairs, with their true cosines."""
    from respgraph.analysis import similarity as sim

    _, graph = seed_graph
    t = ov._task_frame(graph)
    x = TaskIndex.fit(t["doc"].tolist()).matrix
    groups = t["plan_id"].astype(str).to_numpy()
    ei, ej, es = top_k_pairs(x, top_k=5, threshold=ov.SIMILARITY_THRESHOLD, groups=groups, exact=True)
    monkeypatch.setattr(sim, "EXACT_MAX_CELLS", 0)  # prune the distinct rows too
    ai, aj, as_ = top_k_pairs(x, top_k=5, threshold=ov.SIMILARITY_THRESHOLD, groups=groups, exact=False)
    exact, approx = set(zip(ei.tolist(), ej.tolist())), set(zip(ai.tolist(), aj.tolist()))
    assert len(exact & approx) >= 0.95 * len(exact)  # 115 of 115 when measured
    assert np.allclose(as_, (x[ai].multiply(x[aj])).sum(axis=1).A1, atol=1e-5)
    # The seed facts hold on the approximate path as well.
    d = ov.lead_disagreements(graph)
    both = d[d["title_a"].str.contains("黑臭水体") & d["title_b"].str.contains("黑臭水体")]
    assert {_plan_id(graph, "yushui"), _plan_id(graph, "changjiang")} <= set(both["plan_a"]) | set(both["plan_b"])


def test_vertical_notes_a_district_plan_given_as_upper(tmp_path):
    # 抚州市临川区 in the district plan's issuer puts 临川区 within 抚州市: the district's plan given
    # as UPPER gets a note with the order the other way; the right order and a pair the build
    # cannot place (南城县, no parent known) get none
    from respgraph.cli import app

    body = "\n\n一、重点任务\n\n（一）加强施工扬尘管控。（牵头单位：{p}住建局；责任单位：{p}城管局）\n\n"
    files = {
        "city.txt": "抚州市2022年大气污染防治工作方案" + body.format(p="市") + "抚州市人民政府办公室\n2022年3月15日\n",
        "district.txt": "临川区2022年大气污染防治工作方案" + body.format(p="区") + "抚州市临川区人民政府办公室\n2022年4月2日\n",
        "county.txt": "南城县2022年大气污染防治工作方案" + body.format(p="县") + "南城县人民政府办公室\n2022年5月6日\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", *(str(tmp_path / n) for n in files), "--out", str(out)]).exit_code == 0
    assert ov.place_chain(__import__("respgraph").load(out).graph, "district") == ["临川区", "抚州市", "江西省"]
    wrong = runner.invoke(app, ["overlap", str(out), "--vertical", "district", "city", "--format", "json"])
    assert wrong.exit_code == 0
    assert "district (临川区) lies within city (抚州市)" in wrong.stderr and "--vertical city district" in wrong.stderr
    for pair in (("city", "district"), ("city", "county")):
        right = runner.invoke(app, ["overlap", str(out), "--vertical", *pair, "--format", "json"])
        assert right.exit_code == 0 and "note:" not in right.stderr
        assert json.loads(right.stdout)["matches"][0]["same_function"] is True


def test_coverage_without_campaign_headings_takes_the_plan_title(topics_build):
    # Five plans without any 攻坚战 heading (大气污染防治工作方案/要点, 农村人居环境整治提升实施方案,
    # 河长制工作方案): every task used to count under "none"; now the plan title types them, and
    # ``inferred`` says so
    import respgraph
    from respgraph.cli import app

    cov = respgraph.load(topics_build).coverage().set_index("plan_id")
    assert cov.loc["fuzhou-2022-air", ["air", "inferred", "tasks"]].tolist() == [6, 6, 6]
    assert cov.loc["jiangxi-2022-air-dept", "air"] == 4
    assert cov.loc["linchuan-2023-rural", ["rural", "inferred", "tasks"]].tolist() == [4, 4, 4]
    assert cov.loc["nancheng-2023-river", ["water", "tasks"]].tolist() == [3, 3]  # 河长制 is water work
    assert "none" not in cov.columns
    res = CliRunner().invoke(app, ["overlap", str(topics_build), "--coverage", "--format", "csv"])
    assert res.exit_code == 0 and res.output.splitlines()[0] == "plan_id,air,water,rural,inferred,tasks"
    assert "linchuan-2023-rural,0,0,4,4,4" in res.output
    # plans sharing a topic by title share a campaign type in --plans
    po = ov.plan_overlap(respgraph.load(topics_build).graph).set_index(["plan_a", "plan_b"])
    assert po.loc[("fuzhou-2022-air", "linchuan-2022-air"), "shared_campaign_types"] == ["air"]


def test_coverage_takes_a_section_heading_before_the_plan_title(tmp_path):
    # a 生态环境保护工作要点 (its title names no topic): 持续改善农村人居环境 makes its tasks rural,
    # 强化生态环境执法 governance; 其他工作 names nothing and stays "none"
    import respgraph
    from respgraph.cli import app

    plan = tmp_path / "xx-2023-eco-points.txt"
    plan.write_text("XX县2023年生态环境保护工作要点\n\n一、持续改善农村人居环境\n\n"
                    "（一）推进农村厕所革命。推进农村户厕改造。（牵头单位：县农业农村局；责任单位：县卫健委）\n\n"
                    "（二）加强村庄清洁。开展村庄清洁行动。（牵头单位：县农业农村局）\n\n二、强化生态环境执法\n\n"
                    "（一）开展执法检查。加强重点企业执法检查。（牵头单位：县生态环境局）\n\n三、其他工作\n\n"
                    "（一）完成上级交办事项。（牵头单位：县生态环境局）\n\nXX县人民政府办公室\n2023年3月1日\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(plan), "--out", str(out)]).exit_code == 0
    row = respgraph.load(out).coverage().set_index("plan_id").loc["xx-2023-eco-points"]
    assert row[["rural", "governance", "none", "inferred", "tasks"]].tolist() == [2, 1, 1, 3, 4]
    res = runner.invoke(app, ["overlap", str(out), "--coverage", "--format", "json"])
    assert json.loads(res.stdout)[0]["rural"] == 2


def test_disagreements_carry_the_english_gloss(g, tmp_path):
    # the same 扬尘 task led by 城管 in one county and by 住建 in another: both glosses shown
    from respgraph.cli import app

    d = ov.lead_disagreements(g, threshold=0.2)
    r = d[(d["task_a"] == "P:001") & (d["task_b"] == "Q:001")].iloc[0]
    assert (r.gloss_a, r.gloss_b) == ("urban management", "housing and urban-rural construction")  # the sample's glosses
    task = "（一）加强施工扬尘污染管控。严格落实施工工地“六个百分百”要求，建立扬尘污染防治清单。（牵头单位：{}；责任单位：县交通运输局）\n"
    for name, lead in (("aa-2023-air.txt", "县城管局"), ("bb-2023-air.txt", "县住建局")):
        (tmp_path / name).write_text(f"{name[:2].upper()}县2023年大气污染防治工作方案\n\n一、重点任务\n\n" + task.format(lead),
                                     encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(tmp_path / "aa-2023-air.txt"), str(tmp_path / "bb-2023-air.txt"),
                               "--out", str(out)]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["overlap", str(out), "--disagreements", "--format", "json"]).stdout)
    assert [(x["gloss_a"], x["gloss_b"]) for x in rows] == [("urban management and law enforcement",
                                                             "housing and urban-rural development")]
    table = runner.invoke(app, ["overlap", str(out), "--disagreements"], env={"COLUMNS": "250"})
    assert "function a" in table.output and "urban management and law enforcement" in table.output
    assert "housing and urban-rural development" in table.output


RURAL_COUNTY = ("南城县2022年农村人居环境整治实施方案\n\n一、重点任务\n\n"
                "（一）推进农村生活垃圾治理。健全农村生活垃圾收运体系。（牵头单位：县城管局；责任单位：县农业农村局、县财政局）\n\n"
                "（二）推进农村厕所革命。推进农村户厕改造。（牵头单位：县农业农村局；责任单位：县卫健委）\n\n"
                "（三）加强农村生活污水治理。推进乡镇污水处理设施建设。（牵头单位：县生态环境局；责任单位：县住建局）\n\n"
                "南城县人民政府办公室\n2022年5月6日\n")
RURAL_CITY = ("抚州市2023年农村人居环境整治提升重点任务清单\n\n一、重点任务\n\n"
              "（一）农村生活垃圾治理。完善农村生活垃圾收运处置体系。（牵头单位：市农业农村局；责任单位：市城管局）\n\n"
              "抚州市人民政府办公室\n2023年2月1日\n")


def test_disagreements_leave_out_similar_titles_of_different_work(tmp_path):
    # 加强农村生活污水治理 (生态环境) and 推进农村生活垃圾治理 (城管) share the frame 农村生活…治理 and
    # score above the threshold, but sewage and refuse are different work: no disagreement.
    # 农村生活垃圾治理 led by 农业农村 in the city and by 城管 in the counties is one, and stays.
    import shutil

    import respgraph
    from respgraph.cli import app

    shutil.copy(TOPICS / "linchuan-2023-rural.txt", tmp_path)
    (tmp_path / "nancheng-2022-rural.txt").write_text(RURAL_COUNTY, encoding="utf-8")
    (tmp_path / "fuzhou-2023-rural-tasks.txt").write_text(RURAL_CITY, encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", *map(str, sorted(tmp_path.glob("*.txt"))), "--out", str(out)]).exit_code == 0
    loose = respgraph.load(out).disagreements(term_check=False)
    assert any({"加强农村生活污水治理", "推进农村生活垃圾治理"} == {a, b} for a, b in zip(loose["title_a"], loose["title_b"]))
    assert loose["score"].max() > 0.3
    d = respgraph.load(out).disagreements()
    titles = set(d["title_a"]) | set(d["title_b"])
    assert not any("污水" in t for t in titles)
    assert len(d) and all("垃圾" in a and "垃圾" in b for a, b in zip(d["title_a"], d["title_b"]))
    assert {"城市管理和综合执法", "农业农村"} == {f for fs in d["functions_a"].tolist() + d["functions_b"].tolist() for f in fs}
    strict = json.loads(runner.invoke(app, ["overlap", str(out), "--disagreements", "--format", "json"]).stdout)
    assert len(strict) == len(d)
    both = json.loads(runner.invoke(app, ["overlap", str(out), "--disagreements", "--no-term-check", "--format", "json"]).stdout)
    assert len(both) == len(loose) > len(d)
    assert ov.different_work("加强农村生活污水治理", "推进农村生活垃圾治理")
    assert not ov.different_work("强化施工扬尘管控", "加强施工扬尘污染管控")
    assert not ov.different_work("开展河湖“清四乱”专项行动", "开展河湖“清四乱”常态化整治")
    assert not ov.different_work("制定实施全市碳排放达峰行动方案", "大力推进碳达峰碳中和行动")  # one usual lead
    assert not ov.different_work("全面落实河长制组织体系", "完善河长制工作机制")  # no lexicon word: no verdict


PROBE = Path(__file__).parent / "fixtures" / "overlap"


@pytest.fixture(scope="module")
def probe_graph(tmp_path_factory):
    import respgraph

    return respgraph.build(PROBE, out=tmp_path_factory.mktemp("probe") / "out").graph


def _title_pairs(frame):
    return {frozenset((a, b)) for a, b in zip(frame["title_a"], frame["title_b"])}


def test_task_text_compared_without_the_agencies_its_sentence_names(probe_graph):
    # 东乡区 writes its leads in the sentence (由区生态环境局负责，区城管局、区水利局配合。): the names
    # and the role words go, as the bracketed （牵头单位：…） do, so the same bureaus named in one
    # district's tasks make them no more alike and the same work of another place no less.
    t = ov._task_frame(probe_graph).set_index("task_id")
    doc = t.loc["dx-2024-gongjianzhan:003", "doc"]
    assert "黑臭水体" in doc and "城管" not in doc and "生态环境局" not in doc and "负责" not in doc
    assert "牵头" not in t.loc["dx-2024-laojiuxiaoqu:001", "doc"]
    # a clause that carries the work keeps it: only the names go
    assert ov._without_names(probe_graph, "task:dx-2024-gongjianzhan:003",
                             "由区生态环境局负责黑臭水体巡查") == "由 负责黑臭水体巡查"


def test_disagreements_find_the_same_work_in_other_words(probe_graph):
    # Planted: the same work written differently, led by different functions. Before the names
    # were taken out, 巩固城区黑臭水体整治成效 (东乡区, 生态环境) / 加强城市黑臭水体治理 (省, 住建)
    # scored 0.18 and 全面推进城镇老旧小区改造 (东乡区, 住建) / 实施城镇老旧小区改造提升 (临川区, 城管)
    # 0.198, both under the 0.20 threshold: 9 of 11 planted disagreements were found, now 11.
    d = ov.lead_disagreements(probe_graph)
    found = _title_pairs(d)
    planted = [("巩固城区黑臭水体整治成效", "加强城市黑臭水体治理"), ("全面推进城镇老旧小区改造", "实施城镇老旧小区改造提升"),
               ("推进城镇老旧小区改造", "实施城镇老旧小区改造提升"), ("加强城市黑臭水体治理", "加强城市黑臭水体治理"),
               ("开展餐饮油烟专项整治", "加强餐饮油烟污染治理"), ("推进城市老旧管网改造", "加快城市燃气、供水、排水等老旧管网更新改造"),
               ("推进农村生活污水治理", "加快农村生活污水处理设施建设"), ("推进农村生活垃圾治理", "推进农村生活垃圾治理")]
    assert {frozenset(p) for p in planted} <= found
    black = d[(d["title_a"] == "巩固城区黑臭水体整治成效") | (d["title_b"] == "巩固城区黑臭水体整治成效")]
    assert set(black["plan_a"]) | set(black["plan_b"]) == {"dx-2024-gongjianzhan", "fz-2024-chengshigengxin",
                                                          "jx-2024-chengshigengxin"}
    # near misses stay out: 老旧小区 is not 老旧管网, 污水 is not 垃圾
    for a, b in zip(d["title_a"], d["title_b"]):
        assert ("小区" in a) == ("小区" in b) and ("管网" in a) == ("管网" in b)
        assert ("污水" in a) == ("污水" in b) and ("垃圾" in a) == ("垃圾" in b)
    assert len(d) == 11


def test_disagreements_carry_the_clause_behind_each_lead(probe_graph):
    # who leads each side is checkable without respgraph: the clause and its span in the file
    d = ov.lead_disagreements(probe_graph)
    row = d[(d["title_a"] == "巩固城区黑臭水体整治成效") & (d["title_b"] == "加强城市黑臭水体治理")].iloc[0]
    assert row["clause_a"] == "由区生态环境局负责，区城管局、区水利局配合"
    assert row["clause_b"] == "〔牵头单位：市城管局；责任单位：市生态环境局、市水利局〕"
    for side, name in (("a", "dx-2024-gongjianzhan.txt"), ("b", "fz-2024-chengshigengxin.txt")):
        text = (PROBE / name).read_text(encoding="utf-8")
        assert text[row[f"clause_start_{side}"]:row[f"clause_end_{side}"]] == row[f"clause_{side}"]


LEVELS = Path(__file__).parent / "fixtures" / "overlap-levels"
#: The same work in different words led by different functions (a province, two cities, three
#: counties: tests/fixtures/overlap-levels/README.md): each must be a disagreement.
LEVEL_DISAGREEMENTS = [
    ("推进城镇老旧小区改造", "扎实开展老旧小区改造"),           # 省住建厅 / 醴陵市城管局
    ("实施城镇老旧小区改造提升行动", "扎实开展老旧小区改造"),
    ("实施老旧小区改造提升工程", "扎实开展老旧小区改造"),
    ("深入开展生活垃圾分类", "推进城乡生活垃圾分类处理"),       # one county: 县住建局 / 县城管局
    ("全面推行生活垃圾分类", "加快推进城市生活垃圾分类工作"),
    ("加快农村生活污水治理", "推进农村生活污水处理设施建设"),   # 生态环境 / 农业农村
    ("实施城市燃气管道老化更新改造", "推进燃气老旧管网更新改造"),
    ("整治餐饮油烟污染", "开展餐饮服务单位油烟专项治理"),       # 城管 / 市场监管
    ("加强柴油货车污染治理", "开展柴油货车尾气路检路查"),
    ("巩固城市黑臭水体治理成效", "开展城区黑臭水体排查整治"),
    ("加强集中式饮用水水源地保护", "开展饮用水水源保护区规范化建设"),
]
#: Same words, different work: never a disagreement (the first two score above the threshold and
#: are left out by the term check: different places, different networks).
LEVEL_NEAR_MISSES = [
    ("推进城市污水处理提质增效", "推进农村生活污水处理设施建设"),
    ("推进燃气老旧管网更新改造", "推进老旧供水管网改造"),
    ("加强安全生产执法检查", "加强安全生产宣传教育"),
    ("加强秸秆综合利用和禁烧管控", "严禁露天焚烧垃圾"),
    ("扎实推进农村厕所革命", "推进旅游厕所建设"),
    ("整治餐饮油烟污染", "加强餐饮服务食品安全监管"),
    ("加强柴油货车污染治理", "加强货车超限超载治理"),
    ("全面推行生活垃圾分类", "推进建筑垃圾资源化利用"),
]


@pytest.fixture(scope="module")
def levels_build(tmp_path_factory):
    import respgraph

    return respgraph.build(LEVELS, out=tmp_path_factory.mktemp("levels") / "out")


def test_levels_disagreements_are_the_planted_ones(levels_build):
    d = levels_build.disagreements()
    found = _title_pairs(d)
    assert {frozenset(p) for p in LEVEL_DISAGREEMENTS} <= found
    assert not found & {frozenset(p) for p in LEVEL_NEAR_MISSES}
    assert not d["same_function"].any()
    # the same work led by the same function at two levels is a vertical pair, not a disagreement
    agree = levels_build.disagreements(all_pairs=True)
    same = _title_pairs(agree[agree["same_function"]])
    assert frozenset(("推进城镇老旧小区改造", "实施老旧小区改造提升工程")) in same
    assert frozenset(("加强安全生产执法检查", "强化安全生产监管执法")) in same
    # the two near misses that score as similar are there without the term check
    loose = _title_pairs(levels_build.disagreements(term_check=False))
    assert {frozenset(p) for p in LEVEL_NEAR_MISSES[:2]} <= loose


def test_different_work_by_place_and_network():
    assert ov.different_work("推进城市污水处理提质增效", "推进农村生活污水处理设施建设")
    assert ov.different_work("开展城市黑臭水体整治", "开展农村黑臭水体治理")
    assert ov.different_work("推进燃气老旧管网更新改造", "推进老旧供水管网改造")
    assert ov.different_work("实施城市供热管网改造", "推进城市雨污分流管网建设")
    assert not ov.different_work("推进城乡生活垃圾分类处理", "加快推进城市生活垃圾分类工作")  # 城乡: both
    assert not ov.different_work("推进城市排水防涝设施建设", "加快城市内涝治理")        # one network
    assert not ov.different_work("实施城市燃气管道老化更新改造", "推进燃气老旧管网更新改造")
    assert not ov.different_work("推进城镇老旧小区改造", "实施老旧小区改造提升工程")    # no mark on one side
    assert not ov.different_work("推进城市供水排水设施建设", "推进城市排水防涝设施建设")  # share 排水


def test_levels_disagreements_say_where(levels_build):
    # one county's two plans (县住建局 / 县城管局) is the disagreement to settle; 省 against 市 or
    # 县 may split work by level; two counties are peers
    d = levels_build.disagreements()
    where = {frozenset((a, b)): r for a, b, r in zip(d["title_a"], d["title_b"], d["relation"])}
    assert where[frozenset(("深入开展生活垃圾分类", "推进城乡生活垃圾分类处理"))] == "same place"
    assert where[frozenset(("全面推行生活垃圾分类", "加快推进城市生活垃圾分类工作"))] == "vertical"
    assert where[frozenset(("扎实开展老旧小区改造", "实施城镇老旧小区改造提升行动"))] == "vertical"  # 醴陵市 in 株洲市
    assert where[frozenset(("扎实开展老旧小区改造", "实施老旧小区改造提升工程"))] == "other places"  # 醴陵市 / 攸县
    from respgraph.cli import app

    rows = json.loads(CliRunner().invoke(app, ["overlap", str(levels_build.out), "--disagreements", "--format", "json"]).stdout)
    assert sorted(r["relation"] for r in rows) == sorted(d["relation"])


def test_plan_overlap_counts_every_plan_pairs_similar_tasks_in_one_pass():
    """Each plan pair's row counts the similar task pairs between its two plans and the share of
    each plan's tasks among them, whichever of the two plans a pair names first (was: one boolean
    mask over every similar pair for each of the n²/2 plan pairs: 48 s at 124 plans, a 900 s
    notebook cell timeout at 800; now the pairs are grouped once, the same rows, under a second)."""
    import respgraph

    g = respgraph.build(ROOT / "tests" / "fixtures" / "overlap-levels").graph
    po = ov.plan_overlap(g)
    t = ov._task_frame(g)
    p = ov._pairs(t, threshold=ov.SIMILARITY_THRESHOLD, top_k=20)
    plan = t["plan_id"].to_numpy()
    counts = t.groupby("plan_id").size()
    assert len(po) == len(counts) * (len(counts) - 1) // 2 and po["pairs"].sum() == len(p) > 10
    for r in po.itertuples():
        mine = [(plan[a], a, plan[b], b) for a, b in zip(p["a"], p["b"]) if {plan[a], plan[b]} == {r.plan_a, r.plan_b}]
        in_a = {a for pa, a, pb, b in mine if pa == r.plan_a} | {b for pa, a, pb, b in mine if pb == r.plan_a}
        in_b = {a for pa, a, pb, b in mine if pa == r.plan_b} | {b for pa, a, pb, b in mine if pb == r.plan_b}
        assert (r.pairs, r.counterpart_a, r.counterpart_b) == (len(mine), len(in_a) / counts[r.plan_a], len(in_b) / counts[r.plan_b])


def test_names_are_taken_out_longest_first_whatever_the_hash_seed():
    """A clause naming 区生态环境局 whose task also mentions 生态环境局: taken out longest first,
    the clause is names and role words only and goes (was: in a set's order, which changes with
    each process's string hash seed, so similar_tasks differed from run to run: 11,965 pairs in
    one process, 11,973 in the next, on 810 plans; neo4j load's SIMILAR_TO then disagreed
    with a later `respgraph overlap`)."""
    import os
    import subprocess
    import sys

    code = (
        "import networkx as nx\n"
        "from respgraph.analysis import overlap as ov\n"
        "g = nx.MultiDiGraph()\n"
        "g.add_node('t', type='Task')\n"
        "for i, m in enumerate(['区生态环境局', '生态环境局', '区城管局']):\n"
        "    g.add_node(f'a{i}', type='Agency')\n"
        "    g.add_edge(f'a{i}', 't', key='LEADS' if i else 'SUPPORTS', mention=m,\n"
        "               clause='区生态环境局负责' if i < 2 else '区城管局、生态环境局配合')\n"
        "print(ov._without_names(g, 't', '加强扬尘管控。区生态环境局负责，区城管局、生态环境局配合'))\n")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.rstrip("\n") for seed in range(6)}
    assert seen == {"加强扬尘管控。 ， "}


#: A city's two plans asking one work (餐饮油烟) with different leads, and its counties' 落实方案
#: copying each city text almost word for word: 5 copies of each fill both city tasks' best 5.
CITY_AIR = ("吉安市空气质量持续改善行动实施方案\n\n二、重点任务\n\n"
            "14.加强餐饮油烟污染治理。城市建成区产生油烟的餐饮服务单位全部安装油烟净化装置并保持正常运行，"
            "推广第三方治理。（市城市管理局牵头，市市场监管局配合）\n"
            "15.加强道路扬尘管控。提升城市道路机械化清扫率。（市城市管理局负责）\n\n"
            "吉安市人民政府办公室\n2024年5月20日\n")
CITY_POINTS = ("吉安市生态环境保护委员会2023年工作要点\n\n一、深入打好蓝天保卫战\n\n"
               "2.加强餐饮油烟管控。开展城区餐饮油烟专项整治，推动餐饮服务单位油烟净化装置规范安装并保持正常运行。"
               "（市生态环境局牵头，市市场监管局配合）\n\n"
               "吉安市生态环境保护委员会\n2023年3月15日\n")
COUNTIES_A = ("吉州区", "青原区", "泰和县", "吉安县", "永丰县")
COUNTIES_B = ("吉水县", "峡江县", "新干县", "安福县", "永新县")


def _county(name: str, title_work: str, body: str) -> str:
    return (f"{name}空气质量持续改善行动落实方案\n\n二、主要任务\n\n"
            f"（一）{title_work}。{body}（牵头单位：{name[-1]}城管局；责任单位：{name[-1]}市场监管局）\n\n"
            f"{name}人民政府办公室\n2024年6月28日\n")


@pytest.fixture(scope="module")
def city_and_counties(tmp_path_factory):
    import respgraph

    d = tmp_path_factory.mktemp("city-counties")
    (d / "ja-air.txt").write_text(CITY_AIR, encoding="utf-8")
    (d / "ja-points.txt").write_text(CITY_POINTS, encoding="utf-8")
    for k, name in enumerate(COUNTIES_A):
        (d / f"a{k}-air.txt").write_text(_county(name, "加强餐饮油烟污染治理", "城市建成区产生油烟的餐饮服务单位全部安装油烟净化装置并保持正常运行，推广第三方治理。"), encoding="utf-8")
    for k, name in enumerate(COUNTIES_B):
        (d / f"b{k}-air.txt").write_text(_county(name, "加强餐饮油烟管控", "开展城区餐饮油烟专项整治，推动餐饮服务单位油烟净化装置规范安装并保持正常运行。"), encoding="utf-8")
    out = d / "out"
    respgraph.build(d, out=out)
    return out


def test_a_citys_two_plans_are_paired_though_its_counties_copy_both(city_and_counties):
    # Each city task's 5 best matches are county copies (score ~1); the city's own second plan,
    # the pair a 环委办 settles, was lost behind them. Its place keeps it now, with its relation.
    import respgraph

    g = respgraph.load(city_and_counties).graph
    s = ov.similar_tasks(g)
    city = s[s["plan_a"].str.startswith("ja-") & s["plan_b"].str.startswith("ja-")]
    assert [(a, b, r) for a, b, r in zip(city["title_a"], city["title_b"], city["relation"])] == \
        [("加强餐饮油烟污染治理", "加强餐饮油烟管控", "same place")]
    assert set(s.loc[s["plan_a"].str.startswith("ja-") != s["plan_b"].str.startswith("ja-"), "relation"]) == {"vertical"}
    assert set(s.loc[~s["plan_a"].str.startswith("ja-") & ~s["plan_b"].str.startswith("ja-"), "relation"]) == {"other places"}
    # near misses stay apart: 道路扬尘 is no 餐饮油烟, and a county's copy is not the city's duplicate
    assert not ({"加强道路扬尘管控"} & (set(s["title_a"]) | set(s["title_b"])))
    d = ov.lead_disagreements(g)
    same = d[d["relation"] == "same place"]
    assert [(x, y) for x, y in zip(same["leads_a"], same["leads_b"])] == [(["吉安市城市管理局"], ["吉安市生态环境局"])]


def test_overlap_relation_option_keeps_one_kind_of_pair(city_and_counties):
    from respgraph.cli import app

    runner = CliRunner()
    rows = json.loads(runner.invoke(app, ["overlap", str(city_and_counties), "--disagreements", "--relation", "same-place",
                                          "--format", "json"]).stdout)
    assert [(r["title_a"], r["leads_a"], r["title_b"], r["leads_b"]) for r in rows] == \
        [("加强餐饮油烟污染治理", ["吉安市城市管理局"], "加强餐饮油烟管控", ["吉安市生态环境局"])]
    every = json.loads(runner.invoke(app, ["overlap", str(city_and_counties), "--format", "json"]).stdout)
    # the pairs say who leads each side: the city's two plans ask it of two bureaus, its counties of one kind
    city = json.loads(runner.invoke(app, ["overlap", str(city_and_counties), "-r", "same-place", "-f", "json"]).stdout)
    assert [(r["leads_a"], r["leads_b"], r["same_function"]) for r in city] == \
        [(["吉安市城市管理局"], ["吉安市生态环境局"], False)]
    peers = json.loads(runner.invoke(app, ["overlap", str(city_and_counties), "-r", "other-places", "-f", "json"]).stdout)
    assert peers and all(r["same_function"] is True and r["leads_a"][0].endswith("城市管理局") for r in peers)
    vertical = json.loads(runner.invoke(app, ["overlap", str(city_and_counties), "-r", "vertical", "-f", "json"]).stdout)
    assert 0 < len(vertical) < len(every) and {r["relation"] for r in vertical} == {"vertical"}
    table = runner.invoke(app, ["overlap", str(city_and_counties), "-n", "5"], env={"COLUMNS": "200"}).output
    rows = [ln for ln in table.splitlines() if ln.startswith("│ ") and "餐饮油烟" in ln]
    assert "same place" in rows[0] and "vertical" in rows[1]  # the table tells the kinds apart, the city's first
    assert every[0]["relation"] != "same place" and every[0]["score"] == max(r["score"] for r in every)  # JSON: by score
    one = runner.invoke(app, ["overlap", str(city_and_counties), "-r", "same-place"], env={"COLUMNS": "200"}).output
    assert "— same place" in one.splitlines()[0] + one.splitlines()[1]
    bad = runner.invoke(app, ["overlap", str(city_and_counties), "--plans", "--relation", "vertical"])
    assert bad.exit_code == 2 and "--relation goes with --pairs or --disagreements" in bad.output


UNMARKED_PLAN = "{place}{year}年{kind}\n\n一、重点任务\n\n（一）{title}。加强建筑工地扬尘污染治理，严格落实施工工地“六个百分百”要求。{clause}\n"


@pytest.mark.parametrize("clause_b, disagree", [
    ("（责任单位：市生态环境局、市住建局）", False),  # the same two units, listed the other way round
    ("（牵头单位：市生态环境局、市住建局）", False),  # the same two as co-leads: they share 住建 anyway
    ("（责任单位：市城管局、市住建局、市生态环境局）", True),  # another unit first: a disagreement, as before
    ("（牵头单位：市生态环境局；配合单位：市住建局）", True),  # the plan says who leads: a disagreement, as before
])
def test_an_unmarked_list_of_the_same_units_is_no_disagreement(tmp_path, clause_b, disagree):
    """（责任单位：市住建局、市生态环境局） leads 住建 by the first-listed convention (basis
    first_listed); a plan of the same city writing the same units the other way round led 生态环境,
    and the pair was a "different leads" disagreement, though neither plan says who leads (a
    probe's gold read both as co-leads). The same units with one side's lead only the first of an
    unmarked list are no disagreement now (``same_units``, kept with ``all_pairs``), and `overlap`
    says "same" cannot be told; lists of other units, or a plan naming its lead, still disagree."""
    import respgraph
    from respgraph.cli import app

    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "a.txt").write_text(UNMARKED_PLAN.format(place="吉安市", year=2023, kind="大气污染防治工作方案",
                                                      title="强化施工扬尘管控", clause="（责任单位：市住建局、市生态环境局）"),
                                 encoding="utf-8")
    (plans / "b.txt").write_text(UNMARKED_PLAN.format(place="吉安市", year=2024, kind="生态环境保护工作要点",
                                                      title="加强施工扬尘污染管控", clause=clause_b), encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(plans), "--out", str(out)]).exit_code == 0
    g = respgraph.load(out).graph
    basis = {d["mention"]: d["basis"] for _, v, k, d in g.edges(keys=True, data=True)
             if v == "task:a:001" and k in ("LEADS", "SUPPORTS")}
    assert basis == {"市住建局": "first_listed", "市生态环境局": "explicit"}
    every = ov.lead_disagreements(g, all_pairs=True)
    assert len(every) == 1
    assert len(ov.lead_disagreements(g)) == int(disagree)
    rows = json.loads(runner.invoke(app, ["overlap", str(out), "--disagreements", "--format", "json"]).stdout)
    assert len(rows) == int(disagree)
    pairs = ov.with_leads(g, ov.similar_tasks(g))
    if clause_b.startswith("（牵头单位：市生态环境局、"):
        assert every["same_function"].tolist() == [True] and pairs["same_function"].tolist() == [True]
    else:
        assert every["same_units"].tolist() == [not disagree]
        assert pairs["same_function"].tolist() == [False if disagree else None]
