# Règles de la communauté
community-title = Règles de la communauté
community-intro = Sur Gemeng, les voisins s’entraident et la commune parle avec ses habitants. Toute personne qui écrit ici accepte ces règles ; les modérateurs masquent ce qui les enfreint.
community-respect = Restez aimable
community-respect-text = Pas d’insultes, de menaces, de moqueries ni de haine envers quiconque pour son origine, sa religion, son genre, son âge, son handicap ou ses opinions. Contestez les idées, jamais les personnes.
community-privacy = Protégez la vie privée de chacun
community-privacy-text = Ne partagez pas l’adresse, le numéro de téléphone, la photo ou l’histoire personnelle de quelqu’un sans son accord. Les messages privés restent privés.
community-no-trade = Aidez, ne vendez pas
community-no-trade-text = Les offres et les demandes se font entre voisins. Pas de publicité, pas de vente commerciale, pas de chaînes, pas le même texte encore et encore.
community-law = Respectez la loi
community-law-text = Rien d’interdit : pas d’armes, de drogues ni de médicaments, pas d’objets volés, pas d’escroqueries.
community-truth = Dites ce qui est vrai
community-truth-text = Donnez des informations exactes et dites quand une offre est réglée, pour que personne n’attende pour rien.
community-safety = Rencontrez-vous en sécurité
community-safety-text = La première fois, retrouvez-vous dans un lieu public, ne donnez jamais vos coordonnées bancaires et signalez ce qui vous inquiète.
community-reports-title = Signalements et modération
community-reports-text = Chacun peut signaler une annonce, une réponse ou un message. Les modérateurs du quartier et le personnel de la commune examinent chaque signalement, masquent ce qui enfreint ces règles ou le gardent, et donnent toujours leur raison ; l’auteur en est informé par e-mail. Chaque décision est enregistrée.

# Messages privés
messages-title = Messages
messages-intro = Des conversations privées avec vos voisins. Vous seuls pouvez les lire.
messages-empty = Pas encore de messages. Vous pouvez écrire à un voisin depuis la liste des voisins ou depuis une annonce.
messages-write-title = Nouveau message
messages-to = À : { $name }
messages-about = Au sujet de l’annonce : { $title }
messages-field = Votre message
messages-field-hint = Votre voisin voit votre nom et ce texte, jamais votre adresse ni votre e-mail.
messages-send = Envoyer
messages-sent = Votre message est envoyé.
messages-back = Retour aux messages
messages-thread-title = Conversation
messages-thread-with = Conversation avec : { $name }
messages-me = Vous
messages-older = Messages précédents
messages-reply = Votre réponse
messages-closed = Vous ne pouvez plus écrire dans cette conversation.
message-error-empty = Écrivez un message.
message-error-long = Un message peut compter 2 000 caractères au plus.
message-error-self = Vous ne pouvez pas vous écrire à vous-même.
message-error-not-member = Seuls les voisins vérifiés peuvent envoyer des messages.
message-error-unreachable = Vous ne pouvez pas écrire à cette personne.
post-write-to = Écrire à : { $name }
neighbours-write = Écrire un message

# Blocages
blocks-title = Personnes bloquées
blocks-intro = Une personne que vous bloquez ne peut plus vous écrire, vous ne pouvez plus lui écrire, et vous ne voyez plus ses annonces ni ses réponses. Elle n’en est pas informée.
blocks-link = Personnes bloquées
blocks-empty = Vous n’avez bloqué personne.
blocks-block-name = Bloquer : { $name }
blocks-confirm-text = Vous ne recevrez plus de messages de cette personne et ne verrez plus ses annonces. Vous pouvez annuler à tout moment.
blocks-confirm = Oui, bloquer
blocks-unblock-name = Débloquer : { $name }
blocks-blocked = Bloqué. Cette personne ne vous écrira plus.
blocks-unblocked = Débloqué.
block-error-self = Vous ne pouvez pas vous bloquer vous-même.
block-error-too-many = Vous avez bloqué le plus grand nombre de personnes possible (500).

