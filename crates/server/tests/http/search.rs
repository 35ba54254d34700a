//! Searching a neighbourhood, as its members and strangers use it: words of four
//! languages with and without their accents, the last word begun, only what the
//! reader may read, hostile input answered clearly, a limit per person, on the page
//! and over the API.

use gemeng_core::account::{Residence, Role};
use gemeng_core::posts::{Audience, PostKind};
use gemeng_core::search::SEARCHES_PER_MINUTE;
use reqwest::{Client, StatusCode};
use serde_json::Value;

use crate::support::{location, Browser, TestApp, PASSWORD};

struct Street {
    ana: Browser,
    cleo: Browser,
    ben: Browser,
    ana_token: String,
    cleo_token: String,
    ben_token: String,
    commune: i64,
    west: i64,
    ana_id: i64,
}

/// Ana and Cleo live in West, Ben in East.
async fn street(t: &TestApp) -> Street {
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
        assert_eq!(
            b.login("testville", email, PASSWORD).await.status(),
            StatusCode::SEE_OTHER
        );
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
        ana_token: crate::api::token(t, "testville", "ana@example.lu").await,
        cleo_token: crate::api::token(t, "testville", "cleo@example.lu").await,
        ben_token: crate::api::token(t, "testville", "ben@example.lu").await,
        commune: f.commune,
        west,
        ana_id: ids[0],
    }
}

