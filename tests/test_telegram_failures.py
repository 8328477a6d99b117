"""Telegram's own failures: what is retried, how often, and what is never repeated."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import signal
from collections.abc import AsyncIterator, Callable
from typing import Any, NamedTuple

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram_test_server import BotMessage, FakeTelegram, FakeUser

from bot.core.clock import FakeClock
from bot.core.settings import Settings
from handlers.kit.telegram_request import (
    POLLING,
    REQUESTS,
    STARTUP,
    Failure,
    RetryPolicy,
    TelegramRequest,
    TelegramRetries,
    failure_of,
    failure_of_status,
    keep_trying,
    may_retry,
    never_delivered,
)
from tests.conftest import TEST_TOKEN
from tests.support.bot_process import BotProcess
from tests.support.harness import ErrorCollector, running_bot


class Sleeps(list[float]):
    """A sleep that only records how long it was asked to wait, then runs a hook."""

    def __init__(self) -> None:
        super().__init__()
        self.hook: Callable[[int], None] = lambda count: None

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)
        self.hook(len(self))


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
async def tg(server: FakeTelegram, sleeps: Sleeps) -> AsyncIterator[Bot]:
    request = TelegramRequest(REQUESTS, sleep=sleeps)
    async with Bot(TEST_TOKEN, base_url=server.base_url, request=request) as bot:
        yield bot


@pytest.fixture
async def alice(server: FakeTelegram) -> FakeUser:
    user = server.add_user("Alice", language_code="it")
    await user.send("/start")
    return user


def caused_by(error: Exception, cause: Exception) -> Exception:
    error.__cause__ = cause
    return error


# -- the policy, as a table ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "failure"),
    [
        (caused_by(NetworkError("x"), httpx.ConnectError("refused")), Failure.NEVER_SENT),
        (caused_by(TimedOut(), httpx.ConnectTimeout("slow")), Failure.NEVER_SENT),
        (caused_by(TimedOut(), httpx.PoolTimeout("busy")), Failure.NEVER_SENT),
        (caused_by(TimedOut(), httpx.ReadTimeout("no answer")), Failure.UNCERTAIN),
        (caused_by(TimedOut(), httpx.WriteTimeout("stuck")), Failure.UNCERTAIN),
        (caused_by(NetworkError("x"), httpx.RemoteProtocolError("dropped")), Failure.UNCERTAIN),
        (NetworkError("Bad Gateway"), None),  # a 5xx is judged by its status, not here
        (caused_by(BadRequest("x"), httpx.ConnectError("?")), None),
        (Forbidden("blocked"), None),
        (RuntimeError("a bug"), None),
    ],
)
def test_which_failures_say_what(error: Exception, failure: Failure | None) -> None:
    assert failure_of(error) is failure


def test_which_answers_are_retried() -> None:
    assert [failure_of_status(status) for status in (500, 502, 503, 504)] == [
        Failure.SERVER_ERROR
    ] * 4
    assert [failure_of_status(status) for status in (200, 400, 403, 409, 429, 501)] == [None] * 6


@pytest.mark.parametrize("method", ["sendMessage", "editMessageText", "answerCallbackQuery"])
def test_a_send_that_may_have_arrived_is_never_repeated(method: str) -> None:
    assert not may_retry(Failure.UNCERTAIN, method)
    assert may_retry(Failure.NEVER_SENT, method)
    assert may_retry(Failure.SERVER_ERROR, method)


@pytest.mark.parametrize("method", ["getUpdates", "getMe", "getChatMember", "setMyCommands"])
def test_reads_and_idempotent_calls_are_repeated_freely(method: str) -> None:
    assert may_retry(Failure.UNCERTAIN, method)
    assert may_retry(Failure.UNCERTAIN, "file_7.csv", "GET")


def test_how_many_times_and_how_long() -> None:
    # Sends: 4 retries after 0.25, 0.5, 1 and 2 s, well under 10 s in all.
    delays = [REQUESTS.delay(retry) for retry in range(1, 5)]
    assert delays == [0.25, 0.5, 1.0, 2.0]
    assert [REQUESTS.allows(retry, 0.0) for retry in range(1, 6)] == [True] * 4 + [False]
    assert not REQUESTS.allows(2, 9.6)  # the budget of 10 s is spent
    # Start-up: 1 s doubling to a minute, for ever.
    assert [STARTUP.delay(n) for n in (1, 2, 3, 6, 7, 50)] == [1, 2, 4, 32, 60, 60]
    assert STARTUP.allows(1000, 1e9)
    assert POLLING.allows(1000, 1e9)
    assert POLLING.delay(100) == 30


# -- the request layer against the fake Telegram ------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_a_5xx_on_a_send_is_retried_and_delivered_once(
    tg: Bot, server: FakeTelegram, alice: FakeUser, sleeps: Sleeps, status: int
) -> None:
    server.inject_error("sendMessage", status, "Bad Gateway", count=2)
    await tg.send_message(alice.id, "hello")
    assert [m.text for m in alice.messages] == ["hello"]
    assert [call.status for call in server.calls_to("sendMessage")] == [status, status, 200]
    assert sleeps == [0.25, 0.5]


async def test_edits_and_callback_answers_are_retried(
    tg: Bot, server: FakeTelegram, alice: FakeUser, sleeps: Sleeps
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])
    sent = await tg.send_message(alice.id, "Sure?", reply_markup=keyboard)
    query = await alice.press("Yes")
    server.inject_failures(1.0, statuses=[502], seed=1)
    sleeps.hook = lambda count: server.inject_failures(0)
    await tg.answer_callback_query(query["id"], "ok")
    server.inject_failures(1.0, statuses=[503], seed=1)
    await tg.edit_message_text("Sure!", chat_id=alice.id, message_id=sent.message_id)
    assert alice.callback_answers[0]["text"] == "ok"
    assert alice.messages[0].text == "Sure!"
    assert alice.messages[0].edits == 1
    assert sleeps == [0.25, 0.25]


async def test_after_five_attempts_the_error_goes_up(
    tg: Bot, server: FakeTelegram, alice: FakeUser, sleeps: Sleeps
) -> None:
    server.inject_error("sendMessage", 502, "Bad Gateway", count=5)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await tg.send_message(alice.id, "lost")
    assert alice.messages == []
    assert len(server.calls_to("sendMessage")) == 5
    assert sleeps == [0.25, 0.5, 1.0, 2.0]


class Answer(NamedTuple):
    """An error answer of Telegram's and the error PTB raises for it."""

    status: int
    description: str
    raised: type[Exception]
    retry_after: int | None = None


