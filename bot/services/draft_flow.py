"""What /newproject and /newevent share: a coordinator's draft, one question at a time, saved at
each answer, with a preview from which any question can be answered again."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.core.clock import Clock
from bot.services.conversations import Conversations, Flow
from bot.services.staff import StaffService


@dataclass(frozen=True)
class Draft:
    step: str
    data: dict[str, Any]
    updated_at: datetime | None = None  # None until stored


@dataclass(frozen=True)
class Busy:
    """Another flow is half done: the person chooses which to keep."""

    flow: Flow


@dataclass(frozen=True)
class Answer:
    problem: str | None  # a locale key suffix: <flow>-problem-<problem>
    step: str | None = None  # the next question


class DraftFlow(ABC):
    """The questions are `steps`, the last being the preview."""

    # The locale prefix of this flow's texts (`newproject`, `newevent`).
    texts: str = ""
    flow: Flow = Flow.PROJECT_DRAFT

    steps: tuple[str, ...] = ()
    first_data: dict[str, Any] = {}  # noqa: RUF012 - read only, copied for each draft

    def __init__(self, conversations: Conversations, staff: StaffService, clock: Clock) -> None:
        self._conversations = conversations
        self._staff = staff
        self._clock = clock

    async def _get(self, coordinator_id: int) -> Draft | None:
        found = await self._conversations.in_flow(coordinator_id, self.flow)
        return None if found is None else Draft(found.step, found.data, found.updated_at)

    async def _put(self, coordinator_id: int, draft: Draft) -> None:
        await self._conversations.save(coordinator_id, self.flow, draft.step, draft.data)

    async def _drop(self, coordinator_id: int) -> None:
        await self._conversations.end(coordinator_id, self.flow)

    async def _open(self, coordinator_id: int, draft: Draft, replace: bool) -> Draft | Busy:
        """Make this draft the person's conversation, unless another flow is half done."""
        busy = await self._conversations.begin(
            coordinator_id, self.flow, draft.step, draft.data, replace=replace
        )
        return draft if busy is None else Busy(Flow(busy.flow))

    async def draft(self, coordinator_id: int) -> Draft | None:
        """The draft of someone who is a coordinator now (roles are checked at every step)."""
        if not self._staff.is_coordinator(coordinator_id):
            return None
        return await self._get(coordinator_id)

    async def start(self, coordinator_id: int, *, replace: bool = False) -> Draft | Busy:
        """A new draft, or the one left half-way; `Busy` if another flow is half done (and
        not `replace`: the person chose to drop it)."""
        existing = await self._get(coordinator_id)
        if existing is not None:
            # Back to it: typed text goes to this draft again (not a question on top).
            await self._put(coordinator_id, existing)
            return existing
        return await self._open(coordinator_id, Draft(self.steps[0], {**self.first_data}), replace)

    async def cancel(self, coordinator_id: int) -> bool:
        existing = await self._get(coordinator_id)
        await self._drop(coordinator_id)
        return existing is not None

    @abstractmethod
    async def answer_text(self, coordinator_id: int, text: str) -> Answer:
        """A typed answer to the question the draft is at."""

    async def correct(self, coordinator_id: int, step: str) -> Draft | None:
        """From the preview, answer one question again."""
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "preview" or step not in self.steps[:-1]:
            return None
        corrected = Draft(step, {**draft.data, "correcting": True})
        await self._put(coordinator_id, corrected)
        return corrected
