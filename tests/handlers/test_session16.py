"""Sixteenth session: readings found by probing the notes' leftovers and by eval50–51, each
written with its own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_bare_no_certificate_is_a_no_and_a_what_if_level_is_one_turn(talk: Talk) -> None:
    """ "俺没证": （六） pays for a certificate, so there is nothing yet, with what would qualify;
    "要是考出来高级工呢" answers that level for the turn only, and "那现在呢" goes back to the
    facts as stated (lexicon ``as_stated_words``)."""
    none, if_passed, now = talk("在街道就业服务站干了三年 俺没证 有补贴吗", "要是考出来高级工呢", "那现在呢")
    assert (none.clauses[:1], none.amount_yuan, none.eligible) == (("6",), 0, False)
    assert (if_passed.amount_yuan, if_passed.eligible) == (2000, True)
    assert (now.amount_yuan, now.eligible) == (0, False)


def test_the_facts_now_after_a_what_if_on_a_count(talk: Talk) -> None:
    """ "按目前的…合计": after a what-if on the headcount, the count as stated is used again."""
    stated, what_if, actual = talk(
        "我们是滨江的企业 今年招用本区户籍人员并稳定就业的有77个", "假如到了126个呢", "按目前的算是多少"
    )
    assert (stated.amount_yuan, what_if.amount_yuan, actual.amount_yuan) == (75000, 125000, 75000)


def test_a_pair_word_asks_for_both_people_in_the_message_that_adds_the_second(talk: Talk) -> None:
    """ "她是中级工 我们两个加起来多少": the colleague's facts and the pair's total in one message;
    the total is the two people's answers on （六）, not the colleague's alone."""
    mine, both = talk("我在社区就业服务窗口上班 考了高级技师", "搭档也在窗口 她是中级工 我们两个加起来多少")
    assert mine.amount_yuan == 3000
    assert (both.amount_yuan, both.eligible) == (4500, True)


def test_a_session_a_school_invited_the_mentor_to_is_not_the_bureaus(talk: Talk) -> None:
    """ "学校邀请我去…": （五） pays a mentor for sessions the human-resources department organised;
    a school's own invitation is none of those (slot ``hr_organized``)."""
    (reply,) = talk("我在区导师库里 大学邀请我去做了两次线下就业指导 每次能补1000吗")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("5",), 0, False)


def test_all_of_one_level_said_to_be_outside_the_groups_leaves_the_other_level(talk: Talk) -> None:
    """ "技师那4个其实是本省企业的在职职工": every one of that level is out, so that level goes and the
    other level's trainees are still paid; the whole is not refused."""
    *_, after = talk(
        "我们是人社备案的培训机构 学员都是区内失业人员 12个考了初级工",
        "另外4个考出技师了 也是失业的",
        "技师那4个其实是本省企业的在职职工",
    )
    assert (after.amount_yuan, after.eligible) == (6000, True)


def test_colleagues_called_by_surname_are_people_of_their_own(talk: Talk) -> None:
    """ "小刘…他多少", "小陈…她呢": each named colleague is a person of their own, so the total adds
    both certificates to the community's award instead of the last one replacing the first."""
    *_, total = talk(
        "我们社区今年新认定为市级高质量就业社区 奖多少",
        "社区就业服务站的小刘考了创业指导师技师 他多少",
        "小陈是职业指导师初级工 她多少",
        "加起来一共多少",
    )
    assert (total.amount_yuan, total.eligible) == (43500, True)


def test_one_holders_level_corrected_in_a_batch_told_by_name(talk: Talk) -> None:
    """ "老周其实是高级技师" after a batch of three named holders: only his certificate moves to the
    level named (the others keep theirs), and he stays one of the batch, not a new person."""
    batch, corrected = talk(
        "我们街道就业服务站三个人拿证了 老周职业指导师技师 小吴劳动关系协调员高级工 小郑创业指导师初级工 共计多少",
        "老周其实是高级技师",
    )
    assert batch.amount_yuan == 5500  # 2500 + 2000 + 1000
    assert (corrected.amount_yuan, corrected.eligible) == (6000, True)  # 3000 + 2000 + 1000


