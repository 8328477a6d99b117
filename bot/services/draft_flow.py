"""What /newproject and /newevent share: a coordinator's draft, one question at a time, saved at
each answer, with a preview from which any question can be answered again."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from bot.core.clock import Clock
from bot.services.staff import StaffService
from storage.drafts import Draft, DraftRepository


@dataclass(frozen=True)
class Answer:
    problem: str | None  # a locale key suffix: <flow>-problem-<problem>
    step: str | None = None  # the next question


class DraftFlow(ABC):
    """The questions are `steps`, the last being the preview."""

    # The locale prefix of this flow's texts (`newproject`, `newevent`).
    texts: str = ""

    steps: tuple[str, ...] = ()
    first_data: dict[str, Any] = {}  # noqa: RUF012 - read only, copied for each draft

    def __init__(self, repository: DraftRepository, staff: StaffService, clock: Clock) -> None:
        self._repository = repository
        self._staff = staff
        self._clock = clock

    async def draft(self, coordinator_id: int) -> Draft | None:
        """The draft of someone who is a coordinator now (roles are checked at every step)."""
        if not self._staff.is_coordinator(coordinator_id):
            return None
        return await self._repository.get(coordinator_id)

    async def start(self, coordinator_id: int) -> Draft:
        """A new draft, or the one left half-way."""
        existing = await self._repository.get(coordinator_id)
        if existing is not None:
            # Touched now: typed text goes to the flow the coordinator came back to.
            await self._repository.save(coordinator_id, existing, self._clock.now())
            return existing
        draft = Draft(self.steps[0], {**self.first_data})
        await self._repository.save(coordinator_id, draft, self._clock.now())
        return draft

    async def cancel(self, coordinator_id: int) -> bool:
        existing = await self._repository.get(coordinator_id)
        await self._repository.drop(coordinator_id)
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
        await self._repository.save(coordinator_id, corrected, self._clock.now())
        return corrected
