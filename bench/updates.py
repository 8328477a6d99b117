"""Updates through the whole stack: fake Telegram server → bot → SQLite → reply.

Gen C bot (`python -m bot`) and a bare python-telegram-bot bot (bench/echo_bot.py) each run as
their own process against the same in-process fake Bot API server, one after the other in the
same run, under the same load: USERS scripted people at once, each doing /start (as a new user),
/help, /language and a button press that writes to the database, ROUNDS times. A person waits
for each answer before the next step, as a person does.

Prints updates/s, p50/p99 latency (from the update being queued to the bot's answer) and the
ratio ours/bare. The outgoing rate limiter is off for the run (RATE_LIMIT_PER_SECOND=0):
Telegram's own 30 messages/s would otherwise be all that is measured.

    python -m bench.updates [--users 200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from telegram_test_server import BotMessage, FakeTelegram, FakeUser

TOKEN = "123456:BENCH-token"
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Result:
    name: str
    updates: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    bot_cpu: float = 0.0
    server_cpu: float = 0.0

    @property
    def rate(self) -> float:
        return self.updates / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

    def line(self) -> str:
        return (
            f"{self.name:<8} {self.updates:>6} updates in {self.seconds:6.2f}s"
            f" = {self.rate:7.1f} updates/s   p50 {self.percentile(50):6.1f} ms"
            f"   p99 {self.percentile(99):6.1f} ms"
            f"   cpu: bot {self.bot_cpu:5.2f}s, fake server + users {self.server_cpu:5.2f}s"
        )


def _edited(message: BotMessage, edits_before: int) -> Callable[[FakeUser], bool]:
    return lambda _: message.edits > edits_before


async def _one_person(user: FakeUser, rounds: int, latencies: list[float]) -> int:
    sent = 0
    for _ in range(rounds):
        for text in ("/start", "/help", "/language"):
            began = time.perf_counter()
            await user.send(text)
            reply = await user.next_reply(timeout=60)
            latencies.append(time.perf_counter() - began)
            sent += 1
        began = time.perf_counter()
        await user.press(reply.labels[1] if len(reply.labels) > 1 else reply.labels[0])
        await user.wait_until(_edited(reply, reply.edits), timeout=60)
        latencies.append(time.perf_counter() - began)
        sent += 1
    return sent


async def _measure(
    name: str, command: list[str], env: dict[str, str], users: int, rounds: int, latency: float
) -> Result:
    async with FakeTelegram(token=TOKEN) as server:
        server.set_latency("*", latency)
        process = await asyncio.create_subprocess_exec(
            *(part.replace("{api}", server.api_url) for part in command),
            env={**env, "TELEGRAM_API_URL": server.api_url},
            cwd=ROOT,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            # A long poll is listed in `calls` only once answered: in flight means ready.
            await server.wait_until(
                lambda s: any(c.method == "getUpdates" for c in (*s.calls, *s.in_flight)), 30
            )
            people = [server.add_user(f"User{i}", language_code="it") for i in range(users)]
            # Warm-up: one person goes through once, so start-up costs are not measured.
            await _one_person(people[0], 1, [])
            latencies: list[float] = []
            own_before = _cpu(resource.RUSAGE_SELF)
            began = time.perf_counter()
            counts = await asyncio.gather(*(_one_person(p, rounds, latencies) for p in people))
            seconds = time.perf_counter() - began
            own = _cpu(resource.RUSAGE_SELF) - own_before
        finally:
            children_before = _cpu(resource.RUSAGE_CHILDREN)
            process.terminate()
            _, err = await process.communicate()
        if process.returncode not in (0, -15):
            sys.stderr.write(err.decode())
        # The child's CPU includes its start-up and warm-up: an upper bound.
        child = _cpu(resource.RUSAGE_CHILDREN) - children_before
        return Result(name, sum(counts), seconds, latencies, bot_cpu=child, server_cpu=own)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


async def main(users: int, rounds: int, latencies_ms: list[float]) -> None:
    base_env = {"PATH": os.environ.get("PATH", ""), "PTB_TIMEDELTA": "1"}
    with tempfile.TemporaryDirectory() as folder:
        ours_env = {
            **base_env,
            "BOT_TOKEN": TOKEN,
            "DATABASE_PATH": str(Path(folder) / "bench.sqlite3"),
            "LOG_LEVEL": "WARNING",
            "RATE_LIMIT_PER_SECOND": "0",
        }
        print(f"{users} users x {rounds} rounds of /start, /help, /language + button press")
        for latency_ms in latencies_ms:
            bare_bot = [sys.executable, "-m", "bench.echo_bot", "{api}", TOKEN]
            bare = await _measure("bare", bare_bot, base_env, users, rounds, latency_ms / 1000)
            ours_bot = [sys.executable, "-m", "bot"]
            ours = await _measure("ours", ours_bot, ours_env, users, rounds, latency_ms / 1000)
            Path(ours_env["DATABASE_PATH"]).unlink()
            print(f"-- Bot API latency {latency_ms:g} ms per request")
            print(bare.line())
            print(ours.line())
            print(f"ratio ours/bare: {ours.rate / bare.rate:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--latency-ms",
        type=float,
        nargs="+",
        default=[0, 20],
        help="Bot API latency to simulate, one run per value (default: 0 and 20 ms)",
    )
    arguments = parser.parse_args()
    asyncio.run(main(arguments.users, arguments.rounds, arguments.latency_ms))
