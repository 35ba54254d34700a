# O banco de tempo.

timebank-error-category = Escolha uma categoria da lista.
timebank-error-memo-empty = Diga em poucas palavras o que foi trocado.
timebank-error-memo-long = Uma descrição pode ter no máximo 500 caracteres.
timebank-error-amount-positive = Indique um número de minutos acima de zero.
timebank-error-amount-large = Uma troca pode ter no máximo 6000 minutos (100 horas).
timebank-error-yourself = Não pode trocar minutos consigo próprio.
timebank-error-credit-limit = Quem paga ficaria abaixo do limite de crédito do banco de tempo.
timebank-error-upper-limit = Quem recebe ficaria acima do limite máximo do banco de tempo.
timebank-error-rules = Estas regras estão fora do que o banco de tempo permite.
timebank-error-not-yours = Só o outro membro pode responder a esta proposta.
timebank-error-answered = Esta proposta já foi respondida ou cancelada.
timebank-error-expired = Esta proposta expirou. Faça uma nova se a troca aconteceu.
timebank-error-not-reversible = Este movimento não pode ser anulado: é ele próprio uma correção, ou já foi anulado.
timebank-error-key-reused = Este pedido já foi usado para outra coisa. Recarregue a página e tente de novo.
timebank-error-not-joined = Adira primeiro ao banco de tempo.
timebank-error-no-member = Esta pessoa não é membro do banco de tempo.
timebank-error-rule-credit-limit = O limite de crédito é um número de minutos de 0 a 6000.
timebank-error-rule-upper-limit = O limite máximo fica vazio, ou é um número de minutos de 0 a 60000.
timebank-error-rule-welcome = O crédito de boas-vindas vai de 0 a 6000 minutos, sem passar o limite máximo.
timebank-error-rule-proposals = As propostas esperam de 1 a 720 horas (30 dias).
timebank-error-amount-whole = Indique um número inteiro de minutos (90 para hora e meia).

