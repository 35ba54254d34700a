# Gemeng — Lëtzebuergesch. Einfach Sprooch: kuerz Sätz, Wierder vun all Dag.
# All Message hei muss et och op en, de, fr a pt ginn (en Test kontrolléiert dat).

site-name = Gemeng
language-name = Lëtzebuergesch
skip-to-content = Direkt op den Haaptinhalt
nav-label = Haaptmenü
nav-commune = Gemeng
nav-neighbourhood = Mäi Quartier
nav-staff = Personal
nav-account = Mäi Kont
nav-login = Aloggen
nav-logout = Ausloggen
nav-signup = Aschreiwen
language-label = Sprooch
language-apply = Änneren
display-large-text = Méi grousse Text
display-high-contrast = Héije Kontrast
footer-text = Gemeng verbënnt d'Gemeng an d'Noperen. Är genee Adress gëtt ni anere Leit gewisen.

## Installatioun a Startsäit vun der Gemeng
index-title = Gemengen op Gemeng
index-intro = Wielt Är Gemeng.
index-no-communes = Et gëtt nach keng Gemeng.
commune-title = Gemeng
commune-welcome = Wëllkomm zu { $commune }
commune-intro = Léiert Är Nopere kennen, hëlleft Iech géigesäiteg a kritt Noriichte vun Ärer Gemeng.
commune-join-title = Maacht mat an Ärem Quartier
commune-join-text = Schreift Iech mat Ärer Adress an. Mir kontrolléieren, ob Dir do wunnt. Duerno kënnt Dir Är Nopere gesinn a mat hinne schwätzen.
commune-your-neighbourhood = Dir sidd Member vum Quartier { $neighbourhood }.
commune-pending-text = Mir mussen nach kontrolléieren, ob Dir op Ärer Adress wunnt. Gitt de Code aus dem Bréif vun der Gemeng an, oder de Code vun engem Noper.
commune-neighbourhoods-title = Quartieren
commune-no-neighbourhoods = D'Gemeng huet hir Quartieren nach net ageriicht.

## Formulairen a Felder
form-has-errors = Verbessert w.e.g. déi markéiert Felder hei ënnendrënner.
field-display-name = Ären Numm
field-display-name-hint = Sou gesinn Är Noperen Iech. De Virnumm geet duer.
field-email = E-Mail-Adress
field-password = Passwuert
field-new-password = Neit Passwuert
field-password-hint = Op d'mannst 8 Zeechen. E Saz, deen Dir Iech gutt mierkt, ass e gutt Passwuert.
field-language = Sprooch fir d'E-Mailen an d'Säiten
field-code = Code
field-code-hint = 12 Buschtawen an Zuelen, zum Beispill ACDE-FGHJ-KMNP. Espacen a kleng Buschtawe si kee Problem.

## Aschreiwen
signup-title = Aschreiwen
signup-intro = D'Aschreiwen huet dräi Schrëtt: Är Adress sichen, eis eppes iwwer Iech soen, an dann weisen, datt Dir do wunnt.
signup-step-address = 1. Är Adress sichen
signup-address-search = Strooss an Hausnummer
signup-address-hint = Zum Beispill: Rue de la Gare 12
signup-address-button = Sichen
signup-address-none = Keng Adress fonnt. Kontrolléiert d'Schreifweis, oder probéiert et nëmme mam Numm vun der Strooss.
signup-step-choose = 2. Är Adress auswielen
signup-address-first = Sicht fir d'éischt Är Adress.
signup-step-you = 3. Iwwer Iech
signup-submit = Aschreiwen
signup-done-title = Bal fäerdeg
signup-done-email = Mir hunn eng E-Mail un { $email } geschéckt.
signup-done-next = Wéi et weidergeet
signup-done-step-email = Maacht d'E-Mail op a klickt op de Link. Esou bestätegt Dir Är E-Mail-Adress.
signup-done-step-residence = Weist, datt Dir op Ärer Adress wunnt. Dat geet op dräi Aarten:
guidelines-title = Wéi mir mateneen ëmginn
guidelines-kind = Sidd frëndlech an héiflech, och wann Dir net averstane sidd.
guidelines-real = Benotzt Äre richtegen Numm an Är richteg Adress.
guidelines-private = Respektéiert d'Privatsphär: Verzielt net weider, wat Noperen Iech am Vertraue soen.
guidelines-no-selling = Keng Reklamm a kee Verkaf, fir Suen ze verdéngen.
guidelines-report = Mellt Bäiträg, déi sech net un dës Reegelen halen. D'Moderatore kucken se sech dann un.
guidelines-accept = Ech akzeptéieren dës Reegelen.

