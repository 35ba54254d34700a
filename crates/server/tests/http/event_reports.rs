//! Reports from an event day's rooms: a participant reports a lounge message, a
//! stand's question or a message of their own private chat, never their own words
//! and nothing they do not read; the organisers judge every report, a stand's staff
//! their stand's questions only; a decision (hide, mute, dismiss) closes every report
//! of the item and is in the audit log; reporting is bounded per person.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::activities::{api, residents, staff};
use crate::events::{add_stand, published, register, API};
use crate::meetings::field_of;
use crate::support::TestApp;

async fn report(t: &TestApp, event: i64, token: &str, body: Value) -> (StatusCode, Value) {
    api(
        t,
        Method::POST,
        &format!("{API}/{event}/reports"),
        Some(token),
        Some(body),
    )
    .await
}

async fn created(t: &TestApp, path: &str, token: &str, text: &str) -> i64 {
    let (status, out) = api(
        t,
        Method::POST,
        path,
        Some(token),
        Some(json!({"text": text, "request_key": format!("report-{}", rand::random::<u64>())})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
    out["id"].as_i64().unwrap()
}

#[tokio::test]
async fn participants_report_what_they_read_and_the_right_judges_decide() {
    let t = TestApp::start_configured(false, |c| c.meeting_round_seconds = 1).await;
    t.fixture().await;
    let (_, organiser) = staff(&t).await;
    let id = published(&t, &organiser, "public", 100).await;
    let people = residents(&t, "rep", 5).await;
    let (ana, ben, carla, dan, sam) = (
        &people[0].1,
        &people[1].1,
        &people[2].1,
        &people[3].1,
        &people[4].1,
    );
    let stand = add_stand(
        &t,
        &organiser,
        id,
        json!({"organisation": "ASTI", "staff": ["rep4@example.lu"]}),
    )
    .await;
    register(&t, id, &[ana, ben, carla]).await;

    // Ben speaks in the lounge, Carla asks at the stand, Ana and Ben meet and Ben
    // writes to her privately.
    let lounge = created(
        &t,
        &format!("{API}/{id}/lounge"),
        ben,
        "Buy cheap watches at example.com",
    )
    .await;
    let question = created(
        &t,
        &format!("{API}/{id}/stands/{stand}/questions"),
        carla,
        "Is the stand's adviser any good? (rude words)",
    )
    .await;
    for token in [ana, ben] {
        let (status, out) = api(
            &t,
            Method::POST,
            &format!("{API}/{id}/meeting"),
            Some(token),
            Some(json!({"languages": ["en"]})),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{out}");
    }
    let chat = loop {
        let (_, out) = api(
            &t,
            Method::GET,
            &format!("{API}/{id}/meeting"),
            Some(ana),
            None,
        )
        .await;
        if let Some(chat) = out["chat"].as_i64() {
            break chat;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    let private = created(
        &t,
        &format!("{API}/{id}/chats/{chat}"),
        ben,
        "Give me your phone number now",
    )
    .await;

    // Ana reports the lounge message, twice: one open report.
    for _ in 0..2 {
        let (status, out) = report(
            &t,
            id,
            ana,
            json!({"item": "lounge", "within": 0, "id": lounge, "reason": "spam"}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{out}");
    }
    assert_eq!(t.count("event_reports").await, 1);
    // Her own words, no reason, "other" without details, details too long or hidden:
    // each told at its field, nothing stored.
    let own = created(&t, &format!("{API}/{id}/lounge"), ana, "Hello all").await;
    for (body, expected) in [
        (
            json!({"item": "lounge", "id": own, "reason": "abuse"}),
            vec!["reason:report-error-own"],
        ),
        (
            json!({"item": "lounge", "id": lounge}),
            vec!["reason:report-error-reason"],
        ),
        (
            json!({"item": "lounge", "id": lounge, "reason": "other"}),
            vec!["details:report-error-details-empty"],
        ),
        (
            json!({"item": "lounge", "id": lounge, "reason": "spam", "details": "x".repeat(501)}),
            vec!["details:event-report-error-details-long"],
        ),
        (
            json!({"item": "lounge", "id": lounge, "reason": "spam", "details": "a\u{202e}b"}),
            vec!["details:event-report-error-hidden"],
        ),
    ] {
        let (status, out) = report(&t, id, ana, body.clone()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {out}");
        assert_eq!(field_of(&out), expected, "{body}");
    }
    // What one does not read, or what is not there, is not found: Dan is not
    // registered; Carla is not in Ana and Ben's chat; a question named at another
    // stand; an unknown kind.
    for (token, body) in [
        (
            dan,
            json!({"item": "lounge", "id": lounge, "reason": "spam"}),
        ),
        (
            carla,
            json!({"item": "private", "within": chat, "id": private, "reason": "abuse"}),
        ),
        (
            ana,
            json!({"item": "question", "within": stand + 1000, "id": question, "reason": "abuse"}),
        ),
        (
            ana,
            json!({"item": "poll", "within": 0, "id": lounge, "reason": "abuse"}),
        ),
        (
            ana,
            json!({"item": "lounge", "within": 0, "id": lounge + 1000, "reason": "abuse"}),
        ),
    ] {
        let (status, out) = report(&t, id, token, body.clone()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}: {out}");
    }
    assert_eq!(t.count("event_reports").await, 1);
    let (status, _) = report(
        &t,
        id,
        ana,
        json!({"item": "private", "within": chat, "id": private, "reason": "personal-data"}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = report(&t, id, ana, json!({"item": "question", "within": stand, "id": question, "reason": "other", "details": "Insults the adviser"})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    // The organiser sees the three, the private message's words included, and never
    // who reported; the stand's staff only the question; participants nothing.
    let queue = |token: String| {
        let t = &t;
        async move {
            api(
                t,
                Method::GET,
                &format!("{API}/{id}/reports"),
                Some(&token),
                None,
            )
            .await
        }
    };
    let (status, all) = queue(organiser.clone()).await;
    assert_eq!(status, StatusCode::OK, "{all}");
    let all = all.as_array().unwrap().clone();
    assert_eq!(all.len(), 3);
    assert!(all
        .iter()
        .any(|r| r["excerpt"] == "Give me your phone number now" && r["item"] == "private"));
    assert!(
        !serde_json::to_string(&all).unwrap().contains("rep0"),
        "the reporter is never named"
    );
    let (status, mine) = queue(sam.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["item"], "question");
    for outsider in [ana, dan] {
        let (status, _) = queue(outsider.clone()).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    let report_of = |kind: &str| {
        all.iter().find(|r| r["item"] == kind).unwrap()["id"]
            .as_i64()
            .unwrap()
    };
    let decide = |token: String, report: i64, decision: &str| {
        let t = &t;
        let body = json!({ "decision": decision });
        async move {
            api(
                t,
                Method::POST,
                &format!("{API}/{id}/reports/{report}/decision"),
                Some(&token),
                Some(body),
            )
            .await
        }
    };

    // The stand's staff may not judge the lounge; they hide the question.
    let (status, _) = decide(sam.clone(), report_of("lounge"), "dismiss").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, out) = decide(sam.clone(), report_of("question"), "banish").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
    let (status, out) = decide(sam.clone(), report_of("question"), "hide").await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{out}");
    let (_, questions) = api(
        &t,
        Method::GET,
        &format!("{API}/{id}/stands/{stand}/questions"),
        Some(ana),
        None,
    )
    .await;
    assert!(!questions.to_string().contains("rude words"), "{questions}");
    // A decided report is closed: deciding it again is not found.
    let (status, _) = decide(sam.clone(), report_of("question"), "dismiss").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A private message is not hidden (only its two people see it): its author is
    // muted instead, and can no longer write anywhere at the event.
    let (status, out) = decide(organiser.clone(), report_of("private"), "hide").await;
    assert_eq!(status, StatusCode::CONFLICT, "{out}");
    let (status, out) = decide(organiser.clone(), report_of("private"), "mute").await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{out}");
    let (status, out) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/lounge"),
        Some(ben),
        Some(json!({"text": "Am I muted?", "request_key": "muted-check-1"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
    let (status, _) = decide(organiser.clone(), report_of("lounge"), "dismiss").await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, left) = queue(organiser.clone()).await;
    assert_eq!(left, json!([]));
    let audit = t
        .text("SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE action = 'event-reports-closed'")
        .await;
    assert_eq!(audit, "3");

    // Reporting is bounded: 20 an hour per person, counting the four reports Ana
    // filed above and not the refused ones; another person still reports.
    for _ in 0..5 {
        let (status, _) = report(
            &t,
            id,
            ana,
            json!({"item": "lounge", "id": own, "reason": "spam"}),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    for _ in 0..16 {
        let (status, _) = report(
            &t,
            id,
            ana,
            json!({"item": "lounge", "id": lounge, "reason": "spam"}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    let (status, _) = report(
        &t,
        id,
        ana,
        json!({"item": "lounge", "id": lounge, "reason": "spam"}),
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let (status, _) = report(
        &t,
        id,
        carla,
        json!({"item": "lounge", "id": lounge, "reason": "spam"}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn the_report_pages_work_without_javascript() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (organiser_browser, organiser) = staff(&t).await;
    let id = published(&t, &organiser, "public", 100).await;
    let people = residents(&t, "page", 2).await;
    let (ana, ben) = (&people[0].1, &people[1].1);
    register(&t, id, &[ana, ben]).await;
    let lounge = created(&t, &format!("{API}/{id}/lounge"), ben, "Spam spam spam").await;
    let browser = crate::events::signed_in(&t, "page0@example.lu").await;
    let base = format!("/c/testville/events/{id}");

    // The lounge links to the report form for others' messages.
    let (_, html) = browser.page(&format!("{base}/lounge")).await;
    let form = format!("{base}/report?item=lounge&within=0&id={lounge}");
    assert!(html.replace("&amp;", "&").contains(&form), "{html}");
    let (status, html) = browser.page(&form).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Spam spam spam"));
    let within = "0".to_string();
    let lounge_id = lounge.to_string();
    let fields = [
        ("item", "lounge"),
        ("within", within.as_str()),
        ("id", lounge_id.as_str()),
    ];
    let r = browser
        .submit(&form, &format!("{base}/reports"), &fields)
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::support::body(r).await.contains("reason-error"));
    let mut with_reason = fields.to_vec();
    with_reason.push(("reason", "spam"));
    let r = browser
        .submit(&form, &format!("{base}/reports"), &with_reason)
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(crate::support::location(&r).ends_with("/lounge?done=reported"));

    // The organiser's queue, and a decision from it.
    let (status, html) = organiser_browser.page(&format!("{base}/reports")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Spam spam spam"), "{html}");
    let report = t
        .text("SELECT CAST(MAX(id) AS TEXT) FROM event_reports")
        .await;
    let r = organiser_browser
        .submit(
            &format!("{base}/reports"),
            &format!("{base}/reports/{report}"),
            &[("decision", "hide")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(crate::support::location(&r).ends_with("?done=judged"));
    let (_, html) = browser.page(&format!("{base}/lounge")).await;
    assert!(!html.contains("Spam spam spam"));
    // A participant has no queue.
    let (status, _) = browser.page(&format!("{base}/reports")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
