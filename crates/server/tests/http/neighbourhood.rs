//! Neighbourhood life: posts, their audience, the feed, answers and thanks, as members
//! of two neighbourhoods and strangers use them.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::support::{body, location, Browser, TestApp, PASSWORD};

pub(crate) struct Street {
    pub ana: Browser,
    pub cleo: Browser,
    pub ben: Browser,
    pub ana_id: i64,
    pub west: i64,
}

/// Ana and Cleo live in West, Ben in East (its neighbour on the map).
pub(crate) async fn street(t: &TestApp) -> Street {
    let f = t.fixture().await;
    let mut ids = Vec::new();
    for (email, address) in [
        ("ana@example.lu", "ouest 1"),
        ("cleo@example.lu", "ouest 2"),
        ("ben@example.lu", "est 1"),
    ] {
        let home = t.address(f.commune, address).await;
        ids.push(
            t.account(
                f.commune,
                email,
                Role::Resident,
                Some(home),
                Residence::Verified,
            )
            .await,
        );
    }
    let login = |email: &'static str| async move {
        let b = t.browser();
        b.login("testville", email, PASSWORD).await;
        b
    };
    let west = gemeng_db::neighbourhoods::by_slug(&t.db, f.commune, "west")
        .await
        .unwrap()
        .unwrap()
        .id;
    Street {
        ana: login("ana@example.lu").await,
        cleo: login("cleo@example.lu").await,
        ben: login("ben@example.lu").await,
        ana_id: ids[0],
        west,
    }
}

/// Publishes a post from `who`'s neighbourhood page; the post's path, or the response.
pub(crate) async fn publish(who: &Browser, nb: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let form = format!("/c/testville/n/{nb}/new");
    who.submit(&form, &format!("/c/testville/n/{nb}/posts"), fields)
        .await
}

pub(crate) fn post_path(r: &reqwest::Response) -> String {
    let to = location(r);
    assert!(to.contains("/posts/"), "not a post: {to}");
    to.split('?').next().unwrap().to_string()
}

