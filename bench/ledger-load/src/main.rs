//! The ledger benchmark's tools (issue 9), driven by `bench/ledger`:
//!
//!     gemeng-bench-ledger-load prepare DATABASE_URL MEMBERS TOKENS_FILE
//!         the demo commune (as `gemeng demo` loads it) and MEMBERS time bank members
//!         living in Gare, each with an API token, written one per line as
//!         "user_id token" to TOKENS_FILE;
//!     gemeng-bench-ledger-load ceiling DATABASE_URL SECONDS
//!         the disk's ceiling: single-row commits, one after the other, for SECONDS,
//!         durable as Gemeng's are (SQLite: WAL with synchronous = FULL, a file beside
//!         the database on the same disk; PostgreSQL: synchronous_commit on, a table of
//!         its own); prints commits per second;
//!     gemeng-bench-ledger-load exchanges BASE_URL TOKENS_FILE CLIENTS SECONDS
//!         CLIENTS clients, each in a loop: a member proposes an exchange (asks minutes
//!         of another), the other confirms it; prints, as JSON, confirmed exchanges per
//!         second, the confirmations' p50 and p99 in milliseconds, and how many were
//!         refused (a credit limit) or failed.
//!
//!     gemeng-bench-ledger-load registration BASE_URL TOKENS_FILE CLIENTS CAPACITY ROUNDS
//!         the activities' benchmark (issue 10, `bench/registration`): the first
//!         member organises a neighbourhood activity of ROUNDS sessions with CAPACITY
//!         places each; then, session after session, CLIENTS other members ask for a
//!         place at the same instant (accepting the waiting list); prints, as JSON per
//!         round and overall, how many got a place and how many wait (as the answers
//!         say, and as the organiser's list says), whether the waiting positions are
//!         1 to N with none twice, and the answers' p50 and p99 in milliseconds.
//!
//! Amounts are small and payers rotate, so few exchanges meet the credit limit; each
//! exchange takes the next pair of members, so none makes more proposals an hour than
//! the rules allow (60) as long as MEMBERS is large enough for the run.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod registration;

use anyhow::{bail, Context};
use gemeng::config::Config;
use serde_json::json;
use sqlx::{ConnectOptions, Connection};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| {
        args.get(i)
            .cloned()
            .context("see the usage at the top of main.rs")
    };
    match args.first().map(String::as_str) {
        Some("prepare") => prepare(&arg(1)?, arg(2)?.parse()?, &arg(3)?).await,
        Some("ceiling") => ceiling(&arg(1)?, arg(2)?.parse()?).await,
        Some("exchanges") => {
            exchanges(&arg(1)?, &arg(2)?, arg(3)?.parse()?, arg(4)?.parse()?).await
        }
        Some("registration") => {
            registration::run(
                &arg(1)?,
                &arg(2)?,
                arg(3)?.parse()?,
                arg(4)?.parse()?,
                arg(5)?.parse()?,
            )
            .await
        }
        _ => bail!("usage: gemeng-bench-ledger-load prepare|ceiling|exchanges|registration …"),
    }
}

async fn prepare(url: &str, members: usize, tokens_file: &str) -> anyhow::Result<()> {
    let config = Config {
        database_url: url.to_string(),
        ..Config::default()
    };
    let app = gemeng::commands::open(config).await?;
    let commune = gemeng::commands::demo::load(&app).await?;
    let gare = gemeng_db::neighbourhoods::by_slug(&app.db, commune.id, "gare")
        .await?
        .context("the demo's Gare")?;
    let home = gemeng_db::addresses::in_neighbourhood(&app.db, gare.id, 1)
        .await?
        .first()
        .context("an address in Gare")?
        .id;
    let hash = gemeng::http::auth::hash_password("a benchmark phrase".into())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let made =
        gemeng_db::test_support::time_bank_members(&app.db, commune.id, home, members, &hash).await;
    let lines: Vec<String> = made
        .iter()
        .map(|(id, token)| format!("{id} {token}"))
        .collect();
    std::fs::write(tokens_file, lines.join("\n"))?;
    app.db.close().await;
    announcements_sent(url).await?;
    Ok(())
}

/// Marks the demo's announcements as mailed to everyone: they went out before these
/// members joined. Otherwise the server's first start would mail them to the 6,000
/// members (18,000 e-mails) while the first round runs, measuring the mailing
/// (`bench/mailing` does) in the ledger's first row and not in the others.
async fn announcements_sent(url: &str) -> anyhow::Result<()> {
    const SENT: &str = "UPDATE announcements SET mailed_through = (SELECT MAX(id) FROM users),
         mailed_at = publish_at WHERE mailed_at IS NULL";
    if let Some(path) = url.strip_prefix("sqlite://") {
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(path)
            .connect()
            .await?;
        sqlx::query(SENT).execute(&mut conn).await?;
        conn.close().await?;
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await?;
        sqlx::query(SENT).execute(&mut conn).await?;
        conn.close().await?;
    }
    Ok(())
}

