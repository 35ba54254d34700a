//! Assembling the application: routes, layers, background jobs, and serving.

use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, Request};
use axum::middleware::from_fn_with_state;
use axum::Router;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::app::App;
use crate::http::middleware;
use crate::{jobs, mail};

/// Forms and JSON bodies are small; the register imports set their own limit.
const BODY_LIMIT: usize = 256 * 1024;

#[derive(Clone, Default)]
struct RandomRequestId;

impl MakeRequestId for RandomRequestId {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let id = gemeng_core::codes::random_token()[..16].to_string();
        id.parse().ok().map(RequestId::new)
    }
}

pub fn router(app: App) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    let (routes, _) = crate::routes::router_and_document();
    // Static files are merged after the layers, so none of them runs for a stylesheet
    // (no CSRF cookie minted, no compression per request: they are gzipped once);
    // only the security headers apply.
    let assets = crate::http::assets::router().layer(from_fn_with_state(
        app.clone(),
        middleware::security_headers,
    ));
    let pages = routes
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(from_fn_with_state(app.clone(), middleware::render_errors))
        .layer(from_fn_with_state(app.clone(), middleware::csrf_cookie))
        .layer(from_fn_with_state(app.clone(), middleware::same_origin))
        .layer(from_fn_with_state(
            app.clone(),
            middleware::security_headers,
        ))
        .layer(from_fn_with_state(app.clone(), middleware::count_requests))
        // The fastest level: pages are a few kilobytes, where it compresses nearly as
        // well as the default, for a fraction of the time (bench/feed: compressing
        // was the largest part of a cached feed page's cost at the default level).
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(60),
        ))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http())
        .layer(SetRequestIdLayer::new(request_id, RandomRequestId))
        // The route guards (`http::access`) find the app here.
        .layer(axum::Extension(app.clone()))
        .with_state(app);
    // In this order: of two default fallbacks, `merge` keeps the merged router's, and
    // the pages' one renders the 404 page.
    assets.merge(pages)
}

/// Serves until Ctrl-C or SIGTERM, with the mail sender and housekeeping running.
pub async fn serve(app: App, listener: tokio::net::TcpListener) -> anyhow::Result<()> {
    tokio::spawn(mail::sender::run(app.clone()));
    tokio::spawn(jobs::housekeeping(app.clone()));
    tokio::spawn(jobs::session_touches(app.clone()));
    tokio::spawn(jobs::announcements_mailer(app.clone()));
    tokio::spawn(jobs::activity_reminders(app.clone()));
    tokio::spawn(jobs::meeting_rounds(app.clone()));
    tokio::spawn(crate::events::live::hub::deliver(app.clone()));
    tokio::spawn(crate::events::live::presence::tick(app.clone()));
    let listening = app.clone();
    tokio::spawn(async move {
        let app = listening.clone();
        gemeng_db::changes::listen(&listening.db, move |heard| {
            app.live.heard(&heard);
            app.cache.heard(heard);
        })
        .await;
    });
    let limits = crate::connections::Limits {
        header_timeout: std::time::Duration::from_secs(app.config.header_timeout_seconds.max(1)),
        max_connections: app.config.max_connections,
        max_connections_per_address: (!app.config.trust_forwarded_for)
            .then_some(app.config.max_connections_per_address),
    };
    let router = router(app);
    crate::connections::serve(listener, router, limits, shutdown_signal()).await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down");
}
