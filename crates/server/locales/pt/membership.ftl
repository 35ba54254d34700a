# Membership: accounts, residence, staff decisions, roles, imports, your data and sessions.

## Formulários e campos
form-has-errors = Corrija os campos assinalados abaixo.
## Criar conta
signup-title = Criar conta
signup-intro = Criar uma conta tem três passos: encontrar a sua morada, falar-nos um pouco de si e provar que vive lá.
signup-step-address = 1. Encontre a sua morada
signup-address-search = Rua e número da porta
signup-address-hint = Por exemplo: Avenue de la Liberté 12
signup-address-button = Procurar
signup-address-none = Não encontrámos nenhuma morada. Verifique como escreveu, ou escreva só o nome da rua.
signup-step-choose = 2. Escolha a sua morada
signup-address-first = Procure primeiro a sua morada.
signup-step-you = 3. Sobre si
signup-submit = Criar conta
signup-done-title = Quase pronto
signup-done-email = Enviámos um e-mail para { $email }.
signup-done-next = O que acontece a seguir
signup-done-step-email = Abra o e-mail e clique no link para confirmar o seu endereço de e-mail.
signup-done-step-residence = Prove que vive na sua morada. Há três maneiras de o fazer:
guidelines-title = Regras de boa vizinhança
guidelines-kind = Trate os outros com simpatia e educação, mesmo quando não concorda.
guidelines-real = Use o seu nome verdadeiro e a sua morada verdadeira.
guidelines-private = Respeite a privacidade: não conte a outros o que os vizinhos lhe dizem em confiança.
guidelines-no-selling = Sem publicidade e sem vendas para ganhar dinheiro.
guidelines-report = Assinale as publicações que não cumprem estas regras. Os moderadores vão analisá-las.
guidelines-accept = Aceito estas regras.
## Confirmação do e-mail
confirm-title = Confirme o seu endereço de e-mail
confirm-text = Carregue no botão para confirmar o seu endereço de e-mail.
confirm-button = Confirmar
confirm-invalid = Este link já não funciona. Pode ser antigo ou já ter sido usado. Entre na sua conta para receber um novo.
## Entrar e palavra-passe
login-title = Entrar
login-submit = Entrar
login-error = O endereço de e-mail ou a palavra-passe não estão corretos.
login-forgot = Esqueceu-se da palavra-passe?
login-no-account = Ainda não tem conta?
login-notice-confirmed = O seu endereço de e-mail está confirmado. Entre na sua conta.
login-notice-reset = A sua nova palavra-passe foi guardada. Entre na sua conta.
login-notice-logged-out = Saiu da sua conta.
forgot-title = Palavra-passe esquecida
forgot-text = Escreva o seu endereço de e-mail. Vamos enviar-lhe um link para escolher uma nova palavra-passe.
forgot-submit = Enviar o link
forgot-sent = Se houver uma conta com este endereço de e-mail, enviámos um link para esse endereço. O link funciona durante uma hora.
reset-title = Escolha uma nova palavra-passe
reset-submit = Guardar a nova palavra-passe
reset-invalid = Este link já não funciona. Pode ter mais de uma hora, ou já ter sido usado.
## Conta
me-title = A minha conta
me-address = Morada
me-address-private = visível só para si e para os funcionários da comuna
me-neighbourhood = Bairro
me-role = Função
me-status = Estado
me-confirm-title = Confirme o seu endereço de e-mail
me-confirm-text = Enviámos-lhe um link por e-mail. Não chegou? Veja na pasta de spam, ou peça um novo.
me-confirm-resend = Enviar o link outra vez
me-confirm-sent = Enviámos um novo link. Os links antigos já não funcionam.
status-email-unconfirmed = Endereço de e-mail ainda não confirmado
status-pending = Ainda temos de verificar se vive nesta morada.
status-verified = Residência verificada
status-refused = Não conseguimos confirmar que vive nesta morada. Contacte a comuna.
status-staff = Trabalha para a comuna
role-resident = Morador
role-moderator = Moderador do bairro
role-staff = Funcionário da comuna
role-admin = Administrador da comuna
role-operator = Operador
## Provar a residência
verify-title = Comprove a sua morada
verify-intro = Verificamos se vive na sua morada. Assim, só vizinhos verdadeiros entram no seu bairro.
verify-ways = Pode fazê-lo de três maneiras:
verify-way-letter = com o código da carta que a comuna envia para a sua morada,
verify-way-invitation = com o código de um vizinho que já foi verificado,
verify-letter-wait = { $days ->
    [one] Ultimamente, as cartas foram impressas no prazo de um dia após a inscrição e depois enviadas pelo correio.
   *[other] Ultimamente, as cartas foram impressas no prazo de { $days } dias após a inscrição e depois enviadas pelo correio.
}
verify-way-staff = ou indo aos serviços da comuna: os funcionários podem confirmar lá a sua morada.
verify-submit = Verificar o código
verify-error-format = Isto não é um código. Um código tem 12 letras e números.
verify-error-unknown = Não conhecemos este código. Verifique-o e tente outra vez.
verify-error-expired = Este código é demasiado antigo. Peça um novo.
verify-error-used = Este código já foi usado.
verify-error-other-neighbourhood = Este convite é para outro bairro. Só vizinhos do seu próprio bairro lhe podem enviar um convite.
verify-error-inviter = O vizinho que lhe deu este código já não mora no seu bairro, por isso o código já não funciona. Peça a outro vizinho, ou espere pela carta da comuna.
verify-error-not-pending = A sua residência não precisa de ser verificada.
verified-title = Boas-vindas ao bairro!
verified-text = Agora é membro do bairro { $neighbourhood }.
## Convites
invite-title = Convidar um vizinho
invite-text = Um vizinho quer participar? Crie um código e entregue-o ao vizinho. O código funciona uma vez, durante 14 dias, e só no seu bairro.
invite-button = Criar um código
invite-new-code = Aqui está o código. Escreva-o num papel e entregue-o ao seu vizinho:
invite-error-too-many = Tem 5 códigos que ainda não foram usados. Espere até serem usados ou ficarem demasiado antigos.
invite-list = Os seus códigos
invite-created = Data
invite-code = Código
invite-state = Estado
invite-used = Usado
invite-expired = Demasiado antigo
invite-open-until = Válido até { $date }
## Funcionários
staff-title = Administração
staff-tools = Ferramentas dos funcionários
staff-neighbourhood-count = { $count ->
    [0] Nenhum bairro
    [one] Um bairro
   *[other] { $count } bairros
}
staff-address-count = { $count ->
    [0] Nenhuma morada no registo
    [one] Uma morada no registo
   *[other] { $count } moradas no registo
}
staff-pending-count = { $count ->
    [0] Nenhum morador à espera de verificação
    [one] Um morador à espera de verificação
   *[other] { $count } moradores à espera de verificação
}
pending-title = Moradores à espera de verificação
pending-none = Ninguém está à espera.
pending-caption = Verifique a morada de cada pessoa. Depois, aprove ou recuse.
pending-since = Data
pending-decision = Decisão
pending-email-unconfirmed = e-mail ainda não confirmado
pending-approve = Aprovar { $name }
pending-refuse = Recusar { $name }
pending-approved = A pessoa foi aprovada.
pending-letter-printed = Carta impressa em { $date }
pending-new-letter = A carta para { $name } perdeu-se: imprimir uma nova
pending-letter-voided = A carta antiga deixou de funcionar. O próximo lote de cartas inclui uma nova.
pending-refused = A pessoa foi recusada.
letters-title = Cartas de residência
letters-waiting = { $count ->
    [0] Nenhum morador está à espera de uma carta.
    [one] Um morador está à espera de uma carta.
   *[other] { $count } moradores estão à espera de uma carta.
}
letters-once = Os códigos só aparecem uma vez, na página que se abre. Imprima-a logo.
letters-print = Criar as cartas
letters-printed = { $count ->
    [0] Não há cartas para imprimir.
    [one] Uma carta está pronta. Imprima esta página.
   *[other] { $count } cartas estão prontas. Imprima esta página: cada carta fica numa folha própria.
}
letters-print-hint = Use o comando «Imprimir» do seu navegador. Se criar as cartas outra vez, recebe códigos novos. Os antigos deixam de funcionar.
letter-heading = O seu código para comprovar onde vive
letter-greeting = Bom dia, { $name },
letter-body = Criou uma conta no Gemeng, a plataforma de vizinhança da comuna: { $commune }. Os vizinhos precisam de ter a certeza de que todos vivem mesmo perto. Por isso, a comuna envia este código pelo correio para a morada que indicou: só quem lá vive o recebe.
letter-step-open = Abra { $url }
letter-step-login = Entre com o seu endereço de e-mail e a sua palavra-passe.
letter-step-enter = Escreva o código acima e carregue em «Verificar o código».
letter-steps-title = O que fazer com o código
letter-label-date = Data
letter-label-reference = Referência
letter-label-phone = Telefone
letter-label-email = E-mail
letter-label-hours = Horário de atendimento
letter-label-code = O seu código
letter-contact = Dúvidas? Ligue para o { $phone } ou venha à câmara com esta carta.
letter-contact-desk = Dúvidas? Venha à câmara com esta carta.
letter-expiry = Este código funciona até { $date }, só uma vez.
## Importações
import-title = Mapa e registo de moradas
import-neighbourhoods = Bairros (GeoJSON)
import-neighbourhoods-hint = Uma FeatureCollection GeoJSON de polígonos, cada um com um "name". Um bairro com o mesmo nome é atualizado.
import-addresses = Registo de moradas (CSV)
import-addresses-hint = Colunas: street, number, postcode, locality, lat, lon. Uma morada que já existe é atualizada.
import-file = Ficheiro
import-submit = Importar
import-refused = Nada foi importado
import-neighbourhoods-done = { $created ->
        [0] Nenhum bairro criado
        [one] Um bairro criado
       *[other] { $created } bairros criados
    }, bairros atualizados: { $updated }. { $outside ->
        [0] Todas as moradas ficam num bairro.
        [one] Uma morada não fica em nenhum bairro.
       *[other] { $outside } moradas não ficam em nenhum bairro.
    }
