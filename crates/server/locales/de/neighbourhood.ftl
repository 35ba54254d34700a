# A neighbourhood's members-only page.

## Viertel
neighbourhood-title = Viertel
neighbourhood-members = { $count ->
    [one] Ein bestätigter Nachbar
   *[other] { $count } bestätigte Nachbarn
}
neighbourhood-neighbours = Nachbarn
neighbourhood-privacy = Nachbarn sehen Ihren Namen und Ihre Straße, aber nie Ihre Hausnummer.
