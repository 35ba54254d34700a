# A commune's public face and the installation's list of communes.

## Installation and commune home
index-title = Communes on Gemeng
index-intro = Choose your commune.
index-no-communes = No commune has been set up yet.
commune-title = Commune
commune-welcome = Welcome { $article ->
     [the] to the { $commune }
    *[none] to { $commune }
    }
commune-intro = Meet your neighbours, help each other and hear from your commune.
commune-join-title = Join your neighbourhood
commune-join-text = Sign up with your address. After we check that you live there, you can see and talk with your neighbours.
commune-your-neighbourhood = You are a member of { $neighbourhood }.
commune-pending-text = We still need to check that you live at your address. Enter the code from the commune's letter or from a neighbour.
commune-neighbourhoods-title = Neighbourhoods
commune-no-neighbourhoods = The commune has not set up its neighbourhoods yet.
commune-erased = Your account and everything Gemeng kept about you have been erased.
## The commune's identity
identity-title = The commune’s identity
identity-intro = How the commune appears on Gemeng’s pages and on the residence letters.
identity-names = The commune’s name in each language
identity-names-hint = Leave a language empty to show the official name: { $name }.
identity-town-hall = Town hall
identity-postal-address = Postal address
identity-lines-hint = One item per line.
identity-letters = Residence letters
identity-signatory = Signed by
identity-signatory-hint = A name and a title, one per line. For example: Lydie Polfer, Mayor.
identity-save = Save
identity-saved = The commune’s identity is saved.
identity-error-name = A name can have at most 80 characters, without invisible characters.
identity-error-lines = At most a few short lines of 80 characters each, without invisible characters.
identity-error-phone = A phone number can have at most 40 characters.
identity-look = Look
identity-colour = Colour of the header
identity-colour-hint = Written as #rrggbb, for example #a4162b. White text must be readable on it: a colour too light is refused.
error-colour-format = Write the colour as # and six letters or digits, for example #a4162b.
error-colour-contrast = White text is hard to read on this colour. Choose a darker one.

## The commune's name in a sentence, and its coat of arms
identity-article = Article before the name
identity-article-none = No article
identity-article-hint = Some names take an article ("the City of Luxembourg", "la Ville de Luxembourg"). Gemeng then writes "to the City of Luxembourg", "à la Ville de Luxembourg".
identity-error-article = Choose one of the articles offered.
identity-arms = Coat of arms
identity-arms-current = The commune’s coat of arms now
identity-arms-file = Picture of the coat of arms
identity-arms-hint = A PNG or JPEG file of at most 8 MB. It is shown beside the commune’s name and on the letters, at most 192 pixels high.
identity-arms-upload = Upload
identity-arms-remove = Remove the coat of arms
identity-arms-saved = The coat of arms is saved.
identity-arms-removed = The coat of arms is removed.
identity-video-room = The commune's video room
identity-video-room-hint = The https:// address of the room where the commune holds activities online (a Jitsi or BigBlueButton room, for example). Organisers then choose it with one tick instead of typing a link.
identity-error-video-room = Write the room's whole address, starting with https://.
