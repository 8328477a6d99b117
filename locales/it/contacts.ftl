## Contact details in relayed texts and in the profile (safeguarding rule 24).

contacts-found-phone = • un numero di telefono
contacts-found-email = • un indirizzo e-mail
contacts-found-username = • un @nome utente
contacts-found-app = • un invito a scriversi su un'altra app (WhatsApp, Instagram, TikTok, Snapchat, Discord, Telegram…)
contacts-held =
    🛡️ <b>Non l'ho inviato.</b> Nel messaggio ho trovato:
    { $found }
    Per la tua sicurezza i contatti personali (numeri, e-mail, @nomi utente, altre app) non passano dal bot: con lo staff ci si scrive solo qui.
    ✍️ Riscrivilo senza e lo mando subito.
contacts-held-reported =
    🛡️ <b>Non l'ho inviato.</b> Nel messaggio ho trovato:
    { $found }
    { $minors ->
        [one] Chi lo riceve ha meno di 18 anni: per la sua sicurezza
       *[other] Tra chi lo riceve, { $minors } hanno meno di 18 anni: per la loro sicurezza
    } numeri, e-mail, @nomi utente e inviti su altre app non passano dal bot. I moderatori ricevono una copia, come per ogni messaggio così.
    ✍️ Riscrivilo senza e lo mando subito: luogo e orario vanno benissimo, e i ragazzi ti rispondono qui nel bot.
contacts-alert =
    🛡️ <b>Messaggio fermato</b> · { $at }
    { $named ->
        [yes] { $sender }
       *[no] Un amministratore
    } ha scritto nel progetto «{ $project }» un messaggio con dei contatti personali. Non è stato consegnato; chi l'ha scritto lo sa e può riscriverlo.
    { $recipients ->
        [1] 👤 Era per: { $minors }
       *[other] 👥 Era per i { $recipients } partecipanti, di cui { $count ->
            [one] 1 minorenne
           *[other] { $count } minorenni
        }: { $minors }
    }
    { $times ->
        [1] È la prima volta negli ultimi 30 giorni.
       *[other] ⚠️ <b>{ $times } volte</b> negli ultimi 30 giorni, compresa questa.
    }
    Il testo:
    <i>{ $text }</i>
contacts-alert-log = 🗂️ Apri il registro del progetto
contacts-alert-more = altri
name-problem-not-a-name = 😊 Mi basta il tuo nome o un soprannome: una o due parole, solo lettere (niente numeri, @ o simboli).

## The city question (point 11): a real town or remote only.
city-unknown = 🤔 Non trovo «{ $city }» tra i comuni italiani né tra le grandi città estere. Scrivi il nome del paese o della città dove vivi, per esempio <code>Torino</code>, oppure tocca «Solo a distanza». Se vivi in un paesino all'estero, scrivi la città più vicina.
