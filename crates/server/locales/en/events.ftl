# The virtual event day (issue 11).

data-events-organised = The events you organise
data-event-stands-staffed = The event stands where you answer questions
data-event-registrations = Your places at events
data-event-guest-registrations = Places at events asked for with your e-mail address, without an account
data-event-questions = Your questions at event stands
data-event-answers = The answers you gave at event stands
data-event-questions-hidden = The questions you hid at event stands
data-field-asked-at = Asked on
data-field-answer = Answer
data-field-answered-at = Answered on
data-field-day = Day
data-field-stand-id = Stand
data-field-event-id = Event
data-field-guest-name = Name given

events-title = Event days
events-intro = Orientation days, fairs and open days of the commune and its partners, online: stands to visit, workshops and a lounge to meet people.
events-none = No event day is planned at the moment.
events-home-intro = Orientation days and fairs online: stands, workshops and a lounge.
events-all = All event days
events-back = All event days
event-new-title = New event day
event-new-intro = Write the day's title and introduction, its hours and who may come. It stays a draft, seen only by you and the commune's staff, until you publish it.
event-draft = Draft
event-residents-only = Residents only
event-open-to-all = Open to all
event-versions-hint = Write the title in at least one language; write the introduction in the same languages, or leave it empty.
event-field-day = Day and hours
event-field-registration = Who may register
event-registration-public = Anyone: residents, other account holders and guests with an e-mail address
event-registration-residents = Verified residents of the commune only (others do not see the event)
event-field-capacity = Participants
event-capacity-hint = At most 10,000.
event-field-link = Video room
event-link-hint = Optional: the https:// address of the day's plenary or help desk.
event-draft-hint = The event is saved as a draft: you add stands and workshops, then publish it.
event-create = Save the draft
event-publish-hint = Only you and the commune's staff see this draft. Publishing opens the programme and registration.
event-publish = Publish the programme
event-places = Places
event-places-left = { $count ->
    [one] One place left
   *[other] { $count } places left
}
event-you-registered = You have a place
event-withdraw = Give up my place
event-register = Register
event-sign-in-to-register = Log in to register with your account
event-guest-title = Register without an account
event-guest-hint = Give your name and e-mail address: we send you a link to confirm your place. Your name is shown to other participants in the lounge; your address is not.
event-guest-name = Your name
event-guest-email = Your e-mail address
event-guest-send = Send me the link
event-calendar = Add to my calendar
event-confirm-title = Confirm your place
event-confirm-question = Do you want to confirm your place at this event?
event-confirm-button = Yes, confirm my place
event-link-unknown = This link does not work: it was used already, replaced by a newer one, or it is too old. Register again on the event's page to get a new one.
event-error-too-short = An event day lasts at least 30 minutes.
event-error-capacity = Give a number of participants from 1 to 10,000.
event-error-registration = Choose who may register.
event-done-created = The draft is saved. Publish it when the programme is ready.
event-done-published = The programme is published.
event-done-registered = You have a place. We sent you an e-mail.
event-done-withdrawn = Your place is given up.
event-done-check = Look in your inbox: we sent you an e-mail with a link to confirm your place. It works for two days.
event-done-confirmed = Your place is confirmed. See you on the day!
event-refused-residents-only = This event is for verified residents of the commune.
event-refused-over = This event is over.
event-refused-already = You have a place already.
event-refused-full = The event is full. Places free up when others give theirs up: try again later.

