"""Plan metadata from the head of the document: title, issuers, number, date, place, kind.

Government documents open with a letterhead (``景德镇市生态环境保护委员会办公室文件``), a
document number (``渝党发〔2022〕9号``), a cover letter ``关于印发《…》的通知`` signed by
the issuing bodies and dated, and then the plan itself under its own title.

>>> m = plan_meta("渝党发〔2022〕9号\\n中共渝水区委  渝水区人民政府\\n印发《关于加强生态环境保护实施方案》的通知\\n2022年7月7日\\n", "p", "p.txt")
>>> (m.title, m.issuers, m.doc_number, m.date, m.jurisdiction, m.level, m.kind)
('关于加强生态环境保护实施方案', ['中共渝水区委', '渝水区人民政府'], '渝党发〔2022〕9号', '2022-07-07', '渝水区', 'district', '实施方案')

Modules: ``head`` (the head's short lines, ``ORGAN``, the document number), ``titles``
(``find_title``, ``notice_title``), ``kinds`` (``KINDS``, ``find_kind``), ``issuers``
(``find_issuers``, the signature block ``closing_lines``), ``places`` (``find_place``, levels,
the central government), ``dates`` (``find_date``, ``plan_year``, ``plan_node_year``), ``portal`` (a portal's
labelled fields, ``labelled_fields``) and ``files`` (title and place from a file's name). This
package holds ``plan_meta``, which asks each of them in turn, and re-exports their names.
"""

from __future__ import annotations

from respgraph.records import PlanMeta
from respgraph.structure.meta.dates import PRINTED_ON, head_dates, find_date, plan_node_year, plan_year
from respgraph.structure.meta.files import _file_place, _file_title
from respgraph.structure.meta.head import HEAD_CHARS, doc_number, ORGAN, SHORT_LINE, short_lines, squash
from respgraph.structure.meta.issuers import (
    CLOSING_CHARS, _letter_signers, _signature, _signed_place, closing_lines, closing_start, find_issuers,
)
from respgraph.structure.meta.kinds import KINDS, find_kind
from respgraph.structure.meta.places import CENTRAL, _central_or_branch, _town_of_title, body_place, find_place, party_b_place
from respgraph.structure.meta.portal import labelled_fields
from respgraph.structure.meta.titles import _ATTACHMENT_LABEL, _dated_heading, _kind_title, find_title, notice_title, report_title

__all__ = [
    "CENTRAL", "CLOSING_CHARS", "HEAD_CHARS", "KINDS", "ORGAN", "SHORT_LINE", "_kind_title", "closing_lines", "closing_start",
    "find_date", "find_issuers", "find_kind", "find_place", "find_title", "labelled_fields", "notice_title",
    "plan_meta", "plan_node_year", "plan_year",
]


def _before_attachment_label(text: str, a: int, b: int) -> int:
    """Where ``text[a:b]`` ends without the attachment's label (附件 / 附件2：) on its last line."""
    lines = text[a:b].split("\n")
    while lines and (not lines[-1].strip() or _ATTACHMENT_LABEL.match(lines[-1].strip())):
        lines.pop()
    return a + len("\n".join(lines))


