"""One more group added with its own "no": "区人社局组织的线上4次…另外某高校自己请我去讲了2次",
"…另外辖区一家企业的HR也考了企业人力资源管理师高级工", or one item of a numbered list with its
"no" ("3. 小孙 也考了…三级 但他在私企做HR").

The "no" leaves that group out, not the groups stated yes before it; so the yes/no slot keeps its
yes and the group's phrase is blanked for the counts (its level or sessions are not paid).
"""

from __future__ import annotations

from handlers.scan import negated
from knowledge.numbers import find_numbers

BREAKS = "，,。；;！!？? "
"""Marks that end a phrase (a space too: people type one for a comma)."""


def phrase_at(text: str, pos: int) -> tuple[int, int]:
    """The span of the phrase holding ``pos``."""
    start = max((text.rfind(c, 0, pos) for c in BREAKS), default=-1) + 1
    ends = [i for i in (text.find(c, pos) for c in BREAKS) if i != -1]
    return start, min(ends, default=len(text))


def added_apart(text: str, pos: int, added: tuple[str, ...]) -> tuple[int, int] | None:
    """The phrase of ``pos`` if it opens with an adding word (另外, 还有) and holds a figure."""
    start, end = phrase_at(text, pos)
    phrase = text[start:end]
    if added and phrase.startswith(added) and any(n.value for n in find_numbers(phrase)):
        return start, end
    return None


def list_item(text: str, pos: int) -> tuple[int, int] | None:
    """The item holding ``pos`` of a list written as items ("1. 小王…；2. 小刘…；3. 小孙…在私企",
    its numbers made "；" by ``knowledge.text.normalize``): two breaks at least."""
    if text.count("；") < 2:
        return None
    start = max(text.rfind("；", 0, pos), text.rfind("。", 0, pos)) + 1
    ends = [i for i in (text.find("；", pos), text.find("。", pos)) if i != -1]
    return start, min(ends, default=len(text))


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans blanked out, every other position kept."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def groups_apart(text: str, spans: list[tuple[int, int, str]], added: tuple[str, ...]) -> list[tuple[int, int]]:
    """Phrases of one more group said "no" (value "0", or a "1" negated) among a yes/no slot's
    ``spans``, when a "yes" is said too."""
    found = [(pos, v == "1" and not negated(text, pos)) for pos, _, v in spans]
    if not any(yes for _, yes in found):
        return []
    yeses = [pos for pos, yes in found if yes]
    return [s for pos, yes in found if not yes and (s := apart_at(text, pos, added, yeses))]


def apart_at(text: str, pos: int, added: tuple[str, ...], yeses: list[int]) -> tuple[int, int] | None:
    """The added group's phrase or the list's item holding the "no" at ``pos``, if no "yes"
    (at ``yeses``) is said inside it too."""
    item = added_apart(text, pos, added) or list_item(text, pos)
    return None if item is None or any(item[0] <= y < item[1] for y in yeses) else item
