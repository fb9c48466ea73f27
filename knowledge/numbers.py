"""Numbers in Chinese questions: 120, 1.5万, 一百二十, 两百, 俩, and vague ones (两三个, 十几).

cn2an does the positional arithmetic; this module finds the spans, handles what cn2an refuses
(俩, 两三个, Arabic with 万) and marks vague quantities so the bot asks instead of guessing.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

_ARABIC = re.compile(r"(?<![\d.])(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(万|千|百|w|k)(\d{1,4})?)?(?![\d])")
"""An Arabic figure, with its place word and the colloquial tail of "3万5" (35000), "1千2" (1200)."""
_NUMERAL_CHARS = "零〇一二两俩仨三四五六七八九十百千万0123456789"
# "一点五万", "两点五": a one-digit Chinese decimal, rewritten in place as "1.5" (same length).
_CHINESE_DECIMAL = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万\d])([一二两三四五六七八九])点([零〇一二三四五六七八九])"
)
_DIGIT_OF = str.maketrans("零〇一二两三四五六七八九", "001223456789")
_CHINESE = re.compile(
    r"[俩仨]|[零〇一二两三四五六七八九十百千万几]+"
)  # (俩 and 仨 stand alone: "我俩一年" is 2, not 21)
# Banker's numerals (叁次, 贰万) read as ordinary ones.
_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
# Colloquial "两百五" (250), "三千五" (3500), "一万二" (12000): the last digit is the next place.
_COLLOQUIAL = re.compile(r"^([一二两三四五六七八九])([百千万])([一二两三四五六七八九])$")
_PLACE = {"百": 100, "千": 1000, "万": 10000}
_RANGE_GAP = ("到", "至", "~", "-", "－", "—")
_DIGITS = "一二两三四五六七八九"
_MULTIPLIERS = {"万": 10000, "w": 10000, "千": 1000, "k": 1000, "百": 100}
# Numerals inside ordinary words, never quantities.
_NOT_NUMBERS = (
    "1:1",
    "1比1",
    "一比一",
    "1对1",
    "一对一",
    "一次性",
    "一些",
    "一下",
    "一起",
    "一直",
    "一样",
    "统一",
    "唯一",
    "之一",
    "一般",
    "一定",
    "一点",
    "一切",
    "一共",
    "万一",
    "一旦",
    "一边",
    "一致",
    "一体",
    "一律",
    "一线",
    "一对一",
    "十分",
    "一是",
    "二是",
    "三是",
    "一方面",
    "一级",
    "二级",
    "三级",
    "四级",
    "五级",
    "一等",
    "二等",
    "三等",
    "一星",
    "二星",
    "三星",
    "四星",
    "五星",
    "两块",
    "一块",
    "一把",
    "一张",
    "几个问题",
    "一些",
    "多少",
    "几等",
    "几星",
    "几级",
    "一口",
    "一心",
    "一个人的",
    "零工",  # 零工市场: a market of odd jobs, not a count of zero
)


@dataclass(frozen=True, slots=True)
class Number:
    """A quantity found in text; ``value`` is None when the quantity is vague."""

    value: Decimal | None
    start: int
    end: int
    text: str


def _chinese_value(raw: str) -> Decimal | None:
    if "几" in raw:
        return None
    if raw in ("俩", "仨"):
        return Decimal(2 if raw == "俩" else 3)
    colloquial = _COLLOQUIAL.match(raw)
    if colloquial:
        digit = "一二三四五六七八九".index(colloquial.group(1).replace("两", "二")) + 1
        tail = "一二三四五六七八九".index(colloquial.group(3).replace("两", "二")) + 1
        place = _PLACE[colloquial.group(2)]
        return Decimal(digit * place + tail * place // 10)
    # Two adjacent digits without a place word between them is a range: 两三个, 七八十. Two
    # consecutive ones ("两百五六十", "六七百") read as the low end; ``range_top`` gives the high.
    span = colloquial_range(raw)
    if span is not None:
        return span[0]
    for a, b in itertools.pairwise(raw):
        if a in _DIGITS and b in _DIGITS:
            return None
    try:
        return Decimal(str(cn2an.cn2an(raw.replace("两", "二").replace("俩", "二"), "smart")))
    except (ValueError, KeyError, IndexError, InvalidOperation):
        return None


def _masked(text: str) -> str:
    """``text`` with the numerals of ordinary words blanked, unless the word continues a numeral
    before it: 一万一千 is a number, not 一 and 万一; 五十分 is fifty, not 五 and 十分."""
    text = _CHINESE_DECIMAL.sub(lambda m: f"{m.group(1).translate(_DIGIT_OF)}.{m.group(2).translate(_DIGIT_OF)}", text)
    for word in _NOT_NUMBERS:
        if word not in text:
            continue
        start = text.find(word)
        while start != -1:
            # 俩 and 仨 are whole numbers on their own: "我们俩一共" is 俩 and 一共, never 21.
            before = text[start - 1] if start else ""
            if not before or before not in _NUMERAL_CHARS or before in "俩仨" or word[0] not in _NUMERAL_CHARS:
                text = text[:start] + "_" * len(word) + text[start + len(word) :]
            start = text.find(word, start + 1)
    return text


_ANY_DIGIT = "0-9零一二两三四五六七八九"
_MIXED_PLACE = re.compile(
    rf"(?<![0-9.])[1-9][百千万](?:[{_ANY_DIGIT}]*[十百千]|零)[{_ANY_DIGIT}]?|(?<![0-9.])[1-9][百千万][一二两三四五六七八九]"
    rf"|(?<![0-9.])[1-9]十[{_ANY_DIGIT}]?(?![0-9])"
)
"""Arabic digits among Chinese places ("1百五十", "1百2十5", "2万3千", "5百零5", "1百五", "1十5"): one Chinese
number. A single place with an Arabic digit after it ("3万5", "1千5") is the Arabic reading's."""
_CN_DIGIT = str.maketrans("0123456789", "零一二三四五六七八九")


