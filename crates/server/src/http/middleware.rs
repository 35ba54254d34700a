//! Layers every request passes through: the CSRF cookie, the Origin check for
//! state-changing requests, security headers, metrics, and rendering of errors.

use askama::Template;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use gemeng_core::language::Language;

use crate::app::App;
use crate::http::context::{cookie, Csrf, Ctx, Page};
use crate::http::error::ErrorReport;
use crate::http::i18n::Tr;
use crate::metrics::RequestLabels;

/// Gives every browser that is shown a form a CSRF token in a cookie; forms echo it
/// in a hidden field. The token is minted lazily (see [`Csrf`]).
pub async fn csrf_cookie(State(app): State<App>, mut req: Request, next: Next) -> Response {
    let jar = CookieJar::from_headers(req.headers());
    let sent = jar
        .get(&app.cookies.csrf)
        .map(|c| c.value())
        .filter(|v| {
            v.len() == 43
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(str::to_string);
    let csrf = Csrf::new(sent);
    req.extensions_mut().insert(csrf.clone());
    let mut response = next.run(req).await;
    if let Some(minted) = csrf.minted() {
        let c = cookie(&app, &app.cookies.csrf, minted.to_string(), None);
        if let Ok(v) = HeaderValue::from_str(&c.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

/// Refuses cross-site form posts. Browsers send Origin on POST; some old ones send
/// only Referer, and a request with neither is allowed (the CSRF token still holds).
/// The origin must have the public URL's scheme, and as host this request's `Host`
/// or, behind a proxy that rewrites `Host`, the public URL's: an `http://` page of the
/// same host (a network attacker's) cannot post to an `https://` Gemeng.
/// The one-click unsubscribe addresses: notices' (`/unsubscribe`) and each commune's
/// newsletter's (`/c/{commune}/newsletter/stop`).
fn is_one_click(path: &str) -> bool {
    path == "/unsubscribe"
        || path
            .strip_prefix("/c/")
            .and_then(|rest| rest.split_once('/'))
            .is_some_and(|(slug, tail)| !slug.is_empty() && tail == "newsletter/stop")
}

pub async fn same_origin(State(app): State<App>, req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    // The one-click unsubscribe is posted by mail programs, from anywhere; its link's
    // secret is its credential, and all it can do is stop e-mails.
    if safe || req.uri().path().starts_with("/api/") || is_one_click(req.uri().path()) {
        return next.run(req).await;
    }
    if !same_origin_claimed(&app, req.headers()) {
        return crate::http::error::AppError::Forbidden.into_response();
    }
    next.run(req).await
}

/// Whether the Origin (or Referer) a request claims, if any, is Gemeng's own (see
/// [`same_origin`]). Also asked by the live rooms' WebSocket, whose upgrade is a GET
/// that carries the session cookie.
pub fn same_origin_claimed(app: &App, headers: &axum::http::HeaderMap) -> bool {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    let claimed = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(claimed) = claimed else {
        return true;
    };
    let public = app.config.public_base();
    let scheme = public.split_once("://").map_or("http", |(s, _)| s);
    let ok = origin_of(claimed).is_some_and(|(claimed_scheme, claimed_host)| {
        claimed_scheme.eq_ignore_ascii_case(scheme)
            && (claimed_host.eq_ignore_ascii_case(host)
                || origin_of(&public).is_some_and(|(_, h)| claimed_host.eq_ignore_ascii_case(h)))
    });
    if !ok {
        tracing::warn!(origin = claimed, host, "refused a cross-origin request");
    }
    ok
}

/// "https://gemeng.example.lu:8443/path" -> ("https", "gemeng.example.lu:8443").
fn origin_of(url: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    (!host.is_empty()).then_some((scheme, host))
}

const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub async fn security_headers(State(app): State<App>, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    if app.cookies.secure {
        // Served over TLS: browsers must never come back over plain HTTP.
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

pub async fn count_requests(State(app): State<App>, req: Request, next: Next) -> Response {
    let method = req.method().as_str().to_string();
    let response = next.run(req).await;
    let status = format!("{}xx", response.status().as_u16() / 100);
    app.metrics
        .requests
        .get_or_create(&RequestLabels { method, status })
        .inc();
    response
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    detail: String,
    login_url: Option<String>,
    account_url: Option<String>,
}

/// Turns error responses into a page in the reader's language, or problem+json under
/// `/api`. Covers `AppError`s (which carry an `ErrorReport`) and the framework's own
/// rejections (unknown route, wrong method, body too large, malformed JSON).
pub async fn render_errors(State(app): State<App>, req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    if req.uri().path() == "/healthz" {
        return next.run(req).await;
    }
    // What the error page needs of the request, kept cheaply (shared buffers) and read
    // only if there is an error to render: most responses are not errors.
    let uri = req.uri().clone();
    let kept: Vec<_> = [header::COOKIE, header::ACCEPT_LANGUAGE]
        .into_iter()
        .flat_map(|name| {
            let values: Vec<_> = req.headers().get_all(&name).iter().cloned().collect();
            values.into_iter().map(move |v| (name.clone(), v))
        })
        .collect();
    let csrf = req.extensions().get::<Csrf>().cloned();
    let response = next.run(req).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let mut asked = Request::new(());
    *asked.uri_mut() = uri;
    for (name, value) in kept {
        asked.headers_mut().append(name, value);
    }
    if let Some(csrf) = csrf {
        asked.extensions_mut().insert(csrf);
    }
    let (parts, ()) = asked.into_parts();
    let ctx = Ctx::from_parts(&parts, &app);
    let commune_slug = parts
        .uri
        .path()
        .strip_prefix("/c/")
        .and_then(|p| p.split('/').next())
        .map(String::from);
    let report = response.extensions().get::<ErrorReport>().cloned();
    let already_rendered = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| {
            ct.starts_with("text/html") || ct.starts_with("application/problem+json")
        });
    if report.is_none() && already_rendered {
        return response;
    }
    let report = report.unwrap_or_else(|| generic_report(status));
    let tr = ctx.tr(Language::En);
    if is_api {
        return problem(&tr, status, &report, response);
    }
    if let (StatusCode::UNAUTHORIZED, Some(login)) = (status, &report.login_url) {
        // Browsers go straight to the log-in page and come back afterwards.
        return (StatusCode::SEE_OTHER, [(header::LOCATION, login.clone())]).into_response();
    }
    let mut page = Page::plain(&ctx, report.title);
    if let Some(slug) = &commune_slug {
        if let Ok(Some(commune)) = app.cache.commune(&app.db, slug).await {
            page.tr =
                ctx.tr(Language::from_code(&commune.default_language).unwrap_or(Language::En));
            page.title = page.tr.t(report.title);
            page.commune = Some(commune);
        }
    }
    // Both next steps start from the account page (a new e-mail link, the code form).
    let account_url = matches!(
        report.title,
        "error-verification-title" | "error-email-first-title"
    )
    .then(|| page.commune.as_ref().map(|c| format!("/c/{}/me", c.slug)))
    .flatten();
    let template = ErrorPage {
        detail: page.tr.t(report.detail),
        page,
        login_url: report.login_url,
        account_url,
    };
    let mut rendered = match template.render() {
        Ok(html) => (status, axum::response::Html(html)).into_response(),
        Err(_) => (status, "error").into_response(),
    };
    keep_headers(&response, &mut rendered);
    rendered
}

fn generic_report(status: StatusCode) -> ErrorReport {
    let (title, detail) = match status {
        StatusCode::NOT_FOUND => ("error-not-found-title", "error-not-found-detail"),
        StatusCode::METHOD_NOT_ALLOWED => ("error-bad-request-title", "error-method-not-allowed"),
        StatusCode::PAYLOAD_TOO_LARGE => ("error-bad-request-title", "error-form-too-large"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => {
            ("error-bad-request-title", "error-unsupported-media-type")
        }
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::BAD_REQUEST => {
            ("error-bad-request-title", "error-form-malformed")
        }
        StatusCode::REQUEST_TIMEOUT => ("error-internal-title", "error-timeout"),
        s if s.is_client_error() => ("error-bad-request-title", "error-form-malformed"),
        _ => ("error-internal-title", "error-internal-detail"),
    };
    ErrorReport {
        title,
        detail,
        fields: Default::default(),
        login_url: None,
        retry_after: None,
    }
}

fn problem(tr: &Tr, status: StatusCode, report: &ErrorReport, original: Response) -> Response {
    let errors: Vec<serde_json::Value> = report
        .fields
        .0
        .iter()
        .map(|e| serde_json::json!({ "field": e.field, "code": e.message, "message": tr.t(e.message) }))
        .collect();
    let mut body = serde_json::json!({
        "type": "about:blank",
        "title": tr.t(report.title),
        "status": status.as_u16(),
        "detail": tr.t(report.detail),
        "code": report.detail,
    });
    if !errors.is_empty() {
        body["errors"] = serde_json::Value::Array(errors);
    }
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(tr.code()),
    );
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"gemeng\""),
        );
    }
    keep_headers(&original, &mut response);
    response
}

/// Headers of the original error response that its rendered page must keep.
fn keep_headers(from: &Response, to: &mut Response) {
    if let Some(wait) = from.headers().get(header::RETRY_AFTER) {
        to.headers_mut().insert(header::RETRY_AFTER, wait.clone());
    }
    // A 405 must say which methods the address accepts.
    if let Some(allow) = from.headers().get(header::ALLOW) {
        to.headers_mut().insert(header::ALLOW, allow.clone());
    }
}