async fn ceiling(url: &str, seconds: f64) -> anyhow::Result<()> {
    let deadline = Duration::from_secs_f64(seconds);
    let start = Instant::now();
    let mut commits = 0u64;
    if let Some(path) = url.strip_prefix("sqlite://") {
        let file = format!("{path}.ceiling");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{file}{suffix}"));
        }
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&file)
            .create_if_missing(true)
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
            .synchronous(sqlx::sqlite::SqliteSynchronous::Full)
            .connect()
            .await?;
        sqlx::query("CREATE TABLE commits (id INTEGER PRIMARY KEY, at BIGINT NOT NULL)")
            .execute(&mut conn)
            .await?;
        let start = Instant::now();
        while start.elapsed() < deadline {
            let mut tx = conn.begin().await?;
            sqlx::query("INSERT INTO commits (at) VALUES ($1)")
                .bind(commits as i64)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            commits += 1;
        }
        conn.close().await?;
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{file}{suffix}"));
        }
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await?;
        sqlx::query("SET synchronous_commit = on")
            .execute(&mut conn)
            .await?;
        sqlx::query("DROP TABLE IF EXISTS bench_commits")
            .execute(&mut conn)
            .await?;
        sqlx::query("CREATE TABLE bench_commits (id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL)")
            .execute(&mut conn)
            .await?;
        let start = Instant::now();
        while start.elapsed() < deadline {
            let mut tx = conn.begin().await?;
            sqlx::query("INSERT INTO bench_commits (at) VALUES ($1)")
                .bind(commits as i64)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            commits += 1;
        }
        sqlx::query("DROP TABLE bench_commits")
            .execute(&mut conn)
            .await?;
    }
    let _ = start;
    println!("{:.0}", commits as f64 / seconds);
    Ok(())
}

/// The members `prepare` wrote: (user id, API token), one per line.
fn read_members(tokens_file: &str) -> anyhow::Result<Vec<(i64, String)>> {
    Ok(std::fs::read_to_string(tokens_file)?
        .lines()
        .filter_map(|l| {
            let (id, token) = l.split_once(' ')?;
            Some((id.parse().ok()?, token.to_string()))
        })
        .collect())
}

/// The `q` quantile of sorted latencies, in milliseconds.
fn quantile_ms(sorted: &[Duration], q: f64) -> f64 {
    sorted
        .get(((sorted.len() as f64 * q) as usize).min(sorted.len().saturating_sub(1)))
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

async fn exchanges(
    base: &str,
    tokens_file: &str,
    clients: usize,
    seconds: f64,
) -> anyhow::Result<()> {
    let members = read_members(tokens_file)?;
    if members.len() < 2 {
        bail!("{tokens_file} holds fewer than two members");
    }
    let members = Arc::new(members);
    // A run-wide counter: every exchange its own pair and its own keys.
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_millis();
    let next = Arc::new(AtomicUsize::new(0));
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .timeout(Duration::from_secs(30))
        .build()?;
    let bank = format!("{base}/api/v1/communes/luxembourg/timebank");
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (members, next, client, bank) =
            (members.clone(), next.clone(), client.clone(), bank.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let (mut refused, mut failed) = (0u64, 0u64);
            while Instant::now() < deadline {
                let n = next.fetch_add(1, Ordering::Relaxed);
                let payee = &members[n % members.len()];
                let payer = &members[(n * 7 + 3) % members.len()];
                if payee.0 == payer.0 {
                    continue;
                }
                let proposed = client
                    .post(format!("{bank}/proposals"))
                    .bearer_auth(&payee.1)
                    .json(
                        &json!({ "with": payer.0, "direction": "ask", "amount": 1 + n % 20,
                        "memo": "Benchmark exchange", "category": "household",
                        "request_key": format!("b{stamp}p{n}") }),
                    )
                    .send()
                    .await;
                let id = match proposed {
                    Ok(r) if r.status() == reqwest::StatusCode::CREATED => {
                        match r.json::<serde_json::Value>().await {
                            Ok(v) => v["id"].as_i64().unwrap_or(0),
                            Err(_) => 0,
                        }
                    }
                    _ => 0,
                };
                if id == 0 {
                    failed += 1;
                    continue;
                }
                let sent = Instant::now();
                let confirmed = client
                    .post(format!("{bank}/proposals/{id}/confirm"))
                    .bearer_auth(&payer.1)
                    .json(&json!({ "request_key": format!("b{stamp}c{n}") }))
                    .send()
                    .await;
                match confirmed.map(|r| r.status()) {
                    Ok(reqwest::StatusCode::OK) => latencies.push(sent.elapsed()),
                    Ok(reqwest::StatusCode::UNPROCESSABLE_ENTITY) => refused += 1,
                    _ => failed += 1,
                }
            }
            (latencies, refused, failed)
        }));
    }
    let (mut latencies, mut refused, mut failed) = (Vec::new(), 0, 0);
    for task in tasks {
        let (l, r, f) = task.await?;
        latencies.extend(l);
        refused += r;
        failed += f;
    }
    latencies.sort_unstable();
    let at = |q: f64| quantile_ms(&latencies, q);
    println!(
        "{}",
        json!({
            "exchanges_per_second": latencies.len() as f64 / seconds,
            "p50_ms": at(0.50),
            "p99_ms": at(0.99),
            "refused": refused,
            "failed": failed,
        })
    );
    Ok(())
}
