# /import: projects from a spreadsheet (Excel or CSV), the problem report, the drafts.
import-how =
    📥 <b>Import projects from a spreadsheet</b>
    1. Download the template below and open it in Excel, LibreOffice or Google Sheets.
    2. One row per project, like the example. The words I understand are in the message after the template.
    3. Send me the file as it is: Excel (.xlsx) or CSV, up to 2 MB and 500 projects.
    I'll tell you row by row what's wrong; projects arrive as drafts, which you publish from /myprojects.
import-template-name = projects-template.xlsx
import-template-sheet = Projects
import-words-sheet = Words
import-words-sheet-header = column;choice;words you can write
import-template-caption = Template to fill in (Excel). The "Words" sheet has every word I understand. Saving it as CSV works too.
import-column-title = title
import-column-description = description
import-column-causes = causes
import-column-skills = skills
import-column-city = city
import-column-min_age = min age
import-column-max_age = max age
import-column-hours_per_week = hours per week
import-column-days = days
import-column-places = places
import-column-deadline = deadline
import-example-title = EXAMPLE – Urban gardens in Barriera
import-example-description = Let's look after the neighbourhood gardens together, on Saturday mornings.
import-example-causes = Climate | Animals
import-example-skills = Hands-on work | Social media
import-example-city = Turin
import-example-days = Weekends
import-words =
    📖 <b>The words I understand</b>, column by column. In English or Italian; capitals, accents and emoji don't matter. Several choices in one cell: separate them with <code>|</code> or a comma.
    • <b>causes</b> (at least one): { $causes }
    • <b>skills</b> (optional): { $skills }
    • <b>days</b> (at least one): { $days }; day names count as their group (<code>monday</code> is weekdays, <code>saturday</code> weekends): the bot knows only weekdays, weekends and evenings
    • <b>city</b>: an Italian town or a big city abroad; <code>remote</code>, <code>online</code> or <code>Remote only</code> if it's done from home
    • <b>min age</b> and <b>max age</b>: from { $min } to { $max }
    • <b>hours per week</b>: 1 to 40, or as on the buttons (<code>3–5 hours</code>, <code>more than 10 hours</code>)
    • <b>places</b>: 1 to 500
    • <b>deadline</b> (optional): <code>{ $date }</code>, also with the month's name, or an Excel date
    • <b>title</b>: 3 to 80 characters, not the same as an existing project; <b>description</b>: up to 1000 characters
    I also understand common words such as <code>environment</code>, <code>school</code>, <code>weekend</code>, <code>evening</code>.
import-words-hint = 📖 The words I understand are in the /import message.
import-words-separator = {" · "}
import-failed =
    ❌ <b>Nothing imported</b>: { $count ->
        [one] there is one problem to fix
       *[other] there are { $count } problems to fix
    }.
    { $lines }
    Fix the file and send it to me again.
import-partial =
    ⚠️ <b>{ $valid ->
        [one] 1 project of { $rows } is ready.
       *[other] { $valid } projects of { $rows } are ready.
    }</b> { $skipped ->
        [one] Row { $rows_list } has problems and would be skipped
       *[other] Rows { $rows_list } have problems and would be skipped
    }:
    { $lines }
    You can import { $valid ->
        [one] the ready row as a draft
       *[other] the ready rows as drafts
    } now and add the others later, or fix the file and send me all of it again.
import-sheet-read = 📄 I read the sheet "{ $sheet }" (the file has { $sheets }).
import-more-problems = { $count ->
        [one] …and one more: it's in the file below.
       *[other] …and { $count } more: they're all in the file below.
    }
import-report-name = import-problems.csv
import-report-caption = { $count ->
        [one] The file's problem (1). It opens in Excel.
       *[other] Every problem in the file, row by row ({ $count }). It opens in Excel.
    }
import-report-header = Row;Column;Problem;Value
import-import-valid = 📥 Import { $count ->
        [one] the ready row as a draft
       *[other] the { $count } ready rows as drafts
    }
import-fix-file = ✏️ I'll fix the file
import-fix-later = All right: fix the file and send it to me whenever you like. I imported nothing.
import-file-gone = I can't find the file any more: please send it to me again.
import-nothing-new = Nothing new to import: { $count ->
        [one] this project is already here. You'll find it in /myprojects.
       *[other] these projects are already here. You'll find them in /myprojects.
    }
