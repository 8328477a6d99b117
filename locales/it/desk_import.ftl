# /import: progetti da un foglio di calcolo (Excel o CSV), il rapporto dei problemi, le bozze.
import-how =
    📥 <b>Importa progetti da un foglio di calcolo</b>
    1. Scarica il modello qui sotto e aprilo con Excel, LibreOffice o Google Fogli.
    2. Una riga per progetto, come nell'esempio. Le parole che capisco sono nel messaggio dopo il modello.
    3. Mandami il file così com'è: Excel (.xlsx) o CSV, fino a 2 MB e 500 progetti.
    Ti dico riga per riga cosa non va; i progetti arrivano come bozze, che pubblichi da /myprojects.
import-template-name = progetti-modello.xlsx
import-template-sheet = Progetti
import-words-sheet = Parole
import-words-sheet-header = colonna;scelta;parole che puoi scrivere
import-template-caption = Modello da compilare (Excel). Nel foglio «Parole» trovi tutte le parole che capisco. Va bene anche salvato come CSV.
import-column-title = titolo
import-column-description = descrizione
import-column-causes = cause
import-column-skills = competenze
import-column-city = città
import-column-min_age = età minima
import-column-max_age = età massima
import-column-hours_per_week = ore a settimana
import-column-days = giorni
import-column-places = posti
import-column-deadline = scadenza
import-example-title = ESEMPIO – Orti urbani a Barriera
import-example-description = Curiamo insieme gli orti del quartiere, il sabato mattina.
import-example-causes = Clima | Animali
import-example-skills = Lavori manuali | Social media
import-example-city = Torino
import-example-days = Fine settimana
import-words =
    📖 <b>Le parole che capisco</b>, colonna per colonna. In italiano o in inglese; maiuscole, accenti ed emoji non contano. Più scelte in una cella: separale con <code>|</code> o con una virgola.
    • <b>cause</b> (almeno una): { $causes }
    • <b>competenze</b> (facoltative): { $skills }
    • <b>giorni</b> (almeno uno): { $days }; i nomi dei giorni valgono come il loro gruppo (<code>lunedì</code> è «giorni feriali», <code>sabato</code> «fine settimana»): il bot conosce solo giorni feriali, fine settimana e sera
    • <b>città</b>: un comune italiano o una grande città estera; <code>remoto</code>, <code>online</code> o <code>Solo a distanza</code> se è a distanza
    • <b>età minima</b> ed <b>età massima</b>: da { $min } a { $max }
    • <b>ore a settimana</b>: da 1 a 40, oppure come sui pulsanti (<code>3–5 ore</code>, <code>più di 10 ore</code>)
    • <b>posti</b>: da 1 a 500
    • <b>scadenza</b> (facoltativa): <code>{ $date }</code>, anche con il mese in lettere, o una data di Excel
    • <b>titolo</b>: da 3 a 80 caratteri, diverso dai progetti che esistono già; <b>descrizione</b>: fino a 1000 caratteri
    Capisco anche parole comuni come <code>ambiente</code>, <code>scuola</code>, <code>weekend</code>, <code>sera</code>.
import-words-hint = 📖 Le parole che capisco sono nel messaggio di /import.
import-words-separator = {" · "}
import-failed =
    ❌ <b>Non ho importato niente</b>: { $count ->
        [one] c'è un problema da correggere
       *[other] ci sono { $count } problemi da correggere
    }.
    { $lines }
    Correggi il file e rimandamelo.
import-partial =
    ⚠️ <b>{ $valid ->
        [one] 1 progetto su { $rows } è pronto.
       *[other] { $valid } progetti su { $rows } sono pronti.
    }</b> { $skipped ->
        [one] La riga { $rows_list } ha problemi e verrebbe saltata
       *[other] Le righe { $rows_list } hanno problemi e verrebbero saltate
    }:
    { $lines }
    Puoi importare ora { $valid ->
        [one] la riga pronta come bozza
       *[other] le righe pronte come bozze
    } e aggiungere le altre più tardi, oppure correggere il file e rimandarmelo intero.
import-sheet-read = 📄 Ho letto il foglio «{ $sheet }» (il file ne ha { $sheets }).
import-more-problems = { $count ->
        [one] …e un altro: lo trovi nel file qui sotto.
       *[other] …e altri { $count }: li trovi tutti nel file qui sotto.
    }
import-report-name = problemi-importazione.csv
import-report-caption = { $count ->
        [one] Il problema del file (1). Si apre con Excel.
       *[other] Tutti i problemi del file, riga per riga ({ $count }). Si apre con Excel.
    }
import-report-header = Riga;Colonna;Problema;Valore
import-import-valid = 📥 Importa { $count ->
        [one] la riga pronta come bozza
       *[other] le { $count } righe pronte come bozze
    }
import-fix-file = ✏️ Correggo il file
import-fix-later = Va bene: correggi il file e rimandamelo quando vuoi. Non ho importato niente.
import-file-gone = Non trovo più il file: rimandamelo, per favore.
import-nothing-new = Niente di nuovo da importare: { $count ->
        [one] questo progetto c'è già. Lo trovi in /myprojects.
       *[other] questi progetti ci sono già. Li trovi in /myprojects.
    }
