"""Lessons from tests/eval19 (chat typing: number forms, scripts, IME typos, figures that are not
the asker's counts), each as a class of messages rather than the one item that showed it."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_money_written_with_w_or_k_is_never_a_count(talk: Talk) -> None:
    """ "市级是5w吧" read 50,000 communities and answered two billion yuan."""
    (reply,) = talk("高质量就业社区奖补 市级是5w吧？我们社区今年新认定市级的")
    assert reply.amount_yuan == 40000


def test_figures_that_are_not_this_years_count(talk: Talk) -> None:
    (last_year,) = talk("去年招了60个本区户口的 已经拿过奖补了，今年新招的本区户籍稳定就业是110个，今年能拿多少")
    assert last_year.amount_yuan == 100000
    (threshold,) = talk("高技能人才50人次就有5万是吧 我们试点单位今年新增48人次")
    assert (threshold.amount_yuan, threshold.eligible) == (0, False)
    (step,) = talk("不是说每增加25人给2.5w吗 我们招了本区户籍99个人 是不是能拿两档了")
    assert step.amount_yuan == 75000  # the quoted step is the rule; 99 is theirs
    (rule,) = talk("企业招人奖补 50人以后每增加25人是不是再加两万五")
    assert rule.amount_yuan is None and rule.benefits == ("hiring",)


def test_spaces_around_figures_and_ime_typos(talk: Talk) -> None:
    (spaced,) = talk("招了对口帮扶地区的拖贫人口30个 加上本区户籍的 40 个 一共能拿多少")
    assert spaced.amount_yuan == 50000  # 70 counted
    (split,) = talk("组织单位已备案 学员 40 个 其中本区户籍大学生 25 个 外地 15 个 培训 2 天 补多少")
    assert split.amount_yuan == 25 * 200 * 2


def test_the_most_and_the_least_across_a_benefits_levels(talk: Talk) -> None:
    *_, most, least = talk("社区新认定了高质量就业社区 有奖补吗", "省级", "那最多呢", "最少呢")
    assert (most.amount_yuan, least.amount_yuan) == (100000, 10000)
    assert most.text.startswith("各等级中最高的是国家级")
    *_, fewest = talk("社区就业专干拿了职业指导师高级工 补多少", "那最少呢")
    assert fewest.amount_yuan == 1000
    *_, best = talk("我们就业辅导公益组织拿了职业指导技能竞赛的奖 奖多少", "市里组织的", "那最多呢")
    assert best.amount_yuan == 5000  # 区级 pays nothing, so it is not "the least" either


def test_a_count_reached_and_a_bare_count_after_the_rule(talk: Talk) -> None:
    rule, below, reached, again = talk(
        "吸纳就业奖补 50人以上才有是吧", "我们48个本区户籍的", "下个月再招5个本区的 到53个", "再到75呢"
    )
    assert (rule.kind, rule.amount_yuan) == ("answer", None)  # the rule confirmed, not 50 hires
    assert (below.amount_yuan, reached.amount_yuan, again.amount_yuan) == (0, 50000, 75000)
    _, now = talk("HR问下 吸纳就业将补 本区户计的要招够多少人", "我们现在 40")
    assert (now.amount_yuan, now.eligible) == (0, False)


def test_a_clause_whose_words_are_all_anothers_is_no_second_matter(talk: Talk) -> None:
    """脱贫人口 is (四)'s strong word and (九)'s too; here it says who the trainees are."""
    (reply,) = talk("机构备案了 学员是脱贫人口 中级工证书 ５０ 人 还有专项能力证书 ３０ 人 总共")
    assert (reply.clauses, reply.amount_yuan) == (("9",), 50 * 500 + 30 * 300)


def test_figures_changed_in_chat_wording(talk: Talk) -> None:
    *_, finance = talk(
        "我们是职业技能等级认定试点单位 新增技能人才的奖励怎么算", "120", "不对 是140", "哦哦 财务说是一百六"
    )
    assert finance.amount_yuan == 80000
    *_, inside = talk(
        "我们企业备案了 给本区户籍大学生办职业技能培训 补贴怎么算",
        "60人 2天",
        "要是搞5天呢",
        "里面其实有10个是外地户籍的 按3天算",
    )
    assert inside.amount_yuan == 50 * 3 * 200
    *_, online = talk(
        "我是导师库的导师 参加人社局组织的宣讲咨询 补贴怎么算",
        "线上3次 线下2次",
        "线下改成4次",
        "要是全部线上呢 一共7次",
    )
    assert online.amount_yuan == 7 * 300


def test_about_a_hundred(talk: Talk) -> None:
    """ "百来号人", "一百来个": about a hundred, a little over; the note says where the amount holds."""
    (reply,) = talk("吸纳就业奖补 我们本区户籍的 百来号人 都稳定")
    assert reply.amount_yuan == 100000
    assert "按100至124计算，金额相同" in reply.text


def test_when_the_next_contest_is_held_is_outside_the_policy(talk: Talk) -> None:
    (reply,) = talk("下一届区级职业技能竞赛什么时候报名？？")
    assert reply.kind == "fallback"
    (where,) = talk("家燕回巢活动去哪报名")
    assert where.kind == "answer" and where.clauses[:1] == ("7",)  # where to apply is the policy's


def test_hires_who_have_not_started_are_not_yet_employed(talk: Talk) -> None:
    (offer,) = talk("offer发了80个本区户籍的应届生 人还没入职 现在能申请吸纳就业奖补吗")
    assert (offer.eligible, offer.amount_yuan) == (False, 0)


def test_a_rate_quoted_per_time_is_no_count(talk: Talk) -> None:
    (reply,) = talk("导师库导师参加人社局活动，线下一次1000，线上一次多少？")
    assert reply.amount_yuan == 300  # the online rate; 线下一次1000 quotes the offline one
