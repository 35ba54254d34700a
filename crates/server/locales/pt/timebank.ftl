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
