"""Nothing silently dropped, at the plan level: what the reading stages find wrong with a plan (a
site's preview cut off mid-document, a file cut inside a character, a clause that could not be
read, a table row naming units but no task) reaches the user — one line per file and problem in
the `extract` / `build` summary, ``plan_warnings`` on the JSONL records, ``warnings`` in
``Build.plans()``, the build header and the report's plans table, and the task affected flagged —
while the tasks and units read stay as they were."""

from __future__ import annotations

import json
import warnings

import pytest
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app
from respgraph.errors import IncompletePlanWarning

runner = CliRunner()

HEAD = """XX县2024年农村人居环境整治工作要点 - 道客巴巴
上传人：abc123  页数：6
XX县人民政府办公室关于印发XX县2024年农村人居环境整治工作要点的通知

各乡镇人民政府，县直各有关单位：
现将《XX县2024年农村人居环境整治工作要点》印发给你们，请认真贯彻落实。

一、重点任务
（一）推进农村厕所革命。持续推进农村户用卫生厕所改造，2024年底前新改建户厕1200户。（牵头单位：县农业农村局；责任单位：县卫生健康委、县财政局）
（二）加强农村生活垃圾治理。健全村收集、镇转运、县处理体系。（牵头单位：县住房城乡建设局；责任单位：县城市管理局）
"""
# the preview stops inside item （三）: its clause is on the pages the site did not show
CUT = HEAD + "（三）推进农村生活污水治理。因地制宜开展农村生活污水治理，到2024年底，全县农村生活污水治理率达到45%以上，全面完成村……余下全文\n"
# the same plan whole, the site's button under its date: nothing is cut
WHOLE = HEAD + """（三）推进农村生活污水治理。因地制宜开展农村生活污水治理。（牵头单位：县生态环境局；责任单位：县水利局）

XX县人民政府办公室
2024年3月15日
展开阅读全文
"""
# a list of the site's under a complete plan, one of its titles saying 查看全文: no cut either
LISTED = HEAD + """（三）推进农村生活污水治理。因地制宜开展农村生活污水治理。（牵头单位：县生态环境局；责任单位：县水利局）
各乡镇要结合实际抓好落实，查看全文件清单请登录县政府网站。
"""


def _records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _warning_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("respgraph: warning: ")]


def test_a_preview_cut_mid_document_is_said_and_its_last_task_flagged(tmp_path):
    f = tmp_path / "整治工作要点.txt"
    f.write_text(CUT, encoding="utf-8")
    out = tmp_path / "t.jsonl"
    r = runner.invoke(app, ["extract", str(f), "-o", str(out)])
    assert r.exit_code == 0, r.output
    lines = _warning_lines(r.stderr)
    assert lines[0].startswith(f"respgraph: warning: {f}: the text stops where a site's preview stops (……余下全文)"), lines
    assert f"{f}: task （三） 推进农村生活污水治理 is cut off" in lines[1]
    assert lines[-1] == "respgraph: warning: extract: 1 plan read with 2 warnings; each is kept in the records' plan_warnings"
    assert "Traceback" not in r.output
    records = _records(out)
    # the tasks and units read are those read before: the cut item is a task without units
    assert [t["number"] for t in records] == ["（一）", "（二）", "（三）"]
    assert [a["agency"] for a in records[0]["assignments"] if a["role"] == "lead"] == ["XX县农业农村局"]
    assert records[2]["assignments"] == [] and records[2]["text"].endswith("全面完成村")
    assert records[2]["flags"] == ["no_clause", "cut_off"]
    assert records[0]["flags"] == [] and records[1]["flags"] == []
    assert all(len(t["plan_warnings"]) == 2 and "余下全文" in t["plan_warnings"][0] for t in records)


def test_a_whole_plan_under_a_site_button_warns_of_nothing(tmp_path):
    for name, text in (("whole.txt", WHOLE), ("listed.txt", LISTED)):
        f = tmp_path / name
        f.write_text(text, encoding="utf-8")
        out = tmp_path / (name + ".jsonl")
        r = runner.invoke(app, ["extract", str(f), "-o", str(out)])
        assert r.exit_code == 0 and not _warning_lines(r.stderr), (name, r.stderr)
        records = _records(out)
        assert len(records) == 3 and not any("plan_warnings" in t or "cut_off" in t["flags"] for t in records), name
        assert [a["agency"] for a in records[2]["assignments"] if a["role"] == "lead"] == ["XX县生态环境局"], name


