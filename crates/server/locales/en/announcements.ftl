# Announcements of the commune's channel.

announcements-title = Announcements
announcements-intro-member = What the commune tells your neighbourhood and everyone in the commune. Pinned announcements come first.
announcements-intro-public = What the commune tells everyone. Residents who signed in also see what is meant for their neighbourhood.
announcements-none = No announcement at the moment.
announcements-back = All announcements
announcements-all = All announcements
announcements-feed = Follow the announcements (Atom feed)
announcements-feed-title = Announcements: { $commune }
announcements-desk-title = Write to residents
announcements-desk-intro = Announcements reach residents in their own language first. Write them in as many languages as you can.
announcements-desk-back = Back to the announcements
announcement-pinned = Pinned
announcement-public = Public
announcement-also-in = Also in:
announcement-shown-in = This announcement is shown in { $language }.
announcement-other-versions = Read it in another language
announcement-for-commune = For the whole commune
announcement-for-neighbourhoods = For { $names }
announcement-state-scheduled = Scheduled
announcement-state-live = Published
announcement-state-expired = Expired
announcement-state-withdrawn = Withdrawn
announcement-languages = Languages
announcement-reach-delivered = E-mails delivered
announcement-reach-read = Residents who read it
announcement-new-title = New announcement
announcement-edit-title = Change the announcement
announcement-withdraw = Withdraw
announcement-versions-hint = Write at least one language. Leave a language empty if you have no version in it: readers will see another.
announcement-field-title = Title
announcement-field-body = Text
announcement-field-audience = Who is it for?
announcement-audience-chosen = Only the neighbourhoods chosen below
announcement-field-neighbourhoods = Neighbourhoods
announcement-neighbourhoods-hint = Only if it is for chosen neighbourhoods.
announcement-field-options = Options
announcement-field-public = Public: anyone can read it, also without an account and in the Atom feed
announcement-field-pinned = Pinned: shown above the others
announcement-field-publish-at = Published on
announcement-publish-at-hint = Luxembourg time. Leave empty to publish now.
announcement-field-expires-at = Shown until
announcement-expires-at-hint = Luxembourg time. Leave empty to show it until it is withdrawn.
announcement-publish = Save and publish
announcement-published = The announcement is saved. It appears at the time you set.
announcement-changed = The announcement is changed.
announcement-withdrawn = The announcement is withdrawn. Nobody sees it any more.

announcement-error-no-version = Write a title and a text in at least one language.
announcement-error-language-twice = This language was sent twice.
announcement-error-language-unknown = Versions are written in Luxembourgish (lb), German (de), French (fr), English (en) or Portuguese (pt).
announcement-error-title-missing = Give this version a title.
announcement-error-title-long = A title has at most 160 characters.
announcement-error-body-missing = Write the text of this version.
announcement-error-body-long = A text has at most 8,000 characters and 200 lines.
announcement-error-no-neighbourhood = Choose at least one neighbourhood, or the whole commune.
announcement-error-neighbourhood-unknown = Choose neighbourhoods of the commune from the list.
announcement-error-time = Give a date and time, for example 01.12.2026 09:00.
announcement-error-expires-before = The end must come after the publication.
announcement-error-too-far = Choose a date less than two years ahead.

# E-mail notices of announcements.
notice-announcement-subject = { $title }
notice-announcement-body = The commune published an announcement:

    { $title }

    { $text }

    Read it, also in other languages: { $link }
notice-digest-announcement = Announcement: { $title }
    { $link }

# The printable weekly digest of a neighbourhood.
digest-title = Weekly digest
digest-print-hint = Print this page on A4 paper for neighbours who are not online. It shows no names and no addresses.
digest-heading = { $neighbourhood }: the week on Gemeng
digest-intro = What the commune and the neighbours shared, { $from } – { $to }.
digest-announcements = Announcements of the commune
digest-offers = Offers and requests in the neighbourhood
digest-nothing = Nothing this week.
digest-footer = Printed from Gemeng, the commune’s platform for its residents. To answer an offer or a request, ask a neighbour who uses Gemeng, or the commune’s desk.
digest-print-all = Print the weekly digest of every neighbourhood
digest-print-one = Print the weekly digest for offline neighbours
