# Pratique des langues : profils de langues et tandems.

profile-title = Mes langues
profile-intro = Indiquez les langues que vous parlez et celles que vous aimeriez pratiquer. La commune vous propose alors un partenaire de tandem : quelqu’un qui vous aide dans une langue que vous apprenez, pendant que vous l’aidez dans une langue que vous parlez bien.
profile-form-title = Mon profil de langues
profile-languages-hint = Pour chaque langue que vous parlez, choisissez votre niveau. Cochez ce que vous voulez pratiquer (jusqu’à B2) et ce dans quoi vous pouvez aider (à partir de B2).
profile-field-level = Mon niveau
profile-level-none = Je ne la parle pas
profile-level-a1 = A1 (débutant)
profile-level-a2 = A2 (élémentaire)
profile-level-b1 = B1 (intermédiaire)
profile-level-b2 = B2 (intermédiaire avancé)
profile-level-c1 = C1 (avancé)
profile-level-c2 = C2 (maîtrise)
profile-level-native = Langue maternelle
profile-field-learns = Je veux la pratiquer
profile-field-offers = Je peux aider dans cette langue
profile-field-availability = Quand je peux me rencontrer
profile-part-morning = Matin
profile-part-afternoon = Après-midi
profile-part-evening = Soir
profile-field-intergenerational = J’accueille volontiers un partenaire d’une autre génération
profile-field-birth-year = Année de naissance (facultative)
profile-birth-year-hint = Seulement pour proposer des partenaires d’une autre génération, si vous le souhaitez. Personne d’autre ne la voit.
profile-save = Enregistrer mon profil
profile-saved = Votre profil de langues est enregistré.
profile-language-lb = Luxembourgeois
profile-language-de = Allemand
profile-language-fr = Français
profile-language-en = Anglais
profile-language-pt = Portugais
profile-error-no-language = Choisissez un niveau pour au moins une langue.
profile-error-twice = Chaque langue une seule fois, s’il vous plaît.
profile-error-level-missing = Choisissez votre niveau dans cette langue : on commence au niveau A1.
profile-error-offer-level = Pour aider dans une langue, il faut au moins le niveau B2.
profile-error-learn-level = Au-delà de B2, il reste peu à pratiquer : cochez plutôt que vous pouvez aider dans cette langue.
profile-error-learns-and-offers = Pratiquez cette langue ou aidez dans cette langue, pas les deux.
profile-error-availability = Choisissez au moins un moment de la semaine.
profile-error-birth-year = Indiquez une année de naissance, par exemple 1954, ou laissez vide.
profile-error-language-unknown = Choisissez parmi le luxembourgeois, l’allemand, le français, l’anglais et le portugais.
profile-error-level = Choisissez un niveau de A1 à C2, ou langue maternelle.
tandems-title = Mes tandems
tandem-state-proposed = Proposé
tandem-state-waiting = En attente de votre partenaire
tandem-state-agreed = Accepté des deux côtés
tandem-state-closed = Terminé
tandem-you-learn = Vous pratiquez
tandem-you-help = Vous aidez en
tandem-partner = Votre partenaire
tandem-contact-hint = Vous verrez le nom et l’adresse e-mail l’un de l’autre quand vous aurez accepté tous les deux.
tandem-accept = Accepter
tandem-decline = Non merci
tandem-end = Arrêter le tandem
tandem-accepted = Merci. Quand votre partenaire aura accepté aussi, vous recevrez chacun le contact de l’autre par e-mail.
tandem-closed = Le tandem est terminé.
tandem-error-closed = Ce tandem a été refusé ou arrêté.
tandems-staff-title = Tandems
tandems-staff-intro = Proposez des tandems à chaque membre qui a un profil de langues et pas encore de tandem. La proposition cherche les meilleures paires pour tout le monde ensemble ; les deux membres acceptent avant de voir le contact de l’autre.
tandems-staff-profiles = Profils de langues
tandems-staff-open = Tandems proposés ou en cours
tandems-staff-agreed = Tandems acceptés
tandems-propose = Proposer des tandems maintenant
tandems-proposed = { $count ->
    [0] Aucune nouvelle paire n’a été trouvée.
    [one] Une nouvelle paire a été proposée.
   *[other] Nouvelles paires proposées : { $count }
}
mail-tandem-proposed-subject = Un partenaire de tandem : { $language }
mail-tandem-proposed-body =
    La commune vous propose un partenaire de tandem : quelqu’un qui vous aide à pratiquer cette langue, pendant que vous l’aidez dans une langue que vous parlez bien.

    Langue : { $language }

    Si vous souhaitez vous rencontrer, acceptez la proposition. Vous recevrez le contact de votre partenaire quand vous aurez accepté tous les deux : { $link }
