"""Classes of mistakes found by evaluation set 12 (a hotline's week of messages, written from the
policy by a helper who never read the engine), each pinned by a message of its own kind."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_mixed_numeral_with_a_chinese_tail(talk: Talk) -> None:
    (reply,) = talk("试点企业今年新增技能人才1百五十人 奖多少")
    assert reply.amount_yuan == 70000  # 150: 50,000 + 2 × 10,000


def test_the_same_ones_of_another_level(talk: Talk) -> None:
    *_, moved = talk(
        "我们培训机构备过案了，组织区内失业人员考证，补贴能拿多少？", "中级工，30个人", "如果这30个考的是高级工呢"
    )
    assert moved.amount_yuan == 30 * 1000


def test_eval12_wordings(talk: Talk) -> None:
    (city,) = talk("技能大师工作室领衔人去参加市里人社组织的评审，也按1000一次补吗")
    assert city.amount_yuan == 0 and city.eligible is False
    (other,) = talk("在职员工自己考了电工证，个人能领技能提升补贴吗")
    assert other.kind == "fallback"
    *_, own = talk("我是导师库的导师，参加了人社局组织的线下宣讲2次，能补多少", "我自己在社区搞的线下讲座算不算")
    assert own.eligible is False


def test_a_person_asking_for_themself_is_not_asking_about_a_training_body(talk: Talk) -> None:
    """Close between （六） (pays persons) and （九） (pays training bodies): "我刚考出…" is （六）."""
    (reply,) = talk("我刚考出创业指导师五级，初级工，在区人才市场的公共就业服务窗口，补多少")
    assert reply.clauses == ("6",) and reply.amount_yuan == 1000


def test_whether_students_pay_is_the_free_place(talk: Talk) -> None:
    (reply,) = talk("本区户籍大学生参加区人社组织的技能培训要交钱吗")
    assert reply.kind == "answer" and reply.clauses == ("7",) and "免费" in reply.text
