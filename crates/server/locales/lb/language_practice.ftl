# Sproochepraxis: Sproochprofiller an Tandemer.

profile-title = Meng Sproochen
profile-intro = Gitt un, wéi eng Sprooche Dir schwätzt a wéi eng Dir géif üben. D’Gemeng proposéiert Iech dann en Tandem: een, deen Iech bei enger Sprooch hëlleft, déi Dir léiert, während Dir him bei enger Sprooch hëlleft, déi Dir gutt schwätzt.
profile-form-title = Mäi Sproochprofil
profile-languages-hint = Wielt fir all Sprooch, déi Dir schwätzt, Ären Niveau. Kräizt un, wat Dir üben wëllt (bis B2) a wobäi Dir aneren hëllefe kënnt (vu B2 un).
profile-field-level = Mäin Niveau
profile-level-none = Ech schwätzen se net
profile-level-a1 = A1 (Ufänger)
profile-level-a2 = A2 (Grondkenntnisser)
profile-level-b1 = B1 (Mëttelstuf)
profile-level-b2 = B2 (gutt Mëttelstuf)
profile-level-c1 = C1 (fortgeschratt)
profile-level-c2 = C2 (ganz gutt)
profile-level-native = Mammesprooch
profile-field-learns = Ech wëll se üben
profile-field-offers = Ech kann aneren dobäi hëllefen
profile-field-availability = Wéini ech mech treffe kann
profile-part-morning = Moien
profile-part-afternoon = Mëtteg
profile-part-evening = Owend
profile-field-intergenerational = E Partner vun enger anerer Generatioun ass wëllkomm
profile-field-birth-year = Gebuertsjoer (fräiwëlleg)
profile-birth-year-hint = Just fir, wann Dir wëllt, Partner vun enger anerer Generatioun ze proposéieren. Soss gesäit et keen.
profile-save = Mäi Profil späicheren
profile-saved = Äert Sproochprofil ass gespäichert.
profile-language-lb = Lëtzebuergesch
profile-language-de = Däitsch
profile-language-fr = Franséisch
profile-language-en = Englesch
profile-language-pt = Portugisesch
profile-error-no-language = Wielt en Niveau fir op d’mannst eng Sprooch.
profile-error-twice = All Sprooch wann ech gelift just eng Kéier.
profile-error-level-missing = Wielt Ären Niveau an dëser Sprooch: Et fänkt bei A1 un.
profile-error-offer-level = Fir bei enger Sprooch ze hëllefen, brauch et op d’mannst B2.
profile-error-learn-level = Iwwer B2 bleift wéineg ze üben: Kräizt léiwer un, datt Dir dobäi hëllefe kënnt.
profile-error-learns-and-offers = Übt dës Sprooch oder hëlleft dobäi, net allebéid.
profile-error-availability = Wielt op d’mannst eng Zäit vun der Woch.
profile-error-birth-year = Gitt e Gebuertsjoer un, zum Beispill 1954, oder loosst d’Feld eidel.
profile-error-language-unknown = Wielt ënner Lëtzebuergesch, Däitsch, Franséisch, Englesch a Portugisesch.
profile-error-level = Wielt en Niveau vun A1 bis C2 oder Mammesprooch.
tandems-title = Meng Tandemer
tandem-state-proposed = Proposéiert
tandem-state-waiting = Waart op Äre Partner
tandem-state-agreed = Vu béide Säiten ugeholl
tandem-state-closed = Ofgeschloss
tandem-you-learn = Dir übt
tandem-you-help = Dir hëlleft bei
tandem-partner = Äre Partner
tandem-contact-hint = Numm an E-Mail-Adress vum aneren gesitt Dir, soubal Dir allebéid ugeholl hutt.
tandem-accept = Unhuelen
tandem-decline = Nee, merci
tandem-end = Den Tandem ofschléissen
tandem-accepted = Merci. Soubal Äre Partner och unhëlt, kritt Dir allebéid d’Kontaktdate per E-Mail.
tandem-closed = Den Tandem ass ofgeschloss.
tandem-error-closed = Dësen Tandem gouf ofgeleent oder ofgeschloss.
tandems-staff-title = Tandemer
tandems-staff-intro = Proposéiert all Member mat Sproochprofil an nach ouni Tandem en Tandem. De Virschlag sicht déi bescht Pairen fir jiddereen zesummen; béid Membere huelen un, ier se d’Kontaktdate vum anere gesinn.
tandems-staff-profiles = Sproochprofiller
tandems-staff-open = Proposéiert oder lafend Tandemer
tandems-staff-agreed = Ugeholl Tandemer
tandems-propose = Elo Tandemer proposéieren
tandems-proposed = { $count ->
    [0] Et gouf kee neit Pair fonnt.
    [one] Een neit Pair gouf proposéiert.
   *[other] Nei Pairen proposéiert: { $count }
}
mail-tandem-proposed-subject = En Tandem fir ze üben: { $language }
mail-tandem-proposed-body =
    D’Gemeng proposéiert Iech en Tandem: een, deen Iech hëlleft, dës Sprooch ze üben, während Dir him bei enger Sprooch hëlleft, déi Dir gutt schwätzt.

    Sprooch: { $language }

    Wann Dir Iech treffe wëllt, huelt de Virschlag un. D’Kontaktdate kritt Dir, soubal Dir allebéid ugeholl hutt: { $link }
