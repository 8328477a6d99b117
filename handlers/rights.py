"""The member's rights: /mydata (a summary and a JSON file) and /deleteme (warning, confirmation,
erasure). Both work in any state, mid-conversation included."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from typing import Annotated, Any

from telegram import CallbackQuery, InlineKeyboardMarkup, InputFile, Update

from bot.core.i18n import Html
from handlers.common import edit_screen, reply, send
from handlers.group_moderation import own_sanctions
from handlers.guardian import local_date, own_data_lines
from handlers.hours import hours_summary
from handlers.kit.callback_data import CallbackData, Shape
from handlers.kit.context import BotContext
from handlers.kit.guards import button
from handlers.kit.person import Person
from handlers.my_reports import reports_made
from handlers.screens import Screen, Screens
from storage.broadcasts import ReceivedCopy
from storage.profiles import Profile


class Deletion(CallbackData, prefix="dm"):
    pass


class DeleteEverything(Deletion, tag="yes"):
    """Names the account's first contact: a button left from before a deletion and a new
    start cannot erase the new account."""

    stamp: Annotated[int, Shape(r"[0-9]{1,11}")]  # seconds: up to the year 5138


class KeepProfile(Deletion, tag="no"):
    pass


async def my_data(update: Update, context: BotContext, person: Person) -> None:
    services = context.services
    exported = await services.privacy.export(person.id)
    if exported is None:
        await _guardian_data(context, person)
        return
    profile = await services.onboarding.profile(person.id)
    if profile is not None and profile.first_name:
        summary = person.screens.card(profile, await services.consents.granted(person.id))
    elif await services.age_checks.waiting(person.id):
        summary = person.text("mydata-age-check")
    elif profile is not None and exported["guardian_consent"] is not None:
        summary = await _waiting_summary(context, person, profile, exported)
    else:
        summary = person.text("mydata-no-profile")
    sanctions = await services.sanctions.of_member(person.id)
    if sanctions:
        record = own_sanctions(
            person.screens, sanctions, services.settings.zone, services.clock.now()
        )
        summary = f"{summary}\n\n{record}"
    made = await reports_made(context, person)
    if made:
        summary = f"{summary}\n\n{made}"
    received = announcements_received(
        person.screens, await services.privacy.announcements(person.id)
    )
    if received:
        summary = f"{summary}\n\n{received}"
    hours = hours_summary(person.screens, exported["volunteer_hours"])
    if hours:
        summary = f"{summary}\n\n{hours}"
    await reply(context, person, "mydata-summary", card=Html(summary))
    document = json.dumps(exported, ensure_ascii=False, indent=2).encode()
    await context.bot.send_document(
        person.chat_id,
        InputFile(document, filename="generazione-changemaker-my-data.json"),
        caption=person.text("mydata-caption"),
    )


# Copies on their way (claimed, or waiting for quiet hours to end): neither arrived nor missed.
_COMING = {"pending", "sending", "held"}


def announcements_received(screens: Screens, copies: list[ReceivedCopy]) -> str:
    """How many announcements reached them, and how many did not and why (one row is kept
    per copy, so it is part of what we know); nothing when there were none."""
    if not copies:
        return ""
    sent = sum(1 for copy in copies if copy.state == "sent")
    lines = [screens.text("mydata-announcements", sent=sent)]
    missed = Counter(c.state for c in copies if c.state != "sent" and c.state not in _COMING)
    if missed:
        why = "; ".join(
            screens.text(f"mydata-copy-{state.replace('_', '-')}", count=count)
            for state, count in sorted(missed.items())
        )
        lines.append(screens.text("mydata-announcements-missed", why=why))
    coming = sum(1 for copy in copies if copy.state in _COMING)
    if coming:
        lines.append(screens.text("mydata-announcements-coming", coming=coming))
    return "\n".join(lines)


async def _waiting_summary(
    context: BotContext, person: Person, profile: Profile, exported: dict[str, Any]
) -> str:
    """A child waiting for (or paused after) a guardian's consent: what the file holds, line by
    line (rule 10), not "only your id"."""
    request = await context.services.guardians.request_of(person.id)
    assert request is not None
    screens = person.screens
    lines = [
        screens.text(
            "mydata-waiting",
            born=screens.born(profile),
            code=request.reference_code,
            status=screens.text(f"guardian-own-status-{request.shown_status}"),
        )
    ]
    if request.guardian_name:
        lines.append(screens.text("mydata-waiting-guardian", name=request.guardian_name))
    if exported["consent_history"]:
        lines.append(screens.text("mydata-waiting-history", count=len(exported["consent_history"])))
    if exported["age_check"]:
        lines.append(screens.text("mydata-waiting-age"))
    if request.erase_at is not None:
        until = local_date(context, screens, request.erase_at)
        lines.append(screens.text("guardian-status-erasing", until=until))
    return "\n".join(lines)


async def _as_guardian(context: BotContext, person: Person, command: str) -> list[dict[str, Any]]:
    """Someone with no profile who answered a child's request: what that request holds about
    them (their own data), said under `command`'s text; or that nothing is held."""
    held = await context.services.privacy.export_as_guardian(person.id)
    if not held:
        await reply(context, person, f"{command}-nothing")
    else:
        lines = await own_data_lines(context, person, held)
        await reply(context, person, f"{command}-guardian", lines=Html(lines))
    return held


