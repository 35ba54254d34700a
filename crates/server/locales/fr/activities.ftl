# Activités : événements, cours, cafés et rencontres de quartier avec des places à prendre.

activities-title = Activités
activities-intro = Rencontrez vos voisins : les activités de la commune et de votre quartier. Prenez une place, ou inscrivez-vous sur la liste d’attente quand une séance est complète.
activities-none = Aucune activité prévue pour le moment.
activities-home-intro = Cafés, cours, tables de conversation et rencontres dans votre quartier : prenez une place.
activities-all = Toutes les activités
activities-back = Toutes les activités
activities-calendar = Ajouter les activités publiques à votre agenda (iCalendar)
activities-calendar-name = Activités : { $commune }
activities-mine-title = Mes activités
activities-mine-none = Vous ne vous êtes encore inscrit à aucune activité.
activity-new-title = Organiser une activité
activity-from-to = { $from } – { $to }
activity-kind-neighbourhood-activity = Activité de quartier
activity-kind-language-cafe = Café des langues
activity-kind-conversation-table = Table de conversation
activity-kind-coaching = Accompagnement
activity-kind-course = Cours
activity-kind-smartphone-cafe = Café smartphone
activity-kind-information-session = Séance d’information
activity-audience-neighbourhood = Pour le quartier
activity-audience-adjacent = Pour le quartier et ses voisins
activity-audience-commune = Pour toute la commune
activity-audience-public = Ouverte à tous
activity-weekday-monday = Lundi
activity-weekday-tuesday = Mardi
activity-weekday-wednesday = Mercredi
activity-weekday-thursday = Jeudi
activity-weekday-friday = Vendredi
activity-weekday-saturday = Samedi
activity-weekday-sunday = Dimanche
activity-field-kind = Type d’activité
activity-field-title = Titre
activity-field-description = Description (facultative)
activity-field-audience = Qui peut venir
activity-field-neighbourhood = Quartier
activity-field-schedule = Quand
activity-field-date = Date (la première, pour une série hebdomadaire)
activity-field-starts = Début
activity-field-ends = Fin
activity-field-weekdays = Jours de la semaine
activity-field-until = Dernier jour de la série
activity-field-place = Lieu
activity-field-link = Lien vers la salle vidéo
activity-field-capacity = Places par séance
activity-field-languages = Langues parlées
activity-field-when = Quand
activity-versions-hint = Écrivez le titre dans au moins une langue. Écrivez une description dans les mêmes langues, ou aucune.
activity-neighbourhood-hint = Seulement pour une activité d’un quartier (ou de celui-ci et de ses voisins).
activity-repeat-once = Une fois
activity-repeat-weekly = Chaque semaine
activity-weekdays-hint = Pour une série hebdomadaire : les jours de rencontre, et le dernier jour. Une série se termine dans l’année.
activity-place-hint = Une adresse ou le nom d’un lieu. Indiquez un lieu, un lien, ou les deux.
activity-create = Publier l’activité
activity-sessions = Séances
activity-sign-in-to-register = Connectez-vous pour prendre une place.
activity-session-cancelled = Annulée
activity-session-started = Commencée
activity-places-free = { $count ->
    [one] Encore { $count } place
   *[other] Encore { $count } places
}
activity-places-full = { $count ->
    [0] Complet
    [one] Complet, { $count } personne en attente
   *[other] Complet, { $count } personnes en attente
}
activity-you-registered = Vous avez une place
activity-you-waiting = Vous êtes numéro { $position } sur la liste d’attente
activity-on-waiting-list = Sur la liste d’attente
activity-register = Prendre une place
activity-join-waiting-list = M’inscrire sur la liste d’attente
activity-withdraw = Libérer ma place
activity-leave-waiting-list = Quitter la liste d’attente
activity-add-to-calendar = Ajouter cette activité à votre agenda (iCalendar)
activity-registrations-title = Inscriptions
activity-registrations-of = Inscriptions : { $title }
activity-registrations-intro = Qui a une place et qui attend, séance par séance. Seuls vous et le personnel de la commune voyez ces noms.
activity-back-to-activity = Retour à l’activité
activity-registered-count = { $count ->
    [one] { $count } place prise
   *[other] { $count } places prises
}
activity-waiting-count = { $count ->
    [one] { $count } personne en attente
   *[other] { $count } personnes en attente
}
activity-nobody-registered = Personne ne s’est encore inscrit.
activity-registered-list = Avec une place
activity-waiting-list = Liste d’attente
activity-attendance = Qui est venu
activity-attendance-save = Enregistrer les présences
activity-cancel-session = Annuler cette séance
activity-notice-registered = Vous avez une place. Un e-mail vous le confirme.
activity-notice-waitlisted = La séance est complète : vous êtes sur la liste d’attente. Si une place se libère, elle est pour vous et nous vous prévenons par e-mail.
activity-notice-withdrawn = Vous n’êtes plus inscrit à cette séance.
activity-notice-created = L’activité est publiée.
activity-notice-session-cancelled = La séance est annulée. Toutes les personnes inscrites ont été prévenues par e-mail.
activity-notice-attendance = C’est enregistré.
activity-refused-cancelled = Cette séance est annulée.
activity-refused-started = Cette séance a déjà commencé : renseignez-vous sur place.
activity-refused-already-registered = Vous avez déjà une place à cette séance.
activity-refused-already-waitlisted = Vous êtes déjà sur la liste d’attente de cette séance.
activity-refused-full = Cette séance est complète.
activity-error-no-title = Écrivez un titre dans au moins une langue.
activity-error-version-missing = Écrivez aussi ce texte : l’activité est écrite dans cette langue ailleurs.
activity-error-blank = Ce texte est vide.
activity-error-too-long = Ce texte est trop long.
activity-error-language-unknown = Choisissez parmi le luxembourgeois, l’allemand, le français, l’anglais et le portugais.
activity-error-kind = Choisissez un type d’activité.
activity-error-audience = Choisissez qui peut venir.
activity-error-audience-resident = Les habitants organisent pour leur quartier (et ses voisins). Pour un public plus large, adressez-vous à la commune.
activity-error-neighbourhood = Choisissez le quartier de l’activité.
activity-error-capacity = Indiquez un nombre de places entre 1 et 10 000.
activity-error-no-language = Choisissez au moins une langue parlée.
activity-error-no-session = Indiquez la date et les heures d’au moins une séance.
activity-error-too-many-sessions = Une activité a au plus 52 séances. Publiez la suite l’année prochaine.
activity-error-ends-before-start = La fin doit venir après le début, le même jour.
activity-error-in-the-past = Cette date est passée.
activity-error-date = Indiquez une date, par exemple 2030-03-05.
activity-error-time = Indiquez une heure, par exemple 18 h 30.
activity-error-no-weekday = Choisissez au moins un jour de la semaine.
activity-error-weekday = Choisissez les jours de la semaine dans la liste.
activity-error-no-end = Une série hebdomadaire a besoin d’un dernier jour.
activity-error-series-too-long = Une série dure au plus un an.
activity-error-series-no-session = Aucun des jours choisis ne tombe entre le premier et le dernier jour.
activity-error-schedule-both = Indiquez des dates ou une série hebdomadaire, pas les deux.
activity-error-no-place = Indiquez un lieu, un lien vers une salle vidéo, ou les deux.
activity-error-place = Le lieu est trop long (4 lignes de 120 caractères au plus) ou contient des caractères cachés.
activity-error-link = Indiquez une adresse web qui commence par https://
activity-error-session-started = Cette séance a déjà commencé.
activity-error-attendance-early = Les présences se notent une fois la séance commencée.
activity-calendar-title = Vos activités dans votre agenda
activity-calendar-intro = Votre application d’agenda (sur votre téléphone ou votre ordinateur) peut afficher les séances auxquelles vous êtes inscrit. Donnez-lui cette adresse secrète ; si quelqu’un d’autre la connaît, créez-en une nouvelle : l’ancienne ne fonctionne plus.
activity-calendar-address = Votre adresse d’agenda secrète
activity-calendar-make = Créer mon adresse d’agenda
activity-calendar-renew = Créer une nouvelle adresse (l’ancienne ne fonctionne plus)
activity-calendar-revoke = Arrêter mon adresse d’agenda
activity-calendar-made = Votre adresse d’agenda est prête.
activity-calendar-revoked = Votre adresse d’agenda ne fonctionne plus.
mail-activity-registered-subject = Votre place : { $title }
mail-activity-registered-body =
    Votre place est réservée.

    { $title }
    Quand : { $when }

    Pour libérer votre place, ouvrez l’activité : { $link }
