//! The staff's "Organiser accounts" pages: the commune's associations' accounts, a
//! form to create one, and closing one.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::language::Language;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Organiser;
use gemeng_db::communes::Commune;
use serde::Deserialize;

use crate::app::App;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::AppResult;
use crate::http::i18n::Tr;
use crate::http::web::{bounded, notice, render, render_invalid, see_other, NoFields, Visit};
use crate::membership::organisers;

#[derive(Template)]
#[template(path = "membership/organisers.html")]
struct OrganisersPage {
    page: Page,
    commune: Commune,
    organisers: Vec<Organiser>,
    notice: Option<&'static str>,
    errors: FieldErrors,
    form: OrganiserForm,
    /// (code, the language's own name)
    languages: Vec<(&'static str, String)>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OrganiserForm {
    name: String,
    email: String,
    language: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    done: String,
}

async fn organisers_page(
    visit: &Visit,
    notice: Option<&'static str>,
    form: OrganiserForm,
    errors: FieldErrors,
) -> AppResult<OrganisersPage> {
    Ok(OrganisersPage {
        page: visit.page("organisers-title").await?,
        commune: visit.commune.clone(),
        organisers: organisers::list(&visit.app, &visit.commune).await?,
        notice,
        errors,
        form,
        languages: Language::ALL
            .iter()
            .map(|l| (l.code(), Tr::new(*l).t("language-name")))
            .collect(),
    })
}

/// `/c/{commune}/staff/organisers`
pub async fn list(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<DoneQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ManageOrganisers)?;
    let notice = notice(
        &query.done,
        &[
            ("created", "organisers-created"),
            ("closed", "organisers-closed"),
        ],
    );
    let form = OrganiserForm {
        language: visit.commune.default_language.clone(),
        ..OrganiserForm::default()
    };
    render(&organisers_page(&visit, notice, form, FieldErrors::new()).await?)
}

/// `POST /c/{commune}/staff/organisers`
pub async fn create(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<OrganiserForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ManageOrganisers)?.clone();
    match organisers::create(
        &app,
        &visit.commune,
        &staff,
        &form.name,
        &form.email,
        &form.language,
    )
    .await?
    {
        Ok(_) => Ok(see_other(&format!(
            "/c/{}/staff/organisers?done=created",
            visit.commune.slug
        ))),
        Err(errors) => {
            let form = OrganiserForm {
                name: bounded(form.name, 60),
                email: bounded(form.email, 254),
                language: bounded(form.language, 8),
            };
            render_invalid(&organisers_page(&visit, None, form, errors).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "membership/organiser_close.html")]
struct ClosePage {
    page: Page,
    commune: Commune,
    id: i64,
    name: String,
    email: String,
}

/// `/c/{commune}/staff/organisers/{organiser}/close`: closing erases the account, so
/// a page asks to confirm it first.
pub async fn close_form(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ManageOrganisers)?;
    let organiser = organisers::get(&app, &visit.commune, id).await?;
    render(&ClosePage {
        page: visit.page("organisers-close-title").await?,
        commune: visit.commune.clone(),
        id: organiser.id,
        name: organiser.display_name,
        email: organiser.email,
    })
}

/// `POST /c/{commune}/staff/organisers/{organiser}/close`
pub async fn close(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ManageOrganisers)?.clone();
    organisers::close(&app, &visit.commune, &staff, id).await?;
    Ok(see_other(&format!(
        "/c/{}/staff/organisers?done=closed",
        visit.commune.slug
    )))
}
