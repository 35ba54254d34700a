# Die Zeitbank.

timebank-error-category = Wählen Sie eine Kategorie aus der Liste.
timebank-error-memo-empty = Sagen Sie in wenigen Worten, was getauscht wurde.
timebank-error-memo-long = Eine Beschreibung darf höchstens 500 Zeichen haben.
timebank-error-amount-positive = Geben Sie eine Anzahl Minuten über null ein.
timebank-error-amount-large = Ein Tausch darf höchstens 6.000 Minuten (100 Stunden) betragen.
timebank-error-yourself = Sie können keine Minuten mit sich selbst tauschen.
timebank-error-credit-limit = Damit käme die zahlende Person unter das Kreditlimit der Zeitbank.
timebank-error-upper-limit = Damit käme die empfangende Person über die Obergrenze der Zeitbank.
timebank-error-rules = Diese Regeln liegen außerhalb dessen, was die Zeitbank erlaubt.
timebank-error-not-yours = Nur das andere Mitglied kann diesen Vorschlag beantworten.
timebank-error-answered = Dieser Vorschlag wurde bereits beantwortet oder zurückgezogen.
timebank-error-expired = Dieser Vorschlag ist abgelaufen. Machen Sie einen neuen, wenn der Tausch stattgefunden hat.
timebank-error-not-reversible = Diese Buchung kann nicht storniert werden: Sie ist selbst eine Korrektur oder wurde schon storniert.
timebank-error-key-reused = Diese Anfrage wurde bereits für etwas anderes verwendet. Laden Sie die Seite neu und versuchen Sie es noch einmal.
timebank-error-not-joined = Treten Sie zuerst der Zeitbank bei.
timebank-error-no-member = Diese Person ist kein Mitglied der Zeitbank.
timebank-error-rule-credit-limit = Das Kreditlimit ist eine Anzahl Minuten von 0 bis 6.000.
timebank-error-rule-upper-limit = Die Obergrenze bleibt leer oder ist eine Anzahl Minuten von 0 bis 60.000.
timebank-error-rule-welcome = Das Willkommensguthaben beträgt 0 bis 6.000 Minuten und nicht mehr als die Obergrenze.
timebank-error-rule-proposals = Vorschläge warten 1 bis 720 Stunden (30 Tage).
timebank-error-amount-whole = Geben Sie eine ganze Zahl von Minuten ein (90 für anderthalb Stunden).

