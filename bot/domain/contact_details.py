"""Contact details in a text (safeguarding rule 24): phone numbers, e-mail addresses, @usernames
and invitations to other apps, which would open a channel between an adult and a minor that
nobody sees. Pure: no I/O.

The checker leans towards catching: a coordinator can always rewrite a message, while a number
that slips through cannot be taken back. Ordinary texts (dates, times, prices, counts, street
numbers, school classes) must still pass, and the tests hold it to that."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

import phonenumbers


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    APP = "app"


_SEPARATOR = r"[\s.\-/()]*"
# Italian mobiles (3xx) and numbers with an international prefix, however they are split:
# "333 123 4567", "333.123.4567", "333/1234567", "+39 333-1234567", "0039 333 1234567".
_MOBILE = re.compile(
    rf"(?<![\d/.:,])(?:(?:\+|00){_SEPARATOR}39{_SEPARATOR})?3\d{{2}}(?:{_SEPARATOR}\d){{6,7}}(?!\d)"
)
_INTERNATIONAL = re.compile(
    rf"(?:\+|(?<![\d:.])00){_SEPARATOR}[1-9](?:{_SEPARATOR}\d){{7,13}}(?!\d)"
)
# A space before "@" only when one follows it too ("mario @ gmail.com"): "347 123 4567
# @giulia.rossi_08" is a number and a username, not an e-mail.
_EMAIL = re.compile(
    r"[\w.+-]+(?:@|\s+@\s+|\s*(?:\(at\)|\[at\]|\bchiocciola\b)\s*)[\w-]+"
    r"(?:\s*(?:\.|\bdot\b|\bpunto\b)\s*[\w-]+)+"
)
_MAIL_PROVIDER = re.compile(
    r"\b(?:gmail|hotmail|outlook|libero|yahoo|icloud|virgilio|tiscali|proton(?:mail)?)\b"
)
_USERNAME = re.compile(r"(?<![\w.])@[a-z_][\w.]{1,}")
_APP = re.compile(
    r"\b(?:"
    r"w+h?[ao]t+s+\s?a+p+|wapp|wa\.me"  # WhatsApp, as people spell it
    r"|insta(?:gram)?|ig|tik\s?tok|snap(?:chat)?|discord(?:\.gg)?|facebook|messenger|fb"
    r"|t\.me|telegram\.(?:me|dog)"
    r")\b"
)
_NUMBER_WORDS = {
    word: str(digit)
    for digit, words in enumerate(
        (
            ("zero",),
            ("uno", "one"),
            ("due", "two"),
            ("tre", "three"),
            ("quattro", "four"),
            ("cinque", "five"),
            ("sei", "six"),
            ("sette", "seven"),
            ("otto", "eight"),
            ("nove", "nine"),
        )
    )
    for word in words
}
_SPELLED_RUN = 7  # digits in a row, some of them spelled out: "tre tre tre uno due…"
_TOKEN = re.compile(r"[^\W_]+")


def _normalized(text: str) -> str:
    """Full-width and styled digits and letters as plain ones, one case."""
    return unicodedata.normalize("NFKC", text).casefold()


def _has_phone(text: str) -> bool:
    if _MOBILE.search(text) or _INTERNATIONAL.search(text):
        return True
    # Landlines and foreign numbers as libphonenumber knows them; VALID leniency skips dates,
    # times and numbers no plan has.
    matcher = phonenumbers.PhoneNumberMatcher(text, "IT", leniency=phonenumbers.Leniency.VALID)
    return matcher.has_next() or _spelled_out(text)


def _spelled_out(text: str) -> bool:
    """A number read aloud ("tre tre tre, uno due tre…"), digits and words mixed."""
    run = ""
    spelled = False
    for token in _TOKEN.findall(text):
        digits = _NUMBER_WORDS.get(token, token if token.isdigit() else None)
        if digits is None:
            run, spelled = "", False
            continue
        run += digits
        spelled = spelled or not token.isdigit()
        if spelled and len(run) >= _SPELLED_RUN:
            return True
    return False


def find_contacts(text: str) -> tuple[ContactKind, ...]:
    """The kinds of contact detail the text holds, in a fixed order; empty if none."""
    plain = _normalized(text)
    found: list[ContactKind] = []
    if _has_phone(plain):
        found.append(ContactKind.PHONE)
    without_emails = _EMAIL.sub(" ", plain)
    if without_emails != plain or _MAIL_PROVIDER.search(plain):
        found.append(ContactKind.EMAIL)
    if _USERNAME.search(without_emails):
        found.append(ContactKind.USERNAME)
    if _APP.search(plain):
        found.append(ContactKind.APP)
    return tuple(found)
