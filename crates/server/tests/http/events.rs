//! Event days: staff and organiser accounts create an event (a draft nobody else
//! sees) and publish it; account holders register and withdraw (told by e-mail
//! through the real SMTP sink); guests ask with a name and an address and confirm
//! by the mailed link's button; places hold under simultaneous requests; a
//! residents-only event does not exist for anyone else; bad input and floods store
//! nothing and lock nobody else out.

use gemeng_core::account::{Residence, Role};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::activities::{api, api_token, residents, staff};
use crate::support::{body, commune_id, link_in, location, TestApp};

const LIST: &str = "/c/testville/events";
pub(crate) const API: &str = "/api/v1/communes/testville/events";

/// A day a month ahead on the commune's clock, `YYYY-MM-DD`.
fn a_month_ahead() -> String {
    let (date, _) = gemeng::activities::local_parts(gemeng::app::now() + 30 * 86_400);
    date
}

fn event_draft(registration: &str, capacity: i64, key: &str) -> Value {
    json!({"versions": {"fr": {"title": "Journée d'orientation", "description": "Stands et ateliers."},
                        "pt": {"title": "Dia de orientação", "description": "Stands e workshops."}},
           "date": a_month_ahead(), "starts": "09:00", "ends": "17:00",
           "registration": registration, "capacity": capacity, "request_key": key})
}

