"""Lessons of evaluation set 36 (asking for others, comparisons and differences, every threshold
at and beside its edge, why/how follow-ups, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_registration_misspelt_by_sound_is_registration(talk: Talk) -> None:
    """备按, 备安: 备案 typed by sound; "还没去备按" is not registered, so nothing."""
    (reply,) = talk("社区就业创业服务中心还没备安 能拿15万吗")
    assert (reply.clauses, reply.amount_yuan, reply.eligible) == (("1",), 0, False)


def test_another_districts_hiring_of_its_own_residents_is_its_policy(talk: Talk) -> None:
    """ "西湖区招本地户籍员工有没有奖补": 西湖区's own policy, not a person's 户籍 place; the
    place of a 户籍 alone ("余杭户籍的员工") still is the person's."""
    (other,) = talk("上城区招本地户籍的员工有奖补吗")
    assert other.kind == "fallback"
    (ours,) = talk("我们滨江的公司 招了60个员工 都是本区户籍 有奖补吗")
    assert ours.amount_yuan == 50000


def test_an_a_not_a_question_denies_nothing(talk: Talk) -> None:
    """ "…一共五十多个 算不算50人以上": the 不算 of 算不算 asks; it leaves no part out (had answered
    the 50 as a part not counted: 0)."""
    (reply,) = talk("招了45个本区户籍的 另外10个是对口帮扶地区的脱贫人口 都稳定就业了 算不算50人以上")
    assert (reply.amount_yuan, reply.eligible) == (50000, True)


def test_how_it_was_computed_shows_the_answer_again(talk: Talk) -> None:
    """ "咋算的" after 80 hires: the same 75,000 with its steps, not the clause's rule without a
    sum; a track's rule asked by name ("高技能人才那条线是怎么算的") is not this."""
    *_, again = talk("公司招了80个本区户籍的 都稳定就业 奖补多少", "咋算的")
    assert (again.kind, again.amount_yuan) == ("answer", 75000)
    assert "计算过程" in again.text


def test_how_much_more_for_more_hires_is_the_difference(talk: Talk) -> None:
    """ "现在80个 再多招20个能多拿多少": 100 pays 100,000 and 80 pays 75,000, so 25,000 more;
    asked again after it ("要是再多招50个 能多拿多少") from the 100 in hand. "最多多少" asks a cap,
    never a difference."""
    first, second = talk("本区户籍稳定就业的现在80个 再多招20个能多拿多少", "要是再多招50个 能多拿多少")
    assert (first.amount_yuan, second.amount_yuan) == (25000, 50000)  # 100 → 150: 100,000 → 150,000
    (cap,) = talk("街道公益性岗位绩效补贴 五个人一年加起来最多多少")
    assert cap.amount_yuan == 18000


def test_a_bare_figure_after_a_refusal_changes_the_count_refused(talk: Talk) -> None:
    """After 49 高技能人才 refused: "差一个到50 50的话多少" supposes 50 (50,000; not the 1 short
    nor the mark); "不对 表上是五十九 不是四十九" corrects to 59, not the 49 denied; "六十的话呢"
    supposes 60 (60,000)."""
    _, fifty, corrected, sixty = talk(
        "我们是认定试点单位 今年新增高技能人才四十九人次 有奖励吗",
        "差一个到50 50的话多少",
        "不对 表上是五十九 不是四十九",
        "六十的话呢",
    )
    assert (fifty.amount_yuan, corrected.amount_yuan, sixty.amount_yuan) == (50000, 50000, 60000)


def test_two_levels_compared_are_no_facts_and_a_pair_adds_each_ones_answer(talk: Talk) -> None:
    """ "技师和高级工补贴差多少" (500) compares two levels; "我是技师…" next is one 技师 (2,500),
    not both. "我同事高级技师 也在站里 我俩加一起多少": each one's answer added (5,500). "我俩都在
    公益性岗位…加起来最多多少" with no one named is two people counted (7,200)."""
    diff, mine, both = talk(
        "职业指导师证 技师和高级工补贴差多少", "我是技师 在社区就业服务站上班", "我同事高级技师 也在站里 我俩加一起多少"
    )
    assert (diff.amount_yuan, mine.amount_yuan, both.amount_yuan) == (500, 2500, 5500)
    (pair,) = talk("我俩都在公益性岗位 一年绩效补贴加起来最多多少")
    assert pair.amount_yuan == 7200


def test_workers_from_another_province_are_a_listed_group(talk: Talk) -> None:
    """ "安徽过来打工的" are 外省进城务工人员 (500 each for 中级工); "温州来的" are from inside
    Zhejiang and are not."""
    (outside,) = talk("我们是备案的培训机构 培训了10个安徽过来打工的 都拿了中级工 补多少")
    assert (outside.amount_yuan, outside.eligible) == (5000, True)
    (inside,) = talk("我们是备案的培训机构 培训了10个温州来杭州打工的 都拿了中级工 补多少")
    assert inside.eligible is False


def test_what_kind_of_talent_a_leader_is_is_the_title(talk: Talk) -> None:
    """ "领衔人算什么层次的人才": the 区高新领军人才Ⅱ类 title, not the count of sessions asked."""
    (reply,) = talk("大师工作室的领衔人算哪个层次的人才")
    assert (reply.kind, reply.clauses) == ("answer", ("11",))
    assert "Ⅱ类" in reply.text


def test_more_of_a_level_after_a_batch_by_level_is_added_to_that_level(talk: Talk) -> None:
    """ "还有三个区级的 一共多少" after one 国家级 and one 省级 community: three 区级 more
    (100,000 + 50,000 + 30,000), not three more communities of no level."""
    *_, more = talk("今年新认定了一个国家级高质量就业社区 一个省级的 奖补多少", "还有三个区级的 一共多少")
    assert more.amount_yuan == 180000


def test_two_levels_compared_inside_a_batch_by_level(talk: Talk) -> None:
    """ "区级跟市级一个差多少" after a batch of three levels: one of each (40,000 − 10,000), and
    the batch is left as it was, so "一共多少" next is still its total."""
    *_, diff, total = talk(
        "今年新认定了一个省级高质量就业社区 两个市级的 两个区级的 奖补多少", "区级跟市级一个差多少", "一共多少"
    )
    assert (diff.amount_yuan, total.amount_yuan) == (30000, 150000)


def test_two_benefits_of_a_clause_compared_one_after_the_other(talk: Talk) -> None:
    """ "产业平台的中心跟社区的比 差多少" after the community centre's 150,000: the platform
    centre's 300,000 less that (150,000). "最高多少" asks a cap, never a difference."""
    *_, community, diff = talk(
        "街道零工市场验收通过了 一年给多少", "备案的社区就业创业服务中心最高多少", "那产业平台的中心跟社区的比 差多少"
    )
    assert (community.amount_yuan, diff.amount_yuan) == (150000, 150000)
    *_, cap = talk("零工市场验收过了 每年给多少", "那街道的就业服务平台补贴最高多少")
    assert cap.amount_yuan == 500000


def test_both_asked_with_no_clause_named_is_the_annexs_rule(talk: Talk) -> None:
    """ "市里区里都有的补贴 两个都能拿吗": no clause is named, so the choice between clauses is
    no help; the annex's 从优、从高、不重复 answers it."""
    (reply,) = talk("市里区里都有的补贴 两个都可以拿吗")
    assert (reply.kind, reply.clauses[:1]) == ("answer", ("annex",))
