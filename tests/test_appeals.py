"""Appeals, end to end through the fake Telegram: a member in a community group asks, from
their private chat, for a second look at a sanction; a moderator keeps it or lifts it with a
reason; the member is told. The test clock says 15 January 2026."""

from __future__ import annotations

from datetime import timedelta

import pytest
from telegram_test_server import BotMessage, FakeGroup, FakeUser

from handlers.appeal_screens import AppealDecide
from handlers.kit.callback_data import CallbackData
from storage.staff import Enrolment
from tests.support.appeals import sanctioned
from tests.support.harness import RunningBot
from tests.support.onboarding_steps import onboard
from tests.test_onboarding_flow import say

MARA, BRUNO, OLGA = 777, 778, 779  # two admins (moderators), and a group admin not on staff
pytestmark = pytest.mark.bot_settings(ADMIN_IDS=f"{MARA},{BRUNO}")

WORDS = "It was a joke between friends, nobody was insulted"
SECOND_GROUP = -1001000002017  # the fake server's second group: the moderators' chat
LIFT, KEEP = "🔓 Toglilo", "✅ Confermalo"


def popup(user: FakeUser) -> str:
    """The last button press's pop-up text ("" before any)."""
    answers = user.callback_answers
    return str(answers[-1].get("text") or "") if answers else ""


async def moderators(bot: RunningBot) -> tuple[FakeUser, FakeUser]:
    """Mara (Italian) and Bruno (English), both started the bot (it never writes first)."""
    mara = bot.server.add_user("Mara", language_code="it", user_id=MARA)
    bruno = bot.server.add_user("Bruno", language_code="en", user_id=BRUNO)
    for moderator in (mara, bruno):
        await say(moderator, "/start")
    return mara, bruno


async def member_in_group(bot: RunningBot, name: str = "Lia") -> tuple[FakeUser, FakeGroup]:
    member = bot.server.add_user(name, language_code="en")
    await onboard(bot, member, name)
    await say(member, "/start")  # she opened the chat with the bot (rule 14)
    olga = bot.server.add_user("Olga", language_code="it", user_id=OLGA)
    group = bot.server.add_group("Gen C Torino", members=[member], admins=[olga])
    return member, group


async def appealed(member: FakeUser, words: str | None = WORDS) -> BotMessage:
    """/appeal, the first sanction, the words (or Skip), Send: the screen that says so."""
    listed = await say(member, "/appeal")
    await member.press(listed.buttons[0][0], message=listed)
    asked = await member.next_reply()
    assert (asked.text or "").startswith("✍️ Tell us in a few words")
    if words is None:
        await member.press("⏭️ Skip", message=asked)
        await member.wait_until(lambda _: asked.edits == 1)
        check = asked
    else:
        check = await say(member, words)
    assert (check.text or "").startswith("📨 Check before sending")
    await member.press("📨 Send", message=check)
    await member.wait_until(lambda _: (check.text or "").startswith("✅ Sent!"))
    return check


async def decided(moderator: FakeUser, card: BotMessage, button: str, reason: str) -> BotMessage:
    """Press Keep or Lift on the card, type the reason, confirm: the confirmation, edited."""
    await moderator.press(button, message=card)
    asked = await moderator.next_reply()
    assert "/cancel" in (asked.text or "")
    check = await say(moderator, reason)
    label = check.buttons[0][0]
    await moderator.press(label, message=check)
    await moderator.wait_until(lambda _: check.edits == 1)
    return check


async def test_nothing_to_appeal_is_said_kindly(bot: RunningBot) -> None:
    member, group = await member_in_group(bot)
    await sanctioned(bot, group, member, kind="kick")  # over once it happened
    await sanctioned(bot, group, member, lasts=timedelta(hours=1))
    bot.clock.advance(hours=2)  # that mute ran out
    answer = await say(member, "/appeal")
    assert answer.text == (
        "🙂 You have no warnings, mutes or bans right now: there's nothing to look at again."
    )


