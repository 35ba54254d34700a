//! What a person can do about their own account: see and download everything Gemeng
//! holds about them (`gemeng_db::personal_data`), erase the account, and see and end
//! the sessions logged in as them (ASVS 7.5).

use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::{audit, personal_data, sessions};

use crate::app::{now, App};
use crate::http::auth::verify_password;
use crate::http::error::{AppError, AppResult};

/// Erasure attempts (each checks the password) per account and hour.
const ERASE_ATTEMPTS_PER_HOUR: i64 = 5;

/// Everything held about `account`, as one JSON document.
pub async fn export(app: &App, account: &Account) -> AppResult<serde_json::Value> {
    personal_data::export(&app.db, account.id)
        .await?
        .ok_or(AppError::NotFound)
}

pub enum Erasure {
    Done,
    WrongPassword,
}

/// Erases the account once its owner has typed their password again. What others
/// need (an invitation a neighbour used, the audit of decisions) stays, cut from the
/// person; everything else goes.
pub async fn erase(
    app: &App,
    commune: &Commune,
    account: &Account,
    password: &str,
) -> AppResult<Erasure> {
    crate::http::auth::rate_limit(
        app,
        &format!("erase:{}", account.id),
        3600,
        ERASE_ATTEMPTS_PER_HOUR,
    )
    .await?;
    let hash = gemeng_db::accounts::credentials(&app.db, Some(commune.id), &account.email)
        .await?
        .map(|(_, hash)| hash);
    if password.len() > 1024 || !verify_password(password.to_string(), hash).await? {
        return Ok(Erasure::WrongPassword);
    }
    let mut tx = app.begin().await?;
    // Seats in sessions to come go to those waiting now, not when the organiser
    // next looks: the erasure would otherwise leave them empty.
    crate::activities::hand_on_seats(&mut tx, app, commune, account.id, now()).await?;
    if !personal_data::erase(&mut tx, commune.id, account.id).await? {
        return Err(AppError::NotFound);
    }
    // The trail says an account was erased, not whose.
    audit::record(
        &mut tx,
        Some(commune.id),
        None,
        "account-erased",
        None,
        "",
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(Erasure::Done)
}

/// The account's live sessions, and which of them is the one asking (by handle).
pub async fn sessions(
    app: &App,
    account: &Account,
    current_token: Option<&str>,
) -> AppResult<(Vec<sessions::Listed>, Option<String>)> {
    let listed =
        sessions::of_account(&app.db, account.id, now(), app.config.session_idle_seconds).await?;
    let current = current_token.map(|t| sessions::handle_of(&gemeng_core::codes::hash_secret(t)));
    Ok((listed, current))
}

/// Ends one of the account's sessions; `false` if it has no session by that handle.
pub async fn end_session(app: &App, account: &Account, handle: &str) -> AppResult<bool> {
    let handle_chars = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    if handle.len() != sessions::HANDLE_CHARS || !handle.bytes().all(handle_chars) {
        return Ok(false);
    }
    let mut tx = app.begin().await?;
    let ended = sessions::end(&mut tx, account.id, handle).await?;
    app.commit(tx).await?;
    Ok(ended)
}

/// Ends every session of the account but the current one.
pub async fn end_other_sessions(
    app: &App,
    account: &Account,
    current_token: &str,
) -> AppResult<u64> {
    let mut tx = app.begin().await?;
    let ended = sessions::end_others(
        &mut tx,
        account.id,
        &gemeng_core::codes::hash_secret(current_token),
    )
    .await?;
    app.commit(tx).await?;
    Ok(ended)
}
