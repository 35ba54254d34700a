# Regeln für das Miteinander
community-title = Regeln für das Miteinander
community-intro = Auf Gemeng helfen sich Nachbarn, und die Gemeinde spricht mit ihren Einwohnern. Wer hier schreibt, hält sich an diese Regeln; Moderatoren blenden aus, was sie verletzt.
community-respect = Freundlich bleiben
community-respect-text = Keine Beleidigungen, Drohungen, kein Spott und kein Hass gegen jemanden wegen Herkunft, Religion, Geschlecht, Alter, Behinderung oder Meinung. Widersprechen Sie Ideen, nie Menschen.
community-privacy = Die Privatsphäre aller schützen
community-privacy-text = Teilen Sie keine Adresse, Telefonnummer, kein Foto und keine persönliche Geschichte anderer ohne deren Einverständnis. Private Nachrichten bleiben privat.
community-no-trade = Helfen, nicht verkaufen
community-no-trade-text = Angebote und Anfragen sind unter Nachbarn. Keine Werbung, keine gewerblichen Verkäufe, keine Kettenbriefe, nicht immer wieder derselbe Text.
community-law = Im Rahmen des Gesetzes bleiben
community-law-text = Nichts Verbotenes: keine Waffen, Drogen oder Medikamente, keine gestohlenen Sachen, kein Betrug.
community-truth = Bei der Wahrheit bleiben
community-truth-text = Geben Sie richtige Angaben und sagen Sie, wenn ein Angebot erledigt ist, damit niemand umsonst wartet.
community-safety = Sicher treffen
community-safety-text = Treffen Sie sich beim ersten Mal an einem öffentlichen Ort, geben Sie nie Bankdaten weiter, und melden Sie, was Sie beunruhigt.
community-reports-title = Meldungen und Moderation
community-reports-text = Jeder kann einen Beitrag, eine Antwort oder eine Nachricht melden. Die Moderatoren des Viertels und die Mitarbeitenden der Gemeinde sehen sich jede Meldung an, blenden aus, was diese Regeln verletzt, oder lassen es stehen, und nennen immer ihren Grund; die Person, die es geschrieben hat, erfährt es per E-Mail. Jede Entscheidung wird festgehalten.

# Private Nachrichten
messages-title = Nachrichten
messages-intro = Private Gespräche mit Ihren Nachbarn. Nur Sie beide können sie lesen.
messages-empty = Noch keine Nachrichten. Sie können einem Nachbarn aus der Liste der Nachbarn oder von einem Beitrag aus schreiben.
messages-write-title = Neue Nachricht
messages-to = An: { $name }
messages-about = Zum Beitrag: { $title }
messages-field = Ihre Nachricht
messages-field-hint = Ihr Nachbar sieht Ihren Namen und diesen Text, nie Ihre Adresse oder E-Mail.
messages-send = Senden
messages-sent = Ihre Nachricht ist gesendet.
messages-back = Zurück zu den Nachrichten
messages-thread-title = Gespräch
messages-thread-with = Gespräch mit: { $name }
messages-me = Sie
messages-older = Frühere Nachrichten
messages-reply = Ihre Antwort
messages-closed = Sie können in diesem Gespräch nicht mehr schreiben.
message-error-empty = Schreiben Sie eine Nachricht.
message-error-long = Eine Nachricht darf höchstens 2.000 Zeichen haben.
message-error-self = Sie können sich nicht selbst schreiben.
message-error-not-member = Nur bestätigte Nachbarn können Nachrichten senden.
message-error-unreachable = Sie können dieser Person nicht schreiben.
post-write-to = Schreiben an: { $name }
neighbours-write = Nachricht schreiben

# Blockieren
blocks-title = Blockierte Personen
blocks-intro = Wen Sie blockieren, der kann Ihnen nicht schreiben, Sie können ihm nicht schreiben, und Sie sehen seine Beiträge und Antworten nicht mehr. Die Person erfährt es nicht.
blocks-link = Blockierte Personen
blocks-empty = Sie haben niemanden blockiert.
blocks-block-name = Blockieren: { $name }
blocks-confirm-text = Sie erhalten keine Nachrichten mehr von dieser Person und sehen ihre Beiträge nicht mehr. Sie können das jederzeit rückgängig machen.
blocks-confirm = Ja, blockieren
blocks-unblock-name = Nicht mehr blockieren: { $name }
blocks-blocked = Blockiert. Sie hören nichts mehr von dieser Person.
blocks-unblocked = Nicht mehr blockiert.
block-error-self = Sie können sich nicht selbst blockieren.
block-error-too-many = Sie haben die größtmögliche Zahl von Personen blockiert (500).

