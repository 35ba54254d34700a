# The virtual event day (issue 11).

data-events-organised = D’Evenementer, déi Dir organiséiert
data-event-stands-staffed = D’Stänn vun Evenementer, wou Dir op Froen äntwert
data-event-registrations = Är Plazen op Evenementer
data-event-guest-registrations = Plazen op Evenementer, déi mat Ärer E-Mail-Adress ouni Kont ugefrot goufen
data-event-questions = Är Froen un de Stänn vun Eventdeeg
data-event-answers = D’Äntwerten, déi Dir un de Stänn ginn hutt
data-event-questions-hidden = D’Froen, déi Dir un de Stänn verstoppt hutt
data-field-asked-at = Gefrot den
data-field-answer = Äntwert
data-field-answered-at = Beäntwert den
data-field-day = Dag
data-field-stand-id = Stand
data-field-event-id = Eventdag
data-field-guest-name = Uginnenen Numm

events-title = Eventdeeg
events-intro = Orientéierungsdeeg, Foiren an Deeg vun der oppener Dier vun der Gemeng an hire Partner, online: Stänn fir ze besichen, Workshoppen an eng Lounge fir Leit kennenzeléieren.
events-none = Am Moment ass keen Eventdag geplangt.
events-home-intro = Orientéierungsdeeg a Foiren online: Stänn, Workshoppen an eng Lounge.
events-all = All d'Eventdeeg
events-back = All d'Eventdeeg
event-new-title = Neien Eventdag
event-new-intro = Schreift den Titel an d'Presentatioun vum Dag, seng Auerzäiten a wien dierf kommen. En bleift en Entworf, deen nëmmen Dir an d'Personal vun der Gemeng gesitt, bis Dir e publizéiert.
event-draft = Entworf
event-residents-only = Nëmme fir Awunner
event-open-to-all = Op fir jiddereen
event-versions-hint = Schreift den Titel an op d'mannst enger Sprooch; schreift d'Presentatioun an deene selwechte Sproochen, oder loost se eidel.
event-field-day = Dag an Auerzäiten
event-field-registration = Wien sech aschreiwen dierf
event-registration-public = Jiddereen: Awunner, aner Kontobesëtzer a Gäscht mat enger E-Mail-Adress
event-registration-residents = Nëmme confirméiert Awunner vun der Gemeng (déi aner gesinn den Dag net)
event-field-capacity = Participanten
event-capacity-hint = Héchstens 10 000.
event-field-link = Videosall
event-link-hint = Fräiwëlleg: d'https://-Adress vum Plenum oder vum Empfang vum Dag.
event-draft-hint = Den Dag gëtt als Entworf gespäichert: Dir setzt Stänn a Workshoppen derbäi, dann publizéiert Dir en.
event-create = Entworf späicheren
event-publish-hint = Nëmmen Dir an d'Personal vun der Gemeng gesinn dësen Entworf. D'Publikatioun mécht de Programm an d'Aschreiwung op.
event-publish = Programm publizéieren
event-places = Plazen
event-places-left = { $count ->
    [one] Nach eng Plaz fräi
   *[other] Nach { $count } Plaze fräi
}
event-you-registered = Dir hutt eng Plaz
event-withdraw = Meng Plaz fräiginn
event-register = Aschreiwen
event-sign-in-to-register = Loggt Iech an, fir Iech mat Ärem Kont anzeschreiwen
event-guest-title = Ouni Kont aschreiwen
event-guest-hint = Gitt Ären Numm an Är E-Mail-Adress un: Mir schécken Iech e Link, fir Är Plaz ze confirméieren. Ären Numm gëtt aneren Participanten an der Lounge gewisen, Är Adress net.
event-guest-name = Ären Numm
event-guest-email = Är E-Mail-Adress
event-guest-send = Link schécken
event-calendar = A mäi Kalenner
event-confirm-title = Confirméiert Är Plaz
event-confirm-question = Wëllt Dir Är Plaz op dësem Eventdag confirméieren?
event-confirm-button = Jo, meng Plaz confirméieren
event-link-unknown = Dëse Link funktionéiert net: E gouf schonn benotzt, duerch e méi neie ersat, oder en ass ze al. Schreift Iech op der Säit vum Dag nach eng Kéier an, fir en neien ze kréien.
event-error-too-short = En Eventdag dauert op d'mannst 30 Minutten.
event-error-capacity = Gitt eng Zuel vu Participanten tëscht 1 an 10 000 un.
event-error-registration = Wielt, wien sech aschreiwen dierf.
event-done-created = Den Entworf ass gespäichert. Publizéiert en, wann de Programm fäerdeg ass.
event-done-published = De Programm ass publizéiert.
event-done-registered = Dir hutt eng Plaz. Mir hunn Iech eng E-Mail geschéckt.
event-done-withdrawn = Är Plaz ass fräiginn.
event-done-check = Kuckt an Är Boîte: Mir hunn Iech eng E-Mail mat engem Link geschéckt, fir Är Plaz ze confirméieren. E gëllt zwee Deeg.
event-done-confirmed = Är Plaz ass confirméiert. Bis geschwënn!
event-refused-residents-only = Dësen Dag ass fir confirméiert Awunner vun der Gemeng.
event-refused-over = Dësen Dag ass eriwwer.
event-refused-already = Dir hutt schonn eng Plaz.
event-refused-full = Den Dag ass ausgebucht. Plaze ginn fräi, wann anerer hir fräiginn: Probéiert et méi spéit nach eng Kéier.

