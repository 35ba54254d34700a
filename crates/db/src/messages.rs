//! Private messages: one conversation per pair of residents (`message_threads`, the
//! lower user id first) holding each side's count of messages not yet read, and the
//! messages themselves. And blocks, which the rules consult before anyone writes.
//! Who may write to whom is `gemeng_core::messages`.

use serde::Serialize;

use crate::posts::Stored;
use crate::tx::{Change, Tx};
use crate::{with_pool, with_tx, Db, DbResult};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Thread {
    pub id: i64,
    pub commune_id: i64,
    pub low_id: i64,
    pub high_id: i64,
    pub low_unread: i64,
    pub high_unread: i64,
    pub last_at: i64,
}

impl Thread {
    pub fn has(&self, user_id: i64) -> bool {
        self.low_id == user_id || self.high_id == user_id
    }

    /// The other person of the conversation, seen from `user_id`.
    pub fn other(&self, user_id: i64) -> i64 {
        if self.low_id == user_id {
            self.high_id
        } else {
            self.low_id
        }
    }
}

/// A conversation as the inbox lists it, seen from one of its two people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ThreadSummary {
    pub id: i64,
    pub other_id: i64,
    pub other_name: String,
    pub last_at: i64,
    pub unread: i64,
    /// The last message's text (empty if it was hidden).
    pub last_body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Message {
    pub id: i64,
    pub thread_id: i64,
    pub sender_id: i64,
    pub sender_name: String,
    pub post_id: Option<i64>,
    pub body: String,
    pub body_html: String,
    pub created_at: i64,
    pub hidden_at: Option<i64>,
}

const MESSAGE_COLUMNS: &str = "m.id, m.thread_id, m.sender_id, u.display_name AS sender_name, \
    m.post_id, m.body, m.body_html, m.created_at, m.hidden_at";

/// A message to store.
pub struct NewMessage<'a> {
    pub commune_id: i64,
    pub sender_id: i64,
    pub recipient_id: i64,
    pub post_id: Option<i64>,
    pub body: &'a str,
    pub body_html: &'a str,
    pub request_key: &'a str,
}

/// Stores a message, opening the conversation if it is the first, and counts it as
/// unread for the recipient. The same one-time key twice stores it once.
/// Returns the message and its conversation.
pub async fn send(tx: &mut Tx, message: &NewMessage<'_>, now: i64) -> DbResult<(Stored, i64)> {
    let (low, high) = gemeng_core::messages::pair(message.sender_id, message.recipient_id);
    let stored = with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO message_threads (commune_id, low_id, high_id, created_at, last_at)
             VALUES ($1, $2, $3, $4, $4) ON CONFLICT (low_id, high_id) DO NOTHING",
        )
        .bind(message.commune_id)
        .bind(low)
        .bind(high)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        let thread: i64 =
            sqlx::query_scalar("SELECT id FROM message_threads WHERE low_id = $1 AND high_id = $2")
                .bind(low)
                .bind(high)
                .fetch_one(&mut *conn)
                .await?;
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO messages (thread_id, sender_id, post_id, body, body_html, created_at, request_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (sender_id, request_key) DO NOTHING RETURNING id",
        )
        .bind(thread)
        .bind(message.sender_id)
        .bind(message.post_id)
        .bind(message.body)
        .bind(message.body_html)
        .bind(now)
        .bind(message.request_key)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(id) = inserted else {
            let (id, thread): (i64, i64) = sqlx::query_as(
                "SELECT id, thread_id FROM messages WHERE sender_id = $1 AND request_key = $2",
            )
            .bind(message.sender_id)
            .bind(message.request_key)
            .fetch_one(&mut *conn)
            .await?;
            return Ok((Stored::Again(id), thread));
        };
        let unread = if message.recipient_id == low {
            "low_unread = low_unread + 1"
        } else {
            "high_unread = high_unread + 1"
        };
        sqlx::query(&format!(
            "UPDATE message_threads SET last_at = $1, {unread} WHERE id = $2"
        ))
        .bind(now)
        .bind(thread)
        .execute(&mut *conn)
        .await?;
        Ok::<_, crate::DbError>((Stored::New(id), thread))
    })?;
    tx.changed(Change::Inbox(message.recipient_id));
    Ok(stored)
}

pub async fn thread(db: &Db, id: i64) -> DbResult<Option<Thread>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Thread>(
            "SELECT id, commune_id, low_id, high_id, low_unread, high_unread, last_at
             FROM message_threads WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(pool)
        .await?)
    })
}

/// The conversation of two people, if they have one.
pub async fn thread_between(db: &Db, a: i64, b: i64) -> DbResult<Option<Thread>> {
    let (low, high) = gemeng_core::messages::pair(a, b);
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Thread>(
            "SELECT id, commune_id, low_id, high_id, low_unread, high_unread, last_at
             FROM message_threads WHERE low_id = $1 AND high_id = $2",
        )
        .bind(low)
        .bind(high)
        .fetch_optional(pool)
        .await?)
    })
}

