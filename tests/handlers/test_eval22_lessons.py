"""Lessons from tests/eval22 (the shortest, least careful messages: keywords, half sentences,
spoken figures), each as a class of messages rather than one item."""

from __future__ import annotations

from dialogue_fixtures import Talk, not_out_of_scope


def test_loose_figures_as_bare_answers(talk: Talk) -> None:
    for said, amount in (("八十多", 75000), ("80多", 75000), ("一百出头", 100000), ("一百零几个吧", 100000)):
        _, reply = talk("我们公司招了本区户籍的人 能拿多少", said)
        assert (reply.kind, reply.amount_yuan) == ("answer", amount), said
    _, under = talk("我们公司招了本区户籍的人 能拿多少", "小一千")
    assert under.amount_yuan == 500000  # 750 to 999: the cap throughout


def test_loose_figures_beside_their_cue(talk: Talk) -> None:
    (reply,) = talk("试点单位 新增技能人才四百出头 能拿多少")
    assert reply.amount_yuan == 200000 and "四百出头" in reply.text
    (unit,) = talk("今年招了一百出头个本区户籍的，都干得挺稳，吸纳就业奖补大概能拿多少")
    assert unit.amount_yuan == 100000


def test_a_rate_proposed_names_the_benefit_not_its_posts(talk: Talk) -> None:
    (reply,) = talk("街道给公益性岗位的人发绩效 每人一年发5000可以伐")
    assert (reply.amount_yuan, reply.eligible) == (3600, True)  # 每人、一年 are the rate's words
    *_, back = talk("公益岗 绩效补贴", "物业公司的呢", "街道给每人一年发4000行伐")
    assert (back.amount_yuan, back.eligible) == (3600, True)  # a sum proposed is no 物业 figure


def test_a_bare_level_word(talk: Talk) -> None:
    _, reply = talk("社区就业专干 考了职业指导师 有补贴伐", "高级")
    assert (reply.kind, reply.amount_yuan) == ("answer", 2000)  # 高级 alone is 高级工, not 高级技师


def test_the_whole_said_between_cue_and_figure(talk: Talk) -> None:
    (reply,) = talk("本区户籍加对口帮扶地区脱贫人口一共两百五 都稳定的 奖多少")
    assert reply.amount_yuan == 250000


def test_a_part_taken_off_and_counted_back(talk: Talk) -> None:
    *_, off, back = talk(
        "招工奖励多少", "一百二", "其中三十个是外地的 不是脱贫人口", "那三十个要是对口帮扶地区的脱贫人口呢"
    )
    assert off.amount_yuan == 75000  # 不是 describes the part; it corrects nothing
    assert back.amount_yuan == 100000  # the thirty pointed back at count again: 120


def test_facts_said_in_few_words(talk: Talk) -> None:
    (intern,) = talk("大三在读 滨江户口 已经拿了实习offer 能参加家燕回巢伐")
    assert intern.eligible is True  # an internship offer leaves a student a student
    (job,) = talk("我已经拿到offer了 毕业半年 滨江户口 能参加家燕回巢吗")
    assert job.eligible is False
    (company,) = talk("导师库的导师 去一家私企给员工做线下职业指导 能补伐")
    assert (company.amount_yuan, company.eligible) == (0, False)  # not organised by 人力社保部门


def test_registration_is_another_service(talk: Talk) -> None:
    assert not not_out_of_scope(talk, "求职登记在哪办", "失业登记怎么办理")


def test_a_fact_the_clause_sets_no_condition_on(talk: Talk) -> None:
    *_, reply = talk("社区就业专干 有劳动关系协调员证 补多少伐", "中级", "户口不是滨江的 有影响伐")
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("6",), 1500, True)
    assert "不影响" in reply.text  # （六） asks no 户籍; it is not （七）'s question
    *_, hiring = talk("我们招了本区户籍的80个 能拿多少", "要是都是外地户口的 有影响吗")
    assert hiring.eligible is False  # （四） does set it


def test_a_group_left_out_in_the_answer_counted_back(talk: Talk) -> None:
    _, _, said_apart, _, total = talk(
        "我们公司在滨江，2023年招了一批员工，都稳定就业，能拿吸纳就业奖补吗？能拿多少",
        "本区户籍的有58个，还有20个外地的，不是脱贫人口",
        "上面那个如果外地的20个都是对口帮扶地区的脱贫人口呢",
        "我们还是市级就业扶贫爱心企业，市里给了2万",
        "两个一共多少",
    )
    assert said_apart.amount_yuan == 75000  # the 20 left out in the answer, counted in: 78
    assert total.amount_yuan == 75000 + 20000


def test_an_estimate_as_a_bare_answer(talk: Talk) -> None:
    *_, reply = talk("试点单位 新增技能人才 奖励多少", "140", "年底估计四百出头")
    assert reply.amount_yuan == 200000  # 400 to 424 skill talents: the cap
