//! Who is at the event now, from its live connections: each registered participant's
//! open connection is a sign of life in the hall or at the stand it listens to.
//! Every heartbeat, one task writes them all in a few transactions (not one write per
//! connection) and tells each lounge listened to here how many people are at the
//! event, across instances (the stays are in the database).

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;
use std::time::Duration;

use gemeng_core::events::participation::{HEARTBEAT_EVERY, PRESENCE_WINDOW};
use gemeng_db::event_lounge as lounge_store;

use super::frames;
use super::hub::Topic;
use crate::app::{now, App};
use crate::http::error::AppResult;

/// Signs of life written per transaction. SQLite's writer is shared with everyone: a
/// message posted while a chunk is written waits for it, so chunks are kept small
/// (a few milliseconds) rather than one long transaction for every connection.
const WRITES_PER_TRANSACTION: usize = 50;

/// Where one connection's participant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Where {
    /// The event's id, start and end.
    event: (i64, i64, i64),
    place: i64,
    stand: Option<i64>,
}

/// The participants of this instance's live connections.
#[derive(Default)]
pub struct Registry(Mutex<HashMap<u64, Where>>);

/// One connection's entry in the registry, removed when the connection ends.
pub struct Presence {
    app: App,
    id: u64,
}

impl Presence {
    /// A connection of participant `place` (none: an organiser or a stand's staff who
    /// did not register, who are not counted) at `event`, in the hall.
    pub fn enter(app: &App, event: (i64, i64, i64), place: Option<i64>) -> Presence {
        let id = app.live.connection_id();
        if let Some(place) = place {
            let mut registry = app
                .live
                .presences
                .0
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            registry.insert(
                id,
                Where {
                    event,
                    place,
                    stand: None,
                },
            );
        }
        Presence {
            app: app.clone(),
            id,
        }
    }

    /// The participant is now at `stand` (none: in the hall).
    pub fn stand(&self, stand: Option<i64>) {
        let mut registry = self
            .app
            .live
            .presences
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(entry) = registry.get_mut(&self.id) {
            entry.stand = stand;
        }
    }
}

impl Drop for Presence {
    fn drop(&mut self) {
        let mut registry = self
            .app
            .live
            .presences
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        registry.remove(&self.id);
    }
}

/// How many participants of `event` were seen within the presence window.
pub async fn count(app: &App, event: i64) -> AppResult<i64> {
    Ok(lounge_store::present(&app.db, event, now() - PRESENCE_WINDOW).await?)
}

/// Every heartbeat: the connections' signs of life, then the lounges' counts.
pub async fn tick(app: App) {
    let mut every = tokio::time::interval(Duration::from_secs(HEARTBEAT_EVERY as u64));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if let Err(e) = write_signs_of_life(&app).await {
            tracing::warn!(error = %e, "the live connections' presence was not written");
        }
        for event in app.live.lounges() {
            match count(&app, event).await {
                Ok(present) => app
                    .live
                    .send(Topic::Lounge { event }, frames::presence(present)),
                Err(e) => tracing::warn!(error = %e, "a lounge's presence was not counted"),
            }
        }
    }
}

async fn write_signs_of_life(app: &App) -> AppResult<()> {
    let at = now();
    // One sign per participant and place, however many connections they have.
    let signs: BTreeSet<Where> = {
        let registry = app
            .live
            .presences
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        registry
            .values()
            .filter(|w| w.event.1 <= at && at < w.event.2)
            .copied()
            .collect()
    };
    let signs: Vec<Where> = signs.into_iter().collect();
    for chunk in signs.chunks(WRITES_PER_TRANSACTION) {
        let mut tx = app.begin().await?;
        for w in chunk {
            gemeng_db::event_statistics::seen(
                &mut tx,
                w.event.0,
                w.place,
                w.stand,
                (at, at + HEARTBEAT_EVERY, PRESENCE_WINDOW),
            )
            .await?;
        }
        app.commit(tx).await?;
    }
    Ok(())
}
