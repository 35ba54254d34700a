//! Sessions of browsers and API clients. Only the SHA-256 of a session token is
//! stored. A session ends after `idle` seconds without use or at its absolute expiry.

use crate::tx::{Change, Tx};
use crate::{with_pool, with_tx, Db, DbResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionKind {
    Browser,
    Api,
}

impl SessionKind {
    fn as_str(self) -> &'static str {
        match self {
            SessionKind::Browser => "browser",
            SessionKind::Api => "api",
        }
    }
}

/// How often last-use is written back: reading a page should not cost a write each time.
const TOUCH_EVERY_SECONDS: i64 = 60;

/// Starts a session; `device` says in a few words what it runs on, for the list of
/// one's sessions (its length is bounded here).
pub async fn create(
    tx: &mut Tx,
    token_hash: &str,
    user_id: i64,
    kind: SessionKind,
    device: &str,
    now: i64,
    absolute: i64,
) -> DbResult<()> {
    let device: String = device.chars().take(100).collect();
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, kind, device, created_at, last_seen_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $5, $6)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(kind.as_str())
        .bind(&device)
        .bind(now)
        .bind(now + absolute)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// A session as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SessionRow {
    pub user_id: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

impl SessionRow {
    /// Neither idle for longer than `idle` seconds nor past its absolute expiry.
    pub fn is_live(&self, now: i64, idle: i64) -> bool {
        now < self.expires_at && now - self.last_seen_at <= idle
    }

    /// Whether its last use should be written back now.
    pub fn needs_touch(&self, now: i64) -> bool {
        now - self.last_seen_at >= TOUCH_EVERY_SECONDS
    }
}

/// The stored session of a token's hash and kind.
pub async fn row(db: &Db, token_hash: &str, kind: SessionKind) -> DbResult<Option<SessionRow>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, SessionRow>(
            "SELECT user_id, last_seen_at, expires_at FROM sessions WHERE token_hash = $1 AND kind = $2",
        )
        .bind(token_hash)
        .bind(kind.as_str())
        .fetch_optional(pool)
        .await?)
    })
}

/// Writes back a session's last use. Bookkeeping, not part of any action: on its own.
pub async fn touch(db: &Db, token_hash: &str, now: i64) -> DbResult<()> {
    with_pool!(db.writer(), |pool| {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(token_hash)
            .execute(pool)
            .await?;
        Ok(())
    })
}

/// Writes back the last uses of sessions `token_hashes`, all at `at`, in the caller's
/// transaction (the read cache gathers them and writes them together: one commit
/// for all the sessions used in a few seconds, where each cost a commit of its own).
/// A later use already written is kept.
pub async fn touch_many(tx: &mut Tx, token_hashes: &[&str], at: i64) -> DbResult<()> {
    for chunk in token_hashes.chunks(500) {
        let list: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = format!(
            "UPDATE sessions SET last_seen_at = $1 WHERE last_seen_at < $1 AND token_hash IN ({})",
            list.join(", ")
        );
        with_tx!(tx, |conn| {
            let mut query = sqlx::query(&sql).bind(at);
            for hash in chunk {
                query = query.bind(*hash);
            }
            query.execute(&mut *conn).await?;
            Ok::<(), crate::DbError>(())
        })?;
    }
    Ok(())
}

/// The user of a live session of `kind`, refreshing its last use; `None` if unknown,
/// idle for longer than `idle` seconds, or past its absolute expiry.
pub async fn user_of(
    db: &Db,
    token_hash: &str,
    kind: SessionKind,
    now: i64,
    idle: i64,
) -> DbResult<Option<i64>> {
    let Some(session) = row(db, token_hash, kind).await? else {
        return Ok(None);
    };
    // An expired session is left for the housekeeping job: a read needs no writer.
    if !session.is_live(now, idle) {
        return Ok(None);
    }
    if session.needs_touch(now) {
        touch(db, token_hash, now).await?;
    }
    Ok(Some(session.user_id))
}

pub async fn delete(tx: &mut Tx, token_hash: &str) -> DbResult<()> {
    tx.changed(Change::Session(token_hash.to_string()));
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

/// Removes sessions that can no longer be used; run by a background job.
pub async fn delete_expired(db: &Db, now: i64, idle: i64) -> DbResult<u64> {
    with_pool!(db.writer(), |pool| {
        Ok(
            sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at < $2")
                .bind(now)
                .bind(now - idle)
                .execute(pool)
                .await?
                .rows_affected(),
        )
    })
}

/// A live session as its owner sees it in their list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct Listed {
    /// A short handle naming the session in its owner's list (not its token).
    pub handle: String,
    pub kind: String,
    pub device: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

/// How many characters of a token's hash name a session in its owner's list: enough
/// to tell one person's sessions apart, far too few to find anybody's session.
pub const HANDLE_CHARS: usize = 16;

/// The live sessions of an account, most recently used first.
pub async fn of_account(db: &Db, user_id: i64, now: i64, idle: i64) -> DbResult<Vec<Listed>> {
    let sql = format!(
        "SELECT substr(token_hash, 1, {HANDLE_CHARS}) AS handle, kind, device, created_at, last_seen_at
         FROM sessions WHERE user_id = $1 AND expires_at > $2 AND last_seen_at >= $3
         ORDER BY last_seen_at DESC, created_at DESC LIMIT 100"
    );
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Listed>(&sql)
            .bind(user_id)
            .bind(now)
            .bind(now - idle)
            .fetch_all(pool)
            .await?)
    })
}

/// The handle of a session, from its token's hash.
pub fn handle_of(token_hash: &str) -> String {
    token_hash.chars().take(HANDLE_CHARS).collect()
}

/// Ends one of an account's sessions, named by its handle; `false` if it has none.
pub async fn end(tx: &mut Tx, user_id: i64, handle: &str) -> DbResult<bool> {
    let sql = format!(
        "DELETE FROM sessions WHERE user_id = $1 AND substr(token_hash, 1, {HANDLE_CHARS}) = $2 RETURNING token_hash"
    );
    let ended: Vec<String> = with_tx!(tx, |conn| {
        sqlx::query_scalar(&sql)
            .bind(user_id)
            .bind(handle)
            .fetch_all(&mut *conn)
            .await?
    });
    for hash in &ended {
        tx.changed(Change::Session(hash.clone()));
    }
    Ok(!ended.is_empty())
}

/// Ends every session of an account but the one whose token hash is `keep`.
pub async fn end_others(tx: &mut Tx, user_id: i64, keep: &str) -> DbResult<u64> {
    let ended = with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(keep)
            .execute(&mut *conn)
            .await?
            .rows_affected()
    });
    tx.changed(Change::SessionsOf(user_id));
    Ok(ended)
}
