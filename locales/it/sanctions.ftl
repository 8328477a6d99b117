# Group moderation: the commands, what the bot says in the community group (in the group's
# language, DEFAULT_LANGUAGE), and what the member is told in private.

command-warn = Avvisa un membro (rispondi al suo messaggio; il motivo si vede nel gruppo)
command-unwarn = Togli l'ultimo avviso di un membro
command-warns = Gli avvisi attivi di un membro
command-mute = Silenzia un membro: /mute 2h motivo
command-unmute = Ridai la parola a un membro
command-ban = Allontana un membro: /ban 3d motivo
command-unban = Permetti a un membro di rientrare
command-kick = Togli un membro dal gruppo (può rientrare)
command-del = Cancella il messaggio a cui rispondi

## How long: `amount` of `unit` (w, d, h, m)
sanction-span = { $unit ->
    [w] { $amount ->
        [one] 1 settimana
       *[other] { $amount } settimane
    }
    [d] { $amount ->
        [one] 1 giorno
       *[other] { $amount } giorni
    }
    [h] { $amount ->
        [one] 1 ora
       *[other] { $amount } ore
    }
   *[m] { $amount ->
        [one] 1 minuto
       *[other] { $amount } minuti
    }
}

## In the group
sanctions-private = Questo comando si usa nel gruppo della community: rispondi al messaggio della persona con il comando.
sanctions-not-community = Qui non modero: lo faccio solo nei gruppi della community.
sanctions-not-allowed = Solo i moderatori e gli amministratori del gruppo possono usare questo comando.
sanctions-reply-needed = Rispondi al messaggio della persona con /{ $command }, poi scrivi il motivo se vuoi (lo vedono tutti nel gruppo).
sanctions-reply-needed-span = Rispondi al messaggio della persona con /{ $command }, poi la durata se vuoi (10m, 2h, 3d, 1w) e il motivo (lo vedono tutti nel gruppo).
sanctions-is-bot = Non posso farlo a me stesso 🙂
sanctions-is-self = Non puoi farlo a te stesso.
sanctions-higher-rank = Non posso: { $name } è amministratore o ha un ruolo uguale o più alto del tuo.
sanctions-not-a-person = Quel messaggio è di un canale o di un amministratore anonimo: non posso farlo.
sanctions-not-in-group = { $name } non è nel gruppo.
sanctions-bot-lacks = Non posso: mi manca il permesso «{ $right }» in questo gruppo. Chi ha creato il gruppo può darmelo in Amministratori.
right-can_restrict_members = Bloccare utenti
right-can_delete_messages = Eliminare messaggi
sanctions-span-not-a-span = Non capisco la durata «{ $typed }». Scrivi ad esempio 10m, 2h, 3d o 1w (minuti, ore, giorni, settimane). Senza durata vale finché un moderatore non lo toglie.
sanctions-span-not-positive = La durata deve essere più di zero: ad esempio 10m o 2h.
sanctions-span-too-short = La durata più corta è 1 minuto: ad esempio 10m.
sanctions-span-too-long = Al massimo 366 giorni. Per «finché non lo togliamo», non scrivere la durata.
sanctions-reason = Motivo: { $reason }
sanctions-warned = ⚠️ { $name } ha ricevuto un avviso ({ $count } su { $limit }).
sanctions-warned-muted = 🔇 { $name } ha raggiunto { $limit } avvisi: non può scrivere per { $span }.
sanctions-muted = 🔇 { $name } non può scrivere per { $span }.
sanctions-muted-forever = 🔇 { $name } non può scrivere finché un moderatore non glielo permette.
sanctions-banned = 🚫 { $name } è fuori dal gruppo per { $span }.
sanctions-banned-forever = 🚫 { $name } è fuori dal gruppo finché un moderatore non lo permette.
sanctions-kicked = 👋 { $name } è fuori dal gruppo; può rientrare con il link.
sanctions-flooded = 🔇 { $name } ha mandato tanti messaggi di fila: non può scrivere per { $span }.
sanctions-unwarned = ↩️ Tolto l'ultimo avviso di { $name } (attivi: { $count }).
sanctions-unmuted = 🔊 { $name } può di nuovo scrivere.
sanctions-unbanned = ✅ { $name } può rientrare nel gruppo, se vuole.
sanctions-already-warn = { $name } non ha avvisi attivi.
sanctions-already-mute = { $name } può già scrivere.
sanctions-already-ban = { $name } non è bloccato.
sanctions-warns-none = { $name } non ha avvisi attivi.
sanctions-warns = ⚠️ Avvisi attivi di { $name }: { $count } su { $limit }.
sanctions-warns-line = • { $reason } (scade il { $expires })
sanctions-no-reason = senza motivo
sanctions-undo-warn = ↩️ Togli l'avviso
sanctions-undo-mute = 🔊 Ridai la parola
sanctions-undo-ban = ✅ Fai rientrare
sanctions-undone = ↩️ Annullato da un moderatore.
sanctions-undo-refused = Solo i moderatori e gli amministratori del gruppo possono farlo.
sanctions-undo-already = Era già stato tolto o era finito.

