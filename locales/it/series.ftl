# Eventi che si ripetono: la regola, /newevent ("Si ripete?", "Fino a quando?"), /events e /myevents.

## La regola a parole ($weekday: il nome del giorno; $day: 0 lunedì … 6 domenica; $week: 1-4)
series-rule-weekly = ogni { $weekday }
series-rule-fortnightly = ogni due settimane, { $day ->
        [6] la domenica
       *[other] il { $weekday }
    }
series-rule-monthly = { $day ->
        [6] { $week ->
            [1] la prima
            [2] la seconda
            [3] la terza
           *[4] la quarta
        } domenica
       *[other] { $week ->
            [1] il primo
            [2] il secondo
            [3] il terzo
           *[4] il quarto
        } { $weekday }
    } di ogni mese
series-rule-monthly-last = { $day ->
        [6] l'ultima domenica
       *[other] l'ultimo { $weekday }
    } di ogni mese

## /newevent: si ripete?
newevent-repeat = 🔁 ({ $number }/{ $total }) Si ripete? Il primo incontro è <b>{ $when }</b>.
series-button-once = 1️⃣ Solo una volta
series-button-weekly = 🔁 Ogni settimana ({ $weekday })
series-button-fortnightly = 🔁 Ogni due settimane
series-button-monthly = 📅 Ogni mese, { $rule }
series-button-monthly-fifth = 📅 Ogni mese, { $day ->
        [6] 5ª
       *[other] 5º
    } { $weekday }
series-which = { $day ->
        [6] { $week ->
            [1] 1ª
            [2] 2ª
            [3] 3ª
           *[4] 4ª
        }
       *[other] { $week ->
            [1] 1º
            [2] 2º
            [3] 3º
           *[4] 4º
        }
    } { $weekday }
series-which-last = { $day ->
        [6] ultima
       *[other] ultimo
    } { $weekday }

## /newevent: fino a quando?
newevent-repeat_end = 🏁 ({ $number }/{ $total }) Fino a quando? Si ripete <b>{ $rule }</b>, dal { $first }.
    Tocca, o scrivi l'ultima data (<code>30/06</code>) o quante volte (<code>12</code>).
series-end-m3 = 🗓️ Per 3 mesi
series-end-june = 🎓 Fino a fine anno scolastico (giugno)
series-end-n10 = 🔟 10 volte
newevent-problem-series-end = 🤔 Non ho capito. Scrivi l'ultima data, per esempio <code>30/06</code> o <code>fine aprile</code>, o quante volte, per esempio <code>12</code>.

## Perché una regola non va (sopra la stessa domanda)
series-problem-no-end = 🏁 Una serie deve finire: scrivi l'ultima data o quante volte (al massimo 100), o tocca una delle scelte.
series-problem-too-many = 🔢 Sarebbero { $count } date, ma il massimo è 100. Con 100 date l'ultima sarebbe il { $last }: scegli una fine entro quel giorno.
series-problem-too-many-lots = 🔢 Sarebbero moltissime date, ma il massimo è 100. Con 100 date l'ultima sarebbe il { $last }: scegli una fine entro quel giorno.
series-problem-end-before-start = 📅 Quella data viene prima del primo incontro ({ $first }): scegli una fine dopo l'inizio.
series-problem-fifth-weekday = 📅 Il { $date } è { $day ->
        [6] la quinta domenica
       *[other] il quinto { $weekday }
    } del mese, e molti mesi non { $day ->
        [6] hanno una quinta domenica
       *[other] hanno un quinto { $weekday }
    }. Va bene { $day ->
        [6] l'ultima domenica
       *[other] l'ultimo { $weekday }
    } di ogni mese?
series-problem-wrong-week = 📅 Quel giorno del mese non va con la data d'inizio: scegli di nuovo.
series-problem-no-such-time = 🕑 Il { $on } alle { $time } non esiste: quella notte gli orologi vanno avanti di un'ora. Scegli un'altra fine, o correggi l'ora di inizio.

## L'anteprima
series-preview = 🔁 <b>Si ripete { $rule }</b>: { $count ->
        [one] 1 data
       *[other] { $count } date
    }
    📅 { $dates }{ $more }
    🏁 L'ultima: { $last }
series-preview-more = , …
series-preview-long = ⚠️ { $count } date: { $span ->
        [year] quasi un anno
        [more] più di un anno
       *[months] circa { $months } mesi
    }. Controlla che la fine sia quella giusta.
newevent-edit-repeat = ✏️ Si ripete

## Per i membri: /events, la scheda, le date
series-line = 🔁 { $rule } · { $count ->
        [one] ancora 1 data
       *[other] { $count } date
    }
series-mine = 🔁 { $rule } · ci vai a { $going } su { $count }
series-card = 🔁 <b>Si ripete { $rule }</b> · { $count ->
        [one] l'ultima data
       *[other] { $count } date, fino a { $until }
    }
series-button-all = ✅ Ci vado a tutte
event-answered-going-date = 🎉 Ci sei { $day }! Il posto è tuo.
event-answered-going-open-date = 🎉 Ci sei { $day }! Ci vediamo lì.
series-button-all-dates = ✅ Ci vado a tutte le date
series-button-none = ❌ A nessuna
series-button-dates = 📅 Le altre date
series-dates-heading = 📅 <b>{ $title }</b>: le prossime date ({ $count }). Tocca una data per rispondere solo a quella.
series-date-line = { $number }. { $when }{ $status }
series-back = ⬅️ Torna all'evento
series-going-all = ✅ Ci vai a { $count ->
        [one] 1 data
       *[other] { $count } date
    }. Per ognuna ti arriva il promemoria.
series-going-all-waiting = ⏳ Il { $when } è pieno: sei in lista d'attesa ({ $place }º). Se si libera un posto, te lo dico.
series-going-all-waiting-many = ⏳ Altre { $count } date sono piene: sei in lista d'attesa. Se si libera un posto, te lo dico.
series-going-all-only-waiting = ⏳ Sono tutte piene: sei in lista d'attesa per { $count ->
        [one] 1 data
       *[other] { $count } date
    }. Se si libera un posto, te lo dico.
series-cannot-any = Va bene: non ci vai a nessuna delle prossime date.
series-none-left = 📅 Non ci sono più date in programma per questo evento.
