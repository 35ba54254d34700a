# Prática de línguas: perfis de línguas e tandems.

profile-title = As minhas línguas
profile-intro = Indique as línguas que fala e as que gostaria de praticar. A comuna propõe-lhe então um parceiro de tandem: alguém que o ajuda numa língua que aprende, enquanto ajuda essa pessoa numa língua que fala bem.
profile-form-title = O meu perfil de línguas
profile-languages-hint = Para cada língua que fala, escolha o seu nível. Assinale o que quer praticar (até B2) e em que pode ajudar outras pessoas (a partir de B2).
profile-field-level = O meu nível
profile-level-none = Não falo
profile-level-a1 = A1 (iniciante)
profile-level-a2 = A2 (elementar)
profile-level-b1 = B1 (intermédio)
profile-level-b2 = B2 (intermédio avançado)
profile-level-c1 = C1 (avançado)
profile-level-c2 = C2 (proficiente)
profile-level-native = Língua materna
profile-field-learns = Quero praticá-la
profile-field-offers = Posso ajudar outras pessoas nesta língua
profile-field-availability = Quando posso encontrar-me
profile-part-morning = Manhã
profile-part-afternoon = Tarde
profile-part-evening = Noite
profile-field-intergenerational = Aceito de bom grado um parceiro de outra geração
profile-field-birth-year = Ano de nascimento (opcional)
profile-birth-year-hint = Só para propor parceiros de outra geração, se quiser. Mais ninguém o vê.
profile-save = Guardar o meu perfil
profile-saved = O seu perfil de línguas está guardado.
profile-language-lb = Luxemburguês
profile-language-de = Alemão
profile-language-fr = Francês
profile-language-en = Inglês
profile-language-pt = Português
profile-error-no-language = Escolha um nível para pelo menos uma língua.
profile-error-twice = Cada língua só uma vez, por favor.
profile-error-level-missing = Escolha o seu nível nesta língua: começa-se no A1.
profile-error-offer-level = Para ajudar numa língua, é preciso pelo menos o nível B2.
profile-error-learn-level = Acima de B2 há pouco para praticar: assinale antes que pode ajudar nesta língua.
profile-error-learns-and-offers = Pratique esta língua ou ajude nela, não ambas as coisas.
profile-error-availability = Escolha pelo menos um momento da semana.
profile-error-birth-year = Indique um ano de nascimento, por exemplo 1954, ou deixe vazio.
profile-error-language-unknown = Escolha entre luxemburguês, alemão, francês, inglês e português.
profile-error-level = Escolha um nível de A1 a C2, ou língua materna.
tandems-title = Os meus tandems
tandem-state-proposed = Proposto
tandem-state-waiting = À espera do seu parceiro
tandem-state-agreed = Aceite pelos dois
tandem-state-closed = Terminado
tandem-you-learn = Pratica
tandem-you-help = Ajuda em
tandem-partner = O seu parceiro
tandem-contact-hint = Verão o nome e o endereço de e-mail um do outro quando ambos tiverem aceitado.
tandem-accept = Aceitar
tandem-decline = Não, obrigado
tandem-end = Terminar o tandem
tandem-accepted = Obrigado. Quando o seu parceiro também aceitar, ambos recebem o contacto do outro por e-mail.
tandem-closed = O tandem está terminado.
tandem-error-closed = Este tandem foi recusado ou terminado.
tandems-staff-title = Tandems
tandems-staff-intro = Proponha tandems a cada membro com perfil de línguas e ainda sem tandem. A proposta procura os melhores pares para todos em conjunto; os dois membros aceitam antes de verem o contacto do outro.
tandems-staff-profiles = Perfis de línguas
tandems-staff-open = Tandems propostos ou em curso
tandems-staff-agreed = Tandems aceites
tandems-propose = Propor tandems agora
tandems-proposed = { $count ->
    [0] Não foi encontrado nenhum par novo.
    [one] Foi proposto um par novo.
   *[other] Pares novos propostos: { $count }
}
mail-tandem-proposed-subject = Um parceiro de tandem: { $language }
mail-tandem-proposed-body =
    A comuna propõe-lhe um parceiro de tandem: alguém que o ajuda a praticar esta língua, enquanto ajuda essa pessoa numa língua que fala bem.

    Língua: { $language }

    Se quiser encontrar-se, aceite a proposta. Recebe o contacto do seu parceiro quando ambos tiverem aceitado: { $link }
