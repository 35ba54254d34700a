# Aktivitäten: Veranstaltungen, Kurse, Cafés und Treffen im Viertel mit Plätzen zum Buchen.

activities-title = Aktivitäten
activities-intro = Lernen Sie Ihre Nachbarn kennen: Aktivitäten der Gemeinde und Ihres Viertels. Nehmen Sie einen Platz, oder tragen Sie sich in die Warteliste ein, wenn ein Termin voll ist.
activities-none = Zurzeit ist keine Aktivität geplant.
activities-home-intro = Cafés, Kurse, Gesprächsrunden und Treffen in Ihrem Viertel: nehmen Sie einen Platz.
activities-all = Alle Aktivitäten
activities-back = Alle Aktivitäten
activities-calendar = Die öffentlichen Aktivitäten in Ihren Kalender übernehmen (iCalendar)
activities-calendar-name = Aktivitäten: { $commune }
activities-mine-title = Meine Aktivitäten
activities-mine-none = Sie haben sich noch für keine Aktivität angemeldet.
activity-new-title = Eine Aktivität organisieren
activity-from-to = { $from } – { $to }
activity-kind-neighbourhood-activity = Aktivität im Viertel
activity-kind-language-cafe = Sprachcafé
activity-kind-conversation-table = Gesprächsrunde
activity-kind-coaching = Begleitung
activity-kind-course = Kurs
activity-kind-smartphone-cafe = Smartphone-Café
activity-kind-information-session = Informationsveranstaltung
activity-audience-neighbourhood = Für das Viertel
activity-audience-adjacent = Für das Viertel und seine Nachbarviertel
activity-audience-commune = Für die ganze Gemeinde
activity-audience-public = Offen für alle
activity-weekday-monday = Montag
activity-weekday-tuesday = Dienstag
activity-weekday-wednesday = Mittwoch
activity-weekday-thursday = Donnerstag
activity-weekday-friday = Freitag
activity-weekday-saturday = Samstag
activity-weekday-sunday = Sonntag
activity-field-kind = Art der Aktivität
activity-field-title = Titel
activity-field-description = Beschreibung (freiwillig)
activity-field-audience = Wer kommen darf
activity-field-neighbourhood = Viertel
activity-field-schedule = Wann
activity-field-date = Datum (das erste, bei einer wöchentlichen Reihe)
activity-field-starts = Beginn
activity-field-ends = Ende
activity-field-weekdays = Wochentage
activity-field-until = Letzter Tag der Reihe
activity-field-place = Ort
activity-field-link = Link zum Videoraum
activity-field-capacity = Plätze pro Termin
activity-field-languages = Gesprochene Sprachen
activity-field-when = Wann
activity-versions-hint = Schreiben Sie den Titel in mindestens einer Sprache. Schreiben Sie eine Beschreibung in denselben Sprachen oder keine.
activity-neighbourhood-hint = Nur für eine Aktivität eines Viertels (oder dieses und seiner Nachbarviertel).
activity-repeat-once = Einmal
activity-repeat-weekly = Jede Woche
activity-weekdays-hint = Für eine wöchentliche Reihe: die Tage der Treffen und der letzte Tag. Eine Reihe endet innerhalb eines Jahres.
activity-place-hint = Eine Adresse oder der Name eines Ortes. Geben Sie einen Ort, einen Link oder beides an.
activity-create = Aktivität veröffentlichen
activity-sessions = Termine
activity-sign-in-to-register = Melden Sie sich an, um einen Platz zu nehmen.
activity-session-cancelled = Abgesagt
activity-session-started = Begonnen
activity-places-free = { $count ->
    [one] Noch { $count } Platz frei
   *[other] Noch { $count } Plätze frei
}
activity-places-full = { $count ->
    [0] Ausgebucht
    [one] Ausgebucht, { $count } Person wartet
   *[other] Ausgebucht, { $count } Personen warten
}
activity-you-registered = Sie haben einen Platz
activity-you-waiting = Sie sind Nummer { $position } auf der Warteliste
activity-on-waiting-list = Auf der Warteliste
activity-register = Platz nehmen
activity-join-waiting-list = Auf die Warteliste
activity-withdraw = Meinen Platz freigeben
activity-leave-waiting-list = Warteliste verlassen
activity-add-to-calendar = Diese Aktivität in Ihren Kalender übernehmen (iCalendar)
activity-registrations-title = Anmeldungen
activity-registrations-of = Anmeldungen: { $title }
activity-registrations-intro = Wer einen Platz hat und wer wartet, Termin für Termin. Nur Sie und die Mitarbeitenden der Gemeinde sehen diese Namen.
activity-back-to-activity = Zurück zur Aktivität
activity-registered-count = { $count ->
    [one] { $count } Platz vergeben
   *[other] { $count } Plätze vergeben
}
activity-waiting-count = { $count ->
    [one] { $count } Person wartet
   *[other] { $count } Personen warten
}
activity-nobody-registered = Noch niemand hat sich angemeldet.
activity-registered-list = Mit Platz
activity-waiting-list = Warteliste
activity-attendance = Wer gekommen ist
activity-attendance-save = Anwesenheit speichern
activity-cancel-session = Diesen Termin absagen
activity-notice-registered = Sie haben einen Platz. Eine E-Mail bestätigt ihn.
activity-notice-waitlisted = Der Termin ist ausgebucht: Sie stehen auf der Warteliste. Wird ein Platz frei, bekommen Sie ihn, und wir sagen es Ihnen per E-Mail.
activity-notice-withdrawn = Sie sind für diesen Termin nicht mehr angemeldet.
activity-notice-created = Die Aktivität ist veröffentlicht.
activity-notice-session-cancelled = Der Termin ist abgesagt. Alle Angemeldeten wurden per E-Mail benachrichtigt.
activity-notice-attendance = Gespeichert.
activity-refused-cancelled = Dieser Termin ist abgesagt.
activity-refused-started = Dieser Termin hat schon begonnen: fragen Sie vor Ort.
activity-refused-already-registered = Sie haben schon einen Platz bei diesem Termin.
activity-refused-already-waitlisted = Sie stehen schon auf der Warteliste dieses Termins.
activity-refused-full = Dieser Termin ist ausgebucht.
activity-error-no-title = Schreiben Sie einen Titel in mindestens einer Sprache.
activity-error-version-missing = Schreiben Sie auch diesen Text: Die Aktivität ist an anderer Stelle in dieser Sprache geschrieben.
activity-error-blank = Dieser Text ist leer.
activity-error-too-long = Dieser Text ist zu lang.
activity-error-language-unknown = Wählen Sie unter Luxemburgisch, Deutsch, Französisch, Englisch und Portugiesisch.
activity-error-kind = Wählen Sie eine Art der Aktivität.
activity-error-audience = Wählen Sie, wer kommen darf.
activity-error-audience-resident = Einwohner organisieren für ihr Viertel (und die Nachbarviertel). Für ein größeres Publikum wenden Sie sich an die Gemeinde.
activity-error-neighbourhood = Wählen Sie das Viertel der Aktivität.
activity-error-capacity = Geben Sie eine Zahl von Plätzen zwischen 1 und 10 000 an.
activity-error-no-language = Wählen Sie mindestens eine gesprochene Sprache.
activity-error-no-session = Geben Sie Datum und Uhrzeiten von mindestens einem Termin an.
activity-error-too-many-sessions = Eine Aktivität hat höchstens 52 Termine. Veröffentlichen Sie die Fortsetzung nächstes Jahr.
activity-error-ends-before-start = Das Ende muss nach dem Beginn liegen, am selben Tag.
activity-error-in-the-past = Dieses Datum liegt in der Vergangenheit.
activity-error-date = Geben Sie ein Datum an, zum Beispiel 2030-03-05.
activity-error-time = Geben Sie eine Uhrzeit an, zum Beispiel 18:30.
activity-error-no-weekday = Wählen Sie mindestens einen Wochentag.
activity-error-weekday = Wählen Sie die Wochentage aus der Liste.
activity-error-no-end = Eine wöchentliche Reihe braucht einen letzten Tag.
activity-error-series-too-long = Eine Reihe dauert höchstens ein Jahr.
activity-error-series-no-session = Keiner der gewählten Wochentage liegt zwischen dem ersten und dem letzten Tag.
activity-error-schedule-both = Geben Sie Termine oder eine wöchentliche Reihe an, nicht beides.
activity-error-no-place = Geben Sie einen Ort, einen Link zu einem Videoraum oder beides an.
activity-error-place = Der Ort ist zu lang (höchstens 4 Zeilen zu 120 Zeichen) oder enthält versteckte Zeichen.
activity-error-link = Geben Sie eine Webadresse an, die mit https:// beginnt.
activity-error-session-started = Dieser Termin hat schon begonnen.
activity-error-attendance-early = Die Anwesenheit wird eingetragen, sobald der Termin begonnen hat.
activity-calendar-title = Ihre Aktivitäten in Ihrem Kalender
activity-calendar-intro = Ihre Kalender-App (auf dem Telefon oder Computer) kann die Termine zeigen, für die Sie angemeldet sind. Geben Sie ihr diese geheime Adresse; erfährt sie jemand anderes, erstellen Sie eine neue: Die alte funktioniert dann nicht mehr.
activity-calendar-address = Ihre geheime Kalenderadresse
activity-calendar-make = Meine Kalenderadresse erstellen
activity-calendar-renew = Neue Adresse erstellen (die alte funktioniert nicht mehr)
activity-calendar-revoke = Meine Kalenderadresse stilllegen
activity-calendar-made = Ihre Kalenderadresse ist bereit.
activity-calendar-revoked = Ihre Kalenderadresse funktioniert nicht mehr.
mail-activity-registered-subject = Ihr Platz: { $title }
mail-activity-registered-body =
    Ihr Platz ist gebucht.

    { $title }
    Wann: { $when }

    Um Ihren Platz freizugeben, öffnen Sie die Aktivität: { $link }
