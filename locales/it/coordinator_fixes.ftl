## Coordinatori: risposte alle candidature
review-decline-not-sent = ⚠️ Il rifiuto per { $name } («{ $title }») <b>non</b> è partito: la candidatura è ancora in attesa. Quando vuoi, scegli qui sotto.
review-stamp-accepted = ✅ Accettata da te · { $time }
review-stamp-declined = ✖️ Rifiutata da te · { $time }
review-stamp-declining = ✍️ Stai rifiutando: scrivi il motivo qui sotto, oppure tocca «Rifiuta senza motivo».
review-already-accepted = Questa candidatura è già stata accettata: non serve altro.
review-already-declined = Questa candidatura è già stata rifiutata: non serve altro.
moderator-only = Questo comando è per moderatori e admin.

## Coordinatori: /candidates
why-candidate-hours = tempo: va bene per il progetto

## Coordinatori: /newproject
newproject-cocoordinators-none = 🤝 ({ $number }/{ $total }) Altri coordinatori per questo progetto? Non ci sono altri coordinatori: tocca Fatto.
