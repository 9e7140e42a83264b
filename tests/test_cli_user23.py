"""What a 督查室 loading a year of plans (800 files, many of them one plan saved as a portal page,
a .docx and a PDF) and a researcher met at stop 23, each asserted on real results."""

from __future__ import annotations

from typer.testing import CliRunner

import respgraph
from respgraph.cli import app
from respgraph.pipeline import same_plan_title

from conftest import JINGDEZHEN, YUSHUI

runner = CliRunner()


def _year_folder(tmp_path):
    """A year's folder as a 督查室 keeps it: 渝水's plan as downloaded twice (the attachment, and
    the page saved with Windows line ends and a portal's full-width indents), a version of it that
    gives one task to another unit, and 景德镇's plan."""
    text = YUSHUI.read_text(encoding="utf-8")
    plans = tmp_path / "2022"
    (plans / "渝水区").mkdir(parents=True)
    (plans / "渝水区" / "方案.txt").write_text(text, encoding="utf-8")
    portal = "\r\n".join("\u3000\u3000" + ln if ln.strip() else ln for ln in text.split("\n"))
    (plans / "渝水区" / "方案（网页）.txt").write_bytes(portal.encode("gb18030"))
    # one task's units read otherwise: not the same plan (a revision, or a misreading to see)
    assert text.count("区国资局、区林业局") == 1
    (plans / "渝水区" / "方案-修订.txt").write_text(text.replace("区国资局、区林业局", "区林业局"), encoding="utf-8")
    (plans / "景德镇").mkdir()
    (plans / "景德镇" / "要点.txt").write_text(JINGDEZHEN.read_text(encoding="utf-8"), encoding="utf-8")
    return plans


def test_a_plan_saved_twice_is_built_once_with_a_note(tmp_path):
    """The same plan read from two files (same place, title, task texts and units) is built once:
    the second is left out with a note naming the plan kept (was: both built, every task and
    assignment counted twice, the 督查室's cross-plan overload 'flagged in 2 plans' and the
    meeting pack's top cross-plan overlaps filled with the plan against its own copy; in the
    800-file probe corpus 68 files were such copies). A copy is no failure: exit 0, '0 failures'.
    A file whose units differ on one task is a plan of its own; --keep-copies builds every file."""
    plans = _year_folder(tmp_path)
    r = runner.invoke(app, ["build", str(plans), "-r", "-j", "1", "--out", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output
    assert "3 plans, " in r.stdout and "0 failures" in r.stdout
    notes = [ln for ln in r.stderr.splitlines() if "the same plan as" in ln]
    assert len(notes) == 1 and "方案（网页）.txt" in notes[0] and "the same plan as 方案 (" in notes[0], r.stderr
    assert "respgraph: note: build: 1 file left out as copies of a plan already read" in r.stderr
    b = respgraph.load(tmp_path / "o")
    assert sorted(b.plan_ids) == ["方案", "方案-修订", "要点"]
    one = respgraph.build(plans, recursive=True)
    assert one.counts()["nodes"]["Plan"] == 3 and [(c.plan_id, c.path.endswith("方案（网页）.txt")) for c in one.copies] == [("方案", True)]
    # the copy would have been every count twice over
    kept = respgraph.build(plans, recursive=True, keep_copies=True)
    assert sorted(kept.plan_ids) == ["方案", "方案-修订", "方案-网页", "要点"] and kept.copies == []
    a, k = one.assignments(), kept.assignments()
    assert (k["plan_id"] == "方案-网页").sum() == (a["plan_id"] == "方案").sum() > 100
    pairs = kept.overlap()
    assert ((pairs["plan_a"].isin(["方案", "方案-网页"])) & (pairs["plan_b"].isin(["方案", "方案-网页"]))).any()
    r = runner.invoke(app, ["build", str(plans), "-r", "-j", "1", "--keep-copies", "--out", str(tmp_path / "o2")])
    assert r.exit_code == 0 and "4 plans, " in r.stdout and "the same plan as" not in r.stderr, r.output


def test_titles_of_one_plan_as_two_files_give_them():
    """A portal page is titled by its notice (…关于印发X), the attachment X: one plan. Another
    year's or another place's plan of like wording is not."""
    assert same_plan_title("西安市人民政府办公厅关于印发2024年西安市扩大消费工作要点", "2024年西安市扩大消费工作要点")
    assert same_plan_title("宜阳县农村人居环境整治提升五年行动实施方案(2021—2025年)", "宜阳县农村人居环境整治提升五年行动实施方案（2021—2025年）")
    assert same_plan_title("", "") and same_plan_title(None, "")
    assert not same_plan_title("2024年工作要点", "2023年工作要点")
    assert not same_plan_title("", "2024年工作要点")
    assert not same_plan_title("株洲市2026年城市治理重点任务分工", "株洲市2026年城市治理重点任务分工表")


def test_a_chrome_printed_pdf_reads_without_bare_log_lines(tmp_path):
    """A page saved as PDF from Chrome (Skia) draws some glyphs in Type3 fonts without a FontBBox:
    pdfminer logged "Could not get FontBBox from font descriptor because None cannot be parsed as
    4 floats" eight times per file, bare on stderr, naming no file (8 such lines in a build of the
    800-file corpus, and in every notebook cell that builds it). Every line is respgraph's now."""
    import subprocess
    import sys

    from conftest import ROOT

    pdf = ROOT / "tests" / "fixtures" / "pdf" / "chrome-printed-type3-fonts.pdf"
    r = subprocess.run([sys.executable, "-m", "respgraph.cli", "extract", str(pdf), "--format", "jsonl", "-o", str(tmp_path / "t.jsonl")],
                       capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "1 plan, 10 tasks, 24 assignments" in r.stdout
    assert all(ln.startswith("respgraph: ") for ln in r.stderr.splitlines()), r.stderr


def test_plan_overlap_table_shows_the_plan_pairs_sharing_most_work_first(tmp_path):
    """`overlap --plans` as a table lists the plan pairs with the most similar tasks first (was
    plan-id order: at 757 plans the 20 rows shown were 01-… against 02-…, 03-… with 0 similar
    pairs, 283,861 rows more); CSV keeps plan-id order."""
    import io

    import pandas as pd

    from conftest import ROOT

    out = tmp_path / "o"
    respgraph.build(ROOT / "tests" / "fixtures" / "overlap-levels", out=out)
    csv = pd.read_csv(io.StringIO(runner.invoke(app, ["overlap", str(out), "--plans", "--format", "csv"]).stdout))
    top = csv.sort_values("pairs", ascending=False, kind="stable").iloc[0]
    assert list(zip(csv.plan_a, csv.plan_b)) == sorted(zip(csv.plan_a, csv.plan_b)) and csv.pairs.iloc[0] < top.pairs
    r = runner.invoke(app, ["overlap", str(out), "--plans", "-n", "1"], env={"COLUMNS": "240"}, terminal_width=240)
    assert "most similar pairs first" in r.stdout
    row = next(ln for ln in r.stdout.splitlines() if ln.startswith("│") and "plan a" not in ln)
    assert top.plan_a in row and top.plan_b in row and f" {top.pairs} " in row, r.stdout
