"""Group moderation in the community groups (COMMUNITY_CHAT_IDS): /warn /unwarn /warns /mute
/unmute /ban /unban /kick /del, as a reply to the member's message.

Who may act is asked of the service at the moment of the command (the bot's moderators and
admins, the group's own administrators, an anonymous administrator as the group itself). The
group is answered in its own language (DEFAULT_LANGUAGE) with the member's first name, the
duration and the reason only (rule 26); the member is told the rest in private, and whether
and when they hear goes to the acting moderator in private (it would tell the group who is a
minor). A mistaken command and the bot's hint about it leave the group after HINT_SECONDS, so
they neither clutter it nor use up its messages a minute; successful actions' lines stay."""

from __future__ import annotations

import difflib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update, User
from telegram.constants import ChatType

from bot.domain.sanction_spans import Span, SpanProblem, largest_unit, split_span
from bot.services.group_port import Right
from bot.services.notifications import Outcome, Purpose, Text
from bot.services.sanctions import Acted, Order, SanctionNotice, SanctionSummary, Verdict
from bot.services.staff import Role
from handlers.common import drop_keyboard
from handlers.kit.callback_data import CallbackData
from handlers.kit.context import BotContext
from handlers.kit.fleeting import fleeting
from handlers.kit.guards import button
from handlers.kit.notifier import Renderer
from handlers.kit.person import Person
from handlers.screens import Screen, Screens
from storage.sanctions import Sanction


class Undo(CallbackData, prefix="ku"):
    """The button under the group's answer: lift the sanction it announced."""

    sanction: int


@dataclass(frozen=True)
class Case:
    """A moderation command, checked: where, by whom, on whom, with what typed after it."""

    chat_id: int
    actor: int  # the moderator, or the group itself for an anonymous administrator
    member: User
    typed: str
    screens: Screens  # the group's language
    command: Message  # the command itself, deleted after a while if it was a mistake
    replied: Message

    def order(self, reason: str | None, span: timedelta | None = None) -> Order:
        return Order(
            self.chat_id,
            self.member.id,
            self.actor,
            reason or None,
            span,
            message_id=self.replied.message_id,
            posted=self.replied.date,
        )


def span_text(screens: Screens, minutes: int) -> str:
    amount, unit = largest_unit(timedelta(minutes=minutes))
    return screens.text("sanction-span", amount=amount, unit=unit)


def group_screens(context: BotContext) -> Screens:
    services = context.services
    return Screens(services.translate, services.settings.default_language)


def until_words(screens: Screens, at: datetime, zone: ZoneInfo) -> str:
    """ "venerdì 5/12 alle 23:00": an end, as a day and an hour, in the reader's zone."""
    there = at.astimezone(zone)
    return screens.text(
        "sanction-until",
        weekday=screens.text(f"weekday-{there.weekday()}"),
        day=str(there.day),
        month=str(there.month),
        time=there.strftime("%H:%M"),
    )


