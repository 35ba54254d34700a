//! The live rooms' load: for each number of listeners, an event of the demo commune
//! running now, that many participants listening to its lounge over WebSockets (spread
//! over the instances given), and posters saying 100 messages through the API at ten
//! a second (each within the flood limits). It measures, side by side in one run:
//! the servers' memory per connection, how long a post takes to be acknowledged, how
//! long a message takes from its post to each listener, and how many never arrived.
//!
//! `live-load <database-url> <base>[,<base>…] <pid>[,<pid>…] <listeners>[,<listeners>…]`
//! (`bench/live` starts the servers and calls it).

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use futures_util::{SinkExt, StreamExt};
use gemeng_db::Db;
use serde_json::{json, Value};
use tokio::sync::Mutex;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;

/// Messages said per round, and how fast: one every 100 ms, by 40 posters in turn
/// (each one every four seconds: within 5 in 10 s and 20 a minute).
const MESSAGES: usize = 100;
const POSTERS: usize = 40;
const PACE: Duration = Duration::from_millis(100);
/// Connections opened at once while the listeners gather.
const CONNECTING_AT_ONCE: usize = 100;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// A server process's resident memory, in KiB.
fn rss_kib(pid: u32) -> Result<i64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .context("VmRSS")
}

/// An event running now with `people` registered: its id.
async fn running_event(
    db: &Db,
    commune: i64,
    organiser: i64,
    people: &[(i64, String)],
) -> Result<i64> {
    let at = now();
    let key = format!("live-load-{}", gemeng_core::codes::random_token());
    let mut tx = db.begin().await?;
    let id = gemeng_db::events::insert(
        &mut tx,
        &gemeng_db::events::NewEvent {
            commune_id: commune,
            organiser_id: organiser,
            day: "2026-12-01",
            starts_at: at - 600,
            ends_at: at + 6 * 3_600,
            registration: "public",
            capacity: 10_000,
            link: None,
            versions: &[("en", "Live load", "A lounge full of listeners.")],
            request_key: &key[..40.min(key.len())],
            at,
        },
    )
    .await?
    .id();
    gemeng_db::events::publish(&mut tx, id, at).await?;
    for (user, _) in people {
        gemeng_db::events::register_account(&mut tx, id, *user, "en", at).await?;
    }
    tx.commit().await?;
    Ok(id)
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn listen(base: &str, event: i64, token: &str) -> Result<Socket> {
    let url = format!(
        "{}/c/luxembourg/events/{event}/live",
        base.replace("http://", "ws://")
    );
    let mut request = url.into_client_request()?;
    request.headers_mut().insert(
        "authorization",
        HeaderValue::from_str(&format!("Bearer {token}"))?,
    );
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await?;
    socket
        .send(Message::Text(
            json!({"type": "subscribe", "room": "lounge", "after": 0})
                .to_string()
                .into(),
        ))
        .await?;
    loop {
        match socket.next().await {
            Some(Ok(Message::Text(text))) => {
                let frame: Value = serde_json::from_str(&text)?;
                if frame["type"] == "subscribed" {
                    return Ok(socket);
                }
            }
            Some(Ok(_)) => {}
            other => bail!("the socket closed while subscribing: {other:?}"),
        }
    }
}

/// Reads lounge messages until it has `expected` or `until`: when each arrived.
async fn receive(mut socket: Socket, expected: usize, until: Instant) -> Vec<(i64, Instant)> {
    let mut got = Vec::with_capacity(expected);
    while got.len() < expected {
        let left = until.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, socket.next()).await {
            Ok(Some(Ok(Message::Text(text)))) => {
                // The clients share the machine with the servers: read the id without
                // parsing the whole frame (`{"type":"message",…,"message":{"id":N,…`).
                if let Some(id) = message_id(&text) {
                    got.push((id, Instant::now()));
                }
            }
            Ok(Some(Ok(_))) => {}
            _ => break,
        }
    }
    got
}

