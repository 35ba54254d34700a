# La banque de temps.

timebank-error-category = Choisissez une catégorie dans la liste.
timebank-error-memo-empty = Dites en quelques mots ce qui a été échangé.
timebank-error-memo-long = Une description peut avoir au plus 500 caractères.
timebank-error-amount-positive = Indiquez un nombre de minutes supérieur à zéro.
timebank-error-amount-large = Un échange peut compter au plus 6 000 minutes (100 heures).
timebank-error-yourself = Vous ne pouvez pas échanger des minutes avec vous-même.
timebank-error-credit-limit = Le payeur passerait sous la limite de crédit de la banque de temps.
timebank-error-upper-limit = Le bénéficiaire dépasserait le plafond de la banque de temps.
timebank-error-rules = Ces règles sortent de ce que la banque de temps permet.
timebank-error-not-yours = Seul l’autre membre peut répondre à cette proposition.
timebank-error-answered = Cette proposition a déjà reçu une réponse ou a été annulée.
timebank-error-expired = Cette proposition a expiré. Faites-en une nouvelle si l’échange a eu lieu.
timebank-error-not-reversible = Cette écriture ne peut pas être annulée : c’est elle-même une correction, ou elle a déjà été annulée.
timebank-error-key-reused = Cette demande a déjà servi à autre chose. Rechargez la page et réessayez.
timebank-error-not-joined = Rejoignez d’abord la banque de temps.
timebank-error-no-member = Cette personne n’est pas membre de la banque de temps.
timebank-error-rule-credit-limit = La limite de crédit est un nombre de minutes de 0 à 6 000.
timebank-error-rule-upper-limit = Le plafond reste vide, ou c’est un nombre de minutes de 0 à 60 000.
timebank-error-rule-welcome = Le crédit de bienvenue va de 0 à 6 000 minutes, sans dépasser le plafond.
timebank-error-rule-proposals = Les propositions attendent de 1 à 720 heures (30 jours).
timebank-error-amount-whole = Indiquez un nombre entier de minutes (90 pour une heure et demie).

