"""What each audited action is called when moderators read the log: one phrase per action name,
and a safe generic phrase for any action this version does not know yet (never a raw key)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Every action the bot audits today. A new `audit.record(...)` needs its name here and a phrase
# `modlog-do-<name with "." as "-">` in both languages (tests/test_modlog.py checks the code).
KNOWN_ACTIONS = frozenset(
    {
        "age_check.accepted",
        "age_check.kept_first",
        "application.sent",
        "application.accepted",
        "application.declined",
        "application.withdrawn",
        "application.left",
        "application.invite_declined",
        "invitation.sent",
        "invitation.accepted",
        "project.participants_exported",
        "event.attendees_exported",
        "project.created",
        "project.edited",
        "project.cocoordinator_added",
        "project.cocoordinator_removed",
        "project.stepped_down",
        "project.taken_on",
        "project.open",
        "project.paused",
        "project.closed",
        "project.message_sent",
        "project.log_read",
        "project.thread_read",
        "project.reply_sent",
        "projects.imported",
        "event.created",
        "event.updated",
        "event.cancelled",
        "event.attendees_viewed",
        "attendance.marked",
        "attendance.unmarked",
        "attendance.hours_set",
        "attendance.exported",
        "attendance.searched",
        "contacts.held",
        "contacts.held_to_minor",
        "guardian_consent.given",
        "guardian_consent.paper",
        "guardian_consent.verified",
        "guardian_consent.revoked",
        "guardian_consent.changed",
        "guardian_consent.withdrawn",
        "consent_history.viewed",
        "member.erased_self",
        "member.viewed",
        "staff.invited",
        "staff.joined",
        "staff.rejected",
        "staff.demoted",
        "sanction.warn",
        "sanction.mute",
        "sanction.ban",
        "sanction.kick",
        "sanction.unwarn",
        "sanction.unmute",
        "sanction.unban",
        "sanction.lifted.warn",
        "sanction.lifted.mute",
        "sanction.lifted.ban",
        "sanction.lifted.kick",
        "sanction.refused",
        "message.deleted",
        "report.filed",
        "report.handled",
        "report.joined",
        "report.unchanged",
        "report.message",
        "report.reply",
        "appeal.made",
        "appeal.upheld",
        "appeal.lifted",
        "appeal.closed",
        "appeal.lift_failed",
        "groups.held",
        "groups.released",
        "groups.contacts_removed",
        "groups.adult_asked",
        "stats_viewed",
        "export_made",
        "broadcast.not_reached_read",
        "broadcast.stopped",
        "broadcast.submitted",
        "broadcast.sent",
        "broadcast.scheduled",
        "broadcast.approved",
        "broadcast.rejected",
        "broadcast.edited",
        "broadcast.rescheduled",
        "broadcast.unscheduled",
        "broadcast.held_contacts",
        "statement.issued",
        "statement.verified",
    }
)
GENERIC = "modlog-do-other"
# The details a log line shows, in this order; anything else in an entry's details stays unseen
# (it may be an id, or a field a later version adds).
SHOWN_DETAILS = (
    "role",
    "project",
    "event",
    "count",
    "unsent",
    "kinds",
    "words",
    "change",
    "reason",
    "until",
    "duration",
    "source",
    "attempted",
)
# Details a phrase itself says ("ignored report no. 3"): the number of the report or appeal an
# entry is about (they are numbered for staff, not people), and a report's outcome.
NUMBERED = ("report", "appeal", "broadcast")
MAX_DETAIL = 80  # characters of one free-text detail (a reason) on a log line


def phrase_key(action: str) -> str:
    """The locale key of an action's phrase; the generic one for actions not known here."""
    if action not in KNOWN_ACTIONS:
        return GENERIC
    return "modlog-do-" + action.replace(".", "-")


def shown_details(details: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The known details of an entry as (field, short text), in a fixed order."""
    shown = []
    for name in SHOWN_DETAILS:
        value = details.get(name)
        if value is None or value == "" or value == []:
            continue
        text = ", ".join(str(item) for item in value) if isinstance(value, list) else str(value)
        shown.append((name, _short(text)))
    return shown


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_DETAIL else flat[: MAX_DETAIL - 1] + "…"


def phrase_facts(details: Mapping[str, Any]) -> dict[str, str]:
    """What an action's phrase names besides who and whom: `number`, `outcome` (empty when the
    entry has none, so every phrase can be given both)."""
    number = next((details[name] for name in NUMBERED if isinstance(details.get(name), int)), "")
    outcome = details.get("outcome")
    return {"number": str(number), "outcome": outcome if isinstance(outcome, str) else ""}
