//! What every page needs to know about the request: the reader's language, display
//! preferences, CSRF token and session, and the `Page` handed to every template.

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;
use gemeng_core::language::Language;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use std::sync::{Arc, OnceLock};

use gemeng_core::codes::random_token;

use crate::app::App;
use crate::http::access::Admitted;
use crate::http::error::AppError;
use crate::http::i18n::{format_date, Tr};

/// The names of Gemeng's cookies. Behind TLS they carry the `__Host-` prefix, which
/// browsers accept only for Secure cookies of the whole site set by this very host:
/// no sibling subdomain can plant or overwrite them.
#[derive(Debug, Clone)]
pub struct CookieNames {
    pub language: String,
    pub display: String,
    pub session: String,
    pub csrf: String,
    /// The device token of a browser that has logged in (see `membership::login`).
    pub device: String,
    /// Served over TLS: cookies are `Secure`, and HSTS is sent.
    pub secure: bool,
}

impl CookieNames {
    pub fn new(secure: bool) -> CookieNames {
        let name = |base: &str| {
            if secure {
                format!("__Host-{base}")
            } else {
                base.to_string()
            }
        };
        CookieNames {
            language: name("gemeng_lang"),
            display: name("gemeng_display"),
            session: name("gemeng_session"),
            csrf: name("gemeng_csrf"),
            device: name("gemeng_device"),
            secure,
        }
    }
}

/// This browser's CSRF token, put in the request by the `csrf_cookie` middleware: the
/// one its cookie holds, or, for a browser without one, a new token minted only when a
/// page shows it in a form (so `/livez`, the API and pages without forms pay no random
/// numbers and send no `Set-Cookie`).
#[derive(Clone, Debug, Default)]
pub struct Csrf(Arc<CsrfState>);

#[derive(Debug, Default)]
struct CsrfState {
    sent: Option<String>,
    minted: OnceLock<String>,
}

impl Csrf {
    pub fn new(sent: Option<String>) -> Csrf {
        Csrf(Arc::new(CsrfState {
            sent,
            minted: OnceLock::new(),
        }))
    }

    /// The token the browser sent in its cookie: the only one a form may match.
    pub fn sent(&self) -> Option<&str> {
        self.0.sent.as_deref()
    }

    /// The token to put in a form: the browser's, or a new one it will be given.
    pub fn token(&self) -> &str {
        match &self.0.sent {
            Some(sent) => sent,
            None => self.0.minted.get_or_init(random_token),
        }
    }

    /// A token minted during this request, which the response must set as the cookie.
    pub fn minted(&self) -> Option<&str> {
        self.0.minted.get().map(String::as_str)
    }

    /// Whether `given` (a form's field) is this browser's token.
    pub fn matches(&self, given: &str) -> bool {
        self.sent().is_some_and(|sent| same_secret(given, sent))
    }
}

/// Templates write `{{ page.csrf }}`.
impl std::fmt::Display for Csrf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.token())
    }
}

/// Facts about the request every handler may use.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The language the reader chose (cookie) or their browser asks for.
    pub language: Option<Language>,
    pub large_text: bool,
    pub high_contrast: bool,
    pub csrf: Csrf,
    pub session_token: Option<String>,
    pub device_token: Option<String>,
    /// A guest's pass to an event day (sent on that event's pages only).
    pub event_pass: Option<String>,
    /// The browser's User-Agent, kept as sent (a cheap copy) and read only when a
    /// session starts; see [`Ctx::device`].
    pub user_agent: Option<HeaderValue>,
    pub client_ip: String,
    /// Path and query of this request, for forms that come back to it.
    pub path: String,
    /// What the route's access guard loaded, if it loaded anything.
    pub admitted: Option<Admitted>,
}

impl Ctx {
    pub fn from_parts(parts: &Parts, app: &App) -> Ctx {
        let jar = CookieJar::from_headers(&parts.headers);
        let cookie = |name: &str| jar.get(name).map(|c| c.value().to_string());
        let names = &app.cookies;
        let language = cookie(&names.language)
            .and_then(|c| Language::from_code(&c))
            .or_else(|| language_from_headers(&parts.headers));
        let display = cookie(&names.display).unwrap_or_default();
        let forwarded = app
            .config
            .trust_forwarded_for
            .then(|| {
                parts
                    .headers
                    .get("x-forwarded-for")
                    .and_then(|v| v.to_str().ok())
            })
            .flatten()
            // The proxy appends the address it saw; entries to its left are the client's word.
            .and_then(|v| v.rsplit(',').next())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty());
        let peer = parts
            .extensions
            .get::<ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip().to_string());
        Ctx {
            language,
            large_text: display.split('.').any(|p| p == "large"),
            high_contrast: display.split('.').any(|p| p == "contrast"),
            csrf: parts.extensions.get::<Csrf>().cloned().unwrap_or_default(),
            session_token: cookie(&names.session).filter(|t| t.len() <= 64),
            device_token: cookie(&names.device).filter(|t| t.len() <= 64),
            event_pass: cookie(EVENT_PASS_COOKIE).filter(|t| t.len() <= 64),
            user_agent: parts.headers.get(header::USER_AGENT).cloned(),
            client_ip: forwarded.or(peer).unwrap_or_else(|| "unknown".into()),
            path: parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| "/".into()),
            admitted: parts.extensions.get::<Admitted>().cloned(),
        }
    }

    /// What the browser runs on, for the list of one's sessions ("Firefox · Android").
    pub fn device(&self) -> String {
        device_of(self.user_agent.as_ref())
    }

    /// The translator for this request, falling back to `default` (a commune's language).
    pub fn tr(&self, default: Language) -> Tr {
        Tr::new(self.language.unwrap_or(default))
    }
}

