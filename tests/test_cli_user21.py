"""Stop 21's user round: what an officer with a folder of plans, a researcher in Jupyter and a
team loading Neo4j tripped on — each checked through the command line and through the API."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

import respgraph
from respgraph.cli import app

runner = CliRunner()
YUSHUI_ID = "yushui-2022-pollution-battle"


def _view_nodes(html: str) -> dict[str, dict]:
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1)
    return {n["id"]: n for n in json.loads(data)["nodes"]}


def test_view_find_box_carries_the_names_the_plans_write(seed_build, tmp_path):
    """The view's find box matches an agency as the plans write it (区发改委), which its
    canonical label (渝水区发展和改革委员会) does not contain: the page carries those names,
    written by `respgraph viz` and by `Build.view` alike (was: canonical labels only)."""
    out = tmp_path / "plan.html"
    r = runner.invoke(app, ["viz", str(seed_build), "--view", "plan", "--plan", YUSHUI_ID, "--out", str(out)])
    assert r.exit_code == 0, r.output
    from_cli = _view_nodes(out.read_text(encoding="utf-8"))
    from_api = _view_nodes(respgraph.load(seed_build).view("plan", plan=YUSHUI_ID).html)
    for nodes in (from_cli, from_api):
        dev = nodes["agency:渝水区/发展和改革委员会"]
        assert "区发改委" in dev["find"].split() and "区发改委" not in dev["label_zh"]
        assert all(n["find"] == "" for i, n in nodes.items() if not i.startswith("agency:"))
    assert from_cli == from_api


def _two_counties(tmp_path):
    """The same 扬尘 task led by 县城管局 in one county plan and by 县住建局 in another."""
    task = "（一）加强施工扬尘污染管控。严格落实施工工地“六个百分百”要求。（牵头单位：{}；责任单位：县交通运输局）\n"
    files = []
    for name, lead in (("aa-2023-air.txt", "县城管局"), ("bb-2023-air.txt", "县住建局")):
        f = tmp_path / name
        f.write_text(f"{name[:2].upper()}县2023年大气污染防治工作方案\n\n一、重点任务\n\n" + task.format(lead), encoding="utf-8")
        files.append(str(f))
    return files


def test_disagreements_table_names_the_leads_with_their_functions(tmp_path):
    """`overlap --disagreements` answers "where do two plans ask the same with different
    leads": its table names each lead (was: its 'lead a' column held the lead's function, the
    agency's name was only in CSV/JSON), its function in Chinese with the English gloss."""
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", *_two_counties(tmp_path), "--out", str(out)]).exit_code == 0
    api = respgraph.load(out).disagreements(threshold=0.2)
    assert [(a, b) for a, b in zip(api["leads_a"], api["leads_b"])] == [(["AA县城市管理局"], ["BB县住房和城乡建设局"])]
    table = runner.invoke(app, ["overlap", str(out), "--disagreements"], env={"COLUMNS": "250"})
    assert table.exit_code == 0, table.output
    row = next(line for line in table.output.splitlines() if "加强施工扬尘污染管控" in line)
    assert "AA县城市管理局" in row and "BB县住房和城乡建设局" in row
    assert "城市管理和综合执法 (urban management and law enforcement)" in row
    assert "住房和城乡建设 (housing and urban-rural development)" in row
    js = runner.invoke(app, ["overlap", str(out), "--disagreements", "--format", "json"]).stdout
    assert [(x["leads_a"], x["leads_b"]) for x in json.loads(js)] == [(["AA县城市管理局"], ["BB县住房和城乡建设局"])]


