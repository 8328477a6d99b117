"""What the tester sees: messages to the person they are now in full (text, buttons
numbered, links, saved files), one line for what anyone else got, and the groups."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TextIO

from telegram_test_server import BotMessage, FakeGroup

from bot.sandbox.feed import BotEvent, Change, Event, GroupPost, GroupPostRemoved, Toast
from bot.sandbox.files import Files
from bot.sandbox.links import DeepLinks
from bot.sandbox.people import EVERYONE, PLAYABLE, DemoPerson
from bot.sandbox.render import first_line, render
from bot.sandbox.texts import Texts
from bot.sandbox.world import World, member_of

_INDENT = "   "
_AWAY_IN_FULL = 5  # the latest messages shown in full on becoming someone; older ones counted
_GLIMPSE = 36  # characters of a message's first line that say which message an edit changed


@dataclass(frozen=True)
class Button:
    message: BotMessage
    label: str
    row: int  # -1: a reply-keyboard button, whose text is sent when pressed
    column: int = 0
    callback_data: str | None = None
    url: str | None = None


@dataclass
class Seen:
    """Per person: the buttons the numbers press, and private messages not shown yet."""

    buttons: list[Button] = field(default_factory=list)
    unseen: list[BotMessage] = field(default_factory=list)


def buttons_of(message: BotMessage) -> list[Button]:
    found = [
        Button(message, str(b.get("text", "")), y, x, b.get("callback_data"), b.get("url"))
        for y, row in enumerate(message.inline_keyboard)
        for x, b in enumerate(row)
    ]
    keyboard = (message.params.get("reply_markup") or {}).get("keyboard") or []
    for row in keyboard:
        for key in row:
            label = key if isinstance(key, str) else str(key.get("text", ""))
            found.append(Button(message, label, row=-1))
    return found


class Screen:
    def __init__(
        self, out: TextIO, texts: Texts, world: World, files: Files, links: DeepLinks
    ) -> None:
        self.out = out
        self.texts = texts
        self.world = world
        self.files = files
        self.links = links
        # NO_COLOR: the convention for "no ANSI styles, please" (no-color.org).
        self.styled = out.isatty() and "NO_COLOR" not in os.environ
        self.person: DemoPerson = PLAYABLE[0]
        self._seen: dict[int, Seen] = {p.user_id: Seen() for p in EVERYONE}
        self._names = {p.user_id: p.first_name for p in EVERYONE}
        self._texts: dict[int, str | None] = {}  # a bot message's seq → the text last shown
        # A bot message's seq → its first line as last shown, in full or in one line: an edit
        # names the message by what the tester saw of it.
        self._glimpses: dict[int, str] = {}
        self.delivered = 0  # messages the bot sent, for /wait's count
        self._hinted = False

    # -- output ---------------------------------------------------------------------------------

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def say(self, key: str, **args: object) -> None:
        self.line(self.texts(key, **args))

    # -- who the tester is ----------------------------------------------------------------------

    def people(self) -> None:
        """Who the tester can be, numbered."""
        self.say("people-title")
        for number, person in enumerate(PLAYABLE, start=1):
            role = self.texts.role(person)
            self.say("person-line", number=number, name=person.first_name, role=role)
        self.say("pick-hint")

    def switch(self, person: DemoPerson) -> None:
        self.person = person
        seen = self._seen[person.user_id]
        waiting = [m for m in seen.unseen if not m.deleted]
        seen.unseen.clear()
        if waiting:
            self.say("away", name=person.first_name, count=len(waiting))
            if len(waiting) > _AWAY_IN_FULL:
                self.say("away-earlier", count=len(waiting) - _AWAY_IN_FULL)
            for message in waiting[-_AWAY_IN_FULL:]:
                self._full(message)

    def has_buttons(self) -> bool:
        return bool(self._seen[self.person.user_id].buttons)

    def button_count(self) -> int:
        return len(self._seen[self.person.user_id].buttons)

    def first_press_hint(self, number: int, button: Button) -> None:
        """Once a session: a number is a press, so a tester who means the number itself (4
        hours) knows how to type it."""
        if not self._hinted:
            self._hinted = True
            self.say("press-hint", number=number, label=button.label)

    def button(self, number: int) -> Button | None:
        buttons = self._seen[self.person.user_id].buttons
        return buttons[number - 1] if 1 <= number <= len(buttons) else None

    # -- events ---------------------------------------------------------------------------------

    def remember(self, event: Event) -> None:
        """Keep without showing (the demo world's history): each person finds their own
        messages when the tester becomes them."""
        if isinstance(event, BotEvent) and event.change is Change.SENT:
            self.files.keep(event.message)
            seen = self._seen.get(event.message.chat_id)
            if seen is not None:
                seen.unseen.append(event.message)

    def show(self, event: Event) -> None:
        if isinstance(event, GroupPost):
            self._post(event)
        elif isinstance(event, GroupPostRemoved):
            self._post_removed(event)
        elif isinstance(event, Toast):
            if event.user_id == self.person.user_id:
                self.say("alert" if event.alert else "toast", text=event.text)
        else:
            self._bot_event(event)

    def _bot_event(self, event: BotEvent) -> None:
        message = event.message
        if event.change is Change.SENT:
            self.delivered += 1
            self.files.keep(message)
        group = self.world.group(message.chat_id)
        if group is not None:
            self._in_group(event, group)
        elif message.chat_id == self.person.user_id:
            self._to_me(event)
        else:
            self._to_someone_else(event)

    def _to_me(self, event: BotEvent) -> None:
        if event.change is Change.DELETED:
            self.say("deleted", text=first_line(event.message.text or ""))
        elif event.change is Change.EDITED:
            self._edit(event.message)
        else:
            self._full(event.message)

    def _edit(self, message: BotMessage, group: FakeGroup | None = None) -> None:
        """Which message changed (its first words; in a group, its number and the group), then
        only what is new: the buttons, the ending added, or the whole text."""
        before = self._texts.get(message.seq)
        after = message.text
        if group is None and before == after:
            self._new_buttons(message)
            return
        seen = self._glimpses.get(message.seq) or before or after or ""
        where: dict[str, object] = {"text": first_line(seen, _GLIMPSE)}
        key = "edited"
        if group is not None:
            where |= {"title": group.title, "number": message.message_id}
            key = "group-edited"
        if before and after and after.startswith(before) and before != after:
            self.say(f"{key}-end", **where)
            self._full(message, since=len(before))
        else:
            self.say(key, **where)
            self._full(message)

    def _new_buttons(self, message: BotMessage) -> None:
        """Only the buttons changed: the text is not shown again."""
        buttons = buttons_of(message)
        # Buttons taken away (a choice made) need no line.
        if buttons:
            self.say("buttons-changed", text=first_line(message.text or ""))
        self._number(message, buttons)

    def _number(self, message: BotMessage, buttons: list[Button]) -> None:
        """The numbers press these buttons now; none left on that message, nothing."""
        seen = self._seen[self.person.user_id]
        if buttons:
            seen.buttons = buttons
            self._buttons(buttons)
        elif seen.buttons and seen.buttons[0].message is message:
            seen.buttons = []

    def _to_someone_else(self, event: BotEvent) -> None:
        message = event.message
        name = self._names.get(message.chat_id, str(message.chat_id))
        glimpse = first_line(message.text or self.files.name_of(message))
        key = {Change.SENT: "got", Change.EDITED: "got-edit", Change.DELETED: "got-deleted"}
        self.say(key[event.change], name=name, text=glimpse)
        seen = self._seen.get(message.chat_id)
        if seen is not None and event.change is not Change.DELETED and message not in seen.unseen:
            seen.unseen.append(message)

    def _in_group(self, event: BotEvent, group: FakeGroup) -> None:
        message = event.message
        glimpse = first_line(message.text or self.files.name_of(message))
        where = {"title": group.title, "number": message.message_id, "text": glimpse}
        if not member_of(group, self.person.user_id):
            self._glimpses.setdefault(message.seq, glimpse)
            key = {Change.SENT: "in-group", Change.EDITED: "in-group-edit"}
            self.say(key.get(event.change, "in-group-deleted"), **where)
        elif event.change is Change.DELETED:
            self.say("group-deleted", **where)
        elif event.change is Change.EDITED:
            self._edit(message, group)
        else:
            self.say("group-sent", title=group.title, number=message.message_id)
            self._full(message)

    def _post(self, post: GroupPost) -> None:
        group = self.world.group(post.chat_id)
        if group is None or not member_of(group, self.person.user_id):
            return
        self.say("group-post", **_post_facts(group, post.message))

    def _post_removed(self, removed: GroupPostRemoved) -> None:
        group = self.world.group(removed.chat_id)
        if group is None or not member_of(group, self.person.user_id):
            return
        self.say("group-removed", **_post_facts(group, removed.message))

    # -- one message in full --------------------------------------------------------------------

    def _full(self, message: BotMessage, since: int = 0) -> None:
        """The message, or only its text from `since` on (an edit that added an ending)."""
        self._texts[message.seq] = message.text
        self._glimpses[message.seq] = first_line(message.text or "")
        text = render(message.text or "", message.entities, styled=self.styled, since=since)
        lines = text.strip("\n").splitlines() or [""]
        self.line(f"{_INDENT if since else '🤖 '}{lines[0]}")
        for rest in lines[1:]:
            self.line(f"{_INDENT}{rest}" if rest.strip() else "")
        saved = self.files.saved(message)
        if saved is not None:
            self.say("photo" if message.photo is not None else "document", path=saved)
        elif message.seq in self.files.problems:
            reason = self.files.problems[message.seq]
            self.say("not-saved", folder=str(self.files.folder), reason=reason)
        buttons = buttons_of(message)
        self._number(message, buttons)
        self._links(message, buttons)

    def _buttons(self, buttons: list[Button]) -> None:
        rows: dict[int, list[str]] = {}
        for number, button in enumerate(buttons, start=1):
            shown = f"[{number}] {button.label}"
            if button.url is not None and not self.links.found_in(button.url):
                shown += f" → {button.url}"
            rows.setdefault(button.row, []).append(shown)
        for row in rows.values():
            self.line(_INDENT + "   ".join(row))

    def _links(self, message: BotMessage, buttons: list[Button]) -> None:
        places = [message.text or "", *(str(e.get("url", "")) for e in message.entities)]
        places += [b.url for b in buttons if b.url]
        payloads: list[str] = []
        for place in places:
            payloads += [p for p in self.links.found_in(place) if p not in payloads]
        for payload in payloads:
            self.say("link", number=self.links.number(payload), link=self.links.url(payload))


def _post_facts(group: FakeGroup, message: dict[str, object]) -> dict[str, object]:
    author = message.get("from")
    text = message.get("text") or message.get("caption") or ""
    return {
        "title": group.title,
        "number": message["message_id"],
        "name": author.get("first_name", "?") if isinstance(author, dict) else "?",
        "text": text,
    }
