# The virtual event day (issue 11).

data-events-organised = Die Veranstaltungen, die Sie organisieren
data-event-stands-staffed = Die Stände von Veranstaltungen, an denen Sie Fragen beantworten
data-event-registrations = Ihre Plätze bei Veranstaltungen
data-event-guest-registrations = Plätze bei Veranstaltungen, die mit Ihrer E-Mail-Adresse ohne Konto angefragt wurden
data-event-questions = Ihre Fragen an den Ständen von Veranstaltungstagen
data-event-answers = Die Antworten, die Sie an Ständen gegeben haben
data-event-questions-hidden = Die Fragen, die Sie an Ständen ausgeblendet haben
data-field-asked-at = Gestellt am
data-field-answer = Antwort
data-field-answered-at = Beantwortet am
data-field-day = Tag
data-field-stand-id = Stand
data-field-event-id = Veranstaltungstag
data-field-guest-name = Angegebener Name

events-title = Veranstaltungstage
events-intro = Orientierungstage, Messen und Tage der offenen Tür der Gemeinde und ihrer Partner, online: Stände zum Besuchen, Workshops und eine Lounge, um Menschen kennenzulernen.
events-none = Im Moment ist kein Veranstaltungstag geplant.
events-home-intro = Orientierungstage und Messen online: Stände, Workshops und eine Lounge.
events-all = Alle Veranstaltungstage
events-back = Alle Veranstaltungstage
event-new-title = Neuer Veranstaltungstag
event-new-intro = Schreiben Sie Titel und Vorstellung des Tages, seine Uhrzeiten und wer kommen darf. Er bleibt ein Entwurf, den nur Sie und die Mitarbeitenden der Gemeinde sehen, bis Sie ihn veröffentlichen.
event-draft = Entwurf
event-residents-only = Nur Einwohner
event-open-to-all = Offen für alle
event-versions-hint = Schreiben Sie den Titel in mindestens einer Sprache; schreiben Sie die Vorstellung in denselben Sprachen oder lassen Sie sie leer.
event-field-day = Tag und Uhrzeiten
event-field-registration = Wer sich anmelden darf
event-registration-public = Alle: Einwohner, andere Kontoinhaber und Gäste mit einer E-Mail-Adresse
event-registration-residents = Nur bestätigte Einwohner der Gemeinde (andere sehen den Tag nicht)
event-field-capacity = Teilnehmende
event-capacity-hint = Höchstens 10 000.
event-field-link = Videoraum
event-link-hint = Freiwillig: die https://-Adresse des Plenums oder des Empfangs des Tages.
event-draft-hint = Der Tag wird als Entwurf gespeichert: Sie fügen Stände und Workshops hinzu und veröffentlichen ihn dann.
event-create = Entwurf speichern
event-publish-hint = Nur Sie und die Mitarbeitenden der Gemeinde sehen diesen Entwurf. Die Veröffentlichung öffnet Programm und Anmeldung.
event-publish = Programm veröffentlichen
event-places = Plätze
event-places-left = { $count ->
    [one] Noch ein Platz frei
   *[other] Noch { $count } Plätze frei
}
event-you-registered = Sie haben einen Platz
event-withdraw = Meinen Platz freigeben
event-register = Anmelden
event-sign-in-to-register = Melden Sie sich an, um sich mit Ihrem Konto anzumelden
event-guest-title = Ohne Konto anmelden
event-guest-hint = Geben Sie Ihren Namen und Ihre E-Mail-Adresse an: Wir schicken Ihnen einen Link, um Ihren Platz zu bestätigen. Ihr Name wird anderen Teilnehmenden in der Lounge gezeigt, Ihre Adresse nicht.
event-guest-name = Ihr Name
event-guest-email = Ihre E-Mail-Adresse
event-guest-send = Link schicken
event-calendar = In meinen Kalender
event-confirm-title = Bestätigen Sie Ihren Platz
event-confirm-question = Möchten Sie Ihren Platz bei diesem Veranstaltungstag bestätigen?
event-confirm-button = Ja, Platz bestätigen
event-link-unknown = Dieser Link funktioniert nicht: Er wurde schon benutzt, durch einen neueren ersetzt oder ist zu alt. Melden Sie sich auf der Seite des Tages erneut an, um einen neuen zu erhalten.
event-error-too-short = Ein Veranstaltungstag dauert mindestens 30 Minuten.
event-error-capacity = Geben Sie eine Zahl von Teilnehmenden zwischen 1 und 10 000 an.
event-error-registration = Wählen Sie, wer sich anmelden darf.
event-done-created = Der Entwurf ist gespeichert. Veröffentlichen Sie ihn, wenn das Programm fertig ist.
event-done-published = Das Programm ist veröffentlicht.
event-done-registered = Sie haben einen Platz. Wir haben Ihnen eine E-Mail geschickt.
event-done-withdrawn = Ihr Platz ist freigegeben.
event-done-check = Sehen Sie in Ihrem Posteingang nach: Wir haben Ihnen eine E-Mail mit einem Link geschickt, um Ihren Platz zu bestätigen. Er gilt zwei Tage.
event-done-confirmed = Ihr Platz ist bestätigt. Bis bald!
event-refused-residents-only = Dieser Tag ist für bestätigte Einwohner der Gemeinde.
event-refused-over = Dieser Tag ist vorbei.
event-refused-already = Sie haben schon einen Platz.
event-refused-full = Der Tag ist ausgebucht. Plätze werden frei, wenn andere ihren freigeben: Versuchen Sie es später noch einmal.

