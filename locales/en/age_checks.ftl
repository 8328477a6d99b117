## Age check (rule 23): a date different from the first one is looked at by a moderator
age-check-waiting =
    🔎 <b>Checking</b>
    This date is different from the one you gave me before, so a moderator will look at it: usually within { $hours } hours. I'll write to you as soon as they decide.
    Meanwhile I keep only your language and the date you typed. You can read /privacy, or delete everything with /deleteme.
age-check-held-edit = 🔎 The new date is different from the one you gave me at the start: a moderator will check it, usually within { $hours } hours. Until then the old one stays.
age-check-cancel = ⏸️ OK. The check of your date goes on and I'll write to you as soon as a moderator decides. If you prefer, I'll delete your request right away.
age-check-then-welcome = ✅ A moderator checked your date: you can go on! Type /start to continue.
age-check-then-needs-guardian = 👪 A moderator checked your date: you're under { $age }, so a parent or guardian has to say OK. Type /start to get the link to send them.
age-check-then-too-young =
    💛 A moderator checked your date: Generazione Changemaker is for people aged { $min } and up, so I can't sign you up yet. The Informagiovani of the City of Turin can suggest activities for your age.
    I've deleted your data: for 30 days I remember only, under a code that doesn't say who you are, the date you gave me.
age-check-then-too-old =
    💛 A moderator checked your date: Generazione Changemaker is for people up to { $max }, so I can't sign you up. To volunteer in Turin at any age, try Vol.To.
    I've deleted your data: for 30 days I remember only, under a code that doesn't say who you are, the date you gave me.
age-check-edit-saved = ✅ A moderator checked: the new birth date is saved in your profile.
age-check-edit-kept = 🔎 A moderator checked: your profile keeps the birth date you had before. If you think that's a mistake, write to the people who run the community.
age-check-notice =
    🎂 <b>Age check</b>
    Someone answered the age question with <b>{ $first }</b> ({ $first_outcome }) and now types <b>{ $new }</b> ({ $new_outcome }).
    You don't see who it is: only the two dates. Which one counts?
age-check-before = before { $year }
age-check-after = { $year } or later
age-check-outcome-too-young = too young
age-check-outcome-needs-guardian = needs a parent's OK
age-check-outcome-too-old = too old
age-check-outcome-welcome = can join
age-check-accept = ✅ The new date counts
age-check-keep = ↩️ The first date counts
age-check-accepted = ✅ Decided: the new date counts.
age-check-kept = ↩️ Decided: the first date counts.
age-check-already = This check has been decided already, or the person deleted their request.
deleteme-done-age-kept = 🗑️ Done: I've deleted all your data. For 30 days I remember only, under a code that doesn't say who you are, your answer to the age question. Bye, and thank you! To come back, type /start.
cancel-forgotten-age-kept = 🗑️ Done: I've deleted your data. For 30 days I remember only, under a code that doesn't say who you are, your answer to the age question. You can start again with /start whenever you like.
mydata-age-check = You don't have a profile yet: we keep your Telegram id, your language and the birth date a moderator is checking.