import-addresses-done = { $rows ->
        [0] Nenhuma morada importada.
        [one] Uma morada importada.
       *[other] { $rows } moradas importadas.
    } { $outside ->
        [0] Todas ficam num bairro.
        [one] Uma não fica em nenhum bairro.
       *[other] { $outside } não ficam em nenhum bairro.
    }
import-problem-row = Linha { $line }: { $reason } { $detail }
import-problem-feature = Elemento { $feature }: { $reason } { $detail }
import-problem-overlap = «{ $first }» e «{ $second }» sobrepõem-se.
import-error-csv = O ficheiro não é um CSV válido.
import-error-missing-column = Falta uma coluna:
import-error-missing-value = Falta um valor:
import-error-bad-value = Um valor é demasiado longo ou tem caracteres de controlo:
import-error-bad-coordinate = Uma coordenada não é um número válido:
import-error-duplicate-address = Esta morada aparece duas vezes:
import-error-empty = O ficheiro não tem nada para importar.
import-error-too-many-rows = O ficheiro tem demasiadas linhas. O máximo é:
import-error-geojson = O ficheiro não é um GeoJSON válido.
import-error-not-feature-collection = O ficheiro tem de ser uma FeatureCollection GeoJSON.
import-error-feature-name = Um elemento não tem uma propriedade "name" que se possa usar.
import-error-duplicate-name = Dois elementos têm o mesmo nome:
import-error-feature-geometry = Um elemento não é um Polygon nem um MultiPolygon:
import-error-ring-too-short = Um anel de um polígono tem menos de 3 cantos:
import-error-shape-too-large = Uma forma tem demasiados pontos:
import-error-no-file = Escolha um ficheiro para importar.
## Funções
roles-title = Funções
roles-intro = Nomeie os moderadores dos bairros e os funcionários da comuna. Um moderador tem de ser um morador verificado.
roles-caption = Pessoas da comuna
roles-for = Função de { $name }
roles-save = Guardar
roles-saved = A função foi guardada.
roles-error-self = Não pode mudar a sua própria função.
roles-error-changed = Alguém mudou a função desta pessoa entretanto. Veja a lista outra vez.
roles-error-moderator-needs-member = Só um morador verificado de um bairro pode ser moderador desse bairro.
roles-error-resident-needs-address = Esta pessoa não tem morada no registo. Por isso, não pode ter a função de morador.
mail-confirm-subject = { $commune }: confirme o seu endereço de e-mail
mail-confirm-body =
    Olá, { $name },

    Obrigado por se registar no Gemeng { $article ->
         [o] no { $commune }
         [a] na { $commune }
         [os] nos { $commune }
         [as] nas { $commune }
        *[none] em { $commune }
        }.
    Abra este link para confirmar o seu endereço de e-mail:

    { $link }

    O link funciona durante 3 dias. Se não se registou, pode ignorar este e-mail.
