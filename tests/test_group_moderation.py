"""Group moderation in a community group, end to end through the fake Telegram server: /warn
and the automatic mute, /mute /ban /kick /del and their undoing, who may act, what the bot
lacks, the private message to the member, the audit log, /deleteme, and flood control."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.groups import FakeGroup
from telegram_test_server.models import JSON, BotMessage

from storage.audit import AuditEntry, AuditRepository
from storage.staff import Enrolment
from tests.support.harness import RunningBot
from tests.support.onboarding_steps import onboard

COMMUNITY = -1001000001017  # the fake server's first group
ZONE = ZoneInfo("Europe/Rome")
ADMIN, MODERATOR = 777, 700
pytestmark = pytest.mark.bot_settings(
    COMMUNITY_CHAT_IDS=str(COMMUNITY), ADMIN_IDS=str(ADMIN), DEFAULT_LANGUAGE="it"
)


@dataclass
class Scene:
    bot: RunningBot
    group: FakeGroup
    moderator: FakeUser
    member: FakeUser  # an adult member who started the bot, in English
    owner: FakeUser  # the group's creator
    group_admin: FakeUser  # one of the group's administrators, no bot role

    async def says(self, user: FakeUser, text: str, reply_to: JSON | None = None) -> BotMessage:
        """`user` writes `text` in the group; the bot's answer there."""
        before = len(self.group.messages)
        await user.send(text, chat=self.group, reply_to=reply_to)
        await self.bot.server.wait_until(lambda _: len(self.group.messages) > before)
        return self.group.messages[-1]

    async def joins(self, user: FakeUser) -> None:
        """`user` joins the group, and the bot's welcome is posted."""
        before = len(self.group.messages)
        await self.group.join(user)
        await self.bot.server.wait_until(lambda _: len(self.group.messages) > before)

    async def line(self) -> JSON:
        """Something the member writes in the group, to reply to."""
        return await self.member.send("ciao a tutti", chat=self.group)


async def scene(bot: RunningBot) -> Scene:
    # The fake server checks until_date against its own (real) time.
    bot.clock.set(datetime.now(UTC).replace(microsecond=0))
    server = bot.server
    moderator = server.add_user("Marta", language_code="it", user_id=MODERATOR)
    await bot.services.staff.enrol(
        Enrolment(MODERATOR, "moderator", "Marta Bianchi", "it", ADMIN, None, ADMIN, None),
        bot.clock.now(),
    )
    member = server.add_user("Luca", language_code="en")
    await onboard(bot, member, "Luca")
    await member.send("/start")
    await member.next_reply()
    owner, group_admin = server.add_user("Olga"), server.add_user("Gino")
    group = server.add_group(
        "Gen C Torino", members=[moderator, member], admins=[group_admin], creator=owner
    )
    assert group.id == COMMUNITY
    return Scene(bot, group, moderator, member, owner, group_admin)


async def audit(bot: RunningBot) -> list[AuditEntry]:
    return list(reversed(await AuditRepository(bot.services.db).recent(200)))


def actions(entries: list[AuditEntry]) -> list[str]:
    return [entry.action for entry in entries if entry.action.startswith(("sanction", "message"))]


