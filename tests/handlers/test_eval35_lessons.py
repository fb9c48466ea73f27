"""Lessons of evaluation set 35 (WeChat-style phrasing: unsure conditions, vague figures,
kinship pronouns, 家燕回巢 borderlines, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk

from handlers.dialogue import Dialogue
from handlers.people import named_people
from knowledge.numbers import find_numbers


def test_neighbourhood_matters_that_share_a_word_with_a_clause_fall_back(talk: Talk) -> None:
    """A hobby class, a property fee, an e-bike plate, unpaid wages: each names 培训, 社区 or 物业,
    which the policy's clauses use too, but none of them is in the policy."""
    for question in (
        "老年大学的书法课在哪报名",
        "我家小孩想学钢琴 培训班有补贴吗",
        "物业费太贵了 社区管不管",
        "电瓶车上牌去哪个社区",
        "老板拖欠工资三个月了怎么办",
    ):
        (reply,) = talk(question)
        assert reply.kind == "fallback", question
    *_, aside = talk("我在公益性岗位上班 绩效补贴一年最多多少", "工资被拖欠了找谁")
    assert aside.kind == "fallback"


def test_a_person_asking_for_an_organisations_money_is_told_no(talk: Talk) -> None:
    """ "钱能给到我个人吗", "学生自己能领吗": only the organisation is paid, so the answer is no
    (eligible false, no amount of the asker's), also before any head count is known, where the
    benefit is described instead of its head count asked for; the count, said next, still counts."""
    *_, mine = talk("失业人员在备案机构培训 考了中级工 机构拿多少", "那这钱能给到我个人吗")
    assert (mine.clauses, mine.eligible, mine.amount_yuan) == (("9",), False, 0)
    first, count = talk("参加家燕回巢的话 学生本人能领那个一天200的补贴吗", "40个人")
    assert (first.kind, first.clauses, first.eligible) == ("answer", ("7",), False)
    assert first.text.startswith("不是。")
    assert count.amount_yuan == 8000
    (ours,) = talk("我们是备案的培训机构 这个补贴是发给学员还是发给我们机构")
    assert ours.eligible is not False  # the organisation asking about itself
    *_, group = talk("我们是备案的培训机构 培训了25个灵活就业人员 没有备案会怎样", "备案之后这25个人能拿多少")
    assert group.eligible is not False  # "25个人能拿" is a head count, not a person


def test_a_sum_quoted_decides_between_two_clauses(talk: Talk) -> None:
    """ "那个500块能直接给我吗" with a 中级工 certificate: 500元/人 is only （九）'s rate (（六）
    pays 1500 for 中级工), so the question is on （九）, and the asker is not paid."""
    (reply,) = talk("我失业了 去考了个中级工 听说有个500块 能直接给我吗")
    assert (reply.clauses, reply.eligible) == (("9",), False)


def test_holders_called_by_surname_each_hold_their_own_level(talk: Talk) -> None:
    """ "三个专干都拿证了 小王…高级工 小李…中级工 我自己…初级工": three people, one level each
    (4,500), not one person's three levels at the highest (2,000), nor three 高级工 (8,500).
    "老陈那个呢" asks one holder's part; a condition said to fail for one ("其实老陈在余杭上班")
    is theirs alone, and the batch goes on without them."""
    whole, part, refused, rest = talk(
        "我们社区几个专干都拿证了 老陈职业指导师技师 小刘劳动保障协理员中级工 我自己创业指导师初级工 总共多少",
        "老陈那个呢",
        "其实老陈是在余杭区的街道上班的 他还能拿吗",
        "那剩下我们两个一共多少",
    )
    assert (whole.clauses, whole.amount_yuan) == (("6",), 5000)  # 2500 + 1500 + 1000
    assert part.amount_yuan == 2500 and "老陈" in part.text
    assert (refused.amount_yuan, refused.eligible) == (0, False) and "老陈" in refused.text
    assert (rest.amount_yuan, rest.eligible) == (2500, True)
    (three,) = talk("社区三个专干都拿证了 小王职业指导师高级工 小李劳动保障协理员中级工 小张创业指导师初级工 一共多少")
    assert three.amount_yuan == 4500
    (unnamed,) = talk("我们社区三个专干都拿证了 一个高级工 一个中级工 一个初级工 一共多少")
    assert (unnamed.clauses, unnamed.amount_yuan) == (("6",), 4500)