@pytest.mark.parametrize(
    "answer",
    [
        Answer(400, "Bad Request: chat not found", BadRequest),
        Answer(403, "Forbidden: bot was blocked by the user", Forbidden),
        Answer(429, "Too Many Requests: retry after 3", RetryAfter, retry_after=3),
    ],
    ids=lambda answer: str(answer.status),
)
async def test_other_answers_go_up_at_once(
    tg: Bot, server: FakeTelegram, alice: FakeUser, sleeps: Sleeps, answer: Answer
) -> None:
    server.inject_error(
        "sendMessage", answer.status, answer.description, retry_after=answer.retry_after
    )
    with pytest.raises(answer.raised):
        await tg.send_message(alice.id, "no")
    assert len(server.calls_to("sendMessage")) == 1
    assert sleeps == []


async def test_a_read_timeout_on_a_send_is_not_retried_it_may_have_arrived(
    tg: Bot, server: FakeTelegram, alice: FakeUser, sleeps: Sleeps
) -> None:
    server.set_latency("sendMessage", 0.3)
    with pytest.raises(TimedOut) as timed_out:
        await tg.send_message(alice.id, "slow", read_timeout=0.05)
    assert sleeps == []
    assert not never_delivered(timed_out.value)  # the task engine records it, never repeats it
    # It did arrive: sending it again would have made two.
    await alice.wait_until(lambda user: len(user.messages) == 1)
    assert [m.text for m in alice.messages] == ["slow"]
    assert len(server.calls_to("sendMessage")) == 1


async def test_a_read_timeout_on_a_read_is_retried(
    tg: Bot, server: FakeTelegram, sleeps: Sleeps
) -> None:
    server.set_latency("getChat", 0.3)
    user = server.add_user("Bob")
    sleeps.hook = lambda count: server.set_latency("getChat", 0)
    chat = await tg.get_chat(user.id, read_timeout=0.05)
    assert chat.id == user.id
    assert sleeps == [0.25]


async def test_a_refused_connection_is_retried_then_left_to_the_task_engine(
    tg: Bot, server: FakeTelegram, alice: FakeUser, sleeps: Sleeps
) -> None:
    await server.refuse_connections()
    with pytest.raises(NetworkError) as refused:
        await tg.send_message(alice.id, "nobody home")
    assert sleeps == [0.25, 0.5, 1.0, 2.0]
    assert never_delivered(refused.value)  # the task engine tries it again later
    sleeps.clear()
    sleeps.hook = lambda count: server.accept_connections() if count == 2 else None
    await tg.send_message(alice.id, "back")
    assert [m.text for m in alice.messages] == ["back"]
    assert sleeps == [0.25, 0.5]


