"""Members: who they are to the bot (language, reachability), across restarts."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from bot.core.clock import Clock
from bot.core.i18n import SUPPORTED_LANGUAGES, resolve_language
from storage.members import Addressee, Member, MemberRepository


class ErasureRecorder(Protocol):
    async def record(self, telegram_id: int) -> None:
        """Remember the erasure where a restore of an older backup will find it."""


class Departures(Protocol):
    async def participant_erased(
        self, project_ids: Sequence[int], *, reduced: bool = False
    ) -> None:
        """A participant of these projects was erased (`reduced`: kept only their age, waiting
        for a guardian): a place is free in each."""


class MemberService:
    # Each update needs the person's language: kept in memory for the most recent people. This
    # process is the database's only writer, so the copy cannot go stale.
    LANGUAGE_CACHE_SIZE = 10_000

    def __init__(
        self,
        repository: MemberRepository,
        clock: Clock,
        default_language: str,
        *,
        erasures: ErasureRecorder | None = None,
    ) -> None:
        self._repository = repository
        self._erasures = erasures
        # Told after an erasure which projects lost a participant (set by the wiring: the
        # applications are built after the members).
        self.departures: Departures | None = None
        self._clock = clock
        self.default_language = default_language
        self._languages: OrderedDict[int, str | None] = OrderedDict()
        # When each recent person was last recorded as seen: one write a day per person at most.
        self._seen_on: OrderedDict[int, date] = OrderedDict()

    async def stored_language(self, telegram_id: int) -> str | None:
        if telegram_id in self._languages:
            self._languages.move_to_end(telegram_id)
            return self._languages[telegram_id]
        language = await self._repository.language(telegram_id)
        self._remember(telegram_id, language)
        return language

    def _remember(self, telegram_id: int, language: str | None) -> None:
        self._languages[telegram_id] = language
        self._languages.move_to_end(telegram_id)
        if len(self._languages) > self.LANGUAGE_CACHE_SIZE:
            self._languages.popitem(last=False)

    async def get(self, telegram_id: int) -> Member | None:
        return await self._repository.get(telegram_id)

    async def joined(self) -> list[tuple[int, datetime]]:
        """Every member's id and when they first started the bot."""
        return await self._repository.joined()

    async def addressee(self, telegram_id: int) -> Addressee | None:
        return await self._repository.addressee(telegram_id)

    async def addressees(self, telegram_ids: Sequence[int]) -> dict[int, Addressee]:
        return await self._repository.addressees(telegram_ids)

    async def language_for(self, telegram_id: int, telegram_code: str | None) -> str:
        stored = await self.stored_language(telegram_id)
        return resolve_language(stored, telegram_code, self.default_language)

    async def first_contact(self, telegram_id: int, telegram_code: str | None) -> Member:
        app_language = resolve_language(None, telegram_code, "") or None
        return await self._repository.record_contact(telegram_id, app_language, self._clock.now())

    def language_of(self, member: Member) -> str:
        """For messages the bot sends on its own, when no update tells the app's language."""
        return resolve_language(member.language, member.app_language, self.default_language)

    async def choose_language(self, telegram_id: int, language: str) -> bool:
        """Store the choice; False if it was already theirs."""
        if language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        if await self.stored_language(telegram_id) == language:
            return False
        await self._repository.set_language(telegram_id, language, self._clock.now())
        self._remember(telegram_id, language)
        return True

    async def mark_unreachable(self, telegram_id: int) -> None:
        await self._repository.set_reachable(telegram_id, False)

    async def touch(self, telegram_id: int) -> None:
        """Any message or button counts as activity (retention, safeguarding rule 13)."""
        today = self._clock.now().date()
        if self._seen_on.get(telegram_id) == today:
            return
        await self._repository.touch(telegram_id, self._clock.now())
        self._seen_on[telegram_id] = today
        self._seen_on.move_to_end(telegram_id)
        if len(self._seen_on) > self.LANGUAGE_CACHE_SIZE:
            self._seen_on.popitem(last=False)

    async def keep_only_age(self, telegram_id: int, *, keep_history: bool = False) -> None:
        """Only what waiting for a guardian allows stays (safeguarding rule 2); the projects
        she still took part in (a pause withdrew them first) are told a place is free."""
        projects = await self._repository.projects_taken_part_in(telegram_id)
        await self._repository.keep_only_age(telegram_id, keep_history=keep_history)
        if projects and self.departures is not None:
            await self.departures.participant_erased(projects, reduced=True)

    async def erase(self, telegram_id: int) -> bool:
        self._languages.pop(telegram_id, None)
        self._seen_on.pop(telegram_id, None)
        if self._erasures is not None:
            # Written first: a crash after the database's commit must not leave an erasure a
            # restore cannot replay. A line for someone with nothing to erase is harmless.
            await self._erasures.record(telegram_id)
        projects = await self._repository.projects_taken_part_in(telegram_id)
        erased = await self._repository.erase(telegram_id, self._clock.now())
        if erased and projects and self.departures is not None:
            await self.departures.participant_erased(projects)
        return erased
