# Sprachpraxis: Sprachprofile und Tandems.

profile-title = Meine Sprachen
profile-intro = Geben Sie an, welche Sprachen Sie sprechen und welche Sie üben möchten. Die Gemeinde schlägt Ihnen dann eine Tandempartnerin oder einen Tandempartner vor: jemanden, der Ihnen bei einer Sprache hilft, die Sie lernen, während Sie bei einer Sprache helfen, die Sie gut sprechen.
profile-form-title = Mein Sprachprofil
profile-languages-hint = Wählen Sie für jede Sprache, die Sie sprechen, Ihr Niveau. Kreuzen Sie an, was Sie üben möchten (bis B2) und wobei Sie anderen helfen können (ab B2).
profile-field-level = Mein Niveau
profile-level-none = Ich spreche sie nicht
profile-level-a1 = A1 (Anfänger)
profile-level-a2 = A2 (Grundkenntnisse)
profile-level-b1 = B1 (Mittelstufe)
profile-level-b2 = B2 (gute Mittelstufe)
profile-level-c1 = C1 (fortgeschritten)
profile-level-c2 = C2 (sehr gut)
profile-level-native = Muttersprache
profile-field-learns = Ich möchte sie üben
profile-field-offers = Ich kann anderen dabei helfen
profile-field-availability = Wann ich mich treffen kann
profile-part-morning = Vormittag
profile-part-afternoon = Nachmittag
profile-part-evening = Abend
profile-field-intergenerational = Eine Partnerin oder ein Partner einer anderen Generation ist mir willkommen
profile-field-birth-year = Geburtsjahr (freiwillig)
profile-birth-year-hint = Nur um, wenn Sie möchten, Partner einer anderen Generation vorzuschlagen. Niemand sonst sieht es.
profile-save = Mein Profil speichern
profile-saved = Ihr Sprachprofil ist gespeichert.
profile-language-lb = Luxemburgisch
profile-language-de = Deutsch
profile-language-fr = Französisch
profile-language-en = Englisch
profile-language-pt = Portugiesisch
profile-error-no-language = Wählen Sie ein Niveau für mindestens eine Sprache.
profile-error-twice = Jede Sprache bitte nur einmal.
profile-error-level-missing = Wählen Sie Ihr Niveau in dieser Sprache: Man beginnt bei A1.
profile-error-offer-level = Um bei einer Sprache zu helfen, braucht es mindestens B2.
profile-error-learn-level = Über B2 gibt es wenig zu üben: Kreuzen Sie stattdessen an, dass Sie dabei helfen können.
profile-error-learns-and-offers = Üben Sie diese Sprache oder helfen Sie dabei, nicht beides.
profile-error-availability = Wählen Sie mindestens eine Zeit der Woche.
profile-error-birth-year = Geben Sie ein Geburtsjahr an, zum Beispiel 1954, oder lassen Sie das Feld leer.
profile-error-language-unknown = Wählen Sie unter Luxemburgisch, Deutsch, Französisch, Englisch und Portugiesisch.
profile-error-level = Wählen Sie ein Niveau von A1 bis C2 oder Muttersprache.
tandems-title = Meine Tandems
tandem-state-proposed = Vorgeschlagen
tandem-state-waiting = Wartet auf Ihr Gegenüber
tandem-state-agreed = Von beiden angenommen
tandem-state-closed = Beendet
tandem-you-learn = Sie üben
tandem-you-help = Sie helfen bei
tandem-partner = Ihr Gegenüber
tandem-contact-hint = Name und E-Mail-Adresse des anderen sehen Sie, sobald Sie beide angenommen haben.
tandem-accept = Annehmen
tandem-decline = Nein, danke
tandem-end = Tandem beenden
tandem-accepted = Danke. Sobald Ihr Gegenüber auch annimmt, erhalten Sie beide die Kontaktdaten per E-Mail.
tandem-closed = Das Tandem ist beendet.
tandem-error-closed = Dieses Tandem wurde abgelehnt oder beendet.
tandems-staff-title = Tandems
tandems-staff-intro = Schlagen Sie jedem Mitglied mit Sprachprofil und noch ohne Tandem ein Tandem vor. Der Vorschlag sucht die besten Paare für alle zusammen; beide Mitglieder nehmen an, bevor sie die Kontaktdaten des anderen sehen.
tandems-staff-profiles = Sprachprofile
tandems-staff-open = Vorgeschlagene oder laufende Tandems
tandems-staff-agreed = Angenommene Tandems
tandems-propose = Jetzt Tandems vorschlagen
tandems-proposed = { $count ->
    [0] Es wurde kein neues Paar gefunden.
    [one] Ein neues Paar wurde vorgeschlagen.
   *[other] Neue Paare vorgeschlagen: { $count }
}
mail-tandem-proposed-subject = Ein Tandem für { $language }
mail-tandem-proposed-body =
    Die Gemeinde schlägt Ihnen ein Tandem vor: jemanden, der Ihnen hilft, diese Sprache zu üben, während Sie bei einer Sprache helfen, die Sie gut sprechen.

    Sprache: { $language }

    Wenn Sie sich treffen möchten, nehmen Sie den Vorschlag an. Die Kontaktdaten erhalten Sie, sobald Sie beide angenommen haben: { $link }
