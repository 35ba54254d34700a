//! Neighbourhood life over the JSON API: the feed, posts, answers, thanks, photos,
//! messages, blocks, reports and moderation, with the pages' rules (the same services
//! run behind both) and answers in the caller's language.

use gemeng_core::account::{Residence, Role};
use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};

use crate::api::token;
use crate::neighbourhood::street;
use crate::support::TestApp;

const WEST: &str = "/api/v1/communes/testville/neighbourhoods/west";
const EAST: &str = "/api/v1/communes/testville/neighbourhoods/east";
const COMMUNE: &str = "/api/v1/communes/testville";

/// One API call with a token; the status and the JSON answer (`Null` if none).
async fn call(
    t: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = Client::new()
        .request(method, t.url(path))
        .bearer_auth(token)
        .header("accept-language", "fr");
    if let Some(body) = body {
        request = request.json(&body);
    }
    let r = request.send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

struct Tokens {
    ana: String,
    cleo: String,
    ben: String,
}

async fn tokens(t: &TestApp) -> Tokens {
    street(t).await;
    Tokens {
        ana: token(t, "testville", "ana@example.lu").await,
        cleo: token(t, "testville", "cleo@example.lu").await,
        ben: token(t, "testville", "ben@example.lu").await,
    }
}

async fn lend_ladder(t: &TestApp, token: &str) -> i64 {
    let (status, post) = call(
        t,
        Method::POST,
        &format!("{WEST}/posts"),
        token,
        Some(json!({
            "kind": "lend",
            "title": "Ladder to lend",
            "body": "A 3 m ladder, <b>sturdy</b>. Call +352 621 000 000",
            "request_key": "api-ladder-1",
        })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{post}");
    post["id"].as_i64().unwrap()
}

#[tokio::test]
async fn members_publish_answer_thank_and_close_posts_over_the_api() {
    let t = TestApp::start().await;
    let k = tokens(&t).await;
    let id = lend_ladder(&t, &k.ana).await;
    let post_path = format!("{WEST}/posts/{id}");
    // The same key again: the same post, not a second one.
    assert_eq!(lend_ladder(&t, &k.ana).await, id);
    assert_eq!(t.count("posts").await, 1);

    // Bad input: field by field, in the caller's language, nothing stored.
    let (status, problem) = call(
        &t,
        Method::POST,
        &format!("{WEST}/posts"),
        &k.ana,
        Some(json!({ "kind": "sell", "title": "", "body": "x" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"kind") && fields.contains(&"title"),
        "{problem}"
    );
    assert_eq!(
        problem["detail"].as_str().map(|d| d.is_empty()),
        Some(false)
    );
    assert_ne!(problem["title"], "Invalid input", "in French: {problem}");
    assert_eq!(t.count("posts").await, 1);

    // Cleo, a neighbour, finds it in the feed and opens it: the text as typed, and as
    // pages show it (escaped), the phone number as typed.
    let (status, feed) = call(&t, Method::GET, &format!("{WEST}/feed"), &k.cleo, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(feed["posts"][0]["id"], id);
    assert_eq!(feed["posts"][0]["kind"], "lend");
    assert_eq!(feed["next"], Value::Null);
    let (status, lend_only) = call(
        &t,
        Method::GET,
        &format!("{WEST}/feed?kind=give"),
        &k.cleo,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(lend_only["posts"].as_array().unwrap().len(), 0);
    let (status, _) = call(
        &t,
        Method::GET,
        &format!("{WEST}/feed?after=not-a-cursor"),
        &k.cleo,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, post) = call(&t, Method::GET, &post_path, &k.cleo, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(post["body_html"]
        .as_str()
        .unwrap()
        .contains("&lt;b&gt;sturdy&lt;/b&gt;. Call +352 621 000 000"));
    assert_eq!(post["can"]["thank"], true);
    assert_eq!(post["can"]["edit"], false);

    // Ben lives next door: West's feed is not his, and from East the post is not there.
    let (status, _) = call(&t, Method::GET, &format!("{WEST}/feed"), &k.ben, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(&t, Method::GET, &post_path, &k.ben, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, nothing) =
        call(&t, Method::GET, &format!("{EAST}/posts/{id}"), &k.ben, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!nothing.to_string().contains("Ladder"), "{nothing}");
    let (status, _) = call(
        &t,
        Method::POST,
        &format!("{EAST}/posts/{id}/comments"),
        &k.ben,
        Some(json!({ "body": "Mine?" })),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Cleo answers (once, whatever the repeats) and thanks (a second thanks is nothing).
    let answer = json!({ "body": "Could I borrow it on Saturday?", "request_key": "api-answer-1" });
    let (status, comment) = call(
        &t,
        Method::POST,
        &format!("{post_path}/comments"),
        &k.cleo,
        Some(answer.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{comment}");
    let comment_id = comment["id"].as_i64().unwrap();
    let (_, again) = call(
        &t,
        Method::POST,
        &format!("{post_path}/comments"),
        &k.cleo,
        Some(answer),
    )
    .await;
    assert_eq!(again["id"], comment_id);
    for _ in 0..2 {
        let (status, _) = call(
            &t,
            Method::POST,
            &format!("{post_path}/thanks"),
            &k.cleo,
            None,
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    let (status, _) = call(
        &t,
        Method::POST,
        &format!("{post_path}/thanks"),
        &k.ana,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "no thanks for one's own post");
    let (_, post) = call(&t, Method::GET, &post_path, &k.ana, None).await;
    assert_eq!(post["thanks_count"], 1);
    assert_eq!(post["comment_count"], 1);
    assert_eq!(
        post["comments"][0]["body"],
        "Could I borrow it on Saturday?"
    );

    // Only authors change their words; a change is marked.
    let (status, _) = call(
        &t,
        Method::PUT,
        &post_path,
        &k.cleo,
        Some(json!({ "title": "Mine now", "body": "Taken" })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, changed) = call(
        &t,
        Method::PUT,
        &post_path,
        &k.ana,
        Some(json!({ "title": "Ladder to lend (3 m)", "body": "Still free" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["title"], "Ladder to lend (3 m)");
    assert!(changed["edited_at"].is_i64());
    let comment_path = format!("{post_path}/comments/{comment_id}");
    let (status, _) = call(
        &t,
        Method::PUT,
        &comment_path,
        &k.ana,
        Some(json!({ "body": "Not yours" })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, edited) = call(
        &t,
        Method::PUT,
        &comment_path,
        &k.cleo,
        Some(json!({ "body": "Could I borrow it on Sunday?" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(edited["body"], "Could I borrow it on Sunday?");
    assert!(edited["edited_at"].is_i64());

    // Done, by its author, once.
    let (status, _) = call(
        &t,
        Method::POST,
        &format!("{post_path}/done"),
        &k.cleo,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, done) = call(&t, Method::POST, &format!("{post_path}/done"), &k.ana, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(done["state"], "done");
    let (status, _) = call(&t, Method::POST, &format!("{post_path}/done"), &k.ana, None).await;
    assert_eq!(status, StatusCode::CONFLICT, "done once");

    // Deleting: the answer by its author, the post by its author; then both are gone.
    let (status, _) = call(&t, Method::DELETE, &comment_path, &k.ana, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(&t, Method::DELETE, &comment_path, &k.cleo, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = call(&t, Method::DELETE, &post_path, &k.cleo, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(&t, Method::DELETE, &post_path, &k.ana, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = call(&t, Method::GET, &post_path, &k.ana, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, feed) = call(&t, Method::GET, &format!("{WEST}/feed"), &k.cleo, None).await;
    assert_eq!(feed["posts"].as_array().unwrap().len(), 0);
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbaImage::from_pixel(width, height, image::Rgba([40, 120, 200, 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(picture)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

async fn upload(t: &TestApp, path: &str, token: &str, bytes: Vec<u8>) -> (StatusCode, Value) {
    let r = Client::new()
        .post(t.url(path))
        .bearer_auth(token)
        .header("content-type", "application/octet-stream")
        .body(bytes)
        .send()
        .await
        .unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn fetch(t: &TestApp, path: &str, token: &str) -> (StatusCode, Vec<u8>) {
    let r = Client::new()
        .get(t.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    (r.status(), r.bytes().await.unwrap().to_vec())
}

fn stored_files(t: &TestApp) -> usize {
    fn walk(dir: &std::path::Path) -> usize {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return 0;
        };
        entries
            .flatten()
            .map(|e| {
                if e.path().is_dir() {
                    walk(&e.path())
                } else {
                    1
                }
            })
            .sum()
    }
    walk(&t.files_dir())
}

#[tokio::test]
async fn photos_are_added_read_and_removed_over_the_api_by_whom_they_belong_to() {
    let t = TestApp::start().await;
    let k = tokens(&t).await;
    let id = lend_ladder(&t, &k.ana).await;
    let photos = format!("{WEST}/posts/{id}/photos");

    // Only the author adds photos; not-a-picture is refused and leaves no file.
    let (status, _) = upload(&t, &photos, &k.cleo, png(40, 30)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, problem) = upload(&t, &photos, &k.ana, b"GIF89a not a photo".to_vec()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "photo");
    assert_eq!(stored_files(&t), 0);

    let (status, photo) = upload(&t, &photos, &k.ana, png(2400, 1200)).await;
    assert_eq!(status, StatusCode::CREATED, "{photo}");
    assert_eq!(
        (photo["width"].as_i64(), photo["height"].as_i64()),
        (Some(1600), Some(800))
    );
    assert_eq!(stored_files(&t), 2, "the photo and its thumbnail");

    // A neighbour reads it, re-encoded as JPEG; the thumbnail is smaller.
    let url = photo["url"].as_str().unwrap().to_string();
    let (status, full) = fetch(&t, &url, &k.cleo).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(&full[..2], b"\xff\xd8");
    let (status, thumb) = fetch(&t, photo["thumbnail_url"].as_str().unwrap(), &k.cleo).await;
    assert_eq!(status, StatusCode::OK);
    assert!(thumb.len() < full.len());
    let (_, post) = call(
        &t,
        Method::GET,
        &format!("{WEST}/posts/{id}"),
        &k.cleo,
        None,
    )
    .await;
    assert_eq!(post["photos"][0]["url"], url.as_str());
    assert_eq!(post["photo_count"], 1);

    // Next door, under either neighbourhood's path, or without a token: "not found".
    let (status, _) = fetch(&t, &url, &k.ben).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let r = Client::new().get(t.url(&url)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let photo_id = photo["id"].as_i64().unwrap();
    let (status, body) = fetch(&t, &format!("{EAST}/posts/{id}/photos/{photo_id}"), &k.ben).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_ne!(&body[..2.min(body.len())], b"\xff\xd8");

    // Four at most.
    for _ in 0..3 {
        let (status, _) = upload(&t, &photos, &k.ana, png(20, 20)).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let (status, problem) = upload(&t, &photos, &k.ana, png(20, 20)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(t.count("post_photos").await, 4);
    assert_eq!(stored_files(&t), 8);

    // Only the author removes one; its files go with it.
    let (status, _) = call(&t, Method::DELETE, &url, &k.cleo, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(&t, Method::DELETE, &url, &k.ana, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(t.count("post_photos").await, 3);
    assert_eq!(stored_files(&t), 6);
    let (status, _) = fetch(&t, &url, &k.ana).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn messages_blocks_reports_and_moderation_over_the_api() {
    let t = TestApp::start().await;
    let k = tokens(&t).await;
    let commune = t
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
    let staff = token(&t, "testville", "staff@example.lu").await;
    let id_of = |email: &'static str| {
        let t = &t;
        async move {
            t.text(&format!(
                "SELECT CAST(id AS TEXT) FROM users WHERE email = '{email}'"
            ))
            .await
            .parse::<i64>()
            .unwrap()
        }
    };
    let (ana_id, cleo_id) = (
        id_of("ana@example.lu").await,
        id_of("cleo@example.lu").await,
    );

    // Cleo writes to Ana (once, whatever the repeats).
    let message =
        json!({ "to": ana_id, "body": "Is the ladder free?", "request_key": "api-msg-1" });
    let (status, sent) = call(
        &t,
        Method::POST,
        &format!("{COMMUNE}/messages"),
        &k.cleo,
        Some(message.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{sent}");
    let thread = sent["url"].as_str().unwrap().to_string();
    let (_, again) = call(
        &t,
        Method::POST,
        &format!("{COMMUNE}/messages"),
        &k.cleo,
        Some(message),
    )
    .await;
    assert_eq!(again["thread_id"], sent["thread_id"]);
    assert_eq!(t.count("messages").await, 1);

    // Ana sees it unread; reading marks it read. Nobody else reads it, staff included.
    let (_, inbox) = call(
        &t,
        Method::GET,
        &format!("{COMMUNE}/messages"),
        &k.ana,
        None,
    )
    .await;
    assert_eq!(inbox["unread_total"], 1);
    assert_eq!(
        inbox["threads"][0]["with_name"].as_str().map(str::is_empty),
        Some(false)
    );
    assert_eq!(inbox["threads"][0]["unread"], 1);
    for (who, expected) in [
        (&k.ben, StatusCode::NOT_FOUND),
        (&staff, StatusCode::FORBIDDEN),
    ] {
        let (status, body) = call(&t, Method::GET, &thread, who, None).await;
        assert_eq!(status, expected);
        assert!(!body.to_string().contains("ladder"), "{body}");
        let (status, _) = call(
            &t,
            Method::POST,
            &thread,
            who,
            Some(json!({ "body": "Let me in" })),
        )
        .await;
        assert_eq!(status, expected);
    }
    let (status, read) = call(&t, Method::GET, &thread, &k.ana, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read["messages"][0]["body"], "Is the ladder free?");
    assert_eq!(read["messages"][0]["mine"], false);
    assert_eq!(read["can_reply"], true);
    let (_, inbox) = call(
        &t,
        Method::GET,
        &format!("{COMMUNE}/messages"),
        &k.ana,
        None,
    )
    .await;
    assert_eq!(inbox["unread_total"], 0);
    let (status, _) = call(
        &t,
        Method::POST,
        &thread,
        &k.ana,
        Some(json!({ "body": "Yes, come by." })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, problem) = call(
        &t,
        Method::POST,
        &thread,
        &k.ana,
        Some(json!({ "body": "" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");

    // Nobody to write to: "not found", as for anyone the rules keep apart.
    let (status, _) = call(
        &t,
        Method::POST,
        &format!("{COMMUNE}/messages"),
        &k.cleo,
        Some(json!({ "to": 999_999, "body": "Hello?" })),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A post of Cleo's, then Ana blocks her: no messages either way, her post leaves
    // Ana's feed and is not found; unblocking brings it back.
    let (status, cleo_post) = call(
        &t,
        Method::POST,
        &format!("{WEST}/posts"),
        &k.cleo,
        Some(json!({ "kind": "give", "title": "Free apples", "body": "A basket" })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let cleo_post_path = format!("{WEST}/posts/{}", cleo_post["id"]);
    let (status, _) = call(
        &t,
        Method::POST,
        &format!("{COMMUNE}/blocks"),
        &k.ana,
        Some(json!({ "user_id": cleo_id })),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, blocked) = call(&t, Method::GET, &format!("{COMMUNE}/blocks"), &k.ana, None).await;
    assert_eq!(blocked[0]["user_id"], cleo_id);
    let (status, _) = call(
        &t,
        Method::POST,
        &thread,
        &k.cleo,
        Some(json!({ "body": "Hello again" })),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, feed) = call(&t, Method::GET, &format!("{WEST}/feed"), &k.ana, None).await;
    assert_eq!(feed["posts"].as_array().unwrap().len(), 0, "{feed}");
    let (status, _) = call(&t, Method::GET, &cleo_post_path, &k.ana, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &t,
        Method::POST,
        &format!("{COMMUNE}/blocks"),
        &k.ana,
        Some(json!({ "user_id": ana_id })),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "nobody blocks themself");
    let (status, _) = call(
        &t,
        Method::DELETE,
        &format!("{COMMUNE}/blocks/{cleo_id}"),
        &k.ana,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, feed) = call(&t, Method::GET, &format!("{WEST}/feed"), &k.ana, None).await;
    assert_eq!(feed["posts"][0]["title"], "Free apples");

    // Ana reports Cleo's post (twice is once); Ben cannot report what he cannot see.
    let report = json!({ "item": "post", "id": cleo_post["id"], "reason": "spam" });
    let (status, reported) = call(
        &t,
        Method::POST,
        &format!("{COMMUNE}/reports"),
        &k.ana,
        Some(report.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{reported}");
    let (status, _) = call(
        &t,
        Method::POST,
        &format!("{COMMUNE}/reports"),
        &k.ana,
        Some(report.clone()),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CREATED,
        "a repeated report is the same report"
    );
    let (status, _) = call(
        &t,
        Method::POST,
        &format!("{COMMUNE}/reports"),
        &k.ben,
        Some(report),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(t.count("reports").await, 1);

    // Residents have no queue; staff do, and hide the post with a reason.
    let (status, _) = call(
        &t,
        Method::GET,
        &format!("{COMMUNE}/moderation"),
        &k.ben,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, queue) = call(
        &t,
        Method::GET,
        &format!("{COMMUNE}/moderation"),
        &staff,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(queue[0]["item"]["title"], "Free apples");
    assert_eq!(queue[0]["reports"][0]["reason"], "spam");
    let decide = queue[0]["url"].as_str().unwrap().to_string();
    let (status, problem) = call(
        &t,
        Method::POST,
        &decide,
        &staff,
        Some(json!({ "decision": "hide", "reason": "" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let (status, decided) = call(
        &t,
        Method::POST,
        &decide,
        &staff,
        Some(json!({ "decision": "hide", "reason": "Advertising" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{decided}");
    assert_eq!(decided["item"]["hidden"], true);
    let (status, _) = call(
        &t,
        Method::POST,
        &decide,
        &staff,
        Some(json!({ "decision": "hide", "reason": "Again" })),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, queue) = call(
        &t,
        Method::GET,
        &format!("{COMMUNE}/moderation"),
        &staff,
        None,
    )
    .await;
    assert_eq!(queue.as_array().unwrap().len(), 0);
    let (_, feed) = call(&t, Method::GET, &format!("{WEST}/feed"), &k.ana, None).await;
    assert_eq!(feed["posts"].as_array().unwrap().len(), 0, "{feed}");
    assert_eq!(
        t.text("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")
            .await,
        "post-hidden"
    );
    // A forged post id (nobody's, or one she may not read) is not kept: the message
    // goes, without it (schemathesis found it answered 500).
    let forged = json!({ "to": ana_id, "body": "About that", "post_id": -4955261,
        "request_key": "api-msg-forged" });
    let (status, sent_forged) = call(
        &t,
        Method::POST,
        &format!("{COMMUNE}/messages"),
        &k.cleo,
        Some(forged),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{sent_forged}");
    assert_eq!(
        t.text("SELECT CASE WHEN post_id IS NULL THEN 'none' ELSE 'kept' END FROM messages WHERE request_key = 'api-msg-forged'")
            .await,
        "none"
    );
}

/// Starts an upload that sends its headers and a few bytes of a long body, then
/// nothing: what an attacker does to hold a turn as long as the server lets them.
async fn slow_upload(t: &TestApp, path: &str, token: &str) -> tokio::net::TcpStream {
    use tokio::io::AsyncWriteExt;
    let host = t.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/octet-stream\r\nContent-Length: 1000000\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&[0x89, b'P', b'N', b'G']).await.unwrap();
    stream
}

/// The status line of the answer on a raw connection.
async fn status_of(stream: &mut tokio::net::TcpStream) -> String {
    use tokio::io::AsyncReadExt;
    let mut buffer = [0u8; 64];
    // Bounded so that a wrong server fails the test instead of hanging it.
    let n = tokio::time::timeout(std::time::Duration::from_secs(30), stream.read(&mut buffer))
        .await
        .expect("an answer")
        .unwrap();
    String::from_utf8_lossy(&buffer[..n])
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The status line of an answer already sent on a raw connection, if any.
async fn answered(stream: &mut tokio::net::TcpStream) -> Option<String> {
    use tokio::io::AsyncReadExt;
    let mut buffer = [0u8; 64];
    // Reading is cancel-safe: a read that times out has taken nothing.
    match tokio::time::timeout(
        std::time::Duration::from_millis(5),
        stream.read(&mut buffer),
    )
    .await
    {
        Ok(Ok(n)) if n > 0 => Some(
            String::from_utf8_lossy(&buffer[..n])
                .lines()
                .next()
                .unwrap_or_default()
                .to_string(),
        ),
        _ => None,
    }
}

#[tokio::test]
async fn one_person_cannot_take_every_upload_turn() {
    let t = TestApp::start().await;
    let k = tokens(&t).await;
    let ana_post = lend_ladder(&t, &k.ana).await;
    let ana_photos = format!("{WEST}/posts/{ana_post}/photos");
    let (status, cleo_post) = call(
        &t,
        Method::POST,
        &format!("{WEST}/posts"),
        &k.cleo,
        Some(json!({ "kind": "give", "title": "Apples", "body": "A basket of apples" })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let cleo_photos = format!("{WEST}/posts/{}/photos", cleo_post["id"]);

    // Ana's slow upload takes a turn: once it holds it, her next upload is refused at
    // once. Until then each probe gets a turn and is refused as not hers: a probe to
    // Cleo's post, so that probing counts nothing against Ana's uploads an hour (on a
    // loaded machine the slow upload may take a while to reach its turn, and probes
    // of her own post would soon meet that limit, a 429 of another kind).
    // A probe holds Ana's turn while it is read: if one overtakes the slow upload on
    // its way in, the slow upload is the one refused (429) and closed, and is started
    // again, as an attacker would.
    let mut first = slow_upload(&t, &ana_photos, &k.ana).await;
    let mut refused = false;
    for _ in 0..200 {
        let (status, _) = upload(&t, &cleo_photos, &k.ana, b"not a picture".to_vec()).await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            refused = true;
            break;
        }
        assert_eq!(status, StatusCode::FORBIDDEN);
        if let Some(answer) = answered(&mut first).await {
            assert!(
                answer.contains(" 429 "),
                "the slow upload was answered: {answer}"
            );
            first = slow_upload(&t, &ana_photos, &k.ana).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(refused, "a second upload of Ana's while her first is read");
    // Two more slow uploads of hers would fill every turn; they are refused instead,
    // and Cleo still gets a turn (else she would wait, then hear "busy").
    for _ in 0..2 {
        let mut more = slow_upload(&t, &ana_photos, &k.ana).await;
        assert!(status_of(&mut more).await.contains(" 429 "));
    }
    let (status, photo) = upload(&t, &cleo_photos, &k.cleo, png(30, 20)).await;
    assert_eq!(status, StatusCode::CREATED, "{photo}");

    // When Ana's connection goes, so does her turn.
    drop(first);
    let mut added = StatusCode::TOO_MANY_REQUESTS;
    for _ in 0..200 {
        added = upload(&t, &ana_photos, &k.ana, png(30, 20)).await.0;
        if added != StatusCode::TOO_MANY_REQUESTS {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(added, StatusCode::CREATED);
}
