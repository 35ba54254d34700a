//! Logging in under attack: nobody can lock a resident out, parallel guesses cannot
//! pass the limit, a family behind one address is not locked out by its own log-ins,
//! and a flood of log-ins keeps memory bounded and the server answering.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{location, set_cookie, TestApp, PASSWORD};

async fn ana(t: &TestApp) -> i64 {
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    f.commune
}

#[tokio::test]
async fn strangers_guessing_cannot_lock_a_resident_out() {
    let t = TestApp::start().await;
    ana(&t).await;
    // Ana's own browser has logged in before: it holds a device token.
    let hers = t.browser();
    let first = hers.login("testville", "ana@example.lu", PASSWORD).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    assert!(set_cookie(&first, "gemeng_device").is_some());
    hers.submit("/c/testville", "/c/testville/logout", &[])
        .await;

    // A stranger, from the same network address, fills the account's counter.
    let stranger = t.browser();
    let mut answers = Vec::new();
    for _ in 0..15 {
        answers.push(
            stranger
                .login("testville", "ana@example.lu", "guess guess")
                .await
                .status(),
        );
    }
    assert_eq!(answers[0], StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answers[14], StatusCode::TOO_MANY_REQUESTS);
    // Even with the right password, a stranger's client is held off now…
    let held = stranger
        .login("testville", "ana@example.lu", PASSWORD)
        .await;
    assert_eq!(held.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = held.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 0 && wait <= 2 * 900, "Retry-After {wait}");
    // …but Ana, in her own browser, logs in.
    let back = hers.login("testville", "ana@example.lu", PASSWORD).await;
    assert_eq!(back.status(), StatusCode::SEE_OTHER);
    assert!(location(&back).starts_with("/c/testville/n/"));
}

#[tokio::test]
async fn a_trusted_browser_guessing_loses_its_trust() {
    let t = TestApp::start().await;
    ana(&t).await;
    let browser = t.browser();
    assert_eq!(
        browser
            .login("testville", "ana@example.lu", PASSWORD)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    // A device token is no skeleton key: its own failures count, and past the limit it
    // is judged like a stranger's client, whose counter is then full too.
    let mut last = StatusCode::OK;
    for _ in 0..25 {
        last = browser
            .login("testville", "ana@example.lu", "guess guess")
            .await
            .status();
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        browser
            .login("testville", "ana@example.lu", PASSWORD)
            .await
            .status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn parallel_guesses_cannot_pass_the_limit() {
    let t = TestApp::start().await;
    ana(&t).await;
    let guesses: Vec<_> = (0..40)
        .map(|i| {
            let url = t.url("/api/v1/communes/testville/tokens");
            tokio::spawn(async move {
                reqwest::Client::new()
                    .post(url)
                    .json(&json!({"email": "ana@example.lu", "password": format!("guess {i}")}))
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    let mut checked = 0;
    for g in guesses {
        let status = g.await.unwrap();
        assert!(
            [
                StatusCode::UNAUTHORIZED,
                StatusCode::TOO_MANY_REQUESTS,
                StatusCode::SERVICE_UNAVAILABLE
            ]
            .contains(&status),
            "{status}"
        );
        checked += usize::from(status == StatusCode::UNAUTHORIZED);
    }
    assert!(
        checked <= 10,
        "{checked} guesses were checked against a limit of 10"
    );
}

#[tokio::test]
async fn a_household_behind_one_address_is_not_locked_out_by_its_own_logins() {
    let t = TestApp::start().await;
    ana(&t).await;
    // More successful log-ins from one address than its failure limit allows.
    for _ in 0..55 {
        let r = reqwest::Client::new()
            .post(t.url("/api/v1/communes/testville/tokens"))
            .json(&json!({"email": "ana@example.lu", "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED);
    }
}

fn peak_memory_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// nextest runs each test in its own process, so this process's peak memory is the
/// server's (and this client's) alone.
#[tokio::test]
async fn a_flood_of_logins_keeps_memory_bounded_and_pages_answering() {
    let t = TestApp::start().await;
    let commune = ana(&t).await;
    for i in 0..20 {
        t.account(
            commune,
            &format!("neighbour{i}@example.lu"),
            Role::Resident,
            None,
            Residence::Verified,
        )
        .await;
    }
    let flood: Vec<_> = (0..200)
        .map(|i| {
            let url = t.url("/api/v1/communes/testville/tokens");
            tokio::spawn(async move {
                reqwest::Client::new()
                    .post(url)
                    .json(&json!({"email": format!("neighbour{}@example.lu", i % 20), "password": PASSWORD}))
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    // While the flood runs, other pages answer.
    let health = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        reqwest::get(t.url("/healthz")),
    )
    .await
    .expect("healthz answered during the flood")
    .unwrap();
    assert_eq!(health.status(), StatusCode::OK);
    let mut answered = 0;
    for f in flood {
        let status = f.await.unwrap();
        assert!(
            [
                StatusCode::CREATED,
                StatusCode::TOO_MANY_REQUESTS,
                StatusCode::SERVICE_UNAVAILABLE
            ]
            .contains(&status),
            "{status}"
        );
        answered += 1;
    }
    assert_eq!(answered, 200);
    let peak_mib = peak_memory_kib() / 1024;
    assert!(peak_mib < 200, "peak memory {peak_mib} MiB");
}
