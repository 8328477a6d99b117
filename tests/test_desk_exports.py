"""The coordinator's desk, its lists: an accepted invitation makes a participant (no second
accept), where each invitation stands in /candidates (a minor's waits for the morning), the
participants and an event's answers as a spreadsheet Excel opens (rule 16: first names and age
bands only; audited; a double tap sends one file), and Who's coming, paged."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bench.synthetic import SyntheticMember, insert_members
from tests.support.harness import RunningBot
from tests.test_events_flow import answer_text, coordinator, pressed
from tests.test_events_service import new_event, reminded
from tests.test_onboarding_flow import say, tap
from tests.test_projects_flow import coordinator_with_projects, member, publish
from tests.test_staff import ADMIN

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def audited(bot: RunningBot, action: str) -> int:
    rows = await bot.services.db.fetch_all("SELECT id FROM audit_log WHERE action = ?", (action,))
    return len(rows)


async def invite(bot: RunningBot, carla: FakeUser, title: str, name: str) -> BotMessage:
    listing = await say(carla, "/candidates")
    found = await tap(carla, title, message=listing)
    edits = found.edits
    await carla.press(f"💌 Invite {name}", message=found)
    await bot.server.wait_until(lambda _: found.edits > edits)
    return found


async def applies(
    bot: RunningBot, carla: FakeUser, name: str, born: str, message: str | None = None
) -> tuple[FakeUser, BotMessage]:
    """A member applies to the first project listed; returns them and the coordinator's card."""
    user = await member(bot, name, born, ("climate",))
    await say(user, "/projects")
    await tap(user, "🙋 I'm interested")
    if message is None:
        await tap(user, "📨 Send without a message")
    else:
        await say(user, message)
    return user, await carla.next_reply()


async def status_of(bot: RunningBot, member_id: int) -> list[str]:
    rows = await bot.services.db.fetch_all(
        "SELECT status FROM applications WHERE member_id = ?", (member_id,)
    )
    return [row["status"] for row in rows]


# --- invitations ------------------------------------------------------------------------------


