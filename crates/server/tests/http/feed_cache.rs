//! The first page of a neighbourhood's feed is cached (every member's visit opens
//! it), yet never shows what a commit changed: each step below first has the page
//! cached, then changes what it shows, and the next visit must show the change: on this
//! instance at once, on another (PostgreSQL, where instances share the database) soon.

use std::time::Duration;

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::neighbourhood::{post_path, publish, street};
use crate::support::{location, Browser, TestApp, PASSWORD};

const FEED: &str = "/c/testville/n/west";
const GIVING: &str = "/c/testville/n/west?kind=give";

/// The feed's cards as they read (the list only: the filters above name every kind).
fn cards_of(html: &str) -> String {
    match html.find("<ul class=\"cards\">") {
        Some(start) => html[start..].to_string(),
        None => String::new(),
    }
}

async fn cards(who: &Browser, path: &str) -> String {
    let (status, html) = who.page(path).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    cards_of(&html)
}

/// Asks the feed until `want` holds of its cards (another instance hears of a commit
/// a moment after it is made); fails after a generous bound.
async fn until(who: &Browser, path: &str, want: impl Fn(&str) -> bool) -> bool {
    for _ in 0..100 {
        if want(&cards(who, path).await) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    false
}

async fn testville(t: &TestApp) -> i64 {
    gemeng_db::communes::by_slug(&t.db, "testville")
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn the_cached_feed_shows_every_change_at_once() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    t.account(
        testville(&t).await,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;

    // An empty feed, cached (all kinds, and one kind).
    assert!(cards(&s.ana, FEED).await.is_empty());
    assert!(cards(&s.ana, GIVING).await.is_empty());

    // A new post is on both pages at once.
    let r = publish(
        &s.cleo,
        "west",
        &[
            ("kind", "give"),
            ("title", "Free apples"),
            ("body", "A box of them."),
        ],
    )
    .await;
    let post = post_path(&r);
    let feed = cards(&s.ana, FEED).await;
    assert!(feed.contains("Free apples"), "{feed}");
    assert!(cards(&s.ana, GIVING).await.contains("Free apples"));

    // An answer and a thank-you are counted on the card.
    assert!(!feed.contains("One answer") && !feed.contains("thank-you"));
    let r = s
        .ana
        .submit(
            &post,
            &format!("{post}/comments"),
            &[("body", "Yes please")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let feed = cards(&s.ana, FEED).await;
    assert!(feed.contains("One answer"), "{feed}");
    s.ana.submit(&post, &format!("{post}/thanks"), &[]).await;
    let feed = cards(&s.ana, FEED).await;
    assert!(feed.contains("One thank-you"), "{feed}");
    assert!(cards(&s.ana, GIVING).await.contains("One thank-you"));

    // An edit shows its new title and text.
    let r = s
        .cleo
        .submit(
            &format!("{post}/edit"),
            &format!("{post}/edit"),
            &[("title", "Free pears"), ("body", "Pears, in the end.")],
        )
        .await;
    assert!(location(&r).contains("done=edited"));
    let feed = cards(&s.ana, FEED).await;
    assert!(
        feed.contains("Free pears")
            && feed.contains("Pears, in the end.")
            && !feed.contains("apples"),
        "{feed}"
    );

    // Marked done: the card says so.
    assert!(!feed.contains(">Done<"), "{feed}");
    s.cleo.submit(&post, &format!("{post}/done"), &[]).await;
    let feed = cards(&s.ana, FEED).await;
    assert!(feed.contains("Done"), "{feed}");

    // Hidden by a moderator: gone from both pages; restored: back.
    let id = post.rsplit('/').next().unwrap();
    let item = format!("/c/testville/moderation/post/{id}");
    let r = staff
        .submit(
            &item,
            &item,
            &[("decision", "hide"), ("reason", "Rule 1: be kind.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(!cards(&s.ana, FEED).await.contains("Free pears"));
    assert!(!cards(&s.ana, GIVING).await.contains("Free pears"));
    let r = staff
        .submit(
            &item,
            &item,
            &[
                ("decision", "restore"),
                ("reason", "It was a misunderstanding."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(cards(&s.ana, FEED).await.contains("Free pears"));
    assert!(cards(&s.ana, GIVING).await.contains("Free pears"));

    // The answer hidden by a moderator: no longer counted.
    let (_, page) = s.ana.page(&post).await;
    let comment = page
        .split("/comments/")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .expect("the answer's id on the post's page")
        .to_string();
    let item = format!("/c/testville/moderation/comment/{comment}");
    let r = staff
        .submit(
            &item,
            &item,
            &[("decision", "hide"), ("reason", "Rule 2: stay on topic.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(!cards(&s.ana, FEED).await.contains("One answer"));

    // Deleted by its author: gone.
    s.cleo
        .submit(&format!("{post}/delete"), &format!("{post}/delete"), &[])
        .await;
    assert!(!cards(&s.ana, FEED).await.contains("Free pears"));
    assert!(cards(&s.ana, GIVING).await.is_empty());
}

#[tokio::test]
async fn a_reader_who_blocked_an_author_never_gets_the_shared_page() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    publish(
        &s.cleo,
        "west",
        &[
            ("kind", "give"),
            ("title", "Free apples"),
            ("body", "A box."),
        ],
    )
    .await;
    publish(
        &s.ben,
        "east",
        &[
            ("kind", "information"),
            ("title", "Street party"),
            ("body", "Saturday."),
            ("audience", "adjacent"),
        ],
    )
    .await;
    // Cached with Cleo's post, as Ana sees it before she blocks Cleo.
    assert!(cards(&s.ana, FEED).await.contains("Free apples"));
    let cleo_id = gemeng_db::accounts::by_email(&t.db, testville(&t).await, "cleo@example.lu")
        .await
        .unwrap()
        .unwrap()
        .id;
    let user = cleo_id.to_string();
    let r = s
        .ana
        .submit(
            "/c/testville/blocks",
            "/c/testville/blocks",
            &[("user", &user)],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/blocks?done=blocked");
    let feed = cards(&s.ana, FEED).await;
    assert!(!feed.contains("Free apples"), "{feed}");
    assert!(feed.contains("Street party"), "{feed}");
    // Others still see it (from the cache).
    assert!(cards(&s.cleo, FEED).await.contains("Free apples"));
}

#[tokio::test]
async fn a_card_of_a_text_mostly_blank_shows_the_text_as_a_whole() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    // Its first few hundred characters hold a single word: the excerpt needs the rest.
    let body = format!("Start{}and the end of the text.", " \n".repeat(400));
    publish(
        &s.cleo,
        "west",
        &[("kind", "give"), ("title", "Blank lines"), ("body", &body)],
    )
    .await;
    let feed = cards(&s.ana, FEED).await;
    assert!(feed.contains("Start and the end of the text."), "{feed}");
}

#[tokio::test]
async fn another_instance_drops_its_cached_feed_when_told() {
    let one = TestApp::start().await;
    let s = street(&one).await;
    let r = publish(
        &s.cleo,
        "west",
        &[
            ("kind", "give"),
            ("title", "Free apples"),
            ("body", "A box."),
        ],
    )
    .await;
    let post = post_path(&r);
    let two = one.another_instance().await;
    let ana_on_two = Browser {
        client: s.ana.client.clone(),
        base: two.base.clone(),
        language: s.ana.language.clone(),
    };
    assert!(cards(&ana_on_two, FEED).await.contains("Free apples"));
    s.ana
        .submit(
            &post,
            &format!("{post}/comments"),
            &[("body", "Yes please")],
        )
        .await;
    publish(
        &s.cleo,
        "west",
        &[("kind", "lend"), ("title", "A ladder"), ("body", "3 m.")],
    )
    .await;
    // SQLite files are not shared by instances (the cache's time bounds that case).
    if gemeng_db::test_support::engine() == gemeng_db::Engine::Postgres {
        assert!(
            until(&ana_on_two, FEED, |c| c.contains("One answer")
                && c.contains("A ladder"))
            .await,
            "instance two still shows the feed before the answer and the new post"
        );
    }
}
