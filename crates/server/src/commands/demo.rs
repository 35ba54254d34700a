//! `gemeng demo`: the City of Luxembourg's 24 real quartiers (ODbL, see
//! `demo/README.md`), an invented address register inside them, and one account per
//! role. Loading is idempotent: an existing demo commune is left as it is.

use anyhow::Context;
use gemeng_core::account::{Residence, Role};
use gemeng_core::posts::{Audience, PostKind};
use gemeng_db::accounts::{self, NewAccount};
use gemeng_db::communes::Commune;
use gemeng_db::{addresses, communes, neighbourhoods};

use crate::app::{now, App};
use crate::http::auth::hash_password;
use crate::http::text::rich_text;
use crate::membership::imports;

pub const SLUG: &str = "luxembourg";
pub const PASSWORD: &str = "gemeng-demo";
const QUARTIERS: &str = include_str!("../../demo/luxembourg-city-quartiers.geojson");
const ADDRESSES: &[u8] = include_bytes!("../../demo/luxembourg-city-addresses.csv");

/// (e-mail, display name, role, quartier slug, language)
const ACCOUNTS: [(&str, &str, Role, Option<&str>, &str); 12] = [
    (
        "admin@demo.gemeng.lu",
        "Anne Admin",
        Role::Admin,
        None,
        "lb",
    ),
    (
        "staff@demo.gemeng.lu",
        "Serge Service",
        Role::Staff,
        None,
        "fr",
    ),
    // An association's organiser account, made by staff: it runs the smartphone café.
    ("asti@demo.gemeng.lu", "ASTI", Role::Organiser, None, "fr"),
    (
        "moderator@demo.gemeng.lu",
        "Maria Moderatorin",
        Role::Moderator,
        Some("gare"),
        "de",
    ),
    (
        "ana@demo.gemeng.lu",
        "Ana",
        Role::Resident,
        Some("gare"),
        "pt",
    ),
    (
        "ben@demo.gemeng.lu",
        "Ben",
        Role::Resident,
        Some("kirchberg"),
        "en",
    ),
    (
        "pol@demo.gemeng.lu",
        "Pol",
        Role::Resident,
        Some("gare"),
        "lb",
    ),
    (
        "jeanne@demo.gemeng.lu",
        "Jeanne",
        Role::Resident,
        Some("gare"),
        "fr",
    ),
    (
        "fatima@demo.gemeng.lu",
        "Fatima",
        Role::Resident,
        Some("kirchberg"),
        "fr",
    ),
    (
        "sophie@demo.gemeng.lu",
        "Sophie",
        Role::Resident,
        Some("kirchberg"),
        "de",
    ),
    (
        "luc@demo.gemeng.lu",
        "Luc",
        Role::Resident,
        Some("gare"),
        "lb",
    ),
    (
        "ines@demo.gemeng.lu",
        "Inês",
        Role::Resident,
        Some("kirchberg"),
        "pt",
    ),
];

/// What the demo's neighbours wrote: (author, kind, audience, title, text, answers as
/// (author, text)), oldest first. Labelled as demo content in every text.
type DemoPost = (
    &'static str,
    PostKind,
    Audience,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);
