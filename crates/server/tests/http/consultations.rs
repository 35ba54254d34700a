//! Consultations: staff write, publish and read the results; residents of the audience
//! answer once (named answers changeable until closing, anonymous ones final); nobody
//! else sees them; bad drafts and bad answers are refused with nothing stored; closed
//! results never change; anonymous answers cannot be linked to residents.

use gemeng_core::account::{Residence, Role};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::support::{location, Browser, TestApp, PASSWORD};

/// A poll and a survey's worth of questions, in English and French.
const SURVEY: &str = "title
en: The new playground
fr: La nouvelle aire de jeux

section
en: The place
fr: Le lieu

question single other
en: Where should it be?
fr: Où devrait-elle être ?
choice
en: By the school
fr: Près de l'école
choice
en: In the park
fr: Dans le parc

question multiple max=2
en: What should it have?
fr: Que devrait-elle avoir ?
choice
en: Swings
fr: Des balançoires
choice
en: A slide
fr: Un toboggan
choice
en: A sandpit
fr: Un bac à sable

question yesno
en: Should it be fenced?
fr: Doit-elle être clôturée ?

question rating 1-5 optional
en: How much do you need it?
fr: En avez-vous besoin ?
low
en: Not at all
fr: Pas du tout
high
en: Very much
fr: Beaucoup

question ranking top=2 optional
en: Your order of preference
fr: Votre ordre de préférence
choice
en: Trees
fr: Des arbres
choice
en: Benches
fr: Des bancs
choice
en: Lights
fr: Des lampes

question text max=200 optional
en: Anything else?
fr: Autre chose ?
";

struct Scene {
    t: TestApp,
    staff: Browser,
    ana: Browser,
    ben: Browser,
    west: i64,
}

async fn scene() -> Scene {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    for (email, address) in [("ana@example.lu", "ouest 1"), ("ben@example.lu", "est 1")] {
        let address = t.address(f.commune, address).await;
        t.account(
            f.commune,
            email,
            Role::Resident,
            Some(address),
            Residence::Verified,
        )
        .await;
    }
    t.account(
        f.commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let login = |email: &'static str| {
        let b = t.browser();
        async move {
            assert_eq!(
                b.login("testville", email, PASSWORD).await.status(),
                StatusCode::SEE_OTHER
            );
            b
        }
    };
    let (staff, ana, ben) = (
        login("staff@example.lu").await,
        login("ana@example.lu").await,
        login("ben@example.lu").await,
    );
    let west = gemeng_db::neighbourhoods::by_slug(&t.db, f.commune, "west")
        .await
        .unwrap()
        .unwrap()
        .id;
    Scene {
        t,
        staff,
        ana,
        ben,
        west,
    }
}

fn today() -> String {
    gemeng::channel::consultations::web::day_text(gemeng::app::now().div_euclid(86_400))
}

fn in_days(days: i64) -> String {
    gemeng::channel::consultations::web::day_text(gemeng::app::now().div_euclid(86_400) + days)
}

const NEW: &str = "/c/testville/staff/consultations/new";
const STAFF: &str = "/c/testville/staff/consultations";

/// Staff save a draft and publish it; its id.
async fn publish(s: &Scene, text: &str, extra: &[(&str, &str)]) -> i64 {
    let today = today();
    let closes = in_days(7);
    let mut fields = vec![
        ("text", text),
        ("opens_on", today.as_str()),
        ("closes_on", closes.as_str()),
        ("audience", "commune"),
        ("results_shown", "while_open"),
        ("request_key", "draft-key-0001"),
    ];
    for (name, value) in extra {
        fields.retain(|(n, _)| n != name);
        fields.push((name, value));
    }
    let r = s.staff.submit(NEW, STAFF, &fields).await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        crate::support::body(r).await
    );
    let at = location(&r);
    let id: i64 = at
        .trim_start_matches("/c/testville/staff/consultations/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let page = format!("{STAFF}/{id}");
    let r = s.staff.submit(&page, &format!("{page}/publish"), &[]).await;
    assert_eq!(location(&r), format!("{page}?done=published"));
    id
}

async fn count(t: &TestApp, sql: &str) -> i64 {
    gemeng_db::with_pool!(t.db.writer(), |pool| sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(pool)
        .await
        .unwrap())
}