mail-activity-waitlisted-subject = Warteliste: { $title }
mail-activity-waitlisted-body =
    Der Termin ist ausgebucht, Sie stehen auf seiner Warteliste. Wird ein Platz frei, bekommen Sie ihn, und wir sagen es Ihnen per E-Mail.

    { $title }
    Wann: { $when }

    { $link }
mail-activity-moved-up-subject = Ein Platz ist für Sie frei geworden: { $title }
mail-activity-moved-up-body =
    Jemand hat seinen Platz freigegeben, und Sie waren als Nächstes auf der Warteliste: Sie haben jetzt einen Platz.

    { $title }
    Wann: { $when }

    Wenn Sie doch nicht kommen können, geben Sie Ihren Platz bitte für die nächste Person frei: { $link }
mail-activity-session-cancelled-subject = Abgesagt: { $title }
mail-activity-session-cancelled-body =
    Es tut uns leid: Dieser Termin ist abgesagt.

    { $title }
    Wann: { $when }

    { $link }
mail-activity-reminder-subject = Morgen: { $title }
mail-activity-reminder-body =
    Zur Erinnerung: Sie haben einen Platz bei diesem Termin.

    { $title }
    Wann: { $when }

    Wenn Sie nicht kommen können, geben Sie Ihren Platz bitte für jemanden auf der Warteliste frei: { $link }
