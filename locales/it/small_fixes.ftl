## Piccole correzioni: ore a settimana, date con l'anno, schermate già aggiornate

# Una fascia scelta con un pulsante («3–5 ore»), detta per intero.
hours-weekly = { $hours } a settimana
# Una data senza ora (una scadenza); l'anno c'è quando non è quest'anno.
day-month-year = { $day } { $month } { $year }
# Un pulsante premuto di nuovo mostra esattamente ciò che è già sullo schermo.
screen-unchanged = 👌 È già aggiornato: non è cambiato niente.
