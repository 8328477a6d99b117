coordinator-told-reduced = 🚪 A participant left "{ $title }": a place is free again.
