//! What every page shares: the [`Visit`] to a commune (who asks, in which commune)
//! whose [`Visit::require`] every handler calls first, and rendering helpers.
//! Pages are server-rendered and work without JavaScript.

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use gemeng_core::language::Language;
use gemeng_core::permissions::Action;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::sessions::SessionKind;

use crate::app::App;
use crate::http::auth;
use crate::http::context::{Ctx, Page, ViewerNav};
use crate::http::error::{AppError, AppResult};

/// A request to one commune's pages: the commune, who is asking (only if signed in
/// to this commune), and the request context.
pub struct Visit {
    pub app: App,
    pub ctx: Ctx,
    pub commune: Commune,
    pub viewer: Option<Account>,
}

impl Visit {
    pub async fn load(app: &App, mut ctx: Ctx, slug: &str) -> AppResult<Visit> {
        if let Some(admitted) = ctx.admitted.take().filter(|a| a.commune.slug == slug) {
            return Ok(Visit {
                app: app.clone(),
                ctx,
                commune: admitted.commune,
                viewer: admitted.viewer,
            });
        }
        let commune = app
            .cache
            .commune(&app.db, slug)
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
        let tr = crate::http::i18n::Tr::new(self.language());
        let viewer = match &self.viewer {
            Some(account) => {
                let slug = match account.neighbourhood_id {
                    Some(id) => self
                        .app
                        .cache
                        .neighbourhood(&self.app.db, id)
                        .await?
                        .map(|n| n.slug),
                    None => None,
                };
                let mut nav = ViewerNav::of(account, slug);
                // Only members write and receive messages: others have no inbox to count.
                if nav.verified {
                    nav.unread = self.app.cache.inbox(&self.app.db, account.id).await?.unread;
                }
                Some(nav)
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

/// A value from a URL or form cut to `max_chars` characters, before it is echoed.
pub fn bounded(text: String, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text
    } else {
        text.chars().take(max_chars).collect()
    }
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
