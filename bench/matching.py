"""Matching at scale, on synthetic data with a fixed seed, database reads included.

1. /projects: the first page of the ranking for one member over PROJECTS open projects,
   through ProjectCatalogue (the member, with consents and applications, and the page's projects
   are read from SQLite each time; open projects come from the in-memory index, built on the
   first call: reported as "cold"; then each change to a project refreshes that project only).
   Baseline in the same process: the plain reference ranking (bench/reference.py's `rank`) on
   the same data.
2. /candidates: the best members for one project among MEMBERS members, through
   ProjectCatalogue (filtered, scored and sorted in SQL). Baseline: bench/reference.py's
   `candidates_reference`, every member read and scored in Python.

Prints p50/p99 in ms, the ratio to the baseline, and peak memory (RSS).

    python -m bench.matching [--projects 10000] [--members 100000] [--runs 200]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

from bench.reference import candidates_reference, rank
from bench.synthetic import SyntheticMember, insert_members, insert_open_projects
from bot.core.clock import FakeClock
from bot.core.i18n import Translator
from bot.core.settings import Settings
from bot.domain.catalog import CAUSES, DAYS, SKILLS
from bot.domain.projects import NewProject
from bot.services.notifications import Offline
from bot.wiring import Services, open_services

SEED = 20261129
NOW = datetime(2026, 11, 29, 10, tzinfo=UTC)
CITIES = ("Torino", "Moncalieri", "Collegno", "Rivoli", "Milano", None)
COORDINATOR = 1
MEMBER = 10


def sample(rng: random.Random, keys: tuple[str, ...], low: int, high: int) -> list[str]:
    return rng.sample(keys, rng.randint(low, high))


def synthetic_projects(rng: random.Random, count: int) -> list[NewProject]:
    projects = []
    for number in range(count):
        low = rng.randint(13, 20)
        projects.append(
            NewProject(
                title=f"Progetto {number:06d}",
                description="Un progetto sintetico per il benchmark.",
                causes=tuple(sample(rng, CAUSES, 1, 3)),
                skills=tuple(sample(rng, SKILLS, 0, 3)),
                city=rng.choice(CITIES),
                min_age=low,
                max_age=rng.randint(low, 25),
                hours_per_week=rng.randint(1, 10),
                days=tuple(sample(rng, DAYS, 1, 2)),
                places=rng.randint(1, 30),
                deadline=None,
            )
        )
    return projects


def synthetic_members(rng: random.Random, count: int, first_id: int) -> list[SyntheticMember]:
    return [
        SyntheticMember(
            member_id=first_id + number,
            birth_year=rng.randint(2001, 2012),
            birth_month=rng.randint(1, 12),
            first_name=f"M{number}",
            city=rng.choice(CITIES),
            causes=sample(rng, CAUSES, 1, 4),
            skills=sample(rng, SKILLS, 0, 4),
            days=sample(rng, DAYS, 1, 3),
            hours_per_week=rng.randint(1, 20),
            matching=rng.random() < 0.6,
        )
        for number in range(count)
    ]


async def timed(run: Callable[[], Awaitable[object]], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        await run()
        times.append((time.perf_counter() - began) * 1000)
    return times


def line(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return f"{name:<38} p50 {statistics.median(ordered):8.2f} ms   p99 {p99:8.2f} ms"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def main(projects: int, members: int, runs: int) -> None:
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings.from_mapping(
            {
                "BOT_TOKEN": "123456:BENCH-token",
                "DATABASE_PATH": str(Path(folder) / "bench.sqlite3"),
                "ADMIN_IDS": str(COORDINATOR),
                "LOG_LEVEL": "WARNING",
            }
        )
        clock = FakeClock(NOW)
        services = await open_services(settings, clock, Translator.load("it"), Offline())
        try:
            print(f"seed {SEED}: {projects} projects, {members} members")
            began = time.perf_counter()
            await insert_open_projects(
                services.db, synthetic_projects(rng, projects), COORDINATOR, NOW
            )
            member_rows = synthetic_members(rng, members, MEMBER)
            # The member ranked in part 1: 17, in Turin, matching on.
            member_rows[0] = SyntheticMember(
                member_id=MEMBER,
                birth_year=2009,
                birth_month=5,
                first_name="Giulia",
                city="Torino",
                causes=["climate", "animals"],
                skills=["design"],
                days=["weekends"],
                hours_per_week=5,
                matching=True,
            )
            await insert_members(services.db, member_rows, NOW)
            print(
                f"synthetic data written in {time.perf_counter() - began:.1f}s,"
                f" RSS {rss_mb():.0f} MB"
            )

            # 1. /projects for one member.
            cold = await timed(lambda: services.matching.matches(MEMBER, 0, 5), 1)
            warm = await timed(lambda: services.matching.matches(MEMBER, 0, 5), runs)
            changed = await after_changes(services, max(runs // 10, 10))
            facts = await services.matching.member_facts(MEMBER)
            assert facts is not None
            index = list((await services.matching.index.facts()).values())
            reference = await timed(_sync(lambda: rank(facts, index, NOW)), max(runs // 10, 5))
            print(f"-- /projects: ranking one member over {projects} open projects")
            print(line("cold (builds the project index)", cold))
            print(line("ours (DB reads + fast path)", warm))
            print(line("ours, right after a project changed", changed))
            print(line("baseline: reference rank, no DB", reference))
            print(
                f"ratio baseline/ours: {statistics.median(reference) / statistics.median(warm):.1f}"
            )

            # 2. /candidates for one project.
            project_id = 1
            candidates = await timed(
                lambda: services.matching.candidates(COORDINATOR, project_id), max(runs // 10, 10)
            )
            before_baseline = rss_mb()
            baseline = await timed(lambda: candidates_reference(services, project_id), 3)
            print(f"-- /candidates: one project over {members} members")
            print(line("ours (scored in SQL, top rows)", candidates))
            print(line("baseline: every member, in Python", baseline))
            ratio = statistics.median(baseline) / statistics.median(candidates)
            print(f"ratio baseline/ours: {ratio:.1f}")
            print(
                f"peak RSS {before_baseline:.0f} MB before the /candidates baseline,"
                f" {rss_mb():.0f} MB after it (it reads every member)"
            )
        finally:
            await services.close()


async def after_changes(services: Services, runs: int) -> list[float]:
    """/projects right after a project changed (paused, then opened again): only /projects is
    timed, each time after a different project's change."""
    times = []
    for run in range(runs):
        for status in ("paused", "open"):
            await services.projects.set_status(COORDINATOR, run + 1, status)
        began = time.perf_counter()
        await services.matching.matches(MEMBER, 0, 5)
        times.append((time.perf_counter() - began) * 1000)
    return times


def _sync(run: Callable[[], object]) -> Callable[[], Awaitable[object]]:
    async def wrapped() -> object:
        return run()

    return wrapped


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.projects, arguments.members, arguments.runs))