## E-Mail-Adress bestätegen
confirm-title = Bestätegt Är E-Mail-Adress
confirm-text = Dréckt op de Knäppchen, fir Är E-Mail-Adress ze bestätegen.
confirm-button = Bestätegen
confirm-invalid = Dëse Link funktionéiert net méi. Vläicht ass hien al, oder hie gouf scho benotzt. Loggt Iech an, fir en neien ze kréien.

## Aloggen a Passwuert
login-title = Aloggen
login-submit = Aloggen
login-error = D'E-Mail-Adress oder d'Passwuert ass net richteg.
login-forgot = Passwuert vergiess?
login-no-account = Nach kee Kont?
login-notice-confirmed = Är E-Mail-Adress ass bestätegt. Loggt Iech w.e.g. an.
login-notice-reset = Äert neit Passwuert ass gespäichert. Loggt Iech w.e.g. an.
login-notice-logged-out = Dir sidd ausgeloggt.
forgot-title = Passwuert vergiess
forgot-text = Gitt Är E-Mail-Adress an. Mir schécken Iech e Link, fir en neit Passwuert ze wielen.
forgot-submit = Link schécken
forgot-sent = Wann e Kont dës Adress benotzt, hu mir e Link dohinner geschéckt. De Link gëllt eng Stonn.
reset-title = Neit Passwuert wielen
reset-submit = Neit Passwuert späicheren
reset-invalid = Dëse Link funktionéiert net méi. Vläicht ass hien eeler wéi eng Stonn, oder hie gouf scho benotzt.

## Kont
me-title = Mäi Kont
me-address = Adress
me-address-private = nëmmen Dir an d'Personal vun der Gemeng gesinn dat
me-neighbourhood = Quartier
me-role = Roll
me-status = Status
me-confirm-title = Bestätegt Är E-Mail-Adress
me-confirm-text = Mir hunn Iech e Link per E-Mail geschéckt. Ass en net ukomm? Kuckt an Ärem Spam-Dossier, oder frot no engem neie Link.
me-confirm-resend = Link nach eng Kéier schécken
me-confirm-sent = Mir hunn en neie Link geschéckt. Déi al Linke funktionéieren net méi.
status-email-unconfirmed = E-Mail-Adress nach net bestätegt
status-pending = Waart op de Beweis vum Wunnsëtz
status-verified = Wunnsëtz verifizéiert
status-refused = Wunnsëtz net ugeholl. Mellt Iech w.e.g. bei der Gemeng.
status-staff = Schafft fir d'Gemeng
role-resident = Awunner
role-moderator = Moderator vum Quartier
role-staff = Personal vun der Gemeng
role-admin = Administrateur vun der Gemeng
role-operator = Bedreiwer

## Wunnsëtz beweisen
verify-title = Wunnsëtz beweisen
verify-intro = Mir kontrolléieren, ob Dir op Ärer Adress wunnt. Esou kommen nëmmen echt Noperen an Äre Quartier.
verify-way-letter = mam Code aus dem Bréif, deen d'Gemeng un Är Adress schéckt,
verify-way-invitation = mat engem Code vun engem Noper, dee scho verifizéiert ass,
verify-way-staff = oder Dir kommt an de Bureau vun der Gemeng: D'Personal kann Iech do unhuelen.
verify-submit = Code iwwerpréiwen
verify-error-format = Dat ass kee Code. E Code huet 12 Buschtawen an Zuelen.
verify-error-unknown = Mir kennen dëse Code net. Kontrolléiert en a probéiert et nach eng Kéier.
verify-error-expired = Dëse Code ass ze al. Frot no engem neien.
verify-error-used = Dëse Code gouf scho benotzt.
verify-error-other-neighbourhood = Dës Invitatioun ass fir en anere Quartier. Nëmmen Noperen aus Ärem eegene Quartier kënnen Iech invitéieren.
verify-error-inviter = Den Noper, deen Iech dëse Code ginn huet, wunnt net méi an Ärem Quartier, dofir gëllt de Code net méi. Frot en aneren Noper, oder waart op de Bréif vun der Gemeng.
verify-error-not-pending = Äre Wunnsëtz muss net iwwerpréift ginn.
verified-title = Wëllkomm am Quartier!
verified-text = Dir sidd elo Member vum Quartier { $neighbourhood }.

