"""A staff member in one step, for tests about what staff do rather than how they join."""

from __future__ import annotations

from telegram_test_server import FakeUser

from storage.staff import Enrolment
from tests.support.harness import RunningBot


async def enrolled(
    bot: RunningBot,
    name: str,
    role: str = "moderator",
    *,
    language: str = "en",
    admin_id: int = 777,
    user_id: int | None = None,
) -> FakeUser:
    """`name` on the staff as `role`, as if an admin had confirmed their invite."""
    user = bot.server.add_user(name, language_code=language, user_id=user_id)
    enrolment = Enrolment(user.id, role, name, language, admin_id, "Ada", admin_id, "Ada")
    await bot.services.staff.enrol(enrolment, bot.clock.now())
    return user
