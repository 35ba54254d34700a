# Membership: accounts, residence, staff decisions, roles, imports, your data and sessions.

## Formulare und Felder
form-has-errors = Bitte korrigieren Sie die markierten Felder unten.
## Registrierung
signup-title = Registrieren
signup-intro = Die Registrierung hat drei Schritte: Sie suchen Ihre Adresse, Sie sagen uns etwas über sich, dann zeigen Sie, dass Sie dort wohnen.
signup-step-address = 1. Adresse suchen
signup-address-search = Straße und Hausnummer
signup-address-hint = Zum Beispiel: Avenue de la Liberté 12
signup-address-button = Suchen
signup-address-none = Keine Adresse gefunden. Prüfen Sie die Schreibweise, oder geben Sie nur den Straßennamen ein.
signup-step-choose = 2. Adresse wählen
signup-address-first = Suchen Sie zuerst Ihre Adresse.
signup-step-you = 3. Über Sie
signup-submit = Registrieren
signup-done-title = Fast fertig
signup-done-email = Wir haben eine E-Mail an { $email } geschickt.
signup-done-next = So geht es weiter
signup-done-step-email = Öffnen Sie die E-Mail und klicken Sie auf den Link. So bestätigen Sie Ihre E-Mail-Adresse.
signup-done-step-residence = Zeigen Sie, dass Sie an Ihrer Adresse wohnen. Dafür gibt es drei Wege:
guidelines-title = So gehen wir miteinander um
guidelines-kind = Seien Sie freundlich und höflich, auch wenn Sie anderer Meinung sind.
guidelines-real = Verwenden Sie Ihren echten Namen und Ihre echte Adresse.
guidelines-private = Achten Sie die Privatsphäre: Erzählen Sie nicht weiter, was Nachbarn Ihnen im Vertrauen sagen.
guidelines-no-selling = Keine Werbung und kein Verkauf, um Geld zu verdienen.
guidelines-report = Melden Sie Beiträge, die gegen diese Regeln verstoßen. Moderatoren sehen sie sich dann an.
guidelines-accept = Ich akzeptiere diese Regeln.
## E-Mail-Bestätigung
confirm-title = Bestätigen Sie Ihre E-Mail-Adresse
confirm-text = Drücken Sie auf den Knopf, um Ihre E-Mail-Adresse zu bestätigen.
confirm-button = Bestätigen
confirm-invalid = Dieser Link funktioniert nicht mehr. Vielleicht ist er alt oder wurde schon benutzt. Melden Sie sich an, dann bekommen Sie einen neuen.
## Anmelden und Passwort
login-title = Anmelden
login-submit = Anmelden
login-error = Die E-Mail-Adresse oder das Passwort ist nicht richtig.
login-forgot = Passwort vergessen?
login-no-account = Noch kein Konto?
login-notice-confirmed = Ihre E-Mail-Adresse ist bestätigt. Bitte melden Sie sich an.
login-notice-reset = Ihr neues Passwort ist gespeichert. Bitte melden Sie sich an.
login-notice-logged-out = Sie sind abgemeldet.
forgot-title = Passwort vergessen
forgot-text = Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Link. Damit können Sie ein neues Passwort wählen.
forgot-submit = Link schicken
forgot-sent = Gehört zu dieser E-Mail-Adresse ein Konto? Dann haben wir einen Link dorthin geschickt. Der Link gilt eine Stunde lang.
reset-title = Neues Passwort wählen
reset-submit = Neues Passwort speichern
reset-invalid = Dieser Link funktioniert nicht mehr. Vielleicht ist er älter als eine Stunde oder wurde schon benutzt.
## Konto
me-title = Mein Konto
me-address = Adresse
me-address-private = nur Sie und das Personal der Gemeinde sehen das
me-neighbourhood = Viertel
me-role = Rolle
me-status = Status
me-confirm-title = Bestätigen Sie Ihre E-Mail-Adresse
me-confirm-text = Wir haben Ihnen einen Link per E-Mail geschickt. Ist er nicht angekommen? Sehen Sie im Spam-Ordner nach, oder fordern Sie einen neuen an.
me-confirm-resend = Link noch einmal schicken
me-confirm-sent = Wir haben einen neuen Link geschickt. Ältere Links funktionieren nicht mehr.
status-email-unconfirmed = E-Mail-Adresse noch nicht bestätigt
status-pending = Wir müssen noch prüfen, ob Sie hier wohnen.
status-verified = Wohnsitz geprüft
status-refused = Wir konnten nicht feststellen, dass Sie an dieser Adresse wohnen. Bitte wenden Sie sich an die Gemeinde.
status-staff = Arbeitet für die Gemeinde
role-resident = Einwohner
role-moderator = Moderator des Viertels
role-staff = Personal der Gemeinde
role-admin = Administrator der Gemeinde
role-operator = Betreiber
## Wohnsitz nachweisen
verify-title = Wohnsitz nachweisen
verify-intro = Wir prüfen, ob Sie an Ihrer Adresse wohnen. So kommen nur echte Nachbarn in Ihr Viertel.
verify-ways = Dafür gibt es drei Wege:
verify-way-letter = mit dem Code aus dem Brief, den die Gemeinde an Ihre Adresse schickt,
verify-way-invitation = mit einem Code von einem Nachbarn, dessen Wohnsitz schon geprüft ist,
verify-letter-wait = { $days ->
    [one] Zuletzt wurden die Briefe innerhalb eines Tages nach der Anmeldung gedruckt und dann verschickt.
   *[other] Zuletzt wurden die Briefe innerhalb von { $days } Tagen nach der Anmeldung gedruckt und dann verschickt.
}
verify-way-staff = oder in der Gemeindeverwaltung: Dort kann das Personal Ihren Wohnsitz prüfen.
verify-submit = Code prüfen
verify-error-format = Das ist kein Code. Ein Code hat 12 Buchstaben und Zahlen.
verify-error-unknown = Diesen Code kennen wir nicht. Prüfen Sie ihn und versuchen Sie es noch einmal.
verify-error-expired = Dieser Code ist zu alt. Fragen Sie nach einem neuen.
verify-error-used = Dieser Code wurde schon benutzt.
verify-error-other-neighbourhood = Diese Einladung ist für ein anderes Viertel. Nur Nachbarn aus Ihrem eigenen Viertel können Sie einladen.
verify-error-inviter = Der Nachbar, der Ihnen diesen Code gegeben hat, wohnt nicht mehr in Ihrem Viertel, deshalb gilt der Code nicht mehr. Fragen Sie einen anderen Nachbarn oder warten Sie auf den Brief der Gemeinde.
verify-error-not-pending = Ihr Wohnsitz muss nicht geprüft werden.
verified-title = Willkommen in der Nachbarschaft!
verified-text = Sie gehören jetzt zum Viertel { $neighbourhood }.
## Einladungen
invite-title = Einen Nachbarn einladen
invite-text = Möchte ein Nachbar mitmachen? Erstellen Sie einen Code und geben Sie ihn weiter. Er gilt nur einmal, 14 Tage lang und nur in Ihrem Viertel.
invite-button = Code erstellen
invite-new-code = Hier ist der Code. Schreiben Sie ihn auf und geben Sie ihn Ihrem Nachbarn:
invite-error-too-many = Sie haben 5 Codes, die noch nicht benutzt sind. Warten Sie, bis sie benutzt oder zu alt sind.
invite-list = Ihre Codes
invite-created = Datum
invite-code = Code
invite-state = Stand
invite-used = Benutzt
invite-expired = Zu alt
invite-open-until = Gültig bis { $date }
## Personal
staff-title = Verwaltung
staff-tools = Werkzeuge für das Personal
staff-neighbourhood-count = { $count ->
    [one] Ein Viertel
   *[other] { $count } Viertel
}
staff-address-count = { $count ->
    [one] Eine Adresse im Register
   *[other] { $count } Adressen im Register
}
staff-pending-count = { $count ->
    [one] Ein Einwohner wartet auf die Prüfung
   *[other] { $count } Einwohner warten auf die Prüfung
}
pending-title = Einwohner, die auf die Prüfung warten
pending-none = Niemand wartet.
pending-caption = Prüfen Sie die Adresse jeder Person. Nehmen Sie die Person dann an oder lehnen Sie sie ab.
pending-since = Datum
pending-decision = Entscheidung
pending-email-unconfirmed = E-Mail noch nicht bestätigt
pending-approve = { $name } annehmen
pending-refuse = { $name } ablehnen
pending-approved = Die Person ist angenommen.
pending-letter-printed = Brief gedruckt am { $date }
pending-new-letter = Der Brief an { $name } ging verloren: einen neuen drucken
pending-letter-voided = Der alte Brief funktioniert nicht mehr. Wenn Sie das nächste Mal Briefe erstellen, ist ein neuer dabei.
pending-refused = Die Person ist abgelehnt.
letters-title = Briefe zum Wohnsitznachweis
letters-waiting = { $count ->
    [0] Kein Einwohner wartet auf einen Brief.
    [one] Ein Einwohner wartet auf einen Brief.
   *[other] { $count } Einwohner warten auf einen Brief.
}
letters-once = Die Codes sind nur einmal zu sehen, auf der Seite, die sich öffnet. Drucken Sie die Seite sofort aus.
letters-print = Briefe erstellen
letters-printed = { $count ->
    [0] Es gibt keinen Brief zum Drucken.
    [one] Ein Brief ist fertig. Drucken Sie diese Seite aus.
   *[other] { $count } Briefe sind fertig. Drucken Sie diese Seite aus: Jeder Brief kommt auf ein eigenes Blatt.
}
letters-print-hint = Benutzen Sie den Befehl „Drucken“ in Ihrem Browser. Wenn Sie die Briefe noch einmal erstellen, gibt es neue Codes. Die alten funktionieren dann nicht mehr.
letter-heading = Ihr Code, um Ihren Wohnsitz nachzuweisen
letter-greeting = Guten Tag { $name },
letter-body = Sie haben sich bei Gemeng angemeldet, der Plattform für die Nachbarn der Gemeinde { $commune }. Die Nachbarn müssen sicher sein, dass alle wirklich in der Nähe wohnen. Darum schickt die Gemeinde diesen Code per Post an die Adresse, die Sie angegeben haben: Nur wer dort wohnt, bekommt ihn.
letter-step-open = Öffnen Sie { $url }
letter-step-login = Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.
letter-step-enter = Geben Sie den Code von oben ein und drücken Sie auf „Code prüfen“.
letter-steps-title = Was Sie mit dem Code tun
letter-label-date = Datum
letter-label-reference = Zeichen
letter-label-phone = Telefon
letter-label-email = E-Mail
letter-label-hours = Öffnungszeiten
letter-label-code = Ihr Code
letter-contact = Fragen? Rufen Sie { $phone } an oder kommen Sie mit diesem Brief ins Rathaus.
letter-contact-desk = Fragen? Kommen Sie mit diesem Brief ins Rathaus.
letter-expiry = Dieser Code gilt bis { $date } und nur einmal.
## Import
import-title = Karte und Adressregister
import-neighbourhoods = Viertel (GeoJSON)
import-neighbourhoods-hint = Eine GeoJSON-FeatureCollection aus Polygonen, jedes mit einem "name". Ein Viertel mit demselben Namen wird aktualisiert.
import-addresses = Adressregister (CSV)
import-addresses-hint = Spalten: street, number, postcode, locality, lat, lon. Eine Adresse, die es schon gibt, wird aktualisiert.
import-file = Datei
import-submit = Importieren
import-refused = Es wurde nichts importiert
import-neighbourhoods-done = { $created ->
        [one] Ein Viertel erstellt
       *[other] { $created } Viertel erstellt
    }, { $updated } aktualisiert. { $outside ->
        [0] Jede Adresse liegt in einem Viertel.
        [one] Eine Adresse liegt in keinem Viertel.
       *[other] { $outside } Adressen liegen in keinem Viertel.
    }
