//! The demo's activities: a month of what a commune and its residents organise, of
//! the seed's kinds (a language café, a Luxembourgish conversation table, a
//! smartphone café, the internet driving licence course, an information session for
//! newcomers, and a neighbourhood barbecue in Gare organised by Ana), each written in
//! several languages and created through the same flow as the organiser's form, so
//! the demo holds nothing the rules would refuse. The language café sets three
//! tables (Luxembourgish, French, Portuguese), the conversation table is for levels
//! A1 to B1. A few residents have registered, each at a table of a language they
//! learn: the conversation table is full and Fatima waits for a place. Four residents
//! keep a language profile (Ana and Ben make a tandem once staff propose them).

use std::collections::BTreeMap;

use anyhow::Context;
use gemeng_core::activities::LocalDate;
use gemeng_db::accounts;
use gemeng_db::communes::Commune;

use crate::activities::{
    local_parts, parse_date, register, weekday_codes, ActivityInput, ActivityVersionIn, Organising,
    WeeklySeriesIn,
};
use crate::app::{now, App};
use crate::http::api::WholeNumber;

/// One demo activity: organiser, kind, audience, (language, title, description),
/// weekday, start and end, how many weeks, place, link, places, languages.
struct DemoActivity {
    organiser: &'static str,
    kind: &'static str,
    audience: &'static str,
    versions: &'static [(&'static str, &'static str, &'static str)],
    weekday: &'static str,
    starts: &'static str,
    ends: &'static str,
    weeks: i64,
    place: &'static str,
    link: &'static str,
    capacity: i64,
    languages: &'static [&'static str],
    /// A café's tables: (language, host, host's level, seats, host's account's
    /// address or "" for a host without an account).
    tables: &'static [(&'static str, &'static str, &'static str, i64, &'static str)],
    /// A conversation table's (language, lowest level, highest level).
    conversation: Option<(&'static str, &'static str, &'static str)>,
}

const STAFF: &str = "staff@demo.gemeng.lu";
/// An association's organiser account (`Role::Organiser`).
const ASSOCIATION: &str = "asti@demo.gemeng.lu";