#[tokio::test]
async fn staff_publish_for_west_ana_answers_and_changes_ben_never_sees_it() {
    let s = scene().await;
    let west = s.west.to_string();
    let id = publish(
        &s,
        SURVEY,
        &[("audience", "neighbourhoods"), ("neighbourhood", &west)],
    )
    .await;
    let path = format!("/c/testville/consultations/{id}");

    // Ana finds it in her list, in her language first, French one click away.
    let (status, html) = s.ana.page("/c/testville/consultations").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("The new playground"), "{html}");
    let (_, html) = s.ana.page(&path).await;
    assert!(html.contains("Where should it be?") && html.contains("?lang=fr"));
    let (_, html) = s.ana.page(&format!("{path}?lang=fr")).await;
    assert!(html.contains("Où devrait-elle être ?"));

    // Ben (East) never sees it: not listed, "not found" on every page and in the API.
    let (_, html) = s.ben.page("/c/testville/consultations").await;
    assert!(!html.contains("The new playground"));
    for page in [path.clone(), format!("{path}/results")] {
        assert_eq!(s.ben.page(&page).await.0, StatusCode::NOT_FOUND, "{page}");
    }
    let r = s
        .ben
        .submit("/c/testville/consultations", &path, &[("q3", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let ben_token = crate::api::token(&s.t, "testville", "ben@example.lu").await;
    let api = format!("/api/v1/communes/testville/consultations/{id}");
    for url in [api.clone(), format!("{api}/results")] {
        let r = Client::new()
            .get(s.t.url(&url))
            .bearer_auth(&ben_token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{url}");
    }
    let r = Client::new()
        .get(s.t.url("/api/v1/communes/testville/consultations"))
        .bearer_auth(&ben_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.json::<Value>().await.unwrap()["consultations"], json!([]));
    let r = Client::new()
        .post(s.t.url(&format!("{api}/answers")))
        .bearer_auth(&ben_token)
        .json(&json!({"answers": [{"question": 3, "response": {"type": "yes_no", "yes": true}}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // Ana answers every kind of question.
    let answers = [
        ("q1", "other"),
        ("q1-other", "By the river"),
        ("q2", "1"),
        ("q2", "3"),
        ("q3", "yes"),
        ("q4", "4"),
        ("q5-r1", "2"),
        ("q5-r2", "1"),
        ("q6", "Shade, please"),
        ("request_key", "ana-answer-0001"),
    ];
    let r = s.ana.submit(&path, &path, &answers).await;
    assert_eq!(location(&r), format!("{path}?done=answered"));
    let stored =
        s.t.text(&format!(
            "SELECT answers FROM consultation_named_answers WHERE consultation_id = {id}"
        ))
        .await;
    let set: Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(set["answers"].as_array().unwrap().len(), 6, "{set}");
    assert_eq!(set["answers"][0]["response"]["other"], "By the river");
    assert_eq!(set["answers"][4]["response"]["order"], json!([2, 1]));

    // Her answers are on the form again; she changes one until closing.
    let (_, html) = s.ana.page(&path).await;
    assert!(html.contains("Shade, please") && html.contains("Change my answers"));
    let mut changed = answers.to_vec();
    changed.retain(|(n, _)| *n != "q3" && *n != "request_key");
    changed.push(("q3", "no"));
    changed.push(("request_key", "ana-answer-0002"));
    let r = s.ana.submit(&path, &path, &changed).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        count(
            &s.t,
            &format!(
                "SELECT COUNT(*) FROM consultation_named_answers WHERE consultation_id = {id}"
            )
        )
        .await,
        1
    );

    // Results: a chart per question with the numbers on the bars, a table beside.
    let (status, html) = s.ana.page(&format!("{path}/results")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("<svg") && html.contains("chart-table"),
        "{html}"
    );
    assert!(html.contains("1 (100\u{a0}%)") && html.contains("Should it be fenced?"));
    // Free texts are for staff only.
    assert!(!html.contains("Shade, please"));
    let (status, html) = s.staff.page(&format!("{STAFF}/{id}/results")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Shade, please") && html.contains("West"));
    let (status, html) = s
        .staff
        .page(&format!("{STAFF}/{id}/results?n={}", s.west))
        .await;
    assert_eq!(status, StatusCode::OK, "{html}");

    // The CSV of a named consultation names the resident.
    let r = s.staff.get(&format!("{STAFF}/{id}/answers.csv")).await;
    assert_eq!(r.status(), StatusCode::OK);
    let csv = r.text().await.unwrap();
    assert!(csv.starts_with("Resident,Neighbourhood,Day,"), "{csv}");
    assert!(
        csv.contains("ana,West,") && csv.contains("By the river"),
        "{csv}"
    );
}

/// A draft's text, the fields that differ from a good form's, and what the page says.
type BadDraft = (String, Vec<(&'static str, &'static str)>, &'static str);

#[tokio::test]
async fn a_bad_draft_is_refused_in_the_readers_language_and_nothing_is_stored() {
    let s = scene().await;
    // The staff member reads French (a plain link sets the reader's language).
    s.staff.get("/settings/language/fr").await;
    let cases: Vec<BadDraft> = vec![
        (
            "title\nen: T\nfr: T\nquestion single\nen: Which?\nfr: Lequel ?\n".into(),
            vec![],
            "La question 1 demande au moins deux choix.",
        ),
        (
            "title\nen: T\nfr: T\nquestion yesno\nen: Yes?\n".into(),
            vec![],
            "Question 1\u{a0}: il manque la version en Français.",
        ),
        (
            "title\nen: T\nquestion yesno\nen: Yes?\n".into(),
            vec![("opens_on", "2030-05-02"), ("closes_on", "2030-05-01")],
            "Le dernier jour ne peut pas précéder le premier.",
        ),
        (
            "title\nen: T\nquestion perhaps\nen: Yes?\n".into(),
            vec![],
            "Ligne 3\u{a0}: Type de question inconnu",
        ),
        (
            "title\nen: T\nquestion yesno\nen: Yes?\n".into(),
            vec![("opens_on", "tomorrow")],
            "Saisissez une date",
        ),
        (
            "title\nen: T\nquestion yesno\nen: Yes?\n".into(),
            vec![("audience", "neighbourhoods")],
            "Cochez au moins un quartier.",
        ),
        (
            "title\nen: T\nquestion yesno\nen: Yes?\n".into(),
            vec![("audience", "neighbourhoods"), ("neighbourhood", "999999")],
            "des quartiers de la commune",
        ),
    ];
    for (text, extra, expected) in cases {
        let mut fields = vec![
            ("text", text.as_str()),
            ("opens_on", "2030-05-01"),
            ("closes_on", "2030-05-20"),
            ("audience", "commune"),
            ("results_shown", "after_closing"),
        ];
        for (name, value) in extra {
            fields.retain(|(n, _)| *n != name);
            fields.push((name, value));
        }
        let r = s.staff.submit(NEW, STAFF, &fields).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{expected}");
        let html = crate::support::body(r).await;
        assert!(html.contains(expected), "{expected} in {html}");
        // What was typed is kept.
        assert!(html.contains("question"));
    }
    assert_eq!(s.t.count("consultations").await, 0);
    assert_eq!(s.t.count("audit_log").await, 0);

    // The API refuses the same, with problem+json.
    let token = crate::api::token(&s.t, "testville", "staff@example.lu").await;
    let r = Client::new()
        .post(s.t.url("/api/v1/communes/testville/staff/consultations"))
        .bearer_auth(&token)
        .json(&json!({"definition": {"kind": "poll", "title": {"en": "T"},
            "sections": [{"questions": [{"id": 1, "text": {"en": "Which?"}, "required": true,
                "kind": {"type": "single_choice", "choices": []}}]}],
            "opens_at": 2000, "closes_at": 1000, "anonymous": false, "audience": "commune",
            "results_shown": "never"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = r.json().await.unwrap();
    let codes: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"consultation-code-choices"), "{problem}");
    assert!(codes.contains(&"consultation-problem-closing"), "{problem}");
    assert_eq!(s.t.count("consultations").await, 0);
}

#[tokio::test]
async fn bad_answers_are_refused_and_a_replayed_post_changes_nothing() {
    let s = scene().await;
    let id = publish(&s, SURVEY, &[]).await;
    let path = format!("/c/testville/consultations/{id}");
    let required = [("q1", "1"), ("q2", "1"), ("q3", "yes")];
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            vec![("q2", "1"), ("q3", "yes")],
            "Please answer this question.",
        ),
        // A choice the question does not offer, or no choice at all.
        (
            vec![("q1", "7"), ("q2", "1"), ("q3", "yes")],
            "Please choose among the answers offered.",
        ),
        (
            vec![("q1", "first"), ("q2", "1"), ("q3", "yes")],
            "Please choose among the answers offered.",
        ),
        // Beyond the maximum of two.
        (
            vec![
                ("q1", "1"),
                ("q2", "1"),
                ("q2", "2"),
                ("q2", "3"),
                ("q3", "yes"),
            ],
            "Choose at most 2.",
        ),
        (
            vec![("q1", "1"), ("q2", "1"), ("q3", "yes"), ("q4", "9")],
            "Choose a value on the scale.",
        ),
        (
            vec![
                ("q1", "1"),
                ("q2", "1"),
                ("q3", "yes"),
                ("q5-r1", "1"),
                ("q5-r2", "1"),
            ],
            "Each choice counts once.",
        ),
        (
            vec![("q1", "1"), ("q2", "1"), ("q3", "yes"), ("q5-r1", "1")],
            "Put 2 choices in order, each once.",
        ),
        (
            vec![("q1", "1"), ("q2", "1"), ("q3", "maybe")],
            "This answer does not fit the question.",
        ),
    ];
    for (fields, expected) in cases {
        let r = s.ana.submit(&path, &path, &fields).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{expected}");
        let html = crate::support::body(r).await;
        assert!(html.contains(expected), "{expected}: {html}");
    }
    // A forged question id alone: the form is not this consultation's.
    let mut forged = required.to_vec();
    forged.push(("q99", "1"));
    let r = s.ana.submit(&path, &path, &forged).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(crate::support::body(r)
        .await
        .contains("does not belong to this consultation"));
    assert_eq!(s.t.count("consultation_named_answers").await, 0);

    // The API: forged ids, choices outside the question, too many, all 422.
    let token = crate::api::token(&s.t, "testville", "ana@example.lu").await;
    let url = s.t.url(&format!(
        "/api/v1/communes/testville/consultations/{id}/answers"
    ));
    let good = json!([
        {"question": 1, "response": {"type": "choices", "chosen": [1]}},
        {"question": 2, "response": {"type": "choices", "chosen": [1, 2]}},
        {"question": 3, "response": {"type": "yes_no", "yes": true}}]);
    for (bad, code) in [
        (
            json!({"question": 77, "response": {"type": "yes_no", "yes": true}}),
            "consultation-code-unknown-question",
        ),
        (
            json!({"question": 1, "response": {"type": "choices", "chosen": [9]}}),
            "consultation-answer-unknown-choice",
        ),
        (
            json!({"question": 2, "response": {"type": "choices", "chosen": [1, 2, 3]}}),
            "consultation-code-count",
        ),
        (
            json!({"question": 3, "response": {"type": "rating", "value": 3}}),
            "consultation-answer-wrong-kind",
        ),
    ] {
        let mut answers: Vec<Value> = good
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["question"] != bad["question"])
            .cloned()
            .collect();
        answers.push(bad);
        let r = Client::new()
            .post(&url)
            .bearer_auth(&token)
            .json(&json!({"answers": answers, "request_key": "api-bad-key-01"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{code}");
        let problem: Value = r.json().await.unwrap();
        assert!(problem.to_string().contains(code), "{problem}");
    }
    assert_eq!(s.t.count("consultation_named_answers").await, 0);

    // The same post twice stores one answer set, the first.
    for _ in 0..2 {
        let r = Client::new()
            .post(&url)
            .bearer_auth(&token)
            .json(&json!({"answers": good, "request_key": "api-good-key-01"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED);
    }
    assert_eq!(s.t.count("consultation_named_answers").await, 1);
    let mut fields = required.to_vec();
    fields.push(("request_key", "web-key-000001"));
    for _ in 0..2 {
        let r = s.ana.submit(&path, &path, &fields).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    assert_eq!(s.t.count("consultation_named_answers").await, 1);
    // She changes her answer to question 3; the older post replayed (a retried
    // request, a stale tab) does not bring the old answer back.
    let mut changed: Vec<(&str, &str)> = vec![("q1", "1"), ("q2", "1"), ("q3", "no")];
    changed.push(("request_key", "web-key-000002"));
    let r = s.ana.submit(&path, &path, &changed).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let stored = || async {
        s.t.text("SELECT answers FROM consultation_named_answers")
            .await
    };
    let after_change = stored().await;
    assert!(after_change.contains(r#""yes":false"#), "{after_change}");
    let r = s.ana.submit(&path, &path, &fields).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = Client::new()
        .post(&url)
        .bearer_auth(&token)
        .json(&json!({"answers": good, "request_key": "api-good-key-01"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(stored().await, after_change);
}

/// Answers by `n` residents of West (new accounts), through the API.
async fn residents_answer(s: &Scene, id: i64, n: usize, yes: usize) -> Vec<i64> {
    let commune = gemeng_db::communes::by_slug(&s.t.db, "testville")
        .await
        .unwrap()
        .unwrap()
        .id;
    let mut ids = Vec::new();
    for i in 0..n {
        let email = format!("west{i}@example.lu");
        let address = s.t.address(commune, &format!("ouest {}", 1 + i % 9)).await;
        ids.push(
            s.t.account(
                commune,
                &email,
                Role::Resident,
                Some(address),
                Residence::Verified,
            )
            .await,
        );
        let token = crate::api::token(&s.t, "testville", &email).await;
        let r = Client::new()
            .post(s.t.url(&format!(
                "/api/v1/communes/testville/consultations/{id}/answers"
            )))
            .bearer_auth(&token)
            .json(&json!({"answers": [
                {"question": 1, "response": {"type": "yes_no", "yes": i < yes}}],
                "request_key": format!("answer-key-{i:04}")}))
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status(),
            StatusCode::CREATED,
            "{}",
            r.text().await.unwrap()
        );
    }
    ids
}

const POLL: &str = "title\nen: Fences\nquestion yesno\nen: Should the playground be fenced?\n";

async fn results(t: &TestApp, id: i64, token: &str) -> Value {
    let r = Client::new()
        .get(t.url(&format!(
            "/api/v1/communes/testville/staff/consultations/{id}/results"
        )))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    r.json().await.unwrap()
}

#[tokio::test]
async fn anonymous_answers_cannot_be_linked_to_residents() {
    let s = scene().await;
    let id = publish(&s, POLL, &[("anonymous", "yes")]).await;
    let staff_token = crate::api::token(&s.t, "testville", "staff@example.lu").await;
    // Fewer than five: nothing to show, to staff either.
    residents_answer(&s, id, 3, 2).await;
    let shown = results(&s.t, id, &staff_token).await;
    assert_eq!(
        (shown["respondents"].as_u64(), shown["withheld"].as_bool()),
        (Some(3), Some(true))
    );
    let residents = {
        let mut more = residents_answer_more(&s, id).await;
        more.sort();
        more
    };
    let shown = results(&s.t, id, &staff_token).await;
    assert_eq!(shown["withheld"], false);
    assert_eq!(
        shown["questions"][0]["tally"],
        json!({"type": "yes_no", "yes": 4, "no": 2})
    );

    // The answers' table: no resident, no time finer than the day, a random key.
    let columns = columns_of(&s.t, "consultation_anonymous_answers").await;
    assert_eq!(
        columns,
        [
            "answer_key",
            "answers",
            "consultation_id",
            "day",
            "neighbourhood_id"
        ]
    );
    let today = gemeng::app::now().div_euclid(86_400);
    assert_eq!(
        count(
            &s.t,
            &format!("SELECT COUNT(*) FROM consultation_anonymous_answers WHERE day = {today}")
        )
        .await,
        6
    );
    let everything = s
        .t
        .text("SELECT COALESCE(STRING_AGG(answer_key || ' ' || answers, ' | '), '') FROM consultation_anonymous_answers")
        .await;
    for resident in &residents {
        assert!(
            !everything.contains(&format!("\"{resident}\"")) && !everything.contains("resident")
        );
    }
    // Who took part: no time, no key of an answer.
    assert_eq!(
        columns_of(&s.t, "consultation_participants").await,
        ["consultation_id", "request_key", "resident_id"]
    );
    let keys = s
        .t
        .text("SELECT COALESCE(STRING_AGG(request_key, ' '), '') FROM consultation_participants")
        .await;
    for key in keys.split(' ') {
        assert!(!everything.contains(key));
    }
    // The only column both tables share is the consultation.
    assert_eq!(
        count(
            &s.t,
            &format!(
                "SELECT COUNT(*) FROM consultation_named_answers WHERE consultation_id = {id}"
            )
        )
        .await,
        0
    );
    // No row order counts up: on SQLite the tables have no rowid and keep their rows
    // in key order; on PostgreSQL the day's answers share one writing transaction and
    // lie in key order.
    match s.t.db.engine() {
        gemeng_db::Engine::Sqlite => {
            for table in [
                "consultation_anonymous_answers",
                "consultation_participants",
            ] {
                let failed = gemeng_db::with_pool!(s.t.db.writer(), |pool| sqlx::query(&format!(
                    "SELECT rowid FROM {table}"
                ))
                .fetch_all(pool)
                .await
                .is_err());
                assert!(failed, "{table} has a rowid");
            }
        }
        gemeng_db::Engine::Postgres => {
            assert_eq!(
                count(
                    &s.t,
                    "SELECT COUNT(DISTINCT xmin::TEXT) FROM consultation_anonymous_answers"
                )
                .await,
                1
            );
            let by_place = s
                .t
                .text("SELECT STRING_AGG(answer_key, ' ' ORDER BY ctid) FROM consultation_anonymous_answers")
                .await;
            let by_key = s
                .t
                .text("SELECT STRING_AGG(answer_key, ' ' ORDER BY answer_key) FROM consultation_anonymous_answers")
                .await;
            assert_eq!(by_place, by_key);
        }
    }
    // Once it has closed, housekeeping seals it: on PostgreSQL the participations too
    // then share one writing transaction, in resident order.
    s.t.execute(&format!(
        "UPDATE consultations SET closes_at = {} WHERE id = {id}",
        gemeng::app::now() - 1
    ))
    .await;
    assert_eq!(
        gemeng_db::consultations::seal_closed(&s.t.db, gemeng::app::now())
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        gemeng_db::consultations::seal_closed(&s.t.db, gemeng::app::now())
            .await
            .unwrap(),
        0
    );
    if s.t.db.engine() == gemeng_db::Engine::Postgres {
        assert_eq!(
            count(
                &s.t,
                "SELECT COUNT(DISTINCT xmin::TEXT) FROM consultation_participants"
            )
            .await,
            1
        );
        let by_place = s
            .t
            .text("SELECT STRING_AGG(CAST(resident_id AS TEXT), ' ' ORDER BY ctid) FROM consultation_participants")
            .await;
        let by_resident = s
            .t
            .text("SELECT STRING_AGG(CAST(resident_id AS TEXT), ' ' ORDER BY resident_id) FROM consultation_participants")
            .await;
        assert_eq!(by_place, by_resident);
    }
    assert_eq!(results(&s.t, id, &staff_token).await["respondents"], 6);
    // Staff's CSV has no resident column.
    let r = s.staff.get(&format!("{STAFF}/{id}/answers.csv")).await;
    let csv = r.text().await.unwrap();
    assert!(csv.starts_with("Neighbourhood,Day,"), "{csv}");
    assert!(!csv.contains("west"), "{csv}");
    // A resident who answered cannot answer again, nor change.
    let token = crate::api::token(&s.t, "testville", "west0@example.lu").await;
    let r = Client::new()
        .post(s.t.url(&format!(
            "/api/v1/communes/testville/consultations/{id}/answers"
        )))
        .bearer_auth(&token)
        .json(
            &json!({"answers": [{"question": 1, "response": {"type": "yes_no", "yes": false}}],
            "request_key": "another-key-01"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    // The same post again is done already.
    let r = Client::new()
        .post(s.t.url(&format!(
            "/api/v1/communes/testville/consultations/{id}/answers"
        )))
        .bearer_auth(&token)
        .json(
            &json!({"answers": [{"question": 1, "response": {"type": "yes_no", "yes": false}}],
            "request_key": "answer-key-0000"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.json::<Value>().await.unwrap()["stored"], false);
    assert_eq!(s.t.count("consultation_anonymous_answers").await, 6);
}

/// Three more residents answer (two yes, one no) after the first three.
async fn residents_answer_more(s: &Scene, id: i64) -> Vec<i64> {
    let commune = gemeng_db::communes::by_slug(&s.t.db, "testville")
        .await
        .unwrap()
        .unwrap()
        .id;
    let mut ids = Vec::new();
    for (i, yes) in [(3, true), (4, true), (5, false)] {
        let email = format!("west{i}@example.lu");
        let address = s.t.address(commune, &format!("ouest {}", 1 + i)).await;
        ids.push(
            s.t.account(
                commune,
                &email,
                Role::Resident,
                Some(address),
                Residence::Verified,
            )
            .await,
        );
        let token = crate::api::token(&s.t, "testville", &email).await;
        let r = Client::new()
            .post(s.t.url(&format!(
                "/api/v1/communes/testville/consultations/{id}/answers"
            )))
            .bearer_auth(&token)
            .json(
                &json!({"answers": [{"question": 1, "response": {"type": "yes_no", "yes": yes}}],
                "request_key": format!("answer-key-{i:04}")}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED);
    }
    ids
}

async fn columns_of(t: &TestApp, table: &str) -> Vec<String> {
    let mut columns: Vec<String> = match t.db.engine() {
        gemeng_db::Engine::Sqlite => {
            gemeng_db::with_pool!(t.db.writer(), |pool| sqlx::query_scalar(&format!(
                "SELECT name FROM pragma_table_info('{table}')"
            ))
            .fetch_all(pool)
            .await
            .unwrap())
        }
        gemeng_db::Engine::Postgres => {
            gemeng_db::with_pool!(t.db.writer(), |pool| sqlx::query_scalar(
                "SELECT column_name::TEXT FROM information_schema.columns
             WHERE table_name = $1 AND table_schema = current_schema()"
            )
            .bind(table)
            .fetch_all(pool)
            .await
            .unwrap())
        }
    };
    columns.sort();
    columns
}

#[tokio::test]
async fn after_closing_answers_are_refused_and_results_never_change() {
    let s = scene().await;
    let id = publish(&s, POLL, &[]).await;
    let staff_token = crate::api::token(&s.t, "testville", "staff@example.lu").await;
    residents_answer(&s, id, 2, 1).await;
    let path = format!("/c/testville/consultations/{id}");
    let r = s
        .ana
        .submit(
            &path,
            &path,
            &[("q1", "yes"), ("request_key", "ana-first-01")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // It closes.
    s.t.execute(&format!(
        "UPDATE consultations SET opens_at = opens_at - 864000, closes_at = {} WHERE id = {id}",
        gemeng::app::now() - 1
    ))
    .await;
    let before = results(&s.t, id, &staff_token).await;
    assert_eq!(before["respondents"], 3);
    // Ana cannot change hers, Ben cannot add one, newcomers neither.
    let r = s
        .ana
        .submit(
            &path,
            &path,
            &[("q1", "no"), ("request_key", "ana-second-1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert!(crate::support::body(r).await.contains("has closed"));
    let token = crate::api::token(&s.t, "testville", "ben@example.lu").await;
    let r = Client::new()
        .post(s.t.url(&format!(
            "/api/v1/communes/testville/consultations/{id}/answers"
        )))
        .bearer_auth(&token)
        .json(&json!({"answers": [{"question": 1, "response": {"type": "yes_no", "yes": false}}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(results(&s.t, id, &staff_token).await, before);
    // Ana's account is erased: her answers stay, detached, and the results stand.
    let ana: i64 =
        s.t.text("SELECT CAST(id AS TEXT) FROM users WHERE email = 'ana@example.lu'")
            .await
            .parse()
            .unwrap();
    let commune = gemeng_db::communes::by_slug(&s.t.db, "testville")
        .await
        .unwrap()
        .unwrap()
        .id;
    let mut tx = s.t.db.begin().await.unwrap();
    assert!(gemeng_db::personal_data::erase(&mut tx, commune, ana)
        .await
        .unwrap());
    tx.commit().await.unwrap();
    assert_eq!(results(&s.t, id, &staff_token).await, before);
    // A draft cannot be changed once published.
    let r = s
        .staff
        .submit(
            &format!("{STAFF}/{id}"),
            &format!("{STAFF}/{id}"),
            &[("text", POLL)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_api_runs_a_consultation_from_draft_to_csv() {
    let s = scene().await;
    let staff = crate::api::token(&s.t, "testville", "staff@example.lu").await;
    let ana = crate::api::token(&s.t, "testville", "ana@example.lu").await;
    let now = gemeng::app::now();
    let draft = json!({"definition": {"kind": "poll", "title": {"en": "Bins", "pt": "Caixotes"},
        "sections": [{"questions": [{"id": 1, "text": {"en": "Which day?", "pt": "Que dia?"}, "required": true,
            "kind": {"type": "multiple_choice", "min": 1, "max": 2, "other": true, "choices": [
                {"id": 1, "label": {"en": "Monday", "pt": "Segunda"}},
                {"id": 2, "label": {"en": "Friday", "pt": "Sexta"}},
                {"id": 3, "label": {"en": "Sunday", "pt": "Domingo"}}]}}]}],
        "opens_at": now - 60, "closes_at": now + 86_400, "anonymous": false,
        "audience": {"neighbourhoods": [s.west]}, "results_shown": "after_closing"},
        "request_key": "api-draft-0001"});
    let url = s.t.url("/api/v1/communes/testville/staff/consultations");
    let r = Client::new()
        .post(&url)
        .bearer_auth(&staff)
        .json(&draft)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let created: Value = r.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["status"], "draft");
    // The same key again: the same draft.
    let r = Client::new()
        .post(&url)
        .bearer_auth(&staff)
        .json(&draft)
        .send()
        .await
        .unwrap();
    assert_eq!(r.json::<Value>().await.unwrap()["id"], id);
    // A draft is nobody's to see but staff's.
    let read =
        s.t.url(&format!("/api/v1/communes/testville/consultations/{id}"));
    let r = Client::new()
        .get(&read)
        .bearer_auth(&ana)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Residents may not create or publish.
    let r = Client::new()
        .post(&url)
        .bearer_auth(&ana)
        .json(&draft)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let publish = s.t.url(&format!(
        "/api/v1/communes/testville/staff/consultations/{id}/publish"
    ));
    let r = Client::new()
        .post(&publish)
        .bearer_auth(&staff)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.json::<Value>().await.unwrap()["state"], "open");
    let r = Client::new()
        .get(&read)
        .bearer_auth(&ana)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = Client::new()
        .post(s.t.url(&format!("/api/v1/communes/testville/consultations/{id}/answers")))
        .bearer_auth(&ana)
        .json(&json!({"answers": [{"question": 1, "response": {"type": "choices", "chosen": [], "other": "=SUM(A1)"}}],
            "request_key": "api-answer-001"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.json::<Value>().await.unwrap()["changeable"], true);
    // Results are shown after closing only: not yet to Ana, always to staff.
    let r = Client::new()
        .get(s.t.url(&format!(
            "/api/v1/communes/testville/consultations/{id}/results"
        )))
        .bearer_auth(&ana)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let shown = results(&s.t, id, &staff).await;
    assert_eq!(
        shown["questions"][0]["tally"],
        json!({"type": "choices", "counts": [{"choice": 1, "count": 0}, {"choice": 2, "count": 0}, {"choice": 3, "count": 0}], "other": 1})
    );
    let r = Client::new()
        .get(s.t.url(&format!(
            "/api/v1/communes/testville/staff/consultations/{id}/answers.csv?language=pt"
        )))
        .bearer_auth(&staff)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let csv = r.text().await.unwrap();
    assert!(csv.starts_with("Residente,Bairro,Dia,Que dia?"), "{csv}");
    // A cell a spreadsheet would run as a formula is quoted.
    assert!(csv.contains(",'=SUM(A1)"), "{csv}");
}

#[tokio::test]
async fn a_draft_is_changed_until_it_is_published_and_is_nobodys_before() {
    let s = scene().await;
    let today = today();
    let closes = in_days(3);
    let fields = [
        ("text", POLL),
        ("opens_on", today.as_str()),
        ("closes_on", closes.as_str()),
        ("audience", "commune"),
        ("results_shown", "never"),
        ("request_key", "draft-edit-001"),
    ];
    let r = s.staff.submit(NEW, STAFF, &fields).await;
    let page = location(&r).split('?').next().unwrap().to_string();
    let id = page.rsplit('/').next().unwrap().to_string();
    // The same form sent twice makes one draft.
    let again = s.staff.submit(NEW, STAFF, &fields).await;
    assert_eq!(location(&again).split('?').next().unwrap(), page);
    assert_eq!(s.t.count("consultations").await, 1);
    // Residents do not see a draft.
    let path = format!("/c/testville/consultations/{id}");
    assert_eq!(s.ana.page(&path).await.0, StatusCode::NOT_FOUND);
    let (_, html) = s.ana.page("/c/testville/consultations").await;
    assert!(!html.contains("Fences"));
    // Staff change it: the form shows the text as saved, the preview the questions.
    let (status, html) = s.staff.page(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("question yesno") && html.contains("Should the playground be fenced?"));
    let changed = POLL.replace("Should the playground be fenced?", "Should it have a gate?");
    let mut fields = fields.to_vec();
    fields[0] = ("text", changed.as_str());
    let r = s.staff.submit(&page, &page, &fields).await;
    assert_eq!(location(&r), format!("{page}?done=saved"));
    let (_, html) = s.staff.page(&page).await;
    assert!(html.contains("Should it have a gate?") && !html.contains("fenced"));
    let r = s.staff.submit(&page, &format!("{page}/publish"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (status, html) = s.ana.page(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Should it have a gate?"));
    // Results never shown to residents; always to staff.
    assert_eq!(
        s.ana.page(&format!("{path}/results")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.staff.page(&format!("{page}/results")).await.0,
        StatusCode::OK
    );
    // An object that is not a consultation is refused by the API as such.
    let token = crate::api::token(&s.t, "testville", "staff@example.lu").await;
    let r = Client::new()
        .post(s.t.url("/api/v1/communes/testville/staff/consultations"))
        .bearer_auth(&token)
        .json(&json!({"definition": {}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("consultation-code-definition"));
}

/// Runs `sql` on the test's database; whether the database accepted it.
async fn accepted(t: &TestApp, sql: &str) -> bool {
    gemeng_db::with_pool!(t.db.writer(), |pool| sqlx::query(sql)
        .execute(pool)
        .await
        .is_ok())
}

#[tokio::test]
async fn the_database_refuses_answers_beyond_a_questions_bounds() {
    let s = scene().await;
    let named = publish(&s, SURVEY, &[]).await;
    let anonymous = publish(
        &s,
        SURVEY,
        &[("anonymous", "yes"), ("request_key", "draft-key-0002")],
    )
    .await;
    // Question 1 takes one choice, question 2 at most two: written past the rules of
    // `core` (as a faulty writer would), the database still refuses.
    let answers = |q: u32, chosen: &str| {
        format!(
            r#"{{"answers":[{{"question":{q},"response":{{"type":"choices","chosen":[{chosen}]}}}}]}}"#
        )
    };
    let named_row = |key: &str, answers: &str| {
        format!(
            "INSERT INTO consultation_named_answers (consultation_id, resident_id, neighbourhood_id, day, answered_at, answers, request_key)
             VALUES ({named}, NULL, NULL, 0, 0, '{answers}', '{key}')"
        )
    };
    assert!(!accepted(&s.t, &named_row("k1", &answers(2, "1, 2, 3"))).await);
    assert!(!accepted(&s.t, &named_row("k2", &answers(1, "1, 2"))).await);
    assert!(!accepted(&s.t, &named_row("k3", &answers(1, ""))).await);
    assert_eq!(
        count(&s.t, "SELECT COUNT(*) FROM consultation_named_answers").await,
        0
    );
    assert!(accepted(&s.t, &named_row("k4", &answers(2, "1, 2"))).await);
    assert!(accepted(&s.t, &named_row("k5", &answers(1, "2"))).await);
    // Changed to too many: refused, the answer stays as it was.
    let change = format!(
        "UPDATE consultation_named_answers SET answers = '{}' WHERE request_key = 'k4'",
        answers(2, "1, 2, 3")
    );
    assert!(!accepted(&s.t, &change).await);
    assert_eq!(
        s.t.text("SELECT answers FROM consultation_named_answers WHERE request_key = 'k4'")
            .await,
        answers(2, "1, 2")
    );
    let anonymous_row = |key: &str, answers: &str| {
        format!(
            "INSERT INTO consultation_anonymous_answers (answer_key, consultation_id, neighbourhood_id, day, answers)
             VALUES ('{key}', {anonymous}, NULL, 0, '{answers}')"
        )
    };
    assert!(!accepted(&s.t, &anonymous_row("a1", &answers(2, "1, 2, 3"))).await);
    assert!(accepted(&s.t, &anonymous_row("a2", &answers(2, "3"))).await);
    assert_eq!(
        count(&s.t, "SELECT COUNT(*) FROM consultation_anonymous_answers").await,
        1
    );
}
