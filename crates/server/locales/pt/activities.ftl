# Atividades: eventos, cursos, cafés e encontros do bairro com lugares para reservar.

activities-title = Atividades
activities-intro = Conheça os seus vizinhos: atividades da comuna e do seu bairro. Reserve um lugar, ou inscreva-se na lista de espera quando uma sessão estiver cheia.
activities-none = De momento não há nenhuma atividade prevista.
activities-home-intro = Cafés, cursos, mesas de conversação e encontros no seu bairro: reserve um lugar.
activities-all = Todas as atividades
activities-back = Todas as atividades
activities-calendar = Adicionar as atividades públicas à sua agenda (iCalendar)
activities-calendar-name = Atividades: { $commune }
activities-mine-title = As minhas atividades
activities-mine-none = Ainda não se inscreveu em nenhuma atividade.
activity-new-title = Organizar uma atividade
activity-from-to = { $from } – { $to }
activity-kind-neighbourhood-activity = Atividade do bairro
activity-kind-language-cafe = Café de línguas
activity-kind-conversation-table = Mesa de conversação
activity-kind-coaching = Acompanhamento
activity-kind-course = Curso
activity-kind-smartphone-cafe = Café smartphone
activity-kind-information-session = Sessão de informação
activity-audience-neighbourhood = Para o bairro
activity-audience-adjacent = Para o bairro e os bairros vizinhos
activity-audience-commune = Para toda a comuna
activity-audience-public = Aberta a todos
activity-weekday-monday = Segunda-feira
activity-weekday-tuesday = Terça-feira
activity-weekday-wednesday = Quarta-feira
activity-weekday-thursday = Quinta-feira
activity-weekday-friday = Sexta-feira
activity-weekday-saturday = Sábado
activity-weekday-sunday = Domingo
activity-field-kind = Tipo de atividade
activity-field-title = Título
activity-field-description = Descrição (opcional)
activity-field-audience = Quem pode vir
activity-field-neighbourhood = Bairro
activity-field-schedule = Quando
activity-field-date = Data (a primeira, numa série semanal)
activity-field-starts = Início
activity-field-ends = Fim
activity-field-weekdays = Dias da semana
activity-field-until = Último dia da série
activity-field-place = Local
activity-field-link = Link para a sala de vídeo
activity-field-capacity = Lugares por sessão
activity-field-languages = Línguas faladas
activity-field-when = Quando
activity-versions-hint = Escreva o título em pelo menos uma língua. Escreva uma descrição nas mesmas línguas, ou nenhuma.
activity-neighbourhood-hint = Só para uma atividade de um bairro (ou dele e dos bairros vizinhos).
activity-repeat-once = Uma vez
activity-repeat-weekly = Todas as semanas
activity-weekdays-hint = Para uma série semanal: os dias dos encontros e o último dia. Uma série termina dentro de um ano.
activity-place-hint = Uma morada ou o nome de um local. Indique um local, um link ou ambos.
activity-create = Publicar a atividade
activity-sessions = Sessões
activity-sign-in-to-register = Inicie sessão para reservar um lugar.
activity-session-cancelled = Cancelada
activity-session-started = Começou
activity-places-free = { $count ->
    [one] Resta { $count } lugar
   *[other] Restam { $count } lugares
}
activity-places-full = { $count ->
    [0] Cheia
    [one] Cheia, { $count } pessoa à espera
   *[other] Cheia, { $count } pessoas à espera
}
activity-you-registered = Tem um lugar
activity-you-waiting = Lugar na lista de espera: { $position }
activity-on-waiting-list = Na lista de espera
activity-register = Reservar um lugar
activity-join-waiting-list = Entrar na lista de espera
activity-withdraw = Libertar o meu lugar
activity-leave-waiting-list = Sair da lista de espera
activity-add-to-calendar = Adicionar esta atividade à sua agenda (iCalendar)
activity-registrations-title = Inscrições
activity-registrations-of = Inscrições: { $title }
activity-registrations-intro = Quem tem lugar e quem está à espera, sessão a sessão. Só quem organiza e os funcionários da comuna veem estes nomes.
activity-back-to-activity = Voltar à atividade
activity-registered-count = { $count ->
    [one] { $count } lugar ocupado
   *[other] { $count } lugares ocupados
}
activity-waiting-count = { $count ->
    [one] { $count } pessoa à espera
   *[other] { $count } pessoas à espera
}
activity-nobody-registered = Ainda ninguém se inscreveu.
activity-registered-list = Com lugar
activity-waiting-list = Lista de espera
activity-attendance = Quem veio
activity-attendance-save = Guardar as presenças
activity-cancel-session = Cancelar esta sessão
activity-notice-registered = Tem um lugar. Um e-mail confirma-o.
activity-notice-waitlisted = A sessão está cheia: está na lista de espera. Se um lugar ficar livre, é seu e avisamos por e-mail.
activity-notice-withdrawn = Já não está inscrito nesta sessão.
activity-notice-created = A atividade está publicada.
activity-notice-session-cancelled = A sessão está cancelada. Todas as pessoas inscritas foram avisadas por e-mail.
activity-notice-attendance = Guardado.
activity-refused-cancelled = Esta sessão está cancelada.
activity-refused-started = Esta sessão já começou: informe-se no local.
activity-refused-already-registered = Já tem um lugar nesta sessão.
activity-refused-already-waitlisted = Já está na lista de espera desta sessão.
activity-refused-full = Esta sessão está cheia.
activity-error-no-title = Escreva um título em pelo menos uma língua.
activity-error-version-missing = Escreva também este texto: a atividade está escrita nesta língua noutro sítio.
activity-error-blank = Este texto está vazio.
activity-error-too-long = Este texto é demasiado longo.
activity-error-language-unknown = Escolha entre luxemburguês, alemão, francês, inglês e português.
activity-error-kind = Escolha um tipo de atividade.
activity-error-audience = Escolha quem pode vir.
activity-error-audience-resident = Os moradores organizam para o seu bairro (e os vizinhos). Para um público maior, fale com a comuna.
activity-error-neighbourhood = Escolha o bairro da atividade.
activity-error-capacity = Indique um número de lugares entre 1 e 10 000.
activity-error-no-language = Escolha pelo menos uma língua falada.
activity-error-no-session = Indique a data e as horas de pelo menos uma sessão.
activity-error-too-many-sessions = Uma atividade tem no máximo 52 sessões. Publique a continuação no próximo ano.
activity-error-ends-before-start = O fim tem de vir depois do início, no mesmo dia.
activity-error-in-the-past = Esta data já passou.
activity-error-date = Indique uma data, por exemplo 2030-03-05.
activity-error-time = Indique uma hora, por exemplo 18:30.
activity-error-no-weekday = Escolha pelo menos um dia da semana.
activity-error-weekday = Escolha os dias da semana da lista.
activity-error-no-end = Uma série semanal precisa de um último dia.
activity-error-series-too-long = Uma série dura no máximo um ano.
activity-error-series-no-session = Nenhum dos dias escolhidos cai entre o primeiro e o último dia.
activity-error-schedule-both = Indique datas ou uma série semanal, não ambas.
activity-error-no-place = Indique um local, um link para uma sala de vídeo, ou ambos.
activity-error-place = O local é demasiado longo (no máximo 4 linhas de 120 caracteres) ou contém caracteres escondidos.
activity-error-link = Indique um endereço web que comece por https://
activity-error-session-started = Esta sessão já começou.
activity-error-attendance-early = As presenças registam-se depois de a sessão começar.
activity-calendar-title = As suas atividades na sua agenda
activity-calendar-intro = A sua aplicação de agenda (no telemóvel ou no computador) pode mostrar as sessões em que está inscrito. Dê-lhe este endereço secreto; se outra pessoa o souber, crie um novo: o antigo deixa de funcionar.
activity-calendar-address = O seu endereço secreto de agenda
activity-calendar-make = Criar o meu endereço de agenda
activity-calendar-renew = Criar um novo endereço (o antigo deixa de funcionar)
activity-calendar-revoke = Desativar o meu endereço de agenda
activity-calendar-made = O seu endereço de agenda está pronto.
activity-calendar-revoked = O seu endereço de agenda já não funciona.
mail-activity-registered-subject = O seu lugar: { $title }
mail-activity-registered-body =
    O seu lugar está reservado.

    { $title }
    Quando: { $when }

    Para libertar o seu lugar, abra a atividade: { $link }
