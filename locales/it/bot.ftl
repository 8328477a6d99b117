# Gen C bot — testi in italiano. Le chiavi sono le stesse di locales/en/bot.ftl.
# I testi sono HTML di Telegram: usa solo <b>, <i>, <u>, <s>, <code>, <a href="...">.

## Menu dei comandi (massimo 256 caratteri, niente HTML)
command-start = Inizia o ricomincia
command-help = Cosa posso fare
command-language = Cambia lingua
command-profile = Il tuo profilo
command-cancel = Annulla quello che stai facendo
command-privacy = Come usiamo i tuoi dati

## Primo contatto
start-guardian =
    Ciao { $name }! Sei qui come genitore o tutore di un ragazzo o una ragazza di <b>Generazione Changemaker</b>.
    Con /guardian vedi i consensi che hai dato: puoi cambiare ogni scelta o ritirarli quando vuoi. Con /privacy vedi come usiamo i dati.
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

## Chi siamo (/about)
command-about = Chi siamo
about =
    🌱 <b>{ $name }</b>
    Siamo una comunità di ragazze e ragazzi dai { $low } ai { $high } anni che vogliono cambiare le cose, insieme: progetti ed eventi per il clima, l'inclusione, la cultura e molto altro.
    Qui trovi i progetti adatti a te, gli eventi a cui partecipare e altre persone con cui farlo. Per iniziare scrivi /start.
about-links = 👇 Ci trovi anche qui:

## Onboarding
onboarding-welcome =
    Ciao { $name }! 👋 Sono il bot di <b>Generazione Changemaker</b>, la community di giovani che cambiano Torino.
    Ti aiuto a trovare progetti ed eventi adatti a te. Prima di tutto: in che lingua preferisci?
onboarding-notice =
    🔒 <b>Prima di iniziare</b>
    Ti farò qualche domanda per proporti progetti ed eventi giusti per te: mese e anno di nascita, un nome, la città, cosa ti sta a cuore, cosa sai fare e quando hai tempo.
    Non ti chiederò mai telefono, email o foto; il cognome solo se chiedi un attestato per la scuola: lo stampo sul PDF e tengo solo un controllo che permette alla scuola di verificarlo, mai il cognome. I tuoi dati li vede solo lo staff e puoi cancellarli quando vuoi.
    Tutti i dettagli: /privacy
notice-accept = 👍 Ok, iniziamo
button-back = ⬅️ Indietro
button-done = ✅ Fatto
start-resume = 👋 Eccoti! Riprendiamo da dove ci eravamo fermati.
start-member =
    Ciao { $name }! 👋 Che bello rivederti.
    🔎 /projects — i progetti adatti a te
    📅 /events — i prossimi eventi
    👤 /profile — il tuo profilo
onboarding-use-buttons = 👇 Per questa domanda usa i pulsanti qui sotto.
onboarding-text-only = ✍️ Qui mi serve una risposta scritta.
onboarding-edited = ✏️ Hai modificato un messaggio: tengo la prima versione. Alla fine potrai correggere ogni risposta.
onboarding-paused = ⏸️ Il tuo profilo è in pausa: scrivi /start per riprendere.
answered = ➡️ <b>{ $answer }</b>
onboarding-button-old = Questa domanda ha già una risposta 👍 Guarda l'ultimo messaggio.

birth-question =
    🎂 <b>Quando sei nato o nata?</b> Scegli l'anno, poi il mese.
    Puoi anche scrivere mese e anno, per esempio <code>03/2010</code> o <code>marzo 2010</code>.
birth-month-question = 🎂 In che mese del { $year }?
birth-before = Prima del { $year }
birth-after = Dal { $year } in poi
birth-other-year = ⬅️ Un altro anno
birth-not-understood = 🤔 Non ho capito la data. Scrivi mese e anno, per esempio <code>03/2010</code> o <code>marzo 2010</code>, oppure usa i pulsanti.
refused-too-young =
    Grazie per l'interesse! 💛 Generazione Changemaker è per chi ha almeno { $min } anni, quindi per ora non posso iscriverti.
    Nel frattempo l'Informagiovani del Comune di Torino può consigliarti attività per la tua età. Ti aspettiamo!
    Non ho tenuto i tuoi dati: per 30 giorni ricordo solo, con un codice che non dice chi sei, la data che mi hai dato. Se hai sbagliato, ricomincia con /start: un moderatore controllerà la nuova data.
refused-too-old =
    Grazie per l'interesse! 💛 Generazione Changemaker è per chi ha al massimo { $max } anni, quindi non posso iscriverti.
    Per fare volontariato a Torino a ogni età puoi rivolgerti a Vol.To, il Centro Servizi per il Volontariato.
    Non ho tenuto i tuoi dati: per 30 giorni ricordo solo, con un codice che non dice chi sei, la data che mi hai dato. Se hai sbagliato, ricomincia con /start: un moderatore controllerà la nuova data.

name-question = 😊 <b>Come ti chiami?</b> Scrivi il tuo nome o un soprannome (il cognome non serve).
name-use = Usa “{ $name }”
name-problem-empty = ✍️ Mi serve almeno una lettera.
name-problem-too-long = ✂️ È un po' lungo: al massimo 32 caratteri.
name-problem-no-letters = 🔤 Il nome deve contenere almeno una lettera.
name-problem-link = 🔗 Niente link nel nome, per favore.
name-problem-mention = 🙈 Niente @username: scrivi solo il tuo nome.

city-question = 📍 <b>In che città vivi?</b> Scrivila qui sotto, oppure scegli un pulsante.
city-remote = 🌐 Solo a distanza
city-remote-only = solo a distanza
city-problem = 📍 Scrivi solo il nome della città, per esempio <code>Torino</code> (al massimo { $max } caratteri).
city-did-you-mean = 🤔 Non trovo «{ $city }». Intendevi <b>{ $suggestion }</b>? Tocca il nome giusto, oppure scrivilo di nuovo.

causes-question = 💚 <b>Quali cause ti stanno a cuore?</b> Scegline quante vuoi, poi tocca Fatto.
causes-need-one = Scegli almeno una causa 🙂
cause-climate = 🌍 Clima
cause-education = 📚 Istruzione
cause-inclusion = 🤝 Inclusione
cause-health = 🩺 Salute e benessere
cause-digital = 💻 Digitale per il bene
cause-culture = 🎨 Arte e cultura
cause-poverty = 🍞 Povertà
cause-civic = 🗳️ Partecipazione civica
cause-animals = 🐾 Animali
cause-migrants = 🧳 Migranti e rifugiati
cause-equality = ⚖️ Parità di genere
cause-sport = ⚽ Sport per tutti

skills-question = 🛠️ <b>Cosa sai fare, o ti piacerebbe fare?</b> È facoltativo: scegline quante vuoi, oppure salta.
skills-need-one = Scegli almeno una competenza 🙂
skills-skip = Salta ➡️
skill-design = 🎨 Grafica
skill-social = 📱 Social media
skill-video = 📸 Foto e video
skill-writing = ✍️ Scrittura
skill-coding = 💻 Programmazione
skill-events = 🎪 Organizzare eventi
skill-languages = 🗣️ Lingue straniere
skill-tutoring = 📖 Aiuto compiti
skill-music = 🎵 Musica
skill-speaking = 🎤 Parlare in pubblico
skill-manual = 🔨 Lavori manuali
skill-data = 📊 Fogli di calcolo
skill-cooking = 🍳 Cucina
skill-care = 💛 Ascolto e cura

