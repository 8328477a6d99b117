"""Members: who they are to the bot (language, reachability), across restarts."""

from __future__ import annotations

from bot.clock import Clock
from bot.i18n import SUPPORTED_LANGUAGES, resolve_language
from storage.members import Member, MemberRepository


class MemberService:
    def __init__(self, repository: MemberRepository, clock: Clock, default_language: str) -> None:
        self._repository = repository
        self._clock = clock
        self.default_language = default_language

    async def get(self, telegram_id: int) -> Member | None:
        return await self._repository.get(telegram_id)

    async def language_for(self, telegram_id: int, telegram_code: str | None) -> str:
        stored = await self._repository.language(telegram_id)
        return resolve_language(stored, telegram_code, self.default_language)

    async def first_contact(self, telegram_id: int, telegram_code: str | None) -> Member:
        app_language = resolve_language(None, telegram_code, "") or None
        return await self._repository.record_contact(telegram_id, app_language, self._clock.now())

    def language_of(self, member: Member) -> str:
        """For messages the bot sends on its own, when no update tells the app's language."""
        return resolve_language(member.language, member.app_language, self.default_language)

    async def choose_language(self, telegram_id: int, language: str) -> None:
        if language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        await self._repository.set_language(telegram_id, language, self._clock.now())

    async def mark_unreachable(self, telegram_id: int) -> None:
        await self._repository.set_reachable(telegram_id, False)

    async def erase(self, telegram_id: int) -> bool:
        return await self._repository.erase(telegram_id)
