"""The onboarding as members live it: through the real Application and the fake Telegram."""

from __future__ import annotations

from bot.fake_telegram import FakeUser
from bot.fake_telegram.models import BotMessage
from bot.onboarding import Step
from tests.harness import RunningBot

ALL_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
)


async def tap(user: FakeUser, label: str, message: BotMessage | None = None) -> BotMessage:
    """Press a button and return the bot's next new message."""
    await user.press(label, message=message)
    return await user.next_reply()


async def say(user: FakeUser, text: str) -> BotMessage:
    await user.send(text)
    return await user.next_reply()


async def rows_about(bot: RunningBot, telegram_id: int) -> list[tuple[str, tuple[object, ...]]]:
    db = bot.services.db
    found = []
    for table in await db.fetch_all(ALL_TABLES):
        for row in await db.fetch_all(f"SELECT * FROM {table['name']}"):  # noqa: S608
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
    assert welcome.buttons == []  # answered: its buttons are gone
    birth = await tap(giulia, "👍 Ok, iniziamo")
    assert birth.buttons[0] == ["2000", "2001", "2002", "2003"]
    await giulia.press("2006")
    await bot.server.wait_until(lambda _: birth.edits == 1)
    assert birth.text == "🎂 In che mese del 2006?"
    name = await tap(giulia, "mar")
    assert name.buttons[0] == ["Usa “Giulia”"]
    city = await tap(giulia, "Usa “Giulia”")
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
    assert "🌍 Clima, 🎨 Arte e cultura" in summary.text
    assert "Nel fine settimana · 3–5 ore" in summary.text
    assert "✅ Promemoria eventi" in summary.text
    assert "⬜ Annunci" in summary.text
    done = await tap(giulia, "✅ È tutto giusto")
    assert "/projects" in (done.text or "")
    assert "/events" in (done.text or "")
    print(giulia.transcript())

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
