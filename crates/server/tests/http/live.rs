//! The event day's live rooms over a real WebSocket: what is said reaches those
//! listening, in order; a reader who was away resumes after the last id they had;
//! only those who may read a room may listen to it; the protocol's limits hold; and,
//! on PostgreSQL, two instances deliver each other's messages, also after one of
//! them is killed.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::activities::{api, residents, staff};
use crate::events::{add_stand, published, register, API};
use crate::support::{set_cookie, TestApp};

pub(crate) type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

fn live_path(event: i64) -> String {
    format!("/c/testville/events/{event}/live")
}

/// Opens the live socket of `event` on the server at `base` with an API token, or
/// the HTTP status the upgrade was answered with.
pub(crate) async fn open(base: &str, event: i64, token: Option<&str>) -> Result<Socket, u16> {
    open_with(base, event, |headers| {
        if let Some(token) = token {
            headers.insert(
                "authorization",
                HeaderValue::from_str(&format!("Bearer {token}")).unwrap(),
            );
        }
    })
    .await
}

async fn open_with(
    base: &str,
    event: i64,
    headers: impl FnOnce(&mut tokio_tungstenite::tungstenite::http::HeaderMap),
) -> Result<Socket, u16> {
    let url = format!("{}{}", base.replace("http://", "ws://"), live_path(event));
    let mut request = url.into_client_request().unwrap();
    headers(request.headers_mut());
    match tokio_tungstenite::connect_async(request).await {
        Ok((socket, _)) => Ok(socket),
        Err(WsError::Http(response)) => Err(response.status().as_u16()),
        Err(e) => panic!("the live socket failed: {e}"),
    }
}

/// The next JSON frame (pings skipped); panics after ten seconds.
pub(crate) async fn next(socket: &mut Socket) -> Value {
    next_within(socket, 10).await
}

/// The next JSON frame within `seconds` (pings skipped).
pub(crate) async fn next_within(socket: &mut Socket, seconds: u64) -> Value {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(seconds), socket.next())
            .await
            .expect("a frame in time")
            .expect("the socket is open")
            .expect("a frame");
        match message {
            Message::Text(text) => return serde_json::from_str(&text).unwrap(),
            Message::Ping(_) | Message::Pong(_) => continue,
            other => panic!("expected a text frame, got {other:?}"),
        }
    }
}

/// Frames until one of `kind` (included).
pub(crate) async fn until(socket: &mut Socket, kind: &str) -> Vec<Value> {
    let mut frames = Vec::new();
    loop {
        let frame = next(socket).await;
        let done = frame["type"] == kind;
        frames.push(frame);
        if done {
            return frames;
        }
    }
}

pub(crate) async fn send(socket: &mut Socket, frame: Value) {
    socket
        .send(Message::Text(frame.to_string().into()))
        .await
        .unwrap();
}

/// The close code the server ends the connection with (within ten seconds).
async fn closed_with(socket: &mut Socket) -> Option<u16> {
    loop {
        match tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("the server closes within ten seconds")
        {
            Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
            Some(Ok(_)) => continue,
            Some(Err(_)) | None => return None,
        }
    }
}

/// The ids of the lounge messages among `frames`.
fn message_ids(frames: &[Value]) -> Vec<i64> {
    frames
        .iter()
        .filter(|f| f["type"] == "message")
        .map(|f| f["message"]["id"].as_i64().unwrap())
        .collect()
}

