"""Who a message is about: the asker, or another person they name ("我老婆也是…", "我同学…").

Answers are remembered per person, so "我们两个加起来多少" adds one answer of each; and the
asker's own facts are set aside while another person's are discussed, so "那我…" afterwards is
judged on what the asker said of themself, not on the classmate's 户口.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from handlers.intents import has_any
from handlers.scan import called_pattern, category_spans
from knowledge.models import KnowledgeBase, Lexicon
from knowledge.numbers import find_numbers


def speaker(
    kb: KnowledgeBase,
    answered: list[dict[str, Any]],
    person: Any,
    text: str,
    known: dict[str, int] | None = None,
    *,
    self_spoken: bool = True,
    owned: Collection[str] = (),
) -> int:
    """Whose figures this message gives: a person named before where it names them again ("回到
    我爸那个", ``known``), a new person where it names another ("我老婆也是…"), the asker (0)
    where it speaks of themself again ("那我…"), else the person spoken of last, who stays the
    same through their refusals and what-ifs ("如果她调到街道…呢"). A pronoun alone names no new
    person where the asker has only spoken for others (``self_spoken`` false: "我们员工…", then
    "他是第一名")."""
    others = tuple(kb.lexicon.words.get("other_person_words", ()))
    people = [a.get("who", 0) for a in answered if isinstance(a.get("who", 0), int)]
    current = person if isinstance(person, int) else 0
    named = named_people(kb, text)
    # (not "另一个同事…" after "我们窗口的同事…": another of them, a new person)
    again = [known[name] for name in named if known and isinstance(known.get(name), int) and not _another(text, name)]
    if len(set(again)) > 1:  # "小王小李两个人一共多少": both, not one of them again
        return current
    if again:
        return again[0]
    if not named and any(f"{word}我" in text for word in kb.lexicon.words.get("back_words", ())):
        return 0  # "回到我们社区…", "说回我，…": the asker again
    if not again and _self_first(kb, text, named):
        return 0  # "帮我和同事一起问 我参加…线下三次": the asker's own figures first
    # ("小张是…高级工": a person called by name is another, unless it is the asker's own name)
    # (not one of a batch of holders told before: "小李其实是技师" corrects the batch)
    called = [n for n in named if n not in owned and not text[: text.find(n)].endswith(("我是", "我叫", "本人"))]
    # (one at a time: several named in one message are one batch of holders, the asker's)
    asked_alone = _newcomer_asked(kb, text)
    if has_any(text, others) or len(called) == 1 or asked_alone:
        if not named and not asked_alone and (current or not self_spoken) and _pronoun_only(kb, text, others):
            # "他是第一名" after "我们员工…拿了一等奖": the employee spoken of all along; "她是在一家私企
            # 做HR的" after "我同事也考了…": the colleague spoken of last
            return current
        return max([*people, current], default=0) + 1
    rest = text
    for word in (*others, "我们"):
        rest = rest.replace(word, "")
    return 0 if "我" in rest else current


def _self_first(kb: KnowledgeBase, text: str, named: list[str]) -> bool:
    """The asker says what they did (lexicon ``self_doing_words``: "我参加", "我考了") after naming
    the others, and says nothing of the others' doing: the figures are the asker's."""
    words = tuple(kb.lexicon.words.get("self_doing_words", ()))
    last = max((text.rfind(n) + len(n) for n in named), default=-1)
    return last != -1 and any(text.find(w, last) != -1 for w in words)


def _newcomer_asked(kb: KnowledgeBase, text: str) -> bool:
    """ "还有个员工…拿了三等奖 他多少": one more of a kind, asked about alone."""
    words = kb.lexicon.words
    return has_any(text, words.get("newcomer_words", ())) and has_any(text, words.get("person_asked_words", ()))


_ANOTHER = re.compile(r"(?:另一|另外一|还有一)[个位名]$")


def _another(text: str, name: str) -> bool:
    """``name`` said as another one of its kind ("另一个同事", "还有一位同事")."""
    at = text.find(name)
    return at > 0 and _ANOTHER.search(text[max(0, at - 4) : at]) is not None


def _pronoun_only(kb: KnowledgeBase, text: str, others: tuple[str, ...]) -> bool:
    """Every other-person word in ``text`` is a pronoun ("他是", "她也")."""
    pronouns = tuple(kb.lexicon.words.get("unnamed_person_start_words", ()))
    said = [w for w in others if w in text]
    return bool(said) and all(w.startswith(("他", "她")) and w.startswith(pronouns) for w in said)


def named_people(kb: KnowledgeBase, text: str) -> list[str]:
    """The people the message names by who they are ("我爸", "同事", "我舅舅"), in order; a
    pronoun ("她是", "他也") or a count ("另一个人", "第二个人") names nobody in particular."""
    words = kb.lexicon.words.get("other_person_words", ())
    pronouns = tuple(kb.lexicon.words.get("unnamed_person_start_words", ()))
    found = [(text.find(w), w) for w in words if w in text and not w.startswith(pronouns)]
    found += [(m.start(), m.group()) for m in _surnamed(kb).finditer(text) if m.group() not in {w for _, w in found}]
    # "我舅舅" names one person, not also "舅舅"
    kept = [(at, w) for at, w in found if not any(w != v and w in v and at >= b for b, v in found)]
    return [w for _, w in sorted(kept)]


_SURNAMED: dict[int, re.Pattern[str]] = {}


def _surnamed(kb: KnowledgeBase) -> re.Pattern[str]:
    """ "小王", "老李", "王阿姨": a person called by surname (built once per lexicon)."""
    key = id(kb.lexicon)
    if key not in _SURNAMED:
        _SURNAMED[key] = called_pattern(kb.lexicon.words)
    return _SURNAMED[key]


def with_names(kb: KnowledgeBase, known: Any, text: str, person: int) -> dict[str, int]:
    """``known`` with the people this message names for the first time, as ``person``: so a
    later "回到我爸那个" is theirs again."""
    names = dict(known) if isinstance(known, dict) else {}
    if person:
        for name in named_people(kb, text):
            names.setdefault(name, person)
    return names


def newcomer_alone(kb: KnowledgeBase, state: dict[str, Any], person: int, text: str) -> dict[str, Any]:
    """``state`` without the head counts said of a group, when the message turns to one person
    named for the first time with no figure ("我妈在社区公益性岗位上，她一年绩效补贴最多能拿多少"
    after "是四个人"): she is one, not the four."""
    facts = state.get("facts")
    counted = [n for n in find_numbers(text) if n.value is not None and n.value != 1]  # (一年 is no count)
    if not person or person == state.get("person") or not isinstance(facts, dict):
        return state
    if not (named_people(kb, text) or _newcomer_asked(kb, text)) or any(
        a.get("who") == person for a in state.get("answered") or []
    ):
        return state
    if counted and has_any(text, kb.lexicon.words.get("total_words", ())):
        return state  # "还有俩同事考了中级工 加上我一共多少": one batch with the asker's
    if counted:
        # "同事小陈是线上五次" after "我…线下三次线上两次": his own counts, not mine with his added
        own = [k for k, v in facts.items() if k in kb.slots and kb.slots[k].type == "counts" and isinstance(v, dict)]
        own = [k for k in own if category_spans(kb.slots[k], text)]
        return {**state, "facts": {k: v for k, v in facts.items() if k not in own}} if own else state
    heads = [
        k
        for k, v in facts.items()
        if k in kb.slots and kb.slots[k].type == "count" and "人" in kb.slots[k].units and isinstance(v, int) and v > 1
    ]
    # "还有一个员工区级竞赛拿了三等奖 他多少" after another's 一等奖: his prize alone, asked of him
    # (not "再加一个初级工的同事呢": one more for the batch)
    if has_any(text, kb.lexicon.words.get("person_asked_words", ())):
        heads += [
            k
            for k, v in facts.items()
            if k in kb.slots and kb.slots[k].type in ("counts", "enum") and category_spans(kb.slots[k], text)
        ]
    return {**state, "facts": {k: v for k, v in facts.items() if k not in heads}} if heads else state


def with_own_facts(state: dict[str, Any], person: int) -> dict[str, Any]:
    """``state`` with the asker's own facts back, when this message returns to the asker, or with
    another person's, when it returns to someone spoken of before ("那我女儿…" after her cousin)."""
    own = state.get("own_facts")
    if person == 0 and state.get("person") and isinstance(own, dict) and own:
        return {**state, "facts": dict(own)}
    others = state.get("person_facts")
    theirs = others.get(str(person)) if isinstance(others, dict) and person != state.get("person") else None
    if person and isinstance(theirs, dict):
        return {**state, "facts": dict(theirs)}
    return state


def keep_own_facts(state: dict[str, Any], new_state: dict[str, Any], person: int) -> dict[str, Any]:
    """``new_state`` remembering whose turn it is and, while another person is discussed, the
    asker's facts from before."""
    kept = {k: v for k, v in new_state.items() if k not in ("person", "own_facts", "person_facts")}
    left = state.get("person")
    others = dict(state.get("person_facts") or {}) if isinstance(state.get("person_facts"), dict) else {}
    if isinstance(left, int) and left and left != person:  # the person left keeps their facts
        others[str(left)] = dict(state.get("facts") or {})
    if others:
        kept["person_facts"] = others
    if not person:
        return kept
    own = state.get("own_facts") if state.get("person") else state.get("facts")
    return {**kept, "person": person, "own_facts": dict(own or {})}


def speaks_of_self(text: str, lexicon: Lexicon) -> bool:
    """The asker says 我 of themself ("我在社区做就业专干"), not only 我们/我司 of a body."""
    for word in lexicon.words.get("organisation_words", ()):
        if word.startswith("我"):
            text = text.replace(word, "")
    return "我" in text
