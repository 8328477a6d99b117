"""/modlog: the audit log for moderators (issue 13, point 6), newest first, a page at a time, in
plain words: when, who, what, whom and the details that matter. `/modlog Giulia` keeps to one
member. Also how the log's mirror chat (MOD_LOG_CHAT_ID) shows new entries. No Telegram ids or
usernames; nothing here changes an entry."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup, Update

from bot.core.i18n import Html
from bot.domain.audit_actions import GENERIC, phrase_key
from bot.domain.contact_details import ContactKind
from bot.services.mod_log import ModLogPost, Party, ShownEntry
from bot.services.staff import Role
from bot.wiring import Services
from handlers.common import send
from handlers.group_moderation import span_text
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.edits import redraw
from handlers.kit.guards import button, requires
from handlers.kit.person import Person
from handlers.member_choice import found_one
from handlers.project_screens import short
from handlers.screens import Screen, Screens, pager
from handlers.staff import started_first_name

PER_PAGE = 8  # entries of two short lines each: one phone screen
MAX_DETAILS = 200  # characters of an entry's details line (with the rest, 8 fit one message)
KINDS = {kind.value for kind in ContactKind}
# Details shown in words, by their recorded values (anything else, e.g. "command", goes unsaid).
WORDED = {
    "source": {"flood", "warn_limit", "report"},
    "attempted": {"warn", "mute", "ban", "kick", "unwarn", "unmute", "unban", "del", "lift"},
}
TelegramName = Callable[[int], Awaitable[str | None]]


class ModlogPage(CallbackData, prefix="ul"):
    page: Annotated[int, Shape(r"[0-9]{1,4}")]
    member: int  # 0: the whole log


class ModlogFor(CallbackData, prefix="uf"):
    """The log about one member (from a choice of names, or their card): a new message."""

    member: int


async def show_modlog(update: Update, context: BotContext, person: Person) -> None:
    typed = " ".join(context.args or []).strip()
    about = await found_one(context, person, typed, ModlogFor) if typed else None
    if typed and about is None:
        return
    await send(context, person, await log_screen(context, person, about, 0))


@button(ModlogFor)
@requires(Role.MODERATOR)
async def modlog_for(
    query: CallbackQuery, context: BotContext, person: Person, data: ModlogFor
) -> None:
    await query.answer()
    await send(context, person, await log_screen(context, person, data.member, 0))


@button(ModlogPage)
@requires(Role.MODERATOR)
async def modlog_page(
    query: CallbackQuery, context: BotContext, person: Person, data: ModlogPage
) -> None:
    screen = await log_screen(context, person, data.member or None, data.page)
    await redraw(query, person, screen)


async def log_screen(context: BotContext, person: Person, about: int | None, page: int) -> Screen:
    services = context.services
    screens = person.screens
    found = await services.mod_log.page(about, page, PER_PAGE)
    pages = max(1, (found.total + PER_PAGE - 1) // PER_PAGE)
    if page >= pages:  # the log is append-only, so only a forged page is past the end
        page = pages - 1
        found = await services.mod_log.page(about, page, PER_PAGE)
    name = await _name_of(context, about)
    if found.total == 0:
        key = "modlog-empty-about" if about is not None else "modlog-empty"
        return Screen(screens.text(key, name=name))
    names = telegram_names(context.bot, services)
    zone = services.settings.zone
    lines = [await entry_line(screens, entry, zone, names) for entry in found.entries]
    heading = screens.text(
        "modlog-heading-about" if about is not None else "modlog-heading",
        name=name,
        count=found.total,
        page=page + 1,
        pages=pages,
    )
    text = heading + "\n\n" + "\n".join(lines)
    nav = pager(screens, lambda p: ModlogPage(p, about or 0), page, PER_PAGE, found.total)
    return Screen(text, InlineKeyboardMarkup([nav]) if nav else None)


async def _name_of(context: BotContext, about: int | None) -> str:
    if about is None:
        return ""
    match = await context.services.member_records.match(about)
    return match.first_name if match is not None else "—"


def telegram_names(bot: Bot, services: Services) -> TelegramName:
    """Admins and safeguarding leads by their Telegram first name (the bot keeps none of its
    own), asked once a screen."""
    known: dict[int, str | None] = {}

    async def name(admin_id: int) -> str | None:
        if admin_id not in known:
            known[admin_id] = await started_first_name(bot, services, admin_id)
        return known[admin_id]

    return name


async def party_text(screens: Screens, party: Party, telegram_name: TelegramName) -> str:
    name = party.name
    if name is None and party.asks is not None:
        name = await telegram_name(party.asks)
    return name or screens.text(f"modlog-party-{party.kind}")


async def entry_line(
    screens: Screens, entry: ShownEntry, zone: ZoneInfo, telegram_name: TelegramName
) -> str:
    """One entry in one or two lines: when, then who did what to whom, then its details."""
    who = await party_text(screens, entry.actor, telegram_name)
    whom = "" if entry.subject is None else await party_text(screens, entry.subject, telegram_name)
    key = phrase_key(entry.action)
    if key == GENERIC and entry.subject is not None:
        key = "modlog-do-other-about"
    what = screens.text(key, who=who, whom=whom, **dict(entry.facts))
    shown = (_detail(screens, zone, name, value) for name, value in entry.details)
    details = short(" · ".join(filter(None, shown)), MAX_DETAILS)
    when = entry.at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
    if not details:
        return screens.text("modlog-line", when=when, what=what)
    return screens.text("modlog-line-details", when=when, what=what, details=Html(details))


def _detail(screens: Screens, zone: ZoneInfo, name: str, value: str) -> str:
    if name == "role":
        value = screens.text(f"role-{value}") if value in set(Role) else ""
    elif name == "kinds":
        kinds = [k.strip() for k in value.split(",") if k.strip() in KINDS]
        value = ", ".join(screens.text(f"modlog-kind-{kind}") for kind in kinds)
    elif name == "until":
        value = _when(value, zone)
    elif name == "duration":
        value = span_text(screens, int(value))
    elif name in {"source", "attempted"}:
        value = screens.text(f"modlog-{name}-{value}") if value in WORDED[name] else ""
    return screens.text(f"modlog-detail-{name}", value=value) if value else ""


def _when(value: str, zone: ZoneInfo) -> str:
    try:
        return datetime.fromisoformat(value).astimezone(zone).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return value


def post_renderer(
    bot: Bot, services: Services
) -> Callable[[Screens, ModLogPost], Awaitable[Screen]]:
    """The mirror chat's message: new entries, oldest first, one line each."""
    zone = services.settings.zone

    async def render(screens: Screens, post: ModLogPost) -> Screen:
        names = telegram_names(bot, services)
        lines = [await entry_line(screens, entry, zone, names) for entry in post.entries]
        return Screen("\n".join(lines))

    return render
