# A newsletter da comuna, para todos, sem conta.

newsletter-link = Receber os avisos públicos por e-mail
newsletter-title = Newsletter
newsletter-intro = Receba por e-mail os avisos públicos da comuna, na sua língua. Não precisa de conta. Pode cancelar a qualquer momento, com um clique.
newsletter-field-email = O seu endereço de e-mail
newsletter-email-hint = Enviamos um link para este endereço. A subscrição começa quando o abrir.
newsletter-field-language = Língua dos e-mails
newsletter-subscribe = Subscrever
newsletter-privacy = Guardamos apenas o seu endereço e a sua língua, e só para esta newsletter. Sem confirmação em dois dias, apagamo-los.
newsletter-error-language = Escolha uma das cinco línguas.
newsletter-done-check = Veja a sua caixa de correio: enviámos-lhe um link de confirmação. Se nada chegar, veja a pasta de spam.
newsletter-done-stopped = A subscrição foi cancelada. Apagámos o seu endereço.
newsletter-done-language = A língua foi mudada.
newsletter-confirm-title = Confirmar a subscrição
newsletter-confirm-question = Quer receber por e-mail os avisos públicos da comuna?
newsletter-confirm-button = Sim, subscrever
newsletter-confirmed = A subscrição está feita. Cada e-mail tem um link para a cancelar.
newsletter-link-used = Este link já foi usado: a subscrição está feita.
newsletter-link-expired = Este link é demasiado antigo. Subscreva de novo para receber um novo.
newsletter-link-unknown = Este link não funciona. Talvez um link mais recente o tenha substituído: use o do último e-mail, ou subscreva de novo.
newsletter-stop-title = Cancelar a subscrição
newsletter-stop-question = Deixar de enviar a newsletter para { $email }?
newsletter-stop-button = Cancelar a subscrição
newsletter-language-title = Ou mudar a língua
newsletter-language-button = Mudar a língua
newsletter-confirm-subject = Confirme a subscrição: { $commune }
newsletter-confirm-body = Olá,

    Alguém, provavelmente a própria pessoa, pediu para receber neste endereço os avisos públicos da comuna ({ $commune }).

    Para confirmar, abra este link no prazo de dois dias e carregue no botão:
    { $link }

    Se não pediu nada, não faça nada: sem confirmação, apagamos o endereço.
newsletter-already-subject = A subscrição já está feita: { $commune }
newsletter-already-body = Olá,

    Alguém, provavelmente a própria pessoa, pediu para inscrever este endereço na newsletter da comuna ({ $commune }). Ele já está inscrito.

    Para cancelar ou mudar a língua: { $link }
newsletter-footer = Recebe este e-mail porque subscreveu a newsletter ({ $commune }). Cancelar com um clique: { $stop }
