//! Signing up with an address, confirming the e-mail, logging in and out, resetting
//! a forgotten password, and the account page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use gemeng_core::account::{Email, Residence};
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::account_tokens;
use gemeng_db::accounts::Account;
use gemeng_db::addresses::{self, Address};
use gemeng_db::communes::Commune;
use gemeng_db::membership::{self as residence_store, Invitation};
use serde::Deserialize;

use crate::app::{now, App};
use crate::http::auth;
use crate::http::components::{Step, StepState};
use crate::http::context::{cookie, CsrfForm, Ctx, Page};
use crate::http::error::AppResult;
use crate::http::web::{bounded, render, render_invalid, see_other, NoFields, Visit};
use crate::membership::{self, ResetOutcome, SignUp};

const ADDRESS_RESULTS: i64 = 20;

#[derive(Template)]
#[template(path = "membership/signup.html")]
struct SignupPage {
    page: Page,
    commune: Commune,
    q: String,
    searched: bool,
    results: Vec<Address>,
    selected: Option<i64>,
    display_name: String,
    full_name: String,
    address_extra: String,
    email: String,
    guidelines: bool,
    errors: FieldErrors,
}

impl SignupPage {
    fn is_selected(&self, id: &i64) -> bool {
        self.selected == Some(*id)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddressQuery {
    q: String,
}

async fn address_results(visit: &Visit, q: &str, selected: Option<i64>) -> AppResult<Vec<Address>> {
    let (app, commune) = (&visit.app, &visit.commune);
    let mut results = if q.trim().is_empty() {
        Vec::new()
    } else {
        membership::search_addresses(app, commune, q, &visit.ctx.client_ip, ADDRESS_RESULTS).await?
    };
    // Keep the chosen address on screen even if the search text changed.
    if let Some(id) = selected.filter(|id| !results.iter().any(|a| a.id == *id)) {
        if let Some(a) = addresses::by_id(&app.db, id)
            .await?
            .filter(|a| a.commune_id == commune.id)
        {
            results.insert(0, a);
        }
    }
    Ok(results)
}

pub async fn signup_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<AddressQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let q = bounded(query.q, membership::ADDRESS_QUERY_MAX_CHARS);
    let searched = !q.trim().is_empty();
    let results = address_results(&visit, &q, None).await?;
    render(&SignupPage {
        page: visit.page("signup-title").await?,
        commune: visit.commune,
        q,
        searched,
        results,
        selected: None,
        display_name: String::new(),
        full_name: String::new(),
        address_extra: String::new(),
        email: String::new(),
        guidelines: false,
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignupForm {
    q: String,
    address_id: String,
    display_name: String,
    full_name: String,
    address_extra: String,
    email: String,
    password: String,
    language: String,
    guidelines: String,
}

pub async fn signup(
    State(app): State<App>,
    ctx: Ctx,
    jar: CookieJar,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<SignupForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    auth::rate_limit(
        &app,
        &format!("signup:ip:{}", visit.ctx.client_ip),
        3600,
        20,
    )
    .await?;
    let selected = form.address_id.trim().parse::<i64>().ok();
    let input = SignUp {
        email: form.email.clone(),
        password: form.password,
        display_name: form.display_name.clone(),
        full_name: form.full_name.clone(),
        address_extra: form.address_extra.clone(),
        address_id: selected,
        language: form.language,
        accepted_guidelines: form.guidelines == "yes",
    };
    match membership::sign_up(&app, &visit.commune, &input).await? {
        Ok(account) => {
            // Signed in straight away as a pending resident: the next steps (confirm
            // the e-mail, enter the letter's code) need to know who is asking.
            let jar = auth::sign_in(&app, &visit.ctx, jar, &account, None).await?;
            let mut page = visit.page("signup-done-title").await?;
            page.tr = crate::http::i18n::Tr::new(
                gemeng_core::language::Language::from_code(&account.language)
                    .unwrap_or(visit.language()),
            );
            page.title = page.tr.t("signup-done-title");
            let steps = progress(&page, &account, None);
            let done = SignupDone {
                letter_days: membership::letter_wait_days(&app, &visit.commune).await?,
                page,
                email: account.email,
                steps,
            };
            Ok((jar, render(&done)?).into_response())
        }
        Err(errors) => {
            let q = bounded(form.q, membership::ADDRESS_QUERY_MAX_CHARS);
            let results = address_results(&visit, &q, selected).await?;
            render_invalid(&SignupPage {
                page: visit.page("signup-title").await?,
                commune: visit.commune,
                searched: !q.trim().is_empty(),
                q,
                results,
                selected,
                display_name: form.display_name,
                full_name: form.full_name,
                address_extra: form.address_extra,
                email: form.email,
                guidelines: input.accepted_guidelines,
                errors,
            })
        }
    }
}

#[derive(Template)]
#[template(path = "membership/signup_done.html")]
struct SignupDone {
    page: Page,
    email: String,
    steps: Vec<Step>,
    /// How many days recent letters took to be printed.
    letter_days: Option<i64>,
}

/// A resident's way in, step by step, with the next step marked: the account, the
/// e-mail address, the proof of residence, and then the neighbourhood.
/// `first_post` is when the person first posted in their neighbourhood, if they have.
pub fn progress(page: &Page, account: &Account, first_post: Option<i64>) -> Vec<Step> {
    let step = |state, title: &str, detail: &str, when| Step {
        state,
        title: page.t(title),
        detail: if detail.is_empty() {
            String::new()
        } else {
            page.t(detail)
        },
        when,
    };
    let confirmed = account.email_confirmed_at.is_some();
    vec![
        step(
            StepState::Done,
            "progress-account",
            "",
            Some(page.date(&account.created_at)),
        ),
        match account.email_confirmed_at {
            Some(at) => step(StepState::Done, "progress-email", "", Some(page.date(&at))),
            None => step(
                StepState::Current,
                "progress-email",
                "signup-done-step-email",
                None,
            ),
        },
        match (account.residence(), confirmed) {
            (Residence::Verified, _) => step(StepState::Done, "progress-residence", "", None),
            (Residence::Refused, _) => step(
                StepState::Refused,
                "progress-residence",
                "status-refused",
                None,
            ),
            (Residence::Pending, true) => step(
                StepState::Current,
                "progress-residence",
                "progress-residence-detail",
                None,
            ),
            (Residence::Pending, false) => step(
                StepState::Waiting,
                "progress-residence",
                "progress-residence-detail",
                None,
            ),
        },
        match (account.residence(), first_post) {
            (Residence::Verified, Some(at)) => step(
                StepState::Done,
                "progress-first-post",
                "",
                Some(page.date(&at)),
            ),
            (Residence::Verified, None) => step(
                StepState::Current,
                "progress-first-post",
                "progress-first-post-detail",
                None,
            ),
            _ => step(
                StepState::Waiting,
                "progress-first-post",
                "progress-first-post-detail",
                None,
            ),
        },
    ]
}

#[derive(Template)]
#[template(path = "membership/confirm.html")]
struct ConfirmPage {
    page: Page,
    commune: Commune,
    token: String,
    valid: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    token: String,
}

/// Whether an e-mailed link's token would still be accepted (without using it).
async fn link_works(app: &App, token: &str, purpose: account_tokens::Purpose) -> AppResult<bool> {
    Ok(token.len() <= 64
        && account_tokens::is_valid(
            &app.db,
            &gemeng_core::codes::hash_secret(token),
            purpose,
            now(),
        )
        .await?)
}

/// The link in the e-mail shows a button rather than confirming on GET, so mail
/// scanners that follow links cannot confirm on the person's behalf.
pub async fn confirm_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<TokenQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let valid = link_works(&app, &query.token, account_tokens::Purpose::ConfirmEmail).await?;
    let page = visit.page("confirm-title").await?;
    let body = ConfirmPage {
        page,
        commune: visit.commune,
        token: query.token,
        valid,
    };
    if valid {
        render(&body)
    } else {
        render_invalid(&body)
    }
}

pub async fn confirm(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<TokenQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    match membership::confirm_email(&app, &visit.commune, &form.token).await? {
        Some(account) => {
            let next = format!("/c/{}/verify", visit.commune.slug);
            let signed_in = visit.viewer.as_ref().is_some_and(|v| v.id == account.id);
            if signed_in && account.residence() == Residence::Pending {
                // The next page says the e-mail is confirmed, then asks for the code.
                Ok(see_other(&format!("{next}?done=email-confirmed")))
            } else if signed_in {
                Ok(see_other(&format!("/c/{}/me", visit.commune.slug)))
            } else {
                let query = serde_urlencoded::to_string([
                    ("notice", "email-confirmed"),
                    ("next", next.as_str()),
                ])
                .unwrap_or_default();
                Ok(see_other(&format!(
                    "/c/{}/login?{query}",
                    visit.commune.slug
                )))
            }
        }
        None => {
            let page = visit.page("confirm-title").await?;
            render_invalid(&ConfirmPage {
                page,
                commune: visit.commune,
                token: String::new(),
                valid: false,
            })
        }
    }
}

#[derive(Template)]
#[template(path = "membership/login.html")]
struct LoginPage {
    page: Page,
    commune: Commune,
    email: String,
    next: String,
    error: Option<&'static str>,
    notice: Option<&'static str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
    notice: String,
}

fn login_notice(key: &str) -> Option<&'static str> {
    match key {
        "email-confirmed" => Some("login-notice-confirmed"),
        "password-reset" => Some("login-notice-reset"),
        "logged-out" => Some("login-notice-logged-out"),
        _ => None,
    }
}

pub async fn login_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<LoginQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    render(&LoginPage {
        page: visit.page("login-title").await?,
        commune: visit.commune,
        email: String::new(),
        next: bounded(query.next, auth::MAX_NEXT_BYTES),
        error: None,
        notice: login_notice(&query.notice),
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
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let logged_in = membership::login::log_in(
        &app,
        Some(visit.commune.id),
        &form.email,
        &form.password,
        &visit.ctx.client_ip,
        visit.ctx.device_token.as_deref(),
    )
    .await?;
    let Some(membership::login::LoggedIn {
        account,
        device_token,
    }) = logged_in
    else {
        let page = visit.page("login-title").await?;
        return render_invalid(&LoginPage {
            page,
            commune: visit.commune,
            email: form.email,
            next: bounded(form.next, auth::MAX_NEXT_BYTES),
            error: Some("login-error"),
            notice: None,
        });
    };
    // A new session id at every log-in; the old one, if any, ends.
    let jar = auth::sign_in(&app, &visit.ctx, jar, &account, Some(device_token)).await?;
    let fallback = landing_page(&app, &visit.commune, &account).await?;
    Ok((jar, see_other(&auth::safe_next(&form.next, fallback))).into_response())
}

/// Where a person lands after logging in: their neighbourhood once verified.
async fn landing_page(app: &App, commune: &Commune, account: &Account) -> AppResult<String> {
    let base = format!("/c/{}", commune.slug);
    if account.role().is_commune_staff() {
        return Ok(format!("{base}/staff"));
    }
    // An association's account: the activities it organises.
    if account.role() == gemeng_core::account::Role::Organiser {
        return Ok(format!("{base}/activities/organised"));
    }
    match account.neighbourhood_id {
        Some(id) if account.actor().is_member_of(id) => {
            match app.cache.neighbourhood(&app.db, id).await? {
                Some(n) => Ok(format!("{base}/n/{}", n.slug)),
                None => Ok(format!("{base}/me")),
            }
        }
        _ => Ok(format!("{base}/me")),
    }
}

pub async fn logout(
    State(app): State<App>,
    ctx: Ctx,
    jar: CookieJar,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    if let Some(token) = &visit.ctx.session_token {
        auth::end_session(&app, token).await?;
    }
    // The device token stays: logging out does not make this browser a stranger.
    let jar = jar.remove(cookie(&app, &app.cookies.session, String::new(), None));
    Ok((
        jar,
        see_other(&format!(
            "/c/{}/login?notice=logged-out",
            visit.commune.slug
        )),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "membership/forgot.html")]
struct ForgotPage {
    page: Page,
    commune: Commune,
    email: String,
    sent: bool,
    errors: FieldErrors,
}

pub async fn forgot_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    render(&ForgotPage {
        page: visit.page("forgot-title").await?,
        commune: visit.commune,
        email: String::new(),
        sent: false,
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

pub async fn forgot(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ForgotForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let page = visit.page("forgot-title").await?;
    match Email::parse(&form.email) {
        Err(message) => render_invalid(&ForgotPage {
            page,
            commune: visit.commune,
            email: form.email,
            sent: false,
            errors: FieldErrors::single("email", message),
        }),
        Ok(email) => {
            // Past the per-address limit it still answers "sent": no enumeration.
            membership::request_password_reset_limited(
                &app,
                &visit.commune,
                &email,
                &visit.ctx.client_ip,
            )
            .await?;
            render(&ForgotPage {
                page,
                commune: visit.commune,
                email: String::new(),
                sent: true,
                errors: FieldErrors::new(),
            })
        }
    }
}

#[derive(Template)]
#[template(path = "membership/reset.html")]
struct ResetPage {
    page: Page,
    commune: Commune,
    token: String,
    valid: bool,
    errors: FieldErrors,
}

pub async fn reset_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<TokenQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let valid = link_works(&app, &query.token, account_tokens::Purpose::ResetPassword).await?;
    let body = ResetPage {
        page: visit.page("reset-title").await?,
        commune: visit.commune,
        token: query.token,
        valid,
        errors: FieldErrors::new(),
    };
    if valid {
        render(&body)
    } else {
        render_invalid(&body)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    token: String,
    password: String,
}

pub async fn reset(
    State(app): State<App>,
    ctx: Ctx,
    jar: CookieJar,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ResetForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let page = visit.page("reset-title").await?;
    match membership::reset_password(&app, &visit.commune, &form.token, &form.password).await? {
        ResetOutcome::Done(user_id) => {
            // The link came by e-mail to this browser's person: trust it to log in,
            // even while strangers' wrong guesses hold the account's counter full.
            let device =
                membership::login::trust_browser(&app, user_id, visit.ctx.device_token.as_deref())
                    .await?;
            let jar = jar.add(cookie(
                &app,
                &app.cookies.device,
                device,
                Some(gemeng_db::login_devices::TRUST_SECONDS),
            ));
            let next = format!("/c/{}/login?notice=password-reset", visit.commune.slug);
            Ok((jar, see_other(&next)).into_response())
        }
        ResetOutcome::InvalidToken => render_invalid(&ResetPage {
            page,
            commune: visit.commune,
            token: String::new(),
            valid: false,
            errors: FieldErrors::new(),
        }),
        ResetOutcome::Rejected(errors) => render_invalid(&ResetPage {
            page,
            commune: visit.commune,
            token: form.token,
            valid: true,
            errors,
        }),
    }
}

#[derive(Template)]
#[template(path = "membership/me.html")]
pub struct MePage {
    pub page: Page,
    pub commune: Commune,
    pub account: Account,
    pub address: Option<String>,
    pub neighbourhood: Option<String>,
    pub role_key: &'static str,
    pub status_key: &'static str,
    pub email_confirmed: bool,
    pub can_verify: bool,
    pub can_invite: bool,
    pub invitations: Vec<Invitation>,
    pub new_code: Option<String>,
    pub invite_error: Option<&'static str>,
    pub notice: Option<&'static str>,
    pub now: i64,
    /// A resident's steps in (staff have none).
    pub steps: Vec<Step>,
}

pub fn role_key(role: gemeng_core::account::Role) -> &'static str {
    use gemeng_core::account::Role;
    match role {
        Role::Resident => "role-resident",
        Role::Organiser => "role-organiser",
        Role::Moderator => "role-moderator",
        Role::Staff => "role-staff",
        Role::Admin => "role-admin",
        Role::Operator => "role-operator",
    }
}

impl MePage {
    pub async fn build(visit: &Visit, account: &Account) -> AppResult<MePage> {
        let app = &visit.app;
        let address = match account.address_id {
            Some(id) => addresses::by_id(&app.db, id).await?.map(|a| a.label()),
            None => None,
        };
        let neighbourhood = match account.neighbourhood_id {
            Some(id) => app.cache.neighbourhood(&app.db, id).await?.map(|n| n.name),
            None => None,
        };
        let actor = account.actor();
        let allows = |action| gemeng_core::permissions::allows(&actor, visit.commune.id, action);
        let can_invite = allows(Action::InviteNeighbour);
        let organiser = account.role() == gemeng_core::account::Role::Organiser;
        let status_key = match (
            account.role().is_commune_staff(),
            account.residence(),
            actor.email_confirmed,
        ) {
            (true, _, _) => "status-staff",
            // An association's account: nothing to prove, nothing to take part in.
            (false, _, _) if organiser => "status-organiser",
            (false, _, false) => "status-email-unconfirmed",
            (false, Residence::Verified, true) => "status-verified",
            (false, Residence::Pending, true) => "status-pending",
            (false, Residence::Refused, true) => "status-refused",
        };
        // Also answered from POST-only routes: its forms come back to the GET page.
        let page = visit
            .page_at("me-title", &format!("/c/{}/me", visit.commune.slug))
            .await?;
        let steps = if account.role().is_commune_staff() || organiser {
            Vec::new()
        } else {
            progress(
                &page,
                account,
                gemeng_db::posts::first_post_at(&app.db, account.id).await?,
            )
        };
        Ok(MePage {
            page,
            commune: visit.commune.clone(),
            account: account.clone(),
            address,
            neighbourhood,
            role_key: role_key(account.role()),
            status_key,
            email_confirmed: actor.email_confirmed,
            can_verify: allows(Action::ProveResidence),
            can_invite,
            invitations: if can_invite {
                residence_store::invitations_of(&app.db, account.id).await?
            } else {
                vec![]
            },
            new_code: None,
            invite_error: None,
            notice: None,
            now: now(),
            steps,
        })
    }
}

pub async fn me(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<crate::http::web::Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    let mut page = MePage::build(&visit, &account).await?;
    page.notice = crate::http::web::notice(&done.done, &[("confirmation-sent", "me-confirm-sent")]);
    render(&page)
}

pub async fn resend_confirmation(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?.clone();
    if account.email_confirmed_at.is_some() {
        return Ok(see_other(&format!("/c/{}/me", visit.commune.slug)));
    }
    auth::rate_limit(&app, &format!("confirm-resend:{}", account.id), 3600, 3).await?;
    membership::resend_confirmation(&app, &visit.commune, &account).await?;
    Ok(see_other(&format!(
        "/c/{}/me?done=confirmation-sent",
        visit.commune.slug
    )))
}
