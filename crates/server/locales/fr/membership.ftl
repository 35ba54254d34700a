# Membership: accounts, residence, staff decisions, roles, imports, your data and sessions.

## Formulaires et champs
form-has-errors = Veuillez corriger les champs indiqués ci-dessous.
## Inscription
signup-title = Inscription
signup-intro = L’inscription se fait en trois étapes : trouver votre adresse, parler un peu de vous, puis prouver que vous habitez là.
signup-step-address = 1. Trouvez votre adresse
signup-address-search = Rue et numéro
signup-address-hint = Par exemple : Avenue de la Liberté 12
signup-address-button = Rechercher
signup-address-none = Aucune adresse trouvée. Vérifiez l’orthographe, ou essayez seulement le nom de la rue.
signup-step-choose = 2. Choisissez votre adresse
signup-address-first = Cherchez d’abord votre adresse.
signup-step-you = 3. À propos de vous
signup-submit = S’inscrire
signup-done-title = Presque fini
signup-done-email = Nous avons envoyé un e-mail à { $email }.
signup-done-next = La suite
signup-done-step-email = Ouvrez l’e-mail et cliquez sur le lien pour confirmer votre adresse e-mail.
signup-done-step-residence = Prouvez que vous habitez à votre adresse. Il y a trois façons de le faire :
guidelines-title = Nos règles entre voisins
guidelines-kind = Soyez aimable et respectez les autres, même quand vous n’êtes pas d’accord.
guidelines-real = Utilisez votre vrai nom et votre vraie adresse.
guidelines-private = Respectez la vie privée : ne répétez pas ce que vos voisins vous disent en confiance.
guidelines-no-selling = Pas de publicité, et pas de vente pour gagner de l’argent.
guidelines-report = Signalez les messages qui ne respectent pas ces règles. Les modérateurs les regarderont.
guidelines-accept = J’accepte ces règles.
## Confirmation de l’adresse e-mail
confirm-title = Confirmez votre adresse e-mail
confirm-text = Appuyez sur le bouton pour confirmer votre adresse e-mail.
confirm-button = Confirmer
confirm-invalid = Ce lien ne fonctionne plus. Il est peut-être ancien, ou il a déjà été utilisé. Connectez-vous pour en recevoir un nouveau.
## Connexion et mot de passe
login-title = Connexion
login-submit = Se connecter
login-error = L’adresse e-mail ou le mot de passe n’est pas correct.
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ?
login-notice-confirmed = Votre adresse e-mail est confirmée. Veuillez vous connecter.
login-notice-reset = Votre nouveau mot de passe est enregistré. Veuillez vous connecter.
login-notice-logged-out = Déconnexion réussie.
forgot-title = Mot de passe oublié
forgot-text = Entrez votre adresse e-mail. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si un compte existe avec cette adresse e-mail, nous avons envoyé un lien à cette adresse. Il est valable une heure.
reset-title = Choisissez un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-invalid = Ce lien ne fonctionne plus. Il a peut-être plus d’une heure, ou il a déjà été utilisé.
## Compte
me-title = Mon compte
me-address = Adresse
me-address-private = seuls vous et le personnel de la commune la voyez
me-neighbourhood = Quartier
me-role = Rôle
me-status = Statut
me-confirm-title = Confirmez votre adresse e-mail
me-confirm-text = Nous vous avons envoyé un lien par e-mail. Vous ne l’avez pas reçu ? Regardez dans le dossier des spams, ou demandez-en un nouveau.
me-confirm-resend = Renvoyer le lien
me-confirm-sent = Nous avons envoyé un nouveau lien. Les anciens liens ne fonctionnent plus.
status-email-unconfirmed = Adresse e-mail pas encore confirmée
status-pending = Nous devons encore vérifier que vous habitez ici.
status-verified = Résidence vérifiée
status-refused = Nous n’avons pas pu confirmer que vous habitez à cette adresse. Veuillez contacter la commune.
status-staff = Travaille pour la commune
role-resident = Habitant
role-moderator = Modérateur du quartier
role-staff = Personnel de la commune
role-admin = Administrateur de la commune
role-operator = Opérateur
## Prouver sa résidence
verify-title = Prouvez votre résidence
verify-intro = Nous vérifions que vous habitez à votre adresse. Ainsi, seuls de vrais voisins entrent dans votre quartier.
verify-ways = Vous pouvez le faire de trois façons :
verify-way-letter = avec le code de la lettre que la commune envoie à votre adresse,
verify-way-invitation = avec le code d’un voisin qui est déjà vérifié,
verify-letter-wait = { $days ->
    [one] Ces derniers temps, les lettres ont été imprimées dans la journée suivant l’inscription, puis postées.
   *[other] Ces derniers temps, les lettres ont été imprimées dans les { $days } jours suivant l’inscription, puis postées.
}
verify-way-staff = ou en passant à la commune : le personnel peut y confirmer votre résidence.
verify-submit = Vérifier le code
verify-error-format = Ce n’est pas un code. Un code a 12 lettres et chiffres.
verify-error-unknown = Nous ne connaissons pas ce code. Vérifiez-le et réessayez.
verify-error-expired = Ce code est trop ancien. Demandez-en un nouveau.
verify-error-used = Ce code a déjà été utilisé.
verify-error-other-neighbourhood = Cette invitation est pour un autre quartier. Seuls les voisins de votre quartier peuvent vous inviter.
verify-error-inviter = Le voisin qui vous a donné ce code n’habite plus votre quartier : le code ne fonctionne plus. Demandez à un autre voisin, ou attendez la lettre de la commune.
verify-error-not-pending = Votre résidence n’a pas besoin d’être vérifiée.
verified-title = Bienvenue dans le quartier !
verified-text = Vous êtes maintenant membre du quartier { $neighbourhood }.
## Invitations
invite-title = Inviter un voisin
invite-text = Un voisin veut rejoindre le quartier ? Créez un code et donnez-le-lui. Le code est valable une seule fois, pendant 14 jours, et seulement dans votre quartier.
invite-button = Créer un code
invite-new-code = Voici le code. Notez-le et donnez-le à votre voisin :
invite-error-too-many = Vous avez 5 codes qui ne sont pas encore utilisés. Attendez qu’ils soient utilisés ou trop anciens.
invite-list = Vos codes
invite-created = Date
invite-code = Code
invite-state = État
invite-used = Utilisé
invite-expired = Trop ancien
invite-open-until = Valable jusqu’au { $date }
## Personnel
staff-title = Administration
staff-tools = Outils du personnel
staff-neighbourhood-count = { $count ->
    [0] Aucun quartier
    [one] Un quartier
   *[other] { $count } quartiers
}
staff-address-count = { $count ->
    [0] Aucune adresse dans le registre
    [one] Une adresse dans le registre
   *[other] { $count } adresses dans le registre
}
staff-pending-count = { $count ->
    [0] Aucun habitant n’attend la vérification
    [one] Un habitant attend la vérification
   *[other] { $count } habitants attendent la vérification
}
pending-title = Habitants qui attendent la vérification
pending-none = Personne n’attend.
pending-caption = Vérifiez l’adresse de chaque personne, puis acceptez ou refusez.
pending-since = Date
pending-decision = Décision
pending-email-unconfirmed = e-mail pas encore confirmé
pending-approve = Accepter { $name }
pending-refuse = Refuser { $name }
pending-approved = La personne est acceptée.
pending-letter-printed = Lettre imprimée le { $date }
pending-new-letter = La lettre pour { $name } est perdue : en imprimer une nouvelle
pending-letter-voided = L’ancienne lettre ne fonctionne plus. La prochaine série de lettres en contient une nouvelle.
pending-refused = La personne est refusée.
letters-title = Lettres pour prouver la résidence
letters-waiting = { $count ->
    [0] Aucun habitant n’attend de lettre.
    [one] Un habitant attend une lettre.
   *[other] { $count } habitants attendent une lettre.
}
letters-once = Les codes sont montrés une seule fois, sur la page qui s’ouvre. Imprimez-la tout de suite.
letters-print = Créer les lettres
letters-printed = { $count ->
    [0] Aucune lettre à imprimer.
    [one] Une lettre est prête. Imprimez cette page.
   *[other] { $count } lettres sont prêtes. Imprimez cette page : chaque lettre est sur sa propre feuille.
}
letters-print-hint = Utilisez la commande « Imprimer » de votre navigateur. Si vous créez à nouveau les lettres, vous obtenez de nouveaux codes. Les anciens ne fonctionnent plus.
letter-heading = Votre code pour prouver où vous habitez
letter-greeting = Bonjour { $name },
letter-body = Vous avez créé un compte sur Gemeng, la plateforme des voisins de la commune : { $commune }. Les voisins doivent être sûrs que chacun habite vraiment près d’eux. C’est pourquoi la commune envoie ce code par la poste, à l’adresse que vous avez indiquée : seule une personne qui y habite le reçoit.
letter-step-open = Ouvrez { $url }
letter-step-login = Connectez-vous avec votre adresse e-mail et votre mot de passe.
letter-step-enter = Tapez le code ci-dessus, puis appuyez sur « Vérifier le code ».
letter-steps-title = Que faire avec le code
letter-label-date = Date
letter-label-reference = Référence
letter-label-phone = Téléphone
letter-label-email = E-mail
letter-label-hours = Heures d’ouverture
letter-label-code = Votre code
letter-contact = Des questions ? Appelez au numéro { $phone } ou passez à la mairie avec cette lettre.
letter-contact-desk = Des questions ? Passez à la mairie avec cette lettre.
letter-expiry = Ce code est valable une seule fois, jusqu’au { $date }.
## Imports
import-title = Carte et registre des adresses
import-neighbourhoods = Quartiers (GeoJSON)
import-neighbourhoods-hint = Une FeatureCollection GeoJSON de polygones, chacun avec un "name". Un quartier qui a le même nom est mis à jour.
import-addresses = Registre des adresses (CSV)
import-addresses-hint = Colonnes : street, number, postcode, locality, lat, lon. Une adresse qui existe déjà est mise à jour.
import-file = Fichier
import-submit = Importer
import-refused = Rien n’a été importé
import-neighbourhoods-done = { $created ->
        [0] Aucun quartier créé
        [one] Un quartier créé
       *[other] { $created } quartiers créés
    }, { $updated } mis à jour. { $outside ->
        [0] Toutes les adresses sont dans un quartier.
        [one] Une adresse n’est dans aucun quartier.
       *[other] { $outside } adresses ne sont dans aucun quartier.
    }