#[tokio::test]
async fn members_publish_answer_thank_and_close_a_post() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let fields = [
        ("kind", "lend"),
        ("title", "Ladder to lend"),
        (
            "body",
            "A 3 m ladder, <b>sturdy</b>.\nCall +352 621 000 000 or see https://example.lu/ladder",
        ),
        ("request_key", "ladder-0001"),
    ];
    // Before her first post, Ana's home shows it as her next step.
    let (_, home) = s.ana.page("/c/testville").await;
    assert!(home.contains("href=\"/c/testville/n/west/new\""), "{home}");
    assert!(home.contains("aria-current=\"step\""), "{home}");
    let r = publish(&s.ana, "west", &fields).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let post = post_path(&r);
    // Once posted, the way in is complete: her home simply leads to her neighbourhood.
    let (_, home) = s.ana.page("/c/testville").await;
    assert!(!home.contains("aria-current=\"step\""), "{home}");
    let (_, me) = s.ana.page("/c/testville/me").await;
    assert!(
        me.contains("Write your first post") && !me.contains("aria-current=\"step\""),
        "{me}"
    );
    // A double click sends the same form twice: one post.
    let again = publish(&s.ana, "west", &fields).await;
    assert_eq!(post_path(&again), post);
    assert_eq!(t.count("posts").await, 1);

    // The feed shows it; the post page shows the text escaped, its lines and its link.
    let (_, feed) = s.cleo.page("/c/testville/n/west").await;
    assert!(feed.contains("Ladder to lend"), "{feed}");
    assert!(feed.contains("I can lend something"), "{feed}");
    // (The raw page: `page` decodes character references for reading.)
    let raw = s.cleo.get(&post).await;
    assert_eq!(raw.status(), StatusCode::OK);
    let page = raw.text().await.unwrap();
    assert!(
        page.contains("A 3 m ladder, &lt;b&gt;sturdy&lt;/b&gt;.<br>Call +352 621 000 000"),
        "{page}"
    );
    assert!(page.contains(
        "<a href=\"https://example.lu/ladder\" rel=\"nofollow ugc noopener noreferrer\">"
    ));

    // Ben lives next door, in East: not his neighbourhood's post, under either URL.
    let id = post.rsplit('/').next().unwrap();
    assert_eq!(s.ben.page(&post).await.0, StatusCode::FORBIDDEN);
    let (status, html) = s.ben.page(&format!("/c/testville/n/east/posts/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!html.contains("Ladder"));
    let (_, east) = s.ben.page("/c/testville/n/east").await;
    assert!(!east.contains("Ladder"));

    // Cleo answers and thanks (twice: it counts once); Ana cannot thank herself.
    let r = s
        .cleo
        .submit(
            &post,
            &format!("{post}/comments"),
            &[("body", "May I borrow it on Saturday?")],
        )
        .await;
    assert!(location(&r).contains("done=commented"));
    for _ in 0..2 {
        s.cleo.submit(&post, &format!("{post}/thanks"), &[]).await;
    }
    assert_eq!(
        t.text(&format!(
            "SELECT CAST(thanks_count AS TEXT) FROM posts WHERE id = {id}"
        ))
        .await,
        "1"
    );
    let r = s.ana.submit(&post, &format!("{post}/thanks"), &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let (_, page) = s.ana.page(&post).await;
    assert!(page.contains("May I borrow it on Saturday?"));
    assert!(page.contains("One answer"), "{page}");
    assert!(page.contains("One thank-you"), "{page}");

    // Only Ana may change her post: Cleo's attempts are refused and change nothing.
    for path in ["edit", "delete"] {
        assert_eq!(
            s.cleo.page(&format!("{post}/{path}")).await.0,
            StatusCode::FORBIDDEN
        );
    }
    let r = s
        .cleo
        .submit(
            &post,
            &format!("{post}/edit"),
            &[("title", "Mine now"), ("body", "x")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        t.text(&format!("SELECT title FROM posts WHERE id = {id}"))
            .await,
        "Ladder to lend"
    );

    // Ana edits it (marked as changed) and marks it done.
    let r = s
        .ana
        .submit(
            &format!("{post}/edit"),
            &format!("{post}/edit"),
            &[
                ("title", "Ladder to lend (3 m)"),
                ("body", "Still free on Sunday."),
            ],
        )
        .await;
    assert!(location(&r).contains("done=edited"));
    s.ana.submit(&post, &format!("{post}/done"), &[]).await;
    let (_, page) = s.cleo.page(&post).await;
    assert!(
        page.contains("Ladder to lend (3 m)") && page.contains("changed") && page.contains("Done"),
        "{page}"
    );
    // Done is done: a second time is refused.
    assert_eq!(
        s.ana
            .submit(&post, &format!("{post}/done"), &[])
            .await
            .status(),
        StatusCode::CONFLICT
    );

    // Deleted after asking: gone from the feed, its text erased, its page not found.
    let (status, confirm) = s.ana.page(&format!("{post}/delete")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains("Delete this post?"));
    let r = s
        .ana
        .submit(&format!("{post}/delete"), &format!("{post}/delete"), &[])
        .await;
    assert_eq!(location(&r), "/c/testville/n/west?done=deleted");
    assert_eq!(s.cleo.page(&post).await.0, StatusCode::NOT_FOUND);
    assert!(!s
        .cleo
        .page("/c/testville/n/west")
        .await
        .1
        .contains("Ladder"));
    assert_eq!(
        t.text(&format!("SELECT title || body FROM posts WHERE id = {id}"))
            .await,
        ""
    );
    assert_eq!(t.count("feed_entries").await, 0);
    // No answer to a deleted post.
    let r = s
        .cleo
        .submit(
            "/c/testville/n/west",
            &format!("{post}/comments"),
            &[("body", "Too late?")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(t.count("comments").await, 1);
}

#[tokio::test]
async fn a_post_reaches_the_neighbourhoods_its_author_chose() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let mut ids = Vec::new();
    for (audience, title) in [
        ("neighbourhood", "Only West"),
        ("adjacent", "West and next door"),
        ("commune", "All of Testville"),
    ] {
        let r = publish(
            &s.ana,
            "west",
            &[
                ("kind", "information"),
                ("title", title),
                ("body", "Hello"),
                ("audience", audience),
            ],
        )
        .await;
        ids.push(post_path(&r).rsplit('/').next().unwrap().to_string());
    }
    let (_, east) = s.ben.page("/c/testville/n/east").await;
    assert!(!east.contains("Only West"));
    assert!(
        east.contains("West and next door") && east.contains("All of Testville"),
        "{east}"
    );
    assert!(east.contains("from a neighbouring area"));
    for (id, readable) in ids.iter().zip([false, true, true]) {
        let status = s
            .ben
            .page(&format!("/c/testville/n/east/posts/{id}"))
            .await
            .0;
        assert_eq!(status == StatusCode::OK, readable, "post {id}: {status}");
    }
    // Ben may answer a post that reaches him, from his own neighbourhood's pages.
    let r = s
        .ben
        .submit(
            &format!("/c/testville/n/east/posts/{}", ids[2]),
            &format!("/c/testville/n/east/posts/{}/comments", ids[2]),
            &[("body", "Hello from East")],
        )
        .await;
    assert!(location(&r).contains("done=commented"), "{}", r.status());
}

#[tokio::test]
async fn the_feed_is_paged_newest_first_and_filtered_by_kind() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let f = gemeng_db::communes::by_slug(&t.db, "testville")
        .await
        .unwrap()
        .unwrap();
    // 25 posts written over time, every fifth one an offer of help.
    let mut tx = t.db.begin().await.unwrap();
    for i in 0..25 {
        let kind = if i % 5 == 0 {
            gemeng_core::posts::PostKind::OfferHelp
        } else {
            gemeng_core::posts::PostKind::Information
        };
        gemeng_db::posts::create(
            &mut tx,
            &gemeng_db::posts::NewPost {
                commune_id: f.id,
                neighbourhood_id: s.west,
                author_id: s.ana_id,
                kind,
                audience: gemeng_core::posts::Audience::Neighbourhood,
                title: &format!("Post number {i:02}"),
                body: "text",
                body_html: "text",
                request_key: &format!("paging-{i:04}"),
                feeds: &[s.west],
            },
            1_000 + i,
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();

    let (_, first) = s.cleo.page("/c/testville/n/west").await;
    assert_eq!(first.matches("<li class=\"card\">").count(), 20);
    assert!(first.find("Post number 24").unwrap() < first.find("Post number 23").unwrap());
    assert!(!first.contains("Post number 04"));
    let next = crate::support::unescape(
        first
            .split("rel=\"next\"")
            .next()
            .unwrap()
            .rsplit("href=\"")
            .next()
            .unwrap()
            .trim_end_matches("\" "),
    );
    let (_, second) = s.cleo.page(&next).await;
    assert_eq!(second.matches("<li class=\"card\">").count(), 5, "{next}");
    assert!(second.contains("Post number 04") && second.contains("Post number 00"));
    assert!(!second.contains("rel=\"next\""));

    let (_, helping) = s.cleo.page("/c/testville/n/west?kind=offer-help").await;
    assert_eq!(helping.matches("<li class=\"card\">").count(), 5);
    assert!(helping.contains("Post number 20") && !helping.contains("Post number 21"));

    // A forged position or kind is a clear error, not a server fault.
    for bad in ["?after=abc", "?after=-1-5", "?after=1-2-3", "?kind=party"] {
        let (status, html) = s.cleo.page(&format!("/c/testville/n/west{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(!html.contains("Post number"), "{bad}");
    }
}

#[tokio::test]
async fn bad_posts_are_refused_with_their_reasons_and_nothing_is_stored() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let long = "x".repeat(121);
    let r = publish(
        &s.ana,
        "west",
        &[
            ("kind", "party"),
            ("title", &long),
            ("body", "  "),
            ("audience", "world"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    for field in ["kind", "title", "body", "audience"] {
        assert!(
            html.contains(&format!("href=\"#{field}\"")),
            "{field}: {html}"
        );
    }
    // What was typed comes back.
    assert!(html.contains(&long));
    assert_eq!(t.count("posts").await, 0);

    // An answer must say something.
    let r = publish(
        &s.ana,
        "west",
        &[
            ("kind", "information"),
            ("title", "Hello"),
            ("body", "World"),
        ],
    )
    .await;
    let post = post_path(&r);
    let r = s
        .cleo
        .submit(&post, &format!("{post}/comments"), &[("body", "\u{200b} ")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(t.count("comments").await, 0);

    // A post of another commune, however its id is guessed, is not found.
    let other = t
        .text("SELECT CAST(MAX(id) + 1000 AS TEXT) FROM posts")
        .await;
    assert_eq!(
        s.cleo
            .page(&format!("/c/testville/n/west/posts/{other}"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.cleo.page("/c/testville/n/west/posts/abc").await.0,
        StatusCode::BAD_REQUEST
    );

    // A flood: ten posts an hour, then a clear refusal.
    for i in 0..9 {
        let r = publish(
            &s.cleo,
            "west",
            &[
                ("kind", "information"),
                ("title", &format!("Flood {i}")),
                ("body", "x"),
            ],
        )
        .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "post {i}");
    }
    let r = publish(
        &s.cleo,
        "west",
        &[
            ("kind", "information"),
            ("title", "One more"),
            ("body", "x"),
        ],
    )
    .await;
    let r2 = publish(
        &s.cleo,
        "west",
        &[
            ("kind", "information"),
            ("title", "And more"),
            ("body", "x"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r2.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(t.count("posts WHERE title = 'And more'").await, 0);
    // Ana is not locked out by Cleo's flood.
    let r = publish(
        &s.ana,
        "west",
        &[("kind", "information"), ("title", "Mine"), ("body", "x")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}
