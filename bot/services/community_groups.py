"""The bot in the community groups (COMMUNITY_CHAT_IDS): who is welcomed how, who is held
read-only until they finish the onboarding (ONBOARDING_REQUIRED), and contact details posted by
members under 18 (safeguarding rule 26). No Telegram here: handlers do what this decides."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.age_bands import age_band
from bot.domain.contact_details import ContactKind, find_contacts
from bot.services.ages import Ages
from bot.services.guardians import GuardianService
from bot.services.members import MemberService
from bot.services.notifications import Note, NotificationGate, Purpose, Text
from bot.services.onboarding import OnboardingService
from bot.services.staff import StaffService
from storage.community_groups import GroupRepository

# Joiners within this long of the last welcome are greeted by it: a burst of joiners gets one
# message, and the group (20 messages a minute at most) stays quiet.
BURST = timedelta(minutes=2)
# One "write to me in private" per group this often: it names no one, so it serves all.
POINTER_PAUSE = timedelta(minutes=1)


class Welcome(IntEnum):
    """The welcome's variant; a higher one says more, so it also serves the lower ones."""

    BACK = 1  # someone who finished the onboarding: the rules, nothing to do
    OPEN = 2  # someone new: the rules and the link to the onboarding
    HELD = 3  # someone new who reads only until they finish the onboarding


@dataclass(frozen=True)
class JoinPlan:
    hold: bool  # restrict them now
    welcome: Welcome | None  # post this welcome; None: the recent one already greets them
    replaces: int | None = None  # the previous welcome, to delete


@dataclass(frozen=True)
class ContactRemoved(Note):
    """To moderators: a member under 18 (or of unknown age) posted contact details in a
    community group. No text: the kinds of detail are enough, and the details stay unseen."""

    first_name: str
    band: str  # their age band ("13–15"), empty when the bot does not know their age
    group: str
    kinds: tuple[str, ...]
    removed: bool  # False: the bot could not delete it, a moderator must


