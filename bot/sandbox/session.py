"""The terminal chat: each line the tester types is a sandbox command, a button pressed by
its number, a deep link opened, or a message to the bot from the person they are now."""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import shlex
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from telegram_test_server import FakeGroup, FakeTelegram, FakeTelegramError, FakeUser

from bot.domain.sanction_spans import Span, parse_span
from bot.sandbox.clock import MovableClock
from bot.sandbox.demo_presses import redraw_decided_cards
from bot.sandbox.feed import Feed
from bot.sandbox.people import PLAYABLE, DemoPerson
from bot.sandbox.screen import Button, Screen
from bot.sandbox.settle import settle
from bot.sandbox.typing_in import LineReader
from bot.sandbox.wait_until import until_time_of_day
from bot.sandbox.world import member_of
from handlers.kit.context import BotApplication

logger = logging.getLogger(__name__)
_PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


class Session:
    def __init__(
        self,
        application: BotApplication,
        server: FakeTelegram,
        clock: MovableClock,
        screen: Screen,
        reader: LineReader,
    ) -> None:
        self.application = application
        self.server = server
        self.clock = clock
        self.screen = screen
        self.reader = reader
        self.feed = Feed(server)
        # A script piped in, or output to a file: each line is written after its prompt.
        self.echo = not (reader.interactive and screen.out.isatty())
        self._prompt = ""
        self._at_prompt = False  # a terminal shows the prompt and waits for a line
        self.picking = False  # the list of people was just shown: a number picks one
        self._commands: dict[str, Callable[[str], Awaitable[bool]]] = {
            "/as": self._become,
            "/people": self._people,
            "/wait": self._wait,
            "/group": self._group,
            "/open": self._open,
            "/send": self._send,
            "/sandbox": self._help,
            "/quit": self._quit,
        }

    @property
    def me(self) -> FakeUser:
        return self.screen.world.user(self.screen.person)

    # -- the loop -------------------------------------------------------------------------------

    async def skip_history(self) -> None:
        """What the demo world sent before the tester arrived is kept for its people, unshown."""
        # The demo's announcement is a task due now: run it here, or the dispatcher's first look
        # would start it under the tester's first line.
        await self.application.bot_data.services.tasks.run_due()
        await settle(self.application, self.server)
        if await redraw_decided_cards(self.server):
            await settle(self.application, self.server)
        for event in self.feed.take():
            self.screen.remember(event)

    async def run(self) -> None:
        """Until /quit or the end of the input."""
        watcher = asyncio.create_task(self._watch(), name="sandbox-screen")
        try:
            while True:
                await self._catch_up()
                line = await self._read()
                if line is None or not await self.handle(line):
                    return
        finally:
            watcher.cancel()

    async def _read(self) -> str | None:
        person = self.screen.person
        self._prompt = f"{person.first_name} ({self.screen.texts.label(person)}) › "
        if not self.echo:
            self.screen.out.write(self._prompt)
            self.screen.out.flush()
            self._at_prompt = True
        try:
            line = await self.reader.next_line()
        finally:
            self._at_prompt = False
        if self.echo and line is not None:
            self.screen.line(self._prompt + line)
        return line

    async def _watch(self) -> None:
        """Show what happens when it happens: a broadcast or a task goes on after the prompt."""
        state = self.server.state
        while True:
            await state.wait_for(self.feed.has_news, timeout=3600)
            if self._at_prompt:  # news while the tester types: above, then the prompt again
                self.screen.out.write("\r\x1b[K")
            try:
                self._show_news()
            except Exception:
                # A message the screen cannot show must not silence all the ones after it.
                logger.exception("the sandbox could not show a message")
            if self._at_prompt:
                self.screen.out.write(self._prompt)
                self.screen.out.flush()

    def _show_news(self) -> None:
        for event in self.feed.take():
            self.screen.show(event)

    async def _catch_up(self) -> None:
        await settle(self.application, self.server)
        self._show_news()

    # -- one line -------------------------------------------------------------------------------

    async def handle(self, line: str) -> bool:
        """Act on one line; False to stop."""
        text = line.strip()
        if not text:
            return True
        picking, self.picking = self.picking, False
        if picking and find_person(text) is not None:
            return await self._become(text)
        word, _, rest = text.partition(" ")
        command = self._commands.get(word.lower().split("@")[0])
        if command is not None:
            return await command(rest.strip())
        payload = self.screen.links.typed(text)
        if payload is not None:
            await self._say(f"/start {payload}")
            return True
        if text.isdigit() and self.screen.has_buttons():
            await self._number(int(text))
            return True
        # A backslash sends what follows as it is: "\5" is the text 5, not button 5.
        await self._say(text.removeprefix("\\"))
        return True

    async def _number(self, number: int) -> None:
        """A number presses that button of the latest message with buttons; one it does not
        have is said, not sent to the bot as text (a slip, not an answer)."""
        button = self.screen.button(number)
        if button is None:
            self.screen.say("no-button", number=number, count=self.screen.button_count())
            return
        self.screen.first_press_hint(number, button)
        await self._press(button)

    async def _say(self, text: str, **where: Any) -> None:
        try:
            await self.me.send(text, **where)
        except FakeTelegramError as refused:
            self.screen.say("refused", reason=str(refused))

    async def _press(self, button: Button) -> None:
        if button.row < 0:
            await self._say(button.label)
        elif button.callback_data is not None:
            try:
                await self.me.press_at(button.message, button.row, button.column)
            except FakeTelegramError as refused:
                self.screen.say("refused", reason=str(refused))
        elif button.url is not None:
            payload = self.screen.links.typed(button.url)
            if payload is None:
                self.screen.say("url", link=button.url)
            else:
                await self._say(f"/start {payload}")

    # -- sandbox commands -----------------------------------------------------------------------

    async def _help(self, _: str) -> bool:
        self.screen.say("help")
        return True

    async def _quit(self, _: str) -> bool:
        return False

    async def _people(self, _: str) -> bool:
        self.screen.people()
        self.picking = True
        return True

    async def _become(self, who: str) -> bool:
        person = find_person(who)
        if person is None:
            self.screen.say("who-usage")
            return True
        self._show_news()
        self.screen.say("you-are", name=person.first_name, role=self.screen.texts.role(person))
        self.screen.switch(person)
        return True

    async def _wait(self, span_text: str) -> bool:
        zone = self.application.bot_data.services.settings.zone
        length = until_time_of_day(span_text, self.clock.now().astimezone(zone))
        if length is None:
            span = parse_span(span_text) if span_text else None
            length = span.length if isinstance(span, Span) else None
        if length is None:
            self.screen.say("wait-usage")
            return True
        await self._catch_up()
        before = self.screen.delivered
        local = self.clock.advance(length).astimezone(zone)
        self.screen.say(
            "wait-now", when=local.strftime("%d/%m/%Y %H:%M"), ahead=_span(self.clock.moved)
        )
        await self.run_due()
        self.screen.say("wait-done", count=self.screen.delivered - before)
        return True

    async def run_due(self) -> None:
        """Run whatever fell due, and what that makes due in turn, until nothing is left."""
        tasks = self.application.bot_data.services.tasks
        for _ in range(100):
            ran = await tasks.run_due()
            busy = tasks.busy
            await self._catch_up()
            if not ran and not busy:
                return

    async def _group(self, rest: str) -> bool:
        group = self.screen.world.community
        words = rest.split(maxsplit=2)
        if not rest:
            self.screen.say("group-usage")
            return True
        if words[0].lower() != "reply":
            await self._in_group(group, rest, None)
            return True
        if len(words) < 3 or not words[1].lstrip("#").isdigit():
            self.screen.say("group-usage")
            return True
        number = int(words[1].lstrip("#"))
        target = self.server.state.find_message(group.id, number)
        if target is None:
            self.screen.say("no-message", number=number, title=group.title)
            return True
        await self._in_group(group, words[2], target)
        return True

    async def _in_group(self, group: FakeGroup, text: str, reply_to: dict[str, Any] | None) -> None:
        if not member_of(group, self.me.id):
            self.screen.say("not-in-group", name=self.me.first_name, title=group.title)
            return
        await self._say(text, chat=group, reply_to=reply_to)

    async def _open(self, rest: str) -> bool:
        number = int(rest) if rest.isdigit() else 0
        payload = self.screen.links.payload(number) if number else None
        if not rest.isdigit():
            self.screen.say("open-usage")
        elif payload is None:
            self.screen.say("no-link", number=number)
        else:
            await self._say(f"/start {payload}")
        return True

    async def _send(self, rest: str) -> bool:
        if not rest:
            self.screen.say("send-usage")
            return True
        name, caption = path_and_caption(rest)
        path = Path(name)
        try:
            content = await asyncio.to_thread(_read, path)
        except OSError as error:
            self.screen.say("send-missing", path=name, reason=error.strerror or str(error))
            return True
        try:
            if path.suffix.lower() in _PHOTO_SUFFIXES:
                await self.me.send_photo(content, caption=caption or None)
            else:
                kind = mimetypes.guess_type(path.name)[0]
                await self.me.upload(path.name, content, caption or None, kind)
        except FakeTelegramError as refused:
            self.screen.say("refused", reason=str(refused))
        return True


