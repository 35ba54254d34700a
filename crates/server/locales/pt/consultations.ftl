# Consultas: sondagens e inquéritos do município, respostas e resultados.

consultation-nav = Consultas
consultation-list-title = Consultas
consultation-list-intro = O município pede a sua opinião. Responda às consultas para o seu bairro e para todo o município.
consultation-list-none = De momento não há nenhuma consulta para si.
consultation-answer-title = Consulta
consultation-back = Todas as consultas
consultation-back-to-it = Voltar à consulta
consultation-closes-on = Aberta até: { $date }
consultation-opens-on = Abertura: { $date }
consultation-state-draft = Rascunho
consultation-state-scheduled = Ainda não aberta
consultation-state-open = Aberta
consultation-state-closed = Encerrada
consultation-you-answered = Já respondeu
consultation-other-languages = Também em:
consultation-see-results = Ver os resultados
consultation-anonymous-note = As suas respostas são anónimas: ninguém, nem o município, pode saber quais são as suas. Depois de enviadas, não podem ser alteradas.
consultation-named-note = As suas respostas levam o seu nome. Pode alterá-las até ao encerramento da consulta.
consultation-answer-final = Obrigado. As respostas anónimas não podem ser alteradas.
consultation-answer-changeable = Pode alterar as suas respostas até ao encerramento da consulta.
consultation-not-answerable = Esta consulta não recebe respostas neste momento.
consultation-problems = { $count ->
    [one] Uma pergunta precisa da sua atenção.
   *[other] { $count } perguntas precisam da sua atenção.
}
consultation-send-answers = Enviar as minhas respostas
consultation-change-answers = Alterar as minhas respostas
consultation-answered = Obrigado, as suas respostas foram registadas.
consultation-optional = (facultativa)
consultation-other = Outro
consultation-other-text = Outro, por palavras suas
consultation-yes = Sim
consultation-no = Não
consultation-your-answer = A sua resposta
consultation-rating-low = Valor mais baixo: { $label }
consultation-rating-high = Valor mais alto: { $label }
consultation-rating-end = { $value } – { $label }
consultation-rank-place = { $place ->
    [one] Primeiro lugar
   *[other] Lugar { $place }
}
consultation-hint-at-most = { $count ->
    [one] Escolha uma.
   *[other] Escolha até { $count }.
}
consultation-hint-exactly = { $count ->
    [one] Escolha uma.
   *[other] Escolha { $count }.
}
consultation-hint-between = Escolha de { $min } a { $max }.
consultation-hint-rank = { $count ->
    [one] Escolha a sua primeira opção.
   *[other] Ordene { $count } opções pela sua preferência, cada uma uma vez.
}
consultation-hint-characters = No máximo { $count } caracteres.

consultation-answer-unknown-question = Este formulário está desatualizado (a pergunta { $question } não existe). Volte a carregar a página.
consultation-answer-twice = Esta pergunta foi respondida duas vezes.
consultation-answer-wrong-kind = Esta resposta não corresponde à pergunta.
consultation-answer-missing = Responda a esta pergunta, por favor.
consultation-answer-unknown-choice = Escolha entre as respostas propostas, por favor.
consultation-answer-chosen-twice = Cada opção conta uma vez.
consultation-answer-too-few = Escolha pelo menos { $min }.
consultation-answer-too-many = Escolha no máximo { $max }.
consultation-answer-no-other = Esta pergunta não tem o campo «outro».
consultation-answer-other-too-long = Escreva no máximo { $max } caracteres.
consultation-answer-off-scale = Escolha um valor da escala.
consultation-answer-ranking-length = Ordene { $count } opções, cada uma uma vez.
consultation-answer-text-too-long = Escreva no máximo { $max } caracteres.
consultation-refused-not-open = Esta consulta ainda não está aberta.
consultation-refused-closed = Esta consulta está encerrada: os seus resultados já não mudam.
consultation-refused-final = Já respondeu, e as respostas anónimas não podem ser alteradas.
consultation-error-form = Este formulário não pertence a esta consulta. Volte a carregar a página.

