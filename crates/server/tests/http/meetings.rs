//! "Meet someone" at an event day, with rounds of two seconds (a minute in
//! production): those who ask together are paired by a language both speak, once;
//! someone nobody fits is told after three rounds; people who met already or blocked
//! each other are not paired; a private chat is read and written by its two people
//! only, for five minutes; its messages and the pairing reach open pages live; two
//! instances running rounds on one database pair each person once.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::activities::{api, residents, staff};
use crate::events::{published, register, API};
use crate::live::{open, send, until};
use crate::support::TestApp;

/// The rounds' length in these tests, in seconds.
const ROUND: i64 = 2;

async fn start() -> TestApp {
    TestApp::start_configured(false, |c| c.meeting_round_seconds = ROUND).await
}

fn meeting_path(event: i64) -> String {
    format!("{API}/{event}/meeting")
}

async fn ask(t: &TestApp, event: i64, token: &str, languages: &[&str]) -> (StatusCode, Value) {
    api(
        t,
        Method::POST,
        &meeting_path(event),
        Some(token),
        Some(json!({ "languages": languages })),
    )
    .await
}

async fn meeting(t: &TestApp, event: i64, token: &str) -> Value {
    let (status, out) = api(t, Method::GET, &meeting_path(event), Some(token), None).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    out
}

