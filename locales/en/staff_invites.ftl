## Staff invites (rule 20): the admin names the invitee, whoever opens the link is shown to the admin

staff-invite-ask-name =
    ✍️ Who is the { $role } invite for? Type the person's first name and surname, as you know them.
    When someone opens the link I'll show you who it is, and you decide.
staff-invite-type-name = ✍️ Type the name of the person you're inviting.
staff-invite-bad-name = ✍️ Type just a first name and surname (64 characters at most, no links).
staff-invite-made-already = This invite has already been made: the link is just above 👆
staff-invite-link =
    ✉️ Here's the invite for <b>{ $invitee }</b> as { $role }, valid 72 hours, for one person:
    { $link }
    Send it only to { $invitee }. When it's opened I'll tell you who opened it: the role starts only when you confirm.
staff-invite-opened =
    🔔 Someone opened your { $role } invite for <b>{ $invitee }</b>.
    • Name on Telegram: { $display }
    • Username: { $username }
    • Name they typed: { $name }
    Is this really { $invitee }? If you're not sure, ask them before confirming.
staff-no-username = none
staff-no-name-yet = not typed yet
staff-invite-name-corrected = ✏️ They corrected the name they typed.
staff-invite-confirm = ✅ Yes, confirm
staff-invite-reject = ❌ No, reject
staff-invite-confirmed = ✅ Confirmed by { $admin } on { $when }: { $name } is now on the staff as { $role }. I've told them.
staff-invite-rejected =
    ❌ Rejected by { $admin } on { $when }: whoever opened the invite for { $invitee } doesn't join the staff. I've told them kindly.
    Do you want to send { $invitee } a new link?
staff-invite-again = ✉️ New link for { $invitee }
staff-invite-opener-member = This account is registered as a young member: it can't join the staff. Tap "Reject".
staff-invite-decided-already = Already decided by { $admin } on { $when } ({ $decision ->
        [confirmed] confirmed
       *[other] rejected
    }).
staff-invite-tried =
    ⚠️ Another account tried to open your { $role } invite for <b>{ $invitee }</b>, but someone had already opened it.
    • Name on Telegram: { $display }
    • Username: { $username }
    If this is { $invitee }, reject whoever opened it first (below): then you can send a new link.
staff-invite-member-stuck = ⚠️ { $invitee } can't join the staff ({ $role ->
        [moderator] moderator
       *[other] coordinator
    }): they opened your invite from an account registered as a young member (name on Telegram: { $display }). They can delete that profile with /deleteme and open the same link again: I've told them how.
staff-admin-unnamed = (name not visible: hasn't written to the bot yet)
staff-waiting = ⏳ Waiting for your decision: { $count }. Here they are below.
staff-line-history = ↳ invited by { $invited } · confirmed by { $confirmed } · { $when }

## Whoever opens the invite
staff-join-minor = This link is for the adult volunteers on the staff, so it doesn't work on your account. No problem: you can keep using the bot as usual (/help).
staff-join-name-check = Your name: <b>{ $name }</b>. A typo? Just type it again.
staff-join-waiting =
    ✅ Thanks, { $name }! One last step: an admin checks that the invite really reached you. I'll write as soon as they confirm.
    A typo in your name? Tap the button below.
staff-join-correct = ✏️ Correct my name
staff-join-new-link-wait =
    ⏳ You're waiting for a new link from the admin to join the staff: the one you opened doesn't work any more. If you haven't asked yet, write to whoever invited you. When it arrives, just open it.
    No need to sign up as a young member: staff join only through the link.
staff-join-not-staff = 🙋 I'm not waiting for an invite: sign me up as a young member
staff-join-rename = ✍️ Type your name again, as staff and young people will see it.
staff-join-name-corrected = ✏️ I've corrected your name to <b>{ $name }</b> and told the admin.
staff-join-confirmed = 🎉 An admin confirmed you: you're on the staff as { $role ->
        [moderator] moderator
       *[other] coordinator
    }. Type /help for your commands.
staff-join-rejected =
    🙏 Thanks for your patience. The admin didn't confirm this invite for your account, so it gives you no staff role.
    Maybe the link reached you by mistake: no problem. If you were expecting it, ask whoever invited you to send a new link.

## Staff /help: one section per role, one screen each
help-staff-more = 👇 Your other commands, by role:
help-section =
    <b>{ $heading }</b>
    { $commands }
help-heading-admin = 🛡 Admin
help-heading-moderator = 🧭 Moderation
help-heading-coordinator = 🧩 Projects and events
help-heading-everyone = 👤 For everyone
