"""Every query of the Cypher library against respgraph's own analysis of the same build, over a
REAL Bolt connection (FalkorDB, see _falkordb.py), on a corpus of real-style plans of many
places (the seeds and the fixture plans of overlap, overlap-levels, topics, county, rectify and
longplans: 47 plans, ~1,100 assignments, ~340 agencies): the whole answer, then plan by plan
and agency by agency, names as the plans write them (and typed in traditional characters or
with half-width brackets), and every assignment's provenance back to its clause and spans. test_neo4j.py checks the same queries on the five seeds with other
parameters."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from _falkordb import FalkorServer
from conftest import PLANS_DIR

pytestmark = pytest.mark.neo4j

FIXTURES = PLANS_DIR.parents[1] / "tests" / "fixtures"
CORPUS = [PLANS_DIR, *(FIXTURES / d for d in ("overlap", "overlap-levels", "topics", "county", "rectify", "longplans"))]


@pytest.fixture(scope="module")
def corpus_build():
    import warnings

    from respgraph import api

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        build = api.build(CORPUS)
    assert not build.failures
    return build


@pytest.fixture(scope="module")
def corpus(corpus_build, tmp_path_factory):
    """(driver, graph): the corpus built, with its SIMILAR_TO pairs, loaded into a server of
    its own as `respgraph neo4j load` loads it."""
    import neo4j

    from respgraph.analysis.overlap import add_similarity_edges
    from respgraph.neo4j.load import load_graph

    g = corpus_build.graph.copy()
    assert add_similarity_edges(g) > 0
    srv = FalkorServer(tmp_path_factory.mktemp("falkordb-parity")).start()
    driver = neo4j.GraphDatabase.driver(srv.uri, auth=None)
    assert load_graph(g, driver, progress=False).ok
    srv.on_restart.append(lambda _srv: load_graph(g, driver, progress=False))
    yield driver, g
    driver.close()
    srv.close()


def _norm(v):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, float) and not math.isnan(v):
        return int(v) if v == int(v) else round(v, 6)
    if isinstance(v, (list, tuple)):
        return tuple(sorted(map(str, v)))
    return v


def rows(df, cols) -> Counter:
    return Counter(tuple(_norm(v) for v in r) for r in df[cols].itertuples(index=False))


def q(driver, name, **params):
    from respgraph.neo4j.queries import run_query

    return run_query(driver, name, limit=10**6, **params)


def plans_of(g) -> list[str]:
    return sorted(d["plan_id"] for _, d in g.nodes(data=True) if d.get("type") == "Plan")


def pairs(df) -> Counter:
    return Counter({frozenset((a, b)): int(w) for a, b, w in df[["agency_a", "agency_b", "shared_tasks"]].values})


def test_the_corpus_is_real_size_and_loaded_whole(corpus):
    from respgraph.neo4j.load import database_counts

    driver, g = corpus
    want = {"nodes": dict(sorted(Counter(d["type"] for _, d in g.nodes(data=True)).items())),
            "relationships": dict(sorted(Counter(k for *_, k in g.edges(keys=True)).items()))}
    assert database_counts(driver) == want
    assert len(plans_of(g)) >= 40 and want["relationships"]["LEADS"] + want["relationships"]["SUPPORTS"] > 1000


WORKLOAD = ["plan_id", "key", "tasks_led", "tasks_supported", "tasks", "plan_tasks", "lead_share", "weighted_load"]
NO_LEAD = ["task_id", "plan_id", "title", "supporters", "plan_has_assignments"]


def test_workload_and_overload_agree_agency_by_agency(corpus):
    from respgraph.analysis.workload import overload, workload

    driver, g = corpus
    want = workload(g, across=False)
    assert len(want) > 300
    assert rows(q(driver, "agency_workload"), WORKLOAD) == rows(want, WORKLOAD)
    assert rows(q(driver, "agency_workload", lead_weight=3.0, support_weight=0.25), WORKLOAD) == \
        rows(workload(g, across=False, lead_weight=3.0, support_weight=0.25), WORKLOAD)
    cols = ["plan_id", "key", "tasks_led", "plan_tasks", "lead_share"]
    for limit in (0.25, 0.1):
        flagged = overload(g, share_limit=limit, all_rows=True)
        assert rows(q(driver, "overloaded_agencies", share_limit=limit), cols) == rows(flagged[flagged["over_share"]], cols)


def test_tasks_without_lead_pairs_similar_tasks_and_coverage_agree(corpus):
    from respgraph.analysis.network import coordination_graph
    from respgraph.analysis.overlap import campaign_coverage, similar_tasks
    from respgraph.analysis.workload import tasks_without_lead

    driver, g = corpus
    want = tasks_without_lead(g)
    assert want["plan_has_assignments"].any() and not want["plan_has_assignments"].all()
    assert rows(q(driver, "tasks_without_lead"), NO_LEAD) == rows(want, NO_LEAD)
    cg = coordination_graph(g)
    assert pairs(q(driver, "co_responsibility")) == Counter({frozenset((u, v)): w for u, v, w in cg.edges(data="weight")})
    cols = ["task_a", "task_b", "plan_a", "plan_b", "score"]
    assert rows(q(driver, "similar_tasks"), cols) == rows(similar_tasks(g), cols)
    cov = campaign_coverage(g, fallback=False).set_index("plan_id")
    want = Counter({(p, c): int(cov.loc[p, c]) for p in cov.index for c in cov.columns
                    if c not in ("tasks", "inferred") and cov.loc[p, c] > 0})
    got = q(driver, "plan_campaign_coverage")
    assert Counter({(p, c): int(n) for p, c, n in got[["plan_id", "campaign_type", "tasks"]].values}) == want


def test_every_plan_alone_agrees(corpus):
    from respgraph.analysis.network import coordination_graph
    from respgraph.analysis.workload import tasks_without_lead, workload

    driver, g = corpus
    differ = []
    for plan in plans_of(g):
        if rows(q(driver, "agency_workload", plan=plan), WORKLOAD) != rows(workload(g, plan=plan, across=False), WORKLOAD):
            differ.append((plan, "workload"))
        if rows(q(driver, "tasks_without_lead", plan=plan), NO_LEAD) != rows(tasks_without_lead(g, plan=plan), NO_LEAD):
            differ.append((plan, "no lead"))
        cg = coordination_graph(g, plan=plan)
        if pairs(q(driver, "co_responsibility", plan=plan)) != Counter({frozenset((u, v)): w for u, v, w in cg.edges(data="weight")}):
            differ.append((plan, "pairs"))
    assert differ == []


def test_every_agencys_ego_network_agrees(corpus):
    """Partners, tasks shared with each and how many of those the agency leads, for every
    agency with a partner, by id."""
    from respgraph.analysis.network import coordination_graph

    driver, g = corpus
    cg = coordination_graph(g)
    roles = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        if k in ("LEADS", "SUPPORTS") and d.get("basis") != "suggested":
            roles.setdefault(u, {}).setdefault(k, set()).add(v)
    agencies = [a for a in cg if cg.degree(a)]
    assert len(agencies) > 250
    differ = []
    for a in agencies:
        led = roles[a].get("LEADS", set())
        want = {b: (cg[a][b]["weight"], len(led & (roles[b].get("LEADS", set()) | roles[b].get("SUPPORTS", set()))))
                for b in cg[a]}
        got = q(driver, "agency_ego", agency=a)
        if {p: (int(s), int(n)) for p, s, n in got[["partner", "shared_tasks", "agency_leads"]].values} != want:
            differ.append(a)
    assert differ == []


def test_names_as_written_find_what_respgraph_agency_finds(corpus):
    """Every name a plan writes (an alias: brackets, quotes, 各乡镇（街道）…) gives the agencies
    written so; typed in traditional characters or with half-width brackets it still does, as
    `respgraph agency` reads it (was: nothing, the query compared the text as typed)."""
    from respgraph.analysis.agency import AgencyLookupError, match_agency
    from respgraph.analysis.network import coordination_graph

    driver, g = corpus
    cg = coordination_graph(g)
    written: dict[str, set] = {}
    for n, d in g.nodes(data=True):
        if d.get("type") == "Agency" and cg.degree(n) if n in cg else False:
            for name in {d["name"], *d.get("aliases", [])}:
                written.setdefault(name, set()).add(n)
    bracketed = [w for w in written if "（" in w]
    assert bracketed
    odd = [w for w in written if set(w) & set("（）()〔〕【】[]“”\"'‘’")]
    for name in sorted(set(sorted(written)[::3]) | set(odd)):  # a third of them and every odd one: time
        assert set(q(driver, "agency_ego", agency=name)["agency"]) == written[name], name
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    typed = {to_traditional.convert(w): w for w in written} | {w.replace("（", "(").replace("）", ")"): w for w in bracketed}
    checked = 0
    for form, name in sorted((f, n) for f, n in typed.items() if f != n)[::4]:  # a quarter of them: time
        try:
            found = match_agency(g, form)
        except AgencyLookupError:
            continue  # several agencies written so: the library stops, the query lists them all
        got = set(q(driver, "agency_ego", agency=form)["agency"])
        assert found.node in got and got == written[name], (form, name)
        checked += 1
    assert checked > 40


def test_every_assignment_leads_back_to_its_clause_as_respgraph_shows_it(corpus, corpus_build):
    """Each LEADS/SUPPORTS relationship carries the clause, the mention and their spans (in the
    cleaned text and in the file) as the build has them: what Build.provenance() shows for the
    assignment the relationship stands for."""
    driver, g = corpus
    keys = ("clause", "mention", "start", "end", "clause_start", "clause_end", "file", "file_start", "file_end",
            "clause_file_start", "clause_file_end", "basis", "role", "agency_id", "task_id")
    recs, _, _ = driver.execute_query(
        "MATCH (a:Agency)-[r:LEADS|SUPPORTS]->(t:Task) RETURN a.id AS a, type(r) AS k, t.id AS t, "
        + ", ".join(f"r.{k} AS {k}" for k in keys))
    got = {(r["a"], r["k"], r["t"]): r for r in recs}
    want = {(u, k, v): d for u, v, k, d in g.edges(keys=True, data=True) if k in ("LEADS", "SUPPORTS")}
    assert set(got) == set(want) and len(got) > 1000
    for key, d in want.items():
        r = got[key]
        assert tuple(r[k] for k in keys) == tuple(d.get(k) for k in keys), key
        p = corpus_build.provenance({"agency_id": r["agency_id"], "task_id": r["task_id"], "role": r["role"]})
        assert (p.clause, p.mention, p.file, p.start, p.end, p.clause_start, p.clause_end) == \
            (r["clause"], r["mention"], r["file"], r["start"], r["end"], r["clause_start"], r["clause_end"]), key


DOC = PLANS_DIR.parents[1] / "docs" / "neo4j.md"


def test_the_model_lists_every_property_a_build_writes_and_the_doc_lists_the_model(corpus_build):
    """What a Neo4j user reads about the schema (docs/neo4j.md, from model.PROPERTIES) is
    every property the loader writes: of a real build, with similar pairs and suggestions."""
    from respgraph.analysis.overlap import add_similarity_edges
    from respgraph.model import EDGE_TYPES, NODE_TYPES, PROPERTIES
    from respgraph.neo4j.load import node_rows, rel_rows
    from respgraph.suggest import apply_suggestions, suggest

    g = corpus_build.graph.copy()
    add_similarity_edges(g)
    assert apply_suggestions(g, suggest(g, plan="yichun-2021-14th-fyp-eco-plan")) > 0
    written = {label: {k for r in rs for k in r["props"]} for label, rs in node_rows(g).items()}
    for (t, _, _), rs in rel_rows(g).items():
        written.setdefault(t, set()).update(k for r in rs for k in r["props"])
    for kind, keys in written.items():
        assert keys <= set(PROPERTIES.get(kind, ())), (kind, keys - set(PROPERTIES.get(kind, ())))
    doc = DOC.read_text(encoding="utf-8")
    section = doc[doc.index("## The graph in Neo4j"):doc.index("## The Cypher library")]
    for kind in (*NODE_TYPES, *EDGE_TYPES):
        assert f"**{kind}**" in section, kind
        for k, meaning in PROPERTIES.get(kind, {}).items():
            assert f"| `{k}` | {meaning} |" in section or f"`{k}`: {meaning}" in section, (kind, k)


def test_the_docs_example_queries_run(corpus):
    import re

    driver, _ = corpus
    doc = DOC.read_text(encoding="utf-8")
    block = doc[doc.index("```cypher", doc.index("## The graph in Neo4j")):]
    block = block[len("```cypher"):block.index("```", 9)]
    statements = [s.strip() for s in re.sub(r"//[^\n]*", "", block).split(";") if s.strip()]
    assert len(statements) == 3
    for stmt in statements:
        recs, _, _ = driver.execute_query(stmt, {"name": "渝水区生态环境局"})
        assert recs, stmt