mail-activity-waitlisted-subject = Liste d’attente : { $title }
mail-activity-waitlisted-body =
    La séance est complète : vous êtes sur sa liste d’attente. Si une place se libère, elle est pour vous et nous vous prévenons par e-mail.

    { $title }
    Quand : { $when }

    { $link }
mail-activity-moved-up-subject = Une place s’est libérée pour vous : { $title }
mail-activity-moved-up-body =
    Quelqu’un a libéré sa place et vous étiez le suivant sur la liste d’attente : vous avez maintenant une place.

    { $title }
    Quand : { $when }

    Si vous ne pouvez finalement pas venir, libérez votre place pour la personne suivante : { $link }
mail-activity-session-cancelled-subject = Annulée : { $title }
mail-activity-session-cancelled-body =
    Nous sommes désolés : cette séance est annulée.

    { $title }
    Quand : { $when }

    { $link }
mail-activity-reminder-subject = Demain : { $title }
mail-activity-reminder-body =
    Un rappel : vous avez une place à cette séance.

    { $title }
    Quand : { $when }

    Si vous ne pouvez pas venir, libérez votre place pour une personne de la liste d’attente : { $link }
data-activities-organised = Les activités que vous avez organisées
data-activity-registrations = Les séances auxquelles vous vous êtes inscrit, et si vous êtes venu
data-activity-calendar = Quand vous avez créé votre adresse d’agenda secrète
data-field-session-id = Séance
data-field-status = Place ou liste d’attente
data-field-registered-at = Inscrit le
data-field-attended = Venu (1) ou non (0)
data-field-reminded-at = Rappel envoyé le
activity-notice-messaged = Votre message part vers toutes les personnes inscrites ou en attente.
activity-notice-series = Vous avez demandé toutes les séances à venir : chacune ci-dessous indique si vous avez une place ou êtes sur sa liste d’attente. Un e-mail résume tout.
activity-message-title = Écrire aux personnes inscrites
activity-message-to = Aux personnes de
activity-message-to-all = Toutes les séances
activity-message-text = Message
activity-message-hint = Toutes les personnes inscrites ou en attente le reçoivent par e-mail. Elles ne voient pas les adresses des autres.
activity-message-send = Envoyer le message
activity-register-series = Prendre une place à toutes les séances
activity-register-series-hint = Ou inscrivez-vous à toute la série en une fois : une place là où il en reste, la liste d’attente là où la séance est complète.
activity-error-message-empty = Écrivez un message.
activity-error-message-long = Le message est trop long (2 000 caractères au plus).
mail-activity-series-subject = Vos places : { $title }
mail-activity-series-body =
    Vous êtes inscrit aux séances à venir.

    { $title }
    Première séance : { $when }
    Séances avec une place : { $places }
    Séances sur liste d’attente : { $waits }

    Si une place se libère, elle est pour vous et nous vous prévenons par e-mail. { $link }
