# The virtual event day (issue 11).

data-events-organised = The events you organise
data-event-stands-staffed = The event stands where you answer questions
data-event-registrations = Your places at events
data-event-guest-registrations = Places at events asked for with your e-mail address, without an account
