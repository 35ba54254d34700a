# Umfragen: Abstimmungen und Befragungen der Gemeinde, Antworten und Ergebnisse.

consultation-nav = Umfragen
consultation-list-title = Umfragen
consultation-list-intro = Die Gemeinde fragt nach Ihrer Meinung. Beantworten Sie die Umfragen für Ihr Viertel und die ganze Gemeinde.
consultation-list-none = Zurzeit gibt es keine Umfrage für Sie.
consultation-answer-title = Umfrage
consultation-back = Alle Umfragen
consultation-back-to-it = Zurück zur Umfrage
consultation-closes-on = Offen bis: { $date }
consultation-opens-on = Beginn: { $date }
consultation-state-draft = Entwurf
consultation-state-scheduled = Noch nicht offen
consultation-state-open = Offen
consultation-state-closed = Abgeschlossen
consultation-you-answered = Sie haben geantwortet
consultation-other-languages = Auch auf:
consultation-see-results = Ergebnisse ansehen
consultation-anonymous-note = Ihre Antworten sind anonym: Niemand, auch nicht die Gemeinde, kann erkennen, welche Antworten Ihre sind. Einmal gesendet, können sie nicht mehr geändert werden.
consultation-named-note = Ihre Antworten tragen Ihren Namen. Sie können sie bis zum Ende der Umfrage ändern.
consultation-answer-final = Danke. Anonyme Antworten können nicht geändert werden.
consultation-answer-changeable = Sie können Ihre Antworten bis zum Ende der Umfrage ändern.
consultation-not-answerable = Diese Umfrage nimmt zurzeit keine Antworten an.
consultation-problems = { $count ->
    [one] Eine Frage braucht Ihre Aufmerksamkeit.
   *[other] { $count } Fragen brauchen Ihre Aufmerksamkeit.
}
consultation-send-answers = Meine Antworten senden
consultation-change-answers = Meine Antworten ändern
consultation-answered = Danke, Ihre Antworten sind gespeichert.
consultation-optional = (freiwillig)
consultation-other = Anderes
consultation-other-text = Anderes, in Ihren Worten
consultation-yes = Ja
consultation-no = Nein
consultation-your-answer = Ihre Antwort
consultation-rating-low = Niedrigster Wert: { $label }
consultation-rating-high = Höchster Wert: { $label }
consultation-rating-end = { $value } – { $label }
consultation-rank-place = { $place ->
    [one] Erster Platz
   *[other] Platz { $place }
}
consultation-hint-at-most = { $count ->
    [one] Wählen Sie eine Antwort.
   *[other] Wählen Sie bis zu { $count } Antworten.
}
consultation-hint-exactly = { $count ->
    [one] Wählen Sie eine Antwort.
   *[other] Wählen Sie { $count } Antworten.
}
consultation-hint-between = Wählen Sie { $min } bis { $max } Antworten.
consultation-hint-rank = { $count ->
    [one] Wählen Sie Ihre erste Wahl.
   *[other] Ordnen Sie { $count } Antworten nach Ihrer Vorliebe, jede einmal.
}
consultation-hint-characters = Höchstens { $count } Zeichen.

consultation-answer-unknown-question = Dieses Formular ist veraltet (Frage { $question } gibt es nicht). Bitte laden Sie die Seite neu.
consultation-answer-twice = Diese Frage wurde zweimal beantwortet.
consultation-answer-wrong-kind = Diese Antwort passt nicht zur Frage.
consultation-answer-missing = Bitte beantworten Sie diese Frage.
consultation-answer-unknown-choice = Bitte wählen Sie unter den angebotenen Antworten.
consultation-answer-chosen-twice = Jede Antwort zählt einmal.
consultation-answer-too-few = Wählen Sie mindestens { $min }.
consultation-answer-too-many = Wählen Sie höchstens { $max }.
consultation-answer-no-other = Diese Frage hat kein Feld „Anderes“.
consultation-answer-other-too-long = Schreiben Sie höchstens { $max } Zeichen.
consultation-answer-off-scale = Wählen Sie einen Wert der Skala.
consultation-answer-ranking-length = Ordnen Sie { $count } Antworten, jede einmal.
consultation-answer-text-too-long = Schreiben Sie höchstens { $max } Zeichen.
consultation-refused-not-open = Diese Umfrage ist noch nicht offen.
consultation-refused-closed = Diese Umfrage ist abgeschlossen: Ihre Ergebnisse ändern sich nicht mehr.
consultation-refused-final = Sie haben schon geantwortet, und anonyme Antworten können nicht geändert werden.
consultation-error-form = Dieses Formular gehört nicht zu dieser Umfrage. Bitte laden Sie die Seite neu.