def plan_meta(
    text: str, plan_id: str, path: str, body_start: int | None = None, body_end: int | None = None,
    attachments_start: int | None = None,
) -> PlanMeta:
    """Metadata from the head of ``text`` (up to the first heading, at most ``HEAD_CHARS``) and,
    for what the head does not say, from the signature before ``body_end``, or after the
    附件说明 that ends the body, before the attachments (``attachments_start``). Labelled fields
    of a portal's metadata table (标题：/发文机关：/成文日期：) come first."""
    head = text[: min(HEAD_CHARS, body_start if body_start else HEAD_CHARS)]
    stated_title, stated_issuers, stated_date, published, unlabelled = labelled_fields(head)
    title = (stated_title or report_title(head) or find_title(unlabelled) or notice_title(head) or find_title(text[:HEAD_CHARS])
             or _dated_heading(head) or _file_title(path))
    number = next((n for ln in short_lines(head) if (n := doc_number(ln))), None)
    issuers = stated_issuers + [s for s in find_issuers(head) if s not in stated_issuers]
    date, first_date = head_dates(head)
    date = stated_date or date
    if not (issuers and date) and (closing := _signed_closing(text, body_end, attachments_start)) is not None:
        # a plan issued on its own (实施意见, a plan without a cover letter) is signed at its end
        issuers = issuers or find_issuers(closing)
        date = date or head_dates(closing)[0]
    signers = _letter_signers(head)
    if signers:
        # 鼓楼区人民政府办公室 signs a letter headed 福州市鼓楼区人民政府办公室关于印发…的通知: the
        # issuer as the heading writes it in full, with the places above it
        issuers = [next((s for s in signers if len(s) > len(i) and s.endswith(i)), i) for i in issuers]
    if not (date or first_date):
        # nothing dated but the footer: 某县人民政府办公室    2023年5月8日印发 (printed days after signing)
        printed = PRINTED_ON.search(text, max(0, len(text) - CLOSING_CHARS))
        date = head_dates(printed.group(1))[0] if printed else published
    kind = find_kind(title)
    place, level = _plan_place(text, path, title, kind, issuers, signers, head, body_end)
    return PlanMeta(
        plan_id=plan_id,
        path=path,
        title=title,
        issuers=issuers,
        doc_number=number,
        date=date or first_date,
        jurisdiction=place,
        level=level,
        kind=kind,
    )


def _signed_closing(text: str, body_end: int | None, attachments_start: int | None) -> str | None:
    """The lines closing the plan when they hold a signature naming its place (the last rows of a
    table one cell a line, 县水利局 / 2023年12月31日前, are no signature), else None."""
    lines = closing_lines(text, len(text) if body_end is None else body_end)
    if not any(_signature(ln) for ln in lines) and attachments_start is not None and body_end is not None and attachments_start > body_end:
        # 附件：…分工表 / 宜春市袁州区人民政府办公室 / 2023年3月6日 / 附件: as GB/T 9704 lays a 公文
        # out, the 附件说明 ends the body and the signature and date follow it (were not read)
        lines = closing_lines(text, _before_attachment_label(text, body_end, attachments_start))
    tail = attachments_start if attachments_start is not None else body_end
    if not any(_signature(ln) for ln in lines) and tail is not None and len(text) - tail <= CLOSING_CHARS:
        # 附件：…目标任务表（略） / 中共洛阳市委农村工作领导小组办公室 / 2022年2月28日: the attachment
        # announced but not printed, the signature and date after its line close the document (the
        # signature was taken for the attachment's first line, and the plan had no date)
        lines = closing_lines(text, len(text))
    return "\n".join(lines) if any(_signature(ln) and ln for ln in lines) else None


def _plan_place(
    text: str, path: str, title: str, kind: str | None, issuers: list[str], signers: list[str], head: str, body_end: int | None,
) -> tuple[str | None, str | None]:
    """(place, level) of the plan: its issuers' and title's, else what names it next, asked in turn."""
    place, level = find_place(issuers + [title])
    if kind == "责任书" and (party := party_b_place(title, text))[0] is not None:
        # a 责任书's units are those of its 乙方, not of the government above that issues it
        place, level = party
    if place is None:
        # the plan's title writes its place short (广西加快发展…方案): the cover letter's signer
        # (广西壮族自治区人民政府关于印发…的通知)
        place, level = find_place(signers)
    if place is None:
        place, level = _central_or_branch(issuers + [title] + short_lines(head)[:2])
    if place is None:
        place, level = _town_of_title(title, text)
    if place is None and issuers:
        # a portal's metadata names the issuer without its place (发布机构：市政府办公室): the
        # signature at the plan's end writes it in full (绍兴市人民政府办公室)
        place, level = _signed_place(text, body_end)
    if place is None:
        place, level = _file_place(path)
    if place is None:
        # nothing in the head names the place: the opening does, once (2023年全区…方案 / 为改善天元区…)
        place, level = body_place(title, text)
    return place, level
