## Un evento spostato, detto anche a chi aveva risposto Non posso venire
event-notice-moved-no =
    📅 <b>L'evento è stato spostato</b> (prima era { $was }):

    { $card }

    Avevi detto che non potevi venire: ora è { $when }. Ti va bene? Tocca Vengo.

## Una serie in /manageevents
manageseries-item = 🔁 { $title } · { $when } · { $rule } · { $dates ->
        [one] 1 data
       *[other] { $dates } date
    }
manageseries-dates-heading = 🔁 <b>{ $title }</b>, { $rule }: { $dates ->
        [0] nessuna data rimasta.
        [one] 1 data in arrivo.
       *[other] { $dates } date in arrivo.
    } Tocca una data per cambiarla o annullarla, da sola o da lì in poi.
manageseries-date = 📅 { $when }
manageseries-date-cancelled = ❌ { $when } (annullata)
manageseries-back-dates = ⬅️ Torna alle date
manageseries-change-one = ✏️ Cambia solo questa data
manageseries-cancel-one = ❌ Annulla solo questa data
manageseries-change-from = ✏️ Cambia da questa data in poi
manageseries-cancel-from = ❌ Annulla da questa data in poi
manageseries-past = Questa data è già passata: non si può più cambiare né annullare.
manageseries-already-cancelled = Questa data è già annullata. Riapri le date da /manageevents.
manageseries-none-left = Non ci sono più date da questa in poi: niente da cambiare o annullare.
manageseries-not-saved = Non sono riuscito a salvare: una delle date avrebbe meno posti delle persone che ne hanno già uno. Non ho cambiato niente.
newevent-problem-series-day = 📅 Da questa data in poi si può cambiare l'orario, non il giorno. Scrivi solo il nuovo orario (per esempio 21:00): ogni data resta nel suo giorno. Per spostare la serie in un altro giorno, annullala da questa data in poi e creane una nuova con /newevent.
newevent-not-saved-new-day = Non ho potuto salvare: da questa data in poi si può cambiare l'orario, non il giorno. Per spostare la serie in un altro giorno, annullala da questa data in poi e creane una nuova con /newevent.
newevent-not-saved-dates-changed = Qualcuno ha cambiato una di queste date nel frattempo: non ho salvato niente. Riguarda le date da /manageevents.
manageseries-dates-changed = Qualcuno ha cambiato una di queste date nel frattempo: non ho cambiato niente. Riguarda le date da /manageevents.
manageseries-cancel-one-ask = Annullare solo la data di { $day } di «<b>{ $title }</b>»? Le altre date restano. { $people ->
        [0] Per questa data nessuno ha ancora risposto.
        [one] La persona che ha risposto sarà avvisata.
       *[other] Le { $people } persone che hanno risposto saranno avvisate.
    }
manageseries-cancel-one-no = ⬅️ No, tienila
manageseries-cancel-one-yes = ❌ Sì, annulla questa data
manageseries-cancelled-one = ❌ <b>{ $title }</b>: la data di { $when } è annullata, le altre restano. L'avviso a chi aveva risposto:
manageseries-cancel-from-ask = Annullare <b>{ $title }</b> da { $when } in poi? { $dates ->
        [one] È 1 data.
       *[other] Sono { $dates } date.
    } { $people ->
        [0] Nessuno ha ancora risposto.
        [one] La persona che ha risposto sarà avvisata una volta sola, con le date.
       *[other] Le { $people } persone che hanno risposto saranno avvisate una volta sola, ognuna con le sue date.
    }
manageseries-cancel-from-yes = { $dates ->
        [one] ❌ Sì, annulla 1 data
       *[other] ❌ Sì, annulla { $dates } date
    }
manageseries-cancel-from-no = ⬅️ No, tienile
manageseries-cancelled-from = ❌ <b>{ $title }</b>: { $dates ->
        [one] annullata la data di { $when }.
       *[other] annullate le { $dates } date da { $when } in poi.
    } L'avviso a chi aveva risposto:
manageseries-preview-from = ✏️ <b>Cambia da questa data in poi</b>: quello che cambi qui vale per tutte le date da questa in poi (un nuovo orario vale per ogni data; il giorno resta). Tocca cosa cambiare, poi Salva. Chi ha risposto a una data cambiata viene avvisato una volta sola.

manageseries-changed-from = ✅ Modifiche salvate su tutte le date da quella in poi.

## Detto ai membri
manageseries-see-dates = 📅 Le date e le tue risposte
# Una sola data di una serie annullata: quella data, non l'evento intero ($day: "giovedì 24 dicembre")
series-date-day = { $weekday } { $day } { $month }
event-notice-cancelled-date = ❌ L'incontro di { $day } di «<b>{ $title }</b>» è annullato. Le altre date restano come sono.
manageseries-notice-date = • { $when }
manageseries-notice-date-moved = • { $when } (prima { $was })
manageseries-notice-more = …e altre { $count }
manageseries-notice-changed =
    📅 <b>{ $title }</b>: ci sono dei cambiamenti. { $count ->
        [one] La tua data:
       *[other] Le tue date:
    }
    { $dates }

    { $card }

    Le tue risposte restano com'erano: per cambiarne una, tocca qui sotto.

manageseries-notice-cancelled =
    ❌ <b>{ $title }</b>: { $count ->
        [one] questa data è annullata:
       *[other] queste date sono annullate:
    }
    { $dates }

    Ci dispiace! Dai un'occhiata a /events per altri eventi.

## Detto agli altri organizzatori
manageseries-cocoord-changed = ✏️ { $who ->
        [admin] Un admin
       *[staff] { $name }
    } ha cambiato diverse date di "{ $title }". Le trovi in /manageevents.
manageseries-cocoord-cancelled = 🚫 { $who ->
        [admin] Un admin
       *[staff] { $name }
    } ha annullato diverse date di "{ $title }": chi aveva risposto riceve l'avviso.
