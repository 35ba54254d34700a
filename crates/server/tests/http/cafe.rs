//! Language cafés and conversation tables: a café's tables (one language each, a host
//! at C1 or better, 1 to 6 seats) fill evenly with learners whose profile gives them a
//! level in the language; when every table of a language is full, learners wait for
//! that language, first come first served, and a freed seat goes to the first one
//! waiting for it (told by e-mail). A conversation table admits its level range. Bad
//! tables and ranges come back at their fields with nothing stored; under many
//! simultaneous requests no table seats more than its seats, on both engines.

use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};

use crate::activities::{api, residents, staff};
use crate::support::{body, location, TestApp};

const API: &str = "/api/v1/communes/testville/activities";
const LIST: &str = "/c/testville/activities";

/// Gives account `id` a language profile with these (language, level) pairs.
async fn profile(t: &TestApp, id: i64, levels: &[(&str, &str)]) {
    t.execute(&format!(
        "INSERT INTO language_profiles (user_id, commune_id, availability, welcomes_intergenerational, updated_at)
         SELECT id, commune_id, 1, 0, 0 FROM users WHERE id = {id}"
    ))
    .await;
    for (language, level) in levels {
        t.execute(&format!(
            "INSERT INTO language_profile_languages (user_id, language, level, learns, offers)
             VALUES ({id}, '{language}', '{level}', 1, 0)"
        ))
        .await;
    }
}

/// Moves session `session` to tomorrow evening, its café made three days ago: the
/// day-before reminders are due.
async fn session_tomorrow(t: &TestApp, session: i64) {
    let now = gemeng::app::now();
    t.execute(&format!(
        "UPDATE activity_sessions SET starts_at = {}, ends_at = {} WHERE id = {session}",
        now + 20 * 3_600,
        now + 22 * 3_600
    ))
    .await;
    t.execute(&format!(
        "UPDATE activities SET created_at = {}",
        now - 3 * 86_400
    ))
    .await;
}

fn one_session() -> Value {
    let starts = gemeng::app::now() + 7 * 86_400;
    json!([{"starts_at": starts, "ends_at": starts + 7_200}])
}

