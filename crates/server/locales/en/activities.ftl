# Activities: events, courses, cafés and neighbourhood meetings with places to take.

activities-title = Activities
activities-intro = Meet your neighbours: activities of the commune and of your neighbourhood. Take a place, or join the waiting list when a session is full.
activities-none = No activity planned at the moment.
activities-home-intro = Cafés, courses, conversation tables and meetings in your neighbourhood: take a place.
activities-all = All activities
activities-back = All activities
activities-calendar = Add the public activities to your calendar (iCalendar)
activities-calendar-name = Activities: { $commune }
activities-mine-title = My activities
activities-mine-none = You have not registered for any activity yet.
activity-new-title = Organise an activity
activity-from-to = From { $from } to { $to }
activity-kind-neighbourhood-activity = Neighbourhood activity
activity-kind-language-cafe = Language café
activity-kind-conversation-table = Conversation table
activity-kind-coaching = Coaching
activity-kind-course = Course
activity-kind-smartphone-cafe = Smartphone café
activity-kind-information-session = Information session
activity-audience-neighbourhood = For the neighbourhood
activity-audience-adjacent = For the neighbourhood and the ones next to it
activity-audience-commune = For everyone in the commune
activity-audience-public = Open to everyone
activity-weekday-monday = Monday
activity-weekday-tuesday = Tuesday
activity-weekday-wednesday = Wednesday
activity-weekday-thursday = Thursday
activity-weekday-friday = Friday
activity-weekday-saturday = Saturday
activity-weekday-sunday = Sunday
activity-field-kind = Kind of activity
activity-field-title = Title
activity-field-description = Description (optional)
activity-field-audience = Who may come
activity-field-neighbourhood = Neighbourhood
activity-field-schedule = When
activity-field-date = Date (the first one, for a weekly series)
activity-field-starts = Starts at
activity-field-ends = Ends at
activity-field-weekdays = Days of the week
activity-field-until = Last day of the series
activity-field-place = Place
activity-field-link = Link to the video room
activity-field-capacity = Places per session
activity-field-languages = Languages spoken
activity-field-when = When
activity-versions-hint = Write the title in at least one language. Write a description in the same languages, or none.
activity-neighbourhood-hint = Only for an activity of one neighbourhood (or of it and the ones next to it).
activity-repeat-once = Once
activity-repeat-weekly = Every week
activity-weekdays-hint = For a weekly series: the days it meets, and the last day. A series must end within a year.
activity-place-hint = An address or the name of a place. Give a place, a link, or both.
activity-create = Publish the activity
activity-sessions = Sessions
activity-sign-in-to-register = Sign in to take a place.
activity-session-cancelled = Cancelled
activity-session-started = Started
activity-places-free = { $count ->
    [one] One place left
   *[other] { $count } places left
}
activity-places-full = { $count ->
    [0] Full
    [one] Full, one person waiting
   *[other] Full, { $count } people waiting
}
activity-you-registered = You have a place
activity-you-waiting = You are number { $position } on the waiting list
activity-on-waiting-list = On the waiting list
activity-register = Take a place
activity-join-waiting-list = Join the waiting list
activity-withdraw = Give up my place
activity-leave-waiting-list = Leave the waiting list
activity-add-to-calendar = Add this activity to your calendar (iCalendar)
activity-registrations-title = Registrations
activity-registrations-of = Registrations: { $title }
activity-registrations-intro = Who has a place and who is waiting, session by session. Only you and the commune's staff see these names.
activity-back-to-activity = Back to the activity
activity-registered-count = { $count ->
    [one] One place taken
   *[other] { $count } places taken
}
activity-waiting-count = { $count ->
    [one] One person waiting
   *[other] { $count } people waiting
}
activity-nobody-registered = Nobody has registered yet.
activity-registered-list = With a place
activity-waiting-list = Waiting list
activity-attendance = Who came
activity-attendance-save = Save who came
activity-cancel-session = Cancel this session
activity-notice-registered = You have a place. An e-mail confirms it.
activity-notice-waitlisted = The session is full: you are on the waiting list. If a place frees up, you get it and we tell you by e-mail.
activity-notice-withdrawn = You are no longer registered for this session.
activity-notice-created = The activity is published.
activity-notice-session-cancelled = The session is cancelled. Everyone registered was told by e-mail.
activity-notice-attendance = Saved.
activity-refused-cancelled = This session is cancelled.
activity-refused-started = This session has already started: ask at the door.
activity-refused-already-registered = You already have a place in this session.
activity-refused-already-waitlisted = You are already on the waiting list of this session.
activity-refused-full = This session is full.
activity-error-no-title = Write a title in at least one language.
activity-error-version-missing = Write this text too: the activity is written in this language elsewhere.
activity-error-blank = This text is empty.
activity-error-too-long = This text is too long.
activity-error-language-unknown = Choose among Luxembourgish, German, French, English and Portuguese.
activity-error-kind = Choose a kind of activity.
activity-error-audience = Choose who may come.
activity-error-audience-resident = Residents organise for their neighbourhood (and the ones next to it). Ask the commune for a bigger audience.
activity-error-neighbourhood = Choose the neighbourhood of the activity.
activity-error-capacity = Give a number of places from 1 to 10,000.
activity-error-no-language = Choose at least one language spoken.
activity-error-no-session = Give the date and times of at least one session.
activity-error-too-many-sessions = An activity has 52 sessions at most. Publish a longer one again next year.
activity-error-ends-before-start = The end must come after the start, on the same day.
activity-error-in-the-past = This date is in the past.
activity-error-date = Give a date, such as 2030-03-05.
activity-error-time = Give a time, such as 18:30.
activity-error-no-weekday = Choose at least one day of the week.
activity-error-weekday = Choose days of the week from the list.
activity-error-no-end = A weekly series needs a last day.
activity-error-series-too-long = A series lasts a year at most.
activity-error-series-no-session = No chosen day of the week falls between the first and the last day.
activity-error-schedule-both = Give either dates or a weekly series, not both.
activity-error-no-place = Give a place, a link to a video room, or both.
activity-error-place = The place is too long (4 lines of 120 characters at most) or holds hidden characters.
activity-error-link = Give a web address that starts with https://
activity-error-session-started = This session has already started.
activity-error-attendance-early = Mark who came once the session has started.
activity-calendar-title = Your activities in your calendar
activity-calendar-intro = Your calendar app (on your phone or computer) can show the sessions you registered for. Give it this secret address; if someone else learns it, make a new one: the old one stops working.
activity-calendar-address = Your secret calendar address
activity-calendar-make = Make my calendar address
activity-calendar-renew = Make a new address (the old one stops working)
activity-calendar-revoke = Stop my calendar address
activity-calendar-made = Your calendar address is ready.
activity-calendar-revoked = Your calendar address no longer works.
mail-activity-registered-subject = You have a place: { $title }
mail-activity-registered-body =
    Your place is booked.

    { $title }
    When: { $when }

    To give up your place, open the activity: { $link }
