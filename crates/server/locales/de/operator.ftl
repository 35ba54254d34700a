# Running the installation: the operators' pages and the first admin's e-mail.

operator-title = Gemeng betreiben
operator-login-title = Anmelden, um Gemeng zu betreiben
operator-login-intro = Für die Menschen, die diese Installation betreiben. Bewohner und Gemeindepersonal melden sich auf der Seite ihrer Gemeinde an.
operator-communes = Gemeinden
operator-no-commune = Es gibt noch keine Gemeinde.
operator-create = Eine Gemeinde anlegen
operator-commune-name = Name der Gemeinde
operator-commune-slug = Webadresse
operator-commune-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „hesper“: die Gemeinde ist dann unter /c/hesper.
operator-commune-language = Hauptsprache
operator-create-button = Die Gemeinde anlegen
operator-error-slug = Nur Kleinbuchstaben, Ziffern und Bindestriche.
operator-error-slug-taken = Eine andere Gemeinde hat diese Webadresse schon.
operator-error-name = Der Name braucht 2 bis 80 Zeichen.
operator-commune-created = Die Gemeinde ist angelegt. Importieren Sie ihre Karte und ihr Register und ernennen Sie dann ihren ersten Administrator.
operator-commune-title = Gemeinde
operator-admin = Einen Administrator ernennen
operator-admin-intro = Der Administrator erhält eine E-Mail mit einem Link, um ein Passwort zu wählen. Der Link gilt sieben Tage.
operator-admin-button = Den Administrator ernennen
operator-admin-named = Der Administrator wurde ernannt und erhält eine E-Mail, um ein Passwort zu wählen.
mail-admin-welcome-subject = Sie sind Administrator { $article ->
     [der] vom { $commune }
     [die] von der { $commune }
     [das] vom { $commune }
     [die-plural] von den { $commune }
    *[none] von { $commune }
    } auf Gemeng
mail-admin-welcome-body = Hallo { $name },

    Sie sind jetzt Administrator { $article ->
         [der] vom { $commune }
         [die] von der { $commune }
         [das] vom { $commune }
         [die-plural] von den { $commune }
        *[none] von { $commune }
        } auf Gemeng. Wählen Sie Ihr Passwort mit diesem Link (er gilt sieben Tage):

    { $link }

    Melden Sie sich danach mit Ihrer E-Mail-Adresse an.
