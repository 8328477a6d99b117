"""The HTTP side: tornado handlers speaking the Bot API and serving files."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import tornado.httputil
import tornado.web

from .models import JSON, ApiError, UploadedFile

if TYPE_CHECKING:
    from .server import FakeTelegram


def parse_request(request: tornado.httputil.HTTPServerRequest) -> JSON:
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


def application(fake: FakeTelegram) -> tornado.web.Application:
    """The tornado application of one fake server."""
    return tornado.web.Application(
        [
            (r"/bot([^/]*)/([A-Za-z0-9_]*)/?", _ApiHandler, {"fake": fake}),
            (r"/file/bot([^/]*)/(.+)", _FileHandler, {"fake": fake}),
        ],
        default_handler_class=_NotFoundHandler,
        log_function=lambda handler: None,
    )