# Pages.
timebank-title = Zeitbank
timebank-intro = Nachbarn helfen einander und zählen die Zeit: Eine geschenkte Minute ist eine erhaltene Minute, egal für welchen Dienst.
timebank-balance = Ihr Saldo
timebank-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
timebank-credit-limit-hint = { $count ->
    [one] Sie dürfen bis { $count } Minute unter null gehen.
   *[other] Sie dürfen bis { $count } Minuten unter null gehen.
}
timebank-exchange-title = Einen Tausch eintragen
timebank-gift-title = Minuten schenken
timebank-statement-title = Ihr Kontoauszug
timebank-to-answer = Warten auf Ihre Antwort
timebank-to-answer-none = Nichts wartet auf Ihre Antwort.
timebank-asks-you = { $name } bittet Sie um Minuten
timebank-offers-you = { $name } bietet Ihnen Minuten an
timebank-field-amount = Minuten
timebank-field-memo = Was getauscht wurde
timebank-field-category = Kategorie
timebank-answer-by = Antwort bis
timebank-confirm = Bestätigen
timebank-decline = Ablehnen
timebank-waiting = Ihre Vorschläge, die auf Antwort warten
timebank-waiting-none = Keiner Ihrer Vorschläge wartet.
timebank-you-offer = Sie bieten { $name } Minuten an
timebank-you-ask = Sie bitten { $name } um Minuten
timebank-cancel = Vorschlag zurückziehen
timebank-join-title = Der Zeitbank beitreten
timebank-join-text = Mitglieder bieten und suchen Dienste und Dinge und bezahlen einander in Minuten. Der Beitritt ist kostenlos.
timebank-rules-title = Die Regeln
timebank-rule-welcome = { $count ->
    [one] Sie erhalten { $count } Minute von der Gemeinde als Willkommen.
   *[other] Sie erhalten { $count } Minuten von der Gemeinde als Willkommen.
}
timebank-rule-credit-limit = { $count ->
    [one] Sie dürfen bis zu { $count } Minute mehr ausgeben, als Sie erhalten haben.
   *[other] Sie dürfen bis zu { $count } Minuten mehr ausgeben, als Sie erhalten haben.
}
timebank-rule-upper-limit = { $count ->
    [one] Sie dürfen höchstens { $count } Minute besitzen.
   *[other] Sie dürfen höchstens { $count } Minuten besitzen.
}
timebank-rule-proposals = { $count ->
    [one] Ein Vorschlag wartet { $count } Stunde auf die Antwort des anderen Mitglieds.
   *[other] Ein Vorschlag wartet { $count } Stunden auf die Antwort des anderen Mitglieds.
}
timebank-rule-corrections = Minuten bewegen sich nur, wenn beide Mitglieder zustimmen. Einen Fehler korrigiert die Gemeinde mit einer neuen Buchung, nie durch Ändern der alten.
timebank-accept = Ich akzeptiere die Regeln der Zeitbank
timebank-join = Beitreten
timebank-error-accept = Kreuzen Sie das Feld an, um die Regeln zu akzeptieren.
timebank-joined = Willkommen in der Zeitbank.
timebank-proposed = Ihr Vorschlag wurde gesendet. Die Minuten bewegen sich, sobald das andere Mitglied bestätigt.
timebank-confirmed = Bestätigt: Die Minuten wurden gebucht.
timebank-declined = Abgelehnt: Es wurden keine Minuten gebucht.
timebank-cancelled = Der Vorschlag ist zurückgezogen.
timebank-given = Ihre Minuten wurden geschenkt.
timebank-back = Zurück zur Zeitbank
timebank-exchange-intro = Sagen Sie, mit wem Sie getauscht haben und wie viele Minuten es gedauert hat. Das andere Mitglied bestätigt, dann werden die Minuten gebucht.
timebank-field-with = Mit wem
timebank-choose-member = Mitglied wählen
timebank-field-direction = Wer hat den Dienst geleistet
timebank-direction-ask = Ich habe den Dienst geleistet und bitte um Bezahlung
timebank-direction-pay = Ich habe den Dienst erhalten und bezahle
timebank-amount-hint = Ganze Minuten, zum Beispiel 90 für anderthalb Stunden.
timebank-memo-hint = Ein paar Worte, zum Beispiel „Bügeln, zwei Hemden“.
timebank-choose-category = Kategorie wählen
timebank-exchange-send = Vorschlag senden
timebank-gift-intro = Schenken Sie einem anderen Mitglied einige Ihrer Minuten, zum Beispiel jemandem, der Hilfe braucht und wenige Minuten hat.
timebank-your-balance = { $count ->
    [one] Ihr Saldo beträgt { $count } Minute.
   *[other] Ihr Saldo beträgt { $count } Minuten.
}
timebank-field-to = An wen
timebank-field-gift-memo = Ein Wort für die Person
timebank-gift-send = Schenken
timebank-statement-csv = Kontoauszug herunterladen (CSV)
timebank-statement-empty = Noch nichts.
timebank-csv-date = Datum
timebank-csv-kind = Art
timebank-csv-with = Mit
timebank-csv-memo = Beschreibung
timebank-csv-category = Kategorie
timebank-csv-minutes = Minuten
timebank-csv-balance = Saldo
timebank-csv-number = Nummer
timebank-csv-from = Von
timebank-csv-to = An
timebank-csv-reverses = Korrigiert Buchung
timebank-kind-exchange = Tausch
timebank-kind-counter = Am Schalter eingetragener Tausch
timebank-kind-gift = Geschenk
timebank-kind-welcome = Willkommensguthaben
timebank-kind-reversal = Korrektur
timebank-category-company = Gesellschaft und Besuche
timebank-category-shopping = Einkäufe und Besorgungen
timebank-category-transport = Fahrten und Transport
timebank-category-household = Haushalt
timebank-category-repairs = Reparaturen und Basteln
timebank-category-garden = Garten
timebank-category-cooking = Kochen
timebank-category-children = Kinder
timebank-category-animals = Tiere
timebank-category-paperwork = Formulare und Post
timebank-category-digital = Computer und Telefon
timebank-category-languages = Sprachen
timebank-category-lessons = Unterricht und Nachhilfe
timebank-category-health = Gesundheit und Wohlbefinden
timebank-category-goods = Verliehene oder geschenkte Dinge
timebank-category-other = Anderes
timebank-desk-title = Koordination der Zeitbank
timebank-desk-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
timebank-counter-title = Einen Tausch am Schalter eintragen
timebank-ledger-title = Das Hauptbuch
timebank-ledger-csv = Hauptbuch herunterladen (CSV)
timebank-audit-title = Prüfung des Hauptbuchs
timebank-audit-sound-tag = In Ordnung
timebank-audit-sound = Jeder Saldo entspricht der Summe seiner Buchungen, und alle Salden zusammen ergeben null.
timebank-audit-unsound-tag = Fehlerhaft
timebank-audit-unsound = { $count ->
    [one] Das Hauptbuch ist nicht ausgeglichen: Die Salden ergeben { $count } Minute statt null. Melden Sie es dem Betrieb der Plattform.
   *[other] Das Hauptbuch ist nicht ausgeglichen: Die Salden ergeben { $count } Minuten statt null. Melden Sie es dem Betrieb der Plattform.
}
timebank-activity-title = Aktivität der letzten zwölf Monate
timebank-chart-exchanges = Tausche pro Monat
timebank-chart-exchanges-heading = Tausche
timebank-chart-hours = Getauschte Stunden pro Monat
timebank-chart-hours-heading = Stunden
timebank-chart-members = Aktive Mitglieder pro Monat
timebank-chart-members-heading = Mitglieder
timebank-chart-month = Monat
timebank-chart-categories = Meistgetauschte Kategorien
timebank-field-credit-limit = Kreditlimit (Minuten unter null)
timebank-credit-limit-field-hint = Wie weit ein Mitglied unter null gehen darf, von 0 bis 6.000 Minuten.
timebank-field-upper-limit = Obergrenze (Minuten)
timebank-upper-limit-field-hint = Leer lassen für keine Obergrenze.
timebank-field-welcome = Willkommensguthaben (Minuten)
timebank-field-proposal-hours = Wie lange ein Vorschlag wartet (Stunden)
timebank-rules-save = Regeln speichern
timebank-rules-saved = Die Regeln sind gespeichert. Sie gelten ab jetzt.
timebank-counter-recorded = Der Tausch ist eingetragen.
timebank-reversed = Die Buchung ist korrigiert.
timebank-desk-back = Zurück zur Koordination
timebank-counter-intro = Für Mitglieder, die nicht online sind: Tragen Sie einen Tausch ein, den sie am Schalter melden. Er wird als von Ihnen eingetragen markiert.
timebank-field-payee = Wer den Dienst geleistet hat (wird bezahlt)
timebank-field-payer = Wer ihn erhalten hat (bezahlt)
timebank-counter-send = Tausch eintragen
timebank-ledger-intro = Jede Buchung der Reihe nach. Ein Fehler wird mit einer Gegenbuchung und ihrem Grund korrigiert; Buchungen werden nie geändert.
timebank-ledger-empty = Noch keine Buchung.
timebank-transfer-number = Buchung { $number }
timebank-field-reason = Grund der Korrektur
timebank-reverse = Diese Buchung stornieren
timebank-reversed-tag = Korrigiert
timebank-the-commune = Die Gemeinde
timebank-former-member = Ein ehemaliges Mitglied

