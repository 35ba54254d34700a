# The virtual event day (issue 11).

data-events-organised = Os eventos que organiza
data-event-stands-staffed = Os stands de eventos onde responde a perguntas
data-event-registrations = Os seus lugares em eventos
data-event-guest-registrations = Lugares em eventos pedidos com o seu endereço de e-mail, sem conta
data-event-questions = As suas perguntas nos stands dos dias de eventos
data-event-answers = As respostas que deu nos stands
data-event-questions-hidden = As perguntas que escondeu nos stands
data-field-asked-at = Perguntada em
data-field-answer = Resposta
data-field-answered-at = Respondida em
data-field-day = Dia
data-field-stand-id = Stand
data-field-event-id = Dia de eventos
data-field-guest-name = Nome indicado

events-title = Dias de eventos
events-intro = Dias de orientação, feiras e portas abertas da comuna e dos seus parceiros, online: stands para visitar, workshops e um salão para conhecer pessoas.
events-none = De momento não há nenhum dia de eventos previsto.
events-home-intro = Dias de orientação e feiras online: stands, workshops e um salão.
events-all = Todos os dias de eventos
events-back = Todos os dias de eventos
event-new-title = Novo dia de eventos
event-new-intro = Escreva o título e a apresentação do dia, o horário e quem pode vir. Fica como rascunho, visto apenas por si e pelo pessoal da comuna, até o publicar.
event-draft = Rascunho
event-residents-only = Só residentes
event-open-to-all = Aberto a todos
event-versions-hint = Escreva o título em pelo menos uma língua; escreva a apresentação nas mesmas línguas, ou deixe-a vazia.
event-field-day = Dia e horário
event-field-registration = Quem se pode inscrever
event-registration-public = Todos: residentes, outros titulares de conta e convidados com um endereço de e-mail
event-registration-residents = Só residentes verificados da comuna (os outros não veem o dia)
event-field-capacity = Participantes
event-capacity-hint = No máximo 10 000.
event-field-link = Sala de vídeo
event-link-hint = Opcional: o endereço https:// da sessão plenária ou do acolhimento do dia.
event-draft-hint = O dia é guardado como rascunho: acrescenta stands e workshops e depois publica-o.
event-create = Guardar o rascunho
event-publish-hint = Este rascunho só é visto por si e pelo pessoal da comuna. Publicar abre o programa e as inscrições.
event-publish = Publicar o programa
event-places = Lugares
event-places-left = { $count ->
    [one] Resta um lugar
   *[other] Restam { $count } lugares
}
event-you-registered = Tem um lugar
event-withdraw = Libertar o meu lugar
event-register = Inscrever-me
event-sign-in-to-register = Entre para se inscrever com a sua conta
event-guest-title = Inscrever-se sem conta
event-guest-hint = Indique o seu nome e endereço de e-mail: enviamos-lhe um link para confirmar o seu lugar. O seu nome é mostrado aos outros participantes no salão; o seu endereço não.
event-guest-name = O seu nome
event-guest-email = O seu endereço de e-mail
event-guest-send = Enviem-me o link
event-calendar = Adicionar ao meu calendário
event-confirm-title = Confirme o seu lugar
event-confirm-question = Quer confirmar o seu lugar neste dia de eventos?
event-confirm-button = Sim, confirmo o meu lugar
event-link-unknown = Este link não funciona: já foi usado, foi substituído por um mais recente ou é demasiado antigo. Inscreva-se de novo na página do dia para receber um novo.
event-error-too-short = Um dia de eventos dura pelo menos 30 minutos.
event-error-capacity = Indique um número de participantes de 1 a 10 000.
event-error-registration = Escolha quem se pode inscrever.
event-done-created = O rascunho está guardado. Publique-o quando o programa estiver pronto.
event-done-published = O programa está publicado.
event-done-registered = Tem um lugar. Enviámos-lhe um e-mail.
event-done-withdrawn = O seu lugar foi libertado.
event-done-check = Veja a sua caixa de correio: enviámos-lhe um e-mail com um link para confirmar o seu lugar. Funciona durante dois dias.
event-done-confirmed = O seu lugar está confirmado. Até breve!
event-refused-residents-only = Este dia é para residentes verificados da comuna.
event-refused-over = Este dia já terminou.
event-refused-already = Já tem um lugar.
event-refused-full = O dia está completo. Libertam-se lugares quando outros desistem do seu: tente mais tarde.

