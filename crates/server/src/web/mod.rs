//! The HTML side of Gemeng: server-rendered pages that work without JavaScript.
//! Every commune page is under `/c/{slug}`, and every handler starts by naming the
//! permission it needs through [`Visit::require`].

pub mod accounts;
pub mod assets;
pub mod communes;
pub mod context;
pub mod middleware;
pub mod neighbourhoods;
pub mod residence;
pub mod settings;
pub mod staff;

use askama::Template;
use axum::extract::DefaultBodyLimit;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use gemeng_core::language::Language;
use gemeng_core::permissions::Action;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::sessions::SessionKind;

use crate::app::App;
use crate::auth;
use crate::error::{AppError, AppResult};
use context::{Ctx, Page, ViewerNav};

/// Address registers of large communes run to tens of megabytes.
const IMPORT_BODY_LIMIT: usize = 64 * 1024 * 1024;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/", get(communes::index))
        .route("/c/{commune}", get(communes::home))
        .route(
            "/c/{commune}/signup",
            get(accounts::signup_form).post(accounts::signup),
        )
        .route(
            "/c/{commune}/confirm",
            get(accounts::confirm_form).post(accounts::confirm),
        )
        .route(
            "/c/{commune}/login",
            get(accounts::login_form).post(accounts::login),
        )
        .route("/c/{commune}/logout", post(accounts::logout))
        .route(
            "/c/{commune}/password/forgot",
            get(accounts::forgot_form).post(accounts::forgot),
        )
        .route(
            "/c/{commune}/password/reset",
            get(accounts::reset_form).post(accounts::reset),
        )
        .route("/c/{commune}/me", get(accounts::me))
        .route(
            "/c/{commune}/me/confirmation",
            post(accounts::resend_confirmation),
        )
        .route("/c/{commune}/me/invitations", post(residence::invite))
        .route(
            "/c/{commune}/verify",
            get(residence::verify_form).post(residence::verify),
        )
        .route("/c/{commune}/n/{neighbourhood}", get(neighbourhoods::home))
        .route("/c/{commune}/staff", get(staff::dashboard))
        .route("/c/{commune}/staff/residents/{user}", post(staff::decide))
        .route(
            "/c/{commune}/staff/residents/{user}/letter",
            post(staff::void_letter),
        )
        .route("/c/{commune}/staff/letters", post(staff::letters))
        .route("/c/{commune}/staff/import", get(staff::import_form))
        .route(
            "/c/{commune}/staff/import/neighbourhoods",
            post(staff::import_neighbourhoods).layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route(
            "/c/{commune}/staff/import/addresses",
            post(staff::import_addresses).layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route("/c/{commune}/staff/roles", get(staff::roles))
        .route("/c/{commune}/staff/roles/{user}", post(staff::set_role))
        .route("/settings/language", post(settings::language))
        .route("/settings/display", post(settings::display))
}

/// A request to one commune's pages: the commune, who is asking (only if signed in
/// to this commune), and the request context.
pub struct Visit {
    pub app: App,
    pub ctx: Ctx,
    pub commune: Commune,
    pub viewer: Option<Account>,
}

impl Visit {
    pub async fn load(app: &App, ctx: Ctx, slug: &str) -> AppResult<Visit> {
        let commune = gemeng_db::communes::by_slug(&app.db, slug)
            .await?
            .ok_or(AppError::NotFound)?;
        let viewer = auth::account_of(app, ctx.session_token.as_deref(), SessionKind::Browser)
            .await?
            .filter(|a| a.commune_id == Some(commune.id));
        Ok(Visit {
            app: app.clone(),
            ctx,
            commune,
            viewer,
        })
    }

    /// The permission check every commune route makes before doing anything.
    pub fn require(&self, action: Action) -> AppResult<&Account> {
        auth::authorize(self.viewer.as_ref(), &self.commune, action, &self.ctx.path)?;
        self.viewer.as_ref().ok_or(AppError::NeedsLogin {
            login_url: auth::login_url(&self.commune, &self.ctx.path),
        })
    }

    /// Public pages need no sign-in; the check is still made so every route names one.
    pub fn require_public(&self) -> AppResult<()> {
        auth::authorize(
            self.viewer.as_ref(),
            &self.commune,
            Action::ViewCommunePublic,
            &self.ctx.path,
        )
    }

    pub fn language(&self) -> Language {
        self.ctx
            .language
            .or_else(|| Language::from_code(&self.commune.default_language))
            .unwrap_or(Language::En)
    }

    /// A page whose forms (language, display) come back to `path` rather than to this
    /// request's URL: for pages answered from a POST-only route.
    pub async fn page_at(&self, title_key: &str, path: &str) -> AppResult<Page> {
        let mut page = self.page(title_key).await?;
        page.path = path.to_string();
        Ok(page)
    }

    pub async fn page(&self, title_key: &str) -> AppResult<Page> {
        let tr = crate::i18n::Tr::new(self.language());
        let viewer = match &self.viewer {
            Some(account) => {
                let slug = match account.neighbourhood_id {
                    Some(id) => gemeng_db::neighbourhoods::by_id(&self.app.db, id)
                        .await?
                        .map(|n| n.slug),
                    None => None,
                };
                Some(ViewerNav::of(account, slug))
            }
            None => None,
        };
        Ok(Page {
            title: tr.t(title_key),
            tr,
            csrf: self.ctx.csrf.clone(),
            large_text: self.ctx.large_text,
            high_contrast: self.ctx.high_contrast,
            path: self.ctx.path.clone(),
            commune: Some(self.commune.clone()),
            viewer,
        })
    }
}

/// The form of a button that posts nothing but its CSRF token.
#[derive(serde::Deserialize, Default)]
pub struct NoFields {}

/// `?done=…` on a page a finished action redirected to.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Done {
    pub done: String,
}

/// The notice for a `?done=…` value, only among the page's known ones.
pub fn notice(done: &str, known: &[(&str, &'static str)]) -> Option<&'static str> {
    known
        .iter()
        .find(|(value, _)| *value == done)
        .map(|(_, key)| *key)
}

/// Renders a template as an HTML response.
pub fn render(template: &impl Template) -> AppResult<Response> {
    Ok(Html(template.render()?).into_response())
}

/// Renders a form again with its errors: 422, what was typed kept.
pub fn render_invalid(template: &impl Template) -> AppResult<Response> {
    Ok((
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        Html(template.render()?),
    )
        .into_response())
}

/// After a successful POST: 303 See Other, so reloading does not post again.
pub fn see_other(location: &str) -> Response {
    axum::response::Redirect::to(location).into_response()
}
