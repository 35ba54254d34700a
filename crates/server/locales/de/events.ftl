# The virtual event day (issue 11).

data-events-organised = Die Veranstaltungen, die Sie organisieren
data-event-stands-staffed = Die Stände von Veranstaltungen, an denen Sie Fragen beantworten
data-event-registrations = Ihre Plätze bei Veranstaltungen
data-event-guest-registrations = Plätze bei Veranstaltungen, die mit Ihrer E-Mail-Adresse ohne Konto angefragt wurden
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
