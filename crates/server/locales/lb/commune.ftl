# A commune's public face and the installation's list of communes.

## Installatioun a Startsäit vun der Gemeng
index-title = Gemengen op der Plattform Gemeng
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
commune-erased = Äre Kont an alles, wat d'Plattform Gemeng iwwer Iech gespäichert hat, goufe geläscht.
