# Membership: accounts, residence, staff decisions, roles, imports, your data and sessions.

## Formulairen a Felder
form-has-errors = Verbessert wann ech gelift déi markéiert Felder hei ënnendrënner.
## Aschreiwen
signup-title = Aschreiwen
signup-intro = D'Aschreiwen huet dräi Schrëtt: Är Adress sichen, eis eppes iwwer Iech soen, an dann weisen, datt Dir do wunnt.
signup-step-address = 1. Är Adress sichen
signup-address-search = Strooss an Hausnummer
signup-address-hint = Zum Beispill: Avenue de la Liberté 12
signup-address-button = Sichen
signup-address-none = Keng Adress fonnt. Kontrolléiert d'Schreifweis, oder probéiert et nëmme mam Numm vun der Strooss.
signup-step-choose = 2. Är Adress auswielen
signup-address-first = Sicht fir d'éischt Är Adress.
signup-step-you = 3. Iwwer Iech
signup-submit = Aschreiwen
signup-done-title = Bal fäerdeg
signup-done-email = Mir hunn Iech eng E-Mail geschéckt ({ $email }).
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
login-notice-confirmed = Är E-Mail-Adress ass bestätegt. Loggt Iech elo an.
login-notice-reset = Äert neit Passwuert ass gespäichert. Loggt Iech elo an.
login-notice-logged-out = Dir sidd ausgeloggt.
forgot-title = Passwuert vergiess
forgot-text = Gitt Är E-Mail-Adress an. Mir schécken Iech e Link, fir en neit Passwuert ze wielen.
forgot-submit = Link schécken
forgot-sent = Gehéiert dës E-Mail-Adress zu engem Kont? Dann hu mir e Link dohinner geschéckt. De Link gëllt eng Stonn.
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
status-pending = Mir mussen nach kontrolléieren, ob Dir hei wunnt.
status-verified = Wunnsëtz verifizéiert
status-refused = Mir konnten net bestätegen, datt Dir op dëser Adress wunnt. Mellt Iech wann ech gelift bei der Gemeng.
status-staff = Schafft fir d'Gemeng
role-resident = Awunner
role-moderator = Moderator vum Quartier
role-staff = Personal vun der Gemeng
role-admin = Administrateur vun der Gemeng
role-operator = Bedreiwer
## Wunnsëtz beweisen
verify-title = Wunnsëtz beweisen
verify-intro = Mir kontrolléieren, ob Dir op Ärer Adress wunnt. Esou kommen nëmmen echt Noperen an Äre Quartier.
verify-ways = Dat geet op dräi Aarten:
verify-way-letter = mam Code aus dem Bréif, deen d'Gemeng un Är Adress schéckt,
verify-way-invitation = mat engem Code vun engem Noper, dee scho verifizéiert ass,
verify-letter-wait = { $days ->
    [one] Zulescht goufen d’Bréiwer bannent engem Dag no der Umeldung gedréckt an dann verschéckt.
   *[other] Zulescht goufen d’Bréiwer bannent { $days } Deeg no der Umeldung gedréckt an dann verschéckt.
}
verify-way-staff = oder op der Gemeng: D'Personal kann do Äre Wunnsëtz iwwerpréiwen.
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
invite-text = Wëll en Noper matmaachen? Maacht e Code a gitt en Ärem Noper. De Code gëllt nëmmen eng Kéier, 14 Deeg laang, an nëmmen an Ärem Quartier.
invite-button = Code maachen
invite-new-code = Hei ass de Code. Schreift en op a gitt en Ärem Noper:
invite-error-too-many = Dir hutt 5 Coden, déi nach net benotzt sinn. Waart, bis se benotzt oder ze al sinn.
invite-list = Är Coden
invite-created = Datum
invite-code = Code
invite-state = Stand
invite-used = Benotzt
invite-expired = Ze al
invite-open-until = Gëllt bis { $date }
## Personal
staff-title = Administratioun
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
pending-since = Datum
pending-decision = Decisioun
pending-email-unconfirmed = E-Mail nach net bestätegt
pending-approve = { $name } unhuelen
pending-refuse = { $name } ofleenen
pending-approved = D'Persoun ass ugeholl.
pending-letter-printed = Bréif gedréckt: { $date }
pending-new-letter = De Bréif fir { $name } ass verluer: en neien drécken
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
letter-heading = Äre Code, fir Äre Wunnsëtz ze beweisen
letter-greeting = Moien, { $name },
letter-body = Dir hutt Iech op der Plattform Gemeng ugemellt. Do treffe sech d’Noperen aus der Gemeng { $commune }. D’Noperen mussen sécher sinn, datt jiddereen och wierklech an der Géigend wunnt. Dofir schéckt d’Gemeng dëse Code mat der Post op d’Adress, déi Dir uginn hutt: Nëmme wien do wunnt, kritt en.
letter-step-open = Maacht { $url } op
letter-step-login = Loggt Iech mat Ärer E-Mail-Adress an Ärem Passwuert an.
letter-step-enter = Gitt de Code vun uewen an. Dréckt dann op „Code iwwerpréiwen“.
letter-steps-title = Wat Dir mam Code maacht
letter-label-date = Datum
letter-label-reference = Referenz
letter-label-phone = Telefon
letter-label-email = E-Mail
letter-label-hours = Ëffnungszäiten
letter-label-code = Äre Code
letter-contact = Froen? Rufft { $phone } un oder kommt mat dësem Bréif op d’Gemeng.
letter-contact-desk = Froen? Kommt mat dësem Bréif op d’Gemeng.
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
import-error-csv = De Fichier ass net am richtegen CSV-Format.
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
roles-for = Roll: { $name }
roles-save = Späicheren
roles-saved = D'Roll ass gespäichert.
roles-error-self = Dir kënnt Är eege Roll net änneren.
roles-error-changed = Een huet d'Roll vun dëser Persoun an der Tëschenzäit geännert. Kuckt d'Lëscht nach eng Kéier.
roles-error-moderator-needs-member = Nëmmen e verifizéierten Awunner vun engem Quartier ka Moderator vun deem Quartier sinn.
roles-error-resident-needs-address = Dës Persoun huet keng Adress am Register. Dofir ka si keen Awunner sinn.
mail-confirm-subject = { $commune }: Bestätegt wann ech gelift Är E-Mail-Adress
mail-confirm-body =
    Moien, { $name },

    Merci, datt Dir Iech op der Plattform Gemeng { $article ->
         [den] am { $commune }
         [d-feminine] an der { $commune }
         [d-neuter] am { $commune }
        *[none] zu { $commune }
        } ageschriwwen hutt.
    Maacht wann ech gelift dëse Link op, fir Är E-Mail-Adress ze bestätegen:

    { $link }

    De Link gëllt 3 Deeg. Wann Dir Iech net ageschriwwen hutt, kënnt Dir dës E-Mail ignoréieren.
