"""The data checker: the shipped data passes, broken copies fail with the right message."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from knowledge.errors import KnowledgeError
from knowledge.loader import default_path, load

SHARED_POLICY = Path(__file__).resolve().parents[3] / "shared" / "policy" / "binjiang-employment-opinions-draft.txt"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A writable copy of the shipped data."""
    copy = tmp_path / "data"
    shutil.copytree(default_path(), copy)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_data_passes(capsys: pytest.CaptureFixture[str]) -> None:
    """`policy-bot check-knowledge` exits 0 on the packaged data."""
    assert main(["check-knowledge"]) == 0
    assert "13 clauses" in capsys.readouterr().out


def test_every_clause_text_is_verbatim_in_the_policy() -> None:
    """Each clause's text, title, chapter and every benefit quote stand in the policy file."""
    kb = load()
    for clause in kb.clauses:
        assert clause.text in kb.policy_text, clause.id
        for benefit in clause.benefits:
            assert benefit.quote in clause.text, (clause.id, benefit.id)


@pytest.mark.skipif(not SHARED_POLICY.exists(), reason="shared/ policy text not beside the repo")
def test_shipped_policy_text_is_the_published_one() -> None:
    """The packaged policy.txt is byte-for-byte the shared policy file."""
    assert (default_path() / "policy.txt").read_bytes() == SHARED_POLICY.read_bytes()


BROKEN: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "unknown kind",
        lambda d: edit(d / "clauses/04.yaml", "kind: tiered", "kind: magic"),
        "clauses/04.yaml: benefits[0].calculator.kind: unknown calculator kind 'magic'",
    ),
    (
        "slot without prompt",
        lambda d: edit(d / "slots.yaml", "  ask: 涉及多少人？\n", ""),
        "slots.yaml: persons.ask: a slot needs a Chinese ask text",
    ),
    (
        "amount not a number",
        lambda d: edit(d / "clauses/06.yaml", "技师: 2500", "技师: 两千五"),
        "clauses/06.yaml: benefits[0].calculator.rates.技师: not a number",
    ),
    (
        "count without a max",
        lambda d: edit(d / "slots.yaml", "  max: 10000   # (a figure beyond it", "  # (a figure beyond it"),
        "slots.yaml: online_offline.max: a counts slot needs a max",
    ),
    (
        "float amount",
        lambda d: edit(d / "clauses/06.yaml", "技师: 2500", "技师: 2500.5"),
        "rates.技师: amount must be an integer or a numeric string",
    ),
    (
        "text not verbatim",
        lambda d: edit(d / "clauses/02.yaml", "分别给予10万元", "分别给予12万元"),
        "clauses/02.yaml: text: not found verbatim in the policy file",
    ),
    ("duplicate id", lambda d: edit(d / "clauses/03.yaml", 'id: "3"', 'id: "2"'), "duplicate id '2'"),
    (
        "undefined slot",
        lambda d: edit(d / "clauses/11.yaml", "slot: times", "slot: visits"),
        "slot 'visits' is not defined in slots.yaml",
    ),
    (
        "quote not in clause",
        lambda d: edit(d / "clauses/12.yaml", "quote: 对于入选浙江工匠", "quote: 对于入选杭州工匠"),
        "clauses/12.yaml: benefits[0].quote: not found verbatim in the clause text",
    ),
    (
        "condition list written as a word",
        lambda d: edit(d / "clauses/04.yaml", "in: [市级]", "in: 市级"),
        "clauses/04.yaml: benefits[1].requires[0]: in and not_in must be lists",
    ),
    (
        "within an unknown benefit",
        lambda d: edit(d / "clauses/01.yaml", "within: street", "within: streets"),
        "clauses/01.yaml: benefits[1].within: no benefit 'streets' in this clause",
    ),
    (
        "bad YAML",
        lambda d: (d / "lexicon.yaml").write_text("synonyms: [unclosed", encoding="utf-8"),
        "lexicon.yaml: not valid YAML",
    ),
    (
        "a key said twice",
        lambda d: (d / "lexicon.yaml").write_text(
            (d / "lexicon.yaml").read_text(encoding="utf-8") + "\nreset_words: [重来]\n", encoding="utf-8"
        ),
        "lexicon.yaml: not valid YAML: key 'reset_words' appears twice in one mapping",
    ),
    (
        "a word list no one reads",
        lambda d: edit(d / "lexicon.yaml", "unnamed_person_start_words:", "unnamed_person_starts:"),
        "lexicon.yaml: unnamed_person_starts: unknown key",
    ),
    (
        "a slot key misspelt",
        lambda d: edit(d / "slots.yaml", "  decisive_no_words: [单位在上城", "  decisive_no: [单位在上城"),
        "slots.yaml: public_service_job.decisive_no: unknown key",
    ),
    (
        "a word with a colon left unquoted",
        lambda d: edit(d / "lexicon.yaml", "asker_words: ['街道:',", "asker_words: [街道:,"),
        "lexicon.yaml: asker_words: {'街道': None} is no word (quote a word with a colon)",
    ),
    (
        "one activity's benefits naming no benefit",
        lambda d: edit(d / "lexicon.yaml", "11/leader_fee]", "11/leader_fees]"),
        "lexicon.yaml: same_activity_benefits: no benefit '11/leader_fees' (clause/benefit)",
    ),
]


@pytest.mark.parametrize(("name", "breaker", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_copies_fail_with_file_key_message(
    data: Path,
    name: str,
    breaker: Callable[[Path], None],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each kind of mistake exits non-zero naming the file, the key and the problem."""
    breaker(data)
    assert main(["check-knowledge", str(data)]) == 1
    assert message in capsys.readouterr().err


def test_amounts_come_from_the_data(data: Path) -> None:
    """Editing an amount in a copy of the data changes what the calculator returns."""
    edit(data / "clauses/04.yaml", "          increment: 25000", "          increment: 30000")
    kb = load(data)
    result = kb.clause("4").benefit("hiring").calculator.compute({"hires": 120}, kb.bases)
    assert result.amount == 50000 + 2 * 30000


def test_loader_reports_all_problems_at_once(data: Path) -> None:
    """Two mistakes in two files are both reported."""
    edit(data / "clauses/04.yaml", "kind: tiered", "kind: magic")
    edit(data / "clauses/02.yaml", "分别给予10万元", "分别给予12万元")
    with pytest.raises(KnowledgeError) as caught:
        load(data)
    assert len(caught.value.problems) >= 2