async def test_an_accepted_invitation_makes_a_participant_and_tells_the_coordinator(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")  # 2 places
    piero = await member(bot, "Piero", "05/2003", ("climate",))  # 22: told at once
    await invite(bot, carla, "Orti in Barriera", "Piero")
    await bot.run_due_tasks()
    invitation = await piero.next_reply()
    assert invitation.text == (
        '💌 You\'re invited to join "Orti in Barriera"! Tap ✅ to take part: the coordinators'
        " asked you, so you're in at once. Or answer later in /myapplications."
    )
    assert invitation.buttons == [["✅ I'm in", "✖️ No, thanks"]]
    mine = await say(piero, "/myapplications")  # from there too, the same answer
    joined = await tap(piero, "✅ I'm in", message=invitation)
    assert joined.text == (
        "🎉 You're in \"Orti in Barriera\"! I've told the coordinators: they'll write to you"
        " here in the bot. To write to them: /myapplications."
    )
    told = await carla.next_reply()
    assert told.text == (
        '🎉 Piero accepted your invitation to "Orti in Barriera": now 1 of 2.'
        " Nothing for you to confirm."
    )
    assert told.inline_keyboard == []  # nothing to accept a second time
    assert await status_of(bot, piero.id) == ["accepted"]
    assert await audited(bot, "invitation.accepted") == 1
    # A second tap on the old list changes nothing.
    assert await pressed(piero, "✅ Accept: Orti in Barriera", mine) == (
        "That question already has an answer 👍 Look at the latest message."
    )
    assert await audited(bot, "invitation.accepted") == 1
    # He is a participant: he can write to the coordinators, and counts on the project.
    again = await say(piero, "/myapplications")
    assert "• Orti in Barriera — ✅ you're in" in (again.text or "")
    listing = await say(carla, "/myprojects")
    card = await tap(carla, "Orti in Barriera · open", message=listing)
    assert "participants 1 of 2" in (card.text or "")


async def test_applying_to_a_project_one_was_invited_to_is_accepting(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    piero = await member(bot, "Piero", "05/2003", ("climate",))
    await invite(bot, carla, "Orti in Barriera", "Piero")
    page = await say(piero, "/projects")
    await tap(piero, "🙋 I'm interested", message=page)
    sent = await say(piero, "Volentieri, porto anche gli attrezzi!")
    assert (sent.text or "").startswith('🎉 You\'re in "Orti in Barriera"!')
    told = await carla.next_reply()
    assert (told.text or "").startswith("🎉 Piero accepted your invitation")
    row = await bot.services.db.fetch_one(
        "SELECT status, message FROM applications WHERE member_id = ?", (piero.id,)
    )
    assert row is not None
    assert (row["status"], row["message"]) == ("accepted", "Volentieri, porto anche gli attrezzi!")


async def test_an_invitation_to_a_project_that_filled_up_stays_and_says_why(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")  # 2 places
    piero = await member(bot, "Piero", "05/2003", ("climate",))
    await invite(bot, carla, "Orti in Barriera", "Piero")
    await bot.run_due_tasks()
    assert ((await piero.next_reply()).text or "").startswith("💌 You're invited")
    for name in ("Ada", "Bea"):  # two others fill it meanwhile
        _, application = await applies(bot, carla, name, "05/2003")
        await tap(carla, "✅ Accept", message=application)
    mine = await say(piero, "/myapplications")
    sorry = await tap(piero, "✅ Accept: Orti in Barriera", message=mine)
    assert (sorry.text or "").startswith('😕 "Orti in Barriera" filled up in the meantime')
    told = await carla.next_reply()
    assert (told.text or "").startswith(
        '🙋 Piero accepted your invitation to "Orti in Barriera", but it\'s full.'
    )
    assert await status_of(bot, piero.id) == ["invited"]  # nothing lost: he can accept later


async def test_an_invitation_to_a_paused_project_stays_and_says_why(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    piero = await member(bot, "Piero", "05/2003", ("climate",))
    await invite(bot, carla, "Orti in Barriera", "Piero")
    await bot.run_due_tasks()
    invitation = await piero.next_reply()
    await carla.press("⏸️ Pause", message=card)
    await bot.server.wait_until(lambda _: "Status: paused" in (card.text or ""))
    sorry = await tap(piero, "✅ I'm in", message=invitation)
    assert sorry.text == (
        "\"Orti in Barriera\" isn't taking new people right now (it's closed, past its deadline"
        " or not for your age). Your invitation stays in /myapplications."
    )
    assert await status_of(bot, piero.id) == ["invited"]
    assert await audited(bot, "invitation.accepted") == 0


async def test_candidates_show_where_each_invitation_stands(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))  # 17: a minor
    piero = await member(bot, "Piero", "05/2003", ("animals",))
    bot.clock.set(bot.clock.now().replace(hour=22, minute=30))  # 23:30 in Turin
    found = await invite(bot, carla, "Orti in Barriera", "Giulia")
    assert (found.text or "").endswith(
        "💌 Already invited\n• Giulia — invitation ready, it goes out Friday 16 January, 08:00"
        " (we don't message minors at night)"
    )
    await invite(bot, carla, "Orti in Barriera", "Piero")
    await bot.run_due_tasks()
    later = await tap(carla, "Orti in Barriera", message=await say(carla, "/candidates"))
    assert (later.text or "").endswith(
        "💌 Already invited\n• Piero — invitation sent, no answer yet\n"
        "• Giulia — invitation ready, it goes out Friday 16 January, 08:00"
        " (we don't message minors at night)"
    )
    assert ((await piero.next_reply()).text or "").startswith("💌 You're invited")
    bot.clock.advance(hours=9)  # 08:30: her invitation went
    await bot.run_due_tasks()
    await tap(piero, "✅ Accept: Orti in Barriera", message=await say(piero, "/myapplications"))
    await carla.next_reply()
    morning = await tap(carla, "Orti in Barriera", message=await say(carla, "/candidates"))
    assert "• Piero — ✅ accepted\n• Giulia — invitation sent, no answer yet" in (
        morning.text or ""
    )
    assert str(giulia.id) not in (morning.text or "")


async def test_an_invited_member_who_switched_matching_off_is_counted_not_named(
    bot: RunningBot,
) -> None:
    """Rule 16: coordinators see a member's name only while she is visible to matching or
    since she applied. Invited, then matching off, never applied: counted, not named; one who
    accepted stays named whatever she switches."""
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    piero = await member(bot, "Piero", "05/2003", ("animals",))
    anna = await member(bot, "Anna", "05/2002", ("climate",))
    await invite(bot, carla, "Orti in Barriera", "Piero")
    await invite(bot, carla, "Orti in Barriera", "Anna")
    await bot.run_due_tasks()
    await piero.next_reply()
    await anna.next_reply()
    await tap(anna, "✅ Accept: Orti in Barriera", message=await say(anna, "/myapplications"))
    await carla.next_reply()
    await bot.services.consents.switch(piero.id, "matching", False)
    await bot.services.consents.switch(anna.id, "matching", False)
    later = await tap(carla, "Orti in Barriera", message=await say(carla, "/candidates"))
    text = later.text or ""
    assert "Piero" not in text
    assert text.endswith(
        "💌 Already invited\n• Anna — ✅ accepted\n• One more person you invited is no longer"
        " visible to matching, so their name isn't shown."
    )


# --- the participants' spreadsheet ------------------------------------------------------------


def cells(document: tuple[str, bytes] | None) -> tuple[str, list[list[str]]]:
    """The file's name and cells, read as Excel reads them: a BOM, `;`, CRLF."""
    assert document is not None
    name, content = document
    assert content.startswith("\ufeff".encode())  # a BOM: Excel keeps the accents
    text = content.decode("utf-8-sig")
    assert text.endswith("\r\n")
    return name, list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


async def download(carla: FakeUser, label: str, message: BotMessage) -> BotMessage:
    await carla.press(label, message=message)
    return await carla.next_reply()


async def test_a_project_s_participants_as_a_spreadsheet(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    names = {}
    for name, born in (("Giulia", "05/2008"), ("Zoe", "05/2002"), ("Piero", "05/2003")):
        said = "=Ciao; vengo volentieri!" if name == "Giulia" else "Ciao!"
        names[name], application = await applies(bot, carla, name, born, said)
        if name == "Giulia":
            bot.clock.advance(minutes=5)  # accepted later than she applied: two dates
        if name != "Zoe":
            await tap(carla, "✅ Accept", message=application)
    await bot.services.members.erase(names["Piero"].id)  # erased: not in any list
    assert (await carla.next_reply()).text == (
        '🚪 A participant left "Orti in Barriera" (their account is gone): a place is free again.'
    )

    sent = await download(carla, "📄 CSV", card)
    name, rows = cells(sent.document)
    assert name == "participants-orti-in-barriera-2026-01-15.csv"
    assert rows[0] == ["First name", "Age", "Status", "Applied on", "Accepted on", "Message"]
    # A message typed like a formula stays text (CSV injection).
    assert rows[1] == [
        "Giulia",
        "16–17",
        "taking part",
        "2026-01-15 10:00",
        "2026-01-15 10:05",
        "'=Ciao; vengo volentieri!",
    ]
    assert rows[2] == ["Zoe", "22–25", "waiting for your answer", "2026-01-15 10:05", "", "Ciao!"]
    assert len(rows) == 3
    content = sent.document[1].decode("utf-8-sig") if sent.document else ""
    for secret in (str(names["Giulia"].id), "05/2008", "2008", "@"):
        assert secret not in content
    assert sent.text == (
        "👥 Orti in Barriera: 1 taking part, 1 waiting for your answer. No usernames, ids or"
        " contacts: first names, age bands, dates and what each wrote when applying. Keep the"
        " file for the project and delete it when you no longer need it."
    )
    assert await audited(bot, "project.participants_exported") == 1

    # A double tap: one file, and a word that it was just sent.
    documents = len([m for m in carla.messages if m.document])
    assert await pressed(carla, "📄 CSV", card) == ("📎 I've just sent it: look just below.")
    assert len([m for m in carla.messages if m.document]) == documents
    assert await audited(bot, "project.participants_exported") == 1
    bot.clock.advance(minutes=1)  # later, a new copy is a new file
    again = await download(carla, "📄 CSV", card)
    assert again.document is not None
    assert await audited(bot, "project.participants_exported") == 2


async def test_the_participants_as_an_excel_workbook(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    _, application = await applies(bot, carla, "Giulia", "05/2008", "=1+1 vengo!")
    await tap(carla, "✅ Accept", message=application)
    bot.clock.advance(hours=13)  # 23:00 in Turin: the file is dated in local time
    sent = await download(carla, "📥 Download the list (Excel)", card)
    assert sent.document is not None
    name, content = sent.document
    assert name == "participants-orti-in-barriera-2026-01-15.xlsx"
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    assert sheet.title == "Orti in Barriera"
    assert sheet.freeze_panes == "A2"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows == [
        ["First name", "Age", "Status", "Applied on", "Accepted on", "Message"],
        [
            "Giulia",
            "16–17",
            "taking part",
            datetime(2026, 1, 15, 10, 0),
            datetime(2026, 1, 15, 10, 0),
            "=1+1 vengo!",
        ],
    ]
    assert sheet["F2"].data_type == "s"  # text, never a formula
    assert sheet["D2"].number_format == "yyyy-mm-dd hh:mm"
    # The CSV is another file: its button is not a double tap of the workbook's.
    assert (await download(carla, "📄 CSV", card)).document is not None
    assert await audited(bot, "project.participants_exported") == 2


async def test_a_project_with_nobody_gives_no_empty_file(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    said = await download(carla, "📄 CSV", card)
    assert said.document is None
    assert said.text == (
        "👥 Nobody takes part in this project or has applied yet: there's no list to download."
    )
    assert await audited(bot, "project.participants_exported") == 0


async def test_a_coordinator_no_longer_coordinator_gets_no_file(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    await applies(bot, carla, "Giulia", "05/2008")
    assert await bot.services.staff.demote(ADMIN, carla.id)
    answer = await pressed(carla, "📄 CSV", card)
    assert answer == (
        "This list isn't yours: it's for whoever coordinates the project or organises the event."
    )
    assert not any(m.document and m.document[0].startswith("partici") for m in carla.messages)
    assert await audited(bot, "project.participants_exported") == 0


async def test_the_file_speaks_the_coordinator_s_language(bot: RunningBot) -> None:
    _, carla = await coordinator_with_projects(bot)
    card = await publish(bot, carla, "Orti in Barriera")
    _, application = await applies(bot, carla, "Giulia", "05/2008")
    await tap(carla, "✅ Accept", message=application)
    await carla.press("🇮🇹 Italiano", message=await say(carla, "/language"))
    await carla.wait_until(lambda u: "in italiano" in (u.messages[-1].text or ""))
    sent = await download(carla, "📄 CSV", card)
    name, rows = cells(sent.document)
    assert name == "partecipanti-orti-in-barriera-2026-01-15.csv"
    assert rows == [
        ["Nome", "Età", "Stato", "Data candidatura", "Data accettazione", "Messaggio"],
        ["Giulia", "16–17", "partecipa", "2026-01-15 10:00", "2026-01-15 10:00", ""],
    ]


# --- an event's answers, and Who's coming -----------------------------------------------------


async def event_screen(carla: FakeUser) -> BotMessage:
    """/manageevents, then the event: the list turns into the event's screen."""
    listing = await say(carla, "/manageevents")
    await carla.press("Pulizia del parco · Sunday 18 January, 10:00", message=listing)
    await carla.wait_until(lambda _: listing.edits == 1)
    return listing


async def test_an_event_s_answers_as_a_spreadsheet(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    event_id = await bot.services.events.create(carla.id, new_event(bot, 2, timedelta(days=3)))
    answers = bot.services.event_answers
    ada, bea, cleo, dino, ezio = [
        await reminded(bot, name) for name in ("Ada", "Bea", "Cleo", "Dino", "Ezio")
    ]
    for user in (bea, dino, ezio):
        await bot.services.consents.decide(user.id, "matching", False)  # private profiles
    assert await answers.going(bea.id, event_id) == "going"  # named anyway: Going
    bot.clock.advance(minutes=5)
    assert await answers.going(ada.id, event_id) == "going"
    assert await answers.going(cleo.id, event_id) == "waitlist"
    await answers.maybe(dino.id, event_id)  # private, not Going: counted, not named
    await answers.answer(ezio.id, event_id, "no")

    event = await event_screen(carla)
    sent = await download(carla, "📄 CSV", event)
    name, rows = cells(sent.document)
    assert name == "answers-pulizia-del-parco-2026-01-15.csv"
    assert rows == [
        ["First name", "Age", "Answer", "Answered on"],
        ["Bea", "", "Going", "2026-01-15 10:00"],  # private: her first name only (rule 16)
        ["Ada", "22–25", "Going", "2026-01-15 10:05"],
        ["Cleo", "22–25", "Waitlist", "2026-01-15 10:05"],
    ]
    assert "2 more (maybe, waitlist or can't go) don't share their profile" in (sent.text or "")
    assert await audited(bot, "event.attendees_exported") == 1


async def test_an_event_nobody_answered_gives_no_empty_file(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    await bot.services.events.create(carla.id, new_event(bot, 2, timedelta(days=3)))
    event = await event_screen(carla)
    said = await download(carla, "📄 CSV", event)
    assert said.document is None
    assert said.text == "📋 Nobody has answered this event yet: there's no list to download."


async def test_who_is_coming_pages_sixty_names_at_a_time(bot: RunningBot) -> None:
    carla = await coordinator(bot)
    event_id = await bot.services.events.create(carla.id, new_event(bot, None, timedelta(days=3)))
    members = [
        SyntheticMember(
            member_id=500_000 + n,
            birth_year=2003,
            birth_month=5,
            first_name=f"Nome{n:02d}",
            city="Torino",
            causes=["climate"],
            skills=[],
            days=["weekends"],
            hours_per_week=3,
            matching=n % 2 == 0,  # half keep their profile private: named anyway (Going)
        )
        for n in range(65)
    ]
    await insert_members(bot.services.db, members, bot.clock.now())
    for synthetic in members:
        assert await bot.services.event_answers.going(synthetic.member_id, event_id) == "going"
    maybe = await reminded(bot, "Zara")
    await bot.services.event_answers.maybe(maybe.id, event_id)

    event = await event_screen(carla)
    await carla.press("👥 Who's coming", message=event)
    await carla.wait_until(lambda _: "who's coming" in (event.text or ""))
    lines = (event.text or "").splitlines()
    assert lines[0] == "👥 Pulizia del parco: who's coming (page 1 of 2)"
    assert lines[1].startswith("✅ Going (65): Nome00, Nome01, ")
    assert lines[1].endswith("Nome59")
    assert lines[2] == "🤔 Maybe: 1 · ⏳ Waitlist: 0"
    assert len(event.text or "") < 1200  # one phone screen
    edits = event.edits
    await carla.press("Next ➡️", message=event)
    await carla.wait_until(lambda _: event.edits > edits)
    assert (event.text or "").splitlines()[:2] == [
        "👥 Pulizia del parco: who's coming (page 2 of 2)",
        "✅ Going (65): Nome60, Nome61, Nome62, Nome63, Nome64",
    ]
    assert "Zara" not in (event.text or "")
    assert await audited(bot, "event.attendees_viewed") == 2
    assert answer_text(carla) == ""


async def test_a_seat_only_offered_is_not_going_until_confirmed(bot: RunningBot) -> None:
    """A freed seat offered from the waitlist is shown apart: not in Going (the door list),
    not waiting any more; in the file as a seat offered. Confirmed, it is Going."""
    carla = await coordinator(bot)
    event_id = await bot.services.events.create(carla.id, new_event(bot, 1, timedelta(days=3)))
    answers = bot.services.event_answers
    ada, bea = [await reminded(bot, name) for name in ("Ada", "Bea")]
    assert await answers.going(ada.id, event_id) == "going"
    bot.clock.advance(minutes=5)
    assert await answers.going(bea.id, event_id) == "waitlist"
    bot.clock.advance(minutes=5)
    assert await answers.cannot(ada.id, event_id) == bea.id  # Bea is offered Ada's seat

    event = await event_screen(carla)
    await carla.press("👥 Who's coming", message=event)
    await carla.wait_until(lambda _: "who's coming" in (event.text or ""))
    assert (event.text or "").splitlines()[1:] == [
        "✅ Going (0): —",
        "🎟️ Offered a freed seat, not confirmed yet: 1",
        "🤔 Maybe: 0 · ⏳ Waitlist: 0",
    ]
    await carla.press("⬅️ Back to the event", message=event)
    await carla.wait_until(lambda _: "who's coming" not in (event.text or ""))
    _, rows = cells((await download(carla, "📄 CSV", event)).document)
    assert rows[1:] == [
        ["Bea", "22–25", "Seat offered, not confirmed yet", "2026-01-15 10:10"],
        ["Ada", "22–25", "Can't go", "2026-01-15 10:10"],
    ]

    assert await answers.confirm_offer(bea.id, event_id)
    bot.clock.advance(minutes=1)
    await carla.press("👥 Who's coming", message=event)
    await carla.wait_until(lambda _: "Bea" in (event.text or ""))
    assert (event.text or "").splitlines()[1:] == [
        "✅ Going (1): Bea",
        "🤔 Maybe: 0 · ⏳ Waitlist: 0",
    ]


async def test_a_participant_who_deletes_their_account_frees_a_place_and_coordinators_hear(
    bot: RunningBot,
) -> None:
    _, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Orti in Barriera")
    giulia, application = await applies(bot, carla, "Giulia", "05/2008")
    await tap(carla, "✅ Accept", message=application)
    await giulia.next_reply()
    zoe, _ = await applies(bot, carla, "Zoe", "05/2002")  # applied, not taking part yet
    seen = len(carla.messages)

    await bot.services.members.erase(zoe.id)  # no place was hers: nothing to tell
    warning = await say(giulia, "/deleteme")
    await giulia.press("🗑️ Yes, delete everything", message=warning)
    told = await carla.next_reply()
    assert told.text == (
        '🚪 A participant left "Orti in Barriera" (their account is gone): a place is free again.'
    )
    assert len(carla.messages) == seen + 1
    assert "Giulia" not in (told.text or "")