mail-tandem-agreed-subject = Votre partenaire de tandem : { $name }
mail-tandem-agreed-body =
    Vous avez accepté le tandem tous les deux. Voici comment joindre votre partenaire.

    Nom : { $name }
    E-mail : { $email }
    Langue que vous pratiquez : { $language }

    Convenez ensemble du lieu et de l’heure. Pour arrêter le tandem : { $link }
data-language-profile = Votre profil de langues
data-language-profile-languages = Les langues de votre profil
data-tandems = Les tandems qui vous ont été proposés
data-tandems-closed = Les tandems que vous avez terminés
data-field-availability = Quand vous pouvez vous rencontrer
data-field-welcomes-intergenerational = Accueille une autre génération (1 oui, 0 non)
data-field-birth-year = Année de naissance
data-field-updated-at = Modifié le
data-field-level = Niveau
data-field-learns = La pratique (1 oui, 0 non)
data-field-offers = Aide dans cette langue (1 oui, 0 non)
data-field-first-teaches = Le premier partenaire aide en
data-field-second-teaches = Le second partenaire aide en
data-field-proposed-at = Proposé le
data-field-first-accepted-at = Accepté le
data-field-second-accepted-at = Accepté le
tandems-link = Mes langues et mes tandems
coaching-title = Coaching
coaching-intro = Un coach est un voisin qui parle très bien une langue (C1 ou mieux) et vous aide à la pratiquer, en tête-à-tête. Demandez un coach dans une langue que vous apprenez : la commune vous en propose un, et vous acceptez tous les deux avant de voir le nom et l’adresse e-mail de l’autre.
coaching-my-requests = Mes demandes de coach
coaching-as-coach = Les apprenants qui me sont proposés
coaching-language = Langue
coaching-level = Niveau de l’apprenant
coaching-note = Note
coaching-your-coach = Votre coach
coaching-your-learner = Votre apprenant
coaching-contact-hint = Vous verrez le nom et l’adresse e-mail de l’autre quand vous aurez accepté tous les deux.
coaching-accept = Accepter
coaching-decline = Non, merci
coaching-end = Terminer le coaching
coaching-withdraw = Retirer ma demande
coaching-ask-title = Demander un coach
coaching-no-language = Pour demander un coach, cochez d’abord dans votre profil de langues ci-dessus une langue que vous voulez pratiquer, puis enregistrez-le.
coaching-field-language = Langue que je veux pratiquer
coaching-field-note = Une note pour le coach (facultatif)
coaching-note-hint = Ce que vous espérez, par exemple préparer un examen ou parler davantage au travail. 500 caractères au plus.
coaching-ask = Demander un coach
coaching-state-open = En attente d’un coach
coaching-state-proposed = Proposé à vous
coaching-state-waiting = En attente de l’accord de l’autre
coaching-state-matched = Accepté
coaching-state-withdrawn = Retirée
coaching-state-ended = Terminé
coaching-asked = Votre demande est envoyée. La commune vous proposera un coach.
coaching-accepted = Merci. Quand l’autre acceptera aussi, vous recevrez tous les deux le contact de l’autre par e-mail.
coaching-declined = La proposition est refusée. La demande attend un autre coach.
coaching-ended = Le coaching est terminé.
coaching-withdrawn = Votre demande est retirée.
coaching-error-language = Choisissez parmi le luxembourgeois, l’allemand, le français, l’anglais et le portugais.
coaching-error-not-learned = Choisissez une langue que votre profil de langues dit pratiquer (niveaux A1 à B2).
coaching-error-level = Au-delà de B2, un coach n’est pas nécessaire : vous pouvez plutôt aider d’autres personnes dans cette langue.
coaching-error-open-already = Vous avez déjà demandé un coach dans cette langue.
coaching-error-note-long = La note ne doit pas dépasser 500 caractères.
coaching-error-not-open = Cette demande n’attend plus de coach.
coaching-error-not-candidate = Cette personne ne peut pas accompagner cet apprenant maintenant. Choisissez l’un des coachs proposés.
coaching-error-agreed-already = Vous avez déjà accepté tous les deux.
coaching-error-accepted-already = Vous avez déjà accepté. C’est maintenant à l’autre d’accepter.
coaching-error-not-proposed = Aucun coach n’est proposé pour cette demande en ce moment.
coaching-error-not-withdrawable = Cette demande ne peut plus être retirée : terminez plutôt le coaching.
coaching-error-not-agreed = Ce coaching n’est pas en cours.
coaching-staff-title = Coaching
coaching-staff-intro = Des apprenants demandent un coach dans une langue qu’ils pratiquent. Pour chaque demande, les meilleurs candidats viennent en premier : des coachs qui parlent la langue au niveau C1 ou mieux, qui ont le plus de moments de la semaine en commun avec l’apprenant, qui accueillent une autre génération comme l’apprenant, et qui ont le moins de coachings (trois au plus).
coaching-staff-open = Demandes en attente d’un coach
coaching-staff-proposed = Coachs proposés
coaching-staff-matched = Coachings acceptés
coaching-propose-best = Proposer le meilleur coach pour chaque demande
coaching-no-candidate = Personne ne peut accompagner cet apprenant pour le moment.
coaching-candidates = Candidats, les meilleurs d’abord
coaching-candidate-facts = { $slots ->
    [one] Un moment de la semaine en commun
   *[other] Moments de la semaine en commun : { $slots }
}, { $load ->
    [0] aucun coaching pour l’instant
    [one] un coaching déjà
   *[other] coachings en cours : { $load }
}
coaching-candidate-generations = Une autre génération, comme tous deux le souhaitent
coaching-propose = Proposer ce coach
coaching-proposed = { $count ->
    [0] Aucun coach n’a pu être proposé.
    [one] Un coach a été proposé.
   *[other] Coachs proposés : { $count }
}
mail-coaching-proposed-coach-subject = Un apprenant en { $language } pour vous
mail-coaching-proposed-coach-body =
    La commune vous propose comme coach : un voisin aimerait pratiquer la langue suivante avec vous : { $language }.

    Si vous souhaitez l’aider, acceptez la proposition. Vous recevrez le contact de l’apprenant quand vous aurez accepté tous les deux : { $link }