mail-tandem-agreed-subject = Ihr Tandem: { $name }
mail-tandem-agreed-body =
    Sie haben das Tandem beide angenommen. So erreichen Sie Ihr Gegenüber.

    Name: { $name }
    E-Mail: { $email }
    Sprache, die Sie üben: { $language }

    Verabreden Sie gemeinsam Ort und Zeit. Um das Tandem zu beenden: { $link }
data-language-profile = Ihr Sprachprofil
data-language-profile-languages = Die Sprachen Ihres Profils
data-tandems = Die Ihnen vorgeschlagenen Tandems
data-tandems-closed = Die Tandems, die Sie beendet haben
data-field-availability = Wann Sie sich treffen können
data-field-welcomes-intergenerational = Andere Generation willkommen (1 ja, 0 nein)
data-field-birth-year = Geburtsjahr
data-field-updated-at = Geändert am
data-field-level = Niveau
data-field-learns = Übt sie (1 ja, 0 nein)
data-field-offers = Hilft dabei (1 ja, 0 nein)
data-field-first-teaches = Das erste Mitglied hilft bei
data-field-second-teaches = Das zweite Mitglied hilft bei
data-field-proposed-at = Vorgeschlagen am
data-field-first-accepted-at = Angenommen am
data-field-second-accepted-at = Angenommen am
tandems-link = Meine Sprachen und Tandems
coaching-title = Coaching
coaching-intro = Ein Coach ist ein Nachbar, der eine Sprache sehr gut spricht (C1 oder besser) und Ihnen hilft, sie zu üben, unter vier Augen. Bitten Sie um einen Coach in einer Sprache, die Sie lernen: Die Gemeinde schlägt Ihnen einen vor, und Sie nehmen beide an, bevor Sie Name und E-Mail-Adresse des anderen sehen.
coaching-my-requests = Meine Anfragen nach einem Coach
coaching-as-coach = Mir vorgeschlagene Lernende
coaching-language = Sprache
coaching-level = Niveau der lernenden Person
coaching-note = Notiz
coaching-your-coach = Ihr Coach
coaching-your-learner = Ihre lernende Person
coaching-contact-hint = Name und E-Mail-Adresse des anderen sehen Sie, sobald Sie beide angenommen haben.
coaching-accept = Annehmen
coaching-decline = Nein, danke
coaching-end = Coaching beenden
coaching-withdraw = Meine Anfrage zurückziehen
coaching-ask-title = Um einen Coach bitten
coaching-no-language = Um einen Coach zu bitten, kreuzen Sie zuerst oben in Ihrem Sprachprofil eine Sprache an, die Sie üben möchten, und speichern Sie es.
coaching-field-language = Sprache, die ich üben möchte
coaching-field-note = Eine Notiz für den Coach (freiwillig)
coaching-note-hint = Was Sie sich wünschen, zum Beispiel eine Prüfung vorbereiten oder bei der Arbeit mehr sprechen. Höchstens 500 Zeichen.
coaching-ask = Um einen Coach bitten
coaching-state-open = Wartet auf einen Coach
coaching-state-proposed = Ihnen vorgeschlagen
coaching-state-waiting = Wartet auf die Zusage des anderen
coaching-state-matched = Angenommen
coaching-state-withdrawn = Zurückgezogen
coaching-state-ended = Beendet
coaching-asked = Ihre Anfrage ist gesendet. Die Gemeinde wird Ihnen einen Coach vorschlagen.
coaching-accepted = Danke. Sobald der andere auch annimmt, erhalten Sie beide die Kontaktdaten per E-Mail.
coaching-declined = Der Vorschlag ist abgelehnt. Die Anfrage wartet auf einen anderen Coach.
coaching-ended = Das Coaching ist beendet.
coaching-withdrawn = Ihre Anfrage ist zurückgezogen.
coaching-error-language = Wählen Sie Luxemburgisch, Deutsch, Französisch, Englisch oder Portugiesisch.
coaching-error-not-learned = Wählen Sie eine Sprache, die Sie laut Ihrem Sprachprofil üben (Niveau A1 bis B2).
coaching-error-level = Über B2 braucht es keinen Coach: Sie können stattdessen anderen bei dieser Sprache helfen.
coaching-error-open-already = Sie haben in dieser Sprache schon um einen Coach gebeten.
coaching-error-note-long = Die Notiz darf höchstens 500 Zeichen lang sein.
coaching-error-not-open = Diese Anfrage wartet nicht mehr auf einen Coach.
coaching-error-not-candidate = Diese Person kann diese lernende Person jetzt nicht begleiten. Wählen Sie einen der vorgeschlagenen Coaches.
coaching-error-agreed-already = Sie haben beide schon angenommen.
coaching-error-accepted-already = Sie haben schon angenommen. Jetzt muss der andere annehmen.
coaching-error-not-proposed = Für diese Anfrage ist gerade kein Coach vorgeschlagen.
coaching-error-not-withdrawable = Diese Anfrage kann nicht mehr zurückgezogen werden: Beenden Sie stattdessen das Coaching.
coaching-error-not-agreed = Dieses Coaching läuft nicht.
coaching-staff-title = Coaching
coaching-staff-intro = Lernende bitten um einen Coach in einer Sprache, die sie üben. Für jede Anfrage stehen die besten Kandidaten zuerst: Coaches, die die Sprache auf C1 oder besser sprechen, die meisten Zeiten der Woche mit der lernenden Person teilen, wie sie eine andere Generation willkommen heißen und die wenigsten Coachings haben (höchstens drei).
coaching-staff-open = Anfragen, die auf einen Coach warten
coaching-staff-proposed = Vorgeschlagene Coaches
coaching-staff-matched = Angenommene Coachings
coaching-propose-best = Für jede Anfrage den besten Coach vorschlagen
coaching-no-candidate = Niemand kann diese lernende Person zurzeit begleiten.
coaching-candidates = Kandidaten, die besten zuerst
coaching-candidate-facts = { $slots ->
    [one] Eine gemeinsame Zeit der Woche
   *[other] Gemeinsame Zeiten der Woche: { $slots }
}, { $load ->
    [0] noch kein Coaching
    [one] schon ein Coaching
   *[other] laufende Coachings: { $load }
}
coaching-candidate-generations = Eine andere Generation, wie beide es wünschen
coaching-propose = Diesen Coach vorschlagen
coaching-proposed = { $count ->
    [0] Es konnte kein Coach vorgeschlagen werden.
    [one] Ein Coach wurde vorgeschlagen.
   *[other] Vorgeschlagene Coaches: { $count }
}
mail-coaching-proposed-coach-subject = Eine lernende Person für { $language }
mail-coaching-proposed-coach-body =
    Die Gemeinde schlägt Sie als Coach vor: Jemand aus der Nachbarschaft möchte mit Ihnen diese Sprache üben: { $language }.

    Wenn Sie helfen möchten, nehmen Sie den Vorschlag an. Die Kontaktdaten erhalten Sie, sobald Sie beide angenommen haben: { $link }
