# De Newsletter vun der Gemeng, fir jiddereen, ouni Kont.

newsletter-link = Déi ëffentlech Matdeelungen per E-Mail kréien
newsletter-title = Newsletter
newsletter-intro = Kritt déi ëffentlech Matdeelunge vun der Gemeng per E-Mail, an Ärer Sprooch. Dir braucht kee Kont. Dir kënnt Iech ëmmer mat engem Klick ofmellen.
newsletter-field-email = Är E-Mail-Adress
newsletter-email-hint = Mir schécken e Link op dës Adress. Ären Abonnement fänkt un, wann Dir en opmaacht.
newsletter-field-language = Sprooch vun den E-Mailen
newsletter-subscribe = Abonnéieren
newsletter-privacy = Mir halen nëmmen Är Adress an Är Sprooch, an nëmme fir dësen Newsletter. Ouni Bestätegung bannent zwee Deeg läsche mir se.
newsletter-error-language = Wielt eng vun de fënnef Sproochen.
newsletter-done-check = Kuckt an Är Inbox: Mir hunn Iech e Link fir ze bestätegen geschéckt. Wann näischt kënnt, kuckt am Spam-Dossier.
newsletter-done-stopped = Dir sidd ofgemellt. Mir hunn Är Adress geläscht.
newsletter-done-language = D'Sprooch ass geännert.
newsletter-confirm-title = Abonnement bestätegen
newsletter-confirm-question = Wëllt Dir déi ëffentlech Matdeelunge vun der Gemeng per E-Mail kréien?
newsletter-confirm-button = Jo, abonnéieren
newsletter-confirmed = Dir hutt abonnéiert. All E-Mail huet e Link fir Iech ofzemellen.
newsletter-link-used = Dëse Link gouf scho benotzt: Dir hutt abonnéiert.
newsletter-link-expired = Dëse Link ass ze al. Abonnéiert nach eng Kéier fir en neien ze kréien.
newsletter-link-unknown = Dëse Link funktionéiert net. Vläicht huet en neie Link en ersat: Huelt de Link aus der leschter E-Mail, oder abonnéiert nach eng Kéier.
newsletter-stop-title = Ofmellen
newsletter-stop-question = Den Newsletter net méi op { $email } schécken?
newsletter-stop-button = Ofmellen
newsletter-language-title = Oder d'Sprooch änneren
newsletter-language-button = Sprooch änneren
newsletter-confirm-subject = Abonnement bestätegen: { $commune }
newsletter-confirm-body = Moien,

    Iergendeen, wahrscheinlech Dir, wëll op dëser Adress déi ëffentlech Matdeelunge vun der Gemeng ({ $commune }) kréien.

    Fir ze bestätegen, maacht dëse Link bannent zwee Deeg op an dréckt op de Knäppchen:
    { $link }

    Wann Dir näischt gefrot hutt, maacht näischt: Ouni Bestätegung läsche mir Är Adress.
newsletter-already-subject = Dir hutt abonnéiert: { $commune }
newsletter-already-body = Moien,

    Iergendeen, wahrscheinlech Dir, wëll dës Adress fir den Newsletter vun der Gemeng ({ $commune }) umellen. Si ass schonn ugemellt.

    Fir Iech ofzemellen oder d'Sprooch z'änneren: { $link }
newsletter-footer = Dir kritt dës E-Mail, well Dir den Newsletter abonnéiert hutt ({ $commune }). Mat engem Klick ofmellen: { $stop }