const POSTS: &[DemoPost] = &[
    ("pol@demo.gemeng.lu", PostKind::LendObject, Audience::Neighbourhood,
     "Leeder ze léinen (3 m)",
     "Ech hunn eng Leeder vun 3 m am Keller. Wien se brauch, schéckt mir e Message.",
     &[("ana@demo.gemeng.lu", "Obrigada! Posso buscá-la no sábado de manhã?"),
       ("pol@demo.gemeng.lu", "Jo, samschdes moies ass gutt.")]),
    ("jeanne@demo.gemeng.lu", PostKind::RequestHelp, Audience::Neighbourhood,
     "Qui peut arroser mes plantes en août ?",
     "Je pars deux semaines en août. Mes plantes ont besoin d’eau deux fois par semaine, rue de Strasbourg.",
     &[("moderator@demo.gemeng.lu", "Ich wohne zwei Häuser weiter und mache das gern.")]),
    ("ana@demo.gemeng.lu", PostKind::OfferService, Audience::Neighbourhood,
     "Ajudo com cartas em francês",
     "Falo português e francês. Se precisar de ajuda para ler ou escrever uma carta, diga-me.",
     &[("jeanne@demo.gemeng.lu", "Merci Ana, c’est une très belle idée !")]),
    ("ben@demo.gemeng.lu", PostKind::GiveObject, Audience::Neighbourhood,
     "Free: children's bike, 16 inch",
     "Our son has outgrown it. Blue, works well, needs a little air in the tyres.",
     &[("fatima@demo.gemeng.lu", "Bonjour Ben, ma fille aurait besoin d’un vélo. Est-il encore libre ?"),
       ("ben@demo.gemeng.lu", "Yes, it is yours. Come by on Tuesday evening?")]),
    ("sophie@demo.gemeng.lu", PostKind::BorrowRequest, Audience::Neighbourhood,
     "Bohrmaschine für einen Nachmittag gesucht",
     "Ich möchte zwei Regale aufhängen. Wer kann mir am Samstag eine Bohrmaschine leihen?",
     &[]),
    ("fatima@demo.gemeng.lu", PostKind::OfferHelp, Audience::Adjacent,
     "Aide aux devoirs le mercredi",
     "Ancienne institutrice, j’aide volontiers les enfants du quartier pour leurs devoirs, le mercredi après-midi.",
     &[("sophie@demo.gemeng.lu", "Wunderbar! Mein Sohn hätte gern Hilfe in Französisch.")]),
    ("moderator@demo.gemeng.lu", PostKind::Information, Audience::Neighbourhood,
     "Flohmarkt im Hof, Sonntag 10–16 Uhr",
     "Im Innenhof der Rue du Fort Neipperg: Bringen Sie mit, was Sie nicht mehr brauchen.",
     &[("pol@demo.gemeng.lu", "Ech bréngen e puer Bicher mat.")]),
    ("pol@demo.gemeng.lu", PostKind::RequestService, Audience::Neighbourhood,
     "Wien hëlleft mir mam Smartphone?",
     "Ech wéilt léieren, wéi een Fotoe per Message schéckt. Ech bezuelen e Kaffi!",
     &[("ana@demo.gemeng.lu", "Posso ajudar depois do trabalho, às 18h.")]),
    ("ben@demo.gemeng.lu", PostKind::Information, Audience::Commune,
     "Kirchberg park clean-up on Saturday",
     "We meet at 10:00 at the park entrance with gloves and bags. Everyone from any neighbourhood is welcome.",
     &[("jeanne@demo.gemeng.lu", "Je viens avec mes deux enfants.")]),
    ("jeanne@demo.gemeng.lu", PostKind::LendObject, Audience::Neighbourhood,
     "Je prête une machine à coudre",
     "Une machine simple, idéale pour les ourlets. Je peux aussi montrer comment elle marche.",
     &[]),
    ("sophie@demo.gemeng.lu", PostKind::OfferService, Audience::Neighbourhood,
     "Deutsch üben beim Spaziergang",
     "Ich gehe jeden Donnerstag um 17 Uhr spazieren und spreche gern Deutsch mit allen, die es lernen.",
     &[("ben@demo.gemeng.lu", "I would love to join, my German is still A2.")]),
    ("ana@demo.gemeng.lu", PostKind::RequestHelp, Audience::Neighbourhood,
     "Alguém pode levar um pacote ao correio?",
     "Estou com o pé engessado esta semana. O pacote já está pronto, é só levá-lo ao posto da Gare.",
     &[("moderator@demo.gemeng.lu", "Ich komme morgen um 9 Uhr vorbei.")]),
    ("luc@demo.gemeng.lu", PostKind::GiveObject, Audience::Neighbourhood,
     "Kannerbicher ze verschenken",
     "Eng Këscht mat Kannerbicher op Lëtzebuergesch, Däitsch a Franséisch, fir 3 bis 8 Joer.",
     &[("ana@demo.gemeng.lu", "A minha filha vai adorar! Posso passar amanhã?"),
       ("luc@demo.gemeng.lu", "Natierlech, ech sinn ab 17 Auer doheem.")]),
    ("ines@demo.gemeng.lu", PostKind::RequestService, Audience::Neighbourhood,
     "Procuro quem me ensine a andar de bicicleta",
     "Tenho 40 anos e nunca aprendi. Tenho bicicleta e muita vontade, só preciso de paciência!",
     &[("sophie@demo.gemeng.lu", "Ich bringe es Ihnen gern bei, sonntags im Park."),
       ("ines@demo.gemeng.lu", "Muito obrigada, Sophie! Domingo às 10h?")]),
    ("jeanne@demo.gemeng.lu", PostKind::Information, Audience::Adjacent,
     "Pharmacie de garde ce week-end",
     "Pour information : la pharmacie de la rue de Hollerich est de garde samedi et dimanche.",
     &[("luc@demo.gemeng.lu", "Merci fir den Hiweis!")]),
    ("ben@demo.gemeng.lu", PostKind::BorrowRequest, Audience::Neighbourhood,
     "Could someone lend me a tent for the weekend?",
     "A two-person tent for a short trip to the Mullerthal. I will bring it back clean and dry.",
     &[("ines@demo.gemeng.lu", "Tenho uma tenda para dois. Pode vir buscá-la na sexta.")]),
    ("moderator@demo.gemeng.lu", PostKind::OfferHelp, Audience::Neighbourhood,
     "Einkaufen für ältere Nachbarn",
     "Ich gehe jeden Freitag zum Markt. Wer nicht gut laufen kann, gibt mir die Liste, ich bringe alles vorbei.",
     &[("jeanne@demo.gemeng.lu", "C’est très gentil. Ma voisine du 3e serait contente."),
       ("moderator@demo.gemeng.lu", "Sehr gern, sagen Sie ihr, sie soll mir schreiben.")]),
    ("fatima@demo.gemeng.lu", PostKind::GiveObject, Audience::Neighbourhood,
     "Je donne des pots de confiture vides",
     "Une vingtaine de pots avec couvercle, propres. Pour celles et ceux qui font des confitures.",
     &[]),
    ("luc@demo.gemeng.lu", PostKind::RequestHelp, Audience::Neighbourhood,
     "Wien hëlleft mir e Schaf ofzebauen?",
     "Ech plënneren e Samschden an e Schaf muss ofgebaut ginn. Zwou Hänn wiere super, et gëtt Pizza.",
     &[("ana@demo.gemeng.lu", "O meu marido pode ajudar de manhã."),
       ("moderator@demo.gemeng.lu", "Ich bringe einen Akkuschrauber mit.")]),
    ("sophie@demo.gemeng.lu", PostKind::Information, Audience::Commune,
     "Repair Café im Kirchberg, erster Samstag im Monat",
     "Kaputte Toaster, Lampen, Kleidung: Freiwillige reparieren mit Ihnen, 14 bis 17 Uhr im Gemeinschaftsraum.",
     &[("pol@demo.gemeng.lu", "Mäi Radio freet sech schonn!"),
       ("fatima@demo.gemeng.lu", "Je viendrai avec une lampe.")]),
    ("ana@demo.gemeng.lu", PostKind::LendObject, Audience::Neighbourhood,
     "Empresto um carrinho de bebé",
     "Em bom estado, dobra-se facilmente. Para quem tem visitas com um bebé ou precisa por uns dias.",
     &[]),
    ("ines@demo.gemeng.lu", PostKind::OfferService, Audience::Adjacent,
     "Aulas de conversação em português",
     "Sou professora. Uma hora por semana, de graça, para quem quer praticar português. Café incluído.",
     &[("ben@demo.gemeng.lu", "Count me in! My partner is from Porto.")]),
    ("pol@demo.gemeng.lu", PostKind::Information, Audience::Neighbourhood,
     "Strooss gespaart muer de Moien",
     "D'Rue de Strasbourg ass muer vu 7 bis 12 Auer wéinst Aarbechte gespaart. De Bus hält an der Rue de Bonnevoie.",
     &[("jeanne@demo.gemeng.lu", "Merci Pol, bon à savoir pour l’école.")]),
    ("fatima@demo.gemeng.lu", PostKind::RequestService, Audience::Neighbourhood,
     "Qui répare une machine à laver ?",
     "Ma machine ne vidange plus. Quelqu’un du quartier s’y connaît ? Je paie volontiers.",
     &[("sophie@demo.gemeng.lu", "Mein Mann ist Elektriker, er schaut es sich an.")]),
    ("jeanne@demo.gemeng.lu", PostKind::OfferHelp, Audience::Neighbourhood,
     "Je garde vos enfants le samedi matin",
     "Grand-mère de trois petits-enfants, je peux garder des enfants du quartier le samedi matin chez moi.",
     &[("ana@demo.gemeng.lu", "Que simpático, Jeanne! Falamos na festa do bairro.")]),
    ("ben@demo.gemeng.lu", PostKind::OfferService, Audience::Neighbourhood,
     "Help with CVs in English",
     "I work in recruitment. Happy to read your CV or cover letter in English and suggest changes.",
     &[("ines@demo.gemeng.lu", "Obrigada! Envio-lhe uma mensagem.")]),
    ("luc@demo.gemeng.lu", PostKind::LendObject, Audience::Neighbourhood,
     "Ech léinen e Won fir de Maart",
     "E klengen Handwon mat zwou Rieder, fir Akeef oder fir ze plënneren.",
     &[]),
    ("sophie@demo.gemeng.lu", PostKind::GiveObject, Audience::Neighbourhood,
     "Tomatenpflanzen zu verschenken",
     "Ich habe zu viele gezogen: zehn kleine Tomatenpflanzen für Balkon oder Garten.",
     &[("fatima@demo.gemeng.lu", "J’en prendrais deux pour mon balcon, merci !"),
       ("ben@demo.gemeng.lu", "One for me too, please.")]),
    ("moderator@demo.gemeng.lu", PostKind::Information, Audience::Neighbourhood,
     "Bitte keine Fahrräder im Hausflur",
     "Die Feuerwehr hat darum gebeten: Fluchtwege frei lassen. Im Hof gibt es einen Fahrradständer.",
     &[("pol@demo.gemeng.lu", "Ech hunn mäi Vëlo schonn eraus gestallt.")]),
    ("ana@demo.gemeng.lu", PostKind::BorrowRequest, Audience::Neighbourhood,
     "Preciso de uma máquina de costura por um dia",
     "Para fazer as cortinas da sala. Devolvo no mesmo dia, com um bolo!",
     &[("jeanne@demo.gemeng.lu", "La mienne est libre, passez quand vous voulez."),
       ("ana@demo.gemeng.lu", "Merci beaucoup, Jeanne!")]),
    ("ines@demo.gemeng.lu", PostKind::RequestHelp, Audience::Neighbourhood,
     "Ajuda para preencher um formulário da comuna",
     "Recebi uma carta da comuna e não percebo tudo. Alguém que fale alemão ou francês pode ajudar?",
     &[("fatima@demo.gemeng.lu", "Je peux vous aider mercredi après-midi.")]),
    ("pol@demo.gemeng.lu", PostKind::OfferHelp, Audience::Commune,
     "Fuere fir de Bluttspendendag",
     "Ech fueren e Sonndeg mam Auto bei den Don du Sang. Et sinn nach dräi Plazen fräi, aus all de Quartieren.",
     &[("ines@demo.gemeng.lu", "Também quero dar sangue. Há lugar para mim?"),
       ("pol@demo.gemeng.lu", "Jo, ech huelen Iech um 9 Auer um Kierchbierg op.")]),
];

