//! Authentication: password hashing (argon2id, off the async runtime), sessions,
//! who is asking, the permission check every route makes, and rate limits.

use std::sync::OnceLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use gemeng_core::codes::{hash_secret, random_token};
use gemeng_core::permissions::{decide, Action, Decision};
use gemeng_db::accounts::{self, Account};
use gemeng_db::communes::Commune;
use gemeng_db::sessions::{self, SessionKind};

use crate::app::{now, App};
use crate::http::error::{AppError, AppResult};

/// OWASP's argon2id settings: 19 MiB, two passes, one lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub async fn hash_password(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await?
}

/// A hash of a random password, checked against when the e-mail is unknown so that
/// answering takes as long as for a real account (no account enumeration by timing).
fn decoy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        argon2()
            .hash_password(random_token().as_bytes(), &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

pub async fn verify_password(password: String, hash: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| decoy_hash().to_string());
        let ok = PasswordHash::new(&hash)
            .map(|parsed| {
                argon2()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && known
    })
    .await
    .unwrap_or(false)
}

/// Log-in attempts per client address (all attempts) and failures per account.
const LOGIN_WINDOW_SECONDS: i64 = 900;
const LOGIN_ATTEMPTS_PER_ADDRESS: i64 = 50;
const LOGIN_FAILURES_PER_ACCOUNT: i64 = 10;

/// Checks e-mail and password for a commune; `None` for any mismatch. Rate limited:
/// per client address every attempt counts; per e-mail only failures count, so a
/// stranger cannot lock a person out without failing as often as the limit allows.
pub async fn log_in(
    app: &App,
    commune_id: i64,
    email: &str,
    password: &str,
    client_ip: &str,
) -> AppResult<Option<Account>> {
    let normalised = gemeng_core::account::Email::parse(email)
        .map(|e| e.as_str().to_string())
        .unwrap_or_default();
    rate_limit(
        app,
        &format!("login:ip:{client_ip}"),
        LOGIN_WINDOW_SECONDS,
        LOGIN_ATTEMPTS_PER_ADDRESS,
    )
    .await?;
    let failures_bucket = format!("login-failures:{commune_id}:{normalised}");
    let failures =
        gemeng_db::rate_limits::current(&app.db, &failures_bucket, LOGIN_WINDOW_SECONDS, now())
            .await?;
    if failures >= LOGIN_FAILURES_PER_ACCOUNT {
        return Err(AppError::TooManyRequests);
    }
    let account = if normalised.is_empty() || password.len() > 1024 {
        None
    } else {
        check_credentials(app, commune_id, &normalised, password).await?
    };
    if account.is_none() {
        gemeng_db::rate_limits::hit(&app.db, &failures_bucket, LOGIN_WINDOW_SECONDS, now()).await?;
    }
    Ok(account)
}

/// Checks e-mail and password for a commune; `None` for any mismatch.
async fn check_credentials(
    app: &App,
    commune_id: i64,
    email: &str,
    password: &str,
) -> AppResult<Option<Account>> {
    let found = accounts::credentials(&app.db, Some(commune_id), email).await?;
    let (account, hash) = match found {
        Some((a, h)) => (Some(a), Some(h)),
        None => (None, None),
    };
    if verify_password(password.to_string(), hash).await {
        Ok(account)
    } else {
        app.metrics.logins_failed.inc();
        Ok(None)
    }
}

/// Starts a session and returns its token (for the cookie or the API client). The
/// session it `replaces` (the browser's previous one) ends in the same transaction:
/// a new session id at every log-in.
pub async fn start_session(
    app: &App,
    user_id: i64,
    kind: SessionKind,
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
        now(),
        app.config.session_absolute_seconds,
    )
    .await?;
    app.commit(tx).await?;
    Ok(token)
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
    let user = sessions::user_of(
        &app.db,
        &hash_secret(token),
        kind,
        now(),
        app.config.session_idle_seconds,
    )
    .await?;
    match user {
        Some(id) => Ok(accounts::by_id(&app.db, id).await?),
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
        Decision::NeedsVerification => Err(AppError::NeedsVerification),
        Decision::Forbidden => Err(AppError::Forbidden),
    }
}

pub fn login_url(commune: &Commune, back_to: &str) -> String {
    let next: String = serde_urlencoded::to_string([("next", back_to)]).unwrap_or_default();
    format!("/c/{}/login?{next}", commune.slug)
}

/// Only local paths are followed after logging in (no open redirect).
pub fn safe_next(next: &str, fallback: String) -> String {
    // Browsers drop tabs and newlines from URLs ("/\t/evil" becomes "//evil"), so any
    // whitespace or control character disqualifies a path.
    let clean = !next.chars().any(|c| c.is_whitespace() || c.is_control());
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

/// Counts one attempt in `bucket`; refuses once `max` attempts fall in one window.
pub async fn rate_limit(app: &App, bucket: &str, window_seconds: i64, max: i64) -> AppResult<()> {
    let hits = gemeng_db::rate_limits::hit(&app.db, bucket, window_seconds, now()).await?;
    if hits > max {
        Err(AppError::TooManyRequests)
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

    #[tokio::test]
    async fn passwords_hash_and_verify() {
        let hash = hash_password("kaffi mat der noperin".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password("kaffi mat der noperin".into(), Some(hash.clone())).await);
        assert!(!verify_password("wrong".into(), Some(hash)).await);
        assert!(!verify_password("anything".into(), None).await);
        assert!(!verify_password("anything".into(), Some("not a hash".into())).await);
    }
}
