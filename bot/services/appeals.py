"""Appeals (issue 13): a member asks for a second look at one of their sanctions still in force;
a moderator upholds or lifts it, with a reason the member reads.

Fair process: the first decision wins (one UPDATE on an open appeal), and whoever gave the
sanction does not judge the appeal while another moderator could. A sanction that ended before
anyone decided closes its appeal as it stands, and the member is not told a second time.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.age_bands import age_band
from bot.services.ages import Ages
from bot.services.group_port import GroupPort
from bot.services.members import MemberService
from bot.services.notifications import (
    Delivery,
    Note,
    NotificationGate,
    Purpose,
    Text,
)
from bot.services.sanctions import SanctionService
from bot.services.sanctions import Verdict as Done
from bot.services.staff import StaffService
from storage.appeals import Appeal, AppealRepository, CardCopy, Decider, Sanction
from storage.profiles import ProfileRepository

MAX_APPEAL_TEXT = 500  # a few words, read on a phone
MAX_DECISION_REASON = 300


class Verdict(StrEnum):
    UPHELD = "upheld"
    LIFTED = "lifted"


class Submitted(StrEnum):
    SENT = "sent"
    ALREADY_OPEN = "already-open"  # another appeal on it waits for a moderator
    ANSWERED = "answered"  # an appeal on it was decided already
    GONE = "gone"  # not theirs, ended, or not appealable


@dataclass(frozen=True)
class AppealCard(Note):
    """What moderators read: the member as staff may see them (rule 16), the sanction, the
    member's words."""

    appeal_id: int
    member_name: str
    band: str
    sanction: Sanction
    group: str | None  # the group's name as Telegram shows it; None if it cannot say
    given_by: str | None  # a staff member's first name, if on the staff list
    # Who gave it, when no name is known: "admin" (one of ADMIN_IDS), else the sanction's source
    # (a group admin's command, the warning limit, flood, a report).
    given_by_kind: str
    text: str | None
    # The language the member reads the bot in: the moderator's reason reaches them as typed.
    language: str


@dataclass(frozen=True)
class Moderator:
    telegram_id: int
    name: str  # their first name as Telegram shows it: other moderators read who decided


class OwnSanction(StrEnum):
    """The moderator pressing gave the sanction themself."""

    REFUSED = "own"  # another moderator can decide: they may not
    ALONE = "own-alone"  # nobody else could: they may, and are reminded of it


@dataclass(frozen=True)
class Decision:
    """A decision taken now (`told`: what happened to the member's message), or, if `first`
    is False, the one taken before it."""

    appeal: Appeal
    first: bool
    told: Delivery | None = None
    # The lift did not happen (the appeal is open again): what the sanctions service said,
    # such as "bot-lacks-right".
    refused: str | None = None


