"""Adding up benefits answered in different turns ("另外…" then "两项一共多少"): a message that
only asks the total, or a new answer asked together with the earlier ones."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from handlers.intents import has_any
from handlers.remembered import counted, summed
from handlers.reply import Reply
from handlers.restated import named_total
from handlers.shares import payees_share
from knowledge.models import KnowledgeBase
from knowledge.numbers import find_numbers


def grand_total(
    kb: KnowledgeBase, answered: list[dict[str, Any]], text: str, known: dict[str, int] | None = None
) -> Reply | None:
    """A reply adding up what was answered, when the message only asks for the total; where it
    names some of the answers ("零工市场和高质量社区那两块加起来"), those alone."""
    # After a what-if, "一共多少" adds the what-if's amount (the figures last talked about);
    # "按实际的…" the actual ones.
    as_stated = has_any(text, kb.lexicon.words.get("as_stated_words", ()))
    named = named_total(kb, answered, text, as_stated=as_stated, known=known)
    if named is not None:
        return named
    answered = counted(answered, what_if=not as_stated)
    # "两项", "我们俩", "两个人加起来": how many answers to add, not a new fact.
    counters = ("项", "块", "样", "个", "人", "位")
    # ... unless the figure is not that many ("3个人的话一共" after two answers: three people).
    # (or the people named besides the asker: "小王小李两个人" after the community's own answers)
    sizes = {len(answered), len({a.get("who", 0) for a in answered}), len({a["who"] for a in answered if a.get("who")})}
    # (or the answers on the clause answered last: "两个社区加起来" after two communities' awards)
    last_clause = (answered[-1].get("key") or [[]])[0] if answered else []
    sizes.add(sum(1 for a in answered if (a.get("key") or [[]])[0] == last_clause))
    # ("三块加起来" counts blocks, never people: whatever their number, no new fact)
    blocks = ("项", "块", "样")
    figures = [
        n
        for n in find_numbers(text)
        if n.text != "俩"
        and text[n.end : n.end + 1] not in blocks
        and (text[n.end : n.end + 1] not in counters or (n.value is not None and n.value not in sizes))
    ]  # ("这几项加起来": as many as were answered)
    if len(answered) < 2 or figures or len(text) > 20:
        return None  # a figure means a new fact ("一共招了80个"), not a sum of the answers
    named_blocks = [int(n.value) for n in find_numbers(text) if n.value and text[n.end : n.end + 1] in blocks]
    if named_blocks and 1 < named_blocks[0] < len(answered):
        answered = answered[-named_blocks[0] :]  # "这两项一共" after three answers: the last two
    if not asks_total(text, kb.lexicon.words.get("total_words", ()), kb.lexicon.words.get("pair_total_words", ())):
        return None
    if has_any(text, kb.lexicon.words.get("what_if_words", ())):
        return None  # "线上的如果改成线下呢，总共多少": the what-if first, then the total (with_earlier)
    last = answered[-1].get("key", [[]])[0]
    same = [a for a in answered if a.get("key", [[]])[0] == last]
    counted_last = [n for n in find_numbers(text) if n.value == len(same) and text[n.end : n.end + 1] in counters]
    if 1 < len(same) < len(answered) and counted_last and not _people_counted(text):
        return summed(kb, same)  # "两个社区加起来多少": the two communities' awards, not the street's too
    people = _people_counted(text)
    # "小王小李两个人一共多少": the people's answers on the clause answered last, not the
    # community's grants asked before them
    if people and 1 < len(same) < len(answered) and len({a.get("who", 0) for a in same}) == people:
        return summed(kb, same)
    share = payees_share(kb, answered, text)
    if share is not None:  # "公司一共能拿多少", "我个人一共能拿多少": that payee's answers alone
        kept, note = share
        total = summed(kb, kept)
        return replace(total, text=f"{note}\n{total.text}")
    return summed(kb, answered)


def _people_counted(text: str) -> int | None:
    """ "两个人", "两位", "俩": how many people a total is asked over (not the 一 of "另一位")."""
    for number in find_numbers(text):
        if text[: number.start].endswith(("另", "另外", "每")):
            continue
        if number.text == "俩" or text[number.end :].startswith(("个人", "人", "位")):
            return int(number.value) if number.value is not None else None
    return None


def with_earlier(
    kb: KnowledgeBase,
    before: list[dict[str, Any]],
    after: list[dict[str, Any]],
    reply: Reply,
    text: str,
    *,
    again: bool = False,
    corrected: bool = False,
    within: bool = False,
) -> Reply:
    """ "我还在区级技能竞赛拿了二等奖，加起来一共多少": the answer just given plus what was answered
    before for other clauses, where the message asks a total; also, ``again``, a what-if right
    after such a total ("如果本区户籍的再多招20个呢"): the total with that figure changed; and,
    ``corrected``, a correction that left this answer paying nothing: the total of the others;
    ``within``: the total redone was of this clause's answers alone (two people's certificates).
    ``reply`` otherwise."""
    words = kb.lexicon.words
    # "不对 稳定就业的只有45人 重新算一共": corrected below its start, a total of the others
    # (``corrected``: as ``remember`` was told, which took that answer's earlier sum out of ``after``)
    refused = reply.eligible is False and not reply.amount_yuan and corrected
    if reply.kind != "answer" or (reply.eligible is not True and not refused) or reply.amount_yuan is None:
        return reply
    # (not "那吸纳就业这块要是明年做到五百人呢": that one, or another year's)
    again = again and not has_any(text, (*words.get("one_block_words", ()), *words.get("other_year_words", ())))
    pairs = words.get("pair_total_words", ())
    if not (again or asks_total(text, words.get("total_words", ()), pairs)) or len(reply.clauses) != 1:
        return reply
    # "刚才第一批说错了，…那现在一共多少", "回到零工市场，…两项一共多少": a correction, or a question
    # gone back to, then the total with it
    moved = (
        *words.get("another_matter_words", ()),
        *words.get("what_if_words", ()),
        *words.get("correction_words", ()),
        *words.get("back_words", ()),
    )
    pair = any(w in text for w in pairs)  # "我同事…也在站里 我俩加一起多少": each one's answer
    # "再加上我们招用…75人 最多一共多少": another matter, with a sum asked (not "再加上我…证书" alone)
    adding = has_any(text, words.get("adding_matter_words", ())) and has_any(text, words.get("amount_words", ()))
    if not again and not has_any(text, moved) and not pair and not adding:
        return reply  # "3个人的话一共": the total of this answer, not of earlier ones too
    elsewhere = any(a.get("key") and reply.clauses[0] not in a["key"][0] for a in before)
    # "那要是我当时考的是高级技师，我们俩一共多少": the people's answers on this clause
    # ("同事是高级工 我们两个一共多少": a pair word counts two, with no 人 after it)
    heads = max(_people_counted(text) or 0, 2 if pair else 0)
    people = heads > 1 and len({a.get("who", 0) for a in after}) > 1
    if not (elsewhere or people) or len(after) < (1 if refused else 2):
        return reply
    if (people and has_any(text, words.get("person_added_words", ()))) or (again and within):
        # "另一个同事…加上他两人一共多少": the two people's answers on this clause, not the
        # market's grant asked before them
        after = [a for a in after if a.get("key") and reply.clauses[0] in a["key"][0]]
    added = summed(kb, counted(after, what_if=not has_any(text, words.get("as_stated_words", ()))))
    note = kb.texts.get("draft_note", "")
    listed = [line for line in added.text.split("\n") if line != note]  # the total, then each answer
    return replace(added, text="\n".join([*listed, reply.text]))


def asks_total(text: str, totals: tuple[str, ...], pairs: tuple[str, ...] = ()) -> bool:
    """A total word that asks for a sum, not one that gives a count ("一共260人", "总共招了80个");
    or two people asked about together ("我俩一年最多多少": ``pairs`` right before the question,
    not "请我们俩和另外8个在校生培训")."""
    if any(re.search(f"{re.escape(p)}[^，,。；;！!？?]{{0,6}}(?:多少|几)", text) for p in pairs if p in text):
        return True
    if not has_any(text, totals):
        return False
    alternatives = "|".join(re.escape(w) for w in sorted(totals, key=len, reverse=True))
    return has_any(re.sub(f"(?:{alternatives})(?:是|有|招了|招用了|培养了)?{_NUMERAL}", "", text), totals)


_NUMERAL = "[0-9零〇一二两三四五六七八九十百千万](?![共起块])"  # (not the 一 of 一共, 一起)