event-hall = D’Hal
event-no-stands = Nach kee Stand.
event-workshops = Workshoppen
event-no-workshops = Nach kee Workshop.
event-done-stand = De Stand ass an der Hal.
event-done-workshop = De Workshop ass am Programm.
stand-new-title = E Stand derbäisetzen
stand-new-intro = E Stand stellt eng Organisatioun vir: e Ministère, e Service vun der Gemeng, e Veräin. Säi Personal beäntwert do während den Ëffnungszäite Froen.
stand-field-organisation = Organisatioun
stand-field-description = Beschreiwung
stand-descriptions-hint = Schreift se an de Sproochen, déi de Stand schwätzt, op d’mannst enger.
stand-field-hours = Ëffnungszäiten
stand-field-opens = Mécht op um
stand-field-closes = Mécht zou um
stand-field-video = Videosall (fräiwëlleg)
stand-field-staff = Personal, dat Froe beäntwert
stand-staff-hint = D’E-Mail-Adressen vun hire Gemeng-Konten, eng pro Linn (héchstens 20).
stand-field-documents = Dokumenter fir erofzelueden
stand-documents-hint = Bis zu 20 Fichieren vun héchstens 10 MB all, 50 MB zesummen: PDF, Biller (JPEG, PNG, WebP), OpenDocument oder Word-, Excel- a PowerPoint-Fichieren.
stand-add = De Stand derbäisetzen
stand-open-now = Elo op
stand-closed-now = Elo zou
stand-video = Per Video mam Stand schwätzen
stand-error-too-many = En Eventdag huet héchstens 100 Stänn.
stand-error-organisation = Schreift den Numm vun der Organisatioun: 2 bis 60 Zeechen, ouni verstoppten Zeechen.
stand-error-no-description = Schreift eng Beschreiwung an op d’mannst enger Sprooch.
stand-error-documents-limit = Ze vill oder ze grouss Dokumenter: bis zu 20 Fichieren vun héchstens 10 MB all, 50 MB zesummen.
stand-error-document-name = All Dokument brauch säin eegene schlichten Numm (keen Dossier, net mat engem Punkt um Ufank).
stand-error-document-type = En Dokument huet en Typ, deen d’Stänn net ubidden, oder säin Numm hält net wéi säin Typ op: PDF, JPEG, PNG, WebP, OpenDocument, Word, Excel oder PowerPoint.
stand-error-document-empty = En Dokument ass eidel.
stand-error-document-content = En Dokument ass net dat, wat säin Numm seet (säin Inhalt huet en aneren Typ).
stand-error-outside-hours = D’Ëffnungszäite vum Stand mussen an deene vum Dag leien.
stand-error-staff-limit = E Stand huet héchstens 20 Leit vum Personal.
stand-error-staff-twice = Eng Adress ass zweemol uginn.
stand-error-staff-unknown = Eng Adress gehéiert zu kengem Kont vun der Gemeng: D’Persoun brauch als éischt e Gemeng-Kont.
workshop-join = Elo beim Workshop matmaachen
workshop-field-activity = Eng vun Ären Aktivitéiten als Workshop derbäisetzen
workshop-activity-hint = Aktivitéiten, déi Dir organiséiert an där hir Terminer all am Dag leien. Ageschriwwe gëtt sech op der Säit vun der Aktivitéit.
workshop-add = De Workshop derbäisetzen
workshop-error-activity = Wielt eng vun den Aktivitéiten, déi Dir organiséiert.
workshop-error-outside = All Termin vum Workshop muss an den Auerzäite vum Dag leien.
workshop-error-taken = Dës Aktivitéit ass schonn de Workshop vun engem Eventdag.

