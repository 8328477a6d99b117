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
from bot.core.keyed_hash import KeyedHash
from bot.domain.age_bands import age_band
from bot.domain.contact_details import ContactKind, find_contacts
from bot.domain.solicitation import find_asks
from bot.services.ages import Ages
from bot.services.guardians import GuardianService
from bot.services.members import MemberService
from bot.services.notifications import Note, NotificationGate, Outcome, Purpose, Text
from bot.services.onboarding import OnboardingService
from bot.services.staff import StaffService
from storage.community_groups import GroupRepository
from storage.sanctions import Sanction, SanctionRepository

# Joiners within this long of the last welcome are greeted by it: a burst of joiners gets one
# message, and the group (20 messages a minute at most) stays quiet.
BURST = timedelta(minutes=2)
# One "write to me in private" per group this often: it names no one, so it serves all.
POINTER_PAUSE = timedelta(minutes=1)
# One explanation of a removed message this often: three removed in a row get one, not three.
EXPLAINED_PAUSE = timedelta(minutes=10)


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
class InForce:
    """A moderator's ban or mute still running in a group, whoever the person is now."""

    kind: str  # "ban" or "mute"
    until: datetime | None  # None: until a moderator lifts it


def _in_force(kind: str, found: list[Sanction]) -> InForce:
    ends = [sanction.until for sanction in found]
    return InForce(kind, None if None in ends else max(end for end in ends if end is not None))


# How much of a message a moderator's alert quotes: enough to judge, and one screen.
QUOTE_LENGTH = 300


@dataclass(frozen=True)
class Replied:
    """The message a group message answered (Telegram's reply_to_message)."""

    member_id: int
    first_name: str
    text: str


@dataclass(frozen=True)
class Posted:
    """A message in a community group, as the checks need it."""

    member_id: int
    first_name: str
    chat_id: int
    group: str
    text: str
    replied: Replied | None = None


@dataclass(frozen=True)
class Party:
    """Someone an alert names: first name and age band only (rule 16); the band is empty when
    the bot does not know their age."""

    first_name: str
    band: str


@dataclass(frozen=True)
class ContactRemoved(Note):
    """To moderators and safeguarding leads: someone posted contact details in a community
    group. The kinds of detail are enough, and the details stay unseen; what they answered is
    quoted, as it often explains why (someone asked for a number)."""

    first_name: str
    band: str  # their age band ("13–15"), empty when the bot does not know their age
    group: str
    kinds: tuple[str, ...]
    removed: bool  # False: the bot could not delete it, a moderator must
    told: str = "now"  # now, earlier (within EXPLAINED_PAUSE), unreachable
    replied_to: Party | None = None
    replied_text: str = ""


@dataclass(frozen=True)
class AdultAsked(Note):
    """To moderators and safeguarding leads: an adult asked in a group for a contact, a private
    chat or secrecy, quoted, with whom they answered when that is known."""

    adult: Party
    group: str
    quote: str
    asks: tuple[str, ...]
    removed: bool
    to: Party | None = None


def _quoted(text: str) -> str:
    return text if len(text) <= QUOTE_LENGTH else text[: QUOTE_LENGTH - 1] + "…"


