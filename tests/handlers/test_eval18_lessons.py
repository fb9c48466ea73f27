"""Lessons from tests/eval18 (the less-asked clauses in depth, dialogues that switch and come
back), each as a class of messages rather than the one item that showed it."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_not_yet_certified_or_certified_in_an_earlier_year_is_not_new(talk: Talk) -> None:
    for text in (
        "社区正在申报市级高质量就业社区，还没认定下来，现在能先拿奖补吗",
        "工作室还在申报区级技能大师工作室，没批下来，能先拿建室补助吗",
        "我们社区2020年就已经是市级高质量就业社区了，今年还能申请那四万吗",
    ):
        (reply,) = talk(text)
        assert (reply.eligible, reply.amount_yuan) == (False, 0), text
    _, old = talk("我老公是区级技能大师工作室领衔人", "他的工作室是2019年认定的，今年还能拿建室补助吗")
    assert old.eligible is False


def test_a_yearly_sum_over_several_years(talk: Talk) -> None:
    (market,) = talk("验收通过的零工市场，连着两年一共能拨多少钱给街道")
    assert (market.benefits, market.amount_yuan) == (("gig_market",), 300000)
    *_, platform = talk("我们园区的产业平台就业创业服务中心在区人社局备案了", "备案后连着两年最多能拿多少")
    assert platform.amount_yuan == 600000
    (dated,) = talk("2023年验收通过的零工市场每年拨多少")
    assert dated.amount_yuan == 150000  # a year written out is no number of years


def test_a_sum_proposed_per_person_is_checked_against_the_cap(talk: Talk) -> None:
    _, _, proposed = talk(
        "我是街道的，公益性岗位上岗人员的绩效补贴，每人每年最多多少",
        "我们有8个人，一年最多一共发多少",
        "能不能每人发到4000",
    )
    assert proposed.benefits == ("performance",) and proposed.eligible is True and "超出" in proposed.text
    assert proposed.text.startswith("超过上限")
    (fine,) = talk("公益岗的绩效补贴，街道能给一个人一年发5000吗")
    assert fine.eligible is True and "5000" in fine.text  # 5000 a year, not the 一 of 一个人


def test_a_bare_figure_after_an_answer_at_one_person_is_the_head_count(talk: Talk) -> None:
    _, twenty = talk("街道公益性岗位的绩效补贴，一共最多能发多少", "20")
    assert twenty.amount_yuan == 20 * 3600


def test_less_asked_clauses_wording(talk: Talk) -> None:
    (league,) = talk("团区委组织的创业分享会，我以导师身份线下参加了，有补贴吗")
    assert (league.eligible, league.amount_yuan) == (False, 0)  # not organised by 人社
    (inside,) = talk("我在公司内部技能比武拿了第一，有区里的奖励吗")
    assert (inside.clauses, inside.eligible) == (("12",), False)
    (moved,) = talk("社保关系怎么从外地转过来")
    assert moved.kind == "fallback"
    *_, later = talk("我们社区正在申报省级高质量就业社区，还没批，现在能拿钱吗", "为什么", "那批下来以后能拿多少")
    assert (later.eligible, later.amount_yuan) == (True, 50000)
    *_, per_session = talk("我是区导师库的导师", "导师参加人社局组织的线上赛事评审，按次补多少")
    assert per_session.amount_yuan == 300


def test_a_total_of_the_answers_the_message_names(talk: Talk) -> None:
    *_, named = talk(
        "我是街道就业办的，我们零工市场去年验收通过了，今年还能拨经费吗，多少",
        "公益性岗位上岗人员有15个，街道绩效补贴最多一共多少",
        "社区那边今年新认定了两个市级高质量就业社区",
        "零工市场和这两个社区加起来多少",
    )
    assert named.amount_yuan == 150000 + 80000  # not the posts' 54000
    *_, mine = talk(
        "我是社区书记，我们社区评上高质量就业社区了，有多少钱",
        "区级，今年新认定的",
        "隔壁社区是今年新认定的国家级，他们能拿多少",
        "回到我们社区，我们的就业创业服务中心区人社局备案了，一年最多补多少",
        "我们社区高质量社区奖补加服务中心补贴，最多一共多少",
    )
    assert mine.amount_yuan == 10000 + 150000  # our community's, not the neighbour's


def test_a_corrected_level_count_and_a_part_asked_about(talk: Talk) -> None:
    *_, fixed = talk(
        "我是区导师库导师，参加了人社局组织的几场宣讲，有补贴吗",
        "线下三场",
        "还有两场线上的，一共多少",
        "我之前说线下三场记错了，是四场",
    )
    assert fixed.amount_yuan == 4 * 1000 + 2 * 300
    *_, part = talk("我是大师工作室领衔人，参加区人社局组织的专业活动，能拿多少补贴", "6", "其中有两次是线上的，也算吗")
    assert part.amount_yuan == 6000  # (十一) pays sessions alike, online or not


def test_a_correction_of_an_earlier_question_goes_back_to_it(talk: Talk) -> None:
    *_, fixed, total = talk(
        "我们社区今年新认定为省级高质量就业社区，奖补多少",
        "社区的就业创业服务中心也在区人社局备案了，一年最多补多少",
        "哎呀 我一开始说错了 社区评的是市级，不是省级",
        "那高质量社区奖补和服务中心补贴加起来最多多少",
    )
    assert (fixed.clauses, fixed.amount_yuan) == (("2",), 40000)
    assert total.amount_yuan == 40000 + 150000
    *_, recount = talk(
        "我是街道就业办的，我们零工市场去年验收通过了，今年还能拨经费吗，多少",
        "公益性岗位上岗人员有15个，街道绩效补贴最多一共多少",
        "社区那边今年新认定了两个市级高质量就业社区",
        "我刚才说公益性岗位15个，核了一下其实是12个",
    )
    assert (recount.clauses, recount.amount_yuan) == (("8",), 12 * 3600)


def test_an_amount_pointed_back_at_resumes_its_question(talk: Talk) -> None:
    *_, who = talk(
        "我是公司HR，我们有位师傅今年入选浙江工匠，公司能拿多少",
        "公司也是人社认定的职业技能等级认定试点单位，今年新增培养技能人才140人次",
        "工匠那2万是打给公司还是给他本人",
    )
    assert who.clauses == ("12",)  # (十)'s text names 工匠 too, but the 2万 was (十二)'s answer


def test_a_figure_counted_by_level_is_no_head_count_of_another_clause(talk: Talk) -> None:
    (reply,) = talk("我们工作室组织本区户籍大学生培训，8个人拿了专项能力证书")
    assert (reply.clauses, reply.amount_yuan) == (("9",), 8 * 300)


def test_a_level_corrected_after_moving_on_goes_back(talk: Talk) -> None:
    *_, fixed = talk(
        "我们街道今年有5个社区新认定了高质量就业社区，我想算个总数",
        "国家级1个，省级1个，区级3个",
        "这5个社区的就业创业服务中心都备案了，每个最多补多少",
        "街道本身一年最多呢",
        "其实省级那个是市级，我刚搞错了",
    )
    assert (fixed.clauses, fixed.amount_yuan) == (("2",), 100000 + 40000 + 3 * 10000)


def test_a_figure_only_an_earlier_question_has_goes_back_to_it(talk: Talk) -> None:
    *_, more = talk(
        "我们公司今年招了八十个本区户籍的，都稳定，能拿多少",
        "另外有个员工入选了浙江工匠，公司一共能拿多少",
        "如果本区户籍的再多招20个呢",
    )
    # not twenty 浙江工匠: 100 hires (100000), in the total asked just before (+ 20000)
    assert (more.clauses, more.amount_yuan) == (("4", "12"), 120000) and "10万元" in more.text


def test_a_phrase_both_clauses_share_goes_on_with_the_one_before(talk: Talk) -> None:
    """评审 is （五）'s and （十一）'s word; said right after 领衔人, it is the leader's session."""
    (reply,) = talk(
        "我是大师工作室领衔人，参加区人社局组织的评审一次，另外以区导师库导师身份线上做了两场人社局组织的职业指导，一共多少"
    )
    assert (reply.clauses, reply.amount_yuan) == (("11", "5"), 1000 + 2 * 300)