stand-questions = Froen an Äntwerten
stand-questions-registered-only = Froen an Äntwerte si fir déi, déi fir den Dag ageschriwwe sinn.
stand-questions-refresh = Nei Froen an Äntwerte kommen, wann d’Säit nei gelueden gëtt.
stand-questions-reload = Nei lueden
stand-ask-label = Är Fro (héchstens 280 Zeechen)
stand-ask = Froen
stand-no-questions = Nach keng Fro: Fänkt un.
question-upvotes = { $count ->
    [one] Eng Persoun wëll et wëssen
   *[other] { $count } Persoune wëllen et wëssen
}
question-you-upvoted = Dir wëllt et och wëssen
question-answered = Beäntwert
question-upvote = Ech wëll et och wëssen
question-answer-label = Äntwert
question-answer = Äntwert schécken
question-hide = Dës Fro verstoppen
question-done-asked = Är Fro ass um Stand.
question-done-upvoted = Notéiert: Dir wëllt et och wëssen.
question-done-answered = D’Äntwert ass um Stand.
question-done-hidden = D’Fro ass verstoppt.
question-refused-own = Dat ass Är eege Fro.
question-refused-already = Dat hutt Dir scho gesot.
question-refused-hidden = Dës Fro ass verstoppt.
question-error-not-registered = Schreift Iech fir den Dag an, fir Froen ze stellen an ze ënnerstëtzen.
live-error-empty = Schreift als éischt eppes.
live-error-too-long = Dat ass ze laang.
live-error-lines = Héchstens 10 Linnen.
live-error-hidden = Den Text huet onsiichtbar Zeechen oder Zeechen, déi en ëmdréinen. Schreift en, wann ech gelift, nëmme mat siichtbare Buschtawen.

event-statistics-title = Statistiken
event-statistics-accounts = Plaze vu Kontobesëtzer
event-statistics-guests = Plaze vu Gäscht
event-statistics-over-time = Participanten, déi do waren, pro hallwer Stonn
event-statistics-time = Vun
event-statistics-participants = Participanten
event-statistics-visitors = Visiteuren pro Stand
event-statistics-questions = Froen pro Stand
event-statistics-question-count = Froen
event-statistics-cloud = Organisatiounen, déi matmaachen, sou grouss wéi hir Visiteuren
event-statistics-places-taken = Besat Plazen
event-statistics-present = Do

lounge-title = D’Lounge
lounge-present-label = Elo um Event:
lounge-refresh = Nei Messagen erschéngen, wann d’Säit nei gelueden gëtt.
lounge-empty = Nach kee huet geschriwwen: Sot Moien.
lounge-say-label = Äre Message (héchstens 500 Zeechen)
lounge-send = Schécken
lounge-hide = Dëse Message verstoppen
lounge-done-posted = Äre Message ass an der Lounge.
lounge-done-hidden = De Message ass verstoppt.
lounge-error-not-registered = Schreift Iech fir den Dag an, fir an der Lounge ze schreiwen.
data-event-lounge-messages = Är Messagen an de Lounges vun Eventdeeg
data-event-lounge-hidden = D’Lounge-Messagen, déi Dir verstoppt hutt

