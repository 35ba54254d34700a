//! Imports of the commune's map (GeoJSON neighbourhoods) and address register (CSV),
//! for commune admins. The work itself is `membership::imports`, shared with the CLI;
//! from here it runs in the background and its page shows how it went.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use gemeng_core::permissions::Action;
use gemeng_db::communes::Commune;

use crate::app::App;
use crate::http::context::{Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::upload::read_upload;
use crate::http::web::{render, render_invalid, see_other, Visit};
use crate::membership::imports::{self, Kind};

#[derive(Template)]
#[template(path = "membership/import.html")]
pub struct ImportPage {
    pub page: Page,
    /// Where the forms post: `/c/{slug}/staff/import` or the operators' commune page.
    pub post_base: String,
    pub result: Option<String>,
    pub problems: Vec<String>,
    /// An import is still running: the page offers to look again.
    pub running: bool,
    pub interrupted: bool,
    /// The page to look at again while an import runs.
    pub check_url: String,
}

pub async fn import_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ImportRegister)?;
    render(&ImportPage {
        page: visit.page("import-title").await?,
        post_base: post_base(&visit.commune),
        result: None,
        problems: vec![],
        running: false,
        interrupted: false,
        check_url: String::new(),
    })
}

fn post_base(commune: &Commune) -> String {
    format!("/c/{}/staff/import", commune.slug)
}

async fn start(visit: Visit, multipart: Multipart, kind: Kind) -> AppResult<Response> {
    let admin = visit.require(Action::ImportRegister)?.id;
    let bytes = read_upload(&visit.ctx, multipart).await?;
    match imports::start(&visit.app, &visit.commune, Some(admin), kind, bytes).await? {
        Ok(job) => Ok(see_other(&format!(
            "/c/{}/staff/imports/{job}",
            visit.commune.slug
        ))),
        Err(message) => {
            let page = visit
                .page_at("import-title", &post_base(&visit.commune))
                .await?;
            render_invalid(&ImportPage {
                problems: vec![page.t(message)],
                page,
                post_base: post_base(&visit.commune),
                result: None,
                running: true,
                interrupted: false,
                check_url: post_base(&visit.commune),
            })
        }
    }
}

pub async fn import_neighbourhoods(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    start(
        Visit::load(&app, ctx, &slug).await?,
        multipart,
        Kind::Neighbourhoods,
    )
    .await
}

pub async fn import_addresses(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    start(
        Visit::load(&app, ctx, &slug).await?,
        multipart,
        Kind::Addresses,
    )
    .await
}

/// How an import went (or goes): its result, its problems, or "still running".
pub async fn job(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, job)): Path<(String, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ImportRegister)?;
    let job = gemeng_db::import_jobs::of_commune(&app.db, visit.commune.id, job)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = visit
        .page_at("import-title", &post_base(&visit.commune))
        .await?;
    let view = imports::describe_job(&job, &page.tr);
    let check_url = format!("/c/{}/staff/imports/{}", visit.commune.slug, job.id);
    let body = ImportPage {
        check_url,
        page,
        post_base: post_base(&visit.commune),
        result: view.message,
        problems: view.problems,
        running: view.running,
        interrupted: view.interrupted,
    };
    if body.problems.is_empty() {
        render(&body)
    } else {
        render_invalid(&body)
    }
}