/// A published event of staff's: its id.
pub(crate) async fn published(
    t: &TestApp,
    staff_token: &str,
    registration: &str,
    capacity: i64,
) -> i64 {
    let key = format!("{registration}-{capacity}-{}", gemeng::app::now());
    let (status, created) = api(
        t,
        Method::POST,
        API,
        Some(staff_token),
        Some(event_draft(registration, capacity, &key)),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    let (status, out) = api(
        t,
        Method::POST,
        &format!("{API}/{id}/publish"),
        Some(staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{out}");
    id
}

/// Registers each of `tokens` for `event`.
pub(crate) async fn register(t: &TestApp, event: i64, tokens: &[&str]) {
    for token in tokens {
        let (status, out) = api(
            t,
            Method::POST,
            &format!("{API}/{event}/registration"),
            Some(token),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{out}");
    }
}

/// Adds a stand open all day to `event` as organiser `token`: `fields` (at least the
/// organisation) over a French description and the day's hours. Its id.
pub(crate) async fn add_stand(t: &TestApp, token: &str, event: i64, fields: Value) -> i64 {
    let mut body =
        json!({"descriptions": {"fr": "Conseils."}, "opens": "09:00", "closes": "17:00"});
    for (k, v) in fields.as_object().unwrap() {
        body[k] = v.clone();
    }
    let (status, stand) = api(
        t,
        Method::POST,
        &format!("{API}/{event}/stands"),
        Some(token),
        Some(body),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{stand}");
    stand["id"].as_i64().unwrap()
}

/// An account of the fixture's commune (its token): `residence` at a West address,
/// or with none.
async fn account(
    t: &TestApp,
    email: &str,
    role: Role,
    residence: Residence,
    placed: bool,
) -> String {
    let commune = commune_id(t).await;
    let address = if placed {
        Some(t.address(commune, "ouest 5").await)
    } else {
        None
    };
    let id = t.account(commune, email, role, address, residence).await;
    api_token(t, id).await
}

/// A browser signed in as `email`, an account made by `residents` (which sets no
/// usable password): it gets staff's, whose is [`crate::support::PASSWORD`].
pub(crate) async fn signed_in(t: &TestApp, email: &str) -> crate::support::Browser {
    t.execute(&format!(
        "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'staff@example.lu') \
         WHERE email = '{email}'"
    ))
    .await;
    let b = t.browser();
    b.login("testville", email, crate::support::PASSWORD).await;
    b
}

#[tokio::test]
async fn a_draft_is_published_and_people_take_and_give_up_places() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let people = residents(&t, "ana", 2).await;
    let (ana, ana_token) = (&people[0].0, people[0].1.as_str());
    let ben_token = people[1].1.as_str();

    // A draft: its organiser sees it; residents and strangers do not, anywhere.
    let (status, created) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(event_draft("public", 2, "orientation-1")),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["published_at"], Value::Null);
    assert_eq!(created["places_left"], 2);
    assert_eq!(created["manages"], true);
    assert_eq!(created["versions"][0]["language"], "fr");
    // The same request key again creates nothing new.
    let (status, again) = api(
        &t,
        Method::POST,
        API,
        Some(&staff_token),
        Some(event_draft("public", 2, "orientation-1")),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(again["id"].as_i64(), Some(id));
    assert_eq!(t.count("events").await, 1);
    for token in [Some(ana_token), None] {
        let (status, _) = api(&t, Method::GET, &format!("{API}/{id}"), token, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, list) = api(&t, Method::GET, API, token, None).await;
        assert_eq!(list["events"], json!([]));
    }
    let (status, _) = t.browser().page(&format!("{LIST}/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/registration"),
        Some(ana_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Nor may a resident publish it.
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/publish"),
        Some(ana_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, out) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/publish"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(out["published_at"].as_i64().is_some());
    assert_eq!(
        t.text(&format!(
            "SELECT action FROM audit_log WHERE subject_id = {id} ORDER BY id"
        ))
        .await,
        "event-created"
    );
    assert_eq!(
        t.count("audit_log WHERE action IN ('event-created', 'event-published')")
            .await,
        2
    );
    // Now anyone sees it, in the list and on its page.
    let (_, list) = api(&t, Method::GET, API, None, None).await;
    assert_eq!(list["events"][0]["id"].as_i64(), Some(id));
    assert_eq!(list["events"][0]["manages"], false);
    let (status, html) = t.browser().page(&format!("{LIST}/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Journée d'orientation"), "{html}");
    // Its calendar: the day, for shared caches since anyone may see it.
    let r = reqwest::Client::new()
        .get(t.url(&format!("{LIST}/{id}/calendar.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["cache-control"], "public, max-age=300");
    let ics = r.text().await.unwrap();
    assert!(
        ics.contains("BEGIN:VEVENT") && ics.contains(&format!("UID:event-{id}@")),
        "{ics}"
    );
    assert!(
        html.contains("/guests\""),
        "a stranger is offered the guest form: {html}"
    );

    // Ana takes a place and is told in her language (French); twice is refused.
    let path = format!("{API}/{id}/registration");
    let (status, out) = api(&t, Method::POST, &path, Some(ana_token), None).await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
    assert_eq!(out["registered"], true);
    assert_eq!(out["places_left"], 1);
    let mail = t.smtp().wait_for("ana0@example.lu", "Votre place").await;
    assert!(mail.body.contains("Journée d'orientation"), "{}", mail.body);
    assert!(mail.body.contains(&format!("/c/testville/events/{id}")));
    let (status, out) = api(&t, Method::POST, &path, Some(ana_token), None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(out["code"], "event-refused-already", "{out}");
    // Ben takes the last place; a third person finds it full.
    let (status, _) = api(&t, Method::POST, &path, Some(ben_token), None).await;
    assert_eq!(status, StatusCode::CREATED);
    let carla = account(
        &t,
        "carla@example.lu",
        Role::Resident,
        Residence::Pending,
        true,
    )
    .await;
    let (status, out) = api(&t, Method::POST, &path, Some(&carla), None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(out["code"], "event-refused-full");
    // Ana, who holds a place, hears so rather than "full".
    let (_, out) = api(&t, Method::POST, &path, Some(ana_token), None).await;
    assert_eq!(out["code"], "event-refused-already");
    // Ana gives hers up: Carla, still waiting for her letter, takes it (a public
    // event is for anyone with an account).
    let (status, _) = api(&t, Method::DELETE, &path, Some(ana_token), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, out) = api(&t, Method::POST, &path, Some(&carla), None).await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
    assert_eq!(out["places_left"], 0);
    assert_eq!(
        t.count(&format!(
            "event_registrations WHERE event_id = {id} AND user_id = {ana}"
        ))
        .await,
        0
    );
    assert_eq!(
        t.count(&format!("event_registrations WHERE event_id = {id}"))
            .await,
        2
    );
}

#[tokio::test]
async fn a_guest_confirms_by_the_mailed_link_and_the_answer_tells_nothing() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 2).await;
    let page = format!("{LIST}/{id}");
    let b = t.browser();
    let r = b
        .submit(
            &page,
            &format!("{page}/guests"),
            &[("name", "Dona Rosa"), ("email", "Rosa@Example.org")],
        )
        .await;
    assert_eq!(location(&r), format!("{page}?done=check"));
    // Held: one place left while her link is valid.
    let (_, out) = api(&t, Method::GET, &format!("{API}/{id}"), None, None).await;
    assert_eq!(out["places_left"], 1);
    let mail = t
        .smtp()
        .wait_for("rosa@example.org", "Confirm your place")
        .await;
    assert!(mail.body.contains("Dona Rosa"), "{}", mail.body);
    let link = link_in(&mail.body, &t.url("/c/testville/events/confirm?t="));
    let confirm_path = link.trim_start_matches(&t.base).to_string();
    // Opening the link confirms nothing (a mail scanner opens links): a button does.
    let (status, html) = b.page(&confirm_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("name=\"t\""), "{html}");
    assert_eq!(
        t.count(&format!(
            "event_registrations WHERE event_id = {id} AND confirmed_at IS NOT NULL"
        ))
        .await,
        0
    );
    let token = confirm_path.split("t=").nth(1).unwrap();
    let r = b
        .submit(
            &confirm_path,
            "/c/testville/events/confirm",
            &[("t", token)],
        )
        .await;
    assert_eq!(location(&r), format!("{page}?done=confirmed"));
    assert_eq!(
        t.count(&format!(
            "event_registrations WHERE event_id = {id} AND guest_email = 'rosa@example.org' \
             AND confirmed_at IS NOT NULL"
        ))
        .await,
        1
    );
    // Used once, the link no longer works.
    let (status, html) = b.page(&confirm_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("name=\"t\""), "{html}");
    // (From another browser: hers holds her pass now, and her page offers no form.)
    let r = t
        .browser()
        .submit(&page, "/c/testville/events/confirm", &[("t", token)])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Asking again with the same address: the same answer, and an e-mail to its owner
    // saying the place is theirs already (nothing changes).
    let (status, out) = crate::support::api_json(
        &t,
        Method::POST,
        &format!("{API}/{id}/guests"),
        None,
        Some(json!({"name": "Someone else", "email": "rosa@example.org"})),
        Some("en"),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{out}");
    assert_eq!(out["outcome"], "check_your_inbox");
    t.smtp()
        .wait_for("rosa@example.org", "You already have a place")
        .await;
    assert_eq!(
        t.count(&format!("event_registrations WHERE event_id = {id}"))
            .await,
        1
    );

    // A second guest takes the last place; a third finds the event full (which is
    // about the event, not the address, so it is told).
    let (status, _) = crate::support::api_json(
        &t,
        Method::POST,
        &format!("{API}/{id}/guests"),
        None,
        Some(json!({"name": "Jo", "email": "jo@example.org"})),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let (status, _) = crate::support::api_json(
        &t,
        Method::POST,
        &format!("{API}/{id}/guests"),
        None,
        Some(json!({"name": "Max", "email": "max@example.org"})),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Jo asks again before confirming: his own hold does not make the event full for
    // him, and the new link replaces the old one.
    let (status, _) = crate::support::api_json(
        &t,
        Method::POST,
        &format!("{API}/{id}/guests"),
        None,
        Some(json!({"name": "Jo", "email": "jo@example.org"})),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert_eq!(
        t.count(&format!("event_registrations WHERE event_id = {id}"))
            .await,
        2
    );
}

#[tokio::test]
async fn a_residents_only_event_does_not_exist_for_anyone_else() {
    let t = TestApp::start_with_mail().await;
    let f = t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "residents_only", 50).await;
    let member = residents(&t, "member", 1).await.remove(0).1;
    let pending = account(
        &t,
        "pending@example.lu",
        Role::Resident,
        Residence::Pending,
        true,
    )
    .await;
    let stranger_id = t
        .account(
            f.other_commune,
            "other@example.lu",
            Role::Staff,
            None,
            Residence::Verified,
        )
        .await;
    let stranger = api_token(&t, stranger_id).await;
    let organiser = account(
        &t,
        "asti@example.lu",
        Role::Organiser,
        Residence::Verified,
        false,
    )
    .await;
    for (who, token) in [
        ("anyone", None),
        ("a resident still waiting", Some(pending.as_str())),
        ("another commune's staff", Some(stranger.as_str())),
        ("another organiser", Some(organiser.as_str())),
    ] {
        let (status, _) = api(&t, Method::GET, &format!("{API}/{id}"), token, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{who}");
        let (_, list) = api(&t, Method::GET, API, token, None).await;
        assert!(
            list["events"].as_array().is_none_or(|l| l.is_empty()),
            "{who}: {list}"
        );
    }
    for path in [format!("{LIST}/{id}"), format!("{LIST}/{id}/calendar.ics")] {
        let (status, _) = t.browser().page(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/registration"),
        Some(&pending),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = crate::support::api_json(
        &t,
        Method::POST,
        &format!("{API}/{id}/guests"),
        None,
        Some(json!({"name": "Guest", "email": "guest@example.org"})),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(t.count("event_registrations").await, 0);
    // A verified resident sees it and registers.
    let (status, out) = api(&t, Method::GET, &format!("{API}/{id}"), Some(&member), None).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/registration"),
        Some(&member),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn only_organisers_create_and_bad_input_stores_nothing() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    let member = residents(&t, "member", 1).await.remove(0).1;
    // A resident, even verified, organises no event day.
    let (status, _) = api(
        &t,
        Method::POST,
        API,
        Some(&member),
        Some(event_draft("public", 10, "k1")),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = api(
        &t,
        Method::POST,
        API,
        None,
        Some(event_draft("public", 10, "k2")),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // An organiser account does.
    let organiser = account(
        &t,
        "asti@example.lu",
        Role::Organiser,
        Residence::Verified,
        false,
    )
    .await;
    let (status, out) = api(
        &t,
        Method::POST,
        API,
        Some(&organiser),
        Some(event_draft("public", 10, "k3")),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
    let before = t.count("events").await;

    let bad = [
        (
            json!({}),
            vec!["date", "starts", "ends", "registration", "capacity"],
        ),
        (
            json!({"versions": {"fr": {"title": "Jour", "description": ""}, "xx": {"title": "?"}},
                   "date": "2020-01-01", "starts": "10:00", "ends": "10:10",
                   "registration": "public", "capacity": 10}),
            vec!["versions"],
        ),
        (
            json!({"versions": {"fr": {"title": "Jour", "description": ""}},
                   "date": "2020-01-01", "starts": "10:00", "ends": "10:10",
                   "registration": "public", "capacity": 10_001, "link": "ftp://x"}),
            vec!["date", "ends", "capacity", "link"],
        ),
        (
            json!({"versions": {"fr": {"title": "Jour", "description": "Texte"}, "en": {"title": "Day"}},
                   "date": a_month_ahead(), "starts": "18:00", "ends": "09:00",
                   "registration": "everyone", "capacity": -3}),
            vec!["registration", "capacity"],
        ),
        (
            json!({"versions": {"fr": {"title": "Jour", "description": "Texte"}, "en": {"title": "Day"}},
                   "date": a_month_ahead(), "starts": "18:00", "ends": "09:00",
                   "registration": "public", "capacity": 10}),
            vec!["description-en", "ends"],
        ),
        (
            json!({"versions": {"fr": {"title": "x".repeat(300)}},
                   "date": "2030-02-30", "starts": "25:00", "ends": "17:00",
                   "registration": "public", "capacity": 0}),
            vec!["date", "starts"],
        ),
    ];
    for (input, fields) in bad {
        let (status, out) = crate::support::api_json(
            &t,
            Method::POST,
            API,
            Some(&staff_token),
            Some(input.clone()),
            Some("pt"),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{input}: {out}");
        let found: Vec<&str> = out["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        for field in fields {
            assert!(found.contains(&field), "{input}: {field} not in {found:?}");
        }
        // In the caller's language (Portuguese here).
        for e in out["errors"].as_array().unwrap() {
            if e["code"] == "event-error-capacity" {
                assert_eq!(
                    e["message"],
                    "Indique um número de participantes de 1 a 10 000."
                );
            }
        }
    }
    assert_eq!(t.count("events").await, before);

    // The form says what is wrong beside each field and keeps what was typed.
    let r = desk
        .submit(
            &format!("{LIST}/new"),
            LIST,
            &[
                ("title-fr", "Journée des associations"),
                ("date", "2020-01-01"),
                ("starts", "09:00"),
                ("ends", "17:00"),
                ("registration", "public"),
                ("capacity", "300"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(html.contains("Journée des associations"), "{html}");
    assert!(html.contains("date-error"), "{html}");
    assert_eq!(t.count("events").await, before);
    // Fixed, it is saved as a draft and its page offers to publish it.
    let r = desk
        .submit(
            &format!("{LIST}/new"),
            LIST,
            &[
                ("title-fr", "Journée des associations"),
                ("date", &a_month_ahead()),
                ("starts", "09:00"),
                ("ends", "17:00"),
                ("registration", "public"),
                ("capacity", "300"),
                ("request_key", "form-1"),
            ],
        )
        .await;
    let created = location(&r);
    assert!(created.ends_with("?done=created"), "{created}");
    let page = created.split('?').next().unwrap().to_string();
    let (_, html) = desk.page(&created).await;
    assert!(html.contains(&format!("{page}/publish")), "{html}");
    let r = desk.submit(&page, &format!("{page}/publish"), &[]).await;
    assert_eq!(location(&r), format!("{page}?done=published"));

    // A guest's bad form: every problem told, nothing stored, nothing mailed.
    let b = t.browser();
    let r = b
        .submit(
            &page,
            &format!("{page}/guests"),
            &[("name", " x "), ("email", "rosa@")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(
        html.contains("name-error") && html.contains("email-error"),
        "{html}"
    );
    let (status, _) = crate::support::api_json(
        &t,
        Method::POST,
        &format!("{page}/guests").replace(LIST, API),
        None,
        Some(json!({"name": "Rosa\u{202e}", "email": "rósa@example.org"})),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(t.count("event_registrations").await, 0);
    assert_eq!(t.count("outbox WHERE recipient LIKE '%rosa%'").await, 0);
}

#[tokio::test]
async fn floods_are_bounded_and_lock_nobody_else_out() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let guests = format!("{API}/{id}/guests");
    let ask = |email: &'static str| {
        let t = &t;
        let guests = guests.clone();
        async move {
            crate::support::api_json(
                t,
                Method::POST,
                &guests,
                None,
                Some(json!({"name": "Flood", "email": email})),
                None,
            )
            .await
            .0
        }
    };
    // Someone asks again and again for one address: three e-mails, then nothing,
    // with the same answer every time.
    for _ in 0..6 {
        assert_eq!(ask("victim@example.org").await, StatusCode::ACCEPTED);
    }
    let mails = || async {
        t.count("outbox WHERE recipient = 'victim@example.org'")
            .await
    };
    assert_eq!(mails().await, 3);
    // Another address still gets its link.
    assert_eq!(ask("other@example.org").await, StatusCode::ACCEPTED);
    assert_eq!(
        t.count("outbox WHERE recipient = 'other@example.org'")
            .await,
        1
    );
    // One client address: past its hourly bound, 429 and nothing stored.
    let now = gemeng::app::now();
    for _ in 0..gemeng::events::GUEST_REQUESTS_PER_CLIENT {
        gemeng_db::rate_limits::hit(&t.db, "events:guests:127.0.0.1", 3_600, now)
            .await
            .unwrap();
    }
    let before = t.count("event_registrations").await;
    assert_eq!(ask("late@example.org").await, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(t.count("event_registrations").await, before);
    // A resident with an account is not held back by the guests' flood.
    let member = residents(&t, "member", 1).await.remove(0).1;
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/registration"),
        Some(&member),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn places_hold_when_many_ask_at_once() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 5).await;
    let people = residents(&t, "crowd", 14).await;
    let path = format!("{API}/{id}/registration");
    let mut asks = Vec::new();
    for (_, token) in people {
        let url = t.url(&path);
        asks.push(tokio::spawn(async move {
            reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let mut created = 0;
    for ask in asks {
        match ask.await.unwrap() {
            StatusCode::CREATED => created += 1,
            StatusCode::CONFLICT => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(created, 5);
    assert_eq!(
        t.count(&format!("event_registrations WHERE event_id = {id}"))
            .await,
        5
    );
}

/// Sends the stand form as a browser does, with documents (name, media type, bytes).
pub(crate) async fn send_stand(
    who: &crate::support::Browser,
    event_page: &str,
    fields: &[(&str, &str)],
    documents: &[(&str, &str, &[u8])],
) -> reqwest::Response {
    use reqwest::multipart::{Form, Part};
    let (_, html) = who.page(&format!("{event_page}/stands/new")).await;
    let mut form = Form::new().text("csrf", crate::support::csrf_in(&html));
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    for (name, media_type, bytes) in documents {
        form = form.part(
            "document",
            Part::bytes(bytes.to_vec())
                .file_name(name.to_string())
                .mime_str(media_type)
                .unwrap(),
        );
    }
    who.client
        .post(format!("{}{event_page}/stands", who.base))
        .header("origin", &who.base)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Every file under `dir`'s shards.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|shards| {
            shards
                .flatten()
                .flat_map(|shard| {
                    std::fs::read_dir(shard.path())
                        .into_iter()
                        .flatten()
                        .flatten()
                })
                .map(|file| file.path())
                .collect()
        })
        .unwrap_or_default()
}

fn stored_documents(t: &TestApp) -> usize {
    let Ok(shards) = std::fs::read_dir(t.files_dir().join("documents")) else {
        return 0;
    };
    shards
        .map(|s| std::fs::read_dir(s.unwrap().path()).unwrap().count())
        .sum()
}

#[tokio::test]
async fn stands_offer_their_documents_and_activities_become_workshops() {
    let t = TestApp::start_with_mail().await;
    let f = t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let member = residents(&t, "ana", 1).await.remove(0).1;
    let page = format!("{LIST}/{id}");
    let pdf: &[u8] = b"%PDF-1.4\n% Gemeng test leaflet\n";
    let good = [
        ("organisation", "ASTI"),
        (
            "description-fr",
            "Accueil et conseils pour les nouveaux arrivants.",
        ),
        ("description-pt", "Acolhimento e conselhos."),
        ("opens", "09:30"),
        ("closes", "16:00"),
        ("staff", "ana0@example.lu\n"),
    ];

    // A web page renamed `.pdf`, an unknown staff address, hours past the day's end:
    // every problem told, nothing stored, no file left behind.
    let mut bad = good.to_vec();
    bad[4] = ("closes", "18:30");
    bad[5] = ("staff", "ana0@example.lu\nnobody@example.lu");
    let r = send_stand(
        &desk,
        &page,
        &bad,
        &[
            ("guide.pdf", "application/pdf", pdf),
            (
                "leaflet.pdf",
                "application/pdf",
                b"<!doctype html><script>alert(1)</script>",
            ),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    for field in ["documents-error", "staff-error", "opens-error"] {
        assert!(html.contains(field), "{field}: {html}");
    }
    assert!(
        html.contains("Accueil et conseils"),
        "what was typed stays: {html}"
    );
    let r = send_stand(
        &desk,
        &page,
        &good,
        &[("setup.exe", "application/octet-stream", b"MZ\x90\0")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(t.count("event_stands").await, 0);
    assert_eq!(stored_documents(&t), 0);
    // A resident may not add one, even with a valid form and her own CSRF token.
    let ana = signed_in(&t, "ana0@example.lu").await;
    let (_, html) = ana.page(&page).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf", crate::support::csrf_in(&html))
        .text("organisation", "ASTI")
        .text("description-fr", "Accueil")
        .text("opens", "09:30")
        .text("closes", "16:00")
        .part(
            "document",
            reqwest::multipart::Part::bytes(pdf.to_vec())
                .file_name("a.pdf")
                .mime_str("application/pdf")
                .unwrap(),
        );
    let r = ana
        .client
        .post(t.url(&format!("{page}/stands")))
        .header("origin", &ana.base)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(t.count("event_stands").await, 0);
    assert_eq!(stored_documents(&t), 0);

    // The good one: a PDF declared as the browser's generic type is taken by its name
    // and checked by its first bytes.
    let r = send_stand(
        &desk,
        &page,
        &good,
        &[("Guide d'accueil.pdf", "application/octet-stream", pdf)],
    )
    .await;
    assert_eq!(location(&r), format!("{page}?done=stand#hall"));
    assert_eq!(t.count("event_stands").await, 1);
    assert_eq!(stored_documents(&t), 1);
    assert_eq!(
        t.count("audit_log WHERE action = 'event-stand-added'")
            .await,
        1
    );
    // A file no stand names (a write that died with the process), old enough not
    // to be one being written, goes with the housekeeping's sweep; the stand's stays,
    // and so does a recent stray one.
    let shard = t.files_dir().join("documents").join("ab");
    std::fs::create_dir_all(&shard).unwrap();
    let orphan = shard.join("abcdef0123456789.pdf");
    let recent = shard.join("abcdef0123456788.pdf");
    std::fs::write(&orphan, b"%PDF- left behind").unwrap();
    std::fs::write(&recent, b"%PDF- being written").unwrap();
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7_200);
    for entry in walk(&t.files_dir().join("documents")) {
        if entry != recent {
            std::fs::File::options()
                .write(true)
                .open(&entry)
                .unwrap()
                .set_modified(two_hours_ago)
                .unwrap();
        }
    }
    let app = gemeng::app::App::new(
        t.db.clone(),
        gemeng::config::Config {
            database_url: t.database_url.clone(),
            files_dir: t.files_dir().display().to_string(),
            ..gemeng::config::Config::default()
        },
    );
    assert_eq!(gemeng::events::stands::sweep(&app).await.unwrap(), 1);
    assert!(!orphan.exists());
    assert!(recent.exists());
    assert_eq!(stored_documents(&t), 2);
    std::fs::remove_file(&recent).unwrap();
    let (_, hall) = api(&t, Method::GET, &format!("{API}/{id}/stands"), None, None).await;
    let stand = &hall["stands"][0];
    assert_eq!(stand["organisation"], "ASTI");
    assert_eq!(stand["staff_count"], 1);
    assert_eq!(stand["descriptions"]["pt"], "Acolhimento e conselhos.");
    let document = stand["documents"][0]["url"].as_str().unwrap().to_string();
    assert_eq!(stand["documents"][0]["kind"], "pdf");
    // Anyone who may see the event downloads it, as an attachment of its checked type.
    let r = reqwest::Client::new()
        .get(t.url(&document))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert_eq!(
        r.headers()["content-disposition"],
        "attachment; filename*=UTF-8''Guide%20d%27accueil%2Epdf"
    );
    assert_eq!(&r.bytes().await.unwrap()[..], pdf);
    let (_, html) = t.browser().page(&page).await;
    assert!(html.contains("ASTI") && html.contains(&document), "{html}");
    // Under another event's address, or an unknown id: not found.
    let other = published(&t, &staff_token, "residents_only", 10).await;
    let document_id = document.rsplit('/').next().unwrap();
    for path in [
        format!("{LIST}/{other}/documents/{document_id}"),
        format!("{page}/documents/999999"),
    ] {
        let (status, _) = t.browser().page(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }

    // The API: residents add no stand; bad input is told field by field.
    let stand_api = format!("{API}/{id}/stands");
    let (status, _) = api(
        &t,
        Method::POST,
        &stand_api,
        Some(&member),
        Some(json!({"organisation": "X"})),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, out) = api(
        &t,
        Method::POST,
        &stand_api,
        Some(&staff_token),
        Some(json!({"organisation": "X", "descriptions": {"xx": "?"}, "opens": "08:00", "closes": "12:00",
                    "staff": ["nobody@example.lu"], "video_link": "javascript:alert(1)"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
    let fields: Vec<&str> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    for field in ["descriptions", "staff"] {
        assert!(fields.contains(&field), "{field} not in {fields:?}");
    }
    let (status, out) = api(
        &t,
        Method::POST,
        &stand_api,
        Some(&staff_token),
        Some(json!({"organisation": "Ministère de la Famille", "descriptions": {"fr": "Allocations."},
                    "opens": "10:00", "closes": "12:00"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
    assert_eq!(t.count("event_stands").await, 2);

    // Workshops: staff's activity within the day becomes one; again, or one outside
    // the day, is refused; a resident's activity is not staff's to attach.
    let day_start = out_of(&t, id, "starts_at").await;
    let activity = |starts: i64, key: &str| {
        json!({"versions": {"fr": {"title": "Atelier CV", "description": ""}}, "kind": "course",
               "audience": "public", "link": "https://meet.example.org/cv", "capacity": 20,
               "languages": ["fr"], "sessions": [{"starts_at": starts, "ends_at": starts + 3_600}],
               "request_key": key})
    };
    let (status, inside) = api(
        &t,
        Method::POST,
        "/api/v1/communes/testville/activities",
        Some(&staff_token),
        Some(activity(day_start + 3_600, "w1")),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{inside}");
    let (_, outside) = api(
        &t,
        Method::POST,
        "/api/v1/communes/testville/activities",
        Some(&staff_token),
        Some(activity(day_start + 12 * 3_600, "w2")),
    )
    .await;
    let workshops = format!("{API}/{id}/workshops");
    let (status, _) = api(
        &t,
        Method::POST,
        &workshops,
        Some(&staff_token),
        Some(json!({"activity": inside["id"]})),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    for (activity, code) in [
        (inside["id"].clone(), "workshop-error-taken"),
        (outside["id"].clone(), "workshop-error-outside"),
        (json!(999_999), "workshop-error-activity"),
    ] {
        let (status, out) = api(
            &t,
            Method::POST,
            &workshops,
            Some(&staff_token),
            Some(json!({"activity": activity})),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
        assert_eq!(out["errors"][0]["code"], code);
    }
    let (status, _) = api(
        &t,
        Method::POST,
        &workshops,
        Some(&member),
        Some(json!({"activity": outside["id"]})),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(t.count("event_workshops").await, 1);
    let (_, html) = ana.page(&page).await;
    assert!(html.contains("Atelier CV"), "{html}");
    // Its room is not given before its slot, even to someone registered for it: not
    // on the programme, nor on the activity's page, API or calendar; its organiser
    // still sees it.
    let activity_id = inside["id"].as_i64().unwrap();
    let session_id = inside["sessions"][0]["id"].as_i64().unwrap();
    let activity_api = format!("/api/v1/communes/testville/activities/{activity_id}");
    let (status, out) = api(
        &t,
        Method::POST,
        &format!("{activity_api}/sessions/{session_id}/registration"),
        Some(&member),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{out}");
    let (_, shown) = api(&t, Method::GET, &activity_api, Some(&member), None).await;
    assert_eq!(shown["link"], Value::Null, "{shown}");
    let (_, shown) = api(&t, Method::GET, &activity_api, Some(&staff_token), None).await;
    assert_eq!(shown["link"], "https://meet.example.org/cv");
    let (_, html) = ana
        .page(&format!("/c/testville/activities/{activity_id}"))
        .await;
    assert!(!html.contains("https://meet.example.org/cv"), "{html}");
    let ics = reqwest::Client::new()
        .get(t.url(&format!(
            "/c/testville/activities/{activity_id}/calendar.ics"
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        ics.contains("BEGIN:VEVENT") && !ics.contains("meet.example.org"),
        "{ics}"
    );
    assert!(!html.contains("https://meet.example.org/cv"), "{html}");
    // The day's calendar holds the day and the workshop's session.
    let ics = reqwest::Client::new()
        .get(t.url(&format!("{page}/calendar.ics")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2, "{ics}");
    let _ = f;
}

/// A field of event `id` as the API gives it.
async fn out_of(t: &TestApp, id: i64, field: &str) -> i64 {
    let (_, out) = api(t, Method::GET, &format!("{API}/{id}"), None, None).await;
    out[field].as_i64().unwrap()
}

#[tokio::test]
async fn a_stand_takes_questions_from_those_registered_and_its_staff_answer_and_hide() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    // A ministry's adviser staffs the stand with an organiser account.
    let adviser = account(
        &t,
        "conseil@famille.lu",
        Role::Organiser,
        Residence::Verified,
        false,
    )
    .await;
    let (status, stand) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/stands"),
        Some(&staff_token),
        Some(json!({"organisation": "Ministère de la Famille", "descriptions": {"fr": "Allocations."},
                    "opens": "09:00", "closes": "17:00", "staff": ["conseil@famille.lu"]})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{stand}");
    let stand_id = stand["id"].as_i64().unwrap();
    let people = residents(&t, "p", 3).await;
    let (ana, ben, carla) = (&people[0].1, &people[1].1, &people[2].1);
    for token in [ana, ben] {
        let (status, _) = api(
            &t,
            Method::POST,
            &format!("{API}/{id}/registration"),
            Some(token),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let questions = format!("{API}/{id}/stands/{stand_id}/questions");

    // Carla is not registered: she neither reads nor asks.
    let (status, _) = api(&t, Method::GET, &questions, Some(carla), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, out) = api(
        &t,
        Method::POST,
        &questions,
        Some(carla),
        Some(json!({"text": "Hello?"})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(out["errors"][0]["code"], "question-error-not-registered");
    // Bad texts store nothing.
    for (text, code) in [
        ("   ", "live-error-empty"),
        (&"?".repeat(281)[..], "live-error-too-long"),
        ("a\u{202e}b", "live-error-hidden"),
        (&"l\n".repeat(11)[..], "live-error-lines"),
    ] {
        let (status, out) = api(
            &t,
            Method::POST,
            &questions,
            Some(ana),
            Some(json!({"text": text})),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{text:?}");
        assert_eq!(out["errors"][0]["code"], code, "{text:?}");
    }
    assert_eq!(t.count("event_questions").await, 0);

    // Ana asks (twice with one key: once); Ben asks; Ben upvotes Ana's question once.
    let ask = |token: &str, text: &str, key: &str| {
        let t = &t;
        let (questions, token, body) = (
            questions.clone(),
            token.to_string(),
            json!({"text": text, "request_key": key}),
        );
        async move { api(t, Method::POST, &questions, Some(&token), Some(body)).await }
    };
    let (status, first) = ask(ana, "Which allowance for a newborn?", "question-one").await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    let (_, again) = ask(ana, "Which allowance for a newborn?", "question-one").await;
    assert_eq!(again["id"], first["id"]);
    let (_, second) = ask(ben, "Where is the form?", "question-two").await;
    let (q1, q2) = (
        first["id"].as_i64().unwrap(),
        second["id"].as_i64().unwrap(),
    );
    let upvote = |token: &str, q: i64| {
        let t = &t;
        let (path, token) = (format!("{questions}/{q}/upvote"), token.to_string());
        async move { api(t, Method::POST, &path, Some(&token), None).await }
    };
    assert_eq!(upvote(ben, q1).await.0, StatusCode::NO_CONTENT);
    let (status, out) = upvote(ben, q1).await;
    assert_eq!(
        (status, out["code"].as_str()),
        (StatusCode::CONFLICT, Some("question-refused-already"))
    );
    let (status, out) = upvote(ana, q1).await;
    assert_eq!(
        (status, out["code"].as_str()),
        (StatusCode::CONFLICT, Some("question-refused-own"))
    );
    let (status, list) = api(&t, Method::GET, &questions, Some(ana), None).await;
    assert_eq!(status, StatusCode::OK);
    // The most upvoted first; Ana sees which is hers.
    assert_eq!(list["questions"][0]["id"].as_i64(), Some(q1));
    assert_eq!(list["questions"][0]["upvotes"], 1);
    assert_eq!(list["questions"][0]["mine"], true);
    assert_eq!(list["questions"][1]["id"].as_i64(), Some(q2));

    // Residents neither answer nor hide: the question is not there for them.
    for action in ["answer", "hide"] {
        let (status, _) = api(
            &t,
            Method::POST,
            &format!("{questions}/{q2}/{action}"),
            Some(ben),
            Some(json!({"text": "Me"})),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{action}");
    }
    // The adviser answers Ana's; answered questions go after those still waiting.
    let (status, out) = api(
        &t,
        Method::POST,
        &format!("{questions}/{q1}/answer"),
        Some(&adviser),
        Some(json!({"text": ""})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{questions}/{q1}/answer"),
        Some(&adviser),
        Some(json!({"text": "The birth allowance: see zukunftskeess.lu"})),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, list) = api(&t, Method::GET, &questions, Some(&adviser), None).await;
    assert_eq!(list["questions"][0]["id"].as_i64(), Some(q2));
    assert_eq!(
        list["questions"][1]["answer"],
        "The birth allowance: see zukunftskeess.lu"
    );
    // An organiser (staff) hides Ben's: nobody sees it, nobody upvotes it, it is in
    // the audit log.
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{questions}/{q2}/hide"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, list) = api(&t, Method::GET, &questions, Some(ben), None).await;
    assert_eq!(list["questions"].as_array().unwrap().len(), 1);
    assert_eq!(upvote(ana, q2).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        t.count("audit_log WHERE action = 'event-question-hidden'")
            .await,
        1
    );

    // A flood: five questions in ten seconds, the sixth waits.
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/registration"),
        Some(carla),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    for i in 0..5 {
        let (status, _) = ask(carla, &format!("Question {i}"), &format!("flood-{i:04}")).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let (status, _) = ask(carla, "One too many", "flood-last").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // Ana is not held back by Carla's flood.
    assert_eq!(
        ask(ana, "And for twins?", "question-three").await.0,
        StatusCode::CREATED
    );

    // The stand's page: the hall links to it; a registered reader sees the Q&A.
    let (_, html) = t.browser().page(&format!("{LIST}/{id}")).await;
    assert!(
        html.contains(&format!("{LIST}/{id}/stands/{stand_id}")),
        "{html}"
    );
    let (status, html) = t
        .browser()
        .page(&format!("{LIST}/{id}/stands/{stand_id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Ministère de la Famille"), "{html}");
    assert!(
        !html.contains("Which allowance"),
        "strangers do not read the Q&A: {html}"
    );
}

#[tokio::test]
async fn organisers_see_who_came_where_and_a_cloud_of_organisations() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    // The day is running: it began an hour ago (the rules refuse to create one in the
    // past, so the test moves it).
    let now = gemeng::app::now();
    // Within today in Luxembourg: a stand's hours are times of the day, so near
    // midnight an hour either side would cross it (the end then "before" the start).
    let (_, clock) = gemeng::activities::local_parts(now);
    let (hours, minutes) = clock.split_once(':').unwrap();
    let into_day: i64 =
        hours.parse::<i64>().unwrap() * 3_600 + minutes.parse::<i64>().unwrap() * 60 + now % 60;
    let (day_starts, day_ends) = (now - into_day, now - into_day + 86_400 - 60);
    t.execute(&format!(
        "UPDATE events SET starts_at = {}, ends_at = {} WHERE id = {id}",
        (now - 3_600).max(day_starts),
        (now + 3_600).min(day_ends)
    ))
    .await;
    let (opens, closes) = ((now - 3_000).max(day_starts), (now + 3_000).min(day_ends));
    let mut stands = Vec::new();
    for organisation in ["ASTI", "Ministère <de la Famille>"] {
        let (status, stand) = api(
            &t,
            Method::POST,
            &format!("{API}/{id}/stands"),
            Some(&staff_token),
            Some(
                json!({"organisation": organisation, "descriptions": {"fr": "Conseils."},
                        "opens": local_time(opens), "closes": local_time(closes)}),
            ),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{stand}");
        stands.push(stand["id"].as_i64().unwrap());
    }
    // Three registered residents walk: all to the first stand, one to the second.
    let people = residents(&t, "walker", 3).await;
    for (i, (_, token)) in people.iter().enumerate() {
        let (status, _) = api(
            &t,
            Method::POST,
            &format!("{API}/{id}/registration"),
            Some(token),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let b = signed_in(&t, &format!("walker{i}@example.lu")).await;
        let (status, _) = b.page(&format!("{LIST}/{id}/stands/{}", stands[0])).await;
        assert_eq!(status, StatusCode::OK);
        // Twice in a row is one stay, not two.
        b.page(&format!("{LIST}/{id}/stands/{}", stands[0])).await;
        if i == 0 {
            b.page(&format!("{LIST}/{id}/stands/{}", stands[1])).await;
        }
    }
    assert_eq!(
        t.count(&format!("event_visits WHERE event_id = {id}"))
            .await,
        4
    );

    let (status, html) = desk.page(&format!("{LIST}/{id}/statistics")).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    // Visitors per stand: 3 and 1, in the chart's table; the organisations in the
    // cloud, escaped.
    assert!(html.contains("id=\"visitors-table\""), "{html}");
    let visitors = html.split("id=\"visitors-table\"").nth(1).unwrap();
    let visitors = visitors.split("</table>").next().unwrap();
    assert!(
        visitors.contains(">ASTI</th><td class=\"number\" data-label=\"Participants\">3</td>"),
        "{visitors}"
    );
    assert!(visitors.contains("1</td>"), "{visitors}");
    assert!(html.contains("class=\"chart word-cloud\""), "{html}");
    let raw = desk
        .get(&format!("{LIST}/{id}/statistics"))
        .await
        .text()
        .await
        .unwrap();
    assert!(raw.contains("&lt;de la Famille&gt;"), "{raw}");
    assert!(!raw.contains("<de la Famille>"), "labels are escaped");
    // Participants over time: the three are present in the current half hour.
    let over_time = html.split("id=\"participants-table\"").nth(1).unwrap();
    assert!(over_time.contains(">3</td>"), "{over_time}");
    // Residents and other organisers do not see them.
    let (_, token) = &people[0];
    let (status, _) = api(&t, Method::GET, &format!("{API}/{id}"), Some(token), None).await;
    assert_eq!(status, StatusCode::OK);
    let walker = t.browser();
    walker
        .login("testville", "walker0@example.lu", crate::support::PASSWORD)
        .await;
    let (status, _) = walker.page(&format!("{LIST}/{id}/statistics")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// `at` as the commune's clock shows it, `HH:MM`.
fn local_time(at: i64) -> String {
    gemeng::activities::local_parts(at).1
}

#[tokio::test]
async fn the_lounge_is_for_those_registered_and_a_reader_resumes_after_the_last_id() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    let people = residents(&t, "lounger", 3).await;
    let (ana, ben, carla) = (&people[0].1, &people[1].1, &people[2].1);
    for token in [ana, ben] {
        let (status, _) = api(
            &t,
            Method::POST,
            &format!("{API}/{id}/registration"),
            Some(token),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let lounge = format!("{API}/{id}/lounge");
    // Not registered: no reading, no writing; a stranger's page says nothing of it.
    let (status, _) = api(&t, Method::GET, &lounge, Some(carla), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, out) = api(
        &t,
        Method::POST,
        &lounge,
        Some(carla),
        Some(json!({"text": "Hi"})),
    )
    .await;
    assert_eq!(
        (status, out["errors"][0]["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("lounge-error-not-registered")
        )
    );
    let (status, _) = t.browser().page(&format!("{LIST}/{id}/lounge")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Bad texts are refused and store nothing.
    for text in ["", &"x".repeat(501)] {
        let (status, _) = api(
            &t,
            Method::POST,
            &lounge,
            Some(ana),
            Some(json!({"text": text})),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(t.count("event_lounge_messages").await, 0);

    let mut ids = Vec::new();
    for (token, text, key) in [
        (ana, "Hello, I am Ana", "lounge-0001"),
        (ben, "Hi Ana, Ben here", "lounge-0002"),
        (ana, "Where do you live?", "lounge-0003"),
    ] {
        let (status, out) = api(
            &t,
            Method::POST,
            &lounge,
            Some(token),
            Some(json!({"text": text, "request_key": key})),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{out}");
        ids.push(out["id"].as_i64().unwrap());
    }
    // The same key again: the same message.
    let (_, again) = api(
        &t,
        Method::POST,
        &lounge,
        Some(ana),
        Some(json!({"text": "Where do you live?", "request_key": "lounge-0003"})),
    )
    .await;
    assert_eq!(again["id"].as_i64(), Some(ids[2]));
    let (status, read) = api(&t, Method::GET, &lounge, Some(ben), None).await;
    assert_eq!(status, StatusCode::OK);
    let bodies: Vec<&str> = read["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["body"].as_str().unwrap())
        .collect();
    assert_eq!(
        bodies,
        ["Hello, I am Ana", "Hi Ana, Ben here", "Where do you live?"]
    );
    assert_eq!(read["messages"][1]["mine"], true);
    assert_eq!(read["messages"][0]["author"], "Resident 0");
    // Resuming after the first: the two after it, in order.
    let (_, resumed) = api(
        &t,
        Method::GET,
        &format!("{lounge}?after={}", ids[0]),
        Some(ben),
        None,
    )
    .await;
    let resumed: Vec<i64> = resumed["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect();
    assert_eq!(resumed, ids[1..]);
    let (status, _) = api(
        &t,
        Method::GET,
        &format!("{lounge}?after=-1"),
        Some(ben),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // Staff (organising) read without registering and hide one; a resident cannot.
    let (status, _) = api(&t, Method::GET, &lounge, Some(&staff_token), None).await;
    assert_eq!(status, StatusCode::OK);
    let (_, html) = desk.page(&format!("{LIST}/{id}/lounge")).await;
    assert!(html.contains("Where do you live?"), "{html}");
    let hide = format!("{LIST}/{id}/lounge/{}/hide", ids[2]);
    let resident = signed_in(&t, "lounger0@example.lu").await;
    let r = resident
        .submit(&format!("{LIST}/{id}/lounge"), &hide, &[])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = desk
        .submit(&format!("{LIST}/{id}/lounge"), &hide, &[])
        .await;
    assert_eq!(location(&r), format!("{LIST}/{id}/lounge?done=hidden"));
    let (_, read) = api(&t, Method::GET, &lounge, Some(ana), None).await;
    assert_eq!(read["messages"].as_array().unwrap().len(), 2);
    assert_eq!(
        t.count("audit_log WHERE action = 'event-message-hidden'")
            .await,
        1
    );
    // A flood waits; another person is not held back.
    let mut refused = false;
    for i in 0..6 {
        let (status, _) = api(
            &t,
            Method::POST,
            &lounge,
            Some(ben),
            Some(json!({"text": format!("spam {i}")})),
        )
        .await;
        refused |= status == StatusCode::TOO_MANY_REQUESTS;
    }
    assert!(refused, "six messages in a row: the last ones wait");
    let (status, _) = api(
        &t,
        Method::POST,
        &lounge,
        Some(ana),
        Some(json!({"text": "Still here"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn muted_participants_read_but_no_longer_write_where_they_were_muted() {
    let t = TestApp::start_with_mail().await;
    t.fixture().await;
    let (desk, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    // Muter0 staffs the stand; muter1 and muter2 take part.
    let people = residents(&t, "muter", 3).await;
    let (status, stand) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/stands"),
        Some(&staff_token),
        Some(
            json!({"organisation": "ASTI", "descriptions": {"fr": "Conseils."},
                    "opens": "09:00", "closes": "17:00", "staff": ["muter0@example.lu"]}),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{stand}");
    let stand_id = stand["id"].as_i64().unwrap();
    for (_, token) in &people {
        let (status, _) = api(
            &t,
            Method::POST,
            &format!("{API}/{id}/registration"),
            Some(token),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let (adviser, loud, calm) = (&people[0].1, &people[1].1, &people[2].1);
    let questions = format!("{API}/{id}/stands/{stand_id}/questions");
    let lounge = format!("{API}/{id}/lounge");
    let (_, q) = api(
        &t,
        Method::POST,
        &questions,
        Some(loud),
        Some(json!({"text": "BUY CHEAP WATCHES"})),
    )
    .await;
    let q = q["id"].as_i64().unwrap();
    let stand_page = format!("{LIST}/{id}/stands/{stand_id}");

    // A participant who staffs nothing mutes nobody (not found for them).
    let calm_browser = signed_in(&t, "muter2@example.lu").await;
    let r = calm_browser
        .submit(
            &stand_page,
            &format!("{stand_page}/questions/{q}/mute"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // The stand's adviser mutes the author at this stand only.
    let adviser_browser = signed_in(&t, "muter0@example.lu").await;
    let r = adviser_browser
        .submit(
            &stand_page,
            &format!("{stand_page}/questions/{q}/mute"),
            &[],
        )
        .await;
    assert_eq!(location(&r), format!("{stand_page}?done=muted#questions"));
    let (status, out) = api(
        &t,
        Method::POST,
        &questions,
        Some(loud),
        Some(json!({"text": "Again"})),
    )
    .await;
    assert_eq!(
        (status, out["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("live-error-muted"))
    );
    // They still read the stand, and still write in the lounge.
    let (status, _) = api(&t, Method::GET, &questions, Some(loud), None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, said) = api(
        &t,
        Method::POST,
        &lounge,
        Some(loud),
        Some(json!({"text": "SALE SALE SALE"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    // The adviser does not mute in the lounge (organisers do), nor a colleague, nor
    // an organiser.
    let said = said["id"].as_i64().unwrap();
    let lounge_page = format!("{LIST}/{id}/lounge");
    let r = adviser_browser
        .submit(&stand_page, &format!("{lounge_page}/{said}/mute"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let (_, own) = api(
        &t,
        Method::POST,
        &questions,
        Some(adviser),
        Some(json!({"text": "Ask us about courses"})),
    )
    .await;
    let own = own["id"].as_i64().unwrap();
    let r = adviser_browser
        .submit(
            &stand_page,
            &format!("{stand_page}/questions/{own}/mute"),
            &[],
        )
        .await;
    assert_eq!(
        location(&r),
        format!("{stand_page}?done=mute-refused-oneself#questions")
    );
    // An organiser (staff) mutes the lounge's author everywhere in the event.
    let r = desk
        .submit(&lounge_page, &format!("{lounge_page}/{said}/mute"), &[])
        .await;
    assert_eq!(location(&r), format!("{lounge_page}?done=muted"));
    let (status, out) = api(
        &t,
        Method::POST,
        &lounge,
        Some(loud),
        Some(json!({"text": "Hello?"})),
    )
    .await;
    assert_eq!(
        (status, out["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("live-error-muted"))
    );
    // Others are not silenced.
    let (status, _) = api(
        &t,
        Method::POST,
        &lounge,
        Some(calm),
        Some(json!({"text": "Good morning"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(t.count("event_mutes").await, 2);
    assert_eq!(
        t.count("audit_log WHERE action = 'event-participant-muted'")
            .await,
        2
    );
}

#[tokio::test]
async fn moderators_mute_and_hide_through_the_api_and_nobody_else_can() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, staff_token) = staff(&t).await;
    let id = published(&t, &staff_token, "public", 100).await;
    // Mod0 staffs the stand (and takes part); mod1 and mod2 take part.
    let people = residents(&t, "mod", 3).await;
    let (keeper, ana, ben) = (&people[0].1, &people[1].1, &people[2].1);
    let (status, stand) = api(
        &t,
        Method::POST,
        &format!("{API}/{id}/stands"),
        Some(&staff_token),
        Some(
            json!({"organisation": "CLAE", "descriptions": {"fr": "Conseils."},
                    "opens": "09:00", "closes": "17:00", "staff": ["mod0@example.lu"]}),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{stand}");
    let stand = stand["id"].as_i64().unwrap();
    for token in [keeper, ana, ben] {
        let (status, _) = api(
            &t,
            Method::POST,
            &format!("{API}/{id}/registration"),
            Some(token),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let lounge = format!("{API}/{id}/lounge");
    let questions = format!("{API}/{id}/stands/{stand}/questions");
    let post = |path: String, token: String, body: Value| {
        let t = &t;
        async move { api(t, Method::POST, &path, Some(&token), Some(body)).await }
    };
    let (_, said) = post(
        lounge.clone(),
        ben.to_string(),
        json!({"text": "Hello all", "request_key": "mod-lounge-1"}),
    )
    .await;
    let message = said["id"].as_i64().unwrap();
    let (_, asked) = post(
        questions.clone(),
        ben.to_string(),
        json!({"text": "Opening hours?", "request_key": "mod-question-1"}),
    )
    .await;
    let question = asked["id"].as_i64().unwrap();
    let (_, own) = post(
        questions.clone(),
        keeper.to_string(),
        json!({"text": "Anyone?", "request_key": "mod-question-2"}),
    )
    .await;
    let own = own["id"].as_i64().unwrap();

    // A participant moderates nothing; the stand's staff not the lounge: all 404,
    // nothing muted or hidden.
    for (path, token) in [
        (format!("{lounge}/{message}/mute"), ana),
        (format!("{lounge}/{message}/hide"), ana),
        (format!("{questions}/{question}/mute"), ana),
        (format!("{lounge}/{message}/mute"), keeper),
        (format!("{lounge}/{message}/hide"), keeper),
        (format!("{lounge}/999999/mute"), &staff_token),
        (format!("{questions}/999999/mute"), &staff_token),
    ] {
        let (status, _) = api(&t, Method::POST, &path, Some(token), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(t.count("event_mutes").await, 0);
    // Nobody mutes themselves.
    let (status, out) = api(
        &t,
        Method::POST,
        &format!("{questions}/{own}/mute"),
        Some(keeper),
        None,
    )
    .await;
    assert_eq!(
        (status, out["code"].as_str()),
        (StatusCode::CONFLICT, Some("mute-refused-oneself"))
    );

    // The stand's staff mute Ben at their stand: he still talks in the lounge.
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{questions}/{question}/mute"),
        Some(keeper),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, out) = post(
        questions.clone(),
        ben.to_string(),
        json!({"text": "And on Sunday?"}),
    )
    .await;
    assert_eq!(
        (status, out["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("live-error-muted"))
    );
    let (status, _) = post(
        lounge.clone(),
        ben.to_string(),
        json!({"text": "Still here", "request_key": "mod-lounge-2"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    // An organiser mutes him everywhere and hides his message; both in the audit log.
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{lounge}/{message}/mute"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, out) = post(lounge.clone(), ben.to_string(), json!({"text": "Hello?"})).await;
    assert_eq!(
        (status, out["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("live-error-muted"))
    );
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{lounge}/{message}/hide"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, read) = api(&t, Method::GET, &lounge, Some(ana), None).await;
    assert!(read["messages"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["id"].as_i64() != Some(message)));
    // Hidden once: a second hide finds nothing to hide.
    let (status, _) = api(
        &t,
        Method::POST,
        &format!("{lounge}/{message}/hide"),
        Some(&staff_token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(t.count("event_mutes").await, 2);
    let audit = t
        .text("SELECT COALESCE(STRING_AGG(action, ','), '') FROM audit_log WHERE action LIKE 'event-%'")
        .await;
    assert!(
        audit.contains("event-participant-muted") && audit.contains("event-message-hidden"),
        "{audit}"
    );
}

/// On the day, the hall says at each stand how many visitors are there now and
/// whether someone of its staff is, from their last signs of life; a stand nobody is
/// at says nothing, and the day over, nobody is counted.
#[tokio::test]
async fn the_hall_shows_who_is_at_each_stand_now() {
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, organiser) = staff(&t).await;
    let id = published(&t, &organiser, "public", 100).await;
    let people = residents(&t, "hall", 3).await;
    let staffed = add_stand(
        &t,
        &organiser,
        id,
        json!({"organisation": "ASTI", "staff": ["hall2@example.lu"]}),
    )
    .await;
    let quiet = add_stand(&t, &organiser, id, json!({"organisation": "Caritas"})).await;
    register(&t, id, &[&people[0].1, &people[1].1]).await;
    let now = gemeng::app::now();
    t.execute(&format!(
        "UPDATE events SET starts_at = {}, ends_at = {} WHERE id = {id}",
        now - 600,
        now + 3_600
    ))
    .await;
    let page = format!("{LIST}/{id}");
    let stand_card = |html: &str, stand: i64| -> String {
        let start = html.find(&format!("id=\"stand-{stand}\"")).unwrap();
        let end = html[start..].find("</li>").unwrap() + start;
        html[start..end].to_string()
    };
    let (_, html) = t.browser().page(&page).await;
    assert!(
        !stand_card(&html, staffed).contains("visitor"),
        "nobody yet"
    );

    // Two participants at the ASTI's stand, and its staff member: the hall says so.
    for email in ["hall0@example.lu", "hall1@example.lu", "hall2@example.lu"] {
        let browser = signed_in(&t, email).await;
        let (status, _) = browser.page(&format!("{page}/stands/{staffed}")).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (_, html) = t.browser().page(&page).await;
    let card = stand_card(&html, staffed);
    assert!(card.contains("2 visitors now"), "{card}");
    assert!(card.contains("Someone from the stand is here"), "{card}");
    let card = stand_card(&html, quiet);
    assert!(
        !card.contains("visitor") && !card.contains("Someone"),
        "{card}"
    );
    let (_, html) = t.browser().page(&format!("{page}/stands/{staffed}")).await;
    assert!(html.contains("2 visitors now"), "{html}");
    let (_, hall) = api(&t, Method::GET, &format!("{API}/{id}/stands"), None, None).await;
    let counts: Vec<(i64, i64, i64)> = hall["stands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_i64().unwrap(),
                s["visitors_now"].as_i64().unwrap(),
                s["staff_here"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(counts, [(staffed, 2, 1), (quiet, 0, 0)]);

    // The day over, nobody is at the stands any more.
    t.execute(&format!(
        "UPDATE events SET starts_at = {}, ends_at = {} WHERE id = {id}",
        now - 7_200,
        now - 3_600
    ))
    .await;
    t.execute("UPDATE event_visits SET from_at = from_at - 7200, until_at = until_at - 7200")
        .await;
    t.execute("UPDATE event_staff_presence SET until_at = until_at - 7200")
        .await;
    let (_, html) = t.browser().page(&page).await;
    let card = stand_card(&html, staffed);
    assert!(
        !card.contains("visitor") && !card.contains("Someone"),
        "{card}"
    );
}