# E-Mail-Hinweise
notices-title = E-Mail-Hinweise
notices-intro = Wählen Sie, wann Gemeng Ihnen schreibt. Jede E-Mail hat auch einen Link, der sie abbestellt, ohne Anmeldung.
notices-link = E-Mail-Hinweise
notices-topic-replies = Antworten auf meine Beiträge
notices-topic-messages = Nachrichten an mich
notices-topic-timebank = Tauschgeschäfte der Zeitbank, die auf meine Antwort warten, und Antworten auf meine
notices-topic-announcements = Mitteilungen der Gemeinde für mein Viertel und die ganze Gemeinde
notices-topic-all = alle E-Mail-Hinweise
notices-immediately = Sofort
notices-daily = Einmal am Tag, in einer E-Mail
notices-weekly = Einmal pro Woche, am Montagmorgen, in einer E-Mail
notices-never = Nie
notices-save = Speichern
notices-saved = Ihre Auswahl ist gespeichert.
notices-error-frequency = Wählen Sie, wie oft.
notices-unsubscribe-title = E-Mails abbestellen
notices-unsubscribe-question = E-Mails abbestellen: { $what }?
notices-unsubscribe-button = Ja, diese E-Mails abbestellen
notices-unsubscribed = Erledigt, keine E-Mails mehr: { $what }.
notices-unsubscribed-more = Sie können jederzeit neu wählen, in Ihrem Konto unter E-Mail-Hinweise.
notice-footer = Sie erhalten diese E-Mail wegen Ihrer Auswahl auf Gemeng. Ändern: { $settings }
    Mit einem Klick abbestellen: { $stop }
notice-message-subject = Neue Nachricht: { $name }
notice-message-body = Sie haben eine Nachricht. Von: { $name }

    { $text }

    Hier antworten: { $link }
notice-reply-subject = Neue Antwort auf „{ $title }“
notice-reply-body = Antwort auf Ihren Beitrag „{ $title }“. Von: { $name }

    { $text }

    Hier lesen und antworten: { $link }
notice-digest-subject = Ihr Tag auf Gemeng: { $count } Neuigkeiten
notice-digest-body = Das ist seit gestern für Sie passiert:

    { $items }
notice-digest-message = Nachricht. Von: { $name }: { $text }
    { $link }
notice-digest-reply = Antwort auf „{ $title }“. Von: { $name }: { $text }
    { $link }
notice-digest-more = { $count ->
    [one] und eine weitere.
   *[other] und { $count } weitere.
}

# Meldungen
report-title = Melden
report-intro = Sagen Sie den Moderatoren, was nicht stimmt. Die Person, die es geschrieben hat, erfährt nicht, wer gemeldet hat.
report-link = Melden
report-reason-question = Was stimmt damit nicht?
report-reason-spam = Werbung oder immer wieder derselbe Text
report-reason-abuse = Beleidigungen, Drohungen oder Belästigung
report-reason-personal-data = Private Angaben über jemanden ohne Einverständnis
report-reason-illegal = Etwas Verbotenes oder ein Betrug
report-reason-other = Etwas anderes
report-details = Was sollten die Moderatoren noch wissen? (wenn Sie möchten)
report-details-hint = Nur nötig für „Etwas anderes“. Höchstens 1.000 Zeichen.
report-send = Meldung senden
report-sent = Danke. Die Moderatoren sehen sich Ihre Meldung an.
report-error-reason = Wählen Sie, was nicht stimmt.
report-error-details-empty = Sagen Sie, was nicht stimmt.
report-error-details-long = Höchstens 1.000 Zeichen.
report-error-own = Sie können nicht melden, was Sie selbst geschrieben haben.

