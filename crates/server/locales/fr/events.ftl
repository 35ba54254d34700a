# The virtual event day (issue 11).

data-events-organised = Les événements que vous organisez
data-event-stands-staffed = Les stands d’événements où vous répondez aux questions
data-event-registrations = Vos places à des événements
data-event-guest-registrations = Les places à des événements demandées avec votre adresse e-mail, sans compte
