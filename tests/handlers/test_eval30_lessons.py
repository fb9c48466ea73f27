"""Lessons of evaluation set 30 (parts of an answer, corrections, what-ifs; written without
seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_part_that_does_not_count_asked_of_the_whole(talk: Talk) -> None:
    """ "其中十个是外地户籍的，也算吗": asked of the whole said before, whose sum is now the other
    ninety's (7.5万, eligible); "那次算不算" points at the part and gets its verdict (no, 0)."""
    _, rest = talk("滨江的企业，今年招用并稳定就业本区户籍员工100个，能拿多少", "其中十个是外地户籍的，也算吗")
    assert (rest.amount_yuan, rest.eligible) == (75000, True)
    assert "外地10人" in rest.text
    *_, that_one = talk(
        "我是技能大师工作室领衔人，参加区人社局组织的评审，一次补多少",
        "今年一共去了4次",
        "不过其中一次是市人社局组织的，那次算不算",
    )
    assert (that_one.amount_yuan, that_one.eligible) == (0, False)


def test_staff_said_with_their_qualifying_group_are_the_count(talk: Talk) -> None:
    """ "稳定就业本区户籍员工49个": not the firm's size (the group is said with them); one short of
    fifty, then one more 脱贫人口 reaches it, and "外省户籍的普通员工" instead does not."""
    below, _, one_more, other = talk(
        "区内企业，稳定就业本区户籍员工49个，有吸纳就业奖补吗",
        "为什么，就差一个都不行吗",
        "如果再招一个对口帮扶地区的脱贫人口呢",
        "那要是招的是外省户籍的普通员工呢",
    )
    assert (below.amount_yuan, below.eligible) == (0, False)
    assert (one_more.amount_yuan, other.amount_yuan, other.eligible) == (50000, 0, False)


def test_a_count_between_two_bounds_within_one_bracket(talk: Talk) -> None:
    """ "过了一百了，不到一百二": 101 to 119, one bracket (10万), said so."""
    (reply,) = talk("滨江企业，今年本区户籍员工稳定就业的过了一百了，不到一百二，吸纳就业奖补大概多少")
    assert reply.amount_yuan == 100000
    assert "101至119" in reply.text


def test_a_described_part_of_an_organisers_participants(talk: Talk) -> None:
    """ "这15个里有4个是离校一年半还没工作的，算吗": those four count (离校2年内未就业) and stay within
    the fifteen (not 19, and no turn to the students' own benefit); "离校三年的" two are taken off;
    "已经找到工作的" more do not count."""
    *_, within, more = talk(
        "我们是区内民办非企的职业学校，备案了，给15个本区户籍大学生搞了一个3天的职业技能培训，补多少",
        "这15个里有4个是离校一年半还没工作的，算吗",
        "还有2个是离校一年、已经找到工作的",
    )
    assert (within.clauses, within.amount_yuan, within.eligible) == (("7",), 15 * 3 * 200, True)
    assert more.amount_yuan == 15 * 3 * 200
    _, off, days = talk(
        "我们公司在滨江，备案过，给本区户籍在校生办了个就业指导活动，32个人，两天，能补多少",
        "里面有两个其实是离校三年的毕业生，还没就业",
        "要是办三天呢",
    )
    assert (off.amount_yuan, days.amount_yuan) == (30 * 2 * 200, 30 * 3 * 200)


def test_a_new_base_and_more_on_it_are_the_new_whole(talk: Talk) -> None:
    """ "准确说现在是112个，再加三十个的话多少" after 130: 142 in all (7万), not 130 + 142."""
    *_, whole = talk(
        "试点单位，今年新增技能人才一百出头，不到一百二，奖励多少",
        "要是年底再多培养三十个呢",
        "准确说现在是112个，再加三十个的话多少",
    )
    assert whole.amount_yuan == 50000 + 2 * 10000


