"""Seventeenth session: readings found by eval57's long messages and the blind sets eval60–62,
each written with its own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_the_part_pointed_at_is_the_recipient_asked_about(talk: Talk) -> None:
    """ "…零工市场在建…街道这块一年最多多少": several of （一）'s recipients are named, and the one
    followed by 这块 (lexicon ``block_pointer_words``) is the one asked about, not the market that
    is still being built."""
    (reply,) = talk("我们街道考核是良好 零工市场今年刚开工还没建好 那街道这块一年最多能给多少")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("1",), 500000, True)


def test_the_local_group_named_again_with_its_leavers_is_not_counted_twice(talk: Talk) -> None:
    """ "其中本区户籍60人…本区户籍60人里有5个走了": the second 60 is the same group, and the five
    who left are a part of it: 55 count, not 120."""
    (reply,) = talk("公司在滨江 今年招了130人 其中本区户籍60人 外地的70人 本区户籍60人里有5个已经走了 奖补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("4",), 50000)


def test_one_more_group_said_no_leaves_out_that_group_only(talk: Talk) -> None:
    """ "区人社局组织的…另外一家公司请我去讲了3次": the company's sessions are not （五）'s, but the
    bureau's sessions still are; the reply says which were left out."""
    (reply,) = talk("导师库导师 区人社局组织的线下指导2次 线上咨询3次 另外一家公司请我去讲了3次 补贴总共多少")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("5",), 2900, True)
    assert "未计入" in reply.text and "一家公司请我去讲了3次" in reply.text


def test_one_more_person_said_no_is_left_out_of_the_levels(talk: Talk) -> None:
    """ "另外一个私企HR也考了高级工": a person outside public employment service, added to the
    ones inside it, is left out of the level counts, not paid and not refusing the others."""
    (reply,) = talk("社区就业服务站2个人考了中级工 都在站里做公共就业服务 另外一个私企HR也考了高级工 一共补贴多少")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("6",), 3000, True)


def test_the_first_n_of_a_list_point_at_people_not_a_count(talk: Talk) -> None:
    """ "前两个都在街道…": the first two of a numbered list, not two more of the last level named."""
    (reply,) = talk(
        "1. 小王 职业指导师 技师 2. 小刘 劳动关系协调员 中级工 3. 小孙 也考了企业人力资源管理师三级 但他在私企做HR。"
        "前两个都在街道做公共就业服务 能补多少"
    )
    assert (reply.clauses[:1], reply.amount_yuan) == (("6",), 4000)


def test_people_from_elsewhere_are_beside_the_local_hires_not_among_them(talk: Talk) -> None:
    """ "本区户籍招了100个 其中辞职6个 外省的35个": the six who quit are of the hundred, the 35 from
    another province are beside them (slot ``beside_cues``): 94 count, not 59."""
    (reply,) = talk("滨江的企业 本区户籍招了100个 其中辞职6个 外省的35个 吸纳就业奖补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("4",), 75000)
    assert "人数94人" in reply.text and "辞职6人" in reply.text and "外省35人" in reply.text


def test_leavers_said_after_the_local_hires_are_of_them(talk: Talk) -> None:
    """ "本区户籍的招了120个 后来走了25个": those who left, said after the local ones, are of them
    (not "另外还有…", a group beside)."""
    (reply,) = talk("公司在滨江 本区户籍的招了120个 后来走了25个 能拿多少")
    assert reply.amount_yuan == 75000 and "人数95人" in reply.text


def test_the_leavers_said_again_replace_the_ones_before(talk: Talk) -> None:
    """ "走的其实是20个 不是5个", "要是走的只有2个呢", "按实际的": the part left out said again with
    the same words takes the place of the one before, for good or for the turn; "又补招了…" adds."""
    replies = talk(
        "滨江企业 本区户籍新招85个 其中走了5个 外地的30个 奖补多少",
        "不好意思 走了的其实是20个 不是5个",
        "要是走了的只有2个呢",
        "那按实际的呢",
        "年底又补招了本区户籍的十个 现在多少",
    )
    assert [r.amount_yuan for r in replies] == [75000, 50000, 75000, 50000, 75000]
    assert "65人" in replies[1].text and "83人" in replies[2].text and "75人" in replies[4].text


def test_the_people_counted_in_all_are_no_count_of_the_last_level(talk: Talk) -> None:
    """ "我侄子二等奖 我外甥一等奖 两人奖金一共多少": two people of two levels, not two first prizes;
    "还有我表妹…三等奖 三个人一共呢" adds one; "我外甥是三等奖 不是一等奖" moves his alone."""
    replies = talk(
        "帮亲戚问问 我侄子区级技能竞赛二等奖 我外甥区级一等奖 两人奖金一共多少",
        "还有我表妹 也是区级比赛 三等奖 三个人一共呢",
        "更正 我外甥是三等奖 不是一等奖",
    )
    assert [r.amount_yuan for r in replies] == [3500, 4500, 3500]


def test_a_list_numbered_line_by_line_counts_one_community_an_item(talk: Talk) -> None:
    """Items numbered bare at each line's start ("1 东冠社区 新认定省级"), with no figure: one
    community an item at its level; the one recognised two years ago and already paid is left out
    (its "no" is its item's, not the others')."""
    (reply,) = talk(
        "街道报一下今年高质量就业社区\n1 东冠社区 新认定省级\n2 江三社区 新认定区级\n"
        "3 滨和社区 前年就认定市级了 奖补当时拿了\n这批一次性奖补一共多少"
    )
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("2",), 60000, True)
    assert "滨和社区" in reply.text


