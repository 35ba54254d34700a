//! One's own data and sessions over the API: the export, erasure, and sessions.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;
use crate::membership::your_data::{self, Erasure};

#[utoipa::path(get, path = "/api/v1/communes/{commune}/me/data", tag = "accounts",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Everything Gemeng holds about the caller: `account`, then one list per place it is kept", body = Object),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn export(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<serde_json::Value>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    Ok(Json(your_data::export(&app, &account).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct ErasureIn {
    /// The account's password, typed again.
    #[schema(max_length = 1024)]
    pub password: String,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/me/erasure", tag = "accounts",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = ErasureIn,
    responses(
        (status = 204, description = "The account and everything held about the caller are erased"),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Wrong password", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Busy; retry after the number of seconds in Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn erase(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<ErasureIn>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    match your_data::erase(&app, &visit.commune, &account, &input.password).await? {
        Erasure::Done => Ok(StatusCode::NO_CONTENT),
        Erasure::WrongPassword => Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("password", "data-erase-wrong-password"),
        )),
    }
}

#[derive(Serialize, ToSchema)]
pub struct SessionOut {
    /// Names the session in this list (not its token).
    pub handle: String,
    /// `browser` or `api`.
    pub kind: String,
    /// What it runs on, e.g. "Firefox · Android"; empty when unknown.
    pub device: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    /// The session making this request.
    pub current: bool,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/me/sessions", tag = "accounts",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Where the caller is logged in", body = [SessionOut]),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn sessions(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<Vec<SessionOut>>> {
    let token = ctx.token.clone();
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    let (listed, current) = your_data::sessions(&app, &account, token.as_deref()).await?;
    Ok(Json(
        listed
            .into_iter()
            .map(|s| SessionOut {
                current: current.as_deref() == Some(s.handle.as_str()),
                handle: s.handle,
                kind: s.kind,
                device: s.device,
                created_at: s.created_at,
                last_seen_at: s.last_seen_at,
            })
            .collect(),
    ))
}

#[utoipa::path(delete, path = "/api/v1/communes/{commune}/me/sessions/{handle}", tag = "accounts",
    params(("commune" = String, Path, description = "The commune's slug"), ("handle" = String, Path, description = "The session's handle, from the list")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The session no longer works"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no session of the caller by this handle", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn end_session(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, handle)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    if your_data::end_session(&app, &account, &handle).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound)
    }
}
