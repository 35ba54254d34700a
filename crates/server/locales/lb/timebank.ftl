# D’Zäitbank.

timebank-error-category = Wielt eng Kategorie aus der Lëscht.
timebank-error-memo-empty = Sot an e puer Wierder, wat getosch gouf.
timebank-error-memo-long = Eng Beschreiwung däerf héchstens 500 Zeeche laang sinn.
timebank-error-amount-positive = Gitt eng Zuel vu Minutten iwwer null an.
timebank-error-amount-large = En Tosch däerf héchstens 6.000 Minutten (100 Stonnen) ausmaachen.
timebank-error-yourself = Dir kënnt keng Minutte mat Iech selwer tauschen.
timebank-error-credit-limit = Domat géif déi Persoun, déi bezilt, ënner d’Kreditlimit vun der Zäitbank falen.
timebank-error-upper-limit = Domat géif déi Persoun, déi kritt, iwwer d’Uewergrenz vun der Zäitbank goen.
timebank-error-rules = Dës Reegele leien ausserhalb vun deem, wat d’Zäitbank erlaabt.
timebank-error-not-yours = Just deen anere Member kann op dës Propos äntweren.
timebank-error-answered = Op dës Propos gouf schonn geäntwert, oder si gouf annuléiert.
timebank-error-expired = Dës Propos ass ofgelaf. Maacht eng nei, wann den Tosch stattfonnt huet.
timebank-error-not-reversible = Dës Buchung kann net storniert ginn: si ass selwer eng Korrektur, oder si gouf schonn storniert.
timebank-error-key-reused = Dës Ufro gouf schonn fir eppes anescht gebraucht. Lued d’Säit nei a probéiert nach eng Kéier.
timebank-error-not-joined = Maacht fir d’éischt bei der Zäitbank mat.
timebank-error-no-member = Dës Persoun ass kee Member vun der Zäitbank.
timebank-error-rule-credit-limit = D’Kreditlimit ass eng Zuel vu Minutte vun 0 bis 6.000.
timebank-error-rule-upper-limit = D’Uewergrenz bleift eidel, oder et ass eng Zuel vu Minutte vun 0 bis 60.000.
timebank-error-rule-welcome = De Wëllkommkredit ass vun 0 bis 6.000 Minutten, an net méi wéi d’Uewergrenz.
timebank-error-rule-proposals = Propose waarden 1 bis 720 Stonnen (30 Deeg).
timebank-error-amount-whole = Gitt eng ganz Zuel vu Minutten an (90 fir annerhallef Stonn).

