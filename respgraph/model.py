"""The graph model: the fixed list of node labels and relationship types, and node ids.

Everything that writes a graph (``respgraph.graph``), stores it, exports it or loads it
into Neo4j uses these names; labels and types are never taken from document text.

Graph: ``networkx.MultiDiGraph``; every node has ``type`` (one of NODE_TYPES) and every
edge has ``type`` (one of EDGE_TYPES), with the edge key equal to the type so that an
agency that both leads and supports a task has two distinct edges.

Node attributes (all JSON-serialisable scalars or lists of scalars; ``PROPERTIES`` below says what
each means, as docs/neo4j.md lists them):
  Plan:         plan_id, title, issuers, doc_number, date, jurisdiction, level, kind, path,
                format, encoding, warnings (list[str]: what the text read lacks, one line each)
  Campaign:     campaign_id, plan_id, name, kind, campaign_type, parent
  Task:         task_id, plan_id, seq, number, path (where it sits, as a user cites it: the
                markers of the headings above it and its number, 二（一）2, 附件1 · 12), title,
                section, campaign, text, kind (numbered,
                paragraph, table, box: a project a 规划 lists in a 专栏, indicator: a row of a
                规划's 指标 table naming its units), deadlines (list[str]),
                deadline_years (list[int]), targets (list[str]), flags (list[str]), start, end,
                supervisors (list[str]: the bodies named to supervise it, 督导单位 / 督办单位, as
                written; no edge, never a lead or support) and, only when it names some,
                supervisor_start / supervisor_end (list[int], parallel: each one's span in the
                cleaned text, as a LEADS edge's start / end) and supervisor_ids (list[str],
                parallel: each one's agency_id, resolved as a lead's would be; an agency node
                exists only for a supervisor that also leads or supports)
  Agency:       agency_id, name, jurisdiction, functions (list[str]), kind, known,
                aliases (list[str]), successor (agency_id; only on a body renamed by a
                reform whose successor in the same place is in the graph: as a plan states it,
                市水利局（原市水务局）, else successors.csv; a county's body also in the district
                the county became, 南和县 -> 南和区), successors (list[str] of agency_id; only on
                a body a reform split, split_bodies.csv, with no one successor: the bodies of
                the same place in the graph that took over its parts, 海洋与渔业局 -> 自然资源局,
                农业农村局),
                parent (agency_id; only on a department's division, kind division, or a group
                of its units: the department, e.g. 新余市/生态环境局 of 新余市/生态环境局/大气科;
                on a county's eco bureau written as the city bureau's branch, that bureau; on a
                traffic police unit, its place's police: 绵阳市/公安局 of 绵阳市/交通警察支队)
  Function:     code, name (Chinese), gloss (English)
  Jurisdiction: name, level, parent
Edge attributes:
  LEADS / SUPPORTS: role, basis, mention, portfolio (list[str]), file, start, end, clause
  SIMILAR_TO (Task -> Task, lower id first): score
  others: none required
"""

from __future__ import annotations

NODE_TYPES = ("Plan", "Campaign", "Task", "Agency", "Function", "Jurisdiction")
EDGE_TYPES = (
    "HAS_CAMPAIGN",  # Plan -> Campaign
    "HAS_TASK",  # Campaign -> Task, or Plan -> Task for tasks outside any campaign
    "LEADS",  # Agency -> Task
    "SUPPORTS",  # Agency -> Task
    "HAS_FUNCTION",  # Agency -> Function
    "IN",  # Agency -> Jurisdiction
    "PART_OF",  # Jurisdiction -> Jurisdiction
    "ISSUED_IN",  # Plan -> Jurisdiction
    "SIMILAR_TO",  # Task -> Task
)

ROLE_EDGE = {"lead": "LEADS", "support": "SUPPORTS"}

_ASSIGNMENT = {
    "role": "lead (牵头) or support (配合 / 责任)",
    "basis": "how it was read: explicit, first_listed (a list's first unit, by convention: the plan does not say so), inherited, table; suggested for respgraph's guesses",
    "mention": "the agency's name as the plan writes it",
    "name": "the agency's full name as the plan writes it (the Agency's name: the one its plans write most)",
    "portfolio": "what the plan names in brackets after it, as written (县农林水与生态环境局（农业、水利）: 农业, 水利; list)",
    "file": "the plan file",
    "start": "the mention's span in the cleaned text (start offset)",
    "end": "the mention's span in the cleaned text (end offset)",
    "clause": "the responsibility clause it was read from (a table row: its labelled cells)",
    "clause_start": "the clause's span in the cleaned text (start)",
    "clause_end": "the clause's span in the cleaned text (end)",
    "clause_sentence": "the sentence a thin clause written on a line above its task stands in (（以下均需各街道办事处参与，不再列出）); absent otherwise",
    "file_start": "the mention's span in the file itself (.txt plans)",
    "file_end": "the mention's span in the file itself (.txt plans)",
    "clause_file_start": "the clause's span in the file itself (.txt plans)",
    "clause_file_end": "the clause's span in the file itself (.txt plans)",
    "plan_id": "the task's plan",
    "task_id": "the task",
    "agency_id": "the agency",
    "occurrences": "how often the clause names it",
    "order": "its place among the task's units (0 first)",
    "score": "suggested only: the suggestion's score",
    "method": "suggested only: how it was suggested",
    "evidence": "suggested only: the similar tasks behind it (JSON)",
}

