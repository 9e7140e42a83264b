"""Hostile plan text at the extraction stage: broken clauses stay on their task, absurd sizes
and depths still give tasks, and a bad file is one ReadError/ExtractError, never a crash.
"""

from __future__ import annotations

import json
import resource
from pathlib import Path

import pytest

from respgraph.extract import ExtractError, extract_file, plan_records, task_to_dict
from respgraph.read import ReadError

from _extract import extract_text
from conftest import YUSHUI

HEAD = "某区深入打好污染防治攻坚战实施方案\n一、重点任务\n"


def _plan(tmp_path: Path, body: str, name: str = "plan.txt"):
    return extract_text(tmp_path, HEAD + body, name)


# --------------------------------------------------------------------------- nothing dropped


def test_unbalanced_clause_stays_on_its_task(tmp_path):
    plan = _plan(tmp_path, "1.加强大气污染防治。（责任单位：区发改委、\n2.加强水污染防治。（牵头单位：区水利局；责任单位：区生态环境局）\n")
    first, second = plan.tasks
    assert first.title == "加强大气污染防治" and "unparsed_clause" in first.flags
    (clause,) = first.clauses
    assert clause.raw == "（责任单位：区发改委、" and not clause.parsed
    assert "unbalanced bracket" in clause.problems
    # what could be read is still read, and the broken clause does not swallow the next task
    assert [m.text for m in first.mentions] == ["区发改委"]
    assert [(m.text, m.role) for m in second.mentions] == [("区水利局", "lead"), ("区生态环境局", "support")]
    assert second.flags == []


def test_clause_without_agencies_is_kept_and_flagged(tmp_path):
    plan = _plan(tmp_path, "1.加强大气污染防治。（责任单位：）\n2.加强治理。（牵头单位：；责任单位：）\n")
    for task, raw in zip(plan.tasks, ["（责任单位：）", "（牵头单位：；责任单位：）"]):
        assert task.flags == ["unparsed_clause"] and task.mentions == []
        assert [c.raw for c in task.clauses] == [raw]
        assert raw in task.text
    # the JSONL record keeps it too: nothing in the output is silently gone
    rec = task_to_dict(plan.tasks[0], plan)
    assert rec["flags"] == ["unparsed_clause"] and rec["assignments"] == []
    assert rec["unparsed_clauses"] == [{"clause": "（责任单位：）", "problems": ["no units"]}]


def test_unparsed_clause_reaches_the_build_graph(tmp_path):
    from respgraph.pipeline import run_build

    f = tmp_path / "broken.txt"
    f.write_text(HEAD + "1.加强大气污染防治。（责任单位：区发改委、\n2.加强水污染防治。（责任单位：区水利局）\n", encoding="utf-8")
    result = run_build([f], out=tmp_path / "out")
    assert not result.failures
    tasks = {d["title"]: d for _, d in result.graph.nodes(data=True) if d.get("type") == "Task"}
    assert "unparsed_clause" in tasks["加强大气污染防治"]["flags"]
    assert "（责任单位：区发改委、" in tasks["加强大气污染防治"]["text"]


# --------------------------------------------------------------------------- sizes and depths


def test_thousands_of_agencies_in_one_clause(tmp_path):
    names = [f"区第{i}工作局" for i in range(1, 3001)]
    plan = _plan(tmp_path, "1.加强大气污染防治。（牵头单位：区发改委；责任单位：" + "、".join(names) + "）\n")
    (task,) = plan.tasks
    assert [m.text for m in task.mentions] == ["区发改委", *names]
    assert [m.role for m in task.mentions][:2] == ["lead", "support"]
    assert all(plan.document.text[m.span.start : m.span.end] == m.text for m in task.mentions)


def test_circled_item_at_line_start(tmp_path):
    # Regression: "①".isdigit() is True, so int("①") used to fail the whole plan.
    plan = _plan(tmp_path, "（一）加强大气治理\n①推进燃煤锅炉淘汰。（责任单位：区发改委）\n②加强扬尘管控。（责任单位：区住建局）\n")
    assert [(t.number, t.title, [m.text for m in t.mentions]) for t in plan.tasks] == [
        ("①", "推进燃煤锅炉淘汰", ["区发改委"]),
        ("②", "加强扬尘管控", ["区住建局"]),
    ]


MARKERS = ["{cn}、", "（{cn}）", "{n}.", "（{n}）", "{c}"]
CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