event-hall = Die Halle
event-no-stands = Noch kein Stand.
event-workshops = Workshops
event-no-workshops = Noch kein Workshop.
event-done-stand = Der Stand ist in der Halle.
event-done-workshop = Der Workshop ist im Programm.
stand-new-title = Stand hinzufügen
stand-new-intro = Ein Stand stellt eine Organisation vor: ein Ministerium, einen Dienst der Gemeinde, einen Verein. Seine Mitarbeitenden beantworten dort während der Öffnungszeiten Fragen.
stand-field-organisation = Organisation
stand-field-description = Beschreibung
stand-descriptions-hint = Schreiben Sie sie in den Sprachen, die der Stand spricht, mindestens einer.
stand-field-hours = Öffnungszeiten
stand-field-opens = Öffnet um
stand-field-closes = Schließt um
stand-field-video = Videoraum (freiwillig)
stand-field-staff = Mitarbeitende, die Fragen beantworten
stand-staff-hint = Die E-Mail-Adressen ihrer Gemeng-Konten, eine pro Zeile (höchstens 20).
stand-field-documents = Dokumente zum Herunterladen
stand-documents-hint = Bis zu 20 Dateien mit höchstens je 10 MB, zusammen 50 MB: PDF, Bilder (JPEG, PNG, WebP), OpenDocument oder Word-, Excel- und PowerPoint-Dateien.
stand-add = Stand hinzufügen
stand-open-now = Jetzt geöffnet
stand-closed-now = Jetzt geschlossen
stand-video = Per Video mit dem Stand sprechen
stand-error-too-many = Ein Veranstaltungstag hat höchstens 100 Stände.
stand-error-organisation = Schreiben Sie den Namen der Organisation: 2 bis 60 Zeichen, ohne versteckte Zeichen.
stand-error-no-description = Schreiben Sie eine Beschreibung in mindestens einer Sprache.
stand-error-documents-limit = Zu viele oder zu große Dokumente: bis zu 20 Dateien mit höchstens je 10 MB, zusammen 50 MB.
stand-error-document-name = Jedes Dokument braucht einen eigenen einfachen Dateinamen (ohne Ordner, nicht mit einem Punkt am Anfang).
stand-error-document-type = Ein Dokument hat einen Typ, den Stände nicht anbieten, oder sein Name endet nicht wie sein Typ: PDF, JPEG, PNG, WebP, OpenDocument, Word, Excel oder PowerPoint.
stand-error-document-empty = Ein Dokument ist leer.
stand-error-document-content = Ein Dokument ist nicht, was sein Name sagt (sein Inhalt hat einen anderen Typ).
stand-error-outside-hours = Die Öffnungszeiten des Stands müssen innerhalb derer des Tages liegen.
stand-error-staff-limit = Ein Stand hat höchstens 20 Mitarbeitende.
stand-error-staff-twice = Eine Adresse ist zweimal angegeben.
stand-error-staff-unknown = Eine Adresse gehört zu keinem Konto der Gemeinde: Die Person braucht zuerst ein Gemeng-Konto.
workshop-join = Jetzt am Workshop teilnehmen
workshop-field-activity = Eine Ihrer Aktivitäten als Workshop hinzufügen
workshop-activity-hint = Aktivitäten, die Sie organisieren und deren Termine alle innerhalb des Tages liegen. Man meldet sich auf der Seite der Aktivität an.
workshop-add = Workshop hinzufügen
workshop-error-activity = Wählen Sie eine der Aktivitäten, die Sie organisieren.
workshop-error-outside = Jeder Termin des Workshops muss innerhalb der Uhrzeiten des Tages liegen.
workshop-error-taken = Diese Aktivität ist schon der Workshop eines Veranstaltungstages.

