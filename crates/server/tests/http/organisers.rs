//! Organiser accounts: staff create an association's account, whose welcome e-mail
//! (through the real SMTP sink) sets its password; the organiser logs in, lands on the
//! activities it organises, creates one for the commune and sees who registered, and
//! may do nothing a resident or staff member does. Bad input and strangers store
//! nothing; closing the account erases it and leaves its activities to staff.

use gemeng_core::account::{Residence, Role};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::activities::{api, api_token, residents, staff};
use crate::support::{body, link_in, location, Browser, TestApp, PASSWORD};

const PAGE: &str = "/c/testville/staff/organisers";
const API: &str = "/api/v1/communes/testville/organisers";
const ACTIVITIES: &str = "/api/v1/communes/testville/activities";

/// The id of the account with this e-mail address, if there is one.
async fn id_of(t: &TestApp, email: &str) -> Option<i64> {
    let text = t
        .text(&format!(
            "SELECT COALESCE(CAST(MAX(id) AS TEXT), '') FROM users WHERE email = '{email}'"
        ))
        .await;
    text.parse().ok()
}

/// Follows the welcome e-mail's link to choose `password`, then logs in.
async fn set_password_and_log_in(
    t: &TestApp,
    email: &str,
    subject: &str,
    password: &str,
) -> Browser {
    let mail = t.smtp().wait_for(email, subject).await;
    let link = link_in(&mail.body, &t.url("/c/testville/password/reset?token="));
    let path = link.trim_start_matches(&t.base).to_string();
    let b = t.browser();
    let (status, _) = b.page(&path).await;
    assert_eq!(status, StatusCode::OK);
    let r = b
        .submit(
            &path,
            "/c/testville/password/reset",
            &[
                ("token", path.split("token=").nth(1).unwrap()),
                ("password", password),
            ],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/login?notice=password-reset");
    let r = b.login("testville", email, password).await;
    assert_eq!(location(&r), "/c/testville/activities/organised");
    b
}

fn activity_draft(audience: &str, key: &str) -> Value {
    let starts = gemeng::app::now() + 5 * 86_400;
    json!({"versions": {"fr": {"title": "Soirée d'accueil", "description": "Pour les nouveaux arrivants."}},
           "kind": "course", "audience": audience, "place": "Maison des associations",
           "capacity": 30, "languages": ["fr", "pt"],
           "sessions": [{"starts_at": starts, "ends_at": starts + 7_200}], "request_key": key})
}

#[tokio::test]
async fn staff_open_an_account_that_organises_for_the_commune_and_close_it() {
    let t = TestApp::start_with_mail().await;
    let f = t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    // The staff dashboard leads to the organisers' page.
    let (status, html) = desk.page("/c/testville/staff").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&format!("href=\"{PAGE}\"")), "{html}");
    let (status, html) = desk.page(PAGE).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("name=\"language\""));

    // Staff create ASTI's account, its e-mails in Portuguese.
    let r = desk
        .submit(
            PAGE,
            PAGE,
            &[
                ("name", "ASTI"),
                ("email", "Contact@ASTI.lu"),
                ("language", "pt"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("{PAGE}?done=created"));
    let (_, html) = desk.page(PAGE).await;
    assert!(
        html.contains("ASTI") && html.contains("contact@asti.lu"),
        "{html}"
    );
    let asti_id = id_of(&t, "contact@asti.lu").await.unwrap();
    let mail = t
        .smtp()
        .wait_for("contact@asti.lu", "conta de organizador")
        .await;
    assert!(
        mail.body.contains("ASTI") && mail.body.contains("Testville"),
        "{}",
        mail.body
    );
    let asti = set_password_and_log_in(
        &t,
        "contact@asti.lu",
        "organizador",
        "a casa das associações",
    )
    .await;

    // Its page: nothing yet, a way to create one; its menu leads there and to nothing
    // a resident uses.
    let (status, html) = asti.page("/c/testville/activities/organised").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("/c/testville/activities/new"));
    assert!(!html.contains("/c/testville/messages") && !html.contains("/c/testville/timebank"));
    // Nothing sends it to prove a residence.
    for path in ["/c/testville/me", "/c/testville", "/c/testville/activities"] {
        let (status, html) = asti.page(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(!html.contains("/c/testville/verify"), "{path}: {html}");
    }
    let (_, html) = asti.page("/c/testville").await;
    assert!(html.contains("/c/testville/activities/organised"), "{html}");
    // The form offers the commune and everyone, not a neighbourhood.
    let (status, html) = asti.page("/c/testville/activities/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("id=\"audience-commune\"") && html.contains("id=\"audience-public\""));
    assert!(!html.contains("id=\"audience-neighbourhood\""));

    // A neighbourhood's audience is a clear error at its field, and nothing is stored.
    let (next_week, _) = gemeng::activities::local_parts(gemeng::app::now() + 7 * 86_400);
    let fields = |audience: &'static str, key: &'static str| {
        vec![
            ("kind", "course".to_string()),
            ("title-fr", "Cours de cuisine".to_string()),
            ("description-fr", "Cuisine du Cap-Vert.".to_string()),
            ("audience", audience.to_string()),
            ("place", "Maison des associations".to_string()),
            ("capacity", "12".to_string()),
            ("language", "fr".to_string()),
            ("repeat", "once".to_string()),
            ("date", next_week.clone()),
            ("starts", "18:00".to_string()),
            ("ends", "20:00".to_string()),
            ("request_key", key.to_string()),
        ]
    };
    let submit = |audience, key| {
        let owned = fields(audience, key);
        let asti = &asti;
        async move {
            let borrowed: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
            asti.submit(
                "/c/testville/activities/new",
                "/c/testville/activities",
                &borrowed,
            )
            .await
        }
    };
    for audience in ["neighbourhood", "adjacent"] {
        let r = submit(audience, "asti-cooking-bad").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{audience}");
        let html = body(r).await;
        assert!(html.contains("id=\"audience-error\""), "{html}");
        assert!(
            html.contains("Cuisine du Cap-Vert."),
            "what was typed is kept"
        );
    }
    assert_eq!(t.count("activities").await, 0);
    let (status, problem) = api(
        &t,
        Method::POST,
        ACTIVITIES,
        Some(&api_token(&t, asti_id).await),
        Some(activity_draft("neighbourhood", "asti-api-bad")),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "audience", "{problem}");
    assert_eq!(t.count("activities").await, 0);

    // For the whole commune: created, an association's.
    let r = submit("commune", "asti-cooking").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", body(r).await);
    let activity: i64 = t
        .text("SELECT CAST(MAX(id) AS TEXT) FROM activities")
        .await
        .parse()
        .unwrap();
    assert_eq!(
        t.text(&format!(
            "SELECT organiser_kind || '/' || audience FROM activities WHERE id = {activity}"
        ))
        .await,
        "association/commune"
    );
    // With its own token, over the API, open to everyone.
    let asti_token = api_token(&t, asti_id).await;
    let (status, a) = api(
        &t,
        Method::POST,
        ACTIVITIES,
        Some(&asti_token),
        Some(activity_draft("public", "asti-welcome")),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    let public = a["id"].as_i64().unwrap();

    // A resident registers; the organiser sees them by name.
    let session: i64 = t
        .text(&format!(
            "SELECT CAST(MIN(id) AS TEXT) FROM activity_sessions WHERE activity_id = {activity}"
        ))
        .await
        .parse()
        .unwrap();
    let people = residents(&t, "neighbour", 1).await;
    let (status, out) = api(
        &t,
        Method::POST,
        &format!("{ACTIVITIES}/{activity}/sessions/{session}/registration"),
        Some(&people[0].1),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
    let registrations = format!("/c/testville/activities/{activity}/registrations");
    let (_, html) = asti.page("/c/testville/activities/organised").await;
    assert!(
        html.contains("Cours de cuisine") && html.contains(&registrations),
        "{html}"
    );
    let (status, html) = asti.page(&registrations).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Resident 0"), "{html}");
    let (status, out) = api(
        &t,
        Method::GET,
        &format!("{ACTIVITIES}/{activity}/registrations"),
        Some(&asti_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{out}");

    // Nothing of a resident's or staff's: 403, never a server error.
    for path in [
        "/c/testville/n/west",
        "/c/testville/verify",
        "/c/testville/messages",
        "/c/testville/timebank",
        "/c/testville/consultations",
        "/c/testville/me/activities",
        "/c/testville/me/languages",
        "/c/testville/staff",
        PAGE,
    ] {
        assert_eq!(asti.page(path).await.0, StatusCode::FORBIDDEN, "{path}");
    }
    let r = asti
        .submit(
            "/settings",
            PAGE,
            &[
                ("name", "Fake"),
                ("email", "fake@example.lu"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (status, _) = api(&t, Method::GET, API, Some(&asti_token), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = api(
        &t,
        Method::POST,
        API,
        Some(&asti_token),
        Some(json!({"name": "Fake", "email": "fake@example.lu", "language": "fr"})),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(id_of(&t, "fake@example.lu").await, None);

    // Another's activity is not theirs to manage: staff's, or another organiser's.
    let (status, staff_activity) = api(
        &t,
        Method::POST,
        ACTIVITIES,
        Some(&staff_token),
        Some(activity_draft("public", "staff-one")),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let staff_activity = staff_activity["id"].as_i64().unwrap();
    let (status, created) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(json!({"name": "Cercle culturel", "email": "cercle@example.lu", "language": "fr"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let cercle_id = created["id"].as_i64().unwrap();
    let cercle_token = api_token(&t, cercle_id).await;
    for (token, id) in [(&asti_token, staff_activity), (&cercle_token, activity)] {
        let (status, _) = api(
            &t,
            Method::GET,
            &format!("{ACTIVITIES}/{id}/registrations"),
            Some(token),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    assert_eq!(
        asti.page(&format!(
            "/c/testville/activities/{staff_activity}/registrations"
        ))
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    let (status, list) = api(&t, Method::GET, API, Some(&staff_token), None).await;
    assert_eq!(status, StatusCode::OK);
    let names: Vec<(&str, i64)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["name"].as_str().unwrap(),
                o["activity_count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(names, vec![("ASTI", 2), ("Cercle culturel", 0)]);

    // Closing: a page to confirm, then the account is erased; its activities stay,
    // naming nobody, and staff manage them.
    let close = format!("{PAGE}/{asti_id}/close");
    let (status, html) = desk.page(&close).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("ASTI"));
    let r = desk.submit(&close, &close, &[]).await;
    assert_eq!(location(&r), format!("{PAGE}?done=closed"));
    assert_eq!(id_of(&t, "contact@asti.lu").await, None);
    assert_eq!(
        t.text(&format!(
            "SELECT COALESCE(CAST(organiser_id AS TEXT), 'nobody') FROM activities WHERE id = {activity}"
        ))
        .await,
        "nobody"
    );
    let r = asti.get("/c/testville/activities/organised").await;
    assert!(
        location(&r).starts_with("/c/testville/login"),
        "the session ended"
    );
    let (status, html) = desk.page(&registrations).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Resident 0"));
    assert_eq!(
        t.browser()
            .page(&format!("/c/testville/activities/{public}"))
            .await
            .0,
        StatusCode::OK,
        "the public activity still shows"
    );
    // Over the API too; and the trail names who did what.
    let (status, _) = api(
        &t,
        Method::DELETE,
        &format!("{API}/{cercle_id}"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = api(
        &t,
        Method::DELETE,
        &format!("{API}/{cercle_id}"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        t.text(&format!(
            "SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE commune_id = {} AND action IN ('organiser-created', 'organiser-closed')",
            f.commune
        ))
        .await,
        "4"
    );
}

#[tokio::test]
async fn bad_input_and_strangers_store_nothing() {
    let t = TestApp::start_with_mail().await;
    let f = t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    let resident = t
        .account(
            f.commune,
            "ana@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 1").await),
            Residence::Verified,
        )
        .await;
    let moderator = t
        .account(
            f.commune,
            "mo@example.lu",
            Role::Moderator,
            Some(t.address(f.commune, "ouest 2").await),
            Residence::Verified,
        )
        .await;
    let other_admin = t
        .account(
            f.other_commune,
            "admin@otherville.lu",
            Role::Admin,
            None,
            Residence::Verified,
        )
        .await;
    let (status, created) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(json!({"name": "ASTI", "email": "asti@example.lu", "language": "fr"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let asti = created["id"].as_i64().unwrap();
    let users = t.count("users").await;
    let outbox = t.count("outbox").await;

    // Every problem at its field, in the API and on the page; nothing stored.
    let long = "x".repeat(61);
    for (input, field) in [
        (
            json!({"name": "", "email": "a@example.lu", "language": "fr"}),
            "name",
        ),
        (
            json!({"name": "A", "email": "a@example.lu", "language": "fr"}),
            "name",
        ),
        (
            json!({"name": long, "email": "a@example.lu", "language": "fr"}),
            "name",
        ),
        (
            json!({"name": "ASTI 2", "email": "not an address", "language": "fr"}),
            "email",
        ),
        (
            json!({"name": "ASTI 2", "email": "ana@example.lu", "language": "fr"}),
            "email",
        ),
        (
            json!({"name": "ASTI 2", "email": "b@example.lu", "language": "xx"}),
            "language",
        ),
        (
            json!({"name": "ASTI 2", "email": "b@example.lu"}),
            "language",
        ),
    ] {
        let (status, problem) = api(
            &t,
            Method::POST,
            API,
            Some(&staff_token),
            Some(input.clone()),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{input}: {problem}"
        );
        assert_eq!(problem["errors"][0]["field"], field, "{input}: {problem}");
        let message = problem["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(
            !message.is_empty() && !message.starts_with("error-"),
            "{problem}"
        );
    }
    let (status, problem) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(json!("ASTI")),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let r = desk
        .submit(
            PAGE,
            PAGE,
            &[
                ("name", "Club des aînés"),
                ("email", "asti@example.lu"),
                ("language", "lb"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(
        html.contains("id=\"email-error\"") && html.contains("Club des aînés"),
        "{html}"
    );
    let r = desk
        .submit(
            PAGE,
            PAGE,
            &[("name", " "), ("email", "x"), ("language", "klingon")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    for field in ["name", "email", "language"] {
        assert!(
            html.contains(&format!("id=\"{field}-error\"")),
            "{field}: {html}"
        );
    }
    assert_eq!(t.count("users").await, users);
    assert_eq!(t.count("outbox").await, outbox);

    // A resident, a moderator and another commune's admin: refused, told nothing.
    let close = format!("{PAGE}/{asti}/close");
    for (who, id, commune) in [
        ("resident", resident, "testville"),
        ("moderator", moderator, "testville"),
        ("other commune", other_admin, "otherville"),
    ] {
        let token = api_token(&t, id).await;
        for (method, path, input) in [
            (Method::GET, API.to_string(), None),
            (
                Method::POST,
                API.to_string(),
                Some(json!({"name": "Sneaky", "email": "sneaky@example.lu", "language": "fr"})),
            ),
            (Method::DELETE, format!("{API}/{asti}"), None),
        ] {
            let (status, out) = api(&t, method.clone(), &path, Some(&token), input).await;
            assert!(
                matches!(
                    status,
                    StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
                ),
                "{who} {method} {path}: {status}"
            );
            assert!(!out.to_string().contains("asti@example.lu"), "{who}: {out}");
        }
        let b = t.browser();
        let email = t
            .text(&format!("SELECT email FROM users WHERE id = {id}"))
            .await;
        b.login(commune, &email, PASSWORD).await;
        for path in [PAGE.to_string(), close.clone()] {
            let r = b.get(&path).await;
            let status = r.status();
            let html = body(r).await;
            assert!(
                status == StatusCode::FORBIDDEN || status == StatusCode::SEE_OTHER,
                "{who} {path}: {status}"
            );
            assert!(!html.contains("asti@example.lu"), "{who}");
        }
        for path in [PAGE.to_string(), close.clone()] {
            let r = b
                .submit(
                    "/settings",
                    &path,
                    &[
                        ("name", "Sneaky"),
                        ("email", "sneaky@example.lu"),
                        ("language", "fr"),
                    ],
                )
                .await;
            assert!(
                r.status() == StatusCode::FORBIDDEN || r.status() == StatusCode::SEE_OTHER,
                "{who} POST {path}: {}",
                r.status()
            );
        }
    }
    assert_eq!(t.count("users").await, users);
    assert_eq!(id_of(&t, "asti@example.lu").await, Some(asti));
    // Staff close only organiser accounts: a resident's id is not found; nobody turns
    // an account into an organiser's or back through the roles page.
    let (status, _) = api(
        &t,
        Method::DELETE,
        &format!("{API}/{resident}"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        desk.page(&format!("{PAGE}/{resident}/close")).await.0,
        StatusCode::NOT_FOUND
    );
    let r = desk
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{asti}"),
            &[("role", "resident")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = desk
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{resident}"),
            &[("role", "organiser")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    for (id, role) in [(asti, "organiser"), (resident, "resident")] {
        assert_eq!(
            t.text(&format!("SELECT role FROM users WHERE id = {id}"))
                .await,
            role
        );
    }
    let (_, html) = desk.page("/c/testville/staff/roles").await;
    assert!(
        !html.contains("asti@example.lu"),
        "organisers have a page of their own"
    );
    assert_eq!(t.count("users").await, users);

    // A staff session making accounts without end (as a stolen one would) is stopped
    // at the day's limit, e-mailing nobody more; a colleague is not stopped by it.
    let staff_id = id_of(&t, "staff@example.lu").await.unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    // The day's creations so far (ASTI's counted one); the next valid one is refused.
    for _ in 1..60 {
        gemeng_db::rate_limits::hit(&t.db, &format!("organisers:{staff_id}"), 86_400, now)
            .await
            .unwrap();
    }
    let outbox = t.count("outbox").await;
    let (status, _) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(json!({"name": "One too many", "email": "many@example.lu", "language": "fr"})),
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(id_of(&t, "many@example.lu").await, None);
    assert_eq!(t.count("outbox").await, outbox);
    let colleague = t
        .account(
            f.commune,
            "colleague@example.lu",
            Role::Staff,
            None,
            Residence::Verified,
        )
        .await;
    let (status, out) = api(
        &t,
        Method::POST,
        API,
        Some(&api_token(&t, colleague).await),
        Some(json!({"name": "Club des aînés", "email": "club@example.lu", "language": "lb"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
}
