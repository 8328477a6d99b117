## File del calendario: una serie intera, e tutti i miei eventi in un file (/myevents)
calendar-event-file = evento
calendar-series-caption = 📆 { $title }: tutte le date in un file solo. Aprilo per aggiungerle al tuo calendario; se cambia qualcosa, tocca di nuovo 📆 per il file nuovo.
    Vuoi solo le date in cui vieni? /myevents → 📅 Tutti i miei eventi in un file.
calendar-mine-button = 📅 Tutti i miei eventi in un file
calendar-mine-file = i-miei-eventi.ics
calendar-mine-caption = 📅 Ecco tutti gli eventi a cui hai detto ✅ Vengo, in un file solo: aprilo per aggiungerli al tuo calendario. Se cambia qualcosa, chiedimelo di nuovo da /myevents per il file nuovo.
calendar-mine-none = Non hai ancora detto ✅ Vengo a nessun evento in arrivo, quindi non c'è niente da mettere nel calendario.