mail-tandem-agreed-subject = Ären Tandem: { $name }
mail-tandem-agreed-body =
    Dir hutt den Tandem allebéid ugeholl. Esou erreecht Dir Äre Partner.

    Numm: { $name }
    E-Mail: { $email }
    Sprooch, déi Dir übt: { $language }

    Maacht zesummen Plaz an Zäit aus. Fir den Tandem ofzeschléissen: { $link }
data-language-profile = Äert Sproochprofil
data-language-profile-languages = D’Sprooche vun Ärem Profil
data-tandems = D’Tandemer, déi Iech proposéiert goufen
data-tandems-closed = D’Tandemer, déi Dir ofgeschloss hutt
data-field-availability = Wéini Dir Iech treffe kënnt
data-field-welcomes-intergenerational = Aner Generatioun wëllkomm (1 jo, 0 nee)
data-field-birth-year = Gebuertsjoer
data-field-updated-at = Geännert den
data-field-level = Niveau
data-field-learns = Übt se (1 jo, 0 nee)
data-field-offers = Hëlleft dobäi (1 jo, 0 nee)
data-field-first-teaches = Den éischte Partner hëlleft bei
data-field-second-teaches = Deen zweete Partner hëlleft bei
data-field-proposed-at = Proposéiert den
data-field-first-accepted-at = Ugeholl den
data-field-second-accepted-at = Ugeholl den
tandems-link = Meng Sproochen an Tandemer
coaching-title = Coaching
coaching-intro = E Coach ass en Noper, deen eng Sprooch ganz gutt schwätzt (C1 oder besser) an Iech hëlleft, se ze üben, eent op eent. Frot no engem Coach an enger Sprooch, déi Dir léiert: D’Gemeng proposéiert Iech een, an Dir huelt allebéid un, ier Dir Numm an E-Mail-Adress vum aneren gesitt.
coaching-my-requests = Meng Ufroen no engem Coach
coaching-as-coach = Mir proposéiert Léierender
coaching-language = Sprooch
coaching-level = Niveau vun der léierender Persoun
coaching-note = Notiz
coaching-your-coach = Äre Coach
coaching-your-learner = Är léierend Persoun
coaching-contact-hint = Numm an E-Mail-Adress vum aneren gesitt Dir, soubal Dir allebéid ugeholl hutt.
coaching-accept = Unhuelen
coaching-decline = Nee, merci
coaching-end = D’Coaching ofschléissen
coaching-withdraw = Meng Ufro zréckzéien
coaching-ask-title = No engem Coach froen
coaching-no-language = Fir no engem Coach ze froen, kräizt fir d’éischt uewen an Ärem Sproochprofil eng Sprooch un, déi Dir üben wëllt, a späichert en.
coaching-field-language = Sprooch, déi ech üben wëll
coaching-field-note = Eng Notiz fir de Coach (fräiwëlleg)
coaching-note-hint = Wat Dir Iech wënscht, zum Beispill en Examen virbereeden oder op der Aarbecht méi schwätzen. Maximal 500 Zeechen.
coaching-ask = No engem Coach froen
coaching-state-open = Waart op e Coach
coaching-state-proposed = Iech proposéiert
coaching-state-waiting = Waart op d’Zousso vum aneren
coaching-state-matched = Ugeholl
coaching-state-withdrawn = Zréckgezunn
coaching-state-ended = Ofgeschloss
coaching-asked = Är Ufro ass geschéckt. D’Gemeng proposéiert Iech e Coach.
coaching-accepted = Merci. Soubal deen aneren och unhëlt, kritt Dir allebéid d’Kontaktdate per E-Mail.
coaching-declined = De Virschlag ass ofgeleent. D’Ufro waart op en anere Coach.
coaching-ended = D’Coaching ass ofgeschloss.
coaching-withdrawn = Är Ufro ass zréckgezunn.
coaching-error-language = Wielt tëscht Lëtzebuergesch, Däitsch, Franséisch, Englesch a Portugisesch.
coaching-error-not-learned = Wielt eng Sprooch, déi Dir laut Ärem Sproochprofil übt (Niveau A1 bis B2).
coaching-error-level = Iwwer B2 braucht Dir kee Coach: Dir kënnt amplaz anere bei dëser Sprooch hëllefen.
coaching-error-open-already = Dir hutt an dëser Sprooch schonn no engem Coach gefrot.
coaching-error-note-long = D’Notiz däerf héchstens 500 Zeeche laang sinn.
coaching-error-not-open = Dës Ufro waart net méi op e Coach.
coaching-error-not-candidate = Dës Persoun kann dës léierend Persoun elo net begleeden. Wielt ee vun de proposéierte Coachen.
coaching-error-agreed-already = Dir hutt allebéid schonn ugeholl.
coaching-error-accepted-already = Dir hutt schonn ugeholl. Elo muss deen aneren unhuelen.
coaching-error-not-proposed = Fir dës Ufro ass grad kee Coach proposéiert.
coaching-error-not-withdrawable = Dës Ufro kann net méi zréckgezu ginn: Schléisst amplaz d’Coaching of.
coaching-error-not-agreed = Dëst Coaching leeft net.
coaching-staff-title = Coaching
coaching-staff-intro = Léierender froen no engem Coach an enger Sprooch, déi se üben. Fir all Ufro stinn déi bescht Kandidaten un éischter Plaz: Coachen, déi d’Sprooch op C1 oder besser schwätzen, déi meeschte Zäite vun der Woch mat der léierender Persoun deelen, wéi si eng aner Generatioun wëllkomm heeschen an déi mannst Coachings hunn (héchstens dräi).
coaching-staff-open = Ufroen, déi op e Coach waarden
coaching-staff-proposed = Proposéiert Coachen
coaching-staff-matched = Ugeholl Coachings
coaching-propose-best = Fir all Ufro de beschte Coach proposéieren
coaching-no-candidate = Keen kann dës léierend Persoun de Moment begleeden.
coaching-candidates = Kandidaten, déi bescht fir d’éischt
coaching-candidate-facts = { $slots ->
    [one] Eng gemeinsam Zäit vun der Woch
   *[other] Gemeinsam Zäite vun der Woch: { $slots }
}, { $load ->
    [0] nach kee Coaching
    [one] schonn ee Coaching
   *[other] lafend Coachings: { $load }
}
coaching-candidate-generations = Eng aner Generatioun, wéi allebéid et sech wënschen
coaching-propose = Dëse Coach proposéieren
coaching-proposed = { $count ->
    [0] Et konnt kee Coach proposéiert ginn.
    [one] Ee Coach gouf proposéiert.
   *[other] Proposéiert Coachen: { $count }
}
mail-coaching-proposed-coach-subject = Eng léierend Persoun fir { $language }
mail-coaching-proposed-coach-body =
    D’Gemeng proposéiert Iech als Coach: Een aus der Noperschaft wëllt mat Iech dës Sprooch üben: { $language }.

    Wann Dir hëllefe wëllt, huelt de Virschlag un. D’Kontaktdate kritt Dir, soubal Dir allebéid ugeholl hutt: { $link }
