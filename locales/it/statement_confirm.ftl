## L'attestato per la scuola: «è giusto?» prima di farlo. Le chiavi sono le stesse di locales/en/statement_confirm.ftl.
statement-preview =
    📄 <b>Prima di farlo, controlla</b>
    Sull'attestato scrivo:
    <b>{ $name }</b>
    Anno scolastico { $year } · { $count ->
        [one] 1 evento
       *[other] { $count } eventi
    } · { $total }
statement-preview-capitals = 🔠 Ho messo le maiuscole come in un nome. Se la scuola lo vuole scritto in un altro modo, tocca ✏️ qui sotto.
statement-preview-twice = ⚠️ «{ $words }» c'è sia nel nome sia nel cognome, quindi lo stampo due volte. Se è un errore, tocca ✏️ qui sotto.
statement-preview-ask = È giusto? Il nome resta sull'attestato così com'è.
statement-preview-make = ✅ Fai l'attestato
statement-preview-change-first = ✏️ Nome
statement-preview-change-surname = ✏️ Cognome
statement-preview-cancel = ✖️ Annulla
statement-cancelled = Va bene, niente attestato, e il cognome l'ho già dimenticato. Quando vuoi lo trovi in /hours 🙂
statement-already-sent = L'attestato te l'ho già mandato qui sopra 👆
statement-preview-old = Questo pulsante non vale più: usa quelli del messaggio più recente qui sotto.
statement-surname-again = ⌛ Scusa, il cognome non ce l'ho più: lo tengo solo per pochi minuti e non lo salvo da nessuna parte. Scrivilo di nuovo qui sotto e ti faccio rivedere l'attestato prima di farlo.
statement-preview-moved-first = ✂️ Ho tolto «{ $words }» dal nome: è il cognome.
statement-preview-moved-surname = ✂️ Ho tolto «{ $words }» dal cognome: è il nome.
statement-preview-hours-changed = 🔄 Nel frattempo le tue ore sono cambiate: ecco i numeri di adesso.
statement-preview-use-buttons = 👆 Per fare l'attestato tocca ✅ nel messaggio qui sopra, oppure ✏️ per cambiare il nome.
