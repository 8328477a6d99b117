"""The one gate for everything the bot sends on its own (safeguarding rules 14 and 15).

Services and tasks describe what to tell someone (a `Note`) and why (a `Purpose`); the gate
decides whether it goes now, waits for quiet hours to end, or cannot go (unreachable, switched
off), and says which, so whoever asked can be told the truth (rule 27). How a note looks on
Telegram is the `Sender`'s business: this module knows nothing of Telegram.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum, StrEnum
from typing import Any, ClassVar, Protocol
from zoneinfo import ZoneInfo

from bot.core.clock import Clock
from bot.core.i18n import resolve_language
from bot.core.tasks import RetryLater, TaskDispatcher, TaskKind
from bot.domain.quiet_hours import QuietHours
from bot.services.ages import Ages
from bot.services.members import MemberService
from bot.services.staff import StaffService
from storage.guardians import GuardianRepository
from storage.members import Addressee
from storage.tasks import Task


class Purpose(StrEnum):
    """Why the bot writes unprompted (rule 15). The value of a purpose that needs consent is
    the consent's name."""

    CONSEQUENCE = "consequence"  # (a) the consequences of the member's own actions
    REMINDER = "reminders"  # (b) event reminders
    ANNOUNCEMENT = "announcements"  # (c)
    INVITATION = "matching"  # (d) only to members visible to matching who take invitations
    STAFF = "staff"  # to adults about their work: no consent, no quiet hours

    @property
    def consent(self) -> str | None:
        return None if self in {Purpose.CONSEQUENCE, Purpose.STAFF} else self.value


def _allows(addressee: Addressee, purpose: Purpose, *, from_adult: bool) -> bool:
    """Whether they consent to this purpose now (rule 15: (b), (c), (d) can each be switched
    off; (d) also on its own, in /settings), and, for what an adult sends them, whether adults
    may reach them yet (rule 2: a guardian's online consent a moderator has not checked)."""
    if purpose.consent is not None and purpose.consent not in addressee.granted:
        return False
    if (purpose is Purpose.INVITATION or from_adult) and not addressee.adults_may_reach:
        return False
    return purpose is not Purpose.INVITATION or addressee.invitations


class Outcome(StrEnum):
    SENT = "sent"
    HELD = "held"  # waits for the end of quiet hours (`Delivery.until`)
    UNREACHABLE = "unreachable"  # never started the bot, blocked it, or is gone
    SWITCHED_OFF = "switched-off"  # the member said no to this purpose
    DROPPED = "dropped"  # quiet hours, and the sender chose not to wait


class Later(Enum):
    """What to do with a note that quiet hours hold back."""

    QUEUE = "queue"  # the gate keeps it (a durable task) and sends it when they end
    CALLER = "caller"  # the caller, a task, runs again then (it decides again)
    DROP = "drop"


@dataclass(frozen=True)
class Delivery:
    outcome: Outcome
    until: datetime | None = None  # for HELD: when it goes out


@dataclass(frozen=True)
class Note:
    """Something to tell one person. Subclasses are frozen dataclasses; those the gate may
    keep for later hold JSON values only."""

    # Written by an adult (a coordinator) to the person: rule 2 decides whether it may go.
    from_adult: ClassVar[bool] = False


