# A commune's public face and the installation's list of communes.

## Installation and commune home
index-title = Communes on Gemeng
index-intro = Choose your commune.
index-no-communes = No commune has been set up yet.
commune-title = Commune
commune-welcome = Welcome to { $commune }
commune-intro = Meet your neighbours, help each other and hear from your commune.
commune-join-title = Join your neighbourhood
commune-join-text = Sign up with your address. After we check that you live there, you can see and talk with your neighbours.
commune-your-neighbourhood = You are a member of { $neighbourhood }.
commune-pending-text = We still need to check that you live at your address. Enter the code from the commune's letter or from a neighbour.
commune-neighbourhoods-title = Neighbourhoods
commune-no-neighbourhoods = The commune has not set up its neighbourhoods yet.
commune-erased = Your account and everything Gemeng kept about you have been erased.
