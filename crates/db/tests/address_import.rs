//! The address import in steps, on both engines (`GEMENG_TEST_ENGINE`): other writers
//! get in while a large register is imported, readers always see every address
//! placed and indexed, and an import that stops leaves the register as it was (before
//! it is decided) or is finished by the next import (after).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use gemeng_core::account::{Residence, Role};
use gemeng_core::address::AddressRow;
use gemeng_core::geography::{rectangle, NeighbourhoodShape, Placer};
use gemeng_db::accounts::{self, NewAccount};
use gemeng_db::addresses::{self, ImportProgress};
use gemeng_db::sessions::{self, SessionKind};
use gemeng_db::test_support::{fresh, import_addresses, TestDb};
use gemeng_db::{communes, import_jobs, neighbourhoods, with_pool, Db};

const NOW: i64 = 1_800_000_000;

const NAMES: [&str; 12] = [
    "Gare", "Église", "Moulin", "Forêt", "Roses", "Prés", "Source", "Château", "Vignes", "Liberté",
    "Paix", "Moselle",
];

/// `count` addresses in `locality`, on streets of a few dozen numbers, spread over
/// the commune's two neighbourhoods and a little outside them; `shift` moves every
/// address east by that much (across the border, for some).
fn register(count: usize, locality: &str, shift: f64) -> Vec<AddressRow> {
    let mut rows = Vec::with_capacity(count);
    let mut street = 0;
    while rows.len() < count {
        let name = format!(
            "Rue {} {}",
            NAMES[street % NAMES.len()],
            NAMES[(street / NAMES.len()) % NAMES.len()]
        );
        let name = format!("{name} {}", street / (NAMES.len() * NAMES.len()));
        for n in 1..=40 {
            if rows.len() == count {
                break;
            }
            let lon = ((street * 41 + n) % 220) as f64 / 100.0 + shift;
            rows.push(AddressRow {
                street: name.clone(),
                number: n.to_string(),
                postcode: format!("L-{}", 1000 + street % 9000),
                locality: locality.into(),
                lat: 0.5,
                lon: lon % 2.2,
            });
        }
        street += 1;
    }
    rows
}

/// A commune with two side-by-side neighbourhoods (West: lon 0..1, East: 1..2).
async fn commune(db: &Db) -> (i64, Placer) {
    let mut tx = db.begin().await.unwrap();
    let commune = communes::create(&mut tx, "testville", "Testville", "fr", NOW)
        .await
        .unwrap();
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
    neighbourhoods::import(&mut tx, commune.id, &shapes, NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let placer = neighbourhoods::placer(db, commune.id).await.unwrap();
    (commune.id, placer)
}

async fn start_job(db: &Db, commune: i64) -> i64 {
    let mut tx = db.begin().await.unwrap();
    let job = import_jobs::start(&mut tx, commune, "addresses", None, NOW, NOW)
        .await
        .unwrap()
        .unwrap();
    tx.commit().await.unwrap();
    job
}

/// Starts importing `rows` as import `job` in the background; `after_step` is called
/// after every step (it may stop the import there by panicking, as if its process
/// had stopped). The counters say how many rows are staged and switched so far, and
/// whether the import has ended.
fn spawn_import(
    db: &Db,
    job: i64,
    commune: i64,
    rows: Vec<AddressRow>,
    mut after_step: impl FnMut(ImportProgress) + Send + 'static,
) -> (
    tokio::task::JoinHandle<addresses::AddressesImported>,
    Arc<[AtomicUsize; 3]>,
) {
    let counters = Arc::new([
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    ]);
    let seen = counters.clone();
    let db = db.clone();
    let import = tokio::spawn(async move {
        let placer = neighbourhoods::placer(&db, commune).await.unwrap();
        let done = addresses::import(&db, job, commune, &rows, &placer, &mut |p| {
            seen[0].store(p.staged, Ordering::SeqCst);
            seen[1].store(p.switched, Ordering::SeqCst);
            after_step(p);
        })
        .await
        .unwrap();
        seen[2].store(1, Ordering::SeqCst);
        done
    });
    (import, counters)
}

fn never(_: ImportProgress) {}

/// Stops the import after the step whose progress `when` accepts.
fn stop_when(when: fn(ImportProgress) -> bool) -> impl FnMut(ImportProgress) + Send + 'static {
    move |p| {
        if when(p) {
            panic!("the import stops here, as if its process had stopped");
        }
    }
}

