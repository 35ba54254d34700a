# Consultations : sondages et enquêtes de la commune, réponses et résultats.

consultation-nav = Consultations
consultation-list-title = Consultations
consultation-list-intro = La commune vous demande votre avis. Répondez aux consultations pour votre quartier et pour toute la commune.
consultation-list-none = Aucune consultation ne vous concerne pour le moment.
consultation-answer-title = Consultation
consultation-back = Toutes les consultations
consultation-back-to-it = Retour à la consultation
consultation-closes-on = Ouverte jusqu’au : { $date }
consultation-opens-on = Ouverture : { $date }
consultation-state-draft = Brouillon
consultation-state-scheduled = Pas encore ouverte
consultation-state-open = Ouverte
consultation-state-closed = Close
consultation-you-answered = Vous avez répondu
consultation-other-languages = Aussi en :
consultation-see-results = Voir les résultats
consultation-anonymous-note = Vos réponses sont anonymes : personne, pas même la commune, ne peut savoir lesquelles sont les vôtres. Une fois envoyées, elles ne peuvent plus être modifiées.
consultation-named-note = Vos réponses portent votre nom. Vous pouvez les modifier jusqu’à la clôture de la consultation.
consultation-answer-final = Merci. Les réponses anonymes ne peuvent pas être modifiées.
consultation-answer-changeable = Vous pouvez modifier vos réponses jusqu’à la clôture de la consultation.
consultation-not-answerable = Cette consultation ne reçoit pas de réponses en ce moment.
consultation-problems = { $count ->
    [one] Une question demande votre attention.
   *[other] { $count } questions demandent votre attention.
}
consultation-send-answers = Envoyer mes réponses
consultation-change-answers = Modifier mes réponses
consultation-answered = Merci, vos réponses sont enregistrées.
consultation-optional = (facultatif)
consultation-other = Autre
consultation-other-text = Autre, avec vos mots
consultation-yes = Oui
consultation-no = Non
consultation-your-answer = Votre réponse
consultation-rating-low = Valeur la plus basse : { $label }
consultation-rating-high = Valeur la plus haute : { $label }
consultation-rating-end = { $value } – { $label }
consultation-rank-place = { $place ->
    [one] Première place
   *[other] Place { $place }
}
consultation-hint-at-most = { $count ->
    [one] Choisissez-en une.
   *[other] Choisissez-en jusqu’à { $count }.
}
consultation-hint-exactly = { $count ->
    [one] Choisissez-en une.
   *[other] Choisissez-en { $count }.
}
consultation-hint-between = Choisissez-en au moins { $min } et au plus { $max }.
consultation-hint-rank = { $count ->
    [one] Choisissez votre premier choix.
   *[other] Classez { $count } choix dans votre ordre de préférence, chacun une fois.
}
consultation-hint-characters = { $count } caractères au plus.

consultation-answer-unknown-question = Ce formulaire n’est plus à jour (la question { $question } n’existe pas). Veuillez recharger la page.
consultation-answer-twice = Cette question a reçu deux réponses.
consultation-answer-wrong-kind = Cette réponse ne correspond pas à la question.
consultation-answer-missing = Veuillez répondre à cette question.
consultation-answer-unknown-choice = Veuillez choisir parmi les réponses proposées.
consultation-answer-chosen-twice = Chaque choix compte une fois.
consultation-answer-too-few = Choisissez-en au moins { $min }.
consultation-answer-too-many = Choisissez-en au plus { $max }.
consultation-answer-no-other = Cette question n’a pas de champ « autre ».
consultation-answer-other-too-long = Écrivez { $max } caractères au plus.
consultation-answer-off-scale = Choisissez une valeur de l’échelle.
consultation-answer-ranking-length = Classez { $count } choix, chacun une fois.
consultation-answer-text-too-long = Écrivez { $max } caractères au plus.
consultation-refused-not-open = Cette consultation n’est pas encore ouverte.
consultation-refused-closed = Cette consultation est close : ses résultats ne changent plus.
consultation-refused-final = Vous avez déjà répondu, et les réponses anonymes ne peuvent pas être modifiées.
consultation-error-form = Ce formulaire n’appartient pas à cette consultation. Veuillez recharger la page.

