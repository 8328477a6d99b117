"""Group moderation: warnings, mutes, bans and kicks in the community groups, and lifting them.

Who may act is decided here, at the moment of acting: the bot's moderators and admins, and the
group's own administrators and creator (an anonymous administrator acts as the group itself).
Nobody acts on the bot, on themselves, or on someone of the same or a higher rank. Every
action, and every refusal of someone not allowed, is audited; the member is told in private,
through the notifications gate, never in the group (rules 14, 20, 22, 26). A member is kept by
the keyed hash of their Telegram id, so /deleteme lifts nothing (rule 11)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.keyed_hash import KeyedHash
from bot.domain.flood import FloodCounter
from bot.domain.sanction_spans import compact
from bot.services.group_port import GroupPort, GroupRefused, GroupStatus, Right
from bot.services.notifications import Note, NotificationGate, Outcome, Purpose
from bot.services.staff import StaffService
from storage.sanctions import NewSanction, Sanction, SanctionRepository


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

    async def warn(
        self,
        *,
        chat_id: int,
        member_id: int,
        by: int | None,
        reason: str | None,
        report_id: int | None = None,
    ) -> Acted:
        target = _Target(chat_id, member_id, by)
        if refused := await self._refusal(target, "warn"):
            return refused
        now = self.clock.now()
        warning = await self._record(
            target, "warn", reason, now + self.limits.warn_expiry, report_id=report_id
        )
        active = await self.repository.in_force(warning.member_hash, chat_id, "warn", now)
        if len(active) < self.limits.warn_limit:
            told = await self._tell(
                target, "warn", reason, span=self.limits.warn_mute, warnings=len(active)
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
        target = _Target(chat_id, member_id, by)
        if refused := await self._refusal(target, "mute"):
            return refused
        muted = await self._restrict(target, span, reason=reason, report_id=report_id)
        if isinstance(muted, Right):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=muted)
        told = await self._tell(target, "mute", reason, span=span)
        return Acted(Verdict.DONE, muted, told=told)

    async def message_seen(self, *, chat_id: int, member_id: int) -> Acted | None:
        """Count a message in a community group; None unless it went over the flood limit.
        Staff are not counted; the group's administrators are never muted (their rank)."""
        if self.staff.is_moderator(member_id):
            return None
        if not self.flood_counter.over(chat_id, member_id, self.clock.now()):
            return None
        return await self.flood(chat_id=chat_id, member_id=member_id)

    async def flood(self, *, chat_id: int, member_id: int) -> Acted:
        """Too many messages too fast: muted by the bot itself."""
        target = _Target(chat_id, member_id, None)
        if refused := await self._refusal(target, "flood"):
            return refused
        span = self.limits.flood_mute
        muted = await self._restrict(target, span, source="flood")
        if isinstance(muted, Right):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=muted)
        return Acted(Verdict.DONE, muted, told=await self._tell(target, "flood", None, span=span))

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
        target = _Target(chat_id, member_id, by)
        # Someone who already left can be banned: they cannot come back.
        if refused := await self._refusal(target, "ban", present=False):
            return refused
        until = self.clock.now() + span if span else None
        if lacking := await self._on_telegram(
            chat_id, Right.RESTRICT, lambda: self.groups.ban(chat_id, member_id, until)
        ):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=lacking)
        await self._lift_in_force(target, "ban")
        banned = await self._record(target, "ban", reason, until, report_id=report_id)
        return Acted(Verdict.DONE, banned, told=await self._tell(target, "ban", reason, span=span))

    async def kick(
        self,
        *,
        chat_id: int,
        member_id: int,
        by: int | None,
        reason: str | None,
        report_id: int | None = None,
    ) -> Acted:
        target = _Target(chat_id, member_id, by)
        if refused := await self._refusal(target, "kick"):
            return refused
        if lacking := await self._on_telegram(
            chat_id, Right.RESTRICT, lambda: self.groups.kick(chat_id, member_id)
        ):
            return Acted(Verdict.BOT_LACKS_RIGHT, right=lacking)
        # A kick is over once done: it ends when it starts.
        kicked = await self._record(target, "kick", reason, self.clock.now(), report_id=report_id)
        return Acted(Verdict.DONE, kicked, told=await self._tell(target, "kick", reason))

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
        bot (rule 14): the gate says so and the moderator is told."""
        note = SanctionNotice(
            event=event,
            group=await self.groups.title(target.chat_id),
            reason=reason or "",
            minutes=_minutes(span),
            warnings=warnings,
            limit=self.limits.warn_limit,
            expiry=_minutes(self.limits.warn_expiry) if event == "warn" else None,
        )
        # A member under 18 is told after quiet hours, unless the mute or ban ends before:
        # then at once, as news of it after its end would only confuse.
        ends = self.clock.now() + span if span and event in _ENDING else None
        delivery = await self.notifications.deliver(
            target.member_id, note, Purpose.CONSEQUENCE, deadline=ends
        )
        return delivery.outcome


def _status_rank(status: GroupStatus) -> Rank:
    if status is GroupStatus.CREATOR:
        return Rank.CREATOR
    return Rank.ADMIN if status is GroupStatus.ADMINISTRATOR else Rank.MEMBER
