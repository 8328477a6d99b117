# Il backup giornaliero non è riuscito: detto agli admin una volta, la notte in cui fallisce.

backups-failed = ⚠️ Il backup del database di stanotte ({ $day }) non è riuscito.
    Perché: <code>{ $reason }</code>
    Il bot continua a funzionare, ma senza la copia di oggi. Controlla la cartella <code>{ $folder }</code>: il disco è pieno? L'utente del bot può scriverci? Riprovo domani notte.
