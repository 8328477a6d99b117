## One rule for every switch of a consent: below the consent age only a guardian switches one on

consent-rule-question =
    ✋ <b>Cosa posso fare con i tuoi dati?</b> Qui decide il tuo genitore. Tu puoi spegnere quello che è acceso, quando vuoi.
    { consents-purposes }

# Under a screen of consents, one line for each consent only the guardian can switch on.
consent-rule-locked = 🔒 { $label }: spento
consent-rule-locked-why = { $count ->
    [one] Questo lo può accendere solo il tuo genitore: se lo vuoi, chiediglielo, può cambiarlo con /guardian.
   *[other] Questi li può accendere solo il tuo genitore: se li vuoi, chiediglielo, può cambiarli con /guardian.
}
# A pop-up: at most 200 characters.
consent-rule-refused = 🔒 Questo lo può accendere solo il tuo genitore: chiediglielo. Spegnere invece puoi sempre.
consent-rule-projects-guardian-off = 🔎 Il tuo genitore non ha acceso «Visibile ai progetti», quindi non uso il tuo profilo per sceglierli. Se ti va, chiediglielo: può cambiarlo con /guardian. Intanto puoi cercare per causa 👇
consent-rule-projects-member-off = 🔎 «Visibile ai progetti» è spento, quindi non uso il tuo profilo per sceglierli. Per riaccenderlo chiedi al tuo genitore: può farlo con /guardian. Intanto puoi cercare per causa 👇
# The same, when the guardian signed the paper form (no Telegram of their own here).
consent-rule-locked-why-paper = { $count ->
    [one] Questo lo può accendere solo il tuo genitore: se lo vuoi, chiediglielo, poi chiedi a un moderatore di cambiarlo.
   *[other] Questi li può accendere solo il tuo genitore: se li vuoi, chiediglielo, poi chiedi a un moderatore di cambiarli.
}
consent-rule-projects-guardian-off-paper = 🔎 Il tuo genitore non ha acceso «Visibile ai progetti», quindi non uso il tuo profilo per sceglierli. Se ti va, chiediglielo, poi chiedi a un moderatore di cambiarlo. Intanto puoi cercare per causa 👇
consent-rule-projects-member-off-paper = 🔎 «Visibile ai progetti» è spento, quindi non uso il tuo profilo per sceglierli. Per riaccenderlo serve l'ok del tuo genitore: chiediglielo, poi chiedi a un moderatore. Intanto puoi cercare per causa 👇
