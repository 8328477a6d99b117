# Co-coordinatori: chi viene aggiunto a un progetto, chi decide le candidature, chi cambia un evento.
cocoord-added = 🤝 { $who ->
        [admin] Un amministratore
       *[staff] { $name }
    } ti ha aggiunto tra i coordinatori di «{ $title }». Da ora ricevi anche tu le candidature del progetto e i messaggi dei partecipanti, e vedi i suoi eventi in /manageevents.
cocoord-step-down = 🙅 Non fa per me
cocoord-step-down-confirm = Vuoi lasciare «{ $title }»? Non riceverai più le sue candidature né i messaggi dei partecipanti. Gli altri coordinatori verranno avvisati.
cocoord-step-down-yes = Sì, lascio il progetto
cocoord-step-down-no = No, resto
cocoord-stays = 👍 Resti in «{ $title }»: candidature e messaggi arrivano anche a te. Se cambi idea, apri il progetto da /myprojects e tocca 🙅 Lascia il progetto.
cocoord-stepped-down = 👋 Fatto: non coordini più «{ $title }». Gli altri coordinatori sono stati avvisati.
cocoord-last-coordinator = Sei l'unico coordinatore di «{ $title }»: un progetto ne ha sempre almeno uno. Se vuoi fermarlo, chiudilo da /myprojects.
cocoord-not-on-team = Non fai più parte di questo progetto: non c'è niente da fare.
cocoord-told-stepped-down = 👋 { $who ->
        [admin] Un amministratore
       *[staff] { $name }
    } ha lasciato il coordinamento di «{ $title }».
cocoord-stamp-accepted = ✅ Accettata da { $who ->
        [admin] un amministratore
       *[staff] { $name }
    } · { $time }
cocoord-stamp-declined = ✖️ Rifiutata da { $who ->
        [admin] un amministratore
       *[staff] { $name }
    } · { $time }
cocoord-already-accepted = Questa candidatura è già stata accettata da { $who ->
        [admin] un amministratore
       *[staff] { $name }
    }: non serve altro.
cocoord-already-declined = Questa candidatura è già stata rifiutata da { $who ->
        [admin] un amministratore
       *[staff] { $name }
    }: non serve altro.
cocoord-no-longer = Non coordini più «{ $title }»: questa candidatura ora la gestiscono gli altri coordinatori.
cocoord-event-changed = ✏️ { $who ->
        [admin] Un amministratore
       *[staff] { $name }
    } ha modificato l'evento «{ $title }». Lo trovi in /manageevents.
cocoord-event-cancelled = 🚫 { $who ->
        [admin] Un amministratore
       *[staff] { $name }
    } ha annullato l'evento «{ $title }»: chi aveva risposto riceve l'avviso.
cocoord-taken-off = { $who ->
        [admin] Un amministratore
       *[staff] { $name }
    } ti ha tolto dai coordinatori di «{ $title }»: le candidature e i messaggi di «{ $title }» ora vanno agli altri coordinatori. Grazie per l'aiuto!
modlog-do-project-cocoordinator_added = { $who } ha aggiunto { $whom } ai coordinatori di un progetto
modlog-do-project-cocoordinator_removed = { $who } ha tolto { $whom } dai coordinatori di un progetto
modlog-do-project-stepped_down = { $who } ha lasciato il coordinamento di un progetto
sandbox-role-giorgio = coordinatore, ancora su nessun progetto (Emma può aggiungerlo)
review-card-withdrawn = ↩️ Ritirata da chi si era candidato · { $time }
cocoord-added-team = 👥 Lo coordini con { $team }.
cocoord-leave-project = 🙅 Lascia il progetto
cocoord-an-admin = un amministratore
cocoord-admin-name = { $name } (admin)
cocoord-and = { $first } e { $last }
cocoord-colleague-left = 👋 { $name } non fa più parte dello staff: ora «{ $title }» lo coordini tu. Le candidature e i messaggi del progetto arrivano a te.
cocoord-colleague-left-team = 👋 { $name } non fa più parte dello staff: ora «{ $title }» lo coordini con { $team }.
cocoord-preview-team = 🤝 Altri coordinatori: { $team }
cocoord-preview-team-none = 🤝 Altri coordinatori: nessuno
demote-projects-alone = ⚠️ Questi progetti resterebbero senza coordinatori:
    { $titles }
    Le loro candidature arriverebbero agli admin finché qualcuno non li prende.
demote-projects-left = ⚠️ Senza { $name }, questi progetti non hanno più coordinatori:
    { $titles }
    Le candidature arrivano agli admin. Prendili tu con il pulsante: li trovi poi in /myprojects, dove puoi aggiungere un coordinatore (✏️ Modifica › ✏️ Coordinatori) o chiuderli.
demote-take-on = 🙋 Li prendo io
demote-take-on-none = Questi progetti hanno già chi li coordina: non serve altro.
demote-taken-on = ✅ Ora coordini tu:
    { $titles }
    Li trovi in /myprojects: da lì aggiungi un coordinatore (✏️ Modifica › ✏️ Coordinatori) o li chiudi.
modlog-do-project-taken_on = { $who } ha preso un progetto rimasto senza coordinatori
