//! Language practice: members keep a language profile (bad levels and impossible
//! combinations refused field by field, nothing stored); staff propose tandems; both
//! accept before either sees who the other is (told once, even when both accept at
//! the same moment); either may end it; nobody answers another's tandem.

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

#[tokio::test]
async fn a_profile_with_bad_levels_comes_back_field_by_field_and_a_good_one_is_kept() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let page = "/c/testville/me/languages";
    let (status, html) = s.ana.page(page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("name=\"level-lb\""), "{html}");
    // Learning at C1, helping at A2, no time of the week, a birth year of 1800.
    let r = s
        .ana
        .submit(
            page,
            page,
            &[
                ("level-lb", "c1"),
                ("learns-lb", "yes"),
                ("level-de", "a2"),
                ("offers-de", "yes"),
                ("birth_year", "1800"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    for message in [
        "Above B2 there is little left to practise",
        "To help others with a language, you need at least B2 in it.",
        "Choose at least one time of the week.",
        "Give a year of birth such as 1954, or leave it empty.",
    ] {
        assert!(html.contains(message), "{message} in {html}");
    }
    // What was typed is kept.
    assert!(html.contains("value=\"c1\" selected"), "{html}");
    // The API refuses a level outside A1–C2 and an unknown language.
    let ana = token(&t, "ana@example.lu").await;
    for bad in [
        json!({"languages": [{"language": "lb", "level": "d1", "learns": true}], "availability": ["monday-evening"]}),
        json!({"languages": [{"language": "xx", "level": "a1", "learns": true}], "availability": ["monday-evening"]}),
        json!({"languages": [{"language": "lb", "level": "a1", "learns": true}], "availability": ["someday-evening"]}),
        json!({"languages": [{"language": "lb", "level": "a1", "learns": true}], "availability": ["monday-evening"], "birth_year": 1e40}),
        json!({"languages": [], "availability": ["monday-evening"]}),
    ] {
        let (status, problem) = api(
            &t,
            Method::PUT,
            "/me/language-profile",
            &ana,
            Some(bad.clone()),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {problem}");
    }
    assert_eq!(t.count("language_profiles").await, 0);
    assert_eq!(t.count("language_profile_languages").await, 0);
    // A good one, through the form.
    let r = s
        .ana
        .submit(
            page,
            page,
            &[
                ("level-pt", "native"),
                ("offers-pt", "yes"),
                ("level-lb", "a2"),
                ("learns-lb", "yes"),
                ("slot", "tuesday-evening"),
                ("slot", "saturday-morning"),
                ("intergenerational", "yes"),
                ("birth_year", "1954"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("{page}?done=saved"));
    let (status, profile) = api(&t, Method::GET, "/me/language-profile", &ana, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        profile["availability"],
        json!(["tuesday-evening", "saturday-morning"])
    );
    assert_eq!(profile["birth_year"], 1954);
    assert_eq!(profile["languages"].as_array().unwrap().len(), 2);
    let (_, html) = s.ana.page(page).await;
    assert!(html.contains("value=\"a2\" selected"), "{html}");
    // Residents who are not verified keep none.
    let commune: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM communes WHERE slug = 'testville'")
        .await
        .parse()
        .unwrap();
    t.account(
        commune,
        "pending@example.lu",
        Role::Resident,
        Some(t.address(commune, "ouest 5").await),
        Residence::Pending,
    )
    .await;
    let pending = t.browser();
    pending
        .login("testville", "pending@example.lu", PASSWORD)
        .await;
    assert_eq!(pending.page(page).await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn both_accept_before_either_sees_the_other_and_either_may_end_it() {
    let t = TestApp::start_with_mail().await;
    let s = street(&t).await;
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
    let staff = token(&t, "staff@example.lu").await;
    let ana = token(&t, "ana@example.lu").await;
    let cleo = token(&t, "cleo@example.lu").await;
    let ben = token(&t, "ben@example.lu").await;
    // Ana speaks Portuguese and learns Luxembourgish; Cleo the other way round; Ben
    // speaks French only.
    for (who, profile) in [
        (
            &ana,
            json!({"languages": [{"language": "pt", "level": "native", "offers": true},
            {"language": "lb", "level": "a2", "learns": true}], "availability": ["tuesday-evening"]}),
        ),
        (
            &cleo,
            json!({"languages": [{"language": "lb", "level": "native", "offers": true},
            {"language": "pt", "level": "a1", "learns": true}], "availability": ["tuesday-evening", "friday-morning"]}),
        ),
        (
            &ben,
            json!({"languages": [{"language": "fr", "level": "native", "offers": true}],
            "availability": ["monday-morning"]}),
        ),
    ] {
        let (status, problem) =
            api(&t, Method::PUT, "/me/language-profile", who, Some(profile)).await;
        assert_eq!(status, StatusCode::OK, "{problem}");
    }
    // Residents do not run the proposals.
    let (status, _) = api(&t, Method::POST, "/tandem-proposals", &ana, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, round) = api(&t, Method::POST, "/tandem-proposals", &staff, None).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(round["proposed"], 1);
    // A second round proposes nothing more to those with an open tandem.
    let (_, round) = api(&t, Method::POST, "/tandem-proposals", &staff, None).await;
    assert_eq!(round["proposed"], 0);
    assert_eq!(t.count("tandems").await, 1);
    assert_eq!(
        t.count("outbox WHERE subject LIKE 'A tandem partner for %'")
            .await,
        2
    );
    let (_, list) = api(&t, Method::GET, "/me/tandems", &ana, None).await;
    let tandem = &list["tandems"][0];
    assert_eq!(tandem["you_learn"], "lb");
    assert_eq!(tandem["you_help"], "pt");
    assert_eq!(tandem["partner"], Value::Null);
    let id = tandem["id"].as_i64().unwrap();
    // Nobody else answers it, or learns of it.
    for path in [
        format!("/me/tandems/{id}/accept"),
        format!("/me/tandems/{id}/close"),
    ] {
        let (status, _) = api(&t, Method::POST, &path, &ben, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let (_, list) = api(&t, Method::GET, "/me/tandems", &ben, None).await;
    assert_eq!(list["tandems"], json!([]));
    // Ana's page says who helps with what, never who before both accept.
    let (_, html) = s.ana.page("/c/testville/me/languages").await;
    assert!(html.contains("Luxembourgish") && !html.contains("cleo@example.lu"));
    // Both accept at the same moment: each is told the other's contact once.
    let accept = format!("/me/tandems/{id}/accept");
    let (a, c) = tokio::join!(
        api(&t, Method::POST, &accept, &ana, None),
        api(&t, Method::POST, &accept, &cleo, None)
    );
    assert_eq!((a.0, c.0), (StatusCode::NO_CONTENT, StatusCode::NO_CONTENT));
    assert_eq!(
        t.count("outbox WHERE subject LIKE 'Your tandem partner: %'")
            .await,
        2
    );
    let told = t
        .smtp()
        .wait_for("ana@example.lu", "Your tandem partner: cleo")
        .await;
    assert!(told.body.contains("cleo@example.lu"), "{}", told.body);
    let (_, list) = api(&t, Method::GET, "/me/tandems", &cleo, None).await;
    assert_eq!(list["tandems"][0]["partner"]["email"], "ana@example.lu");
    let (_, html) = s.ana.page("/c/testville/me/languages").await;
    assert!(html.contains("cleo@example.lu"), "{html}");
    // Accepting again tells nobody anything new.
    api(&t, Method::POST, &accept, &ana, None).await;
    assert_eq!(
        t.count("outbox WHERE subject LIKE 'Your tandem partner: %'")
            .await,
        2
    );
    // Cleo ends it (through the page): contacts are hidden again, and answering a
    // closed tandem is refused.
    let r = s
        .cleo
        .submit(
            "/c/testville/me/languages",
            &format!("/c/testville/me/tandems/{id}/close"),
            &[],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/me/languages?done=closed");
    let (_, list) = api(&t, Method::GET, "/me/tandems", &ana, None).await;
    assert_eq!(list["tandems"][0]["closed"], true);
    assert_eq!(list["tandems"][0]["partner"], Value::Null);
    let (status, _) = api(&t, Method::POST, &accept, &ana, None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    // The staff page counts them.
    let desk = t.browser();
    desk.login("testville", "staff@example.lu", PASSWORD).await;
    let (status, html) = desk.page("/c/testville/staff/tandems").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<dd>3</dd>"), "{html}");
}
