"""Figures whose meaning depends on the words around them: additions in a follow-up, and a
count of certificates that is not a count of people."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_another_ten_after_sixty_hires_makes_seventy(talk: Talk) -> None:
    """ "另外还有10人呢" adds to the 60 given before; it does not replace them."""
    first, second = talk("我们公司招了60个本区户籍的", "另外还有10人呢")
    assert first.amount_yuan == 50000
    assert "70人" in second.text and second.amount_yuan == 50000


def test_another_twenty_five_crosses_a_tier(talk: Talk) -> None:
    _, second = talk("我们公司招了60个本区户籍的", "此外还有15个")
    assert "75人" in second.text and second.amount_yuan == 75000


def test_two_certificates_of_one_person_count_once_at_the_higher_level(talk: Talk) -> None:
    """ "我有两个证，高级工和技师": one person's two levels, paid once at the higher (技师 2500,
    从优、从高、不重复) — not two 高级工 and a 技师 (6500), nor both levels (4500)."""
    (reply,) = talk("我有两个证，高级工和技师，能补多少")
    assert reply.amount_yuan == 2500
    assert "按最高等级技师计一次" in reply.text
    (colleagues,) = talk("我们站里3张高级工证书，2个技师 能补多少")  # several people: each counts
    assert colleagues.amount_yuan == 3 * 2000 + 2 * 2500


def test_certificates_counted_per_level_still_count(talk: Talk) -> None:
    """ "3张高级工证书" before the level name is three people's certificates."""
    (reply,) = talk("我们站里3张高级工证书，2个技师 能补多少")
    assert reply.amount_yuan == 3 * 2000 + 2 * 2500


def test_eighty_odd_hires_are_one_step_and_say_so(talk: Talk) -> None:
    """ "八十多个" is 80 to 89, all in the same step of （四）: the answer stands and says so."""
    (reply,) = talk("我们公司招了八十多个本区户籍的能拿多少")
    assert reply.amount_yuan == 75000
    assert "80至89" in reply.text and "金额相同" in reply.text


def test_a_hundred_odd_hires_is_a_minimum_with_the_top_of_the_range(talk: Talk) -> None:
    """ "100多个" spans several steps: 10万 at least, 17.5万 at 199, and the exact figure asked."""
    (reply,) = talk("我们公司去年招了100多个本区户籍的 能拿多少")
    assert reply.amount_yuan == 100000
    assert "最低金额" in reply.text and "199" in reply.text and "17.5万元" in reply.text


def test_loose_counts_are_found_only_after_round_figures() -> None:
    from handlers.loose import loose_counts
    from knowledge.loader import load

    more = tuple(load().lexicon.words["loose_after_words"])
    assert [(c.low, c.high) for c in loose_counts("招了80多人，还有1000余名", more)] == [(80, 89), (1000, 1999)]
    assert loose_counts("招了85多人", more) == []  # not a round figure: no range to speak of
    assert loose_counts("3个多月", more) == []  # 多 after the unit: a duration, not a count range


def test_figures_for_two_benefits_of_a_clause_answer_both(talk: Talk) -> None:
    """A star rating and a talent count in one message: both benefits of （十） are judged,
    the star award granted (3万) and the talent award refused with its reason."""
    (reply,) = talk("我们企业是五星级 培养了高技能人才30个 奖多少")
    assert reply.amount_yuan == 30000
    assert set(reply.benefits) >= {"star", "talent"}
    assert "未达到50人（次）起点" in reply.text


def test_an_amount_asked_about_is_not_a_second_benefit(talk: Talk) -> None:
    """ "是不是能拿7.5万" quotes an amount; it is not a city grant to be matched on top."""
    (reply,) = talk("滨江的公司 招了74个本区户籍人员 是不是能拿7.5万")
    assert reply.amount_yuan == 50000


def test_an_amount_asked_back_is_not_a_head_count(talk: Talk) -> None:
    """ "二等奖是1500吗" asks whether the prize is 1500元; it is not 1500 prize winners."""
    (reply,) = talk("区级竞赛二等奖是1500吗")
    assert reply.amount_yuan == 1500


def test_two_rates_asked_back_give_the_rate_for_one(talk: Talk) -> None:
    (reply,) = talk("区内失业人员职业技能培训取得初级工证书，机构补500还是1000")
    assert reply.kind == "answer" and reply.amount_yuan == 500


