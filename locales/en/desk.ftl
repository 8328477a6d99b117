# The moderators' to-do list (/pending) and their cards.
desk-none = Nothing to do: no consent to check, no date to check, no request waiting 👍
desk-heading = 📋 <b>To do</b>: { $count } (page { $page } of { $pages })
desk-line-verify = 👪 Consent to check for <b>{ $name }</b> (given on { $when })
desk-open-verify = 👪 Open: { $name }
desk-line-age = 🎂 Age check no. { $number }
desk-open-age = 🎂 Open check no. { $number }
desk-line-waiting = • <code>{ $code }</code> { $name }, { $born } — { $status }
desk-status-link = waiting, link valid until { $until }
desk-status-annulled = annulled by a moderator
desk-done-meanwhile = Already done: someone decided it meanwhile. Send /pending for the updated list.
desk-verify-hint = 🔎 <b>What to look at</b>: does the account look like an adult's? Does the name match the one given? If in doubt, call the family or ask for the paper form.
desk-revoke-ask =
    ✖️ <b>Sure it is not valid?</b>
    { $child } goes back to waiting and the family gets a message. They can consent again, or with the paper form.
desk-revoke-yes = ✖️ Yes, not valid
desk-revoke-no = ↩️ No, back to the card
desk-history-signed = 📝 Paper form signed on { $day }
desk-history-chose = { $what } — chose: { $choices }
desk-paper-new = 📝 Record a paper form
history-status-annulled = annulled by a moderator
desk-told-now = I told them.
desk-told-held = I'll tell them { $until }: no messages to minors at night.
desk-told-unreachable = I can't tell them: they blocked the bot or are gone.
desk-age-apart-hours = { $hours ->
        [0] less than an hour
        [one] 1 hour
       *[other] { $hours } hours
    }
desk-age-apart-days = { $days } days
desk-age-guidance =
    ⏱️ Between the two answers: { $apart }.
    ✅ New date: { $new_leads }
    ↩️ First date: { $first_leads }
    If unsure, keep the first: a moderator can always talk to the family.
desk-age-leads-welcome = they join right away.
desk-age-leads-needs-guardian = they still need a parent's OK.
desk-age-leads-too-young = a kind refusal (too young), and their data is erased.
desk-age-leads-too-old = a kind refusal (too old), and their data is erased.
desk-paper-fix = ✏️ Correct
desk-paper-stop = ✖️ Cancel
desk-paper-typing = If the name is wrong, you can also just type it again here.
desk-paper-stopped = ✖️ OK, nothing recorded. To start again: /consent { $code }
desk-history-same = { $what } — choices as before
