"""The HTTP side: a tornado server speaking the Bot API, plus the test-facing facade."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import socket
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import tornado.httpserver
import tornado.httputil
import tornado.netutil
import tornado.web

from . import chats  # noqa: F401  (registers the chat/member methods)
from .methods import METHODS, Context
from .models import JSON, ApiCall, ApiError, UploadedFile
from .spec import ApiSpec
from .state import State
from .users import FakeGroup, FakeUser, Member

METHOD_NAMES = {name.lower(): name for name in METHODS}
_RATE_LIMITED_EXCLUDED = frozenset({"sendChatAction"})


def _is_rate_limited(method: str) -> bool:
    return method.startswith(("send", "edit", "copy", "forward")) and (
        method not in _RATE_LIMITED_EXCLUDED
    )


class _Window:
    """A sliding window allowing ``capacity`` events per ``seconds``."""

    def __init__(self, per_second: float) -> None:
        self.capacity = max(1, int(per_second))
        self.seconds = self.capacity / per_second
        self.events: collections.deque[float] = collections.deque()

    def full(self, now: float) -> bool:
        while self.events and self.events[0] <= now - self.seconds:
            self.events.popleft()
        return len(self.events) >= self.capacity


def _parse_request(request: tornado.httputil.HTTPServerRequest) -> JSON:
    """Decode query/form/multipart/JSON parameters; uploads become UploadedFile."""
    params: JSON = {}
    content_type = request.headers.get("Content-Type", "")
    for name, values in request.query_arguments.items():
        params[name] = values[-1].decode("utf-8", "replace")
    if content_type.startswith("application/json"):
        try:
            body = json.loads(request.body or b"{}")
        except json.JSONDecodeError:
            raise ApiError(400, "Bad Request: can't parse JSON request body") from None
        if not isinstance(body, dict):
            raise ApiError(400, "Bad Request: JSON request body must be an object")
        params.update(body)
        return params
    for name, values in request.body_arguments.items():
        params[name] = values[-1].decode("utf-8", "replace")
    files = {
        name: UploadedFile(
            parts[-1].filename or name,
            parts[-1].body,
            parts[-1].content_type or "application/octet-stream",
        )
        for name, parts in request.files.items()
    }
    for name, value in list(params.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            attached = files.pop(value[len("attach://") :], None)
            if attached is not None:
                params[name] = attached
    for name, upload in files.items():
        params.setdefault(name, upload)
    return params


class _ApiHandler(tornado.web.RequestHandler):
    def initialize(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.closed = False

    def on_connection_close(self) -> None:
        self.closed = True
        self.fake.state.notify()

    async def get(self, token: str, method: str) -> None:
        status, body = await self.fake.dispatch(token, method, self.request, lambda: self.closed)
        self.set_status(status, reason="Error" if status != 200 else "OK")
        self.set_header("Content-Type", "application/json")
        # A client that went away (e.g. a SIGKILLed bot) is fine: tornado drops the write.
        self.finish(json.dumps(body, ensure_ascii=False))

    async def post(self, token: str, method: str) -> None:
        await self.get(token, method)


class _FileHandler(tornado.web.RequestHandler):
    def initialize(self, fake: FakeTelegram) -> None:
        self.fake = fake

    def get(self, token: str, path: str) -> None:
        stored = self.fake.state.files_by_path.get(path)
        if token != self.fake.token or stored is None:
            self.set_status(404 if token == self.fake.token else 401)
            self.set_header("Content-Type", "application/json")
            description = "Not Found" if token == self.fake.token else "Unauthorized"
            self.finish(json.dumps({"ok": False, "error_code": 404, "description": description}))
            return
        self.set_header("Content-Type", stored.mime_type or "application/octet-stream")
        self.finish(stored.content)


class _NotFoundHandler(tornado.web.RequestHandler):
    def prepare(self) -> None:
        self.set_status(404)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"ok": False, "error_code": 404, "description": "Not Found"}))


class FakeTelegram:
    """A fake Bot API server on 127.0.0.1 (random port) running in the current event loop."""

    def __init__(
        self,
        token: str = "123456:TEST-token",
        bot_username: str = "genc_test_bot",
        bot_first_name: str = "Gen C",
        spec_path: str | Path | None = None,
        *,
        strict_html: bool = True,
    ) -> None:
        self.token = token
        self.state = State(
            token=token,
            bot_username=bot_username,
            bot_first_name=bot_first_name,
            strict_html=strict_html,
        )
        self.spec = ApiSpec.load(spec_path) if spec_path is not None else ApiSpec.builtin()
        self.port = 0
        self._http: tornado.httpserver.HTTPServer | None = None
        self._injected: dict[str, list[tuple[int, str, int | None]]] = {}
        self._latency: dict[str, float] = {}
        self._global_window: _Window | None = None
        self._per_chat_rate: float | None = None
        self._chat_windows: dict[str, _Window] = {}
        self._retry_after = 1

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1 with a free port."""
        if self._http is not None:
            return
        app = tornado.web.Application(
            [
                (r"/bot([^/]*)/([A-Za-z0-9_]*)/?", _ApiHandler, {"fake": self}),
                (r"/file/bot([^/]*)/(.+)", _FileHandler, {"fake": self}),
            ],
            default_handler_class=_NotFoundHandler,
            log_function=lambda handler: None,
        )
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1", family=socket.AF_INET)
        self._http = tornado.httpserver.HTTPServer(app, max_body_size=60 * 1024 * 1024)
        self._http.add_sockets(sockets)
        self.port = sockets[0].getsockname()[1]
        self.state.stopping = False

    async def stop(self) -> None:
        """Stop listening, answer pending long polls and close all connections."""
        if self._http is None:
            return
        http, self._http = self._http, None
        http.stop()
        self.state.stopping = True
        self.state.notify()
        for _ in range(5):
            await asyncio.sleep(0)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(http.close_all_connections(), 2.0)

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

    @property
    def api_url(self) -> str:
        if self._http is None and not self.port:
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
    ) -> FakeUser:
        """A user (ids from 10001); her private chat exists once she writes to the bot."""
        uid = user_id if user_id is not None else self.state.new_user_id()
        user = FakeUser(
            self.state,
            uid,
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        self.state.users[uid] = user
        return user

    def add_group(
        self,
        title: str = "Gen C community",
        members: list[FakeUser] | None = None,
        *,
        admins: list[FakeUser] | None = None,
        creator: FakeUser | None = None,
    ) -> FakeGroup:
        """A supergroup (id -100...) where the bot is an administrator."""
        group = FakeGroup(self.state, self.state.new_group_id(), title)
        for user in members or []:
            group.members[user.id] = Member(status="member")
        for user in admins or []:
            group.members[user.id] = Member(status="administrator")
        if creator is not None:
            group.members[creator.id] = Member(status="creator")
        self.state.groups[group.id] = group
        return group

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
        if status == 429 and retry_after is None:
            retry_after = self._retry_after
        key = method if method == "*" else method.lower()
        self._injected.setdefault(key, []).extend([(status, description, retry_after)] * count)

    def set_latency(self, method: str, seconds: float) -> None:
        """Delay answers of ``method`` ("*" = all methods) by ``seconds``."""
        key = method if method == "*" else method.lower()
        if seconds > 0:
            self._latency[key] = seconds
        else:
            self._latency.pop(key, None)

    def set_rate_limit(
        self,
        per_second: float | None = 30,
        per_chat_per_second: float | None = 1.0,
        retry_after: int = 1,
    ) -> None:
        """Answer 429 above these rates for send*/edit* methods; None disables a limit."""
        self._global_window = _Window(per_second) if per_second else None
        self._per_chat_rate = per_chat_per_second or None
        self._chat_windows.clear()
        self._retry_after = retry_after

    def _check_rate(self, method: str, raw: JSON) -> None:
        if not _is_rate_limited(method):
            return
        now = time.monotonic()
        windows: list[_Window] = []
        if self._global_window is not None:
            windows.append(self._global_window)
        if self._per_chat_rate is not None and "chat_id" in raw:
            key = str(raw["chat_id"])
            window = self._chat_windows.get(key)
            if window is None:
                window = self._chat_windows[key] = _Window(self._per_chat_rate)
            windows.append(window)
        if any(window.full(now) for window in windows):
            raise ApiError(
                429,
                f"Too Many Requests: retry after {self._retry_after}",
                retry_after=self._retry_after,
            )
        for window in windows:
            window.events.append(now)

    def _take_injected(self, method: str) -> tuple[int, str, int | None] | None:
        for key in (method.lower(), "*"):
            queue = self._injected.get(key)
            if queue:
                return queue.pop(0)
        return None

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
            call.params = _parse_request(request)
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            canonical = METHOD_NAMES.get(method.lower())
            if canonical is None:
                raise ApiError(404, "Not Found")
            call.method = canonical
            self.state.in_flight.append(call)
            self.state.notify()
            latency = self._latency.get(canonical.lower(), self._latency.get("*", 0.0))
            if latency:
                await asyncio.sleep(latency)
            injected = self._take_injected(canonical)
            if injected is not None:
                call.injected = True
                status, description, retry_after = injected
                raise ApiError(status, description, retry_after=retry_after)
            self._check_rate(canonical, call.params)
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