mail-activity-waitlisted-subject = Lista de espera: { $title }
mail-activity-waitlisted-body =
    A sessão está cheia, por isso está na lista de espera. Se um lugar ficar livre, é seu e avisamos por e-mail.

    { $title }
    Quando: { $when }

    { $link }
mail-activity-moved-up-subject = Ficou um lugar livre para si: { $title }
mail-activity-moved-up-body =
    Alguém libertou o seu lugar e era a próxima pessoa na lista de espera: agora tem um lugar.

    { $title }
    Quando: { $when }

    Se afinal não puder vir, liberte o seu lugar para a pessoa seguinte: { $link }
mail-activity-session-cancelled-subject = Cancelada: { $title }
mail-activity-session-cancelled-body =
    Lamentamos: esta sessão está cancelada.

    { $title }
    Quando: { $when }

    { $link }
mail-activity-reminder-subject = Amanhã: { $title }
mail-activity-reminder-body =
    Um lembrete: tem um lugar nesta sessão.

    { $title }
    Quando: { $when }

    Se não puder vir, liberte o seu lugar para alguém da lista de espera: { $link }
data-activities-organised = As atividades que organizou
data-activity-registrations = As sessões em que se inscreveu, e se veio
data-activity-calendar = Quando criou o seu endereço secreto de agenda
data-field-session-id = Sessão
data-field-status = Lugar ou lista de espera
data-field-registered-at = Inscrito em
data-field-attended = Veio (1) ou não (0)
data-field-reminded-at = Lembrete enviado em
activity-notice-messaged = A sua mensagem segue para todas as pessoas inscritas ou à espera.
activity-notice-series = Pediu todas as sessões seguintes: cada uma abaixo mostra se tem lugar ou se está na lista de espera. Um e-mail resume tudo.
activity-message-title = Escrever às pessoas inscritas
activity-message-to = Às pessoas de
activity-message-to-all = Todas as sessões
activity-message-text = Mensagem
activity-message-hint = Todas as pessoas inscritas ou à espera recebem-na por e-mail. Não veem os endereços umas das outras.
activity-message-send = Enviar a mensagem
activity-register-series = Reservar lugar em todas as sessões
activity-register-series-hint = Ou inscreva-se de uma vez em toda a série: um lugar onde ainda houver, a lista de espera onde a sessão estiver cheia.
activity-error-message-empty = Escreva uma mensagem.
activity-error-message-long = A mensagem é demasiado longa (no máximo 2000 caracteres).
mail-activity-series-subject = Os seus lugares: { $title }
mail-activity-series-body =
    Inscreveu-se nas próximas sessões.

    { $title }
    Primeira sessão: { $when }
    Sessões com lugar: { $places }
    Sessões na lista de espera: { $waits }

    Se um lugar ficar livre, é seu e avisamos por e-mail. { $link }
