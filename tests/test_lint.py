"""ruff (lint and format) and mypy stay clean (they are part of the test command, so CI keeps them so)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> list[str]:
    if shutil.which(name) is None and not (Path(sys.executable).parent / name).exists():
        pytest.skip(f"{name} is not installed (it comes with the test extra)")
    return [sys.executable, "-m", name]


def test_ruff_clean() -> None:
    """No lint findings anywhere in the repository."""
    result = subprocess.run([*_tool("ruff"), "check", "--quiet", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_clean() -> None:
    """Every Python file is as ``ruff format`` writes it, so a diff shows changes, not layout."""
    result = subprocess.run(
        [*_tool("ruff"), "format", "--check", "--quiet", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_clean() -> None:
    """The four packages type-check under mypy --strict (configured in pyproject.toml)."""
    result = subprocess.run([*_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
