//! Opening a database from its URL: `sqlite://FILE` (the embedded default) or
//! `postgres://…` for several instances behind a load balancer.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::{DbError, DbResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// A handle on the database. SQLite gets a pool of readers and a single writer, so
/// write transactions queue in-process instead of failing with `SQLITE_BUSY`.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite {
        reader: SqlitePool,
        writer: SqlitePool,
    },
    Postgres(PgPool),
}

/// A borrowed pool, for [`crate::with_pool!`].
pub enum PoolRef<'a> {
    Sqlite(&'a SqlitePool),
    Postgres(&'a PgPool),
}

impl Db {
    pub async fn connect(url: &str) -> DbResult<Db> {
        let fail = |reason: String| DbError::Connect {
            url: redact(url),
            reason,
        };
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(|e| fail(e.to_string()))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(sqlite_synchronous())
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let writer = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options.clone())
                .await
                .map_err(|e| fail(e.to_string()))?;
            let reader = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(options.read_only(true))
                .await
                .map_err(|e| fail(e.to_string()))?;
            Ok(Db::Sqlite { reader, writer })
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let options = PgConnectOptions::from_str(url).map_err(|e| fail(e.to_string()))?;
            Self::connect_postgres(options)
                .await
                .map_err(|e| fail(e.to_string()))
        } else {
            Err(fail(
                "the URL must start with sqlite:// or postgres://".into(),
            ))
        }
    }

    pub(crate) async fn connect_postgres(options: PgConnectOptions) -> Result<Db, sqlx::Error> {
        // One direct attempt first: an unreachable server is reported at once
        // instead of after the pool's acquire timeout.
        use sqlx::{ConnectOptions, Connection};
        options.connect().await?.close().await?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(Db::Postgres(pool))
    }

    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite { .. } => Engine::Sqlite,
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// The pool for reads.
    pub fn reader(&self) -> PoolRef<'_> {
        match self {
            Db::Sqlite { reader, .. } => PoolRef::Sqlite(reader),
            Db::Postgres(pool) => PoolRef::Postgres(pool),
        }
    }

    /// The pool for writes (and reads that must see the latest write).
    pub fn writer(&self) -> PoolRef<'_> {
        match self {
            Db::Sqlite { writer, .. } => PoolRef::Sqlite(writer),
            Db::Postgres(pool) => PoolRef::Postgres(pool),
        }
    }

    /// Checks the database answers, for `/healthz`.
    pub async fn ping(&self) -> bool {
        crate::with_pool!(self.reader(), |pool| sqlx::query("SELECT 1")
            .execute(pool)
            .await
            .is_ok())
    }

    /// Closes the pools. SQLite first copies the write-ahead log into the database
    /// file, so that after a command-line import `gemeng.db` alone holds everything
    /// (copying just that file never loses a write).
    pub async fn close(&self) {
        match self {
            Db::Sqlite { reader, writer } => {
                reader.close().await;
                if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                    .execute(writer)
                    .await
                {
                    tracing::warn!(error = %e, "checkpointing the write-ahead log failed");
                }
                writer.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

/// The variable that switches SQLite's durability off, for the ledger benchmark's
/// row without durability only (`bench/ledger`): a commit is then acknowledged before it
/// reaches the disk, and a power cut may lose it. Never set it for a real commune.
pub const BENCH_SYNCHRONOUS_OFF: &str = "GEMENG_BENCH_UNSAFE_SYNCHRONOUS_OFF";

/// `FULL`: every commit waits until the write-ahead log is on disk. Only the
/// benchmark's switch ([`BENCH_SYNCHRONOUS_OFF`]) turns it off.
fn sqlite_synchronous() -> SqliteSynchronous {
    if std::env::var(BENCH_SYNCHRONOUS_OFF).is_ok_and(|v| v == "1") {
        tracing::warn!("SQLite durability is off ({BENCH_SYNCHRONOUS_OFF}=1): for benchmarks only");
        SqliteSynchronous::Off
    } else {
        SqliteSynchronous::Full
    }
}

/// The URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            super::redact("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
        assert_eq!(super::redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(super::redact("sqlite://gemeng.db"), "sqlite://gemeng.db");
    }
}