/// Rows left in the staging table.
async fn staged_rows(db: &Db) -> i64 {
    with_pool!(db.reader(), |pool| {
        sqlx::query_scalar("SELECT COUNT(*) FROM address_staging")
            .fetch_one(pool)
            .await
            .unwrap()
    })
}

/// An address as stored: street, number, postcode, locality, lat, lon, search key,
/// neighbourhood.
type Stored = (
    String,
    String,
    String,
    String,
    f64,
    f64,
    String,
    Option<i64>,
);

/// What readers see of the register at one moment.
#[derive(Debug, PartialEq)]
struct Register {
    addresses: BTreeMap<i64, Stored>,
    /// (address, word, street, number length, number)
    words: BTreeSet<(i64, String, String, i64, String)>,
    vocabulary: BTreeMap<String, i64>,
    street_words: BTreeSet<(String, String)>,
    streets: BTreeSet<String>,
}

/// The register as one reader sees it (one snapshot, on both engines).
async fn register_seen(db: &Db, commune: i64) -> Register {
    macro_rules! read {
        ($conn:expr) => {{
            let addresses: Vec<(i64, String, String, String, String, f64, f64, String, Option<i64>)> =
                sqlx::query_as(
                "SELECT id, street, number, postcode, locality, lat, lon, search_key, neighbourhood_id \
                 FROM addresses WHERE commune_id = $1",
            )
            .bind(commune)
            .fetch_all(&mut *$conn)
            .await
            .unwrap();
            let words: Vec<(i64, String, String, i64, String)> = sqlx::query_as(
                "SELECT address_id, word, street, number_length, number FROM address_words \
                 WHERE commune_id = $1",
            )
            .bind(commune)
            .fetch_all(&mut *$conn)
            .await
            .unwrap();
            let vocabulary: Vec<(String, i64)> = sqlx::query_as(
                "SELECT word, addresses FROM address_vocabulary WHERE commune_id = $1",
            )
            .bind(commune)
            .fetch_all(&mut *$conn)
            .await
            .unwrap();
            let street_words: Vec<(String, String)> = sqlx::query_as(
                "SELECT street, word FROM address_street_words WHERE commune_id = $1",
            )
            .bind(commune)
            .fetch_all(&mut *$conn)
            .await
            .unwrap();
            let streets: Vec<String> =
                sqlx::query_scalar("SELECT street FROM address_streets WHERE commune_id = $1")
                    .bind(commune)
                    .fetch_all(&mut *$conn)
                    .await
                    .unwrap();
            Register {
                addresses: addresses
                    .into_iter()
                    .map(|(id, s, n, p, l, lat, lon, k, h)| (id, (s, n, p, l, lat, lon, k, h)))
                    .collect(),
                words: words.into_iter().collect(),
                vocabulary: vocabulary.into_iter().collect(),
                street_words: street_words.into_iter().collect(),
                streets: streets.into_iter().collect(),
            }
        }};
    }
    match db {
        Db::Sqlite { reader, .. } => {
            // A read transaction: every statement sees the same snapshot.
            let mut tx = reader.begin().await.unwrap();
            read!(tx)
        }
        Db::Postgres(pool) => {
            let mut tx = pool.begin().await.unwrap();
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                .execute(&mut *tx)
                .await
                .unwrap();
            read!(tx)
        }
    }
}