import-addresses-done = { $rows ->
        [one] Eine Adresse importiert.
       *[other] { $rows } Adressen importiert.
    } { $outside ->
        [0] Jede liegt in einem Viertel.
        [one] Eine liegt in keinem Viertel.
       *[other] { $outside } liegen in keinem Viertel.
    }
import-problem-row = Zeile { $line }: { $reason } { $detail }
import-problem-feature = Element { $feature }: { $reason } { $detail }
import-problem-overlap = „{ $first }“ und „{ $second }“ überschneiden sich.
import-error-csv = Die Datei ist keine gültige CSV-Datei.
import-error-missing-column = Eine Spalte fehlt:
import-error-missing-value = Ein Wert fehlt:
import-error-bad-value = Ein Wert ist zu lang oder enthält Steuerzeichen:
import-error-bad-coordinate = Eine Koordinate ist keine gültige Zahl:
import-error-duplicate-address = Diese Adresse kommt zweimal vor:
import-error-empty = Die Datei enthält nichts zum Importieren.
import-error-too-many-rows = Die Datei hat zu viele Zeilen. Das Maximum ist:
import-error-geojson = Die Datei ist kein gültiges GeoJSON.
import-error-not-feature-collection = Die Datei muss eine GeoJSON-FeatureCollection sein.
import-error-feature-name = Ein Element hat keine brauchbare Eigenschaft "name".
import-error-duplicate-name = Zwei Elemente haben denselben Namen:
import-error-feature-geometry = Ein Element ist weder Polygon noch MultiPolygon:
import-error-ring-too-short = Ein Ring eines Polygons hat weniger als 3 Ecken:
import-error-shape-too-large = Eine Form hat zu viele Punkte:
import-error-no-file = Wählen Sie eine Datei zum Importieren.
## Rollen
roles-title = Rollen
roles-intro = Ernennen Sie Moderatoren für die Viertel und Personal der Gemeinde. Ein Moderator muss ein Einwohner mit geprüftem Wohnsitz sein.
roles-caption = Personen der Gemeinde
roles-for = Rolle von { $name }
roles-save = Speichern
roles-saved = Die Rolle ist gespeichert.
roles-error-self = Sie können Ihre eigene Rolle nicht ändern.
roles-error-changed = Jemand hat die Rolle dieser Person inzwischen geändert. Sehen Sie sich die Liste noch einmal an.
roles-error-moderator-needs-member = Nur ein Einwohner des Viertels mit geprüftem Wohnsitz kann Moderator dieses Viertels sein.
roles-error-resident-needs-address = Diese Person hat keine Adresse im Register. Deshalb kann sie kein Einwohner sein.
mail-confirm-subject = { $commune }: Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-confirm-body =
    Guten Tag { $name },

    danke, dass Sie sich bei Gemeng { $article ->
         [der] im { $commune }
         [die] in der { $commune }
         [das] im { $commune }
         [die-plural] in den { $commune }
        *[none] in { $commune }
        } registriert haben.
    Bitte öffnen Sie diesen Link, um Ihre E-Mail-Adresse zu bestätigen:

    { $link }

    Der Link gilt 3 Tage lang. Haben Sie sich nicht registriert? Dann können Sie diese E-Mail einfach löschen.
