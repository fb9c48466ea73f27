"""Questions left for another and returned to ("回到刚才招人的问题，如果再多15个呢").

When the dialogue turns to another clause, the topic left and what was said for it are kept (a
few of them, most recent last); a message that says it goes back ("回到…", "刚才那个") and is
about one of them resumes it with its own figures, so "再多15个" adds to the 110 said there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from handlers.intents import has_any
from knowledge.models import KnowledgeBase
from knowledge.numbers import find_numbers
from knowledge.search import Match

MAX_KEPT = 3


def resumed(
    kb: KnowledgeBase,
    state: dict[str, Any],
    text: str,
    ranks: list[Match],
    *,
    corrects: bool = False,
    figures_of: Callable[[str], bool] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The topic and facts of the earlier question this message goes back to, if it does: it
    says so ("回到…"), or it ``corrects`` a fact the topic in hand does not have ("我一开始说错了
    社区评的是市级" after moving on from the community's level), and that earlier clause fits; or
    it gives a figure only one earlier question has by its own words (``figures_of``: "如果本区户籍
    的再多招20个呢" after moving on from hiring to a 浙江工匠)."""
    earlier = state.get("earlier")
    if not isinstance(earlier, dict):
        return None
    quoted = _quoted_answer(state, text)
    if quoted in earlier:
        ranks = [m for m in ranks if m.clause == quoted] or ranks  # "工匠那2万是打给公司还是…"
    elif (
        pointed := _pointed(kb, text, ranks, earlier, _opened(state)) or _what_if_on(kb, text, ranks, earlier)
    ) is not None:
        ranks = [m for m in ranks if m.clause == pointed]
    elif not has_any(text, kb.lexicon.words.get("back_words", ())):
        own = [c for c in earlier if figures_of is not None and figures_of(c)]
        # (not when another clause is named by its strong words: "给本区户籍大学生…50人3天" is
        # （七）'s own question, though its 本区户籍 50 would fit hiring's too)
        named = bool(ranks) and ranks[0].strong > 0 and ranks[0].clause not in own
        if len(own) == 1 and not corrects and not named:
            ranks = [m for m in ranks if m.clause == own[0]] or ranks
            kept = earlier.get(own[0])
            if isinstance(kept, dict) and isinstance(kept.get("topic"), dict):
                return dict(kept["topic"]), dict(kept.get("facts") or {})
        if not corrects:
            return None
        fitting = [
            m for m in ranks[:3] if m.clause in earlier and (m.hits or m is ranks[0]) and m.score >= ranks[0].score / 2
        ]
        if not fitting:
            held = _held_category(earlier, text) or _held_group(kb, earlier, text)
            if held is None:
                return None
            kept = earlier[held]
            return dict(kept["topic"]), dict(kept.get("facts") or {})
        ranks = fitting
    else:
        ranks = [m for m in ranks[:3] if m.clause in earlier and m.hits] or ranks
    clause = ranks[0].clause if ranks else None
    if clause not in earlier and not (ranks and ranks[0].strong):
        clause = next(reversed(earlier), None)  # "那刚才那个呢 再说一下": the one left last
    kept = earlier.get(clause) if clause is not None else None
    if not isinstance(kept, dict) or not isinstance(kept.get("topic"), dict):
        return None
    return dict(kept["topic"]), dict(kept.get("facts") or {})


def _opened(state: dict[str, Any]) -> str:
    """The message that opened the topic in hand."""
    topic = state.get("topic")
    return str(topic.get("opened", "")) if isinstance(topic, dict) else ""


def _pointed(
    kb: KnowledgeBase, text: str, ranks: list[Match], earlier: dict[str, Any], current: str = ""
) -> str | None:
    """ "这个培训补贴是按人按天算的吧", "刚才培训人数说错了": a word pointing back at something said,
    with words of exactly one earlier question's clause among the two best matches."""
    pointers = kb.lexicon.words.get("earlier_pointer_words", ())
    if not has_any(text, pointers):
        return None
    own = _by_own_words(text, pointers, {**earlier, "": {"topic": {"opened": current}}})
    if own is not None:
        return own or None  # ("": the topic in hand's own message said those words)
    fitting = {m.clause for m in ranks[:2] if m.clause in earlier and m.hits}
    return fitting.pop() if len(fitting) == 1 else None


def _what_if_on(kb: KnowledgeBase, text: str, ranks: list[Match], earlier: dict[str, Any]) -> str | None:
    """ "如果培训只做了1天呢，一共多少" after moving on: a what-if is on something said, so on the
    earlier question its words fit best."""
    if not ranks or ranks[0].clause not in earlier or not ranks[0].hits:
        return None
    return ranks[0].clause if has_any(text, kb.lexicon.words.get("hypothetical_words", ())) else None


def _by_own_words(text: str, pointers: tuple[str, ...], earlier: dict[str, Any]) -> str | None:
    """The earlier question whose first message said the words just before the pointer ("电工班"
    of "电工班那部分是多少来着", the asker's own name for it), where exactly one did."""
    at = min((text.find(p) for p in pointers if p in text), default=-1)
    before = _OWN_NAME.search(text[:at]) if at > 0 else None
    if before is None:
        return None
    name = before.group(0)
    for size in (4, 3, 2):  # the longest tail of the phrase that one opening message said
        if len(name) < size:
            continue
        found = [
            clause
            for clause, kept in earlier.items()
            if isinstance(kept, dict) and name[-size:] in str((kept.get("topic") or {}).get("opened", ""))
        ]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


