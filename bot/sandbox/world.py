"""The demo people and their two groups, as the test server knows them."""

from __future__ import annotations

from dataclasses import dataclass

from telegram_test_server import FakeGroup, FakeTelegram, FakeUser, Member

from bot.sandbox.people import (
    ADMIN,
    COMMUNITY,
    EVERYONE,
    MODERATOR,
    MODERATORS_CHAT,
    PARENT,
    DemoChat,
    DemoPerson,
)


@dataclass(frozen=True)
class World:
    """Everyone on the server, by Telegram id, and the two groups."""

    users: dict[int, FakeUser]
    community: FakeGroup
    moderators: FakeGroup

    def user(self, person: DemoPerson) -> FakeUser:
        return self.users[person.user_id]

    def group(self, chat_id: int) -> FakeGroup | None:
        return next((g for g in (self.community, self.moderators) if g.id == chat_id), None)


def populate(server: FakeTelegram) -> World:
    """Register every demo person with their id, name and language; everyone has pressed Start
    (the demo world writes to them), except whoever blocked the bot."""
    users: dict[int, FakeUser] = {}
    for person in EVERYONE:
        user = server.add_user(
            person.first_name, language_code=person.language, user_id=person.user_id
        )
        user.started = True
        # Set, not `block()`: they blocked the bot before the sandbox began, no update to send.
        user.blocked = person.blocked
        users[person.user_id] = user
    # The parent is no member of the youth community; the staff run both groups.
    youth = [users[p.user_id] for p in EVERYONE if p not in (PARENT, ADMIN, MODERATOR)]
    community = _group(server, COMMUNITY, youth, users)
    moderators = _group(server, MODERATORS_CHAT, [], users)
    return World(users, community, moderators)


def _group(
    server: FakeTelegram, chat: DemoChat, members: list[FakeUser], users: dict[int, FakeUser]
) -> FakeGroup:
    return server.add_group(
        chat.title,
        members,
        admins=[users[MODERATOR.user_id]],
        creator=users[ADMIN.user_id],
        group_id=chat.chat_id,
    )


def member_of(group: FakeGroup, user_id: int) -> bool:
    member = group.members.get(user_id, Member(status="left"))
    return member.status not in ("left", "kicked")
