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