@dataclass(kw_only=True, eq=False)
class CommunityGroups:
    repository: GroupRepository
    onboarding: OnboardingService
    guardians: GuardianService
    members: MemberService
    staff: StaffService
    ages: Ages
    notifications: NotificationGate
    audit: AuditLog
    clock: Clock
    chat_ids: frozenset[int]
    onboarding_required: bool
    _welcoming: dict[int, asyncio.Lock] = field(default_factory=dict, init=False)
    _pointed: dict[int, datetime] = field(default_factory=dict, init=False)

    def is_community(self, chat_id: int) -> bool:
        return chat_id in self.chat_ids

    def may_point(self, chat_id: int) -> bool:
        """Whether a group may be pointed to the private chat now (any group, not only ours)."""
        now = self.clock.now()
        last = self._pointed.get(chat_id)
        if last is not None and now - last < POINTER_PAUSE:
            return False
        self._pointed[chat_id] = now
        return True

    def welcoming(self, chat_id: int) -> asyncio.Lock:
        """Held while one join is planned and its welcome posted: two joiners at once must not
        both find no recent welcome and post one each."""
        return self._welcoming.setdefault(chat_id, asyncio.Lock())

    async def finished(self, member_id: int) -> bool:
        """Done with the onboarding for the groups' sake: a profile confirmed, and, below the
        guardian-consent age, a guardian's consent a moderator has checked (until then adults
        may not reach the child, rule 2, and a group is full of adults). Staff are adults."""
        if self.staff.is_staff(member_id):
            return True
        if not await self.onboarding.is_member(member_id):
            return False
        addressee = await self.members.addressee(member_id)
        if addressee is None or not addressee.adults_may_reach:
            return False
        return await self.guardians.cleared(member_id)

    async def joined(self, chat_id: int, member_id: int) -> JoinPlan:
        finished = await self.finished(member_id)
        hold = self.onboarding_required and not finished
        wanted = Welcome.BACK if finished else Welcome.HELD if hold else Welcome.OPEN
        return JoinPlan(hold, *await self._welcome(chat_id, wanted))

    async def could_not_hold(self, chat_id: int, member_id: int) -> JoinPlan:
        """The bot may not restrict here: the newcomer is welcomed as if nothing held them."""
        return JoinPlan(False, *await self._welcome(chat_id, Welcome.OPEN))

    async def _welcome(self, chat_id: int, wanted: Welcome) -> tuple[Welcome | None, int | None]:
        last = await self.repository.last_welcome(chat_id)
        if last is None:
            return wanted, None
        recent = self.clock.now() - last.welcomed_at < BURST
        if recent and Welcome[last.welcome_kind] >= wanted:
            return None, None
        return wanted, last.welcome_id

    async def welcomed(self, chat_id: int, message_id: int, kind: Welcome) -> None:
        await self.repository.welcomed(chat_id, message_id, kind.name, self.clock.now())

    async def held(self, chat_id: int, member_id: int) -> None:
        await self.repository.hold(chat_id, member_id, self.clock.now())
        await self.repository.note_cannot_restrict(chat_id, False)
        await self.audit.record(None, "groups.held", member_id, chat=chat_id)

    async def cannot_restrict(self, chat_id: int) -> bool:
        """The bot lacks the right to restrict here; True the first time (tell the admins)."""
        return await self.repository.note_cannot_restrict(chat_id, True)

    async def left(self, chat_id: int, member_id: int) -> None:
        """Gone from the group: nothing to lift any more."""
        await self.repository.release(chat_id, member_id)

    async def holds_of(self, member_id: int) -> tuple[int, ...]:
        """The groups where this person is held read-only."""
        return await self.repository.holds_of(member_id)

    async def muted(self, chat_id: int, member_id: int) -> bool:
        return await self.repository.muted(chat_id, member_id, self.clock.now())

    async def released(self, chat_id: int, member_id: int) -> None:
        if await self.repository.release(chat_id, member_id):
            await self.audit.record(None, "groups.released", member_id, chat=chat_id)

    async def tell_released(self, member_id: int) -> None:
        await self.notifications.deliver(member_id, Text("groups-released"), Purpose.CONSEQUENCE)

    async def contacts_to_remove(self, member_id: int, text: str) -> tuple[ContactKind, ...]:
        """The contact details to remove from what this person posted; none from an adult.
        Someone whose age the bot does not know (never onboarded) counts as a minor: most of
        the community is under 18, and a number that stays up cannot be taken back."""
        if self.staff.is_staff(member_id) or not await self.ages.is_minor(member_id):
            return ()
        return find_contacts(text)

    async def contact_removed(
        self,
        member_id: int,
        first_name: str,
        chat: tuple[int, str],
        kinds: tuple[ContactKind, ...],
        *,
        removed: bool,
    ) -> ContactRemoved:
        """Audited; the member is told why (if they ever started the bot, rule 14) and each
        moderator is told; returns the moderators' note, for their group too."""
        chat_id, group = chat
        found = [kind.value for kind in kinds]
        await self.audit.record(
            None, "groups.contacts_removed", member_id, chat=chat_id, kinds=found, removed=removed
        )
        note = Text("groups-contacts-member", {"group": group})
        await self.notifications.deliver(member_id, note, Purpose.CONSEQUENCE)
        alert = ContactRemoved(
            first_name=first_name,
            band=await self._band(member_id),
            group=group,
            kinds=tuple(found),
            removed=removed,
        )
        for moderator in self.staff.moderators():
            await self.notifications.deliver(moderator, alert, Purpose.STAFF)
        return alert

    async def _band(self, member_id: int) -> str:
        profile = await self.onboarding.profile(member_id)
        age = self.ages.age_of(profile) if profile is not None else None
        return "" if age is None else age_band(age)