/// A person's conversations, the latest first, before `before` (a `last_at`, id pair).
pub async fn inbox(
    db: &Db,
    user_id: i64,
    before: Option<(i64, i64)>,
    limit: i64,
) -> DbResult<Vec<ThreadSummary>> {
    let (at, id) = before.unwrap_or((i64::MAX, i64::MAX));
    // Two index ranges (as the lower and as the higher id), merged.
    let sql = "SELECT t.id AS id, t.high_id AS other_id, u.display_name AS other_name, t.last_at AS last_at,
                t.low_unread AS unread,
                COALESCE((SELECT CASE WHEN m.hidden_at IS NULL THEN m.body ELSE '' END
                          FROM messages m WHERE m.thread_id = t.id ORDER BY m.id DESC LIMIT 1), '')
                    AS last_body
         FROM message_threads t JOIN users u ON u.id = t.high_id
         WHERE t.low_id = $1 AND (t.last_at, t.id) < ($2, $3)
         UNION ALL
         SELECT t.id AS id, t.low_id AS other_id, u.display_name AS other_name, t.last_at AS last_at,
                t.high_unread AS unread,
                COALESCE((SELECT CASE WHEN m.hidden_at IS NULL THEN m.body ELSE '' END
                          FROM messages m WHERE m.thread_id = t.id ORDER BY m.id DESC LIMIT 1), '')
                    AS last_body
         FROM message_threads t JOIN users u ON u.id = t.low_id
         WHERE t.high_id = $1 AND (t.last_at, t.id) < ($2, $3)
         ORDER BY last_at DESC, id DESC LIMIT $4";
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, ThreadSummary>(sql)
            .bind(user_id)
            .bind(at)
            .bind(id)
            .bind(limit)
            .fetch_all(pool)
            .await?)
    })
}

/// A conversation's messages before message `before` (exclusive), the latest
/// `limit` of them, oldest first.
pub async fn messages_of(
    db: &Db,
    thread_id: i64,
    before: Option<i64>,
    limit: i64,
) -> DbResult<Vec<Message>> {
    let sql = format!(
        "SELECT {MESSAGE_COLUMNS} FROM messages m JOIN users u ON u.id = m.sender_id
         WHERE m.thread_id = $1 AND m.id < $2 ORDER BY m.id DESC LIMIT $3"
    );
    let mut found = with_pool!(db.reader(), |pool| {
        Ok::<_, crate::DbError>(
            sqlx::query_as::<_, Message>(&sql)
                .bind(thread_id)
                .bind(before.unwrap_or(i64::MAX))
                .bind(limit)
                .fetch_all(pool)
                .await?,
        )
    })?;
    found.reverse();
    Ok(found)
}

pub async fn message_by_id(db: &Db, id: i64) -> DbResult<Option<Message>> {
    let sql = format!(
        "SELECT {MESSAGE_COLUMNS} FROM messages m JOIN users u ON u.id = m.sender_id WHERE m.id = $1"
    );
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Message>(&sql)
            .bind(id)
            .fetch_optional(pool)
            .await?)
    })
}

/// `user_id` has read their conversation: nothing in it is unread for them.
pub async fn mark_read(tx: &mut Tx, thread: &Thread, user_id: i64) -> DbResult<()> {
    let column = if thread.low_id == user_id {
        "low_unread"
    } else {
        "high_unread"
    };
    with_tx!(tx, |conn| {
        sqlx::query(&format!(
            "UPDATE message_threads SET {column} = 0 WHERE id = $1"
        ))
        .bind(thread.id)
        .execute(&mut *conn)
        .await?;
        Ok::<_, crate::DbError>(())
    })?;
    tx.changed(Change::Inbox(user_id));
    Ok(())
}

/// Messages not yet read by `user_id`, all conversations together (the menu's number).
pub async fn unread_total(db: &Db, user_id: i64) -> DbResult<i64> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar::<_, i64>(
            // SUM of a BIGINT is NUMERIC on PostgreSQL: cast back.
            "SELECT CAST(COALESCE((SELECT SUM(low_unread) FROM message_threads WHERE low_id = $1), 0)
                  + COALESCE((SELECT SUM(high_unread) FROM message_threads WHERE high_id = $1), 0) AS BIGINT)",
        )
        .bind(user_id)
        .fetch_one(pool)
        .await?)
    })
}

/// Blocks `blocked` for `blocker`; `false` if it already was.
pub async fn block(tx: &mut Tx, blocker: i64, blocked: i64, now: i64) -> DbResult<bool> {
    let added = with_tx!(tx, |conn| {
        Ok::<_, crate::DbError>(
            sqlx::query(
                "INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES ($1, $2, $3)
                 ON CONFLICT (blocker_id, blocked_id) DO NOTHING",
            )
            .bind(blocker)
            .bind(blocked)
            .bind(now)
            .execute(&mut *conn)
            .await?
            .rows_affected(),
        )
    })?;
    tx.changed(Change::Inbox(blocker));
    Ok(added == 1)
}

pub async fn unblock(tx: &mut Tx, blocker: i64, blocked: i64) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM blocks WHERE blocker_id = $1 AND blocked_id = $2")
            .bind(blocker)
            .bind(blocked)
            .execute(&mut *conn)
            .await?;
        Ok::<_, crate::DbError>(())
    })?;
    tx.changed(Change::Inbox(blocker));
    Ok(())
}

/// Everyone `blocker` blocked, with their names, by name.
pub async fn blocked_by(db: &Db, blocker: i64) -> DbResult<Vec<(i64, String)>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, (i64, String)>(
            "SELECT u.id, u.display_name FROM blocks b JOIN users u ON u.id = b.blocked_id
             WHERE b.blocker_id = $1 ORDER BY u.display_name, u.id",
        )
        .bind(blocker)
        .fetch_all(pool)
        .await?)
    })
}

/// Whether either of two people blocked the other.
pub async fn blocked_either_way(db: &Db, a: i64, b: i64) -> DbResult<bool> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM blocks
             WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1)",
        )
        .bind(a)
        .bind(b)
        .fetch_one(pool)
        .await?
            > 0)
    })
}

/// Why a message was hidden ("" if it is not).
pub async fn hidden_reason(db: &Db, id: i64) -> DbResult<String> {
    with_pool!(db.reader(), |pool| {
        Ok(
            sqlx::query_scalar::<_, String>("SELECT hidden_reason FROM messages WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?
                .unwrap_or_default(),
        )
    })
}