mail-reset-subject = { $commune }: Neues Passwort wählen
mail-reset-body =
    Guten Tag { $name },

    jemand möchte das Passwort Ihres Gemeng-Kontos { $article ->
         [der] im { $commune }
         [die] in der { $commune }
         [das] im { $commune }
         [die-plural] in den { $commune }
        *[none] in { $commune }
        } ändern.
    Öffnen Sie diesen Link innerhalb einer Stunde, um ein neues Passwort zu wählen:

    { $link }

    Waren Sie das nicht? Dann beachten Sie diese E-Mail nicht. Ihr Passwort bleibt gleich.
import-error-name-invisible = Ein Name enthält unsichtbare Zeichen oder Zeichen, die die Schreibrichtung ändern:
import-error-ring-not-closed = Ein Ring eines Polygons endet nicht an seinem ersten Punkt:
import-error-zero-area = Ein Polygon oder einer seiner Ringe hat keine Fläche:
import-error-self-intersecting = Der Rand eines Polygons kreuzt oder berührt sich selbst:
import-error-shape-too-complex = Eine Form ist zu verwickelt, um sie zu prüfen. Vereinfachen Sie sie:
undelivered-title = E-Mails, die nicht zugestellt werden konnten
undelivered-intro = Diese Nachrichten wurden nach zwei Tagen Versuchen aufgegeben. Kontaktieren Sie die Person auf anderem Weg, zum Beispiel per Post oder Telefon, und prüfen Sie mit ihr ihre E-Mail-Adresse.
undelivered-caption = Nicht zugestellte E-Mails, die neuesten zuerst
undelivered-recipient = An
undelivered-subject = Betreff
undelivered-when = Datum
data-title = Ihre Daten
data-intro = Alles, was Gemeng über Sie speichert, steht auf dieser Seite. Sie können es als Datei herunterladen und aufbewahren oder Ihr Konto löschen.
data-download = Alles herunterladen (JSON-Datei)
data-account = Ihr Konto
data-sessions = Wo Sie angemeldet sind
data-trusted-browsers = Browser, die sich bei Ihrem Konto anmelden dürfen
data-email-links = Links, die Ihnen per E-Mail geschickt wurden
data-residence-letters = Wohnsitzbriefe an Sie
data-codes-given = Einladungscodes, die Sie Nachbarn gegeben haben
data-posts = Ihre Beiträge
data-comments = Ihre Antworten auf Beiträge
data-thanks = Dankeschöns, die Sie gegeben haben
data-posts-hidden = Beiträge, die Sie als Moderator ausgeblendet haben
data-comments-hidden = Antworten, die Sie als Moderator ausgeblendet haben
data-codes-used = Codes, mit denen Sie Ihren Wohnsitz nachgewiesen haben
data-letter-batches = Wohnsitzbriefe, die Sie gedruckt haben (Personal)
data-residents-verified = Einwohner, deren Wohnsitz Sie geprüft haben (Personal)
data-decisions-taken = Entscheidungen, die Sie getroffen haben (Personal)
data-decisions-about-you = Entscheidungen über Ihr Konto
data-emails = E-Mails an Sie
data-time-bank-account = Ihr Zeitbank-Konto (Saldo und Eröffnungsdatum)
data-time-bank-listings = Ihre Angebote und Gesuche in der Zeitbank
data-consultation-answers = Ihre Antworten auf namentliche Umfragen der Gemeinde
data-consultation-participation = Die anonymen Umfragen, an denen Sie teilgenommen haben (Ihre Antworten sind nicht mit Ihnen verknüpft)
data-consultations-written = Umfragen, die Sie für die Gemeinde vorbereitet haben
data-announcements-read = Die Mitteilungen der Gemeinde, die Sie geöffnet haben, und wann
data-announcements-written = Mitteilungen, die Sie für die Gemeinde geschrieben haben
data-consultation-answer-forms = Die Befragungen, an die Sie Antworten geschickt haben (nur gespeichert, um ein doppelt gesendetes Formular zu erkennen)
data-service-threads = Die Gespräche, die Sie mit den Diensten der Gemeinde begonnen haben, mit Betreff und Stand
data-service-messages = Nachrichten, die Sie in Gesprächen mit den Diensten der Gemeinde geschrieben haben
data-service-threads-assigned = Gespräche mit den Diensten der Gemeinde, die Ihnen zugewiesen sind
data-newsletter = Die Newsletter von Gemeinden, die Ihre Adresse abonniert hat
data-time-bank-recorded = Zeitbank-Buchungen, die Sie als Koordination erfasst haben
data-field-email = E-Mail-Adresse
data-field-display-name = Name, den Nachbarn sehen
data-field-language = Sprache
data-field-role = Rolle
data-field-residence = Wohnsitz
data-field-verification-method = Wie der Wohnsitz nachgewiesen wurde
data-field-verified-at = Wohnsitz nachgewiesen am
data-field-email-confirmed-at = E-Mail bestätigt am
data-field-created-at = Erstellt am
data-field-address = Adresse
data-field-kind = Art
data-field-device = Gerät
data-field-last-seen-at = Zuletzt benutzt am
data-field-expires-at = Gültig bis
data-field-last-used-at = Zuletzt benutzt am
data-field-purpose = Zweck
data-field-used-at = Benutzt am
data-field-letters = Briefe
data-field-action = Was getan wurde
data-field-detail = Einzelheit
data-field-at = Am
data-field-subject = Betreff
data-field-sent-at = Gesendet am
data-field-failed-at = Aufgegeben am
data-erase-title = Ihr Konto löschen
data-erase-text = Damit werden Ihr Konto und alles auf dieser Seite endgültig gelöscht. Was Ihre Nachbarn brauchen, funktioniert weiter (ein Einladungscode, den ein Nachbar schon benutzt hat, bleibt für ihn gültig), aber nichts davon verweist mehr auf Sie. Das lässt sich nicht rückgängig machen.
data-erase-password = Ihr Passwort, zur Bestätigung
data-erase-button = Mein Konto endgültig löschen
data-erase-wrong-password = Das ist nicht Ihr Passwort. Es wurde nichts gelöscht.
sessions-title = Wo Sie angemeldet sind
sessions-intro = Diese Browser und Apps sind bei Ihrem Konto angemeldet. Wenn Sie einen nicht kennen, beenden Sie ihn und ändern Sie Ihr Passwort.
sessions-device = Gerät
sessions-device-unknown = Unbekanntes Gerät
sessions-app = App
sessions-since = Angemeldet am
sessions-last-used = Zuletzt benutzt am
sessions-this-one = Das ist der Browser, den Sie gerade benutzen.
sessions-end = Diese Sitzung beenden
sessions-end-others = Überall sonst abmelden
sessions-ended = Die Sitzung wurde beendet.
sessions-others-ended = Sie sind jetzt überall abgemeldet, außer hier.
roles-search = Eine Person nach Name oder E-Mail suchen
roles-search-button = Suchen
roles-none = Niemand passt zu dieser Suche.
import-running = Der Import läuft noch. Große Register brauchen ein bis zwei Minuten.
import-check-again = Noch einmal nachsehen
import-interrupted = Dieser Import wurde vor dem Ende unterbrochen; nichts davon wurde geschrieben. Importieren Sie die Datei noch einmal.
import-error-busy = Ein anderer Import dieser Gemeinde läuft noch. Warten Sie, bis er fertig ist.
data-imports-started = Importe, die Sie gestartet haben (Personal)
data-field-outcome = Ergebnis
## Staff tables and undoing a decision
staff-col-name = Name
staff-col-address = Wohnadresse
staff-col-neighbourhood = Viertel
staff-col-role = Rolle
roles-fixed = Nur die Verwaltung mit Administratorrechten kann diese Rolle ändern.
roles-yourself = Das sind Sie: Eine andere Person mit Administratorrechten kann Ihre Rolle ändern.
pending-undo = Rückgängig machen
pending-undo-hint = Sie können das 10 Minuten lang rückgängig machen.
pending-undone = Die Entscheidung ist rückgängig gemacht. Die Person wartet wieder.
pending-undo-too-late = Diese Entscheidung kann nicht mehr rückgängig gemacht werden: Sie ist älter als 10 Minuten oder war nicht Ihre.
## A resident's progress
progress-title = Ihr Weg ins Viertel
progress-account = Konto erstellt
progress-email = E-Mail-Adresse bestätigt
progress-residence = Wohnsitz nachgewiesen
progress-residence-detail = Geben Sie den Code aus dem Brief der Gemeinde oder von einem Nachbarn auf der Seite „Wohnsitz nachweisen“ ein.
progress-first-post = Schreiben Sie Ihren ersten Beitrag
progress-first-post-detail = Sagen Sie Hallo, bieten Sie Hilfe an, verleihen Sie Werkzeug oder bitten Sie in Ihrem Viertel um Hilfe.
verify-email-confirmed = Ihre E-Mail-Adresse ist bestätigt. Ein Schritt fehlt noch: Weisen Sie nach, dass Sie hier wohnen.
data-field-audience = Publikum
data-field-title = Titel
data-field-body = Text
data-field-state = Stand
data-field-edited-at = Geändert am
data-field-deleted-at = Gelöscht am
data-field-hidden-at = Ausgeblendet am
data-field-hidden-reason = Grund des Ausblendens
data-field-post-id = Beitrag
data-field-full-name = Name auf dem Briefkasten
data-field-address-extra = Wohnung oder Stockwerk
## E-mails at each step, and refusing
mail-approved-subject = { $commune }: Ihr Wohnsitz ist geprüft
mail-approved-body =
    Guten Tag { $name },

    Die Gemeinde hat Ihre Adresse geprüft: Ihr Wohnsitz ist bestätigt.
    Ihr Viertel auf Gemeng steht Ihnen jetzt offen:

    { $link }

    Willkommen, und bis bald bei Ihren Nachbarn.
