"""The whole routing map, top to bottom: the command table, the buttons, then everything else."""

from __future__ import annotations

from typing import Any, Final

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.services.age_checks import AgeRetryNotice
from bot.services.appeals import AppealCard
from bot.services.applications import ApplicationCard, InvitationNote, WaitingReminder
from bot.services.attendance_asks import AttendanceAsk
from bot.services.broadcasts import BroadcastCard
from bot.services.cocoordination import ColleagueDemoted, CoordinatorAdded, CoordinatorRemoved
from bot.services.community_groups import AdultAsked, ContactRemoved
from bot.services.contact_guard import ContactAlert
from bot.services.event_notices import EventNotice, EventReminder
from bot.services.guardians import ConsentToVerify, PauseNotice
from bot.services.mod_log import ModLogPost
from bot.services.project_threads import MemberWrote, ParticipantMessage, ThreadCopy
from bot.services.report_thread import ThreadPost, ToReporter
from bot.services.reports import LookedAt, OpenReports, ReportCard
from bot.services.sanctions import SanctionNotice, SanctionSummary
from bot.services.series_notices import SeriesNotice
from bot.services.staff import Role
from bot.services.staff_invites import InviteOpened
from bot.wiring import Services
from handlers import (
    about,
    activity,
    age_checks,
    appeal_cards,
    appeal_screens,
    appeals,
    attendance,
    attendance_files,
    broadcast_approval,
    broadcast_compose,
    broadcast_history,
    calendar_files,
    candidates,
    consent_checks,
    conversation,
    coordinators,
    dashboards,
    event_announcements,
    events,
    exports,
    fallback,
    group_contacts,
    group_joins,
    group_moderation,
    groups,
    guardian,
    help_command,
    hours,
    import_projects,
    invitations,
    language,
    manage_events,
    member_record,
    membership,
    moderator_desk,
    modlog,
    my_threads,
    new_event,
    new_project,
    onboarding,
    onboarding_presses,
    page_edges,
    pending_applications,
    privacy,
    profile,
    project_log,
    project_messages,
    project_team,
    projects,
    publish_drafts,
    report_cards,
    report_thread,
    reports,
    review_cards,
    reviews,
    rights,
    series,
    series_changes,
    settings_command,
    staff,
    staff_join,
    staff_removal,
    start,
)
from handlers.broadcast_copies import TelegramCopies
from handlers.errors import on_error
from handlers.kit.commands import Command
from handlers.kit.context import BotApplication
from handlers.kit.guards import Button, for_person
from handlers.kit.notifier import TelegramSender

ADMIN, MODERATOR, COORDINATOR = Role.ADMIN, Role.MODERATOR, Role.COORDINATOR

# Every command: who may use it (None: everyone), in groups too?, in /help and the menus?, and
# answered while renewed consents are asked? The order is the order of /help and the menus.
COMMANDS: Final = (
    Command("invite", staff.invite, ADMIN),
    Command("demote", staff_removal.demote, ADMIN),
    Command("export", dashboards.export_files, ADMIN),
    Command("staff", staff.list_staff, MODERATOR),
    Command("pending", moderator_desk.list_pending, MODERATOR),
    Command("consent", consent_checks.record_paper_form, MODERATOR),
    Command("projectlog", project_log.choose_project, MODERATOR),
    Command("modlog", modlog.show_modlog, MODERATOR),
    Command("member", member_record.show_member, MODERATOR),
    Command("stats", dashboards.show_stats, MODERATOR),
    Command("warn", group_moderation.warn, MODERATOR, group_admins=True),
    Command("unwarn", group_moderation.unwarn, MODERATOR, group_admins=True),
    Command("warns", group_moderation.warns, MODERATOR, group_admins=True),
    Command("mute", group_moderation.mute, MODERATOR, group_admins=True),
    Command("unmute", group_moderation.unmute, MODERATOR, group_admins=True),
    Command("ban", group_moderation.ban, MODERATOR, group_admins=True),
    Command("unban", group_moderation.unban, MODERATOR, group_admins=True),
    Command("kick", group_moderation.kick, MODERATOR, group_admins=True),
    Command("del", group_moderation.delete, MODERATOR, group_admins=True),
    Command("newproject", new_project.new_project, COORDINATOR),
    Command("myprojects", coordinators.my_projects, COORDINATOR),
    Command("import", import_projects.import_help, COORDINATOR),
    Command("candidates", candidates.choose_candidates_project, COORDINATOR),
    Command("newevent", new_event.new_event, COORDINATOR),
    Command("manageevents", manage_events.manage_events, COORDINATOR),
    Command("broadcast", broadcast_compose.start, COORDINATOR, also=MODERATOR),
    Command("broadcasts", broadcast_history.list_broadcasts, COORDINATOR, also=MODERATOR),
    Command("verify", hours.verify, COORDINATOR, also=MODERATOR),
    Command("start", start.start),
    Command("projects", projects.show_projects, members_only=True),
    Command("myapplications", projects.my_applications, members_only=True),
    Command("events", events.show_events, members_only=True),
    Command("myevents", events.show_my_events, members_only=True),
    Command("hours", hours.show_hours, members_only=True),
    Command("profile", profile.show_profile, members_only=True),
    # Not in /help nor the menus: the private message about a sanction offers it.
    Command("appeal", appeals.appeal, listed=False, members_only=True),
    Command("settings", settings_command.show_settings, before_consents=True),
    Command("report", reports.report, groups=True, before_consents=True),
    Command("reports", report_cards.list_reports, MODERATOR, leads=True),  # leads: not always staff
    Command("privacy", privacy.show_privacy, groups=True, before_consents=True),
    Command("mydata", rights.my_data, before_consents=True),
    Command("deleteme", rights.delete_me, before_consents=True),
    Command("language", language.ask_language),
    Command("about", about.show_about, before_consents=True),
    Command("help", help_command.show_help, before_consents=True),
    Command("cancel", conversation.cancel, before_consents=True),
    Command("guardian", guardian.my_consents, listed=False),  # the guardian's own link
)

