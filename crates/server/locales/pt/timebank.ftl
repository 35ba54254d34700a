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