def test_another_winner_asked_about_alone_is_paid_for_their_own_prize(talk: Talk) -> None:
    """ "还有个选手…拿了二等奖 他能拿多少" after a colleague's prize at a city contest (refused): the
    new winner is a person of their own (lexicon ``other_person_words``), asked about alone
    (``person_asked_words``), so the refused prize is not added to his."""
    refused, his = talk(
        "我们厂有个员工在市级职业技能竞赛拿了一等奖 区里奖励多少",
        "还有个选手在区级职业技能竞赛拿了二等奖 他能拿多少",
    )
    assert (refused.amount_yuan, refused.eligible) == (0, False)
    assert (his.clauses[:1], his.amount_yuan, his.eligible) == (("12",), 1500, True)


def test_a_plan_to_move_is_a_what_if_and_the_present_case_comes_back(talk: Talk) -> None:
    """ "打算把公司迁到滨江…迁过来后招了…" is a plan, kept apart as a what-if; "按现在的情况呢"
    answers the company as it is (registered outside the district: nothing)."""
    now, planned, back = talk(
        "公司注册在西湖区 今年招了本区户籍的90人 都稳定就业 有吸纳就业奖补吗",
        "我们打算把公司迁到滨江 迁过来后招了90个本区户籍的 能拿多少",
        "那按现在的情况呢",
    )
    assert (now.amount_yuan, now.eligible) == (0, False)
    assert (planned.amount_yuan, planned.eligible) == (75000, True)
    assert (back.amount_yuan, back.eligible) == (0, False)


def test_a_difficulty_certification_said_done_afterwards_turns_the_post_eligible(talk: Talk) -> None:
    """ "搞错了 上周已经认定过了": the certification said to be missing is there after all, so the
    performance pay of （八） is answered again (3,600 a year at most)."""
    refused, _, most = talk(
        "我在街道公益性岗位上班 还没做就业困难人员认定 能拿补贴吗",
        "搞错了 上周已经认定过了",
        "我个人的绩效补贴一年最多多少",
    )
    assert (refused.amount_yuan, refused.eligible) == (0, False)
    assert (most.amount_yuan, most.eligible) == (3600, True)


def test_a_grant_given_when_first_recognised_is_not_paid_again(talk: Talk) -> None:
    """ "我们工作室前年新认定的区级 建室补助领过了": the one-off grant was for the year of recognition,
    so asking again this year is refused; a bare "试点" leads to （十）."""
    earlier, again = talk("我们工作室前年新认定的区级技能大师工作室", "今年还能再拿建室补助吗")
    assert (earlier.amount_yuan, earlier.eligible) == (0, False)
    assert (again.amount_yuan, again.eligible) == (0, False)
    (pilot,) = talk("试点 一年最多奖多少")
    assert pilot.clauses[:1] == ("10",)


def test_a_what_if_taken_as_the_facts(talk: Talk) -> None:
    """ "那就按备案了算 五十人里八个其实是外地的": the what-if (registered) is now the case, with its
    head count and days, and the part from elsewhere comes off; "就按实际的算" would go back."""
    *_, adopted = talk(
        "我们公司在滨江 想给本区户籍大学生办就业创业培训 还没去人社备案",
        "要是备案了 本区户籍大学生50人 培训2天呢",
        "那就按备案了算 五十人里八个其实是外地的",
    )
    assert (adopted.amount_yuan, adopted.eligible) == (16800, True)  # 200 × 42 × 2


def test_a_hire_asking_for_a_share_of_the_firms_award_is_told_it_is_the_firms(talk: Talk) -> None:
    """ "企业招本区户籍的奖补 我能分到吗": （四） pays the firm, so the person hired has no share of
    it (lexicon ``own_payee_words``)."""
    (reply,) = talk("我滨江户口 上个月被一家区内企业录用了 企业招本地人的那个奖补 我个人能分到吗")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("4",), 0, False)


def test_taking_part_without_a_prize_is_no_award(talk: Talk) -> None:
    """ "参加了市里的职业指导技能竞赛 没拿到奖": （五） rewards a prize or an honour at 国家/省/市 level,
    so a mentor who only took part is refused with what would qualify (slot ``award_won``)."""
    (reply,) = talk("我是就业援助公益导师 参加了市里组织的职业指导技能竞赛 没拿到奖 这个有奖励吗")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("5",), 0, False)


