"""Which daily backups to keep, and how long the list of erasures must outlive them.

The daily backups are named by their day (`genc-2026-12-05.sqlite3`), so the bot recognises its
own files in a folder it may share with others, and never touches anything else there."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

_DAILY = re.compile(r"^genc-(\d{4}-\d{2}-\d{2})\.sqlite3$")

# An erasure is kept in the ledger this much longer than the oldest daily backup it protects
# against: a backup taken a little after midnight, a clock moved by hand, a day of failures.
LEDGER_MARGIN = timedelta(days=2)


def daily_name(day: date) -> str:
    return f"genc-{day.isoformat()}.sqlite3"


def day_of(name: str) -> date | None:
    """The day of one of our daily backups; None for any other file."""
    match = _DAILY.match(name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match[1])
    except ValueError:
        return None


def beyond_keep(names: Iterable[str], keep: int) -> list[str]:
    """Our daily backups beyond the `keep` newest, oldest first; other names are never listed."""
    ours = sorted((day, name) for name in names if (day := day_of(name)) is not None)
    cut = max(len(ours) - keep, 0)
    return [name for _, name in ours[:cut]]


def ledger_horizon(kept: Iterable[date], today: date, keep: int) -> date:
    """The first day whose erasures still matter: an erasure before the oldest kept backup is
    already in every kept backup (the member is absent from them). The kept days may reach back
    further than `keep` days when backups failed; `keep` days back is the least kept."""
    oldest = min([*kept, today - timedelta(days=keep)])
    return oldest - LEDGER_MARGIN
