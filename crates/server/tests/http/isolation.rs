//! Isolation, route by route: nobody reads a neighbourhood without membership,
//! nobody acts in another commune, residents cannot use staff routes.

use gemeng::routes::{Access, Route};
use gemeng_core::account::{Residence, Role};
use reqwest::{Method, StatusCode};

use crate::support::{location, Browser, TestApp, PASSWORD};

struct People {
    anonymous: Browser,
    ana_west: Browser,
    ben_east: Browser,
    pending_west: Browser,
    staff: Browser,
    other_commune: Browser,
}

async fn people(t: &TestApp) -> (People, i64) {
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    t.account(
        f.commune,
        "ben@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "est 1").await),
        Residence::Verified,
    )
    .await;
    let pending = t
        .account(
            f.commune,
            "pending@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 2").await),
            Residence::Pending,
        )
        .await;
    t.account(
        f.commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    t.account(
        f.other_commune,
        "other@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    let login = |commune: &'static str, email: &'static str| async move {
        let b = t.browser();
        assert_eq!(
            b.login(commune, email, PASSWORD).await.status(),
            StatusCode::SEE_OTHER,
            "{email}"
        );
        b
    };
    let people = People {
        anonymous: t.browser(),
        ana_west: login("testville", "ana@example.lu").await,
        ben_east: login("testville", "ben@example.lu").await,
        pending_west: login("testville", "pending@example.lu").await,
        staff: login("testville", "staff@example.lu").await,
        other_commune: login("otherville", "other@example.lu").await,
    };
    (people, pending)
}

fn is_login_redirect(status: StatusCode, location: &str) -> bool {
    status == StatusCode::SEE_OTHER && location.starts_with("/c/testville/login?next=")
}