@pytest.mark.parametrize("depth", [5, 200, 2000])
def test_deeply_nested_headings(tmp_path, depth):
    # 一、（一）1.（1）① repeated: every level opens a deeper one under the last.
    lines = []
    for i in range(depth):
        k = i // len(MARKERS) % 10
        lines.append(MARKERS[i % len(MARKERS)].format(cn=CN[k], n=k + 1, c=CIRCLED[k]) + f"第{i}层工作要求")
    body = "\n".join(lines) + "\n1.加强大气污染防治。（责任单位：区发改委）\n"
    plan = _plan(tmp_path, body, f"deep{depth}.txt")
    last = plan.tasks[-1]
    assert last.title == "加强大气污染防治" and [m.text for m in last.mentions] == ["区发改委"]


def test_all_markers_on_one_line(tmp_path):
    plan = _plan(tmp_path, "一、（一）1.（1）①" * 2000 + "加强治理。（责任单位：区发改委）\n")
    assert [m.text for t in plan.tasks for m in t.mentions] == ["区发改委"]


def test_brackets_only_is_one_read_error(tmp_path):
    f = tmp_path / "brackets.txt"
    f.write_text("（）〔〕()【】：；、" * 3000, encoding="utf-8")
    with pytest.raises(ReadError) as err:
        extract_file(f)
    assert err.value.reason == "no text in document"


def test_bracket_soup_around_real_text(tmp_path):
    soup = "（（（【【〔〔：；、）））】】" * 200
    plan = _plan(tmp_path, soup + "\n1.加强大气污染防治。（责任单位：区发改委）\n" + soup + "\n")
    assert any([m.text for m in t.mentions] == ["区发改委"] for t in plan.tasks)


@pytest.mark.slow
def test_fifty_megabyte_plan(tmp_path):
    """50 MB of real plan body (the 渝水 tasks repeated) extracts within memory and yields tasks."""
    lines = YUSHUI.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, ln in enumerate(lines) if ln.startswith("主要任务"))
    end = max(i for i, ln in enumerate(lines) if "责任单位" in ln or "牵头" in ln) + 1
    head, body = "".join(lines[:start]), "".join(lines[start:end])
    copies = 50 * 1024 * 1024 // len(body.encode()) + 1
    f = tmp_path / "huge.txt"
    with f.open("w", encoding="utf-8") as out:
        out.write(head)
        for _ in range(copies):
            out.write(body)
    assert f.stat().st_size >= 50 * 1024 * 1024
    seed_tasks = extract_file(YUSHUI).tasks
    plan = extract_file(f)
    assert len(plan.tasks) >= copies * 30
    # the last copy is read as well as the first: the 渝水 task 14 is still led by 城管渝水分局
    fourteenth = [t for t in plan.tasks if t.title == seed_tasks[13].title]
    assert len(fourteenth) == copies
    assert [m.text for m in fourteenth[-1].mentions] == [m.text for m in seed_tasks[13].mentions]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mb < 4096, f"peak RSS {peak_mb:.0f} MB"
    json.dumps(plan_records(plan)[-1], ensure_ascii=False)


# --------------------------------------------------------------------------- one error type


def test_structuring_bug_becomes_one_extract_error(tmp_path, monkeypatch):
    # Whatever goes wrong inside the structure stage surfaces as ExtractError with a reason.
    import respgraph.structure as structure

    def broken(*a, **k):
        raise KeyError("boom")

    monkeypatch.setattr(structure, "parse", broken)
    f = tmp_path / "plan.txt"
    f.write_text(HEAD + "1.加强治理。（责任单位：区发改委）\n", encoding="utf-8")
    with pytest.raises(ExtractError) as err:
        extract_file(f)
    assert err.value.reason == "could not structure the text (KeyError: 'boom')"
    assert err.value.path == str(f)


