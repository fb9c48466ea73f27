"""Domain words typed in pinyin are read as the words; English words stay as typed."""

from __future__ import annotations

import pytest

from knowledge.romanised import RomanisedWords

WORDS = ["零工市场", "家燕回巢", "公益性岗位", "公益岗位", "浙江工匠", "技能大师工作室", "高级工"]


@pytest.fixture(scope="module")
def romanised() -> RomanisedWords:
    return RomanisedWords(WORDS, keep=["ok", "hr"])


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("linggong shichang 验收了", "零工市场 验收了"),
        ("lingong shichang 验收了", "零工市场 验收了"),  # a g left out: a letter off a long run
        ("jyhc 有补贴吗", "家燕回巢 有补贴吗"),
        ("gyxgw 一个月多少", "公益性岗位 一个月多少"),
        ("gongyi gangwei 多少", "公益岗位 多少"),
        ("jineng dashi gongzuoshi", "技能大师工作室"),
    ],
)
def test_pinyin_runs_become_domain_words(romanised: RomanisedWords, typed: str, read: str) -> None:
    assert romanised.fix(typed) == read


@pytest.mark.parametrize("typed", ["ok 按实际的", "hr 考了证", "thanks a lot", "please help", "total"])
def test_english_stays_english(romanised: RomanisedWords, typed: str) -> None:
    assert romanised.fix(typed) == typed


def test_importing_it_first_keeps_pinyins_phrase_dictionary_out() -> None:
    """Whichever module imports pypinyin first decides whether its ~67 MB phrase dictionary loads
    (the search module imports this one before knowledge.text): it must say no too."""
    import subprocess
    import sys

    code = "import knowledge.romanised, pypinyin.constants as c; print(len(c.PHRASES_DICT))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PATH": ""})
    assert out.stdout.strip() == "0"
