"""Classes of mistakes found by evaluation set 10 (dialogues written from the policy by a helper
who never read the engine), each pinned by a message of its own kind."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_sum_quoted_after_a_prize_is_not_a_head_count(talk: Talk) -> None:
    """ "一等奖奖两千，是真的吗": 两千 is the prize quoted (it was read as 2,000 winners)."""
    (reply,) = talk("听说区级职业技能竞赛一等奖奖两千，是真的吗？我拿的是一等奖第2名")
    assert reply.amount_yuan == 2000
    (joined,) = talk("初级工 二十 中级工十 高级工有五个 备案机构 失业人员")
    assert joined.amount_yuan == 20 * 500 + 10 * 500 + 5 * 1000


def test_relative_what_ifs_double_or_take_off(talk: Talk) -> None:
    *_, more, double = talk(
        "我是滨江一家企业的HR，我们今年招了一批本区户籍的员工，都稳定在岗，能拿多少",
        "七十个",
        "再多5个呢",
        "要是翻一倍呢",
    )
    assert (more.amount_yuan, double.amount_yuan) == (75000, 150000)  # 75, then 150
    *_, capped, fewer = talk(
        "我们是一家民办非企，已经在人社部门备案了，打算给本区户籍大学生做职业技能培训，有补贴吗",
        "45个人",
        "培训两天",
        "要是办4天呢",
        "少5个人呢",
    )
    assert (capped.amount_yuan, fewer.amount_yuan) == (27000, 24000)  # 45 × 3 days, then 40 × 3
    *_, heads = talk(
        "我们企业为本区户籍大学生提供就业创业服务，已经备案，能补多少",
        "三天，30人",
        "要是办5天能多拿吗",
        "人数翻一倍呢",
    )
    assert heads.amount_yuan == 60 * 3 * 200  # the head count doubled, not the days asked about last


def test_a_total_given_where_counts_by_kind_were_asked_is_kept(talk: Talk) -> None:
    """ "3场" to "几次线上、几次线下" was "没能识别"; it is kept and the kind asked, so "线下的"
    next is three offline sessions."""
    _, kept, offline, more = talk(
        "我是区就业创业导师库里的导师，这个月参加了人社局组织的几场职业指导，能补多少",
        "3场",
        "线下的",
        "再加2场线上的呢",
    )
    assert kept.kind == "ask" and "一共3" in kept.text
    assert (offline.amount_yuan, more.amount_yuan) == (3000, 3600)
    *_, level = talk("我们培训机构已经在人社部门备案了，组织区内失业人员做了技能培训", "拿证的有二十五个", "中级工")
    assert level.amount_yuan == 25 * 500


def test_recognised_years_ago_is_not_new(talk: Talk) -> None:
    (studio,) = talk("我们工作室2019年就被认定为区级技能大师工作室了，今年还能领10万建室补助吗")
    assert studio.amount_yuan == 0 and studio.eligible is False
    (community,) = talk("我们社区早几年就被认定为区级高质量就业社区了，现在还能领奖补吗")
    assert community.eligible is False


def test_wordings_of_eval10(talk: Talk) -> None:
    (hires,) = talk("我们企业招用本区户籍人员稳定就业，人数是60，奖补多少")
    assert hires.amount_yuan == 50000  # "人数是60": the cue, 是, the figure
    (staff,) = talk("备案机构给本区户籍的在职职工培训，拿了中级工证，机构有培训认定补贴吗")
    assert staff.eligible is False  # in-service staff are not a listed group
    (day,) = talk("今天星期几")
    assert day.kind == "fallback"
    *_, organised = talk("我是导师库的导师，参加了学校自己组织的线下职业指导2次，能补吗", "那要是人力社保局组织的呢")
    assert organised.amount_yuan == 2000


def test_a_colleagues_level_is_their_own_answer_on_the_same_clause(talk: Talk) -> None:
    """ "我另一个同事是五级" during （六）: 五级 is one of （六）'s own levels (no sign of （九）), and
    the colleague's certificate replaces the asker's figures rather than adding to them."""
    _, colleague, what_if = talk(
        "我在区就业管理服务中心上班，拿了职业指导师四级证，有补贴吗", "我另一个同事是五级", "一级呢"
    )
    assert colleague.clauses == ("6",) and colleague.amount_yuan == 1000
    assert what_if.amount_yuan == 3000
    *_, both = talk("我是职业指导师技师，在街道做公共就业服务，能拿多少", "再加一个初级工的同事呢")
    assert both.amount_yuan == 2500 + 1000  # 再加: added, not replaced


def test_where_to_register_stays_on_the_clause(talk: Talk) -> None:
    *_, where, after = talk(
        "我们培训学校组织灵活就业人员培训，20人拿到高级工证书，能补多少",
        "还没备案",
        "那去备案要找哪个部门",
        "备案以后同样情况能拿多少",
    )
    assert where.clauses == ("9",) and "人力社保部门备案" in where.text
    assert after.amount_yuan == 20000


def test_a_what_if_on_the_other_track_replaces_it(talk: Talk) -> None:
    """ "那如果是普通技能人才120人次呢" after 高技能人才: 120 技能人才 instead (the 高技能 figure goes
    back to its default), not 120 高技能人才 and not both."""
    *_, other = talk("我们是试点单位，今年新增高技能人才58人次", "少10个呢", "那如果是普通技能人才120人次呢")
    assert other.amount_yuan == 60000
    *_, back = talk("我们是人社认定的技能等级认定试点单位 今年新培养了130人次", "要是这130人次都是高技能人才呢")
    assert back.amount_yuan == 130000


def test_per_person_after_a_head_count_is_for_one_and_keeps_the_count(talk: Talk) -> None:
    *_, total, each, again = talk(
        "我们街道有公益性岗位，上岗人员的绩效补贴怎么发", "一共有15个人，一年最多发多少", "每个人最多多少", "那一共呢"
    )
    assert (total.amount_yuan, each.amount_yuan, again.amount_yuan) == (54000, 3600, 54000)
    assert each.clauses == ("8",) and each.benefits == ("performance",)


def test_how_much_right_after_an_answer_restates_it(talk: Talk) -> None:
    """ "能拿多少" after the studio's answer: that answer, not a menu of the clause's benefits."""
    first, again = talk("我们公司刚被认定为区级技能大师工作室", "能拿多少")
    assert first.amount_yuan == again.amount_yuan == 100000 and again.kind == "answer"


def test_two_clauses_are_answered_in_the_order_their_own_words_come(talk: Talk) -> None:
    """社区 is a word of （一） and （二）: the order comes from 高质量就业社区 and 就业创业服务中心."""
    (reply,) = talk("社区新认定为国家级高质量就业社区，社区就业创业服务中心也备案了，今年两块最多能拿多少")
    assert reply.clauses == ("2", "1") and reply.amount_yuan == 100000 + 150000


def test_who_pays_asked_as_x_or_y(talk: Talk) -> None:
    *_, who = talk("我是街道的，公益性岗位人员每年的绩效补贴上限是多少", "我们有八个人", "是街道发还是区里发")
    assert who.kind == "answer" and who.clauses == ("8",)


def test_a_company_elsewhere_asking_for_the_subsidy_is_refused(talk: Talk) -> None:
    """ "能申请家燕回巢补贴吗" names money: between the students' free place and the organisers'
    subsidy, the subsidy, which a company in 拱墅 cannot get."""
    (reply,) = talk("我们公司在拱墅 给滨江户籍的大学生做就业培训 能申请家燕回巢补贴吗")
    assert reply.clauses == ("7",) and reply.amount_yuan == 0 and reply.eligible is False


def test_still_more_adds_and_a_rate_asked_per_session(talk: Talk) -> None:
    """ "还有2个是高级工" adds two (it is not "有2个是", two of the four); "线上的一次多少" is the rate."""
    *_, total = talk(
        "街道公共就业服务岗位上的同事考证有补贴吗", "我们有4个人考了劳动保障协理员中级工", "还有2个是高级工", "一共多少"
    )
    assert total.amount_yuan == 4 * 1500 + 2 * 2000
    *_, rate = talk(
        "我是导师库的导师，参加了学校自己组织的线下职业指导2次，能补吗", "那要是人力社保局组织的呢", "线上的一次多少"
    )
    assert rate.amount_yuan == 300
