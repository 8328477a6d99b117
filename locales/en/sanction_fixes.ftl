# Group moderation, after the first walks: repeats refused, hints for the moderator, one
# morning summary instead of the notices held at night, end times as a day and an hour.

## An end time: "Friday 5/12 at 23:00"
sanction-until = { $weekday } { $day }/{ $month } at { $time }

## In the group (the hints disappear after a few seconds)
sanctions-typo = Did you mean /{ $command }? I don't know “/{ $typed }”.
sanctions-reply-needed-plain = Reply to the person's message with /{ $command }.
sanctions-repeated-warn = { $name } already has a warning for this message.
sanctions-repeated-mute = { $name } is already muted for this message, until { $until }.
sanctions-repeated-mute-forever = { $name } is already muted for this message, until a moderator lifts it.
sanctions-repeated-ban = { $name } is already out of the group for this message, until { $until }.
sanctions-repeated-ban-forever = { $name } is already out of the group for this message, until a moderator lifts it.

## In private, to the moderator who acted (never in the group: it would tell who is a minor)
sanctions-told-later-private = 🌙 "{ $group }": { $name } gets no messages at night. At { $time } they will get one message with what is still in force then.
sanctions-not-told-private = "{ $group }": I couldn't tell { $name } in private, as they never started the bot.

## In private, to the member, when quiet hours end: what is in force now
sanction-summary = 📋 Hi! This is where you stand now in the group "{ $group }":
sanction-summary-ban = 🚫 You are out of the group until { $until }.
sanction-summary-ban-forever = 🚫 You are out of the group until a moderator lets you back.
sanction-summary-mute = 🔇 You can't write there until { $until }.
sanction-summary-mute-forever = 🔇 You can't write there until a moderator allows it.
sanction-summary-kick = 👋 A moderator removed you from the group: you can rejoin with the link whenever you like.
sanction-summary-warnings = ⚠️ Active warnings: { $count } of { $limit }.
sanction-summary-reason = { "   " }Reason: { $reason }
sanction-summary-clear = ✅ You can write in the group: you have no blocks and no active warnings.