stand-questions = Fragen und Antworten
stand-questions-registered-only = Fragen und Antworten sind für die, die sich für den Tag angemeldet haben.
stand-questions-refresh = Neue Fragen und Antworten erscheinen, wenn die Seite neu geladen wird.
stand-questions-reload = Neu laden
stand-ask-label = Ihre Frage (höchstens 280 Zeichen)
stand-ask = Fragen
stand-no-questions = Noch keine Frage: Fangen Sie an.
question-upvotes = { $count ->
    [one] Eine Person möchte es wissen
   *[other] { $count } Personen möchten es wissen
}
question-you-upvoted = Sie möchten es auch wissen
question-answered = Beantwortet
question-upvote = Ich möchte es auch wissen
question-answer-label = Antwort
question-answer = Antwort senden
question-hide = Diese Frage ausblenden
question-done-asked = Ihre Frage ist am Stand.
question-done-upvoted = Notiert: Sie möchten es auch wissen.
question-done-answered = Die Antwort ist am Stand.
question-done-hidden = Die Frage ist ausgeblendet.
question-refused-own = Das ist Ihre eigene Frage.
question-refused-already = Das haben Sie schon gesagt.
question-refused-hidden = Diese Frage ist ausgeblendet.
question-error-not-registered = Melden Sie sich für den Tag an, um Fragen zu stellen und zu unterstützen.
live-error-empty = Schreiben Sie zuerst etwas.
live-error-too-long = Das ist zu lang.
live-error-lines = Höchstens 10 Zeilen.
live-error-hidden = Der Text enthält unsichtbare oder umkehrende Zeichen. Bitte schreiben Sie ihn nur mit sichtbaren Buchstaben.

event-statistics-title = Statistik
event-statistics-accounts = Plätze von Kontoinhabern
event-statistics-guests = Plätze von Gästen
event-statistics-over-time = Anwesende Teilnehmende pro halbe Stunde
event-statistics-time = Ab
event-statistics-participants = Teilnehmende
event-statistics-visitors = Besuchende pro Stand
event-statistics-questions = Fragen pro Stand
event-statistics-question-count = Fragen
event-statistics-cloud = Teilnehmende Organisationen, so groß wie ihre Besuchenden
event-statistics-places-taken = Belegte Plätze
event-statistics-present = Anwesend

lounge-title = Die Lounge
lounge-present-label = Jetzt bei der Veranstaltung:
lounge-refresh = Neue Nachrichten erscheinen, wenn die Seite neu geladen wird.
lounge-empty = Noch hat niemand geschrieben: Sagen Sie Hallo.
lounge-say-label = Ihre Nachricht (höchstens 500 Zeichen)
lounge-send = Senden
lounge-hide = Diese Nachricht ausblenden
lounge-done-posted = Ihre Nachricht ist in der Lounge.
lounge-done-hidden = Die Nachricht ist ausgeblendet.
lounge-error-not-registered = Melden Sie sich für den Tag an, um in der Lounge zu schreiben.
data-event-lounge-messages = Ihre Nachrichten in den Lounges von Veranstaltungstagen
data-event-lounge-hidden = Die Lounge-Nachrichten, die Sie ausgeblendet haben