async def test_three_warnings_mute_a_member_for_a_day_and_tell_them(bot: RunningBot) -> None:
    s = await scene(bot)
    first = await s.says(s.moderator, "/warn spam di link", reply_to=await s.line())
    assert first.text == "⚠️ Luca ha ricevuto un avviso (1 su 3).\nMotivo: spam di link"
    told = await s.member.next_reply()
    assert (told.text or "").startswith(
        '⚠️ Hi! You got a warning in the group "Gen C Torino" (1 of 3).'
    )
    assert "Each warning counts for 30 days." in (told.text or "")
    assert "Reason: spam di link" in (told.text or "")
    assert "/appeal" in (told.text or "")
    await s.says(s.moderator, "/warn", reply_to=await s.line())
    await s.member.next_reply()
    third = await s.says(s.moderator, "/warn@genc_test_bot\ninsulti", reply_to=await s.line())
    assert (
        third.text
        == "🔇 Luca ha raggiunto 3 avvisi: non può scrivere per 1 giorno.\nMotivo: insulti"
    )
    [restrict] = bot.server.calls_to("restrictChatMember")
    assert restrict.params["user_id"] == s.member.id
    assert restrict.params["chat_id"] == COMMUNITY
    assert restrict.params["until_date"] == int((bot.clock.now() + timedelta(days=1)).timestamp())
    assert not any(restrict.params["permissions"].values())
    assert s.group.status_of(s.member) == "restricted"
    muted = await s.member.next_reply()
    ends = bot.clock.now() + timedelta(days=1)
    until = f"{ends.astimezone(ZONE):%A} {ends.astimezone(ZONE).day}/{ends.astimezone(ZONE).month}"
    assert (muted.text or "").startswith(
        '🔇 Hi! That makes 3 warnings in the group "Gen C Torino": '
        f"you can't write there until {until} at {ends.astimezone(ZONE):%H:%M}."
    )
    # The count starts again: the next warning is the first.
    assert await bot.services.sanctions.warnings(chat_id=COMMUNITY, member_id=s.member.id) == []
    assert actions(await audit(bot)) == [
        "sanction.warn",
        "sanction.warn",
        "sanction.warn",
        "sanction.mute",
    ]
    mute = next(e for e in await audit(bot) if e.action == "sanction.mute")
    assert mute.details["source"] == "warn_limit"
    assert mute.details["minutes"] == 24 * 60


async def test_warnings_expire(bot: RunningBot) -> None:
    s = await scene(bot)
    await s.says(s.moderator, "/warn", reply_to=await s.line())
    await s.says(s.moderator, "/warn", reply_to=await s.line())
    bot.clock.advance(days=31)
    answer = await s.says(s.moderator, "/warn", reply_to=await s.line())
    assert answer.text == "⚠️ Luca ha ricevuto un avviso (1 su 3)."


async def test_a_members_ban_is_refused_and_audited(bot: RunningBot) -> None:
    s = await scene(bot)
    other = bot.server.add_user("Pia")
    await s.joins(other)
    target = await other.send("uffa", chat=s.group)
    answer = await s.says(s.member, "/ban 1d", reply_to=target)
    assert (
        answer.text
        == "Solo i moderatori e gli amministratori del gruppo possono usare questo comando."
    )
    assert bot.server.calls_to("banChatMember") == []
    assert s.group.status_of(other) == "member"
    [refused] = [e for e in await audit(bot) if e.action == "sanction.refused"]
    assert (refused.actor_id, refused.details["attempted"]) == (s.member.id, "ban")


async def test_bad_targets_are_explained(bot: RunningBot) -> None:
    s = await scene(bot)
    no_reply = await s.says(s.moderator, "/warn spam")
    assert no_reply.text == (
        "Rispondi al messaggio della persona con /warn, poi scrivi il motivo se vuoi "
        "(lo vedono tutti nel gruppo)."
    )
    admin_line = await s.group_admin.send("regole aggiornate", chat=s.group)
    on_admin = await s.says(s.moderator, "/warn", reply_to=admin_line)
    assert on_admin.text == (
        "Non posso: Gino è amministratore o ha un ruolo uguale o più alto del tuo."
    )
    on_bot = await s.says(s.moderator, "/mute 1h", reply_to=s.group.messages[-1].payload)
    assert on_bot.text == "Non posso farlo a me stesso 🙂"
    own = await s.moderator.send("scusate", chat=s.group)
    on_self = await s.says(s.moderator, "/warn", reply_to=own)
    assert on_self.text == "Non puoi farlo a te stesso."
    # A moderator on another moderator: the same rank.
    assert bot.server.calls_to("restrictChatMember") == []
    in_private = await s.moderator.send("/warn")
    assert in_private["text"] == "/warn"
    hint = await s.moderator.next_reply()
    assert hint.text == (
        "Questo comando si usa nel gruppo della community: rispondi al messaggio della persona "
        "con il comando."
    )
    member_private = await s.member.send("/ban")
    assert member_private
    refused = await s.member.next_reply()
    assert "moderat" in (refused.text or "")


