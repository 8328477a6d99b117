# Group moderation, after the first walks: repeats refused, hints for the moderator, one
# morning summary instead of the notices held at night, end times as a day and an hour.

## An end time: "venerdì 5/12 alle 23:00"
sanction-until = { $weekday } { $day }/{ $month } alle { $time }

## In the group (the hints disappear after a few seconds)
sanctions-typo = Forse volevi scrivere /{ $command }? «/{ $typed }» non lo conosco.
sanctions-reply-needed-plain = Rispondi al messaggio della persona con /{ $command }.
sanctions-repeated-warn = { $name } ha già un avviso per questo messaggio.
sanctions-repeated-mute = { $name } è già silenziato/a per questo messaggio, fino a { $until }.
sanctions-repeated-mute-forever = { $name } è già silenziato/a per questo messaggio, finché un moderatore non lo toglie.
sanctions-repeated-ban = { $name } è già fuori dal gruppo per questo messaggio, fino a { $until }.
sanctions-repeated-ban-forever = { $name } è già fuori dal gruppo per questo messaggio, finché un moderatore non lo toglie.

## In private, to the moderator who acted (never in the group: it would tell who is a minor)
sanctions-told-later-private = 🌙 «{ $group }»: { $name } non riceve messaggi di notte. Alle { $time } riceverà un solo messaggio con ciò che sarà ancora in vigore.
sanctions-not-told-private = «{ $group }»: non ho potuto avvisare { $name } in privato, perché non ha mai avviato il bot.

## In private, to the member, when quiet hours end: what is in force now
sanction-summary = 📋 Ciao! Ecco com'è adesso la tua situazione nel gruppo «{ $group }»:
sanction-summary-ban = 🚫 Sei fuori dal gruppo fino a { $until }.
sanction-summary-ban-forever = 🚫 Sei fuori dal gruppo finché un moderatore non ti permette di rientrare.
sanction-summary-mute = 🔇 Non puoi scrivere lì fino a { $until }.
sanction-summary-mute-forever = 🔇 Non puoi scrivere lì finché un moderatore non te lo permette.
sanction-summary-kick = 👋 Un moderatore ti ha tolto dal gruppo: puoi rientrare con il link quando vuoi.
sanction-summary-warnings = ⚠️ Avvisi attivi: { $count } su { $limit }.
sanction-summary-reason = { "   " }Motivo: { $reason }
sanction-summary-clear = ✅ Puoi scrivere nel gruppo: non hai blocchi né avvisi attivi.