mute-button = Fir de Rescht vum Dag stomm schalten
mute-done = D’Persoun ass fir de Rescht vum Dag stomm geschalt: Si liest weider, mee schreift hei net méi.
mute-refused-oneself = Dir kënnt Iech net selwer stomm schalten.
mute-refused-organiser = En Organisateur gëtt net stomm geschalt.
mute-refused-staff = D’Personal vun engem Stand schalt sech net géigesäiteg stomm: En Organisateur entscheet.
live-error-muted = Dir sidd hei fir de Rescht vum Dag stomm geschalt.
data-event-mutes-given = D’Participanten, déi Dir op Eventdeeg stomm geschalt hutt

mail-event-registered-subject = Är Plaz: { $title }
mail-event-registered-body =
    Är Plaz ass reservéiert.

    { $title }
    Wéini: { $when }

    De Programm, an Är Plaz fir fräizeginn: { $link }
mail-event-guest-confirm-subject = Confirméiert Är Plaz: { $title }
mail-event-guest-confirm-body =
    Moien, { $name },

    Een, wahrscheinlech Dir, huet mat dëser E-Mail-Adress eng Plaz op dësem Eventdag gefrot.

    { $title }
    Wéini: { $when }

    Fir Är Plaz ze confirméieren, maacht dëse Link op an dréckt op de Knäppchen (e gëllt zwee Deeg): { $confirm }

    Wann Dir näischt gefrot hutt, maacht näischt: Ouni Confirmatioun gëtt d'Plaz fräi.
mail-event-guest-already-subject = Dir hutt schonn eng Plaz: { $title }
mail-event-guest-already-body =
    Moien, { $name },

    Een, wahrscheinlech Dir, huet mat dëser E-Mail-Adress eng Plaz op dësem Eventdag gefrot. Dës Adress huet schonn eng Plaz: Dir musst näischt méi maachen.

    { $title }
    Wéini: { $when }
    De Programm: { $link }

# The live rooms (WebSocket).
live-error-not-websocket = Dës Adress ass fir d’Live-Säite vum Event. Maacht léiwer d’Lounge oder e Stand op.
live-status-live = Live: nei Messagen erschéngen vum selwen.
live-status-reconnecting = D’Verbindung ass ofgebrach. Nei Verbindung gëtt opgebaut…
live-status-stopped = D’Live-Aktualiséierung ass gestoppt. Luet d’Säit nei, fir dat Neit ze gesinn.

# „Een treffen“ a privat Gespréicher.
meet-title = Een treffen
meet-intro = Schwätzt fënnef Minutte privat mat enger anerer Persoun, déi um Event deelhëlt. All Minutt ginn déi, déi gefrot hunn, zu zwee zesummebruecht, an enger Sprooch, déi allebéid schwätzen.
meet-languages-label = Ech ka schwätzen op
meet-ask = Een treffen
meet-waiting = Dir hutt um { $time } gefrot. Mir sichen een, deen eng vun Äre Sprooche schwätzt…
meet-waiting-hint = D’Puer ginn um Enn vun all Minutt gemaach; dat kann bis zu dräi Minutten daueren.
meet-check = Elo nokucken
meet-withdraw = Net méi sichen
meet-unpaired = Grad war keen fräi fir ze schwätzen. Dir kënnt nach eng Kéier froen.
meet-paired = Dir trefft { $name }.
meet-paired-language = Sprooch vum Gespréich:
meet-paired-until = D’Gespréich ass bis { $time } op.
meet-open-chat = D’Gespréich opmaachen
meet-chats-title = Är Gespréicher haut
meet-chat-with = Gespréich mat { $name }
meet-chat-ended = Op en Enn um { $time }.
meet-done-asked = Är Ufro ass do: Um Enn vun der Minutt gitt Dir mat engem zesummebruecht, wann een fräi ass.
meet-done-withdrawn = Dir sicht keen méi fir ze treffen.
meet-error-no-language = Wielt mindestens eng Sprooch, an där Dir schwätze kënnt.
meet-error-unknown-language = Wielt Sproochen aus der Lëscht.
meet-error-preferred = Déi léifst Sprooch muss eng vun de gewielte Sprooche sinn.
chat-title = Privat Gespréich
chat-title-with = Gespréich mat { $name }
chat-private-hint = Just Dir zwee liest dëst Gespréich.
chat-empty = Nach näischt gesot: Sot Moien.
chat-say-label = Äre Message (héchstens 500 Zeechen)
chat-done-sent = Äre Message ass geschéckt.
chat-closed = Déi fënnef Minutte si eriwwer: Dëst Gespréich hëlt keng Messagen méi.
chat-error-closed = Déi fënnef Minutte si eriwwer: Dëst Gespréich hëlt keng Messagen méi.
data-event-meet-requests = Är Ufroen, fir op Eventdeeg een ze treffen
data-event-private-messages = Är Messagen a privaten Gespréicher op Eventdeeg

