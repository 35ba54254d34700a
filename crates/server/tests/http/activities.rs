//! Activities: staff and residents organise them (one date or a weekly series), members
//! take places or wait, withdrawing moves the next one up (told by e-mail), organisers
//! see names and cancel sessions, reminders go out once, calendars are valid iCalendar
//! (checked by Python's `icalendar` and `recurring_ical_events`). Capacity holds under
//! many simultaneous registrations on both engines; a neighbourhood's activity and its
//! registrants are seen only by their audience; bad input stores nothing.

use gemeng_core::account::{Residence, Role};
use gemeng_db::sessions::SessionKind;
use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};

use crate::neighbourhood::street;
use crate::support::{body, location, Browser, TestApp, PASSWORD};

const LIST: &str = "/c/testville/activities";
const API: &str = "/api/v1/communes/testville/activities";

pub(crate) use crate::support::commune_id;

pub(crate) async fn staff(t: &TestApp) -> (Browser, String) {
    let id = t
        .account(
            commune_id(t).await,
            "staff@example.lu",
            Role::Staff,
            None,
            Residence::Verified,
        )
        .await;
    let b = t.browser();
    b.login("testville", "staff@example.lu", PASSWORD).await;
    (b, api_token(t, id).await)
}

/// An API token of account `id`, made as logging in makes one.
pub(crate) async fn api_token(t: &TestApp, id: i64) -> String {
    gemeng::http::auth::start_session(&t.jobs_app(), id, SessionKind::Api, "test", None)
        .await
        .unwrap()
}

pub(crate) async fn api(
    t: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    crate::support::api_json(t, method, path, token, body, None).await
}