@dataclass(kw_only=True, eq=False)
class CommunityGroups:
    repository: GroupRepository
    onboarding: OnboardingService
    guardians: GuardianService
    members: MemberService
    staff: StaffService
    ages: Ages
    notifications: NotificationGate
    sanctions: SanctionRepository
    hasher: KeyedHash
    leads: frozenset[int]  # SAFEGUARDING_IDS: they hear of contacts and adults asking for them
    audit: AuditLog
    clock: Clock
    chat_ids: frozenset[int]
    onboarding_required: bool
    _welcoming: dict[int, asyncio.Lock] = field(default_factory=dict, init=False)
    _pointed: dict[int, datetime] = field(default_factory=dict, init=False)
    _explained: dict[int, datetime] = field(default_factory=dict, init=False)

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

    async def in_force(self, chat_id: int, member_id: int) -> InForce | None:
        """A ban or mute running here, found by the keyed hash of the id: /deleteme and a new
        onboarding lift neither (rule 11), so no hold's end and no rejoin may lift it either."""
        member_hash = self.hasher.of_id(member_id)
        now = self.clock.now()
        for kind in ("ban", "mute"):
            found = await self.sanctions.in_force(member_hash, chat_id, kind, now)
            if found:
                return _in_force(kind, found)
        return None

    async def released(self, chat_id: int, member_id: int) -> None:
        if await self.repository.release(chat_id, member_id):
            await self.audit.record(None, "groups.released", member_id, chat=chat_id)

    async def tell_released(self, member_id: int) -> None:
        await self.notifications.deliver(member_id, Text("groups-released"), Purpose.CONSEQUENCE)

    async def tell_sanction(self, member_id: int, key: str, args: dict[str, str]) -> None:
        """A ban or mute still runs where they wait to write. An answer to what they just did
        (finished, rejoined), so quiet hours do not hold it."""
        note = Text(key, dict(args))
        await self.notifications.deliver(
            member_id, note, Purpose.CONSEQUENCE, deadline=self.clock.now()
        )

    async def contacts_to_remove(self, member_id: int, text: str) -> tuple[ContactKind, ...]:
        """The contact details to remove from what this person posted. The group's rule 2 is
        for everyone; staff are spared here, the group's own admins by the handler."""
        if self.staff.is_staff(member_id):
            return ()
        return find_contacts(text)

    async def contact_removed(
        self, posted: Posted, kinds: tuple[ContactKind, ...], *, removed: bool
    ) -> ContactRemoved:
        """Audited; the member is told why at once (an answer to what they just did, so not
        held by quiet hours; once per EXPLAINED_PAUSE however many are removed); moderators and
        safeguarding leads are told; returns their note, for the moderators' chat too."""
        found = [kind.value for kind in kinds]
        await self.audit.record(
            None,
            "groups.contacts_removed",
            posted.member_id,
            chat=posted.chat_id,
            kinds=found,
            removed=removed,
        )
        replied = posted.replied
        alert = ContactRemoved(
            first_name=posted.first_name,
            band=await self._band(posted.member_id),
            group=posted.group,
            kinds=tuple(found),
            removed=removed,
            told=await self._explain(posted),
            replied_to=await self._party(replied.member_id, replied.first_name)
            if replied
            else None,
            replied_text=_quoted(replied.text) if replied else "",
        )
        await self._alert(alert)
        return alert

    async def _explain(self, posted: Posted) -> str:
        now = self.clock.now()
        last = self._explained.get(posted.member_id)
        if last is not None and now - last < EXPLAINED_PAUSE:
            return "earlier"
        minor = await self.ages.is_minor(posted.member_id)
        key = "groups-contacts-member" if minor else "groups-contacts-adult"
        note = Text(key, {"group": posted.group})
        delivery = await self.notifications.deliver(
            posted.member_id, note, Purpose.CONSEQUENCE, deadline=now
        )
        if delivery.outcome is not Outcome.SENT:
            return "unreachable"
        self._explained[posted.member_id] = now
        return "now"

    async def adult_asked(self, posted: Posted, *, removed: bool) -> AdultAsked | None:
        """An adult (not staff) asking for a contact, a private chat or secrecy: moderators and
        safeguarding leads are told, whomever it was said to (a mention names no one the bot
        can look up). Returns the note, for the moderators' chat too; None if nothing asked."""
        # The pure check first: most group messages ask nothing, and need no database read.
        asks = find_asks(posted.text)
        if not asks or self.staff.is_staff(posted.member_id):
            return None
        if await self.ages.is_minor(posted.member_id):
            return None
        replied = posted.replied
        alert = AdultAsked(
            adult=await self._party(posted.member_id, posted.first_name),
            group=posted.group,
            quote=_quoted(posted.text),
            asks=tuple(ask.value for ask in asks),
            removed=removed,
            to=await self._party(replied.member_id, replied.first_name) if replied else None,
        )
        await self.audit.record(
            None, "groups.adult_asked", posted.member_id, chat=posted.chat_id, asks=alert.asks
        )
        await self._alert(alert)
        return alert

    async def _alert(self, note: Note) -> None:
        for reader in sorted(set(self.staff.moderators()) | self.leads):
            await self.notifications.deliver(reader, note, Purpose.STAFF)

    async def _party(self, member_id: int, first_name: str) -> Party:
        return Party(first_name, await self._band(member_id))

    async def _band(self, member_id: int) -> str:
        profile = await self.onboarding.profile(member_id)
        age = self.ages.age_of(profile) if profile is not None else None
        return "" if age is None else age_band(age)
