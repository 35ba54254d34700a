# A commune's public face and the installation's list of communes.

## Installation et accueil de la commune
index-title = Les communes sur Gemeng
index-intro = Choisissez votre commune.
index-no-communes = Il n’y a encore aucune commune.
commune-title = Commune
commune-welcome = Bienvenue à { $commune }
commune-intro = Rencontrez vos voisins, aidez-vous les uns les autres et recevez les nouvelles de votre commune.
commune-join-title = Rejoignez votre quartier
commune-join-text = Inscrivez-vous avec votre adresse. Nous vérifions que vous habitez là. Ensuite, vous pouvez voir vos voisins et leur parler.
commune-your-neighbourhood = Vous êtes membre du quartier { $neighbourhood }.
commune-pending-text = Nous devons encore vérifier que vous habitez à votre adresse. Entrez le code de la lettre de la commune, ou le code reçu d’un voisin.
commune-neighbourhoods-title = Quartiers
commune-no-neighbourhoods = La commune n’a pas encore créé ses quartiers.
commune-erased = Votre compte et tout ce que Gemeng gardait sur vous ont été supprimés.
