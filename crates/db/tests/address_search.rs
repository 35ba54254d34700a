//! The address search over its word index, on both engines (`GEMENG_TEST_ENGINE`):
//! compared with a plain filter in Rust over a register of thousands of addresses,
//! re-imports that change an address's words, and the migration's backfill.

use std::collections::BTreeSet;

use gemeng_core::address::{search_key, AddressRow};
use gemeng_db::addresses::Plan;
use gemeng_db::test_support::{fresh, TestDb};
use gemeng_db::{addresses, communes, with_pool, Db, Engine};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const NOW: i64 = 1_800_000_000;

const KINDS: [&str; 7] = [
    "Rue",
    "Avenue",
    "Route",
    "Allée",
    "Boulevard",
    "Chemin",
    "Impasse",
];
const LINKS: [&str; 6] = ["de la", "des", "du", "de l'", "de", ""];
const NAMES: [&str; 24] = [
    "Est",
    "Ouest",
    "Estuaire",
    "Roses",
    "Rosiers",
    "Prés",
    "Président Wilson",
    "Église",
    "Écoles",
    "Gare",
    "Garenne",
    "Moulin",
    "Moselle",
    "Sûre",
    "Forêt",
    "Fort Thüngen",
    "Marché",
    "Marché-aux-Herbes",
    "Liberté",
    "Paix",
    "Jean l'Aveugle",
    "Nicolas Welter",
    "Trèves",
    "Arlon",
];
const LOCALITIES: [&str; 4] = ["Testville", "Esch", "Ettelbruck", "Rosport"];

/// A register of a few thousand addresses, the same at every run. "Rue" and "de" are
/// in most of them, so both ways of searching (from a rare word, and in result order
/// when every word is common) are exercised.
fn register(rng: &mut StdRng) -> Vec<AddressRow> {
    let mut streets = BTreeSet::new();
    while streets.len() < 160 {
        let kind = if rng.gen_bool(0.6) {
            "Rue"
        } else {
            KINDS[rng.gen_range(0..KINDS.len())]
        };
        let link = LINKS[rng.gen_range(0..LINKS.len())];
        let name = NAMES[rng.gen_range(0..NAMES.len())];
        streets.insert(
            format!("{kind} {link} {name}")
                .replace("  ", " ")
                .replace("' ", "'"),
        );
    }
    let mut rows = Vec::new();
    for street in streets {
        let postcode = format!("L-{}", rng.gen_range(1000..9999));
        let locality = LOCALITIES[rng.gen_range(0..LOCALITIES.len())];
        for n in 1..=rng.gen_range(10..40) {
            let suffix = if rng.gen_bool(0.1) { "a" } else { "" };
            rows.push(AddressRow {
                street: street.clone(),
                number: format!("{n}{suffix}"),
                postcode: postcode.clone(),
                locality: locality.into(),
                lat: rng.gen_range(0.0..1.0),
                lon: rng.gen_range(0.0..2.0),
            });
        }
    }
    rows
}

/// What the search must find, the slow and obvious way.
fn naive(rows: &[(i64, AddressRow)], query: &str) -> BTreeSet<i64> {
    let key = search_key(query);
    let wanted: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).take(6).collect();
    if wanted.is_empty() {
        return BTreeSet::new();
    }
    rows.iter()
        .filter(|(_, row)| {
            let key = row.search_key();
            let words: Vec<&str> = key.split(' ').collect();
            wanted
                .iter()
                .all(|w| words.iter().any(|word| word.starts_with(w)))
        })
        .map(|(id, _)| *id)
        .collect()
}

/// What a person might type for an address: some of its words, some cut short, in
/// any case, sometimes without accents, sometimes with a word it does not have.
fn typed(rng: &mut StdRng, row: &AddressRow) -> String {
    let label = format!(
        "{} {} {} {}",
        row.street, row.number, row.postcode, row.locality
    );
    let mut words: Vec<String> = label
        .split([' ', '\'', '-', ','])
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    words.shuffle(rng);
    words.truncate(rng.gen_range(1..=4));
    for w in words.iter_mut() {
        let chars: Vec<char> = w.chars().collect();
        if chars.len() > 1 && rng.gen_bool(0.4) {
            *w = chars[..rng.gen_range(1..chars.len())].iter().collect();
        }
        if rng.gen_bool(0.3) {
            *w = w.to_uppercase();
        }
    }
    if rng.gen_bool(0.1) {
        words.push(NAMES[rng.gen_range(0..NAMES.len())].to_lowercase());
    }
    words.join(" ")
}

