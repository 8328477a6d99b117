"""Every onboarding question against the inputs people (and bots) actually send: an answer with a
hint each time, never a stack trace, and a stored profile that stays consistent."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.onboarding_steps import ORDER, Step
from storage.profiles import Profile
from tests.support.harness import RunningBot
from tests.support.onboarding_steps import reach

SQL = "Robert'); DROP TABLE members;--"
HTML = "<b>Bob</b> & <i>co</i>"
RTL = "مرحبا بالعالم"

Send = Callable[[FakeUser], Awaitable[object]]


def _text(text: str) -> Send:
    async def send(user: FakeUser) -> object:
        return await user.send(text)

    return send


async def _sticker(user: FakeUser) -> object:
    return await user.send_sticker()


async def _photo(user: FakeUser) -> object:
    return await user.send_photo()


async def _voice(user: FakeUser) -> object:
    return await user.send_voice()


BAD_INPUTS: dict[str, Send] = {
    "5000 characters": _text("a" * 5000),
    "only emoji": _text("🙂🎉🔥"),
    "right-to-left": _text(RTL),
    "sql": _text(SQL),
    "html": _text(HTML),
    "a number": _text("42"),
    "sticker": _sticker,
    "photo": _photo,
    "voice": _voice,
}

# Text that is a fine answer at these questions: a name in any script. SQL and HTML are no
# first name (rule 24: one or two words of letters), and no town is called "مرحبا بالعالم".
ACCEPTED: dict[Step, set[str]] = {
    Step.NAME: {"right-to-left"},
}
ASKED = [step for step in ORDER]


async def snapshot(bot: RunningBot, user: FakeUser) -> tuple[Profile | None, Step | None]:
    onboarding = bot.services.onboarding
    return await onboarding.profile(user.id), await onboarding.step_of(user.id)


@pytest.mark.parametrize("step", ASKED)
async def test_every_question_survives_bad_input(bot: RunningBot, step: Step) -> None:
    user = bot.server.add_user("Giulia", language_code="en")
    await reach(bot, user, step)
    for label, send in BAD_INPUTS.items():
        before = await snapshot(bot, user)
        await send(user)
        answer = await user.next_reply()
        assert answer.text, f"{step}/{label}: empty reply"
        after = await snapshot(bot, user)
        if label in ACCEPTED.get(step, set()):
            profile, now_at = after
            assert profile is not None
            assert now_at is not step, f"{step}/{label} was not taken"
            stored = {Step.NAME: profile.first_name, Step.CITY: profile.city}[step]
            assert stored == " ".join(
                {"right-to-left": RTL, "sql": SQL, "html": HTML}[label].split()
            )
            await reach_again(bot, user, step)
        else:
            assert after == before, f"{step}/{label} changed the profile"
            assert answer.buttons or step in {Step.NAME}, f"{step}/{label}: no way forward"


async def reach_again(bot: RunningBot, user: FakeUser, step: Step) -> None:
    """Go back to `step` after an accepted answer, as the Back button would."""
    await bot.services.onboarding.back(user.id)
    assert await bot.services.onboarding.step_of(user.id) is step


NOT_A_NAME = "😊 Just your first name or a nickname is enough"
NOT_A_TOWN = "🤔 I can't find"


@pytest.mark.parametrize(
    ("step", "typed", "hint"),
    [
        *[
            (Step.NAME, typed, NOT_A_NAME)
            for typed in (HTML, SQL, "{name} {0} %s", "sofia rossi 3B pacinotti")
        ],
        *[(Step.CITY, typed, NOT_A_TOWN) for typed in ("boh", "sì", "l'anno scorso", "nessuna")],
    ],
)
async def test_no_name_and_no_town_get_a_kind_hint(
    bot: RunningBot, step: Step, typed: str, hint: str
) -> None:
    user = bot.server.add_user("Giulia", language_code="en")
    await reach(bot, user, step)
    await user.send(typed)
    answer = await user.next_reply()
    assert (answer.text or "").startswith(hint)
    assert typed not in (answer.text or "") or step is Step.CITY  # a name is never echoed
    assert await bot.services.onboarding.step_of(user.id) is step


@pytest.mark.parametrize("step", [Step.BIRTH, Step.NAME, Step.CITY, Step.CAUSES, Step.SUMMARY])
async def test_an_edited_message_changes_nothing(bot: RunningBot, step: Step) -> None:
    user = bot.server.add_user("Giulia", language_code="en")
    await reach(bot, user, step)
    sent = await user.send("/help")
    await user.next_reply()
    before = await snapshot(bot, user)
    await user.edit(sent, "Marco")
    answer = await user.next_reply()
    assert (answer.text or "").startswith("✏️ You edited a message")
    assert await snapshot(bot, user) == before


async def test_forged_buttons_change_nothing(bot: RunningBot) -> None:
    user = bot.server.add_user("Giulia", language_code="en")
    await reach(bot, user, Step.CAUSES)
    question = await _ask_again(user)
    before = await snapshot(bot, user)
    for forged in (
        "ob:t:causes:nuclear",
        "ob:t:skills:design",
        "ob:city:Atlantis",
        "ob:month:2006",
        "ob:year:abc",
        "ob:",
        "ob:back:nowhere",
        "ob:edit:language",
        "pf:name",
    ):
        _rewire(question, forged)
        await user.press("forged", message=question)
        await user.wait_until(lambda u: len(u.callback_answers) >= 1)
        user.callback_answers.clear()
    assert await snapshot(bot, user) == before


async def _ask_again(user: FakeUser) -> BotMessage:
    await user.send("?")
    return await user.next_reply()


def _rewire(message: BotMessage, data: str) -> None:
    """Make the message carry one button with `data`, as a tampered client could send."""
    message.reply_markup = {"inline_keyboard": [[{"text": "forged", "callback_data": data}]]}
