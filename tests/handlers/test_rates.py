"""'拿了技师证，机构补多少': one certificate level, no figure at all, an amount asked: the rate for
one person (training_counts' ``rate_for_one``), while a vague or total count still asks."""

from __future__ import annotations

import pytest
from dialogue_fixtures import Talk


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("专项能力证书给机构补多少", 300),
        ("转业复退军人在我们备案机构培训后拿了技师证，机构补多少", 1000),
        ("本区户籍大学生在我们备案的培训机构拿了高级工证，机构补多少", 1000),
        ("备案培训机构 灵活就业人员考了初级工 能补多少钱", 500),
    ],
)
def test_one_level_without_a_figure_is_the_rate_for_one(talk: Talk, text: str, amount: int) -> None:
    (reply,) = talk(text)
    assert reply.kind == "answer" and reply.clauses == ("9",)
    assert reply.amount_yuan == amount and reply.eligible is True
    assert "1人" in reply.text


def test_the_count_given_next_replaces_the_one(talk: Talk) -> None:
    _, reply = talk("本区户籍大学生在我们备案的培训机构拿了高级工证，机构补多少", "30个")
    assert reply.amount_yuan == 30000


@pytest.mark.parametrize(
    "text",
    [
        "培训机构组织失业人员培训，考出来有初级的也有高级的，能申请多少",  # two levels
        "这期中级工拿证的 机构一共能补多少",  # a total: more than one
        "我们机构有几个学员拿了中级工证 能补多少",  # a vague count
        "备案的培训机构组织失业人员培训拿了证，机构能拿多少补贴？",  # no level
    ],
)
def test_a_total_a_vague_count_or_no_level_still_asks(talk: Talk, text: str) -> None:
    (reply,) = talk(text)
    assert reply.kind == "ask" and reply.clauses == ("9",)


def test_other_counts_keep_asking(talk: Talk) -> None:
    """Only slots marked ``rate_for_one`` read one: "线下的能拿多少" asks how many times."""
    (reply,) = talk("导师补贴 线下的 能拿多少")
    assert reply.kind == "ask"
