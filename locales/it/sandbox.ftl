# La sandbox (python -m bot sandbox): i testi della chat nel terminale, non quelli del bot.

sandbox-welcome =
    Gen C bot — la sandbox.
    Questo è il vero bot, collegato a un finto Telegram su questo computer: prova ogni percorso
    come le persone qui sotto. Nulla esce da questo computer e { $kept ->
        [yes] il database e il log restano quando esci (--keep).
       *[no] tutto si cancella quando esci.
    }
sandbox-people-title = Puoi essere:
# Who each demo person is (bot/sandbox/people.py has the same in English).
sandbox-role-sofia = 16, nuova: prova l'iscrizione (nata { $born })
sandbox-role-giulia = 13, nuova: serve il consenso di un genitore (nata { $born })
sandbox-role-anna = la mamma di Giulia
sandbox-role-luca = 22, già membro (scrive in inglese)
sandbox-role-emma = coordinatrice di cinque progetti e una bozza
sandbox-role-marco = moderatore, referente per la tutela
sandbox-role-paola = admin
sandbox-person-line = { $number }. { $name } — { $role }
sandbox-pick-hint = Scrivi un numero per essere quella persona, oppure /as e un nome.
sandbox-commands-short =
    I comandi che contano:
      /as NOME    diventa un'altra persona, per es. /as giulia (/people le elenca tutte)
      /wait 2h    manda avanti l'orologio (o /wait 17:00, /wait domani 9:00): promemoria, offerte
      /sandbox    tutti i comandi della sandbox
    Tutto il resto va al bot. Un numero preme quel pulsante del tuo ultimo messaggio con pulsanti;
    per scrivere al bot un numero (per es. 4 ore) mettici davanti \: \4
sandbox-log = Il log del bot: { $path } (cancellato quando esci, se non parti con --keep).
sandbox-log-kept = Il log del bot: { $path } (resta quando esci: sei partito con --keep).
sandbox-you-are = 🙋 Sei { $name } — { $role }.
sandbox-first-step = Scrivi /start per parlare con il bot come { $name }.
sandbox-help =
    Comandi della sandbox (tutto il resto va al bot, come la persona che sei):
      /as NOME o /as N        diventa un'altra persona (/people le elenca con i numeri)
      /people                 chi puoi essere
      /wait DURATA            manda avanti l'orologio: 30m, 2h, 1d, 1d12h; parte ciò che scade
      /wait 17:00             fino alle prossime 17:00 (/wait domani 9:00: fino a domani alle 9)
      /group TESTO            scrivi TESTO nel gruppo della community
      /group reply N TESTO    rispondi al suo messaggio numero N, per es. /group reply 12 /report
      /open N                 apri il link N (mostrato dopo 🔗), come la persona che sei
      /send FILE [didascalia] invia una foto (.jpg, .png) o un documento, per es. un foglio di calcolo
      /sandbox                questo aiuto
      /quit                   esci (anche Ctrl-D e Ctrl-C)
    Un numero preme un pulsante del tuo ultimo messaggio con pulsanti: [1], [2]…
    Per inviare un numero come testo, mettici davanti una barra rovesciata: \5
    Anche incollare un link t.me/…?start=… lo apre.
sandbox-got = 📨 { $name } ha ricevuto: { $text }
sandbox-got-edit = ✏️ { $name }: un messaggio è stato modificato: { $text }
sandbox-got-deleted = 🗑️ { $name }: un messaggio è stato cancellato: { $text }
sandbox-in-group = 📨 in { $title }, messaggio #{ $number } dal bot: { $text }
sandbox-in-group-edit = ✏️ in { $title }, il bot ha modificato il messaggio #{ $number }: { $text }
sandbox-in-group-deleted = 🗑️ in { $title }, il bot ha cancellato il messaggio #{ $number }: { $text }
sandbox-edited = ✏️ Il bot ha modificato «{ $text }», ora è così:
sandbox-edited-end = ✏️ Il bot ha modificato «{ $text }», ora finisce così:
sandbox-group-sent = 👥 { $title }, messaggio #{ $number } dal bot:
sandbox-group-edited = ✏️ { $title }: il bot ha modificato il messaggio #{ $number } «{ $text }», ora è così:
sandbox-group-edited-end = ✏️ { $title }: il bot ha modificato il messaggio #{ $number } «{ $text }», ora finisce così:
sandbox-group-deleted = 🗑️ { $title }: messaggio #{ $number } (del bot: { $text }) cancellato dal bot
sandbox-group-post = 👥 { $title } #{ $number } · { $name }: { $text }
sandbox-group-removed = 🗑️ { $title }: messaggio #{ $number } ({ $name }: { $text }) rimosso dal bot
sandbox-buttons-changed = ✏️ Nuovi pulsanti su “{ $text }”:
sandbox-deleted = 🗑️ cancellato: { $text }
sandbox-photo = 🖼️ foto salvata in { $path }
sandbox-document = 📄 documento salvato in { $path }
sandbox-not-saved = ⚠️ Non sono riuscito a salvare il file in { $folder }: { $reason }
sandbox-link = 🔗 /open { $number } → { $link }
sandbox-toast = 💬 { $text }
sandbox-alert = ⚠️ { $text }
sandbox-away = Mentre eri un'altra persona, { $name } ha ricevuto { $count ->
        [one] questo messaggio:
       *[other] questi { $count } messaggi:
    }
sandbox-away-earlier = { $count ->
        [one] (1 messaggio precedente non mostrato)
       *[other] ({ $count } messaggi precedenti non mostrati)
    }
sandbox-wait-usage = Scrivi quanto, o fino a che ora: /wait 30m, /wait 2h, /wait 1d, /wait 17:00 o /wait domani 9:00.
sandbox-wait-now = ⏩ Ora sono le { $when } (l'orologio della sandbox è avanti di { $ahead }).
sandbox-wait-done = { $count ->
        [0] ⏩ Non è scaduto nulla.
        [one] ⏩ Nel frattempo è partito un messaggio.
       *[other] ⏩ Nel frattempo sono partiti { $count } messaggi.
    }
sandbox-no-button = Il tuo ultimo messaggio con pulsanti ne ha { $count }: non c'è il pulsante { $number }. Per mandare { $number } al bot come testo scrivi \{ $number }
sandbox-press-hint = 💡 «{ $number }» ha premuto il pulsante [{ $number }] «{ $label }». Per mandare al bot un numero come testo (per es. 4 ore) scrivi \4
sandbox-who-usage = Chi? /as e un nome o un numero di /people, per es. /as anna.
sandbox-group-usage = /group TESTO scrive TESTO nel gruppo della community; /group reply N TESTO risponde al suo messaggio numero N, per es. /group reply 12 /report.
sandbox-not-in-group = { $name } non è in { $title }.
sandbox-no-message = Non c'è un messaggio { $number } in { $title }.
sandbox-open-usage = /open N apre il link numero N (mostrato dopo 🔗).
sandbox-no-link = Non c'è ancora un link { $number }.
sandbox-url = 🌐 Un link web: { $link } (la sandbox non apre pagine web).
sandbox-send-usage = /send FILE, per es. /send progetti.csv, /send "I miei progetti.xlsx" o /send locandina.jpg Una didascalia.
sandbox-send-missing = Non riesco a leggere { $path }: { $reason }
sandbox-refused = Il finto Telegram l'ha rifiutato: { $reason }
sandbox-bye = Ciao! Tutto ciò che la sandbox ha creato è cancellato.
sandbox-kept = Il database e il log della sandbox restano in { $folder }.
