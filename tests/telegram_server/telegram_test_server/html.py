"""Telegram's HTML parse mode, modelled on tdlib's ``parse_html``.

:func:`parse_html` returns the text users see; :func:`parse_html_entities` also returns the
message entities (offsets in UTF-16 code units). Errors carry Telegram's wording, e.g.
``Unsupported start tag "div" at byte offset 5``; the server prefixes them with
``Bad Request: can't parse entities: ``.

Deviation from Telegram (on purpose, ``strict=True``, the default): a bare ``&`` that does not
start a valid entity is an error. Telegram shows it literally, but a bot that does not escape
``&`` does not escape ``<`` either, which Telegram does reject.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

ALLOWED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    }
)
_SPACES = frozenset(" \t\r\n\f\v\0")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "tg-emoji": "custom_emoji",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "text_link",
}


class ParseError(ValueError):
    """Telegram's "can't parse entities" error; ``reason`` is the text after that prefix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    @property
    def description(self) -> str:
        return f"Bad Request: can't parse entities: {self.reason}"


@dataclass
class _Open:
    tag: str
    begin: int  # byte offset of "<"
    utf16_offset: int
    argument: str = ""
    attrs: dict[str, str] = field(default_factory=dict)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode the HTML entity starting at ``text[pos] == "&"`` like tdlib; None if invalid."""
    n = len(text)
    end = pos + 1
    if end < n and text[end] == "#":
        end += 1
        code = 0
        if end < n and text[end] in "xX":
            end += 1
            digits = "0123456789abcdefABCDEF"
            base = 16
        else:
            digits = "0123456789"
            base = 10
        start_digits = end
        while end < n and text[end] in digits:
            code = code * base + int(text[end], base)
            end += 1
            if code >= 0x10FFFF:
                return None
        if end == start_digits or code == 0 or 0xD800 <= code <= 0xDFFF:
            return None
        decoded = chr(code)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        name = text[pos + 1 : end]
        if name not in _NAMED_ENTITIES:
            return None
        decoded = _NAMED_ENTITIES[name]
    if end < n and text[end] == ";":
        end += 1
    return decoded, end


def unescape(text: str) -> str:
    """Decode the entities Telegram understands, leaving anything else literally."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                out.append(decoded[0])
                i = decoded[1]
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _check_span(opened: _Open) -> None:
    if opened.attrs.get("class") != "tg-spoiler":
        raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {opened.begin}')


def _check_emoji(opened: _Open) -> None:
    if not opened.attrs.get("emoji-id", "").isdigit():
        raise ParseError(
            f'Tag "tg-emoji" must have a valid "emoji-id" attribute at byte offset {opened.begin}'
        )


# What a start tag must have, tag by tag, once its attributes are read.
_TAG_CHECKS: dict[str, Callable[[_Open], None]] = {"span": _check_span, "tg-emoji": _check_emoji}
# Attributes that need no value, tag by tag.
_FLAGS = {"blockquote": frozenset({"expandable"})}


