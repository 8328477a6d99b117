"""The sandbox's demo world: seeded through the real services into a fresh database, with the
settings the sandbox uses, then seen through the fake Telegram server as a tester would."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from telegram_test_server import ApiSpec, FakeTelegram, FakeUser
from telegram_test_server.groups import FakeGroup
from telegram_test_server.models import BotMessage

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.sandbox import people
from bot.sandbox.demo import seed_demo
from bot.sandbox.demo_members import born_aged
from bot.wiring import Services
from storage.db import Database
from tests.conftest import TEST_TOKEN
from tests.support.harness import ErrorCollector, RunningBot, running_bot
from tests.test_guardian import open_as_guardian
from tests.test_onboarding_flow import say, tap, tick, to_birth

# A Thursday morning in Turin (10:30 local): "tomorrow at 18:00" is more than a day away.
START = datetime(2026, 3, 12, 9, 30, tzinfo=UTC)


def demo_settings(make_settings: Callable[..., Settings], server: FakeTelegram) -> Settings:
    """As the sandbox builds them."""
    return make_settings(
        TELEGRAM_API_URL=server.api_url,
        ADMIN_IDS=str(people.ADMIN.user_id),
        SAFEGUARDING_IDS=str(people.MODERATOR.user_id),
        COMMUNITY_CHAT_IDS=str(people.COMMUNITY.chat_id),
        MOD_CHAT_ID=str(people.MODERATORS_CHAT.chat_id),
    )


def register_people(server: FakeTelegram) -> dict[str, FakeUser]:
    """Everyone of the demo on the test server, as the sandbox registers them."""
    users = {}
    for person in people.EVERYONE:
        user = server.add_user(person.first_name, person.language, user_id=person.user_id)
        user.started = True
        user.blocked = person.blocked
        users[person.key] = user
    for chat in (people.COMMUNITY, people.MODERATORS_CHAT):
        group = FakeGroup(server.state, chat.chat_id, chat.title)
        server.state.groups[chat.chat_id] = group
    return users


async def answer_to(user: FakeUser, text: str) -> BotMessage:
    """The bot's first message after `text`, whatever the demo sent this person before."""
    seen = len(user.all_messages)
    await user.send(text)
    await user.wait_until(lambda u: len(u.all_messages) > seen)
    return user.all_messages[seen]


async def press(user: FakeUser, label: str, message: BotMessage) -> BotMessage:
    """Press `label` on `message` and return that message once the bot has answered the press
    (and redrawn it in place)."""
    answered = len(user.callback_answers)
    await user.press(label, message=message)
    await user.wait_until(lambda u: len(u.callback_answers) > answered)
    return next(m for m in user.messages if m.message_id == message.message_id)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def demo(
    server: FakeTelegram,
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    bot_errors: ErrorCollector,
) -> AsyncIterator[tuple[RunningBot, dict[str, FakeUser], float]]:
    users = register_people(server)
    async with running_bot(server, demo_settings(make_settings, server), clock) as bot:
        began = time.perf_counter()
        await seed_demo(bot.services, clock)
        took = time.perf_counter() - began
        # Marco's announcement goes out in the background: done before the tester types.
        await users["marco"].wait_until(
            lambda u: any(text_of(m).startswith("✅ Annuncio n. 1 inviato") for m in u.messages)
        )
        yield bot, users, took
    assert bot_errors.records == [], bot_errors.describe()


Demo = tuple[RunningBot, dict[str, FakeUser], float]


# What the world is made of, read back to compare two seedings (ids, answers, times, tasks).
WORLD = (
    "SELECT * FROM profiles ORDER BY member_id",
    "SELECT member_id, purpose, granted, given_by, decided_at FROM consents"
    " ORDER BY member_id, purpose",
    "SELECT * FROM projects ORDER BY id",
    "SELECT * FROM applications ORDER BY id",
    "SELECT * FROM events ORDER BY id",
    "SELECT * FROM rsvps ORDER BY event_id, member_id",
    "SELECT kind, due_at, dedupe_key FROM tasks ORDER BY id",
)


async def world_of(db: Database) -> list[list[tuple[object, ...]]]:
    return [[tuple(row) for row in await db.fetch_all(sql)] for sql in WORLD]


