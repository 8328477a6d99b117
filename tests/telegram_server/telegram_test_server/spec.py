"""Parameter decoding and validation against the Bot API spec.

With ``api.json`` (the PaulSonOfLars/telegram-bot-api-spec format) unknown parameters, missing
required ones and values of the wrong type are rejected and recorded as bot bugs. A spec file that
is asked for and missing is an error (``SpecMissing``), never a silent switch to less checking.
Only a server created without any spec uses the small built-in table of the methods the fake
implements, which decodes form values and ignores unknown parameters, like Telegram does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .models import JSON, ApiError, UploadedFile

_PRIMITIVES = frozenset({"Integer", "Float", "Boolean", "String", "InputFile", "True"})
_INT_RE = re.compile(r"-?\d+")

# Reasons Telegram gives for some missing required parameters.
_MISSING_REASONS = {
    "chat_id": "chat_id is empty",
    "text": "message text is empty",
    "user_id": "user_id is empty",
    "callback_query_id": "query is too old and response timeout expired or query ID is invalid",
    "message_id": "message identifier is not specified",
}


# Telegram ignores parameters a method does not take. PTB's `Defaults(parse_mode=…)` adds
# `parse_mode` to every call that shares its message-sending path, editMessageReplyMarkup
# included: harmless, so not reported as a bot bug (any other unknown name still is).
_TOLERATED_EXTRAS = frozenset({"parse_mode"})


class SpecMissing(FileNotFoundError):
    """The Bot API spec file is not where it was looked for."""


def spec_beside(checkout: str | Path) -> Path:
    """Where a project keeps the Bot API spec: ``../shared/telegram-bot-api/api.json`` beside
    its checkout."""
    return Path(checkout).resolve().parent / "shared" / "telegram-bot-api" / "api.json"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    types: tuple[str, ...]
    required: bool


@dataclass(frozen=True)
class TypeSpec:
    name: str
    fields: dict[str, FieldSpec]
    subtypes: tuple[str, ...]


_REPLY_MARKUP = "InlineKeyboardMarkup|ReplyKeyboardMarkup|ReplyKeyboardRemove|ForceReply"
_SEND_COMMON = (
    "business_connection_id:String chat_id:Integer|String! message_thread_id:Integer "
    "disable_notification:Boolean protect_content:Boolean allow_paid_broadcast:Boolean "
    "message_effect_id:String reply_parameters:ReplyParameters reply_to_message_id:Integer "
    f"allow_sending_without_reply:Boolean reply_markup:{_REPLY_MARKUP}"
)
_CAPTION = "caption:String parse_mode:String caption_entities:[MessageEntity]"
_EDIT_TARGET = (
    "business_connection_id:String chat_id:Integer|String message_id:Integer "
    "inline_message_id:String reply_markup:InlineKeyboardMarkup"
)
_SCOPE = "scope:BotCommandScope language_code:String"

# Built-in parameter table: "name:Type1|Type2" ("!" = required, "[X]" = Array of X).
BUILTIN_METHODS: dict[str, str] = {
    "getMe": "",
    "logOut": "",
    "close": "",
    "getWebhookInfo": "",
    "deleteWebhook": "drop_pending_updates:Boolean",
    "setWebhook": "url:String! certificate:InputFile ip_address:String max_connections:Integer "
    "allowed_updates:[String] drop_pending_updates:Boolean secret_token:String",
    "getUpdates": "offset:Integer limit:Integer timeout:Integer allowed_updates:[String]",
    "sendMessage": f"{_SEND_COMMON} text:String! parse_mode:String entities:[MessageEntity] "
    "link_preview_options:LinkPreviewOptions",
    "sendDocument": f"{_SEND_COMMON} document:InputFile|String! thumbnail:InputFile|String "
    f"{_CAPTION} disable_content_type_detection:Boolean",
    "sendPhoto": f"{_SEND_COMMON} photo:InputFile|String! {_CAPTION} "
    "show_caption_above_media:Boolean has_spoiler:Boolean",
    "sendChatAction": "business_connection_id:String chat_id:Integer|String! "
    "message_thread_id:Integer action:String!",
    "editMessageText": f"{_EDIT_TARGET} text:String! parse_mode:String "
    "entities:[MessageEntity] link_preview_options:LinkPreviewOptions",
    "editMessageCaption": f"{_EDIT_TARGET} {_CAPTION} show_caption_above_media:Boolean",
    "editMessageReplyMarkup": _EDIT_TARGET,
    "deleteMessage": "chat_id:Integer|String! message_id:Integer!",
    "deleteMessages": "chat_id:Integer|String! message_ids:[Integer]!",
    "answerCallbackQuery": "callback_query_id:String! text:String show_alert:Boolean "
    "url:String cache_time:Integer",
    "getFile": "file_id:String!",
    "setMyCommands": f"commands:[BotCommand]! {_SCOPE}",
    "getMyCommands": _SCOPE,
    "deleteMyCommands": _SCOPE,
    "getChat": "chat_id:Integer|String!",
    "getChatMember": "chat_id:Integer|String! user_id:Integer!",
    "getChatAdministrators": "chat_id:Integer|String!",
    "getChatMemberCount": "chat_id:Integer|String!",
    "restrictChatMember": "chat_id:Integer|String! user_id:Integer! "
    "permissions:ChatPermissions! use_independent_chat_permissions:Boolean until_date:Integer",
    "banChatMember": "chat_id:Integer|String! user_id:Integer! until_date:Integer "
    "revoke_messages:Boolean",
    "unbanChatMember": "chat_id:Integer|String! user_id:Integer! only_if_banned:Boolean",
}


def _parse_builtin(dsl: str) -> dict[str, FieldSpec]:
    fields: dict[str, FieldSpec] = {}
    for item in dsl.split():
        name, _, types = item.partition(":")
        required = types.endswith("!")
        types = types.rstrip("!")
        names = tuple(f"Array of {t[1:-1]}" if t.startswith("[") else t for t in types.split("|"))
        fields[name] = FieldSpec(name, names, required)
    return fields


class ApiSpec:
    """Method parameter tables, and optionally the object types of the full spec."""

    def __init__(
        self,
        methods: dict[str, dict[str, FieldSpec]],
        types: dict[str, TypeSpec] | None = None,
        *,
        strict: bool = False,
    ) -> None:
        self.methods = methods
        self.types = types or {}
        self.strict = strict

    @classmethod
    def builtin(cls) -> ApiSpec:
        return cls({name: _parse_builtin(dsl) for name, dsl in BUILTIN_METHODS.items()})

    @classmethod
    def load(cls, path: str | Path) -> ApiSpec:
        """Load an ``api.json`` spec; calls are then validated strictly. Raises SpecMissing,
        naming the path, when there is no such file."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SpecMissing(
                f"the Bot API spec {path.name} is missing: looked for it at {path.resolve()}. "
                "The Telegram test server checks every call against it and does not run without "
                "it: put the official api.json there (telegram-bot-api-spec format)."
            ) from None
        data = json.loads(text)

        def fields_of(entry: JSON) -> dict[str, FieldSpec]:
            return {
                f["name"]: FieldSpec(f["name"], tuple(f["types"]), bool(f["required"]))
                for f in entry.get("fields", [])
            }

        methods = {name: fields_of(entry) for name, entry in data["methods"].items()}
        types = {
            name: TypeSpec(name, fields_of(entry), tuple(entry.get("subtypes", [])))
            for name, entry in data["types"].items()
        }
        return cls(methods, types, strict=True)

    # -- decoding -------------------------------------------------------------------------------

    def decode(self, method: str, raw: JSON) -> JSON:
        """Decode form/JSON values by the declared types; raise ApiError for violations."""
        fields = self.methods.get(method)
        if fields is None:
            return dict(raw)
        params: JSON = {}
        for name, value in raw.items():
            if value is None:  # JSON null: treated as absent
                continue
            spec = fields.get(name)
            if spec is None and name in _TOLERATED_EXTRAS:
                continue
            if spec is None:
                if self.strict:
                    raise ApiError(
                        400,
                        f'Bad Request: unknown parameter "{name}" for method {method} '
                        "(not in the Bot API spec)",
                        spec_violation=True,
                    )
                params[name] = value
                continue
            params[name] = _decode_value(value, spec.types)
        for spec in fields.values():
            if spec.required and spec.name not in params:
                reason = _MISSING_REASONS.get(spec.name, f"{spec.name} is required")
                raise ApiError(400, f"Bad Request: {reason}", spec_violation=self.strict)
        for name, value in params.items():
            spec = fields.get(name)
            if spec is None:
                continue
            problems = self.check_value(spec.types, value, name)
            if problems:
                raise ApiError(400, f"Bad Request: {problems[0]}", spec_violation=True)
        return params

    # -- type checks ----------------------------------------------------------------------------

    def check_value(self, types: tuple[str, ...], value: Any, path: str) -> list[str]:
        """Problems of ``value`` against a union of spec types (empty list when it matches)."""
        problems: list[str] = []
        if isinstance(value, dict) and len(types) > 1:
            # Report against the variant whose fields best match the keys that were sent.
            types = tuple(sorted(types, key=lambda t: -self._overlap(t, value)))
        for type_name in types:
            found = self._check_one(type_name, value, path)
            if not found:
                return []
            problems.extend(found)
        if len(types) > 1 and not any(t not in _PRIMITIVES for t in types):
            return [f"{path} must be of type {' or '.join(types)}, got {value!r}"]
        return problems

    def _overlap(self, type_name: str, value: JSON) -> int:
        spec = self.types.get(type_name)
        return 0 if spec is None else sum(1 for key in value if key in spec.fields)

    def _check_one(self, type_name: str, value: Any, path: str) -> list[str]:
        if type_name.startswith("Array of "):
            if not isinstance(value, list):
                return [f"{path} must be a JSON-serialized array ({type_name})"]
            inner = type_name[len("Array of ") :]
            for index, item in enumerate(value):
                found = self._check_one(inner, item, f"{path}[{index}]")
                if found:
                    return found
            return []
        if type_name == "Integer":
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif type_name == "Float":
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif type_name in ("Boolean", "True"):
            ok = isinstance(value, bool)
        elif type_name == "String":
            ok = isinstance(value, str)
        elif type_name == "InputFile":
            ok = isinstance(value, UploadedFile)
        else:
            return self.check_object(type_name, value, path)
        return [] if ok else [f"{path} must be of type {type_name}, got {value!r}"]

    def check_object(self, type_name: str, value: Any, path: str = "") -> list[str]:
        """Problems of a JSON object against a spec type (required/unknown fields, types)."""
        path = path or type_name
        if not isinstance(value, dict):
            return [f"can't parse {path}: {type_name} must be a JSON object, got {value!r}"]
        spec = self.types.get(type_name)
        if spec is None:
            return []
        if spec.subtypes:
            problems: list[str] = []
            for subtype in spec.subtypes:
                found = self.check_object(subtype, value, path)
                if not found:
                    return []
                problems.extend(found)
            return [f"{path} matches no variant of {type_name}: {problems[0]}"]
        for name in value:
            if name not in spec.fields:
                return [f'{path} has unknown field "{name}" for {type_name}']
        for field_spec in spec.fields.values():
            if field_spec.name not in value:
                if field_spec.required:
                    return [f'{path} lacks required field "{field_spec.name}" of {type_name}']
                continue
            found = self.check_value(
                field_spec.types, value[field_spec.name], f"{path}.{field_spec.name}"
            )
            if found:
                return found
        return []


def _decode_value(value: Any, types: tuple[str, ...]) -> Any:
    """Turn a form string into the declared type (JSON bodies pass strings through too)."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    for type_name in types:
        if type_name == "Integer" and _INT_RE.fullmatch(text):
            return int(text)
        if type_name == "Float":
            try:
                return float(text)
            except ValueError:
                continue
        if type_name in ("Boolean", "True") and text.lower() in ("true", "false", "1", "0"):
            return text.lower() in ("true", "1")
        if type_name not in _PRIMITIVES and text[:1] in ("{", "["):
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                continue
    return value