async def test_an_appeal_lifts_a_mute(bot: RunningBot) -> None:
    mara, bruno = await moderators(bot)
    lia, group = await member_in_group(bot)
    muted = await bot.services.sanctions.mute(
        chat_id=group.id, member_id=lia.id, by=OLGA, span=None, reason="insults in the chat"
    )
    assert muted.sanction is not None
    assert group.status_of(lia) == "restricted"
    notice = await lia.next_reply()
    assert "write /appeal" in (notice.text or "")

    listed = await say(lia, "/appeal")
    assert listed.text == (
        "⚖️ Ask us to look again at a sanction\n"
        "If you think it was a mistake or want to explain what happened, pick which one: "
        "a moderator reads it.\n\n"
        "1. 🔇 Mute of 15/01/2026 10:00 in Gen C Torino\n"
        "It lasts until a moderator removes it.\n"
        "Reason: insults in the chat"
    )
    check = await appealed(lia)
    assert check.text == (
        "✅ Sent! A moderator will look at it and I'll write their answer to you here.\n"
        "Until then the sanction stays as it is."
    )
    card = await mara.next_reply()
    assert card.text == (
        "⚖️ Richiesta di rivedere un provvedimento\n"
        "Lia (18–21 anni, scrive in inglese) chiede di rivedere:\n"
        "🔇 Silenzio del 15/01/2026 10:00 in Gen C Torino\n"
        "Dura finché un moderatore non lo toglie.\n"
        "Motivo: insults in the chat\n"
        "Dato da: un admin del gruppo\n\n"
        f"Le sue parole: «{WORDS}»"
    )
    english = await bruno.next_reply()
    assert (english.text or "").startswith("⚖️ A request to look again at a sanction")

    done = await decided(mara, card, LIFT, "Ok, it was a joke: be careful next time")
    assert done.text == (
        "🔓 Tolto da Mara. Motivo: «Ok, it was a joke: be careful next time»\nGliel'ho detto."
    )
    await bot.server.wait_until(lambda _: group.status_of(lia) == "member")
    # One message, the appeal's answer (not the lift's own notice too), with the reason.
    told = await lia.next_reply()
    assert told.text == (
        "⚖️ The answer to your appeal\n"
        'A moderator looked again at your mute in the group "Gen C Torino" and decided to '
        "lift it 🔓 You can write there again.\n"
        'Why: "Ok, it was a joke: be careful next time"'
    )
    # Every copy of the card says how it ended, and has no buttons left.
    await bot.server.wait_until(lambda _: english.edits == 1 and card.edits == 1)
    assert (english.text or "").endswith(
        '🔓 Lifted by Mara. Reason: "Ok, it was a joke: be careful next time"'
    )
    assert english.buttons == []
    assert card.buttons == []
    actions = {row["action"] for row in await bot.services.db.fetch_all("SELECT * FROM audit_log")}
    assert {"appeal.made", "appeal.lifted"} <= actions


async def test_uphold_keeps_the_sanction_and_tells_the_member_why(bot: RunningBot) -> None:
    mara, bruno = await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, kind="warn", by=OLGA, lasts=timedelta(days=30))
    await appealed(lia, words=None)
    card = await bruno.next_reply()
    assert (card.text or "").endswith("They wrote nothing.")
    done = await decided(bruno, card, "✅ Keep it", "Please keep the chat kind for everyone")
    assert (done.text or "").startswith('✅ Kept by Bruno. Reason: "Please keep the chat kind')
    told = await lia.next_reply()
    assert told.text == (
        "⚖️ The answer to your appeal\n"
        "A moderator looked again at your warning and decided to keep it.\n"
        'Why: "Please keep the chat kind for everyone"\n'
        "Thank you for telling us your side 🙏"
    )
    row = await bot.services.db.fetch_one("SELECT lifted_at FROM sanctions")
    assert row is not None
    assert row["lifted_at"] is None
    # Asked again: it was answered, once is enough.
    listed = await say(lia, "/appeal")
    await lia.press(listed.buttons[0][0], message=listed)
    again = await lia.next_reply()
    assert (again.text or "").startswith("⚖️ A moderator already looked at this one")
    await mara.wait_until(lambda _: mara.all_messages[-1].edits == 1)


