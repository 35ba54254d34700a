//! Static files (embedded in the binary), health and metrics endpoints.
//!
//! Stylesheets cost nothing per request: their content hash, gzip form and ETags are
//! computed once, pages link them under a URL that names their hash (cached for a
//! year), and they are served by a router of their own that `server::router` merges
//! outside the per-request layers (CSRF cookie, error pages, compression, request ids).

use std::sync::LazyLock;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sha2::{Digest, Sha256};

use crate::app::App;
use crate::http::context::Page;

/// An embedded file and everything serving it needs, computed once.
pub struct Asset {
    /// The plain URL (`/static/gemeng.css`), still answered for old links, with a short cache.
    pub path: &'static str,
    /// The URL pages link (`/static/gemeng.3f2a9c1b0d.css`): it changes with the
    /// content, so browsers may keep it for a year without asking again.
    pub hashed_path: String,
    content_type: &'static str,
    identity: Bytes,
    gzip: Bytes,
    etag: HeaderValue,
    gzip_etag: HeaderValue,
}

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const SHORT: &str = "public, max-age=300";
const CSS: &str = "text/css; charset=utf-8";
const SVG: &str = "image/svg+xml";

static STYLESHEET: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "/static/gemeng.css",
        include_bytes!("../../static/gemeng.css"),
        CSS,
    )
});
static LETTERS_STYLESHEET: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "/static/letters.css",
        include_bytes!("../../static/letters.css"),
        CSS,
    )
});
/// The icon sprite: one `<symbol>` per icon, used as `icons.svg#name`.
static ICONS: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "/static/icons.svg",
        include_bytes!("../../static/icons.svg"),
        SVG,
    )
});
/// Gemeng's mark, for browsers that take an SVG icon.
static ICON_SVG: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "/static/icon.svg",
        include_bytes!("../../static/icon.svg"),
        SVG,
    )
});
/// The same mark as a 32-pixel icon where browsers look for it without being told.
static FAVICON: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "/favicon.ico",
        include_bytes!("../../static/favicon.ico"),
        "image/x-icon",
    )
});
/// What a phone needs to put the site on its home screen.
static MANIFEST: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "/manifest.webmanifest",
        include_bytes!("../../static/manifest.webmanifest"),
        "application/manifest+json",
    )
});

/// htmx, vendored from npm (`scripts/vendor-htmx`): pages that offer to answer and
/// thank without reloading load it; everything works without it.
static HTMX: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "/static/htmx.js",
        include_bytes!("../../static/vendor/htmx.min.js"),
        "text/javascript; charset=utf-8",
    )
});

/// The event day's live rooms (`static/live.js`, Gemeng's own): the lounge and stand
/// pages load it; they work without it, by reloading.
static LIVE: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "/static/live.js",
        include_bytes!("../../static/live.js"),
        "text/javascript; charset=utf-8",
    )
});

fn all() -> [&'static Asset; 8] {
    [
        &STYLESHEET,
        &LETTERS_STYLESHEET,
        &ICONS,
        &ICON_SVG,
        &FAVICON,
        &MANIFEST,
        &HTMX,
        &LIVE,
    ]
}

pub fn icons_path() -> &'static str {
    &ICONS.hashed_path
}

pub fn icon_svg_path() -> &'static str {
    &ICON_SVG.hashed_path
}

impl Asset {
    fn new(path: &'static str, body: &'static [u8], content_type: &'static str) -> Asset {
        use std::io::Write;
        let digest = Sha256::digest(body);
        let hash: String = digest[..5].iter().map(|b| format!("{b:02x}")).collect();
        let (stem, extension) = path.rsplit_once('.').unwrap_or((path, ""));
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing to a Vec cannot fail.
        let gzip = gzip
            .write_all(body)
            .and_then(|()| gzip.finish())
            .unwrap_or_default();
        // Compressed formats (the icon's PNG) do not shrink: serve them as they are.
        let gzip = if gzip.len() < body.len() {
            gzip
        } else {
            Vec::new()
        };
        let etag = |suffix: &str| {
            HeaderValue::from_str(&format!("\"{hash}{suffix}\""))
                .unwrap_or(HeaderValue::from_static("\"\""))
        };
        Asset {
            path,
            hashed_path: format!("{stem}.{hash}.{extension}"),
            content_type,
            identity: Bytes::from_static(body),
            gzip: Bytes::from(gzip),
            etag: etag(""),
            gzip_etag: etag("-gzip"),
        }
    }