async def test_durations_that_are_not_usable_are_explained(bot: RunningBot) -> None:
    s = await scene(bot)
    line = await s.line()
    expected = {
        "/mute 0m": "La durata deve essere più di zero: ad esempio 10m o 2h.",
        "/mute -1h": "La durata deve essere più di zero: ad esempio 10m o 2h.",
        "/ban 99999d spam": (
            "Al massimo 366 giorni. Per «finché non lo togliamo», non scrivere la durata."
        ),
        "/mute 1x": (
            "Non capisco la durata «1x». Scrivi ad esempio 10m, 2h, 3d o 1w (minuti, ore, "
            "giorni, settimane). Senza durata vale finché un moderatore non lo toglie."
        ),
    }
    for typed, answer in expected.items():
        assert (await s.says(s.moderator, typed, reply_to=line)).text == answer
    assert bot.server.calls_to("restrictChatMember") == []
    assert bot.server.calls_to("banChatMember") == []
    muted = await s.says(s.moderator, "/mute 2 ore troppi vocali", reply_to=line)
    assert muted.text == "🔇 Luca non può scrivere per 2 ore.\nMotivo: troppi vocali"
    [restrict] = bot.server.calls_to("restrictChatMember")
    assert restrict.params["until_date"] == int((bot.clock.now() + timedelta(hours=2)).timestamp())


async def test_mute_unmute_ban_unban_kick(bot: RunningBot) -> None:
    s = await scene(bot)
    line = await s.line()
    forever = await s.says(s.group_admin, "/mute", reply_to=line)
    assert forever.text == "🔇 Luca non può scrivere finché un moderatore non glielo permette."
    [restrict] = bot.server.calls_to("restrictChatMember")
    assert "until_date" not in restrict.params
    told = await s.member.next_reply()
    assert "until a moderator allows it again" in (told.text or "")
    unmuted = await s.says(s.group_admin, "/unmute", reply_to=line)
    assert unmuted.text == "🔊 Luca può di nuovo scrivere."
    assert s.group.status_of(s.member) == "member"
    assert "You can write in the group" in ((await s.member.next_reply()).text or "")
    again = await s.says(s.group_admin, "/unmute", reply_to=line)
    assert again.text == "Luca può già scrivere."
    banned = await s.says(s.moderator, "/ban 1w", reply_to=line)
    assert banned.text == "🚫 Luca è fuori dal gruppo per 1 settimana."
    assert s.group.status_of(s.member) == "kicked"
    await s.member.next_reply()
    unbanned = await s.says(s.moderator, "/unban", reply_to=line)
    assert unbanned.text == "✅ Luca può rientrare nel gruppo, se vuole."
    assert s.group.status_of(s.member) == "left"  # not added back
    await s.member.next_reply()
    await s.joins(s.member)
    kicked = await s.says(s.moderator, "/kick", reply_to=await s.line())
    assert kicked.text == "👋 Luca è fuori dal gruppo; può rientrare con il link."
    assert s.group.status_of(s.member) == "left"
    assert actions(await audit(bot)) == [
        "sanction.mute",
        "sanction.lifted.mute",
        "sanction.ban",
        "sanction.lifted.ban",
        "sanction.kick",
    ]


async def test_the_undo_button_is_checked_when_pressed(bot: RunningBot) -> None:
    s = await scene(bot)
    warned = await s.says(s.moderator, "/warn", reply_to=await s.line())
    await s.member.press("↩️ Togli l'avviso", message=warned)
    await bot.server.wait_until(lambda _: bool(s.member.callback_answers))
    assert s.member.callback_answers[-1]["text"] == (
        "Only moderators and the group's admins can do that."
    )
    # The moderator is demoted after the warning and before the press.
    await bot.services.staff.demote(ADMIN, MODERATOR)
    await s.moderator.press("↩️ Togli l'avviso", message=warned)
    await bot.server.wait_until(lambda _: bool(s.moderator.callback_answers))
    assert warned.edits == 0
    refusals = [e for e in await audit(bot) if e.action == "sanction.refused"]
    assert [e.actor_id for e in refusals] == [s.member.id, MODERATOR]
    await s.group_admin.press("↩️ Togli l'avviso", message=warned)
    await bot.server.wait_until(lambda _: warned.edits == 1)
    assert (warned.text or "").endswith("↩️ Annullato da un moderatore.")
    assert await bot.services.sanctions.warnings(chat_id=COMMUNITY, member_id=s.member.id) == []


