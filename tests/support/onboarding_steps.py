"""Shortcuts that answer onboarding questions through the service, for tests about a later
question (walks through Telegram are in test_onboarding_flow.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram_test_server import FakeUser

from bot.domain.onboarding_steps import ORDER, Step
from tests.support.harness import RunningBot


async def reach(bot: RunningBot, user: FakeUser, step: Step) -> None:
    """Answer every question before `step` through the service, as the handlers would."""
    onboarding = bot.services.onboarding
    await bot.services.members.first_contact(user.id, "en")
    await onboarding.resume(user.id)
    answers: dict[Step, Callable[[], Awaitable[object]]] = {
        Step.LANGUAGE: lambda: onboarding.choose_language(user.id, "en"),
        Step.NOTICE: lambda: onboarding.accept_notice(user.id),
        Step.BIRTH: lambda: onboarding.answer_birth_text(user.id, "03/2006"),
        Step.NAME: lambda: onboarding.answer_name(user.id, "Giulia"),
        Step.CITY: lambda: onboarding.answer_city(user.id, "Torino"),
        Step.CAUSES: lambda: choose(bot, user, "causes", "climate"),
        Step.SKILLS: lambda: onboarding.finish_choices(user.id, "skills"),
        Step.AVAILABILITY: lambda: choose(bot, user, "days", "weekends"),
        Step.HOURS: lambda: onboarding.answer_hours(user.id, 5),
        Step.CONSENTS: lambda: onboarding.finish_consents(user.id),
    }
    for earlier in ORDER[: ORDER.index(step)]:
        await answers[earlier]()
    assert await onboarding.step_of(user.id) is step


async def choose(bot: RunningBot, user: FakeUser, field: str, key: str) -> None:
    await bot.services.onboarding.toggle_choice(user.id, field, key)
    await bot.services.onboarding.finish_choices(user.id, field)


async def reach_summary(bot: RunningBot, user: FakeUser) -> None:
    onboarding = bot.services.onboarding
    await onboarding.answer_city(user.id, "Torino")
    await choose(bot, user, "causes", "climate")
    await onboarding.finish_choices(user.id, "skills")
    await choose(bot, user, "days", "weekends")
    await onboarding.answer_hours(user.id, 5)
    await onboarding.finish_consents(user.id)


async def onboard(bot: RunningBot, user: FakeUser, name: str) -> None:
    """Every question answered through the service, and the profile, named `name`, confirmed."""
    await reach(bot, user, Step.NAME)
    await bot.services.onboarding.answer_name(user.id, name)
    await reach_summary(bot, user)
    await bot.services.onboarding.confirm(user.id)