mail-reset-subject = { $commune }: Neit Passwuert wielen
mail-reset-body =
    Moien, { $name },

    Een huet gefrot, d'Passwuert vun Ärem Kont op der Plattform Gemeng { $article ->
         [den] am { $commune }
         [d-feminine] an der { $commune }
         [d-neuter] am { $commune }
        *[none] zu { $commune }
        } z'änneren.
    Fir en neit Passwuert ze wielen, maacht dëse Link bannent enger Stonn op:

    { $link }

    Wann Dir dat net waart, ignoréiert dës E-Mail: Äert Passwuert bleift d'selwecht.
import-error-name-invisible = En Numm huet onsiichtbar Zeechen oder Zeechen, déi d'Schreifrichtung änneren:
import-error-ring-not-closed = E Ring vun engem Polygon hält net u sengem éischte Punkt op:
import-error-zero-area = E Polygon oder ee vu senge Ringer huet keng Fläch:
import-error-self-intersecting = De Rand vun engem Polygon kräizt oder beréiert sech selwer:
import-error-shape-too-complex = Eng Form ass ze komplizéiert fir se ze kontrolléieren. Vereinfacht se wann ech gelift:
undelivered-title = E-Mailen, déi net zougestallt konnte ginn
undelivered-intro = Dës Messagen goufen no zwee Deeg Versich opginn. Kontaktéiert d'Persoun op en anere Wee, zum Beispill mat der Post oder um Telefon, a kontrolléiert hir E-Mail-Adress mat hir.
undelivered-caption = Net zougestallt E-Mailen, déi neist als éischt
undelivered-recipient = Un
undelivered-subject = Sujet
undelivered-when = Datum
data-title = Är Donnéeën
data-intro = Alles, wat d'Plattform Gemeng iwwer Iech späichert, steet op dëser Säit. Dir kënnt et als Fichier eroflueden an ophiewen, oder Äre Kont läschen.
data-download = Alles eroflueden (JSON-Fichier)
data-account = Äre Kont
data-sessions = Wou Dir ugemellt sidd
data-trusted-browsers = Browseren, déi sech op Äre Kont umelle dierfen
data-email-links = Linken, déi Iech per E-Mail geschéckt goufen
data-residence-letters = Wunnsëtz-Bréiwer un Iech
data-codes-given = Invitatiounscoden, déi Dir Noperen ginn hutt
data-posts = Är Bäiträg
data-comments = Är Äntwerten op Bäiträg
data-thanks = Merci, déi Dir gesot hutt
data-posts-hidden = Bäiträg, déi Dir als Moderator verstoppt hutt
data-comments-hidden = Äntwerten, déi Dir als Moderator verstoppt hutt
data-codes-used = Coden, mat deenen Dir Äre Wunnsëtz beluecht hutt
data-letter-batches = Wunnsëtz-Bréiwer, déi Dir gedréckt hutt (Personal)
data-residents-verified = Awunner, deenen hir Adress Dir confirméiert hutt (Personal)
data-decisions-taken = Decisiounen, déi Dir geholl hutt (Personal)
data-decisions-about-you = Decisiounen iwwer Äre Kont
data-emails = E-Mailen un Iech
data-time-bank-account = Äre Konto an der Zäitbank (Saldo an Ufanksdatum)
data-time-bank-listings = Är Offeren an Demanden an der Zäitbank
data-consultation-answers = Är Äntwerten op nimmentlech Ëmfroe vun der Gemeng
data-consultation-participation = Déi anonym Ëmfroen, op déi Dir geäntwert hutt (Är Äntwerte sinn net mat Iech verbonnen)
data-consultations-written = Ëmfroen, déi Dir fir d'Gemeng virbereet hutt
data-announcements-read = D’Matdeelunge vun der Gemeng, déi Dir opgemaach hutt, a wéini
data-announcements-written = Matdeelungen, déi Dir fir d’Gemeng geschriwwen hutt
data-consultation-answer-forms = D’Consultatiounen, op déi Dir Äntwerte geschéckt hutt (nëmme gehalen, fir e Formulaire ze erkennen, deen zweemol geschéckt gouf)
data-service-threads = D’Gespréicher, déi Dir mat de Servicer vun der Gemeng ugefaangen hutt, mat hirem Sujet an hirem Stand
data-service-messages = Noriichten, déi Dir a Gespréicher mat de Servicer vun der Gemeng geschriwwen hutt
data-service-threads-assigned = Gespréicher mat de Servicer vun der Gemeng, déi Iech zougewise sinn
data-newsletter = D’Newslettere vu Gemengen, déi Är Adress abonnéiert huet
data-time-bank-recorded = Zäitbank-Buchungen, déi Dir als Koordinatioun aginn hutt
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
import-running = Den Import leeft nach. Grouss Registere brauchen eng bis zwou Minutten.
import-check-again = Nach eng Kéier kucken
import-interrupted = Dësen Import gouf virum Enn ënnerbrach; näischt dovun gouf geschriwwen. Importéiert de Fichier nach eng Kéier.
import-error-busy = En aneren Import vun dëser Gemeng leeft nach. Waart, bis e fäerdeg ass.
data-imports-started = Importer, déi Dir gestart hutt (Personal)
data-field-outcome = Resultat
## Staff tables and undoing a decision
staff-col-name = Numm
staff-col-address = Adress vum Doheem
staff-col-neighbourhood = Quartier
staff-col-role = Roll
roles-fixed = Nëmmen en Administrateur kann dës Roll änneren.
roles-yourself = Dat sidd Dir: En aneren Administrateur kann Är Roll änneren.
pending-undo = Réckgängeg maachen
pending-undo-hint = Dir kënnt dat 10 Minutte laang réckgängeg maachen.
pending-undone = D’Decisioun ass réckgängeg gemaach. D’Persoun waart erëm.
pending-undo-too-late = Dës Decisioun kann net méi réckgängeg gemaach ginn: Si ass méi al wéi 10 Minutten, oder et war net Är.
## A resident's progress
progress-title = Äre Wee an de Quartier
progress-account = Kont ugeluecht
progress-email = E-Mail-Adress bestätegt
progress-residence = Wunnsëtz nogewisen
progress-residence-detail = Gitt de Code aus dem Bréif vun der Gemeng oder vun engem Noper op der Säit „Wunnsëtz beweisen“ an.
progress-first-post = Schreift Ären éischte Bäitrag
progress-first-post-detail = Sot Moien, bitt Hëllef un, léint Geschir aus oder frot an Ärem Quartier no Hëllef.
verify-email-confirmed = Är E-Mail-Adress ass bestätegt. Et bleift nach ee Schrëtt: Weist no, datt Dir hei wunnt.
data-field-audience = Publikum
data-field-title = Titel
data-field-body = Text
data-field-state = Stand
data-field-edited-at = Geännert de
data-field-deleted-at = Geläscht de
data-field-hidden-at = Verstoppt de
data-field-hidden-reason = Grond fir d’Verstoppen
data-field-post-id = Bäitrag
data-field-full-name = Numm op der Bréifkëscht
data-field-address-extra = Appartement oder Stack
## E-mails at each step, and refusing
mail-approved-subject = { $commune }: Äre Wunnsëtz ass bestätegt
mail-approved-body =
    Moien, { $name },

    D’Gemeng huet Är Adress iwwerpréift: Äre Wunnsëtz ass bestätegt.
    Äre Quartier op Gemeng steet Iech elo op:

    { $link }

    Wëllkomm, a bis geschwë bei Ären Noperen.
