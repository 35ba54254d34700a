//! The networking lounge's chat on both engines: messages in the order of their ids
//! (where a reader resumes), hidden ones left out, a participant's recent sending
//! times for the flood limit. Who may post and read is
//! `gemeng_core::events::lounge`'s to say.

use serde::Serialize;

use crate::posts::Stored;
use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// A message of the lounge, with its author's name (an account's display name, or a
/// guest's name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct LoungeMessage {
    pub id: i64,
    pub registration_id: i64,
    pub author: String,
    pub body: String,
    pub sent_at: i64,
}

const SELECT: &str = "SELECT m.id, m.registration_id,
         COALESCE(u.display_name, r.guest_name, '') AS author, m.body, m.sent_at
     FROM event_lounge_messages m
     JOIN event_registrations r ON r.id = m.registration_id
     LEFT JOIN users u ON u.id = r.user_id";

/// A message to write.
pub struct NewMessage<'a> {
    pub event_id: i64,
    pub registration_id: i64,
    pub user_id: Option<i64>,
    pub body: &'a str,
    pub request_key: &'a str,
    pub at: i64,
}

/// Writes a message; for a request key its author used before, the message written
/// then (and nothing new).
pub async fn insert(tx: &mut Tx, m: &NewMessage<'_>) -> DbResult<Stored> {
    let inserted: Option<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar(
        "INSERT INTO event_lounge_messages (event_id, registration_id, user_id, body, sent_at, request_key)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (registration_id, request_key) DO NOTHING RETURNING id"
    )
    .bind(m.event_id)
    .bind(m.registration_id)
    .bind(m.user_id)
    .bind(m.body)
    .bind(m.at)
    .bind(m.request_key)
    .fetch_optional(&mut *conn)
    .await?
    });
    crate::posts::keyed(
        tx,
        inserted,
        "event_lounge_messages",
        m.registration_id,
        m.request_key,
    )
    .await
}

/// When participant `registration_id` sent lounge messages since `since`.
pub async fn sent_since(tx: &mut Tx, registration_id: i64, since: i64) -> DbResult<Vec<i64>> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT sent_at FROM event_lounge_messages WHERE registration_id = $1 AND sent_at >= $2
         ORDER BY sent_at"
    )
    .bind(registration_id)
    .bind(since)
    .fetch_all(&mut *conn)
    .await?))
}

/// Event `event_id`'s messages not hidden after message `after` (0: from the start),
/// the oldest first, at most `limit`.
pub async fn after(db: &Db, event_id: i64, after: i64, limit: i64) -> DbResult<Vec<LoungeMessage>> {
    let sql = format!(
        "{SELECT} WHERE m.event_id = $1 AND m.id > $2 AND m.hidden_at IS NULL ORDER BY m.id LIMIT $3"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(event_id)
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// Message `id` of event `event_id`, unless hidden.
pub async fn one(db: &Db, event_id: i64, id: i64) -> DbResult<Option<LoungeMessage>> {
    let sql = format!("{SELECT} WHERE m.event_id = $1 AND m.id = $2 AND m.hidden_at IS NULL");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(event_id)
        .bind(id)
        .fetch_optional(pool)
        .await?))
}

/// Event `event_id`'s last `limit` messages not hidden, the oldest first.
pub async fn latest(db: &Db, event_id: i64, limit: i64) -> DbResult<Vec<LoungeMessage>> {
    let sql = format!(
        "{SELECT} WHERE m.event_id = $1 AND m.hidden_at IS NULL ORDER BY m.id DESC LIMIT $2"
    );
    let mut list: Vec<LoungeMessage> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(event_id)
        .bind(limit)
        .fetch_all(pool)
        .await?);
    list.reverse();
    Ok(list)
}

/// Hides message `id` of event `event_id` as account `by`; false when there is no
/// such message shown.
pub async fn hide(tx: &mut Tx, event_id: i64, id: i64, by: i64, at: i64) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| sqlx::query(
        "UPDATE event_lounge_messages SET hidden_by = $3, hidden_at = $4
         WHERE id = $1 AND event_id = $2 AND hidden_at IS NULL"
    )
    .bind(id)
    .bind(event_id)
    .bind(by)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(done == 1)
}

/// How many different participants of event `event_id` were seen since `since`
/// (anywhere at the event): the lounge's "128 people here".
pub async fn present(db: &Db, event_id: i64, since: i64) -> DbResult<i64> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT COUNT(DISTINCT registration_id) FROM event_visits
         WHERE event_id = $1 AND until_at >= $2"
    )
    .bind(event_id)
    .bind(since)
    .fetch_one(pool)
    .await?))
}

/// Mutes participant `registration_id` of event `event_id` for the rest of the day,
/// everywhere (`stand_id` none) or at one stand, as account `by`; false when the same
/// mute is there already.
pub async fn mute(
    tx: &mut Tx,
    event_id: i64,
    registration_id: i64,
    stand_id: Option<i64>,
    by: i64,
    at: i64,
) -> DbResult<bool> {
    let existing: Option<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar(
        "SELECT id FROM event_mutes WHERE registration_id = $1 AND stand_id IS NOT DISTINCT FROM $2"
    )
    .bind(registration_id)
    .bind(stand_id)
    .fetch_optional(&mut *conn)
    .await?
    });
    if existing.is_some() {
        return Ok(false);
    }
    with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO event_mutes (event_id, registration_id, stand_id, muted_by, muted_at)
         VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(event_id)
    .bind(registration_id)
    .bind(stand_id)
    .bind(by)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(true)
}

/// Where participant `registration_id` is muted: none for the whole event, or a stand.
pub async fn mutes_of(db: &Db, registration_id: i64) -> DbResult<Vec<Option<i64>>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT stand_id FROM event_mutes WHERE registration_id = $1 ORDER BY id"
    )
    .bind(registration_id)
    .fetch_all(pool)
    .await?))
}

/// The account (if any) of participant `registration_id` of event `event_id`.
pub async fn account_of(
    db: &Db,
    event_id: i64,
    registration_id: i64,
) -> DbResult<Option<Option<i64>>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT user_id FROM event_registrations WHERE id = $1 AND event_id = $2"
    )
    .bind(registration_id)
    .bind(event_id)
    .fetch_optional(pool)
    .await?))
}

/// The author (their place) of message `id` of event `event_id`, if it is one.
pub async fn author_of(db: &Db, event_id: i64, id: i64) -> DbResult<Option<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT registration_id FROM event_lounge_messages WHERE id = $1 AND event_id = $2"
    )
    .bind(id)
    .bind(event_id)
    .fetch_optional(pool)
    .await?))
}

/// The name of participant `registration_id` (an account's display name, or a
/// guest's name).
pub async fn author_name(db: &Db, registration_id: i64) -> DbResult<String> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT COALESCE(u.display_name, r.guest_name, '') FROM event_registrations r
         LEFT JOIN users u ON u.id = r.user_id WHERE r.id = $1"
    )
    .bind(registration_id)
    .fetch_optional(pool)
    .await?)
    .unwrap_or_default())
}
