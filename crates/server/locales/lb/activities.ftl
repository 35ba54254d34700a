# Aktivitéiten: Evenementer, Coursen, Caféen an Treffen am Quartier mat Plazen ze huelen.

activities-title = Aktivitéiten
activities-intro = Léiert Är Noperen kennen: Aktivitéite vun der Gemeng a vun Ärem Quartier. Huelt eng Plaz, oder schreift Iech op d’Waardelëscht, wann en Termin voll ass.
activities-none = Den Ament ass keng Aktivitéit geplangt.
activities-home-intro = Caféen, Coursen, Gespréichsronnen an Treffen an Ärem Quartier: huelt eng Plaz.
activities-all = All d’Aktivitéiten
activities-back = All d’Aktivitéiten
activities-calendar = Déi ëffentlech Aktivitéiten an Äre Kalenner iwwerhuelen (iCalendar)
activities-calendar-name = Aktivitéiten: { $commune }
activities-mine-title = Meng Aktivitéiten
activities-mine-none = Dir hutt Iech nach fir keng Aktivitéit ageschriwwen.
activity-new-title = Eng Aktivitéit organiséieren
activity-from-to = { $from } – { $to }
activity-kind-neighbourhood-activity = Aktivitéit am Quartier
activity-kind-language-cafe = Sproochecafé
activity-kind-conversation-table = Gespréichsronn
activity-kind-coaching = Begleedung
activity-kind-course = Cours
activity-kind-smartphone-cafe = Smartphone-Café
activity-kind-information-session = Informatiounsversammlung
activity-audience-neighbourhood = Fir de Quartier
activity-audience-adjacent = Fir de Quartier a seng Nopeschquartieren
activity-audience-commune = Fir déi ganz Gemeng
activity-audience-public = Op fir jiddereen
activity-weekday-monday = Méindeg
activity-weekday-tuesday = Dënschdeg
activity-weekday-wednesday = Mëttwoch
activity-weekday-thursday = Donneschdeg
activity-weekday-friday = Freideg
activity-weekday-saturday = Samschdeg
activity-weekday-sunday = Sonndeg
activity-field-kind = Zort vun Aktivitéit
activity-field-title = Titel
activity-field-description = Beschreiwung (fräiwëlleg)
activity-field-audience = Wie komme kann
activity-field-neighbourhood = Quartier
activity-field-schedule = Wéini
activity-field-date = Datum (deen éischten, bei enger wëchentlecher Rei)
activity-field-starts = Ufank
activity-field-ends = Enn
activity-field-weekdays = Deeg vun der Woch
activity-field-until = Leschten Dag vun der Rei
activity-field-place = Plaz
activity-field-link = Link zum Videoraum
activity-field-capacity = Plazen all Kéier
activity-field-languages = Sproochen, déi geschwat ginn
activity-field-when = Wéini
activity-versions-hint = Schreift den Titel an op d’mannst enger Sprooch. Schreift eng Beschreiwung an deene selwechte Sproochen, oder keng.
activity-neighbourhood-hint = Just fir eng Aktivitéit vun engem Quartier (oder vun deem a sengen Nopeschquartieren).
activity-repeat-once = Eng Kéier
activity-repeat-weekly = All Woch
activity-weekdays-hint = Fir eng wëchentlech Rei: d’Deeg vun den Treffen an de leschten Dag. Eng Rei hält am meeschten ee Joer.
activity-place-hint = Eng Adress oder den Numm vun enger Plaz. Gitt eng Plaz, e Link oder allebéid un.
activity-create = D’Aktivitéit publizéieren
activity-sessions = Terminer
activity-sign-in-to-register = Mellt Iech un, fir eng Plaz ze huelen.
activity-session-cancelled = Ofgesot
activity-session-started = Ugefaangen
activity-places-free = { $count ->
    [one] Nach eng Plaz fräi
   *[other] Nach { $count } Plaze fräi
}
activity-places-full = { $count ->
    [0] Voll
    [one] Voll, eng Persoun waart
   *[other] Voll, Persounen déi waarden: { $count }
}
activity-you-registered = Dir hutt eng Plaz
activity-you-waiting = Plaz op der Waardelëscht: { $position }
activity-on-waiting-list = Op der Waardelëscht
activity-register = Eng Plaz huelen
activity-join-waiting-list = Op d’Waardelëscht
activity-withdraw = Meng Plaz fräiginn
activity-leave-waiting-list = D’Waardelëscht verloossen
activity-add-to-calendar = Dës Aktivitéit an Äre Kalenner iwwerhuelen (iCalendar)
activity-registrations-title = Aschreiwungen
activity-registrations-of = Aschreiwungen: { $title }
activity-registrations-intro = Wien eng Plaz huet a wien waart, Termin fir Termin. Just Dir an d’Mataarbechter vun der Gemeng gesinn dës Nimm.
activity-back-to-activity = Zréck bei d’Aktivitéit
activity-registered-count = { $count ->
    [one] Eng Plaz vergin
   *[other] Plazen vergin: { $count }
}
activity-waiting-count = { $count ->
    [one] Eng Persoun waart
   *[other] Persounen déi waarden: { $count }
}
activity-nobody-registered = Et huet sech nach keen ageschriwwen.
activity-registered-list = Mat Plaz
activity-waiting-list = Waardelëscht
activity-attendance = Wie komm ass
activity-attendance-save = Presenz späicheren
activity-cancel-session = Dësen Termin ofsoen
activity-notice-registered = Dir hutt eng Plaz. Eng E-Mail confirméiert se.
activity-notice-waitlisted = Den Termin ass voll: Dir sidd op der Waardelëscht. Gëtt eng Plaz fräi, kritt Dir se, a mir soen Iech et per E-Mail.
activity-notice-withdrawn = Dir sidd fir dësen Termin net méi ageschriwwen.
activity-notice-created = D’Aktivitéit ass publizéiert.
activity-notice-session-cancelled = Den Termin ass ofgesot. All déi Ageschriwwen hunn eng E-Mail kritt.
activity-notice-attendance = Gespäichert.
activity-refused-cancelled = Dësen Termin ass ofgesot.
activity-refused-started = Dësen Termin huet schonn ugefaangen: frot op der Plaz.
activity-refused-already-registered = Dir hutt schonn eng Plaz bei dësem Termin.
activity-refused-already-waitlisted = Dir sidd schonn op der Waardelëscht vun dësem Termin.
activity-refused-full = Dësen Termin ass voll.
activity-error-no-title = Schreift en Titel an op d’mannst enger Sprooch.
activity-error-version-missing = Schreift och dësen Text: D’Aktivitéit ass soss an dëser Sprooch geschriwwen.
activity-error-blank = Dësen Text ass eidel.
activity-error-too-long = Dësen Text ass ze laang.
activity-error-language-unknown = Wielt ënner Lëtzebuergesch, Däitsch, Franséisch, Englesch a Portugisesch.
activity-error-kind = Wielt eng Zort vun Aktivitéit.
activity-error-audience = Wielt, wie komme kann.
activity-error-audience-resident = Awunner organiséiere fir hire Quartier (a seng Nopeschquartieren). Fir e gréissert Publikum frot bei der Gemeng no.
activity-error-neighbourhood = Wielt de Quartier vun der Aktivitéit.
activity-error-capacity = Gitt eng Zuel vu Plaze vun 1 bis 10 000 un.
activity-error-no-language = Wielt op d’mannst eng Sprooch, déi geschwat gëtt.
activity-error-no-session = Gitt Datum an Zäite vun op d’mannst engem Termin un.
activity-error-too-many-sessions = Eng Aktivitéit huet héchstens 52 Terminer. Publizéiert d’Fortsetzung d’nächst Joer.
activity-error-ends-before-start = D’Enn muss nom Ufank kommen, um selwechten Dag.
activity-error-in-the-past = Dësen Datum ass laanscht.
activity-error-date = Gitt en Datum un, zum Beispill 2030-03-05.
activity-error-time = Gitt eng Auerzäit un, zum Beispill 18:30.
activity-error-no-weekday = Wielt op d’mannst een Dag vun der Woch.
activity-error-weekday = Wielt d’Deeg vun der Woch aus der Lëscht.
activity-error-no-end = Eng wëchentlech Rei brauch e leschten Dag.
activity-error-series-too-long = Eng Rei dauert héchstens ee Joer.
activity-error-series-no-session = Keen vun de gewielten Deeg fält tëscht den éischten an de leschten Dag.
activity-error-schedule-both = Gitt Datumer oder eng wëchentlech Rei un, net allebéid.
activity-error-no-place = Gitt eng Plaz, e Link op e Videoraum oder allebéid un.
activity-error-place = D’Plaz ass ze laang (héchstens 4 Zeile mat 120 Zeechen) oder huet verstoppten Zeechen.
activity-error-link = Gitt eng Webadress un, déi mat https:// ufänkt.
activity-error-session-started = Dësen Termin huet schonn ugefaangen.
activity-error-attendance-early = D’Presenz gëtt agedroen, soubal den Termin ugefaangen huet.
activity-calendar-title = Är Aktivitéiten an Ärem Kalenner
activity-calendar-intro = Är Kalenner-App (um Telefon oder um Computer) kann d’Terminer weisen, fir déi Dir ageschriwwe sidd. Gitt hir dës geheim Adress; kritt een aneren se gewuer, maacht eng nei: Déi al funktionéiert dann net méi.
activity-calendar-address = Är geheim Kalenneradress
activity-calendar-make = Meng Kalenneradress maachen
activity-calendar-renew = Eng nei Adress maachen (déi al funktionéiert net méi)
activity-calendar-revoke = Meng Kalenneradress ausschalten
activity-calendar-made = Är Kalenneradress ass prett.
activity-calendar-revoked = Är Kalenneradress funktionéiert net méi.
mail-activity-registered-subject = Är Plaz: { $title }
mail-activity-registered-body =
    Är Plaz ass reservéiert.

    { $title }
    Wéini: { $when }

    Fir Är Plaz fräizeginn, maacht d’Aktivitéit op: { $link }