# Pages.
timebank-title = Banque de temps
timebank-intro = Les voisins s’entraident et comptent le temps. Une minute donnée vaut une minute reçue, quel que soit le service.
timebank-balance = Votre solde
timebank-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
timebank-credit-limit-hint = { $count ->
    [one] Vous pouvez descendre jusqu’à { $count } minute sous zéro.
   *[other] Vous pouvez descendre jusqu’à { $count } minutes sous zéro.
}
timebank-exchange-title = Enregistrer un échange
timebank-gift-title = Donner des minutes
timebank-statement-title = Votre relevé
timebank-to-answer = En attente de votre réponse
timebank-to-answer-none = Rien n’attend votre réponse.
timebank-asks-you = { $name } vous demande des minutes
timebank-offers-you = { $name } vous propose des minutes
timebank-field-amount = Minutes
timebank-field-memo = Ce qui a été échangé
timebank-field-category = Catégorie
timebank-answer-by = Réponse avant le
timebank-confirm = Confirmer
timebank-decline = Refuser
timebank-waiting = Vos propositions en attente de réponse
timebank-waiting-none = Aucune de vos propositions n’est en attente.
timebank-you-offer = Vous proposez des minutes à { $name }
timebank-you-ask = Vous demandez des minutes à { $name }
timebank-cancel = Annuler la proposition
timebank-join-title = Rejoindre la banque de temps
timebank-join-text = Les membres offrent et demandent des services et des objets, et se paient en minutes. L’adhésion est gratuite.
timebank-rules-title = Les règles
timebank-rule-welcome = { $count ->
    [one] Vous recevez { $count } minute de la commune en bienvenue.
   *[other] Vous recevez { $count } minutes de la commune en bienvenue.
}
timebank-rule-credit-limit = { $count ->
    [one] Vous pouvez dépenser jusqu’à { $count } minute de plus que ce que vous avez reçu.
   *[other] Vous pouvez dépenser jusqu’à { $count } minutes de plus que ce que vous avez reçu.
}
timebank-rule-upper-limit = { $count ->
    [one] Vous pouvez détenir au plus { $count } minute.
   *[other] Vous pouvez détenir au plus { $count } minutes.
}
timebank-rule-proposals = { $count ->
    [one] Une proposition attend { $count } heure la réponse de l’autre membre.
   *[other] Une proposition attend { $count } heures la réponse de l’autre membre.
}
timebank-rule-corrections = Les minutes ne bougent que si les deux membres sont d’accord. La commune corrige une erreur par une nouvelle écriture, jamais en modifiant l’ancienne.
timebank-accept = J’accepte les règles de la banque de temps
timebank-join = Rejoindre
timebank-error-accept = Cochez la case pour accepter les règles.
timebank-joined = Bienvenue à la banque de temps.
timebank-proposed = Votre proposition est envoyée. Les minutes bougeront quand l’autre membre la confirmera.
timebank-confirmed = Confirmé. Les minutes ont été transférées.
timebank-declined = Refusé. Aucune minute n’a bougé.
timebank-cancelled = La proposition est annulée.
timebank-given = Vos minutes ont été données.
timebank-back = Retour à la banque de temps
timebank-exchange-intro = Indiquez avec qui vous avez échangé et combien de minutes cela a pris. L’autre membre confirme, puis les minutes sont transférées.
timebank-field-with = Avec qui
timebank-choose-member = Choisissez un membre
timebank-field-direction = Qui a rendu le service
timebank-direction-ask = J’ai rendu le service et je demande à être payé
timebank-direction-pay = J’ai reçu le service et je paie
timebank-amount-hint = Des minutes entières, par exemple 90 pour une heure et demie.
timebank-memo-hint = Quelques mots, par exemple « Repassage, deux chemises ».
timebank-choose-category = Choisissez une catégorie
timebank-exchange-send = Envoyer la proposition
timebank-gift-intro = Donnez une partie de vos minutes à un autre membre, par exemple à quelqu’un qui a besoin d’aide et a peu de minutes.
timebank-your-balance = { $count ->
    [one] Votre solde : { $count } minute.
   *[other] Votre solde : { $count } minutes.
}
timebank-field-to = À qui
timebank-field-gift-memo = Un mot pour la personne
timebank-gift-send = Donner
timebank-statement-csv = Télécharger le relevé (CSV)
timebank-statement-empty = Rien pour l’instant.
timebank-csv-date = Date
timebank-csv-kind = Type
timebank-csv-with = Avec
timebank-csv-memo = Description
timebank-csv-category = Catégorie
timebank-csv-minutes = Minutes
timebank-csv-balance = Solde
timebank-csv-number = Numéro
timebank-csv-from = De
timebank-csv-to = À
timebank-csv-reverses = Corrige l’écriture
timebank-kind-exchange = Échange
timebank-kind-counter = Échange enregistré au guichet
timebank-kind-gift = Don
timebank-kind-welcome = Crédit de bienvenue
timebank-kind-reversal = Correction
timebank-category-company = Compagnie et visites
timebank-category-shopping = Courses et commissions
timebank-category-transport = Trajets et transport
timebank-category-household = Ménage
timebank-category-repairs = Réparations et bricolage
timebank-category-garden = Jardin
timebank-category-cooking = Cuisine
timebank-category-children = Enfants
timebank-category-animals = Animaux
timebank-category-paperwork = Papiers et courrier
timebank-category-digital = Ordinateur et téléphone
timebank-category-languages = Langues
timebank-category-lessons = Cours et soutien scolaire
timebank-category-health = Santé et bien-être
timebank-category-goods = Objets prêtés ou donnés
timebank-category-other = Autre
timebank-desk-title = Coordination de la banque de temps
timebank-desk-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
timebank-counter-title = Enregistrer un échange au guichet
timebank-ledger-title = Le registre
timebank-ledger-csv = Télécharger le registre (CSV)
timebank-audit-title = Vérification du registre
timebank-audit-sound-tag = Juste
timebank-audit-sound = Chaque solde égale la somme de ses écritures, et tous les soldes ensemble font zéro.
timebank-audit-unsound-tag = Incorrect
timebank-audit-unsound = { $count ->
    [one] Le registre n’est pas équilibré. Les soldes font { $count } minute au lieu de zéro. Prévenez l’exploitant de la plateforme.
   *[other] Le registre n’est pas équilibré. Les soldes font { $count } minutes au lieu de zéro. Prévenez l’exploitant de la plateforme.
}
timebank-activity-title = Activité des douze derniers mois
timebank-chart-exchanges = Échanges par mois
timebank-chart-exchanges-heading = Échanges
timebank-chart-hours = Heures échangées par mois
timebank-chart-hours-heading = Heures
timebank-chart-members = Membres actifs par mois
timebank-chart-members-heading = Membres
timebank-chart-month = Mois
timebank-chart-categories = Catégories les plus échangées
timebank-field-credit-limit = Limite de crédit (minutes sous zéro)
timebank-credit-limit-field-hint = Jusqu’où un membre peut descendre sous zéro, de 0 à 6 000 minutes.
timebank-field-upper-limit = Plafond (minutes)
timebank-upper-limit-field-hint = Laissez vide pour ne fixer aucun plafond.
timebank-field-welcome = Crédit de bienvenue (minutes)
timebank-field-proposal-hours = Durée d’attente d’une proposition (heures)
timebank-rules-save = Enregistrer les règles
timebank-rules-saved = Les règles sont enregistrées. Elles s’appliquent dès maintenant.
timebank-counter-recorded = L’échange est enregistré.
timebank-reversed = L’écriture est corrigée.
timebank-desk-back = Retour à la coordination
timebank-counter-intro = Pour les membres qui ne sont pas en ligne. Enregistrez un échange qu’ils signalent au guichet. Il est marqué comme enregistré par vous.
timebank-field-payee = Qui a rendu le service (est payé)
timebank-field-payer = Qui l’a reçu (paie)
timebank-counter-send = Enregistrer l’échange
timebank-ledger-intro = Toutes les écritures, dans l’ordre. Une erreur se corrige par une écriture inverse et sa raison. Les écritures ne sont jamais modifiées.
timebank-ledger-empty = Aucune écriture pour l’instant.
timebank-transfer-number = Écriture { $number }
timebank-field-reason = Raison de la correction
timebank-reverse = Annuler cette écriture
timebank-reversed-tag = Corrigée
timebank-the-commune = La commune
timebank-former-member = Un ancien membre

