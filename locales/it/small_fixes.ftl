## Piccole correzioni: ore a settimana, date con l'anno, schermate già aggiornate

# Una fascia scelta con un pulsante («3–5 ore»), detta per intero.
hours-weekly = { $hours } a settimana
# Una data senza ora (una scadenza, l'ultimo giorno di un link), sempre con l'anno.
day-month-year = { $day } { $month } { $year }
# Un evento in un elenco, quando non è di quest'anno: «sab 9 gen 2027 18:30».
event-date-short-year = { $weekday } { $day } { $month } { $year } { $time }
# Un pulsante premuto di nuovo mostra esattamente ciò che è già sullo schermo.
screen-unchanged = 👌 È già aggiornato: non è cambiato niente.