data-activities-organised = Aktivitäten, die Sie organisiert haben
data-activity-registrations = Die Termine, für die Sie sich angemeldet haben, und ob Sie gekommen sind
data-activity-calendar = Wann Sie Ihre geheime Kalenderadresse erstellt haben
data-field-session-id = Termin
data-field-status = Platz oder Warteliste
data-field-registered-at = Angemeldet am
data-field-attended = Gekommen (1) oder nicht (0)
data-field-reminded-at = Erinnerung gesendet am
activity-notice-messaged = Ihre Nachricht geht an alle Angemeldeten und Wartenden.
activity-notice-series = Sie haben alle kommenden Termine angefragt: Bei jedem steht unten, ob Sie einen Platz haben oder auf der Warteliste stehen. Eine E-Mail fasst es zusammen.
activity-message-title = An die Angemeldeten schreiben
activity-message-to = An die Personen von
activity-message-to-all = Allen Terminen
activity-message-text = Nachricht
activity-message-hint = Alle Angemeldeten und Wartenden erhalten sie per E-Mail. Sie sehen die Adressen der anderen nicht.
activity-message-send = Nachricht senden
activity-register-series = Bei allen Terminen einen Platz nehmen
activity-register-series-hint = Oder melden Sie sich auf einmal für die ganze Reihe an: ein Platz, wo noch einer frei ist, die Warteliste, wo der Termin ausgebucht ist.
activity-error-message-empty = Schreiben Sie eine Nachricht.
activity-error-message-long = Die Nachricht ist zu lang (höchstens 2000 Zeichen).
mail-activity-series-subject = Ihre Plätze: { $title }
mail-activity-series-body =
    Sie haben sich für die kommenden Termine angemeldet.

    { $title }
    Erster Termin: { $when }
    Termine mit Platz: { $places }
    Termine auf der Warteliste: { $waits }

    Wird ein Platz frei, bekommen Sie ihn, und wir sagen es Ihnen per E-Mail. { $link }
