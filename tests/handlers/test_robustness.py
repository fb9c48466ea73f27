"""Arbitrary input never raises, and odd input gets a polite reply."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.dialogue import Dialogue

KINDS = {"answer", "ask", "clarify", "fallback", "help"}
WORDS = [
    "招了",
    "120",
    "个",
    "本区户籍",
    "技师",
    "家燕回巢",
    "不对",
    "重新开始",
    "线上",
    "3次",
    "二等奖",
    "公益岗",
    "物业",
    "2",
    "是",
    "不是",
    "最高",
    "多少",
    "😂",
    "繁體",
    "区级",
    "五星",
    "天",
    "人",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=80), min_size=1, max_size=4))
def test_arbitrary_unicode_never_raises(dialogue: Dialogue, messages: list[str]) -> None:
    """Any Unicode, over several turns, yields a well-formed reply and JSON-native state."""
    state: dict[str, object] = {}
    for message in messages:
        reply, state = dialogue.respond(state, message)
        assert reply.kind in KINDS and reply.text
        assert len(reply.text.encode()) <= 2048


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map("".join), min_size=1, max_size=5))
def test_domain_word_salad_never_raises(dialogue: Dialogue, messages: list[str]) -> None:
    """Sentences made of the policy's own words, in any order, never break the dialogue."""
    import json

    state: dict[str, object] = {}
    for message in messages:
        reply, state = dialogue.respond(state, message)
        assert reply.kind in KINDS
        json.dumps(state, ensure_ascii=False)
        if reply.amount_yuan is not None:
            assert reply.amount_yuan >= 0


def test_empty_and_noise_messages(dialogue: Dialogue) -> None:
    """Empty text, emoji only and a 10,000-character message get a reply, not an error."""
    for text in ("", "   ", "😂😂😂", "？？？", "a" * 10_000, "\x00\x01"):
        reply, _ = dialogue.respond({}, text)
        assert reply.kind in ("help", "fallback")


_SCRIPT = """
import hashlib, json, sys, yaml
from handlers.dialogue import Dialogue
from knowledge.loader import load
d = Dialogue(load())
qs = [q["text"] for q in yaml.safe_load(open("tests/eval/questions.yaml", encoding="utf-8"))][:120]
digest = hashlib.sha256()
for q in qs:
    reply, state = d.respond({}, q)
    digest.update(json.dumps([reply.to_json(), state], ensure_ascii=False, sort_keys=True).encode())
print(digest.hexdigest())
"""


def test_replies_do_not_depend_on_hash_seed() -> None:
    """The same questions give the same replies under different PYTHONHASHSEED values."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=root, env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        digests.add(out.stdout.strip())
    assert len(digests) == 1


OPENINGS = [
    "我是社区就业专干，考了技师证",
    "企业招人有补贴吗",
    "我是区导师库的导师，线下宣讲",
    "街道给每人一年发",
    "我们是备案的培训机构，中级工",
    "试点单位高技能人才",
    "那如果是",
    "其中",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(OPENINGS),
            st.integers(min_value=0, max_value=10**60),
            st.sampled_from(["", "个", "人", "元", "万", "次", "个呢"]),
        ).map(lambda t: f"{t[0]}{t[1]}{t[2]}"),
        min_size=1,
        max_size=4,
    )
)
def test_figures_of_any_size_never_raise(dialogue: Dialogue, messages: list[str]) -> None:
    """A figure of fifty digits, said as a count or quoted as a sum, is refused or written out,
    never an exception (it had overflowed the amounts' 28-digit decimal context)."""
    import json

    state: dict[str, object] = {}
    for message in messages:
        reply, state = dialogue.respond(state, message)
        assert reply.kind in KINDS
        json.dumps(state, ensure_ascii=False)