def _misnamed_folder(tmp_path):
    """A clerk's folder: a Word plan saved as .txt, a PDF named .docx, a Word 97 file named
    .txt, a plain-text plan named .docx, a zip cut short named .txt, a .docx and a Word web page
    named .doc, an RTF file and a plain-text plan named .doc."""
    from conftest import PLANS_DIR, YUSHUI

    fixtures = PLANS_DIR.parent.parent / "tests" / "fixtures"
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "工作要点.txt").write_bytes(_docx_bytes())
    (folder / "版式文件.docx").write_bytes((fixtures / "pdf" / "official-layout.pdf").read_bytes())
    (folder / "旧版文件.txt").write_bytes((fixtures / "doc" / "numbered-plan.doc").read_bytes())
    (folder / "河长制方案.docx").write_bytes(YUSHUI.read_bytes())
    (folder / "残缺.txt").write_bytes(b"PK\x03\x04 cut short")
    (folder / "改名文档.doc").write_bytes(_docx_bytes("YY县2024年河湖保护工作要点"))  # a .docx renamed .doc
    (folder / "网页文档.doc").write_text(  # Word's "save as web page", kept as .doc
        '<html><head><meta charset="utf-8"></head><body><p>ZZ县2024年河湖保护工作要点</p><p>一、重点任务</p>'
        "<p>（一）加强河湖岸线管控。开展河湖“清四乱”常态化。（牵头单位：县水利局；责任单位：县自然资源局）</p></body></html>",
        encoding="utf-8")
    (folder / "单文件网页.doc").write_bytes(_mhtml_bytes("WW县2024年河湖保护工作要点"))  # Word's "single file web page"
    (folder / "富文本.doc").write_bytes("{\\rtf1\\ansi 实施方案}".encode("utf-8"))
    (folder / "文本文档.doc").write_bytes(YUSHUI.read_bytes())
    return folder


def _docx_bytes(title: str = "XX县2024年河湖保护工作要点") -> bytes:
    import io

    import docx

    d = docx.Document()
    for line in (title, "一、重点任务",
                 "（一）加强河湖岸线管控。开展河湖“清四乱”常态化。（牵头单位：县水利局；责任单位：县自然资源局）"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _mhtml_bytes(title: str) -> bytes:
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    page = MIMEText(f'<html><body><p>{title}</p><p>一、重点任务</p><p>（一）加强河湖岸线管控。开展河湖“清四乱”常态化。'
                    "（牵头单位：县水利局；责任单位：县自然资源局）</p></body></html>", "html", "utf-8")
    page["Content-Location"] = "file:///C:/plan.htm"
    archive = MIMEMultipart("related")
    archive.attach(page)
    return archive.as_bytes()


MISNAMED_ERRORS = {
    "河长制方案.docx": "not a valid .docx (not a zip file); it is plain text: name it .txt",
    "残缺.txt": "a damaged zip archive or Word file (not a zip file): not a plan document",
    "富文本.doc": "not a valid .doc (an RTF file; save it as .docx)",
    "文本文档.doc": "not a valid .doc (not an OLE compound file; save it as .docx); it is plain text: name it .txt",
}


def test_office_files_under_another_suffix_are_read_and_text_named_docx_is_told(tmp_path):
    """A Word or PDF file whose suffix names another format is read as what its bytes are,
    in a folder as in the API (was: 工作要点.txt that is a .docx refused as 'binary file, not a
    plan document (zip archive)'); a plain-text plan named .docx is still refused — reading it
    would be a guess — but the line says what it is (was: 'not a valid .docx (not a zip
    file)' alone), and a zip cut short named .txt is not called a .docx. Likewise a .docx or a
    Word web page named .doc is read (was: 'not a valid .doc (not an OLE compound file…)'), an
    RTF file named .doc is called one."""
    import warnings

    from respgraph.errors import UnreadWarning

    folder = _misnamed_folder(tmp_path)
    out = tmp_path / "out"
    r = runner.invoke(app, ["build", str(folder), "--out", str(out)])
    assert r.exit_code == 0, r.output
    errors = [line for line in r.stderr.splitlines() if line.startswith(f"respgraph: {folder}")]
    assert sorted(errors) == sorted(f"respgraph: {folder / n}: {why}" for n, why in MISNAMED_ERRORS.items())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnreadWarning)
        b = respgraph.build(folder)
    assert sorted((f.path, f.problem) for f in b.failures) == sorted((str(folder / n), why) for n, why in MISNAMED_ERRORS.items())
    assert sorted(b.plans()["path"].map(lambda p: p.rsplit("/", 1)[1])) == sorted(
        ["工作要点.txt", "旧版文件.txt", "版式文件.docx", "改名文档.doc", "网页文档.doc", "单文件网页.doc"])
    assert sorted(b.plans()["format"]) == ["doc", "docx", "docx", "html", "html", "pdf"]
    t = b.tasks().query("title == '加强河湖岸线管控'")
    assert sorted(lead for leads in t["leads"] for lead in leads) == ["WW县水利局", "XX县水利局", "YY县水利局", "ZZ县水利局"]
    assert sorted(respgraph.load(out).plans()["plan_id"]) == sorted(b.plans()["plan_id"])