def test_more_of_the_same_in_a_follow_up_adds_up(talk: Talk) -> None:
    """ "又新增了20个" and "还有…30个也稳定就业了" add to the figure given before."""
    _, talent = talk("我们是试点单位 今年新增高技能人才60人", "又新增了20个高技能人才")
    assert "80人（次）" in talent.text and talent.amount_yuan == 80000
    _, hires = talk("我们公司招了70个本区户籍的", "还有对口帮扶地区脱贫人口30个也稳定就业了，那一共能拿多少")
    assert hires.amount_yuan == 100000


def test_the_threshold_quoted_beside_ones_own_figure_is_not_counted(talk: Talk) -> None:
    """ "50人以上才有奖补吗？我们49个人行不行": 49 people, one short of the threshold."""
    (reply,) = talk("招用并稳定就业50人以上才有奖补吗？我们49个人行不行")
    assert reply.eligible is False and "49人" in reply.text
    (alone,) = talk("我们招了60人以上")  # a lone figure stays the asker's own
    assert alone.amount_yuan == 50000


def test_questions_about_the_standard_are_answered_with_it(talk: Talk) -> None:
    """ "补贴标准是多少" with a condition stated, "怎么补", "各个等级分别补多少": the rule is
    described (an answer), not a follow-up question for counts."""
    for question in (
        "给本区户籍大学生做就业创业服务的企业，补贴标准是多少",
        "物业服务企业承接公益性岗位，区里配套怎么补",
        "做公共就业服务的，劳动保障协理员证书各个等级分别补多少",
    ):
        (reply,) = talk(question)
        assert reply.kind == "answer", question
    (reply,) = talk("公司组织本区户籍大学生培训 补贴怎么算")  # the sum for them: ask their figures
    assert reply.kind == "ask"


def test_neither_nor_is_two_negations_not_a_correction(talk: Talk) -> None:
    """ "既不是滨江户籍也不是脱贫人口" was read as the correction "不是A…是B" and became "既是脱贫人口"."""
    (reply,) = talk("我们是区内企业，招的人都是外省的，既不是滨江户籍也不是脱贫人口，招了100个能拿奖补吗")
    assert reply.eligible is False and reply.amount_yuan == 0


def test_a_no_about_the_others_does_not_refuse_those_counted(talk: Talk) -> None:
    (reply,) = talk("培训机构 这期学员考出专项能力证书的有四十个，其他的都没考过 麻烦算下")
    assert reply.amount_yuan == 40 * 300 and reply.eligible is True


def test_a_provincial_honour_said_shortly_is_provincial(talk: Talk) -> None:
    (reply,) = talk("就业援助公益导师被评为省先进个人，奖励多少")
    assert reply.amount_yuan == 3000


def test_another_benefit_named_outright_is_out_of_scope(talk: Talk) -> None:
    """ "高校毕业生就业见习补贴": a benefit this policy does not have, whatever group it names."""
    for question in ("高校毕业生就业见习补贴一个月多少", "港澳通行证在哪办", "今天滨江限行尾号是多少"):
        (reply,) = talk(question)
        assert reply.kind == "fallback", question


def test_per_person_per_month_is_the_rate_for_one_post(talk: Talk) -> None:
    (reply,) = talk("物业公司承接公益性岗位，市区最低工资按2280元算，区配套每人每月定额补贴多少")
    assert reply.amount_yuan == 1254


def test_more_sessions_of_the_same_kind_add_up(talk: Talk) -> None:
    """ "又参加了线下3次" after five offline sessions is eight; "再培训同样30个人…呢" is a what-if."""
    _, more = talk("我是导师库导师，线下参加了五次赛事评审，补多少", "又参加了线下3次职业指导")
    assert more.amount_yuan == 8 * 1000


def test_figures_only_the_runner_up_pays_for_decide_the_clause(talk: Talk) -> None:
    """ "本区户籍大学生培训补贴，二十五人，三天": 培训补贴 is （九）'s word, but head count and days
    are what （七） pays for (200元/人/天)."""
    (reply,) = talk("本区户籍大学生培训补贴，二十五人，三天")
    assert reply.clauses[:1] == ("7",) and reply.amount_yuan == 25 * 3 * 200


