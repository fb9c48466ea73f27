"""Eighteenth session: readings found by the blind sets eval60 and eval69–74, each written with
its own wording."""

from __future__ import annotations

from datetime import date

from dialogue_fixtures import Talk


def test_one_post_asked_after_the_street_pay_head_count(talk: Talk) -> None:
    """ "每个岗每月区配套多少": one post's monthly share (0.55 × the wage given), not the head
    count of the street's performance pay asked about before."""
    first, second = talk(
        "街道公益岗上岗的有20个 绩效一年最多给多少",
        "物业公司承接的公益岗 最低工资按2280 每个岗每月区配套多少",
    )
    assert first.amount_yuan == 72000  # 20 × 3600, the most the street may pay
    assert (second.clauses[:1], second.amount_yuan) == (("8",), 1254)


def test_the_minimum_wage_figure_itself_is_not_the_policy(talk: Talk) -> None:
    """The policy names the minimum wage as a base but never its figure: asking for it is out of scope."""
    (reply,) = talk("杭州现在的最低工资标准到底是多少钱")
    assert reply.kind == "fallback"


def test_awards_of_named_mentors_are_each_paid(talk: Talk) -> None:
    """ "三个人一共": several mentors' awards are each paid at their own level (区级 none)."""
    (reply,) = talk("我们两个公益导师 一个被评为省级先进个人 一个拿了市里组织的职业指导竞赛奖 两人一共奖励多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("5",), 5000)


def test_one_mentor_with_two_awards_is_paid_once(talk: Talk) -> None:
    """One person's national and provincial awards count once, at the highest."""
    (reply,) = talk("我是公益导师 拿了国家级先进个人 还有个省级竞赛奖 一共多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("5",), 5000)


def test_groups_named_without_a_unit_are_counted(talk: Talk) -> None:
    """ "区内失业人员四十 灵活就业三十": a bare figure after a group's name (slot ``group_words``)
    counts its people; the group the clause does not list is left out, not refusing the others."""
    (reply,) = talk("备案的培训学校 区内失业人员五十 灵活就业二十 本市在职职工十五 都考过初级工 补多少")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("9",), 35000, True)
    assert "在职职工15人" in reply.text


def test_the_whole_before_its_groups_is_not_added_to_them(talk: Talk) -> None:
    """ "这期四十个学员 二十五个是失业的 十五个是本市在职上班的": forty is the class, split into
    two groups; only the unemployed count."""
    (reply,) = talk("我们机构备案过 这期四十个学员 二十五个是失业的 十五个是本市在职上班的 都拿了初级工证 补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("9",), 12500)


def test_the_level_class_split_into_groups_counts_the_listed_ones(talk: Talk) -> None:
    """ "高级工班36人 脱贫人口20人 …在职员工16人": the class's own figure is the whole of its groups."""
    (reply,) = talk("备案机构 这期高级工班36人 脱贫人口20人 企业在职员工16人 全部取证 补贴多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("9",), 20000)


def test_not_registered_refuses_the_figures_beside_it(talk: Talk) -> None:
    """ "还没在人社部门备案 …二十个拿了初级工": 备案 is the organisation's (slot ``of_whole``), so
    its no is not one group's of the figures beside it; and the department may stand between."""
    (reply,) = talk("我们培训学校还没有在区人社部门备案 这期三十个失业人员 二十个拿了初级工 能补吗")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("9",), 0, False)


def test_the_whole_district_is_no_level(talk: Talk) -> None:
    """ "全区就我们一家": a scope, not the 区级 recognition; the 省级 one said is paid."""
    (reply,) = talk("我们社区今年新认定了省级高质量就业社区 全区就我们一家 奖补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("2",), 50000)


def test_never_paid_before_is_a_first_time(talk: Talk) -> None:
    """ "之前没拿过": the 拿过 of "已经拿过" denied, so the one-off award is still due."""
    (reply,) = talk("社区今年新认定成市级高质量就业社区 以前没拿过 一次性奖补多少")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("2",), 40000, True)


def test_the_same_people_asked_about_again_are_not_added(talk: Talk) -> None:
    """ "上岗人员有十个…十个人一年绩效最多发多少": the ten again, in a long question."""
    (reply,) = talk("街道公益性岗位上岗人员有十个 全年在岗 十个人一年绩效补贴最多能发多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("8",), 36000)


def test_bare_figures_after_their_groups_cue(talk: Talk) -> None:
    """ "其中本区户籍三十 外地十": each bare figure is its cue's group; only the local ones count."""
    (reply,) = talk("区内企业备案了 办了两天就业服务活动 来了四十个大学生 其中本区户籍三十 外地十 最多能申报多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("7",), 12000)


def test_a_wage_said_again_is_the_wage_not_the_posts(talk: Talk) -> None:
    """ "不好意思 是两千五" after "最低工资按2400算 一个岗位": the share's base restated (nearer the
    wage held than the one post), not 2,500 posts."""
    replies = talk(
        "物业公司承接的公益性岗位 最低工资按2400算 一个岗位每月补多少", "不好意思 是两千五", "如果按两千六算呢"
    )
    assert [r.amount_yuan for r in replies] == [1320, 1375, 1430]


def test_a_correction_naming_what_was_missed_and_the_new_whole(talk: Talk) -> None:
    """ "更正 漏了十个 是一百一十人次": the figure after 是 is the whole now, not more to add."""
    first, second = talk(
        "我们是职业技能等级认定试点单位 今年新增培养技能人才一百人次 奖多少", "更正 漏了十个 是一百一十人次"
    )
    assert (first.amount_yuan, second.amount_yuan) == (50000, 50000)


def test_back_to_the_facts_after_a_what_if(talk: Talk) -> None:
    """ "回到实际的": the figures as stated before the what-if."""
    replies = talk("认定试点单位 今年新增培养技能人才一百二十人次 奖多少", "要是到一百六十呢", "回到实际的")
    assert [r.amount_yuan for r in replies] == [60000, 80000, 60000]


def test_hires_of_the_district_said_as_ben_qu_de(talk: Talk) -> None:
    """ "七十个本区的 三十个外省的": 本区的 names the local group, the others are beside it."""
    (reply,) = talk("公司在滨江 今年稳定招用的 七十个本区的 三十个外省的 奖补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("4",), 50000)


def test_a_term_typed_in_pinyin(talk: Talk) -> None:
    """ "lingong shichang": the IME left in Latin mode, one letter short; read as 零工市场, so the
    market's 150,000 is answered rather than the street's 500,000."""
    (reply,) = talk("lingong shichang 验收通过了 一年拨给街道多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("1",), 150000)


def test_ime_slips_of_short_terms(talk: Talk) -> None:
    """ "领先人" for 领衔人 (lexicon ``misspellings``)."""
    (reply,) = talk("我是技能大师工作室领先人 参加区人社局组织的培训两次 补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("11",), 2000)


def test_another_benefit_beside_a_strong_clause_word_is_out_of_scope(talk: Talk) -> None:
    """ "学员参加培训期间能不能照样领失业金": 失业金 names another benefit (lexicon
    ``benefit_ending_words``), whatever （九）'s words beside it."""
    (reply,) = talk("培训期间学员还能照样领失业金吗")
    assert reply.kind == "fallback"


def test_a_matter_of_employment_beside_a_clause_word_is_out_of_scope(talk: Talk) -> None:
    """ "公益岗干满一年能转正式工吗": lexicon ``always_outside_words`` decide it."""
    (reply,) = talk("在公益岗干满两年 能不能转为正式工")
    assert reply.kind == "fallback"


def test_an_unmarked_second_question_beside_another_services_one(talk: Talk) -> None:
    """ "失业金能领多久 还有…最多多少": two questions typed without question marks; the one
    outside the policy is said so, the other answered."""
    (reply,) = talk("失业金一般领几个月 还有公益岗绩效补贴每人每年最多多少")
    assert (reply.kind, reply.clauses[:1], reply.amount_yuan) == ("answer", ("8",), 3600)
    assert "失业保险金" in reply.text


def test_one_matter_with_an_unmarked_second_question_is_not_split(talk: Talk) -> None:
    """ "…奖补是多少 还有这个钱是拨给社区还是给街道": one matter; the sum is not doubled."""
    (reply,) = talk("我们社区今年新认定为国家级高质量就业社区 一次性奖补是多少 还有这个钱拨给社区还是街道")
    assert (reply.clauses[:1], reply.amount_yuan) == (("2",), 100000)


def test_registered_with_the_city_not_the_district(talk: Talk) -> None:
    """ "备案是在市人社局备的 没在区人社局备": （一）'s 产业平台 centre must be filed with the district."""
    (reply,) = talk("产业平台就业创业服务中心 是在市人社局备的案 没在区人社局备 每年最高30万能拿吗")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("1",), 0, False)


def test_a_figure_followed_by_within_is_the_whole(talk: Talk) -> None:
    """ "八十个里面走了十个": 走了 describes the ten, not the eighty: seventy count."""
    (reply,) = talk("公司注册在滨江 招了本区户籍的 八十个里面走了十个 吸纳就业奖补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("4",), 50000)


def test_a_place_beside_the_recipient_is_not_the_recipient(talk: Talk) -> None:
    """ "园区边上的社区就业创业服务中心": the community centre, placed by the park."""
    (reply,) = talk("园区旁边的社区就业创业服务中心在区人社局备案了 一年最高多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("1",), 150000)


def test_a_first_recognition_said_as_di_yi_ci(talk: Talk) -> None:
    """ "第一次认定市级": a new recognition."""
    (reply,) = talk("我们社区今年第一次认定为市级高质量就业社区 奖补多少")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("2",), 40000, True)


def test_a_studio_plaque_asks_for_the_founding_grant(talk: Talk) -> None:
    """ "区里今年给我挂了个技能大师工作室的牌子 有啥钱": 挂牌 and 批下来 say the studio was recognised;
    the founding grant is answered rather than the clause's menu."""
    (reply,) = talk("区里今年刚给我们挂了区级技能大师工作室的牌子 有什么钱")
    assert (reply.clauses[:1], reply.amount_yuan) == (("11",), 100000)


def test_professional_titles_are_not_skill_levels(talk: Talk) -> None:
    """ "中级职称": a professional title, outside the policy (not a 中级工 certificate)."""
    (reply,) = talk("中级职称评审怎么申报")
    assert reply.kind == "fallback"


def test_the_increment_of_a_tiered_reward_asked_for_itself(talk: Talk) -> None:
    """ "满50人后 每多招25个再加多少": the step's 2.5万, not the reward of 50 people."""
    (reply,) = talk("招人奖补 满50人以后 每多招二十五个再加多少钱")
    assert (reply.kind, reply.clauses[:1], reply.amount_yuan) == ("answer", ("4",), 25000)
    assert "每增加25人再给予2.5万元奖补" in reply.text


def test_the_increment_quoted_is_no_question_of_it(talk: Talk) -> None:
    """ "按…每多25人加2.5万这么算 能拿多少": the rule quoted, the sum for the hires asked."""
    (reply,) = talk("公司在滨江 今年招用本区户籍稳定就业100人 按每多25人加2.5万这么算 能拿多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("4",), 100000)


def test_those_who_passed_of_those_who_sat(talk: Talk) -> None:
    """ "二十人报考高级工 十五人通过", "报了初级工 过了十八个": the passers are paid for."""
    first, second = (
        talk("备案机构 脱贫人口二十人报考高级工 十五人通过 补多少"),
        talk("备案机构 失业人员三十个报了初级工 过了二十六个 四个没过 补多少"),
    )
    assert (first[0].amount_yuan, second[0].amount_yuan) == (15000, 13000)


def test_introducing_oneself_is_no_payee_question(talk: Talk) -> None:
    """ "我自己是公司hr…总共能拿多少": who the asker is; the company's total is asked."""
    (reply,) = talk("公司在滨江 本区户籍招了一百个都稳定 我自己是公司hr 另外一个员工区级技能竞赛一等奖 总共能拿多少")
    assert reply.amount_yuan == 102000


def test_a_hiring_count_that_falls_short_is_still_asked_about(talk: Talk) -> None:
    """ "招了四十五个本区户籍的 员工…一等奖 还有一个浙江工匠": the 45 are hires (refused, under 50),
    neither prize winners nor craftsmen; the total is 2,000 + 20,000."""
    (reply,) = talk("招了四十五个本区户籍的 员工区级竞赛拿了一等奖 还有一个浙江工匠 一共能拿多少")
    assert reply.amount_yuan == 22000


def test_another_matter_added_with_a_total_sums_the_answers(talk: Talk) -> None:
    """ "另外一个员工区级竞赛一等奖 一共多少" after the hiring reward: the two answers added up."""
    first, second = talk("公司在滨江 本区户籍稳定就业80人 奖补多少", "另外一个员工区级竞赛拿了一等奖 一共多少")
    assert (first.amount_yuan, second.amount_yuan) == (75000, 77000)


def test_a_rough_figure_then_the_exact_one(talk: Talk) -> None:
    """ "走了十几个 具体是13个": the exact figure in the rough one's place (knowledge.text), so 走了
    describes it: 150 − 13 = 137 count."""
    (reply,) = talk("今年招了150个本区户籍的 走了十几个 具体是13个 剩下的都稳定 奖补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("4",), 125000)


def test_prize_levels_run_together(talk: Talk) -> None:
    """ "一二三等奖各拿了一个": one of each."""
    (reply,) = talk("我们单位区级技能竞赛一二三等奖各拿了一个 奖励合计多少")
    assert reply.amount_yuan == 4500


def test_those_who_passed_among_groups_of_one_level(talk: Talk) -> None:
    """ "培训了六十个…考过了五十个 都是中级工": the fifty who passed, not 110."""
    (reply,) = talk("备案机构 培训了六十个灵活就业人员 考过了五十个 都是中级工 补贴多少")
    assert reply.amount_yuan == 25000


def test_a_yes_word_asked_about_is_not_said(talk: Talk) -> None:
    """ "户口西湖区的…算不算本区户籍大学生": 本区户籍 is what is asked; the 户口 said is 西湖区's."""
    (reply,) = talk("我户口上城区的 学校在滨江 算不算本区户籍大学生")
    assert (reply.clauses[:1], reply.eligible) == (("7",), False)


def test_a_two_digit_year_of_leaving_school(talk: Talk) -> None:
    """ "25年毕业": last year, written with two digits, not twenty-five years ago; "二零二二年大学毕业":
    2022, more than two years back."""
    last_year = date.today().year - 1
    recent = talk(f"我{last_year % 100:02d}年毕业 滨江户口 还没工作 家燕回巢活动收费吗")
    older = talk("二零二二年大学毕业 滨江户口 一直没上班 家燕回巢还能参加吗")
    assert (recent[0].clauses[:1], recent[0].eligible) == (("7",), True)
    assert (older[0].clauses[:1], older[0].eligible) == (("7",), False)


def test_graduates_paperwork_is_out_of_scope(talk: Talk) -> None:
    """Files, 报到证, contribution bases: a graduate's paperwork, not the policy's benefits."""
    for question in ("毕业档案放哪里 能托管吗", "报到证现在还要办吗", "我的社保是按最低基数交的吗"):
        (reply,) = talk(question)
        assert reply.kind == "fallback", question


def test_a_postgraduate_student_is_still_asked_about(talk: Talk) -> None:
    """ "在读研": a student the clause covers, unlike "考上研究生有没有奖励"."""
    (reply,) = talk("我滨江户口 在读研 区人社局办的就业培训免费吗")
    assert reply.clauses[:1] == ("7",)


def test_the_matter_asked_first_of_several_told(talk: Talk) -> None:
    """ "…零工市场验收通过了…两个社区新认定省级 一个认定了市级 先问零工市场的经费": the market is
    asked first; the communities said before are answered next without asking again, and a
    correction of one of them stays on them."""
    replies = talk(
        "我是街道就业办的 零工市场今年验收通过了 就一个\n"
        "另外辖区两个社区新认定省级高质量就业社区 一个认定了市级\n先问零工市场的经费每年多少",
        "那三个社区的奖补加起来呢",
        "更正 市级那个其实是区级",
    )
    assert [(r.clauses[:1], r.amount_yuan) for r in replies] == [(("1",), 150000), (("2",), 140000), (("2",), 110000)]


def test_a_level_recognised_said_with_a_verb(talk: Talk) -> None:
    """ "一个认定了市级": 认定 as a verb after the count, not a count of recognitions."""
    (reply,) = talk("辖区有两个社区新认定省级高质量就业社区 一个新认定了市级 奖补一共多少")
    assert reply.amount_yuan == 140000


def test_a_part_of_the_count_held_named_by_its_figure(talk: Talk) -> None:
    """ "哦还有 这四十个里有五个是余杭户口的": five of the forty held are another district's; the
    还有 adds nothing (followup._part_of_held)."""
    replies = talk(
        "区内企业备案了 给本区户籍大学生办创业培训 办了两天 来了四十个人", "哦还有 这四十个里有五个是余杭户口的"
    )
    assert [r.amount_yuan for r in replies] == [16000, 14000]


def test_in_house_recruiting_is_no_public_employment_service(talk: Talk) -> None:
    """ "在公司做企业内部招聘": a company's own HR work, not public employment service."""
    (reply,) = talk("我在公司做企业内部招聘 考了职业指导师二级 能拿证书补贴吗")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("6",), 0, False)


def test_everyday_names_of_training_firms_pilots_and_contests(talk: Talk) -> None:
    """ "我们是做培训的", "公司是认定试点…考出来技师高级工", "在区里比技术拿了奖": （九）, （十）, （十二）."""
    for question, clause in (
        ("我们是做培训的 区里有补贴吗", "9"),
        ("我们公司是认定试点 今年新考出来不少技师 有奖吗", "10"),
        ("我是做数控的 在区里比技术拿了奖", "12"),
    ):
        (reply,) = talk(question)
        assert reply.clauses[:1] == (clause,), question


def test_more_leavers_come_off_the_count(talk: Talk) -> None:
    """ "又走了3个" after "其中有20个离职了": three more of the hires left (lexicon increase_words),
    taken off them, not a batch beside them (followup_side._left_since)."""
    replies = talk("公司在滨江 招了120个本区户籍的 稳定就业 奖补多少", "其中有20个离职了", "又走了3个")
    assert [r.amount_yuan for r in replies] == [100000, 100000, 75000]


def test_an_english_if_is_a_what_if(talk: Talk) -> None:
    """ "if 150个呢" then "ok 按实际的": the what-if, then the facts as stated."""
    replies = talk("公司在滨江 今年本区户籍稳定就业105个 奖补多少", "if 150个呢", "ok 按实际的")
    assert [r.amount_yuan for r in replies] == [100000, 150000, 100000]


def test_a_correction_naming_an_earlier_group_goes_back_to_it(talk: Talk) -> None:
    """ "改一下 本区户籍的其实是一百个" after moving on to a 浙江工匠: the hires are corrected (the
    group named by the hires' include cues), not a hundred craftsmen."""
    replies = talk(
        "我们公司在滨江 今年稳定就业的本区户籍员工九十个 吸纳就业奖补多少",
        "还有个老师傅入选浙江工匠了 区里给单位多少",
        "两项一共多少",
        "改一下 本区户籍的其实是一百个 再算下一共",
    )
    assert [r.amount_yuan for r in replies] == [75000, 20000, 95000, 120000]


def test_the_street_as_the_asker_is_not_the_street_subsidy(talk: Talk) -> None:
    """ "我们街道有两个零工市场都验收通过了 每年一共拨多少": the markets' funds, not the street's own
    assessed subsidy; "…就业服务考核也是优秀 两块加起来": both (lexicon ``street_own_words``)."""
    (markets,) = talk("我们街道有个零工市场验收通过了 每年一共拨多少")
    (both,) = talk("我们街道零工市场过了验收 就业服务考核也是优秀 两块加起来一年最多多少")
    assert (markets.amount_yuan, both.amount_yuan) == (150000, 650000)


def test_small_talk_in_everyday_forms(talk: Talk) -> None:
    """ "谢了", "老師好", "请问这里能咨询就业政策吗": thanks, a greeting and a question about the bot."""
    for message in ("谢了", "老師好", "您好 请问这里能咨询就业政策吗"):
        (reply,) = talk(message)
        assert reply.kind == "help", message


def test_the_district_employment_management_centre_is_public_employment_service(talk: Talk) -> None:
    """ "在区就业管理服务中心上班": public employment service (就业管理服务 is a yes word)."""
    (reply,) = talk("我在区就业管理服务中心上班 拿的是职业指导师技师 能补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("6",), 2500)


def test_a_post_holder_not_yet_certified_then_a_what_if(talk: Talk) -> None:
    """ "招的大叔没去认定就业困难人员" refuses the 物业 share; "要是他去认定了呢" pays one post."""
    first, second = talk(
        "我们物业公司有公益性岗位 招的人没去认定就业困难人员 55%的定额补贴能拿吗",
        "要是他去认定了呢 最低工资按2280 一个岗位一个月多少",
    )
    assert (first.amount_yuan, first.eligible, second.amount_yuan) == (0, False, 1254)


def test_a_leaders_sessions_run_by_the_city_are_left_out_not_refusing_the_rest(talk: Talk) -> None:
    """ "区里人社培训三次 市里评审两次": the city's two are left out (市里 is an exclude cue of the
    sessions), the district's three paid, beside the new studio's grant."""
    (reply,) = talk("工作室新认定区级的 领衔人参加区里人社培训三次 市里评审两次 这些一共补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("11",), 103000)


def test_matters_beside_a_clause_that_are_never_the_policys(talk: Talk) -> None:
    """Work injuries, the staff-education fund, a grid worker's pay, annual inspections and the
    wage's current figure are outside the policy even beside its strong words."""
    for question in (
        "学员在培训的时候把手划伤了 算不算工伤",
        "员工考证的培训费 企业能不能从职工教育经费里列支",
        "社区网格员的工资标准是多少",
        "我们民办非企业单位的年检在哪里办",
        "公益性岗位的阿姨工资按最低工资发 杭州市区现在的月最低工资标准到底是多少",
    ):
        (reply,) = talk(question)
        assert reply.kind == "fallback", question


def test_matters_never_the_policys_mid_dialogue(talk: Talk) -> None:
    """The same words decide in the middle of a conversation on （八）, not only at its start."""
    first, second, third = talk(
        "公益岗上岗人员绩效一年最多多少", "公益岗干满一年能不能转成正式工", "杭州最低工资最新是多少啊"
    )
    assert first.amount_yuan == 3600
    assert (second.kind, third.kind) == ("fallback", "fallback")
