# Running the installation: the operators' pages and the first admin's e-mail.

operator-title = D'Plattform Gemeng bedreiwen
operator-login-title = Umellen, fir d'Plattform Gemeng ze bedreiwen
operator-login-intro = Fir d'Leit, déi dës Installatioun bedreiwen. Awunner a Gemengepersonal mellen sech op der Säit vun hirer Gemeng un.
operator-communes = Gemengen
operator-no-commune = Et gëtt nach keng Gemeng.
operator-create = Eng Gemeng uleeën
operator-commune-name = Numm vun der Gemeng
operator-commune-slug = Webadress
operator-commune-slug-hint = Kleng Buschtawen, Zifferen a Bindestricher, zum Beispill „hesper“: d'Gemeng ass dann ënner /c/hesper.
operator-commune-language = Haaptsprooch
operator-create-button = D'Gemeng uleeën
operator-error-slug = Nëmme kleng Buschtawen, Zifferen a Bindestricher.
operator-error-slug-taken = Eng aner Gemeng huet dës Webadress schonn.
operator-error-name = De Numm brauch 2 bis 80 Zeechen.
operator-commune-created = D'Gemeng ass ugeluecht. Importéiert hir Kaart an hire Register, an nennt dann hiren éischten Administrateur.
operator-commune-title = Gemeng
operator-admin = En Administrateur nennen
operator-admin-intro = Den Administrateur kritt eng E-Mail mat engem Link, fir e Passwuert ze wielen. De Link gëllt siwen Deeg.
operator-admin-button = Den Administrateur nennen
operator-admin-named = Den Administrateur gouf genannt a kritt eng E-Mail, fir e Passwuert ze wielen.
mail-admin-welcome-subject = Dir sidd Administrateur { $article ->
     [den] vum { $commune }
     [d-feminine] vun der { $commune }
     [d-neuter] vum { $commune }
    *[none] fir { $commune }
    } op der Plattform Gemeng
mail-admin-welcome-body = Moien, { $name },

    Dir sidd elo Administrateur { $article ->
         [den] vum { $commune }
         [d-feminine] vun der { $commune }
         [d-neuter] vum { $commune }
        *[none] fir { $commune }
        } op der Plattform Gemeng. Wielt Äert Passwuert mat dësem Link (e gëllt siwen Deeg):

    { $link }

    Mellt Iech duerno mat Ärer E-Mail-Adress un.