async def test_the_bot_names_the_right_it_lacks(bot: RunningBot) -> None:
    s = await scene(bot)
    s.group.bot_rights["can_restrict_members"] = False
    s.group.bot_rights["can_delete_messages"] = False
    line = await s.line()
    answer = await s.says(s.moderator, "/mute 10m", reply_to=line)
    assert answer.text == (
        "Non posso: mi manca il permesso «Bloccare utenti» in questo gruppo. Chi ha creato il "
        "gruppo può darmelo in Amministratori."
    )
    deleted = await s.says(s.moderator, "/del", reply_to=line)
    assert "«Eliminare messaggi»" in (deleted.text or "")
    assert await bot.services.sanctions.of_member(s.member.id) == []


async def test_an_anonymous_admin_acts_as_the_group(bot: RunningBot) -> None:
    s = await scene(bot)
    line = await s.line()
    before = len(s.group.messages)
    await s.group.post_anonymously("/warn flood di sticker", reply_to=line)
    await bot.server.wait_until(lambda _: len(s.group.messages) > before)
    assert s.group.messages[-1].text == (
        "⚠️ Luca ha ricevuto un avviso (1 su 3).\nMotivo: flood di sticker"
    )
    [warning] = await bot.services.sanctions.of_member(s.member.id)
    assert warning.by_id == COMMUNITY
    # And the anonymous admin's own messages cannot be acted on.
    anonymous = await s.group.post_anonymously("benvenuti")
    on_anonymous = await s.says(s.moderator, "/warn", reply_to=anonymous)
    assert on_anonymous.text == (
        "Quel messaggio è di un canale o di un amministratore anonimo: non posso farlo."
    )


async def test_del_removes_the_message_and_the_command(bot: RunningBot) -> None:
    s = await scene(bot)
    line = await s.line()
    command = await s.moderator.send("/del", chat=s.group, reply_to=line)
    await bot.server.wait_until(
        lambda _: (COMMUNITY, command["message_id"]) in bot.server.state.deleted
    )
    assert (COMMUNITY, line["message_id"]) in bot.server.state.deleted
    await s.says(s.moderator, "/warns")  # the moderator's next command: /del has finished
    assert "message.deleted" in actions(await audit(bot))


async def test_a_member_who_never_started_the_bot_is_not_messaged(bot: RunningBot) -> None:
    s = await scene(bot)
    await s.moderator.send("/start")  # the moderator can be told in private
    await s.moderator.next_reply()
    stranger = bot.server.add_user("Ugo")
    await s.joins(stranger)
    line = await stranger.send("compra follower qui", chat=s.group)
    answer = await s.says(s.moderator, "/warn pubblicità", reply_to=line)
    assert answer.text == "⚠️ Ugo ha ricevuto un avviso (1 su 3).\nMotivo: pubblicità"
    assert stranger.all_messages == []
    private = await s.moderator.next_reply()  # only the moderator learns it
    assert private.text == (
        "«Gen C Torino»: non ho potuto avvisare Ugo in privato, perché non ha mai avviato il bot."
    )


async def test_deleteme_keeps_the_warnings_for_a_rejoin(bot: RunningBot) -> None:
    s = await scene(bot)
    await s.says(s.moderator, "/warn", reply_to=await s.line())
    await s.says(s.moderator, "/warn", reply_to=await s.line())
    erased = await bot.services.privacy.erase(
        s.member.id,
        (await bot.services.members.get(s.member.id)).created_at,  # type: ignore[union-attr]
    )
    assert erased
    rows = await bot.services.db.fetch_all("SELECT member_id, member_hash FROM sanctions")
    assert [row["member_id"] for row in rows] == [None, None]
    warnings = await bot.services.sanctions.warnings(chat_id=COMMUNITY, member_id=s.member.id)
    assert len(warnings) == 2
    third = await s.says(s.moderator, "/warn", reply_to=await s.line())
    assert (third.text or "").startswith("🔇 Luca ha raggiunto 3 avvisi")


