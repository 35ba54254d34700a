//! The newsletter: anyone subscribes without an account, confirms by the link mailed
//! (a page with a button: opening the link confirms nothing), receives the public
//! announcements published after that in their language, and leaves in one click as a
//! mail program does it. Links expire and are single-use; floods are bounded per
//! client and per address without locking the address's owner out.

use gemeng_core::account::{Residence, Role};
use gemeng_core::codes::hash_secret;
use reqwest::{Client, StatusCode};
use serde_json::json;

use crate::api::token;
use crate::support::{body, link_in, location, TestApp};

const FORM: &str = "/c/testville/newsletter";

async fn staff_token(t: &TestApp) -> String {
    let f = t.fixture().await;
    t.account(
        f.commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    token(t, "testville", "staff@example.lu").await
}

async fn publish(t: &TestApp, staff: &str, public: bool, title: &str, key: &str) -> i64 {
    let r = Client::new()
        .post(t.url("/api/v1/communes/testville/announcements"))
        .bearer_auth(staff)
        .json(
            &json!({"versions": {"en": {"title": format!("{title} (en)"), "body": "In English."},
            "pt": {"title": format!("{title} (pt)"), "body": "Em português."}},
            "public": public, "request_key": key}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    r.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap()
}

/// Asks to subscribe `email` in `language` as a visitor; the response.
async fn subscribe(t: &TestApp, email: &str, language: &str) -> reqwest::Response {
    t.browser()
        .submit(FORM, FORM, &[("email", email), ("language", language)])
        .await
}

#[tokio::test]
async fn anyone_subscribes_confirms_receives_public_announcements_and_leaves_in_one_click() {
    let t = TestApp::start_with_mail().await;
    let staff = staff_token(&t).await;
    // Published before the subscription: never sent to this subscriber.
    publish(&t, &staff, true, "Old news", "old-news-0001").await;

    let (status, html) = t.browser().page(FORM).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("No account needed"), "{html}");
    let r = subscribe(&t, " Reader@Example.LU ", "pt").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", body(r).await);
    assert_eq!(location(&r), format!("{FORM}?done=check"));
    let mail = t
        .smtp()
        .wait_for("reader@example.lu", "Confirme a subscrição")
        .await;
    let link = link_in(&mail.body, &t.url(&format!("{FORM}/confirm?t=")));
    let path = link.trim_start_matches(&t.base).to_string();
    // The secret is not in the database, only its hash.
    let secret = path.split("t=").nth(1).unwrap();
    assert_eq!(t.count("newsletter_subscriptions").await, 1);
    let stored = t
        .text("SELECT confirm_hash FROM newsletter_subscriptions")
        .await;
    assert_ne!(stored, secret);
    assert_eq!(stored, gemeng_core::codes::hash_secret(secret));

    // Opening the link asks; only the button confirms (mail scanners open links).
    let visitor = t.browser();
    let (status, html) = visitor.page(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Sim, subscrever"), "{html}");
    assert_eq!(
        t.text("SELECT CASE WHEN confirmed_at IS NULL THEN 'no' ELSE 'yes' END FROM newsletter_subscriptions")
            .await,
        "no"
    );
    let r = visitor
        .submit(&path, &format!("{FORM}/confirm"), &[("t", secret)])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(body(r).await.contains("A subscrição está feita."));
    // The same link again: already used, still subscribed.
    let (_, html) = visitor.page(&path).await;
    assert!(html.contains("Este link já foi usado"), "{html}");
    let r = visitor
        .submit(FORM, &format!("{FORM}/confirm"), &[("t", secret)])
        .await;
    assert!(body(r).await.contains("Este link já foi usado"));
    assert_eq!(
        t.text("SELECT CASE WHEN confirmed_at IS NULL THEN 'no' ELSE 'yes' END FROM newsletter_subscriptions")
            .await,
        "yes"
    );

    // A public announcement reaches them in Portuguese, with the one-click headers;
    // one for residents only does not.
    publish(&t, &staff, false, "Residents only", "residents-0001").await;
    publish(&t, &staff, true, "Street party", "street-party-0001").await;
    let news = t
        .smtp()
        .wait_for("reader@example.lu", "Street party (pt)")
        .await;
    assert!(news.body.contains("Em português."), "{}", news.body);
    assert!(
        news.body.contains("subscreveu a newsletter"),
        "{}",
        news.body
    );
    assert_eq!(
        news.headers
            .get("list-unsubscribe-post")
            .map(String::as_str),
        Some("List-Unsubscribe=One-Click")
    );
    let stop = news.headers["list-unsubscribe"]
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string();
    assert!(stop.contains("/c/testville/newsletter/stop?t="), "{stop}");
    let jobs = t.jobs_app();
    assert_eq!(
        gemeng::channel::newsletter::mailing::mail_due(&jobs)
            .await
            .unwrap(),
        0,
        "sent once"
    );
    for never in ["Old news", "Residents only"] {
        let sent = t
            .text(&format!(
                "SELECT CAST(COUNT(*) AS TEXT) FROM outbox WHERE recipient = 'reader@example.lu' AND subject LIKE '{never}%'"
            ))
            .await;
        assert_eq!(sent, "0", "{never}");
    }

    // The stop page names the address and changes the language.
    let (status, html) = t.browser().page(stop.trim_start_matches(&t.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("reader@example.lu"), "{html}");
    // One click, as a mail program sends it: no cookie, no CSRF token, no Origin.
    for _ in 0..2 {
        let r = Client::new()
            .post(&stop)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(t.count("newsletter_subscriptions").await, 0);
    let r = t.browser().get(stop.trim_start_matches(&t.base)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn links_expire_are_replaced_and_floods_are_bounded() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;

    // Bad input: clear messages, nothing stored.
    let r = subscribe(&t, "not an address", "pt").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = subscribe(&t, "someone@example.lu", "xx").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("Choose one of the five languages."));
    assert_eq!(t.count("newsletter_subscriptions").await, 0);

    // An expired link says so and confirms nothing.
    subscribe(&t, "late@example.lu", "en").await;
    let first = t.smtp().wait_for("late@example.lu", "Confirm").await;
    let first = link_in(&first.body, &t.url(&format!("{FORM}/confirm?t=")));
    let first_secret = first.split("t=").nth(1).unwrap().to_string();
    t.execute("UPDATE newsletter_subscriptions SET confirm_expires_at = 1")
        .await;
    let visitor = t.browser();
    let (_, html) = visitor.page(first.trim_start_matches(&t.base)).await;
    assert!(html.contains("This link is too old."), "{html}");
    let r = visitor
        .submit(FORM, &format!("{FORM}/confirm"), &[("t", &first_secret)])
        .await;
    assert!(body(r).await.contains("This link is too old."));
    // Asking again sends a new link; the old one no longer works, the new one does.
    subscribe(&t, "late@example.lu", "de").await;
    let second = loop {
        let mails: Vec<_> = t
            .smtp()
            .received()
            .into_iter()
            .filter(|m| m.to.iter().any(|to| to == "late@example.lu"))
            .collect();
        if mails.len() == 2 {
            break mails[1].clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    assert!(
        second.subject.contains("Abonnement bestätigen"),
        "{}",
        second.subject
    );
    let second = link_in(&second.body, &t.url(&format!("{FORM}/confirm?t=")));
    let second_secret = second.split("t=").nth(1).unwrap().to_string();
    let r = visitor
        .submit(FORM, &format!("{FORM}/confirm"), &[("t", &first_secret)])
        .await;
    assert!(body(r).await.contains("This link does not work."));
    let r = visitor
        .submit(FORM, &format!("{FORM}/confirm"), &[("t", &second_secret)])
        .await;
    assert!(body(r).await.contains("Sie haben abonniert."));

    // A stranger hammering one address: three e-mails a day reach it, no more, and
    // the last one's link still works for its owner.
    for _ in 0..5 {
        let r = subscribe(&t, "victim@example.lu", "en").await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let sent = t
        .text("SELECT CAST(COUNT(*) AS TEXT) FROM outbox WHERE recipient = 'victim@example.lu'")
        .await;
    assert_eq!(sent, "3");
    // The last link is the one whose secret the subscription keeps (the sender may
    // deliver the three in any order, and blanks a body in the outbox once sent).
    let kept = t
        .text("SELECT confirm_hash FROM newsletter_subscriptions WHERE email = 'victim@example.lu'")
        .await;
    let secrets: Vec<String> = loop {
        let mails: Vec<_> = t
            .smtp()
            .received()
            .into_iter()
            .filter(|m| m.to.iter().any(|to| to == "victim@example.lu"))
            .collect();
        if mails.len() == 3 {
            break mails
                .iter()
                .map(|m| {
                    let link = link_in(&m.body, &t.url(&format!("{FORM}/confirm?t=")));
                    link.split("t=").nth(1).unwrap().to_string()
                })
                .collect();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let kept: Vec<&String> = secrets.iter().filter(|s| hash_secret(s) == kept).collect();
    assert_eq!(kept.len(), 1, "{secrets:?}");
    let last_secret = kept[0].clone();
    let r = visitor
        .submit(FORM, &format!("{FORM}/confirm"), &[("t", &last_secret)])
        .await;
    assert!(body(r).await.contains("You are subscribed."));

    // One client: ten requests an hour (it sent seven so far), then refused.
    for n in 8..=10 {
        let r = subscribe(&t, &format!("reader{n}@example.lu"), "en").await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let r = subscribe(&t, "eleventh@example.lu", "en").await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        t.text("SELECT CAST(COUNT(*) AS TEXT) FROM newsletter_subscriptions WHERE email = 'eleventh@example.lu'")
            .await,
        "0"
    );
    // The limits' table keeps no address.
    let buckets = t
        .text("SELECT CAST(COUNT(*) AS TEXT) FROM rate_limits WHERE bucket LIKE '%@%'")
        .await;
    assert_eq!(buckets, "0");

    // Unconfirmed subscriptions whose link expired are forgotten.
    t.execute(
        "UPDATE newsletter_subscriptions SET confirm_expires_at = 1 WHERE confirmed_at IS NULL",
    )
    .await;
    gemeng_db::newsletter::forget_unconfirmed(&t.db, gemeng::app::now())
        .await
        .unwrap();
    assert_eq!(
        t.text("SELECT CAST(COUNT(*) AS TEXT) FROM newsletter_subscriptions WHERE confirmed_at IS NULL")
            .await,
        "0"
    );
    // Left: the two confirmed (late, victim).
    assert_eq!(t.count("newsletter_subscriptions").await, 2);
}