mail-refused-subject = { $commune }: Mir konnten Äre Wunnsëtz net bestätegen
mail-refused-body =
    Moien, { $name },

    D’Gemeng konnt net bestätegen, datt Dir op der Adress wunnt, déi Dir uginn hutt.
    Grond: { $reason }

    Wann dat e Feeler ass, mellt Iech wann ech gelift op der Gemeng:
    { $contact }
mail-refused-no-reason = Et gouf kee Grond uginn.
refuse-title = Dëse Wunnsëtz refuséieren?
refuse-explain = D’Persoun kritt eng E-Mail, datt d’Gemeng hir Adress net bestätege konnt, mat Ärem Grond. Dir kënnt d’Decisioun 10 Minutte laang réckgängeg maachen.
refuse-reason = Grond (fräiwëlleg)
refuse-reason-hint = An einfache Wierder, zum Beispill: Op dëser Adress wunnt keen mat deem Numm.
refuse-cancel = Zréck, ouni ze refuséieren
mail-letter-subject = { $commune }: Äre Bréif ass ënnerwee
mail-letter-body =
    Moien, { $name },

    D’Gemeng huet Äre Bréif gedréckt ({ $date }). E kënnt an den nächsten Deeg mat der Post op Är Adress.
    Wann en do ass, maacht dës Säit op a gitt de Code aus dem Bréif an:

    { $link }
