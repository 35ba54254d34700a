# Matdeelunge vum Kanal vun der Gemeng.

announcements-title = Matdeelungen
announcements-intro-member = Wat d'Gemeng Ärem Quartier an der ganzer Gemeng matdeelt. Ugepinnte Matdeelunge stinn uewen.
announcements-intro-public = Wat d'Gemeng jidderengem matdeelt. Ageloggt Awunner gesinn och, wat hire Quartier betrëfft.
announcements-none = Momentan keng Matdeelung.
announcements-back = All Matdeelungen
announcements-all = All Matdeelungen
announcements-feed = D'Matdeelungen abonnéieren (Atom-Feed)
announcements-feed-title = Matdeelungen: { $commune }
announcements-desk-title = Den Awunner schreiwen
announcements-desk-intro = Matdeelunge erreechen d'Awunner fir d'éischt an hirer Sprooch. Schreift se a sou vill Sproochen wéi méiglech.
announcements-desk-back = Zréck bei d'Matdeelungen
announcement-pinned = Ugepinnt
announcement-public = Ëffentlech
announcement-also-in = Och op:
announcement-shown-in = Dës Matdeelung gëtt op { $language } gewisen.
announcement-other-versions = An enger anerer Sprooch liesen
announcement-for-commune = Fir déi ganz Gemeng
announcement-for-neighbourhoods = Quartieren: { $names }
announcement-state-scheduled = Geplangt
announcement-state-live = Publizéiert
announcement-state-expired = Ofgelaf
announcement-state-withdrawn = Zréckgezunn
announcement-languages = Sproochen
announcement-reach-delivered = Zougestallten E-Mailen
announcement-reach-read = Vun Awunner gelies
announcement-new-title = Nei Matdeelung
announcement-edit-title = Matdeelung änneren
announcement-withdraw = Zréckzéien
announcement-versions-hint = Schreift op d'mannst eng Sprooch. Loosst eng Sprooch ouni Versioun eidel: d'Lieser gesinn dann eng aner.
announcement-field-title = Titel
announcement-field-body = Text
announcement-field-audience = Fir wien?
announcement-audience-chosen = Nëmmen déi Quartieren, déi hei ënnen ausgewielt sinn
announcement-field-neighbourhoods = Quartieren
announcement-neighbourhoods-hint = Nëmme wann d'Matdeelung fir ausgewielte Quartiere ass.
announcement-field-options = Optiounen
announcement-field-public = Ëffentlech: jiddereen kann se liesen, och ouni Kont an am Atom-Feed
announcement-field-pinned = Ugepinnt: iwwer deenen aneren ugewisen
announcement-field-publish-at = Publizéiert den
announcement-publish-at-hint = Lëtzebuerger Zäit. Eidel loossen, fir direkt ze publizéieren.
announcement-field-expires-at = Ugewise bis
announcement-expires-at-hint = Lëtzebuerger Zäit. Eidel loossen, fir se bis zum Zréckzéien unzeweisen.
announcement-publish = Späicheren a publizéieren
announcement-published = D'Matdeelung ass gespäichert. Si erschéngt zur gewielter Zäit.
announcement-changed = D'Matdeelung ass geännert.
announcement-withdrawn = D'Matdeelung ass zréckgezunn. Keen gesäit se méi.

announcement-error-no-version = Schreift en Titel an en Text an op d'mannst enger Sprooch.
announcement-error-language-twice = Dës Sprooch gouf zweemol geschéckt.
announcement-error-language-unknown = Versioune ginn et op Lëtzebuergesch (lb), Däitsch (de), Franséisch (fr), Englesch (en) oder Portugisesch (pt).
announcement-error-title-missing = Gitt dëser Versioun en Titel.
announcement-error-title-long = En Titel huet héchstens 160 Zeechen.
announcement-error-body-missing = Schreift den Text vun dëser Versioun.
announcement-error-body-long = En Text huet héchstens 8.000 Zeechen an 200 Linnen.
announcement-error-no-neighbourhood = Wielt op d'mannst ee Quartier oder déi ganz Gemeng.
announcement-error-neighbourhood-unknown = Wielt Quartiere vun der Gemeng aus der Lëscht.
announcement-error-time = Gitt Datum an Auerzäit un, zum Beispill 01.12.2026 09:00.
announcement-error-expires-before = D'Enn muss no der Publikatioun kommen.
announcement-error-too-far = Wielt en Datum a manner wéi zwee Joer.

# E-mail notices of announcements.
notice-announcement-subject = { $title }
notice-announcement-body = D’Gemeng huet eng Matdeelung publizéiert:

    { $title }

    { $text }

    Liesen, och an anere Sproochen: { $link }
notice-digest-announcement = Matdeelung: { $title }
    { $link }

# De Wochenresumé vun engem Quartier fir ze drécken.
digest-title = Wochenresumé
digest-print-hint = Dréckt dës Säit op A4-Pabeier fir Noperen, déi net online sinn. Si weist keng Nimm a keng Adressen.
digest-heading = { $neighbourhood }: d’Woch op Gemeng
digest-intro = Wat d’Gemeng an d’Noperen gedeelt hunn, { $from } – { $to }.
digest-announcements = Matdeelunge vun der Gemeng
digest-offers = Offeren an Ufroen am Quartier
digest-nothing = Näischt dës Woch.
digest-footer = Gedréckt aus Gemeng, der Plattform vun der Gemeng fir hir Awunner. Fir op eng Offer oder eng Ufro ze äntweren, frot en Noper, deen Gemeng benotzt, oder den Accueil vun der Gemeng.
digest-print-all = De Wochenresumé vun all Quartier drécken
digest-print-one = De Wochenresumé fir Noperen ouni Internet drécken