mail-activity-waitlisted-subject = Waiting list: { $title }
mail-activity-waitlisted-body =
    The session is full, so you are on its waiting list. If a place frees up, it is yours and we tell you by e-mail.

    { $title }
    When: { $when }

    { $link }
mail-activity-moved-up-subject = A place is free for you: { $title }
mail-activity-moved-up-body =
    Someone gave up their place, and you were next on the waiting list: you now have a place.

    { $title }
    When: { $when }

    If you cannot come after all, please give up your place so the next person can come: { $link }
mail-activity-session-cancelled-subject = Cancelled: { $title }
mail-activity-session-cancelled-body =
    We are sorry: this session is cancelled.

    { $title }
    When: { $when }

    { $link }
mail-activity-reminder-subject = Tomorrow: { $title }
mail-activity-reminder-body =
    A reminder: you have a place in this session.

    { $title }
    When: { $when }

    If you cannot come, please give up your place so someone on the waiting list can come: { $link }
data-activities-organised = Activities you organised
data-activity-registrations = The sessions you registered for, and whether you came
data-activity-calendar = When you made your secret calendar address
data-field-session-id = Session
data-field-status = Place or waiting list
data-field-registered-at = Registered on
data-field-attended = Came (1) or not (0)
data-field-reminded-at = Reminder sent on
activity-notice-messaged = Your message is on its way to everyone registered or waiting.
activity-notice-series = You asked for every session to come: each one below shows whether you have a place or are on its waiting list. An e-mail sums it up.
activity-message-title = Write to the registrants
activity-message-to = To the people of
activity-message-to-all = Every session
activity-message-text = Message
activity-message-hint = Everyone registered or waiting receives it by e-mail. They do not see each other’s addresses.
activity-message-send = Send the message
activity-register-series = Take a place in every session
activity-register-series-hint = Or register for the whole series at once: a place where there is one left, the waiting list where the session is full.
activity-error-message-empty = Write a message.
activity-error-message-long = The message is too long (2,000 characters at most).
mail-activity-series-subject = Your places: { $title }
mail-activity-series-body =
    You registered for the sessions to come.

    { $title }
    First session: { $when }
    Sessions with a place: { $places }
    Sessions on the waiting list: { $waits }

    If a place frees up, you get it and we tell you by e-mail. { $link }