consultation-staff-title = Consultations de la commune
consultation-staff-intro = Demandez leur avis aux résidents : un sondage d’une question ou une enquête de plusieurs, anonyme ou nominative, pour toute la commune ou certains quartiers.
consultation-staff-none = Aucune consultation pour l’instant.
consultation-staff-back = Toutes les consultations de la commune
consultation-new-title = Nouvelle consultation
consultation-edit-title = Brouillon de consultation
consultation-show-title = Consultation
consultation-saved = Le brouillon est enregistré.
consultation-published = La consultation est publiée. Les résidents la voient à partir de son premier jour.
consultation-publish = Publier
consultation-publish-note = Vérifiez l’aperçu ci-dessous. Une fois publiée, la consultation ne peut plus être modifiée.
consultation-save = Enregistrer le brouillon
consultation-preview = Aperçu
consultation-field-text = Titre et questions
consultation-field-opens = Premier jour
consultation-field-closes = Dernier jour
consultation-field-audience = Personnes consultées
consultation-field-anonymous = Anonymat
consultation-field-results-shown = Résultats pour les résidents
consultation-field-state = État
consultation-field-answers = Réponses
consultation-audience-commune = Toute la commune
consultation-audience-neighbourhoods = Seulement les quartiers cochés ci-dessous
consultation-anonymous-label = Réponses anonymes : enregistrées sans le nom du résident, et définitives une fois envoyées
consultation-anonymous = Anonyme
consultation-named = Nominative, modifiable jusqu’à la clôture
consultation-results-shown-while-open = Affichés au fil des réponses, et après la clôture
consultation-results-shown-after-closing = Affichés une fois la consultation close
consultation-results-shown-never = Pas affichés aux résidents
consultation-error-date = Saisissez une date, par exemple 2026-12-01.
consultation-error-audience = Choisissez toute la commune, ou des quartiers de la commune.
consultation-error-results-shown = Choisissez quand les résidents voient les résultats.
consultation-error-published = Cette consultation est publiée et ne peut plus être modifiée.
consultation-error-closed-already = Cette consultation se termine dans le passé : changez son dernier jour avant de la publier.

consultation-text-help-title = Comment écrire les questions
consultation-text-help-blocks = Chaque partie commence par une ligne contenant un mot-clé : title (titre), section, question, choice (choix), ou low et high pour les deux extrémités d’une échelle.
consultation-text-help-languages = Les lignes suivantes donnent son texte, une ligne par langue, commençant par le code de la langue et deux-points : lb, de, fr, en, pt. Écrivez chaque partie dans les mêmes langues.
consultation-text-help-types = Après le mot-clé question vient son type :
consultation-text-type-single = une réponse parmi les choix qui suivent ;
consultation-text-type-multiple = plusieurs réponses, 3 au plus ici (min=2 en demande au moins 2) ;
consultation-text-type-yesno = oui ou non ;
consultation-text-type-rating = une note de 1 à 5, avec le texte de ses deux extrémités après low et high ;
consultation-text-type-ranking = les choix dans l’ordre de préférence (top=3 : les trois premiers seulement) ;
consultation-text-type-text = un texte libre, 500 caractères au plus ici.
consultation-text-options = ajoutent un champ « autre » à une question à choix, ou permettent de ne pas répondre à une question.
consultation-text-line = Ligne { $line } : { $message }
consultation-text-too-long = Le texte est trop long.
consultation-text-no-type = Indiquez le type de question (single, multiple, yesno, rating, ranking ou text).
consultation-text-unknown-type = Type de question inconnu : utilisez single, multiple, yesno, rating, ranking ou text.
consultation-text-bad-option = Cette option ne convient pas à ce type de question.
consultation-text-language-twice = Cette partie a déjà une version dans cette langue.
consultation-text-wording-nowhere = Texte sans partie : commencez par title, section, question ou choice.
consultation-text-choice-nowhere = Un choix se place sous une question de type single, multiple ou ranking.
consultation-text-end-nowhere = low et high se placent sous une question de type rating.
consultation-text-title-twice = La consultation a un seul titre.
consultation-text-unknown-line = Ligne inconnue : commencez-la par un mot-clé, ou par un code de langue suivi de deux-points.