/// Private conversations of the demo: (from, to, text), in order. Ana's inbox has
/// something to read, one of it not yet read.
const MESSAGES: &[(&str, &str, &str)] = &[
    (
        "pol@demo.gemeng.lu",
        "ana@demo.gemeng.lu",
        "Moien Ana! D'Leeder steet am Keller, Dir kënnt se samschdes moies sichen. (Demo)",
    ),
    (
        "ana@demo.gemeng.lu",
        "pol@demo.gemeng.lu",
        "Obrigada, Pol! Sábado às 10h está bem? (Demo)",
    ),
    (
        "pol@demo.gemeng.lu",
        "ana@demo.gemeng.lu",
        "Jo, 10 Auer ass perfekt. Bis dann! (Demo)",
    ),
    (
        "jeanne@demo.gemeng.lu",
        "ana@demo.gemeng.lu",
        "Bonjour Ana, pourriez-vous m'aider à lire une lettre de la caisse de pension ? (Demo)",
    ),
    (
        "fatima@demo.gemeng.lu",
        "ben@demo.gemeng.lu",
        "Merci encore pour le vélo, ma fille est ravie ! (Demo)",
    ),
    (
        "ben@demo.gemeng.lu",
        "fatima@demo.gemeng.lu",
        "Glad it found a new rider! (Demo)",
    ),
    (
        "luc@demo.gemeng.lu",
        "moderator@demo.gemeng.lu",
        "Moien Maria, merci fir den Akkuschrauber e Samschdeg! (Demo)",
    ),
    (
        "moderator@demo.gemeng.lu",
        "luc@demo.gemeng.lu",
        "Gern geschehen, Luc. Viel Glück in der neuen Wohnung! (Demo)",
    ),
    (
        "ines@demo.gemeng.lu",
        "sophie@demo.gemeng.lu",
        "Olá Sophie, domingo às 10h no parque? Levo a bicicleta. (Demo)",
    ),
    (
        "sophie@demo.gemeng.lu",
        "ines@demo.gemeng.lu",
        "Ja, perfekt! Ich warte am Eingang beim Spielplatz. (Demo)",
    ),
    (
        "ines@demo.gemeng.lu",
        "sophie@demo.gemeng.lu",
        "Obrigada! Até domingo. (Demo)",
    ),
    (
        "jeanne@demo.gemeng.lu",
        "moderator@demo.gemeng.lu",
        "Ma voisine vous remercie pour les courses de vendredi. (Demo)",
    ),
    (
        "ben@demo.gemeng.lu",
        "ines@demo.gemeng.lu",
        "Thanks again for the tent, it kept us dry! (Demo)",
    ),
];

