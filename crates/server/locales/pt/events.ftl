# The virtual event day (issue 11).

data-events-organised = Os eventos que organiza
data-event-stands-staffed = Os stands de eventos onde responde a perguntas
data-event-registrations = Os seus lugares em eventos
data-event-guest-registrations = Lugares em eventos pedidos com o seu endereço de e-mail, sem conta