mute-button = Für den Rest des Tages stummschalten
mute-done = Die Person ist für den Rest des Tages stummgeschaltet: Sie liest weiter, schreibt hier aber nicht mehr.
mute-refused-oneself = Sie können sich nicht selbst stummschalten.
mute-refused-organiser = Organisatoren werden nicht stummgeschaltet.
mute-refused-staff = Die Mitarbeitenden eines Stands schalten sich nicht gegenseitig stumm: Das entscheidet ein Organisator.
live-error-muted = Sie sind hier für den Rest des Tages stummgeschaltet.
data-event-mutes-given = Die Teilnehmenden, die Sie bei Veranstaltungstagen stummgeschaltet haben

mail-event-registered-subject = Ihr Platz: { $title }
mail-event-registered-body =
    Ihr Platz ist reserviert.

    { $title }
    Wann: { $when }

    Das Programm, und Ihr Platz zum Freigeben: { $link }
mail-event-guest-confirm-subject = Bestätigen Sie Ihren Platz: { $title }
mail-event-guest-confirm-body =
    Hallo { $name },

    Jemand, wahrscheinlich Sie, hat mit dieser E-Mail-Adresse einen Platz bei diesem Veranstaltungstag angefragt.

    { $title }
    Wann: { $when }

    Um Ihren Platz zu bestätigen, öffnen Sie diesen Link und drücken Sie den Knopf (er gilt zwei Tage): { $confirm }

    Wenn Sie nichts angefragt haben, tun Sie nichts: Ohne Bestätigung wird der Platz frei.
mail-event-guest-already-subject = Sie haben schon einen Platz: { $title }
mail-event-guest-already-body =
    Hallo { $name },

    Jemand, wahrscheinlich Sie, hat mit dieser E-Mail-Adresse einen Platz bei diesem Veranstaltungstag angefragt. Diese Adresse hat schon einen Platz: Sie müssen nichts weiter tun.

    { $title }
    Wann: { $when }
    Das Programm: { $link }

# The live rooms (WebSocket).
live-error-not-websocket = Diese Adresse dient den Live-Seiten der Veranstaltung. Öffnen Sie stattdessen die Lounge oder einen Stand.
live-status-live = Live: Neue Nachrichten erscheinen von selbst.
live-status-reconnecting = Die Verbindung ist unterbrochen. Neue Verbindung wird aufgebaut…
live-status-stopped = Die Live-Aktualisierung ist beendet. Laden Sie die Seite neu, um Neues zu sehen.

# „Jemanden treffen“ und private Gespräche.
meet-title = Jemanden treffen
meet-intro = Unterhalten Sie sich fünf Minuten privat mit einer anderen teilnehmenden Person. Jede Minute werden alle, die gefragt haben, zu zweit zusammengebracht, in einer Sprache, die beide sprechen.
meet-languages-label = Ich kann mich unterhalten auf
meet-ask = Jemanden treffen
meet-waiting = Sie haben um { $time } gefragt. Wir suchen jemanden, der eine Ihrer Sprachen spricht…
meet-waiting-hint = Paare werden am Ende jeder Minute gebildet; das kann bis zu drei Minuten dauern.
meet-check = Jetzt nachsehen
meet-withdraw = Nicht mehr suchen
meet-unpaired = Gerade war niemand für ein Gespräch frei. Sie können erneut fragen.
meet-paired = Sie treffen { $name }.
meet-paired-language = Sprache des Gesprächs:
meet-paired-until = Das Gespräch ist bis { $time } offen.
meet-open-chat = Gespräch öffnen
meet-chats-title = Ihre Gespräche heute
meet-chat-with = Gespräch mit { $name }
meet-chat-ended = Beendet um { $time }.
meet-done-asked = Ihre Anfrage ist eingegangen: Am Ende der Minute werden Sie mit jemandem zusammengebracht, wenn jemand frei ist.
meet-done-withdrawn = Sie suchen niemanden mehr zum Treffen.
meet-error-no-language = Wählen Sie mindestens eine Sprache, in der Sie sich unterhalten können.
meet-error-unknown-language = Wählen Sie Sprachen aus der Liste.
meet-error-preferred = Die bevorzugte Sprache muss eine der gewählten Sprachen sein.
chat-title = Privates Gespräch
chat-title-with = Gespräch mit { $name }
chat-private-hint = Nur Sie beide lesen dieses Gespräch.
chat-empty = Noch nichts gesagt: Sagen Sie Hallo.
chat-say-label = Ihre Nachricht (höchstens 500 Zeichen)
chat-done-sent = Ihre Nachricht ist gesendet.
chat-closed = Die fünf Minuten sind vorbei: Dieses Gespräch nimmt keine Nachrichten mehr an.
chat-error-closed = Die fünf Minuten sind vorbei: Dieses Gespräch nimmt keine Nachrichten mehr an.
data-event-meet-requests = Ihre Anfragen, an Veranstaltungstagen jemanden zu treffen
data-event-private-messages = Ihre Nachrichten in privaten Gesprächen an Veranstaltungstagen

