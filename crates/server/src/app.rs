//! The application state shared by every request, and the clock.

use std::ops::Deref;
use std::sync::Arc;

use gemeng_db::Db;
use tokio::sync::Notify;

use crate::config::Config;
use crate::metrics::Metrics;

#[derive(Clone)]
pub struct App(Arc<AppInner>);

pub struct AppInner {
    pub db: Db,
    pub config: Config,
    pub metrics: Metrics,
    /// Wakes the mail sender as soon as a message is queued.
    pub mail_queued: Notify,
}

impl App {
    pub fn new(db: Db, config: Config) -> App {
        App(Arc::new(AppInner {
            db,
            config,
            metrics: Metrics::new(),
            mail_queued: Notify::new(),
        }))
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