async def test_the_same_clock_makes_the_same_world(
    demo: Demo,
    api_spec: ApiSpec,
    tmp_path: Path,
    make_settings: Callable[..., Settings],
) -> None:
    """Seeded again in another database, at the same moment: the same rows; and seeding a
    database that has the world already adds nothing."""
    bot, _, took = demo
    first = await world_of(bot.services.db)
    async with FakeTelegram(token=TEST_TOKEN, spec=api_spec) as other:
        register_people(other)
        settings = demo_settings(make_settings, other)
        settings = settings.model_copy(update={"database_path": tmp_path / "again.sqlite3"})
        async with running_bot(other, settings, FakeClock(START)) as again:
            await seed_demo(again.services, again.clock)
            assert await world_of(again.services.db) == first
            await seed_demo(again.services, again.clock)
            assert await world_of(again.services.db) == first
    # Not a test of speed (the machine is shared): the figure the README quotes.
    print(f"\nthe demo world was seeded in {took:.2f} s")


async def test_luca_finds_projects_that_match_him_with_the_reasons(demo: Demo) -> None:
    _, users, _ = demo
    shown = text_of(await answer_to(users["luca"], "/projects"))
    assert shown.startswith("🔎 Projects for you")
    assert "1. Mappa dei rifiuti lungo il Po — 📍 remote" in shown
    assert "✨ you share: Climate, Digital for good, Coding · remote · In the evening" in shown
    assert "✨ you share: Education, Foreign languages · Torino" in shown
    assert "Cucina solidale" not in shown  # a draft


async def test_emma_runs_her_projects_and_has_applications_to_answer(demo: Demo) -> None:
    _, users, _ = demo
    shown = await answer_to(users["emma"], "/myprojects")
    assert shown.labels == [
        "Orti condivisi a Barriera · aperto",
        "Doposcuola al Valdocco · aperto",
        "Radio Gen C · aperto",
        "Mappa dei rifiuti lungo il Po · aperto",
        "Sport per tutti a Moncalieri · aperto",
        "Cucina solidale · bozza",
        "⏳ 2 candidature in attesa",
        "🚀 Pubblica tutte le bozze (1)",
    ]
    cards = [
        m.text or "" for m in users["emma"].all_messages if "Nuova candidatura" in (m.text or "")
    ]
    assert len(cards) == 7  # five she accepted, two waiting for her
    assert any("Chiara · 16–17 anni" in card for card in cards)


async def test_the_events_wait_with_answers_and_one_seat_left(demo: Demo) -> None:
    _, users, _ = demo
    shown = text_of(await answer_to(users["luca"], "/events"))
    assert "1. Aperitivo di benvenuto · Fri 13 Mar 18:00" in shown
    assert "2. Laboratorio di serigrafia · Sun 15 Mar 17:30" in shown
    assert "👥 1 left" in shown
    assert "3. Pulizia del Parco Dora · Thu 19 Mar 10:00" in shown


async def test_going_now_brings_the_reminder_an_hour_before(demo: Demo) -> None:
    """The tester says Going to tomorrow's aperitivo, moves the clock to an hour before it
    (the sandbox's /wait), and is reminded once, of the hour left."""
    bot, users, _ = demo
    luca = users["luca"]
    listing = await answer_to(luca, "/events")
    await press(luca, "✅ Going", listing)
    bot.clock.set(datetime(2026, 3, 13, 16, 0, tzinfo=UTC))  # 17:00 in Turin
    before = len(luca.all_messages)
    await bot.run_due_tasks()
    await luca.wait_until(
        lambda u: any("Starts in" in (m.text or "") for m in u.all_messages[before:])
    )
    reminders = [m.text or "" for m in luca.all_messages if "Starts in" in (m.text or "")]
    assert len(reminders) == 1, reminders
    assert reminders[0].startswith("⏰ Starts in one hour!"), reminders[0]
    assert "Aperitivo di benvenuto" in reminders[0]


async def test_the_last_seat_of_the_workshop_then_the_waitlist(demo: Demo) -> None:
    _, users, _ = demo
    # Luca takes the last seat; Omar, after him, finds the workshop full.
    for name, label in (("luca", "✅ Going"), ("omar", "⏳ Waitlist")):
        details = await press(users[name], "ℹ️ 2", await answer_to(users[name], "/events"))
        assert "Laboratorio di serigrafia" in text_of(details)
        await press(users[name], label, details)
    events = demo[0].services.events
    workshop = await events.get(3)  # Emma's third event
    assert workshop is not None
    assert workshop.title == "Laboratorio di serigrafia"
    luca = await events.rsvp(users["luca"].id, workshop.id)
    omar = await events.rsvp(users["omar"].id, workshop.id)
    assert (luca.answer if luca else None, omar.answer if omar else None) == ("going", "waitlist")


