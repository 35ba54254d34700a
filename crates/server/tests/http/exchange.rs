//! Between neighbours: private messages with unread counts and e-mail notices (at once,
//! daily, or never, with a one-click unsubscribe that needs no log-in), blocks, and
//! reports that moderators judge, the author told and the audit log written.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::neighbourhood::{post_path, publish, street, Street};
use crate::support::{body, location, Browser, TestApp, PASSWORD};

async fn id_of(t: &TestApp, email: &str) -> i64 {
    t.text(&format!(
        "SELECT CAST(id AS TEXT) FROM users WHERE email = '{email}'"
    ))
    .await
    .parse()
    .unwrap()
}

/// Sends the new-message form to `to`; the response.
async fn write(who: &Browser, to: i64, body: &str, key: &str) -> reqwest::Response {
    let to = to.to_string();
    who.submit(
        "/settings",
        "/c/testville/messages",
        &[("to", &to), ("body", body), ("request_key", key)],
    )
    .await
}

fn unread_in(html: &str) -> Option<String> {
    html.split("class=\"count\">")
        .nth(1)
        .map(|rest| rest.split('<').next().unwrap().to_string())
}

async fn testville(t: &TestApp) -> i64 {
    t.text("SELECT CAST(id AS TEXT) FROM communes WHERE slug = 'testville'")
        .await
        .parse()
        .unwrap()
}

async fn signed_in(t: &TestApp, email: &str) -> Browser {
    let b = t.browser();
    b.login("testville", email, PASSWORD).await;
    b
}

