//! The live Q&A of event stands on both engines: questions (asked by a participant,
//! whose place at the event is who they are there), one upvote per participant per
//! question, answers and hiding by the stand's staff or the event's organisers. The
//! rules (who may ask, upvote, answer, hide; the order shown) are
//! `gemeng_core::events::questions`'.

use serde::Serialize;

use crate::posts::Stored;
use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// A question as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct QuestionRow {
    pub id: i64,
    pub stand_id: i64,
    /// The asker's place at the event.
    pub registration_id: i64,
    pub body: String,
    pub asked_at: i64,
    pub upvotes: i64,
    pub answer: Option<String>,
    pub answered_at: Option<i64>,
    pub hidden_at: Option<i64>,
}

const COLUMNS: &str =
    "id, stand_id, registration_id, body, asked_at, upvotes, answer, answered_at, hidden_at";

/// The confirmed place of account `user_id` at event `event_id`: who they are in its
/// live rooms.
pub async fn place_of(db: &Db, event_id: i64, user_id: i64) -> DbResult<Option<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT id FROM event_registrations
         WHERE event_id = $1 AND user_id = $2 AND confirmed_at IS NOT NULL"
    )
    .bind(event_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await?))
}

/// A question to write.
pub struct NewQuestion<'a> {
    pub stand_id: i64,
    pub registration_id: i64,
    pub user_id: Option<i64>,
    pub body: &'a str,
    pub request_key: &'a str,
    pub at: i64,
}

/// Writes a question; for a request key its asker used before, the question written
/// then (and nothing new).
pub async fn insert(tx: &mut Tx, q: &NewQuestion<'_>) -> DbResult<Stored> {
    let inserted: Option<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar(
        "INSERT INTO event_questions (stand_id, registration_id, user_id, body, asked_at, request_key)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (registration_id, request_key) DO NOTHING RETURNING id"
    )
    .bind(q.stand_id)
    .bind(q.registration_id)
    .bind(q.user_id)
    .bind(q.body)
    .bind(q.at)
    .bind(q.request_key)
    .fetch_optional(&mut *conn)
    .await?
    });
    crate::posts::keyed(
        tx,
        inserted,
        "event_questions",
        q.registration_id,
        q.request_key,
    )
    .await
}

/// When participant `registration_id` asked their questions since `since` (the flood
/// limit's input), read in the transaction that will write the next one.
pub async fn asked_since(tx: &mut Tx, registration_id: i64, since: i64) -> DbResult<Vec<i64>> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT asked_at FROM event_questions WHERE registration_id = $1 AND asked_at >= $2
         ORDER BY asked_at"
    )
    .bind(registration_id)
    .bind(since)
    .fetch_all(&mut *conn)
    .await?))
}

/// Question `id` of stand `stand_id`, if it is one.
pub async fn get(db: &Db, stand_id: i64, id: i64) -> DbResult<Option<QuestionRow>> {
    let sql = format!("SELECT {COLUMNS} FROM event_questions WHERE id = $1 AND stand_id = $2");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(stand_id)
        .fetch_optional(pool)
        .await?))
}

/// Stand `stand_id`'s questions not hidden, in the order they are shown
/// (`gemeng_core::events::questions::question_order`), at most `limit`.
pub async fn shown(db: &Db, stand_id: i64, limit: i64) -> DbResult<Vec<QuestionRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM event_questions WHERE stand_id = $1 AND hidden_at IS NULL
         ORDER BY CASE WHEN answered_at IS NULL THEN 0 ELSE 1 END, upvotes DESC, asked_at, id
         LIMIT $2"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(stand_id)
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// The questions of stand `stand_id` that participant `registration_id` upvoted.
pub async fn upvoted_by(db: &Db, stand_id: i64, registration_id: i64) -> DbResult<Vec<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT v.question_id FROM event_question_votes v
         JOIN event_questions q ON q.id = v.question_id
         WHERE v.registration_id = $1 AND q.stand_id = $2 ORDER BY v.question_id"
    )
    .bind(registration_id)
    .bind(stand_id)
    .fetch_all(pool)
    .await?))
}

/// Participant `registration_id` upvotes question `question_id`: false when they had
/// already (the vote's key decides, whatever the rules read before).
pub async fn upvote(tx: &mut Tx, question_id: i64, registration_id: i64) -> DbResult<bool> {
    let added = with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO event_question_votes (question_id, registration_id) VALUES ($1, $2)
         ON CONFLICT (question_id, registration_id) DO NOTHING"
    )
    .bind(question_id)
    .bind(registration_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    if added == 1 {
        with_tx!(tx, |conn| sqlx::query(
            "UPDATE event_questions SET upvotes = upvotes + 1 WHERE id = $1"
        )
        .bind(question_id)
        .execute(&mut *conn)
        .await?
        .rows_affected());
    }
    Ok(added == 1)
}

/// Answers question `question_id` (or changes its answer) as account `by`.
pub async fn answer(tx: &mut Tx, question_id: i64, text: &str, by: i64, at: i64) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| sqlx::query(
        "UPDATE event_questions SET answer = $2, answered_by = $3, answered_at = $4
         WHERE id = $1 AND hidden_at IS NULL"
    )
    .bind(question_id)
    .bind(text)
    .bind(by)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(done == 1)
}

/// Hides question `question_id` as account `by` (a moderator's act); false when it
/// was hidden already.
pub async fn hide(tx: &mut Tx, question_id: i64, by: i64, at: i64) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| sqlx::query(
        "UPDATE event_questions SET hidden_by = $2, hidden_at = $3
         WHERE id = $1 AND hidden_at IS NULL"
    )
    .bind(question_id)
    .bind(by)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(done == 1)
}