    /// The file, gzipped if the client accepts it, or 304 if it already holds it.
    fn serve(&self, request: &HeaderMap, cache_control: &'static str) -> Response {
        let gzip = accepts_gzip(request) && !self.gzip.is_empty();
        let (body, etag) = if gzip {
            (&self.gzip, &self.gzip_etag)
        } else {
            (&self.identity, &self.etag)
        };
        let mut response = if holds(request, etag) {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let mut response = body.clone().into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(self.content_type),
            );
            if gzip {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            response
        };
        let headers = response.headers_mut();
        headers.insert(header::ETAG, etag.clone());
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control),
        );
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        response
    }
}

/// Whether `Accept-Encoding` allows gzip: named (or `*`) with a non-zero quality.
fn accepts_gzip(request: &HeaderMap) -> bool {
    let mut star = false;
    for value in request.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',') {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or("").trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(1.0, |q| q.trim().parse::<f32>().unwrap_or(0.0));
            if coding.eq_ignore_ascii_case("gzip") || coding.eq_ignore_ascii_case("x-gzip") {
                return quality > 0.0;
            }
            if coding == "*" {
                star = quality > 0.0;
            }
        }
    }
    star
}

/// Whether `If-None-Match` names this representation's ETag (or `*`).
fn holds(request: &HeaderMap, etag: &HeaderValue) -> bool {
    let etag = etag.as_bytes();
    request
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim())
        .any(|tag| tag == "*" || tag.trim_start_matches("W/").as_bytes() == etag)
}

/// The static files' router, to be merged outside the per-request layers. Both the
/// hashed and the plain URL of each file are answered.
pub fn router() -> Router {
    let mut router = Router::new();
    for asset in all() {
        router = router
            .route(
                &asset.hashed_path,
                get(move |headers: HeaderMap| async move { asset.serve(&headers, IMMUTABLE) }),
            )
            .route(
                asset.path,
                get(move |headers: HeaderMap| async move { asset.serve(&headers, SHORT) }),
            );
    }
    router
}

/// Every URL [`router`] answers, for the route table.
pub fn paths() -> impl Iterator<Item = &'static str> {
    all()
        .into_iter()
        .flat_map(|a| [a.hashed_path.as_str(), a.path])
}

/// How templates link the stylesheets: `{{ page.stylesheet() }}`.
impl Page {
    pub fn stylesheet(&self) -> &'static str {
        &STYLESHEET.hashed_path
    }

    pub fn htmx(&self) -> &'static str {
        &HTMX.hashed_path
    }

    pub fn live_script(&self) -> &'static str {
        &LIVE.hashed_path
    }

    pub fn letters_stylesheet(&self) -> &'static str {
        &LETTERS_STYLESHEET.hashed_path
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        headers
    }

    #[test]
    fn gzip_is_sent_only_when_accepted() {
        assert!(accepts_gzip(&accepting("gzip, deflate, br")));
        assert!(accepts_gzip(&accepting("br;q=1.0, GZIP;q=0.5")));
        assert!(accepts_gzip(&accepting("*")));
        assert!(!accepts_gzip(&accepting("gzip;q=0, *")));
        assert!(!accepts_gzip(&accepting("identity")));
        assert!(!accepts_gzip(&accepting("br")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }

    #[test]
    fn hashed_urls_follow_the_content() {
        let a = Asset::new("/static/a.css", b"body{}", CSS);
        let b = Asset::new("/static/a.css", b"body{color:red}", CSS);
        assert!(a.hashed_path.starts_with("/static/a.") && a.hashed_path.ends_with(".css"));
        assert_ne!(a.hashed_path, b.hashed_path);
        assert_ne!(a.etag, a.gzip_etag);
        let mut holding = HeaderMap::new();
        holding.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_static("\"x\", W/\"y\""),
        );
        assert!(!holds(&holding, &a.etag));
        holding.insert(header::IF_NONE_MATCH, a.etag.clone());
        assert!(holds(&holding, &a.etag) && !holds(&holding, &a.gzip_etag));
    }
}