mail-coaching-proposed-learner-subject = Un coach pour { $language }
mail-coaching-proposed-learner-body =
    La commune vous propose un coach pour la langue suivante : { $language }.

    Si vous souhaitez le rencontrer, acceptez la proposition. Vous recevrez le contact de votre coach quand vous aurez accepté tous les deux : { $link }
mail-coaching-matched-learner-subject = Votre coach : { $name }
mail-coaching-matched-learner-body =
    Vous avez accepté le coaching tous les deux. Voici comment joindre votre coach.

    Nom : { $name }
    E-mail : { $email }
    Langue : { $language }

    Convenez ensemble du lieu et de l’heure. Pour terminer le coaching : { $link }
mail-coaching-matched-coach-subject = Votre apprenant : { $name }
mail-coaching-matched-coach-body =
    Vous avez accepté le coaching tous les deux. Voici comment joindre votre apprenant.

    Nom : { $name }
    E-mail : { $email }
    Langue : { $language }

    Convenez ensemble du lieu et de l’heure. Pour terminer le coaching : { $link }
data-coaching-requests = Vos demandes de coach
data-coachings = Les apprenants qui vous ont été proposés comme coach
data-coaching-requests-closed = Les demandes de coaching que vous avez retirées ou terminées
data-coaching-declines = Les apprenants que vous avez refusé d’accompagner
data-field-note = Note
data-field-learner-accepted-at = Accepté le
data-field-coach-accepted-at = Accepté le
data-field-request-id = Demande
data-field-declined-at = Refusé le
mail-coaching-withdrawn-coach-subject = L’accompagnement en { $language } n’est plus demandé
mail-coaching-withdrawn-coach-body =
    La personne que la commune vous avait proposée pour la langue suivante a retiré sa demande : { $language }. Vous n’avez plus rien à faire.

    Merci d’avoir offert votre aide : la commune pourra vous proposer à quelqu’un d’autre. Vos accompagnements : { $link }
mail-coaching-ended-subject = Accompagnement en { $language } terminé
mail-coaching-ended-body =
    { $name } a mis fin à votre accompagnement en { $language }. Merci pour le temps passé ensemble.

    Vous pouvez demander ou proposer un autre accompagnement sur votre page des langues : { $link }
