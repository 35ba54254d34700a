# The virtual event day (issue 11).

data-events-organised = Les événements que vous organisez
data-event-stands-staffed = Les stands d’événements où vous répondez aux questions
data-event-registrations = Vos places à des événements
data-event-guest-registrations = Les places à des événements demandées avec votre adresse e-mail, sans compte
data-field-day = Jour
data-field-stand-id = Stand
data-field-event-id = Journée
data-field-guest-name = Nom indiqué

events-title = Journées événements
events-intro = Journées d’orientation, salons et portes ouvertes de la commune et de ses partenaires, en ligne : des stands à visiter, des ateliers et un salon pour faire connaissance.
events-none = Aucune journée n’est prévue pour le moment.
events-home-intro = Journées d’orientation et salons en ligne : stands, ateliers et un salon.
events-all = Toutes les journées
events-back = Toutes les journées
event-new-title = Nouvelle journée
event-new-intro = Écrivez le titre et la présentation de la journée, ses horaires et qui peut venir. Elle reste un brouillon, visible seulement par vous et le personnel de la commune, jusqu’à sa publication.
event-draft = Brouillon
event-residents-only = Résidents seulement
event-open-to-all = Ouvert à tous
event-versions-hint = Écrivez le titre dans au moins une langue ; écrivez la présentation dans les mêmes langues, ou laissez-la vide.
event-field-day = Jour et horaires
event-field-registration = Qui peut s’inscrire
event-registration-public = Tout le monde : résidents, autres titulaires d’un compte et invités avec une adresse e-mail
event-registration-residents = Seulement les résidents vérifiés de la commune (les autres ne voient pas la journée)
event-field-capacity = Participants
event-capacity-hint = Au plus 10 000.
event-field-link = Salle vidéo
event-link-hint = Facultatif : l’adresse https:// de la plénière ou de l’accueil de la journée.
event-draft-hint = La journée est enregistrée comme brouillon : vous ajoutez stands et ateliers, puis vous la publiez.
event-create = Enregistrer le brouillon
event-publish-hint = Seuls vous et le personnel de la commune voyez ce brouillon. La publication ouvre le programme et les inscriptions.
event-publish = Publier le programme
event-places = Places
event-places-left = { $count ->
    [one] Encore une place
   *[other] Encore { $count } places
}
event-you-registered = Vous avez une place
event-withdraw = Libérer ma place
event-register = M’inscrire
event-sign-in-to-register = Connectez-vous pour vous inscrire avec votre compte
event-guest-title = S’inscrire sans compte
event-guest-hint = Donnez votre nom et votre adresse e-mail : nous vous envoyons un lien pour confirmer votre place. Votre nom est montré aux autres participants dans le salon ; votre adresse ne l’est pas.
event-guest-name = Votre nom
event-guest-email = Votre adresse e-mail
event-guest-send = Envoyez-moi le lien
event-calendar = Ajouter à mon agenda
event-confirm-title = Confirmez votre place
event-confirm-question = Voulez-vous confirmer votre place à cette journée ?
event-confirm-button = Oui, je confirme ma place
event-link-unknown = Ce lien ne fonctionne pas : il a déjà servi, a été remplacé par un plus récent, ou il est trop ancien. Inscrivez-vous à nouveau sur la page de la journée pour en recevoir un nouveau.
event-error-too-short = Une journée dure au moins 30 minutes.
event-error-capacity = Indiquez un nombre de participants de 1 à 10 000.
event-error-registration = Choisissez qui peut s’inscrire.
event-done-created = Le brouillon est enregistré. Publiez-le quand le programme est prêt.
event-done-published = Le programme est publié.
event-done-registered = Vous avez une place. Nous vous avons envoyé un e-mail.
event-done-withdrawn = Votre place est libérée.
event-done-check = Regardez dans votre boîte de réception : nous vous avons envoyé un e-mail avec un lien pour confirmer votre place. Il fonctionne pendant deux jours.
event-done-confirmed = Votre place est confirmée. À bientôt !
event-refused-residents-only = Cette journée est réservée aux résidents vérifiés de la commune.
event-refused-over = Cette journée est terminée.
event-refused-already = Vous avez déjà une place.
event-refused-full = La journée est complète. Des places se libèrent quand d’autres renoncent à la leur : réessayez plus tard.

mail-event-registered-subject = Votre place : { $title }
mail-event-registered-body =
    Votre place est réservée.

    { $title }
    Quand : { $when }

    Le programme, et votre place à libérer : { $link }
mail-event-guest-confirm-subject = Confirmez votre place : { $title }
mail-event-guest-confirm-body =
    Bonjour { $name },

    Quelqu’un, probablement vous, a demandé une place à cette journée avec cette adresse e-mail.

    { $title }
    Quand : { $when }

    Pour confirmer votre place, ouvrez ce lien et appuyez sur le bouton (il fonctionne pendant deux jours) : { $confirm }

    Si vous n’avez rien demandé, ne faites rien : sans confirmation, la place est libérée.
mail-event-guest-already-subject = Vous avez déjà une place : { $title }
mail-event-guest-already-body =
    Bonjour { $name },

    Quelqu’un, probablement vous, a demandé une place à cette journée avec cette adresse e-mail. Cette adresse a déjà une place : rien d’autre à faire.

    { $title }
    Quand : { $when }
    Le programme : { $link }
