"""The public Python API, for notebooks and scripts: a corpus reads like the domain.

>>> import respgraph
>>> b = respgraph.build("data/plans")                  # or respgraph.load("out")
>>> len(b.plans())                                     # one row per plan file
5
>>> b.workload().query("plan_id == '*'").iloc[0]["name"]     # heaviest agency over all plans
'XX投资区农林水与生态环境局'
>>> b.view("agency", agency="渝水区生态环境局")            # doctest: +SKIP
<interactive view shown inline in Jupyter>
>>> p = b.provenance(b.assignments().iloc[0])          # where an assignment was written
>>> p.clause == p.source_text()                       # the clause, re-read from the file
True

Everything is a thin wrapper over the library: the analyses of ``respgraph.analysis`` (what
every number means: docs/analyses.md), the views of ``respgraph.viz``, ``respgraph.suggest``
and ``respgraph.neo4j``. Each method imports its libraries when called, so ``import
respgraph`` stays fast and loads no pandas, networkx, pyvis, matplotlib or neo4j.

The package's modules (every name is importable from ``respgraph.api``):
``builds``      ``Build`` (tables, plan look-up, provenance, views, charts, export, Neo4j),
                ``build``, ``load``
``analyses``    ``BuildAnalyses``: ``Build``'s analysis methods (workload, network, overlap …)
``provenance``  ``Provenance``: where an assignment was written
``views``       ``GraphView``: an interactive view shown inline in Jupyter
``database``    ``connect_neo4j``, ``cypher``, ``cypher_library``

``Build`` tables (pandas DataFrames; Chinese names as written, function glosses in English
in extra columns; list-valued cells are Python lists):

``plans()``
    plan_id, title, issuers (list), doc_number, date, year (the one year the title names, else
    the year it was issued; <NA> when neither says), jurisdiction, level, kind, path,
    format (txt, docx, pdf, …: what the file was read as), encoding (of a text or HTML file:
    the one to open it with when slicing ``file_start``/``file_end``; empty for other formats),
    warnings (list: what the text read lacks, one line each: a site's preview cut off, glyphs
    dropped, a clause that could not be read …; the task affected is flagged), campaigns, tasks, assignments (counts), sha256 (content hash of the file)
``tasks()``
    task_id, plan_id, seq, number, path (where it sits, as the plan numbers it: 三（二）1,
    附件1 · 12), title, campaign (name as written), campaign_id,
    campaign_type (air, water, … see ``respgraph.campaigns``), section (list), kind
    (numbered | paragraph | table | box: a project a 规划 lists in a 专栏), leads (list of
    agency names), supports (list), n_leads, n_supports, supervisors (list: the bodies named to
    supervise it, 督导单位 / 督办单位, as written; never leads or supports), supervisor_start,
    supervisor_end (lists: each supervisor's span in the cleaned text; empty when it names
    none), supervisor_ids (list: each supervisor's agency_id), deadlines (list), deadline_years (list), targets (list), flags (list), start, end,
    text; provenance: file, clause, clause_start, clause_end (the clause of its first stated
    lead, else support; integers, empty when it names nobody); filtered by agency also
    agency_id, agency, role, basis, mention
``assignments()``  (one row per LEADS/SUPPORTS edge)
    plan_id, task_id, task_title, agency_id, agency (canonical name), role (lead|support),
    basis (explicit|first_listed|inherited|table|suggested), mention (as written),
    portfolio (list), functions (codes), function_names (Chinese), function_glosses
    (English), known, file, start, end (span of the mention in the cleaned text), clause,
    clause_start, clause_end (span of the clause; empty when it cannot be located), occurrences,
    file_start, file_end, clause_file_start, clause_file_end (the same spans in the .txt file
    itself: characters of ``open(file, encoding=<the plan's encoding>, newline="")``; empty
    for .docx/.pdf/.html/.xlsx), renamed_from, task_path (the task's path: 三（二）1)
``agencies()``
    agency_id, name, jurisdiction, kind, known, functions, function_names,
    function_glosses, aliases, successor (the agency_id of the body that took over one renamed
    by a reform, successors.csv; else None), parent (a division's department: its agency_id; else
    None), plans (list of plan ids), n_plans, leads, supports, tasks
``functions()``
    code, name, gloss, agencies, leads, supports
"""

from __future__ import annotations

from typing import Any

from respgraph.api.analyses import BuildAnalyses
from respgraph.api.builds import Build, build, load
from respgraph.api.database import connect_neo4j, cypher, cypher_library
from respgraph.api.provenance import Provenance
from respgraph.api.views import GraphView

__all__ = ["Build", "BuildError", "GraphView", "Provenance", "build", "load", "connect_neo4j", "cypher",
           "cypher_library"]


def __getattr__(name: str) -> Any:
    if name == "BuildError":
        from respgraph.store import BuildError

        return BuildError
    raise AttributeError(name)
