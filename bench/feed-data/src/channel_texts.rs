//! What the commune's staff write in the generated announcements, in the five
//! languages: topics (a title and an opening, `{place}` replaced by a street or a
//! quartier), sentences of practical detail to make texts of realistic lengths, and
//! closings. Only the benchmark reads this; none of it is shown to real residents.

/// One topic in one language: (title, opening).
pub type Topic = (&'static str, &'static str);

/// One language's words for announcements. `topics` are in the same order in every
/// language, so one announcement tells the same thing in each of its versions.
pub struct ChannelWords {
    pub code: &'static str,
    pub topics: [Topic; 8],
    pub details: &'static [&'static str],
    pub closings: &'static [&'static str],
}

/// In `gemeng_core::language::Language::ALL`'s order: lb, de, fr, en, pt.
pub const CHANNEL_LANGUAGES: [ChannelWords; 5] = [LB, DE, FR, EN, PT];

const LB: ChannelWords = ChannelWords {
    code: "lb",
    topics: [
        ("Stroossenaarbechten: {place}", "Wéinst Aarbechten um Waasser- a Gasnetz ass {place} fir den Autosverkéier gespaart. Foussgänger kommen ëmmer laanscht."),
        ("Offallkalenner: nei Deeg fir {place}", "Ab nächster Woch gëtt den Offall fir {place} op aneren Deeg ofgeholl. De Kalenner ass an der App an op der Websäit vun der Stad."),
        ("Waasser ofgestallt: {place}", "Fir Reparaturen ass d'Waasser op {place} e Moien laang ofgestallt. Stellt Iech w.e.g. e bësse Waasser op d'Säit."),
        ("Quartiersfest: {place}", "D'Stad an den Interesseveräin invitéieren op d'Quartiersfest, {place}. Et gëtt Musek, Spiller fir d'Kanner an eppes z'iessen."),
        ("Informatiounsversammlung: {place}", "D'Stad stellt de Projet fir {place} vir an äntwert op Är Froen. D'Versammlung ass op Lëtzebuergesch a Franséisch, mat Iwwersetzung."),
        ("Parken verbueden: {place}", "Wéinst engem Evenement ass d'Parken op {place} zwee Deeg laang verbueden. Autoen, déi do stinn, ginn ofgeschleeft."),
        ("Neie Spillplaz: {place}", "De Spillplaz op {place} ass nei gemaach a fir jiddereen op. Nei Spiller sinn och fir Kanner mat enger Behënnerung geduecht."),
        ("Beem schneiden: {place}", "D'Equippe vun de Parken schneiden d'Beem op {place}. Op e puer Plazen ass den Trottoir fir kuerz Zäit gespaart."),
    ],
    details: &[
        "D'Busser fueren eng Ëmleedung; d'Arrêten sinn ugewisen.",
        "Fir Froen: Bierger-Center, Telefon 4796-2200, méindes bis freides vun 8 bis 17 Auer.",
        "D'Aarbechte solle bis Enn vum Mount fäerdeg sinn, wann d'Wieder et erlaabt.",
        "Leit, déi schlecht ginn, kënnen de Ruffbus bestellen.",
        "D'Pläng leien am Stadhaus aus an och op der Websäit.",
        "D'Entrée ass gratis; Dir braucht Iech net unzemellen.",
        "D'Liwwerunge fir d'Geschäfter sinn de Moie bis 10 Auer méiglech.",
        "Mir mellen eis, soubal eppes ännert.",
    ],
    closings: &[
        "Merci fir Äert Versteesdemech.",
        "Är Gemeng",
        "Mir freeën eis op Iech!",
    ],
};