mail-activity-message-subject = A message about { $title }
mail-activity-message-body =
    The organiser writes to everyone registered:

    { $text }

    { $link }
activity-field-commune-room = Online, in the commune's video room ({ $room })
activity-error-no-commune-room = The commune has no video room yet: write the room's link instead.

## Language cafés and conversation tables
activity-tables = Tables of a language café
activity-tables-hint = For a language café only: one row per table, each in one language, with its host (at C1 or better) and 1 to 6 seats. Leave the other rows blank. The café’s places are its seats.
activity-table-number = Table { $number }
activity-field-table-language = Language
activity-field-host = Host’s name
activity-field-host-level = Host’s level
activity-field-seats = Seats
activity-add-table = Add a table
activity-conversation = Conversation table
activity-conversation-hint = For a conversation table only: its language and the levels it is for (A1 to B2).
activity-field-lowest = From level
activity-field-highest = Up to level
activity-capacity-hint = For a language café, leave it: the places are the tables’ seats.
activity-field-levels = Levels
activity-levels = { $language }, { $lowest } to { $highest }
activity-table-free = { $count ->
    [0] full
    [one] one seat free
   *[other] { $count } seats free
}
activity-language-waiting = Waiting list for { $language }: { $count }
activity-choose-table = The language you want to practise
activity-accept-waiting-list = If its tables are full, put me on its waiting list
activity-take-seat = Take a seat
activity-table-heading = { $language } table, hosted by { $host }
activity-waiting-for = Waiting for a seat: { $language }
activity-profile-link = Add your languages and levels to your profile
activity-error-tables-not-cafe = Only a language café has tables: choose that kind, or leave the tables blank.
activity-error-conversation-not-table = Only a conversation table has a level range: choose that kind, or leave the range blank.
activity-error-no-table = A language café needs at least one table.
activity-error-too-many-tables = A language café has 30 tables at most.
activity-error-table-language = Choose the table’s language: Luxembourgish, German, French, English or Portuguese.
activity-error-table-host = Write the host’s name (80 characters at most), or give the address of their account.
activity-error-host-level = A host speaks the table’s language at C1, C2 or as a native speaker.
activity-error-table-seats = A table has 1 to 6 seats.
activity-error-conversation-missing = Choose the conversation table’s language and the levels it is for.
activity-error-level = Choose a level: A1, A2, B1 or B2.
activity-error-range-reversed = The lowest level is above the highest one.
activity-error-range-above = A conversation table is for learners: its levels go up to B2.
activity-refused-tables-full = Every table of this language is full. Tick the waiting list to wait for a seat.
activity-refused-no-level = A level of at least A1 is needed: add this language to your language profile first.
activity-refused-nothing-to-learn = You speak this language above B2: there is little to learn at a table, but you could host one.
activity-refused-below-level = Your level in this language is below this table’s levels.
activity-refused-above-level = Your level in this language is above this table’s levels.
activity-refused-choose-language = Choose the language of one of the café’s tables.
data-field-table-id = Café table
data-field-waits-for = Waiting for a table in
activity-table-line = { $language }: { $host } ({ $level }), { $free }
activity-edit-title = Change the activity
activity-edit-of = Change: { $title }
activity-edit-hint = Change its texts, where it is held, its places or its languages. Its dates stay: cancel a session that cannot take place, and everyone registered is told.
activity-edit-capacity-hint = People on the waiting list move up at once if you add places. You cannot go below the places already taken in a session to come.
activity-save-changes = Save the changes
activity-notice-changed = The activity is changed. Everyone registered or waiting is told of a new place or link.
activity-error-capacity-below-taken = More people already have a place in a session to come. Keep at least as many places, or cancel that session.
mail-activity-moved-subject = New place or link: { $title }
mail-activity-moved-body =
    The organiser changed where this activity is held. You are registered or on the waiting list.

    { $title }
    When: { $when }
    Where now:
    { $where }

    The activity's page: { $link }
