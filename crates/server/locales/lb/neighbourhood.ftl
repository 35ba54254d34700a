# A neighbourhood's members-only page.

## Quartier
neighbourhood-title = Quartier
neighbourhood-members = { $count ->
    [one] Ee verifizéierten Noper
   *[other] { $count } verifizéiert Noperen
}
neighbourhood-neighbours = Noperen
neighbourhood-privacy = D'Nopere gesinn Ären Numm an Är Strooss, mee ni Är Hausnummer.