mail-reset-subject = { $commune }: escolha uma nova palavra-passe
mail-reset-body =
    Olá, { $name },

    Alguém pediu para mudar a palavra-passe da sua conta Gemeng { $article ->
         [o] no { $commune }
         [a] na { $commune }
         [os] nos { $commune }
         [as] nas { $commune }
        *[none] em { $commune }
        }.
    Para escolher uma nova palavra-passe, abra este link dentro de uma hora:

    { $link }

    Se não fez este pedido, ignore este e-mail: a sua palavra-passe continua igual.
import-error-name-invisible = Um nome tem caracteres invisíveis ou que mudam o sentido do texto:
import-error-ring-not-closed = Um anel de um polígono não termina no seu primeiro ponto:
import-error-zero-area = Um polígono ou um dos seus anéis não tem área:
import-error-self-intersecting = O contorno de um polígono cruza-se ou toca-se a si próprio:
import-error-shape-too-complex = Uma forma é demasiado complexa para ser verificada. Simplifique-a:
undelivered-title = E-mails que não puderam ser entregues
undelivered-intro = Estas mensagens foram abandonadas depois de dois dias de tentativas. Contacte a pessoa de outra forma, por exemplo por correio ou telefone, e confirme com ela o endereço de e-mail.
undelivered-caption = E-mails não entregues, os mais recentes primeiro
undelivered-recipient = Para
undelivered-subject = Assunto
undelivered-when = Data
data-title = Os seus dados
data-intro = Tudo o que o Gemeng guarda sobre si está nesta página. Pode descarregá-lo num ficheiro para guardar, ou apagar a sua conta.
data-download = Descarregar tudo (ficheiro JSON)
data-account = A sua conta
data-sessions = Onde tem a sessão iniciada
data-trusted-browsers = Navegadores autorizados a entrar na sua conta
data-email-links = Ligações enviadas por e-mail
data-residence-letters = Cartas de residência dirigidas a si
data-codes-given = Códigos de convite que deu a vizinhos
data-posts = As suas publicações
data-comments = As suas respostas a publicações
data-thanks = Os agradecimentos que deu
data-posts-hidden = Publicações que ocultou como moderador
data-comments-hidden = Respostas que ocultou como moderador
data-codes-used = Códigos que usou para provar onde mora
data-letter-batches = Cartas de residência que imprimiu (funcionários)
data-residents-verified = Residentes cuja morada aprovou (funcionários)
data-decisions-taken = Decisões que tomou (funcionários)
data-decisions-about-you = Decisões sobre a sua conta
data-emails = E-mails enviados para si
data-time-bank-account = A sua conta no banco de tempo (saldo e data de abertura)
data-time-bank-listings = As suas ofertas e pedidos no banco de tempo
data-consultation-answers = As suas respostas às consultas nominativas do município
data-consultation-participation = As consultas anónimas a que respondeu (as suas respostas não estão ligadas a si)
data-consultations-written = As consultas que preparou para o município
data-announcements-read = Os avisos da comuna que abriu, e quando
data-announcements-written = Os avisos que escreveu para a comuna
data-consultation-answer-forms = As consultas a que enviou respostas (guardado só para reconhecer um formulário enviado duas vezes)
data-service-threads = As conversas que começou com os serviços da comuna, com o assunto e o estado
data-service-messages = As mensagens que escreveu em conversas com os serviços da comuna
data-service-threads-assigned = As conversas com os serviços da comuna que lhe foram atribuídas
data-newsletter = As newsletters de comunas que o seu endereço subscreveu
data-time-bank-recorded = Movimentos do banco de tempo que registou como coordenador
data-field-email = Endereço de e-mail
data-field-display-name = Nome mostrado aos vizinhos
data-field-language = Língua
data-field-role = Função
data-field-residence = Residência
data-field-verification-method = Como a residência foi provada
data-field-verified-at = Residência provada em
data-field-email-confirmed-at = E-mail confirmado em
data-field-created-at = Criado em
data-field-address = Morada
data-field-kind = Tipo
data-field-device = Aparelho
data-field-last-seen-at = Última utilização em
data-field-expires-at = Válido até
data-field-last-used-at = Última utilização em
data-field-purpose = Finalidade
data-field-used-at = Usado em
data-field-letters = Cartas
data-field-action = O que foi feito
data-field-detail = Pormenor
data-field-at = Em
data-field-subject = Assunto
data-field-sent-at = Enviado em
data-field-failed-at = Abandonado em
data-erase-title = Apagar a sua conta
data-erase-text = Isto apaga para sempre a sua conta e tudo o que está nesta página. O que os seus vizinhos precisam continua a funcionar (um código de convite que um vizinho já usou continua válido para ele), mas nada disso aponta para si. Não é possível voltar atrás.
data-erase-password = A sua palavra-passe, para confirmar
data-erase-button = Apagar a minha conta para sempre
data-erase-wrong-password = Esta não é a sua palavra-passe. Nada foi apagado.
sessions-title = Onde tem a sessão iniciada
sessions-intro = Estes são os navegadores e aplicações com sessão iniciada na sua conta. Se não reconhecer algum, termine-o e mude a sua palavra-passe.
sessions-device = Aparelho
sessions-device-unknown = Aparelho desconhecido
sessions-app = aplicação
sessions-since = Sessão iniciada em
sessions-last-used = Última utilização em
sessions-this-one = Este é o navegador que está a usar agora.
sessions-end = Terminar esta sessão
sessions-end-others = Terminar a sessão em todos os outros sítios
sessions-ended = A sessão foi terminada.
sessions-others-ended = Agora só tem a sessão iniciada aqui.
roles-search = Procurar uma pessoa por nome ou e-mail
roles-search-button = Procurar
roles-none = Ninguém corresponde a esta pesquisa.
import-running = A importação ainda está a decorrer. Registos grandes demoram um ou dois minutos.
import-check-again = Ver de novo
import-interrupted = Esta importação foi interrompida antes de terminar; nada dela foi escrito. Importe o ficheiro de novo.
import-error-busy = Outra importação desta comuna ainda está a decorrer. Espere até terminar.
data-imports-started = Importações que iniciou (funcionários)
data-field-outcome = Resultado
## Staff tables and undoing a decision
staff-col-name = Nome
staff-col-address = Morada
staff-col-neighbourhood = Bairro
staff-col-role = Função
roles-fixed = Só um administrador pode mudar esta função.
roles-yourself = É a sua conta: outro administrador pode mudar a sua função.
pending-undo = Anular
pending-undo-hint = Pode anular durante 10 minutos.
pending-undone = A decisão foi anulada. A pessoa está outra vez à espera.
pending-undo-too-late = Esta decisão já não pode ser anulada: tem mais de 10 minutos, ou não foi sua.
## A resident's progress
progress-title = O seu caminho até ao bairro
progress-account = Conta criada
progress-email = Endereço de e-mail confirmado
progress-residence = Morada comprovada
progress-residence-detail = Escreva o código da carta da comuna ou de um vizinho na página «Comprove a sua morada».
progress-first-post = Escreva a sua primeira publicação
progress-first-post-detail = Diga olá, ofereça ajuda, empreste uma ferramenta ou peça ajuda no seu bairro.
verify-email-confirmed = O seu endereço de e-mail está confirmado. Falta um passo: comprovar que vive aqui.
data-field-audience = Público
data-field-title = Título
data-field-body = Texto
data-field-state = Estado
data-field-edited-at = Alterado em
data-field-deleted-at = Apagado em
data-field-hidden-at = Ocultado em
data-field-hidden-reason = Motivo da ocultação
data-field-post-id = Publicação
data-field-full-name = Nome na caixa do correio
data-field-address-extra = Apartamento ou andar
## E-mails at each step, and refusing
mail-approved-subject = { $commune }: a sua morada está confirmada
mail-approved-body =
    Olá, { $name },

    A comuna verificou a sua morada: está confirmada.
    O seu bairro no Gemeng está agora aberto para si:

    { $link }

    Bem-vindo, e até breve entre os seus vizinhos.
