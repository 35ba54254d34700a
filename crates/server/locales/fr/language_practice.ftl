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
