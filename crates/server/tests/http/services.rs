//! The services desk: staff keep the commune's list of services; a resident writes to
//! one and follows the private thread; staff answer (the resident is told by e-mail,
//! without the answer's text), assign and close; a resident's word opens a closed
//! thread again. Nobody else reads a thread; bad input stores nothing.

use gemeng_core::account::{Residence, Role};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::api::token;
use crate::neighbourhood::street;
use crate::support::{body, location, Browser, TestApp, PASSWORD};

const DESK: &str = "/c/testville/staff/services";
const MINE: &str = "/c/testville/services";
const API: &str = "/api/v1/communes/testville";

async fn staff(t: &TestApp, email: &str) -> (Browser, i64) {
    let commune = t
        .text("SELECT CAST(id AS TEXT) FROM communes WHERE slug = 'testville'")
        .await
        .parse()
        .unwrap();
    let id = t
        .account(commune, email, Role::Staff, None, Residence::Verified)
        .await;
    let b = t.browser();
    b.login("testville", email, PASSWORD).await;
    (b, id)
}

async fn api(
    t: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
    language: &str,
) -> (StatusCode, Value) {
    crate::support::api_json(
        t,
        method,
        &format!("{API}{path}"),
        token,
        body,
        Some(language),
    )
    .await
}

/// Adds a service through staff's form; its id.
async fn add_service(t: &TestApp, desk: &Browser, fields: &[(&str, &str)]) -> String {
    let r = desk
        .submit(&format!("{DESK}/list"), &format!("{DESK}/list"), fields)
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", body(r).await);
    assert_eq!(location(&r), format!("{DESK}/list?done=added"));
    t.text("SELECT CAST(MAX(id) AS TEXT) FROM commune_services")
        .await
}

