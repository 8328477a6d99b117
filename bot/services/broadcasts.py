"""Broadcasts from staff to members: who sends decides whether a moderator must approve first
(rule 21), then it goes now (the delivery engine), or at its time (a durable task that
resolves the audience at that moment). Every step is audited (rule 20)."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.tasks import TaskDispatcher, TaskKind
from bot.domain.audience import Audience
from bot.domain.broadcast_text import fingerprint, plain_preview
from bot.domain.contact_details import ContactKind, find_contacts
from bot.services.audiences import AudienceCount, Audiences
from bot.services.notifications import Note, NotificationGate, Purpose, Text
from bot.services.staff import StaffService
from storage.broadcast_cards import BroadcastCardRepository, CardCopy
from storage.broadcasts import (
    Broadcast,
    BroadcastContent,
    BroadcastKind,
    BroadcastRepository,
    BroadcastState,
)
from storage.tasks import Task

logger = logging.getLogger(__name__)


class Delivery(Protocol):
    """The delivery engine's side of the seam (bot/services/broadcast_delivery.py)."""

    async def launch(self, broadcast_id: int, member_ids: Sequence[int]) -> None: ...

    async def send_test(self, sender_id: int, content: BroadcastContent) -> bool: ...


class NoDelivery:
    """Until the delivery engine is wired: nothing goes out, and the log says so."""

    async def launch(self, broadcast_id: int, member_ids: Sequence[int]) -> None:
        logger.warning("broadcast %d: no delivery engine, %d copies", broadcast_id, len(member_ids))

    async def send_test(self, sender_id: int, content: BroadcastContent) -> bool:
        return False


def _first(body: str, limit: int = 40) -> str:
    """The first words of a broadcast for /modlog: what it was about, not all of it."""
    return plain_preview(body, limit)


def text_fingerprint(content: BroadcastContent) -> str:
    """What an approval button carries of the text it was drawn for."""
    return fingerprint(content.body, content.media_file_id)


class CardsRedraw(Protocol):
    """The chat side: every copy of a broadcast's approval card drawn again as it stands, or,
    with `changed_by`, as a card whose text that moderator changed (without buttons)."""

    async def __call__(self, broadcast_id: int, changed_by: int | None = None) -> None: ...


async def _no_redraw(broadcast_id: int, changed_by: int | None = None) -> None:
    """Until the chat side registers its own (handlers/routes.py)."""


@dataclass(frozen=True)
class StartAt:
    """The payload of a scheduled start: the time it was scheduled for (a moved time leaves
    the old task to do nothing)."""

    broadcast_id: int
    send_at: str


START = TaskKind("broadcast-start", StartAt)
HELD_CONTACTS = "broadcast.held_contacts"


@dataclass(frozen=True)
class BroadcastCard(Note):
    """To moderators: a broadcast that waits for their approval (read afresh when drawn)."""

    broadcast_id: int


@dataclass(frozen=True)
class Submitted:
    broadcast_id: int
    state: BroadcastState  # awaiting_approval, scheduled or sending
    count: AudienceCount
    send_at: datetime | None = None


@dataclass(frozen=True)
class Decision:
    """A moderator's press: `done` if it decided now; otherwise `broadcast` says how it stands
    (decided by `decided_by_name`, or gone)."""

    done: bool
    broadcast: Broadcast | None
    decided_by_name: str = ""
    # Rule 24: not approved, because its text holds these contact details and minors get it.
    held: tuple[ContactKind, ...] = ()
    # Not approved: the press came from a card drawn for an older text.
    changed: bool = False


