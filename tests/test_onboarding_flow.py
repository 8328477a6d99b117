"""The onboarding as members live it: through the real Application and the fake Telegram."""

from __future__ import annotations

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.onboarding_steps import Step
from tests.support.harness import RunningBot
from tests.support.onboarding_steps import onboard

ALL_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    " AND name != 'schema_migrations'"
)


async def tap(user: FakeUser, label: str, message: BotMessage | None = None) -> BotMessage:
    """Press a button and return the bot's next new message."""
    await user.press(label, message=message)
    return await user.next_reply()


async def tick(user: FakeUser, label: str, message: BotMessage) -> None:
    """Press a choice on `message` and wait until it shows ✅ (in place of a ⬜, if any)."""
    await user.press(label, message=message)
    ticked = "✅ " + label.removeprefix("⬜ ")
    await user.wait_until(lambda _: message.button(ticked) is not None)


async def say(user: FakeUser, text: str) -> BotMessage:
    await user.send(text)
    return await user.next_reply()


async def to_birth(user: FakeUser, language: str) -> BotMessage:
    """/start, the language ("it" or "en") and the notice accepted: the birth question."""
    await say(user, "/start")
    if language == "it":
        await tap(user, "🇮🇹 Italiano")
        return await tap(user, "👍 Ok, iniziamo")
    await tap(user, "🇬🇧 English")
    return await tap(user, "👍 OK, let's start")


async def rows_about(bot: RunningBot, telegram_id: int) -> list[tuple[str, tuple[object, ...]]]:
    db = bot.services.db
    found = []
    for table in await db.fetch_all(ALL_TABLES):
        for row in await db.fetch_all(f"SELECT * FROM {table['name']}"):
            if telegram_id in tuple(row):
                found.append((table["name"], tuple(row)))
    return found


async def test_a_19_year_old_onboards_in_italian_with_buttons(bot: RunningBot) -> None:
    giulia = bot.server.add_user("Giulia", language_code="it")
    welcome = await say(giulia, "/start")
    assert welcome.text is not None
    assert welcome.text.startswith("Ciao Giulia! 👋")
    notice = await tap(giulia, "🇮🇹 Italiano")
    assert "/privacy" in (notice.text or "")
    assert welcome.buttons == []  # answered: its buttons are gone, the answer shows
    assert (welcome.text or "").endswith("➡️ 🇮🇹 Italiano")
    birth = await tap(giulia, "👍 Ok, iniziamo")
    assert birth.buttons[0] == ["2000", "2001", "2002", "2003"]
    await giulia.press("2006")
    await bot.server.wait_until(lambda _: birth.edits == 1)
    assert birth.text == "🎂 In che mese del 2006?"
    name = await tap(giulia, "mar")
    assert (birth.text or "").endswith("➡️ marzo 2006")
    assert name.buttons[0] == ["Usa “Giulia”"]
    city = await tap(giulia, "Usa “Giulia”")
    assert city.buttons[0] == ["Torino", "🌐 Solo a distanza"]
    causes = await tap(giulia, "Torino")
    assert len(causes.buttons) == 7  # 12 causes two a row, then Back / Done
    await giulia.press("🌍 Clima")
    await bot.server.wait_until(lambda _: causes.button("✅ 🌍 Clima") is not None)
    await giulia.press("🎨 Arte e cultura")
    await bot.server.wait_until(lambda _: causes.button("✅ 🎨 Arte e cultura") is not None)
    skills = await tap(giulia, "✅ Fatto")
    assert skills.buttons[-1] == ["⬅️ Indietro", "Salta ➡️"]
    await giulia.press("🎨 Grafica")
    await bot.server.wait_until(lambda _: skills.buttons[-1][-1] == "✅ Fatto")
    days = await tap(giulia, "✅ Fatto", message=skills)
    await giulia.press("Nel fine settimana")
    await bot.server.wait_until(lambda _: days.button("✅ Nel fine settimana") is not None)
    hours = await tap(giulia, "✅ Fatto", message=days)
    consents = await tap(giulia, "3–5 ore")
    await giulia.press("⬜ Promemoria eventi")
    await bot.server.wait_until(lambda _: consents.button("✅ Promemoria eventi") is not None)
    summary = await tap(giulia, "Continua ➡️")
    assert summary.text is not None
    assert "Giulia" in summary.text
    assert "marzo 2006" in summary.text
    assert "💚 Clima, Arte e cultura" in summary.text
    assert "Nel fine settimana · 3–5 ore a settimana" in summary.text
    assert "✅ Promemoria eventi" in summary.text
    assert "⬜ Annunci" in summary.text
    done = await tap(giulia, "✅ È tutto giusto")
    assert "/projects" in (done.text or "")
    assert "/events" in (done.text or "")

    profile = await bot.services.onboarding.profile(giulia.id)
    assert profile is not None
    assert profile.completed_at is not None
    assert await bot.services.onboarding.conversation(giulia.id) is None
    card = await say(giulia, "/profile")
    assert "🎂 marzo 2006" in (card.text or "")
    assert [label for row in card.buttons for label in row][:2] == ["✏️ Nome", "✏️ Nascita"]
    again = await say(giulia, "/start")
    assert (again.text or "").startswith("Ciao Giulia! 👋 Che bello rivederti.")
    assert hours.buttons == []


