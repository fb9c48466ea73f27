"""Lessons of evaluation set 33 (residents and students asking for themselves, written without
seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_two_certificates_in_ones_hands_are_one_holders(talk: Talk) -> None:
    """ "手上有职业指导师高级工，还有劳动保障协理员中级工，两本证": one person, the higher (2000)."""
    (reply,) = talk("我是社区就业专干，手上有职业指导师高级工，还有劳动保障协理员中级工，两本证能一起补吗，一共多少")
    assert reply.amount_yuan == 2000


def test_a_school_inviting_a_mentor_is_no_hr_department(talk: Talk) -> None:
    (reply,) = talk("我是导师库导师，学校就业办请我去做了一次线下宣讲，这个能按1000补吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_student_grant_is_another_service(talk: Talk) -> None:
    *_, grant = talk("我是滨江户口的大二学生，家燕回巢能参加吗", "学校的国家助学金怎么申请")
    assert grant.kind == "fallback"


def test_a_question_beside_one_on_another_service(talk: Talk) -> None:
    """ "区竞赛一等奖能拿多少？另外杭州技能人才落户是什么条件": the first answered (2000), the
    second said to be outside the policy, in turn; not the whole message turned away."""
    (reply,) = talk("区竞赛一等奖能拿多少？另外杭州技能人才落户是什么条件")
    assert (reply.kind, reply.clauses, reply.amount_yuan) == ("answer", ("12",), 2000)
    assert "不在本政策范围内" in reply.text
    (tax,) = talk("我在导师库，人社部门组织的职业指导线下3次线上2次，一共多少？另外导师讲课的钱要交个税吗")
    assert tax.amount_yuan == 3600


def test_what_ifs_on_a_students_facts(talk: Talk) -> None:
    """ "那要是把户口迁到滨江来呢": a what-if on 户籍 (not 落户 as another service); "要是等到毕业两年半
    了呢": more than two years (not two); "明年研究生毕业以后没找到工作呢": none yet."""
    *_, moved = talk(
        "我儿子大学毕业了，能参加家燕回巢吗",
        "去年6月毕业的，现在还没工作",
        "不过他户口还在安徽老家",
        "那要是把户口迁到滨江来呢",
    )
    assert (moved.kind, moved.eligible) == ("answer", True)
    _, later = talk("我是滨江户口，大学毕业快两年了，一直没找到工作，还能参加家燕回巢吗", "要是等到毕业两年半了呢")
    assert later.eligible is False
    *_, next_year = talk(
        "我儿子在读研究生，户口在滨江，能参加家燕回巢吗",
        "他本科毕业已经4年了，有影响吗",
        "明年研究生毕业以后没找到工作呢",
    )
    assert next_year.eligible is True


def test_the_order_turning_the_other_way(talk: Talk) -> None:
    """ "去了1次线下，另外线上咨询做了3次": one offline, three online (1900)."""
    (reply,) = talk("我是导师库的，人社局组织的创业大赛评审去了1次线下，另外线上咨询做了3次，一共补多少")
    assert reply.amount_yuan == 1000 + 3 * 300


def test_a_special_skill_certificate_and_a_job_not_started(talk: Talk) -> None:
    """（六） pays for 等级认定 certificates held by people in public employment service: a 专项能力
    certificate does not count, nor does someone not yet in the job."""
    (special,) = talk("社区就业专干，考的是职业指导方面的专项能力证书，不是等级证，这个有补贴吗")
    assert (special.amount_yuan, special.eligible) == (0, False)
    assert "专项能力证书不在本条范围" in special.text
    (applicant,) = talk("我刚考完劳动保障协理员，准备去社区应聘就业专干，还没入职，现在能申请补贴吗")
    assert (applicant.amount_yuan, applicant.eligible) == (0, False)


def test_a_share_of_a_base_the_asker_states(talk: Talk) -> None:
    """ "如果市区最低工资按2000一个月算，区里配套多少": the base given, one post for a month (1100),
    not the rule again; without a base the rule comes first, as before."""
    (given,) = talk("我妈在物业公司的公益性岗位，如果市区最低工资按2000一个月算，区里配套多少")
    assert given.amount_yuan == 1100 and "您给出的标准2000元" in given.text
    (rule,) = talk("我妈在物业公司的公益性岗位做保洁，区里给补多少")
    assert rule.amount_yuan is None


def test_two_strong_words_of_one_clause_against_none(talk: Talk) -> None:
    """ "我是工作室领衔人，去了市人社局组织的专家评审2次": （十一） (工作室, 领衔人), no clarification
    with the mentors' 评审; 市人社局 is not the district's (0)."""
    (reply,) = talk("我是工作室领衔人，去了市人社局组织的专家评审2次，能按1000一次补吗")
    assert (reply.clauses, reply.amount_yuan, reply.eligible) == (("11",), 0, False)


def test_how_to_be_certified_as_in_need_is_another_service(talk: Talk) -> None:
    """ "就业困难人员要怎么认定": the policy pays for posts of those certified, it does not say how."""
    (reply,) = talk("就业困难人员要怎么认定，要什么材料")
    assert reply.kind == "fallback"
    (post,) = talk("我是认定的就业困难人员，在街道公益性岗位上班，绩效补贴一年最多多少")
    assert post.amount_yuan == 3600
