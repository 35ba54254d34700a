//! Public commune information: the list of communes, one commune with its
//! neighbourhoods, and the address search used to sign up.

use axum::extract::{Path, Query, State};
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_db::{communes, neighbourhoods};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::app::App;
use crate::http::api::{ApiCtx, ApiVisit};
use crate::http::auth;
use crate::http::error::AppResult;

#[derive(Serialize, ToSchema)]
pub struct CommuneOut {
    pub slug: String,
    pub name: String,
    pub default_language: String,
}

#[derive(Serialize, ToSchema)]
pub struct NeighbourhoodOut {
    pub slug: String,
    pub name: String,
}

#[derive(Serialize, ToSchema)]
pub struct CommuneDetail {
    pub slug: String,
    pub name: String,
    pub default_language: String,
    pub neighbourhoods: Vec<NeighbourhoodOut>,
}

#[utoipa::path(get, path = "/api/v1/communes", tag = "communes",
    responses((status = 200, description = "Every commune of this installation", body = [CommuneOut])))]
pub async fn list(State(app): State<App>) -> AppResult<Json<Vec<CommuneOut>>> {
    let all = communes::list(&app.db).await?;
    Ok(Json(
        all.into_iter()
            .map(|c| CommuneOut {
                slug: c.slug,
                name: c.name,
                default_language: c.default_language,
            })
            .collect(),
    ))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}", tag = "communes",
    params(("commune" = String, Path, description = "The commune's slug")),
    responses(
        (status = 200, description = "The commune and its neighbourhoods", body = CommuneDetail),
        (status = 404, description = "No such commune", body = crate::http::openapi::Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<CommuneDetail>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    auth::authorize(
        visit.caller.as_ref(),
        &visit.commune,
        Action::ViewCommunePublic,
        "/",
    )?;
    let neighbourhoods = neighbourhoods::list(&app.db, visit.commune.id).await?;
    Ok(Json(CommuneDetail {
        slug: visit.commune.slug,
        name: visit.commune.name,
        default_language: visit.commune.default_language,
        neighbourhoods: neighbourhoods
            .into_iter()
            .map(|n| NeighbourhoodOut {
                slug: n.slug,
                name: n.name,
            })
            .collect(),
    }))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct AddressQuery {
    /// Street and number, e.g. "rue des pres 12"; accents and case do not matter.
    #[param(max_length = 120)]
    pub q: String,
}

#[derive(Serialize, ToSchema)]
pub struct AddressOut {
    pub id: i64,
    pub label: String,
    /// False for an address of the register that lies in no neighbourhood.
    pub in_neighbourhood: bool,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/addresses", tag = "communes",
    params(("commune" = String, Path, description = "The commune's slug"), AddressQuery),
    responses(
        (status = 200, description = "Up to 20 matching addresses of the register", body = [AddressOut]),
        (status = 400, description = "Malformed query", body = crate::http::openapi::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The query is longer than 120 characters", body = crate::http::openapi::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = crate::http::openapi::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many searches from this address", body = crate::http::openapi::Problem, content_type = "application/problem+json"),
    ))]
pub async fn addresses(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(query): Query<AddressQuery>,
) -> AppResult<Json<Vec<AddressOut>>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    auth::authorize(
        visit.caller.as_ref(),
        &visit.commune,
        Action::ViewCommunePublic,
        "/",
    )?;
    if query.q.chars().count() > 120 {
        return Err(crate::http::error::AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("q", "error-query-too-long"),
        ));
    }
    let found =
        crate::membership::search_addresses(&app, &visit.commune, &query.q, &visit.client_ip, 20)
            .await?;
    Ok(Json(
        found
            .into_iter()
            .map(|a| AddressOut {
                id: a.id,
                label: a.label(),
                in_neighbourhood: a.neighbourhood_id.is_some(),
            })
            .collect(),
    ))
}
