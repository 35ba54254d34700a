# A neighbourhood's members-only page.

## Quartier
neighbourhood-title = Quartier
neighbourhood-members = { $count ->
    [0] Aucun voisin vérifié
    [one] Un voisin vérifié
   *[other] { $count } voisins vérifiés
}
neighbourhood-neighbours = Voisins
neighbourhood-privacy = Les voisins voient votre nom et votre rue, mais jamais votre numéro de maison.
