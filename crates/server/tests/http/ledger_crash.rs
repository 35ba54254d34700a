//! The time bank's ledger survives its server being killed. A Gemeng process serves
//! the test database while clients exchange minutes through the API; at a random
//! moment it is killed with SIGKILL, then started again on the same database. After
//! every restart: each exchange that was acknowledged (its confirmation answered 200)
//! is in the ledger exactly once, a retried confirmation returns that same transfer
//! and moves nothing, every cached balance equals its derivation, the balances sum to
//! zero and a replay of the ledger passes no limit.
//!
//! `scripts/test` runs it with 3 kills per engine; the long mode
//! (`GEMENG_CRASH_KILLS=100`, run by `scripts/test --long`) kills 100 times, and
//! `GEMENG_CRASH_KILLS=1000` a thousand (about half an hour on two cores).
//!
//! A killed process loses nothing the operating system already holds, so this proves
//! the ledger's own logic (nothing acknowledged before its commit, nothing applied
//! twice on retry, no half-written batch); surviving a power cut as well is what
//! `synchronous = FULL` (SQLite) and ordinary commits (PostgreSQL) add.

use std::collections::{BTreeMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use gemeng_core::ledger::Rules;
use rand::Rng;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::support::TestApp;
use crate::timebank::{assert_sound, commune_id};

const CLIENTS: usize = 12;

/// An exchange whose confirmation was acknowledged.
#[derive(Debug, Clone)]
struct Acknowledged {
    proposal: i64,
    transfer: i64,
    payer_token: String,
    key: String,
}

pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) base: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub(crate) async fn start_server(database_url: &str, files: &std::path::Path) -> Server {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gemeng"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("GEMENG_DATABASE_URL", database_url)
        .env("GEMENG_CONFIG", "/nonexistent/gemeng.toml")
        .env("GEMENG_FILES_DIR", files)
        .env("GEMENG_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start gemeng");
    let base = format!("http://127.0.0.1:{port}");
    let client = Client::new();
    for _ in 0..300 {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await {
            if r.status().is_success() {
                return Server { child, base };
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("gemeng did not start on {base}");
}

/// Members of the time bank with API tokens, made directly in the database:
/// hundreds of log-ins would spend the test's time hashing passwords.
async fn members(t: &TestApp, count: usize) -> Vec<(i64, String)> {
    let f = t.fixture().await;
    let home = t.address(f.commune, "ouest 5").await;
    let hash = gemeng::http::auth::hash_password("a crash test phrase".into())
        .await
        .unwrap();
    gemeng_db::test_support::time_bank_members(&t.db, f.commune, home, count, &hash).await
}

/// One client's exchanges until the server goes away: proposes (the payee asks),
/// then the payer confirms; records every confirmation answered 200.
async fn exchange_until_killed(
    base: String,
    people: Arc<Vec<(i64, String)>>,
    next: Arc<Mutex<usize>>,
    acknowledged: Arc<Mutex<Vec<Acknowledged>>>,
    cycle: usize,
) {
    let client = Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let bank = format!("{base}/api/v1/communes/testville/timebank");
    loop {
        // Each exchange takes the next pair, so no member makes more proposals an
        // hour than the rules allow.
        let n = {
            let mut next = next.lock().unwrap();
            *next += 1;
            *next
        };
        let payee = &people[n % people.len()];
        let payer = &people[(n * 7 + 3) % people.len()];
        if payee.0 == payer.0 {
            continue;
        }
        let amount = 1 + (n % 30) as i64;
        let proposed = client
            .post(format!("{bank}/proposals"))
            .bearer_auth(&payee.1)
            .json(
                &json!({ "with": payer.0, "direction": "ask", "amount": amount,
                "memo": format!("Exchange {n}"), "category": "household",
                "request_key": format!("crash-p-{cycle}-{n}") }),
            )
            .send()
            .await;
        let Ok(proposed) = proposed else { return };
        if proposed.status() != StatusCode::CREATED {
            // Killed mid-answer, or refused: nothing to confirm.
            if proposed.status().is_server_error() {
                return;
            }
            continue;
        }
        let Ok(proposal) = proposed.json::<Value>().await else {
            return;
        };
        let id = proposal["id"].as_i64().unwrap();
        let key = format!("crash-c-{cycle}-{n}");
        let confirmed = client
            .post(format!("{bank}/proposals/{id}/confirm"))
            .bearer_auth(&payer.1)
            .json(&json!({ "request_key": key }))
            .send()
            .await;
        let Ok(confirmed) = confirmed else { return };
        if confirmed.status() == StatusCode::OK {
            let Ok(answer) = confirmed.json::<Value>().await else {
                return;
            };
            acknowledged.lock().unwrap().push(Acknowledged {
                proposal: id,
                transfer: answer["transfer"].as_i64().unwrap(),
                payer_token: payer.1.clone(),
                key,
            });
        }
    }
}

#[tokio::test]
async fn acknowledged_exchanges_survive_the_server_being_killed() {
    let kills: usize = std::env::var("GEMENG_CRASH_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(3);
    let t = TestApp::start().await;
    let people = Arc::new(members(&t, (kills * 3).max(40)).await);
    let commune = commune_id(&t).await;
    let files = t.files_dir();
    let next = Arc::new(Mutex::new(0));
    let mut all: Vec<Acknowledged> = Vec::new();
    let mut rng = rand::thread_rng();
    for cycle in 0..kills {
        let mut server = start_server(&t.database_url, &files).await;
        let acknowledged = Arc::new(Mutex::new(Vec::new()));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|_| {
                tokio::spawn(exchange_until_killed(
                    server.base.clone(),
                    people.clone(),
                    next.clone(),
                    acknowledged.clone(),
                    cycle,
                ))
            })
            .collect();
        // The kill comes at a random moment while exchanges are under way: once this
        // cycle's first one is acknowledged (on a loaded machine that may take
        // seconds; a fixed delay then killed the server before any), then 0 to 750 ms
        // later.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            let under_way = !acknowledged.lock().unwrap().is_empty();
            if under_way || tokio::time::Instant::now() >= deadline {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        tokio::time::sleep(Duration::from_millis(rng.gen_range(0..750))).await;
        server.child.kill().expect("SIGKILL the server");
        server.child.wait().unwrap();
        for client in clients {
            client.await.unwrap();
        }
        let acknowledged = acknowledged.lock().unwrap().clone();

        // Started again: everything acknowledged is there, once.
        let mut server = start_server(&t.database_url, &files).await;
        let client = Client::new();
        for done in &acknowledged {
            let r = client
                .post(format!(
                    "{}/api/v1/communes/testville/timebank/proposals/{}/confirm",
                    server.base, done.proposal
                ))
                .bearer_auth(&done.payer_token)
                .json(&json!({ "request_key": done.key }))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::OK, "cycle {cycle}: {done:?}");
            let answer: Value = r.json().await.unwrap();
            assert_eq!(
                answer["transfer"], done.transfer,
                "cycle {cycle}: a retry found another transfer"
            );
        }
        server.child.kill().unwrap();
        server.child.wait().unwrap();
        all.extend(acknowledged);
        let transfers = assert_sound(&t, Rules::default()).await;
        let stored: BTreeMap<i64, i64> = transfers
            .iter()
            .filter_map(|s| s.proposal_id.map(|p| (s.id, p)))
            .collect();
        for done in &all {
            assert_eq!(
                stored.get(&done.transfer),
                Some(&done.proposal),
                "cycle {cycle}: acknowledged exchange missing: {done:?}"
            );
        }
        let proposals: HashSet<i64> = stored.values().copied().collect();
        assert_eq!(proposals.len(), stored.len(), "a proposal settled twice");
    }
    let audit = gemeng_db::timebank::audit(&t.db, commune).await.unwrap();
    assert!(audit.sound(), "{audit:?}");
    assert!(
        all.len() >= kills,
        "only {} exchanges acknowledged over {kills} kills: the test exercised little",
        all.len()
    );
    eprintln!(
        "{kills} kills, {} acknowledged exchanges, all present once",
        all.len()
    );
}