mail-refused-subject = { $commune }: Wir konnten Ihren Wohnsitz nicht bestätigen
mail-refused-body =
    Guten Tag { $name },

    Die Gemeinde konnte nicht bestätigen, dass Sie an der angegebenen Adresse wohnen.
    Grund: { $reason }

    Wenn das ein Irrtum ist, wenden Sie sich bitte an das Rathaus:
    { $contact }
mail-refused-no-reason = Es wurde kein Grund angegeben.
refuse-title = Diesen Wohnsitz ablehnen?
refuse-explain = Die Person bekommt eine E-Mail, dass die Gemeinde ihre Adresse nicht bestätigen konnte, mit Ihrem Grund. Sie können die Entscheidung 10 Minuten lang rückgängig machen.
refuse-reason = Grund (freiwillig)
refuse-reason-hint = In einfachen Worten, zum Beispiel: Unter dieser Adresse wohnt niemand mit diesem Namen.
refuse-cancel = Zurück, ohne abzulehnen
mail-letter-subject = { $commune }: Ihr Brief ist unterwegs
mail-letter-body =
    Guten Tag { $name },

    Die Gemeinde hat Ihren Brief am { $date } gedruckt. Er kommt in den nächsten Tagen mit der Post zu Ihrer Adresse.
    Wenn er ankommt, öffnen Sie diese Seite und geben Sie den Code aus dem Brief ein:

    { $link }
