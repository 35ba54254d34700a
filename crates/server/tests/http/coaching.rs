//! Coaching: a learner asks for a coach in a language they learn (bad input refused
//! with a message, nothing stored); staff see the ranked candidates and propose one;
//! both accept before either sees the other's contact (told once, even when both
//! accept at the same moment); either may decline (the request is open again, that
//! coach never proposed for it again) or end it; nobody else reads or answers it.

use gemeng_core::account::{Residence, Role};
use gemeng_db::sessions::SessionKind;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::neighbourhood::street;
use crate::support::{body, location, TestApp, PASSWORD};

const API: &str = "/api/v1/communes/testville";

async fn token(t: &TestApp, email: &str) -> String {
    let id: i64 = t
        .text(&format!(
            "SELECT CAST(id AS TEXT) FROM users WHERE email = '{email}'"
        ))
        .await
        .parse()
        .unwrap();
    gemeng::http::auth::start_session(&t.jobs_app(), id, SessionKind::Api, "test", None)
        .await
        .unwrap()
}

async fn api(
    t: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    crate::support::api_json(t, method, &format!("{API}{path}"), Some(token), body, None).await
}

/// Staff, and the profiles: Ana learns Luxembourgish (A2) on Tuesday evenings; Cleo
/// speaks it natively and offers it then; Ben offers it at B2 only (a tandem partner,
/// not a coach) and speaks French natively.
async fn setup(t: &TestApp) -> (String, String, String, String) {
    let commune: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM communes WHERE slug = 'testville'")
        .await
        .parse()
        .unwrap();
    t.account(
        commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let staff = token(t, "staff@example.lu").await;
    let ana = token(t, "ana@example.lu").await;
    let cleo = token(t, "cleo@example.lu").await;
    let ben = token(t, "ben@example.lu").await;
    for (who, profile) in [
        (
            &ana,
            json!({"languages": [{"language": "pt", "level": "native", "offers": true},
            {"language": "lb", "level": "a2", "learns": true}], "availability": ["tuesday-evening"]}),
        ),
        (
            &cleo,
            json!({"languages": [{"language": "lb", "level": "native", "offers": true}],
            "availability": ["tuesday-evening", "friday-morning"]}),
        ),
        (
            &ben,
            json!({"languages": [{"language": "fr", "level": "native", "offers": true},
            {"language": "lb", "level": "b2", "offers": true}], "availability": ["tuesday-evening"]}),
        ),
    ] {
        let (status, problem) =
            api(t, Method::PUT, "/me/language-profile", who, Some(profile)).await;
        assert_eq!(status, StatusCode::OK, "{problem}");
    }
    (staff, ana, cleo, ben)
}

#[tokio::test]
async fn a_learner_asks_staff_propose_and_only_the_two_see_each_other_once_both_accept() {
    let t = TestApp::start_with_mail().await;
    let s = street(&t).await;
    let (staff, ana, cleo, ben) = setup(&t).await;
    // Bad requests: an unknown language, one Ana does not learn (she speaks
    // Portuguese natively), a note too long, control characters; none is stored.
    let long = "x".repeat(501);
    for (bad, message) in [
        (json!({"language": "xx"}), "Choose among Luxembourgish"),
        (
            json!({"language": "pt"}),
            "Choose a language your language profile says you practise",
        ),
        (
            json!({"language": "fr"}),
            "Choose a language your language profile says you practise",
        ),
        (
            json!({"language": "lb", "note": long}),
            "Keep the note to 500 characters",
        ),
        (
            json!({"language": "lb", "note": "a\u{7}b"}),
            "invisible characters",
        ),
    ] {
        let (status, problem) = api(
            &t,
            Method::POST,
            "/me/coaching-requests",
            &ana,
            Some(bad.clone()),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {problem}");
        assert!(problem.to_string().contains(message), "{bad}: {problem}");
    }
    // Ben learns nothing: he may not ask.
    let (status, _) = api(
        &t,
        Method::POST,
        "/me/coaching-requests",
        &ben,
        Some(json!({"language": "lb"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(t.count("coaching_requests").await, 0);
    // Ana asks through her language page, which offers the languages she learns.
    let page = "/c/testville/me/languages";
    let (_, html) = s.ana.page(page).await;
    assert!(html.contains("id=\"coaching\""), "{html}");
    let r = s
        .ana
        .submit(
            page,
            "/c/testville/me/coaching",
            &[("language", "lb"), ("note", "For the nationality test")],
        )
        .await;
    assert_eq!(location(&r), format!("{page}?done=coaching-asked#coaching"));
    // A second one for the same language: told why, not stored.
    let r = s
        .ana
        .submit(page, "/c/testville/me/coaching", &[("language", "lb")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r)
        .await
        .contains("You have asked for a coach in this language already."));
    let (status, _) = api(
        &t,
        Method::POST,
        "/me/coaching-requests",
        &ana,
        Some(json!({"language": "lb"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(t.count("coaching_requests").await, 1);
    let (_, mine) = api(&t, Method::GET, "/me/coaching-requests", &ana, None).await;
    let request = &mine["requests"][0];
    assert_eq!(request["status"], "open");
    assert_eq!(request["level"], "a2");
    assert_eq!(request["note"], "For the nationality test");
    let id = request["id"].as_i64().unwrap();
    // Staff see it with its one candidate: Cleo (Ben is at B2; Ana is the learner).
    let (status, _) = api(&t, Method::GET, "/coaching-requests", &ana, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, open) = api(&t, Method::GET, "/coaching-requests", &staff, None).await;
    assert_eq!(status, StatusCode::OK);
    let candidates = &open["requests"][0]["candidates"];
    assert_eq!(candidates.as_array().unwrap().len(), 1, "{open}");
    assert_eq!(candidates[0]["name"], "cleo");
    assert_eq!(candidates[0]["shared_slots"], 1);
    let cleo_id = candidates[0]["coach"].as_i64().unwrap();
    let ben_id: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM users WHERE email = 'ben@example.lu'")
        .await
        .parse()
        .unwrap();
    // Ben is not a candidate, and a forged request id is nobody's.
    let proposal = format!("/coaching-requests/{id}/proposal");
    let (status, problem) = api(
        &t,
        Method::POST,
        &proposal,
        &staff,
        Some(json!({"coach": ben_id})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let (status, _) = api(
        &t,
        Method::POST,
        "/coaching-requests/999999/proposal",
        &staff,
        Some(json!({"coach": cleo_id})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(
        &t,
        Method::POST,
        &proposal,
        &ana,
        Some(json!({"coach": cleo_id})),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(t.count("coaching_requests WHERE status = 'open'").await, 1);
    let (status, _) = api(
        &t,
        Method::POST,
        &proposal,
        &staff,
        Some(json!({"coach": cleo_id})),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // Proposing again: it no longer waits.
    let (status, _) = api(
        &t,
        Method::POST,
        &proposal,
        &staff,
        Some(json!({"coach": cleo_id})),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        t.count("outbox WHERE subject = 'A learner of Luxembourgish for you'")
            .await,
        1
    );
    assert_eq!(
        t.count("outbox WHERE subject = 'A coach for Luxembourgish'")
            .await,
        1
    );
    // Nobody else answers it or learns of it; Cleo may not withdraw Ana's request.
    for what in ["accept", "decline", "end", "withdraw"] {
        let path = format!("/me/coaching-requests/{id}/{what}");
        let (status, _) = api(&t, Method::POST, &path, &ben, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        let r = s
            .ben
            .submit(page, &format!("/c/testville/me/coaching/{id}/{what}"), &[])
            .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{what}");
    }
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("/me/coaching-requests/{id}/withdraw"),
        &cleo,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    for list in ["/me/coaching-requests", "/me/coachings"] {
        let (_, seen) = api(&t, Method::GET, list, &ben, None).await;
        assert_eq!(seen["requests"], json!([]), "{list}");
    }
    let (_, coachings) = api(&t, Method::GET, "/me/coachings", &cleo, None).await;
    assert_eq!(coachings["requests"][0]["status"], "proposed");
    assert_eq!(coachings["requests"][0]["contact"], Value::Null);
    let (_, html) = s.ana.page(page).await;
    assert!(!html.contains("cleo@example.lu"), "{html}");
    // Both accept at the same moment: each is told the other's contact once.
    let accept = format!("/me/coaching-requests/{id}/accept");
    let (a, c) = tokio::join!(
        api(&t, Method::POST, &accept, &ana, None),
        api(&t, Method::POST, &accept, &cleo, None)
    );
    assert_eq!((a.0, c.0), (StatusCode::NO_CONTENT, StatusCode::NO_CONTENT));
    assert_eq!(
        t.count("outbox WHERE subject LIKE 'Your coach: %'").await,
        1
    );
    assert_eq!(
        t.count("outbox WHERE subject LIKE 'Your learner: %'").await,
        1
    );
    let told = t
        .smtp()
        .wait_for("ana@example.lu", "Your coach: cleo")
        .await;
    assert!(told.body.contains("cleo@example.lu"), "{}", told.body);
    // Accepting twice, or withdrawing once agreed: refused with a reason.
    let (status, problem) = api(&t, Method::POST, &accept, &ana, None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        problem.to_string().contains("accepted already"),
        "{problem}"
    );
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("/me/coaching-requests/{id}/withdraw"),
        &ana,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        t.count("outbox WHERE subject LIKE 'Your coach: %'").await,
        1
    );
    let (_, coachings) = api(&t, Method::GET, "/me/coachings", &cleo, None).await;
    assert_eq!(
        coachings["requests"][0]["contact"]["email"],
        "ana@example.lu"
    );
    let (_, html) = s.ana.page(page).await;
    assert!(html.contains("cleo@example.lu"), "{html}");
    // The staff page counts it.
    let desk = t.browser();
    desk.login("testville", "staff@example.lu", PASSWORD).await;
    let (status, html) = desk.page("/c/testville/staff/tandems").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Coachings agreed"), "{html}");
    // Cleo ends it through her page: the contacts are hidden again.
    let r = s
        .cleo
        .submit(page, &format!("/c/testville/me/coaching/{id}/end"), &[])
        .await;
    assert_eq!(location(&r), format!("{page}?done=coaching-end#coaching"));
    let (_, mine) = api(&t, Method::GET, "/me/coaching-requests", &ana, None).await;
    assert_eq!(mine["requests"][0]["status"], "ended");
    assert_eq!(mine["requests"][0]["contact"], Value::Null);
    // Ana is told who ended it; Cleo, who ended it, is not written to.
    let told = t
        .smtp()
        .wait_for("ana@example.lu", "Coaching in Luxembourgish ended")
        .await;
    assert!(told.body.contains("cleo ended"), "{}", told.body);
    assert!(!t
        .smtp()
        .received()
        .iter()
        .any(|m| m.to.iter().any(|to| to == "cleo@example.lu") && m.subject.contains("ended")));
    // Over: Ana may ask again.
    let (status, _) = api(
        &t,
        Method::POST,
        "/me/coaching-requests",
        &ana,
        Some(json!({"language": "lb"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_declined_coach_is_not_proposed_again_and_the_learner_may_withdraw() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let (staff, ana, cleo, ben) = setup(&t).await;
    // Ben speaks Luxembourgish at C1 now: two candidates.
    let (status, _) = api(
        &t,
        Method::PUT,
        "/me/language-profile",
        &ben,
        Some(
            json!({"languages": [{"language": "lb", "level": "c1", "offers": true}],
            "availability": ["tuesday-evening"]}),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, created) = api(
        &t,
        Method::POST,
        "/me/coaching-requests",
        &ana,
        Some(json!({"language": "lb"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    // The best for every open request: Cleo and Ben tie, the older account first.
    let (status, round) = api(&t, Method::POST, "/coaching-proposals", &staff, None).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(round["proposed"], 1);
    let (_, coachings) = api(&t, Method::GET, "/me/coachings", &cleo, None).await;
    assert_eq!(coachings["requests"][0]["id"], id);
    // Cleo declines: open again, and only Ben is a candidate now.
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("/me/coaching-requests/{id}/decline"),
        &cleo,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, coachings) = api(&t, Method::GET, "/me/coachings", &cleo, None).await;
    assert_eq!(coachings["requests"], json!([]));
    let (_, open) = api(&t, Method::GET, "/coaching-requests", &staff, None).await;
    let names: Vec<&str> = open["requests"][0]["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["ben"]);
    // Declining again answers that nobody is proposed; Cleo no longer sees it.
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("/me/coaching-requests/{id}/decline"),
        &ana,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("/me/coaching-requests/{id}/accept"),
        &cleo,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Staff propose Ben through the page.
    let desk = t.browser();
    desk.login("testville", "staff@example.lu", PASSWORD).await;
    let (_, html) = desk.page("/c/testville/staff/tandems").await;
    assert!(html.contains("Propose this coach"), "{html}");
    let ben_id = t
        .text("SELECT CAST(id AS TEXT) FROM users WHERE email = 'ben@example.lu'")
        .await;
    let r = desk
        .submit(
            "/c/testville/staff/tandems",
            &format!("/c/testville/staff/coaching/{id}/propose"),
            &[("coach", ben_id.as_str())],
        )
        .await;
    assert_eq!(
        location(&r),
        "/c/testville/staff/tandems?coached=1#coaching"
    );
    // Ana withdraws through her page; nothing more to propose.
    let r = s
        .ana
        .submit(
            "/c/testville/me/languages",
            &format!("/c/testville/me/coaching/{id}/withdraw"),
            &[],
        )
        .await;
    assert_eq!(
        location(&r),
        "/c/testville/me/languages?done=coaching-withdraw#coaching"
    );
    // Ben, proposed, is told the proposal is off.
    let subject = t
        .text("SELECT subject FROM outbox WHERE recipient = 'ben@example.lu' ORDER BY id DESC LIMIT 1")
        .await;
    assert!(subject.contains("no longer needed"), "{subject}");
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("/me/coaching-requests/{id}/withdraw"),
        &ana,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, round) = api(&t, Method::POST, "/coaching-proposals", &staff, None).await;
    assert_eq!(round["proposed"], 0);
    assert_eq!(t.count("coaching_declines").await, 1);
}
