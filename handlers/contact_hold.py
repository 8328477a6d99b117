"""A relayed text held for contact details (safeguarding rule 24): the sender is told what was
found and why, and the question stays open so the next message they type is the rewrite."""

from __future__ import annotations

from bot.core.i18n import Html
from bot.services.contact_guard import ContactDetailsHeld
from bot.services.pending import PendingInput
from handlers.common import reply
from handlers.kit.context import BotContext
from handlers.kit.person import Person


async def ask_again(
    context: BotContext, person: Person, held: ContactDetailsHeld, pending: PendingInput
) -> None:
    await context.services.pending.expect(person.id, pending.kind, pending.ref)
    found = "\n".join(person.text(f"contacts-found-{kind.value}") for kind in held.kinds)
    if held.minors_addressed:
        await reply(
            context,
            person,
            "contacts-held-reported",
            found=Html(found),
            minors=held.minors_addressed,
        )
    else:
        await reply(context, person, "contacts-held", found=Html(found))
