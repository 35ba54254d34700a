# The virtual event day (issue 11).

data-events-organised = D’Evenementer, déi Dir organiséiert
data-event-stands-staffed = D’Stänn vun Evenementer, wou Dir op Froen äntwert
data-event-registrations = Är Plazen op Evenementer
data-event-guest-registrations = Plazen op Evenementer, déi mat Ärer E-Mail-Adress ouni Kont ugefrot goufen