async def _guardian_data(context: BotContext, person: Person) -> None:
    held = await _as_guardian(context, person, "mydata")
    if not held:
        return
    document = json.dumps({"as_guardian": held}, ensure_ascii=False, indent=2).encode()
    await context.bot.send_document(
        person.chat_id,
        InputFile(document, filename="generazione-changemaker-my-data.json"),
        caption=person.text("mydata-caption"),
    )


async def delete_me(update: Update, context: BotContext, person: Person) -> None:
    member = await context.services.members.get(person.id)
    if member is None:
        await _as_guardian(context, person, "deleteme")
        return
    stamp = int(member.created_at.timestamp())
    keyboard = InlineKeyboardMarkup(
        [
            [DeleteEverything(stamp).button(person.text("deleteme-confirm"))],
            [KeepProfile().button(person.text("deleteme-keep"))],
        ]
    )
    hours = 0  # no volunteer hours are recorded yet
    # Every application goes, whatever its state (waiting, accepted, an invitation...).
    applications = len(await context.services.applications.applications_of(person.id))
    warning = person.text("deleteme-warning", hours=hours, applications=applications)
    await send(context, person, Screen(await _with_what_stays(context, person, warning), keyboard))


async def _with_what_stays(context: BotContext, person: Person, text: str) -> str:
    """`text`, and what an erasure keeps (rule 11), if anything: said before and after."""
    stays = await context.services.privacy.what_stays(person.id)
    return text if stays is None else text + "\n\n" + person.text("deleteme-stays", what=stays)


@button(Deletion)
async def delete_button(
    query: CallbackQuery, context: BotContext, person: Person, data: Deletion
) -> None:
    if not isinstance(data, DeleteEverything):
        await query.answer()
        await edit_screen(query, Screen(person.text("deleteme-kept")))
        return
    created_at = datetime.fromtimestamp(data.stamp, UTC)
    # Read before the erasure: afterwards the reports no longer say they were theirs.
    done = await _with_what_stays(context, person, "")
    erased = await context.services.privacy.erase(person.id, created_at)
    # A statement's name waiting for her ✅, should one be: in memory only, gone with the rest.
    context.services.statement_holds.drop(person.id)
    if not erased:
        await query.answer(person.text("deleteme-already"), show_alert=True)
        return
    await context.services.event_answers.recover()  # their seats go to those waiting
    await query.answer()
    remembered = await context.services.age_checks.remembers(person.id)
    key = "deleteme-done-age-kept" if remembered else "deleteme-done"
    await edit_screen(query, Screen(person.text(key) + done))
