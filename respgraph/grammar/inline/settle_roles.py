"""The roles of a clause's units once every phrase is read (``read._read_inline``'s last step):
``_settled`` says whether the phrases name units given work at all (a principle, how work goes, a
duty alone), ``_roles`` gives each unit its role from the verbs of all the phrases together.
"""

from __future__ import annotations

from respgraph.grammar.inline.phrase_state import _InlineRead
from respgraph.grammar.inline.phrase_units import _UNNAMED
from respgraph.grammar.inline.verbs import _ANSWER_VERBS, _EACH_LEADS, _GUIDE_VERBS, _INLINE_SUPPORT, _parts_shared
from respgraph.grammar.inline.watch import _UNDER_WATCH, _WATCH_VERBS
from respgraph.grammar.labelled import _watcher
from respgraph.grammar.labels import GrammarSettings
from respgraph.grammar.mentions import mention_of
from respgraph.grammar.placed_units import all_placed
from respgraph.grammar.roles import BY_DUTY_VERB
from respgraph.grammar.units import Unit
from respgraph.records import Mention


def _shared_by_duty(parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether one phrase shares its work among named bodies by their duties (市公安局、市生态环境局
    按照各自职责依法查处…): each does its part, as A负责X，B负责Y says."""
    return len(parsed) == 1 and parsed[0][0] == BY_DUTY_VERB and len(parsed[0][1]) >= 2


def _settled(s: _InlineRead, settings: GrammarSettings, bracketed: bool, supervisors: list[Mention] | None) -> list[Mention] | None:
    """The mentions of the clause once all its phrases are read: [] when the phrases state how work goes
    (县发改局统筹推进。 / 政府、企业、社会共同推进。), None for a principle (在县委的统一领导下，县政府负责组织实施。);
    （A牵头，B、C）: B、C work with A; （A牵头，B配合，C督导）: C supervises."""
    if s.pending and bracketed and s.parsed and all(v.startswith("牵头") for v, _ in s.parsed):
        # （A牵头，B、C） / （A牵头，区直有关部门）: the units after the lead, no verb of their own,
        # work with it (was: no clause, the lead lost)
        s.parsed.append(("配合", s.pending))
        s.pending = []
    if not s.parsed or s.pending or s.over == len(s.parsed):
        return []
    if s.jointly and not all_placed(s.parsed):
        return []  # 政府、企业、社会共同推进。: who shares the work, no named body given it
    if not bracketed and all(v == "指导" for v, _ in s.parsed):
        return []  # 市农业农村局督促指导。 / …，民政部门予以指导。: guidance with no unit carrying the work
    if s.led and len(s.parsed) == 1 and not bracketed:
        return None  # 在县委的统一领导下，县政府负责组织实施。: who leads whom, a principle
    if not bracketed and all(_UNNAMED.fullmatch(u.text) for _, units in s.parsed for u in units):
        return []  # 各地负责组织发动，各级负责具体实施。: how work is shared, nobody named
    if not bracketed and s.with_object == len(s.parsed) and not (s.given and all_placed(s.parsed)) and not (
        (_parts_shared(s.parsed) or _shared_by_duty(s.parsed)) and all_placed(s.parsed)
    ):
        # outside a bracket, 县财政局负责资金保障。 alone states a duty, as prose does; beside
        # another phrase (…，县应急局配合。) it is the clause's lead. Phrases that all state parts
        # assign them when every unit is a named body of a place (县发改局负责项目申报，县财政局
        # 负责资金拨付。); 企业负责…，监管部门负责… states the principle of who does what. Given by
        # 由 to a named body of a place (该问题由县住建局负责整改。) the work is assigned to it
        return []
    if supervisors is not None and any(v in _WATCH_VERBS for v, _ in s.parsed) and not all(
        v in _WATCH_VERBS or v == _UNDER_WATCH for v, _ in s.parsed
    ):
        # （A牵头，B配合，C督导） / （A负责，C监督）: C checks the work the others do, as a 督导单位
        # does (no support, no workload); alone (（C负责督导）) the checking is the task, C its unit
        s.parsed = [(_UNDER_WATCH if v in _WATCH_VERBS else v, us) for v, us in s.parsed]
    mentions = _roles(s.parsed, settings, supervisors, s.listed, s.acted)
    if s.then:
        mentions += [m for m in s.then if all(m.text != x.text for x in mentions)]
        if supervisors is not None:
            supervisors += s.then_watch
    return mentions


# the verbs of a group carrying the work out as written (not 负责落实 / 落实属地责任, read as 落实: a
# province's departments 按职责分工负责 beside the cities 负责落实 keep the first-listed convention)
_CARRIED_OUT_SO = frozenset({"具体落实", "具体实施"})


def _roles(
    parsed: list[tuple[str, list[Unit]]], settings: GrammarSettings, supervisors: list[Mention] | None, listed: bool,
    acted: set[int] | frozenset[int] = frozenset(),
) -> list[Mention]:
    """The mentions of a clause's phrases read as ``parsed`` (each phrase's verb and its units),
    each unit's role following from the verbs of all of them; the units checking the work
    (_UNDER_WATCH) go to ``supervisors``. ``listed``: the first phrase's units are a list without
    a verb of theirs (（A、B，C配合）); ``acted``: the phrases whose units open with their own action
    (A、B建立…机制), no duty word written."""
    has_lead = any(v.startswith("牵头") or v == "负责" for v, _ in parsed) or any(
        u.marker == "lead" for _, units in parsed for u in units
    )
    if any(v in _GUIDE_VERBS for v, _ in parsed):
        # A负责指导 beside a unit that leads or carries the task (B为责任主体 / B负责实施) is
        # guidance (support); with nobody else responsible, A is
        parsed = [(("指导" if has_lead else "负责") if v in _GUIDE_VERBS else v, us) for v, us in parsed]
        has_lead = has_lead or any(v == "负责" for v, _ in parsed)
    has_pin = any(v.startswith("牵头") for v, _ in parsed)
    # A、B、C负责，D配合: a supporting group set against the units before 负责 leaves the task to
    # them all, each a lead (was: A lead, B and C supporting beside D by the first-listed convention)
    # … and so does a group carrying it out, so written, after named bodies opening the sentence
    # with an action of their own (A、B建立…机制，C、D具体落实: what they set up, C and D carry
    # out). After a duty word (A、B负责，C具体实施 / A、B按职责分工负责督导，C具体实施) the list
    # answers for the task as one and keeps the first-listed convention: A leads, B and C support
    # (left27 read A and B as leads there too; the plans' golds read A alone)
    against = not has_pin and any(
        v in _INLINE_SUPPORT or (k > 0 and v in _CARRIED_OUT_SO and 0 in acted) for k, (v, _) in enumerate(parsed)
    )
    # A负责X，B、C负责Y: the task shared out in parts, each part's units named to answer for it;
    # they lead it together, as A leads X (was B by the first-listed convention, C supporting:
    # that convention reads one list answering for a whole task, （A、B负责） / 责任单位：A、B)
    parts = not has_pin and sum(v == "负责" for v, _ in parsed) >= 2
    # 由A组织实施 / A组织开展…: the one unit the clause gives the work to leads because the sentence
    # makes it the doer, as 由A负责 does, not by the convention of a list's first (was first_listed:
    # listed by tasks --first-listed as a task whose plan named no lead)
    alone = sum(len(units) for v, units in parsed if v != _UNDER_WATCH) == 1
    mentions: list[Mention] = []
    first_done = False
    for k, (verb, units) in enumerate(parsed):
        if verb == _UNDER_WATCH:
            supervisors += [_watcher(u) for u in units]  # type: ignore[operator]
            continue
        # （A、B负责）: a list that is responsible together reads like （责任单位：A、B）
        shared = verb == "负责" and not has_pin and not parts and len(units) > 1 and all(u.marker is None for u in units)
        answer = against and len(units) > 1 and verb in _ANSWER_VERBS and not (listed and k == 0) and all(
            u.marker is None for u in units
        )
        for n, u in enumerate(units):
            if (verb in _EACH_LEADS and not has_pin) or answer:
                # （A、B分别负责）: each leads its own part, as 分别牵头; A、B共同负责: they lead
                # together, as 共同牵头 (was: A lead, B support by the first-listed convention);
                # A、B负责，C配合 (not （A、B，C配合）: a list without its verb, as 责任单位：A、B)
                role, basis = "lead", "explicit"
            elif shared and settings.first_listed_is_lead:
                role, basis = ("lead", "first_listed") if n == 0 else ("support", "explicit")
            elif u.marker == "support":
                role, basis = "support", "explicit"
            elif u.marker == "lead" or verb.startswith("牵头") or (verb == "负责" and not has_pin):
                role, basis = "lead", "explicit"
            elif verb in _INLINE_SUPPORT or has_lead or u.marker == "support":
                role, basis = "support", "explicit"
            elif settings.first_listed_is_lead and not first_done:
                # （A、B按职责分工负责）: no lead named, the plans' convention applies
                role, basis = "lead", "explicit" if alone else "first_listed"
            else:
                role, basis = "support", "explicit"
            if verb not in _INLINE_SUPPORT:
                first_done = True
            mentions.append(mention_of(u, role, basis))
    return mentions
