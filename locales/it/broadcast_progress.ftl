# The sender's status message of a broadcast, its final report, and /broadcasts.

broadcast-progress-title-running = 📣 <b>Sto inviando l'annuncio n. { $number }</b>
broadcast-progress-title-waiting = ⏳ <b>Annuncio n. { $number }</b>
broadcast-progress-title-final = ✅ <b>Annuncio n. { $number } inviato</b>
broadcast-progress-title-nobody = ⚠️ <b>Annuncio n. { $number }: non è arrivato a nessuno</b>
broadcast-progress-title-cancelled = ✋ <b>Annuncio n. { $number } fermato</b>
# Some sent, the rest wait for quiet hours: the same words in the status message and /broadcasts.
broadcast-waiting = { $sent ->
        [0] 🌙
        [one] 📣 1 inviato ·
       *[other] 📣 { $sent } inviati ·
    } { $held ->
        [one] 1 parte { $at }
       *[other] { $held } partono { $at }
    } (ore di quiete per i minorenni)
broadcast-progress-what = «{ $preview }»
broadcast-progress-what-event = Nuovo evento: «{ $preview }»
broadcast-progress-what-event-card = La scheda dell'evento «{ $title }»
broadcast-progress-what-event-card-gone = La scheda di un evento che non c'è più
broadcast-progress-what-photo = Una foto
broadcast-progress-what-document = Un documento
broadcast-progress-bar = { $bar } { $percent }%{ $held ->
        [0] {""}
       *[other] {" "}· { $held } in attesa
    }
broadcast-progress-sent-of = { $sent ->
        [0] Non ancora inviato a nessuno (su { $total })
       *[other] Inviato a { $sent } su { $total }
    }
