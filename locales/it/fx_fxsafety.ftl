## Un partecipante il cui account è stato cancellato: ai coordinatori, senza il suo nome
coordinator-told-erased = 🚪 Un partecipante ha lasciato «{ $title }» (il suo account non c'è più): si è liberato un posto.
