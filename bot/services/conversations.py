"""One conversation per person: which guided flow they are in, at which step, with its data.
Typed text and /cancel go to it; starting another flow while one is half done is refused
(`begin` returns what is in the way) so the person can be asked which to keep.

A typed-text question (an application's message, a decline reason, a message to a project's
participants) is short: it goes on top of the flow the person is in, which comes back when it
is answered, cancelled, or has lapsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from bot.core.clock import Clock
from storage.conversations import UNDER, Conversation, ConversationRepository, beneath, find

# A question left unanswered this long has lapsed: text typed later is not its answer.
ANSWER_WITHIN = timedelta(minutes=30)
TYPED = "typed"  # in a question's data: an answer kept to offer part of it


class Flow(StrEnum):
    ONBOARDING = "onboarding"
    PROFILE_EDIT = "profile_edit"
    STAFF_JOIN = "staff_join"
    PROJECT_DRAFT = "project_draft"
    EVENT_DRAFT = "event_draft"
    QUESTION = "question"
    BROADCAST_DRAFT = "broadcast_draft"


@dataclass(kw_only=True, eq=False)
class Conversations:
    repository: ConversationRepository
    clock: Clock

    async def current(self, telegram_id: int) -> Conversation | None:
        """The conversation typed text goes to now (a lapsed question is gone)."""
        conversation = await self.repository.get(telegram_id)
        if conversation is None or not self._lapsed(conversation):
            return conversation
        return await self._pop(telegram_id, conversation)

    async def lapsed(self, telegram_id: int) -> str | None:
        """The kind of question that went unanswered too long, if that is where the person
        was: gone now (what they type next is not its answer), and said so once."""
        conversation = await self.repository.get(telegram_id)
        if conversation is None or not self._lapsed(conversation):
            return None
        await self._pop(telegram_id, conversation)
        return conversation.step

    def _lapsed(self, conversation: Conversation) -> bool:
        return (
            conversation.flow == Flow.QUESTION
            and conversation.updated_at is not None
            and conversation.updated_at < self.clock.now() - ANSWER_WITHIN
        )

    async def in_flow(self, telegram_id: int, flow: Flow) -> Conversation | None:
        """The person's conversation if it is this flow (also while a question interrupts
        it: its buttons still work)."""
        return find(await self.current(telegram_id), [flow.value])

    async def begin(
        self,
        telegram_id: int,
        flow: Flow,
        step: str,
        data: dict[str, Any] | None = None,
        *,
        replace: bool = False,
    ) -> Conversation | None:
        """Start a flow. If another is half done, nothing changes and that one is returned,
        unless `replace` (the person chose the new one). A question is never in the way."""
        current = await self.current(telegram_id)
        if current is not None and current.flow == Flow.QUESTION:
            current = beneath(current)
        if current is not None and current.flow != flow and not replace:
            return current
        await self.save(telegram_id, flow, step, data or {})
        return None

    async def save(self, telegram_id: int, flow: Flow, step: str, data: dict[str, Any]) -> None:
        """The flow's next step and its data (it is the person's conversation now)."""
        conversation = Conversation(flow.value, step, data)
        await self.repository.save(telegram_id, conversation, self.clock.now())

    async def end(self, telegram_id: int, flow: Flow) -> bool:
        """That flow is over (if it is theirs), also under a question."""
        current = await self.repository.get(telegram_id)
        if current is None:
            return False
        under = beneath(current) if current.flow == Flow.QUESTION else None
        if under is not None and under.flow == flow:
            question = {key: value for key, value in current.data.items() if key != UNDER}
            await self.repository.save(
                telegram_id, Conversation(current.flow, current.step, question), self.clock.now()
            )
            return True
        return await self.repository.drop(telegram_id, [flow.value])

    # --- typed-text questions ----------------------------------------------------------------

    async def ask(self, telegram_id: int, kind: str, ref: int) -> None:
        """Wait for a typed answer, on top of the flow the person is in."""
        current = await self.current(telegram_id)
        under = (
            beneath(current) if current is not None and current.flow == Flow.QUESTION else current
        )
        data: dict[str, Any] = {"ref": ref}
        if under is not None:
            data[UNDER] = {"flow": under.flow, "step": under.step, "data": under.data}
        await self.repository.save(
            telegram_id, Conversation(Flow.QUESTION.value, kind, data), self.clock.now()
        )

    async def question(self, telegram_id: int) -> tuple[str, int] | None:
        """What the bot waits for from this person: (kind, ref)."""
        current = await self.current(telegram_id)
        if current is None or current.flow != Flow.QUESTION:
            return None
        return current.step, int(current.data["ref"])

    async def keep_typed(self, telegram_id: int, typed: str) -> None:
        """Keep, with the question, an answer that could not be taken as it was (too long), so
        the person can take part of it with a button instead of typing it again."""
        current = await self.current(telegram_id)
        if current is None or current.flow != Flow.QUESTION:
            return
        kept = Conversation(current.flow, current.step, {**current.data, TYPED: typed})
        await self.repository.save(telegram_id, kept, self.clock.now())

    async def typed(self, telegram_id: int) -> str | None:
        """What `keep_typed` kept for the question the person is answering now."""
        current = await self.current(telegram_id)
        if current is None or current.flow != Flow.QUESTION:
            return None
        typed = current.data.get(TYPED)
        return typed if isinstance(typed, str) else None

    async def answered(self, telegram_id: int) -> None:
        """The question is over: the flow under it, if any, is theirs again."""
        current = await self.repository.get(telegram_id)
        if current is not None and current.flow == Flow.QUESTION:
            await self._pop(telegram_id, current)

    async def _pop(self, telegram_id: int, question: Conversation) -> Conversation | None:
        under = beneath(question)
        if under is None:
            await self.repository.drop(telegram_id, [Flow.QUESTION.value])
            return None
        await self.repository.save(telegram_id, under, self.clock.now())
        return await self.repository.get(telegram_id)
