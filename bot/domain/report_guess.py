"""The category a report made in a group most likely fits, from the reporter's words and the
reported message: a plea or an insult by the distress detector; someone asking for a phone
number, an address or a private chat is harassment; contact details posted, or an invitation
elsewhere, a worry about safety; selling and links, spam. Pure; the lead can always see the
message itself on the card."""

from __future__ import annotations

import re

from bot.domain.contact_details import find_contacts
from bot.domain.distress import distress_in, normalize

# Normalized (bot.domain.distress.normalize): lower case, no accents, single spaces.
_ASKS_FOR_CONTACT = re.compile(
    r"(?<![a-z0-9])(?:"
    r"(?:mi dai|dammi|mandami|passami|lasciami|scrivimi) (?:il tuo |la tua |il |la |un )?"
    r"(?:numero|cell|cellulare|whatsapp|insta|instagram|snap|telegram|indirizzo|foto)"
    r"|dove abiti|dove vivi|scrivimi in privato|ci vediamo da soli|vediamoci da soli"
    r"|(?:give|send) me your (?:number|address|phone|pic|picture|photo)"
    r"|where do you live|dm me|text me"
    r")(?![a-z0-9])"
)
_SELLS = re.compile(
    r"(?<![a-z0-9])(?:compra|compro|vendo|follower|followers|sconto|guadagna|offerta"
    r"|buy|sale|discount|http|https|www)(?![a-z0-9])"
)


def guess_category(words: str | None, quoted: str | None) -> str:
    """One of storage's report categories; "other" when nothing fits."""
    text = " ".join(filter(None, (words, quoted)))
    found = distress_in(text)
    if found is not None:
        return found.category
    plain = normalize(text)
    if _ASKS_FOR_CONTACT.search(plain):
        return "harassment"
    if quoted and find_contacts(quoted):
        return "safety"
    if _SELLS.search(plain):
        return "spam"
    return "other"
