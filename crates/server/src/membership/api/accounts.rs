//! Accounts over the API: sign-up, tokens (log in and out) and one's own account.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_db::accounts::Account;
use gemeng_db::sessions::SessionKind;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::{now, App};
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::auth;
use crate::http::error::{AppError, AppResult};
use crate::membership::{self, SignUp};

#[derive(Deserialize, ToSchema)]
pub struct SignUpIn {
    #[schema(format = "email", min_length = 3, max_length = 254)]
    pub email: String,
    /// 8 to 256 characters; common passwords are refused.
    #[schema(min_length = 8, max_length = 256)]
    pub password: String,
    #[schema(min_length = 2, max_length = 60)]
    pub display_name: String,
    /// The name on the letterbox, for the commune's residence letter.
    #[schema(min_length = 2, max_length = 120)]
    pub full_name: String,
    /// Flat, floor or c/o, if the letter needs it.
    #[serde(default)]
    #[schema(max_length = 60)]
    pub address_extra: String,
    /// From `GET /api/v1/communes/{commune}/addresses`.
    #[serde(deserialize_with = "crate::http::api::whole_number")]
    pub address_id: i64,
    pub language: ApiLanguage,
    /// The community guidelines were shown and accepted.
    pub accept_guidelines: bool,
}

#[derive(Serialize, ToSchema)]
pub struct AccountOut {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub language: String,
    /// resident, moderator, staff or admin.
    pub role: String,
    /// pending, verified or refused.
    pub residence: String,
    pub email_confirmed: bool,
    /// The neighbourhood's slug, once residence is verified.
    pub neighbourhood: Option<String>,
}

pub async fn account_out(app: &App, a: &Account) -> AppResult<AccountOut> {
    let actor = a.actor();
    let neighbourhood = match a.neighbourhood_id {
        Some(id) if actor.is_member_of(id) => {
            app.cache.neighbourhood(&app.db, id).await?.map(|n| n.slug)
        }
        _ => None,
    };
    Ok(AccountOut {
        id: a.id,
        email: a.email.clone(),
        display_name: a.display_name.clone(),
        language: a.language.clone(),
        role: a.role().as_str().to_string(),
        residence: a.residence().as_str().to_string(),
        email_confirmed: actor.email_confirmed,
        neighbourhood,
    })
}

type Problem = crate::http::openapi::Problem;

/// One of Gemeng's five languages.
#[derive(Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum ApiLanguage {
    Lb,
    De,
    Fr,
    En,
    Pt,
}

impl From<ApiLanguage> for gemeng_core::language::Language {
    fn from(l: ApiLanguage) -> Self {
        use gemeng_core::language::Language;
        match l {
            ApiLanguage::Lb => Language::Lb,
            ApiLanguage::De => Language::De,
            ApiLanguage::Fr => Language::Fr,
            ApiLanguage::En => Language::En,
            ApiLanguage::Pt => Language::Pt,
        }
    }
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/residents", tag = "accounts",
    params(("commune" = String, Path, description = "The commune's slug")),
    request_body = SignUpIn,
    responses(
        (status = 201, description = "Signed up; a confirmation link was e-mailed", body = AccountOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, listed in `errors`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many sign-ups from this address", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn sign_up(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<SignUpIn>,
) -> AppResult<(StatusCode, Json<AccountOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    auth::authorize(
        visit.caller.as_ref(),
        &visit.commune,
        Action::ViewCommunePublic,
        "/",
    )?;
    auth::rate_limit(&app, &format!("signup:ip:{}", visit.client_ip), 3600, 20).await?;
    let form = SignUp {
        email: input.email,
        password: input.password,
        display_name: input.display_name,
        full_name: input.full_name,
        address_extra: input.address_extra,
        address_id: Some(input.address_id),
        language: gemeng_core::language::Language::from(input.language)
            .code()
            .to_string(),
        accepted_guidelines: input.accept_guidelines,
    };
    let account = membership::sign_up(&app, &visit.commune, &form)
        .await?
        .map_err(AppError::Invalid)?;
    Ok((
        StatusCode::CREATED,
        Json(account_out(&app, &account).await?),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct LoginIn {
    #[schema(max_length = 254)]
    pub email: String,
    #[schema(max_length = 1024)]
    pub password: String,
}

#[derive(Serialize, ToSchema)]
pub struct TokenOut {
    /// Send as `Authorization: Bearer <token>`.
    pub token: String,
    /// Unix seconds; the token also ends after a while unused.
    pub expires_at: i64,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/tokens", tag = "accounts",
    params(("commune" = String, Path, description = "The commune's slug")),
    request_body = LoginIn,
    responses(
        (status = 201, description = "A new API token", body = TokenOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Wrong e-mail or password", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create_token(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<LoginIn>,
) -> AppResult<(StatusCode, Json<TokenOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    auth::authorize(None, &visit.commune, Action::ViewCommunePublic, "/")?;
    // API clients keep no device token: they are limited like any stranger.
    let account = membership::login::log_in(
        &app,
        Some(visit.commune.id),
        &input.email,
        &input.password,
        &visit.client_ip,
        None,
    )
    .await?
    .ok_or(AppError::NeedsLogin {
        login_url: String::new(),
    })?
    .account;
    let token = auth::start_session(
        &app,
        account.id,
        SessionKind::Api,
        &crate::http::context::device_of(visit.user_agent.as_ref()),
        None,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(TokenOut {
            token,
            expires_at: now() + app.config.session_absolute_seconds,
        }),
    ))
}

#[utoipa::path(delete, path = "/api/v1/tokens/current", tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The token no longer works"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn delete_token(State(app): State<App>, ctx: ApiCtx) -> AppResult<StatusCode> {
    let token = ctx.token.ok_or(AppError::NeedsLogin {
        login_url: String::new(),
    })?;
    auth::account_of(&app, Some(&token), SessionKind::Api)
        .await?
        .ok_or(AppError::NeedsLogin {
            login_url: String::new(),
        })?;
    auth::end_session(&app, &token).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/me", tag = "accounts",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's account", body = AccountOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn me(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<AccountOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    Ok(Json(account_out(&app, account).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct LanguageIn {
    pub language: ApiLanguage,
}

#[utoipa::path(put, path = "/api/v1/communes/{commune}/me/language", tag = "accounts",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = LanguageIn,
    responses(
        (status = 204, description = "Pages and e-mails now use this language"),
        (status = 400, description = "Malformed JSON or an unknown language", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn set_language(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<LanguageIn>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    let language = gemeng_core::language::Language::from(input.language);
    membership::set_language(&app, account, language).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct PasswordResetIn {
    #[schema(format = "email", min_length = 3, max_length = 254)]
    pub email: String,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/password-resets", tag = "accounts",
    params(("commune" = String, Path, description = "The commune's slug")),
    request_body = PasswordResetIn,
    responses(
        (status = 202, description = "If an account uses this address, a link to choose a new password was e-mailed to it"),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not an e-mail address", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn request_password_reset(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<PasswordResetIn>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    auth::authorize(None, &visit.commune, Action::ViewCommunePublic, "/")?;
    let email = gemeng_core::account::Email::parse(&input.email).map_err(|message| {
        AppError::Invalid(gemeng_core::validation::FieldErrors::single(
            "email", message,
        ))
    })?;
    membership::request_password_reset_limited(&app, &visit.commune, &email, &visit.client_ip)
        .await?;
    Ok(StatusCode::ACCEPTED)
}
