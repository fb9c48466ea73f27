"""Figures said loosely that the number reader must still find: 零几, 出头, 小…"""

from __future__ import annotations

from decimal import Decimal

from knowledge.numbers import find_numbers, range_top


def test_zero_odd_is_the_round_figure() -> None:
    (number,) = find_numbers("一百零几个")
    assert (number.text, number.value) == ("一百", Decimal(100))


def test_a_little_under_a_round_figure() -> None:
    (number,) = find_numbers("小一千")
    assert number.value == Decimal(750) and range_top(number) == Decimal(999)
    (hundred,) = find_numbers("小一百号人")
    assert hundred.value == Decimal(75) and range_top(hundred) == Decimal(99)
    assert [n.value for n in find_numbers("小两口")] == [Decimal(2)]  # no round figure: not "a little under"


def test_top_places_are_no_head_count() -> None:
    assert find_numbers("那前三名有什么说法") == ()
    assert find_numbers("前3名能认定吗") == ()
    assert [n.value for n in find_numbers("招了3名员工")] == [Decimal(3)]
