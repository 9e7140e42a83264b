"""`respgraph build` / `export` and the Python API on the five seed plans."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from conftest import CHANGJIANG, JINGDEZHEN, SEEDS, XXZONE, YICHUN, YUSHUI
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app
from respgraph.extract import extract_file
from respgraph.graph import count_by_type
from respgraph.resolve import resolve_plan

ROOT_DIR = Path(__file__).resolve().parents[1]

runner = CliRunner()
FILES = ("graph.json", "tasks.csv", "assignments.csv", "agencies.csv")


def _same_files(a: Path, b: Path) -> None:
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def seed(seed_build):
    return respgraph.load(seed_build)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_counts_per_plan_match_the_extraction(seed, path):
    plan = extract_file(path)
    G = seed.graph
    pid = plan.meta.plan_id
    tasks = [n for n, d in G.nodes(data=True) if d["type"] == "Task" and d["plan_id"] == pid]
    assert len(tasks) == len(plan.tasks)
    campaigns = [n for n, d in G.nodes(data=True) if d["type"] == "Campaign" and d["plan_id"] == pid]
    assert len(campaigns) == len(plan.campaigns)
    edges = Counter(k for u, v, k in G.edges(keys=True) if k in ("LEADS", "SUPPORTS") and G.nodes[v]["plan_id"] == pid)
    roles = Counter(m.role for t in plan.tasks for m in t.mentions)
    occurrences = Counter()
    for u, v, k, d in G.edges(keys=True, data=True):
        if k in ("LEADS", "SUPPORTS") and d["plan_id"] == pid:
            occurrences[k] += d["occurrences"]
    # every mention the extractor found is on an edge (repeats counted in occurrences)
    assert occurrences["LEADS"] == roles["lead"] and occurrences["SUPPORTS"] == roles["support"]
    resolved = resolve_plan(plan)
    unique = {(a.agency_id, tid, a.role) for tid, asg in resolved.assignments.items() for a in asg}
    assert edges["LEADS"] + edges["SUPPORTS"] == len(unique)
    # each task hangs under exactly one parent (its campaign or the plan)
    for t in tasks:
        assert [k for _, _, k in G.in_edges(t, keys=True)].count("HAS_TASK") == 1


def test_whole_build_counts(seed):
    c = count_by_type(seed.graph)
    assert c["nodes"]["Plan"] == 5
    assert c["nodes"]["Task"] == sum(len(extract_file(p).tasks) for p in SEEDS)
    assert c["edges"]["HAS_TASK"] == c["nodes"]["Task"]
    assert c["edges"]["HAS_CAMPAIGN"] == c["nodes"]["Campaign"]
    assert c["edges"]["IN"] == c["nodes"]["Agency"]
    assert c["edges"]["ISSUED_IN"] == 5
    assert len(seed.assignments()) == c["edges"]["LEADS"] + c["edges"]["SUPPORTS"]


def test_provenance_of_yushui_task_14_slices_the_clause(seed):
    plan = extract_file(YUSHUI)
    task = next(t for t in plan.tasks if t.number == "14" and "黑臭水体" in t.title)
    G = seed.graph
    leads = [(u, d) for u, _, k, d in G.in_edges(f"task:{task.task_id}", keys=True, data=True) if k == "LEADS"]
    assert [G.nodes[u]["name"] for u, _ in leads] == ["渝水区城市管理分局"]
    d = leads[0][1]
    assert d["mention"] == "城管渝水分局" and d["basis"] == "first_listed"
    assert plan.document.text[d["clause_start"]:d["clause_end"]] == d["clause"]
    assert plan.document.text[d["start"]:d["end"]] == "城管渝水分局"
    assert "城管渝水分局" in d["clause"] and "区水利局" in d["clause"]
    assert d["file"] == "data/plans/yushui-2022-pollution-battle.txt" or d["file"].endswith("yushui-2022-pollution-battle.txt")


def test_every_explicit_assignment_locates_its_mention_and_clause_in_the_file(seed, seed_build):
    # Audited without respgraph: open the .txt file as the plan node says and slice it.
    from respgraph.grammar.units import normalise_mention

    G = seed.graph
    enc = {d["plan_id"]: d["encoding"] for _, d in G.nodes(data=True) if d.get("type") == "Plan"}
    rows = seed.assignments()
    texts = {f: open(ROOT_DIR / f if not Path(f).is_absolute() else f, encoding=enc[p], newline="").read()
             for f, p in set(zip(rows["file"], rows["plan_id"]))}
    mentions = clauses = 0
    for r in rows.itertuples():
        t = texts[r.file]
        if r.basis != "inherited":  # an inherited collective is named once, in the marker
            assert normalise_mention(t[r.file_start:r.file_end]) == r.mention  # integers: sliced as they are
            mentions += 1
        if r.clause_file_start is not pd.NA:  # Int64 columns: <NA> where a row has no clause span
            assert "".join(t[r.clause_file_start:r.clause_file_end].split()) == "".join(r.clause.split())
            clauses += 1
    # the cleaned text's offsets differ from the file's (leading spaces, OCR spaces, page lines)
    assert (rows["file_start"] != rows["start"]).sum() > len(rows) // 2
    assert mentions >= 500 and clauses >= 600


def test_ecology_agencies_of_every_plan_share_one_function_node(seed):
    G = seed.graph
    eco = {u for u, _, k in G.in_edges("function:生态环境", keys=True) if k == "HAS_FUNCTION"}
    by_plan = {p: {a for a in eco if p in G.nodes[a]["plans"]} for p in seed.plan_ids}
    names = {p: sorted(G.nodes[a]["name"] for a in s) for p, s in by_plan.items()}
    assert "渝水区生态环境局" in names[extract_file(YUSHUI).meta.plan_id]
    assert "昌江区环境保护局" in names[extract_file(CHANGJIANG).meta.plan_id]  # pre-2018 name, same function
    assert "景德镇市生态环境局" in names[extract_file(JINGDEZHEN).meta.plan_id]
    assert any("生态环境" in n for n in names[extract_file(XXZONE).meta.plan_id])  # merged bureau
    # 宜春's five-year plan states no responsibilities: no agencies at all, so none to connect
    assert names[extract_file(YICHUN).meta.plan_id] == []
    assert G.nodes["function:生态环境"]["gloss"] == "ecology and environment"


def test_two_builds_are_byte_identical(tmp_path, seed_build):
    r = runner.invoke(app, ["build", *map(str, SEEDS), "--out", str(tmp_path / "again")])
    assert r.exit_code == 0, r.output
    _same_files(seed_build, tmp_path / "again")
    assert str(tmp_path) not in (tmp_path / "again" / "graph.json").read_text("utf-8")


def test_build_into_adds_one_plan_equal_to_building_all_at_once(tmp_path, seed_build):
    out = tmp_path / "b"
    r = runner.invoke(app, ["build", *map(str, SEEDS[:4]), "--out", str(out)])
    assert r.exit_code == 0, r.output
    four = respgraph.load(out)
    r = runner.invoke(app, ["build", str(SEEDS[4]), "--into", str(out)])
    assert r.exit_code == 0, r.output
    assert "added xx-zone-2022-pollution-battle-scraped" in r.output
    five = respgraph.load(out)
    one = respgraph.build([SEEDS[4]])
    for kind in ("Task", "Campaign", "Plan"):
        assert five.counts()["nodes"][kind] == four.counts()["nodes"][kind] + one.counts()["nodes"][kind]
    for kind in ("LEADS", "SUPPORTS"):
        assert five.counts()["edges"][kind] == four.counts()["edges"][kind] + one.counts()["edges"][kind]
    _same_files(seed_build, out)
    # the same file again: skipped, nothing rewritten
    before = (out / "graph.json").read_bytes()
    r = runner.invoke(app, ["build", str(SEEDS[4]), "--into", str(out)])
    assert r.exit_code == 0 and "unchanged xx-zone-2022-pollution-battle-scraped" in r.output
    assert (out / "graph.json").read_bytes() == before


def test_build_into_replaces_a_changed_plan(tmp_path, seed_build):
    out = tmp_path / "b"
    shutil.copytree(seed_build, out)
    changed = tmp_path / YUSHUI.name  # same file name -> same plan id, other content
    text = YUSHUI.read_text("utf-8")
    cut = text.index("14.")  # drop the tail of the plan from task 14 on
    changed.write_text(text[:cut], "utf-8")
    r = runner.invoke(app, ["build", str(changed), "--into", str(out)])
    assert r.exit_code == 0, r.output
    assert "replaced yushui-2022-pollution-battle" in r.output
    after = respgraph.load(out)
    new_plan = extract_file(changed)
    pid = new_plan.meta.plan_id
    tasks = after.tasks()
    assert (tasks.plan_id == pid).sum() == len(new_plan.tasks) < len(extract_file(YUSHUI).tasks)
    assert tasks.task_id.is_unique and after.plan_ids == respgraph.load(seed_build).plan_ids
    assert after.plans().set_index("plan_id").loc[pid, "path"].endswith(changed.name)


@pytest.mark.parametrize("content", ['{"respgraph": {"format": "respgraph-build"', '{"nodes": [], "edges": []}', "\x00\x01garbage"])
def test_bad_graph_json_is_a_clear_error_without_traceback(tmp_path, content):
    (tmp_path / "graph.json").write_text(content, "utf-8")
    for args in (["build", str(YUSHUI), "--into", str(tmp_path)], ["export", str(tmp_path), "--format", "csv"]):
        r = runner.invoke(app, args)
        assert r.exit_code != 0
        assert "Traceback" not in r.output and r.exception is None or isinstance(r.exception, SystemExit)
        assert "graph.json" in r.stderr and ("corrupt" in r.stderr or "not a respgraph build" in r.stderr)


def test_bad_file_is_reported_and_the_build_goes_on(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(JINGDEZHEN, plans)
    (plans / "broken.docx").write_bytes(b"this is not a zip")
    (plans / "notes.md").write_text("ignored: not a plan type")
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "1 plan, " in r.stdout and "1 failure\n" in r.stdout  # was "1 plans", "1 failures"
    assert "broken.docx" in r.stderr and "not a valid .docx" in r.stderr and "Traceback" not in r.stderr
    assert respgraph.load(tmp_path / "out").plan_ids == ["jingdezhen-2021-eco-work-points"]
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "out2"), "--strict"])
    assert r.exit_code == 1
    r = runner.invoke(app, ["build", str(plans / "broken.docx"), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out3")])
    assert r.exit_code == 1 and "no such file" in r.stderr and "no plan could be read" in r.stderr
    assert not (tmp_path / "out3" / "graph.json").exists()


def test_api_build_and_load_tables(tmp_path):
    b = respgraph.build([JINGDEZHEN], out=tmp_path)
    assert b.plan_ids == ["jingdezhen-2021-eco-work-points"]
    loaded = respgraph.load(tmp_path)
    assert loaded.plan_ids == b.plan_ids
    a = loaded.assignments()
    assert list(a.columns[:6]) == ["plan_id", "task_id", "task_title", "agency_id", "agency", "role"]
    eco = a[a.agency == "景德镇市生态环境局"]
    assert len(eco) > 0 and eco.function_glosses.iloc[0] == ["ecology and environment"]
    p = loaded.plans()
    assert p.loc[0, "tasks"] == len(extract_file(JINGDEZHEN).tasks) and len(p.loc[0, "sha256"]) == 64
    t = loaded.tasks()
    assert set(t.campaign_type.dropna()) <= {"air", "water", "soil", "rural", "other", "low-carbon", "ecology",
                                             "risk", "governance", "sea", "inspection-rectification"}
    ag = loaded.agencies().set_index("name")
    assert ag.loc["景德镇市生态环境局", "leads"] > 0
    with pytest.raises(respgraph.BuildError, match="no such build directory"):
        respgraph.load(tmp_path / "nowhere")


def test_export_command_reads_back(tmp_path, seed_build):
    import networkx as nx

    G = respgraph.load(seed_build).graph
    for fmt, name in (("graphml", "g.graphml"), ("gexf", "g.gexf")):
        r = runner.invoke(app, ["export", str(seed_build), "--format", fmt, "-o", str(tmp_path / name)])
        assert r.exit_code == 0, r.output
        H = nx.read_graphml(tmp_path / name, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(tmp_path / name)
        assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    r = runner.invoke(app, ["export", str(seed_build), "--format", "xlsx", "-o", str(tmp_path / "g.xlsx")])
    assert r.exit_code == 0, r.output
    import pandas as pd

    sheets = pd.read_excel(tmp_path / "g.xlsx", sheet_name=None)
    assert len(sheets["assignments"]) == count_by_type(G)["edges"]["LEADS"] + count_by_type(G)["edges"]["SUPPORTS"]
    assert len(sheets["tasks"]) == count_by_type(G)["nodes"]["Task"]


def test_provenance_of_a_division_table_row_is_the_cell(tmp_path):
    # a task list kept as a spreadsheet: each agency's clause is its own cell's name, and the
    # clause span reads exactly that (it was the lead and support cells together, so the text
    # at the span was not the edge's clause)
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["抚州市2023年农村人居环境整治提升重点任务清单"],
              ["序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限"],
              [1, "农村生活污水治理", "完成100个行政村生活污水治理", "市生态环境局", "市住建局、市农业农村局", "2023年12月底"],
              [2, "村庄规划编制", "推进实用性村庄规划编制", "市自然资源局", None, "2023年12月底"]):
        ws.append(r)
    path = tmp_path / "fuzhou-2023-rural-tasks.xlsx"
    wb.save(path)
    b = respgraph.build([path])
    text = extract_file(path).document.text
    rows = b.assignments()
    assert [(r.agency, r.role, r.clause) for r in rows.itertuples()] == [
        ("抚州市生态环境局", "lead", "市生态环境局"),
        ("抚州市住房和城乡建设局", "support", "市住建局"),
        ("抚州市农业农村局", "support", "市农业农村局"),
        ("抚州市自然资源局", "lead", "市自然资源局"),
    ]
    for r in rows.itertuples():
        assert text[int(r.clause_start):int(r.clause_end)] == r.clause == text[int(r.start):int(r.end)]
        assert b.provenance(r._asdict()).source_text() == r.clause
