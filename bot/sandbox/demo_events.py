"""Emma's events and who answered them: a welcome aperitivo tomorrow at 18:00 (its reminders,
a day and an hour before, can be seen with /wait), a clean-up next week, and a workshop with one
seat left, so the second tester to say Going sees the waitlist. Times are local (TIMEZONE)
and relative to the sandbox's clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from bot.sandbox.people import COORDINATOR
from bot.wiring import Services
from storage.events import NewEvent

REMINDERS = (24 * 60, 60)  # a day and an hour before, the default REMINDER_OFFSETS


@dataclass(frozen=True)
class DemoEvent:
    key: str
    title: str
    description: str
    days_ahead: int
    at: time  # local time
    minutes: int
    place: str
    seats: int | None
    project: str | None = None  # the key of the project it belongs to
    going: tuple[str, ...] = ()
    maybe: tuple[str, ...] = ()
    not_going: tuple[str, ...] = ()


EVENTS: tuple[DemoEvent, ...] = (
    DemoEvent(
        "aperitivo",
        "Aperitivo di benvenuto",
        "Per conoscerci: chi è arrivato da poco, chi c'è da anni, chi vuole solo curiosare."
        " Succhi, focaccia e due parole sui nuovi progetti.",
        days_ahead=1,
        at=time(18, 0),
        minutes=120,
        place="Cascina Roccafranca, via Rubino 45, Torino",
        seats=40,
        going=("chiara", "matteo", "elena", "noemi", "alessandro"),
        maybe=("omar", "riccardo"),
    ),
    DemoEvent(
        "parco",
        "Pulizia del Parco Dora",
        "Una mattina insieme per ripulire le sponde della Dora. Guanti, sacchi e pinze li"
        " portiamo noi; voi scarpe comode.",
        days_ahead=7,
        at=time(10, 0),
        minutes=180,
        place="Parco Dora, ingresso da via Borgaro, Torino",
        seats=None,
        project="orti",
        going=("tommaso", "andrea", "elena"),
        maybe=("francesca",),
        not_going=("valentina",),
    ),
    DemoEvent(
        "serigrafia",
        "Laboratorio di serigrafia",
        "Stampiamo a mano le magliette di Gen C con un artista del quartiere. Pochi posti:"
        " i telai sono sei.",
        days_ahead=3,
        at=time(17, 30),
        minutes=120,
        place="Laboratorio Barriera, via Baltea 3, Torino",
        seats=6,
        going=("francesca", "davide", "beatrice", "chiara", "riccardo"),
    ),
)


async def seed_events(
    services: Services, members: dict[str, int], projects: dict[str, int]
) -> dict[str, int]:
    """The events by key, with their answers."""
    ids: dict[str, int] = {}
    for demo in EVENTS:
        event_id = await services.events.create(
            COORDINATOR.user_id, _new_event(services, demo, projects)
        )
        ids[demo.key] = event_id
        answers = (("going", demo.going), ("maybe", demo.maybe), ("no", demo.not_going))
        for answer, keys in answers:
            for key in keys:
                answered = await services.event_answers.answer(members[key], event_id, answer)
                if answered.refusal is not None:
                    raise RuntimeError(f"{key} could not answer {demo.key}: {answered.refusal}")
    return ids


def _new_event(services: Services, demo: DemoEvent, projects: dict[str, int]) -> NewEvent:
    zone = services.settings.zone
    today = services.clock.now().astimezone(zone).date()
    starts = datetime.combine(today + timedelta(days=demo.days_ahead), demo.at, tzinfo=zone)
    return NewEvent(
        title=demo.title,
        description=demo.description,
        starts_at=starts,
        duration_minutes=demo.minutes,
        place=demo.place,
        link=None,
        capacity=demo.seats,
        project_id=projects[demo.project] if demo.project else None,
        min_age=None,
        max_age=None,
        reminder_minutes=REMINDERS,
    )