def path_and_caption(rest: str) -> tuple[str, str]:
    """`FILE [caption]`: a file name with spaces is taken quoted ("My projects.xlsx"), escaped
    (My\\ projects.xlsx) or whole, as people type them in a terminal."""
    if Path(rest).expanduser().is_file():
        return rest, ""
    try:
        words = shlex.split(rest)
    except ValueError:  # an unclosed quote: read it as typed
        words = []
    if not words:
        name, _, caption = rest.partition(" ")
        return name, caption
    return words[0], " ".join(words[1:])


def _read(path: Path) -> bytes:
    return path.expanduser().read_bytes()


def find_person(who: str) -> DemoPerson | None:
    """By number in /people, by key (`sofia`) or by first name, in any case."""
    wanted = who.strip().lower()
    if wanted.isdigit() and 1 <= int(wanted) <= len(PLAYABLE):
        return PLAYABLE[int(wanted) - 1]
    return next((p for p in PLAYABLE if wanted in (p.key, p.first_name.lower())), None)


def _span(span: timedelta) -> str:
    """`1d 2h 30m`: how far ahead the clock is."""
    minutes = int(span.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days}d" if days else "", f"{hours}h" if hours else "", f"{minutes}m"]
    return " ".join(p for p in parts if p and p != "0m") or "0m"
