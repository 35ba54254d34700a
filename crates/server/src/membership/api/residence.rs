//! Residence over the API: entering a code and inviting a neighbour.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::auth;
use crate::http::error::{AppError, AppResult};
use crate::membership;

type Problem = crate::http::openapi::Problem;

#[derive(Deserialize, ToSchema)]
pub struct CodeIn {
    /// The code from the commune's letter or a neighbour, e.g. `ACDE-FGHJ-KMNP`.
    #[schema(max_length = 40)]
    pub code: String,
}

/// The neighbourhood a verified resident has joined; its page is
/// `GET /api/v1/communes/{commune}/neighbourhoods/{slug}`.
#[derive(Serialize, ToSchema)]
pub struct VerifiedOut {
    pub neighbourhood: String,
    pub neighbourhood_name: String,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/verification", tag = "residence",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = CodeIn,
    responses(
        (status = 200, description = "Residence verified; the neighbourhood joined", body = VerifiedOut),
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
) -> AppResult<Json<VerifiedOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ProveResidence)?.clone();
    auth::rate_limit(&app, &format!("verify:{}", account.id), 3600, 10).await?;
    match membership::redeem_code(&app, &visit.commune, &account, &input.code).await? {
        Ok(n) => Ok(Json(VerifiedOut {
            neighbourhood: n.slug,
            neighbourhood_name: n.name,
        })),
        Err(message) => Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("code", message),
        )),
    }
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
