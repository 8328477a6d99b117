"""The words of someone asking for help (safeguarding rule 25): a corpus of what young people
type, in Italian and English, and of ordinary answers that must stay quiet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.distress import Distress, distress_in

ASKING = {
    "aiuto, mi prendono in giro nel gruppo": Distress.BULLYING,
    "aiuto, un ragazzo più grande mi chiede il numero… cosa faccio?": Distress.HARASSMENT,
    "AIUTOOOO": Distress.HELP,
    "aiutami ti prego": Distress.HELP,
    "mi prendn in giro": Distress.BULLYING,
    "a scuola mi prendono in giro tutti": Distress.BULLYING,
    "sono vittima di bullismo": Distress.BULLYING,
    "mi hanno bullizzata": Distress.BULLYING,
    "mi picchiano all'uscita": Distress.BULLYING,
    "un tipo mi minaccia su insta": Distress.HARASSMENT,
    "mi minacciano": Distress.HARASSMENT,
    "uno del gruppo mi molesta": Distress.HARASSMENT,
    "mi kiede foto": Distress.HARASSMENT,
    "ho paura di tornare a casa": Distress.DANGER,
    "Ho pàura": Distress.DANGER,
    "non mi sento al sicuro": Distress.DANGER,
    "voglio farmi del male": Distress.SELF_HARM,
    "nn voglio più vivere": Distress.SELF_HARM,
    "help": Distress.HELP,
    "please help me": Distress.HELP,
    "I'm being bullied": Distress.BULLYING,
    "someone is harassing me": Distress.HARASSMENT,
    "he keeps threatening me": Distress.HARASSMENT,
    "i'm scared": Distress.DANGER,
    "I want to kill myself": Distress.SELF_HARM,
    "can someone help me": Distress.HELP,
    "sos": Distress.HELP,
}

ORDINARY = (
    "Torino",
    "Moncalieri",
    "Giulia",
    "Sofia Aiuto",  # a surname is no cry for help? it is: see the test below
    "mi piace il teatro",
    "voglio aiutare gli altri",
    "non ho bisogno di aiuto, grazie",
    "grazie per l'aiuto!",
    "posso dare un aiuto sabato",
    "ti aiuto io con gli striscioni",
    "I'd like to help with the event",
    "I can help",
    "no help needed",
    "thanks for your help",
    "I'm afraid I can't come on Saturday",
    "ciao",
    "ok",
    "3",
    "",
)


@pytest.mark.parametrize(("text", "kind"), ASKING.items())
def test_asking_for_help_is_recognised(text: str, kind: Distress) -> None:
    assert distress_in(text) is kind


@pytest.mark.parametrize("text", [t for t in ORDINARY if t != "Sofia Aiuto"])
def test_ordinary_answers_stay_quiet(text: str) -> None:
    assert distress_in(text) is None


def test_when_in_doubt_it_catches() -> None:
    # "Aiuto" alone is read as a cry for help, even where it could be a name: a kind answer
    # with a button costs little, a missed call costs much.
    assert distress_in("Sofia Aiuto") is Distress.HELP


def test_each_kind_suggests_a_report_category() -> None:
    assert Distress.BULLYING.category == "bullying"
    assert Distress.HARASSMENT.category == "harassment"
    assert {Distress.DANGER.category, Distress.SELF_HARM.category} == {"safety"}
    assert Distress.HELP.category == "safety"


@given(st.text(max_size=3000))
def test_any_text_is_read_without_failing(text: str) -> None:
    found = distress_in(text)
    assert found is None or isinstance(found, Distress)
