# D'Servicer vun der Gemeng: Gespréicher vun den Awunner mam Sozialamt, dem Seniorendéngscht, der Integratioun…

services-title = Der Gemeng schreiwen
services-intro = Schreift engem Service vun der Gemeng. Nëmmen Dir an d'Leit vum Service liesen d'Gespréich.
services-none = D'Gemeng huet nach kee Service agedroen.
services-write-to = Schreiwen un: { $name }
services-write-title = Eng nei Noriicht
services-write-hint = Sot mat Ären eegene Wierder, wat Dir braucht. De Service äntwert hei, an Dir kritt dann eng E-Mail.
services-field-service = Service
services-field-subject = Sujet
services-field-body = Är Noriicht
services-field-state = Stand
services-field-resident = Awunner
services-field-assigned = Zoustänneg
services-field-name = Numm
services-field-description = Wobäi en hëlleft
services-send = Schécken
services-mine-title = Är Gespréicher
services-mine-none = Dir hutt nach kengem Service geschriwwen.
services-unread = { $count ->
    [one] 1 nei Äntwert
   *[other] { $count } nei Äntwerten
}
services-back = All d'Gespréicher
services-thread-title = Gespréich
services-author-gone = Eng fréier Mataarbechterin oder e fréiere Mataarbechter
services-answer = Är Äntwert
services-reopen-hint = Dëst Gespréich ass ofgeschloss. Wann Dir nees schreift, gëtt et nees opgemaach.
services-manage-thread = Dëst Gespréich behandelen
services-assign-to = Zoustänneg Kolleegin oder zoustännege Kolleeg
services-assign = Zouweisen
services-assigned-nobody = Keen
services-close = Gespréich ofschléissen
services-queue-title = Noriichte vun den Awunner
services-queue-intro = Noriichte vun den Awunner un d'Servicer vun der Gemeng. Déi, déi am längste waarden, stinn uewen.
services-oldest = Längst Waardezäit
services-all = All d'Servicer
services-mine-only = Nëmmen déi, déi mir zougewise sinn
services-filter = Weisen
services-queue-none = Hei ass kee Gespréich.
services-manage-title = D'Servicer vun der Gemeng
services-manage-intro = D'Awunner wielen ënnert dëse Servicer, wa se schreiwen. Nennt all Service a méiglechst ville Sproochen.
services-archived = Archivéiert
services-rename = Numm änneren
services-save = Späicheren
services-archive = Archivéieren (d'Awunner gesinn en net méi)
services-restore = Den Awunner nees weisen
services-add-title = E Service derbäisetzen
services-add = Service derbäisetzen
service-state-waiting = Waart op eng Äntwert
service-state-answered = Beäntwert
service-state-closed = Ofgeschloss
service-waited-minutes = { $count ->
    [one] zanter 1 Minutt
   *[other] zanter { $count } Minutten
}
service-waited-hours = { $count ->
    [one] zanter 1 Stonn
   *[other] zanter { $count } Stonnen
}
service-waited-days = { $count ->
    [one] zanter 1 Dag
   *[other] zanter { $count } Deeg
}
service-error-subject-empty = Schreift e Sujet.
service-error-subject-long = Schreift e Sujet mat héchstens 120 Zeechen.
service-error-message-empty = Schreift Är Noriicht.
service-error-message-long = Schreift eng Noriicht mat héchstens 5.000 Zeechen.
service-error-name-missing = Schreift den Numm an dëser Sprooch, oder loosst och d'Beschreiwung eidel.
service-error-name-long = Schreift en Numm mat héchstens 80 Zeechen.
service-error-description-long = Schreift eng Beschreiwung mat héchstens 400 Zeechen.
service-error-names-none = Schreift den Numm vum Service an op d'mannst enger Sprooch.
service-error-language-unknown = Schreift d'Nimm nëmmen op Lëtzebuergesch, Däitsch, Franséisch, Englesch oder Portugisesch.
service-error-unknown = Wielt ee vun de Servicer aus der Lëscht.
service-error-too-many-open = Dir hutt 10 Gespréicher, déi nach op sinn. Waart op eng Äntwert, ier Dir en neit ufänkt.
service-error-colleague = Wielt eng Kolleegin oder e Kolleeg aus der Lëscht.
service-error-too-many = D'Gemeng huet schonn 30 Servicer. Archivéiert oder benennt léiwer een ëm.
service-error-state = Wielt "waart", "beäntwert" oder "ofgeschloss".
service-done-sent = Är Noriicht ass geschéckt.
service-done-assigned = D'Gespréich ass zougewisen.
service-done-closed = D'Gespréich ass ofgeschloss.
service-done-added = De Service ass derbäigesat.
service-done-renamed = Den Numm vum Service ass geännert.
service-done-archived = De Service ass archivéiert.
service-done-restored = D'Awunner gesinn de Service nees.

# E-Mail-Hiweiser op Äntwerte vun de Servicer.
notice-service-reply-subject = Äntwert vun der Gemeng: { $subject }
notice-service-reply-body = De Service vun der Gemeng ({ $service }) huet op Är Noriicht "{ $subject }" geäntwert.

    Äntwert liesen: { $link }
notice-digest-service-reply = Äntwert vun der Gemeng: { $subject }
    { $link }
