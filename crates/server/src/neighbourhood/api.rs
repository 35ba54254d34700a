//! A neighbourhood over the API, for its verified members only.

use axum::extract::{Path, State};
use axum::Json;
use gemeng_core::permissions::Action;
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::App;
use crate::http::api::{ApiCtx, ApiVisit};
use crate::http::error::AppResult;
use crate::http::openapi::Problem;

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

#[utoipa::path(get, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}", tag = "neighbourhood",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The neighbourhood, for its members", body = NeighbourhoodDetail),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or neighbourhood", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb)): Path<(String, String)>,
) -> AppResult<Json<NeighbourhoodDetail>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let found = super::by_slug(&app, visit.commune.id, &nb).await?;
    // An unknown neighbourhood and a foreign one answer alike, so names cannot be probed.
    visit.require(Action::ViewNeighbourhood {
        neighbourhood_id: found.as_ref().map(|n| n.id).unwrap_or(-1),
    })?;
    let overview = super::overview(&app, found).await?;
    Ok(Json(NeighbourhoodDetail {
        member_count: overview.roster.member_count,
        neighbours: overview
            .roster
            .neighbours
            .iter()
            .map(|p| NeighbourOut {
                display_name: p.display_name.clone(),
                street: p.street.clone(),
                role: p.role.as_str().to_string(),
            })
            .collect(),
        slug: overview.neighbourhood.slug,
        name: overview.neighbourhood.name,
    }))
}