# Meldungen aus den Räumen der Veranstaltungstage.
event-report-intro = Sagen Sie den Veranstaltern, was nicht stimmt. Wer gemeldet hat, erfährt die verfassende Person nicht.
event-report-details-hint = Nur für „Etwas anderes“ nötig. Höchstens 500 Zeichen.
event-report-error-details-long = Höchstens 500 Zeichen.
event-report-error-hidden = Entfernen Sie die unsichtbaren oder Steuerzeichen.
event-report-error-private = Eine private Nachricht sehen nur die beiden Personen: Schalten Sie stattdessen die verfassende Person stumm.
event-report-error-decision = Wählen Sie verbergen, stummschalten oder schließen.
event-reports-title = Meldungen dieses Tages
event-reports-intro = Was Teilnehmende in der Lounge, an den Ständen und in privaten Gesprächen gemeldet haben. Verbergen oder Stummschalten schließt alle Meldungen der Nachricht.
event-reports-empty = Keine offenen Meldungen.
event-reports-done = Erledigt: Die Meldungen dieser Nachricht sind geschlossen.
event-report-kind-lounge = Eine Nachricht in der Lounge
event-report-kind-question = Eine Frage an einem Stand
event-report-kind-private = Eine Nachricht in einem privaten Gespräch
event-report-hide = Verbergen
event-report-mute = Verfassende Person für den Tag stummschalten
event-report-dismiss = Nichts zu beanstanden: schließen
data-event-reports-made = Ihre Meldungen an Veranstaltungstagen
data-event-reports-closed = Die Meldungen von Veranstaltungstagen, die Sie geschlossen haben
event-report-sent = Danke. Die Veranstalter sehen sich Ihre Meldung an.

# Der Eintrittslink eines Gastes, für ein anderes Gerät.
event-enter-title = Zum Veranstaltungstag
event-enter-question = Dieses Gerät nimmt mit Ihrem Platz am Tag teil: an der Lounge, den Fragen an den Ständen und privaten Gesprächen.
event-enter-button = Mit meinem Platz eintreten
event-enter-unknown = Dieser Eintrittslink funktioniert nicht: Er gehört nicht zu dieser Veranstaltung, oder der Platz wurde zurückgegeben.
event-done-entered = Sie sind drin: Dieses Gerät nimmt mit Ihrem Platz teil.
mail-event-guest-confirmed-subject = Ihr Platz ist bestätigt: { $title }
mail-event-guest-confirmed-body =
    Hallo { $name },

    Ihr Platz ist bestätigt. Dieser Browser öffnet Ihnen am Tag schon die Lounge, die Fragen an den Ständen und private Gespräche.

    { $title }
    Wann: { $when }
    Das Programm: { $link }

    Um von einem anderen Gerät (etwa Ihrem Telefon) teilzunehmen, öffnen Sie diesen Link dort und drücken Sie die Schaltfläche. Behalten Sie ihn für sich: Er ist Ihr Platz.
    { $enter }
stand-staff-here = Jemand vom Stand ist da
stand-visitors-now = { $count ->
    [one] 1 Besucher jetzt
   *[other] { $count } Besucher jetzt
}
data-event-staff-presence = Wann Sie an den Ständen waren, die Sie betreuen
