# /demote: ask first, say who, tell the person, the moderators' chat.

demote-confirm = Remove <b>{ $name }</b> ({ $role }) from the staff?
    They won't be able to use the staff commands any more. I'll tell them, in private and kindly.
demote-yes = ✅ Yes, remove { $name }
demote-no = ↩️ No, leave it
demote-kept = 👍 All right: { $name } stays on the staff.
demote-told = I've told them in private.
demote-not-told = I couldn't write to { $name } in private: please tell them yourself.
demote-mod-chat = ⚠️ { $name } is still in the moderators' chat, where reports arrive. With the button below I'll take { $name } out of it (they can always come back with a new invite).
demote-mod-chat-remove = 🚪 Remove { $name } from the moderators' chat
demote-mod-chat-check = ⚠️ If { $name } is in the moderators' chat, where reports arrive, remember to take them out: I can't check it myself.
demote-mod-chat-removed = ✅ { $name } is no longer in the moderators' chat.
demote-mod-chat-failed = I can't remove { $name } from the moderators' chat: maybe I'm not an admin there. Please do it from the chat.
staff-removed-note = Hi { $name }, an admin has removed you from the Gen C staff (you were in { $role ->
        [moderator] moderation
       *[other] coordination
    }): the staff commands are no longer for you. Thank you so much for the time you gave! If you think it's a mistake, talk to an admin.
