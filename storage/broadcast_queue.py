"""The copies of a broadcast, one row each (table broadcast_recipients, migration 0029).

A row is claimed (pending, or held until a time now past → sending) in a committed transaction
before its request leaves, and its outcome is written after; a row found `sending` at start-up
was in flight at a crash and becomes `unknown`, never sent again (at most once). Outcomes are
written a batch at a time, so 20,000 copies cost a few hundred transactions, not 40,000.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.broadcasts import BroadcastCounts
from storage.db import Repository, from_db_time, to_db_time

# States whose copies still have somewhere to go.
OPEN_STATES = ("pending", "sending", "held")
# Copies that went nowhere, for the sender's list of who was not reached.
# Not (yet) reached: `held` copies go when quiet hours end, and are listed until then.
NOT_REACHED = ("held", "blocked", "switched_off", "failed", "unknown", "gone", "cancelled")


@dataclass(frozen=True)
class Claimed:
    """A copy claimed for sending: its row, its member (None: erased since), tries so far."""

    row_id: int
    member_id: int | None
    attempts: int


@dataclass(frozen=True)
class CopyOutcome:
    """What became of one claimed copy."""

    row_id: int
    state: str  # one of the row states, never "sending"
    held_until: datetime | None = None  # held: when quiet hours end; pending: not before
    tried: bool = False  # counts as a try (a passing failure)
    message_id: int | None = None


class BroadcastQueue(Repository):
    async def start(self, broadcast_id: int, member_ids: Sequence[int], now: datetime) -> bool:
        """Fix the recipients, one pending row each, and move the broadcast to sending, in one
        transaction; False (and nothing written) if it was started already or cannot start."""
        stamp = to_db_time(now)
        unique = list(dict.fromkeys(member_ids))
        async with self._db.transaction() as tx:
            moved = await tx.execute(
                "UPDATE broadcasts SET state = 'sending', started_at = ?, recipients = ?"
                " WHERE id = ? AND recipients IS NULL"
                " AND state IN ('awaiting_approval', 'scheduled', 'sending')",
                (stamp, len(unique), broadcast_id),
            )
            if moved != 1:
                return False
            await tx.execute_many(
                "INSERT INTO broadcast_recipients (broadcast_id, member_id, updated_at)"
                " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                ((broadcast_id, member_id, stamp) for member_id in unique),
            )
        return True

    async def claim(self, broadcast_id: int, limit: int, now: datetime) -> list[Claimed]:
        """Up to `limit` copies that may go now (pending and not waiting for a retry, or held
        until a time now past), moved to sending and committed before any request leaves."""
        stamp = to_db_time(now)
        async with self._db.transaction() as tx:
            rows = await tx.fetch_all(
                "UPDATE broadcast_recipients SET state = 'sending', updated_at = ?"
                " WHERE id IN (SELECT id FROM broadcast_recipients WHERE broadcast_id = ?"
                "  AND ((state = 'pending' AND (held_until IS NULL OR held_until <= ?))"
                "   OR (state = 'held' AND held_until <= ?))"
                "  ORDER BY id LIMIT ?)"
                " RETURNING id, member_id, attempts",
                (stamp, broadcast_id, stamp, stamp, limit),
            )
        claimed = [Claimed(row["id"], row["member_id"], row["attempts"]) for row in rows]
        claimed.sort(key=lambda copy: copy.row_id)
        return claimed

    async def record(self, outcomes: Sequence[CopyOutcome], now: datetime) -> None:
        """The outcomes of a batch, in one transaction."""
        if not outcomes:
            return
        stamp = to_db_time(now)
        async with self._db.transaction() as tx:
            await tx.execute_many(
                "UPDATE broadcast_recipients SET state = ?, held_until = ?,"
                " attempts = attempts + ?, message_id = COALESCE(?, message_id), updated_at = ?"
                " WHERE id = ? AND state = 'sending'",
                (
                    (
                        outcome.state,
                        to_db_time(outcome.held_until) if outcome.held_until else None,
                        1 if outcome.tried else 0,
                        outcome.message_id,
                        stamp,
                        outcome.row_id,
                    )
                    for outcome in outcomes
                ),
            )

    async def counts(self, broadcast_id: int) -> BroadcastCounts:
        rows = await self._db.fetch_all(
            "SELECT state, COUNT(*) AS n, MAX(held_until) AS until FROM broadcast_recipients"
            " WHERE broadcast_id = ? GROUP BY state",
            (broadcast_id,),
        )
        by_state = {row["state"]: int(row["n"]) for row in rows}
        until = next((row["until"] for row in rows if row["state"] == "held"), None)
        return BroadcastCounts(
            total=sum(by_state.values()),
            held_until=from_db_time(until) if until else None,
            **by_state,
        )

    async def next_due(self, broadcast_id: int) -> datetime | None:
        """The earliest time a waiting copy (held, or pending after a failure) may go."""
        row = await self._db.fetch_one(
            "SELECT MIN(held_until) AS due FROM broadcast_recipients"
            " WHERE broadcast_id = ? AND state IN ('pending', 'held')"
            " AND held_until IS NOT NULL",
            (broadcast_id,),
        )
        return from_db_time(row["due"]) if row is not None and row["due"] else None

    async def interrupt_sending(self, now: datetime) -> int:
        """At start-up: copies in flight at the last stop may have arrived; never again."""
        return await self._db.execute(
            "UPDATE broadcast_recipients SET state = 'unknown', updated_at = ?"
            " WHERE state = 'sending'",
            (to_db_time(now),),
        )

    async def finish(self, broadcast_id: int, now: datetime) -> bool:
        """Done, once no copy is left to send (pending, in flight, or held)."""
        changed = await self._db.execute(
            "UPDATE broadcasts SET state = 'done', finished_at = ?"
            " WHERE id = ? AND state = 'sending' AND NOT EXISTS ("
            "  SELECT 1 FROM broadcast_recipients WHERE broadcast_id = ?"
            "  AND state IN ('pending', 'sending', 'held'))",
            (to_db_time(now), broadcast_id, broadcast_id),
        )
        return changed == 1

    async def cancel(self, broadcast_id: int, by: int, now: datetime) -> bool:
        """A sending broadcast cancelled: the copies not sent yet never will be."""
        stamp = to_db_time(now)
        async with self._db.transaction() as tx:
            moved = await tx.execute(
                "UPDATE broadcasts SET state = 'cancelled', cancelled_by = ?, finished_at = ?"
                " WHERE id = ? AND state = 'sending'",
                (by, stamp, broadcast_id),
            )
            if moved != 1:
                return False
            await tx.execute(
                "UPDATE broadcast_recipients SET state = 'cancelled', updated_at = ?"
                " WHERE broadcast_id = ? AND state IN ('pending', 'held')",
                (stamp, broadcast_id),
            )
        return True

    async def not_reached(self, broadcast_id: int) -> list[tuple[str | None, str]]:
        """Those whose copy went nowhere: first name (None once erased) and the row's state."""
        marks = ", ".join("?" for _ in NOT_REACHED)
        rows = await self._db.fetch_all(
            "SELECT p.first_name, r.state FROM broadcast_recipients r"
            " LEFT JOIN profiles p ON p.member_id = r.member_id"
            f" WHERE r.broadcast_id = ? AND r.state IN ({marks}) ORDER BY r.id",
            (broadcast_id, *NOT_REACHED),
        )
        return [(row["first_name"], row["state"]) for row in rows]
