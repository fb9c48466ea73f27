"""Lessons of evaluation set 40 (a realistic day of traffic: residents, organisations and
near-misses in proportion, terse and typo'd), written with their own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_students_told_no_cash_then_the_organiser_asks_its_rate(talk: Talk) -> None:
    """ "家燕回巢 学生有补贴拿吗": no (0, the students take part free); the student's 户籍 is no
    longer asked, so "那组织的单位呢 一人一天最多多少" is the organiser's rate (200), and a firm's
    case after it is answered (had been read as an answer to the 户籍 question)."""
    *_, student, rate, firm = talk(
        "家燕回巢的活动 学生有补贴拿吗",
        "那组织的单位呢 一人一天最多多少",
        "我们公司是区内企业 备案了 组织15个本区户籍学生 2天 最多多少",
    )
    assert (student.amount_yuan, student.eligible) == (0, False)
    assert rate.amount_yuan == 200
    assert firm.amount_yuan == 6000


def test_a_community_certified_in_an_earlier_year_gets_nothing_again(talk: Talk) -> None:
    """ "去年评的区级高质量就业社区 今年还有吗": one-off, already given (0); an upgrade this year
    ("去年评了区级…今年又升成市级") is not refused."""
    (old,) = talk("我们社区去年评的市级高质量就业社区 今年还有4万吗")
    assert (old.amount_yuan, old.eligible) == (0, False)
    (up,) = talk("社区去年评了区级拿了1万 今年又升成市级了 还能拿多少")
    assert up.eligible is not False


def test_more_near_misses_fall_back_or_help(talk: Talk) -> None:
    """Tax relief, a graduates' social-insurance subsidy, and "看不懂" (help, not a clause)."""
    for text in ("转业军人创业有没有税收优惠", "企业招应届生的社保补贴有多少"):
        (reply,) = talk(text)
        assert reply.kind == "fallback", text
    (lost,) = talk("这个政策我看不懂")
    assert lost.kind == "help"


def test_this_money_asked_of_a_person_stays_with_the_answer_in_hand(talk: Talk) -> None:
    """ "这钱员工个人能拿吗" after the 浙江工匠's 20,000: the unit's money, no (0) — not a question
    back between （六）'s 个人 and （四）'s 员工."""
    *_, reply = talk("员工入选了浙江工匠 单位有啥支持", "这钱员工个人能拿吗")
    assert (reply.clauses, reply.amount_yuan, reply.eligible) == (("12",), 0, False)


def test_a_training_school_is_a_training_body(talk: Talk) -> None:
    """ "备案的培训学校…20人拿到中级工 另外家燕回巢另一批…10人3天…一共": （九）'s 10,000 and （七）'s
    6,000 (培训学校 had been no word of （九）'s own, so the total was （七）'s alone)."""
    (reply,) = talk(
        "备案的培训学校 组织本区户籍大学生培训 20人拿到中级工 另外家燕回巢另一批本区户籍大学生10人3天 也备案了 一共多少"
    )
    assert reply.amount_yuan == 16000


def test_this_policy_beside_another_is_the_annexs_rule(talk: Talk) -> None:
    """ "企业能同时享受这个和市里的招用补贴吗": the annex (从优、从高、不重复), not a head count asked
    for （四）."""
    (reply,) = talk("企业能同时享受这个和市里的招用补贴吗")
    assert (reply.kind, reply.clauses[:1]) == ("answer", ("annex",))


def test_the_street_named_alone_before_a_total_is_the_asker(talk: Talk) -> None:
    """ "街道 零工市场验收通过 新认定省级高质量就业社区一个 加起来多少": the market and the
    community (200,000), not the street's own yearly 500,000 beside them."""
    (reply,) = talk("街道 零工市场验收通过 今年新认定省级高质量就业社区一个 加起来多少")
    assert reply.amount_yuan == 200000
