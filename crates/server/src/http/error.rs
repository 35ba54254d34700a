//! One error type for every request. A handler returns `AppError`; the response it
//! becomes carries an [`ErrorReport`] that the `errors` middleware turns into a
//! friendly page in the reader's language, or problem+json under `/api`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use gemeng_core::validation::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Nobody is signed in to this commune; browsers are sent to its log-in page.
    #[error("login required")]
    NeedsLogin { login_url: String },
    #[error("e-mail confirmation required")]
    NeedsEmailConfirmation,
    #[error("verification required")]
    NeedsVerification,
    #[error("forbidden")]
    Forbidden,
    /// A request that cannot be understood; the message is a Fluent key.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// Input that breaks a rule, field by field (for the JSON API; forms re-render).
    #[error("invalid input")]
    Invalid(FieldErrors),
    #[error("payload too large")]
    TooLarge,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// A rate limit: the request may be repeated after `retry_after` seconds.
    #[error("too many requests")]
    TooManyRequests { retry_after: i64 },
    /// Gemeng is at capacity for this kind of work (password hashing); retry shortly.
    #[error("busy")]
    Busy,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<gemeng_db::DbError> for AppError {
    fn from(e: gemeng_db::DbError) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(e.into())
    }
}

/// What went wrong, attached to the response for the `errors` middleware.
#[derive(Debug, Clone)]
pub struct ErrorReport {
    /// Fluent key of a short title.
    pub title: &'static str,
    /// Fluent key of a sentence saying what to do.
    pub detail: &'static str,
    pub fields: FieldErrors,
    pub login_url: Option<String>,
    /// Seconds to wait before trying again (429 and 503).
    pub retry_after: Option<i64>,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::NeedsLogin { .. } => StatusCode::UNAUTHORIZED,
            AppError::NeedsEmailConfirmation
            | AppError::NeedsVerification
            | AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn report(&self) -> ErrorReport {
        let (title, detail) = match self {
            AppError::NotFound => ("error-not-found-title", "error-not-found-detail"),
            AppError::NeedsLogin { .. } => ("error-login-title", "error-login-detail"),
            AppError::NeedsEmailConfirmation => {
                ("error-email-first-title", "error-email-first-detail")
            }
            AppError::NeedsVerification => {
                ("error-verification-title", "error-verification-detail")
            }
            AppError::Forbidden => ("error-forbidden-title", "error-forbidden-detail"),
            AppError::BadRequest(key) => ("error-bad-request-title", *key),
            AppError::Invalid(_) => ("error-invalid-title", "error-invalid-detail"),
            AppError::Conflict(key) => ("error-conflict-title", *key),
            AppError::TooLarge => ("error-bad-request-title", "error-form-too-large"),
            AppError::TooManyRequests { .. } => {
                ("error-rate-limit-title", "error-rate-limit-detail")
            }
            AppError::Busy => ("error-busy-title", "error-busy-detail"),
            AppError::Internal(_) => ("error-internal-title", "error-internal-detail"),
        };
        ErrorReport {
            title,
            detail,
            fields: match self {
                AppError::Invalid(fields) => fields.clone(),
                _ => FieldErrors::new(),
            },
            login_url: match self {
                AppError::NeedsLogin { login_url } => Some(login_url.clone()),
                _ => None,
            },
            retry_after: match self {
                AppError::TooManyRequests { retry_after } => Some((*retry_after).max(1)),
                AppError::Busy => Some(2),
                _ => None,
            },
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(e) = &self {
            tracing::error!(error = %format!("{e:#}"), "request failed");
        }
        let report = self.report();
        let mut response = self.status().into_response();
        if let Some(seconds) = report.retry_after {
            if let Ok(value) = axum::http::HeaderValue::from_str(&seconds.to_string()) {
                response
                    .headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, value);
            }
        }
        response.extensions_mut().insert(report);
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;
