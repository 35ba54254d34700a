//! The operators' pages under `/operator`.

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::{self, Commune};
use gemeng_db::sessions::SessionKind;
use serde::Deserialize;

use crate::app::App;
use crate::http::auth;
use crate::http::context::{cookie, CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::http::upload::read_upload;
use crate::http::web::{bounded, notice, render, render_invalid, see_other, Done, NoFields};
use crate::membership::imports;

/// The operator making the request (the route's guard has checked there is one).
async fn operator(app: &App, ctx: &Ctx) -> AppResult<Account> {
    auth::account_of(app, ctx.session_token.as_deref(), SessionKind::Browser)
        .await?
        .filter(|a| a.commune_id.is_none())
        .ok_or(AppError::Forbidden)
}

#[derive(Template)]
#[template(path = "operator/login.html")]
struct LoginPage {
    page: Page,
    email: String,
    next: String,
    error: Option<&'static str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
}

pub async fn login_form(ctx: Ctx, Query(query): Query<LoginQuery>) -> AppResult<Response> {
    render(&LoginPage {
        page: Page::plain(&ctx, "operator-login-title"),
        email: String::new(),
        next: bounded(query.next, auth::MAX_NEXT_BYTES),
        error: None,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

pub async fn login(
    State(app): State<App>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> AppResult<Response> {
    let logged_in = crate::membership::login::log_in(
        &app,
        None,
        &form.email,
        &form.password,
        &ctx.client_ip,
        ctx.device_token.as_deref(),
    )
    .await?;
    let Some(logged_in) = logged_in else {
        return render_invalid(&LoginPage {
            page: Page::plain(&ctx, "operator-login-title"),
            email: bounded(form.email, 254),
            next: bounded(form.next, auth::MAX_NEXT_BYTES),
            error: Some("login-error"),
        });
    };
    let jar = auth::sign_in(
        &app,
        &ctx,
        jar,
        &logged_in.account,
        Some(logged_in.device_token),
    )
    .await?;
    let next = auth::safe_next(&form.next, "/operator".into());
    Ok((jar, see_other(&next)).into_response())
}

pub async fn logout(
    State(app): State<App>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    if let Some(token) = &ctx.session_token {
        auth::end_session(&app, token).await?;
    }
    let jar = jar.remove(cookie(&app, &app.cookies.session, String::new(), None));
    Ok((jar, see_other("/operator/login")).into_response())
}

#[derive(Template)]
#[template(path = "operator/home.html")]
struct HomePage {
    page: Page,
    communes: Vec<Commune>,
    languages: Vec<(&'static str, String)>,
    slug: String,
    name: String,
    language: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
}

fn language_choices() -> Vec<(&'static str, String)> {
    Language::ALL
        .iter()
        .map(|l| (l.code(), Tr::new(*l).t("language-name")))
        .collect()
}

pub async fn home(
    State(app): State<App>,
    ctx: Ctx,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    operator(&app, &ctx).await?;
    render(&HomePage {
        page: Page::plain(&ctx, "operator-title"),
        communes: communes::list(&app.db).await?,
        languages: language_choices(),
        slug: String::new(),
        name: String::new(),
        language: "lb".into(),
        errors: FieldErrors::new(),
        notice: notice(&done.done, &[("created", "operator-commune-created")]),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommuneForm {
    slug: String,
    name: String,
    language: String,
}

pub async fn create_commune(
    State(app): State<App>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<CommuneForm>,
) -> AppResult<Response> {
    let operator = operator(&app, &ctx).await?;
    match super::create_commune(&app, &operator, &form.slug, &form.name, &form.language).await? {
        Ok(commune) => Ok(see_other(&format!(
            "/operator/communes/{}?done=created",
            commune.slug
        ))),
        Err(errors) => render_invalid(&HomePage {
            page: Page::plain(&ctx, "operator-title"),
            communes: communes::list(&app.db).await?,
            languages: language_choices(),
            slug: bounded(form.slug, 60),
            name: bounded(form.name, 80),
            language: form.language,
            errors,
            notice: None,
        }),
    }
}

#[derive(Template)]
#[template(path = "operator/commune.html")]
struct CommunePage {
    page: Page,
    commune: Commune,
    neighbourhood_count: i64,
    address_count: i64,
    result: Option<String>,
    problems: Vec<String>,
    email: String,
    display_name: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
    running: bool,
    check_url: String,
}

impl CommunePage {
    async fn build(app: &App, ctx: &Ctx, commune: Commune) -> AppResult<CommunePage> {
        let mut page = Page::plain(ctx, "operator-commune-title");
        page.title = commune.name.clone();
        page.path = format!("/operator/communes/{}", commune.slug);
        Ok(CommunePage {
            page,
            neighbourhood_count: gemeng_db::neighbourhoods::count(&app.db, commune.id).await?,
            address_count: gemeng_db::addresses::count(&app.db, commune.id).await?,
            commune,
            result: None,
            problems: Vec::new(),
            email: String::new(),
            display_name: String::new(),
            errors: FieldErrors::new(),
            notice: None,
            running: false,
            check_url: String::new(),
        })
    }
}

async fn commune_of(app: &App, slug: &str) -> AppResult<Commune> {
    app.cache
        .commune(&app.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn commune(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    operator(&app, &ctx).await?;
    let mut page = CommunePage::build(&app, &ctx, commune_of(&app, &slug).await?).await?;
    page.notice = notice(
        &done.done,
        &[
            ("created", "operator-commune-created"),
            ("admin", "operator-admin-named"),
        ],
    );
    render(&page)
}

async fn start_import(
    app: &App,
    ctx: &Ctx,
    slug: &str,
    multipart: Multipart,
    kind: imports::Kind,
) -> AppResult<Response> {
    let operator = operator(app, ctx).await?;
    let commune = commune_of(app, slug).await?;
    let bytes = read_upload(ctx, multipart).await?;
    match imports::start(app, &commune, Some(operator.id), kind, bytes).await? {
        Ok(job) => Ok(see_other(&format!(
            "/operator/communes/{}/imports/{job}",
            commune.slug
        ))),
        Err(message) => {
            let mut page = CommunePage::build(app, ctx, commune).await?;
            page.problems = vec![page.page.t(message)];
            render_invalid(&page)
        }
    }
}

pub async fn import_neighbourhoods(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    start_import(&app, &ctx, &slug, multipart, imports::Kind::Neighbourhoods).await
}

pub async fn import_addresses(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    start_import(&app, &ctx, &slug, multipart, imports::Kind::Addresses).await
}

/// How an import went (or goes), on the commune's page.
pub async fn import_job(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, job)): Path<(String, i64)>,
) -> AppResult<Response> {
    operator(&app, &ctx).await?;
    let commune = commune_of(&app, &slug).await?;
    let job = gemeng_db::import_jobs::of_commune(&app.db, commune.id, job)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut page = CommunePage::build(&app, &ctx, commune).await?;
    let view = imports::describe_job(&job, &page.page.tr);
    page.result = view.message;
    page.problems = view.problems;
    page.running = view.running;
    page.check_url = format!(
        "/operator/communes/{}/imports/{}",
        page.commune.slug, job.id
    );
    if page.problems.is_empty() {
        render(&page)
    } else {
        render_invalid(&page)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AdminForm {
    email: String,
    display_name: String,
}

pub async fn name_admin(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<AdminForm>,
) -> AppResult<Response> {
    let operator = operator(&app, &ctx).await?;
    let commune = commune_of(&app, &slug).await?;
    match super::name_admin(&app, &operator, &commune, &form.email, &form.display_name).await? {
        Ok(()) => Ok(see_other(&format!(
            "/operator/communes/{}?done=admin",
            commune.slug
        ))),
        Err(errors) => {
            let mut page = CommunePage::build(&app, &ctx, commune).await?;
            page.email = bounded(form.email, 254);
            page.display_name = bounded(form.display_name, 60);
            page.errors = errors;
            render_invalid(&page)
        }
    }
}
