"""Normalising what people type: 繁体, full-width forms, emoji, noise, and homophone typos.

Every later stage (numbers, slots, search) reads the normalised text, so a question in 繁體
with full-width digits and an emoji reads the same as its plain simplified form. Homophones of
domain words (家雁回巢 → 家燕回巢, 技能大师工作式 → 技能大师工作室) are corrected by comparing
single-character pinyin with fuzzy initials/finals (z/zh, n/l, in/ing …) only against the
policy's own vocabulary, so ordinary words are never rewritten.
"""

from __future__ import annotations

import os
import re
import unicodedata
import warnings
from collections.abc import Iterable
from functools import lru_cache

# Single-character pinyin is enough for homophones; the phrase dictionary costs ~67 MB.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

import zhconv
from pypinyin import Style, lazy_pinyin

from knowledge.bounds import between

_SPACE = re.compile(r"\s+")
_PLUS = re.compile(r"(?<=\d)[+＋](?![\d])")
_LIST_COMMA = re.compile(r"(?<=\d)，(?=\d)")
# "零 工 市 场": single characters typed with spaces between them are one word.
_SPACED = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff] ){2,}[\u4e00-\u9fff](?![\u4e00-\u9fff])")
# "不是100，是60" / "不是技师而是高级技师": the retracted part is dropped, the stated one kept.
# Not "既不是A也不是B": a second negation is not a correction (也 and 不 end the retracted part).
_RETRACTED = re.compile(r"不是([^，,。；;！!？?\s是也不]{1,12})[，,、\s]*(?:而|应该|其实)?是")
_KEEP_CATEGORIES = ("L", "N")
_KEEP_PUNCT = set("%.:：,，。？?！!、;；()（）/-+~～")


