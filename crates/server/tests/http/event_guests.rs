//! Guests on the day: confirming a place by the mailed link gives the browser a pass
//! to that event's rooms only. With it, a guest without an account posts in the
//! lounge, asks and upvotes at a stand, meets someone and chats, reports, and listens
//! live; without it, or at another event, or with a forged pass, nothing opens.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

use crate::activities::{api, residents, staff};
use crate::events::{add_stand, published, register, API};
use crate::live::{send, until};
use crate::support::{link_in, location, set_cookie, Browser, TestApp};

const LIST: &str = "/c/testville/events";

/// A guest's browser, confirmed at event `id` by the mailed link: the browser and
/// its pass.
async fn confirmed_guest(t: &TestApp, id: i64, name: &str, email: &str) -> (Browser, String) {
    let page = format!("{LIST}/{id}");
    let b = t.browser();
    let r = b
        .submit(
            &page,
            &format!("{page}/guests"),
            &[("name", name), ("email", email)],
        )
        .await;
    assert_eq!(location(&r), format!("{page}?done=check"));
    let mail = t
        .smtp()
        .wait_for(&email.to_lowercase(), "Confirm your place")
        .await;
    let link = link_in(&mail.body, &t.url("/c/testville/events/confirm?t="));
    let confirm_path = link.trim_start_matches(&t.base).to_string();
    let token = confirm_path.split("t=").nth(1).unwrap().to_string();
    let r = b
        .submit(
            &confirm_path,
            "/c/testville/events/confirm",
            &[("t", &token)],
        )
        .await;
    assert_eq!(location(&r), format!("{page}?done=confirmed"));
    let pass = set_cookie(&r, "gemeng_event_pass").expect("a pass");
    let header = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("gemeng_event_pass="))
        .unwrap();
    assert!(header.contains(&format!("Path={page}")), "{header}");
    assert!(header.contains("HttpOnly"), "{header}");
    (b, pass)
}