## Invitatiounen
invite-title = En Noper invitéieren
invite-text = Wëll en Noper matmaachen? Maacht e Code a gitt en Ärem Noper. De Code geet nëmmen eng Kéier, 14 Deeg laang, an nëmmen an Ärem Quartier.
invite-button = Code maachen
invite-new-code = Hei ass de Code. Schreift en op a gitt en Ärem Noper:
invite-error-too-many = Dir hutt 5 Coden, déi nach net benotzt sinn. Waart, bis se benotzt oder ze al sinn.
invite-list = Är Coden
invite-created = Gemaach den
invite-state = Stand
invite-used = Benotzt
invite-expired = Ze al
invite-open-until = Gëllt bis { $date }

## Quartier
neighbourhood-title = Quartier
neighbourhood-members = { $count ->
    [one] Ee verifizéierten Noper
   *[other] { $count } verifizéiert Noperen
}
neighbourhood-neighbours = Noperen
neighbourhood-privacy = D'Nopere gesinn Ären Numm an Är Strooss, mee ni Är Hausnummer.

## Personal
staff-title = Personal
staff-tools = Tools fir d'Personal
staff-neighbourhood-count = { $count ->
    [one] Ee Quartier
   *[other] { $count } Quartieren
}
staff-address-count = { $count ->
    [one] Eng Adress am Register
   *[other] { $count } Adressen am Register
}
staff-pending-count = { $count ->
    [one] Een Awunner waart op d'Verifikatioun
   *[other] { $count } Awunner waarden op d'Verifikatioun
}
pending-title = Awunner, déi op d'Verifikatioun waarden
pending-none = Et waart keen.
pending-caption = Kontrolléiert d'Adress vun all Persoun. Huelt se dann un oder leent se of.
pending-since = Ageschriwwen den
pending-decision = Decisioun
pending-email-unconfirmed = E-Mail nach net bestätegt
pending-approve = { $name } unhuelen
pending-refuse = { $name } ofleenen
pending-approved = D'Persoun ass ugeholl.
pending-letter-printed = Bréif gedréckt den { $date }
pending-new-letter = De Bréif fir { $name } ass verluer: en neie drécken
pending-letter-voided = Den ale Bréif funktionéiert net méi. Déi nächst Kéier, wann Dir Bréiwer maacht, ass en neien derbäi.
pending-refused = D'Persoun ass ofgeleent.
letters-title = Bréiwer fir de Wunnsëtz
letters-waiting = { $count ->
    [0] Keen Awunner waart op e Bréif.
    [one] Een Awunner waart op e Bréif.
   *[other] { $count } Awunner waarden op e Bréif.
}
letters-once = Dir gesitt d'Coden nëmmen eng Kéier, op der Säit, déi opgeet. Dréckt se direkt aus.
letters-print = Bréiwer maachen
letters-printed = { $count ->
    [0] Et gëtt kee Bréif fir ze drécken.
    [one] E Bréif ass fäerdeg. Dréckt dës Säit aus.
   *[other] { $count } Bréiwer si fäerdeg. Dréckt dës Säit aus: All Bréif kënnt op en eegent Blat.
}
letters-print-hint = Benotzt de Befeel „Drécken“ vun Ärem Browser. Wann Dir d'Bréiwer nach eng Kéier maacht, kritt Dir nei Coden. Déi al funktionéieren dann net méi.
letter-heading = { $commune }: Äre Code fir Gemeng
letter-greeting = Moien { $name },
letter-body = Dir hutt Iech op Gemeng ageschriwwen. Dat ass d'Plattform fir d'Noperen an der Gemeng { $commune }. Mat dësem Code weist Dir, datt Dir op dëser Adress wunnt.
letter-step-open = Maacht { $url } op
letter-step-login = Loggt Iech mat Ärer E-Mail-Adress an Ärem Passwuert an.
letter-step-enter = Gitt de Code vun uewen an. Dréckt dann op „Code iwwerpréiwen“.
letter-expiry = Dëse Code gëllt bis { $date }, an nëmmen eng Kéier.

