//! How long the sign-up address search takes on a register of a country's size
//! (Luxembourg has about 160,000 addresses), called straight on `gemeng_db` as the
//! server calls it: imports a generated register (fixed seed, nothing kept on disk
//! but the database), then times a fixed mix of queries one at a time and prints
//! percentiles per kind of query. `bench/search-latency` runs it on both engines.
//!
//!     gemeng-bench-address-search DATABASE_URL [addresses, default 160000] [queries, default 2000]

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use gemeng_core::account::{Residence, Role};
use gemeng_core::address::AddressRow;
use gemeng_db::accounts::{self, NewAccount};
use gemeng_db::sessions::{self, SessionKind};
use gemeng_db::{addresses, communes, import_jobs, neighbourhoods, Db};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const KINDS: [(&str, u32); 10] = [
    ("Rue", 60),
    ("Route", 8),
    ("Avenue", 6),
    ("Allée", 4),
    ("Boulevard", 2),
    ("Chemin", 6),
    ("Impasse", 4),
    ("Place", 3),
    ("Montée", 3),
    ("Cité", 4),
];
const LINKS: [&str; 7] = ["de la", "des", "du", "de l'", "de", "", ""];
const NAMES: &str = "Gare Église École Forêt Moulin Château Source Fontaine Croix Chapelle \
    Vallée Montagne Colline Prés Champs Jardins Vergers Vignes Bois Sapins Chênes Hêtres Tilleuls \
    Bouleaux Saules Peupliers Roses Lilas Tulipes Violettes Genêts Bruyères Fougères Pommiers \
    Cerisiers Noyers Poiriers Alzette Sûre Moselle Our Clerve Wiltz Attert Pétrusse Syre Eisch \
    Mamer Liberté Paix Concorde Industrie Commerce Artisans Tanneurs Vignerons Meuniers Brasseurs \
    Mineurs Soleil Lune Étoiles Aurore Avenir Espérance Fraternité Résistance Libération Martyrs \
    Victor-Hugo Goethe Dicks Lentz Michel-Rodange Batty-Weber Nicolas-Welter Jean-l'Aveugle \
    Grande-Duchesse-Charlotte Grand-Duc-Jean Prince-Henri Marie-Adélaïde Émile-Mayrisch Aline-Mayrisch \
    Robert-Schuman Jean-Monnet Winston-Churchill Président-Wilson John-F.-Kennedy Pasteur Curie \
    Schiller Beethoven Mozart Bach Verlaine Arlon Trèves Thionville Metz Longwy Bastogne Diekirch \
    Echternach Remich Grevenmacher Mersch Vianden Clervaux Redange Capellen Hesperange Bertrange \
    Strassen Mamer Kopstal Walferdange Steinsel Lorentzweiler Junglinster Niederanven Sandweiler \
    Contern Weiler Dudelange Kayl Rumelange Schifflange Bettembourg Roeser Mondorf Frisange \
    Sanem Differdange Pétange Käerjeng Dippach Garnich Koerich Steinfort Hobscheid Beckerich";
const SYLLABLES: [&str; 24] = [
    "Bour", "Esch", "Dudel", "Bet", "Kay", "Mer", "Wal", "Hes", "Stein", "Nieder", "Ober", "Kirch",
    "Rol", "Eil", "Bieb", "Ham", "Cess", "Lin", "Gos", "Zol", "Hup", "Wei", "Mont", "Sel",
];
const SUFFIXES: [&str; 12] = [
    "ange", "dorf", "scheid", "bach", "court", "weiler", "bourg", "hausen", "ingen", "feld",
    "berg", "thal",
];

/// A register like a country's: about 100 localities, streets whose names repeat
/// from one locality to the next ("Rue de la Gare"), 5 to 80 numbers each.
fn register(count: usize, rng: &mut StdRng) -> Vec<AddressRow> {
    let names: Vec<&str> = NAMES.split_whitespace().collect();
    let localities: Vec<String> = (0..100)
        .map(|_| {
            let a = SYLLABLES[rng.gen_range(0..SYLLABLES.len())];
            let b = SUFFIXES[rng.gen_range(0..SUFFIXES.len())];
            format!("{a}{b}")
        })
        .collect::<HashSet<_>>()
        .into_iter()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let total_weight: u32 = KINDS.iter().map(|(_, w)| w).sum();
    let mut keys = HashSet::new();
    let mut rows = Vec::with_capacity(count);
    while rows.len() < count {
        let locality = &localities[rng.gen_range(0..localities.len())];
        let mut pick = rng.gen_range(0..total_weight);
        let kind = KINDS
            .iter()
            .find(|(_, w)| {
                let here = pick < *w;
                pick = pick.saturating_sub(*w);
                here
            })
            .map_or("Rue", |(k, _)| k);
        let link = LINKS[rng.gen_range(0..LINKS.len())];
        let name = names[rng.gen_range(0..names.len())].replace('-', " ");
        let street = format!("{kind} {link} {name}")
            .replace("  ", " ")
            .replace("' ", "'");
        let postcode = format!("L-{}", rng.gen_range(1000..10000));
        for n in 1..=rng.gen_range(5..80) {
            let number = if rng.gen_bool(0.05) {
                format!("{n}a")
            } else {
                n.to_string()
            };
            if rows.len() == count
                || !keys.insert((street.clone(), number.clone(), postcode.clone()))
            {
                continue;
            }
            rows.push(AddressRow {
                street: street.clone(),
                number,
                postcode: postcode.clone(),
                locality: locality.clone(),
                lat: 49.6 + rng.gen_range(-0.2..0.2),
                lon: 6.1 + rng.gen_range(-0.2..0.2),
            });
        }
    }
    rows
}

