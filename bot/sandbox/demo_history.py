"""What happened before the tester arrived, so the staff's screens are not empty: Emma's
message to the garden's participants (/projectlog), Beatrice's question about the after-school
club, waiting for Emma's Reply, a report Marco handled and one still
open (/reports, /modlog), and Marco's announcement to everyone (/broadcasts)."""

from __future__ import annotations

from bot.domain.audience import Audience
from bot.sandbox.people import COORDINATOR, MODERATOR
from bot.services.broadcast_delivery import WAKE, Wake
from bot.services.reports import Decision, Handler
from bot.wiring import Services
from storage.broadcasts import BroadcastContent
from storage.reports import NewReport

GARDEN_MESSAGE = (
    "Ciao a tutti! Sabato ci vediamo alle 9:30 nel cortile di via Cigna. Portate una borraccia"
    " e vestiti che si possono sporcare: si semina!"
)

CLUB_QUESTION = (
    "Ho a casa dei libri di inglese per bambini: posso portarli al doposcuola? Potrebbero servire."
)

HANDLED_REPORT = (
    "francesca",
    "bullying",
    "Nel gruppo qualcuno continua a prendere in giro una ragazza per come parla italiano.",
)
OPEN_REPORT = (
    "tommaso",
    "spam",
    "Un account che non conosco mi scrive in privato: offre soldi per votare un concorso.",
)

ANNOUNCEMENT = (
    "<b>Ciao a tutti!</b> Gen C apre cinque nuovi progetti: orti, doposcuola,"
    " radio, una mappa dei rifiuti e sport per tutti. Scrivi /projects per vedere quelli che"
    " fanno per te, e /events per l'aperitivo di benvenuto di domani."
)


async def seed_history(
    services: Services, members: dict[str, int], projects: dict[str, int]
) -> None:
    await services.project_threads.staff_message(
        COORDINATOR.user_id, projects["orti"], GARDEN_MESSAGE
    )
    await services.project_threads.member_message(
        members["beatrice"], projects["doposcuola"], CLUB_QUESTION
    )
    await _reports(services, members)
    sent = await services.broadcasts.submit(
        MODERATOR.user_id, BroadcastContent(body=ANNOUNCEMENT), Audience(), send_at=None
    )
    # Copies only go out while the application runs: seeded before it starts, the
    # announcement would wait for the next start. A wake-up due now starts it once the task
    # engine runs (it finds the copies going out already if the application was running).
    await services.tasks.schedule(
        WAKE,
        Wake(sent.broadcast_id),
        due_at=services.clock.now(),
        dedupe_key=f"demo-announcement:{sent.broadcast_id}",
    )


async def _reports(services: Services, members: dict[str, int]) -> None:
    reports = services.reports
    reporter, category, text = HANDLED_REPORT
    handled = await reports.file(await _private_report(services, members[reporter], category, text))
    # ✅ Handled asks for no reason (only a dismissal does).
    marco = Handler(MODERATOR.user_id, MODERATOR.first_name)
    await reports.decide(handled.report.id, marco, Decision.HANDLED)
    reporter, category, text = OPEN_REPORT
    await reports.file(await _private_report(services, members[reporter], category, text))


async def _private_report(services: Services, reporter: int, category: str, text: str) -> NewReport:
    """As /report in a private chat files it."""
    profile = await services.onboarding.profile(reporter)
    return NewReport(
        reporter_id=reporter,
        reporter_minor=await services.reports.is_minor(reporter),
        category=category,
        text=text,
        reporter_name=profile.first_name if profile else None,
    )