def test_a_web_page_named_docx_or_pdf_is_read_as_one(tmp_path):
    """A Word web page saved as .docx or .pdf is read as HTML, as one named .doc is (was: 'not a
    valid .docx (not a zip file); it is plain text: name it .txt' for a page of tags)."""
    from respgraph.extract import extract_file

    page = ("<html><head><meta charset=\"utf-8\"></head><body><p>XX县河长制工作方案</p><p>一、重点任务</p>"
            "<p>（一）加强河湖岸线管控。（牵头单位：县水利局；责任单位：县自然资源局）</p></body></html>")
    for name in ("网页.docx", "网页.pdf"):
        (tmp_path / name).write_text(page, encoding="utf-8")
        plan = extract_file(tmp_path / name)
        assert [[(m.text, m.role) for m in t.mentions] for t in plan.tasks] == [[("县水利局", "lead"), ("县自然资源局", "support")]]


def test_plans_table_gives_the_encoding_the_file_spans_are_read_with(tmp_path):
    """README: for a text plan, slice `open(file, encoding=<the plan's encoding>, newline="")`
    at `file_start`/`file_end`. The encoding is a column of `b.plans()` and of the plans sheet
    of `export --format xlsx` (was: on the Plan node only, in no table a researcher reads)."""
    from openpyxl import load_workbook

    from conftest import YUSHUI

    (tmp_path / "plans").mkdir()
    aa = Path(_two_counties(tmp_path)[0]).read_text(encoding="utf-8")
    (tmp_path / "plans" / "gb-2023-air.txt").write_bytes(aa.encode("gb18030"))
    (tmp_path / "plans" / YUSHUI.name).write_bytes(YUSHUI.read_bytes())
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(tmp_path / "plans"), "--out", str(out)]).exit_code == 0
    b = respgraph.load(out)
    plans = b.plans().set_index("plan_id")
    assert plans.loc["gb-2023-air", ["format", "encoding"]].tolist() == ["txt", "gb18030"]
    assert plans.loc[YUSHUI_ID, ["format", "encoding"]].tolist() == ["txt", "utf-8"]
    a = b.assignments()
    located = a[a.clause_file_start.notna()]
    assert set(located.plan_id) == {"gb-2023-air", YUSHUI_ID}
    for r in located.itertuples():  # the README's recipe, with the table's encoding
        raw = open(r.file, encoding=plans.loc[r.plan_id, "encoding"], newline="").read()
        assert raw[r.clause_file_start:r.clause_file_end] == r.clause  # integers: no int() needed
    xlsx = tmp_path / "b.xlsx"
    assert runner.invoke(app, ["export", str(out), "--format", "xlsx", "-o", str(xlsx)]).exit_code == 0
    rows = list(load_workbook(xlsx)["plans"].values)
    sheet = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert (sheet["gb-2023-air"]["format"], sheet["gb-2023-air"]["encoding"]) == ("txt", "gb18030")


