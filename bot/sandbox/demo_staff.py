"""The demo's staff, enrolled the way an admin's invitation leaves them (safeguarding rule 20):
Paola (an admin by ADMIN_IDS) makes a link for a named person, that person opens it, gives
their name, accepts the code of conduct, and Paola confirms. `/staff` and `/modlog` then read
as they would after real invitations."""

from __future__ import annotations

from bot.sandbox.people import ADMIN, COCOORDINATOR, COORDINATOR, MODERATOR, DemoPerson
from bot.services.staff import Role
from bot.services.staff_invites import Admin
from bot.wiring import Services
from storage.staff_invites import Opener

# Who is invited, as what, and the full name they give when they open the link.
STAFF: tuple[tuple[DemoPerson, Role, str], ...] = (
    (MODERATOR, Role.MODERATOR, "Marco Bianchi"),
    (COORDINATOR, Role.COORDINATOR, "Emma Ferrero"),
    (COCOORDINATOR, Role.COORDINATOR, "Giorgio Conti"),
)


async def seed_staff(services: Services) -> None:
    admin = Admin(ADMIN.user_id, ADMIN.first_name)
    # An admin who makes an invite has written to the bot: it may write back about it.
    await services.members.first_contact(ADMIN.user_id, ADMIN.language)
    for person, role, full_name in STAFF:
        await _invite(services, admin, person, role, full_name)


async def _invite(
    services: Services, admin: Admin, person: DemoPerson, role: Role, full_name: str
) -> None:
    invites = services.staff_invites
    made = await invites.create(admin, role, full_name, nonce=f"demo:{person.key}")
    if made is None:
        return  # this database already has the demo's staff
    opener = Opener(person.user_id, person.first_name, None, person.language)
    joining = await invites.open(made.token, opener)
    if joining.invite is None:
        raise RuntimeError(f"the demo invite for {person.key} was refused: {joining.problem}")
    await invites.give_name(person.user_id, full_name)
    await invites.accept_conduct(person.user_id)
    await invites.decide(admin, joining.invite.id, confirm=True)
