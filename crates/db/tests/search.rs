//! The neighbourhood search on both engines (`GEMENG_TEST_ENGINE`): each engine folds
//! the indexed text as the core folds what people type, letter by letter; a post is
//! found exactly where the feed shows it; edits, deletions and erased accounts leave
//! the index; any query the core lets through runs; and the migration indexes what
//! was written before it.

use std::collections::{BTreeMap, BTreeSet};

use gemeng_core::account::{Residence, Role};
use gemeng_core::geography::{rectangle, NeighbourhoodShape};
use gemeng_core::posts::{Audience, PostKind};
use gemeng_core::search::{fold, folded_letters, Query, CANDIDATES};
use gemeng_db::accounts::{self, NewAccount};
use gemeng_db::posts::{self, NewPost};
use gemeng_db::test_support::fresh;
use gemeng_db::{communes, neighbourhoods, search, with_pool, Db, Engine};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const NOW: i64 = 1_800_000_000;

struct Place {
    commune: i64,
    west: i64,
    east: i64,
    ana: i64,
    ben: i64,
}

/// Testville with West and East, Ana (who writes) and Ben (who answers).
async fn place(db: &Db) -> Place {
    let mut tx = db.begin().await.unwrap();
    let commune = communes::create(&mut tx, "testville", "Testville", "fr", NOW)
        .await
        .unwrap()
        .id;
    let shapes = vec![
        NeighbourhoodShape {
            name: "West".into(),
            shape: rectangle(0.0, 0.0, 1.0, 1.0),
        },
        NeighbourhoodShape {
            name: "East".into(),
            shape: rectangle(1.0, 0.0, 2.0, 1.0),
        },
    ];
    neighbourhoods::import(&mut tx, commune, &shapes, NOW)
        .await
        .unwrap();
    let mut people = Vec::new();
    for email in ["ana@example.lu", "ben@example.lu"] {
        people.push(
            accounts::create(
                &mut tx,
                &NewAccount {
                    commune_id: Some(commune),
                    email,
                    password_hash: "not-a-real-hash",
                    display_name: email,
                    language: "fr",
                    role: Role::Resident,
                    address_id: None,
                    residence: Residence::Verified,
                    email_confirmed: true,
                },
                NOW,
            )
            .await
            .unwrap(),
        );
    }
    tx.commit().await.unwrap();
    let id = |slug: &'static str| async move {
        neighbourhoods::by_slug(db, commune, slug)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    Place {
        commune,
        west: id("west").await,
        east: id("east").await,
        ana: people[0],
        ben: people[1],
    }
}

/// A post of Ana's in West, in the feeds of `feeds`, written at `at`.
async fn post(db: &Db, p: &Place, title: &str, body: &str, feeds: &[i64], at: i64) -> i64 {
    let mut tx = db.begin().await.unwrap();
    let key = format!("key-{}", gemeng_core::codes::random_token());
    let id = posts::create(
        &mut tx,
        &NewPost {
            commune_id: p.commune,
            neighbourhood_id: p.west,
            author_id: p.ana,
            kind: PostKind::Information,
            audience: if feeds.len() > 1 {
                Audience::Commune
            } else {
                Audience::Neighbourhood
            },
            title,
            body,
            body_html: body,
            request_key: &key,
            feeds,
        },
        at,
    )
    .await
    .unwrap()
    .id();
    tx.commit().await.unwrap();
    id
}

async fn comment(db: &Db, p: &Place, post: i64, body: &str) -> i64 {
    let mut tx = db.begin().await.unwrap();
    let key = format!("key-{}", gemeng_core::codes::random_token());
    let id = posts::add_comment(&mut tx, post, p.ben, body, body, &key, NOW)
        .await
        .unwrap()
        .id();
    tx.commit().await.unwrap();
    id
}

/// What a search for `typed` finds in `neighbourhood`, best first (every page).
async fn found(db: &Db, neighbourhood: i64, typed: &str) -> Vec<i64> {
    let query = Query::parse(typed).unwrap();
    search::posts(db, neighbourhood, &query, &[], 0, 1_000)
        .await
        .unwrap()
        .post_ids
}

async fn execute(db: &Db, sql: &str) {
    with_pool!(db.writer(), |pool| {
        sqlx::raw_sql(sql).execute(pool).await.unwrap();
    })
}

/// FTS5's own check of the SQLite indexes against the text they index.
async fn index_is_whole(db: &Db) {
    if db.engine() == Engine::Sqlite {
        for table in ["post_search", "comment_search"] {
            execute(
                db,
                &format!("INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)"),
            )
            .await;
        }
    }
}