# Moderation
moderation-title = Meldungen zum Ansehen
moderation-intro = Beiträge, Antworten und Nachrichten, die Nachbarn gemeldet haben. Blenden Sie aus, was die Regeln verletzt, lassen Sie den Rest stehen; die Person, die es geschrieben hat, erfährt Ihren Grund.
moderation-empty = Es warten keine Meldungen.
moderation-item-title = Etwas Gemeldetes
moderation-item-post = Beitrag
moderation-item-comment = Antwort
moderation-item-message = Nachricht
moderation-report-count = { $count ->
    [0] Keine offenen Meldungen
    [one] Eine Meldung
   *[other] { $count } Meldungen
}
moderation-by = Geschrieben von: { $name }
moderation-back = Zurück zu den Meldungen
moderation-kind = Was
moderation-author = Geschrieben von
moderation-post = Beitrag
moderation-state = Jetzt
moderation-hidden-mark = Ausgeblendet
moderation-visible-mark = Sichtbar
moderation-decision-question = Was entscheiden Sie?
moderation-decision-hide = Ausblenden: es verletzt die Regeln
moderation-decision-keep = Stehen lassen: es verletzt sie nicht
moderation-decision-restore = Wieder zeigen
moderation-reason = Ihr Grund
moderation-reason-hint = Die Person, die es geschrieben hat, liest ihn. Nennen Sie die Regel, in einem freundlichen Satz.
moderation-decide = Entscheiden
moderation-done-hide = Ausgeblendet. Die Person erfährt den Grund.
moderation-done-keep = Stehen gelassen. Die Meldungen sind geschlossen.
moderation-done-restore = Wieder sichtbar. Die Person erfährt es.
moderation-error-decision = Wählen Sie, was Sie entscheiden.
moderation-error-reason-empty = Nennen Sie Ihren Grund: die Person wird ihn lesen.
moderation-error-reason-long = Höchstens 1.000 Zeichen.
moderation-error-state = Das hat sich inzwischen geändert: sehen Sie es sich noch einmal an.
moderation-mail-hide-subject = Etwas, das Sie geschrieben haben, wurde ausgeblendet
moderation-mail-hide-body = Ein Moderator hat ausgeblendet, was Sie geschrieben haben: „{ $title }“.

    Sein Grund: { $reason }

    Die Regeln für das Miteinander: { $guidelines }
    Wenn Sie das für einen Irrtum halten, schreiben Sie den Mitarbeitenden Ihrer Gemeinde.
moderation-mail-restore-subject = Was Sie geschrieben haben, ist wieder sichtbar
moderation-mail-restore-body = Ein Moderator hat wieder sichtbar gemacht, was Sie geschrieben haben: „{ $title }“.

    Sein Grund: { $reason }
nav-moderation = Meldungen

# Protokoll
audit-title = Protokoll
audit-intro = Jede Entscheidung über Personen und Inhalte: wer sie getroffen hat, über wen, und warum.
audit-empty = Noch nichts festgehalten.
audit-system = Gemeng
audit-older = Frühere Einträge

# Time bank notices (the amount is a number of minutes, written out)
notice-timebank-pay-subject = Ein Tausch wartet auf Ihre Antwort: { $name }
notice-timebank-pay-body = Ein Tausch in der Zeitbank wartet auf Ihre Antwort. Von: { $name }

    { $memo }
    Sie zahlen: { $amount }

    Hier bestätigen oder ablehnen: { $link }
notice-timebank-receive-subject = Ein Tausch wartet auf Ihre Antwort: { $name }
notice-timebank-receive-body = Ein Tausch in der Zeitbank wartet auf Ihre Antwort. Von: { $name }

    { $memo }
    Sie erhalten: { $amount }

    Hier bestätigen oder ablehnen: { $link }
notice-timebank-confirmed-subject = Tausch bestätigt: { $memo }
notice-timebank-confirmed-body = Ihr Tausch in der Zeitbank ist bestätigt, die Minuten wurden gebucht. Bestätigt von: { $name }

    { $memo }
    Minuten: { $amount }

    Ihr Kontoauszug: { $link }
notice-timebank-declined-subject = Tausch abgelehnt: { $memo }
notice-timebank-declined-body = Ihr Tausch in der Zeitbank wurde abgelehnt; es wurden keine Minuten gebucht. Abgelehnt von: { $name }

    { $memo }

    Ihre Zeitbank: { $link }
notice-digest-timebank-pay = Tausch zu beantworten. Von: { $name }: { $memo }. Sie zahlen: { $amount }
    { $link }
notice-digest-timebank-receive = Tausch zu beantworten. Von: { $name }: { $memo }. Sie erhalten: { $amount }
    { $link }
notice-digest-timebank-confirmed = Tausch bestätigt. Von: { $name }: { $memo }. Minuten: { $amount }
    { $link }
notice-digest-timebank-declined = Tausch abgelehnt. Von: { $name }: { $memo }
    { $link }
