"""The waitlist of a full event: a seat that frees is offered to the first waiting, who
confirms it in time or lets it lapse.

Part of EventRepository (storage.events); the answers themselves are in storage.rsvps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storage.db import Repository, to_db_time
from storage.tasks import NewTask, insert_tasks

# The first on an event's waitlist who can be written to; one parameter, the event id.
_FIRST_WAITING = (
    "SELECT w.member_id FROM rsvps w JOIN members m ON m.telegram_id = w.member_id"
    " WHERE w.event_id = ? AND w.answer = 'waitlist' AND m.reachable = 1"
    " ORDER BY w.queued_at, w.member_id LIMIT 1"
)


class Waitlist(Repository):
    """The waitlist's queries of EventRepository."""

    async def with_free_seats(self, now: datetime) -> list[int]:
        """Open events not started with a seat free and someone waiting: after a crash between
        a seat freeing and its offer, these are offered again at start-up."""
        rows = await self._db.fetch_all(
            "SELECT e.id FROM events e WHERE e.status = 'open' AND e.starts_at > ?"
            " AND EXISTS (SELECT 1 FROM rsvps w"
            "  WHERE w.event_id = e.id AND w.answer = 'waitlist')"
            " AND (e.capacity IS NULL OR (SELECT count(*) FROM rsvps r"
            "  WHERE r.event_id = e.id AND r.seat = 1) < e.capacity)",
            (to_db_time(now),),
        )
        return [int(row["id"]) for row in rows]

    async def expired_offers(self, now: datetime) -> list[tuple[int, int]]:
        """Offers past their time still holding a seat (their lapse task was cut short)."""
        rows = await self._db.fetch_all(
            "SELECT event_id, member_id FROM rsvps WHERE answer = 'offered'"
            " AND offer_expires_at <= ?",
            (to_db_time(now),),
        )
        return [(int(row["event_id"]), int(row["member_id"])) for row in rows]

    async def first_waiting(self, event_id: int) -> int | None:
        """The first on the waitlist who can be written to (someone who blocked the bot would
        hold a seat they never hear of)."""
        row = await self._db.fetch_one(f"SELECT member_id FROM ({_FIRST_WAITING})", (event_id,))
        return int(row["member_id"]) if row else None

    async def offer(
        self,
        event_id: int,
        member_id: int,
        expires_at: datetime,
        now: datetime,
        tasks: Sequence[NewTask],
    ) -> bool:
        """Hold a free seat for `member_id` if they are still first on the waitlist, storing
        `tasks` (the notice, the lapse) in the same transaction. False if the seat or their
        turn went meanwhile."""
        async with self._db.transaction() as tx:
            row = await tx.fetch_one(
                "UPDATE rsvps SET answer = 'offered', seat = 1, offer_expires_at = ?,"
                " answered_at = ? WHERE event_id = ? AND member_id = ? AND member_id = ("
                f"  {_FIRST_WAITING})"
                " AND (SELECT e.capacity IS NULL OR (SELECT count(*) FROM rsvps r"
                "  WHERE r.event_id = ? AND r.seat = 1) < e.capacity FROM events e"
                "  WHERE e.id = ? AND e.status = 'open')"
                " RETURNING member_id",
                (
                    to_db_time(expires_at),
                    to_db_time(now),
                    event_id,
                    member_id,
                    event_id,
                    event_id,
                    event_id,
                ),
            )
            if row is None:
                return False
            await insert_tasks(tx, tasks, now)
        return True

    async def extend_offer(
        self, event_id: int, member_id: int, expires_at: datetime, now: datetime, lapse: NewTask
    ) -> bool:
        """A later deadline for an offer still open (its notice was held back), with the task
        that lapses it then; the old lapse task finds the offer not yet expired and does
        nothing."""
        return await self._change_offer(
            "UPDATE rsvps SET offer_expires_at = ? WHERE event_id = ? AND member_id = ?"
            " AND answer = 'offered' AND offer_expires_at < ?",
            (to_db_time(expires_at), event_id, member_id, to_db_time(expires_at)),
            [lapse],
            now,
        )

    async def confirm_offer(
        self,
        event_id: int,
        member_id: int,
        now: datetime,
        reminders: Sequence[NewTask] = (),
    ) -> bool:
        return await self._change_offer(
            "UPDATE rsvps SET answer = 'going', offer_expires_at = NULL, answered_at = ?"
            " WHERE event_id = ? AND member_id = ? AND answer = 'offered'"
            " AND offer_expires_at > ?",
            (to_db_time(now), event_id, member_id, to_db_time(now)),
            reminders,
            now,
        )

    async def lapse_offer(
        self, event_id: int, member_id: int, now: datetime, tasks: Sequence[NewTask] = ()
    ) -> bool:
        """An offer not confirmed in time: the seat is free again (the caller offers it on);
        `tasks` (telling the member) are stored with the change."""
        return await self._change_offer(
            "UPDATE rsvps SET answer = 'no', seat = 0, offer_expires_at = NULL,"
            " answered_at = ? WHERE event_id = ? AND member_id = ? AND answer = 'offered'"
            " AND offer_expires_at <= ?",
            (to_db_time(now), event_id, member_id, to_db_time(now)),
            tasks,
            now,
        )

    async def _change_offer(
        self, sql: str, params: tuple[object, ...], tasks: Sequence[NewTask], now: datetime
    ) -> bool:
        """One UPDATE of an offer, and `tasks` in the same transaction if it changed a row."""
        async with self._db.transaction() as tx:
            changed = await tx.execute(sql, params)
            if changed:
                await insert_tasks(tx, tasks, now)
        return changed > 0
