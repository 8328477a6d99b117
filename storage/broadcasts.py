"""Broadcasts: what staff wrote, for whom, and where it stands (migration 0029). The copies'
queue is `storage/broadcast_queue.py`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from storage.db import Repository, to_db_time
from storage.rows import from_row


class BroadcastState(StrEnum):
    AWAITING_APPROVAL = "awaiting_approval"
    SCHEDULED = "scheduled"  # approved (or needing none), waiting for `send_at`
    SENDING = "sending"  # its copies are queued; some may wait for quiet hours to end
    DONE = "done"
    CANCELLED = "cancelled"
    REJECTED = "rejected"


class BroadcastKind(StrEnum):
    ANNOUNCEMENT = "announcement"
    EVENT = "event"  # a new event's card, with its Going / Maybe buttons


@dataclass(frozen=True)
class BroadcastContent:
    """What each recipient sees: a text (Telegram HTML), or a photo or a document with the text
    as its caption; for an event, the event's card (the body is an optional line above it)."""

    kind: BroadcastKind = BroadcastKind.ANNOUNCEMENT
    body: str = ""
    media_kind: str | None = None  # "photo" | "document"
    media_file_id: str | None = None
    media_name: str | None = None
    event_id: int | None = None
    test: bool = False  # the sender's own test copy (never stored), marked as such


@dataclass(frozen=True)
class Broadcast:
    id: int
    sender_id: int
    kind: str
    body: str
    media_kind: str | None
    media_file_id: str | None
    media_name: str | None
    event_id: int | None
    audience: str  # JSON: bot.domain.audience.Audience.from_json
    state: str
    send_at: datetime | None
    created_at: datetime
    decided_by: int | None
    decided_at: datetime | None
    reject_reason: str | None
    started_at: datetime | None
    finished_at: datetime | None
    cancelled_by: int | None
    status_chat_id: int | None
    status_message_id: int | None
    recipients: int | None
    previewed: int | None  # how many the preview counted when it was submitted

    @property
    def content(self) -> BroadcastContent:
        return BroadcastContent(
            kind=BroadcastKind(self.kind),
            body=self.body,
            media_kind=self.media_kind,
            media_file_id=self.media_file_id,
            media_name=self.media_name,
            event_id=self.event_id,
        )


@dataclass(frozen=True)
class DeliveredCopyRow:
    """One copy of an event's announcement in someone's chat."""

    member_id: int
    message_id: int
    body: str


@dataclass(frozen=True)
class ReceivedCopy:
    """One broadcast as its recipient's own data: when, what, and what happened to the copy."""

    updated_at: datetime
    state: str
    kind: str
    body: str
    event_title: str | None
    sender_role: str | None  # None: an admin, or staff no more


@dataclass(frozen=True)
class BroadcastCounts:
    """Where the copies of one broadcast stand (its rows in broadcast_recipients)."""

    total: int = 0
    pending: int = 0  # not tried yet (or tried again after a passing failure)
    sending: int = 0  # in flight now
    sent: int = 0
    held: int = 0  # waiting for quiet hours to end
    held_until: datetime | None = None  # the latest of their times
    blocked: int = 0  # blocked the bot, never started it, or are gone from Telegram
    switched_off: int = 0  # turned announcements off since it was written
    failed: int = 0  # Telegram refused the copy, or kept failing
    unknown: int = 0  # in flight at a crash: may have arrived, never sent again
    gone: int = 0  # left the community (erased) before their copy went
    cancelled: int = 0  # not sent: the broadcast was cancelled first

    @property
    def finished(self) -> bool:
        """Nothing left to try now (held copies go later)."""
        return self.pending == 0 and self.sending == 0


