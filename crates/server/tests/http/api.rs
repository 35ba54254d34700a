//! The JSON API: tokens, sign-up, residence and staff endpoints, with the same
//! permissions as the pages and errors as problem+json in the caller's language.

use gemeng_core::account::{Residence, Role};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::support::{TestApp, PASSWORD};

pub async fn token(t: &TestApp, commune: &str, email: &str) -> String {
    let r = Client::new()
        .post(t.url(&format!("/api/v1/communes/{commune}/tokens")))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED, "{email}");
    r.json::<Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn get(t: &TestApp, path: &str, token: Option<&str>) -> (StatusCode, Value) {
    let mut request = Client::new().get(t.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let r = request.send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn post(
    t: &TestApp,
    path: &str,
    token: Option<&str>,
    body: Value,
    language: &str,
) -> reqwest::Response {
    let mut request = Client::new()
        .post(t.url(path))
        .header("accept-language", language)
        .json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn the_openapi_document_lists_every_route() {
    let t = TestApp::start().await;
    let (status, doc) = get(&t, "/api/v1/openapi.json", None).await;
    assert_eq!(status, StatusCode::OK);
    let paths = doc["paths"].as_object().unwrap();
    // Every API route of the route table, with its method, and nothing else.
    let mut documented = 0;
    for route in gemeng::routes::table().iter().filter(|r| r.api) {
        let method = route.method.as_str().to_lowercase();
        assert!(
            paths
                .get(&route.path)
                .is_some_and(|p| p.get(&method).is_some()),
            "{} {} is not documented",
            route.method,
            route.path
        );
        documented += 1;
    }
    let operations: usize = paths.values().map(|p| p.as_object().unwrap().len()).sum();
    assert_eq!(operations, documented);
    assert!(documented >= 16);
    assert!(paths.contains_key("/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}"));
}

#[tokio::test]
async fn sign_up_verify_and_read_the_neighbourhood_over_the_api() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let (status, found) = get(&t, "/api/v1/communes/testville/addresses?q=est%205", None).await;
    assert_eq!(status, StatusCode::OK);
    let address = found[0]["id"].as_i64().unwrap();
    assert_eq!(found[0]["label"], "Rue de l'Est 5, 1001 Testville");

    let body = json!({ "email": "dora@example.lu", "password": PASSWORD, "display_name": "Dora", "full_name": "Dora Kremer",
        "address_id": address, "language": "de", "accept_guidelines": true });
    let r = post(
        &t,
        "/api/v1/communes/testville/residents",
        None,
        body.clone(),
        "en",
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let created: Value = r.json().await.unwrap();
    assert_eq!(
        (
            created["residence"].as_str(),
            created["email_confirmed"].as_bool()
        ),
        (Some("pending"), Some(false))
    );
    let again = post(&t, "/api/v1/communes/testville/residents", None, body, "de").await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(again.headers()["content-type"], "application/problem+json");
    let problem: Value = again.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "email");
    assert_eq!(problem["errors"][0]["code"], "error-email-taken");

    // Staff approve Dora; she then reads her neighbourhood, and only hers.
    let staff = token(&t, "testville", "staff@example.lu").await;
    let (status, pending) = get(
        &t,
        "/api/v1/communes/testville/pending-residents",
        Some(&staff),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let dora = pending[0]["id"].as_i64().unwrap();
    let r = post(
        &t,
        &format!("/api/v1/communes/testville/pending-residents/{dora}/decision"),
        Some(&staff),
        json!({"decision": "approve"}),
        "en",
    )
    .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = post(
        &t,
        &format!("/api/v1/communes/testville/pending-residents/{dora}/decision"),
        Some(&staff),
        json!({"decision": "perhaps"}),
        "en",
    )
    .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let mut tx = t.db.begin().await.unwrap();
    gemeng_db::accounts::confirm_email(&mut tx, dora, gemeng::app::now())
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let dora_token = token(&t, "testville", "dora@example.lu").await;
    let (status, me) = get(&t, "/api/v1/communes/testville/me", Some(&dora_token)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["neighbourhood"], "east");
    let (status, east) = get(
        &t,
        "/api/v1/communes/testville/neighbourhoods/east",
        Some(&dora_token),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(east["neighbours"][0]["street"], "Rue de l'Est");
    let (status, _) = get(
        &t,
        "/api/v1/communes/testville/neighbourhoods/west",
        Some(&dora_token),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Logging out ends the token.
    let r = Client::new()
        .delete(t.url("/api/v1/tokens/current"))
        .bearer_auth(&dora_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let (status, _) = get(&t, "/api/v1/communes/testville/me", Some(&dora_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn api_isolation_and_errors() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
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
        f.other_commune,
        "other@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    let ana = token(&t, "testville", "ana@example.lu").await;
    let other = token(&t, "otherville", "other@example.lu").await;

    // Anonymous and other-commune callers get 401 everywhere but public routes.
    let protected = [
        "/api/v1/communes/testville/me",
        "/api/v1/communes/testville/neighbourhoods/west",
        "/api/v1/communes/testville/pending-residents",
    ];
    for path in protected {
        for caller in [None, Some(other.as_str()), Some("not-a-token")] {
            let (status, problem) = get(&t, path, caller).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{path} {caller:?}");
            assert_eq!(problem["status"], 401);
        }
    }
    // A resident is not staff.
    let (status, _) = get(
        &t,
        "/api/v1/communes/testville/pending-residents",
        Some(&ana),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let r = post(
        &t,
        &format!("/api/v1/communes/testville/pending-residents/{pending}/decision"),
        Some(&ana),
        json!({"decision": "approve"}),
        "en",
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        gemeng_db::accounts::by_id(&t.db, pending)
            .await
            .unwrap()
            .unwrap()
            .residence(),
        Residence::Pending
    );
    // A browser session cookie is not an API token, and an API token is not a cookie.
    let r = Client::new()
        .get(t.url("/c/testville/me"))
        .header("cookie", format!("gemeng_session={ana}"))
        .send()
        .await
        .unwrap();
    assert!(r.url().path().starts_with("/c/testville/login"));

    // Malformed JSON and wrong types: 400, in the caller's language.
    let r = Client::new()
        .post(t.url("/api/v1/communes/testville/tokens"))
        .header("content-type", "application/json")
        .header("accept-language", "fr")
        .body("{\"email\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(r.headers()["content-language"], "fr");
    let r = post(
        &t,
        "/api/v1/communes/testville/tokens",
        None,
        json!({"email": 5}),
        "en",
    )
    .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = post(
        &t,
        "/api/v1/communes/testville/tokens",
        None,
        json!({"email": "ana@example.lu", "password": "nope"}),
        "en",
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let (status, _) = get(&t, "/api/v1/communes/nowhere", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, problem) = get(&t, "/api/v1/nothing-here", None).await;
    assert_eq!(
        (status, problem["status"].as_i64()),
        (StatusCode::NOT_FOUND, Some(404))
    );
    let huge = "x".repeat(300 * 1024);
    let r = post(
        &t,
        "/api/v1/communes/testville/tokens",
        None,
        json!({"email": huge, "password": "x"}),
        "en",
    )
    .await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

async fn put(t: &TestApp, path: &str, token: Option<&str>, body: Value) -> StatusCode {
    let mut request = Client::new().put(t.url(path)).json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap().status()
}

#[tokio::test]
async fn language_password_resets_and_roles_over_the_api() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    let ana_id = t
        .account(
            f.commune,
            "ana@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 1").await),
            Residence::Verified,
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
    let stranger = t
        .account(
            f.other_commune,
            "other@example.lu",
            Role::Admin,
            None,
            Residence::Verified,
        )
        .await;
    let ana = token(&t, "testville", "ana@example.lu").await;
    let staff = token(&t, "testville", "staff@example.lu").await;
    let other = token(&t, "otherville", "other@example.lu").await;

    // One's own language, and nobody else's.
    assert_eq!(
        put(
            &t,
            "/api/v1/communes/testville/me/language",
            Some(&ana),
            json!({"language": "pt"})
        )
        .await,
        StatusCode::NO_CONTENT
    );
    let (_, me) = get(&t, "/api/v1/communes/testville/me", Some(&ana)).await;
    assert_eq!(me["language"], "pt");
    assert_eq!(
        put(
            &t,
            "/api/v1/communes/testville/me/language",
            Some(&ana),
            json!({"language": "es"})
        )
        .await,
        StatusCode::BAD_REQUEST
    );
    for caller in [None, Some(other.as_str())] {
        assert_eq!(
            put(
                &t,
                "/api/v1/communes/testville/me/language",
                caller,
                json!({"language": "de"})
            )
            .await,
            StatusCode::UNAUTHORIZED
        );
    }

    // Password resets answer the same for known and unknown addresses; only the
    // known one gets an e-mail.
    for email in ["ana@example.lu", "nobody@example.lu"] {
        let r = post(
            &t,
            "/api/v1/communes/testville/password-resets",
            None,
            json!({"email": email}),
            "en",
        )
        .await;
        assert_eq!(r.status(), StatusCode::ACCEPTED);
    }
    // The link is made after the answer (so timing reveals nothing): wait for it.
    for _ in 0..100 {
        if t.count("outbox").await > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(t.count("outbox").await, 1);
    let r = post(
        &t,
        "/api/v1/communes/testville/password-resets",
        None,
        json!({"email": "nope"}),
        "en",
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Roles: staff name moderators; residents name nobody; staff cannot name staff.
    let (status, members) = get(&t, "/api/v1/communes/testville/members", Some(&staff)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(members
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["id"] == ana_id));
    assert_eq!(
        get(&t, "/api/v1/communes/testville/members", Some(&ana))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        get(&t, "/api/v1/communes/testville/members", Some(&other))
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    let role = |id: i64| format!("/api/v1/communes/testville/members/{id}/role");
    assert_eq!(
        put(&t, &role(ana_id), Some(&ana), json!({"role": "moderator"})).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        put(&t, &role(ana_id), Some(&staff), json!({"role": "staff"})).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        put(&t, &role(ana_id), Some(&staff), json!({"role": "operator"})).await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        put(
            &t,
            &role(stranger),
            Some(&staff),
            json!({"role": "moderator"})
        )
        .await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        put(
            &t,
            &role(ana_id),
            Some(&staff),
            json!({"role": "moderator"})
        )
        .await,
        StatusCode::NO_CONTENT
    );
    let (_, me) = get(&t, "/api/v1/communes/testville/me", Some(&ana)).await;
    assert_eq!(me["role"], "moderator");
}
