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

## Publicações e o mural do bairro
feed-title = Publicações mais recentes
feed-filter = Mostrar
feed-filter-current = Mostrar: { $kind }
feed-all-kinds = Tudo
feed-empty = Ainda não há nada aqui. Comece: ofereça ajuda, empreste uma ferramenta, peça ajuda.
feed-error-cursor = Esta página da lista não existe. Volte à primeira página.
post-kind-information = Informação
post-kind-offer-service = Ofereço um serviço
post-kind-request-service = Procuro um serviço
post-kind-give = Dou um objeto
post-kind-lend = Posso emprestar um objeto
post-kind-borrow = Gostaria de pedir algo emprestado
post-kind-offer-help = Ofereço ajuda
post-kind-request-help = Preciso de ajuda
post-audience-neighbourhood = Só o meu bairro
post-audience-adjacent = O meu bairro e os bairros vizinhos
post-audience-commune = Toda a comuna
post-new-button = Escrever uma publicação
post-new-title = Nova publicação
post-edit-title = Alterar a sua publicação
post-delete-title = Apagar a sua publicação
post-title = Publicação
post-back-to-feed = Voltar ao bairro
post-kind-question = De que trata a sua publicação?
post-field-title = Título
post-field-title-hint = Uma linha curta, por exemplo: Escada para emprestar, ou Quem pode regar as minhas plantas em agosto?
post-field-body = Texto
post-field-body-hint = Diga o quê, quando e como o podem contactar. Os vizinhos veem o seu nome e a sua rua, nunca o número da porta.
post-audience-question = Quem a deve ver?
post-publish = Publicar
post-save = Guardar
post-state-done = Resolvido
post-comment-count = { $count ->
    [0] Ainda sem respostas
    [one] Uma resposta
   *[other] { $count } respostas
}
post-thanks-count = { $count ->
    [one] Um obrigado
   *[other] { $count } obrigados
}
post-from-elsewhere = de um bairro vizinho
post-edited-mark = alterado
post-thank = Agradecer
post-mark-done = Marcar como resolvido
post-edit = Alterar
post-delete = Apagar
post-delete-question = Apagar esta publicação? O texto é apagado de imediato e as respostas deixam de poder ser lidas.
post-published = A sua publicação foi publicada.
post-edited = A sua publicação foi alterada.
post-deleted = A sua publicação foi apagada.
post-thanked = O seu agradecimento foi enviado.
post-marked-done = Marcado como resolvido: os vizinhos veem que está tratado.
post-error-kind = Escolha de que trata a sua publicação.
post-error-audience = Escolha quem deve ver a sua publicação.
post-error-title-empty = Escreva um título.
post-error-title-long = O título pode ter 120 caracteres no máximo.
post-error-title-invisible = O título tem de conter letras ou sinais visíveis.
post-error-body-empty = Escreva um texto.
post-error-body-long = O texto pode ter 5000 caracteres no máximo.
post-error-not-done-able = Esta publicação não pode ser marcada como resolvida.
post-error-no-thanks = Não pode agradecer esta publicação.
comment-field = A sua resposta
comment-publish = Responder
comment-save = Guardar
comment-edit = Alterar
comment-delete = Apagar
comment-edit-title = Alterar a sua resposta
comment-delete-title = Apagar a sua resposta
comment-delete-question = Apagar esta resposta? O texto é apagado de imediato.
comment-back = Voltar à publicação
comment-published = A sua resposta foi publicada.
comment-edited = A sua resposta foi alterada.
comment-deleted = A sua resposta foi apagada.
comment-error-empty = Escreva uma resposta.
comment-error-long = Uma resposta pode ter 2000 caracteres no máximo.
comment-error-closed = Esta publicação já não aceita respostas.
delete-confirm = Sim, apagar
delete-keep = Não, manter

# Fotografias
post-field-photos = Fotografias (se quiser)
post-field-photos-hint = Até 4 fotografias, JPEG ou PNG, 10 MB cada uma. Só os vizinhos que podem ler a sua publicação as veem; o local e a câmara que uma fotografia regista são apagados.
post-photos-choose-again = As suas fotografias não foram guardadas com o formulário: escolha-as de novo, por favor.
post-photo-remove = Retirar esta fotografia
post-photo-alt = { $title }, fotografia { $number } de { $total }
post-error-photos-too-many = Uma publicação pode ter no máximo 4 fotografias.
image-error-file-too-large = Uma fotografia pode ter no máximo 10 MB. Escolha uma mais pequena.

## Pesquisar no bairro
search-title = Pesquisar no bairro
search-heading = Pesquisar no bairro { $neighbourhood }
search-label = O que procura?
search-hint = Escreva uma ou mais palavras. Acentos e maiúsculas não contam, e da última palavra basta o início: «bici» também encontra «bicicleta».
search-button = Pesquisar
search-found = { $count ->
    [0] Nenhuma publicação encontrada
    [one] Uma publicação encontrada
   *[other] { $count } publicações encontradas
}
search-none = Nenhuma publicação do bairro tem todas estas palavras. Experimente menos palavras, ou outras.
search-crowded = Muitas publicações têm estas palavras, por isso só as mais recentes foram pesquisadas. Acrescente uma palavra para encontrar as mais antigas.
search-error-empty = Escreva pelo menos uma palavra para pesquisar.
search-error-no-words = Escreva pelo menos uma palavra com letras ou algarismos: a pontuação e os sinais sozinhos não são pesquisados.
search-error-too-long = Uma pesquisa pode ter no máximo 200 caracteres.
search-error-too-many-words = Uma pesquisa pode ter no máximo 8 palavras diferentes. Fique com as mais importantes.
search-error-page = Esta página de resultados não existe. Volte à primeira página.
feed-activity-starts = Atividade: { $when }
