//! Static files (embedded in the binary), health and metrics endpoints.

use axum::extract::{ConnectInfo, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::app::App;

pub const CSS: &str = include_str!("../../static/gemeng.css");
pub const LETTERS_CSS: &str = include_str!("../../static/letters.css");

pub fn css(body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// Liveness: the process answers requests. Touches no database, so an orchestrator
/// does not restart a healthy server because its database is slow (`/healthz` is the
/// readiness probe).
pub async fn livez() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "ok\n",
    )
        .into_response()
}

/// Readiness: 200 when the database answers, 503 otherwise (for load balancers).
pub async fn healthz(State(app): State<App>) -> Response {
    if app.db.ping().await {
        (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "ok\n",
        )
            .into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "database unavailable\n",
        )
            .into_response()
    }
}

/// Prometheus metrics, for operators only: with `GEMENG_METRICS_TOKEN` set, to whoever
/// sends it as a bearer token; without, to clients on this machine (and to nobody
/// behind a proxy, where every client seems to be on this machine).
pub async fn metrics(
    State(app): State<App>,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    headers: axum::http::HeaderMap,
) -> Response {
    let allowed = match &app.config.metrics_token {
        Some(token) => crate::http::api::bearer(&headers)
            .is_some_and(|given| crate::http::context::same_secret(&given, token)),
        None => !app.config.trust_forwarded_for && peer.ip().is_loopback(),
    };
    if !allowed {
        return crate::http::error::AppError::Forbidden.into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        app.metrics.encode(),
    )
        .into_response()
}