mail-tandem-agreed-subject = O seu parceiro de tandem: { $name }
mail-tandem-agreed-body =
    Ambos aceitaram o tandem. Eis como contactar o seu parceiro.

    Nome: { $name }
    E-mail: { $email }
    Língua que pratica: { $language }

    Combinem juntos o local e a hora. Para terminar o tandem: { $link }
data-language-profile = O seu perfil de línguas
data-language-profile-languages = As línguas do seu perfil
data-tandems = Os tandems que lhe foram propostos
data-tandems-closed = Os tandems que terminou
data-field-availability = Quando se pode encontrar
data-field-welcomes-intergenerational = Aceita outra geração (1 sim, 0 não)
data-field-birth-year = Ano de nascimento
data-field-updated-at = Alterado em
data-field-level = Nível
data-field-learns = Pratica (1 sim, 0 não)
data-field-offers = Ajuda nesta língua (1 sim, 0 não)
data-field-first-teaches = O primeiro parceiro ajuda em
data-field-second-teaches = O segundo parceiro ajuda em
data-field-proposed-at = Proposto em
data-field-first-accepted-at = Aceite em
data-field-second-accepted-at = Aceite em
tandems-link = As minhas línguas e tandems
coaching-title = Acompanhamento
coaching-intro = Um coach é um vizinho que fala muito bem uma língua (C1 ou mais) e o ajuda a praticá-la, a dois. Peça um coach numa língua que aprende: a comuna propõe-lhe um, e ambos aceitam antes de verem o nome e o endereço de e-mail um do outro.
coaching-my-requests = Os meus pedidos de coach
coaching-as-coach = Aprendentes que me foram propostos
coaching-language = Língua
coaching-level = Nível do aprendente
coaching-note = Nota
coaching-your-coach = O seu coach
coaching-your-learner = O seu aprendente
coaching-contact-hint = Verão o nome e o endereço de e-mail um do outro quando ambos tiverem aceitado.
coaching-accept = Aceitar
coaching-decline = Não, obrigado
coaching-end = Terminar
coaching-withdraw = Retirar o meu pedido
coaching-ask-title = Pedir um coach
coaching-no-language = Para pedir um coach, assinale primeiro no seu perfil de línguas, acima, uma língua que quer praticar, e guarde-o.
coaching-field-language = Língua que quero praticar
coaching-field-note = Uma nota para o coach (opcional)
coaching-note-hint = O que espera, por exemplo preparar um exame ou falar mais no trabalho. No máximo 500 caracteres.
coaching-ask = Pedir um coach
coaching-state-open = À espera de um coach
coaching-state-proposed = Proposto a si
coaching-state-waiting = À espera de que o outro aceite
coaching-state-matched = Aceite
coaching-state-withdrawn = Retirado
coaching-state-ended = Terminado
coaching-asked = O seu pedido foi enviado. A comuna vai propor-lhe um coach.
coaching-accepted = Obrigado. Quando o outro também aceitar, ambos recebem o contacto do outro por e-mail.
coaching-declined = A proposta foi recusada. O pedido fica à espera de outro coach.
coaching-ended = O acompanhamento está terminado.
coaching-withdrawn = O seu pedido foi retirado.
coaching-error-language = Escolha entre luxemburguês, alemão, francês, inglês e português.
coaching-error-not-learned = Escolha uma língua que, segundo o seu perfil de línguas, pratica (níveis A1 a B2).
coaching-error-level = Acima de B2 não precisa de coach: pode antes ajudar outras pessoas nesta língua.
coaching-error-open-already = Já pediu um coach nesta língua.
coaching-error-note-long = A nota pode ter no máximo 500 caracteres.
coaching-error-not-open = Este pedido já não está à espera de um coach.
coaching-error-not-candidate = Esta pessoa não pode acompanhar este aprendente agora. Escolha um dos coaches propostos.
coaching-error-agreed-already = Ambos já aceitaram.
coaching-error-accepted-already = Já aceitou. Agora é o outro que tem de aceitar.
coaching-error-not-proposed = Neste momento não há nenhum coach proposto para este pedido.
coaching-error-not-withdrawable = Este pedido já não pode ser retirado: termine antes o acompanhamento.
coaching-error-not-agreed = Este acompanhamento não está em curso.
coaching-staff-title = Acompanhamento
coaching-staff-intro = Aprendentes pedem um coach numa língua que praticam. Para cada pedido, os melhores candidatos vêm primeiro: coaches que falam a língua em C1 ou mais, partilham mais momentos da semana com o aprendente, aceitam outra geração como o aprendente e têm menos acompanhamentos (três no máximo).
coaching-staff-open = Pedidos à espera de um coach
coaching-staff-proposed = Coaches propostos
coaching-staff-matched = Acompanhamentos aceites
coaching-propose-best = Propor o melhor coach para cada pedido
coaching-no-candidate = Neste momento ninguém pode acompanhar este aprendente.
coaching-candidates = Candidatos, os melhores primeiro
coaching-candidate-facts = { $slots ->
    [one] Um momento da semana em comum
   *[other] Momentos da semana em comum: { $slots }
}, { $load ->
    [0] ainda nenhum acompanhamento
    [one] já um acompanhamento
   *[other] acompanhamentos em curso: { $load }
}
coaching-candidate-generations = Outra geração, como ambos desejam
coaching-propose = Propor este coach
coaching-proposed = { $count ->
    [0] Não foi possível propor nenhum coach.
    [one] Foi proposto um coach.
   *[other] Coaches propostos: { $count }
}
mail-coaching-proposed-coach-subject = Um aprendente de { $language } para si
mail-coaching-proposed-coach-body =
    A comuna propõe-no como coach: um vizinho gostaria de praticar esta língua consigo: { $language }.

    Se quiser ajudar, aceite a proposta. Recebe o contacto do aprendente quando ambos tiverem aceitado: { $link }
