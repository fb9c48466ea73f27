"""The embedded store on stdlib ``sqlite3``: a half-finished dialogue survives a restart.

``sqlite3`` blocks, so every call runs on one dedicated worker thread: the connection is only
ever touched from that thread, statements are naturally serialised, and the event loop never
waits on the disk. WAL with ``synchronous=NORMAL`` gives readers that don't block the writer and
commits that survive a process crash (a power cut may lose the last few, which a chat can bear).

One server process owns the file, so per-key locks are in-process asyncio locks; a CLI command
opening the same file meanwhile is safe for the data (``busy_timeout``) but not locked per user.
Expiry is wall-clock (``time.time``) because it must mean the same after a restart; expired rows
are ignored when read, deleted when met, and swept every few hundred writes.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager, contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from bot.locks import KeyedLocks
from bot.stores._common import check_max_items, check_ttl, decode, encode
from handlers.store import JSON, StoreError

P = ParamSpec("P")
T = TypeVar("T")

_SWEEP_EVERY = 256  # writes between sweeps of expired rows
_SCHEMA = """
CREATE TABLE IF NOT EXISTS kv (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    expires_at REAL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS kv_expires_at ON kv (expires_at) WHERE expires_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS logs (
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (key, seq)
) WITHOUT ROWID;
"""


# Everything below down to the class runs on the worker thread.


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Autocommit mode: transactions are begun explicitly where several statements must agree.
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.executescript(_SCHEMA)
        conn.execute("DELETE FROM kv WHERE expires_at <= ?", (time.time(),))
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # also when COMMIT itself failed (busy, disk full)
            conn.execute("ROLLBACK")
        raise


def _get(conn: sqlite3.Connection, key: str) -> str | None:
    now = time.time()
    row = conn.execute("SELECT value, expires_at FROM kv WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    if row[1] is not None and row[1] <= now:
        conn.execute("DELETE FROM kv WHERE key = ? AND expires_at <= ?", (key, now))
        return None
    value: str = row[0]
    return value


def _set(conn: sqlite3.Connection, key: str, raw: str, ttl: float | None, only_new: bool) -> bool:
    now = time.time()
    expires_at = None if ttl is None else now + ttl
    with _transaction(conn):
        if only_new:
            conn.execute("DELETE FROM kv WHERE key = ? AND expires_at <= ?", (key, now))
            conflict = "DO NOTHING"
        else:
            conflict = "DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at"
        insert = "INSERT INTO kv (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) "
        cur = conn.execute(insert + conflict, (key, raw, expires_at))
    return cur.rowcount == 1


def _incr(conn: sqlite3.Connection, key: str, ttl: float | None) -> int:
    now = time.time()
    with _transaction(conn):
        row = conn.execute("SELECT value, expires_at FROM kv WHERE key = ?", (key,)).fetchone()
        if row is None or (row[1] is not None and row[1] <= now):
            conn.execute(
                "INSERT OR REPLACE INTO kv (key, value, expires_at) VALUES (?, '1', ?)",
                (key, None if ttl is None else now + ttl),
            )
            return 1
        count = decode(row[0])
        if type(count) is not int:
            raise sqlite3.DataError(f"incr: {key!r} does not hold a whole number")
        conn.execute("UPDATE kv SET value = ? WHERE key = ?", (str(count + 1), key))
    return count + 1


def _delete(conn: sqlite3.Connection, key: str) -> None:
    with _transaction(conn):
        conn.execute("DELETE FROM kv WHERE key = ?", (key,))
        conn.execute("DELETE FROM logs WHERE key = ?", (key,))


def _append(conn: sqlite3.Connection, key: str, raw: str, max_items: int) -> None:
    with _transaction(conn):
        (seq,) = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM logs WHERE key = ?", (key,)).fetchone()
        conn.execute("INSERT INTO logs (key, seq, value) VALUES (?, ?, ?)", (key, seq, raw))
        conn.execute("DELETE FROM logs WHERE key = ? AND seq <= ?", (key, seq - max_items))


def _items(conn: sqlite3.Connection, key: str) -> list[str]:
    rows = conn.execute("SELECT value FROM logs WHERE key = ? ORDER BY seq", (key,)).fetchall()
    return [row[0] for row in rows]


def _sweep(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM kv WHERE expires_at <= ?", (time.time(),))


def _ping(conn: sqlite3.Connection) -> None:
    conn.execute("SELECT 1").fetchone()


class SQLiteStore:
    """``Store`` on one SQLite file; open it with ``await SQLiteStore.open(path)``."""

    def __init__(self, conn: sqlite3.Connection, executor: ThreadPoolExecutor) -> None:
        self._conn = conn
        self._executor = executor
        self._locks = KeyedLocks()
        self._writes = 0
        self._closed = False

    @classmethod
    async def open(cls, path: str | Path) -> SQLiteStore:
        """Open (creating the file and its directory if needed) the store at ``path``."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="policy-bot-sqlite")
        loop = asyncio.get_running_loop()
        try:
            conn = await loop.run_in_executor(executor, _connect, Path(path).expanduser())
        except (sqlite3.Error, OSError) as exc:
            executor.shutdown(wait=False)
            raise StoreError(f"sqlite: cannot open {path}: {exc}") from exc
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(conn, executor)

    async def _run(
        self,
        fn: Callable[Concatenate[sqlite3.Connection, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        if self._closed:
            raise StoreError("store is closed")
        call = functools.partial(fn, self._conn, *args, **kwargs)
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, call)
        except sqlite3.Error as exc:
            raise StoreError(f"sqlite: {type(exc).__name__}: {exc}") from exc

    async def _write(self, key: str, raw: str, ttl: float | None, *, only_new: bool) -> bool:
        created = await self._run(_set, key, raw, ttl, only_new)
        self._writes += 1
        if self._writes % _SWEEP_EVERY == 0:
            await self._run(_sweep)
        return created

    async def get(self, key: str) -> JSON | None:
        """The value under ``key``, or None when absent or expired."""
        raw = await self._run(_get, key)
        return None if raw is None else decode(raw)

    async def set(self, key: str, value: JSON, *, ttl: float | None = None) -> None:
        """Store ``value``; ``ttl`` in seconds, None keeps it until deleted."""
        check_ttl(ttl)
        await self._write(key, encode(value), ttl, only_new=False)

    async def add(self, key: str, value: JSON, *, ttl: float | None = None) -> bool:
        """Store only if absent or expired; True when this call created it."""
        check_ttl(ttl)
        return await self._write(key, encode(value), ttl, only_new=True)

    async def incr(self, key: str, *, ttl: float | None = None) -> int:
        """One more on the count under ``key``, in one transaction."""
        check_ttl(ttl)
        return await self._run(_incr, key, ttl)

    async def delete(self, key: str) -> None:
        """Remove the value and the log under ``key``; absent keys are fine."""
        await self._run(_delete, key)

    def lock(self, key: str, *, timeout: float = 30.0) -> AbstractAsyncContextManager[None]:
        """Exclusive section per key within this process (the one owning the file)."""
        if self._closed:
            raise StoreError("store is closed")
        return self._locks.hold(key, timeout)

    async def append(self, key: str, value: JSON, *, max_items: int = 10_000) -> None:
        """Append to the capped log under ``key``."""
        check_max_items(max_items)
        await self._run(_append, key, encode(value), max_items)

    async def items(self, key: str) -> list[JSON]:
        """The log under ``key``, oldest first."""
        return [decode(raw) for raw in await self._run(_items, key)]

    async def ping(self) -> None:
        """Raise StoreError when the file can't be read."""
        await self._run(_ping)

    async def close(self) -> None:
        """Close the connection (after queued calls) and stop the worker; idempotent."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self._executor, self._conn.close)
        finally:
            self._executor.shutdown(wait=True)
