"""Sixteenth session: readings found by probing the notes' leftovers and by eval50–51, each
written with its own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_bare_no_certificate_is_a_no_and_a_what_if_level_is_one_turn(talk: Talk) -> None:
    """ "俺没证": （六） pays for a certificate, so there is nothing yet, with what would qualify;
    "要是考出来高级工呢" answers that level for the turn only, and "那现在呢" goes back to the
    facts as stated (lexicon ``as_stated_words``)."""
    none, if_passed, now = talk("在街道就业服务站干了三年 俺没证 有补贴吗", "要是考出来高级工呢", "那现在呢")
    assert (none.clauses[:1], none.amount_yuan, none.eligible) == (("6",), 0, False)
    assert (if_passed.amount_yuan, if_passed.eligible) == (2000, True)
    assert (now.amount_yuan, now.eligible) == (0, False)


def test_the_facts_now_after_a_what_if_on_a_count(talk: Talk) -> None:
    """ "按目前的…合计": after a what-if on the headcount, the count as stated is used again."""
    stated, what_if, actual = talk(
        "我们是滨江的企业 今年招用本区户籍人员并稳定就业的有77个", "假如到了126个呢", "按目前的算是多少"
    )
    assert (stated.amount_yuan, what_if.amount_yuan, actual.amount_yuan) == (75000, 125000, 75000)


def test_a_pair_word_asks_for_both_people_in_the_message_that_adds_the_second(talk: Talk) -> None:
    """ "她是中级工 我们两个加起来多少": the colleague's facts and the pair's total in one message;
    the total is the two people's answers on （六）, not the colleague's alone."""
    mine, both = talk("我在社区就业服务窗口上班 考了高级技师", "搭档也在窗口 她是中级工 我们两个加起来多少")
    assert mine.amount_yuan == 3000
    assert (both.amount_yuan, both.eligible) == (4500, True)