mail-activity-message-subject = Un message : { $title }
mail-activity-message-body =
    L’organisateur écrit à toutes les personnes inscrites :

    { $text }

    { $link }
activity-field-commune-room = En ligne, dans la salle vidéo de la commune ({ $room })
activity-error-no-commune-room = La commune n’a pas encore de salle vidéo : écrivez plutôt le lien de la salle.

## Cafés des langues et tables de conversation
activity-tables = Tables d’un café des langues
activity-tables-hint = Pour un café des langues seulement : une ligne par table, chacune dans une langue, avec son animateur (au niveau C1 ou mieux) et 1 à 6 places. Laissez les autres lignes vides. Les places du café sont celles de ses tables.
activity-table-number = Table { $number }
activity-field-table-language = Langue
activity-field-host = Nom de l’animateur
activity-field-host-level = Niveau de l’animateur
activity-field-seats = Places
activity-add-table = Ajouter une table
activity-conversation = Table de conversation
activity-conversation-hint = Pour une table de conversation seulement : sa langue et les niveaux auxquels elle s’adresse (A1 à B2).
activity-field-lowest = À partir du niveau
activity-field-highest = Jusqu’au niveau
activity-capacity-hint = Pour un café des langues, laissez-le : les places sont celles des tables.
activity-field-levels = Niveaux
activity-levels = { $language }, niveaux { $lowest } à { $highest }
activity-table-free = { $count ->
    [0] complète
    [one] { $count } place libre
   *[other] { $count } places libres
}
activity-language-waiting = Liste d’attente, { $language } : { $count }
activity-choose-table = La langue que vous voulez pratiquer
activity-accept-waiting-list = Si ses tables sont complètes, m’inscrire sur sa liste d’attente
activity-take-seat = Prendre une place
activity-table-heading = { $language } : table animée par { $host }
activity-waiting-for = En attente d’une place : { $language }
activity-profile-link = Ajoutez vos langues et vos niveaux à votre profil
activity-error-tables-not-cafe = Seul un café des langues a des tables : choisissez ce type, ou laissez les tables vides.
activity-error-conversation-not-table = Seule une table de conversation a des niveaux : choisissez ce type, ou laissez les niveaux vides.
activity-error-no-table = Un café des langues a besoin d’au moins une table.
activity-error-too-many-tables = Un café des langues a 30 tables au plus.
activity-error-table-language = Choisissez la langue de la table : luxembourgeois, allemand, français, anglais ou portugais.
activity-error-table-host = Écrivez le nom de l’animateur (80 caractères au plus), ou donnez l’adresse de son compte.
activity-error-host-level = Un animateur parle la langue de la table au niveau C1, C2 ou comme langue maternelle.
activity-error-table-seats = Une table a de 1 à 6 places.
activity-error-conversation-missing = Choisissez la langue de la table de conversation et les niveaux auxquels elle s’adresse.
activity-error-level = Choisissez un niveau : A1, A2, B1 ou B2.
activity-error-range-reversed = Le niveau le plus bas est au-dessus du plus haut.
activity-error-range-above = Une table de conversation est pour les personnes qui apprennent : ses niveaux vont jusqu’à B2.
activity-refused-tables-full = Toutes les tables de cette langue sont complètes. Cochez la liste d’attente pour attendre une place.
activity-refused-no-level = Un niveau d’au moins A1 est nécessaire : ajoutez d’abord cette langue à votre profil linguistique.
activity-refused-nothing-to-learn = Vous parlez cette langue au-delà de B2 : il reste peu à apprendre à une table, mais vous pourriez en animer une.
activity-refused-below-level = Votre niveau dans cette langue est en dessous des niveaux de cette table.
activity-refused-above-level = Votre niveau dans cette langue est au-dessus des niveaux de cette table.
activity-refused-choose-language = Choisissez la langue d’une des tables du café.
data-field-table-id = Table du café
data-field-waits-for = En attente d’une table en
activity-table-line = { $language } : { $host } ({ $level }), { $free }
activity-edit-title = Modifier l’activité
activity-edit-of = Modifier : { $title }
activity-edit-hint = Modifiez ses textes, son lieu, ses places ou ses langues. Ses dates restent : annulez une séance qui ne peut pas avoir lieu, et chaque inscrit est prévenu.
activity-edit-capacity-hint = Les personnes en liste d’attente passent aussitôt si vous ajoutez des places. Vous ne pouvez pas descendre sous les places déjà prises pour une séance à venir.
activity-save-changes = Enregistrer les modifications
activity-notice-changed = L’activité est modifiée. Chaque inscrit ou personne en attente est prévenu d’un nouveau lieu ou lien.
activity-error-capacity-below-taken = Plus de personnes ont déjà une place pour une séance à venir. Gardez au moins autant de places, ou annulez cette séance.
mail-activity-moved-subject = Nouveau lieu ou lien : { $title }
mail-activity-moved-body =
    L’organisateur a changé le lieu de cette activité. Vous êtes inscrit ou en liste d’attente.

    { $title }
    Quand : { $when }
    Où désormais :
    { $where }

    La page de l’activité : { $link }