consultation-staff-title = Umfragen der Gemeinde
consultation-staff-intro = Fragen Sie die Einwohner nach ihrer Meinung: eine Abstimmung mit einer Frage oder eine Befragung mit mehreren, anonym oder namentlich, für die ganze Gemeinde oder einzelne Viertel.
consultation-staff-none = Noch keine Umfrage.
consultation-staff-back = Alle Umfragen der Gemeinde
consultation-new-title = Neue Umfrage
consultation-edit-title = Entwurf einer Umfrage
consultation-show-title = Umfrage
consultation-saved = Der Entwurf ist gespeichert.
consultation-published = Die Umfrage ist veröffentlicht. Die Einwohner sehen sie ab ihrem ersten Tag.
consultation-publish = Veröffentlichen
consultation-publish-note = Prüfen Sie die Vorschau unten. Einmal veröffentlicht, kann die Umfrage nicht mehr geändert werden.
consultation-save = Entwurf speichern
consultation-preview = Vorschau
consultation-field-text = Titel und Fragen
consultation-field-opens = Erster Tag
consultation-field-closes = Letzter Tag
consultation-field-audience = Wer gefragt wird
consultation-field-anonymous = Anonymität
consultation-field-results-shown = Ergebnisse für die Einwohner
consultation-field-state = Stand
consultation-field-answers = Antworten
consultation-audience-commune = Die ganze Gemeinde
consultation-audience-neighbourhoods = Nur die unten angekreuzten Viertel
consultation-anonymous-label = Anonyme Antworten: ohne den Namen gespeichert und nach dem Senden endgültig
consultation-anonymous = Anonym
consultation-named = Namentlich, bis zum Ende änderbar
consultation-results-shown-while-open = Gezeigt, während die Antworten eingehen, und nach dem Ende
consultation-results-shown-after-closing = Gezeigt, sobald die Umfrage abgeschlossen ist
consultation-results-shown-never = Den Einwohnern nicht gezeigt
consultation-error-date = Geben Sie ein Datum ein, zum Beispiel 2026-12-01.
consultation-error-audience = Wählen Sie die ganze Gemeinde oder Viertel der Gemeinde.
consultation-error-results-shown = Wählen Sie, wann die Einwohner die Ergebnisse sehen.
consultation-error-published = Diese Umfrage ist veröffentlicht und kann nicht mehr geändert werden.
consultation-error-closed-already = Diese Umfrage endet in der Vergangenheit: Ändern Sie ihren letzten Tag vor dem Veröffentlichen.

consultation-text-help-title = So schreiben Sie die Fragen
consultation-text-help-blocks = Jeder Teil beginnt mit einer Zeile mit einem Stichwort: title (Titel), section (Abschnitt), question (Frage), choice (Antwort) oder low und high für die beiden Enden einer Skala.
consultation-text-help-languages = Die Zeilen danach geben seinen Wortlaut, eine Zeile je Sprache, beginnend mit dem Sprachcode und einem Doppelpunkt: lb, de, fr, en, pt. Schreiben Sie jeden Teil in denselben Sprachen.
consultation-text-help-types = Nach dem Stichwort question folgt ihre Art:
consultation-text-type-single = eine Antwort unter den folgenden;
consultation-text-type-multiple = mehrere Antworten, hier höchstens 3 (min=2 verlangt mindestens 2);
consultation-text-type-yesno = ja oder nein;
consultation-text-type-rating = eine Bewertung von 1 bis 5, mit dem Wortlaut ihrer beiden Enden nach low und high;
consultation-text-type-ranking = die Antworten in der Reihenfolge der Vorliebe (top=3: nur die ersten drei);
consultation-text-type-text = freier Text, hier höchstens 500 Zeichen.
consultation-text-options = fügen einer Auswahlfrage ein Feld „Anderes“ hinzu oder machen eine Frage freiwillig.
consultation-text-line = Zeile { $line }: { $message }
consultation-text-too-long = Der Text ist zu lang.
consultation-text-no-type = Geben Sie die Art der Frage an (single, multiple, yesno, rating, ranking oder text).
consultation-text-unknown-type = Unbekannte Art von Frage: Verwenden Sie single, multiple, yesno, rating, ranking oder text.
consultation-text-bad-option = Diese Option passt nicht zu dieser Art von Frage.
consultation-text-language-twice = Dieser Teil hat schon eine Fassung in dieser Sprache.
consultation-text-wording-nowhere = Wortlaut ohne Teil: Beginnen Sie mit title, section, question oder choice.
consultation-text-choice-nowhere = Eine Antwort gehört unter eine Frage der Art single, multiple oder ranking.
consultation-text-end-nowhere = low und high gehören unter eine Frage der Art rating.
consultation-text-title-twice = Die Umfrage hat einen Titel.
consultation-text-unknown-line = Unbekannte Zeile: Beginnen Sie sie mit einem Stichwort oder einem Sprachcode und Doppelpunkt.