# Pages.
timebank-title = Banco de tempo
timebank-intro = Os vizinhos ajudam-se e contam o tempo: um minuto dado é um minuto recebido, seja qual for o serviço.
timebank-balance = O seu saldo
timebank-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
timebank-credit-limit-hint = { $count ->
    [one] Pode descer até { $count } minuto abaixo de zero.
   *[other] Pode descer até { $count } minutos abaixo de zero.
}
timebank-exchange-title = Registar uma troca
timebank-gift-title = Oferecer minutos
timebank-statement-title = O seu extrato
timebank-to-answer = À espera da sua resposta
timebank-to-answer-none = Nada espera a sua resposta.
timebank-asks-you = { $name } pede-lhe minutos
timebank-offers-you = { $name } oferece-lhe minutos
timebank-field-amount = Minutos
timebank-field-memo = O que foi trocado
timebank-field-category = Categoria
timebank-answer-by = Responder até
timebank-confirm = Confirmar
timebank-decline = Recusar
timebank-waiting = As suas propostas à espera de resposta
timebank-waiting-none = Nenhuma das suas propostas está à espera.
timebank-you-offer = Oferece minutos a { $name }
timebank-you-ask = Pede minutos a { $name }
timebank-cancel = Cancelar a proposta
timebank-join-title = Aderir ao banco de tempo
timebank-join-text = Os membros oferecem e pedem serviços e objetos, e pagam-se em minutos. A adesão é gratuita.
timebank-rules-title = As regras
timebank-rule-welcome = { $count ->
    [one] Recebe { $count } minuto da comuna como boas-vindas.
   *[other] Recebe { $count } minutos da comuna como boas-vindas.
}
timebank-rule-credit-limit = { $count ->
    [one] Pode gastar até { $count } minuto a mais do que recebeu.
   *[other] Pode gastar até { $count } minutos a mais do que recebeu.
}
timebank-rule-upper-limit = { $count ->
    [one] Pode ter no máximo { $count } minuto.
   *[other] Pode ter no máximo { $count } minutos.
}
timebank-rule-proposals = { $count ->
    [one] Uma proposta espera { $count } hora pela resposta do outro membro.
   *[other] Uma proposta espera { $count } horas pela resposta do outro membro.
}
timebank-rule-corrections = Os minutos só se movem quando os dois membros concordam. Um erro é corrigido pela comuna com um novo movimento, nunca alterando o antigo.
timebank-accept = Aceito as regras do banco de tempo
timebank-join = Aderir
timebank-error-accept = Marque a caixa para aceitar as regras.
timebank-joined = Bem-vindo ao banco de tempo.
timebank-proposed = A sua proposta foi enviada. Os minutos movem-se quando o outro membro a confirmar.
timebank-confirmed = Confirmado: os minutos foram transferidos.
timebank-declined = Recusado: nenhum minuto foi transferido.
timebank-cancelled = A proposta foi cancelada.
timebank-given = Os seus minutos foram oferecidos.
timebank-back = Voltar ao banco de tempo
timebank-exchange-intro = Diga com quem trocou e quantos minutos levou. O outro membro confirma e depois os minutos são transferidos.
timebank-field-with = Com quem
timebank-choose-member = Escolha um membro
timebank-field-direction = Quem prestou o serviço
timebank-direction-ask = Prestei o serviço e peço para ser pago
timebank-direction-pay = Recebi o serviço e pago
timebank-amount-hint = Minutos inteiros, por exemplo 90 para hora e meia.
timebank-memo-hint = Algumas palavras, por exemplo “Passar a ferro, duas camisas”.
timebank-choose-category = Escolha uma categoria
timebank-exchange-send = Enviar a proposta
timebank-gift-intro = Ofereça alguns dos seus minutos a outro membro, por exemplo a alguém que precisa de ajuda e tem poucos minutos.
timebank-your-balance = { $count ->
    [one] O seu saldo é de { $count } minuto.
   *[other] O seu saldo é de { $count } minutos.
}
timebank-field-to = A quem
timebank-field-gift-memo = Uma palavra para a pessoa
timebank-gift-send = Oferecer
timebank-statement-csv = Descarregar o extrato (CSV)
timebank-statement-empty = Ainda nada.
timebank-csv-date = Data
timebank-csv-kind = Tipo
timebank-csv-with = Com
timebank-csv-memo = Descrição
timebank-csv-category = Categoria
timebank-csv-minutes = Minutos
timebank-csv-balance = Saldo
timebank-csv-number = Número
timebank-csv-from = De
timebank-csv-to = Para
timebank-csv-reverses = Corrige o movimento
timebank-kind-exchange = Troca
timebank-kind-counter = Troca registada no balcão
timebank-kind-gift = Oferta
timebank-kind-welcome = Crédito de boas-vindas
timebank-kind-reversal = Correção
timebank-category-company = Companhia e visitas
timebank-category-shopping = Compras e recados
timebank-category-transport = Boleias e transporte
timebank-category-household = Lida da casa
timebank-category-repairs = Reparações e bricolage
timebank-category-garden = Jardim
timebank-category-cooking = Cozinha
timebank-category-children = Crianças
timebank-category-animals = Animais
timebank-category-paperwork = Papelada
timebank-category-digital = Computador e telemóvel
timebank-category-languages = Línguas
timebank-category-lessons = Aulas e explicações
timebank-category-health = Saúde e bem-estar
timebank-category-goods = Objetos emprestados ou dados
timebank-category-other = Outro
timebank-desk-title = Coordenação do banco de tempo
timebank-desk-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}
timebank-counter-title = Registar uma troca no balcão
timebank-ledger-title = O registo
timebank-ledger-csv = Descarregar o registo (CSV)
timebank-audit-title = Verificação do registo
timebank-audit-sound-tag = Correto
timebank-audit-sound = Cada saldo é igual à soma dos seus movimentos, e todos os saldos juntos dão zero.
timebank-audit-unsound-tag = Incorreto
timebank-audit-unsound = { $count ->
    [one] O registo não está equilibrado: os saldos somam { $count } minuto em vez de zero. Avise quem gere a plataforma.
   *[other] O registo não está equilibrado: os saldos somam { $count } minutos em vez de zero. Avise quem gere a plataforma.
}
timebank-activity-title = Atividade dos últimos doze meses
timebank-chart-exchanges = Trocas por mês
timebank-chart-exchanges-heading = Trocas
timebank-chart-hours = Horas trocadas por mês
timebank-chart-hours-heading = Horas
timebank-chart-members = Membros ativos por mês
timebank-chart-members-heading = Membros
timebank-chart-month = Mês
timebank-chart-categories = Categorias mais trocadas
timebank-field-credit-limit = Limite de crédito (minutos abaixo de zero)
timebank-credit-limit-field-hint = Até onde um membro pode descer abaixo de zero, de 0 a 6000 minutos.
timebank-field-upper-limit = Limite máximo (minutos)
timebank-upper-limit-field-hint = Deixe vazio para não ter limite máximo.
timebank-field-welcome = Crédito de boas-vindas (minutos)
timebank-field-proposal-hours = Quanto tempo espera uma proposta (horas)
timebank-rules-save = Guardar as regras
timebank-rules-saved = As regras foram guardadas. Aplicam-se a partir de agora.
timebank-counter-recorded = A troca foi registada.
timebank-reversed = O movimento foi corrigido.
timebank-desk-back = Voltar à coordenação
timebank-counter-intro = Para membros que não estão online: registe uma troca que comunicam no balcão. Fica marcada como registada por si.
timebank-field-payee = Quem prestou o serviço (é pago)
timebank-field-payer = Quem o recebeu (paga)
timebank-counter-send = Registar a troca
timebank-ledger-intro = Todos os movimentos, por ordem. Um erro corrige-se com um movimento inverso e a sua razão; os movimentos nunca são alterados.
timebank-ledger-empty = Ainda sem movimentos.
timebank-transfer-number = Movimento { $number }
timebank-field-reason = Razão da correção
timebank-reverse = Anular este movimento
timebank-reversed-tag = Corrigido
timebank-the-commune = A comuna
timebank-former-member = Um antigo membro

