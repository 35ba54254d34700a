//! A neighbourhood's home page, for its verified members only.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use gemeng_core::permissions::Action;
use std::sync::Arc;

use gemeng_db::communes::Commune;
use gemeng_db::neighbourhoods::Neighbourhood;

use crate::app::App;
use crate::http::cache::Roster;
use crate::http::context::{Ctx, Page};
use crate::http::error::AppResult;
use crate::http::web::{render, Visit};

#[derive(Template)]
#[template(path = "neighbourhood/home.html")]
struct Home {
    page: Page,
    commune: Commune,
    neighbourhood: Neighbourhood,
    roster: Arc<Roster>,
}

pub async fn home(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb)): Path<(String, String)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    // An unknown neighbourhood and a foreign one answer alike, so names cannot be probed.
    let neighbourhood = super::by_slug(&app, visit.commune.id, &nb).await?;
    let id = neighbourhood.as_ref().map(|n| n.id).unwrap_or(-1);
    visit.require(Action::ViewNeighbourhood {
        neighbourhood_id: id,
    })?;
    let overview = super::overview(&app, neighbourhood).await?;
    let page = visit.page("neighbourhood-title").await?;
    render(&Home {
        page: Page {
            title: overview.neighbourhood.name.clone(),
            ..page
        },
        commune: visit.commune,
        roster: overview.roster,
        neighbourhood: overview.neighbourhood,
    })
}