async def test_an_english_speaker_types_the_answers(bot: RunningBot) -> None:
    sam = bot.server.add_user("Sam", language_code="en")
    birth = await to_birth(sam, "en")
    assert "03/2010" in (birth.text or "")
    again = await say(sam, "the 3rd of March")
    assert (again.text or "").startswith("🤔 I didn't get that date.")
    assert again.buttons[0] == ["2000", "2001", "2002", "2003"]  # and the buttons again
    name = await say(sam, "March 2006")
    assert (name.text or "").startswith("😊 What's your name?")
    too_long = await say(sam, "x" * 40)
    assert (too_long.text or "").startswith("✂️ That's a bit long")
    not_a_name = await say(sam, "  Tom  & Jerry ")
    assert (not_a_name.text or "").startswith("😊 Just your first name or a nickname")
    city = await say(sam, "  Tom  Jerry ")
    assert (city.text or "").startswith("📍 Which city")
    unsure = await say(sam, "Torinoo")
    assert unsure.text == (
        "🤔 I can't find “Torinoo”. Did you mean Torino? Tap the right name, or type it again."
    )
    assert unsure.buttons == [["Torino"], ["Tornolo"], ["Trino"], ["⬅️ Back"]]
    causes = await tap(sam, "Torino")
    assert (causes.text or "").startswith("💚 Which causes")
    hint = await say(sam, "climate")
    assert (hint.text or "").startswith("👇 For this question, use the buttons below.")
    await tick(sam, "🌍 Climate", hint)
    skills = await tap(sam, "✅ Done", message=hint)
    days = await tap(sam, "Skip ➡️", message=skills)
    await tick(sam, "In the evening", days)
    await tap(sam, "✅ Done", message=days)
    wrong = await say(sam, "lots")
    assert (wrong.text or "").startswith("🔢 Type a number of hours from 1 to 40")
    await say(sam, "4 hours")
    summary = await tap(sam, "Continue ➡️")
    text = summary.text or ""
    assert "👤 Tom Jerry" in text
    assert "📍 Torino" in text
    assert "🛠️ none" in text
    assert "In the evening · 4 hours a week" in text
    profile = await bot.services.onboarding.profile(sam.id)
    assert profile is not None
    assert (profile.first_name, profile.hours_per_week, profile.skills) == ("Tom Jerry", 4, ())
    # A correction from the summary comes back to the summary.
    await tap(sam, "✏️ Name")
    renamed = await say(sam, "Samuel")
    assert "👤 Samuel" in (renamed.text or "")
    assert "Is everything right?" in (renamed.text or "")
    done = await tap(sam, "✅ All correct", message=renamed)
    assert (done.text or "").startswith("🎉 Done, Samuel!")