import-addresses-done = { $rows ->
        [0] Aucune adresse importée.
        [one] Une adresse importée.
       *[other] { $rows } adresses importées.
    } { $outside ->
        [0] Chacune est dans un quartier.
        [one] Une adresse n’est dans aucun quartier.
       *[other] { $outside } ne sont dans aucun quartier.
    }
import-problem-row = Ligne { $line } : { $reason } { $detail }
import-problem-feature = Élément { $feature } : { $reason } { $detail }
import-problem-overlap = « { $first } » et « { $second } » se chevauchent.
import-error-csv = Le fichier n’est pas un CSV valide.
import-error-missing-column = Il manque une colonne :
import-error-missing-value = Il manque une valeur :
import-error-bad-value = Une valeur est trop longue ou contient des caractères de contrôle :
import-error-bad-coordinate = Une coordonnée n’est pas un nombre valide :
import-error-duplicate-address = Cette adresse apparaît deux fois :
import-error-empty = Le fichier ne contient rien à importer.
import-error-too-many-rows = Le fichier a trop de lignes. Le maximum est :
import-error-geojson = Le fichier n’est pas un GeoJSON valide.
import-error-not-feature-collection = Le fichier doit être une FeatureCollection GeoJSON.
import-error-feature-name = Un élément n’a pas de propriété "name" utilisable.
import-error-duplicate-name = Deux éléments ont le même nom :
import-error-feature-geometry = Un élément n’est ni un Polygon ni un MultiPolygon :
import-error-ring-too-short = Un anneau de polygone a moins de 3 coins :
import-error-shape-too-large = Une forme a trop de points :
import-error-no-file = Choisissez un fichier à importer.
## Rôles
roles-title = Rôles
roles-intro = Nommez les modérateurs des quartiers et le personnel de la commune. Un modérateur doit être un habitant vérifié.
roles-caption = Personnes de la commune
roles-for = Rôle : { $name }
roles-save = Enregistrer
roles-saved = Le rôle est enregistré.
roles-error-self = Vous ne pouvez pas changer votre propre rôle.
roles-error-changed = Quelqu’un a changé le rôle de cette personne entre-temps. Regardez à nouveau la liste.
roles-error-moderator-needs-member = Seul un habitant vérifié d’un quartier peut être le modérateur de ce quartier.
roles-error-resident-needs-address = Cette personne n’a pas d’adresse dans le registre. Elle ne peut donc pas avoir le rôle d’habitant.
mail-confirm-subject = { $commune } : veuillez confirmer votre adresse e-mail
mail-confirm-body =
    Bonjour { $name },

    Merci pour votre inscription sur Gemeng { $article ->
         [le] au { $commune }
         [la] à la { $commune }
         [l] à l’{ $commune }
         [les] aux { $commune }
        *[none] à { $commune }
        }.
    Veuillez ouvrir ce lien pour confirmer votre adresse e-mail :

    { $link }

    Le lien est valable 3 jours. Si vous n’avez pas demandé cette inscription, vous pouvez ignorer cet e-mail.
