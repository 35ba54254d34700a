//! The JSON API under `/api/v1`, described by the OpenAPI document served at
//! `/api/v1/openapi.json`. Clients authenticate with a bearer token obtained from
//! e-mail and password; permissions are the same as for the web pages.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use gemeng_core::language::Language;
use gemeng_core::permissions::Action;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::sessions::SessionKind;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::app::App;
use crate::http::auth;
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;

/// The bearer token of the request, if any.
pub fn bearer(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty() && t.len() <= 64)
}

/// Request facts for the API: the bearer token, the client address, the language.
pub struct ApiCtx {
    pub user_agent: Option<axum::http::HeaderValue>,
    pub admitted: Option<crate::http::access::Admitted>,
    pub token: Option<String>,
    pub client_ip: String,
    pub language: Option<Language>,
}

impl FromRequestParts<App> for ApiCtx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let web = crate::http::context::Ctx::from_parts(parts, app);
        Ok(ApiCtx {
            user_agent: web.user_agent.clone(),
            admitted: web.admitted,
            token: bearer(&parts.headers),
            client_ip: web.client_ip,
            language: crate::http::context::language_from_headers(&parts.headers),
        })
    }
}

/// A request to one commune's API: the commune and the caller (if their token
/// belongs to this commune).
pub struct ApiVisit {
    pub user_agent: Option<axum::http::HeaderValue>,
    pub commune: Commune,
    pub caller: Option<Account>,
    pub client_ip: String,
    pub tr: Tr,
}

impl ApiVisit {
    pub async fn load(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<ApiVisit> {
        let (commune, caller) = match ctx.admitted.filter(|a| a.commune.slug == slug) {
            Some(admitted) => (admitted.commune, admitted.viewer),
            None => {
                let commune = app
                    .cache
                    .commune(&app.db, slug)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let caller = auth::account_of(app, ctx.token.as_deref(), SessionKind::Api)
                    .await?
                    .filter(|a| a.commune_id == Some(commune.id));
                (commune, caller)
            }
        };
        let tr = Tr::new(
            ctx.language
                .or_else(|| Language::from_code(&commune.default_language))
                .unwrap_or(Language::En),
        );
        Ok(ApiVisit {
            user_agent: ctx.user_agent,
            commune,
            caller,
            client_ip: ctx.client_ip,
            tr,
        })
    }

    pub fn require(&self, action: Action) -> AppResult<&Account> {
        auth::authorize(self.caller.as_ref(), &self.commune, action, "/")?;
        self.caller.as_ref().ok_or(AppError::NeedsLogin {
            login_url: String::new(),
        })
    }
}

/// A JSON body; anything that is not the expected JSON is a 400 with problem+json.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                Err(AppError::TooLarge)
            }
            Err(_) => Err(AppError::BadRequest("error-json-malformed")),
        }
    }
}

/// An integer that JSON may also write as a whole float (`12.0`): JSON Schema calls
/// both integers, so the API accepts both.
pub fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let value = serde_json::Number::deserialize(d)?;
    if let Some(i) = value.as_i64() {
        return Ok(i);
    }
    match value.as_f64() {
        Some(f) if f.fract() == 0.0 && f >= i64::MIN as f64 && f < i64::MAX as f64 => Ok(f as i64),
        _ => Err(serde::de::Error::custom("expected a whole number")),
    }
}