# Avis par e-mail
notices-title = Avis par e-mail
notices-intro = Choisissez quand Gemeng vous écrit. Chaque e-mail contient aussi un lien pour l’arrêter, qui fonctionne sans vous connecter.
notices-link = Avis par e-mail
notices-topic-replies = Réponses à mes annonces
notices-topic-messages = Messages pour moi
notices-topic-timebank = Échanges de la banque de temps à confirmer, et réponses aux miens
notices-topic-announcements = Les annonces de la commune pour mon quartier et toute la commune
notices-topic-all = tous les avis par e-mail
notices-immediately = Tout de suite
notices-daily = Une fois par jour, en un seul e-mail
notices-weekly = Une fois par semaine, le lundi matin, en un seul e-mail
notices-never = Jamais
notices-save = Enregistrer
notices-saved = Vos choix sont enregistrés.
notices-error-frequency = Choisissez à quelle fréquence.
notices-unsubscribe-title = Arrêter les e-mails
notices-unsubscribe-question = Arrêter ces e-mails : { $what } ?
notices-unsubscribe-button = Oui, arrêter ces e-mails
notices-unsubscribed = C’est fait, plus d’e-mails : { $what }.
notices-unsubscribed-more = Vous pouvez choisir à nouveau à tout moment dans votre compte, sous Avis par e-mail.
notice-footer = Vous recevez cet e-mail selon vos choix sur Gemeng. Les changer : { $settings }
    Arrêter ces e-mails en un clic : { $stop }
notice-message-subject = Nouveau message : { $name }
notice-message-body = Vous avez reçu un message. De la part de : { $name }

    { $text }

    Répondre ici : { $link }
notice-reply-subject = Nouvelle réponse à « { $title } »
notice-reply-body = Réponse à votre annonce « { $title } ». De la part de : { $name }

    { $text }

    Lire et répondre ici : { $link }
notice-digest-subject = Votre journée sur Gemeng : { $count } nouveautés
notice-digest-body = Voici ce qui s’est passé pour vous depuis hier :

    { $items }
notice-digest-message = Message. De la part de : { $name } : { $text }
    { $link }
notice-digest-reply = Réponse à « { $title } ». De la part de : { $name } : { $text }
    { $link }
notice-digest-more = { $count ->
    [one] et une autre.
   *[other] et { $count } autres.
}

# Signalements
report-title = Signaler
report-intro = Dites aux modérateurs ce qui ne va pas. L’auteur ne saura pas qui a signalé.
report-link = Signaler
report-reason-question = Qu’est-ce qui ne va pas ?
report-reason-spam = De la publicité ou le même texte encore et encore
report-reason-abuse = Des insultes, des menaces ou du harcèlement
report-reason-personal-data = Des informations privées sur quelqu’un, sans son accord
report-reason-illegal = Quelque chose d’illégal ou une escroquerie
report-reason-other = Autre chose
report-details = Que doivent encore savoir les modérateurs ? (si vous le souhaitez)
report-details-hint = Nécessaire seulement pour « Autre chose ». 1 000 caractères au plus.
report-send = Envoyer le signalement
report-sent = Merci. Les modérateurs vont examiner votre signalement.
report-error-reason = Choisissez ce qui ne va pas.
report-error-details-empty = Dites ce qui ne va pas.
report-error-details-long = 1 000 caractères au plus.
report-error-own = Vous ne pouvez pas signaler ce que vous avez écrit vous-même.