broadcast-progress-lost = { $count ->
    [one] 1 non si può più raggiungere (ha bloccato il bot o ha spento gli annunci dopo l'anteprima)
   *[other] { $count } non si possono più raggiungere (hanno bloccato il bot o spento gli annunci dopo l'anteprima)
}
broadcast-progress-sent = { $count } inviati
broadcast-progress-held = { $count ->
    [one] 1 aspetta
   *[other] { $count } aspettano
} { $until } (ore di quiete per chi ha meno di 18 anni)
broadcast-progress-blocked = { $count ->
    [one] 1 ha bloccato il bot o non si può raggiungere
   *[other] { $count } hanno bloccato il bot o non si possono raggiungere
}
broadcast-progress-switched_off = { $count ->
    [one] 1 ha spento gli annunci nel frattempo
   *[other] { $count } hanno spento gli annunci nel frattempo
}
broadcast-progress-failed = { $count ->
    [one] 1 copia non è partita: Telegram non l'ha accettata
   *[other] { $count } copie non sono partite: Telegram non le ha accettate
}
broadcast-progress-unknown = { $count ->
    [one] 1 copia forse è arrivata: per sicurezza non l'abbiamo rimandata
   *[other] { $count } copie forse sono arrivate: per sicurezza non le abbiamo rimandate
}
broadcast-progress-gone = { $count ->
    [one] 1 ha lasciato la comunità
   *[other] { $count } hanno lasciato la comunità
}
broadcast-progress-cancelled = { $count ->
    [one] 1 non inviata perché l'invio è stato fermato
   *[other] { $count } non inviate perché l'invio è stato fermato
}
broadcast-progress-until-today = fino alle { $time }
broadcast-progress-until-tomorrow = fino a domani alle { $time }
broadcast-progress-until-day = fino a { $when }
broadcast-progress-at-today = alle { $time }
broadcast-progress-at-tomorrow = domani alle { $time }
broadcast-progress-at-day = { $when }
broadcast-progress-left-unknown = Sto calcolando quanto manca…
broadcast-progress-left-under-minute = Manca meno di un minuto.
broadcast-progress-left-minutes = { $count ->
    [one] Manca circa un minuto.
   *[other] Mancano circa { $count } minuti.
}
broadcast-progress-left-hours = { $count ->
    [one] Manca circa un'ora.
   *[other] Mancano circa { $count } ore.
}
broadcast-progress-held-gone = ✅ Annuncio n. { $number } («{ $what }»): { $count ->
        [one] la copia che aspettava la fine delle ore di quiete è partita.
       *[other] le { $count } copie che aspettavano la fine delle ore di quiete sono partite.
    } Ora è arrivato a { $sent ->
        [one] 1 persona
       *[other] { $sent } persone
    }: il resoconto è in /broadcasts.
button-broadcast-stop = ✋ Ferma l'invio
button-broadcast-stop-held = { $count ->
    [one] ✋ Non mandare quello in attesa
   *[other] ✋ Non mandare i { $count } in attesa
}
button-broadcast-csv = 📄 Chi non l'ha ricevuto (CSV)
modlog-do-broadcast-not_reached_read = { $who } ha scaricato l'elenco di chi non ha ricevuto un annuncio

# /broadcasts
command-broadcasts = I tuoi annunci: com'è andata, cambia o annulla (staff)
broadcasts-empty = 📣 Non ci sono ancora annunci. Scrivine uno con /broadcast.
broadcasts-heading = 📣 <b>I tuoi annunci</b> ({ $count }) · pagina { $page } di { $pages }
    Tocca un numero per vedere il resoconto o cambiarlo.
broadcasts-open = n. { $number }
broadcasts-heading-all = 📣 <b>Gli annunci di tutto lo staff</b> ({ $count }) · pagina { $page } di { $pages }
    Tocca un numero per vedere il resoconto o cambiarlo.
broadcasts-line = <b>n. { $number }</b> · { $day } · { $what }
    { $state }
broadcasts-state-awaiting_approval = ⏳ Aspetta l'ok di un moderatore
broadcasts-state-scheduled = 🗓 Parte { $when }
broadcasts-state-sending = 📤 In invio: { $sent } su { $total }
broadcasts-state-done = { $held ->
    [0] ✅ Inviato a { $sent } su { $total }
   *[other] ✅ Inviato a { $sent } su { $total } · { $held } in attesa delle ore di quiete
}
broadcasts-state-cancelled = ✋ Fermato · inviato a { $sent } su { $total }
broadcasts-state-rejected = ❌ Non approvato
broadcasts-detail-heading = 📣 <b>Annuncio n. { $number }</b>
broadcasts-detail-written = ✍️ Scritto { $day }
broadcasts-detail-went = 📤 Partito { $when }
broadcasts-detail-goes = 🗓 Parte { $when }, se approvato
broadcasts-rejected-why = Il motivo: «{ $reason }»
button-broadcast-time = 🕒 Cambia orario
button-broadcast-cancel = 🗑 Annulla
button-broadcast-withdraw = ↩️ Ritira
button-broadcasts-back = ⬅️ Tutti gli annunci
broadcasts-confirm-stop = ✋ Fermo l'invio? Chi l'ha già ricevuto lo tiene; agli altri non arriverà.
button-broadcasts-confirm-stop = ✋ Sì, ferma l'invio
broadcasts-confirm-cancel = 🗑 Annullo l'annuncio? Non partirà.
button-broadcasts-confirm-cancel = 🗑 Sì, annulla
button-broadcasts-keep = ⬅️ No, lascia com'è
broadcasts-stopok-done = ✋ Fatto: l'invio è fermo. Gli altri non lo riceveranno.
broadcasts-cancelok-done = 🗑 Fatto: l'annuncio è annullato e non partirà.
broadcasts-withdraw-done = ↩️ Fatto: l'hai ritirato, i moderatori non lo vedranno più.
broadcasts-ask-time = 🕒 Quando deve partire? Scrivi giorno e ora, per esempio <code>12/03 18:30</code>, <code>domani 18:30</code> o <code>sabato 10:00</code>. /cancel per lasciare com'è.
broadcasts-time-done = ✅ Fatto: partirà { $when }.
broadcasts-time-already = ℹ️ Non si può più cambiare: è già partito o è stato annullato.
broadcasts-time-not-allowed = ℹ️ Questo annuncio non è tuo da cambiare.
broadcasts-csv-nobody = ✅ L'hanno ricevuto tutti: non c'è nessuno da elencare.
broadcasts-csv-name = Nome
broadcasts-csv-reason = Perché non l'ha ricevuto
broadcasts-csv-file = annuncio-{ $day }-non-ricevuto.csv
broadcasts-csv-caption = 📄 Chi non ha ricevuto l'annuncio n. { $number } ({ $count }): nome e motivo. Si apre con Excel o Fogli.
broadcasts-reason-pending = Non ancora inviato
broadcasts-reason-sending = In invio
broadcasts-reason-held = Aspetta la fine delle ore di quiete
broadcasts-reason-blocked = Ha bloccato il bot o non si può raggiungere
broadcasts-reason-switched_off = Ha spento gli annunci
broadcasts-reason-failed = Telegram non l'ha accettato
broadcasts-reason-unknown = Forse è arrivato: non rimandato, per sicurezza
broadcasts-reason-gone = Ha lasciato la comunità
broadcasts-reason-cancelled = Invio fermato prima
broadcasts-reason-other = Non raggiunto
broadcasts-tag-sending = 📤 In invio adesso
broadcasts-tag-done = ✅ Invio finito
broadcasts-tag-cancelled = ✋ Fermato
broadcasts-state-unsent = ✋ Annullato prima di partire
broadcasts-already-cancelled = ℹ️ È già annullato.
broadcasts-stopok-already = ℹ️ L'invio era già stato fermato alle { $time }.
broadcasts-stopok-yours = ✋ Fatto: l'hai fermato tu alle { $time }. Gli altri non lo riceveranno.
broadcasts-already-sending = ℹ️ Sta già partendo: per fermarlo tocca «Ferma l'invio».
broadcasts-already-done = ℹ️ È già stato inviato: non c'è più niente da fermare o annullare.
broadcasts-already-changed = ℹ️ Nel frattempo è cambiato: qui sotto com'è ora.
broadcasts-no-longer-staff = ℹ️ Non fai più parte dello staff: /broadcasts e i suoi pulsanti non sono più per te.
