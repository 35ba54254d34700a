# Reegele fir d’Mateneen
community-title = Reegele fir d’Mateneen
community-intro = Op Gemeng hëllefen d’Noperen sech, an d’Gemeng schwätzt mat hiren Awunner. Wien hei schreift, hält sech un dës Reegelen; d’Moderatore blenden aus, wat se verletzt.
community-respect = Frëndlech bleiwen
community-respect-text = Keng Beleidegungen, Dreeungen, kee Spott a keen Haass géint iergendeen wéinst senger Hierkonft, Relioun, Geschlecht, Alter, Behënnerung oder Meenung. Widdersprecht Iddien, ni Mënschen.
community-privacy = Jidderengem seng Privatsphär schützen
community-privacy-text = Deelt keng Adress, Telefonsnummer, Foto oder perséinlech Geschicht vun anere Leit ouni hiert Averständnis. Privat Messagë bleiwe privat.
community-no-trade = Hëllefen, net verkafen
community-no-trade-text = Offeren an Ufroe sinn tëscht Noperen. Keng Reklamm, keng kommerziell Verkeef, keng Kettebréiwer, net ëmmer erëm deeselwechten Text.
community-law = Am Kader vum Gesetz bleiwen
community-law-text = Näischt Verbuedenes: keng Waffen, Drogen oder Medikamenter, keng geklaute Saachen, keen Bedrug.
community-truth = Bei der Wourecht bleiwen
community-truth-text = Gitt richteg Informatiounen a sot, wann eng Offer erleedegt ass, fir datt keen ëmsoss waart.
community-safety = Sécher treffen
community-safety-text = Trefft Iech déi éischte Kéier op enger ëffentlecher Plaz, gitt ni Bankdaten eraus, a mellt, wat Iech Suerge mécht.
community-reports-title = Meldungen a Moderatioun
community-reports-text = Jiddereen kann e Bäitrag, eng Äntwert oder e Message mellen. D’Moderatore vum Quartier an d’Personal vun der Gemeng kucken all Meldung un, blenden aus, wat dës Reegele verletzt, oder loossen et stoen, a ginn ëmmer hire Grond un; deen, deen et geschriwwen huet, kritt et per E-Mail gesot. All Decisioun gëtt festgehalen.

# Privat Messagen
messages-title = Messagen
messages-intro = Privat Gespréicher mat Äre Noperen. Nëmmen Dir zwee kënnt se liesen.
messages-empty = Nach keng Messagen. Dir kënnt engem Noper aus der Lëscht vun den Noperen oder vun engem Bäitrag aus schreiwen.
messages-write-title = Neie Message
messages-to = Un: { $name }
messages-about = Zum Bäitrag: { $title }
messages-field = Äre Message
messages-field-hint = Ären Noper gesäit Ären Numm an dësen Text, ni Är Adress oder Är E-Mail.
messages-send = Schécken
messages-sent = Äre Message ass geschéckt.
messages-back = Zréck bei d’Messagen
messages-thread-title = Gespréich
messages-thread-with = Gespréich mat: { $name }
messages-me = Dir
messages-older = Méi fréi Messagen
messages-reply = Är Äntwert
messages-closed = Dir kënnt an dësem Gespréich net méi schreiwen.
message-error-empty = Schreift e Message.
message-error-long = E Message däerf héchstens 2.000 Zeechen hunn.
message-error-self = Dir kënnt Iech net selwer schreiwen.
message-error-not-member = Nëmme bestätegt Noperen kënne Messagë schécken.
message-error-unreachable = Dir kënnt dëser Persoun net schreiwen.
post-write-to = Schreiwen un: { $name }
neighbours-write = Message schreiwen

# Blockéieren
blocks-title = Blockéiert Persounen
blocks-intro = Wien Dir blockéiert, kann Iech net schreiwen, Dir kënnt him net schreiwen, an Dir gesitt seng Bäiträg an Äntwerten net méi. Déi Persoun kritt et net gesot.
blocks-link = Blockéiert Persounen
blocks-empty = Dir hutt keen blockéiert.
blocks-block-name = Blockéieren: { $name }
blocks-confirm-text = Dir kritt keng Messagë méi vun dëser Persoun a gesitt hir Bäiträg net méi. Dir kënnt dat ëmmer réckgängeg maachen.
blocks-confirm = Jo, blockéieren
blocks-unblock-name = Net méi blockéieren: { $name }
blocks-blocked = Blockéiert. Dir héiert näischt méi vun dëser Persoun.
blocks-unblocked = Net méi blockéiert.
block-error-self = Dir kënnt Iech net selwer blockéieren.
block-error-too-many = Dir hutt déi gréisst méiglech Zuel vu Persoune blockéiert (500).

