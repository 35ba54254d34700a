//! E-mail notices: each person's choice per topic, the secret of their one-click
//! unsubscribe links, and what waits for their daily digest.

use gemeng_core::notices::{Frequency, Topic};

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// How often `user_id` wants to hear of `topic` (no row: at once).
pub async fn frequency(db: &Db, user_id: i64, topic: Topic) -> DbResult<Frequency> {
    let stored: Option<String> = with_pool!(db.reader(), |pool| {
        Ok::<_, crate::DbError>(
            sqlx::query_scalar(
                "SELECT frequency FROM notice_settings WHERE user_id = $1 AND topic = $2",
            )
            .bind(user_id)
            .bind(topic.as_str())
            .fetch_optional(pool)
            .await?,
        )
    })?;
    Ok(stored
        .as_deref()
        .and_then(Frequency::parse)
        .unwrap_or_default())
}

pub async fn set_frequency(
    tx: &mut Tx,
    user_id: i64,
    topic: Topic,
    frequency: Frequency,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO notice_settings (user_id, topic, frequency) VALUES ($1, $2, $3)
             ON CONFLICT (user_id, topic) DO UPDATE SET frequency = excluded.frequency",
        )
        .bind(user_id)
        .bind(topic.as_str())
        .bind(frequency.as_str())
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// The secret of `user_id`'s unsubscribe links, made on first use.
pub async fn token(tx: &mut Tx, user_id: i64, fresh: &str) -> DbResult<String> {
    with_tx!(tx, |conn| {
        sqlx::query("INSERT INTO notice_tokens (user_id, token) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING")
            .bind(user_id)
            .bind(fresh)
            .execute(&mut *conn)
            .await?;
        Ok(
            sqlx::query_scalar("SELECT token FROM notice_tokens WHERE user_id = $1")
                .bind(user_id)
                .fetch_one(&mut *conn)
                .await?,
        )
    })
}

/// The secret of `user_id`'s unsubscribe links, if they have one yet.
pub async fn token_of(db: &Db, user_id: i64) -> DbResult<Option<String>> {
    with_pool!(db.reader(), |pool| {
        Ok(
            sqlx::query_scalar("SELECT token FROM notice_tokens WHERE user_id = $1")
                .bind(user_id)
                .fetch_optional(pool)
                .await?,
        )
    })
}

/// Whose unsubscribe secret `token` is.
pub async fn user_of_token(db: &Db, token: &str) -> DbResult<Option<i64>> {
    with_pool!(db.reader(), |pool| {
        Ok(
            sqlx::query_scalar("SELECT user_id FROM notice_tokens WHERE token = $1")
                .bind(token)
                .fetch_optional(pool)
                .await?,
        )
    })
}

/// Keeps an item for `user_id`'s next digest.
pub async fn add_to_digest(
    tx: &mut Tx,
    user_id: i64,
    topic: Topic,
    item_type: &str,
    item_id: i64,
    now: i64,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO notice_digest_items (user_id, topic, item_type, item_id, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(user_id)
        .bind(topic.as_str())
        .bind(item_type)
        .bind(item_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// Puts an item in `user_id`'s digest that waits until `not_before` (a weekly one).
pub async fn add_to_digest_after(
    tx: &mut Tx,
    user_id: i64,
    topic: Topic,
    item_type: &str,
    item_id: i64,
    now: i64,
    not_before: i64,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO notice_digest_items (user_id, topic, item_type, item_id, created_at, not_before)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(user_id)
        .bind(topic.as_str())
        .bind(item_type)
        .bind(item_id)
        .bind(now)
        .bind(not_before)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// People with items waiting, and when their last digest left (at most `limit`).
/// Items of a weekly digest wait until their `not_before`.
pub async fn waiting(db: &Db, limit: i64, now: i64) -> DbResult<Vec<(i64, Option<i64>)>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as(
            "SELECT w.user_id, s.at FROM (SELECT DISTINCT user_id FROM notice_digest_items
                                            WHERE not_before <= $2) w
             LEFT JOIN notice_digests_sent s ON s.user_id = w.user_id
             ORDER BY COALESCE(s.at, 0) LIMIT $1",
        )
        .bind(limit)
        .bind(now)
        .fetch_all(pool)
        .await?)
    })
}

/// A waiting item of a digest.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DigestItem {
    pub topic: String,
    pub item_type: String,
    pub item_id: i64,
    pub created_at: i64,
}

/// Takes `user_id`'s waiting items for a digest, if the last one left before
/// `sent_before` (or never), and records this one as sent at `now`. Within one
/// transaction, so that two instances never send the same digest twice: the second
/// finds the record already moved, or no items.
pub async fn take_digest(
    tx: &mut Tx,
    user_id: i64,
    sent_before: i64,
    now: i64,
) -> DbResult<Vec<DigestItem>> {
    with_tx!(tx, |conn| {
        let claimed = sqlx::query(
            "INSERT INTO notice_digests_sent (user_id, at) VALUES ($1, $2)
             ON CONFLICT (user_id) DO UPDATE SET at = excluded.at
             WHERE notice_digests_sent.at <= $3",
        )
        .bind(user_id)
        .bind(now)
        .bind(sent_before)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if claimed == 0 {
            return Ok(Vec::new());
        }
        Ok(sqlx::query_as::<_, DigestItem>(
            "DELETE FROM notice_digest_items WHERE user_id = $1 AND not_before <= $2
             RETURNING topic, item_type, item_id, created_at",
        )
        .bind(user_id)
        .bind(now)
        .fetch_all(&mut *conn)
        .await?)
    })
}
