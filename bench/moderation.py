"""The checks every message pays for since moderation: the distress detector on each private
text (safeguarding rule 25), the contact-details finder and the flood counter on each message in
a community group (rule 26, flood control).

Synthetic texts with a fixed seed: chat-like sentences in Italian and English of 5 to 60 words,
a few with a phone number, an @username or a cry for help in them. Each check runs over the same
texts, timed against a baseline in the same process: `str.casefold` over the same texts (the
least any text handling costs), so the figures are ratios, not absolute times, plus the
microseconds per message for sizing.

    python -m bench.moderation [--messages 20000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.domain.contact_details import find_contacts
from bot.domain.distress import distress_in
from bot.domain.flood import FloodCounter

WORDS = (
    "ciao",
    "domani",
    "ci",
    "vediamo",
    "al",
    "parco",
    "per",
    "il",
    "progetto",
    "sul",
    "clima",
    "porto",
    "i",
    "sacchi",
    "e",
    "i",
    "guanti",
    "chi",
    "viene",
    "sabato",
    "mattina",
    "alla",
    "raccolta",
    "ho",
    "finito",
    "la",
    "scuola",
    "tardi",
    "scusate",
    "ragazzi",
    "hello",
    "everyone",
    "see",
    "you",
    "tomorrow",
    "at",
    "the",
    "park",
    "bring",
    "gloves",
    "and",
    "bags",
    "who",
    "is",
    "coming",
    "grazie",
    "mille",
    "bellissimo",
    "evento",
    "foto",
    "stupende",
    "alla",
    "prossima",
    "settimana",
)
SPICES = (
    "scrivimi al 333 123 4567",
    "aggiungimi su insta @giulia.t",
    "aiuto mi prendono in giro nel gruppo",
    "someone keeps messaging me and I'm scared",
)


def texts(count: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(5, 60))]
        if rng.random() < 0.05:
            words.insert(rng.randrange(len(words)), rng.choice(SPICES))
        made.append(" ".join(words))
    return made


def timed(check: Callable[[str], object], messages: list[str], rounds: int) -> float:
    """Median seconds for one pass over the messages."""
    runs = []
    for _ in range(rounds):
        started = time.perf_counter()
        for text in messages:
            check(text)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def flood_check(messages: list[str]) -> Callable[[str], object]:
    """The flood counter as a group sees it: 200 members writing, one message a second."""
    counter = FloodCounter(6, timedelta(seconds=10))
    start = datetime(2026, 1, 1, tzinfo=UTC)
    clock = iter(range(10**9))

    def count(_text: str) -> bool:
        tick = next(clock)
        return counter.over(-100, tick % 200, start + timedelta(seconds=tick))

    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()
    messages = texts(options.messages)
    baseline = timed(str.casefold, messages, options.rounds)
    checks: dict[str, Callable[[str], object]] = {
        "distress_in (private texts)": distress_in,
        "find_contacts (group texts)": find_contacts,
        "flood counter (group texts)": flood_check(messages),
    }
    print(f"{len(messages)} messages, median of {options.rounds} passes")
    print(f"{'check':32} {'µs/message':>11} {'× casefold':>11}")
    print(f"{'str.casefold (baseline)':32} {baseline / len(messages) * 1e6:11.2f} {1:11.1f}")
    for name, check in checks.items():
        seconds = timed(check, messages, options.rounds)
        per_message = seconds / len(messages) * 1e6
        print(f"{name:32} {per_message:11.2f} {seconds / baseline:11.1f}")


if __name__ == "__main__":
    main()
