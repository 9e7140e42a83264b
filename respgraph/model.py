"""The graph model: the fixed list of node labels and relationship types, and node ids.

Everything that writes a graph (``respgraph.graph``), stores it, exports it or loads it
into Neo4j uses these names; labels and types are never taken from document text.

Graph: ``networkx.MultiDiGraph``; every node has ``type`` (one of NODE_TYPES) and every
edge has ``type`` (one of EDGE_TYPES), with the edge key equal to the type so that an
agency that both leads and supports a task has two distinct edges.

Node attributes (all JSON-serialisable scalars or lists of scalars):
  Plan:         plan_id, title, issuers, doc_number, date, jurisdiction, level, kind, path
  Campaign:     campaign_id, plan_id, name, kind, campaign_type, parent
  Task:         task_id, plan_id, seq, number, title, section, campaign, text, kind (numbered,
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
                reform whose successor in the same place is in the graph: successors.csv),
                parent (agency_id; only on a department's division, kind division, or a group
                of its units: the department, e.g. 新余市/生态环境局 of 新余市/生态环境局/大气科)
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


def plan_node(plan_id: str) -> str:
    return f"plan:{plan_id}"


def campaign_node(campaign_id: str) -> str:
    return f"campaign:{campaign_id}"


def task_node(task_id: str) -> str:
    return f"task:{task_id}"


def agency_node(agency_id: str) -> str:
    return f"agency:{agency_id}"


def function_node(code: str) -> str:
    return f"function:{code}"


def jurisdiction_node(name: str) -> str:
    return f"jurisdiction:{name}"