const DE: ChannelWords = ChannelWords {
    code: "de",
    topics: [
        ("Straßenarbeiten: {place}", "Wegen Arbeiten am Wasser- und Gasnetz ist {place} für den Autoverkehr gesperrt. Fußgänger kommen jederzeit durch."),
        ("Abfallkalender: neue Tage für {place}", "Ab nächster Woche wird der Abfall in {place} an anderen Tagen abgeholt. Der Kalender steht in der App und auf der Website der Stadt."),
        ("Wasser abgestellt: {place}", "Für Reparaturen wird das Wasser in {place} einen Vormittag lang abgestellt. Bitte stellen Sie sich etwas Wasser bereit."),
        ("Viertelfest: {place}", "Die Stadt und der Interessenverein laden zum Viertelfest ein, {place}. Es gibt Musik, Spiele für Kinder und etwas zu essen."),
        ("Informationsversammlung: {place}", "Die Stadt stellt das Projekt für {place} vor und beantwortet Ihre Fragen. Die Versammlung ist auf Luxemburgisch und Französisch, mit Übersetzung."),
        ("Parkverbot: {place}", "Wegen einer Veranstaltung gilt in {place} zwei Tage lang ein Parkverbot. Dort abgestellte Autos werden abgeschleppt."),
        ("Neuer Spielplatz: {place}", "Der Spielplatz in {place} ist erneuert und für alle offen. Neue Spielgeräte sind auch für Kinder mit Behinderung gedacht."),
        ("Baumschnitt: {place}", "Die Teams der Parks schneiden die Bäume in {place}. An einigen Stellen ist der Gehweg kurz gesperrt."),
    ],
    details: &[
        "Die Busse fahren eine Umleitung; die Haltestellen sind ausgeschildert.",
        "Für Fragen: Bürgercenter, Telefon 4796-2200, montags bis freitags von 8 bis 17 Uhr.",
        "Die Arbeiten sollen bis Ende des Monats fertig sein, wenn das Wetter es erlaubt.",
        "Wer schlecht zu Fuß ist, kann den Rufbus bestellen.",
        "Die Pläne liegen im Rathaus aus und stehen auf der Website.",
        "Der Eintritt ist frei; eine Anmeldung ist nicht nötig.",
        "Lieferungen für die Geschäfte sind morgens bis 10 Uhr möglich.",
        "Wir melden uns, sobald sich etwas ändert.",
    ],
    closings: &[
        "Danke für Ihr Verständnis.",
        "Ihre Gemeinde",
        "Wir freuen uns auf Sie!",
    ],
};

const FR: ChannelWords = ChannelWords {
    code: "fr",
    topics: [
        ("Travaux de voirie\u{a0}: {place}", "En raison de travaux sur les réseaux d’eau et de gaz, {place} est fermée à la circulation automobile. Les piétons passent à tout moment."),
        ("Collecte des déchets\u{a0}: nouveaux jours pour {place}", "Dès la semaine prochaine, les déchets de {place} sont collectés à d’autres jours. Le calendrier se trouve dans l’application et sur le site de la Ville."),
        ("Coupure d’eau\u{a0}: {place}", "Pour des réparations, l’eau est coupée {place} pendant une matinée. Pensez à prévoir un peu d’eau."),
        ("Fête de quartier\u{a0}: {place}", "La Ville et le syndicat d’initiative vous invitent à la fête de quartier, {place}. Musique, jeux pour les enfants et de quoi manger."),
        ("Réunion d’information\u{a0}: {place}", "La Ville présente le projet pour {place} et répond à vos questions. La réunion se tient en luxembourgeois et en français, avec traduction."),
        ("Stationnement interdit\u{a0}: {place}", "En raison d’une manifestation, le stationnement est interdit {place} pendant deux jours. Les voitures garées seront enlevées."),
        ("Nouvelle aire de jeux\u{a0}: {place}", "L’aire de jeux {place} a été rénovée et est ouverte à tous. Les nouveaux jeux sont aussi pensés pour les enfants en situation de handicap."),
        ("Taille des arbres\u{a0}: {place}", "Les équipes des parcs taillent les arbres {place}. Par endroits, le trottoir est fermé pour peu de temps."),
    ],
    details: &[
        "Les bus suivent une déviation\u{a0}; les arrêts sont indiqués.",
        "Pour vos questions\u{a0}: Biergercenter, téléphone 4796-2200, du lundi au vendredi de 8 à 17 heures.",
        "Les travaux devraient se terminer à la fin du mois, si le temps le permet.",
        "Les personnes à mobilité réduite peuvent réserver le Call-a-Bus.",
        "Les plans sont exposés à l’Hôtel de Ville et publiés sur le site.",
        "L’entrée est libre\u{a0}; pas besoin de s’inscrire.",
        "Les livraisons aux commerces restent possibles le matin jusqu’à 10 heures.",
        "Nous vous tiendrons informés de tout changement.",
    ],
    closings: &[
        "Merci de votre compréhension.",
        "Votre commune",
        "Au plaisir de vous y voir\u{a0}!",
    ],
};

