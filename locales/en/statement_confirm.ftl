## The statement for school: "is this right?" before it is made. The keys are those of locales/it/statement_confirm.ftl.
statement-preview =
    📄 <b>Check it before I make it</b>
    The statement will say:
    <b>{ $name }</b>
    School year { $year } · { $count ->
        [one] 1 event
       *[other] { $count } events
    } · { $total }
statement-preview-capitals = 🔠 I've added capitals, the way a name is written. If your school wants it written another way, tap ✏️ below.
statement-preview-twice = ⚠️ "{ $words }" is in both the first name and the surname, so it would be printed twice. If that's a mistake, tap ✏️ below.
statement-preview-ask = Is this right? The name stays on the statement exactly like this.
statement-preview-make = ✅ Make the statement
statement-preview-change-first = ✏️ First name
statement-preview-change-surname = ✏️ Surname
statement-preview-cancel = ✖️ Cancel
statement-cancelled = OK, no statement, and I've already forgotten the surname. Whenever you want it, it's in /hours 🙂
statement-already-sent = I've already sent you the statement, just above 👆
statement-preview-old = This button no longer works: use the ones on the newest message below.
statement-surname-again = ⌛ Sorry, I don't have your surname any more: I only keep it for a few minutes and never save it anywhere. Type it again below and I'll show you the statement again before I make it.
statement-preview-moved-first = ✂️ I took "{ $words }" out of the first name: it's the surname.
statement-preview-moved-surname = ✂️ I took "{ $words }" out of the surname: it's the first name.
statement-preview-hours-changed = 🔄 Your hours have changed in the meantime: here are the numbers now.
statement-preview-use-buttons = 👆 To make the statement tap ✅ in the message above, or ✏️ to change the name.
