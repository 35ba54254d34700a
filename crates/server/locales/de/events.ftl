# The virtual event day (issue 11).

data-events-organised = Die Veranstaltungen, die Sie organisieren
data-event-stands-staffed = Die Stände von Veranstaltungen, an denen Sie Fragen beantworten
data-event-registrations = Ihre Plätze bei Veranstaltungen
data-event-guest-registrations = Plätze bei Veranstaltungen, die mit Ihrer E-Mail-Adresse ohne Konto angefragt wurden
