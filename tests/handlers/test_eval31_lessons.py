"""Lessons of evaluation set 31 (voice input and messy messages, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_bare_colloquial_figure_after_its_cue(talk: Talk) -> None:
    """ "本区户籍的 一百五", "高技能人才新增一百二", "技能人才今年有一百八": 的, a space, 新增 or
    今年有 between the cue and a figure with no unit still join them (150, 120, 180)."""
    (hired,) = talk("吸纳就业将补 本区户籍的 一百五 能拿几万")
    assert hired.amount_yuan == 150000
    (high,) = talk("试点单位 高技能人才新增一百二 奖励多少")
    assert high.amount_yuan == 50000 + 7 * 10000
    (skill,) = talk("我们公司是试点单位 新增培养的技能人才今年有一百八 能拿多少奖励")
    assert skill.amount_yuan == 50000 + 4 * 10000


def test_fifty_plus_is_fifty_odd(talk: Talk) -> None:
    """ "50+个" as "50多个": within 50–74, one amount (5万)."""
    (reply,) = talk("我们招了50+个本区户籍的 就五十出头吧 都稳定 吸纳就业奖补多少")
    assert reply.amount_yuan == 50000


def test_apprentices_are_no_studios(talk: Talk) -> None:
    """ "带了十几个徒弟" before the studio's grant: people, not ten studios (was 100万)."""
    (reply,) = talk(
        "跟你说下情况 我们公司做精密加工的 有个老师傅带了十几个徒弟 我们的技能大师工做室刚被认定为区级的 建室补助多少"
    )
    assert reply.amount_yuan == 100000


def test_a_firm_of_another_district_named_by_its_district(talk: Talk) -> None:
    """ "我们是余杭区的企业": the district's name, then the firm (区内企业 fails)."""
    (reply,) = talk("我们是余杭区的企业 招了一百个滨江户籍的员工 能拿滨江的吸纳就业将补吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_tax_relief_is_another_policy(talk: Talk) -> None:
    (reply,) = talk("企业招用退役军人 有没有税收减免")
    assert reply.kind == "fallback"


def test_the_higher_standard_of_two_is_the_annex(talk: Talk) -> None:
    (reply,) = talk("如果两条政策标准不一样 是按高的给还是按低的给")
    assert (reply.kind, reply.clauses) == ("answer", ("annex",))


def test_the_exact_figure_after_a_loose_one(talk: Talk) -> None:
    """ "六十几个吧 具体是六十八": 68, so twelve more make 80 (7.5万), not 60 + 12."""
    *_, more = talk(
        "那个我们公司在滨江 今年陆陆续续招了一批本区户口的 嗯 都稳定上班 吸纳就业那个奖补",
        "六十几个吧 具体是六十八",
        "哦还有对口帮扶地区来的脱贫人口 十二个 也稳定",
    )
    assert more.amount_yuan == 75000


def test_a_pinyin_typo_of_technician(talk: Talk) -> None:
    _, level, corrected = talk("我是社区就业专甘 新考了个 职业指导师的证", "记师", "不对不对 是高级记师")
    assert (level.amount_yuan, corrected.amount_yuan) == (2500, 3000)


def test_what_one_of_a_category_pays_leaves_the_sum(talk: Talk) -> None:
    """ "线上的话多少一次" after one offline session: 300 for one online one; the total after it
    is still the certificate and the one offline session."""
    *_, rate, total = talk(
        "我是街道就业服务中心的 考了创业指导师中级工 能补多少",
        "我同时也在区导师库里 上周线下参加了人社局组织的职业指导一次 这个补多少",
        "导师那个 线上的话多少一次",
        "那一共呢",
    )
    assert (rate.amount_yuan, total.amount_yuan) == (300, 1500 + 1000)


def test_more_people_who_fail_a_condition_leave_the_count(talk: Talk) -> None:
    """ "没拿到证的也有十个 他们算不算进去": those ten are not counted; the verdict asked is theirs
    (no, 0), the text still shows the 35 certified ones' 2.5万, and the total after it is that."""
    *_, asked, total = talk(
        "我们技能大师工作室备案过 组织脱贫人口培训 拿到高级工以上证书的有1十5个 补多少",
        "还有初级工二十个",
        "没拿到证的也有十个 他们算不算进去",
        "那一共能拿多少",
    )
    assert (asked.amount_yuan, asked.eligible) == (0, False)
    assert "不计入" in asked.text and "2.5万元" in asked.text
    assert total.amount_yuan == 15 * 1000 + 20 * 500


def test_one_training_of_three_days_is_no_person(talk: Talk) -> None:
    """ "给15个本区户籍大学生搞了一个3天的职业技能培训": 一个 is "a" (15 × 3 × 200, not 16)."""
    (reply,) = talk("我们是区内民办非企的职业学校，备案了，给15个本区户籍大学生搞了一个3天的职业技能培训，补多少")
    assert reply.amount_yuan == 15 * 3 * 200
