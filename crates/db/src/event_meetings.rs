//! "Meet someone" on both engines: requests waiting for their round, the private
//! chats the rounds open, and the chats' messages. Who is paired with whom is
//! `gemeng_core::events::meeting`'s to say; who reads and posts in a chat,
//! `gemeng_core::events::lounge`'s.

use serde::Serialize;

use crate::posts::Stored;
use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// A request to store.
pub struct NewRequest<'a> {
    pub event_id: i64,
    pub registration_id: i64,
    pub user_id: Option<i64>,
    pub at: i64,
    pub round: i64,
    /// Codes separated by spaces.
    pub languages: &'a str,
    pub preferred: Option<&'a str>,
}

/// Stores a waiting request; false when the person has one waiting already (it is
/// kept, with its place in line).
pub async fn ask(tx: &mut Tx, r: &NewRequest<'_>) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| {
        sqlx::query(
        "INSERT INTO event_meet_requests
             (event_id, registration_id, user_id, asked_at, round_minute, languages, preferred, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting')
         ON CONFLICT DO NOTHING"
    )
    .bind(r.event_id)
    .bind(r.registration_id)
    .bind(r.user_id)
    .bind(r.at)
    .bind(r.round)
    .bind(r.languages)
    .bind(r.preferred)
    .execute(&mut *conn)
    .await?
    .rows_affected()
    });
    Ok(done == 1)
}

/// Withdraws the waiting request of `registration_id`; false when none was waiting
/// (a round may have paired it just before).
pub async fn withdraw(tx: &mut Tx, registration_id: i64, at: i64) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| sqlx::query(
        "UPDATE event_meet_requests SET state = 'withdrawn', decided_at = $2
         WHERE registration_id = $1 AND state = 'waiting'"
    )
    .bind(registration_id)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(done == 1)
}

/// How many requests `registration_id` made since `since` (a limit on asking again
/// and again).
pub async fn asked_since(tx: &mut Tx, registration_id: i64, since: i64) -> DbResult<i64> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT COUNT(*) FROM event_meet_requests WHERE registration_id = $1 AND asked_at >= $2"
    )
    .bind(registration_id)
    .bind(since)
    .fetch_one(&mut *conn)
    .await?))
}

/// A person's latest request, with the chat it led to (if any).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub registration_id: i64,
    pub asked_at: i64,
    pub languages: String,
    pub preferred: Option<String>,
    pub state: String,
    pub chat_id: Option<i64>,
    pub decided_at: Option<i64>,
}

const REQUEST: &str =
    "SELECT id, registration_id, asked_at, languages, preferred, state, chat_id, decided_at
     FROM event_meet_requests";

/// The latest request of participant `registration_id`.
pub async fn latest(db: &Db, registration_id: i64) -> DbResult<Option<RequestRow>> {
    let sql = format!("{REQUEST} WHERE registration_id = $1 ORDER BY id DESC LIMIT 1");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(registration_id)
        .fetch_optional(pool)
        .await?))
}

/// The requests of event `event_id` a round decided at `at`: whom to tell.
pub async fn decided(db: &Db, event_id: i64, at: i64) -> DbResult<Vec<RequestRow>> {
    let sql = format!("{REQUEST} WHERE event_id = $1 AND decided_at = $2 ORDER BY id");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(event_id)
        .bind(at)
        .fetch_all(pool)
        .await?))
}

/// The events with requests waiting for a round before `round` (a round that is
/// over).
pub async fn due_events(db: &Db, round: i64) -> DbResult<Vec<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT DISTINCT event_id FROM event_meet_requests
         WHERE state = 'waiting' AND round_minute < $1 ORDER BY event_id"
    )
    .bind(round)
    .fetch_all(pool)
    .await?))
}