async def test_the_moderators_find_reports_an_announcement_and_the_log(demo: Demo) -> None:
    _, users, _ = demo
    marco = users["marco"]
    reports = text_of(await answer_to(marco, "/reports"))
    assert "Segnalazioni: 1 aperta su 2" in reports
    history = text_of(await answer_to(marco, "/broadcasts"))
    assert "n. 1 · 12/03 · «Ciao a tutti! Gen C apre cinque nuovi progetti: orti…»" in history
    log = text_of(await answer_to(marco, "/modlog"))
    assert "Marco Bianchi ha gestito la segnalazione n. 1" in log
    staff = text_of(await answer_to(users["paola"], "/staff"))
    assert "• Emma Ferrero — coordinamento\n↳ invito di Paola · conferma di Paola" in staff
    threads = await answer_to(marco, "/projectlog Orti")
    project_log = text_of(await press(marco, "👥 tutti i partecipanti (1)", threads))
    assert "Emma Ferrero: Ciao a tutti! Sabato ci vediamo alle 9:30" in project_log
    club = text_of(await answer_to(marco, "/projectlog Doposcuola"))
    assert "🙋 Beatrice · 1 messaggio · ultimo " in club


async def test_giulia_finds_projects_for_13_year_olds_once_her_mother_consents(
    demo: Demo,
) -> None:
    """Giulia (13) starts in English, forwards the link to Anna, who consents with matching
    on; after the onboarding, /projects has projects that take 13-year-olds."""
    bot, users, _ = demo
    giulia, anna = users["giulia"], users["anna"]
    await to_birth(giulia, "en")
    born = born_aged(13, bot.clock.now().date())
    await giulia.send(f"{born.month:02d}/{born.year}")
    await giulia.next_reply()  # why a parent is needed
    invite = await giulia.next_reply()
    card = await open_as_guardian(anna, invite, "Anna Conti")
    await tick(anna, "⬜ Visibile ai progetti", card)
    await anna.press("✅ Do il consenso", message=card)
    while not text_of(await giulia.next_reply()).startswith("🎉 Your parent gave the OK!"):
        pass  # "your parent opened the link" came first
    name = await say(giulia, "/start")
    causes = await tap(giulia, "Torino", message=await tap(giulia, "Use “Giulia”", message=name))
    await tick(giulia, "🌍 Climate", causes)
    days = await tap(giulia, "Skip ➡️", message=await tap(giulia, "✅ Done", message=causes))
    await tick(giulia, "At weekends", days)
    summary = await tap(giulia, "1–2 hours", message=await tap(giulia, "✅ Done", message=days))
    await tap(giulia, "✅ All correct", message=summary)
    shown = text_of(await say(giulia, "/projects"))
    assert "Orti condivisi a Barriera" in shown, shown
    assert "Radio Gen C" in shown
    assert "Doposcuola al Valdocco" not in shown  # from 16


async def test_seeded_before_the_application_runs_the_announcement_still_goes(
    server: FakeTelegram,
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    bot_errors: ErrorCollector,
) -> None:
    """The sandbox seeds between post_init and the start: copies wait for the start."""
    users = register_people(server)

    async def seed(services: Services) -> None:
        await seed_demo(services, clock)

    settings = demo_settings(make_settings, server)
    async with running_bot(server, settings, clock, before_start=seed) as bot:
        await bot.run_due_tasks()
        await users["luca"].wait_until(
            lambda u: any("Gen C apre cinque nuovi progetti" in text_of(m) for m in u.messages)
        )
    assert bot_errors.records == [], bot_errors.describe()


def text_of(message: BotMessage) -> str:
    return message.text or ""


async def test_the_weekly_meeting_shows_once_with_how_it_repeats(demo: Demo) -> None:
    _, users, _ = demo
    shown = text_of(await answer_to(users["luca"], "/events"))
    assert shown.count("Riunione settimanale") == 1, shown
    assert "4. Riunione settimanale · Thu 19 Mar 18:30" in shown
    assert "🔁 every Thursday · 14 dates" in shown
