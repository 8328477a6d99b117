## One rule for every switch of a consent: below the consent age only a guardian switches one on

consent-rule-question =
    ✋ <b>What may I do with your data?</b> Your parent decides here. You can switch off what's on, whenever you like.
    { consents-purposes }

# Under a screen of consents, one line for each consent only the guardian can switch on.
consent-rule-locked = 🔒 { $label }: off
consent-rule-locked-why = { $count ->
    [one] Only your parent can switch this on: if you'd like it, ask them, they can change it with /guardian.
   *[other] Only your parent can switch these on: if you'd like them, ask them, they can change them with /guardian.
}
# A pop-up: at most 200 characters.
consent-rule-refused = 🔒 Only your parent can switch this on: ask them. Switching things off, you can always do yourself.
consent-rule-projects-guardian-off = 🔎 Your parent didn't switch on "Visible to projects", so I don't use your profile to pick them. If you'd like it, ask them: they can change it with /guardian. Meanwhile you can browse by cause 👇
consent-rule-projects-member-off = 🔎 "Visible to projects" is off, so I don't use your profile to pick them. To switch it back on, ask your parent: they can do it with /guardian. Meanwhile you can browse by cause 👇
# The same, when the guardian signed the paper form (no Telegram of their own here).
consent-rule-locked-why-paper = { $count ->
    [one] Only your parent can switch this on: if you'd like it, ask them, then ask a moderator to change it.
   *[other] Only your parent can switch these on: if you'd like them, ask them, then ask a moderator to change them.
}
consent-rule-projects-guardian-off-paper = 🔎 Your parent didn't switch on "Visible to projects", so I don't use your profile to pick them. If you'd like it, ask them, then ask a moderator to change it. Meanwhile you can browse by cause 👇
consent-rule-projects-member-off-paper = 🔎 "Visible to projects" is off, so I don't use your profile to pick them. To switch it back on you need your parent's OK: ask them, then ask a moderator. Meanwhile you can browse by cause 👇
