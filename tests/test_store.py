"""The embedded store: byte-stable node-link JSON, atomic writes, clear errors on bad builds."""

from __future__ import annotations

import json
import os

import pytest
from _graph import Registry, tiny_plan

from respgraph.graph import build_graph, count_by_type
from respgraph.store import BuildError, atomic_write_text, load_build, save_build

PLANS = [{"plan_id": "a", "path": "a.txt", "sha256": "ab" * 32}, {"plan_id": "b", "path": "b.txt", "sha256": "cd" * 32}]


def _graph():
    return build_graph([tiny_plan("a"), tiny_plan("b", "昌江区")], Registry())


def test_save_and_load_round_trip(tmp_path):
    G = _graph()
    save_build(G, tmp_path, PLANS)
    stored = load_build(tmp_path)
    assert stored.plan_ids == ["a", "b"]
    assert count_by_type(stored.graph) == count_by_type(G)
    e = stored.graph.edges["agency:渝水区/发展和改革委员会", "task:a:002", "LEADS"]
    assert e["clause"] == "牵头单位：区发改委；责任单位：区财政局、区环保局"
    assert stored.graph.nodes["task:a:001"]["deadlines"] == ["2022年底前"]
    for name in ("graph.json", "tasks.csv", "assignments.csv", "agencies.csv"):
        assert (tmp_path / name).exists()
    header = json.loads((tmp_path / "graph.json").read_text("utf-8"))["respgraph"]
    assert header["format"] == "respgraph-build" and header["plans"][0]["sha256"] == "ab" * 32


def test_saving_twice_gives_identical_bytes(tmp_path):
    save_build(_graph(), tmp_path / "one", PLANS)
    save_build(_graph(), tmp_path / "two", list(reversed(PLANS)))
    for name in ("graph.json", "tasks.csv", "assignments.csv", "agencies.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    text = (tmp_path / "one" / "graph.json").read_text("utf-8")
    assert "渝水区生态环境局" in text  # Chinese stored as-is, not \\u escapes
    assert str(tmp_path) not in text


def test_assignments_csv_has_one_row_per_edge_with_provenance(tmp_path):
    import pandas as pd

    save_build(_graph(), tmp_path, PLANS)
    df = pd.read_csv(tmp_path / "assignments.csv")
    assert len(df) == 10
    row = df[(df.task_id == "a:002") & (df.role == "lead")].iloc[0]
    assert (row.agency, row.file, row.start, row.end) == ("渝水区发展和改革委员会", "a.txt", 76, 80)
    assert (row.clause_start, row.clause_end) == (71, 95)


def test_interrupted_write_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "graph.json"
    atomic_write_text(target, "old")

    class Boom(Exception):
        pass

    from respgraph.store import atomic_open

    with pytest.raises(Boom):
        with atomic_open(target) as f:
            f.write("half of a new fi")
            raise Boom
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["graph.json"]  # no temporary file left behind


@pytest.mark.parametrize(
    "content, words",
    [
        ('{"respgraph": {"format": "respgraph-build", "format_version": 1, "plans": []}, "nodes": [', "corrupt or truncated"),
        ('{"nodes": [], "edges": [], "directed": true}', "not a respgraph build"),
        ("[1, 2, 3]", "not a respgraph build"),
        ('{"respgraph": {"format": "respgraph-build", "format_version": 99, "plans": []}, "nodes": [], "edges": []}', "format version 99"),
    ],
)
def test_bad_graph_json_is_a_clear_error(tmp_path, content, words):
    (tmp_path / "graph.json").write_text(content, "utf-8")
    with pytest.raises(BuildError) as err:
        load_build(tmp_path)
    assert words in str(err.value) and "graph.json" in str(err.value)


def test_missing_build_is_a_clear_error(tmp_path):
    with pytest.raises(BuildError, match="no graph.json"):
        load_build(tmp_path)
    with pytest.raises(BuildError, match="no such build directory"):
        load_build(tmp_path / "nope")


def _same_graph(a, b):
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert all(list(a.pred[n]) == list(b.pred[n]) for n in b)
    assert a.graph == b.graph


def test_line_by_line_load_equals_a_whole_parse_and_other_layouts_still_load(tmp_path):
    from respgraph.store import _read_lines, data_to_graph, dumps, graph_to_data

    G = _graph()
    save_build(G, tmp_path / "b", PLANS)
    path = tmp_path / "b" / "graph.json"
    top, streamed = _read_lines(path)  # the layout save_build writes: read item by item
    assert top["respgraph"]["plans"][0]["plan_id"] == "a"
    _same_graph(streamed, data_to_graph(json.loads(path.read_text("utf-8"))))
    _same_graph(load_build(tmp_path / "b").graph, G)
    # the same document laid out differently (one line, indented) goes through a whole parse
    for text in (json.dumps(graph_to_data(G, PLANS), ensure_ascii=False),
                 json.dumps(graph_to_data(G, PLANS), ensure_ascii=False, indent=2)):
        atomic_write_text(tmp_path / "c" / "graph.json", text)
        _same_graph(load_build(tmp_path / "c").graph, G)
    assert dumps(graph_to_data(load_build(tmp_path / "c").graph, PLANS)) == path.read_text("utf-8")


def test_build_cut_between_two_edge_lines_is_truncated_not_half_loaded(tmp_path):
    save_build(_graph(), tmp_path, PLANS)
    path = tmp_path / "graph.json"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    cut = next(i for i, line in enumerate(lines) if line.startswith('  {"agency_id"')) + 1
    path.write_text("".join(lines[:cut]), "utf-8")
    with pytest.raises(BuildError, match="corrupt or truncated"):
        load_build(tmp_path)


def test_write_csv_gives_the_bytes_pandas_gives_for_the_same_columns():
    import io

    import pandas as pd

    from respgraph.store import frame_to_csv, write_csv

    columns = {
        "ints_and_none": [271, None, 3],  # float64 in pandas: 271.0
        "ints": [1, 2, 3],
        "bools_and_none": [True, None, False],
        "text": ['a, "quoted"', "多\n行", ""],
        "mixed": [1, "x", None],
        "floats": [1.5, float("nan"), 2.0],
        "none": [None, None, None],
        "joined": ["a; b", "", None],
    }
    f = io.StringIO()
    write_csv(f, list(columns), list(columns.values()))
    assert f.getvalue() == frame_to_csv(pd.DataFrame(columns))
    assert f.getvalue().splitlines()[1].startswith("271.0,1,True,")