/// The line that marks every demo post as such, in the commune's languages.
pub(super) const DEMO_LABEL: &str = "\n\n(Demo · Démonstration · Beispill)";

pub async fn load(app: &App) -> anyhow::Result<Commune> {
    if let Some(existing) = communes::by_slug(&app.db, SLUG).await? {
        return Ok(existing);
    }
    let mut tx = app.db.begin().await?;
    let commune = communes::create(&mut tx, SLUG, "Ville de Luxembourg", "lb", now()).await?;
    // Its name in each language, and a town hall for the letters' letterhead (the
    // phone number is marked as a demo's, so nobody calls the real town hall).
    communes::update_profile(
        &mut tx,
        commune.id,
        &communes::Profile {
            names: [
                "Stad Lëtzebuerg".into(),
                "Stadt Luxemburg".into(),
                "Ville de Luxembourg".into(),
                "City of Luxembourg".into(),
                "Cidade do Luxemburgo".into(),
            ],
            postal_address: "Hôtel de Ville\nPlace Guillaume II\nL-1648 Luxembourg".into(),
            phone: "+352 0000 0000 (demo)".into(),
            contact_email: "contact@demo.gemeng.lu".into(),
            opening_hours: "Monday to Friday: 8:00–17:00".into(),
            signatory: "Anne Demo\nAlderwoman for citizens' services".into(),
            // The city's red, as on its coat of arms, dark enough for white text.
            colour: "#a4162b".into(),
            // "d’Stad", "die Stadt", "la Ville", "the City", "a Cidade": messages
            // then say "an der Stad", "in der Stadt", "à la Ville", "to the City", "à Cidade".
            articles: [
                "d-feminine".into(),
                "die".into(),
                "la".into(),
                "the".into(),
                "a".into(),
            ],
            // A room address of the demo's own (example.lu is no real host).
            video_room: "https://visio.example.lu/stad-letzebuerg".into(),
        },
    )
    .await?;
    tx.commit().await?;
    let commune = communes::by_id(&app.db, commune.id)
        .await?
        .context("the demo commune")?;
    let quartiers = imports::Kind::Neighbourhoods;
    imports::import_now(
        app,
        &commune,
        None,
        quartiers,
        QUARTIERS.as_bytes(),
        &mut |_, _| {},
    )
    .await
    .map_err(|p| anyhow::anyhow!("demo quartiers refused: {p:?}"))?;
    let register = imports::Kind::Addresses;
    imports::import_now(app, &commune, None, register, ADDRESSES, &mut |_, _| {})
        .await
        .map_err(|p| anyhow::anyhow!("demo addresses refused: {p:?}"))?;
    let hash = hash_password(PASSWORD.to_string()).await?;
    let mut tx = app.db.begin().await?;
    for (index, (email, name, role, quartier, language)) in ACCOUNTS.iter().enumerate() {
        let address_id = match quartier {
            Some(slug) => {
                let n = neighbourhoods::by_slug(&app.db, commune.id, slug)
                    .await?
                    .context("demo quartier")?;
                let choices =
                    addresses::in_neighbourhood(&app.db, n.id, ACCOUNTS.len() as i64).await?;
                Some(
                    choices
                        .get(index)
                        .or(choices.first())
                        .context("demo address")?
                        .id,
                )
            }
            None => None,
        };
        accounts::create(
            &mut tx,
            &NewAccount {
                commune_id: Some(commune.id),
                email,
                password_hash: &hash,
                display_name: name,
                language,
                role: *role,
                address_id,
                residence: Residence::Verified,
                email_confirmed: true,
            },
            now(),
        )
        .await
        .map_err(|e| anyhow::anyhow!("demo account {email}: {e}"))?;
    }
    tx.commit().await?;
    seed_posts(app, &commune).await?;
    seed_time_bank(app, &commune).await?;
    seed_announcements(app, &commune).await?;
    seed_services(app, &commune).await?;
    super::demo_survey::seed(app, &commune).await?;
    super::demo_activities::seed(app, &commune).await?;
    super::demo_events::seed(app, &commune).await?;
    Ok(commune)
}

