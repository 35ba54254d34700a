# A neighbourhood's members-only page.

## Bairro
neighbourhood-title = Bairro
neighbourhood-members = { $count ->
    [0] Nenhum vizinho verificado
    [one] Um vizinho verificado
   *[other] { $count } vizinhos verificados
}
neighbourhood-neighbours = Vizinhos
neighbourhood-privacy = Os vizinhos veem o seu nome e a sua rua, mas nunca o número da sua porta.