# Pages.
timebank-title = Zäitbank
timebank-intro = Noperen hëllefen sech an zielen d’Zäit: Eng Minutt, déi een gëtt, ass eng Minutt, déi een kritt, egal fir wéi en Déngscht.
timebank-balance = Äre Saldo
timebank-minutes = { $count ->
    [one] { $count } Minutt
   *[other] { $count } Minutten
}
timebank-credit-limit-hint = { $count ->
    [one] Dir däerft bis { $count } Minutt ënner null goen.
   *[other] Dir däerft bis { $count } Minutten ënner null goen.
}
timebank-exchange-title = En Tosch aschreiwen
timebank-gift-title = Minutte schenken
timebank-statement-title = Ären Auszuch
timebank-to-answer = Waart op Är Äntwert
timebank-to-answer-none = Näischt waart op Är Äntwert.
timebank-asks-you = { $name } freet Iech Minutten
timebank-offers-you = { $name } bitt Iech Minutten un
timebank-field-amount = Minutten
timebank-field-memo = Wat getosch gouf
timebank-field-category = Kategorie
timebank-answer-by = Äntwert bis
timebank-confirm = Bestätegen
timebank-decline = Refuséieren
timebank-waiting = Är Proposen, déi op eng Äntwert waarden
timebank-waiting-none = Keng vun Äre Proposen waart.
timebank-you-offer = Dir bitt { $name } Minutten un
timebank-you-ask = Dir freet { $name } Minutten
timebank-cancel = Propos zréckzéien
timebank-join-title = Bei der Zäitbank matmaachen
timebank-join-text = Memberen bidden a sichen Déngschter a Saachen a bezuelen sech a Minutten. Matmaachen ass gratis.
timebank-rules-title = D’Reegelen
timebank-rule-welcome = { $count ->
    [one] Dir kritt { $count } Minutt vun der Gemeng als Wëllkomm.
   *[other] Dir kritt { $count } Minutte vun der Gemeng als Wëllkomm.
}
timebank-rule-credit-limit = { $count ->
    [one] Dir däerft bis zu { $count } Minutt méi ausginn, wéi Dir kritt hutt.
   *[other] Dir däerft bis zu { $count } Minutte méi ausginn, wéi Dir kritt hutt.
}
timebank-rule-upper-limit = { $count ->
    [one] Dir däerft héchstens { $count } Minutt hunn.
   *[other] Dir däerft héchstens { $count } Minutten hunn.
}
timebank-rule-proposals = { $count ->
    [one] Eng Propos waart { $count } Stonn op d’Äntwert vum anere Member.
   *[other] Eng Propos waart { $count } Stonnen op d’Äntwert vum anere Member.
}
timebank-rule-corrections = Minutte beweege sech just, wann déi zwee Memberen d’accord sinn. E Feeler korrigéiert d’Gemeng mat enger neier Buchung, ni andeems déi al geännert gëtt.
timebank-accept = Ech akzeptéieren d’Reegele vun der Zäitbank
timebank-join = Matmaachen
timebank-error-accept = Kräizt d’Feld un, fir d’Reegelen ze akzeptéieren.
timebank-joined = Wëllkomm an der Zäitbank.
timebank-proposed = Är Propos gouf geschéckt. D’Minutte beweege sech, wann deen anere Member bestätegt.
timebank-confirmed = Bestätegt: D’Minutte goufen iwwerdroen.
timebank-declined = Refuséiert: Keng Minutte goufen iwwerdroen.
timebank-cancelled = D’Propos ass zréckgezunn.
timebank-given = Är Minutte goufe geschenkt.
timebank-back = Zréck op d’Zäitbank
timebank-exchange-intro = Sot, mat wiem Dir getosch hutt a wéi vill Minutten et gedauert huet. Deen anere Member bestätegt, dann ginn d’Minutten iwwerdroen.
timebank-field-with = Mat wiem
timebank-choose-member = Wielt e Member
timebank-field-direction = Wien huet den Déngscht geleescht
timebank-direction-ask = Ech hunn den Déngscht geleescht a froen, bezuelt ze ginn
timebank-direction-pay = Ech hunn den Déngscht kritt a bezuelen
timebank-amount-hint = Ganz Minutten, zum Beispill 90 fir annerhallef Stonn.
timebank-memo-hint = E puer Wierder, zum Beispill „Strécken, zwee Hiemer“.
timebank-choose-category = Wielt eng Kategorie
timebank-exchange-send = Propos schécken
timebank-gift-intro = Schenkt engem anere Member e puer vun Äre Minutten, zum Beispill engem, deen Hëllef brauch a wéineg Minutten huet.
timebank-your-balance = { $count ->
    [one] Äre Saldo ass { $count } Minutt.
   *[other] Äre Saldo ass { $count } Minutten.
}
timebank-field-to = Fir wien
timebank-field-gift-memo = E Wuert fir d’Persoun
timebank-gift-send = Schenken
timebank-statement-csv = Auszuch eroflueden (CSV)
timebank-statement-empty = Nach näischt.
timebank-csv-date = Datum
timebank-csv-kind = Aart
timebank-csv-with = Mat
timebank-csv-memo = Beschreiwung
timebank-csv-category = Kategorie
timebank-csv-minutes = Minutten
timebank-csv-balance = Saldo
timebank-csv-number = Nummer
timebank-csv-from = Vun
timebank-csv-to = Un
timebank-csv-reverses = Korrigéiert d’Buchung
timebank-kind-exchange = Tosch
timebank-kind-counter = Um Guichet aginnen Tosch
timebank-kind-gift = Kaddo
timebank-kind-welcome = Wëllkommkredit
timebank-kind-reversal = Korrektur
timebank-category-company = Gesellschaft a Visitten
timebank-category-shopping = Akafen a Kommissiounen
timebank-category-transport = Fahrten an Transport
timebank-category-household = Stot
timebank-category-repairs = Reparaturen a Baschtelen
timebank-category-garden = Gaart
timebank-category-cooking = Kachen
timebank-category-children = Kanner
timebank-category-animals = Déieren
timebank-category-paperwork = Formulairen a Post
timebank-category-digital = Computer an Telefon
timebank-category-languages = Sproochen
timebank-category-lessons = Coursen an Nohëllef
timebank-category-health = Gesondheet a Wuelbefannen
timebank-category-goods = Geléint oder geschenkt Saachen
timebank-category-other = Anescht
timebank-desk-title = Koordinatioun vun der Zäitbank
timebank-desk-members = { $count ->
    [one] { $count } Member
   *[other] { $count } Memberen
}
timebank-counter-title = En Tosch um Guichet aschreiwen
timebank-ledger-title = D’Haaptbuch
timebank-ledger-csv = Haaptbuch eroflueden (CSV)
timebank-audit-title = Kontroll vum Haaptbuch
timebank-audit-sound-tag = An Uerdnung
timebank-audit-sound = All Saldo ass d’Zomm vu senge Buchungen, an all d’Saldoe beienee maachen null.
timebank-audit-unsound-tag = Feelerhaft
timebank-audit-unsound = { $count ->
    [one] D’Haaptbuch ass net ausgeglach. Zomm vun de Saldoen: { $count } Minutt amplaz null. Sot et dem Betrib vun der Plattform.
   *[other] D’Haaptbuch ass net ausgeglach. Zomm vun de Saldoen: { $count } Minutten amplaz null. Sot et dem Betrib vun der Plattform.
}
timebank-activity-title = Aktivitéit vun de leschten zwielef Méint
timebank-chart-exchanges = Téisch pro Mount
timebank-chart-exchanges-heading = Téisch
timebank-chart-hours = Getosch Stonne pro Mount
timebank-chart-hours-heading = Stonnen
timebank-chart-members = Aktiv Memberen pro Mount
timebank-chart-members-heading = Memberen
timebank-chart-month = Mount
timebank-chart-categories = Meescht getosch Kategorien
timebank-field-credit-limit = Kreditlimit (Minutten ënner null)
timebank-credit-limit-field-hint = Wéi wäit e Member ënner null goe kann, vun 0 bis 6.000 Minutten.
timebank-field-upper-limit = Uewergrenz (Minutten)
timebank-upper-limit-field-hint = Eidel loossen fir keng Uewergrenz.
timebank-field-welcome = Wëllkommkredit (Minutten)
timebank-field-proposal-hours = Wéi laang eng Propos waart (Stonnen)
timebank-rules-save = Reegele späicheren
timebank-rules-saved = D’Reegele sinn gespäichert. Si gëlle vun elo un.
timebank-counter-recorded = Den Tosch ass aginn.
timebank-reversed = D’Buchung ass korrigéiert.
timebank-desk-back = Zréck op d’Koordinatioun
timebank-counter-intro = Fir Memberen, déi net online sinn: Schreift en Tosch an, deen si um Guichet mellen. E gëtt als vun Iech aginn markéiert.
timebank-field-payee = Wien den Déngscht geleescht huet (gëtt bezuelt)
timebank-field-payer = Wien en kritt huet (bezilt)
timebank-counter-send = Tosch aschreiwen
timebank-ledger-intro = All Buchung an der Rei. E Feeler gëtt mat enger Géigebuchung an hirem Grond korrigéiert; Buchunge ginn ni geännert.
timebank-ledger-empty = Nach keng Buchung.
timebank-transfer-number = Buchung { $number }
timebank-field-reason = Grond vun der Korrektur
timebank-reverse = Dës Buchung stornéieren
timebank-reversed-tag = Korrigéiert
timebank-the-commune = D’Gemeng
timebank-former-member = E fréiere Member

