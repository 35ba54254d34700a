# A neighbourhood's members-only page.

## Viertel
neighbourhood-title = Viertel
neighbourhood-members = { $count ->
    [one] Ein Nachbar mit geprüftem Wohnsitz
   *[other] { $count } Nachbarn mit geprüftem Wohnsitz
}
neighbourhood-neighbours = Nachbarn
neighbourhood-privacy = Nachbarn sehen Ihren Namen und Ihre Straße, aber nie Ihre Hausnummer.

## Beiträge und der Verlauf des Viertels
feed-title = Neueste Beiträge
feed-filter = Zeigen
feed-filter-current = Zeigen: { $kind }
feed-all-kinds = Alles
feed-empty = Noch nichts hier. Machen Sie den Anfang: Bieten Sie Hilfe an, verleihen Sie Werkzeug, bitten Sie um Hilfe.
feed-error-cursor = Diese Seite der Liste gibt es nicht. Gehen Sie zur ersten Seite zurück.
post-kind-information = Information
post-kind-offer-service = Ich biete eine Dienstleistung an
post-kind-request-service = Ich suche eine Dienstleistung
post-kind-give = Ich verschenke etwas
post-kind-lend = Ich kann etwas verleihen
post-kind-borrow = Ich möchte etwas ausleihen
post-kind-offer-help = Ich biete Hilfe an
post-kind-request-help = Ich brauche Hilfe
post-audience-neighbourhood = Nur mein Viertel
post-audience-adjacent = Mein Viertel und die Nachbarviertel
post-audience-commune = Die ganze Gemeinde
post-new-button = Beitrag schreiben
post-new-title = Neuer Beitrag
post-edit-title = Ihren Beitrag ändern
post-delete-title = Ihren Beitrag löschen
post-title = Beitrag
post-back-to-feed = Zurück zum Viertel
post-kind-question = Worum geht es in Ihrem Beitrag?
post-field-title = Titel
post-field-title-hint = Eine kurze Zeile, zum Beispiel: Leiter zu verleihen, oder Wer gießt im August meine Pflanzen?
post-field-body = Text
post-field-body-hint = Sagen Sie was, wann und wie man Sie erreicht. Nachbarn sehen Ihren Namen und Ihre Straße, nie Ihre Hausnummer.
post-audience-question = Wer soll ihn sehen?
post-publish = Veröffentlichen
post-save = Speichern
post-state-done = Erledigt
post-comment-count = { $count ->
    [0] Noch keine Antwort
    [one] Eine Antwort
   *[other] { $count } Antworten
}
post-thanks-count = { $count ->
    [one] Ein Dankeschön
   *[other] { $count } Dankeschöns
}
post-from-elsewhere = aus einem Nachbarviertel
post-edited-mark = geändert
post-thank = Danke sagen
post-mark-done = Als erledigt markieren
post-edit = Ändern
post-delete = Löschen
post-delete-question = Diesen Beitrag löschen? Sein Text wird sofort gelöscht, und seine Antworten sind nicht mehr zu lesen.
post-published = Ihr Beitrag ist veröffentlicht.
post-edited = Ihr Beitrag ist geändert.
post-deleted = Ihr Beitrag ist gelöscht.
post-thanked = Ihr Dankeschön ist angekommen.
post-marked-done = Als erledigt markiert: Die Nachbarn sehen, dass es geregelt ist.
post-error-kind = Wählen Sie, worum es in Ihrem Beitrag geht.
post-error-audience = Wählen Sie, wer Ihren Beitrag sehen soll.
post-error-title-empty = Schreiben Sie einen Titel.
post-error-title-long = Der Titel darf höchstens 120 Zeichen haben.
post-error-title-invisible = Der Titel muss sichtbare Buchstaben oder Zeichen enthalten.
post-error-body-empty = Schreiben Sie einen Text.
post-error-body-long = Der Text darf höchstens 5.000 Zeichen haben.
post-error-not-done-able = Dieser Beitrag kann nicht als erledigt markiert werden.
post-error-no-thanks = Für diesen Beitrag können Sie nicht Danke sagen.
comment-field = Ihre Antwort
comment-publish = Antworten
comment-save = Speichern
comment-edit = Ändern
comment-delete = Löschen
comment-edit-title = Ihre Antwort ändern
comment-delete-title = Ihre Antwort löschen
comment-delete-question = Diese Antwort löschen? Ihr Text wird sofort gelöscht.
comment-back = Zurück zum Beitrag
comment-published = Ihre Antwort ist veröffentlicht.
comment-edited = Ihre Antwort ist geändert.
comment-deleted = Ihre Antwort ist gelöscht.
comment-error-empty = Schreiben Sie eine Antwort.
comment-error-long = Eine Antwort darf höchstens 2.000 Zeichen haben.
comment-error-closed = Dieser Beitrag nimmt keine Antworten mehr an.
delete-confirm = Ja, löschen
delete-keep = Nein, behalten

# Fotos
post-field-photos = Fotos (wenn Sie möchten)
post-field-photos-hint = Bis zu 4 Fotos, JPEG oder PNG, je höchstens 10 MB. Nur Nachbarn, die Ihren Beitrag lesen können, sehen sie; Ort und Kamera, die ein Foto speichert, werden entfernt.
post-photos-choose-again = Ihre Fotos wurden mit dem Formular nicht behalten: Bitte wählen Sie sie noch einmal aus.
post-photo-remove = Dieses Foto entfernen
post-photo-alt = { $title }, Foto { $number } von { $total }
post-error-photos-too-many = Ein Beitrag kann höchstens 4 Fotos haben.
image-error-file-too-large = Ein Foto darf höchstens 10 MB groß sein. Wählen Sie ein kleineres.

## Im Viertel suchen
search-title = Im Viertel suchen
search-heading = Suchen im Viertel { $neighbourhood }
search-label = Was suchen Sie?
search-hint = Geben Sie ein oder mehrere Wörter ein. Akzente sowie Groß- und Kleinschreibung spielen keine Rolle, und vom letzten Wort genügt der Anfang: „Fahr“ findet auch „Fahrrad“.
search-button = Suchen
search-found = { $count ->
    [0] Kein Beitrag gefunden
    [one] Ein Beitrag gefunden
   *[other] { $count } Beiträge gefunden
}
search-none = Kein Beitrag im Viertel enthält alle diese Wörter. Versuchen Sie es mit weniger oder anderen Wörtern.
search-crowded = Viele Beiträge enthalten diese Wörter, deshalb wurden nur die neuesten durchsucht. Fügen Sie ein Wort hinzu, um ältere zu finden.
search-error-empty = Geben Sie mindestens ein Wort ein, nach dem gesucht werden soll.
search-error-no-words = Geben Sie mindestens ein Wort aus Buchstaben oder Ziffern ein: Satzzeichen und Symbole allein werden nicht gesucht.
search-error-too-long = Eine Suche darf höchstens 200 Zeichen lang sein.
search-error-too-many-words = Eine Suche darf höchstens 8 verschiedene Wörter enthalten. Behalten Sie die aussagekräftigsten.
search-error-page = Diese Ergebnisseite gibt es nicht. Gehen Sie zur ersten Seite zurück.
feed-activity-starts = Aktivität: { $when }
