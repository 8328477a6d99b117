# Long lists cut to one phone screen: the first few named, the rest counted.
fx-titles-more = …e { $count ->
        [one] un altro progetto
       *[other] altri { $count } progetti
    }: li trovi tutti in /myprojects.
fx-team-many-more = 🚀 { $who ->
        [admin] Un admin
       *[staff] { $name }
    } ha pubblicato { $count } progetti che gestite insieme:
    { $titles }
    …e { $more ->
        [one] un altro
       *[other] altri { $more }
    }: li trovi tutti in /myprojects.
fx-rows-more = …e { $count ->
        [one] un'altra riga
       *[other] altre { $count } righe
    }
fx-publish-all-changed = ⚠️ Le bozze sono cambiate da quando hai aperto questo elenco (un collega o un nuovo import): non ho pubblicato nulla. Eccole come sono ora.
fx-invited-unnamed = • { $count ->
        [one] Un'altra persona invitata non è più visibile ai progetti, quindi il nome non si mostra.
       *[other] Altre { $count } persone invitate non sono più visibili ai progetti, quindi i nomi non si mostrano.
    }
