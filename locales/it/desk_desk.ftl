## The coordinator's desk: counts, applications waiting, publishing all drafts, paged lists

desk-projects = 📋 <b>I tuoi progetti</b> ({ $count }){ $pages ->
        [1] {""}
       *[other] {" "}· pagina { $page } di { $pages }
    }
    { $lines }

    Tocca un progetto per aprirlo.
desk-project-line = { $number }. <b>{ $title }</b> · { $status }{ $shared ->
        [yes] {" "}🤝
       *[no] {""}
    }
    {"   "}{ $waiting ->
        [0] {""}
       *[other] ⏳ { $waiting } in attesa ·{" "}
    }👥 { $taken } su { $places } · { $left ->
        [0] completo
        [one] 1 posto libero
       *[other] { $left } posti liberi
    }
desk-shared-legend = 🤝 = lo gestisci insieme ad altri coordinatori
desk-project-status = Stato: <b>{ $status }</b> · partecipanti { $taken } su { $places }{ $waiting ->
        [0] {""}
       *[other] {" "}· ⏳ <b>{ $waiting } in attesa</b>
    }
desk-coordinators = 👥 Coordinatori: { $names }
desk-coordinator-admin = { $name } (admin)
desk-coordinator-an-admin = un admin
desk-participants = 👥 <b>{ $title }</b>: { $count ->
        [0] ancora nessun partecipante.
        [one] un partecipante
       *[other] { $count } partecipanti
    }
    { $lines }
desk-participant = • { $name }
desk-participant-by-you = • { $name } — candidatura accettata da te
desk-participant-by = • { $name } — candidatura accettata da { $who ->
        [admin] un admin
       *[staff] { $by }
    }
desk-back-to-project = ◀ Torna al progetto
desk-team-published = 🚀 { $who ->
        [admin] Un admin
       *[staff] { $name }
    } ha pubblicato «{ $title }».
desk-team-reopened = ▶️ { $who ->
        [admin] Un admin
       *[staff] { $name }
    } ha riaperto «{ $title }».
desk-team-paused = ⏸️ { $who ->
        [admin] Un admin
       *[staff] { $name }
    } ha messo in pausa «{ $title }».
desk-team-closed = 🔒 { $who ->
        [admin] Un admin
       *[staff] { $name }
    } ha chiuso «{ $title }».
desk-team-many = 🚀 { $who ->
        [admin] Un admin
       *[staff] { $name }
    } ha pubblicato { $count } progetti che gestite insieme:
    { $titles }
desk-project-changed = Il progetto è cambiato nel frattempo: eccolo com'è ora.
desk-project-now = «{ $title }» ora è { $status }: lo trovi in /myprojects.
desk-waiting-button = { $count ->
        [one] ⏳ 1 candidatura in attesa
       *[other] ⏳ { $count } candidature in attesa
    }
desk-waiting-line = { $count ->
        [one] ⏳ <b>1 candidatura</b> aspetta la tua risposta.
       *[other] ⏳ <b>{ $count } candidature</b> aspettano la tua risposta.
    }
desk-waiting-reminder = { $count ->
        [one] In tutto 1 candidatura aspetta una risposta: eccola nella lista.
       *[other] In tutto { $count } candidature aspettano una risposta nei tuoi progetti: le trovi tutte nella lista, dalla più vecchia.
    }
desk-waiting-open = ⏳ Apri la lista
desk-waiting-page = ⏳ <b>In attesa</b> · { $number } di { $count } (dalla più vecchia) · arrivata il { $day }
desk-waiting-none = ✅ Nessuna candidatura in attesa, per ora.
desk-waiting-next = Prossima ▶
desk-waiting-previous = ◀ Precedente
desk-waiting-after = ▶ Prossima ({ $count } in attesa)
desk-publish-all-button = 🚀 Pubblica tutte le bozze ({ $count })
desk-publish-all-preview = 🚀 <b>Pubblicare { $count ->
        [one] 1 bozza
       *[other] { $count } bozze
    }?</b>
    { $titles }

    { $count ->
        [one] I ragazzi adatti lo vedranno subito in /projects. Potrai sempre metterlo in pausa.
       *[other] I ragazzi adatti li vedranno subito in /projects. Potrai mettere in pausa ciascuno, uno per uno.
    }
desk-publish-all-late = ⚠️ Queste non si possono pubblicare, la scadenza per candidarsi è passata (cambiala con ✏️ Modifica):
    { $titles }
desk-publish-all-none = Nessuna bozza da pubblicare.
desk-publish-all-yes = ✅ Sì, pubblica { $count ->
        [one] 1 progetto
       *[other] { $count } progetti
    }
desk-publish-all-cancel = ✖️ Annulla
desk-publish-all-cancelled = Va bene: nulla è stato pubblicato.
desk-publish-all-done = 🚀 <b>{ $count ->
        [one] Pubblicato 1 progetto
       *[other] Pubblicati { $count } progetti
    }</b>:
    { $titles }

    { $count ->
        [one] Uscito per sbaglio? Mettilo in pausa con il pulsante qui sotto.
       *[other] Uno è uscito per sbaglio? Sceglilo qui sotto per metterlo in pausa.
    }
desk-publish-all-choose = ⏸️ Scegli quale mettere in pausa
desk-publish-all-which = ⏸️ <b>Quale metti in pausa?</b> I tuoi progetti pubblicati, dal più recente. Potrai riaprirlo da /myprojects.
desk-publish-all-none-out = Nessun progetto pubblicato da mettere in pausa.
desk-publish-all-pause = ⏸️ { $title }
desk-publish-all-paused = ⏸️ In pausa: { $title }
desk-title-line = • { $title }
desk-title-line-paused = • { $title } (⏸️ in pausa)
desk-page-heading =
    { $heading }
    📄 pagina { $page } di { $pages }
