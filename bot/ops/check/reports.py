"""The Reports section: does a member's report reach anyone? Report cards go in private to the
safeguarding leads (SAFEGUARDING_IDS; the admins, ADMIN_IDS, when it is empty) and to the
moderators' chat (MOD_CHAT_ID), as bot/services/reports.py sends them. Telegram lets the bot
write in private only to someone who started it: the database says who did."""

from __future__ import annotations

import sqlite3

from bot.core.settings import Settings
from bot.ops.check.report import Finding, Mark, fix, good, note
from storage.inspection import open_private_chats

NEEDED = ("safeguarding_ids", "admin_ids", "mod_chat_id", "database_path")


def check_reports(settings: Settings, moderators_chat: Mark | None) -> list[Finding]:
    """`moderators_chat`: the mark the Community chats section gave MOD_CHAT_ID (None: not
    looked at, or not set)."""
    leads = settings.safeguarding_ids or settings.admin_ids
    who = "safeguarding leads" if settings.safeguarding_ids else "admins (no SAFEGUARDING_IDS)"
    database = settings.database_path
    try:
        started = open_private_chats(database, leads) if database.exists() else frozenset()
    except sqlite3.Error:
        return [note("who started the bot is not known: the database cannot be read (above)")]
    chat_set = settings.mod_chat_id is not None
    if not started and not (chat_set and moderators_chat is not Mark.FIX):
        return [_nobody(settings, leads)]
    found: list[Finding] = []
    if started:
        found.append(good(f"report cards reach {len(started)} of the {who} in private"))
    if waiting := sorted(leads - started):
        found.append(
            note(
                f"{_ids(waiting)} never started the bot, or blocked it: report cards cannot "
                f"reach {'them' if len(waiting) > 1 else 'this person'} in private; each sends "
                "/start to the bot once"
            )
        )
    if chat_set:
        looked = "" if moderators_chat is not None else " (the chat itself was not checked)"
        found.append(good(f"report cards also go to the moderators' chat (MOD_CHAT_ID){looked}"))
    return found


def _nobody(settings: Settings, leads: frozenset[int]) -> Finding:
    if settings.mod_chat_id is None:
        chat = "MOD_CHAT_ID is empty"
    else:
        chat = "the bot cannot post in the moderators' chat (see Community chats)"
    if not leads:
        people = "SAFEGUARDING_IDS and ADMIN_IDS are empty"
    else:
        named = "SAFEGUARDING_IDS" if settings.safeguarding_ids else "ADMIN_IDS"
        people = f"nobody in {named} ({_ids(sorted(leads))}) has started the bot"
    return fix(
        f"reports reach nobody yet: {chat}, and {people} (a report would wait unseen in "
        "/reports); set SAFEGUARDING_IDS to the safeguarding leads' Telegram user ids and "
        "MOD_CHAT_ID to the moderators' group, start the bot, then each lead and admin sends "
        "/start to it once; run the check again"
    )


def _ids(ids: list[int]) -> str:
    return ", ".join(str(telegram_id) for telegram_id in ids)