async def test_no_retry_starts_past_the_budget(server: FakeTelegram, alice: FakeUser) -> None:
    now = [0.0]
    waited: list[float] = []

    async def sleep(seconds: float) -> None:
        waited.append(seconds)
        now[0] += seconds + 3  # each attempt is slow

    policy = RetryPolicy(attempts=10, first_delay=1, longest_delay=1, budget=10)
    request = TelegramRequest(policy, sleep=sleep, clock=lambda: now[0])
    async with Bot(TEST_TOKEN, base_url=server.base_url, request=request) as bot:
        server.inject_error("sendMessage", 502, "Bad Gateway", count=10)
        with pytest.raises(NetworkError):
            await bot.send_message(alice.id, "x")
    # Attempts at 0, 4, 8 and 12 s: after the fourth, one more wait would end past 10 s.
    assert waited == [1, 1, 1]
    assert len(server.calls_to("sendMessage")) == 4


# -- the start-up's patience --------------------------------------------------------------------


async def test_keep_trying_logs_one_line_per_attempt_and_doubles_the_wait(
    server: FakeTelegram, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    request = TelegramRequest(REQUESTS, sleep=sleeps)
    bot = Bot(TEST_TOKEN, base_url=server.base_url, request=request)
    server.inject_error("getMe", 502, "Bad Gateway", count=3)
    with caplog.at_level(logging.INFO):
        await keep_trying(bot.initialize, "getMe", sleep=sleeps)
    assert bot.username == "genc_test_bot"
    # Each attempt is one request: no retries inside an attempt.
    assert [call.status for call in server.calls_to("getMe")] == [502, 502, 502, 200]
    assert sleeps == [1, 2, 4]
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("handlers.kit")]
    assert lines == [
        "Telegram did not answer getMe (Bad Gateway); trying again in 1 s (attempt 1)",
        "Telegram did not answer getMe (Bad Gateway); trying again in 2 s (attempt 2)",
        "Telegram did not answer getMe (Bad Gateway); trying again in 4 s (attempt 3)",
        "Telegram answered getMe at attempt 4",
    ]
    await bot.shutdown()
    # Outside keep_trying, the same request retries again.
    server.inject_error("getMe", 502, "Bad Gateway")
    async with bot:
        assert (await bot.get_me()).username == "genc_test_bot"


async def test_keep_trying_waits_out_flood_control_and_lets_real_refusals_through(
    sleeps: Sleeps,
) -> None:
    failures: list[Exception] = [
        RetryAfter(dt.timedelta(seconds=7)),
        caused_by(NetworkError("x"), httpx.ConnectError("refused")),
    ]

    async def action() -> str:
        if failures:
            raise failures.pop(0)
        return "done"

    assert await keep_trying(action, "a step", sleep=sleeps) == "done"
    assert sleeps == [7, 2]

    async def refused(error: Exception) -> Any:
        raise error

    for error in (InvalidToken("no"), BadRequest("no"), Forbidden("no")):
        with pytest.raises(type(error)):
            await keep_trying(functools.partial(refused, error), "a step", sleep=sleeps)
    assert sleeps == [7, 2]


# -- 20 newcomers while Telegram fails a fifth of the time --------------------------------------

QUICK = RetryPolicy(attempts=5, first_delay=0.01, longest_delay=0.05, budget=10)
QUICK_FOR_EVER = RetryPolicy(attempts=None, first_delay=0.01, longest_delay=0.05, budget=None)
QUICK_RETRIES = TelegramRetries(requests=QUICK, polling=QUICK_FOR_EVER, startup=QUICK_FOR_EVER)


async def onboard(user: FakeUser, server: FakeTelegram) -> None:
    """The whole onboarding with buttons, in Italian, as test_onboarding_flow walks it."""

    async def tap(label: str, message: BotMessage | None = None) -> BotMessage:
        await user.press(label, message=message)
        return await user.next_reply(timeout=20)

    async def toggle(label: str, message: BotMessage, shown: str) -> None:
        await user.press(label, message=message)
        await server.wait_until(lambda _: message.button(shown) is not None, timeout=20)

    await user.send("/start")
    await user.next_reply(timeout=20)
    await tap("🇮🇹 Italiano")
    birth = await tap("👍 Ok, iniziamo")
    await user.press("2006")
    await server.wait_until(lambda _: birth.edits == 1, timeout=20)
    await tap("mar")
    await tap("Usa “Giulia”")
    causes = await tap("Torino")
    await toggle("🌍 Clima", causes, "✅ 🌍 Clima")
    skills = await tap("✅ Fatto")
    days = await tap("Salta ➡️", message=skills)
    await toggle("Nel fine settimana", days, "✅ Nel fine settimana")
    await tap("✅ Fatto", message=days)
    consents = await tap("3–5 ore")
    await toggle("⬜ Promemoria eventi", consents, "✅ Promemoria eventi")
    await tap("Continua ➡️")
    await tap("✅ È tutto giusto")


