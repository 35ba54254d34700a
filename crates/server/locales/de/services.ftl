# Die Dienste der Gemeinde: Gespräche der Einwohner mit dem Sozialamt, dem Seniorendienst, der Integration…

services-title = An die Gemeinde schreiben
services-intro = Schreiben Sie einem Dienst der Gemeinde. Nur Sie und die Mitarbeitenden des Dienstes lesen das Gespräch.
services-none = Die Gemeinde hat noch keinen Dienst eingetragen.
services-write-to = Schreiben an: { $name }
services-write-title = Eine neue Nachricht
services-write-hint = Sagen Sie mit Ihren Worten, was Sie brauchen. Der Dienst antwortet hier, und Sie bekommen dann eine E-Mail.
services-field-service = Dienst
services-field-subject = Betreff
services-field-body = Ihre Nachricht
services-field-state = Stand
services-field-resident = Einwohner
services-field-assigned = Zuständig
services-field-name = Name
services-field-description = Wobei er hilft
services-send = Senden
services-mine-title = Ihre Gespräche
services-mine-none = Sie haben noch keinem Dienst geschrieben.
services-unread = { $count ->
    [one] 1 neue Antwort
   *[other] { $count } neue Antworten
}
services-back = Alle Gespräche
services-thread-title = Gespräch
services-author-gone = Eine ehemalige Mitarbeiterin oder ein ehemaliger Mitarbeiter
services-answer = Ihre Antwort
services-reopen-hint = Dieses Gespräch ist abgeschlossen. Wenn Sie wieder schreiben, wird es wieder geöffnet.
services-manage-thread = Dieses Gespräch bearbeiten
services-assign-to = Zuständige Kollegin oder zuständiger Kollege
services-assign = Zuweisen
services-assigned-nobody = Niemand
services-close = Gespräch abschließen
services-queue-title = Nachrichten der Einwohner
services-queue-intro = Nachrichten der Einwohner an die Dienste der Gemeinde. Die am längsten warten, stehen oben.
services-oldest = Längste Wartezeit
services-all = Alle Dienste
services-mine-only = Nur die mir zugewiesenen
services-filter = Anzeigen
services-queue-none = Hier ist kein Gespräch.
services-manage-title = Die Dienste der Gemeinde
services-manage-intro = Einwohner wählen beim Schreiben unter diesen Diensten. Benennen Sie jeden in möglichst vielen Sprachen.
services-archived = Archiviert
services-rename = Namen ändern
services-save = Speichern
services-archive = Archivieren (Einwohner sehen ihn nicht mehr)
services-restore = Einwohnern wieder zeigen
services-add-title = Einen Dienst hinzufügen
services-add = Dienst hinzufügen
service-state-waiting = Wartet auf Antwort
service-state-answered = Beantwortet
service-state-closed = Abgeschlossen
service-waited-minutes = { $count ->
    [one] seit 1 Minute
   *[other] seit { $count } Minuten
}
service-waited-hours = { $count ->
    [one] seit 1 Stunde
   *[other] seit { $count } Stunden
}
service-waited-days = { $count ->
    [one] seit 1 Tag
   *[other] seit { $count } Tagen
}
service-error-subject-empty = Schreiben Sie einen Betreff.
service-error-subject-long = Schreiben Sie einen Betreff mit höchstens 120 Zeichen.
service-error-message-empty = Schreiben Sie Ihre Nachricht.
service-error-message-long = Schreiben Sie eine Nachricht mit höchstens 5.000 Zeichen.
service-error-name-missing = Schreiben Sie den Namen in dieser Sprache, oder lassen Sie auch die Beschreibung leer.
service-error-name-long = Schreiben Sie einen Namen mit höchstens 80 Zeichen.
service-error-description-long = Schreiben Sie eine Beschreibung mit höchstens 400 Zeichen.
service-error-names-none = Schreiben Sie den Namen des Dienstes in mindestens einer Sprache.
service-error-language-unknown = Schreiben Sie Namen nur auf Luxemburgisch, Deutsch, Französisch, Englisch oder Portugiesisch.
service-error-unknown = Wählen Sie einen der Dienste aus der Liste.
service-error-too-many-open = Sie haben 10 noch offene Gespräche. Warten Sie auf eine Antwort, bevor Sie ein neues beginnen.
service-error-colleague = Wählen Sie eine Kollegin oder einen Kollegen aus der Liste.
service-error-too-many = Die Gemeinde hat schon 30 Dienste. Archivieren oder benennen Sie lieber einen um.
service-error-state = Wählen Sie „wartet“, „beantwortet“ oder „abgeschlossen“.
service-done-sent = Ihre Nachricht ist gesendet.
service-done-assigned = Das Gespräch ist zugewiesen.
service-done-closed = Das Gespräch ist abgeschlossen.
service-done-added = Der Dienst ist hinzugefügt.
service-done-renamed = Der Name des Dienstes ist geändert.
service-done-archived = Der Dienst ist archiviert.
service-done-restored = Einwohner sehen den Dienst wieder.

# E-Mail-Hinweise auf Antworten der Dienste.
notice-service-reply-subject = Antwort der Gemeinde: { $subject }
notice-service-reply-body = Der Dienst der Gemeinde ({ $service }) hat auf Ihre Nachricht „{ $subject }“ geantwortet.

    Antwort lesen: { $link }
notice-digest-service-reply = Antwort der Gemeinde: { $subject }
    { $link }
