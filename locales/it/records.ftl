# Registri per chi modera: il registro delle azioni (/modlog), la scheda di un membro (/member),
# i referenti per la tutela in /staff.

command-modlog = Il registro delle azioni dello staff (moderazione)
command-member = La scheda di un membro (moderazione)

## /modlog

modlog-heading = 📜 <b>Registro delle azioni</b> — { $count } in tutto · pagina { $page } di { $pages }, dalle più recenti
modlog-heading-about = 📜 <b>Registro su { $name }</b> — { $count } in tutto · pagina { $page } di { $pages }, dalle più recenti
modlog-empty = 📜 Il registro è vuoto: nessuno ha ancora fatto qualcosa che venga registrato.
modlog-empty-about = 📜 Ancora niente nel registro su { $name }.
modlog-line = <b>{ $when }</b> · { $what }
modlog-line-details =
    <b>{ $when }</b> · { $what }
       ↳ { $details }

modlog-party-staff = una persona dello staff
modlog-party-admin = un'admin
modlog-party-member = un membro
modlog-party-guardian = un genitore o tutore
modlog-party-someone = qualcuno senza profilo
modlog-party-erased = un membro che ha cancellato i suoi dati
modlog-party-lead = un referente per la tutela
modlog-party-group_admin = un admin del gruppo
modlog-party-bot = il bot

modlog-do-other = { $who } ha fatto un'azione che questa versione del bot non sa ancora descrivere
modlog-do-other-about = { $who } ha fatto un'azione che questa versione del bot non sa ancora descrivere, su { $whom }
modlog-do-age_check-accepted = { $who } ha fatto valere la nuova data di nascita di { $whom }
modlog-do-age_check-kept_first = { $who } ha tenuto la prima data di nascita di { $whom }
modlog-do-application-sent = { $who } si è candidato/a a un progetto
modlog-do-application-accepted = { $who } ha accettato { $whom } in un progetto
modlog-do-application-declined = { $who } non ha accettato la candidatura di { $whom }
modlog-do-application-withdrawn = { $who } ha ritirato una candidatura
modlog-do-application-left = { $who } ha lasciato un progetto
modlog-do-application-invite_declined = { $who } ha rifiutato un invito a un progetto
modlog-do-invitation-sent = { $who } ha invitato { $whom } a un progetto
modlog-do-project-created = { $who } ha creato un progetto
modlog-do-project-edited = { $who } ha modificato un progetto
modlog-do-project-open = { $who } ha aperto un progetto alle candidature
modlog-do-project-paused = { $who } ha messo in pausa un progetto
modlog-do-project-closed = { $who } ha chiuso un progetto
modlog-do-project-message_sent = { $who } ha scritto ai partecipanti di un progetto
modlog-do-project-log_read = { $who } ha letto i messaggi di un progetto
modlog-do-projects-imported = { $who } ha importato progetti da un foglio di calcolo
modlog-do-event-created = { $who } ha creato un evento
modlog-do-event-updated = { $who } ha cambiato un evento
modlog-do-event-cancelled = { $who } ha annullato un evento
modlog-do-event-attendees_viewed = { $who } ha guardato chi viene a un evento
modlog-do-contacts-held = un messaggio di { $who } è stato fermato: conteneva contatti
modlog-do-contacts-held_to_minor = { $who } ha provato a mandare contatti a un/a minorenne: fermato
modlog-do-guardian_consent-given = { $who } ha dato il consenso nel bot per { $whom }
modlog-do-guardian_consent-paper = { $who } ha registrato il modulo cartaceo di un genitore per { $whom }
modlog-do-guardian_consent-verified = { $who } ha controllato il consenso del genitore di { $whom }: valido
modlog-do-guardian_consent-revoked = { $who } ha trovato non valido il consenso del genitore di { $whom }
modlog-do-guardian_consent-changed = { $who } ha cambiato i consensi di { $whom }
modlog-do-guardian_consent-withdrawn = { $who } ha ritirato il consenso per { $whom }
modlog-do-consent_history-viewed = { $who } ha letto la storia dei consensi di { $whom }
modlog-do-member-erased_self = un membro ha cancellato tutti i suoi dati (/deleteme)
modlog-do-member-viewed = { $who } ha aperto la scheda di { $whom }
modlog-do-staff-invited = { $who } ha creato un invito per lo staff
modlog-do-staff-joined = { $who } ha confermato { $whom } nello staff
modlog-do-staff-rejected = { $who } ha rifiutato un invito allo staff aperto da { $whom }
modlog-do-staff-demoted = { $who } ha tolto { $whom } dallo staff
modlog-do-sanction-warn = { $who } ha dato un avviso a { $whom } nel gruppo{ $warnings ->
        [none] {""}
       *[other] {" "}({ $warnings } su { $limit })
    }