def test_small_and_old_before_a_common_word_name_nobody(dialogue: Dialogue) -> None:
    """小于, 小程序, 老毛病: no surname after 小/老, so no person is named."""
    kb = dialogue.kb
    assert named_people(kb, "招了小于50人 在小程序上申报 老毛病了") == []
    assert named_people(kb, "小王和老李都考了证") == ["小王", "老李"]


def test_two_people_asked_about_together_is_a_total(talk: Talk) -> None:
    """ "我俩一年最多多少" after one answer and with the other person's fact: both answers added
    (7,200), with no 一共 said; 俩 before 一年 is two, never 21."""
    *_, both = talk("我在公益性岗位上班 绩效补贴一年最多多少", "我媳妇也在公益性岗位 咱俩一年最多拿多少")
    assert (both.clauses, both.amount_yuan) == (("8",), 7200)
    assert [n.value for n in find_numbers("我俩一年最多多少")] == [2]


def test_a_person_asking_an_amount_of_a_clause_with_one_personal_benefit_gets_that_one(talk: Talk) -> None:
    """ "我老公在公益性岗位上班 他一年最多多少": of （八）'s three benefits only the 绩效补贴 is paid
    to a person, so it is answered instead of a menu; "我的社保谁交" asks no sum and is not."""
    (husband,) = talk("我老公在公益性岗位上班 他一年最多多少")
    assert (husband.kind, husband.amount_yuan) == ("answer", 3600)
    (rule,) = talk("我是就业困难人员 在公益性岗位上班 我的社保谁交")
    assert rule.amount_yuan != 3600


def test_a_household_registration_moved_here_is_local(talk: Talk) -> None:
    """ "户口上个月刚迁来滨江", "户籍去年就转到本区了": words between the 户口 and the move do not
    hide it (yes_pairs); the student is 本区户籍 now, as the policy asks no length of time."""
    for question in (
        "户口上个月刚迁来滨江 在读大三 能参加家燕回巢吗",
        "我户籍去年就转到本区了 毕业一年没工作 家燕回巢能参加吗",
    ):
        (reply,) = talk(question)
        assert (reply.kind, reply.eligible) == ("answer", True), question


def test_another_slots_no_is_no_answer_to_the_question_asked(talk: Talk) -> None:
    """ "我离校刚好两年 还没上班" to "是本区户籍吗": the 没 is 没上班's, not a no to the 户籍."""
    _, reply = talk("家燕回巢能参加吗", "我离校刚好两年 还没上班")
    assert reply.eligible is not False


def test_the_meaning_of_the_policys_words_is_described(talk: Talk) -> None:
    """ "离校2年未就业是什么意思": the figures are the policy's, quoted; the clause is described,
    not the asker's 户籍 asked for."""
    (reply,) = talk("家燕回巢里说的离校2年未就业 具体指什么")
    assert (reply.kind, reply.clauses) == ("answer", ("7",))


def test_where_a_certificate_was_taken_is_not_where_its_holder_works(talk: Talk) -> None:
    """ "证是在西湖区考的": the exam's place; the holder works in a 滨江 community, so 初级工 pays
    1,000. "公司hr考了…" is still a firm's HR, not public employment service."""
    (reply,) = talk("我在滨江一个社区做就业服务 证书是在西湖区考的 创业指导师初级工 有补贴吗")
    assert (reply.amount_yuan, reply.eligible) == (1000, True)
    (firm,) = talk("我们公司hr考了企业人力资源管理师二级 能拿证书补贴吗")
    assert firm.eligible is False


def test_a_one_time_award_asked_for_again_next_year_is_no(talk: Talk) -> None:
    """ "那明年还能再拿一次吗" after a 市级 community's 40,000: the award is one-time for a new
    recognition; a higher level later ("以后升到国家级还能再拿吗") is a new one and still pays."""
    *_, again = talk("我们社区今年新认定了市级高质量就业社区 奖多少", "明年再拿一次可以吗")
    assert (again.amount_yuan, again.eligible) == (0, False)
    *_, higher = talk("我们社区今年刚认定了省级高质量就业社区", "以后升到国家级还能再拿吗")
    assert higher.eligible is not False


def test_not_recognised_at_all_is_no_level_of_caring_enterprise(talk: Talk) -> None:
    """ "我们没被认定过" to the 1:1 matching: no 市级就业扶贫爱心企业, so no matching (0, false)."""
    *_, reply = talk("市级就业扶贫爱心企业的1:1配套 我们能拿吗", "没有 我们没被认定过")
    assert (reply.clauses, reply.eligible) == (("4",), False)