def _keep(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in _KEEP_CATEGORIES or ch in _KEEP_PUNCT or ch.isspace()


def drop_retracted(text: str) -> str:
    """Remove what the user takes back in the same sentence: "不是招了120人，是招了20人" → "是招了20人"."""
    return _RETRACTED.sub("是", text)


def load_tables() -> None:
    """Load zhconv's dictionary once, up front.

    zhconv reads it lazily through a file handle it never closes; doing it here, with that one
    ResourceWarning silenced, keeps the first user message fast and warning-free.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        zhconv.convert("繁體", "zh-cn")


def normalize(text: str) -> str:
    """Simplified, half-width, lower-case text with emoji and symbols replaced by spaces, and
    a figure said by its bounds written as the range it says."""
    return between(spelled(text))


def spelled(text: str) -> str:
    """``normalize`` without the bounds rewritten: the asker's own words, for quoting them back."""
    text = _LIST_COMMA.sub("、", text)  # "100，200人" lists two figures; NFKC would make it 100,200
    text = _PLUS.sub("多", text)  # "50+个" is fifty-odd, as "50多个"
    text = _CIRCLED.sub(" ", text)  # "①…②…": NFKC would make them figures
    text = unicodedata.normalize("NFKC", text)
    # "1. 创业指导师…；2. 劳动保障协理员…": item numbers, no counts; a list's items are phrases of
    # their own ("3. 小孙…在私企" says no of 小孙 alone)
    items = len(_ENUMERATOR.findall(text))
    text = _ENUMERATOR.sub("；" if items > 1 else " ", text)
    if items < 2:
        text, items = _bare_items(text)
    if items > 1 or text.count("\n") > 1:  # a list's lines end its items ("…已经拿过\n今年这批一共多少")
        text = re.sub(r"\s*[；\n]+\s*", "；", text).strip("；")
    text = _YEAR_IN_WORDS.sub(lambda m: m.group(1).translate(_DIGIT_WORDS) + "年", text)  # "一九年毕业": 19年
    text = _WHICH_ONE.sub("哪", text)  # "不知道是哪一级": which, not 一级 (高级技师) or one of them
    text = zhconv.convert(text, "zh-cn")
    text = "".join(ch if _keep(ch) else " " for ch in text).lower()
    text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = text.replace("戶", "户").replace("藉", "籍")
    text = _NEGATED_ASIDE.sub(r",\1,", text)
    text = _SHARED_TAIL.sub(lambda m: "、".join(d + m.group(2) for d in re.split("、|和", m.group(1))), text)
    if "等奖" in text:
        text = _RUN_TAIL.sub(lambda m: "、".join(f"{d}等奖" for d in m.group(1)), text)
    if "具体" in text or "确切" in text or "准确" in text:  # (a plain test first: a hot path)
        text = _EXACTLY.sub(r"\g<exact>\g<unit>", text)
    return _SPACE.sub(" ", text).strip()


_CIRCLED = re.compile("[\u2460-\u2473\u2776-\u277f]")
"""Circled item numbers (①…⑳, ❶…❿), dropped before NFKC turns them into plain digits."""
_ENUMERATOR = re.compile(r"(?:^|(?<=[:;。,\s]))(?:\d{1,2}[.、)]|\(\d{1,2}\))(?=\s*[^\d\s.])")
"""A list's item number at the start of an item ("1. …", "2、…", "(3)…"): not "1.5万", not "2、3天"
after a word."""

_BARE_ITEM = re.compile(
    r"(?:^|(?<=[\s:;。,，；]))([1-9]|[A-H](?!社区|工作室))(?=\s*[^\d\s.、)个人名位次场天万元千百年月日号级等岁期批%a-zA-Z])"
)
"""An item number or letter written bare, at a line's or phrase's start ("\n1 江一社区 新认定省级",
"1劳动关系协调员高级技师 2…", "A职业指导师高级工 B…"): an item only where they run 1, 2, 3… or
A, B, C… in order (not "A社区…B社区", organisations told apart by letters: knowledge.search)."""


def _bare_items(text: str) -> tuple[str, int]:
    """``text`` with bare item numbers that run 1, 2, 3… in order made "；", and how many."""
    kept: list[re.Match[str]] = []
    for first in ("1", "A"):
        expect, kept = first, []
        for match in _BARE_ITEM.finditer(text):
            if match.group(1) == expect:
                kept.append(match)
                expect = chr(ord(expect) + 1)
        if len(kept) > 1:
            break
    if len(kept) < 2:
        return text, 0
    for match in reversed(kept):
        text = text[: match.start()] + "；" + text[match.end() :]
    return text, len(kept)


_YEAR_IN_WORDS = re.compile(
    "(?<![零〇一二三四五六七八九十两几])((?:二[〇零][〇零一二三四五六七八九]{2})|(?:[一二][〇零一二三四五六七八九]))年"
    "(?=(?:大学|本科|大专|专科|研究生|硕士)?毕业|份|底|初|年中|入学|离校|的时候|上半年|下半年|[0-9一二三四五六七八九十]+月)"
)
"""A year written in figure words, digit by digit ("一九年毕业", "二〇二四年6月"), not "三四年" (a span)."""
_DIGIT_WORDS = str.maketrans("〇零一二三四五六七八九", "00123456789")

_WHICH_ONE = re.compile("哪一(?=[级个项类种条批])")
""" "哪一级", "哪一个": which one, written as "哪级" so its 一 is no figure and 一级 no level."""

_NEGATED_ASIDE = re.compile(r"(?<=[个人名位次])\(((?:不|非|没)[^()]{1,12})\)")
"""A "no" said in brackets after a count ("外地的30个（不是脱贫人口）"): a clause of its own, as
with commas (before the count, "外地的（不是脱贫人口）40个", the brackets keep them together)."""

_SHARED_TAIL = re.compile(r"((?:[一二三](?:、|和))+[一二三])(等奖)")
"""Prize levels that share one tail ("一、二、三等奖", "一和三等奖"), written out in full."""


_RUN_TAIL = re.compile(r"(?<![一二三])([一二三]{2,3})等奖")
"""Prize levels run together ("一二三等奖各拿了一个", "二三等奖"), written out in full."""

_EXACTLY = re.compile(
    r"(?:大概|大约|差不多)?(?:[0-9一二两三四五六七八九十百千]+[几来余多]+[十百千]?|几[十百千])"
    r"(?P<unit>个人|个|人次|人|名|位|次|场|天)?吧?\s*[，,]?\s*(?:具体|确切|准确)的?(?:数字?)?(?:是|为|说是)?\s*"
    r"(?P<exact>[0-9]+|[一二两三四五六七八九十百千零]+)(?![0-9一二两三四五六七八九十百千零])(?:个|人次|人|名|位|次|场|天)?"
)
"""A rough figure then the exact one ("走了十几个 具体是13个", "八十来个 准确是八十二"): the exact one,
in the rough one's place and with its unit, so the words around it describe it."""

_FUZZY_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("l", "n"), ("r", "l"))
_FUZZY_FINALS = (("ing", "in"), ("eng", "en"), ("ang", "an"), ("iong", "ong"))


