//! "Your data" (everything held about me, readable and as a download, and erasing my
//! account) and "where you are logged in" (my sessions, and ending them).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::communes::Commune;
use gemeng_db::personal_data::HOLDINGS;
use gemeng_db::sessions::Listed;
use serde::Deserialize;
use serde_json::Value;

use crate::app::App;
use crate::http::context::{cookie, CsrfForm, Ctx, Page};
use crate::http::error::AppResult;
use crate::http::web::{notice, render, render_invalid, see_other, Done, NoFields, Visit};
use crate::membership::your_data::{self, Erasure};

/// One exported value as the page shows it.
pub struct Shown {
    pub label: String,
    pub value: String,
}

/// One place of the registry, as the page shows it.
pub struct Section {
    pub title: String,
    pub rows: Vec<Vec<Shown>>,
}

#[derive(Template)]
#[template(path = "membership/your_data.html")]
struct DataPage {
    page: Page,
    commune: Commune,
    account: Vec<Shown>,
    sections: Vec<Section>,
    errors: FieldErrors,
}

/// Times are Unix seconds in the export; the page shows them as dates.
fn shown(page: &Page, name: &str, value: &Value) -> Shown {
    let label = page.t(&format!("data-field-{}", name.replace('_', "-")));
    let value = match value {
        Value::Null => "—".to_string(),
        Value::Number(n) if name.ends_with("_at") || name == "at" => {
            page.date(&n.as_i64().unwrap_or_default())
        }
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    Shown { label, value }
}

async fn data_page(visit: &Visit, errors: FieldErrors) -> AppResult<DataPage> {
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    let export = your_data::export(&visit.app, &account).await?;
    let page = visit
        .page_at("data-title", &format!("/c/{}/me/data", visit.commune.slug))
        .await?;
    let fields = |object: &Value| -> Vec<Shown> {
        object
            .as_object()
            .map(|o| o.iter().map(|(k, v)| shown(&page, k, v)).collect())
            .unwrap_or_default()
    };
    let account_shown = fields(&export["account"]);
    let sections = HOLDINGS
        .iter()
        .filter_map(|h| {
            let rows: Vec<Vec<Shown>> = export[h.name]
                .as_array()
                .map(|rows| rows.iter().map(&fields).collect())
                .unwrap_or_default();
            (!rows.is_empty()).then(|| Section {
                title: page.t(h.describes),
                rows,
            })
        })
        .collect();
    Ok(DataPage {
        commune: visit.commune.clone(),
        account: account_shown,
        sections,
        errors,
        page,
    })
}

pub async fn data(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    render(&data_page(&visit, FieldErrors::new()).await?)
}

/// The same, as a JSON file to keep.
pub async fn download(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    let export = your_data::export(&app, &account).await?;
    let body = serde_json::to_string_pretty(&export).map_err(anyhow::Error::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"gemeng-my-data.json\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EraseForm {
    password: String,
}

pub async fn erase(
    State(app): State<App>,
    ctx: Ctx,
    jar: CookieJar,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<EraseForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    match your_data::erase(&app, &visit.commune, &account, &form.password).await? {
        Erasure::Done => {
            let jar = jar
                .remove(cookie(&app, &app.cookies.session, String::new(), None))
                .remove(cookie(&app, &app.cookies.device, String::new(), None));
            let home = format!("/c/{}?done=erased", visit.commune.slug);
            Ok((jar, see_other(&home)).into_response())
        }
        Erasure::WrongPassword => render_invalid(
            &data_page(
                &visit,
                FieldErrors::single("password", "data-erase-wrong-password"),
            )
            .await?,
        ),
    }
}

#[derive(Template)]
#[template(path = "membership/sessions.html")]
struct SessionsPage {
    page: Page,
    commune: Commune,
    sessions: Vec<Listed>,
    current: Option<String>,
    notice: Option<&'static str>,
}

impl SessionsPage {
    fn is_current(&self, handle: &str) -> bool {
        self.current.as_deref() == Some(handle)
    }
}

pub async fn sessions(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    let (sessions, current) =
        your_data::sessions(&app, &account, visit.ctx.session_token.as_deref()).await?;
    render(&SessionsPage {
        page: visit.page("sessions-title").await?,
        commune: visit.commune,
        sessions,
        current,
        notice: notice(
            &done.done,
            &[
                ("ended", "sessions-ended"),
                ("others-ended", "sessions-others-ended"),
            ],
        ),
    })
}

pub async fn end_session(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, handle)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    your_data::end_session(&app, &account, &handle).await?;
    Ok(see_other(&format!(
        "/c/{}/me/sessions?done=ended",
        visit.commune.slug
    )))
}

pub async fn end_other_sessions(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    if let Some(token) = visit.ctx.session_token.as_deref() {
        your_data::end_other_sessions(&app, &account, token).await?;
    }
    Ok(see_other(&format!(
        "/c/{}/me/sessions?done=others-ended",
        visit.commune.slug
    )))
}