def test_a_trainee_working_normally_or_not_certified_brings_the_institution_nothing(talk: Talk) -> None:
    """ "老家浙江台州 在滨江一家公司正常上班": a working trainee from this province is in none of （九）'s
    groups; "鉴定没通过": no certificate. Either way the institution gets nothing for them."""
    (employed,) = talk("我老家浙江台州 在一家公司上班 在备案的培训机构考了中级工 机构能拿补贴吗")
    assert (employed.clauses[:1], employed.amount_yuan, employed.eligible) == (("9",), 0, False)
    (failed,) = talk("我是灵活就业人员 在备案机构培训完了 鉴定没通过 机构能申请补贴吗")
    assert (failed.clauses[:1], failed.amount_yuan, failed.eligible) == (("9",), 0, False)


def test_an_institutions_exam_subsidy_is_the_training_clause(talk: Talk) -> None:
    """ "培训机构考证补贴": the institution's subsidy for its trainees' certificates is （九）, not the
    public-employment staff's own certificate subsidy of （六）, so no clarification is needed."""
    (reply,) = talk("培训机构考证补贴是多少")
    assert reply.kind in ("answer", "ask") and reply.clauses[:1] == ("9",)


def test_the_actual_figure_after_a_what_if_at_the_threshold(talk: Talk) -> None:
    """ "那实际的呢" after "要是正好一百呢" on 九十九: the count as stated, below the start (nothing)."""
    *_, what_if, actual = talk("我们是试点单位 今年新增技能人才九十九人次", "要是正好一百呢", "那实际的呢")
    assert (what_if.amount_yuan, actual.amount_yuan, actual.eligible) == (50000, 0, False)


def test_a_market_not_yet_accepted_and_the_what_if_it_passes(talk: Talk) -> None:
    """ "验收还没过": the market's yearly money waits for acceptance; "如果通过了呢" answers that case."""
    _, waiting, passed = talk("街道零工市场的运营经费怎么拿", "验收还没过", "月底验收 如果通过了呢")
    assert (waiting.amount_yuan, waiting.eligible) == (0, False)
    assert (passed.amount_yuan, passed.eligible) == (150000, True)


def test_the_two_items_named_are_the_last_two_answers(talk: Talk) -> None:
    """ "这两项加起来" after three answers: the two just asked about (the market's yearly money and
    the community's award), not also the street's cap asked first."""
    *_, both = talk(
        "街道经费最多多少", "零工市场已经验收通过了", "辖区有个社区今年新认定为市级高质量就业社区", "这两项加起来"
    )
    assert (both.amount_yuan, both.eligible) == (190000, True)


def test_a_student_who_signed_a_job_is_still_a_student_and_a_hukou_moved_to_another_city(talk: Talk) -> None:
    """ "签了三方 还没毕业": the agreement is for after graduation; until then the student is 在校 and
    may attend free. "户口迁到苏州了": no longer 本区户籍, whatever else qualifies."""
    (signed,) = talk("儿子滨江户口 研三 已经签三方了 还没毕业 家燕回巢还能参加吗")
    assert (signed.clauses[:1], signed.eligible) == (("7",), True)
    (moved,) = talk("女儿毕业后户口迁到苏州了 去年毕业 还没工作 能参加滨江家燕回巢吗")
    assert (moved.clauses[:1], moved.amount_yuan, moved.eligible) == (("7",), 0, False)


def test_one_of_the_posts_not_certified_after_all_comes_off_the_count(talk: Talk) -> None:
    """ "其中2个其实没做过就业困难人员认定" of five posts: those two come off (three paid), instead
    of the two being read as the number of posts."""
    *_, after = talk(
        "我们物业公司承接公益性岗位 5个岗位都是经认定的就业困难人员 最低工资按2280算 每月区配套多少",
        "更正 其中2个其实没做过就业困难人员认定",
    )
    assert (after.amount_yuan, after.eligible) == (3762, True)  # 2280 × 55% × 3


def test_short_messages_with_one_decisive_fact(talk: Talk) -> None:
    """Phone fragments whose one fact decides: a two-star rating (（十） starts at three), a
    misspelt contest's merit award (竟赛 for 竞赛; only 一/二/三等奖 are paid), a community's award
    already taken last year, a studio leader's training at the city's."""
    cases = {
        "一星级有奖励吗": "10",
        "区竟赛优胜奖给钱吗": "12",
        "省级社区前年拿了5万 今年还能拿吗": "2",
        "领衔人去省里培训 有补贴不": "11",
    }
    for question, clause in cases.items():
        (reply,) = talk(question)
        assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == ((clause,), 0, False), question


