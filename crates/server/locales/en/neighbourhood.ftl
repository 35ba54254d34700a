# A neighbourhood's members-only page.

## Neighbourhood
neighbourhood-title = Neighbourhood
neighbourhood-members = { $count ->
    [one] One verified neighbour
   *[other] { $count } verified neighbours
}
neighbourhood-neighbours = Neighbours
neighbourhood-privacy = Neighbours see your name and your street, never your house number.
