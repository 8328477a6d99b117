"""Who lives in the sandbox: the demo people a tester can be, and the chats they share.

The sandbox engine (bot/sandbox/ terminal side) registers every person and chat on the test
server; the demo world (bot/sandbox/demo.py) gives them their roles, profiles and history.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoPerson:
    key: str  # what the tester types to become this person: /as sofia
    user_id: int  # Telegram user id on the test server
    first_name: str
    language: str  # the Telegram app's language_code
    role: str  # one short line for the list of people, e.g. "16, member (new: try the onboarding)"
    playable: bool = True  # False: a background member, seen only in "what others received"
    # Blocked the bot: the test server answers the bot's messages to them with 403, and the
    # demo world records them as unreachable, so broadcasts have someone they cannot reach.
    blocked: bool = False


@dataclass(frozen=True)
class DemoChat:
    key: str
    chat_id: int  # negative, as Telegram's group ids
    title: str


ADMIN = DemoPerson("paola", 7001, "Paola", "it", "admin")
MODERATOR = DemoPerson("marco", 7002, "Marco", "it", "moderator, safeguarding lead")
COORDINATOR = DemoPerson("emma", 7003, "Emma", "it", "coordinator of five projects and a draft")
MEMBER_16 = DemoPerson("sofia", 7004, "Sofia", "it", "16, new: try the onboarding")
CHILD_13 = DemoPerson("giulia", 7005, "Giulia", "it", "13, new: needs her parent's consent")
PARENT = DemoPerson("anna", 7006, "Anna", "it", "Giulia's mother")
MEMBER_22 = DemoPerson("luca", 7007, "Luca", "en", "22, a member already (English)")
# A second coordinator, on no project yet: Emma can add him to one (/myprojects → Edit →
# Coordinators) and see what a co-coordinator sees.
COCOORDINATOR = DemoPerson("giorgio", 7008, "Giorgio", "it", "coordinator, on no project yet")

PLAYABLE: tuple[DemoPerson, ...] = (
    MEMBER_16,
    CHILD_13,
    PARENT,
    MEMBER_22,
    COORDINATOR,
    MODERATOR,
    ADMIN,
    COCOORDINATOR,
)


def _background(key: str, user_id: int, first_name: str, language: str = "it") -> DemoPerson:
    return DemoPerson(key, user_id, first_name, language, "member", playable=False)


# The community around the tester: members with profiles, applications and answers to events
# (bot/sandbox/demo_members.py says who each is), so broadcasts, reports and waitlists have
# people in them. Their ids follow the playable people's, well apart.
BACKGROUND: tuple[DemoPerson, ...] = (
    _background("chiara", 7101, "Chiara"),
    _background("matteo", 7102, "Matteo"),
    _background("alessandro", 7103, "Alessandro"),
    _background("francesca", 7104, "Francesca"),
    _background("omar", 7105, "Omar", "en"),
    _background("martina", 7106, "Martina"),
    _background("davide", 7107, "Davide"),
    _background("elena", 7108, "Elena"),
    _background("tommaso", 7109, "Tommaso"),
    _background("sara", 7110, "Sara"),
    _background("andrea", 7111, "Andrea"),
    _background("beatrice", 7112, "Beatrice"),
    DemoPerson("gabriele", 7113, "Gabriele", "it", "member", playable=False, blocked=True),
    _background("noemi", 7114, "Noemi"),
    _background("riccardo", 7115, "Riccardo"),
    _background("valentina", 7116, "Valentina", "en"),
)

# Everyone the test server must know, the tester's people first.
EVERYONE: tuple[DemoPerson, ...] = PLAYABLE + BACKGROUND

COMMUNITY = DemoChat("group", -1007001, "Generazione Changemaker Torino")
MODERATORS_CHAT = DemoChat("mods", -1007002, "Gen C moderatori")