def test_of_two_benefits_named_alike_the_decidable_one_is_answered(talk: Talk) -> None:
    """ "区级竞赛拿了第一名，能认定技术能手吗": the title needs nothing more (first place in a
    district contest), the prize would need its level; answer the title instead of a menu."""
    (reply,) = talk("我在区级职业技能竞赛拿了第一名，能认定技术能手吗")
    assert reply.kind == "answer" and reply.eligible is True and "技术能手" in reply.text
    # a sum asked of 物业 posts: a share of a wage the policy text does not give, so its rule comes
    # first (the post count is then asked in the text), not a menu of the clause's benefits
    (amount,) = talk("公益岗位补贴 物业的 怎么算 多少")
    assert amount.kind == "answer" and amount.clauses == ("8",) and "55%" in amount.text


def test_subsidies_taken_together_is_the_annex(talk: Talk) -> None:
    (reply,) = talk("这些补贴能同时拿吗")
    assert reply.kind == "answer" and reply.clauses == ("annex",)


def test_a_head_count_tied_to_its_cue_decides_between_close_clauses(talk: Talk) -> None:
    """ "招了一千多个滨江户口的工人": a number hired (（四）), not a number of participants (（七）)."""
    (reply,) = talk("俺们厂在滨江 招了一千多个滨江户口的工人 都干得好好的 最多能拿多少")
    assert reply.clauses[:1] == ("4",) and reply.amount_yuan == 500000


def test_at_most_after_a_figure_is_the_yearly_cap(talk: Talk) -> None:
    """ "最多能拿多少" after the amount for 150 hires asks for （四）'s cap, 50万, not the same 15万."""
    *_, cap = talk("企业招用本区户籍人员有奖补吗，我们招了60个，都稳定就业", "那要是150个呢", "最多能拿多少")
    assert cap.amount_yuan == 500000


def test_taxes_and_benefits_of_other_policies_fall_back(talk: Talk) -> None:
    for question in (
        "区级技能竞赛拿的奖金要交个人所得税吗？",
        "灵活就业人员社保补贴每月能领多少？",
        "退役军人自主就业一次性经济补助有多少？",
        "博士后工作站建站资助多少？",
    ):
        (reply,) = talk(question)
        assert reply.kind == "fallback", question
    (kept,) = talk("公益性岗位 市社保补贴之外 区里还补吗")  # （八） names the city's 社保补贴 itself
    assert kept.clauses[:1] == ("8",)
    (help_reply,) = talk("你能回答哪些问题？")
    assert help_reply.kind == "help"


def test_a_total_over_two_clauses_answers_each_and_adds_them(talk: Talk) -> None:
    """Hires (（四）) and trained talents (（十）) in one message with "两项合计": 7.5万 + 5万."""
    (reply,) = talk("企业招用本区户籍人员75人并稳定就业，同时作为认定试点单位今年新培养技能人才100人次，两项合计多少？")
    assert reply.kind == "answer" and reply.amount_yuan == 125000
    assert reply.clauses == ("4", "10")  # in the order the message asks them
    assert "7.5万元" in reply.text and "5万元" in reply.text and "12.5万元" in reply.text
    (one,) = talk("30人中级工、10人高级工、5人专项能力 总共补多少")  # levels shared by （六）（九）: one clause
    assert one.clauses == ("9",) and one.amount_yuan == 26500


def test_a_list_of_groups_counts_those_the_policy_covers(talk: Talk) -> None:
    """ "本区户籍人员43名、脱贫人口20名、外省户籍人员200名": 63 counted (the 、 ends each figure's
    description), and "我司" speaks for the company, so no "paid to the organisation" note."""
    question = "我司本年度招用本区户籍人员43名、对口帮扶地区脱贫人口20名、外省户籍人员200名，均稳定就业，请问奖补多少"
    (reply,) = talk(question)
    assert reply.amount_yuan == 50000 and "63人" in reply.text
    assert "不发给个人" not in reply.text


def test_rates_asked_for_one_in_other_words(talk: Talk) -> None:
    """ "每次補貼多少" (繁體) after a session type, "专项能力证书 300?", and "高级公证书" (a homophone
    of 高级工证书) each get the rate for one."""
    (session,) = talk("導師參加線上就業創業宣講諮詢，每次補貼多少？")
    assert session.amount_yuan == 300
    (quoted,) = talk("专项能力证书 300?")
    assert quoted.amount_yuan == 300
    (homophone,) = talk("我有高级公证书 在社区从事公共就业服务 一次性补贴多少")
    assert homophone.amount_yuan == 2000


