"""The audit log made readable for moderators (issue 13, point 6): pages of entries in plain
words (when, who, what, whom, the details that matter) and the log's mirror in a chat
(MOD_LOG_CHAT_ID). The mirror follows the log itself: after the last entry it posted, in order,
a few at a time, so a restart or a Telegram outage loses nothing and posts nothing twice.
Nothing here changes an entry."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.clock import Clock
from bot.core.tasks import Nothing, NotSent, RetryLater, TaskDispatcher, TaskKind
from bot.domain.audit_actions import phrase_facts, shown_details
from bot.services.notifications import Note, NotificationGate, Outcome
from bot.services.staff import Role, StaffService
from storage.modlog import LogEntry, ModlogRepository
from storage.profiles import ProfileRepository
from storage.tasks import Task

logger = logging.getLogger(__name__)

MIRROR = TaskKind("modlog_mirror", Nothing)
# New entries are gathered this long before they are posted, so a burst goes out as one message
# and the chat never gets more than 20 a minute (Telegram's limit for a group).
GATHER = timedelta(seconds=3)
# Entries in one mirrored message: at most two lines of about 400 characters each (the details
# are cut at 200) keep it within Telegram's 4,096.
PER_POST = 8
# Details that name a project or an event by its id: shown by title.
TITLED = {"project": "projects", "event": "events"}
# Actions only someone who may moderate a group does: an actor the bot does not know there is
# one of the group's own administrators (or the group itself, for an anonymous one).
BY_GROUP_ADMINS = frozenset(
    {"message.deleted"}
    | {f"sanction.{kind}" for kind in ("warn", "mute", "ban", "kick", "unwarn", "unmute", "unban")}
    | {f"sanction.lifted.{kind}" for kind in ("warn", "mute", "ban", "kick")}
)


@dataclass(frozen=True)
class Party:
    """Who acted, or was acted on, as a moderator may see them: a name, never an id."""

    kind: str  # staff, admin, lead, member, guardian, someone, erased, bot
    name: str | None = None
    # Admins and safeguarding leads have no name in the database: Telegram is asked for their
    # first name (if they started the bot), and the id is never shown.
    asks: int | None = None


@dataclass(frozen=True)
class ShownEntry:
    at: datetime
    action: str
    actor: Party
    subject: Party | None
    details: tuple[tuple[str, str], ...]
    facts: tuple[tuple[str, str], ...] = ()  # what the phrase itself names (phrase_facts)


@dataclass(frozen=True)
class LogPage:
    entries: tuple[ShownEntry, ...]
    total: int


@dataclass(frozen=True)
class ModLogPost(Note):
    """New audit entries, for the mirror chat."""

    entries: tuple[ShownEntry, ...]


def _details(entry: LogEntry, titles: dict[str, dict[int, str]]) -> tuple[tuple[str, str], ...]:
    found = []
    for name, value in shown_details(entry.details):
        if name == "duration":
            value = _duration(entry)
        if name in TITLED:
            shown = titles[name].get(int(value), "") if value.isdigit() else ""
        else:
            shown = value
        if shown:
            found.append((name, shown))
    return tuple(found)


def _duration(entry: LogEntry) -> str:
    """A sanction's length in whole minutes, for words ("1 day"); none for a warning (how long
    it counts is a setting, not the moderator's choice)."""
    minutes = entry.details.get("minutes")
    if entry.action == "sanction.warn" or not isinstance(minutes, int):
        return ""
    return str(minutes)


def _is_warning(entry: LogEntry) -> bool:
    return entry.action == "sanction.warn" and isinstance(entry.details.get("sanction"), int)


