coordinator-told-reduced = 🚪 Un partecipante ha lasciato «{ $title }»: si è liberato un posto.