## Import
import-title = Kaart an Adressregister
import-neighbourhoods = Quartieren (GeoJSON)
import-neighbourhoods-hint = Eng GeoJSON-FeatureCollection vu Polygonen, all mat engem "name". E Quartier mam selwechten Numm gëtt aktualiséiert.
import-addresses = Adressregister (CSV)
import-addresses-hint = Kolonnen: street, number, postcode, locality, lat, lon. Eng Adress, déi et scho gëtt, gëtt aktualiséiert.
import-file = Fichier
import-submit = Importéieren
import-refused = Et gouf näischt importéiert
import-neighbourhoods-done = { $created ->
        [one] Ee Quartier erstallt
       *[other] { $created } Quartieren erstallt
    }, { $updated } aktualiséiert. { $outside ->
        [0] All Adress läit an engem Quartier.
        [one] Eng Adress läit a kengem Quartier.
       *[other] { $outside } Adresse leien a kengem Quartier.
    }
import-addresses-done = { $rows ->
        [one] Eng Adress importéiert.
       *[other] { $rows } Adressen importéiert.
    } { $outside ->
        [0] All Adress läit an engem Quartier.
        [one] Eng läit a kengem Quartier.
       *[other] { $outside } leien a kengem Quartier.
    }
import-problem-row = Zeil { $line }: { $reason } { $detail }
import-problem-feature = Element { $feature }: { $reason } { $detail }
import-problem-overlap = „{ $first }“ an „{ $second }“ iwwerlappe sech.
import-error-csv = De Fichier ass net am richtege CSV-Format.
import-error-missing-column = Eng Kolonn feelt:
import-error-missing-value = E Wäert feelt:
import-error-bad-value = E Wäert ass ze laang oder huet Kontrollzeechen:
import-error-bad-coordinate = Eng Koordinat ass keng gëlteg Zuel:
import-error-duplicate-address = Dës Adress kënnt zweemol vir:
import-error-empty = Am Fichier ass näischt fir ze importéieren.
import-error-too-many-rows = De Fichier huet ze vill Zeilen. Héchstens erlaabt:
import-error-geojson = De Fichier ass net am richtege GeoJSON-Format.
import-error-not-feature-collection = De Fichier muss eng GeoJSON-FeatureCollection sinn.
import-error-feature-name = En Element huet keng brauchbar Eegeschaft "name".
import-error-duplicate-name = Zwee Elementer hunn dee selwechten Numm:
import-error-feature-geometry = En Element ass weder e Polygon nach e MultiPolygon:
import-error-ring-too-short = E Ring vun engem Polygon huet manner wéi 3 Ecken:
import-error-shape-too-large = Eng Form huet ze vill Punkten:
import-error-no-file = Wielt e Fichier fir ze importéieren.

## Rollen
roles-title = Rollen
roles-intro = Bestëmmt d'Moderatore vun de Quartieren an d'Personal vun der Gemeng. E Moderator muss e verifizéierten Awunner sinn.
roles-caption = Leit vun der Gemeng
roles-for = Roll vun { $name }
roles-save = Späicheren
roles-saved = D'Roll ass gespäichert.
roles-error-self = Dir kënnt Är eege Roll net änneren.
roles-error-changed = Een huet d'Roll vun dëser Persoun an der Tëschenzäit geännert. Kuckt d'Lëscht nach eng Kéier.
roles-error-moderator-needs-member = Nëmmen e verifizéierten Awunner vun engem Quartier ka Moderator vun deem Quartier sinn.
roles-error-resident-needs-address = Dës Persoun huet keng Adress am Register. Dofir ka si keen Awunner sinn.