mail-activity-message-subject = Uma mensagem: { $title }
mail-activity-message-body =
    A organização escreve a todas as pessoas inscritas:

    { $text }

    { $link }
activity-field-commune-room = Online, na sala de vídeo da comuna ({ $room })
activity-error-no-commune-room = A comuna ainda não tem sala de vídeo: indique antes o link da sala.

## Cafés de línguas e mesas de conversação
activity-tables = Mesas de um café de línguas
activity-tables-hint = Só para um café de línguas: uma linha por mesa, cada uma numa língua, com quem a anima (nível C1 ou melhor) e 1 a 6 lugares. Deixe as outras linhas em branco. Os lugares do café são os das suas mesas.
activity-table-number = Mesa { $number }
activity-field-table-language = Língua
activity-field-host = Nome de quem anima
activity-field-host-level = Nível de quem anima
activity-field-seats = Lugares
activity-add-table = Acrescentar uma mesa
activity-conversation = Mesa de conversação
activity-conversation-hint = Só para uma mesa de conversação: a sua língua e os níveis a que se destina (A1 a B2).
activity-field-lowest = A partir do nível
activity-field-highest = Até ao nível
activity-capacity-hint = Num café de línguas, deixe em branco: os lugares são os das mesas.
activity-field-levels = Níveis
activity-levels = { $language }, de { $lowest } a { $highest }
activity-table-free = { $count ->
    [0] cheia
    [one] um lugar livre
   *[other] { $count } lugares livres
}
activity-language-waiting = Lista de espera, { $language }: { $count }
activity-choose-table = A língua que quer praticar
activity-accept-waiting-list = Se as mesas estiverem cheias, pôr-me na lista de espera
activity-take-seat = Reservar um lugar à mesa
activity-table-heading = Mesa de { $language }, com { $host }
activity-waiting-for = À espera de um lugar: { $language }
activity-profile-link = Acrescente as suas línguas e níveis ao seu perfil
activity-error-tables-not-cafe = Só um café de línguas tem mesas: escolha esse tipo ou deixe as mesas em branco.
activity-error-conversation-not-table = Só uma mesa de conversação tem níveis: escolha esse tipo ou deixe os níveis em branco.
activity-error-no-table = Um café de línguas precisa de pelo menos uma mesa.
activity-error-too-many-tables = Um café de línguas tem no máximo 30 mesas.
activity-error-table-language = Escolha a língua da mesa: luxemburguês, alemão, francês, inglês ou português.
activity-error-table-host = Escreva o nome de quem anima a mesa (no máximo 80 caracteres), ou indique o endereço da sua conta.
activity-error-host-level = Quem anima uma mesa fala a sua língua ao nível C1, C2 ou como língua materna.
activity-error-table-seats = Uma mesa tem de 1 a 6 lugares.
activity-error-conversation-missing = Escolha a língua da mesa de conversação e os níveis a que se destina.
activity-error-level = Escolha um nível: A1, A2, B1 ou B2.
activity-error-range-reversed = O nível mais baixo está acima do mais alto.
activity-error-range-above = Uma mesa de conversação é para quem aprende: os seus níveis vão até B2.
activity-refused-tables-full = Todas as mesas desta língua estão cheias. Marque a lista de espera para esperar por um lugar.
activity-refused-no-level = É preciso um nível de pelo menos A1: acrescente primeiro esta língua ao seu perfil de línguas.
activity-refused-nothing-to-learn = Fala esta língua acima de B2: há pouco a aprender numa mesa, mas poderia animar uma.
activity-refused-below-level = O seu nível nesta língua está abaixo dos níveis desta mesa.
activity-refused-above-level = O seu nível nesta língua está acima dos níveis desta mesa.
activity-refused-choose-language = Escolha a língua de uma das mesas do café.
data-field-table-id = Mesa do café de línguas
data-field-waits-for = À espera de uma mesa em
activity-table-line = { $language }: { $host } ({ $level }), { $free }
activity-edit-title = Alterar a atividade
activity-edit-of = Alterar: { $title }
activity-edit-hint = Altere os textos, o local, os lugares ou as línguas. As datas ficam: cancele uma sessão que não possa realizar-se, e todos os inscritos são avisados.
activity-edit-capacity-hint = Quem está na lista de espera sobe logo se acrescentar lugares. Não pode descer abaixo dos lugares já ocupados numa sessão futura.
activity-save-changes = Guardar as alterações
activity-notice-changed = A atividade foi alterada. Todos os inscritos e em espera são avisados de um novo local ou link.
activity-error-capacity-below-taken = Já há mais pessoas com lugar numa sessão futura. Mantenha pelo menos tantos lugares, ou cancele essa sessão.
mail-activity-moved-subject = Novo local ou link: { $title }
mail-activity-moved-body =
    O organizador mudou o local desta atividade. Está inscrito ou na lista de espera.

    { $title }
    Quando: { $when }
    Onde agora:
    { $where }

    A página da atividade: { $link }
