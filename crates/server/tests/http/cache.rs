//! The read cache never shows what a commit changed: a role change or a log-out on one
//! instance is seen by the next request, on that instance and (on PostgreSQL, where
//! several instances share the database) on another.

use std::time::Duration;

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::support::{location, Browser, TestApp, PASSWORD};

/// Asks `path` until `want` holds; the other instance hears of a commit through the
/// database, a moment after it is made. Fails after a generous bound.
async fn until(browser: &Browser, path: &str, want: impl Fn(StatusCode, &str) -> bool) -> bool {
    for _ in 0..100 {
        let r = browser.get(path).await;
        let (status, at) = (r.status(), location(&r));
        if want(status, &at) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    false
}

/// The same person's browser on another instance: same cookies, other address.
fn on(t: &TestApp, b: &Browser) -> Browser {
    Browser {
        client: b.client.clone(),
        base: t.base.clone(),
        language: b.language.clone(),
    }
}

#[tokio::test]
async fn changes_are_seen_at_once_on_this_instance_and_soon_on_another() {
    let one = TestApp::start().await;
    let f = one.fixture().await;
    // A staff member who also lives in the commune, so they can become a resident again.
    let home = one.address(f.commune, "ouest 5").await;
    let staff_id = one
        .account(
            f.commune,
            "staff@example.lu",
            Role::Staff,
            Some(home),
            Residence::Verified,
        )
        .await;
    one.account(
        f.commune,
        "admin@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    let staff = one.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let admin = one.browser();
    admin.login("testville", "admin@example.lu", PASSWORD).await;

    // Both instances have the staff member's session and role cached.
    assert_eq!(staff.page("/c/testville/staff").await.0, StatusCode::OK);
    let two = one.another_instance().await;
    let staff_on_two = on(&two, &staff);
    let several = gemeng_db::test_support::engine() == gemeng_db::Engine::Postgres;
    if several {
        assert_eq!(
            staff_on_two.page("/c/testville/staff").await.0,
            StatusCode::OK
        );
    }

    // An admin takes the role away on instance one.
    let r = admin
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{staff_id}"),
            &[("role", "resident")],
        )
        .await;
    let status = r.status();
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "{}",
        crate::support::body(r).await
    );
    // Instance one knows at once.
    assert_eq!(
        staff.page("/c/testville/staff").await.0,
        StatusCode::FORBIDDEN
    );
    if several {
        assert!(
            until(&staff_on_two, "/c/testville/staff", |s, _| s
                == StatusCode::FORBIDDEN)
            .await,
            "instance two still lets a former staff member in"
        );
    }

    // Logging out on instance one ends the session everywhere.
    staff
        .submit("/c/testville/me", "/c/testville/logout", &[])
        .await;
    let signed_out = |s: StatusCode, at: &str| {
        s == StatusCode::SEE_OTHER && at.starts_with("/c/testville/login")
    };
    let r = staff.get("/c/testville/me").await;
    let (status, at) = (r.status(), location(&r));
    assert!(signed_out(status, &at), "{status} {at}");
    if several {
        assert!(
            until(&staff_on_two, "/c/testville/me", signed_out).await,
            "instance two still knows a logged-out session"
        );
    }
}

/// A neighbourhood's roster is cached; approving a new neighbour shows them at once on
/// this instance, and soon on another (PostgreSQL).
#[tokio::test]
async fn a_new_neighbour_is_listed_at_once() {
    let one = TestApp::start().await;
    let f = one.fixture().await;
    one.account(
        f.commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    one.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(one.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    let newcomer = one
        .account(
            f.commune,
            "zoe@example.lu",
            Role::Resident,
            Some(one.address(f.commune, "ouest 3").await),
            Residence::Pending,
        )
        .await;
    let ana = one.browser();
    ana.login("testville", "ana@example.lu", PASSWORD).await;
    let staff = one.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let two = one.another_instance().await;
    let ana_on_two = on(&two, &ana);
    let several = gemeng_db::test_support::engine() == gemeng_db::Engine::Postgres;

    // Both instances cache a roster without the newcomer.
    let (status, html) = ana.page("/c/testville/n/west/neighbours").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(">ana<"), "{html}");
    assert!(!html.contains(">zoe<"), "{html}");
    if several {
        assert!(!ana_on_two
            .page("/c/testville/n/west/neighbours")
            .await
            .1
            .contains(">zoe<"));
    }

    let r = staff
        .submit(
            "/c/testville/staff",
            &format!("/c/testville/staff/residents/{newcomer}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let (_, html) = ana.page("/c/testville/n/west/neighbours").await;
    assert!(
        html.contains(">zoe<"),
        "the approved neighbour is missing: {html}"
    );
    if several {
        let mut seen = false;
        for _ in 0..100 {
            if ana_on_two
                .page("/c/testville/n/west/neighbours")
                .await
                .1
                .contains(">zoe<")
            {
                seen = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert!(seen, "instance two still shows the old roster");
    }
}

/// A session's last use is written a moment after the request, with the others of
/// those seconds in one transaction, not by the request itself; it is written all
/// the same, so a session in use is not taken for idle.
#[tokio::test]
async fn a_sessions_last_use_is_written_soon_after() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    let home = t.address(f.commune, "ouest 5").await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(home),
        Residence::Verified,
    )
    .await;
    let ana = t.browser();
    ana.login("testville", "ana@example.lu", PASSWORD).await;
    // Last used two minutes ago (past the minute after which a use is written).
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    t.execute(&format!("UPDATE sessions SET last_seen_at = {}", now - 120))
        .await;
    let recent = format!("sessions WHERE last_seen_at >= {now}");
    assert_eq!(t.count(&recent).await, 0);
    assert_eq!(ana.get("/c/testville").await.status(), StatusCode::OK);
    let mut written = false;
    for _ in 0..100 {
        if t.count(&recent).await == 1 {
            written = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(written, "the session's last use was not written");
}