activity-cancel-activity = Annuler toutes les séances à venir
activity-cancel-activity-hint = L’activité reste affichée comme annulée. Chaque inscrit ou personne en liste d’attente est prévenu une fois par e-mail.
activity-cancel-activity-confirm = Oui, annuler toutes les séances qui n’ont pas commencé
activity-error-confirm-cancel = Cochez la case pour confirmer l’annulation de toutes les séances à venir.
activity-notice-activity-cancelled = Toutes les séances à venir sont annulées. Chaque inscrit ou personne en attente est prévenu.
mail-activity-cancelled-subject = Annulée : { $title }
mail-activity-cancelled-body =
    L’organisateur a annulé toutes les séances à venir de cette activité : votre place (ou votre place en liste d’attente) est donc annulée. Vous n’avez rien à faire.

    { $title }
    Votre première séance était : { $when }

    La page de l’activité : { $link }

activities-organised-title = Les activités que vous organisez
activities-organised-intro = Chaque activité que vous organisez, avec la liste des inscrits.
activities-organised-none = Vous n’organisez encore aucune activité.
activities-organised-over = Terminée
activity-error-audience-association = Un compte d’organisateur n’a pas de quartier : choisissez toute la commune ou tout le monde.

## A café table's host with an account
activity-field-host-account = Courriel de l’animateur, s’il a un compte ici
activity-host-account-hint = Facultatif. Un animateur qui a un compte voit qui a une place à sa table et reçoit un rappel la veille. Si son profil de langues donne la langue de la table, c’est son niveau qui compte.
activity-error-host-account = Aucun compte de cette commune qui participe aux activités n’a cette adresse.
activity-error-host-profile-level = Le profil de langues de cette personne donne un niveau inférieur à C1 dans la langue de la table : un animateur la parle au niveau C1, C2 ou comme langue maternelle.
activity-error-host-twice = Cette personne anime déjà une autre table de ce café.
activity-host-page-title = Table { $language } : { $title }
activity-host-page-intro = Vous animez cette table. Voici qui y a une place, séance par séance : leurs noms, jamais leurs adresses.
activity-host-page-intro-organiser = Qui a une place à cette table, séance par séance. Son animateur voit la même page.
activity-host-page-activity = La page de l’activité
activity-host-no-learner = Personne n’a encore de place.
activity-hosting = Les tables que vous animez
activity-hosting-line = Table { $language } : { $title }
mail-activity-host-named-subject = Vous animez une table : { $title }
mail-activity-host-named-body =
    L’organisateur de ce café des langues vous a nommé animateur de sa table { $language }.

    { $title }
    Première séance : { $when }

    Vous voyez qui a une place à votre table sur la page de vos activités, et vous recevez un rappel la veille de chaque séance : { $link }
