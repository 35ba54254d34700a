//! Reader preferences that work without JavaScript and without an account: the
//! language, larger text and high contrast. Kept in cookies; the language also on
//! the account of whoever is signed in, so e-mails follow it.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use gemeng_core::language::Language;
use gemeng_db::sessions::SessionKind;
use serde::Deserialize;

use crate::app::App;
use crate::http::auth;
use crate::http::context::{cookie, CsrfForm, Ctx};
use crate::http::error::{AppError, AppResult};
use crate::http::web::see_other;

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