activity-cancel-activity = Cancelar todas as sessões futuras
activity-cancel-activity-hint = A atividade continua visível como cancelada. Todos os inscritos e em lista de espera são avisados uma vez por e-mail.
activity-cancel-activity-confirm = Sim, cancelar todas as sessões que ainda não começaram
activity-error-confirm-cancel = Marque a caixa para confirmar que todas as sessões futuras são canceladas.
activity-notice-activity-cancelled = Todas as sessões futuras foram canceladas. Todos os inscritos e em espera são avisados.
mail-activity-cancelled-subject = Cancelada: { $title }
mail-activity-cancelled-body =
    O organizador cancelou todas as sessões futuras desta atividade: o seu lugar (ou o seu lugar na lista de espera) fica também cancelado. Não tem nada a fazer.

    { $title }
    A sua primeira sessão era: { $when }

    A página da atividade: { $link }

activities-organised-title = As atividades que organiza
activities-organised-intro = Cada atividade que organiza, com a lista dos inscritos.
activities-organised-none = Ainda não organiza nenhuma atividade.
activities-organised-over = Terminada
activity-error-audience-association = Uma conta de organizador não tem bairro: escolha toda a comuna ou todos.

## A café table's host with an account
activity-field-host-account = E-mail de quem anima, se tiver conta aqui
activity-host-account-hint = Opcional. Quem anima uma mesa com conta vê quem tem lugar nela e recebe um lembrete na véspera. Se o seu perfil de línguas indicar a língua da mesa, vale esse nível.
activity-error-host-account = Nenhuma conta desta comuna que participa em atividades tem este endereço.
activity-error-host-profile-level = O perfil de línguas desta pessoa indica um nível abaixo de C1 na língua da mesa: quem anima fala-a ao nível C1, C2 ou como língua materna.
activity-error-host-twice = Esta pessoa já anima outra mesa deste café.
activity-host-page-title = Mesa de { $language }: { $title }
activity-host-page-intro = Anima esta mesa. Aqui vê quem tem lugar nela, sessão a sessão: os nomes, nunca os endereços.
activity-host-page-intro-organiser = Quem tem lugar nesta mesa, sessão a sessão. Quem a anima vê a mesma página.
activity-host-page-activity = A página da atividade
activity-host-no-learner = Ainda ninguém tem lugar.
activity-hosting = Mesas que anima
activity-hosting-line = Mesa de { $language }: { $title }
mail-activity-host-named-subject = Anima uma mesa: { $title }
mail-activity-host-named-body =
    Quem organiza este café de línguas indicou-o para animar a mesa de { $language }.

    { $title }
    Primeira sessão: { $when }

    Vê quem tem lugar na sua mesa na página das suas atividades e recebe um lembrete na véspera de cada sessão: { $link }
