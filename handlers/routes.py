"""Telegram handlers, one module per feature. `register` is the whole routing map."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.services.event_notices import EventNotice, EventReminder
from bot.services.projects import ApplicationCard, ParticipantMessage
from bot.wiring import Services
from handlers import (
    activity,
    cancel,
    coordinators,
    events,
    fallback,
    guardian,
    help_command,
    language,
    manage_events,
    membership,
    new_event,
    new_project,
    onboarding,
    privacy,
    profile,
    project_log,
    projects,
    rights,
    settings_command,
    staff,
    start,
    text,
)
from handlers.errors import on_error
from handlers.kit.context import BotApplication
from handlers.kit.notifier import TelegramSender

PRIVATE = filters.ChatType.PRIVATE


def register(application: BotApplication) -> None:
    add = application.add_handler

    # Before everything: activity for retention, renewed consents after a notice change.
    application.add_handler(TypeHandler(Update, activity.before_everything), group=-1)

    # Commands (private chats; /privacy also answers in groups).
    add(CommandHandler("start", start.start, filters=PRIVATE))
    add(CommandHandler("help", help_command.show_help, filters=PRIVATE))
    add(CommandHandler("language", language.ask_language, filters=PRIVATE))
    add(CommandHandler("privacy", privacy.show_privacy))
    add(CommandHandler("profile", profile.show_profile, filters=PRIVATE))
    add(CommandHandler("cancel", cancel.cancel, filters=PRIVATE))
    add(CommandHandler("mydata", rights.my_data, filters=PRIVATE))
    add(CommandHandler("deleteme", rights.delete_me, filters=PRIVATE))
    add(CommandHandler("settings", settings_command.show_settings, filters=PRIVATE))
    add(CommandHandler("invite", staff.invite, filters=PRIVATE))
    add(CommandHandler("staff", staff.list_staff, filters=PRIVATE))
    add(CommandHandler("demote", staff.demote, filters=PRIVATE))
    add(CommandHandler("guardian", guardian.my_consents, filters=PRIVATE))
    add(CommandHandler("consent", guardian.record_paper_form, filters=PRIVATE))
    add(CommandHandler("pending", guardian.list_pending, filters=PRIVATE))
    add(CommandHandler("projects", projects.show_projects, filters=PRIVATE))
    add(CommandHandler("myapplications", projects.my_applications, filters=PRIVATE))
    add(CommandHandler("newproject", new_project.new_project, filters=PRIVATE))
    add(CommandHandler("import", coordinators.import_help, filters=PRIVATE))
    add(CommandHandler("myprojects", coordinators.my_projects, filters=PRIVATE))
    add(CommandHandler("candidates", coordinators.choose_candidates_project, filters=PRIVATE))
    add(CommandHandler("projectlog", project_log.choose_project, filters=PRIVATE))
    add(CommandHandler("events", events.show_events, filters=PRIVATE))
    add(CommandHandler("myevents", events.show_my_events, filters=PRIVATE))
    add(CommandHandler("newevent", new_event.new_event, filters=PRIVATE))
    add(CommandHandler("manageevents", manage_events.manage_events, filters=PRIVATE))

    # Buttons.
    add(CallbackQueryHandler(language.choose_language, pattern=language.CALLBACK_PATTERN))
    add(CallbackQueryHandler(onboarding.on_button, pattern=onboarding.CALLBACK_PATTERN))
    add(CallbackQueryHandler(profile.edit_field, pattern=profile.CALLBACK_PATTERN))
    add(CallbackQueryHandler(staff.invite_button, pattern=staff.INVITE_PATTERN))
    add(CallbackQueryHandler(staff.demote_button, pattern=staff.DEMOTE_PATTERN))
    add(CallbackQueryHandler(staff.conduct_button, pattern=staff.CONDUCT_PATTERN))
    add(CallbackQueryHandler(projects.projects_button, pattern=projects.PROJECTS_PATTERN))
    add(CallbackQueryHandler(projects.applications_button, pattern=projects.APPLICATIONS_PATTERN))
    add(CallbackQueryHandler(projects.reply_button, pattern=projects.REPLY_PATTERN))
    add(
        CallbackQueryHandler(
            coordinators.my_projects_button, pattern=coordinators.MY_PROJECTS_PATTERN
        )
    )
    add(
        CallbackQueryHandler(
            coordinators.candidates_button, pattern=coordinators.CANDIDATES_PATTERN
        )
    )
    add(CallbackQueryHandler(coordinators.review_button, pattern=coordinators.REVIEW_PATTERN))
    add(CallbackQueryHandler(project_log.show_log, pattern=project_log.CALLBACK_PATTERN))
    add(CallbackQueryHandler(new_project.on_button, pattern=new_project.CALLBACK_PATTERN))
    add(CallbackQueryHandler(events.event_button, pattern=events.CALLBACK_PATTERN))
    add(CallbackQueryHandler(new_event.on_button, pattern=new_event.CALLBACK_PATTERN))
    add(CallbackQueryHandler(manage_events.manage_button, pattern=manage_events.CALLBACK_PATTERN))
    add(CallbackQueryHandler(rights.delete_button, pattern=rights.DELETE_PATTERN))
    add(
        CallbackQueryHandler(
            settings_command.change_setting, pattern=settings_command.CALLBACK_PATTERN
        )
    )
    add(CallbackQueryHandler(privacy.show_section, pattern=privacy.CALLBACK_PATTERN))
    add(CallbackQueryHandler(guardian.member_button, pattern=guardian.MEMBER_PATTERN))
    add(CallbackQueryHandler(guardian.guardian_button, pattern=guardian.GUARDIAN_PATTERN))
    add(CallbackQueryHandler(guardian.paper_button, pattern=guardian.PAPER_PATTERN))
    add(CallbackQueryHandler(guardian.pending_page, pattern=guardian.PENDING_PATTERN))

    # Telegram's notices about the bot itself.
    add(ChatMemberHandler(membership.bot_membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))

    # Everything else, last.
    add(MessageHandler(PRIVATE & filters.COMMAND, fallback.unknown_command))
    # Text and media: answers while a conversation is on, otherwise a hint.
    add(MessageHandler(PRIVATE & filters.UpdateType.MESSAGE & filters.TEXT, text.on_text))
    add(
        MessageHandler(
            PRIVATE & filters.UpdateType.MESSAGE & filters.Document.ALL, coordinators.on_document
        )
    )
    add(MessageHandler(PRIVATE & filters.UpdateType.MESSAGE & ~filters.TEXT, onboarding.on_media))
    add(MessageHandler(PRIVATE & filters.UpdateType.EDITED_MESSAGE, onboarding.on_edited))
    add(CallbackQueryHandler(fallback.stale_button))

    application.add_error_handler(on_error)


def register_notes(sender: TelegramSender, services: Services) -> None:
    """How each kind of note the bot sends on its own looks (called once services exist)."""
    sender.renders(EventReminder, events.reminder_renderer(services))
    sender.renders(EventNotice, events.notice_renderer(services))
    sender.renders(ApplicationCard, coordinators.application_renderer())
    sender.renders(ParticipantMessage, coordinators.message_renderer())
