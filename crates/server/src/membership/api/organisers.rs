//! Organiser accounts over the API: the commune's staff list, create and close them.
//! An organiser then uses the activities API with a token of its own.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::membership::organisers;

type Problem = crate::http::openapi::Problem;

/// An organiser account as staff see it.
#[derive(Serialize, ToSchema)]
pub struct OrganiserOut {
    pub id: i64,
    /// The organisation's name.
    pub name: String,
    pub email: String,
    /// The language of its e-mails and pages: `lb`, `de`, `fr`, `en` or `pt`.
    pub language: String,
    pub created_at: i64,
    /// How many activities it organises (past ones included).
    pub activity_count: i64,
}

/// A new organiser account.
#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct OrganiserIn {
    /// The organisation's name, 2 to 60 visible characters.
    #[schema(min_length = 2, max_length = 60)]
    pub name: String,
    #[schema(max_length = 254)]
    pub email: String,
    /// The language of its welcome e-mail and pages: `lb`, `de`, `fr`, `en` or `pt`.
    pub language: String,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/organisers", tag = "staff",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The commune's organiser accounts, by name", body = [OrganiserOut]),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Commune staff and admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<Vec<OrganiserOut>>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    visit.require(Action::ManageOrganisers)?;
    let list = organisers::list(&app, &visit.commune).await?;
    Ok(Json(
        list.into_iter()
            .map(|o| OrganiserOut {
                id: o.id,
                name: o.display_name,
                email: o.email,
                language: o.language,
                created_at: o.created_at,
                activity_count: o.activity_count,
            })
            .collect(),
    ))
}

/// The id of a new account.
#[derive(Serialize, ToSchema)]
pub struct OrganiserCreated {
    pub id: i64,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/organisers", tag = "staff",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = OrganiserIn,
    responses(
        (status = 201, description = "Created; a welcome e-mail carries the link to choose a password", body = OrganiserCreated),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Commune staff and admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A name too short or too long, an e-mail address that is not one or has an account already, an unknown language", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Sixty accounts made by this staff member today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<OrganiserIn>,
) -> AppResult<(StatusCode, Json<OrganiserCreated>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ManageOrganisers)?.clone();
    let id = organisers::create(
        &app,
        &visit.commune,
        &staff,
        &input.name,
        &input.email,
        &input.language,
    )
    .await?
    .map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(OrganiserCreated { id })))
}

#[utoipa::path(delete, path = "/api/v1/communes/{commune}/organisers/{organiser}", tag = "staff",
    params(("commune" = String, Path, description = "The commune's slug"), ("organiser" = i64, Path, description = "The organiser account's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Closed: the account is erased; its activities stay, managed by staff"),
        (status = 400, description = "Malformed id", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Commune staff and admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or organiser account", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn close(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ManageOrganisers)?.clone();
    organisers::close(&app, &visit.commune, &staff, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
