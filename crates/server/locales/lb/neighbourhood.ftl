# A neighbourhood's members-only page.

## Quartier
neighbourhood-title = Quartier
neighbourhood-members = { $count ->
    [one] Ee verifizéierten Noper
   *[other] { $count } verifizéiert Noperen
}
neighbourhood-neighbours = Noperen
neighbourhood-privacy = D'Nopere gesinn Ären Numm an Är Strooss, mee ni Är Hausnummer.

## Bäiträg an de Fil vum Quartier
feed-title = Lescht Bäiträg
feed-filter = Weisen
feed-filter-current = Weisen: { $kind }
feed-all-kinds = Alles
feed-empty = Nach näischt hei. Maacht den Ufank: Bitt Hëllef un, léint Geschir aus, frot no Hëllef.
feed-error-cursor = Dës Säit vun der Lëscht gëtt et net. Gitt op déi éischt Säit zréck.
post-kind-information = Informatioun
post-kind-offer-service = Ech bidden en Déngscht un
post-kind-request-service = Ech sichen en Déngscht
post-kind-give = Ech verschenken eppes
post-kind-lend = Ech kann eppes ausléinen
post-kind-borrow = Ech géif gär eppes léinen
post-kind-offer-help = Ech bidden Hëllef un
post-kind-request-help = Ech brauch Hëllef
post-audience-neighbourhood = Just mäi Quartier
post-audience-adjacent = Mäi Quartier an d’Nopeschquartieren
post-audience-commune = Déi ganz Gemeng
post-new-button = Bäitrag schreiwen
post-new-title = Neie Bäitrag
post-edit-title = Äre Bäitrag änneren
post-delete-title = Äre Bäitrag läschen
post-title = Bäitrag
post-back-to-feed = Zréck an de Quartier
post-kind-question = Ëm wat geet et an Ärem Bäitrag?
post-field-title = Titel
post-field-title-hint = Eng kuerz Zeil, zum Beispill: Leeder auszeléinen, oder Wie gëtt am August meng Planzen?
post-field-body = Text
post-field-body-hint = Sot wat, wéini a wéi een Iech erreecht. D’Noperen gesinn Ären Numm an Är Strooss, ni Är Hausnummer.
post-audience-question = Wie soll en gesinn?
post-publish = Verëffentlechen
post-save = Späicheren
post-state-done = Erleedegt
post-comment-count = { $count ->
    [0] Nach keng Äntwert
    [one] Eng Äntwert
   *[other] { $count } Äntwerten
}
post-thanks-count = { $count ->
    [one] Ee Merci
   *[other] { $count } Merci
}
post-from-elsewhere = aus engem Nopeschquartier
post-edited-mark = geännert
post-thank = Merci soen
post-mark-done = Als erleedegt markéieren
post-edit = Änneren
post-delete = Läschen
post-delete-question = Dëse Bäitrag läschen? Säin Text gëtt direkt geläscht, a seng Äntwerte kann een net méi liesen.
post-published = Äre Bäitrag ass verëffentlecht.
post-edited = Äre Bäitrag ass geännert.
post-deleted = Äre Bäitrag ass geläscht.
post-thanked = Äre Merci ass ukomm.
post-marked-done = Als erleedegt markéiert: D’Noperen gesinn, datt et gereegelt ass.
post-error-kind = Wielt, ëm wat et an Ärem Bäitrag geet.
post-error-audience = Wielt, wie Äre Bäitrag gesi soll.
post-error-title-empty = Schreift en Titel.
post-error-title-long = Den Titel däerf héchstens 120 Zeechen hunn.
post-error-title-invisible = Den Titel muss siichtbar Buschtawen oder Zeechen hunn.
post-error-body-empty = Schreift en Text.
post-error-body-long = Den Text däerf héchstens 5.000 Zeechen hunn.
post-error-not-done-able = Dëse Bäitrag kann net als erleedegt markéiert ginn.
post-error-no-thanks = Fir dëse Bäitrag kënnt Dir net Merci soen.
comment-field = Är Äntwert
comment-publish = Äntwerten
comment-save = Späicheren
comment-edit = Änneren
comment-delete = Läschen
comment-edit-title = Är Äntwert änneren
comment-delete-title = Är Äntwert läschen
comment-delete-question = Dës Äntwert läschen? Hiren Text gëtt direkt geläscht.
comment-back = Zréck op de Bäitrag
comment-published = Är Äntwert ass verëffentlecht.
comment-edited = Är Äntwert ass geännert.
comment-deleted = Är Äntwert ass geläscht.
comment-error-empty = Schreift eng Äntwert.
comment-error-long = Eng Äntwert däerf héchstens 2.000 Zeechen hunn.
comment-error-closed = Dëse Bäitrag hëlt keng Äntwerte méi un.
delete-confirm = Jo, läschen
delete-keep = Nee, behalen

# Fotoen
post-field-photos = Fotoen (wann Dir wëllt)
post-field-photos-hint = Bis zu 4 Fotoen, JPEG oder PNG, all héchstens 10 MB. Nëmmen Noperen, déi Äre Bäitrag liese kënnen, gesinn se; d’Plaz an d’Kamera, déi eng Foto späichert, ginn ewechgeholl.
post-photos-choose-again = Är Fotoe goufe mam Formulaire net behalen: wielt se wann ech gelift nach eng Kéier.
post-photo-remove = Dës Foto ewechhuelen
post-photo-alt = { $title }, Foto { $number }/{ $total }
post-error-photos-too-many = E Bäitrag kann héchstens 4 Fotoen hunn.
image-error-file-too-large = Eng Foto däerf héchstens 10 MB grouss sinn. Wielt eng méi kleng.

## Am Quartier sichen
search-title = Am Quartier sichen
search-heading = Am Quartier { $neighbourhood } sichen
search-label = Wat sicht Dir?
search-hint = Gitt een oder méi Wierder an. Akzenter a grouss Buschtawe spille keng Roll, a vum leschte Wuert geet den Ufank duer: „Vel“ fënnt och „Velo“.
search-button = Sichen
search-found = { $count ->
    [0] Kee Bäitrag fonnt
    [one] Ee Bäitrag fonnt
   *[other] { $count } Bäiträg fonnt
}
search-none = Kee Bäitrag am Quartier huet all dës Wierder. Probéiert et mat manner oder anere Wierder.
search-crowded = Vill Bäiträg hunn dës Wierder, dofir goufen nëmmen déi neiste duerchsicht. Setzt e Wuert derbäi, fir méi al Bäiträg ze fannen.
search-error-empty = Gitt mindestens ee Wuert an, no deem gesicht gëtt.
search-error-no-words = Gitt mindestens ee Wuert mat Buschtawen oder Zifferen an: Zeechen eleng ginn net gesicht.
search-error-too-long = Eng Sich däerf héchstens 200 Zeechen hunn.
search-error-too-many-words = Eng Sich däerf héchstens 8 verschidde Wierder hunn. Behaalt déi wichtegst.
search-error-page = Dës Säit vun de Resultater gëtt et net. Gitt op déi éischt Säit zréck.
feed-activity-starts = Aktivitéit: { $when }