/// Time bank members of the demo, and exchanges between them: (provider, receiver,
/// minutes, what, category, confirmed by the receiver).
const TIME_BANK_MEMBERS: &[&str] = &[
    "ana@demo.gemeng.lu",
    "ben@demo.gemeng.lu",
    "pol@demo.gemeng.lu",
    "jeanne@demo.gemeng.lu",
    "fatima@demo.gemeng.lu",
    "sophie@demo.gemeng.lu",
    "luc@demo.gemeng.lu",
    "ines@demo.gemeng.lu",
];
type DemoExchange = (
    &'static str,
    &'static str,
    i64,
    &'static str,
    &'static str,
    bool,
);
const EXCHANGES: &[DemoExchange] = &[
    (
        "jeanne@demo.gemeng.lu",
        "ana@demo.gemeng.lu",
        60,
        "Weekly shopping at the market (demo)",
        "shopping",
        true,
    ),
    (
        "luc@demo.gemeng.lu",
        "jeanne@demo.gemeng.lu",
        90,
        "Bicycle brakes adjusted (demo)",
        "repairs",
        true,
    ),
    (
        "fatima@demo.gemeng.lu",
        "sophie@demo.gemeng.lu",
        45,
        "Portuguese conversation, one session (demo)",
        "languages",
        true,
    ),
    (
        "ines@demo.gemeng.lu",
        "pol@demo.gemeng.lu",
        120,
        "Help with the tax return form (demo)",
        "paperwork",
        true,
    ),
    (
        "ana@demo.gemeng.lu",
        "fatima@demo.gemeng.lu",
        30,
        "Watering the plants during the holidays (demo)",
        "garden",
        false,
    ),
    (
        "sophie@demo.gemeng.lu",
        "luc@demo.gemeng.lu",
        60,
        "Video calls set up on the tablet (demo)",
        "digital",
        false,
    ),
];

/// Offers and requests of the demo's time bank: (author, kind, category, title, text,
/// indicative minutes).
type DemoListing = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<i64>,
);
const LISTINGS: &[DemoListing] = &[
    (
        "luc@demo.gemeng.lu",
        "offer",
        "repairs",
        "Bicycles repaired",
        "Brakes, gears, punctures: bring your bicycle on Saturday morning, rue de Strasbourg.",
        Some(45),
    ),
    (
        "jeanne@demo.gemeng.lu",
        "offer",
        "shopping",
        "Courses au marché du samedi",
        "Je vais au marché de la Glacis chaque samedi et peux rapporter vos fruits et légumes.",
        Some(60),
    ),
    (
        "fatima@demo.gemeng.lu",
        "offer",
        "languages",
        "Conversa em português",
        "Uma hora de conversa em português, para principiantes ou avançados, no Kirchberg.",
        Some(60),
    ),
    (
        "pol@demo.gemeng.lu",
        "request",
        "digital",
        "Hëllef mam Smartphone",
        "Wien kann mir weisen, wéi ech Videoappeller mat menge Enkelkanner maachen?",
        Some(30),
    ),
    (
        "sophie@demo.gemeng.lu",
        "request",
        "transport",
        "Fahrt zum Arzt am Dienstag",
        "Wer fährt mich am Dienstagmorgen zum Arzt nach Bonnevoie und wieder zurück?",
        Some(90),
    ),
    (
        "ines@demo.gemeng.lu",
        "offer",
        "children",
        "Babysitting em Kirchberg",
        "Posso cuidar de crianças ao fim da tarde, durante a semana.",
        None,
    ),
];

