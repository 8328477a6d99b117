"""The bot in the community groups after the first walks by real people: a ban or mute outlives
/deleteme, a rejoin and a new onboarding (rule 11); a removed message is explained at once,
once; adults asking minors for contacts, private chats or secrecy reach moderators and
safeguarding leads; a welcome an English speaker understands."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from telegram_test_server import FakeTelegram, FakeUser
from telegram_test_server.groups import FakeGroup

from bot.core.clock import FakeClock
from tests.support.harness import RunningBot, running_bot
from tests.support.onboarding_steps import reach_summary
from tests.test_groups import MakeSettings, joins_reach_the_bot, member, settle, started


@asynccontextmanager
async def watched_group(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock, **extra: str
) -> AsyncIterator[tuple[RunningBot, FakeGroup, FakeUser, FakeUser]]:
    """The bot keeping a group, with an admin (a moderator) and a safeguarding lead who both
    started the bot."""
    clock.set(at_hour(12))
    admin, lead = server.add_user("Ada"), server.add_user("Lea")
    group = server.add_group("Gen C Torino")
    settings = make_settings(
        TELEGRAM_API_URL=server.api_url,
        COMMUNITY_CHAT_IDS=str(group.id),
        ADMIN_IDS=str(admin.id),
        SAFEGUARDING_IDS=str(lead.id),
        **extra,
    )
    async with running_bot(server, settings, clock) as bot:
        await joins_reach_the_bot(server)
        for staff in (admin, lead):
            await staff.send("/start")
            await staff.next_reply()
        yield bot, group, admin, lead


def at_hour(hour: int) -> datetime:
    """Tomorrow at this hour (UTC): the fake server checks until_date against its own real
    time, so a mute's end must lie ahead of it too."""
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    return tomorrow.replace(hour=hour, minute=0, second=0, microsecond=0)


async def started_member(bot: RunningBot, user: FakeUser, born: str) -> None:
    await member(bot, user, born, user.first_name)
    await user.send("/start")
    await user.next_reply()


