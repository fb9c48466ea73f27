"""Small helpers shared by tests (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

from decimal import Decimal

from handlers.reply import Reply


def amount(reply: Reply) -> Decimal | None:
    """The reply's amount as a Decimal, for exact comparisons."""
    return None if reply.amount_yuan is None else Decimal(reply.amount_yuan)
