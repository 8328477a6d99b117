## A participant whose account was erased: to the coordinators, without their name
coordinator-told-erased = 🚪 A participant left "{ $title }" (their account is gone): a place is free again.