## Meldungen iwwer d'Aginn
error-control-characters = Huelt w.e.g. d'Sonderzeechen ewech.
error-email-required = Gitt Är E-Mail-Adress an.
error-email-invalid = Gitt eng E-Mail-Adress wéi name@example.lu an.
error-email-taken = Et gëtt schonn e Kont mat dëser E-Mail-Adress. Loggt Iech an, oder frot en neit Passwuert.
error-password-too-short = D'Passwuert brauch op d'mannst 8 Zeechen.
error-password-too-long = D'Passwuert däerf héchstens 256 Zeechen hunn.
error-password-common = Dëst Passwuert ass ze heefeg an einfach ze roden. Wielt en anert.
error-password-context = D'Passwuert däerf net Ären Numm oder Är E-Mail-Adress sinn.
error-name-too-short = Ären Numm brauch op d'mannst 2 Zeechen.
error-name-too-long = Ären Numm däerf héchstens 60 Zeechen hunn.
error-guidelines-required = Akzeptéiert w.e.g. d'Reegelen, fir matzemaachen.
error-address-required = Wielt Är Adress aus der Lëscht.
error-address-unknown = Dës Adress steet net am Register vun der Gemeng.
error-address-outside = Dës Adress läit a kengem Quartier vun der Gemeng. Mellt Iech w.e.g. bei der Gemeng.
error-query-too-long = De Sichtext däerf héchstens 120 Zeeche laang sinn.
error-language-unknown = Dës Sprooch gëtt et hei net.

## Feelersäiten
error-status = Feelercode { $status }
error-back-home = Zréck op d'Startsäit
error-not-found-title = Säit net fonnt
error-not-found-detail = Dës Säit gëtt et net, oder Dir däerft se net gesinn.
error-login-title = Loggt Iech w.e.g. an
error-login-detail = Dir musst Iech aloggen, fir dës Säit ze gesinn.
error-verification-title = Beweis vum Wunnsëtz néideg
error-verification-detail = Dës Säit ass fir verifizéiert Awunner. Bestätegt fir d'éischt Är E-Mail-Adress a beweist Äre Wunnsëtz.
error-forbidden-title = Net erlaabt
error-forbidden-detail = Äre Kont däerf dës Säit net gesinn oder dat net maachen.
error-bad-request-title = Eppes stëmmt net mat der Ufro
error-form-malformed = De Formulaire gouf net richteg geschéckt. Gitt w.e.g. zréck a probéiert et nach eng Kéier.
error-form-too-large = Dat, wat Dir geschéckt hutt, ass ze grouss.
error-json-malformed = Den Inhalt vun der Ufro ass net de JSON, deen erwaart gëtt.
error-csrf = Dëse Formulaire ass ofgelaf. Gitt zréck, lued d'Säit nei a schéckt en nach eng Kéier.
error-method-not-allowed = Dës Adress hëlt dës Zort Ufro net un.
error-unsupported-media-type = Dës Zort Inhalt gëtt hei net ugeholl.
error-invalid-title = E puer Felder sinn net gëlteg
error-invalid-detail = Verbessert w.e.g. déi genannte Felder.
error-conflict-title = Dat geet elo net
error-rate-limit-title = Ze vill Versich
error-rate-limit-detail = Waart w.e.g. e puer Minutten a probéiert et dann nach eng Kéier.
error-busy-title = Probéiert w.e.g. gläich nach eng Kéier
error-busy-detail = Grad mellen sech vill Leit un. Waart e puer Sekonnen, gitt zréck a schéckt de Formulaire nach eng Kéier.
error-internal-title = Bei eis ass eppes schifgelaf
error-internal-detail = Probéiert et w.e.g. gläich nach eng Kéier. Wann et nees geschitt, mellt Iech bei der Gemeng.
error-timeout = Dat huet ze laang gedauert. Probéiert et w.e.g. nach eng Kéier.