mail-activity-waitlisted-subject = Waardelëscht: { $title }
mail-activity-waitlisted-body =
    Den Termin ass voll, Dir sidd op senger Waardelëscht. Gëtt eng Plaz fräi, kritt Dir se, a mir soen Iech et per E-Mail.

    { $title }
    Wéini: { $when }

    { $link }
mail-activity-moved-up-subject = Eng Plaz ass fir Iech fräi ginn: { $title }
mail-activity-moved-up-body =
    Een huet seng Plaz fräiginn, an Dir wart als Nächst op der Waardelëscht: Dir hutt elo eng Plaz.

    { $title }
    Wéini: { $when }

    Wann Dir dach net komme kënnt, gitt Är Plaz wann ech gelift fir déi nächst Persoun fräi: { $link }
mail-activity-session-cancelled-subject = Ofgesot: { $title }
mail-activity-session-cancelled-body =
    Et deet eis leed: Dësen Termin ass ofgesot.

    { $title }
    Wéini: { $when }

    { $link }
mail-activity-reminder-subject = Muer: { $title }
mail-activity-reminder-body =
    Fir drun ze denken: Dir hutt eng Plaz bei dësem Termin.

    { $title }
    Wéini: { $when }

    Wann Dir net komme kënnt, gitt Är Plaz wann ech gelift fir een op der Waardelëscht fräi: { $link }