/// A café of the commune with these tables: its id, its session's, its tables' ids.
async fn cafe(t: &TestApp, token: &str, tables: Value, key: &str) -> (i64, i64, Vec<i64>) {
    let (status, a) = api(
        t,
        Method::POST,
        API,
        Some(token),
        Some(json!({
            "versions": {"lb": {"title": "Sproochecafé", "description": ""}},
            "kind": "language_cafe", "audience": "commune", "place": "Centre culturel",
            "languages": [], "sessions": one_session(), "tables": tables, "request_key": key
        })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    (
        a["id"].as_i64().unwrap(),
        a["sessions"][0]["id"].as_i64().unwrap(),
        a["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_i64().unwrap())
            .collect(),
    )
}

fn registration(activity: i64, session: i64) -> String {
    format!("{API}/{activity}/sessions/{session}/registration")
}

async fn table_of(t: &TestApp, user: i64) -> String {
    t.text(&format!(
        "SELECT COALESCE(CAST(table_id AS TEXT), status || ':' || COALESCE(waits_for, ''))
         FROM activity_registrations WHERE user_id = {user}"
    ))
    .await
}

fn fields_of(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|e| {
            e.iter()
                .map(|e| e["field"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_cafe_seats_learners_evenly_and_each_language_waits_for_its_own_tables() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    let (activity, session, tables) = cafe(
        &t,
        &staff_token,
        json!([
            {"language": "lb", "host": "Marie", "host_level": "native", "seats": 2},
            {"language": "lb", "host": "Jos", "host_level": "c1", "seats": 2},
            {"language": "pt", "host": "João", "host_level": "c2", "seats": 1}
        ]),
        "cafe-even",
    )
    .await;
    let (status, shown) = api(
        &t,
        Method::GET,
        &format!("{API}/{activity}"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // The café's places are its seats; its languages are its tables'.
    assert_eq!(shown["capacity"], 5, "{shown}");
    assert_eq!(shown["languages"], json!(["lb", "pt"]), "{shown}");
    assert_eq!(shown["tables"][1]["host"], "Jos");
    let people = residents(&t, "learner", 12).await;
    for (i, (id, _)) in people.iter().enumerate() {
        match i {
            // No profile.
            8 => {}
            // Above B2 in Luxembourgish.
            9 => profile(&t, *id, &[("lb", "c1")]).await,
            // Portuguese only.
            6 | 7 => profile(&t, *id, &[("pt", "a1")]).await,
            _ => {
                profile(
                    &t,
                    *id,
                    &[("lb", ["a1", "a2", "b1", "b2"][i % 4]), ("pt", "b1")],
                )
                .await
            }
        }
    }
    let ask = |i: usize, body: Value| {
        let t = &t;
        let token = people[i].1.clone();
        async move {
            api(
                t,
                Method::POST,
                &registration(activity, session),
                Some(&token),
                Some(body),
            )
            .await
        }
    };
    // Four learners of Luxembourgish: the two tables fill evenly, in turn.
    for i in 0..4 {
        let (status, r) = ask(i, json!({"language": "lb"})).await;
        assert_eq!(status, StatusCode::CREATED, "{r}");
        assert_eq!(r["standing"], "registered");
    }
    let seats: Vec<String> = futures_seats(&t, &people[..4]).await;
    assert_eq!(
        seats,
        [tables[0], tables[1], tables[0], tables[1]].map(|t| t.to_string())
    );
    // Luxembourgish is full: the next one waits for it if they accept, else is refused.
    let (status, r) = ask(4, json!({"language": "lb", "waiting_list": true})).await;
    assert_eq!(
        (status, r["position"].as_i64()),
        (StatusCode::CREATED, Some(1)),
        "{r}"
    );
    let (status, r) = ask(5, json!({"language": "lb"})).await;
    assert_eq!(status, StatusCode::CONFLICT, "{r}");
    assert_eq!(
        t.count(&format!(
            "activity_registrations WHERE user_id = {}",
            people[5].0
        ))
        .await,
        0
    );
    // Portuguese has its own table and its own waiting list.
    let (status, r) = ask(6, json!({"language": "pt"})).await;
    assert_eq!(
        (status, r["standing"].as_str()),
        (StatusCode::CREATED, Some("registered")),
        "{r}"
    );
    let (status, r) = ask(7, json!({"language": "pt", "waiting_list": true})).await;
    assert_eq!(
        (status, r["position"].as_i64()),
        (StatusCode::CREATED, Some(1)),
        "{r}"
    );
    // No level: the clear refusal, in the learner's language (resident 8 reads French).
    let (status, r) = ask(8, json!({"language": "lb", "waiting_list": true})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{r}");
    assert_eq!(r["errors"][0]["code"], "activity-refused-no-level", "{r}");
    // C1: nothing left to learn at a table.
    let (status, r) = ask(9, json!({"language": "lb", "waiting_list": true})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{r}");
    assert_eq!(
        r["errors"][0]["code"], "activity-refused-nothing-to-learn",
        "{r}"
    );
    // No language, one without a table, one that is no language; twice.
    for (body, code) in [
        (json!({}), "activity-refused-choose-language"),
        (
            json!({"language": "de"}),
            "activity-refused-choose-language",
        ),
        (json!({"language": "xx"}), "activity-error-language-unknown"),
    ] {
        let (status, r) = ask(10, body.clone()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {r}");
        assert_eq!(r["errors"][0]["code"], code, "{r}");
    }
    let (status, _) = ask(0, json!({"language": "lb"})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = ask(4, json!({"language": "lb", "waiting_list": true})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Forged ids: another activity's session, an unknown one.
    let (status, _) = api(
        &t,
        Method::POST,
        &registration(activity, session + 1000),
        Some(&people[10].1),
        Some(json!({"language": "lb"})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(
        &t,
        Method::POST,
        &registration(activity + 1000, session),
        Some(&people[10].1),
        Some(json!({"language": "lb"})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(t.count("activity_registrations").await, 7);

    // A Luxembourgish learner withdraws: the first waiting for Luxembourgish takes the
    // seat and is told; the Portuguese waiting list does not move.
    let (status, _) = api(
        &t,
        Method::DELETE,
        &registration(activity, session),
        Some(&people[1].1),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(table_of(&t, people[4].0).await, tables[1].to_string());
    assert_eq!(table_of(&t, people[7].0).await, "waiting:pt");
    assert_eq!(
        t.count("outbox WHERE recipient = 'learner4@example.lu'")
            .await,
        2,
        "the waiting-list e-mail, then the seat"
    );
    // The organiser sees names by table, never an address.
    let (status, roll) = api(
        &t,
        Method::GET,
        &format!("{API}/{activity}/registrations"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let registered = roll["sessions"][0]["registered"].as_array().unwrap();
    assert_eq!(registered.len(), 5, "{roll}");
    assert!(registered.iter().all(|p| p["table"].is_i64()), "{roll}");
    assert_eq!(
        roll["sessions"][0]["waiting"][0]["waits_for"], "pt",
        "{roll}"
    );
    assert!(!roll.to_string().contains("@"), "{roll}");
    let (_, shown) = api(
        &t,
        Method::GET,
        &format!("{API}/{activity}"),
        Some(&people[7].1),
        None,
    )
    .await;
    assert_eq!(shown["sessions"][0]["tables"][2]["free"], 0, "{shown}");
    assert_eq!(
        shown["sessions"][0]["waiting_for"][0]["language"], "pt",
        "{shown}"
    );
    assert_eq!(shown["sessions"][0]["position"], 1, "{shown}");
    let (status, html) = desk.page(&format!("{LIST}/{activity}/registrations")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Luxembourgish table, hosted by Jos"),
        "{html}"
    );
    assert!(html.contains("Waiting for a seat: Portuguese"), "{html}");
}

async fn futures_seats(t: &TestApp, people: &[(i64, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (id, _) in people {
        out.push(table_of(t, *id).await);
    }
    out
}

#[tokio::test]
async fn a_learner_without_a_level_is_sent_to_their_profile_and_others_take_a_seat_by_the_form() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let (activity, session, _) = cafe(
        &t,
        &staff_token,
        json!([{"language": "lb", "host": "Marie", "host_level": "native", "seats": 1}]),
        "cafe-form",
    )
    .await;
    let _ = f;
    let commune = crate::activities::commune_id(&t).await;
    let address = t.address(commune, "ouest 3").await;
    let mut browsers = Vec::new();
    for name in ["nolevel", "first", "second"] {
        let id = t
            .account(
                commune,
                &format!("{name}@example.lu"),
                gemeng_core::account::Role::Resident,
                Some(address),
                gemeng_core::account::Residence::Verified,
            )
            .await;
        if name != "nolevel" {
            profile(&t, id, &[("lb", "a2")]).await;
        }
        let b = t.browser();
        b.login(
            "testville",
            &format!("{name}@example.lu"),
            crate::support::PASSWORD,
        )
        .await;
        browsers.push(b);
    }
    let page = format!("{LIST}/{activity}");
    let action = format!("{LIST}/{activity}/sessions/{session}/register");
    let (_, html) = browsers[0].page(&page).await;
    assert!(html.contains("The language you want to practise"), "{html}");
    let r = browsers[0]
        .submit(&page, &action, &[("language", "lb")])
        .await;
    let to = location(&r);
    assert!(to.contains("done=activity-refused-no-level"), "{to}");
    let (_, html) = browsers[0].page(&to).await;
    assert!(html.contains("A level of at least A1 is needed"), "{html}");
    assert!(html.contains("/c/testville/me/languages"), "{html}");
    let r = browsers[1]
        .submit(&page, &action, &[("language", "lb")])
        .await;
    assert!(location(&r).contains("done=registered"));
    // Full, the waiting list not ticked: refused; ticked: waiting.
    let r = browsers[2]
        .submit(&page, &action, &[("language", "lb")])
        .await;
    assert!(location(&r).contains("done=activity-refused-tables-full"));
    let r = browsers[2]
        .submit(
            &page,
            &action,
            &[("language", "lb"), ("waiting_list", "yes")],
        )
        .await;
    assert!(location(&r).contains("done=waitlisted"));
    let (_, html) = browsers[2].page(&page).await;
    assert!(
        html.contains("You are number 1 on the waiting list"),
        "{html}"
    );
    // The first withdraws: the second moves up.
    let r = browsers[1]
        .submit(
            &page,
            &format!("{LIST}/{activity}/sessions/{session}/withdraw"),
            &[],
        )
        .await;
    assert!(location(&r).contains("done=withdrawn"));
    let (_, html) = browsers[2].page(&page).await;
    assert!(html.contains("You have a place"), "{html}");
}

#[tokio::test]
async fn a_conversation_table_admits_its_levels_only() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let (status, a) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(json!({
            "versions": {"lb": {"title": "Konversatiounsdësch", "description": ""}},
            "kind": "conversation_table", "audience": "commune", "place": "Bibliothèque",
            "capacity": 1, "languages": ["fr"], "sessions": one_session(),
            "conversation": {"language": "lb", "lowest": "a2", "highest": "b1"},
            "request_key": "conversation"
        })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    assert_eq!(
        a["conversation"],
        json!({"language": "lb", "lowest": "a2", "highest": "b1"})
    );
    assert_eq!(a["languages"], json!(["lb", "fr"]));
    let (id, session) = (
        a["id"].as_i64().unwrap(),
        a["sessions"][0]["id"].as_i64().unwrap(),
    );
    let people = residents(&t, "talker", 5).await;
    let levels = [Some("a1"), Some("b2"), None, Some("a2"), Some("b1")];
    for ((person, _), level) in people.iter().zip(levels) {
        if let Some(level) = level {
            profile(&t, *person, &[("lb", level)]).await;
        }
    }
    for (i, code) in [
        (0, "activity-refused-below-level"),
        (1, "activity-refused-above-level"),
        (2, "activity-refused-no-level"),
    ] {
        let (status, r) = api(
            &t,
            Method::POST,
            &registration(id, session),
            Some(&people[i].1),
            Some(json!({"waiting_list": true})),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{r}");
        assert_eq!(r["errors"][0]["code"], code, "{r}");
    }
    let (status, r) = api(
        &t,
        Method::POST,
        &registration(id, session),
        Some(&people[3].1),
        Some(json!({})),
    )
    .await;
    assert_eq!(
        (status, r["standing"].as_str()),
        (StatusCode::CREATED, Some("registered")),
        "{r}"
    );
    let (status, r) = api(
        &t,
        Method::POST,
        &registration(id, session),
        Some(&people[4].1),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{r}");
    let (status, r) = api(
        &t,
        Method::POST,
        &registration(id, session),
        Some(&people[4].1),
        Some(json!({"waiting_list": true})),
    )
    .await;
    assert_eq!(
        (status, r["position"].as_i64()),
        (StatusCode::CREATED, Some(1)),
        "{r}"
    );
    assert_eq!(t.count("activity_registrations").await, 2);
}

#[tokio::test]
async fn bad_tables_and_ranges_come_back_at_their_fields_and_store_nothing() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (desk, token) = staff(&t).await;
    let table = |language: &str, level: &str, seats: i64| json!({"language": language, "host": "Marie", "host_level": level, "seats": seats});
    let many: Vec<Value> = (0..31).map(|_| table("lb", "native", 2)).collect();
    let cases: Vec<(&str, Value, &[&str])> = vec![
        (
            "language_cafe",
            json!({"tables": [table("xx", "native", 2)]}),
            &["table-0-language"],
        ),
        (
            "language_cafe",
            json!({"tables": [table("lb", "native", 0)]}),
            &["table-0-seats"],
        ),
        (
            "language_cafe",
            json!({"tables": [table("fr", "c1", 2), table("lb", "native", 7)]}),
            &["table-1-seats"],
        ),
        (
            "language_cafe",
            json!({"tables": [table("lb", "b2", 2)]}),
            &["table-0-level"],
        ),
        (
            "language_cafe",
            json!({"tables": [{"language": "lb", "host": " ", "host_level": "c1", "seats": 2}]}),
            &["table-0-host"],
        ),
        ("language_cafe", json!({"tables": many}), &["tables"]),
        ("language_cafe", json!({"tables": []}), &["tables"]),
        ("language_cafe", json!({}), &["tables"]),
        (
            "course",
            json!({"tables": [table("lb", "native", 2)], "capacity": 5}),
            &["tables"],
        ),
        (
            "course",
            json!({"conversation": {"language": "lb", "lowest": "a1", "highest": "b1"}, "capacity": 5}),
            &["conversation-language"],
        ),
        (
            "conversation_table",
            json!({"capacity": 5}),
            &["conversation-language"],
        ),
        (
            "conversation_table",
            json!({"capacity": 5, "conversation": {"language": "lb", "lowest": "b2", "highest": "a2"}}),
            &["conversation-lowest"],
        ),
        (
            "conversation_table",
            json!({"capacity": 5, "conversation": {"language": "lb", "lowest": "b1", "highest": "c1"}}),
            &["conversation-highest"],
        ),
        (
            "conversation_table",
            json!({"capacity": 5, "conversation": {"language": "xx", "lowest": "z9", "highest": "b1"}}),
            &["conversation-language", "conversation-lowest"],
        ),
    ];
    for (kind, extra, fields) in cases {
        let mut body = json!({
            "versions": {"en": {"title": "Tables", "description": ""}},
            "kind": kind, "audience": "commune", "place": "Hall", "languages": ["en"],
            "sessions": one_session(), "request_key": "bad"
        });
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        let (status, problem) = api(&t, Method::POST, API, Some(&token), Some(body)).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{kind} {extra}: {problem}"
        );
        let found = fields_of(&problem);
        for f in fields {
            assert!(
                found.iter().any(|x| x == f),
                "{kind} {extra}: {f} in {problem}"
            );
        }
    }
    // The form: a café's bad row comes back at its field, what was typed kept, in
    // the reader's words; "add a table" gives one more row and creates nothing.
    let (next_week, _) = gemeng::activities::local_parts(gemeng::app::now() + 7 * 86_400);
    let base: Vec<(&str, &str)> = vec![
        ("kind", "language_cafe"),
        ("title-en", "Language café"),
        ("audience", "commune"),
        ("place", "Hall"),
        ("repeat", "once"),
        ("date", next_week.as_str()),
        ("starts", "18:00"),
        ("ends", "20:00"),
        ("table_rows", "3"),
        ("table-0-language", "lb"),
        ("table-0-host", "Marie Weber"),
        ("table-0-level", "b2"),
        ("table-0-seats", "7"),
        ("request_key", "bad-form"),
    ];
    let r = desk.submit(&format!("{LIST}/new"), LIST, &base).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = crate::support::unescape(&body(r).await);
    assert!(
        html.contains("A host speaks the table’s language at C1"),
        "{html}"
    );
    assert!(html.contains("A table has 1 to 6 seats."), "{html}");
    assert!(html.contains("id=\"table-0-seats-error\""), "{html}");
    assert!(html.contains("value=\"Marie Weber\""), "{html}");
    let mut more = base.clone();
    more.push(("add_table", "yes"));
    let r = desk.submit(&format!("{LIST}/new"), LIST, &more).await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = body(r).await;
    assert!(html.contains("id=\"table-3-language\""), "{html}");
    assert!(!html.contains("table-4-language"));
    for table in [
        "activities",
        "activity_tables",
        "activity_sessions",
        "activity_versions",
    ] {
        assert_eq!(t.count(table).await, 0, "{table}");
    }
    // A good café by the form: its capacity is its seats.
    let mut good = base.clone();
    good.retain(|(k, _)| !k.starts_with("table-0-level") && !k.starts_with("table-0-seats"));
    good.extend([
        ("table-0-level", "native"),
        ("table-0-seats", "2"),
        ("table-1-language", "fr"),
        ("table-1-host", "Claire"),
        ("table-1-level", "c1"),
        ("table-1-seats", "3"),
    ]);
    let r = desk.submit(&format!("{LIST}/new"), LIST, &good).await;
    assert!(location(&r).contains("done=created"), "{:?}", r.status());
    assert_eq!(
        t.text("SELECT CAST(capacity AS TEXT) FROM activities")
            .await,
        "5"
    );
    assert_eq!(t.count("activity_tables").await, 2);
}

#[tokio::test]
async fn simultaneous_cafe_registrations_never_overfill_a_table() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let (activity, session, tables) = cafe(
        &t,
        &staff_token,
        json!([
            {"language": "lb", "host": "Marie", "host_level": "native", "seats": 2},
            {"language": "lb", "host": "Jos", "host_level": "c1", "seats": 3},
            {"language": "pt", "host": "João", "host_level": "c2", "seats": 1}
        ]),
        "cafe-rush",
    )
    .await;
    let people = residents(&t, "rush", 30).await;
    for (id, _) in &people {
        profile(&t, *id, &[("lb", "a1"), ("pt", "a2")]).await;
    }
    let second = t.another_instance().await;
    let mut runs = Vec::new();
    for (i, (id, token)) in people.iter().enumerate() {
        let base = if i % 2 == 0 {
            t.base.clone()
        } else {
            second.base.clone()
        };
        let url = format!("{base}{}", registration(activity, session));
        let (token, id) = (token.clone(), *id);
        let language = if i % 5 == 0 { "pt" } else { "lb" };
        runs.push(tokio::spawn(async move {
            let r = Client::new()
                .post(url)
                .bearer_auth(token)
                .json(&json!({"waiting_list": true, "language": language}))
                .send()
                .await
                .unwrap();
            (id, language, r.status(), r.json::<Value>().await.unwrap())
        }));
    }
    let mut outcomes = Vec::new();
    for run in runs {
        outcomes.push(run.await.unwrap());
    }
    assert!(
        outcomes.iter().all(|o| o.2 == StatusCode::CREATED),
        "{outcomes:?}"
    );
    for (table, seats) in tables.iter().zip([2, 3, 1]) {
        assert_eq!(
            t.count(&format!("activity_registrations WHERE table_id = {table}"))
                .await,
            seats
        );
    }
    // Each language's waiting list is numbered 1, 2, … once each.
    for (language, waiting) in [("lb", 24 - 5), ("pt", 6 - 1)] {
        let mut positions: Vec<i64> = outcomes
            .iter()
            .filter(|o| o.1 == language)
            .filter_map(|o| o.3["position"].as_i64())
            .collect();
        positions.sort();
        assert_eq!(positions, (1..=waiting).collect::<Vec<_>>(), "{language}");
    }
    // The database itself refuses a seventh seat at a table of six, or a seat at a
    // full table.
    let outsider = people[29].0;
    t.execute(&format!(
        "DELETE FROM activity_registrations WHERE user_id = {outsider}"
    ))
    .await;
    let forced = gemeng_db::with_pool!(t.db.writer(), |pool| sqlx::query(&format!(
        "INSERT INTO activity_registrations (session_id, user_id, status, registered_at, table_id)
         VALUES ({session}, {outsider}, 'registered', 0, {})",
        tables[2]
    ))
    .execute(pool)
    .await
    .map(|_| ())
    .map_err(|e| e.to_string()));
    assert!(forced.is_err(), "a second seat at a table of one");
}

#[tokio::test]
async fn a_learner_takes_a_seat_in_every_session_of_a_weekly_cafe_at_once() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let starts = gemeng::app::now() + 7 * 86_400;
    let sessions: Vec<Value> = (0..3)
        .map(|w| json!({"starts_at": starts + w * 7 * 86_400, "ends_at": starts + w * 7 * 86_400 + 7_200}))
        .collect();
    let (status, a) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(json!({
            "versions": {"lb": {"title": "Sproochecafé all Woch", "description": ""}},
            "kind": "language_cafe", "audience": "commune", "place": "Centre culturel",
            "languages": [], "sessions": sessions, "request_key": "cafe-weekly",
            "tables": [{"language": "lb", "host": "Marie", "host_level": "native", "seats": 1},
                       {"language": "pt", "host": "João", "host_level": "c2", "seats": 2}]
        })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{a}");
    let activity = a["id"].as_i64().unwrap();
    let first_session = a["sessions"][0]["id"].as_i64().unwrap();
    let commune = crate::activities::commune_id(&t).await;
    let address = t.address(commune, "ouest 3").await;
    let mut browsers = Vec::new();
    let mut ids = Vec::new();
    for name in ["nolevel", "early", "weekly"] {
        let id = t
            .account(
                commune,
                &format!("{name}@example.lu"),
                gemeng_core::account::Role::Resident,
                Some(address),
                gemeng_core::account::Residence::Verified,
            )
            .await;
        if name != "nolevel" {
            profile(&t, id, &[("lb", "a2"), ("pt", "a1")]).await;
        }
        let b = t.browser();
        b.login(
            "testville",
            &format!("{name}@example.lu"),
            crate::support::PASSWORD,
        )
        .await;
        browsers.push(b);
        ids.push(id);
    }
    let page = format!("{LIST}/{activity}");
    let series = format!("{LIST}/{activity}/register");
    // The whole series is offered with the table's language to choose.
    let (_, html) = browsers[2].page(&page).await;
    assert!(html.contains("id=\"language-series\""), "{html}");
    // Without a level, every session refuses for the same reason: that reason is told.
    let r = browsers[0]
        .submit(&page, &series, &[("language", "lb")])
        .await;
    assert!(
        location(&r).contains("done=activity-refused-no-level"),
        "{}",
        location(&r)
    );
    assert_eq!(
        t.count(&format!(
            "activity_registrations WHERE user_id = {}",
            ids[0]
        ))
        .await,
        0
    );
    // The first week's Luxembourgish seat is taken: the series gives the learner a
    // seat in the two other weeks and the waiting list for the first.
    let r = browsers[1]
        .submit(
            &page,
            &format!("{LIST}/{activity}/sessions/{first_session}/register"),
            &[("language", "lb")],
        )
        .await;
    assert!(location(&r).contains("done=registered"));
    let r = browsers[2]
        .submit(&page, &series, &[("language", "lb")])
        .await;
    assert!(location(&r).contains("done=series"), "{}", location(&r));
    let standing = |status: &'static str| {
        let t = &t;
        let id = ids[2];
        async move {
            t.count(&format!(
                "activity_registrations WHERE user_id = {id} AND status = '{status}'"
            ))
            .await
        }
    };
    assert_eq!(standing("registered").await, 2);
    assert_eq!(standing("waiting").await, 1);
    // Each seat at the Luxembourgish table, never at the Portuguese one.
    assert_eq!(
        t.text(&format!(
            "SELECT DISTINCT t.language FROM activity_registrations r
             JOIN activity_tables t ON t.id = r.table_id WHERE r.user_id = {}",
            ids[2]
        ))
        .await,
        "lb"
    );
    assert_eq!(
        t.text(&format!(
            "SELECT waits_for FROM activity_registrations WHERE user_id = {} AND status = 'waiting'",
            ids[2]
        ))
        .await,
        "lb"
    );
}

/// A host named by their account: found by address (any case), held to their own
/// language profile, told by e-mail; they (and the café's organisers) see who has a
/// seat at their table, nobody else does; the day before, they get a reminder once,
/// whichever instances run the job.
#[tokio::test]
async fn a_host_with_an_account_sees_their_table_and_is_reminded() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    let commune = crate::activities::commune_id(&t).await;
    let address = t.address(commune, "ouest 3").await;
    use gemeng_core::account::{Residence, Role};
    let host = t
        .account(
            commune,
            "marie@example.lu",
            Role::Resident,
            Some(address),
            Residence::Verified,
        )
        .await;
    let host_token = crate::activities::api_token(&t, host).await;
    profile(&t, host, &[("lb", "native")]).await;
    let pending = t
        .account(
            commune,
            "newcomer@example.lu",
            Role::Resident,
            Some(address),
            Residence::Pending,
        )
        .await;
    let people = residents(&t, "h", 3).await;
    let (learner, outsider, weak) = (&people[0], &people[1], &people[2]);
    profile(&t, learner.0, &[("lb", "a2")]).await;
    profile(&t, weak.0, &[("lb", "b2")]).await;
    let _ = pending;

    // Every problem at its table's field; nothing stored.
    let create = |tables: Value, key: &'static str| {
        let (t, token) = (&t, staff_token.clone());
        async move {
            api(
                t,
                Method::POST,
                API,
                Some(&token),
                Some(json!({
                    "versions": {"lb": {"title": "Sproochecafé", "description": ""}},
                    "kind": "language_cafe", "audience": "commune", "place": "Centre culturel",
                    "languages": [], "sessions": one_session(), "tables": tables,
                    "request_key": key
                })),
            )
            .await
        }
    };
    let (status, problem) = create(
        json!([
            {"language": "lb", "host_email": "nobody@example.lu", "host_level": "native", "seats": 2},
            {"language": "lb", "host_email": "h2@example.lu", "host_level": "native", "seats": 2},
            {"language": "fr", "host_email": "not an address", "host_level": "native", "seats": 2},
            {"language": "de", "host_email": "newcomer@example.lu", "host_level": "native", "seats": 2},
            {"language": "pt", "host": "", "host_level": "native", "seats": 2}
        ]),
        "cafe-hosts-bad",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let fields = fields_of(&problem);
    for field in [
        "table-0-account",
        "table-1-account",
        "table-2-account",
        "table-3-account",
        "table-4-host",
    ] {
        assert!(fields.contains(&field.to_string()), "{field}: {problem}");
    }
    assert!(!fields.contains(&"table-0-host".to_string()), "{problem}");
    let (status, problem) = create(
        json!([
            {"language": "lb", "host_email": "marie@example.lu", "host_level": "native", "seats": 2},
            {"language": "lb", "host_email": "MARIE@example.lu", "host_level": "native", "seats": 2}
        ]),
        "cafe-hosts-twice",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(fields_of(&problem), ["table-1-account"], "{problem}");
    assert_eq!(t.count("activities").await, 0);
    assert_eq!(
        t.count("outbox WHERE recipient = 'marie@example.lu'").await,
        0
    );

    // Declared B2 (too low for anyone else), but her profile says native: she is taken
    // at native; her name is her account's when none is written.
    let (activity, session, tables) = cafe(
        &t,
        &staff_token,
        json!([
            {"language": "lb", "host": "", "host_email": " Marie@Example.lu ", "host_level": "b2", "seats": 2},
            {"language": "lb", "host": "Jos", "host_level": "c1", "seats": 2}
        ]),
        "cafe-hosts",
    )
    .await;
    let (_, shown) = api(
        &t,
        Method::GET,
        &format!("{API}/{activity}"),
        Some(&outsider.1),
        None,
    )
    .await;
    assert_eq!(shown["tables"][0]["host"], "marie", "{shown}");
    assert_eq!(shown["tables"][0]["host_level"], "native", "{shown}");
    assert!(!shown.to_string().contains("marie@example.lu"), "{shown}");
    assert_eq!(
        t.count("outbox WHERE recipient = 'marie@example.lu' AND subject = 'You host a table: Sproochecafé'")
            .await,
        1
    );
    assert_eq!(
        t.count("activity_tables WHERE host_id IS NOT NULL").await,
        1
    );

    let (status, r) = api(
        &t,
        Method::POST,
        &registration(activity, session),
        Some(&learner.1),
        Some(json!({"language": "lb"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{r}");
    // Even filling seats the first learner at the first table: Marie's.
    assert_eq!(table_of(&t, learner.0).await, tables[0].to_string());

    let table = |table: i64| format!("{API}/{activity}/tables/{table}");
    let (status, seen) = api(&t, Method::GET, &table(tables[0]), Some(&host_token), None).await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert_eq!(seen["hosted_by_caller"], true);
    assert_eq!(
        seen["sessions"][0]["learners"],
        json!(["Resident 0"]),
        "{seen}"
    );
    assert_eq!(seen["sessions"][0]["waiting"], 0);
    assert!(!seen.to_string().contains("@example.lu"), "{seen}");
    // The café's organisers see it too; the learner, another member, the host at
    // another table, a table under another activity's id, nobody signed in: not.
    let (status, seen) = api(&t, Method::GET, &table(tables[0]), Some(&staff_token), None).await;
    assert_eq!(
        (status, seen["hosted_by_caller"].clone()),
        (StatusCode::OK, json!(false))
    );
    for token in [&learner.1, &outsider.1] {
        let (status, _) = api(&t, Method::GET, &table(tables[0]), Some(token), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    let (status, _) = api(&t, Method::GET, &table(tables[1]), Some(&host_token), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("{API}/{}/tables/{}", activity + 1000, tables[0]),
        Some(&host_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(&t, Method::GET, &table(tables[0]), None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, list) = api(
        &t,
        Method::GET,
        "/api/v1/communes/testville/me/hosted-tables",
        Some(&host_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list[0]["table"], tables[0], "{list}");
    assert_eq!(list[0]["title"], "Sproochecafé");
    let (_, list) = api(
        &t,
        Method::GET,
        "/api/v1/communes/testville/me/hosted-tables",
        Some(&outsider.1),
        None,
    )
    .await;
    assert_eq!(list, json!([]));

    // The pages: her activities list the table; its page names the learner.
    let marie = t.browser();
    marie
        .login("testville", "marie@example.lu", crate::support::PASSWORD)
        .await;
    let page = format!("{LIST}/{activity}/tables/{}", tables[0]);
    let mine = body(marie.get("/c/testville/me/activities").await).await;
    assert!(mine.contains(&page), "{mine}");
    let r = marie.get(&page).await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = body(r).await;
    assert!(html.contains("Resident 0"), "{html}");
    assert!(!html.contains("ouest"), "{html}");
    assert_eq!(desk.get(&page).await.status(), StatusCode::OK);
    assert_eq!(
        marie
            .get(&format!("{LIST}/{activity}/tables/{}", tables[1]))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // The day before: one reminder for Marie, from three instances at once and again.
    session_tomorrow(&t, session).await;
    let runs: Vec<_> = (0..3)
        .map(|_| {
            let app = t.jobs_app();
            tokio::spawn(
                async move { gemeng::activities::reminders::send_due(&app).await.unwrap() },
            )
        })
        .collect();
    for run in runs {
        run.await.unwrap();
    }
    gemeng::activities::reminders::send_due(&t.jobs_app())
        .await
        .unwrap();
    assert_eq!(
        t.count("outbox WHERE recipient = 'marie@example.lu' AND subject = 'Tomorrow you host: Sproochecafé'")
            .await,
        1
    );
    let mail = t
        .text("SELECT body FROM outbox WHERE recipient = 'marie@example.lu' AND subject LIKE 'Tomorrow%'")
        .await;
    assert!(mail.contains("Learners with a seat: 1"), "{mail}");
    assert!(mail.contains(&page), "{mail}");
    // Jos has no account: no reminder is written for his table.
    assert_eq!(t.count("activity_host_reminders").await, 1);

    // Erased, the host leaves no name on the table; the learner keeps the seat.
    let mut tx = t.db.begin().await.unwrap();
    assert!(gemeng_db::personal_data::erase(&mut tx, commune, host)
        .await
        .unwrap());
    tx.commit().await.unwrap();
    assert_eq!(
        t.text(&format!(
            "SELECT host_name || ':' || COALESCE(CAST(host_id AS TEXT), '') FROM activity_tables WHERE id = {}",
            tables[0]
        ))
        .await,
        "—:"
    );
    assert_eq!(table_of(&t, learner.0).await, tables[0].to_string());
}

/// A café's organiser changes a table's host: from a name to an account (told, and
/// reminded from then on), from one account to another (the first told they no longer
/// host), refused as at creation; others cannot.
#[tokio::test]
async fn an_organiser_changes_a_tables_host() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    let people = residents(&t, "k", 4).await;
    let (luc, ana, weak, outsider) = (&people[0], &people[1], &people[2], &people[3]);
    profile(&t, weak.0, &[("lb", "b1")]).await;
    let (activity, session, tables) = cafe(
        &t,
        &staff_token,
        json!([
            {"language": "lb", "host": "Marie", "host_level": "native", "seats": 2},
            {"language": "pt", "host": "", "host_email": "k1@example.lu", "host_level": "c2", "seats": 2}
        ]),
        "cafe-host-change",
    )
    .await;
    let host = |table: i64| format!("{API}/{activity}/tables/{table}/host");
    let change = |table: i64, token: String, body: Value| {
        let t = &t;
        let path = host(table);
        async move { api(t, Method::PUT, &path, Some(&token), Some(body)).await }
    };

    // Refused as at creation, at the table's own fields; nothing changes.
    for (body, field) in [
        (json!({"host": "", "host_level": "native"}), "table-0-host"),
        (json!({"host": "Jos", "host_level": "b2"}), "table-0-level"),
        // Named by an account whose profile leaves Luxembourgish out: the declared
        // level counts, and B2 is too low.
        (
            json!({"host_email": "k3@example.lu", "host_level": "b2"}),
            "table-0-level",
        ),
        (
            json!({"host_email": "nobody@example.lu", "host_level": "native"}),
            "table-0-account",
        ),
        (
            json!({"host_email": "k2@example.lu", "host_level": "native"}),
            "table-0-account",
        ),
        // Ana hosts the Portuguese table already.
        (
            json!({"host_email": "k1@example.lu", "host_level": "native"}),
            "table-0-account",
        ),
    ] {
        let (status, problem) = change(tables[0], staff_token.clone(), body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        assert_eq!(fields_of(&problem), [field], "{problem}");
    }
    assert_eq!(
        t.text(&format!(
            "SELECT host_name FROM activity_tables WHERE id = {}",
            tables[0]
        ))
        .await,
        "Marie"
    );
    // Only the café's organisers: a member, even its host, gets 403 or 404.
    let (status, _) = change(
        tables[0],
        outsider.1.clone(),
        json!({"host": "Me", "host_level": "native"}),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = change(
        tables[1],
        ana.1.clone(),
        json!({"host": "Me", "host_level": "native"}),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A table of another activity's id.
    let (status, _) = api(
        &t,
        Method::PUT,
        &format!("{API}/{}/tables/{}/host", activity + 1000, tables[0]),
        Some(&staff_token),
        Some(json!({"host": "Jos", "host_level": "native"})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Marie's table goes to Luc's account: he is told, and sees it.
    let (status, table) = change(
        tables[0],
        staff_token.clone(),
        json!({"host": "", "host_email": "K0@example.lu", "host_level": "native"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{table}");
    assert_eq!(table["host"], "Resident 0");
    assert_eq!(
        t.count("outbox WHERE recipient = 'k0@example.lu' AND subject LIKE '%Sproochecafé'")
            .await,
        1
    );
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("{API}/{activity}/tables/{}", tables[0]),
        Some(&luc.1),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // Ana's Portuguese table goes to a name: Ana is told she no longer hosts, and
    // no longer sees it.
    let before = t.count("outbox WHERE recipient = 'k1@example.lu'").await;
    let (status, _) = change(
        tables[1],
        staff_token.clone(),
        json!({"host": "João", "host_level": "c2"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        t.count("outbox WHERE recipient = 'k1@example.lu'").await,
        before + 1
    );
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("{API}/{activity}/tables/{}", tables[1]),
        Some(&ana.1),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        t.count("audit_log WHERE action = 'activity-host-changed'")
            .await,
        2
    );

    // The page: one form per table, a refusal shown at its field with what was typed.
    let page = format!("{LIST}/{activity}/hosts");
    let (status, html) = desk.page(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("value=\"k0@example.lu\""), "{html}");
    let r = desk
        .submit(
            &page,
            &format!("{LIST}/{activity}/tables/{}/host", tables[1]),
            &[
                ("table-1-host", ""),
                ("table-1-account", "nobody@example.lu"),
                ("table-1-level", "native"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(html.contains("id=\"table-1-account-error\""), "{html}");
    assert!(html.contains("value=\"nobody@example.lu\""), "{html}");
    let r = desk
        .submit(
            &page,
            &format!("{LIST}/{activity}/tables/{}/host", tables[1]),
            &[
                ("table-1-host", "Rita"),
                ("table-1-account", ""),
                ("table-1-level", "native"),
            ],
        )
        .await;
    assert!(
        location(&r).ends_with("/hosts?done=host"),
        "{}",
        location(&r)
    );
    assert_eq!(
        t.text(&format!(
            "SELECT host_name FROM activity_tables WHERE id = {}",
            tables[1]
        ))
        .await,
        "Rita"
    );
    // Luc's address is refused later: the day before, no reminder goes to him (the
    // marker alone is written).
    t.execute(&format!(
        "UPDATE users SET residence = 'refused' WHERE id = {}",
        luc.0
    ))
    .await;
    session_tomorrow(&t, session).await;
    let before = t.count("outbox WHERE recipient = 'k0@example.lu'").await;
    gemeng::activities::reminders::send_due(&t.jobs_app())
        .await
        .unwrap();
    assert_eq!(
        t.count("outbox WHERE recipient = 'k0@example.lu'").await,
        before
    );
    assert_eq!(
        t.count(&format!(
            "activity_host_reminders WHERE table_id = {}",
            tables[0]
        ))
        .await,
        1
    );
    // Not a café: no hosts' page.
    let (status, _) = desk
        .page(&format!("{LIST}/{}/hosts", activity + 1000))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