## E-Mailen
mail-signature = Gemeng, d'Plattform fir d'Noperen an Ärer Gemeng
mail-confirm-subject = { $commune }: Bestätegt w.e.g. Är E-Mail-Adress
mail-confirm-body =
    Moien { $name },

    Merci, datt Dir Iech op Gemeng zu { $commune } ageschriwwen hutt.
    Maacht w.e.g. dëse Link op, fir Är E-Mail-Adress ze bestätegen:

    { $link }

    De Link gëllt 3 Deeg. Wann Dir Iech net ageschriwwen hutt, kënnt Dir dës E-Mail ignoréieren.
mail-reset-subject = { $commune }: Neit Passwuert wielen
mail-reset-body =
    Moien { $name },

    Een huet gefrot, d'Passwuert vun Ärem Gemeng-Kont zu { $commune } z'änneren.
    Fir en neit Passwuert ze wielen, maacht dëse Link bannent enger Stonn op:

    { $link }

    Wann Dir dat net wart, ignoréiert dës E-Mail: Äert Passwuert bleift d'selwecht.

## Onsiichtbar Zeechen, E-Mail-Adressen a Kontroll vun de Kaarten
error-name-invisible = Ären Numm huet onsiichtbar Zeechen oder Zeechen, déi d'Schreifrichtung ëmdréinen. Schreift en w.e.g. nëmme mat siichtbare Buschtawen.
error-email-ascii = Eng E-Mail-Adress däerf nëmme laténgesch Buschtawen ouni Akzenter, Zifferen an . _ - + hunn (wéi name@example.lu).
import-error-name-invisible = En Numm huet onsiichtbar Zeechen oder Zeechen, déi d'Schreifrichtung änneren:
import-error-ring-not-closed = E Ring vun engem Polygon hält net u sengem éischte Punkt op:
import-error-zero-area = E Polygon oder ee vu senge Ringer huet keng Fläch:
import-error-self-intersecting = De Rand vun engem Polygon kräizt oder beréiert sech selwer:
import-error-shape-too-complex = Eng Form ass ze komplizéiert fir se ze kontrolléieren. Vereinfacht se w.e.g.:
undelivered-title = E-Mailen, déi net zougestallt konnte ginn
undelivered-intro = Dës Messagen goufen no zwee Deeg Versich opginn. Kontaktéiert d'Persoun op en aneren Wee, zum Beispill mat der Post oder um Telefon, a kontrolléiert d'Adress mat hir.
undelivered-caption = Net zougestallt E-Mailen, déi neist als éischt
undelivered-recipient = Un
undelivered-subject = Sujet
undelivered-when = Opginn den

