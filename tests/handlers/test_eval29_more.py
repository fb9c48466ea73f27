"""More of evaluation set 29's misses, mended in the tenth session."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_head_count_then_each_persons_level(talk: Talk) -> None:
    """ "两个就业专干，小王拿了…高级工，小李是…中级工": one each (3500), not two of the first."""
    (reply,) = talk("我们社区两个就业专干，小王拿了职业指导师高级工，小李是劳动保障协理员中级工，俩人一共能补多少")
    assert reply.amount_yuan == 2000 + 1500


def test_one_part_of_a_sum_told_asked_in_the_last_phrase(talk: Talk) -> None:
    """The message tells of a sum and asks about one part of it at its end: that part alone."""
    (technician,) = talk(
        "街道就业服务中心有俩人考证，一个企业人力资源管理师技师，一个创业指导师初级工，问下那个技师的能补多少？"
    )
    assert technician.amount_yuan == 2500
    (mine,) = talk("区级职业技能竞赛我拿了二等奖，我徒弟拿了三等奖，我自己能拿多少")
    assert mine.amount_yuan == 1500
    (award,) = talk("公益导师一枚，被市里评了先进个人，另外参加了两次区人社局的线上职业指导，先进个人那块奖多少钱")
    assert award.amount_yuan == 2000


def test_a_sum_asked_for_is_not_narrowed(talk: Talk) -> None:
    (both,) = talk("我们社区两个就业专干，小王拿了职业指导师高级工，小李是劳动保障协理员中级工，俩人一共能补多少")
    assert both.amount_yuan == 3500


def test_a_range_by_its_bounds_as_an_answer_and_with_a_whole_word(talk: Talk) -> None:
    """ "反正过了一百，不到一百二" to the count asked, "加起来有一百出头，不到一百二十五": one bracket."""
    _, answer = talk("公司招的本区户籍人员都稳定就业了，能拿多少奖补", "反正过了一百，不到一百二")
    assert answer.amount_yuan == 100000
    (reply,) = talk("公司招用的本区户籍和脱贫人口加起来有一百出头，不到一百二十五，奖补多少")
    assert reply.amount_yuan == 100000


def test_a_condition_and_a_count_for_the_one_level_held(talk: Talk) -> None:
    """ "那换成灵活就业人员20个呢" after in-service staff at 中级工 were refused: twenty at that level
    (eval12's e12d22)."""
    _, other = talk("培训机构给企业在职员工做培训考中级工，有补贴吗", "那换成灵活就业人员20个呢")
    assert (other.amount_yuan, other.eligible) == (20 * 500, True)


def test_the_part_asked_may_be_another_clause_the_message_told_of(talk: Talk) -> None:
    """ "公司有人选上浙江工匠了，同时今年还招了120个本区户籍的，工匠那块额外再给多少": （十二）'s 2万."""
    (reply,) = talk("公司有人选上浙江工匠了，同时今年还招了120个本区户籍的，工匠那块额外再给多少")
    assert (reply.clauses, reply.amount_yuan) == (("12",), 20000)