def test_pages_left_unread_and_a_clause_cut_open_are_both_said(tmp_path):
    """剩余5页未读 (the page count a site leaves unread), and a preview stopping inside a
    clause's brackets: the clause, kept as written, is flagged unparsed_clause too."""
    plan = """XX市2023年大气污染防治工作方案

一、主要任务
1.强化工业企业深度治理。推进钢铁、水泥行业超低排放改造。（责任单位：市生态环境局、市工业和信息化局）
2.加强扬尘污染管控。严格落实施工工地“六个百分之百”要求。（责任单位：市住房城乡建设局、市城市管理局）
3.推进移动源污染防治。加快淘汰国三及以下排放标准营运柴油货车（责任单位：市公安局交警支队、市交通运输局
剩余5页未读，继续阅读
"""
    f = tmp_path / "大气.txt"
    f.write_text(plan, encoding="utf-8")
    out = tmp_path / "t.jsonl"
    r = runner.invoke(app, ["extract", str(f), "-o", str(out)])
    assert r.exit_code == 0, r.output
    lines = _warning_lines(r.stderr)
    assert len(lines) == 4, lines
    assert "(剩余5页未读，继续阅读)" in lines[0]
    assert "task 3 推进移动源污染防治 is cut off" in lines[1]
    assert "1 task holds a clause that could not be read (unbalanced bracket): 3 推进移动源污染防治" in lines[2]
    last = _records(out)[-1]
    assert set(last["flags"]) == {"unparsed_clause", "cut_off"}
    assert last["unparsed_clauses"][0]["problems"] == ["unbalanced bracket"]


def test_a_previews_stop_alone_under_a_clause_cut_open_stays_out_of_its_unit(tmp_path):
    """展开阅读全文 alone on the line under a clause cut inside its bracket, and 剩余5页未读， alone
    under a cut sentence: the site's stop goes (was joined into the unit, XX市生态环境展开阅读全文,
    or kept as the task's last words), the task stays flagged cut_off and the cut is said."""
    head = """XX市2024年大气污染防治工作方案

一、重点任务
（一）加强扬尘污染治理。严格落实施工工地扬尘防控措施。（牵头单位：XX市住房和城乡建设局；配合单位：XX市城市管理局）
"""
    cases = {
        "bracket.txt": (head + "（二）推进工业污染深度治理。开展钢铁、水泥行业超低排放改造。（牵头单位：XX市生态环境\n展开阅读全文\n",
                        "展开阅读全文", "（牵头单位：XX市生态环境", {"unparsed_clause", "cut_off"}),
        "pages.txt": (head + "（二）推进工业污染深度治理。开展钢铁、水泥行业超低排放改造，\n剩余5页未读，\n",
                      "剩余5页未读，", "超低排放改造，", {"no_clause", "cut_off"}),
    }
    for name, (plan, mark, ending, flags) in cases.items():
        f = tmp_path / name
        f.write_text(plan, encoding="utf-8")
        out = tmp_path / (name + ".jsonl")
        r = runner.invoke(app, ["extract", str(f), "-o", str(out)])
        assert r.exit_code == 0, r.output
        lines = _warning_lines(r.stderr)
        assert f"the text stops where a site's preview stops ({mark})" in lines[0], lines
        assert "task （二） 推进工业污染深度治理 is cut off" in lines[1], lines
        first, last = _records(out)
        assert last["text"].endswith(ending) and mark not in last["text"], name
        assert set(last["flags"]) == flags, name
        assert all(mark not in (a["mention"] or "") for a in last["assignments"]), name
        assert [a["mention"] for a in first["assignments"]] == ["XX市住房和城乡建设局", "XX市城市管理局"]


def test_a_name_the_cut_stops_inside_is_no_unit(tmp_path):
    """A preview stopping inside a name (…；责任单位：市城管局、市生态环境|……余下全文): the piece is
    no body (it was one of its own, 市生态环境, and the lead where it stood alone); the clause keeps
    it as written and says so (cut: …). A whole name at the cut (…、市交通运输局|) stays a unit."""
    head = """XX市2024年大气污染防治工作方案

一、重点任务
（一）开展VOCs综合治理。推进重点行业VOCs深度治理。（牵头单位：市生态环境局；责任单位：市工信局）
"""
    cases = {
        "support.txt": ("（二）加强扬尘管控。严格落实“六个百分百”。（牵头单位：市住建局；责任单位：市城管局、市生态环境\n……余下全文\n",
                        [("市住建局", "lead"), ("市城管局", "support")], ["unbalanced bracket", "cut: 市生态环境"]),
        "lead.txt": ("（二）加强扬尘管控。严格落实“六个百分百”。（牵头单位：市生态环境\n……余下全文\n", [], ["unbalanced bracket", "cut: 市生态环境"]),
        "whole.txt": ("（二）加强扬尘管控。严格落实“六个百分百”。（牵头单位：市住建局；责任单位：市交通运输局\n……余下全文\n",
                      [("市住建局", "lead"), ("市交通运输局", "support")], ["unbalanced bracket"]),
    }
    for name, (item, units, problems) in cases.items():
        f = tmp_path / name
        f.write_text(head + item, encoding="utf-8")
        out = tmp_path / (name + ".jsonl")
        r = runner.invoke(app, ["extract", str(f), "-o", str(out)])
        assert r.exit_code == 0, r.output
        first, last = _records(out)
        assert [(a["mention"], a["role"]) for a in last["assignments"]] == units, name
        assert set(last["flags"]) == {"unparsed_clause", "cut_off"}, name
        assert last["unparsed_clauses"][0]["problems"] == problems, name
        assert [a["mention"] for a in first["assignments"]] == ["市生态环境局", "市工信局"]