data-activities-organised = Aktivitéiten, déi Dir organiséiert hutt
data-activity-registrations = D’Terminer, fir déi Dir Iech ageschriwwen hutt, an ob Dir komm sidd
data-activity-calendar = Wéini Dir Är geheim Kalenneradress gemaach hutt
data-field-session-id = Termin
data-field-status = Plaz oder Waardelëscht
data-field-registered-at = Ageschriwwen den
data-field-attended = Komm (1) oder net (0)
data-field-reminded-at = Erënnerung geschéckt den
activity-notice-messaged = Äre Message geet un all déi Ageschriwwen a Waardend.
activity-notice-series = Dir hutt all déi nächst Terminer ugefrot: Bei all Termin steet hei ënnen, ob Dir eng Plaz hutt oder op der Waardelëscht sidd. Eng E-Mail faasst et zesummen.
activity-message-title = Deenen Ageschriwwene schreiwen
activity-message-to = Un d’Leit vum
activity-message-to-all = All Terminer
activity-message-text = Message
activity-message-hint = All déi Ageschriwwen a Waardend kréien en per E-Mail. Si gesinn d’Adresse vun deenen aneren net.
activity-message-send = De Message schécken
activity-register-series = Bei allen Terminer eng Plaz huelen
activity-register-series-hint = Oder schreift Iech op eemol fir déi ganz Rei an: eng Plaz, wou nach eng fräi ass, d’Waardelëscht, wou den Termin voll ass.
activity-error-message-empty = Schreift e Message.
activity-error-message-long = De Message ass ze laang (héchstens 2000 Zeechen).
mail-activity-series-subject = Är Plazen: { $title }
mail-activity-series-body =
    Dir hutt Iech fir déi nächst Terminer ageschriwwen.

    { $title }
    Éischten Termin: { $when }
    Terminer mat Plaz: { $places }
    Terminer op der Waardelëscht: { $waits }

    Gëtt eng Plaz fräi, kritt Dir se, a mir soen Iech et per E-Mail. { $link }
