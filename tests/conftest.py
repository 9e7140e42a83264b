"""Shared fixtures. Area-specific fixtures live in tests/_<area>.py modules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# `make test` (the README's command, which CI runs) fuzzes with a fixed seed so a landing is
# never decided by luck; `make fuzz` explores new random inputs each run.
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
PLANS_DIR = ROOT / "data" / "plans"

# Seed plans by the role they play in the tests.
YUSHUI = PLANS_DIR / "yushui-2022-pollution-battle.txt"  # 000
CHANGJIANG = PLANS_DIR / "changjiang-2018-yangtze-protection.txt"  # 001
JINGDEZHEN = PLANS_DIR / "jingdezhen-2021-eco-work-points.txt"  # 002
YICHUN = PLANS_DIR / "yichun-2021-14th-fyp-eco-plan.txt"  # 003
XXZONE = PLANS_DIR / "xx-zone-2022-pollution-battle-scraped.txt"  # 004
SEEDS = [YUSHUI, CHANGJIANG, JINGDEZHEN, YICHUN, XXZONE]


@pytest.fixture(scope="session")
def plans_dir() -> Path:
    return PLANS_DIR


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return list(SEEDS)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The output directory of one ``respgraph build`` of the five seeds (graph.json, CSVs).

    Read it with ``respgraph.load(seed_build)``; do not write into it (copy it first).
    """
    from respgraph.pipeline import run_build

    out = tmp_path_factory.mktemp("seed_build")
    result = run_build(SEEDS, out=out)
    assert not result.failures, result.failures
    return out


@pytest.fixture(scope="module")
def chromium():
    """A headless Chromium with the network off (see tests/_browser.py), one per test module;
    the test is skipped where no Chromium is installed."""
    from _browser import chromium_or_skip

    c = chromium_or_skip()
    yield c
    c.close()


#: Five plans of 抚州市, 临川区, 南城县 and the provincial department (大气污染防治, 农村人居环境,
#: 河长制; one in GB18030) without any 攻坚战 heading: topics come from the plan titles.
TOPICS_DIR = ROOT / "tests" / "fixtures" / "topics"


@pytest.fixture(scope="session")
def topics_build(tmp_path_factory) -> Path:
    """The output directory of ``respgraph build tests/fixtures/topics`` (read only)."""
    from respgraph.pipeline import run_build

    out = tmp_path_factory.mktemp("topics_build")
    result = run_build(sorted(TOPICS_DIR.glob("*.txt")), out=out)
    assert not result.failures, result.failures
    return out


# ----------------------------------------------------------------------------- Bolt test servers
# The FalkorDB test server (tests/_falkordb.py) now and then dies when a Bolt client disconnects
# (FalkorDB issue #897). One crash must cost a rerun of the test it happened in, not every later
# Neo4j test of the session: before each test a dead server is restarted (and its data loaded
# again), and a Neo4j test that failed because its connection was lost is run once more. A test
# that fails for any other reason, or fails twice, fails.

_BOLT_FIXTURES = {"falkordb", "bolt_driver", "loaded", "corpus"}


@pytest.fixture(autouse=True)
def _bolt_servers_alive():
    from _falkordb import FalkorServer

    for srv in list(FalkorServer.running):
        srv.ensure_running()


def pytest_collection_modifyitems(config, items):
    from _falkordb import SERVER_LOST

    for item in items:
        module = getattr(getattr(item, "module", None), "__name__", "")
        if _BOLT_FIXTURES & set(getattr(item, "fixturenames", ())) or module.startswith("test_neo4j"):
            item.add_marker(pytest.mark.flaky(reruns=1, only_rerun=SERVER_LOST))
