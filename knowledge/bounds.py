"""A figure said by way of others, rewritten as the figure itself so every later stage reads it
plainly. Its two bounds: "过了一百了，不到一百二", "超过七十个，但没到八十" is a range (101 to 119),
rewritten as one ("101到119") and read as "一百到一百二十" would be: one amount where the whole range
pays the same, else the lowest and a question. How far it falls short ("差一个到100人次": 99), one more
and the sum it makes ("再招一个凑到75": 75), a whole and the part among it ("80名学员中…为64名": as
"其中" says it), and two figures given "respectively" (each after its own words).
"""

from __future__ import annotations

import re

from knowledge.numbers import find_numbers

_FIGURE = r"[0-9零一二两三四五六七八九十百千万]+"
_BETWEEN = re.compile(
    rf"(?:(?:已经)?(?:过了|超过了?|超了|多于|大于|过)({_FIGURE})|({_FIGURE})(?:出头|多))(?:个|人|名|位|次)?了?"
    rf"[，,、 ]*(?:但是?|可是?|不过|但还|还)?(?:不到|没到|没有到|不足|不满|没过|没超过|少于|小于)({_FIGURE})"
)
"""Over N ("过了一百", "一百出头", "一百多"), then under M."""


_BELOW = re.compile(rf"(?<![差少])(?:不到|没到|没有到|不足|不满|少于|小于)({_FIGURE})(?=个|人|名|位|次|家|场)")
"""Under M alone, of people or times ("不到50人", "少于一百个"): at least one, at most M − 1."""


_RESPECTIVELY = re.compile(
    rf"([^，,。；;！!？?\s和与跟]{{2,14}})(?:和|与|跟)([^，,。；;！!？?\s和与跟]{{2,14}}?)"
    rf"\s*分别(?:是|为|有)?\s*({_FIGURE})(个|人|名|位|人次|次)?(?:和|与|、|,|，)({_FIGURE})(个|人|名|位|人次|次)?"
)
"""Two things, then "分别是" and their two figures ("招用本区户籍稳定就业和新增高技能人才分别是100和60")."""


_UNIT = "(人次|个人|个|人|名|位|次)?"
_SHORT_OF = re.compile(
    rf"(?:还)?差({_FIGURE}){_UNIT}(?:就)?(?:能)?(?:到|满|够)({_FIGURE}){_UNIT}|离({_FIGURE}){_UNIT}还差({_FIGURE}){_UNIT}"
)
"""A figure said by how far it is short of another ("差一个到100人次", "离50个还差两个", "差一个就到一百了"):
the difference, with the unit said of either figure (so it is still a count of people)."""


_MORE_TO = re.compile(
    rf"(?:再|又|还)[^，,。；;！!？?\d差少]{{0,5}}?{_FIGURE}(个人|人次|个|人|名|位|次)?[，, ]*"
    rf"(?:就)?(?:凑到|达到|凑够|到)({_FIGURE})(个人|人次|个|人|名|位|次)?"
)
"""One more figure and the sum it makes ("再招一个凑到75", "还能再出一个 到50"): the sum is the figure."""


_AMONG = re.compile(rf"({_FIGURE}(?:名|个|位|人)(?:学员|学生|员工|职工|人)?)中(?![级心专学国间期午部央])")
"""A whole, then the part among it ("80名学员中本区户籍大学生为64名"): as "其中" says it."""


def between(text: str) -> str:
    """``text`` with each "more than N, less than M" (and each plain "less than M" of people or
    times) written as the range it says, each shortfall and "one more to M" as its figure, a
    whole's part marked with 其中, and two figures given "respectively" each put after its own
    words."""
    if "中" in text:
        text = _AMONG.sub(r"\1，其中", text)
    if "到" in text:
        text = _MORE_TO.sub(lambda m: f"到{m[2]}{m[3] or m[1] or ''}", text)
    if "差" in text and not any(w in text for w in ("的话", "如果", "要是", "假如")):  # (not "差一个到50 50的话多少")
        text = _SHORT_OF.sub(_short_of, text)
    if "分别" in text:
        text = _RESPECTIVELY.sub(lambda m: f"{m[1]}{m[3]}{m[4] or ''}，{m[2]}{m[5]}{m[6] or ''}", text)
    if "不" not in text and "没" not in text and "于" not in text:
        return text
    return _BELOW.sub(_below, _BETWEEN.sub(_range, text))


def _below(match: re.Match[str]) -> str:
    high = find_numbers(match.group(1))
    if len(high) != 1 or high[0].value is None or int(high[0].value) < 3:
        return match.group(0)
    return f"1到{int(high[0].value) - 1}"


def _range(match: re.Match[str]) -> str:
    low = find_numbers(match.group(1) or match.group(2))
    high = find_numbers(match.group(3))
    if len(low) != 1 or len(high) != 1 or low[0].value is None or high[0].value is None:
        return match.group(0)
    # "过了一百" is over a hundred; "一百出头", "一百多" are a hundred and some
    first, last = int(low[0].value) + (1 if match.group(1) else 0), int(high[0].value) - 1
    return f"{first}到{last}" if first <= last else match.group(0)


def _short_of(match: re.Match[str]) -> str:
    if match.group(1):
        short, whole, unit = match.group(1), match.group(3), match.group(4) or match.group(2)
    else:
        short, whole, unit = match.group(7), match.group(5), match.group(6) or match.group(8)
    gap, full = find_numbers(short), find_numbers(whole)
    if len(gap) != 1 or len(full) != 1 or gap[0].value is None or full[0].value is None:
        return match.group(0)
    left = int(full[0].value) - int(gap[0].value)
    if left <= 0 or gap[0].value >= full[0].value:
        return match.group(0)
    # (the figure said outright too, "稳定就业499个 差一个到500", stays the one count)
    said = any(n.value == left for n in find_numbers(match.string[: match.start()] + match.string[match.end() :]))
    return str(left) if said else f"{left}{unit or ''}"