mail-activity-message-subject = Eine Nachricht: { $title }
mail-activity-message-body =
    Die Organisation schreibt allen Angemeldeten:

    { $text }

    { $link }
activity-field-commune-room = Online, im Videoraum der Gemeinde ({ $room })
activity-error-no-commune-room = Die Gemeinde hat noch keinen Videoraum: Schreiben Sie stattdessen den Link des Raums.

## Sprachcafés und Konversationstische
activity-tables = Tische eines Sprachcafés
activity-tables-hint = Nur für ein Sprachcafé: eine Zeile pro Tisch, jeder in einer Sprache, mit seiner Gastgeberin oder seinem Gastgeber (Niveau C1 oder besser) und 1 bis 6 Plätzen. Lassen Sie die übrigen Zeilen leer. Die Plätze des Cafés sind die Plätze seiner Tische.
activity-table-number = Tisch { $number }
activity-field-table-language = Sprache
activity-field-host = Name der Gastgeberin oder des Gastgebers
activity-field-host-level = Niveau der Gastgeberin oder des Gastgebers
activity-field-seats = Plätze
activity-add-table = Einen Tisch hinzufügen
activity-conversation = Konversationstisch
activity-conversation-hint = Nur für einen Konversationstisch: seine Sprache und die Niveaus, für die er gedacht ist (A1 bis B2).
activity-field-lowest = Ab Niveau
activity-field-highest = Bis Niveau
activity-capacity-hint = Bei einem Sprachcafé leer lassen: die Plätze sind die der Tische.
activity-field-levels = Niveaus
activity-levels = { $language }, { $lowest } bis { $highest }
activity-table-free = { $count ->
    [0] voll
    [one] ein Platz frei
   *[other] { $count } Plätze frei
}
activity-language-waiting = Warteliste { $language }: { $count }
activity-choose-table = Die Sprache, die Sie üben möchten
activity-accept-waiting-list = Wenn ihre Tische voll sind, mich auf ihre Warteliste setzen
activity-take-seat = Einen Platz nehmen
activity-table-heading = Tisch { $language }, mit { $host }
activity-waiting-for = Wartet auf einen Platz: { $language }
activity-profile-link = Tragen Sie Ihre Sprachen und Niveaus in Ihr Profil ein
activity-error-tables-not-cafe = Nur ein Sprachcafé hat Tische: Wählen Sie diese Art oder lassen Sie die Tische leer.
activity-error-conversation-not-table = Nur ein Konversationstisch hat Niveaus: Wählen Sie diese Art oder lassen Sie die Niveaus leer.
activity-error-no-table = Ein Sprachcafé braucht mindestens einen Tisch.
activity-error-too-many-tables = Ein Sprachcafé hat höchstens 30 Tische.
activity-error-table-language = Wählen Sie die Sprache des Tisches: Luxemburgisch, Deutsch, Französisch, Englisch oder Portugiesisch.
activity-error-table-host = Schreiben Sie den Namen der Gastgeberin oder des Gastgebers (höchstens 80 Zeichen) oder geben Sie die Adresse ihres Kontos an.
activity-error-host-level = Wer einen Tisch leitet, spricht seine Sprache auf Niveau C1, C2 oder als Muttersprache.
activity-error-table-seats = Ein Tisch hat 1 bis 6 Plätze.
activity-error-conversation-missing = Wählen Sie die Sprache des Konversationstisches und die Niveaus, für die er gedacht ist.
activity-error-level = Wählen Sie ein Niveau: A1, A2, B1 oder B2.
activity-error-range-reversed = Das niedrigste Niveau liegt über dem höchsten.
activity-error-range-above = Ein Konversationstisch ist für Lernende: seine Niveaus reichen bis B2.
activity-refused-tables-full = Alle Tische dieser Sprache sind voll. Kreuzen Sie die Warteliste an, um auf einen Platz zu warten.
activity-refused-no-level = Es braucht mindestens das Niveau A1: Tragen Sie diese Sprache zuerst in Ihr Sprachprofil ein.
activity-refused-nothing-to-learn = Sie sprechen diese Sprache über B2: An einem Tisch bleibt wenig zu lernen, aber Sie könnten einen leiten.
activity-refused-below-level = Ihr Niveau in dieser Sprache liegt unter den Niveaus dieses Tisches.
activity-refused-above-level = Ihr Niveau in dieser Sprache liegt über den Niveaus dieses Tisches.
activity-refused-choose-language = Wählen Sie die Sprache eines der Tische des Cafés.
data-field-table-id = Tisch im Sprachcafé
data-field-waits-for = Wartet auf einen Tisch in
activity-table-line = { $language }: { $host } ({ $level }), { $free }
activity-edit-title = Aktivität ändern
activity-edit-of = Ändern: { $title }
activity-edit-hint = Ändern Sie Texte, Ort, Plätze oder Sprachen. Die Termine bleiben: Sagen Sie einen Termin ab, der nicht stattfinden kann, und alle Angemeldeten werden benachrichtigt.
activity-edit-capacity-hint = Wer auf der Warteliste steht, rückt sofort nach, wenn Sie Plätze hinzufügen. Weniger Plätze, als für einen kommenden Termin schon vergeben sind, geht nicht.
activity-save-changes = Änderungen speichern
activity-notice-changed = Die Aktivität ist geändert. Alle Angemeldeten und Wartenden erfahren einen neuen Ort oder Link.
activity-error-capacity-below-taken = Für einen kommenden Termin haben schon mehr Personen einen Platz. Behalten Sie mindestens so viele Plätze oder sagen Sie diesen Termin ab.
mail-activity-moved-subject = Neuer Ort oder Link: { $title }
mail-activity-moved-body =
    Die Organisation hat den Ort dieser Aktivität geändert. Sie sind angemeldet oder stehen auf der Warteliste.

    { $title }
    Wann: { $when }
    Wo jetzt:
    { $where }

    Die Seite der Aktivität: { $link }