days-question = 🗓️ <b>Quando hai tempo di solito?</b> Scegli una o più risposte, poi tocca Fatto.
days-need-one = Scegli almeno una risposta 🙂
days-weekdays = Nei giorni feriali
days-weekends = Nel fine settimana
days-evenings = La sera

hours-question = ⏱️ <b>Quante ore a settimana potresti dedicare?</b> Scegli o scrivi un numero da 1 a 40.
hours-not-understood = 🔢 Scrivi un numero di ore da 1 a 40, per esempio <code>4</code>, oppure usa i pulsanti.
hours-2 = 1–2 ore
hours-5 = 3–5 ore
hours-10 = 6–10 ore
hours-20 = più di 10 ore
hours-typed = { $hours ->
    [one] 1 ora
   *[other] { $hours } ore
} a settimana

consents-question =
    ✋ <b>Cosa posso fare con i tuoi dati?</b> Decidi tu: tocca per attivare o disattivare. Puoi cambiare idea quando vuoi.
    { consents-purposes }
consents-purposes =
    • <b>Visibile ai progetti</b>: i coordinatori vedono nome, fascia d'età, città, cause, competenze e disponibilità (mai username o contatti) e possono invitarti.
    • <b>Promemoria eventi</b>: ti ricordo gli eventi a cui hai detto che vieni.
    • <b>Annunci</b>: ricevi le novità della community.
purpose-matching = Visibile ai progetti
purpose-reminders = Promemoria eventi
purpose-announcements = Annunci
consent-on = ✅ { $label }
consent-off = ⬜ { $label }
consents-continue = Continua ➡️
choice-on = ✅ { $label }
choice-off = { $label }

profile-card =
    👤 <b>{ $name }</b>
    🎂 { $born }
    📍 { $city }
    💚 { $causes }
    🛠️ { $skills }
    🗓️ { $days } · { $hours }
    ✋ { $consents }
born-on = { $month } { $year }
profile-missing = —
profile-none-chosen = nessuna
summary-question = È tutto giusto? Tocca un pulsante per correggere.
summary-confirm = ✅ È tutto giusto
edit-name = ✏️ Nome
edit-birth = ✏️ Nascita
edit-city = ✏️ Città
edit-causes = ✏️ Cause
edit-skills = ✏️ Competenze
edit-availability = ✏️ Disponibilità
edit-consents = ✏️ Consensi
onboarding-done =
    🎉 Fatto, { $name }! Ora fai parte di Generazione Changemaker.
    Ecco cosa puoi fare:
    🔎 /projects — i progetti adatti a te
    📅 /events — i prossimi eventi
    👤 /profile — vedi o cambia il tuo profilo
profile-edit-hint = Tocca un pulsante per cambiare una risposta.
profile-saved = ✅ Salvato!
profile-none = Non hai ancora un profilo: scrivi /start per crearlo, bastano due minuti.
profile-unfinished = Non hai ancora finito il profilo: scrivi /start per riprendere da dove ci eravamo fermati.
profile-staff = Fai parte dello staff: il profilo per i giovani non fa per te.

cancel-paused = ⏸️ Ok, ci fermiamo qui. Ho tenuto le risposte date finora: scrivi /start per riprendere. Se preferisci, le cancello subito.
cancel-forget = 🗑️ Cancella le mie risposte
cancel-forgotten = 🗑️ Fatto: ho cancellato tutto quello che sapevo di te. Puoi ricominciare con /start quando vuoi.
cancel-edit = Ok, modifica chiusa.
cancel-done = Ok, annullato 👍
cancel-nothing = Non c'è niente da annullare 🙂

month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
month-short-1 = gen
month-short-2 = feb
month-short-3 = mar
month-short-4 = apr
month-short-5 = mag
month-short-6 = giu
month-short-7 = lug
month-short-8 = ago
month-short-9 = set
month-short-10 = ott
month-short-11 = nov
month-short-12 = dic

## Guardian consent
guardian-explain =
    👪 <b>Hai meno di { $age } anni</b>: per continuare serve l'ok di un genitore o di chi si occupa di te.
    1. Inoltragli il prossimo messaggio: contiene il link.
    2. Lo apre dal suo Telegram, legge cosa teniamo e decide.
    Se preferisce la carta, tocca «📄 Modulo di carta» qui sotto: lo firma e lo consegni a un moderatore, con questo codice: <code>{ $code }</code>
    Finché non arriva l'ok ho tenuto solo il minimo: mese e anno di nascita, lingua e questa richiesta.
guardian-invite =
    👋 Ciao! { $name } (nascita: { $born }) vuole entrare in <b>Generazione Changemaker</b>, la community di giovani che cambiano Torino.
    Ha meno di { $age } anni, quindi serve l'ok di un genitore o di chi se ne occupa.
    Apri questo link dal tuo Telegram per leggere cosa teniamo e decidere: { $link }
    Il link vale fino al { $until } e si usa una volta sola.
guardian-new-link = 🔄 Nuovo link
guardian-check = 🔍 A che punto è?
guardian-status-none = 👪 Serve l'ok di un genitore o di chi si occupa di te: tocca «Nuovo link» per avere il link da inoltrargli.
guardian-status-pending = ⏳ Aspettiamo l'ok del tuo genitore. Codice per il modulo di carta: <code>{ $code }</code>. Il link vale fino al { $until }; se l'hai perso, chiedine uno nuovo.
guardian-status-opened = 👀 Il tuo genitore ha aperto il link e sta decidendo. Codice: <code>{ $code }</code>
guardian-status-expired = ⌛ Il link è scaduto senza risposta. Chiedine uno nuovo e inoltralo di nuovo. Codice: <code>{ $code }</code>
guardian-status-withdrawn = ⏸️ Il tuo genitore ha ritirato il consenso, quindi il profilo è in pausa. Con un nuovo link può decidere di nuovo.
guardian-give = ✅ Do il consenso
guardian-refuse = ✖️ Non acconsento
guardian-thanks =
    ✅ Grazie! Ora { $name } può continuare il profilo, guardare i progetti e rispondere agli eventi.
    Un moderatore controlla il consenso: finché non l'ha fatto, i coordinatori non vedono il profilo di { $name } e non possono mandare messaggi.
    Con /guardian puoi cambiare ogni scelta o ritirare il consenso.