# Offers and requests.
timebank-listings-title = Angebote und Gesuche
timebank-listings-see = Sehen, was Mitglieder anbieten und suchen
timebank-listings-intro = Dienste und Dinge, die Mitglieder der ganzen Gemeinde anbieten oder suchen, mit ihrem ungefähren Wert in Minuten.
timebank-listing-new-title = Angebot oder Gesuch veröffentlichen
timebank-listings-search = Nach Wörtern suchen
timebank-listings-show = Anzeigen
timebank-listings-all = Angebote und Gesuche
timebank-listings-offers = Nur Angebote
timebank-listings-requests = Nur Gesuche
timebank-listings-search-button = Suchen
timebank-listings-none = Nichts gefunden.
timebank-listing-offer = Angebot
timebank-listing-request = Gesuch
timebank-listing-close = Schließen (erledigt oder nicht mehr gewünscht)
timebank-listing-propose = Einen Tausch mit { $name } eintragen
timebank-listings-back = Zurück zu den Angeboten und Gesuchen
timebank-listing-field-kind = Ist es ein Angebot oder ein Gesuch?
timebank-listing-field-title = Titel
timebank-listing-field-text = Beschreibung
timebank-listing-text-hint = Was, wann, wo: genug, damit jemand weiß, ob er helfen kann.
timebank-listing-field-minutes = Wert in Minuten (freiwillig)
timebank-listing-minutes-hint = Nur ein Richtwert: Die Mitglieder einigen sich beim Eintragen des Tauschs auf die Minuten.
timebank-listing-publish = Veröffentlichen
timebank-listing-published = Ihr Angebot oder Gesuch ist veröffentlicht.
timebank-listing-closed = Es ist geschlossen und wird nicht mehr angezeigt.
timebank-error-listing-kind = Wählen Sie Angebot oder Gesuch.
timebank-error-title-empty = Geben Sie einen Titel an.
timebank-error-title-long = Ein Titel darf höchstens 120 Zeichen haben.
timebank-error-text-empty = Beschreiben Sie, was Sie anbieten oder suchen.
timebank-error-text-long = Eine Beschreibung darf höchstens 2.000 Zeichen haben.

# Choosing a member in a large time bank
timebank-member-name-hint = Schreiben Sie den Namen oder einen Teil davon.
timebank-member-matches = Mitglieder mit diesem Namen: Wählen Sie eines
timebank-error-member-choose = Mehrere Mitglieder haben diesen Namen. Wählen Sie unten eines.
timebank-error-member-more = Viele Mitglieder haben diesen Namen. Wählen Sie unten eines oder schreiben Sie mehr vom Namen.
timebank-error-member-named = Kein Mitglied hat diesen Namen. Prüfen Sie die Schreibweise oder schreiben Sie einen Teil des Namens.
