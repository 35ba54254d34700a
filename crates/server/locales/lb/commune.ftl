# A commune's public face and the installation's list of communes.

## Installatioun a Startsäit vun der Gemeng
index-title = Gemengen op der Plattform Gemeng
index-intro = Wielt Är Gemeng.
index-no-communes = Et gëtt nach keng Gemeng.
commune-title = Gemeng
commune-welcome = Wëllkomm { $article ->
     [den] am { $commune }
     [d-feminine] an der { $commune }
     [d-neuter] am { $commune }
    *[none] zu { $commune }
    }
commune-intro = Léiert Är Nopere kennen, hëlleft Iech géigesäiteg a kritt Noriichte vun Ärer Gemeng.
commune-join-title = Maacht mat an Ärem Quartier
commune-join-text = Schreift Iech mat Ärer Adress an. Mir kontrolléieren, ob Dir do wunnt. Duerno kënnt Dir Är Nopere gesinn a mat hinne schwätzen.
commune-your-neighbourhood = Dir sidd Member vum Quartier { $neighbourhood }.
commune-pending-text = Mir mussen nach kontrolléieren, ob Dir op Ärer Adress wunnt. Gitt de Code aus dem Bréif vun der Gemeng an, oder de Code vun engem Noper.
commune-neighbourhoods-title = Quartieren
commune-no-neighbourhoods = D'Gemeng huet hir Quartieren nach net ageriicht.
commune-erased = Äre Kont an alles, wat d'Plattform Gemeng iwwer Iech gespäichert hat, goufe geläscht.
## The commune's identity
identity-title = D’Identitéit vun der Gemeng
identity-intro = Wéi d’Gemeng op de Säite vu Gemeng an op de Bréiwer fir de Wunnsëtz erschéngt.
identity-names = Den Numm vun der Gemeng an all Sprooch
identity-names-hint = Loosst eng Sprooch eidel, fir den offizielle Numm ze weisen: { $name }.
identity-town-hall = Gemengenhaus
identity-postal-address = Postadress
identity-lines-hint = Eng Angab pro Linn.
identity-letters = Bréiwer fir de Wunnsëtz
identity-signatory = Ënnerschrëft
identity-signatory-hint = En Numm an eng Funktioun, all op enger Linn. Zum Beispill: Lydie Polfer, Buergermeeschtesch.
identity-save = Späicheren
identity-saved = D’Identitéit vun der Gemeng ass gespäichert.
identity-error-name = En Numm däerf héchstens 80 Zeechen hunn, ouni onsichtbar Zeechen.
identity-error-lines = Héchstens e puer kuerz Linne mat all 80 Zeechen, ouni onsichtbar Zeechen.
identity-error-phone = Eng Telefonsnummer däerf héchstens 40 Zeechen hunn.
identity-look = Ausgesinn
identity-colour = Faarf vun der Kappzeil
identity-colour-hint = Geschriwwen als #rrggbb, zum Beispill #a4162b. Wäiss Schrëft muss dorop liesbar sinn: Eng ze hell Faarf gëtt refuséiert.
error-colour-format = Schreift d’Faarf mat # a sechs Buschtawen oder Zifferen, zum Beispill #a4162b.
error-colour-contrast = Wäiss Schrëft ass op dëser Faarf schwéier ze liesen. Wielt eng méi donkel.

## Den Numm vun der Gemeng an engem Saz, an hire Wope
identity-article = Artikel virum Numm
identity-article-none = Keen Artikel
identity-article-hint = Verschidden Nimm hunn en Artikel („d’Stad Lëtzebuerg“, „la Ville de Luxembourg“). Gemeng schreift dann „an der Stad Lëtzebuerg“, „à la Ville de Luxembourg“.
identity-error-article = Wielt ee vun den Artikelen, déi ugebuede ginn.
identity-arms = Wope
identity-arms-current = De Wope vun der Gemeng elo
identity-arms-file = Bild vum Wope
identity-arms-hint = E PNG- oder JPEG-Fichier vun héchstens 8 MB. E gëtt nieft dem Numm vun der Gemeng an op de Bréiwer gewisen, héchstens 192 Pixel héich.
identity-arms-upload = Eroplueden
identity-arms-remove = Wope ewechhuelen
identity-arms-saved = De Wope ass gespäichert.
identity-arms-removed = De Wope ass ewechgeholl.
identity-video-room = De Videoraum vun der Gemeng
identity-video-room-hint = D'https://-Adress vum Raum, an deem d'Gemeng Aktivitéiten online ofhält (zum Beispill e Jitsi- oder BigBlueButton-Raum). Organisateure wielen en dann mat engem Haken, amplaz e Link anzetippen.
identity-error-video-room = Schreift déi ganz Adress vum Raum, mat https:// am Ufank.