mail-invitation-used-subject = { $commune }: Är Invitatioun gouf benotzt
mail-invitation-used-body =
    Moien, { $name },

    En Noper huet Är Invitatioun benotzt an ass elo an Ärem Quartier: { $newcomer }.
mail-contact-phone = Telefon: { $phone }
mail-contact-email = E-Mail: { $email }
mail-contact-hours = Ëffnungszäiten: { $hours }
data-blocks = Persounen, déi Dir blockéiert hutt
data-blocked-by = Wéi dacks een Iech blockéiert huet (ni wien)
data-conversations = Är Gespréicher
data-messages = Messagen, déi Dir geschéckt hutt
data-messages-hidden = Messagen, déi Dir als Personal ausgeblent hutt
data-reports = Meldungen, déi Dir gemaach hutt
data-reports-judged = Meldungen, iwwer déi Dir als Moderator decidéiert hutt
data-notice-settings = Är Wiel vun den E-Mail-Hiweiser
data-notice-link = Datt Dir en Ofbestell-Link hutt (säi Geheimnis gëtt net gewisen)
data-digest = Är deeglech Zesummefaassung
data-field-id = Nummer
data-field-high-id = Déi aner Persoun (Nummer)
data-field-low-id = Déi aner Persoun (Nummer)
data-field-blocked-id = Blockéiert Persoun (Nummer)
data-field-balance = Saldo a Minutten
data-field-opened-at = Opgemaach de(n)
data-field-category = Kategorie
data-field-minutes = Minutten
data-field-amount = Minutten
data-field-memo = Beschreiwung
data-field-thread-id = Gespréich (Nummer)
data-field-service-id = Service (Nummer)
data-field-commune-id = Gemeng (Nummer)
data-field-confirmed-at = Bestätegt den
data-field-item-type = Wat
data-field-item-id = Watfir een (Nummer)
data-field-reason = Grond
data-field-details = Detailer
data-field-closed-at = Decidéiert de
data-field-topic = Iwwer wat
data-field-frequency = Wéi dacks
data-field-user-id = Kont (Nummer)