@dataclass(kw_only=True, eq=False)
class AppealService:
    repository: AppealRepository
    profiles: ProfileRepository
    members: MemberService
    groups: GroupPort
    ages: Ages
    staff: StaffService
    sanctions: SanctionService
    notifications: NotificationGate
    audit: AuditLog
    clock: Clock

    # --- the member ----------------------------------------------------------------------------

    async def appealable(self, member_id: int) -> list[Sanction]:
        return await self.repository.appealable(member_id, self.clock.now())

    async def choosable(
        self, member_id: int, sanction_id: int
    ) -> tuple[Sanction | None, Submitted]:
        """The sanction they chose, if they may appeal it now, and why not otherwise."""
        sanction = await self.repository.sanction(sanction_id)
        if sanction is None or sanction.member_id != member_id:
            return None, Submitted.GONE
        if sanction.kind == "kick" or sanction.ended(self.clock.now()) is not None:
            return None, Submitted.GONE
        earlier = await self.repository.latest_of_sanction(sanction_id)
        if earlier is not None:
            return (
                sanction,
                Submitted.ALREADY_OPEN if earlier.state == "open" else Submitted.ANSWERED,
            )
        return sanction, Submitted.SENT

    async def submit(
        self, member_id: int, sanction_id: int, text: str | None
    ) -> tuple[int | None, Submitted]:
        """The appeal, stored; the moderators' cards are the caller's to send (`card`)."""
        sanction, can = await self.choosable(member_id, sanction_id)
        if sanction is None or can is not Submitted.SENT:
            return None, can
        appeal_id = await self.repository.open(sanction_id, text or None, self.clock.now())
        if appeal_id is None:
            return None, Submitted.ALREADY_OPEN
        await self.audit.record(member_id, "appeal.made", member_id, appeal=appeal_id)
        return appeal_id, Submitted.SENT

    async def tell_moderators(self, card: AppealCard) -> None:
        """Each moderator and admin, privately (staff work: no quiet hours)."""
        for moderator in self.staff.moderators():
            await self.notifications.deliver(moderator, card, Purpose.STAFF)

    async def card(self, appeal_id: int, group: str | None) -> AppealCard | None:
        appeal = await self.repository.get(appeal_id)
        sanction = await self.repository.sanction(appeal.sanction_id) if appeal else None
        if appeal is None or sanction is None:
            return None
        name, band = await self._member(sanction.member_id)
        return AppealCard(
            appeal_id=appeal.id,
            member_name=name,
            band=band,
            sanction=sanction,
            group=group,
            given_by=await self._staff_name(sanction.by_id),
            given_by_kind=self._giver_kind(sanction),
            text=appeal.text,
            language=await self._language(sanction.member_id),
        )

    async def sanction_of(self, appeal_id: int) -> Sanction | None:
        appeal = await self.repository.get(appeal_id)
        return await self.repository.sanction(appeal.sanction_id) if appeal else None

    async def card_sent(self, appeal_id: int, copy: CardCopy) -> None:
        await self.repository.add_card(appeal_id, copy)

    async def cards(self, appeal_id: int) -> list[CardCopy]:
        return await self.repository.cards(appeal_id)

    # --- the moderator -------------------------------------------------------------------------

    async def get(self, appeal_id: int) -> Appeal | None:
        return await self.repository.get(appeal_id)

    async def own_sanction(self, appeal_id: int, moderator_id: int) -> OwnSanction | None:
        """Whoever gave the sanction leaves the appeal to another moderator, if there is one."""
        sanction = await self.sanction_of(appeal_id)
        if sanction is None or sanction.by_id != moderator_id:
            return None
        others = [m for m in self.staff.moderators() if m != moderator_id]
        return OwnSanction.REFUSED if others else OwnSanction.ALONE

    async def close_if_ended(self, appeal_id: int, moderator: Moderator) -> Decision | None:
        """The sanction ended before anyone decided: the appeal closes as it stands. The
        member hears it only if it ran out by itself (a lift told them already)."""
        sanction = await self.sanction_of(appeal_id)
        ended = sanction.ended(self.clock.now()) if sanction is not None else None
        if sanction is None or ended is None:
            return None
        if not await self.repository.close_ended(appeal_id, ended, self._decider(moderator)):
            return await self._decided_before(appeal_id)
        await self.audit.record(
            moderator.telegram_id,
            "appeal.closed",
            sanction.member_id,
            appeal=appeal_id,
            ended=ended,
        )
        told = None
        if ended == "expired" and sanction.member_id is not None:
            note = Text("appeal-told-expired", {"kind": sanction.kind})
            told = await self.notifications.deliver(sanction.member_id, note, Purpose.CONSEQUENCE)
        return await self._decided_now(appeal_id, told)

    async def decide(
        self, appeal_id: int, moderator: Moderator, verdict: Verdict, reason: str
    ) -> Decision | None:
        """The first decision wins; a later one gets that first decision back. None: no such
        appeal."""
        ended = await self.close_if_ended(appeal_id, moderator)
        if ended is not None:
            return ended
        sanction = await self.sanction_of(appeal_id)
        if sanction is None:
            return None
        by = self._decider(moderator)
        if not await self.repository.decide(appeal_id, verdict.value, by, reason):
            return await self._decided_before(appeal_id)
        await self.audit.record(
            by.telegram_id, f"appeal.{verdict.value}", sanction.member_id, appeal=appeal_id
        )
        if verdict is Verdict.LIFTED:
            return await self._lift(appeal_id, sanction, by, reason)
        told = None
        if sanction.member_id is not None:
            note = Text("appeal-told-upheld", {"kind": sanction.kind, "reason": reason})
            told = await self.notifications.deliver(sanction.member_id, note, Purpose.CONSEQUENCE)
        return await self._decided_now(appeal_id, told)

    async def _lift(
        self, appeal_id: int, sanction: Sanction, by: Decider, reason: str
    ) -> Decision | None:
        """The sanctions service lifts it; the member reads it as the answer to their appeal,
        with the reason (one message, not the lift's own too). If it cannot (the bot lacks a
        right in the group), the appeal opens again."""
        acted = await self.sanctions.lift(
            sanction_id=sanction.id, by=by.telegram_id, reason=reason, tell=False
        )
        if acted.verdict not in {Done.DONE, Done.ALREADY}:
            await self.repository.reopen(appeal_id)
            await self.audit.record(
                by.telegram_id, "appeal.lift_failed", sanction.member_id, appeal=appeal_id
            )
            appeal = await self.repository.get(appeal_id)
            return Decision(appeal, first=True, refused=acted.verdict.value) if appeal else None
        told = None
        if sanction.member_id is not None and acted.verdict is Done.DONE:
            group = await self.groups.title(sanction.chat_id)
            note = Text(
                "appeal-told-lifted", {"kind": sanction.kind, "group": group, "reason": reason}
            )
            told = await self.notifications.deliver(sanction.member_id, note, Purpose.CONSEQUENCE)
        return await self._decided_now(appeal_id, told)

    def _decider(self, moderator: Moderator) -> Decider:
        return Decider(moderator.telegram_id, moderator.name, self.clock.now())

    async def _decided_now(self, appeal_id: int, told: Delivery | None) -> Decision | None:
        appeal = await self.repository.get(appeal_id)
        return Decision(appeal, first=True, told=told) if appeal else None

    async def _decided_before(self, appeal_id: int) -> Decision | None:
        appeal = await self.repository.get(appeal_id)
        return Decision(appeal, first=False) if appeal else None

    # --- rights --------------------------------------------------------------------------------

    async def about(self, member_id: int) -> list[dict[str, Any]]:
        """For /mydata: their appeals, their words and the answers (never who decided)."""
        return [
            {
                "sanction": {"kind": sanction.kind, "at": sanction.at},
                "text": appeal.text,
                "at": appeal.at,
                "state": appeal.state,
                "decided_at": appeal.decided_at,
                "decision_reason": appeal.decision_reason,
                "ended_before": appeal.ended_before,
            }
            for appeal, sanction in await self.repository.of_member(member_id)
        ]

    # --- names as staff may see them -----------------------------------------------------------

    async def _member(self, member_id: int | None) -> tuple[str, str]:
        profile = await self.profiles.get(member_id) if member_id is not None else None
        name = profile.first_name if profile is not None and profile.first_name else "—"
        age = self.ages.age_of(profile) if profile is not None else None
        return name, age_band(age) if age is not None else "?"

    async def _language(self, member_id: int | None) -> str:
        member = await self.members.get(member_id) if member_id is not None else None
        return self.members.language_of(member) if member is not None else ""

    def _giver_kind(self, sanction: Sanction) -> str:
        by = sanction.by_id
        return "admin" if by is not None and self.staff.is_admin(by) else sanction.source

    async def _staff_name(self, telegram_id: int | None) -> str | None:
        if telegram_id is None:
            return None
        for member in await self.staff.staff():
            if member.telegram_id == telegram_id:
                return member.name.split()[0] if member.name.split() else member.name
        return None
