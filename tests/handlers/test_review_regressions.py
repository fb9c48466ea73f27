"""Money and state bugs found in review, each pinned by the question that showed it."""

from __future__ import annotations

from decimal import Decimal

from dialogue_fixtures import Talk

from handlers.dialogue import Dialogue
from handlers.intents import selection
from knowledge.loader import load

KB = load()


def test_wan_with_a_head_count_unit_is_a_head_count(talk: Talk) -> None:
    """ "1万个本区户籍" hired 10,000 people; it is not a 1万元 city grant to be matched."""
    (reply,) = talk("我们公司招了一万个本区户籍人员，能拿多少")
    assert reply.amount_yuan == 500000
    assert reply.benefits == ("hiring",)


def test_money_outside_the_slot_bounds_is_asked_again(talk: Talk) -> None:
    (reply,) = talk("市级爱心企业资助了99999999999999999999999999万元，区里配套多少")
    assert reply.kind == "ask" and reply.amount_yuan is None


def test_a_stated_wage_is_paid_in_fen() -> None:
    facts = {"min_wage": "2490.33", "posts": 1, "months": 3}
    result = KB.clause("8").benefit("property_posts").calculator.compute(facts, KB.bases)
    assert result.amount == Decimal("4109.04")  # 1369.68 a month, not 1369.6815
    assert "1369.68元" in result.steps[0]


def test_zero_communities_get_nothing() -> None:
    facts = {"honor_level": ["省级"], "communities": 0}
    result = KB.clause("2").benefit("community_award").calculator.compute(facts, KB.bases)
    assert result.amount == 0 and result.eligible is False


def test_digit_like_characters_are_not_menu_numbers() -> None:
    assert selection("፩", 3) is None  # isdigit() is true, int() would raise
    assert selection("２", 3) == 2


def test_a_stored_dialogue_survives_a_slot_removed_by_a_reload(dialogue: Dialogue) -> None:
    state = {"topic": {"clause": "4", "benefits": ["hiring"], "asking": "gone", "last": "gone"}, "facts": {}}
    reply, new_state = dialogue.respond(state, "不对，是80")
    assert reply.kind in {"answer", "ask", "clarify", "fallback", "help"}
    assert new_state.get("topic", {}).get("asking") != "gone"


def test_a_total_never_counts_a_benefit_twice(talk: Talk) -> None:
    """Hiring and matching together, a certificate, then hiring again: each benefit once."""
    replies = talk(
        "招了120个本区户籍，也是市级爱心企业，市里资助了3万元，一共多少",
        "我有技师证书能领多少",
        "我们公司招了120个本区户籍人员能拿多少",
        "一共多少",
    )
    assert [r.amount_yuan for r in replies[:3]] == [130000, 2500, 100000]
    assert replies[-1].amount_yuan == 132500  # 10万 + 3万 + 2500, not 13万 + 2500 + 10万


def test_an_impossible_figure_is_asked_again_not_ignored(talk: Talk) -> None:
    """After an answer for 120, "3.5个" must not repeat the answer for 120; "两三个" is a range,
    answered for both ends (neither reaches 50)."""
    replies = talk("我们公司招了120个本区户籍能拿多少", "那招了3.5个呢", "那招了两三个呢", "80个")
    assert [r.kind for r in replies] == ["answer", "ask", "answer", "answer"]
    assert (replies[2].amount_yuan, replies[2].eligible) == (0, False)
    assert replies[-1].amount_yuan == 75000


def test_also_and_total_bring_in_another_benefit_mid_dialogue(talk: Talk) -> None:
    """With hiring under discussion, a message that adds the city grant and asks the total
    answers both, as it does in a fresh dialogue."""
    replies = talk("企业招用本区户籍人员有奖励吗", "招了120个本区户籍，也是市级爱心企业，市里资助了3万元，一共多少")
    assert replies[-1].amount_yuan == 130000
    assert set(replies[-1].benefits) == {"hiring", "matching"}