mail-reset-subject = { $commune } : choisissez un nouveau mot de passe
mail-reset-body =
    Bonjour { $name },

    Quelqu’un a demandé à changer le mot de passe de votre compte Gemeng { $article ->
         [le] au { $commune }
         [la] à la { $commune }
         [l] à l’{ $commune }
         [les] aux { $commune }
        *[none] à { $commune }
        }.
    Pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure qui suit :

    { $link }

    Si ce n’était pas vous, ignorez cet e-mail : votre mot de passe ne change pas.
import-error-name-invisible = Un nom contient des caractères invisibles ou qui changent le sens du texte :
import-error-ring-not-closed = Un anneau de polygone ne se termine pas à son premier point :
import-error-zero-area = Un polygone ou l’un de ses anneaux n’a pas de surface :
import-error-self-intersecting = Le contour d’un polygone se croise ou se touche lui-même :
import-error-shape-too-complex = Une forme est trop complexe pour être vérifiée. Simplifiez-la :
undelivered-title = E-mails qui n’ont pas pu être remis
undelivered-intro = Ces messages ont été abandonnés après deux jours d’essais. Contactez la personne autrement, par exemple par courrier ou par téléphone, et vérifiez avec elle son adresse e-mail.
undelivered-caption = E-mails non remis, les plus récents d’abord
undelivered-recipient = Destinataire
undelivered-subject = Objet
undelivered-when = Date
data-title = Vos données
data-intro = Tout ce que Gemeng garde sur vous se trouve sur cette page. Vous pouvez le télécharger dans un fichier à conserver, ou supprimer votre compte.
data-download = Tout télécharger (fichier JSON)
data-account = Votre compte
data-sessions = Où votre compte est connecté
data-trusted-browsers = Navigateurs autorisés à se connecter à votre compte
data-email-links = Liens envoyés par e-mail
data-residence-letters = Lettres de résidence qui vous sont adressées
data-codes-given = Codes d’invitation donnés à des voisins
data-posts = Vos annonces
data-comments = Vos réponses aux annonces
data-thanks = Les mercis que vous avez donnés
data-posts-hidden = Annonces que vous avez masquées comme modérateur
data-comments-hidden = Réponses que vous avez masquées comme modérateur
data-codes-used = Codes utilisés pour prouver votre adresse
data-letter-batches = Lettres de résidence que vous avez imprimées (personnel)
data-residents-verified = Résidents dont vous avez approuvé l’adresse (personnel)
data-decisions-taken = Décisions que vous avez prises (personnel)
data-decisions-about-you = Décisions concernant votre compte
data-emails = E-mails qui vous ont été envoyés
data-time-bank-account = Votre compte à la banque de temps (solde et date d’ouverture)
data-time-bank-listings = Vos offres et demandes dans la banque de temps
data-consultation-answers = Vos réponses aux consultations nominatives de la commune
data-consultation-participation = Les consultations anonymes auxquelles vous avez répondu (vos réponses ne sont pas liées à vous)
data-consultations-written = Les consultations que vous avez préparées pour la commune
data-announcements-read = Les annonces de la commune que vous avez ouvertes, et quand
data-announcements-written = Les annonces que vous avez écrites pour la commune
data-consultation-answer-forms = Les consultations auxquelles vous avez envoyé des réponses (gardé seulement pour reconnaître un formulaire envoyé deux fois)
data-service-threads = Les conversations que vous avez commencées avec les services de la commune, avec leur objet et leur état
data-service-messages = Les messages que vous avez écrits dans des conversations avec les services de la commune
data-service-threads-assigned = Les conversations avec les services de la commune qui vous sont attribuées
data-newsletter = Les lettres d’information de communes auxquelles votre adresse est abonnée
data-time-bank-recorded = Écritures de la banque de temps que vous avez enregistrées comme coordinateur
data-field-email = Adresse e-mail
data-field-display-name = Nom affiché aux voisins
data-field-language = Langue
data-field-role = Rôle
data-field-residence = Résidence
data-field-verification-method = Comment la résidence a été prouvée
data-field-verified-at = Résidence prouvée le
data-field-email-confirmed-at = E-mail confirmé le
data-field-created-at = Créé le
data-field-address = Adresse
data-field-kind = Type
data-field-device = Appareil
data-field-last-seen-at = Dernière utilisation le
data-field-expires-at = Valable jusqu’au
data-field-last-used-at = Dernière utilisation le
data-field-purpose = Objet
data-field-used-at = Utilisé le
data-field-letters = Lettres
data-field-action = Ce qui a été fait
data-field-detail = Détail
data-field-at = Le
data-field-subject = Objet
data-field-sent-at = Envoyé le
data-field-failed-at = Abandonné le
data-erase-title = Supprimer votre compte
data-erase-text = Cela supprime définitivement votre compte et tout ce qui figure sur cette page. Ce dont vos voisins ont besoin continue de fonctionner (un code d’invitation déjà utilisé par un voisin reste valable pour lui), mais plus rien n’y renvoie à vous. Impossible de revenir en arrière.
data-erase-password = Votre mot de passe, pour confirmer
data-erase-button = Supprimer mon compte définitivement
data-erase-wrong-password = Ce n’est pas votre mot de passe. Rien n’a été supprimé.
sessions-title = Où votre compte est connecté
sessions-intro = Voici les navigateurs et applications connectés à votre compte. Si vous n’en reconnaissez pas un, fermez-le et changez votre mot de passe.
sessions-device = Appareil
sessions-device-unknown = Appareil inconnu
sessions-app = application
sessions-since = Connecté le
sessions-last-used = Dernière utilisation le
sessions-this-one = C’est le navigateur que vous utilisez maintenant.
sessions-end = Fermer cette session
sessions-end-others = Me déconnecter partout ailleurs
sessions-ended = La session a été fermée.
sessions-others-ended = Toutes vos autres sessions sont fermées.
roles-search = Chercher une personne par nom ou e-mail
roles-search-button = Chercher
roles-none = Personne ne correspond à cette recherche.
import-running = L’import est toujours en cours. Les grands registres prennent une minute ou deux.
import-check-again = Regarder à nouveau
import-interrupted = Cet import a été interrompu avant la fin ; rien n’en a été écrit. Importez le fichier à nouveau.
import-error-busy = Un autre import de cette commune est toujours en cours. Attendez qu’il soit terminé.
data-imports-started = Imports que vous avez lancés (personnel)
data-field-outcome = Résultat
## Staff tables and undoing a decision
staff-col-name = Nom
staff-col-address = Adresse du domicile
staff-col-neighbourhood = Quartier
staff-col-role = Rôle
roles-fixed = Seul un administrateur ou une administratrice peut changer ce rôle.
roles-yourself = C’est vous : un autre administrateur peut changer votre rôle.
pending-undo = Annuler
pending-undo-hint = Vous pouvez annuler pendant 10 minutes.
pending-undone = La décision est annulée. La personne attend à nouveau.
pending-undo-too-late = Cette décision ne peut plus être annulée : elle date de plus de 10 minutes, ou elle n’était pas la vôtre.
## A resident's progress
progress-title = Votre chemin vers le quartier
progress-account = Compte créé
progress-email = Adresse e-mail confirmée
progress-residence = Résidence prouvée
progress-residence-detail = Saisissez le code de la lettre de la commune ou d’un voisin sur la page « Prouvez votre résidence ».
progress-first-post = Écrivez votre première annonce
progress-first-post-detail = Dites bonjour, proposez un coup de main, prêtez un outil ou demandez de l’aide dans votre quartier.
verify-email-confirmed = Votre adresse e-mail est confirmée. Il reste une étape : prouver que vous habitez ici.
data-field-audience = Public
data-field-title = Titre
data-field-body = Texte
data-field-state = État
data-field-edited-at = Modifié le
data-field-deleted-at = Supprimé le
data-field-hidden-at = Masqué le
data-field-hidden-reason = Raison du masquage
data-field-post-id = Annonce
data-field-full-name = Nom sur la boîte aux lettres
data-field-address-extra = Appartement ou étage
## E-mails at each step, and refusing
mail-approved-subject = { $commune } : votre résidence est confirmée
mail-approved-body =
    Bonjour { $name },

    La commune a vérifié votre adresse : votre résidence est confirmée.
    Votre quartier sur Gemeng vous est maintenant ouvert :

    { $link }

    Bienvenue, et à bientôt parmi vos voisins.