activity-cancel-activity = Alle kommenden Termine absagen
activity-cancel-activity-hint = Die Aktivität bleibt als abgesagt sichtbar. Alle Angemeldeten und Wartenden werden einmal per E-Mail benachrichtigt.
activity-cancel-activity-confirm = Ja, alle Termine absagen, die noch nicht begonnen haben
activity-error-confirm-cancel = Kreuzen Sie das Kästchen an, um die Absage aller kommenden Termine zu bestätigen.
activity-notice-activity-cancelled = Alle kommenden Termine sind abgesagt. Alle Angemeldeten und Wartenden werden benachrichtigt.
mail-activity-cancelled-subject = Abgesagt: { $title }
mail-activity-cancelled-body =
    Die Organisation hat alle kommenden Termine dieser Aktivität abgesagt. Ihr Platz (oder Ihr Platz auf der Warteliste) entfällt damit. Sie müssen nichts tun.

    { $title }
    Ihr erster Termin war: { $when }

    Die Seite der Aktivität: { $link }

activities-organised-title = Die Aktivitäten, die Sie organisieren
activities-organised-intro = Jede Aktivität, die Sie organisieren, mit der Liste der Angemeldeten.
activities-organised-none = Sie organisieren noch keine Aktivität.
activities-organised-over = Vorbei
activity-error-audience-association = Ein Veranstalterkonto hat kein Viertel: Wählen Sie die ganze Gemeinde oder alle.