consultation-place-title = Titre
consultation-place-section = Section { $section }
consultation-place-question = Question { $question }
consultation-place-choice = Question { $question }, choix { $choice }
consultation-place-low = Question { $question }, valeur basse
consultation-place-high = Question { $question }, valeur haute
consultation-problem-no-language = Écrivez le titre et les questions dans au moins une langue.
consultation-problem-missing-version = { $place } : il manque la version en { $language }.
consultation-problem-blank = { $place } : la version en { $language } est vide.
consultation-problem-too-long = { $place } : la version en { $language } dépasse { $max } caractères.
consultation-problem-no-question = Posez au moins une question.
consultation-problem-too-many-questions = Une enquête pose { $max } questions au plus.
consultation-problem-empty-section = La section { $section } n’a aucune question.
consultation-problem-duplicate-question = Deux questions portent le numéro { $question }.
consultation-problem-too-few-choices = La question { $question } demande au moins deux choix.
consultation-problem-too-many-choices = La question { $question } propose trop de choix (maximum : { $max }).
consultation-problem-duplicate-choice = La question { $question } a deux choix portant le numéro { $choice }.
consultation-problem-answer-count = Question { $question } : le nombre de réponses demandé ne convient pas à ses choix.
consultation-problem-ranking-top = Question { $question } : elle ne peut pas classer plus de places qu’elle n’a de choix.
consultation-problem-scale = Question { $question } : une échelle va d’une valeur basse à une plus haute, 10 au plus.
consultation-problem-free-text = Question { $question } : une réponse peut compter de 1 à 2 000 caractères.
consultation-problem-closing = Le dernier jour ne peut pas précéder le premier.
consultation-problem-no-neighbourhood = Cochez au moins un quartier.

consultation-results-title = Résultats
consultation-results-everyone = Tout le monde
consultation-results-groups = Résultats par quartier
consultation-respondents = { $count ->
    [one] Une personne a répondu.
   *[other] { $count } personnes ont répondu.
}
consultation-results-answered = { $count ->
    [one] Une réponse à cette question.
   *[other] { $count } réponses à cette question.
}
consultation-results-too-few = Trop peu de personnes ont répondu ici pour que leurs réponses anonymes soient montrées.
consultation-results-choice = Réponse
consultation-results-answers = Personnes
consultation-results-points = Points
consultation-results-points-first = { $points } points, { $first } fois en tête
consultation-results-mean = Moyenne : { $mean } (échelle : { $low } – { $high })
consultation-csv = Télécharger les réponses (CSV)
consultation-csv-resident = Résident
consultation-csv-neighbourhood = Quartier
consultation-csv-day = Jour

consultation-code-unknown-question = Une réponse nomme une question que cette consultation ne pose pas.
consultation-code-count = Trop peu ou trop de choix pour une question.
consultation-code-length = Une réponse est trop longue.
consultation-code-ranking = Un classement ne classe pas le nombre de choix demandé, chacun une fois.
consultation-code-wording = Un texte manque, est vide ou trop long dans une des langues de la consultation.
consultation-code-questions = Les questions ne sont pas numérotées ou groupées comme une consultation le permet.
consultation-code-choices = Une question propose moins de deux choix, trop de choix, ou deux choix portant le même numéro.
consultation-code-limits = Les limites d’une question ne lui conviennent pas (réponses demandées, places classées, échelle ou longueur).
consultation-code-definition = Ce n’est pas une consultation telle que l’API la décrit (kind, title, sections, opens_at, closes_at, anonymous, audience, results_shown).
consultation-code-answer = Une réponse n’est pas écrite comme l’API la décrit (question et response).