class _Parser:
    def __init__(self, text: str, strict: bool) -> None:
        self.text = text
        self.n = len(text)
        self.strict = strict
        self.out: list[str] = []
        self.utf16 = 0
        self.stack: list[_Open] = []
        self.entities: list[dict[str, Any]] = []

    def offset(self, index: int) -> int:
        """Byte offset (UTF-8) of character ``index``, as tdlib reports."""
        return len(self.text[:index].encode("utf-8", "surrogatepass"))

    def emit(self, chunk: str) -> None:
        self.out.append(chunk)
        self.utf16 += _utf16_len(chunk)

    def skip_spaces(self, i: int) -> int:
        while i < self.n and self.text[i] in _SPACES:
            i += 1
        return i

    def run(self) -> tuple[str, list[dict[str, Any]]]:
        i = 0
        text = self.text
        while i < self.n:
            c = text[i]
            if c == "&":
                decoded = _decode_entity(text, i)
                if decoded is not None:
                    self.emit(decoded[0])
                    i = decoded[1]
                    continue
                if self.strict:
                    raise ParseError(
                        f'Character "&" at byte offset {self.offset(i)} does not start a '
                        "supported HTML entity (use &amp;; only &lt; &gt; &amp; &quot; and "
                        "numeric entities are supported) [strict check of the fake server]"
                    )
                self.emit(c)
                i += 1
            elif c != "<":
                j = i + 1
                while j < self.n and text[j] not in "&<":
                    j += 1
                self.emit(text[i:j])
                i = j
            elif i + 1 < self.n and text[i + 1] == "/":
                i = self.end_tag(i)
            else:
                i = self.start_tag(i)
        if self.stack:
            raise ParseError(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"'
            )
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities

    def start_tag(self, begin: int) -> int:
        text = self.text
        i = begin + 1
        while i < self.n and text[i] not in _SPACES and text[i] != ">":
            i += 1
        if i >= self.n:
            raise ParseError(f"Unclosed start tag at byte offset {self.offset(begin)}")
        tag = text[begin + 1 : i].lower()
        if tag not in ALLOWED_TAGS:
            raise ParseError(f'Unsupported start tag "{tag}" at byte offset {self.offset(begin)}')
        opened = _Open(tag, self.offset(begin), self.utf16)
        i = self.skip_spaces(i)
        while self.inside(opened, i) != ">":
            i = self.skip_spaces(self.attribute(opened, i))
        check = _TAG_CHECKS.get(tag)
        if check is not None:
            check(opened)
        self.stack.append(opened)
        return i + 1

    def inside(self, opened: _Open, i: int) -> str:
        """The character at ``i`` within the start tag ``opened``; an error past the text."""
        if i >= self.n:
            raise ParseError(f'Unclosed start tag "{opened.tag}" at byte offset {opened.begin}')
        return self.text[i]

    def attribute(self, opened: _Open, i: int) -> int:
        """Read the attribute at ``i`` into ``opened``; return the index after it."""
        text = self.text
        name_begin = i
        while i < self.n and text[i] not in _SPACES and text[i] not in "=>":
            i += 1
        name = text[name_begin:i].lower()
        if not name:
            raise ParseError(
                f'Empty attribute name in the tag "{opened.tag}" at byte offset {opened.begin}'
            )
        i = self.skip_spaces(i)
        if self.inside(opened, i) != "=":
            if name not in _FLAGS.get(opened.tag, ()):
                raise ParseError(
                    "Expected equal sign in declaration of an attribute of the tag "
                    f'"{opened.tag}" at byte offset {opened.begin}'
                )
            opened.attrs[name] = ""
            return i
        opened.attrs[name], i = self.attribute_value(opened, self.skip_spaces(i + 1))
        return i

    def attribute_value(self, opened: _Open, i: int) -> tuple[str, int]:
        """The value at ``i``, quoted or a bare token, and the index after it."""
        text = self.text
        quote = self.inside(opened, i)
        if quote in "'\"":
            end = text.find(quote, i + 1)
            if end < 0:
                raise ParseError(f"Unclosed start tag at byte offset {opened.begin}")
            return unescape(text[i + 1 : end]), end + 1
        token_begin = i
        while i < self.n and ((text[i].isascii() and text[i].isalnum()) or text[i] in ".-"):
            i += 1
        if i >= self.n or (text[i] not in _SPACES and text[i] != ">"):
            raise ParseError(
                f"Unexpected end of name token at byte offset {self.offset(token_begin)}"
            )
        return text[token_begin:i].lower(), i

    def end_tag(self, begin: int) -> int:
        text = self.text
        if not self.stack:
            raise ParseError(f"Unexpected end tag at byte offset {self.offset(begin)}")
        i = begin + 2
        while i < self.n and text[i] not in _SPACES and text[i] != ">":
            i += 1
        name = text[begin + 2 : i].lower()
        i = self.skip_spaces(i)
        if i >= self.n or text[i] != ">":
            raise ParseError(f"Unclosed end tag at byte offset {self.offset(begin)}")
        opened = self.stack[-1]
        if name and name != opened.tag:
            raise ParseError(
                f"Unmatched end tag at byte offset {self.offset(begin)}, "
                f'expected "</{opened.tag}>", found "</{name}>"'
            )
        self.stack.pop()
        self.add_entity(opened)
        return i + 1

    def add_entity(self, opened: _Open) -> None:
        length = self.utf16 - opened.utf16_offset
        if length <= 0:
            return
        entity: dict[str, Any] = {
            "type": _ENTITY_TYPES[opened.tag],
            "offset": opened.utf16_offset,
            "length": length,
        }
        attrs = opened.attrs
        if opened.tag == "a":
            url = attrs.get("href", "")
            if not url:
                return
            if url.startswith("tg://user?id=") and url[13:].isdigit():
                entity = {**entity, "type": "text_mention", "user": {"id": int(url[13:])}}
            else:
                entity["url"] = url
        elif opened.tag == "blockquote" and "expandable" in attrs:
            entity["type"] = "expandable_blockquote"
        elif opened.tag == "tg-emoji":
            entity["custom_emoji_id"] = attrs["emoji-id"]
        elif opened.tag == "code" and attrs.get("class", "").startswith("language-"):
            parent = self.stack[-1] if self.stack else None
            if parent is not None and parent.tag == "pre":
                parent.argument = attrs["class"][len("language-") :]
                return
        elif opened.tag == "pre" and opened.argument:
            entity["language"] = opened.argument
        self.entities.append(entity)


def parse_html_entities(text: str, *, strict: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Parse ``text`` in HTML parse mode; return the plain text and its entities.

    Raises :class:`ParseError` with Telegram's message when Telegram would reject the text.
    """
    return _Parser(text, strict).run()


def parse_html(text: str, *, strict: bool = True) -> str:
    """The text a user sees for ``text`` sent with ``parse_mode="HTML"``."""
    return parse_html_entities(text, strict=strict)[0]
