## Coordinatori: risposte alle candidature
review-decline-not-sent = ⚠️ Il rifiuto per { $name } («{ $title }») <b>non</b> è partito: la candidatura è ancora in attesa. Quando vuoi, scegli qui sotto.
