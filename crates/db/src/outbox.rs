//! The e-mail outbox. Messages are written in the same request that causes them and
//! sent by a background job, retried with back-off, so a slow or absent mail server
//! never loses a message nor slows a page.

use serde::Serialize;

use crate::connect::PoolRef;
use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct OutgoingMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
    /// For notices: the one-click unsubscribe address (`List-Unsubscribe`).
    pub unsubscribe_url: Option<String>,
}

/// Queues a message in the caller's transaction. `commune_id` says whose staff see
/// it if it cannot be delivered.
pub async fn enqueue(
    tx: &mut Tx,
    commune_id: Option<i64>,
    recipient: &str,
    subject: &str,
    body: &str,
    now: i64,
) -> DbResult<i64> {
    enqueue_at(tx, commune_id, recipient, subject, body, now, now).await
}

/// Queues a message that is not sent before `send_at` (a decision that may still be
/// undone), so that [`withdraw`] can take it back until then.
pub async fn enqueue_at(
    tx: &mut Tx,
    commune_id: Option<i64>,
    recipient: &str,
    subject: &str,
    body: &str,
    now: i64,
    send_at: i64,
) -> DbResult<i64> {
    with_tx!(tx, |conn| {
        Ok(sqlx::query_scalar(
            "INSERT INTO outbox (commune_id, recipient, subject, body, created_at, next_attempt_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(commune_id)
        .bind(recipient)
        .bind(subject)
        .bind(body)
        .bind(now)
        .bind(send_at.max(now))
        .fetch_one(&mut *conn)
        .await?)
    })
}

/// Queues a notice the recipient chose to receive, with the address that stops them
/// in one click (sent as `List-Unsubscribe` with `List-Unsubscribe-Post`).
pub async fn enqueue_notice(
    tx: &mut Tx,
    commune_id: Option<i64>,
    recipient: &str,
    subject: &str,
    body: &str,
    unsubscribe_url: &str,
    now: i64,
) -> DbResult<i64> {
    with_tx!(tx, |conn| {
        Ok(sqlx::query_scalar(
            "INSERT INTO outbox (commune_id, recipient, subject, body, created_at, next_attempt_at, unsubscribe_url)
             VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id",
        )
        .bind(commune_id)
        .bind(recipient)
        .bind(subject)
        .bind(body)
        .bind(now)
        .bind(unsubscribe_url)
        .fetch_one(&mut *conn)
        .await?)
    })
}

/// Queues the e-mail of announcement `announcement_id` to one resident (with its
/// unsubscribe address), counted in the announcement's deliveries once sent.
#[allow(clippy::too_many_arguments)]
pub async fn enqueue_announcement(
    tx: &mut Tx,
    commune_id: i64,
    announcement_id: i64,
    recipient: &str,
    subject: &str,
    body: &str,
    unsubscribe_url: &str,
    now: i64,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO outbox (commune_id, recipient, subject, body, created_at, next_attempt_at,
                 unsubscribe_url, announcement_id)
             VALUES ($1, $2, $3, $4, $5, $5, $6, $7)",
        )
        .bind(commune_id)
        .bind(recipient)
        .bind(subject)
        .bind(body)
        .bind(now)
        .bind(unsubscribe_url)
        .bind(announcement_id)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// Takes back messages to `recipient` with one of `subjects` that no attempt has
/// been made to send yet; how many.
pub async fn withdraw(tx: &mut Tx, recipient: &str, subjects: &[String]) -> DbResult<u64> {
    let mut withdrawn = 0;
    for subject in subjects {
        withdrawn += with_tx!(tx, |conn| {
            Ok::<u64, crate::DbError>(
                sqlx::query(
                    "DELETE FROM outbox WHERE recipient = $1 AND subject = $2
                       AND sent_at IS NULL AND failed_at IS NULL AND attempts = 0",
                )
                .bind(recipient)
                .bind(subject)
                .execute(&mut *conn)
                .await?
                .rows_affected(),
            )
        })?;
    }
    Ok(withdrawn)
}

/// How long a claimed message is reserved for the instance that claimed it.
pub const CLAIM_SECONDS: i64 = 300;

/// Claims up to `limit` messages that are due, the oldest first, reserving them for
/// `CLAIM_SECONDS`, so that several instances sharing one database never send the
/// same message twice.
pub async fn claim_due(db: &Db, now: i64, limit: i64) -> DbResult<Vec<OutgoingMail>> {
    // SQLite: one writer at a time, so the rows chosen are the rows changed.
    const CLAIM_SQLITE: &str = "UPDATE outbox SET next_attempt_at = $1
         WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL
                      AND next_attempt_at <= $2 ORDER BY id LIMIT $3)
         RETURNING id, recipient, subject, body, attempts, unsubscribe_url";
    // PostgreSQL: the rows are locked as they are chosen, skipping those another
    // instance is claiming; one it claimed and committed meanwhile is re-checked
    // against the conditions and left out. The update then finds the chosen rows by
    // primary key: written with the conditions repeated, the planner (whose
    // statistics of a queue lag behind its bursts) re-ran the choice for every
    // waiting row (250 ms a claim with 2,300 waiting).
    const CLAIM_POSTGRES: &str = "WITH due AS (
             SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL
                 AND next_attempt_at <= $2 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
         UPDATE outbox SET next_attempt_at = $1 FROM due WHERE outbox.id = due.id
         RETURNING outbox.id, recipient, subject, body, attempts, unsubscribe_url";
    match db.writer() {
        PoolRef::Sqlite(pool) => Ok(sqlx::query_as(CLAIM_SQLITE)
            .bind(now + CLAIM_SECONDS)
            .bind(now)
            .bind(limit)
            .fetch_all(pool)
            .await?),
        PoolRef::Postgres(pool) => {
            // The oldest waiting messages are the first entries of `outbox_pending`:
            // read in its order, a claim stops after `limit` rows. On a table it
            // thinks nearly empty the planner may prefer a bitmap scan, which visits
            // every waiting message and sorts them all (112 ms a claim with 20,000
            // waiting, under a millisecond in order).
            let mut tx = pool.begin().await?;
            sqlx::query("SET LOCAL enable_bitmapscan = off")
                .execute(&mut *tx)
                .await?;
            let claimed = sqlx::query_as(CLAIM_POSTGRES)
                .bind(now + CLAIM_SECONDS)
                .bind(now)
                .bind(limit)
                .fetch_all(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(claimed)
        }
    }
}

/// Records a delivery. The body (which may hold a working link) is erased: only what
/// is needed to know that a message went, to whom and when, stays.
pub async fn mark_sent(db: &Db, id: i64, now: i64) -> DbResult<()> {
    mark_sent_many(db, &[id], now).await
}

/// Records the deliveries of `ids` in one statement (one commit, where a commit per
/// message would cost the disk a flush each), erasing their bodies as [`mark_sent`].
pub async fn mark_sent_many(db: &Db, ids: &[i64], now: i64) -> DbResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let placeholders: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 2)).collect();
    let sql = format!(
        "UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL, body = ''
         WHERE id IN ({})",
        placeholders.join(", ")
    );
    // The announcements among them count their deliveries, in the same transaction.
    // The messages are counted by announcement first: a count per announcement that
    // went through the outbox by `announcement_id` read every message of a mailing,
    // sent or not, for each batch of 50 (8 ms a batch at 18,000 messages).
    let list: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let count = format!(
        "UPDATE announcements SET delivered = delivered + sent.n
         FROM (SELECT announcement_id, COUNT(*) AS n FROM outbox
               WHERE id IN ({list}) AND announcement_id IS NOT NULL
               GROUP BY announcement_id) AS sent
         WHERE announcements.id = sent.announcement_id",
        list = list.join(", ")
    );
    let mut tx = db.begin().await?;
    with_tx!(tx, |conn| {
        let mut query = sqlx::query(&sql).bind(now);
        for id in ids {
            query = query.bind(*id);
        }
        query.execute(&mut *conn).await?;
        let mut query = sqlx::query(&count);
        for id in ids {
            query = query.bind(*id);
        }
        query.execute(&mut *conn).await?;
        Ok::<(), crate::DbError>(())
    })?;
    tx.commit().await?;
    Ok(())
}

