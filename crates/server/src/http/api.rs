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

/// A whole number as a JSON body may spell it: `90`, `90.0` or `9e1`. JSON Schema
/// counts each of them as an integer, where serde would refuse the last two with an
/// unhelpful "malformed JSON"; a fraction or a number out of range is kept as such, so
/// that the rule reading the field says what is wrong with it. Documented as an
/// integer (`#[schema(value_type = i64)]` on the field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WholeNumber {
    Whole(i64),
    Fraction,
    /// Beyond what 64 bits hold; `true` when negative.
    OutOfRange(bool),
}

impl Default for WholeNumber {
    fn default() -> Self {
        WholeNumber::Whole(0)
    }
}

impl WholeNumber {
    pub fn of(number: &serde_json::Number) -> WholeNumber {
        if let Some(whole) = number.as_i64() {
            return WholeNumber::Whole(whole);
        }
        if number.as_u64().is_some() {
            return WholeNumber::OutOfRange(false);
        }
        let float = number.as_f64().unwrap_or(f64::NAN);
        // 2^63, the first float past i64::MAX.
        const LIMIT: f64 = 9_223_372_036_854_775_808.0;
        if float.fract() != 0.0 {
            WholeNumber::Fraction
        } else if float.abs() < LIMIT {
            WholeNumber::Whole(float as i64)
        } else {
            WholeNumber::OutOfRange(float < 0.0)
        }
    }

    /// The number if whole and in range.
    pub fn whole(self) -> Option<i64> {
        match self {
            WholeNumber::Whole(n) => Some(n),
            _ => None,
        }
    }
}

/// Written back (as a documented default) as the number, or null when not whole.
impl serde::Serialize for WholeNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.whole() {
            Some(n) => s.serialize_i64(n),
            None => s.serialize_none(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for WholeNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde_json::Number::deserialize(d).map(|n| WholeNumber::of(&n))
    }
}

/// Reads an id (or any integer field) however a client spells a whole number: JSON's
/// `80`, `80.0` or `8e1` (JSON Schema counts all three as integers, and so do clients
/// and fuzzers), or a form's `"80"`. A fraction, a number out of range or anything else
/// is refused (the request is then malformed). For `#[serde(deserialize_with)]`.
pub fn whole_i64<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    d.deserialize_any(WholeVisitor)
}

/// [`whole_i64`] for an optional field (`null` or absent is `None`; pair it with
/// `#[serde(default)]`).
pub fn whole_i64_opt<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    d.deserialize_option(OptionalWhole)
}

struct WholeVisitor;

impl serde::de::Visitor<'_> for WholeVisitor {
    type Value = i64;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a whole number")
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| E::custom("a number out of range"))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<i64, E> {
        match WholeNumber::of(
            &serde_json::Number::from_f64(v).ok_or_else(|| E::custom("not a number"))?,
        ) {
            WholeNumber::Whole(n) => Ok(n),
            _ => Err(E::custom("not a whole number in range")),
        }
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<i64, E> {
        let v = v.trim();
        match v.parse::<i64>() {
            Ok(n) => Ok(n),
            Err(_) => self.visit_f64(v.parse::<f64>().map_err(|_| E::custom("not a number"))?),
        }
    }
}

struct OptionalWhole;

impl<'de> serde::de::Visitor<'de> for OptionalWhole {
    type Value = Option<i64>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a whole number or null")
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Option<i64>, E> {
        Ok(None)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Option<i64>, E> {
        Ok(None)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Option<i64>, D::Error> {
        whole_i64(d).map(Some)
    }
}

#[cfg(test)]
mod whole_number_tests {
    use super::WholeNumber::{self, *};

    fn parse(json: &str) -> WholeNumber {
        serde_json::from_str(json).unwrap()
    }

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Ids {
        #[serde(deserialize_with = "super::whole_i64")]
        id: i64,
        #[serde(default, deserialize_with = "super::whole_i64_opt")]
        other: Option<i64>,
    }

    #[test]
    fn ids_are_read_however_json_or_a_form_spells_a_whole_number() {
        let json = |s: &str| serde_json::from_str::<Ids>(s).ok();
        let id = |id, other| Some(Ids { id, other });
        assert_eq!(json(r#"{"id": 80}"#), id(80, None));
        assert_eq!(json(r#"{"id": 80.0, "other": 8e1}"#), id(80, Some(80)));
        assert_eq!(json(r#"{"id": -3, "other": null}"#), id(-3, None));
        assert_eq!(json(r#"{"id": 80.5}"#), None);
        assert_eq!(json(r#"{"id": 1e300}"#), None);
        assert_eq!(json(r#"{"id": 18446744073709551615}"#), None);
        assert_eq!(json(r#"{"id": "x"}"#), None);
        assert_eq!(json(r#"{"id": true}"#), None);
        let form = |s: &str| serde_urlencoded::from_str::<Ids>(s).ok();
        assert_eq!(form("id=80"), id(80, None));
        assert_eq!(form("id=+80.0"), id(80, None));
        assert_eq!(form("id=eighty"), None);
    }

    #[test]
    fn whole_numbers_are_read_however_json_spells_them() {
        assert_eq!(parse("90"), Whole(90));
        assert_eq!(parse("-5"), Whole(-5));
        assert_eq!(parse("90.0"), Whole(90));
        assert_eq!(parse("9e1"), Whole(90));
        assert_eq!(parse("-16740979332.0"), Whole(-16_740_979_332));
        assert_eq!(parse("1.5"), Fraction);
        assert_eq!(parse("-0.25"), Fraction);
        assert_eq!(parse("18446744073709551615"), OutOfRange(false));
        assert_eq!(parse("218835057049215795200"), OutOfRange(false));
        assert_eq!(parse("-1e300"), OutOfRange(true));
        assert_eq!(parse("9223372036854775807"), Whole(i64::MAX));
        assert!(serde_json::from_str::<WholeNumber>("\"90\"").is_err());
        assert_eq!(Whole(3).whole(), Some(3));
        assert_eq!(Fraction.whole(), None);
        assert_eq!(WholeNumber::default(), Whole(0));
    }
}
