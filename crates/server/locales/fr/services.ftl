# Les services de la commune : conversations des résidents avec l’office social, les seniors, l’intégration…

services-title = Écrire à la commune
services-intro = Écrivez à l’un des services de la commune. Seuls vous et le personnel du service lisez la conversation.
services-none = La commune n’a encore indiqué aucun service.
services-write-to = Écrire à : { $name }
services-write-title = Un nouveau message
services-write-hint = Dites avec vos mots ce dont vous avez besoin. Le service répond ici, et vous recevez un e-mail quand il répond.
services-field-service = Service
services-field-subject = Objet
services-field-body = Votre message
services-field-state = État
services-field-resident = Résident
services-field-assigned = Suivi par
services-field-name = Nom
services-field-description = Pour quoi il aide
services-send = Envoyer
services-mine-title = Vos conversations
services-mine-none = Vous n’avez encore écrit à aucun service.
services-unread = { $count ->
    [one] 1 nouvelle réponse
   *[other] { $count } nouvelles réponses
}
services-back = Toutes les conversations
services-thread-title = Conversation
services-author-gone = Un ancien membre du personnel
services-answer = Votre réponse
services-reopen-hint = Cette conversation est close. Écrire à nouveau la rouvre.
services-manage-thread = Traiter cette conversation
services-assign-to = Collègue responsable
services-assign = Attribuer
services-assigned-nobody = Personne
services-close = Clore la conversation
services-queue-title = Messages des résidents
services-queue-intro = Les messages des résidents aux services de la commune. Ceux qui attendent depuis le plus longtemps viennent en premier.
services-oldest = Attente la plus longue
services-all = Tous les services
services-mine-only = Seulement ceux qui me sont attribués
services-filter = Afficher
services-queue-none = Aucune conversation ici.
services-manage-title = Les services de la commune
services-manage-intro = Les résidents choisissent parmi ces services quand ils écrivent. Nommez chacun dans autant de langues que possible.
services-archived = Archivé
services-rename = Changer le nom
services-save = Enregistrer
services-archive = Archiver (les résidents ne le voient plus)
services-restore = Le montrer de nouveau aux résidents
services-add-title = Ajouter un service
services-add = Ajouter le service
service-state-waiting = En attente de réponse
service-state-answered = Répondu
service-state-closed = Clos
service-waited-minutes = { $count ->
    [one] depuis 1 minute
   *[other] depuis { $count } minutes
}
service-waited-hours = { $count ->
    [one] depuis 1 heure
   *[other] depuis { $count } heures
}
service-waited-days = { $count ->
    [one] depuis 1 jour
   *[other] depuis { $count } jours
}
service-error-subject-empty = Écrivez un objet.
service-error-subject-long = Écrivez un objet de 120 caractères au plus.
service-error-message-empty = Écrivez votre message.
service-error-message-long = Écrivez un message de 5 000 caractères au plus.
service-error-name-missing = Écrivez le nom dans cette langue, ou laissez aussi la description vide.
service-error-name-long = Écrivez un nom de 80 caractères au plus.
service-error-description-long = Écrivez une description de 400 caractères au plus.
service-error-names-none = Écrivez le nom du service dans au moins une langue.
service-error-language-unknown = Écrivez les noms seulement en luxembourgeois, allemand, français, anglais ou portugais.
service-error-unknown = Choisissez l’un des services de la liste.
service-error-too-many-open = Vous avez 10 conversations encore ouvertes. Attendez une réponse avant d’en commencer une autre.
service-error-colleague = Choisissez un collègue dans la liste.
service-error-too-many = La commune a déjà 30 services. Archivez-en ou renommez-en un plutôt.
service-error-state = Choisissez en attente, répondu ou clos.
service-done-sent = Votre message est envoyé.
service-done-assigned = La conversation est attribuée.
service-done-closed = La conversation est close.
service-done-added = Le service est ajouté.
service-done-renamed = Le nom du service est changé.
service-done-archived = Le service est archivé.
service-done-restored = Les résidents voient de nouveau le service.

# Avis par e-mail des réponses des services.
notice-service-reply-subject = Réponse de la commune : { $subject }
notice-service-reply-body = Le service de la commune ({ $service }) a répondu à votre message « { $subject } ».

    Lire la réponse : { $link }
notice-digest-service-reply = Réponse de la commune : { $subject }
    { $link }