event-hall = O átrio
event-no-stands = Ainda não há stands.
event-workshops = Workshops
event-no-workshops = Ainda não há workshops.
event-done-stand = O stand está no átrio.
event-done-workshop = O workshop está no programa.
stand-new-title = Acrescentar um stand
stand-new-intro = Um stand apresenta uma organização: um ministério, um serviço da comuna, uma associação. O seu pessoal responde a perguntas durante o horário.
stand-field-organisation = Organização
stand-field-description = Descrição
stand-descriptions-hint = Escreva-a nas línguas que o stand fala, pelo menos uma.
stand-field-hours = Horário
stand-field-opens = Abre às
stand-field-closes = Fecha às
stand-field-video = Sala de vídeo (opcional)
stand-field-staff = Pessoal que responde a perguntas
stand-staff-hint = Os endereços de e-mail das suas contas Gemeng, um por linha (no máximo 20).
stand-field-documents = Documentos para descarregar
stand-documents-hint = Até 20 ficheiros de no máximo 10 MB cada, 50 MB no total: PDF, imagens (JPEG, PNG, WebP), OpenDocument ou ficheiros Word, Excel e PowerPoint.
stand-add = Acrescentar o stand
stand-open-now = Aberto agora
stand-closed-now = Fechado agora
stand-video = Falar com o stand por vídeo
stand-error-too-many = Um dia de eventos tem no máximo 100 stands.
stand-error-organisation = Escreva o nome da organização: 2 a 60 caracteres, sem caracteres escondidos.
stand-error-no-description = Escreva uma descrição em pelo menos uma língua.
stand-error-documents-limit = Documentos a mais ou demasiado grandes: até 20 ficheiros de no máximo 10 MB cada, 50 MB no total.
stand-error-document-name = Cada documento precisa do seu próprio nome de ficheiro simples (sem pasta, sem ponto no início).
stand-error-document-type = Um documento é de um tipo que os stands não oferecem, ou o nome não termina como o tipo: PDF, JPEG, PNG, WebP, OpenDocument, Word, Excel ou PowerPoint.
stand-error-document-empty = Um documento está vazio.
stand-error-document-content = Um documento não é o que o nome diz (o conteúdo é de outro tipo).
stand-error-outside-hours = O horário do stand tem de estar dentro do horário do dia.
stand-error-staff-limit = Um stand tem no máximo 20 pessoas.
stand-error-staff-twice = Um endereço foi indicado duas vezes.
stand-error-staff-unknown = Um endereço não é de nenhuma conta da comuna: a pessoa tem de ter primeiro uma conta Gemeng.
workshop-join = Entrar no workshop agora
workshop-field-activity = Acrescentar uma das suas atividades como workshop
workshop-activity-hint = Atividades que organiza cujas sessões são todas durante o dia. As inscrições fazem-se na página da atividade.
workshop-add = Acrescentar o workshop
workshop-error-activity = Escolha uma das atividades que organiza.
workshop-error-outside = Cada sessão do workshop tem de ser durante o horário do dia.
workshop-error-taken = Esta atividade já é o workshop de um dia de eventos.

stand-questions = Perguntas e respostas
stand-questions-registered-only = As perguntas e respostas são para quem se inscreveu no dia.
stand-questions-refresh = As novas perguntas e respostas aparecem quando a página é carregada de novo.
stand-questions-reload = Carregar de novo
stand-ask-label = A sua pergunta (no máximo 280 caracteres)
stand-ask = Perguntar
stand-no-questions = Ainda não há perguntas: seja a primeira pessoa.
question-upvotes = { $count ->
    [one] Uma pessoa quer saber
   *[other] { $count } pessoas querem saber
}
question-you-upvoted = Também quer saber
question-answered = Respondida
question-upvote = Também quero saber
question-answer-label = Resposta
question-answer = Enviar a resposta
question-hide = Esconder esta pergunta
question-done-asked = A sua pergunta está no stand.
question-done-upvoted = Registado: também quer saber.
question-done-answered = A resposta está no stand.
question-done-hidden = A pergunta está escondida.
question-refused-own = Esta pergunta é sua.
question-refused-already = Já o disse.
question-refused-hidden = Esta pergunta está escondida.
question-error-not-registered = Inscreva-se no dia para fazer perguntas e apoiá-las.
live-error-empty = Escreva primeiro alguma coisa.
live-error-too-long = É demasiado longo.
live-error-lines = No máximo 10 linhas.
live-error-hidden = O texto tem caracteres invisíveis ou que o invertem. Escreva-o só com letras visíveis.