/// Checks that every address is placed by its coordinates and indexed by its own
/// words, and that the vocabulary and the streets agree with the words.
fn assert_consistent(seen: &Register, placer: &Placer) {
    let mut expected_words = BTreeSet::new();
    for (id, (street, number, _, _, lat, lon, key, neighbourhood)) in &seen.addresses {
        assert_eq!(
            *neighbourhood,
            placer.place(*lon, *lat),
            "address {id} is placed by its coordinates"
        );
        for word in key.split(' ').filter(|w| !w.is_empty()) {
            expected_words.insert((
                *id,
                word.to_string(),
                street.clone(),
                number.chars().count() as i64,
                number.clone(),
            ));
        }
    }
    assert!(
        seen.words == expected_words,
        "the word index holds exactly each address's own words ({} rows, {} expected)",
        seen.words.len(),
        expected_words.len()
    );
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    let mut street_words = BTreeSet::new();
    for (_, word, street, _, _) in &seen.words {
        *counts.entry(word.clone()).or_default() += 1;
        street_words.insert((street.clone(), word.clone()));
    }
    assert_eq!(seen.vocabulary, counts, "the vocabulary counts the words");
    assert_eq!(seen.street_words, street_words, "each street's words");
    let streets: BTreeSet<String> = street_words.into_iter().map(|(s, _)| s).collect();
    assert_eq!(seen.streets, streets, "the streets");
}

/// The register holds `rows` (and possibly more), each as the row has it.
fn assert_holds(seen: &Register, rows: &[AddressRow]) {
    let stored: BTreeSet<(&str, &str, &str, &str)> = seen
        .addresses
        .values()
        .map(|(s, n, p, l, ..)| (s.as_str(), n.as_str(), p.as_str(), l.as_str()))
        .collect();
    for row in rows {
        let row = (
            row.street.as_str(),
            row.number.as_str(),
            row.postcode.as_str(),
            row.locality.as_str(),
        );
        assert!(stored.contains(&row), "{row:?} is in the register");
    }
}