async def test_flooding_mutes_a_member_once_but_never_staff(bot: RunningBot) -> None:
    s = await scene(bot)
    before = len(s.group.messages)
    for count in range(7):
        await s.moderator.send(f"annuncio {count}", chat=s.group)
    spam = [
        (await s.member.send(f"spam {count}", chat=s.group))["message_id"] for count in range(7)
    ]
    await bot.server.wait_until(lambda _: len(s.group.messages) > before)
    assert s.group.messages[-1].text == (
        "🔇 Luca ha mandato tanti messaggi di fila: non può scrivere per 1 ora."
    )
    [restrict] = bot.server.calls_to("restrictChatMember")
    assert restrict.params["user_id"] == s.member.id
    assert restrict.params["until_date"] == int((bot.clock.now() + timedelta(hours=1)).timestamp())
    told = await s.member.next_reply()
    assert "a lot of messages in a row" in (told.text or "")
    # The burst that tripped it is gone, in one call.
    [removal] = bot.server.calls_to("deleteMessages")
    assert len(removal.params["message_ids"]) == 7
    assert all((COMMUNITY, message) in bot.server.state.deleted for message in spam)
    [entry] = [e for e in await audit(bot) if e.action.startswith("sanction")]
    assert (entry.action, entry.actor_id, entry.details["source"]) == (
        "sanction.mute",
        None,
        "flood",
    )


async def test_reporting_many_times_in_a_row_is_not_flooding(bot: RunningBot) -> None:
    s = await scene(bot)
    admin = bot.server.add_user("Ada", user_id=ADMIN)
    await admin.send("/start")  # report cards reach the admins when no lead is named
    await admin.next_reply()
    target = await s.owner.send("ciao", chat=s.group)
    for _ in range(8):
        await s.member.send("/report", chat=s.group, reply_to=target)
    await s.member.send("ciao", chat=s.group)
    await bot.server.wait_until(lambda _: len(bot.server.calls_to("deleteMessage")) >= 8)
    assert bot.server.calls_to("restrictChatMember") == []


async def test_outside_the_community_groups_nothing_is_moderated(bot: RunningBot) -> None:
    s = await scene(bot)
    other = bot.server.add_group("Altro gruppo", members=[s.moderator, s.member])
    line = await s.member.send("ciao", chat=other)
    await s.moderator.send("/warn", chat=other, reply_to=line)
    await bot.server.wait_until(lambda _: bool(other.messages))
    assert other.messages[-1].text == "Qui non modero: lo faccio solo nei gruppi della community."
    assert await bot.services.sanctions.of_member(s.member.id) == []


async def test_mydata_shows_the_members_own_sanctions(bot: RunningBot) -> None:
    s = await scene(bot)
    await s.says(s.moderator, "/warn spam di link", reply_to=await s.line())
    await s.member.next_reply()
    await s.says(s.moderator, "/mute 2h", reply_to=await s.line())
    await s.member.next_reply()
    await s.member.send("/mydata")
    summary = await s.member.next_reply()
    text = summary.text or ""
    assert "⚖️ Warnings and blocks in the groups (2)" in text
    assert "• Mute, " in text
    assert ": until " in text
    assert "• Warning, " in text
    assert "Reason: spam di link" in text
    file = await s.member.next_reply()
    assert file.document is not None
    exported = json.loads(file.document[1])["sanctions"]
    assert [(item["kind"], item["reason"]) for item in exported] == [
        ("mute", None),
        ("warn", "spam di link"),
    ]
    assert "by_id" not in exported[0]  # who decided is the moderator's data