mail-refused-subject = { $commune }: não conseguimos confirmar a sua morada
mail-refused-body =
    Olá, { $name },

    A comuna não conseguiu confirmar que vive na morada que indicou.
    Motivo: { $reason }

    Se for um engano, contacte a câmara municipal:
    { $contact }
mail-refused-no-reason = não foi indicado nenhum motivo.
refuse-title = Recusar esta morada?
refuse-explain = A pessoa recebe um e-mail a dizer que a comuna não conseguiu confirmar a sua morada, com o seu motivo. Pode anular a decisão durante 10 minutos.
refuse-reason = Motivo (opcional)
refuse-reason-hint = Em palavras simples, por exemplo: ninguém com este nome vive nesta morada.
refuse-cancel = Voltar, sem recusar
mail-letter-subject = { $commune }: a sua carta está a caminho
mail-letter-body =
    Olá, { $name },

    A comuna imprimiu a sua carta a { $date }. Chega pelo correio à sua morada nos próximos dias.
    Quando chegar, abra esta página e escreva o código da carta:

    { $link }
mail-invitation-used-subject = { $commune }: o seu convite foi usado
mail-invitation-used-body =
    Olá, { $name },

    Um vizinho usou o seu convite e juntou-se ao seu bairro: { $newcomer }.
