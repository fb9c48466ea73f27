"""A condition's "no" said of some of a count given before ("线上那5次里有1次是学校就业办请的，
不是人社局组织的", "高级工那15个里有5个没考过") takes those off that count; it does not refuse the
whole, which it did."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_some_sessions_not_organised_by_the_bureau_come_off_their_kind(talk: Talk) -> None:
    _, reply, _, total = talk(
        "我在区就业创业导师库里，参加了区人社局组织的活动，线下3次，线上5次，补贴多少",
        "刚才说错了，线上那5次里有1次是学校就业办请的，不是人社局组织的",
        "我今年还被省里评为就业援助先进个人，这个有奖励吗",
        "加起来一共多少",
    )
    assert (reply.amount_yuan, reply.eligible) == (4200, True) and "扣除" in reply.text
    assert total.amount_yuan == 7200


def test_some_trainees_without_a_certificate_come_off_their_level(talk: Talk) -> None:
    _, reply = talk(
        "我们是区人社局备案的职业培训机构，这期培训了区内失业人员，30个初级工，15个高级工，5个拿的是专项能力证书",
        "不好意思，高级工那15个里有5个没考过，没拿到证",
    )
    assert reply.amount_yuan == 26500  # 15000 + 10 × 1000 + 1500


def test_a_no_said_of_everyone_still_refuses(talk: Talk) -> None:
    _, reply = talk("我在区就业创业导师库里，线下3次，线上5次，补贴多少", "这些活动都不是人社局组织的")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_some_of_a_group_left_out_are_counted_back_not_all(talk: Talk) -> None:
    *_, back = talk(
        "我们在滨江开了个厂，一共招了一百三十个，都干得挺稳，招人能拿多少奖补",
        "哦 我查了下，本区户籍的只有九十个，其他四十个是外省的，不是脱贫人口",
        "要是外省那四十个里有十个是对口帮扶地区的脱贫人口呢",
    )
    assert back.amount_yuan == 100000  # 90 + 10, not all forty


def test_one_of_a_count_said_not_to_be_its_level_comes_off(talk: Talk) -> None:
    *_, one, total = talk(
        "我们公司今年有两个师傅入选浙江工匠，区里给公司多少",
        "另外公司员工参加区级职业技能竞赛拿了两个三等奖",
        "回到工匠那个，我搞错了，其中一个是杭州工匠不是浙江工匠",
        "那现在工匠加竞赛一共多少",
    )
    assert (one.amount_yuan, one.eligible) == (20000, True)
    assert total.amount_yuan == 22000


def test_some_of_a_level_in_a_group_left_out_come_off_that_level(talk: Talk) -> None:
    *_, reply = talk(
        "我们是备案的培训机构，培训区内失业人员，50个拿了中级工证书，补多少",
        "更正下 那50个中级工里有8个其实是本地企业在职员工 不是失业的",
    )
    assert reply.amount_yuan == 42 * 500