def test_while_a_count_is_asked_a_trainee_asks_for_himself_and_others_fail(talk: Talk) -> None:
    """ "我本人能拿吗" while the bot waits for the head count: no (the institution is paid), and the
    count still comes next; "另外8个没考过" afterwards leaves those with certificates paid."""
    _, mine, counted, failed = talk(
        "专项能力证书有补贴吗", "我本人能拿吗", "备案机构 失业人员20个拿证", "另外8个没考过"
    )
    assert (mine.clauses[:1], mine.amount_yuan, mine.eligible) == (("9",), 0, False)
    assert counted.amount_yuan == 6000
    assert (failed.amount_yuan, failed.eligible) == (6000, True)


def test_this_policys_benefit_beside_another_policys_is_the_annexs_rule(talk: Talk) -> None:
    """ "吸纳就业奖补和市里的一次性扩岗补助能同时享受吗": the other benefit is named as outside this
    policy, and the annex's 从优、从高、不重复 is what this policy says; a 失业金 question alone is
    still out of scope."""
    (both,) = talk("公司拿了吸纳就业奖补 还能同时享受市里的一次性扩岗补助吗")
    assert both.clauses[:1] == ("annex",) and "不属于本政策" in both.text
    (alone,) = talk("失业金怎么领")
    assert alone.kind == "fallback"


