"""Two questions in one message, each on its own clause, are each answered (handlers/questions.py)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_two_questions_on_two_clauses_are_each_answered(talk: Talk) -> None:
    (reply,) = talk("这个意见什么时候施行？企业招人奖补每年最高多少？")
    assert reply.clauses == ("annex", "4") and reply.amount_yuan == 500000
    assert reply.text.startswith("1. 这个意见什么时候施行？") and "\n\n2. 企业招人奖补每年最高多少？" in reply.text
    assert reply.text.count("注：依据为") == 1


def test_questions_on_one_clause_or_half_sentences_stay_one_message(talk: Talk) -> None:
    (one,) = talk("浙江工匠的2万是给个人还是给单位？和规定的配套能一起拿吗")
    assert not one.text.startswith("1. ")
    (fact,) = talk("我们公司被认定为市级就业扶贫爱心企业，市里给了1.5万，区里还能配套多少？公司在滨江。")
    assert fact.amount_yuan == 15000
