//! Logging in, with limits that stop guessing without letting anyone lock a person
//! out (OWASP's device cookies):
//!
//! - A browser that has logged in to an account gets a device token. With it, the
//!   account's owner logs in with the right password however many wrong guesses
//!   strangers made; only that token's own failures count against it, and past the
//!   limit the token stops being trusted.
//! - Clients without such a token share the account's failure counter and are
//!   refused, without checking the password, once it is full.
//! - Per client address only failures count, so a family or a library behind one
//!   router is not locked out by its own successful log-ins.
//!
//! Every counter is increased before the password is checked (one statement that
//! returns the new count), so parallel guesses cannot slip past the limit; a success
//! takes its increase back.

use gemeng_core::codes::{hash_secret, random_token};
use gemeng_db::accounts::{self, Account};
use gemeng_db::{login_devices, rate_limits};

use crate::app::{now, App};
use crate::http::auth::verify_password;
use crate::http::error::{AppError, AppResult};

/// Counters' window: failures older than this and the window before are forgotten.
pub const WINDOW_SECONDS: i64 = 900;
/// Failures per client address.
pub const FAILURES_PER_ADDRESS: i64 = 50;
/// Failures per account from clients the account does not trust.
pub const FAILURES_PER_ACCOUNT: i64 = 10;
/// Failures with one trusted device's token before it is no longer trusted.
pub const FAILURES_PER_DEVICE: i64 = 10;
/// Passwords longer than this are not hashed at all (a costly input for nothing).
const PASSWORD_MAX_BYTES: usize = 1024;

/// A successful log-in: the account and the device token to give the browser.
pub struct LoggedIn {
    pub account: Account,
    pub device_token: String,
}

/// A counter increased for this attempt, to take back if it succeeds.
struct Counted {
    bucket: String,
    at: i64,
}

async fn count(app: &App, bucket: String, max: i64) -> AppResult<Result<Counted, AppError>> {
    let at = now();
    let hits = rate_limits::hit(&app.db, &bucket, WINDOW_SECONDS, at).await?;
    if hits.total > max {
        return Ok(Err(AppError::TooManyRequests {
            retry_after: hits.retry_after(max, at),
        }));
    }
    Ok(Ok(Counted { bucket, at }))
}

async fn forgive(app: &App, counted: &Counted) -> AppResult<()> {
    rate_limits::forgive(&app.db, &counted.bucket, WINDOW_SECONDS, counted.at).await?;
    Ok(())
}

/// Checks e-mail and password for a commune; `None` for any mismatch. `device` is the
/// device token the browser holds, if any.
/// `commune_id` is the commune logged in to, or `None` for the installation's
/// operators.
pub async fn log_in(
    app: &App,
    commune_id: Option<i64>,
    email: &str,
    password: &str,
    client_ip: &str,
    device: Option<&str>,
) -> AppResult<Option<LoggedIn>> {
    // Looked up as typed (trimmed, lower case), not validated: an address the sign-up
    // rules would refuse today may still belong to an older account.
    let email = Some(email.trim().to_lowercase()).filter(|e| !e.is_empty() && e.len() <= 254);
    let by_address = count(
        app,
        format!("login-failed:ip:{client_ip}"),
        FAILURES_PER_ADDRESS,
    )
    .await??;
    let Some(email) = email.filter(|_| password.len() <= PASSWORD_MAX_BYTES) else {
        app.metrics.logins_failed.inc();
        return Ok(None);
    };
    let found = accounts::credentials(&app.db, commune_id, &email).await?;
    let scope = commune_id.map_or_else(|| "operator".to_string(), |id| id.to_string());
    // A device token counts only for the account it was issued to.
    let device_hash = device.map(hash_secret);
    let trusted = match (&device_hash, &found) {
        (Some(hash), Some((account, _))) => {
            login_devices::account_of(&app.db, hash, now()).await? == Some(account.id)
        }
        _ => false,
    };
    let mut by_device_or_account = None;
    if trusted {
        let hash = device_hash.clone().unwrap_or_default();
        match count(
            app,
            format!("login-failed:device:{hash}"),
            FAILURES_PER_DEVICE,
        )
        .await?
        {
            Ok(counted) => by_device_or_account = Some(counted),
            // Too many failures with this token: it is trusted no more, and this
            // attempt is judged like any stranger's.
            Err(_) => login_devices::forget(&app.db, &hash).await?,
        }
    }
    let by_device_or_account = match by_device_or_account {
        Some(counted) => counted,
        None => {
            count(
                app,
                format!("login-failed:account:{scope}:{email}"),
                FAILURES_PER_ACCOUNT,
            )
            .await??
        }
    };
    let (account, hash) = match found {
        Some((account, hash)) => (Some(account), Some(hash)),
        None => (None, None),
    };
    if !verify_password(password.to_string(), hash).await? {
        app.metrics.logins_failed.inc();
        return Ok(None);
    }
    let Some(account) = account else {
        return Ok(None);
    };
    forgive(app, &by_address).await?;
    forgive(app, &by_device_or_account).await?;
    let replaces = device.filter(|_| trusted);
    let device_token = trust_browser(app, account.id, replaces).await?;
    Ok(Some(LoggedIn {
        account,
        device_token,
    }))
}

/// Trusts the browser that has just proven itself (by logging in, or by resetting the
/// password from its e-mail): a fresh device token, replacing the one it held.
pub async fn trust_browser(app: &App, user_id: i64, replaces: Option<&str>) -> AppResult<String> {
    let device_token = random_token();
    let old = replaces.map(hash_secret);
    let mut tx = app.begin().await?;
    login_devices::trust(
        &mut tx,
        &hash_secret(&device_token),
        user_id,
        old.as_deref(),
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(device_token)
}
