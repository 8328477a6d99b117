## Una data di una serie spostata da sola
seriesfix-notice-date-moved =
    📅 <b>Si sposta solo una data di «{ $title }»</b>: era { $was }, ora è { $when }. Le altre date restano come sono.

    { $card }

    Vieni ancora? Allora non devi fare niente. Se non riesci più, tocca Non posso venire.
seriesfix-notice-date-moved-no =
    📅 <b>Si sposta solo una data di «{ $title }»</b>: era { $was }, ora è { $when }. Le altre date restano come sono.

    { $card }

    Per questa data avevi detto che non potevi: così ti va bene? Tocca Vengo.
seriesfix-notice-date-moved-maybe =
    📅 <b>Si sposta solo una data di «{ $title }»</b>: era { $was }, ora è { $when }. Le altre date restano come sono.

    { $card }

    Per questa data avevi detto forse: ci sei?
seriesfix-card-moved = 🔁 Fa parte di «{ $title }» ({ $rule }) · <b>questa data è stata spostata a { $when }</b>
seriesfix-list-moved = questa data è stata spostata (era { $day })
seriesfix-manage-moved = { $when } (spostata)
seriesfix-preview-edit-one = ✏️ <b>Cambia solo questa data</b>: quello che cambi qui vale solo per questa data, le altre restano come sono. Tocca cosa cambiare, poi Salva. Se cambiano orario o luogo, chi ha risposto viene avvisato.
## Elenchi a pagine: il posto di ⬅️ sulla prima pagina e di ➡️ sull'ultima
page-edge = · { $page }/{ $pages } ·
page-edge-first = Sei già alla prima pagina.
page-edge-last = Questa è l'ultima pagina.
## /manageevents con eventi in corso: il titolo conta ogni riga
seriesfix-manageevents-heading = 🗂️ <b>I tuoi eventi</b> ({ $count }): { $live } in corso, { $upcoming ->
        [0] nessuno in arrivo
       *[other] { $upcoming } in arrivo
    }. Toccane uno per vedere le risposte, modificarlo o annullarlo.
## Sotto l'avviso di un cambiamento, a chi viene
seriesfix-calendar-update = 📆 Aggiorna il mio calendario
## Cambiare una serie da una data in poi: si chiede solo l'orario
seriesfix-start-from-on =
    🕒 A che ora, da { $day } in poi? Scrivi solo l'orario, per esempio 21:00: ogni data resta nel suo giorno.