modlog-do-sanction-mute = { $who } ha silenziato { $whom } nel gruppo
modlog-do-sanction-ban = { $who } ha bannato { $whom } dal gruppo
modlog-do-sanction-kick = { $who } ha tolto { $whom } dal gruppo (può rientrare)
modlog-do-sanction-unwarn = { $who } ha ritirato un avviso a { $whom }
modlog-do-sanction-unmute = { $who } ha ridato la parola a { $whom } nel gruppo
modlog-do-sanction-unban = { $who } ha tolto il ban a { $whom }
modlog-do-sanction-lifted-warn = { $who } ha ritirato un avviso a { $whom }
modlog-do-sanction-lifted-mute = { $who } ha ridato la parola a { $whom } nel gruppo
modlog-do-sanction-lifted-ban = { $who } ha tolto il ban a { $whom }
modlog-do-sanction-lifted-kick = { $who } ha annullato l'uscita forzata di { $whom }
modlog-do-sanction-refused = { $who } ha provato un comando di moderazione senza poterlo usare: rifiutato
modlog-do-message-deleted = { $who } ha cancellato un messaggio di { $whom } nel gruppo
modlog-do-report-filed = { $who } ha mandato la segnalazione n. { $number }
modlog-do-report-handled = { $outcome ->
        [dismissed] { $who } ha ignorato la segnalazione n. { $number }
        [warn] { $who } ha gestito la segnalazione n. { $number }: un avviso
        [mute] { $who } ha gestito la segnalazione n. { $number }: silenziato/a
        [ban] { $who } ha gestito la segnalazione n. { $number }: bannato/a
       *[other] { $who } ha gestito la segnalazione n. { $number }
    }
modlog-do-appeal-made = { $who } ha chiesto di rivedere un provvedimento (richiesta n. { $number })
modlog-do-appeal-upheld = { $who } ha confermato il provvedimento di { $whom } dopo la richiesta n. { $number }
modlog-do-appeal-lifted = { $who } ha tolto il provvedimento di { $whom } dopo la richiesta n. { $number }
modlog-do-appeal-closed = { $who } ha chiuso la richiesta n. { $number } di { $whom }: il provvedimento era già finito
modlog-do-appeal-lift_failed = { $who } ha provato a togliere il provvedimento di { $whom } (richiesta n. { $number }): Telegram non l'ha permesso al bot
modlog-do-groups-held = { $who } ha lasciato { $whom } in sola lettura nel gruppo finché non finisce l'iscrizione
modlog-do-groups-released = { $who } ha fatto scrivere { $whom } nel gruppo: iscrizione finita
modlog-do-groups-contacts_removed = { $who } ha tolto dal gruppo un messaggio di { $whom }: aveva dei contatti
modlog-do-stats_viewed = { $who } ha guardato i numeri della community (/stats)
modlog-do-export_made = { $who } ha scaricato i fogli di calcolo della community (/export)

modlog-detail-role = ruolo: { $value }
modlog-detail-project = progetto “{ $value }”
modlog-detail-event = evento “{ $value }”
modlog-detail-count = quanti: { $value }
modlog-detail-kinds = trovato: { $value }
modlog-detail-reason = motivo: “{ $value }”
modlog-detail-until = fino al { $value }
modlog-detail-duration = per { $value }
modlog-detail-source = { $value }
modlog-source-flood = in automatico: troppi messaggi di fila
modlog-source-warn_limit = in automatico: troppi avvisi
modlog-source-report = da una segnalazione
modlog-detail-attempted = voleva usare { $value }
modlog-attempted-warn = /warn
modlog-attempted-mute = /mute
modlog-attempted-ban = /ban
modlog-attempted-kick = /kick
modlog-attempted-unwarn = /unwarn
modlog-attempted-unmute = /unmute
modlog-attempted-unban = /unban
modlog-attempted-del = /del
modlog-attempted-lift = il pulsante per togliere un provvedimento
modlog-kind-phone = un numero di telefono
modlog-kind-email = un'e-mail
modlog-kind-username = un @username
modlog-kind-app = un'altra app

## Trovare un membro per nome (/member, /modlog)

records-match = { $name } · { $band } · { $city }
records-band-unknown = età non data
records-city-remote = solo online
records-city-unknown = nessuna città
records-no-match = 🤔 Nessun membro si chiama “{ $typed }”. Controlla come è scritto, o scrivi solo le prime lettere del nome.
records-too-many = 🔎 { $count } membri corrispondono a “{ $typed }”: scrivi un po' di più del nome, per favore.
records-which = 👥 Più di un membro corrisponde a “{ $typed }”. Quale?
records-member-how = 🔎 La scheda di chi? Scrivi <code>/member</code> e un nome, per esempio <code>/member Giulia</code>.
records-member-gone = Questo membro non c'è più: i suoi dati sono stati cancellati.

## La scheda di un membro

