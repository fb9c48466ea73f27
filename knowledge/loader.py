"""Load the policy data from YAML into frozen models, validating hard.

Every problem is collected (not just the first) as ``file: key: what`` so that an officer who
edits an amount sees all mistakes at once; ``check-knowledge`` prints them.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from calculators.base import Base
from calculators.registry import build
from calculators.requirements import parse_requirements
from calculators.result import ParamError, need_amount
from knowledge.errors import KnowledgeError
from knowledge.models import Audience, Benefit, Clause, Document, KnowledgeBase, Lexicon, Slot
from knowledge.slots import parse_slot, strs

MIN_EXAMPLES = 8
_TEXT_KEYS = (
    "draft_note",
    "documents_note",
    "contact",
    "help",
    "reset",
    "fallback",
    "welcome",
    "store_busy",
    "engine_error",
    "loose_same",
    "loose_differs",
    "several_total",
    "loose_all_refused",
    "loose_refused_low",
    "paid_to_person_item",
    "paid_to_person_none",
    "paid_to_person_part",
    "paid_to_unit_part",
    # the WeCom channels' own replies (bot/wecom/texts.py): checked here so a copy of the data
    # without them fails at load, not on the first picture a resident sends
    "examples",
    "text_only",
    "channel_welcome_head",
    "channel_welcome_tail",
    "flood_notice",
    "kf_welcome_tail",
    "kf_handoff_button",
    "kf_handoff_queued",
    "kf_handoff_failed",
    "kf_resumed",
    "kf_truncated",
)


def default_path() -> Path:
    """The data shipped inside the installed package, whatever the working directory."""
    return Path(str(resources.files("knowledge") / "data"))


class _UniqueKeys(yaml.SafeLoader):
    """YAML keeps the last of a key said twice, silently: a word list added under a name already
    in use would replace the first without a word. This loader refuses it instead."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} appears twice in one mapping", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


def _read(path: Path, problems: list[str]) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys)
    except FileNotFoundError:
        problems.append(f"{path.name}: file missing")
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problems.append(f"{path.name}: not valid YAML: {str(exc).splitlines()[0]}")
    return None


def load_document(path: Path | None = None) -> Document:
    """Only the document metadata (for ``--version``), without building the rest."""
    problems: list[str] = []
    meta = _read((path or default_path()) / "policy.yaml", problems) or {}
    return _document(meta, problems)


def load(path: Path | None = None) -> KnowledgeBase:
    """Load and validate the data directory; raise ``KnowledgeError`` listing every problem."""
    root = path or default_path()
    problems: list[str] = []
    meta = _read(root / "policy.yaml", problems) or {}
    texts = _read(root / "replies.yaml", problems) or {}
    slot_data = _read(root / "slots.yaml", problems) or {}
    lex = _read(root / "lexicon.yaml", problems) or {}
    source = str(meta.get("source_file", "policy.txt")) if isinstance(meta, dict) else "policy.txt"
    try:
        policy_text = (root / source).read_text(encoding="utf-8")
    except OSError:
        problems.append(f"policy.yaml: source_file: cannot read {source}")
        policy_text = ""
    document = _document(meta, problems)
    bases = _bases(meta, problems)
    slots: dict[str, Slot] = {}
    for name, raw in slot_data.items() if isinstance(slot_data, dict) else []:
        slot = parse_slot(str(name), raw, problems)
        if slot is not None:
            slots[str(name)] = slot
    for key in _TEXT_KEYS:
        if not isinstance(texts, dict) or not isinstance(texts.get(key), str):
            problems.append(f"replies.yaml: {key}: missing text")
    clauses = _clauses(root / "clauses", slots, bases, policy_text, problems)
    lexicon = _lexicon(lex, problems)
    benefits = {f"{c.id}/{b.id}" for c in clauses for b in c.benefits}
    for pair in lexicon.words.get(_SAME, ()):
        if pair not in benefits:
            problems.append(f"lexicon.yaml: {_SAME}: no benefit {pair!r} (clause/benefit)")
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(
        document, clauses, slots, {str(k): str(v) for k, v in texts.items()}, bases, lexicon, policy_text
    )


def _document(meta: Any, problems: list[str]) -> Document:
    fields = (
        "title",
        "full_title",
        "issuer",
        "status",
        "effective",
        "implementing_body",
        "principle",
        "repeals",
        "references",
        "data_version",
    )
    if not isinstance(meta, dict):
        meta = {}
    for key in fields:
        if not isinstance(meta.get(key), str):
            problems.append(f"policy.yaml: {key}: missing or not text")
    return Document(**{key: str(meta.get(key, "")) for key in fields})


