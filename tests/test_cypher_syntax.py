"""Syntax-check the Cypher library with Neo4j's official parser (@neo4j-cypher/language-support,
run by tools/cypher-lint/lint.js). This is what checks cypher/schema.cypher, whose constraint
syntax the FalkorDB test server cannot run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = ROOT / "tools" / "cypher-lint" / "lint.js"
CYPHER = sorted((ROOT / "cypher").glob("*.cypher"))


def _lint(*files: Path) -> subprocess.CompletedProcess:
    if shutil.which("node") is None:
        pytest.skip("node is not installed (scripts/install-system-deps.sh)")
    if not (LINT.parent / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        pytest.skip("tools/cypher-lint/node_modules is absent: run `npm install` in tools/cypher-lint "
                    "(make sysdeps does)")
    return subprocess.run(["node", str(LINT), *map(str, files)], capture_output=True, text=True, timeout=120)


def test_the_library_and_the_schema_parse_as_neo4j_cypher():
    assert any(p.name == "schema.cypher" for p in CYPHER) and len(CYPHER) == 8
    res = _lint(*CYPHER)
    assert res.returncode == 0, res.stdout + res.stderr
    assert f"{len(CYPHER)} file(s), 0 error(s)" in res.stdout


def test_the_linter_rejects_broken_and_removed_syntax(tmp_path):
    bad = tmp_path / "bad.cypher"
    bad.write_text("// name: bad\nMATCH (n:Task) RETRN n\n", encoding="utf-8")
    # size() of a pattern was removed in Neo4j 5: queries must not use it.
    old = tmp_path / "old.cypher"
    old.write_text("MATCH (a:Agency) RETURN size((a)-[:LEADS]->()) AS n\n", encoding="utf-8")
    res = _lint(bad, old)
    assert res.returncode == 1
    assert "bad.cypher:2:" in res.stdout and "RETRN" in res.stdout
    assert "old.cypher:1:" in res.stdout and "COUNT {}" in res.stdout


def test_schema_constrains_every_label():
    from respgraph.model import NODE_TYPES
    from respgraph.neo4j.load import schema_statements

    stmts = schema_statements()
    for label in NODE_TYPES:
        assert f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE" in stmts
    assert all("IF NOT EXISTS" in s for s in stmts)  # re-running the schema is harmless
