//! The application state shared by every request, and the clock.

use std::ops::Deref;
use std::sync::Arc;

use gemeng_db::{Db, Tx};
use tokio::sync::Notify;

use crate::config::Config;
use crate::http::cache::Cache;
use crate::http::context::CookieNames;
use crate::http::error::AppResult;
use crate::metrics::Metrics;
use crate::storage::FileStore;

#[derive(Clone)]
pub struct App(Arc<AppInner>);

pub struct AppInner {
    pub db: Db,
    pub config: Config,
    pub metrics: Metrics,
    /// Wakes the mail sender as soon as a message is queued.
    pub mail_queued: Notify,
    pub cookies: CookieNames,
    /// Hot reads, dropped when a commit changes them (see `http::cache`).
    pub cache: Cache,
    /// Uploaded files (post photos).
    pub files: FileStore,
    /// The one writer of the time bank's ledger (group commits).
    pub ledger: crate::timebank::writer::LedgerWriter,
    /// The event day's live rooms on this instance (`events::live`).
    pub live: crate::events::live::Hub,
}

impl App {
    pub fn new(db: Db, config: Config) -> App {
        App(Arc::new(AppInner {
            ledger: crate::timebank::writer::LedgerWriter::new(db.clone()),
            db,
            cookies: CookieNames::new(config.secure_cookies()),
            cache: Cache::default(),
            files: FileStore::local(config.files_dir()),
            config,
            metrics: Metrics::new(),
            mail_queued: Notify::new(),
            live: Default::default(),
        }))
    }

    /// Opens the transaction of one action (see `gemeng_db::tx`).
    pub async fn begin(&self) -> AppResult<Tx> {
        Ok(self.db.begin().await?)
    }

    /// Commits an action, drops what it changed from the read cache (other instances
    /// hear of it through the database), then wakes the mail sender: a message the
    /// action queued exists for it only once committed.
    pub async fn commit(&self, tx: Tx) -> AppResult<()> {
        let changes = tx.commit().await?;
        self.cache.forget(&changes);
        self.live
            .committed(&changes, matches!(self.db, gemeng_db::Db::Sqlite { .. }));
        self.mail_queued.notify_one();
        Ok(())
    }
}

impl Deref for App {
    type Target = AppInner;
    fn deref(&self) -> &AppInner {
        &self.0
    }
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