consultation-place-title = Titel
consultation-place-section = Abschnitt { $section }
consultation-place-question = Frage { $question }
consultation-place-choice = Frage { $question }, Antwort { $choice }
consultation-place-low = Frage { $question }, unteres Ende
consultation-place-high = Frage { $question }, oberes Ende
consultation-problem-no-language = Schreiben Sie Titel und Fragen in mindestens einer Sprache.
consultation-problem-missing-version = { $place }: Die Fassung auf { $language } fehlt.
consultation-problem-blank = { $place }: Die Fassung auf { $language } ist leer.
consultation-problem-too-long = { $place }: Die Fassung auf { $language } ist länger als { $max } Zeichen.
consultation-problem-no-question = Stellen Sie mindestens eine Frage.
consultation-problem-too-many-questions = Eine Befragung stellt höchstens { $max } Fragen.
consultation-problem-empty-section = Abschnitt { $section } hat keine Frage.
consultation-problem-duplicate-question = Zwei Fragen haben die Nummer { $question }.
consultation-problem-too-few-choices = Frage { $question } braucht mindestens zwei Antworten.
consultation-problem-too-many-choices = Frage { $question } bietet mehr als { $max } Antworten.
consultation-problem-duplicate-choice = Frage { $question } hat zwei Antworten mit der Nummer { $choice }.
consultation-problem-answer-count = Frage { $question }: Die verlangte Zahl von Antworten passt nicht zu ihren Antworten.
consultation-problem-ranking-top = Frage { $question }: Sie kann nicht mehr Plätze ordnen, als sie Antworten hat.
consultation-problem-scale = Frage { $question }: Eine Skala geht von einem niedrigeren zu einem höheren Wert, höchstens 10.
consultation-problem-free-text = Frage { $question }: Eine Antwort darf 1 bis 2000 Zeichen lang sein.
consultation-problem-closing = Der letzte Tag kann nicht vor dem ersten liegen.
consultation-problem-no-neighbourhood = Kreuzen Sie mindestens ein Viertel an.

consultation-results-title = Ergebnisse
consultation-results-everyone = Alle
consultation-results-groups = Ergebnisse nach Viertel
consultation-respondents = { $count ->
    [one] Eine Person hat geantwortet.
   *[other] { $count } Personen haben geantwortet.
}
consultation-results-answered = { $count ->
    [one] Eine Antwort auf diese Frage.
   *[other] { $count } Antworten auf diese Frage.
}
consultation-results-too-few = Hier haben zu wenige Personen geantwortet, um ihre anonymen Antworten zu zeigen.
consultation-results-choice = Antwort
consultation-results-answers = Personen
consultation-results-points = Punkte
consultation-results-points-first = { $points } Punkte, { $first }-mal an erster Stelle
consultation-results-mean = Durchschnitt: { $mean } auf einer Skala von { $low } bis { $high }
consultation-csv = Antworten herunterladen (CSV)
consultation-csv-resident = Einwohner
consultation-csv-neighbourhood = Viertel
consultation-csv-day = Tag

consultation-code-unknown-question = Eine Antwort nennt eine Frage, die diese Umfrage nicht stellt.
consultation-code-count = Zu wenige oder zu viele Antworten auf eine Frage.
consultation-code-length = Eine Antwort ist zu lang.
consultation-code-ranking = Eine Rangfolge ordnet nicht die verlangte Zahl von Antworten, jede einmal.
consultation-code-wording = Ein Text fehlt, ist leer oder zu lang in einer der Sprachen der Umfrage.
consultation-code-questions = Die Fragen sind nicht so nummeriert oder gruppiert, wie eine Umfrage es erlaubt.
consultation-code-choices = Eine Frage bietet weniger als zwei Antworten, zu viele oder zwei mit derselben Nummer.
consultation-code-limits = Die Grenzen einer Frage passen nicht zu ihr (verlangte Antworten, Plätze, Skala oder Länge).
consultation-code-definition = Das ist keine Umfrage, wie die API sie beschreibt (kind, title, sections, opens_at, closes_at, anonymous, audience, results_shown).
consultation-code-answer = Eine Antwort ist nicht so geschrieben, wie die API sie beschreibt (question und response).
