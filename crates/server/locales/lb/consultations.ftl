# Ëmfroen: Ofstëmmungen a Befroungen vun der Gemeng, Äntwerten a Resultater.

consultation-nav = Ëmfroen
consultation-list-title = Ëmfroen
consultation-list-intro = D'Gemeng freet no Ärer Meenung. Äntwert op d'Ëmfroe fir Äre Quartier an déi ganz Gemeng.
consultation-list-none = Am Moment gëtt et keng Ëmfro fir Iech.
consultation-answer-title = Ëmfro
consultation-back = All d'Ëmfroen
consultation-back-to-it = Zréck op d'Ëmfro
consultation-closes-on = Op bis: { $date }
consultation-opens-on = Ufank: { $date }
consultation-state-draft = Entworf
consultation-state-scheduled = Nach net op
consultation-state-open = Op
consultation-state-closed = Ofgeschloss
consultation-you-answered = Dir hutt geäntwert
consultation-other-languages = Och op:
consultation-see-results = D'Resultater kucken
consultation-anonymous-note = Är Äntwerte sinn anonym: Keen, och net d'Gemeng, ka gesinn, wéi eng Äntwerten Är sinn. Eemol geschéckt, kënne se net méi geännert ginn.
consultation-named-note = Är Äntwerten droen Ären Numm. Dir kënnt se bis zum Enn vun der Ëmfro änneren.
consultation-answer-final = Merci. Anonym Äntwerte kënnen net geännert ginn.
consultation-answer-changeable = Dir kënnt Är Äntwerte bis zum Enn vun der Ëmfro änneren.
consultation-not-answerable = Dës Ëmfro hëlt de Moment keng Äntwerten un.
consultation-problems = { $count ->
    [one] Eng Fro brauch Är Opmierksamkeet.
   *[other] Zuel vu Froen, déi Är Opmierksamkeet brauchen: { $count }
}
consultation-send-answers = Meng Äntwerte schécken
consultation-change-answers = Meng Äntwerten änneren
consultation-answered = Merci, Är Äntwerte sinn ofgespäichert.
consultation-optional = (fräiwëlleg)
consultation-other = Anescht
consultation-other-text = Anescht, an Äre Wierder
consultation-yes = Jo
consultation-no = Neen
consultation-your-answer = Är Äntwert
consultation-rating-low = Niddregste Wäert: { $label }
consultation-rating-high = Héchste Wäert: { $label }
consultation-rating-end = { $value } – { $label }
consultation-rank-place = { $place ->
    [one] Éischt Plaz
   *[other] Plaz { $place }
}
consultation-hint-at-most = { $count ->
    [one] Wielt eng Äntwert.
   *[other] Wielt bis zu { $count } Äntwerten.
}
consultation-hint-exactly = { $count ->
    [one] Wielt eng Äntwert.
   *[other] Wielt { $count } Äntwerten.
}
consultation-hint-between = Wielt Äntwerten, mindestens { $min } an héchstens { $max }.
consultation-hint-rank = { $count ->
    [one] Wielt Är éischt Wiel.
   *[other] Zuel vun Äntwerten, déi Dir no Ärer Virléift uerdnen sollt, all eemol: { $count }
}
consultation-hint-characters = Héchstens { $count } Zeechen.

consultation-answer-unknown-question = Dëse Formulaire ass net méi aktuell (et gëtt keng Fro mat der Nummer { $question }). Lued d'Säit wann ech gelift nei.
consultation-answer-twice = Op dës Fro gouf zweemol geäntwert.
consultation-answer-wrong-kind = Dës Äntwert passt net zur Fro.
consultation-answer-missing = Äntwert wann ech gelift op dës Fro.
consultation-answer-unknown-choice = Wielt wann ech gelift ënnert den ugebuedenen Äntwerten.
consultation-answer-chosen-twice = All Äntwert zielt eemol.
consultation-answer-too-few = Wielt mindestens { $min }.
consultation-answer-too-many = Wielt héchstens { $max }.
consultation-answer-no-other = Dës Fro huet kee Feld „Anescht“.
consultation-answer-other-too-long = Schreift héchstens { $max } Zeechen.
consultation-answer-off-scale = Wielt e Wäert vun der Skala.
consultation-answer-ranking-length = Zuel vun Äntwerten, déi Dir uerdne sollt, all eemol: { $count }
consultation-answer-text-too-long = Schreift héchstens { $max } Zeechen.
consultation-refused-not-open = Dës Ëmfro ass nach net op.
consultation-refused-closed = Dës Ëmfro ass ofgeschloss: Hir Resultater änneren net méi.
consultation-refused-final = Dir hutt schonn geäntwert, an anonym Äntwerte kënnen net geännert ginn.
consultation-error-form = Dëse Formulaire gehéiert net zu dëser Ëmfro. Lued d'Säit wann ech gelift nei.