def test_a_short_correction_or_what_if_restates_the_figure_given_last(talk: Talk) -> None:
    """After "高技能人才50人": "不对，刚才说错了，是八十人" is 80 高技能人才 (8万), and "要是两百五十人呢"
    250 of them (capped at 20万) — not 技能人才, whose cue they do not carry."""
    *_, corrected, what_if = talk(
        "试点单位今年新培养高技能人才50人，奖多少", "不对，刚才说错了，是八十人", "要是两百五十人呢"
    )
    assert corrected.amount_yuan == 80000 and what_if.amount_yuan == 200000
    # A figure in another slot's unit is not a restated number of days.
    _, students = talk("我们企业给外地大学生办了3天就业培训，每天15人，能拿补贴吗", "那如果是本区户籍大学生20人呢")
    assert "20人" in students.text and students.amount_yuan == 20 * 3 * 200


def test_a_colleagues_answer_is_added_to_mine(talk: Talk) -> None:
    """ "我同事…他是高级工呢" is another person: "我们俩加起来一共多少" adds 2500 and 2000."""
    *_, colleague, both = talk(
        "我在街道做公共就业服务，考了职业指导师证，能补多少？",
        "技师",
        "我同事也在街道做就业服务，他是高级工呢",
        "我们俩加起来一共多少",
    )
    assert colleague.amount_yuan == 2000
    assert both.amount_yuan == 4500 and "（另一人）" in both.text


def test_jiayan_training_subsidy_is_clause_seven(talk: Talk) -> None:
    """ "家燕回巢培训补贴": 培训补贴 is a word of both （七） and （九）; 家燕回巢 decides."""
    (reply,) = talk("家燕回巢培训补贴能申请多少")
    assert reply.clauses[:1] == ("7",)


def test_a_category_said_not_to_apply_is_not_counted(talk: Talk) -> None:
    (none,) = talk("区级职业技能竞赛拿了优秀奖，没进一二三等奖，有奖金吗？")
    assert none.amount_yuan == 0 and none.eligible is False
    (second,) = talk("没拿到一等奖，拿了二等奖 区级竞赛")
    assert second.amount_yuan == 1500


def test_a_rule_question_after_an_answer_describes_that_benefit(talk: Talk) -> None:
    """ "是一次性的吗" after the award was answered: the rule, not a question about mentor sessions."""
    first = "我们就业辅导公益组织获得了省里组织的职业指导技能竞赛奖项，奖励多少"
    *_, rule = talk(first, "要是国家级的呢", "是一次性的吗")
    assert rule.kind == "answer" and rule.clauses == ("5",)


def test_a_figure_said_as_the_whole_replaces_rather_than_adds(talk: Talk) -> None:
    """ "又有一个同事入选了，两个人一共多少": two craftsmen in all (4万), not 1 + 1 + 2; while
    "又招了20个，一共多少" after 60 still adds (80)."""
    _, two = talk("我们单位有一名员工入选浙江工匠，区里额外给多少", "今年又有一个同事入选了，两个人一共多少")
    assert two.amount_yuan == 40000
    _, more = talk("我们公司招了60个本区户籍的", "又招了20个，一共多少")
    assert "80人" in more.text and more.amount_yuan == 75000


def test_going_back_to_an_earlier_clause(talk: Talk) -> None:
    """ "回到刚才招人的，要是招到100人呢" after a question on trained talents: hires again (10万)."""
    *_, back = talk(
        "企业招用本区户籍人员60人能拿多少", "我们也是试点单位，新培养技能人才140人呢", "回到刚才招人的，要是招到100人呢"
    )
    assert back.clauses[:1] == ("4",) and back.amount_yuan == 100000


def test_the_figure_before_qizhong_is_the_whole(talk: Talk) -> None:
    """ "给15个本区户籍大学生做了3天培训，其中10人拿到了中级工证书，两块补贴一共多少": （七） pays for
    the 15 trained (9000), （九） for the 10 certified (5000)."""
    (reply,) = talk(
        "我们是区内民办非企培训机构（已备案），给15个本区户籍大学生做了3天职业技能培训，其中10人拿到了中级工证书，两块补贴一共多少？"
    )
    assert reply.amount_yuan == 14000 and "15人" in reply.text


