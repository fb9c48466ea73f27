"""Instructions per WeCom message, echo server vs full pipeline, counted by valgrind's callgrind.

Requests per second on a shared two-core VM vary by tens of percent from run to run; the number
of instructions a server executes per request does not. This runs the ``echo`` and ``full``
servers of ``wecom_bench.py`` under ``valgrind --tool=callgrind`` with counting switched on only
around the measured requests (after a warm-up), and prints user-space instructions per request
and their ratio. Kernel work (sockets) is not counted, so the ratio is an upper bound on what the
echo server's share of the request rate could be. A script, not a test; needs Debian's valgrind.

    python bench/wecom_instructions.py [--requests 300]
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wecom_bench as wb
from fakes.wecom_peer import WecomPeer

WARM_UP = 100


async def _ready(port: int, proc: subprocess.Popen[bytes]) -> None:
    async with aiohttp.ClientSession() as session:
        await wb._wait_ready(session, port, proc, seconds=300)  # ten times slower under valgrind


def measure(kind: str, path: str, requests: list[tuple[str, str]], env: dict[str, str]) -> float:
    """Instructions per measured request for one server kind."""
    port = wb._free_port()
    with tempfile.TemporaryDirectory() as out_dir:
        out = f"{out_dir}/callgrind.out"
        proc = subprocess.Popen(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                sys.executable,
                wb.__file__,
                "--serve",
                kind,
                "--port",
                str(port),
            ],
            env=env,
            stderr=subprocess.DEVNULL,
        )
        try:
            asyncio.run(_ready(port, proc))
            asyncio.run(wb._drive(port, path, requests[:WARM_UP], 10, 600))
            subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
            failed, _, latencies, _ = asyncio.run(wb._drive(port, path, requests[WARM_UP:], 10, 600))
            subprocess.run(["callgrind_control", "-i", "off", str(proc.pid)], check=True, capture_output=True)
            subprocess.run(["callgrind_control", "-d", str(proc.pid)], check=True, capture_output=True)
            time.sleep(1)
        finally:
            proc.terminate()
            proc.wait(timeout=60)
        total = 0
        for name in glob.glob(out + "*"):
            with open(name, encoding="utf-8", errors="replace") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("totals:")), 0)
    if failed:
        raise RuntimeError(f"{kind}: {failed} requests were not answered 200")
    return total / len(latencies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=300, help="measured requests per server")
    args = parser.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    peer = WecomPeer()
    requests = wb._build(peer, args.requests + WARM_UP)
    results = {}
    with tempfile.TemporaryDirectory() as data_dir:
        env = wb._env(peer, "memory://", data_dir)
        for kind, path in (("echo", "/wecom/echo"), ("channel", "/wecom/callback"), ("full", "/wecom/callback")):
            results[kind] = measure(kind, path, requests, env)
            print(f"{kind:>7}: {results[kind] / 1000:8.0f} k instructions per request", flush=True)
    engine = (results["full"] - results["channel"]) / 1000
    print(
        f"echo/full = {results['echo'] / results['full']:.2f} (the request-rate ratio if CPU-bound "
        f"in user space); echo/channel = {results['echo'] / results['channel']:.2f}; the engine: {engine:.0f} k"
    )


if __name__ == "__main__":
    main()
