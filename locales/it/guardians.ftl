# Consenso del genitore: chi lo dà, il controllo dei moderatori, il modulo di carta, la storia.
# Le chiavi sono le stesse di locales/en/guardians.ftl.

## Il genitore
guardian-link-minor = 🙂 Questo link è per un genitore o un tutore adulto: dal tuo account non si può dare il consenso. Chiedi a { $name } di inoltrarlo al suo genitore.
guardian-welcome = 👋 Ciao! <b>{ $name }</b> (nascita: { $born }) chiede di entrare in <b>Generazione Changemaker</b>, la community di giovani dai 13 ai 25 anni che cambiano Torino. Prima due domande su di te.
guardian-ask-name = ✍️ Come ti chiami? Scrivi nome e cognome (li vedono solo i moderatori, per controllare il consenso).
guardian-name-problem = Scrivi solo nome e cognome, con lettere, per esempio <i>Laura Rossi</i>.
guardian-relationship =
    Grazie, { $guardian }. Che rapporto hai con { $name }?
    Toccando, confermi di essere <b>maggiorenne</b> e di avere la <b>responsabilità genitoriale</b> su { $name }.
guardian-is-parent = 👩 Sono un genitore
guardian-is-tutor = ⚖️ Sono il tutore legale
guardian-who-first = Prima dicci chi sei: nome e rapporto con il ragazzo o la ragazza.
guardian-consent-card =
    👪 <b>{ $name }</b> ({ $born }) vuole fare volontariato ed eventi a Torino con coordinatori adulti, che scrivono solo nel bot (i moderatori leggono).
    Teniamo profilo, risposte, ore e il tuo nome, mai telefono o foto; il cognome di un attestato è solo stampato.
    Caselle facoltative:
    • <b>Visibile ai progetti</b>: i coordinatori possono trovare e invitare.
    • <b>Promemoria</b>: prima degli eventi scelti.
    • <b>Annunci</b>: novità, mai di notte.
    Titolare: { $contact } · /privacy
guardian-contact-missing = Generazione Changemaker (chiedi a un moderatore)
guardian-manage = ⚙️ Cambia le scelte
guardian-manage-for = ⚙️ { $name }
guardian-manage-card = 👪 Le scelte per <b>{ $name }</b>. Tocca per accendere o spegnere, vale subito:
guardian-withdraw-ask =
    ↩️ Vuoi ritirare il consenso per <b>{ $name }</b>?
    Il profilo va subito in pausa: tolgo le risposte agli eventi in arrivo (i posti passano a chi aspetta) e chiudo candidature e partecipazioni, avvisando i coordinatori.
    Se entro 7 giorni non arriva un nuovo consenso, cancelliamo tutti i dati di { $name }.
guardian-withdraw-yes = ↩️ Sì, ritiro il consenso
guardian-withdraw-no = ⬅️ No, torna indietro
guardian-revoked = Un moderatore non ha potuto confermare il consenso che hai dato per { $name }, quindi non vale più e il profilo è in pausa. Se vuoi, chiedi a { $name } un nuovo link o usa il modulo di carta: se entro il { $until } non arriva un nuovo consenso, cancelliamo i dati di { $name }. Per domande: /privacy
guardian-member-revoked =
    ⏸️ Un moderatore non ha potuto confermare l'ok del tuo genitore, quindi il tuo profilo è in pausa.
    { $answers ->
        [0] Non avevi risposte a eventi in arrivo.
        [one] Abbiamo tolto la tua risposta a un evento in arrivo.
       *[other] Abbiamo tolto le tue risposte a { $answers } eventi in arrivo.
    }
    Del profilo ho tenuto solo mese e anno di nascita, lingua e la richiesta. Se entro il { $until } non arriva un nuovo ok, cancelliamo anche questi.
    Chiedi un nuovo link con /start, oppure fai firmare il modulo di carta.

## Il ragazzo o la ragazza in attesa
guardian-paper-form = 📄 Modulo di carta
guardian-paper-caption = 📄 Modulo di consenso, codice { $code }
guardian-paper-how = 📄 Stampa il modulo e fallo firmare al tuo genitore. Poi consegnalo a un moderatore o una moderatrice della community, di persona oppure mandandogli una foto. Il codice è <code>{ $code }</code>.
apply-problem-to-verify = ⏳ Un moderatore sta controllando l'ok del tuo genitore: appena fatto potrai candidarti. Intanto puoi guardare i progetti e rispondere agli eventi.

## I moderatori
verify-card =
    👪 <b>Consenso da controllare</b> per { $child } (codice <code>{ $code }</code>)
    Nome dato: { $guardian } — { $relationship }
    Account Telegram: { $account }
    Quando: { $at }
    Finché non lo confermi, i coordinatori non vedono { $child }.
verify-ok = ✅ Confermo
verify-revoke = ✖️ Non vale
verify-done = ✅ Consenso di { $child } confermato: ora i coordinatori possono vedere { $child }, se il genitore l'ha permesso.
verify-revoked =
    ✖️ Consenso di { $child } annullato: il profilo è di nuovo in attesa.
    A { $child }: { $child_told }.
    Al genitore: { $guardian_told }.
    Se entro il { $until } non arriva un nuovo consenso, i dati di { $child } vengono cancellati.
