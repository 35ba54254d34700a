//! Reader preferences that work without JavaScript and without an account: the
//! language, larger text and high contrast. Kept in cookies; the language also on
//! the account of whoever is signed in, so e-mails follow it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use gemeng_core::language::Language;
use gemeng_db::sessions::SessionKind;
use serde::Deserialize;

use crate::app::App;
use crate::http::auth;
use crate::http::context::{cookie, CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{bounded, render, see_other};

const YEAR: i64 = 365 * 86_400;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    lang: String,
    back: String,
}

pub async fn language(
    State(app): State<App>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> AppResult<Response> {
    let language =
        Language::from_code(&form.lang).ok_or(AppError::BadRequest("error-language-unknown"))?;
    if let Some(account) =
        auth::account_of(&app, ctx.session_token.as_deref(), SessionKind::Browser).await?
    {
        let mut tx = app.begin().await?;
        gemeng_db::accounts::set_language(&mut tx, account.id, language.code()).await?;
        app.commit(tx).await?;
    }
    let jar = jar.add(cookie(
        &app,
        &app.cookies.language,
        language.code().to_string(),
        Some(YEAR),
    ));
    Ok((jar, see_other(&auth::safe_next(&form.back, "/".into()))).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DisplayForm {
    toggle: String,
    back: String,
}

pub async fn display(
    ctx: Ctx,
    State(app): State<App>,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<DisplayForm>,
) -> AppResult<Response> {
    let (mut large, mut contrast) = (ctx.large_text, ctx.high_contrast);
    match form.toggle.as_str() {
        "large" => large = !large,
        "contrast" => contrast = !contrast,
        _ => return Err(AppError::BadRequest("error-form-malformed")),
    }
    let value = [(large, "large"), (contrast, "contrast")]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, name)| *name)
        .collect::<Vec<_>>()
        .join(".");
    let jar = jar.add(cookie(&app, &app.cookies.display, value, Some(YEAR)));
    Ok((jar, see_other(&auth::safe_next(&form.back, "/".into()))).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Back {
    back: String,
}

/// The header's language links: `GET /settings/language/{language}?back=…`. Only the
/// cookie changes (a link may be followed from anywhere, so it writes nothing to the
/// account; the settings page's form also sets the language of e-mails).
pub async fn switch_language(
    State(app): State<App>,
    jar: CookieJar,
    Path(code): Path<String>,
    Query(query): Query<Back>,
) -> AppResult<Response> {
    let language =
        Language::from_code(&code).ok_or(AppError::BadRequest("error-language-unknown"))?;
    let jar = jar.add(cookie(
        &app,
        &app.cookies.language,
        language.code().to_string(),
        Some(YEAR),
    ));
    Ok((jar, see_other(&auth::safe_next(&query.back, "/".into()))).into_response())
}

#[derive(Template)]
#[template(path = "settings.html")]
struct SettingsPage {
    page: Page,
    back: String,
}

/// Text size, contrast and language, each a button or a link; the footer links here.
pub async fn settings(ctx: Ctx, Query(query): Query<Back>) -> AppResult<Response> {
    let back = auth::safe_next(&bounded(query.back, 512), "/".into());
    let mut page = Page::plain(&ctx, "design-settings-title");
    // The forms here come back to the settings page, which still knows the way back.
    page.path = format!("/settings?{}", crate::http::components::back_query(&back));
    render(&SettingsPage { page, back })
}
