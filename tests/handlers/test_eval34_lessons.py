"""Lessons of evaluation set 34 (long conversations that switch clause and come back, written
without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_the_cap_asked_again_after_a_head_count(talk: Talk) -> None:
    """ "吸纳就业这个奖补每年最多能拿多少" after 30 hires (0): the yearly cap, 500,000, not the
    head count's sum again."""
    *_, cap = talk("我们公司招了30个本区户籍员工，有奖补吗", "招人这个奖补一年最多能拿多少")
    assert (cap.clauses, cap.amount_yuan, cap.eligible) == (("4",), 500000, True)


def test_an_earlier_question_pointed_at_keeps_its_figures(talk: Talk) -> None:
    """ "这个培训补贴…" after moving on to hiring: the training's own 40 persons and 3 days come
    back with it, so a correction of the head count two turns later is applied to them."""
    *_, back, corrected = talk(
        "我们是备案的区内企业，给本区户籍大学生办了3天技能培训，参加了40人，补贴多少",
        "另外今年稳定招用本区户籍员工75个，奖补多少",
        "对了，这个培训补贴是按人头和天数算的吗",
        "刚才培训人数说错了，实际是50个人，其中5个不是本区户籍的",
    )
    assert (back.clauses, back.amount_yuan) == (("7",), 24000)
    assert (corrected.clauses, corrected.amount_yuan) == (("7",), 27000)  # 45 × 200 × 3
