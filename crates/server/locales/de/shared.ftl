# What every page shares: the site, navigation, reader preferences, errors and common fields.

# Gemeng — Deutsch. Einfache Sprache: kurze Sätze, alltägliche Wörter.
# Jede Nachricht hier muss es auch in en, lb, fr und pt geben (ein Test prüft das).
site-name = Gemeng
language-name = Deutsch
skip-to-content = Direkt zum Hauptinhalt
nav-label = Hauptmenü
nav-commune = Gemeinde
nav-neighbourhood = Mein Viertel
nav-staff = Verwaltung
nav-account = Mein Konto
nav-login = Anmelden
nav-logout = Abmelden
nav-signup = Registrieren
language-label = Sprache
language-apply = Ändern
display-large-text = Größere Schrift
display-high-contrast = Hoher Kontrast
footer-text = Gemeng verbindet die Gemeinde und die Nachbarn. Ihre genaue Adresse sehen andere nie.
field-display-name = Ihr Name
field-display-name-hint = So sehen Ihre Nachbarn Sie. Ein Vorname genügt.
field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-password-hint = Mindestens 8 Zeichen. Ein Satz, den Sie sich gut merken können, ist ein gutes Passwort.
field-language = Sprache für E-Mails und Seiten
field-code = Code
field-code-hint = 12 Buchstaben und Zahlen, zum Beispiel ACDE-FGHJ-KMNP. Leerzeichen und kleine Buchstaben sind kein Problem.
## Meldungen zu Eingaben
error-control-characters = Hier stehen unsichtbare Zeichen, oft vom Kopieren und Einfügen. Bitte tippen Sie den Text neu ein.
error-email-required = Geben Sie Ihre E-Mail-Adresse ein.
error-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.lu ein.
error-email-taken = Es gibt schon ein Konto mit dieser E-Mail-Adresse. Melden Sie sich an, oder setzen Sie Ihr Passwort zurück.
error-password-too-short = Das Passwort braucht mindestens 8 Zeichen.
error-password-too-long = Das Passwort darf höchstens 256 Zeichen haben.
error-password-common = Dieses Passwort wird zu oft benutzt und ist leicht zu erraten. Wählen Sie ein anderes.
error-password-context = Das Passwort darf nicht Ihr Name oder Ihre E-Mail-Adresse sein.
error-name-too-short = Ihr Name braucht mindestens 2 Zeichen.
error-name-too-long = Ihr Name darf höchstens 60 Zeichen haben.
error-guidelines-required = Bitte akzeptieren Sie die Regeln, um mitzumachen.
error-address-required = Wählen Sie Ihre Adresse aus der Liste.
error-address-unknown = Diese Adresse steht nicht im Register der Gemeinde.
error-address-outside = Diese Adresse liegt in keinem Viertel der Gemeinde. Bitte wenden Sie sich an die Gemeinde.
error-query-too-long = Der Suchtext darf höchstens 120 Zeichen haben.
error-language-unknown = Diese Sprache gibt es hier nicht.
## Fehlerseiten
error-back-home = Zurück zur Startseite
error-not-found-title = Seite nicht gefunden
error-not-found-detail = Diese Seite gibt es nicht, oder Sie dürfen sie nicht sehen.
error-login-title = Bitte melden Sie sich an
error-login-detail = Sie müssen sich anmelden, um diese Seite zu sehen.
error-email-first-title = Bestätigen Sie zuerst Ihre E-Mail-Adresse
error-email-first-detail = Bei der Anmeldung haben wir Ihnen eine E-Mail mit einem Link geschickt. Tippen Sie zuerst auf diesen Link; danach können Sie hier den Code aus dem Brief oder von einem Nachbarn eingeben. Keine E-Mail? Auf Ihrer Kontoseite können Sie eine neue anfordern.
error-verification-title = Wir müssen noch prüfen, ob Sie hier wohnen
error-verification-detail = Diese Seite ist für Einwohner mit geprüftem Wohnsitz. Geben Sie auf Ihrer Kontoseite den Code aus dem Brief der Gemeinde oder von einem Nachbarn ein.
error-forbidden-title = Nicht erlaubt
error-forbidden-detail = Sie dürfen diese Seite nicht öffnen.
error-bad-request-title = Das hat nicht funktioniert
error-form-malformed = Das Formular wurde nicht richtig gesendet. Bitte gehen Sie zurück und versuchen Sie es noch einmal.
error-form-too-large = Die Datei oder der Text ist zu groß.
error-json-malformed = Der Inhalt der Anfrage ist nicht das erwartete JSON.
error-csrf = Diese Seite war zu lange offen. Laden Sie sie neu und füllen Sie das Formular noch einmal aus.
error-method-not-allowed = Das geht auf dieser Seite nicht. Bitte gehen Sie zurück und versuchen Sie es noch einmal.
error-unsupported-media-type = Diese Art von Inhalt wird hier nicht angenommen.
error-invalid-title = Einige Felder sind nicht gültig
error-invalid-detail = Bitte korrigieren Sie die genannten Felder.
error-conflict-title = Das geht im Moment nicht
error-rate-limit-title = Zu viele Versuche
error-rate-limit-detail = Bitte warten Sie ein paar Minuten und versuchen Sie es dann noch einmal.
error-busy-title = Bitte versuchen Sie es gleich noch einmal
error-busy-detail = Gerade melden sich viele Menschen an. Warten Sie einige Sekunden, gehen Sie zurück und senden Sie das Formular erneut.
error-internal-title = Bei uns ist etwas schiefgegangen
error-internal-detail = Bitte versuchen Sie es gleich noch einmal. Wenn es wieder passiert, wenden Sie sich an die Gemeinde.
error-timeout = Das hat zu lange gedauert. Bitte versuchen Sie es noch einmal.
## E-Mails
mail-signature = Gemeng, die Plattform für die Nachbarn in Ihrer Gemeinde
## Unsichtbare Zeichen, E-Mail-Adressen und Prüfung der Karten
error-name-invisible = Ihr Name enthält unsichtbare Zeichen oder Zeichen, die die Schreibrichtung umkehren. Schreiben Sie ihn nur mit sichtbaren Buchstaben.
error-email-ascii = Eine E-Mail-Adresse darf nur lateinische Buchstaben ohne Akzente, Umlaute oder ß, Ziffern und . _ - + enthalten (wie name@example.lu).
list-next-page = Nächste Seite
error-page-size = Fragen Sie 1 bis 200 Einträge auf einmal ab.
## The name on the letterbox
field-full-name = Ihr vollständiger Name
field-full-name-hint = Wie auf Ihrem Briefkasten. Nur die Gemeinde sieht ihn: Er steht auf dem Brief, den wir Ihnen schicken.
field-address-extra = Wohnung oder Stockwerk (freiwillig)
field-address-extra-hint = Zum Beispiel: 2. Stock, Wohnung 4. Damit der Brief Sie erreicht.
error-full-name-too-short = Ihr vollständiger Name braucht mindestens 2 Zeichen.
error-full-name-too-long = Ihr vollständiger Name darf höchstens 120 Zeichen haben.
error-address-extra-too-long = Hier sind höchstens 60 Zeichen möglich.

## Hochgeladene Bilder
image-error-no-file = Wählen Sie ein Bild zum Hochladen.
image-error-not-image = Diese Datei ist kein Bild, das Gemeng lesen kann: Verwenden Sie eine PNG- oder JPEG-Datei.
image-error-unreadable = Dieses Bild ist beschädigt oder unvollständig: Versuchen Sie eine andere Datei.
image-error-too-large = Dieses Bild ist zu groß: höchstens 8.000 Pixel pro Seite.
image-error-busy = Gerade werden viele Bilder hochgeladen. Versuchen Sie es in einer Minute noch einmal.

## Where the commune's desk is
desk-title = Der Schalter der Gemeinde
desk-address = Adresse
nav-timebank = Zeitbank
nav-messages = Nachrichten
nav-messages-unread = { $count ->
    [one] ungelesene Nachricht
   *[other] ungelesene Nachrichten
}
footer-guidelines = Regeln für das Miteinander

nav-organised = Unsere Aktivitäten