def test_a_market_to_be_accepted_and_who_is_paid(talk: Talk) -> None:
    """ "下个月验收，通过了一年给多少": once accepted (15万 a year); "这个钱给街道还是给运营公司" asks
    who is paid the market's money, no turn to 街道's own 50万."""
    _, passed, who = talk(
        "我们街道在建零工市场，有经费支持吗", "下个月验收，通过了一年给多少", "这个钱给街道还是给运营公司"
    )
    assert (passed.amount_yuan, passed.eligible) == (150000, True)
    assert who.amount_yuan == 150000 and "零工市场" in who.text  # (the sum in hand kept beside the rule)


def test_other_services_asked_beside_the_policys_words(talk: Talk) -> None:
    """ "公益岗干满了能转正进事业编吗", "社保缴费基数", job listings: outside the policy, whatever
    clause words stand beside them."""
    for question in (
        "公益岗干满了能转正进事业编吗",
        "我是社区就业专干，问一下社保缴费基数今年是多少",
        "你们区现在有哪些企业在招人",
    ):
        (reply,) = talk(question)
        assert reply.kind == "fallback", question


def test_some_of_one_level_moved_to_another(talk: Talk) -> None:
    """ "不对，中级工那两个里有一个其实是技师": one of the two moves; the 高级工 stays (6000, not
    the two 中级工 and a 技师); eval18's "三个区级里面有一个其实是市级的" likewise."""
    _, moved = talk(
        "我们街道就业服务中心三个人考了证：两个职业指导师中级工，一个劳动关系协调员高级工，一共补多少",
        "不对，中级工那两个里有一个其实是技师",
    )
    assert moved.amount_yuan == 1500 + 2000 + 2500
    *_, community = talk(
        "下面有四个社区今年新认定了高质量就业社区，一个省级，三个区级", "等下 三个区级里面有一个其实是市级的 我看错了"
    )
    assert community.amount_yuan == 50000 + 40000 + 2 * 10000


def test_a_corrected_whole_with_a_counted_part_named_in_it(talk: Talk) -> None:
    """ "不对，是一百五十个，里面二十个是对口帮扶地区的脱贫人口": the whole is 150 (脱贫人口 count
    too), not twenty; thirty more then make 180 (17.5万). Twenty 外地 more "再加" add nothing."""
    *_, corrected, more = talk(
        "我们公司在滨江，今年招了不少本区户籍的人，都稳定在岗，吸纳就业奖补能拿多少",
        "一百二十个",
        "不对，是一百五十个，里面二十个是对口帮扶地区的脱贫人口",
        "要是年底前再多招三十个本区户籍的呢",
    )
    assert (corrected.amount_yuan, more.amount_yuan) == (150000, 175000)
    *_, outsiders = talk(
        "企业在滨江，吸纳本区户籍人员就业的奖补咋算的，我们能拿多少",
        "一百二",
        "等下 前面说错了 是一百五，里面有二十个是对口帮扶地区的脱贫人口",
        "如果再加二十个外地户籍的（不是脱贫的）呢",
    )
    assert outsiders.amount_yuan == 150000


def test_a_counted_part_of_one_level_asked_about(talk: Talk) -> None:
    """ "其中10个是外省来杭的务工人员，算吗" of 50 初级工: a target group, counted within (2.5万)."""
    _, part = talk("备案的培训机构，培训了50人拿了初级工证书，补多少", "其中10个是外省来杭的务工人员，算吗")
    assert (part.amount_yuan, part.eligible) == (25000, True)


def test_an_organisations_award_and_its_mentors(talk: Talk) -> None:
    """ "被市里评为先进组织，我们一位导师还拿了国家级职业指导竞赛奖": two holders, both paid (7000)."""
    (reply,) = talk(
        "我们是就业辅导公益组织，今年被市里评为先进组织，我们一位导师还拿了国家级职业指导竞赛奖，一共能拿多少奖励"
    )
    assert reply.amount_yuan == 2000 + 5000