/// The demo's neighbours join the time bank, publish offers and requests, and
/// exchange a few services; two proposals still wait for an answer.
async fn seed_time_bank(app: &App, commune: &Commune) -> anyhow::Result<()> {
    use crate::timebank::ledger::{Answer, Command, Outcome};
    let id_of = |email: &'static str| async move {
        anyhow::Ok(
            accounts::by_email(&app.db, commune.id, email)
                .await?
                .context("demo time bank member")?
                .id,
        )
    };
    let refused = |what: &str, e| anyhow::anyhow!("demo time bank {what} refused: {e:?}");
    for email in TIME_BANK_MEMBERS {
        let user_id = id_of(email).await?;
        crate::timebank::submit(app, commune.id, Command::Join { user_id })
            .await?
            .map_err(|e| refused("join", e))?;
    }
    let mut tx = app.db.begin().await?;
    for (i, (email, kind, category, title, text, minutes)) in LISTINGS.iter().enumerate() {
        let body = format!("{text}{DEMO_LABEL}");
        gemeng_db::timebank::insert_listing(
            &mut tx,
            &gemeng_db::timebank::NewListing {
                commune_id: commune.id,
                author_id: id_of(email).await?,
                kind,
                category,
                title,
                body: &body,
                body_html: &rich_text(&body),
                minutes: *minutes,
                search_text: &gemeng_core::search::fold(&format!("{title} {body}")),
                request_key: &format!("demo-listing-{i:04}"),
                at: now() - (LISTINGS.len() - i) as i64 * 3 * 3600,
            },
        )
        .await?;
    }
    tx.commit().await?;
    for (i, (provider, receiver, amount, memo, category, confirmed)) in EXCHANGES.iter().enumerate()
    {
        let (provider, receiver) = (id_of(provider).await?, id_of(receiver).await?);
        let proposed = crate::timebank::submit(
            app,
            commune.id,
            Command::Propose {
                proposer: provider,
                counterpart: receiver,
                pays: false,
                amount: *amount,
                memo: memo.to_string(),
                category,
                key: format!("demo-exchange-{i:04}"),
            },
        )
        .await?
        .map_err(|e| refused("proposal", e))?;
        let Outcome::Proposed {
            stored: proposal, ..
        } = proposed
        else {
            anyhow::bail!("demo proposal: {proposed:?}");
        };
        if *confirmed {
            crate::timebank::submit(
                app,
                commune.id,
                Command::Answer {
                    user_id: receiver,
                    proposal: proposal.id(),
                    answer: Answer::Confirm,
                    key: format!("demo-confirm-{i:04}"),
                },
            )
            .await?
            .map_err(|e| refused("confirmation", e))?;
        }
    }
    Ok(())
}