verify-gone = Questo consenso non è più in attesa di controllo: è stato ritirato, oppure ne è arrivato uno nuovo con la sua scheda.
verify-already-verified = Già confermato da { $who } il { $when }.
verify-already-revoked = Già annullato da { $who } il { $when }.
relationship-parent = 👩 Genitore
relationship-legal_guardian = ⚖️ Tutore legale
paper-admins-told = 📝 Registrato un modulo di carta per { $name } (codice <code>{ $code }</code>). Storia: /consent { $code }
paper-record-start = 📝 Registra il modulo firmato
paper-ask-name = ✍️ Nome e cognome del genitore, come scritti sul modulo di { $child }:
paper-name-problem = Scrivi solo nome e cognome, con lettere, per esempio <i>Laura Rossi</i>.
paper-ask-relationship = { $guardian } per { $child } è:
paper-ask-date = 📅 Quando è stato firmato? Tocca o scrivi la data, per esempio <code>{ $example }</code> (oppure «oggi», «ieri»).
paper-today = Oggi
paper-yesterday = Ieri
paper-date-unreadable = Non capisco la data: scrivila come <code>03/12/2026</code>.
paper-date-future = Questa data è nel futuro: controlla il modulo.
paper-date-too-old = Il modulo ha più di un anno: serve un modulo firmato di recente.
paper-confirm =
    📝 <b>Controlla prima di registrare</b>
    Chi si iscrive: <b>{ $child }</b>, nascita { $born }, codice <code>{ $code }</code>
    Genitore: { $guardian } — { $relationship }
    Firmato il: { $signed }
    Permette: { $purposes }
    Corrisponde al modulo?

## La storia dei consensi
history-card =
    🗂️ <b>Consensi di { $child }</b> (codice <code>{ $code }</code>): { $status }
    Genitore: { $guardian } — { $relationship }
    { $lines }
history-line = • { $when }: { $what } — { $who }, { $how }
history-given = consenso dato
history-verified = confermato
history-revoked = annullato
history-withdrawn = ritirato
history-changed = cambiato
history-on = ✅
history-off = ⬜
history-by-member = da chi si è iscritto
history-by-guardian = dal genitore
history-by-moderator = da un moderatore
history-via-bot = nel bot
history-via-paper = su carta
history-none = Ancora nessuna scelta registrata.
history-someone = un moderatore
history-status-pending = in attesa
history-status-opened = link aperto
history-status-consented = confermato
history-status-withdrawn = ritirato
history-status-to-verify = da controllare

## What became of a notice, on a staff member's confirmation
told-now = gliel'ho detto
told-held = glielo dico alle { $time } (ore di quiete)
told-unreachable = non riesco a scrivergli su Telegram
guardian-data-erased = 🗑️ Come detto quando hai ritirato il consenso, abbiamo cancellato tutti i dati di { $name }.
guardian-off-by-child = 🔕 { $label }: spento da { $name }.
guardian-refuse-ask =
    ✖️ Non vuoi dare il consenso per <b>{ $name }</b>?
    Se confermi, cancelliamo subito tutti i dati di { $name } e glielo diciamo: per iscriversi dovrà ricominciare da capo.
    Se non vuoi le opzioni in più, torna indietro e tocca «Do il consenso» senza spuntare niente: vale solo per partecipare.
guardian-refuse-yes = ✖️ Sì, non acconsento
coordinator-told-paused = ⏸️ La partecipazione di { $name } a «{ $title }» è in pausa: il genitore ha ritirato il consenso (o non è stato confermato). Non serve fare nulla.

## A parent's or guardian's own data (/mydata, /deleteme)
guardian-own-data-line = • Per <b>{ $child }</b>: nome che hai dato «{ $name }», { $relationship }, { $status } (il { $when }).
guardian-own-status-pending = link da aprire
guardian-own-status-opened = link aperto, senza risposta
guardian-own-status-consented = consenso dato
guardian-own-status-withdrawn = consenso ritirato
mydata-guardian =
    📦 <b>Ecco cosa sappiamo di te</b>, come genitore o tutore:
    { $lines }
    Oltre a questo, solo il tuo account Telegram, legato alla richiesta. Nel file qui sotto c'è tutto.
deleteme-guardian =
    🗑️ Come genitore o tutore, di te teniamo solo questo, sulla richiesta di ogni ragazzo o ragazza:
    { $lines }
    Questi dati servono a dimostrare il consenso. Per cancellarli ritira il consenso con /guardian: il profilo va subito in pausa e dopo 7 giorni cancelliamo tutto, anche i tuoi dati.
# Just above the consent card: what the answer covers, and the guardian's rights.
guardian-card-intro =
    📋 <b>Prima di decidere</b>
    • «Do il consenso» anche senza spuntare nulla permette a { $name } di partecipare: eventi e progetti a cui si candida.
    • Le tre caselle sono in più, a scelta. Se «Visibile ai progetti» resta spenta, niente progetti suggeriti su misura e i coordinatori non possono trovare né invitare { $name }.
    • Poi, con /guardian, cambi ogni scelta o ritiri il consenso. Per vedere o far cancellare i dati di { $name }, scrivi al titolare: { $contact }.
guardian-member-verified = ✅ Un moderatore ha controllato l'ok del tuo genitore: ora puoi candidarti ai progetti. Scrivi /projects 🔎
guardian-verified = ✅ Un moderatore ha controllato il consenso che hai dato per { $name }: da ora { $name } può candidarsi ai progetti della community, seguiti da coordinatori adulti. Puoi cambiare le tue scelte quando vuoi con /guardian.
