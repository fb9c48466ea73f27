"""Fixtures: the shared dialogue (see tests/dialogue_fixtures.py)."""

from dialogue_fixtures import dialogue, talk  # noqa: F401
