## A participant who left without a word (account erased, or only her age kept): to the coordinators, without their name
coordinator-told-erased = 🚪 A participant left "{ $title }" (their account is gone): a place is free again.
coordinator-told-reduced = 🚪 A participant left "{ $title }": a place is free again.