@dataclass(kw_only=True, eq=False)
class ModLog:
    repository: ModlogRepository
    profiles: ProfileRepository
    staff: StaffService
    notifications: NotificationGate
    tasks: TaskDispatcher
    clock: Clock
    chat_id: int | None
    leads: frozenset[int]  # SAFEGUARDING_IDS
    warn_limit: int  # WARN_LIMIT: a warning is shown as "1 of 3"

    def __post_init__(self) -> None:
        self._lock = asyncio.Lock()  # one mirror run at a time: in order, never twice
        self._next_run: datetime | None = None

    # --- reading --------------------------------------------------------------------------

    async def page(self, about: int | None, page: int, per_page: int) -> LogPage:
        total = await self.repository.count(about)
        entries = await self.repository.page(about, page * per_page, per_page)
        return LogPage(await self.shown(entries), total)

    async def shown(self, entries: list[LogEntry]) -> tuple[ShownEntry, ...]:
        names = await self.staff.names()
        titles = await self._titles(entries)
        counted = await self.repository.warnings_at(
            {e.details["sanction"] for e in entries if _is_warning(e)}
        )
        found = []
        for entry in entries:
            actor = await self._actor(entry.actor_id, entry.actor_erased, entry.action, names)
            subject = None
            if entry.subject_id is not None or entry.subject_erased:
                subject = await self._party(
                    entry.subject_id, entry.subject_erased, entry.action, names
                )
            details = _details(entry, titles)
            facts = self._facts(entry, counted)
            found.append(ShownEntry(entry.at, entry.action, actor, subject, details, facts))
        return tuple(found)

    def _facts(self, entry: LogEntry, counted: dict[int, int]) -> tuple[tuple[str, str], ...]:
        facts = phrase_facts(entry.details)
        warnings = counted.get(entry.details["sanction"]) if _is_warning(entry) else None
        facts["warnings"] = str(warnings) if warnings else "none"
        facts["limit"] = str(self.warn_limit)
        return tuple(facts.items())

    async def party_of(self, telegram_id: int | None, action: str) -> Party:
        """Who did `action`, named as the log names them (the member card's sanctions)."""
        return await self._actor(telegram_id, False, action, await self.staff.names())

    async def _actor(
        self, telegram_id: int | None, erased: bool, action: str, names: dict[int, str]
    ) -> Party:
        party = await self._party(telegram_id, erased, action, names)
        if party.kind == "someone" and action in BY_GROUP_ADMINS:
            return Party("group_admin")
        return party

    async def _titles(self, entries: list[LogEntry]) -> dict[str, dict[int, str]]:
        titles: dict[str, dict[int, str]] = {}
        for detail, table in TITLED.items():
            ids = {
                int(entry.details[detail])
                for entry in entries
                if isinstance(entry.details.get(detail), int)
            }
            titles[detail] = await self.repository.titles(table, ids)
        return titles

    async def _party(
        self, telegram_id: int | None, erased: bool, action: str, names: dict[int, str]
    ) -> Party:
        if telegram_id is None:
            return Party("erased" if erased else "bot")
        """Staff (also former staff) by the name an admin confirmed, so /modlog and the mirror
        chat name them alike, today and after they leave the staff."""
        if self.staff.role_of(telegram_id) is Role.ADMIN:
            return Party("admin", asks=telegram_id)
        if telegram_id in names:
            return Party("staff", names[telegram_id])
        if telegram_id in self.leads:
            return Party("lead", asks=telegram_id)
        profile = await self.profiles.get(telegram_id)
        if profile is not None and profile.first_name:
            return Party("member", profile.first_name)
        if action.startswith("guardian_consent."):
            return Party("guardian")
        return Party("someone")

    # --- the mirror -----------------------------------------------------------------------

    async def start(self) -> None:
        """At start-up: a chat new to the mirror starts from now; entries left unposted by the
        last run (a stop, an outage) go out at once."""
        if self.chat_id is None:
            return
        last = await self.repository.mirrored_up_to(self.chat_id)
        if await self.repository.after(last, 1):
            await self.tasks.schedule(MIRROR, Nothing())

    async def entry_added(self, entry_id: int) -> None:
        """The audit log's listener: one mirror run soon, for this entry and any that follow
        before it runs."""
        now = self.clock.now()
        if self.chat_id is None or (self._next_run is not None and now < self._next_run):
            return
        self._next_run = now + GATHER
        await self.tasks.schedule(
            MIRROR, Nothing(), due_at=self._next_run, dedupe_key=f"modlog-mirror:{entry_id}"
        )

    async def run_mirror(self, task: Task, nothing: Nothing) -> None:
        """Task `modlog_mirror`: post the entries after the last one posted."""
        if self.chat_id is None:
            return
        async with self._lock:
            more = await self._post_next(self.chat_id)
        if more:
            self._next_run = self.clock.now() + GATHER
            await self.tasks.schedule(MIRROR, Nothing(), due_at=self._next_run)

    async def _post_next(self, chat_id: int) -> bool:
        """One message of new entries; True if more wait. The place moves on before sending
        (at most once, like every task); back if nothing went out."""
        last = await self.repository.mirrored_up_to(chat_id)
        entries = await self.repository.after(last, PER_POST + 1)
        if not entries:
            return False
        posted = entries[:PER_POST]
        await self.repository.mirrored(chat_id, posted[-1].id)
        try:
            delivery = await self.notifications.to_staff_chat(
                chat_id, ModLogPost(await self.shown(posted))
            )
        except (NotSent, RetryLater):
            await self.repository.mirrored(chat_id, last)
            raise
        if delivery.outcome is not Outcome.SENT:
            # The bot is not in that chat (yet): the entries wait for the next run.
            await self.repository.mirrored(chat_id, last)
            logger.warning("the audit log's mirror chat cannot be reached")
            return False
        return len(entries) > PER_POST
