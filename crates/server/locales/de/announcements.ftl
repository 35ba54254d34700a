# Mitteilungen des Kanals der Gemeinde.

announcements-title = Mitteilungen
announcements-intro-member = Was die Gemeinde Ihrem Viertel und der ganzen Gemeinde mitteilt. Angeheftete Mitteilungen stehen oben.
announcements-intro-public = Was die Gemeinde allen mitteilt. Angemeldete Einwohner sehen auch, was ihr Viertel betrifft.
announcements-none = Zurzeit keine Mitteilung.
announcements-back = Alle Mitteilungen
announcements-all = Alle Mitteilungen
announcements-feed = Mitteilungen abonnieren (Atom-Feed)
announcements-feed-title = Mitteilungen: { $commune }
announcements-desk-title = An die Einwohner schreiben
announcements-desk-intro = Mitteilungen erreichen die Einwohner zuerst in ihrer Sprache. Schreiben Sie sie in so vielen Sprachen wie möglich.
announcements-desk-back = Zurück zu den Mitteilungen
announcement-pinned = Angeheftet
announcement-public = Öffentlich
announcement-also-in = Auch auf:
announcement-shown-in = Diese Mitteilung wird auf { $language } angezeigt.
announcement-other-versions = In einer anderen Sprache lesen
announcement-for-commune = Für die ganze Gemeinde
announcement-for-neighbourhoods = Viertel: { $names }
announcement-state-scheduled = Geplant
announcement-state-live = Veröffentlicht
announcement-state-expired = Abgelaufen
announcement-state-withdrawn = Zurückgezogen
announcement-languages = Sprachen
announcement-reach-delivered = Zugestellte E-Mails
announcement-reach-read = Gelesen von Einwohnern
announcement-new-title = Neue Mitteilung
announcement-edit-title = Mitteilung ändern
announcement-withdraw = Zurückziehen
announcement-versions-hint = Schreiben Sie mindestens eine Sprache. Lassen Sie eine Sprache ohne Fassung leer: Die Leser sehen dann eine andere.
announcement-field-title = Titel
announcement-field-body = Text
announcement-field-audience = Für wen?
announcement-audience-chosen = Nur für die unten gewählten Viertel
announcement-field-neighbourhoods = Viertel
announcement-neighbourhoods-hint = Nur wenn die Mitteilung für gewählte Viertel ist.
announcement-field-options = Optionen
announcement-field-public = Öffentlich: alle können sie lesen, auch ohne Konto und im Atom-Feed
announcement-field-pinned = Angeheftet: über den anderen angezeigt
announcement-field-publish-at = Veröffentlicht am
announcement-publish-at-hint = Luxemburger Zeit. Leer lassen, um sofort zu veröffentlichen.
announcement-field-expires-at = Angezeigt bis
announcement-expires-at-hint = Luxemburger Zeit. Leer lassen, um sie bis zum Zurückziehen anzuzeigen.
announcement-publish = Speichern und veröffentlichen
announcement-published = Die Mitteilung ist gespeichert. Sie erscheint zur gewählten Zeit.
announcement-changed = Die Mitteilung ist geändert.
announcement-withdrawn = Die Mitteilung ist zurückgezogen. Niemand sieht sie mehr.

announcement-error-no-version = Schreiben Sie einen Titel und einen Text in mindestens einer Sprache.
announcement-error-language-twice = Diese Sprache wurde zweimal gesendet.
announcement-error-language-unknown = Fassungen gibt es auf Luxemburgisch (lb), Deutsch (de), Französisch (fr), Englisch (en) oder Portugiesisch (pt).
announcement-error-title-missing = Geben Sie dieser Fassung einen Titel.
announcement-error-title-long = Ein Titel hat höchstens 160 Zeichen.
announcement-error-body-missing = Schreiben Sie den Text dieser Fassung.
announcement-error-body-long = Ein Text hat höchstens 8.000 Zeichen und 200 Zeilen.
announcement-error-no-neighbourhood = Wählen Sie mindestens ein Viertel oder die ganze Gemeinde.
announcement-error-neighbourhood-unknown = Wählen Sie Viertel der Gemeinde aus der Liste.
announcement-error-time = Geben Sie Datum und Uhrzeit an, zum Beispiel 01.12.2026 09:00.
announcement-error-expires-before = Das Ende muss nach der Veröffentlichung liegen.
announcement-error-too-far = Wählen Sie ein Datum in weniger als zwei Jahren.

# E-mail notices of announcements.
notice-announcement-subject = { $title }
notice-announcement-body = Die Gemeinde hat eine Mitteilung veröffentlicht:

    { $title }

    { $text }

    Lesen, auch in anderen Sprachen: { $link }
notice-digest-announcement = Mitteilung: { $title }
    { $link }

# Der druckbare Wochenüberblick eines Viertels.
digest-title = Wochenüberblick
digest-print-hint = Drucken Sie diese Seite auf A4-Papier für Nachbarn, die nicht online sind. Sie zeigt keine Namen und keine Adressen.
digest-heading = { $neighbourhood }: die Woche auf Gemeng
digest-intro = Was die Gemeinde und die Nachbarn geteilt haben, { $from } – { $to }.
digest-announcements = Mitteilungen der Gemeinde
digest-offers = Angebote und Anfragen im Viertel
digest-nothing = Nichts in dieser Woche.
digest-footer = Gedruckt aus Gemeng, der Plattform der Gemeinde für ihre Einwohner. Um auf ein Angebot oder eine Anfrage zu antworten, fragen Sie einen Nachbarn, der Gemeng nutzt, oder den Empfang der Gemeinde.
digest-print-all = Den Wochenüberblick jedes Viertels drucken
digest-print-one = Den Wochenüberblick für Nachbarn ohne Internet drucken
