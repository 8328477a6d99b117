"""Who may act as a guardian, and the moderators' check of an online consent (safeguarding rule
2), end to end through the fake Telegram: until a moderator verifies it, the child is invisible
to coordinators; revoked, the child waits again; every step is in the consent history."""

from __future__ import annotations

import json

import pytest
from telegram_test_server import FakeUser
from telegram_test_server.models import BotMessage

from bot.domain.onboarding_steps import Step
from bot.services.applications import InvitationNote
from bot.services.notifications import Later, Outcome, Purpose
from bot.services.project_matching import ApplyProblem
from bot.services.project_threads import ParticipantMessage
from tests.support.harness import RunningBot
from tests.test_guardian import open_as_guardian, thirteen, token_in
from tests.test_onboarding_flow import say, tap, tick
from tests.test_projects_flow import coordinator_with_projects, member, publish
from tests.test_staff import ADMIN, invited, join

pytestmark = pytest.mark.bot_settings(ADMIN_IDS=str(ADMIN))


async def consented(
    bot: RunningBot, guardian: FakeUser, invite: BotMessage, *, visible: bool = True
) -> BotMessage:
    card = await open_as_guardian(guardian, invite)
    if visible:
        await tick(guardian, "⬜ Visible to projects", card)
    await guardian.press("✅ I give consent", message=card)
    await bot.server.wait_until(lambda _: "Thank you" in (card.text or ""))
    return card


async def finish_profile(child: FakeUser) -> None:
    """The rest of the onboarding, by buttons, after the guardian's consent."""
    resumed = await say(child, "/start")
    while "What's your name?" not in (resumed.text or ""):
        resumed = await child.next_reply()  # the news of the consent came first
    city = await tap(child, f"Use “{child.first_name}”", message=resumed)
    causes = await tap(child, "Torino", message=city)
    await tick(child, "🎨 Arts and culture", causes)
    skills = await tap(child, "✅ Done", message=causes)
    days = await tap(child, "Skip ➡️", message=skills)
    await tick(child, "In the evening", days)
    hours = await tap(child, "✅ Done", message=days)
    summary = await tap(child, "1–2 hours", message=hours)
    done = await tap(child, "✅ All correct", message=summary)
    assert (done.text or "").startswith("🎉 Done")


async def card_for(user: FakeUser, words: str) -> BotMessage:
    await user.wait_until(lambda u: any(words in (m.text or "") for m in u.all_messages))
    return next(m for m in reversed(user.all_messages) if words in (m.text or ""))


async def confirmed(
    bot: RunningBot, moderator: FakeUser, check: BotMessage, guardian: FakeUser
) -> None:
    """A moderator confirms an online consent, and the guardian has heard it was checked."""
    await moderator.press("✅ Confirm", message=check)
    await bot.server.wait_until(lambda _: check.edits == 1)
    told = ("checked the consent you gave", "ha controllato il consenso")
    # Read up to it, so the guardian's next reply is the answer to what they do next.
    while True:
        text = (await guardian.next_reply()).text or ""
        if any(words in text for words in told):
            return


async def test_a_17_year_old_member_and_the_child_cannot_consent(bot: RunningBot) -> None:
    bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    nina, _, invite = await thirteen(bot, "Nina")
    giulia = await member(bot, "Giulia", "05/2008", ("climate",))  # 17
    refused = await say(giulia, f"/start {token_in(invite)}")
    assert (refused.text or "").startswith("🙂 This link is for an adult parent or guardian")
    own = await say(nina, f"/start {token_in(invite)}")
    assert (own.text or "").startswith("🙂 This link is for your parent")
    # Neither used the link up: the real parent still can, and must say who they are.
    mum = bot.server.add_user("Laura", language_code="en")
    card = await open_as_guardian(mum, invite)
    assert (card.text or "").startswith("👪 Nina (October 2012) wants to volunteer")
    request = await bot.services.guardians.request_of(nina.id)
    assert request is not None
    assert (request.guardian_name, request.relationship) == ("Laura Rossi", "parent")


async def test_a_guardian_must_say_who_they_are_before_consenting(bot: RunningBot) -> None:
    bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    _, _, invite = await thirteen(bot, "Ugo")
    dad = bot.server.add_user("Dad", language_code="en")
    await say(dad, f"/start {token_in(invite)}")
    asked = await dad.next_reply()
    assert (asked.text or "").startswith("✍️ What's your name?")
    for bad in ("dad", "@dad_torino", "Marco 3331234567", "🙂🙂"):
        answer = await say(dad, bad)
        assert (answer.text or "").startswith("Type just your first and last name"), bad
    relationship = await say(dad, "Marco Verdi")
    assert "you confirm you are an adult with parental responsibility for Ugo" in (
        relationship.text or ""
    )
    assert relationship.buttons == [["👩 I'm a parent"], ["⚖️ I'm the legal guardian"]]


