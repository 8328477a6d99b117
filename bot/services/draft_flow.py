"""What /newproject and /newevent share: a coordinator's draft, one question at a time, saved at
each answer, with a preview from which any question can be answered again."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from bot.core.clock import Clock
from bot.domain.project_import import MAX_DESCRIPTION, MAX_TITLE
from bot.domain.projects import parse_age_band
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
class Read:
    """A typed answer read: what was wrong with it, or the draft's new values."""

    problem: str | None = None
    values: dict[str, Any] = field(default_factory=dict)


TextReader = Callable[[str], Read]


def read_title(text: str) -> Read:
    title = " ".join(text.split())
    return Read(values={"title": title}) if 3 <= len(title) <= MAX_TITLE else Read("title")


def read_description(text: str) -> Read:
    if 1 <= len(text) <= MAX_DESCRIPTION:
        return Read(values={"description": text})
    return Read("description")


@dataclass(frozen=True)
class Answer:
    problem: str | None  # a locale key suffix: <flow>-problem-<problem>
    step: str | None = None  # the next question


@dataclass(kw_only=True, eq=False)
class DraftFlow(ABC):
    """The questions are `steps`, the last being the preview."""

    # The locale prefix of this flow's texts (`newproject`, `newevent`).
    texts: ClassVar[str] = ""
    flow: ClassVar[Flow] = Flow.PROJECT_DRAFT
    steps: ClassVar[tuple[str, ...]] = ()
    first_data: ClassVar[dict[str, Any]] = {}  # read only, copied for each draft

    conversations: Conversations
    staff: StaffService
    clock: Clock

    async def _get(self, coordinator_id: int) -> Draft | None:
        found = await self.conversations.in_flow(coordinator_id, self.flow)
        return None if found is None else Draft(found.step, found.data, found.updated_at)

    async def _put(self, coordinator_id: int, draft: Draft) -> None:
        await self.conversations.save(coordinator_id, self.flow, draft.step, draft.data)

    async def _drop(self, coordinator_id: int) -> None:
        await self.conversations.end(coordinator_id, self.flow)

    async def _open(self, coordinator_id: int, draft: Draft, replace: bool) -> Draft | Busy:
        """Make this draft the person's conversation, unless another flow is half done."""
        busy = await self.conversations.begin(
            coordinator_id, self.flow, draft.step, draft.data, replace=replace
        )
        return draft if busy is None else Busy(Flow(busy.flow))

    async def draft(self, coordinator_id: int) -> Draft | None:
        """The draft of someone who is a coordinator now (roles are checked at every step)."""
        if not self.staff.is_coordinator(coordinator_id):
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
    def readers(self) -> dict[str, TextReader]:
        """How a typed answer to each question is read (pure)."""

    async def answer_awaited(self, coordinator_id: int, draft: Draft, text: str) -> Answer | None:
        """Questions whose answer needs more than the text (the database, a clock); None for
        the others."""
        return None

    @abstractmethod
    async def _move(self, coordinator_id: int, draft: Draft, values: dict[str, Any]) -> Answer:
        """Store the answer; the next question, or back to the preview after a correction."""

    async def answer_text(self, coordinator_id: int, text: str) -> Answer:
        """A typed answer to the question the draft is at."""
        draft = await self.draft(coordinator_id)
        if draft is None:
            return Answer("gone")
        text = text.strip()
        awaited = await self.answer_awaited(coordinator_id, draft, text)
        if awaited is not None:
            return awaited
        reader = self.readers().get(draft.step)
        if reader is None:
            return Answer("buttons")
        read = reader(text)
        if read.problem is not None:
            return Answer(read.problem)
        return await self._move(coordinator_id, draft, read.values)

    async def ages_typed(self, coordinator_id: int, text: str) -> Answer:
        """An age band typed as two numbers ("16-18", "da 16 a 18 anni")."""
        found = parse_age_band(text)
        if found is None:
            return Answer("ages")
        return await self.choose_ages(coordinator_id, *found)

    async def choose_ages(self, coordinator_id: int, low: int, high: int) -> Answer:
        return Answer("ages")

    async def correct(self, coordinator_id: int, step: str) -> Draft | None:
        """From the preview, answer one question again."""
        draft = await self.draft(coordinator_id)
        if draft is None or draft.step != "preview" or step not in self.steps[:-1]:
            return None
        corrected = Draft(step, {**draft.data, "correcting": True})
        await self._put(coordinator_id, corrected)
        return corrected
