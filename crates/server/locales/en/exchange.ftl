# Community guidelines
community-title = Community guidelines
community-intro = Gemeng is where neighbours help each other and the commune talks with its residents. Everyone who writes here agrees to these rules; moderators hide what breaks them.
community-respect = Be kind
community-respect-text = No insults, threats, mockery or hatred of anyone for their origin, religion, gender, age, disability or opinions. Disagree with ideas, never attack people.
community-privacy = Protect everyone's privacy
community-privacy-text = Do not share another person's address, phone number, photo or personal story without their consent. Private messages stay private.
community-no-trade = Help, do not sell
community-no-trade-text = Offers and requests are between neighbours. No advertising, no commercial sales, no chain messages, no same text again and again.
community-law = Stay within the law
community-law-text = Nothing forbidden: no weapons, drugs or medicines, no stolen goods, no scams.
community-truth = Say what is true
community-truth-text = Give accurate information, and say when an offer is settled so that nobody waits for nothing.
community-safety = Meet safely
community-safety-text = Meet in a public place the first time, never give bank details, and report anything that worries you.
community-reports-title = Reports and moderation
community-reports-text = Anyone can report a post, an answer or a message. Moderators of the neighbourhood and the commune's staff look at every report, hide what breaks these rules or keep it, and always give their reason; the author is told by e-mail. Every decision is recorded.

# Private messages
messages-title = Messages
messages-intro = Private conversations with your neighbours. Only the two of you can read them.
messages-empty = No messages yet. You can write to a neighbour from the list of neighbours or from a post.
messages-write-title = New message
messages-to = To: { $name }
messages-about = About: { $title }
messages-field = Your message
messages-field-hint = Your neighbour sees your name and this text, never your address or e-mail.
messages-send = Send
messages-sent = Your message is sent.
messages-back = Back to messages
messages-thread-title = Conversation
messages-thread-with = Conversation with { $name }
messages-me = You
messages-older = Earlier messages
messages-reply = Your answer
messages-closed = You can no longer write in this conversation.
message-error-empty = Write a message.
message-error-long = A message can have at most 2,000 characters.
message-error-self = You cannot write to yourself.
message-error-not-member = Only verified neighbours can send messages.
message-error-unreachable = You cannot write to this person.
post-write-to = Write to { $name }
neighbours-write = Write a message

# Blocks
blocks-title = Blocked people
blocks-intro = Someone you block cannot write to you, you cannot write to them, and you no longer see their posts and answers. They are not told.
blocks-link = Blocked people
blocks-empty = You have not blocked anyone.
blocks-block-name = Block { $name }
blocks-confirm-text = You will no longer receive messages from this person or see their posts. You can undo this at any time.
blocks-confirm = Yes, block
blocks-unblock-name = Unblock { $name }
blocks-blocked = Blocked. You will not hear from this person any more.
blocks-unblocked = Unblocked.
block-error-self = You cannot block yourself.
block-error-too-many = You have blocked the most people one can block (500).

# E-mail notices
notices-title = E-mail notices
notices-intro = Choose when Gemeng writes to you. Every e-mail also has a link to stop it, which works without logging in.
notices-link = E-mail notices
notices-topic-replies = Answers to my posts
notices-topic-messages = Messages for me
notices-topic-timebank = Time bank exchanges to answer, and answers to mine
notices-topic-announcements = The commune’s announcements for my neighbourhood and the commune
notices-topic-all = all e-mail notices
notices-immediately = At once
notices-daily = Once a day, in one e-mail
notices-weekly = Once a week, on Monday morning, in one e-mail
notices-never = Never
notices-save = Save
notices-saved = Your choices are saved.
notices-error-frequency = Choose how often.
notices-unsubscribe-title = Stop e-mails
notices-unsubscribe-question = Stop e-mails about: { $what }?
notices-unsubscribe-button = Yes, stop these e-mails
notices-unsubscribed = Done: no more e-mails about: { $what }.
notices-unsubscribed-more = You can choose again at any time on your account, under E-mail notices.
notice-footer = You receive this e-mail because of your choices on Gemeng. Change them: { $settings }
    Stop these e-mails in one click: { $stop }
notice-message-subject = { $name } wrote to you
notice-message-body = { $name } sent you a message:

    { $text }

    Answer here: { $link }
notice-reply-subject = { $name } answered your post “{ $title }”
notice-reply-body = { $name } answered your post “{ $title }”:

    { $text }

    Read and answer here: { $link }
notice-digest-subject = Your day on Gemeng: { $count } new
notice-digest-body = Here is what happened for you since yesterday:

    { $items }