## In private, to the member
sanction-notice-warn = ⚠️ Ciao! Hai ricevuto un avviso nel gruppo «{ $group }» ({ $count } su { $limit }). Al { $limit }° avviso non potrai scrivere lì per { $span }. Ogni avviso vale { $expiry }.
sanction-notice-warn-mute = 🔇 Ciao! Con questo sono { $limit } avvisi nel gruppo «{ $group }»: non potrai scrivere lì fino a { $until }. Poi potrai scrivere di nuovo, e gli avvisi ripartono da zero.
sanction-notice-mute = 🔇 Ciao! Non potrai scrivere nel gruppo «{ $group }» fino a { $until }. Poi potrai scrivere di nuovo.
sanction-notice-mute-forever = 🔇 Ciao! Non potrai scrivere nel gruppo «{ $group }» finché un moderatore non te lo permette di nuovo.
sanction-notice-ban = 🚫 Ciao! Sei fuori dal gruppo «{ $group }» fino a { $until }. Poi potrai rientrare con il link.
sanction-notice-ban-forever = 🚫 Ciao! Sei fuori dal gruppo «{ $group }» finché un moderatore non ti permette di rientrare.
sanction-notice-kick = 👋 Ciao! Un moderatore ti ha tolto dal gruppo «{ $group }». Puoi rientrare con il link quando vuoi, rispettando le regole.
sanction-notice-flood = 🔇 Ciao! Hai mandato tanti messaggi di fila nel gruppo «{ $group }»: non potrai scrivere lì fino a { $until }. Non è grave: serve a tenere la chat leggibile per tutti.
sanction-notice-lifted-warn = ✅ Un moderatore ha tolto un tuo avviso nel gruppo «{ $group }».
sanction-notice-lifted-mute = 🔊 Puoi di nuovo scrivere nel gruppo «{ $group }».
sanction-notice-lifted-ban = ✅ Puoi rientrare nel gruppo «{ $group }» con il link, quando vuoi.
sanction-notice-reason = Motivo: { $reason }
sanction-notice-appeal = Se pensi che sia un errore, scrivi /appeal: un moderatore lo rileggerà con calma.

## /mydata: the member's own sanctions
mydata-sanctions = ⚖️ <b>Avvisi e blocchi nei gruppi</b> ({ $count })
mydata-sanction = • { $kind }, { $date }: { $state }. Motivo: { $reason }
sanction-kind-warn = Avviso
sanction-kind-mute = Silenzio
sanction-kind-ban = Ban
sanction-kind-kick = Uscita forzata
mydata-sanction-until = fino al { $until }
mydata-sanction-forever = finché un moderatore non lo toglie
mydata-sanction-lifted = tolto
mydata-sanction-over = finito
mydata-sanction-counted = contato nel silenzio
mydata-sanction-replaced = sostituito da uno nuovo
