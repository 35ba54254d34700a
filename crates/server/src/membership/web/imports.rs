//! Imports of the commune's map (GeoJSON neighbourhoods) and address register (CSV),
//! for commune admins. The work itself is `membership::imports`, shared with the CLI.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use gemeng_core::permissions::Action;
use gemeng_db::communes::Commune;

use crate::app::App;
use crate::http::context::{Ctx, Page};
use crate::http::error::AppResult;
use crate::http::i18n::Tr;
use crate::http::upload::read_upload;
use crate::http::web::{render, render_invalid, Visit};
use crate::membership::imports;

#[derive(Template)]
#[template(path = "membership/import.html")]
struct ImportPage {
    page: Page,
    commune: Commune,
    result: Option<String>,
    problems: Vec<String>,
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
        commune: visit.commune,
        result: None,
        problems: vec![],
    })
}

/// The import page again, with the result or the reasons nothing was imported.
async fn answer_import(
    visit: Visit,
    outcome: Result<String, Vec<imports::Problem>>,
) -> AppResult<Response> {
    let page = visit
        .page_at(
            "import-title",
            &format!("/c/{}/staff/import", visit.commune.slug),
        )
        .await?;
    match outcome {
        Ok(message) => render(&ImportPage {
            page,
            commune: visit.commune,
            result: Some(message),
            problems: vec![],
        }),
        Err(problems) => {
            let problems = imports::describe_all(&problems, &page.tr);
            render_invalid(&ImportPage {
                page,
                commune: visit.commune,
                result: None,
                problems,
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
    let visit = Visit::load(&app, ctx, &slug).await?;
    let admin = visit.require(Action::ImportRegister)?.id;
    let bytes = read_upload(&visit.ctx, multipart).await?;
    let tr = Tr::new(visit.language());
    let text = String::from_utf8_lossy(&bytes);
    let outcome = imports::import_neighbourhoods(&app, &visit.commune, Some(admin), &text)
        .await
        .map(|done| {
            tr.t_nums(
                "import-neighbourhoods-done",
                &[
                    ("created", done.created as i64),
                    ("updated", done.updated as i64),
                    ("outside", done.addresses_outside as i64),
                ],
            )
        });
    answer_import(visit, outcome).await
}

pub async fn import_addresses(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let admin = visit.require(Action::ImportRegister)?.id;
    let bytes = read_upload(&visit.ctx, multipart).await?;
    let tr = Tr::new(visit.language());
    let outcome =
        imports::import_addresses(&app, &visit.commune, Some(admin), &bytes, &mut |_, _| {})
            .await
            .map(|done| {
                tr.t_nums(
                    "import-addresses-done",
                    &[("rows", done.rows as i64), ("outside", done.outside as i64)],
                )
            });
    answer_import(visit, outcome).await
}