mail-activity-message-subject = E Message: { $title }
mail-activity-message-body =
    D’Organisatioun schreift alle Leit, déi ageschriwwe sinn:

    { $text }

    { $link }
activity-field-commune-room = Online, am Videoraum vun der Gemeng ({ $room })
activity-error-no-commune-room = D'Gemeng huet nach kee Videoraum: Schreift amplaz de Link vum Raum.

## Sproochecaféen a Konversatiounsdëscher
activity-tables = Dëscher vun engem Sproochecafé
activity-tables-hint = Nëmme fir e Sproochecafé: eng Zeil pro Dësch, all an enger Sprooch, mat senger Gaaschtgeberin oder sengem Gaaschtgeber (Niveau C1 oder besser) an 1 bis 6 Plazen. Loosst déi aner Zeilen eidel. D'Plaze vum Café sinn d'Plaze vu sengen Dëscher.
activity-table-number = Dësch { $number }
activity-field-table-language = Sprooch
activity-field-host = Numm vun der Gaaschtgeberin oder vum Gaaschtgeber
activity-field-host-level = Niveau vun der Gaaschtgeberin oder vum Gaaschtgeber
activity-field-seats = Plazen
activity-add-table = En Dësch derbäisetzen
activity-conversation = Konversatiounsdësch
activity-conversation-hint = Nëmme fir e Konversatiounsdësch: seng Sprooch an d'Niveauen, fir déi en ass (A1 bis B2).
activity-field-lowest = Vum Niveau
activity-field-highest = Bis zum Niveau
activity-capacity-hint = Bei engem Sproochecafé eidel loossen: d'Plaze sinn déi vun den Dëscher.
activity-field-levels = Niveauen
activity-levels = { $language }, { $lowest } bis { $highest }
activity-table-free = { $count ->
    [0] voll
    [one] eng Plaz fräi
   *[other] { $count } Plaze fräi
}
activity-language-waiting = Waardelëscht { $language }: { $count }
activity-choose-table = D'Sprooch, déi Dir üben wëllt
activity-accept-waiting-list = Wann hir Dëscher voll sinn, mech op hir Waardelëscht setzen
activity-take-seat = Eng Plaz huelen
activity-table-heading = Dësch { $language }, mat { $host }
activity-waiting-for = Waart op eng Plaz: { $language }
activity-profile-link = Dréit Är Sproochen an Niveauen an Äre Profil an
activity-error-tables-not-cafe = Nëmmen e Sproochecafé huet Dëscher: Wielt déi Zort oder loosst d'Dëscher eidel.
activity-error-conversation-not-table = Nëmmen e Konversatiounsdësch huet Niveauen: Wielt déi Zort oder loosst d'Niveauen eidel.
activity-error-no-table = E Sproochecafé brauch op d'mannst een Dësch.
activity-error-too-many-tables = E Sproochecafé huet héchstens 30 Dëscher.
activity-error-table-language = Wielt d'Sprooch vum Dësch: Lëtzebuergesch, Däitsch, Franséisch, Englesch oder Portugisesch.
activity-error-table-host = Schreift den Numm vun der Gaaschtgeberin oder vum Gaaschtgeber (héchstens 80 Zeechen), oder gitt d’Adress vun hirem Kont un.
activity-error-host-level = Wien en Dësch leet, schwätzt seng Sprooch um Niveau C1, C2 oder als Mammesprooch.
activity-error-table-seats = En Dësch huet 1 bis 6 Plazen.
activity-error-conversation-missing = Wielt d'Sprooch vum Konversatiounsdësch an d'Niveauen, fir déi en ass.
activity-error-level = Wielt en Niveau: A1, A2, B1 oder B2.
activity-error-range-reversed = Den ënneschten Niveau ass iwwer dem ieweschten.
activity-error-range-above = E Konversatiounsdësch ass fir Leit, déi léieren: seng Niveaue ginn bis B2.
activity-refused-tables-full = All d'Dëscher vun dëser Sprooch si voll. Kräizt d'Waardelëscht un, fir op eng Plaz ze waarden.
activity-refused-no-level = Et brauch op d'mannst den Niveau A1: Dréit dës Sprooch fir d'éischt an Äre Sproocheprofil an.
activity-refused-nothing-to-learn = Dir schwätzt dës Sprooch iwwer B2: Un engem Dësch bleift wéineg ze léieren, mä Dir kéint een leeden.
activity-refused-below-level = Ären Niveau an dëser Sprooch ass ënner den Niveaue vun dësem Dësch.
activity-refused-above-level = Ären Niveau an dëser Sprooch ass iwwer den Niveaue vun dësem Dësch.
activity-refused-choose-language = Wielt d'Sprooch vun engem vun den Dëscher vum Café.
data-field-table-id = Dësch am Sproochecafé
data-field-waits-for = Waart op en Dësch an
activity-table-line = { $language }: { $host } ({ $level }), { $free }
activity-edit-title = Aktivitéit änneren
activity-edit-of = Änneren: { $title }
activity-edit-hint = Ännert hir Texter, d’Plaz, d’Plazen oder d’Sproochen. D’Datumer bleiwen: Sot en Termin of, deen net ka stattfannen, an all Ageschriwwen gëtt informéiert.
activity-edit-capacity-hint = Wien op der Waardelëscht steet, rutscht direkt no, wann Dir Plaze bäisetzt. Manner Plazen wéi fir e kommenden Termin scho vergi sinn, geet net.
activity-save-changes = Ännerunge späicheren
activity-notice-changed = D’Aktivitéit ass geännert. All Ageschriwwen a Waardend kréien eng nei Plaz oder e neie Link matgedeelt.
activity-error-capacity-below-taken = Fir e kommenden Termin hu scho méi Leit eng Plaz. Behaalt mindestens esou vill Plazen, oder sot deen Termin of.
mail-activity-moved-subject = Nei Plaz oder neie Link: { $title }
mail-activity-moved-body =
    D’Organisatioun huet d’Plaz vun dëser Aktivitéit geännert. Dir sidd ageschriwwen oder op der Waardelëscht.

    { $title }
    Wéini: { $when }
    Wou elo:
    { $where }

    D’Säit vun der Aktivitéit: { $link }