event-hall = The hall
event-no-stands = No stand yet.
event-workshops = Workshops
event-no-workshops = No workshop yet.
event-done-stand = The stand is in the hall.
event-done-workshop = The workshop is in the programme.
stand-new-title = Add a stand
stand-new-intro = A stand presents one organisation: a ministry, a service of the commune, an association. Its staff answer questions there during its hours.
stand-field-organisation = Organisation
stand-field-description = Description
stand-descriptions-hint = Write it in the languages the stand speaks, at least one.
stand-field-hours = Opening hours
stand-field-opens = Opens at
stand-field-closes = Closes at
stand-field-video = Video room (optional)
stand-field-staff = Staff who answer questions
stand-staff-hint = The e-mail addresses of their accounts on Gemeng, one per line (at most 20).
stand-field-documents = Documents to download
stand-documents-hint = Up to 20 files of at most 10 MB each, 50 MB together: PDF, pictures (JPEG, PNG, WebP), OpenDocument or Word, Excel and PowerPoint files.
stand-add = Add the stand
stand-open-now = Open now
stand-closed-now = Closed now
stand-video = Talk to the stand by video
stand-error-too-many = An event has at most 100 stands.
stand-error-organisation = Write the organisation’s name: 2 to 60 characters, without hidden characters.
stand-error-no-description = Write a description in at least one language.
stand-error-documents-limit = Too many or too large documents: up to 20 files of at most 10 MB each, 50 MB together.
stand-error-document-name = Each document needs its own plain file name (no folder, not starting with a dot).
stand-error-document-type = A document is of a type stands do not offer, or its name does not end as its type: PDF, JPEG, PNG, WebP, OpenDocument, Word, Excel or PowerPoint.
stand-error-document-empty = A document is empty.
stand-error-document-content = A document is not what its name says (its content is of another type).
stand-error-outside-hours = The stand’s hours must lie within the event’s.
stand-error-staff-limit = A stand has at most 20 staff.
stand-error-staff-twice = An address is given twice.
stand-error-staff-unknown = An address is of no account of the commune: the person must have an account on Gemeng first.
workshop-join = Join the workshop now
workshop-field-activity = Add one of your activities as a workshop
workshop-activity-hint = Activities you organise whose sessions all lie within the day. People register on the activity’s page.
workshop-add = Add the workshop
workshop-error-activity = Choose one of the activities you organise.
workshop-error-outside = Every session of the workshop must lie within the day’s hours.
workshop-error-taken = This activity is a workshop of an event already.

stand-questions = Questions and answers
stand-questions-registered-only = Questions and answers are for those registered for the event.
stand-questions-refresh = New questions and answers appear when the page is loaded again.
stand-questions-reload = Load again
stand-ask-label = Your question (at most 280 characters)
stand-ask = Ask
stand-no-questions = No question yet: be the first.
question-upvotes = { $count ->
    [one] One person wants to know
   *[other] { $count } people want to know
}
question-you-upvoted = You want to know too
question-answered = Answered
question-upvote = I want to know too
question-answer-label = Answer
question-answer = Send the answer
question-hide = Hide this question
question-done-asked = Your question is on the stand.
question-done-upvoted = Noted: you want to know too.
question-done-answered = The answer is on the stand.
question-done-hidden = The question is hidden.
question-refused-own = This is your own question.
question-refused-already = You said so already.
question-refused-hidden = This question is hidden.
question-error-not-registered = Register for the event to ask and upvote questions.
live-error-empty = Write something first.
live-error-too-long = This is too long.
live-error-lines = At most 10 lines.
live-error-hidden = The text holds invisible characters or characters that reverse it. Please type it with visible letters only.

event-statistics-title = Statistics
event-statistics-accounts = Places held by account holders
event-statistics-guests = Places held by guests
event-statistics-over-time = Participants present, per half hour
event-statistics-time = From
event-statistics-participants = Participants
event-statistics-visitors = Visitors per stand
event-statistics-questions = Questions per stand
event-statistics-question-count = Questions
event-statistics-cloud = Participating organisations, sized by their visitors
event-statistics-places-taken = Places taken
event-statistics-present = Present

lounge-title = The lounge
lounge-present-label = People at the event now:
lounge-refresh = New messages appear when the page is loaded again.
lounge-empty = Nobody has written yet: say hello.
lounge-say-label = Your message (at most 500 characters)
lounge-send = Send
lounge-hide = Hide this message
lounge-done-posted = Your message is in the lounge.
lounge-done-hidden = The message is hidden.
lounge-error-not-registered = Register for the event to write in the lounge.
data-event-lounge-messages = Your messages in the lounges of event days
data-event-lounge-hidden = The lounge messages you hid

mute-button = Mute for the rest of the day
mute-done = The participant is muted for the rest of the day: they still read, they no longer write here.
mute-refused-oneself = You cannot mute yourself.
mute-refused-organiser = An organiser is not muted.
mute-refused-staff = The stand’s own staff are not muted by their colleagues: an organiser settles it.
live-error-muted = You are muted here for the rest of the day.
data-event-mutes-given = The participants you muted at event days

mail-event-registered-subject = You have a place: { $title }
mail-event-registered-body =
    Your place is booked.

    { $title }
    When: { $when }

    The programme, and your place to give up: { $link }
