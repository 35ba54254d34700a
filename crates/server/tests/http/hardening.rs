//! The server under attack and behind TLS: slow headers, connection floods, origins,
//! operator-only metrics, cookie prefixes, address-search floods, undeliverable mail.

use std::time::Duration;

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::support::{TestApp, PASSWORD};

/// A connection from `source` (any 127.x.y.z address is this machine) that sends half
/// a request and then nothing.
async fn half_request(t: &TestApp, source: &str) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(format!("{source}:0").parse().unwrap()).unwrap();
    let address = t.base.trim_start_matches("http://").parse().unwrap();
    let mut stream = socket.connect(address).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: gemeng\r\nX-Slow: ")
        .await
        .unwrap();
    stream
}

/// Whether the server has closed the connection (read sees the end, or a reset).
async fn closed_within(stream: &mut TcpStream, wait: Duration) -> bool {
    let mut buf = [0u8; 256];
    match tokio::time::timeout(wait, stream.read(&mut buf)).await {
        Ok(Ok(0)) | Ok(Err(_)) => true,
        // A 408 answer before closing is a closed connection too.
        Ok(Ok(_)) => tokio::time::timeout(wait, stream.read(&mut buf))
            .await
            .is_ok_and(|r| r.map_or(true, |n| n == 0)),
        Err(_) => false,
    }
}

async fn healthz_from(t: &TestApp, source: &str) -> Option<u16> {
    let attempt = async {
        let socket = TcpSocket::new_v4().ok()?;
        socket.bind(format!("{source}:0").parse().ok()?).ok()?;
        let address = t.base.trim_start_matches("http://").parse().ok()?;
        let mut stream = socket.connect(address).await.ok()?;
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: gemeng\r\nConnection: close\r\n\r\n")
            .await
            .ok()?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.ok()?;
        let text = String::from_utf8_lossy(&answer);
        text.split_whitespace().nth(1)?.parse().ok()
    };
    tokio::time::timeout(Duration::from_secs(5), attempt)
        .await
        .ok()
        .flatten()
}