activity-cancel-activity = All kommend Terminer ofsoen
activity-cancel-activity-hint = D’Aktivitéit bleift als ofgesot ze gesinn. All Ageschriwwen a Waardend kréien eng Kéier eng E-Mail.
activity-cancel-activity-confirm = Jo, all Terminer ofsoen, déi nach net ugefaangen hunn
activity-error-confirm-cancel = Kräizt d’Këschtchen un, fir d’Ofso vun alle kommenden Terminer ze confirméieren.
activity-notice-activity-cancelled = All kommend Terminer sinn ofgesot. All Ageschriwwen a Waardend ginn informéiert.
mail-activity-cancelled-subject = Ofgesot: { $title }
mail-activity-cancelled-body =
    D’Organisatioun huet all kommend Terminer vun dëser Aktivitéit ofgesot: Är Plaz (oder Är Plaz op der Waardelëscht) fält domat ewech. Dir musst näischt maachen.

    { $title }
    Ären éischten Termin war: { $when }

    D’Säit vun der Aktivitéit: { $link }

activities-organised-title = D’Aktivitéiten, déi Dir organiséiert
activities-organised-intro = All Aktivitéit, déi Dir organiséiert, mat der Lëscht vun deenen, déi sech ageschriwwen hunn.
activities-organised-none = Dir organiséiert nach keng Aktivitéit.
activities-organised-over = Eriwwer
activity-error-audience-association = E Konto vun engem Organisateur huet kee Quartier: wielt déi ganz Gemeng oder jiddereen.