const ACTIVITIES: &[DemoActivity] = &[
    DemoActivity {
        organiser: STAFF,
        kind: "language_cafe",
        audience: "commune",
        versions: &[
            ("lb", "Sproochecafé", "Dräi Dëscher, all an enger Sprooch: Lëtzebuergesch, Franséisch, Portugisesch. Vun A1 bis B2 ass jiddereen wëllkomm."),
            ("fr", "Café des langues", "Trois tables, chacune dans une langue\u{a0}: luxembourgeois, français, portugais. De A1 à B2, tout le monde est bienvenu."),
            ("de", "Sprachcafé", "Drei Tische, jeder in einer Sprache: Luxemburgisch, Französisch, Portugiesisch. Von A1 bis B2 sind alle willkommen."),
            ("en", "Language café", "Three tables, each in one language: Luxembourgish, French, Portuguese. Everyone from A1 to B2 is welcome."),
            ("pt", "Café de línguas", "Três mesas, cada uma numa língua: luxemburguês, francês, português. Do A1 ao B2, todos são bem-vindos."),
        ],
        weekday: "thursday",
        starts: "18:30",
        ends: "20:00",
        weeks: 4,
        place: "Cercle Cité, salle 1\nPlace d'Armes",
        link: "",
        capacity: 18,
        languages: &["lb", "fr", "pt"],
        tables: &[
            ("lb", "Marie Weber", "native", 6, ""),
            // Luc hosts with his account: he sees his table's learners and gets the
            // reminder; his name is his account's.
            ("fr", "", "native", 6, "luc@demo.gemeng.lu"),
            ("pt", "João Ferreira", "c2", 6, ""),
        ],
        conversation: None,
    },
    DemoActivity {
        organiser: STAFF,
        kind: "conversation_table",
        audience: "commune",
        versions: &[
            ("lb", "Konversatiounsdësch Lëtzebuergesch (A1–B1)", "Mir schwätzen iwwer den Alldag: akafen, den Dokter, d'Noperen. Eng Moderatorin hëlleft."),
            ("fr", "Table de conversation en luxembourgeois (A1–B1)", "On parle de la vie de tous les jours\u{a0}: les courses, le médecin, les voisins. Une animatrice aide."),
            ("pt", "Mesa de conversação em luxemburguês (A1–B1)", "Falamos do dia a dia: as compras, o médico, os vizinhos. Uma animadora ajuda."),
        ],
        weekday: "tuesday",
        starts: "10:00",
        ends: "11:30",
        weeks: 4,
        place: "Bibliothèque municipale\n3, rue Genistre",
        link: "",
        capacity: 2,
        languages: &["lb"],
        tables: &[],
        conversation: Some(("lb", "a1", "b1")),
    },
    DemoActivity {
        organiser: ASSOCIATION,
        kind: "smartphone_cafe",
        audience: "public",
        versions: &[
            ("fr", "Café smartphone", "Des bénévoles vous aident avec votre téléphone\u{a0}: messages, photos, appels vidéo, applications de la commune. Apportez votre téléphone chargé."),
            ("de", "Smartphone-Café", "Freiwillige helfen Ihnen mit Ihrem Telefon: Nachrichten, Fotos, Videoanrufe, Apps der Gemeinde. Bringen Sie Ihr geladenes Telefon mit."),
            ("lb", "Smartphone-Café", "Fräiwëlleger hëllefen Iech mat Ärem Telefon: Messagen, Fotoen, Videoappeller, Appe vun der Gemeng. Bréngt Ären Telefon gelueden mat."),
            ("pt", "Café smartphone", "Voluntários ajudam com o seu telemóvel: mensagens, fotos, videochamadas, aplicações da comuna. Traga o telemóvel carregado."),
        ],
        weekday: "wednesday",
        starts: "14:00",
        ends: "16:00",
        weeks: 4,
        place: "Cercle Cité, salle 3\nPlace d'Armes",
        link: "",
        capacity: 12,
        languages: &["fr", "de", "lb", "pt"],
        tables: &[],
        conversation: None,
    },
    DemoActivity {
        organiser: STAFF,
        kind: "course",
        audience: "commune",
        versions: &[
            ("fr", "Permis de conduire internet, niveau 1", "Quatre matinées pour débuter\u{a0}: la souris et le clavier, le navigateur, les e-mails, se protéger des arnaques."),
            ("de", "Internet-Führerschein, Stufe 1", "Vier Vormittage für den Anfang: Maus und Tastatur, der Browser, E-Mails, sich vor Betrug schützen."),
            ("en", "Internet driving licence, level 1", "Four mornings to get started: mouse and keyboard, the browser, e-mail, staying safe from scams."),
        ],
        weekday: "monday",
        starts: "09:00",
        ends: "11:00",
        weeks: 4,
        place: "Espace public numérique\n12, rue du Marché-aux-Herbes",
        link: "",
        capacity: 10,
        languages: &["fr", "de"],
        tables: &[],
        conversation: None,
    },
    DemoActivity {
        organiser: STAFF,
        kind: "information_session",
        audience: "public",
        versions: &[
            ("fr", "Bienvenue à Luxembourg\u{a0}: séance pour les nouveaux habitants", "Les démarches des premiers mois, les écoles, les cours de langue, la vie des quartiers. En salle ou en ligne."),
            ("en", "Welcome to Luxembourg: a session for newcomers", "The first months' formalities, schools, language courses, life in the quartiers. In the hall or online."),
            ("pt", "Bem-vindos ao Luxemburgo: sessão para novos moradores", "Os procedimentos dos primeiros meses, as escolas, os cursos de línguas, a vida dos bairros. Na sala ou online."),
            ("de", "Willkommen in Luxemburg: Informationsabend für Neuzugezogene", "Die Behördengänge der ersten Monate, Schulen, Sprachkurse, das Leben in den Vierteln. Im Saal oder online."),
        ],
        weekday: "friday",
        starts: "18:00",
        ends: "19:30",
        weeks: 1,
        place: "Hôtel de Ville, salle du conseil\nPlace Guillaume II",
        // Online in the commune's own video room (set on the demo commune's page).
        link: COMMUNE_ROOM,
        capacity: 120,
        languages: &["fr", "en", "pt", "de"],
        tables: &[],
        conversation: None,
    },
    DemoActivity {
        organiser: "ana@demo.gemeng.lu",
        kind: "neighbourhood_activity",
        audience: "neighbourhood",
        versions: &[
            ("pt", "Churrasco dos vizinhos da Gare", "Cada um traz alguma coisa para grelhar ou uma salada. Há mesas e um grelhador no pátio."),
            ("fr", "Barbecue des voisins de la Gare", "Chacun apporte quelque chose à griller ou une salade. Il y a des tables et un gril dans la cour."),
            ("lb", "Nopeschbarbecue an der Gare", "Jiddereen bréngt eppes fir ze grillen oder eng Zalot mat. Et gëtt Dëscher an e Grill am Haff."),
        ],
        weekday: "saturday",
        starts: "12:00",
        ends: "16:00",
        weeks: 1,
        place: "Cour intérieure\n20, rue de Strasbourg",
        link: "",
        capacity: 40,
        languages: &["pt", "fr", "lb"],
        tables: &[],
        conversation: None,
    },
];