# E-Mail-Hiweiser
notices-title = E-Mail-Hiweiser
notices-intro = Wielt, wéini Gemeng Iech schreift. All E-Mail huet och e Link, fir se ofzebestellen, ouni Iech anzeloggen.
notices-link = E-Mail-Hiweiser
notices-topic-replies = Äntwerten op meng Bäiträg
notices-topic-messages = Messagë fir mech
notices-topic-timebank = Täusch an der Zäitbank, déi op meng Äntwert waarden, an Äntwerten op meng
notices-topic-announcements = Matdeelunge vun der Gemeng fir mäi Quartier an déi ganz Gemeng
notices-topic-all = all E-Mail-Hiweiser
notices-immediately = Direkt
notices-daily = Eemol den Dag, an enger E-Mail
notices-weekly = Eemol d’Woch, e Méindeg de Moien, an enger E-Mail
notices-never = Ni
notices-save = Späicheren
notices-saved = Är Wiel ass gespäichert.
notices-error-frequency = Wielt, wéi dacks.
notices-unsubscribe-title = E-Mailen ofbestellen
notices-unsubscribe-question = E-Mailen ofbestellen: { $what }?
notices-unsubscribe-button = Jo, dës E-Mailen ofbestellen
notices-unsubscribed = Gemaach, keng E-Maile méi: { $what }.
notices-unsubscribed-more = Dir kënnt ëmmer nei wielen, an Ärem Kont ënner E-Mail-Hiweiser.
notice-footer = Dir kritt dës E-Mail wéinst Ärer Wiel op Gemeng. Änneren: { $settings }
    Mat engem Klick ofbestellen: { $stop }
notice-message-subject = Neie Message: { $name }
notice-message-body = Dir hutt e Message. Vu: { $name }

    { $text }

    Hei äntwerten: { $link }
notice-reply-subject = Nei Äntwert op „{ $title }“
notice-reply-body = Äntwert op Äre Bäitrag „{ $title }“. Vu: { $name }

    { $text }

    Hei liesen an äntwerten: { $link }
notice-digest-subject = Ären Dag op Gemeng: { $count } Neiegkeeten
notice-digest-body = Dat ass zënter gëschter fir Iech geschitt:

    { $items }
notice-digest-message = Message. Vu: { $name }: { $text }
    { $link }
notice-digest-reply = Äntwert op „{ $title }“. Vu: { $name }: { $text }
    { $link }
notice-digest-more = { $count ->
    [one] an nach eng.
   *[other] an nach { $count }.
}

# Meldungen
report-title = Mellen
report-intro = Sot de Moderatoren, wat net stëmmt. Deen, deen et geschriwwen huet, erfiert net, wien et gemellt huet.
report-link = Mellen
report-reason-question = Wat stëmmt net domat?
report-reason-spam = Reklamm oder ëmmer erëm deeselwechten Text
report-reason-abuse = Beleidegungen, Dreeungen oder Belästegung
report-reason-personal-data = Privat Informatiounen iwwer een ouni säin Averständnis
report-reason-illegal = Eppes Verbuedenes oder e Bedrug
report-reason-other = Soss eppes
report-details = Wat sollen d’Moderatoren nach wëssen? (wann Dir wëllt)
report-details-hint = Nëmme néideg fir „Soss eppes“. Héchstens 1.000 Zeechen.
report-send = Meldung schécken
report-sent = Merci. D’Moderatore kucken Är Meldung un.
report-error-reason = Wielt, wat net stëmmt.
report-error-details-empty = Sot, wat net stëmmt.
report-error-details-long = Héchstens 1.000 Zeechen.
report-error-own = Dir kënnt net mellen, wat Dir selwer geschriwwen hutt.

