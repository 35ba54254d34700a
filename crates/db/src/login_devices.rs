//! Browsers that have logged in to an account (OWASP's "device cookies"). A browser
//! holding such a token keeps being able to log in with the right password while
//! strangers' failures lock the account for everybody else, so nobody can lock a
//! person out by guessing. Only the token's SHA-256 is stored.

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// How long a browser stays trusted without logging in.
pub const TRUST_SECONDS: i64 = 180 * 86_400;

/// The account a device token was issued to, if it is still trusted.
pub async fn account_of(db: &Db, token_hash: &str, now: i64) -> DbResult<Option<i64>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar(
            "SELECT user_id FROM login_devices WHERE token_hash = $1 AND last_used_at > $2",
        )
        .bind(token_hash)
        .bind(now - TRUST_SECONDS)
        .fetch_optional(pool)
        .await?)
    })
}

/// Trusts a browser that has just logged in; `replaces` is its previous token.
pub async fn trust(
    tx: &mut Tx,
    token_hash: &str,
    user_id: i64,
    replaces: Option<&str>,
    now: i64,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        if let Some(old) = replaces {
            sqlx::query("DELETE FROM login_devices WHERE token_hash = $1")
                .bind(old)
                .execute(&mut *conn)
                .await?;
        }
        sqlx::query(
            "INSERT INTO login_devices (token_hash, user_id, created_at, last_used_at) VALUES ($1, $2, $3, $3)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// Stops trusting a browser (too many failures with it, or its owner's wish).
pub async fn forget(db: &Db, token_hash: &str) -> DbResult<()> {
    with_pool!(db.writer(), |pool| {
        sqlx::query("DELETE FROM login_devices WHERE token_hash = $1")
            .bind(token_hash)
            .execute(pool)
            .await?;
        Ok(())
    })
}

/// Removes trust that has lapsed; run by a background job.
pub async fn delete_stale(db: &Db, now: i64) -> DbResult<u64> {
    with_pool!(db.writer(), |pool| {
        Ok(
            sqlx::query("DELETE FROM login_devices WHERE last_used_at <= $1")
                .bind(now - TRUST_SECONDS)
                .execute(pool)
                .await?
                .rows_affected(),
        )
    })
}
