//! A neighbourhood: its members-only home page and API. Members are the verified
//! residents placed there (`core::permissions::Actor::is_member_of`).

pub mod api;
pub mod web;

use gemeng_db::neighbourhoods::Neighbourhood;
use gemeng_db::{accounts, neighbourhoods};

use crate::app::App;
use crate::http::error::AppResult;

/// What a member sees of their neighbourhood: its name, how many members, and who.
pub struct Overview {
    pub neighbourhood: Neighbourhood,
    pub member_count: i64,
    pub neighbours: Vec<accounts::Neighbour>,
}

/// How many neighbours a page lists at most.
const NEIGHBOURS_SHOWN: i64 = 200;

pub async fn overview(app: &App, neighbourhood: Neighbourhood) -> AppResult<Overview> {
    Ok(Overview {
        member_count: neighbourhoods::member_count(&app.db, neighbourhood.id).await?,
        neighbours: accounts::neighbours(&app.db, neighbourhood.id, NEIGHBOURS_SHOWN).await?,
        neighbourhood,
    })
}
