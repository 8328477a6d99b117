"""Tests of the fake Telegram Bot API server (tests/telegram_server, telegram_test_server)."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import json
import os
import shutil
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    ChatPermissions,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)
from telegram_test_server import (
    SERVER_ERRORS,
    ApiSpec,
    FakeTelegram,
    FakeTelegramError,
    FakeUser,
    ParseError,
    SpecMissing,
    parse_html,
    parse_html_entities,
    spec_beside,
)

from tests.conftest import SPEC_PATH, load_api_spec

TOKEN = "123456:TEST-token"


@pytest.fixture
async def server(api_spec: ApiSpec) -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN, spec=api_spec) as fake:
        yield fake


@pytest.fixture
async def bot(server: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=server.base_url, base_file_url=server.base_file_url) as tg:
        yield tg


@pytest.fixture
async def http(server: FakeTelegram) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{server.api_url}/bot{TOKEN}/") as client:
        yield client


@pytest.fixture
async def alice(server: FakeTelegram) -> FakeUser:
    user = server.add_user(first_name="Alice", language_code="it", username="alice")
    await user.send("/start")
    return user


def last_call_description(server: FakeTelegram) -> str | None:
    return server.calls[-1].description


def keyboard(*labels: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"cb:{label}")] for label in labels]
    )


# -- identity and polling -----------------------------------------------------------------------


async def test_get_me(bot: Bot, server: FakeTelegram) -> None:
    me = await bot.get_me()
    assert me.id == 123456
    assert me.is_bot
    assert me.username == "genc_test_bot"
    assert me.first_name == "Gen C"
    assert me.can_join_groups
    assert server.calls_to("getMe")[0].ok


async def test_wrong_token_and_unknown_method(server: FakeTelegram) -> None:
    async with httpx.AsyncClient() as client:
        wrong = await client.post(f"{server.api_url}/bot1:wrong/getMe")
        unknown = await client.post(f"{server.api_url}/bot{TOKEN}/sendTelepathy")
        case_insensitive = await client.get(f"{server.api_url}/bot{TOKEN}/GETME")
    assert wrong.status_code == 401
    assert wrong.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert case_insensitive.json()["ok"]
    assert len(server.errors) == 2


async def test_long_poll_returns_as_soon_as_an_update_arrives(
    bot: Bot, server: FakeTelegram
) -> None:
    alice = server.add_user("Alice")
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await server.wait_until(lambda s: s.state.poll_generation == 1)
    await alice.send("/start payload")
    updates = await poll
    assert time.monotonic() - started < 2
    assert len(updates) == 1
    message = updates[0].message
    assert message is not None
    assert message.text == "/start payload"
    assert message.chat.type == "private"
    assert message.from_user is not None
    assert message.from_user.language_code == "it"
    assert message.parse_entities() != {}
    assert updates[0].update_id == 1


async def test_stop_releases_pending_long_poll() -> None:
    server = FakeTelegram(token=TOKEN)
    await server.start()
    async with httpx.AsyncClient() as client:
        poll = asyncio.create_task(
            client.post(f"{server.api_url}/bot{TOKEN}/getUpdates", data={"timeout": "30"})
        )
        await server.wait_until(lambda s: s.state.poll_generation == 1)
        started = time.monotonic()
        await server.stop()
        response = await poll
    assert time.monotonic() - started < 1
    assert response.json() == {"ok": True, "result": []}


async def test_long_poll_times_out_with_empty_list(http: httpx.AsyncClient) -> None:
    started = time.monotonic()
    response = await http.post("getUpdates", data={"timeout": "1"})
    assert 0.9 <= time.monotonic() - started < 3
    assert response.json() == {"ok": True, "result": []}


async def test_offset_confirms_updates(bot: Bot, server: FakeTelegram) -> None:
    alice = server.add_user("Alice")
    for text in ("one", "two", "three"):
        await alice.send(text)
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [1, 2, 3]
    again = await bot.get_updates(offset=2)
    assert [u.update_id for u in again] == [2, 3]
    assert await bot.get_updates(offset=4) == ()
    await alice.send("four")
    await alice.send("five")
    last = await bot.get_updates(offset=-1)
    assert [u.update_id for u in last] == [5]
    limited = await bot.get_updates(limit=1)
    assert [u.update_id for u in limited] == [5]


async def test_allowed_updates_is_remembered(bot: Bot, server: FakeTelegram) -> None:
    alice = server.add_user("Alice")
    await alice.send("/start")
    await bot.send_message(alice.id, "pick", reply_markup=keyboard("A"))
    await bot.get_updates(offset=2, allowed_updates=["callback_query"])
    await alice.send("ignored text")
    await alice.press("A")
    updates = await bot.get_updates(offset=2)
    assert len(updates) == 1
    assert updates[0].callback_query is not None
    assert server.state.dropped_updates[0]["message"]["text"] == "ignored text"
    await bot.get_updates(offset=updates[0].update_id + 1, allowed_updates=[])
    await alice.send("back to default")
    assert (await bot.get_updates())[0].message is not None


async def test_second_poll_gets_conflict_for_the_first(
    bot: Bot, server: FakeTelegram, http: httpx.AsyncClient
) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await server.wait_until(lambda s: s.state.poll_generation == 1)
    second = asyncio.create_task(http.post("getUpdates", data={"timeout": "1"}))
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first
    assert (await second).json() == {"ok": True, "result": []}
    conflict = server.calls_to("getUpdates")[0]
    assert conflict.status == 409
    assert server.errors == []


async def test_client_vanishing_mid_poll_does_not_break_server(
    server: FakeTelegram, http: httpx.AsyncClient
) -> None:
    script = "import httpx, sys; httpx.post(sys.argv[1], data={'timeout': '30'}, timeout=60)"
    url = f"{server.api_url}/bot{TOKEN}/getUpdates"
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", script, url)
    try:
        await server.wait_until(lambda s: s.state.poll_generation == 1, timeout=10)
    finally:
        proc.kill()  # SIGKILL mid-poll
        await proc.wait()
    # the server notices the closed connection and ends the abandoned poll
    await server.wait_until(lambda s: len(s.calls_to("getUpdates")) == 1, timeout=2)
    with pytest.raises(httpx.ReadTimeout):
        await http.post("getUpdates", data={"timeout": "5"}, timeout=0.2)
    alice = server.add_user("Alice")
    await alice.send("still there?")
    response = await http.post("getUpdates", data={"timeout": "5"})
    assert response.json()["result"][0]["message"]["text"] == "still there?"


# -- sendMessage --------------------------------------------------------------------------------


async def test_send_message_happy_path(bot: Bot, server: FakeTelegram, alice: FakeUser) -> None:
    sent = await bot.send_message(
        alice.id,
        "<b>Ciao</b> &lt;Alice&gt; <a href='https://example.org'>link</a>",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard("English", "Italiano"),
    )
    assert sent.text == "Ciao <Alice> link"
    assert sent.chat.id == alice.id
    assert sent.from_user is not None
    assert sent.from_user.id == 123456
    assert sent.message_id == 2  # alice's /start was message 1 in this chat
    assert [e.type for e in sent.entities] == ["bold", "text_link"]
    reply = await alice.next_reply(timeout=1)
    assert reply.text == "Ciao <Alice> link"
    assert reply.raw_text is not None
    assert reply.raw_text.startswith("<b>Ciao</b>")
    assert reply.parse_mode == "HTML"
    assert reply.buttons == [["English"], ["Italiano"]]
    assert reply.button_data("Italiano") == "cb:Italiano"
    assert reply.method == "sendMessage"
    assert alice.last_message is reply
    assert server.errors == []


async def test_send_message_errors(bot: Bot, server: FakeTelegram) -> None:
    stranger = server.add_user("Bob")
    with pytest.raises(BadRequest):
        await bot.send_message(999999, "hi")
    assert last_call_description(server) == "Bad Request: chat not found"
    with pytest.raises(Forbidden):
        await bot.send_message(stranger.id, "hi")
    assert last_call_description(server) == (
        "Forbidden: bot can't initiate conversation with a user"
    )
    await stranger.send("/start")
    stranger.block()
    with pytest.raises(Forbidden):
        await bot.send_message(stranger.id, "hi")
    assert last_call_description(server) == "Forbidden: bot was blocked by the user"
    stranger.unblock()
    await stranger.send("/start")
    for text in ("", "   "):
        with pytest.raises(BadRequest):
            await bot.send_message(stranger.id, text)
        assert last_call_description(server) == "Bad Request: message text is empty"
    with pytest.raises(BadRequest):
        await bot.send_message(stranger.id, "x" * 4097)
    assert last_call_description(server) == "Bad Request: message is too long"
    await bot.send_message(stranger.id, "x" * 4096)
    await bot.send_message(stranger.id, "&amp;" * 4096, parse_mode=ParseMode.HTML)
    # 403s are not bot bugs; 400s are
    assert [call.description for call in server.errors] == [
        "Bad Request: chat not found",
        "Bad Request: message text is empty",
        "Bad Request: message text is empty",
        "Bad Request: message is too long",
    ]
    updates = await bot.get_updates()
    kinds = [u.my_chat_member.new_chat_member.status for u in updates if u.my_chat_member]
    assert kinds == ["kicked", "member"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("é <b>x</i>", 'Unmatched end tag at byte offset 7, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ('<span class="big">x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("Tom & Jerry", 'Character "&" at byte offset 4 does not start'),
    ],
)
async def test_send_message_bad_html(
    bot: Bot, server: FakeTelegram, alice: FakeUser, text: str, reason: str
) -> None:
    with pytest.raises(BadRequest, match="parse entities"):
        await bot.send_message(alice.id, text, parse_mode=ParseMode.HTML)
    description = last_call_description(server)
    assert description is not None
    assert description.startswith(f"Bad Request: can't parse entities: {reason}")
    assert alice.messages == []
    assert len(server.errors) == 1


@pytest.mark.parametrize("data", ["x" * 65, "è" * 33, ""])
async def test_invalid_callback_data(
    bot: Bot, server: FakeTelegram, alice: FakeUser, data: str
) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("go", callback_data=data)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(alice.id, "choose", reply_markup=markup)
    ok = InlineKeyboardMarkup([[InlineKeyboardButton("go", callback_data="x" * 64)]])
    await bot.send_message(alice.id, "choose", reply_markup=ok)


async def test_caption_too_long(bot: Bot, server: FakeTelegram, alice: FakeUser) -> None:
    with pytest.raises(BadRequest):
        await bot.send_document(alice.id, b"data", filename="a.txt", caption="c" * 1025)
    assert last_call_description(server) == "Bad Request: message caption is too long"
    await bot.send_document(
        alice.id, b"data", filename="a.txt", caption="<i>ok</i>" * 100, parse_mode="HTML"
    )
    assert alice.messages[-1].text == "ok" * 100


# -- editing, callbacks -------------------------------------------------------------------------


async def test_edit_message_text(bot: Bot, server: FakeTelegram, alice: FakeUser) -> None:
    sent = await bot.send_message(alice.id, "Choose", reply_markup=keyboard("A", "B"))
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text(
            "Choose", chat_id=alice.id, message_id=sent.message_id, reply_markup=keyboard("A", "B")
        )
    assert last_call_description(server) == (
        "Bad Request: message is not modified: specified new message content and reply markup "
        "are exactly the same as a current content and reply markup of the message"
    )
    edited = await bot.edit_message_text(
        "Chosen: <b>A</b>", chat_id=alice.id, message_id=sent.message_id, parse_mode="HTML"
    )
    assert isinstance(edited, type(sent))
    assert edited.edit_date is not None
    message = alice.messages[0]
    assert message.text == "Chosen: A"
    assert message.edits == 1
    assert message.history == ["Choose"]
    assert message.reply_markup is None  # editMessageText without reply_markup drops it
    with pytest.raises(BadRequest, match="not found"):
        await bot.edit_message_text("x", chat_id=alice.id, message_id=999)
    with pytest.raises(BadRequest, match="can't be edited"):
        await bot.edit_message_text("x", chat_id=alice.id, message_id=1)
    await bot.edit_message_reply_markup(alice.id, sent.message_id, reply_markup=keyboard("C"))
    assert message.buttons == [["C"]]
    with pytest.raises(BadRequest, match="not modified"):  # the same keyboard again
        await bot.edit_message_reply_markup(alice.id, sent.message_id, reply_markup=keyboard("C"))
    assert await bot.delete_message(alice.id, sent.message_id)
    assert alice.messages == []
    with pytest.raises(BadRequest, match="not found"):
        await bot.delete_message(alice.id, sent.message_id)


async def test_press_and_answer_callback_query(
    bot: Bot, server: FakeTelegram, alice: FakeUser
) -> None:
    await bot.send_message(alice.id, "Language?", reply_markup=keyboard("English", "Italiano"))
    await bot.send_message(alice.id, "no buttons here")
    query = await alice.press("English")
    assert query["data"] == "cb:English"
    updates = await bot.get_updates()
    callback = updates[-1].callback_query
    assert callback is not None
    assert callback.data == "cb:English"
    assert callback.id == query["id"]
    assert callback.from_user.id == alice.id
    assert isinstance(callback.message, Message)
    assert callback.message.text == "Language?"
    assert await callback.answer("Done!")
    assert alice.callback_answers == [{"callback_query_id": callback.id, "text": "Done!"}]
    with pytest.raises(BadRequest, match=r"[Qq]uery is too old"):
        await callback.answer()
    with pytest.raises(BadRequest):
        await bot.answer_callback_query("12345")
    with pytest.raises(FakeTelegramError, match=r"English.*Italiano"):
        await alice.press("Deutsch")


async def test_next_reply_cursor_and_timeout(
    bot: Bot, server: FakeTelegram, alice: FakeUser
) -> None:
    await bot.send_message(alice.id, "first")
    await bot.send_message(alice.id, "second")
    assert (await alice.next_reply()).text == "first"
    assert (await alice.next_reply()).text == "second"
    with pytest.raises(TimeoutError, match=r"(?s)no new bot message.*'second'"):
        await alice.next_reply(timeout=0.05)
    waiter = asyncio.create_task(alice.wait_until(lambda u: len(u.messages) == 3, timeout=2))
    await bot.send_message(alice.id, "third")
    await waiter


# -- files --------------------------------------------------------------------------------------


async def test_send_document_multipart_round_trip(
    bot: Bot, server: FakeTelegram, alice: FakeUser
) -> None:
    payload = bytes(range(256)) * 40
    sent = await bot.send_document(alice.id, payload, filename="report.csv", caption="Report")
    assert sent.document is not None
    assert sent.document.file_name == "report.csv"
    assert sent.document.file_size == len(payload)
    assert alice.messages[-1].document == ("report.csv", payload)
    assert alice.messages[-1].text == "Report"
    again = await bot.send_document(alice.id, sent.document.file_id)
    assert again.document is not None
    assert again.document.file_id == sent.document.file_id
    file = await bot.get_file(sent.document.file_id)
    assert bytes(await file.download_as_bytearray()) == payload
    photo = await bot.send_photo(alice.id, b"\x89PNG fake", caption="pic")
    assert photo.photo[-1].width == 800
    assert alice.messages[-1].photo == b"\x89PNG fake"
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_document(alice.id, "no-such-file-id")
    assert server.calls_to("sendDocument")[0].params["document"].filename == "report.csv"


async def test_user_upload_get_file_and_download(bot: Bot, server: FakeTelegram) -> None:
    bob = server.add_user("Bob", language_code="en")
    content = b"name,city\nProgetto Verde,Milano\n"
    await bob.upload("projects.csv", content, caption="my projects", mime_type="text/csv")
    (update,) = await bot.get_updates()
    assert update.message is not None
    document = update.message.document
    assert document is not None
    assert document.file_name == "projects.csv"
    assert document.mime_type == "text/csv"
    assert update.message.caption == "my projects"
    file = await document.get_file()
    assert file.file_path is not None
    assert bytes(await file.download_as_bytearray()) == content
    with pytest.raises(BadRequest):
        await bot.get_file("bogus")


async def test_other_user_messages_parse(bot: Bot, server: FakeTelegram) -> None:
    carol = server.add_user("Carol", username="carol")
    group = server.add_group("Gen C community", members=[carol])
    sent = await carol.send("hello")
    await carol.edit(sent, "hello, edited")
    await carol.send_sticker()
    await carol.send_photo(caption="look")
    await carol.send_voice()
    await carol.send("/help@genc_test_bot in group", chat=group)
    await group.join(server.add_user("Dan"))
    announcement = await bot.send_message(group.id, "Welcome!", reply_markup=keyboard("Hi"))
    bot_message = group.messages[-1]
    assert bot_message.message_id == announcement.message_id
    await carol.press("Hi", message=bot_message)
    updates = await bot.get_updates()
    assert updates[1].edited_message is not None
    assert updates[1].edited_message.text == "hello, edited"
    sticker, photo, voice = (updates[i].message for i in (2, 3, 4))
    assert sticker is not None
    assert sticker.sticker is not None
    assert photo is not None
    assert photo.photo
    assert voice is not None
    assert voice.voice is not None
    group_message = updates[5].message
    assert group_message is not None
    assert group_message.chat.type == "supergroup"
    assert group_message.entities[0].length == len("/help@genc_test_bot")
    assert updates[6].message is not None
    assert updates[6].message.new_chat_members[0].first_name == "Dan"
    pressed = updates[7].callback_query
    assert pressed is not None
    assert pressed.from_user.id == carol.id
    assert isinstance(pressed.message, Message)
    assert pressed.message.chat.id == group.id
    photo_file = await bot.get_file(photo.photo[-1].file_id)
    assert (await photo_file.download_as_bytearray()).startswith(b"\xff\xd8")


async def test_generated_updates_match_the_spec(
    bot: Bot, server: FakeTelegram, alice: FakeUser, api_spec: ApiSpec
) -> None:
    spec = api_spec
    group = server.add_group("G", members=[alice])
    await bot.send_message(alice.id, "hi", reply_markup=keyboard("A"))
    await alice.press("A")
    await alice.send_sticker()
    await alice.send_voice()
    await alice.send_photo()
    await alice.upload("a.csv", b"1,2")
    await alice.edit(await alice.send("typo"), "fixed")
    alice.block()
    await bot.get_updates(allowed_updates=["message", "chat_member", "my_chat_member"])
    await bot.restrict_chat_member(group.id, alice.id, ChatPermissions(can_send_messages=False))
    updates = server.state.pending_updates
    assert len(updates) >= 9
    for update in updates:
        assert spec.check_object("Update", update) == [], update
        assert Update.de_json(update, bot) is not None
    for call in server.calls:
        if call.ok and isinstance(call.result, dict) and "message_id" in call.result:
            assert spec.check_object("Message", call.result) == []


# -- commands, groups ---------------------------------------------------------------------------


async def test_set_my_commands(bot: Bot, server: FakeTelegram) -> None:
    commands = [BotCommand("start", "Start"), BotCommand("help_me", "Aiuto")]
    assert await bot.set_my_commands(commands)
    assert await bot.set_my_commands(
        commands[:1], scope=BotCommandScopeAllPrivateChats(), language_code="it"
    )
    assert server.commands[("default", "")] == [
        {"command": "start", "description": "Start"},
        {"command": "help_me", "description": "Aiuto"},
    ]
    assert server.commands[('{"type":"all_private_chats"}', "it")][0]["command"] == "start"
    fetched = await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats(), language_code="it")
    assert [c.command for c in fetched] == ["start"]
    for bad in (BotCommand("Start", "x"), BotCommand("a" * 33, "x"), BotCommand("a-b", "x")):
        with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
            await bot.set_my_commands([bad])
    with pytest.raises(BadRequest, match=r"(?i)bot_command_description_invalid"):
        await bot.set_my_commands([BotCommand("ok", "d" * 257)])
    with pytest.raises(BadRequest, match=r"(?i)language code"):
        await bot.set_my_commands(commands, language_code="ita")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.set_my_commands(commands, scope=BotCommandScopeChat(-42))
    assert await bot.delete_my_commands()
    assert ("default", "") not in server.commands


async def test_group_membership(bot: Bot, server: FakeTelegram, alice: FakeUser) -> None:
    bob = server.add_user("Bob")
    owner = server.add_user("Olga")
    group = server.add_group("Gen C community", members=[alice, bob], creator=owner)
    assert group.id < -1000000000000
    chat = await bot.get_chat(group.id)
    assert chat.title == "Gen C community"
    member = await bot.get_chat_member(group.id, alice.id)
    assert member.status == "member"
    admins = await bot.get_chat_administrators(group.id)
    assert {a.status for a in admins} == {"creator", "administrator"}
    await bot.restrict_chat_member(group.id, bob.id, ChatPermissions(can_send_messages=False))
    assert group.status_of(bob) == "restricted"
    assert group.restrictions[bob.id]["can_send_messages"] is False
    restricted = await bot.get_chat_member(group.id, bob.id)
    assert restricted.status == "restricted"
    with pytest.raises(FakeTelegramError):
        await bob.send("spam", chat=group)
    await bot.ban_chat_member(group.id, alice.id)
    assert group.status_of(alice) == "kicked"
    assert await bot.unban_chat_member(group.id, alice.id, only_if_banned=True)
    assert group.status_of(alice) == "left"
    with pytest.raises(BadRequest, match="owner"):
        await bot.ban_chat_member(group.id, owner.id)
    with pytest.raises(BadRequest, match=r"[Uu]ser not found"):
        await bot.get_chat_member(group.id, 424242)
    with pytest.raises(BadRequest, match="supergroup"):
        await bot.ban_chat_member(alice.id, alice.id)
    assert (await bot.get_chat_member(group.id, server.add_user("Eve").id)).status == "left"


# -- faults -------------------------------------------------------------------------------------


async def test_rate_limit_answers_429(
    bot: Bot, server: FakeTelegram, alice: FakeUser, http: httpx.AsyncClient
) -> None:
    server.set_rate_limit(per_second=None, per_chat_per_second=1.0, retry_after=3)
    await bot.send_message(alice.id, "one")
    response = await http.post("sendMessage", data={"chat_id": str(alice.id), "text": "two"})
    assert response.status_code == 429
    assert response.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    # RetryAfter needs PTB_TIMEDELTA=1 (tests/conftest.py) or it warns -> error under pytest.
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(alice.id, "three")
    assert caught.value.retry_after == dt.timedelta(seconds=3)
    server.set_rate_limit(per_second=2, per_chat_per_second=None)
    other = server.add_user("Bob")
    await other.send("/start")
    await bot.send_message(other.id, "a")
    await bot.send_message(alice.id, "b")
    with pytest.raises(RetryAfter):
        await bot.send_message(other.id, "c")
    server.set_rate_limit(per_second=None, per_chat_per_second=None)
    await bot.send_message(other.id, "d")
    assert server.errors == []
    assert [m.text for m in alice.messages] == ["one", "b"]


async def test_injected_errors_and_latency(bot: Bot, server: FakeTelegram, alice: FakeUser) -> None:
    server.inject_error("sendMessage", status=500, description="Internal Server Error")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(alice.id, "lost")
    assert alice.messages == []
    server.inject_error("*", status=502, description="Bad Gateway", count=2)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.get_me()
    await bot.send_message(alice.id, "delivered")
    assert [m.text for m in alice.messages] == ["delivered"]
    assert server.errors == []
    assert [c.status for c in server.calls_to("sendMessage")] == [500, 200]
    server.set_latency("getMe", 0.3)
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started >= 0.3
    server.set_latency("getMe", 0)
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started < 0.3


async def test_a_share_of_calls_fails_with_a_5xx_that_had_no_effect(
    server: FakeTelegram, alice: FakeUser, http: httpx.AsyncClient
) -> None:
    async def send_all() -> list[int]:
        statuses = []
        for n in range(40):
            response = await http.post("sendMessage", json={"chat_id": alice.id, "text": f"m{n}"})
            statuses.append(response.status_code)
            if response.status_code != 200:
                assert response.json() == {
                    "ok": False,
                    "error_code": response.status_code,
                    "description": SERVER_ERRORS[response.status_code],
                }
        return statuses

    server.inject_failures(0.3, methods=["sendMessage"], seed=7)
    statuses = await send_all()
    assert 4 <= statuses.count(200) <= 36
    assert set(statuses) == {200, 500, 502, 503, 504}
    # Nothing was delivered by a failed call: a retry is safe.
    delivered = [f"m{n}" for n, status in enumerate(statuses) if status == 200]
    assert [m.text for m in alice.messages] == delivered
    assert [(await http.post("getMe")).status_code for _ in range(10)] == [200] * 10
    # The same seed, the same failures; a share of 0 stops them.
    server.inject_failures(0.3, methods=["sendMessage"], seed=7)
    assert await send_all() == statuses
    server.inject_failures(0)
    assert set(await send_all()) == {200}
    assert all(call.injected for call in server.calls if not call.ok)
    assert server.errors == []
    server.inject_failures(1, statuses=[502])
    bad_gateway = await http.post("getMe")
    assert bad_gateway.json() == {"ok": False, "error_code": 502, "description": "Bad Gateway"}
    with pytest.raises(ValueError, match="5xx"):
        server.inject_failures(0.2, statuses=[429])
    with pytest.raises(ValueError, match="between 0 and 1"):
        server.inject_failures(20)


async def test_refused_connections_until_told_or_for_a_while(
    bot: Bot, server: FakeTelegram
) -> None:
    assert await bot.get_me()
    long_poll = asyncio.create_task(bot.get_updates(timeout=5))
    await server.wait_until(lambda s: any(c.method == "getUpdates" for c in s.in_flight))
    await server.refuse_connections()
    assert server.refusing
    # Open connections are closed (a long poll is cut), new ones refused.
    with pytest.raises(NetworkError):
        await long_poll
    with pytest.raises(NetworkError) as refused:
        await bot.get_me()
    assert isinstance(refused.value.__cause__, httpx.ConnectError)
    port = server.port
    server.accept_connections()
    assert await bot.get_me()
    assert server.port == port
    await server.refuse_connections(seconds=0.3)
    with pytest.raises(NetworkError):
        await bot.get_me()
    await asyncio.sleep(0.4)
    assert await bot.get_me()
    # Refused calls never reached the server (the first getMe is the Bot's initialize).
    assert [call.ok for call in server.calls_to("getMe")] == [True] * 4


def test_a_missing_spec_is_an_error_naming_where_it_was_looked_for(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    expected = tmp_path / "shared" / "telegram-bot-api" / "api.json"
    assert spec_beside(checkout) == expected
    with pytest.raises(SpecMissing) as missing:
        ApiSpec.load(expected)
    assert f"api.json is missing: looked for it at {expected}" in str(missing.value)
    with pytest.raises(SpecMissing):
        FakeTelegram(spec_path=expected)
    # The test suite stops at once, with that message, instead of checking less.
    with pytest.raises(pytest.UsageError) as stopped:
        load_api_spec(expected)
    assert str(stopped.value).startswith(f"cannot run the tests: {missing.value}")
    assert load_api_spec().methods["sendMessage"]["chat_id"].required
    # The spec beside the checkout wins; a scratch clone may use its origin's.
    own = spec_beside(Path(__file__).resolve().parents[1])
    assert own == SPEC_PATH or not own.exists()


async def test_without_the_spec_no_test_runs(tmp_path: Path) -> None:
    """The project's own test set-up, in a checkout with no ../shared beside it."""
    tests = Path(__file__).resolve().parent
    copy = tmp_path / "checkout" / "tests"
    shutil.copytree(tests / "support", copy / "support")
    for name in ("__init__.py", "conftest.py"):
        shutil.copy(tests / name, copy / name)
    (copy / "test_anything.py").write_text("def test_anything() -> None:\n    pass\n")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests",
        cwd=copy.parent, env={**os.environ, "PYTHONPATH": str(tests.parent)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output = (await process.communicate())[0].decode()
    assert process.returncode == pytest.ExitCode.USAGE_ERROR, output
    looked_at = tmp_path / "shared" / "telegram-bot-api" / "api.json"
    assert f"api.json is missing: looked for it at {looked_at}" in output
    assert "passed" not in output


async def test_spec_rejects_unknown_and_missing_parameters(
    server: FakeTelegram, http: httpx.AsyncClient, alice: FakeUser
) -> None:
    unknown = await http.post(
        "sendMessage", json={"chat_id": alice.id, "text": "hi", "colour": "red"}
    )
    assert unknown.status_code == 400
    assert "colour" in unknown.json()["description"]
    missing = await http.post("getChatMember", json={"chat_id": alice.id})
    assert missing.json()["description"] == "Bad Request: user_id is empty"
    wrong_type = await http.post(
        "sendMessage",
        data={"chat_id": str(alice.id), "text": "x", "reply_markup": json.dumps({"x": 1})},
    )
    assert wrong_type.status_code == 400
    nested = await http.post(
        "sendMessage",
        json={"chat_id": alice.id, "text": "x", "reply_markup": {"inline_keyboard": [[{}]]}},
    )
    assert "text" in nested.json()["description"]
    assert len(server.errors) == 4
    assert all(call.spec_violation for call in server.errors)
    assert alice.messages == []


async def test_application_end_to_end(server: FakeTelegram) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html(
            "<b>Benvenuto!</b> Choose a language", reply_markup=keyboard("English", "Italiano")
        )

    async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        await query.edit_message_text(f"Language: {query.data}")

    app: Application[Any, Any, Any, Any, Any, Any] = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(server.base_url)
        .base_file_url(server.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(choose))
    alice = server.add_user("Alice")
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await alice.send("/start")
        reply = await alice.next_reply(timeout=5)
        assert reply.text == "Benvenuto! Choose a language"
        await alice.press("Italiano")
        await alice.wait_until(lambda u: u.messages[0].edits == 1, timeout=5)
        assert reply.text == "Language: cb:Italiano"
        assert len(alice.callback_answers) == 1
        await app.updater.stop()
        await app.stop()
    assert server.errors == []


# -- HTML parser properties ---------------------------------------------------------------------


@given(st.text())
def test_escaped_text_parses_back(text: str) -> None:
    assert parse_html(html.escape(text)) == text
    assert parse_html(html.escape(text, quote=False)) == text


_SOUP = st.lists(
    st.sampled_from(
        [
            "<b>",
            "</b>",
            "<i>",
            "</i>",
            "<a href='x'>",
            "</a>",
            "<",
            ">",
            "&",
            "&amp;",
            "&#",
            "&#x1F600;",
            '<span class="tg-spoiler">',
            "</span>",
            "<pre>",
            "<code class=",
            "</",
            "'",
            '"',
            "=",
            " ",
            "é",
            "text",
            "<blockquote expandable>",
            "</blockquote>",
            '<tg-emoji emoji-id="1">',
            "</tg-emoji>",
            "<u",
            "\n",
        ]
    )
)


@settings(max_examples=300)
@given(_SOUP, st.booleans())
def test_tag_soup_only_raises_parse_error(parts: list[str], strict: bool) -> None:
    try:
        text, entities = parse_html_entities("".join(parts), strict=strict)
    except ParseError as error:
        reason = error.reason
        assert reason
        return
    for entity in entities:
        assert entity["length"] > 0
        assert entity["offset"] + entity["length"] <= len(text.encode("utf-16-le")) // 2


def test_parse_html_entities_details() -> None:
    text, entities = parse_html_entities(
        '<pre><code class="language-python">x = 1</code></pre> 😀<b>b</b>'
        '<a href="tg://user?id=42">u</a>'
    )
    assert text == "x = 1 😀bu"
    assert entities[0] == {"type": "pre", "offset": 0, "length": 5, "language": "python"}
    assert entities[1] == {"type": "bold", "offset": 8, "length": 1}
    assert entities[2]["type"] == "text_mention"
    assert parse_html("&lt;&gt;&amp;&quot;&#65;&#x42;") == '<>&"AB'
    assert parse_html("Tom & Jerry", strict=False) == "Tom & Jerry"
    assert parse_html("&nbsp;", strict=False) == "&nbsp;"