/// Verified residents of West (their tokens), created without hashing a password each.
pub(crate) async fn residents(t: &TestApp, prefix: &str, count: usize) -> Vec<(i64, String)> {
    let commune = commune_id(t).await;
    let address = t.address(commune, "ouest 3").await;
    let mut out = Vec::new();
    for i in 0..count {
        let mut tx = t.db.begin().await.unwrap();
        let id = gemeng_db::accounts::create(
            &mut tx,
            &gemeng_db::accounts::NewAccount {
                commune_id: Some(commune),
                email: &format!("{prefix}{i}@example.lu"),
                password_hash: "not a hash",
                display_name: &format!("Resident {i}"),
                language: ["fr", "pt", "lb", "de", "en"][i % 5],
                role: Role::Resident,
                address_id: Some(address),
                residence: Residence::Verified,
                email_confirmed: true,
            },
            gemeng::app::now(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        out.push((id, api_token(t, id).await));
    }
    out
}

/// A public activity with one session a week ahead, `capacity` places: its id and
/// the session's.
async fn public_activity(t: &TestApp, token: &str, capacity: i64) -> (i64, i64) {
    let starts = gemeng::app::now() + 7 * 86_400;
    let (status, a) = api(
        t,
        Method::POST,
        API,
        Some(token),
        Some(json!({
            "versions": {"fr": {"title": "Café smartphone", "description": "Apportez votre téléphone."},
                         "pt": {"title": "Café smartphone", "description": "Traga o seu telemóvel."}},
            "kind": "smartphone_cafe", "audience": "public", "place": "Centre culturel",
            "capacity": capacity, "languages": ["fr", "pt"],
            "sessions": [{"starts_at": starts, "ends_at": starts + 7_200}],
            "request_key": format!("public-{capacity}")
        })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    (
        a["id"].as_i64().unwrap(),
        a["sessions"][0]["id"].as_i64().unwrap(),
    )
}

fn registration(activity: i64, session: i64) -> String {
    format!("{API}/{activity}/sessions/{session}/registration")
}

#[tokio::test]
async fn simultaneous_registrations_never_exceed_capacity_and_wait_in_order() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let (activity, session) = public_activity(&t, &staff_token, 7).await;
    let people = residents(&t, "r", 40).await;
    // Everyone at once, from two instances of Gemeng on the same database.
    let second = t.another_instance().await;
    let mut runs = Vec::new();
    for (i, (id, token)) in people.iter().enumerate() {
        let base = if i % 2 == 0 {
            t.base.clone()
        } else {
            second.base.clone()
        };
        let url = format!("{base}{}", registration(activity, session));
        let token = token.clone();
        let id = *id;
        runs.push(tokio::spawn(async move {
            let r = Client::new()
                .post(url)
                .bearer_auth(token)
                .json(&json!({"waiting_list": true}))
                .send()
                .await
                .unwrap();
            (id, r.status(), r.json::<Value>().await.unwrap())
        }));
    }
    let mut outcomes = Vec::new();
    for run in runs {
        outcomes.push(run.await.unwrap());
    }
    assert!(
        outcomes.iter().all(|(_, s, _)| *s == StatusCode::CREATED),
        "{outcomes:?}"
    );
    let registered = outcomes
        .iter()
        .filter(|(_, _, o)| o["standing"] == "registered")
        .count();
    assert_eq!(registered, 7, "{outcomes:?}");
    // Waiting-list positions are 1..=33, each once: first come, first served.
    let mut positions: Vec<i64> = outcomes
        .iter()
        .filter_map(|(_, _, o)| o["position"].as_i64())
        .collect();
    positions.sort();
    assert_eq!(positions, (1..=33).collect::<Vec<_>>());
    let count = |status: &'static str| {
        let t = &t;
        async move {
            t.text(&format!(
                "SELECT CAST(COUNT(*) AS TEXT) FROM activity_registrations WHERE status = '{status}'"
            ))
            .await
        }
    };
    assert_eq!(count("registered").await, "7");
    assert_eq!(count("waiting").await, "33");

    // Registering twice is refused, and changes nothing.
    let (_, first_token) = &people[0];
    let (status, problem) = api(
        &t,
        Method::POST,
        &registration(activity, session),
        Some(first_token),
        Some(json!({"waiting_list": true})),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{problem}");
    // A full session without the waiting list is refused.
    let (latecomer_id, latecomer) = residents(&t, "late", 1).await.pop().unwrap();
    let (status, _) = api(
        &t,
        Method::POST,
        &registration(activity, session),
        Some(&latecomer),
        Some(json!({"waiting_list": false})),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        t.count(&format!(
            "activity_registrations WHERE user_id = {latecomer_id}"
        ))
        .await,
        0
    );

    // Three with a place withdraw at once: the first three waiting move up, in the
    // order they came, and each is told.
    let holders: Vec<&(i64, StatusCode, Value)> = outcomes
        .iter()
        .filter(|(_, _, o)| o["standing"] == "registered")
        .take(3)
        .collect();
    let mut withdrawals = Vec::new();
    for (id, _, _) in &holders {
        let token = people.iter().find(|p| p.0 == *id).unwrap().1.clone();
        let url = t.url(&registration(activity, session));
        withdrawals.push(tokio::spawn(async move {
            Client::new()
                .delete(url)
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    for w in withdrawals {
        assert_eq!(w.await.unwrap(), StatusCode::NO_CONTENT);
    }
    assert_eq!(count("registered").await, "7");
    assert_eq!(count("waiting").await, "30");
    let mut first_waiting: Vec<(i64, i64)> = outcomes
        .iter()
        .filter_map(|(id, _, o)| o["position"].as_i64().map(|p| (p, *id)))
        .collect();
    first_waiting.sort();
    for (_, id) in first_waiting.iter().take(3) {
        assert_eq!(
            t.text(&format!(
                "SELECT status FROM activity_registrations WHERE user_id = {id}"
            ))
            .await,
            "registered"
        );
        let email = format!(
            "r{}@example.lu",
            people.iter().position(|p| p.0 == *id).unwrap()
        );
        // The waiting-list e-mail, then the place.
        assert_eq!(
            t.count(&format!("outbox WHERE recipient = '{email}'"))
                .await,
            2,
            "{email}"
        );
    }
    // The organiser's list: names in order, never an address.
    let (status, roll) = api(
        &t,
        Method::GET,
        &format!("{API}/{activity}/registrations"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        roll["sessions"][0]["registered"].as_array().unwrap().len(),
        7
    );
    assert_eq!(roll["sessions"][0]["waiting"].as_array().unwrap().len(), 30);
    assert!(!roll.to_string().contains("Ouest"), "{roll}");
}

async fn form_fields<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("kind", "neighbourhood_activity"),
        ("title-lb", "Sproochecafé"),
        ("description-lb", "Mir schwätze Lëtzebuergesch."),
        ("title-pt", "Café de línguas"),
        ("description-pt", "Falamos luxemburguês."),
        ("audience", "commune"),
        ("place", "Centre culturel\nSalle 2"),
        ("capacity", "2"),
        ("language", "lb"),
        ("language", "pt"),
        ("starts", "18:00"),
        ("ends", "19:30"),
        ("request_key", "form-activity-0001"),
    ];
    for (name, value) in extra {
        fields.retain(|(n, _)| n != name);
        fields.push((name, value));
    }
    fields
}

#[tokio::test]
async fn staff_publish_a_weekly_series_and_members_take_wait_and_move_up() {
    let t = TestApp::start_with_mail().await;
    let s = street(&t).await;
    let (desk, _) = staff(&t).await;
    let (next_week, _) = gemeng::activities::local_parts(gemeng::app::now() + 7 * 86_400);
    let (in_a_month, _) = gemeng::activities::local_parts(gemeng::app::now() + 30 * 86_400);
    let weekday = {
        let d = gemeng::activities::parse_date(&next_week).unwrap();
        gemeng::activities::weekday_codes()
            .nth(d.weekday().index() as usize)
            .unwrap()
    };
    let (status, html) = desk.page(&format!("{LIST}/new")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("name=\"title-pt\""), "{html}");
    let r = desk
        .submit(
            &format!("{LIST}/new"),
            LIST,
            &form_fields(&[
                ("repeat", "weekly"),
                ("date", &next_week),
                ("weekday", weekday),
                ("until", &in_a_month),
            ])
            .await,
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", body(r).await);
    let page = location(&r);
    let id: i64 = page
        .trim_start_matches(&format!("{LIST}/"))
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    // A month of Tuesdays (or whichever day): four or five sessions, each 90 minutes.
    let sessions = t
        .count(&format!("activity_sessions WHERE activity_id = {id}"))
        .await;
    assert!((4..=5).contains(&sessions), "{sessions}");
    assert_eq!(
        t.count(&format!(
            "activity_sessions WHERE activity_id = {id} AND ends_at - starts_at = 5400"
        ))
        .await,
        sessions
    );
    assert_eq!(
        t.count("audit_log WHERE action = 'activity-created'").await,
        1
    );
    // A double click creates nothing more.
    let again = desk
        .submit(
            &format!("{LIST}/new"),
            LIST,
            &form_fields(&[
                ("repeat", "weekly"),
                ("date", &next_week),
                ("weekday", weekday),
                ("until", &in_a_month),
            ])
            .await,
        )
        .await;
    assert_eq!(location(&again), page);
    assert_eq!(t.count("activities").await, 1);

    // Ana and Cleo take the two places of the first session; Ben (Portuguese) waits.
    let first: i64 = t
        .text(&format!(
            "SELECT CAST(MIN(id) AS TEXT) FROM activity_sessions WHERE activity_id = {id}"
        ))
        .await
        .parse()
        .unwrap();
    let show = format!("{LIST}/{id}");
    let register = format!("{show}/sessions/{first}/register");
    let (status, html) = s.ana.page(&show).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Centre culturel<br>Salle 2"), "{html}");
    assert!(html.contains(&register), "{html}");
    for b in [&s.ana, &s.cleo] {
        let r = b.submit(&show, &register, &[]).await;
        assert!(location(&r).contains("done=registered"), "{}", location(&r));
    }
    t.execute("UPDATE users SET language = 'pt' WHERE email = 'ben@example.lu'")
        .await;
    let (_, html) = s.ben.page(&show).await;
    assert!(
        html.contains("waiting_list"),
        "the full session offers the waiting list: {html}"
    );
    let r = s
        .ben
        .submit(&show, &register, &[("waiting_list", "yes")])
        .await;
    assert!(location(&r).contains("done=waitlisted"), "{}", location(&r));
    // Registering twice says so, and stores nothing more.
    let r = s.ana.submit(&show, &register, &[]).await;
    assert!(
        location(&r).contains("activity-refused-already-registered"),
        "{}",
        location(&r)
    );
    let (_, html) = s.ana.page(&location(&r)).await;
    assert!(html.contains("You already have a place"), "{html}");
    assert_eq!(t.count("activity_registrations").await, 3);

    // The organiser's list names them, never their address.
    let (status, html) = desk.page(&format!("{show}/registrations")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("<bdi>ana</bdi>")
            && html.contains("<bdi>cleo</bdi>")
            && html.contains("<bdi>ben</bdi>"),
        "{html}"
    );
    assert!(!html.contains("Ouest") && !html.contains("l'Est"), "{html}");
    // Residents do not see it.
    assert_eq!(
        s.ana.page(&format!("{show}/registrations")).await.0,
        StatusCode::NOT_FOUND
    );

    // Ana withdraws: Ben moves up and is told, in Portuguese.
    let r = s
        .ana
        .submit(&show, &format!("{show}/sessions/{first}/withdraw"), &[])
        .await;
    assert!(location(&r).contains("done=withdrawn"));
    let mail = t
        .smtp()
        .wait_for(
            "ben@example.lu",
            "Ficou um lugar livre para si: Café de línguas",
        )
        .await;
    assert!(mail.body.contains(&show), "{}", mail.body);
    let (_, html) = s.ben.page(&show).await;
    assert!(html.contains("You have a place"), "{html}");

    // Staff cancel the session: both registered are told.
    let r = desk
        .submit(
            &format!("{show}/registrations"),
            &format!("{show}/sessions/{first}/cancel"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    t.smtp()
        .wait_for("ben@example.lu", "Cancelada: Café de línguas")
        .await;
    t.smtp()
        .wait_for("cleo@example.lu", "Cancelled: Sproochecafé")
        .await;
    let r = s.cleo.submit(&show, &register, &[]).await;
    assert!(
        location(&r).contains("activity-refused"),
        "{}",
        location(&r)
    );
}

#[tokio::test]
async fn bad_activities_come_back_with_every_problem_and_store_nothing() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (desk, token) = staff(&t).await;
    let (next_week, _) = gemeng::activities::local_parts(gemeng::app::now() + 7 * 86_400);
    // (fields changed, messages shown)
    type Case<'a> = (Vec<(&'a str, &'a str)>, &'a [&'a str]);
    let cases: Vec<Case> = vec![
        (
            vec![
                ("date", next_week.as_str()),
                ("starts", "19:00"),
                ("ends", "18:00"),
            ],
            &["The end must come after the start"],
        ),
        (vec![("date", "2020-01-07")], &["This date is in the past."]),
        (
            vec![("date", next_week.as_str()), ("capacity", "0")],
            &["Give a number of places from 1 to 10,000."],
        ),
        (
            vec![("date", next_week.as_str()), ("capacity", "20000")],
            &["Give a number of places from 1 to 10,000."],
        ),
        (
            vec![
                ("date", next_week.as_str()),
                ("repeat", "weekly"),
                ("weekday", "monday"),
            ],
            &["A weekly series needs a last day."],
        ),
        (
            vec![
                ("date", next_week.as_str()),
                ("title-lb", " "),
                ("title-pt", ""),
                ("description-pt", ""),
                ("place", ""),
                ("link", "javascript:alert(1)"),
            ],
            &[
                "Write a title in at least one language.",
                "Give a web address that starts with https://",
            ],
        ),
        (
            vec![("date", "3 March"), ("kind", "rave"), ("audience", "world")],
            &[
                "Give a date, such as 2030-03-05.",
                "Choose a kind of activity.",
                "Choose who may come.",
            ],
        ),
    ];
    for (changes, messages) in cases {
        let fields = form_fields(&changes).await;
        let r = desk.submit(&format!("{LIST}/new"), LIST, &fields).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{changes:?}");
        let html = body(r).await;
        for m in messages {
            assert!(html.contains(m), "{changes:?}: {m} in {html}");
        }
        assert!(html.contains("error-summary"), "{html}");
        // What was typed is kept.
        assert!(html.contains("Sproochecafé") || changes.iter().any(|c| c.0 == "title-lb"));
    }
    // The API refuses the same, problem by problem, without a panic on odd numbers.
    for body in [
        json!({"versions": {"fr": {"title": "x"}}, "kind": "course", "audience": "public",
               "place": "Mairie", "capacity": 1e30, "languages": ["fr"],
               "sessions": [{"starts_at": 4_000_000_000i64, "ends_at": 4_000_003_600i64}]}),
        json!({"versions": {"xx": {"title": "x"}}, "kind": "course", "audience": "public",
               "place": "Mairie", "capacity": 5, "languages": ["fr"],
               "weekly": {"first_day": "2030-02-30", "weekdays": ["funday"], "starts": "25:00", "ends": "x"}}),
        json!({"versions": {"fr": {"title": "x"}}, "kind": "course", "audience": "public",
               "place": "Mairie", "capacity": 5, "languages": ["fr"],
               "weekly": {"first_day": "2030-03-05", "weekdays": ["tuesday"], "starts": "18:00", "ends": "19:00", "count": 60}}),
        json!({"versions": {"fr": {"title": "x"}}, "kind": "course", "audience": "public",
               "place": "Mairie", "capacity": 5, "languages": ["fr"],
               "sessions": [{"starts_at": 4_000_000_000i64, "ends_at": 4_000_000_000i64}],
               "weekly": {"first_day": "2030-03-05"}}),
    ] {
        let (status, problem) = api(&t, Method::POST, API, Some(&token), Some(body.clone())).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}: {problem}"
        );
        assert!(
            problem["errors"].as_array().is_some_and(|e| !e.is_empty()),
            "{problem}"
        );
    }
    for table in [
        "activities",
        "activity_versions",
        "activity_sessions",
        "audit_log",
    ] {
        assert_eq!(t.count(table).await, 0, "{table}");
    }
}

#[tokio::test]
async fn a_neighbourhoods_activity_and_its_registrants_stay_with_its_audience() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let commune = commune_id(&t).await;
    let ana_token = api_token(&t, s.ana_id).await;
    let ben_id: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM users WHERE email = 'ben@example.lu'")
        .await
        .parse()
        .unwrap();
    let ben_token = api_token(&t, ben_id).await;
    let far = t
        .account(
            commune,
            "far@example.lu",
            Role::Resident,
            Some(t.address(commune, "large").await),
            Residence::Verified,
        )
        .await;
    let far_token = api_token(&t, far).await;
    let starts = gemeng::app::now() + 3 * 86_400;
    // A resident may not organise for the whole commune.
    let draft = |audience: &str| {
        json!({"versions": {"en": {"title": "Street barbecue"}}, "kind": "neighbourhood_activity",
               "audience": audience, "place": "Rue de l'Ouest 1", "capacity": 20, "languages": ["en", "fr"],
               "sessions": [{"starts_at": starts, "ends_at": starts + 10_800}], "request_key": format!("bbq-{audience}")})
    };
    let (status, problem) = api(
        &t,
        Method::POST,
        API,
        Some(&ana_token),
        Some(draft("commune")),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let (status, a) = api(
        &t,
        Method::POST,
        API,
        Some(&ana_token),
        Some(draft("neighbourhood")),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    let id = a["id"].as_i64().unwrap();
    let session = a["sessions"][0]["id"].as_i64().unwrap();
    assert_eq!(a["neighbourhood"].as_i64(), Some(s.west));
    let show = format!("{LIST}/{id}");

    // Cleo (West) sees and joins it; Ben (East) and visitors learn nothing of it.
    let (status, html) = s.cleo.page(LIST).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Street barbecue"));
    let r = s
        .cleo
        .submit(&show, &format!("{show}/sessions/{session}/register"), &[])
        .await;
    assert!(location(&r).contains("done=registered"));
    for (who, b) in [("ben", &s.ben), ("visitor", &t.browser())] {
        let (_, html) = b.page(LIST).await;
        assert!(!html.contains("Street barbecue"), "{who}");
        assert_eq!(b.page(&show).await.0, StatusCode::NOT_FOUND, "{who}");
        assert_eq!(
            b.page(&format!("{show}/calendar.ics")).await.0,
            StatusCode::NOT_FOUND,
            "{who}"
        );
    }
    let (_, html) = t.browser().page(&format!("{LIST}.ics")).await;
    assert!(!html.contains("Street barbecue"));
    for token in [Some(ben_token.as_str()), Some(far_token.as_str()), None] {
        let (status, _) = api(&t, Method::GET, &format!("{API}/{id}"), token, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, list) = api(&t, Method::GET, API, token, None).await;
        assert!(!list.to_string().contains("Street barbecue"), "{list}");
    }
    // Ben can neither take a place, withdraw Cleo, read the registrants nor cancel.
    for (method, path) in [
        (Method::POST, registration(id, session)),
        (Method::DELETE, registration(id, session)),
        (Method::GET, format!("{API}/{id}/registrations")),
        (
            Method::POST,
            format!("{API}/{id}/sessions/{session}/cancel"),
        ),
    ] {
        let (status, _) = api(&t, method.clone(), &path, Some(&ben_token), Some(json!({}))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}");
    }
    // Cleo sees it but not its registrants; forged ids are not found.
    let cleo_id: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM users WHERE email = 'cleo@example.lu'")
        .await
        .parse()
        .unwrap();
    let cleo_token = api_token(&t, cleo_id).await;
    for path in [
        format!("{API}/{id}/registrations"),
        format!("{API}/999999"),
        format!("{API}/{id}/sessions/999999/registration"),
    ] {
        let method = if path.ends_with("registration") {
            Method::POST
        } else {
            Method::GET
        };
        let (status, _) = api(&t, method, &path, Some(&cleo_token), Some(json!({}))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    // The session of another activity, under this one's id, is not found either.
    let (_, staff_token) = staff(&t).await;
    let (other, other_session) = public_activity(&t, &staff_token, 3).await;
    let (status, _) = api(
        &t,
        Method::POST,
        &registration(id, other_session),
        Some(&cleo_token),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        t.count(&format!("activity_registrations WHERE user_id = {cleo_id}"))
            .await,
        1
    );
    // Ana, its organiser, reads the list; so do staff.
    for token in [&ana_token, &staff_token] {
        let (status, roll) = api(
            &t,
            Method::GET,
            &format!("{API}/{id}/registrations"),
            Some(token),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(roll["sessions"][0]["registered"][0]["name"], "cleo");
    }
    // An adjacent audience reaches Ben next door, not the far one.
    let (_, a) = api(
        &t,
        Method::POST,
        API,
        Some(&ana_token),
        Some(draft("adjacent")),
    )
    .await;
    let adjacent = a["id"].as_i64().unwrap();
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("{API}/{adjacent}"),
        Some(&ben_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("{API}/{adjacent}"),
        Some(&far_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(&t, Method::GET, &format!("{API}/{other}"), None, None).await;
    assert_eq!(status, StatusCode::OK, "a public one is for everyone");

    // Who came is marked once the session has started, by its organiser only.
    let came = cleo_id.to_string();
    let attendance = format!("{show}/sessions/{session}/attendance");
    let roll = format!("{show}/registrations");
    let r = s.ana.submit(&roll, &attendance, &[("came", &came)]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let now = gemeng::app::now();
    t.execute(&format!(
        "UPDATE activity_sessions SET starts_at = {}, ends_at = {} WHERE id = {session}",
        now - 7_200,
        now - 3_600
    ))
    .await;
    let r = s.cleo.submit(&show, &attendance, &[("came", &came)]).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        t.count("activity_registrations WHERE attended IS NOT NULL")
            .await,
        0
    );
    let (_, html) = s.ana.page(&roll).await;
    assert!(
        html.contains(&format!("name=\"came\" value=\"{came}\"")),
        "{html}"
    );
    let r = s.ana.submit(&roll, &attendance, &[("came", &came)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        t.count("activity_registrations WHERE attended = 1").await,
        1
    );
    assert_eq!(
        t.count("audit_log WHERE action = 'activity-attendance-marked'")
            .await,
        1
    );
    // A session that has started takes nobody any more.
    let (status, _) = api(
        &t,
        Method::POST,
        &registration(id, session),
        Some(&ben_token),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "still not Ben's to see");
}

/// Python's `icalendar` parser reads `ics`, and `recurring_ical_events` lists its
/// events between now and a year ahead: their summaries, statuses and UTC starts.
pub(crate) fn check_ics(ics: &str) -> Value {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tools/check_ics.py");
    let mut child = std::process::Command::new("python3")
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs the iCalendar check (scripts/install-test-tools installs icalendar)");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ics.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "the iCalendar check said nothing readable: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(out.status.success(), "iCalendar problems: {report}\n{ics}");
    report
}

#[tokio::test]
async fn calendars_are_valid_icalendar_and_a_revoked_address_is_gone() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let (_, staff_token) = staff(&t).await;
    // A weekly series across the change to winter time: every session at 18:00 on
    // Luxembourg's clock.
    let (status, a) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(json!({
            "versions": {"lb": {"title": "Konversatiounsdësch", "description": "Mir schwätzen; all Niveau, och \"A1\"."},
                         "fr": {"title": "Table de conversation", "description": "On parle luxembourgeois, tous niveaux."}},
            "kind": "course", "audience": "public", "place": "Bibliothèque\nRue de l'École 3",
            "capacity": 8, "languages": ["lb"],
            "weekly": {"first_day": "2030-10-15", "weekdays": ["tuesday"], "starts": "18:00", "ends": "19:30", "count": 4},
            "request_key": "ics-series"
        })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    let id = a["id"].as_i64().unwrap();
    let starts: Vec<i64> = a["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["starts_at"].as_i64().unwrap())
        .collect();
    // 15 and 22 October in summer time (UTC+2), 29 October and 5 November in winter
    // time (UTC+1): 16:00 and 17:00 UTC.
    assert_eq!(
        starts
            .iter()
            .map(|s| s.rem_euclid(86_400) / 3_600)
            .collect::<Vec<_>>(),
        [16, 16, 17, 17]
    );
    let ics = |path: String| {
        let t = &t;
        async move {
            let r = Client::new().get(t.url(&path)).send().await.unwrap();
            (
                r.status(),
                r.headers()
                    .get("content-type")
                    .map(|v| v.to_str().unwrap().to_string()),
                r.text().await.unwrap(),
            )
        }
    };
    let (status, kind, text) = ics(format!("{LIST}/{id}/calendar.ics")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.unwrap().starts_with("text/calendar"));
    let report = check_ics(&text);
    assert_eq!(report["events"].as_array().unwrap().len(), 4, "{report}");
    assert_eq!(report["starts"], json!(starts), "{report}");
    // The commune's public calendar has it too.
    let (_, _, text) = ics(format!("{LIST}.ics")).await;
    let report = check_ics(&text);
    assert_eq!(report["events"].as_array().unwrap().len(), 4, "{report}");

    // Ana registers for the second session and makes her personal address.
    let session = a["sessions"][1]["id"].as_i64().unwrap();
    let show = format!("{LIST}/{id}");
    s.ana
        .submit(&show, &format!("{show}/sessions/{session}/register"), &[])
        .await;
    // Her data lists the registration, each field named in her language.
    let (status, html) = s.ana.page("/c/testville/me/data").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("The sessions you registered for"), "{html}");
    let mine = "/c/testville/me/activities";
    let r = s.ana.submit(mine, &format!("{mine}/calendar"), &[]).await;
    assert_eq!(location(&r), format!("{mine}?done=calendar"));
    let (_, html) = s.ana.page(mine).await;
    let url = html
        .split("id=\"calendar-url\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let path = url.trim_start_matches(&t.base).to_string();
    let (status, _, text) = ics(path.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let report = check_ics(&text);
    assert_eq!(report["starts"], json!([starts[1]]), "{report}");
    // A new address revokes the old one; revoking leaves none.
    s.ana.submit(mine, &format!("{mine}/calendar"), &[]).await;
    assert_eq!(ics(path.clone()).await.0, StatusCode::NOT_FOUND);
    s.ana
        .submit(mine, &format!("{mine}/calendar/revoke"), &[])
        .await;
    assert_eq!(t.count("activity_calendar_tokens").await, 0);
    assert_eq!(
        ics("/c/testville/calendar/forged-token/activities.ics".into())
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn reminders_go_out_once_the_day_before_even_from_several_instances() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let (activity, session) = public_activity(&t, &staff_token, 10).await;
    let people = residents(&t, "r", 6).await;
    for (_, token) in &people {
        let (status, _) = api(
            &t,
            Method::POST,
            &registration(activity, session),
            Some(token),
            Some(json!({})),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    // Nothing is due a week ahead.
    let app = t.jobs_app();
    assert_eq!(
        gemeng::activities::reminders::send_due(&app).await.unwrap(),
        0
    );
    // The session moves to tomorrow (registrations were made long before); the last
    // person registered inside the day and gets no reminder.
    let now = gemeng::app::now();
    t.execute(&format!(
        "UPDATE activity_sessions SET starts_at = {}, ends_at = {} WHERE id = {session}",
        now + 20 * 3_600,
        now + 22 * 3_600
    ))
    .await;
    t.execute(&format!(
        "UPDATE activity_registrations SET registered_at = {} WHERE user_id <> {}",
        now - 3 * 86_400,
        people[5].0
    ))
    .await;
    let before = t.count("outbox").await;
    // Three instances at once, then again (a restart).
    let runs: Vec<_> = (0..3)
        .map(|_| {
            let app = t.jobs_app();
            tokio::spawn(
                async move { gemeng::activities::reminders::send_due(&app).await.unwrap() },
            )
        })
        .collect();
    let mut sent = 0;
    for run in runs {
        sent += run.await.unwrap();
    }
    assert_eq!(sent, 5);
    assert_eq!(
        gemeng::activities::reminders::send_due(&app).await.unwrap(),
        0
    );
    assert_eq!(t.count("outbox").await - before, 5);
    assert_eq!(
        t.count("activity_registrations WHERE reminded_at IS NOT NULL")
            .await,
        6
    );
    // In each person's language.
    assert_eq!(
        t.count("outbox WHERE subject = 'Demain\u{a0}: Café smartphone' AND recipient = 'r0@example.lu'")
            .await,
        1
    );
    assert_eq!(
        t.count("outbox WHERE subject = 'Amanhã: Café smartphone' AND recipient = 'r1@example.lu'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_whole_series_at_once_and_a_message_to_its_people() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let (status, a) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(json!({
            "versions": {"en": {"title": "E-banking course"}}, "kind": "course", "audience": "commune",
            "place": "Town hall", "capacity": 1, "languages": ["en"],
            "weekly": {"first_day": "2030-03-04", "weekdays": ["monday"], "starts": "09:00", "ends": "11:00", "count": 3},
            "request_key": "series-course"
        })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    let id = a["id"].as_i64().unwrap();
    let sessions: Vec<i64> = a["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_i64().unwrap())
        .collect();
    let people = residents(&t, "s", 3).await;
    // The first takes the second session's only place.
    let (status, _) = api(
        &t,
        Method::POST,
        &registration(id, sessions[1]),
        Some(&people[0].1),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    // The second asks for the whole series: places in the first and third, the
    // waiting list of the second.
    let series = format!("{API}/{id}/registration");
    let (status, got) = api(
        &t,
        Method::POST,
        &series,
        Some(&people[1].1),
        Some(json!({"waiting_list": true})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{got}");
    let standings: Vec<Value> = got["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["standing"].clone())
        .collect();
    assert_eq!(
        standings,
        [json!("registered"), json!("waiting"), json!("registered")]
    );
    assert_eq!(got["sessions"][1]["position"], 1);
    // One e-mail sums it up, in her language (Portuguese).
    assert_eq!(
        t.count("outbox WHERE recipient = 's1@example.lu' AND subject = 'Os seus lugares: E-banking course'")
            .await,
        1
    );
    // Asking again changes nothing and says why, session by session.
    let (_, again) = api(
        &t,
        Method::POST,
        &series,
        Some(&people[1].1),
        Some(json!({"waiting_list": true})),
    )
    .await;
    let refused: Vec<Value> = again["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["refused"].clone())
        .collect();
    assert_eq!(
        refused,
        [
            json!("already_registered"),
            json!("already_waitlisted"),
            json!("already_registered")
        ]
    );
    // The third, without the waiting list, gets nothing: every session is full.
    let (_, none) = api(
        &t,
        Method::POST,
        &series,
        Some(&people[2].1),
        Some(json!({})),
    )
    .await;
    assert!(
        none["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["refused"] == "full"),
        "{none}"
    );
    assert_eq!(t.count("activity_registrations").await, 4);

    // The organiser writes to everyone of the series: two people, once each.
    let messages = format!("{API}/{id}/messages");
    for (body, expected) in [
        (json!({"text": "   "}), StatusCode::UNPROCESSABLE_ENTITY),
        (
            json!({"text": "x".repeat(2_001)}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"text": "Hello", "session": 999_999}),
            StatusCode::NOT_FOUND,
        ),
    ] {
        let (status, _) = api(&t, Method::POST, &messages, Some(&staff_token), Some(body)).await;
        assert_eq!(status, expected);
    }
    let (status, _) = api(
        &t,
        Method::POST,
        &messages,
        Some(&people[0].1),
        Some(json!({"text": "Hi"})),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a registrant does not write to the others"
    );
    let before = t.count("outbox").await;
    let (status, sent) = api(
        &t,
        Method::POST,
        &messages,
        Some(&staff_token),
        Some(json!({"text": "Bring your bank card reader, please."})),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert_eq!(sent["recipients"], 2);
    let (_, sent) = api(
        &t,
        Method::POST,
        &messages,
        Some(&staff_token),
        Some(json!({"text": "Room 2 today.", "session": sessions[1]})),
    )
    .await;
    assert_eq!(
        sent["recipients"], 2,
        "the one with the place and the one waiting"
    );
    assert_eq!(t.count("outbox").await - before, 4);
    assert_eq!(
        t.count("outbox WHERE recipient = 's0@example.lu' AND subject = 'Un message\u{a0}: E-banking course'")
            .await,
        2
    );
    assert_eq!(
        t.count("audit_log WHERE action = 'activity-message-sent'")
            .await,
        2
    );
}

#[tokio::test]
async fn a_neighbourhoods_activities_are_in_its_feed_and_next_door_for_an_adjacent_audience() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let ana_token = api_token(&t, s.ana_id).await;
    let ben_id: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM users WHERE email = 'ben@example.lu'")
        .await
        .parse()
        .unwrap();
    let ben_token = api_token(&t, ben_id).await;
    let starts = gemeng::app::now() + 5 * 86_400;
    let organise = |token: String, title: &'static str, audience: &'static str| {
        let t = &t;
        async move {
            let (status, a) = api(
                t,
                Method::POST,
                API,
                Some(&token),
                Some(json!({"versions": {"en": {"title": title, "description": "Bring a salad."}},
                    "kind": "neighbourhood_activity", "audience": audience, "place": "Rue de l'Ouest 1",
                    "capacity": 20, "languages": ["en"],
                    "sessions": [{"starts_at": starts, "ends_at": starts + 7_200}],
                    "request_key": format!("feed-{audience}")})),
            )
            .await;
            assert_eq!(status, StatusCode::CREATED, "{a}");
            a["id"].as_i64().unwrap()
        }
    };
    let street_party = organise(ana_token.clone(), "Street party West", "neighbourhood").await;
    let cleanup = organise(
        ana_token.clone(),
        "Park clean-up for both sides",
        "adjacent",
    )
    .await;
    let (_, staff_token) = staff(&t).await;
    organise(staff_token, "Commune fair", "commune").await;

    // West's feed holds both of Ana's, linked to their pages, with their start; East's
    // holds the adjacent one only, from a neighbouring area; the commune's fair is in
    // the activities' list, not in a neighbourhood's feed.
    let (status, west) = s.cleo.page("/c/testville/n/west").await;
    assert_eq!(status, StatusCode::OK);
    assert!(west.contains("Street party West"), "{west}");
    assert!(west.contains("Park clean-up for both sides"));
    assert!(west.contains(&format!("/c/testville/activities/{street_party}")));
    assert!(west.contains("Bring a salad."));
    assert!(west.contains(&format!(
        "Activity: {}",
        gemeng::http::clock::format_local(starts)
    )));
    assert!(!west.contains("Commune fair"));
    let (status, east) = s.ben.page("/c/testville/n/east").await;
    assert_eq!(status, StatusCode::OK);
    assert!(east.contains("Park clean-up for both sides"), "{east}");
    assert!(east.contains("from a neighbouring area"));
    assert!(!east.contains("Street party West"));
    assert!(!east.contains("Commune fair"));
    // A feed filtered by a post's kind has no activity.
    let (_, lend) = s.cleo.page("/c/testville/n/west?kind=lend").await;
    assert!(!lend.contains("Street party West"));

    // The API's feed says the same.
    let feed = |nb: &'static str, token: String| {
        let t = &t;
        async move {
            let (status, page) = api(
                t,
                Method::GET,
                &format!("/api/v1/communes/testville/neighbourhoods/{nb}/feed"),
                Some(&token),
                None,
            )
            .await;
            assert_eq!(status, StatusCode::OK, "{page}");
            page
        }
    };
    let west = feed("west", ana_token.clone()).await;
    let listed: Vec<(i64, bool)> = west["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["id"].as_i64().unwrap(),
                a["from_elsewhere"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(listed, vec![(cleanup, false), (street_party, false)]);
    assert_eq!(west["activities"][1]["title"], "Street party West");
    assert_eq!(west["activities"][1]["first_starts_at"], starts);
    assert_eq!(
        west["activities"][1]["url"],
        format!("{API}/{street_party}")
    );
    let east = feed("east", ben_token.clone()).await;
    assert_eq!(east["activities"].as_array().unwrap().len(), 1, "{east}");
    assert_eq!(east["activities"][0]["id"], cleanup);
    assert_eq!(east["activities"][0]["from_elsewhere"], true);
    // West's feed is not Ben's to read, through the pages or the API.
    assert_eq!(
        s.ben.page("/c/testville/n/west").await.0,
        StatusCode::FORBIDDEN
    );
    let (status, _) = api(
        &t,
        Method::GET,
        "/api/v1/communes/testville/neighbourhoods/west/feed",
        Some(&ben_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn activities_online_may_be_held_in_the_communes_own_video_room() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (staff_browser, staff_token) = staff(&t).await;
    t.account(
        commune_id(&t).await,
        "admin@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    let admin = t.browser();
    admin.login("testville", "admin@example.lu", PASSWORD).await;
    let starts = gemeng::app::now() + 4 * 86_400;
    let draft = |key: &str| {
        json!({"versions": {"fr": {"title": "Séance d'information en ligne"}},
            "kind": "information_session", "audience": "commune", "capacity": 50, "languages": ["fr"],
            "sessions": [{"starts_at": starts, "ends_at": starts + 3_600}],
            "commune_room": true, "request_key": key})
    };
    // No room yet: refused at the link, nothing stored; the form offers no tick.
    let (status, problem) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(draft("room-1")),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert!(problem.to_string().contains("no video room"), "{problem}");
    assert_eq!(
        t.text("SELECT CAST(COUNT(*) AS TEXT) FROM activities")
            .await,
        "0"
    );
    let (_, form) = staff_browser.page(&format!("{LIST}/new")).await;
    assert!(!form.contains("commune_room"));

    // Only a whole https:// address is a room; a refusal keeps what was typed.
    for bad in [
        "http://visio.example.lu/testville",
        "javascript:alert(1)",
        "https://user@visio.example.lu/room",
        "visio.example.lu/testville",
    ] {
        let r = admin
            .submit(
                "/c/testville/staff/commune",
                "/c/testville/staff/commune",
                &[("video_room", bad)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        let html = body(r).await;
        assert!(html.contains("href=\"#video_room\""), "{bad}: {html}");
        assert!(html.contains("starting with https://"), "{bad}");
    }
    let long = format!("https://visio.example.lu/{}", "a".repeat(500));
    let r = admin
        .submit(
            "/c/testville/staff/commune",
            "/c/testville/staff/commune",
            &[("video_room", long.as_str())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let room = "https://visio.example.lu/testville";
    let r = admin
        .submit(
            "/c/testville/staff/commune",
            "/c/testville/staff/commune",
            &[("video_room", room)],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/staff/commune?done=saved");
    assert_eq!(
        t.text("SELECT video_room FROM communes WHERE slug = 'testville'")
            .await,
        room
    );

    // With one tick (or `commune_room` in the API) the room is the activity's link.
    let (status, a) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(draft("room-2")),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    assert_eq!(a["link"], room, "{a}");
    let (_, form) = staff_browser.page(&format!("{LIST}/new")).await;
    assert!(form.contains("name=\"commune_room\""), "{form}");
    assert!(form.contains(room));
    let date = gemeng::activities::local_parts(starts).0;
    let fields = form_fields(&[
        ("kind", "information_session"),
        ("audience", "commune"),
        ("place", ""),
        ("commune_room", "yes"),
        ("date", date.as_str()),
        ("request_key", "form-room-0001"),
    ])
    .await;
    let r = staff_browser
        .submit(&format!("{LIST}/new"), LIST, &fields)
        .await;
    let to = location(&r);
    assert!(to.starts_with(&format!("{LIST}/")), "{to}");
    let id: i64 = to
        .trim_start_matches(&format!("{LIST}/"))
        .split(['?', '#'])
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        t.text(&format!("SELECT link FROM activities WHERE id = {id}"))
            .await,
        room
    );
}

#[tokio::test]
async fn an_erased_accounts_seat_goes_at_once_to_the_first_in_line() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let (activity, session) = public_activity(&t, &staff_token, 1).await;
    let commune = commune_id(&t).await;
    let address = t.address(commune, "ouest 3").await;
    let leaving = t
        .account(
            commune,
            "leaving@example.lu",
            Role::Resident,
            Some(address),
            Residence::Verified,
        )
        .await;
    let leaving_token = api_token(&t, leaving).await;
    let line = residents(&t, "line", 2).await;
    for token in std::iter::once(&leaving_token).chain(line.iter().map(|(_, t)| t)) {
        let (status, out) = api(
            &t,
            Method::POST,
            &registration(activity, session),
            Some(token),
            Some(json!({"waiting_list": true})),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{out}");
    }
    let standing = |id: i64| {
        let t = &t;
        async move {
            t.text(&format!(
                "SELECT COALESCE(MAX(status), 'none') FROM activity_registrations WHERE user_id = {id}"
            ))
            .await
        }
    };
    assert_eq!(standing(line[0].0).await, "waiting");

    // A wrong password erases nothing and hands nothing on.
    let (status, _) = api(
        &t,
        Method::POST,
        "/api/v1/communes/testville/me/erasure",
        Some(&leaving_token),
        Some(json!({"password": "not the password"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(standing(leaving).await, "registered");
    assert_eq!(standing(line[0].0).await, "waiting");

    let (status, _) = api(
        &t,
        Method::POST,
        "/api/v1/communes/testville/me/erasure",
        Some(&leaving_token),
        Some(json!({"password": PASSWORD})),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // The first in line has the seat and is told; the second still waits, first now.
    assert_eq!(standing(leaving).await, "none");
    assert_eq!(standing(line[0].0).await, "registered");
    assert_eq!(standing(line[1].0).await, "waiting");
    assert_eq!(
        t.count("outbox WHERE recipient = 'line0@example.lu'").await,
        2,
        "the waiting-list e-mail, then the seat"
    );
    assert_eq!(
        t.count("outbox WHERE recipient = 'line1@example.lu'").await,
        1
    );
    assert_eq!(
        t.text(&format!(
            "SELECT CAST(COUNT(*) AS TEXT) FROM activity_registrations WHERE session_id = {session} AND status = 'registered'"
        ))
        .await,
        "1"
    );
}

#[tokio::test]
async fn organisers_change_an_activity_more_places_move_people_up_and_a_new_place_is_told() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (staff_browser, staff_token) = staff(&t).await;
    let (activity, session) = public_activity(&t, &staff_token, 2).await;
    let people = residents(&t, "chg", 4).await;
    for (_, token) in &people {
        let (status, out) = api(
            &t,
            Method::POST,
            &registration(activity, session),
            Some(token),
            Some(json!({"waiting_list": true})),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{out}");
    }
    let path = format!("{API}/{activity}");
    let change = |capacity: i64, place: &str| {
        json!({
            "versions": {"fr": {"title": "Café smartphone", "description": "Apportez votre téléphone."},
                         "pt": {"title": "Café smartphone", "description": "Traga o seu telemóvel."}},
            "place": place, "capacity": capacity, "languages": ["fr", "pt"]
        })
    };
    let stored = || {
        let t = &t;
        async move {
            t.text(&format!(
                "SELECT CAST(capacity AS TEXT) || ' ' || place FROM activities WHERE id = {activity}"
            ))
            .await
        }
    };

    // Fewer places than two taken is refused at the capacity field; nothing changes.
    let (status, problem) = api(
        &t,
        Method::PUT,
        &path,
        Some(&staff_token),
        Some(change(1, "Mairie, salle 2")),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert!(problem.to_string().contains("capacity"), "{problem}");
    assert_eq!(stored().await, "2 Centre culturel");
    // Bad input of every kind comes back together, and changes nothing either.
    let (status, problem) = api(
        &t,
        Method::PUT,
        &path,
        Some(&staff_token),
        Some(
            json!({"versions": {"xx": {"title": "?"}}, "link": "javascript:alert(1)",
                    "capacity": 0, "languages": []}),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(stored().await, "2 Centre culturel");

    // A resident who may see it, but does not organise it, finds nothing to change;
    // a visitor is asked to log in.
    let (status, _) = api(
        &t,
        Method::PUT,
        &path,
        Some(&people[0].1),
        Some(change(3, "Chez moi")),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(&t, Method::PUT, &path, None, Some(change(3, "Chez moi"))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(stored().await, "2 Centre culturel");

    // One more place and a new room: the first waiting moves up (told), and the four
    // are told where it is now, once each.
    let (status, out) = api(
        &t,
        Method::PUT,
        &path,
        Some(&staff_token),
        Some(change(3, "Mairie, salle 2")),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{out}");
    assert_eq!(out["capacity"], 3, "{out}");
    assert_eq!(stored().await, "3 Mairie, salle 2");
    let standing = |id: i64| {
        let t = &t;
        async move {
            t.text(&format!(
                "SELECT status FROM activity_registrations WHERE user_id = {id}"
            ))
            .await
        }
    };
    assert_eq!(standing(people[2].0).await, "registered");
    assert_eq!(standing(people[3].0).await, "waiting");
    // Each in their language (chg0 French, chg1 Portuguese, chg2 Luxembourgish, chg3
    // German), with where it is now.
    let subjects = [
        "Nouveau lieu ou lien\u{a0}: Café smartphone",
        "Novo local ou link: Café smartphone",
        "Nei Plaz oder neie Link: Café smartphone",
        "Neuer Ort oder Link: Café smartphone",
    ];
    for (i, subject) in subjects.iter().enumerate() {
        let mail = t
            .smtp()
            .wait_for(&format!("chg{i}@example.lu"), subject)
            .await;
        assert!(mail.body.contains("Mairie, salle 2"), "{}", mail.body);
    }
    // Registered (or waiting), then told of the new place, once each; the one moved
    // up is told that too.
    let counts = [2, 2, 3, 2];
    for (i, count) in counts.iter().enumerate() {
        assert_eq!(
            t.count(&format!("outbox WHERE recipient = 'chg{i}@example.lu'"))
                .await,
            *count,
            "chg{i}"
        );
    }
    // The same on the page: the form shows the activity as it is, a blank title
    // comes back beside its field with what was typed, a good change is saved.
    let edit = format!("{LIST}/{activity}/edit");
    let (status, html) = staff_browser.page(&edit).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Mairie, salle 2"), "{html}");
    assert!(html.contains("value=\"3\""), "{html}");
    let r = staff_browser
        .submit(
            &edit,
            &edit,
            &[
                ("title-fr", " "),
                ("place", "Salle des fêtes"),
                ("capacity", "3"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(html.contains("Salle des fêtes"), "{html}");
    assert!(html.contains("id=\"versions-error\""), "{html}");
    assert_eq!(stored().await, "3 Mairie, salle 2");
    let r = staff_browser
        .submit(
            &edit,
            &edit,
            &[
                ("title-fr", "Café smartphone du jeudi"),
                ("place", "Mairie, salle 2"),
                ("capacity", "4"),
                ("language", "fr"),
            ],
        )
        .await;
    assert!(location(&r).ends_with("?done=changed"), "{}", location(&r));
    // More places, the same room: the last one waiting moves up, nobody is told of a
    // new place.
    assert_eq!(standing(people[3].0).await, "registered");
    assert_eq!(
        t.count("outbox WHERE recipient = 'chg0@example.lu'").await,
        2
    );
    assert_eq!(
        t.text(&format!(
            "SELECT title FROM activity_versions WHERE activity_id = {activity}"
        ))
        .await,
        "Café smartphone du jeudi"
    );
    // A member who does not organise it finds no form, and cannot post one.
    let commune = commune_id(&t).await;
    let address = t.address(commune, "ouest 3").await;
    t.account(
        commune,
        "member@example.lu",
        Role::Resident,
        Some(address),
        Residence::Verified,
    )
    .await;
    let member = t.browser();
    member
        .login("testville", "member@example.lu", PASSWORD)
        .await;
    let (status, _) = member.page(&edit).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let r = member
        .submit(
            &format!("{LIST}/{activity}"),
            &edit,
            &[
                ("title-fr", "Pris"),
                ("place", "Chez moi"),
                ("capacity", "9"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(stored().await, "4 Mairie, salle 2");
}

#[tokio::test]
async fn cancelling_a_whole_activity_tells_each_person_once() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (staff_browser, staff_token) = staff(&t).await;
    let starts = gemeng::app::now() + 7 * 86_400;
    let sessions: Vec<Value> = (0..3)
        .map(|w| json!({"starts_at": starts + w * 7 * 86_400, "ends_at": starts + w * 7 * 86_400 + 3_600}))
        .collect();
    let (status, a) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(json!({
            "versions": {"fr": {"title": "Permis internet", "description": ""}},
            "kind": "course", "audience": "public", "place": "Bibliothèque",
            "capacity": 1, "languages": ["fr"], "sessions": sessions, "request_key": "cancel-all"
        })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    let activity = a["id"].as_i64().unwrap();
    let people = residents(&t, "cx", 2).await;
    // The first takes every session; the second waits for every session.
    for (_, token) in &people {
        let (status, out) = api(
            &t,
            Method::POST,
            &format!("{API}/{activity}/registration"),
            Some(token),
            Some(json!({"waiting_list": true})),
        )
        .await;
        assert!(status.is_success(), "{status} {out}");
    }
    let cancelled = || {
        let t = &t;
        async move {
            t.count(&format!(
                "activity_sessions WHERE activity_id = {activity} AND cancelled_at IS NOT NULL"
            ))
            .await
        }
    };
    let mails = |i: usize| {
        let t = &t;
        async move {
            t.count(&format!("outbox WHERE recipient = 'cx{i}@example.lu'"))
                .await
        }
    };
    let before = [mails(0).await, mails(1).await];

    // The box not ticked: refused beside it, nothing cancelled.
    let roll = format!("{LIST}/{activity}/registrations");
    let cancel = format!("{LIST}/{activity}/cancel");
    let r = staff_browser.submit(&roll, &cancel, &[]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("id=\"confirm-error\""));
    assert_eq!(cancelled().await, 0);
    // Someone who does not organise it cannot, through the API either.
    let api_cancel = format!("{API}/{activity}/cancel");
    let (status, _) = api(&t, Method::POST, &api_cancel, Some(&people[0].1), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(cancelled().await, 0);

    let r = staff_browser
        .submit(&roll, &cancel, &[("confirm", "yes")])
        .await;
    assert!(location(&r).ends_with("registrations?done=cancelled"));
    assert_eq!(cancelled().await, 3);
    // One e-mail each, whatever the number of their sessions.
    assert_eq!(mails(0).await, before[0] + 1);
    assert_eq!(mails(1).await, before[1] + 1);
    // Nothing is left to cancel; registering is refused.
    let (status, out) = api(&t, Method::POST, &api_cancel, Some(&staff_token), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(out["cancelled"], 0);
    assert_eq!(mails(0).await, before[0] + 1);
    let (_, html) = staff_browser.page(&roll).await;
    assert!(!html.contains("id=\"confirm\""), "{html}");
}