#[tokio::test]
async fn each_engine_folds_every_letter_as_the_core_does() {
    let t = fresh().await;
    let p = place(&t.db).await;
    // One post per folded letter, inside a word: "qéq", "qßq", …
    let mut by_folded: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
    let mut letters = Vec::new();
    for (i, (letter, plain)) in folded_letters().enumerate() {
        let id = post(
            &t.db,
            &p,
            &format!("q{letter}q"),
            "x",
            &[p.west],
            NOW + i as i64,
        )
        .await;
        by_folded.entry(plain).or_default().insert(id);
        letters.push(letter);
    }
    // Upper-case ASCII and a combining accent, as typed on some keyboards.
    let upper = post(&t.db, &p, "QZQ", "x", &[p.west], NOW).await;
    by_folded.entry("z".into()).or_default().insert(upper);
    let combining = post(&t.db, &p, "qe\u{301}q", "x", &[p.west], NOW).await;
    by_folded.get_mut("e").unwrap().insert(combining);

    for (plain, ids) in &by_folded {
        let got: BTreeSet<i64> = found(&t.db, p.west, &format!("q{plain}q"))
            .await
            .into_iter()
            .collect();
        assert_eq!(&got, ids, "q{plain}q");
    }
    // Typed with the letter itself, the core folds it the same way.
    for letter in ["Å", "ß", "Ø", "Œ", "ł", "Þ", "ª"] {
        let plain = fold(letter);
        let got: BTreeSet<i64> = found(&t.db, p.west, &format!("q{letter}q"))
            .await
            .into_iter()
            .collect();
        assert_eq!(&got, &by_folded[&plain], "q{letter}q");
    }
    // PostgreSQL's gemeng_fold is the core's fold, letter for letter.
    if t.db.engine() == Engine::Postgres {
        let all: String = letters.iter().collect::<String>() + "ABCXYZ e\u{301}\u{36F} Дом";
        let folded: String = with_pool!(t.db.reader(), |pool| sqlx::query_scalar(
            "SELECT gemeng_fold($1)"
        )
        .bind(&all)
        .fetch_one(pool)
        .await
        .unwrap());
        assert_eq!(folded, fold(&all));
    }
    index_is_whole(&t.db).await;
}

