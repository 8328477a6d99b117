## /hours: le ore di volontariato per anno scolastico, e l'attestato per la scuola
command-hours = Le tue ore di volontariato e l'attestato per la scuola
command-verify = Verifica un attestato di ore dal suo codice (staff)
hours-amount = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes } min
        }
    }
hours-title = ⏱️ <b>Le tue ore di volontariato</b> · anno scolastico { $year }
hours-line = { $day } · { $title } · <b>{ $hours }</b>
hours-total = Totale: <b>{ $total }</b> ({ $count ->
        [one] 1 evento
       *[other] { $count } eventi
    })
hours-page = Pagina { $page } di { $pages }
hours-none = ⏱️ Non hai ancora ore di volontariato registrate.

    Funziona così: dopo un evento, chi lo organizza segna chi c'era. Le ore di quell'evento compaiono qui da sole, e da qui puoi scaricare l'attestato per la scuola. Trova il prossimo evento con /events 🙌
hours-none-this-year = ⏱️ Quest'anno scolastico ({ $year }) non hai ancora ore registrate: dopo un evento, chi lo organizza segna chi c'era e le ore compaiono qui. Gli anni passati sono nei pulsanti qui sotto.
hours-year-button = 📅 { $year }
hours-statement-button = 📄 Attestato per la scuola (PDF)
## L'attestato
statement-ask-language = 📄 Preparo l'attestato delle tue ore per l'anno scolastico { $year }. In che lingua lo vuoi? Le scuole in Italia di solito lo chiedono in italiano.
statement-ask-first = 📄 Preparo l'attestato delle tue ore per l'anno scolastico { $year }.

    Quale <b>nome</b> ci scrivo? Tocca «{ $first }» qui sotto, oppure scrivilo come lo vuole la scuola (per esempio: Maria Chiara). Il nome resta con l'attestato così com'è stampato: è quello che vede chi lo verifica.

    Per lasciar perdere: /cancel
statement-ask-first-typed = 📄 Preparo l'attestato delle tue ore per l'anno scolastico { $year }.

    Quale <b>nome</b> ci scrivo? Scrivilo come lo vuole la scuola (per esempio: Maria Chiara). Il nome resta con l'attestato così com'è stampato: è quello che vede chi lo verifica.

    Per lasciar perdere: /cancel
statement-first-button = ✅ { $first }
statement-first-old = Questo pulsante non vale più. Per l'attestato apri /hours e tocca di nuovo «Attestato per la scuola».
statement-type-surname = Il nome l'hai già scritto: ora scrivi qui sotto il cognome (oppure /cancel).
statement-first-type-it = Scrivi qui sotto il nome da mettere sull'attestato (per esempio: Maria Chiara).
statement-first-empty = Non ho ricevuto nessun nome. Scrivilo qui sotto (per esempio: Giulia).
statement-first-too-long = Questo nome è troppo lungo: al massimo 60 caratteri. Scrivilo di nuovo, più corto.
statement-first-digit = Un nome non ha numeri. Scrivi solo il nome (per esempio: Anna Maria).
statement-first-link = Sembra un link, non un nome. Scrivi solo il nome (per esempio: Giulia).
statement-first-mention = Niente @ o nomi utente: scrivi solo il nome (per esempio: Luca).
statement-first-symbols = Nel nome vanno solo lettere (anche accentate), spazi, apostrofi e trattini. Scrivilo di nuovo (per esempio: Anna-Maria).
statement-ask-surname = 📄 Preparo l'attestato delle tue ore per l'anno scolastico { $year }, a nome di <b>{ $first }</b>.

    Scrivi il tuo <b>cognome</b>, come lo vuole la scuola. Prima di fare l'attestato ti faccio vedere come viene.

    Il cognome non lo salvo: serve solo per stamparlo. Tengo solo un controllo che, con il codice e il cognome scritti sull'attestato, ci permette di dire alla scuola che è vero.

    Per lasciar perdere: /cancel