def test_a_file_cut_inside_a_character_flags_its_last_task(tmp_path):
    data = ("XX县2024年工作要点\n一、重点任务\n1.推进河湖治理。（牵头单位：县水利局）\n2.推进农村黑臭水体治理，完成").encode("gb18030")
    f = tmp_path / "要点.txt"
    f.write_bytes(data + "治".encode("gb18030")[:1])
    out = tmp_path / "t.jsonl"
    r = runner.invoke(app, ["extract", str(f), "-o", str(out)])
    assert r.exit_code == 0, r.output
    lines = _warning_lines(r.stderr)
    assert "file ends inside a character (1 stray bytes dropped; truncated?)" in lines[0], lines
    records = _records(out)
    assert records[-1]["flags"] == ["no_clause", "cut_off"] and records[0]["flags"] == []


TABLE = """XX县2024年河湖长制重点工作任务分工表

序号\t重点任务\t牵头单位\t责任单位\t完成时限
1\t开展河湖“清四乱”常态化规范化整治\t县水利局\t县自然资源局、各乡镇人民政府\t2024年12月底
2\t\t县生态环境局\t县农业农村局\t2024年6月底
3\t推进农村黑臭水体治理\t县生态环境局\t县住房和城乡建设局、县农业农村局\t2024年11月底
"""


def test_a_table_row_naming_units_but_no_task_is_said(tmp_path):
    """Row 2 lost its task cell: its units had nothing to be given to and went unsaid."""
    f = tmp_path / "分工表.txt"
    f.write_text(TABLE, encoding="utf-8")
    out = tmp_path / "t.jsonl"
    r = runner.invoke(app, ["extract", str(f), "-o", str(out)])
    assert r.exit_code == 0, r.output
    lines = _warning_lines(r.stderr)
    assert lines[0] == (f"respgraph: warning: {f}: 1 table row names units but no task, and could not be lined up "
                        "with one: 序号：2；牵头单位：县生态环境局；责任单位：县农业农村局"), lines
    records = _records(out)
    assert [t["number"] for t in records] == ["1", "3"]  # the rows read are those read before
    # a whole table: nothing to say
    f.write_text(TABLE.replace("2\t\t", "2\t推进畜禽养殖污染治理\t"), encoding="utf-8")
    r = runner.invoke(app, ["extract", str(f), "-o", str(out)])
    assert r.exit_code == 0 and not _warning_lines(r.stderr), r.stderr
    assert [t["number"] for t in _records(out)] == ["1", "2", "3"]