async def test_two_moderators_at_once_the_first_decision_wins(bot: RunningBot) -> None:
    mara, bruno = await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, by=OLGA)
    await appealed(lia)
    mara_card, bruno_card = await mara.next_reply(), await bruno.next_reply()
    # Both press before either decides: both are asked why.
    await mara.press(KEEP, message=mara_card)
    await bruno.press("🔓 Lift it", message=bruno_card)
    await mara.next_reply()
    await bruno.next_reply()
    mara_check = await say(mara, "Le regole valgono per tutti")
    bruno_check = await say(bruno, "It looks like a misunderstanding")
    await mara.press("✅ Sì, confermalo", message=mara_check)
    await mara.wait_until(lambda _: mara_check.edits == 1)
    await bruno.press("🔓 Yes, lift it", message=bruno_check)
    await bruno.wait_until(lambda _: bruno_check.edits == 1)
    assert bruno_check.text == (
        'Someone already decided: ✅ Kept by Mara. Reason: "Le regole valgono per tutti"'
    )
    assert group.status_of(lia) == "restricted"
    # Told once, by the first decision (the second was refused before telling anyone).
    told = await lia.next_reply()
    assert "decided to keep it" in (told.text or "")
    assert lia.all_messages[-1] is told
    # Both cards say who decided, and offer nothing more to press.
    await bruno.wait_until(lambda _: bruno_card.edits == 1)
    assert (bruno_card.text or "").endswith(
        '✅ Kept by Mara. Reason: "Le regole valgono per tutti"'
    )
    assert bruno_card.buttons == []


async def test_a_demoted_moderator_cannot_decide(bot: RunningBot) -> None:
    mara, _ = await moderators(bot)
    lia, group = await member_in_group(bot)
    dino = bot.server.add_user("Dino", language_code="en")
    await say(dino, "/start")
    enrolment = Enrolment(dino.id, "moderator", "Dino", "en", MARA, "Mara", MARA, "Mara")
    await bot.services.staff.enrol(enrolment, bot.clock.now())
    await sanctioned(bot, group, lia, by=OLGA)
    await appealed(lia)
    card = await dino.next_reply()
    await dino.press("🔓 Lift it", message=card)
    await dino.next_reply()
    check = await say(dino, "Fine by me")
    # Demoted between the reason and the confirmation: the press does nothing.
    assert await bot.services.staff.demote(MARA, dino.id)
    await dino.press("🔓 Yes, lift it", message=check)
    await dino.wait_until(lambda _: "moderators" in popup(dino))
    # And the card's own buttons refuse too.
    await dino.press("🔓 Lift it", message=card)
    await dino.wait_until(lambda _: len(dino.callback_answers) == 3)
    assert "moderators" in popup(dino)
    assert group.status_of(lia) == "restricted"
    row = await bot.services.db.fetch_one("SELECT state FROM appeals")
    assert row is not None
    assert row["state"] == "open"
    mara_card = await mara.next_reply()
    assert mara_card.buttons  # the others' cards still wait
    # Once Mara decides, her card shows it; Dino's, no longer his to read, stays as it was.
    await decided(mara, mara_card, KEEP, "Le regole valgono per tutti")
    await mara.wait_until(lambda _: mara_card.edits == 1)
    assert card.edits == 0


async def test_a_second_appeal_on_the_same_sanction_is_already_being_looked_at(
    bot: RunningBot,
) -> None:
    await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, by=OLGA)
    await appealed(lia)
    listed = await say(lia, "/appeal")
    await lia.press(listed.buttons[0][0], message=listed)
    again = await lia.next_reply()
    assert again.text == (
        "⏳ You already asked us to look at this one: a moderator is on it. "
        "I'll write to you here as soon as they decide."
    )


