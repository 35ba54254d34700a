# Avisos do canal da comuna.

announcements-title = Avisos
announcements-intro-member = O que a comuna diz ao seu bairro e a toda a comuna. Os avisos fixados aparecem primeiro.
announcements-intro-public = O que a comuna diz a todos. Os residentes com sessão iniciada veem também o que é para o seu bairro.
announcements-none = Nenhum aviso de momento.
announcements-back = Todos os avisos
announcements-all = Todos os avisos
announcements-feed = Seguir os avisos (feed Atom)
announcements-feed-title = Avisos: { $commune }
announcements-desk-title = Escrever aos residentes
announcements-desk-intro = Os avisos chegam aos residentes primeiro na sua língua. Escreva-os no maior número de línguas possível.
announcements-desk-back = Voltar aos avisos
announcement-pinned = Fixado
announcement-public = Público
announcement-also-in = Também em:
announcement-shown-in = Este aviso é mostrado em { $language }.
announcement-other-versions = Ler noutra língua
announcement-for-commune = Para toda a comuna
announcement-for-neighbourhoods = Bairros: { $names }
announcement-state-scheduled = Agendado
announcement-state-live = Publicado
announcement-state-expired = Expirado
announcement-state-withdrawn = Retirado
announcement-languages = Línguas
announcement-reach-delivered = E-mails entregues
announcement-reach-read = Residentes que o leram
announcement-new-title = Novo aviso
announcement-edit-title = Alterar o aviso
announcement-withdraw = Retirar
announcement-versions-hint = Escreva pelo menos uma língua. Deixe vazia uma língua sem versão: os leitores verão outra.
announcement-field-title = Título
announcement-field-body = Texto
announcement-field-audience = Para quem?
announcement-audience-chosen = Só os bairros escolhidos abaixo
announcement-field-neighbourhoods = Bairros
announcement-neighbourhoods-hint = Só se o aviso for para bairros escolhidos.
announcement-field-options = Opções
announcement-field-public = Público: todos o podem ler, também sem conta e no feed Atom
announcement-field-pinned = Fixado: mostrado acima dos outros
announcement-field-publish-at = Publicado em
announcement-publish-at-hint = Hora do Luxemburgo. Deixe vazio para publicar já.
announcement-field-expires-at = Mostrado até
announcement-expires-at-hint = Hora do Luxemburgo. Deixe vazio para o mostrar até ser retirado.
announcement-publish = Guardar e publicar
announcement-published = O aviso está guardado. Aparece à hora escolhida.
announcement-changed = O aviso foi alterado.
announcement-withdrawn = O aviso foi retirado. Já ninguém o vê.

announcement-error-no-version = Escreva um título e um texto em pelo menos uma língua.
announcement-error-language-twice = Esta língua foi enviada duas vezes.
announcement-error-language-unknown = As versões são em luxemburguês (lb), alemão (de), francês (fr), inglês (en) ou português (pt).
announcement-error-title-missing = Dê um título a esta versão.
announcement-error-title-long = Um título tem no máximo 160 caracteres.
announcement-error-body-missing = Escreva o texto desta versão.
announcement-error-body-long = Um texto tem no máximo 8000 caracteres e 200 linhas.
announcement-error-no-neighbourhood = Escolha pelo menos um bairro, ou toda a comuna.
announcement-error-neighbourhood-unknown = Escolha bairros da comuna na lista.
announcement-error-time = Indique uma data e uma hora, por exemplo 01.12.2026 09:00.
announcement-error-expires-before = O fim tem de vir depois da publicação.
announcement-error-too-far = Escolha uma data a menos de dois anos.

# E-mail notices of announcements.
notice-announcement-subject = { $title }
notice-announcement-body = A comuna publicou um aviso:

    { $title }

    { $text }

    Leia-o, também noutras línguas: { $link }
notice-digest-announcement = Aviso: { $title }
    { $link }

# O resumo semanal imprimível de um bairro.
digest-title = Resumo da semana
digest-print-hint = Imprima esta página em papel A4 para os vizinhos que não estão online. Não mostra nomes nem moradas.
digest-heading = { $neighbourhood }: a semana no Gemeng
digest-intro = O que a comuna e os vizinhos partilharam, { $from } – { $to }.
digest-announcements = Avisos da comuna
digest-offers = Ofertas e pedidos no bairro
digest-nothing = Nada esta semana.
digest-footer = Impresso a partir do Gemeng, a plataforma da comuna para os seus residentes. Para responder a uma oferta ou a um pedido, fale com um vizinho que use o Gemeng, ou com o atendimento da comuna.
digest-print-all = Imprimir o resumo da semana de cada bairro
digest-print-one = Imprimir o resumo da semana para os vizinhos sem internet