def test_gephi_files_keep_types_and_chinese_as_researchers_md_says(seed_build, tmp_path):
    """docs/researchers.md: in GEXF a node's kind is `node_type`, an edge's relationship
    `relation`, a span `span_start`/`span_end`; GraphML keeps `type`/`start`/`end`; integers
    stay integers, `known` a boolean, Chinese as written — from `respgraph export` and from
    `Build.export` alike."""
    import networkx as nx

    b = respgraph.load(seed_build)
    for fmt, read, kind, rel, start in (("gexf", nx.read_gexf, "node_type", "relation", "span_start"),
                                        ("graphml", nx.read_graphml, "type", "type", "start")):
        cli, api = tmp_path / f"cli.{fmt}", tmp_path / f"api.{fmt}"
        assert runner.invoke(app, ["export", str(seed_build), "--format", fmt, "-o", str(cli)]).exit_code == 0
        b.export(fmt, api)
        assert cli.read_bytes() == api.read_bytes()
        H = read(cli)
        agency = H.nodes["agency:渝水区/生态环境局"]
        assert agency[kind] == "Agency" and agency["name"] == "渝水区生态环境局" and agency["known"] is True
        assert "渝水生态环境局" in agency["aliases"].split("; ")
        leads = [d for _, _, d in H.edges(data=True) if d[rel] == "LEADS"]
        assert leads and all(isinstance(d[start], int) and isinstance(d["clause_start"], int) for d in leads)
        assert any("牵头" in d["clause"] or "责任单位" in d["clause"] for d in leads)


def test_a_plan_named_by_part_of_its_place_or_by_words_several_plans_share(seed_build):
    """`--plan 渝水` (the place is 渝水区) names its plan's id, as `b.find_plan` already did
    (was: the command line matched a place only in full, and said nothing more); words several
    plans hold (`--plan 生态环境保护`) list those plans instead of every plan of the build (was:
    no hint at all), on the command line and in the API alike."""
    r = runner.invoke(app, ["tasks", str(seed_build), "--plan", "渝水"])
    assert r.exit_code == 2
    assert r.stderr.startswith(f"respgraph: 渝水: no such plan in the build; did you mean {YUSHUI_ID}? (plans: ")
    b = respgraph.load(seed_build)
    assert b.find_plan("渝水") == YUSHUI_ID
    several = sorted(p for p, t in zip(b.plans()["plan_id"], b.plans()["title"]) if "生态环境保护" in t)
    assert len(several) > 2
    r = runner.invoke(app, ["workload", str(seed_build), "--plan", "生态环境保护"])
    assert r.exit_code == 2
    assert r.stderr == (f"respgraph: 生态环境保护: no such plan in the build; {len(several)} plans match: "
                        f"{', '.join(several)}\n")
    import pytest

    with pytest.raises(ValueError, match=f"; {len(several)} plans match: {', '.join(several)} "):
        b.tasks(plan="生态环境保护")
    with pytest.raises(ValueError, match="matches several plans"):
        b.find_plan("生态环境保护")