# Offers and requests.
timebank-listings-title = Ofertas e pedidos
timebank-listings-see = Ver o que os membros oferecem e pedem
timebank-listings-intro = Serviços e objetos que os membros de toda a comuna oferecem ou pedem, com uma ideia do seu valor em minutos.
timebank-listing-new-title = Publicar uma oferta ou um pedido
timebank-listings-search = Procurar por palavras
timebank-listings-show = Mostrar
timebank-listings-all = Ofertas e pedidos
timebank-listings-offers = Só ofertas
timebank-listings-requests = Só pedidos
timebank-listings-search-button = Procurar
timebank-listings-none = Nada encontrado.
timebank-listing-offer = Oferta
timebank-listing-request = Pedido
timebank-listing-close = Fechar (feito ou já não desejado)
timebank-listing-propose = Registar uma troca com { $name }
timebank-listings-back = Voltar às ofertas e pedidos
timebank-listing-field-kind = É uma oferta ou um pedido?
timebank-listing-field-title = Título
timebank-listing-field-text = Descrição
timebank-listing-text-hint = O quê, quando, onde: o suficiente para um vizinho saber se pode ajudar.
timebank-listing-field-minutes = Valor em minutos (opcional)
timebank-listing-minutes-hint = Apenas uma ideia: os membros acordam os minutos ao registar a troca.
timebank-listing-publish = Publicar
timebank-listing-published = A sua oferta ou pedido foi publicado.
timebank-listing-closed = Foi fechado e já não aparece.
timebank-error-listing-kind = Escolha uma oferta ou um pedido.
timebank-error-title-empty = Dê-lhe um título.
timebank-error-title-long = Um título pode ter no máximo 120 caracteres.
timebank-error-text-empty = Descreva o que oferece ou pede.
timebank-error-text-long = Uma descrição pode ter no máximo 2000 caracteres.

# Choosing a member in a large time bank
timebank-member-name-hint = Escreva o nome, ou parte dele.
timebank-member-matches = Membros com esse nome: escolha um
timebank-error-member-choose = Vários membros têm esse nome. Escolha um abaixo.
timebank-error-member-more = Muitos membros têm esse nome. Escolha um abaixo, ou escreva mais do nome.
timebank-error-member-named = Nenhum membro tem esse nome. Verifique a ortografia, ou escreva parte do nome.