/// Publishes a post from the form of `nb`; its path.
async fn publish(who: &Browser, nb: &str, audience: &str, title: &str, body: &str) -> String {
    let r = who
        .submit(
            &format!("/c/testville/n/{nb}/new"),
            &format!("/c/testville/n/{nb}/posts"),
            &[
                ("kind", "information"),
                ("audience", audience),
                ("title", title),
                ("body", body),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{title}");
    location(&r).split('?').next().unwrap().to_string()
}

/// `text` as a URL query value.
fn encoded(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The search page of `nb` for `q`: status and HTML.
async fn search_page(who: &Browser, nb: &str, q: &str) -> (StatusCode, String) {
    who.page(&format!("/c/testville/n/{nb}/search?q={}", encoded(q)))
        .await
}

/// The API's answer to a search of `nb` for `q`.
async fn search_api(
    t: &TestApp,
    token: &str,
    nb: &str,
    q: &str,
    language: &str,
) -> (StatusCode, Value) {
    let r = Client::new()
        .get(t.url(&format!(
            "/api/v1/communes/testville/neighbourhoods/{nb}/search?q={}",
            encoded(q)
        )))
        .bearer_auth(token)
        .header("accept-language", language)
        .send()
        .await
        .unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// The ids of the posts an API answer lists.
fn ids(answer: &Value) -> Vec<i64> {
    answer["results"]
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

fn id_of(path: &str) -> i64 {
    path.rsplit('/').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn words_are_found_with_and_without_their_accents() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let fahrrad = publish(
        &s.ana,
        "west",
        "neighbourhood",
        "Fahrrad zu verleihen",
        "Ein altes Fahrrad, gut in Schuss.",
    )
    .await;
    let cafe = publish(
        &s.ana,
        "west",
        "neighbourhood",
        "Café im Park",
        "Samstag, Rue de la Gare.",
    )
    .await;
    let strasse = publish(
        &s.ana,
        "west",
        "neighbourhood",
        "Fest in unserer Straße",
        "Alle sind eingeladen.",
    )
    .await;
    let enner = publish(
        &s.ana,
        "west",
        "neighbourhood",
        "Kaz fonnt",
        "Eng gro Kaz sëtzt ënner mengem Auto.",
    )
    .await;
    let coracao = publish(
        &s.ana,
        "west",
        "neighbourhood",
        "Obrigada",
        "Do fundo do coração, obrigada a todos.",
    )
    .await;
    for (words, post) in [
        (["Fahrrad", "fahrrad"], &fahrrad),
        (["café", "cafe"], &cafe),
        (["Straße", "strasse"], &strasse),
        (["ënner", "enner"], &enner),
        (["coração", "coracao"], &coracao),
    ] {
        for word in words {
            let (status, html) = search_page(&s.cleo, "west", word).await;
            assert_eq!(status, StatusCode::OK, "{word}");
            assert!(html.contains(&format!("href=\"{post}\"")), "{word}: {html}");
            assert!(html.contains("One post found"), "{word}: {html}");
            let (status, answer) = search_api(&t, &s.ana_token, "west", word, "en").await;
            assert_eq!(status, StatusCode::OK, "{word}: {answer}");
            assert_eq!(ids(&answer), [id_of(post)], "{word}: {answer}");
        }
    }
    // Upper case and several words, all required.
    let (_, answer) = search_api(&t, &s.ana_token, "west", "ALTES FAHRRAD", "en").await;
    assert_eq!(ids(&answer), [id_of(&fahrrad)]);
    let (_, answer) = search_api(&t, &s.ana_token, "west", "fahrrad cafe", "en").await;
    assert_eq!(ids(&answer), Vec::<i64>::new());
    // The last word may be only begun; the others are whole words.
    for begun in ["Fahr", "cora", "stras", "Straß", "gut schu"] {
        let (_, answer) = search_api(&t, &s.ana_token, "west", begun, "en").await;
        assert_eq!(answer["results"].as_array().unwrap().len(), 1, "{begun}");
    }
    let (_, answer) = search_api(&t, &s.ana_token, "west", "Fahr gut", "en").await;
    assert_eq!(ids(&answer), Vec::<i64>::new());
    let (_, answer) = search_api(&t, &s.ana_token, "west", "Straße", "en").await;
    assert_eq!(answer["words"], serde_json::json!(["strasse"]));
    assert_eq!(answer["last_word_is_prefix"], true);
    assert_eq!(answer["total"], 1);
    assert_eq!(answer["results"][0]["title"], "Fest in unserer Straße");
    assert_eq!(answer["results"][0]["kind"], "information");

    // Nothing found says so.
    let (status, html) = search_page(&s.cleo, "west", "Bohrmaschine").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("No post found"), "{html}");
}

#[tokio::test]
async fn a_search_finds_only_what_the_reader_may_read() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let drill = publish(
        &s.ana,
        "west",
        "neighbourhood",
        "Bohrmaschine zu verleihen",
        "Nur für West.",
    )
    .await;
    let market = publish(
        &s.ana,
        "west",
        "commune",
        "Flohmarkt am Sonntag",
        "Für die ganze Gemeinde, auch die Bohrmaschine.",
    )
    .await;
    // Ben lives in East: the commune-wide post is in his feed and his search, the
    // neighbourhood's post in neither.
    let (status, html) = search_page(&s.ben, "east", "Bohrmaschine").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&format!("/c/testville/n/east/posts/{}", id_of(&market))));
    assert!(!html.contains("Bohrmaschine zu verleihen"), "{html}");
    let (_, answer) = search_api(&t, &s.ben_token, "east", "bohrmaschine", "en").await;
    assert_eq!(ids(&answer), [id_of(&market)]);
    assert_eq!(answer["results"][0]["from_elsewhere"], true);
    // West's search is West's members', as its feed is.
    let (status, html) = search_page(&s.ben, "west", "Bohrmaschine").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(!html.contains("Bohrmaschine zu verleihen"));
    let (status, answer) = search_api(&t, &s.ben_token, "west", "bohrmaschine", "en").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{answer}");
    assert!(answer["results"].is_null());
    let (status, _) = Client::new()
        .get(t.url("/api/v1/communes/testville/neighbourhoods/west/search?q=bohrmaschine"))
        .send()
        .await
        .map(|r| (r.status(), ()))
        .unwrap();
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, answer) = search_api(&t, &s.ana_token, "west", "bohrmaschine", "en").await;
    assert_eq!(status, StatusCode::OK);
    let mut both = ids(&answer);
    both.sort();
    assert_eq!(both, [id_of(&drill), id_of(&market)]);
    // The title weighs more than the text.
    assert_eq!(ids(&answer)[0], id_of(&drill));

    // An answer finds its post.
    let r = s
        .cleo
        .submit(
            &drill,
            &format!("{drill}/comments"),
            &[("body", "Ich bräuchte sie für ein Regal.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, answer) = search_api(&t, &s.ana_token, "west", "Regal", "en").await;
    assert_eq!(ids(&answer), [id_of(&drill)]);

    // Hidden by a moderator (its feed rows go, as moderation does): found by nobody.
    t.execute(&format!(
        "UPDATE posts SET hidden_at = 5, hidden_reason = 'test' WHERE id = {}",
        id_of(&market)
    ))
    .await;
    let (_, answer) = search_api(&t, &s.ben_token, "east", "flohmarkt", "en").await;
    assert_eq!(ids(&answer), Vec::<i64>::new(), "{answer}");
    t.execute(&format!(
        "DELETE FROM feed_entries WHERE item_id = {}",
        id_of(&market)
    ))
    .await;
    let (_, answer) = search_api(&t, &s.ana_token, "west", "flohmarkt", "en").await;
    assert_eq!(ids(&answer), Vec::<i64>::new(), "{answer}");

    // Deleted by its author: found by nobody, by none of its words.
    let r = s
        .ana
        .submit(&format!("{drill}/delete"), &format!("{drill}/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    for word in ["bohrmaschine", "Regal", "verleihen"] {
        let (_, answer) = search_api(&t, &s.ana_token, "west", word, "en").await;
        assert_eq!(ids(&answer), Vec::<i64>::new(), "{word}: {answer}");
    }

    // An edit is found by its new words, not its old ones.
    let ladder = publish(&s.ana, "west", "neighbourhood", "Leiter", "Drei Meter.").await;
    let r = s
        .ana
        .submit(
            &format!("{ladder}/edit"),
            &format!("{ladder}/edit"),
            &[("title", "Schubkarre"), ("body", "Fast neu.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, answer) = search_api(&t, &s.ana_token, "west", "leiter", "en").await;
    assert_eq!(ids(&answer), Vec::<i64>::new());
    let (_, answer) = search_api(&t, &s.ana_token, "west", "schubkarre", "en").await;
    assert_eq!(ids(&answer), [id_of(&ladder)]);
}

#[tokio::test]
async fn hostile_input_is_answered_clearly() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    // Ana searches on the page, Cleo over the API: each stays within the limit.
    publish(
        &s.ana,
        "west",
        "neighbourhood",
        "NEAR OR NOT",
        "Velo (fast neu) - \"Trek\" * 3",
    )
    .await;
    let long = "Velo ".repeat(2_048);
    let inputs: Vec<(&str, &str)> = vec![
        ("quote", "\""),
        ("open quote", "\"velo"),
        ("quotes", "\"velo\" \"trek\""),
        ("star", "*"),
        ("star word", "velo*"),
        ("near", "NEAR"),
        ("near query", "velo NEAR trek"),
        ("near group", "NEAR(velo trek)"),
        ("or", "OR"),
        ("or query", "velo OR trek"),
        ("parentheses", "(velo"),
        ("closing", "velo)"),
        ("minus", "-"),
        ("minus word", "-velo"),
        ("column", "title:velo"),
        ("tsquery", "velo & !trek | x:*"),
        ("controls", "\u{1}\u{7}\u{1b}[31m"),
        ("nul", "velo\u{0}trek"),
        ("combining", "\u{301}\u{302}"),
        ("long", long.as_str()),
        ("many words", "a b c d e f g h i"),
        ("empty", ""),
        ("blank", "   "),
    ];
    for (name, q) in &inputs {
        let (status, html) = search_page(&s.ana, "west", q).await;
        assert!(
            status == StatusCode::OK || status == StatusCode::UNPROCESSABLE_ENTITY,
            "{name}: {status}"
        );
        if status == StatusCode::UNPROCESSABLE_ENTITY {
            assert!(html.contains("class=\"field-error\""), "{name}: {html}");
        }
        let (status, answer) = search_api(&t, &s.cleo_token, "west", q, "fr").await;
        match status {
            StatusCode::OK => assert!(answer["results"].is_array(), "{name}: {answer}"),
            StatusCode::UNPROCESSABLE_ENTITY => {
                assert_eq!(answer["errors"][0]["field"], "q", "{name}: {answer}");
                assert!(answer["detail"].is_string(), "{name}: {answer}");
            }
            other => panic!("{name}: {other} {answer}"),
        }
    }
    // Operators are words, quotes and signs are ignored: the post is found by them.
    for q in ["\"velo\" NEAR", "near or not", "(velo) -trek*"] {
        let (status, answer) = search_api(&t, &s.cleo_token, "west", q, "en").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(answer["results"].as_array().unwrap().len(), 1, "{q}");
    }
    // The reasons, next to the box and in the API, in the reader's language.
    let (status, html) = search_page(&s.ana, "west", &long).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("A search can have 200 characters at most."),
        "{html}"
    );
    assert!(html.contains("aria-invalid=\"true\""));
    let (_, answer) = search_api(&t, &s.cleo_token, "west", &long, "fr").await;
    assert_eq!(answer["errors"][0]["code"], "search-error-too-long");
    assert_eq!(
        answer["errors"][0]["message"],
        "Une recherche peut compter 200 caractères au plus."
    );
    let (status, html) = search_page(&s.ana, "west", "\"*()").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("Type at least one word of letters or digits"));
    let (_, answer) = search_api(&t, &s.cleo_token, "west", "a b c d e f g h i", "de").await;
    assert_eq!(answer["errors"][0]["code"], "search-error-too-many-words");
    let (status, answer) = search_api(&t, &s.cleo_token, "west", "", "en").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer["errors"][0]["code"], "search-error-empty");
    // No query yet: the page is the search box alone.
    let (status, html) = s.ana.page("/c/testville/n/west/search").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("name=\"q\"") && !html.contains("post found"));
    // Pages that are not offered.
    for page in ["0", "11", "x", "-1"] {
        let path = format!("/c/testville/n/west/search?q=velo&page={page}");
        assert_eq!(s.ana.page(&path).await.0, StatusCode::BAD_REQUEST, "{page}");
    }
    let r = Client::new()
        .get(t.url("/api/v1/communes/testville/neighbourhoods/west/search?q=velo&page=11"))
        .bearer_auth(&s.cleo_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn results_come_in_pages() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let mut tx = t.db.begin().await.unwrap();
    let mut posts = Vec::new();
    for i in 0..25 {
        posts.push(
            gemeng_db::posts::create(
                &mut tx,
                &gemeng_db::posts::NewPost {
                    commune_id: s.commune,
                    neighbourhood_id: s.west,
                    author_id: s.ana_id,
                    kind: PostKind::GiveObject,
                    audience: Audience::Neighbourhood,
                    title: &format!("Buch {i}"),
                    body: "Zu verschenken",
                    body_html: "Zu verschenken",
                    request_key: &format!("search-page-{i}"),
                    feeds: &[s.west],
                },
                1_000 + i,
            )
            .await
            .unwrap()
            .id(),
        );
    }
    tx.commit().await.unwrap();
    let (status, first) = search_page(&s.ana, "west", "verschenken").await;
    assert_eq!(status, StatusCode::OK);
    assert!(first.contains("25 posts found"), "{first}");
    // Equal matches: the newest first.
    assert!(first.contains("Buch 24") && first.contains("Buch 5") && !first.contains("Buch 4<"));
    let next = "/c/testville/n/west/search?q=verschenken&page=2";
    assert!(first.contains(&format!("href=\"{next}\"")), "{first}");
    let (_, second) = s.ana.page(next).await;
    assert!(
        second.contains("Buch 4<") && second.contains("Buch 0<"),
        "{second}"
    );
    assert!(!second.contains("Buch 5<") && !second.contains("page=3"));
    assert!(second.contains("href=\"/c/testville/n/west/search?q=verschenken\""));
    let (_, answer) = search_api(&t, &s.ana_token, "west", "verschenken", "en").await;
    assert_eq!(
        (answer["total"].as_i64(), answer["next_page"].as_i64()),
        (Some(25), Some(2))
    );
    assert_eq!(
        ids(&answer),
        posts[5..].iter().rev().copied().collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn the_feed_has_a_search_box_that_needs_no_script() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let (_, feed) = s.ana.page("/c/testville/n/west").await;
    let form = feed
        .split("<form")
        .find(|f| f.contains("action=\"/c/testville/n/west/search\""))
        .unwrap_or_else(|| panic!("no search form in {feed}"));
    assert!(form.contains("method=\"get\"") && form.contains("role=\"search\""));
    assert!(form.contains("name=\"q\"") && form.contains("type=\"submit\""));
    assert!(form.contains("<label for=\"search-q\""));
}

#[tokio::test]
async fn searches_are_limited_per_person() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    for i in 0..SEARCHES_PER_MINUTE {
        let (status, _) = search_api(&t, &s.ana_token, "west", &format!("w{i}"), "en").await;
        assert_eq!(status, StatusCode::OK, "search {i}");
    }
    // The next one is refused, with when to retry (the limit counts this minute and
    // the one before).
    let r = Client::new()
        .get(t.url("/api/v1/communes/testville/neighbourhoods/west/search?q=velo"))
        .bearer_auth(&s.ana_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().contains_key("retry-after"));
    let (status, _) = search_page(&s.ana, "west", "velo").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // Another person is not held back.
    let (status, _) = search_page(&s.cleo, "west", "velo").await;
    assert_eq!(status, StatusCode::OK);
}