def test_tasks_without_a_lead_list_the_gaps_before_the_plans_that_name_nobody(tmp_path):
    """`tasks --no-lead` answers "which tasks have no clear lead" as the report and
    `b.tasks_without_lead()` do: the tasks of plans that name agencies first, then those of a
    plan that names none (宜春's 规划), the title saying how many are which (was: one list by
    plan id, the few gaps among a 规划's hundred tasks)."""
    from conftest import YICHUN

    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / YICHUN.name).write_bytes(YICHUN.read_bytes())
    (plans / "zz-2023-air.txt").write_text(
        "ZZ县2023年大气污染防治工作方案\n\n一、重点任务\n\n"
        "（一）加强施工扬尘管控。落实“六个百分百”。（牵头单位：县住建局；责任单位：县城管局）\n\n"
        "（二）加大资金投入。统筹安排大气污染防治资金。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(plans), "--out", str(out)]).exit_code == 0
    b = respgraph.load(out)
    api = b.tasks_without_lead()
    gaps = api[api["plan_has_assignments"]]
    silent = api[~api["plan_has_assignments"]]
    assert list(gaps["title"]) == ["加大资金投入"] and set(silent["plan_id"]) == {"yichun-2021-14th-fyp-eco-plan"}
    assert len(b.tasks(no_lead=True)) == len(api)
    r = runner.invoke(app, ["tasks", str(out), "--no-lead", "-n", "0"], env={"COLUMNS": "400"})
    assert r.exit_code == 0, r.output
    title = " ".join(r.stdout.split("┏")[0].split())
    assert title == (f"{len(api)} tasks — no clear lead; 1 task in plans that name agencies, {len(silent)} in "
                     "1 plan that names none (yichun-2021-14th-fyp-eco-plan: `respgraph suggest` proposes leads)")
    rows = [line.split("│")[1].strip() for line in r.stdout.splitlines() if line.startswith("│") and line.split("│")[1].strip()]
    assert rows[0] == "zz-2023-air" and set(rows[1:]) == {"yichun-2021-14th-fyp-eco-plan"}


def test_bulk_import_files_hold_the_similar_pairs_a_load_adds(seed_build, tmp_path):
    """`neo4j export-csv` writes the SIMILAR_TO pairs `neo4j load` adds (unless
    --no-similarity), so that similar_tasks answers after a bulk import as after a load (was: no
    rels_SIMILAR_TO.csv for a build without them, while docs/neo4j.md says both paths give the
    same database); the files are those the library writes for the graph with its pairs."""
    from respgraph.analysis.overlap import add_similarity_edges
    from respgraph.neo4j.admin_csv import export_admin_csv

    cli = tmp_path / "cli"
    r = runner.invoke(app, ["neo4j", "export-csv", str(seed_build), "--out", str(cli)])
    assert r.exit_code == 0, r.output
    assert "--relationships=rels_SIMILAR_TO.csv" in r.stdout
    g = respgraph.load(seed_build).graph.copy()
    pairs = add_similarity_edges(g)
    lib = tmp_path / "lib"
    export_admin_csv(g, lib)
    assert sorted(p.name for p in cli.iterdir()) == sorted(p.name for p in lib.iterdir())
    assert all((cli / p.name).read_bytes() == p.read_bytes() for p in lib.iterdir())
    assert len((cli / "rels_SIMILAR_TO.csv").read_text(encoding="utf-8").splitlines()) == pairs + 1
    bare = tmp_path / "bare"
    assert runner.invoke(app, ["neo4j", "export-csv", str(seed_build), "--out", str(bare), "--no-similarity"]).exit_code == 0
    assert not (bare / "rels_SIMILAR_TO.csv").exists()


def test_agency_view_reads_a_shared_name_as_the_given_plan_writes_it(seed_build, tmp_path):
    """`viz --view agency --agency 区发改委 --plan <id>` draws that plan's 区发改委, as `respgraph
    agency 区发改委 --plan <id>` reads it (was: 'ambiguous' with --plan given too), from the
    command line and `Build.view` alike; without --plan it still stops and names the candidates."""
    out = tmp_path / "ego.html"
    r = runner.invoke(app, ["viz", str(seed_build), "--view", "agency", "--agency", "区发改委", "--plan", YUSHUI_ID,
                            "--out", str(out)])
    assert r.exit_code == 0, r.output
    nodes = _view_nodes(out.read_text(encoding="utf-8"))
    assert "agency:渝水区/发展和改革委员会" in nodes and "agency:昌江区/发展和改革委员会" not in nodes
    api = respgraph.load(seed_build).view("agency", agency="区发改委", plan=YUSHUI_ID)
    assert _view_nodes(api.html) == nodes
    r = runner.invoke(app, ["viz", str(seed_build), "--view", "agency", "--agency", "区发改委", "--out", str(out)])
    assert r.exit_code == 2 and "ambiguous" in r.stderr and "渝水区发展和改革委员会" in r.stderr
