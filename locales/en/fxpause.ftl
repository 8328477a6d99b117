## Paused after a consent ended: what happened and when the data goes
guardian-status-annulled = ⏸️ A moderator couldn't confirm your parent's OK, so your profile is paused. Ask for a new link or get the paper form signed (code <code>{ $code }</code>).
guardian-status-erasing = 🗑️ If no new OK arrives by { $until }, we delete your data.
guardian-own-status-annulled = consent cancelled by a moderator
guardian-member-erased = 🗑️ Your parent's OK didn't arrive in time, so we deleted your data. If you like, you can start again any time with /start.
