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
