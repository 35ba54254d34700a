# A neighbourhood's members-only page.

## Viertel
neighbourhood-title = Viertel
neighbourhood-members = { $count ->
    [one] Ein Nachbar mit geprüftem Wohnsitz
   *[other] { $count } Nachbarn mit geprüftem Wohnsitz
}
neighbourhood-neighbours = Nachbarn
neighbourhood-privacy = Nachbarn sehen Ihren Namen und Ihre Straße, aber nie Ihre Hausnummer.
