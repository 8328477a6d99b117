## Presenze: dopo un evento chi lo organizza segna chi è venuto (e le ore di ciascuno)
attendance-ask = ⏰ «{ $title }» ({ $when }) è finito: chi è venuto?
    Segna le presenze: a chi è venuto vanno le ore dell'evento. Puoi correggere per 14 giorni.
attendance-open = 📋 Segna le presenze
attendance-heading = 📋 <b>Chi è venuto a «{ $title }»</b> · { $when }
attendance-count = ✅ Segnati: { $marked } · { $going ->
        [one] 1 aveva detto «Vengo»
       *[other] { $going } avevano detto «Vengo»
    }
attendance-page = Pagina { $page } di { $pages }
attendance-unnamed = { $count ->
        [one] 1 altra persona aveva detto «Vengo», ma non posso ancora mostrarti il nome (il consenso di un genitore è in verifica).
       *[other] Altre { $count } persone avevano detto «Vengo», ma non posso ancora mostrarti i nomi (il consenso di un genitore è in verifica).
    }
attendance-how = Tocca un nome per segnarlo (o toglierlo). Ognuno riceve le ore dell'evento; per cambiarle: ⏱️ Ore.
attendance-nobody-going = Nessuno aveva detto «Vengo». È venuto qualcuno lo stesso? Tocca ➕ Aggiungi chi è venuto.
attendance-closed-since = 🔒 Le correzioni sono chiuse dal { $when }: puoi solo guardare e scaricare l'elenco.
attendance-person-off = ⬜ { $name }
attendance-person-on = ✅ { $name } · { $hours }
attendance-all = ✅ Tutti
attendance-add = ➕ Aggiungi chi è venuto
attendance-hours-button = ⏱️ Ore
attendance-file-csv = 📄 CSV
attendance-file-xlsx = 📥 Excel
attendance-ended-back = ⬅️ Eventi finiti
attendance-back = ⬅️ Torna all'elenco
attendance-all-done = { $count ->
        [0] Erano già tutti segnati.
        [one] Segnata 1 persona.
       *[other] Segnate { $count } persone.
    }