# The few characters of a name said just before a pointer word ("电工班" + 那部分)
_OWN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}$")


def with_opening(state: dict[str, Any], new_state: dict[str, Any], text: str) -> dict[str, Any]:
    """``new_state`` with the message that opened the topic in hand kept on it ("opened"), so the
    asker's own name for that question ("电工班", "训练营") can point back at it later."""
    topic, old = new_state.get("topic"), state.get("topic")
    if not isinstance(topic, dict) or "opened" in topic:
        return new_state
    same = isinstance(old, dict) and old.get("clause") == topic.get("clause")
    kept = (state.get("earlier") or {}).get(topic.get("clause")) if isinstance(state.get("earlier"), dict) else None
    if same and isinstance(old, dict):
        opened = old.get("opened")
    elif isinstance(kept, dict) and isinstance(kept.get("topic"), dict) and kept["topic"].get("opened"):
        opened = kept["topic"]["opened"]  # a question gone back to keeps its first message
    else:
        opened = text[:80]
    return {**new_state, "topic": {**topic, "opened": opened}} if opened else new_state


def _held_category(earlier: dict[str, Any], text: str) -> str | None:
    """The one earlier question with a category counted that the correction names ("纠正一下，拿
    技师证的是12个" after moving on from 10 技师 trained to a studio's grant)."""
    return _one_holding(
        earlier, lambda name, value: isinstance(value, dict) and any(len(k) >= 2 and k in text for k in value)
    )


def _held_group(kb: KnowledgeBase, earlier: dict[str, Any], text: str) -> str | None:
    """The one earlier question with a count held whose group the correction names by its include
    cues ("改一下 本区户籍的其实是一百个" after moving on from the local hires to a 浙江工匠)."""

    def named(name: str, value: Any) -> bool:
        slot = kb.slots.get(name)
        counted = isinstance(value, int) and not isinstance(value, bool)
        return counted and slot is not None and slot.type == "count" and has_any(text, slot.include_cues)

    return _one_holding(earlier, named)


def _one_holding(earlier: dict[str, Any], holds: Callable[[str, Any], bool]) -> str | None:
    """The one earlier question (with a topic kept) one of whose facts ``holds``, if exactly one."""
    found = [
        clause
        for clause, kept in earlier.items()
        if isinstance(kept, dict)
        and isinstance(kept.get("topic"), dict)
        and any(holds(name, value) for name, value in (kept.get("facts") or {}).items())
    ]
    return found[0] if len(found) == 1 else None


def _quoted_answer(state: dict[str, Any], text: str) -> str | None:
    """The clause of an answer given earlier whose amount the message points back at ("那2万",
    "这3000"), where exactly one answer had that amount."""
    figures = {
        n.value
        for n in find_numbers(text)
        if n.value is not None and n.start > 0 and text[n.start - 1] in "那这" and ("万" in n.text or n.value >= 100)
    }
    answered = state.get("answered") or []
    hits = {
        c
        for a in answered
        if isinstance(a, dict) and isinstance(a.get("key"), list) and str(a.get("amount")) in {str(f) for f in figures}
        for c in a["key"][0]
    }
    return hits.pop() if len(hits) == 1 else None


def keep_left(state: dict[str, Any], new_state: dict[str, Any]) -> dict[str, Any]:
    """``new_state`` with the topic the dialogue has just left added to those kept, and the one it
    is on now taken out of them."""
    earlier = dict(state.get("earlier") or {}) if isinstance(state.get("earlier"), dict) else {}
    old, new = state.get("topic"), new_state.get("topic")
    if not new_state or not isinstance(new, dict):
        return new_state
    if isinstance(old, dict) and old.get("clause") != new.get("clause"):
        earlier.pop(old["clause"], None)
        # a question left on a what-if ("要是明年复评没通过呢") is kept with its facts as stated
        stated = state.get("before_if") if isinstance(state.get("before_if"), dict) else state.get("facts")
        earlier[old["clause"]] = {"topic": old, "facts": dict(stated or {})}
    earlier.pop(new.get("clause"), None)
    if not earlier:
        return {k: v for k, v in new_state.items() if k != "earlier"}
    return {**new_state, "earlier": dict(list(earlier.items())[-MAX_KEPT:])}


def set_aside(state: dict[str, Any]) -> dict[str, Any]:
    """A state for "重新问一个，…": nothing in hand, the question left kept with the others, so
    "回到我那个证书" later still finds it."""
    earlier = dict(state.get("earlier") or {}) if isinstance(state.get("earlier"), dict) else {}
    topic = state.get("topic")
    if isinstance(topic, dict) and topic.get("clause"):
        earlier.pop(topic["clause"], None)
        earlier[topic["clause"]] = {"topic": topic, "facts": dict(state.get("facts") or {})}
    return {"earlier": dict(list(earlier.items())[-MAX_KEPT:])} if earlier else {}