mail-contact-phone = Telefone: { $phone }
mail-contact-email = E-mail: { $email }
mail-contact-hours = Horário de atendimento: { $hours }
data-blocks = Pessoas que bloqueou
data-blocked-by = Vezes em que alguém o bloqueou (nunca quem)
data-conversations = As suas conversas
data-messages = Mensagens que enviou
data-messages-hidden = Mensagens que escondeu como pessoal da comuna
data-reports = Denúncias que fez
data-reports-judged = Denúncias que julgou como moderador
data-notice-settings = As suas escolhas de avisos por e-mail
data-notice-link = Que tem uma ligação para cancelar os avisos (o segredo não é mostrado)
data-digest = O seu resumo diário de avisos
data-field-id = Número
data-field-high-id = A outra pessoa (número)
data-field-low-id = A outra pessoa (número)
data-field-blocked-id = Pessoa bloqueada (número)
data-field-balance = Saldo em minutos
data-field-opened-at = Aberta em
data-field-category = Categoria
data-field-minutes = Minutos
data-field-amount = Minutos
data-field-memo = Descrição
data-field-thread-id = Conversa (número)
data-field-service-id = Serviço (número)
data-field-commune-id = Comuna (número)
data-field-confirmed-at = Confirmado em
data-field-item-type = O quê
data-field-item-id = Qual (número)
data-field-reason = Razão
data-field-details = Pormenores
data-field-closed-at = Julgado em
data-field-topic = Sobre
data-field-frequency = Com que frequência
data-field-user-id = Conta (número)