data-title = Är Donnéeën
data-intro = Alles, wat Gemeng iwwer Iech späichert, steet op dëser Säit. Dir kënnt et als Fichier eroflueden an ophiewen, oder Äre Kont läschen.
data-download = Alles eroflueden (JSON-Fichier)
data-account = Äre Kont
data-sessions = Wou Dir ugemellt sidd
data-trusted-browsers = Browseren, déi sech op Äre Kont umelle dierfen
data-email-links = Linken, déi Iech per E-Mail geschéckt goufen
data-residence-letters = Wunnsëtz-Bréiwer un Iech
data-codes-given = Invitatiounscoden, déi Dir Noperen ginn hutt
data-codes-used = Coden, mat deenen Dir Äre Wunnsëtz beluecht hutt
data-letter-batches = Wunnsëtz-Bréiwer, déi Dir gedréckt hutt (Personal)
data-residents-verified = Awunner, deenen hir Adress Dir confirméiert hutt (Personal)
data-decisions-taken = Decisiounen, déi Dir geholl hutt (Personal)
data-decisions-about-you = Decisiounen iwwer Äre Kont
data-emails = E-Mailen un Iech
data-field-email = E-Mail-Adress
data-field-display-name = Numm, deen d'Noperen gesinn
data-field-language = Sprooch
data-field-role = Roll
data-field-residence = Wunnsëtz
data-field-verification-method = Wéi de Wunnsëtz beluecht gouf
data-field-verified-at = Wunnsëtz beluecht den
data-field-email-confirmed-at = E-Mail confirméiert den
data-field-created-at = Ugeluecht den
data-field-address = Adress
data-field-kind = Aart
data-field-device = Apparat
data-field-last-seen-at = Fir d'lescht benotzt den
data-field-expires-at = Gëlteg bis
data-field-last-used-at = Fir d'lescht benotzt den
data-field-purpose = Zweck
data-field-used-at = Benotzt den
data-field-letters = Bréiwer
data-field-action = Wat gemaach gouf
data-field-detail = Detail
data-field-at = Den
data-field-subject = Sujet
data-field-sent-at = Geschéckt den
data-field-failed-at = Opginn den
data-erase-title = Äre Kont läschen
data-erase-text = Domat ginn Äre Kont an alles op dëser Säit definitiv geläscht. Wat Är Noperen brauchen, funktionéiert weider (en Invitatiounscode, deen en Noper scho benotzt huet, bleift fir hie gëlteg), mä näischt dovun weist méi op Iech. Dat kann een net réckgängeg maachen.
data-erase-password = Äert Passwuert, fir ze confirméieren
data-erase-button = Mäi Kont definitiv läschen
data-erase-wrong-password = Dat ass net Äert Passwuert. Et gouf näischt geläscht.
commune-erased = Äre Kont an alles, wat Gemeng iwwer Iech gespäichert hat, goufe geläscht.
sessions-title = Wou Dir ugemellt sidd
sessions-intro = Dës Browseren an Appen sinn op Äre Kont ugemellt. Wann Dir een net erkennt, schléisst en an ännert Äert Passwuert.
sessions-device = Apparat
sessions-device-unknown = Onbekannten Apparat
sessions-app = App
sessions-since = Ugemellt den
sessions-last-used = Fir d'lescht benotzt den
sessions-this-one = Dat ass de Browser, deen Dir elo benotzt.
sessions-end = Dës Sessioun schléissen
sessions-end-others = Iwwerall soss ofmellen
sessions-ended = D'Sessioun gouf zougemaach.
sessions-others-ended = Dir sidd elo iwwerall ofgemellt, ausser hei.
roles-search = Eng Persoun no Numm oder E-Mail sichen
roles-search-button = Sichen
roles-none = Keen entsprécht dëser Sich.
list-next-page = Nächst Säit
operator-title = Gemeng bedreiwen
operator-login-title = Umellen, fir Gemeng ze bedreiwen
operator-login-intro = Fir d'Leit, déi dës Installatioun bedreiwen. Awunner a Gemengepersonal mellen sech op der Säit vun hirer Gemeng un.
operator-communes = Gemengen
operator-no-commune = Et gëtt nach keng Gemeng.
operator-create = Eng Gemeng uleeën
operator-commune-name = Numm vun der Gemeng
operator-commune-slug = Webadress
operator-commune-slug-hint = Kleng Buschtawen, Zifferen a Bindestricher, zum Beispill „hesper“: d'Gemeng ass dann ënner /c/hesper.
operator-commune-language = Haaptsprooch
operator-create-button = D'Gemeng uleeën
operator-error-slug = Nëmme kleng Buschtawen, Zifferen a Bindestricher.
operator-error-slug-taken = Eng aner Gemeng huet dës Webadress schonn.
operator-error-name = De Numm brauch 2 bis 80 Zeechen.
operator-commune-created = D'Gemeng ass ugeluecht. Importéiert hir Kaart an hire Register, an nennt dann hiren éischten Administrateur.
operator-commune-title = Gemeng
operator-admin = En Administrateur nennen
operator-admin-intro = Den Administrateur kritt eng E-Mail mat engem Link, fir e Passwuert ze wielen. De Link gëllt siwen Deeg.
operator-admin-button = Den Administrateur nennen
operator-admin-named = Den Administrateur gouf genannt a kritt eng E-Mail, fir e Passwuert ze wielen.
mail-admin-welcome-subject = Dir sidd Administrateur vun { $commune } op Gemeng
mail-admin-welcome-body = Moien { $name },

    Dir sidd elo Administrateur vun { $commune } op Gemeng. Wielt Äert Passwuert mat dësem Link (e gëllt siwen Deeg):

    { $link }

    Mellt Iech duerno mat Ärer E-Mail-Adress un.