/// A session row written as a log-in writes it, on `db`; how long it took from asking
/// for the write transaction to the end of its commit.
async fn log_in(db: &Db, user: i64, n: usize) -> Duration {
    let started = Instant::now();
    let mut tx = db.begin().await.unwrap();
    sessions::create(
        &mut tx,
        &format!("session-{n}-{}", gemeng_core::codes::random_token()),
        user,
        SessionKind::Browser,
        "test",
        NOW,
        3600,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    started.elapsed()
}

/// The import of a register of 20,000 addresses, while log-ins write a session now and
/// then through the importing handle (as the server's own log-ins do during a web
/// import) and through another handle (another process's writer: the server's
/// log-ins during a command-line import). Each log-in waits at most a small part of
/// the import, not the whole of it (a register imported in one transaction made a
/// log-in on SQLite wait until it had committed).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_ins_write_while_a_large_register_is_imported() {
    let t: TestDb = fresh().await;
    let (commune, placer) = commune(&t.db).await;
    let mut tx = t.db.begin().await.unwrap();
    let user = accounts::create(
        &mut tx,
        &NewAccount {
            commune_id: Some(commune),
            email: "ana@example.org",
            password_hash: "not-a-real-hash",
            display_name: "Ana",
            language: "pt",
            role: Role::Resident,
            address_id: None,
            residence: Residence::Pending,
            email_confirmed: true,
        },
        NOW,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let other = Db::connect(&t.url).await.unwrap();

    let rows = register(20_000, "Testville", 0.0);
    let job = start_job(&t.db, commune).await;
    let started = Instant::now();
    let (import, progress) = spawn_import(&t.db, job, commune, rows.clone(), never);
    // From the import's first committed step to its end, a log-in every 20 ms through
    // each handle.
    while progress[0].load(Ordering::SeqCst) == 0 && !import.is_finished() {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let probes: Vec<_> = [t.db.clone(), other]
        .into_iter()
        .map(|db| {
            let progress = progress.clone();
            tokio::spawn(async move {
                let (mut waits, mut while_switching) = (Vec::new(), 0);
                // Every log-in that starts before the import ends counts, however long
                // it waits.
                while progress[2].load(Ordering::SeqCst) == 0 {
                    let switching = progress[1].load(Ordering::SeqCst) > 0;
                    waits.push(log_in(&db, user, waits.len()).await);
                    while_switching += usize::from(switching);
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                (waits, while_switching)
            })
        })
        .collect();
    let done = import.await.unwrap();
    let took = started.elapsed();
    let mut waits: Vec<Vec<Duration>> = Vec::new();
    let mut while_switching = 0;
    for probe in probes {
        let (w, s) = probe.await.unwrap();
        waits.push(w);
        while_switching += s;
    }
    let longest = |w: &[Duration]| w.iter().max().copied().unwrap_or_default();
    eprintln!(
        "{:?}: imported {} rows in {took:?} ({} transactions, the longest {:?}); \
         log-ins during it: {} through the same handle (longest wait {:?}), {} through \
         another (longest wait {:?}), {while_switching} while switching",
        t.db.engine(),
        done.rows,
        done.transactions,
        done.longest_transaction,
        waits[0].len(),
        longest(&waits[0]),
        waits[1].len(),
        longest(&waits[1]),
    );
    // Through the same handle a log-in waits for one step at most; through another,
    // on SQLite, until the import pauses (`HOLD_BEFORE_PAUSE`, 0.4 s). Either way a
    // small part of the import, where it waited for all of it.
    for (handle, waits, part) in [("the same", &waits[0], 10), ("another", &waits[1], 2)] {
        assert!(
            longest(waits) * part < took,
            "a log-in through {handle} handle waited {:?} of an import of {took:?}",
            longest(waits)
        );
    }
    assert_eq!(done.rows, 20_000);
    assert!(
        waits[0].len() >= 3 && waits[1].len() >= 3 && while_switching >= 2,
        "log-ins were tried all along the import: {} and {}, {while_switching} while switching",
        waits[0].len(),
        waits[1].len()
    );
    // The import ran in steps (at least one to stage and one to switch each 1,024 rows),
    // none of which held the writer for a large part of it. The ratio is loose on
    // purpose: on a loaded machine one step can stall for a second; the count is what
    // proves the writer was released between steps.
    assert!(
        done.transactions >= 2 * 20_000usize.div_ceil(1024),
        "the import ran in {} transactions",
        done.transactions
    );
    assert!(
        done.longest_transaction * 4 < took,
        "one step held the writer {:?} of {took:?}",
        done.longest_transaction
    );
    assert_eq!(staged_rows(&t.db).await, 0);
    let seen = register_seen(&t.db, commune).await;
    assert_eq!(seen.addresses.len(), 20_000);
    assert_holds(&seen, &rows);
    assert_consistent(&seen, &placer);
}

/// A register re-imported with other localities and coordinates (most addresses
/// change neighbourhood), while a reader looks after every step: no address is ever
/// missing, each is placed by its coordinates and indexed by its own words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readers_see_every_address_placed_and_indexed_while_a_register_changes() {
    let t = fresh().await;
    let (commune, placer) = commune(&t.db).await;
    let old = register(6_000, "Oldtown", 0.0);
    import_addresses(&t.db, commune, &old).await;
    let before = register_seen(&t.db, commune).await;
    assert_consistent(&before, &placer);

    let new = register(8_000, "Newtown", 0.7);
    let job = start_job(&t.db, commune).await;
    // The import waits after each step until the reader has looked.
    let (stepped, steps) = std::sync::mpsc::channel::<ImportProgress>();
    let (looked, looks) = std::sync::mpsc::channel::<()>();
    let (import, _) = spawn_import(&t.db, job, commune, new.clone(), move |p| {
        stepped.send(p).unwrap();
        // Blocking a worker thread: tokio moves its other tasks elsewhere meanwhile.
        tokio::task::block_in_place(|| looks.recv().unwrap());
    });
    let mut while_switching = 0;
    for p in steps {
        if p.switched == 0 && p.staged > p.rows / 4 {
            // Once is enough while staging.
            looked.send(()).unwrap();
            continue;
        }
        let seen = register_seen(&t.db, commune).await;
        assert!(
            before
                .addresses
                .keys()
                .all(|id| seen.addresses.contains_key(id)),
            "no address disappears"
        );
        assert_consistent(&seen, &placer);
        if p.switched == 0 {
            assert_eq!(seen, before, "staged rows are not seen");
        } else if p.switched < p.rows {
            assert_ne!(seen, before);
            while_switching += 1;
        }
        looked.send(()).unwrap();
    }
    import.await.unwrap();
    assert!(
        while_switching >= 5,
        "{while_switching} looks while switching"
    );
    let after = register_seen(&t.db, commune).await;
    assert_eq!(after.addresses.len(), 8_000, "6,000 updated, 2,000 added");
    assert!(before
        .addresses
        .keys()
        .all(|id| after.addresses.contains_key(id)));
    assert_holds(&after, &new);
    assert_consistent(&after, &placer);
    assert_eq!(staged_rows(&t.db).await, 0);
}

/// An import that stops while its rows are being staged changes nothing that readers
/// see; the commune's next import deletes what it staged.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_stopped_while_staging_leaves_the_register_as_it_was() {
    let t = fresh().await;
    let (commune, placer) = commune(&t.db).await;
    let old = register(3_000, "Oldtown", 0.0);
    import_addresses(&t.db, commune, &old).await;
    let before = register_seen(&t.db, commune).await;

    let job = start_job(&t.db, commune).await;
    let stop = stop_when(|p| p.staged >= 2_000);
    let (import, _) = spawn_import(&t.db, job, commune, register(5_000, "Newtown", 0.7), stop);
    assert!(import.await.unwrap_err().is_panic());
    assert_eq!(register_seen(&t.db, commune).await, before);
    assert!(staged_rows(&t.db).await >= 2_000, "left behind");

    let next = register(1_000, "Nexttown", 0.3);
    import_addresses(&t.db, commune, &next).await;
    assert_eq!(staged_rows(&t.db).await, 0, "the next import cleaned up");
    let after = register_seen(&t.db, commune).await;
    assert_eq!(after.addresses.len(), 3_000);
    assert_holds(&after, &old[1_000..]);
    assert_holds(&after, &next);
    assert_consistent(&after, &placer);
}

/// An import that stops once decided, part of its rows switched in: readers see a
/// register old in some addresses and new in others, each whole; the commune's next
/// import first finishes it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_stopped_once_decided_is_finished_by_the_next() {
    let t = fresh().await;
    let (commune, placer) = commune(&t.db).await;
    let old = register(3_000, "Oldtown", 0.0);
    import_addresses(&t.db, commune, &old).await;
    let before = register_seen(&t.db, commune).await;

    let new = register(5_000, "Newtown", 0.7);
    let job = start_job(&t.db, commune).await;
    let stop = stop_when(|p| p.switched > 0);
    let (import, _) = spawn_import(&t.db, job, commune, new.clone(), stop);
    assert!(import.await.unwrap_err().is_panic());
    let halfway = register_seen(&t.db, commune).await;
    assert!(before
        .addresses
        .keys()
        .all(|id| halfway.addresses.contains_key(id)));
    assert_ne!(halfway, before);
    assert_consistent(&halfway, &placer);
    assert!(staged_rows(&t.db).await > 0);

    // The next import (here of nothing) finishes the one that stopped.
    import_addresses(&t.db, commune, &[]).await;
    assert_eq!(staged_rows(&t.db).await, 0);
    let after = register_seen(&t.db, commune).await;
    assert_eq!(after.addresses.len(), 5_000);
    assert_holds(&after, &new);
    assert_consistent(&after, &placer);
}
