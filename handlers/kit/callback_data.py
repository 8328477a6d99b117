"""Typed callback data: one small class per button family.

A family is a frozen dataclass with a `prefix`; its typed fields follow, `:`-separated:

    class Demote(CallbackData, prefix="sd"):
        member: int

    Demote(42).encode() == "sd:42";  Demote.decode("sd:42") == Demote(42)

A family whose buttons carry different things has variants: its subclasses, each with a `tag`
(the part after the prefix) or a first field that tells them apart. Buttons that carry nothing
else are best one variant with a `Literal` action:

    class Deletion(CallbackData, prefix="dm"): ...
    class DeleteEverything(Deletion, tag="yes"):   # dm:yes:1767225600
        stamp: int
    class GuardianDecides(GuardianChoice):         # gd:ok:K7QX2M
        decision: Literal["ok", "no", "wd"]
        code: str

A family's handler gets the family type and tells the variants apart with `isinstance`.

Fields are `int` (digits), `str` (no `:`), a `Literal` of strings or a `StrEnum`;
`Annotated[…, Shape(r"…")]` narrows what a field accepts. A trailing field with a default may be
missing from older buttons. `encode` refuses values of the wrong shape and anything over
Telegram's 64 bytes; `decode` gives None for data that is not exactly one of the family's
shapes; `pattern()` is the family's handler regex, which matches exactly what `decode` accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import MISSING, Field, dataclass, fields
from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Literal,
    Self,
    dataclass_transform,
    get_args,
    get_origin,
    get_type_hints,
)

from telegram import InlineKeyboardButton

MAX_BYTES = 64  # Telegram's limit for callback_data
INT = r"[0-9]{1,18}"  # below 2**63: SQLite takes it as it is
TEXT = r"[^:]{1,64}"


@dataclass(frozen=True)
class Shape:
    """`Annotated[str, Shape(r"[a-z]{2}")]`: the text a field may hold, as a regex."""

    regex: str


@dataclass(frozen=True)
class FieldSpec:
    """How one field travels: its regex, and the conversions to and from text."""

    name: str
    regex: str
    parse: Callable[[str], Any]
    optional: bool

    def show(self, value: object) -> str:
        text = value.value if isinstance(value, Enum) else str(value)
        if not isinstance(value, int | str) or re.fullmatch(self.regex, text) is None:
            raise ValueError(f"{self.name}={value!r} does not fit {self.regex}")
        return text


def _spec(name: str, annotation: Any, optional: bool) -> FieldSpec:
    regex: str | None = None
    if get_origin(annotation) is Annotated:
        annotation, *extras = get_args(annotation)
        regex = next((extra.regex for extra in extras if isinstance(extra, Shape)), None)
    if annotation is int:
        return FieldSpec(name, regex or INT, int, optional)
    if annotation is str:
        return FieldSpec(name, regex or TEXT, str, optional)
    if get_origin(annotation) is Literal:
        values = get_args(annotation)
        return FieldSpec(name, _either(values), str, optional)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        values = tuple(member.value for member in annotation)
        return FieldSpec(name, regex or _either(values), annotation, optional)
    raise TypeError(f"callback data field {name}: int, str, Literal or an Enum, not {annotation}")


def _either(values: tuple[Any, ...]) -> str:
    return "(?:" + "|".join(re.escape(str(value)) for value in values) + ")"


@dataclass_transform(frozen_default=True)
class CallbackData:
    """Base of every family of callback data; see the module's docstring."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]
    prefix: ClassVar[str] = ""
    tag: ClassVar[str | None] = None
    _specs: ClassVar[tuple[FieldSpec, ...]] = ()
    _regex: ClassVar[re.Pattern[str]]
    _family: ClassVar[type[CallbackData]]
    _members: ClassVar[list[type[CallbackData]]]
    _families: ClassVar[dict[str, type[CallbackData]]] = {}

    def __init_subclass__(cls, *, prefix: str | None = None, tag: str | None = None) -> None:
        super().__init_subclass__()
        dataclass(frozen=True)(cls)
        if prefix in CallbackData._families:
            raise TypeError(f"two families of callback data use the prefix {prefix!r}")
        if prefix is None and not hasattr(cls, "_family"):
            raise TypeError(f"{cls.__name__} needs a prefix, or a family to belong to")
        hints = get_type_hints(cls, include_extras=True)
        cls._specs = tuple(
            _spec(field.name, hints[field.name], _has_default(field)) for field in fields(cls)
        )
        cls.tag = tag
        if prefix is not None:
            CallbackData._families[prefix] = cls
            cls.prefix, cls._family, cls._members = prefix, cls, []
        cls._regex = re.compile(cls._shape())
        cls._family._members.append(cls)

    @classmethod
    def _shape(cls) -> str:
        parts = [re.escape(cls.prefix)]
        if cls.tag is not None:
            parts.append(":" + re.escape(cls.tag))
        for spec in cls._specs:
            part = f":({spec.regex})"
            parts.append(f"(?:{part})?" if spec.optional else part)
        return "".join(parts)

    @classmethod
    def shapes(cls) -> tuple[type[Self], ...]:
        """The classes whose instances are buttons: the family's leaves (or this class)."""
        members = [m for m in cls._family._members if issubclass(m, cls)]
        return tuple(
            m for m in members if not any(o is not m and issubclass(o, m) for o in members)
        )

    @classmethod
    def pattern(cls) -> str:
        """The handler regex: exactly the data `decode` accepts."""
        return "^(?:" + "|".join(shape._shape() for shape in cls.shapes()) + ")$"

    @classmethod
    def decode(cls, data: str) -> Self | None:
        for shape in cls.shapes():
            found = shape._regex.fullmatch(data)
            if found is not None:
                values = {
                    spec.name: spec.parse(text)
                    for spec, text in zip(shape._specs, found.groups(), strict=True)
                    if text is not None
                }
                return shape(**values)
        return None

    def encode(self) -> str:
        parts = [self.prefix] if self.tag is None else [self.prefix, self.tag]
        parts += [spec.show(getattr(self, spec.name)) for spec in self._specs]
        data = ":".join(parts)
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        return data

    def button(self, text: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(text, callback_data=self.encode())

    @staticmethod
    def families() -> tuple[type[CallbackData], ...]:
        return tuple(CallbackData._families.values())

    @classmethod
    def field_specs(cls) -> tuple[FieldSpec, ...]:
        return cls._specs


def _has_default(field: Field[Any]) -> bool:
    return field.default is not MISSING or field.default_factory is not MISSING
