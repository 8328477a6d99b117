"""The coordinator's desk, as a coordinator with many projects uses it: /myprojects counts what
waits, who is in and the places left; the applications waiting are one list, oldest first, from
/start, /help, /myprojects, a project and the 3-day reminder; all drafts are published in one go,
each with a way back; and every list of projects shows all of them, a page at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.projects import NewProject
from handlers.project_pages import button_title
from tests.support.harness import RunningBot
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, member, publish, show_interest
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def applied(bot: RunningBot, carla: FakeUser, name: str, born: str = "05/2004") -> None:
    """A member applies to the first project /projects shows them; Carla gets the card."""
    user = await member(bot, name, born, ("climate", "education"))
    await show_interest(user)
    await tap(user, "📨 Send without a message")
    await carla.next_reply()


async def test_waiting_applications_are_counted_and_answered_from_one_list(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    for name in ("Giulia", "Marco", "Sara"):
        await applied(bot, carla, name)

    listing = await say(carla, "/myprojects")
    text = listing.text or ""
    assert "1. Orti in Barriera · open\n   ⏳ 3 waiting · 👥 0 of 2 · 2 places left" in text
    assert "2. Doposcuola · draft\n   👥 0 of 4 · 4 places left" in text
    assert ["⏳ 3 applications waiting"] in listing.buttons

    card = await tap(carla, "Orti in Barriera · open", message=listing)
    assert "participants 0 of 2 · ⏳ 3 waiting" in (card.text or "")
    assert ["⏳ 3 applications waiting"] in card.buttons
    await carla.press("👥 Participants", message=card)  # in place, with the way back
    await carla.wait_until(lambda _: "no participants yet" in (card.text or ""))
    assert "3 applications are waiting for your answer" in (card.text or "")
    assert card.buttons == [["⏳ 3 applications waiting"], ["◀ Back to the project"]]
    await carla.press("◀ Back to the project", message=card)
    await carla.wait_until(lambda _: "participants 0 of 2 · ⏳ 3 waiting" in (card.text or ""))

    start = await say(carla, "/start")
    assert (start.text or "").startswith("⏳ 3 applications are waiting for your answer.")
    help_screen = await say(carla, "/help")
    assert (help_screen.text or "").startswith("⏳ 3 applications are waiting")
    first = await tap(carla, "⏳ Open the list", message=start)
    assert "Waiting · 1 of 3 (oldest first)" in (first.text or "")
    assert "👤 Giulia" in (first.text or "")
    assert first.buttons == [["✅ Accept", "✖️ Decline"], ["Next ▶"]]

    await carla.press("✅ Accept", message=first)
    told = await carla.next_reply()
    assert "Accepted!" in (told.text or "")
    await carla.wait_until(lambda _: first.buttons == [["▶ Next (2 waiting)"]])
    assert "Accepted by you" in (first.text or "")
    await carla.press("▶ Next (2 waiting)", message=first)  # the next card, in place
    await carla.wait_until(lambda _: "Waiting · 1 of 2" in (first.text or ""))
    second = first
    assert "👤 Marco" in (second.text or "")

    asked = await tap(carla, "✖️ Decline", message=second)
    assert "Want to explain briefly why?" in (asked.text or "")
    await carla.send("We need people free on weekdays")
    assert "declined" in ((await carla.next_reply()).text or "")
    third = await carla.next_reply()
    assert "Waiting · 1 of 1" in (third.text or "")
    assert "👤 Sara" in (third.text or "")

    # Sara withdraws before Carla answers: the press says so, and the list shows what is left.
    sara = next(u for u in bot.server.state.users.values() if u.first_name == "Sara")
    application = (await bot.services.applications.applications_of(sara.id))[0][0]
    await bot.services.applications.member_moves(sara.id, application.id, "withdrawn")
    assert "withdrew" in ((await carla.next_reply()).text or "")
    await carla.press("✅ Accept", message=third)
    await carla.wait_until(lambda _: third.edits == 1)
    assert "already been handled" in (third.text or "")
    assert "No applications waiting right now." in (third.text or "")
    assert third.buttons == []
    calm = await say(carla, "/start")
    assert "waiting" not in (calm.text or "")


async def test_a_double_tap_on_accept_decides_one_application_only(bot: RunningBot) -> None:
    """The walker's double tap: the second tap lands where Accept was. There the card now
    offers only "▶ Next", never the next applicant's Accept."""
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    for name in ("Giulia", "Marco"):
        await applied(bot, carla, name)
    card = await tap(carla, "⏳ Open the list", message=await say(carla, "/start"))
    assert "👤 Giulia" in (card.text or "")
    await carla.press_at(card, 0, 0)  # ✅ Accept
    await carla.next_reply()  # "Accepted!" and what Giulia was told
    await carla.wait_until(lambda _: card.edits == 1)
    newest = next(m for m in reversed(carla.messages) if m.buttons)
    assert newest is card
    assert card.buttons == [["▶ Next (1 waiting)"]]
    await carla.press_at(newest, 0, 0)  # the second tap, in the same place
    await carla.wait_until(lambda _: card.edits == 2)
    assert "👤 Marco" in (card.text or "")
    rows = await bot.services.db.fetch_all("SELECT status FROM applications ORDER BY id")
    assert [row["status"] for row in rows] == ["accepted", "applied"]


