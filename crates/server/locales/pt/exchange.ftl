# Regras da comunidade
community-title = Regras da comunidade
community-intro = No Gemeng, os vizinhos ajudam-se e a comuna fala com os seus habitantes. Quem escreve aqui aceita estas regras; os moderadores escondem o que as infringe.
community-respect = Seja amável
community-respect-text = Nada de insultos, ameaças, troça ou ódio contra alguém pela sua origem, religião, género, idade, deficiência ou opiniões. Discorde das ideias, nunca ataque as pessoas.
community-privacy = Proteja a privacidade de todos
community-privacy-text = Não partilhe a morada, o número de telefone, a fotografia ou a história pessoal de outra pessoa sem o seu consentimento. As mensagens privadas ficam privadas.
community-no-trade = Ajude, não venda
community-no-trade-text = As ofertas e os pedidos são entre vizinhos. Nada de publicidade, vendas comerciais, correntes ou o mesmo texto vezes sem conta.
community-law = Respeite a lei
community-law-text = Nada de proibido: nada de armas, drogas ou medicamentos, objetos roubados ou burlas.
community-truth = Diga a verdade
community-truth-text = Dê informações exatas e diga quando uma oferta está resolvida, para que ninguém espere em vão.
community-safety = Encontre-se em segurança
community-safety-text = Da primeira vez, encontre-se num lugar público, nunca dê os seus dados bancários e denuncie o que o preocupar.
community-reports-title = Denúncias e moderação
community-reports-text = Qualquer pessoa pode denunciar uma publicação, uma resposta ou uma mensagem. Os moderadores do bairro e o pessoal da comuna analisam cada denúncia, escondem o que infringe estas regras ou mantêm-no, e dão sempre a sua razão; o autor é informado por e-mail. Cada decisão fica registada.

# Mensagens privadas
messages-title = Mensagens
messages-intro = Conversas privadas com os seus vizinhos. Só vocês os dois as podem ler.
messages-empty = Ainda não há mensagens. Pode escrever a um vizinho a partir da lista de vizinhos ou de uma publicação.
messages-write-title = Nova mensagem
messages-to = Para: { $name }
messages-about = Sobre a publicação: { $title }
messages-field = A sua mensagem
messages-field-hint = O seu vizinho vê o seu nome e este texto, nunca a sua morada nem o seu e-mail.
messages-send = Enviar
messages-sent = A sua mensagem foi enviada.
messages-back = Voltar às mensagens
messages-thread-title = Conversa
messages-thread-with = Conversa com: { $name }
messages-me = Eu
messages-older = Mensagens anteriores
messages-reply = A sua resposta
messages-closed = Já não pode escrever nesta conversa.
message-error-empty = Escreva uma mensagem.
message-error-long = Uma mensagem pode ter no máximo 2000 caracteres.
message-error-self = Não pode escrever a si próprio.
message-error-not-member = Só os vizinhos verificados podem enviar mensagens.
message-error-unreachable = Não pode escrever a esta pessoa.
post-write-to = Escrever a: { $name }
neighbours-write = Escrever uma mensagem

# Bloqueios
blocks-title = Pessoas bloqueadas
blocks-intro = Quem bloquear deixa de lhe poder escrever e de receber mensagens suas, e deixa de ver as publicações e respostas dessa pessoa. A pessoa não é avisada.
blocks-link = Pessoas bloqueadas
blocks-empty = Não bloqueou ninguém.
blocks-block-name = Bloquear: { $name }
blocks-confirm-text = Deixará de receber mensagens desta pessoa e de ver as suas publicações. Pode desfazer isto a qualquer momento.
blocks-confirm = Sim, bloquear
blocks-unblock-name = Desbloquear: { $name }
blocks-blocked = Bloqueado. Esta pessoa não lhe voltará a escrever.
blocks-unblocked = Desbloqueado.
block-error-self = Não se pode bloquear a si próprio.
block-error-too-many = Já bloqueou o número máximo de pessoas (500).

# Avisos por e-mail
notices-title = Avisos por e-mail
notices-intro = Escolha quando o Gemeng lhe escreve. Cada e-mail tem também uma ligação para os parar, que funciona sem iniciar sessão.
notices-link = Avisos por e-mail
notices-topic-replies = Respostas às minhas publicações
notices-topic-messages = Mensagens para mim
notices-topic-timebank = Trocas do banco de tempo por responder, e respostas às minhas
notices-topic-announcements = Os avisos da comuna para o meu bairro e toda a comuna
notices-topic-all = todos os avisos por e-mail
notices-immediately = De imediato
notices-daily = Uma vez por dia, num só e-mail
notices-weekly = Uma vez por semana, na segunda-feira de manhã, num só e-mail
notices-never = Nunca
notices-save = Guardar
notices-saved = As suas escolhas foram guardadas.
notices-error-frequency = Escolha com que frequência.
notices-unsubscribe-title = Parar os e-mails
notices-unsubscribe-question = Parar estes e-mails: { $what }?
notices-unsubscribe-button = Sim, parar estes e-mails
notices-unsubscribed = Feito, não receberá mais e-mails: { $what }.
notices-unsubscribed-more = Pode escolher de novo a qualquer momento na sua conta, em Avisos por e-mail.
notice-footer = Recebe este e-mail por causa das suas escolhas no Gemeng. Alterá-las: { $settings }
    Parar estes e-mails com um clique: { $stop }
notice-message-subject = Nova mensagem: { $name }
notice-message-body = Recebeu uma mensagem. Enviada por: { $name }

    { $text }

    Responda aqui: { $link }