statement-surname-empty = Non ho ricevuto nessun cognome. Scrivilo qui sotto (per esempio: Rossi).
statement-surname-too-long = Questo cognome è troppo lungo: al massimo 60 caratteri. Scrivilo di nuovo, più corto.
statement-surname-digit = Un cognome non ha numeri. Scrivi solo il cognome (per esempio: De Luca).
statement-surname-link = Sembra un link, non un cognome. Scrivi solo il cognome (per esempio: D'Amico).
statement-surname-mention = Niente @ o nomi utente: scrivi solo il cognome (per esempio: Rossi).
statement-surname-symbols = Nel cognome vanno solo lettere (anche accentate), spazi, apostrofi e trattini. Scrivilo di nuovo (per esempio: Esposito-Russo).
statement-first-unprintable = Alcune lettere di questo nome non riesco a stamparle sull'attestato (per esempio quelle cinesi, giapponesi o coreane). Scrivilo in lettere latine, come lo vuole la scuola (per esempio: Mei).
statement-surname-unprintable = Alcune lettere di questo cognome non riesco a stamparle sull'attestato (per esempio quelle cinesi, giapponesi o coreane). Scrivilo in lettere latine, come lo vuole la scuola (per esempio: Wang).
statement-making = ⏳ Preparo il PDF…
statement-caption = 📄 Il tuo attestato di ore, anno scolastico { $year }: { $total }. Codice di verifica: { $code }
statement-sent = ✅ Ecco il tuo attestato: stampalo o mandalo alla scuola così com'è. Tieni il codice <b>{ $code }</b>: la scuola lo usa, con il tuo cognome, per controllare l'attestato con noi. Il tuo cognome non lo tengo.
statement-no-hours = In quell'anno scolastico non hai ore registrate: non c'è niente da attestare. Guarda in /hours.
statement-file = attestato-ore-{ $year }.pdf
## Il PDF
statement-pdf-title = Attestazione di ore di volontariato
statement-pdf-intro = Si attesta che { $name } ha svolto attività di volontariato con { $organisation } nell'anno scolastico { $year }, { $count ->
        [one] in 1 evento
       *[other] in { $count } eventi
    }, come segue:
statement-pdf-date = Data
statement-pdf-event = Evento
statement-pdf-hours = Ore
statement-pdf-total-line = Totale delle ore nell'anno scolastico { $year }: { $total }
statement-pdf-issued = Rilasciato da { $organisation }. Luogo e data: { $place }, { $date }
statement-pdf-signature = Firma del referente ______________________________
statement-pdf-code = Codice di verifica: { $code }
statement-pdf-verify = Per verificare questo attestato, contattate { $organisation } indicando il codice { $code }: un membro dello staff può controllarlo e confermarvi nome, anno scolastico e ore.
statement-pdf-verify-contact = Per verificare questo attestato: scrivete a { $contact } indicando il codice { $code }. Un membro dello staff di { $organisation } lo controlla e vi conferma nome, anno scolastico e ore.
## /verify (staff)
verify-usage = Scrivi il codice dopo il comando, per esempio: /verify GC-7K4M-Q2XP
    Se hai anche il cognome scritto sull'attestato, aggiungilo: /verify GC-7K4M-Q2XP Rossi
verify-malformed = 🤔 «{ $typed }» non è un codice di attestato: è fatto così, GC-7K4M-Q2XP (otto lettere e cifre, senza 0, O, 1 e I). Controlla e riprova.
verify-unknown = ❌ Nessun attestato ha il codice { $code }. Controlla di averlo copiato bene: se è giusto, l'attestato non viene da noi.
verify-withdrawn = ⚠️ L'attestato { $code } è stato ritirato: i dati della persona a cui era intestato sono stati cancellati. Non si può più confermare.
verify-genuine = ✅ <b>Attestato autentico</b> · { $code }
verify-surname-differs = ⚠️ <b>Il codice { $code } è autentico, ma il cognome non corrisponde a quello stampato sull'attestato</b>: l'attestato potrebbe essere stato modificato. Confronta il foglio con quello che il codice attesta:
verify-certifies = Nome: { $first }
    Anno scolastico: { $year }
    Ore: { $total } ({ $count ->
        [one] 1 evento
       *[other] { $count } eventi
    })
    Rilasciato il { $issued }
verify-surname-matches = ✅ Il cognome corrisponde a quello stampato.
verify-surname-unchecked = ℹ️ Il cognome non l'ho controllato: scrivilo dopo il codice, e ti dico se è quello stampato.
verify-staff-only = /verify è per lo staff (coordinatori, moderatori, admin).
modlog-do-statement-issued = { $who } ha scaricato un attestato delle sue ore
modlog-do-statement-verified = { $who } ha verificato un attestato di ore di { $whom }
mydata-hours = ⏱️ { $total } di volontariato in { $count ->
        [one] 1 evento
       *[other] { $count } eventi
    } (in /hours){ $statements ->
        [0] {""}
        [one] ; 1 attestato per la scuola: il suo codice non lo teniamo, è solo sul PDF e nel messaggio che hai ricevuto
       *[other] ; { $statements } attestati per la scuola: i codici non li teniamo, sono solo sui PDF e nei messaggi che hai ricevuto
    }.