def _bases(meta: Any, problems: list[str]) -> dict[str, Base]:
    bases = {}
    params = meta.get("parameters", {}) if isinstance(meta, dict) else {}
    for name, raw in (params or {}).items():
        where = f"policy.yaml: parameters.{name}"
        if not isinstance(raw, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        local: list[str] = []
        value = need_amount(raw.get("value"), "value", local)
        problems.extend(f"{where}.{p}" for p in local)
        label = f"{raw.get('name', name)}（{raw.get('effective', '')}起执行，{raw.get('source', '')}）"
        bases[str(name)] = Base(value, label, raw.get("override_slot"))
    return bases


def _lower(value: Any) -> tuple[str, ...]:
    """Words matched against normalised (lower-case) text: "E类人才" is found in "e类人才"."""
    return tuple(w.lower() for w in strs(value))


_SAME = "same_activity_benefits"
"""Lexicon key: benefits ("clause/benefit") that pay one activity, paid once (handlers/two_roles)."""


def _lexicon(lex: Any, problems: list[str]) -> Lexicon:
    if not isinstance(lex, dict):
        problems.append("lexicon.yaml: must be a mapping")
        lex = {}
    audiences = {}
    for key, raw in (lex.get("audiences") or {}).items():
        if not isinstance(raw, dict) or not isinstance(raw.get("label"), str):
            problems.append(f"lexicon.yaml: audiences.{key}: needs a label and words")
            continue
        audiences[str(key)] = Audience(str(key), raw["label"], _lower(raw.get("words")))
    words = {k: _lower(v) for k, v in lex.items() if k.endswith(("_words", "_chars")) or k in ("other_regions", _SAME)}
    for key, value in lex.items():  # ("街道:" unquoted is a mapping, not the word: it matched nothing)
        listed = (
            value
            if isinstance(value, list)
            else [w for v in (value or {}).values() if isinstance(v, list) for w in v]
            if isinstance(value, dict)
            else []
        )
        for item in listed:
            if isinstance(item, (dict, list)):
                problems.append(f"lexicon.yaml: {key}: {item!r} is no word (quote a word with a colon)")
    known = {"audiences", "synonyms", "persona_cues", "out_of_scope", "misspellings", *words}
    for key in lex:
        if key not in known:  # (a key read by no one: "unnamed_person_starts" lay unread for sessions)
            problems.append(f"lexicon.yaml: {key}: unknown key (word lists end in _words or _chars)")
    return Lexicon(
        synonyms={str(k): strs(v) for k, v in (lex.get("synonyms") or {}).items()},
        audiences=audiences,
        persona_cues=strs(lex.get("persona_cues")),
        out_of_scope={str(k): _lower(v) for k, v in (lex.get("out_of_scope") or {}).items()},
        words=words,
        misspellings={str(k): strs(v) for k, v in (lex.get("misspellings") or {}).items()},
    )


def _clauses(
    folder: Path,
    slots: Mapping[str, Slot],
    bases: Mapping[str, Base],
    policy: str,
    problems: list[str],
) -> tuple[Clause, ...]:
    clauses: list[Clause] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        raw = _read(path, problems)
        if raw is None:
            continue
        name = f"clauses/{path.name}"
        if not isinstance(raw, dict):
            problems.append(f"{name}: must be a mapping")
            continue
        clause = _clause(name, raw, slots, bases, policy, problems)
        ids = {b.id for b in clause.benefits}
        for i, benefit in enumerate(clause.benefits):
            if benefit.within and benefit.within not in ids:
                problems.append(f"{name}: benefits[{i}].within: no benefit {benefit.within!r} in this clause")
        if clause.id in seen:
            problems.append(f"{name}: id: duplicate id {clause.id!r} (also in {seen[clause.id]})")
        seen[clause.id] = name
        clauses.append(clause)
    if not clauses:
        problems.append("clauses/: no clause files")
    return tuple(clauses)


def _clause(
    name: str,
    raw: dict[str, Any],
    slots: Mapping[str, Slot],
    bases: Mapping[str, Base],
    policy: str,
    problems: list[str],
) -> Clause:
    for key in ("id", "number", "chapter", "title", "text", "summary"):
        if not isinstance(raw.get(key), str) or not raw.get(key):
            problems.append(f"{name}: {key}: missing or not text")
    text = str(raw.get("text", ""))
    if text and text not in policy:
        problems.append(f"{name}: text: not found verbatim in the policy file")
    for key in ("title", "chapter"):
        if raw.get(key) and str(raw[key]) not in policy:
            problems.append(f"{name}: {key}: not found verbatim in the policy file")
    examples = strs(raw.get("examples"))
    if len(examples) < MIN_EXAMPLES:
        problems.append(f"{name}: examples: {len(examples)} given, at least {MIN_EXAMPLES} needed")
    raw_keywords = raw.get("keywords")
    keywords: dict[str, Any] = raw_keywords if isinstance(raw_keywords, dict) else {}
    benefits = []
    seen: set[str] = set()
    for i, item in enumerate(raw.get("benefits") or []):
        benefit = _benefit(f"{name}: benefits[{i}]", item, text, slots, bases, problems)
        if benefit is None:
            continue
        if benefit.id in seen:
            problems.append(f"{name}: benefits[{i}].id: duplicate id {benefit.id!r}")
        seen.add(benefit.id)
        benefits.append(benefit)
    if not benefits:
        problems.append(f"{name}: benefits: at least one benefit needed")
    return Clause(
        id=str(raw.get("id", "")),
        number=str(raw.get("number", "")),
        chapter=str(raw.get("chapter", "")),
        title=str(raw.get("title", "")),
        text=text,
        summary=str(raw.get("summary", "")),
        audiences=strs(raw.get("audiences")),
        strong=strs(keywords.get("strong")),
        normal=strs(keywords.get("normal")),
        examples=examples,
        benefits=tuple(benefits),
        file=name,
        names=strs(keywords.get("names")),
    )


def _payee(where: str, value: Any, problems: list[str]) -> str:
    """Who receives the money: a person (the default), an organisation, or either."""
    if value not in ("person", "organisation", "either"):
        problems.append(f"{where}: payee: must be person, organisation or either")
    return str(value)


def _benefit(
    where: str,
    raw: Any,
    clause_text: str,
    slots: Mapping[str, Slot],
    bases: Mapping[str, Base],
    problems: list[str],
) -> Benefit | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping")
        return None
    for key in ("id", "name", "quote"):
        if not isinstance(raw.get(key), str) or not raw.get(key):
            problems.append(f"{where}.{key}: missing or not text")
    quote = str(raw.get("quote", ""))
    if quote and quote not in clause_text:
        problems.append(f"{where}.quote: not found verbatim in the clause text")
    raw_spec = raw.get("calculator")
    spec: dict[str, Any] = raw_spec if isinstance(raw_spec, dict) else {}
    try:
        calculator = build(raw_spec)
    except ParamError as exc:
        problems.extend(f"{where}.calculator.{p}" for p in exc.problems)
        return None
    local: list[str] = []
    requires = parse_requirements(raw.get("requires"), "requires", local)
    problems.extend(f"{where}.{p}" for p in local)
    used = [*calculator.slots(), *(r.slot for r in requires)]
    used += [
        slot
        for b in bases.values()
        if b.override_slot
        for slot in [b.override_slot]
        if spec.get("kind") == "percent_of_base"
    ]
    for slot in used:
        if slot not in slots:
            problems.append(f"{where}.calculator: slot {slot!r} is not defined in slots.yaml")
    if spec.get("kind") == "percent_of_base" and spec.get("base") not in bases:
        problems.append(f"{where}.calculator.base: unknown parameter {spec.get('base')!r}")
    if spec.get("kind") == "info" and not raw.get("info"):
        problems.append(f"{where}.info: an info benefit needs its text")
    documents = strs(raw.get("documents"))
    if not documents and spec.get("kind") != "info":
        problems.append(f"{where}.documents: list the materials to prepare")
    return Benefit(
        id=str(raw.get("id", "")),
        name=str(raw.get("name", "")),
        recipient=str(raw.get("recipient", "")),
        quote=quote,
        calculator=calculator,
        kind=str(spec.get("kind")),
        conditions=strs(raw.get("conditions")),
        documents=documents,
        triggers=strs(raw.get("triggers")),
        select={str(k): str(v) for k, v in (raw.get("select") or {}).items()},
        unless={
            str(k): tuple(map(str, v)) if isinstance(v, list) else (str(v),)
            for k, v in (raw.get("unless") or {}).items()
        },
        requires=requires,
        info=str(raw.get("info", "")),
        reading=str(spec.get("reading", "")),
        payee=_payee(where, raw.get("payee", "person"), problems),
        within=str(raw.get("within", "")),
        yearly=bool(raw.get("yearly", False)),
        refers=tuple(str(w) for w in raw.get("refers") or ()),
        proposal_periods={str(k): int(v) for k, v in (raw.get("proposal_periods") or {}).items()},
    )