/// Who registers for which activity (by index) and, at the café, at a table of which
/// language, in this order.
const REGISTRATIONS: &[(&str, usize, Option<&str>)] = &[
    ("ben@demo.gemeng.lu", 0, Some("pt")),
    ("fatima@demo.gemeng.lu", 0, Some("lb")),
    ("ana@demo.gemeng.lu", 1, None),
    ("pol@demo.gemeng.lu", 1, None),
    // The conversation table is full: Fatima waits.
    ("fatima@demo.gemeng.lu", 1, None),
    ("jeanne@demo.gemeng.lu", 2, None),
    ("luc@demo.gemeng.lu", 3, None),
    ("jeanne@demo.gemeng.lu", 5, None),
    ("pol@demo.gemeng.lu", 5, None),
    ("luc@demo.gemeng.lu", 5, None),
];

/// Language profiles of the demo's residents: (e-mail, [(language, level, learns,
/// offers)], times of the week, welcomes another generation, birth year). Ana
/// (Portuguese, learning Luxembourgish) and Ben (Luxembourgish, learning Portuguese)
/// make a tandem once staff propose them; none is proposed yet. Ben also coaches
/// Fatima in Luxembourgish (agreed), and Luc's request for a Luxembourgish coach waits
/// for staff, with Ben as its candidate.
type DemoProfile = (
    &'static str,
    &'static [(&'static str, &'static str, bool, bool)],
    &'static [(&'static str, &'static str)],
    bool,
    Option<i64>,
);

const PROFILES: &[DemoProfile] = &[
    (
        "ana@demo.gemeng.lu",
        &[
            ("pt", "native", false, true),
            ("lb", "a2", true, false),
            ("fr", "b1", false, false),
        ],
        &[("tuesday", "evening"), ("saturday", "morning")],
        true,
        Some(1954),
    ),
    (
        "ben@demo.gemeng.lu",
        &[
            ("lb", "native", false, true),
            ("pt", "a2", true, false),
            ("en", "c1", false, false),
        ],
        &[
            ("tuesday", "evening"),
            ("wednesday", "afternoon"),
            ("thursday", "evening"),
        ],
        true,
        Some(1998),
    ),
    (
        "fatima@demo.gemeng.lu",
        &[("fr", "c2", false, true), ("lb", "a1", true, false)],
        &[("monday", "afternoon"), ("wednesday", "afternoon")],
        false,
        None,
    ),
    (
        "pol@demo.gemeng.lu",
        &[("lb", "b1", true, false), ("de", "c1", false, false)],
        &[("tuesday", "morning"), ("saturday", "morning")],
        false,
        None,
    ),
    (
        "luc@demo.gemeng.lu",
        &[("fr", "native", false, true), ("lb", "b1", true, false)],
        &[("wednesday", "afternoon"), ("saturday", "morning")],
        false,
        None,
    ),
];

/// The first day at least two days from now that falls on `weekday`.
fn next(weekday: &str) -> String {
    let (today, _) = local_parts(now() + 2 * 86_400);
    let first = parse_date(&today).unwrap_or(LocalDate {
        year: 2030,
        month: 1,
        day: 1,
    });
    let wanted = weekday_codes().position(|d| d == weekday).unwrap_or(0) as i64;
    let shift = (wanted - i64::from(first.weekday().index())).rem_euclid(7);
    let day = LocalDate::from_days_since_epoch(first.days_since_epoch() + shift);
    format!("{:04}-{:02}-{:02}", day.year, day.month, day.day)
}

/// The `link` of an activity held in the commune's video room.
const COMMUNE_ROOM: &str = "commune_room";