mail-refused-subject = { $commune } : nous n’avons pas pu confirmer votre résidence
mail-refused-body =
    Bonjour { $name },

    La commune n’a pas pu confirmer que vous habitez à l’adresse indiquée.
    Motif : { $reason }

    S’il s’agit d’une erreur, contactez la mairie :
    { $contact }
mail-refused-no-reason = aucun motif n’a été donné.
refuse-title = Refuser cette résidence ?
refuse-explain = La personne recevra un e-mail disant que la commune n’a pas pu confirmer son adresse, avec votre motif. Vous pouvez annuler la décision pendant 10 minutes.
refuse-reason = Motif (facultatif)
refuse-reason-hint = En mots simples, par exemple : personne de ce nom n’habite à cette adresse.
refuse-cancel = Retour, sans refuser
mail-letter-subject = { $commune } : votre lettre est en route
mail-letter-body =
    Bonjour { $name },

    La commune a imprimé votre lettre le { $date }. Elle arrive par la poste à votre adresse dans les prochains jours.
    Quand elle arrive, ouvrez cette page et saisissez le code de la lettre :

    { $link }
mail-invitation-used-subject = { $commune } : votre invitation a servi
mail-invitation-used-body =
    Bonjour { $name },

    Un voisin a utilisé votre invitation et a rejoint votre quartier : { $newcomer }.
