## The bot in the community groups, and contact details posted there (safeguarding rule 26).

groups-pointer =
    👋 Ciao! Per presentarti, scoprire progetti ed eventi o chiedere aiuto (/help), scrivimi in privato: tocca il pulsante qui sotto.
    Qui nel gruppo resto in silenzio, per non riempire la chat.
groups-pointer-button = 💬 Scrivimi in privato
groups-rules =
    📌 <b>Le regole del gruppo</b>
    1. Rispetto per tutti: niente insulti, prese in giro o esclusioni.
    2. Niente numeri di telefono, e-mail, @nomi o inviti su altre app: gli incontri si organizzano qui.
    3. Niente spam, pubblicità o contenuti da adulti.
    4. Se qualcosa non va, scrivi /report: ti ascoltiamo.
groups-welcome-held =
    👋 <b>Benvenuto/a nel gruppo di { $community }!</b>
    { groups-rules }
    ✍️ Per ora qui puoi solo leggere: presentati al bot in privato (bastano due minuti) e potrai scrivere subito.
groups-welcome-guardian = 👨‍👩‍👧 Se hai meno di { $below } anni serve anche l'ok di un genitore: il bot ti spiega come, e potrai scrivere appena un moderatore lo controlla.
groups-welcome-open =
    👋 <b>Benvenuto/a nel gruppo di { $community }!</b>
    { groups-rules }
    ✨ Presentati al bot in privato (bastano due minuti): ti farà scoprire progetti ed eventi adatti a te.
groups-welcome-back =
    👋 <b>Benvenuto/a nel gruppo di { $community }!</b> Ci conosciamo già dal bot: puoi scrivere subito.
    { groups-rules }
groups-welcome-button = 👋 Presentati al bot
groups-cannot-restrict =
    ⚠️ <b>Per gli amministratori del gruppo</b>
    Chi entra dovrebbe poter solo leggere finché non si presenta al bot, ma non ho il permesso di limitare i membri.
    Datemi il diritto «Bloccare utenti» (Ban users) nelle impostazioni degli amministratori. Fino ad allora chi entra può scrivere subito.
groups-released = 🔓 Ora puoi scrivere anche nel gruppo della community. Buona chiacchierata!
groups-still-held = ⏳ Nel gruppo della community potrai scrivere appena un moderatore controlla il consenso del tuo genitore. Te lo dico io quando è fatto.
groups-contacts-member =
    🛡️ Ho tolto il tuo messaggio dal gruppo «{ $group }»: c'era un contatto personale (un numero, un'e-mail, un @nome o un invito su un'altra app).
    Nel gruppo ci sono tante persone che non conosci: per la tua sicurezza i contatti lì non si scambiano. Non sei nei guai 🙂
    Puoi riscrivere il messaggio senza. Se qualcuno ti ha chiesto il tuo contatto e la cosa ti mette a disagio, scrivi /report.
groups-contacts-alert =
    🛡️ <b>Contatto tolto da un gruppo</b>
    { $name } ({ $band ->
        [unknown] età non nota: non si è ancora presentato/a al bot
       *[other] { $band } anni
    }) ha scritto nel gruppo «{ $group }» un messaggio con:
    { $found }{ $context }
    { $removed ->
        [yes] Ho tolto il messaggio.
       *[no] ⚠️ Non sono riuscito a toglierlo: toglietelo voi, per favore.
    } { $told ->
        [now] Gli/le ho spiegato il perché in privato, subito.
        [earlier] Gli/le avevo già spiegato il perché in privato pochi minuti fa.
       *[unreachable] Non posso spiegarglielo: non ha avviato il bot.
    }
groups-contacts-reply = ↩️ Rispondeva a { $name } ({ $band ->
        [unknown] età non nota
       *[other] { $band } anni
    }), che aveva scritto: <i>«{ $quote }»</i>
groups-contacts-adult =
    🛡️ Ho tolto il tuo messaggio dal gruppo «{ $group }»: c'era un contatto (un numero, un'e-mail, un @nome o un invito su un'altra app).
    La regola 2 del gruppo vale per tutti: lì ci sono tanti ragazzi e ragazze minorenni, e gli incontri si organizzano nel gruppo. Grazie!
groups-solicit-alert =
    🚨 <b>Un adulto chiede contatti o segreti in un gruppo</b>
    { $adult } ({ $band } anni) ha scritto nel gruppo «{ $group }»{ $to }:
    <i>«{ $quote }»</i>
    { $removed ->
        [yes] Ho tolto il messaggio perché conteneva un contatto.
       *[no] Il messaggio è ancora nel gruppo: guardatelo voi.
    }
groups-solicit-to = , rispondendo a { $minor } ({ $band ->
        [unknown] età non nota
       *[other] { $band } anni
    })
groups-released-barred = ✅ Hai finito di presentarti! Nel gruppo però per ora non puoi scrivere: vale ancora la decisione dei moderatori.
groups-released-paused = ✅ Hai finito di presentarti! Nel gruppo vale ancora la pausa decisa dai moderatori: potrai scrivere dal { $until }. Fino ad allora puoi leggere.
groups-rejoined-barred = ⏸️ Sei di nuovo nel gruppo, ma vale ancora la pausa decisa dai moderatori: per ora puoi solo leggere.
groups-rejoined-paused = ⏸️ Sei di nuovo nel gruppo, ma vale ancora la pausa decisa dai moderatori: potrai scrivere dal { $until }. Fino ad allora puoi leggere.
groups-welcome-summary-held = 🇬🇧 Welcome! For now you can only read here: say hi to the bot in private (two minutes) and you can write.
groups-welcome-summary-open = 🇬🇧 Welcome! No phone numbers, @names or other apps here. Say hi to the bot in private to find projects and events.
groups-welcome-summary-back = 🇬🇧 Welcome back! You can write now: no phone numbers, @names or other apps here.
guardian-status-group = ✍️ Nel gruppo della community potrai scrivere appena un moderatore controlla l'ok del tuo genitore.
modlog-do-groups-adult_asked = { $who } ha segnalato un messaggio di { $whom } nel gruppo: chiedeva contatti, una chat privata o un segreto