/// Attempts after which a message is given up (about two days of retries).
pub const MAX_ATTEMPTS: i64 = 12;

/// Schedules another attempt after an exponential back-off (capped at six hours), or,
/// after the last attempt, gives the message up: it is marked failed, its body erased,
/// and the commune's staff see it.
pub async fn mark_failed(db: &Db, id: i64, attempts: i64, error: &str, now: i64) -> DbResult<()> {
    let delay = 30i64
        .saturating_mul(1 << attempts.clamp(0, 10))
        .min(6 * 3600);
    let error: String = error.chars().take(500).collect();
    let last = attempts + 1 >= MAX_ATTEMPTS;
    with_pool!(db.writer(), |pool| {
        if last {
            sqlx::query(
                "UPDATE outbox SET attempts = attempts + 1, last_error = $1, failed_at = $2, body = ''
                 WHERE id = $3",
            )
            .bind(&error)
            .bind(now)
            .bind(id)
            .execute(pool)
            .await?;
        } else {
            sqlx::query(
                "UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE id = $3",
            )
            .bind(&error)
            .bind(now + delay)
            .bind(id)
            .execute(pool)
            .await?;
        }
        Ok(())
    })
}

/// A message that could not be delivered, as the commune's staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Undelivered {
    pub recipient: String,
    pub subject: String,
    pub last_error: Option<String>,
    pub failed_at: i64,
}

/// The commune's messages given up on, newest first.
pub async fn undelivered(db: &Db, commune_id: i64, limit: i64) -> DbResult<Vec<Undelivered>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Undelivered>(
            "SELECT recipient, subject, last_error, failed_at FROM outbox
             WHERE commune_id = $1 AND failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT $2",
        )
        .bind(commune_id)
        .bind(limit)
        .fetch_all(pool)
        .await?)
    })
}

/// Removes delivered and given-up messages older than `before`; run by a background job.
pub async fn purge(db: &Db, before: i64) -> DbResult<u64> {
    with_pool!(db.writer(), |pool| {
        Ok(sqlx::query(
            "DELETE FROM outbox WHERE (sent_at IS NOT NULL AND sent_at < $1)
                OR (failed_at IS NOT NULL AND failed_at < $1)",
        )
        .bind(before)
        .execute(pool)
        .await?
        .rows_affected())
    })
}

/// Messages not yet sent, for `/metrics`.
pub async fn pending_count(db: &Db) -> DbResult<i64> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL",
        )
        .fetch_one(pool)
        .await?)
    })
}
