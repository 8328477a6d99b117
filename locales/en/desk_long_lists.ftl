# Long lists cut to one phone screen: the first few named, the rest counted.
fx-titles-more = …and { $count ->
        [one] one more project
       *[other] { $count } more projects
    }: you'll find them all in /myprojects.
fx-team-many-more = 🚀 { $who ->
        [admin] An admin
       *[staff] { $name }
    } published { $count } projects you run together:
    { $titles }
    …and { $more ->
        [one] one more
       *[other] { $more } more
    }: you'll find them all in /myprojects.
fx-rows-more = …and { $count ->
        [one] one more row
       *[other] { $count } more rows
    }
fx-publish-all-changed = ⚠️ The drafts changed since you opened this list (a colleague or a new import): I published nothing. Here they are now.
fx-invited-unnamed = • { $count ->
        [one] One more person you invited is no longer visible to matching, so their name isn't shown.
       *[other] { $count } more people you invited are no longer visible to matching, so their names aren't shown.
    }
