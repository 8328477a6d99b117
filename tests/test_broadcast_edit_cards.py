"""A moderator's new text while a broadcast waits (found at 23:10 by Marco and Sara): the old
cards, drawn for the old text, approve nothing; a new card goes to every moderator and to the
moderators' chat, and a late press on an old card or question is refused."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from storage.broadcasts import BroadcastState
from tests.support.broadcast_people import staff
from tests.support.harness import RunningBot
from tests.test_broadcast_flow import say, waiting_card
from tests.test_broadcast_service import launched

NEW = "Domenica mercatino in piazza Vittorio alle 10!"
CHANGED = "The text has changed: look at the new card."


def waiting(messages: Sequence[BotMessage], marker: str = "waits for approval") -> list[str]:
    """The cards one can still press."""
    return [m.text or "" for m in messages if marker in (m.text or "") and m.buttons]


async def ask_edit(marta: FakeUser, card: BotMessage) -> None:
    await marta.press("✏️ Edit the text", message=card)
    asked = await marta.next_reply()
    while "new text" not in (asked.text or ""):
        asked = await marta.next_reply()


def last_answer(bot: RunningBot) -> str:
    return str(bot.server.calls_to("answerCallbackQuery")[-1].params.get("text"))


@pytest.mark.bot_settings(MOD_CHAT_ID="-1001000001017")  # the first group the fake server makes
async def test_an_edit_retires_every_old_card_and_sends_a_new_one(bot: RunningBot) -> None:
    mod_chat = bot.server.add_group("Moderatori")
    engine = launched(bot)
    sara = await staff(bot, "Sara", "moderator")
    _, marta, card = await waiting_card(bot)
    saras = [m for m in sara.messages if "waits for approval" in (m.text or "")][-1]
    group = [m for m in mod_chat.messages if "aspetta l'approvazione" in (m.text or "")][-1]
    await ask_edit(marta, card)
    new_card = await say(marta, NEW)
    assert new_card.button("✅ Approve") is not None
    assert NEW in ((await marta.next_reply()).text or "")  # as members will see it
    # Every old copy says the text changed, and by whom, with nothing left to press.
    assert "Text changed by you" in (card.text or "")
    assert not card.buttons
    await sara.wait_until(lambda _: saras.edits >= 1)
    assert "Text changed by Marta" in (saras.text or "")
    assert not saras.buttons
    assert "new card" in (saras.text or "")
    assert "Testo cambiato da Marta" in (group.text or "")
    assert not group.buttons
    # A new card and the new text, as for a new submission, to Sara and to the group.
    await sara.wait_until(lambda u: any(NEW in (m.text or "") for m in u.messages))
    assert len(waiting(sara.messages)) == 1
    await marta.wait_until(lambda _: any(NEW in (m.text or "") for m in mod_chat.messages))
    assert len(waiting(mod_chat.messages, "aspetta l'approvazione")) == 1
    saras_new = [m for m in sara.messages if m.buttons and "waits for approval" in (m.text or "")]
    await sara.press("✅ Approve", message=saras_new[-1])
    await sara.wait_until(lambda _: "Approved by you" in (saras_new[-1].text or ""))
    assert len(engine.launches) == 1
    # The new copies are remembered: the decision is drawn on them too.
    await marta.wait_until(lambda _: "Approved by Sara" in (new_card.text or ""))
    assert not new_card.buttons


async def test_a_press_on_a_card_drawn_for_an_older_text_approves_nothing(
    bot: RunningBot,
) -> None:
    engine = launched(bot)
    sara = await staff(bot, "Sara", "moderator")
    await waiting_card(bot)
    saras = [m for m in sara.messages if "waits for approval" in (m.text or "")][-1]
    # The race: the text is saved, and Sara's press comes before her card is drawn again.
    assert await bot.services.broadcasts.repository.edit_body(1, NEW)
    await sara.press("✅ Approve", message=saras)
    await sara.wait_until(lambda _: not saras.buttons)
    assert CHANGED in last_answer(bot)
    assert engine.launches == []
    broadcast = await bot.services.broadcasts.get(1)
    assert broadcast is not None
    assert broadcast.state == "awaiting_approval"


async def test_a_stale_approve_the_original_does_not_send_the_new_text(bot: RunningBot) -> None:
    engine = launched(bot)
    _, marta, card = await waiting_card(bot)
    await ask_edit(marta, card)
    await marta.press("✅ Approve", message=card)
    question = await marta.next_reply()
    assert "shall I approve the original?" in (question.text or "")
    new_card = await say(marta, NEW)  # saved: the question was about the old text
    assert new_card.button("✅ Approve") is not None
    await marta.press("✅ Yes, approve the original", message=question)
    await marta.wait_until(lambda _: not question.buttons)
    assert CHANGED in last_answer(bot)
    assert engine.launches == []
    broadcast = await bot.services.broadcasts.get(1)
    assert broadcast is not None
    assert broadcast.state == "awaiting_approval"
    assert broadcast.body == NEW


async def test_a_decision_for_an_older_text_is_not_stored(bot: RunningBot) -> None:
    """The same check where the decision is written: an edit saved between the card's text
    being read and the approval being stored wins."""
    _, marta, _ = await waiting_card(bot)
    repository = bot.services.broadcasts.repository
    old = await repository.get(1)
    assert old is not None
    assert await repository.edit_body(1, NEW)
    now = bot.clock.now()
    scheduled = BroadcastState.SCHEDULED
    assert not await repository.decide(1, scheduled, marta.id, now, None, old.body)
    assert await repository.decide(1, scheduled, marta.id, now, None, NEW)
