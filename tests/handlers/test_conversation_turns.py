"""A conversation that switches clauses, returns, asks the total and starts again (tenth session)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_these_few_added_up_and_asking_anew(talk: Talk) -> None:
    """ "这几项加起来一共多少" adds every answer (几 is as many as were answered, no new figure);
    "重新问一个" starts again."""
    *_, total, _, again = talk(
        "我们公司在滨江，今年招了本区户籍的80个人，都稳定就业，奖补多少",
        "对了，我们还是试点单位，今年新增技能人才120个，能拿多少",
        "回到刚才招人的，要是再多招20个呢",
        "这几项加起来一共多少",
        "谢谢",
        "重新问一个",
    )
    assert (total.clauses, total.amount_yuan) == (("4", "10"), 100000 + 60000)
    assert again.kind == "help"


def test_an_absurd_figure_is_no_count(talk: Talk) -> None:
    """Fifty ones after a level held: past any count the slot takes, so no traceback (the amounts
    had overflowed the decimal context) and the level's count stays as it was."""
    _, absurd, again = talk("我是社区就业专干，考了技师证", "1" * 50, "那技师能拿多少")
    assert absurd.amount_yuan in (None, 2500)
    assert again.amount_yuan == 2500  # the state survived