/// The demo's neighbours post and answer over the last days, so a newcomer sees the
/// product at work, not an empty page.
async fn seed_posts(app: &App, commune: &Commune) -> anyhow::Result<()> {
    let all: Vec<i64> = neighbourhoods::list(&app.db, commune.id)
        .await?
        .iter()
        .map(|n| n.id)
        .collect();
    let author = |email: &str| {
        let email = email.to_string();
        async move {
            accounts::by_email(&app.db, commune.id, &email)
                .await?
                .context("demo author")
        }
    };
    let start = now() - 10 * 86_400;
    let mut tx = app.db.begin().await?;
    for (i, (email, kind, audience, title, text, answers)) in POSTS.iter().enumerate() {
        let who = author(email).await?;
        let home = who
            .neighbourhood_id
            .context("demo author's neighbourhood")?;
        let adjacent = gemeng_db::posts::adjacent_to(&app.db, home).await?;
        let feeds = gemeng_core::posts::feed_neighbourhoods(home, *audience, &adjacent, &all);
        let body = format!("{text}{DEMO_LABEL}");
        // Spread over nine days, one after the other.
        let at = start + i as i64 * (9 * 86_400 / POSTS.len() as i64);
        let post = gemeng_db::posts::create(
            &mut tx,
            &gemeng_db::posts::NewPost {
                commune_id: commune.id,
                neighbourhood_id: home,
                author_id: who.id,
                kind: *kind,
                audience: *audience,
                title,
                body: &body,
                body_html: &rich_text(&body),
                request_key: &format!("demo-post-{i:04}"),
                feeds: &feeds,
            },
            at,
        )
        .await?
        .id();
        for (j, (email, text)) in answers.iter().enumerate() {
            let who = author(email).await?;
            gemeng_db::posts::add_comment(
                &mut tx,
                post,
                who.id,
                text,
                &rich_text(text),
                &format!("demo-comment-{i:04}-{j}"),
                at + (j as i64 + 1) * 2 * 3600,
            )
            .await?;
        }
    }
    for (i, (from, to, text)) in MESSAGES.iter().enumerate() {
        let (from, to) = (author(from).await?, author(to).await?);
        let (_, thread) = gemeng_db::messages::send(
            &mut tx,
            &gemeng_db::messages::NewMessage {
                commune_id: commune.id,
                sender_id: from.id,
                recipient_id: to.id,
                post_id: None,
                body: text,
                body_html: &rich_text(text),
                request_key: &format!("demo-message-{i:04}"),
            },
            start + 9 * 86_400 + i as i64 * 3600,
        )
        .await?;
        // What was answered was read: only the last word of each conversation waits.
        let answered = MESSAGES[i + 1..]
            .iter()
            .any(|(f, t, _)| *f == to.email && *t == from.email);
        if answered {
            let (low_id, high_id) = gemeng_core::messages::pair(from.id, to.id);
            let read = gemeng_db::messages::Thread {
                id: thread,
                commune_id: commune.id,
                low_id,
                high_id,
                low_unread: 0,
                high_unread: 0,
                last_at: 0,
            };
            gemeng_db::messages::mark_read(&mut tx, &read, to.id).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

pub fn announce(app: &App) {
    let base = app.config.public_base();
    println!();
    println!("Gemeng demo: {base}/c/{SLUG}");
    println!("All demo accounts use the password {PASSWORD}:");
    for (email, name, role, quartier, _) in ACCOUNTS {
        let place = quartier
            .map(|q| format!(", lives in {q}"))
            .unwrap_or_default();
        println!("  {email:<28} {name} ({}{place})", role.as_str());
    }
    println!();
}

/// The commune's announcements: one pinned for everyone in all five languages, one for
/// Gare's residents only (Ben, in Kirchberg, never sees it), one public that expires.
/// Each (language, title, text); the neighbourhoods' slugs (none: the whole commune);
/// public; pinned; days until it expires.
type DemoAnnouncement = (
    &'static [(&'static str, &'static str, &'static str)],
    &'static [&'static str],
    bool,
    bool,
    Option<i64>,
);

const ANNOUNCEMENTS: [DemoAnnouncement; 3] = [
    (
        &[
            ("lb", "Wanterdéngscht: Schnéi a Glatäis", "Vu 5 Auer u raumen d'Equippe vun der Stad d'Trottoiren an d'Stroossen. Hëlleft Ären eelere Noperen, wann et glat ass."),
            ("de", "Winterdienst: Schnee und Glatteis", "Ab 5 Uhr räumen die Teams der Stadt Gehwege und Straßen. Helfen Sie älteren Nachbarn, wenn es glatt ist."),
            ("fr", "Service hivernal\u{a0}: neige et verglas", "Dès 5 heures, les équipes de la Ville dégagent trottoirs et rues. Aidez vos voisins âgés quand il fait glissant."),
            ("en", "Winter service: snow and ice", "From 5 a.m. the City's teams clear pavements and streets. Help your older neighbours when it is slippery."),
            ("pt", "Serviço de inverno: neve e gelo", "A partir das 5 horas, as equipas da Cidade limpam passeios e ruas. Ajude os seus vizinhos mais velhos quando estiver escorregadio."),
        ],
        &[],
        true,
        true,
        None,
    ),
    (
        &[
            ("fr", "Travaux rue de Strasbourg", "Du lundi au vendredi, la rue de Strasbourg est fermée entre la place de Paris et la rue de Hollerich. Les bus passent par l’avenue de la Gare."),
            ("pt", "Obras na rue de Strasbourg", "De segunda a sexta-feira, a rue de Strasbourg está fechada entre a place de Paris e a rue de Hollerich. Os autocarros passam pela avenue de la Gare."),
            ("en", "Roadworks on rue de Strasbourg", "From Monday to Friday, rue de Strasbourg is closed between place de Paris and rue de Hollerich. Buses go by avenue de la Gare."),
        ],
        &["gare"],
        false,
        false,
        Some(7),
    ),
    (
        &[
            ("fr", "Café smartphone au Cercle Cité", "Chaque mercredi de 14 à 16 heures, des bénévoles vous aident avec votre téléphone\u{a0}: messages, photos, applications de la commune."),
            ("de", "Smartphone-Café im Cercle Cité", "Jeden Mittwoch von 14 bis 16 Uhr helfen Ihnen Freiwillige mit Ihrem Telefon: Nachrichten, Fotos, Apps der Gemeinde."),
            ("en", "Smartphone café at the Cercle Cité", "Every Wednesday from 2 to 4 p.m., volunteers help you with your phone: messages, photos, the commune's apps."),
        ],
        &[],
        true,
        false,
        Some(30),
    ),
];

