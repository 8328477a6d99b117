# Co-coordinatori: chi viene aggiunto a un progetto, chi decide le candidature, chi cambia un evento.
cocoord-added = 🤝 { $who ->
        [admin] Un amministratore
       *[staff] { $name }
    } ti ha aggiunto tra i coordinatori di «{ $title }». Da ora ricevi anche tu le sue candidature e i messaggi dei partecipanti, e vedi i suoi eventi in /manageevents.
cocoord-step-down = 🙅 Non fa per me
cocoord-step-down-confirm = Vuoi lasciare «{ $title }»? Non riceverai più le sue candidature né i messaggi dei partecipanti. Gli altri coordinatori verranno avvisati.
cocoord-step-down-yes = Sì, lascio il progetto
cocoord-step-down-no = No, resto
cocoord-stays = 👍 Resti in «{ $title }»: candidature e messaggi arrivano anche a te.
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
    } ti ha tolto dai coordinatori di «{ $title }»: le sue candidature e i suoi messaggi ora vanno agli altri. Grazie per l'aiuto!
modlog-do-project-cocoordinator_added = { $who } ha aggiunto { $whom } ai coordinatori di un progetto
modlog-do-project-cocoordinator_removed = { $who } ha tolto { $whom } dai coordinatori di un progetto
modlog-do-project-stepped_down = { $who } ha lasciato il coordinamento di un progetto
sandbox-role-giorgio = coordinatore, ancora su nessun progetto (Emma può aggiungerlo)
review-card-withdrawn = ↩️ Ritirata da chi si era candidato · { $time }