def test_a_question_with_no_keyword_stays_on_the_topic(talk: Talk) -> None:
    """ "这钱是给个人还是给单位" after the 浙江工匠 grant matched （七）'s example questions by wording
    alone; with no keyword of any clause it is about the topic in hand."""
    _, who = talk("我们单位有一名员工入选浙江工匠，区里额外给多少", "这钱是给个人还是给单位")
    assert who.clauses[:1] == ("12",)


def test_a_range_is_answered_for_its_low_end_and_says_what_the_rest_gives(talk: Talk) -> None:
    """ "80到90个" are all in one step (7.5万, said so); "70到130个" spans several: the minimum, the
    amount at 130 and a request for the exact figure; "3到5天" is capped at 3 days anyway."""
    (same,) = talk("我们滨江的公司今年大概招了80到90个本区户籍的员工，都稳定就业，奖补大概多少？")
    assert same.amount_yuan == 75000 and "金额相同" in same.text
    (wide,) = talk("我们公司招了70到130个本区户籍的")
    assert wide.amount_yuan == 50000 and "12.5万元" in wide.text and "最低金额" in wide.text
    (days,) = talk("我们是滨江的企业，已备案，给60个本区户籍大学生做职业技能培训，时间3到5天还没定，最多能申报多少？")
    assert days.amount_yuan == 60 * 3 * 200


def test_range_figures() -> None:
    from knowledge.numbers import find_numbers, range_top

    (span,) = find_numbers("50-60人")
    assert span.value == 50 and range_top(span) == 60  # a range, not 50 and a negative 60
    (down,) = find_numbers("90到80个")
    assert down.value is None  # a range that runs downwards: ask


def test_contests_below_the_district_and_banker_numerals(talk: Talk) -> None:
    (inside,) = talk("我在公司内部的技能比武拿了一等奖，区里有2000元奖励吗？")
    assert inside.eligible is False and inside.amount_yuan == 0
    (banker,) = talk("区级职业技能竞赛贰等奖的奖励是多少")
    assert banker.amount_yuan == 1500
    question = "我在社区做就业服务，之前考了劳动关系协调员中级工，今年又考了高级工，两个都没领过补贴，一共能补多少？"
    (levels,) = talk(question)
    assert levels.amount_yuan == 2000  # one person: once, at the higher level


def test_a_correction_inside_the_message_keeps_the_later_figure(talk: Talk) -> None:
    """ "80个，不对不对，是85个" is 85 (7.5万), not 80 + 85 (15万)."""
    (reply,) = talk("我们招了本区户籍的，80个，不对不对，是85个")
    assert reply.amount_yuan == 75000 and "85人" in reply.text


def test_none_of_a_kind_and_one_more_of_a_kind(talk: Talk) -> None:
    """ "线下讲了两回，线上一回也没有" is two offline sessions only; "如果线下再多一次呢" adds one."""
    _, none = talk("我在导师库里，参加了人社部门组织的职业指导服务，补贴怎么算？", "线下讲了两回，线上一回也没有")
    assert none.amount_yuan == 2000
    *_, more = talk("我是区就业创业导师库的导师，线上线下都有，能补多少？", "线上4次，线下3次", "如果线下再多一次呢")
    assert more.amount_yuan == 4 * 300 + 4 * 1000


def test_a_negated_description_excludes_the_figure() -> None:
    """ "不是本区户籍的有20个" after 80 hired: those 20 are taken off (60), and 不是 describes here,
    it does not correct the 80 (restate_words leave it out)."""
    from handlers.dialogue import Dialogue
    from knowledge.loader import load

    dialogue = Dialogue(load())
    text = dialogue.matcher.prepare("我们公司招了80个人，不是本区户籍的有20个").text
    assert dialogue.extractor.extract(text, ["hires"]) == {"hires": 60}


def test_a_total_over_clauses_still_falls_back_out_of_scope(talk: Talk) -> None:
    """A tax on two rewards is not a sum of the two rewards."""
    (reply,) = talk("区级技能竞赛奖金和技师证补贴一共要交多少个人所得税")
    assert reply.kind == "fallback"