mail-invitation-used-subject = { $commune }: Ihre Einladung wurde benutzt
mail-invitation-used-body =
    Guten Tag { $name },

    Jemand aus der Nachbarschaft hat Ihre Einladung benutzt und ist jetzt in Ihrem Viertel: { $newcomer }.
mail-contact-phone = Telefon: { $phone }
mail-contact-email = E-Mail: { $email }
mail-contact-hours = Öffnungszeiten: { $hours }
data-blocks = Personen, die Sie blockiert haben
data-blocked-by = Wie oft jemand Sie blockiert hat (nie wer)
data-conversations = Ihre Gespräche
data-messages = Nachrichten, die Sie gesendet haben
data-messages-hidden = Nachrichten, die Sie als Mitarbeitende ausgeblendet haben
data-reports = Meldungen, die Sie gemacht haben
data-reports-judged = Meldungen, über die Sie als Moderator entschieden haben
data-notice-settings = Ihre Auswahl der E-Mail-Hinweise
data-notice-link = Dass Sie einen Abbestell-Link haben (sein Geheimnis wird nicht gezeigt)
data-digest = Ihre tägliche Zusammenfassung
data-field-id = Nummer
data-field-high-id = Die andere Person (Nummer)
data-field-low-id = Die andere Person (Nummer)
data-field-blocked-id = Blockierte Person (Nummer)
data-field-balance = Saldo in Minuten
data-field-opened-at = Eröffnet am
data-field-category = Kategorie
data-field-minutes = Minuten
data-field-amount = Minuten
data-field-memo = Beschreibung
data-field-thread-id = Gespräch (Nummer)
data-field-service-id = Dienst (Nummer)
data-field-commune-id = Gemeinde (Nummer)
data-field-confirmed-at = Bestätigt am
data-field-item-type = Was
data-field-item-id = Welches (Nummer)
data-field-reason = Grund
data-field-details = Einzelheiten
data-field-closed-at = Entschieden am
data-field-topic = Worüber
data-field-frequency = Wie oft
data-field-user-id = Konto (Nummer)

