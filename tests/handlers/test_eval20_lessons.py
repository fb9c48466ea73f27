"""Lessons from tests/eval20 (messages as they arrive in the app: greetings, context, quotes,
relatives asking, verdicts with reasons), each as a class of messages rather than one item."""

from __future__ import annotations

from dialogue_fixtures import Talk, not_out_of_scope


def test_verdicts_with_the_reason_in_the_facts(talk: Talk) -> None:
    (street,) = talk("我是公益导师，平时做就业帮扶。今年被街道评为先进个人，按政策能拿奖励吗？")
    assert (street.eligible, street.amount_yuan) == (False, 0)  # （五） awards 国家、省、市 only
    (uncertified,) = talk(
        "我们物业公司承接了公益性岗位，招了一个保洁阿姨，但她还没有被认定为就业困难人员。这个岗位区里的补贴能拿吗？"
    )
    assert uncertified.eligible is False
    (mine,) = talk("请问这个培训认定补贴是给个人还是给机构的？我自己考了个中级工，能领500吗？")
    assert mine.eligible is False  # it is the training body's


def test_questions_near_the_policy_are_out_of_scope(talk: Talk) -> None:
    assert not not_out_of_scope(
        talk,
        "请问一下，滨江今年春风行动的大型招聘会是哪天、在哪里办？",
        "请问我在滨江的个人档案放在哪里？档案托管怎么办理？",
    )
    _, rent = talk("我儿子是滨江户口，在外地读大三，能参加家燕回巢吗", "顺便问一下，应届生在滨江租房有补贴吗")
    assert rent.kind == "fallback"


def test_levels_said_with_one_tail_and_one_each(talk: Talk) -> None:
    (three,) = talk("区级职业技能竞赛，我们公司3名员工分别拿了一、二、三等奖，奖励一共多少？")
    assert three.amount_yuan == 2000 + 1500 + 1000
    (two,) = talk("区级竞赛，2名员工分别拿了一等奖和三等奖，奖励多少")
    assert two.amount_yuan == 2000 + 1000


def test_a_relative_asked_for_is_a_person(talk: Talk) -> None:
    (reply,) = talk("@政策助手 我儿媳在社区做就业专干，刚考出职业指导师三级（高级工），她能补多少？")
    assert (reply.clauses, reply.amount_yuan) == (("6",), 2000)


def test_introducing_oneself_does_not_make_the_certificates_ones_own(talk: Talk) -> None:
    (reply,) = talk(
        "我是街道人社科科长。我们科今年有3个同事取得职业指导师证，2个高级工、1个中级工，都在区内做公共就业服务，一共能补多少？"
    )
    assert reply.amount_yuan == 2 * 2000 + 1500  # three colleagues, not one holder of two levels


def test_money_received_last_year_is_no_grant_of_this_year(talk: Talk) -> None:
    (reply,) = talk(
        "HR来问一下：2023年我们区内公司招用并稳定就业的本区户籍人员一共176人。去年我们已经拿过10万的奖补了，今年这批能拿多少？"
    )
    assert (reply.benefits, reply.amount_yuan) == (("hiring",), 175000)


def test_a_negation_closed_by_de_does_not_reach_the_next_words(talk: Talk) -> None:
    (reply,) = talk(
        "区内备案企业办了1天就业创业服务活动，参加的有：本区户籍在校生15人、离校1年未就业的本区户籍毕业生5人、"
        "离校3年的本区户籍毕业生4人。补贴多少？"
    )
    assert reply.amount_yuan == (15 + 5) * 200  # 未 is of 就业, not of 本区户籍


def test_one_of_several_said_by_its_ordinal(talk: Talk) -> None:
    _, first, second, both = talk(
        "我是街道就业办的，辖区有两个社区今年新认定为高质量就业社区，奖补怎么给？",
        "第一个是省级的",
        "第二个是区级的",
        "两个一共多少",
    )
    assert (first.amount_yuan, second.amount_yuan, both.amount_yuan) == (50000, 10000, 60000)


def test_certified_said_as_a_past_participle(talk: Talk) -> None:
    (reply,) = talk("街道公益性岗位上认定了的就业困难人员，绩效补贴一年最多多少")
    assert (reply.eligible, reply.amount_yuan) == (True, 3600)