import-line = • { $title }
import-done =
    ✅ { $count ->
        [one] I imported one project as a draft
       *[other] I imported { $count } projects as drafts
    }:
    { $lines }
    { $count ->
        [one] Check it and publish it from /myprojects.
       *[other] Check them and publish them from /myprojects.
    }
import-done-skipped = ⏭️ I skipped { $count ->
        [one] row { $rows_list }: fix it
       *[other] rows { $rows_list }: fix them
    } and send me the file again; the projects already here stay as they are.
import-problem-unreadable = • I can't read the file: save it again as Excel (.xlsx) or CSV.
import-problem-not-spreadsheet = • This file isn't a spreadsheet: maybe it's the wrong file. Send me the Excel (.xlsx) or CSV file with the projects.
import-problem-old-excel = • It's an old Excel file (.xls) or a password-protected one: open it and save it as "Excel Workbook (.xlsx)" or CSV, without a password.
import-problem-open-document = • It's a LibreOffice file (.ods): use "Save as" to save it as Excel (.xlsx) or CSV.
import-problem-empty = • The file is empty: no rows to read.
import-problem-too-big = • The file is too big: 2 MB at most (enough for 500 projects). Remove pictures and sheets you don't need.
import-problem-missing-column = • The column "{ $column }" is missing from the header row.
import-problem-no-rows = • The file has only the header: no projects.
import-problem-too-many-rows = • Too many rows: 500 projects per file at most. Split it into several files.
import-problem-formula = • Row { $row }, { $column }: the formula has no saved result; open the file, recalculate and save it again.
import-problem-title-length = • Row { $row }, { $column }: the title needs 3 to 80 characters.
import-problem-duplicate-title = • Row { $row }, { $column }: "{ $value }" is already the title of a row above.
import-problem-existing-title = • Row { $row }, { $column }: there's already a project "{ $value }".
import-existing-rows = { $count ->
        [one] • Row { $rows_list }: this project is already here (same title); I'll leave it as it is.
       *[other] • Rows { $rows_list }: these projects are already here (same title); I'll leave them as they are.
    }
import-problem-age-range = • Row { $row }, { $column }: { $value } is outside the bot's ages, { $min } to { $max }.
import-problem-description-length = • Row { $row }, { $column }: the description needs 1 to 1000 characters.
import-problem-unknown-choice = • Row { $row }, { $column }: I don't know "{ $value }".
import-problem-empty-cell = • Row { $row }, { $column }: the cell is empty.
import-problem-empty-list = • Row { $row }, { $column }: write at least one.
import-problem-city = • Row { $row }, { $column }: “{ $value }” isn't an Italian town or a big city abroad that I know; write a city or "remote".
import-problem-number = • Row { $row }, { $column }: "{ $value }" isn't a valid number here.
import-problem-ages-order = • Row { $row }, { $column }: the maximum age is below the minimum.
import-problem-date = • Row { $row }, { $column }: "{ $value }" isn't a date (write 31/03/2027 or 31 March 2027).
import-problem-past-date = • Row { $row }, { $column }: the date { $value } has passed.
import-example-left-out = ✂️ Row { $row } is the template's example: I left it out.
import-problem-only-example = • The file has only the template's example row (row { $row }): write your projects under it, one per row, and send it to me again.
import-days-read = 📅 I read "{ $cell }" as "{ $days }": the bot knows only weekdays, weekends and evenings, not single days.
import-problem-wrong-column-causes = • Row { $row }, { $column }: "{ $value }" is a cause: move it to the causes column.
import-problem-wrong-column-skills = • Row { $row }, { $column }: "{ $value }" is a skill: move it to the skills column.
import-problem-wrong-column-days = • Row { $row }, { $column }: "{ $value }" says when: move it to the days column.
import-problem-date-no-day = • Row { $row }, { $column }: "{ $value }" has no day: write the day too, for example 31 March 2027.
import-failed-file =
    ❌ <b>Nothing imported.</b>
    { $lines }
import-problem-too-big-csv = • The file is too big: 2 MB at most (enough for 500 projects). Split the projects into several files.
import-problem-too-big-other = • The file is too big (2 MB at most) and doesn't look like a spreadsheet: maybe it's the wrong file. Send me the Excel (.xlsx) or CSV file with the projects.
import-problem-no-header = • I can't find the column titles in the first row. The first row must have them: { $columns }. The /import template already has them: start from that.
