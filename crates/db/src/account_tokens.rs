//! One-time links sent by e-mail: confirming an address and resetting a password.
//! A token is stored hashed, expires, and is consumed atomically exactly once.

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    ConfirmEmail,
    ResetPassword,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::ConfirmEmail => "confirm-email",
            Purpose::ResetPassword => "reset-password",
        }
    }
}

/// Stores a new token; older unused tokens of the same purpose stop working, so only
/// the latest e-mail's link is valid.
pub async fn issue(
    tx: &mut Tx,
    token_hash: &str,
    user_id: i64,
    purpose: Purpose,
    now: i64,
    lifetime: i64,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("UPDATE account_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL")
            .bind(now)
            .bind(user_id)
            .bind(purpose.as_str())
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "INSERT INTO account_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(purpose.as_str())
        .bind(now)
        .bind(now + lifetime)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// Uses a token: returns its user if it was valid, unused and unexpired. A second
/// call with the same token returns `None`, even when both race.
pub async fn consume(
    tx: &mut Tx,
    token_hash: &str,
    purpose: Purpose,
    now: i64,
) -> DbResult<Option<i64>> {
    with_tx!(tx, |conn| {
        Ok(sqlx::query_scalar(
            "UPDATE account_tokens SET used_at = $1
             WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
             RETURNING user_id",
        )
        .bind(now)
        .bind(token_hash)
        .bind(purpose.as_str())
        .fetch_optional(&mut *conn)
        .await?)
    })
}

/// The user of a token that would be accepted, without using it (to show the form it
/// unlocks, and to check a new password against the account before the token is spent).
pub async fn user_of(
    db: &Db,
    token_hash: &str,
    purpose: Purpose,
    now: i64,
) -> DbResult<Option<i64>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar(
            "SELECT user_id FROM account_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose.as_str())
        .bind(now)
        .fetch_optional(pool)
        .await?)
    })
}

/// Whether a token would be accepted, without using it.
pub async fn is_valid(db: &Db, token_hash: &str, purpose: Purpose, now: i64) -> DbResult<bool> {
    Ok(user_of(db, token_hash, purpose, now).await?.is_some())
}