async def test_cancel_midway_sends_nothing(bot: RunningBot) -> None:
    mara, _ = await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, by=OLGA)
    listed = await say(lia, "/appeal")
    await lia.press(listed.buttons[0][0], message=listed)
    await lia.next_reply()
    assert (await say(lia, "/cancel")).text == "OK, cancelled 👍"
    stray = await say(lia, WORDS)  # no longer an appeal's words
    assert not (stray.text or "").startswith("📨")
    assert await bot.services.db.fetch_all("SELECT * FROM appeals") == []
    # A moderator who stops halfway decides nothing either.
    await appealed(lia)
    card = await mara.next_reply()
    await mara.press(LIFT, message=card)
    await mara.next_reply()
    check = await say(mara, "Va bene così")
    assert (await say(mara, "/cancel")).text == "Ok, annullato 👍"
    await mara.press("🔓 Sì, toglilo", message=check)  # the check from before /cancel
    await mara.wait_until(lambda _: check.buttons == [])
    assert popup(mara) == "⏳ Questo è di prima: premi di nuovo sulla scheda della richiesta."
    row = await bot.services.db.fetch_one("SELECT state FROM appeals")
    assert row is not None
    assert row["state"] == "open"
    assert group.status_of(lia) == "restricted"


async def test_whoever_gave_the_sanction_leaves_it_to_another_moderator(
    bot: RunningBot,
) -> None:
    mara, _ = await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, by=MARA)
    await appealed(lia)
    card = await mara.next_reply()
    await mara.press(LIFT, message=card)
    await mara.wait_until(lambda _: popup(mara).startswith("✋"))


@pytest.mark.bot_settings(ADMIN_IDS=str(MARA))
async def test_the_only_moderator_decides_on_her_own_sanction_and_is_reminded(
    bot: RunningBot,
) -> None:
    mara = bot.server.add_user("Mara", language_code="it", user_id=MARA)
    await say(mara, "/start")
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, by=MARA)
    await appealed(lia)
    card = await mara.next_reply()
    assert "Dato da: un admin dello staff" in (card.text or "")
    await mara.press(LIFT, message=card)
    asked = await mara.next_reply()
    assert (asked.text or "").startswith("✋ Questo provvedimento l'hai dato tu e non c'è")


async def test_a_sanction_that_ran_out_closes_its_appeal_and_is_told_once(
    bot: RunningBot,
) -> None:
    mara, bruno = await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, by=OLGA, lasts=timedelta(hours=1))
    await appealed(lia)
    card, other = await mara.next_reply(), await bruno.next_reply()
    bot.clock.advance(hours=2)
    await mara.press(LIFT, message=card)
    await mara.wait_until(lambda _: popup(mara).startswith("⏱️"))
    told = await lia.next_reply()
    assert "ended on its own" in (told.text or "")
    await bruno.wait_until(lambda _: other.edits == 1)
    assert (other.text or "").endswith(
        "⏱️ Closed: the sanction had already ended on its own. I told them."
    )
    assert other.buttons == []
    assert lia.all_messages[-1] is told


async def test_an_erased_member_s_words_go_and_mydata_shows_appeals(bot: RunningBot) -> None:
    mara, _ = await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, by=OLGA)
    await appealed(lia)
    exported = await bot.services.privacy.export(lia.id)
    assert exported is not None
    [appeal] = exported["appeals"]
    assert (appeal["text"], appeal["state"]) == (WORDS, "open")
    await decided(mara, await mara.next_reply(), KEEP, "Le regole valgono per tutti")
    assert "decided to keep it" in ((await lia.next_reply()).text or "")
    exported = await bot.services.privacy.export(lia.id)
    assert exported is not None
    assert exported["appeals"][0]["decision_reason"] == "Le regole valgono per tutti"
    assert await bot.services.members.erase(lia.id)
    row = await bot.services.db.fetch_one("SELECT text, decision_reason, state FROM appeals")
    assert row is not None
    assert (row["text"], row["decision_reason"], row["state"]) == (None, None, "upheld")
    # Erased, she has nothing left to appeal (the mute itself stays, under a keyed hash).
    assert (await say(lia, "/appeal")).text == (
        "🙂 You have no warnings, mutes or bans right now: there's nothing to look at again."
    )


