"""Engine speed and footprint: per-message latency over the evaluation set, the server's cold
start to a healthy /healthz, and its RSS after the whole set.

    python bench/engine.py [--rounds 3]

Targets (issue 3): p50 < 1 ms and p99 < 5 ms per message; cold start < 2 s; RSS ≤ 160 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def conversations() -> list[list[str]]:
    """Every question as a one-turn conversation, then every dialogue."""
    here = ROOT / "tests" / "eval"
    questions = yaml.safe_load((here / "questions.yaml").read_text(encoding="utf-8"))
    dialogues = yaml.safe_load((here / "dialogues.yaml").read_text(encoding="utf-8"))
    return [[q["text"]] for q in questions] + [[t["user"] for t in d["turns"]] for d in dialogues]


def latency(rounds: int) -> None:
    from handlers.dialogue import Dialogue
    from knowledge.loader import load

    started = time.perf_counter()
    dialogue = Dialogue(load())
    print(f"engine build (load + index + jieba): {time.perf_counter() - started:.2f} s")
    convs = conversations()
    times: list[float] = []
    for _ in range(rounds):
        for conv in convs:
            state: dict[str, Any] = {}
            for text in conv:
                t0 = time.perf_counter()
                _, state = dialogue.respond(state, text)
                times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p99 = times[int(len(times) * 0.99) - 1]
    print(f"per message over {len(times)} messages: p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {times[-1]:.2f} ms")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def server() -> None:
    port = free_port()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "BOT_DATA_DIR": data, "BOT_STORE": f"sqlite:///{data}/bench.sqlite3"}
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)],
            env=env,
            cwd=ROOT,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/healthz", timeout=1) as resp:
                        if resp.status == 200:
                            break
                except OSError:
                    if time.perf_counter() - started > 30:
                        raise
                    time.sleep(0.02)
            print(f"server cold start to healthy /healthz: {time.perf_counter() - started:.2f} s")
            print(f"server RSS at start: {rss_mb(proc.pid):.0f} MB")
            for i, conv in enumerate(conversations()):
                for text in conv:
                    body = json.dumps({"user_id": f"bench{i}", "text": text}).encode()
                    request = urllib.request.Request(
                        f"{url}/api/chat", data=body, headers={"Content-Type": "application/json"}
                    )
                    with urllib.request.urlopen(request, timeout=5) as resp:
                        resp.read()
            print(f"server RSS after the whole evaluation set: {rss_mb(proc.pid):.0f} MB")
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    latency(args.rounds)
    server()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
