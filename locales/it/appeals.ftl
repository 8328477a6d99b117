# Ricorsi (/appeal): il membro chiede di rivedere un suo provvedimento; un moderatore lo conferma o lo toglie.
command-appeal = Chiedi di rivedere un provvedimento
appeal-none = 🙂 Non hai avvisi, silenzi o ban in corso: non c'è niente da rivedere.
appeal-list = ⚖️ <b>Chiedi di rivedere un provvedimento</b>
    Se pensi che sia stato un errore o vuoi spiegare cosa è successo, scegli quale: lo legge un moderatore.
appeal-pick = { $number }. { $kind } del { $at }
appeal-sanction = <b>{ $kind }</b> del { $at } in { $group }
    { $until }
    Motivo: { $reason }
appeal-until = { $kind ->
        [warn] Conta fino al { $until }.
       *[other] Dura fino al { $until }.
    }
appeal-until-lifted-warn = Conta finché un moderatore non lo toglie.
appeal-until-lifted-mute = Dura finché un moderatore non lo toglie.
appeal-until-lifted-ban = Dura finché un moderatore non lo toglie.
appeal-until-lifted-kick = È già finito.
appeal-kind-warn = ⚠️ Avviso
appeal-kind-mute = 🔇 Silenzio
appeal-kind-ban = 🚫 Ban
appeal-kind-kick = 👋 Uscita forzata
appeal-a-group = un gruppo
appeal-no-reason = nessuno scritto
appeal-listed-waiting = ⏳ L'hai già mandato: aspetta un moderatore.
appeal-listed-answered = ⚖️ Già rivisto da un moderatore.
appeal-already-open = ⏳ Hai già chiesto di rivedere questo: un moderatore lo sta guardando. Ti scrivo qui appena decide.
appeal-already-answered = ⚖️ Questo è già stato rivisto da un moderatore e ti ho scritto la sua risposta. Si può chiedere una volta sola.
appeal-gone = 🙂 Questo provvedimento non c'è più (è finito o è stato tolto). Scrivi /appeal per vedere cosa resta.
appeal-ask-why = ✍️ Spiega in poche parole perché vuoi che lo rivediamo (al massimo { $max } caratteri).
    Se preferisci non scrivere niente, premi Salta.
appeal-skip = ⏭️ Salta
appeal-stop = ✖️ Lascia stare
appeal-confirm = 📨 <b>Controlla prima di mandare</b>
    { $sanction }

    { $words }
appeal-confirm-words = Le tue parole: «{ $words }»
    Per cambiarle, scrivile di nuovo.
appeal-confirm-no-words = Non hai scritto niente: va bene lo stesso.
appeal-send = 📨 Manda
appeal-step-old = ⏳ Questo è di prima: scrivi /appeal per ricominciare.
appeal-stopped = Ok, non ho mandato niente 👍
appeal-sent = ✅ Mandato! Un moderatore lo guarda e ti scrivo qui la sua risposta.
    Nel frattempo il provvedimento resta com'è.

# La scheda per i moderatori.
appeal-card = ⚖️ <b>Richiesta di rivedere un provvedimento</b>
    { $name } ({ $band } anni{ $speaks }) chiede di rivedere:
    { $sanction }
    Dato da: { $given_by }

    { $words }