mail-coaching-proposed-learner-subject = E Coach fir { $language }
mail-coaching-proposed-learner-body =
    D’Gemeng proposéiert Iech e Coach fir dës Sprooch: { $language }.

    Wann Dir Iech treffe wëllt, huelt de Virschlag un. D’Kontaktdate kritt Dir, soubal Dir allebéid ugeholl hutt: { $link }
mail-coaching-matched-learner-subject = Äre Coach: { $name }
mail-coaching-matched-learner-body =
    Dir hutt d’Coaching allebéid ugeholl. Esou erreecht Dir Äre Coach.

    Numm: { $name }
    E-Mail: { $email }
    Sprooch: { $language }

    Maacht zesummen Plaz an Zäit aus. Fir d’Coaching ofzeschléissen: { $link }
mail-coaching-matched-coach-subject = Är léierend Persoun: { $name }
mail-coaching-matched-coach-body =
    Dir hutt d’Coaching allebéid ugeholl. Esou erreecht Dir déi léierend Persoun.

    Numm: { $name }
    E-Mail: { $email }
    Sprooch: { $language }

    Maacht zesummen Plaz an Zäit aus. Fir d’Coaching ofzeschléissen: { $link }
data-coaching-requests = Är Ufroen no engem Coach
data-coachings = D’Léierender, déi Iech als Coach proposéiert goufen
data-coaching-requests-closed = D’Coaching-Ufroen, déi Dir zréckgezunn oder ofgeschloss hutt
data-coaching-declines = D’Léierender, déi Dir ofgeleent hutt
data-field-note = Notiz
data-field-learner-accepted-at = Ugeholl den
data-field-coach-accepted-at = Ugeholl den
data-field-request-id = Ufro
data-field-declined-at = Ofgeleent den
mail-coaching-withdrawn-coach-subject = D’Begleedung op { $language } gëtt net méi gebraucht
mail-coaching-withdrawn-coach-body =
    D’Persoun, déi d’Gemeng Iech fir { $language } proposéiert hat, huet hir Ufro zréckgezunn. Dir musst näischt méi maachen.

    Merci, datt Dir Är Hëllef ugebuede hutt: D’Gemeng ka Iech engem aneren proposéieren. Är Begleedungen: { $link }
mail-coaching-ended-subject = Begleedung op { $language } eriwwer
mail-coaching-ended-body =
    { $name } huet Är Begleedung op { $language } ofgeschloss. Merci fir déi gemeinsam Zäit.

    Op Ärer Sproochesäit kënnt Dir eng aner Begleedung ufroen oder ubidden: { $link }
