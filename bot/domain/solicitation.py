"""Words that try to take someone out of the group's sight: asking for their contact, for a
private chat, or for secrecy ("mi dai il tuo numero?", "scrivimi in privato", "non dirlo a
nessuno", "dm me", "add me on snap"). From an adult in a group full of minors this is what
grooming starts with, so moderators and safeguarding leads look at it. Italian and English.
Pure: no I/O.

Only the asking is caught, not the topic: "il numero dei partecipanti", "the group chat" or
"scrivi /report in privato al bot" pass, and the tests hold it to that."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Ask(StrEnum):
    CONTACT = "contact"  # their number, e-mail or account on another app
    PRIVATE = "private"  # a chat out of the group's sight
    SECRECY = "secrecy"  # keep it from others


_APPS = (
    r"(?:whats\s?app|wa|insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|telegram|tg|discord"
    r"|facebook|fb|messenger)"
)
_CONTACT_IT = (
    r"(?:numero|num|cell(?:ulare)?|telefono|contatto|mail|e-mail|nick|profilo|" + _APPS + ")"
)
_CONTACT_EN = r"(?:number|phone|cell|contact|email|e-mail|handle|profile|" + _APPS + ")"

_PATTERNS: dict[Ask, tuple[str, ...]] = {
    Ask.CONTACT: (
        rf"\b(?:mi\s+)?(?:dai|dammi|daresti|passi|passami|mandi|mandami|lasci|lasciami|scrivi|scrivimi)"
        rf"\s+(?:il\s+|la\s+|l')?(?:tuo\s+|tua\s+)?{_CONTACT_IT}\b",
        rf"\bqual\s*(?:e|'e)\s+(?:il\s+|la\s+)?(?:tuo|tua)\s+{_CONTACT_IT}\b",
        rf"\bhai\s+(?:un\s+)?{_APPS}\b",
        rf"\b(?:give|send|text|dm|pm)\s+me\s+(?:your|ur)\s+{_CONTACT_EN}\b",
        rf"\b(?:what'?s|what\s+is|whats)\s+(?:your|ur)\s+{_CONTACT_EN}\b",
        rf"\bcan\s+i\s+(?:have|get)\s+(?:your|ur)\s+{_CONTACT_EN}\b",
        rf"\b(?:do\s+)?(?:you|u)\s+have\s+{_APPS}\b",
        r"\b(?:add|follow)\s+me\s+on\b",
        r"\b(?:aggiungimi|seguimi)\s+su\b",
    ),
    Ask.PRIVATE: (
        r"\b(?:ti|vi)\s+scrivo\s+in\s+(?:privato|pv|dm|direct)\b",
        r"\bscrivimi\s+in\s+(?:privato|pv|dm|direct)\b",
        r"\b(?:sentiamoci|ci\s+sentiamo|parliamo(?:ne)?|parliamone)\s+in\s+(?:privato|pv|dm|direct)\b",
        rf"\b(?:ti|vi)\s+scrivo\s+su\s+{_APPS}\b",
        rf"\b(?:scrivimi|sentiamoci|ci\s+sentiamo)\s+su\s+{_APPS}\b",
        r"\b(?:vediamoci|incontriamoci)\s+(?:da\s+soli|noi\s+due)\b",
        r"\b(?:dm|pm|inbox|message|text)\s+me\b",
        r"\b(?:let'?s|we\s+can)\s+(?:talk|chat)\s+(?:in\s+)?(?:private(?:ly)?|in\s+dms?|on\s+"
        + _APPS
        + r")\b",
        r"\bi'?ll\s+(?:dm|pm|text|message)\s+(?:you|u)\b",
        r"\bmeet\s+(?:up\s+)?alone\b",
    ),
    Ask.SECRECY: (
        r"\bnon\s+(?:lo\s+)?dir(?:lo|e|glielo)?\s+(?:niente\s+|nulla\s+)?(?:a\s+nessuno|ai\s+tuoi|a\s+tua\s+madre|a\s+tuo\s+padre|a\s+mamma|a\s+papa|ai\s+genitori)\b",
        r"\b(?:e|resta|rimane)\s+(?:un\s+|il\s+nostro\s+)segreto\b",
        r"\b(?:resta|rimane)\s+tra\s+(?:di\s+)?noi\b",
        r"\bcancella\s+(?:il\s+messaggio|i\s+messaggi|la\s+chat)\b",
        r"\bdon'?t\s+tell\s+(?:anyone|anybody|no\s*one|your\s+(?:mom|mum|dad|parents|family))\b",
        r"\b(?:our|a)\s+(?:little\s+)?secret\b",
        r"\bkeep\s+(?:it|this)\s+(?:a\s+)?secret\b",
        r"\bbetween\s+(?:you\s+and\s+me|us)\b",
        r"\bdelete\s+(?:this|the|these|our)\s+(?:message|messages|chat)\b",
    ),
}
_COMPILED = {ask: re.compile("|".join(patterns)) for ask, patterns in _PATTERNS.items()}


def _plain(text: str) -> str:
    """One case, no accents, straight apostrophes, single spaces: "Qual è" as "qual e"."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.replace("\u2019", "'").replace("`", "'").split())


def find_asks(text: str) -> tuple[Ask, ...]:
    """What the text asks of its reader that would take them out of sight; empty if nothing."""
    plain = _plain(text)
    return tuple(ask for ask, pattern in _COMPILED.items() if pattern.search(plain))
