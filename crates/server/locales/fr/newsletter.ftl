# La lettre d’information de la commune, pour tous, sans compte.

newsletter-link = Recevoir les annonces publiques par e-mail
newsletter-title = Lettre d’information
newsletter-intro = Recevez par e-mail les annonces publiques de la commune, dans votre langue. Aucun compte n’est nécessaire. Vous pouvez vous désabonner à tout moment, en un clic.
newsletter-field-email = Votre adresse e-mail
newsletter-email-hint = Nous envoyons un lien à cette adresse. Votre abonnement commence quand vous l’ouvrez.
newsletter-field-language = Langue des e-mails
newsletter-subscribe = M’abonner
newsletter-privacy = Nous ne gardons que votre adresse et votre langue, et seulement pour cette lettre. Sans confirmation dans les deux jours, nous les effaçons.
newsletter-error-language = Choisissez l’une des cinq langues.
newsletter-done-check = Regardez dans votre boîte de réception : nous vous avons envoyé un lien de confirmation. Si rien n’arrive, regardez dans les indésirables.
newsletter-done-stopped = Vous êtes désabonné. Nous avons effacé votre adresse.
newsletter-done-language = La langue est changée.
newsletter-confirm-title = Confirmer votre abonnement
newsletter-confirm-question = Voulez-vous recevoir par e-mail les annonces publiques de la commune ?
newsletter-confirm-button = Oui, m’abonner
newsletter-confirmed = Vous êtes abonné. Chaque e-mail contient un lien pour vous désabonner.
newsletter-link-used = Ce lien a déjà servi : vous êtes abonné.
newsletter-link-expired = Ce lien est trop ancien. Abonnez-vous à nouveau pour en recevoir un nouveau.
newsletter-link-unknown = Ce lien ne fonctionne pas. Un lien plus récent l’a peut-être remplacé : utilisez celui du dernier e-mail, ou abonnez-vous à nouveau.
newsletter-stop-title = Se désabonner
newsletter-stop-question = Ne plus envoyer la lettre à { $email } ?
newsletter-stop-button = Me désabonner
newsletter-language-title = Ou changer de langue
newsletter-language-button = Changer la langue
newsletter-confirm-subject = Confirmez votre abonnement : { $commune }
newsletter-confirm-body = Bonjour,

    Quelqu’un, sans doute vous, a demandé à recevoir à cette adresse les annonces publiques de la commune ({ $commune }).

    Pour confirmer, ouvrez ce lien dans les deux jours et appuyez sur le bouton :
    { $link }

    Si vous n’avez rien demandé, ne faites rien : sans confirmation, nous effaçons votre adresse.
newsletter-already-subject = Vous êtes abonné : { $commune }
newsletter-already-body = Bonjour,

    Quelqu’un, sans doute vous, a demandé d’abonner cette adresse à la lettre de la commune ({ $commune }). Elle est déjà abonnée.

    Pour vous désabonner ou changer de langue : { $link }
newsletter-footer = Vous recevez cet e-mail parce que vous êtes abonné à la lettre d’information ({ $commune }). Se désabonner en un clic : { $stop }