mail-contact-phone = Téléphone : { $phone }
mail-contact-email = E-mail : { $email }
mail-contact-hours = Heures d’ouverture : { $hours }
data-blocks = Les personnes que vous avez bloquées
data-blocked-by = Le nombre de fois où l’on vous a bloqué (jamais qui)
data-conversations = Vos conversations
data-messages = Les messages que vous avez envoyés
data-messages-hidden = Les messages que vous avez masqués comme membre du personnel
data-reports = Les signalements que vous avez faits
data-reports-judged = Les signalements que vous avez jugés comme modérateur
data-notice-settings = Vos choix d’avis par e-mail
data-notice-link = Le fait que vous avez un lien de désabonnement (son secret n’est pas montré)
data-digest = Votre résumé quotidien des avis
data-field-id = Numéro
data-field-high-id = L’autre personne (numéro)
data-field-low-id = L’autre personne (numéro)
data-field-blocked-id = Personne bloquée (numéro)
data-field-balance = Solde en minutes
data-field-opened-at = Ouvert le
data-field-category = Catégorie
data-field-minutes = Minutes
data-field-amount = Minutes
data-field-memo = Description
data-field-thread-id = Conversation (numéro)
data-field-service-id = Service (numéro)
data-field-commune-id = Commune (numéro)
data-field-confirmed-at = Confirmé le
data-field-item-type = Quoi
data-field-item-id = Lequel (numéro)
data-field-reason = Raison
data-field-details = Détails
data-field-closed-at = Jugé le
data-field-topic = Sujet
data-field-frequency = Fréquence
data-field-user-id = Compte (numéro)

