# Running the installation: the operators' pages and the first admin's e-mail.

operator-title = Gérer Gemeng
operator-login-title = Connexion pour gérer Gemeng
operator-login-intro = Pour les personnes qui gèrent cette installation. Les résidents et le personnel communal se connectent sur la page de leur commune.
operator-communes = Communes
operator-no-commune = Il n’y a pas encore de commune.
operator-create = Créer une commune
operator-commune-name = Nom de la commune
operator-commune-slug = Adresse web
operator-commune-slug-hint = Lettres minuscules, chiffres et tirets, par exemple « hesper » : la commune est alors à /c/hesper.
operator-commune-language = Langue principale
operator-create-button = Créer la commune
operator-error-slug = Utilisez seulement des lettres minuscules, des chiffres et des tirets.
operator-error-slug-taken = Une autre commune a déjà cette adresse web.
operator-error-name = Le nom doit avoir entre 2 et 80 caractères.
operator-commune-created = La commune est créée. Importez sa carte et son registre, puis nommez son premier administrateur.
operator-commune-title = Commune
operator-admin = Nommer un administrateur
operator-admin-intro = L’administrateur reçoit un e-mail avec un lien pour choisir un mot de passe. Le lien est valable sept jours.
operator-admin-button = Nommer l’administrateur
operator-admin-named = L’administrateur a été nommé et recevra un e-mail pour choisir un mot de passe.
mail-admin-welcome-subject = Vous êtes administrateur { $article ->
     [le] pour le { $commune }
     [la] pour la { $commune }
     [l] pour l’{ $commune }
     [les] pour les { $commune }
    *[none] pour { $commune }
    } sur Gemeng
mail-admin-welcome-body = Bonjour { $name },

    vous êtes maintenant administrateur { $article ->
         [le] pour le { $commune }
         [la] pour la { $commune }
         [l] pour l’{ $commune }
         [les] pour les { $commune }
        *[none] pour { $commune }
        } sur Gemeng. Choisissez votre mot de passe avec ce lien (valable sept jours) :

    { $link }

    Connectez-vous ensuite avec votre adresse e-mail.
