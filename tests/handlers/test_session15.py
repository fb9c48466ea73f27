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
