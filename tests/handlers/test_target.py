"""A sum aimed at, and what it takes (handlers/target.py): the least count or level whose own
computed amount reaches it, written with phrasings the development sets did not have."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_the_count_a_sum_takes(talk: Talk) -> None:
    (hire,) = talk("想拿满吸纳就业奖补50万，得稳定招用多少个本区户籍的人啊")
    assert (hire.kind, hire.clauses, hire.amount_yuan) == ("answer", ("4",), 500000)
    assert "500人" in hire.text  # 50 for the base, then every 25 more: 50 + 18 × 25
    (steps,) = talk("要拿到10万的吸纳就业奖补，最少要稳定招多少本区户籍的人")
    assert steps.amount_yuan == 100000 and "100人" in steps.text
    (between,) = talk("吸纳就业奖补想拿到6万，要招多少人")
    assert between.amount_yuan == 75000 and "75人" in between.text  # no step pays exactly 6万


def test_the_count_of_a_category_named(talk: Talk) -> None:
    (fee,) = talk("导师库导师，想凑够1万块补贴，人社局组织的线下评审要参加几次")
    assert (fee.clauses, fee.amount_yuan) == (("5",), 10000) and "线下10次" in fee.text
    (training,) = talk("想拿5万培训认定补贴，学员都是失业人员，全培训高级工的话要多少人")
    assert (training.clauses, training.amount_yuan) == (("9",), 50000) and "高级工50人" in training.text


def test_the_track_the_text_names(talk: Talk) -> None:
    (high,) = talk("试点单位想拿满20万，高技能人才要新增培养多少人")
    assert high.amount_yuan == 200000 and "高技能人才200人" in high.text
    (plain,) = talk("试点单位只靠新增技能人才（不算高技能人才）的话，要多少人才能拿满20万")
    assert plain.amount_yuan == 200000 and "技能人才400人" in plain.text


def test_the_level_a_sum_takes(talk: Talk) -> None:
    (community,) = talk("社区想拿10万奖补 得评到什么级别")
    assert (community.clauses, community.amount_yuan) == (("2",), 100000) and "国家级" in community.text
    (cert,) = talk("在街道做就业服务 想拿2000块证书补贴要考到什么等级")
    assert (cert.clauses, cert.amount_yuan) == (("6",), 2000) and "高级工" in cert.text  # the lowest that pays it


def test_above_the_cap_says_so(talk: Talk) -> None:
    (over,) = talk("吸纳就业奖补想拿到60万，要招多少人")
    assert over.amount_yuan == 500000 and "最多50万元" in over.text


def test_from_the_asker_s_own_count(talk: Talk) -> None:
    (more,) = talk("我们招了60个本区户籍的，要拿到10万还要招多少")
    assert more.amount_yuan == 100000 and "还差40人" in more.text


def test_the_same_sum_asked_another_way(talk: Talk) -> None:
    first, other, own = talk(
        "我们是职业技能等级认定试点单位 想拿满20万奖励要新增培养多少高技能人才",
        "那只算普通技能人才呢 要多少",
        "我们今年实际新增高技能人才一百零几个吧",
    )
    assert first.amount_yuan == other.amount_yuan == 200000
    assert "技能人才400人" in other.text
    assert own.amount_yuan == 100000  # the asker's own figure is a fact, not another aim
    _, all_high = talk(
        "我们是备案的培训机构 学员都是区内失业人员 想今年拿10万培训认定补贴 全做中级工要培训多少人",
        "要是全做高级工呢",
    )
    assert all_high.amount_yuan == 100000 and "高级工100人" in all_high.text


def test_counts_and_amounts_are_not_aims(talk: Talk) -> None:
    (plain,) = talk("我们招了120个本区户籍的，能拿多少")
    assert plain.amount_yuan == 100000 and "要达到" not in plain.text
    (loose,) = talk("试点单位 今年新增高技能人才十几个 能拿多少")
    assert "要达到" not in loose.text
