//! The newsletter's pages, for anyone without an account: the form to subscribe, the
//! confirmation link's page (a button: mail scanners open links, only a person
//! presses), and the page of the unsubscribe link (leave, or change the language),
//! whose POST is also the one-click unsubscribe of mail programs.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::codes::hash_secret;
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::newsletter::{self as store, Confirmation, Subscription};
use serde::Deserialize;

use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::http::web::{bounded, notice, render, render_invalid, see_other, Visit};

/// The five languages as the form offers them: code, own name, chosen.
fn languages(chosen: &str) -> Vec<(&'static str, String, bool)> {
    Language::ALL
        .into_iter()
        .map(|l| (l.code(), Tr::new(l).t("language-name"), l.code() == chosen))
        .collect()
}

#[derive(Template)]
#[template(path = "channel/newsletter/form.html")]
struct FormPage {
    page: Page,
    action: String,
    notice: Option<&'static str>,
    email: String,
    languages: Vec<(&'static str, String, bool)>,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FormQuery {
    done: String,
}

/// `/c/{commune}/newsletter`: the form to subscribe.
pub async fn form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<FormQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let action = format!("/c/{}/newsletter", visit.commune.slug);
    let done = notice(
        &query.done,
        &[
            ("check", "newsletter-done-check"),
            ("stopped", "newsletter-done-stopped"),
        ],
    );
    let email = visit
        .viewer
        .as_ref()
        .map(|a| a.email.clone())
        .unwrap_or_default();
    render(&FormPage {
        page: visit.page("newsletter-title").await?,
        action,
        notice: done,
        email,
        languages: languages(visit.language().code()),
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SubscribeForm {
    email: String,
    language: String,
}

/// Subscribes: the confirmation link is mailed (or nothing, past the limits); the
/// answer is the same whatever the address.
pub async fn subscribe(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<SubscribeForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let action = format!("/c/{}/newsletter", visit.commune.slug);
    match super::request(
        &app,
        &visit.commune,
        &form.email,
        &form.language,
        &visit.ctx.client_ip,
    )
    .await?
    {
        Ok(()) => Ok(see_other(&format!("{action}?done=check"))),
        Err(errors) => render_invalid(&FormPage {
            page: visit.page_at("newsletter-title", &action).await?,
            action,
            notice: None,
            email: bounded(form.email, 300),
            languages: languages(&form.language),
            errors,
        }),
    }
}

#[derive(Template)]
#[template(path = "channel/newsletter/confirm.html")]
struct ConfirmPage {
    page: Page,
    action: String,
    token: String,
    /// What happened, once the button was pressed (or why the link cannot work): the
    /// banner's kind and message.
    outcome: Option<(String, &'static str)>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    t: String,
}

/// The page in the language the subscriber chose for the newsletter: they chose it
/// themselves, the browser of whoever opens the link says less.
fn page_in(mut page: Page, language: &str, title: &str) -> Page {
    if let Some(language) = Language::from_code(language) {
        page.tr = Tr::new(language);
        page.title = page.tr.t(title);
    }
    page
}

const UNKNOWN: (&str, &str) = ("important", "newsletter-link-unknown");
const EXPIRED: (&str, &str) = ("important", "newsletter-link-expired");
const USED: (&str, &str) = ("success", "newsletter-link-used");

/// `/c/{commune}/newsletter/confirm?t=…`: the button that confirms.
pub async fn confirm_page(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<TokenQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let action = format!("/c/{}/newsletter/confirm", visit.commune.slug);
    let found = match query.t.as_str() {
        "" => None,
        t => store::by_confirmation(&app.db, &hash_secret(t))
            .await?
            .filter(|s| s.commune_id == visit.commune.id),
    };
    let page = visit.page_at("newsletter-confirm-title", &action).await?;
    let (page, outcome) = match &found {
        None => (page, Some(UNKNOWN)),
        Some(s) => {
            let page = page_in(page, &s.language, "newsletter-confirm-title");
            let outcome = match gemeng_core::newsletter::confirming(
                s.confirmed_at.is_some(),
                s.confirm_expires_at,
                now(),
            ) {
                gemeng_core::newsletter::Confirming::Confirm => None,
                gemeng_core::newsletter::Confirming::AlreadyConfirmed => Some(USED),
                gemeng_core::newsletter::Confirming::Expired => Some(EXPIRED),
            };
            (page, outcome)
        }
    };
    render(&ConfirmPage {
        page,
        action,
        token: bounded(query.t, 100),
        outcome: outcome.map(|(kind, message)| (kind.to_string(), message)),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenForm {
    t: String,
}

/// Confirms a subscription (the button of the confirmation page).
pub async fn confirm(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    rate_limit(
        &app,
        &format!("newsletter:confirm:{}", visit.ctx.client_ip),
        3_600,
        60,
    )
    .await?;
    let action = format!("/c/{}/newsletter/confirm", visit.commune.slug);
    let page = visit.page_at("newsletter-confirm-title", &action).await?;
    let hash = hash_secret(&form.t);
    // A link of another commune is no link here.
    let mine = store::by_confirmation(&app.db, &hash)
        .await?
        .filter(|s| s.commune_id == visit.commune.id);
    let (page, outcome) = match mine {
        None => (page, UNKNOWN),
        Some(s) => {
            let page = page_in(page, &s.language, "newsletter-confirm-title");
            let mut tx = app.begin().await?;
            let outcome = match store::confirm(&mut tx, &hash, now()).await? {
                Confirmation::Confirmed(_) => ("success", "newsletter-confirmed"),
                Confirmation::AlreadyConfirmed(_) => USED,
                Confirmation::Expired => EXPIRED,
                Confirmation::Unknown => UNKNOWN,
            };
            app.commit(tx).await?;
            (page, outcome)
        }
    };
    render(&ConfirmPage {
        page,
        action,
        token: String::new(),
        outcome: Some((outcome.0.to_string(), outcome.1)),
    })
}

#[derive(Template)]
#[template(path = "channel/newsletter/stop.html")]
struct StopPage {
    page: Page,
    action: String,
    token: String,
    email: String,
    languages: Vec<(&'static str, String, bool)>,
    /// "stopped", "language", or nothing yet.
    done: &'static str,
}

async fn subscription(app: &App, visit: &Visit, token: &str) -> AppResult<Subscription> {
    if token.is_empty() {
        return Err(AppError::NotFound);
    }
    store::by_stop(&app.db, token)
        .await?
        .filter(|s| s.commune_id == visit.commune.id)
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StopQuery {
    t: String,
    done: String,
}

/// `/c/{commune}/newsletter/stop?t=…`: leave, or change the language.
pub async fn stop_page(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<StopQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let action = format!("/c/{}/newsletter/stop", visit.commune.slug);
    let s = subscription(&app, &visit, &query.t).await?;
    let page = visit.page_at("newsletter-stop-title", &action).await?;
    render(&StopPage {
        page: page_in(page, &s.language, "newsletter-stop-title"),
        action,
        token: s.stop_token.clone(),
        email: s.email.clone(),
        languages: languages(&s.language),
        done: if query.done == "language" {
            "language"
        } else {
            ""
        },
    })
}

/// Leaves the newsletter: the one-click POST of a mail program (RFC 8058, the token in
/// the URL, body `List-Unsubscribe=One-Click`) or the page's button (the token in the
/// body). No CSRF token: the link's secret is the credential, and all it can do is
/// stop this subscription. A second click finds nothing and says it is done.
pub async fn stop(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<TokenQuery>,
    body: axum::body::Bytes,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let form: TokenForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let token = if form.t.is_empty() { query.t } else { form.t };
    rate_limit(
        &app,
        &format!("newsletter:stop:{}", visit.ctx.client_ip),
        3_600,
        120,
    )
    .await?;
    let found = store::by_stop(&app.db, &token)
        .await?
        .filter(|s| s.commune_id == visit.commune.id);
    let action = format!("/c/{}/newsletter/stop", visit.commune.slug);
    let mut page = visit.page_at("newsletter-stop-title", &action).await?;
    if let Some(s) = &found {
        page = page_in(page, &s.language, "newsletter-stop-title");
        let mut tx = app.begin().await?;
        store::stop(&mut tx, &token).await?;
        app.commit(tx).await?;
    }
    render(&StopPage {
        page,
        action,
        token: String::new(),
        email: String::new(),
        languages: Vec::new(),
        done: "stopped",
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    t: String,
    language: String,
}

/// Changes a subscription's language (from the unsubscribe link's page).
pub async fn language(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let s = subscription(&app, &visit, &form.t).await?;
    let language = Language::from_code(&form.language)
        .ok_or(AppError::BadRequest("newsletter-error-language"))?;
    let mut tx = app.begin().await?;
    store::set_language(&mut tx, &s.stop_token, language.code()).await?;
    app.commit(tx).await?;
    Ok(see_other(&format!(
        "/c/{}/newsletter/stop?t={}&done=language",
        visit.commune.slug, s.stop_token
    )))
}