async fn seed_announcements(app: &App, commune: &Commune) -> anyhow::Result<()> {
    let staff = accounts::by_email(&app.db, commune.id, "staff@demo.gemeng.lu")
        .await?
        .context("demo staff")?;
    let at = now();
    let mut tx = app.db.begin().await?;
    for (i, (versions, quartiers, public, pinned, days)) in ANNOUNCEMENTS.iter().enumerate() {
        let mut targets = Vec::new();
        for slug in *quartiers {
            targets.push(
                neighbourhoods::by_slug(&app.db, commune.id, slug)
                    .await?
                    .context("demo quartier")?
                    .id,
            );
        }
        let bodies: Vec<String> = versions
            .iter()
            .map(|(_, _, text)| format!("{text}{DEMO_LABEL}"))
            .collect();
        let versions: Vec<(&str, &str, &str)> = versions
            .iter()
            .zip(&bodies)
            .map(|((language, title, _), body)| (*language, *title, body.as_str()))
            .collect();
        gemeng_db::announcements::insert(
            &mut tx,
            &gemeng_db::announcements::NewAnnouncement {
                commune_id: commune.id,
                author_id: staff.id,
                versions: &versions,
                neighbourhoods: &targets,
                is_public: *public,
                pinned: *pinned,
                // One after the other, the first the oldest.
                publish_at: at - (3 - i as i64) * 86_400,
                expires_at: days.map(|d| at + d * 86_400),
                request_key: &format!("demo-announcement-{i}"),
                at,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The services residents write to, each named in the five languages.
const SERVICES: &[[(&str, &str, &str); 5]] = &[
    [
        ("lb", "Sozialbüro", "Hëllef bei Suen, Wunnen a Formulairen"),
        ("de", "Sozialamt", "Hilfe bei Geld, Wohnen und Formularen"),
        (
            "fr",
            "Office social",
            "Aide pour l’argent, le logement et les formulaires",
        ),
        ("en", "Social office", "Help with money, housing and forms"),
        (
            "pt",
            "Serviço social",
            "Ajuda com dinheiro, habitação e formulários",
        ),
    ],
    [
        (
            "lb",
            "Seniorendéngscht",
            "Besuch, Begleedung, Iessen op Rieder",
        ),
        (
            "de",
            "Seniorendienst",
            "Besuche, Begleitung, Essen auf Rädern",
        ),
        (
            "fr",
            "Service seniors",
            "Visites, accompagnement, repas sur roues",
        ),
        ("en", "Seniors' service", "Visits, company, meals on wheels"),
        (
            "pt",
            "Serviço de seniores",
            "Visitas, acompanhamento, refeições ao domicílio",
        ),
    ],
    [
        (
            "lb",
            "Integratioun",
            "Fir nei Awunner: Sproochecoursen, Démarchen, Kontakter",
        ),
        (
            "de",
            "Integration",
            "Für neue Einwohner: Sprachkurse, Behördengänge, Kontakte",
        ),
        (
            "fr",
            "Intégration",
            "Pour les nouveaux résidents : cours de langue, démarches, contacts",
        ),
        (
            "en",
            "Integration",
            "For newcomers: language courses, paperwork, contacts",
        ),
        (
            "pt",
            "Integração",
            "Para novos residentes: cursos de línguas, papelada, contactos",
        ),
    ],
];

/// The commune's services, and one conversation of Ana's with the integration
/// service, answered by staff.
async fn seed_services(app: &App, commune: &Commune) -> anyhow::Result<()> {
    use gemeng_core::language::Language;
    let staff = accounts::by_email(&app.db, commune.id, "staff@demo.gemeng.lu")
        .await?
        .context("demo staff")?;
    let ana = accounts::by_email(&app.db, commune.id, "ana@demo.gemeng.lu")
        .await?
        .context("demo resident")?;
    let at = now();
    let mut tx = app.db.begin().await?;
    let mut ids = Vec::new();
    for names in SERVICES {
        let given: Vec<(Language, &str, &str)> = names
            .iter()
            .filter_map(|(code, name, description)| {
                Some((Language::from_code(code)?, *name, *description))
            })
            .collect();
        let checked = gemeng_core::service_threads::check_names(&given)
            .map_err(|e| anyhow::anyhow!("demo service names: {e:?}"))?;
        ids.push(gemeng_db::service_threads::add_service(&mut tx, commune.id, &checked, at).await?);
    }
    let thread = gemeng_db::service_threads::open(
        &mut tx,
        &gemeng_db::service_threads::NewThread {
            commune_id: commune.id,
            service_id: ids[2],
            resident_id: ana.id,
            subject: "Curso de luxemburguês",
            body: &format!(
                "Bom dia, gostaria de aprender luxemburguês. Há cursos à noite perto da Gare?{DEMO_LABEL}"
            ),
            request_key: "demo_service_thread",
        },
        at - 2 * 86_400,
    )
    .await?
    .id();
    gemeng_db::service_threads::write(
        &mut tx,
        thread,
        staff.id,
        true,
        &format!(
            "Bom dia Ana, sim: às terças e quintas às 18h30 no centro cultural da Gare. Pode inscrever-se no balcão da comuna.{DEMO_LABEL}"
        ),
        "demo_service_answer",
        at - 86_400,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