## A café table's host with an account
activity-field-host-account = E-Mail vun der Gaaschtgeberin oder vum Gaaschtgeber, wa si hei e Kont hunn
activity-host-account-hint = Fräiwëlleg. Wien mat engem Kont en Dësch féiert, gesäit, wien do eng Plaz huet, a kritt den Dag virdrun eng Erënnerung. Wann de Sproocheprofil d’Sprooch vum Dësch nennt, gëllt säin Niveau.
activity-error-host-account = Keen Kont vun dëser Gemeng, deen un Aktivitéiten deelhëlt, huet dës Adress.
activity-error-host-profile-level = De Sproocheprofil vun dëser Persoun nennt an der Sprooch vum Dësch en Niveau ënner C1: Wien en Dësch féiert, schwätzt se op C1, C2 oder als Mammesprooch.
activity-error-host-twice = Dës Persoun féiert schonn en aneren Dësch vun dësem Café.
activity-host-page-title = Dësch { $language }: { $title }
activity-host-page-intro = Dir féiert dësen Dësch. Hei gesitt Dir, wien do eng Plaz huet, Termin fir Termin: d’Nimm, ni d’Adressen.
activity-host-page-intro-organiser = Wien un dësem Dësch eng Plaz huet, Termin fir Termin. D’Gaaschtgeberin oder de Gaaschtgeber gesäit déi selwecht Säit.
activity-host-page-activity = D’Säit vun der Aktivitéit
activity-host-no-learner = Nach huet keen eng Plaz.
activity-hosting = Dëscher, déi Dir féiert
activity-hosting-line = Dësch { $language }: { $title }
mail-activity-host-named-subject = Dir féiert en Dësch: { $title }
mail-activity-host-named-body =
    D’Organisatioun vun dësem Sproochecafé huet Iech als Gaaschtgeberin oder Gaaschtgeber vum Dësch { $language } agedroen.

    { $title }
    Éischten Termin: { $when }

    Wien un Ärem Dësch eng Plaz huet, gesitt Dir op der Säit vun Ären Aktivitéiten; den Dag virun all Termin kritt Dir eng Erënnerung: { $link }
mail-activity-host-reminder-subject = Muer féiert Dir: { $title }
mail-activity-host-reminder-body =
    Fir drun ze denken: Muer féiert Dir den Dësch { $language }.

    { $title }
    Wéini: { $when }
    Léierender mat Plaz: { $count }

    Wien se sinn: { $table_link }
    D’Säit vun der Aktivitéit: { $link }
data-cafe-tables-hosted = D’Dëscher vu Sproochecaféen, déi Dir féiert
data-field-activity-id = Aktivitéit
data-field-host-name = Numm vun der Gaaschtgeberin oder vum Gaaschtgeber
data-field-host-level = Niveau vun der Gaaschtgeberin oder vum Gaaschtgeber
activity-hosts-title = Wien d’Dëscher féiert
activity-hosts-of = Wien d’Dëscher féiert: { $title }
activity-hosts-hint = Ännert, wien en Dësch féiert: Schreift en Numm, oder gitt d’Adress vum Kont hei un. Wien nei mat engem Kont en Dësch féiert, kritt eng E-Mail an d’Erënnerungen; wien en net méi féiert, kritt et och gesot. All Dësch behält seng Sprooch a seng Plazen.
activity-hosts-table = Dësch { $number }: { $language }
activity-hosts-save = Gaaschtgeber vun dësem Dësch späicheren
activity-hosts-link = Ännere, wien d’Dëscher féiert
activity-notice-host = Den Dësch huet elo eng nei Leedung.
mail-activity-host-released-subject = Dir féiert keen Dësch méi: { $title }
mail-activity-host-released-body =
    D’Organisatioun vun dësem Sproochecafé huet den Dësch { $language } engem aneren ginn. Dir musst näischt maachen.

    { $title }
    Nächsten Termin: { $when }

    { $link }
