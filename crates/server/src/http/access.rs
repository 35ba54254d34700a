//! Who may use a route, enforced before the handler runs.
//!
//! Every route of the table in `routes.rs` names its [`Access`]; [`enforce`] wraps the
//! route and refuses a visitor before any of the handler's extractors read the body.
//! What it loaded (the commune, the signed-in person) is handed on as [`Admitted`], so
//! the handler's own `Visit::require` (kept as a second line of defence) costs nothing
//! more.

use axum::extract::{FromRequestParts, RawPathParams, Request};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use gemeng_core::permissions::Action;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::sessions::SessionKind;

use crate::app::App;
use crate::http::auth;
use crate::http::error::{AppError, AppResult};

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Whoever `core::permissions::decide` allows this action, in the path's commune.
    Requires(Action),
    /// Verified members of the neighbourhood named in the path.
    NeighbourhoodMembers,
    /// Files of a neighbourhood (posts' photos): its verified members, like
    /// `NeighbourhoodMembers`, but every refusal answers 404, so a leaked photo URL
    /// tells nobody else anything, not even that something is there.
    NeighbourhoodFiles,
    /// The holder of the API token sent, whatever its commune.
    TokenHolder,
    /// The installation's operators (`Action::ManageInstallation`), on `/operator`.
    Operator,
    /// Operators' endpoints and static files: no commune data behind them.
    Operations,
    /// An event day's rooms: whoever may join events (`Action::JoinEvents`), or a
    /// guest presenting their pass to the event named in the path.
    EventParticipants,
}

/// The commune of the path and the person signed in to it, as the guard found them.
#[derive(Debug, Clone)]
pub struct Admitted {
    pub commune: Commune,
    pub viewer: Option<Account>,
}

/// The guard of one route: admits or refuses, then runs the handler.
pub async fn enforce(access: Access, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let Some(app) = parts.extensions.get::<App>().cloned() else {
        return AppError::Internal(anyhow::anyhow!("the app is not in the request"))
            .into_response();
    };
    match admit(&app, access, &mut parts).await {
        Ok(admitted) => {
            if let Some(admitted) = admitted {
                parts.extensions.insert(admitted);
            }
            next.run(Request::from_parts(parts, body)).await
        }
        Err(refusal) => refusal.into_response(),
    }
}

async fn admit(
    app: &App,
    access: Access,
    parts: &mut axum::http::request::Parts,
) -> AppResult<Option<Admitted>> {
    let is_api = parts.uri.path().starts_with("/api/");
    let token = if is_api {
        crate::http::api::bearer(&parts.headers)
    } else {
        CookieJar::from_headers(&parts.headers)
            .get(&app.cookies.session)
            .map(|c| c.value().to_string())
            .filter(|t| t.len() <= 64)
    };
    let kind = if is_api {
        SessionKind::Api
    } else {
        SessionKind::Browser
    };
    let action = match access {
        Access::Public | Access::Operations => return Ok(None),
        Access::TokenHolder => {
            return match auth::account_of(app, token.as_deref(), kind).await? {
                Some(_) => Ok(None),
                None => Err(AppError::NeedsLogin {
                    login_url: String::new(),
                }),
            };
        }
        Access::Operator => {
            let operator = auth::account_of(app, token.as_deref(), kind)
                .await?
                .filter(|a| a.commune_id.is_none());
            let back = parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_default();
            return match operator {
                None => Err(AppError::NeedsLogin {
                    login_url: crate::http::auth::operator_login_url(&back),
                }),
                Some(account) => {
                    let actor = account.actor();
                    match gemeng_core::permissions::decide(
                        Some(&actor),
                        0,
                        Action::ManageInstallation,
                    ) {
                        gemeng_core::permissions::Decision::Allow => Ok(None),
                        _ => Err(AppError::Forbidden),
                    }
                }
            };
        }
        Access::Requires(action) => Some(action),
        Access::EventParticipants => Some(Action::JoinEvents),
        Access::NeighbourhoodMembers | Access::NeighbourhoodFiles => None,
    };
    let params = RawPathParams::from_request_parts(parts, &())
        .await
        .map_err(|_| AppError::NotFound)?;
    let param = |name: &str| {
        params
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    };
    let slug = param("commune").ok_or(AppError::NotFound)?;
    let commune = app
        .cache
        .commune(&app.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let viewer = auth::account_of(app, token.as_deref(), kind)
        .await?
        .filter(|a| a.commune_id == Some(commune.id));
    let action = match action {
        Some(action) => action,
        None => {
            // An unknown neighbourhood and a foreign one answer alike.
            let nb = param("neighbourhood").ok_or(AppError::NotFound)?;
            let id = app
                .cache
                .neighbourhood_by_slug(&app.db, commune.id, &nb)
                .await?
                .map(|n| n.id)
                .unwrap_or(-1);
            Action::ViewNeighbourhood {
                neighbourhood_id: id,
            }
        }
    };
    let back_to = if is_api {
        String::new()
    } else {
        parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_default()
    };
    let allowed = auth::authorize(viewer.as_ref(), &commune, action, &back_to);
    if allowed.is_err() && access == Access::EventParticipants && !is_api {
        let pass = CookieJar::from_headers(&parts.headers)
            .get(crate::http::context::EVENT_PASS_COOKIE)
            .map(|c| c.value().to_string());
        let event = param("event").and_then(|e| e.parse::<i64>().ok());
        if let (Some(pass), Some(event)) = (pass, event) {
            if crate::events::guest_of_pass(app, commune.id, &pass)
                .await?
                .is_some_and(|g| g.event_id == event)
            {
                return Ok(Some(Admitted { commune, viewer }));
            }
        }
    }
    allowed.map_err(|e| match e {
        _ if access == Access::NeighbourhoodFiles => AppError::NotFound,
        // The API answers 401 without a page to go to.
        AppError::NeedsLogin { .. } if is_api => AppError::NeedsLogin {
            login_url: String::new(),
        },
        other => other,
    })?;
    Ok(Some(Admitted { commune, viewer }))
}
