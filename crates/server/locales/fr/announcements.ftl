# Annonces du canal de la commune.

announcements-title = Annonces
announcements-intro-member = Ce que la commune dit à votre quartier et à toute la commune. Les annonces épinglées viennent en premier.
announcements-intro-public = Ce que la commune dit à tout le monde. Les résidents connectés voient aussi ce qui concerne leur quartier.
announcements-none = Aucune annonce pour le moment.
announcements-back = Toutes les annonces
announcements-all = Toutes les annonces
announcements-feed = Suivre les annonces (flux Atom)
announcements-feed-title = Annonces : { $commune }
announcements-desk-title = Écrire aux résidents
announcements-desk-intro = Les annonces parviennent aux résidents d’abord dans leur langue. Rédigez-les dans autant de langues que possible.
announcements-desk-back = Retour aux annonces
announcement-pinned = Épinglée
announcement-public = Publique
announcement-also-in = Aussi en :
announcement-shown-in = Cette annonce est affichée en { $language }.
announcement-other-versions = La lire dans une autre langue
announcement-for-commune = Pour toute la commune
announcement-for-neighbourhoods = Quartiers : { $names }
announcement-state-scheduled = Programmée
announcement-state-live = Publiée
announcement-state-expired = Expirée
announcement-state-withdrawn = Retirée
announcement-languages = Langues
announcement-reach-delivered = E-mails remis
announcement-reach-read = Résidents qui l’ont lue
announcement-new-title = Nouvelle annonce
announcement-edit-title = Modifier l’annonce
announcement-withdraw = Retirer
announcement-versions-hint = Rédigez au moins une langue. Laissez vide une langue sans version : les lecteurs en verront une autre.
announcement-field-title = Titre
announcement-field-body = Texte
announcement-field-audience = Pour qui ?
announcement-audience-chosen = Seulement les quartiers choisis ci-dessous
announcement-field-neighbourhoods = Quartiers
announcement-neighbourhoods-hint = Seulement si l’annonce est pour des quartiers choisis.
announcement-field-options = Options
announcement-field-public = Publique : tout le monde peut la lire, aussi sans compte et dans le flux Atom
announcement-field-pinned = Épinglée : affichée au-dessus des autres
announcement-field-publish-at = Publiée le
announcement-publish-at-hint = Heure de Luxembourg. Laissez vide pour publier tout de suite.
announcement-field-expires-at = Affichée jusqu’au
announcement-expires-at-hint = Heure de Luxembourg. Laissez vide pour l’afficher jusqu’à son retrait.
announcement-publish = Enregistrer et publier
announcement-published = L’annonce est enregistrée. Elle paraît à l’heure choisie.
announcement-changed = L’annonce est modifiée.
announcement-withdrawn = L’annonce est retirée. Plus personne ne la voit.

announcement-error-no-version = Écrivez un titre et un texte dans au moins une langue.
announcement-error-language-twice = Cette langue a été envoyée deux fois.
announcement-error-language-unknown = Les versions sont en luxembourgeois (lb), allemand (de), français (fr), anglais (en) ou portugais (pt).
announcement-error-title-missing = Donnez un titre à cette version.
announcement-error-title-long = Un titre a au plus 160 caractères.
announcement-error-body-missing = Écrivez le texte de cette version.
announcement-error-body-long = Un texte a au plus 8 000 caractères et 200 lignes.
announcement-error-no-neighbourhood = Choisissez au moins un quartier, ou toute la commune.
announcement-error-neighbourhood-unknown = Choisissez des quartiers de la commune dans la liste.
announcement-error-time = Indiquez une date et une heure, par exemple 01.12.2026 9 h 00.
announcement-error-expires-before = La fin doit venir après la publication.
announcement-error-too-far = Choisissez une date à moins de deux ans.

# E-mail notices of announcements.
notice-announcement-subject = { $title }
notice-announcement-body = La commune a publié une annonce :

    { $title }

    { $text }

    La lire, aussi dans d’autres langues : { $link }
notice-digest-announcement = Annonce : { $title }
    { $link }

# Le résumé hebdomadaire imprimable d’un quartier.
digest-title = Résumé de la semaine
digest-print-hint = Imprimez cette page sur papier A4 pour les voisins qui ne sont pas en ligne. Elle ne montre ni noms ni adresses.
digest-heading = { $neighbourhood } : la semaine sur Gemeng
digest-intro = Ce que la commune et les voisins ont partagé, { $from } – { $to }.
digest-announcements = Annonces de la commune
digest-offers = Offres et demandes dans le quartier
digest-nothing = Rien cette semaine.
digest-footer = Imprimé depuis Gemeng, la plateforme de la commune pour ses résidents. Pour répondre à une offre ou une demande, adressez-vous à un voisin qui utilise Gemeng, ou à l’accueil de la commune.
digest-print-all = Imprimer le résumé de la semaine de chaque quartier
digest-print-one = Imprimer le résumé de la semaine pour les voisins hors ligne
