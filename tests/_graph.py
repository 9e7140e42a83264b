"""Hand-made resolved plans for the graph/store/export tests (no extractor needed).

``tiny_plan(plan_id, jurisdiction)`` writes the records a small two-campaign plan gives:
spans index into its text, agency ids follow the resolver's "jurisdiction/short name" form.
"""

from __future__ import annotations

from respgraph.records import (
    Agency,
    Assignment,
    Campaign,
    Clause,
    Deadline,
    Document,
    ExtractedPlan,
    PlanMeta,
    ResolvedPlan,
    Source,
    Span,
    Task,
)


class Registry:
    """Stands in for the registry's data only (function names/glosses, jurisdiction tree)."""

    functions = {
        "生态环境": ("生态环境", "ecology and environment"),
        "住房城乡建设": ("住房城乡建设", "housing and urban-rural development"),
        "发展改革": ("发展改革", "development and reform"),
        "财政": ("财政", "finance"),
    }
    jurisdictions = {
        "江西省": ("province", None),
        "新余市": ("city", "江西省"),
        "渝水区": ("district", "新余市"),
        "景德镇市": ("city", "江西省"),
        "昌江区": ("district", "景德镇市"),
    }


TEXT = (
    "一、深入打好蓝天保卫战\n"
    "1.加强扬尘治理。2022年底前完成整治。（责任单位：区生态环境局、区住建局）\n"
    "二、加强监管能力\n"
    "2.完善监测网络。（牵头单位：区发改委；责任单位：区财政局、区环保局）\n"
    "3.开展宣传。\n"
)

# the clauses of tasks 1 and 2 (TEXT's lines 2 and 4), each the source of its tasks' assignments
CLAUSE_1 = "责任单位：区生态环境局、区住建局"
CLAUSE_2 = "牵头单位：区发改委；责任单位：区财政局、区环保局"

_BUREAUS = {
    "区生态环境局": ("生态环境局", "生态环境"),
    "区环保局": ("生态环境局", "生态环境"),
    "区住建局": ("住房和城乡建设局", "住房城乡建设"),
    "区发改委": ("发展和改革委员会", "发展改革"),
    "区财政局": ("财政局", "财政"),
}


def tiny_plan(plan_id: str = "tiny", jurisdiction: str = "渝水区", path: str | None = None) -> ResolvedPlan:
    """TEXT read as the extractor and resolver would: three tasks (the first under a campaign
    with a sub-campaign, the third with no clause), task 1's units by the first-listed
    convention, task 2's by its labels; agencies ``jurisdiction/short name``."""
    path = path or f"{plan_id}.txt"
    text = TEXT

    def span(s: str, after: int = 0) -> Span:
        i = text.index(s, after)
        return Span(i, i + len(s))

    doc = Document(path=path, format="txt", encoding="utf-8", raw_text=text, text=text)
    meta = PlanMeta(plan_id=plan_id, path=path, title="小计划", issuers=[f"{jurisdiction}人民政府"],
                    date="2022-07-07", jurisdiction=jurisdiction, level="district", kind="实施方案")
    campaigns = [
        Campaign(f"{plan_id}:c01", "深入打好蓝天保卫战", "保卫战"),
        Campaign(f"{plan_id}:c02", "扬尘治理专项行动", "专项行动", parent=f"{plan_id}:c01", source="attachment"),
    ]
    lines = text.splitlines(keepends=True)
    t1 = lines[1].rstrip("\n")
    t2 = lines[3].rstrip("\n")
    t3 = lines[4].rstrip("\n")
    s1, s2, s3 = span(t1), span(t2), span(t3)
    tasks = [
        Task(plan_id, f"{plan_id}:001", 1, "1", "加强扬尘治理", ["深入打好蓝天保卫战"], "深入打好蓝天保卫战", t1, s1,
             deadlines=[Deadline("2022年底前", 2022, 12, "by", span("2022年底前"))]),
        Task(plan_id, f"{plan_id}:002", 2, "2", "完善监测网络", ["加强监管能力"], None, t2, s2),
        Task(plan_id, f"{plan_id}:003", 3, "3", "开展宣传", ["加强监管能力"], None, t3, s3, flags=["no_clause"]),
    ]
    plan = ExtractedPlan(meta, tasks, campaigns, [], doc)
    for task, raw in ((tasks[0], CLAUSE_1), (tasks[1], CLAUSE_2)):
        task.clauses.append(Clause(span(raw), raw))

    agencies: dict[str, Agency] = {}

    def asg(mention: str, role: str, basis: str, clause: str) -> Assignment:
        short, fn = _BUREAUS[mention]
        aid = f"{jurisdiction}/{short}"
        agencies.setdefault(aid, Agency(aid, jurisdiction + short, jurisdiction, [fn], aliases=[mention]))
        cs = span(clause)
        ms = span(mention, cs.start)
        return Assignment(jurisdiction + short, aid, mention, role, basis, [], Source(path, ms.start, ms.end, clause))

    assignments = {
        f"{plan_id}:001": [asg("区生态环境局", "lead", "first_listed", CLAUSE_1), asg("区住建局", "support", "first_listed", CLAUSE_1)],
        f"{plan_id}:002": [
            asg("区发改委", "lead", "explicit", CLAUSE_2),
            asg("区财政局", "support", "explicit", CLAUSE_2),
            asg("区环保局", "support", "explicit", CLAUSE_2),
        ],
        f"{plan_id}:003": [],
    }
    return ResolvedPlan(plan, assignments, agencies, unknown=[])