_SCHOOL_YEARS = frozenset("一二三四五")


@lru_cache(maxsize=64)
def find_numbers(text: str) -> tuple[Number, ...]:
    """Every quantity in ``text`` (already normalised), in order of appearance.

    One message is read for numbers by several stages (slots, totals, corrections, the topic's
    benefits); the small cache makes that one scan per message. ``Number`` is frozen, and the
    result a tuple, so no caller can change what another is given.
    """
    scan = _MIXED_PLACE.sub(lambda m: m.group(0).translate(_CN_DIGIT), _masked(text.translate(_FINANCIAL)))
    found: list[Number] = []
    for m in _ARABIC.finditer(scan):
        value = Decimal(m.group(1).replace(",", ""))
        if m.group(2):
            place = _MULTIPLIERS[m.group(2)]
            value *= place
            if m.group(3):  # "3万5" is 35000, "3万5000" 35000 too
                tail = int(m.group(3))
                value += tail * place // 10 if len(m.group(3)) == 1 else tail
        if value == value.to_integral_value():
            value = value.to_integral_value()
        if (m.start() > 0 and scan[m.start() - 1] == "第") or _top_ranks(scan, m.start(), m.end()):
            continue  # "第4名", "前3名" are ranks, not counts
        negative = m.start() > 0 and scan[m.start() - 1] in "-－负"
        if negative and not (m.start() > 1 and scan[m.start() - 2].isdigit()):  # "50-60" is a range
            found.append(Number(None, m.start(), m.end(), m.group(0)))  # a negative count: ask again
            continue
        found.append(Number(value, m.start(), m.end(), m.group(0)))
    for m in _CHINESE.finditer(scan):
        raw = m.group(0)
        start = m.start()
        if (start > 0 and scan[start - 1] == "第") or _top_ranks(scan, start, m.end()):  # 第一名, 前三名
            continue
        if (
            raw in _SCHOOL_YEARS
            and start > 0
            and scan[start - 1] in "大研博"
            and scan[m.end() : m.end() + 1] not in ("个", "人", "名", "位")  # (a tuple: "" ends the text)
        ):
            continue  # "大三学生", "研二": a year of study, no count
        if raw in ("万", "千", "百"):
            # A bare multiplier after an Arabic number (3万) was read above; "百来号人", "千把块"
            # are one hundred, one thousand, said loosely.
            if scan[m.end() : m.end() + 1] in ("来", "把") and not (start > 0 and scan[start - 1].isdigit()):
                found.append(Number(Decimal(_PLACE[raw]), start, m.end(), raw))
            continue
        end = m.end()
        if len(raw) >= 3 and raw[-1] == "一" and raw[-2] in "百千万" and scan[end : end + 1] in ("次", "人", "个"):
            raw, end = raw[:-1], end - 1  # "一千一次" is 一千 per session, not 1100
        if len(raw) >= 2 and raw[-1] == "几" and raw[-2] in "十百千万":
            raw, end = raw[:-1], end - 1  # "八十几个" is eighty-odd: 八十, and 几 says loosely
        elif len(raw) >= 4 and raw.endswith("零几") and raw[-3] in "百千万":
            raw, end = raw[:-2], end - 2  # "一百零几个" is 100 to 109: 一百, and 零几 says loosely
        said = _chinese_value(raw)
        if said and start > 0 and scan[start - 1] == "小" and said >= 10 and said % 10 == 0:
            # "小一千" is a little under a thousand: valued at the low end of its range (see range_top)
            found.append(Number(said - _under(said), start - 1, end, "小" + raw))
            continue
        found.append(Number(said, start, end, raw))
    found.sort(key=lambda n: n.start)
    # "300一次", "1000一场": a rate, whose 一 is not a count of its own.
    found = [
        n
        for i, n in enumerate(found)
        if not (n.text == "一" and ((i and found[i - 1].end == n.start) or scan[n.start - 1 : n.start] in ("元", "块")))
        and not (n.text == "几" and i and found[i - 1].end == n.start)  # "80几个": eighty-odd
    ]
    return tuple(_vague_ranges(scan, _merge_mixed(text, found)))