## Veranstalterkonten: Konten von Vereinen, die das Personal anlegt.
role-organiser = Veranstalter (Verein)
status-organiser = Organisiert Aktivitäten für die Gemeinde
organisers-title = Veranstalterkonten
organisers-intro = Ein Verein, ein Club oder ein Ministerium, das hier eine Veranstaltung ausrichtet, erhält ein Veranstalterkonto: Es veröffentlicht Aktivitäten für die ganze Gemeinde oder für alle und sieht, wer sich angemeldet hat. Es hat kein Viertel, keine Nachrichten und keine Zeitbank.
organisers-none = Noch kein Veranstalterkonto.
organisers-caption = Die Veranstalterkonten der Gemeinde
organisers-col-name = Organisation
organisers-col-email = E-Mail-Adresse
organisers-col-created = Angelegt
organisers-col-activities = Aktivitäten
organisers-col-actions = Konto
organisers-close-link = Konto schließen: { $name }
organisers-new = Ein Veranstalterkonto anlegen
organisers-new-hint = Die Organisation erhält eine E-Mail in der gewählten Sprache mit einem Link, um ein Passwort zu wählen. Der Link gilt sieben Tage.
organisers-field-name = Name der Organisation
organisers-field-language = Sprache ihrer E-Mails
organisers-create = Konto anlegen
organisers-created = Das Konto wurde angelegt. Die Organisation erhält eine E-Mail, um ein Passwort zu wählen.
organisers-closed = Das Konto wurde geschlossen. Seine Aktivitäten bleiben; das Personal der Gemeinde verwaltet sie.
organisers-close-title = Ein Veranstalterkonto schließen
organisers-close-explained = Das Schließen löscht das Konto, wie wenn eine Person ihre Daten löscht: Niemand kann sich mehr damit anmelden. Seine Aktivitäten bleiben für die Angemeldeten; das Personal der Gemeinde verwaltet sie von nun an.
organisers-close-button = Konto schließen: { $name }
organisers-close-keep = Konto behalten
error-organisation-name-too-short = Der Name der Organisation braucht mindestens 2 Zeichen.
error-organisation-name-too-long = Der Name der Organisation darf höchstens 60 Zeichen haben.
mail-organiser-welcome-subject = Ihr Veranstalterkonto bei Gemeng
mail-organiser-welcome-body = Guten Tag,

    das Personal der Gemeinde hat bei Gemeng ein Veranstalterkonto für Ihre Organisation eröffnet: { $name }.
    Gemeinde: { $commune }

    Mit diesem Konto veröffentlichen Sie Ihre Aktivitäten für die Einwohner (für die ganze Gemeinde oder offen für alle), sehen, wer sich angemeldet hat, und schreiben ihnen. Es ist kein Einwohnerkonto: Es hat kein Viertel, keine Nachrichten und keine Zeitbank.

    Wählen Sie Ihr Passwort mit diesem Link (er gilt sieben Tage):

    { $link }

    Melden Sie sich dann mit dieser E-Mail-Adresse an. Falls Sie diese E-Mail nicht erwartet haben, sagen Sie bitte der Gemeinde Bescheid.