def test_a_whole_then_items_without_figures_counts_one_holder_an_item(talk: Talk) -> None:
    """ "三名工作人员 1…高级技师 2…高级技师 3…高级工": the three is everyone, each item one holder,
    not three of the first level."""
    (reply,) = talk("街道就业服务站三名工作人员 1劳动保障协理员高级技师 2创业指导师高级技师 3职业指导师中级工 合计多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("6",), 7500)


def test_people_told_apart_by_letters_count_one_a_letter(talk: Talk) -> None:
    """ "五个人 A…技师 B…初级工 C…高级工 D没考过 E没考过": lettered people, one an item, those
    without a certificate not counted (not five of the first level)."""
    (reply,) = talk(
        "服务站五个人 A职业指导师技师 B创业指导师初级工 C劳动保障协理员高级工 D没考过 E没考过 "
        "都在街道做公共就业服务 一共多少"
    )
    assert (reply.clauses[:1], reply.amount_yuan) == (("6",), 5500)


def test_the_same_head_count_in_the_question_is_not_added_again(talk: Talk) -> None:
    """ "上岗人员9个…9个人一年最多一共": the nine said again in the question, not eighteen."""
    (reply,) = talk("街道公益性岗位上岗人员9个 绩效补贴 9个人一年最多一共发多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("8",), 32400)


def test_several_groups_then_one_level_for_all(talk: Talk) -> None:
    """ "灵活就业人员12人 企业在职员工5人 转业复退军人4人 都考了高级工": one level said of every group,
    the group （九） does not list left out (16 × 1000), and named in the note."""
    (reply,) = talk("人社备案的培训学校 这期 灵活就业人员12人 企业在职员工5人 转业复退军人4人 都考了高级工 补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("9",), 16000)
    assert "在职员工5人" in reply.text and "4人" not in reply.text.split("计算过程")[0]


def test_one_level_then_each_group_labelled(talk: Talk) -> None:
    """ "专项能力证书考出来的 失业人员14个 脱贫人口6个": the level first, each group after it."""
    (reply,) = talk("备案机构 专项能力证书考出来的 失业人员14个 脱贫人口6个 补多少")
    assert reply.amount_yuan == 6000


def test_a_word_of_passing_joins_a_level_and_its_figure(talk: Talk) -> None:
    """ "初级工合格十五 高级工通过六": each level's figure after 合格 / 通过."""
    (reply,) = talk("备案机构 学员都是失业人员 初级工合格十五 高级工通过六 不合格四 一共补多少")
    assert reply.amount_yuan == 13500


def test_the_unemployed_of_another_district_are_not_the_districts(talk: Talk) -> None:
    """ "区内失业人员15个 西湖那边登记失业的6个 都考了中级工": the six are not 区内失业人员."""
    (reply,) = talk("备案机构 学员 区内失业人员15个 西湖那边登记失业的6个 都考了中级工 补多少")
    assert reply.amount_yuan == 7500


def test_a_colleagues_sessions_are_his_own_and_we_two_add_up(talk: Talk) -> None:
    """ "帮我和同事一起问 我参加…线下两次线上四次": the asker's figures (lexicon ``self_doing_words``);
    "同事小王是线上三次" is the colleague's own counts, not added to the asker's; "我俩一共" adds
    the two answers; the asker's correction moves the total."""
    replies = talk(
        "我在区导师库里 帮我和同事一起问 我参加区人社局组织的职业指导 线下两次线上四次 补多少",
        "同事小王是线上三次",
        "我俩一共",
        "更正 我线下是一次 我俩一共呢",
    )
    assert [r.amount_yuan for r in replies] == [3200, 900, 4100, 3100]


def test_people_called_by_surname_and_a_kin_word_are_persons(talk: Talk) -> None:
    """ "张阿姨…", "还有个刘叔…": each a person of their own (lexicon ``name_suffix_words``), so
    "他俩一共" adds one answer of each, and "要是刘叔是高级技师 他俩一共" changes his alone; "他俩"
    is who, not two holders of the level."""
    replies = talk(
        "我是社区专干 帮居民问 张阿姨在社区就业服务站上班 拿了劳动保障协理员初级工证 补多少",
        "不对 她是中级工",
        "还有个刘叔 在区人社局窗口做公共就业服务 拿的创业指导师技师 他多少",
        "他俩一共多少",
        "要是刘叔是高级技师 他俩一共多少",
    )
    assert [r.amount_yuan for r in replies] == [1000, 1500, 2500, 4000, 4500]


def test_a_pilot_not_yet_recognised_is_not_paid(talk: Talk) -> None:
    """ "试点单位还没认定下来": （十） pays pilot units the department recognised; not yet is no."""
    (reply,) = talk("我们厂试点还没批下来 今年新增技能人才160人次 有奖励吗")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("10",), 0, False)


def test_one_more_prize_that_pays_nothing_is_answered_for_itself(talk: Talk) -> None:
    """ "还有个鼓励奖的 有奖金吗": that one gets nothing (0, no) and the others' sum stays."""
    first, more, total = talk(
        "公司员工参加区级职业技能竞赛 一等奖两个 三等奖一个 奖金一共多少", "还有个鼓励奖的 有奖金吗", "一共多少"
    )
    assert first.amount_yuan == 5000
    assert (more.amount_yuan, more.eligible) == (0, False)
    assert total.amount_yuan == 5000


def test_another_districts_standard_compared_with_ours_is_theirs(talk: Talk) -> None:
    """ "上城区…跟滨江一样吗": ours named only to compare (lexicon ``compared_home_words``)."""
    (reply,) = talk("上城区的公司招本地人 吸纳就业奖补标准跟滨江一样吗")
    assert reply.kind == "fallback"


def test_taxes_licences_school_places_and_contribution_rates_are_not_this_policys(talk: Talk) -> None:
    """Near misses that share words with clauses (招用, 培训学校, 社保): the other matter asked."""
    for text in (
        "招用脱贫人口 企业税收能减多少",
        "职业培训学校的办学许可证去哪办",
        "新员工孩子上学积分怎么算",
        "公益性岗位的人社保单位交多少比例",
    ):
        (reply,) = talk(text)
        assert reply.kind == "fallback", text


def test_a_what_if_wage_is_no_count_of_posts(talk: Talk) -> None:
    """ "要是最低工资调到2600呢" after six posts: the wage changes, the six stay (not 2,600 posts)."""
    *_, after = talk(
        "物业公司承接公益性岗位 区里配套怎么算",
        "最低工资按2280算 承接了4个岗位 一个月一共多少",
        "要是最低工资调到2600呢",
    )
    assert after.amount_yuan == 5720


def test_words_ending_in_de_before_the_next_figure_describe_that_one(talk: Talk) -> None:
    """ "本区户籍的40个外地的10个": 外地的 is the ten's, not the forty's."""
    (reply,) = talk("备案企业办了一天就业指导活动 来了50个学生 本区户籍的40个外地的10个 最多能报多少")
    assert reply.amount_yuan == 8000


def test_not_the_recognised_pilot_said_in_full_is_no(talk: Talk) -> None:
    """ "不是等级认定试点单位": the pilot's full name denied."""
    (reply,) = talk("我们不是等级认定试点单位 今年新培养了120个技能人才 有奖励吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_trainee_asking_whether_the_money_is_theirs_is_told_no(talk: Talk) -> None:
    """ "那五百块是给我的吗": （九） pays the institution, so no (0) for the trainee."""
    (reply,) = talk("我是培训学校的学员 失业的 考了中级工 那五百块是给我的吗")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("9",), 0, False)


def test_trainees_all_outside_the_groups_with_a_rate_asked_are_not_paid(talk: Talk) -> None:
    """ "学员全是…在职员工…能一人拿一千吗": the rate asked per person is no part of the people;
    everyone is outside （九）'s groups, so nothing."""
    (reply,) = talk("学员全是本市公司的在职员工 考了高级工 机构能一人拿一千吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_year_written_in_figure_words(talk: Talk) -> None:
    """ "一八年毕业的": 2018, more than two years ago by today, so not 家燕回巢's free activities."""
    (reply,) = talk("我弟本区户籍 一八年毕业的 一直没工作 他能免费参加区人社局的活动吗")
    assert (reply.clauses[:1], reply.eligible) == (("7",), False)


def test_a_parent_asking_whether_the_organisers_money_is_the_childs(talk: Talk) -> None:
    """ "那个一天200是给我儿子的吗": （七）'s 200 a day goes to the organiser, not the student."""
    (reply,) = talk("我儿子参加了区内一家企业办的家燕回巢活动 两天 企业备案了 那个一天200是给我儿子的吗")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("7",), 0, False)


def test_a_couple_is_two_people(talk: Talk) -> None:
    """ "两口子都在公益性岗位…加起来最多": two posts' performance pay (lexicon ``couple_words``)."""
    (reply,) = talk("我们两口子都在社区公益性岗位 都是认定的就业困难人员 绩效补贴加起来一年最多多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("8",), 7200)


def test_siblings_named_as_a_pair_are_the_people_not_a_count(talk: Talk) -> None:
    """ "我姐区级竞赛二等奖 我一等奖 姐妹俩加一块多少": two people, not two first prizes."""
    (reply,) = talk("我姐区级竞赛二等奖 我一等奖 姐妹俩加一块多少")
    assert reply.amount_yuan == 3500


def test_one_students_amount_keeps_the_days_said(talk: Talk) -> None:
    """ "办了四天 一个学生最多补多少": one student over the days said (capped at three), not one day."""
    (reply,) = talk("备案企业给本区户籍大学生办培训 办了四天 一个学生最多补多少钱")
    assert reply.amount_yuan == 600


def test_one_said_by_a_pronoun_beside_the_asker_is_corrected_alone(talk: Talk) -> None:
    """ "我二等奖 她三等奖", then "更正 她是一等奖": hers moves, mine stays (2000 + 1500)."""
    *_, both, fixed = talk(
        "我和我妻子都参加了区级职业技能竞赛 有奖金吗", "我二等奖 她三等奖 一共多少", "更正 她是一等奖"
    )
    assert (both.amount_yuan, fixed.amount_yuan) == (2500, 3500)


def test_no_job_found_yet_is_not_employed(talk: Talk) -> None:
    """ "工作还没着落": a graduate still without work, for 家燕回巢's free activities."""
    (reply,) = talk("儿子今年毕业的 本区户口 工作还没着落 区人社的培训能免费去吗")
    assert (reply.clauses[:1], reply.eligible) == (("7",), True)


def test_a_level_passed_then_its_figure_after_a_whole(talk: Talk) -> None:
    """ "学员四十人 初级工过了二十 高级工八个 剩下十二个没过": the forty is everyone, each level has
    its own figure after a word of passing."""
    (reply,) = talk("备案的培训学校 失业人员学员四十人 初级工过了二十 高级工八个 剩下十二个没过 补贴总共多少")
    assert reply.amount_yuan == 18000


def test_sessions_each_of_several_mentors_gave(talk: Talk) -> None:
    """ "4个导师…每人三次": twelve sessions (lexicon ``per_group_words``, ``group_unit_words``)."""
    (reply,) = talk("我们组织有4个导师在区导师库 参加区人社局组织的线上职业指导 每人三次 补多少")
    assert reply.amount_yuan == 3600


def test_the_leavers_said_again_in_other_words(talk: Talk) -> None:
    """ "其中有十个已经离职了", then "如果只走了五个呢": the same part, in other words (not people
    from elsewhere said before, who stay beside)."""
    replies = talk(
        "公司在滨江 今年招了本区户籍的八十个 都稳定 奖补多少",
        "哦不对 其中有十个已经离职了",
        "如果只走了五个呢",
        "按实际的",
    )
    assert [r.amount_yuan for r in replies] == [75000, 50000, 75000, 50000]
    assert "人数75人" in replies[2].text and "人数70人" in replies[3].text


def test_another_regions_firm_hiring_its_own_people_is_theirs(talk: Talk) -> None:
    """ "临平区企业招本区户籍员工": 本区 is 临平's own there, so another region's policy."""
    (reply,) = talk("临平区企业招本区户籍员工有奖补吗")
    assert reply.kind == "fallback"


def test_more_near_misses_are_not_this_policys(talk: Talk) -> None:
    """残保金, 见习基地, 实习补贴, paying one's own social insurance."""
    for text in ("残保金怎么交", "就业见习基地怎么申报", "孩子暑假去实习 实习有补贴吗", "失业了社保自己怎么交"):
        (reply,) = talk(text)
        assert reply.kind == "fallback", text


def test_more_added_in_a_follow_up_count(talk: Talk) -> None:
    """ "又去了两次", "还多了三十人次", "漏算了两个": added to the count before (not "漏了一个车间
    应该是…", a correction of the whole)."""
    *_, sessions = talk(
        "工作室领衔人 参加区人社局组织的培训 今年去了四次 补多少", "又去了两次评审 也是区人社局的 现在一共"
    )
    assert sessions.amount_yuan == 6000
    *_, talents = talk(
        "我们是人社认定的等级认定试点单位 今年新增技能人才110人次", "又统计了一下 还多了三十人次 现在多少"
    )
    assert talents.amount_yuan == 70000
    *_, hires = talk("滨江企业 本区户籍稳定就业49个 有奖吗", "漏算了两个 也是本区户籍稳定就业的")
    assert hires.amount_yuan == 50000


def test_one_named_without_a_figure_stays_one_when_more_are_added_in_all(talk: Talk) -> None:
    """ "有个社区新认定为省级", then "还有两个区级的 合起来多少": 50,000 + 2 × 10,000."""
    *_, both = talk("街道的 今年有个社区新认定为省级高质量就业社区 奖多少", "还有两个区级的 也是今年新认定 合起来多少")
    assert both.amount_yuan == 70000


def test_how_much_more_on_top_is_no_difference_with_the_answer_before(talk: Talk) -> None:
    """ "单位能多拿多少" after a prize: the unit's 20,000 on top, not 20,000 less the prize."""
    *_, unit = talk("女儿在区级职业技能竞赛拿了二等奖 奖多少", "她单位师傅入选浙江工匠 单位能多拿多少")
    assert unit.amount_yuan == 20000


def test_another_policys_matter_in_the_middle_of_a_conversation(talk: Talk) -> None:
    """Mid-dialogue near misses: 失业金 asked with 能领…不, 生活费, 公积金比例, a studio's taxes."""
    *_, dole = talk("我弟本区户籍 去年毕业 还没工作 能免费参加家燕回巢吗", "他现在能领失业金不")
    assert dole.kind == "fallback"
    *_, living = talk("备案机构 失业人员10个考了中级工 补多少", "学员培训期间有没有生活费补贴")
    assert living.kind == "fallback"
    *_, fund = talk("物业公司承接了3个公益性岗位 最低工资2280 区里每月配套多少", "物业公司员工公积金比例最低多少")
    assert fund.kind == "fallback"


def test_a_count_said_again_before_the_adding_word_is_not_added(talk: Talk) -> None:
    """ "还是按两天 不过又多报名了8个学生": the two days said again, the eight added (20 + 8)."""
    *_, after = talk(
        "我们是滨江的企业 已经在人社部门备案 给本区户籍大学生办就业培训 20个学生 办两天 最多能申报多少",
        "要是办四天呢",
        "还是按两天 不过又多报名了8个学生 也都是滨江户籍 最多多少",
    )
    assert after.amount_yuan == 11200


def test_one_more_session_left_out_before_is_added(talk: Talk) -> None:
    """ "还漏了一次线下的…": one more offline session (lexicon ``more_words``)."""
    *_, after = talk(
        "我是区导师库的导师 这个月区人社局组织的线上咨询3次 线下宣讲1次", "哦还漏了一次线下的赛事评审 现在一共多少"
    )
    assert after.amount_yuan == 2900


def test_some_who_left_come_off_the_head_count(talk: Talk) -> None:
    """ "哦走了俩 现在呢" after seven on posts: five (lexicon ``fewer_words``)."""
    *_, after = talk("公益性岗位的绩效补贴 街道发 我们有6个上岗人员 一年最多一共多少", "哦走了俩 现在呢")
    assert after.amount_yuan == 14400


def test_a_rough_figure_then_the_exact_one(talk: Talk) -> None:
    """ "二十来次吧 具体22次": the exact figure after the rough one (lexicon ``restate_words``)."""
    *_, after = talk("导师补贴", "线下 人社组织的 一次多少", "二十来次吧 具体22次")
    assert after.amount_yuan == 22000


def test_lines_of_lettered_communities_are_items(talk: Talk) -> None:
    """Lines "A社区 新认定省级" … "C社区 前年认定的国家级（钱已经拿了）": each line an item, the one
    recognised before left out; "漏了一个 D社区今年也新认定了区级" adds one."""
    first, more = talk(
        "街道报一下今年高质量就业社区\nA社区 新认定省级\nB社区 新认定区级\n"
        "C社区 前年认定的国家级（钱已经拿了）\n今年一共多少",
        "漏了一个 D社区今年也新认定了区级",
    )
    assert (first.amount_yuan, more.amount_yuan) == (60000, 70000)


def test_a_prize_of_another_levels_contest_beside_the_districts_is_left_out(talk: Talk) -> None:
    """ "我哥区级一等奖 我姐区级二等奖 我表弟是市里的比赛三等奖 区里一共": the 市级 prize is not
    （十二）'s; the other two are paid."""
    (reply,) = talk("帮家里问 我哥区级技能竞赛一等奖 我姐区级二等奖 我表弟是市里的比赛三等奖 区里一共奖多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("12",), 3500)


def test_the_stable_ones_said_after_the_hires_are_the_count(talk: Talk) -> None:
    """ "本区户籍招了两百个 稳定就业的一百八十个 其余都离职了": the 180 who stayed (lexicon
    ``only_words``), not 200; "本区户籍稳定就业的40个 脱贫人口20个" stays two groups."""
    (stayed,) = talk("今年本区户籍招了两百个 稳定就业的一百八十个 其余都离职了 奖补多少")
    assert "人数180人" in stayed.text
    (two,) = talk("区内企业 本区户籍稳定就业的40个 对口帮扶地区脱贫人口20个 奖补多少")
    assert two.amount_yuan == 50000


def test_a_pilot_recognised_next_month_as_a_what_if(talk: Talk) -> None:
    """ "试点还没认定下来" (no), then "如果下个月认定下来了呢": the what-if pays."""
    no, then = talk("我们企业试点单位还没认定下来 新增技能人才140人次 能拿奖吗", "如果下个月认定下来了呢 还是140人次")
    assert (no.amount_yuan, then.amount_yuan) == (0, 70000)


def test_the_property_firms_monthly_top_up_per_post(talk: Talk) -> None:
    """ "区配套每月定额多少", "每个月区里配套多少": one post's month (lexicon ``rate_per_unit_words``);
    with the posts said, all of them."""
    (one,) = talk("物业企业的公益性岗位 最低工资按2280算 区配套每月定额多少")
    assert one.amount_yuan == 1254
    (five,) = talk("物业公司承接了5个公益性岗位 最低工资2280 每个月区里配套多少")
    assert five.amount_yuan == 6270
