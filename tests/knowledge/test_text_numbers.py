"""Reading what people type: numerals (where cn2an alone falls short), 繁体, noise, homophones."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest

from knowledge.loader import load
from knowledge.numbers import find_numbers, parse_number, range_top
from knowledge.search import Matcher
from knowledge.text import normalize

MATCHER = Matcher(load())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一百二十", 120),
        ("两百", 200),
        ("俩", 2),
        ("1.5万", 15000),
        ("120", 120),
        ("三十", 30),
        ("二十五", 25),
        ("1,000", 1000),
        ("八十", 80),
        ("十", 10),
    ],
)
def test_whole_message_numbers(text: str, value: int) -> None:
    """A reply that is only a number, in any of the ways people write it."""
    assert parse_number(text) == Decimal(value)


def test_cn2an_strict_refuses_what_we_read() -> None:
    """cn2an's strict mode rejects 两百 and 两三个; our reader handles both (the second as a range
    valued at its low end)."""
    for text in ("两百", "两三个"):
        with pytest.raises(ValueError):
            cn2an.cn2an(text, "strict")
    assert [n.value for n in find_numbers("两百人")] == [Decimal(200)]
    assert [n.value for n in find_numbers("两三个人")] == [Decimal(2)]
    # "十几个", "八十几个" are read like "十多个": the round figure, which the dialogue then
    # treats as a loose count (see handlers.loose); a bare "几个" stays vague.
    assert [n.value for n in find_numbers("十几个")] == [Decimal(10)]
    assert [n.value for n in find_numbers("八十几个")] == [Decimal(80)]
    assert [n.value for n in find_numbers("几个")] == [None]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("获得一等奖", []),
        ("第一名", []),
        ("一次性补贴", []),
        ("线上300一次", [300]),
        ("1比1配套 市里给了8万", [80000]),
        ("120人次", [120]),
        ("30人中级工、10人高级工", [30, 10]),
    ],
)
def test_numbers_inside_words_are_not_quantities(text: str, values: list[int]) -> None:
    """一等奖, 第一名, 一次性, 1:1 and a rate's 一次 are words, not counts."""
    assert [n.value for n in find_numbers(text)] == [Decimal(v) for v in values]


def test_normalize_traditional_fullwidth_and_emoji() -> None:
    """繁體, full-width digits and emoji read as plain simplified text."""
    assert normalize("高質量就業社區😂 補貼１２０人！") == "高质量就业社区 补贴120人!"


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("家雁回巢能参加吗", "家燕回巢"),
        ("技能大师工作式", "技能大师工作室"),
        ("公益性刚位", "公益性岗位"),
        ("高技能人财", "高技能人才"),
        ("劳动保障协理员 高级公 补多少", "高级工"),  # three-character words listed in the lexicon
        ("职业指导式出级工补多少", "职业指导师初级工"),
        ("技师正补贴", "技师证"),
    ],
)
def test_homophones_of_domain_words_are_repaired(typed: str, fixed: str) -> None:
    """Near-homophones of the policy's own words become those words; other text is untouched."""
    assert fixed in MATCHER.prepare(typed).text


def test_ordinary_words_are_not_rewritten() -> None:
    """Homophone repair only targets the policy vocabulary."""
    assert MATCHER.prepare("今天天气怎么样").text == "今天天气怎么样"


def test_short_words_are_not_repaired_through_grammar() -> None:
    """ "高级共计" is 高级 and 共计: a listed three-character word (高级工) never takes the place of
    a character of ordinary grammar."""
    assert MATCHER.prepare("中级、高级共计30人").text == "中级、高级共计30人"


def test_repair_never_introduces_a_negation() -> None:
    """ "全部是滨江户籍" keeps its meaning: no homophone turns 部是 into 不是."""
    assert "全部是滨江" in MATCHER.prepare("全部是滨江本地户籍").text


def test_repair_leaves_short_phrases_alone() -> None:
    """ "不是人社部门组织的" stays as written (是人社 sounds like 市人社, but three characters are
    too few to call it a typo)."""
    assert "不是人社部门" in MATCHER.prepare("不是人社部门组织的").text


