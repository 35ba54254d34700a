//! A neighbourhood: its members-only home page and API. Members are the verified
//! residents placed there (`core::permissions::Actor::is_member_of`).

pub mod api;
pub mod guidelines;
pub mod photos;
pub mod posts;
pub mod search;
pub mod web;

use std::sync::Arc;

use gemeng_db::neighbourhoods::Neighbourhood;

use crate::app::App;
use crate::http::cache::Roster;
use crate::http::error::{AppError, AppResult};

/// What a member sees of their neighbourhood: its name, how many members, and who.
pub struct Overview {
    pub neighbourhood: Neighbourhood,
    pub roster: Arc<Roster>,
}

/// How many neighbours a page lists at most.
const NEIGHBOURS_SHOWN: i64 = 200;

/// The neighbourhood of `slug` in a commune, if there is one (from the read cache).
pub async fn by_slug(app: &App, commune_id: i64, slug: &str) -> AppResult<Option<Neighbourhood>> {
    Ok(app
        .cache
        .neighbourhood_by_slug(&app.db, commune_id, slug)
        .await?)
}

/// Its roster, from the read cache: every member's change drops it.
pub async fn overview(app: &App, neighbourhood: Option<Neighbourhood>) -> AppResult<Overview> {
    let neighbourhood = neighbourhood.ok_or(AppError::NotFound)?;
    Ok(Overview {
        roster: app
            .cache
            .roster(&app.db, neighbourhood.id, NEIGHBOURS_SHOWN)
            .await?,
        neighbourhood,
    })
}