/// Says `text` in the lounge through the API of the server at `base`: its id.
async fn say(base: &str, event: i64, token: &str, text: &str) -> i64 {
    let r = reqwest::Client::new()
        .post(format!("{base}{API}/{event}/lounge"))
        .bearer_auth(token)
        .json(&json!({"text": text, "request_key": format!("live-{}", rand::random::<u64>())}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    r.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
}

#[tokio::test]
async fn the_lounge_is_delivered_live_in_order_and_a_reader_resumes_after_the_last_id() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let people = residents(&t, "live", 3).await;
    let (ana, ben, carla) = (&people[0].1, &people[1].1, &people[2].1);
    register(&t, id, &[ana, ben]).await;

    // Those who may read none of the event's rooms are answered 404 before any
    // upgrade: Carla (not registered), anyone without an account, a wrong token.
    assert_eq!(open(&t.base, id, Some(carla)).await.err(), Some(404));
    assert_eq!(open(&t.base, id, None).await.err(), Some(404));
    assert_eq!(
        open(&t.base, id, Some("not-a-token")).await.err(),
        Some(404)
    );
    assert_eq!(open(&t.base, 999_999, Some(ana)).await.err(), Some(404));
    // Another site's page may not open it with a visitor's cookie.
    let foreign = open_with(&t.base, id, |h| {
        h.insert(
            "origin",
            HeaderValue::from_static("https://elsewhere.example"),
        );
    })
    .await;
    assert_eq!(foreign.err(), Some(403));
    // Without an upgrade, an allowed reader is told this is for live pages.
    let r = reqwest::Client::new()
        .get(format!("{}{}", t.base, live_path(id)))
        .bearer_auth(ana)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    // Ana listens to the lounge from the start.
    let mut listening = open(&t.base, id, Some(ana)).await.unwrap();
    send(
        &mut listening,
        json!({"type": "subscribe", "room": "lounge", "after": 0}),
    )
    .await;
    let first = until(&mut listening, "subscribed").await;
    assert!(message_ids(&first).is_empty());
    assert!(first.iter().any(|f| f["type"] == "presence"));
    assert!(first.last().unwrap()["place"].as_i64().is_some());

    // Ben says three things; they reach Ana in order, with their text and author.
    let mut said = Vec::new();
    for text in ["Moien!", "Who is new here?", "Ben, from Gare"] {
        said.push(say(&t.base, id, ben, text).await);
    }
    let mut heard = Vec::new();
    while heard.len() < 3 {
        let frame = next(&mut listening).await;
        if frame["type"] == "message" {
            assert_eq!(frame["room"], "lounge");
            heard.push(frame);
        }
    }
    assert_eq!(message_ids(&heard), said);
    assert_eq!(heard[0]["message"]["body"], "Moien!");
    assert!(heard[0]["message"]["author"]
        .as_str()
        .is_some_and(|a| !a.is_empty()));

    // Ana goes away; Ben says two more; Ana resumes after the last id she had and
    // gets exactly those two, no reset.
    let last = *said.last().unwrap();
    drop(listening);
    let missed = [
        say(&t.base, id, ben, "Anyone for a coffee?").await,
        say(&t.base, id, ben, "At the stand of the ASTI").await,
    ];
    let mut back = open(&t.base, id, Some(ana)).await.unwrap();
    send(
        &mut back,
        json!({"type": "subscribe", "room": "lounge", "after": last}),
    )
    .await;
    let resumed = until(&mut back, "subscribed").await;
    assert!(!resumed.iter().any(|f| f["type"] == "reset"), "{resumed:?}");
    assert_eq!(message_ids(&resumed), missed);

    // An organiser hides a message: listeners are told to remove it.
    let (status, out) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/lounge/{}/hide", missed[0]),
        Some(&staff_token),
        None,
    )
    .await;
    assert!(status.is_success(), "{status} {out}");
    let hidden = until(&mut back, "hidden").await;
    assert_eq!(hidden.last().unwrap()["id"].as_i64(), Some(missed[0]));

    // Rooms one may not read are refused, the connection stays.
    send(
        &mut back,
        json!({"type": "subscribe", "room": "stand", "stand": 999_999}),
    )
    .await;
    assert_eq!(
        until(&mut back, "refused").await.last().unwrap()["reason"],
        "not_found"
    );
    send(&mut back, json!({"type": "dance"})).await;
    assert_eq!(
        until(&mut back, "refused").await.last().unwrap()["reason"],
        "bad_frame"
    );
    send(
        &mut back,
        json!({"type": "subscribe", "room": "lounge", "after": -1}),
    )
    .await;
    assert_eq!(
        until(&mut back, "refused").await.last().unwrap()["reason"],
        "bad_frame"
    );
    let alive = say(&t.base, id, ana, "Still here").await;
    let frames = until(&mut back, "message").await;
    assert_eq!(message_ids(&frames), vec![alive]);

    // Someone who walks away for longer than a page of messages gets a reset and
    // the latest page, not an unbounded backlog.
    let mut oldest = open(&t.base, id, Some(ana)).await.unwrap();
    gemeng_db::test_support::lounge_messages(&t.db, id, 105).await;
    send(
        &mut oldest,
        json!({"type": "subscribe", "room": "lounge", "after": 0}),
    )
    .await;
    let page = until(&mut oldest, "subscribed").await;
    assert_eq!(page[0]["type"], "reset");
    assert_eq!(message_ids(&page).len(), 100);
}

