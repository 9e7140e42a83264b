"""The registry files: loading, validation errors naming file and row, taxonomy, hierarchy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from respgraph.registry import (
    DEFAULT_DIR,
    RegistryError,
    function_gloss,
    functions_table,
    jurisdictions_table,
    level_of,
    load_registry,
)


@pytest.fixture()
def reg_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "registry"
    shutil.copytree(DEFAULT_DIR, dst)
    return dst


def test_default_registry_loads_and_is_cached():
    reg = load_registry()
    assert reg is load_registry()
    assert reg.path == DEFAULT_DIR
    assert 40 <= len(reg.functions) <= 65


def test_taxonomy_has_english_glosses():
    assert function_gloss("生态环境") == "ecology and environment"
    assert function_gloss("发展改革") == "development and reform"
    assert function_gloss("河长制") == "river and lake chief office"
    df = functions_table()
    assert list(df.columns) == ["code", "name", "gloss", "kind"]
    assert df["gloss"].str.len().min() > 3
    assert set(df.loc[df.code.isin(["法院", "检察院"]), "kind"]) == {"judiciary"}
    for code in ["工业和信息化", "财政", "自然资源", "住房城乡建设", "城市管理", "交通运输", "水利", "农业农村",
                 "林业", "商务", "文化和旅游", "卫生健康", "应急管理", "市场监管", "公安", "司法", "教育",
                 "科技", "统计", "气象", "税务", "金融", "国资", "审批服务", "乡村振兴", "供销", "邮政",
                 "能源", "党委", "人大", "政协", "政府办公室", "机关事务", "宣传", "群团", "海洋渔业",
                 "乡镇街道", "园区", "国有企业"]:
        assert code in set(df.code), code


def test_jurisdiction_hierarchy():
    reg = load_registry()
    assert reg.ancestors("渝水区") == ["渝水区", "新余市", "江西省"]
    assert reg.ancestors("昌江区") == ["昌江区", "景德镇市", "江西省"]
    assert reg.jurisdiction("XX投资区").parent == "XX市"
    assert reg.jurisdiction("XX投资区").level == "zone"
    yichun = {j.name for j in reg.jurisdictions.values() if j.parent == "宜春市"}
    assert yichun == {"袁州区", "樟树市", "丰城市", "靖安县", "奉新县", "高安市", "上高县", "宜丰县", "铜鼓县", "万载县"}
    assert {j.name for j in reg.jurisdictions.values() if j.parent == "景德镇市"} == {"昌江区", "珠山区", "浮梁县", "乐平市"}
    assert all(reg.jurisdiction(c).parent == "江西省" for c in ["新余市", "景德镇市", "宜春市"])
    df = jurisdictions_table()
    assert df.loc[df.name == "渝水区", "short"].item() == "渝水"


def test_unknown_place_level_from_suffix():
    reg = load_registry()
    j = reg.jurisdiction("安宁县")
    assert (j.level, j.known, j.parent) == ("county", False, None)
    assert [level_of(x) for x in ["湖南省", "清河市", "清河区", "清河县", "长乐镇", "石桥乡", "东湖街道", "高新技术开发区"]] == [
        "province", "city", "district", "county", "township", "township", "subdistrict", "zone"]
    assert [level_of(x) for x in ["南昌综合保税区", "宝格达乌拉苏木"]] == ["zone", "township"]


def test_canonical_place_drops_only_qualifiers():
    reg = load_registry()
    assert reg.canonical_place("新余市渝水区") == "渝水区"
    assert reg.canonical_place("XXXX投资区") == "XX投资区"
    assert reg.canonical_place("东昌江区") == "东昌江区"  # a different place, not 昌江区


def test_malformed_row_names_file_and_row(reg_copy: Path):
    f = reg_copy / "function_keywords.csv"
    lines = f.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "火星,火星探测,,")  # row 4: a function code not in functions.csv
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RegistryError) as e:
        load_registry(reg_copy)
    assert str(f) in str(e.value) and "row 4" in str(e.value) and "火星探测" in str(e.value)


def test_too_many_fields_and_bad_level(reg_copy: Path):
    f = reg_copy / "functions.csv"
    f.write_text(f.read_text(encoding="utf-8") + "火星,火星探测,Mars, exploration,\n", encoding="utf-8")
    n = len(f.read_text(encoding="utf-8").splitlines())
    with pytest.raises(RegistryError, match=rf"functions\.csv: row {n}: 5 fields"):
        load_registry(reg_copy)

    shutil.copy(DEFAULT_DIR / "functions.csv", f)
    j = reg_copy / "jurisdictions.csv"
    j.write_text(j.read_text(encoding="utf-8") + "火星市,planet,,,\n", encoding="utf-8")
    n = len(j.read_text(encoding="utf-8").splitlines())
    with pytest.raises(RegistryError, match=rf"jurisdictions\.csv: row {n}: level 'planet'"):
        load_registry(reg_copy)


def test_place_alias_needs_one_star_after_a_name(reg_copy: Path):
    a = reg_copy / "aliases.csv"
    good = a.read_text(encoding="utf-8")
    assert ("国家税务总局", "税务局", "税务局") in load_registry().place_aliases
    a.write_text(good + "*税务局,税务局,,\n", encoding="utf-8")
    n = len(a.read_text(encoding="utf-8").splitlines())
    with pytest.raises(RegistryError, match=rf"aliases\.csv: row {n}: '\*税务局': one \*"):
        load_registry(reg_copy)


def test_parent_must_be_listed_and_missing_file(reg_copy: Path):
    j = reg_copy / "jurisdictions.csv"
    j.write_text(j.read_text(encoding="utf-8") + "清河区,district,清河市,,\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="parent '清河市' of '清河区' is not listed"):
        load_registry(reg_copy)
    (reg_copy / "aliases.csv").unlink()
    j.write_text("name,level,parent\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"aliases\.csv: file missing"):
        load_registry(reg_copy)


def test_user_extension_is_used(reg_copy: Path):
    """Adding a keyword and a scoped alias row changes resolution, as the README says."""
    from respgraph.records import PlanMeta
    from respgraph.resolve import resolve_mention

    with (reg_copy / "function_keywords.csv").open("a", encoding="utf-8") as fh:
        fh.write("民生保障,卫生健康;人力社保;民政,,zones: 民生保障局\n")
    with (reg_copy / "aliases.csv").open("a", encoding="utf-8") as fh:
        fh.write("农粮局,农业农村和粮食局,渝水区,\n")
    reg = load_registry(reg_copy)
    zone = PlanMeta("z", "z.txt", jurisdiction="XX投资区")
    assert resolve_mention(reg, "民生保障局", zone).functions == ["卫生健康", "人力社保", "民政"]
    assert resolve_mention(load_registry(), "民生保障局", zone).known is False
    yushui = PlanMeta("y", "y.txt", jurisdiction="渝水区")
    assert resolve_mention(reg, "区农粮局", yushui).name == "渝水区农业农村和粮食局"
    assert resolve_mention(reg, "区农粮局", PlanMeta("c", "c.txt", jurisdiction="昌江区")).name == "昌江区农粮局"


def test_registry_ships_in_the_package_and_data_registry_points_there():
    import respgraph

    pkg = Path(respgraph.__file__).resolve().parent / "data" / "registry"
    assert DEFAULT_DIR == pkg and (pkg / "functions.csv").is_file()
    repo_view = Path(respgraph.__file__).resolve().parents[1] / "data" / "registry"
    if repo_view.exists():  # a source checkout: data/registry is the same directory
        assert repo_view.resolve() == pkg


def test_env_var_selects_a_user_registry(reg_copy: Path, monkeypatch):
    """RESPGRAPH_REGISTRY=DIR is used by every command (build, suggest) that loads the default."""
    from respgraph.records import PlanMeta
    from respgraph.registry import registry_dir, registry_file
    from respgraph.resolve import resolve_mention

    with (reg_copy / "function_keywords.csv").open("a", encoding="utf-8") as fh:
        fh.write("人居环境,住房城乡建设;农业农村,,人居环境局\n")
    (reg_copy / "task_keywords.csv").unlink()  # a user copy may leave out the suggest lexicon
    monkeypatch.setenv("RESPGRAPH_REGISTRY", str(reg_copy))
    assert registry_dir() == reg_copy.resolve()
    reg = load_registry()
    assert reg.path == reg_copy.resolve() and reg is not load_registry(DEFAULT_DIR)
    zone = PlanMeta("z", "z.txt", jurisdiction="绵阳高新区")
    assert resolve_mention(reg, "高新区人居环境局", zone).functions == ["住房城乡建设", "农业农村"]
    assert registry_file("task_keywords.csv") == DEFAULT_DIR / "task_keywords.csv"
    assert registry_file("function_keywords.csv") == reg_copy.resolve() / "function_keywords.csv"
    monkeypatch.delenv("RESPGRAPH_REGISTRY")
    assert load_registry().path == DEFAULT_DIR
    assert resolve_mention(load_registry(), "高新区人居环境局", zone).known is False


def test_cli_agencies_uses_the_registry_option(reg_copy: Path, tmp_path: Path):
    """`respgraph agencies PLAN --registry DIR --unknown`: a keyword added there resolves the
    mention the built-in registry leaves unknown; a malformed copy is one line naming the file."""
    import json

    from typer.testing import CliRunner

    from respgraph.cli import app

    plan = tmp_path / "zone.txt"
    plan.write_text(
        "绵阳高新区管委会\n关于印发《绵阳高新区生态环境保护工作方案》的通知\n绵阳高新区管委会\n2022年1月5日\n"
        "绵阳高新区生态环境保护工作方案\n一、主要任务\n（一）蓝天行动\n"
        "1.加强扬尘治理。落实工地扬尘防治措施。（责任单位：高新区人居环境局、高新区生态环境分局）\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    r = runner.invoke(app, ["agencies", str(plan), "--unknown", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [row["mention"] for row in json.loads(r.stdout)] == ["高新区人居环境局"]
    with (reg_copy / "function_keywords.csv").open("a", encoding="utf-8") as fh:
        fh.write("人居环境,住房城乡建设;农业农村,,人居环境局\n")
    r = runner.invoke(app, ["agencies", str(plan), "--registry", str(reg_copy), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = {row["agency_id"]: row for row in json.loads(r.stdout)}
    assert rows["绵阳高新区/人居环境局"]["functions"] == ["住房城乡建设", "农业农村"]
    assert rows["绵阳高新区/生态环境局"]["glosses"] == ["ecology and environment"]
    bad = tmp_path / "bad-registry"  # a directory of its own: registries are loaded once per directory
    shutil.copytree(reg_copy, bad)
    (bad / "aliases.csv").write_text("alias,canonical\n区发改委\n", encoding="utf-8")
    r = runner.invoke(app, ["agencies", str(plan), "--registry", str(bad)])
    assert r.exit_code == 1 and r.stderr == f"respgraph: {bad.resolve() / 'aliases.csv'}: row 2: empty 'canonical'\n"
    assert "Traceback" not in r.output


def test_build_with_a_malformed_env_registry_is_one_line(reg_copy: Path, tmp_path: Path):
    """Through the console entry point (a real process): no traceback, no 'internal error'."""
    import os
    import subprocess
    import sys

    (reg_copy / "aliases.csv").write_text("alias,canonical\n区发改委\n", encoding="utf-8")
    plan = tmp_path / "p.txt"
    plan.write_text("渝水区实施方案\n一、主要任务\n1.治理扬尘。（责任单位：区发改委）\n", encoding="utf-8")
    env = {**os.environ, "RESPGRAPH_REGISTRY": str(reg_copy)}
    env.pop("RESPGRAPH_DEBUG", None)
    r = subprocess.run([sys.executable, "-c", "from respgraph.cli import main; main()", "build", str(plan), "--out", str(tmp_path / "out")],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 1  # a file the run needs is bad: 1, as every command
    assert r.stderr.strip() == f"respgraph: {reg_copy.resolve() / 'aliases.csv'}: row 2: empty 'canonical'"
    assert not (tmp_path / "out" / "graph.json").exists()


def test_successors_are_optional_and_checked(reg_copy: Path):
    assert load_registry().successors["环境保护局"] == ("生态环境局", "生态环境分局")
    assert "民政局" not in load_registry().successors and "水务局" not in load_registry().successors  # never renamed
    (reg_copy / "successors.csv").unlink()  # a registry copied before the file existed
    assert load_registry(reg_copy).successors == {}


def test_malformed_successors_name_file_and_row(tmp_path: Path):
    bad = tmp_path / "bad-successors"
    shutil.copytree(DEFAULT_DIR, bad)
    (bad / "successors.csv").write_text("name,successors\n环境保护局,\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"successors.csv: row 2: empty 'successors'"):
        load_registry(bad)


def test_county_level_cities_are_counties_of_their_prefecture():
    """瑞金市, 井冈山市, 仙桃市 are county-level (were city by their 市); 神农架林区 and 六枝特区 too."""
    reg = load_registry()
    assert [(reg.jurisdiction(n).level, reg.jurisdiction(n).parent) for n in ["瑞金市", "井冈山市", "仙桃市", "神农架林区", "六枝特区"]] == [
        ("county", "赣州市"), ("county", "吉安市"), ("county", "湖北省"), ("county", "湖北省"), ("county", "六盘水市")]
    # near misses: a prefecture-level city, and a city nobody listed, keep the level of their 市
    assert reg.jurisdiction("赣州市").level == "city"
    assert reg.jurisdiction("瑞新市").level == "city"


def test_county_short_names_are_read_only_near_them():
    """A county's short name is a place in the plans of its own place, above it or beside it
    (浮梁 in a 景德镇市 plan), never a word elsewhere: 龙泉 of 龙泉市 in 龙泉驿区, 合作 of 合作市 in 合作社."""
    from respgraph.records import PlanMeta
    from respgraph.resolve import resolve_mention

    reg = load_registry()
    city = PlanMeta("p", "p.txt", jurisdiction="景德镇市")
    assert resolve_mention(reg, "浮梁生态环境局", city).agency_id == "浮梁县/生态环境局"
    assert resolve_mention(reg, "市生态环境局昌江分局", city).agency_id == "昌江区/生态环境局"
    chengdu = PlanMeta("p", "p.txt", jurisdiction="成都市", issuers=["成都市人民政府"])
    assert resolve_mention(reg, "龙泉驿区生态环境局", chengdu).agency_id == "龙泉驿区/生态环境局"
    assert resolve_mention(reg, "沙河口区人民政府", chengdu).agency_id == "沙河口区/人民政府"
    assert resolve_mention(reg, "供销合作社联合社", chengdu).agency_id == "成都市/供销合作社"  # (= 供销社)
    assert resolve_mention(reg, "东方电气集团", chengdu).agency_id == "成都市/东方电气集团"
    ruijin = PlanMeta("p", "p.txt", jurisdiction="瑞金市", issuers=["瑞金市人民政府"])
    assert resolve_mention(reg, "市生态环境局", ruijin).agency_id == "瑞金市/生态环境局"
    assert resolve_mention(reg, "省生态环境厅", ruijin).agency_id == "江西省/生态环境厅"  # was 瑞金市所在省
    assert resolve_mention(reg, "赣州市生态环境局瑞金分局", ruijin).agency_id == "瑞金市/生态环境局"


def test_one_body_rows_of_one_level_hold_there_only(tmp_path: Path):
    """one_body.csv's ``level`` (公安分局 -> 公安局 in districts): filed under the id in a district,
    as written in a county or zone; a row naming a province and a level is refused, file and row named."""
    reg = load_registry()
    assert reg.same_body_at[("district", "公安分局")] == "公安局" and "公安分局" not in reg.same_body
    assert (reg.filed_under("公安分局", "渝水区"), reg.filed_under("公安分局", "三台县"), reg.filed_under("公安分局", "XX投资区")) == (
        "公安局", "公安分局", "公安分局")
    bad = tmp_path / "bad-one-body"
    shutil.copytree(DEFAULT_DIR, bad)
    (bad / "one_body.csv").write_text("name,id,note,province,level\n公安分局,公安局,,浙江省,district\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"one_body.csv: row 2: '公安分局' given both a province and a level"):
        load_registry(bad)
