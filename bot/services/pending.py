"""Typed answers the bot waits for outside a guided flow (an application's message, a decline
reason, a message to a project): one per person, and only for a while. Each is a question on
top of the person's conversation (`Conversations.ask`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services.conversations import Conversations


@dataclass(frozen=True)
class PendingInput:
    kind: str
    ref: int


@dataclass(kw_only=True, eq=False)
class PendingInputs:
    conversations: Conversations

    async def expect(self, telegram_id: int, kind: str, ref: int) -> None:
        await self.conversations.ask(telegram_id, kind, ref)

    async def get(self, telegram_id: int) -> PendingInput | None:
        asked = await self.conversations.question(telegram_id)
        return PendingInput(*asked) if asked is not None else None

    async def keep_typed(self, telegram_id: int, typed: str) -> None:
        await self.conversations.keep_typed(telegram_id, typed)

    async def typed(self, telegram_id: int) -> str | None:
        return await self.conversations.typed(telegram_id)

    async def clear(self, telegram_id: int) -> None:
        await self.conversations.answered(telegram_id)