#[tokio::test]
async fn a_resident_writes_staff_answer_assign_and_close_and_the_resident_is_told() {
    let t = TestApp::start_with_mail().await;
    let s = street(&t).await;
    let (desk, staff_id) = staff(&t, "staff@example.lu").await;
    let (_colleague, colleague_id) = staff(&t, "colleague@example.lu").await;

    // Staff name two services; a service without a name in any language is refused.
    let social = add_service(
        &t,
        &desk,
        &[
            ("name_fr", "Office social"),
            ("name_en", "Social office"),
            ("description_en", "Help with money, housing and forms"),
        ],
    )
    .await;
    let seniors = add_service(&t, &desk, &[("name_en", "Seniors")]).await;
    let r = desk
        .submit(
            &format!("{DESK}/list"),
            &format!("{DESK}/list"),
            &[("name_en", " "), ("description_de", "Nur Beschreibung")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(
        html.contains("Write the name in this language, or leave the description empty too."),
        "{html}"
    );
    assert_eq!(t.count("commune_services").await, 2);
    assert_eq!(
        t.text("SELECT action FROM audit_log WHERE action = 'service-added' LIMIT 1")
            .await,
        "service-added"
    );

    // Ana sees both, with the description, and writes to the social office.
    let (status, html) = s.ana.page(MINE).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Social office"), "{html}");
    assert!(html.contains("Help with money, housing and forms"));
    assert!(html.contains("Seniors"));
    let fields = [
        ("service", social.as_str()),
        ("subject", "Help with the heating allowance"),
        ("body", "Hello,\r\n\r\nI need help to fill in the form."),
        ("request_key", "ana-thread-0001"),
    ];
    let r = s
        .ana
        .submit(MINE, &format!("{MINE}/threads"), &fields)
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", body(r).await);
    let thread_path = location(&r).split('?').next().unwrap().to_string();
    // Sent twice (a double click): one thread, one message.
    let r = s
        .ana
        .submit(MINE, &format!("{MINE}/threads"), &fields)
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(t.count("service_threads").await, 1);
    assert_eq!(t.count("service_messages").await, 1);
    let id = t.text("SELECT CAST(id AS TEXT) FROM service_threads").await;
    assert_eq!(thread_path, format!("{MINE}/threads/{id}"));
    let (status, html) = s.ana.page(&thread_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("I need help to fill in the form."), "{html}");
    assert!(html.contains("Waiting for an answer"));

    // Nobody else reads it: not a neighbour, not over the API, not without an account.
    assert_eq!(
        s.cleo.get(&thread_path).await.status(),
        StatusCode::NOT_FOUND
    );
    let ben = token(&t, "testville", "ben@example.lu").await;
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("/service-threads/{id}"),
        Some(&ben),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("/staff/service-threads/{id}"),
        Some(&ben),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let r = t.browser().get(&thread_path).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).contains("/login"), "{}", location(&r));
    // Cleo cannot write into it either.
    let r = s
        .cleo
        .submit(
            MINE,
            &thread_path,
            &[("body", "Me too"), ("request_key", "cleo-0001")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(t.count("service_messages").await, 1);

    // Staff see it first in the queue, waiting, and answer.
    let (status, html) = desk.page(DESK).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Help with the heating allowance"), "{html}");
    assert!(html.contains("Waiting for an answer"));
    assert!(
        html.contains("for 0 minutes") || html.contains("for 1 minute"),
        "{html}"
    );
    let staff_path = format!("{DESK}/threads/{id}");
    let r = desk
        .submit(
            &staff_path,
            &staff_path,
            &[
                (
                    "body",
                    "Dear Ana, come on Tuesday at 10 with your last payslip.",
                ),
                ("request_key", "staff-answer-0001"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", body(r).await);
    assert_eq!(
        t.text(&format!(
            "SELECT state FROM service_threads WHERE id = {id}"
        ))
        .await,
        "answered"
    );
    // Ana is told in her language, with a link to the thread and not the answer itself.
    let mail = t
        .smtp()
        .wait_for("ana@example.lu", "Answer from the commune")
        .await;
    assert!(mail.subject.contains("Help with the heating allowance"));
    assert!(mail.body.contains(&thread_path), "{}", mail.body);
    assert!(mail.body.contains("(Social office)"), "{}", mail.body);
    assert!(!mail.body.contains("payslip"), "{}", mail.body);
    assert!(mail.headers.contains_key("list-unsubscribe"));
    // Her list shows one new answer until she opens the thread.
    let (_, html) = s.ana.page(MINE).await;
    assert!(html.contains("1 new answer"), "{html}");
    let (_, html) = s.ana.page(&thread_path).await;
    assert!(html.contains("come on Tuesday at 10"), "{html}");
    let (_, html) = s.ana.page(MINE).await;
    assert!(!html.contains("new answer"), "{html}");

    // Assigned to a colleague; Ana is no colleague.
    let r = desk
        .submit(
            &staff_path,
            &format!("{staff_path}/assign"),
            &[("to", &colleague_id.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        t.text(&format!(
            "SELECT CAST(assigned_to AS TEXT) FROM service_threads WHERE id = {id}"
        ))
        .await,
        colleague_id.to_string()
    );
    let r = desk
        .submit(
            &staff_path,
            &format!("{staff_path}/assign"),
            &[("to", &s.ana_id.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("Choose a colleague from the list."));
    assert_eq!(
        t.text(&format!(
            "SELECT CAST(assigned_to AS TEXT) FROM service_threads WHERE id = {id}"
        ))
        .await,
        colleague_id.to_string()
    );
    // "Mine" shows only what is assigned to the one asking.
    let (_, html) = desk.page(&format!("{DESK}?state=answered&mine=yes")).await;
    assert!(!html.contains("Help with the heating allowance"), "{html}");
    let (_, html) = desk.page(&format!("{DESK}?state=answered")).await;
    assert!(html.contains("Help with the heating allowance"), "{html}");
    // Filtered by another service: not there.
    let (_, html) = desk
        .page(&format!("{DESK}?state=answered&service={seniors}"))
        .await;
    assert!(!html.contains("Help with the heating allowance"), "{html}");

    // Closed; Ana writes again and it waits again, from her new word.
    let r = desk
        .submit(&staff_path, &format!("{staff_path}/close"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        t.text(&format!(
            "SELECT state FROM service_threads WHERE id = {id}"
        ))
        .await,
        "closed"
    );
    let r = s
        .ana
        .submit(
            &thread_path,
            &thread_path,
            &[
                ("body", "One more question."),
                ("request_key", "ana-reply-0001"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        t.text(&format!(
            "SELECT state || CASE WHEN waiting_since IS NULL THEN '' ELSE '+' END FROM service_threads WHERE id = {id}"
        ))
        .await,
        "waiting+"
    );
    let actions = t
        .text("SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE action IN ('service-thread-assigned', 'service-thread-closed')")
        .await;
    assert_eq!(actions, "2");
    let _ = staff_id;
}

#[tokio::test]
async fn the_api_opens_follows_and_answers_threads_and_refuses_bad_input() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let (desk, _) = staff(&t, "staff@example.lu").await;
    let (_, other_staff) = staff(&t, "colleague@example.lu").await;
    let social = add_service(&t, &desk, &[("name_fr", "Office social")]).await;
    let archived = add_service(&t, &desk, &[("name_fr", "Ancien service")]).await;
    let r = desk
        .submit(
            &format!("{DESK}/list"),
            &format!("{DESK}/list/{archived}/archive"),
            &[("archived", "yes")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let ana = token(&t, "testville", "ana@example.lu").await;
    let staff_token = token(&t, "testville", "staff@example.lu").await;

    let (status, list) = api(&t, Method::GET, "/services", Some(&ana), None, "pt").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["services"].as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list["services"][0]["name"], "Office social");

    // Every problem of a new thread, in the caller's language, and nothing stored.
    let social_id: i64 = social.parse().unwrap();
    let archived_id: i64 = archived.parse().unwrap();
    for (input, field, message) in [
        (
            json!({"service": 99999, "subject": "S", "body": "B"}),
            "service",
            "Choisissez l’un des services de la liste.",
        ),
        (
            json!({"service": archived_id, "subject": "S", "body": "B"}),
            "service",
            "Choisissez l’un des services de la liste.",
        ),
        (
            json!({"service": social_id, "subject": " \u{200B} ", "body": "B"}),
            "subject",
            "Écrivez un objet.",
        ),
        (
            json!({"service": social_id, "subject": "S", "body": "x".repeat(5_001)}),
            "body",
            "Écrivez un message de 5\u{202f}000 caractères au plus.",
        ),
    ] {
        let (status, problem) = api(
            &t,
            Method::POST,
            "/service-threads",
            Some(&ana),
            Some(input),
            "fr",
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        let errors = problem["errors"].as_array().unwrap();
        assert!(
            errors
                .iter()
                .any(|e| e["field"] == field && e["message"] == message),
            "{problem}"
        );
    }
    assert_eq!(t.count("service_threads").await, 0);

    // Opened; the same key again is the same thread.
    let new = json!({"service": social_id, "subject": "Aide", "body": "Bonjour", "request_key": "api-thread-0001"});
    let (status, thread) = api(
        &t,
        Method::POST,
        "/service-threads",
        Some(&ana),
        Some(new.clone()),
        "fr",
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{thread}");
    assert_eq!(thread["state"], "waiting");
    assert!(thread["assigned_to"].is_null());
    let id = thread["id"].as_i64().unwrap();
    let (status, again) = api(
        &t,
        Method::POST,
        "/service-threads",
        Some(&ana),
        Some(new),
        "fr",
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(again["id"], id);
    assert_eq!(t.count("service_threads").await, 1);

    // Staff's queue, the answer, a forged colleague, closing.
    let (status, queue) = api(
        &t,
        Method::GET,
        "/staff/service-threads",
        Some(&staff_token),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(queue["threads"][0]["id"], id);
    let (status, _) = api(
        &t,
        Method::GET,
        "/staff/service-threads?state=open",
        Some(&staff_token),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, answer) = api(
        &t,
        Method::POST,
        &format!("/staff/service-threads/{id}/messages"),
        Some(&staff_token),
        Some(json!({"body": "Passez mardi.", "request_key": "api-answer-0001"})),
        "fr",
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    assert_eq!(answer["from_staff"], true);
    let (status, problem) = api(
        &t,
        Method::POST,
        &format!("/staff/service-threads/{id}/assign"),
        Some(&staff_token),
        Some(json!({"to": s.ana_id})),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let (status, assigned) = api(
        &t,
        Method::POST,
        &format!("/staff/service-threads/{id}/assign"),
        Some(&staff_token),
        Some(json!({"to": other_staff})),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{assigned}");
    assert_eq!(assigned["assigned_to"], other_staff);
    // A resident cannot act as staff, on their own thread or any.
    for path in [
        format!("/staff/service-threads/{id}/close"),
        format!("/staff/service-threads/{id}/messages"),
    ] {
        let (status, _) = api(
            &t,
            Method::POST,
            &path,
            Some(&ana),
            Some(json!({"body": "x"})),
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("/staff/service-threads/{id}/close"),
        Some(&staff_token),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    // Ana reads it: the answer, closed, nothing about who it is assigned to.
    let (status, shown) = api(
        &t,
        Method::GET,
        &format!("/service-threads/{id}"),
        Some(&ana),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(shown["thread"]["state"], "closed");
    assert!(shown["thread"]["assigned_to"].is_null(), "{shown}");
    assert_eq!(shown["messages"].as_array().unwrap().len(), 2);
    assert_eq!(shown["messages"][1]["body"], "Passez mardi.");
    let (status, mine) = api(&t, Method::GET, "/service-threads", Some(&ana), None, "en").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(mine["threads"][0]["unread"], 0);
    for before in ["-146113", "0"] {
        let (status, _) = api(
            &t,
            Method::GET,
            &format!("/service-threads/{id}?before={before}"),
            Some(&ana),
            None,
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{before}");
        let r = s
            .ana
            .get(&format!("{MINE}/threads/{id}?before={before}"))
            .await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{before}");
    }
    let (status, _) = api(
        &t,
        Method::GET,
        "/service-threads?after=nonsense",
        Some(&ana),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // Another commune's staff: not signed in here.
    let other = t
        .text("SELECT CAST(id AS TEXT) FROM communes WHERE slug = 'otherville'")
        .await
        .parse()
        .unwrap();
    t.account(
        other,
        "elsewhere@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let elsewhere = token(&t, "otherville", "elsewhere@example.lu").await;
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("/staff/service-threads/{id}"),
        Some(&elsewhere),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_resident_cannot_flood_the_services() {
    let t = TestApp::start().await;
    let _s = street(&t).await;
    let (desk, _) = staff(&t, "staff@example.lu").await;
    let social: i64 = add_service(&t, &desk, &[("name_en", "Social office")])
        .await
        .parse()
        .unwrap();
    let ana = token(&t, "testville", "ana@example.lu").await;
    let open = |n: usize| json!({"service": social, "subject": format!("Question {n}"), "body": "Hello", "request_key": format!("flood-key-{n:04}")});
    // Five threads a day…
    for n in 0..5 {
        let (status, _) = api(
            &t,
            Method::POST,
            "/service-threads",
            Some(&ana),
            Some(open(n)),
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let (status, _) = api(
        &t,
        Method::POST,
        "/service-threads",
        Some(&ana),
        Some(open(5)),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // …and, days later, ten still open at most.
    t.execute("DELETE FROM rate_limits").await;
    for n in 5..10 {
        let (status, _) = api(
            &t,
            Method::POST,
            "/service-threads",
            Some(&ana),
            Some(open(n)),
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    t.execute("DELETE FROM rate_limits").await;
    let (status, problem) = api(
        &t,
        Method::POST,
        "/service-threads",
        Some(&ana),
        Some(open(10)),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert!(
        problem.to_string().contains("10 conversations still open"),
        "{problem}"
    );
    assert_eq!(t.count("service_threads").await, 10);
    // Ben is not held back by Ana's limits.
    let ben = token(&t, "testville", "ben@example.lu").await;
    let (status, _) = api(
        &t,
        Method::POST,
        "/service-threads",
        Some(&ben),
        Some(open(11)),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
}
