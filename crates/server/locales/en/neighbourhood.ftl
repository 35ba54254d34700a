# A neighbourhood's members-only page.

## Neighbourhood
neighbourhood-title = Neighbourhood
neighbourhood-members = { $count ->
    [one] One verified neighbour
   *[other] { $count } verified neighbours
}
neighbourhood-neighbours = Neighbours
neighbourhood-privacy = Neighbours see your name and your street, never your house number.

## Posts and the feed
feed-title = Latest posts
feed-filter = Show
feed-filter-current = Show: { $kind }
feed-all-kinds = Everything
feed-empty = Nothing here yet. Be the first: offer a hand, lend a tool, ask for help.
feed-error-cursor = This page of the list does not exist. Go back to the first page.
post-kind-information = Information
post-kind-offer-service = I offer a service
post-kind-request-service = I am looking for a service
post-kind-give = I give something away
post-kind-lend = I can lend something
post-kind-borrow = I would like to borrow something
post-kind-offer-help = I offer help
post-kind-request-help = I need help
post-audience-neighbourhood = My neighbourhood only
post-audience-adjacent = My neighbourhood and the ones next to it
post-audience-commune = The whole commune
post-new-button = Write a post
post-new-title = New post
post-edit-title = Change your post
post-delete-title = Delete your post
post-title = Post
post-back-to-feed = Back to the neighbourhood
post-kind-question = What is your post about?
post-field-title = Title
post-field-title-hint = One short line, for example: Ladder to lend, or Who can water my plants in August?
post-field-body = Text
post-field-body-hint = Say what, when and how to reach you. Neighbours see your name and street, never your house number.
post-audience-question = Who should see it?
post-publish = Publish
post-save = Save
post-state-done = Done
post-comment-count = { $count ->
    [0] No answers yet
    [one] One answer
   *[other] { $count } answers
}
post-thanks-count = { $count ->
    [one] One thank-you
   *[other] { $count } thank-yous
}
post-from-elsewhere = from a neighbouring area
post-edited-mark = changed
post-thank = Say thank you
post-mark-done = Mark as done
post-edit = Change
post-delete = Delete
post-delete-question = Delete this post? Its text is erased at once, and its answers can no longer be read.
post-published = Your post is published.
post-edited = Your post is changed.
post-deleted = Your post is deleted.
post-thanked = Your thank-you is sent.
post-marked-done = Marked as done: neighbours see that it is settled.
post-error-kind = Choose what your post is about.
post-error-audience = Choose who should see your post.
post-error-title-empty = Write a title.
post-error-title-long = The title can have at most 120 characters.
post-error-title-invisible = The title must contain visible letters or signs.
post-error-body-empty = Write a text.
post-error-body-long = The text can have at most 5,000 characters.
post-error-not-done-able = This post cannot be marked as done.
post-error-no-thanks = You cannot thank for this post.
comment-field = Your answer
comment-publish = Answer
comment-save = Save
comment-edit = Change
comment-delete = Delete
comment-edit-title = Change your answer
comment-delete-title = Delete your answer
comment-delete-question = Delete this answer? Its text is erased at once.
comment-back = Back to the post
comment-published = Your answer is published.
comment-edited = Your answer is changed.
comment-deleted = Your answer is deleted.
comment-error-empty = Write an answer.
comment-error-long = An answer can have at most 2,000 characters.
comment-error-closed = This post takes no more answers.
delete-confirm = Yes, delete
delete-keep = No, keep it

# Photos
post-field-photos = Photos (if you like)
post-field-photos-hint = Up to 4 photos, JPEG or PNG, 10 MB each. Only neighbours who can read your post see them; the place and camera a photo records are removed.
post-photos-choose-again = Your photos were not kept with the form: please choose them again.
post-photo-remove = Remove this photo
post-photo-alt = { $title }, photo { $number } of { $total }
post-error-photos-too-many = A post can have at most 4 photos.
image-error-file-too-large = A photo can be at most 10 MB. Choose a smaller one.

## Searching the neighbourhood
search-title = Search the neighbourhood
search-heading = Search in { $neighbourhood }
search-label = What are you looking for?
search-hint = Type one or more words. Accents and capital letters do not matter, and the start of the last word is enough: “bic” also finds “bicycle”.
search-button = Search
search-found = { $count ->
    [0] No post found
    [one] One post found
   *[other] { $count } posts found
}
search-none = No post of the neighbourhood has all these words. Try fewer words, or other ones.
search-crowded = Many posts have these words, so only the newest were searched. Add a word to find older ones.
search-error-empty = Type at least one word to search for.
search-error-no-words = Type at least one word of letters or digits: punctuation and signs alone are not searched.
search-error-too-long = A search can have 200 characters at most.
search-error-too-many-words = A search can have 8 different words at most. Keep the most telling ones.
search-error-page = This page of results does not exist. Go back to the first page.
feed-activity-starts = Activity: { $when }
