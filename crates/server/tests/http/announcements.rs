//! Announcements: staff publish in several languages to chosen neighbourhoods or the
//! whole commune; each reader sees what is meant for them, in their language first;
//! the public ones are in the Atom feed (checked by feedparser, an independent
//! parser); bad input comes back with every problem and stores nothing.

use gemeng_core::account::{Residence, Role};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::api::token;
use crate::neighbourhood::street;
use crate::support::{body, location, Browser, TestApp, PASSWORD};

const PUBLIC: &str = "/c/testville/announcements";
const DESK: &str = "/c/testville/staff/announcements";
const API: &str = "/api/v1/communes/testville/announcements";

async fn staff(t: &TestApp) -> Browser {
    let f = t
        .text("SELECT CAST(id AS TEXT) FROM communes WHERE slug = 'testville'")
        .await
        .parse()
        .unwrap();
    t.account(
        f,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let b = t.browser();
    b.login("testville", "staff@example.lu", PASSWORD).await;
    b
}

async fn api(
    t: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
    language: &str,
) -> (StatusCode, Value) {
    crate::support::api_json(t, method, path, token, body, Some(language)).await
}

/// The feed as feedparser reads it; the test fails if feedparser finds it malformed.
async fn atom(t: &TestApp) -> Value {
    let feed = Client::new()
        .get(t.url(&format!("{PUBLIC}.atom")))
        .send()
        .await
        .unwrap();
    assert_eq!(feed.status(), StatusCode::OK);
    assert!(feed.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/atom+xml"));
    let xml = feed.bytes().await.unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tools/check_atom.py");
    let mut child = std::process::Command::new("python3")
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs the Atom check (scripts/install-test-tools installs feedparser)");
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&xml).unwrap();
    let out = child.wait_with_output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "feedparser said nothing readable: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(
        out.status.success(),
        "feedparser found problems: {report}\n{}",
        String::from_utf8_lossy(&xml)
    );
    report
}

