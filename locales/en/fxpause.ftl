## Paused after a consent ended: what happened and when the data goes
guardian-status-annulled = ⏸️ A moderator couldn't confirm your parent's OK, so your profile is paused. Ask for a new link or get the paper form signed (code <code>{ $code }</code>).
guardian-status-erasing = 🗑️ If no new OK arrives by { $until }, we delete your data.
guardian-own-status-annulled = consent cancelled by a moderator
guardian-member-erased = 🗑️ Your parent's OK didn't arrive in time, so we deleted your data. If you like, you can start again any time with /start.
profile-paused-withdrawn = ⏸️ Your profile is paused: your parent withdrew their consent. If no new OK arrives by { $until }, we delete your data. Type /start to ask for a new link or get the paper form.
profile-paused-annulled = ⏸️ Your profile is paused: a moderator couldn't confirm your parent's OK. If no new OK arrives by { $until }, we delete your data. Type /start to ask for a new link or get the paper form.
mydata-waiting =
    You don't have a full profile yet. We keep:
    • your Telegram id and language
    • your birth month and year: { $born }
    • the request to your parent, code <code>{ $code }</code>: { $status }
mydata-waiting-guardian = • the name your parent gave: { $name }
mydata-waiting-history = • the history of the consents ({ $count ->
        [one] one step
       *[other] { $count } steps
    })
mydata-waiting-age = • for 30 days, the result of the age check
guardian-paused =
    ⏸️ <b>Paused</b>:
    { $lines }
    To give your consent again, ask them to send you a new link.
guardian-paused-withdrawn = • <b>{ $name }</b>: you withdrew your consent. If no new one arrives by { $until }, we delete { $name }'s data.
guardian-paused-annulled = • <b>{ $name }</b>: a moderator couldn't confirm your consent. If no new one arrives by { $until }, we delete { $name }'s data.
guardian-link-replaced = 🔄 The links I gave you before no longer work: forward this new one.
