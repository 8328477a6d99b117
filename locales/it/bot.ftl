# Gen C bot — testi in italiano. Le chiavi sono le stesse di locales/en/bot.ftl.
# I testi sono HTML di Telegram: usa solo <b>, <i>, <u>, <s>, <code>, <a href="...">.

## Menu dei comandi (massimo 256 caratteri, niente HTML)
command-start = Inizia o ricomincia
command-help = Cosa posso fare
command-language = Cambia lingua
command-privacy = Come usiamo i tuoi dati

## Primo contatto
start-greeting =
    Ciao { $name }! 👋 Sono il bot di <b>Generazione Changemaker</b>, la community di giovani che cambiano Torino.
    Qui troverai progetti ed eventi adatti a te.

    🌍 /language per cambiare lingua
    ❓ /help per vedere cosa posso fare
start-staff =
    Ciao { $name }! Sei nello staff di <b>Generazione Changemaker</b>.
    Il percorso per i giovani non fa per te: usa /help per i comandi dello staff.

## Lingua
language-name = 🇮🇹 Italiano
language-prompt = In che lingua vuoi che ti scriva?
language-changed = ✅ Perfetto, da ora ti scrivo in italiano.

## Aiuto
help =
    Ecco cosa puoi chiedermi ({ $count ->
        [one] un comando
       *[other] { $count } comandi
    }):
    { $commands }
help-line = /{ $command } — { $description }

## Privacy (la versione completa arriva con /privacy)
privacy =
    🔒 <b>I tuoi dati</b>
    Generazione Changemaker tiene solo ciò che serve per proporti progetti ed eventi: il tuo id Telegram e la lingua che scegli.
    Nessuno li vede tranne lo staff che gestisce il bot, e non li diamo a nessuno.
    Puoi chiederci di vederli o cancellarli in ogni momento, e puoi rivolgerti al Garante per la protezione dei dati personali (garanteprivacy.it).

## Risposte di riserva
unknown-command = Non conosco il comando { $command } 🤔 Scrivi /help per vedere quelli che uso.
stray-text = Per ora rispondo ai comandi e ai pulsanti. Scrivi /help per vedere cosa posso fare.
stray-media = Grazie! Però per ora capisco solo comandi e pulsanti. Scrivi /help per iniziare.
edited-message = Ho visto che hai modificato un messaggio: non cambia quello che ho già fatto. Se serve, scrivimi di nuovo.
button-expired = Questo pulsante non è più attivo. Riprova dal messaggio più recente.
error-generic = Ops, qualcosa è andato storto da parte nostra 😕 Riprova tra poco; se succede ancora, scrivi /help.
