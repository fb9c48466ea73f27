"""Session-wide reporting only: show in the log whether Redis was really used."""

from __future__ import annotations

import pytest

_REDIS = "redis://127.0.0.1:6379"
_passed_on_redis: list[str] = []


def _redis_version() -> str | None:
    try:
        import redis

        with redis.Redis.from_url(_REDIS, socket_connect_timeout=1.0) as client:
            info = client.info("server")
    except Exception:  # not installed or not reachable: the header says so
        return None
    return str(info.get("redis_version", "?"))


def pytest_report_header(config: pytest.Config) -> str:
    """The Redis server the redis-marked tests run against, or that there is none."""
    version = _redis_version()
    if version is None:
        return f"redis: not reachable at {_REDIS} (redis tests skip unless REQUIRE_REDIS=1)"
    return f"redis: server {version} at {_REDIS} (tests use DBs 14 and 15 only)"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Remember each redis-marked test that passed."""
    if report.when == "call" and report.passed and "redis" in report.keywords:
        _passed_on_redis.append(report.nodeid)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One closing line: how many tests passed against a real Redis."""
    version = _redis_version()
    terminalreporter.write_line(
        f"redis: {len(_passed_on_redis)} redis-marked tests passed against "
        + (f"Redis {version} at {_REDIS}" if version else "no Redis server")
    )
