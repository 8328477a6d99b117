"""The bot in groups: a pointer to the private chat, the welcome, newcomers held until they finish
the onboarding (ONBOARDING_REQUIRED), and contact details posted by minors (rule 26)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from telegram_test_server import FakeTelegram, FakeUser
from telegram_test_server.groups import FakeGroup

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.domain.onboarding_steps import Step
from tests.support.harness import RunningBot, running_bot
from tests.support.onboarding_steps import reach, reach_summary

MakeSettings = Callable[..., Settings]


@asynccontextmanager
async def community_bot(
    server: FakeTelegram,
    make_settings: MakeSettings,
    clock: FakeClock,
    group: FakeGroup,
    **extra: str,
) -> AsyncIterator[RunningBot]:
    settings = make_settings(
        TELEGRAM_API_URL=server.api_url, COMMUNITY_CHAT_IDS=str(group.id), **extra
    )
    async with running_bot(server, settings, clock) as running:
        await joins_reach_the_bot(server)
        yield running


def holding_bot(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock, group: FakeGroup
) -> AbstractAsyncContextManager[RunningBot]:
    """The bot keeping `group` with ONBOARDING_REQUIRED on."""
    return community_bot(server, make_settings, clock, group, ONBOARDING_REQUIRED="true")


async def joins_reach_the_bot(server: FakeTelegram) -> None:
    """Telegram sends `chat_member` updates only once the bot has asked for them (its first
    poll, which may still be on its way)."""
    await server.wait_until(lambda s: s.state.is_allowed("chat_member"))


async def started(bot: RunningBot, user: FakeUser, born: str) -> None:
    """Someone who started the bot and answered the birth question, nothing more."""
    onboarding = bot.services.onboarding
    await bot.services.members.first_contact(user.id, "it")
    await onboarding.resume(user.id)
    await onboarding.choose_language(user.id, "it")
    await onboarding.accept_notice(user.id)
    await onboarding.answer_birth_text(user.id, born)


async def member(bot: RunningBot, user: FakeUser, born: str, name: str) -> None:
    await started(bot, user, born)
    await bot.services.onboarding.answer_name(user.id, name)
    await reach_summary(bot, user)
    await bot.services.onboarding.confirm(user.id)


async def settle(user: FakeUser) -> None:
    """Every update from `user` so far handled: one person's updates run in order, so a
    private /about is answered after them."""
    await user.send("/about")
    await user.next_reply()


async def test_start_and_help_in_a_group_point_to_the_private_chat(bot: RunningBot) -> None:
    pia = bot.server.add_user("Pia", username="pia_secret")
    group = bot.server.add_group("Any group", members=[pia])
    await pia.send("/start", chat=group)
    await bot.server.wait_until(lambda _: bool(group.messages))
    [pointer] = group.messages
    assert "scrivimi in privato" in (pointer.text or "")
    [[button]] = pointer.inline_keyboard
    assert button["url"] == "https://t.me/genc_test_bot?start=group"
    assert "Pia" not in (pointer.text or "")
    assert "pia_secret" not in (pointer.text or "")
    # Within a minute the same pointer serves everyone: no second answer.
    await pia.send("/help", chat=group)
    await pia.send("/projects@genc_test_bot", chat=group)
    await settle(pia)
    # Commands for other bots, unknown commands and chatter get silence.
    bot.clock.advance(minutes=2)
    await pia.send("/help@other_bot", chat=group)
    await pia.send("/nonesiste", chat=group)
    await pia.send("ciao a tutti", chat=group)
    await settle(pia)
    assert len(group.messages) == 1
    await pia.send("/help", chat=group)
    await bot.server.wait_until(lambda _: len(group.messages) == 2)
    # Group chatter creates no member record.
    assert await bot.services.members.get(pia.id) is None


async def test_one_welcome_per_join_a_burst_shares_one_and_the_last_replaces_the_old(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    group = server.add_group("Gen C Torino")
    async with community_bot(server, make_settings, clock, group) as bot:
        anna = server.add_user("Anna")
        await group.join(anna)
        await bot.server.wait_until(lambda _: bool(group.messages))
        [welcome] = group.messages
        assert "Benvenuto/a nel gruppo di Generazione Changemaker" in (welcome.text or "")
        assert "Niente numeri di telefono" in (welcome.text or "")
        assert welcome.inline_keyboard[0][0]["url"].endswith("?start=group")
        # A burst: more joiners (and a bot) a moment later are greeted by the same welcome.
        ben = server.add_user("Ben")
        await group.join(ben)
        await group.join(server.add_user("Helper", is_bot=True))
        await settle(ben)
        assert group.messages == [welcome]
        # Later, a new welcome takes the old one's place.
        clock.advance(minutes=5)
        await group.join(server.add_user("Carla"))
        await bot.server.wait_until(lambda _: bool(group.messages) and group.messages != [welcome])
        [latest] = group.messages
        assert latest.message_id != welcome.message_id
        assert group.status_of(anna) == "member"  # nothing held by default


async def test_a_member_who_finished_gets_the_short_welcome(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    group = server.add_group("Gen C Torino")
    async with community_bot(server, make_settings, clock, group) as bot:
        marta = server.add_user("Marta")
        await member(bot, marta, "03/2006", "Marta")
        await group.join(marta)
        await bot.server.wait_until(lambda _: bool(group.messages))
        [welcome] = group.messages
        assert "Ci conosciamo già dal bot" in (welcome.text or "")
        assert welcome.inline_keyboard == []


async def _finish_through_telegram(bot: RunningBot, user: FakeUser) -> None:
    await reach(bot, user, Step.NAME)
    await bot.services.onboarding.answer_name(user.id, "Lia")
    await reach_summary(bot, user)
    await user.send("/start")
    summary = await user.next_reply()
    await user.press("✅ All correct", message=summary)


async def test_newcomers_read_only_until_they_finish_even_across_a_restart(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    group = server.add_group("Gen C Torino")
    lia = server.add_user("Lia", language_code="en")
    async with holding_bot(server, make_settings, clock, group) as bot:
        await group.join(lia)
        await bot.server.wait_until(lambda _: bool(group.messages))
        [welcome] = group.messages
        assert "solo leggere" in (welcome.text or "")
        assert "meno di 14 anni" in (welcome.text or "")
        assert group.restrictions_of(lia)["can_send_messages"] is False  # type: ignore[index]
    async with holding_bot(server, make_settings, clock, group) as bot:
        await _finish_through_telegram(bot, lia)
        await bot.server.wait_until(lambda _: group.status_of(lia) == "member")
        await lia.wait_until(lambda u: "You can now write in the community group" in u.transcript())
        assert await bot.services.groups.holds_of(lia.id) == ()


async def test_a_newcomer_who_leaves_is_no_longer_held(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    group = server.add_group("Gen C Torino")
    async with holding_bot(server, make_settings, clock, group) as bot:
        leo = server.add_user("Leo")
        await group.join(leo)
        await bot.server.wait_until(lambda _: group.status_of(leo) == "restricted")
        await bot.server.wait_until(lambda _: bool(group.messages))
        assert await bot.services.groups.holds_of(leo.id) == (group.id,)
        await group.leave(leo)
        await settle(leo)
        assert await bot.services.groups.holds_of(leo.id) == ()


async def test_without_the_right_to_restrict_the_admins_are_told_once(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    group = server.add_group("Gen C Torino")
    async with holding_bot(server, make_settings, clock, group) as bot:
        server.inject_error(
            "restrictChatMember",
            400,
            "Bad Request: not enough rights to restrict/unrestrict chat member",
            count=2,
        )
        ugo = server.add_user("Ugo")
        await group.join(ugo)
        await settle(ugo)
        told, welcome = group.messages
        assert "non ho il permesso" in (told.text or "")
        assert "solo leggere" not in (welcome.text or "")  # it does not pretend
        clock.advance(minutes=5)
        await group.join(server.add_user("Vera"))
        await bot.server.wait_until(lambda _: group.messages[-1].message_id != welcome.message_id)
        assert not any("non ho il permesso" in (m.text or "") for m in group.messages[1:])


async def test_a_15_year_olds_number_is_removed_and_she_and_the_moderators_are_told(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    admin, owner = server.add_user("Ada"), server.add_user("Olga")
    group = server.add_group("Gen C Torino", creator=owner)
    settings = make_settings(
        TELEGRAM_API_URL=server.api_url, COMMUNITY_CHAT_IDS=str(group.id), ADMIN_IDS=str(admin.id)
    )
    async with running_bot(server, settings, clock) as bot:
        await joins_reach_the_bot(server)
        await admin.send("/start")
        await admin.next_reply()
        giulia, marco = server.add_user("Giulia"), server.add_user("Marco")
        await member(bot, giulia, "06/2010", "Giulia")
        await member(bot, marco, "03/2000", "Marco")
        await giulia.send("/start")
        await giulia.next_reply()
        await group.join(giulia)
        await group.join(marco)
        # The group's rule 2 is for everyone: an adult's number goes too, and he is told.
        marcos = await marco.send("chiamatemi al 333 123 4567", chat=group)
        assert "Contatto tolto" in ((await admin.next_reply()).text or "")
        posted = await giulia.send("scrivetemi su whatsapp 333 123 4567", chat=group)
        told = await giulia.next_reply()
        assert "Ho tolto il tuo messaggio dal gruppo «Gen C Torino»" in (told.text or "")
        alert = await admin.next_reply()
        assert "Giulia" in (alert.text or "")
        assert "numero di telefono" in (alert.text or "")
        assert "13–15 anni" in (alert.text or "")
        assert "333" not in (alert.text or "")
        assert (group.id, posted["message_id"]) in server.state.deleted
        assert (group.id, marcos["message_id"]) in server.state.deleted
        # The same by an edit.
        later = await giulia.send("ci vediamo sabato", chat=group)
        await giulia.edit(later, "ci vediamo sabato, il mio insta è @giulia.x")
        # Told a moment ago: the moderators hear of it, she is not told twice.
        assert "già spiegato" in ((await admin.next_reply()).text or "")
        assert (group.id, later["message_id"]) in server.state.deleted
        assert not any("333" in (m.text or "") for m in group.messages)
        # The group's own admin posts the community's address: it stays.
        kept_too = await owner.send("Scriveteci a info@genc.example.org", chat=group)
        # Someone who never started the bot: removed too, moderators told, nothing sent to him.
        teo = server.add_user("Teo")
        await group.join(teo)
        unknown = await teo.send("mia mail teo@example.org", chat=group)
        told_about_teo = await admin.next_reply()
        assert "età non nota" in (told_about_teo.text or "")
        assert (group.id, unknown["message_id"]) in server.state.deleted
        assert not [c for c in server.calls_to("sendMessage") if c.params["chat_id"] == teo.id]
        await settle(owner)
        assert (group.id, kept_too["message_id"]) not in server.state.deleted


async def test_a_13_year_old_is_held_until_a_moderator_checks_her_guardians_consent(
    server: FakeTelegram, make_settings: MakeSettings, clock: FakeClock
) -> None:
    ada, nina, laura = server.add_user("Ada"), server.add_user("Nina"), server.add_user("Laura")
    group = server.add_group("Gen C Torino")
    settings = make_settings(
        TELEGRAM_API_URL=server.api_url,
        COMMUNITY_CHAT_IDS=str(group.id),
        ADMIN_IDS=str(ada.id),
        ONBOARDING_REQUIRED="true",
    )
    async with running_bot(server, settings, clock) as bot:
        await joins_reach_the_bot(server)
        await ada.send("/start")
        await ada.next_reply()
        await group.join(nina)
        await bot.server.wait_until(lambda _: group.status_of(nina) == "restricted")
        await started(bot, nina, "10/2012")
        guardians = bot.services.guardians
        _, token = await guardians.start_request(nina.id, "Nina")
        opened = await guardians.open(token, laura.id, "it")
        assert opened.request is not None
        await guardians.state_name(opened.request, "Laura Rossi")
        named = await guardians.request_of(nina.id)
        assert named is not None
        await guardians.state_relationship(named, "parent")
        stated = await guardians.request_of(nina.id)
        assert stated is not None
        await guardians.consent(stated, "bot", laura.id)
        await bot.services.onboarding.answer_name(nina.id, "Nina")
        await reach_summary(bot, nina)
        await nina.send("/start")
        summary = await nina.next_reply()
        await nina.press("✅ È tutto giusto", message=summary)
        await nina.wait_until(lambda u: "appena un moderatore controlla" in u.transcript())
        assert group.status_of(nina) == "restricted"
        await ada.wait_until(lambda u: any(m.button("✅ Confermo") for m in u.messages))
        card = next(m for m in ada.messages if m.button("✅ Confermo"))
        await ada.press("✅ Confermo", message=card)
        await bot.server.wait_until(lambda _: group.status_of(nina) == "member")
        await nina.wait_until(lambda u: "Ora puoi scrivere anche nel gruppo" in u.transcript())