def test_build_says_the_warnings_and_keeps_them_for_plans_and_the_report(tmp_path, monkeypatch):
    from respgraph.viz.report import _plans_table

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cut.txt").write_text(CUT, encoding="utf-8")
    (tmp_path / "in" / "whole.txt").write_text(WHOLE.replace("农村人居环境整治", "河湖管护"), encoding="utf-8")
    (tmp_path / "in" / "table.txt").write_text(TABLE, encoding="utf-8")
    monkeypatch.setattr("respgraph.console.WARNING_LINES", 2)  # many: a count says the rest
    r = runner.invoke(app, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    lines = _warning_lines(r.stderr)
    assert len(lines) == 3 and "余下全文" in lines[0] and "is cut off" in lines[1], lines
    assert lines[2] == ("respgraph: warning: build: 2 plans read with 3 warnings, 1 not shown above; each is kept in "
                        "the plans table's warnings (respgraph.load(DIR).plans(), the report)")

    b = respgraph.load(tmp_path / "out")
    plans = b.plans().set_index("plan_id")
    assert len(plans.loc["cut", "warnings"]) == 2 and "余下全文" in plans.loc["cut", "warnings"][0]
    assert plans.loc["whole", "warnings"] == []
    assert "1 table row names units but no task" in plans.loc["table", "warnings"][0]
    t = b.tasks(plan="cut").set_index("number")
    assert "cut_off" in t.loc["（三）", "flags"] and "cut_off" not in t.loc["（二）", "flags"]

    page = _plans_table(b.graph)
    assert "读取提示 Warnings" in page and "2 plans read with warnings, listed first" in page
    assert page.index("cut</td>") < page.index("whole</td>")  # listed first
    assert "余下全文" in page

    # the API's build says them as well: a Python warning, and Build.plans()
    with pytest.warns(IncompletePlanWarning, match=r"1 plan read with warnings \(Build.plans\(\)\['warnings'\]\): cut: the text stops"):
        b2 = respgraph.build([tmp_path / "in" / "cut.txt"], out=None)
    assert "余下全文" in b2.plans().iloc[0]["warnings"][0]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a whole plan: no warning
        assert respgraph.build([tmp_path / "in" / "whole.txt"]).plans().iloc[0]["warnings"] == []


def test_plans_without_warnings_keep_the_report_table_as_it_was(seed_build):
    from respgraph.viz.report import _plans_table

    b = respgraph.load(seed_build)
    assert all(w == [] for w in b.plans()["warnings"])
    page = _plans_table(b.graph)
    assert "Warnings" not in page and "read with warnings" not in page


def test_a_preview_stop_under_the_sites_name_is_said_and_a_dated_end_under_展开全文_is_whole(tmp_path):
    # 原创力文档: the text stops mid-item, the site's name line, then 还剩1页未读，继续阅读 — the stop was not
    # found a line further down (no warning); 百度文库: …2025年2月18日 / 展开全文 / 剩余1页未读 — a whole
    # plan's dated end under the site's bar was warned of as cut (展开全文 no stop of the known ones)
    cut = ("晋江市2025年质量强市工作要点\n一、推动产业质量提升\n（一）实施制造业质量提升行动。（市工信局牵头，市市场监管局配合）\n"
           "（二）开展“质量服务进万企”活动，为中小企\n原创力文档知识共享存储平台\n还剩1页未读，继续阅读\nVIP免费下载 | 付费下载\n")
    whole = ("洛阳市2025年招商引资工作要点\n一、聚焦产业链精准招商\n（一）编制产业链招商图谱。（牵头单位：市商务局；责任单位：市发展改革委）\n"
             "洛阳市招商引资工作领导小组\n2025年2月18日\n展开全文\n剩余1页未读，开通VIP继续阅读\n下载文档 | 加入会员 | 用App阅读\n")
    for name, text, said in (("cut.txt", cut, "还剩1页未读，继续阅读"), ("whole.txt", whole, None)):
        f = tmp_path / name
        f.write_text(text, encoding="utf-8")
        r = runner.invoke(app, ["extract", str(f), "-o", str(tmp_path / "t.jsonl")])
        assert r.exit_code == 0, r.output
        lines = [ln for ln in _warning_lines(r.stderr) if "preview" in ln]
        assert (lines[0].split("(")[1].split(")")[0] if lines else None) == said, lines


def test_an_item_the_preview_cuts_inside_its_first_sentence_stays_a_task(tmp_path):
    """（三）开展“质量服务进万企”活动，为中小企 and the site's 还剩1页未读 under it: the item the cut stops in
    before its first sentence ends is a task flagged cut_off and said (it was read as a heading over
    nothing, the item lost and no task named by the warning). Near misses: the same line in a text
    that is not cut off stays as it was (no task), and a cut after a chapter's heading makes none."""
    from respgraph.extract import extract_file

    head = ("晋江市2025年质量强市工作要点\n\n一、推动产业质量提升\n"
            "（一）实施制造业质量提升行动。在优势产业开展质量比对和攻关。（市工信局牵头，市市场监管局配合）\n"
            "（二）加强品牌培育。争创省级以上质量奖。（市市场监管局牵头，市商务局配合）\n二、优化质量服务\n")
    site = "原创力文档知识共享存储平台\n还剩1页未读，继续阅读\n"
    item = "（三）开展“质量服务进万企”活动，为中小企\n"

    def read(name, text):
        f = tmp_path / name
        f.write_text(text, encoding="utf-8")
        return extract_file(f)

    plan = read("cut.txt", head + item + site)
    assert [t.number for t in plan.tasks] == ["（一）", "（二）", "（三）"]
    cut = plan.tasks[-1]
    assert cut.title == "开展“质量服务进万企”活动，为中小企" and cut.flags == ["no_clause", "cut_off"]
    assert cut.section == ["优化质量服务"] and cut.mentions == []
    assert any("task （三） 开展“质量服务进万企”活动，为中" in w for w in plan.warnings), plan.warnings
    assert [t.number for t in read("whole.txt", head + item).tasks] == ["（一）", "（二）"]
    chapter = read("chapter.txt", head + site)
    assert [t.number for t in chapter.tasks] == ["（一）", "（二）"] and len(chapter.warnings) == 1
