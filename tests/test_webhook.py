"""Webhook mode: `python -m bot` with WEBHOOK_URL set, fed by the fake Telegram server's POSTs."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import time
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram import Bot
from telegram_test_server import FakeTelegram, FakeUser

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from bot.core.tasks import TaskDispatcher, TaskKind
from bot.ops.health import health_report
from bot.ops.webhook_server import SECRET_HEADER, Inbox, WebhookServer
from bot.services.health import HealthProbe
from storage.db import Database
from storage.tasks import TaskRepository
from tests.conftest import TEST_TOKEN
from tests.support.bot_process import BotProcess, run_to_exit, wait_at_server

ROOT = Path(__file__).resolve().parents[1]
SECRET = "webhook-secret_0123456789abcdef"
LISTENING = "webhook mode: listening on"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def webhook(server: FakeTelegram, bot_process: BotProcess) -> str:
    """The bot running in webhook mode, its webhook set at the fake server; yields its base
    address (http://127.0.0.1:PORT)."""
    port = _free_port()
    bot_process.env.update(
        WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    await bot_process.start()
    await bot_process.wait_for_log(LISTENING)
    await wait_at_server(server, bot_process, lambda s: s.webhook is not None, "setWebhook")
    return f"http://127.0.0.1:{port}"


def _command(user: FakeUser, text: str, update_id: int) -> dict[str, Any]:
    """An update as Telegram would post it: `user` sends the command `text`."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": user.chat_json(),
            "from": user.to_json(),
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        },
    }


async def test_a_members_start_arrives_by_webhook_and_is_answered(
    server: FakeTelegram, bot_process: BotProcess, webhook: str
) -> None:
    assert server.webhook is not None
    assert (server.webhook.url, server.webhook.secret_token) == (f"{webhook}/telegram", SECRET)
    assert "chat_member" in (server.state.allowed_updates or ()), "every kind of update"
    giulia = server.add_user("Giulia", language_code="it")
    await giulia.send("/start")
    assert "Ciao Giulia!" in ((await giulia.next_reply(timeout=10)).text or "")
    assert [delivery.status for delivery in server.webhook_deliveries] == [200]
    assert server.calls_to("getUpdates") == [], "no polling in webhook mode"


async def test_a_post_without_the_right_secret_is_refused_and_never_handled(
    server: FakeTelegram, bot_process: BotProcess, webhook: str
) -> None:
    bob = server.add_user("Bob", language_code="en")
    await bob.send("/start")
    await bob.next_reply(timeout=10)
    seen = len(bob.all_messages)
    async with httpx.AsyncClient(base_url=webhook) as http:
        forged = _command(bob, "/language", 900_001)
        for headers in ({}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: SECRET + "x"}):
            answer = await http.post("/telegram", json=forged, headers=headers)
            assert (answer.status_code, answer.content) == (403, b"")
        # Telegram's own POST of bob's next command: his updates are handled in order, so a
        # forged one that got through would have been answered before this one.
        genuine = await http.post(
            "/telegram", json=_command(bob, "/help", 900_002), headers={SECRET_HEADER: SECRET}
        )
        assert genuine.status_code == 200
    assert "Here's what you can ask me" in ((await bob.next_reply(timeout=10)).text or "")
    assert len(bob.all_messages) == seen + 1, bob.transcript()  # no answer to /language
    # One line for the three: anyone may post to a public address, the log must not flood.
    assert bot_process.this_run().count("without the right secret (403)") == 1
    assert "refused 1 request(s) since the last such line" in bot_process.this_run()


async def test_what_is_not_an_update_is_refused(
    server: FakeTelegram, bot_process: BotProcess, webhook: str
) -> None:
    with_secret = {SECRET_HEADER: SECRET}
    async with httpx.AsyncClient(base_url=webhook) as http:
        for body in (b"{not json", b"[1, 2]", b'{"no": "update_id"}', b"\xff\xfe"):
            answer = await http.post("/telegram", content=body, headers=with_secret)
            assert answer.status_code == 400, body
        assert (await http.get("/telegram")).status_code == 405
        assert (await http.get("/")).status_code == 404
        assert (await http.post("/elsewhere", json={}, headers=with_secret)).status_code == 404
    assert await _status_of_a_huge_post(webhook) == b"HTTP/1.1 400 Bad Request"
    assert "Traceback" not in bot_process.this_run()


async def _status_of_a_huge_post(address: str) -> bytes:
    """The status line answering a 2 MB body, refused on its Content-Length before it is read."""
    host, port = address.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(
        b"POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
        b"Content-Length: 2000000\r\n" + SECRET_HEADER.encode() + b": " + SECRET.encode()
        + b"\r\n\r\n"
    )  # fmt: skip
    await writer.drain()
    status = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return status.strip()


async def test_healthz_reports_the_database_tasks_and_last_update(
    server: FakeTelegram, bot_process: BotProcess, webhook: str
) -> None:
    async with httpx.AsyncClient(base_url=webhook) as http:
        answer = await http.get("/healthz")
        assert answer.status_code == 200
        before = answer.json()
        assert before["status"] == "ok"
        assert before["database"] == "ok"
        assert before["mode"] == "webhook"
        assert before["last_update_seconds_ago"] is None
        assert set(before["tasks"]) == {"oldest_due_seconds"}
        nina = server.add_user("Nina", language_code="it")
        await nina.send("/start")
        await nina.next_reply(timeout=10)
        after = (await http.get("/healthz")).json()
    assert isinstance(after["last_update_seconds_ago"], int)
    assert "Nina" not in str(after)
    assert str(nina.id) not in str(after)


async def test_sigterm_finishes_the_update_in_hand_and_leaves_the_webhook_set(
    server: FakeTelegram, bot_process: BotProcess, webhook: str
) -> None:
    server.set_latency("sendMessage", 1.0)
    lia = server.add_user("Lia", language_code="it")
    await lia.send("/start")
    await server.wait_until(lambda s: any(c.method == "sendMessage" for c in s.in_flight), 10)
    code, _ = await bot_process.stop(signal.SIGTERM)
    assert code == 0
    assert "Ciao Lia!" in ((await lia.next_reply(timeout=1)).text or ""), "answered before exit"
    log = bot_process.this_run()
    assert log.rstrip().endswith("stopped")
    assert "Traceback" not in log
    # Telegram keeps what comes meanwhile for the next start.
    assert server.webhook is not None
    assert server.calls_to("deleteWebhook") == []


async def test_a_taken_port_is_one_line_and_exit_2(
    server: FakeTelegram, bot_process: BotProcess
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        bot_process.env.update(
            WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
            WEBHOOK_SECRET=SECRET,
            WEBHOOK_PORT=str(port),
        )
        await bot_process.start()
        assert bot_process.process is not None
        assert await asyncio.wait_for(bot_process.process.wait(), 20) == 2
    log = bot_process.this_run()
    assert f"cannot listen on 127.0.0.1:{port}" in log
    assert "WEBHOOK_PORT" in log
    assert "Traceback" not in log
    assert server.webhook is None


async def test_a_webhook_telegram_refuses_is_one_line_and_exit_2(
    server: FakeTelegram, bot_process: BotProcess
) -> None:
    refusal = "Bad Request: bad webhook: Failed to resolve host: Name or service not known"
    server.inject_error("setWebhook", 400, refusal)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    bot_process.env.update(WEBHOOK_URL=url, WEBHOOK_SECRET=SECRET, WEBHOOK_PORT=str(port))
    await bot_process.start()
    assert bot_process.process is not None
    assert await asyncio.wait_for(bot_process.process.wait(), 20) == 2
    log = bot_process.this_run()
    assert f"Telegram refused WEBHOOK_URL {url}" in log
    assert "failed to resolve host" in log.lower()
    assert "Traceback" not in log


async def test_polling_mode_takes_over_from_a_webhook(
    server: FakeTelegram, bot_process: BotProcess
) -> None:
    """Back to polling (WEBHOOK_URL emptied): the webhook left set is deleted at start."""
    async with Bot(TEST_TOKEN, base_url=server.base_url) as bot:
        await bot.set_webhook("http://127.0.0.1:9/telegram", secret_token=SECRET)
    await bot_process.start()
    await bot_process.wait_for_log("ready: @")
    eva = server.add_user("Eva", language_code="it")
    await eva.send("/start")
    assert "Ciao Eva!" in ((await eva.next_reply(timeout=10)).text or "")
    assert server.webhook is None


@pytest.mark.parametrize(
    ("settings", "named", "hidden"),
    [
        ({"WEBHOOK_URL": "http://bot.example.org/telegram", "WEBHOOK_SECRET": SECRET},
         "WEBHOOK_URL must be an https:// address", SECRET),
        ({"WEBHOOK_URL": "https://bot.example.org:8080/telegram", "WEBHOOK_SECRET": SECRET},
         "WEBHOOK_URL may only use port 443, 80, 88 or 8443", SECRET),
        ({"WEBHOOK_URL": "https://bot.example.org/healthz", "WEBHOOK_SECRET": SECRET},
         "WEBHOOK_URL must have no ? or #, and a path other than /healthz", SECRET),
        ({"WEBHOOK_URL": "https://bot.example.org/telegram"},
         "WEBHOOK_SECRET is missing", None),
        ({"WEBHOOK_URL": "https://bot.example.org/telegram", "WEBHOOK_SECRET": "short-one"},
         "WEBHOOK_SECRET is not a usable secret", "short-one"),
        ({"WEBHOOK_URL": "https://bot.example.org/telegram", "WEBHOOK_SECRET": SECRET + "!"},
         "WEBHOOK_SECRET is not a usable secret", SECRET),
    ],
)  # fmt: skip
async def test_webhook_settings_errors_are_one_line_and_exit_2(
    tmp_path: Path, settings: dict[str, str], named: str, hidden: str | None
) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": TEST_TOKEN,
        "DATABASE_PATH": str(tmp_path / "genc.sqlite3"),
        **settings,
    }
    code, text = await run_to_exit(env, tmp_path)
    assert code == 2
    problems = [line for line in text.splitlines() if line.startswith("  - ")]
    assert len(problems) == 1, text
    assert named in problems[0]
    assert hidden is None or hidden not in text
    assert "Traceback" not in text


@pytest.mark.parametrize(
    "url",
    [
        "https://bot.example.org/telegram",
        "https://bot.example.org:8443/telegram",
        "http://localhost:8080/telegram",
        "http://127.0.0.1:8081/",
    ],
)
def test_webhook_addresses_telegram_accepts(
    make_settings: Callable[..., Settings], url: str
) -> None:
    settings = make_settings(WEBHOOK_URL=f" {url} ", WEBHOOK_SECRET=SECRET)
    assert settings.webhook_url == url


def test_without_webhook_url_the_bot_polls(make_settings: Callable[..., Settings]) -> None:
    assert make_settings(WEBHOOK_URL="", WEBHOOK_SECRET="").webhook_url is None


# -- /healthz in-process, with a clock that moves when told ---------------------------------------

IDLE = TaskKind.untyped("idle")


@pytest.fixture
async def health_server(
    db: Database, clock: FakeClock
) -> AsyncIterator[tuple[str, TaskDispatcher]]:
    tasks = TaskDispatcher(TaskRepository(db), clock)
    tasks.register(IDLE, lambda task, payload: asyncio.sleep(0))
    probe = HealthProbe(tasks)
    inbox = Inbox(Bot(TEST_TOKEN), asyncio.Queue(), SECRET)
    server = WebhookServer(inbox, probe.check, path="/telegram")
    port = server.listen("127.0.0.1", 0)
    yield f"http://127.0.0.1:{port}", tasks
    await server.stop()


async def test_healthz_is_503_when_a_due_task_waits_too_long(
    health_server: tuple[str, TaskDispatcher], clock: FakeClock, db: Database
) -> None:
    address, tasks = health_server
    await tasks.schedule(IDLE, {}, due_at=clock.now() + timedelta(minutes=1))
    async with httpx.AsyncClient(base_url=address) as http:
        assert (await http.get("/healthz")).json()["tasks"] == {"oldest_due_seconds": None}
        clock.advance(minutes=3)  # due two minutes ago: late, not stuck
        answer = await http.get("/healthz")
        assert (answer.status_code, answer.json()["tasks"]) == (200, {"oldest_due_seconds": 120})
        clock.advance(minutes=10)  # the engine is stuck, or stopped
        answer = await http.get("/healthz")
        assert answer.status_code == 503
        assert answer.json()["status"] == "degraded"
        assert answer.json()["tasks"] == {"oldest_due_seconds": 720}
        await tasks.run_due()
        assert (await http.get("/healthz")).status_code == 200
        await db.close()
        answer = await http.get("/healthz")
        assert (answer.status_code, answer.json()["database"]) == (503, "unreachable")


def test_healthz_while_starting_is_503_and_says_so() -> None:
    status, body = health_report(None, None, mode="webhook")
    assert status == 503
    assert (body["status"], body["database"]) == ("degraded", "starting")


async def test_an_update_before_the_bot_runs_is_503_so_telegram_sends_it_again() -> None:
    """Answered 200, Telegram would never resend it: a failed start would lose it."""
    queue: asyncio.Queue[object] = asyncio.Queue()
    inbox = Inbox(Bot(TEST_TOKEN), queue, SECRET)
    server = WebhookServer(inbox, lambda: asyncio.sleep(0, None), path="/telegram")
    port = server.listen("127.0.0.1", 0)
    update = {"update_id": 1, "message": None}
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
            refused = await http.post("/telegram", json=update, headers=headers)
            assert refused.status_code == 503
            assert queue.empty()
            inbox.open = True
            assert (await http.post("/telegram", json=update, headers=headers)).status_code == 200
            assert queue.qsize() == 1
    finally:
        await server.stop()
