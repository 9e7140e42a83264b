"""The extraction held to hand-written gold (tests/gold/<plan>.json, written by reading the plans)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from respgraph.extract import extract_file

from conftest import PLANS_DIR

GOLD_DIR = Path(__file__).parent / "gold"
GOLDS = sorted(GOLD_DIR.glob("*.json"))


@lru_cache(maxsize=None)
def _plan(name: str):
    return extract_file(PLANS_DIR / name)


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("gold_path", GOLDS, ids=[g.stem for g in GOLDS])
def test_counts_and_meta(gold_path):
    gold = _gold(gold_path)
    plan = _plan(gold["file"])
    counts = gold["counts"]
    if "tasks" in counts:
        assert len(plan.tasks) == counts["tasks"]
    if "tasks_with_clause" in counts:
        assert sum(bool(t.clauses) for t in plan.tasks) == counts["tasks_with_clause"]
    if "assignments" in counts:
        assert sum(len(t.mentions) for t in plan.tasks) == counts["assignments"]
    if "box_tasks" in counts:
        assert sum(t.kind == "box" for t in plan.tasks) == counts["box_tasks"]
    if "attachment_campaigns" in counts:
        att = [c for c in plan.campaigns if c.source == "attachment"]
        assert len(att) == counts["attachment_campaigns"]
        assert sum(c.parent is None for c in att) == counts["attachment_battles"]
    meta = gold["meta"]
    for key in ("title", "issuers", "doc_number", "date", "jurisdiction", "level", "kind"):
        if key in meta:
            assert getattr(plan.meta, key) == meta[key], key
    if "title_contains" in meta:
        assert meta["title_contains"] in plan.meta.title
    if "jurisdiction_endswith" in meta:
        assert plan.meta.jurisdiction.endswith(meta["jurisdiction_endswith"])


def _cases():
    for g in GOLDS:
        gold = _gold(g)
        for t in gold["tasks"]:
            yield pytest.param(gold, t, id=f"{g.stem[:10]}-{t.get('seq', t['title'][:6])}")


@pytest.mark.parametrize("gold,expected", list(_cases()))
def test_gold_task(gold, expected):
    plan = _plan(gold["file"])
    if "seq" in expected:
        task = plan.tasks[expected["seq"] - 1]
        assert task.title.startswith(expected["title"]) or expected["title"].startswith(task.title)
    else:
        found = [t for t in plan.tasks if t.title == expected["title"]]
        assert len(found) == 1, expected["title"]
        task = found[0]
    if "number" in expected:
        assert task.number == expected["number"]
    if "kind" in expected:
        assert task.kind == expected["kind"]
    if "campaign" in expected:
        assert task.campaign == expected["campaign"]
    if "section_last" in expected:
        assert task.section[-1] == expected["section_last"]
    if "lead" in expected:
        assert [m.text for m in task.mentions if m.role == "lead"] == expected["lead"]
    if "support" in expected:
        stated = [m.text for m in task.mentions if m.role == "support" and m.basis != "inherited"]
        assert stated == expected["support"]
    inherited = gold.get("inherited")
    if inherited and expected.get("seq", 0) > 1:
        own = {m.text for m in task.mentions if m.basis != "inherited"}
        if inherited not in own:
            assert inherited in [m.text for m in task.mentions if m.basis == "inherited"]


@pytest.mark.parametrize("gold_path", GOLDS, ids=[g.stem for g in GOLDS])
def test_gold_not_tasks(gold_path):
    gold = _gold(gold_path)
    plan = _plan(gold["file"])
    titles = {t.title for t in plan.tasks}
    for title in gold.get("not_tasks", []):
        assert not any(t.startswith(title) for t in titles), title
