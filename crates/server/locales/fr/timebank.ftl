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