mail-coaching-proposed-learner-subject = Um coach para { $language }
mail-coaching-proposed-learner-body =
    A comuna propõe-lhe um coach para esta língua: { $language }.

    Se quiser encontrar-se, aceite a proposta. Recebe o contacto do seu coach quando ambos tiverem aceitado: { $link }
mail-coaching-matched-learner-subject = O seu coach: { $name }
mail-coaching-matched-learner-body =
    Ambos aceitaram o acompanhamento. Eis como contactar o seu coach.

    Nome: { $name }
    E-mail: { $email }
    Língua: { $language }

    Combinem juntos o local e a hora. Para terminar o acompanhamento: { $link }
mail-coaching-matched-coach-subject = O seu aprendente: { $name }
mail-coaching-matched-coach-body =
    Ambos aceitaram o acompanhamento. Eis como contactar o seu aprendente.

    Nome: { $name }
    E-mail: { $email }
    Língua: { $language }

    Combinem juntos o local e a hora. Para terminar o acompanhamento: { $link }
data-coaching-requests = Os seus pedidos de coach
data-coachings = Os aprendentes que lhe foram propostos como coach
data-coaching-requests-closed = Os pedidos de acompanhamento que retirou ou terminou
data-coaching-declines = Os aprendentes que recusou acompanhar
data-field-note = Nota
data-field-learner-accepted-at = Aceite em
data-field-coach-accepted-at = Aceite em
data-field-request-id = Pedido
data-field-declined-at = Recusado em
mail-coaching-withdrawn-coach-subject = O acompanhamento em { $language } já não é necessário
mail-coaching-withdrawn-coach-body =
    A pessoa que a comuna lhe tinha proposto para { $language } retirou o pedido. Não tem mais nada a fazer.

    Obrigado por oferecer a sua ajuda: a comuna poderá propô-lo a outra pessoa. Os seus acompanhamentos: { $link }
mail-coaching-ended-subject = Acompanhamento em { $language } terminado
mail-coaching-ended-body =
    { $name } terminou o seu acompanhamento em { $language }. Obrigado pelo tempo passado juntos.

    Pode pedir ou oferecer outro acompanhamento na sua página de línguas: { $link }