async def test_an_online_consent_waits_for_a_moderator(bot: RunningBot) -> None:
    admin, carla = await coordinator_with_projects(bot)
    await publish(bot, carla, "Radio giovani")  # 13–15, remote, culture
    marta = await join(bot, await invited(bot, admin, "moderator"), "Marta")
    nina, _, invite = await thirteen(bot, "Nina")
    mum = bot.server.add_user("Laura", language_code="en", last_name="Rossi", username="lauraro")
    await consented(bot, mum, invite)

    check = await card_for(marta, "Consent to check")
    text = check.text or ""
    assert "for Nina (code" in text
    assert "Name given: Laura Rossi — 👩 Parent" in text
    assert "Telegram account: Laura Rossi (@lauraro)" in text
    assert check.buttons == [["✅ Confirm", "✖️ Not valid"]]
    admin_check = await card_for(admin, "Consent to check")  # the app language of their /invite

    # Meanwhile Nina goes on, sees projects, but coordinators cannot see or reach her.
    await finish_profile(nina)
    project = next(
        p for p in await bot.services.projects.projects_of(carla.id) if p.status == "open"
    )
    assert await bot.services.matching.candidates(carla.id, project.id) == []
    assert await bot.services.matching.can_apply(nina.id, project.id) is ApplyProblem.TO_VERIFY
    page = await say(nina, "/projects")
    assert "Radio giovani" in (page.text or "")
    gate = bot.services.notifications
    from_carla = ParticipantMessage(project.id, project.title, "Ciao!")
    for note, purpose in (
        (from_carla, Purpose.CONSEQUENCE),
        (InvitationNote(0, project.title), Purpose.INVITATION),
    ):
        assert (await gate.deliver(nina.id, note, purpose)).outcome is Outcome.SWITCHED_OFF

    await marta.press("✅ Confirm", message=check)
    await bot.server.wait_until(lambda _: check.edits == 1)
    assert (check.text or "").startswith("✅ Nina's consent confirmed")
    # Both were told it waited for this check; both hear it is done (the clock is 09:00).
    await nina.wait_until(lambda u: "checked your parent's OK" in (u.messages[-1].text or ""))
    await mum.wait_until(
        lambda u: "checked the consent you gave for Nina" in (u.messages[-1].text or "")
    )
    found = await bot.services.matching.candidates(carla.id, project.id)
    assert found is not None
    assert [candidate.first_name for candidate in found] == ["Nina"]
    assert await bot.services.matching.can_apply(nina.id, project.id) is None
    delivered = await gate.deliver(nina.id, from_carla, Purpose.CONSEQUENCE, later=Later.DROP)
    assert delivered.outcome in {Outcome.SENT, Outcome.DROPPED}  # quiet hours aside, it may go

    # The other moderator's card, pressed later, says who decided.
    await admin.press("✖️ Not valid", message=admin_check)
    await bot.server.wait_until(lambda _: admin_check.edits == 1)
    assert (admin_check.text or "").startswith("Already confirmed by Marta Rossi on 15 January")
    assert await bot.services.onboarding.step_of(nina.id) is None  # nothing revoked
    actions = [
        row["action"]
        for row in await bot.services.db.fetch_all("SELECT action FROM audit_log ORDER BY id")
    ]
    assert actions.count("guardian_consent.verified") == 1
    assert "guardian_consent.revoked" not in actions