async def test_at_night_a_minor_hears_at_once_only_what_answers_what_she_just_wrote(
    bot: RunningBot,
) -> None:
    """One rule for every kind: a sanction on a message she posted in the last 30 minutes is
    told at once; any other waits, and at 08:00 she gets one summary of what is in force then.
    The group is never told which (rule 26): only the moderator, in private."""
    s = await scene(bot)
    bot.server.state.now = lambda: int(bot.clock.now().timestamp())  # type: ignore[method-assign]
    bot.clock.set(datetime(2026, 1, 15, 22, 30, tzinfo=UTC))  # Thursday 23:30 in Rome
    await s.moderator.send("/start")
    await s.moderator.next_reply()
    young = bot.server.add_user("Bea", language_code="it")
    await young.send("/start")  # her age is not known yet: she counts as under 18
    await young.next_reply()
    await s.joins(young)
    line = await young.send("uffa", chat=s.group)
    older = await young.send("e allora?", chat=s.group)
    warned = await s.says(s.moderator, "/warn", reply_to=line)
    assert warned.text == "⚠️ Bea ha ricevuto un avviso (1 su 3)."
    now = await young.next_reply()  # she just wrote: told at once
    assert (now.text or "").startswith("⚠️ Ciao! Hai ricevuto un avviso")
    heard = len(young.all_messages)
    bot.clock.advance(minutes=40)  # 00:10: "uffa" is old news now
    short = await s.says(s.moderator, "/mute 2h", reply_to=line)
    assert short.text == "🔇 Bea non può scrivere per 2 ore."
    private = await s.moderator.next_reply()
    assert private.text == (
        "🌙 «Gen C Torino»: Bea non riceve messaggi di notte. Alle 08:00 riceverà un solo "
        "messaggio con ciò che sarà ancora in vigore."
    )
    await s.says(s.moderator, "/mute 1d spam", reply_to=older)  # replaces the 2 hours
    await s.says(s.moderator, "/unwarn", reply_to=older)
    assert len(young.all_messages) == heard  # nothing at night
    bot.clock.set(datetime(2026, 1, 16, 7, 1, tzinfo=UTC))  # 08:01 in Rome
    await bot.run_due_tasks()
    morning = await young.next_reply()
    assert morning.text == (
        "📋 Ciao! Ecco com'è adesso la tua situazione nel gruppo «Gen C Torino»:\n"
        "🔇 Non puoi scrivere lì fino a sabato 17/1 alle 00:10.\n"
        "   Motivo: spam\n"
        "Se pensi che sia un errore, scrivi /appeal: un moderatore lo rileggerà con calma."
    )
    await bot.run_due_tasks()
    assert len(young.all_messages) == heard + 1  # one message, not one per sanction


async def test_the_same_command_twice_for_one_message_is_refused(bot: RunningBot) -> None:
    s = await scene(bot)
    line = await s.line()
    await s.says(s.moderator, "/warn insulti", reply_to=line)
    again = await s.says(s.moderator, "/warn insulti", reply_to=line)
    assert again.text == "Luca ha già un avviso per questo messaggio."
    assert len(await bot.services.sanctions.warnings(chat_id=COMMUNITY, member_id=s.member.id)) == 1
    await s.says(s.moderator, "/ban 3d", reply_to=line)
    twice = await s.says(s.moderator, "/ban 3d", reply_to=line)
    ends = (bot.clock.now() + timedelta(days=3)).astimezone(ZONE)
    weekday = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
    assert twice.text == (
        f"Luca è già fuori dal gruppo per questo messaggio, fino a "
        f"{weekday[ends.weekday()]} {ends.day}/{ends.month} alle {ends:%H:%M}."
    )
    assert len(bot.server.calls_to("banChatMember")) == 1
    longer = await s.says(s.moderator, "/ban 1w", reply_to=line)  # a longer one replaces it
    assert longer.text == "🚫 Luca è fuori dal gruppo per 1 settimana."
    assert actions(await audit(bot)) == ["sanction.warn", "sanction.ban", "sanction.ban"]


async def test_reply_hints_fit_each_command(bot: RunningBot) -> None:
    s = await scene(bot)
    for command in ("warns", "del", "unmute"):
        hint = await s.says(s.moderator, f"/{command}")
        assert hint.text == f"Rispondi al messaggio della persona con /{command}."