@lru_cache(maxsize=8192)
def sound(ch: str) -> str:
    """A loose pinyin key of one character: toneless, with easily confused sounds merged."""
    if not ("\u4e00" <= ch <= "\u9fff"):
        return ch
    py = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")
    key = py[0] if py else ch
    for long, short in _FUZZY_INITIALS:
        if key.startswith(long):
            key = short + key[len(long) :]
            break
    for long, short in _FUZZY_FINALS:
        if key.endswith(long):
            key = key[: -len(long)] + short
            break
    return key


_FUNCTION_CHARS = frozenset("共是不和都也就有在为了及或与跟")
"""Characters of ordinary grammar: a short word is never repaired by rewriting one of them."""


class HomophoneFixer:
    """Rewrites near-homophones of known domain words into those words."""

    def __init__(
        self, vocabulary: Iterable[str], *, min_len: int = 4, max_len: int = 8, short: Iterable[str] = ()
    ) -> None:
        self._by_sound: dict[tuple[str, ...], str] = {}
        for word in vocabulary:
            if min_len <= len(word) <= max_len and all("\u4e00" <= c <= "\u9fff" for c in word):
                self._by_sound.setdefault(tuple(sound(c) for c in word), word)
        # Shorter words only where listed (高级工: "高级公", "出级工"): most three-character
        # windows that sound like a keyword are ordinary words ("是人社" is not 市人社).
        self._short = {w for w in short if all("\u4e00" <= c <= "\u9fff" for c in w)}
        for word in self._short:
            self._by_sound.setdefault(tuple(sound(c) for c in word), word)
        self._lengths = sorted({len(k) for k in self._by_sound}, reverse=True)
        self._first_sounds = {k[0] for k in self._by_sound}
        self._words = set(self._by_sound.values())
        self._by_first: dict[str, list[str]] = {}
        for word in self._words:
            self._by_first.setdefault(word[0], []).append(word)

    def _breaks_word(self, text: str, i: int, n: int) -> bool:
        """A domain word written right starts inside the window ("杭州市技术能手": 市技 is 技术能手's,
        no typo of 市级)."""
        return any(text.startswith(w, j) for j in range(i + 1, i + n) for w in self._by_first.get(text[j], ()))

    def fix(self, text: str) -> str:
        """Replace windows that sound like a domain word and share most of its characters."""
        if not self._by_sound:
            return text
        sounds = [sound(c) for c in text]
        out: list[str] = []
        i = 0
        while i < len(text):
            replaced = False
            if sounds[i] not in self._first_sounds:
                out.append(text[i])
                i += 1
                continue
            for n in self._lengths:
                if i + n > len(text):
                    continue
                window = text[i : i + n]
                word = self._by_sound.get(tuple(sounds[i : i + n]))
                if word is None or word == window:
                    if word == window:
                        out.append(window)
                        i += n
                        replaced = True
                        break
                    continue
                same = sum(a == b for a, b in zip(window, word, strict=True))
                pairs = zip(window, word, strict=True)
                if word in self._short and any(a != b and a in _FUNCTION_CHARS for a, b in pairs):
                    continue  # "中级、高级共计30人": 共 of 共计 is no typo of 工
                if same >= max(n - 2, (n + 1) // 2) and same >= 2 and not self._breaks_word(text, i, n):
                    out.append(word)
                    i += n
                    replaced = True
                    break
            if not replaced:
                out.append(text[i])
                i += 1
        return "".join(out)
