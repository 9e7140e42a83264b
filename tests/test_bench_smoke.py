"""The scale benchmark (benchmarks/run.py) still runs end to end: five synthetic plans, one repeat.

No timing is asserted (speed belongs to the benchmark's own figures); the test checks that every
stage ran and that what it measured is consistent with the corpus it measured.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = ROOT / "benchmarks" / "run.py"
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bench")
    proc = subprocess.run(
        [sys.executable, str(RUN), "--sizes", "5", "--repeat", "1", "--corpus", str(tmp / "corpus"),
         "--work", str(tmp / "work"), "--out", str(tmp / "bench-{size}.json")],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads((tmp / "bench-5.json").read_text(encoding="utf-8")), proc.stdout, tmp


def test_every_stage_is_reported(bench):
    import run

    result, stdout, _ = bench
    assert list(result["stages"]) == run.STAGES
    for name, r in result["stages"].items():
        assert "error" not in r, (name, r)
        if name == "neo4j" and "skipped" in r:
            continue
        assert r["seconds"] > 0 and len(r["runs"]) == 1, name
        assert r["peak_rss_mb"] > 10, name  # a Python process with the stage's input in memory
    # the printed table has one line per stage
    for name in run.STAGES:
        assert any(line.startswith(name + " ") for line in stdout.splitlines()), name


def test_counts_are_those_of_the_corpus(bench):
    result, _, tmp = bench
    counts = result["counts"]
    assert counts["plans"] == 5 == result["corpus"]["plans"]
    assert len(list((tmp / "corpus").glob("synth-*"))) == 5
    assert counts["tasks"] > 5 and counts["assignments"] >= counts["tasks"]
    st = result["stages"]
    # the per-stage graph and the end-to-end build see the same plans, tasks and assignments
    for key in ("plans", "tasks", "assignments"):
        assert st["graph"][key] == st["e2e"][key] == st["load"][key], key
    assert st["extract"]["plans"] == 5
    assert result["corpus"]["text_mb"] > 0.01


def test_derived_figures_are_finite(bench):
    result, _, _ = bench
    st = result["stages"]
    assert math.isfinite(st["extract"]["x_floor"]) and st["extract"]["x_floor"] > 1
    assert st["floor"]["chars"] > 0
    assert 0 < st["extract"]["mb_s"] < st["floor"]["mb_s"]
    assert st["view"]["html_bytes"] > 1000 and st["view"]["html_ok"] is True
    assert st["network"]["betweenness"] == "exact"
    assert st["overlap"]["pairs"] > 0  # synthetic plans share their topics
    if "skipped" not in st["neo4j"]:
        assert st["neo4j"]["assignments"] == result["counts"]["assignments"]
    for name in ("extract_mb_s_per_core", "extract_x_floor", "workload_seconds", "view_html_bytes", "e2e_seconds"):
        assert name in result["targets"], name
        assert isinstance(result["targets"][name]["pass"], bool)
