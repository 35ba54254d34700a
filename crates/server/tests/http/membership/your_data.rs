//! "Your data" and "where you are logged in", on the pages and over the API.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::support::{location, TestApp, PASSWORD};

async fn two_residents(t: &TestApp) -> (i64, i64) {
    let f = t.fixture().await;
    let ana = t
        .account(
            f.commune,
            "ana@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 1").await),
            Residence::Verified,
        )
        .await;
    let ben = t
        .account(
            f.commune,
            "ben@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 2").await),
            Residence::Verified,
        )
        .await;
    (ana, ben)
}

#[tokio::test]
async fn a_resident_reads_downloads_and_erases_their_data() {
    let t = TestApp::start().await;
    let (ana, ben) = two_residents(&t).await;
    let browser = t.browser();
    browser.login("testville", "ana@example.lu", PASSWORD).await;
    let (status, html) = browser.page("/c/testville/me/data").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("ana@example.lu") && html.contains("Rue de l'Ouest 1, 1000 Testville"));
    assert!(
        html.contains("Where you are logged in"),
        "the session is listed"
    );
    assert!(!html.contains("ben@example.lu"));
    let download = browser.get("/c/testville/me/data.json").await;
    assert_eq!(download.status(), StatusCode::OK);
    assert!(download.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    let export: Value = download.json().await.unwrap();
    assert_eq!(export["account"]["email"], "ana@example.lu");
    assert_eq!(export["sessions"].as_array().unwrap().len(), 1);

    // A wrong password erases nothing.
    let wrong = browser
        .submit(
            "/c/testville/me/data",
            "/c/testville/me/erase",
            &[("password", "not mine")],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::support::body(wrong)
        .await
        .contains("This is not your password"));
    assert!(gemeng_db::accounts::by_id(&t.db, ana)
        .await
        .unwrap()
        .is_some());

    let done = browser
        .submit(
            "/c/testville/me/data",
            "/c/testville/me/erase",
            &[("password", PASSWORD)],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&done), "/c/testville?done=erased");
    let (_, home) = browser.page("/c/testville?done=erased").await;
    assert!(home.contains("have been erased"));
    assert!(gemeng_db::accounts::by_id(&t.db, ana)
        .await
        .unwrap()
        .is_none());
    // The old session is gone with the account, and the account cannot log in.
    let r = browser.get("/c/testville/me").await;
    assert!(location(&r).starts_with("/c/testville/login"));
    let again = t
        .browser()
        .login("testville", "ana@example.lu", PASSWORD)
        .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Ben is untouched.
    assert!(gemeng_db::accounts::by_id(&t.db, ben)
        .await
        .unwrap()
        .is_some());
}

#[tokio::test]
async fn a_resident_sees_their_sessions_and_ends_the_others() {
    let t = TestApp::start().await;
    two_residents(&t).await;
    let phone = t.browser();
    let phone_login = phone
        .client
        .post(t.url("/c/testville/login"))
        .header("origin", &t.base)
        .header(
            "user-agent",
            "Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36",
        );
    let (_, login_page) = phone.page("/c/testville/login").await;
    let csrf = crate::support::csrf_in(&login_page);
    let r = phone_login
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "ana@example.lu"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let laptop = t.browser();
    laptop.login("testville", "ana@example.lu", PASSWORD).await;
    let other = t.browser();
    other.login("testville", "ben@example.lu", PASSWORD).await;

    let (status, html) = laptop.page("/c/testville/me/sessions").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Chrome · Android"), "{html}");
    assert!(html.contains("This is the browser you are using now."));
    assert_eq!(
        html.matches("End this session").count(),
        1,
        "only the phone's"
    );

    // End the phone's session from the laptop.
    let handle_at = html.find("/me/sessions/").unwrap() + "/me/sessions/".len();
    let handle = &html[handle_at..handle_at + 16];
    let r = laptop
        .submit(
            "/c/testville/me/sessions",
            &format!("/c/testville/me/sessions/{handle}/end"),
            &[],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/me/sessions?done=ended");
    assert!(location(&phone.get("/c/testville/me").await).starts_with("/c/testville/login"));
    assert_eq!(laptop.page("/c/testville/me").await.0, StatusCode::OK);

    // Log out everywhere else: a second laptop session ends, this one stays, and
    // nobody else's session is touched.
    let tablet = t.browser();
    tablet.login("testville", "ana@example.lu", PASSWORD).await;
    laptop
        .submit(
            "/c/testville/me/sessions",
            "/c/testville/me/sessions/end-others",
            &[],
        )
        .await;
    assert!(location(&tablet.get("/c/testville/me").await).starts_with("/c/testville/login"));
    assert_eq!(laptop.page("/c/testville/me").await.0, StatusCode::OK);
    assert_eq!(other.page("/c/testville/me").await.0, StatusCode::OK);
    // A handle of Ben's cannot be ended by Ana.
    let (_, bens) = other.page("/c/testville/me/sessions").await;
    assert!(!bens.contains("End this session"));
}

#[tokio::test]
async fn the_api_exports_lists_sessions_and_erases() {
    let t = TestApp::start().await;
    let (ana, _) = two_residents(&t).await;
    let token = crate::api::token(&t, "testville", "ana@example.lu").await;
    let client = reqwest::Client::new();
    let export: Value = client
        .get(t.url("/api/v1/communes/testville/me/data"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(export["account"]["display_name"], "ana");
    let sessions: Value = client
        .get(t.url("/api/v1/communes/testville/me/sessions"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(sessions[0]["kind"], "api");
    assert_eq!(sessions[0]["current"], true);
    let unknown = client
        .delete(t.url("/api/v1/communes/testville/me/sessions/AAAAAAAAAAAAAAAA"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let wrong = client
        .post(t.url("/api/v1/communes/testville/me/erasure"))
        .bearer_auth(&token)
        .json(&json!({"password": "not mine"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let done = client
        .post(t.url("/api/v1/communes/testville/me/erasure"))
        .bearer_auth(&token)
        .json(&json!({"password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), StatusCode::NO_CONTENT);
    assert!(gemeng_db::accounts::by_id(&t.db, ana)
        .await
        .unwrap()
        .is_none());
    let after = client
        .get(t.url("/api/v1/communes/testville/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
}
