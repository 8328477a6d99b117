## A participant who left without a word (account erased, or only her age kept): to the coordinators, without their name
coordinator-told-erased = 🚪 Un partecipante ha lasciato «{ $title }» (il suo account non c'è più): si è liberato un posto.
coordinator-told-reduced = 🚪 Un partecipante ha lasciato «{ $title }»: si è liberato un posto.
