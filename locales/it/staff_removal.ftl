# /demote: chiedere prima, dire chi, avvisare la persona, la chat dei moderatori.

demote-confirm = Vuoi togliere <b>{ $name }</b> ({ $role }) dallo staff?
    Non potrà più usare i comandi dello staff. Glielo dirò io, in privato e con gentilezza.
demote-yes = ✅ Sì, togli { $name }
demote-no = ↩️ No, lascia stare
demote-kept = 👍 Va bene: { $name } resta nello staff.
demote-told = Gliel'ho detto in privato.
demote-not-told = Non sono riuscito a scrivere a { $name } in privato: diglielo tu, per favore.
demote-mod-chat = ⚠️ { $name } è ancora nella chat dei moderatori, dove arrivano le segnalazioni. Con il pulsante qui sotto tolgo { $name } da lì io (potrà sempre rientrare con un nuovo invito).
demote-mod-chat-remove = 🚪 Togli { $name } dalla chat dei moderatori
demote-mod-chat-check = ⚠️ Se { $name } è nella chat dei moderatori, dove arrivano le segnalazioni, ricordati di togliere { $name } da lì: io non riesco a controllarlo.
demote-mod-chat-removed = ✅ { $name } non è più nella chat dei moderatori.
demote-mod-chat-failed = Non riesco a togliere { $name } dalla chat dei moderatori: forse lì non sono admin. Fallo tu dalla chat, per favore.
staff-removed-note = Ciao { $name }, un admin ti ha tolto dallo staff di Gen C (eri in { $role ->
        [moderator] moderazione
       *[other] coordinamento
    }): da ora i comandi dello staff non sono più per te. Grazie di cuore per il tempo che hai dato! Se pensi che sia un errore, parlane con un admin.