mail-event-guest-confirm-subject = Confirm your place: { $title }
mail-event-guest-confirm-body =
    Hello { $name },

    Someone, probably you, asked for a place at this event with this e-mail address.

    { $title }
    When: { $when }

    To confirm your place, open this link and press the button (it works for two days): { $confirm }

    If you did not ask for it, do nothing: without confirmation the place is freed.
mail-event-guest-already-subject = You already have a place: { $title }
mail-event-guest-already-body =
    Hello { $name },

    Someone, probably you, asked for a place at this event with this e-mail address. This address already has a place: nothing more to do.

    { $title }
    When: { $when }
    The programme: { $link }

# The live rooms (WebSocket).
live-error-not-websocket = This address is for the event's live pages. Open the lounge or a stand instead.
live-status-live = Live: new messages appear by themselves.
live-status-reconnecting = The connection was lost. Reconnecting…
live-status-stopped = Live updates have stopped. Reload the page to see what is new.

# "Meet someone" and private chats.
meet-title = Meet someone
meet-intro = Chat privately for five minutes with another participant. Every minute, those who asked are paired two by two, in a language both speak.
meet-languages-label = I can chat in
meet-ask = Meet someone
meet-waiting = You asked at { $time }. Looking for someone who speaks one of your languages…
meet-waiting-hint = Pairs are made at the end of each minute; this can take up to three minutes.
meet-check = Check now
meet-withdraw = Stop looking
meet-unpaired = Nobody was free to chat just now. You can ask again.
meet-paired = You are meeting { $name }.
meet-paired-language = Language of the chat:
meet-paired-until = The chat is open until { $time }.
meet-open-chat = Open the chat
meet-chats-title = Your chats today
meet-chat-with = Chat with { $name }
meet-chat-ended = Ended at { $time }.
meet-done-asked = Your request is in: you will be paired at the end of the minute if someone is free.
meet-done-withdrawn = You are no longer looking for someone to meet.
meet-error-no-language = Choose at least one language you can chat in.
meet-error-unknown-language = Choose languages from the list.
meet-error-preferred = The preferred language must be one of the languages chosen.
chat-title = Private chat
chat-title-with = Chat with { $name }
chat-private-hint = Only the two of you read this chat.
chat-empty = Nothing said yet: say hello.
chat-say-label = Your message (at most 500 characters)
chat-done-sent = Your message is sent.
chat-closed = The five minutes are over: this chat takes no more messages.
chat-error-closed = The five minutes are over: this chat takes no more messages.
data-event-meet-requests = Your requests to meet someone at event days
data-event-private-messages = Your messages in private chats at event days

# Reports from the event day's rooms.
event-report-intro = Tell the organisers what is wrong. The author is not told who reported.
event-report-details-hint = Needed only for "Something else". At most 500 characters.
event-report-error-details-long = At most 500 characters.
event-report-error-hidden = Remove the invisible or control characters.
event-report-error-private = A private message is seen by its two people only: mute its author instead.
event-report-error-decision = Choose hide, mute or dismiss.
event-reports-title = Reports from this day
event-reports-intro = What participants reported in the lounge, at the stands and in private chats. Hiding or muting closes every report of the message.
event-reports-empty = No open reports.
event-reports-done = Done: the reports of this message are closed.
event-report-kind-lounge = A lounge message
event-report-kind-question = A question at a stand
event-report-kind-private = A message in a private chat
event-report-hide = Hide it
event-report-mute = Mute the author for the day
event-report-dismiss = Nothing wrong: close
data-event-reports-made = Your reports at event days
data-event-reports-closed = The event-day reports you closed
event-report-sent = Thank you. The organisers will look at your report.

# A guest's entrance link, for another device.
event-enter-title = Enter the event day
event-enter-question = This device will take part in the day with your place: the lounge, the stands' questions and private chats.
event-enter-button = Enter with my place
event-enter-unknown = This entrance link does not work: it is not this event's, or the place was given up.
event-done-entered = You are in: this device takes part with your place.
mail-event-guest-confirmed-subject = Your place is confirmed: { $title }
mail-event-guest-confirmed-body =
    Hello { $name },

    Your place is confirmed. This browser already lets you into the lounge, the stands' questions and private chats on the day.

    { $title }
    When: { $when }
    The programme: { $link }

    To take part from another device (your phone, say), open this link there and press the button. Keep it to yourself: it is your place.
    { $enter }
stand-staff-here = Someone from the stand is here
stand-visitors-now = { $count ->
    [one] 1 visitor now
   *[other] { $count } visitors now
}
data-event-staff-presence = When you were at the stands you staff