pub fn language_from_headers(headers: &HeaderMap) -> Option<Language> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Language::negotiate)
}

impl FromRequestParts<App> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        Ok(Ctx::from_parts(parts, app))
    }
}

/// What a client runs on, from its User-Agent header.
pub fn device_of(user_agent: Option<&HeaderValue>) -> String {
    gemeng_core::account::device_of(user_agent.and_then(|v| v.to_str().ok()).unwrap_or_default())
}

/// The cookie of a guest's pass to an event day, scoped to that event's pages.
pub const EVENT_PASS_COOKIE: &str = "gemeng_event_pass";

/// A cookie set by Gemeng: HttpOnly, SameSite=Lax, whole site, Secure behind TLS.
pub fn cookie(
    app: &App,
    name: &str,
    value: String,
    max_age_seconds: Option<i64>,
) -> Cookie<'static> {
    let mut c = Cookie::new(name.to_string(), value);
    c.set_http_only(true);
    c.set_same_site(SameSite::Lax);
    c.set_path("/");
    c.set_secure(app.cookies.secure);
    if let Some(age) = max_age_seconds {
        c.set_max_age(time::Duration::seconds(age));
    }
    c
}

/// A URL-encoded form whose `csrf` field must match this browser's CSRF cookie.
/// Fields the form lacks take their defaults, so handlers validate one place.
pub struct CsrfForm<T>(pub T);

#[derive(Deserialize, Default)]
struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

/// Compares without an early exit, so timing does not reveal how much matched.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

impl<T: DeserializeOwned + Send> FromRequest<App> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, app: &App) -> Result<Self, Self::Rejection> {
        let expected = req.extensions().get::<Csrf>().cloned().unwrap_or_default();
        let bytes = axum::body::Bytes::from_request(req, app)
            .await
            .map_err(|_| AppError::TooLarge)?;
        let given: CsrfOnly = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        if !expected.matches(&given.csrf) {
            return Err(AppError::BadRequest("error-csrf"));
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|_| AppError::BadRequest("error-form-malformed"))
    }
}

/// The signed-in person as the navigation shows them.
#[derive(Clone, Debug)]
pub struct ViewerNav {
    pub display_name: String,
    pub is_staff: bool,
    pub neighbourhood_slug: Option<String>,
    pub verified: bool,
    /// Private messages not yet read.
    pub unread: i64,
    /// Sees the report queue (staff, and moderators living where they moderate).
    pub moderates: bool,
    /// An association's organiser account: its menu leads to the activities it organises.
    pub organiser: bool,
}

/// Everything the base layout needs; every page template has one as `page`.
#[derive(Clone, Debug)]
pub struct Page {
    pub tr: Tr,
    pub csrf: Csrf,
    pub large_text: bool,
    pub high_contrast: bool,
    pub path: String,
    pub title: String,
    pub commune: Option<Commune>,
    pub viewer: Option<ViewerNav>,
}

impl Page {
    /// A page outside any commune (the installation's home, errors).
    pub fn plain(ctx: &Ctx, title_key: &str) -> Page {
        let tr = ctx.tr(Language::En);
        Page {
            title: tr.t(title_key),
            tr,
            csrf: ctx.csrf.clone(),
            large_text: ctx.large_text,
            high_contrast: ctx.high_contrast,
            path: ctx.path.clone(),
            commune: None,
            viewer: None,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.tr.t1(key, name, value)
    }

    /// A message naming the page's commune, with the `$commune` and `$article` it
    /// selects on ("Bienvenue à la Ville de Luxembourg").
    pub fn t_commune(&self, key: &str) -> String {
        match &self.commune {
            Some(c) => self.tr.t_args(key, &c.name_args(self.lang())),
            None => self.tr.t(key),
        }
    }

    pub fn tn(&self, key: &str, name: &str, value: &i64) -> String {
        self.tr.tn(key, name, *value)
    }

    pub fn lang(&self) -> &'static str {
        self.tr.code()
    }

    /// The language picker's choices: (code, name in that language, selected).
    pub fn languages(&self) -> Vec<(&'static str, String, bool)> {
        Language::ALL
            .iter()
            .map(|l| {
                (
                    l.code(),
                    Tr::new(*l).t("language-name"),
                    *l == self.tr.language,
                )
            })
            .collect()
    }

    /// Where commune links point: `/c/{slug}` or the installation's home.
    pub fn commune_url(&self) -> String {
        self.commune
            .as_ref()
            .map(|c| format!("/c/{}", c.slug))
            .unwrap_or_else(|| "/".into())
    }

    /// Classes of the root element for the reader's display preferences.
    pub fn display_class(&self) -> String {
        let mut classes = Vec::new();
        if self.large_text {
            classes.push("large-text");
        }
        if self.high_contrast {
            classes.push("high-contrast");
        }
        classes.join(" ")
    }

    /// A date as day.month.year, understood in all five languages.
    pub fn date(&self, at: &i64) -> String {
        format_date(*at)
    }
}

impl ViewerNav {
    pub fn of(account: &Account, neighbourhood_slug: Option<String>) -> ViewerNav {
        ViewerNav {
            display_name: account.display_name.clone(),
            is_staff: account.role().is_commune_staff(),
            neighbourhood_slug,
            verified: account
                .actor()
                .neighbourhood_id
                .is_some_and(|n| account.actor().is_member_of(n)),
            unread: 0,
            organiser: account.role() == gemeng_core::account::Role::Organiser,
            moderates: gemeng_core::permissions::allows(
                &account.actor(),
                account.commune_id.unwrap_or(-1),
                gemeng_core::permissions::Action::Moderate,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn secrets_compare() {
        assert!(super::same_secret("abc", "abc"));
        assert!(!super::same_secret("abc", "abd"));
        assert!(!super::same_secret("abc", "ab"));
    }
}