@pytest.mark.bot_settings(
    COMMUNITY_CHAT_IDS=str(COMMUNITY), ADMIN_IDS=str(ADMIN), DEFAULT_LANGUAGE="it", HINT_SECONDS="0"
)
async def test_a_mistaken_command_and_its_hint_leave_the_group(bot: RunningBot) -> None:
    s = await scene(bot)
    command = await s.moderator.send("/warn insulti", chat=s.group)
    await bot.server.wait_until(lambda _: len(s.group.messages) > 0)
    hint = s.group.messages[-1]
    assert (hint.text or "").startswith("Rispondi al messaggio della persona con /warn")
    deleted = bot.server.state.deleted
    await bot.server.wait_until(
        lambda _: {(COMMUNITY, command["message_id"]), (COMMUNITY, hint.message_id)} <= deleted
    )
    typo = await s.moderator.send("/wanr", chat=s.group, reply_to=await s.line())
    await bot.server.wait_until(lambda _: (COMMUNITY, typo["message_id"]) in deleted)
    sent = [call.params["text"] for call in bot.server.calls_to("sendMessage")]
    assert "Forse volevi scrivere /warn? «/wanr» non lo conosco." in sent
    # A successful action's line stays.
    done = await s.says(s.moderator, "/warn", reply_to=await s.line())
    assert (done.text or "").startswith("⚠️ Luca ha ricevuto un avviso")
    await s.says(s.moderator, "/warns")
    assert (COMMUNITY, done.message_id) not in deleted


async def test_a_warning_at_the_limit_without_the_right_to_mute_says_so(bot: RunningBot) -> None:
    s = await scene(bot)
    s.group.bot_rights["can_restrict_members"] = False
    for _ in range(2):
        await s.says(s.moderator, "/warn", reply_to=await s.line())
    third = await s.says(s.moderator, "/warn", reply_to=await s.line())
    assert third.text == (
        "⚠️ Luca ha ricevuto un avviso (3 su 3).\n"
        "Non posso: mi manca il permesso «Bloccare utenti» in questo gruppo. Chi ha creato il "
        "gruppo può darmelo in Amministratori."
    )
    assert bot.server.calls_to("restrictChatMember") == []
    # The warnings still count: once the right is given, the next one mutes.
    s.group.bot_rights["can_restrict_members"] = True
    fourth = await s.says(s.moderator, "/warn", reply_to=await s.line())
    assert (fourth.text or "").startswith("🔇 Luca ha raggiunto 3 avvisi")


async def test_the_morning_summary_says_a_kick_and_when_all_is_over(bot: RunningBot) -> None:
    s = await scene(bot)
    bot.server.state.now = lambda: int(bot.clock.now().timestamp())  # type: ignore[method-assign]
    bot.clock.set(datetime(2026, 1, 15, 22, 0, tzinfo=UTC))  # 23:00 in Rome
    young = bot.server.add_user("Bea", language_code="it")
    await young.send("/start")
    await young.next_reply()
    await s.joins(young)
    line = await young.send("uffa", chat=s.group)
    later = await young.send("scusate", chat=s.group)
    bot.clock.advance(hours=1)  # midnight: an hour-old message
    await s.says(s.moderator, "/mute 10m", reply_to=line)
    bot.clock.set(datetime(2026, 1, 16, 7, 1, tzinfo=UTC))
    await bot.run_due_tasks()
    clear = await young.next_reply()  # the mute ended in the night: nothing of it is left
    assert clear.text == (
        "📋 Ciao! Ecco com'è adesso la tua situazione nel gruppo «Gen C Torino»:\n"
        "✅ Puoi scrivere nel gruppo: non hai blocchi né avvisi attivi."
    )
    bot.clock.set(datetime(2026, 1, 16, 23, 0, tzinfo=UTC))  # the next night, midnight
    await s.says(s.moderator, "/kick", reply_to=later)
    bot.clock.set(datetime(2026, 1, 17, 7, 1, tzinfo=UTC))
    await bot.run_due_tasks()
    kicked = await young.next_reply()
    assert "👋 Un moderatore ti ha tolto dal gruppo" in (kicked.text or "")
