"""What a researcher (Jupyter, the Python API, Gephi) and a Neo4j team met at stop 22, each
asserted on real results: the API's spans, the exports read back, the Cypher library."""

from __future__ import annotations

import io

import pandas as pd
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app
from respgraph.graph.tables import SPAN_COLUMNS

runner = CliRunner()


def test_assignment_spans_are_integers_that_slice_the_text(seed_build, tmp_path):
    """Auditing one number back to the clause: every span column of b.assignments() is an
    integer column, <NA> where a row has none (was float64 wherever one row had no clause
    span: text[12.0:15.0] a TypeError, every slice int()-ed)."""
    from respgraph.grammar.units import normalise_mention
    from respgraph.read import read_document

    b = respgraph.load(seed_build)
    a = b.assignments()
    assert {c: str(a[c].dtype) for c in SPAN_COLUMNS} == dict.fromkeys(SPAN_COLUMNS, "Int64")
    assert a["clause_start"].isna().any() and a["clause_start"].notna().sum() > 500  # gaps are <NA>, not NaN floats
    texts = {f: read_document(f).text for f in set(a["file"])}
    yushui = a[a["plan_id"] == "yushui-2022-pollution-battle"]
    stated = yushui[yushui["clause_start"].notna()]  # (a unit carried over by 以下均需各乡镇（办）落实 has no clause)
    assert len(stated) > 100
    for r in stated.itertuples():
        text = texts[r.file]
        assert normalise_mention(text[r.start:r.end]) == normalise_mention(r.mention), r
        if len(r.clause) <= 400:
            assert text[r.clause_start:r.clause_end] == r.clause
    # one workload number back to its clauses: 渝水区生态环境局's tasks led, each with its clause
    led = yushui[(yushui["agency"] == "渝水区生态环境局") & (yushui["role"] == "lead")]
    wl = b.workload(plan="yushui-2022-pollution-battle").set_index("name").loc["渝水区生态环境局"]
    assert led["task_id"].nunique() == wl["tasks_led"] > 5
    # the exports keep them integers: CSV without '.0', Excel cells ints or empty
    r = runner.invoke(app, ["export", str(seed_build), "--format", "xlsx", "-o", str(tmp_path / "b.xlsx")])
    assert r.exit_code == 0, r.output
    sheet = pd.read_excel(tmp_path / "b.xlsx", sheet_name="assignments")
    assert list(sheet["start"]) == list(a["start"])
    cells = {type(v) for v in pd.read_excel(tmp_path / "b.xlsx", sheet_name="assignments", dtype=object)["clause_start"]}
    assert cells <= {int, float} and sheet["clause_start"].isna().sum() == a["clause_start"].isna().sum()
    from respgraph.graph import flat_frame

    csv = pd.read_csv(io.StringIO(flat_frame(a).to_csv(index=False)), dtype=str, keep_default_na=False)
    assert csv["clause_start"].str.fullmatch(r"\d*").all() and (csv["clause_start"] == "").sum() == a["clause_start"].isna().sum()


def test_the_agency_tables_fence_is_the_number_its_reason_gives(seed_build):
    """`respgraph agency`: the workload table's fence column reads as the reason beside it
    says it, one decimal (was: 3.1875 in the column, 'above the fence 3.2' in the reason)."""
    import re

    # (with the collectives counted, as the overload list with --include-collectives: the fence is
    # 8.625; left out, as by default since stop 30, it is the list's 8.3)
    for options, fence in ((["--include-collectives"], "8.6"), ([], "8.3")):
        r = runner.invoke(app, ["agency", str(seed_build), "昌江区环境保护局", *options], env={"COLUMNS": "250"}, terminal_width=250)
        assert r.exit_code == 0, r.output
        row = next(ln for ln in r.stdout.splitlines() if ln.startswith("│ changjiang-2018-yangtze-protection"))
        cells = [c.strip() for c in row.strip("│").split("│")]
        said = re.search(r"above the fence (\d+\.\d)", row)
        assert said and cells[6] == said.group(1) == fence, row


def test_gephi_exports_read_back_with_chinese_names_and_typed_attributes(seed_build, tmp_path):
    """`export --format gexf / graphml` opened again with networkx, as Gephi opens them:
    Chinese names as written, spans integers, flags booleans, one edge per assignment."""
    import networkx as nx

    b = respgraph.load(seed_build)
    a = b.assignments()
    row = a[(a["agency"] == "渝水区生态环境局") & (a["role"] == "lead") & a["clause_start"].notna()].iloc[0]
    for fmt, read, node_type, rel, start in (("gexf", nx.read_gexf, "node_type", "relation", "span_start"),
                                             ("graphml", nx.read_graphml, "type", "type", "start")):
        path = tmp_path / f"g.{fmt}"
        r = runner.invoke(app, ["export", str(seed_build), "--format", fmt, "-o", str(path)])
        assert r.exit_code == 0, r.output
        H = read(path)
        agency = H.nodes["agency:渝水区/生态环境局"]
        assert agency[node_type] == "Agency" and agency["name"] == "渝水区生态环境局" and agency["known"] is True
        edges = [d for u, v, d in H.edges(data=True) if u == "agency:渝水区/生态环境局" and v == f"task:{row.task_id}"
                 and d[rel] == "LEADS"]
        assert len(edges) == 1, (fmt, edges)
        e = edges[0]
        assert (e[start], e["clause_start"], e["clause_end"]) == (row.start, row.clause_start, row.clause_end)
        assert all(type(e[k]) is int for k in (start, "clause_start", "clause_end")) and e["mention"] == row.mention
        leads = sum(1 for *_, d in H.edges(data=True) if d.get(rel) == "LEADS")
        assert leads == (a["role"] == "lead").sum(), fmt