class BroadcastRepository(Repository):
    async def create(
        self,
        sender_id: int,
        content: BroadcastContent,
        audience_json: str,
        state: BroadcastState,
        send_at: datetime | None,
        now: datetime,
    ) -> int:
        async with self._db.transaction() as tx:
            return await tx.insert(
                "INSERT INTO broadcasts (sender_id, kind, body, media_kind, media_file_id,"
                " media_name, event_id, audience, state, send_at, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sender_id,
                    content.kind.value,
                    content.body,
                    content.media_kind,
                    content.media_file_id,
                    content.media_name,
                    content.event_id,
                    audience_json,
                    state.value,
                    to_db_time(send_at) if send_at else None,
                    to_db_time(now),
                ),
            )

    async def set_previewed(self, broadcast_id: int, count: int) -> None:
        """How many the sender was shown when they sent it (the report names the difference)."""
        await self._db.execute(
            "UPDATE broadcasts SET previewed = ? WHERE id = ?", (count, broadcast_id)
        )

    async def event_title(self, event_id: int) -> str | None:
        """The title of the event an announcement is about (None if it is gone)."""
        row = await self._db.fetch_one("SELECT title FROM events WHERE id = ?", (event_id,))
        return None if row is None else str(row["title"])

    async def get(self, broadcast_id: int) -> Broadcast | None:
        row = await self._db.fetch_one("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
        return None if row is None else from_row(Broadcast, row)

    async def in_state(self, state: BroadcastState) -> list[Broadcast]:
        rows = await self._db.fetch_all(
            "SELECT * FROM broadcasts WHERE state = ? ORDER BY id", (state.value,)
        )
        return [from_row(Broadcast, row) for row in rows]

    async def move(
        self, broadcast_id: int, from_states: tuple[BroadcastState, ...], to: BroadcastState
    ) -> bool:
        """Change the state only from one of `from_states` (a second press, or a race, finds
        it moved already): True if this call moved it."""
        marks = ", ".join("?" for _ in from_states)
        changed = await self._db.execute(
            f"UPDATE broadcasts SET state = ? WHERE id = ? AND state IN ({marks})",
            (to.value, broadcast_id, *(state.value for state in from_states)),
        )
        return changed == 1

    # --- the sender's status message (bot/services/broadcast_progress.py, migration 0030) ---

    async def status_message(self, broadcast_id: int) -> tuple[int | None, int | None]:
        row = await self._db.fetch_one(
            "SELECT status_chat_id, status_message_id FROM broadcasts WHERE id = ?",
            (broadcast_id,),
        )
        return (None, None) if row is None else (row[0], row[1])

    async def set_status_message(self, broadcast_id: int, chat_id: int, message_id: int) -> None:
        await self._db.execute(
            "UPDATE broadcasts SET status_chat_id = ?, status_message_id = ? WHERE id = ?",
            (chat_id, message_id, broadcast_id),
        )

    async def stop_status(self, broadcast_id: int) -> None:
        """The sender cannot be reached (they blocked the bot): the status stays as it was."""
        await self._db.execute(
            "UPDATE broadcasts SET status_stopped = 1 WHERE id = ?", (broadcast_id,)
        )

    async def status_stopped(self, broadcast_id: int) -> bool:
        row = await self._db.fetch_one(
            "SELECT status_stopped FROM broadcasts WHERE id = ?", (broadcast_id,)
        )
        return row is not None and bool(row[0])

    async def remember_held(self, broadcast_id: int, held: int) -> None:
        await self._db.execute(
            "UPDATE broadcasts SET status_held = ? WHERE id = ?", (held, broadcast_id)
        )

    async def take_held(self, broadcast_id: int) -> int:
        """How many copies the report said were held, once: a second call finds none."""
        async with self._db.transaction() as tx:
            row = await tx.fetch_one(
                "SELECT status_held FROM broadcasts WHERE id = ?", (broadcast_id,)
            )
            held = 0 if row is None else int(row[0])
            if held:
                await tx.execute(
                    "UPDATE broadcasts SET status_held = 0 WHERE id = ?", (broadcast_id,)
                )
            return held

    # --- the history (/broadcasts) ---

    async def history(self, sender_id: int | None, offset: int, limit: int) -> list[Broadcast]:
        """Newest first: one sender's (`sender_id`), or everyone's (None)."""
        rows = await self._db.fetch_all(
            "SELECT * FROM broadcasts WHERE ? IS NULL OR sender_id = ?"
            " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
            (sender_id, sender_id, limit, offset),
        )
        return [from_row(Broadcast, row) for row in rows]

    async def history_size(self, sender_id: int | None) -> int:
        row = await self._db.fetch_one(
            "SELECT count(*) FROM broadcasts WHERE ? IS NULL OR sender_id = ?",
            (sender_id, sender_id),
        )
        return 0 if row is None else int(row[0])

    # --- compose: approval, scheduling (bot/services/broadcasts.py) ---------------------------

    async def decide(
        self,
        broadcast_id: int,
        to: BroadcastState,
        by: int,
        now: datetime,
        reason: str | None,
        body: str | None = None,
    ) -> bool:
        """A moderator's decision on a broadcast awaiting approval; False if it was decided
        (or cancelled) already: the first decision wins. With `body`: only while its text is
        still that one (an edit saved meanwhile decides nothing)."""
        changed = await self._db.execute(
            "UPDATE broadcasts SET state = ?, decided_by = ?, decided_at = ?, reject_reason = ?"
            " WHERE id = ? AND state = ? AND (? IS NULL OR body = ?)",
            (
                to.value,
                by,
                to_db_time(now),
                reason,
                broadcast_id,
                BroadcastState.AWAITING_APPROVAL.value,
                body,
                body,
            ),
        )
        return changed == 1

    async def edit_body(self, broadcast_id: int, body: str) -> bool:
        """A moderator's new text, while it still waits for approval."""
        changed = await self._db.execute(
            "UPDATE broadcasts SET body = ? WHERE id = ? AND state = ?",
            (body, broadcast_id, BroadcastState.AWAITING_APPROVAL.value),
        )
        return changed == 1

    async def move_send_at(self, broadcast_id: int, send_at: datetime) -> bool:
        """A new time for a broadcast that has not started (scheduled or awaiting approval)."""
        changed = await self._db.execute(
            "UPDATE broadcasts SET send_at = ? WHERE id = ? AND state IN (?, ?)",
            (
                to_db_time(send_at),
                broadcast_id,
                BroadcastState.SCHEDULED.value,
                BroadcastState.AWAITING_APPROVAL.value,
            ),
        )
        return changed == 1

    async def cancel_unstarted(self, broadcast_id: int, by: int) -> bool:
        """Cancelled before it started (scheduled, or still awaiting approval)."""
        changed = await self._db.execute(
            "UPDATE broadcasts SET state = ?, cancelled_by = ? WHERE id = ? AND state IN (?, ?)",
            (
                BroadcastState.CANCELLED.value,
                by,
                broadcast_id,
                BroadcastState.SCHEDULED.value,
                BroadcastState.AWAITING_APPROVAL.value,
            ),
        )
        return changed == 1

    async def of_event(self, event_id: int) -> list[Broadcast]:
        """The announcements of an event (kind "event"), oldest first."""
        rows = await self._db.fetch_all(
            "SELECT * FROM broadcasts WHERE event_id = ? AND kind = ? ORDER BY id",
            (event_id, BroadcastKind.EVENT.value),
        )
        return [from_row(Broadcast, row) for row in rows]

    async def delivered_copies(self, event_id: int, limit: int) -> list[DeliveredCopyRow]:
        """The copies of an event's announcements that reached someone still here, with the
        message each is, to draw it again (a move, a cancellation); at most `limit`."""
        rows = await self._db.fetch_all(
            "SELECT r.member_id, r.message_id, b.body FROM broadcast_recipients r"
            " JOIN broadcasts b ON b.id = r.broadcast_id"
            " WHERE b.event_id = ? AND b.kind = ? AND r.state = 'sent'"
            " AND r.member_id IS NOT NULL AND r.message_id IS NOT NULL"
            " ORDER BY r.id LIMIT ?",
            (event_id, BroadcastKind.EVENT.value, limit),
        )
        return [DeliveredCopyRow(row["member_id"], row["message_id"], row["body"]) for row in rows]

    async def received_by(self, member_id: int) -> list[ReceivedCopy]:
        """Every copy of a broadcast meant for this member (their /mydata), oldest first: what
        it was about and what happened to it; of its sender only the role."""
        rows = await self._db.fetch_all(
            "SELECT r.updated_at, r.state, b.kind, b.body, e.title AS event_title,"
            " s.role AS sender_role FROM broadcast_recipients r"
            " JOIN broadcasts b ON b.id = r.broadcast_id"
            " LEFT JOIN events e ON e.id = b.event_id"
            " LEFT JOIN staff s ON s.telegram_id = b.sender_id"
            " WHERE r.member_id = ? ORDER BY r.id",
            (member_id,),
        )
        return [from_row(ReceivedCopy, row) for row in rows]