# Offers and requests.
timebank-listings-title = Offeren an Demanden
timebank-listings-see = Kucken, wat Memberen ubidden a sichen
timebank-listings-intro = Déngschter a Saachen, déi Membere vun der ganzer Gemeng ubidden oder sichen, mat hirem ongeféiere Wäert a Minutten.
timebank-listing-new-title = Offer oder Demande publizéieren
timebank-listings-search = No Wierder sichen
timebank-listings-show = Weisen
timebank-listings-all = Offeren an Demanden
timebank-listings-offers = Just Offeren
timebank-listings-requests = Just Demanden
timebank-listings-search-button = Sichen
timebank-listings-none = Näischt fonnt.
timebank-listing-offer = Offer
timebank-listing-request = Demande
timebank-listing-close = Zoumaachen (gemaach oder net méi gewënscht)
timebank-listing-propose = En Tosch mat { $name } aschreiwen
timebank-listings-back = Zréck op d’Offeren an Demanden
timebank-listing-field-kind = Ass et eng Offer oder eng Demande?
timebank-listing-field-title = Titel
timebank-listing-field-text = Beschreiwung
timebank-listing-text-hint = Wat, wéini, wou: genuch, fir dass en Noper weess, ob en hëllefe kann.
timebank-listing-field-minutes = Wäert a Minutten (fräiwëlleg)
timebank-listing-minutes-hint = Just eng Iddi: D’Membere ginn sech eens iwwer d’Minutten, wa si den Tosch aschreiwen.
timebank-listing-publish = Publizéieren
timebank-listing-published = Är Offer oder Demande ass publizéiert.
timebank-listing-closed = Et ass zougemaach a gëtt net méi gewisen.
timebank-error-listing-kind = Wielt eng Offer oder eng Demande.
timebank-error-title-empty = Gitt en Titel un.
timebank-error-title-long = En Titel däerf héchstens 120 Zeechen hunn.
timebank-error-text-empty = Beschreift, wat Dir ubitt oder sicht.
timebank-error-text-long = Eng Beschreiwung däerf héchstens 2.000 Zeeche hunn.

# Choosing a member in a large time bank
timebank-member-name-hint = Schreift den Numm oder en Deel dovun.
timebank-member-matches = Memberen mat deem Numm: Wielt ee aus
timebank-error-member-choose = Verschidde Memberen hunn deen Numm. Wielt hei ënnendrënner ee aus.
timebank-error-member-more = Vill Memberen hunn deen Numm. Wielt hei ënnendrënner ee aus oder schreift méi vum Numm.
timebank-error-member-named = Kee Member huet deen Numm. Kuckt d’Schreifweis no oder schreift en Deel vum Numm.