notice-reply-subject = Nova resposta a «{ $title }»
notice-reply-body = Resposta à sua publicação «{ $title }». Escrita por: { $name }

    { $text }

    Leia e responda aqui: { $link }
notice-digest-subject = O seu dia no Gemeng: { $count } novidades
notice-digest-body = Eis o que aconteceu para si desde ontem:

    { $items }
notice-digest-message = Mensagem. Enviada por: { $name }: { $text }
    { $link }
notice-digest-reply = Resposta a «{ $title }». Escrita por: { $name }: { $text }
    { $link }
notice-digest-more = { $count ->
    [one] e mais uma.
   *[other] e mais { $count }.
}

# Denúncias
report-title = Denunciar
report-intro = Diga aos moderadores o que está mal. O autor não fica a saber quem denunciou.
report-link = Denunciar
report-reason-question = O que está mal?
report-reason-spam = Publicidade ou o mesmo texto vezes sem conta
report-reason-abuse = Insultos, ameaças ou assédio
report-reason-personal-data = Dados privados de alguém partilhados sem consentimento
report-reason-illegal = Algo ilegal ou uma burla
report-reason-other = Outra coisa
report-details = O que mais devem saber os moderadores? (se quiser)
report-details-hint = Só é preciso para «Outra coisa». No máximo 1000 caracteres.
report-send = Enviar a denúncia
report-sent = Obrigado. Os moderadores vão analisar a sua denúncia.
report-error-reason = Escolha o que está mal.
report-error-details-empty = Diga o que está mal.
report-error-details-long = No máximo 1000 caracteres.
report-error-own = Não pode denunciar o que escreveu.

# Moderação
moderation-title = Denúncias a analisar
moderation-intro = Publicações, respostas e mensagens denunciadas por vizinhos. Esconda o que infringe as regras, mantenha o resto; o autor recebe a sua razão.
moderation-empty = Não há denúncias à espera.
moderation-item-title = Um conteúdo denunciado
moderation-item-post = Publicação
moderation-item-comment = Resposta
moderation-item-message = Mensagem
moderation-report-count = { $count ->
    [0] Nenhuma denúncia aberta
    [one] Uma denúncia
   *[other] { $count } denúncias
}
moderation-by = Escrito por: { $name }
moderation-back = Voltar às denúncias
moderation-kind = O quê
moderation-author = Escrito por
moderation-post = Publicação
moderation-state = Agora
moderation-hidden-mark = Escondido
moderation-visible-mark = Visível
moderation-decision-question = O que decide?
moderation-decision-hide = Esconder: infringe as regras
moderation-decision-keep = Manter: não as infringe
moderation-decision-restore = Mostrar de novo
moderation-reason = A sua razão
moderation-reason-hint = O autor vai lê-la. Indique a regra, numa frase amável.
moderation-decide = Decidir
moderation-done-hide = Escondido. O autor recebe a razão.
moderation-done-keep = Mantido. As denúncias estão fechadas.
moderation-done-restore = Visível de novo. O autor é informado.
moderation-error-decision = Escolha o que decide.
moderation-error-reason-empty = Indique a sua razão: o autor vai lê-la.
moderation-error-reason-long = No máximo 1000 caracteres.
moderation-error-state = Isto mudou entretanto: analise de novo.
moderation-mail-hide-subject = Um moderador escondeu algo que escreveu
moderation-mail-hide-body = Um moderador escondeu o que escreveu: «{ $title }».

    A razão: { $reason }

    As regras da comunidade: { $guidelines }
    Se achar que é um engano, escreva ao pessoal da sua comuna.
moderation-mail-restore-subject = O que escreveu está de novo visível
moderation-mail-restore-body = Um moderador tornou de novo visível o que escreveu: «{ $title }».

    A razão: { $reason }
nav-moderation = Denúncias

# Registo
audit-title = Registo de decisões
audit-intro = Cada decisão sobre pessoas e conteúdos: quem a tomou, sobre quem, e porquê.
audit-empty = Ainda nada registado.
audit-system = Gemeng
audit-older = Entradas anteriores

# Time bank notices (the amount is a number of minutes, written out)
notice-timebank-pay-subject = Uma troca espera a sua resposta: { $name }
notice-timebank-pay-body = Uma troca no banco de tempo espera a sua resposta. Enviada por: { $name }

    { $memo }
    Paga: { $amount }

    Confirme ou recuse aqui: { $link }
notice-timebank-receive-subject = Uma troca espera a sua resposta: { $name }
notice-timebank-receive-body = Uma troca no banco de tempo espera a sua resposta. Enviada por: { $name }

    { $memo }
    Recebe: { $amount }

    Confirme ou recuse aqui: { $link }
notice-timebank-confirmed-subject = Troca confirmada: { $memo }
notice-timebank-confirmed-body = A sua troca no banco de tempo está confirmada e os minutos foram transferidos. Confirmada por: { $name }

    { $memo }
    Minutos: { $amount }

    O seu extrato: { $link }
notice-timebank-declined-subject = Troca recusada: { $memo }
notice-timebank-declined-body = A sua troca no banco de tempo foi recusada; nenhum minuto foi transferido. Recusada por: { $name }

    { $memo }

    O seu banco de tempo: { $link }
notice-digest-timebank-pay = Troca por responder. Enviada por: { $name }: { $memo }. Paga: { $amount }
    { $link }
notice-digest-timebank-receive = Troca por responder. Enviada por: { $name }: { $memo }. Recebe: { $amount }
    { $link }
notice-digest-timebank-confirmed = Troca confirmada. Por: { $name }: { $memo }. Minutos: { $amount }
    { $link }
notice-digest-timebank-declined = Troca recusada. Por: { $name }: { $memo }
    { $link }
