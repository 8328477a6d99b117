"""Emma's projects, and the members who applied to them: some accepted, two waiting for her
answer (so the tester, as Emma, has applications to review), one project nearly full.

Each project gives a new member a different reason to match (a cause, a skill, the town, the
days, a remote place), so the "why" beside each match means something; two take 13-year-olds,
so Giulia finds projects once her mother has consented."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from bot.domain.projects import NewProject
from bot.sandbox.people import ADMIN, COORDINATOR
from bot.wiring import Services


@dataclass(frozen=True)
class DemoProject:
    key: str
    project: NewProject
    published: bool = True
    with_admin: bool = False  # Paola runs it too
    deadline_days: int | None = None  # applications close this many days after the start


PROJECTS: tuple[DemoProject, ...] = (
    DemoProject(
        "orti",
        NewProject(
            title="Orti condivisi a Barriera",
            description=(
                "Un cortile di Barriera di Milano diventa un orto di quartiere. Prepariamo le"
                " aiuole, seminiamo con i bambini del doposcuola e portiamo il raccolto alla"
                " mensa di via Cigna. Non serve esperienza: guanti e attrezzi li abbiamo noi."
            ),
            causes=("climate", "health"),
            skills=("manual", "social"),
            city="Torino",
            min_age=13,
            max_age=25,
            hours_per_week=5,
            days=("weekends",),
            deadline=None,
            places=8,
        ),
        with_admin=True,
        deadline_days=30,
    ),
    DemoProject(
        "doposcuola",
        NewProject(
            title="Doposcuola al Valdocco",
            description=(
                "Due pomeriggi a settimana aiutiamo ragazze e ragazzi delle medie con i compiti,"
                " l'italiano e la matematica. Molti sono arrivati da poco in Italia: chi parla"
                " un'altra lingua è preziosissimo."
            ),
            causes=("education", "inclusion"),
            skills=("tutoring", "languages"),
            city="Torino",
            min_age=16,
            max_age=25,
            hours_per_week=5,
            days=("weekdays",),
            deadline=None,
            places=6,
        ),
    ),
    DemoProject(
        "radio",
        NewProject(
            title="Radio Gen C",
            description=(
                "Un podcast fatto da noi: interviste a chi cambia Torino, due chiacchiere sui temi"
                " che ci stanno a cuore, una puntata al mese. Cerchiamo voci, chi monta l'audio e"
                " chi scrive le scalette."
            ),
            causes=("culture", "digital"),
            skills=("video", "speaking", "writing"),
            city="Torino",
            min_age=13,
            max_age=25,
            hours_per_week=2,
            days=("evenings",),
            deadline=None,
            places=5,
        ),
    ),
    DemoProject(
        "mappa",
        NewProject(
            title="Mappa dei rifiuti lungo il Po",
            description=(
                "Segnaliamo i punti dove si accumulano i rifiuti lungo il Po e la Dora e li"
                " mettiamo su una mappa aperta, da portare al Comune. Si lavora da casa, con"
                " qualche uscita facoltativa nel fine settimana."
            ),
            causes=("climate", "digital"),
            skills=("data", "coding"),
            city=None,
            min_age=16,
            max_age=25,
            hours_per_week=2,
            days=("evenings",),
            deadline=None,
            places=10,
        ),
        deadline_days=45,
    ),
    DemoProject(
        "sport",
        NewProject(
            title="Sport per tutti a Moncalieri",
            description=(
                "Il sabato mattina giochiamo a basket e calcetto con ragazzi con e senza"
                " disabilità. Servono mani per preparare il campo, arbitrare e fare il tifo."
            ),
            causes=("sport", "inclusion"),
            skills=("events", "manual"),
            city="Moncalieri",
            min_age=14,
            max_age=25,
            hours_per_week=5,
            days=("weekends",),
            deadline=None,
            places=2,
        ),
    ),
    DemoProject(
        "cucina",
        NewProject(
            title="Cucina solidale",
            description=(
                "Una domenica al mese cuciniamo con il Banco Alimentare per le famiglie del"
                " quartiere. Ancora in preparazione: manca la cucina giusta."
            ),
            causes=("poverty",),
            skills=("cooking",),
            city="Torino",
            min_age=18,
            max_age=25,
            hours_per_week=5,
            days=("weekends",),
            deadline=None,
            places=6,
        ),
        published=False,
    ),
)

# Who applied where, with the note they wrote; True: Emma accepted them.
APPLICATIONS: tuple[tuple[str, str, str | None, bool], ...] = (
    ("elena", "orti", "Ho un orto sul balcone da tre anni, posso dare una mano!", True),
    ("tommaso", "orti", None, True),
    ("beatrice", "doposcuola", "Parlo inglese e un po' di arabo.", True),
    ("alessandro", "mappa", "Lavoro con le mappe all'università.", True),
    ("davide", "sport", "Gioco a basket da quando ero piccolo.", True),
    ("chiara", "orti", "Mi piacerebbe imparare a coltivare qualcosa.", False),
    ("matteo", "doposcuola", "Studio per diventare insegnante, vorrei fare pratica.", False),
)


async def seed_projects(services: Services, members: dict[str, int]) -> dict[str, int]:
    """The projects by key, with their applications; `members` are the ids by key."""
    ids: dict[str, int] = {}
    for demo in PROJECTS:
        new = demo.project
        if demo.deadline_days is not None:
            today = services.onboarding.today()
            new = replace(new, deadline=today + timedelta(days=demo.deadline_days))
        cocoordinators = [ADMIN.user_id] if demo.with_admin else []
        ids[demo.key] = await services.projects.create(
            COORDINATOR.user_id, new, cocoordinators, publish=demo.published
        )
    for member, project, note, accepted in APPLICATIONS:
        application = await services.applications.apply(members[member], ids[project], note)
        if application is None:
            raise RuntimeError(f"the demo member {member} could not apply to {project}")
        if accepted:
            await services.applications.review(COORDINATOR.user_id, application.id, True, None)
    return ids
