//! Sessions, who is asking, the permission check every route makes, and rate limits.
//! Passwords are hashed in `http::passwords`; logging in is `membership::login`.

pub use crate::http::passwords::{hash_password, verify_password};
use gemeng_core::codes::{hash_secret, random_token};
use gemeng_core::permissions::{decide, Action, Decision};
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::sessions::{self, SessionKind};

use axum_extra::extract::CookieJar;

use crate::app::{now, App};
use crate::http::context::{cookie, Ctx};
use crate::http::error::{AppError, AppResult};

/// Starts a session and returns its token (for the cookie or the API client). The
/// session it `replaces` (the browser's previous one) ends in the same transaction:
/// a new session id at every log-in.
pub async fn start_session(
    app: &App,
    user_id: i64,
    kind: SessionKind,
    device: &str,
    replaces: Option<&str>,
) -> AppResult<String> {
    let token = random_token();
    let mut tx = app.begin().await?;
    if let Some(old) = replaces {
        sessions::delete(&mut tx, &hash_secret(old)).await?;
    }
    sessions::create(
        &mut tx,
        &hash_secret(&token),
        user_id,
        kind,
        device,
        now(),
        app.config.session_absolute_seconds,
    )
    .await?;
    app.commit(tx).await?;
    Ok(token)
}

/// Signs a browser in as `account`: a new session (ending the one it had), its
/// cookie, the device token if one was issued, and the account's language.
pub async fn sign_in(
    app: &App,
    ctx: &Ctx,
    jar: CookieJar,
    account: &Account,
    device_token: Option<String>,
) -> AppResult<CookieJar> {
    let token = start_session(
        app,
        account.id,
        SessionKind::Browser,
        &ctx.device(),
        ctx.session_token.as_deref(),
    )
    .await?;
    let mut jar = jar
        .add(cookie(app, &app.cookies.session, token, None))
        .add(cookie(
            app,
            &app.cookies.language,
            account.language.clone(),
            Some(365 * 86_400),
        ));
    if let Some(device) = device_token {
        jar = jar.add(cookie(
            app,
            &app.cookies.device,
            device,
            Some(gemeng_db::login_devices::TRUST_SECONDS),
        ));
    }
    Ok(jar)
}

pub async fn end_session(app: &App, token: &str) -> AppResult<()> {
    let mut tx = app.begin().await?;
    sessions::delete(&mut tx, &hash_secret(token)).await?;
    app.commit(tx).await
}

/// The account behind a session token, if the session is alive.
pub async fn account_of(
    app: &App,
    token: Option<&str>,
    kind: SessionKind,
) -> AppResult<Option<Account>> {
    let Some(token) = token else { return Ok(None) };
    let user = app
        .cache
        .session_user(
            &app.db,
            &hash_secret(token),
            kind,
            now(),
            app.config.session_idle_seconds,
        )
        .await?;
    match user {
        Some(id) => Ok(app.cache.account(&app.db, id).await?),
        None => Ok(None),
    }
}

/// The one permission check: turns the core's decision into the right response.
pub fn authorize(
    viewer: Option<&Account>,
    commune: &Commune,
    action: Action,
    back_to: &str,
) -> AppResult<()> {
    let actor = viewer.map(Account::actor);
    match decide(actor.as_ref(), commune.id, action) {
        Decision::Allow => Ok(()),
        Decision::NeedsLogin => Err(AppError::NeedsLogin {
            login_url: login_url(commune, back_to),
        }),
        Decision::NeedsEmailConfirmation => Err(AppError::NeedsEmailConfirmation),
        Decision::NeedsVerification => Err(AppError::NeedsVerification),
        Decision::Forbidden => Err(AppError::Forbidden),
    }
}

/// The operators' log-in page, coming back to `back_to`.
pub fn operator_login_url(back_to: &str) -> String {
    let next: String = serde_urlencoded::to_string([("next", back_to)]).unwrap_or_default();
    format!("/operator/login?{next}")
}

pub fn login_url(commune: &Commune, back_to: &str) -> String {
    let next: String = serde_urlencoded::to_string([("next", back_to)]).unwrap_or_default();
    format!("/c/{}/login?{next}", commune.slug)
}

/// Longer "come back to" paths are not followed (nor echoed in forms).
pub const MAX_NEXT_BYTES: usize = 1024;

/// Only local paths are followed after logging in (no open redirect).
pub fn safe_next(next: &str, fallback: String) -> String {
    // Browsers drop tabs and newlines from URLs ("/\t/evil" becomes "//evil"), so any
    // whitespace or control character disqualifies a path.
    let clean =
        next.len() <= MAX_NEXT_BYTES && !next.chars().any(|c| c.is_whitespace() || c.is_control());
    if clean
        && next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.contains("://")
    {
        next.to_string()
    } else {
        fallback
    }
}

/// Counts one attempt in `bucket`; refuses, saying how long to wait, once more than
/// `max` attempts fall in this window and the one before.
pub async fn rate_limit(app: &App, bucket: &str, window_seconds: i64, max: i64) -> AppResult<()> {
    let at = now();
    let hits = gemeng_db::rate_limits::hit(&app.db, bucket, window_seconds, at).await?;
    if hits.total > max {
        Err(AppError::TooManyRequests {
            retry_after: hits.retry_after(max, at),
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        let fallback = || "/home".to_string();
        assert_eq!(safe_next("/c/demo/me", fallback()), "/c/demo/me");
        for evil in [
            "/\t/evil.example",
            "/x\ny",
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(safe_next(evil, fallback()), "/home", "{evil}");
        }
    }
}