appeal-card-words = Le sue parole: «{ $words }»
appeal-card-no-words = Non ha scritto niente.
appeal-card-speaks = , scrive in { $reads }
appeal-reason-language = 🌍 { $name } legge il bot in { $reads }: se puoi, scrivi il motivo in { $reads }.
appeal-given-by-admin = un admin dello staff
appeal-given-by-command = un admin del gruppo
appeal-given-by-warn_limit = il bot (troppi avvisi)
appeal-given-by-flood = il bot (troppi messaggi di fila)
appeal-given-by-report = un moderatore, dopo una segnalazione
appeal-uphold = ✅ Confermalo
appeal-lift = 🔓 Toglilo
appeal-outcome-upheld = ✅ Confermato da { $name }. Motivo: «{ $reason }»
appeal-outcome-lifted = 🔓 Tolto da { $name }. Motivo: «{ $reason }»
appeal-outcome-ended-expired = ⏱️ Chiuso: il provvedimento era già finito da solo. Gliel'ho detto.
appeal-outcome-ended-lifted = 🔓 Chiuso: il provvedimento era già stato tolto (glielo avevo già detto).
appeal-already-decided = Qualcuno ha già deciso: { $outcome }
appeal-own = ✋ Questo provvedimento l'hai dato tu: lascia decidere un altro moderatore.
appeal-own-alone = ✋ Questo provvedimento l'hai dato tu e non c'è un altro moderatore: decidi tu, ma rileggilo con occhi nuovi.
appeal-start-me = Per rispondere scrivimi prima in privato (premi Avvia nella chat con me), poi premi di nuovo.
appeal-asked-in-private = Ti ho scritto in privato per il motivo.
appeal-ask-reason-upheld = ✅ Lo confermi. Scrivi il motivo in poche parole (al massimo { $max } caratteri): lo leggerà chi l'ha chiesto, quindi sii gentile e chiaro.
    Per lasciar stare: /cancel
appeal-ask-reason-lifted = 🔓 Lo togli. Scrivi il motivo in poche parole (al massimo { $max } caratteri): lo leggerà chi l'ha chiesto.
    Per lasciar stare: /cancel
appeal-confirm-upheld = ✅ Confermi { $kind ->
        [warn] l'avviso
        [mute] il silenzio
        [ban] il ban
       *[other] il provvedimento
    } per { $name }?
    Leggerà: «{ $reason }»
    Per cambiare il motivo, scrivilo di nuovo.
appeal-confirm-lifted = 🔓 Togli { $kind ->
        [warn] l'avviso
        [mute] il silenzio
        [ban] il ban
       *[other] il provvedimento
    } a { $name }?
    Leggerà: «{ $reason }»
    Per cambiare il motivo, scrivilo di nuovo.
appeal-confirm-upheld-button = ✅ Sì, confermalo
appeal-confirm-lifted-button = 🔓 Sì, toglilo
appeal-decision-stop = ✖️ Lascia stare
appeal-lift-refused = ⚠️ Non sono riuscito a toglierlo: in quel gruppo non ho il permesso di limitare i membri. Chiedi a un admin del gruppo di darmelo, poi premi di nuovo sulla scheda. Per ora non è deciso niente.
appeal-decision-old = ⏳ Questo è di prima: premi di nuovo sulla scheda della richiesta.
appeal-decision-stopped = Ok, non ho deciso niente: la richiesta aspetta ancora 👍

# Cosa legge il membro.
appeal-told-upheld = ⚖️ <b>La risposta alla tua richiesta</b>
    Un moderatore ha riletto { $kind ->
        [warn] il tuo avviso
        [mute] il tuo silenzio
        [ban] il tuo ban
       *[other] il tuo provvedimento
    } e ha deciso di lasciarlo com'è.
    Perché: «{ $reason }»
    Grazie per aver spiegato la tua parte 🙏
appeal-told-lifted = ⚖️ <b>La risposta alla tua richiesta</b>
    Un moderatore ha riletto { $kind ->
        [warn] il tuo avviso
        [mute] il tuo silenzio
        [ban] il tuo ban
       *[other] il tuo provvedimento
    } nel gruppo «{ $group }» e ha deciso di toglierlo 🔓 { $kind ->
        [warn] Non conta più.
        [mute] Puoi di nuovo scrivere lì.
        [ban] Puoi rientrare con il link, quando vuoi.
       *[other] Ora è tutto a posto.
    }
    Perché: «{ $reason }»
appeal-told-expired = ⚖️ { $kind ->
        [warn] Il tuo avviso è finito
        [mute] Il tuo silenzio è finito
        [ban] Il tuo ban è finito
       *[other] Il tuo provvedimento è finito
    } da solo prima che un moderatore lo rivedesse: ora è tutto a posto 🙂