/// The id of a lounge message frame, read as the server writes it.
fn message_id(text: &str) -> Option<i64> {
    if !text.starts_with(r#"{"type":"message""#) {
        return None;
    }
    let rest = &text[text.find(r#""message":{"id":"#)? + r#""message":{"id":"#.len()..];
    let end = rest.find(|c: char| !c.is_ascii_digit())?;
    rest[..end].parse().ok()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

struct Round {
    listeners: usize,
    connect_seconds: f64,
    rss_per_connection_kib: f64,
    post_ms: Vec<f64>,
    delivery_ms: Vec<f64>,
    missing: usize,
}

async fn round(
    db: &Db,
    bases: &[String],
    pids: &[u32],
    (commune, organiser): (i64, i64),
    people: &[(i64, String)],
    listeners: usize,
) -> Result<Round> {
    let posters = &people[..POSTERS];
    let audience = &people[POSTERS..POSTERS + listeners];
    let event = running_event(db, commune, organiser, &people[..POSTERS + listeners]).await?;
    let before: i64 = pids.iter().map(|&p| rss_kib(p).unwrap_or(0)).sum();

    let started = Instant::now();
    let mut sockets = Vec::with_capacity(listeners);
    for batch in audience.chunks(CONNECTING_AT_ONCE).enumerate() {
        let (b, chunk) = batch;
        let opening: Vec<_> = chunk
            .iter()
            .enumerate()
            .map(|(i, (_, token))| {
                let base = bases[(b * CONNECTING_AT_ONCE + i) % bases.len()].clone();
                let token = token.clone();
                tokio::spawn(async move { listen(&base, event, &token).await })
            })
            .collect();
        for o in opening {
            sockets.push(o.await??);
        }
    }
    let connect_seconds = started.elapsed().as_secs_f64();
    // Let the servers settle (their presence tick, allocations) before measuring.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after: i64 = pids.iter().map(|&p| rss_kib(p).unwrap_or(0)).sum();

    let until = Instant::now() + PACE * MESSAGES as u32 + Duration::from_secs(30);
    let receivers: Vec<_> = sockets
        .into_iter()
        .map(|s| tokio::spawn(receive(s, MESSAGES, until)))
        .collect();

    let sent = Arc::new(Mutex::new(Vec::with_capacity(MESSAGES)));
    let client = reqwest::Client::new();
    let mut posts = Vec::new();
    let t0 = Instant::now();
    for n in 0..MESSAGES {
        let at = t0 + PACE * n as u32;
        tokio::time::sleep_until(at.into()).await;
        let (client, sent) = (client.clone(), sent.clone());
        let base = bases[n % bases.len()].clone();
        let token = posters[n % POSTERS].1.clone();
        posts.push(tokio::spawn(async move {
            let start = Instant::now();
            let r = client
                .post(format!("{base}/api/v1/communes/luxembourg/events/{event}/lounge"))
                .bearer_auth(&token)
                .json(&json!({"text": format!("message {n} of the load"), "request_key": format!("load-{event}-{n:04}")}))
                .send()
                .await?;
            let acked = Instant::now();
            if r.status() != reqwest::StatusCode::CREATED {
                bail!("a post was answered {}", r.status());
            }
            let id = r.json::<Value>().await?["id"].as_i64().context("id")?;
            sent.lock().await.push((id, start, acked - start));
            Ok::<_, anyhow::Error>(())
        }));
    }
    for p in posts {
        p.await??;
    }
    let sent = sent.lock().await.clone();
    let mut post_ms: Vec<f64> = sent.iter().map(|(_, _, d)| d.as_secs_f64() * 1e3).collect();
    post_ms.sort_by(f64::total_cmp);
    let mut delivery_ms = Vec::with_capacity(listeners * MESSAGES);
    let mut delivered = 0;
    for r in receivers {
        for (id, at) in r.await? {
            if let Some((_, start, _)) = sent.iter().find(|(s, _, _)| *s == id) {
                delivery_ms.push(at.saturating_duration_since(*start).as_secs_f64() * 1e3);
                delivered += 1;
            }
        }
    }
    delivery_ms.sort_by(f64::total_cmp);
    Ok(Round {
        listeners,
        connect_seconds,
        rss_per_connection_kib: if listeners > 0 {
            (after - before) as f64 / listeners as f64
        } else {
            0.0
        },
        post_ms,
        delivery_ms,
        missing: listeners * MESSAGES - delivered,
    })
}

#[tokio::main]
async fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 5 {
        bail!("usage: live-load <database-url> <base>[,<base>…] <pid>[,<pid>…] <listeners>[,…]");
    }
    let db = Db::connect(&args[1]).await?;
    let bases: Vec<String> = args[2].split(',').map(str::to_string).collect();
    let pids: Vec<u32> = args[3]
        .split(',')
        .map(|p| p.parse())
        .collect::<Result<_, _>>()?;
    let counts: Vec<usize> = args[4]
        .split(',')
        .map(|c| c.parse())
        .collect::<Result<_, _>>()?;

    let (commune, address, organiser, hash) = gemeng_db::with_pool!(db.writer(), |pool| {
        let commune: i64 = sqlx::query_scalar("SELECT id FROM communes WHERE slug = 'luxembourg'")
            .fetch_one(pool)
            .await?;
        let address: i64 = sqlx::query_scalar(
            "SELECT id FROM addresses WHERE commune_id = $1 ORDER BY id LIMIT 1",
        )
        .bind(commune)
        .fetch_one(pool)
        .await?;
        let (organiser, hash): (i64, String) = sqlx::query_as(
            "SELECT id, password_hash FROM users WHERE email = 'staff@demo.gemeng.lu'",
        )
        .fetch_one(pool)
        .await?;
        (commune, address, organiser, hash)
    });
    let most = counts.iter().copied().max().unwrap_or(0);
    eprintln!("making {} participants…", most + POSTERS);
    let people =
        gemeng_db::test_support::time_bank_members(&db, commune, address, most + POSTERS, &hash)
            .await;

    println!(
        "| listeners | instances | connecting (s) | memory per connection (KiB) | post acknowledged p50 / p99 (ms) | delivered p50 / p99 / max (ms) | deliveries | missing |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut first_p99 = None;
    let mut rows = Vec::new();
    for &listeners in &counts {
        let r = round(&db, &bases, &pids, (commune, organiser), &people, listeners).await?;
        println!(
            "| {} | {} | {:.1} | {:.1} | {:.1} / {:.1} | {:.1} / {:.1} / {:.1} | {} | {} |",
            r.listeners,
            bases.len(),
            r.connect_seconds,
            r.rss_per_connection_kib,
            percentile(&r.post_ms, 50.0),
            percentile(&r.post_ms, 99.0),
            percentile(&r.delivery_ms, 50.0),
            percentile(&r.delivery_ms, 99.0),
            r.delivery_ms.last().copied().unwrap_or(f64::NAN),
            r.delivery_ms.len(),
            r.missing,
        );
        let p99 = percentile(&r.delivery_ms, 99.0);
        first_p99.get_or_insert((r.listeners, p99));
        rows.push((r.listeners, p99, percentile(&r.post_ms, 50.0)));
    }
    if let Some((base_n, base_p99)) = first_p99 {
        println!();
        println!("Delivery p99 as a ratio to {base_n} listeners' (same run):");
        for (n, p99, _) in rows {
            println!("- {n} listeners: {:.2}", p99 / base_p99);
        }
    }
    Ok(())
}