#[tokio::test]
async fn neighbours_write_to_each_other_and_hear_of_it_as_they_chose() {
    let t = TestApp::start_with_mail().await;
    let Street {
        ana,
        cleo,
        ben,
        ana_id,
        ..
    } = street(&t).await;

    // Cleo writes to Ana; the same form sent twice is one message.
    let r = write(
        &cleo,
        ana_id,
        "Hello Ana, is the ladder still free?",
        "first-message",
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let thread = location(&r).split('?').next().unwrap().to_string();
    assert!(thread.starts_with("/c/testville/messages/"), "{thread}");
    let again = write(
        &cleo,
        ana_id,
        "Hello Ana, is the ladder still free?",
        "first-message",
    )
    .await;
    assert_eq!(location(&again).split('?').next().unwrap(), thread);
    assert_eq!(t.count("messages").await, 1);

    // Ana sees "1" in her menu, gets an e-mail with a one-click unsubscribe, and reads.
    let (_, home) = ana.page("/c/testville").await;
    assert_eq!(unread_in(&home).as_deref(), Some("1"), "{home}");
    let mail = t.smtp().wait_for("ana@example.lu", "wrote to you").await;
    assert!(
        mail.body.contains("is the ladder still free?"),
        "{}",
        mail.body
    );
    assert!(mail.body.contains(&thread), "{}", mail.body);
    let unsubscribe = mail.headers["list-unsubscribe"]
        .trim_matches(|c| c == '<' || c == '>')
        .to_string();
    assert!(unsubscribe.contains("/unsubscribe?t="), "{unsubscribe}");
    assert_eq!(
        mail.headers["list-unsubscribe-post"],
        "List-Unsubscribe=One-Click"
    );
    let (status, inbox) = ana.page("/c/testville/messages").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        inbox.contains("cleo") && inbox.contains("is the ladder still free?"),
        "{inbox}"
    );
    let (status, page) = ana.page(&thread).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("is the ladder still free?"));
    let (_, home) = ana.page("/c/testville").await;
    assert_eq!(unread_in(&home), None, "read: no number any more");

    // Nobody else reads the conversation: a neighbour of theirs, staff, strangers.
    assert_eq!(ben.page(&thread).await.0, StatusCode::NOT_FOUND);
    let commune = testville(&t).await;
    t.account(
        commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let staff = signed_in(&t, "staff@example.lu").await;
    assert!(staff.page(&thread).await.0.is_client_error());
    assert!(t.browser().get(&thread).await.status().is_redirection());

    // Someone not verified cannot be written to; the answer does not say why.
    let home = t.address(commune, "ouest 3").await;
    let pending = t
        .account(
            commune,
            "new@example.lu",
            Role::Resident,
            Some(home),
            Residence::Pending,
        )
        .await;
    let (status, _) = cleo
        .page(&format!("/c/testville/messages/new?to={pending}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let r = write(&cleo, pending, "Hi", "to-pending-01").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(t.count("messages").await, 1);

    // Bad text: a clear message, nothing stored.
    let r = write(&cleo, ana_id, " \u{200b} ", "empty-message").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("Write a message."));
    let long = "x".repeat(2_001);
    let r = write(&cleo, ana_id, &long, "long-message").await;
    assert!(body(r).await.contains("at most 2,000 characters"));
    assert_eq!(t.count("messages").await, 1);

    // The one-click unsubscribe, as a mail program sends it: no cookie, no Origin.
    let r = reqwest::Client::new()
        .post(&unsubscribe)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        t.text(&format!(
            "SELECT frequency FROM notice_settings WHERE user_id = {ana_id} AND topic = 'messages'"
        ))
        .await,
        "never"
    );
    // A forged secret changes nothing.
    let forged = reqwest::Client::new()
        .post(t.url("/unsubscribe?t=forged&topic=replies"))
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::NOT_FOUND);

    // Cleo writes again: no e-mail this time. Her answer to Ana's post still is told
    // (replies were not stopped), and comes after: the message's would be before it.
    let r = cleo
        .submit(
            &thread,
            &thread,
            &[
                ("body", "Second message"),
                ("request_key", "second-message"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = publish(
        &ana,
        "west",
        &[("kind", "lend"), ("title", "Ladder"), ("body", "A ladder.")],
    )
    .await;
    let post = post_path(&r);
    cleo.submit(
        &post,
        &format!("{post}/comments"),
        &[("body", "I'd like it")],
    )
    .await;
    t.smtp()
        .wait_for("ana@example.lu", "answered your post")
        .await;
    let to_ana = t
        .smtp()
        .received()
        .into_iter()
        .filter(|m| m.to.iter().any(|to| to == "ana@example.lu"))
        .filter(|m| m.subject.contains("wrote to you"))
        .count();
    assert_eq!(to_ana, 1, "no e-mail after unsubscribing from messages");

    // Daily: answers wait for one digest a day.
    let r = ana
        .submit(
            "/c/testville/me/notices",
            "/c/testville/me/notices",
            &[("replies", "daily"), ("messages", "never")],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/me/notices?done=saved");
    cleo.submit(
        &post,
        &format!("{post}/comments"),
        &[("body", "Or on Sunday?")],
    )
    .await;
    assert_eq!(t.count("notice_digest_items").await, 1);
    let app = t.jobs_app();
    assert_eq!(gemeng::notices::send_digests(&app).await.unwrap(), 1);
    let digest = t
        .smtp()
        .wait_for("ana@example.lu", "Your day on Gemeng")
        .await;
    assert!(digest.body.contains("Or on Sunday?"), "{}", digest.body);
    assert!(digest.headers["list-unsubscribe"].contains("topic=all"));
    // At most one a day.
    cleo.submit(&post, &format!("{post}/comments"), &[("body", "Or Monday")])
        .await;
    assert_eq!(gemeng::notices::send_digests(&app).await.unwrap(), 0);
    assert_eq!(t.count("notice_digest_items").await, 1);
}

/// What Cleo's neighbour Ben (not blocking anyone) finds for "apples".
async fn ben_sees_apples(t: &TestApp) -> (StatusCode, String) {
    let ben = signed_in(t, "ben@example.lu").await;
    ben.page("/c/testville/n/east/search?q=apples").await
}

#[tokio::test]
async fn a_block_stops_messages_both_ways_and_hides_posts_and_answers() {
    let t = TestApp::start().await;
    let Street {
        ana, cleo, ana_id, ..
    } = street(&t).await;
    let cleo_id = id_of(&t, "cleo@example.lu").await;
    let r = publish(
        &cleo,
        "west",
        &[
            ("kind", "give"),
            ("title", "Free apples"),
            ("body", "A box."),
            ("audience", "commune"),
        ],
    )
    .await;
    let apples = post_path(&r);
    let r = write(&cleo, ana_id, "Hi", "before-block").await;
    let thread = location(&r).split('?').next().unwrap().to_string();
    let (_, feed) = ana.page("/c/testville/n/west").await;
    assert!(feed.contains("Free apples"));

    // Ana blocks Cleo, after a confirmation page.
    let (status, confirm) = ana
        .page(&format!("/c/testville/blocks?block={cleo_id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains("Block cleo"), "{confirm}");
    let user = cleo_id.to_string();
    let r = ana
        .submit(
            "/c/testville/blocks",
            "/c/testville/blocks",
            &[("user", &user)],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/blocks?done=blocked");

    // Ana no longer sees Cleo's posts; neither can write to the other.
    let (_, feed) = ana.page("/c/testville/n/west").await;
    assert!(!feed.contains("Free apples"), "{feed}");
    assert_eq!(ana.page(&apples).await.0, StatusCode::NOT_FOUND);
    let (_, found) = ana.page("/c/testville/n/west/search?q=apples").await;
    assert!(!found.contains("Free apples"), "{found}");
    let (_, found) = ben_sees_apples(&t).await;
    assert!(
        found.contains("Free apples"),
        "others still find it: {found}"
    );
    assert_eq!(
        write(&cleo, ana_id, "Hello?", "after-block-1")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        write(&ana, cleo_id, "Hello?", "after-block-2")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let r = cleo.submit(&thread, &thread, &[("body", "Hello?")]).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(t.count("messages").await, 1);
    let (_, page) = cleo.page(&thread).await;
    assert!(page.contains("can no longer write"), "{page}");

    // Blocking oneself, or someone of no commune of ours: refused.
    let me = ana_id.to_string();
    let r = ana
        .submit(
            "/c/testville/blocks",
            "/c/testville/blocks",
            &[("user", &me)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let r = ana
        .submit(
            "/c/testville/blocks",
            "/c/testville/blocks",
            &[("user", "999999")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // Unblocked: all back.
    let r = ana
        .submit(
            "/c/testville/blocks",
            &format!("/c/testville/blocks/{cleo_id}/remove"),
            &[],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/blocks?done=unblocked");
    let (_, feed) = ana.page("/c/testville/n/west").await;
    assert!(feed.contains("Free apples"));
    assert_eq!(
        write(&ana, cleo_id, "Sorry!", "after-unblock")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_report_reaches_moderators_who_hide_and_the_author_is_told() {
    let t = TestApp::start_with_mail().await;
    let Street { ana, cleo, ben, .. } = street(&t).await;
    let commune = testville(&t).await;
    t.account(
        commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let staff = signed_in(&t, "staff@example.lu").await;
    // Cleo's commune-wide post reaches Ben in East.
    let r = publish(
        &cleo,
        "west",
        &[
            ("kind", "information"),
            ("title", "Noisy neighbours"),
            ("body", "They are idiots."),
            ("audience", "commune"),
        ],
    )
    .await;
    let post = post_path(&r);
    let id = post.rsplit('/').next().unwrap().to_string();
    let ben_post = format!("/c/testville/n/east/posts/{id}");
    assert_eq!(ben.page(&ben_post).await.0, StatusCode::OK);

    // Ben reports it; "other" needs a word; twice is once.
    let form = format!("/c/testville/reports/new?item=post&id={id}");
    let r = ben
        .submit(
            &form,
            "/c/testville/reports",
            &[("item", "post"), ("id", &id), ("reason", "other")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("Say what is wrong."));
    for _ in 0..2 {
        let r = ben
            .submit(
                &form,
                "/c/testville/reports",
                &[("item", "post"), ("id", &id), ("reason", "abuse")],
            )
            .await;
        assert_eq!(location(&r), format!("{ben_post}?done=reported"));
    }
    assert_eq!(t.count("reports").await, 1);
    // Nobody reports their own post, or an item they cannot see.
    assert_eq!(cleo.page(&form).await.0, StatusCode::CONFLICT);
    let r = publish(
        &cleo,
        "west",
        &[
            ("kind", "give"),
            ("title", "Only West"),
            ("body", "Chairs."),
        ],
    )
    .await;
    let west_only = post_path(&r).rsplit('/').next().unwrap().to_string();
    let (status, _) = ben
        .page(&format!(
            "/c/testville/reports/new?item=post&id={west_only}"
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Residents have no queue; staff do, and judge with a reason.
    assert_eq!(
        ana.page("/c/testville/moderation").await.0,
        StatusCode::FORBIDDEN
    );
    let (status, queue) = staff.page("/c/testville/moderation").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        queue.contains("Noisy neighbours") && queue.contains("Insults, threats or harassment"),
        "{queue}"
    );
    let item = format!("/c/testville/moderation/post/{id}");
    let r = staff.submit(&item, &item, &[("decision", "hide")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("Give your reason"));
    let r = staff
        .submit(
            &item,
            &item,
            &[("decision", "hide"), ("reason", "Rule 1: be kind.")],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/moderation?done=hide");

    // Hidden from readers, kept for its author; the author is told why; logged.
    let (_, feed) = ben.page("/c/testville/n/east").await;
    assert!(!feed.contains("Noisy neighbours"));
    assert_eq!(ben.page(&ben_post).await.0, StatusCode::NOT_FOUND);
    assert_eq!(cleo.page(&post).await.0, StatusCode::OK);
    let mail = t
        .smtp()
        .wait_for("cleo@example.lu", "A moderator hid something you wrote")
        .await;
    assert!(
        mail.body.contains("Rule 1: be kind.") && mail.body.contains("Noisy neighbours"),
        "{}",
        mail.body
    );
    let (_, audit) = staff.page("/c/testville/staff/audit").await;
    assert!(
        audit.contains("post-hidden") && audit.contains("Rule 1: be kind."),
        "{audit}"
    );
    assert_eq!(
        ana.page("/c/testville/staff/audit").await.0,
        StatusCode::FORBIDDEN
    );
    let (_, queue) = staff.page("/c/testville/moderation").await;
    assert!(!queue.contains("Noisy neighbours"), "the report is closed");

    // Hiding twice does not fit; restoring brings it back to every feed it was in.
    let r = staff
        .submit(&item, &item, &[("decision", "hide"), ("reason", "again")])
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let r = staff
        .submit(
            &item,
            &item,
            &[("decision", "restore"), ("reason", "Edited by agreement.")],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/moderation?done=restore");
    let (_, feed) = ben.page("/c/testville/n/east").await;
    assert!(feed.contains("Noisy neighbours"));
    t.smtp()
        .wait_for("cleo@example.lu", "What you wrote is visible again")
        .await;
}

#[tokio::test]
async fn a_neighbourhood_moderator_judges_posts_there_but_never_messages() {
    let t = TestApp::start().await;
    let Street {
        cleo, ben, ana_id, ..
    } = street(&t).await;
    let commune = testville(&t).await;
    let home = t.address(commune, "ouest 3").await;
    t.account(
        commune,
        "mod@example.lu",
        Role::Moderator,
        Some(home),
        Residence::Verified,
    )
    .await;
    let moderator = signed_in(&t, "mod@example.lu").await;
    let r = publish(
        &cleo,
        "west",
        &[
            ("kind", "give"),
            ("title", "Spam spam"),
            ("body", "Buy now."),
        ],
    )
    .await;
    let id = post_path(&r).rsplit('/').next().unwrap().to_string();
    let r = write(&cleo, ana_id, "Private words", "private-words").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let message = t.text("SELECT CAST(id AS TEXT) FROM messages").await;

    assert_eq!(
        moderator.page("/c/testville/moderation").await.0,
        StatusCode::OK
    );
    assert_eq!(
        moderator
            .page(&format!("/c/testville/moderation/post/{id}"))
            .await
            .0,
        StatusCode::OK
    );
    // A private message is for staff to judge, never a neighbour moderating the street.
    let (status, html) = moderator
        .page(&format!("/c/testville/moderation/message/{message}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!html.contains("Private words"));
    // Ben in East is no moderator at all.
    assert_eq!(
        ben.page("/c/testville/moderation").await.0,
        StatusCode::FORBIDDEN
    );
}

/// A post's author may live elsewhere by the time an answer comes (the commune's map
/// was drawn again): the e-mail's link leads to the post under their neighbourhood of
/// now, where the pages admit them, not under the one they wrote it in.
#[tokio::test]
async fn a_reply_notice_leads_an_author_who_moved_to_their_post() {
    let t = TestApp::start_with_mail().await;
    let f = t.fixture().await;
    let west = gemeng_db::neighbourhoods::by_slug(&t.db, f.commune, "west")
        .await
        .unwrap()
        .unwrap()
        .id;
    let mut ids = Vec::new();
    for (email, address) in [
        ("ana@example.lu", "ouest 1"),
        ("cleo@example.lu", "ouest 2"),
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
    let mut tx = t.db.begin().await.unwrap();
    let post = gemeng_db::posts::create(
        &mut tx,
        &gemeng_db::posts::NewPost {
            commune_id: f.commune,
            neighbourhood_id: west,
            author_id: ids[0],
            kind: gemeng_core::posts::PostKind::LendObject,
            audience: gemeng_core::posts::Audience::Neighbourhood,
            title: "Ladder",
            body: "A ladder to lend",
            body_html: "A ladder to lend",
            request_key: "moved-author-post",
            feeds: &[west],
        },
        gemeng::app::now(),
    )
    .await
    .unwrap()
    .id();
    tx.commit().await.unwrap();
    // Ana's address now lies in East (before she or anyone asks for her account).
    let east_home = t.address(f.commune, "est 1").await;
    t.execute(&format!(
        "UPDATE users SET address_id = {east_home} WHERE id = {}",
        ids[0]
    ))
    .await;

    let cleo = signed_in(&t, "cleo@example.lu").await;
    let page = format!("/c/testville/n/west/posts/{post}");
    let r = cleo
        .submit(
            &page,
            &format!("{page}/comments"),
            &[
                ("body", "Still free?"),
                ("request_key", "moved-author-answer"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let mail = t
        .smtp()
        .wait_for("ana@example.lu", "answered your post")
        .await;
    let link = format!("/c/testville/n/east/posts/{post}#comment-");
    assert!(mail.body.contains(&link), "{}", mail.body);
    let ana = signed_in(&t, "ana@example.lu").await;
    let (status, post_page) = ana.page(&format!("/c/testville/n/east/posts/{post}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(post_page.contains("Still free?"), "{post_page}");
    assert_eq!(
        ana.page(&format!("/c/testville/n/west/posts/{post}"))
            .await
            .0,
        StatusCode::FORBIDDEN,
        "West is no longer hers"
    );
}
