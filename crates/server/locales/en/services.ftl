# The commune's services: residents' threads with the social office, seniors, integration…

services-title = Write to the commune
services-intro = Write to one of the commune's services. Only you and the service's staff read the conversation.
services-none = The commune has not listed any service yet.
services-write-to = Write to: { $name }
services-write-title = A new message
services-write-hint = Say what you need in your own words. The service answers here, and you get an e-mail when it does.
services-field-service = Service
services-field-subject = Subject
services-field-body = Your message
services-field-state = State
services-field-resident = Resident
services-field-assigned = Assigned to
services-field-name = Name
services-field-description = What it helps with
services-send = Send
services-mine-title = Your conversations
services-mine-none = You have not written to a service yet.
services-unread = { $count ->
    [one] 1 new answer
   *[other] { $count } new answers
}
services-back = All conversations
services-thread-title = Conversation
services-author-gone = A former member of staff
services-answer = Your answer
services-reopen-hint = This conversation is closed. Writing again opens it.
services-manage-thread = Handle this conversation
services-assign-to = Colleague in charge
services-assign = Assign
services-assigned-nobody = Nobody
services-close = Close the conversation
services-queue-title = Residents' messages
services-queue-intro = Messages from residents to the commune's services. The longest waiting come first.
services-oldest = Longest wait
services-all = All services
services-mine-only = Only those assigned to me
services-filter = Show
services-queue-none = No conversation here.
services-manage-title = The commune's services
services-manage-intro = Residents choose among these services when they write. Name each one in as many languages as you can.
services-archived = Archived
services-rename = Change the name
services-save = Save
services-archive = Archive (residents no longer see it)
services-restore = Show it to residents again
services-add-title = Add a service
services-add = Add the service
service-state-waiting = Waiting for an answer
service-state-answered = Answered
service-state-closed = Closed
service-waited-minutes = { $count ->
    [one] for 1 minute
   *[other] for { $count } minutes
}
service-waited-hours = { $count ->
    [one] for 1 hour
   *[other] for { $count } hours
}
service-waited-days = { $count ->
    [one] for 1 day
   *[other] for { $count } days
}
service-error-subject-empty = Write a subject.
service-error-subject-long = Write a subject of 120 characters at most.
service-error-message-empty = Write your message.
service-error-message-long = Write a message of 5,000 characters at most.
service-error-name-missing = Write the name in this language, or leave the description empty too.
service-error-name-long = Write a name of 80 characters at most.
service-error-description-long = Write a description of 400 characters at most.
service-error-names-none = Write the service's name in at least one language.
service-error-language-unknown = Write names only in Luxembourgish, German, French, English or Portuguese.
service-error-unknown = Choose one of the services in the list.
service-error-too-many-open = You have 10 conversations still open. Wait for an answer before you start another one.
service-error-colleague = Choose a colleague from the list.
service-error-too-many = The commune already has 30 services. Archive or rename one instead.
service-error-state = Choose waiting, answered or closed.
service-done-sent = Your message is sent.
service-done-assigned = The conversation is assigned.
service-done-closed = The conversation is closed.
service-done-added = The service is added.
service-done-renamed = The service's name is changed.
service-done-archived = The service is archived.
service-done-restored = Residents see the service again.

# E-mail notices of answers from services.
notice-service-reply-subject = Answer from the commune: { $subject }
notice-service-reply-body = The commune's service ({ $service }) answered your message "{ $subject }".

    Read the answer: { $link }
notice-digest-service-reply = Answer from the commune: { $subject }
    { $link }
