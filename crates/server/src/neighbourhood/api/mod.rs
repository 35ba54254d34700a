//! A neighbourhood over the API, for its verified members only: its overview, the
//! feed, posts with their comments and photos. The rules and transactions are the
//! pages' own (`neighbourhood::posts`); these handlers only read JSON and write it.

pub mod comments;
pub mod photos;
pub mod posts;

use axum::extract::{Path, State};
use axum::Json;
use gemeng_core::permissions::Action;
use serde::Serialize;
use utoipa::ToSchema;

use gemeng_db::neighbourhoods::Neighbourhood;

use crate::app::App;
use crate::http::api::{ApiCtx, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;
use crate::neighbourhood::posts::Place;

/// A member's API call in their neighbourhood: checked by the route's guard, and again
/// here before anything is read. An unknown neighbourhood and a foreign one answer
/// alike, so names cannot be probed.
pub struct ApiMember {
    pub visit: ApiVisit,
    pub neighbourhood: Neighbourhood,
}

impl ApiMember {
    pub async fn load(app: &App, ctx: ApiCtx, slug: &str, nb: &str) -> AppResult<ApiMember> {
        let visit = ApiVisit::load(app, ctx, slug).await?;
        let found = super::by_slug(app, visit.commune.id, nb).await?;
        visit.require(Action::ViewNeighbourhood {
            neighbourhood_id: found.as_ref().map(|n| n.id).unwrap_or(-1),
        })?;
        Ok(ApiMember {
            neighbourhood: found.ok_or(AppError::NotFound)?,
            visit,
        })
    }

    pub fn place<'a>(&'a self, app: &'a App) -> Place<'a> {
        Place {
            app,
            commune: &self.visit.commune,
            neighbourhood: &self.neighbourhood,
            account: self
                .visit
                .caller
                .as_ref()
                .expect("a member has a token (checked by load)"),
        }
    }

    /// This neighbourhood's API path, which every post path starts with.
    pub fn base(&self) -> String {
        format!(
            "/api/v1/communes/{}/neighbourhoods/{}",
            self.visit.commune.slug, self.neighbourhood.slug
        )
    }
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
