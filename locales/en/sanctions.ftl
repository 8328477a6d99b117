# Group moderation: the commands, what the bot says in the community group (in the group's
# language, DEFAULT_LANGUAGE), and what the member is told in private.

command-warn = Warn a member (reply to their message; the reason shows in the group)
command-unwarn = Remove a member's latest warning
command-warns = A member's active warnings
command-mute = Mute a member: /mute 2h reason
command-unmute = Let a member write again
command-ban = Ban a member: /ban 3d reason
command-unban = Let a member come back
command-kick = Remove a member from the group (they can rejoin)
command-del = Delete the message you reply to

## How long: `amount` of `unit` (w, d, h, m)
sanction-span = { $unit ->
    [w] { $amount ->
        [one] 1 week
       *[other] { $amount } weeks
    }
    [d] { $amount ->
        [one] 1 day
       *[other] { $amount } days
    }
    [h] { $amount ->
        [one] 1 hour
       *[other] { $amount } hours
    }
   *[m] { $amount ->
        [one] 1 minute
       *[other] { $amount } minutes
    }
}

## In the group
sanctions-private = This command is for the community group: reply to the person's message with it.
sanctions-not-community = I don't moderate here: only in the community groups.
sanctions-not-allowed = Only moderators and the group's admins can use this command.
sanctions-reply-needed = Reply to the person's message with /{ $command }, then a reason if you like (everyone in the group sees it).
sanctions-reply-needed-span = Reply to the person's message with /{ $command }, then how long if you like (10m, 2h, 3d, 1w) and a reason (everyone in the group sees it).
sanctions-is-bot = I can't do that to myself 🙂
sanctions-is-self = You can't do that to yourself.
sanctions-higher-rank = I can't: { $name } is an admin or has a role equal to or above yours.
sanctions-not-a-person = That message is from a channel or an anonymous admin: I can't do that.
sanctions-not-in-group = { $name } is not in the group.
sanctions-bot-lacks = I can't: I don't have the "{ $right }" permission in this group. Whoever created the group can give it to me under Administrators.
right-can_restrict_members = Ban users
right-can_delete_messages = Delete messages
sanctions-span-not-a-span = I don't understand the duration "{ $typed }". Write for example 10m, 2h, 3d or 1w (minutes, hours, days, weeks). Without one, it lasts until a moderator lifts it.
sanctions-span-not-positive = The duration must be more than zero: for example 10m or 2h.
sanctions-span-too-short = The shortest duration is 1 minute: for example 10m.
sanctions-span-too-long = 366 days at most. For "until we lift it", leave the duration out.
sanctions-reason = Reason: { $reason }
sanctions-warned = ⚠️ { $name } got a warning ({ $count } of { $limit }).
sanctions-warned-muted = 🔇 { $name } reached { $limit } warnings: they can't write for { $span }.
sanctions-muted = 🔇 { $name } can't write for { $span }.
sanctions-muted-forever = 🔇 { $name } can't write until a moderator allows it.
sanctions-banned = 🚫 { $name } is out of the group for { $span }.
sanctions-banned-forever = 🚫 { $name } is out of the group until a moderator allows it.
sanctions-kicked = 👋 { $name } is out of the group; they can rejoin with the link.
sanctions-flooded = 🔇 { $name } sent a lot of messages in a row: they can't write for { $span }.
sanctions-unwarned = ↩️ Removed { $name }'s latest warning (active: { $count }).
sanctions-unmuted = 🔊 { $name } can write again.
sanctions-unbanned = ✅ { $name } can come back to the group if they like.
sanctions-already-warn = { $name } has no active warnings.
sanctions-already-mute = { $name } can already write.
sanctions-already-ban = { $name } is not banned.
sanctions-warns-none = { $name } has no active warnings.
sanctions-warns = ⚠️ { $name }'s active warnings: { $count } of { $limit }.
sanctions-warns-line = • { $reason } (expires { $expires })
sanctions-no-reason = no reason given
sanctions-undo-warn = ↩️ Remove the warning
sanctions-undo-mute = 🔊 Let them write
sanctions-undo-ban = ✅ Let them back
sanctions-undone = ↩️ Undone by a moderator.
sanctions-undo-refused = Only moderators and the group's admins can do that.
sanctions-undo-already = It was already lifted or over.

## In private, to the member
sanction-notice-warn = ⚠️ Hi! You got a warning in the group "{ $group }" ({ $count } of { $limit }). At { $limit } warnings you won't be able to write there for { $span }. Each warning counts for { $expiry }.
sanction-notice-warn-mute = 🔇 Hi! That makes { $limit } warnings in the group "{ $group }": you can't write there until { $until }. After that you can write again, and your warnings start again from zero.
sanction-notice-mute = 🔇 Hi! You can't write in the group "{ $group }" until { $until }. After that you can write again.
sanction-notice-mute-forever = 🔇 Hi! You can't write in the group "{ $group }" until a moderator allows it again.
sanction-notice-ban = 🚫 Hi! You are out of the group "{ $group }" until { $until }. After that you can rejoin with the link.
sanction-notice-ban-forever = 🚫 Hi! You are out of the group "{ $group }" until a moderator lets you back.
sanction-notice-kick = 👋 Hi! You were removed from the group "{ $group }". You can rejoin with the link whenever you like, keeping to the rules.
sanction-notice-flood = 🔇 Hi! You sent a lot of messages in a row in the group "{ $group }": you can't write there until { $until }. It's nothing serious: it keeps the chat readable for everyone.
sanction-notice-lifted-warn = ✅ A moderator removed one of your warnings in the group "{ $group }".
sanction-notice-lifted-mute = 🔊 You can write in the group "{ $group }" again.
sanction-notice-lifted-ban = ✅ You can rejoin the group "{ $group }" with the link whenever you like.
sanction-notice-reason = Reason: { $reason }
sanction-notice-appeal = If you think this is a mistake, write /appeal: a moderator will look at it again calmly.

## /mydata: the member's own sanctions
mydata-sanctions = ⚖️ <b>Warnings and blocks in the groups</b> ({ $count })
mydata-sanction = • { $kind }, { $date }: { $state }. Reason: { $reason }
sanction-kind-warn = Warning
sanction-kind-mute = Mute
sanction-kind-ban = Ban
sanction-kind-kick = Removal
mydata-sanction-until = until { $until }
mydata-sanction-forever = until a moderator lifts it
mydata-sanction-lifted = lifted
mydata-sanction-over = over
mydata-sanction-counted = counted in the mute
mydata-sanction-replaced = replaced by a new one