#[tokio::test]
async fn a_stands_questions_and_answers_appear_live_to_those_at_the_stand() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let stand = add_stand(&t, &staff_token, id, json!({"organisation": "ASTI"})).await;
    let people = residents(&t, "qa", 2).await;
    let (ana, ben) = (&people[0].1, &people[1].1);
    register(&t, id, &[ana, ben]).await;
    let questions = format!("{API}/{id}/stands/{stand}/questions");

    let mut at_stand = open(&t.base, id, Some(ana)).await.unwrap();
    send(
        &mut at_stand,
        json!({"type": "subscribe", "room": "stand", "stand": stand}),
    )
    .await;
    let first = until(&mut at_stand, "subscribed").await;
    assert_eq!(first[0]["type"], "reset");

    let (status, asked) = api(
        &t,
        Method::POST,
        &questions,
        Some(ben),
        Some(json!({"text": "Where do I learn Luxembourgish?", "request_key": "qa-live-1"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{asked}");
    let q = asked["id"].as_i64().unwrap();
    let frame = until(&mut at_stand, "question").await.pop().unwrap();
    assert_eq!(frame["stand"].as_i64(), Some(stand));
    assert_eq!(frame["question"]["id"].as_i64(), Some(q));
    assert_eq!(frame["question"]["upvotes"], 0);
    assert!(frame["question"]["answer_html"].is_null());

    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{questions}/{q}/upvote"),
        Some(ana),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let frame = until(&mut at_stand, "question").await.pop().unwrap();
    assert_eq!(frame["question"]["upvotes"], 1);

    let (status, out) = api(
        &t,
        Method::POST,
        &format!("{questions}/{q}/answer"),
        Some(&staff_token),
        Some(json!({"text": "At the commune's language café, see https://example.lu"})),
    )
    .await;
    assert!(status.is_success(), "{status} {out}");
    let frame = until(&mut at_stand, "question").await.pop().unwrap();
    let answer = frame["question"]["answer_html"].as_str().unwrap();
    assert!(
        answer.contains("language café") && answer.contains("<a "),
        "{answer}"
    );

    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{questions}/{q}/hide"),
        Some(&staff_token),
        None,
    )
    .await;
    assert!(status.is_success());
    let frame = until(&mut at_stand, "hidden").await.pop().unwrap();
    assert_eq!(
        (frame["room"].as_str(), frame["id"].as_i64()),
        (Some("stand"), Some(q))
    );
}

#[tokio::test]
async fn the_protocols_limits_hold_against_a_hammering_client() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let people = residents(&t, "ham", 2).await;
    let (ana, ben) = (&people[0].1, &people[1].1);
    register(&t, id, &[ana, ben]).await;

    // An oversized frame ends the connection; nothing else breaks.
    let mut big = open(&t.base, id, Some(ana)).await.unwrap();
    let _ = big.send(Message::Text("x".repeat(4_096).into())).await;
    assert_eq!(
        closed_with(&mut big).await,
        Some(u16::from(CloseCode::Policy))
    );

    // Too many frames in a window: closed for breaking the policy.
    let mut chatty = open(&t.base, id, Some(ana)).await.unwrap();
    for _ in 0..40 {
        if chatty
            .send(Message::Text(
                json!({"type": "unsubscribe", "room": "lounge"})
                    .to_string()
                    .into(),
            ))
            .await
            .is_err()
        {
            break;
        }
    }
    assert_eq!(closed_with(&mut chatty).await, Some(1008));

    // More rooms than a page needs are refused.
    let many = open(&t.base, id, Some(ana)).await.unwrap();
    let mut stands = Vec::new();
    for n in 0..5 {
        stands.push(
            add_stand(
                &t,
                &staff_token,
                id,
                json!({"organisation": format!("Stand {n}")}),
            )
            .await,
        );
    }
    // The connection knows the stands there were when it opened; a fresh one these.
    drop(many);
    let mut many = open(&t.base, id, Some(ana)).await.unwrap();
    for stand in &stands[..4] {
        send(
            &mut many,
            json!({"type": "subscribe", "room": "stand", "stand": stand}),
        )
        .await;
        until(&mut many, "subscribed").await;
    }
    send(
        &mut many,
        json!({"type": "subscribe", "room": "stand", "stand": stands[4]}),
    )
    .await;
    assert_eq!(
        until(&mut many, "refused").await.last().unwrap()["reason"],
        "too_many_rooms"
    );
    drop(many);

    // One account holds a bounded number of connections; Ben is not locked out by
    // Ana's.
    let mut held = Vec::new();
    let refused = loop {
        match open(&t.base, id, Some(ana)).await {
            Ok(socket) => held.push(socket),
            Err(status) => break status,
        }
        assert!(held.len() <= 6, "more than six connections for one account");
    };
    assert_eq!(refused, 429);
    let mut ben_socket = open(&t.base, id, Some(ben)).await.unwrap();
    send(
        &mut ben_socket,
        json!({"type": "subscribe", "room": "lounge", "after": 0}),
    )
    .await;
    until(&mut ben_socket, "subscribed").await;
    // Closed connections give their turn back.
    held.clear();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(open(&t.base, id, Some(ana)).await.is_ok());
    // A session cookie works as well as a token, from Gemeng's own pages.
    let r = t
        .browser()
        .login("testville", "staff@example.lu", crate::support::PASSWORD)
        .await;
    let cookie = set_cookie(&r, "gemeng_session").expect("a session cookie");
    let base = t.base.clone();
    let mut organiser = open_with(&t.base, id, |h| {
        h.insert(
            "cookie",
            HeaderValue::from_str(&format!("gemeng_session={cookie}")).unwrap(),
        );
        h.insert("origin", HeaderValue::from_str(&base).unwrap());
    })
    .await
    .unwrap();
    send(
        &mut organiser,
        json!({"type": "subscribe", "room": "lounge"}),
    )
    .await;
    let frames = until(&mut organiser, "subscribed").await;
    assert_eq!(frames[0]["type"], "reset");
    assert!(frames.last().unwrap()["place"].is_null());

    // A client reconnecting in a loop is slowed down by a limit kept in the database
    // (30 a minute, the connections above included), one at a time as it goes; Ben
    // still connects.
    let mut opened = 0;
    let refused = loop {
        match open(&t.base, id, Some(ana)).await {
            Ok(mut socket) => {
                opened += 1;
                let _ = socket.close(None).await;
                drop(socket);
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(status) => break status,
        }
        assert!(opened <= 30, "more than 30 connections in a minute");
    };
    assert_eq!(refused, 429);
    assert!(opened > 10, "refused after {opened} only");
    let mut ben_again = open(&t.base, id, Some(ben)).await.unwrap();
    send(
        &mut ben_again,
        json!({"type": "subscribe", "room": "lounge"}),
    )
    .await;
    until(&mut ben_again, "subscribed").await;
}

#[tokio::test]
async fn two_instances_deliver_each_others_messages_and_a_reader_resumes_on_the_survivor() {
    if gemeng_db::test_support::engine() != gemeng_db::Engine::Postgres {
        // Several instances share PostgreSQL; an SQLite file has one.
        return;
    }
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let people = residents(&t, "two", 4).await;
    let tokens: Vec<&str> = people.iter().map(|(_, t)| t.as_str()).collect();
    register(&t, id, &tokens).await;
    let files = std::env::temp_dir().join(format!("gemeng-live-{}", rand::random::<u64>()));
    let mut b = crate::ledger_crash::start_server(&t.database_url, &files).await;
    let a = t.base.clone();

    // Ana listens on A, Ben on B.
    let mut on_a = open(&a, id, Some(tokens[0])).await.unwrap();
    let mut on_b = open(&b.base, id, Some(tokens[1])).await.unwrap();
    for socket in [&mut on_a, &mut on_b] {
        send(
            socket,
            json!({"type": "subscribe", "room": "lounge", "after": 0}),
        )
        .await;
        until(socket, "subscribed").await;
    }
    // Four people say things on both instances in turn: both listeners hear all of
    // them, in the order of their ids.
    let mut said = Vec::new();
    for round in 0..3 {
        for (n, token) in tokens.iter().enumerate() {
            let base = if n % 2 == 0 { &a } else { &b.base };
            said.push(say(base, id, token, &format!("round {round}, person {n}")).await);
        }
    }
    for socket in [&mut on_a, &mut on_b] {
        let mut heard = Vec::new();
        while heard.len() < said.len() {
            let frame = next(socket).await;
            if frame["type"] == "message" {
                heard.push(frame["message"]["id"].as_i64().unwrap());
            }
        }
        assert_eq!(heard, said);
    }

    // B is killed: its listener comes back on A after the last id it had, and gets
    // what was said meanwhile.
    b.child.kill().unwrap();
    b.child.wait().unwrap();
    let last = *said.last().unwrap();
    assert!(closed_with(&mut on_b).await.is_none_or(|code| code != 1000));
    let meanwhile = [
        say(&a, id, tokens[2], "B went down").await,
        say(&a, id, tokens[3], "Still talking on A").await,
    ];
    let mut moved = open(&a, id, Some(tokens[1])).await.unwrap();
    send(
        &mut moved,
        json!({"type": "subscribe", "room": "lounge", "after": last}),
    )
    .await;
    assert_eq!(
        message_ids(&until(&mut moved, "subscribed").await),
        meanwhile
    );
    let _ = std::fs::remove_dir_all(files);
}

#[tokio::test]
async fn an_open_connection_counts_its_participant_as_present_in_the_hall_or_at_a_stand() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let stand = add_stand(&t, &staff_token, id, json!({"organisation": "ASTI"})).await;
    let people = residents(&t, "here", 1).await;
    register(&t, id, &[&people[0].1]).await;
    // The day is running.
    let now = gemeng::app::now();
    t.execute(&format!(
        "UPDATE events SET starts_at = {}, ends_at = {} WHERE id = {id}",
        now - 600,
        now + 3_600
    ))
    .await;

    // Ana only listens (no page loads): nobody is counted until her connection is.
    let mut listening = open(&t.base, id, Some(&people[0].1)).await.unwrap();
    send(
        &mut listening,
        json!({"type": "subscribe", "room": "lounge", "after": 0}),
    )
    .await;
    let first = until(&mut listening, "subscribed").await;
    let count = |f: &Value| f["count"].as_i64();
    assert_eq!(
        first
            .iter()
            .find(|f| f["type"] == "presence")
            .and_then(count),
        Some(0)
    );
    // Within a heartbeat (15 s) her connection is written as a stay in the hall, and
    // the lounge is told one person is here.
    loop {
        let frame = next_within(&mut listening, 25).await;
        if frame["type"] == "presence" && count(&frame) == Some(1) {
            break;
        }
    }
    assert_eq!(t.count("event_visits").await, 1);
    let at_stand = format!("SELECT COUNT(*) FROM event_visits WHERE stand_id = {stand}");
    assert_eq!(
        t.text(&format!("SELECT CAST(({at_stand}) AS TEXT)")).await,
        "0"
    );
    // At a stand, a heartbeat (at most two: one may have been under way) writes her
    // stay there.
    send(
        &mut listening,
        json!({"type": "subscribe", "room": "stand", "stand": stand}),
    )
    .await;
    until(&mut listening, "subscribed").await;
    let mut heartbeats = 0;
    while t.text(&format!("SELECT CAST(({at_stand}) AS TEXT)")).await == "0" {
        let frame = next_within(&mut listening, 25).await;
        if frame["type"] == "presence" {
            heartbeats += 1;
            assert!(heartbeats <= 2, "no stay at the stand after two heartbeats");
        }
    }
}
