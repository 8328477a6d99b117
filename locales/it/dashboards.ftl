# /stats e /export: i numeri della community per lo staff, i file CSV per gli admin.
command-stats = Numeri della community, con un grafico
command-export = Scarica i dati in fogli di calcolo (admin)

stats-empty = 📊 Ancora nessun iscritto: appena qualcuno finisce la registrazione, qui trovi i numeri della community e un grafico 🌱
stats-summary =
    📊 <b>La community al { $date }</b>
    👥 Iscritti: { $members } ({ $new } nelle ultime 12 settimane)
    🎂 { $bands }
    📍 { $cities }
    🧩 { $projects ->
        [0] Ancora nessun progetto
       *[other] Progetti aperti: { $open } su { $projects }
    }
    📝 Candidature: { $waiting } in attesa, { $accepted } accettate
    📅 Eventi già fatti: { $past } · in arrivo: { $upcoming }.{ $shown ->
        [0] {""}
        [one] {" "}Nell'ultimo con posti limitati: { $going } “Vengo” su { $seats } posti.
       *[other] {" "}Negli ultimi { $shown } con posti limitati: { $going } “Vengo” su { $seats } posti.
    }
    ℹ️ Città e cause con meno di 5 iscritti sono contate in “Altre” e le fasce d'età con meno di 5 sono unite a quella vicina, così nessuno è riconoscibile. Le presenze vere non sono ancora registrate: contiamo le risposte “Vengo”.
stats-item = { $name }: { $count }
stats-none = ancora niente
stats-other = Altre
stats-remote = Solo online
stats-project-open = Progetti aperti
stats-project-paused = Progetti in pausa
stats-project-closed = Progetti chiusi
stats-project-draft = Progetti in bozza
stats-application-applied = Candidature in attesa
stats-application-invited = Inviti senza risposta
stats-application-accepted = Candidature accettate
stats-application-declined = Candidature non accolte
stats-application-invite_declined = Inviti rifiutati
stats-application-withdrawn = Candidature ritirate
stats-application-left = Usciti da un progetto

stats-chart-title = La community al { $date }
stats-chart-ages = Iscritti per età
stats-chart-cities = Iscritti per città
stats-chart-causes = Iscritti per causa (anche più d'una)
stats-chart-growth = Nuovi iscritti per settimana (dal lunedì)
stats-chart-projects = Progetti e candidature
stats-chart-turnout = Eventi recenti: “Vengo” e posti
stats-chart-no-events = Ancora nessun evento passato
stats-chart-no-projects = Ancora nessun progetto
stats-chart-footnote = Città e cause con meno di 5 iscritti sono contate in “Altre”; le fasce d'età con meno di 5 sono unite a quella vicina. Le presenze non sono ancora registrate: gli eventi mostrano le risposte “Vengo” rispetto ai posti.

export-intro =
    📦 <b>I dati della community, in 5 file</b>
    Si aprono con Excel o LibreOffice. Nessun nome, username o id Telegram: ogni iscritto è solo un numero di riga.
    👥 Iscritti: { $members } · 🧩 Progetti: { $projects } · 📅 Eventi: { $events } · ✅ Risposte agli eventi: { $answers }
    Parole come climate, weekends o going sono codici, uguali in ogni lingua: il file legend.csv dice cosa vuol dire ciascuno.
    Sono dati personali di ragazze e ragazzi: tienili al sicuro e cancellali quando non servono più.
export-caption-members = 👥 Iscritti: fascia d'età, città, cause, competenze, disponibilità, consensi.
export-caption-projects = 🧩 Progetti, con le candidature.
export-caption-events = 📅 Eventi, con le risposte.
export-caption-attendance = ✅ Chi ha risposto a ogni evento (numero di riga del file degli iscritti).
export-caption-legend = 📖 Legenda: cosa vuol dire ogni codice dei file.
export-legend-file = file
export-legend-column = colonna
export-legend-code = codice
export-legend-meaning = significato
export-code-flag-1 = Sì
export-code-flag-0 = No
export-code-language-it = Italiano
export-code-language-en = Inglese
export-code-event-open = Confermato
export-code-event-cancelled = Annullato
export-code-answer-going = Vengo
export-code-answer-maybe = Forse
export-code-answer-no = Non vengo
export-code-answer-waitlist = In lista d'attesa
export-code-answer-offered = Posto liberato, in attesa di conferma
