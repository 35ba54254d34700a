# What every page shares: the site, navigation, reader preferences, errors and common fields.

# Gemeng — français. Langage simple : phrases courtes, mots de tous les jours.
# Chaque message ici doit aussi exister en en, lb, de et pt (un test le vérifie).
site-name = Gemeng
language-name = Français
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-commune = Commune
nav-neighbourhood = Mon quartier
nav-staff = Administration
nav-account = Mon compte
nav-login = Se connecter
nav-logout = Se déconnecter
nav-signup = S’inscrire
language-label = Langue
language-apply = Changer
display-large-text = Texte plus grand
display-high-contrast = Contraste élevé
footer-text = Gemeng relie la commune et les voisins. Votre adresse exacte n’est jamais montrée aux autres.
field-display-name = Votre nom
field-display-name-hint = C’est le nom que vos voisins verront. Un prénom suffit.
field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-password-hint = Au moins 8 caractères. Une phrase dont vous vous souvenez est un bon mot de passe.
field-language = Langue des e-mails et des pages
field-code = Code
field-code-hint = 12 lettres et chiffres, par exemple ACDE-FGHJ-KMNP. Les espaces et les minuscules ne posent pas de problème.
## Messages de validation
error-control-characters = Ce texte contient des caractères invisibles, souvent venus d’un copier-coller. Veuillez le taper à nouveau.
error-email-required = Entrez votre adresse e-mail.
error-email-invalid = Entrez une adresse e-mail comme name@example.lu.
error-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou demandez un nouveau mot de passe.
error-password-too-short = Le mot de passe doit avoir au moins 8 caractères.
error-password-too-long = Le mot de passe peut avoir au maximum 256 caractères.
error-password-common = Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.
error-password-context = Le mot de passe ne doit pas être votre nom ni votre adresse e-mail.
error-name-too-short = Votre nom doit avoir au moins 2 caractères.
error-name-too-long = Votre nom peut avoir au maximum 60 caractères.
error-guidelines-required = Veuillez accepter les règles pour participer.
error-address-required = Choisissez votre adresse dans la liste.
error-address-unknown = Cette adresse n’est pas dans le registre de la commune.
error-address-outside = Cette adresse n’est dans aucun quartier de la commune. Veuillez contacter la commune.
error-query-too-long = Le texte de recherche peut avoir au plus 120 caractères.
error-language-unknown = Cette langue n’est pas disponible.
## Pages d’erreur
error-back-home = Retour à la page d’accueil
error-not-found-title = Page introuvable
error-not-found-detail = Cette page n’existe pas, ou vous n’avez pas le droit de la voir.
error-login-title = Veuillez vous connecter
error-login-detail = Vous devez vous connecter pour voir cette page.
error-email-first-title = Confirmez d’abord votre adresse e-mail
error-email-first-detail = Lors de votre inscription, nous vous avons envoyé un e-mail avec un lien. Appuyez d’abord sur ce lien ; ensuite vous pourrez saisir ici le code de la lettre ou d’un voisin. Pas d’e-mail ? Votre page de compte peut vous en envoyer un nouveau.
error-verification-title = Nous devons encore vérifier que vous habitez ici
error-verification-detail = Cette page est réservée aux habitants dont l’adresse est vérifiée. Saisissez sur votre page de compte le code de la lettre de la commune ou d’un voisin.
error-forbidden-title = Pas autorisé
error-forbidden-detail = Vous n’avez pas le droit d’ouvrir cette page.
error-bad-request-title = Cela n’a pas fonctionné
error-form-malformed = Le formulaire n’a pas été bien envoyé. Veuillez revenir en arrière et réessayer.
error-form-too-large = Le fichier ou le texte est trop grand.
error-json-malformed = Le contenu de la demande n’est pas le JSON attendu.
error-csrf = Cette page est restée ouverte trop longtemps. Rechargez-la et remplissez à nouveau le formulaire.
error-method-not-allowed = Cette page ne peut pas faire cela. Veuillez revenir en arrière et réessayer.
error-unsupported-media-type = Ce type de contenu n’est pas accepté ici.
error-invalid-title = Certains champs ne sont pas valides
error-invalid-detail = Veuillez corriger les champs indiqués.
error-conflict-title = Ce n’est pas possible pour le moment
error-rate-limit-title = Trop de tentatives
error-rate-limit-detail = Veuillez attendre quelques minutes, puis réessayer.
error-busy-title = Veuillez réessayer dans un instant
error-busy-detail = Beaucoup de personnes se connectent en ce moment. Attendez quelques secondes, revenez en arrière et renvoyez le formulaire.
error-internal-title = Un problème est survenu de notre côté
error-internal-detail = Veuillez réessayer dans un instant. Si cela se reproduit, contactez la commune.
error-timeout = Cela a pris trop de temps. Veuillez réessayer.
## E-mails
mail-signature = Gemeng, la plateforme des voisins de votre commune
## Caractères invisibles, adresses e-mail et contrôle des cartes
error-name-invisible = Votre nom contient des caractères invisibles ou qui inversent le sens du texte. Écrivez-le uniquement avec des lettres visibles.
error-email-ascii = Une adresse e-mail ne peut contenir que des lettres latines sans accents ni cédille, des chiffres et . _ - + (comme name@example.lu).
list-next-page = Page suivante
error-page-size = Demandez de 1 à 200 éléments à la fois.
## The name on the letterbox
field-full-name = Votre nom complet
field-full-name-hint = Comme sur votre boîte aux lettres. Seule la commune le voit : il figure sur la lettre que nous vous envoyons.
field-address-extra = Appartement ou étage (facultatif)
field-address-extra-hint = Par exemple : 2e étage, appartement 4. Pour que la lettre vous parvienne.
error-full-name-too-short = Votre nom complet doit avoir au moins 2 caractères.
error-full-name-too-long = Votre nom complet peut avoir au plus 120 caractères.
error-address-extra-too-long = Ce champ peut avoir au plus 60 caractères.

## Images envoyées
image-error-no-file = Choisissez une image à envoyer.
image-error-not-image = Ce fichier n’est pas une image que Gemeng sait lire : utilisez un fichier PNG ou JPEG.
image-error-unreadable = Cette image est abîmée ou incomplète : essayez un autre fichier.
image-error-too-large = Cette image est trop grande : 8 000 pixels de côté au plus.
image-error-busy = Beaucoup d’images sont envoyées en ce moment. Réessayez dans une minute.

## Where the commune's desk is
desk-title = Le guichet de la commune
desk-address = Adresse
nav-timebank = Banque de temps
nav-messages = Messages
nav-messages-unread = { $count ->
    [one] message non lu
   *[other] messages non lus
}
footer-guidelines = Règles de la communauté

nav-organised = Nos activités
