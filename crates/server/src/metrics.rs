//! Prometheus metrics served at `/metrics`.

use std::sync::atomic::AtomicU64;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub method: String,
    /// "2xx", "3xx", "4xx" or "5xx": few label values keep the series count small.
    pub status: String,
}

pub struct Metrics {
    registry: Registry,
    pub requests: Family<RequestLabels, Counter>,
    pub mail_sent: Counter,
    pub mail_failed: Counter,
    pub outbox_pending: Gauge<i64, std::sync::atomic::AtomicI64>,
    pub logins_failed: Counter<u64, AtomicU64>,
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("gemeng");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register("http_requests", "HTTP requests answered", requests.clone());
        let mail_sent = Counter::default();
        registry.register(
            "mail_sent",
            "E-mails handed to the SMTP server",
            mail_sent.clone(),
        );
        let mail_failed = Counter::default();
        registry.register(
            "mail_failed",
            "Attempts to send an e-mail that failed",
            mail_failed.clone(),
        );
        let outbox_pending = Gauge::default();
        registry.register(
            "outbox_pending",
            "E-mails waiting to be sent",
            outbox_pending.clone(),
        );
        let logins_failed = Counter::default();
        registry.register(
            "logins_failed",
            "Log-in attempts refused",
            logins_failed.clone(),
        );
        Self {
            registry,
            requests,
            mail_sent,
            mail_failed,
            outbox_pending,
            logins_failed,
        }
    }

    pub fn encode(&self) -> String {
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