/// The caller's meeting once no longer waiting (rounds run by the server itself);
/// panics after 30 seconds.
async fn settled(t: &TestApp, event: i64, token: &str) -> Value {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let out = meeting(t, event, token).await;
        if out["state"] != "waiting" {
            return out;
        }
        assert!(std::time::Instant::now() < deadline, "still waiting: {out}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

pub(crate) fn field_of(out: &Value) -> Vec<String> {
    out["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    format!(
                        "{}:{}",
                        e["field"].as_str().unwrap(),
                        e["code"].as_str().unwrap()
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn say(t: &TestApp, event: i64, chat: i64, token: &str, text: &str) -> (StatusCode, Value) {
    api(
        t,
        Method::POST,
        &format!("{API}/{event}/chats/{chat}"),
        Some(token),
        Some(json!({"text": text, "request_key": format!("chat-{}", rand::random::<u64>())})),
    )
    .await
}

#[tokio::test]
async fn those_who_ask_together_meet_in_a_shared_language_and_nobody_else_reads_their_chat() {
    let t = start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let people = residents(&t, "meet", 5).await;
    let (ana, ben, carla, dan, eve) = (
        &people[0].1,
        &people[1].1,
        &people[2].1,
        &people[3].1,
        &people[4].1,
    );
    register(&t, id, &[ana, ben, carla, dan]).await;

    // Before asking: nothing, and no chat.
    let before = meeting(&t, id, ana).await;
    assert_eq!(before["state"], "none");
    assert_eq!(before["chats"], json!([]));
    // Eve is not registered: told so, nothing stored; the organiser does not meet.
    let (status, out) = ask(&t, id, eve, &["fr"]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
    assert_eq!(field_of(&out), ["languages:lounge-error-not-registered"]);
    let (status, _) = api(&t, Method::GET, &meeting_path(id), Some(eve), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(t.count("event_meet_requests").await, 0);

    // Ana speaks French and Portuguese, Ben German and Portuguese, Carla only
    // Luxembourgish: Ana and Ben meet in Portuguese, Carla waits three rounds.
    for (token, languages) in [
        (ana, &["fr", "pt"][..]),
        (ben, &["pt", "de"]),
        (carla, &["lb"]),
    ] {
        let (status, out) = ask(&t, id, token, languages).await;
        assert_eq!(status, StatusCode::OK, "{out}");
        assert_eq!(out["state"], "waiting", "{out}");
    }
    // Asking again while waiting keeps the first request.
    let (status, _) = ask(&t, id, ana, &["fr", "pt"]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(t.count("event_meet_requests").await, 3);

    let met = settled(&t, id, ana).await;
    assert_eq!(met["state"], "paired", "{met}");
    let chat = met["chat"].as_i64().unwrap();
    assert_eq!(met["chats"][0]["id"].as_i64(), Some(chat));
    assert_eq!(met["chats"][0]["language"], "pt");
    assert_eq!(met["chats"][0]["with"], "Resident 1");
    assert_eq!(met["chats"][0]["open"], true);
    let ben_side = settled(&t, id, ben).await;
    assert_eq!(ben_side["chat"].as_i64(), Some(chat));
    assert_eq!(ben_side["chats"][0]["with"], "Resident 0");
    let alone = settled(&t, id, carla).await;
    assert_eq!(alone["state"], "unpaired", "{alone}");
    assert_eq!(alone["chats"], json!([]));

    // The two talk; only they read it: not Carla, not Dan, not the organiser, not
    // someone of another commune or nobody; a forged chat id is not found either.
    let (status, out) = say(&t, id, chat, ana, "Olá! Sou a Ana.").await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
    let (status, out) = say(&t, id, chat, ben, "Olá Ana, chamo-me Ben.").await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
    let chat_path = format!("{API}/{id}/chats/{chat}");
    let (status, read) = api(&t, Method::GET, &chat_path, Some(ben), None).await;
    assert_eq!(status, StatusCode::OK, "{read}");
    let bodies: Vec<&str> = read["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["body"].as_str().unwrap())
        .collect();
    assert_eq!(bodies, ["Olá! Sou a Ana.", "Olá Ana, chamo-me Ben."]);
    assert_eq!(read["messages"][1]["mine"], true);
    assert_eq!(read["messages"][0]["mine"], false);
    for outsider in [
        Some(carla.as_str()),
        Some(dan.as_str()),
        Some(staff_token.as_str()),
        Some(eve.as_str()),
        None,
    ] {
        let (status, out) = api(&t, Method::GET, &chat_path, outsider, None).await;
        assert!(
            status == StatusCode::NOT_FOUND
                || status == StatusCode::UNAUTHORIZED
                || status == StatusCode::FORBIDDEN,
            "{status} {out}"
        );
        assert!(!out.to_string().contains("Sou a Ana"), "{out}");
        let (status, _) = say(&t, id, chat, outsider.unwrap_or("none"), "Hello?").await;
        assert!(status.is_client_error(), "{status}");
    }
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("{API}/{id}/chats/{}", chat + 1000),
        Some(ana),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The chat's page answers the same to an outsider's browser.
    let (status, html) = t
        .browser()
        .page(&format!("/c/testville/events/{id}/chats/{chat}"))
        .await;
    assert!(
        status.is_client_error() || status.is_redirection(),
        "{status}"
    );
    assert!(!html.contains("Sou a Ana"));
    assert_eq!(t.count("event_private_messages").await, 2);

    // Bad input stores nothing.
    let (status, out) = say(&t, id, chat, ana, "   ").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
    let (status, _) = say(&t, id, chat, ana, &"a".repeat(501)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(t.count("event_private_messages").await, 2);

    // Five minutes later the chat is closed: still read, no longer written.
    t.execute(&format!(
        "UPDATE event_private_chats SET started_at = started_at - 301 WHERE id = {chat}"
    ))
    .await;
    let (status, out) = say(&t, id, chat, ben, "Still there?").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
    assert_eq!(field_of(&out), ["body:chat-error-closed"]);
    let (status, read) = api(&t, Method::GET, &chat_path, Some(ana), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read["chat"]["open"], false);
    assert_eq!(read["messages"].as_array().unwrap().len(), 2);

    // Ana and Ben, who met already, are not paired again; Dan, who blocked Carla,
    // is not paired with her: four askers, no pair, all told after three rounds.
    t.execute(&format!(
        "INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES ({}, {}, 0)",
        people[3].0, people[2].0
    ))
    .await;
    for (token, languages) in [
        (ana, &["pt"][..]),
        (ben, &["pt"]),
        (carla, &["lb"]),
        (dan, &["lb"]),
    ] {
        let (status, out) = ask(&t, id, token, languages).await;
        assert_eq!(status, StatusCode::OK, "{out}");
    }
    for token in [ana, ben, carla, dan] {
        assert_eq!(settled(&t, id, token).await["state"], "unpaired");
    }
    assert_eq!(t.count("event_private_chats").await, 1);
}

#[tokio::test]
async fn bad_requests_are_told_and_asking_again_and_again_is_bounded() {
    let t = start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let people = residents(&t, "ask", 2).await;
    let (ana, ben) = (&people[0].1, &people[1].1);
    register(&t, id, &[ana, ben]).await;

    for (body, expected) in [
        (json!({"languages": []}), "languages:meet-error-no-language"),
        (json!({}), "languages:meet-error-no-language"),
        (
            json!({"languages": ["fr", "klingon"]}),
            "languages:meet-error-unknown-language",
        ),
        (
            json!({"languages": ["fr", "de", "pt", "en", "lb", "fr"]}),
            "languages:meet-error-unknown-language",
        ),
        (
            json!({"languages": ["fr"], "preferred": "de"}),
            "preferred:meet-error-preferred",
        ),
    ] {
        let (status, out) = api(
            &t,
            Method::POST,
            &meeting_path(id),
            Some(ana),
            Some(body.clone()),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {out}");
        assert_eq!(field_of(&out), [expected], "{body}");
    }
    let (status, _) = api(
        &t,
        Method::POST,
        &meeting_path(id),
        Some(ana),
        Some(json!({"languages": "fr"})),
    )
    .await;
    assert!(status.is_client_error(), "{status}");
    assert_eq!(t.count("event_meet_requests").await, 0);
    // In the caller's language.
    let (status, out) = crate::support::api_json(
        &t,
        Method::POST,
        &meeting_path(id),
        Some(ana),
        Some(json!({"languages": []})),
        Some("pt"),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        out.to_string().contains("Escolha pelo menos uma língua"),
        "{out}"
    );

    // Asking and withdrawing twenty times in an hour is allowed; the 21st is 429,
    // and Ben is not affected.
    for _ in 0..20 {
        let (status, out) = ask(&t, id, ana, &["fr"]).await;
        assert_eq!(status, StatusCode::OK, "{out}");
        let (status, out) = api(&t, Method::DELETE, &meeting_path(id), Some(ana), None).await;
        assert_eq!(status, StatusCode::OK, "{out}");
        assert_eq!(out["state"], "none");
    }
    let (status, _) = ask(&t, id, ana, &["fr"]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let (status, out) = ask(&t, id, ben, &["fr"]).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    assert_eq!(t.count("event_meet_requests").await, 21);

    // The pages: the lounge offers "meet someone" to the registered; without a
    // language ticked, the form says so at its field.
    let browser = t.browser();
    let ana_email = "ask0@example.lu";
    t.execute(&format!(
        "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'staff@example.lu') WHERE email = '{ana_email}'"
    ))
    .await;
    browser
        .login("testville", ana_email, crate::support::PASSWORD)
        .await;
    let lounge = format!("/c/testville/events/{id}/lounge");
    let (status, html) = browser.page(&lounge).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("id=\"meet\""), "{html}");
    let r = browser
        .submit(&lounge, &format!("/c/testville/events/{id}/meet"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = crate::support::body(r).await;
    assert!(html.contains("languages-error"), "{html}");
}

#[tokio::test]
async fn the_pairing_and_the_chat_reach_open_pages_live_and_outsiders_cannot_listen() {
    let t = start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let people = residents(&t, "wsmeet", 3).await;
    let (ana, ben, carla) = (&people[0].1, &people[1].1, &people[2].1);
    register(&t, id, &[ana, ben, carla]).await;

    let mut ana_socket = open(&t.base, id, Some(ana)).await.unwrap();
    send(
        &mut ana_socket,
        json!({"type": "subscribe", "room": "meeting"}),
    )
    .await;
    let first = until(&mut ana_socket, "subscribed").await;
    let now = first.iter().find(|f| f["type"] == "meeting").unwrap();
    assert_eq!(now["state"], "none");

    ask(&t, id, ana, &["en"]).await;
    ask(&t, id, ben, &["en", "fr"]).await;
    // The round's pairing reaches Ana's open page.
    let told = loop {
        let frames = until(&mut ana_socket, "meeting").await;
        let frame = frames.last().unwrap().clone();
        if frame["state"] == "paired" {
            break frame;
        }
    };
    let chat = told["chat"]["id"].as_i64().unwrap();
    assert_eq!(told["chat"]["with"], "Resident 1");
    assert_eq!(told["chat"]["language"], "en");
    assert_eq!(
        told["chat"]["closes_at"].as_i64().unwrap() - told["chat"]["started_at"].as_i64().unwrap(),
        300
    );

    // Ana listens to the chat; Ben's words reach her; Carla may not listen.
    send(
        &mut ana_socket,
        json!({"type": "subscribe", "room": "chat", "chat": chat, "after": 0}),
    )
    .await;
    until(&mut ana_socket, "subscribed").await;
    let (status, said) = say(&t, id, chat, ben, "Hi Ana!").await;
    assert_eq!(status, StatusCode::CREATED);
    let frames = until(&mut ana_socket, "message").await;
    let message = frames.last().unwrap();
    assert_eq!(message["room"], "chat");
    assert_eq!(message["chat"].as_i64(), Some(chat));
    assert_eq!(message["message"]["id"], said["id"]);
    assert_eq!(message["message"]["body"], "Hi Ana!");

    let mut carla_socket = open(&t.base, id, Some(carla)).await.unwrap();
    for room in [
        json!({"type": "subscribe", "room": "chat", "chat": chat}),
        json!({"type": "subscribe", "room": "chat", "chat": chat + 1}),
    ] {
        send(&mut carla_socket, room).await;
        assert_eq!(
            until(&mut carla_socket, "refused").await.last().unwrap()["reason"],
            "not_found"
        );
    }
    // The organiser, who reads the lounge, does not read private chats either.
    let mut organiser = open(&t.base, id, Some(&staff_token)).await.unwrap();
    send(
        &mut organiser,
        json!({"type": "subscribe", "room": "chat", "chat": chat}),
    )
    .await;
    assert_eq!(
        until(&mut organiser, "refused").await.last().unwrap()["reason"],
        "not_found"
    );
    send(
        &mut organiser,
        json!({"type": "subscribe", "room": "meeting"}),
    )
    .await;
    assert_eq!(
        until(&mut organiser, "refused").await.last().unwrap()["reason"],
        "not_found"
    );

    // Ana comes back after the first message: she resumes with what she missed only.
    drop(ana_socket);
    let (_, missed) = say(&t, id, chat, ben, "Are you there?").await;
    let mut back = open(&t.base, id, Some(ana)).await.unwrap();
    send(
        &mut back,
        json!({"type": "subscribe", "room": "chat", "chat": chat, "after": said["id"]}),
    )
    .await;
    let resumed = until(&mut back, "subscribed").await;
    let ids: Vec<&Value> = resumed
        .iter()
        .filter(|f| f["type"] == "message")
        .map(|f| &f["message"]["id"])
        .collect();
    assert_eq!(ids, [&missed["id"]]);
}

#[tokio::test]
async fn two_instances_running_rounds_pair_each_person_once() {
    let t = start().await;
    t.fixture().await;
    let other = t
        .another_instance_configured(|c| c.meeting_round_seconds = ROUND)
        .await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let people = residents(&t, "twice", 10).await;
    let tokens: Vec<&str> = people.iter().map(|(_, token)| token.as_str()).collect();
    register(&t, id, &tokens).await;
    // Half ask on each instance, everyone in French: five pairs.
    for (i, token) in tokens.iter().enumerate() {
        let on = if i % 2 == 0 { &t } else { &other };
        let (status, out) = ask(on, id, token, &["fr"]).await;
        assert_eq!(status, StatusCode::OK, "{out}");
    }
    for token in &tokens {
        assert_eq!(settled(&t, id, token).await["state"], "paired");
    }
    assert_eq!(t.count("event_private_chats").await, 5);
    let everyone = t
        .text(
            "SELECT CAST(COUNT(DISTINCT p) AS TEXT) FROM (
               SELECT first_registration_id AS p FROM event_private_chats
               UNION ALL SELECT second_registration_id FROM event_private_chats) AS x",
        )
        .await;
    assert_eq!(everyone, "10");
}