mail-activity-host-reminder-subject = Demain, vous animez : { $title }
mail-activity-host-reminder-body =
    Un rappel : demain, vous animez la table { $language }.

    { $title }
    Quand : { $when }
    Participants ayant une place : { $count }

    Qui sont-ils ? { $table_link }
    La page de l’activité : { $link }
data-cafe-tables-hosted = Les tables de café des langues que vous animez
data-field-activity-id = Activité
data-field-host-name = Nom de l’animateur
data-field-host-level = Niveau de l’animateur
activity-hosts-title = Animateurs des tables
activity-hosts-of = Animateurs des tables : { $title }
activity-hosts-hint = Changez qui anime une table : écrivez un nom, ou donnez l’adresse de son compte ici. Un nouvel animateur qui a un compte est prévenu par courriel et reçoit les rappels ; celui qui n’anime plus est prévenu aussi. Chaque table garde sa langue et ses places.
activity-hosts-table = Table { $number } : { $language }
activity-hosts-save = Enregistrer l’animateur de cette table
activity-hosts-link = Changer les animateurs des tables
activity-notice-host = L’animateur de la table est changé.
mail-activity-host-released-subject = Vous n’animez plus de table : { $title }
mail-activity-host-released-body =
    L’organisateur de ce café des langues a confié sa table { $language } à un autre animateur. Vous n’avez rien à faire.

    { $title }
    Prochaine séance : { $when }

    { $link }