def test_a_huge_clause_gives_output_linear_in_its_size(tmp_path):
    """Each assignment carries its clause as evidence; a 30,000-unit clause repeated in each of
    its 30,000 assignments would be 20 GB of JSON from a 680 KB file. Long clauses are cut to
    their label and a window around the mention; the span still locates the whole clause."""
    from respgraph.pipeline import run_build
    from respgraph.records import CLAUSE_EVIDENCE_MAX

    names = [f"区第{i}工作局" for i in range(1, 5001)]
    f = tmp_path / "huge-clause.txt"
    f.write_text(HEAD + "1.加强大气污染防治。（牵头单位：区发改委；责任单位：" + "、".join(names) + "）\n", encoding="utf-8")
    plan = extract_file(f)
    (rec,) = plan_records(plan)
    assert len(rec["assignments"]) == 5001
    for a in rec["assignments"]:
        ev = a["source"]["clause"]
        assert len(ev) <= CLAUSE_EVIDENCE_MAX + 2 and a["mention"] in ev
    assert rec["assignments"][0]["source"]["clause"].startswith("（牵头单位：区发改委；")
    assert rec["assignments"][-1]["source"]["clause"].startswith("（牵头单位：…")
    assert len(json.dumps(rec, ensure_ascii=False).encode()) < 100 * f.stat().st_size  # whole clauses: 5,000x

    result = run_build([f], out=tmp_path / "out")
    edges = [d for _, _, k, d in result.graph.edges(keys=True, data=True) if k in ("LEADS", "SUPPORTS")]
    assert len(edges) == 5001 and all(len(d["clause"]) <= CLAUSE_EVIDENCE_MAX + 2 for d in edges)
    (clause,) = plan.tasks[0].clauses  # the whole clause is one span away
    assert {(d["clause_start"], d["clause_end"]) for d in edges} == {(clause.span.start, clause.span.end)}
    assert (tmp_path / "out" / "graph.json").stat().st_size < 400 * f.stat().st_size


def test_names_run_together_over_a_long_piece_take_linear_time():
    # a piece of 24,000 characters of names with no 、 between them: each cut point read the rest
    # of the piece (quadratic: ~10 s); a piece that long is no unit list and is not cut
    import time

    from respgraph.grammar.units import split_units

    text = "县公安局" * 6000
    t = time.perf_counter()
    units = split_units(text, 0)
    assert time.perf_counter() - t < 1.5
    assert len(units) == 1
    assert [u.text for u in split_units("县公安局县财政局", 0)] == ["县公安局", "县财政局"]  # short: cut


def test_a_plan_the_resolver_fails_on_is_said_and_the_others_go_on(tmp_path, monkeypatch):
    # The resolver failing on one plan of a batch (a bug a real plan may one day find) used to
    # leave that plan's records with the mentions as written and nothing said. Now one warning
    # line names the file and the problem, the records say it, and the other plan resolves.
    from typer.testing import CliRunner

    import respgraph.resolve as resolve_mod
    from respgraph.cli import app

    unlucky = tmp_path / "unlucky.txt"
    unlucky.write_text(YUSHUI.read_text(encoding="utf-8"), encoding="utf-8")
    real = resolve_mod.resolve_plan

    def failing_on_unlucky(plan, reg=None):
        if plan.meta.path.endswith("unlucky.txt"):
            raise KeyError("渝水区")  # the kind of error a registry lookup inside resolve raises
        return real(plan, reg)

    monkeypatch.setattr(resolve_mod, "resolve_plan", failing_on_unlucky)
    out = tmp_path / "t.jsonl"
    r = CliRunner().invoke(app, ["extract", str(YUSHUI), str(unlucky), "-j", "1", "-o", str(out)])
    assert r.exit_code == 0, r.output
    said = [ln for ln in r.stderr.splitlines() if "could not resolve agencies" in ln]
    assert said == [f"respgraph: warning: {unlucky}: could not resolve agencies (KeyError: '渝水区'); each agency is given as written"], r.stderr
    records = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    bad = [a for rec in records for a in rec["assignments"] if a["source"]["file"].endswith("unlucky.txt")]
    good = [a for rec in records for a in rec["assignments"] if not a["source"]["file"].endswith("unlucky.txt")]
    assert bad and good and len(bad) == len(good)
    # the plan the resolver failed on: names as written (渝水生态环境局), and its records say why
    assert all(a["agency"] == a["mention"] for a in bad)
    assert any(a["mention"] == "渝水生态环境局" for a in bad)
    bad_plan = next(rec for rec in records if rec["assignments"] and rec["assignments"][0]["source"]["file"].endswith("unlucky.txt"))
    assert any("could not resolve agencies (KeyError" in w for w in bad_plan["plan_warnings"])
    # the other plan still resolves: 渝水生态环境局 is 渝水区生态环境局, 区工信局 the district's
    assert any(a["mention"] == "渝水生态环境局" and a["agency"] == "渝水区生态环境局" for a in good)
    assert any(a["mention"] == "区工信局" and a["agency"] == "渝水区工业和信息化局" for a in good)
    good_plan = next(rec for rec in records if rec["assignments"] and rec["assignments"][0]["source"]["file"].endswith(YUSHUI.name))
    assert not any("could not resolve" in w for w in good_plan.get("plan_warnings", []))