# Modération
moderation-title = Signalements à examiner
moderation-intro = Annonces, réponses et messages signalés par des voisins. Masquez ce qui enfreint les règles, gardez le reste ; l’auteur reçoit votre raison.
moderation-empty = Aucun signalement en attente.
moderation-item-title = Un contenu signalé
moderation-item-post = Annonce
moderation-item-comment = Réponse
moderation-item-message = Message
moderation-report-count = { $count ->
    [0] Aucun signalement ouvert
    [one] Un signalement
   *[other] { $count } signalements
}
moderation-by = Écrit par : { $name }
moderation-back = Retour aux signalements
moderation-kind = Quoi
moderation-author = Écrit par
moderation-post = Annonce
moderation-state = Maintenant
moderation-hidden-mark = Masqué
moderation-visible-mark = Visible
moderation-decision-question = Que décidez-vous ?
moderation-decision-hide = Le masquer : il enfreint les règles
moderation-decision-keep = Le garder : il ne les enfreint pas
moderation-decision-restore = L’afficher à nouveau
moderation-reason = Votre raison
moderation-reason-hint = L’auteur la lira. Nommez la règle, dans une phrase aimable.
moderation-decide = Décider
moderation-done-hide = Masqué. L’auteur en reçoit la raison.
moderation-done-keep = Gardé. Les signalements sont clos.
moderation-done-restore = À nouveau visible. L’auteur en est informé.
moderation-error-decision = Choisissez ce que vous décidez.
moderation-error-reason-empty = Donnez votre raison : l’auteur la lira.
moderation-error-reason-long = 1 000 caractères au plus.
moderation-error-state = Ce contenu a changé entre-temps : examinez-le à nouveau.
moderation-mail-hide-subject = Un modérateur a masqué ce que vous avez écrit
moderation-mail-hide-body = Un modérateur a masqué ce que vous avez écrit : « { $title } ».

    Sa raison : { $reason }

    Les règles de la communauté : { $guidelines }
    Si vous pensez que c’est une erreur, écrivez au personnel de votre commune.
moderation-mail-restore-subject = Ce que vous avez écrit est à nouveau visible
moderation-mail-restore-body = Un modérateur a rendu à nouveau visible ce que vous avez écrit : « { $title } ».

    Sa raison : { $reason }
nav-moderation = Signalements

# Journal
audit-title = Journal des décisions
audit-intro = Chaque décision sur les personnes et les contenus : qui l’a prise, à propos de qui, et pourquoi.
audit-empty = Rien n’est encore enregistré.
audit-system = Gemeng
audit-older = Entrées précédentes

# Time bank notices (the amount is a number of minutes, written out)
notice-timebank-pay-subject = Un échange attend votre réponse : { $name }
notice-timebank-pay-body = Un échange de la banque de temps attend votre réponse. De la part de : { $name }

    { $memo }
    Vous payez : { $amount }

    Confirmer ou refuser ici : { $link }
notice-timebank-receive-subject = Un échange attend votre réponse : { $name }
notice-timebank-receive-body = Un échange de la banque de temps attend votre réponse. De la part de : { $name }

    { $memo }
    Vous recevez : { $amount }

    Confirmer ou refuser ici : { $link }
notice-timebank-confirmed-subject = Échange confirmé : { $memo }
notice-timebank-confirmed-body = Votre échange de la banque de temps est confirmé et les minutes ont été transférées. Confirmé par : { $name }

    { $memo }
    Minutes : { $amount }

    Votre relevé : { $link }
notice-timebank-declined-subject = Échange refusé : { $memo }
notice-timebank-declined-body = Votre échange de la banque de temps a été refusé ; aucune minute n’a bougé. Refusé par : { $name }

    { $memo }

    Votre banque de temps : { $link }
notice-digest-timebank-pay = Échange à confirmer. De la part de : { $name } : { $memo }. Vous payez : { $amount }
    { $link }
notice-digest-timebank-receive = Échange à confirmer. De la part de : { $name } : { $memo }. Vous recevez : { $amount }
    { $link }
notice-digest-timebank-confirmed = Échange confirmé. Par : { $name } : { $memo }. Minutes : { $amount }
    { $link }
notice-digest-timebank-declined = Échange refusé. Par : { $name } : { $memo }
    { $link }
