"""Write the notebooks of this directory from the cell sources below (nbformat), without outputs.

    .venv/bin/python notebooks/_make.py          # rewrite notebooks/*.ipynb
    .venv/bin/python notebooks/_make.py --check  # exit 1 if a stored notebook differs

The notebooks are generated so that a change shows up as a readable diff of this file. Each
states its question at the top and prints its answer at the bottom as a Markdown sentence
built from the numbers it computed (never written by hand): the numbers change with the plans.
tests/test_notebooks.py executes every notebook.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

SETUP = '''\
%matplotlib inline
import os
import warnings
from pathlib import Path

import pandas as pd
from IPython.display import Markdown, display

import respgraph
from respgraph.errors import UnreadWarning
from respgraph.plural import counted  # "1 plan", "2 plans"

pd.set_option("display.max_colwidth", 50)
pd.set_option("display.width", 160)


def plans_dir() -> Path:
    """$RESPGRAPH_PLANS, else data/plans of the checkout this notebook sits in."""
    if os.environ.get("RESPGRAPH_PLANS"):
        return Path(os.environ["RESPGRAPH_PLANS"]).resolve()
    for d in [Path.cwd(), *Path.cwd().parents]:
        if (d / "data" / "plans").is_dir():
            return (d / "data" / "plans").resolve()
    raise FileNotFoundError("no data/plans here: set RESPGRAPH_PLANS to a directory of plan files")


PLANS = plans_dir()
with warnings.catch_warnings():  # the files not read are listed below, every one of them
    warnings.simplefilter("ignore", UnreadWarning)
    # read -> structure -> responsibilities -> resolve -> graph; subfolders too (plans/2023/渝水区/…)
    b = respgraph.build(PLANS, recursive=True)
if b.failures:
    print("not read:", *(f"{f.path}: {f.problem}" for f in b.failures), sep="\\n  ")
if b.copies:  # one plan saved twice (.docx and .pdf) is counted once
    print(f"left out as copies of a plan read before them: {counted(len(b.copies), 'file')} (b.copies)")
plans = b.plans()
title = dict(zip(plans.plan_id, plans.title))
# a short label per plan: jurisdiction and kind of document (昌江区行动方案); a plan that states
# no kind (a bare 整改清单 sheet) has NaN there, which is no text (was: 花溪区nan)
label = {r.plan_id: "".join(v for v in (r.jurisdiction, r.kind) if isinstance(v, str)) or r.plan_id
         for r in plans.itertuples()}
if len(set(label.values())) < len(label):
    label = {p: f"{l} ({p})" for p, l in label.items()}
print(f"{counted(len(plans), 'plan')} from {PLANS}")


def names(s, n=6) -> str:
    """At most ``n`` items of ``s`` joined with 、, and how many more: an answer over a year of
    plans stays a paragraph (was: every plan's top lead, 60,000 characters at 800 plans)."""
    s = list(s)
    return "、".join(s[:n]) + (f" and {len(s) - n} more" if len(s) > n else "") if s else "none"'''

CJK = '''
# Chinese labels in our own matplotlib charts: the CJK font respgraph's charts use
import matplotlib
from respgraph.viz.charts import cjk_font

font, _ = cjk_font()
if font:
    matplotlib.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False'''


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str):
    return new_code_cell(text.strip("\n"))


# --------------------------------------------------------------------------- 01 tour

TOUR = [
    md("""
# 1 · A tour: from plan files to a graph of responsibilities

**Question.** What does respgraph take out of a plan file — its tasks, and for each task who
leads (牵头) and who supports (配合/责任单位) it — and can every one of those responsibilities be
traced back to the sentence of the plan it came from?

The notebook builds the graph from the plan files in `data/plans` (or `$RESPGRAPH_PLANS`)."""),
    code(SETUP),
    md("""
## The plans

One row per file: its metadata as the plan states it (title, issuing jurisdiction, kind of
document) and how many tasks and assignments respgraph found in it."""),
    code('''plans[["plan_id", "title", "jurisdiction", "level", "kind", "tasks", "assignments"]]'''),
    md("""
## The graph

`b.graph` is a `networkx.MultiDiGraph`: plans contain campaigns (攻坚战, 专项行动) and tasks;
agencies `LEADS` or `SUPPORTS` tasks; agencies have functions (职能) and sit in a
jurisdiction. Node and edge counts by type:"""),
    code('''counts = b.counts()
print(type(b.graph).__name__, b.graph.number_of_nodes(), "nodes,", b.graph.number_of_edges(), "edges")
pd.DataFrame({"count": {**counts["nodes"], **counts["edges"]}}).rename_axis("type")'''),
    md("""
## What a task is

A task is one numbered item of a plan (（一）…, 1., ①…), with its heading path, its campaign,
its deadlines and targets, and the agencies the plan makes responsible for it. Here is the task
that names the most agencies:"""),
    code('''tasks = b.tasks()
named = tasks.assign(named=tasks.n_leads + tasks.n_supports)
task = named.sort_values(["named", "task_id"], ascending=[False, True]).iloc[0]
print(task.task_id, "—", task.title)
print("section :", " › ".join(task.section))
print("campaign:", task.campaign if isinstance(task.campaign, str) else "(none)")
print("leads   :", "、".join(task.leads))
print("supports:", "、".join(task.supports))
print("due     :", "、".join(task.deadlines) or "(no deadline stated)")
print()
print(task.text[:400] + ("…" if len(task.text) > 400 else ""))'''),
    md("""
## What an assignment is

An assignment is one agency named on one task in one role. `basis` says how respgraph knows:
`explicit` (牵头单位：A), `first_listed` (the plan says 列第一位的为牵头单位), `inherited` (from a
heading), `table` (a responsibility table). `mention` is the name as written; `agency` the
canonical agency it resolves to."""),
    code('''a = b.assignments()
a[a.task_id == task.task_id][["agency", "role", "basis", "mention", "function_names"]]'''),
    code('''a.groupby(["basis", "role"]).size().unstack(fill_value=0)'''),
    md("""
## Provenance: back to the clause

Every assignment keeps the file, the character span of the mention and of its clause in the
cleaned text of the file, and the clause as written. `b.provenance(row)` collects them;
`source_text()` re-reads the file and returns what stands at that span."""),
    code('''lead_row = a[(a.task_id == task.task_id) & (a.role == "lead")].iloc[0]
p = b.provenance(lead_row)
display(p)
print(p.file, "clause span", p.clause_span, "mention span", p.span)
print("re-read from the file:", p.source_text(context=20))'''),
    md("""
Check every assignment the same way: does the text of the file at the recorded clause span
equal the recorded clause?"""),
    code('''provs = [b.provenance(r) for r in a.itertuples()]
located = [q for q in provs if q.clause_span]
same = sum(q.source_text() == q.clause for q in located)
print(f"{len(located)} of {len(provs)} assignments have a clause span; {same} of them match the file exactly")'''),
    md("""
## One agency, in the graph

`b.view(...)` draws a part of the graph (here: the agency that leads the most tasks, with its
tasks and partners). It is one self-contained page, so it works offline; hover for the clause
of each edge."""),
    code('''leads = a[a.role == "lead"].groupby("agency").task_id.nunique().sort_values(ascending=False)
busiest = leads.index[0]
b.view("agency", agency=busiest)'''),
    md("## Answer"),
    code('''silent = plans.loc[plans.assignments == 0, "title"].tolist()
n_lead, n_support = int((a.role == "lead").sum()), int((a.role == "support").sum())
answer = (
    f"**Answer.** From {counted(len(plans), 'plan file')} respgraph took {counted(len(tasks), 'task')} and "
    f"{counted(len(a), 'assignment')} ({n_lead} lead, {n_support} support) of {counted(a.agency_id.nunique(), 'agency')}. "
    + (f"{counted(len(plans) - len(silent), 'plan')} {'states' if len(plans) - len(silent) == 1 else 'state'} who is responsible; {names(silent)} "
       + ("states no responsibility at all (its tasks are there, without agencies). " if len(silent) == 1 else
          "state no responsibility at all (their tasks are there, without agencies). ") if silent else
       "Every plan states who is responsible. ")
    + f"{len(located)} of the {len(a)} assignments ({len(located) / len(a):.0%}) point to a clause in the file, and for "
    f"{same} of those the file, re-read at the recorded span, says exactly the recorded clause"
    + (f"; the other {len(a) - len(located)} are kept with their mention's span only." if len(located) < len(a) else ".")
    + f" The agency that leads the most tasks is {busiest} ({counted(leads.iloc[0], 'task')})."
)
display(Markdown(answer))'''),
]


# --------------------------------------------------------------------------- 02 workload

WORKLOAD = [
    md("""
# 2 · Workload and overload across the plans

**Question.** Which agencies carry the responsibilities of these plans, how concentrated is
leading in each plan, and which agencies are overloaded *within their own plan*?

Weighted load = 1 × tasks led + 0.5 × tasks supported (leading is taken as twice the work of
supporting). An agency is flagged as overloaded when its load is above Tukey's fence
(Q3 + 1.5 × IQR) of its plan's agencies, or when it leads more than 25% of the plan's tasks.
What each number means: `docs/analyses.md`."""),
    code(SETUP + CJK),
    md("""
## Who carries the work, plan by plan

The three heaviest agencies of each plan (rank 1 = heaviest weighted load)."""),
    code('''w = b.workload()
per_plan = w[w.plan_id != "*"]
silent = sorted(set(plans.plan_id) - set(per_plan.plan_id))
if silent:
    print("no stated responsibilities, so no workload rows:", ", ".join(silent))
per_plan.sort_values(["plan_id", "rank"]).groupby("plan_id").head(3)[
    ["plan_id", "rank", "name", "function_names", "tasks_led", "tasks_supported", "plan_tasks", "lead_share", "weighted_load"]]'''),
    md("""
## Over all plans

Rows with `plan_id == "*"` sum an agency over the plans it appears in. The chart shows the
heaviest agencies; red bars are agencies flagged as overloaded in their plan."""),
    code('''overall = w[w.plan_id == "*"].sort_values(["weighted_load", "tasks_led"], ascending=False)
overall.head(10)[["name", "function_names", "tasks_led", "tasks_supported", "weighted_load"]]'''),
    code('''b.chart("workload")'''),
    code('''b.chart("lead_support")'''),
    md("""
## By function

A merged bureau (农林水与生态环境局) counts once for each of its functions; comparing functions
rather than agencies makes plans of different places comparable."""),
    code('''by_function = b.workload(by="function")
by_function[by_function.plan_id == "*"].sort_values("weighted_load", ascending=False).head(10)[
    ["name", "gloss", "agencies", "tasks_led", "tasks_supported", "weighted_load"]]'''),
    md("""
## How concentrated is leading?

Gini coefficient of tasks led over all agencies named in a plan: 0 = every agency leads
equally, towards 1 = one agency leads everything."""),
    code('''conc = b.concentration().sort_values("gini")
if len(conc) <= 30:  # a bar per plan
    ax = conc.assign(plan=conc.plan_id.map(label)).plot.barh(
        x="plan", y="gini", legend=False, xlim=(0, 1), color="#1f4e79", figsize=(7, max(2.5, 0.3 * len(conc))))
else:  # a year of plans: how many plans at each level of concentration (bars of 800 plans are ink)
    ax = conc.gini.plot.hist(bins=20, range=(0, 1), color="#1f4e79", figsize=(7, 2.5))
    ax.set_ylabel(f"plans (of {len(conc)})")
ax.set_xlabel("Gini of tasks led")
conc[["plan_id", "agencies", "leads", "gini", "top_name", "top_leads", "top_share"]]'''),
    md("""
## Overloaded within their own plan

`reason` says which rule flagged the agency, with the numbers. Collective addressees
(各乡镇, 各县（市、区）) are flagged too when plans load work onto them; the second table leaves
them out."""),
    code('''over = b.overload()
over[["plan_id", "name", "tasks_led", "tasks_supported", "plan_tasks", "weighted_load", "reason"]]'''),
    code('''agencies_only = b.overload(include_collectives=False)
agencies_only[["plan_id", "name", "reason"]]'''),
    md("## Answer"),
    code('''top = overall.sort_values(["tasks_led", "weighted_load"], ascending=False).iloc[0]
heaviest = overall.iloc[0]
most = conc.sort_values("gini").iloc[-1]
least = conc.sort_values("gini").iloc[0]
tops = per_plan.sort_values(["plan_id", "tasks_led", "weighted_load"], ascending=[True, False, False]).groupby("plan_id").head(1)
TOPS = 8  # plans whose top lead the answer names: all of a few, else those where one agency leads most
shown = tops if len(tops) <= TOPS else tops.sort_values(["lead_share", "plan_tasks"], ascending=False, kind="stable").head(TOPS)
by_plan = "; ".join(f"{label[r.plan_id]}: {r.name} leads {r.tasks_led} of {counted(r.plan_tasks, 'task')} ({r.lead_share:.0%})"
                    for r in shown.itertuples())
by_plan = (f"The top lead of each plan — {by_plan}" if len(tops) <= TOPS else
           f"Where one agency leads the largest share of its plan ({TOPS} of the {len(tops)} plans; all in the table above) — {by_plan}")
collective = over.key.map(lambda k: b.graph.nodes[k].get("kind") == "collective")
# each bureau once, those flagged in most plans first (a county bureau is flagged in many of its plans)
flagged_in = [n if k == 1 else f"{n} (in {k} plans)" for n, k in agencies_only.name.value_counts(sort=True).items()]
answer = (
    f"**Answer.** Over the {counted(per_plan.plan_id.nunique(), 'plan')} that "
    f"{'states' if per_plan.plan_id.nunique() == 1 else 'state'} responsibilities, the agency that leads the "
    f"most tasks is **{top['name']}** ({counted(int(top.tasks_led), 'task')} led, {int(top.tasks_supported)} supported)"
    + (f", which also carries the heaviest weighted load ({heaviest.weighted_load:g})."
       if heaviest["name"] == top["name"] else
       f"; the heaviest weighted load is {heaviest['name']}'s ({heaviest.weighted_load:g}).")
    + f" {by_plan}. Leading is most concentrated in {label[most.plan_id]} "
    f"(Gini {most.gini:.2f}) and least in {label[least.plan_id]} (Gini {least.gini:.2f}). "
    f"{counted(len(over), 'agency')} {'is' if len(over) == 1 else 'are'} flagged as overloaded within their own plan"
    + (f", {int(collective.sum())} of them collective addressees ({names(over[collective].name)})" if collective.any() else "")
    + f". Counting bureaus only (collectives left out of the fences as well), {len(agencies_only)} {'is' if len(agencies_only) == 1 else 'are'} flagged: "
    f"{names(flagged_in, 15)}."
    + (f" {counted(len(silent), 'plan')} {'states' if len(silent) == 1 else 'state'} no responsibilities, so no workload: {names(label[p] for p in silent)}." if silent else "")
)
display(Markdown(answer))'''),
]


# --------------------------------------------------------------------------- 03 overlap

OVERLAP = [
    md("""
# 3 · Cross-plan overlap, and a city plan against a district plan

**Question.** Where do the plans ask for the same work, and do they give it to the same kind of
agency? In particular: how does the 景德镇市 2021 city work-points plan line up with the 昌江区
2018 district plan (昌江区 is a district of 景德镇市) — which district tasks have a city
counterpart, are they led by the same function, and which functions appear at one level only?
And how do the agencies of the two plans sit in the breadth–depth matrix?

Task similarity: TF-IDF of character 2–3-grams of the task text (responsibility clauses,
digits and punctuation removed), cosine ≥ 0.20. See `docs/analyses.md`."""),
    code(SETUP + CJK),
    md("## Similar tasks across plans"),
    code('''pairs = b.overlap()
print(len(pairs), "similar task pairs across different plans")
pairs.head(10)[["plan_a", "title_a", "plan_b", "title_b", "score"]]'''),
    code('''po = b.plan_overlap()
po[["plan_a", "plan_b", "pairs", "shared_functions", "shared_campaign_types", "counterpart_a", "counterpart_b"]]'''),
    code('''b.chart("coverage")'''),
    md("""
## Same task, different lead

Similar pairs where both tasks have a lead with a known function and the lead functions
share nothing."""),
    code('''dis = b.disagreements()
dis[["title_a", "leads_a", "title_b", "leads_b", "score"]]'''),
    md("""
## A city plan against a district plan: 景德镇市 2021 and 昌江区 2018

`b.vertical_pairs()` lists the plans issued by a place inside another plan's place (from the
jurisdiction hierarchy: 昌江区 is part of 景德镇市). The notebook compares 景德镇市 with 昌江区
when both are there, else the pair with the most similar tasks between them. Each lower-level task is matched to its most
similar upper-level task (score ≥ 0.20); `same_function` says whether the leads share a
function."""),
    code('''vp = b.vertical_pairs()
# the similar task pairs between each upper and lower plan (po, above): of hundreds of such
# pairs the first may share nothing (a county's 五年规划 against the city's 城管 points)
similar = {frozenset((r.plan_a, r.plan_b)): r.pairs for r in po.itertuples()}
vp = vp.assign(similar=[similar.get(frozenset((r.upper, r.lower)), 0) for r in vp.itertuples()])
wanted = vp[(vp.upper_jurisdiction == "景德镇市") & (vp.lower_jurisdiction == "昌江区")]
pick = wanted if len(wanted) else vp.sort_values("similar", ascending=False, kind="stable")
upper = lower = None
if len(pick):
    upper, lower = pick.iloc[0].upper, pick.iloc[0].lower
    print("upper:", title[upper]); print("lower:", title[lower])
else:
    print("No plan here is issued by a place inside another plan's place: no upper–lower comparison.")
vp'''),
    code('''if upper:
    v = b.vertical(upper, lower)
    n_lower = int((b.tasks().plan_id == lower).sum())
    display(v[["lower_title", "lower_leads", "upper_title", "upper_leads", "score", "same_function"]])'''),
    code('''if upper:
    vf = b.vertical_functions(upper, lower)
    display(vf.groupby("present").name.agg(lambda s: "、".join(s)).to_frame("functions"))'''),
    md("""
## Breadth–depth matrix (Cheng et al. 2022)

Breadth = campaigns (or top-level sections) an agency has tasks in; depth = tasks it is named
on. "High" = above the plan's median. Leading = high/high, key = deep in few areas,
coordinating = broad but shallow, auxiliary = low/low."""),
    code('''bd = b.breadth_depth()
focus = [upper, lower] if upper else sorted(bd.plan_id.unique())
two = bd[bd.plan_id.isin(focus)]
pd.crosstab(two.plan_id.map(label), two.quadrant)'''),
    code('''two[two.quadrant == "leading"].sort_values(["plan_id", "depth"], ascending=[True, False])[
    ["plan_id", "name", "breadth", "depth", "tasks_led", "breadth_median", "depth_median"]]'''),
    code('''b.chart("breadth_depth")'''),
    md("## Answer"),
    code('''lead_q = {p: two[(two.plan_id == p) & (two.quadrant == "leading")].sort_values("depth", ascending=False).name.tolist()
          for p in focus}
shares = {p: (two[two.plan_id == p].quadrant == "leading").mean() for p in focus}
answer = (
    f"**Answer.** Across the {counted(len(plans), 'plan')} there {'is' if len(pairs) == 1 else 'are'} {counted(len(pairs), 'pair')} of similar tasks (score ≥ 0.20); "
    f"{len(dis)} of them are led by agencies whose functions share nothing"
    + (f" (e.g. {dis.iloc[0].title_a} / {dis.iloc[0].title_b}: {names(dis.iloc[0].leads_a)} vs {names(dis.iloc[0].leads_b)})" if len(dis) else "")
    + ". "
)
if upper:
    present = vf.groupby("present").name.agg(list).to_dict()
    same, diff = v[v.same_function], v[~v.same_function]
    answer += (
        f"Of the {n_lower} tasks of the {label[lower]} plan, {len(v)} have a similar task in the {label[upper]} plan"
        + (f"; {len(same)} of these are led by the same function ({names(same.lower_title)})" if len(same) else "")
        + (f" and {len(diff)} by different ones ({names(diff.lower_title)})" if len(diff) else "")
        + f". {len(present.get('both', []))} functions are named at both levels; only the upper plan names "
        f"{names(present.get('upper only', []))}; only the lower plan names {names(present.get('lower only', []))}. "
        f"In the breadth–depth matrix {shares[upper]:.0%} of the upper plan's agencies and {shares[lower]:.0%} of the "
        f"lower plan's are 'leading' (broad and deep): {names(lead_q[upper], 4)} above; {names(lead_q[lower], 4)} below."
    )
else:
    answer += ("No plan is issued by a place inside another plan's place, so there is no upper–lower comparison. "
               "Share of 'leading' (broad and deep) agencies in the breadth–depth matrix: "
               + "; ".join(f"{label[p]} {shares[p]:.0%}" for p in focus) + ".")
display(Markdown(answer))'''),
]


# --------------------------------------------------------------------------- 04 neo4j

NEO4J = [
    md("""
# 4 · The graph in Neo4j, and the Cypher library

**Question.** Can the responsibility graph be loaded into a Neo4j database and queried with the
Cypher library in `cypher/`, and do the queries give the same answers as the Python analyses?

Connection settings come from the environment only: `NEO4J_URI` (default
`bolt://localhost:7687`), `NEO4J_USER` (default `neo4j`) and `NEO4J_PASSWORD` (empty = a
server without authentication). With no server reachable the notebook says so and skips the
database steps."""),
    code(SETUP),
    code('''from respgraph.neo4j.connect import Neo4jConnectionError

uri = os.environ.get("NEO4J_URI", "bolt://localhost:7687")
driver, reason = None, None
try:
    driver = respgraph.connect_neo4j(connection_timeout=5)
    print("connected to", uri)
except Neo4jConnectionError as e:  # unreachable, refused, wrong credentials, no NEO4J_PASSWORD
    reason = str(e)
    print(f"Neo4j is not available: {reason}\\nSkipping the database steps of this notebook.")'''),
    md("""
## Load

Idempotent: `MERGE` in batches, so loading the same build again changes nothing and a bigger
build adds only what is new."""),
    code('''report = None
if driver is not None:
    report = b.to_neo4j(driver, similarity=True)  # with the similar task pairs, as `respgraph neo4j load`
    print(report.summary())
    second = b.to_neo4j(driver, similarity=True)  # again: nothing new
    print("second load:", second.summary())'''),
    md("## The Cypher library"),
    code('''library = respgraph.cypher_library()
library[["name", "description"]]'''),
    md("""
## Workload in Cypher against the Python workload

`agency_workload` follows the same rules as `b.workload()`; compare tasks led and weighted
load per agency and plan."""),
    code('''agree = total = 0
if driver is not None:
    cy = respgraph.cypher(driver, "agency_workload", limit=100000)
    py = b.workload(across=False)
    both = py.merge(cy, on=["plan_id", "key"], how="outer", suffixes=("_py", "_cypher"), indicator=True)
    total = len(both)
    agree = int(((both._merge == "both") & (both.tasks_led_py == both.tasks_led_cypher)
                 & ((both.weighted_load_py - both.weighted_load_cypher).abs() < 1e-9)).sum())
    print(f"{agree} of {total} (plan, agency) rows agree")
    display(cy.head(10))'''),
    md("## Other queries of the library"),
    code('''answers = {}
if driver is not None:
    for name in ["overloaded_agencies", "tasks_without_lead", "co_responsibility", "plan_campaign_coverage", "similar_tasks"]:
        rows = respgraph.cypher(driver, name)
        answers[name] = rows
        print(f"{name}: {len(rows)} rows")
    display(answers["overloaded_agencies"].head(10))'''),
    code('''no_lead_py = len(b.tasks_without_lead())
no_lead_cy = len(answers["tasks_without_lead"]) if "tasks_without_lead" in answers else None
if driver is not None:
    print("tasks without a lead — Python:", no_lead_py, " Cypher:", no_lead_cy)
    busiest = b.workload().query("plan_id == '*'").iloc[0]
    print("partners of", busiest["name"])
    display(respgraph.cypher(driver, "agency_ego", agency=busiest["key"]).head(10))'''),
    md("## Answer"),
    code('''if driver is None:
    answer = (f"**Answer.** Not answered this time: no Neo4j server could be used at {uri} ({reason}), so nothing "
              f"was loaded or queried. "
              f"The Cypher library holds {len(library)} queries ({'、'.join(library.name)}); set NEO4J_URI, "
              f"NEO4J_USER and NEO4J_PASSWORD and run the notebook again.")
else:
    n_nodes, n_rels = sum(report.nodes.values()), sum(report.relationships.values())
    answer = (
        f"**Answer.** Yes: the graph of {counted(len(plans), 'plan')} loaded as {counted(n_nodes, 'node')} and "
        f"{counted(n_rels, 'relationship')} ({counted(report.assignments, 'assignment')}), and loading it again changed nothing. The Cypher workload agrees with the "
        f"Python workload on {agree} of {total} (plan, agency) rows"
        + (" — all of them" if agree == total else "")
        + f"; tasks without a lead: {no_lead_cy} in Cypher, {no_lead_py} in Python"
        + (" (the same)." if no_lead_cy == no_lead_py else ".")
        + f" The library's {len(library)} queries all ran."
    )
    driver.close()
display(Markdown(answer))'''),
]


NOTEBOOKS = {
    "01-tour.ipynb": TOUR,
    "02-workload.ipynb": WORKLOAD,
    "03-overlap.ipynb": OVERLAP,
    "04-neo4j.ipynb": NEO4J,
}


def notebook(cells) -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):  # stable ids: regenerating gives the same file
        cell["id"] = f"c{i:02d}"
    return nb


def render(cells) -> str:
    return nbformat.writes(notebook(cells)) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, cells in NOTEBOOKS.items():
        path = HERE / name
        text = render(cells)
        nbformat.validate(nbformat.reads(text, as_version=4))
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(path)
    if stale:
        print("out of date (run notebooks/_make.py):", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
