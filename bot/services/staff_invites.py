"""Staff invitations (safeguarding rule 20): an admin names the person an invite is for; whoever
opens it gives a name and accepts the code of conduct, and is then shown to the admin (Telegram
display name, @username, the name they typed), whose confirmation starts the role. A link works
once, for 72 hours; a tap or message that asked for an invite makes at most one (its nonce).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.domain.names import clean_name, name_problem
from bot.services.ages import Ages
from bot.services.conversations import Conversations, Flow
from bot.services.notifications import Note, NotificationGate, Outcome, Purpose, Text
from bot.services.onboarding import OnboardingService
from bot.services.staff import Role, StaffService
from storage.staff import Enrolment
from storage.staff_invites import NewInvite, Opener, StaffInvite, StaffInviteRepository

INVITE_VALIDITY = timedelta(hours=72)
# Someone whose link did not work waits this long for the admin's new one: a /start meanwhile
# shows them that, not the youth sign-up.
NEW_LINK_WAIT = INVITE_VALIDITY
INVITE_PREFIX = "staff_"
NAME_LENGTH = 64


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Made:
    """A new invite: its link's token, for the admin to send to `invitee` only."""

    token: str
    role: Role
    invitee: str


@dataclass(frozen=True)
class Admin:
    """The admin acting, with the name Telegram shows for them (kept on what they decide)."""

    id: int
    name: str


class JoinProblem(Enum):
    UNKNOWN = "unknown"  # never issued, guessed, or already decided
    EXPIRED = "expired"
    TAKEN = "taken"  # opened by another account (the admin is told)
    MINOR = "minor"  # a member the bot knows is under 18 (or of unknown age)
    MEMBER = "member"  # an adult member: staff join with a separate account
    ALREADY = "already"  # already staff


@dataclass(frozen=True)
class Joining:
    problem: JoinProblem | None
    invite: StaffInvite | None = None


class Named(Enum):
    BAD = "bad"
    ASK_CONDUCT = "ask-conduct"
    CORRECTED = "corrected"  # after the admin was asked: they see the new name
    WAITING = "waiting"  # text while waiting for the admin is no name unless they asked to fix it


# The steps of a joining adult's conversation once the admin has been asked, and of someone
# whose link did not work (taken, expired, unknown) and who waits for a new one.
WAITING, RENAMING, NEW_LINK = "waiting", "renaming", "new-link"
# A refused link that means "ask the admin for another one" (not: this account can't be staff).
_ASK_AGAIN = frozenset({JoinProblem.UNKNOWN, JoinProblem.EXPIRED, JoinProblem.TAKEN})


class Verdict(Enum):
    DONE = "done"
    ALREADY = "already"  # decided before, by `invite.decided_by_name`
    MEMBER = "member"  # the opener is a member now: never staff
    NOT_READY = "not-ready"  # nobody accepted the code of conduct on it (a forged button)


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    invite: StaffInvite | None = None


@dataclass(frozen=True)
class InviteOpened(Note):
    """To an admin: who opened an invite, with Confirm (once they accepted the code of conduct)
    and Reject. `tried` is a second account that found it already opened: maybe the real
    invitee, so the admin sees both and can reject the first from this card."""

    invite_id: int
    role: str
    invitee: str
    display: str
    username: str | None
    name: str | None
    corrected: bool = False
    ready: bool = True
    tried: Opener | None = None


def opened_note(
    invite: StaffInvite, corrected: bool = False, tried: Opener | None = None
) -> InviteOpened:
    return InviteOpened(
        invite_id=invite.id,
        role=invite.role,
        invitee=invite.invitee or "—",
        display=invite.opener_display or "—",
        username=invite.opener_username,
        name=invite.name,
        corrected=corrected,
        ready=invite.conduct_accepted_at is not None,
        tried=tried,
    )