event-statistics-title = Estatísticas
event-statistics-accounts = Lugares de titulares de conta
event-statistics-guests = Lugares de convidados
event-statistics-over-time = Participantes presentes, por meia hora
event-statistics-time = A partir de
event-statistics-participants = Participantes
event-statistics-visitors = Visitantes por stand
event-statistics-questions = Perguntas por stand
event-statistics-question-count = Perguntas
event-statistics-cloud = Organizações participantes, do tamanho dos seus visitantes
event-statistics-places-taken = Lugares ocupados
event-statistics-present = Presentes

lounge-title = O salão
lounge-present-label = Pessoas presentes agora:
lounge-refresh = As novas mensagens aparecem quando a página é carregada de novo.
lounge-empty = Ainda ninguém escreveu: diga olá.
lounge-say-label = A sua mensagem (no máximo 500 caracteres)
lounge-send = Enviar
lounge-hide = Esconder esta mensagem
lounge-done-posted = A sua mensagem está no salão.
lounge-done-hidden = A mensagem está escondida.
lounge-error-not-registered = Inscreva-se no dia para escrever no salão.
data-event-lounge-messages = As suas mensagens nos salões dos dias de eventos
data-event-lounge-hidden = As mensagens do salão que escondeu

mute-button = Silenciar até ao fim do dia
mute-done = A pessoa está silenciada até ao fim do dia: continua a ler, mas já não escreve aqui.
mute-refused-oneself = Não se pode silenciar a si próprio.
mute-refused-organiser = Um organizador não é silenciado.
mute-refused-staff = O pessoal do stand não se silencia entre colegas: um organizador decide.
live-error-muted = Está silenciado aqui até ao fim do dia.
data-event-mutes-given = Os participantes que silenciou nos dias de eventos

mail-event-registered-subject = O seu lugar: { $title }
mail-event-registered-body =
    O seu lugar está reservado.

    { $title }
    Quando: { $when }

    O programa, e o seu lugar para libertar: { $link }
mail-event-guest-confirm-subject = Confirme o seu lugar: { $title }
mail-event-guest-confirm-body =
    Olá, { $name },

    Alguém, provavelmente a própria pessoa, pediu um lugar neste dia de eventos com este endereço de e-mail.

    { $title }
    Quando: { $when }

    Para confirmar o seu lugar, abra este link e carregue no botão (funciona durante dois dias): { $confirm }

    Se não pediu nada, não faça nada: sem confirmação, o lugar é libertado.
mail-event-guest-already-subject = Já tem um lugar: { $title }
mail-event-guest-already-body =
    Olá, { $name },

    Alguém, provavelmente a própria pessoa, pediu um lugar neste dia de eventos com este endereço de e-mail. Este endereço já tem um lugar: não precisa de fazer mais nada.

    { $title }
    Quando: { $when }
    O programa: { $link }

# The live rooms (WebSocket).
live-error-not-websocket = Este endereço serve as páginas em direto do evento. Abra antes o salão ou um stand.
live-status-live = Em direto: as novas mensagens aparecem sozinhas.
live-status-reconnecting = A ligação perdeu-se. A ligar de novo…
live-status-stopped = As atualizações em direto pararam. Recarregue a página para ver o que há de novo.