consultation-staff-title = Consultas do município
consultation-staff-intro = Peça a opinião dos residentes: uma sondagem de uma pergunta ou um inquérito de várias, anónimo ou nominativo, para todo o município ou alguns bairros.
consultation-staff-none = Ainda não há consultas.
consultation-staff-back = Todas as consultas do município
consultation-new-title = Nova consulta
consultation-edit-title = Rascunho de consulta
consultation-show-title = Consulta
consultation-saved = O rascunho foi guardado.
consultation-published = A consulta foi publicada. Os residentes veem-na a partir do primeiro dia.
consultation-publish = Publicar
consultation-publish-note = Verifique a pré-visualização abaixo. Depois de publicada, a consulta já não pode ser alterada.
consultation-save = Guardar o rascunho
consultation-preview = Pré-visualização
consultation-field-text = Título e perguntas
consultation-field-opens = Primeiro dia
consultation-field-closes = Último dia
consultation-field-audience = Quem é consultado
consultation-field-anonymous = Anonimato
consultation-field-results-shown = Resultados para os residentes
consultation-field-state = Estado
consultation-field-answers = Respostas
consultation-audience-commune = Todo o município
consultation-audience-neighbourhoods = Só os bairros assinalados abaixo
consultation-anonymous-label = Respostas anónimas: guardadas sem o nome do residente, e definitivas depois de enviadas
consultation-anonymous = Anónima
consultation-named = Nominativa, alterável até ao encerramento
consultation-results-shown-while-open = Mostrados à medida que chegam as respostas, e depois do encerramento
consultation-results-shown-after-closing = Mostrados depois do encerramento da consulta
consultation-results-shown-never = Não mostrados aos residentes
consultation-error-date = Escreva uma data, por exemplo 2026-12-01.
consultation-error-audience = Escolha todo o município, ou bairros do município.
consultation-error-results-shown = Escolha quando os residentes veem os resultados.
consultation-error-published = Esta consulta está publicada e já não pode ser alterada.
consultation-error-closed-already = Esta consulta termina no passado: altere o último dia antes de a publicar.

consultation-text-help-title = Como escrever as perguntas
consultation-text-help-blocks = Cada parte começa com uma linha com uma palavra-chave: title (título), section (secção), question (pergunta), choice (opção), ou low e high para as duas pontas de uma escala.
consultation-text-help-languages = As linhas seguintes dão o seu texto, uma linha por língua, começando pelo código da língua e dois pontos: lb, de, fr, en, pt. Escreva cada parte nas mesmas línguas.
consultation-text-help-types = Depois da palavra-chave question vem o seu tipo:
consultation-text-type-single = uma resposta entre as opções que seguem;
consultation-text-type-multiple = várias respostas, aqui no máximo 3 (min=2 pede pelo menos 2);
consultation-text-type-yesno = sim ou não;
consultation-text-type-rating = uma nota de 1 a 5, com o texto das duas pontas depois de low e high;
consultation-text-type-ranking = as opções por ordem de preferência (top=3: só as três primeiras);
consultation-text-type-text = texto livre, aqui no máximo 500 caracteres.
consultation-text-options = acrescentam o campo «outro» a uma pergunta de escolha, ou tornam uma pergunta facultativa.
consultation-text-line = Linha { $line }: { $message }
consultation-text-too-long = O texto é demasiado longo.
consultation-text-no-type = Indique o tipo de pergunta (single, multiple, yesno, rating, ranking ou text).
consultation-text-unknown-type = Tipo de pergunta desconhecido: use single, multiple, yesno, rating, ranking ou text.
consultation-text-bad-option = Esta opção não serve para este tipo de pergunta.
consultation-text-language-twice = Esta parte já tem uma versão nesta língua.
consultation-text-wording-nowhere = Texto sem parte: comece com title, section, question ou choice.
consultation-text-choice-nowhere = Uma opção fica debaixo de uma pergunta do tipo single, multiple ou ranking.
consultation-text-end-nowhere = low e high ficam debaixo de uma pergunta do tipo rating.
consultation-text-title-twice = A consulta tem um só título.
consultation-text-unknown-line = Linha desconhecida: comece-a com uma palavra-chave ou um código de língua seguido de dois pontos.

