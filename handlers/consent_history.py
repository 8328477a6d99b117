"""A member's consent history as a moderator reads it (rule 3), oldest first, one line per
thing that happened: the guardian's first choices sit on the line of the consent they came
with ("chose: ✅ reminders · ⬜ visible"), not as changes; a revocation's switching off goes
with the revocation. Moderators are named (only moderators and admins read this)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.core.i18n import Html
from handlers.screens import Screens
from storage.consent_history import ConsentEvent

HISTORY_LINES = 12
# The purposes a consent sets are written a moment before or after the consent itself.
SAME_MOMENT = timedelta(seconds=10)


def grouped(events: list[ConsentEvent]) -> list[tuple[ConsentEvent, list[ConsentEvent]]]:
    """Each event that is not a lone change, with the purpose changes written just before it
    as part of it (a consent sets its choices, a revocation switches them off, then the event
    itself is written); a change made on its own (a guardian later, a member in /settings)
    stands alone."""
    groups: list[tuple[ConsentEvent, list[ConsentEvent]]] = []
    waiting: list[ConsentEvent] = []
    for event in events:
        if event.event == "changed":
            waiting.append(event)
            continue
        part_of = [
            change
            for change in waiting
            if change.actor_role == "guardian" and event.at - change.at <= SAME_MOMENT
        ]
        groups.extend((change, []) for change in waiting if change not in part_of)
        groups.append((event, part_of))
        waiting = []
    groups.extend((change, []) for change in waiting)
    return groups


def history_lines(
    screens: Screens, events: list[ConsentEvent], names: dict[int, str], zone: ZoneInfo
) -> Html:
    lines = []
    for event, changes in grouped(events)[-HISTORY_LINES:]:
        when = event.at.astimezone(zone)
        lines.append(
            screens.text(
                "history-line",
                when=f"{screens.calendar_day(when.date())} {when:%H:%M}",
                what=_what(screens, event, changes),
                who=_who(screens, event, names),
                how=screens.text(f"history-via-{event.method}"),
            )
        )
    return Html("\n".join(lines) or screens.text("history-none"))


def _state(screens: Screens, event: ConsentEvent) -> str:
    mark = screens.text("history-on" if event.granted else "history-off")
    return f"{mark} {screens.text(f'purpose-{event.purpose}')}"


def _what(screens: Screens, event: ConsentEvent, changes: list[ConsentEvent]) -> str:
    if event.event == "changed":
        return f"{screens.text('history-changed')} {_state(screens, event)}"
    what = screens.text(f"history-{event.event}")
    if event.event == "given" and changes:
        chose = " · ".join(_state(screens, change) for change in changes)
        what = screens.text("desk-history-chose", what=what, choices=chose)
    elif event.event == "given":
        # Only changes are written: a consent without any kept every choice as it was.
        what = screens.text("desk-history-same", what=what)
    return what


def _who(screens: Screens, event: ConsentEvent, names: dict[int, str]) -> str:
    if event.actor_role == "moderator" and event.actor_id in names:
        return names[event.actor_id]
    return screens.text(f"history-by-{event.actor_role}")