mail-coaching-proposed-learner-subject = Ein Coach für { $language }
mail-coaching-proposed-learner-body =
    Die Gemeinde schlägt Ihnen einen Coach für diese Sprache vor: { $language }.

    Wenn Sie sich treffen möchten, nehmen Sie den Vorschlag an. Die Kontaktdaten erhalten Sie, sobald Sie beide angenommen haben: { $link }
mail-coaching-matched-learner-subject = Ihr Coach: { $name }
mail-coaching-matched-learner-body =
    Sie haben das Coaching beide angenommen. So erreichen Sie Ihren Coach.

    Name: { $name }
    E-Mail: { $email }
    Sprache: { $language }

    Verabreden Sie gemeinsam Ort und Zeit. Um das Coaching zu beenden: { $link }
mail-coaching-matched-coach-subject = Ihre lernende Person: { $name }
mail-coaching-matched-coach-body =
    Sie haben das Coaching beide angenommen. So erreichen Sie die lernende Person.

    Name: { $name }
    E-Mail: { $email }
    Sprache: { $language }

    Verabreden Sie gemeinsam Ort und Zeit. Um das Coaching zu beenden: { $link }
data-coaching-requests = Ihre Anfragen nach einem Coach
data-coachings = Die Lernenden, die Ihnen als Coach vorgeschlagen wurden
data-coaching-requests-closed = Die Coaching-Anfragen, die Sie zurückgezogen oder beendet haben
data-coaching-declines = Die Lernenden, die Sie abgelehnt haben
data-field-note = Notiz
data-field-learner-accepted-at = Angenommen am
data-field-coach-accepted-at = Angenommen am
data-field-request-id = Anfrage
data-field-declined-at = Abgelehnt am
mail-coaching-withdrawn-coach-subject = Die Begleitung in { $language } wird nicht mehr gebraucht
mail-coaching-withdrawn-coach-body =
    Die Person, die Ihnen die Gemeinde für { $language } vorgeschlagen hatte, hat ihre Anfrage zurückgezogen. Sie müssen nichts mehr tun.

    Danke, dass Sie Ihre Hilfe angeboten haben: Die Gemeinde kann Sie jemand anderem vorschlagen. Ihre Begleitungen: { $link }
mail-coaching-ended-subject = Begleitung in { $language } beendet
mail-coaching-ended-body =
    { $name } hat Ihre Begleitung in { $language } beendet. Danke für die gemeinsame Zeit.

    Auf Ihrer Sprachenseite können Sie eine andere Begleitung anfragen oder anbieten: { $link }