guardian-declined = Va bene: abbiamo cancellato i dati di { $name }. Grazie per aver risposto.
guardian-withdraw = ↩️ Ritira il consenso
guardian-withdrawn = ↩️ Consenso ritirato: il profilo di { $name } è in pausa e ne resta solo il minimo (mese e anno di nascita, lingua, la richiesta). Se entro il { $until } non arriva un nuovo consenso, cancelliamo tutti i dati di { $name } e te lo dico.
guardian-list = 👪 Hai dato il consenso per: { $names }. Tocca un nome per cambiare le scelte o ritirare il consenso.
guardian-none = Non hai dato il consenso per nessuno.
guardian-not-yours = Questa richiesta non è più aperta per te.
guardian-link-unknown = 🤔 Questo link non è valido: forse è già stato usato o ne è stato creato uno nuovo. Chiedi un link nuovo a chi te l'ha mandato.
guardian-link-expired = ⌛ Questo link è scaduto. Chiedi a { $name } di mandartene uno nuovo.
guardian-link-own = 🙂 Questo link è per il tuo genitore o per chi si occupa di te: inoltraglielo, deve aprirlo dal suo Telegram.
guardian-link-taken = Questo link è già stato aperto da un altro account. Chiedi a { $name } un link nuovo.
guardian-member-consented = 🎉 Il tuo genitore ha dato l'ok! Scrivi /start per continuare.
guardian-member-declined = Il tuo genitore non ha dato l'ok, quindi abbiamo cancellato i tuoi dati. Se cambiate idea, potete ricominciare con /start.
guardian-member-withdrawn =
    ⏸️ Il tuo genitore ha ritirato il consenso: il tuo profilo è in pausa.
    { $answers ->
        [0] Non avevi risposte a eventi in arrivo.
        [one] Abbiamo tolto la tua risposta a un evento in arrivo (il posto passa a chi aspetta).
       *[other] Abbiamo tolto le tue risposte a { $answers } eventi in arrivo (i posti passano a chi aspetta).
    }
    { $applications ->
        [0] Non avevi candidature aperte.
        [one] Abbiamo chiuso una tua candidatura, invito o partecipazione, e l'abbiamo detto ai coordinatori.
       *[other] Abbiamo chiuso { $applications } tue candidature, inviti o partecipazioni, e l'abbiamo detto ai coordinatori.
    }
    Del profilo ho tenuto solo mese e anno di nascita, lingua e la richiesta. Se entro il { $until } non arriva un nuovo ok, cancelliamo anche questi. Scrivi /start per chiedere un nuovo link.
paper-usage = Scrivi il codice del modulo, per esempio <code>/consent K7QX2M</code>.
paper-unknown-code = Nessuna richiesta in attesa con il codice { $code }. Controlla il modulo, oppure vedi /pending.
paper-card = 📝 Modulo di carta per <b>{ $name }</b> (nascita: { $born }), codice <code>{ $code }</code>. Segna cosa permette il modulo, poi registra.
paper-record = 📝 Registra il modulo firmato
paper-recorded = ✅ Modulo registrato per { $name } ({ $code }). A { $name }: { $told }.
pending-status-opened = link aperto
pending-status-withdrawn = ritirato
page-previous = ⬅️ Indietro
page-next = Avanti ➡️
staff-only = Questo comando è per lo staff.
day-month = { $day } { $month }
command-guardian = I consensi che hai dato come genitore
command-pending = Da fare: consensi e date da controllare, richieste in attesa
command-consent = Registra un modulo di consenso firmato

## Eventi (/events, /myevents, promemoria e avvisi)
command-events = Eventi a cui puoi venire
command-myevents = Eventi a cui hai risposto
command-newevent = Crea un evento passo passo
command-manageevents = I tuoi eventi: modifica o annulla (coordinatori)
event-date = { $weekday } { $day } { $month }, { $time }
event-date-year = { $weekday } { $day } { $month } { $year }, { $time }
weekday-0 = lunedì
weekday-1 = martedì
weekday-2 = mercoledì
weekday-3 = giovedì
weekday-4 = venerdì
weekday-5 = sabato
weekday-6 = domenica
event-month-1 = gennaio
event-month-2 = febbraio
event-month-3 = marzo
event-month-4 = aprile
event-month-5 = maggio
event-month-6 = giugno
event-month-7 = luglio
event-month-8 = agosto
event-month-9 = settembre
event-month-10 = ottobre
event-month-11 = novembre
event-month-12 = dicembre
event-online = 🌐 online: { $link }
event-length-both = { $hours ->
        [one] 1 ora
       *[other] { $hours } ore
    } e { $minutes } min
event-length-hours = { $hours ->
        [one] 1 ora
       *[other] { $hours } ore
    }
event-length-minutes = { $minutes } min
event-seats-unlimited = 👥 Posti senza limite
event-seats-full = 👥 Pieno: puoi metterti in lista d'attesa
event-seats-full-short = 👥 Pieno
event-seats-left = 👥 { $left ->
        [one] 1 posto libero
       *[other] { $left } posti liberi
    } su { $capacity }
event-audience-project = 🎯 Solo per chi partecipa a { $project }
event-audience-ages = 🎯 Dai { $low } ai { $high } anni
event-audience-everyone = 🎯 Tutti
event-card-title = 📅 <b>{ $title }</b>
event-card-when = 🕒 { $when } ({ $length })
event-card-where = 📍 { $where }
event-card-project = 🌱 Fa parte di { $project }
offset-days = { $n }g
offset-hours = { $n }h
offset-minutes = { $n } min
event-card-reminders = ⏰ Promemoria: { $offsets } prima
event-card-no-reminders = ⏰ Nessun promemoria
event-card-counts = ✅ { $going ->
        [one] 1 viene
       *[other] { $going } vengono
    } · 🤔 { $maybe } forse · ⏳ { $waiting } in attesa
event-card-description = { $description }
event-line = <b>{ $number }. { $title }</b> · { $when }
    📍 { $where }{ $status }
event-line-online = 🌐 online
event-line-cancelled = ❌ Annullato
event-line-full = 👥 pieno
event-line-left = 👥 { $left ->
        [one] 1 libero
       *[other] { $left } liberi
    }
