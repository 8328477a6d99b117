## Inviti nello staff (regola 20): l'admin dà il nome, chi apre il link viene mostrato all'admin

staff-invite-ask-name =
    ✍️ Per chi è l'invito nel ruolo di { $role }? Scrivi nome e cognome della persona, come la riconosci tu.
    Quando qualcuno aprirà il link ti mostrerò chi è, e deciderai tu.
staff-invite-type-name = ✍️ Scrivi il nome della persona che inviti.
staff-invite-bad-name = ✍️ Scrivi solo nome e cognome (al massimo 64 caratteri, niente link).
staff-invite-made-already = Questo invito è già stato creato: il link è qui sopra 👆
staff-invite-link =
    ✉️ Ecco l'invito per <b>{ $invitee }</b> nel ruolo di { $role }, valido 72 ore e per una sola persona:
    { $link }
    Mandalo solo a { $invitee }. Quando lo apre ti scrivo chi è: il ruolo parte solo quando confermi tu.
staff-invite-opened =
    🔔 Qualcuno ha aperto il tuo invito per <b>{ $invitee }</b> (ruolo: { $role }).
    • Nome su Telegram: { $display }
    • Username: { $username }
    • Nome che ha scritto: { $name }
    È davvero { $invitee }? Nel dubbio, chiediglielo prima di confermare.
staff-no-username = nessuno
staff-no-name-yet = non l'ha ancora scritto
staff-invite-name-corrected = ✏️ Ha corretto il nome che aveva scritto.
staff-invite-confirm = ✅ Sì, conferma
staff-invite-reject = ❌ No, rifiuta
staff-invite-confirmed = ✅ Confermato da { $admin } il { $when }: { $name } ora è nello staff, nel ruolo di { $role }. Gliel'ho detto io.
staff-invite-rejected =
    ❌ Rifiutato da { $admin } il { $when }: chi ha aperto l'invito per { $invitee } non entra nello staff. Gliel'ho detto con gentilezza.
    Vuoi mandare a { $invitee } un link nuovo?
staff-invite-again = ✉️ Nuovo link per { $invitee }
staff-invite-opener-member = Questo account è iscritto come giovane membro: non può entrare nello staff. Tocca «Rifiuta».
staff-invite-decided-already = Già deciso da { $admin } il { $when } ({ $decision ->
        [confirmed] confermato
       *[other] rifiutato
    }).
staff-invite-tried =
    ⚠️ Un altro account ha provato ad aprire il tuo invito per <b>{ $invitee }</b> (ruolo: { $role }), ma qualcuno l'aveva già aperto.
    • Nome su Telegram: { $display }
    • Username: { $username }
    Se { $invitee } è questa persona, rifiuta chi l'ha aperto prima (qui sotto): poi potrai mandare un link nuovo.
staff-invite-member-stuck = ⚠️ { $invitee } non riesce a entrare nello staff ({ $role ->
        [moderator] moderazione
       *[other] coordinamento
    }): ha aperto il tuo invito da un account iscritto come giovane membro (nome su Telegram: { $display }). Può cancellare quel profilo con /deleteme e riaprire lo stesso link: gliel'ho già spiegato.
staff-admin-unnamed = (nome non visibile: non ha ancora scritto al bot)
staff-waiting = ⏳ In attesa della tua decisione: { $count }. Eccole qui sotto.
staff-line-history = ↳ invito di { $invited } · conferma di { $confirmed } · { $when }

## Chi apre l'invito
staff-join-minor = Questo link è per gli adulti volontari dello staff, quindi sul tuo account non funziona. Nessun problema: puoi continuare a usare il bot come sempre (/help).
staff-join-name-check = Il tuo nome: <b>{ $name }</b>. C'è un errore? Scrivilo di nuovo.
staff-join-waiting =
    ✅ Grazie, { $name }! Ultimo passo: un admin controlla che l'invito sia arrivato proprio a te. Ti scrivo appena conferma.
    C'è un errore nel nome? Tocca il bottone qui sotto.
staff-join-correct = ✏️ Correggi il mio nome
staff-join-new-link-wait =
    ⏳ Aspetti un link nuovo dall'admin per entrare nello staff: quello che hai aperto non funziona più. Se non gliel'hai ancora chiesto, scrivi a chi ti ha invitato. Quando arriva, aprilo e basta.
    Non serve iscriverti come giovane membro: nello staff si entra solo con il link.
staff-join-not-staff = 🙋 Non aspetto inviti: mi iscrivo come giovane
staff-join-rename = ✍️ Scrivi di nuovo il tuo nome, come lo vedranno staff e ragazzi.
staff-join-name-corrected = ✏️ Ho corretto il tuo nome in <b>{ $name }</b> e l'ho detto all'admin.
staff-join-confirmed = 🎉 Un admin ti ha confermato: sei nello staff, nel ruolo di { $role ->
        [moderator] moderazione
       *[other] coordinamento
    }. Scrivi /help per i tuoi comandi.
staff-join-rejected =
    🙏 Grazie della pazienza. L'admin non ha confermato questo invito per il tuo account, quindi non ti dà un ruolo nello staff.
    Forse il link ti è arrivato per sbaglio: nessun problema. Se lo aspettavi, chiedi a chi ti ha invitato di mandarti un link nuovo.

## /help dello staff: una sezione per ruolo, una schermata ciascuna
help-staff-more = 👇 Gli altri tuoi comandi, per ruolo:
help-section =
    <b>{ $heading }</b>
    { $commands }
help-heading-admin = 🛡 Admin
help-heading-moderator = 🧭 Moderazione
help-heading-coordinator = 🧩 Progetti ed eventi
help-heading-everyone = 👤 Per tutti