# One handler per family of buttons; each family's own pattern routes its presses.
BUTTONS: Final[tuple[Button[Any], ...]] = (
    language.choose_language,
    onboarding_presses.on_button,
    profile.edit_field,
    staff.invite_button,
    staff_removal.demote_button,
    staff_removal.confirm_button,
    staff_removal.leave_mod_chat_button,
    staff_removal.take_on_button,
    staff_join.conduct_button,
    staff_join.correct_name_button,
    staff_join.no_link_awaited_button,
    staff.decide_button,
    staff.again_button,
    staff.staff_page,
    projects.projects_button,
    projects.applications_button,
    invitations.accept_pressed,
    projects.reply_button,
    project_messages.reply_pressed,
    my_threads.my_threads_button,
    coordinators.my_projects_button,
    coordinators.participants_page,
    import_projects.import_choice,
    candidates.candidates_button,
    reviews.review_button,
    project_team.team_button,
    project_log.show_log,
    new_project.on_button,
    events.event_button,
    series.series_button,
    new_event.on_button,
    new_event.on_announce,
    calendar_files.my_calendar_pressed,
    manage_events.manage_button,
    manage_events.who_page,
    series_changes.dates_page,
    series_changes.date_pressed,
    exports.download_pressed,
    attendance.came_button,
    attendance.ended_page,
    attendance_files.file_pressed,
    rights.delete_button,
    settings_command.change_setting,
    privacy.show_section,
    guardian.member_button,
    guardian.guardian_button,
    consent_checks.paper_button,
    consent_checks.paper_step,
    consent_checks.check_button,
    moderator_desk.pending_page,
    moderator_desk.open_line,
    conversation.on_choice,
    help_command.help_section,
    age_checks.decide,
    reports.choose_category,
    reports.report_step,
    report_cards.decide,
    report_cards.reports_page,
    report_cards.open_report,
    report_cards.choose_reason,
    report_thread.write_pressed,
    report_thread.reply_pressed,
    group_moderation.undo_button,
    modlog.modlog_page,
    modlog.modlog_for,
    member_record.open_member,
    member_record.member_section,
    appeals.appeal_page,
    appeals.pick,
    appeals.step,
    appeal_cards.decide_button,
    appeal_cards.confirm_button,
    broadcast_compose.on_button,
    broadcast_approval.decide,
    broadcast_history.history_page,
    broadcast_history.broadcast_press,
    # The coordinator's desk.
    coordinators.my_projects_page,
    pending_applications.waiting_button,
    publish_drafts.publish_button,
    candidates.candidates_page,
    project_log.log_projects_page,
    hours.hours_button,
    hours.confirm_button,
    page_edges.page_edge,  # the place of ⬅️ / ➡️ at a list's ends
)

PRIVATE = filters.ChatType.PRIVATE
MESSAGE = PRIVATE & filters.UpdateType.MESSAGE
GROUPS = filters.ChatType.GROUPS
# Every kind of message: a sticker or a voice note to a broadcast is told what can go.
BROADCAST_INPUT = ~filters.COMMAND & ~filters.StatusUpdate.ALL
GROUP_MESSAGE = GROUPS & filters.UpdateType.MESSAGE
# Handler groups of their own, so that whatever else answers a group message, flood control
# counts it and its contact details are checked.
FLOOD_COUNT = 1
GROUP_CONTACTS = 2


