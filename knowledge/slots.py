"""Parse slot definitions from ``slots.yaml`` (the facts the bot can read and ask for)."""

from __future__ import annotations

from typing import Any

from knowledge.models import Slot

SLOT_TYPES = ("count", "money", "enum", "counts", "bool")


def strs(value: Any) -> tuple[str, ...]:
    """A YAML list as a tuple of strings; anything else as empty."""
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def lower(value: Any) -> tuple[str, ...]:
    """Words matched against normalised (lower-case) text: "企业HR" is found in "企业hr"."""
    return tuple(w.lower() for w in strs(value))


_KNOWN_KEYS = frozenset(
    [
        "type",
        "ask",
        "hint",
        "values",
        "categories",
        "units",
        "cues",
        "yes_words",
        "no_words",
        "min",
        "max",
        "default",
        "persist",
        "cue_required",
        "generic",
        "either",
        "decisive_no_words",
        "round_down",
        "rate_for_one",
        "parts_add",
        "priority",
        "phrases",
        "include_cues",
        "exclude_cues",
        "negated",
        "from_year",
        "part_of",
        "separate_cues",
        "beside_cues",
        "group_words",
        "of_whole",
        "past_year_no",
        "no_near",
        "no_pairs",
        "no_said_of_else",
        "yes_pairs",
        "no_apart",
        "half_up",
        "things",
        "context",
    ]
)
"""Every key a slot may have; another is a typo that would be read by no one."""


def parse_slot(name: str, raw: Any, problems: list[str]) -> Slot | None:
    """One slot definition, or None with problems recorded as ``slots.yaml: name.key: what``."""
    where = f"slots.yaml: {name}"
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping")
        return None
    kind = raw.get("type")
    for key in sorted(set(raw) - _KNOWN_KEYS):  # ("decisive_no:" for decisive_no_words lay unread)
        problems.append(f"{where}.{key}: unknown key (known: {', '.join(sorted(_KNOWN_KEYS))})")
    if kind not in SLOT_TYPES:
        problems.append(f"{where}.type: unknown slot type {kind!r} (known: {', '.join(SLOT_TYPES)})")
    for key in ("ask", "hint"):
        if not isinstance(raw.get(key), str) or not raw.get(key):
            problems.append(f"{where}.{key}: a slot needs a Chinese {key} text")
    values_raw = raw.get("values") if kind == "enum" else raw.get("categories")
    values: dict[str, tuple[str, ...]] = {}
    if kind in ("enum", "counts"):
        if not isinstance(values_raw, dict) or not values_raw:
            problems.append(f"{where}: an {kind} slot needs its {'values' if kind == 'enum' else 'categories'}")
        else:
            values = {str(k): (str(k), *strs(v)) for k, v in values_raw.items()}
    for key in ("min", "max"):
        if key in raw and (isinstance(raw[key], bool) or not isinstance(raw[key], int)):
            problems.append(f"{where}.{key}: must be a whole number")
    if kind in ("count", "counts", "money") and "max" not in raw:
        # a figure past any sensible size ("1111…", fifty digits) must not reach the amounts
        problems.append(f"{where}.max: a {kind} slot needs a max")
    if kind == "bool" and not (strs(raw.get("yes_words")) and strs(raw.get("no_words"))):
        problems.append(f"{where}: a bool slot needs yes_words and no_words")
    return Slot(
        name=name,
        type=str(kind),
        ask=str(raw.get("ask", "")),
        hint=str(raw.get("hint", "")),
        units=strs(raw.get("units")),
        cues=lower(raw.get("cues")),
        values=values,
        yes=lower(raw.get("yes_words")),
        no=lower(raw.get("no_words")),
        minimum=raw.get("min"),
        maximum=raw.get("max"),
        default=raw.get("default"),
        persist=bool(raw.get("persist", False)),
        cue_required=bool(raw.get("cue_required", False)),
        generic=bool(raw.get("generic", False)),
        either=bool(raw.get("either", False)),
        decisive_no=lower(raw.get("decisive_no_words")),
        round_down=bool(raw.get("round_down", False)),
        rate_for_one=bool(raw.get("rate_for_one", False)),
        parts_add=bool(raw.get("parts_add", False)),
        priority=strs(raw.get("priority")),
        phrases={str(k): int(v) for k, v in (raw.get("phrases") or {}).items()},
        include_cues=lower(raw.get("include_cues")),
        exclude_cues=lower(raw.get("exclude_cues")),
        negated={str(k): str(v) for k, v in (raw.get("negated") or {}).items()},
        from_year=bool(raw.get("from_year", False)),
        part_of=raw.get("part_of"),
        separate_cues=lower(raw.get("separate_cues")),
        beside_cues=lower(raw.get("beside_cues")),
        group_words=lower(raw.get("group_words")),
        of_whole=bool(raw.get("of_whole", False)),
        past_year_no=lower(raw.get("past_year_no")),
        no_near=(lower((raw.get("no_near") or {}).get("first")), lower((raw.get("no_near") or {}).get("then"))),
        no_pairs=(lower((raw.get("no_pairs") or {}).get("first")), lower((raw.get("no_pairs") or {}).get("then"))),
        no_said_of_else=lower(raw.get("no_said_of_else")),
        yes_pairs=(lower((raw.get("yes_pairs") or {}).get("first")), lower((raw.get("yes_pairs") or {}).get("then"))),
        no_apart=(lower((raw.get("no_apart") or {}).get("first")), lower((raw.get("no_apart") or {}).get("then"))),
        half_up=bool(raw.get("half_up", False)),
        things=lower(raw.get("things")),
        context=lower(raw.get("context")),
    )