## Comptes d’organisateur : ceux des associations, créés par le personnel.
role-organiser = Organisateur (association)
status-organiser = Organise des activités pour la commune
organisers-title = Comptes d’organisateur
organisers-intro = Une association, un club ou un ministère qui organise un événement ici reçoit un compte d’organisateur : il publie des activités pour toute la commune ou pour tous, et voit qui s’est inscrit. Il n’a ni quartier, ni messagerie, ni banque de temps.
organisers-none = Aucun compte d’organisateur pour l’instant.
organisers-caption = Les comptes d’organisateur de la commune
organisers-col-name = Organisation
organisers-col-email = Adresse e-mail
organisers-col-created = Créé le
organisers-col-activities = Activités
organisers-col-actions = Compte
organisers-close-link = Fermer le compte : { $name }
organisers-new = Créer un compte d’organisateur
organisers-new-hint = L’organisation reçoit un e-mail, dans la langue choisie, avec un lien pour choisir un mot de passe. Le lien est valable sept jours.
organisers-field-name = Nom de l’organisation
organisers-field-language = Langue de ses e-mails
organisers-create = Créer le compte
organisers-created = Le compte a été créé. L’organisation recevra un e-mail pour choisir un mot de passe.
organisers-closed = Le compte a été fermé. Ses activités restent ; le personnel de la commune les gère.
organisers-close-title = Fermer un compte d’organisateur
organisers-close-explained = Fermer le compte l’efface, comme une personne qui efface ses données : plus personne ne peut s’y connecter. Ses activités restent pour les personnes inscrites ; le personnel de la commune les gère désormais.
organisers-close-button = Fermer le compte : { $name }
organisers-close-keep = Garder le compte
error-organisation-name-too-short = Le nom de l’organisation doit avoir au moins 2 caractères.
error-organisation-name-too-long = Le nom de l’organisation peut avoir au maximum 60 caractères.
mail-organiser-welcome-subject = Votre compte d’organisateur sur Gemeng
mail-organiser-welcome-body = Bonjour,

    le personnel de la commune a ouvert sur Gemeng un compte d’organisateur pour votre organisation : { $name }.
    Commune : { $commune }

    Avec ce compte, vous publiez vos activités pour les habitants (pour toute la commune, ou ouvertes à tous), vous voyez qui s’est inscrit et vous leur écrivez. Ce n’est pas un compte d’habitant : il n’a ni quartier, ni messagerie, ni banque de temps.

    Choisissez votre mot de passe avec ce lien (valable sept jours) :

    { $link }

    Connectez-vous ensuite avec cette adresse e-mail. Si vous n’attendiez pas cet e-mail, prévenez la commune.
