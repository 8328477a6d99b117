"""Every button that switches a consent, and whose press it is. A new screen that shows a
consent adds its button here: tests/test_consent_rule.py presses each one as a member under
GUARDIAN_CONSENT_BELOW (forged where the screen draws none) and checks that nothing she may not
switch on was switched on; it also finds any button that carries a purpose and is missing here."""

from __future__ import annotations

from typing import Final

from bot.domain.consent_rule import Decider
from handlers.guardian import GuardianDecides, GuardianToggle, PaperRecord, PaperToggle
from handlers.kit.callback_data import CallbackData
from handlers.onboarding_buttons import ToggleConsent
from handlers.settings_command import SettingConsent

CONSENT_BUTTONS: Final[dict[type[CallbackData], Decider]] = {
    ToggleConsent: Decider.MEMBER,  # the onboarding question, also from the summary or /profile
    SettingConsent: Decider.MEMBER,  # /settings
    GuardianToggle: Decider.GUARDIAN,  # the guardian's card
    GuardianDecides: Decider.GUARDIAN,  # the guardian's OK records the consents chosen
    PaperToggle: Decider.GUARDIAN,  # a moderator with the guardian's signed form
    PaperRecord: Decider.GUARDIAN,
}
