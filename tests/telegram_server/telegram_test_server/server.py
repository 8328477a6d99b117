"""The test-facing facade: a fake Bot API server on 127.0.0.1, its world and its faults."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType

import tornado.httpserver
import tornado.httputil
import tornado.netutil

from . import chats, edits, messages, updates, webhooks  # noqa: F401  (each registers methods)
from .delivery import WebhookDeliverer
from .faults import SERVER_ERRORS, Faults
from .groups import FakeGroup, Member
from .methods import METHODS, Context
from .models import JSON, ApiCall, ApiError, Webhook, WebhookDelivery
from .spec import ApiSpec
from .state import State
from .users import FakeUser, Profile
from .web import application, parse_request

METHOD_NAMES = {name.lower(): name for name in METHODS}
_MAX_BODY = 60 * 1024 * 1024


class FakeTelegram:
    """A fake Bot API server on 127.0.0.1 (random port) running in the current event loop."""

    def __init__(
        self,
        token: str = "123456:TEST-token",
        bot_username: str = "genc_test_bot",
        bot_first_name: str = "Gen C",
        spec_path: str | Path | None = None,
        *,
        spec: ApiSpec | None = None,
        strict_html: bool = True,
    ) -> None:
        """``spec`` (or the ``api.json`` at ``spec_path``) checks every call strictly; without
        either, a built-in table of the implemented methods only decodes parameters."""
        self.token = token
        self.state = State(
            token=token,
            bot_username=bot_username,
            bot_first_name=bot_first_name,
            strict_html=strict_html,
        )
        if spec is None:
            spec = ApiSpec.load(spec_path) if spec_path is not None else ApiSpec.builtin()
        self.spec = spec
        self.faults = Faults()
        self.port = 0
        self._started = False
        self._http: tornado.httpserver.HTTPServer | None = None  # None while refusing
        self._hung_up: list[tornado.httpserver.HTTPServer] = []
        self._closing: set[asyncio.Task[None]] = set()
        self._reopen: asyncio.TimerHandle | None = None
        # Telegram unreachable means no webhook deliveries either.
        self._deliverer = WebhookDeliverer(self.state, paused=lambda: self.refusing)

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1 with a free port."""
        if self._started:
            return
        self._started = True
        self.state.stopping = False
        self._listen()
        self._deliverer.start()

    async def stop(self) -> None:
        """Stop listening, answer pending long polls and close all connections."""
        if not self._started:
            return
        self._started = False
        self._cancel_reopen()
        await self._deliverer.stop()
        if self._http is not None:
            self._hang_up()
        self.state.stopping = True
        self.state.notify()
        for _ in range(5):
            await asyncio.sleep(0)
        closing = [server.close_all_connections() for server in self._hung_up]
        self._hung_up.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.gather(*closing, *self._closing), 2.0)

    async def __aenter__(self) -> FakeTelegram:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    async def refuse_connections(self, seconds: float | None = None) -> None:
        """Telegram unreachable: stop listening (new connections are refused) and close the open
        ones, until ``accept_connections()`` or for ``seconds``. The port stays the same. Returns
        once the open connections are closed (at most 2 s)."""
        if not self._started:
            raise RuntimeError("FakeTelegram is not started")
        self._cancel_reopen()
        if seconds is not None:
            self._reopen = asyncio.get_running_loop().call_later(seconds, self.accept_connections)
        if self._http is None:
            return
        task = asyncio.get_running_loop().create_task(self._hang_up().close_all_connections())
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)
        await asyncio.wait([task], timeout=2.0)

    def accept_connections(self) -> None:
        """Listen again, on the same port, after ``refuse_connections()``."""
        self._cancel_reopen()
        if self._started and self._http is None:
            self._listen()
            self.state.notify()  # held webhook deliveries resume

    @property
    def refusing(self) -> bool:
        return self._started and self._http is None

    def _listen(self) -> None:
        sockets = tornado.netutil.bind_sockets(self.port, "127.0.0.1", family=socket.AF_INET)
        self._http = tornado.httpserver.HTTPServer(application(self), max_body_size=_MAX_BODY)
        self._http.add_sockets(sockets)
        self.port = sockets[0].getsockname()[1]

    def _hang_up(self) -> tornado.httpserver.HTTPServer:
        server, self._http = self._http, None
        assert server is not None
        server.stop()
        self._hung_up.append(server)
        return server

    def _cancel_reopen(self) -> None:
        if self._reopen is not None:
            self._reopen.cancel()
            self._reopen = None

    @property
    def api_url(self) -> str:
        if not self.port:
            raise RuntimeError("FakeTelegram is not started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder().base_url(...)``."""
        return f"{self.api_url}/bot"

    @property
    def base_file_url(self) -> str:
        """For ``ApplicationBuilder().base_file_url(...)``."""
        return f"{self.api_url}/file/bot"

    # -- world ----------------------------------------------------------------------------------

    def add_user(
        self,
        first_name: str = "Alice",
        language_code: str | None = "it",
        username: str | None = None,
        *,
        last_name: str | None = None,
        user_id: int | None = None,
        is_bot: bool = False,
    ) -> FakeUser:
        """A user (ids from 10001); her private chat exists once she writes to the bot. With
        `is_bot`, another bot, which can only join groups."""
        uid = user_id if user_id is not None else self.state.new_user_id()
        profile = Profile(
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            is_bot=is_bot,
        )
        user = FakeUser(self.state, uid, profile)
        self.state.users[uid] = user
        return user

    def add_group(
        self,
        title: str = "Gen C community",
        members: list[FakeUser] | None = None,
        *,
        admins: list[FakeUser] | None = None,
        creator: FakeUser | None = None,
        group_id: int | None = None,
    ) -> FakeGroup:
        """A supergroup (id -100..., or `group_id`) where the bot is an administrator."""
        chat_id = group_id if group_id is not None else self.state.new_group_id()
        group = FakeGroup(self.state, chat_id, title)
        for user in members or []:
            group.members[user.id] = Member(status="member")
        for user in admins or []:
            group.members[user.id] = Member(status="administrator")
        if creator is not None:
            group.members[creator.id] = Member(status="creator")
        self.state.groups[group.id] = group
        return group

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Telegram's time from now on, in Unix seconds (the sandbox moves it forward)."""
        self.state.clock = clock

    @property
    def users(self) -> list[FakeUser]:
        return list(self.state.users.values())

    @property
    def calls(self) -> list[ApiCall]:
        return self.state.calls

    def calls_to(self, method: str) -> list[ApiCall]:
        return [call for call in self.state.calls if call.method.lower() == method.lower()]

    @property
    def errors(self) -> list[ApiCall]:
        """Calls Telegram would reject as invalid (bot bugs): 400/401/404, not injected."""
        return [call for call in self.state.calls if call.is_bot_bug]

    @property
    def commands(self) -> dict[tuple[str, str], list[JSON]]:
        return self.state.commands

    @property
    def pending_updates(self) -> list[JSON]:
        return self.state.pending_updates

    @property
    def webhook(self) -> Webhook | None:
        """The webhook set with setWebhook (None: the bot polls with getUpdates)."""
        return self.state.webhook

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every POST of an update to the webhook, failed ones included, in order."""
        return self.state.webhook_deliveries

    async def wait_until(
        self,
        predicate: Callable[[FakeTelegram], object],
        timeout: float = 5.0,
    ) -> None:
        """Wait until ``predicate(server)`` is true, re-checked on every state change."""
        if not await self.state.wait_for(lambda: bool(predicate(self)), timeout):
            raise TimeoutError(f"server condition still false after {timeout}s")

    @property
    def in_flight(self) -> list[ApiCall]:
        """Requests received and not answered yet."""
        return list(self.state.in_flight)

    async def wait_for_call(
        self,
        method: str,
        timeout: float = 5.0,
        count: int = 1,
    ) -> ApiCall:
        """Wait until ``method`` was called ``count`` times; return the latest such call."""
        await self.wait_until(lambda s: len(s.calls_to(method)) >= count, timeout)
        return self.calls_to(method)[-1]

    # -- fault injection ------------------------------------------------------------------------

    def inject_error(
        self,
        method: str,
        status: int = 500,
        description: str = "Internal Server Error",
        count: int = 1,
        *,
        retry_after: int | None = None,
    ) -> None:
        """The next ``count`` calls of ``method`` ("*" = any) fail with this answer."""
        self.faults.inject_error(method, status, description, count, retry_after)

    def inject_failures(
        self,
        share: float,
        *,
        statuses: Iterable[int] = tuple(SERVER_ERRORS),
        methods: Iterable[str] | None = None,
        seed: int = 0,
    ) -> None:
        """From now on, answer about ``share`` (0.2 = 20%) of the calls of ``methods`` (default:
        every method) with a 5xx of ``statuses``, e.g. ``{"ok": false, "error_code": 502,
        "description": "Bad Gateway"}``. A seeded random draw per call, by method and chat: the
        calls about one chat meet the same failures in every run. A failed call had no effect.
        ``share=0`` stops it."""
        self.faults.inject_failures(share, statuses, methods, seed)

    def set_latency(self, method: str, seconds: float) -> None:
        """Delay answers of ``method`` ("*" = all methods) by ``seconds``."""
        self.faults.set_latency(method, seconds)

    def set_rate_limit(
        self,
        per_second: float | None = 30,
        per_chat_per_second: float | None = 1.0,
        retry_after: int = 1,
    ) -> None:
        """Answer 429 above these rates for send*/edit* methods; None disables a limit."""
        self.faults.set_rate_limit(per_second, per_chat_per_second, retry_after)

    # -- dispatch -------------------------------------------------------------------------------

    async def dispatch(
        self,
        token: str,
        method: str,
        request: tornado.httputil.HTTPServerRequest,
        closed: Callable[[], bool],
    ) -> tuple[int, JSON]:
        """Answer one Bot API request: (HTTP status, JSON body)."""
        call = ApiCall(method=method, params={}, http_method=request.method or "POST")
        try:
            call.params = parse_request(request)
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            canonical = METHOD_NAMES.get(method.lower())
            if canonical is None:
                raise ApiError(404, "Not Found")
            call.method = canonical
            self.state.in_flight.append(call)
            self.state.notify()
            latency = self.faults.delay_of(canonical)
            if latency:
                await asyncio.sleep(latency)
            injected = self.faults.failure(canonical, call.params)
            if injected is not None:
                call.injected = True
                raise injected
            self.faults.check_rate(canonical, call.params)
            call.params = self.spec.decode(canonical, call.params)
            call.result = await METHODS[canonical](Context(self.state, closed), call.params)
            return 200, {"ok": True, "result": call.result}
        except ApiError as error:
            call.status = error.status
            call.description = error.description
            call.spec_violation = error.spec_violation
            return error.status, error.body()
        finally:
            call.duration = time.monotonic() - call.started_at
            self.state.in_flight = [c for c in self.state.in_flight if c is not call]
            self.state.calls.append(call)
            self.state.notify()