#[tokio::test]
async fn every_page_answers_each_kind_of_visitor_as_it_should() {
    let t = TestApp::start().await;
    let (p, pending_id) = people(&t).await;
    // (path, allowed: ana, ben, pending, staff)
    let pages: Vec<(String, [bool; 4])> = vec![
        ("/c/testville".into(), [true, true, true, true]),
        ("/c/testville/me".into(), [true, true, true, true]),
        ("/c/testville/n/west".into(), [true, false, false, false]),
        ("/c/testville/n/east".into(), [false, true, false, false]),
        ("/c/testville/verify".into(), [false, false, true, false]),
        ("/c/testville/staff".into(), [false, false, false, true]),
        (
            "/c/testville/staff/roles".into(),
            [false, false, false, true],
        ),
        // Imports are for commune admins only, so ordinary staff are refused too.
        (
            "/c/testville/staff/import".into(),
            [false, false, false, false],
        ),
    ];
    for (path, allowed) in &pages {
        let public = path == "/c/testville";
        let (status, _) = p.anonymous.page(path).await;
        let r = p.anonymous.get(path).await;
        assert!(
            public && status == StatusCode::OK || is_login_redirect(r.status(), &location(&r)),
            "anonymous {path}: {status}"
        );
        // A session of another commune counts as nobody here.
        let r = p.other_commune.get(path).await;
        assert!(
            public && r.status() == StatusCode::OK || is_login_redirect(r.status(), &location(&r)),
            "other commune {path}"
        );
        for (who, browser, may) in [
            ("ana", &p.ana_west, allowed[0]),
            ("ben", &p.ben_east, allowed[1]),
            ("pending", &p.pending_west, allowed[2]),
            ("staff", &p.staff, allowed[3]),
        ] {
            let (status, _) = browser.page(path).await;
            let expected = if may {
                StatusCode::OK
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(status, expected, "{who} on {path}");
        }
    }
    // An unknown neighbourhood looks like a foreign one.
    assert_eq!(
        p.ana_west.page("/c/testville/n/nowhere").await.0,
        StatusCode::FORBIDDEN
    );

    // State-changing staff routes refuse residents and other communes, and change nothing.
    let decision = format!("/c/testville/staff/residents/{pending_id}");
    let role = format!("/c/testville/staff/roles/{pending_id}");
    let void_letter = format!("/c/testville/staff/residents/{pending_id}/letter");
    let posts: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (decision.as_str(), vec![("decision", "approve")]),
        (role.as_str(), vec![("role", "moderator")]),
        ("/c/testville/staff/letters", vec![]),
        (void_letter.as_str(), vec![]),
    ];
    for (action, fields) in &posts {
        for (who, browser) in [("ana", &p.ana_west), ("pending", &p.pending_west)] {
            let r = browser.submit("/settings", action, fields).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{who} POST {action}");
        }
        let r = p.other_commune.submit("/settings", action, fields).await;
        assert!(
            is_login_redirect(r.status(), &location(&r)),
            "other commune POST {action}"
        );
    }
    let pending = gemeng_db::accounts::by_id(&t.db, pending_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (pending.residence(), pending.role()),
        (Residence::Pending, Role::Resident)
    );
    assert_eq!(t.count("letter_batches").await, 0);

    // Imports: refused to residents, to staff who are not admins, and to other communes;
    // nothing is written.
    let neighbourhoods = t.count("neighbourhoods").await;
    let geojson =
        br#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Far"},
        "geometry":{"type":"Polygon","coordinates":[[[5,5],[6,5],[6,6],[5,5]]]}}]}"#;
    let csv = b"street,number,postcode,locality,lat,lon\nRue Loin,1,1000,Testville,5.5,5.5\n";
    for (action, name, bytes) in [
        (
            "/c/testville/staff/import/neighbourhoods",
            "far.geojson",
            geojson.to_vec(),
        ),
        (
            "/c/testville/staff/import/addresses",
            "far.csv",
            csv.to_vec(),
        ),
    ] {
        for (who, browser) in [
            ("ana", &p.ana_west),
            ("pending", &p.pending_west),
            ("staff", &p.staff),
        ] {
            let r = crate::membership::staff::upload(browser, action, name, bytes.clone()).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{who} POST {action}");
        }
        let r =
            crate::membership::staff::upload(&p.other_commune, action, name, bytes.clone()).await;
        assert!(
            is_login_redirect(r.status(), &location(&r)),
            "other commune POST {action}"
        );
    }
    assert_eq!(t.count("neighbourhoods").await, neighbourhoods);
    let testville = gemeng_db::communes::by_slug(&t.db, "testville")
        .await
        .unwrap()
        .unwrap();
    assert!(gemeng_db::addresses::search(&t.db, testville.id, "loin", 5)
        .await
        .unwrap()
        .is_empty());

    // One's own account actions: another commune's session is nobody here.
    for action in [
        "/c/testville/me/invitations",
        "/c/testville/me/confirmation",
        "/c/testville/verify",
    ] {
        let r = p
            .other_commune
            .submit("/settings", action, &[("code", "ACDE-FGHJ-KMNP")])
            .await;
        assert!(
            is_login_redirect(r.status(), &location(&r)),
            "other commune POST {action}"
        );
    }
    assert_eq!(t.count("residence_codes").await, 0);

    // Staff of this commune cannot decide on a person of another commune.
    let f_other = gemeng_db::communes::by_slug(&t.db, "otherville")
        .await
        .unwrap()
        .unwrap();
    let stranger = t
        .account(
            f_other.id,
            "stranger@example.lu",
            Role::Resident,
            Some(t.address(f_other.id, "ouest 3").await),
            Residence::Pending,
        )
        .await;
    let r = p
        .staff
        .submit(
            "/c/testville",
            &format!("/c/testville/staff/residents/{stranger}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = p
        .staff
        .submit(
            "/c/testville",
            &format!("/c/testville/staff/roles/{stranger}"),
            &[("role", "moderator")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn neighbours_see_street_names_never_house_numbers() {
    let t = TestApp::start().await;
    let (p, _) = people(&t).await;
    let (status, html) = p.ana_west.page("/c/testville/n/west/neighbours").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Rue de l'Ouest"));
    assert!(
        !html.contains("Ouest 1") && !html.contains("1000 Testville"),
        "{html}"
    );
}

/// One kind of visitor: a browser and an API token (if signed in), and who the
/// permission rules see (nobody for another commune's session).
struct Persona {
    name: &'static str,
    browser: Browser,
    token: Option<String>,
    actor: Option<gemeng_core::permissions::Actor>,
    /// Signed in as an operator of the installation (nobody inside a commune).
    operator: bool,
}

async fn persona(t: &TestApp, name: &'static str, commune: &str, email: Option<&str>) -> Persona {
    let browser = t.browser();
    let (token, actor) = match email {
        None => (None, None),
        Some(email) => {
            let r = browser.login(commune, email, PASSWORD).await;
            assert_eq!(r.status(), StatusCode::SEE_OTHER, "{email} logs in");
            let token = crate::api::token(t, commune, email).await;
            let here = gemeng_db::communes::by_slug(&t.db, "testville")
                .await
                .unwrap()
                .unwrap();
            let account = gemeng_db::accounts::by_email(&t.db, here.id, email)
                .await
                .unwrap();
            (Some(token), account.map(|a| a.actor()))
        }
    };
    Persona {
        name,
        browser,
        token,
        actor,
        operator: false,
    }
}

/// An operator of the installation, signed in on `/operator/login`.
async fn operator(t: &TestApp) -> Persona {
    let hash = gemeng::http::auth::hash_password(PASSWORD.into())
        .await
        .unwrap();
    let mut tx = t.db.begin().await.unwrap();
    gemeng_db::accounts::create(
        &mut tx,
        &gemeng_db::accounts::NewAccount {
            commune_id: None,
            email: "operator@example.lu",
            password_hash: &hash,
            display_name: "Operator",
            language: "en",
            role: Role::Operator,
            address_id: None,
            residence: Residence::Verified,
            email_confirmed: true,
        },
        gemeng::app::now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let browser = t.browser();
    let r = browser
        .submit(
            "/operator/login",
            "/operator/login",
            &[("email", "operator@example.lu"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(location(&r), "/operator", "the operator logs in");
    Persona {
        name: "operator",
        browser,
        token: None,
        actor: None,
        operator: true,
    }
}

/// Whether the route's access rule admits this persona, as `core::permissions` says.
fn admits(access: Access, p: &Persona, commune: i64, west: i64) -> Option<bool> {
    let (actor, has_token) = (p.actor.as_ref(), p.token.is_some());
    use gemeng_core::permissions::{decide, Action, Decision};
    match access {
        Access::Public | Access::Operations => None,
        Access::TokenHolder => Some(has_token),
        Access::Operator => Some(p.operator),
        Access::Requires(action) => Some(decide(actor, commune, action) == Decision::Allow),
        // None of these visitors holds a guest's pass: as for those who may join.
        Access::EventParticipants => {
            Some(decide(actor, commune, Action::JoinEvents) == Decision::Allow)
        }
        Access::NeighbourhoodMembers | Access::NeighbourhoodFiles => Some(
            decide(
                actor,
                commune,
                Action::ViewNeighbourhood {
                    neighbourhood_id: west,
                },
            ) == Decision::Allow,
        ),
    }
}

/// Sends the route's request as this persona, with an empty form or JSON body.
async fn call(t: &TestApp, p: &Persona, route: &Route, path: &str) -> reqwest::Response {
    if route.api {
        let mut request = reqwest::Client::new().request(route.method.clone(), t.url(path));
        if let Some(token) = &p.token {
            request = request.bearer_auth(token);
        }
        if route.method != Method::GET && route.method != Method::DELETE {
            request = request.json(&serde_json::json!({}));
        }
        request.send().await.unwrap()
    } else if route.method == Method::GET {
        p.browser.get(path).await
    } else {
        p.browser.submit("/settings", path, &[]).await
    }
}

fn refused(route: &Route, r: &reqwest::Response) -> bool {
    let status = r.status();
    // A neighbourhood's files answer 404 to whoever may not see them.
    if route.access == Access::NeighbourhoodFiles {
        return status == StatusCode::NOT_FOUND;
    }
    if route.api {
        status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN
    } else {
        let to_login = if route.path.starts_with("/operator") {
            status == StatusCode::SEE_OTHER && location(r).starts_with("/operator/login?next=")
        } else {
            is_login_redirect(status, &location(r))
        };
        status == StatusCode::FORBIDDEN || status == StatusCode::UNAUTHORIZED || to_login
    }
}

/// Every route of the route table, for every kind of visitor: those its access rule
/// refuses are refused (before any body is read) and change nothing; those it admits
/// get through. A route whose path this test cannot fill fails it, so a new route
/// cannot escape.
#[tokio::test]
async fn every_route_of_the_table_admits_only_whom_it_should() {
    let t = TestApp::start().await;
    let (_, pending_id) = people(&t).await;
    let f = gemeng_db::communes::by_slug(&t.db, "testville")
        .await
        .unwrap()
        .unwrap();
    let west = gemeng_db::neighbourhoods::by_slug(&t.db, f.id, "west")
        .await
        .unwrap()
        .unwrap()
        .id;
    t.account(
        f.id,
        "admin@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    // An association's organiser account: it organises for the commune, nothing else.
    t.account(
        f.id,
        "organiser@example.lu",
        Role::Organiser,
        None,
        Residence::Verified,
    )
    .await;
    let personas = vec![
        persona(&t, "anonymous", "testville", None).await,
        persona(
            &t,
            "organiser account",
            "testville",
            Some("organiser@example.lu"),
        )
        .await,
        persona(
            &t,
            "other commune's admin",
            "otherville",
            Some("other@example.lu"),
        )
        .await,
        persona(
            &t,
            "pending resident",
            "testville",
            Some("pending@example.lu"),
        )
        .await,
        persona(
            &t,
            "verified resident of West",
            "testville",
            Some("ana@example.lu"),
        )
        .await,
        persona(
            &t,
            "verified resident of East",
            "testville",
            Some("ben@example.lu"),
        )
        .await,
        persona(&t, "staff", "testville", Some("staff@example.lu")).await,
        persona(&t, "admin", "testville", Some("admin@example.lu")).await,
        operator(&t).await,
    ];
    // A post of Ana's in West, with an answer of hers: what the post routes act on.
    let ana_id: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM users WHERE email = 'ana@example.lu'")
        .await
        .parse()
        .unwrap();
    let ben_id: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM users WHERE email = 'ben@example.lu'")
        .await
        .parse()
        .unwrap();
    let staff_id: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM users WHERE email = 'staff@example.lu'")
        .await
        .parse()
        .unwrap();
    let mut tx = t.db.begin().await.unwrap();
    let post = gemeng_db::posts::create(
        &mut tx,
        &gemeng_db::posts::NewPost {
            commune_id: f.id,
            neighbourhood_id: west,
            author_id: ana_id,
            kind: gemeng_core::posts::PostKind::LendObject,
            audience: gemeng_core::posts::Audience::Neighbourhood,
            title: "Ladder",
            body: "A ladder to lend",
            body_html: "A ladder to lend",
            request_key: "isolation-post",
            feeds: &[west],
        },
        1,
    )
    .await
    .unwrap()
    .id();
    let comment = gemeng_db::posts::add_comment(
        &mut tx,
        post,
        ana_id,
        "Still there",
        "Still there",
        "isolation-comment",
        2,
    )
    .await
    .unwrap()
    .id();
    // A photo of the post, in the store: members get it, nobody else learns of it.
    gemeng_db::photos::attach(
        &mut tx,
        post,
        &[gemeng_db::photos::NewPhoto {
            file_key: "photos/0123456789abcdef.jpg",
            width: 1,
            height: 1,
        }],
        3,
    )
    .await
    .unwrap();
    // A conversation of Ana's with Ben: only they read it.
    let thread = gemeng_db::messages::send(
        &mut tx,
        &gemeng_db::messages::NewMessage {
            commune_id: f.id,
            sender_id: ana_id,
            recipient_id: ben_id,
            post_id: None,
            body: "Private",
            body_html: "Private",
            request_key: "isolation-message",
        },
        4,
    )
    .await
    .unwrap()
    .1;
    // A proposal of Ana's to Ben in the time bank: only they see or answer it.
    gemeng_db::timebank::open(&mut tx, f.id, 5).await.unwrap();
    let ana_account = gemeng_db::timebank::open_member_account(&mut tx, f.id, ana_id, 5)
        .await
        .unwrap()
        .id();
    let ben_account = gemeng_db::timebank::open_member_account(&mut tx, f.id, ben_id, 5)
        .await
        .unwrap()
        .id();
    let proposal = gemeng_db::timebank::insert_proposal(
        &mut tx,
        &gemeng_db::timebank::NewProposal {
            commune_id: f.id,
            proposer: ana_account,
            counterpart: ben_account,
            payer: ben_account,
            payee: ana_account,
            amount: 30,
            memo: "Shopping",
            category: "shopping",
            listing_id: None,
            expires_at: i64::MAX,
            request_key: "isolation-proposal",
            at: 5,
        },
    )
    .await
    .unwrap()
    .id()
    .to_string();
    // An offer of Ana's: every member sees it, only she closes it.
    let listing = gemeng_db::timebank::insert_listing(
        &mut tx,
        &gemeng_db::timebank::NewListing {
            commune_id: f.id,
            author_id: ana_id,
            kind: "offer",
            category: "garden",
            title: "Mowing",
            body: "Lawns mowed",
            body_html: "Lawns mowed",
            minutes: Some(60),
            search_text: "mowing lawns mowed",
            request_key: "isolation-listing",
            at: 5,
        },
    )
    .await
    .unwrap()
    .id()
    .to_string();
    // An announcement for West only: staff change or withdraw it, nobody else.
    let announcement = gemeng_db::announcements::insert(
        &mut tx,
        &gemeng_db::announcements::NewAnnouncement {
            commune_id: f.id,
            author_id: ana_id,
            versions: &[("en", "Works", "The street is closed.")],
            neighbourhoods: &[west],
            is_public: false,
            pinned: false,
            publish_at: 5,
            expires_at: None,
            request_key: "isolation-announcement",
            at: 5,
        },
    )
    .await
    .unwrap()
    .id()
    .to_string();
    // A consultation of West's, open and named: members of West answer it, staff run
    // it, nobody else learns of it.
    let definition = serde_json::json!({"kind": "poll", "title": {"en": "Benches"},
        "sections": [{"questions": [{"id": 1, "text": {"en": "More benches?"}, "required": true,
            "kind": {"type": "yes_no"}}]}],
        "opens_at": 0, "closes_at": i64::MAX / 2, "anonymous": false,
        "audience": {"neighbourhoods": [west]}, "results_shown": "while_open"})
    .to_string();
    let consultation = gemeng_db::consultations::insert(
        &mut tx,
        &gemeng_db::consultations::NewConsultation {
            commune_id: f.id,
            kind: "poll",
            neighbourhoods: Some(&[west]),
            anonymous: false,
            results_shown: "while_open",
            opens_at: 0,
            closes_at: i64::MAX / 2,
            definition: &definition,
            created_by: ana_id,
            request_key: "isolation-consultation",
            at: 5,
        },
    )
    .await
    .unwrap()
    .id();
    gemeng_db::consultations::publish(&mut tx, f.id, consultation, 5)
        .await
        .unwrap();
    let consultation = consultation.to_string();
    // A service of the commune and Ana's thread with it: only she and staff read it.
    let names = gemeng_core::service_threads::check_names(&[(
        gemeng_core::language::Language::En,
        "Social office",
        "",
    )])
    .unwrap();
    let service = gemeng_db::service_threads::add_service(&mut tx, f.id, &names, 5)
        .await
        .unwrap();
    let service_thread = gemeng_db::service_threads::open(
        &mut tx,
        &gemeng_db::service_threads::NewThread {
            commune_id: f.id,
            service_id: service,
            resident_id: ana_id,
            subject: "Heating allowance",
            body: "Help, please",
            request_key: "isolation-service-thread",
        },
        5,
    )
    .await
    .unwrap()
    .id()
    .to_string();
    // An activity of Ana's for West only, a week ahead: West's members see and join
    // it, Ana and staff manage it, nobody else learns of it.
    let activity = gemeng_db::activities::insert(
        &mut tx,
        &gemeng_db::activities::NewActivity {
            commune_id: f.id,
            organiser_id: ana_id,
            organiser_kind: "resident",
            kind: "neighbourhood_activity",
            audience: "neighbourhood",
            neighbourhood_id: Some(west),
            versions: &[("en", "Barbecue", "In the yard")],
            sessions: &[(
                gemeng::app::now() + 7 * 86_400,
                gemeng::app::now() + 7 * 86_400 + 3_600,
            )],
            place: Some("The yard"),
            link: None,
            capacity: 10,
            languages: &["en"],
            tables: &[],
            conversation: None,
            request_key: "isolation-activity",
            at: 5,
        },
    )
    .await
    .unwrap()
    .id()
    .to_string();
    let service = service.to_string();
    // A tandem proposed to Ana and Ben: only they answer it.
    let tandem =
        gemeng_db::language_practice::propose(&mut tx, f.id, ana_id, ben_id, "pt", "fr", 5)
            .await
            .unwrap()
            .to_string();
    // Ana's request for a Luxembourgish coach: only she (and a coach proposed for
    // it) answers it, only staff propose for it.
    let coaching = gemeng_db::coaching::create(
        &mut tx,
        &gemeng_db::coaching::NewRequest {
            commune_id: f.id,
            learner_id: ana_id,
            language: "lb",
            level: "a2",
            note: "",
            at: 5,
        },
    )
    .await
    .unwrap()
    .unwrap()
    .to_string();
    // A residents-only event of staff's, published: residents see it and register,
    // staff manage it, nobody else learns of it.
    let event = gemeng_db::events::insert(
        &mut tx,
        &gemeng_db::events::NewEvent {
            commune_id: f.id,
            organiser_id: staff_id,
            day: "2099-10-12",
            starts_at: gemeng::app::now() + 30 * 86_400,
            ends_at: gemeng::app::now() + 30 * 86_400 + 8 * 3_600,
            registration: "residents_only",
            capacity: 50,
            link: None,
            versions: &[("en", "Orientation day", "Stands and workshops")],
            request_key: "isolation-event",
            at: 5,
        },
    )
    .await
    .unwrap()
    .id();
    gemeng_db::events::publish(&mut tx, event, 6).await.unwrap();
    // A stand of it, Ana's place there and her question: registered people read and
    // upvote it, staff (organising) answer and hide it.
    let stand = gemeng_db::events::insert_stand(
        &mut tx,
        event,
        &gemeng_db::events::NewStand {
            organisation: "ASTI",
            video_link: None,
            opens_at: gemeng::app::now() + 30 * 86_400,
            closes_at: gemeng::app::now() + 30 * 86_400 + 3_600,
            descriptions: &[("en", "Advice")],
            staff: &[],
            documents: &[],
        },
    )
    .await
    .unwrap();
    gemeng_db::events::register_account(&mut tx, event, ana_id, "en", 6)
        .await
        .unwrap();
    gemeng_db::events::register_account(&mut tx, event, ben_id, "pt", 6)
        .await
        .unwrap();
    let event_id = event;
    let stand_id = stand;
    let event = event.to_string();
    let stand = stand.to_string();
    tx.commit().await.unwrap();
    let place = gemeng_db::event_questions::place_of(&t.db, event_id, ana_id)
        .await
        .unwrap()
        .unwrap();
    let mut tx = t.db.begin().await.unwrap();
    let question = gemeng_db::event_questions::insert(
        &mut tx,
        &gemeng_db::event_questions::NewQuestion {
            stand_id,
            registration_id: place,
            user_id: Some(ana_id),
            body: "Where do I sign up for French courses?",
            request_key: "isolation-question",
            at: 7,
        },
    )
    .await
    .unwrap()
    .id()
    .to_string();
    let message = gemeng_db::event_lounge::insert(
        &mut tx,
        &gemeng_db::event_lounge::NewMessage {
            event_id,
            registration_id: place,
            user_id: Some(ana_id),
            body: "Hello everyone",
            request_key: "isolation-lounge",
            at: 7,
        },
    )
    .await
    .unwrap()
    .id()
    .to_string();
    // Ana's private chat with Ben, met in the lounge: only the two of them read it.
    let ben_place = gemeng_db::event_questions::place_of(&t.db, event_id, ben_id)
        .await
        .unwrap()
        .unwrap();
    let chat = gemeng_db::event_meetings::open_chat(
        &mut tx,
        event_id,
        (place, ben_place),
        "pt",
        gemeng::app::now(),
    )
    .await
    .unwrap()
    .to_string();
    // Ben's report of Ana's lounge message: only the organisers judge it.
    gemeng_db::event_reports::create(
        &mut tx,
        &gemeng_db::event_reports::NewReport {
            event_id,
            reporter_id: Some(ben_id),
            item_type: "lounge",
            item_id: message.parse().unwrap(),
            stand_id: None,
            author_registration_id: place,
            excerpt: "Hello everyone",
            reason: "spam",
            details: "",
            at: 8,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let report = t
        .text("SELECT CAST(MAX(id) AS TEXT) FROM event_reports")
        .await;
    let session = t
        .text(&format!(
            "SELECT CAST(MIN(id) AS TEXT) FROM activity_sessions WHERE activity_id = {activity}"
        ))
        .await;
    let shard = t.files_dir().join("photos").join("01");
    std::fs::create_dir_all(&shard).unwrap();
    std::fs::write(shard.join("0123456789abcdef.jpg"), b"\xff\xd8 a photo").unwrap();
    let photo = t
        .text("SELECT CAST(MAX(id) AS TEXT) FROM post_photos")
        .await;
    let (post, comment, thread) = (post.to_string(), comment.to_string(), thread.to_string());
    let user = pending_id.to_string();
    let fill = |pattern: &str| -> String {
        pattern
            .split('/')
            .map(|segment| match segment {
                "{commune}" => "testville",
                "{neighbourhood}" => "west",
                "{user}" => user.as_str(),
                "{post}" => post.as_str(),
                "{comment}" => comment.as_str(),
                "{photo}" => photo.as_str(),
                "{name}" => "0123456789abcdef.jpg",
                "{thread}" => thread.as_str(),
                "{proposal}" => proposal.as_str(),
                "{listing}" => listing.as_str(),
                "{announcement}" => announcement.as_str(),
                "{consultation}" => consultation.as_str(),
                "{service}" => service.as_str(),
                "{inquiry}" => service_thread.as_str(),
                "{activity}" => activity.as_str(),
                "{session}" => session.as_str(),
                // A café table of nobody's: its page answers 404 to every member (the
                // host's and outsiders' cases are `cafe.rs`').
                "{table}" => "999999",
                "{tandem}" => tandem.as_str(),
                "{coaching}" => coaching.as_str(),
                "{event}" => event.as_str(),
                // A document of nobody's: public route, answers 404.
                "{document}" => "999999",
                "{stand}" => stand.as_str(),
                "{question}" => question.as_str(),
                "{message}" => message.as_str(),
                "{chat}" => chat.as_str(),
                "{report}" => report.as_str(),
                // A calendar secret of nobody's: public route, answers 404.
                "{token}" => "no-such-calendar-secret",
                // A transfer of nobody's: reversing it answers 404 to the coordinator.
                "{transfer}" => "999999",
                "{item_type}" => "post",
                "{item}" => post.as_str(),
                // An import of nobody's: its page answers 404 to whom may see imports.
                "{job}" => "999999",
                // An organiser account of nobody's: closing it answers 404 to staff.
                "{organiser}" => "999999",
                // A reader preference: public, and only a cookie changes.
                "{language}" => "pt",
                // A session handle of nobody's: ending it changes nothing.
                "{handle}" => "AAAAAAAAAAAAAAAA",
                s if s.starts_with('{') => panic!("no isolation case for {s} in {pattern}"),
                s => s,
            })
            .collect::<Vec<_>>()
            .join("/")
    };
    // Routes that end the visitor's session or token go last.
    let mut routes = gemeng::routes::table();
    let deletes = |r: &Route, tail: &str| {
        r.path.ends_with(&format!("{tail}/delete"))
            || (r.method == Method::DELETE && r.path.ends_with(tail))
    };
    routes.sort_by_key(|r| {
        if deletes(r, "/comments/{comment}") || deletes(r, "/photos/{photo}") {
            1
        } else if deletes(r, "/posts/{post}") {
            2
        } else if r.path.ends_with("/tokens/current") {
            3
        } else if r.path.ends_with("/end-others") {
            4
        } else if r.path.ends_with("/logout") {
            5
        } else {
            0
        }
    });
    let tables = [
        "users",
        "residence_codes",
        "letter_batches",
        "audit_log",
        "neighbourhoods",
        "addresses",
        "outbox",
        "posts",
        "comments",
        "post_thanks",
        "feed_entries",
        "post_photos",
        "message_threads",
        "messages",
        "blocks",
        "reports",
        "notice_settings",
        "timebanks",
        "timebank_accounts",
        "timebank_proposals",
        "timebank_transfers",
        "timebank_listings",
        "announcements",
        "announcement_versions",
        "announcement_neighbourhoods",
        "announcement_reads",
        "consultations",
        "consultation_neighbourhoods",
        "consultation_named_answers",
        "consultation_anonymous_answers",
        "consultation_participants",
        "consultation_answer_keys",
        "commune_services",
        "commune_service_names",
        "service_threads",
        "service_messages",
        "newsletter_subscriptions",
        "activities",
        "activity_versions",
        "activity_sessions",
        "activity_registrations",
        "activity_tables",
        "activity_host_reminders",
        "activity_calendar_tokens",
        "language_profiles",
        "language_profile_languages",
        "tandems",
        "coaching_requests",
        "coaching_declines",
        "events",
        "event_versions",
        "event_registrations",
        "event_stands",
        "event_documents",
        "event_workshops",
        "event_questions",
        "event_question_votes",
        "event_lounge_messages",
        "event_visits",
        "event_meet_requests",
        "event_private_chats",
        "event_private_messages",
        "event_reports",
    ];
    let mut before = Vec::new();
    for table in tables {
        before.push(t.count(table).await);
    }

    // First every refusal, then check nothing changed; then every admission.
    let mut checked = 0;
    for admitted_pass in [false, true] {
        for route in &routes {
            let path = fill(&route.path);
            for p in &personas {
                let Some(admitted) = admits(route.access, p, f.id, west) else {
                    continue;
                };
                if admitted != admitted_pass {
                    continue;
                }
                let r = call(&t, p, route, &path).await;
                let status = r.status();
                if admitted {
                    assert!(
                        !refused(route, &r) && !status.is_server_error(),
                        "{} was refused {} {path}: {status}",
                        p.name,
                        route.method
                    );
                } else {
                    assert!(
                        refused(route, &r),
                        "{} was let through {} {path}: {status}",
                        p.name,
                        route.method
                    );
                }
                checked += 1;
            }
        }
        if !admitted_pass {
            for (table, count) in tables.iter().zip(&before) {
                assert_eq!(
                    t.count(table).await,
                    *count,
                    "a refused request wrote to {table}"
                );
            }
        }
    }
    assert!(checked > 100, "only {checked} cases");
}
