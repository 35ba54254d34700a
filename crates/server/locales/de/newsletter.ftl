# Der Newsletter der Gemeinde, für alle, ohne Konto.

newsletter-link = Die öffentlichen Mitteilungen per E-Mail erhalten
newsletter-title = Newsletter
newsletter-intro = Erhalten Sie die öffentlichen Mitteilungen der Gemeinde per E-Mail, in Ihrer Sprache. Sie brauchen kein Konto. Sie können sich jederzeit mit einem Klick abmelden.
newsletter-field-email = Ihre E-Mail-Adresse
newsletter-email-hint = Wir schicken einen Link an diese Adresse. Ihr Abonnement beginnt, wenn Sie ihn öffnen.
newsletter-field-language = Sprache der E-Mails
newsletter-subscribe = Abonnieren
newsletter-privacy = Wir speichern nur Ihre Adresse und Ihre Sprache, und nur für diesen Newsletter. Ohne Bestätigung innerhalb von zwei Tagen löschen wir sie.
newsletter-error-language = Wählen Sie eine der fünf Sprachen.
newsletter-done-check = Schauen Sie in Ihren Posteingang: Wir haben Ihnen einen Link zur Bestätigung geschickt. Wenn nichts kommt, schauen Sie im Spam-Ordner nach.
newsletter-done-stopped = Sie sind abgemeldet. Wir haben Ihre Adresse gelöscht.
newsletter-done-language = Die Sprache ist geändert.
newsletter-confirm-title = Abonnement bestätigen
newsletter-confirm-question = Möchten Sie die öffentlichen Mitteilungen der Gemeinde per E-Mail erhalten?
newsletter-confirm-button = Ja, abonnieren
newsletter-confirmed = Sie haben abonniert. Jede E-Mail enthält einen Link zum Abmelden.
newsletter-link-used = Dieser Link wurde schon benutzt: Sie haben abonniert.
newsletter-link-expired = Dieser Link ist zu alt. Abonnieren Sie noch einmal, um einen neuen zu erhalten.
newsletter-link-unknown = Dieser Link funktioniert nicht. Vielleicht hat ein neuerer ihn ersetzt: Nehmen Sie den Link aus der letzten E-Mail, oder abonnieren Sie noch einmal.
newsletter-stop-title = Abmelden
newsletter-stop-question = Den Newsletter nicht mehr an { $email } schicken?
newsletter-stop-button = Abmelden
newsletter-language-title = Oder die Sprache ändern
newsletter-language-button = Sprache ändern
newsletter-confirm-subject = Abonnement bestätigen: { $commune }
newsletter-confirm-body = Guten Tag,

    Jemand, vermutlich Sie, möchte an dieser Adresse die öffentlichen Mitteilungen der Gemeinde ({ $commune }) erhalten.

    Zum Bestätigen öffnen Sie diesen Link innerhalb von zwei Tagen und drücken Sie die Schaltfläche:
    { $link }

    Wenn Sie nichts angefragt haben, tun Sie nichts: Ohne Bestätigung löschen wir Ihre Adresse.
newsletter-already-subject = Sie haben abonniert: { $commune }
newsletter-already-body = Guten Tag,

    Jemand, vermutlich Sie, möchte diese Adresse für den Newsletter der Gemeinde ({ $commune }) anmelden. Sie ist schon angemeldet.

    Zum Abmelden oder um die Sprache zu ändern: { $link }
newsletter-footer = Sie erhalten diese E-Mail, weil Sie den Newsletter abonniert haben ({ $commune }). Mit einem Klick abmelden: { $stop }
