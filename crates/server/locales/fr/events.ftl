# The virtual event day (issue 11).

data-events-organised = Les événements que vous organisez
data-event-stands-staffed = Les stands d’événements où vous répondez aux questions
data-event-registrations = Vos places à des événements
data-event-guest-registrations = Les places à des événements demandées avec votre adresse e-mail, sans compte
data-event-questions = Vos questions aux stands des journées
data-event-answers = Les réponses que vous avez données aux stands
data-event-questions-hidden = Les questions que vous avez masquées aux stands
data-field-asked-at = Posée le
data-field-answer = Réponse
data-field-answered-at = Répondu le
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

event-hall = Le hall
event-no-stands = Pas encore de stand.
event-workshops = Ateliers
event-no-workshops = Pas encore d’atelier.
event-done-stand = Le stand est dans le hall.
event-done-workshop = L’atelier est au programme.
stand-new-title = Ajouter un stand
stand-new-intro = Un stand présente une organisation : un ministère, un service de la commune, une association. Son personnel y répond aux questions pendant ses horaires.
stand-field-organisation = Organisation
stand-field-description = Description
stand-descriptions-hint = Écrivez-la dans les langues que parle le stand, au moins une.
stand-field-hours = Horaires
stand-field-opens = Ouvre à
stand-field-closes = Ferme à
stand-field-video = Salle vidéo (facultatif)
stand-field-staff = Personnel qui répond aux questions
stand-staff-hint = Les adresses e-mail de leurs comptes Gemeng, une par ligne (au plus 20).
stand-field-documents = Documents à télécharger
stand-documents-hint = Jusqu’à 20 fichiers de 10 Mo au plus chacun, 50 Mo en tout : PDF, images (JPEG, PNG, WebP), OpenDocument ou fichiers Word, Excel et PowerPoint.
stand-add = Ajouter le stand
stand-open-now = Ouvert maintenant
stand-closed-now = Fermé maintenant
stand-video = Parler au stand en vidéo
stand-error-too-many = Une journée a au plus 100 stands.
stand-error-organisation = Écrivez le nom de l’organisation : 2 à 60 caractères, sans caractères cachés.
stand-error-no-description = Écrivez une description dans au moins une langue.
stand-error-documents-limit = Trop de documents, ou trop lourds : jusqu’à 20 fichiers de 10 Mo au plus chacun, 50 Mo en tout.
stand-error-document-name = Chaque document a besoin de son propre nom de fichier simple (sans dossier, sans point au début).
stand-error-document-type = Un document est d’un type que les stands ne proposent pas, ou son nom ne finit pas comme son type : PDF, JPEG, PNG, WebP, OpenDocument, Word, Excel ou PowerPoint.
stand-error-document-empty = Un document est vide.
stand-error-document-content = Un document n’est pas ce que dit son nom (son contenu est d’un autre type).
stand-error-outside-hours = Les horaires du stand doivent être compris dans ceux de la journée.
stand-error-staff-limit = Un stand a au plus 20 personnes.
stand-error-staff-twice = Une adresse est donnée deux fois.
stand-error-staff-unknown = Une adresse n’est celle d’aucun compte de la commune : la personne doit d’abord avoir un compte Gemeng.
workshop-join = Rejoindre l’atelier maintenant
workshop-field-activity = Ajouter une de vos activités comme atelier
workshop-activity-hint = Les activités que vous organisez dont toutes les séances ont lieu pendant la journée. On s’inscrit sur la page de l’activité.
workshop-add = Ajouter l’atelier
workshop-error-activity = Choisissez une des activités que vous organisez.
workshop-error-outside = Chaque séance de l’atelier doit avoir lieu pendant les horaires de la journée.
workshop-error-taken = Cette activité est déjà l’atelier d’une journée.

