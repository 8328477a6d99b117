"""Words that ask for help or speak of bullying, harassment, danger or self-harm (safeguarding
rule 25), in Italian and English, as young people type them: without accents, with stretched
letters ("aiutooo"), "k" for "ch", apostrophes or none. Pure: no I/O; cheap enough to run on
every private text.

It leans towards catching: a false alarm costs a short, kind answer with a button, while a
missed cry for help costs far more. Ordinary answers (a name, a city, "voglio aiutare") and
sentences that say the opposite ("non ho bisogno di aiuto", "grazie per l'aiuto") stay quiet.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Distress(StrEnum):
    """What a text speaks of; its value is the report category it suggests."""

    BULLYING = "bullying"
    HARASSMENT = "harassment"
    DANGER = "safety"
    SELF_HARM = "self_harm"
    HELP = "help"

    @property
    def category(self) -> str:
        """The report category (storage's closed list) this fits best."""
        if self in (Distress.BULLYING, Distress.HARASSMENT):
            return self.value
        return "safety"


# Phrases in normalized form (lower case, no accents, apostrophes as spaces). A trailing "*"
# matches any ending ("bullizz*": bullizzato, bullizzano); every letter may be stretched.
_PHRASES: dict[Distress, tuple[str, ...]] = {
    Distress.SELF_HARM: (
        "farmi del male",
        "farmi male",
        "mi faccio del male",
        "mi taglio",
        "tagliarmi",
        "uccidermi",
        "ammazzarmi",
        "suicid*",
        "voglio morire",
        "farla finita",
        "non voglio piu vivere",
        "kill myself",
        "hurt myself",
        "hurting myself",
        "cut myself",
        "self harm*",
        "want to die",
        "end it all",
        "dont want to live",
        "don t want to live",
    ),
    Distress.BULLYING: (
        "mi prend* in giro",
        "prendono in giro",
        "bullismo",
        "cyberbullismo",
        "bullizz*",
        "bulli",
        "mi picchia*",
        "mi insulta*",
        "mi escludono",
        "mi deridono",
        "mi offendono",
        "ridono di me",
        "nessuno ti vuole",
        "fai schifo",
        "bullied",
        "bullying",
        "bully me",
        "bullies",
        "make fun of me",
        "making fun of me",
        "picking on me",
        "beat me up",
        "they hit me",
    ),
    Distress.HARASSMENT: (
        "mi molest*",
        "molesti*",
        "molestat*",
        "mi minacci*",
        "ti ammazzo",
        "ti picchio",
        "ti spacco",
        "minacce",
        "mi ricatt*",
        "mi perseguit*",
        "mi chiede il numero",
        "mi chiede il mio numero",
        "mi chiede l indirizzo",
        "mi chiede foto",
        "mi chiede delle foto",
        "foto nud*",
        "vuole incontrarmi",
        "mi ha toccat*",
        "harass*",
        "threaten* me",
        "stalking me",
        "stalker",
        "nudes",
        "asks for my number",
        "asking for my number",
        "asked for my number",
        "wants to meet me",
        "touched me",
    ),
    Distress.DANGER: (
        "ho paura",
        "mi fa paura",
        "mi fanno paura",
        "sono in pericolo",
        "in pericolo",
        "non mi sento al sicuro",
        "mi fa del male",
        "mi fanno del male",
        "violenza",
        "abus*",
        "scared",
        "so afraid",
        "really afraid",
        "afraid of him",
        "afraid of her",
        "afraid of them",
        "in danger",
        "not safe",
        "unsafe",
        "hurting me",
        "hurts me",
        "abuse*",
    ),
    Distress.HELP: (
        "aiuto",
        "aiutami",
        "aiutatemi",
        "sos",
        "help",
        "help me",
        "i need help",
        "please help",
    ),
}

# Said in a way that asks for nothing: taken out before the phrases above are looked for.
_QUIET = (
    "non ho bisogno di aiuto",
    "non ho bisogno d aiuto",
    "non mi serve aiuto",
    "grazie per l aiuto",
    "grazie dell aiuto",
    "grazie x l aiuto",
    "dare un aiuto",
    "do un aiuto",
    "un aiuto",
    "ti aiuto",
    "vi aiuto",
    "li aiuto",
    "le aiuto",
    "lo aiuto",
    "la aiuto",
    "aiuto io",
    "aiuto a",
    "no help needed",
    "dont need help",
    "don t need help",
    "do not need help",
    "thanks for the help",
    "thanks for your help",
    "help you",
    "help with",
    "help out",
    "help others",
    "help people",
    "homework help",
    "help desk",
)


def _letters(phrase: str) -> str:
    """Each letter may be stretched ("aiutooo"), "ch" may be typed "k", spaces are any gap."""
    parts = []
    for word in phrase.split():
        prefix = word.endswith("*")
        core = word.rstrip("*")
        stretched = "".join(f"{re.escape(letter)}+" for letter in core)
        stretched = stretched.replace("c+h+", "(?:c+h+|k+)")
        parts.append(stretched + (r"[a-z]*" if prefix else ""))
    return r"\s+".join(parts)


def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Word edges outside the alternation: a position inside a word is refused once, not once
    # per phrase (ten times faster on ordinary chat; bench/moderation.py).
    body = "|".join(_letters(phrase) for phrase in phrases)
    return re.compile(r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])")


_PATTERNS = tuple((kind, _compile(phrases)) for kind, phrases in _PHRASES.items())
# Offering help, not asking for it ("I'd like to help"), unless it is "… help me".
_OFFERING = r"(?<![a-z])(?:to|can|could|will|would|glad|happy) help(?! me)(?![a-z])"
_QUIET_PATTERN = re.compile(_compile(_QUIET).pattern + "|" + _OFFERING)
# Long texts are read up to here: a cry for help is short, and the check must stay cheap.
READ_UP_TO = 2000


def normalize(text: str) -> str:
    """Lower case, no accents, only letters and digits separated by single spaces; a few ways
    young people shorten words written out ("nn" → "non", "x" → "per")."""
    decomposed = unicodedata.normalize("NFKD", text[:READ_UP_TO].casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    spelled = {"nn": "non", "x": "per", "xke": "perche", "pls": "please", "plz": "please"}
    return " ".join(spelled.get(word, word) for word in words)


def distress_in(text: str) -> Distress | None:
    """What the text speaks of, the gravest first; None for an ordinary text."""
    plain = _QUIET_PATTERN.sub(" ", normalize(text))
    if not plain.strip():
        return None
    for kind, pattern in _PATTERNS:
        if pattern.search(plain):
            return kind
    return None
