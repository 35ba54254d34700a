# Os serviços da comuna: conversas dos residentes com o serviço social, os seniores, a integração…

services-title = Escrever à comuna
services-intro = Escreva a um dos serviços da comuna. Só a própria pessoa e a equipa do serviço leem a conversa.
services-none = A comuna ainda não indicou nenhum serviço.
services-write-to = Escrever a: { $name }
services-write-title = Uma nova mensagem
services-write-hint = Diga por palavras suas o que precisa. O serviço responde aqui, e recebe um e-mail quando responder.
services-field-service = Serviço
services-field-subject = Assunto
services-field-body = A sua mensagem
services-field-state = Estado
services-field-resident = Residente
services-field-assigned = Responsável
services-field-name = Nome
services-field-description = Em que ajuda
services-send = Enviar
services-mine-title = As suas conversas
services-mine-none = Ainda não escreveu a nenhum serviço.
services-unread = { $count ->
    [one] 1 resposta nova
   *[other] { $count } respostas novas
}
services-back = Todas as conversas
services-thread-title = Conversa
services-author-gone = Um antigo membro da equipa
services-answer = A sua resposta
services-reopen-hint = Esta conversa está encerrada. Se escrever de novo, ela volta a abrir.
services-manage-thread = Tratar desta conversa
services-assign-to = Colega responsável
services-assign = Atribuir
services-assigned-nobody = Ninguém
services-close = Encerrar a conversa
services-queue-title = Mensagens dos residentes
services-queue-intro = As mensagens dos residentes aos serviços da comuna. As que esperam há mais tempo vêm primeiro.
services-oldest = Espera mais longa
services-all = Todos os serviços
services-mine-only = Só as que me foram atribuídas
services-filter = Mostrar
services-queue-none = Nenhuma conversa aqui.
services-manage-title = Os serviços da comuna
services-manage-intro = Os residentes escolhem entre estes serviços quando escrevem. Dê a cada um o nome no maior número de línguas possível.
services-archived = Arquivado
services-rename = Mudar o nome
services-save = Guardar
services-archive = Arquivar (os residentes deixam de o ver)
services-restore = Mostrar de novo aos residentes
services-add-title = Acrescentar um serviço
services-add = Acrescentar o serviço
service-state-waiting = À espera de resposta
service-state-answered = Respondida
service-state-closed = Encerrada
service-waited-minutes = { $count ->
    [one] há 1 minuto
   *[other] há { $count } minutos
}
service-waited-hours = { $count ->
    [one] há 1 hora
   *[other] há { $count } horas
}
service-waited-days = { $count ->
    [one] há 1 dia
   *[other] há { $count } dias
}
service-error-subject-empty = Escreva um assunto.
service-error-subject-long = Escreva um assunto com 120 caracteres no máximo.
service-error-message-empty = Escreva a sua mensagem.
service-error-message-long = Escreva uma mensagem com 5000 caracteres no máximo.
service-error-name-missing = Escreva o nome nesta língua, ou deixe também a descrição vazia.
service-error-name-long = Escreva um nome com 80 caracteres no máximo.
service-error-description-long = Escreva uma descrição com 400 caracteres no máximo.
service-error-names-none = Escreva o nome do serviço em pelo menos uma língua.
service-error-language-unknown = Escreva os nomes só em luxemburguês, alemão, francês, inglês ou português.
service-error-unknown = Escolha um dos serviços da lista.
service-error-too-many-open = Tem 10 conversas ainda abertas. Espere por uma resposta antes de começar outra.
service-error-colleague = Escolha um colega da lista.
service-error-too-many = A comuna já tem 30 serviços. Em vez disso, arquive ou mude o nome de um.
service-error-state = Escolha à espera, respondida ou encerrada.
service-done-sent = A sua mensagem foi enviada.
service-done-assigned = A conversa foi atribuída.
service-done-closed = A conversa foi encerrada.
service-done-added = O serviço foi acrescentado.
service-done-renamed = O nome do serviço foi mudado.
service-done-archived = O serviço foi arquivado.
service-done-restored = Os residentes voltam a ver o serviço.

# Avisos por e-mail das respostas dos serviços.
notice-service-reply-subject = Resposta da comuna: { $subject }
notice-service-reply-body = O serviço da comuna ({ $service }) respondeu à sua mensagem «{ $subject }».

    Ler a resposta: { $link }
notice-digest-service-reply = Resposta da comuna: { $subject }
    { $link }