async def test_back_buttons_walk_back_and_keep_answers(bot: RunningBot) -> None:
    ada = bot.server.add_user("Ada", language_code="en")
    await to_birth(ada, "en")
    await say(ada, "05/2005")
    city = await say(ada, "Ada")
    name = await tap(ada, "⬅️ Back", message=city)
    assert (name.text or "").startswith("😊 What's your name?")
    assert await bot.services.onboarding.step_of(ada.id) is Step.NAME
    city = await tap(ada, "Use “Ada”", message=name)
    causes = await tap(ada, "🌐 Remote only", message=city)
    await tick(ada, "🌍 Climate", causes)
    back_to_city = await tap(ada, "⬅️ Back", message=causes)
    causes_again = await tap(ada, "Torino", message=back_to_city)
    assert causes_again.button("✅ 🌍 Climate") is not None  # the earlier choice is still there


async def test_cancel_pauses_and_start_resumes_at_the_same_question(bot: RunningBot) -> None:
    leo = bot.server.add_user("Leo", language_code="it")
    await to_birth(leo, "it")
    await say(leo, "05/2005")
    paused = await say(leo, "/cancel")
    assert (paused.text or "").startswith("⏸️ Ok, ci fermiamo qui.")
    stray = await say(leo, "Leo")  # not taken as an answer while paused
    assert stray.text == "⏸️ Il tuo profilo è in pausa: scrivi /start per riprendere."
    assert await bot.services.onboarding.profile(leo.id) is not None
    profile = await bot.services.onboarding.profile(leo.id)
    assert profile is not None
    assert profile.first_name is None
    resumed = await say(leo, "/start")
    assert (resumed.text or "").startswith("👋 Eccoti! Riprendiamo")
    assert "Come ti chiami?" in (resumed.text or "")
    nothing = await say(leo, "/cancel")
    await leo.press("🗑️ Cancella le mie risposte", message=nothing)
    await bot.server.wait_until(lambda _: nothing.edits == 1)
    assert (nothing.text or "").startswith("🗑️ Fatto: ho cancellato tutto")
    assert await rows_about(bot, leo.id) == []


async def test_a_12_year_old_is_refused_kindly_and_leaves_nothing(bot: RunningBot) -> None:
    tea = bot.server.add_user("Tea", language_code="it")
    birth = await to_birth(tea, "en")  # a language choice, stored, that must go too
    await tea.press("2013")
    await tea.wait_until(lambda _: birth.edits == 1)
    refusal = await tap(tea, "Dec")  # 12 until the end of December 2025 + 13 years
    assert (refusal.text or "").startswith("Thanks for your interest! 💛")
    assert "Informagiovani" in (refusal.text or "")
    assert await rows_about(bot, tea.id) == []
    # Her language went with everything else: /start begins from zero.
    fresh = await say(tea, "/start")
    assert (fresh.text or "").startswith("Ciao Tea!")


async def test_out_of_range_by_button_or_typed_in_both_languages(bot: RunningBot) -> None:
    old = bot.server.add_user("Otto", language_code="it")
    await to_birth(old, "it")
    refusal = await tap(old, "Prima del 2000")
    assert "Vol.To" in (refusal.text or "")
    assert await rows_about(bot, old.id) == []
    young = bot.server.add_user("Yuri", language_code="en")
    await to_birth(young, "en")
    refusal = await say(young, "06/2015")
    assert "at least" not in (refusal.text or "")
    assert "aged 13 and up" in (refusal.text or "")
    assert await rows_about(bot, young.id) == []


@pytest.mark.bot_settings(ADMIN_IDS="777")
async def test_staff_get_their_greeting_never_the_onboarding(bot: RunningBot) -> None:
    admin_id = 777
    boss = bot.server.add_user("Bea", language_code="it", user_id=admin_id)
    greeting = await say(boss, "/start")
    assert (greeting.text or "").startswith("Ciao Bea! Sei nello staff")
    assert greeting.buttons == []
    assert await bot.services.onboarding.conversation(admin_id) is None
    assert (await say(boss, "/profile")).text == (
        "Fai parte dello staff: il profilo per i giovani non fa per te."
    )


