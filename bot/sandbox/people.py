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


@dataclass(frozen=True)
class DemoChat:
    key: str
    chat_id: int  # negative, as Telegram's group ids
    title: str


ADMIN = DemoPerson("paola", 7001, "Paola", "it", "admin")
MODERATOR = DemoPerson("marco", 7002, "Marco", "it", "moderator, safeguarding lead")
COORDINATOR = DemoPerson("emma", 7003, "Emma", "it", "coordinator of three projects")
MEMBER_16 = DemoPerson("sofia", 7004, "Sofia", "it", "16, new: try the onboarding")
CHILD_13 = DemoPerson("giulia", 7005, "Giulia", "it", "13, new: needs her parent's consent")
PARENT = DemoPerson("anna", 7006, "Anna", "it", "Giulia's mother")
MEMBER_22 = DemoPerson("luca", 7007, "Luca", "en", "22, a member already (English)")

PLAYABLE: tuple[DemoPerson, ...] = (
    MEMBER_16,
    CHILD_13,
    PARENT,
    MEMBER_22,
    COORDINATOR,
    MODERATOR,
    ADMIN,
)

COMMUNITY = DemoChat("group", -1007001, "Generazione Changemaker Torino")
MODERATORS_CHAT = DemoChat("mods", -1007002, "Gen C moderatori")