## Konten vun Organisateuren: déi vu Veräiner, déi d’Personal opmécht.
role-organiser = Organisateur (Veräin)
status-organiser = Organiséiert Aktivitéite fir d’Gemeng
organisers-title = Konte vun Organisateuren
organisers-intro = E Veräin, e Club oder e Ministère, deen hei en Evenement organiséiert, kritt e Konto als Organisateur: en publizéiert Aktivitéite fir déi ganz Gemeng oder fir jiddereen a gesäit, wien sech ageschriwwen huet. En huet kee Quartier, keng Messagen a keng Zäitbank.
organisers-none = Nach kee Konto vun engem Organisateur.
organisers-caption = D’Konte vun den Organisateure vun der Gemeng
organisers-col-name = Organisatioun
organisers-col-email = E-Mail-Adress
organisers-col-created = Opgemaach
organisers-col-activities = Aktivitéiten
organisers-col-actions = Konto
organisers-close-link = Konto zoumaachen: { $name }
organisers-new = E Konto fir en Organisateur opmaachen
organisers-new-hint = D’Organisatioun kritt eng E-Mail an der gewielter Sprooch mat engem Link, fir e Passwuert ze wielen. De Link gëllt siwen Deeg.
organisers-field-name = Numm vun der Organisatioun
organisers-field-language = Sprooch vun hiren E-Mailen
organisers-create = Konto opmaachen
organisers-created = De Konto gouf opgemaach. D’Organisatioun kritt eng E-Mail, fir e Passwuert ze wielen.
organisers-closed = De Konto gouf zougemaach. Seng Aktivitéite bleiwen; d’Personal vun der Gemeng verwalt se.
organisers-close-title = E Konto vun engem Organisateur zoumaachen
organisers-close-explained = Zoumaachen läscht de Konto, wéi wann eng Persoun hir Donnéeë läscht: keen kann sech méi domat umellen. Seng Aktivitéite bleiwe fir déi, déi ageschriwwe sinn; d’Personal vun der Gemeng verwalt se vun elo un.
organisers-close-button = Konto zoumaachen: { $name }
organisers-close-keep = Konto behalen
error-organisation-name-too-short = Den Numm vun der Organisatioun brauch op d’mannst 2 Zeechen.
error-organisation-name-too-long = Den Numm vun der Organisatioun däerf héchstens 60 Zeechen hunn.
mail-organiser-welcome-subject = Äre Konto als Organisateur op Gemeng
mail-organiser-welcome-body = Moien,

    d’Personal vun der Gemeng huet op Gemeng e Konto als Organisateur fir Är Organisatioun opgemaach: { $name }.
    Gemeng: { $commune }

    Mat dësem Konto publizéiert Dir Är Aktivitéite fir d’Awunner (fir déi ganz Gemeng oder op fir jiddereen), gesitt Dir, wien sech ageschriwwen huet, a schreift Dir hinnen. Et ass kee Konto vun engem Awunner: en huet kee Quartier, keng Messagen a keng Zäitbank.

    Wielt Äert Passwuert mat dësem Link (e gëllt siwen Deeg):

    { $link }

    Mellt Iech dann mat dëser E-Mail-Adress un. Wann Dir dës E-Mail net erwaart hutt, sot wann ech gelift der Gemeng Bescheed.
