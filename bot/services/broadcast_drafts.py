"""The /broadcast flow without Telegram: a staff member's draft (the message, the audience, when)
kept in their conversation at every step, so a restart or /cancel loses nothing they did not
choose to lose, and submitted to BroadcastService at the end."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.clock import Clock
from bot.domain.audience import Audience, Condition, Field, typed_ages
from bot.domain.broadcast_text import text_problem
from bot.domain.contact_details import ContactKind
from bot.domain.when import parse_when
from bot.services.audiences import AudienceCount, Audiences
from bot.services.broadcasts import BroadcastService, Submitted
from bot.services.conversations import Conversations, Flow
from bot.services.staff import StaffService
from storage.broadcasts import BroadcastContent

MESSAGE, AUDIENCE, VALUES, WHEN, PREVIEW, CONFIRM = (
    "message",
    "audience",
    "values",
    "when",
    "preview",
    "confirm",
)


@dataclass(frozen=True)
class BroadcastDraft:
    step: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def audience(self) -> Audience:
        return Audience.from_json(self.data.get("audience", "[]"))

    @property
    def content(self) -> BroadcastContent:
        return BroadcastContent(
            body=self.data.get("body", ""),
            media_kind=self.data.get("media_kind"),
            media_file_id=self.data.get("media_file_id"),
            media_name=self.data.get("media_name"),
        )

    @property
    def has_message(self) -> bool:
        return "body" in self.data

    @property
    def send_at(self) -> datetime | None:
        stamp = self.data.get("send_at")
        return datetime.fromisoformat(stamp) if stamp else None

    @property
    def choosing(self) -> tuple[Field, bool]:
        """The field (and side: excluded?) the values screen is about."""
        return Field(self.data.get("field", Field.CAUSE.value)), bool(self.data.get("exclude"))


@dataclass(frozen=True)
class Message:
    body: str  # Telegram HTML
    media_kind: str | None = None
    media_file_id: str | None = None
    media_name: str | None = None


@dataclass(kw_only=True, eq=False)
class BroadcastDrafts:
    conversations: Conversations
    audiences: Audiences
    broadcasts: BroadcastService
    staff: StaffService
    clock: Clock
    zone: ZoneInfo

    def may_broadcast(self, sender_id: int) -> bool:
        return self.staff.is_coordinator(sender_id) or self.staff.is_moderator(sender_id)

    async def draft(self, sender_id: int) -> BroadcastDraft | None:
        """The draft of someone who may broadcast now (checked at every step)."""
        if not self.may_broadcast(sender_id):
            return None
        found = await self.conversations.in_flow(sender_id, Flow.BROADCAST_DRAFT)
        return None if found is None else BroadcastDraft(found.step, found.data)

    async def start(self, sender_id: int) -> BroadcastDraft | Flow:
        """A new draft, or the one left half-way; the other flow if one is half done."""
        existing = await self.draft(sender_id)
        if existing is not None:
            await self._put(sender_id, existing)  # typed text goes to it again
            return existing
        busy = await self.conversations.begin(sender_id, Flow.BROADCAST_DRAFT, MESSAGE, {})
        return BroadcastDraft(MESSAGE) if busy is None else Flow(busy.flow)

    async def cancel(self, sender_id: int) -> bool:
        return await self.conversations.end(sender_id, Flow.BROADCAST_DRAFT)

    async def _put(self, sender_id: int, draft: BroadcastDraft) -> BroadcastDraft:
        await self.conversations.save(sender_id, Flow.BROADCAST_DRAFT, draft.step, draft.data)
        return draft

    async def _change(
        self, sender_id: int, step: str | None = None, **values: Any
    ) -> BroadcastDraft | None:
        draft = await self.draft(sender_id)
        if draft is None:
            return None
        data = {**draft.data, **values}
        return await self._put(sender_id, BroadcastDraft(step or draft.step, data))

    # --- the message ---------------------------------------------------------------------

    async def set_message(self, sender_id: int, message: Message, reserve: int = 0) -> str | None:
        """The message, checked (`reserve`: what the copy's frame takes of the limit); what is
        wrong with it (the draft keeps the last good one)."""
        has_media = message.media_kind is not None
        problem = text_problem(message.body, has_media=has_media, reserve=reserve)
        if problem is not None:
            return problem
        draft = await self.draft(sender_id)
        if draft is None:
            return "gone"
        next_step = PREVIEW if draft.data.get("ready") else AUDIENCE
        await self._change(
            sender_id,
            next_step,
            body=message.body,
            media_kind=message.media_kind,
            media_file_id=message.media_file_id,
            media_name=message.media_name,
        )
        return None

    async def edit_message(self, sender_id: int) -> BroadcastDraft | None:
        return await self._change(sender_id, MESSAGE)

    # --- the audience --------------------------------------------------------------------

    async def to_audience(self, sender_id: int) -> BroadcastDraft | None:
        return await self._change(sender_id, AUDIENCE)

    async def everyone(self, sender_id: int) -> BroadcastDraft | None:
        return await self._change(sender_id, AUDIENCE, audience=Audience().to_json())

    async def choose_field(
        self, sender_id: int, chosen: Field, exclude: bool
    ) -> BroadcastDraft | None:
        return await self._change(sender_id, VALUES, field=chosen.value, exclude=exclude, page=0)

    async def page(self, sender_id: int, page: int) -> BroadcastDraft | None:
        return await self._change(sender_id, page=max(0, page))

    async def leave_out(self, sender_id: int, on: bool) -> BroadcastDraft | None:
        """The audience screen's buttons add exclusions (on) or conditions (off)."""
        return await self._change(sender_id, AUDIENCE, leaving_out=on)

    async def toggle(
        self, sender_id: int, chosen: Field, exclude: bool, value: str
    ) -> BroadcastDraft | None:
        """One value in or out of that condition (values of one condition are alternatives)."""
        draft = await self.draft(sender_id)
        if draft is None:
            return None
        audience = draft.audience
        values = list(audience.values(chosen, exclude=exclude))
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        changed = audience.with_condition(Condition(chosen, tuple(values), exclude))
        return await self._change(sender_id, audience=changed.to_json())

    async def ages_typed(self, sender_id: int, text: str) -> BroadcastDraft | None:
        """A typed age range ("18-25", "18+") as the age condition of the side being chosen,
        back on the audience screen; None if it is not an age range."""
        draft = await self.draft(sender_id)
        value = typed_ages(text)
        if draft is None or value is None:
            return None
        exclude = draft.choosing[1]
        audience = draft.audience.without(Field.AGE_BAND, exclude=exclude)
        changed = audience.with_condition(Condition(Field.AGE, (value,), exclude))
        return await self._change(sender_id, AUDIENCE, audience=changed.to_json())

    async def remove(self, sender_id: int, chosen: Field, exclude: bool) -> BroadcastDraft | None:
        draft = await self.draft(sender_id)
        if draft is None:
            return None
        audience = draft.audience.without(chosen, exclude=exclude)
        return await self._change(sender_id, AUDIENCE, audience=audience.to_json())

    async def count(self, draft: BroadcastDraft) -> AudienceCount:
        return await self.audiences.count(draft.audience, draft.send_at)

    async def to_preview(self, sender_id: int) -> BroadcastDraft | AudienceCount | None:
        """The preview, unless the audience is nobody (its count is returned, to say so)."""
        draft = await self.draft(sender_id)
        if draft is None:
            return None
        count = await self.count(draft)
        if count.nobody:
            return count
        return await self._change(sender_id, PREVIEW, ready=True)

    async def needs_approval(self, sender_id: int, draft: BroadcastDraft) -> bool:
        audience = draft.audience
        return await self.broadcasts.needs_approval(
            sender_id, audience, await self.audiences.count(audience)
        )

    async def held_contacts(self, sender_id: int, draft: BroadcastDraft) -> tuple[ContactKind, ...]:
        """Rule 24: contact details in a message that reaches minors (audited: a refusal)."""
        kinds = await self.broadcasts.held_contacts(draft.content, draft.audience)
        if kinds:
            await self.broadcasts.record_held(sender_id, kinds)
        return kinds

    async def adults_only(self, sender_id: int) -> BroadcastDraft | None:
        """The audience without anyone under 18 or of unknown age (then the preview again)."""
        draft = await self.draft(sender_id)
        if draft is None:
            return None
        audience = draft.audience.adults_only()
        return await self._change(sender_id, PREVIEW, audience=audience.to_json())

    # --- when ----------------------------------------------------------------------------

    async def ask_when(self, sender_id: int) -> BroadcastDraft | None:
        return await self._change(sender_id, WHEN)

    async def now(self, sender_id: int) -> BroadcastDraft | None:
        return await self._change(sender_id, PREVIEW, send_at=None)

    async def when_typed(self, sender_id: int, text: str) -> str | None:
        """A date and time as in /newevent; what is wrong with it (a when.WhenProblem's value)."""
        when = parse_when(text, self.clock.now(), self.zone)
        if when.problem is not None or when.at is None:
            return when.problem.value if when.problem is not None else "not-understood"
        await self._change(sender_id, PREVIEW, send_at=when.at.isoformat())
        return None

    # --- sending -------------------------------------------------------------------------

    async def confirm(self, sender_id: int) -> BroadcastDraft | None:
        return await self._change(sender_id, CONFIRM)

    async def back_to_preview(self, sender_id: int) -> BroadcastDraft | None:
        return await self._change(sender_id, PREVIEW)

    async def submit(self, sender_id: int) -> Submitted | str | None:
        """Sent on its way (or to a moderator): the draft is over. A problem's key if its
        time has passed meanwhile or its audience became nobody."""
        draft = await self.draft(sender_id)
        if draft is None or draft.step != CONFIRM:
            return None
        send_at = draft.send_at
        if send_at is not None and send_at <= self.clock.now():
            await self._change(sender_id, PREVIEW)
            return "past"
        if (await self.count(draft)).nobody:
            await self._change(sender_id, AUDIENCE)
            return "nobody"
        if await self.held_contacts(sender_id, draft):  # the audience may have changed
            await self._change(sender_id, PREVIEW)
            return "contacts"
        submitted = await self.broadcasts.submit(sender_id, draft.content, draft.audience, send_at)
        await self.cancel(sender_id)
        return submitted

    async def send_test(self, sender_id: int) -> bool | None:
        draft = await self.draft(sender_id)
        if draft is None or not draft.has_message:
            return None
        return await self.broadcasts.send_test(sender_id, replace(draft.content, test=True))
