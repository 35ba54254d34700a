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
