"""Group moderation: warnings, mutes, bans and kicks in the community groups, and lifting them.

Who may act is decided here, at the moment of acting: the bot's moderators and admins, and the
group's own administrators and creator (an anonymous administrator acts as the group itself).
Nobody acts on the bot, on themselves, or on someone of the same or a higher rank. Every
action, and every refusal of someone not allowed, is audited; the member is told in private,
through the notifications gate, never in the group (rules 14, 20, 22, 26). A member is kept by
the keyed hash of their Telegram id, so /deleteme lifts nothing (rule 11).

At night (quiet hours, members under 18) one rule holds for every kind: a sanction that answers
a message the member posted in the last DIRECT_WINDOW (and a flood mute) is told at once, since
they are awake and will find they cannot write; any other is not told on its own but folded into
one summary of what is still in force when quiet hours end, so nothing out of date arrives."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.keyed_hash import KeyedHash
from bot.core.tasks import TaskDispatcher, TaskKind
from bot.domain.flood import FloodCounter
from bot.domain.sanction_spans import compact
from bot.services.group_port import GroupPort, GroupRefused, GroupStatus, Right
from bot.services.notifications import Note, NotificationGate, Outcome, Purpose
from bot.services.staff import StaffService
from storage.sanctions import NewSanction, Sanction, SanctionRepository
from storage.tasks import Task

# A sanction answering a message at most this old is a consequence of what the member is doing
# right now: told at once, even at night.
DIRECT_WINDOW = timedelta(minutes=30)


class Rank(IntEnum):
    MEMBER = 0
    MODERATOR = 1  # the bot's moderators
    ADMIN = 2  # the group's administrators and the bot's admins
    CREATOR = 3


class Verdict(StrEnum):
    DONE = "done"
    ALREADY = "already"  # nothing to do: already lifted, ended, or never there
    NOT_ALLOWED = "not-allowed"  # the one acting may not moderate
    HIGHER_RANK = "higher-rank"  # the member's rank is the same or higher
    IS_BOT = "is-bot"
    IS_SELF = "is-self"
    NOT_IN_GROUP = "not-in-group"
    BOT_LACKS_RIGHT = "bot-lacks-right"
    NOT_FOUND = "not-found"  # no such sanction
    REPEATED = "repeated"  # the same sanction for the same message is in force (`sanction`)


@dataclass(frozen=True)
class Acted:
    """What an action did. `right`: the right the bot lacks (the action, or the automatic
    mute after a warning, did not happen). `told`: what happened to the private message."""

    verdict: Verdict
    sanction: Sanction | None = None
    right: Right | None = None
    told: Outcome | None = None
    warnings: int = 0  # active warnings now (warn, unwarn)
    muted: Sanction | None = None  # the automatic mute a warning led to
    deleted: int = 0  # flood: messages of the burst deleted


@dataclass(frozen=True)
class Order:
    """A sanction someone orders. `message_id` and `posted`: the group message it answers and
    when it was posted (a command's reply), which decides repeats and night-time notices."""

    chat_id: int
    member_id: int
    by: int | None
    reason: str | None = None
    span: timedelta | None = None
    report_id: int | None = None
    message_id: int | None = None
    posted: datetime | None = None


@dataclass(frozen=True)
class SanctionNotice(Note):
    """The private message to the member. `event`: warn, warn-mute, mute, ban, kick, flood,
    lifted-warn, lifted-mute, lifted-ban. `minutes` None: until lifted."""

    event: str
    group: str
    reason: str = ""
    minutes: int | None = None
    warnings: int = 0
    limit: int = 0
    expiry: int | None = None  # minutes a warning counts
    until: str | None = None  # ISO time a mute or ban ends (kept notes hold JSON values only)


@dataclass(frozen=True)
class Standing:
    """A mute or ban in force: until when (None: until lifted), and why."""

    kind: str
    until: datetime | None
    reason: str


@dataclass(frozen=True)
class SanctionSummary(Note):
    """What is in force now in one group, sent once when quiet hours end instead of the
    notices held during them."""

    group: str
    standing: tuple[Standing, ...] = ()
    warnings: int = 0
    limit: int = 0
    kicked: bool = False  # removed since the night began, and not banned


@dataclass(frozen=True)
class SummaryDue:
    chat_id: int
    since: str  # ISO: sanctions from then on were not told on their own


SUMMARY = TaskKind("sanction-summary", SummaryDue)


@dataclass(frozen=True)
class Limits:
    warn_limit: int
    warn_mute: timedelta
    warn_expiry: timedelta
    flood_mute: timedelta


@dataclass(frozen=True)
class _Target:
    chat_id: int
    member_id: int
    by: int | None  # None: the bot itself
    posted: datetime | None = None  # the answered message's time
    message_id: int | None = None


# Events whose span is how long the member cannot write or come back.
_ENDING = frozenset({"mute", "ban", "flood", "warn-mute"})


def _minutes(span: timedelta | None) -> int | None:
    return None if span is None else int(span.total_seconds() // 60)


@dataclass(kw_only=True, eq=False)
class SanctionService:
    repository: SanctionRepository
    groups: GroupPort
    staff: StaffService
    notifications: NotificationGate
    hasher: KeyedHash
    audit: AuditLog
    clock: Clock
    limits: Limits
    flood_counter: FloodCounter
    tasks: TaskDispatcher

    # -- who may act ---------------------------------------------------------------------------

    async def rank(self, chat_id: int, user_id: int) -> Rank:
        """The rank of someone in a group, read now: their group status and their bot role."""
        if user_id == chat_id:  # the group's anonymous administrator
            return Rank.ADMIN
        status = await self.groups.status(chat_id, user_id)
        return max(self._role_rank(user_id), _status_rank(status))

    def _role_rank(self, user_id: int) -> Rank:
        if self.staff.is_admin(user_id):
            return Rank.ADMIN
        return Rank.MODERATOR if self.staff.is_moderator(user_id) else Rank.MEMBER

    async def may_moderate(self, chat_id: int, user_id: int) -> bool:
        return await self.rank(chat_id, user_id) >= Rank.MODERATOR

    async def authorize(self, *, chat_id: int, actor: int, action: str) -> bool:
        """Whether `actor` may moderate this group now; a refusal is audited (rule 22)."""
        if await self.may_moderate(chat_id, actor):
            return True
        await self.audit.record(actor, "sanction.refused", None, attempted=action, chat=chat_id)
        return False

    async def _refusal(self, target: _Target, action: str, *, present: bool = True) -> Acted | None:
        """Why this action on this member cannot happen, if it cannot."""
        actor = Rank.ADMIN if target.by is None else await self.rank(target.chat_id, target.by)
        if actor < Rank.MODERATOR:
            chat = target.chat_id
            await self.audit.record(
                target.by, "sanction.refused", target.member_id, attempted=action, chat=chat
            )
            return Acted(Verdict.NOT_ALLOWED)
        if target.member_id == await self.groups.bot_id():
            return Acted(Verdict.IS_BOT)
        if target.member_id == target.by:
            return Acted(Verdict.IS_SELF)
        status = await self.groups.status(target.chat_id, target.member_id)
        if present and not status.present:
            return Acted(Verdict.NOT_IN_GROUP)
        if max(self._role_rank(target.member_id), _status_rank(status)) >= actor:
            return Acted(Verdict.HIGHER_RANK)
        return None

    async def _on_telegram(
        self, chat_id: int, right: Right, action: Callable[[], Awaitable[None]]
    ) -> Right | None:
        """Do `action` in the group if the bot has `right` there; else the right it lacks
        (asked first: Telegram would refuse, and the moderator is told which right to give)."""
        if (await self.groups.bot_rights(chat_id)).missing(right):
            return right
        try:
            await action()
        except GroupRefused as refused:
            return refused.right or right
        return None

    # -- acting --------------------------------------------------------------------------------

    async def order(self, kind: str, order: Order) -> Acted:
        """A moderator's command (warn, mute, ban, kick) as a reply to a group message."""
        acts = {"warn": self._warn, "mute": self._mute, "ban": self._ban, "kick": self._kick}
        return await acts[kind](order)

    async def warn(
        self,
        *,
        chat_id: int,
        member_id: int,
        by: int | None,
        reason: str | None,
        report_id: int | None = None,
    ) -> Acted:
        return await self._warn(Order(chat_id, member_id, by, reason, report_id=report_id))

    async def _repeated(self, target: _Target, kind: str, span: timedelta | None) -> Acted | None:
        """The same sanction for the same message, still in force and lasting at least as long:
        the command was sent twice. A longer one for the same message replaces it."""
        if target.message_id is None:
            return None
        member_hash = self.hasher.of_id(target.member_id)
        now = self.clock.now()
        for old in await self.repository.in_force(member_hash, target.chat_id, kind, now):
            if old.message_id == target.message_id and _covers(old, now, span, kind):
                return Acted(Verdict.REPEATED, old)
        return None

    async def _checked(self, order: Order, kind: str) -> tuple[_Target, Acted | None]:
        target = _Target(order.chat_id, order.member_id, order.by, order.posted, order.message_id)
        refused = await self._refusal(target, kind, present=kind != "ban")
        return target, refused or await self._repeated(target, kind, order.span)

    async def _warn(self, order: Order) -> Acted:
        target, refused = await self._checked(order, "warn")
        if refused:
            return refused
        now = self.clock.now()
        warning = await self._record(
            target, "warn", order.reason, now + self.limits.warn_expiry, report_id=order.report_id
        )
        active = await self.repository.in_force(warning.member_hash, order.chat_id, "warn", now)
        if len(active) < self.limits.warn_limit:
            told = await self._tell(
                target, "warn", order.reason, span=self.limits.warn_mute, warnings=len(active)
            )
            return Acted(Verdict.DONE, warning, told=told, warnings=len(active))
        return await self._warn_limit(target, warning, active)

    async def _warn_limit(
        self, target: _Target, warning: Sanction, active: list[Sanction]
    ) -> Acted:
        """The last warning mutes the member on its own, and the count starts again."""
        span = self.limits.warn_mute
        muted = await self._restrict(target, span, source="warn_limit", reason=warning.reason)
        if isinstance(muted, Right):
            told = await self._tell(
                target, "warn", warning.reason, span=self.limits.warn_mute, warnings=len(active)
            )
            return Acted(Verdict.DONE, warning, right=muted, told=told, warnings=len(active))
        for counted in active:
            await self.repository.lift(counted.id, None, "warn_limit", self.clock.now())
        told = await self._tell(
            target, "warn-mute", warning.reason, span=span, warnings=len(active)
        )
        return Acted(Verdict.DONE, warning, told=told, warnings=len(active), muted=muted)

    async def mute(
        self,
        *,
        chat_id: int,
        member_id: int,
        by: int | None,
        span: timedelta | None,
        reason: str | None,
        report_id: int | None = None,
    ) -> Acted:
        return await self._mute(Order(chat_id, member_id, by, reason, span, report_id))

    async def _mute(self, order: Order) -> Acted:
        target, refused = await self._checked(order, "mute")
        if refused:
            return refused
        muted = await self._restrict(
            target, order.span, reason=order.reason, report_id=order.report_id
        )
        if isinstance(muted, Right):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=muted)
        told = await self._tell(target, "mute", order.reason, span=order.span)
        return Acted(Verdict.DONE, muted, told=told)

    async def message_seen(
        self, *, chat_id: int, member_id: int, message_id: int = 0
    ) -> Acted | None:
        """Count a message in a community group; None unless it went over the flood limit.
        Staff are not counted; the group's administrators are never muted (their rank)."""
        if self.staff.is_moderator(member_id):
            return None
        now = self.clock.now()
        burst = self.flood_counter.burst(chat_id, member_id, now, message_id)
        if burst is None:
            return None
        return await self.flood(chat_id=chat_id, member_id=member_id, burst=burst)

    async def flood(self, *, chat_id: int, member_id: int, burst: tuple[int, ...] = ()) -> Acted:
        """Too many messages too fast: muted by the bot itself, and the burst deleted (if the
        bot may delete: the mute stands either way)."""
        # The burst was posted just now: a direct consequence, told at once even at night.
        target = _Target(chat_id, member_id, None, posted=self.clock.now())
        if refused := await self._refusal(target, "flood"):
            return refused
        span = self.limits.flood_mute
        muted = await self._restrict(target, span, source="flood")
        if isinstance(muted, Right):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=muted)
        ids = [message_id for message_id in burst if message_id]
        deleted = 0
        if ids and not await self._on_telegram(
            chat_id, Right.DELETE, lambda: self.groups.delete(chat_id, ids)
        ):
            deleted = len(ids)
            await self.audit.record(None, "message.deleted", member_id, chat=chat_id, count=deleted)
        told = await self._tell(target, "flood", None, span=span)
        return Acted(Verdict.DONE, muted, told=told, deleted=deleted)

    async def _restrict(
        self,
        target: _Target,
        span: timedelta | None,
        *,
        source: str = "command",
        reason: str | None = None,
        report_id: int | None = None,
    ) -> Sanction | Right:
        """Mute on Telegram, then record it (a new mute replaces one in force)."""
        until = self.clock.now() + span if span else None
        if lacking := await self._on_telegram(
            target.chat_id,
            Right.RESTRICT,
            lambda: self.groups.restrict(target.chat_id, target.member_id, until),
        ):
            return lacking
        await self._lift_in_force(target, "mute")
        return await self._record(target, "mute", reason, until, source=source, report_id=report_id)

    async def ban(
        self,
        *,
        chat_id: int,
        member_id: int,
        by: int | None,
        span: timedelta | None,
        reason: str | None,
        report_id: int | None = None,
    ) -> Acted:
        return await self._ban(Order(chat_id, member_id, by, reason, span, report_id))

    async def _ban(self, order: Order) -> Acted:
        # Someone who already left can be banned: they cannot come back.
        target, refused = await self._checked(order, "ban")
        if refused:
            return refused
        chat_id, member_id = order.chat_id, order.member_id
        until = self.clock.now() + order.span if order.span else None
        if lacking := await self._on_telegram(
            chat_id, Right.RESTRICT, lambda: self.groups.ban(chat_id, member_id, until)
        ):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=lacking)
        await self._lift_in_force(target, "ban")
        banned = await self._record(target, "ban", order.reason, until, report_id=order.report_id)
        told = await self._tell(target, "ban", order.reason, span=order.span)
        return Acted(Verdict.DONE, banned, told=told)

    async def kick(
        self,
        *,
        chat_id: int,
        member_id: int,
        by: int | None,
        reason: str | None,
        report_id: int | None = None,
    ) -> Acted:
        return await self._kick(Order(chat_id, member_id, by, reason, report_id=report_id))

    async def _kick(self, order: Order) -> Acted:
        target, refused = await self._checked(order, "kick")
        if refused:
            return refused
        chat_id, member_id = order.chat_id, order.member_id
        if lacking := await self._on_telegram(
            chat_id, Right.RESTRICT, lambda: self.groups.kick(chat_id, member_id)
        ):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=lacking)
        # A kick is over once done: it ends when it starts.
        kicked = await self._record(
            target, "kick", order.reason, self.clock.now(), report_id=order.report_id
        )
        return Acted(Verdict.DONE, kicked, told=await self._tell(target, "kick", order.reason))

    async def _record(
        self,
        target: _Target,
        kind: str,
        reason: str | None,
        until: datetime | None,
        *,
        source: str = "command",
        report_id: int | None = None,
    ) -> Sanction:
        sanction = await self.repository.add(
            NewSanction(
                kind=kind,
                chat_id=target.chat_id,
                member_hash=self.hasher.of_id(target.member_id),
                member_id=target.member_id,
                reason=reason or None,
                by_id=target.by,
                at=self.clock.now(),
                until=until,
                source=source,
                report_id=report_id,
                message_id=target.message_id,
            )
        )
        await self.audit.record(
            target.by,
            f"sanction.{kind}",
            target.member_id,
            chat=target.chat_id,
            sanction=sanction.id,
            source=source,
            minutes=_minutes(until - sanction.at) if until and kind != "kick" else None,
            # What /modlog shows: the moderator's reason, and the length as they type it.
            reason=sanction.reason,
            duration=compact(until - sanction.at) if until and kind != "kick" else None,
        )
        return sanction

    async def _lift_in_force(self, target: _Target, kind: str) -> None:
        """A new mute or ban replaces the one in force."""
        member_hash = self.hasher.of_id(target.member_id)
        now = self.clock.now()
        for old in await self.repository.in_force(member_hash, target.chat_id, kind, now):
            await self.repository.lift(old.id, target.by, "replaced", now)

    async def delete(
        self, *, chat_id: int, message_ids: list[int], author_id: int, by: int | None
    ) -> Acted:
        """/del: messages go (the author's and the command), unless the author outranks the
        one deleting; the bot's own messages and one's own may always go."""
        refused = await self._refusal(_Target(chat_id, author_id, by), "del", present=False)
        if refused is not None and refused.verdict not in {Verdict.IS_BOT, Verdict.IS_SELF}:
            return refused
        if lacking := await self._on_telegram(
            chat_id, Right.DELETE, lambda: self.groups.delete(chat_id, message_ids)
        ):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=lacking)
        await self.audit.record(by, "message.deleted", author_id, chat=chat_id)
        return Acted(Verdict.DONE)

    # -- lifting -------------------------------------------------------------------------------

    async def unwarn(self, *, chat_id: int, member_id: int, by: int | None) -> Acted:
        """The latest warning in force no longer counts."""
        return await self._undo(_Target(chat_id, member_id, by), "warn")

    async def unmute(self, *, chat_id: int, member_id: int, by: int | None) -> Acted:
        return await self._undo(_Target(chat_id, member_id, by), "mute")

    async def unban(self, *, chat_id: int, member_id: int, by: int | None) -> Acted:
        return await self._undo(_Target(chat_id, member_id, by), "ban")

    async def _undo(self, target: _Target, kind: str) -> Acted:
        if refused := await self._refusal(target, f"un{kind}", present=kind != "ban"):
            return refused
        member_hash = self.hasher.of_id(target.member_id)
        now = self.clock.now()
        in_force = await self.repository.in_force(member_hash, target.chat_id, kind, now)
        if not in_force:
            return await self._undo_by_hand(target, kind)
        return await self._lift(in_force[0], target, None)

    async def _undo_by_hand(self, target: _Target, kind: str) -> Acted:
        """Nothing on record: a mute or ban made in Telegram itself is still undone."""
        status = await self.groups.status(target.chat_id, target.member_id)
        by_hand = {"mute": GroupStatus.RESTRICTED, "ban": GroupStatus.KICKED}.get(kind)
        if status is not by_hand:
            return Acted(Verdict.ALREADY)
        if lacking := await self._telegram_lift(target, kind):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=lacking)
        await self.audit.record(target.by, f"sanction.un{kind}", target.member_id)
        return Acted(Verdict.DONE)

    async def lift(
        self, *, sanction_id: int, by: int | None, reason: str | None, tell: bool = True
    ) -> Acted:
        """Lift one sanction (an appeal upheld, a mistake): a mute's restriction goes, a ban
        ends (the member is not added back), a warning no longer counts. `tell` False: the
        caller tells the member in its own words (an appeal's answer), so they get one
        message, not two."""
        sanction = await self.repository.get(sanction_id)
        if sanction is None:
            return Acted(Verdict.NOT_FOUND)
        actor = Rank.ADMIN if by is None else await self.rank(sanction.chat_id, by)
        if actor < Rank.MODERATOR:
            await self.audit.record(
                by, "sanction.refused", None, attempted="lift", sanction=sanction.id
            )
            return Acted(Verdict.NOT_ALLOWED, sanction)
        if not sanction.in_force(self.clock.now()):
            return Acted(Verdict.ALREADY, sanction)
        member = sanction.member_id
        target = _Target(sanction.chat_id, member if member is not None else 0, by)
        return await self._lift(sanction, target, reason, tell)

    async def _lift(
        self, sanction: Sanction, target: _Target, reason: str | None, tell: bool = True
    ) -> Acted:
        if sanction.member_id is not None and (
            lacking := await self._telegram_lift(target, sanction.kind)
        ):
            return Acted(Verdict.BOT_LACKS_RIGHT, sanction, right=lacking)
        if not await self.repository.lift(sanction.id, target.by, reason, self.clock.now()):
            return Acted(Verdict.ALREADY, sanction)
        await self.audit.record(
            target.by,
            f"sanction.lifted.{sanction.kind}",
            sanction.member_id,
            chat=sanction.chat_id,
            sanction=sanction.id,
            reason=reason or None,
        )
        told = None
        if sanction.member_id is not None and tell:
            told = await self._tell(target, f"lifted-{sanction.kind}", reason)
        warnings = 0
        if sanction.kind == "warn":
            now = self.clock.now()
            in_force = await self.repository.in_force(
                sanction.member_hash, sanction.chat_id, "warn", now
            )
            warnings = len(in_force)
        return Acted(Verdict.DONE, sanction, told=told, warnings=warnings)

    async def _telegram_lift(self, target: _Target, kind: str) -> Right | None:
        lifts = {"mute": self.groups.unrestrict, "ban": self.groups.unban}
        if kind not in lifts:
            return None  # a warning is only on record; a kick is over
        return await self._on_telegram(
            target.chat_id, Right.RESTRICT, lambda: lifts[kind](target.chat_id, target.member_id)
        )

    # -- reading -------------------------------------------------------------------------------

    async def get(self, sanction_id: int) -> Sanction | None:
        return await self.repository.get(sanction_id)

    async def warnings(self, *, chat_id: int, member_id: int) -> list[Sanction]:
        """The member's warnings in force in this group, newest first."""
        member_hash = self.hasher.of_id(member_id)
        return await self.repository.in_force(member_hash, chat_id, "warn", self.clock.now())

    async def of_member(self, member_id: int) -> list[Sanction]:
        """Every sanction the member ever had, newest first: also those from before a
        /deleteme, found by the keyed hash of their id."""
        return await self.repository.of_member(self.hasher.of_id(member_id))

    async def _tell(
        self,
        target: _Target,
        event: str,
        reason: str | None,
        *,
        span: timedelta | None = None,
        warnings: int = 0,
    ) -> Outcome:
        """The member, in private and in their language; never someone who did not start the
        bot (rule 14): the gate says so and the moderator is told. At night see the module's
        rule: told now, or folded into the morning's summary."""
        now = self.clock.now()
        ends = now + span if span and event in _ENDING else None
        note = SanctionNotice(
            event=event,
            group=await self.groups.title(target.chat_id),
            reason=reason or "",
            minutes=_minutes(span),
            warnings=warnings,
            limit=self.limits.warn_limit,
            expiry=_minutes(self.limits.warn_expiry) if event == "warn" else None,
            until=ends.isoformat() if ends else None,
        )
        direct = target.posted is not None and now - target.posted <= DIRECT_WINDOW
        if direct:  # sent now, whatever the hour: the deadline is now
            delivery = await self.notifications.deliver(
                target.member_id, note, Purpose.CONSEQUENCE, deadline=now
            )
            return delivery.outcome
        forecast = await self.notifications.forecast(target.member_id, Purpose.CONSEQUENCE)
        if forecast.outcome is Outcome.HELD and forecast.until is not None:
            await self._summary_due(target, forecast.until)
            return Outcome.HELD
        delivery = await self.notifications.deliver(target.member_id, note, Purpose.CONSEQUENCE)
        return delivery.outcome

    async def _summary_due(self, target: _Target, at: datetime) -> None:
        """One summary per member, group and night, however many sanctions the night holds."""
        key = f"sanction-summary:{target.chat_id}:{target.member_id}:{at.isoformat()}"
        since = self.clock.now().isoformat()
        await self.tasks.schedule(
            SUMMARY,
            SummaryDue(target.chat_id, since),
            due_at=at,
            member_id=target.member_id,
            dedupe_key=key,
        )

    async def run_summary(self, task: Task, due: SummaryDue) -> None:
        """Task `sanction-summary`: what is in force now in the group, told once."""
        if task.member_id is None:
            raise ValueError("a sanction summary needs a member")
        summary = await self.summary(task.member_id, due.chat_id, datetime.fromisoformat(due.since))
        await self.notifications.deliver_in_task(task.member_id, summary, Purpose.CONSEQUENCE)

    async def summary(self, member_id: int, chat_id: int, since: datetime) -> SanctionSummary:
        member_hash = self.hasher.of_id(member_id)
        now = self.clock.now()
        standing: list[Standing] = []
        for kind in ("ban", "mute"):
            for held in await self.repository.in_force(member_hash, chat_id, kind, now):
                standing.append(Standing(kind, held.until, held.reason or ""))
        warnings = await self.repository.in_force(member_hash, chat_id, "warn", now)
        kicked = not any(item.kind == "ban" for item in standing) and any(
            sanction.kind == "kick" and sanction.chat_id == chat_id and sanction.at >= since
            for sanction in await self.repository.of_member(member_hash)
        )
        return SanctionSummary(
            group=await self.groups.title(chat_id),
            standing=tuple(standing),
            warnings=len(warnings),
            limit=self.limits.warn_limit,
            kicked=kicked,
        )


# A second command this close to the first one's end asks for nothing new (typed twice).
_SAME_END = timedelta(minutes=10)


def _covers(old: Sanction, now: datetime, span: timedelta | None, kind: str) -> bool:
    """Whether `old` already does what a new sanction of `span` would."""
    if kind == "warn" or old.until is None:
        return True
    return span is not None and now + span <= old.until + _SAME_END


def _status_rank(status: GroupStatus) -> Rank:
    if status is GroupStatus.CREATOR:
        return Rank.CREATOR
    return Rank.ADMIN if status is GroupStatus.ADMINISTRATOR else Rank.MEMBER
