# A commune's public face and the installation's list of communes.

## Instalação e página da comuna
index-title = Comunas no Gemeng
index-intro = Escolha a sua comuna.
index-no-communes = Ainda não há nenhuma comuna.
commune-title = Comuna
commune-welcome = Boas-vindas { $article ->
     [o] ao { $commune }
     [a] à { $commune }
     [os] aos { $commune }
     [as] às { $commune }
    *[none] a { $commune }
    }
commune-intro = Conheça os seus vizinhos, peça e ofereça ajuda, e receba notícias da sua comuna.
commune-join-title = Junte-se ao seu bairro
commune-join-text = Registe-se com a sua morada. Vamos verificar se vive lá. Depois, pode ver os seus vizinhos e falar com eles.
commune-your-neighbourhood = É membro do bairro { $neighbourhood }.
commune-pending-text = Ainda temos de verificar se vive na sua morada. Escreva o código da carta da comuna, ou o código que recebeu de um vizinho.
commune-neighbourhoods-title = Bairros
commune-no-neighbourhoods = A comuna ainda não criou os seus bairros.
commune-erased = A sua conta e tudo o que o Gemeng guardava sobre si foram apagados.
## The commune's identity
identity-title = A identidade da comuna
identity-intro = Como a comuna aparece nas páginas do Gemeng e nas cartas de comprovativo de morada.
identity-names = O nome da comuna em cada língua
identity-names-hint = Deixe uma língua vazia para mostrar o nome oficial: { $name }.
identity-town-hall = Câmara municipal
identity-postal-address = Morada postal
identity-lines-hint = Um elemento por linha.
identity-letters = Cartas de comprovativo de morada
identity-signatory = Assinado por
identity-signatory-hint = Um nome e um cargo, um por linha. Por exemplo: Lydie Polfer, Presidente da Câmara.
identity-save = Guardar
identity-saved = A identidade da comuna foi guardada.
identity-error-name = Um nome pode ter no máximo 80 caracteres, sem caracteres invisíveis.
identity-error-lines = No máximo algumas linhas curtas de 80 caracteres cada, sem caracteres invisíveis.
identity-error-phone = Um número de telefone pode ter no máximo 40 caracteres.
identity-look = Aspeto
identity-colour = Cor do cabeçalho
identity-colour-hint = Escrita como #rrggbb, por exemplo #a4162b. Um texto branco tem de ser legível sobre ela: uma cor demasiado clara é recusada.
error-colour-format = Escreva a cor com # e seis letras ou algarismos, por exemplo #a4162b.
error-colour-contrast = Um texto branco é difícil de ler sobre esta cor. Escolha uma mais escura.

## O nome da comuna numa frase, e o seu brasão
identity-article = Artigo antes do nome
identity-article-none = Sem artigo
identity-article-hint = Alguns nomes levam artigo («a Cidade do Luxemburgo», «la Ville de Luxembourg»). O Gemeng escreve então «na Cidade do Luxemburgo», «à la Ville de Luxembourg».
identity-error-article = Escolha um dos artigos propostos.
identity-arms = Brasão
identity-arms-current = O brasão atual da comuna
identity-arms-file = Imagem do brasão
identity-arms-hint = Um ficheiro PNG ou JPEG com 8 MB no máximo. Aparece ao lado do nome da comuna e nas cartas, com 192 píxeis de altura no máximo.
identity-arms-upload = Enviar
identity-arms-remove = Retirar o brasão
identity-arms-saved = O brasão foi guardado.
identity-arms-removed = O brasão foi retirado.
identity-video-room = A sala de vídeo da comuna
identity-video-room-hint = O endereço https:// da sala onde a comuna realiza atividades online (uma sala Jitsi ou BigBlueButton, por exemplo). Quem organiza escolhe-a então com um só visto, em vez de escrever um link.
identity-error-video-room = Escreva o endereço completo da sala, a começar por https://.
