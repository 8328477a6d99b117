"""Rows to dataclasses. A column is stored the one way its field's type says (storage.db's text
for times, JSON for lists and mappings, 0 or 1 for flags), so one reader serves every table."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import fields
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, get_type_hints

from storage.db import from_db_time

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")
Decode = Callable[[Any], Any]


def _json_tuple(text: str) -> tuple[Any, ...]:
    return tuple(json.loads(text))


def _optional(decode: Decode) -> Decode:
    return lambda value: None if value is None else decode(value)


_DECODE: dict[object, Decode] = {
    bool: bool,
    datetime: from_db_time,
    datetime | None: _optional(from_db_time),
    date | None: _optional(date.fromisoformat),
    tuple[str, ...]: _json_tuple,
    tuple[int, ...]: _json_tuple,
    dict[str, Any]: json.loads,
}


def _same(value: Any) -> Any:
    return value


@cache
def _columns(cls: type[DataclassInstance]) -> tuple[tuple[str, Decode], ...]:
    hints = get_type_hints(cls)
    return tuple(
        (field.name, _DECODE.get(hints[field.name], _same)) for field in fields(cls) if field.init
    )


def from_row(
    cls: type[T], row: sqlite3.Row | Mapping[str, Any], prefix: str = "", **given: Any
) -> T:
    """A `cls` whose fields are read, and decoded by their type, from the row's columns of the
    same name (after `prefix`); `given` fields are not read (they have no such column)."""
    values = {
        name: decode(row[prefix + name]) for name, decode in _columns(cls) if name not in given
    }
    return cls(**values, **given)