def test_a_couple_on_welfare_posts_asking_their_sum_are_two_people(talk: Talk) -> None:
    """ "我和我爱人都在街道的公益性岗位上…两个人一年最多加起来多少": the couple asks their own
    performance pay (not the host's property subsidy), and the two are the same two (7,200)."""
    (reply,) = talk("我和我爱人都在社区的公益性岗位上 绩效补贴两个人一年最多加起来多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("8",), 7200)
    (pair,) = talk("我和我老公都在街道的公益性岗位上 我们俩一年最多多少")
    assert pair.amount_yuan == 7200


def test_an_answer_pointed_at_by_its_amount_in_a_named_total(talk: Talk) -> None:
    """ "工作室的10万加上领衔人的补贴 一共多少": the 10万 is the grant answered before, named by its
    amount, so both answers are added (not the leader's alone)."""
    *_, total = talk(
        "我们工作室今年新认定为区级技能大师工作室 建室补助多少",
        "领衔人参加区人力社保局组织的评审3次 补多少",
        "工作室的10万加上领衔人的补贴 一共多少",
    )
    assert (total.amount_yuan, total.eligible) == (103000, True)


def test_a_bare_rate_in_a_short_message_decides_between_two_clauses(talk: Talk) -> None:
    """ "中级工1500?": 1,500 is （六）'s rate for 中级工 and none of （九）'s, so the fragment is （六）."""
    (reply,) = talk("中级工1500?")
    assert (reply.clauses[:1], reply.amount_yuan) == (("6",), 1500)


def test_several_clauses_benefits_asked_together_and_validity_are_the_annexs(talk: Talk) -> None:
    """ "家燕回巢组织补贴和职业培训认定补贴能一起拿吗": two clauses' benefits asked together, the
    annex's 从优、从高、不重复; "这个政策还有效吗": when it took effect, also the annex's."""
    (both,) = talk("我们机构 家燕回巢的组织补贴和培训机构的取证补贴能一起拿吗")
    assert both.clauses[:1] == ("annex",)
    (valid,) = talk("这个政策还有效吗")
    assert valid.clauses[:1] == ("annex",)


def test_a_group_named_by_its_year_of_leaving_school_is_counted_by_that_year(talk: Talk) -> None:
    """ "本区户籍2022年毕业一直没工作的3个": four or more years since leaving school by today's date,
    outside 家燕回巢's two, so those three are left out of the organiser's count."""
    (reply,) = talk("区内企业已备案 办了2天培训 本区户籍在校生8个 另外3个本区户籍2022年毕业一直没工作的 最多申报多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("7",), 3200)


def test_a_whole_then_its_part_with_li_and_an_organiser_from_another_district(talk: Talk) -> None:
    """ "参加的60人里本区户籍45人 外地户籍15人": 里 after a head count opens its part (as 其中), so
    the 45 are paid, not 60 + 45; "我们是余杭的培训机构": not a district firm, so nothing."""
    (part,) = talk("滨江的民办非企 已备案 给大学生办了2天培训 参加的60人里本区户籍45人 外地户籍15人 最多申报多少")
    assert (part.clauses[:1], part.amount_yuan) == (("7",), 18000)
    (outside,) = talk("我们是余杭的培训机构 给滨江户籍大学生办了2天培训 10人 能申报吗")
    assert (outside.clauses[:1], outside.amount_yuan, outside.eligible) == (("7",), 0, False)


def test_a_batch_named_in_a_list_and_one_holders_second_certificate(talk: Talk) -> None:
    """ "1. 小孙 技师 2. 小周 中级工 3. 小郑 初级工 三个人都在…": the three said after them all is the
    whole, one each (5,000); "小郑另外还有一个高级工的证" counts once at the higher level (6,000), and
    "小孙另外还有一个中级工的证" changes nothing (his 技师 is higher)."""
    batch, higher, lower = talk(
        "1. 小孙 职业指导师 技师 2. 小周 劳动关系协调员 中级工 3. 小郑 创业指导师 初级工 "
        "三个人都在社区就业服务站上班 一共多少",
        "小郑另外还有一个企业人力资源管理师高级工的证 能再拿吗",
        "小孙另外还有一个中级工的证呢",
    )
    assert batch.amount_yuan == 5000
    assert higher.amount_yuan == 6000
    assert lower.amount_yuan == 6000


def test_lettered_communities_each_at_their_own_level(talk: Talk) -> None:
    """ "A社区新认定省级 B、C社区新认定区级 D社区是前年认定的市级": each letter is one community at
    its level (50,000 + 2 × 10,000); D was recognised two years ago, its award taken then."""
    (reply,) = talk("街道汇总 A社区今年新认定省级高质量就业社区 B、C社区新认定区级 D社区是前年认定的市级 合计多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("2",), 70000)


def test_a_whole_then_each_level_with_its_holders_after_it(talk: Talk) -> None:
    """ "一共20个人 拿了中级工的12个 高级工的5个 还有3个没考过": the 20 is everyone trained; each level's
    holders are counted right after it ("高级工的5个"), so 12 × 500 + 5 × 1000."""
    (reply,) = talk("备案培训机构 学员都是失业人员 一共20个人 拿了中级工的12个 高级工的5个 还有3个没考过 补多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("9",), 11000)


def test_those_certified_are_counted_not_everyone_trained(talk: Talk) -> None:
    """ "培训了40个失业人员考中级工 考过的32个": the 40 took the course, the 32 passed; the
    institution is paid for the 32."""
    (reply,) = talk("备案机构 培训了40个区内失业人员考中级工 考过的32个 补贴多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("9",), 16000)


def test_another_clause_named_strongly_while_a_menu_waits(talk: Talk) -> None:
    """While the bot waits for a choice among （一）'s benefits, "园区里一家企业新认定为区级技能大师工作室
    建室补助多少" names （十一） by two of its own words: answered there, not read as an option."""
    _, menu, other = talk(
        "我们是滨江一个产业园区 就业创业服务中心已经去区人社局备案了",
        "每年最多有多少经费",
        "园区里有家企业新认定为区级技能大师工作室 建室补助多少",
    )
    assert menu.kind == "ask" and menu.clauses[:1] == ("1",)
    assert (other.clauses[:1], other.amount_yuan) == (("11",), 100000)


def test_back_to_the_facts_drops_the_what_ifs_answer_from_a_total(talk: Talk) -> None:
    """ "实际还是160…" after "要是200人次呢": the what-if's answer goes with its facts, so a total of
    the two benefits adds the actual one (80,000 + 20,000), not the what-if's."""
    *_, total = talk(
        "我们是人社认定的职业技能等级认定试点企业 今年新增技能人才160人次 能拿多少",
        "要是200人次呢",
        "实际还是160 另外品牌建设期满评估四星 奖多少",
        "这两项一共多少",
    )
    assert total.amount_yuan == 100000


def test_this_month_is_a_period_not_the_ones_just_added(talk: Talk) -> None:
    """ "还有线上4次 这个月一共多少": 这个月 is the month, so the four are added to the two before."""
    *_, total = talk("我在区导师库里 区人社局组织的线下职业指导去了2次", "还有线上4次 这个月一共多少")
    assert total.amount_yuan == 3200


def test_near_misses_from_education_hiring_insurance_and_home_policies(talk: Talk) -> None:
    """Asked beside the policy's own words, these are other matters: postgraduate exams, hiring
    community workers, paying one's own social insurance, a home province's poverty policy."""
    for question in (
        "考研有没有补贴",
        "社区工作者招聘什么时候",
        "毕业以后社保要自己交吗",
        "老家的扶贫政策在滨江能用吗",
    ):
        (reply,) = talk(question)
        assert reply.kind == "fallback", question
    (student,) = talk("孩子在读研究生 滨江户口 区人社局办的培训免费吗")
    assert student.clauses[:1] == ("7",)


def test_this_years_total_after_a_what_if_for_next_year(talk: Talk) -> None:
    """ "今年一共多少" after "要是明年评上国家级呢": this year's facts, not the what-if; moving the
    company's seat is a registration matter outside the policy."""
    *_, total = talk(
        "我们社区今年新认定为省级高质量就业社区 奖补多少",
        "要是明年再评上国家级 拿多少",
        "隔壁社区今年新认定了区级 他们多少",
        "我们两个社区今年一共多少",
    )
    assert total.amount_yuan == 60000
    (seat,) = talk("公司迁址要办哪些工商手续")
    assert seat.kind == "fallback"


def test_a_branch_in_another_district_asked_about_in_a_hiring_question(talk: Talk) -> None:
    """ "我们在萧山还有个分公司 那边招的人能算吗": where the branch is, not another district's policy
    asked about; the question stays with （四）."""
    _, branch = talk("我们公司在滨江 今年招了本区户籍稳定就业的60人", "我们在萧山还有个分公司 那边招的人能算吗")
    assert branch.clauses[:1] == ("4",)


def test_the_district_top_up_is_the_welfare_posts_clause(talk: Talk) -> None:
    """ "区配套怎么算": the district's top-up for property firms hosting welfare posts, （八）."""
    (reply,) = talk("区配套怎么算")
    assert reply.clauses[:1] == ("8",) and reply.kind in ("answer", "ask")


def test_a_fellow_apprentice_is_another_person(talk: Talk) -> None:
    """ "我师姐同一个比赛拿了二等奖 她多少": another contestant, paid for her own prize, and "我们两个一共"
    adds the two prizes."""
    mine, hers, both = talk(
        "我在区级职业技能竞赛拿了三等奖 奖多少", "我师姐同一个比赛拿了二等奖 她多少", "我们两个一共多少"
    )
    assert (mine.amount_yuan, hers.amount_yuan, both.amount_yuan) == (1000, 1500, 2500)


def test_a_levels_certificate_holders_after_the_word_certificate(talk: Talk) -> None:
    """ "培训…25人，拿到中级工证21人": the 25 trained, the 21 certified at that level."""
    (reply,) = talk("备案的培训机构 培训区内失业人员25人 拿到中级工证21人 没考过4人 机构能拿多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("9",), 10500)


def test_the_stated_figure_named_again_after_a_forecast(talk: Talk) -> None:
    """ "明年预计能到600人" is a forecast, kept apart; "今年这300人里有25个已经离职了" names the figure as
    stated, so the 25 come off the 300 (275: 5万 + 9 × 2.5万), not off the forecast."""
    now, forecast, left = talk(
        "我们是滨江企业 今年本区户籍人员稳定就业300人 奖补多少",
        "明年预计能到600人 到时候最多能拿多少",
        "今年这300人里有25个已经离职了 那今年能拿多少",
    )
    assert (now.amount_yuan, forecast.amount_yuan, left.amount_yuan) == (300000, 500000, 275000)


def test_some_of_the_count_said_to_be_not_stable_come_off_it(talk: Talk) -> None:
    """ "那200个里面有26个中途离职了，没有稳定就业": the "no" is those 26's, so they come off the 200
    (174: 5万 + 4 × 2.5万), not a refusal of everyone."""
    _, after = talk(
        "滨江企业 今年稳定就业的本区户籍员工200个 奖补多少", "更正 那200个里面有26个中途离职了，没有稳定就业"
    )
    assert (after.amount_yuan, after.eligible) == (150000, True)


def test_two_communities_added_are_the_two_community_answers(talk: Talk) -> None:
    """ "两个社区加起来多少" after the street's market and two communities' awards: the two
    communities (10,000 + 40,000), not everything answered."""
    *_, both = talk(
        "我们街道的零工市场验收通过了 每年给多少",
        "有个社区今年新认定为区级高质量就业社区 给多少",
        "还有一个社区新认定了市级的",
        "两个社区加起来多少",
    )
    assert both.amount_yuan == 50000