/// Kinds of query, as people type them when looking for their address, with weights.
const QUERY_KINDS: [(&str, u32); 7] = [
    ("street and number", 25),
    ("whole label", 10),
    ("street cut short", 20),
    ("name and number", 20),
    ("only common words", 10),
    ("locality and name", 10),
    ("a typo: no match", 5),
];
const COMMON: [&str; 8] = [
    "rue",
    "rue de",
    "rue des",
    "rue de la",
    "route de",
    "avenue",
    "rue du",
    "r",
];

fn query(kind: &str, row: &AddressRow, rng: &mut StdRng) -> String {
    // The street's most telling word: its last.
    let name = row.street.rsplit([' ', '\'']).next().unwrap_or("");
    match kind {
        "street and number" => format!("{} {}", row.street, row.number),
        "whole label" => format!(
            "{} {}, {} {}",
            row.street, row.number, row.postcode, row.locality
        ),
        "street cut short" => {
            let chars: Vec<char> = row.street.chars().collect();
            chars[..rng.gen_range(chars.len().min(5)..=chars.len())]
                .iter()
                .collect()
        }
        "name and number" => format!("{} {}", name.to_lowercase(), row.number),
        "only common words" => COMMON[rng.gen_range(0..COMMON.len())].to_string(),
        "locality and name" => format!("{} {name}", row.locality),
        _ => format!("{} {}x {}", row.street, name, row.number),
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

/// How long the log-ins that started during the import waited for their write.
#[derive(Default)]
struct Waits(Vec<Duration>);

impl Waits {
    fn describe(&self) -> String {
        let mut sorted = self.0.clone();
        sorted.sort();
        if sorted.is_empty() {
            return "none".into();
        }
        format!(
            "{} log-ins, p50 {:.1} ms, p99 {:.1} ms, longest {:.1} ms",
            sorted.len(),
            percentile(&sorted, 0.5),
            percentile(&sorted, 0.99),
            percentile(&sorted, 1.0)
        )
    }
}

/// Imports the register as an import job, while log-ins write a session every 20 ms
/// through the importing handle (as the server's own log-ins do during a web import)
/// and through another handle (as the server's do while the command line imports).
async fn import(url: &str, rows: &[AddressRow], now: i64) -> anyhow::Result<i64> {
    let db = Db::connect(url).await?;
    gemeng_db::migrate(&db, now).await?;
    let mut tx = db.begin().await?;
    let commune = communes::create(&mut tx, "bench", "Bench", "lb", now).await?;
    let user = accounts::create(
        &mut tx,
        &NewAccount {
            commune_id: Some(commune.id),
            email: "bench@example.org",
            password_hash: "not-a-real-hash",
            display_name: "Bench",
            language: "lb",
            role: Role::Resident,
            address_id: None,
            residence: Residence::Pending,
            email_confirmed: true,
        },
        now,
    )
    .await?;
    let job = import_jobs::start(&mut tx, commune.id, "addresses", None, now, now)
        .await?
        .context("no other import runs")?;
    tx.commit().await?;
    let placer = neighbourhoods::placer(&db, commune.id).await?;
    let other = Db::connect(url).await?;
    let importing = Arc::new(AtomicBool::new(true));
    let probes: Vec<_> = [db.clone(), other.clone()]
        .into_iter()
        .map(|db| {
            let importing = importing.clone();
            tokio::spawn(async move {
                let mut waits = Waits::default();
                while importing.load(Ordering::SeqCst) {
                    let started = Instant::now();
                    let mut tx = db.begin().await?;
                    let token = format!("bench-{}", gemeng_core::codes::random_token());
                    sessions::create(
                        &mut tx,
                        &token,
                        user,
                        SessionKind::Browser,
                        "bench",
                        now,
                        60,
                    )
                    .await?;
                    tx.commit().await?;
                    waits.0.push(started.elapsed());
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                anyhow::Ok(waits)
            })
        })
        .collect();
    let started = Instant::now();
    let done = addresses::import(&db, job, commune.id, rows, &placer, &mut |_| {}).await;
    let imported = started.elapsed();
    importing.store(false, Ordering::SeqCst);
    let done = done?;
    import_jobs::finish(&db, job, "done", "{}", now).await?;
    let mut waits = Vec::new();
    for probe in probes {
        waits.push(probe.await??);
    }
    println!(
        "{:?}: {} addresses imported in {:.1} s ({:.0} rows/s), {} transactions, the longest {:.0} ms",
        db.engine(),
        rows.len(),
        imported.as_secs_f64(),
        rows.len() as f64 / imported.as_secs_f64(),
        done.transactions,
        done.longest_transaction.as_secs_f64() * 1000.0
    );
    println!(
        "  log-ins during the import, same handle: {}",
        waits[0].describe()
    );
    println!(
        "  log-ins during the import, another handle: {}",
        waits[1].describe()
    );
    other.close().await;
    settle(&db).await?;
    db.close().await;
    Ok(commune.id)
}

/// Waits for what a large import leaves running on PostgreSQL (autovacuum workers,
/// and a checkpoint if the user may ask for one), so that the search is timed as a
/// running server's would be rather than in the import's wake.
async fn settle(db: &Db) -> anyhow::Result<()> {
    if let Db::Postgres(pool) = db {
        if let Err(e) = sqlx::query("CHECKPOINT").execute(pool).await {
            println!("  (no checkpoint: {e})");
        }
        for _ in 0..60 {
            let working: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' \
                 AND datname = current_database()",
            )
            .fetch_one(pool)
            .await?;
            if working == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .context("usage: gemeng-bench-address-search DATABASE_URL [addresses] [queries]")?;
    let count: usize = args.next().map_or(Ok(160_000), |a| a.parse())?;
    let queries: usize = args.next().map_or(Ok(2_000), |a| a.parse())?;
    let now = 1_800_000_000;
    let mut rng = StdRng::seed_from_u64(160_000);
    let rows = register(count, &mut rng);
    // The import on two threads (it and the log-ins run at once), the search on one.
    // GEMENG_BENCH_SEARCH_ONLY=1 times the search again on a database already imported.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let commune = if std::env::var("GEMENG_BENCH_SEARCH_ONLY").is_ok_and(|v| v == "1") {
        runtime.block_on(async {
            let db = Db::connect(&url).await?;
            let commune = communes::by_slug(&db, "bench")
                .await?
                .context("no bench commune")?;
            db.close().await;
            anyhow::Ok(commune.id)
        })?
    } else {
        runtime.block_on(import(&url, &rows, now))?
    };
    drop(runtime);
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(search(&url, commune, &rows, queries))
}

/// Times `queries` searches one at a time, after 200 to warm up.
async fn search(
    url: &str,
    commune: i64,
    rows: &[AddressRow],
    queries: usize,
) -> anyhow::Result<()> {
    let db = Db::connect(url).await?;
    let mut rng = StdRng::seed_from_u64(2026);
    let total_weight: u32 = QUERY_KINDS.iter().map(|(_, w)| w).sum();
    let mut mix: Vec<(&str, String)> = (0..queries)
        .map(|_| {
            let mut pick = rng.gen_range(0..total_weight);
            let kind = QUERY_KINDS
                .iter()
                .find(|(_, w)| {
                    let here = pick < *w;
                    pick = pick.saturating_sub(*w);
                    here
                })
                .map_or(QUERY_KINDS[0].0, |(k, _)| k);
            let row = rows.choose(&mut rng).expect("a register");
            (kind, query(kind, row, &mut rng))
        })
        .collect();
    mix.shuffle(&mut rng);
    // Warm the caches as a running server's would be.
    for (_, q) in mix.iter().take(200) {
        addresses::search(&db, commune, q, 20).await?;
    }
    let mut times: Vec<(&str, Duration, usize)> = Vec::with_capacity(mix.len());
    for (kind, q) in &mix {
        let started = Instant::now();
        let found = addresses::search(&db, commune, q, 20).await?;
        times.push((kind, started.elapsed(), found.len()));
    }
    println!(
        "{:<22} {:>7} {:>9} {:>9} {:>9} {:>9} {:>8}",
        "query kind (limit 20)", "queries", "p50 ms", "p90 ms", "p99 ms", "max ms", "found"
    );
    let mut kinds: Vec<&str> = QUERY_KINDS.iter().map(|(k, _)| *k).collect();
    kinds.push("all");
    for kind in kinds {
        let mut these: Vec<Duration> = times
            .iter()
            .filter(|(k, _, _)| kind == "all" || *k == kind)
            .map(|(_, d, _)| *d)
            .collect();
        if these.is_empty() {
            continue;
        }
        let found: usize = times
            .iter()
            .filter(|(k, _, _)| kind == "all" || *k == kind)
            .map(|(_, _, n)| n)
            .sum();
        these.sort();
        println!(
            "{:<22} {:>7} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>8.1}",
            kind,
            these.len(),
            percentile(&these, 0.50),
            percentile(&these, 0.90),
            percentile(&these, 0.99),
            percentile(&these, 1.0),
            found as f64 / these.len() as f64
        );
    }
    let (worst_kind, worst, _) = times.iter().max_by_key(|(_, d, _)| *d).expect("queries");
    let worst_query = mix
        .iter()
        .zip(&times)
        .find(|(_, t)| t.1 == *worst)
        .map_or("", |((_, q), _)| q.as_str());
    println!(
        "slowest: {:.2} ms, {worst_kind}: {worst_query:?}",
        worst.as_secs_f64() * 1000.0
    );
    db.close().await;
    Ok(())
}