# Meldungen aus de Raim vun den Eventdeeg.
event-report-intro = Sot den Organisateuren, wat net an der Rei ass. Deen, deen et geschriwwen huet, gesäit net, wien et gemellt huet.
event-report-details-hint = Just fir „Eppes anescht“ néideg. Héchstens 500 Zeechen.
event-report-error-details-long = Héchstens 500 Zeechen.
event-report-error-hidden = Huelt déi onsichtbar oder Steierzeechen ewech.
event-report-error-private = E private Message gesinn nëmmen déi zwou Persounen: Maacht léiwer deen, deen en geschriwwen huet, stomm.
event-report-error-decision = Wielt verstoppen, stomm maachen oder zoumaachen.
event-reports-title = Meldunge vun dësem Dag
event-reports-intro = Wat Participanten an der Lounge, op de Stänn an a privaten Gespréicher gemellt hunn. Verstoppen oder stomm maache mécht all Meldunge vum Message zou.
event-reports-empty = Keng oppe Meldungen.
event-reports-done = Gemaach: D’Meldunge vun dësem Message sinn zou.
event-report-kind-lounge = E Message an der Lounge
event-report-kind-question = Eng Fro op engem Stand
event-report-kind-private = E Message an engem private Gespréich
event-report-hide = Verstoppen
event-report-mute = Den Auteur fir den Dag stomm maachen
event-report-dismiss = Näischt ze soen: zoumaachen
data-event-reports-made = Är Meldungen op Eventdeeg
data-event-reports-closed = D’Meldunge vun Eventdeeg, déi Dir zougemaach hutt
event-report-sent = Merci. D’Organisateure kucken sech Är Meldung un.

# Den Entréeslink vun engem Gaascht, fir en aneren Apparat.
event-enter-title = Op den Eventdag
event-enter-question = Dësen Apparat hëlt mat Ärer Plaz um Dag deel: un der Lounge, de Froen op de Stänn a private Gespréicher.
event-enter-button = Mat menger Plaz eragoen
event-enter-unknown = Dësen Entréeslink funktionéiert net: Hie gehéiert net zu dësem Event, oder d’Plaz gouf zeréckginn.
event-done-entered = Dir sidd dran: Dësen Apparat hëlt mat Ärer Plaz deel.
mail-event-guest-confirmed-subject = Är Plaz ass confirméiert: { $title }
mail-event-guest-confirmed-body =
    Moien, { $name },

    Är Plaz ass confirméiert. Dëse Browser mécht Iech um Dag schonn d’Lounge, d’Froen op de Stänn a privat Gespréicher op.

    { $title }
    Wéini: { $when }
    De Programm: { $link }

    Fir vun engem aneren Apparat (Ärem Telefon, zum Beispill) deelzehuelen, maacht dëse Link do op an dréckt op de Knäppchen. Haalt en fir Iech: Et ass Är Plaz.
    { $enter }
stand-staff-here = Een vum Stand ass do
stand-visitors-now = { $count ->
    [one] 1 Visiteur elo
   *[other] { $count } Visiteuren elo
}
data-event-staff-presence = Wéini Dir op de Stänn wart, déi Dir betreit
