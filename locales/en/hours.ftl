## /hours: volunteering hours by school year, and the statement for school
command-hours = Your volunteering hours and the statement for school
command-verify = Check a statement of hours by its code (staff)
hours-amount = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes } min
        }
    }
hours-title = ⏱️ <b>Your volunteering hours</b> · school year { $year }
hours-line = { $day } · { $title } · <b>{ $hours }</b>
hours-total = Total: <b>{ $total }</b> ({ $count ->
        [one] 1 event
       *[other] { $count } events
    })
hours-page = Page { $page } of { $pages }
hours-none = ⏱️ You don't have any volunteering hours yet.

    Here's how it works: after an event, whoever runs it marks who came. That event's hours then show up here by themselves, and from here you can download the statement for school. Find the next event with /events 🙌
hours-none-this-year = ⏱️ No hours yet this school year ({ $year }): after an event, whoever runs it marks who came and the hours show up here. Earlier years are in the buttons below.
hours-year-button = 📅 { $year }
hours-statement-button = 📄 Statement for school (PDF)
## The statement
statement-ask-language = 📄 I'll make the statement of your hours for the school year { $year }. Which language should it be in? Schools in Italy usually want it in Italian.
statement-ask-first = 📄 I'll make the statement of your hours for the school year { $year }.

    Which <b>first name</b> goes on it? Tap "{ $first }" below, or type it the way your school wants it (for example: Mary Ann). The first name stays with the statement as printed: it's what whoever checks it sees.

    To leave it: /cancel
statement-ask-first-typed = 📄 I'll make the statement of your hours for the school year { $year }.

    Which <b>first name</b> goes on it? Type it the way your school wants it (for example: Mary Ann). The first name stays with the statement as printed: it's what whoever checks it sees.

    To leave it: /cancel
statement-first-button = ✅ { $first }
statement-first-old = This button no longer works. For the statement, open /hours and tap "Statement for school" again.
statement-type-surname = You've typed the first name already: now type the surname below (or /cancel).
statement-first-type-it = Type below the first name to put on the statement (for example: Mary Ann).
statement-first-empty = I didn't get a first name. Type it below (for example: Giulia).
statement-first-too-long = That first name is too long: 60 characters at most. Type it again, shorter.
statement-first-digit = A first name has no numbers. Type just your first name (for example: Anna Maria).
statement-first-link = That looks like a link, not a first name. Type just your first name (for example: Giulia).
statement-first-mention = No @ or usernames: type just your first name (for example: Luca).
statement-first-symbols = A first name can only have letters (accents too), spaces, apostrophes and hyphens. Type it again (for example: Anna-Maria).
statement-ask-surname = 📄 I'll make the statement of your hours for the school year { $year }, in the name of <b>{ $first }</b>.

    Type your <b>surname</b>, the way your school wants it. Before I make the statement I'll show you how it looks.

    I don't save your surname: it's only for printing. I only keep a check that, with the code and the surname written on the statement, lets us tell your school it's real.

    To leave it: /cancel
statement-surname-empty = I didn't get a surname. Type it below (for example: Rossi).
statement-surname-too-long = That surname is too long: 60 characters at most. Type it again, shorter.
statement-surname-digit = A surname has no numbers. Type just your surname (for example: De Luca).
statement-surname-link = That looks like a link, not a surname. Type just your surname (for example: D'Amico).
statement-surname-mention = No @ or usernames: type just your surname (for example: Rossi).
statement-surname-symbols = A surname can only have letters (accents too), spaces, apostrophes and hyphens. Type it again (for example: Esposito-Russo).
statement-first-unprintable = Some letters of this first name I can't print on the statement (Chinese, Japanese or Korean ones, for example). Type it in Latin letters, the way your school wants it (for example: Mei).
statement-surname-unprintable = Some letters of this surname I can't print on the statement (Chinese, Japanese or Korean ones, for example). Type it in Latin letters, the way your school wants it (for example: Wang).
statement-making = ⏳ Making the PDF…
statement-caption = 📄 Your statement of hours, school year { $year }: { $total }. Verification code: { $code }
statement-sent = ✅ Here's your statement: print it or send it to your school as it is. Keep the code <b>{ $code }</b>: your school uses it, with your surname, to check the statement with us. I don't keep your surname.
statement-no-hours = You have no hours in that school year: there's nothing to put on a statement. Have a look at /hours.
statement-file = statement-of-hours-{ $year }.pdf
## The PDF
statement-pdf-title = Statement of volunteering hours
statement-pdf-intro = This is to certify that { $name } volunteered in the activities of { $organisation } in the school year { $year }, at { $count ->
        [one] 1 event
       *[other] { $count } events
    }, as follows:
statement-pdf-date = Date
statement-pdf-event = Event
statement-pdf-hours = Hours
statement-pdf-total-line = Total hours in the school year { $year }: { $total }
statement-pdf-issued = Issued by { $organisation }. Place and date: { $place }, { $date }
statement-pdf-signature = Signature of the person in charge ______________________________
statement-pdf-code = Verification code: { $code }
statement-pdf-verify = To verify this statement, contact { $organisation } quoting the code { $code }: a staff member can check it and confirm the name, school year and hours.
statement-pdf-verify-contact = To verify this statement: write to { $contact } quoting the code { $code }. A staff member of { $organisation } will check it and confirm the name, school year and hours.
## /verify (staff)
verify-usage = Type the code after the command, for example: /verify GC-7K4M-Q2XP
    If you also have the surname printed on the statement, add it: /verify GC-7K4M-Q2XP Rossi
verify-malformed = 🤔 "{ $typed }" isn't a statement code: they look like GC-7K4M-Q2XP (eight letters and digits, never 0, O, 1 or I). Check it and try again.
verify-unknown = ❌ No statement has the code { $code }. Check it was copied correctly: if it was, the statement didn't come from us.
verify-withdrawn = ⚠️ Statement { $code } was withdrawn: the data of the person it was for has been deleted. It can't be confirmed any more.
verify-genuine = ✅ <b>Genuine statement</b> · { $code }
verify-surname-differs = ⚠️ <b>The code { $code } is genuine, but the surname does not match the one printed on it</b>: the statement may have been altered. Compare the paper with what the code certifies:
verify-certifies = First name: { $first }
    School year: { $year }
    Hours: { $total } ({ $count ->
        [one] 1 event
       *[other] { $count } events
    })
    Issued on { $issued }
verify-surname-matches = ✅ The surname matches the one printed.
verify-surname-unchecked = ℹ️ I didn't check the surname: type it after the code, and I'll tell you if it is the one printed.
verify-staff-only = /verify is for staff (coordinators, moderators, admins).
modlog-do-statement-issued = { $who } downloaded a statement of their hours
modlog-do-statement-verified = { $who } checked a statement of hours of { $whom }
mydata-hours = ⏱️ { $total } of volunteering at { $count ->
        [one] 1 event
       *[other] { $count } events
    } (see /hours){ $statements ->
        [0] {""}
        [one] ; 1 statement for school: we don't keep its code, it's only on the PDF and in the message you received
       *[other] ; { $statements } statements for school: we don't keep their codes, they're only on the PDFs and in the messages you received
    }.