#[tokio::test]
async fn a_confirmed_guest_takes_part_in_the_day_with_the_pass_of_that_day_only() {
    let t = TestApp::start_configured(true, |c| c.meeting_round_seconds = 1).await;
    t.fixture().await;
    let (_, organiser) = staff(&t).await;
    let id = published(&t, &organiser, "public", 50).await;
    let other = published(&t, &organiser, "public", 51).await;
    assert_ne!(other, id);
    let stand = add_stand(&t, &organiser, id, json!({"organisation": "ASTI"})).await;
    let people = residents(&t, "guestday", 1).await;
    let ana = &people[0].1;
    register(&t, id, &[ana]).await;
    let (rosa, pass) = confirmed_guest(&t, id, "Dona Rosa", "Rosa@Example.org").await;
    let page = format!("{LIST}/{id}");

    // The lounge: she reads and posts.
    let (status, html) = rosa.page(&format!("{page}/lounge")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("id=\"say\""), "{html}");
    let r = rosa
        .submit(
            &format!("{page}/lounge"),
            &format!("{page}/lounge"),
            &[("body", "Bom dia a todos!")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", location(&r));
    let (_, lounge) = api(
        &t,
        Method::GET,
        &format!("{API}/{id}/lounge"),
        Some(ana),
        None,
    )
    .await;
    assert!(lounge.to_string().contains("Bom dia a todos!"), "{lounge}");
    assert!(lounge.to_string().contains("Dona Rosa"), "{lounge}");

    // A stand: she asks, and upvotes Ana's question.
    let stand_page = format!("{page}/stands/{stand}");
    let r = rosa
        .submit(
            &stand_page,
            &format!("{stand_page}/questions"),
            &[("body", "Onde posso aprender francês?")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (status, asked) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/stands/{stand}/questions"),
        Some(ana),
        Some(json!({"text": "Is there a crèche?", "request_key": "guest-day-ana-1"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{asked}");
    let question = asked["id"].as_i64().unwrap();
    let r = rosa
        .submit(
            &stand_page,
            &format!("{stand_page}/questions/{question}/upvote"),
            &[],
        )
        .await;
    assert!(location(&r).contains("done=upvoted"), "{}", location(&r));
    let (_, questions) = api(
        &t,
        Method::GET,
        &format!("{API}/{id}/stands/{stand}/questions"),
        Some(ana),
        None,
    )
    .await;
    let upvotes: Vec<i64> = questions["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["id"] == json!(question))
        .map(|q| q["upvotes"].as_i64().unwrap())
        .collect();
    assert_eq!(upvotes, [1], "{questions}");

    // She listens live with her pass (the page's cookie, from Gemeng's own page).
    let url = format!("{}{page}/live", t.base.replace("http://", "ws://"));
    let mut request = url.clone().into_client_request().unwrap();
    request.headers_mut().insert(
        "cookie",
        HeaderValue::from_str(&format!("gemeng_event_pass={pass}")).unwrap(),
    );
    let (mut socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .expect("the guest listens");
    send(
        &mut socket,
        json!({"type": "subscribe", "room": "lounge", "after": 0}),
    )
    .await;
    let frames = until(&mut socket, "subscribed").await;
    assert!(frames
        .iter()
        .any(|f| f["type"] == "message" && f["message"]["body"] == "Bom dia a todos!"));
    assert!(frames.last().unwrap()["place"].as_i64().is_some());

    // She meets Ana and they chat; she reports nothing of her own.
    let r = rosa
        .submit(
            &format!("{page}/lounge"),
            &format!("{page}/meet"),
            &[("language", "en")],
        )
        .await;
    assert!(location(&r).contains("done=asked"), "{}", location(&r));
    let (status, out) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/meeting"),
        Some(ana),
        Some(json!({"languages": ["en"]})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{out}");
    let chat = loop {
        let (_, out) = api(
            &t,
            Method::GET,
            &format!("{API}/{id}/meeting"),
            Some(ana),
            None,
        )
        .await;
        if let Some(chat) = out["chat"].as_i64() {
            break chat;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    let (_, html) = rosa.page(&format!("{page}/lounge")).await;
    assert!(html.contains(&format!("{page}/chats/{chat}")), "{html}");
    let r = rosa
        .submit(
            &format!("{page}/chats/{chat}"),
            &format!("{page}/chats/{chat}"),
            &[("body", "Hello Ana, I am Rosa.")],
        )
        .await;
    assert!(location(&r).contains("done=sent"), "{}", location(&r));
    let (_, read) = api(
        &t,
        Method::GET,
        &format!("{API}/{id}/chats/{chat}"),
        Some(ana),
        None,
    )
    .await;
    assert_eq!(read["messages"][0]["body"], "Hello Ana, I am Rosa.");
    assert_eq!(read["chat"]["with"], "Dona Rosa");

    // She reports a message of Ana's in their chat.
    let (status, said) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/chats/{chat}"),
        Some(ana),
        Some(json!({"text": "Send me your bank details", "request_key": "guest-day-ana-2"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{said}");
    let message = said["id"].as_i64().unwrap().to_string();
    let form = format!("{page}/report?item=private&within={chat}&id={message}");
    let within = chat.to_string();
    let r = rosa
        .submit(
            &form,
            &format!("{page}/reports"),
            &[
                ("item", "private"),
                ("within", &within),
                ("id", &message),
                ("reason", "illegal"),
            ],
        )
        .await;
    assert!(
        location(&r).ends_with(&format!("/chats/{chat}?done=reported")),
        "{}",
        location(&r)
    );
    assert_eq!(t.count("event_reports WHERE reporter_id IS NULL").await, 1);

    // The e-mail confirming her place holds an entrance link for another device:
    // opening it changes nothing, its button lets that browser in.
    let mail = t
        .smtp()
        .wait_for("rosa@example.org", "Your place is confirmed")
        .await;
    let enter = link_in(&mail.body, &t.url(&format!("{page}/enter?t=")));
    let enter_path = enter.trim_start_matches(&t.base).to_string();
    let phone = t.browser();
    let (status, html) = phone.page(&enter_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("name=\"t\""), "{html}");
    let (_, html) = phone.page(&format!("{page}/lounge")).await;
    assert!(
        !html.contains("id=\"say\""),
        "not in before pressing the button"
    );
    let token = enter_path.split("t=").nth(1).unwrap();
    let r = phone
        .submit(&enter_path, &format!("{page}/enter"), &[("t", token)])
        .await;
    assert_eq!(location(&r), format!("{page}?done=entered"));
    let r = phone
        .submit(
            &format!("{page}/lounge"),
            &format!("{page}/lounge"),
            &[("body", "Now from my phone")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", location(&r));
    // The link is this event's only, and a made-up one lets nobody in.
    let r = t
        .browser()
        .submit(
            &enter_path,
            &format!("{LIST}/{other}/enter"),
            &[("t", token)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = t
        .browser()
        .submit(&enter_path, &format!("{page}/enter"), &[("t", "made-up")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(set_cookie(&r, "gemeng_event_pass").is_none());

    // Her pass opens nothing at another event, and is not an account: no API, no
    // organiser's queue; a forged pass opens nothing either.
    let r = rosa
        .submit(
            &format!("{LIST}/{other}"),
            &format!("{LIST}/{other}/lounge"),
            &[("body", "Hi")],
        )
        .await;
    assert!(is_refused(&r), "{} {}", r.status(), location(&r));
    let (status, _) = rosa.page(&format!("{page}/reports")).await;
    assert!(
        status.is_redirection() || status == StatusCode::NOT_FOUND,
        "{status}"
    );
    let forged = t.browser();
    let jar_cookie = format!("gemeng_event_pass={}", "A".repeat(43));
    let r = forged
        .client
        .post(t.url(&format!("{page}/lounge")))
        .header("cookie", jar_cookie)
        .form(&[("body", "Forged"), ("csrf", "x")])
        .send()
        .await
        .unwrap();
    assert!(is_refused(&r), "{}", r.status());
    let mut forged_request = url.into_client_request().unwrap();
    forged_request.headers_mut().insert(
        "cookie",
        HeaderValue::from_str(&format!("gemeng_event_pass={}", "A".repeat(43))).unwrap(),
    );
    match tokio_tungstenite::connect_async(forged_request).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status().as_u16(), 404)
        }
        other => panic!(
            "a forged pass opened the live socket: {:?}",
            other.map(|_| ())
        ),
    }
    let (_, lounge): (StatusCode, Value) = api(
        &t,
        Method::GET,
        &format!("{API}/{id}/lounge"),
        Some(ana),
        None,
    )
    .await;
    assert!(!lounge.to_string().contains("Forged"));

    // She gives her place back: her pass opens nothing any more.
    let r = rosa.submit(&page, &format!("{page}/withdraw"), &[]).await;
    assert_eq!(location(&r), format!("{page}?done=withdrawn"));
    assert_eq!(
        t.count(&format!(
            "event_registrations WHERE event_id = {id} AND user_id IS NULL"
        ))
        .await,
        0
    );
    let (_, html) = rosa.page(&format!("{page}/lounge")).await;
    assert!(!html.contains("id=\"say\""));
    let r = rosa
        .submit(&page, &format!("{page}/lounge"), &[("body", "Still here?")])
        .await;
    assert!(is_refused(&r), "{} {}", r.status(), location(&r));
}

/// Refused as a page refuses someone not signed in: sent to log in (or 401/403).
fn is_refused(r: &reqwest::Response) -> bool {
    let status = r.status();
    status == StatusCode::UNAUTHORIZED
        || status == StatusCode::FORBIDDEN
        || (status == StatusCode::SEE_OTHER && location(r).contains("/login"))
}

/// A participant's personal calendar (the address they made for their activities)
/// holds the event days they hold a place at, next to the workshops they chose: their
/// programme across events, valid iCalendar. A day they gave up leaves it.
#[tokio::test]
async fn a_participants_calendar_holds_the_event_days_they_hold_a_place_at() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, organiser) = staff(&t).await;
    let first = published(&t, &organiser, "public", 40).await;
    let second = published(&t, &organiser, "public", 41).await;
    let people = residents(&t, "programme", 1).await;
    let (ana_id, ana) = (people[0].0, &people[0].1);
    register(&t, first, &[ana]).await;
    register(&t, second, &[ana]).await;
    let mut tx = t.db.begin().await.unwrap();
    gemeng_db::activities::set_calendar_token(&mut tx, ana_id, "programme-calendar-token", 1)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let feed = t.url("/c/testville/calendar/programme-calendar-token/activities.ics");
    let text = reqwest::get(&feed).await.unwrap().text().await.unwrap();
    let report = crate::activities::check_ics(&text);
    assert_eq!(report["events"].as_array().unwrap().len(), 2, "{report}");
    assert!(text.contains(&format!("event-{first}@")), "{text}");
    assert!(text.contains(&format!("event-{second}@")), "{text}");
    let (status, _) = api(
        &t,
        Method::DELETE,
        &format!("{API}/{second}/registration"),
        Some(ana),
        None,
    )
    .await;
    assert!(status.is_success(), "{status}");
    let text = reqwest::get(&feed).await.unwrap().text().await.unwrap();
    assert!(!text.contains(&format!("event-{second}@")), "{text}");
    assert!(text.contains(&format!("event-{first}@")), "{text}");
}