stand-questions = Questions et réponses
stand-questions-registered-only = Les questions et réponses sont pour les personnes inscrites à la journée.
stand-questions-refresh = Les nouvelles questions et réponses apparaissent quand la page est rechargée.
stand-questions-reload = Recharger
stand-ask-label = Votre question (280 caractères au plus)
stand-ask = Poser la question
stand-no-questions = Pas encore de question : soyez la première personne.
question-upvotes = { $count ->
    [one] Une personne veut savoir
   *[other] { $count } personnes veulent savoir
}
question-you-upvoted = Vous voulez savoir aussi
question-answered = Répondu
question-upvote = Je veux savoir aussi
question-answer-label = Réponse
question-answer = Envoyer la réponse
question-hide = Masquer cette question
question-done-asked = Votre question est au stand.
question-done-upvoted = C’est noté : vous voulez savoir aussi.
question-done-answered = La réponse est au stand.
question-done-hidden = La question est masquée.
question-refused-own = C’est votre propre question.
question-refused-already = Vous l’avez déjà dit.
question-refused-hidden = Cette question est masquée.
question-error-not-registered = Inscrivez-vous à la journée pour poser des questions et les soutenir.
live-error-empty = Écrivez d’abord quelque chose.
live-error-too-long = C’est trop long.
live-error-lines = Au plus 10 lignes.
live-error-hidden = Le texte contient des caractères invisibles ou qui l’inversent. Écrivez-le avec des lettres visibles seulement.

event-statistics-title = Statistiques
event-statistics-accounts = Places des titulaires d’un compte
event-statistics-guests = Places des invités
event-statistics-over-time = Participants présents, par demi-heure
event-statistics-time = À partir de
event-statistics-participants = Participants
event-statistics-visitors = Visiteurs par stand
event-statistics-questions = Questions par stand
event-statistics-question-count = Questions
event-statistics-cloud = Organisations participantes, à la taille de leurs visiteurs
event-statistics-places-taken = Places prises
event-statistics-present = Présents

lounge-title = Le salon
lounge-present-label = Personnes présentes en ce moment :
lounge-refresh = Les nouveaux messages apparaissent quand la page est rechargée.
lounge-empty = Personne n’a encore écrit : dites bonjour.
lounge-say-label = Votre message (500 caractères au plus)
lounge-send = Envoyer
lounge-hide = Masquer ce message
lounge-done-posted = Votre message est dans le salon.
lounge-done-hidden = Le message est masqué.
lounge-error-not-registered = Inscrivez-vous à la journée pour écrire dans le salon.
data-event-lounge-messages = Vos messages dans les salons des journées
data-event-lounge-hidden = Les messages du salon que vous avez masqués

mute-button = Rendre muet pour le reste de la journée
mute-done = La personne est rendue muette pour le reste de la journée : elle lit toujours, elle n’écrit plus ici.
mute-refused-oneself = Vous ne pouvez pas vous rendre muet vous-même.
mute-refused-organiser = On ne rend pas muet un organisateur.
mute-refused-staff = Le personnel du stand ne se rend pas muet entre collègues : un organisateur tranche.
live-error-muted = Vous ne pouvez plus écrire ici jusqu’à la fin de la journée.
data-event-mutes-given = Les participants que vous avez rendus muets aux journées

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

# The live rooms (WebSocket).
live-error-not-websocket = Cette adresse sert aux pages en direct de l’évènement. Ouvrez plutôt le salon ou un stand.
live-status-live = En direct : les nouveaux messages s’affichent d’eux-mêmes.
live-status-reconnecting = La connexion a été perdue. Reconnexion…
live-status-stopped = Le direct s’est arrêté. Rechargez la page pour voir les nouveautés.

