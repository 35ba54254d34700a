//! Residence over the API: entering a code, inviting a neighbour, and reading one's
//! neighbourhood (members only).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_db::{accounts, neighbourhoods};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiCtx, ApiJson, ApiVisit};
use crate::app::App;
use crate::auth;
use crate::error::{AppError, AppResult};
use crate::membership;

type Problem = super::openapi::Problem;

#[derive(Deserialize, ToSchema)]
pub struct CodeIn {
    /// The code from the commune's letter or a neighbour, e.g. `ACDE-FGHJ-KMNP`.
    #[schema(max_length = 40)]
    pub code: String,
}

#[derive(Serialize, ToSchema)]
pub struct NeighbourOut {
    pub display_name: String,
    /// The street only: house numbers are never shown to neighbours.
    pub street: String,
    pub role: String,
}

#[derive(Serialize, ToSchema)]
pub struct NeighbourhoodDetail {
    pub slug: String,
    pub name: String,
    pub member_count: i64,
    pub neighbours: Vec<NeighbourOut>,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/verification", tag = "residence",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = CodeIn,
    responses(
        (status = 200, description = "Residence verified; the neighbourhood joined", body = NeighbourhoodDetail),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Already verified, staff, or e-mail not confirmed", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The code was refused; `errors` says why", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn verify(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<CodeIn>,
) -> AppResult<Json<NeighbourhoodDetail>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ProveResidence)?.clone();
    auth::rate_limit(&app, &format!("verify:{}", account.id), 3600, 10).await?;
    match membership::redeem_code(&app, &visit.commune, &account, &input.code).await? {
        Ok(n) => Ok(Json(detail(&app, n).await?)),
        Err(message) => Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("code", message),
        )),
    }
}

async fn detail(app: &App, n: neighbourhoods::Neighbourhood) -> AppResult<NeighbourhoodDetail> {
    let neighbours = accounts::neighbours(&app.db, n.id, 200).await?;
    Ok(NeighbourhoodDetail {
        member_count: neighbourhoods::member_count(&app.db, n.id).await?,
        neighbours: neighbours
            .into_iter()
            .map(|p| NeighbourOut {
                display_name: p.display_name,
                street: p.street,
                role: p.role,
            })
            .collect(),
        slug: n.slug,
        name: n.name,
    })
}

#[derive(Serialize, ToSchema)]
pub struct InvitationOut {
    /// Hand this to a neighbour; it works once, within 14 days, in your neighbourhood.
    pub code: String,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/invitations", tag = "residence",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "A new invitation code", body = InvitationOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents invite", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Too many open invitations", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn invite(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<(StatusCode, Json<InvitationOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::InviteNeighbour)?.clone();
    match membership::create_invitation(&app, &visit.commune, &account).await? {
        Ok(code) => Ok((StatusCode::CREATED, Json(InvitationOut { code }))),
        Err(message) => Err(AppError::Conflict(message)),
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}", tag = "residence",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The neighbourhood, for its members", body = NeighbourhoodDetail),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or neighbourhood", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn neighbourhood(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb)): Path<(String, String)>,
) -> AppResult<Json<NeighbourhoodDetail>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let found = neighbourhoods::by_slug(&app.db, visit.commune.id, &nb).await?;
    visit.require(Action::ViewNeighbourhood {
        neighbourhood_id: found.as_ref().map(|n| n.id).unwrap_or(-1),
    })?;
    let n = found.ok_or(AppError::NotFound)?;
    Ok(Json(detail(&app, n).await?))
}
