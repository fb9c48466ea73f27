"""One part of a sum just answered, asked about alone: a category ("技师那个", "线下那部分") or a
person ("那我自己", "我徒弟的呢"); the whole stays for the next question."""

from __future__ import annotations

from dialogue_fixtures import Talk

TWO_PEOPLE = "我是社区就业专干，拿了职业指导师技师证，我同事拿了劳动关系协调员高级工，我们俩一共能拿多少"


def test_one_category_of_the_sum_then_the_whole_again(talk: Talk) -> None:
    whole, technician, senior, again = talk(TWO_PEOPLE, "技师那个是多少来着", "那高级工的呢", "那一共呢")
    assert whole.amount_yuan == 2500 + 2000
    assert (technician.amount_yuan, senior.amount_yuan) == (2500, 2000)
    assert "技师这一部分" in technician.text and "合计不变" in technician.text
    assert again.amount_yuan == 4500


def test_one_person_of_two_told_in_one_message(talk: Talk) -> None:
    """Each level belongs to the person named last before it: 技师 the asker's, 高级工 the colleague's."""
    _, mine, theirs, pronoun = talk(TWO_PEOPLE, "那我自己能拿多少", "我同事的呢", "她呢")
    assert (mine.amount_yuan, theirs.amount_yuan, pronoun.amount_yuan) == (2500, 2000, 2000)
    assert "您本人（技师）" in mine.text and "同事（高级工）" in theirs.text


def test_prizes_of_a_master_and_an_apprentice(talk: Talk) -> None:
    both, apprentice, mine = talk(
        "我拿了区级职业技能竞赛一等奖，我徒弟拿了三等奖，我们一共多少奖金", "我徒弟的呢", "那我的呢"
    )
    assert (both.amount_yuan, apprentice.amount_yuan, mine.amount_yuan) == (3000, 1000, 2000)


def test_sessions_part_after_another_benefit_was_asked_alone(talk: Talk) -> None:
    *_, award, offline, total = talk(
        "我是区导师库的公益导师，去年拿了市级先进个人，今年参加了人社局组织的线下活动3次，线上2次，一共能拿多少",
        "先进个人那块是多少",
        "线下那部分呢",
        "那一共呢",
    )
    assert (award.amount_yuan, offline.amount_yuan, total.amount_yuan) == (2000, 3000, 5600)


def test_a_change_or_a_figure_is_no_part(talk: Talk) -> None:
    """ "都是高级工呢" and "技师那个其实有两个" change the facts; they are not parts asked about."""
    *_, changed = talk(TWO_PEOPLE, "技师那个其实有两个")
    assert changed.amount_yuan == 2 * 2500 + 2000
    *_, trained = talk("我们机构培训了本区失业人员，初级工20人，高级工10人，能拿多少", "高级工那部分多少")
    assert trained.amount_yuan == 10 * 1000


def test_all_of_several_categories_moved_to_one(talk: Talk) -> None:
    """ "要是全部都是高级工呢" of 初级工 20 and 高级工 10: all thirty at 1000 (a change, not a part)."""
    *_, moved = talk("我们机构培训了本区失业人员，初级工20人，高级工10人，能拿多少", "要是全部都是高级工呢")
    assert moved.amount_yuan == 30 * 1000
    *_, sessions = talk(
        "我是区导师库的公益导师，今年参加了人社局组织的线下活动3次，线上2次，能拿多少", "要是都是线下呢"
    )
    assert sessions.amount_yuan == 5 * 1000