const EN: ChannelWords = ChannelWords {
    code: "en",
    topics: [
        ("Roadworks: {place}", "Because of work on the water and gas mains, {place} is closed to cars. Pedestrians can get through at any time."),
        ("Waste collection: new days for {place}", "From next week, waste in {place} is collected on different days. The calendar is in the app and on the City's website."),
        ("Water cut: {place}", "For repairs, the water in {place} is cut for one morning. Please keep some water aside."),
        ("Neighbourhood party: {place}", "The City and the local association invite you to the neighbourhood party, {place}. Music, games for children and food."),
        ("Information meeting: {place}", "The City presents the project for {place} and answers your questions. The meeting is in Luxembourgish and French, with interpreting."),
        ("No parking: {place}", "Because of an event, parking in {place} is forbidden for two days. Cars left there will be towed away."),
        ("New playground: {place}", "The playground in {place} has been renovated and is open to everyone. The new equipment is also designed for children with disabilities."),
        ("Tree pruning: {place}", "The parks teams are pruning the trees in {place}. In places the pavement is closed for a short while."),
    ],
    details: &[
        "Buses take a diversion; the stops are signposted.",
        "Questions: Biergercenter, phone 4796-2200, Monday to Friday from 8 a.m. to 5 p.m.",
        "The work should be finished by the end of the month, weather permitting.",
        "People with reduced mobility can book the Call-a-Bus.",
        "The plans are on display at the City Hall and on the website.",
        "Entry is free; no need to register.",
        "Deliveries to shops remain possible in the morning until 10 a.m.",
        "We will let you know of any change.",
    ],
    closings: &[
        "Thank you for your understanding.",
        "Your commune",
        "We look forward to seeing you!",
    ],
};

const PT: ChannelWords = ChannelWords {
    code: "pt",
    topics: [
        ("Obras na via pública: {place}", "Devido a obras nas redes de água e gás, {place} está fechada ao trânsito automóvel. Os peões passam a qualquer hora."),
        ("Recolha do lixo: novos dias para {place}", "A partir da próxima semana, o lixo de {place} é recolhido noutros dias. O calendário está na aplicação e no site da Cidade."),
        ("Corte de água: {place}", "Para reparações, a água é cortada em {place} durante uma manhã. Guarde um pouco de água."),
        ("Festa do bairro: {place}", "A Cidade e a associação local convidam para a festa do bairro, {place}. Música, jogos para as crianças e comida."),
        ("Reunião de informação: {place}", "A Cidade apresenta o projeto para {place} e responde às suas perguntas. A reunião é em luxemburguês e francês, com tradução."),
        ("Estacionamento proibido: {place}", "Devido a um evento, é proibido estacionar em {place} durante dois dias. Os carros estacionados serão rebocados."),
        ("Novo parque infantil: {place}", "O parque infantil em {place} foi renovado e está aberto a todos. Os novos equipamentos são pensados também para crianças com deficiência."),
        ("Poda das árvores: {place}", "As equipas dos parques podam as árvores em {place}. Em alguns sítios, o passeio fica fechado por pouco tempo."),
    ],
    details: &[
        "Os autocarros fazem um desvio; as paragens estão indicadas.",
        "Perguntas: Biergercenter, telefone 4796-2200, de segunda a sexta-feira das 8 às 17 horas.",
        "As obras devem terminar no fim do mês, se o tempo o permitir.",
        "As pessoas com mobilidade reduzida podem reservar o Call-a-Bus.",
        "As plantas estão expostas na Câmara Municipal e no site.",
        "A entrada é livre; não é preciso inscrever-se.",
        "As entregas às lojas continuam possíveis de manhã até às 10 horas.",
        "Informaremos de qualquer alteração.",
    ],
    closings: &[
        "Obrigado pela sua compreensão.",
        "A sua comuna",
        "Esperamos por si!",
    ],
};

/// Free texts residents write to a survey's open question, in any language.
pub const FREE_TEXTS: &[&str] = &[
    "Plus d'informations en portugais, s'il vous plaît.",
    "Méi Informatiounen op Lëtzebuergesch.",
    "Eine App wäre gut für ältere Leute, wenn sie einfach bleibt.",
    "Des cours pour les seniors à la bibliothèque.",
    "Better Wi-Fi in the community centre.",
    "Mais cursos de informática à noite.",
    "Les écrans d'information dans les bus.",
    "Keng Iddi.",
];
