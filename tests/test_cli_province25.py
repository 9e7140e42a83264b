"""What a 环委办 and a researcher asked of a province's plans and its cities' (stop 25, a blind
probe of 湖南's 2021–2025 plans), each asserted on real results through the command line and
the notebook API."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import respgraph
from respgraph.cli import app

runner = CliRunner()

# Two plans of one city, each signed with the month only, as offices sign a 工作要点.
_BATTLE = """株洲市深入打好污染防治攻坚战实施方案

一、重点任务

1.持续打好湘江保护修复攻坚战。推进湘江株洲段入河排污口排查整治。（市生态环境局牵头，市水利局、市住房和城乡建设局配合）

2.严格考核督察。（市委督查室、市生态环境局按职责分工负责）

株洲市人民政府办公室
2022年7月
"""
_POINTS = """株洲市生态环境保护委员会2024年工作要点

一、重点任务

（一）推进湘江保护治理。开展湘江株洲段入河排污口排查整治。牵头单位：市水利局；配合单位：市生态环境局。

（二）加强固体废物和新污染物治理。牵头单位：市生态环境局；配合单位：市工业和信息化局。

株洲市生态环境保护委员会办公室
2024年3月
"""


def _plans(tmp_path, city: str, **texts: str):
    """A folder named for ``city`` holding each of ``texts`` as ``NAME.txt``."""
    plans = tmp_path / city
    plans.mkdir()
    for name, text in texts.items():
        (plans / f"{name}.txt").write_text(text, encoding="utf-8")
    return plans


def _built(tmp_path, city: str, **texts: str):
    """``_plans`` built through the command line into ``tmp_path / "o"``."""
    r = runner.invoke(app, ["build", str(_plans(tmp_path, city, **texts)), "--out", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output


def _city(tmp_path):
    return _plans(tmp_path, "株洲", battle=_BATTLE, points=_POINTS)


def test_two_plans_signed_by_month_disagree_only_on_the_work_they_share(tmp_path):
    """The 湘江 task led by 市生态环境局 in the 方案 and by 市水利局 in the 要点 is the city's
    disagreement; the two last tasks (严格考核督察, 加强固体废物和新污染物治理) are no pair: their
    texts had the signatures 株洲市…办公室 2022年7月 / 2024年3月 run into them and shared nothing
    else (cosine 0.22, listed as a same-place disagreement between 市委督查室 and 市生态环境局)."""
    _built(tmp_path, "株洲", battle=_BATTLE, points=_POINTS)
    r = runner.invoke(app, ["overlap", str(tmp_path / "o"), "--disagreements", "--relation", "same-place", "-f", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [(x["task_a"], x["task_b"], x["leads_a"], x["leads_b"]) for x in rows] == [
        ("battle:001", "points:001", ["株洲市生态环境局"], ["株洲市水利局"])]
    b = respgraph.load(tmp_path / "o")
    t = b.tasks().set_index("task_id")
    assert t.loc["battle:002", "text"] == "严格考核督察。（市委督查室、市生态环境局按职责分工负责）"
    assert not t["text"].str.contains("办公室").any()
    assert list(zip(b.disagreements()["task_a"], b.disagreements()["task_b"])) == [("battle:001", "points:001")]


def test_work_on_different_media_sharing_a_place_name_is_no_disagreement(tmp_path):
    """An air task and a soil task of one city both name 清水塘老工业区 (cosine 0.38): different
    work on different media, though 市生态环境局 leads one and the 新城管委会 the other (was listed
    as the city's disagreement). Two air tasks led by different bureaus stay one."""
    _built(
        tmp_path, "株洲",
        battle=(
            "株洲市深入打好污染防治攻坚战实施方案\n\n一、重点任务\n\n"
            "1.着力打好臭氧污染防治攻坚战。推进清水塘老工业区周边涉VOCs企业治理。（市生态环境局牵头，市工业和信息化局配合）\n\n"
            "2.推进钢铁行业超低排放改造。督促重点企业完成超低排放改造年度任务。（市生态环境局牵头，市工业和信息化局配合）\n"
        ),
        points=(
            "株洲市生态环境保护委员会2024年工作要点\n\n一、重点任务\n\n"
            "（一）推进清水塘老工业区土壤修复。牵头单位：清水塘生态科技新城管委会；配合单位：市生态环境局。\n\n"
            "（二）推进钢铁行业超低排放改造。完成超低排放改造年度任务。牵头单位：市工业和信息化局；配合单位：市生态环境局。\n"
        ),
    )
    r = runner.invoke(app, ["overlap", str(tmp_path / "o"), "--disagreements", "-f", "json"])
    assert r.exit_code == 0, r.output
    assert [(x["task_a"], x["task_b"], x["leads_b"]) for x in json.loads(r.stdout)] == [
        ("battle:002", "points:002", ["株洲市工业和信息化局"])]
    b = respgraph.load(tmp_path / "o")
    # the list of pairs makes the same check (stop 26): similar text, different work, left out
    assert ("battle:001", "points:001") not in set(zip(b.overlap()["task_a"], b.overlap()["task_b"]))
    loose = b.overlap(term_check=False)
    assert ("battle:001", "points:001") in set(zip(loose["task_a"], loose["task_b"]))  # similar text, as before
    assert list(zip(b.disagreements()["task_a"], b.disagreements()["task_b"])) == [("battle:002", "points:002")]
    # --no-term-check keeps the pair, for who wants every similar text
    r = runner.invoke(app, ["overlap", str(tmp_path / "o"), "--disagreements", "--no-term-check", "-f", "json"])
    assert ("battle:001", "points:001") in {(x["task_a"], x["task_b"]) for x in json.loads(r.stdout)}


def test_a_researchers_gephi_network_can_leave_out_collective_addressees(tmp_path):
    """A city's network for Gephi: 各有关部门 (a task nobody in particular was given) and
    各区县（市）人民政府 are no agencies to rank by centrality; --exclude-collectives leaves them
    out, as `respgraph network --exclude-collectives` counts (was: no such option, the network
    held 长沙市各有关部门 as an isolated agency and 各区县 joined to four bureaus)."""
    import networkx as nx

    _built(
        tmp_path, "长沙",
        battle=(
            "长沙市深入打好污染防治攻坚战实施方案\n\n二、重点任务\n\n"
            "（一）巩固提升城市黑臭水体治理成效。（市城管执法局牵头，市住房城乡建设局、市生态环境局，各区县（市）人民政府配合）\n\n"
            "（二）持续打好柴油货车污染治理攻坚战。（市公安局牵头，市交通运输局、市生态环境局配合）\n\n"
            "（三）加强新污染物治理。（各有关部门按职责分工负责）\n"
        ),
    )
    out = tmp_path / "net.gexf"
    r = runner.invoke(app, ["export", str(tmp_path / "o"), "-f", "gexf", "--network", "--exclude-collectives", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "5 agencies, 6 pairs" in r.stdout
    g = nx.read_gexf(out)
    assert sorted(d["label"] for _, d in g.nodes(data=True)) == sorted(
        # (市城管执法局: 长沙's 城市管理和综合执法局, its own name, not its id's 城市管理局)
        ["长沙市城市管理和综合执法局", "长沙市住房和城乡建设局", "长沙市生态环境局", "长沙市公安局", "长沙市交通运输局"])
    # near miss: without the option every unit named stays (the collectives too)
    r = runner.invoke(app, ["export", str(tmp_path / "o"), "-f", "gexf", "--network", "-o", str(tmp_path / "all.gexf")])
    assert "7 agencies, 9 pairs" in r.stdout, r.stdout
    b = respgraph.load(tmp_path / "o")
    b.export("gexf", tmp_path / "api.gexf", network=True, include_collectives=False)
    assert nx.read_gexf(tmp_path / "api.gexf").number_of_nodes() == 5
    # the whole graph keeps every unit: the option is a usage error there
    r = runner.invoke(app, ["export", str(tmp_path / "o"), "-f", "gexf", "--exclude-collectives"])
    assert r.exit_code == 2 and "--exclude-collectives goes with --network" in r.stderr


def test_a_disagreement_resting_on_the_first_listed_convention_says_so(tmp_path):
    """市农业农村局、市生态环境局按职责分工负责 names no lead (the first listed is read as it); the
    要点 gives the work to 市生态环境局. Listed as a disagreement, the row says the first side's
    lead is the first listed (lead_basis_a, and '(first listed)' in the table), where a stated
    lead (市城管执法局牵头 against 牵头单位：市住房城乡建设局) says stated."""
    _built(
        tmp_path, "长沙",
        battle=(
            "长沙市深入打好污染防治攻坚战实施方案\n\n二、重点任务\n\n"
            "（一）巩固提升城市黑臭水体治理成效。持续推进黑臭水体动态清零。（市城管执法局牵头，市住房城乡建设局配合）\n\n"
            "（二）持续打好农村生活污水治理攻坚战。推进农村生活污水治理。（市农业农村局、市生态环境局按职责分工负责）\n"
        ),
        points=(
            "长沙市生态环境保护委员会2023年工作要点\n\n"
            "1.巩固黑臭水体治理成效。推进黑臭水体动态清零。牵头单位：市住房城乡建设局；责任单位：市城管执法局。\n\n"
            "2.推进农村生活污水治理。牵头单位：市生态环境局；责任单位：市农业农村局。\n"
        ),
    )
    r = runner.invoke(app, ["overlap", str(tmp_path / "o"), "--disagreements", "-f", "json"])
    assert r.exit_code == 0, r.output
    rows = {(x["task_a"], x["task_b"]): (x["leads_a"], x["lead_basis_a"], x["leads_b"], x["lead_basis_b"]) for x in json.loads(r.stdout)}
    assert rows == {
        ("battle:001", "points:001"): (["长沙市城市管理和综合执法局"], "stated", ["长沙市住房和城乡建设局"], "stated"),
        ("battle:002", "points:002"): (["长沙市农业农村局"], "first listed", ["长沙市生态环境局"], "stated")}
    r = runner.invoke(app, ["overlap", str(tmp_path / "o"), "--disagreements"], env={"COLUMNS": "300"})
    assert r.stdout.count("(first listed)") == 1 and "长沙市农业农村局 (first listed)" in r.stdout, r.stdout
    d = respgraph.load(tmp_path / "o").disagreements().set_index("task_a")
    assert (d.loc["battle:002", "lead_basis_a"], d.loc["battle:001", "lead_basis_a"]) == ("first listed", "stated")


def test_plan_takes_one_id_and_says_so_when_given_several(tmp_path):
    """A researcher asked the workload of a province's plans at once (plan=[id, id]): a TypeError
    saying plan= takes one id and how to filter for several (was AttributeError: 'list' object has
    no attribute 'lower', from inside the plan lookup). One id still answers."""
    import pytest

    b = respgraph.build(_city(tmp_path))
    with pytest.raises(TypeError, match=r"plan= takes one plan id \(a str\), not list"):
        b.workload(plan=["battle", "points"])
    with pytest.raises(TypeError, match="plan= takes one plan id"):
        b.tasks_without_lead(plan=("battle",))
    w = b.workload(plan="points")
    assert set(w["plan_id"]) == {"points"} and "株洲市水利局" in set(w["name"])


def test_tasks_whose_plan_named_no_lead_are_listed_apart(tmp_path):
    """Which tasks have no clear lead? Beside --no-lead (none, or only 各有关部门), a 环委办 asks for
    the tasks led only by convention: 市农业农村局、市生态环境局按职责分工负责 names no lead, the
    first listed is read as it. --first-listed (first_listed=True) lists them; a stated 牵头 is
    not among them."""
    _built(
        tmp_path, "长沙",
        battle=(
            "长沙市深入打好污染防治攻坚战实施方案\n\n二、重点任务\n\n"
            "（一）巩固提升城市黑臭水体治理成效。（市城管执法局牵头，市住房城乡建设局配合）\n\n"
            "（二）持续打好农业农村污染治理攻坚战。（市农业农村局、市生态环境局按职责分工负责）\n\n"
            "（三）深入推进土壤污染防治。（市生态环境局、市自然资源和规划局负责）\n"
        ),
    )
    r = runner.invoke(app, ["tasks", str(tmp_path / "o"), "--first-listed", "-f", "json"])
    assert r.exit_code == 0, r.output
    assert [(x["task_id"], x["leads"]) for x in json.loads(r.stdout)] == [
        ("battle:002", ["长沙市农业农村局"]), ("battle:003", ["长沙市生态环境局"])]
    r = runner.invoke(app, ["tasks", str(tmp_path / "o"), "--first-listed"], env={"COLUMNS": "200"})
    assert "lead not named (the first listed)" in r.stdout
    b = respgraph.load(tmp_path / "o")
    assert list(b.tasks(first_listed=True)["task_id"]) == ["battle:002", "battle:003"]
    assert len(b.tasks()) == 3  # near miss: without the filter every task


def test_a_plan_that_states_its_first_unit_leads_has_no_task_without_a_stated_lead(tmp_path):
    """A plan saying 责任单位排在首位的为牵头单位 names its leads: none of its tasks is listed by
    --first-listed (were all of them; overlap's lead basis reads the same edges' basis); the same
    lists in a plan without the note are (near miss)."""
    lists = (
        "（一）推进工业企业深度治理。（责任单位：市生态环境局、市工业和信息化局）\n\n"
        "（二）加强施工扬尘管控。（责任单位：市住房城乡建设局、市城管执法局）\n"
    )
    _built(tmp_path, "长沙",
           noted="长沙市大气污染防治工作方案\n\n二、重点任务\n\n" + lists + "\n注：责任单位排在首位的为牵头单位。\n",
           plain="长沙市扬尘治理工作方案\n\n二、重点任务\n\n" + lists)
    b = respgraph.load(tmp_path / "o")
    assert list(b.tasks(first_listed=True)["task_id"]) == ["plain:001", "plain:002"]
    leads = b.tasks(plan="noted")["leads"].tolist()
    assert leads == [["长沙市生态环境局"], ["长沙市住房和城乡建设局"]]