notice-digest-message = Message from { $name }: { $text }
    { $link }
notice-digest-reply = { $name } answered “{ $title }”: { $text }
    { $link }
notice-digest-more = { $count ->
    [one] and one more.
   *[other] and { $count } more.
}

# Reports
report-title = Report
report-intro = Tell the moderators what is wrong. The author is not told who reported.
report-link = Report
report-reason-question = What is wrong with it?
report-reason-spam = Advertising or the same text again and again
report-reason-abuse = Insults, threats or harassment
report-reason-personal-data = Someone's private details shared without consent
report-reason-illegal = Something against the law, or a scam
report-reason-other = Something else
report-details = What else should the moderators know? (if you like)
report-details-hint = Needed only for "Something else". At most 1,000 characters.
report-send = Send the report
report-sent = Thank you. The moderators will look at your report.
report-error-reason = Choose what is wrong.
report-error-details-empty = Say what is wrong.
report-error-details-long = At most 1,000 characters.
report-error-own = You cannot report what you wrote yourself.

# Moderation
moderation-title = Reports to look at
moderation-intro = Posts, answers and messages that neighbours reported. Hide what breaks the community guidelines, keep the rest; the author is told your reason.
moderation-empty = No reports are waiting.
moderation-item-title = A reported item
moderation-item-post = Post
moderation-item-comment = Answer
moderation-item-message = Message
moderation-report-count = { $count ->
    [0] No open reports
    [one] One report
   *[other] { $count } reports
}
moderation-by = By { $name }
moderation-back = Back to the reports
moderation-kind = What
moderation-author = Written by
moderation-post = Post
moderation-state = Now
moderation-hidden-mark = Hidden
moderation-visible-mark = Visible
moderation-decision-question = What do you decide?
moderation-decision-hide = Hide it: it breaks the guidelines
moderation-decision-keep = Keep it: it does not break them
moderation-decision-restore = Show it again
moderation-reason = Your reason
moderation-reason-hint = The author reads it. Name the guideline, in a kind sentence.
moderation-decide = Decide
moderation-done-hide = Hidden. The author is told why.
moderation-done-keep = Kept. The reports are closed.
moderation-done-restore = Shown again. The author is told.
moderation-error-decision = Choose what you decide.
moderation-error-reason-empty = Give your reason: the author will read it.
moderation-error-reason-long = At most 1,000 characters.
moderation-error-state = This item changed in the meantime: look at it again.
moderation-mail-hide-subject = A moderator hid something you wrote
moderation-mail-hide-body = A moderator hid what you wrote: “{ $title }”.

    Their reason: { $reason }

    The community guidelines: { $guidelines }
    If you think this is a mistake, write to your commune's staff.
moderation-mail-restore-subject = What you wrote is visible again
moderation-mail-restore-body = A moderator made what you wrote visible again: “{ $title }”.

    Their reason: { $reason }
nav-moderation = Reports

# Audit log
audit-title = Audit log
audit-intro = Every decision about people and content: who took it, about whom, and why.
audit-empty = Nothing recorded yet.
audit-system = Gemeng
audit-older = Earlier entries

# Time bank notices (the amount is a number of minutes, written out)
notice-timebank-pay-subject = An exchange waits for your answer: { $name }
notice-timebank-pay-body = An exchange in the time bank waits for your answer. From: { $name }

    { $memo }
    You pay: { $amount }

    Confirm or decline here: { $link }
notice-timebank-receive-subject = An exchange waits for your answer: { $name }
notice-timebank-receive-body = An exchange in the time bank waits for your answer. From: { $name }

    { $memo }
    You receive: { $amount }

    Confirm or decline here: { $link }
notice-timebank-confirmed-subject = Exchange confirmed: { $memo }
notice-timebank-confirmed-body = Your exchange in the time bank is confirmed and the minutes moved. Confirmed by: { $name }

    { $memo }
    Minutes: { $amount }

    Your statement: { $link }
notice-timebank-declined-subject = Exchange declined: { $memo }
notice-timebank-declined-body = Your exchange in the time bank was declined; no minutes moved. Declined by: { $name }

    { $memo }

    Your time bank: { $link }
notice-digest-timebank-pay = Exchange to answer. From: { $name }: { $memo }. You pay: { $amount }
    { $link }
notice-digest-timebank-receive = Exchange to answer. From: { $name }: { $memo }. You receive: { $amount }
    { $link }
notice-digest-timebank-confirmed = Exchange confirmed. By: { $name }: { $memo }. Minutes: { $amount }
    { $link }
notice-digest-timebank-declined = Exchange declined. By: { $name }: { $memo }
    { $link }