@dataclass(frozen=True)
class Text(Note):
    """A plain message: a locale key and its arguments."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Recipient:
    telegram_id: int
    language: str


class Sender(Protocol):
    """The port the Telegram layer implements: render the note in the recipient's language and
    send it. False when Telegram says the person blocked the bot; other failures raise."""

    async def send(self, recipient: Recipient, note: Note) -> bool: ...


class Offline:
    """A `Sender` for commands that run without Telegram (an import from a shell): nothing
    they do sends a message, and if something tried, it would be a bug."""

    async def send(self, recipient: Recipient, note: Note) -> bool:
        raise RuntimeError(f"no messages from the command line ({type(note).__name__})")


@dataclass(frozen=True)
class HeldNote:
    """The payload of a note kept until quiet hours end."""

    note: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    purpose: str = Purpose.CONSEQUENCE.value
    deadline: str | None = None


DELIVER = TaskKind("notify", HeldNote)


@dataclass(frozen=True)
class DeliveryReport:
    """What happened to the copies of one message (rule 27)."""

    sent: int = 0
    held: int = 0
    held_until: datetime | None = None
    unreachable: int = 0
    switched_off: int = 0

    def add(self, delivery: Delivery) -> DeliveryReport:
        if delivery.outcome is Outcome.SENT:
            return dataclasses.replace(self, sent=self.sent + 1)
        if delivery.outcome is Outcome.HELD:
            until = max(filter(None, (self.held_until, delivery.until)), default=None)
            return dataclasses.replace(self, held=self.held + 1, held_until=until)
        if delivery.outcome is Outcome.SWITCHED_OFF:
            return dataclasses.replace(self, switched_off=self.switched_off + 1)
        return dataclasses.replace(self, unreachable=self.unreachable + 1)


@dataclass(kw_only=True, eq=False)
class NotificationGate:
    members: MemberService
    staff: StaffService
    ages: Ages
    tasks: TaskDispatcher
    clock: Clock
    quiet: QuietHours
    zone: ZoneInfo
    sender: Sender
    guardians: GuardianRepository
    keepable: Iterable[type[Note]] = ()

    def __post_init__(self) -> None:
        kinds: list[type[Note]] = [Text, *self.keepable]
        self._keepable = {kind.__name__: kind for kind in kinds}

    def _quiet_end(self, minor: bool, purpose: Purpose) -> datetime | None:
        """When the quiet hours someone is in now end; None if none apply to them now. Only
        members under 18 (or of unknown age) have them, and never for staff work."""
        if purpose is Purpose.STAFF or not minor:
            return None
        now = self.clock.now()
        allowed = self.quiet.next_allowed(now, self.zone)
        return allowed if allowed > now else None

    def _held(self, minor: bool, purpose: Purpose, deadline: datetime | None) -> datetime | None:
        """When quiet hours let this go out, if not now. A message due before a deadline (an
        event's start) that waiting would miss goes now."""
        allowed = self._quiet_end(minor, purpose)
        if allowed is None:
            return None
        if deadline is not None and allowed.astimezone(UTC) >= deadline.astimezone(UTC):
            return None
        return allowed

    async def quiet_until(self, member_id: int, purpose: Purpose) -> datetime | None:
        return self._quiet_end(await self.ages.is_minor(member_id), purpose)

    async def held_until(
        self, member_id: int, purpose: Purpose, deadline: datetime | None = None
    ) -> datetime | None:
        return self._held(await self.ages.is_minor(member_id), purpose, deadline)

    async def deliver(
        self,
        member_id: int,
        note: Note,
        purpose: Purpose,
        *,
        deadline: datetime | None = None,
        later: Later = Later.QUEUE,
    ) -> Delivery:
        """Send now, keep for later, or say why not."""
        addressee = await self.members.addressee(member_id)  # one read decides it all
        if addressee is None and purpose is Purpose.CONSEQUENCE:
            return await self._to_guardian(member_id, note)
        decided = self._decide(member_id, addressee, purpose, deadline, from_adult=note.from_adult)
        if decided is not None:
            if decided.outcome is Outcome.HELD and decided.until is not None:
                if later is Later.DROP:
                    return Delivery(Outcome.DROPPED)
                if later is Later.QUEUE:
                    await self._keep(member_id, note, purpose, deadline, decided.until)
            return decided
        recipient = Recipient(member_id, self._language(member_id, addressee))
        if await self.sender.send(recipient, note):
            return Delivery(Outcome.SENT)
        await self.members.mark_unreachable(member_id)
        return Delivery(Outcome.UNREACHABLE)

    async def deliver_to_chat(self, chat_id: int, note: Note) -> Delivery:
        """Staff work for a staff group (the moderators' chat): no consent, no quiet hours, in
        the default language; a group the bot is not in, or was removed from, is unreachable."""
        recipient = Recipient(chat_id, self.members.default_language)
        sent = await self.sender.send(recipient, note)
        return Delivery(Outcome.SENT if sent else Outcome.UNREACHABLE)

    async def forecast(
        self,
        member_id: int,
        purpose: Purpose,
        *,
        deadline: datetime | None = None,
        from_adult: bool = False,
    ) -> Delivery:
        """What `deliver` would decide now, sending nothing (for a task that sends later):
        SENT means it goes at once."""
        addressee = await self.members.addressee(member_id)
        decided = self._decide(member_id, addressee, purpose, deadline, from_adult=from_adult)
        return decided or Delivery(Outcome.SENT)

    async def language_for(self, member_id: int) -> str:
        """The language the bot writes to them in, on its own."""
        return self._language(member_id, await self.members.addressee(member_id))

    async def forecast_many(
        self, member_ids: Sequence[int], purpose: Purpose, *, from_adult: bool = False
    ) -> dict[int, tuple[Delivery, Recipient]]:
        """`forecast` for many members at once, with one read (a broadcast's batch), and the
        language each would read it in. The unknown (erased) are left out."""
        addressees = await self.members.addressees(member_ids)
        decided = {}
        for member_id, addressee in addressees.items():
            delivery = self._decide(member_id, addressee, purpose, None, from_adult=from_adult)
            recipient = Recipient(member_id, self._language(member_id, addressee))
            decided[member_id] = (delivery or Delivery(Outcome.SENT), recipient)
        return decided

    def _decide(
        self,
        member_id: int,
        addressee: Addressee | None,
        purpose: Purpose,
        deadline: datetime | None,
        *,
        from_adult: bool,
    ) -> Delivery | None:
        """Why it cannot go now (unreachable, switched off, held); None if it can."""
        # Staff join by an invitation, not the onboarding: they may have no member record,
        # nor has an adult who opened one and waits for an admin's decision.
        known = addressee is not None or (purpose is Purpose.STAFF and self.staff.knows(member_id))
        if not known or (addressee is not None and not addressee.reachable):
            return Delivery(Outcome.UNREACHABLE)
        if addressee is not None and not _allows(addressee, purpose, from_adult=from_adult):
            return Delivery(Outcome.SWITCHED_OFF)
        until = self._held(self.ages.counts_as_minor(addressee), purpose, deadline)
        return Delivery(Outcome.HELD, until) if until is not None else None

    async def _to_guardian(self, telegram_id: int, note: Note) -> Delivery:
        """A guardian is no member: what their own consent led to reaches them if they ever
        answered a request, in their app's language; they said they are adults (no quiet
        hours)."""
        language = await self.guardians.guardian_language(telegram_id)
        if language is None:
            return Delivery(Outcome.UNREACHABLE)
        chosen = resolve_language(None, language or None, self.members.default_language)
        if await self.sender.send(Recipient(telegram_id, chosen), note):
            return Delivery(Outcome.SENT)
        return Delivery(Outcome.UNREACHABLE)

    def _language(self, member_id: int, addressee: Addressee | None) -> str:
        """Their choice (/language), else their app's: a member's when they first wrote, a
        staff member's, or an invited adult's, when they opened the invite."""
        if addressee is not None and addressee.language is not None:
            return addressee.language
        if joined := self.staff.language_of(member_id):
            return joined
        app_language = addressee.app_language if addressee is not None else None
        return resolve_language(None, app_language, self.members.default_language)

    async def deliver_in_task(
        self, member_id: int, note: Note, purpose: Purpose, *, deadline: datetime | None = None
    ) -> Delivery:
        """From a durable task that decides again when it runs: held back, the task itself
        runs again when quiet hours end (and is no failure)."""
        delivery = await self.deliver(
            member_id, note, purpose, deadline=deadline, later=Later.CALLER
        )
        if delivery.outcome is Outcome.HELD and delivery.until is not None:
            raise RetryLater(delivery.until - self.clock.now(), "quiet hours", counted=False)
        return delivery

    async def _keep(
        self,
        member_id: int,
        note: Note,
        purpose: Purpose,
        deadline: datetime | None,
        until: datetime,
    ) -> None:
        name = type(note).__name__
        if self._keepable.get(name) is not type(note):
            raise TypeError(f"{name} cannot be kept for later: send it from a task")
        payload = HeldNote(
            note=name,
            fields=dataclasses.asdict(note),
            purpose=purpose.value,
            deadline=deadline.isoformat() if deadline else None,
        )
        await self.tasks.schedule(DELIVER, payload, due_at=until, member_id=member_id)

    async def run_held(self, task: Task, held: HeldNote) -> None:
        """Task `notify`: a kept note, decided again now (consent, reachability, quiet hours)."""
        if task.member_id is None:
            raise ValueError("a kept note needs a member")
        kind = self._keepable.get(held.note)
        if kind is None:
            raise ValueError(f"unknown note {held.note!r}")
        deadline = datetime.fromisoformat(held.deadline) if held.deadline else None
        if deadline is not None and deadline <= self.clock.now():
            return  # too late to be news
        await self.deliver_in_task(
            task.member_id, kind(**held.fields), Purpose(held.purpose), deadline=deadline
        )

    async def to_staff_chat(self, chat_id: int, note: Note) -> Delivery:
        """A chat of the staff's own (the audit log's mirror): adults at work, so no consent
        and no quiet hours, in the default language; a chat the bot is no longer in is
        unreachable. Other failures raise, in the task engine's terms."""
        recipient = Recipient(chat_id, self.members.default_language)
        if await self.sender.send(recipient, note):
            return Delivery(Outcome.SENT)
        return Delivery(Outcome.UNREACHABLE)