async def test_the_list_refuses_a_project_not_theirs(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    await applied(bot, carla, "Giulia")
    await applied(bot, carla, "Marco")
    await carla.wait_until(lambda _: card.button("⏳ 2 applications waiting") is None)
    page = await tap(carla, "⏳ Open the list", message=await say(carla, "/start"))
    otto = await join(bot, await invited(bot, admin, invitee="Otto Bianchi"), "Otto")
    # Another coordinator pressing Carla's buttons (a forged callback): nothing moves.
    await otto.press("✅ Accept", message=page)
    await otto.wait_until(lambda user: "isn't yours" in str(user.callback_answers))
    rows = await bot.services.db.fetch_all("SELECT status FROM applications")
    assert [row["status"] for row in rows] == ["applied", "applied"]
    orti = await tap(carla, "Orti in Barriera · open", message=await say(carla, "/myprojects"))
    project_list = await tap(carla, "⏳ 2 applications waiting", message=orti)
    await otto.press("Next ▶", message=project_list)
    await otto.wait_until(lambda user: str(user.callback_answers).count("isn't yours") == 2)
    assert not any("Giulia" in (m.text or "") for m in otto.messages)


async def test_publish_all_drafts_with_a_preview_and_a_way_back(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    marco = await join(bot, await invited(bot, admin, invitee="Marco Rossi"), "Marco")
    shared = [p for p in await bot.services.projects.projects_of(carla.id)]
    for project in shared[:2]:
        await bot.services.projects.repository.add_coordinators(project.id, [marco.id])
    listing = await say(carla, "/myprojects")
    preview = await tap(carla, "🚀 Publish all drafts (3)", message=listing)
    text = preview.text or ""
    assert text.startswith("🚀 Publish 3 drafts?")
    for title in ("Orti in Barriera", "Doposcuola", "Radio giovani"):
        assert f"• {title}" in text
    await carla.press("✅ Yes, publish 3 projects", message=preview)
    await carla.wait_until(lambda _: preview.edits == 1)
    assert (preview.text or "").startswith("🚀 Published 3 projects")
    statuses = {p.title: p.status for p in await bot.services.projects.projects_of(carla.id)}
    assert set(statuses.values()) == {"open"}
    told = await marco.next_reply()  # one message for the two they run together
    assert (told.text or "").startswith("🚀 Carla Rossi published 2 projects you run together:")

    assert preview.buttons == [["⏸️ Choose one to pause"]]  # one screen, whatever the count
    which = await tap(carla, "⏸️ Choose one to pause", message=preview)
    assert (which.text or "").startswith("⏸️ Which one to pause?")
    await carla.press("⏸️ Doposcuola", message=which)
    await carla.wait_until(lambda _: which.edits == 1)
    assert ["⏸️ Paused: Doposcuola"] in which.buttons
    await carla.press("⏸️ Paused: Doposcuola", message=which)  # pressed again: said, not stale
    await carla.wait_until(lambda u: '"Doposcuola" is paused now' in str(u.callback_answers))
    now = {p.title: p.status for p in await bot.services.projects.projects_of(carla.id)}
    assert now["Doposcuola"] == "paused"
    rows = await bot.services.db.fetch_all("SELECT action FROM audit_log")
    actions = [row["action"] for row in rows]
    assert actions.count("project.open") == 3  # each audited as a single publish
    assert actions.count("project.paused") == 1


async def test_publishing_seventeen_drafts_keeps_to_one_screen(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    more = [_project(f"Progetto numero {n}", bot=bot) for n in range(14)]
    await bot.services.projects.repository.create_many(more, carla.id, bot.clock.now())
    listing = await say(carla, "/myprojects")
    preview = await tap(carla, "🚀 Publish all drafts (17)", message=listing)
    await carla.press("✅ Yes, publish 17 projects", message=preview)
    await carla.wait_until(lambda _: preview.edits == 1)
    assert (preview.text or "").startswith("🚀 Published 17 projects")
    assert preview.buttons == [["⏸️ Choose one to pause"]]
    which = await tap(carla, "⏸️ Choose one to pause", message=preview)
    assert "page 1 of 2" in (which.text or "")
    assert len(which.buttons) == 11  # ten projects, then ◀ ▶
    await carla.press(which.buttons[-1][-1], message=which)
    await carla.wait_until(lambda _: "page 2 of 2" in (which.text or ""))
    assert len(which.buttons) == 8  # the other seven, then ◀


async def test_publishing_sixty_three_long_titled_drafts_fits_one_message(
    bot: RunningBot,
) -> None:
    """Telegram refuses a message past 4,096 characters: the preview, the result and what a
    colleague is told name the first twelve titles and count the rest."""
    admin, carla = await coordinator_with_projects(bot)
    marco = await join(bot, await invited(bot, admin, invitee="Marco Rossi"), "Marco")
    long = [
        _project((f"Progetto {n:02} di quartiere a Torino, " * 3)[:80], bot=bot) for n in range(60)
    ]
    await bot.services.projects.repository.create_many(long, carla.id, bot.clock.now())
    for project in await bot.services.projects.projects_of(carla.id):
        await bot.services.projects.repository.add_coordinators(project.id, [marco.id])
    listing = await say(carla, "/myprojects")
    preview = await tap(carla, "🚀 Publish all drafts (63)", message=listing)
    text = preview.text or ""
    assert text.startswith("🚀 Publish 63 drafts?")
    assert text.count("• ") == 12
    assert "…and 51 more projects: you'll find them all in /myprojects." in text
    await carla.press("✅ Yes, publish 63 projects", message=preview)
    await carla.wait_until(lambda _: preview.edits == 1)
    done = preview.text or ""
    assert done.startswith("🚀 Published 63 projects")
    assert done.count("• ") == 12
    assert "…and 51 more projects" in done
    statuses = {p.status for p in await bot.services.projects.projects_of(carla.id)}
    assert statuses == {"open"}
    told = await marco.next_reply()
    assert (told.text or "").startswith("🚀 Carla Rossi published 63 projects you run together:")
    assert "…and 51 more: you'll find them all in /myprojects." in (told.text or "")


async def test_publish_all_publishes_only_the_drafts_its_preview_showed(bot: RunningBot) -> None:
    """A draft that came after the preview (a second import, a colleague's) is never published
    unseen: the yes is refused with the preview as it is now."""
    _, carla = await coordinator_with_projects(bot)
    listing = await say(carla, "/myprojects")
    preview = await tap(carla, "🚀 Publish all drafts (3)", message=listing)
    late_comer = [_project("Arrivato dopo", bot=bot)]
    await bot.services.projects.repository.create_many(late_comer, carla.id, bot.clock.now())
    await carla.press("✅ Yes, publish 3 projects", message=preview)
    await carla.wait_until(lambda _: preview.edits == 1)
    text = preview.text or ""
    assert text.startswith("⚠️ The drafts changed since you opened this list")
    assert "I published nothing" in text
    assert "🚀 Publish 4 drafts?" in text
    assert "• Arrivato dopo" in text
    statuses = {p.status for p in await bot.services.projects.projects_of(carla.id)}
    assert statuses == {"draft"}
    rows = await bot.services.db.fetch_all("SELECT action FROM audit_log")
    assert "project.open" not in [row["action"] for row in rows]

    await carla.press("✅ Yes, publish 4 projects", message=preview)
    await carla.wait_until(lambda _: preview.edits == 2)
    assert (preview.text or "").startswith("🚀 Published 4 projects")


async def test_two_colleagues_publishing_at_once_publish_each_draft_once(
    bot: RunningBot,
) -> None:
    """Both confirm the same preview at the same moment: each draft goes out once, audited
    once; the one who came second is told nothing was left, not that he published them."""
    admin, carla = await coordinator_with_projects(bot)
    marco = await join(bot, await invited(bot, admin, invitee="Marco Rossi"), "Marco")
    projects = bot.services.projects
    for project in await projects.projects_of(carla.id):
        await projects.repository.add_coordinators(project.id, [marco.id])
    digest = (await projects.drafts_to_publish(carla.id)).digest
    assert (await projects.drafts_to_publish(marco.id)).digest == digest
    first, second = await asyncio.gather(
        projects.publish_all(carla.id, digest), projects.publish_all(marco.id, digest)
    )
    assert first is not None
    assert second is not None
    assert len(first.ready) + len(second.ready) == 3
    rows = await bot.services.db.fetch_all("SELECT action FROM audit_log")
    assert [row["action"] for row in rows].count("project.open") == 3

    # Pressed after a colleague published them all: told so, with the preview as it is now.
    await projects.repository.create_many([_project("Ancora", bot=bot)], carla.id, bot.clock.now())
    preview = await tap(carla, "🚀 Publish all drafts (1)", message=await say(carla, "/myprojects"))
    (ancora,) = [p for p in await projects.projects_of(carla.id) if p.title == "Ancora"]
    await projects.repository.add_coordinators(ancora.id, [marco.id])
    assert await projects.set_status(marco.id, ancora.id, "open") is not None
    await carla.press("✅ Yes, publish 1 project", message=preview)
    await carla.wait_until(lambda _: preview.edits == 1)
    assert (preview.text or "").startswith("⚠️ The drafts changed since you opened this list")
    assert "No drafts to publish." in (preview.text or "")


async def test_a_status_changes_only_from_the_statuses_it_may_change_from(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    projects = bot.services.projects
    draft = (await projects.projects_of(carla.id))[0]
    now = bot.clock.now()
    assert await projects.repository.set_status(draft.id, "open", now, only_from=["draft"])
    assert not await projects.repository.set_status(draft.id, "open", now, only_from=["draft"])


async def test_publish_all_names_the_drafts_it_cannot_publish(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    late = (await bot.services.projects.projects_of(carla.id))[0]
    await bot.services.projects.repository.update(
        late.id, _project(late.title, deadline_days=-1, bot=bot), [carla.id]
    )
    listing = await say(carla, "/myprojects")
    preview = await tap(carla, "🚀 Publish all drafts (3)", message=listing)
    text = preview.text or ""
    assert text.startswith("🚀 Publish 2 drafts?")
    assert f"their application deadline has passed (change it with ✏️ Edit):\n• {late.title}" in (
        text
    )
    await carla.press("✅ Yes, publish 2 projects", message=preview)
    await carla.wait_until(lambda _: preview.edits == 1)
    assert f"• {late.title}" in (preview.text or "")  # still named, not silently skipped
    still = {p.title: p.status for p in await bot.services.projects.projects_of(carla.id)}
    assert still[late.title] == "draft"


async def test_myprojects_puts_what_needs_attention_first(bot: RunningBot) -> None:
    """Waiting first, then open, paused, drafts, closed: twelve new drafts never push the
    project with an application waiting to page 2. A shared project is marked 🤝."""
    admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    await applied(bot, carla, "Giulia")
    projects = bot.services.projects
    by_title = {p.title: p.id for p in await projects.projects_of(carla.id)}
    await projects.set_status(carla.id, by_title["Radio giovani"], "open")
    await projects.set_status(carla.id, by_title["Radio giovani"], "paused")
    await projects.set_status(carla.id, by_title["Doposcuola"], "closed")
    marco = await join(bot, await invited(bot, admin, invitee="Marco Rossi"), "Marco")
    await projects.repository.add_coordinators(by_title["Orti in Barriera"], [marco.id])
    drafts = [_project(f"Bozza {n}", bot=bot) for n in range(12)]
    await projects.repository.create_many(drafts, carla.id, bot.clock.now() + timedelta(hours=1))

    listing = await say(carla, "/myprojects")
    text = listing.text or ""
    assert "1. Orti in Barriera · open 🤝\n   ⏳ 1 waiting" in text
    assert "2. Radio giovani · paused" in text
    assert "3. Bozza" in text
    assert "Doposcuola" not in text  # closed: last, on page 2
    assert "🤝 = you run it with other coordinators" in text
    assert listing.buttons[0] == ["Orti in Barriera · open"]
    assert listing.buttons[1] == ["Radio giovani · paused"]


async def test_the_project_screen_names_everyone_who_runs_it(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    assert "👥 Coordinators: Carla Rossi" in (card.text or "")
    marco = await join(bot, await invited(bot, admin, invitee="Marco Rossi"), "Marco")
    (orti,) = [
        p
        for p in await bot.services.projects.projects_of(carla.id)
        if p.title == "Orti in Barriera"
    ]
    await bot.services.projects.repository.add_coordinators(orti.id, [marco.id, ADMIN])
    again = await tap(carla, "Orti in Barriera · open", message=await say(carla, "/myprojects"))
    # An admin from ADMIN_IDS has no staff name: Telegram's first name, marked admin.
    assert "👥 Coordinators: Ada (admin), Carla Rossi, Marco Rossi" in (again.text or "")


async def test_participants_say_who_accepted_them(bot: RunningBot) -> None:
    from tests.test_cocoordination import shared_project

    carla, marco, _, _ = await shared_project(bot)
    await applied(bot, carla, "Giulia")
    card = await tap(carla, "⏳ Open the list", message=await say(carla, "/start"))
    await carla.press("✅ Accept", message=card)
    assert "Accepted!" in ((await carla.next_reply()).text or "")
    await carla.wait_until(lambda _: "Accepted by you" in (card.text or ""))

    await marco.send("/myprojects")  # his copy of Giulia's card came before
    await marco.wait_until(lambda u: any(m.button("Orti in Barriera · open") for m in u.messages))
    await marco.press("Orti in Barriera · open")
    await marco.wait_until(lambda u: u.messages[-1].button("👥 Participants") is not None)
    orti = marco.messages[-1]
    await marco.press("👥 Participants", message=orti)
    await marco.wait_until(lambda _: "one participant" in (orti.text or ""))
    assert "• Giulia — accepted by Carla Rossi" in (orti.text or "")
    assert orti.buttons == [["◀ Back to the project"]]
    mine = await tap(carla, "Orti in Barriera · open", message=await say(carla, "/myprojects"))
    await carla.press("👥 Participants", message=mine)
    await carla.wait_until(lambda _: "• Giulia — accepted by you" in (mine.text or ""))


async def test_a_hundred_and_forty_participants_are_shown_fifteen_a_page(
    bot: RunningBot,
) -> None:
    """Telegram refuses a message past 4,096 characters: a line a participant, 140 of them
    with long first names, would not fit; fifteen a page do, read in one query."""
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    orti = next(
        p
        for p in await bot.services.projects.projects_of(carla.id)
        if p.title == "Orti in Barriera"
    )
    db, now = bot.services.db, bot.clock.now().isoformat()
    await db.execute("UPDATE projects SET places = 200 WHERE id = ?", (orti.id,))
    for n in range(140):
        member_id = 900_000 + n
        await db.execute(
            "INSERT INTO members (telegram_id, created_at, last_seen_at) VALUES (?, ?, ?)",
            (member_id, now, now),
        )
        name = f"Maria Vittoria Benedetta {n:03}"
        await db.execute(
            "INSERT INTO profiles (member_id, first_name) VALUES (?, ?)", (member_id, name)
        )
        await db.execute(
            "INSERT INTO applications (project_id, member_id, status, created_at, decided_at)"
            " VALUES (?, ?, 'accepted', ?, ?)",
            (orti.id, member_id, now, (bot.clock.now() + timedelta(seconds=n)).isoformat()),
        )
    await carla.press("👥 Participants", message=card)
    await carla.wait_until(lambda _: "140 participants" in (card.text or ""))
    text = card.text or ""
    assert text.count("• ") == 15
    assert "• Maria Vittoria Benedetta 000" in text
    assert "📄 page 1 of 10" in text
    assert card.buttons == [["· 1/10 ·", "Next ➡️"], ["◀ Back to the project"]]
    await carla.press("Next ➡️", message=card)
    await carla.wait_until(lambda _: "📄 page 2 of 10" in (card.text or ""))
    assert "• Maria Vittoria Benedetta 015" in (card.text or "")
    assert card.buttons == [["⬅️ Previous", "Next ➡️"], ["◀ Back to the project"]]


def _project(title: str, *, deadline_days: int | None = None, bot: RunningBot) -> NewProject:
    deadline = None
    if deadline_days is not None:
        deadline = bot.clock.now().date() + timedelta(days=deadline_days)
    return NewProject(
        title=title,
        description="Un progetto di prova.",
        causes=("climate",),
        skills=(),
        city="Torino",
        min_age=16,
        max_age=25,
        hours_per_week=2,
        days=("weekends",),
        places=5,
        deadline=deadline,
    )


async def every_page(user: FakeUser, listing: BotMessage, next_label: str) -> list[str]:
    """Every label of every page of a paged list, pressing Next until there is none (a page
    comes in place of the last, or, in /broadcast, as a new message)."""
    seen: list[str] = []
    while True:
        seen += listing.labels
        if listing.button(next_label) is None:
            return seen
        count = len(user.messages)
        await user.press(next_label, message=listing)
        await user.wait_until(_turned(listing, listing.edits, count))
        listing = user.messages[-1] if len(user.messages) > count else listing


def _turned(listing: BotMessage, edits: int, count: int) -> Callable[[FakeUser], bool]:
    """The next page is there: a new message, or this one redrawn with its buttons."""
    return lambda user: (
        len(user.messages) > count or (listing.edits > edits and bool(listing.labels))
    )


async def test_every_list_of_projects_shows_all_thirty(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    carla = await join(bot, await invited(bot, admin), "Carla")
    titles = [f"Progetto numero {n:02d}" for n in range(1, 31)]
    projects = bot.services.projects
    ids = await projects.repository.create_many(
        [_project(title, bot=bot) for title in titles], carla.id, bot.clock.now()
    )
    for project_id in ids:
        await projects.set_status(carla.id, project_id, "open")

    mine = await every_page(carla, await say(carla, "/myprojects"), "Next ➡️")
    assert all(f"{title} · open" in mine for title in titles)

    chosen = await every_page(carla, await say(carla, "/candidates"), "Next ➡️")
    assert all(title in chosen for title in titles)

    logs = await every_page(admin, await say(admin, "/projectlog"), "Next ➡️")
    assert all(title in logs for title in titles)

    await say(carla, "/newevent")
    await say(carla, "Pulizia del parco")
    await say(carla, "Guanti e sacchi li portiamo noi.")
    read_back = await say(carla, "domani 18:30")
    repeat = await tap(carla, "✅ Yes", message=read_back)
    length = await tap(carla, "1️⃣ Only once", message=repeat)
    await tap(carla, "2h", message=length)
    await say(carla, "Parco Dora, Torino")
    question = await say(carla, "2")
    assert "Is it part of one of your projects?" in (question.text or ""), question.text
    linked = await every_page(carla, question, "Next ➡️")
    assert all(title in linked for title in titles)
    await say(carla, "/cancel")

    giulia = await member(bot, "Giulia", "05/2004", ("climate",))
    causes = await tap(giulia, "🧭 Browse by cause", message=await say(giulia, "/projects"))
    browsed = await tap(giulia, "🌍 Climate", message=causes)
    assert "🌍 Climate: 30 projects. Tap for details:\n📄 page 1 of 3" in (browsed.text or "")
    browsing = await every_page(giulia, browsed, "Next ➡️")
    assert all(title in browsing for title in titles)

    await say(carla, "/broadcast")
    await say(carla, "Sabato si pulisce il parco")
    values = await tap(carla, "📁 Project")
    audience = await every_page(carla, values, "Next ➡️")
    assert all(title in audience for title in titles), audience


def test_a_title_cut_for_a_button_keeps_its_end() -> None:
    saturday = button_title("Orti di Barriera, gruppo del sabato", 30)
    sunday = button_title("Orti di Barriera, gruppo della domenica", 30)
    assert saturday != sunday
    assert saturday.endswith("del sabato")
    assert len(saturday) <= 30
    assert button_title("Radio giovani", 30) == "Radio giovani"