async def forge(user: FakeUser, message: BotMessage, data: CallbackData) -> str:
    """Press `data` on `message` as a tampered client could: the pop-up they get."""
    before = len(user.callback_answers)
    message.reply_markup = {
        "inline_keyboard": [[{"text": "forged", "callback_data": data.encode()}]]
    }
    await user.press("forged", message=message)
    await user.wait_until(lambda u: len(u.callback_answers) > before)
    return popup(user)


async def test_a_forged_press_does_nothing_but_log_a_warning(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    mara, _ = await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, by=OLGA)
    sent = await appealed(lia)
    [appeal] = await bot.services.db.fetch_all("SELECT id FROM appeals")
    # The member lifting her own mute, and a moderator pressing an appeal that never was.
    refused = await forge(lia, sent, AppealDecide("lifted", appeal["id"]))
    assert refused == "This command is for moderators and admins."
    expired = await forge(mara, await mara.next_reply(), AppealDecide("lifted", 999))
    assert expired.startswith("Questo pulsante")
    assert sum("pressed a button" in r.getMessage() for r in caplog.records) == 2
    row = await bot.services.db.fetch_one("SELECT state FROM appeals")
    assert row is not None
    assert row["state"] == "open"
    assert group.status_of(lia) == "restricted"


@pytest.mark.bot_settings(ADMIN_IDS=f"{MARA},{BRUNO}", MOD_CHAT_ID=str(SECOND_GROUP))
async def test_the_moderators_chat_gets_a_copy_and_the_reason_is_asked_in_private(
    bot: RunningBot,
) -> None:
    mara, bruno = await moderators(bot)
    lia, group = await member_in_group(bot)
    chat = bot.server.add_group("Moderatori", members=[mara, bruno])
    assert chat.id == SECOND_GROUP
    await sanctioned(bot, group, lia, by=OLGA, kind="warn")
    await appealed(lia)
    await bot.server.wait_until(lambda _: bool(chat.messages))
    [posted] = chat.messages
    assert (posted.text or "").startswith("⚖️ Richiesta di rivedere un provvedimento")
    await mara.next_reply()  # her own copy
    await mara.press(KEEP, message=posted)
    await mara.wait_until(lambda _: popup(mara) == "Ti ho scritto in privato per il motivo.")
    asked = await mara.next_reply()
    assert (asked.text or "").startswith("✅ Lo confermi.")
    check = await say(mara, "Gli avvisi servono a ricordare le regole")
    await mara.press("✅ Sì, confermalo", message=check)
    await bot.server.wait_until(lambda _: posted.edits == 1)
    assert (posted.text or "").endswith(
        "✅ Confermato da Mara. Motivo: «Gli avvisi servono a ricordare le regole»"
    )
    assert posted.buttons == []


async def test_a_lift_the_bot_cannot_do_leaves_the_appeal_open_and_says_why(
    bot: RunningBot,
) -> None:
    mara, _ = await moderators(bot)
    lia, group = await member_in_group(bot)
    await sanctioned(bot, group, lia, by=OLGA)
    await appealed(lia)
    card = await mara.next_reply()
    group.bot_rights["can_restrict_members"] = False  # a group admin took the right away
    done = await decided(mara, card, LIFT, "Era un malinteso")
    assert (done.text or "").startswith("⚠️ Non sono riuscito a toglierlo")
    row = await bot.services.db.fetch_one("SELECT state FROM appeals")
    assert row is not None
    assert row["state"] == "open"
    assert card.buttons  # still there to press once the bot has the right again
    group.bot_rights["can_restrict_members"] = True
    done = await decided(mara, card, LIFT, "Era un malinteso")
    assert (done.text or "").startswith("🔓 Tolto da Mara")
    await bot.server.wait_until(lambda _: group.status_of(lia) == "member")