# Moderatioun
moderation-title = Meldungen fir unzekucken
moderation-intro = Bäiträg, Äntwerten a Messagen, déi Noperen gemellt hunn. Blent aus, wat d’Reegele verletzt, loosst de Rescht stoen; deen, deen et geschriwwen huet, kritt Äre Grond gesot.
moderation-empty = Et waarde keng Meldungen.
moderation-item-title = Eppes Gemellt
moderation-item-post = Bäitrag
moderation-item-comment = Äntwert
moderation-item-message = Message
moderation-report-count = { $count ->
    [0] Keng oppe Meldungen
    [one] Eng Meldung
   *[other] { $count } Meldungen
}
moderation-by = Geschriwwen: { $name }
moderation-back = Zréck bei d’Meldungen
moderation-kind = Wat
moderation-author = Geschriwwen
moderation-post = Bäitrag
moderation-state = Elo
moderation-hidden-mark = Ausgeblent
moderation-visible-mark = Siichtbar
moderation-decision-question = Wat decidéiert Dir?
moderation-decision-hide = Ausblenden: et verletzt d’Reegelen
moderation-decision-keep = Stoe loossen: et verletzt se net
moderation-decision-restore = Erëm weisen
moderation-reason = Äre Grond
moderation-reason-hint = Deen, deen et geschriwwen huet, liest en. Nennt d’Reegel, an engem frëndleche Saz.
moderation-decide = Decidéieren
moderation-done-hide = Ausgeblent. Déi Persoun kritt de Grond gesot.
moderation-done-keep = Stoe gelooss. D’Meldunge sinn zou.
moderation-done-restore = Erëm siichtbar. Déi Persoun kritt et gesot.
moderation-error-decision = Wielt, wat Dir decidéiert.
moderation-error-reason-empty = Gitt Äre Grond un: déi Persoun liest en.
moderation-error-reason-long = Héchstens 1.000 Zeechen.
moderation-error-state = Dat huet sech an der Tëschenzäit geännert: kuckt et nach eng Kéier.
moderation-mail-hide-subject = Eppes, wat Dir geschriwwen hutt, gouf ausgeblent
moderation-mail-hide-body = E Moderator huet ausgeblent, wat Dir geschriwwen hutt: „{ $title }“.

    Säi Grond: { $reason }

    D’Reegele fir d’Mateneen: { $guidelines }
    Wann Dir mengt, dat wier en Irrtum, schreift dem Personal vun Ärer Gemeng.
moderation-mail-restore-subject = Wat Dir geschriwwen hutt, ass erëm siichtbar
moderation-mail-restore-body = E Moderator huet erëm siichtbar gemaach, wat Dir geschriwwen hutt: „{ $title }“.

    Säi Grond: { $reason }
nav-moderation = Meldungen

# Protokoll
audit-title = Protokoll
audit-intro = All Decisioun iwwer Persounen an Inhalter: wien se geholl huet, iwwer wien, a firwat.
audit-empty = Nach näischt festgehalen.
audit-system = Gemeng
audit-older = Méi fréi Entréeën

# Time bank notices (the amount is a number of minutes, written out)
notice-timebank-pay-subject = En Tausch waart op Är Äntwert: { $name }
notice-timebank-pay-body = En Tausch an der Zäitbank waart op Är Äntwert. Vu: { $name }

    { $memo }
    Dir bezuelt: { $amount }

    Hei confirméieren oder ofleenen: { $link }
notice-timebank-receive-subject = En Tausch waart op Är Äntwert: { $name }
notice-timebank-receive-body = En Tausch an der Zäitbank waart op Är Äntwert. Vu: { $name }

    { $memo }
    Dir kritt: { $amount }

    Hei confirméieren oder ofleenen: { $link }
notice-timebank-confirmed-subject = Tausch confirméiert: { $memo }
notice-timebank-confirmed-body = Ären Tausch an der Zäitbank ass confirméiert, d’Minutten si gebucht. Confirméiert vu: { $name }

    { $memo }
    Minutten: { $amount }

    Ären Auszuch: { $link }
notice-timebank-declined-subject = Tausch ofgeleent: { $memo }
notice-timebank-declined-body = Ären Tausch an der Zäitbank gouf ofgeleent; et goufe keng Minutte gebucht. Ofgeleent vu: { $name }

    { $memo }

    Är Zäitbank: { $link }
notice-digest-timebank-pay = Tausch ze beäntweren. Vu: { $name }: { $memo }. Dir bezuelt: { $amount }
    { $link }
notice-digest-timebank-receive = Tausch ze beäntweren. Vu: { $name }: { $memo }. Dir kritt: { $amount }
    { $link }
notice-digest-timebank-confirmed = Tausch confirméiert. Vu: { $name }: { $memo }. Minutten: { $amount }
    { $link }
notice-digest-timebank-declined = Tausch ofgeleent. Vu: { $name }: { $memo }
    { $link }