# «Conhecer alguém» e conversas privadas.
meet-title = Conhecer alguém
meet-intro = Converse em privado durante cinco minutos com outro participante. A cada minuto, quem pediu é juntado dois a dois, numa língua que ambos falam.
meet-languages-label = Posso conversar em
meet-ask = Conhecer alguém
meet-waiting = Pediu às { $time }. À procura de alguém que fale uma das suas línguas…
meet-waiting-hint = Os pares são formados no fim de cada minuto; pode demorar até três minutos.
meet-check = Verificar agora
meet-withdraw = Deixar de procurar
meet-unpaired = Ninguém estava livre para conversar neste momento. Pode pedir de novo.
meet-paired = Vai conhecer { $name }.
meet-paired-language = Língua da conversa:
meet-paired-until = A conversa está aberta até às { $time }.
meet-open-chat = Abrir a conversa
meet-chats-title = As suas conversas de hoje
meet-chat-with = Conversa com { $name }
meet-chat-ended = Terminou às { $time }.
meet-done-asked = O seu pedido foi registado: no fim do minuto será juntado a alguém, se houver alguém livre.
meet-done-withdrawn = Já não está à procura de alguém para conhecer.
meet-error-no-language = Escolha pelo menos uma língua em que possa conversar.
meet-error-unknown-language = Escolha línguas da lista.
meet-error-preferred = A língua preferida tem de ser uma das línguas escolhidas.
chat-title = Conversa privada
chat-title-with = Conversa com { $name }
chat-private-hint = Só vocês os dois leem esta conversa.
chat-empty = Ainda nada foi dito: diga olá.
chat-say-label = A sua mensagem (no máximo 500 caracteres)
chat-done-sent = A sua mensagem foi enviada.
chat-closed = Os cinco minutos terminaram: esta conversa já não aceita mensagens.
chat-error-closed = Os cinco minutos terminaram: esta conversa já não aceita mensagens.
data-event-meet-requests = Os seus pedidos para conhecer alguém nos dias de eventos
data-event-private-messages = As suas mensagens nas conversas privadas dos dias de eventos

# Denúncias nas salas dos dias de eventos.
event-report-intro = Diga aos organizadores o que está mal. O autor não sabe quem denunciou.
event-report-details-hint = Só é necessário para «Outra coisa». No máximo 500 caracteres.
event-report-error-details-long = No máximo 500 caracteres.
event-report-error-hidden = Retire os caracteres invisíveis ou de controlo.
event-report-error-private = Uma mensagem privada só é vista pelas suas duas pessoas: silencie antes o autor.
event-report-error-decision = Escolha ocultar, silenciar ou arquivar.
event-reports-title = Denúncias deste dia
event-reports-intro = O que os participantes denunciaram no salão, nos stands e nas conversas privadas. Ocultar ou silenciar fecha todas as denúncias da mensagem.
event-reports-empty = Nenhuma denúncia aberta.
event-reports-done = Feito: as denúncias desta mensagem estão fechadas.
event-report-kind-lounge = Uma mensagem do salão
event-report-kind-question = Uma pergunta num stand
event-report-kind-private = Uma mensagem de uma conversa privada
event-report-hide = Ocultar
event-report-mute = Silenciar o autor durante o dia
event-report-dismiss = Nada de errado: arquivar
data-event-reports-made = As suas denúncias nos dias de eventos
data-event-reports-closed = As denúncias de dias de eventos que fechou
event-report-sent = Obrigado. Os organizadores vão analisar a sua denúncia.

# A ligação de entrada de um convidado, para outro aparelho.
event-enter-title = Entrar no dia do evento
event-enter-question = Este aparelho vai participar no dia com o seu lugar: o salão, as perguntas nos stands e as conversas privadas.
event-enter-button = Entrar com o meu lugar
event-enter-unknown = Esta ligação de entrada não funciona: não é deste evento, ou o lugar foi cedido.
event-done-entered = Entrou: este aparelho participa com o seu lugar.
mail-event-guest-confirmed-subject = O seu lugar está confirmado: { $title }
mail-event-guest-confirmed-body =
    Olá, { $name },

    O seu lugar está confirmado. Este navegador já lhe abre, no dia, o salão, as perguntas nos stands e as conversas privadas.

    { $title }
    Quando: { $when }
    O programa: { $link }

    Para participar a partir de outro aparelho (o seu telemóvel, por exemplo), abra esta ligação nesse aparelho e carregue no botão. Guarde-a para si: é o seu lugar.
    { $enter }
stand-staff-here = Está cá alguém do stand
stand-visitors-now = { $count ->
    [one] 1 visitante agora
   *[other] { $count } visitantes agora
}
data-event-staff-presence = Quando esteve nos stands que atende