activity-cancel-activity = Cancel every session to come
activity-cancel-activity-hint = The activity stays listed as cancelled. Everyone registered or on a waiting list is told once by e-mail.
activity-cancel-activity-confirm = Yes, cancel every session that has not started
activity-error-confirm-cancel = Tick the box to confirm that every session to come is cancelled.
activity-notice-activity-cancelled = Every session to come is cancelled. Everyone registered or waiting is told.
mail-activity-cancelled-subject = Cancelled: { $title }
mail-activity-cancelled-body =
    The organiser cancelled every session still to come of this activity, so your place (or your place on the waiting list) is cancelled too. You have nothing to do.

    { $title }
    Your first session was: { $when }

    The activity's page: { $link }

activities-organised-title = The activities you organise
activities-organised-intro = Each activity you organise, with the list of who registered.
activities-organised-none = You do not organise any activity yet.
activities-organised-over = Over
activity-error-audience-association = An organiser account has no neighbourhood: choose the whole commune or everyone.

## A café table's host with an account
activity-field-host-account = Host’s e-mail, if they have an account here
activity-host-account-hint = Optional. A host with an account sees who has a seat at their table and gets a reminder the day before. If their language profile gives the table’s language, it sets their level.
activity-error-host-account = No account of this commune that takes part in activities has this address.
activity-error-host-profile-level = This person’s language profile gives a level below C1 in the table’s language: a host speaks it at C1, C2 or as a native speaker.
activity-error-host-twice = This person already hosts another table of this café.
activity-host-page-title = { $language } table: { $title }
activity-host-page-intro = You host this table. Here is who has a seat at it, session by session: their names, never their addresses.
activity-host-page-intro-organiser = Who has a seat at this table, session by session. Its host sees the same page.
activity-host-page-activity = The activity’s page
activity-host-no-learner = Nobody has a seat yet.
activity-hosting = Tables you host
activity-hosting-line = { $language } table: { $title }
mail-activity-host-named-subject = You host a table: { $title }
mail-activity-host-named-body =
    The organiser of this language café named you host of its { $language } table.

    { $title }
    First session: { $when }

    You see who has a seat at your table on your activities page, and you get a reminder the day before each session: { $link }
mail-activity-host-reminder-subject = Tomorrow you host: { $title }
mail-activity-host-reminder-body =
    A reminder: tomorrow you host the { $language } table.

    { $title }
    When: { $when }
    Learners with a seat: { $count }

    Who they are: { $table_link }
    The activity’s page: { $link }
data-cafe-tables-hosted = The language café tables you host
data-field-activity-id = Activity
data-field-host-name = Host’s name
data-field-host-level = Host’s level
activity-hosts-title = Hosts of the tables
activity-hosts-of = Hosts of the tables: { $title }
activity-hosts-hint = Change who hosts a table: write a name, or give the address of their account here. A new host with an account is told by e-mail and gets the reminders; one who no longer hosts is told too. Each table keeps its language and seats.
activity-hosts-table = Table { $number }: { $language }
activity-hosts-save = Save this table’s host
activity-hosts-link = Change the hosts of the tables
activity-notice-host = The table’s host is changed.
mail-activity-host-released-subject = You no longer host a table: { $title }
mail-activity-host-released-body =
    The organiser of this language café gave its { $language } table another host. You have nothing to do.

    { $title }
    Next session: { $when }

    { $link }