/// The requests of event `event_id` waiting for a round before `round`, in the
/// order they were made (the round takes them under the event's lock).
pub async fn due(tx: &mut Tx, event_id: i64, round: i64) -> DbResult<Vec<RequestRow>> {
    let sql = format!(
        "{REQUEST} WHERE event_id = $1 AND state = 'waiting' AND round_minute < $2
         ORDER BY asked_at, id"
    );
    Ok(with_tx!(tx, |conn| sqlx::query_as(&sql)
        .bind(event_id)
        .bind(round)
        .fetch_all(&mut *conn)
        .await?))
}

/// Pairs of waiting participants of event `event_id` who must not meet, each as
/// (one who avoids, one avoided): one blocked the other's account, or they met in a
/// chat of this event already.
pub async fn avoided(tx: &mut Tx, event_id: i64) -> DbResult<Vec<(i64, i64)>> {
    let blocked: Vec<(i64, i64)> = with_tx!(tx, |conn| sqlx::query_as(
        "SELECT a.registration_id, b.registration_id
         FROM event_meet_requests a
         JOIN blocks k ON k.blocker_id = a.user_id
         JOIN event_meet_requests b
           ON b.event_id = a.event_id AND b.state = 'waiting' AND b.user_id = k.blocked_id
         WHERE a.event_id = $1 AND a.state = 'waiting'"
    )
    .bind(event_id)
    .fetch_all(&mut *conn)
    .await?);
    let met: Vec<(i64, i64)> = with_tx!(tx, |conn| sqlx::query_as(
        "SELECT c.first_registration_id, c.second_registration_id
         FROM event_private_chats c
         WHERE c.event_id = $1
           AND EXISTS (SELECT 1 FROM event_meet_requests a
                       WHERE a.registration_id = c.first_registration_id AND a.state = 'waiting')
           AND EXISTS (SELECT 1 FROM event_meet_requests b
                       WHERE b.registration_id = c.second_registration_id AND b.state = 'waiting')"
    )
    .bind(event_id)
    .fetch_all(&mut *conn)
    .await?);
    Ok(blocked.into_iter().chain(met).collect())
}

/// Opens a private chat between `first` and `second` in `language` at `at`, and marks
/// both their waiting requests paired with it: the chat's id.
pub async fn open_chat(
    tx: &mut Tx,
    event_id: i64,
    (first, second): (i64, i64),
    language: &str,
    at: i64,
) -> DbResult<i64> {
    let chat: i64 = with_tx!(tx, |conn| sqlx::query_scalar(
        "INSERT INTO event_private_chats
             (event_id, first_registration_id, second_registration_id, language, started_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(event_id)
    .bind(first)
    .bind(second)
    .bind(language)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?);
    with_tx!(tx, |conn| sqlx::query(
        "UPDATE event_meet_requests SET state = 'paired', chat_id = $1, decided_at = $2
         WHERE state = 'waiting' AND registration_id IN ($3, $4)"
    )
    .bind(chat)
    .bind(at)
    .bind(first)
    .bind(second)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(chat)
}

/// Request `id` waits for round `round`, or (`round` none) is given up at `at`:
/// nobody was free.
pub async fn carry_over(tx: &mut Tx, id: i64, round: Option<i64>, at: i64) -> DbResult<()> {
    with_tx!(tx, |conn| match round {
        Some(round) => sqlx::query(
            "UPDATE event_meet_requests SET round_minute = $2 WHERE id = $1 AND state = 'waiting'"
        )
        .bind(id)
        .bind(round)
        .execute(&mut *conn)
        .await?
        .rows_affected(),
        None => sqlx::query(
            "UPDATE event_meet_requests SET state = 'unpaired', decided_at = $2
             WHERE id = $1 AND state = 'waiting'"
        )
        .bind(id)
        .bind(at)
        .execute(&mut *conn)
        .await?
        .rows_affected(),
    });
    Ok(())
}

/// A private chat, with its two people's names (an account's display name, or a
/// guest's name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ChatRow {
    pub id: i64,
    pub event_id: i64,
    pub first_registration_id: i64,
    pub second_registration_id: i64,
    pub first_name: String,
    pub second_name: String,
    pub language: String,
    pub started_at: i64,
}

impl ChatRow {
    /// The other person's name, for `registration_id` (one of the two).
    pub fn partner_of(&self, registration_id: i64) -> &str {
        if registration_id == self.first_registration_id {
            &self.second_name
        } else {
            &self.first_name
        }
    }
}

const CHAT: &str = "SELECT c.id, c.event_id, c.first_registration_id, c.second_registration_id,
         COALESCE(u1.display_name, r1.guest_name, '') AS first_name,
         COALESCE(u2.display_name, r2.guest_name, '') AS second_name,
         c.language, c.started_at
     FROM event_private_chats c
     JOIN event_registrations r1 ON r1.id = c.first_registration_id
     LEFT JOIN users u1 ON u1.id = r1.user_id
     JOIN event_registrations r2 ON r2.id = c.second_registration_id
     LEFT JOIN users u2 ON u2.id = r2.user_id";

/// Chat `id` of event `event_id`.
pub async fn chat(db: &Db, event_id: i64, id: i64) -> DbResult<Option<ChatRow>> {
    let sql = format!("{CHAT} WHERE c.id = $1 AND c.event_id = $2");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(event_id)
        .fetch_optional(pool)
        .await?))
}