def register(application: BotApplication) -> None:
    add = application.add_handler
    # Before everything: activity for retention, renewed consents after a notice change.
    add(TypeHandler(Update, activity.before_everything), group=-1)
    for command in COMMANDS:
        add(command.route())
    for family in BUTTONS:
        add(family.route())
    # Telegram's notices about the bot itself.
    add(ChatMemberHandler(membership.bot_membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
    # People joining and leaving the community groups.
    add(ChatMemberHandler(group_joins.member_changed, ChatMemberHandler.CHAT_MEMBER))
    # In groups: our private commands get a pointer to the private chat; nothing else answers.
    add(MessageHandler(GROUP_MESSAGE & filters.COMMAND, groups.point_to_private))
    add(
        MessageHandler(
            GROUPS & ~filters.COMMAND & (filters.TEXT | filters.CAPTION),
            group_contacts.remove_contacts,
        ),
        group=GROUP_CONTACTS,
    )
    # Everything else, last: text and media answer a conversation, otherwise a hint.
    add(MessageHandler(PRIVATE & filters.COMMAND, for_person(fallback.unknown_command)))
    # Staff writing a broadcast send text, photos or documents; the rest goes on below.
    add(MessageHandler(MESSAGE & BROADCAST_INPUT, for_person(broadcast_compose.on_message)))
    add(MessageHandler(MESSAGE & filters.TEXT, for_person(conversation.on_text)))
    add(MessageHandler(MESSAGE & filters.Document.ALL, for_person(import_projects.on_document)))
    add(MessageHandler(MESSAGE & ~filters.TEXT, for_person(onboarding.on_media)))
    add(
        MessageHandler(
            PRIVATE & filters.UpdateType.EDITED_MESSAGE, for_person(onboarding.on_edited)
        )
    )
    add(CallbackQueryHandler(for_person(fallback.stale_button)))
    # Flood control counts every message in the community groups, beside whatever else
    # answers it (its own handler group).
    add(MessageHandler(GROUP_MESSAGE, group_moderation.count_message), group=FLOOD_COUNT)
    application.add_error_handler(on_error)


def register_copies(copies: TelegramCopies, services: Services) -> None:
    """How a broadcast's copies look beyond a text, a photo or a document: a new event's card
    (`copies.renders_event`), registered here by the events' handlers."""
    copies.renders_event(event_announcements.copy_renderer(services))


def register_notes(sender: TelegramSender, services: Services) -> None:
    """How each kind of note the bot sends on its own looks (called once services exist)."""
    sender.renders(EventReminder, events.reminder_renderer(services))
    sender.renders(EventNotice, events.notice_renderer(services))
    sender.renders(AttendanceAsk, attendance.ask_renderer(services))
    sender.renders(SeriesNotice, series_changes.series_notice_renderer(services))
    sender.renders(
        ApplicationCard,
        reviews.application_renderer(),
        sent=review_cards.card_sent(services),
    )
    services.applications.redraw_cards = review_cards.card_redrawer(services, sender.bot)
    sender.renders(CoordinatorAdded, project_team.added_renderer(sender.bot, services))
    sender.renders(CoordinatorRemoved, project_team.removed_renderer(sender.bot, services))
    sender.renders(ColleagueDemoted, project_team.demoted_renderer(sender.bot, services))
    sender.renders(WaitingReminder, pending_applications.render_reminder)
    sender.renders(ParticipantMessage, project_messages.message_renderer())
    sender.renders(InvitationNote, invitations.invitation_renderer())
    sender.renders(MemberWrote, project_messages.render_member_wrote)
    sender.renders(ThreadCopy, project_messages.render_copy)
    sender.renders(ContactAlert, project_log.render_alert)
    sender.renders(InviteOpened, staff.render_opened)
    sender.renders(AgeRetryNotice, age_checks.notice_renderer())
    sender.renders(ConsentToVerify, consent_checks.verify_renderer(services.settings.zone))
    sender.renders(PauseNotice, guardian.pause_renderer(services.settings.zone))
    sender.renders(
        ReportCard,
        report_cards.card_renderer(services.settings.zone),
        sent=report_cards.card_sent(services),
    )
    sender.renders(OpenReports, report_cards.render_open_reports)
    sender.renders(SanctionNotice, group_moderation.notice_renderer(services.settings.zone))
    sender.renders(SanctionSummary, group_moderation.summary_renderer(services.settings.zone))
    sender.renders(LookedAt, report_cards.looked_at_renderer(services.settings.zone))
    sender.renders(ToReporter, report_thread.render_to_reporter)
    sender.renders(ThreadPost, report_thread.render_post)
    sender.renders(ModLogPost, modlog.post_renderer(sender.bot, services))
    sender.renders(ContactRemoved, group_contacts.render_alert)
    sender.renders(AdultAsked, group_contacts.render_asked)
    sender.renders(
        BroadcastCard,
        broadcast_approval.card_renderer(services),
        sent=broadcast_approval.card_sent(services, sender.bot),
    )
    services.broadcasts.redraw_cards = broadcast_approval.card_redrawer(services, sender.bot)
    sender.renders(
        AppealCard,
        appeal_screens.card_renderer(services.settings.zone),
        sent=appeal_cards.card_sent(services),
    )
