"""“每增加25人再加多少”: the increment of a tiered reward, asked for itself.

（四） pays 5万 at 50 hires and 2.5万 "每增加25人"; （十） 1万 per further 20 (or 10) 人次. A
question that names the step ("每多招25个再加多少钱") asks for that increment, not for the reward
of 25 or 50 people, so the reply states the increment, its rule and the clause's quote.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from calculators.result import yuan
from calculators.tiered import Tiered
from handlers.reply import Reply
from knowledge.models import KnowledgeBase
from knowledge.numbers import find_numbers

_PER_STEP = re.compile(
    r"每(?:再)?(?:增加|新增|多招|多培养|多|增|加)了?\s*([0-9一二两三四五六七八九十百]+)\s*(?:个|人次|人|名|位)"
)
_ASKED = ("多少", "几", "多钱")


def step_asked(kb: KnowledgeBase, reply: Reply, text: str) -> Reply | None:
    """The increment of the reply's tiered benefit whose step the message names, if it asks it."""
    if reply.kind not in ("answer", "ask") or not reply.clauses or reply.clauses[0] not in kb.ids:
        return None
    match = _PER_STEP.search(text)
    if match is None:
        return None
    after = text[match.end() : match.end() + 10]
    if not any(w in after for w in _ASKED) or find_numbers(after):
        return None  # (not "每多25人加2.5万这么算 能拿多少": the increment quoted, a sum asked)
    said = [n.value for n in find_numbers(match.group(1)) if n.value is not None]
    if len(said) != 1:
        return None
    clause = kb.clause(reply.clauses[0])
    for benefit in clause.benefits:
        calc = benefit.calculator
        if not isinstance(calc, Tiered):
            continue
        for route in calc.routes:
            if Decimal(route.step) != said[0]:
                continue
            start, per = f"{route.threshold}{route.unit}", f"{route.step}{route.unit}"
            step = f"{route.label}达到{start}后，每增加{per}再给予{yuan(route.increment)}"
            text_out = "\n".join(
                [
                    f"每增加{route.step}{route.unit}再增加{yuan(route.increment)}（{benefit.name}）",
                    "计算过程：",
                    f"· {route.threshold}{route.unit}起步：{yuan(route.base)}",
                    f"· {step}",
                    f"· {calc.cap_label}{yuan(calc.cap)}",
                    f"政策依据：{clause.number}{clause.title}：“{benefit.quote}”",
                    kb.texts.get("draft_note", ""),
                ]
            ).strip()
            return replace(
                reply,
                text=text_out,
                kind="answer",
                amount_yuan=route.increment,
                eligible=None,
                steps=(step,),
                illustrative=True,
            )
    return None