# Offers and requests.
timebank-listings-title = Offres et demandes
timebank-listings-see = Voir ce que les membres offrent et demandent
timebank-listings-intro = Services et objets que les membres de toute la commune offrent ou demandent, avec une idée de leur valeur en minutes.
timebank-listing-new-title = Publier une offre ou une demande
timebank-listings-search = Chercher par mots
timebank-listings-show = Afficher
timebank-listings-all = Offres et demandes
timebank-listings-offers = Seulement les offres
timebank-listings-requests = Seulement les demandes
timebank-listings-search-button = Chercher
timebank-listings-none = Rien trouvé.
timebank-listing-offer = Offre
timebank-listing-request = Demande
timebank-listing-close = Fermer (fait ou plus souhaité)
timebank-listing-propose = Enregistrer un échange avec { $name }
timebank-listings-back = Retour aux offres et demandes
timebank-listing-field-kind = Est-ce une offre ou une demande ?
timebank-listing-field-title = Titre
timebank-listing-field-text = Description
timebank-listing-text-hint = Quoi, quand, où. Assez pour qu’un voisin sache s’il peut aider.
timebank-listing-field-minutes = Valeur en minutes (facultatif)
timebank-listing-minutes-hint = Une indication seulement. Les membres s’accordent sur les minutes en enregistrant l’échange.
timebank-listing-publish = Publier
timebank-listing-published = Votre offre ou demande est publiée.
timebank-listing-closed = Elle est fermée et n’est plus affichée.
timebank-error-listing-kind = Choisissez une offre ou une demande.
timebank-error-title-empty = Donnez-lui un titre.
timebank-error-title-long = Un titre peut avoir au plus 120 caractères.
timebank-error-text-empty = Décrivez ce que vous offrez ou demandez.
timebank-error-text-long = Une description peut avoir au plus 2 000 caractères.

# Choosing a member in a large time bank
timebank-member-name-hint = Écrivez son nom, ou une partie du nom.
timebank-member-matches = Membres portant ce nom : choisissez-en un
timebank-error-member-choose = Plusieurs membres portent ce nom. Choisissez-en un ci-dessous.
timebank-error-member-more = Beaucoup de membres portent ce nom. Choisissez-en un ci-dessous, ou écrivez une plus grande partie du nom.
timebank-error-member-named = Aucun membre ne porte ce nom. Vérifiez l’orthographe, ou écrivez une partie du nom.