def _top_ranks(text: str, start: int, end: int) -> bool:
    """ "前三名", "前3名": the places at the top, not a number of people."""
    return start > 0 and text[start - 1] == "前" and text[end : end + 1] == "名"


def _vague_ranges(text: str, numbers: list[Number]) -> list[Number]:
    """ "70到80个", "50-60人": one figure spanning the range, valued at its low end (the dialogue
    says what the rest of the range would change, see ``handlers.loose``). A range that runs
    downwards or has a vague end is no figure at all: the bot asks."""
    result: list[Number] = []
    skip = -1
    for i, number in enumerate(numbers):
        if i == skip:
            continue
        after = numbers[i + 1] if i + 1 < len(numbers) else None
        if after is None or text[number.end : after.start].strip() not in _RANGE_GAP:
            result.append(number)
            continue
        skip = i + 1
        span = text[number.start : after.end]
        low, high = number.value, after.value
        value = low if low is not None and high is not None and low < high else None
        result.append(Number(value, number.start, after.end, span))
    return result


def colloquial_range(raw: str) -> tuple[Decimal, Decimal] | None:
    """ "两百五六十" → (250, 260), "七八十" → (70, 80), "两三" → (2, 3): two consecutive digits
    side by side, each read in turn without the other; None for anything else."""
    pairs = [i for i, (a, b) in enumerate(itertools.pairwise(raw)) if a in _DIGITS and b in _DIGITS]
    if len(pairs) != 1:
        return None
    i = pairs[0]
    low_digit, high_digit = (_ORDER.index(c.replace("两", "二")) for c in raw[i : i + 2])
    if high_digit != low_digit + 1:
        return None
    try:
        low = Decimal(str(cn2an.cn2an((raw[: i + 1] + raw[i + 2 :]).replace("两", "二"), "smart")))
        high = Decimal(str(cn2an.cn2an((raw[:i] + raw[i + 1 :]).replace("两", "二"), "smart")))
    except (ValueError, KeyError, IndexError, InvalidOperation):
        return None
    return (low, high) if low < high else None


_ORDER = "一二三四五六七八九"


def _under(value: Decimal) -> Decimal:
    """How far below a round figure "小…" reaches: a quarter of its place ("小一千": 750 to 999)."""
    place = 1
    while value % (place * 10) == 0:
        place *= 10
    return Decimal(max(place // 4, 1))


def range_top(number: Number) -> Decimal | None:
    """The high end of a range figure ("80到90" → 90, "两百五六十" → 260, "小一千" → 999); None for a
    single figure."""
    if number.text.startswith("小") and number.value is not None:
        whole = _chinese_value(number.text[1:])
        return None if whole is None else whole - 1
    span = colloquial_range(number.text)
    if span is not None:
        return span[1]
    for gap in _RANGE_GAP:
        low, sep, high = number.text.partition(gap)
        if sep and low.strip() and high.strip():
            top = find_numbers(high.strip())
            return top[0].value if len(top) == 1 else None
    return None


def _merge_mixed(text: str, numbers: list[Number]) -> list[Number]:
    """Join an Arabic number with a Chinese place word right after it (3万5 stays two)."""
    merged: list[Number] = []
    for number in numbers:
        if merged and merged[-1].end == number.start and number.text in ("万", "千"):
            continue
        merged.append(number)
    return merged


def parse_number(text: str) -> Decimal | None:
    """A whole message that is only a number (an answer like "八十" or "120")."""
    stripped = text.strip(" 。.!！?？,，个人名位次天")
    numbers = find_numbers(stripped)
    if len(numbers) == 1 and numbers[0].start == 0 and numbers[0].end == len(stripped):
        return numbers[0].value
    return None