consultation-staff-title = Ëmfroe vun der Gemeng
consultation-staff-intro = Frot d'Awunner no hirer Meenung: eng Ofstëmmung mat enger Fro oder eng Befroung mat méi Froen, anonym oder nimmentlech, fir déi ganz Gemeng oder eenzel Quartieren.
consultation-staff-none = Nach keng Ëmfro.
consultation-staff-back = All d'Ëmfroe vun der Gemeng
consultation-new-title = Nei Ëmfro
consultation-edit-title = Entworf vun enger Ëmfro
consultation-show-title = Ëmfro
consultation-saved = Den Entworf ass gespäichert.
consultation-published = D'Ëmfro ass verëffentlecht. D'Awunner gesinn se vun hirem éischten Dag un.
consultation-publish = Verëffentlechen
consultation-publish-note = Kontrolléiert d'Virschau hei ënnen. Eemol verëffentlecht, kann d'Ëmfro net méi geännert ginn.
consultation-save = Den Entworf späicheren
consultation-preview = Virschau
consultation-field-text = Titel a Froen
consultation-field-opens = Éischten Dag
consultation-field-closes = Leschten Dag
consultation-field-audience = Wien gefrot gëtt
consultation-field-anonymous = Anonymitéit
consultation-field-results-shown = Resultater fir d'Awunner
consultation-field-state = Stand
consultation-field-answers = Äntwerten
consultation-audience-commune = Déi ganz Gemeng
consultation-audience-neighbourhoods = Just déi Quartieren, déi hei ënnen ugekräizt sinn
consultation-anonymous-label = Anonym Äntwerten: ouni den Numm gespäichert an definitiv, wa se geschéckt sinn
consultation-anonymous = Anonym
consultation-named = Nimmentlech, bis zum Enn ännerbar
consultation-results-shown-while-open = Gewisen, während d'Äntwerten erakommen, an nom Enn
consultation-results-shown-after-closing = Gewisen, soubal d'Ëmfro ofgeschloss ass
consultation-results-shown-never = Den Awunner net gewisen
consultation-error-date = Gitt en Datum an, zum Beispill 2026-12-01.
consultation-error-audience = Wielt déi ganz Gemeng oder Quartiere vun der Gemeng.
consultation-error-results-shown = Wielt, wéini d'Awunner d'Resultater gesinn.
consultation-error-published = Dës Ëmfro ass verëffentlecht a kann net méi geännert ginn.
consultation-error-closed-already = Dës Ëmfro hält an der Vergaangenheet op: Ännert hire leschten Dag, ier Dir se verëffentlecht.

consultation-text-help-title = Wéi Dir d'Froe schreift
consultation-text-help-blocks = All Deel fänkt mat enger Zeil mat engem Stéchwuert un: title (Titel), section (Abschnitt), question (Fro), choice (Äntwert), oder low an high fir déi zwee Enner vun enger Skala.
consultation-text-help-languages = D'Zeilen duerno ginn säin Text, eng Zeil pro Sprooch, mam Sproochcode an engem Doppelpunkt am Ufank: lb, de, fr, en, pt. Schreift all Deel an deene selwechte Sproochen.
consultation-text-help-types = Nom Stéchwuert question kënnt hir Aart:
consultation-text-type-single = eng Äntwert ënnert deenen, déi nokommen;
consultation-text-type-multiple = méi Äntwerten, hei héchstens 3 (min=2 verlaangt mindestens 2);
consultation-text-type-yesno = jo oder neen;
consultation-text-type-rating = eng Bewäertung vun 1 bis 5, mam Text vun hiren zwee Ennen no low an high;
consultation-text-type-ranking = d'Äntwerten an der Reiefolleg vun der Virléift (top=3: just déi éischt dräi);
consultation-text-type-text = fräien Text, hei héchstens 500 Zeechen.
consultation-text-options = ginn enger Wielfro e Feld „Anescht“ oder maachen eng Fro fräiwëlleg.
consultation-text-line = Zeil { $line }: { $message }
consultation-text-too-long = Den Text ass ze laang.
consultation-text-no-type = Sot, wéi eng Aart vu Fro et ass (single, multiple, yesno, rating, ranking oder text).
consultation-text-unknown-type = Onbekannt Aart vu Fro: Benotzt single, multiple, yesno, rating, ranking oder text.
consultation-text-bad-option = Dës Optioun passt net zu dëser Aart vu Fro.
consultation-text-language-twice = Dësen Deel huet schonn eng Versioun an dëser Sprooch.
consultation-text-wording-nowhere = Text ouni Deel: Fänkt mat title, section, question oder choice un.
consultation-text-choice-nowhere = Eng Äntwert gehéiert ënner eng Fro vun der Aart single, multiple oder ranking.
consultation-text-end-nowhere = low an high gehéieren ënner eng Fro vun der Aart rating.
consultation-text-title-twice = D'Ëmfro huet een Titel.
consultation-text-unknown-line = Onbekannt Zeil: Fänkt se mat engem Stéchwuert oder engem Sproochcode mat Doppelpunkt un.

