"""The typed context handlers receive: `context.services` instead of string keys in bot_data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.core.clock import Clock
from bot.core.i18n import Translator
from bot.core.settings import Settings
from bot.wiring import Services

if TYPE_CHECKING:
    from handlers.kit.person import Person


class BotData:
    """Application-wide state: configuration from the factory, services from `post_init`."""

    def __init__(self) -> None:
        self._config: tuple[Settings, Clock, Translator] | None = None
        self._services: Services | None = None
        # Tests drive the dispatcher by hand with a controllable clock.
        self.dispatch_tasks = True

    def configure(self, settings: Settings, clock: Clock, translate: Translator) -> None:
        self._config = (settings, clock, translate)

    @property
    def config(self) -> tuple[Settings, Clock, Translator]:
        if self._config is None:
            raise RuntimeError("the application was not built by bot.app.build_application")
        return self._config

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("services are opened in post_init; the application is not running")
        return self._services

    @services.setter
    def services(self, services: Services | None) -> None:
        self._services = services

    @property
    def has_services(self) -> bool:
        return self._services is not None


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """One per update (PTB builds it once and hands it to every group's handler)."""

    # The update's person, once resolved (handlers.kit.person.person_of).
    person: Person | None = None

    @property
    def services(self) -> Services:
        return self.bot_data.services


BotApplication = Application[
    ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[BotContext]
]