async def test_a_mute_outlives_deleteme_a_rejoin_and_a_new_onboarding(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    async with watched_group(server, make_settings, clock, ONBOARDING_REQUIRED="true") as scene:
        bot, group, admin, _ = scene
        sara = server.add_user("Sara")
        await started_member(bot, sara, "01/2011")
        await group.join(sara)
        await bot.server.wait_until(lambda _: bool(group.messages))
        acted = await bot.services.sanctions.mute(
            chat_id=group.id, member_id=sara.id, by=admin.id, span=timedelta(days=1), reason=None
        )
        assert acted.sanction is not None
        assert acted.sanction.until is not None
        ends = int(acted.sanction.until.timestamp())
        profile = await bot.services.members.get(sara.id)
        assert profile is not None
        assert await bot.services.privacy.erase(sara.id, profile.created_at)
        await group.leave(sara)
        # Telegram keeps a restricted member's restrictions across leaving and joining.
        assert group.status_of(sara) == "restricted"
        await group.join(sara)
        await bot.server.wait_until(lambda _: group.status_of(sara) == "restricted")
        await settle(sara)
        # Onboarding again, to the last tap.
        await sara.send("/start")
        await sara.next_reply()
        await bot.services.onboarding.resume(sara.id)
        await bot.services.onboarding.choose_language(sara.id, "it")
        await bot.services.onboarding.accept_notice(sara.id)
        await bot.services.onboarding.answer_birth_text(sara.id, "01/2011")
        await bot.services.onboarding.answer_name(sara.id, "Sara")
        await reach_summary(bot, sara)
        await sara.send("/start")
        await sara.wait_until(lambda u: any(m.button("✅ È tutto giusto") for m in u.messages))
        summary = next(m for m in sara.messages if m.button("✅ È tutto giusto"))
        await sara.press("✅ È tutto giusto", message=summary)
        await sara.wait_until(lambda u: "potrai scrivere dal" in u.transcript())
        assert "Ora puoi scrivere anche nel gruppo" not in sara.transcript()
        assert group.status_of(sara) == "restricted"
        restrictions = group.restrictions_of(sara)
        assert restrictions is not None
        assert not restrictions["can_send_messages"]
        last = server.calls_to("restrictChatMember")[-1].params
        assert last["user_id"] == sara.id
        assert int(last["until_date"]) == ends
        assert await bot.services.groups.holds_of(sara.id) == ()


async def test_a_ban_in_force_applies_again_when_the_same_id_joins(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    async with watched_group(server, make_settings, clock) as (bot, group, admin, _):
        dario = server.add_user("Dario")
        await started_member(bot, dario, "01/2005")
        await group.join(dario)
        await bot.server.wait_until(lambda _: bool(group.messages))
        await bot.services.sanctions.ban(
            chat_id=group.id, member_id=dario.id, by=admin.id, span=None, reason=None
        )
        assert group.status_of(dario) == "kicked"
        welcomes = len(group.messages)
        group.members.pop(dario.id)  # lifted on Telegram's side, not in the bot
        await group.join(dario)
        await bot.server.wait_until(lambda _: group.status_of(dario) == "kicked")
        await settle(dario)
        assert len(group.messages) == welcomes  # no welcome for someone banned


async def test_a_muted_member_who_rejoins_stays_muted_and_is_told_until_when(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    async with watched_group(server, make_settings, clock) as (bot, group, admin, _):
        sara = server.add_user("Sara")
        await started_member(bot, sara, "01/2011")
        await group.join(sara)
        await bot.server.wait_until(lambda _: bool(group.messages))
        await bot.services.sanctions.mute(
            chat_id=group.id, member_id=sara.id, by=admin.id, span=timedelta(hours=5), reason=None
        )
        await sara.next_reply()  # the mute's own notice
        group.members.pop(sara.id)  # gone with nothing kept, as a new account would be
        await group.join(sara)
        told = await sara.next_reply()
        assert "Sei di nuovo nel gruppo" in (told.text or "")
        assert "potrai scrivere dal" in (told.text or "")
        assert group.status_of(sara) == "restricted"


async def test_removed_messages_are_explained_at_once_at_night_and_only_once(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    async with watched_group(server, make_settings, clock) as (bot, group, admin, lead):
        clock.set(at_hour(22))  # 23:00 in Rome: quiet hours for minors
        giulia = server.add_user("Giulia")
        await started_member(bot, giulia, "01/2011")
        await group.join(giulia)
        for text in ("il mio numero è 333 123 4567", "333 1234567", "scrivimi su insta"):
            await giulia.send(text, chat=group)
        told = await giulia.next_reply()
        assert "Ho tolto il tuo messaggio" in (told.text or "")
        first = await admin.next_reply()
        assert "spiegato il perché in privato, subito" in (first.text or "")
        second = await admin.next_reply()
        assert "già spiegato il perché in privato pochi minuti fa" in (second.text or "")
        await admin.next_reply()
        assert "Contatto tolto" in ((await lead.next_reply()).text or "")
        await settle(giulia)
        assert giulia.transcript().count("Ho tolto il tuo messaggio") == 1


async def test_an_adult_asking_a_minor_for_her_number_reaches_moderators_and_leads(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    async with watched_group(server, make_settings, clock) as (bot, group, admin, lead):
        giulia, marco = server.add_user("Giulia"), server.add_user("Marco")
        await started_member(bot, giulia, "01/2011")
        await started_member(bot, marco, "03/2007")
        await group.join(giulia)
        await group.join(marco)
        hello = await giulia.send("ciao a tutti!", chat=group)
        first = await marco.send(
            "@giuli_14 ciao Giulia, mi dai il tuo numero di telefono? ti scrivo su whatsapp",
            chat=group,
            reply_to=hello,
        )
        asked = await admin.next_reply()
        assert "Un adulto chiede contatti o segreti" in (asked.text or "")
        assert "Marco (18–21 anni)" in (asked.text or "")
        assert "rispondendo a Giulia (13–15 anni)" in (asked.text or "")
        assert "mi dai il tuo numero di telefono?" in (asked.text or "")
        assert "Un adulto chiede" in ((await lead.next_reply()).text or "")
        removed = await admin.next_reply()
        assert "Contatto tolto" in (removed.text or "")
        assert (group.id, first["message_id"]) in server.state.deleted
        told = await marco.next_reply()
        assert "La regola 2 del gruppo vale per tutti" in (told.text or "")
        await lead.next_reply()
        # No contact in it, so it stays up, but moderators and leads see it.
        second = await marco.send("ti scrivo in privato, non dirlo a nessuno 😉", chat=group)
        secret = await admin.next_reply()
        assert "non dirlo a nessuno" in (secret.text or "")
        assert "ancora nel gruppo" in (secret.text or "")
        assert "non dirlo a nessuno" in ((await lead.next_reply()).text or "")
        # Giulia answers with her number: removed, and the alert says to whom and what.
        await giulia.send("ok 333 123 4567", chat=group, reply_to=second)
        answer = await admin.next_reply()
        assert "Rispondeva a Marco (18–21 anni)" in (answer.text or "")
        assert "ti scrivo in privato, non dirlo a nessuno" in (answer.text or "")
        assert "333" not in (answer.text or "")
        assert "Rispondeva a Marco" in ((await lead.next_reply()).text or "")


async def test_a_minors_ordinary_words_and_staff_alike_raise_nothing(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    async with watched_group(server, make_settings, clock) as (bot, group, admin, lead):
        luca = server.add_user("Luca")
        await started_member(bot, luca, "01/2011")
        await group.join(luca)
        await group.join(admin)
        await luca.send("non dirlo a nessuno ma sabato porto la torta", chat=group)
        await admin.send("scrivimi in privato se hai dubbi sul progetto", chat=group)
        await settle(luca)
        await settle(admin)
        assert not [m for m in admin.messages if "Un adulto chiede" in (m.text or "")]
        assert not [m for m in lead.messages if "Un adulto chiede" in (m.text or "")]


async def test_the_group_welcome_has_an_english_line(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    async with watched_group(server, make_settings, clock, ONBOARDING_REQUIRED="true") as scene:
        bot, group, _, _ = scene
        await group.join(server.add_user("Tom", language_code="en"))
        await bot.server.wait_until(lambda _: bool(group.messages))
        [welcome] = group.messages
        text = welcome.text or ""
        assert "Per ora qui puoi solo leggere" in text
        assert "🇬🇧 Welcome! For now you can only read here" in text
        assert len(text) < 1200  # one phone screen


async def test_a_child_held_in_the_group_learns_from_the_wait_when_he_may_write_there(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    async with watched_group(server, make_settings, clock, ONBOARDING_REQUIRED="true") as scene:
        bot, group, _, _ = scene
        tom = server.add_user("Tom")
        await group.join(tom)
        await bot.server.wait_until(lambda _: group.status_of(tom) == "restricted")
        await started(bot, tom, "10/2013")
        await bot.services.guardians.start_request(tom.id, "Tom")
        await tom.send("what now? can i write in the group?")
        waiting = await tom.next_reply()
        assert "potrai scrivere appena un moderatore controlla l'ok" in (waiting.text or "")
