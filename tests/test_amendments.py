"""A notice changing who does a task of a plan already issued (grammar/amendments.py)."""

from __future__ import annotations

from respgraph.grammar.clauses import find_clauses


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.role) for c in find_clauses(text) for m in c.mentions]


def test_the_unit_a_change_names_last_does_the_task_now():
    assert _read("一、第5项任务牵头单位由市环保局调整为市生态环境局。") == [("市生态环境局", "lead")]
    assert _read("（二）第12项任务配合单位市农业局变更为市农业农村局，增加市水利局为配合单位。") == [
        ("市农业农村局", "support"), ("市水利局", "support")]
    assert _read("四、原方案第10项“加强冰雪人才培养”增加市人社局为配合单位。") == [("市人社局", "support")]
    assert _read("三、原方案第7项“打造冰雪文化品牌”的牵头单位由市文广旅局调整为市委宣传部，市文广旅局作为配合单位。") == [
        ("市委宣传部", "lead"), ("市文广旅局", "support")]


def test_the_unit_taken_away_is_no_mention_and_the_change_words_no_unit():
    names = [t for t, _ in _read("二、第8项任务牵头单位由市城乡建设委调整为市住房城乡建设局，增加市城管局为配合单位。")]
    assert names == ["市住房城乡建设局", "市城管局"]  # not 市城乡建设委, not 增加市城管局


def test_near_misses_stay_prose():
    # a change of every task names no task: not 统一调整为市生态环境局 as a lead
    assert _read("五、原由市环保局牵头的其他任务，统一调整为市生态环境局牵头。") == []
    # a 修改说明 / 起草说明 tells how a draft changed; it assigns nothing
    assert _read("一、根据市生态环境局意见，在第（三）项中增加市生态环境局为配合单位。") == []
    assert _read("市水务局建议第2项增加市自然资源局为责任单位，正在研究。") == []
    # a task's own clause that happens to name 调整: read as before
    assert _read("（三）推进产业结构调整。（牵头单位：市发改委；配合单位：市工信局）") == [("市发改委", "lead"), ("市工信局", "support")]


def test_a_unit_added_in_a_named_task():
    assert _read("一、在第3项任务中增加市水利局为配合单位。") == [("市水利局", "support")]


def test_other_wordings_of_a_change():
    assert _read("一、将第5项任务牵头单位由市环保局调整为市生态环境局。") == [("市生态环境局", "lead")]
    assert _read("二、第6项任务的牵头单位调整为市生态环境局。") == [("市生态环境局", "lead")]
    # 由A牵头改由B牵头: was one unit 市环保局牵头改由市生态环境局
    assert _read("三、第7项任务由市环保局牵头改由市生态环境局牵头。") == [("市生态环境局", "lead")]
    assert _read("四、第8项任务配合单位增加市水利局、市林业局。") == [("市水利局", "support"), ("市林业局", "support")]
    assert _read("八、《实施方案》第三条中的牵头单位由市国土资源局调整为市自然资源和规划局。") == [("市自然资源和规划局", "lead")]
    # a 责任单位 list changed: read as every such list (the first listed leads)
    assert _read("七、第11项任务“加强监管”的责任单位调整为市市场监管局、市公安局。") == [("市市场监管局", "lead"), ("市公安局", "support")]
    # near miss: a unit taken off a task is assigned nothing
    assert _read("六、第10项任务市农业局不再作为配合单位。") == []
