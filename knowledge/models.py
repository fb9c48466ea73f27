"""The policy as frozen values: what the loader builds from YAML and the engine reads.

Nothing here parses or computes; see ``knowledge.loader`` for validation and ``calculators``
for the arithmetic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from calculators.base import Base, Calculator
from calculators.requirements import Requirement


@dataclass(frozen=True, slots=True)
class Slot:
    """A fact the bot can read from text and ask for."""

    name: str
    type: str
    ask: str
    hint: str
    units: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    yes: tuple[str, ...] = ()
    no: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    default: Any = None
    persist: bool = False
    cue_required: bool = False
    generic: bool = False
    priority: tuple[str, ...] = ()
    phrases: Mapping[str, int] = field(default_factory=dict)
    include_cues: tuple[str, ...] = ()
    exclude_cues: tuple[str, ...] = ()
    negated: Mapping[str, str] = field(default_factory=dict)
    from_year: bool = False
    part_of: str | None = None
    no_near: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    """A "no" said in two parts close together ("公司注册和办公都在西湖区"): a word of the first list,
    then within a few characters of the same phrase 在 and one of the second."""
    context: tuple[str, ...] = ()
    """Words one of which a new question must have for this slot to be read from it: a level
    word said of an organiser ("市人社局组织的宣讲") is no award's level without 奖, 竞赛, 先进…"""
    no_pairs: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    """A "no" said as a word of the first list right before one of the second, 的 allowed between
    ("江西户籍", "安徽的户口"): places times 户籍 words, without listing every pair."""
    no_said_of_else: tuple[str, ...] = ()
    """Words that, later in the phrase of a no word, make it said of something else: "证是在上城区
    考的" is where the certificate was taken, not where its holder works."""
    yes_pairs: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    """A yes said as a first word and, a few characters on in the same phrase, a second ("户口上个月
    刚迁来滨江"): the words between are free, so no list of phrases can hold them all."""
    no_apart: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    """The "no" of ``yes_pairs``: a first word and, a few characters on in the same phrase, a
    second ("户口上个月迁到上城区了": moved away)."""
    past_year_no: tuple[str, ...] = ()
    """Words after a year before this one that make this bool "no" ("2019年认定的")."""
    separate_cues: tuple[str, ...] = ()
    """Words that make the whole's figure a group apart from this part ("初中级技能人才90人次、
    高技能人才30人次"); without them a whole said beside its part includes it."""
    beside_cues: tuple[str, ...] = ()
    """Exclude cues of a group beside the included one, never a part of it: in "本区户籍新招90个
    其中离职8个 外地户口40个" the 40 are not among the 90, the 8 are."""
    of_whole: bool = False
    """A bool said of the organisation itself (备案, 区内企业, 试点): its no is never one group's
    of the figures beside it ("还没备案 这期四十个学员 三十个拿了中级工" refuses them all)."""
    group_words: tuple[str, ...] = ()
    """Words naming a group of people after which a bare figure counts them ("区内失业人员四十
    灵活就业三十 …全考过中级工"): people type the unit away once the group's name says who."""
    half_up: bool = False
    things: tuple[str, ...] = ()
    """Words right after a figure and its unit that make it a count of things rather than of
    this slot ("两个证": certificates, not people)."""
    round_down: bool = False
    """A fraction counts as the whole units below it ("3.5天" → 3 days): the policy pays per whole
    day, and the derivation shows the figure used."""
    parts_add: bool = False
    """Its figures in one message add up ("评审4次、培训2次"): none is the whole of the others, so
    an excluded one ("市总工会组织的3次") is left out rather than taken off the first."""
    rate_for_one: bool = False
    """Counts whose one category named, with no figure anywhere, under an amount question ("拿了
    技师证，机构补多少") mean one: the asker wants the rate per person, not to be asked a count."""
    either: bool = False
    decisive_no: tuple[str, ...] = ()
    """No words that decide whatever yes words stand beside them: "三个专干都拿证了 … 我自己…
    初级工" names three holders, the asker one of them, so the certificates are not one person's."""
    """A yes/no met by any of its yes words (本区户籍 or 脱贫人口): one stated plainly answers
    yes, whatever else is denied ("不是滨江户籍，是对口帮扶地区的脱贫人口")."""


@dataclass(frozen=True, slots=True)
class Benefit:
    """One payable (or non-monetary) item inside a clause."""

    id: str
    name: str
    recipient: str
    quote: str
    calculator: Calculator
    kind: str
    conditions: tuple[str, ...]
    documents: tuple[str, ...]
    triggers: tuple[str, ...] = ()
    select: Mapping[str, str] = field(default_factory=dict)
    unless: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    requires: tuple[Requirement, ...] = ()
    info: str = ""
    reading: str = ""
    payee: str = "person"
    """"organisation": an individual asking is told who receives it; "person": so is an
    organisation asking ("公司能拿多少" of a competition prize); "either": both may ask."""
    refers: tuple[str, ...] = ()
    """Words people use to point back at this benefit in a dialogue ("这两个社区", "工匠那个")."""
    yearly: bool = False
    """The sum is a year's ("每年15万元"): "连着两年一共多少" is that sum times the years."""
    within: str = ""
    """Another benefit of the clause whose amount already holds this one ("给予街道每年最高50万元，
    其中…社区就业创业服务中心…最高15万元"): answered together, this one is not added again."""
    proposal_periods: Mapping[str, int] = field(default_factory=dict)
    """For a rate with "不高于": the words of a sum someone proposes ("一个月给400") and how many
    of them make the rate's own period (每月: 12 for a yearly rate), so it can be checked."""


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause （一）…（十二） or the annex, with its verbatim text."""

    id: str
    number: str
    chapter: str
    title: str
    text: str
    summary: str
    audiences: tuple[str, ...]
    strong: tuple[str, ...]
    normal: tuple[str, ...]
    examples: tuple[str, ...]
    benefits: tuple[Benefit, ...]
    file: str = ""
    names: tuple[str, ...] = ()
    """The clause's own programme names ("家燕回巢"): between two close clauses that nothing
    else decides, the one named is meant, rather than a question back."""

    def benefit(self, benefit_id: str) -> Benefit:
        return next(b for b in self.benefits if b.id == benefit_id)


@dataclass(frozen=True, slots=True)
class Document:
    """The policy document's metadata."""

    title: str
    full_title: str
    issuer: str
    status: str
    effective: str
    implementing_body: str
    principle: str
    repeals: str
    references: str
    data_version: str


@dataclass(frozen=True, slots=True)
class Audience:
    """A kind of asker, the words that reveal it and its label in replies."""

    id: str
    label: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Matcher vocabulary that is not tied to one clause."""

    synonyms: Mapping[str, tuple[str, ...]]
    audiences: Mapping[str, Audience]
    persona_cues: tuple[str, ...]
    out_of_scope: Mapping[str, tuple[str, ...]]
    words: Mapping[str, tuple[str, ...]]  # reset_words, help_words, greeting_words, …
    misspellings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Canonical word → what people type instead ("宾江" for "滨江"): short names the homophone
    repair cannot safely rewrite, because two characters that sound alike are too often a word."""


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Everything the engine knows, loaded and validated once."""

    document: Document
    clauses: tuple[Clause, ...]
    slots: Mapping[str, Slot]
    texts: Mapping[str, str]
    bases: Mapping[str, Base]
    lexicon: Lexicon
    policy_text: str

    def clause(self, clause_id: str) -> Clause:
        return next(c for c in self.clauses if c.id == clause_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.clauses)