consultation-place-title = Título
consultation-place-section = Secção { $section }
consultation-place-question = Pergunta { $question }
consultation-place-choice = Pergunta { $question }, opção { $choice }
consultation-place-low = Pergunta { $question }, ponta baixa
consultation-place-high = Pergunta { $question }, ponta alta
consultation-problem-no-language = Escreva o título e as perguntas em pelo menos uma língua.
consultation-problem-missing-version = { $place }: falta a versão nesta língua: { $language }.
consultation-problem-blank = { $place }: a versão nesta língua está vazia: { $language }.
consultation-problem-too-long = { $place }: a versão nesta língua tem mais de { $max } caracteres: { $language }.
consultation-problem-no-question = Faça pelo menos uma pergunta.
consultation-problem-too-many-questions = Um inquérito faz no máximo { $max } perguntas.
consultation-problem-empty-section = A secção { $section } não tem perguntas.
consultation-problem-duplicate-question = Duas perguntas têm o número { $question }.
consultation-problem-too-few-choices = A pergunta { $question } precisa de pelo menos duas opções.
consultation-problem-too-many-choices = A pergunta { $question } oferece mais de { $max } opções.
consultation-problem-duplicate-choice = A pergunta { $question } tem duas opções com o número { $choice }.
consultation-problem-answer-count = Pergunta { $question }: o número de respostas pedido não serve para as suas opções.
consultation-problem-ranking-top = Pergunta { $question }: não pode ordenar mais lugares do que as opções que tem.
consultation-problem-scale = Pergunta { $question }: uma escala vai de um valor mais baixo a um mais alto, no máximo 10.
consultation-problem-free-text = Pergunta { $question }: uma resposta pode ter de 1 a 2000 caracteres.
consultation-problem-closing = O último dia não pode vir antes do primeiro.
consultation-problem-no-neighbourhood = Assinale pelo menos um bairro.

consultation-results-title = Resultados
consultation-results-everyone = Todos
consultation-results-groups = Resultados por bairro
consultation-respondents = { $count ->
    [one] Respondeu uma pessoa.
   *[other] Responderam { $count } pessoas.
}
consultation-results-answered = { $count ->
    [one] Uma resposta a esta pergunta.
   *[other] { $count } respostas a esta pergunta.
}
consultation-results-too-few = Responderam aqui poucas pessoas para mostrar as suas respostas anónimas.
consultation-results-choice = Resposta
consultation-results-answers = Pessoas
consultation-results-points = Pontos
consultation-results-points-first = { $points } pontos, { $first } vezes em primeiro
consultation-results-mean = Média: { $mean } numa escala de { $low } a { $high }
consultation-csv = Descarregar as respostas (CSV)
consultation-csv-resident = Residente
consultation-csv-neighbourhood = Bairro
consultation-csv-day = Dia

consultation-code-unknown-question = Uma resposta nomeia uma pergunta que esta consulta não faz.
consultation-code-count = Opções a menos ou a mais para uma pergunta.
consultation-code-length = Uma resposta é demasiado longa.
consultation-code-ranking = Uma ordenação não ordena o número de opções pedido, cada uma uma vez.
consultation-code-wording = Um texto falta, está vazio ou é demasiado longo numa das línguas da consulta.
consultation-code-questions = As perguntas não estão numeradas ou agrupadas como uma consulta permite.
consultation-code-choices = Uma pergunta oferece menos de duas opções, demasiadas, ou duas com o mesmo número.
consultation-code-limits = Os limites de uma pergunta não lhe servem (respostas pedidas, lugares ordenados, escala ou comprimento).
consultation-code-definition = Isto não é uma consulta como a API a descreve (kind, title, sections, opens_at, closes_at, anonymous, audience, results_shown).
consultation-code-answer = Uma resposta não está escrita como a API a descreve (question e response).
