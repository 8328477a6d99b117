# Che fine hanno fatto le copie di un messaggio (regola 27): un'unica formulazione per tutti.
delivery-sent-now = ✅ Inviato adesso: { $count ->
        [one] 1 persona.
       *[other] { $count } persone.
    }
delivery-held = 🌙 In attesa fino a { $until }: { $count ->
        [one] 1 persona minorenne
       *[other] { $count } persone minorenni
    } (di notte non mandiamo messaggi ai minori).
delivery-unreachable = 🚫 Non raggiungibili: { $count ->
        [one] 1 persona (ha bloccato il bot o non c'è più).
       *[other] { $count } persone (hanno bloccato il bot o non ci sono più).
    }
delivery-switched-off = 🔕 Non lo riceveranno: { $count ->
        [one] 1 persona ha
       *[other] { $count } persone hanno
    } spento questi messaggi.
delivery-nobody = Non c'era nessuno a cui mandarlo.
message-sent = ✉️ Messaggio per i partecipanti di «{ $title }»:
review-told = 📬 La risposta per { $name }:
review-gone = Questa candidatura non c'è più: la persona l'ha ritirata o ha cancellato il profilo.
apply-keep-start = ✂️ Tieni i primi { $max } caratteri e invia
projectlog-empty = 🗂️ «{ $title }»: nessun messaggio finora.
projectlog-newer = ◀ Più recenti
projectlog-older = Più vecchi ▶
projectlog-file = 📄 Tutto in un file di testo
projectlog-file-heading = Messaggi di «{ $title }» ({ $count }), dal più vecchio al più recente
projectlog-file-caption = 🗂️ Tutti i messaggi di «{ $title }», dal più vecchio al più recente.
newevent-told = 📣 L'avviso del cambiamento a chi aveva risposto:
apply-start-gone = ⌛ È passato un po' di tempo e il messaggio non l'ho più: la candidatura non è partita. Se vuoi, apri di nuovo /projects e tocca «🙋 Mi interessa».
projectlog-held-line = [{ $when }] 🛡️ { $who } (fermato, non consegnato: contatti personali): { $text }
projectlog-no-match = 🔎 Nessun progetto si chiama «{ $typed }». Scegli dall'elenco:
projectlog-matches = 🔎 Più progetti corrispondono a «{ $typed }». Quale?
projectlog-file-again = 📄 Il file te l'ho appena mandato: è qui sotto.
projectlog-minors-from = 🌙 ai minorenni solo dalle { $until } (ore di quiete)
