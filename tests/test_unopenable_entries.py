"""A folder entry named as a plan that no reader can open: a link whose file is gone (a plan
deleted or moved after the folder was synced), a named pipe. Each is one failure line naming
the file and why, counted with the other failures; never the "not a plan format" note (it is
one), never a wait for ever on a pipe."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app

from conftest import ROOT, XXZONE

runner = CliRunner()
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX links and pipes")


def _folder(tmp_path):
    d = tmp_path / "plans"
    d.mkdir()
    shutil.copy(XXZONE, d / "good.txt")
    (d / "gone.txt").symlink_to(tmp_path / "moved-away" / "plan.txt")
    os.mkfifo(d / "pipe.txt")
    (d / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (d / "linked.txt").symlink_to(XXZONE)  # near miss: a link to a plan that exists is read
    return d


def test_build_names_a_dangling_link_and_a_pipe_as_failures(tmp_path):
    d = _folder(tmp_path)
    r = runner.invoke(app, ["build", str(d), "--out", str(tmp_path / "out"), "--keep-copies"])
    assert r.exit_code == 0, r.output
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    gone = [ln for ln in lines if "gone.txt" in ln]
    pipe = [ln for ln in lines if "pipe.txt" in ln]
    assert len(gone) == 1 and "cannot be read: a link to" in gone[0] and "does not exist" in gone[0], lines
    assert len(pipe) == 1 and "not a regular file (a pipe, socket or device)" in pipe[0], lines
    assert "respgraph: build: 2 files could not be read" in lines
    # the note names what is no plan format only: the image, not the two failures
    note = [ln for ln in lines if "not read:" in ln]
    assert len(note) == 1 and "scan.png" in note[0] and "gone.txt" not in note[0] and "pipe.txt" not in note[0]
    assert "2 plans" in r.stdout  # good.txt and the link to a plan that exists
    # --strict: a failure fails the run
    r = runner.invoke(app, ["build", str(d), "--out", str(tmp_path / "out2"), "--strict"])
    assert r.exit_code == 1


def test_a_pipe_named_on_the_command_line_is_refused_not_waited_on(tmp_path):
    d = _folder(tmp_path)
    code = "import sys; from respgraph.cli import main; sys.argv[0] = 'respgraph'; main()"
    r = subprocess.run([sys.executable, "-c", code, "extract", str(d / "pipe.txt"), "-o", str(tmp_path / "t.jsonl")],
                       capture_output=True, text=True, timeout=120, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 1
    assert "pipe.txt: not a regular file (a pipe, socket or device), not read" in r.stderr
    assert "Traceback" not in r.stderr
    r = runner.invoke(app, ["extract", str(d / "gone.txt"), "-o", str(tmp_path / "t.jsonl")])
    assert r.exit_code == 1 and "gone.txt: cannot be read: a link to" in r.stderr


def test_api_build_lists_them_in_failures(tmp_path):
    d = _folder(tmp_path)
    with pytest.warns(UserWarning, match="2 files could not be read"):
        b = respgraph.build(d, keep_copies=True)
    problems = {os.path.basename(f.path): f.problem for f in b.failures}
    assert set(problems) == {"gone.txt", "pipe.txt"}
    assert problems["gone.txt"].startswith("cannot be read: a link to ")
    assert len(b.plans()) == 2