consultation-place-title = Titel
consultation-place-section = Abschnitt { $section }
consultation-place-question = Fro { $question }
consultation-place-choice = Fro { $question }, Äntwert { $choice }
consultation-place-low = Fro { $question }, ënnescht Enn
consultation-place-high = Fro { $question }, iewescht Enn
consultation-problem-no-language = Schreift den Titel an d'Froen a mindestens enger Sprooch.
consultation-problem-missing-version = { $place }: D'Versioun an dëser Sprooch feelt: { $language }.
consultation-problem-blank = { $place }: D'Versioun an dëser Sprooch ass eidel: { $language }.
consultation-problem-too-long = { $place }: D'Versioun an dëser Sprooch huet méi wéi { $max } Zeechen: { $language }.
consultation-problem-no-question = Stellt mindestens eng Fro.
consultation-problem-too-many-questions = Eng Befroung stellt héchstens { $max } Froen.
consultation-problem-empty-section = Abschnitt { $section } huet keng Fro.
consultation-problem-duplicate-question = Zwou Froen hunn d'Nummer { $question }.
consultation-problem-too-few-choices = Fro { $question } brauch mindestens zwou Äntwerten.
consultation-problem-too-many-choices = Fro { $question } bitt méi wéi { $max } Äntwerten.
consultation-problem-duplicate-choice = Fro { $question } huet zwou Äntwerte mat der Nummer { $choice }.
consultation-problem-answer-count = Fro { $question }: D'Zuel vun Äntwerten, déi verlaangt gëtt, passt net zu hiren Äntwerten.
consultation-problem-ranking-top = Fro { $question }: Si kann net méi Plazen uerdnen, wéi se Äntwerten huet.
consultation-problem-scale = Fro { $question }: Eng Skala geet vun engem méi nidderegen op e méi héije Wäert, héchstens 10.
consultation-problem-free-text = Fro { $question }: Eng Äntwert däerf 1 bis 2000 Zeeche laang sinn.
consultation-problem-closing = De leschten Dag kann net virum éischte leien.
consultation-problem-no-neighbourhood = Kräizt mindestens ee Quartier un.

consultation-results-title = Resultater
consultation-results-everyone = Jiddereen
consultation-results-groups = Resultater no Quartier
consultation-respondents = { $count ->
    [one] Eng Persoun huet geäntwert.
   *[other] Zuel vu Persounen, déi geäntwert hunn: { $count }
}
consultation-results-answered = { $count ->
    [one] Eng Äntwert op dës Fro.
   *[other] Zuel vun Äntwerten op dës Fro: { $count }
}
consultation-results-too-few = Hei hu ze wéineg Leit geäntwert, fir hir anonym Äntwerten ze weisen.
consultation-results-choice = Äntwert
consultation-results-answers = Persounen
consultation-results-points = Punkten
consultation-results-points-first = Punkten: { $points }; als éischt: { $first }
consultation-results-mean = Duerchschnëtt: { $mean } (Skala: { $low } – { $high })
consultation-csv = D'Äntwerten eroflueden (CSV)
consultation-csv-resident = Awunner
consultation-csv-neighbourhood = Quartier
consultation-csv-day = Dag

consultation-code-unknown-question = Eng Äntwert nennt eng Fro, déi dës Ëmfro net stellt.
consultation-code-count = Ze wéineg oder ze vill Äntwerten op eng Fro.
consultation-code-length = Eng Äntwert ass ze laang.
consultation-code-ranking = Eng Reiefolleg uerdent net d'Zuel vun Äntwerten, déi verlaangt gëtt, all eemol.
consultation-code-wording = En Text feelt, ass eidel oder ze laang an enger vun de Sprooche vun der Ëmfro.
consultation-code-questions = D'Froe sinn net esou nummeréiert oder gruppéiert, wéi eng Ëmfro et erlaabt.
consultation-code-choices = Eng Fro bitt manner wéi zwou Äntwerten, ze vill, oder zwou mat der selwechter Nummer.
consultation-code-limits = D'Grenze vun enger Fro passen net zu hir (verlaangt Äntwerten, Plazen, Skala oder Längt).
consultation-code-definition = Dat ass keng Ëmfro, wéi d'API se beschreift (kind, title, sections, opens_at, closes_at, anonymous, audience, results_shown).
consultation-code-answer = Eng Äntwert ass net esou geschriwwen, wéi d'API se beschreift (question a response).
