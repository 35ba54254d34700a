# A commune's public face and the installation's list of communes.

## Installation und Startseite der Gemeinde
index-title = Gemeinden auf Gemeng
index-intro = Wählen Sie Ihre Gemeinde.
index-no-communes = Es gibt noch keine Gemeinde.
commune-title = Gemeinde
commune-welcome = Willkommen { $article ->
     [der] im { $commune }
     [die] in der { $commune }
     [das] im { $commune }
     [die-plural] in den { $commune }
    *[none] in { $commune }
    }
commune-intro = Lernen Sie Ihre Nachbarn kennen, helfen Sie sich gegenseitig und hören Sie Neues von Ihrer Gemeinde.
commune-join-title = Machen Sie in Ihrem Viertel mit
commune-join-text = Registrieren Sie sich mit Ihrer Adresse. Wir prüfen, ob Sie dort wohnen. Danach können Sie Ihre Nachbarn sehen und mit ihnen sprechen.
commune-your-neighbourhood = Sie gehören zum Viertel { $neighbourhood }.
commune-pending-text = Wir müssen noch prüfen, ob Sie an Ihrer Adresse wohnen. Geben Sie den Code aus dem Brief der Gemeinde oder von einem Nachbarn ein.
commune-neighbourhoods-title = Viertel
commune-no-neighbourhoods = Die Gemeinde hat ihre Viertel noch nicht eingerichtet.
commune-erased = Ihr Konto und alles, was Gemeng über Sie gespeichert hatte, wurden gelöscht.
## The commune's identity
identity-title = Das Erscheinungsbild der Gemeinde
identity-intro = Wie die Gemeinde auf den Seiten von Gemeng und auf den Briefen zum Wohnsitznachweis erscheint.
identity-names = Der Name der Gemeinde in jeder Sprache
identity-names-hint = Lassen Sie eine Sprache leer, um den offiziellen Namen zu zeigen: { $name }.
identity-town-hall = Rathaus
identity-postal-address = Postanschrift
identity-lines-hint = Eine Angabe pro Zeile.
identity-letters = Briefe zum Wohnsitznachweis
identity-signatory = Unterschrieben von
identity-signatory-hint = Ein Name und eine Funktion, je eine Zeile. Zum Beispiel: Lydie Polfer, Bürgermeisterin.
identity-save = Speichern
identity-saved = Das Erscheinungsbild der Gemeinde ist gespeichert.
identity-error-name = Ein Name darf höchstens 80 Zeichen haben, ohne unsichtbare Zeichen.
identity-error-lines = Höchstens einige kurze Zeilen mit je 80 Zeichen, ohne unsichtbare Zeichen.
identity-error-phone = Eine Telefonnummer darf höchstens 40 Zeichen haben.
identity-look = Aussehen
identity-colour = Farbe der Kopfzeile
identity-colour-hint = Geschrieben als #rrggbb, zum Beispiel #a4162b. Weiße Schrift muss darauf lesbar sein: Eine zu helle Farbe wird abgelehnt.
error-colour-format = Schreiben Sie die Farbe mit # und sechs Buchstaben oder Ziffern, zum Beispiel #a4162b.
error-colour-contrast = Weiße Schrift ist auf dieser Farbe schwer zu lesen. Wählen Sie eine dunklere.

## Der Name der Gemeinde im Satz, und ihr Wappen
identity-article = Artikel vor dem Namen
identity-article-none = Kein Artikel
identity-article-hint = Manche Namen haben einen Artikel („die Stadt Luxemburg“, „la Ville de Luxembourg“). Gemeng schreibt dann „in der Stadt Luxemburg“, „à la Ville de Luxembourg“.
identity-error-article = Wählen Sie einen der angebotenen Artikel.
identity-arms = Wappen
identity-arms-current = Das aktuelle Wappen der Gemeinde
identity-arms-file = Bild des Wappens
identity-arms-hint = Eine PNG- oder JPEG-Datei mit höchstens 8 MB. Es erscheint neben dem Namen der Gemeinde und auf den Briefen, höchstens 192 Pixel hoch.
identity-arms-upload = Hochladen
identity-arms-remove = Wappen entfernen
identity-arms-saved = Das Wappen ist gespeichert.
identity-arms-removed = Das Wappen ist entfernt.
identity-video-room = Der Videoraum der Gemeinde
identity-video-room-hint = Die https://-Adresse des Raums, in dem die Gemeinde Aktivitäten online abhält (zum Beispiel ein Jitsi- oder BigBlueButton-Raum). Organisierende wählen ihn dann mit einem Häkchen, statt einen Link einzutippen.
identity-error-video-room = Schreiben Sie die ganze Adresse des Raums, beginnend mit https://.
