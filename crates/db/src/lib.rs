//! Gemeng's storage: one SQL code path on two engines.
//!
//! Every query is written once with `$1`-style placeholders (which SQLite accepts
//! too) and run on either pool through [`with_pool!`]. Only DDL lives per engine, in
//! `migrations/{sqlite,postgres}`. Reads go through this crate's functions so a cache
//! can later sit in front of them without touching the server.

pub mod account_tokens;
pub mod accounts;
pub mod activities;
pub mod addresses;
pub mod announcements;
pub mod audit;
pub mod backup;
pub mod changes;
pub mod coaching;
pub mod communes;
pub mod connect;
pub mod consultations;
pub mod event_lounge;
pub mod event_meetings;
pub mod event_questions;
pub mod event_reports;
pub mod event_statistics;
pub mod events;
pub mod import_jobs;
pub mod language_practice;
pub mod login_devices;
pub mod membership;
pub mod messages;
mod migrate;
pub mod neighbourhoods;
pub mod newsletter;
pub mod notices;
pub mod outbox;
pub mod personal_data;
pub mod photos;
pub mod posts;
pub mod rate_limits;
pub mod reports;
pub mod search;
pub mod service_threads;
pub mod sessions;
#[cfg(feature = "test-support")]
pub mod test_support;
pub mod text;
pub mod timebank;
pub mod tx;

pub use connect::{Db, Engine, PoolRef};
pub use migrate::{applied_versions, migrate, MIGRATIONS_POSTGRES, MIGRATIONS_SQLITE};
pub use text::Text;
pub use tx::Tx;

/// Errors from storage. Constraint violations that users can cause are mapped to
/// their own variants by the functions that expect them.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("cannot open the database at {url}: {reason}")]
    Connect { url: String, reason: String },
    #[error("migration {version} was changed after it was applied; restore the original file")]
    MigrationChanged { version: i64 },
    #[error("the database holds migration {version}, which this version of Gemeng does not know; upgrade Gemeng")]
    MigrationUnknown { version: i64 },
    #[error("{0}")]
    Invalid(String),
}

pub type DbResult<T> = Result<T, DbError>;

/// Runs the same body on whichever pool `$pool_ref` (a [`connect::PoolRef`]) holds,
/// binding it to `$pool`. The body is type-checked once per engine.
#[macro_export]
macro_rules! with_pool {
    ($pool_ref:expr, |$pool:ident| $body:expr) => {
        match $pool_ref {
            $crate::connect::PoolRef::Sqlite($pool) => $body,
            $crate::connect::PoolRef::Postgres($pool) => $body,
        }
    };
}

/// Where language `code` stands in the language picker's order (lb, de, fr, en, pt),
/// in which versions in several languages are listed; an unknown code last.
pub fn picker_order(code: &str) -> usize {
    const ORDER: [&str; 5] = ["lb", "de", "fr", "en", "pt"];
    ORDER.iter().position(|c| *c == code).unwrap_or(ORDER.len())
}

/// True when `error` is a unique-constraint violation on either engine.
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(e) => matches!(e.kind(), sqlx::error::ErrorKind::UniqueViolation),
        _ => false,
    }
}