## A café table's host with an account
activity-field-host-account = E-Mail der Gastgeberin oder des Gastgebers, wenn sie hier ein Konto haben
activity-host-account-hint = Freiwillig. Wer mit einem Konto einen Tisch leitet, sieht, wer dort einen Platz hat, und bekommt am Vortag eine Erinnerung. Nennt das Sprachprofil die Sprache des Tisches, gilt dessen Niveau.
activity-error-host-account = Kein Konto dieser Gemeinde, das an Aktivitäten teilnimmt, hat diese Adresse.
activity-error-host-profile-level = Das Sprachprofil dieser Person nennt in der Sprache des Tisches ein Niveau unter C1: Wer einen Tisch leitet, spricht sie auf C1, C2 oder als Muttersprache.
activity-error-host-twice = Diese Person leitet schon einen anderen Tisch dieses Cafés.
activity-host-page-title = Tisch { $language }: { $title }
activity-host-page-intro = Sie leiten diesen Tisch. Hier sehen Sie, wer dort einen Platz hat, Termin für Termin: die Namen, nie die Adressen.
activity-host-page-intro-organiser = Wer an diesem Tisch einen Platz hat, Termin für Termin. Die Gastgeberin oder der Gastgeber sieht dieselbe Seite.
activity-host-page-activity = Die Seite der Aktivität
activity-host-no-learner = Noch hat niemand einen Platz.
activity-hosting = Tische, die Sie leiten
activity-hosting-line = Tisch { $language }: { $title }
mail-activity-host-named-subject = Sie leiten einen Tisch: { $title }
mail-activity-host-named-body =
    Die Organisation dieses Sprachcafés hat Sie als Gastgeberin oder Gastgeber des Tisches { $language } eingetragen.

    { $title }
    Erster Termin: { $when }

    Wer an Ihrem Tisch einen Platz hat, sehen Sie auf der Seite Ihrer Aktivitäten; am Vortag jedes Termins bekommen Sie eine Erinnerung: { $link }
mail-activity-host-reminder-subject = Morgen leiten Sie: { $title }
mail-activity-host-reminder-body =
    Zur Erinnerung: Morgen leiten Sie den Tisch { $language }.

    { $title }
    Wann: { $when }
    Lernende mit Platz: { $count }

    Wer sie sind: { $table_link }
    Die Seite der Aktivität: { $link }
data-cafe-tables-hosted = Die Tische von Sprachcafés, die Sie leiten
data-field-activity-id = Aktivität
data-field-host-name = Name der Gastgeberin oder des Gastgebers
data-field-host-level = Niveau der Gastgeberin oder des Gastgebers
activity-hosts-title = Wer die Tische leitet
activity-hosts-of = Wer die Tische leitet: { $title }
activity-hosts-hint = Ändern Sie, wer einen Tisch leitet: Schreiben Sie einen Namen oder geben Sie die Adresse des Kontos hier an. Wer neu mit einem Konto einen Tisch leitet, bekommt eine E-Mail und die Erinnerungen; wer ihn nicht mehr leitet, erfährt es auch. Jeder Tisch behält seine Sprache und seine Plätze.
activity-hosts-table = Tisch { $number }: { $language }
activity-hosts-save = Gastgeber dieses Tisches speichern
activity-hosts-link = Ändern, wer die Tische leitet
activity-notice-host = Der Tisch hat jetzt eine neue Leitung.
mail-activity-host-released-subject = Sie leiten keinen Tisch mehr: { $title }
mail-activity-host-released-body =
    Die Organisation dieses Sprachcafés hat den Tisch { $language } jemand anderem gegeben. Sie müssen nichts tun.

    { $title }
    Nächster Termin: { $when }

    { $link }
