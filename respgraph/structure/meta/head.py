"""The head of a plan as metadata reads it: its first characters and short lines, the words
that end an organ's name, a document number.

Every field reader (titles, issuers, places, dates) looks at the same short lines of the same
head, so what they share lives here, below all of them.
"""

from __future__ import annotations

import re

HEAD_CHARS = 3000
SHORT_LINE = 80

# (an anonymised issuer's code keeps its placeholder: X府办发〔2024〕5号, XX环发〔2022〕3号)
DOC_NO = re.compile(r"[\u4e00-\u9fffXxＸ×]{1,10}\s*[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*\d{1,4}\s*号")

# a title's last word: a 文号 run into the title (…工作要点兰环委〔2024〕2号, a page flattened onto one
# line) holds no such word in its issuer's code, which DOC_NO would otherwise take up to 10 characters of
_TITLE_WORD = re.compile(r"(?:方案|要点|意见|计划|规划|细则|清单|办法|通知|决定)(?:[（(][^（）()]{4,16}[）)])?")


def doc_number(line: str) -> str | None:
    """The document number a short line of the head gives (``黔府办发〔2019〕14号``): on a line of its
    own or with a few characters beside it, or run into the title before it (…工作要点南府办〔2020〕11号 /
    …实施方案（2018—2020年）岳政办发〔2019〕4号: the title is no part of the number)."""
    m = DOC_NO.search(line)
    if m is None:
        return None
    number, prefix = m.group(0), line[: m.start()]
    ends = [t.end() for t in _TITLE_WORD.finditer(number, 0, number.find(m.group(1)))]
    if ends:
        prefix, number = prefix + number[: ends[-1]], number[ends[-1] :]
    if len(squash(line)) <= len(squash(number)) + 12 or _TITLE_END.search(squash(prefix)):
        return squash(number)
    return None


_TITLE_END = re.compile(f"(?:{_TITLE_WORD.pattern})$")


ORGAN = re.compile(
    r"(?:委员会办公室|人民政府办公室|政府办公室|委办公室|办公厅|办公室|人民政府|管委会|党工委|管理委员会|"
    r"委员会|常委会|政协|政府|党委|党组|区委|市委|县委|省委|指挥部|办事处|局|厅|委|"
    # a state-owned group issuing to its departments and subsidiaries (陕西交通控股集团有限公司文件)
    r"集团有限公司|集团有限责任公司|集团股份有限公司|集团公司|"
    # the party's and government's inspection office sending its 督查安排 / 督查通知 (郑州市人民政府督查室,
    # 中共某县委督查室, 某区委区政府督查督办室)
    r"督查室|督办室|督查督办室|"
    # a party committee's department (中共浏阳市委组织部 / 县委宣传部 / 区委社会工作部)
    r"[省市州盟县旗区]委[\u4e00-\u9fff]{1,5}部)$"
)


_BLANKS = re.compile(r"\s+")


def squash(s: str) -> str:
    """``s`` without white space (a head's lines are spaced out to align: 人 民 政 府)."""
    return _BLANKS.sub("", s)


def short_lines(head: str) -> list[str]:
    """The head's lines that are not empty and short enough to be a title, an issuer or a number."""
    return [ln for ln in head.splitlines() if 0 < len(ln.strip()) <= SHORT_LINE]