@dataclass(kw_only=True, eq=False)
class BroadcastService:
    repository: BroadcastRepository
    audiences: Audiences
    delivery: Delivery
    staff: StaffService
    notifications: NotificationGate
    tasks: TaskDispatcher
    audit: AuditLog
    clock: Clock
    cards: BroadcastCardRepository
    mod_chat_id: int | None = None
    approval_required: bool = True  # rule 21's policy setting
    redraw_cards: CardsRedraw = _no_redraw

    async def card_sent(self, broadcast_id: int, copy: CardCopy) -> None:
        await self.cards.add(broadcast_id, copy)

    async def card_copies(self, broadcast_id: int) -> list[CardCopy]:
        return await self.cards.of(broadcast_id)

    async def is_card_copy(self, chat_id: int, message_id: int) -> bool:
        return await self.cards.holds(chat_id, message_id)

    async def get(self, broadcast_id: int) -> Broadcast | None:
        return await self.repository.get(broadcast_id)

    async def needs_approval(
        self, sender_id: int, audience: Audience, count: AudienceCount
    ) -> bool:
        """Rule 21: a coordinator's broadcast waits for a moderator when it reaches a minor,
        or anyone beyond the people of their own projects. Moderators and admins send."""
        if self.staff.is_moderator(sender_id) or not self.approval_required:
            return False
        if count.minors > 0:
            return True
        return not await self.audiences.own_projects_only(sender_id, audience)

    async def held_contacts(
        self, content: BroadcastContent, audience: Audience
    ) -> tuple[ContactKind, ...]:
        """Rule 24: the kinds of contact detail in its text or caption when it reaches anyone
        under 18 or of unknown age; empty when it may go (an adults-only audience may read
        a phone number). An event's card is drawn by the bot, not typed by a person."""
        if content.kind is BroadcastKind.EVENT or not content.body:
            return ()
        # The HTML too: a link's hidden address ("chat.whatsapp.com/…") is an invitation.
        kinds = find_contacts(html.unescape(content.body))
        if not kinds or (await self.audiences.count(audience)).minors == 0:
            return ()
        return kinds

    async def record_held(
        self, by: int, kinds: tuple[ContactKind, ...], broadcast_id: int | None = None
    ) -> None:
        """A refusal for contact details is a staff event the moderators can read later."""
        details: dict[str, object] = {"kinds": list(kinds)}
        if broadcast_id is not None:
            details["broadcast"] = broadcast_id
        await self.audit.record(by, HELD_CONTACTS, None, **details)

    async def submit(
        self,
        sender_id: int,
        content: BroadcastContent,
        audience: Audience,
        send_at: datetime | None,
    ) -> Submitted:
        count = await self.audiences.count(audience)
        now = self.clock.now()
        later = send_at if send_at is not None and send_at > now else None
        if await self.needs_approval(sender_id, audience, count):
            state = BroadcastState.AWAITING_APPROVAL
        else:
            state = BroadcastState.SCHEDULED
        broadcast_id = await self.repository.create(
            sender_id, content, audience.to_json(), state, later, now
        )
        # What /modlog shows of it: its number, how many, and its first words.
        facts = {"count": count.total, "words": _first(content.body)}
        await self.repository.set_previewed(broadcast_id, count.total)
        if state is BroadcastState.AWAITING_APPROVAL:
            await self.audit.record(
                sender_id, "broadcast.submitted", None, broadcast=broadcast_id, **facts
            )
            await self._tell_moderators(broadcast_id)
        elif later is not None:
            await self.audit.record(
                sender_id, "broadcast.scheduled", None, broadcast=broadcast_id, **facts
            )
            await self.schedule_start(broadcast_id, later)
        else:
            await self.audit.record(
                sender_id, "broadcast.sent", None, broadcast=broadcast_id, **facts
            )
            state = await self._launch_now(broadcast_id, audience)
        return Submitted(broadcast_id, state, count, later)

    async def _launch_now(self, broadcast_id: int, audience: Audience) -> BroadcastState:
        await self.delivery.launch(broadcast_id, await self.audiences.member_ids(audience))
        return BroadcastState.SENDING

    async def schedule_start(self, broadcast_id: int, send_at: datetime) -> None:
        """A durable start at `send_at` (one per broadcast and time)."""
        stamp = send_at.astimezone(UTC).isoformat()
        await self.tasks.schedule(
            START,
            StartAt(broadcast_id, stamp),
            due_at=send_at,
            dedupe_key=f"broadcast-start:{broadcast_id}:{stamp}",
        )

    async def run_start(self, task: Task, start: StartAt) -> None:
        """Task `broadcast-start`: still scheduled for this time, it goes to the audience of
        this moment."""
        broadcast = await self.repository.get(start.broadcast_id)
        if broadcast is None or broadcast.state != BroadcastState.SCHEDULED:
            return
        if broadcast.send_at != datetime.fromisoformat(start.send_at):
            return  # moved: the task of the new time starts it
        audience = Audience.from_json(broadcast.audience)
        kinds = await self.held_contacts(broadcast.content, audience)
        if kinds:
            await self._hold_at_start(broadcast, kinds)
            return
        await self._launch_now(broadcast.id, audience)

    async def _hold_at_start(self, broadcast: Broadcast, kinds: tuple[ContactKind, ...]) -> None:
        """The audience changed since it was checked and now reaches a minor: it does not go
        (rule 24), and its sender is told why, to write it again."""
        if not await self.repository.cancel_unstarted(broadcast.id, broadcast.sender_id):
            return
        await self.record_held(broadcast.sender_id, kinds, broadcast.id)
        await self.redraw_cards(broadcast.id)
        await self.notifications.deliver(
            broadcast.sender_id,
            Text(
                "broadcast-told-held",
                {"number": broadcast.id, "kind": kinds[0].value, "more": len(kinds) - 1},
            ),
            Purpose.STAFF,
        )

    async def send_test(self, sender_id: int, content: BroadcastContent) -> bool:
        return await self.delivery.send_test(sender_id, content)

    # --- approval (rule 21) ------------------------------------------------------------------

    async def _decide(
        self,
        broadcast_id: int,
        moderator_id: int,
        to: BroadcastState,
        reason: str | None,
        body: str | None = None,
    ) -> Broadcast | Decision:
        """The broadcast, if this moderator's press decided it; else how it stands (the first
        decision wins; a demoted moderator decides nothing; with `body`, a text changed
        meanwhile is not decided)."""
        if not self.staff.is_moderator(moderator_id):
            return Decision(False, None)
        now = self.clock.now()
        if not await self.repository.decide(broadcast_id, to, moderator_id, now, reason, body):
            standing = await self.standing(broadcast_id)
            still = standing.broadcast is not None and standing.broadcast.state == (
                BroadcastState.AWAITING_APPROVAL
            )
            return replace(standing, changed=True) if body is not None and still else standing
        broadcast = await self.repository.get(broadcast_id)
        return broadcast if broadcast is not None else Decision(False, None)

    async def approve(self, broadcast_id: int, moderator_id: int, seen: str = "") -> Decision:
        """`seen`: the fingerprint of the text on the card pressed (empty on cards drawn before
        fingerprints); another text is not approved."""
        waiting = await self.repository.get(broadcast_id)
        if waiting is not None and seen and seen != text_fingerprint(waiting.content):
            return Decision(False, waiting, changed=True)
        if waiting is not None and self.staff.is_moderator(moderator_id):
            kinds = await self.held_contacts(waiting.content, Audience.from_json(waiting.audience))
            if kinds and waiting.state == BroadcastState.AWAITING_APPROVAL:
                await self.record_held(moderator_id, kinds, broadcast_id)
                return Decision(False, waiting, held=kinds)
        # The text compared again as it is decided: an edit saved since it was read wins.
        shown = waiting.body if waiting is not None and seen else None
        broadcast = await self._decide(
            broadcast_id, moderator_id, BroadcastState.SCHEDULED, None, shown
        )
        if isinstance(broadcast, Decision):
            return broadcast
        await self.audit.record(
            moderator_id, "broadcast.approved", broadcast.sender_id, broadcast=broadcast_id
        )
        if broadcast.send_at is not None and broadcast.send_at > self.clock.now():
            await self.schedule_start(broadcast_id, broadcast.send_at)
            await self._tell_sender(broadcast, "broadcast-told-approved-later")
        else:
            await self._tell_sender(broadcast, "broadcast-told-approved")
            await self._launch_now(broadcast_id, Audience.from_json(broadcast.audience))
        await self.redraw_cards(broadcast_id)
        return Decision(True, await self.repository.get(broadcast_id))

    async def reject(self, broadcast_id: int, moderator_id: int, reason: str) -> Decision:
        reason = reason.strip()[:500]
        broadcast = await self._decide(broadcast_id, moderator_id, BroadcastState.REJECTED, reason)
        if isinstance(broadcast, Decision):
            return broadcast
        await self.audit.record(
            moderator_id,
            "broadcast.rejected",
            broadcast.sender_id,
            broadcast=broadcast_id,
            reason=reason,
        )
        await self._tell_sender(broadcast, "broadcast-told-rejected", reason=reason)
        await self.redraw_cards(broadcast_id)
        return Decision(True, broadcast)

    async def edit(self, broadcast_id: int, moderator_id: int, body: str) -> Broadcast | None:
        """A moderator's new text while it waits; None if it no longer waits. The sender is
        told what it says now."""
        if not self.staff.is_moderator(moderator_id):
            return None
        before = await self.repository.get(broadcast_id)
        if before is None or not await self.repository.edit_body(broadcast_id, body):
            return None
        broadcast = await self.repository.get(broadcast_id)
        assert broadcast is not None
        change = f"{_first(before.body, 30)} → {_first(body, 30)}"
        await self.audit.record(
            moderator_id,
            "broadcast.edited",
            broadcast.sender_id,
            broadcast=broadcast_id,
            change=change,
        )
        await self._tell_sender(broadcast, "broadcast-told-edited", text=plain_preview(body))
        # The cards showed the old text: none of them may approve the new one. They say who
        # changed it, and a new card goes to every moderator as for a new submission.
        await self.redraw_cards(broadcast_id, changed_by=moderator_id)
        await self.cards.forget(broadcast_id)
        await self._tell_moderators(broadcast_id)
        return broadcast

    async def decided_by_name(self, broadcast: Broadcast) -> str:
        if broadcast.decided_by is None:
            return ""
        return (await self.staff.names()).get(broadcast.decided_by, "—")

    async def standing(self, broadcast_id: int) -> Decision:
        """How it stands now, for a press that found it decided (or gone)."""
        broadcast = await self.repository.get(broadcast_id)
        name = await self.decided_by_name(broadcast) if broadcast is not None else ""
        return Decision(False, broadcast, name)

    async def _tell_moderators(self, broadcast_id: int) -> None:
        card = BroadcastCard(broadcast_id)
        for moderator in self.staff.moderators():
            await self.notifications.deliver(moderator, card, Purpose.STAFF)
        if self.mod_chat_id is not None:
            await self.notifications.deliver_to_chat(self.mod_chat_id, card)

    async def _tell_sender(self, broadcast: Broadcast, key: str, **args: object) -> None:
        await self.notifications.deliver(
            broadcast.sender_id, Text(key, {"number": broadcast.id, **args}), Purpose.STAFF
        )

    # --- before it starts (/broadcasts) -------------------------------------------------------

    async def _may_change(self, broadcast_id: int, by: int) -> bool:
        """Its sender, or a moderator (checked now: a demoted one may not)."""
        broadcast = await self.repository.get(broadcast_id)
        if broadcast is None or not self.staff.is_staff(by):
            return False
        return broadcast.sender_id == by or self.staff.is_moderator(by)

    async def reschedule(self, broadcast_id: int, by: int, send_at: datetime) -> bool:
        """A new time for one not started yet (the old start task then does nothing)."""
        if send_at <= self.clock.now() or not await self._may_change(broadcast_id, by):
            return False
        if not await self.repository.move_send_at(broadcast_id, send_at):
            return False
        broadcast = await self.repository.get(broadcast_id)
        if broadcast is not None and broadcast.state == BroadcastState.SCHEDULED:
            await self.schedule_start(broadcast_id, send_at)
        await self.audit.record(by, "broadcast.rescheduled", broadcast=broadcast_id)
        await self.redraw_cards(broadcast_id)
        return True

    async def cancel_scheduled(self, broadcast_id: int, by: int) -> bool:
        if not await self._may_change(broadcast_id, by):
            return False
        if not await self.repository.cancel_unstarted(broadcast_id, by):
            return False
        await self.audit.record(by, "broadcast.unscheduled", broadcast=broadcast_id)
        await self.redraw_cards(broadcast_id)
        return True