attendance-already = Era già così: non ho cambiato niente.
attendance-gone = Questa persona non fa più parte della comunità: l'ho tolta dall'elenco.
attendance-not-addable = Qui puoi aggiungere solo chi ha risposto all'evento (o a un'altra data della serie), chi partecipa al progetto o chi trovi per nome tra quelli a cui l'evento è rivolto.
attendance-not-ended = L'evento non è ancora finito: potrai segnare le presenze dopo la fine ({ $when }).
attendance-not-yours = Questo elenco è di chi organizza l'evento.
attendance-cancelled = Questo evento è stato annullato: non ci sono presenze da segnare.
attendance-closed = 🔒 Sono passati più di 14 giorni dalla fine: le correzioni sono chiuse.
attendance-add-heading = ➕ <b>Chi altro è venuto a «{ $title }»?</b>
    Qui ci sono quelli che hanno risposto in un altro modo (anche a un'altra data della serie) e chi partecipa al progetto. Tocca un nome per segnarlo, o cercalo con 🔎.
attendance-add-none = ➕ Nessun altro ha risposto a «{ $title }» o alle altre date. È venuto qualcuno? Tocca 🔎 Scrivi un nome e cercalo.
attendance-add-none-single = ➕ Nessun altro ha risposto a «{ $title }». È venuto qualcuno? Tocca 🔎 Scrivi un nome e cercalo.
attendance-add-maybe = { $name } · forse
attendance-add-no = { $name } · non poteva
attendance-add-waitlist = { $name } · in lista d'attesa
attendance-add-offered = { $name } · posto offerto
attendance-add-participant = { $name } · nel progetto
attendance-hours-heading = ⏱️ <b>Ore a «{ $title }»</b>
    Di chi vuoi cambiare le ore? (All'inizio ognuno ha le ore dell'evento.)
attendance-hours-ask = ⏱️ Quante ore ha dato { $name }? Scegli qui sotto o scrivile (per esempio 2, 1,5, 1.30 per un'ora e mezza, 1h30 o 90 min).
attendance-hours-bad = Non ho capito quante ore. Scrivi per esempio 2, 1,5, 1.30, 1h30 o 90 min (da 5 minuti a 24 ore), oppure /cancel.
attendance-hours-saved = ✅ { $name }: { $hours }.
attendance-not-marked = Questa persona non è più segnata come venuta: segnala di nuovo, poi cambia le ore.
attendance-hours-unclear = 🤔 «{ $typed }»: non capisco quante ore sono. Per un'ora e tre quarti scrivi 1.45 (ore e minuti) oppure 1 h 45 min; per un'ora e mezza, 1.30 oppure 1,5.
attendance-hours-sure = { $name }: { $hours }, ma l'evento è durato { $lasted }. Confermi?
attendance-hours-sure-yes = ✅ Sì, { $hours }
attendance-hours-again = ✏️ Riscrivi
attendance-long-event = 🏕️ Un evento lungo: ognuno riceve 8 h al giorno, { $hours } in tutto. Puoi cambiare le ore di chiunque con ⏱️ Ore.
attendance-ended-button = 📋 Eventi finiti: presenze
attendance-ended-heading = 📋 <b>Eventi finiti negli ultimi 90 giorni</b> ({ $count }). Toccane uno per segnare chi è venuto (per 14 giorni dalla fine) o per scaricare l'elenco.
attendance-ended-none = Nessun tuo evento è finito negli ultimi 90 giorni.
attendance-ended-item = { $title } · { $when } · ✅ { $marked }
attendance-project-xlsx = 📥 Presenze (Excel)
attendance-project-csv = 📄 Presenze (CSV)
attendance-file-none = 📋 Nessuno è ancora segnato come venuto: non c'è un elenco da scaricare.
attendance-file-hours = { NUMBER($hours, maximumFractionDigits: 2) }
attendance-file-added = aggiunto
attendance-column-name = Nome
attendance-column-age = Età
attendance-column-hours = Ore
attendance-column-added = Senza aver risposto «Vengo»
attendance-column-event = Evento
attendance-column-date = Data
attendance-column-total = Totale per persona
attendance-file-events = { $count ->
        [one] 1 evento
       *[other] { $count } eventi
    }
attendance-file-caption = 📋 Chi è venuto a «{ $title }»: { $count ->
        [one] 1 persona
       *[other] { $count } persone
    }, { NUMBER($hours, maximumFractionDigits: 2) } ore in tutto. Solo nomi, fasce d'età e ore: niente username né contatti. Cancella il file quando non ti serve più.
attendance-project-caption = 📋 Presenze di «{ $title }»: { $events ->
        [one] 1 evento
       *[other] { $events } eventi
    }, { $people ->
        [one] 1 persona
       *[other] { $people } persone
    }, e in fondo il totale per persona. Solo nomi, fasce d'età e ore. Cancella il file quando non ti serve più.
export-file-came = presenze-{ $slug }-{ $date }.{ $extension }
export-file-project-came = presenze-progetto-{ $slug }-{ $date }.{ $extension }
modlog-do-attendance-marked = { $who } ha segnato una presenza a un evento
modlog-do-attendance-unmarked = { $who } ha tolto una presenza a un evento
modlog-do-attendance-hours_set = { $who } ha cambiato le ore di una presenza
modlog-do-attendance-exported = { $who } ha scaricato l'elenco delle presenze
modlog-do-attendance-searched = { $who } ha cercato per nome chi è venuto a un evento
attendance-already-marked = { $name } è già segnato: non ho cambiato niente.
attendance-already-unmarked = { $name } non è segnato: non ho cambiato niente.
attendance-add-series = { $name } · a un'altra data
attendance-find = 🔎 Scrivi un nome
attendance-find-again = 🔎 Cerca un altro nome
attendance-find-ask = 🔎 Chi è venuto a «{ $title }»? Scrivimi l'inizio del suo nome (per esempio «Nico»), oppure /cancel.
attendance-find-none = Non trovo nessuno il cui nome inizi con «{ $typed }» tra quelli a cui l'evento è rivolto. Prova con meno lettere, oppure /cancel.
attendance-find-short = Scrivi almeno due lettere del nome (per esempio «Lu» per Luca), oppure /cancel.
attendance-found-heading = 🔎 Chi si chiama «{ $typed }…»? Tocca un nome per segnarlo come venuto.
attendance-found-more = Sono più di { $count }: scrivi qualche lettera in più per trovarlo.
attendance-found = { $name } · { $band }
attendance-closed-nobody = Nessuno è stato segnato come venuto.
attendance-file-none-closed = 📋 Nessuno è stato segnato come venuto: non c'è un elenco da scaricare.
