# A commune's public face and the installation's list of communes.

## Instalação e página da comuna
index-title = Comunas no Gemeng
index-intro = Escolha a sua comuna.
index-no-communes = Ainda não há nenhuma comuna.
commune-title = Comuna
commune-welcome = Boas-vindas a { $commune }
commune-intro = Conheça os seus vizinhos, peça e ofereça ajuda, e receba notícias da sua comuna.
commune-join-title = Junte-se ao seu bairro
commune-join-text = Registe-se com a sua morada. Vamos verificar se vive lá. Depois, pode ver os seus vizinhos e falar com eles.
commune-your-neighbourhood = É membro do bairro { $neighbourhood }.
commune-pending-text = Ainda temos de verificar se vive na sua morada. Escreva o código da carta da comuna, ou o código que recebeu de um vizinho.
commune-neighbourhoods-title = Bairros
commune-no-neighbourhoods = A comuna ainda não criou os seus bairros.
commune-erased = A sua conta e tudo o que o Gemeng guardava sobre si foram apagados.