def test_letter_spaced_words_are_joined() -> None:
    """ "零 工 市 场" typed with spaces reads as 零工市场; ordinary spaces between words stay."""
    assert normalize("零 工 市 场 验 收 过 了") == "零工市场验收过了"
    assert normalize("外地户籍 刚毕业没工作") == "外地户籍 刚毕业没工作"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("一万一千人", [11000]),  # not 一 and 万一
        ("三万一", [31000]),
        ("一点五万元", [15000]),  # not 一点 and 五万
        ("两点五万", [25000]),
        ("五十分钟", [50]),  # not 五 and 十分
        ("3万5", [35000]),
        ("1万2的资助", [12000]),
        ("7千5", [7500]),
        ("1千5百", [1500]),
        ("1百2十5个", [125]),  # Arabic digits among Chinese places: one number
        ("证书的有1十5个", [15]),  # a tens place with Arabic digits on both sides
        ("2十个人", [20]),
        ("1百五人次", [150]),  # a Chinese digit after the place: 一百五
        ("做了仨场", [3]),  # 仨 is three, like 俩 two
        ("零工市场验收通过了", []),  # 零工 is no zero
        ("2万3千元", [23000]),
        ("5百零5人", [505]),
        ("3万5000元", [35000]),
        ("中级工和高级工分别是100，200人", [100, 200]),  # a list, not 100,200
        ("30,000元", [30000]),
        ("万一没招满", []),
    ],
)
def test_numbers_as_people_write_them(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(normalize(text))] == [Decimal(v) for v in values]


def test_liang_stands_alone() -> None:
    """俩 never runs into the numeral after it: "我们俩一共多少" is 俩 and 一共 (it was read as 21),
    while "一万一千" stays one number."""
    assert [n.value for n in find_numbers("我们俩一共多少")] == [Decimal(2)]
    assert [n.value for n in find_numbers("一万一千人")] == [Decimal(11000)]


def test_two_consecutive_digits_side_by_side_are_a_range() -> None:
    """ "两百五六十个", "六七百", "七八十": the low end is the figure, ``range_top`` the high end;
    digits that are not consecutive ("三五个") stay vague."""
    cases = {"两百五六十个": (250, 260), "六七百": (600, 700), "七八十": (70, 80), "十五六个": (15, 16)}
    for text, (low, high) in cases.items():
        (number,) = find_numbers(text)
        assert (number.value, range_top(number)) == (Decimal(low), Decimal(high))
    assert [n.value for n in find_numbers("三五个")] == [None]


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("过了一百了，不到一百二", "101到119"),
        ("超过七十个，但没到八十", "71到79"),
        ("应该能过一百了，不到一百二", "应该能101到119"),
        ("过了五十不到五十一", "过了五十不到五十一"),  # nothing between: left as said
        ("不到一百二", "不到一百二"),
        ("一百出头，不到一百二十五", "100到124"),  # "出头" and "多" are the figure and some
        ("两百多不到两百二", "200到219"),
    ],
)
def test_a_figure_said_by_its_two_bounds_is_a_range(said: str, written: str) -> None:
    from knowledge.bounds import between

    assert between(said) == written


def test_a_figure_ends_before_the_space_after_it() -> None:
    """ "技能人才139 奖多少": the space belongs to no figure (it had been taken as the room for a
    place word, so "139 " ended after it and the word after the space looked like its unit)."""
    (number,) = [n for n in find_numbers("新增技能人才139 奖多少") if n.value is not None]
    assert (number.text, number.value) == ("139", 139)
    (wan,) = [n for n in find_numbers("市里给了3 万") if n.value is not None]
    assert wan.value == 30000


def test_a_year_of_study_is_no_figure_even_at_the_end() -> None:
    """ "大三", "研二" are years of study wherever they stand (the end of a message included);
    "大三个人" is three people."""
    assert find_numbers("我在读大三") == ()
    assert find_numbers("我是研二 户口在滨江") == ()
    assert [n.value for n in find_numbers("大三个人")] == [3]
