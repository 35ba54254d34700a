# What every page shares: the site, navigation, reader preferences, errors and common fields.

# Gemeng — Lëtzebuergesch. Einfach Sprooch: kuerz Sätz, Wierder vun all Dag.
# All Message hei muss et och op en, de, fr a pt ginn (en Test kontrolléiert dat).
site-name = Gemeng
language-name = Lëtzebuergesch
skip-to-content = Direkt op den Haaptinhalt
nav-label = Haaptmenü
nav-commune = Gemeng
nav-neighbourhood = Mäi Quartier
nav-staff = Administratioun
nav-account = Mäi Kont
nav-login = Aloggen
nav-logout = Ausloggen
nav-signup = Aschreiwen
language-label = Sprooch
language-apply = Änneren
display-large-text = Méi groussen Text
display-high-contrast = Héije Kontrast
footer-text = D'Plattform Gemeng verbënnt d'Gemeng an d'Noperen. Är genee Adress gëtt ni anere Leit gewisen.
field-display-name = Ären Numm
field-display-name-hint = Sou gesinn Är Noperen Iech. De Virnumm geet duer.
field-email = E-Mail-Adress
field-password = Passwuert
field-new-password = Neit Passwuert
field-password-hint = Op d'mannst 8 Zeechen. E Saz, deen Dir Iech gutt mierkt, ass e gutt Passwuert.
field-language = Sprooch fir d'E-Mailen an d'Säiten
field-code = Code
field-code-hint = 12 Buschtawen an Zuelen, zum Beispill ACDE-FGHJ-KMNP. Espacen a kleng Buschtawe si kee Problem.
## Meldungen iwwer d'Aginn
error-control-characters = Hei sinn onsiichtbar Zeechen dran, dacks vum Kopéieren an Asetzen. Tippt den Text wann ech gelift nach eng Kéier.
error-email-required = Gitt Är E-Mail-Adress an.
error-email-invalid = Gitt eng E-Mail-Adress wéi name@example.lu an.
error-email-taken = Et gëtt schonn e Kont mat dëser E-Mail-Adress. Loggt Iech an, oder frot no engem neie Passwuert.
error-password-too-short = D'Passwuert brauch op d'mannst 8 Zeechen.
error-password-too-long = D'Passwuert däerf héchstens 256 Zeechen hunn.
error-password-common = Dëst Passwuert ass ze heefeg an einfach ze roden. Wielt en anert.
error-password-context = D'Passwuert däerf net Ären Numm oder Är E-Mail-Adress sinn.
error-name-too-short = Ären Numm brauch op d'mannst 2 Zeechen.
error-name-too-long = Ären Numm däerf héchstens 60 Zeechen hunn.
error-guidelines-required = Akzeptéiert wann ech gelift d'Reegelen, fir matzemaachen.
error-address-required = Wielt Är Adress aus der Lëscht.
error-address-unknown = Dës Adress steet net am Register vun der Gemeng.
error-address-outside = Dës Adress läit a kengem Quartier vun der Gemeng. Mellt Iech wann ech gelift bei der Gemeng.
error-query-too-long = De Sichtext däerf héchstens 120 Zeeche laang sinn.
error-language-unknown = Dës Sprooch gëtt et hei net.
## Feelersäiten
error-back-home = Zréck op d'Startsäit
error-not-found-title = Säit net fonnt
error-not-found-detail = Dës Säit gëtt et net, oder Dir däerft se net gesinn.
error-login-title = Loggt Iech wann ech gelift an
error-login-detail = Dir musst Iech aloggen, fir dës Säit ze gesinn.
error-email-first-title = Bestätegt fir d’éischt Är E-Mail-Adress
error-email-first-detail = Wéi Dir Iech ugemellt hutt, hu mir Iech eng E-Mail mat engem Link geschéckt. Tippt fir d’éischt op dee Link; duerno kënnt Dir hei de Code aus dem Bréif oder vun engem Noper aginn. Keng E-Mail? Op Ärer Kontosäit kënnt Dir eng nei ufroen.
error-verification-title = Mir mussen nach kontrolléieren, ob Dir hei wunnt
error-verification-detail = Dës Säit ass fir Awunner, deenen hir Adress iwwerpréift ass. Gitt op Ärer Kontosäit de Code aus dem Bréif vun der Gemeng oder vun engem Noper an.
error-forbidden-title = Net erlaabt
error-forbidden-detail = Dir däerft dës Säit net opmaachen.
error-bad-request-title = Dat huet net geklappt
error-form-malformed = De Formulaire gouf net richteg geschéckt. Gitt wann ech gelift zréck a probéiert et nach eng Kéier.
error-form-too-large = De Fichier oder den Text ass ze grouss.
error-json-malformed = Den Inhalt vun der Ufro ass net de JSON, deen erwaart gëtt.
error-csrf = Dës Säit war ze laang op. Lued se nei a fëllt de Formulaire nach eng Kéier aus.
error-method-not-allowed = Dës Säit kann dat net maachen. Gitt wann ech gelift zréck a probéiert et nach eng Kéier.
error-unsupported-media-type = Dës Zort Inhalt gëtt hei net ugeholl.
error-invalid-title = E puer Felder sinn net gëlteg
error-invalid-detail = Verbessert wann ech gelift déi genannte Felder.
error-conflict-title = Dat geet elo net
error-rate-limit-title = Ze vill Versich
error-rate-limit-detail = Waart wann ech gelift e puer Minutten a probéiert et dann nach eng Kéier.
error-busy-title = Probéiert et wann ech gelift gläich nach eng Kéier
error-busy-detail = Grad mellen sech vill Leit un. Waart e puer Sekonnen, gitt zréck a schéckt de Formulaire nach eng Kéier.
error-internal-title = Bei eis ass eppes schifgaangen
error-internal-detail = Probéiert et wann ech gelift gläich nach eng Kéier. Wann et nees geschitt, mellt Iech bei der Gemeng.
error-timeout = Dat huet ze laang gedauert. Probéiert et wann ech gelift nach eng Kéier.
## E-Mailen
mail-signature = Gemeng, d'Plattform fir d'Noperen an Ärer Gemeng
## Onsiichtbar Zeechen, E-Mail-Adressen a Kontroll vun de Kaarten
error-name-invisible = Ären Numm huet onsiichtbar Zeechen oder Zeechen, déi d'Schreifrichtung ëmdréinen. Schreift en wann ech gelift nëmme mat siichtbare Buschtawen.
error-email-ascii = Eng E-Mail-Adress däerf nëmme laténgesch Buschtawen ouni Akzenter, Zifferen an . _ - + hunn (wéi name@example.lu).
list-next-page = Nächst Säit
error-page-size = Frot 1 bis 200 Elementer op eemol.
## The name on the letterbox
field-full-name = Äre ganze Numm
field-full-name-hint = Wéi op Ärer Bréifkëscht. Nëmmen d’Gemeng gesäit en: Hie steet um Bréif, dee mir Iech schécken.
field-address-extra = Appartement oder Stack (fräiwëlleg)
field-address-extra-hint = Zum Beispill: 2. Stack, Appartement 4. Fir datt de Bréif bei Iech ukënnt.
error-full-name-too-short = Äre ganze Numm brauch mindestens 2 Zeechen.
error-full-name-too-long = Äre ganze Numm däerf héchstens 120 Zeechen hunn.
error-address-extra-too-long = Hei sinn héchstens 60 Zeechen méiglech.

## Eropgeluede Biller
image-error-no-file = Wielt e Bild fir eropzelueden.
image-error-not-image = Dëse Fichier ass kee Bild, dat Gemeng liese kann: Huelt e PNG- oder JPEG-Fichier.
image-error-unreadable = Dëst Bild ass beschiedegt oder net komplett: Probéiert en anere Fichier.
image-error-too-large = Dëst Bild ass ze grouss: héchstens 8.000 Pixel pro Säit.
image-error-busy = Grad gi vill Biller eropgelueden. Probéiert et an enger Minutt nach eng Kéier.

## Where the commune's desk is
desk-title = De Guichet vun der Gemeng
desk-address = Adress
nav-timebank = Zäitbank
nav-messages = Messagen
nav-messages-unread = { $count ->
    [one] net gelies Message
   *[other] net geliese Messagen
}
footer-guidelines = Reegele fir d’Mateneen

nav-organised = Eis Aktivitéiten
