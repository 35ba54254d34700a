//! Registration for one session by many people at once (issue 10: the seed's event of
//! 500 people, 100 places): every client waits at one barrier, then asks for its place;
//! the answers' latencies are measured, and what the answers said is compared with the
//! organiser's list, so that a run which loses or doubles a place cannot pass as fast.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use serde_json::{json, Value};
use tokio::sync::Barrier;

use crate::{quantile_ms, read_members};

/// What one client's request gave.
enum Answer {
    Registered,
    Waiting(i64),
    Failed(String),
}

pub async fn run(
    base: &str,
    tokens_file: &str,
    clients: usize,
    capacity: usize,
    rounds: usize,
) -> anyhow::Result<()> {
    let members = read_members(tokens_file)?;
    if members.len() < clients + 1 {
        bail!(
            "{tokens_file} holds {} members, fewer than the organiser and {clients} clients",
            members.len()
        );
    }
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .timeout(Duration::from_secs(60))
        .build()?;
    let activities = format!("{base}/api/v1/communes/luxembourg/activities");
    let organiser = &members[0];
    // Sessions from tomorrow on, a day apart: all still to come during the run.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs() as i64;
    let sessions: Vec<Value> = (0..rounds as i64)
        .map(|i| {
            let starts = now + 86_400 * (i + 1);
            json!({ "starts_at": starts, "ends_at": starts + 7_200 })
        })
        .collect();
    let created = client
        .post(&activities)
        .bearer_auth(&organiser.1)
        .json(&json!({
            "versions": { "en": { "title": "Benchmark: neighbourhood barbecue", "description": "" } },
            "kind": "neighbourhood_activity", "audience": "neighbourhood",
            "place": "Place de Paris", "capacity": capacity, "languages": ["lb", "en"],
            "sessions": sessions, "request_key": format!("bench-registration-{now}"),
        }))
        .send()
        .await?;
    let status = created.status();
    let activity: Value = created.json().await?;
    if status != reqwest::StatusCode::CREATED {
        bail!("creating the activity answered {status}: {activity}");
    }
    let id = activity["id"].as_i64().context("the activity's id")?;
    let session_ids: Vec<i64> = activity["sessions"]
        .as_array()
        .context("the activity's sessions")?
        .iter()
        .filter_map(|s| s["id"].as_i64())
        .collect();
    let people: Arc<Vec<(i64, String)>> = Arc::new(members[1..=clients].to_vec());
    let mut all = Vec::new();
    let mut exact_everywhere = true;
    for (round, session) in session_ids.iter().enumerate() {
        let barrier = Arc::new(Barrier::new(clients));
        let mut tasks = Vec::new();
        for i in 0..clients {
            let (people, client, barrier) = (people.clone(), client.clone(), barrier.clone());
            let url = format!("{activities}/{id}/sessions/{session}/registration");
            tasks.push(tokio::spawn(async move {
                let (user, token) = &people[i];
                barrier.wait().await;
                let sent = Instant::now();
                let answer = client
                    .post(&url)
                    .bearer_auth(token)
                    .json(&json!({ "waiting_list": true }))
                    .send()
                    .await;
                let answer = match answer {
                    Ok(r) if r.status() == reqwest::StatusCode::CREATED => {
                        match r.json::<Value>().await {
                            Ok(v) if v["standing"] == "registered" => Answer::Registered,
                            Ok(v) if v["standing"] == "waiting" => {
                                Answer::Waiting(v["position"].as_i64().unwrap_or(0))
                            }
                            Ok(v) => Answer::Failed(v.to_string()),
                            Err(e) => Answer::Failed(e.to_string()),
                        }
                    }
                    Ok(r) => Answer::Failed(r.status().to_string()),
                    Err(e) => Answer::Failed(e.to_string()),
                };
                (*user, sent.elapsed(), answer)
            }));
        }
        let mut latencies = Vec::new();
        let (mut registered, mut waiting) = (Vec::new(), HashMap::new());
        let mut failures = Vec::new();
        for task in tasks {
            let (user, latency, answer) = task.await?;
            latencies.push(latency);
            match answer {
                Answer::Registered => registered.push(user),
                Answer::Waiting(position) => {
                    waiting.insert(user, position);
                }
                Answer::Failed(why) => failures.push(why),
            }
        }
        // The organiser's list: the same people, the waiting ones in the order the
        // answers gave them (first come, first served).
        let list: Value = client
            .get(format!("{activities}/{id}/registrations"))
            .bearer_auth(&organiser.1)
            .send()
            .await?
            .json()
            .await?;
        let listed = list["sessions"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["session"] == *session))
            .context("the session in the organiser's list")?;
        let ids = |key: &str| -> Vec<i64> {
            listed[key]
                .as_array()
                .map(|people| {
                    people
                        .iter()
                        .filter_map(|p| p["user_id"].as_i64())
                        .collect()
                })
                .unwrap_or_default()
        };
        let (listed_registered, listed_waiting) = (ids("registered"), ids("waiting"));
        let mut answered_registered = registered.clone();
        answered_registered.sort_unstable();
        let mut sorted_listed = listed_registered.clone();
        sorted_listed.sort_unstable();
        let waiting_in_order = listed_waiting
            .iter()
            .enumerate()
            .all(|(i, user)| waiting.get(user) == Some(&(i as i64 + 1)));
        let exact = registered.len() == capacity.min(clients)
            && waiting.len() == clients.saturating_sub(capacity)
            && failures.is_empty()
            && answered_registered == sorted_listed
            && listed_waiting.len() == waiting.len()
            && waiting_in_order;
        exact_everywhere &= exact;
        latencies.sort_unstable();
        println!(
            "{}",
            json!({
                "round": round + 1,
                "registered": registered.len(),
                "waiting": waiting.len(),
                "listed_registered": listed_registered.len(),
                "listed_waiting": listed_waiting.len(),
                "waiting_list_in_answer_order": waiting_in_order,
                "failed": failures.len(),
                "first_failure": failures.first(),
                "exact": exact,
                "p50_ms": quantile_ms(&latencies, 0.50),
                "p99_ms": quantile_ms(&latencies, 0.99),
                "max_ms": quantile_ms(&latencies, 1.0),
            })
        );
        all.extend(latencies);
    }
    all.sort_unstable();
    println!(
        "{}",
        json!({
            "overall": true,
            "rounds": rounds,
            "clients": clients,
            "capacity": capacity,
            "exact_every_round": exact_everywhere,
            "p50_ms": quantile_ms(&all, 0.50),
            "p99_ms": quantile_ms(&all, 0.99),
            "max_ms": quantile_ms(&all, 1.0),
        })
    );
    if !exact_everywhere {
        bail!("a round gave other places than capacity and clients say");
    }
    Ok(())
}
