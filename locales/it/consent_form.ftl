## Il modulo di consenso su carta (PDF da stampare). Testo semplice, senza HTML: va su carta.

consent-form-title = Consenso del genitore o del tutore
consent-form-for = Per
consent-form-code = Codice
consent-form-who = { $community } chiede il tuo consenso perché { $child } possa partecipare. Ha meno di 14 anni, quindi per la legge italiana serve l'ok di un genitore o di chi ne ha la responsabilità.
consent-form-what = Cosa facciamo: eventi e progetti di volontariato dal vivo, con adulti che li coordinano (volontari anche loro). I coordinatori scrivono ai ragazzi solo tramite il bot Telegram della community: i messaggi restano registrati e i moderatori possono leggerli. Nessuno vede telefono o username Telegram dei ragazzi. Il cognome serve solo per un attestato per la scuola: ne teniamo un controllo, mai il cognome.
consent-form-purposes = Con la firma dai il consenso a partecipare. Queste tre voci sono in più e facoltative: fai una crocetta su quelle che accetti.
consent-form-purpose-matching = Visibile ai progetti: i coordinatori vedono nome, fascia d'età, città, interessi e disponibilità (mai i contatti) e possono invitare a un progetto.
consent-form-purpose-reminders = Promemoria eventi: il bot ricorda gli eventi a cui { $child } ha detto che va.
consent-form-purpose-announcements = Annunci: il bot manda le novità della community.
consent-form-guardian-name = Nome e cognome del genitore o tutore
consent-form-relationship = Sono
consent-form-parent = genitore
consent-form-legal-guardian = tutore legale
consent-form-statement = Dichiaro di essere maggiorenne e di avere la responsabilità genitoriale su { $child }.
consent-form-date = Data
consent-form-signature = Firma
consent-form-name-by-hand = (scrivi qui il nome)
consent-form-hand-in = Consegna il modulo firmato a un moderatore o una moderatrice della community, di persona oppure mandandogli una foto. Puoi ritirare il consenso quando vuoi.
consent-form-controller = Titolare del trattamento dei dati: { $controller } ({ $contact }).
consent-form-child-unnamed = questo ragazzo o questa ragazza