@dataclass(kw_only=True, eq=False)
class StaffInvites:
    repository: StaffInviteRepository
    staff: StaffService
    onboarding: OnboardingService
    ages: Ages
    conversations: Conversations
    notifications: NotificationGate
    audit: AuditLog
    clock: Clock
    # (invite, account) pairs the admin already heard were stuck as a member: told once.
    _told_stuck: set[tuple[int, int]] = field(default_factory=set, init=False)

    async def load(self) -> None:
        """Whoever waits for a decision can be told it, after a restart too."""
        for invite in await self.repository.openers():
            if invite.opened_by is not None:
                self.staff.expect(invite.opened_by, invite.opener_language)

    # --- the admin ---------------------------------------------------------------------------

    async def create(self, admin: Admin, role: Role, invitee: str, nonce: str) -> Made | None:
        """A new link, or None if `nonce` already made one."""
        if not self.staff.is_admin(admin.id):
            raise PermissionError("only admins invite staff")
        token = secrets.token_urlsafe(18)
        now = self.clock.now()
        named = clean_name(invitee)
        invite = NewInvite(_hash(token), nonce, role.value, named, admin.id, admin.name)
        if not await self.repository.create(invite, now, now + INVITE_VALIDITY):
            return None
        await self.audit.record(admin.id, "staff.invited", None, role=role.value)
        return Made(token, role, named)

    async def made(self, nonce: str) -> bool:
        return await self.repository.made_by(nonce)

    @staticmethod
    def invitee_problem(text: str) -> bool:
        return name_problem(text, NAME_LENGTH) is not None

    async def waiting(self) -> list[StaffInvite]:
        return await self.repository.waiting()

    async def decide(self, admin: Admin, invite_id: int, confirm: bool) -> Decision:
        """Idempotent: the first decision wins, later presses hear who made it. Whoever opened
        it can be rejected at any time; confirmed only once they accepted the code of conduct."""
        invite = await self.repository.get(invite_id)
        if invite is None or invite.opened_by is None:
            return Decision(Verdict.NOT_READY)
        if confirm and invite.conduct_accepted_at is None and invite.decision is None:
            return Decision(Verdict.NOT_READY)
        if invite.decision is not None:
            return Decision(Verdict.ALREADY, invite)
        if confirm and await self.onboarding.profile(invite.opened_by) is not None:
            return Decision(Verdict.MEMBER, invite)
        decision = "confirmed" if confirm else "rejected"
        now = self.clock.now()
        if not await self.repository.decide(invite.id, decision, admin.id, admin.name, now):
            return Decision(Verdict.ALREADY, await self.repository.get(invite.id))
        await self._conclude(admin, invite, confirm)
        return Decision(Verdict.DONE, await self.repository.get(invite.id))

    async def _conclude(self, admin: Admin, invite: StaffInvite, confirm: bool) -> None:
        opener = invite.opened_by
        assert opener is not None
        if confirm:
            assert invite.name is not None
            enrolment = Enrolment(
                telegram_id=opener,
                role=invite.role,
                name=invite.name,
                language=invite.opener_language,
                invited_by=invite.created_by,
                invited_by_name=invite.created_by_name,
                confirmed_by=admin.id,
                confirmed_by_name=admin.name,
            )
            await self.staff.enrol(enrolment, self.clock.now())
            await self.audit.record(admin.id, "staff.joined", opener, role=invite.role)
            note = Text("staff-join-confirmed", {"role": invite.role})
        else:
            await self.audit.record(admin.id, "staff.rejected", opener, role=invite.role)
            note = Text("staff-join-rejected")
        await self.conversations.end(opener, Flow.STAFF_JOIN)
        await self.notifications.deliver(opener, note, Purpose.STAFF)
        self.staff.forget(opener)

    async def again(self, admin: Admin, invite_id: int) -> Made | None:
        """A new link for the person a rejected invite named; None if this invite already
        had its new link (one per rejection)."""
        invite = await self.repository.get(invite_id)
        if invite is None or invite.decision != "rejected" or invite.invitee is None:
            return None
        return await self.create(admin, Role(invite.role), invite.invitee, f"again:{invite.id}")

    # --- the person who opens it -------------------------------------------------------------

    async def open(self, token: str, opener: Opener) -> Joining:
        joining = await self._try_open(token, opener)
        if joining.problem in _ASK_AGAIN:
            await self._wait_for_new_link(opener.telegram_id)
        return joining

    async def _try_open(self, token: str, opener: Opener) -> Joining:
        invite = await self.repository.by_token(_hash(token))
        if invite is None or invite.decision is not None:
            return Joining(JoinProblem.UNKNOWN)
        if invite.expires_at <= self.clock.now():
            return Joining(JoinProblem.EXPIRED)
        if self.staff.is_staff(opener.telegram_id):
            return Joining(JoinProblem.ALREADY)
        problem = await self._member_problem(opener.telegram_id)
        if problem is JoinProblem.MEMBER:
            await self._tell_stuck(invite, opener)
        if problem is not None:
            return Joining(problem)
        if not await self.repository.open(invite.id, opener):
            await self._tell_admins(invite, opened_note(invite, tried=opener))
            return Joining(JoinProblem.TAKEN)
        self.staff.expect(opener.telegram_id, opener.language)
        # Opening a staff invitation is a choice: it takes over whatever they were doing.
        await self.conversations.begin(opener.telegram_id, Flow.STAFF_JOIN, "join", replace=True)
        return Joining(None, await self.repository.get(invite.id))

    async def _wait_for_new_link(self, telegram_id: int) -> None:
        """An adult (not a member, not joining with another link) now waits for a new link."""
        if self.staff.is_staff(telegram_id) or await self.joining(telegram_id) is not None:
            return
        if await self.onboarding.profile(telegram_id) is not None:
            return
        await self.conversations.begin(telegram_id, Flow.STAFF_JOIN, NEW_LINK)

    async def waits_for_new_link(self, telegram_id: int) -> bool:
        """Their link did not work, recently: they wait for the admin's new one."""
        conversation = await self.conversations.in_flow(telegram_id, Flow.STAFF_JOIN)
        if conversation is None or conversation.step != NEW_LINK:
            return False
        if _before(conversation.updated_at, self.clock.now() - NEW_LINK_WAIT):
            await self.stop_waiting(telegram_id)
            return False
        return True

    async def stop_waiting(self, telegram_id: int) -> bool:
        """Not waiting for a link after all (a young person who opened one by mistake)."""
        conversation = await self.conversations.in_flow(telegram_id, Flow.STAFF_JOIN)
        if conversation is None or conversation.step != NEW_LINK:
            return False
        return await self.conversations.end(telegram_id, Flow.STAFF_JOIN)

    async def _tell_stuck(self, invite: StaffInvite, opener: Opener) -> None:
        """An adult member opened it: the admin who made it hears once that they are stuck."""
        if (invite.id, opener.telegram_id) in self._told_stuck:
            return
        self._told_stuck.add((invite.id, opener.telegram_id))
        args = {"role": invite.role, "invitee": invite.invitee or "—", "display": opener.display}
        await self._tell_admins(invite, Text("staff-invite-member-stuck", args))

    async def _member_problem(self, telegram_id: int) -> JoinProblem | None:
        """Staff are adults who never went through the youth onboarding."""
        profile = await self.onboarding.profile(telegram_id)
        if profile is None:
            return None
        return JoinProblem.MINOR if self.ages.counts_as_minor(profile) else JoinProblem.MEMBER

    async def joining(self, telegram_id: int) -> StaffInvite | None:
        """The invite this account opened and nobody has decided yet."""
        return await self.repository.open_one_of(telegram_id, self.clock.now())

    async def give_name(self, telegram_id: int, text: str) -> Named | None:
        """The name the opener types; typed again, it corrects it until an admin decides."""
        invite = await self.joining(telegram_id)
        if invite is None:
            return None
        if name_problem(text, NAME_LENGTH) is not None:
            return Named.BAD
        if invite.conduct_accepted_at is not None and not await self._renaming(telegram_id):
            return Named.WAITING
        await self.repository.name(invite.id, clean_name(text))
        if invite.conduct_accepted_at is None:
            return Named.ASK_CONDUCT
        await self.conversations.save(telegram_id, Flow.STAFF_JOIN, WAITING, {})
        named = await self.repository.get(invite.id)
        assert named is not None
        await self._tell_admins(named, opened_note(named, corrected=True))
        return Named.CORRECTED

    async def _renaming(self, telegram_id: int) -> bool:
        conversation = await self.conversations.in_flow(telegram_id, Flow.STAFF_JOIN)
        return conversation is not None and conversation.step == RENAMING

    async def correct_name(self, telegram_id: int) -> StaffInvite | None:
        """While waiting for the admin: the next text they type is their name again."""
        invite = await self.joining(telegram_id)
        if invite is None or invite.conduct_accepted_at is None:
            return None
        await self.conversations.save(telegram_id, Flow.STAFF_JOIN, RENAMING, {})
        return invite

    async def accept_conduct(self, telegram_id: int) -> StaffInvite | None:
        """Accepted: the admin is asked once (a second press finds it asked)."""
        invite = await self.joining(telegram_id)
        if invite is None or invite.name is None:
            return None
        if await self._member_problem(telegram_id) is not None:
            return None
        if await self.repository.accept_conduct(invite.id, self.clock.now()):
            await self.conversations.save(telegram_id, Flow.STAFF_JOIN, WAITING, {})
            accepted = await self.repository.get(invite.id)
            assert accepted is not None
            await self._tell_admins(accepted, opened_note(accepted))
        return invite

    async def _tell_admins(self, invite: StaffInvite, note: Note) -> None:
        """The admin who made the invite; if they cannot be reached, the other admins."""
        others = sorted(self.staff.admin_ids - {invite.created_by})
        for admin_id in [invite.created_by, *others]:
            if not self.staff.is_admin(admin_id):
                continue
            delivery = await self.notifications.deliver(admin_id, note, Purpose.STAFF)
            if delivery.outcome is Outcome.SENT:
                return


def _before(at: datetime | None, limit: datetime) -> bool:
    return at is not None and at < limit
