//! Hearing other instances' changes: on PostgreSQL, every committed transaction that
//! changed something a cache may hold announced it with `NOTIFY` (see [`crate::tx`]);
//! this listens on that channel.

use crate::tx::{Change, CHANGES_CHANNEL};
use crate::Db;

/// What a listener hears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heard {
    Changes(Vec<Change>),
    /// Announcements may have been missed (the connection dropped, or a message was
    /// too long to carry them all): forget everything cached.
    Everything,
}

/// Calls `on_heard` for every announcement of other (and this) instance's commits,
/// until the database is closed. Returns at once on SQLite, which has no such channel
/// (several instances share PostgreSQL, not an SQLite file).
pub async fn listen(db: &Db, on_heard: impl Fn(Heard) + Send + Sync) {
    let Db::Postgres(pool) = db else { return };
    loop {
        let mut listener = match sqlx::postgres::PgListener::connect_with(pool).await {
            Ok(l) => l,
            Err(e) => {
                if pool.is_closed() {
                    return;
                }
                tracing::warn!(error = %e, "listening for other instances' changes failed; retrying");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                continue;
            }
        };
        if let Err(e) = listener.listen(CHANGES_CHANNEL).await {
            tracing::warn!(error = %e, "LISTEN failed; retrying");
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            continue;
        }
        // Whatever happened while we were not listening is unknown.
        on_heard(Heard::Everything);
        loop {
            match listener.try_recv().await {
                Ok(Some(notification)) => {
                    match serde_json::from_str::<Vec<Change>>(notification.payload()) {
                        Ok(changes) if !changes.is_empty() => on_heard(Heard::Changes(changes)),
                        _ => on_heard(Heard::Everything),
                    }
                }
                // The connection dropped; try_recv reconnects on the next call.
                Ok(None) => on_heard(Heard::Everything),
                Err(e) => {
                    if pool.is_closed() {
                        return;
                    }
                    tracing::warn!(error = %e, "the change listener failed; reconnecting");
                    on_heard(Heard::Everything);
                    break;
                }
            }
        }
    }
}