pub async fn seed(app: &App, commune: &Commune) -> anyhow::Result<()> {
    let mut created = Vec::new();
    for (i, a) in ACTIVITIES.iter().enumerate() {
        let organiser = accounts::by_email(&app.db, commune.id, a.organiser)
            .await?
            .context("demo organiser")?;
        let versions: BTreeMap<String, ActivityVersionIn> = a
            .versions
            .iter()
            .map(|(language, title, description)| {
                (
                    language.to_string(),
                    ActivityVersionIn {
                        title: title.to_string(),
                        description: format!("{description}{}", super::demo::DEMO_LABEL),
                    },
                )
            })
            .collect();
        let input = ActivityInput {
            versions,
            kind: a.kind.into(),
            audience: a.audience.into(),
            neighbourhood: None,
            place: Some(a.place.into()),
            link: Some(a.link)
                .filter(|l| *l != COMMUNE_ROOM)
                .map(str::to_string),
            commune_room: a.link == COMMUNE_ROOM,
            capacity: Some(WholeNumber::Whole(a.capacity)),
            languages: a.languages.iter().map(|l| l.to_string()).collect(),
            sessions: None,
            weekly: Some(WeeklySeriesIn {
                first_day: next(a.weekday),
                weekdays: vec![a.weekday.into()],
                starts: a.starts.into(),
                ends: a.ends.into(),
                until: None,
                count: Some(WholeNumber::Whole(a.weeks)),
            }),
            tables: (!a.tables.is_empty()).then(|| {
                a.tables
                    .iter()
                    .map(
                        |(language, host, level, seats, email)| crate::activities::CafeTableIn {
                            language: language.to_string(),
                            host: host.to_string(),
                            host_email: email.to_string(),
                            host_level: level.to_string(),
                            seats: Some(WholeNumber::Whole(*seats)),
                        },
                    )
                    .collect()
            }),
            conversation: a.conversation.map(|(language, lowest, highest)| {
                crate::activities::ConversationTableIn {
                    language: language.into(),
                    lowest: lowest.into(),
                    highest: highest.into(),
                }
            }),
            request_key: format!("demo-activity-{i}"),
        };
        let id = Organising {
            app,
            commune,
            account: &organiser,
        }
        .create(&input)
        .await?
        .map_err(|e| anyhow::anyhow!("demo activity {i} refused: {e:?}"))?;
        created.push(id);
    }
    for (email, languages, slots, welcomes, born) in PROFILES {
        let person = accounts::by_email(&app.db, commune.id, email)
            .await?
            .context("demo resident")?;
        let input = crate::language_practice::ProfileInput {
            languages: languages
                .iter()
                .map(|(language, level, learns, offers)| {
                    crate::language_practice::ProfileLanguageIn {
                        language: language.to_string(),
                        level: level.to_string(),
                        learns: *learns,
                        offers: *offers,
                    }
                })
                .collect(),
            availability: slots.iter().map(|(d, p)| format!("{d}-{p}")).collect(),
            welcomes_intergenerational: *welcomes,
            birth_year: born.map(WholeNumber::Whole),
        };
        crate::language_practice::save_profile(app, commune, &person, &input)
            .await?
            .map_err(|e| anyhow::anyhow!("demo profile of {email} refused: {e:?}"))?;
    }
    coaching(app, commune).await?;
    for (email, index, language) in REGISTRATIONS {
        let person = accounts::by_email(&app.db, commune.id, email)
            .await?
            .context("demo resident")?;
        let id = created[*index];
        let first = gemeng_db::activities::sessions(&app.db, id)
            .await?
            .first()
            .map(|s| s.id)
            .context("demo session")?;
        let language = language.and_then(gemeng_core::language::Language::from_code);
        register(app, commune, &person, id, first, (language, true))
            .await?
            .map_err(|r| anyhow::anyhow!("demo registration of {email} refused: {r:?}"))?;
    }
    Ok(())
}

/// The demo's coachings: Fatima's with Ben, agreed by both, and Luc's request, open.
/// Written straight to storage, as if the requests had been made, proposed and
/// accepted, so that the demo sends no e-mail.
async fn coaching(app: &App, commune: &Commune) -> anyhow::Result<()> {
    let person = |email: &'static str| async move {
        accounts::by_email(&app.db, commune.id, email)
            .await?
            .context("demo resident")
    };
    let (fatima, ben, luc) = (
        person("fatima@demo.gemeng.lu").await?,
        person("ben@demo.gemeng.lu").await?,
        person("luc@demo.gemeng.lu").await?,
    );
    let at = now();
    let mut tx = app.begin().await?;
    for (learner, level, note) in [
        (
            &fatima,
            "a1",
            "To talk with the parents at my children's school.",
        ),
        (
            &luc,
            "b1",
            "I would like to prepare the language test for nationality.",
        ),
    ] {
        let id = gemeng_db::coaching::create(
            &mut tx,
            &gemeng_db::coaching::NewRequest {
                commune_id: commune.id,
                learner_id: learner.id,
                language: "lb",
                level,
                note,
                at,
            },
        )
        .await?
        .context("demo coaching request")?;
        if learner.id == fatima.id {
            gemeng_db::coaching::propose(&mut tx, id, ben.id, at).await?;
            for who in [fatima.id, ben.id] {
                gemeng_db::coaching::accept(&mut tx, id, who, at).await?;
            }
            gemeng_db::coaching::mark_matched(&mut tx, id).await?;
        }
    }
    app.commit(tx).await?;
    Ok(())
}