async fn commune_with(db: &Db, rows: &[AddressRow]) -> i64 {
    let mut tx = db.begin().await.unwrap();
    let commune = communes::create(&mut tx, "testville", "Testville", "fr", NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    import(db, commune.id, rows).await;
    commune.id
}

async fn import(db: &Db, commune: i64, rows: &[AddressRow]) {
    gemeng_db::test_support::import_addresses(db, commune, rows).await;
}

/// Every address of the commune with its id, as the register rows they came from.
async fn stored(db: &Db, commune: i64) -> Vec<(i64, AddressRow)> {
    let all: Vec<(i64, String, String, String, String)> = with_pool!(db.reader(), |pool| {
        sqlx::query_as(
            "SELECT id, street, number, postcode, locality FROM addresses WHERE commune_id = $1",
        )
        .bind(commune)
        .fetch_all(pool)
        .await
        .unwrap()
    });
    all.into_iter()
        .map(|(id, street, number, postcode, locality)| {
            (
                id,
                AddressRow {
                    street,
                    number,
                    postcode,
                    locality,
                    lat: 0.0,
                    lon: 0.0,
                },
            )
        })
        .collect()
}

async fn ids(db: &Db, commune: i64, query: &str, limit: i64) -> Vec<i64> {
    addresses::search(db, commune, query, limit)
        .await
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect()
}

async fn planned(db: &Db, commune: i64, query: &str, limit: i64, plan: Plan) -> Vec<i64> {
    addresses::search_with_plan(db, commune, query, limit, plan)
        .await
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect()
}

#[tokio::test]
async fn the_search_finds_what_a_plain_filter_finds_in_thousands_of_addresses() {
    let t = fresh().await;
    let mut rng = StdRng::seed_from_u64(20261129);
    let rows = register(&mut rng);
    assert!(rows.len() > 3000, "{}", rows.len());
    let commune = commune_with(&t.db, &rows).await;
    let all = stored(&t.db, commune).await;
    assert_eq!(all.len(), rows.len());

    let mut queries: Vec<String> = [
        "rue",
        "rue des",
        "Rue de l'Est",
        "est",
        "ouest",
        "de",
        "r",
        "1",
        "rue 1",
        "de l e",
        "rue rue",
        "ros",
        "rosp",
        "l",
        "zzz",
        "rue zzz",
        "Président",
        "pres wil",
        "marche aux",
        "fort thungen 1",
        "avenue rue",
        "arlon 2a",
        "trèves",
        "a b c d e f g h",
    ]
    .iter()
    .map(|q| q.to_string())
    .collect();
    for _ in 0..250 {
        let (_, row) = &all[rng.gen_range(0..all.len())];
        queries.push(typed(&mut rng, row));
    }
    for query in &queries {
        let expected = naive(&all, query);
        let found = ids(&t.db, commune, query, 100_000).await;
        let found_set: BTreeSet<i64> = found.iter().copied().collect();
        assert_eq!(found.len(), found_set.len(), "{query:?}: an address twice");
        assert_eq!(found_set, expected, "{query:?}");
        // The first page is the start of the whole list, whichever way it is read.
        let first = &found[..found.len().min(20)];
        assert_eq!(ids(&t.db, commune, query, 20).await, first, "{query:?}");
        for plan in [
            Plan::WordsInOrder,
            Plan::Sorted,
            Plan::StreetsInOrder,
            Plan::StreetsOfRarestWord,
        ] {
            let whole = planned(&t.db, commune, query, 100_000, plan).await;
            assert_eq!(whole, found, "{query:?} {plan:?}");
            let page = planned(&t.db, commune, query, 20, plan).await;
            assert_eq!(page, first, "{query:?} {plan:?}");
        }
    }
}

#[tokio::test]
async fn reimports_change_the_words_of_an_address() {
    let t = fresh().await;
    let row = |street: &str, number: &str, postcode: &str, locality: &str| AddressRow {
        street: street.into(),
        number: number.into(),
        postcode: postcode.into(),
        locality: locality.into(),
        lat: 0.5,
        lon: 0.5,
    };
    let commune = commune_with(
        &t.db,
        &[
            row("Rue de l'Est", "1", "1000", "Testville"),
            row("Rue de l'Ouest", "1", "1000", "Testville"),
        ],
    )
    .await;
    let east = ids(&t.db, commune, "est 1", 10).await;
    assert_eq!(east.len(), 1);
    // The same address (street, number, postcode) in another locality, written twice
    // in one file: the last row wins, and only its words are found.
    import(
        &t.db,
        commune,
        &[
            row("Rue de l'Est", "1", "1000", "Bourg"),
            row("Rue de l'Est", "1", "1000", "Hamm"),
        ],
    )
    .await;
    assert_eq!(
        ids(&t.db, commune, "est testville", 10).await,
        Vec::<i64>::new()
    );
    assert_eq!(
        ids(&t.db, commune, "est bourg", 10).await,
        Vec::<i64>::new()
    );
    assert_eq!(ids(&t.db, commune, "est hamm", 10).await, east);
    assert_eq!(ids(&t.db, commune, "ouest testville", 10).await.len(), 1);
    assert_eq!(addresses::count(&t.db, commune).await.unwrap(), 2);
}

/// The word index and the vocabulary, in a comparable form.
#[allow(clippy::type_complexity)]
async fn words(
    db: &Db,
) -> (
    Vec<(i64, i64, String, String, i64, String)>,
    Vec<(i64, String, i64)>,
    Vec<(i64, String, String)>,
) {
    with_pool!(db.reader(), |pool| {
        let index = sqlx::query_as(
            "SELECT commune_id, address_id, word, street, number_length, number FROM address_words \
             ORDER BY address_id, word",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        let vocabulary = sqlx::query_as(
            "SELECT commune_id, word, addresses FROM address_vocabulary ORDER BY word",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        let streets: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT sw.commune_id, sw.street, sw.word FROM address_street_words sw \
             JOIN address_streets s ON s.commune_id = sw.commune_id AND s.street = sw.street \
             ORDER BY sw.street, sw.word",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        (index, vocabulary, streets)
    })
}

#[tokio::test]
async fn the_migration_indexes_the_words_of_registers_imported_before_it() {
    let t: TestDb = fresh().await;
    let mut rng = StdRng::seed_from_u64(7);
    let rows: Vec<AddressRow> = register(&mut rng)
        .into_iter()
        .step_by(6)
        .take(600)
        .collect();
    let commune = commune_with(&t.db, &rows).await;
    let imported = words(&t.db).await;
    assert!(imported.0.len() > 600 * 4);
    assert!(imported.0.iter().all(|(c, ..)| *c == commune));
    let counted: i64 = imported.1.iter().map(|(_, _, n)| n).sum();
    assert_eq!(counted, imported.0.len() as i64);
    assert!(imported
        .2
        .iter()
        .any(|(_, street, word)| street == &rows[0].street && word == "l"));
    // A register from before the index: no words. The migration's backfill (its two
    // last statements) finds the same words as the import.
    let migration = match t.db.engine() {
        Engine::Sqlite => gemeng_db::MIGRATIONS_SQLITE,
        Engine::Postgres => gemeng_db::MIGRATIONS_POSTGRES,
    }
    .iter()
    .find(|m| m.name == "address_words")
    .unwrap();
    let backfill = &migration.sql[migration.sql.find("\nINSERT").unwrap()..];
    with_pool!(t.db.writer(), |pool| {
        for table in [
            "address_words",
            "address_vocabulary",
            "address_street_words",
            "address_streets",
        ] {
            sqlx::query(&format!("DELETE FROM {table}"))
                .execute(pool)
                .await
                .unwrap();
        }
        sqlx::raw_sql(backfill).execute(pool).await.unwrap();
    });
    assert_eq!(words(&t.db).await, imported);
}
