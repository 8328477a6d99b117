"""Age retries (safeguarding rule 23). For KEPT_FOR after the age question the bot keeps, under
a keyed hash of the Telegram id, the outcome (too young, needs a guardian, too old) and the month
and year declared; nothing else. A new answer that would let the person further waits for a
moderator, who sees only the two months/years and decides with one tap.

The person's waiting answer belongs to them (erased with them); the check survives /deleteme
and a refusal, and the retention task purges it after KEPT_FOR.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.keyed_hash import KeyedHash
from bot.domain.age_gate import REMEMBERED, AgeDecision, AgePolicy, needs_a_check
from bot.domain.birth_month import BirthMonth
from bot.services.notifications import Note, NotificationGate, Purpose
from bot.services.staff import StaffService
from storage.age_checks import AgeCheck, AgeCheckRepository

KEPT_FOR = timedelta(days=30)
ANSWER_WITHIN_HOURS = 48  # what the person is told about the wait


@dataclass(frozen=True)
class AgeRetryNotice(Note):
    """To moderators: the two answers, and nothing that says whose they are."""

    check_id: int
    first_year: int
    first_month: int
    new_year: int
    new_month: int
    first_outcome: str
    new_outcome: str
    # How long apart the two answers were, in hours (a quick second try is often a slip).
    hours_apart: int = 0
    # The first answer was a button: "before" the years offered, or "after" them (its month
    # is only the nearest one), else "month".
    first_given_as: str = "month"


@dataclass(frozen=True)
class Settled:
    """A moderator's decision: whose answer it was, and the birth month that now counts."""

    member_id: int
    born: BirthMonth
    accepted: bool


@dataclass(kw_only=True, eq=False)
class AgeChecks:
    repository: AgeCheckRepository
    hasher: KeyedHash
    policy: AgePolicy
    notifications: NotificationGate
    staff: StaffService
    audit: AuditLog
    clock: Clock

    async def screen(self, member_id: int, born: BirthMonth, decision: AgeDecision) -> bool:
        """At the age question: True if the answer waits for a moderator (moderators are told);
        otherwise its outcome is remembered when it is one of those that stop a retry."""
        subject = self.hasher.of_id(member_id)
        check = await self._recent(subject)
        if check is not None and needs_a_check(AgeDecision(check.outcome), decision):
            await self.repository.hold(
                member_id, check.id, (born.year, born.month), self.clock.now()
            )
            await self._tell_moderators(self._notice(check, born, decision))
            return True
        await self.remember(member_id, born, decision)
        return False

    async def remember(self, member_id: int, born: BirthMonth, decision: AgeDecision) -> None:
        if decision in REMEMBERED:
            outcome = decision.value
            await self.repository.record(
                self.hasher.of_id(member_id), outcome, (born.year, born.month), self.clock.now()
            )

    async def about(self, member_id: int) -> dict[str, object] | None:
        """For /mydata: the outcome remembered under their hash, and an answer waiting."""
        check = await self._recent(self.hasher.of_id(member_id))
        retry = await self.repository.retry_of(member_id)
        if check is None and retry is None:
            return None
        return {
            "remembered": None
            if check is None
            else {
                "outcome": check.outcome,
                "birth_year": check.birth_year,
                "birth_month": check.birth_month,
                "answered_at": check.answered_at,
                "forgotten_after": check.answered_at + KEPT_FOR,
            },
            "waiting_for_a_moderator": None
            if retry is None
            else {
                "birth_year": retry.birth_year,
                "birth_month": retry.birth_month,
                "asked_at": retry.asked_at,
            },
        }

    async def waiting(self, member_id: int) -> bool:
        return await self.repository.retry_of(member_id) is not None

    async def remembers(self, member_id: int) -> bool:
        """Whether an age answer of theirs is still kept (what the bot says it keeps)."""
        return await self._recent(self.hasher.of_id(member_id)) is not None

    async def settle(
        self, check_id: int, shown: BirthMonth, accept: bool, moderator_id: int
    ) -> Settled | None:
        """The moderator's tap on the card that showed `shown`; None if that answer was decided
        already, replaced by a newer one, or its person is gone."""
        retry = await self.repository.take_retry(check_id, (shown.year, shown.month))
        check = await self.repository.get(check_id)
        if retry is None or check is None:
            return None
        action = "age_check.accepted" if accept else "age_check.kept_first"
        await self.audit.record(moderator_id, action, retry.member_id)
        if not accept:
            return Settled(retry.member_id, BirthMonth(check.birth_year, check.birth_month), False)
        born = BirthMonth(retry.birth_year, retry.birth_month)
        decision = self.policy.decide(born, self.clock.now().date())
        if decision in REMEMBERED:
            await self.remember(retry.member_id, born, decision)
        else:
            # A moderator let them in: no first answer is left to hold them back.
            await self.repository.forget(check.subject)
        return Settled(retry.member_id, born, True)

    async def purge(self) -> int:
        return await self.repository.purge(self.clock.now() - KEPT_FOR)

    async def _recent(self, subject: str) -> AgeCheck | None:
        check = await self.repository.of_subject(subject)
        if check is None or check.answered_at < self.clock.now() - KEPT_FOR:
            return None
        return check

    def _given_as(self, check: AgeCheck) -> str:
        years = self.policy.birth_years(self.clock.now().date())
        first = (check.outcome, check.birth_year, check.birth_month)
        if first == (AgeDecision.TOO_OLD.value, years.start - 1, 12):
            return "before"
        if first == (AgeDecision.TOO_YOUNG.value, years.stop, 1):
            return "after"
        return "month"

    async def open_notices(self) -> list[AgeRetryNotice]:
        """Every answer still waiting for a moderator, as its card shows it."""
        notices = []
        for retry, check in await self.repository.open_retries():
            born = BirthMonth(retry.birth_year, retry.birth_month)
            decision = self.policy.decide(born, retry.asked_at.date())
            notices.append(self._notice(check, born, decision, retry.asked_at))
        return notices

    def _notice(
        self,
        check: AgeCheck,
        born: BirthMonth,
        decision: AgeDecision,
        asked_at: datetime | None = None,
    ) -> AgeRetryNotice:
        apart = (asked_at or self.clock.now()) - check.answered_at
        return AgeRetryNotice(
            hours_apart=max(0, int(apart.total_seconds() // 3600)),
            first_given_as=self._given_as(check),
            check_id=check.id,
            first_year=check.birth_year,
            first_month=check.birth_month,
            new_year=born.year,
            new_month=born.month,
            first_outcome=check.outcome,
            new_outcome=decision.value,
        )

    async def _tell_moderators(self, notice: AgeRetryNotice) -> None:
        moderators = {m.telegram_id for m in await self.staff.staff()} | self.staff.admin_ids
        for moderator in sorted(moderators):
            if self.staff.is_moderator(moderator):
                await self.notifications.deliver(moderator, notice, Purpose.STAFF)
