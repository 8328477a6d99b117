# Appeals (/appeal): a member asks for a second look at a sanction; a moderator keeps it or lifts it.
command-appeal = Ask us to look again at a sanction
appeal-none = 🙂 You have no warnings, mutes or bans right now: there's nothing to look at again.
appeal-list = ⚖️ <b>Ask us to look again at a sanction</b>
    If you think it was a mistake or want to explain what happened, pick which one: a moderator reads it.
appeal-pick = { $number }. { $kind } of { $at }
appeal-sanction = <b>{ $kind }</b> of { $at } in { $group }
    { $until }
    Reason: { $reason }
appeal-until = { $kind ->
        [warn] It counts until { $until }.
       *[other] It lasts until { $until }.
    }
appeal-until-lifted-warn = It counts until a moderator removes it.
appeal-until-lifted-mute = It lasts until a moderator removes it.
appeal-until-lifted-ban = It lasts until a moderator removes it.
appeal-until-lifted-kick = It's already over.
appeal-kind-warn = ⚠️ Warning
appeal-kind-mute = 🔇 Mute
appeal-kind-ban = 🚫 Ban
appeal-kind-kick = 👋 Removal
appeal-a-group = a group
appeal-no-reason = none written
appeal-listed-waiting = ⏳ Already sent: waiting for a moderator.
appeal-listed-answered = ⚖️ Already looked at by a moderator.
appeal-already-open = ⏳ You already asked us to look at this one: a moderator is on it. I'll write to you here as soon as they decide.
appeal-already-answered = ⚖️ A moderator already looked at this one and I sent you their answer. You can ask only once.
appeal-gone = 🙂 This sanction isn't there any more (it ended or was removed). Send /appeal to see what's left.
appeal-ask-why = ✍️ Tell us in a few words why we should look at it again (at most { $max } characters).
    If you'd rather not write anything, press Skip.
appeal-skip = ⏭️ Skip
appeal-stop = ✖️ Never mind
appeal-confirm = 📨 <b>Check before sending</b>
    { $sanction }

    { $words }
appeal-confirm-words = Your words: "{ $words }"
    To change them, just write them again.
appeal-confirm-no-words = You didn't write anything: that's fine too.
appeal-send = 📨 Send
appeal-step-old = ⏳ This one is from before: send /appeal to start again.
appeal-stopped = OK, I sent nothing 👍
appeal-sent = ✅ Sent! A moderator will look at it and I'll write their answer to you here.
    Until then the sanction stays as it is.

# The moderators' card.
appeal-card = ⚖️ <b>A request to look again at a sanction</b>
    { $name } (aged { $band }{ $speaks }) asks us to look again at:
    { $sanction }
    Given by: { $given_by }

    { $words }
appeal-card-words = Their words: "{ $words }"
appeal-card-no-words = They wrote nothing.
appeal-card-speaks = , writes in { $reads }
appeal-reason-language = 🌍 { $name } reads the bot in { $reads }: write your reason in { $reads } if you can.
appeal-given-by-admin = a staff admin
appeal-given-by-command = a group admin
appeal-given-by-warn_limit = the bot (too many warnings)
appeal-given-by-flood = the bot (too many messages in a row)
appeal-given-by-report = a moderator, after a report
appeal-uphold = ✅ Keep it
appeal-lift = 🔓 Lift it
appeal-outcome-upheld = ✅ Kept by { $name }. Reason: "{ $reason }"
appeal-outcome-lifted = 🔓 Lifted by { $name }. Reason: "{ $reason }"
appeal-outcome-ended-expired = ⏱️ Closed: the sanction had already ended on its own. I told them.
appeal-outcome-ended-lifted = 🔓 Closed: the sanction had already been lifted (they were told then).
appeal-already-decided = Someone already decided: { $outcome }
appeal-own = ✋ You gave this sanction yourself: let another moderator decide.
appeal-own-alone = ✋ You gave this sanction yourself and there's no other moderator: you decide, but read it again with fresh eyes.
appeal-start-me = To answer, write to me in private first (press Start in the chat with me), then press again.
appeal-asked-in-private = I wrote to you in private for the reason.
appeal-ask-reason-upheld = ✅ You keep it. Write the reason in a few words (at most { $max } characters): the person who asked will read it, so be kind and clear.
    To leave it: /cancel
appeal-ask-reason-lifted = 🔓 You lift it. Write the reason in a few words (at most { $max } characters): the person who asked will read it.
    To leave it: /cancel
appeal-confirm-upheld = ✅ Keep { $kind ->
        [warn] the warning
        [mute] the mute
        [ban] the ban
       *[other] the sanction
    } for { $name }?
    They will read: "{ $reason }"
    To change the reason, write it again.
appeal-confirm-lifted = 🔓 Lift { $kind ->
        [warn] the warning
        [mute] the mute
        [ban] the ban
       *[other] the sanction
    } for { $name }?
    They will read: "{ $reason }"
    To change the reason, write it again.
appeal-confirm-upheld-button = ✅ Yes, keep it
appeal-confirm-lifted-button = 🔓 Yes, lift it
appeal-decision-stop = ✖️ Never mind
appeal-lift-refused = ⚠️ I couldn't lift it: in that group I'm not allowed to restrict members. Ask a group admin to give me that right, then press the card again. Nothing is decided yet.
appeal-decision-old = ⏳ This one is from before: press the request's card again.
appeal-decision-stopped = OK, I decided nothing: the request still waits 👍

# What the member reads.
appeal-told-upheld = ⚖️ <b>The answer to your appeal</b>
    A moderator looked again at { $kind ->
        [warn] your warning
        [mute] your mute
        [ban] your ban
       *[other] your sanction
    } and decided to keep it.
    Why: "{ $reason }"
    Thank you for telling us your side 🙏
appeal-told-lifted = ⚖️ <b>The answer to your appeal</b>
    A moderator looked again at { $kind ->
        [warn] your warning
        [mute] your mute
        [ban] your ban
       *[other] your sanction
    } in the group "{ $group }" and decided to lift it 🔓 { $kind ->
        [warn] It no longer counts.
        [mute] You can write there again.
        [ban] You can rejoin with the link whenever you like.
       *[other] All is well now.
    }
    Why: "{ $reason }"
appeal-told-expired = ⚖️ { $kind ->
        [warn] Your warning ended
        [mute] Your mute ended
        [ban] Your ban ended
       *[other] Your sanction ended
    } on its own before a moderator could look at it again: all is well now 🙂
