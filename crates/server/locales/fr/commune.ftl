# A commune's public face and the installation's list of communes.

## Installation et accueil de la commune
index-title = Les communes sur Gemeng
index-intro = Choisissez votre commune.
index-no-communes = Il n’y a encore aucune commune.
commune-title = Commune
commune-welcome = Bienvenue { $article ->
     [le] au { $commune }
     [la] à la { $commune }
     [l] à l’{ $commune }
     [les] aux { $commune }
    *[none] à { $commune }
    }
commune-intro = Rencontrez vos voisins, aidez-vous les uns les autres et recevez les nouvelles de votre commune.
commune-join-title = Rejoignez votre quartier
commune-join-text = Inscrivez-vous avec votre adresse. Nous vérifions que vous habitez là. Ensuite, vous pouvez voir vos voisins et leur parler.
commune-your-neighbourhood = Vous êtes membre du quartier { $neighbourhood }.
commune-pending-text = Nous devons encore vérifier que vous habitez à votre adresse. Entrez le code de la lettre de la commune, ou le code reçu d’un voisin.
commune-neighbourhoods-title = Quartiers
commune-no-neighbourhoods = La commune n’a pas encore créé ses quartiers.
commune-erased = Votre compte et tout ce que Gemeng gardait sur vous ont été supprimés.
## The commune's identity
identity-title = L’identité de la commune
identity-intro = Comment la commune apparaît sur les pages de Gemeng et sur les lettres de résidence.
identity-names = Le nom de la commune dans chaque langue
identity-names-hint = Laissez une langue vide pour montrer le nom officiel : { $name }.
identity-town-hall = Mairie
identity-postal-address = Adresse postale
identity-lines-hint = Un élément par ligne.
identity-letters = Lettres de résidence
identity-signatory = Signé par
identity-signatory-hint = Un nom et une fonction, un par ligne. Par exemple : Lydie Polfer, Bourgmestre.
identity-save = Enregistrer
identity-saved = L’identité de la commune est enregistrée.
identity-error-name = Un nom peut avoir au plus 80 caractères, sans caractères invisibles.
identity-error-lines = Quelques lignes courtes au plus, de 80 caractères chacune, sans caractères invisibles.
identity-error-phone = Un numéro de téléphone peut avoir au plus 40 caractères.
identity-look = Apparence
identity-colour = Couleur de l’en-tête
identity-colour-hint = Écrite sous la forme #rrggbb, par exemple #a4162b. Un texte blanc doit y rester lisible : une couleur trop claire est refusée.
error-colour-format = Écrivez la couleur avec # et six lettres ou chiffres, par exemple #a4162b.
error-colour-contrast = Un texte blanc est difficile à lire sur cette couleur. Choisissez-en une plus foncée.

## Le nom de la commune dans une phrase, et ses armoiries
identity-article = Article devant le nom
identity-article-none = Pas d’article
identity-article-hint = Certains noms prennent un article (« la Ville de Luxembourg », « the City of Luxembourg »). Gemeng écrit alors « à la Ville de Luxembourg », « to the City of Luxembourg ».
identity-error-article = Choisissez un des articles proposés.
identity-arms = Armoiries
identity-arms-current = Les armoiries actuelles de la commune
identity-arms-file = Image des armoiries
identity-arms-hint = Un fichier PNG ou JPEG de 8 Mo au plus. Il s’affiche à côté du nom de la commune et sur les lettres, à 192 pixels de haut au plus.
identity-arms-upload = Envoyer
identity-arms-remove = Retirer les armoiries
identity-arms-saved = Les armoiries sont enregistrées.
identity-arms-removed = Les armoiries sont retirées.
identity-video-room = La salle vidéo de la commune
identity-video-room-hint = L’adresse https:// de la salle où la commune tient ses activités en ligne (une salle Jitsi ou BigBlueButton, par exemple). Les organisateurs la choisissent alors d’une seule coche au lieu de taper un lien.
identity-error-video-room = Écrivez l’adresse complète de la salle, commençant par https://.
