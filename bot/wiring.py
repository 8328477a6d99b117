"""The composition root: every service built once per run in `post_init`, every durable task
kind registered here, and closed on shutdown. Knows nothing of Telegram: the notifications
port's implementation (`Sender`) is handed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.core.audit import AuditLog
from bot.core.clock import Clock
from bot.core.i18n import Translator
from bot.core.keyed_hash import KeyedHash, key_file_beside, load_or_create_key
from bot.core.pacing import Pacer
from bot.core.settings import Settings
from bot.core.tasks import Nothing, TaskDispatcher
from bot.domain.age_gate import AgePolicy
from bot.domain.flood import FloodCounter
from bot.services.age_checks import AgeChecks
from bot.services.ages import Ages
from bot.services.appeals import AppealService
from bot.services.applications import (
    INVITATION,
    REVIEW_REMINDER,
    Applications,
)
from bot.services.attendance import AttendanceService
from bot.services.attendance_asks import ASK as ATTENDANCE_ASK
from bot.services.attendance_asks import SWEEP as ATTENDANCE_SWEEP
from bot.services.attendance_asks import AttendanceAsks
from bot.services.attendance_files import AttendanceFiles
from bot.services.audiences import Audiences
from bot.services.broadcast_delivery import WAKE, BroadcastDelivery
from bot.services.broadcast_drafts import BroadcastDrafts
from bot.services.broadcast_history import BroadcastHistory
from bot.services.broadcast_progress import BroadcastProgress
from bot.services.broadcasts import START as BROADCAST_START
from bot.services.broadcasts import BroadcastService
from bot.services.calendar_files import CalendarFiles
from bot.services.cocoordination import CoCoordination
from bot.services.community_groups import CommunityGroups
from bot.services.consents import ConsentService
from bot.services.contact_guard import ContactGuard
from bot.services.conversations import Conversations
from bot.services.daily_backups import DAILY_BACKUP, DailyBackups
from bot.services.dashboards import Dashboards
from bot.services.erasures import ErasureLedger
from bot.services.event_announcements import EventAnnouncements
from bot.services.event_answers import EventAnswers
from bot.services.event_drafts import EventDraftService
from bot.services.event_notices import NOTICE, OFFER_LAPSE, REMINDER, EventNotices
from bot.services.event_series import SeriesService
from bot.services.events import EventService
from bot.services.group_port import GroupPort, NoGroups
from bot.services.guardians import GuardianService, PauseNotice
from bot.services.hours import HourService
from bot.services.import_vocabulary import import_vocabulary
from bot.services.member_record import MemberRecords
from bot.services.members import MemberService
from bot.services.mod_log import MIRROR, ModLog
from bot.services.moderator_desk import ModeratorDesk
from bot.services.notifications import DELIVER, NotificationGate, Sender
from bot.services.onboarding import OnboardingService
from bot.services.pending import PendingInputs
from bot.services.privacy import PrivacyService
from bot.services.project_catalogue import OpenProjects, ProjectCatalogue
from bot.services.project_drafts import ProjectDraftService
from bot.services.project_matching import ProjectMatching
from bot.services.project_threads import ParticipantMessage, ProjectThreads
from bot.services.report_thread import ReportThread
from bot.services.reports import REPORTS_DAILY, LookedAt, ReportService
from bot.services.retention import RETENTION, RetentionService
from bot.services.rosters import Rosters
from bot.services.sanctions import SUMMARY, Limits, SanctionNotice, SanctionService
from bot.services.series_changes import SeriesChangeService
from bot.services.series_notices import SERIES_NOTICE, SeriesNotices
from bot.services.staff import StaffService
from bot.services.staff_invites import StaffInvites
from bot.services.statement_holds import StatementHolds
from storage.age_checks import AgeCheckRepository
from storage.appeals import AppealRepository
from storage.application_cards import ApplicationCardRepository
from storage.attendance import AttendanceRepository
from storage.audience import AudienceRepository
from storage.audit import AuditRepository
from storage.backup_folder import BackupFolder
from storage.broadcast_cards import BroadcastCardRepository
from storage.broadcast_queue import BroadcastQueue
from storage.broadcasts import BroadcastRepository
from storage.calendar_feed import CalendarFeed
from storage.community_groups import GroupRepository
from storage.consent_history import ConsentHistory
from storage.consents import ConsentRepository
from storage.conversations import ConversationRepository
from storage.db import Database
from storage.erasure_ledger import LedgerFile, ledger_beside
from storage.event_series import SeriesRepository
from storage.events import EventRepository
from storage.guardians import GuardianRepository
from storage.hours import HourRepository
from storage.member_record import MemberRecordRepository
from storage.members import MemberRepository
from storage.migrations import migrate
from storage.moderator_desk import DeskRepository
from storage.modlog import ModlogRepository
from storage.preferences import PreferenceRepository
from storage.profiles import ProfileRepository
from storage.project_messages import ProjectMessageRepository
from storage.projects import ProjectRepository
from storage.reports import ReportRepository
from storage.rosters import RosterRepository
from storage.sanctions import SanctionRepository
from storage.series_changes import SeriesChanges
from storage.staff import StaffRepository
from storage.staff_invites import StaffInviteRepository
from storage.stats import StatsRepository
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
    notifications: NotificationGate
    ages: Ages
    consents: ConsentService
    onboarding: OnboardingService
    guardians: GuardianService
    preferences: PreferenceRepository
    privacy: PrivacyService
    retention: RetentionService
    staff: StaffService
    staff_invites: StaffInvites
    projects: ProjectCatalogue
    matching: ProjectMatching
    applications: Applications
    project_threads: ProjectThreads
    drafts: ProjectDraftService
    event_drafts: EventDraftService
    events: EventService
    event_answers: EventAnswers
    event_notices: EventNotices
    series_changes: SeriesChangeService
    event_series: SeriesService
    pending: PendingInputs
    conversations: Conversations
    age_checks: AgeChecks
    calendar_files: CalendarFiles
    desk: ModeratorDesk
    dashboards: Dashboards
    rosters: Rosters
    reports: ReportService
    report_thread: ReportThread
    sanctions: SanctionService
    mod_log: ModLog
    member_records: MemberRecords
    groups: CommunityGroups
    appeals: AppealService
    broadcast_progress: BroadcastProgress
    broadcast_history: BroadcastHistory
    broadcast_delivery: BroadcastDelivery
    audiences: Audiences
    broadcasts: BroadcastService
    event_announcements: EventAnnouncements
    broadcast_drafts: BroadcastDrafts
    daily_backups: DailyBackups
    erasures: ErasureLedger
    cocoordination: CoCoordination
    hours: HourService
    statement_holds: StatementHolds  # in memory only: the surname is stored nowhere
    attendance: AttendanceService
    attendance_asks: AttendanceAsks
    attendance_files: AttendanceFiles

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


def erasure_ledger(settings: Settings, hasher: KeyedHash, clock: Clock) -> ErasureLedger:
    """Beside the database: a restore replaces the database, never this list."""
    return ErasureLedger(
        file=LedgerFile(ledger_beside(settings.database_path)), hasher=hasher, clock=clock
    )


def hash_key(settings: Settings) -> bytes:
    if settings.hash_key is not None:
        return settings.hash_key.get_secret_value().encode()
    return load_or_create_key(key_file_beside(settings.database_path))


async def open_services(
    settings: Settings,
    clock: Clock,
    translate: Translator,
    sender: Sender,
    *,
    groups: GroupPort | None = None,
    pacer: Pacer | None = None,
) -> Services:
    db = await open_database(settings, clock)
    try:
        return await _services_over(
            db, settings, clock, translate, sender, groups=groups, pacer=pacer
        )
    except BaseException:
        # Failed or stopped half-way (SIGTERM at start-up): the connection's thread would
        # keep the process alive.
        await db.close()
        raise


async def _services_over(  # noqa: PLR0913 — open_services' own, and its database
    db: Database,
    settings: Settings,
    clock: Clock,
    translate: Translator,
    sender: Sender,
    *,
    groups: GroupPort | None = None,
    pacer: Pacer | None = None,
) -> Services:
    member_repository = MemberRepository(db)
    hasher = KeyedHash(hash_key(settings))
    erasures = erasure_ledger(settings, hasher, clock)
    members = MemberService(member_repository, clock, settings.default_language, erasures=erasures)
    tasks = TaskDispatcher(TaskRepository(db), clock)
    audit = AuditLog(AuditRepository(db), clock)
    policy = AgePolicy(settings.min_age, settings.max_age, settings.guardian_consent_below)
    profiles = ProfileRepository(db)
    ages = Ages(profiles=profiles, clock=clock)
    consents = ConsentService(
        repository=ConsentRepository(db),
        ages=ages,
        policy=policy,
        clock=clock,
        notice_version=settings.notice_version,
    )
    preferences = PreferenceRepository(db)
    conversations = Conversations(repository=ConversationRepository(db), clock=clock)
    staff = StaffService(
        repository=StaffRepository(db), audit=audit, clock=clock, admin_ids=settings.admin_ids
    )
    await staff.load()
    notifications = NotificationGate(
        members=members,
        staff=staff,
        ages=ages,
        tasks=tasks,
        clock=clock,
        quiet=settings.quiet,
        zone=settings.zone,
        sender=sender,
        guardians=GuardianRepository(db),
        keepable=(ParticipantMessage, PauseNotice, SanctionNotice, LookedAt),
    )
    age_checks = AgeChecks(
        repository=AgeCheckRepository(db),
        hasher=hasher,
        policy=policy,
        notifications=notifications,
        staff=staff,
        audit=audit,
        clock=clock,
    )
    onboarding = OnboardingService(
        profiles, members, consents, clock, policy, age_checks=age_checks
    )
    staff_invites = StaffInvites(
        repository=StaffInviteRepository(db),
        staff=staff,
        onboarding=onboarding,
        ages=ages,
        conversations=conversations,
        notifications=notifications,
        audit=audit,
        clock=clock,
    )
    await staff_invites.load()
    guardian_repository = GuardianRepository(db)
    consent_history = ConsentHistory(db)
    guardians = GuardianService(
        repository=guardian_repository,
        history=consent_history,
        members=members,
        onboarding=onboarding,
        consents=consents,
        ages=ages,
        staff=staff,
        audit=audit,
        notifications=notifications,
        clock=clock,
        notice_version=settings.notice_version,
    )
    sanctions = SanctionService(
        repository=SanctionRepository(db),
        groups=groups or NoGroups(),
        staff=staff,
        notifications=notifications,
        hasher=hasher,
        audit=audit,
        clock=clock,
        limits=Limits(
            warn_limit=settings.warn_limit,
            warn_mute=settings.warn_mute_span,
            warn_expiry=settings.warn_expiry_span,
            flood_mute=settings.flood_mute_span,
        ),
        flood_counter=FloodCounter(settings.flood_limit, timedelta(seconds=settings.flood_window)),
        tasks=tasks,
    )
    tasks.register(SUMMARY, sanctions.run_summary)
    appeals = AppealService(
        repository=AppealRepository(db),
        profiles=profiles,
        members=members,
        groups=groups or NoGroups(),
        ages=ages,
        staff=staff,
        sanctions=sanctions,
        notifications=notifications,
        audit=audit,
        clock=clock,
    )
    privacy = PrivacyService(
        members=members,
        profiles=profiles,
        consents=ConsentRepository(db),
        guardians=guardian_repository,
        history=consent_history,
        preferences=preferences,
        audit=audit,
        clock=clock,
        projects=ProjectRepository(db),
        events=EventRepository(db),
        age_checks=age_checks,
        sanctions=sanctions,
        appeals=appeals,
        reports=ReportRepository(db),
        broadcasts=BroadcastRepository(db),
        hours=HourRepository(db),
        attendance=AttendanceRepository(db),
    )
    retention = RetentionService(
        members=members,
        repository=member_repository,
        guardians=guardians,
        tasks=tasks,
        notifications=notifications,
        policy=policy,
        clock=clock,
        zone=settings.zone,
        age_checks=age_checks,
    )
    project_repository = ProjectRepository(db)
    open_projects = OpenProjects(repository=project_repository)
    projects = ProjectCatalogue(
        repository=project_repository,
        index=open_projects,
        staff=staff,
        audit=audit,
        clock=clock,
        policy=policy,
        words=import_vocabulary(translate),
    )
    matching = ProjectMatching(
        repository=project_repository,
        index=open_projects,
        catalogue=projects,
        policy=policy,
        clock=clock,
    )
    applications = Applications(
        repository=project_repository,
        index=open_projects,
        catalogue=projects,
        matching=matching,
        onboarding=onboarding,
        notifications=notifications,
        tasks=tasks,
        audit=audit,
        clock=clock,
        contacts=ContactGuard(
            ages=ages,
            profiles=profiles,
            staff=staff,
            projects=project_repository,
            messages=ProjectMessageRepository(db),
            notifications=notifications,
            audit=audit,
            clock=clock,
            zone=settings.zone,
        ),
        cards=ApplicationCardRepository(db),
    )
    members.departures = applications  # an erased participant frees a place: told
    cocoordination = CoCoordination(
        repository=project_repository, catalogue=projects, notifications=notifications, audit=audit
    )
    event_repository = EventRepository(db)
    event_notices = EventNotices(
        repository=event_repository,
        preferences=preferences,
        notifications=notifications,
        ages=ages,
        tasks=tasks,
        clock=clock,
    )
    event_answers = EventAnswers(
        repository=event_repository,
        onboarding=onboarding,
        guardians=guardians,
        preferences=preferences,
        ages=ages,
        notices=event_notices,
        tasks=tasks,
        clock=clock,
    )
    events = EventService(
        repository=event_repository,
        answers=event_answers,
        notices=event_notices,
        staff=staff,
        tasks=tasks,
        audit=audit,
        clock=clock,
        notifications=notifications,
    )
    event_series = SeriesService(
        repository=SeriesRepository(db),
        answers=event_answers,
        audit=audit,
        clock=clock,
        zone=settings.zone,
    )

    series_notices = SeriesNotices(
        repository=event_repository, notifications=notifications, tasks=tasks, clock=clock
    )
    tasks.register(SERIES_NOTICE, series_notices.run)
    series_changes = SeriesChangeService(
        repository=SeriesChanges(db),
        series=event_series,
        event_repository=event_repository,
        events=events,
        answers=event_answers,
        notices=event_notices,
        series_notices=series_notices,
        tasks=tasks,
        audit=audit,
        clock=clock,
        zone=settings.zone,
    )

    async def retention_then_offers(task: Task, nothing: Nothing) -> None:
        # Erased members leave their seats free: the first waiting are offered them.
        await retention.run_task(task, nothing)
        await event_answers.recover()

    reports = ReportService(
        repository=ReportRepository(db),
        profiles=profiles,
        ages=ages,
        staff=staff,
        notifications=notifications,
        tasks=tasks,
        audit=audit,
        hasher=hasher,
        clock=clock,
        zone=settings.zone,
        leads=settings.safeguarding_ids,
        mod_chat_id=settings.mod_chat_id,
        sanctions=sanctions,
    )

    # Every kind of durable task, and who runs it.
    tasks.register(DELIVER, notifications.run_held)
    tasks.register(REMINDER, event_notices.run_reminder)
    tasks.register(NOTICE, event_notices.run_notice)
    tasks.register(OFFER_LAPSE, event_answers.run_offer_lapse)
    tasks.register(INVITATION, applications.run_invitation)
    tasks.register(REVIEW_REMINDER, applications.run_review_reminder)
    tasks.register(RETENTION, retention_then_offers)
    tasks.register(REPORTS_DAILY, reports.run_daily)
    daily_backups = DailyBackups(
        database=settings.database_path,
        folder=BackupFolder(settings.backup_folder),
        keep=settings.backup_keep,
        ledger=erasures,
        tasks=tasks,
        notifications=notifications,
        staff=staff,
        clock=clock,
        zone=settings.zone,
    )
    tasks.register(DAILY_BACKUP, daily_backups.run_task)
    mod_log = ModLog(
        repository=ModlogRepository(db),
        profiles=profiles,
        staff=staff,
        notifications=notifications,
        tasks=tasks,
        clock=clock,
        chat_id=settings.mod_log_chat_id,
        leads=settings.safeguarding_ids,
        warn_limit=settings.warn_limit,
    )
    tasks.register(MIRROR, mod_log.run_mirror)
    broadcast_delivery = BroadcastDelivery(
        broadcasts=BroadcastRepository(db),
        queue=BroadcastQueue(db),
        notifications=notifications,
        members=members,
        tasks=tasks,
        audit=audit,
        clock=clock,
        pacer=pacer or Pacer(settings.broadcast_rate),
        progress_seconds=settings.broadcast_progress_seconds,
        # No more copies in flight than connections: a copy waiting for a connection after a
        # 429 would still go out during the pause.
        in_flight=settings.telegram_connections,
    )
    tasks.register(WAKE, broadcast_delivery.run_wake)
    audiences = Audiences(
        repository=AudienceRepository(db),
        ages=ages,
        clock=clock,
        quiet=settings.quiet,
        zone=settings.zone,
        default_language=settings.default_language,
    )
    broadcasts = BroadcastService(
        repository=BroadcastRepository(db),
        audiences=audiences,
        delivery=broadcast_delivery,
        staff=staff,
        notifications=notifications,
        tasks=tasks,
        audit=audit,
        clock=clock,
        cards=BroadcastCardRepository(db),
        mod_chat_id=settings.mod_chat_id,
    )
    tasks.register(BROADCAST_START, broadcasts.run_start)
    event_announcements = EventAnnouncements(
        audiences=audiences,
        broadcasts=broadcasts,
        delivery=broadcast_delivery,
        events=event_repository,
        series=SeriesRepository(db),
        notifications=notifications,
        clock=clock,
    )
    audit.listen(mod_log.entry_added)
    await mod_log.start()
    broadcast_progress = BroadcastProgress(
        repository=BroadcastRepository(db),
        notifications=notifications,
        clock=clock,
    )
    attendance_repository = AttendanceRepository(db)
    attendance_asks = AttendanceAsks(
        repository=attendance_repository,
        events=event_repository,
        staff=staff,
        notifications=notifications,
        tasks=tasks,
        clock=clock,
    )
    tasks.register(ATTENDANCE_SWEEP, attendance_asks.run_sweep)
    tasks.register(ATTENDANCE_ASK, attendance_asks.run_ask)
    attendance = AttendanceService(
        repository=attendance_repository,
        events=events,
        audit=audit,
        clock=clock,
        zone=settings.zone,
    )
    rosters = Rosters(
        repository=RosterRepository(db),
        catalogue=projects,
        events=events,
        audit=audit,
        clock=clock,
    )
    return Services(
        settings=settings,
        clock=clock,
        translate=translate,
        db=db,
        members=members,
        tasks=tasks,
        audit=audit,
        notifications=notifications,
        ages=ages,
        consents=consents,
        onboarding=onboarding,
        guardians=guardians,
        preferences=preferences,
        privacy=privacy,
        retention=retention,
        staff=staff,
        staff_invites=staff_invites,
        projects=projects,
        matching=matching,
        applications=applications,
        project_threads=ProjectThreads(
            repository=project_repository,
            catalogue=projects,
            matching=matching,
            onboarding=onboarding,
            notifications=notifications,
            audit=audit,
            clock=clock,
            contacts=applications.contacts,
            messages=ProjectMessageRepository(db),
            staff=staff,
        ),
        conversations=conversations,
        age_checks=age_checks,
        calendar_files=CalendarFiles(CalendarFeed(db), event_series, clock),
        desk=ModeratorDesk(repository=DeskRepository(db), age_checks=age_checks),
        reports=reports,
        report_thread=ReportThread(
            reports=reports, notifications=notifications, audit=audit, clock=clock
        ),
        sanctions=sanctions,
        mod_log=mod_log,
        member_records=MemberRecords(
            repository=MemberRecordRepository(db),
            profiles=profiles,
            consents=ConsentRepository(db),
            guardians=guardian_repository,
            ages=ages,
            staff=staff,
            audit=audit,
            clock=clock,
        ),
        appeals=appeals,
        audiences=audiences,
        broadcasts=broadcasts,
        broadcast_drafts=BroadcastDrafts(
            conversations=conversations,
            audiences=audiences,
            broadcasts=broadcasts,
            staff=staff,
            clock=clock,
            zone=settings.zone,
        ),
        event_announcements=event_announcements,
        drafts=ProjectDraftService(
            conversations=conversations,
            projects=projects,
            staff=staff,
            audit=audit,
            clock=clock,
            policy=policy,
            team=cocoordination,
        ),
        cocoordination=cocoordination,
        pending=PendingInputs(conversations=conversations),
        events=events,
        event_answers=event_answers,
        event_notices=event_notices,
        series_changes=series_changes,
        event_series=event_series,
        groups=CommunityGroups(
            repository=GroupRepository(db),
            onboarding=onboarding,
            guardians=guardians,
            members=members,
            staff=staff,
            ages=ages,
            notifications=notifications,
            sanctions=SanctionRepository(db),
            hasher=hasher,
            leads=settings.safeguarding_ids,
            audit=audit,
            clock=clock,
            chat_ids=settings.community_chat_ids,
            onboarding_required=settings.onboarding_required,
        ),
        event_drafts=EventDraftService(
            conversations=conversations,
            events=events,
            series=event_series,
            announcements=event_announcements,
            series_changes=series_changes,
            projects=projects,
            staff=staff,
            clock=clock,
            policy=policy,
            zone=settings.zone,
            reminders=settings.reminders,
        ),
        dashboards=Dashboards(
            repository=StatsRepository(db), audit=audit, clock=clock, zone=settings.zone
        ),
        rosters=rosters,
        broadcast_progress=broadcast_progress,
        broadcast_history=BroadcastHistory(
            repository=BroadcastRepository(db),
            copies=broadcast_delivery,
            scheduling=broadcasts,
            staff=staff,
            audit=audit,
            clock=clock,
        ),
        broadcast_delivery=broadcast_delivery,
        daily_backups=daily_backups,
        erasures=erasures,
        hours=HourService(
            repository=HourRepository(db),
            attendance=attendance_repository,
            hasher=hasher,
            audit=audit,
            clock=clock,
            zone=settings.zone,
        ),
        statement_holds=StatementHolds(clock=clock),
        attendance=attendance,
        attendance_asks=attendance_asks,
        attendance_files=AttendanceFiles(
            repository=attendance_repository,
            attendance=attendance,
            catalogue=projects,
            rosters=rosters,
            audit=audit,
        ),
    )