# « Rencontrer quelqu’un » et conversations privées.
meet-title = Rencontrer quelqu’un
meet-intro = Discutez en privé pendant cinq minutes avec un autre participant. Chaque minute, ceux qui l’ont demandé sont réunis deux par deux, dans une langue que les deux parlent.
meet-languages-label = Je peux discuter en
meet-ask = Rencontrer quelqu’un
meet-waiting = Vous avez demandé à { $time }. Recherche d’une personne qui parle l’une de vos langues…
meet-waiting-hint = Les paires sont formées à la fin de chaque minute ; cela peut prendre jusqu’à trois minutes.
meet-check = Vérifier maintenant
meet-withdraw = Arrêter de chercher
meet-unpaired = Personne n’était libre pour discuter à l’instant. Vous pouvez redemander.
meet-paired = Vous rencontrez { $name }.
meet-paired-language = Langue de la conversation :
meet-paired-until = La conversation est ouverte jusqu’à { $time }.
meet-open-chat = Ouvrir la conversation
meet-chats-title = Vos conversations aujourd’hui
meet-chat-with = Conversation avec { $name }
meet-chat-ended = Terminée à { $time }.
meet-done-asked = Votre demande est enregistrée : vous serez mis en relation à la fin de la minute si quelqu’un est libre.
meet-done-withdrawn = Vous ne cherchez plus à rencontrer quelqu’un.
meet-error-no-language = Choisissez au moins une langue dans laquelle vous pouvez discuter.
meet-error-unknown-language = Choisissez des langues dans la liste.
meet-error-preferred = La langue préférée doit faire partie des langues choisies.
chat-title = Conversation privée
chat-title-with = Conversation avec { $name }
chat-private-hint = Vous seuls lisez cette conversation.
chat-empty = Rien n’a encore été dit : dites bonjour.
chat-say-label = Votre message (500 caractères au plus)
chat-done-sent = Votre message est envoyé.
chat-closed = Les cinq minutes sont passées : cette conversation ne prend plus de messages.
chat-error-closed = Les cinq minutes sont passées : cette conversation ne prend plus de messages.
data-event-meet-requests = Vos demandes de rencontre lors des journées
data-event-private-messages = Vos messages dans les conversations privées des journées

# Signalements dans les salles des journées.
event-report-intro = Dites aux organisateurs ce qui ne va pas. L’auteur ne sait pas qui a signalé.
event-report-details-hint = Nécessaire seulement pour « Autre chose ». 500 caractères au plus.
event-report-error-details-long = 500 caractères au plus.
event-report-error-hidden = Retirez les caractères invisibles ou de contrôle.
event-report-error-private = Un message privé n’est vu que par ses deux personnes : rendez plutôt son auteur muet.
event-report-error-decision = Choisissez masquer, rendre muet ou classer.
event-reports-title = Signalements de la journée
event-reports-intro = Ce que les participants ont signalé dans le salon, aux stands et dans les conversations privées. Masquer ou rendre muet clôt tous les signalements du message.
event-reports-empty = Aucun signalement ouvert.
event-reports-done = C’est fait : les signalements de ce message sont clos.
event-report-kind-lounge = Un message du salon
event-report-kind-question = Une question à un stand
event-report-kind-private = Un message d’une conversation privée
event-report-hide = Le masquer
event-report-mute = Rendre l’auteur muet pour la journée
event-report-dismiss = Rien à redire : classer
data-event-reports-made = Vos signalements lors des journées
data-event-reports-closed = Les signalements de journées que vous avez clos
event-report-sent = Merci. Les organisateurs vont examiner votre signalement.

# Le lien d’entrée d’un invité, pour un autre appareil.
event-enter-title = Entrer dans la journée
event-enter-question = Cet appareil participera à la journée avec votre place : le salon, les questions aux stands et les conversations privées.
event-enter-button = Entrer avec ma place
event-enter-unknown = Ce lien d’entrée ne fonctionne pas : il n’est pas de cet évènement, ou la place a été rendue.
event-done-entered = Vous êtes entré : cet appareil participe avec votre place.
mail-event-guest-confirmed-subject = Votre place est confirmée : { $title }
mail-event-guest-confirmed-body =
    Bonjour { $name },

    Votre place est confirmée. Ce navigateur vous ouvre déjà le salon, les questions aux stands et les conversations privées le jour venu.

    { $title }
    Quand : { $when }
    Le programme : { $link }

    Pour participer depuis un autre appareil (votre téléphone, par exemple), ouvrez ce lien sur cet appareil et appuyez sur le bouton. Gardez-le pour vous : c’est votre place.
    { $enter }
stand-staff-here = Quelqu’un du stand est là
stand-visitors-now = { $count ->
    [one] 1 visiteur maintenant
   *[other] { $count } visiteurs maintenant
}
data-event-staff-presence = Quand vous étiez aux stands que vous tenez
