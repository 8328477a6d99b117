"""Two of Emma's meetings that have ended, so attendance can be tried at once: the garden
meeting two days ago (Luca and three others said Going, Francesca Maybe), whose "who came?"
note reaches Emma when the sandbox starts, and the harvest nine days ago, already marked (Luca
has three hours). Answers to past events are stored as they were given then."""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

from bot.sandbox.demo_events import DemoEvent, _new_event
from bot.sandbox.people import COORDINATOR
from bot.wiring import Services

MEETING = DemoEvent(
    "riunione-orti",
    "Riunione di Orti in Barriera",
    "Facciamo il punto sulle aiuole e decidiamo i turni di febbraio.",
    days_ahead=-2,
    at=time(18, 0),
    minutes=120,
    place="Orti in Barriera, via Cigna 96, Torino",
    seats=None,
    project="orti",
    going=("luca", "tommaso", "andrea", "elena"),
    maybe=("francesca",),
)
HARVEST = replace(
    MEETING,
    key="raccolta",
    title="Raccolta nell'orto",
    description="Raccogliamo le ultime verze e sistemiamo il compost.",
    days_ahead=-9,
    at=time(10, 0),
    minutes=180,
    going=("luca", "tommaso"),
    maybe=(),
)


async def seed_attendance(
    services: Services, members: dict[str, int], projects: dict[str, int]
) -> None:
    for demo in (MEETING, HARVEST):
        new = _new_event(services, demo, projects)
        event_id = await services.events.create(COORDINATOR.user_id, new)
        answered = new.starts_at - timedelta(days=1)
        for key in demo.going:
            await services.events.repository.going(event_id, members[key], answered)
        for key in demo.maybe:
            await services.events.repository.answer_without_seat(
                event_id, members[key], "maybe", answered
            )
        if demo is HARVEST:
            await services.attendance.mark_all(COORDINATOR.user_id, event_id)
