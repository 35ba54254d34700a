//! Proving residence with a code (from the commune's letter or a neighbour), and
//! creating invitation codes for neighbours.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::communes::Commune;
use gemeng_db::neighbourhoods::Neighbourhood;
use serde::Deserialize;

use crate::app::App;
use crate::http::auth;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::AppResult;
use crate::http::web::{render, render_invalid, NoFields, Visit};
use crate::membership;
use crate::membership::web::accounts::MePage;

#[derive(Template)]
#[template(path = "membership/verify.html")]
struct VerifyPage {
    page: Page,
    /// After the e-mail link: it worked.
    notice: Option<&'static str>,
    commune: Commune,
    code: String,
    errors: FieldErrors,
    /// How many days recent letters took to be printed.
    letter_days: Option<i64>,
}

#[derive(Template)]
#[template(path = "membership/verified.html")]
struct VerifiedPage {
    page: Page,
    commune: Commune,
    neighbourhood: Neighbourhood,
}

pub async fn verify_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<crate::http::web::Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ProveResidence)?;
    render(&VerifyPage {
        notice: crate::http::web::notice(
            &done.done,
            &[("email-confirmed", "verify-email-confirmed")],
        ),
        page: visit.page("verify-title").await?,
        letter_days: membership::letter_wait_days(&app, &visit.commune).await?,
        commune: visit.commune,
        code: String::new(),
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VerifyForm {
    code: String,
}

pub async fn verify(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<VerifyForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ProveResidence)?.clone();
    auth::rate_limit(&app, &format!("verify:{}", account.id), 3600, 10).await?;
    match membership::redeem_code(&app, &visit.commune, &account, &form.code).await? {
        Ok(neighbourhood) => render(&VerifiedPage {
            page: visit
                .page_at("verified-title", &format!("/c/{}/me", visit.commune.slug))
                .await?,
            commune: visit.commune,
            neighbourhood,
        }),
        Err(message) => render_invalid(&VerifyPage {
            notice: None,
            page: visit.page("verify-title").await?,
            letter_days: membership::letter_wait_days(&app, &visit.commune).await?,
            commune: visit.commune,
            code: form.code.chars().take(40).collect(),
            errors: FieldErrors::single("code", message),
        }),
    }
}

pub async fn invite(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::InviteNeighbour)?.clone();
    let result = membership::create_invitation(&app, &visit.commune, &account).await?;
    let mut page = MePage::build(&visit, &account).await?;
    match result {
        Ok(code) => {
            page.new_code = Some(code);
            render(&page)
        }
        Err(message) => {
            page.invite_error = Some(message);
            render_invalid(&page)
        }
    }
}
