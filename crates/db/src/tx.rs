//! One action, one transaction. A flow opens a [`Tx`] with [`Db::begin`], passes it to
//! every storage function its action needs (the change, its audit entry, the e-mail it
//! queues) and commits once: they all stand or none does. Dropping a `Tx` without
//! committing rolls it back.
//!
//! A transaction also records which cached reads its writes make stale ([`Change`]);
//! whoever commits it tells the read caches (this instance's, and others' through
//! PostgreSQL `NOTIFY`, sent inside the transaction so it arrives only if it commits).

use serde::{Deserialize, Serialize};
use sqlx::{Postgres, Sqlite, Transaction};

use crate::{Db, DbResult};

/// The channel on which instances sharing a PostgreSQL database announce changes.
pub const CHANGES_CHANNEL: &str = "gemeng_changes";

/// Something a committed transaction changed that a read cache may hold.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Change {
    /// An account (its role, residence, language, address, e-mail state…).
    Account(i64),
    /// Every session of an account ended (a new password).
    SessionsOf(i64),
    /// One session ended (log-out), by its token's hash.
    Session(String),
    /// A commune's row.
    Commune(i64),
    /// A commune's map or register: neighbourhoods, and where every resident lives.
    Map(i64),
    /// A person's inbox (messages not yet read) or the people they blocked.
    Inbox(i64),
    /// A neighbourhood's feed gained or lost an item (a post published or restored).
    Feed(i64),
    /// What a post's card in a feed shows (its text, state, counts, photos), or
    /// whether it is in the feeds at all (deleted, hidden).
    Post(i64),
    /// Every feed of a commune (an account erased: its posts, and its comments and
    /// thanks counted on neighbours' posts, are gone).
    Feeds(i64),
    /// Something said or changed in an event's live rooms: the instances' live hubs
    /// read the row it names and deliver it to their connections.
    Live(Said),
}

/// What changed in an event's live rooms; ids only (a `NOTIFY` payload is small, and
/// every instance reads the row itself, as it stands after the commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Said {
    /// A lounge message was posted.
    Lounge { event: i64, message: i64 },
    /// A lounge message was hidden by an organiser.
    LoungeHidden { event: i64, message: i64 },
    /// A stand's question was asked, upvoted, answered or hidden.
    Question {
        event: i64,
        stand: i64,
        question: i64,
    },
    /// A "meet someone" round decided requests at `at` (one change for a whole
    /// round, however many it paired: each instance reads whom to tell).
    Meeting { event: i64, at: i64 },
    /// A message was said in a private chat.
    Private { event: i64, chat: i64, message: i64 },
}

pub enum Engine {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// A write transaction on either engine, with the changes it has made so far.
pub struct Tx {
    pub engine: Engine,
    changes: Vec<Change>,
}

impl Db {
    /// Opens a write transaction. On SQLite it is `BEGIN IMMEDIATE`: the write lock is
    /// taken at once, so a transaction that reads and then writes cannot fail halfway
    /// with `SQLITE_BUSY` when another process (the command line) writes meanwhile.
    pub async fn begin(&self) -> DbResult<Tx> {
        let engine = match self {
            Db::Sqlite { writer, .. } => {
                Engine::Sqlite(writer.begin_with("BEGIN IMMEDIATE").await?)
            }
            Db::Postgres(pool) => Engine::Postgres(pool.begin().await?),
        };
        Ok(Tx {
            engine,
            changes: Vec::new(),
        })
    }
}

impl Tx {
    /// Notes that this transaction makes `change` (for the caches, once committed).
    pub fn changed(&mut self, change: Change) {
        if !self.changes.contains(&change) {
            self.changes.push(change);
        }
    }

    /// Takes a row lock that serialises writers of one row. PostgreSQL needs it where a
    /// transaction reads, decides and writes (READ COMMITTED lets two such transactions
    /// both read the old state); SQLite's `BEGIN IMMEDIATE` already holds the only
    /// write lock.
    pub async fn lock_row(&mut self, table: &'static str, id: i64) -> DbResult<()> {
        if let Engine::Postgres(t) = &mut self.engine {
            sqlx::query(&format!("SELECT 1 FROM {table} WHERE id = $1 FOR UPDATE"))
                .bind(id)
                .execute(&mut **t)
                .await?;
        }
        Ok(())
    }

    /// Commits and returns what changed, for this instance's caches. On PostgreSQL
    /// the changes are also announced to the other instances, atomically with the
    /// commit.
    pub async fn commit(self) -> DbResult<Vec<Change>> {
        match self.engine {
            Engine::Sqlite(tx) => tx.commit().await?,
            Engine::Postgres(mut tx) => {
                if !self.changes.is_empty() {
                    let payload = serde_json::to_string(&self.changes)
                        .map_err(|e| crate::DbError::Invalid(e.to_string()))?;
                    // NOTIFY payloads are limited to 8000 bytes: past that, say "all".
                    let payload = if payload.len() < 7900 {
                        payload
                    } else {
                        "[]".to_string()
                    };
                    sqlx::query("SELECT pg_notify($1, $2)")
                        .bind(CHANGES_CHANNEL)
                        .bind(payload)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?
            }
        }
        Ok(self.changes)
    }
}

/// Runs the same body on whichever engine's transaction `$tx` (a `&mut Tx`) holds,
/// binding `$conn` to a connection usable as an sqlx executor (`&mut *$conn`).
#[macro_export]
macro_rules! with_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match &mut $tx.engine {
            $crate::tx::Engine::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::tx::Engine::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}