import-line = • { $title }
import-done =
    ✅ { $count ->
        [one] Ho importato un progetto come bozza
       *[other] Ho importato { $count } progetti come bozze
    }:
    { $lines }
    { $count ->
        [one] Controllalo e pubblicalo da /myprojects.
       *[other] Controllali e pubblicali da /myprojects.
    }
import-done-skipped = ⏭️ Ho saltato { $count ->
        [one] la riga { $rows_list }: correggila
       *[other] le righe { $rows_list }: correggile
    } e rimandami il file; i progetti che ci sono già restano come sono.
import-problem-unreadable = • Non riesco a leggere il file: salvalo di nuovo come Excel (.xlsx) o CSV.
import-problem-not-spreadsheet = • Questo file non è un foglio di calcolo: forse è il file sbagliato. Mandami il file Excel (.xlsx) o CSV con i progetti.
import-problem-old-excel = • È un file Excel vecchio (.xls) o protetto da password: aprilo e salvalo come «Cartella di lavoro Excel (.xlsx)» o CSV, senza password.
import-problem-open-document = • È un file di LibreOffice (.ods): salvalo come Excel (.xlsx) o CSV con «Salva con nome».
import-problem-empty = • Il file è vuoto: nessuna riga da leggere.
import-problem-too-big = • Il file è troppo grande: al massimo 2 MB (bastano per 500 progetti). Togli immagini e fogli che non servono.
import-problem-missing-column = • Manca la colonna «{ $column }» nella riga delle intestazioni.
import-problem-no-rows = • Il file ha solo l'intestazione: nessun progetto.
import-problem-too-many-rows = • Troppe righe: al massimo 500 progetti per file. Dividilo in più file.
import-problem-formula = • Riga { $row }, { $column }: la formula non ha un risultato salvato; apri il file, ricalcola e salva di nuovo.
import-problem-title-length = • Riga { $row }, { $column }: il titolo deve avere da 3 a 80 caratteri.
import-problem-duplicate-title = • Riga { $row }, { $column }: «{ $value }» è già il titolo di una riga più sopra.
import-problem-existing-title = • Riga { $row }, { $column }: esiste già un progetto «{ $value }».
import-existing-rows = { $count ->
        [one] • Riga { $rows_list }: questo progetto c'è già (stesso titolo), lo lascio com'è.
       *[other] • Righe { $rows_list }: questi progetti ci sono già (stesso titolo), li lascio come sono.
    }
import-problem-age-range = • Riga { $row }, { $column }: { $value } anni è fuori dalle età del bot, da { $min } a { $max }.
import-problem-description-length = • Riga { $row }, { $column }: la descrizione deve avere da 1 a 1000 caratteri.
import-problem-unknown-choice = • Riga { $row }, { $column }: non conosco «{ $value }».
import-problem-empty-cell = • Riga { $row }, { $column }: la cella è vuota.
import-problem-empty-list = • Riga { $row }, { $column }: scrivine almeno una.
import-problem-city = • Riga { $row }, { $column }: «{ $value }» non è un comune italiano né una grande città estera che conosco; scrivi una città oppure «remoto».
import-problem-number = • Riga { $row }, { $column }: «{ $value }» non è un numero valido qui.
import-problem-ages-order = • Riga { $row }, { $column }: l'età massima è più bassa della minima.
import-problem-date = • Riga { $row }, { $column }: «{ $value }» non è una data (scrivi 31/03/2027 oppure 31 marzo 2027).
import-problem-past-date = • Riga { $row }, { $column }: la data { $value } è già passata.
import-example-left-out = ✂️ La riga { $row } è l'esempio del modello: l'ho lasciata fuori.
import-problem-only-example = • Il file ha solo la riga d'esempio del modello (riga { $row }): scrivi i tuoi progetti sotto, uno per riga, e rimandamelo.
import-days-read = 📅 Ho letto «{ $cell }» come «{ $days }»: il bot conosce solo giorni feriali, fine settimana e sera, non i singoli giorni.
import-problem-wrong-column-causes = • Riga { $row }, { $column }: «{ $value }» è una causa: spostala nella colonna «cause».
import-problem-wrong-column-skills = • Riga { $row }, { $column }: «{ $value }» è una competenza: spostala nella colonna «competenze».
import-problem-wrong-column-days = • Riga { $row }, { $column }: «{ $value }» dice quando: spostalo nella colonna «giorni».
import-problem-date-no-day = • Riga { $row }, { $column }: «{ $value }» non dice il giorno: scrivi anche quello, per esempio 31 marzo 2027.
import-failed-file =
    ❌ <b>Non ho importato niente.</b>
    { $lines }
import-problem-too-big-csv = • Il file è troppo grande: al massimo 2 MB (bastano per 500 progetti). Dividi i progetti in più file.
import-problem-too-big-other = • Il file è troppo grande (al massimo 2 MB) e non sembra un foglio di calcolo: forse è il file sbagliato. Mandami il file Excel (.xlsx) o CSV con i progetti.
import-problem-no-header = • Nella prima riga non trovo i titoli delle colonne. La prima riga deve averli: { $columns }. Il modello di /import li ha già: parti da quello.
