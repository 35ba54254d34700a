//! A neighbourhood's home page, for its verified members only.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use gemeng_core::permissions::Action;
use gemeng_db::accounts::Neighbour;
use gemeng_db::communes::Commune;
use gemeng_db::neighbourhoods::{self, Neighbourhood};

use crate::app::App;
use crate::http::context::{Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{render, Visit};

#[derive(Template)]
#[template(path = "neighbourhood/home.html")]
struct Home {
    page: Page,
    commune: Commune,
    neighbourhood: Neighbourhood,
    member_count: i64,
    neighbours: Vec<Neighbour>,
}

pub async fn home(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb)): Path<(String, String)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    // An unknown neighbourhood and a foreign one answer alike, so names cannot be probed.
    let neighbourhood = neighbourhoods::by_slug(&app.db, visit.commune.id, &nb).await?;
    let id = neighbourhood.as_ref().map(|n| n.id).unwrap_or(-1);
    visit.require(Action::ViewNeighbourhood {
        neighbourhood_id: id,
    })?;
    let overview = super::overview(&app, neighbourhood.ok_or(AppError::NotFound)?).await?;
    let page = visit.page("neighbourhood-title").await?;
    render(&Home {
        page: Page {
            title: overview.neighbourhood.name.clone(),
            ..page
        },
        commune: visit.commune,
        member_count: overview.member_count,
        neighbours: overview.neighbours,
        neighbourhood: overview.neighbourhood,
    })
}
