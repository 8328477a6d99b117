# Ricorsi e diritti sulla moderazione: aiuto accanto alle parole di un ricorso (regola 25).
help-beside-minor = 💛 Se qualcuno ti fa stare male, puoi anche segnalarlo qui sotto. 📞 114 e 19696 sono gratis, a qualsiasi ora.
help-beside-adult = 💛 Se qualcuno ti fa stare male, puoi anche segnalarlo qui sotto. Se sei in pericolo adesso chiama il 112.

# /deleteme: cosa resta (regola 11), detto prima e dopo.
deleteme-stays = { $what ->
        [sanctions] ⚖️ Restano gli avvisi, i silenzi e i ban ancora in corso, legati a un codice che non dice chi sei: cancellarti non li toglie.
        [reports] 📣 Restano le segnalazioni che hai fatto, senza il tuo nome, perché i responsabili possano finire di occuparsene.
       *[both] ⚖️ Restano gli avvisi, i silenzi e i ban ancora in corso (legati a un codice che non dice chi sei) e, senza il tuo nome, le segnalazioni che hai fatto.
    }

# /mydata: le segnalazioni che hai fatto tu.
mydata-reports = 📣 <b>Le segnalazioni che hai fatto</b> ({ $count })
mydata-report = • { $date }, { $category }: «{ $words }» ({ $state })
mydata-report-open = i responsabili la stanno guardando
mydata-report-handled = i responsabili se ne sono occupati
mydata-report-dismissed = chiusa
mydata-reports-more = …e { $count ->
        [one] un'altra
       *[other] altre { $count }
    } nel file.
