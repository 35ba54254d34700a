# Running the installation: the operators' pages and the first admin's e-mail.

operator-title = Gerir o Gemeng
operator-login-title = Entrar para gerir o Gemeng
operator-login-intro = Para quem gere esta instalação. Residentes e funcionários da comuna entram na página da sua comuna.
operator-communes = Comunas
operator-no-commune = Ainda não há nenhuma comuna.
operator-create = Criar uma comuna
operator-commune-name = Nome da comuna
operator-commune-slug = Endereço web
operator-commune-slug-hint = Letras minúsculas, algarismos e hífenes, por exemplo «hesper»: a comuna fica então em /c/hesper.
operator-commune-language = Língua principal
operator-create-button = Criar a comuna
operator-error-slug = Use só letras minúsculas, algarismos e hífenes.
operator-error-slug-taken = Outra comuna já tem este endereço web.
operator-error-name = O nome precisa de 2 a 80 caracteres.
operator-commune-created = A comuna foi criada. Importe o mapa e o registo, e depois nomeie o primeiro administrador.
operator-commune-title = Comuna
operator-admin = Nomear um administrador
operator-admin-intro = O administrador recebe um e-mail com uma ligação para escolher uma palavra-passe. A ligação funciona durante sete dias.
operator-admin-button = Nomear o administrador
operator-admin-named = O administrador foi nomeado e vai receber um e-mail para escolher uma palavra-passe.
mail-admin-welcome-subject = É administrador { $article ->
     [o] do { $commune }
     [a] da { $commune }
     [os] dos { $commune }
     [as] das { $commune }
    *[none] de { $commune }
    } no Gemeng
mail-admin-welcome-body = Olá, { $name },

    agora é administrador { $article ->
         [o] do { $commune }
         [a] da { $commune }
         [os] dos { $commune }
         [as] das { $commune }
        *[none] de { $commune }
        } no Gemeng. Escolha a sua palavra-passe com esta ligação (funciona durante sete dias):

    { $link }

    Depois entre com o seu endereço de e-mail.