mail-activity-host-reminder-subject = Amanhã anima: { $title }
mail-activity-host-reminder-body =
    Um lembrete: amanhã anima a mesa de { $language }.

    { $title }
    Quando: { $when }
    Participantes com lugar: { $count }

    Quem são: { $table_link }
    A página da atividade: { $link }
data-cafe-tables-hosted = As mesas de cafés de línguas que anima
data-field-activity-id = Atividade
data-field-host-name = Nome de quem anima
data-field-host-level = Nível de quem anima
activity-hosts-title = Quem anima as mesas
activity-hosts-of = Quem anima as mesas: { $title }
activity-hosts-hint = Mude quem anima uma mesa: escreva um nome, ou indique aqui o endereço da sua conta. Quem passa a animar com conta recebe um e-mail e os lembretes; quem deixa de animar também é avisado. Cada mesa mantém a língua e os lugares.
activity-hosts-table = Mesa { $number }: { $language }
activity-hosts-save = Guardar quem anima esta mesa
activity-hosts-link = Mudar quem anima as mesas
activity-notice-host = A mesa tem agora outra pessoa a animar.
mail-activity-host-released-subject = Já não anima uma mesa: { $title }
mail-activity-host-released-body =
    Quem organiza este café de línguas entregou a mesa de { $language } a outra pessoa. Não tem nada a fazer.

    { $title }
    Próxima sessão: { $when }

    { $link }