async def test_a_moderator_revokes_a_consent(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    nina, _, invite = await thirteen(bot, "Nina")
    mum = bot.server.add_user("Laura", language_code="it")
    card = await open_as_guardian(mum, invite)
    await mum.press("✅ Do il consenso", message=card)
    await bot.server.wait_until(lambda _: "Grazie" in (card.text or ""))
    assert ((await nina.next_reply()).text or "").startswith("🎉 Your parent gave the OK")

    check = await card_for(admin, "Consent to check")
    assert "If in doubt, call the family or ask for the paper form" in (check.text or "")
    await admin.press("✖️ Not valid", message=check)
    await bot.server.wait_until(lambda _: check.edits == 1)
    # One tap only asks: nothing is annulled yet, and going back shows the card again.
    assert (check.text or "").startswith("✖️ Sure it is not valid?")
    assert "the family gets a message" in (check.text or "")
    assert await bot.services.onboarding.step_of(nina.id) is not Step.GUARDIAN
    await admin.press("↩️ No, back to the card", message=check)
    await bot.server.wait_until(lambda _: check.edits == 2)
    assert check.buttons == [["✅ Confirm", "✖️ Not valid"]]
    await admin.press("✖️ Not valid", message=check)
    await bot.server.wait_until(lambda _: check.edits == 3)
    await admin.press("✖️ Yes, not valid", message=check)
    await bot.server.wait_until(lambda _: check.edits == 4)
    assert (check.text or "").startswith("✖️ Nina's consent cancelled")
    told = await nina.next_reply()
    assert (told.text or "").startswith("⏸️ A moderator couldn't confirm your parent's OK")
    told_mum = await mum.next_reply()
    assert (told_mum.text or "").startswith(
        "Un moderatore non ha potuto confermare il consenso che hai dato per Nina"
    )
    assert await bot.services.onboarding.step_of(nina.id) is Step.GUARDIAN
    assert not any((await bot.services.consents.granted(nina.id)).values())
    # Her /mydata holds the whole story, without the guardian's account.
    await say(nina, "/mydata")
    export = await nina.next_reply()
    assert export.document is not None
    data = json.loads(export.document[1])
    assert [event["event"] for event in data["consent_history"] if event["purpose"] is None] == [
        "given",
        "revoked",
    ]
    assert data["guardian_consent"]["guardian_name"] == "Laura Rossi"
    assert str(mum.id) not in export.document[1].decode()


async def test_the_guardian_changes_one_choice_and_sees_guardian_in_help(
    bot: RunningBot,
) -> None:
    bot.server.add_user("Ada", language_code="en", user_id=ADMIN)  # never started the bot
    nina, _, invite = await thirteen(bot, "Nina")
    mum = bot.server.add_user("Laura", language_code="en")
    card = await consented(bot, mum, invite, visible=False)
    await mum.press("⚙️ Change the choices", message=card)
    await bot.server.wait_until(lambda _: card.edits >= 2 and "The choices" in (card.text or ""))
    await tick(mum, "⬜ Announcements", card)
    assert (await bot.services.consents.granted(nina.id))["announcements"] is True
    helped = await say(mum, "/help")
    assert "/guardian" in (helped.text or "")
    greeted = await say(mum, "/start")
    assert (greeted.text or "").startswith("Hi Laura! You're here as the parent or guardian")
    assert await bot.services.members.get(mum.id) is None


async def test_the_child_gets_the_paper_form(bot: RunningBot) -> None:
    bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    nina, explanation, _ = await thirteen(bot, "Nina")
    waiting = await say(nina, "hello")
    form = await tap(nina, "📄 Paper form", message=waiting)
    assert form.document is not None
    name, pdf = form.document
    assert pdf.startswith(b"%PDF")
    request = await bot.services.guardians.request_of(nina.id)
    assert request is not None
    assert request.reference_code in name
    how = await nina.next_reply()
    assert (how.text or "").startswith("📄 Print the form and have your parent sign it")
    # The chat and the PDF agree on whom to give it to.
    assert "one of the community's moderators, in person or by sending them a photo" in (
        how.text or ""
    )
    assert explanation.buttons == [["📄 Paper form"]]
    assert '"📄 Paper form"' in (explanation.text or "")


async def test_an_old_card_never_decides_a_newer_consent(bot: RunningBot) -> None:
    admin = bot.server.add_user("Ada", language_code="en", user_id=ADMIN)
    await say(admin, "/start")
    nina, _, invite = await thirteen(bot, "Nina")
    mum = bot.server.add_user("Laura", language_code="en")
    await consented(bot, mum, invite)
    first = await card_for(admin, "Consent to check")
    request = await bot.services.guardians.request_of(nina.id)
    assert request is not None
    assert await bot.services.guardians.withdraw(request.reference_code, mum.id) is not None
    bot.clock.advance(minutes=5)
    _, token = await bot.services.guardians.start_request(nina.id, "Nina")
    card = await open_as_guardian(mum, f"guardian_{token}")
    await mum.press("✅ I give consent", message=card)
    await bot.server.wait_until(lambda _: "Thank you" in (card.text or ""))
    await admin.wait_until(
        lambda u: sum("Consent to check" in (m.text or "") for m in u.all_messages) == 2
    )
    await admin.press("✅ Confirm", message=first)
    await bot.server.wait_until(lambda _: first.edits == 1)
    assert (first.text or "").startswith("This consent is no longer waiting for a check")
    request = await bot.services.guardians.request_of(nina.id)
    assert request is not None
    assert request.to_verify