/// The chats of participant `registration_id`, the latest first (a day holds a few).
pub async fn chats_of(db: &Db, registration_id: i64, limit: i64) -> DbResult<Vec<ChatRow>> {
    let sql = format!(
        "{CHAT} WHERE c.first_registration_id = $1 OR c.second_registration_id = $1
         ORDER BY c.id DESC LIMIT $2"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(registration_id)
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// A message of a private chat, with its author's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct PrivateMessage {
    pub id: i64,
    pub chat_id: i64,
    pub registration_id: i64,
    pub author: String,
    pub body: String,
    pub sent_at: i64,
}

const MESSAGE: &str = "SELECT m.id, m.chat_id, m.registration_id,
         COALESCE(u.display_name, r.guest_name, '') AS author, m.body, m.sent_at
     FROM event_private_messages m
     JOIN event_registrations r ON r.id = m.registration_id
     LEFT JOIN users u ON u.id = r.user_id";

/// A private message to write.
pub struct NewMessage<'a> {
    pub chat_id: i64,
    pub registration_id: i64,
    pub user_id: Option<i64>,
    pub body: &'a str,
    pub request_key: &'a str,
    pub at: i64,
}

/// Writes a message; for a request key its author used before, the message written
/// then (and nothing new).
pub async fn say(tx: &mut Tx, m: &NewMessage<'_>) -> DbResult<Stored> {
    let inserted: Option<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar(
        "INSERT INTO event_private_messages (chat_id, registration_id, user_id, body, sent_at, request_key)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (registration_id, request_key) DO NOTHING RETURNING id"
    )
    .bind(m.chat_id)
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
        "event_private_messages",
        m.registration_id,
        m.request_key,
    )
    .await
}

/// When participant `registration_id` sent private messages since `since`.
pub async fn sent_since(tx: &mut Tx, registration_id: i64, since: i64) -> DbResult<Vec<i64>> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT sent_at FROM event_private_messages WHERE registration_id = $1 AND sent_at >= $2
         ORDER BY sent_at"
    )
    .bind(registration_id)
    .bind(since)
    .fetch_all(&mut *conn)
    .await?))
}

/// Chat `chat_id`'s messages after message `after` (0: from the start), the oldest
/// first, at most `limit`.
pub async fn messages(
    db: &Db,
    chat_id: i64,
    after: i64,
    limit: i64,
) -> DbResult<Vec<PrivateMessage>> {
    let sql = format!("{MESSAGE} WHERE m.chat_id = $1 AND m.id > $2 ORDER BY m.id LIMIT $3");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(chat_id)
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// Message `id` of chat `chat_id`.
pub async fn message(db: &Db, chat_id: i64, id: i64) -> DbResult<Option<PrivateMessage>> {
    let sql = format!("{MESSAGE} WHERE m.chat_id = $1 AND m.id = $2");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(chat_id)
        .bind(id)
        .fetch_optional(pool)
        .await?))
}