## Contas de organizador: as das associações, criadas pela equipa da comuna.
role-organiser = Organizador (associação)
status-organiser = Organiza atividades para a comuna
organisers-title = Contas de organizador
organisers-intro = Uma associação, um clube ou um ministério que organiza aqui um evento recebe uma conta de organizador: publica atividades para toda a comuna ou para todos e vê quem se inscreveu. Não tem bairro, mensagens nem banco de tempo.
organisers-none = Ainda não há contas de organizador.
organisers-caption = As contas de organizador da comuna
organisers-col-name = Organização
organisers-col-email = Endereço de e-mail
organisers-col-created = Criada em
organisers-col-activities = Atividades
organisers-col-actions = Conta
organisers-close-link = Fechar a conta: { $name }
organisers-new = Criar uma conta de organizador
organisers-new-hint = A organização recebe um e-mail, na língua escolhida, com uma ligação para escolher uma palavra-passe. A ligação funciona durante sete dias.
organisers-field-name = Nome da organização
organisers-field-language = Língua dos seus e-mails
organisers-create = Criar a conta
organisers-created = A conta foi criada. A organização vai receber um e-mail para escolher uma palavra-passe.
organisers-closed = A conta foi fechada. As suas atividades ficam; a equipa da comuna gere-as.
organisers-close-title = Fechar uma conta de organizador
organisers-close-explained = Fechar a conta apaga-a, como quando uma pessoa apaga os seus dados: ninguém pode voltar a entrar com ela. As suas atividades ficam para os inscritos; a equipa da comuna passa a geri-las.
organisers-close-button = Fechar a conta: { $name }
organisers-close-keep = Manter a conta
error-organisation-name-too-short = O nome da organização precisa de pelo menos 2 caracteres.
error-organisation-name-too-long = O nome da organização pode ter no máximo 60 caracteres.
mail-organiser-welcome-subject = A sua conta de organizador no Gemeng
mail-organiser-welcome-body = Olá,

    a equipa da comuna abriu no Gemeng uma conta de organizador para a sua organização: { $name }.
    Comuna: { $commune }

    Com esta conta, publica as suas atividades para os moradores (para toda a comuna ou abertas a todos), vê quem se inscreveu e escreve-lhes. Não é uma conta de morador: não tem bairro, mensagens nem banco de tempo.

    Escolha a sua palavra-passe com esta ligação (funciona durante sete dias):

    { $link }

    Depois, entre com este endereço de e-mail. Se não esperava este e-mail, avise a comuna.
