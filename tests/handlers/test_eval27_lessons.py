"""Lessons of evaluation set 27 (a month's real-traffic mix, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_figure_after_its_cue_and_the_persons_named(talk: Talk) -> None:
    """ "招用本区户籍人员一百二": 人员 between the cue and the figure still ties them (120)."""
    (reply,) = talk("滨江的企业 招用本区户籍人员一百二 都稳定就业 奖补是多少呀")
    assert reply.amount_yuan == 100000


def test_one_holders_level_named_after_the_ask_is_one_person(talk: Talk) -> None:
    """ "我…考出证了 机构能拿多少" then "高级工": that one trainee (1000), and "中级工呢" moves them."""
    _, level, other = talk(
        "我是滨江户籍大学生 参加了备案机构的技能培训 考出证了 机构能拿多少补贴", "高级工", "中级工呢"
    )
    assert (level.kind, level.amount_yuan) == ("answer", 1000)
    assert other.amount_yuan == 500


def test_an_organisations_level_alone_still_asks_how_many(talk: Talk) -> None:
    _, level = talk("我们备案机构培训了一批失业人员 考出证了 机构能拿多少补贴", "高级工")
    assert level.kind == "ask"


def test_how_many_all_got_it_is_a_count(talk: Talk) -> None:
    """ "8个都拿了技师证": eight, each with the certificate; "两个都能拿吗" is still "both"."""
    (reply,) = talk("技能大师工作室培训转业复退军人 8个都拿了技师证 工作室能拿多少培训认定补贴")
    assert reply.amount_yuan == 8 * 1000
