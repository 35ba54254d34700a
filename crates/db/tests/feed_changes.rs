//! What the feed's cache relies on, on both engines (`GEMENG_TEST_ENGINE`): every
//! committed write that changes a feed card says which post or feed it changed
//! (`Change`), and a card reads only the start of a post's text.

use gemeng_core::account::{Residence, Role};
use gemeng_core::geography::{rectangle, NeighbourhoodShape};
use gemeng_core::posts::{Audience, PostKind};
use gemeng_db::accounts::{self, NewAccount};
use gemeng_db::posts::{self, NewPost, CARD_TEXT};
use gemeng_db::test_support::fresh;
use gemeng_db::tx::Change;
use gemeng_db::{communes, neighbourhoods, personal_data, photos, reports, Db};

const NOW: i64 = 1_800_000_000;

struct Place {
    commune: i64,
    west: i64,
    east: i64,
    ana: i64,
    ben: i64,
}

async fn place(db: &Db) -> Place {
    let mut tx = db.begin().await.unwrap();
    let commune = communes::create(&mut tx, "testville", "Testville", "fr", NOW)
        .await
        .unwrap()
        .id;
    let shapes = ["West", "East"]
        .iter()
        .enumerate()
        .map(|(i, name)| NeighbourhoodShape {
            name: name.to_string(),
            shape: rectangle(i as f64, 0.0, i as f64 + 1.0, 1.0),
        })
        .collect::<Vec<_>>();
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

/// Ana's post in West reaching `feeds`, and what its transaction said it changed.
async fn post(db: &Db, p: &Place, body: &str, feeds: &[i64]) -> (i64, Vec<Change>) {
    let mut tx = db.begin().await.unwrap();
    let key = format!("key-{}", gemeng_core::codes::random_token());
    let id = posts::create(
        &mut tx,
        &NewPost {
            commune_id: p.commune,
            neighbourhood_id: p.west,
            author_id: p.ana,
            kind: PostKind::GiveObject,
            audience: Audience::Commune,
            title: "Apples",
            body,
            body_html: body,
            request_key: &key,
            feeds,
        },
        NOW,
    )
    .await
    .unwrap()
    .id();
    (id, tx.commit().await.unwrap())
}

/// Runs `write` in a transaction and returns what it said it changed.
macro_rules! changes {
    ($db:expr, |$tx:ident| $write:expr) => {{
        let mut $tx = $db.begin().await.unwrap();
        $write;
        $tx.commit().await.unwrap()
    }};
}

#[tokio::test]
async fn every_write_to_a_card_names_its_post_or_feed() {
    let t = fresh().await;
    let db = &t.db;
    let p = place(db).await;
    let (id, changed) = post(db, &p, "A box.", &[p.west, p.east]).await;
    assert_eq!(changed, vec![Change::Feed(p.west), Change::Feed(p.east)]);
    let on_card = vec![Change::Post(id)];

    let changed = changes!(db, |tx| posts::edit(&mut tx, id, "Pears", "B", "B", NOW)
        .await
        .unwrap());
    assert_eq!(changed, on_card);
    let changed = changes!(db, |tx| posts::add_comment(
        &mut tx,
        id,
        p.ben,
        "Yes",
        "Yes",
        "key-answer-1",
        NOW
    )
    .await
    .unwrap());
    assert_eq!(changed, on_card);
    let answer: i64 = posts::comments_of(db, id, 0, 10).await.unwrap()[0].id;
    let changed = changes!(db, |tx| posts::thank(&mut tx, id, p.ben, NOW)
        .await
        .unwrap());
    assert_eq!(changed, on_card);
    let changed = changes!(db, |tx| posts::mark_done(&mut tx, id).await.unwrap());
    assert_eq!(changed, on_card);
    let changed = changes!(db, |tx| photos::attach(
        &mut tx,
        id,
        &[photos::NewPhoto {
            file_key: "ab/cdef.jpg",
            width: 10,
            height: 10,
        }],
        NOW
    )
    .await
    .unwrap());
    assert_eq!(changed, on_card);

    // A moderator hides the answer (the count changes), then the post; restores both.
    let changed = changes!(db, |tx| reports::hide(
        &mut tx, "comment", answer, p.ben, "r", NOW
    )
    .await
    .unwrap());
    assert_eq!(changed, on_card);
    let changed = changes!(db, |tx| reports::restore(&mut tx, "comment", answer, &[])
        .await
        .unwrap());
    assert_eq!(changed, on_card);
    let changed = changes!(db, |tx| reports::hide(&mut tx, "post", id, p.ben, "r", NOW)
        .await
        .unwrap());
    assert_eq!(changed, on_card);
    let changed = changes!(db, |tx| reports::restore(&mut tx, "post", id, &[p.west])
        .await
        .unwrap());
    assert_eq!(changed, vec![Change::Feed(p.west)]);

    let changed = changes!(db, |tx| posts::delete_comment(&mut tx, answer, id, NOW)
        .await
        .unwrap());
    assert_eq!(changed, on_card);
    let changed = changes!(db, |tx| posts::delete(&mut tx, id, NOW).await.unwrap());
    assert_eq!(changed, on_card);

    // An erased account: every feed of its commune.
    let changed = changes!(db, |tx| personal_data::erase(&mut tx, p.commune, p.ben)
        .await
        .unwrap());
    assert!(changed.contains(&Change::Feeds(p.commune)), "{changed:?}");
}

#[tokio::test]
async fn a_card_reads_the_start_of_the_text_in_its_commune_only() {
    let t = fresh().await;
    let db = &t.db;
    let p = place(db).await;
    let long = "é".repeat(CARD_TEXT as usize * 3);
    let (id, _) = post(db, &p, &long, &[p.west]).await;
    let (short, _) = post(db, &p, "A box.", &[p.west]).await;
    let mut cards = posts::cards_by_ids(db, p.commune, &[id, short])
        .await
        .unwrap();
    cards.sort_by_key(|c| c.id);
    assert_eq!(cards.len(), 2);
    // Characters, not bytes, on both engines; one more than read tells it was cut.
    assert_eq!(cards[0].text_start, "é".repeat(CARD_TEXT as usize + 1));
    assert!(cards[0].text_is_cut());
    assert_eq!(cards[1].text_start, "A box.");
    assert!(!cards[1].text_is_cut());
    assert_eq!(cards[0].author_name, "ana@example.lu");
    assert!(posts::cards_by_ids(db, p.commune + 1, &[id])
        .await
        .unwrap()
        .is_empty());
}

fn photo(key: &'static str) -> photos::NewPhoto<'static> {
    photos::NewPhoto {
        file_key: key,
        width: 10,
        height: 10,
    }
}

/// A post takes photos up to its limit, counted inside the transaction that adds
/// them; two additions at once (two instances) count one after the other.
#[tokio::test]
async fn a_post_takes_photos_up_to_its_limit_counted_in_the_transaction() {
    let t = fresh().await;
    let db = &t.db;
    let p = place(db).await;
    let (id, _) = post(db, &p, "A box.", &[p.west]).await;
    let count = || async { photos::of_post(db, id).await.unwrap().len() };
    let add = |keys: &'static [&'static str]| async move {
        let new: Vec<_> = keys.iter().map(|k| photo(k)).collect();
        let mut tx = db.begin().await.unwrap();
        let added = photos::attach_within(&mut tx, id, &new, 4, NOW)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        added
    };
    assert!(add(&["photos/a.jpg", "photos/b.jpg", "photos/c.jpg"]).await);
    assert!(!add(&["photos/d.jpg", "photos/e.jpg"]).await, "five in all");
    assert_eq!(count().await, 3, "nothing of a refused addition is kept");

    // One addition holds the post while another waits for it: the second counts the
    // first's photo and is refused.
    let mut first = db.begin().await.unwrap();
    assert!(
        photos::attach_within(&mut first, id, &[photo("photos/f.jpg")], 4, NOW)
            .await
            .unwrap()
    );
    let other = db.clone();
    let second = tokio::spawn(async move {
        let mut tx = other.begin().await.unwrap();
        let added = photos::attach_within(&mut tx, id, &[photo("photos/g.jpg")], 4, NOW)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        added
    });
    // Time for the second to reach the lock (if it came later, the answer is the same).
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    first.commit().await.unwrap();
    assert!(!second.await.unwrap());
    assert_eq!(count().await, 4);
}
