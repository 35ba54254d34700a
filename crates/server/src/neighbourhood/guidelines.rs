//! The community guidelines: what neighbours agree to, what moderators act on, and
//! how a report is handled. Linked from every page's footer; public, so that anyone
//! can read them before signing up.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use crate::app::App;
use crate::http::context::{Ctx, Page};
use crate::http::error::AppResult;
use crate::http::web::{render, Visit};

/// The rules, in order, as message ids (title, text).
const RULES: [(&str, &str); 6] = [
    ("community-respect", "community-respect-text"),
    ("community-privacy", "community-privacy-text"),
    ("community-no-trade", "community-no-trade-text"),
    ("community-law", "community-law-text"),
    ("community-truth", "community-truth-text"),
    ("community-safety", "community-safety-text"),
];

#[derive(Template)]
#[template(path = "guidelines.html")]
struct GuidelinesPage {
    page: Page,
    rules: &'static [(&'static str, &'static str)],
}

/// Under a commune, with its header.
pub async fn of_commune(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    render(&GuidelinesPage {
        page: visit.page("community-title").await?,
        rules: &RULES,
    })
}

/// Outside any commune (the footer of the installation's own pages).
pub async fn plain(ctx: Ctx) -> AppResult<Response> {
    render(&GuidelinesPage {
        page: Page::plain(&ctx, "community-title"),
        rules: &RULES,
    })
}