#: What each label and relationship type carries, in English (Chinese terms where the plans use
#: them): the properties respgraph writes. A Neo4j node also has ``id`` (the graph's node id,
#: unique per label) and a relationship ``key`` (its type). docs/neo4j.md lists the same.
PROPERTIES: dict[str, dict[str, str]] = {
    "Plan": {
        "plan_id": "the plan's id (its file name)", "title": "title (标题)", "issuers": "issuing bodies (发文机关), list",
        "doc_number": "document number (文号)", "date": "date (成文日期), ISO", "jurisdiction": "the issuing place",
        "level": "the place's level: national, province, city, county, district, zone, township, subdistrict",
        "kind": "document kind as its title says (工作要点, 工作方案, 实施方案, 任务清单, 分工表, 规划 …)", "path": "the file it was read from",
        "encoding": "the file's text encoding", "format": "the file's format (txt, docx, pdf …)",
        "warnings": "what the text read lacks (a site's preview cut off, glyphs dropped, a clause not read …), list",
    },
    "Campaign": {
        "campaign_id": "the campaign's id", "plan_id": "its plan", "name": "its heading, as written",
        "kind": "what the plan calls it (保卫战, 攻坚战, 专项行动, 专栏 …)", "campaign_type": "its topic: air, water, soil, low-carbon, other …",
        "parent": "the campaign it sits in", "source": "where it was read from (heading …)",
    },
    "Task": {
        "task_id": "the task's id (plan:seq)", "plan_id": "its plan", "seq": "its order in the plan",
        "number": "its number as written (（三）, 5. …)",
        "path": "where it sits, as a user cites it: the markers of the headings above it and its own number (二（一）2, 第三章第二节（四）, 附件1 · 12)",
        "title": "its title as written (the item's heading or lead phrase)",
        "section": "the headings above it (list)", "campaign": "its campaign's id", "text": "its whole text",
        "kind": "numbered, paragraph, table (a 分工表 row), box (a 专栏 project), indicator (a 指标 row)",
        "deadlines": "deadlines as written (list)", "deadline_years": "their years (list of integers)",
        "targets": "targets as written (list)", "flags": "reading notes (list)",
        "start": "its span in the cleaned text (start)", "end": "its span in the cleaned text (end)",
        "supervisors": "bodies named to supervise it (督导单位 / 督办单位), as written (list)",
        "supervisor_start": "each supervisor's span (start, list)", "supervisor_end": "each supervisor's span (end, list)",
        "supervisor_ids": "each supervisor's agency_id (list)",
    },
    "Agency": {
        "agency_id": "the agency's id (place/body)", "name": "the full name its plans write it by most", "jurisdiction": "its place",
        "functions": "its functions (职能) as codes (list; Function nodes give names and glosses)",
        "kind": "agency, government, party, judiciary, enterprise, division (a department's 科室), collective (各乡镇（街道）…), other",
        "known": "true when the registry knows its function", "aliases": "every name plans write it by (list)",
        "plans": "the plans that name it (list)", "successor": "the body that took over its work (a reform)",
        "successors": "the bodies that took over the parts of its work (a body a reform split; list)",
        "parent": "a division's department (agency_id)", "constructed": "made for a suggestion only",
    },
    "Function": {"code": "the function's code", "name": "its Chinese name (职能)", "gloss": "its English gloss"},
    "Jurisdiction": {"name": "the place's name", "level": "its level (as a Plan's)", "parent": "the place it is part of"},
    "LEADS": _ASSIGNMENT,
    "SUPPORTS": _ASSIGNMENT,
    "SIMILAR_TO": {"score": "similarity of the two tasks, 0-1 (character n-gram TF-IDF cosine)"},
}


def plan_node(plan_id: str) -> str:
    return f"plan:{plan_id}"


def campaign_node(campaign_id: str) -> str:
    return f"campaign:{campaign_id}"


def task_node(task_id: str) -> str:
    return f"task:{task_id}"


def agency_node(agency_id: str) -> str:
    return f"agency:{agency_id}"


def agency_name(graph, agency_id: str) -> str:
    """The name of the agency ``agency_id`` in ``graph`` (a division's department, a successor),
    for people to read: its node's; a body no plan of the graph names (a department named only
    with its divisions) as ids are made, its place then its name (泰和县/生态环境局 -> 泰和县生态环境局;
    中央/生态环境部 -> 生态环境部).

    >>> import networkx as nx
    >>> agency_name(nx.MultiDiGraph(), "泰和县/生态环境局"), agency_name(nx.MultiDiGraph(), "中央/生态环境部")
    ('泰和县生态环境局', '生态环境部')
    """
    node = graph.nodes.get(agency_node(agency_id)) or {}
    if node.get("name"):
        return str(node["name"])
    place, _, short = agency_id.partition("/")
    return short if place == "中央" else place + short


def function_node(code: str) -> str:
    return f"function:{code}"


def jurisdiction_node(name: str) -> str:
    return f"jurisdiction:{name}"
