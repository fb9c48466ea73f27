"""Lessons of evaluation set 33 (residents and students asking for themselves, written without
seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_two_certificates_in_ones_hands_are_one_holders(talk: Talk) -> None:
    """ "手上有职业指导师高级工，还有劳动保障协理员中级工，两本证": one person, the higher (2000)."""
    (reply,) = talk("我是社区就业专干，手上有职业指导师高级工，还有劳动保障协理员中级工，两本证能一起补吗，一共多少")
    assert reply.amount_yuan == 2000


def test_a_school_inviting_a_mentor_is_no_hr_department(talk: Talk) -> None:
    (reply,) = talk("我是导师库导师，学校就业办请我去做了一次线下宣讲，这个能按1000补吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_student_grant_is_another_service(talk: Talk) -> None:
    *_, grant = talk("我是滨江户口的大二学生，家燕回巢能参加吗", "学校的国家助学金怎么申请")
    assert grant.kind == "fallback"