async def test_a_button_pressed_twice_or_from_an_old_message_changes_nothing(
    bot: RunningBot,
) -> None:
    eli = bot.server.add_user("Eli", language_code="en")
    welcome = await say(eli, "/start")
    await eli.press("🇬🇧 English", message=welcome)
    await eli.press("🇮🇹 Italiano", message=welcome)  # the second tap, before the edit lands
    await eli.next_reply()
    await eli.wait_until(lambda user: len(user.callback_answers) == 2)
    assert await bot.services.members.language_for(eli.id, "en") == "en"
    assert "That question already has an answer" in str(eli.callback_answers[-1])
    assert await bot.services.onboarding.step_of(eli.id) is Step.NOTICE
    assert len(eli.messages) == 2  # the welcome and one notice, not two


async def _member(bot: RunningBot, name: str) -> FakeUser:
    user = bot.server.add_user(name, language_code="en")
    await onboard(bot, user, name)
    return user


async def test_profile_fields_are_edited_one_at_a_time(bot: RunningBot) -> None:
    rita = await _member(bot, "Rita")
    card = await say(rita, "/profile")
    assert (card.text or "").startswith("👤 Rita\n🎂 March 2006\n📍 Torino")
    question = await tap(rita, "✏️ City", message=card)
    assert card.buttons == []
    assert (question.text or "").startswith("📍 Which city")
    saved = await say(rita, "milan")
    assert (saved.text or "").startswith("✅ Saved!")
    assert "📍 Milano" in (saved.text or "")
    # The same checks as in the onboarding.
    await tap(rita, "✏️ Name", message=saved)
    refused = await say(rita, "@rita_cool")
    assert (refused.text or "").startswith("🙈 No @usernames")
    closed = await say(rita, "/cancel")
    assert (closed.text or "").startswith("OK, edit closed.")
    assert "👤 Rita" in (closed.text or "")
    # Consents, one tap each, effective at once.
    consents = await tap(rita, "✏️ Consents", message=closed)
    await tick(rita, "⬜ Announcements", consents)
    assert (await bot.services.consents.granted(rita.id))["announcements"] is True
    back = await tap(rita, "Continue ➡️", message=consents)
    assert "✅ Announcements" in (back.text or "")
    # Availability is days, then hours, then back to the profile.
    days = await tap(rita, "✏️ Availability", message=back)
    await tick(rita, "In the evening", days)
    hours = await tap(rita, "✅ Done", message=days)
    final = await tap(rita, "more than 10 hours", message=hours)
    assert "At weekends, In the evening · more than 10 hours" in (final.text or "")
    profile = await bot.services.onboarding.profile(rita.id)
    assert profile is not None
    assert (profile.city, profile.first_name, profile.hours_per_week) == ("Milano", "Rita", 20)
    assert await bot.services.onboarding.conversation(rita.id) is None


async def test_profile_before_and_during_onboarding(bot: RunningBot) -> None:
    new = bot.server.add_user("Nora", language_code="en")
    assert (await say(new, "/profile")).text == (
        "You don't have a profile yet: type /start to create one, it takes two minutes."
    )
    await say(new, "/start")
    assert (await say(new, "/profile")).text == (
        "You haven't finished your profile yet: type /start to pick up where we left off."
    )
    assert (await say(new, "/cancel")).text is not None


async def test_buttons_of_questions_answered_by_typing_are_inert(bot: RunningBot) -> None:
    ivo = bot.server.add_user("Ivo", language_code="en")
    birth = await to_birth(ivo, "en")
    name_question = await say(ivo, "04/2004")
    city_question = await say(ivo, "Ivan")
    await tap(ivo, "Torino", message=city_question)
    before = await bot.services.onboarding.profile(ivo.id)
    for message, label in (
        (birth, "2004"),
        (name_question, "Use “Ivo”"),
        (name_question, "⬅️ Back"),
    ):
        await ivo.press(label, message=message)
    await ivo.wait_until(lambda user: len(user.callback_answers) == 6)
    old = [answer for answer in ivo.callback_answers if "already has an answer" in str(answer)]
    assert len(old) == 3
    assert await bot.services.onboarding.profile(ivo.id) == before
    assert await bot.services.onboarding.step_of(ivo.id) is Step.CAUSES
