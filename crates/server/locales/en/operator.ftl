# Running the installation: the operators' pages and the first admin's e-mail.

operator-title = Running Gemeng
operator-login-title = Log in to run Gemeng
operator-login-intro = For the people who run this installation. Residents and commune staff log in on their commune's page.
operator-communes = Communes
operator-no-commune = There is no commune yet.
operator-create = Create a commune
operator-commune-name = Name of the commune
operator-commune-slug = Web address
operator-commune-slug-hint = Lower-case letters, digits and dashes, for example "hesper": the commune is then at /c/hesper.
operator-commune-language = Main language
operator-create-button = Create the commune
operator-error-slug = Use lower-case letters, digits and dashes only.
operator-error-slug-taken = Another commune already has this web address.
operator-error-name = The name needs 2 to 80 characters.
operator-commune-created = The commune is created. Import its map and register, then name its first administrator.
operator-commune-title = Commune
operator-admin = Name an administrator
operator-admin-intro = The administrator receives an e-mail with a link to choose a password. The link works for seven days.
operator-admin-button = Name the administrator
operator-admin-named = The administrator was named and will receive an e-mail to choose a password.
mail-admin-welcome-subject = You are an administrator { $article ->
     [the] of the { $commune }
    *[none] of { $commune }
    } on Gemeng
mail-admin-welcome-body = Hello { $name },

    you are now an administrator { $article ->
         [the] of the { $commune }
        *[none] of { $commune }
        } on Gemeng. Choose your password with this link (it works for seven days):

    { $link }

    Then log in with your e-mail address.
