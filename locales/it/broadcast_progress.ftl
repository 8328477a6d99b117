# The sender's status message of a broadcast, its final report, and /broadcasts.

broadcast-progress-title-running = 📣 <b>Sto inviando il tuo annuncio</b>
broadcast-progress-title-waiting = 📣 <b>Annuncio inviato</b> (alcune copie partono più tardi)
broadcast-progress-title-final = ✅ <b>Annuncio inviato</b>
broadcast-progress-title-cancelled = ✋ <b>Invio fermato</b>
broadcast-progress-what = «{ $preview }»
broadcast-progress-what-event = Nuovo evento: «{ $preview }»
broadcast-progress-what-photo = Una foto
broadcast-progress-what-document = Un documento
broadcast-progress-bar = { $bar } { $percent }%
broadcast-progress-sent-of = Inviato a { $sent } su { $total }
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
    [one] 1 forse è arrivata: per sicurezza non l'abbiamo rimandata
   *[other] { $count } forse sono arrivate: per sicurezza non le abbiamo rimandate
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
broadcast-progress-held-gone = ✅ Le copie che aspettavano la fine delle ore di quiete ({ $count }) sono partite. Ora l'annuncio è arrivato a { $sent } persone: il resoconto è in /broadcasts.
button-broadcast-stop = ✋ Ferma l'invio
button-broadcast-csv = 📄 Chi non l'ha ricevuto (CSV)