#[tokio::test]
async fn slow_headers_are_cut_off_and_the_server_recovers() {
    let t = TestApp::start_configured(false, |c| {
        c.header_timeout_seconds = 1;
        c.max_connections = 40;
        c.max_connections_per_address = 1000;
    })
    .await;
    let mut slow = Vec::new();
    for _ in 0..60 {
        slow.push(half_request(&t, "127.0.0.1").await);
    }
    // Every half-sent request is closed by the server, not held forever…
    for stream in slow.iter_mut().take(40) {
        assert!(closed_within(stream, Duration::from_secs(15)).await);
    }
    // …so the server answers again.
    let mut answered = None;
    for _ in 0..50 {
        answered = healthz_from(&t, "127.0.0.1").await;
        if answered == Some(200) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(answered, Some(200));
}

#[tokio::test]
async fn one_client_cannot_take_every_connection() {
    let t = TestApp::start_configured(false, |c| {
        c.max_connections_per_address = 20;
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..30 {
        held.push(half_request(&t, "127.0.0.1").await);
    }
    // Past its share, the greedy client's connections are closed at once…
    let mut refused = 0;
    for stream in held.iter_mut().skip(20) {
        refused += usize::from(closed_within(stream, Duration::from_secs(5)).await);
    }
    assert_eq!(refused, 10);
    // …and another client is served straight away.
    assert_eq!(healthz_from(&t, "127.0.0.2").await, Some(200));
    drop(held);
}

#[tokio::test]
async fn behind_tls_cookies_are_host_prefixed_and_hsts_is_sent() {
    let t = TestApp::start_configured(false, |c| c.public_url = "https://gemeng.example.lu".into())
        .await;
    t.fixture().await;
    let r = reqwest::get(t.url("/c/testville/login")).await.unwrap();
    assert_eq!(r.headers()["strict-transport-security"], "max-age=31536000");
    let cookies: Vec<String> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        cookies.iter().any(|c| c.starts_with("__Host-gemeng_csrf=")),
        "{cookies:?}"
    );
    assert!(cookies
        .iter()
        .all(|c| c.contains("Secure") && c.contains("Path=/")));

    // Plain HTTP: no HSTS, no prefix (browsers would refuse such cookies over HTTP).
    let plain = TestApp::start().await;
    let r = reqwest::get(plain.url("/")).await.unwrap();
    assert!(r.headers().get("strict-transport-security").is_none());
}

#[tokio::test]
async fn an_origin_must_have_the_public_scheme() {
    let t = TestApp::start_configured(false, |c| c.public_url = "https://gemeng.example.lu".into())
        .await;
    t.fixture().await;
    let host = t.base.trim_start_matches("http://").to_string();
    for (origin, refused) in [
        (format!("http://{host}"), true),
        ("http://gemeng.example.lu".to_string(), true),
        ("https://gemeng.example.lu.evil.example".to_string(), true),
        (format!("https://{host}"), false),
        ("https://gemeng.example.lu".to_string(), false),
    ] {
        let r = reqwest::Client::new()
            .post(t.url("/c/testville/login"))
            .header("origin", &origin)
            .form(&[("email", "x@example.lu")])
            .send()
            .await
            .unwrap();
        // A same-origin post without its CSRF token gets past the Origin check and is
        // refused by the token check instead (400, not 403).
        let expected = if refused {
            StatusCode::FORBIDDEN
        } else {
            StatusCode::BAD_REQUEST
        };
        assert_eq!(r.status(), expected, "{origin}");
    }
}

#[tokio::test]
async fn metrics_are_for_operators() {
    let t = TestApp::start_configured(false, |c| c.metrics_token = Some("operator-secret".into()))
        .await;
    let anonymous = reqwest::get(t.url("/metrics")).await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::FORBIDDEN);
    let wrong = reqwest::Client::new()
        .get(t.url("/metrics"))
        .bearer_auth("guess")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    let operator = reqwest::Client::new()
        .get(t.url("/metrics"))
        .bearer_auth("operator-secret")
        .send()
        .await
        .unwrap();
    assert_eq!(operator.status(), StatusCode::OK);
    assert!(operator.text().await.unwrap().contains("gemeng_"));
    // Without a token, a client on this machine may read them, unless behind a proxy.
    let local = TestApp::start().await;
    assert_eq!(
        reqwest::get(local.url("/metrics")).await.unwrap().status(),
        StatusCode::OK
    );
    let proxied = TestApp::start_configured(false, |c| c.trust_forwarded_for = true).await;
    assert_eq!(
        reqwest::get(proxied.url("/metrics"))
            .await
            .unwrap()
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn address_searches_are_limited_per_client() {
    let t = TestApp::start().await;
    t.fixture().await;
    let client = reqwest::Client::new();
    let mut statuses = Vec::new();
    for _ in 0..=gemeng::membership::ADDRESS_SEARCHES_PER_MINUTE {
        statuses.push(
            client
                .get(t.url("/api/v1/communes/testville/addresses?q=ouest"))
                .send()
                .await
                .unwrap()
                .status(),
        );
    }
    assert!(statuses[..statuses.len() - 1]
        .iter()
        .all(|s| *s == StatusCode::OK));
    let last = client
        .get(t.url("/c/testville/signup?q=ouest"))
        .send()
        .await
        .unwrap();
    assert_eq!(last.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(last.headers().get("retry-after").is_some());
    // A very long query is cut before it is searched or shown again.
    let long = "ouest ".repeat(500);
    let fresh = TestApp::start().await;
    fresh.fixture().await;
    let page = reqwest::get(fresh.url(&format!("/c/testville/signup?q={long}")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains(&long[..200]));
}

#[tokio::test]
async fn staff_see_the_emails_that_could_not_be_delivered() {
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
    let mut tx = t.db.begin().await.unwrap();
    let id = gemeng_db::outbox::enqueue(
        &mut tx,
        Some(f.commune),
        "lost@example.lu",
        "Confirm your e-mail",
        "body",
        gemeng::app::now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    for attempt in 0..gemeng_db::outbox::MAX_ATTEMPTS {
        gemeng_db::outbox::mark_failed(&t.db, id, attempt, "550 no such user", gemeng::app::now())
            .await
            .unwrap();
    }
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let (_, html) = staff.page("/c/testville/staff").await;
    assert!(
        html.contains("E-mails that could not be delivered"),
        "{html}"
    );
    assert!(html.contains("lost@example.lu"));
    // Another commune's staff do not see it.
    t.account(
        f.other_commune,
        "staff@other.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let other = t.browser();
    other.login("otherville", "staff@other.lu", PASSWORD).await;
    let (_, html) = other.page("/c/otherville/staff").await;
    assert!(!html.contains("lost@example.lu"));
}
