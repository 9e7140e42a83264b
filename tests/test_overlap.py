"""Cross-plan overlap: similarity mechanics on hand-built graphs, then the seed plans."""

from __future__ import annotations

import json

import numpy as np
import pytest
from scipy import sparse
from typer.testing import CliRunner

from _analysis import sample_graph
from respgraph.analysis import overlap as ov
from respgraph.analysis.similarity import TaskIndex, clean_task_text, top_k_pairs


@pytest.fixture()
def g():
    return sample_graph()


def test_clean_text_drops_clauses_and_digits():
    assert clean_task_text("2022年6月底前完成排查（责任单位：区城管局、区住建局）") == "年 月底前完成排查"
    assert clean_task_text("推进污水治理〔牵头单位：区环保局；责任单位：区住建局〕") == "推进污水治理"
    assert clean_task_text("推进污水治理。责任单位:区住建局(住建)等按职责分工负责") == "推进污水治理"


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
