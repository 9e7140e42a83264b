"""`respgraph agency` and `respgraph tasks` (respgraph.analysis.agency / .tasks) on the seed
build: what a coordination office asks first, answered with facts of the bundled plans,
through the command line and the API alike."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from conftest import CHANGJIANG, YICHUN, YUSHUI

import respgraph
from respgraph.analysis.agency import AmbiguousAgency, UnknownAgency, agency_profile, find_agency, match_agency
from respgraph.analysis.tasks import AGENCY_COLUMNS, PROVENANCE_COLUMNS
from respgraph.cli import app
from respgraph.extract import plan_id_for

YUSHUI_ID, CHANGJIANG_ID, YICHUN_ID = plan_id_for(YUSHUI), plan_id_for(CHANGJIANG), plan_id_for(YICHUN)


@pytest.fixture(scope="module")
def b(seed_build):
    return respgraph.load(seed_build)


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"}, terminal_width=200)


def cli_json(*args: str):
    res = run(*args, "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def records(df) -> list[dict]:
    return json.loads(df.to_json(orient="records", force_ascii=False))


def one_error_line(res, code: int = 2) -> str:
    """The one stderr line of a failed run; exit 2 = the command line names nothing, 1 = the build fails."""
    assert res.exit_code == code, res.output
    assert "Traceback" not in res.output and res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    return lines[0]


# ----------------------------------------------------------------------------- finding an agency


@pytest.mark.parametrize("name, how", [
    ("渝水区生态环境局", "id or name"),          # canonical name
    ("渝水区/生态环境局", "id or name"),         # agency id
    ("渝水生态环境局", "as written"),            # as the 渝水 plan writes it
])
def test_an_agency_is_found_by_any_name_it_goes_by(b, name, how):
    m = match_agency(b.graph, name)
    assert (m.node, m.how) == ("agency:渝水区/生态环境局", how)


def test_a_name_is_read_by_the_registry_or_as_a_part_and_the_command_says_so(b, seed_build):
    # 昌江区住建局 is written nowhere: the resolver reads it as 昌江区住房和城乡建设局
    assert find_agency(b.graph, "昌江区住建局") == "agency:昌江区/住房和城乡建设局"
    res = run("agency", str(seed_build), "农林水", "--only", "functions")
    assert res.exit_code == 0, res.output
    assert "'农林水' taken as XX投资区农林水与生态环境局 (part of a name)" in res.stderr
    assert "生态环境保护" in res.stdout and "ecology and environment" in res.stdout


def test_a_body_renamed_by_the_reform_is_found_by_its_other_name(b, seed_build):
    # the 2022 渝水 plan names 渝水区生态环境局; asked for by its pre-2018 name (环保局), it is
    # the same body; the 2018 昌江 plan names 昌江区环境保护局, asked for by its new name (were
    # 'no agency named …')
    m = match_agency(b.graph, "渝水区环保局")
    assert (m.node, m.how) == ("agency:渝水区/生态环境局", "the same body, renamed by a reform")
    assert find_agency(b.graph, "昌江区生态环境局") == "agency:昌江区/环境保护局"
    res = run("agency", str(seed_build), "渝水区环保局", "--only", "functions")
    assert res.exit_code == 0, res.output
    assert "'渝水区环保局' taken as 渝水区生态环境局 (the same body, renamed by a reform)" in res.stderr
    # 水务局 and 水利局 are both in use today: never taken for each other
    assert "no agency named" in one_error_line(run("agency", str(seed_build), "昌江区水务局"))


def test_a_reform_that_merged_a_body_into_another_is_read_in_its_direction(b, seed_build):
    # 乡村振兴局 merged into 农业农村局 (2024-25): asked for by the 农业农村局, the 2022 渝水 plan's
    # 区乡村振兴局 is not that body (was "taken as 渝水区乡村振兴局, the same body, renamed by a
    # reform"); the error names it, and the plan's own agricultural body, 区农粮局
    with pytest.raises(UnknownAgency) as e:
        match_agency(b.graph, "渝水区农业农村局")
    assert e.value.candidates[:2] == ["渝水区乡村振兴局", "渝水区农粮局"]
    line = one_error_line(run("agency", str(seed_build), "渝水区农业农村局"))
    assert "merged into it in a reform: 渝水区乡村振兴局; doing its work there: 渝水区农粮局" in line
    # near misses: a body renamed (农业局 -> 农业农村局, one function) is still the same body, and
    # 扶贫办 -> 乡村振兴局 too
    m = match_agency(b.graph, "昌江区农业农村局")
    assert (m.node, m.how) == ("agency:昌江区/农业局", "the same body, renamed by a reform")
    assert match_agency(b.graph, "渝水区扶贫办").node == "agency:渝水区/乡村振兴局"


def test_a_body_asked_for_by_its_old_name_is_the_body_it_merged_into(tmp_path):
    # 区乡村振兴局 in a build whose plan names only 区农业农村局: taken as the body that took its work over
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph
    from respgraph.resolve import resolve_plan

    f = tmp_path / "渝水区2025.txt"
    f.write_text("新余市渝水区2025年乡村振兴工作要点\n\n一、重点任务\n（一）巩固拓展脱贫攻坚成果。"
                 "（牵头单位：区农业农村局；责任单位：区民政局）\n", encoding="utf-8")
    g = build_graph([resolve_plan(extract_file(f))])
    m = match_agency(g, "渝水区乡村振兴局")
    assert (m.node, m.how) == ("agency:渝水区/农业农村局", "the body it merged into in a reform")


def test_an_ambiguous_name_lists_the_candidates_and_never_guesses(b, seed_build):
    # 区发改委 is how both the 昌江区 and the 渝水区 plans write their development commissions
    with pytest.raises(AmbiguousAgency) as e:
        find_agency(b.graph, "区发改委")
    assert e.value.candidates == ["昌江区发展和改革委员会", "渝水区发展和改革委员会"]
    line = one_error_line(run("agency", str(seed_build), "区发改委"))
    assert "ambiguous" in line and "昌江区发展和改革委员会" in line and "渝水区发展和改革委员会" in line
    assert "--plan" in line
    line = one_error_line(run("tasks", str(seed_build), "--agency", "生态环境局"))  # a part of several names
    assert "景德镇市生态环境局" in line and "渝水区生态环境局" in line
    # the plan says which one is meant
    assert find_agency(b.graph, "区发改委", plan=YUSHUI_ID) == "agency:渝水区/发展和改革委员会"
    rows = cli_json("agency", str(seed_build), "区发改委", "--plan", CHANGJIANG_ID)
    assert rows["name"] == "昌江区发展和改革委员会" and rows["matched_by"] == "as written"


def test_an_unknown_name_is_one_line_with_the_closest_names(b, seed_build):
    with pytest.raises(UnknownAgency):
        find_agency(b.graph, "火星生态环境局")
    line = one_error_line(run("agency", str(seed_build), "火星生态环境局"))
    assert "no agency named '火星生态环境局'" in line and "closest:" in line and "渝水区生态环境局" in line
    assert "no agency named" in one_error_line(run("tasks", str(seed_build), "--agency", "火星生态环境局"))


# ----------------------------------------------------------------------------- respgraph agency


def test_profile_of_the_yushui_ecology_bureau(b, seed_build):
    p = b.agency("渝水生态环境局")
    assert (p.name, p.jurisdiction, p.agency_id) == ("渝水区生态环境局", "渝水区", "渝水区/生态环境局")
    assert p.functions[["code", "gloss"]].values.tolist() == [["生态环境", "ecology and environment"]]
    assert p.aliases == ["渝水生态环境局"] and p.plans == [YUSHUI_ID]
    # it leads 加强生态环境分区管控 (the first named of its （责任单位：…）) and supports 大力推进碳达峰碳中和行动
    t = p.tasks.set_index("title")
    assert t.loc["加强生态环境分区管控", "role"] == "lead"
    assert t.loc["加强生态环境分区管控", "clause"].startswith("（责任单位：渝水生态环境局、")
    assert t.loc["大力推进碳达峰碳中和行动", "role"] == "support"
    # its workload: the numbers and the flag of `respgraph workload --overload`
    row = p.workload.set_index("plan_id").loc[YUSHUI_ID]
    assert (row.tasks_led, row.plan_tasks) == (11, 34) and bool(row.flagged)
    assert p.overloaded and p.reasons[0].startswith(f"{YUSHUI_ID}: leads 11 of 34 tasks (32%), above the 25% share limit")
    # (the profile's verdict is the overload list's: b.overload(), collective addressees left out)
    ov = b.overload(YUSHUI_ID).set_index("name").loc["渝水区生态环境局"]
    assert ov.reason in p.reasons[0]
    # its partners are its row of the coordination network
    from respgraph.analysis.network import coordination_digraph, coordination_graph

    cg, dg = coordination_graph(b.graph), coordination_digraph(b.graph)
    assert len(p.partners) == cg.degree(p.agency)
    for r in p.partners.itertuples():
        assert r.shared_tasks == cg[p.agency][r.key]["weight"]
        assert r.they_lead == (dg[p.agency][r.key]["weight"] if dg.has_edge(p.agency, r.key) else 0)
        assert r.they_support == (dg[r.key][p.agency]["weight"] if dg.has_edge(r.key, p.agency) else 0)
    assert p.partners.iloc[0]["name"] == "渝水区各乡镇（办）党委、政府"  # named on every one of its tasks
    assert agency_profile(b.graph, "渝水生态环境局", include_collectives=False).partners.iloc[0]["name"] == "渝水区工业和信息化局"
    # the summary names the collective, and the single bureau it shares most tasks with
    partners_line = p.summary().splitlines()[4]
    assert partners_line == ("partners: 38; most often 渝水区各乡镇（办）党委、政府 (32 shared tasks); "
                             "of single bodies 渝水区工业和信息化局 (14)")


def test_agency_command_table_json_and_csv(b, seed_build):
    res = run("agency", str(seed_build), "渝水生态环境局")
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "渝水区生态环境局 — 渝水区" in out and "生态环境保护 (ecology and environment)" in out
    assert "overloaded — " in out and "above the 25% share limit" in out
    assert "加强生态环境分区管控" in out and "渝水区工业和信息化局" in out
    whole = cli_json("agency", str(seed_build), "渝水生态环境局")
    api = b.agency("渝水生态环境局").to_dict()
    assert whole == json.loads(json.dumps(api, ensure_ascii=False))
    assert {"functions", "workload", "tasks", "partners", "overloaded", "reasons"} <= set(whole)
    assert cli_json("agency", str(seed_build), "渝水生态环境局", "--only", "partners") == api["partners"]
    res = run("agency", str(seed_build), "渝水生态环境局", "--format", "csv")
    assert res.exit_code == 0 and "--only" in res.stderr  # says which table CSV printed
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert set(PROVENANCE_COLUMNS + AGENCY_COLUMNS) <= set(rows[0])
    assert len(rows) == len(api["tasks"]) and {r["agency"] for r in rows} == {"渝水区生态环境局"}


def test_a_collective_and_a_supporter_only_agency_have_profiles(b):
    # 昌江区各乡镇（街道） supports 30 tasks and leads none; left out of the overload list (a group
    # of bodies), as the report leaves it, and said so; counted, it is flagged by the fence, not the share
    p = b.agency("各乡镇（街道）")
    assert p.kind == "collective" and set(p.tasks["role"]) == {"support"} and len(p.tasks) == 30
    assert not p.overloaded and "not weighed for overload: a collective addressee" in p.summary()
    assert p.workload.query("plan_id == '*'")["tasks_supported"].tolist() == [30]
    p = b.agency("各乡镇（街道）", include_collectives=True)
    assert p.overloaded and "above the fence" in p.reasons[0] and "share limit" not in p.reasons[0]


# ----------------------------------------------------------------------------- respgraph tasks


def test_tasks_an_agency_leads_with_the_clause_they_came_from(b, seed_build):
    # 持续抓好城区黑臭水体治理（责任单位：城管渝水分局、…）: the city management branch leads it
    df = b.tasks(agency="渝水区城市管理分局", role="lead")
    assert "持续抓好城区黑臭水体治理" in list(df["title"])
    row = df.set_index("title").loc["持续抓好城区黑臭水体治理"]
    assert (row.mention, row.role, row.plan_id) == ("城管渝水分局", "lead", YUSHUI_ID)
    assert row.clause == "（责任单位：城管渝水分局、区水利局、区住建局、渝水生态环境局）"
    assert row.file.endswith("yushui-2022-pollution-battle.txt")
    p = b.provenance(df[df["title"] == "持续抓好城区黑臭水体治理"].iloc[0])  # a row is an assignment row
    assert p.source_text() == row.clause  # the clause re-read from the file at its span
    cli = cli_json("tasks", str(seed_build), "--agency", "城管渝水分局", "--role", "lead")
    assert cli == records(df)
    table = run("tasks", str(seed_build), "--agency", "城管渝水分局", "--role", "lead")
    assert table.exit_code == 0 and "led by 渝水区城市管理分局" in table.stdout and "持续抓好城区黑臭水体治理" in table.stdout


def test_supported_tasks_and_roles(b):
    led = b.tasks(agency="渝水生态环境局", role="lead")
    sup = b.tasks(agency="渝水生态环境局", role="support")
    both = b.tasks(agency="渝水生态环境局")
    assert set(led["role"]) == {"lead"} and set(sup["role"]) == {"support"}
    assert len(led) == 11 and len(led) + len(sup) == len(both) == 32
    assert all("渝水区生态环境局" in leads for leads in led["leads"])
    assert all("渝水区生态环境局" in s for s in sup["supports"])


def test_tasks_without_a_lead(b, seed_build):
    df = b.tasks(no_lead=True)
    assert set(df["plan_id"]) == {YICHUN_ID} and len(df) == 127  # the 五年规划 names nobody
    assert (df["n_leads"] == 0).all() and df["clause"].isna().all()
    res = run("tasks", str(seed_build), "--no-lead", "--plan", YUSHUI_ID)
    assert res.exit_code == 0 and "no task matches" in res.stdout


def test_search_campaign_and_deadline_filters(b, seed_build):
    found = b.tasks(search="黑臭水体")
    assert {"持续抓好城区黑臭水体治理", "整治劣V类水和城区黑臭水体"} <= set(found["title"])
    assert all("黑臭水体" in f"{t}{x}" for t, x in zip(found["title"], found["text"]))
    pm = b.tasks(search="pm2.5")
    assert len(pm) > 0 and pm["text"].str.contains("PM2.5").all()  # Latin letters in any case
    water = b.tasks(campaign="碧水")
    assert set(water["campaign"]) == {"碧水保卫战", "碧水提升攻坚战"}
    assert "水环境质量提升行动" in set(b.tasks(campaign="water")["campaign"])  # the type finds 景德镇's too
    due = b.tasks(deadline_before=2021)
    assert len(due) > 0 and all(min(ys) < 2021 for ys in due["deadline_years"])
    assert set(due["plan_id"]) == {CHANGJIANG_ID, YICHUN_ID}
    combined = cli_json("tasks", str(seed_build), "--plan", YUSHUI_ID, "--campaign", "water", "--search", "污水")
    assert [r["title"] for r in combined] == list(b.tasks(plan=YUSHUI_ID, campaign="water", search="污水")["title"])
    assert combined and all(r["plan_id"] == YUSHUI_ID for r in combined)


def test_tasks_csv_has_provenance_columns_and_flat_lists(b, seed_build):
    res = run("tasks", str(seed_build), "--plan", CHANGJIANG_ID, "--format", "csv")
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == len(b.tasks(plan=CHANGJIANG_ID)) == 32
    assert set(PROVENANCE_COLUMNS) <= set(rows[0]) and not set(AGENCY_COLUMNS) & set(rows[0])
    first = rows[0]
    assert first["clause"].startswith("〔牵头单位：区环保局；") and first["leads"] == "昌江区环境保护局"
    assert "; " in first["supports"] and "[" not in first["supports"]  # lists joined, as the build's CSV tables


def test_tasks_command_errors_are_one_line(seed_build):
    assert "--role needs --agency" in one_error_line(run("tasks", str(seed_build), "--role", "lead"))
    assert "no such plan" in one_error_line(run("tasks", str(seed_build), "--plan", "nope"))
    res = run("tasks", "/nonexistent/build")
    assert res.exit_code == 1 and "Traceback" not in res.output


def test_help_names_the_examples():
    assert "respgraph agency out 渝水生态环境局" in run("agency", "--help").stdout
    assert "respgraph tasks out --no-lead" in run("tasks", "--help").stdout
    top = run("--help").stdout
    assert "agency" in top and "tasks" in top


def test_agency_on_a_corrupt_build_is_one_line(tmp_path):
    (tmp_path / "graph.json").write_text('{"respgraph": {"format": "respgraph-build"', encoding="utf-8")
    line = one_error_line(run("agency", str(tmp_path), "渝水生态环境局"), code=1)
    assert str(tmp_path) in line and "corrupt or truncated" in line


# ----------------------------------------------------------------------------- supervisors (督导单位)


@pytest.fixture(scope="module")
def ledger_build(tmp_path_factory):
    """A rectification ledger whose 督导单位 column names 县委督查室, 县政府督查室 and 县纪委监委."""
    from pathlib import Path

    out = tmp_path_factory.mktemp("ledger") / "out"
    respgraph.build(Path(__file__).parent / "fixtures" / "rectify" / "ledger-tab.txt", out=out)
    return out


def test_what_a_supervising_office_supervises(ledger_build):
    # "what does 县委督查室 supervise": the tasks naming it as 督导单位, with their units (was: no
    # way to ask; --agency and `agency` said only "no agency named")
    rows = cli_json("tasks", str(ledger_build), "--supervisor", "县委督查室")
    assert [(r["title"], r["supervisors"], r["leads"]) for r in rows] == [
        ("城区生活污水处理厂超负荷运行", ["县委督查室"], ["汝城县住房和城乡建设局"])]
    # a part of the name finds both 督查室; near miss: a unit of the tasks is no supervisor
    assert len(cli_json("tasks", str(ledger_build), "--supervisor", "督查室")) == 2
    assert "no task matches: supervised by '县住建局'" in run("tasks", str(ledger_build), "--supervisor", "县住建局").stdout


def test_a_supervisor_asked_for_as_an_agency_is_pointed_to_its_tasks(ledger_build, seed_build):
    # a body named only as a supervisor is answered with the tasks it supervises (exit 0)
    res = run("agency", str(ledger_build), "县委督查室")
    assert res.exit_code == 0 and "supervises 1 task" in res.stdout and "城区生活污水处理厂超负荷运行" in res.stdout
    # near miss: a name nobody supervises with gets no such hint
    assert "supervises" not in one_error_line(run("agency", str(seed_build), "县委督查室"))


def test_no_lead_report_prints_no_empty_table(ledger_build):
    res = run("workload", str(ledger_build), "--report", "no-lead")
    assert res.exit_code == 0 and "has a clear lead" in res.stdout
    assert "Tasks without a clear lead" not in res.stdout  # was an empty table under the summary


def test_with_a_plan_a_name_is_read_as_that_plan_writes_it(tmp_path):
    """A county-level city's plan writes 市财政局 for its own bureau and 株洲市财政局 for the city's;
    the city's plan writes 市财政局 for the city's. With --plan, 市财政局 is the plan's own (was
    ambiguous: every plan's aliases counted, and the city's bureau has 市财政局 among them)."""
    (tmp_path / "zhuzhou-2022.txt").write_text(
        "株洲市2022年大气污染防治工作方案\n\n1. 保障污染防治资金。（牵头单位：市财政局；责任单位：市发改委）\n", encoding="utf-8")
    (tmp_path / "liling-2022.txt").write_text(
        "醴陵市2022年大气污染防治工作方案\n\n1. 落实专项资金。（牵头单位：市财政局；责任单位：株洲市财政局）\n", encoding="utf-8")
    out = tmp_path / "out"
    respgraph.build(tmp_path, out=out)
    g = respgraph.load(out).graph
    assert find_agency(g, "市财政局", plan="liling-2022") == "agency:醴陵市/财政局"
    assert find_agency(g, "株洲市财政局", plan="liling-2022") == "agency:株洲市/财政局"
    assert find_agency(g, "市财政局", plan="zhuzhou-2022") == "agency:株洲市/财政局"
    with pytest.raises(AmbiguousAgency):  # near miss: without the plan it is both
        find_agency(g, "市财政局")