event-date-short = { $weekday } { $day } { $month } { $time }
weekday-short-0 = lun
weekday-short-1 = mar
weekday-short-2 = mer
weekday-short-3 = gio
weekday-short-4 = ven
weekday-short-5 = sab
weekday-short-6 = dom
event-your-going = vieni ✅
event-your-maybe = hai detto forse 🤔
event-your-no = non puoi venire
event-your-waitlist = sei in lista d'attesa ⏳
event-your-offered = c'è un posto che ti aspetta 🎟️
event-button-details = ℹ️ { $number }
event-your-answer = La tua risposta: { $answer }
event-add-to-calendar = 📆 Nel calendario
event-calendar-caption = 📆 { $title }: apri il file per aggiungerlo al tuo calendario.
event-back-to-list = ⬅️ Torna all'elenco
event-button-going = ✅ Vengo
event-button-waitlist = ⏳ Lista d'attesa
event-button-maybe = 🤔 Forse
event-button-no = ❌ Non posso
event-button-confirm = 🎟️ Sì, vengo
events-heading = 📅 <b>Prossimi eventi per te</b> ({ $count })
events-staff = 📅 L'elenco degli eventi è per i giovani. Gli eventi che organizzi sono in /manageevents; creane uno con /newevent.
events-none = 📅 Per ora non ci sono eventi per te. Ne arriveranno di nuovi presto: intanto dai un'occhiata a /projects!
myevents-heading = 🗓️ <b>Le tue risposte</b> ({ $count }). Tocca per cambiarne una.
myevents-none = 🗓️ Non hai ancora risposto a nessun evento in arrivo. Guarda cosa c'è con /events.
event-refused-gone = Questo evento è annullato, è già iniziato o non esiste più.
event-refused-cancelled = ❌ Questo evento è stato annullato. Ci dispiace!
event-date-cancelled = ❌ Questa data è annullata; le altre restano come sono.
event-refused-started = Questo evento è già iniziato: non si può più rispondere.
event-refused-profile = Prima completa il tuo profilo con /start, poi potrai rispondere agli eventi 🙂
event-refused-guardian = ⏳ Aspettiamo l'ok di un tuo genitore: poi potrai vedere gli eventi e rispondere. Con /start vedi a che punto è la richiesta.
event-refused-audience = Questo evento è per un altro gruppo (una fascia d'età, o chi partecipa a un progetto).
event-offer-gone = Questo posto non è più tenuto per te: il tempo per confermare è passato, o l'evento è cambiato.
event-answered-going = 🎉 Ci sei! Il posto è tuo.
event-answered-going-open = 🎉 Ci sei! Ci vediamo lì.
event-answered-waitlist = È pieno, quindi sei in lista d'attesa ⏳ Se si libera un posto, ti scrivo subito.
event-answered-maybe = 🤔 Segnato: forse. Per un forse non teniamo il posto: se poi vieni, tocca Vengo.
event-answered-no = Ok, grazie per avercelo detto.
event-already-going = Hai già detto che vieni 👍
event-already-waitlist = Sei già in lista d'attesa ⏳
event-already-maybe = Hai già detto forse 👍
event-already-no = Hai già detto che non puoi venire 👍
event-reminder =
    ⏰ Si comincia { $left }!

    { $card }
event-left-days = tra { $days } giorni
event-left-hours = { $hours ->
        [one] tra un'ora
       *[other] tra { $hours } ore
    }
event-left-minutes = tra { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    }
event-cannot = ✖️ Non posso venire
event-seat-confirmed = 🎉 Il posto è tuo! Ci vediamo lì.
event-notice-moved =
    📅 <b>L'evento è stato spostato</b> (prima era { $was }):

    { $card }

    Vieni ancora? Allora non devi fare niente. Se non riesci più, tocca Non posso venire.
event-notice-place =
    📍 <b>L'evento ha un nuovo luogo</b>:

    { $card }

    Vieni ancora? Allora non devi fare niente. Se non riesci più, tocca Non posso venire.
event-notice-moved-maybe =
    📅 <b>L'evento è stato spostato</b> (prima era { $was }):

    { $card }

    Avevi detto forse: ora è { $when }. Ci sei?
event-notice-place-maybe =
    📍 <b>L'evento ha un nuovo luogo</b>:

    { $card }

    Avevi detto forse: ci sei ancora?
event-notice-lapsed = ⌛ Non hai confermato in tempo il posto per <b>{ $title }</b>, quindi non è più tenuto per te. Vuoi ancora venire? Tocca Vengo: se c'è posto è tuo, se no torni in lista d'attesa.
event-notice-released = 🎯 <b>{ $title }</b> ora è per un altro gruppo, quindi non sei più in lista. Ci dispiace! Guarda /events per altri eventi.
event-notice-cancelled = ❌ L'evento <b>{ $title }</b> ({ $when }) è stato annullato. Ci dispiace! Guarda /events per altri eventi.
event-notice-offer =
    🎟️ <b>Si è liberato un posto per te!</b>

    { $card }

    Confermalo entro { $until } per prenderlo.
## Gestire gli eventi (coordinatori)
manageevents-heading = 🗂️ <b>I tuoi prossimi eventi</b> ({ $count }). Toccane uno per vedere le risposte, modificarlo o annullarlo.
manageevents-none = Non hai eventi in arrivo. Creane uno con /newevent.
manageevents-item = { $title } · { $when }
manageevents-gone = Questo evento è annullato, è già iniziato, o non puoi modificarlo.
manageevents-not-yours = Questo evento non è tuo: solo chi lo organizza (o un admin) può aprirlo.
manageevents-was-cancelled = Questo evento è stato annullato.
manageevents-started = Questo evento è già iniziato: non si può più modificare né annullare. Puoi vedere 👥 Chi viene.
manageevents-ended = Questo evento è già finito: non si può più cambiare. Chi è venuto lo segni da 📋 Eventi finiti: presenze, in /manageevents.
manageevents-live-item = 🟢 in corso · { $title } · fino alle { $until }
manageevents-live-heading = 🟢 Gli eventi in corso sono in cima: toccane uno per vedere chi viene.
manageevents-finish-first = Stai già scrivendo un altro evento: prima pubblicalo o annullalo (/cancel).
manageevents-who = 👥 Chi viene
manageevents-back-event = ⬅️ Torna all'evento
manageevents-edit = ✏️ Modifica
manageevents-cancel = ❌ Annulla evento
manageevents-back = ⬅️ I tuoi eventi
manageevents-cancel-ask = Annullare <b>{ $title }</b>? { $people ->
        [0] Nessuno ha ancora risposto.
        [one] La persona che ha risposto sarà avvisata.
       *[other] Le { $people } persone che hanno risposto saranno avvisate.
    }
manageevents-cancel-yes = ❌ Sì, annullalo
manageevents-cancel-no = ⬅️ No, tienilo
manageevents-cancelled = ❌ L'evento <b>{ $title }</b> è annullato: chi aveva risposto non riceverà più promemoria. L'avviso dell'annullamento:
## /newevent
newevent-title = 📅 <b>Nuovo evento</b> ({ $number }/{ $total }). Come si chiama? (da 3 a 80 caratteri)
newevent-description = 📝 ({ $number }/{ $total }) Qualche riga: cosa farete, cosa portare. Al massimo 1000 caratteri, oppure Salta.
newevent-start =
    🕒 ({ $number }/{ $total }) Quando inizia? Scrivi giorno e ora, per esempio
    <code>12/03 18:30</code>, <code>domani 18:30</code> o <code>sabato 10:00</code>.
newevent-start_confirm = 🕒 ({ $number }/{ $total }) Quindi inizia <b>{ $when }</b>. Giusto?{ $ambiguous }
newevent-ambiguous = {""}
    ⚠️ Quella notte si torna all'ora solare, quindi le { $time } capitano due volte: ho preso la prima (ora legale).
newevent-duration = ⏱️ ({ $number }/{ $total }) Quanto dura? Tocca o scrivi, per esempio <code>2h</code> o <code>90 min</code>.
newevent-where = 📍 ({ $number }/{ $total }) Dove? Scrivi l'indirizzo o il luogo, o incolla il link se è online.
newevent-link = 🌐 ({ $number }/{ $total }) Incolla il link per collegarsi, per esempio <code>https://meet.example.org/abc</code>.
newevent-capacity = 👥 ({ $number }/{ $total }) Quanti posti? Tocca o scrivi un numero, oppure Senza limite.
newevent-project = 🌱 ({ $number }/{ $total }) Fa parte di uno dei tuoi progetti?
newevent-audience = 🎯 ({ $number }/{ $total }) Per chi è? Tocca, o scrivi una fascia d'età, per esempio <code>16-25</code>.
newevent-reminders = ⏰ ({ $number }/{ $total }) Quando ricordo l'evento a chi viene? Tocca, o scrivi quanto prima dell'inizio, per esempio <code>2g, 3h</code>.
newevent-skip = Salta
newevent-start-yes = ✅ Sì
newevent-start-retype = ✏️ No, riscrivo
newevent-duration-preset = { $length }
newevent-online = 🌐 È online
newevent-no-limit = Senza limite
newevent-no-project = Nessun progetto
newevent-everyone = Tutti ({ $low }–{ $high })
newevent-participants = Solo chi partecipa al progetto
newevent-reminders-default = ⏰ { $offsets } prima
newevent-reminders-none = Nessun promemoria
newevent-cancel = ✖️ Annulla
newevent-preview = 👀 <b>Anteprima</b>: ecco l'evento come lo vedranno. Tocca cosa cambiare, poi Pubblica.
newevent-preview-edit = ✏️ <b>Modifica</b>: tocca cosa cambiare, poi Salva. Se cambiano orario o luogo, chi ha risposto viene avvisato.
newevent-edit-title = ✏️ Titolo
newevent-edit-description = ✏️ Descrizione
newevent-edit-start = ✏️ Inizio
newevent-edit-duration = ✏️ Durata
newevent-edit-where = ✏️ Luogo
newevent-edit-capacity = ✏️ Posti
newevent-edit-project = ✏️ Progetto
newevent-edit-audience = ✏️ Per chi
newevent-edit-reminders = ✏️ Promemoria
newevent-publish = 🚀 Pubblica
newevent-save-changes = 💾 Salva le modifiche
newevent-published = 🚀 Pubblicato! Chi può partecipare lo vede già in /events. Modificalo o annullalo da /manageevents.
newevent-changed = ✅ Modifiche salvate.
newevent-cancelled = Ok, lascio perdere: non ho pubblicato niente.
newevent-edit-cancelled = Ok, non è cambiato nulla.
newevent-not-saved-not-yours = Non ho potuto salvare: questo evento non è più tuo da modificare.
newevent-not-saved-too-few-seats = Non ho potuto salvare: i posti non possono essere meno delle persone che ne hanno già uno.
newevent-not-saved-gone = Non ho potuto salvare: l'evento è annullato o è già iniziato.
newevent-not-saved-changed = Qualcun altro ha modificato l'evento nel frattempo: riaprilo da /manageevents per vederlo com'è ora.
newevent-not-saved-past = Nel frattempo l'ora d'inizio è passata: scrivine una nuova.
newevent-problem-title = ✍️ Il titolo deve avere da 3 a 80 caratteri.
newevent-problem-description = ✍️ La descrizione può avere al massimo 1000 caratteri.
newevent-problem-not-understood = 🤔 Non ho capito la data. Prova con <code>12/03 18:30</code>, <code>12 marzo 18:30</code> o <code>domani 18:30</code>.
newevent-problem-no-time = 🕒 Mi serve anche l'ora, per esempio <code>12/03 18:30</code>.
newevent-problem-past = 📅 Quel momento è già passato: scrivi una data e un'ora future.
newevent-problem-skipped-hour = 🕑 Quell'ora non esiste: quella notte si passa all'ora legale (dalle 02:00 direttamente alle 03:00). Scegli un altro orario.
newevent-problem-no-such-day = 📅 Quel giorno non esiste nel calendario (come il 31 febbraio). Controlla la data e riscrivila.
newevent-problem-no-such-time = 🕒 Quell'ora non esiste: gli orari vanno dalle 00:00 alle 23:59. Per mezzanotte, scrivi 00:00 del giorno dopo.
newevent-problem-too-far = 📅 È a più di due anni da oggi: controlla l'anno.
newevent-problem-wrong-weekday = 📅 Il giorno della settimana e la data non corrispondono: controlla il calendario e riscrivila (basta la data, per esempio <code>17/01 18:00</code>).
newevent-problem-duration = ⏱️ Scrivi quanto dura, da 5 minuti a 7 giorni, per esempio <code>2h</code> o <code>90 min</code>.
newevent-problem-link = 🌐 Non è un link che posso usare. Incolla l'indirizzo completo, che inizia con <code>https://</code>.
newevent-problem-place = 📍 Scrivi il luogo in 2-120 caratteri.
newevent-problem-capacity = 🔢 Scrivi un numero di posti da 1 a 10000, oppure tocca Senza limite.
newevent-problem-ages = 🎂 Scrivi due età tra { $low } e { $high } anni, per esempio <code>16-25</code>.
newevent-problem-reminders = ⏰ Scrivi quanto prima dell'inizio, come <code>24h, 1h</code> o <code>2g, 30 min</code> (da 5 minuti a 14 giorni).
newevent-problem-buttons = 👇 Usa i pulsanti qui sotto.
newevent-problem-gone = Questo evento non è più in scrittura.

## Privacy (/privacy: una pagina breve e un pulsante per argomento)
privacy-home =
    🔒 <b>I tuoi dati, in breve</b>
    Teniamo solo quello che serve per proporti progetti ed eventi. Non lo vendiamo e non lo diamo a nessuno. Puoi vederlo, cambiarlo o cancellarlo quando vuoi.
    Tocca un argomento per saperne di più 👇
privacy-who =
    👥 <b>Chi tiene i dati e perché</b>
    I dati li tiene { $controller }, che gestisce questo bot. Li usiamo solo per:
    • proporti progetti ed eventi adatti a te;
    • mandarti promemoria e annunci, se li hai accettati;
    • tenere la community sicura.
    Sotto i 14 anni serve anche l'ok di un genitore o di chi si occupa di te.
    Per scrivere a chi tiene i dati: { $contact }
privacy-keep =
    🗂️ <b>Cosa teniamo e per quanto</b>
    Il tuo id Telegram, nome o soprannome, mese e anno di nascita, città, cause, competenze, disponibilità, lingua, consensi, candidature, risposte agli eventi e ore di volontariato. Mai telefono, email o foto. Il cognome di un attestato lo stampiamo: ne teniamo solo un controllo per verificarlo.
    Se non usi il bot per 12 mesi ti avvisiamo; dopo altri 30 giorni cancelliamo tutto. Dopo i { $max } anni ti salutiamo e cancelliamo il profilo dopo 60 giorni.
    Un avviso o un blocco in un gruppo resta anche se cancelli il profilo, ma senza il tuo nome.
    Le tue segnalazioni le leggono solo i responsabili della tutela e i moderatori; se cancelli il profilo, restano senza il tuo nome.
privacy-see =
    👀 <b>Chi vede cosa</b>
    • I coordinatori dei progetti vedono nome, fascia d'età, città, cause, competenze e disponibilità, solo se ti candidi o se hai scelto «Visibile ai progetti». Mai username, id o contatti.
    • Lo staff che gestisce il bot li vede quando serve per aiutarti o proteggere la community, e ogni azione resta registrata.
    • Gli admin possono scaricare i numeri della community in fogli di calcolo senza nomi, username o id.
    • Nessun altro.
    🎂 Età: se non puoi ancora entrare o serve l'ok di un genitore, per 30 giorni teniamo quella risposta (mese e anno) con un codice che non dice chi sei, anche se cancelli tutto. Se poi scrivi un'altra data, un moderatore vede solo le due date e decide.
privacy-rights =
    ✋ <b>I tuoi diritti</b>
    • /mydata — ricevi tutti i tuoi dati in un file
    • /profile — correggi le tue risposte
    • /settings — accendi o spegni ogni consenso, subito
    • /deleteme — cancelli tutto
    Se pensi che usiamo male i tuoi dati, puoi fare reclamo al Garante per la protezione dei dati personali: garanteprivacy.it
privacy-button-who = 👥 Chi e perché
privacy-button-keep = 🗂️ Cosa e quanto
privacy-button-see = 👀 Chi vede
privacy-button-rights = ✋ I tuoi diritti
privacy-button-home = ⬅️ Inizio

## I tuoi dati e come cancellarli
mydata-summary =
    📦 <b>Ecco cosa sappiamo di te</b>
    { $card }
    Nel file qui sotto c'è tutto, anche le date dei consensi.
mydata-no-profile = Non hai ancora un profilo: teniamo solo il tuo id Telegram e la lingua.
mydata-caption = Tutti i tuoi dati (JSON, si apre con qualsiasi editor di testo).
mydata-nothing = Non ho nessun dato su di te 🙂
mydata-announcements = 📣 { $sent ->
        [one] Ti è arrivato 1 annuncio.
       *[other] Ti sono arrivati { $sent } annunci.
    }
mydata-announcements-missed = Non ti sono arrivati: { $why }.
mydata-announcements-coming = { $coming ->
        [one] 1 è in arrivo.
       *[other] { $coming } sono in arrivo.
    }
mydata-copy-blocked = { $count } perché il bot era bloccato
mydata-copy-switched-off = { $count } perché avevi spento gli annunci
mydata-copy-failed = { $count } perché non si potevano mandare (per esempio, l'evento era già annullato)
mydata-copy-unknown = { $count } forse sì, forse no (il bot si è fermato mentre li mandava)
mydata-copy-gone = { $count } perché in quel momento il tuo profilo non c'era
mydata-copy-cancelled = { $count } perché l'invio è stato fermato
deleteme-warning =
    ⚠️ <b>Vuoi cancellare tutto?</b>
    Spariscono il profilo, le risposte, i consensi, le candidature ({ $applications }) e le ore di volontariato ({ $hours }). Non si può tornare indietro.
    Se poi vuoi tornare, ricominci da zero con /start.
deleteme-confirm = 🗑️ Sì, cancella tutto
deleteme-keep = ↩️ No, tengo il profilo
deleteme-kept = 👍 Bene, non ho cancellato niente.
deleteme-done = 🗑️ Fatto: ho cancellato il tuo profilo e i tuoi dati. Ciao, e grazie! Se vuoi tornare, scrivi /start.
deleteme-already = Non c'è più niente da cancellare.
deleteme-nothing = Non ho nessun dato su di te da cancellare 🙂

## Impostazioni
settings-intro =
    ⚙️ <b>Impostazioni</b>
    Tocca per cambiare: vale subito.
    • Lingua
    • Visibile ai progetti, promemoria eventi, annunci
    • Promemoria anche quando rispondi «Forse»
settings-remind-maybe = Promemoria anche per «Forse»
settings-invitations = Inviti ai progetti
settings-saved = ✅ Salvato
reconsent-intro = 📝 Abbiamo aggiornato l'informativa sulla privacy (/privacy). Prima di continuare, conferma cosa posso fare con i tuoi dati:

reconsent-guardian = 📝 Abbiamo aggiornato l'informativa sulla privacy (/privacy): serve di nuovo l'ok del tuo genitore. Intanto tutto continua come prima.

## Conservazione
retention-inactive-warning = 👋 Non ti vediamo da un anno! Se vuoi tenere il profilo, scrivi /start entro 30 giorni; altrimenti lo cancelleremo, come promesso.
retention-aged-out = 🎂 Hai più di { $max } anni: Generazione Changemaker è per i più giovani, quindi tra 60 giorni cancelleremo il tuo profilo. Con /mydata puoi scaricare i tuoi dati. Grazie di tutto! 💛

command-settings = Consensi e impostazioni
command-mydata = Scarica i tuoi dati
command-deleteme = Cancella il tuo profilo

## Staff
role-admin = admin
role-moderator = moderazione
role-coordinator = coordinamento
admin-only = Questo comando è per gli admin.
invite-which = Per quale ruolo vuoi invitare qualcuno nello staff?
staff-list =
    👥 <b>Staff</b> — admin: { $admins }, altri: { $count }
    { $lines }
staff-line = • { $name } — { $role }
demote-which = Tocca chi non deve più far parte dello staff:
demote-button = ✖️ { $name } ({ $role })
demote-done = ✅ Fatto: { $name } non fa più parte dello staff (era in { $role }). L'ho registrato.
demote-nobody = Nello staff non c'è nessuno oltre agli admin.
join-ask-name = 👋 Ti diamo il benvenuto! Hai un invito per lo staff, nel ruolo di { $role }. Come ti chiami? Scrivilo come lo vedranno staff e ragazzi: lo vedrà anche l'admin, che poi ti conferma.
join-bad-name = ✍️ Scrivi solo il tuo nome (al massimo 64 caratteri, niente link).
join-accept = ✅ Accetto il codice di condotta
join-unknown = 🤔 Questo invito non è valido: forse è già stato usato. Chiedine uno nuovo a un admin.
join-expired = ⌛ Questo invito è scaduto (vale 72 ore). Chiedine uno nuovo a un admin.
join-taken = Questo invito è già stato aperto da un altro account. L'ho detto all'admin: se l'invito era per te, ti manderà un link nuovo. Aspetta quello e aprilo: non iscriverti come giovane membro.
join-member =
    Questo account è iscritto come giovane membro, e nello staff non si entra con un profilo da giovane.
    Vuoi entrare nello staff con questo account? Cancella il tuo profilo da giovane con /deleteme, poi apri di nuovo lo stesso link: resta valido. Oppure chiedi all'admin che ti ha invitato: gliel'ho già detto.
join-already = Fai già parte dello staff 🙂
staff-conduct =
    📜 <b>Codice di condotta dello staff</b>
    • Parli con i ragazzi solo attraverso il bot: mai chiedere contatti o foto, mai incontri da soli.
    • Rispetti tutti, senza discriminazioni.
    • Se ti preoccupa la sicurezza di un ragazzo o una ragazza, lo segnali subito ai referenti per la tutela.
    • Usi i dati dei membri solo per il progetto e non li condividi.
    • Ogni tua azione con il bot viene registrata.
command-invite = Invita qualcuno nello staff
command-staff = Chi fa parte dello staff
command-demote = Togli un ruolo nello staff

## Progetti: coordinatori
coordinator-only = Questo comando è per i coordinatori dei progetti.
myprojects-none = Non hai ancora progetti. Usa /import per caricarli da un foglio di calcolo.
myprojects-button = { $title } · { $status }
project-status-draft = bozza
project-status-open = aperto
project-status-paused = in pausa
project-status-closed = chiuso
myprojects-publish = 🚀 Pubblica
myprojects-pause = ⏸️ Metti in pausa
myprojects-reopen = ▶️ Riapri
myprojects-close = 🔒 Chiudi
myprojects-participants = 👥 Partecipanti
myprojects-message = ✉️ Scrivi ai partecipanti
myprojects-now-open = 🚀 Pubblicato: i ragazzi adatti lo vedono in /projects.
myprojects-now-paused = ⏸️ In pausa: non viene più proposto.
myprojects-now-closed = 🔒 Chiuso.
not-your-project = Questo progetto non è tuo, o non sei più coordinatore.
message-no-participants = Il progetto non ha ancora partecipanti a cui scrivere.
message-type = ✉️ Scrivi il messaggio per { $count ->
        [one] il partecipante
       *[other] i { $count } partecipanti
    } di «{ $title }». Passa dal bot e resta registrato; niente contatti personali.
message-too-long = ✂️ Il messaggio è lungo { $length } caratteri: al massimo { $max }. Accorcialo e rimandalo.
message-reply = ↩️ Rispondi
project-message =
    ✉️ <b>{ $project }</b> — messaggio dai coordinatori:
    { $text }
review-card =
    🙋 <b>Nuova candidatura</b> per «{ $project }»
    👤 { $name } · { $band } anni · 📍 { $city }
    💚 { $causes }
    🛠️ { $skills }
    🗓️ { $days } · { $hours }
    💬 { $message }
review-reminder = ⏰ Questa candidatura aspetta una risposta da 3 giorni:
review-no-message = (nessun messaggio)
review-accept = ✅ Accetta
review-decline = ✖️ Rifiuta
review-already = Questa candidatura è già stata gestita.
review-ask-reason = Vuoi spiegare in breve perché? Scrivilo qui (lo leggerà il ragazzo o la ragazza), oppure tocca il pulsante.
review-no-reason = Rifiuta senza motivo
review-done-accepted = ✅ Candidatura accettata! { $left ->
        [0] «{ $title }» ora è al completo.
        [one] A «{ $title }» resta un posto.
       *[other] A «{ $title }» restano { $left } posti.
    }
review-done-declined = 👌 Fatto: candidatura non accettata.
application-accepted = 🎉 Sei dentro! I coordinatori di «{ $project }» hanno accettato la tua candidatura. Ti scriveranno qui nel bot.
application-declined = Per «{ $project }» questa volta non è andata. { $reason } Non mollare: in /projects ce ne sono altri!

## Progetti: ragazzi
project-remote = a distanza
project-deadline = · ⏳ candidature fino al { $date }
project-card =
    🌱 <b>{ $title }</b>
    { $description }
    💚 { $causes }
    🛠️ { $skills }
    📍 { $place } · 🎂 { $low }–{ $high } anni · ⏱️ { $hours } · 🗓️ { $days }
    👥 posti liberi: { $left } { $deadline }
why-shared = in comune: { $things }
why-candidate-shares = in comune col progetto: { $things }
why-hours = il tuo tempo basta
why-new = nuovo
why-open = aperto a tutti
projects-page =
    🔎 <b>Progetti per te</b> (pagina { $page } di { $pages })
    { $lines }
projects-line = { $number }. <b>{ $title }</b> — 📍 { $place }
    ✨ { $why }
projects-details = ℹ️ { $number }. { $title }
projects-apply = 🙋 Mi interessa
projects-remote = 🌐 Progetti a distanza
projects-browse = 🧭 Cerca per causa
projects-none-no-consent = 🔎 «Visibile ai progetti» è spento in /settings, quindi non uso il tuo profilo per sceglierli. Puoi comunque cercare per causa 👇
projects-none-guardian = ⏳ Aspettiamo l'ok del tuo genitore: poi potrai vedere i progetti e candidarti.
projects-none-nothing-fits = 🔎 Per ora nessun progetto aperto fa per la tua età e il tuo profilo. Puoi cercare per causa, o aggiungere cause e competenze in /profile. Ne arrivano di nuovi spesso!
projects-none-no-profile = Prima crea il tuo profilo con /start.
projects-pick-cause = Quale causa ti interessa?
projects-browse-none = Nessun progetto aperto per { $cause } adatto alla tua età, per ora.
projects-browse-list = { $cause }: { $count ->
        [one] un progetto
       *[other] { $count } progetti
    }. Tocca per i dettagli:
project-gone = Questo progetto non è più disponibile.
apply-problem-not-eligible = Non puoi candidarti a questo progetto: non è aperto, è pieno, è scaduto o non è per la tua età.
apply-problem-already = Hai già mandato la candidatura per questo progetto: vedi /myapplications.
apply-ask-message = ✍️ Vuoi aggiungere un breve messaggio per i coordinatori di «{ $title }»? Scrivilo qui (al massimo { $max } caratteri), oppure tocca un pulsante.
apply-without-message = 📨 Invia senza messaggio
apply-cancel = ✖️ Lascia perdere
apply-cancelled = Ok, nessuna candidatura inviata.
apply-message-too-long = ✂️ Il messaggio è lungo { $length } caratteri: al massimo { $max }. Puoi tenere i primi { $max } (finirebbe così: «…{ $ending }»), oppure accorciarlo tu e rimandarlo.
application-sent = 📨 Candidatura inviata per «{ $title }»! Ti dico qui appena i coordinatori rispondono. Le tue candidature: /myapplications
myapplications-none = Non hai ancora mandato candidature. Guarda /projects!
myapplications-list =
    📋 <b>Le tue candidature</b>
    { $lines }
myapplications-line = • { $title } — { $status }
application-status-invited = invito da rispondere
application-status-applied = in attesa di risposta
application-status-accepted = ✅ sei dentro
application-status-declined = non accettata
application-status-withdrawn = ritirata
application-status-left = hai lasciato
application-status-invite_declined = invito rifiutato
myapplications-withdraw = ↩️ Ritira: { $title }
myapplications-write = ✉️ Scrivi: { $title }
myapplications-leave = 🚪 Lascia
application-withdrawn = ↩️ Candidatura ritirata per «{ $title }».
application-left = 🚪 Hai lasciato «{ $title }». Grazie per quello che hai fatto!
application-invite_declined = 👍 Ok, hai detto di no all'invito per «{ $title }».
coordinator-told-invite_declined = { $name } ha detto di no all'invito per «{ $title }».
coordinator-told-withdrawn = ↩️ { $name } ha ritirato la candidatura per «{ $title }».
coordinator-told-left = 🚪 { $name } ha lasciato «{ $title }»: si è liberato un posto.
reply-type = ✍️ Scrivi il messaggio per i coordinatori di «{ $title }». Passa dal bot e resta registrato. /cancel per lasciar stare.
reply-sent = ✉️ Il tuo messaggio ai coordinatori:
candidates-which = Per quale progetto cerchi ragazzi?
candidates-no-open = Non hai progetti aperti: pubblicane uno da /myprojects.
candidates-none = Per «{ $title }» non c'è nessuno da proporti adesso, tra chi ha scelto di essere visibile ai progetti.
candidates-list =
    🔎 <b>Chi potrebbe fare al caso di «{ $title }»</b>
    Solo ragazzi che hanno scelto di essere visibili ai progetti; niente contatti.
    { $lines }
candidates-line = { $number }. { $name } · { $band } anni · 📍 { $city }
    ✨ { $why }
candidates-gone = Questa persona non è più tra i candidati (ha già un invito o una candidatura, o ha cambiato le sue scelte).
candidates-invite = 💌 Invita { $name }
invite-result-sent = 💌 Invito fatto a { $name }.
invite-result-not-yours = Questo progetto non è tuo.
invite-result-daily-limit = Hai già mandato 20 inviti oggi per questo progetto: riprova domani.
invite-result-not-open = Il progetto non è aperto o è pieno.
invite-result-already = Questa persona ha già un invito o una candidatura per il progetto.
invite-result-not-wanted = Questa persona per ora non accetta inviti ai progetti.
myapplications-accept-invite = ✅ Accetto: { $title }
myapplications-decline-invite = ✖️ No, grazie
command-candidates = Trova ragazzi per un progetto
newproject-title = 📝 <b>Nuovo progetto</b> ({ $number }/{ $total }). Come si chiama? (da 3 a 80 caratteri)
newproject-description = 📝 ({ $number }/{ $total }) Descrivilo in poche righe: cosa si fa, dove, con chi. Al massimo 1000 caratteri.
newproject-causes = 💚 ({ $number }/{ $total }) Per quali cause? Scegline almeno una, poi Fatto.
newproject-skills = 🛠️ ({ $number }/{ $total }) Quali competenze servono? Facoltativo.
newproject-place = 📍 ({ $number }/{ $total }) Dove? Scrivi la città, oppure tocca un pulsante.
newproject-ages = 🎂 ({ $number }/{ $total }) Per che età? Scegli o scrivi, per esempio <code>16-25</code>.
newproject-hours = ⏱️ ({ $number }/{ $total }) Quante ore a settimana chiede? Scegli o scrivi un numero.
newproject-days = 🗓️ ({ $number }/{ $total }) In quali momenti? Scegline almeno uno, poi Fatto.
newproject-places = 👥 ({ $number }/{ $total }) Quanti posti? Scegli o scrivi un numero (fino a 500).
newproject-deadline = ⏳ ({ $number }/{ $total }) Fino a quando ci si può candidare? Scrivi una data (<code>31/03/2027</code>) o tocca il pulsante.
newproject-cocoordinators = 🤝 ({ $number }/{ $total }) Altri coordinatori per questo progetto? Facoltativo: tocca i nomi, poi Fatto.
newproject-ages-preset = { $low }–{ $high }
newproject-no-deadline = Nessuna scadenza
newproject-cancel = ✖️ Annulla
newproject-preview = 👀 <b>Anteprima</b>: ecco come lo vedranno i ragazzi.
newproject-preview-edit = ✏️ <b>Modifica</b>: tocca cosa cambiare, poi Salva.
newproject-save-changes = 💾 Salva le modifiche
newproject-changed = ✅ Modifiche salvate.
newproject-edit-title = ✏️ Titolo
newproject-edit-description = ✏️ Descrizione
newproject-edit-causes = ✏️ Cause
newproject-edit-skills = ✏️ Competenze
newproject-edit-place = ✏️ Luogo
newproject-edit-ages = ✏️ Età
newproject-edit-hours = ✏️ Ore
newproject-edit-days = ✏️ Momenti
newproject-edit-places = ✏️ Posti
newproject-edit-deadline = ✏️ Scadenza
newproject-edit-cocoordinators = ✏️ Coordinatori
myprojects-edit = ✏️ Modifica
newproject-publish = 🚀 Pubblica
newproject-save = 💾 Salva come bozza
newproject-published = 🚀 Pubblicato! I ragazzi adatti lo vedono già in /projects. Lo gestisci da /myprojects.
newproject-saved = 💾 Salvato come bozza: lo pubblichi quando vuoi da /myprojects.
newproject-edit-cancelled = Ok, non ho cambiato niente.
newproject-cancelled = Ok, progetto annullato.
newproject-problem-title = ✍️ Il titolo deve avere da 3 a 80 caratteri.
newproject-problem-duplicate = Esiste già un progetto con questo titolo: scegline un altro.
newproject-problem-description = ✍️ La descrizione deve avere da 1 a 1000 caratteri.
newproject-problem-city = 📍 Non trovo questa città: scrivi il nome di un comune italiano (per esempio <code>Torino</code>) o di una grande città estera, oppure tocca un pulsante.
newproject-problem-ages = 🎂 Scrivi due età tra { $low } e { $high } anni, per esempio <code>16-25</code>.
newproject-problem-hours = 🔢 Scrivi un numero di ore da 1 a 40, oppure tocca una delle fasce qui sotto.
newproject-problem-places = 🔢 Scrivi un numero di posti da 1 a 500.
newproject-problem-date = 📅 Scrivi la data così: <code>31/03/2027</code>.
newproject-problem-past = 📅 Quella data è già passata.
newproject-problem-empty = Scegline almeno uno 🙂
newproject-problem-buttons = 👇 Qui usa i pulsanti.
newproject-problem-save = Non ho potuto salvare: i posti non possono essere meno dei partecipanti, oppure il progetto non è più tuo.
newproject-problem-gone = Questo progetto non è più in preparazione.
project-remote-button = 🌐 A distanza
command-newproject = Crea un progetto passo passo
projectlog-none = Non ci sono ancora progetti pubblicati.
projectlog-which = Di quale progetto vuoi leggere i messaggi?
projectlog =
    🗂️ <b>Messaggi di «{ $title }»</b> ({ $count } in tutto, dal più recente) · pagina { $page } di { $pages }

    { $lines }
projectlog-staff-line = [{ $when }] 🧑‍💼 { $who }: { $text }
projectlog-member-line = [{ $when }] 🙋 { $who }: { $text }
command-projects = Progetti adatti a te
command-myapplications = Le tue candidature
command-myprojects = I tuoi progetti (coordinatori)
command-import = Importa progetti da un foglio di calcolo
command-projectlog = Messaggi di un progetto (moderatori)

## Risposte di riserva
unknown-command = Non conosco il comando { $command } 🤔 Scrivi /help per vedere quelli che uso.
stray-text = Per ora rispondo ai comandi e ai pulsanti. Scrivi /help per vedere cosa posso fare.
stray-media = Grazie! Però per ora capisco solo comandi e pulsanti. Scrivi /help per iniziare.
edited-message = Ho visto che hai modificato un messaggio: non cambia quello che ho già fatto. Se serve, scrivimi di nuovo.
button-expired = Questo pulsante non è più attivo. Riprova dal messaggio più recente.
error-generic = Ops, qualcosa è andato storto da parte nostra 😕 Riprova tra poco; se succede ancora, scrivi /help.

# One conversation at a time: starting something while another is half done.
conversation-busy = Hai ancora in sospeso { $what }. Vuoi continuare, o lasciarlo perdere e iniziare { $new }?
conversation-keep = ▶️ Continua: { $what }
conversation-replace = 🆕 Lascia perdere, inizia { $new }
conversation-kept = Ok, riprendiamo da dove ci eravamo fermati: rispondi all'ultima domanda qui sopra.
flow-onboarding = l'iscrizione
flow-profile_edit = una modifica al profilo
flow-staff_join = l'ingresso nello staff
flow-project_draft = un nuovo progetto
flow-event_draft = un evento
flow-question = un messaggio
question-lapsed = ⌛ È passato un po' di tempo e quella domanda è scaduta: il messaggio non è stato inviato. Tocca di nuovo il pulsante per riprovare.
member-waiting-guardian = ⏳ Aspettiamo l'ok del tuo genitore: poi potrai usare tutto. /start ti dice a che punto è la richiesta.