async def _say(
    context: BotContext, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    await context.bot.send_message(chat_id, text, reply_markup=markup)


async def _hint(context: BotContext, command: Message, text: str) -> None:
    """A hint about a mistaken command: it and the command leave the group after a while."""
    await fleeting(context, command, text)


_REPLY_HINTS = {
    "warn": "sanctions-reply-needed",
    "kick": "sanctions-reply-needed",
    "mute": "sanctions-reply-needed-span",
    "ban": "sanctions-reply-needed-span",
}


def _typed(message: Message) -> str:
    """What follows the command word (after a space or a new line)."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


async def _case(update: Update, context: BotContext, person: Person, command: str) -> Case | None:
    """The command's case, or None once whoever typed it was told why not."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return None
    if chat.type == ChatType.PRIVATE:
        key = "sanctions-private" if person.has(Role.MODERATOR) else "moderator-only"
        await _say(context, chat.id, person.text(key))
        return None
    screens = group_screens(context)
    if chat.id not in context.services.settings.community_chat_ids:
        await _say(context, chat.id, screens.text("sanctions-not-community"))
        return None
    anonymous = message.sender_chat is not None and message.sender_chat.id == chat.id
    actor = chat.id if anonymous else person.id
    sanctions = context.services.sanctions
    if not await sanctions.authorize(chat_id=chat.id, actor=actor, action=command):
        await _hint(context, message, screens.text("sanctions-not-allowed"))
        return None
    replied = message.reply_to_message
    if replied is None or replied.from_user is None:
        key = _REPLY_HINTS.get(command, "sanctions-reply-needed-plain")
        await _hint(context, message, screens.text(key, command=command))
        return None
    if replied.sender_chat is not None:
        await _hint(context, message, screens.text("sanctions-not-a-person"))
        return None
    return Case(chat.id, actor, replied.from_user, _typed(message), screens, message, replied)


# -- what the group is told ------------------------------------------------------------------

_REFUSALS = {
    Verdict.NOT_ALLOWED: "sanctions-not-allowed",
    Verdict.HIGHER_RANK: "sanctions-higher-rank",
    Verdict.IS_BOT: "sanctions-is-bot",
    Verdict.IS_SELF: "sanctions-is-self",
    Verdict.NOT_IN_GROUP: "sanctions-not-in-group",
}


def lacking(screens: Screens, right: Right) -> str:
    return screens.text("sanctions-bot-lacks", right=screens.text(f"right-{right.value}"))


def refusal(screens: Screens, acted: Acted, name: str, kind: str) -> str | None:
    """What the group is told when nothing was done; None when something was."""
    if acted.verdict is Verdict.BOT_LACKS_RIGHT and acted.right is not None:
        return lacking(screens, acted.right)
    if acted.verdict is Verdict.ALREADY:
        return screens.text(f"sanctions-already-{kind}", name=name)
    key = _REFUSALS.get(acted.verdict)
    return screens.text(key, name=name) if key else None


def repeated(screens: Screens, acted: Acted, name: str, zone: ZoneInfo) -> str | None:
    """The same command for the same message: what is already in force, and until when."""
    if acted.verdict is not Verdict.REPEATED or acted.sanction is None:
        return None
    kind, until = acted.sanction.kind, acted.sanction.until
    if kind == "warn":
        return screens.text("sanctions-repeated-warn", name=name)
    if until is None:
        return screens.text(f"sanctions-repeated-{kind}-forever", name=name)
    words = until_words(screens, until, zone)
    return screens.text(f"sanctions-repeated-{kind}", name=name, until=words)


async def tell_moderator(context: BotContext, case: Case, acted: Acted) -> None:
    """Whether and when the member hears, to the moderator alone (rule 26: in the group it
    would tell who is a minor); nobody to tell for an anonymous administrator."""
    if case.actor == case.chat_id:
        return
    services = context.services
    args: dict[str, object] = {"name": case.member.first_name, "group": case.command.chat.title}
    if acted.told is Outcome.HELD:
        at = await services.notifications.quiet_until(case.member.id, Purpose.CONSEQUENCE)
        if at is None:
            return
        args["time"] = at.astimezone(services.settings.zone).strftime("%H:%M")
        key = "sanctions-told-later-private"
    elif acted.told in {Outcome.UNREACHABLE, Outcome.SWITCHED_OFF}:
        key = "sanctions-not-told-private"
    else:
        return
    await services.notifications.deliver(case.actor, Text(key, args), Purpose.STAFF)


def _lines(*lines: str | None) -> str:
    return "\n".join(line for line in lines if line)


def _reason_line(screens: Screens, reason: str | None) -> str | None:
    return screens.text("sanctions-reason", reason=reason) if reason else None


def _undo_button(screens: Screens, acted: Acted, kind: str) -> InlineKeyboardMarkup | None:
    if acted.sanction is None or kind not in {"warn", "mute", "ban"}:
        return None
    return InlineKeyboardMarkup(
        [[screens.button(f"sanctions-undo-{kind}", Undo(acted.sanction.id))]]
    )


async def _refused(context: BotContext, case: Case, acted: Acted, kind: str) -> bool:
    """Tell why nothing was done, if nothing was: a missing right stays in the group (whoever
    can give it must see it), any other refusal is a hint that goes after a while."""
    name, zone = case.member.first_name, context.services.settings.zone
    refused = repeated(case.screens, acted, name, zone) or refusal(case.screens, acted, name, kind)
    if refused is None:
        return False
    if acted.verdict is Verdict.BOT_LACKS_RIGHT:
        await _say(context, case.chat_id, refused)
    else:
        await _hint(context, case.command, refused)
    return True


async def _answer(context: BotContext, case: Case, acted: Acted, done: str, kind: str) -> None:
    if await _refused(context, case, acted, kind):
        return
    reason = acted.sanction.reason if acted.sanction else None
    text = _lines(done, _reason_line(case.screens, reason))
    await _say(context, case.chat_id, text, _undo_button(case.screens, acted, kind))
    await tell_moderator(context, case, acted)


# -- the commands ------------------------------------------------------------------------------


async def warn(update: Update, context: BotContext, person: Person) -> None:
    case = await _case(update, context, person, "warn")
    if case is None:
        return
    acted = await context.services.sanctions.order("warn", case.order(case.typed))
    screens, name = case.screens, case.member.first_name
    limit = context.services.settings.warn_limit
    done = screens.text("sanctions-warned", name=name, count=acted.warnings, limit=limit)
    if acted.muted is not None and acted.muted.until is not None:
        minutes = int((acted.muted.until - acted.muted.at).total_seconds() // 60)
        span = span_text(screens, minutes)
        done = screens.text("sanctions-warned-muted", name=name, limit=limit, span=span)
    elif acted.right is not None and acted.verdict is Verdict.DONE:
        done = _lines(done, lacking(screens, acted.right))
    await _answer(context, case, acted, done, "warn")


async def _spanned(
    update: Update, context: BotContext, person: Person, kind: str
) -> tuple[Case, timedelta | None, str] | None:
    """The case of /mute or /ban with its optional span and reason; a span that is not one
    is explained and nothing is done."""
    case = await _case(update, context, person, kind)
    if case is None:
        return None
    span, reason = split_span(case.typed)
    if isinstance(span, SpanProblem):
        typed = case.typed.split()[0] if case.typed else ""
        text = case.screens.text(f"sanctions-span-{span.value}", typed=typed)
        await _hint(context, case.command, text)
        return None
    return case, span.length if isinstance(span, Span) else None, reason


def _done_spanned(screens: Screens, kind: str, name: str, span: timedelta | None) -> str:
    if span is None:
        return screens.text(f"sanctions-{kind}-forever", name=name)
    minutes = int(span.total_seconds() // 60)
    return screens.text(f"sanctions-{kind}", name=name, span=span_text(screens, minutes))


async def _spanned_command(
    update: Update, context: BotContext, person: Person, kind: str, done_key: str
) -> None:
    found = await _spanned(update, context, person, kind)
    if found is None:
        return
    case, span, reason = found
    acted = await context.services.sanctions.order(kind, case.order(reason, span))
    done = _done_spanned(case.screens, done_key, case.member.first_name, span)
    await _answer(context, case, acted, done, kind)


async def mute(update: Update, context: BotContext, person: Person) -> None:
    await _spanned_command(update, context, person, "mute", "muted")


async def ban(update: Update, context: BotContext, person: Person) -> None:
    await _spanned_command(update, context, person, "ban", "banned")


async def kick(update: Update, context: BotContext, person: Person) -> None:
    case = await _case(update, context, person, "kick")
    if case is None:
        return
    acted = await context.services.sanctions.order("kick", case.order(case.typed))
    done = case.screens.text("sanctions-kicked", name=case.member.first_name)
    await _answer(context, case, acted, done, "kick")


Undoing = Callable[..., Awaitable[Acted]]


async def _undo_command(
    update: Update, context: BotContext, person: Person, kind: str, done_key: str
) -> None:
    case = await _case(update, context, person, f"un{kind}")
    if case is None:
        return
    sanctions = context.services.sanctions
    undo: Undoing = {"warn": sanctions.unwarn, "mute": sanctions.unmute, "ban": sanctions.unban}[
        kind
    ]
    acted = await undo(chat_id=case.chat_id, member_id=case.member.id, by=case.actor)
    name = case.member.first_name
    if await _refused(context, case, acted, kind):
        return
    await _say(context, case.chat_id, case.screens.text(done_key, name=name, count=acted.warnings))


async def unwarn(update: Update, context: BotContext, person: Person) -> None:
    await _undo_command(update, context, person, "warn", "sanctions-unwarned")


async def unmute(update: Update, context: BotContext, person: Person) -> None:
    await _undo_command(update, context, person, "mute", "sanctions-unmuted")


async def unban(update: Update, context: BotContext, person: Person) -> None:
    await _undo_command(update, context, person, "ban", "sanctions-unbanned")


async def warns(update: Update, context: BotContext, person: Person) -> None:
    case = await _case(update, context, person, "warns")
    if case is None:
        return
    services = context.services
    active = await services.sanctions.warnings(chat_id=case.chat_id, member_id=case.member.id)
    screens, name = case.screens, case.member.first_name
    if not active:
        await _say(context, case.chat_id, screens.text("sanctions-warns-none", name=name))
        return
    zone = services.settings.zone
    lines = [
        screens.text(
            "sanctions-warns-line",
            reason=warning.reason or screens.text("sanctions-no-reason"),
            expires=screens.calendar_day(warning.until.astimezone(zone).date())
            if warning.until
            else "—",
        )
        for warning in active
    ]
    head = screens.text(
        "sanctions-warns", name=name, count=len(active), limit=services.settings.warn_limit
    )
    await _say(context, case.chat_id, _lines(head, *lines))


async def delete(update: Update, context: BotContext, person: Person) -> None:
    """/del: the replied message and the command go."""
    case = await _case(update, context, person, "del")
    message = update.effective_message
    if case is None or message is None or message.reply_to_message is None:
        return
    replied = message.reply_to_message
    acted = await context.services.sanctions.delete(
        chat_id=case.chat_id,
        message_ids=[replied.message_id, message.message_id],
        author_id=case.member.id,
        by=case.actor,
    )
    await _refused(context, case, acted, "del")


# -- the button under the group's answer -------------------------------------------------------


@button(Undo)
async def undo_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Undo
) -> None:
    """Authorized at the press, not when the button was drawn: a moderator demoted since, or
    a member who presses it, is refused and the refusal audited (rule 22)."""
    acted = await context.services.sanctions.lift(
        sanction_id=data.sanction, by=person.id, reason=None
    )
    screens = group_screens(context)
    if acted.verdict is Verdict.NOT_ALLOWED:
        await query.answer(person.text("sanctions-undo-refused"), show_alert=True)
        return
    if acted.verdict is Verdict.BOT_LACKS_RIGHT and acted.right is not None:
        await query.answer(lacking(person.screens, acted.right), show_alert=True)
        return
    message = query.message
    if acted.verdict is not Verdict.DONE:
        # Lifted some other way, or over: the button goes, the text stays true.
        await query.answer(person.text("sanctions-undo-already"))
        await drop_keyboard(query)
        return
    await query.answer()
    if isinstance(message, Message) and message.text is not None:
        await message.edit_text(_lines(message.text_html, screens.text("sanctions-undone")))


# -- the member's own record (/mydata) ------------------------------------------------------

_SHOWN_AT_MOST = 10  # newest first: /mydata stays one screen; the file holds them all


_LIFTED_BECAUSE = {"warn_limit": "counted", "replaced": "replaced"}


def _state(screens: Screens, sanction: Sanction, now: datetime, zone: ZoneInfo) -> str:
    """Where a sanction stands now, in words."""
    if sanction.lifted_at is not None:
        because = _LIFTED_BECAUSE.get(sanction.lifted_reason or "", "lifted")
        return screens.text(f"mydata-sanction-{because}")
    if sanction.kind == "kick" or (sanction.until is not None and sanction.until <= now):
        return screens.text("mydata-sanction-over")
    if sanction.until is None:
        return screens.text("mydata-sanction-forever")
    until = screens.calendar_day(sanction.until.astimezone(zone).date())
    return screens.text("mydata-sanction-until", until=until)


def own_sanctions(
    screens: Screens, sanctions: list[Sanction], zone: ZoneInfo, now: datetime
) -> str:
    """The member's sanctions, newest first, as lines for /mydata."""
    lines = [screens.text("mydata-sanctions", count=len(sanctions))]
    lines.extend(
        screens.text(
            "mydata-sanction",
            kind=screens.text(f"sanction-kind-{sanction.kind}"),
            date=screens.calendar_day(sanction.at.astimezone(zone).date()),
            state=_state(screens, sanction, now, zone),
            reason=sanction.reason or screens.text("sanctions-no-reason"),
        )
        for sanction in sanctions[:_SHOWN_AT_MOST]
    )
    return "\n".join(lines)


# -- what the member is told in private ------------------------------------------------------


def notice_renderer(zone: ZoneInfo) -> Renderer[SanctionNotice]:
    async def render(screens: Screens, note: SanctionNotice) -> Screen:
        event = note.event
        if note.minutes is None and event in {"mute", "ban"}:
            event = f"{event}-forever"
        until = datetime.fromisoformat(note.until) if note.until else None
        text = screens.text(
            f"sanction-notice-{event}",
            group=note.group,
            count=note.warnings,
            limit=note.limit,
            span=span_text(screens, note.minutes) if note.minutes else "",
            expiry=span_text(screens, note.expiry) if note.expiry else "",
            until=until_words(screens, until, zone) if until else "",
        )
        lifted = note.event.startswith("lifted-")
        reason = screens.text("sanction-notice-reason", reason=note.reason) if note.reason else None
        appeal = None if lifted else screens.text("sanction-notice-appeal")
        return Screen(_lines(text, reason, appeal))

    return render


def summary_renderer(zone: ZoneInfo) -> Renderer[SanctionSummary]:
    """The one message at the end of quiet hours: what is in force now, nothing out of date."""

    async def render(screens: Screens, note: SanctionSummary) -> Screen:
        lines = [screens.text("sanction-summary", group=note.group)]
        for item in note.standing:
            if item.until is None:
                lines.append(screens.text(f"sanction-summary-{item.kind}-forever"))
            else:
                until = until_words(screens, item.until, zone)
                lines.append(screens.text(f"sanction-summary-{item.kind}", until=until))
            if item.reason:
                lines.append(screens.text("sanction-summary-reason", reason=item.reason))
        if note.kicked:
            lines.append(screens.text("sanction-summary-kick"))
        if note.warnings:
            lines.append(
                screens.text("sanction-summary-warnings", count=note.warnings, limit=note.limit)
            )
        if len(lines) == 1:
            return Screen(_lines(*lines, screens.text("sanction-summary-clear")))
        return Screen(_lines(*lines, screens.text("sanction-notice-appeal")))

    return render


# -- flood control -----------------------------------------------------------------------------


_COMMAND_WORDS = ("warn", "unwarn", "warns", "mute", "unmute", "ban", "unban", "kick", "del")


async def _mistyped(context: BotContext, message: Message, user_id: int) -> bool:
    """A moderator's command word one slip away from ours ("/wanr"): a hint, and both leave the
    group after a while. Anyone else's unknown command is their own business."""
    text = message.text or ""
    if not text.startswith("/"):
        return False
    word = text[1:].split(maxsplit=1)[0].split("@", 1)[0].lower() if len(text) > 1 else ""
    if not word or word in _COMMAND_WORDS:
        return False
    close = difflib.get_close_matches(word, _COMMAND_WORDS, n=1, cutoff=0.7)
    sanctions = context.services.sanctions
    if not close or not await sanctions.may_moderate(message.chat_id, user_id):
        return False
    screens = group_screens(context)
    await _hint(context, message, screens.text("sanctions-typo", typed=word, command=close[0]))
    return True


def _is_report(message: Message) -> bool:
    command = (message.text or "").split(maxsplit=1)[0] if message.text else ""
    return command.split("@", 1)[0].casefold() == "/report"


async def count_message(update: Update, context: BotContext) -> None:
    """Every message in a community group is counted; one too many in the window mutes its
    sender for FLOOD_MUTE (never staff, nor the group's administrators)."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or message.sender_chat is not None:
        return
    services = context.services
    if chat.id not in services.settings.community_chat_ids:
        return
    if await _mistyped(context, message, user.id):
        return
    if _is_report(message):
        return  # reporting, even many times in a row, is never flooding (the bot deletes them)
    acted = await services.sanctions.message_seen(
        chat_id=chat.id, member_id=user.id, message_id=message.message_id
    )
    if acted is None or acted.verdict is not Verdict.DONE or acted.sanction is None:
        return
    screens = group_screens(context)
    span = span_text(screens, int(services.settings.flood_mute_span.total_seconds() // 60))
    text = screens.text("sanctions-flooded", name=user.first_name, span=span)
    await _say(context, chat.id, text, _undo_button(screens, acted, "mute"))