def seen(user: FakeUser) -> list[tuple[str | None, list[list[str]], int, bool]]:
    """Every message she got, as she sees it now: text, buttons, how often edited, deleted."""
    return [(m.text, m.buttons, m.edits, m.deleted) for m in user.all_messages]


async def test_twenty_newcomers_onboard_while_a_fifth_of_telegram_calls_fail(
    server: FakeTelegram,
    make_settings: Callable[..., Settings],
    clock: FakeClock,
    bot_errors: ErrorCollector,
) -> None:
    # The outgoing limiter stays in the way (retries happen under it), at a pace that keeps the
    # test short.
    settings = make_settings(TELEGRAM_API_URL=server.api_url, RATE_LIMIT_PER_SECOND="300")
    server.inject_failures(0.2, seed=11)
    async with running_bot(server, settings, clock, retries=QUICK_RETRIES) as bot:
        # One newcomer alone, then twenty at once.
        first = server.add_user("Giulia", language_code="it")
        await onboard(first, server)
        newcomers = [server.add_user("Giulia", language_code="it") for _ in range(20)]
        await asyncio.gather(*(onboard(user, server) for user in newcomers))
        for user in [first, *newcomers]:
            profile = await bot.services.onboarding.profile(user.id)
            assert profile is not None
            assert profile.completed_at is not None
    server.inject_failures(0)
    # The same walk with no failure at all: each of them saw exactly that, each question once.
    async with running_bot(server, settings, clock):
        calm = server.add_user("Giulia", language_code="it")
        await onboard(calm, server)
    expected = seen(calm)
    assert len({text for text, *_ in expected}) == len(expected)
    for user in [first, *newcomers]:
        assert seen(user) == expected, user.transcript()
        assert len(user.callback_answers) == len(calm.callback_answers)
    assert all(record.answered for record in server.state.callback_queries.values())
    assert bot_errors.records == [], bot_errors.describe()
    # Telegram did fail, on every kind of call the onboarding makes.
    failed = {call.method for call in server.calls if call.injected}
    assert {"getUpdates", "sendMessage", "editMessageText", "answerCallbackQuery"} <= failed
    assert sum(call.injected for call in server.calls) > 200


# -- `python -m bot` while Telegram is down -----------------------------------------------------


async def test_the_bot_started_while_telegram_is_down_keeps_trying_then_polls(
    server: FakeTelegram, bot_process: BotProcess
) -> None:
    await server.refuse_connections()
    await bot_process.start()
    await bot_process.wait_for_log("Telegram did not answer getMe (ConnectError")
    server.accept_connections()
    server.inject_error("getMe", 502, "Bad Gateway")
    server.inject_error("setMyCommands", 502, "Bad Gateway")
    server.inject_error("deleteWebhook", 504, "Gateway Timeout", count=2)
    await bot_process.wait_for_log("ready: @genc_test_bot")
    # Polling started: a newcomer is answered.
    newcomer = server.add_user("Nina", language_code="en")
    await newcomer.send("/start")
    assert "Nina" in ((await newcomer.next_reply(timeout=10)).text or "")
    log = bot_process.this_run()
    # One line per attempt, and the wait doubles.
    assert log.count("Telegram did not answer") == 3
    assert "trying again in 1 s (attempt 1)" in log
    assert "did not answer getMe (Bad Gateway); trying again in 2 s (attempt 2)" in log
    assert "did not answer setMyCommands (Bad Gateway); trying again in 1 s (attempt 1)" in log
    assert [call.status for call in server.calls_to("getMe")] == [502, 200]
    assert [call.status for call in server.calls_to("deleteWebhook")] == [504, 504, 200]
    assert "Traceback" not in log
    assert "Aborting" not in log
    code, _ = await bot_process.stop(signal.SIGTERM)
    assert code == 0


@pytest.mark.parametrize("step", ["getMe", "setMyCommands"])
async def test_sigterm_stops_a_bot_waiting_for_telegram_at_once(
    server: FakeTelegram, bot_process: BotProcess, step: str
) -> None:
    if step == "getMe":
        await server.refuse_connections()
    else:
        server.inject_error("setMyCommands", 503, "Service Unavailable", count=100)
    await bot_process.start()
    await bot_process.wait_for_log(f"Telegram did not answer {step}")
    code, took = await bot_process.stop(signal.SIGTERM)
    assert code == 0
    assert took < 2
    log = bot_process.this_run()
    assert "ready: @" not in log
    assert "Traceback" not in log