def test_one_block_of_a_total_taken_alone_in_a_what_if(talk: Talk) -> None:
    """ "光培养人才这块 要是有三百个呢" after the talent award and the stars were added up: that
    award alone with 300 (50,000 + 10 × 10,000 = 150,000), not the total again."""
    *_, alone = talk(
        "我们是技能等级认定试点单位 今年新增技能人才120个 奖多少",
        "品牌建设期满评估四星 两个加起来多少",
        "光培养人才这块 要是有三百个呢",
    )
    assert (alone.clauses, alone.amount_yuan) == (("10",), 150000)


def test_a_rate_asked_per_unit_is_answered_for_one_of_each(talk: Talk) -> None:
    """ "物业公司承接公益性岗位 每月补多少": one post for one month (55 % of the minimum wage the
    data holds), said to be a rate; the posts and months said next give the sum."""
    rate, whole = talk("物业公司承接的公益性岗位 区里每个月补多少", "我们有6个岗位 干了一年")
    assert (rate.kind, rate.amount_yuan) == ("answer", 1254)
    assert whole.amount_yuan == 1254 * 6 * 12


def test_a_training_body_giving_only_another_clauses_figures_is_on_that_clause(talk: Talk) -> None:
    """ "培训机构 已备案 … 本区户籍大学生30个 培训了三天": 培训机构 and 学员 are （九）'s strong words,
    but no certificate is said; the head count of local students and the days are （七）'s own
    (200 × 30 × 3 = 18,000). With certificates said, it stays （九）."""
    (days,) = talk("我们是培训机构 已经备案 学员里本区户籍的大学生30个 培训了三天 能补多少")
    assert (days.clauses, days.amount_yuan) == (("7",), 18000)
    (certs,) = talk("我们是培训机构 已经备案 学员里失业人员20个考了中级工 能补多少")
    assert (certs.clauses, certs.amount_yuan) == (("9",), 10000)


def test_what_activities_and_for_how_long_describe_the_clause(talk: Talk) -> None:
    """ "家燕回巢都有啥活动", "能参加多久": questions about the rule, answered by describing （七）,
    not by asking the asker's 户籍 or the organiser's head count."""
    for question in ("家燕回巢都有啥活动", "家燕回巢能参加多长时间"):
        (reply,) = talk(question)
        assert (reply.kind, reply.clauses) == ("answer", ("7",)), question


def test_a_negation_before_a_list_denies_every_item(talk: Talk) -> None:
    """ "不是失业人员、灵活就业人员、退役军人、脱贫人口或大学生": the 不是 reaches the last item of
    the list too, so the trainees are none of （九）'s groups: 0, not a question for their count."""
    (reply,) = talk(
        "备案培训机构 给企业的20个在职员工培训拿了高级工 "
        "他们不是失业人员、灵活就业人员、退役军人、脱贫人口或大学生 能补吗"
    )
    assert (reply.clauses, reply.amount_yuan, reply.eligible) == (("9",), 0, False)


def test_fewer_than_a_figure_is_the_range_below_it(talk: Talk) -> None:
    """ "不到50人", "少于五十个", "小于50人": under the threshold, so nothing (it had been read as
    50 itself: 50,000); "不到一百个" spans 0 and 75,000, so no sum is promised either."""
    for question in (
        "今年招了不到50个本区户籍的 有奖补吗",
        "本区户籍员工少于五十个 能拿吗",
        "小于50人的企业有没有吸纳就业奖补",
    ):
        (reply,) = talk(question)
        assert (reply.clauses, reply.amount_yuan, reply.eligible) == (("4",), 0, False), question
    (wide,) = talk("本区户籍的招了不到一百个 能拿多少")
    assert wide.amount_yuan != 50000 or wide.kind == "ask"


def test_a_range_refused_at_its_low_end_says_what_its_top_would_give(talk: Talk) -> None:
    """ "招了30到60个": 30 is short of 50, 60 pays 50,000; the refusal says so and asks the exact
    figure. Refused on a condition (外地户籍), the range changes nothing and no note is added."""
    (wide,) = talk("本区户籍的招了30到60个 能拿多少")
    assert (wide.amount_yuan, wide.eligible) == (0, False)
    assert "如实际为60，可得5万元" in wide.text
    (outsiders,) = talk("我们招了三百多个外地户籍的员工 吸纳就业奖补能拿多少")
    assert "如实际为" not in outsiders.text