records-card =
    🪪 <b>{ $name }</b> · { $band } · { $city }
    Lingua: { $speaks } · con noi dal { $since } · { $role }

    <b>Consensi</b>
    { $consents }

    ⚠️ Avvisi e sanzioni: { $sanctions } ({ $in_force } in corso)
    🚩 Segnalazioni su { $name }: { $about_open ->
        [one] 1 aperta
       *[other] { $about_open } aperte
    }, { $about_closed ->
        [one] 1 chiusa
       *[other] { $about_closed } chiuse
    } · fatte da { $name }: { $by }
    🧩 Progetti: { $projects } · 📅 Eventi: { $events }
records-language-it = italiano
records-language-en = inglese
records-role-member = membro
records-role-admin = admin
records-role-moderator = moderazione
records-role-coordinator = coordinamento
records-consent-line = • { $purpose }: { $on ->
        [yes] ✅ sì
       *[no] ❌ no
    } — { $who }
records-consent-never = mai risposto
records-consent-by-member = scelto dal membro
records-consent-by-guardian-paper = dato da un genitore su carta
records-consent-by-guardian-checked = dato da un genitore, controllato da chi modera
records-consent-by-guardian-unchecked = dato da un genitore, non ancora controllato
records-back = ⬅️ Torna alla scheda
records-section-sanctions = ⚠️ Sanzioni
records-section-reports = 🚩 Segnalazioni
records-section-projects = 🧩 Progetti
records-section-events = 📅 Eventi
records-section-log = 📜 Registro su { $name }
records-section-older = …e altri { $count } più vecchi: la scheda mostra i 20 più recenti.
records-section-empty = Niente qui.
records-heading-sanctions =
    ⚠️ <b>Avvisi e sanzioni di { $name }</b>, dai più recenti
    { $lines }
records-heading-reports =
    🚩 <b>Segnalazioni su { $name } e fatte da { $name }</b>
    { $lines }
records-heading-projects =
    🧩 <b>Candidature di { $name }</b>, dalle più recenti
    { $lines }
records-heading-events =
    📅 <b>Risposte di { $name } agli eventi</b>, dagli ultimi
    { $lines }
records-sanction-line = • { $kind } · { $at }{ $extra } · { $by } · { $state ->
        [counted] ha portato al silenzio automatico del { $lifted_at }
        [lifted] tolta { $lifted_by } il { $lifted_at }
        [in-force] in corso
       *[over] finita
    }
records-by = da { $who }
records-by-bot = dal bot
records-by-flood = dal bot, in automatico: troppi messaggi di fila
records-by-warn_limit = dal bot, in automatico: troppi avvisi
records-sanction-until = {" "}→ { $until }
records-sanction-reason = {" "}· “{ $reason }”
records-sanction-warn = avviso
records-sanction-mute = silenziato/a
records-sanction-ban = bannato/a
records-sanction-kick = tolto/a da un gruppo
records-reports-counts = Su { $name }: aperte { $about_open }, chiuse { $about_closed } · Fatte da { $name }: aperte { $by_open }, chiuse { $by_closed }
records-report-line = • n. { $number } · { $at } · { $about ->
        [yes] su { $name }
       *[no] fatta da { $name }
    } · { $category } · { $state ->
        [open] aperta
        [dismissed] ignorata da { $handler }
       *[handled] gestita da { $handler }{ $outcome }
    }
records-report-outcome-warn = : un avviso
records-report-outcome-mute = : silenziato/a
records-report-outcome-ban = : bannato/a
records-report-open = 🚩 n. { $number }
records-reports-older = …e { $count } più vecchie.
records-report-bullying = bullismo
records-report-harassment = molestie
records-report-safety = sicurezza
records-report-spam = spam
records-report-other = altro
records-application-line = • “{ $title }” — { $status } · { $at }
records-application-invited = invitato/a, non ha ancora risposto
records-application-applied = aspetta una risposta
records-application-accepted = partecipa
records-application-declined = non accettato/a
records-application-withdrawn = si è ritirato/a
records-application-left = ha lasciato
records-application-invite_declined = ha rifiutato l'invito
records-answer-line = • “{ $title }” · { $at } — { $answer }{ $cancelled ->
        [yes] {" "}(evento annullato)
       *[no] {""}
    }
records-answer-going = ci va
records-answer-maybe = forse
records-answer-no = non può
records-answer-waitlist = in lista d'attesa
records-answer-offered = ha un posto offerto

## Referenti per la tutela, in /staff

records-leads = 🛡️ { $count ->
        [one] Referente per la tutela: { $names }. Le segnalazioni arrivano a questa persona: per farle sapere qualcosa, usa /report.
       *[other] Referenti per la tutela: { $names }. Le segnalazioni arrivano a queste persone: per far sapere loro qualcosa, usa /report.
    }
records-leads-none = 🛡️ Non c'è ancora un referente per la tutela: lo aggiunge un'admin nelle impostazioni del bot.
records-lead-not-started = un referente che non ha ancora avviato il bot
