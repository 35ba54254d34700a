//! Staff over the API: residents waiting for verification, and deciding on them.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::account::Role;
use gemeng_core::permissions::Action;
use gemeng_db::accounts;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::membership;

type Problem = crate::http::openapi::Problem;

#[derive(Serialize, ToSchema)]
pub struct PendingOut {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    /// The full address: staff verify it, so they see it.
    pub address: String,
    pub neighbourhood: Option<String>,
    pub email_confirmed: bool,
    pub signed_up_at: i64,
}

/// A page of a list: at most `limit` entries after the entry named by the `after_…`
/// values (those of the last entry of the previous page).
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct PendingPage {
    /// `signed_up_at` of the last resident of the previous page.
    pub after_signed_up_at: Option<i64>,
    /// `id` of the last resident of the previous page.
    pub after_id: Option<i64>,
    /// 1 to 200; 100 when absent.
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<i64>,
}

/// The page size asked for: 100 when absent; outside 1 to 200 it is refused, not
/// quietly changed.
fn page_size(limit: Option<i64>) -> AppResult<i64> {
    match limit {
        None => Ok(100),
        Some(n) if (1..=200).contains(&n) => Ok(n),
        Some(_) => Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("limit", "error-page-size"),
        )),
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/pending-residents", tag = "staff",
    params(("commune" = String, Path, description = "The commune's slug"), PendingPage),
    security(("bearer" = [])),
    responses(
        (status = 400, description = "Malformed query", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A page size outside 1 to 200, or a query longer than 100 characters", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "Residents waiting for verification", body = [PendingOut]),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Commune staff only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn pending(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(page): Query<PendingPage>,
) -> AppResult<Json<Vec<PendingOut>>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    visit.require(Action::ReviewResidents)?;
    let after = page
        .after_signed_up_at
        .zip(page.after_id)
        .map(|(key, id)| accounts::After { key, id });
    let people = accounts::pending_residents(
        &app.db,
        visit.commune.id,
        crate::app::now(),
        after,
        page_size(page.limit)?,
    )
    .await?;
    Ok(Json(
        people
            .into_iter()
            .map(|p| PendingOut {
                id: p.id,
                address: p.address_label(),
                display_name: p.display_name,
                email: p.email,
                neighbourhood: p.neighbourhood,
                email_confirmed: p.email_confirmed_at.is_some(),
                signed_up_at: p.created_at,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionIn {
    pub decision: Decision,
    /// Why a residence is refused, for the resident's e-mail.
    #[serde(default)]
    #[schema(max_length = 500)]
    pub reason: String,
}

#[derive(Deserialize, ToSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Approve,
    Refuse,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/pending-residents/{user}/decision", tag = "staff",
    params(("commune" = String, Path, description = "The commune's slug"), ("user" = i64, Path, description = "The resident's id")),
    security(("bearer" = [])),
    request_body = DecisionIn,
    responses(
        (status = 204, description = "Decided"),
        (status = 400, description = "Malformed JSON or id", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Commune staff only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or pending resident", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn decide(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, user)): Path<(String, i64)>,
    ApiJson(input): ApiJson<DecisionIn>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ReviewResidents)?.clone();
    let approve = input.decision == Decision::Approve;
    let reason: String = input.reason.chars().take(500).collect();
    membership::decide_resident(&app, &visit.commune, &staff, user, approve, &reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct MemberOut {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub role: String,
    pub neighbourhood: Option<String>,
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct MembersPage {
    /// Part of a name or e-mail address; every member when empty.
    #[param(max_length = 100)]
    pub q: String,
    /// `display_name` of the last member of the previous page.
    #[param(max_length = 100)]
    pub after_name: Option<String>,
    /// `id` of the last member of the previous page.
    pub after_id: Option<i64>,
    /// 1 to 200; 100 when absent.
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<i64>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/members", tag = "staff",
    params(("commune" = String, Path, description = "The commune's slug"), MembersPage),
    security(("bearer" = [])),
    responses(
        (status = 400, description = "Malformed query", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A page size outside 1 to 200, or a query longer than 100 characters", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "Verified residents and the commune's staff, with their roles", body = [MemberOut]),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Commune staff only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn members(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(page): Query<MembersPage>,
) -> AppResult<Json<Vec<MemberOut>>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    visit.require(Action::AssignRole {
        to: Role::Moderator,
    })?;
    if page.q.chars().count() > 100
        || page
            .after_name
            .as_ref()
            .is_some_and(|n| n.chars().count() > 100)
    {
        return Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("q", "error-query-too-long"),
        ));
    }
    let q = page.q;
    let after = page
        .after_name
        .zip(page.after_id)
        .map(|(key, id)| accounts::After { key, id });
    let people =
        accounts::members(&app.db, visit.commune.id, &q, after, page_size(page.limit)?).await?;
    Ok(Json(
        people
            .into_iter()
            .map(|m| MemberOut {
                id: m.id,
                display_name: m.display_name,
                email: m.email,
                role: m.role.as_str().to_string(),
                neighbourhood: m.neighbourhood,
            })
            .collect(),
    ))
}

/// The roles staff and admins can give.
#[derive(Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum ApiRole {
    Resident,
    Moderator,
    Staff,
    Admin,
}

impl From<ApiRole> for Role {
    fn from(r: ApiRole) -> Role {
        match r {
            ApiRole::Resident => Role::Resident,
            ApiRole::Moderator => Role::Moderator,
            ApiRole::Staff => Role::Staff,
            ApiRole::Admin => Role::Admin,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct RoleIn {
    pub role: ApiRole,
}

#[utoipa::path(put, path = "/api/v1/communes/{commune}/members/{user}/role", tag = "staff",
    params(("commune" = String, Path, description = "The commune's slug"), ("user" = i64, Path, description = "The person's id")),
    security(("bearer" = [])),
    request_body = RoleIn,
    responses(
        (status = 204, description = "The role is changed"),
        (status = 400, description = "Malformed JSON, id or role", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Staff name moderators; only admins name staff and admins", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or person", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not possible for this person (one's own role, or a moderator who is not a verified resident)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn set_role(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, user)): Path<(String, i64)>,
    ApiJson(input): ApiJson<RoleIn>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let role = Role::from(input.role);
    let actor = visit.require(Action::AssignRole { to: role })?.clone();
    membership::assign_role(&app, &visit.commune, &actor, user, role).await?;
    Ok(StatusCode::NO_CONTENT)
}
