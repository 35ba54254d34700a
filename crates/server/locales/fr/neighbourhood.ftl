# A neighbourhood's members-only page.

## Quartier
neighbourhood-title = Quartier
neighbourhood-members = { $count ->
    [0] Aucun voisin vérifié
    [one] Un voisin vérifié
   *[other] { $count } voisins vérifiés
}
neighbourhood-neighbours = Voisins
neighbourhood-privacy = Les voisins voient votre nom et votre rue, mais jamais votre numéro de maison.

## Annonces et fil du quartier
feed-title = Dernières annonces
feed-filter = Afficher
feed-filter-current = Afficher : { $kind }
feed-all-kinds = Tout
feed-empty = Rien pour l’instant. Lancez-vous : proposez un coup de main, prêtez un outil, demandez de l’aide.
feed-error-cursor = Cette page de la liste n’existe pas. Revenez à la première page.
post-kind-information = Information
post-kind-offer-service = Je propose un service
post-kind-request-service = Je cherche un service
post-kind-give = Je donne un objet
post-kind-lend = Je peux prêter un objet
post-kind-borrow = Je voudrais emprunter un objet
post-kind-offer-help = Je propose mon aide
post-kind-request-help = J’ai besoin d’aide
post-audience-neighbourhood = Mon quartier seulement
post-audience-adjacent = Mon quartier et les quartiers voisins
post-audience-commune = Toute la commune
post-new-button = Écrire une annonce
post-new-title = Nouvelle annonce
post-edit-title = Modifier votre annonce
post-delete-title = Supprimer votre annonce
post-title = Annonce
post-back-to-feed = Retour au quartier
post-kind-question = De quoi parle votre annonce ?
post-field-title = Titre
post-field-title-hint = Une ligne courte, par exemple : Échelle à prêter, ou Qui peut arroser mes plantes en août ?
post-field-body = Texte
post-field-body-hint = Dites quoi, quand et comment vous joindre. Les voisins voient votre nom et votre rue, jamais votre numéro.
post-audience-question = Qui doit la voir ?
post-publish = Publier
post-save = Enregistrer
post-state-done = Réglé
post-comment-count = { $count ->
    [0] Pas encore de réponse
    [one] Une réponse
   *[other] { $count } réponses
}
post-thanks-count = { $count ->
    [one] Un merci
   *[other] { $count } mercis
}
post-from-elsewhere = d’un quartier voisin
post-edited-mark = modifié
post-thank = Dire merci
post-mark-done = Marquer comme réglé
post-edit = Modifier
post-delete = Supprimer
post-delete-question = Supprimer cette annonce ? Son texte est effacé tout de suite, et ses réponses ne peuvent plus être lues.
post-published = Votre annonce est publiée.
post-edited = Votre annonce est modifiée.
post-deleted = Votre annonce est supprimée.
post-thanked = Votre merci est envoyé.
post-marked-done = Marqué comme réglé : les voisins voient que c’est fait.
post-error-kind = Choisissez de quoi parle votre annonce.
post-error-audience = Choisissez qui doit voir votre annonce.
post-error-title-empty = Écrivez un titre.
post-error-title-long = Le titre peut compter 120 caractères au plus.
post-error-title-invisible = Le titre doit contenir des lettres ou des signes visibles.
post-error-body-empty = Écrivez un texte.
post-error-body-long = Le texte peut compter 5 000 caractères au plus.
post-error-not-done-able = Cette annonce ne peut pas être marquée comme réglée.
post-error-no-thanks = Vous ne pouvez pas dire merci pour cette annonce.
comment-field = Votre réponse
comment-publish = Répondre
comment-save = Enregistrer
comment-edit = Modifier
comment-delete = Supprimer
comment-edit-title = Modifier votre réponse
comment-delete-title = Supprimer votre réponse
comment-delete-question = Supprimer cette réponse ? Son texte est effacé tout de suite.
comment-back = Retour à l’annonce
comment-published = Votre réponse est publiée.
comment-edited = Votre réponse est modifiée.
comment-deleted = Votre réponse est supprimée.
comment-error-empty = Écrivez une réponse.
comment-error-long = Une réponse peut compter 2 000 caractères au plus.
comment-error-closed = Cette annonce ne prend plus de réponses.
delete-confirm = Oui, supprimer
delete-keep = Non, garder

# Photos
post-field-photos = Photos (si vous le souhaitez)
post-field-photos-hint = Jusqu’à 4 photos, JPEG ou PNG, 10 Mo chacune. Seuls les voisins qui peuvent lire votre annonce les voient ; le lieu et l’appareil qu’une photo enregistre sont effacés.
post-photos-choose-again = Vos photos n’ont pas été gardées avec le formulaire : choisissez-les à nouveau.
post-photo-remove = Retirer cette photo
post-photo-alt = { $title }, photo { $number } sur { $total }
post-error-photos-too-many = Une annonce peut avoir au plus 4 photos.
image-error-file-too-large = Une photo peut faire au plus 10 Mo. Choisissez-en une plus petite.

## Rechercher dans le quartier
search-title = Rechercher dans le quartier
search-heading = Rechercher dans le quartier { $neighbourhood }
search-label = Que cherchez-vous ?
search-hint = Tapez un ou plusieurs mots. Les accents et les majuscules ne comptent pas, et le début du dernier mot suffit : « vél » trouve aussi « vélo ».
search-button = Rechercher
search-found = { $count ->
    [0] Aucune annonce trouvée
    [one] Une annonce trouvée
   *[other] { $count } annonces trouvées
}
search-none = Aucune annonce du quartier ne contient tous ces mots. Essayez avec moins de mots, ou avec d’autres.
search-crowded = Beaucoup d’annonces contiennent ces mots : seules les plus récentes ont été parcourues. Ajoutez un mot pour trouver les plus anciennes.
search-error-empty = Tapez au moins un mot à rechercher.
search-error-no-words = Tapez au moins un mot fait de lettres ou de chiffres : la ponctuation et les signes seuls ne sont pas recherchés.
search-error-too-long = Une recherche peut compter 200 caractères au plus.
search-error-too-many-words = Une recherche peut compter 8 mots différents au plus. Gardez les plus parlants.
search-error-page = Cette page de résultats n’existe pas. Revenez à la première page.
feed-activity-starts = Activité : { $when }