#[tokio::test]
async fn a_post_is_found_where_the_feed_shows_it() {
    let t = fresh().await;
    let p = place(&t.db).await;
    let db = &t.db;
    let west_only = post(db, &p, "Fahrrad zu verleihen", "Im Keller", &[p.west], NOW).await;
    let everywhere = post(
        db,
        &p,
        "Fête de la rue",
        "Café et gâteaux, coração",
        &[p.west, p.east],
        NOW + 1,
    )
    .await;
    assert_eq!(found(db, p.west, "fahrrad").await, [west_only]);
    assert_eq!(found(db, p.west, "FAHRRAD").await, [west_only]);
    // Prefix of the last word only.
    assert_eq!(found(db, p.west, "Fahr").await, [west_only]);
    assert!(found(db, p.west, "Fahr Keller").await.is_empty());
    assert_eq!(found(db, p.west, "Keller Fahr").await, [west_only]);
    // East's feed has the commune-wide post only.
    assert!(found(db, p.east, "fahrrad").await.is_empty());
    assert_eq!(found(db, p.east, "cafe coracao").await, [everywhere]);
    assert_eq!(found(db, p.west, "café").await, [everywhere]);

    // An answer finds its post; a hidden or deleted answer does not.
    let answer = comment(db, &p, west_only, "Ech kann ënner der Woch").await;
    assert_eq!(found(db, p.west, "enner woch").await, [west_only]);
    execute(
        db,
        &format!("UPDATE comments SET hidden_at = {NOW} WHERE id = {answer}"),
    )
    .await;
    assert!(found(db, p.west, "enner").await.is_empty());
    execute(
        db,
        &format!("UPDATE comments SET hidden_at = NULL WHERE id = {answer}"),
    )
    .await;
    let mut tx = db.begin().await.unwrap();
    posts::delete_comment(&mut tx, answer, west_only, NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(found(db, p.west, "enner").await.is_empty());

    // An edit is searched by its new words only.
    let mut tx = db.begin().await.unwrap();
    posts::edit(&mut tx, west_only, "Velo ze léinen", "Am Keller", "", NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(found(db, p.west, "fahrrad").await.is_empty());
    assert_eq!(found(db, p.west, "leinen").await, [west_only]);

    // Hidden: not found, even where its feed rows were left.
    execute(
        db,
        &format!("UPDATE posts SET hidden_at = {NOW} WHERE id = {everywhere}"),
    )
    .await;
    assert!(found(db, p.east, "cafe").await.is_empty());
    execute(
        db,
        &format!("UPDATE posts SET hidden_at = NULL WHERE id = {everywhere}"),
    )
    .await;
    // Without its feed row in a neighbourhood (as when hidden), not found there.
    execute(
        db,
        &format!(
            "DELETE FROM feed_entries WHERE item_id = {everywhere} AND neighbourhood_id = {}",
            p.east
        ),
    )
    .await;
    assert!(found(db, p.east, "cafe").await.is_empty());
    assert_eq!(found(db, p.west, "cafe").await, [everywhere]);

    // Deleted: its text is gone from the index with it.
    let mut tx = db.begin().await.unwrap();
    posts::delete(&mut tx, everywhere, NOW).await.unwrap();
    tx.commit().await.unwrap();
    assert!(found(db, p.west, "cafe").await.is_empty());
    index_is_whole(db).await;

    // An erased account's posts and answers leave the index too.
    let other = post(db, &p, "Ladder", "Long ladder", &[p.west], NOW).await;
    comment(db, &p, other, "Thanks, ladder").await;
    execute(db, &format!("DELETE FROM users WHERE id = {}", p.ana)).await;
    assert!(found(db, p.west, "ladder").await.is_empty());
    index_is_whole(db).await;
}

#[tokio::test]
async fn posts_and_answers_of_unwanted_authors_are_left_out() {
    let t = fresh().await;
    let p = place(&t.db).await;
    let db = &t.db;
    let anas = post(db, &p, "Tomaten", "Aus dem Garten", &[p.west], NOW).await;
    let answered = post(db, &p, "Frage", "Wer hat Samen?", &[p.west], NOW + 1).await;
    comment(db, &p, answered, "Ich habe Tomaten").await;
    let query = Query::parse("tomaten").unwrap();
    let hits = |unwanted: Vec<i64>| {
        let query = query.clone();
        async move {
            search::posts(db, p.west, &query, &unwanted, 0, 20)
                .await
                .unwrap()
                .post_ids
        }
    };
    assert_eq!(hits(vec![]).await, [anas, answered]);
    // Without Ben: his answer finds nothing; without Ana: none of her posts.
    assert_eq!(hits(vec![p.ben]).await, [anas]);
    assert_eq!(hits(vec![p.ana, 999]).await, Vec::<i64>::new());
}

#[tokio::test]
async fn titles_rank_first_then_the_newest() {
    let t = fresh().await;
    let p = place(&t.db).await;
    let db = &t.db;
    let in_body_old = post(db, &p, "Garten", "Eine Leiter hier", &[p.west], NOW).await;
    let in_title = post(db, &p, "Leiter", "Zu verleihen", &[p.west], NOW + 1).await;
    let in_body_new = post(db, &p, "Werkzeug", "Auch eine Leiter", &[p.west], NOW + 2).await;
    let by_answer = post(db, &p, "Frage", "Wer hat?", &[p.west], NOW + 3).await;
    comment(db, &p, by_answer, "Ich habe eine Leiter").await;
    let ranked = found(db, p.west, "leiter").await;
    assert_eq!(ranked[0], in_title, "{ranked:?}");
    assert_eq!(ranked.len(), 4);
    let body_hits: Vec<i64> = ranked
        .iter()
        .copied()
        .filter(|id| [in_body_old, in_body_new].contains(id))
        .collect();
    assert_eq!(body_hits, [in_body_new, in_body_old], "{ranked:?}");

    // Pages: limit and offset over the same ranking, with the count of all.
    let query = Query::parse("leiter").unwrap();
    let first = search::posts(db, p.west, &query, &[], 0, 2).await.unwrap();
    let second = search::posts(db, p.west, &query, &[], 2, 2).await.unwrap();
    assert_eq!((first.total, second.total), (4, 4));
    assert_eq!([first.post_ids, second.post_ids].concat(), ranked);
    let past = search::posts(db, p.west, &query, &[], 4, 2).await.unwrap();
    assert_eq!(past, search::Found::default());
}

#[tokio::test]
async fn a_common_word_ranks_the_newest_posts_only() {
    let t = fresh().await;
    let p = place(&t.db).await;
    let db = &t.db;
    let mut ids = Vec::new();
    for i in 0..(CANDIDATES as i64 + 30) {
        ids.push(
            post(
                db,
                &p,
                &format!("Post {i}"),
                "gemeinsam",
                &[p.west],
                NOW + i,
            )
            .await,
        );
    }
    let query = Query::parse("gemeinsam").unwrap();
    let all = search::posts(db, p.west, &query, &[], 0, 1_000)
        .await
        .unwrap();
    assert_eq!(all.total, CANDIDATES as i64);
    let newest: BTreeSet<i64> = ids[ids.len() - CANDIDATES..].iter().copied().collect();
    assert_eq!(
        all.post_ids.iter().copied().collect::<BTreeSet<_>>(),
        newest
    );
    // Equal scores: the newest first.
    assert_eq!(all.post_ids[0], *ids.last().unwrap());
}

#[tokio::test]
async fn any_query_the_core_accepts_runs() {
    let t = fresh().await;
    let p = place(&t.db).await;
    post(
        &t.db,
        &p,
        "NEAR OR AND NOT",
        "\"quoted\" (x) a*b -c e-mail 3.5 ana@example.lu",
        &[p.west],
        NOW,
    )
    .await;
    let mut inputs: Vec<String> = [
        "\"",
        "\"\"",
        "'",
        "*",
        "a*",
        "NEAR",
        "NEAR(a b)",
        "a NEAR/3 b",
        "OR",
        "a OR b",
        "AND NOT",
        "(a",
        "a)",
        "-a",
        "a - b",
        "title:x",
        "{title}:x",
        "^a",
        "a & b | !c <-> d",
        "x:*",
        "x:A",
        "\\",
        "x\u{0}y",
        "\u{7}\u{1b}[31m",
        "²",
        "a ² b",
        "Ⅻ",
        "\u{5b0}",
        "e\u{301}",
        "ǅ",
        "東京",
        "مرحبا",
        "🙂 ok",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut rng = StdRng::seed_from_u64(9);
    let alphabet: Vec<char> = "aéß\"'*()-:&|!<>^+~{}[],.;/\\ \t²Ⅻ\u{301}\u{5b0}東🙂0"
        .chars()
        .collect();
    for _ in 0..300 {
        let len = rng.gen_range(1..40);
        inputs.push(
            (0..len)
                .map(|_| alphabet[rng.gen_range(0..alphabet.len())])
                .collect(),
        );
    }
    let mut ran = 0;
    for input in &inputs {
        if let Ok(query) = Query::parse(input) {
            search::posts(&t.db, p.west, &query, &[9, 10], 0, 20)
                .await
                .unwrap_or_else(|e| panic!("{input:?} as {query:?}: {e}"));
            ran += 1;
        }
    }
    assert!(ran > 250, "only {ran} queries ran");
    // Operators are words: the post that has them is found by them.
    assert_eq!(found(&t.db, p.west, "near or and not").await.len(), 1);
    assert_eq!(found(&t.db, p.west, "\"quoted\"").await.len(), 1);
}

#[tokio::test]
async fn the_migration_indexes_what_was_written_before_it() {
    let t = fresh().await;
    let p = place(&t.db).await;
    let db = &t.db;
    // As before migration 0009: no index, no triggers, no generated vectors.
    let undo = match db.engine() {
        Engine::Sqlite => {
            "DROP TRIGGER post_search_insert; DROP TRIGGER post_search_before_update;
             DROP TRIGGER post_search_after_update; DROP TRIGGER post_search_delete;
             DROP TRIGGER comment_search_insert; DROP TRIGGER comment_search_before_update;
             DROP TRIGGER comment_search_after_update; DROP TRIGGER comment_search_delete;
             DROP TABLE post_search; DROP TABLE comment_search;
             DROP VIEW post_search_text; DROP VIEW comment_search_text;"
        }
        Engine::Postgres => {
            "ALTER TABLE posts DROP COLUMN search; ALTER TABLE comments DROP COLUMN search;
             DROP FUNCTION gemeng_fold(text);"
        }
    };
    execute(db, undo).await;
    let before = post(db, &p, "Straße", "Rasenmäher", &[p.west], NOW).await;
    let answered = post(db, &p, "Frage", "?", &[p.west], NOW).await;
    comment(db, &p, answered, "Œuvre complète").await;
    let migration = match db.engine() {
        Engine::Sqlite => gemeng_db::MIGRATIONS_SQLITE,
        Engine::Postgres => gemeng_db::MIGRATIONS_POSTGRES,
    }
    .iter()
    .find(|m| m.name == "post_search")
    .unwrap();
    execute(db, migration.sql).await;
    assert_eq!(found(db, p.west, "strasse rasenmaher").await, [before]);
    assert_eq!(found(db, p.west, "oeuvre complete").await, [answered]);
    index_is_whole(db).await;
}
