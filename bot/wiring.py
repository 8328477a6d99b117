"""Everything a handler may use, built once per run in `post_init` and closed on shutdown."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Bot

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.i18n import Translator
from bot.core.settings import Settings
from bot.core.tasks import TaskDispatcher
from bot.domain.age_gate import AgePolicy
from bot.services.consents import ConsentService
from bot.services.event_drafts import EventDraftService
from bot.services.events import OFFER_LAPSE, EventService
from bot.services.guardians import GuardianService
from bot.services.members import MemberService
from bot.services.onboarding import OnboardingService
from bot.services.pending import PendingInputs
from bot.services.privacy import PrivacyService
from bot.services.project_drafts import ProjectDraftService
from bot.services.projects import INVITATION, ProjectService
from bot.services.retention import RETENTION, RetentionService
from bot.services.staff import StaffService
from handlers.kit.messenger import NOTIFY, Messenger
from storage.audit import AuditRepository
from storage.consents import ConsentRepository
from storage.db import Database
from storage.drafts import DraftRepository
from storage.events import EventRepository
from storage.guardians import GuardianRepository
from storage.members import MemberRepository
from storage.migrations import migrate
from storage.pending import PendingInputRepository
from storage.preferences import PreferenceRepository
from storage.profiles import ProfileRepository
from storage.projects import ProjectRepository
from storage.staff import StaffRepository
from storage.tasks import Task, TaskRepository


@dataclass(frozen=True)
class Services:
    settings: Settings
    clock: Clock
    translate: Translator
    db: Database
    members: MemberService
    tasks: TaskDispatcher
    audit: AuditLog
    messenger: Messenger
    consents: ConsentService
    onboarding: OnboardingService
    guardians: GuardianService
    preferences: PreferenceRepository
    privacy: PrivacyService
    retention: RetentionService
    staff: StaffService
    projects: ProjectService
    drafts: ProjectDraftService
    event_drafts: EventDraftService
    events: EventService
    pending: PendingInputs

    def is_admin(self, telegram_id: int) -> bool:
        return self.staff.is_admin(telegram_id)

    def is_moderator(self, telegram_id: int) -> bool:
        return self.staff.is_moderator(telegram_id)

    def is_coordinator(self, telegram_id: int) -> bool:
        return self.staff.is_coordinator(telegram_id)

    def is_staff(self, telegram_id: int) -> bool:
        return self.staff.is_staff(telegram_id)

    async def close(self) -> None:
        await self.db.close()


async def open_database(settings: Settings, clock: Clock) -> Database:
    db = await Database.open(settings.database_path)
    try:
        await migrate(db, clock.now())
    except BaseException:
        await db.close()
        raise
    db.protect_files()
    return db


async def open_services(
    settings: Settings, clock: Clock, translate: Translator, bot: Bot
) -> Services:
    db = await open_database(settings, clock)
    member_repository = MemberRepository(db)
    members = MemberService(member_repository, clock, settings.default_language)
    tasks = TaskDispatcher(TaskRepository(db), clock)
    messenger = Messenger(bot, members, translate)
    tasks.register(NOTIFY, messenger.run_notify_task)
    consents = ConsentService(ConsentRepository(db), clock, settings.notice_version)
    audit = AuditLog(AuditRepository(db), clock)
    policy = AgePolicy(settings.min_age, settings.max_age, settings.guardian_consent_below)
    profiles = ProfileRepository(db)
    onboarding = OnboardingService(profiles, members, consents, clock, policy)
    guardian_repository = GuardianRepository(db)
    guardians = GuardianService(
        guardian_repository, members, onboarding, consents, audit, messenger, clock
    )
    preferences = PreferenceRepository(db)
    privacy = PrivacyService(
        members,
        profiles,
        ConsentRepository(db),
        guardian_repository,
        preferences,
        audit,
        clock,
        ProjectRepository(db),
        EventRepository(db),
    )
    retention = RetentionService(
        members, member_repository, guardians, tasks, messenger, policy, clock, settings.zone
    )
    staff = StaffService(StaffRepository(db), audit, clock, settings.admin_ids)
    await staff.load()
    projects = ProjectService(
        ProjectRepository(db),
        onboarding,
        consents,
        guardian_repository,
        staff,
        audit,
        clock,
        policy,
        tasks,
        settings.quiet,
        settings.zone,
    )
    events = EventService(
        EventRepository(db),
        onboarding,
        consents,
        preferences,
        tasks,
        audit,
        clock,
        settings.quiet,
        settings.zone,
        projects,
        staff,
    )
    tasks.register(OFFER_LAPSE, events.run_offer_lapse)

    async def send_invitation(task: Task) -> None:
        project = await projects.invitation_to_send(task)
        if project is not None and task.member_id is not None:
            await messenger.send(task.member_id, "invitation-received", project=project.title)

    tasks.register(INVITATION, send_invitation)

    async def retention_then_offers(task: Task) -> None:
        # Erased members leave their seats free: the first waiting are offered them.
        await retention.run_task(task)
        await events.recover()

    tasks.register(RETENTION, retention_then_offers)
    return Services(
        settings=settings,
        clock=clock,
        translate=translate,
        db=db,
        members=members,
        tasks=tasks,
        audit=audit,
        messenger=messenger,
        consents=consents,
        onboarding=onboarding,
        guardians=guardians,
        preferences=preferences,
        privacy=privacy,
        retention=retention,
        staff=staff,
        projects=projects,
        drafts=ProjectDraftService(
            DraftRepository(db, "project_drafts"), projects, staff, audit, clock, policy
        ),
        pending=PendingInputs(PendingInputRepository(db), clock),
        events=events,
        event_drafts=EventDraftService(
            DraftRepository(db, "event_drafts"),
            events,
            projects,
            staff,
            clock,
            policy,
            settings.zone,
            settings.reminders,
        ),
    )