#[tokio::test]
async fn staff_write_to_one_neighbourhood_in_three_languages_and_only_it_reads() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let desk = staff(&t).await;
    let east = t
        .text("SELECT CAST(id AS TEXT) FROM neighbourhoods WHERE slug = 'east' AND commune_id = (SELECT id FROM communes WHERE slug = 'testville')")
        .await;
    let west = s.west.to_string();

    let (status, html) = desk.page(&format!("{DESK}/new")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("name=\"title-pt\""), "{html}");
    let fields = [
        ("title-fr", "Travaux rue de l'Ouest"),
        (
            "body-fr",
            "La rue est fermée lundi.\r\n\r\nDéviation par la gare.",
        ),
        ("title-pt", "Obras na rua do Oeste"),
        ("body-pt", "A rua está fechada na segunda-feira."),
        ("title-en", "Roadworks in West Street"),
        (
            "body-en",
            "The street is closed on Monday. See https://example.lu/works",
        ),
        ("audience", "neighbourhoods"),
        ("neighbourhood", west.as_str()),
        ("request_key", "announce-west-1"),
    ];
    let r = desk.submit(&format!("{DESK}/new"), DESK, &fields).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", body(r).await);
    assert_eq!(location(&r), format!("{DESK}?done=published"));
    // The same form sent twice (a double click) publishes once.
    let r = desk.submit(&format!("{DESK}/new"), DESK, &fields).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(t.count("announcements").await, 1);
    assert_eq!(t.count("announcement_versions").await, 3);
    let id = t.text("SELECT CAST(id AS TEXT) FROM announcements").await;
    assert_eq!(
        t.text("SELECT action FROM audit_log WHERE action LIKE 'announcement%'")
            .await,
        "announcement-published"
    );

    // Ana (West, reading in English) finds it, with the other languages one click away.
    let (status, html) = s.ana.page(PUBLIC).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Roadworks in West Street"), "{html}");
    assert!(html.contains("For West"), "{html}");
    assert!(html.contains(&format!("href=\"{PUBLIC}/{id}?version=pt\"")));
    assert!(html.contains(&format!("href=\"{PUBLIC}/{id}?version=fr\"")));
    assert!(html.contains("rel=\"alternate\" type=\"application/atom+xml\""));
    // In Portuguese: the version, marked as Portuguese for screen readers, with links out.
    let (status, html) = s.ana.page(&format!("{PUBLIC}/{id}?version=pt")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<article lang=\"pt\">"), "{html}");
    assert!(html.contains("Obras na rua do Oeste"));
    assert!(
        html.contains("This announcement is shown in Português."),
        "{html}"
    );
    assert!(!html.contains("Roadworks in West Street"));
    let (_, html) = s.ana.page(&format!("{PUBLIC}/{id}")).await;
    assert!(
        html.contains("<a href=\"https://example.lu/works\""),
        "{html}"
    );
    assert!(!html.contains("Déviation"));
    // An unknown version is the reader's language.
    let (_, html) = s.ana.page(&format!("{PUBLIC}/{id}?version=xx")).await;
    assert!(html.contains("Roadworks in West Street"));
    // A French reader gets French first, paragraphs kept.
    let (_, html) = s.cleo.page(&format!("{PUBLIC}/{id}?version=fr")).await;
    assert!(
        html.contains("La rue est fermée lundi.<br><br>Déviation par la gare."),
        "{html}"
    );
    // Read by two residents, each once, whatever the visits.
    assert_eq!(t.count("announcement_reads").await, 2);

    // Ben (East) never sees it: not in his list, not by its address, not over the API.
    let (_, html) = s.ben.page(PUBLIC).await;
    assert!(!html.contains("Roadworks"), "{html}");
    assert!(html.contains("No announcement at the moment."));
    let r = s.ben.get(&format!("{PUBLIC}/{id}")).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let ben = token(&t, "testville", "ben@example.lu").await;
    let (status, list) = api(&t, reqwest::Method::GET, API, Some(&ben), None, "en").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["announcements"], json!([]));
    let (status, _) = api(
        &t,
        reqwest::Method::GET,
        &format!("{API}/{id}"),
        Some(&ben),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Nor does anybody without an account, nor the Atom feed.
    let anonymous = t.browser();
    let (_, html) = anonymous.page(PUBLIC).await;
    assert!(!html.contains("Roadworks"));
    assert_eq!(
        anonymous.get(&format!("{PUBLIC}/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let (status, _) = api(
        &t,
        reqwest::Method::GET,
        &format!("{API}/{id}"),
        None,
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(atom(&t).await["entries"], json!([]));
    // Ben's reading attempts counted nothing.
    assert_eq!(t.count("announcement_reads").await, 2);

    // Over the API, Ana reads it in Portuguese when she asks for Portuguese.
    let ana = token(&t, "testville", "ana@example.lu").await;
    let (status, one) = api(
        &t,
        reqwest::Method::GET,
        &format!("{API}/{id}"),
        Some(&ana),
        None,
        "pt",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["language"], "pt");
    assert_eq!(one["title"], "Obras na rua do Oeste");
    assert_eq!(one["versions"].as_array().unwrap().len(), 3);
    assert_eq!(one["neighbourhoods"], json!([s.west]));

    // Staff see its reach; moving it to East moves its readers with it.
    let (_, html) = desk.page(DESK).await;
    assert!(html.contains("Published"), "{html}");
    let staff_token = token(&t, "testville", "staff@example.lu").await;
    let (status, reach) = api(
        &t,
        reqwest::Method::GET,
        &format!("{API}/{id}/reach"),
        Some(&staff_token),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(reach["read"], 2);
    let (status, changed) = api(
        &t,
        reqwest::Method::PUT,
        &format!("{API}/{id}"),
        Some(&staff_token),
        Some(
            json!({"versions": {"en": {"title": "Roadworks in East Street", "body": "Closed."}},
            "neighbourhoods": [east.parse::<i64>().unwrap()]}),
        ),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["versions"].as_array().unwrap().len(), 1);
    let (_, html) = s.ben.page(PUBLIC).await;
    assert!(html.contains("Roadworks in East Street"));
    assert_eq!(
        s.ana.get(&format!("{PUBLIC}/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );

    // Withdrawn, it shows nowhere; withdrawing again is done already.
    let r = desk
        .submit(DESK, &format!("{DESK}/{id}/withdraw"), &[])
        .await;
    assert_eq!(location(&r), format!("{DESK}?done=withdrawn"));
    let (status, _) = api(
        &t,
        reqwest::Method::POST,
        &format!("{API}/{id}/withdraw"),
        Some(&staff_token),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        s.ben.get(&format!("{PUBLIC}/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let (_, html) = desk.page(DESK).await;
    assert!(html.contains("Withdrawn"));
    assert_eq!(
        t.text(
            "SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE action = 'announcement-withdrawn'"
        )
        .await,
        "1"
    );
}

#[tokio::test]
async fn residents_and_other_communes_cannot_write_or_read_the_reach() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let _ = staff(&t).await;
    let staff_token = token(&t, "testville", "staff@example.lu").await;
    let (status, made) = api(&t, reqwest::Method::POST, API, Some(&staff_token),
        Some(json!({"versions": {"fr": {"title": "Fête", "body": "Samedi."}}, "request_key": "fete-0001"})), "en").await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let id = made["id"].as_i64().unwrap();

    // A resident is refused every staff action, on pages and API, and nothing changes.
    assert_eq!(s.ana.get(DESK).await.status(), StatusCode::FORBIDDEN);
    let r = s
        .ana
        .submit(PUBLIC, &format!("{DESK}/{id}/withdraw"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let ana = token(&t, "testville", "ana@example.lu").await;
    for (method, path) in [
        (reqwest::Method::POST, API.to_string()),
        (reqwest::Method::PUT, format!("{API}/{id}")),
        (reqwest::Method::POST, format!("{API}/{id}/withdraw")),
        (reqwest::Method::GET, format!("{API}/{id}/reach")),
    ] {
        let (status, _) = api(&t, method.clone(), &path, Some(&ana), Some(json!({})), "en").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method} {path}");
    }
    // Another commune's admin is nobody here: the token is not this commune's.
    let f = t
        .text("SELECT CAST(id AS TEXT) FROM communes WHERE slug = 'otherville'")
        .await;
    t.account(
        f.parse().unwrap(),
        "other@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    let other = token(&t, "otherville", "other@example.lu").await;
    let (status, _) = api(
        &t,
        reqwest::Method::POST,
        &format!("{API}/{id}/withdraw"),
        Some(&other),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Nor does its own staff reach this commune's announcement through its own slug.
    let (status, _) = api(
        &t,
        reqwest::Method::GET,
        &format!("/api/v1/communes/otherville/announcements/{id}/reach"),
        Some(&other),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(
        &t,
        reqwest::Method::GET,
        &format!("/api/v1/communes/otherville/announcements/{id}"),
        Some(&other),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        t.text("SELECT CAST(COUNT(*) AS TEXT) FROM announcements WHERE withdrawn_at IS NULL")
            .await,
        "1"
    );
    assert_eq!(t.count("announcements").await, 1);
}

#[tokio::test]
async fn bad_announcements_come_back_with_every_problem_and_store_nothing() {
    let t = TestApp::start().await;
    t.fixture().await;
    let desk = staff(&t).await;
    let other_west = t
        .text("SELECT CAST(id AS TEXT) FROM neighbourhoods WHERE commune_id = (SELECT id FROM communes WHERE slug = 'otherville') ORDER BY id LIMIT 1")
        .await;

    // Nothing written: one message for the whole form.
    let r = desk
        .submit(&format!("{DESK}/new"), DESK, &[("title-fr", " ")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(
        html.contains("Write a title and a text in at least one language."),
        "{html}"
    );

    // Every problem at once, each beside its field, and what was typed kept.
    let r = desk
        .submit(
            &format!("{DESK}/new"),
            DESK,
            &[
                ("title-de", "Bauarbeiten"),
                ("body-pt", "Texto sem título"),
                ("audience", "neighbourhoods"),
                ("neighbourhood", other_west.as_str()),
                ("publish_at", "2026-13-45T99:00"),
                ("request_key", "bad-form-0001"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(
        html.contains("Give a date and time, for example 01.12.2026 09:00."),
        "{html}"
    );
    assert!(html.contains("value=\"Bauarbeiten\""));
    let r = desk
        .submit(
            &format!("{DESK}/new"),
            DESK,
            &[
                ("title-de", "Bauarbeiten"),
                ("body-pt", "Texto sem título"),
                ("audience", "neighbourhoods"),
                ("neighbourhood", other_west.as_str()),
                ("publish_at", "2030-01-01T10:00"),
                ("expires_at", "2029-01-01T10:00"),
                ("request_key", "bad-form-0002"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    for message in [
        "Write the text of this version.",
        "Give this version a title.",
        "Choose neighbourhoods of the commune from the list.",
        "The end must come after the publication.",
    ] {
        assert!(html.contains(message), "{message}: {html}");
    }
    assert!(
        html.contains("href=\"#body-de\""),
        "the summary links to the field"
    );
    assert!(html.contains("Texto sem título"));
    // No neighbourhood ticked.
    let r = desk
        .submit(
            &format!("{DESK}/new"),
            DESK,
            &[
                ("title-en", "A"),
                ("body-en", "B"),
                ("audience", "neighbourhoods"),
            ],
        )
        .await;
    assert!(body(r)
        .await
        .contains("Choose at least one neighbourhood, or the whole commune."));

    // Over the API, in the caller's language.
    let staff_token = token(&t, "testville", "staff@example.lu").await;
    let (status, problem) = api(&t, reqwest::Method::POST, API, Some(&staff_token),
        Some(json!({"versions": {"fr": {"title": "x".repeat(161), "body": "Texte"}, "xx": {"title": "?", "body": "?"}}})), "fr").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        problem.to_string().contains("luxembourgeois (lb)"),
        "{problem}"
    );
    let (status, problem) = api(&t, reqwest::Method::POST, API, Some(&staff_token),
        Some(json!({"versions": {"fr": {"title": "x".repeat(161), "body": "Texte"}}, "publish_at": 1.5})), "fr").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        problem
            .to_string()
            .contains("Indiquez une date et une heure"),
        "{problem}"
    );
    let (status, problem) = api(&t, reqwest::Method::POST, API, Some(&staff_token),
        Some(json!({"versions": {"fr": {"title": "x".repeat(161), "body": "Texte"}}, "neighbourhoods": [2.5]})), "fr").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = problem.to_string();
    assert!(
        text.contains("Un titre a au plus 160 caractères."),
        "{problem}"
    );
    assert!(
        text.contains("Choisissez des quartiers de la commune"),
        "{problem}"
    );
    let (status, _) = api(
        &t,
        reqwest::Method::POST,
        API,
        Some(&staff_token),
        Some(json!({"versions": "fr"})),
        "fr",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = api(
        &t,
        reqwest::Method::GET,
        &format!("{API}?after=0.99999999999999999999.1"),
        None,
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = api(
        &t,
        reqwest::Method::PUT,
        &format!("{API}/999999"),
        Some(&staff_token),
        Some(json!({"versions": {"en": {"title": "A", "body": "B"}}})),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    assert_eq!(t.count("announcements").await, 0);
    assert_eq!(t.count("announcement_versions").await, 0);
    assert_eq!(t.count("announcement_neighbourhoods").await, 0);
}

#[tokio::test]
async fn public_ones_are_in_the_atom_feed_pinned_first_and_scheduled_ones_wait() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let _ = staff(&t).await;
    let staff_token = token(&t, "testville", "staff@example.lu").await;
    let publish = |body: Value| {
        let t = &t;
        let staff_token = staff_token.clone();
        async move {
            let (status, made) = api(
                t,
                reqwest::Method::POST,
                API,
                Some(&staff_token),
                Some(body),
                "en",
            )
            .await;
            assert_eq!(status, StatusCode::CREATED, "{made}");
            made["id"].as_i64().unwrap()
        }
    };
    let market = publish(json!({"versions": {"lb": {"title": "Maart", "body": "Samschdes."},
        "fr": {"title": "Marché", "body": "Le samedi & <b>gratuit</b>."}}, "public": true, "request_key": "market-0001"})).await;
    let pinned = publish(
        json!({"versions": {"en": {"title": "Water cut", "body": "Tuesday."}},
        "public": true, "pinned": true, "request_key": "water-0001"}),
    )
    .await;
    let residents_only = publish(
        json!({"versions": {"en": {"title": "Residents' meeting", "body": "Thursday."}},
        "request_key": "meeting-0001"}),
    )
    .await;
    let later = publish(
        json!({"versions": {"en": {"title": "Next year's fair", "body": "Soon."}},
        "public": true, "publish_at": gemeng::app::now() + 86_400, "request_key": "fair-0001"}),
    )
    .await;

    // Anyone: the public ones that are out, pinned first.
    let (status, list) = api(&t, reqwest::Method::GET, API, None, None, "en").await;
    assert_eq!(status, StatusCode::OK);
    let ids: Vec<i64> = list["announcements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [pinned, market]);
    // The market in the commune's language (French) for an English reader who has none.
    assert_eq!(list["announcements"][1]["language"], "fr");
    // A resident also reads the one for residents; staff read all, the scheduled one too.
    let ana = token(&t, "testville", "ana@example.lu").await;
    let (_, list) = api(&t, reqwest::Method::GET, API, Some(&ana), None, "en").await;
    assert_eq!(list["announcements"].as_array().unwrap().len(), 3);
    let (_, list) = api(
        &t,
        reqwest::Method::GET,
        API,
        Some(&staff_token),
        None,
        "en",
    )
    .await;
    assert_eq!(list["announcements"].as_array().unwrap().len(), 4);
    let (_, html) = s.ana.page(PUBLIC).await;
    let (water, market_at) = (
        html.find("Water cut").unwrap(),
        html.find("Marché").unwrap(),
    );
    assert!(water < market_at, "pinned first");
    assert!(!html.contains("Next year"));
    assert_eq!(
        s.ana.get(&format!("{PUBLIC}/{later}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let _ = residents_only;

    // The feed: public and out only, every entry complete, in its language, its other
    // versions linked, text escaped.
    let report = atom(&t).await;
    let entries = report["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "{report}");
    let titles: Vec<&str> = entries
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Water cut") && titles.contains(&"Marché"),
        "{report}"
    );
    let market_entry = entries.iter().find(|e| e["title"] == "Marché").unwrap();
    assert_eq!(market_entry["language"], "fr");
    assert_eq!(market_entry["alternates"], json!(["fr"]));
    assert_eq!(market_entry["related"], json!(["lb"]));
    assert!(
        market_entry["link"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/c/testville/announcements/{market}")),
        "{market_entry}"
    );
    let xml = Client::new()
        .get(t.url(&format!("{PUBLIC}.atom")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(xml.contains("&lt;b&gt;gratuit&lt;/b&gt;"), "{xml}");

    // Once its time has come (moved here into the past), the scheduled one is out.
    t.execute(&format!(
        "UPDATE announcements SET publish_at = publish_at - 2 * 86400 WHERE id = {later}"
    ))
    .await;
    let (_, list) = api(&t, reqwest::Method::GET, API, None, None, "en").await;
    assert_eq!(list["announcements"].as_array().unwrap().len(), 3);
    // Expired, it is gone again.
    t.execute(&format!(
        "UPDATE announcements SET expires_at = publish_at + 1 WHERE id = {later}"
    ))
    .await;
    let (_, list) = api(&t, reqwest::Method::GET, API, None, None, "en").await;
    assert_eq!(list["announcements"].as_array().unwrap().len(), 2);
    let (_, html) = t.browser().page(PUBLIC).await;
    assert!(!html.contains("Next year"));
}

#[tokio::test]
async fn a_long_list_is_paged_without_losing_or_repeating_one() {
    let t = TestApp::start().await;
    t.fixture().await;
    let _ = staff(&t).await;
    let staff_token = token(&t, "testville", "staff@example.lu").await;
    let mut made = Vec::new();
    for n in 0..45 {
        let (status, a) = api(
            &t,
            reqwest::Method::POST,
            API,
            Some(&staff_token),
            Some(
                json!({"versions": {"en": {"title": format!("News {n}"), "body": "Text."}},
                "public": true, "pinned": n % 10 == 0, "request_key": format!("paging-{n:04}")}),
            ),
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        made.push(a["id"].as_i64().unwrap());
    }
    let mut seen = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let path = match &next {
            Some(after) => format!("{API}?after={after}"),
            None => API.to_string(),
        };
        let (_, page) = api(&t, reqwest::Method::GET, &path, None, None, "en").await;
        let items = page["announcements"].as_array().unwrap();
        assert!(items.len() <= 20);
        seen.extend(
            items
                .iter()
                .map(|a| (a["pinned"].as_bool().unwrap(), a["id"].as_i64().unwrap())),
        );
        match page["next"].as_str() {
            Some(after) => next = Some(after.to_string()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 45);
    // The five pinned first, each group newest first (same second: highest id first).
    assert!(seen[..5].iter().all(|(pinned, _)| *pinned));
    let mut sorted = seen.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(seen, sorted);
    // Pages of the web list too.
    let (_, html) = t.browser().page(PUBLIC).await;
    assert!(html.contains("rel=\"next\""));
}

#[tokio::test]
async fn residents_hear_of_an_announcement_as_they_chose_and_once() {
    let t = TestApp::start_with_mail().await;
    let s = street(&t).await;
    let _ = staff(&t).await;
    let staff_token = token(&t, "testville", "staff@example.lu").await;
    // Cleo wants the commune's news once a week; a week is not offered for messages.
    let settings = "/c/testville/me/notices";
    let r = s
        .cleo
        .submit(settings, settings, &[("announcements", "weekly")])
        .await;
    assert_eq!(location(&r), format!("{settings}?done=saved"));
    let r = s
        .cleo
        .submit(settings, settings, &[("messages", "weekly")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let (_, html) = s.cleo.page(settings).await;
    assert!(
        html.contains(
            "id=\"announcements-weekly\" name=\"announcements\" value=\"weekly\" checked"
        ),
        "{html}"
    );
    assert!(!html.contains("id=\"messages-weekly\""));

    let (status, made) = api(&t, reqwest::Method::POST, API, Some(&staff_token),
        Some(json!({"versions": {"en": {"title": "Roadworks in West Street", "body": "Closed on Monday."},
            "pt": {"title": "Obras na rua do Oeste", "body": "Fechada na segunda-feira."}},
            "neighbourhoods": [s.west], "request_key": "mailed-0001"})), "en").await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let id = made["id"].as_i64().unwrap();

    // Ana (at once, the default) gets it in her language, with its link and a
    // one-click unsubscribe that stops announcements only.
    let mail = t
        .smtp()
        .wait_for("ana@example.lu", "Roadworks in West Street")
        .await;
    assert!(mail.body.contains("Closed on Monday."), "{}", mail.body);
    assert!(mail
        .body
        .contains(&format!("/c/testville/announcements/{id}?version=en")));
    assert!(
        mail.headers["list-unsubscribe"].contains("topic=announcements"),
        "{:?}",
        mail.headers
    );
    assert_eq!(
        mail.headers["list-unsubscribe-post"],
        "List-Unsubscribe=One-Click"
    );
    // Cleo's waits for Monday's digest; Ben, in East, hears nothing.
    let waiting = t
        .text(&format!(
            "SELECT CAST(COUNT(*) AS TEXT) FROM notice_digest_items
             WHERE item_type = 'announcement' AND item_id = {id} AND not_before > {}",
            gemeng::app::now()
        ))
        .await;
    assert_eq!(waiting, "1");
    // The digest job sends nothing of it before Monday.
    gemeng::notices::send_digests(&t.jobs_app()).await.unwrap();
    assert!(t
        .smtp()
        .received()
        .iter()
        .all(|m| m.to.iter().all(|to| to != "cleo@example.lu")));
    assert!(t
        .smtp()
        .received()
        .iter()
        .all(|m| m.to.iter().all(|to| to != "ben@example.lu")));

    // Its reach: one e-mail delivered, once the sender recorded it.
    let mut delivered = 0;
    for _ in 0..100 {
        let (_, reach) = api(
            &t,
            reqwest::Method::GET,
            &format!("{API}/{id}/reach"),
            Some(&staff_token),
            None,
            "en",
        )
        .await;
        delivered = reach["delivered"].as_i64().unwrap();
        if delivered == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(delivered, 1);
    // Told once: the mailer's next rounds write nothing more.
    let outbox = t.count("outbox").await;
    let jobs = t.jobs_app();
    assert_eq!(
        gemeng::channel::announcements::mailing::mail_due(&jobs)
            .await
            .unwrap(),
        0
    );
    assert_eq!(t.count("outbox").await, outbox);

    // A scheduled one waits for its time; one withdrawn before its time never leaves.
    let later = gemeng::app::now() + 3_600;
    let mut scheduled = Vec::new();
    for key in ["later-0001", "later-0002"] {
        let (status, made) = api(
            &t,
            reqwest::Method::POST,
            API,
            Some(&staff_token),
            Some(
                json!({"versions": {"en": {"title": format!("Fair {key}"), "body": "Soon."}},
                "publish_at": later, "request_key": key}),
            ),
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        scheduled.push(made["id"].as_i64().unwrap());
    }
    assert_eq!(
        gemeng::channel::announcements::mailing::mail_due(&jobs)
            .await
            .unwrap(),
        0
    );
    let (status, _) = api(
        &t,
        reqwest::Method::POST,
        &format!("{API}/{}/withdraw", scheduled[1]),
        Some(&staff_token),
        None,
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    t.execute(&format!(
        "UPDATE announcements SET publish_at = publish_at - 7200, expires_at = NULL WHERE id IN ({}, {})",
        scheduled[0], scheduled[1]
    ))
    .await;
    // For the whole commune: Ana and Ben at once, Cleo on Monday (the mailer's own
    // round may be the one that writes them: either way, once).
    gemeng::channel::announcements::mailing::mail_due(&jobs)
        .await
        .unwrap();
    let written = |sql: String| {
        let t = &t;
        async move { t.text(&sql).await }
    };
    assert_eq!(
        written(format!(
            "SELECT CAST(COUNT(*) AS TEXT) FROM outbox WHERE announcement_id = {}",
            scheduled[0]
        ))
        .await,
        "2"
    );
    assert_eq!(
        written(format!("SELECT CAST(COUNT(*) AS TEXT) FROM notice_digest_items WHERE item_id = {} AND item_type = 'announcement'", scheduled[0])).await,
        "1"
    );
    t.smtp().wait_for("ben@example.lu", "Fair later-0001").await;
    t.smtp().wait_for("ana@example.lu", "Fair later-0001").await;
    assert_eq!(
        gemeng::channel::announcements::mailing::mail_due(&jobs)
            .await
            .unwrap(),
        0
    );
    assert!(t
        .smtp()
        .received()
        .iter()
        .all(|m| !m.subject.contains("later-0002")));
}

#[tokio::test]
async fn the_printable_digest_shows_the_weeks_news_without_names_or_addresses() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let desk = staff(&t).await;
    let staff_token = token(&t, "testville", "staff@example.lu").await;
    let (status, _) = api(&t, reqwest::Method::POST, API, Some(&staff_token),
        Some(json!({"versions": {"en": {"title": "Bulky waste on Friday", "body": "Put it out by 7."}},
            "neighbourhoods": [s.west], "request_key": "digest-0001"})), "en").await;
    assert_eq!(status, StatusCode::CREATED);
    for (kind, title) in [
        ("offer-service", "Ironing on Sundays"),
        ("information", "The bakery reopened"),
    ] {
        let r = crate::neighbourhood::publish(
            &s.cleo,
            "west",
            &[
                ("kind", kind),
                ("title", title),
                ("body", "Ask me."),
                ("audience", "neighbourhood"),
            ],
        )
        .await;
        assert!(r.status().is_redirection(), "{}", r.status());
    }

    let (status, html) = s.ana.page("/c/testville/n/west/digest").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("West: the week on Gemeng"), "{html}");
    assert!(html.contains("Bulky waste on Friday"));
    assert!(html.contains("Ironing on Sundays"));
    assert!(html.contains("I offer a service"));
    // Something to answer only: information stays online.
    assert!(!html.contains("The bakery reopened"));
    // Paper leaves the platform: no names, no addresses.
    let main = &html[html.find("<main").unwrap()..];
    assert!(!main.contains("cleo"), "{main}");
    assert!(!main.contains("Rue de l'Ouest") && !main.contains("Rue de l&#39;Ouest"));

    // Only West's members print West's; staff print every neighbourhood, one per page.
    assert_eq!(
        s.ben.get("/c/testville/n/west/digest").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.ana.get("/c/testville/staff/digest").await.status(),
        StatusCode::FORBIDDEN
    );
    let (status, html) = desk.page("/c/testville/staff/digest").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(html.matches("class=\"digest-page\"").count(), 2);
    assert!(html.contains("East: the week on Gemeng"));
    // East's page has neither West's announcement nor its offer.
    let east = &html[html.find("East: the week").unwrap()..];
    let east = &east[..east.find("</section>").unwrap()];
    assert!(
        !east.contains("Bulky waste") && !east.contains("Ironing"),
        "{east}"
    );
    assert!(east.contains("Nothing this week."));
}

#[tokio::test]
async fn a_stolen_staff_token_cannot_flood_and_locks_nobody_out() {
    let t = TestApp::start().await;
    let _s = street(&t).await;
    let _desk = staff(&t).await;
    let commune = t
        .text("SELECT CAST(id AS TEXT) FROM communes WHERE slug = 'testville'")
        .await
        .parse()
        .unwrap();
    t.account(
        commune,
        "colleague@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let stolen = token(&t, "testville", "staff@example.lu").await;
    let colleague = token(&t, "testville", "colleague@example.lu").await;
    let later = gemeng::app::now() + 86_400;
    let body = |n: usize| {
        json!({"versions": {"en": {"title": format!("Spam {n}"), "body": "Spam."}},
            "publish_at": later, "request_key": format!("spam-key-{n:05}")})
    };
    // The day's allowance, then refused: nothing more is stored.
    let allowed = gemeng::channel::announcements::CHANGES_PER_DAY as usize;
    for n in 0..allowed {
        let (status, _) = api(
            &t,
            reqwest::Method::POST,
            API,
            Some(&stolen),
            Some(body(n)),
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{n}");
    }
    let (status, _) = api(
        &t,
        reqwest::Method::POST,
        API,
        Some(&stolen),
        Some(body(allowed)),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(t.count("announcements").await, allowed as i64);
    // A colleague still publishes.
    let (status, _) = api(
        &t,
        reqwest::Method::POST,
        API,
        Some(&colleague),
        Some(body(allowed + 1)),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    // A body past the limit is cut off before it is read whole; nothing is stored.
    let huge = json!({"versions": {"en": {"title": "Huge", "body": "x".repeat(3_000_000)}},
        "request_key": "huge-key-00001"});
    let (status, _) = api(
        &t,
        reqwest::Method::POST,
        API,
        Some(&colleague),
        Some(huge),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(t.count("announcements").await, allowed as i64 + 1);
    // Forged paging keys: refused, not a slow scan.
    for after in ["1.99999999999999999999.1", "2.1.1", "0.-1.x", ""] {
        let (status, _) = api(
            &t,
            reqwest::Method::GET,
            &format!("{API}?after={after}"),
            Some(&colleague),
            None,
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{after}");
        // The page reads an empty one as the first page.
        let r = t.browser().get(&format!("{PUBLIC}?after={after}")).await;
        let expected = if after.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        assert_eq!(r.status(), expected, "{after}");
    }
}
