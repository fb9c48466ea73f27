"""Fifteenth session: readings found by probing outside the evaluation sets and by eval44–46,
each written with its own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_case_stated_with_what_is_there_asks_about_its_clause(talk: Talk) -> None:
    """ "我们公司今年招了60个本区户籍的，有什么补贴": the hires point to （四） well ahead of any
    other clause, so the case is answered, not the enterprise's list of seven clauses; a bare
    "我们是企业 有什么补贴" still gets the list."""
    (case,) = talk("我们单位今年招了六十个滨江本地人，政府有没有什么说法")
    assert (case.clauses[:1], case.amount_yuan) == (("4",), 50000)
    (plain,) = talk("我们是企业 有什么补贴")
    assert len(plain.clauses) > 3 and plain.amount_yuan is None


def test_a_wage_said_with_its_figure_is_a_fact_of_the_case(talk: Talk) -> None:
    """ "…招了本区户籍的六十三个 月薪5000 有多少奖励": the wage is part of the case (lexicon
    ``case_fact_words``), not a question about wages, which is still out of scope when asked."""
    (case,) = talk("单位300来人 今年招了本区户籍的六十三个 他们月薪5000 奖励多少")
    assert (case.clauses[:1], case.amount_yuan) == (("4",), 50000)
    (asked,) = talk("月薪5000在滨江算高吗")
    assert asked.kind == "fallback"
