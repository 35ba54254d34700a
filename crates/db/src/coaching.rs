//! Coaching's storage on both engines: learners' requests for a coach, the coach
//! proposed for each, both acceptances, and the coaches declined. The rules (who may
//! ask, who may coach, how candidates rank) are `gemeng_core::coaching`'s. Every
//! change of state is one `UPDATE … WHERE status = <the state it leaves>`, so two
//! answers at once cannot both win.

use serde::Serialize;

use crate::language_practice::{assemble, LanguageRow, ProfileRow, StoredProfile};
use crate::tx::Tx;
use crate::{is_unique_violation, with_pool, with_tx, Db, DbResult};

/// A request as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct CoachingRequest {
    pub id: i64,
    pub commune_id: i64,
    pub learner_id: i64,
    pub language: String,
    pub level: String,
    pub note: String,
    pub created_at: i64,
    /// open, proposed, matched, withdrawn or ended.
    pub status: String,
    pub coach_id: Option<i64>,
    pub proposed_at: Option<i64>,
    pub coach_accepted_at: Option<i64>,
    pub learner_accepted_at: Option<i64>,
    pub closed_at: Option<i64>,
}

impl CoachingRequest {
    /// Whether both accepted and it runs: then, and only then, each sees the other's
    /// contact.
    pub fn matched(&self) -> bool {
        self.status == "matched"
    }

    /// Whether it is over (withdrawn or ended).
    pub fn closed(&self) -> bool {
        self.closed_at.is_some()
    }
}

const COLUMNS: &str = "id, commune_id, learner_id, language, level, note, created_at, status,
    coach_id, proposed_at, coach_accepted_at, learner_accepted_at, closed_at";

/// What a new request says (checked by `gemeng_core::coaching::check_request`).
pub struct NewRequest<'a> {
    pub commune_id: i64,
    pub learner_id: i64,
    pub language: &'a str,
    pub level: &'a str,
    pub note: &'a str,
    pub at: i64,
}

/// Stores a new open request: its id, or `None` when the learner has one for the
/// language that is not over (the unique index decides, even for two at once). After
/// `None` the transaction is spoilt on PostgreSQL: the caller drops it.
pub async fn create(tx: &mut Tx, new: &NewRequest<'_>) -> DbResult<Option<i64>> {
    let inserted: Result<i64, sqlx::Error> = with_tx!(tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO coaching_requests (commune_id, learner_id, language, level, note,
                 created_at, status)
             VALUES ($1, $2, $3, $4, $5, $6, 'open') RETURNING id",
        )
        .bind(new.commune_id)
        .bind(new.learner_id)
        .bind(new.language)
        .bind(new.level)
        .bind(new.note)
        .bind(new.at)
        .fetch_one(&mut *conn)
        .await
    });
    match inserted {
        Ok(id) => Ok(Some(id)),
        Err(e) if is_unique_violation(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The languages of `learner_id`'s requests that are not over.
/// (A read before the insert, for the message: the unique index closes the race.)
pub async fn open_languages(db: &Db, learner_id: i64) -> DbResult<Vec<String>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT language FROM coaching_requests
         WHERE learner_id = $1 AND status IN ('open', 'proposed', 'matched')"
    )
    .bind(learner_id)
    .fetch_all(pool)
    .await?))
}

/// `learner_id`'s requests, those not over first, then the newest; 20 at most.
pub async fn requests_of(db: &Db, learner_id: i64) -> DbResult<Vec<CoachingRequest>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM coaching_requests WHERE learner_id = $1
         ORDER BY created_at DESC, id DESC LIMIT 20"
    );
    let mut list: Vec<CoachingRequest> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(learner_id)
        .fetch_all(pool)
        .await?);
    list.sort_by_key(CoachingRequest::closed);
    Ok(list)
}

/// The requests `coach_id` was proposed for and has not declined: those not over
/// first, then the newest; 20 at most. (A declined request is open again, without
/// them, and leaves their list.)
pub async fn coachings_of(db: &Db, coach_id: i64) -> DbResult<Vec<CoachingRequest>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM coaching_requests WHERE coach_id = $1
         ORDER BY proposed_at DESC, id DESC LIMIT 20"
    );
    let mut list: Vec<CoachingRequest> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(coach_id)
        .fetch_all(pool)
        .await?);
    list.sort_by_key(CoachingRequest::closed);
    Ok(list)
}

/// Request `id` in commune `commune_id` if `user_id` is its learner or its coach.
pub async fn request_of(
    db: &Db,
    commune_id: i64,
    user_id: i64,
    id: i64,
) -> DbResult<Option<CoachingRequest>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM coaching_requests WHERE id = $1 AND commune_id = $2
         AND (learner_id = $3 OR coach_id = $3)"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(commune_id)
        .bind(user_id)
        .fetch_optional(pool)
        .await?))
}

/// Request `id`, read inside `tx` (after `Tx::lock_row`, its state as it stands).
pub async fn request_in(tx: &mut Tx, id: i64) -> DbResult<Option<CoachingRequest>> {
    let sql = format!("SELECT {COLUMNS} FROM coaching_requests WHERE id = $1");
    Ok(with_tx!(tx, |conn| sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?))
}

/// Commune `commune_id`'s open requests (no coach proposed), the oldest first; `limit`
/// at most.
pub async fn open_requests(
    tx: &mut Tx,
    commune_id: i64,
    limit: i64,
) -> DbResult<Vec<CoachingRequest>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM coaching_requests WHERE commune_id = $1 AND status = 'open'
         ORDER BY created_at, id LIMIT $2"
    );
    Ok(with_tx!(tx, |conn| sqlx::query_as(&sql)
        .bind(commune_id)
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?))
}

/// Every language profile of commune `commune_id`, by user id: the candidates.
pub async fn commune_profiles(tx: &mut Tx, commune_id: i64) -> DbResult<Vec<StoredProfile>> {
    let rows: Vec<ProfileRow> = with_tx!(tx, |conn| sqlx::query_as(
        "SELECT user_id, availability, welcomes_intergenerational, birth_year
         FROM language_profiles WHERE commune_id = $1 ORDER BY user_id"
    )
    .bind(commune_id)
    .fetch_all(&mut *conn)
    .await?);
    let languages: Vec<LanguageRow> = with_tx!(tx, |conn| sqlx::query_as(
        "SELECT l.user_id, l.language, l.level, l.learns, l.offers
         FROM language_profiles p JOIN language_profile_languages l ON l.user_id = p.user_id
         WHERE p.commune_id = $1 ORDER BY l.user_id"
    )
    .bind(commune_id)
    .fetch_all(&mut *conn)
    .await?);
    Ok(assemble(rows, languages))
}

/// How many coachings each coach of commune `commune_id` holds (proposed or agreed).
pub async fn loads(tx: &mut Tx, commune_id: i64) -> DbResult<Vec<(i64, i64)>> {
    Ok(with_tx!(tx, |conn| sqlx::query_as(
        "SELECT coach_id, COUNT(*) FROM coaching_requests
         WHERE commune_id = $1 AND status IN ('proposed', 'matched') AND coach_id IS NOT NULL
         GROUP BY coach_id"
    )
    .bind(commune_id)
    .fetch_all(&mut *conn)
    .await?))
}

/// The coaches declined for each open request of commune `commune_id`, as
/// (request, coach).
pub async fn declines(tx: &mut Tx, commune_id: i64) -> DbResult<Vec<(i64, i64)>> {
    Ok(with_tx!(tx, |conn| sqlx::query_as(
        "SELECT d.request_id, d.coach_id FROM coaching_declines d
         JOIN coaching_requests r ON r.id = d.request_id
         WHERE r.commune_id = $1 AND r.status = 'open'"
    )
    .bind(commune_id)
    .fetch_all(&mut *conn)
    .await?))
}

/// Proposes `coach_id` for open request `id`; whether it was open.
pub async fn propose(tx: &mut Tx, id: i64, coach_id: i64, at: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE coaching_requests SET status = 'proposed', coach_id = $2, proposed_at = $3
         WHERE id = $1 AND status = 'open'"
    )
    .bind(id)
    .bind(coach_id)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// `user_id` (learner or coach) accepts proposed request `id`; whether it was
/// proposed to them. Accepting twice keeps the first time.
pub async fn accept(tx: &mut Tx, id: i64, user_id: i64, at: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| {
        sqlx::query(
        "UPDATE coaching_requests SET
             coach_accepted_at = CASE WHEN coach_id = $2 THEN COALESCE(coach_accepted_at, $3) ELSE coach_accepted_at END,
             learner_accepted_at = CASE WHEN learner_id = $2 THEN COALESCE(learner_accepted_at, $3) ELSE learner_accepted_at END
         WHERE id = $1 AND status = 'proposed' AND (coach_id = $2 OR learner_id = $2)"
    )
    .bind(id)
    .bind(user_id)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected()
    });
    Ok(changed == 1)
}

/// Marks request `id` agreed once both accepted; whether this call did (so the two
/// are told each other's contact once).
pub async fn mark_matched(tx: &mut Tx, id: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE coaching_requests SET status = 'matched'
         WHERE id = $1 AND status = 'proposed' AND coach_id IS NOT NULL
         AND coach_accepted_at IS NOT NULL AND learner_accepted_at IS NOT NULL"
    )
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// `user_id` (learner or coach) declines coach `coach_id` proposed for request `id`:
/// the request is open again and that coach is never proposed for it again. Whether
/// it was proposed with that coach.
pub async fn decline(tx: &mut Tx, id: i64, coach_id: i64, user_id: i64, at: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE coaching_requests SET status = 'open', coach_id = NULL, proposed_at = NULL,
             coach_accepted_at = NULL, learner_accepted_at = NULL
         WHERE id = $1 AND status = 'proposed' AND coach_id = $2
         AND (learner_id = $3 OR coach_id = $3)"
    )
    .bind(id)
    .bind(coach_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    if changed != 1 {
        return Ok(false);
    }
    with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO coaching_declines (request_id, coach_id, declined_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING"
    )
    .bind(id)
    .bind(coach_id)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(true)
}

/// The learner withdraws request `id` while nobody has agreed (open or proposed);
/// whether it was.
pub async fn withdraw(tx: &mut Tx, id: i64, learner_id: i64, at: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE coaching_requests SET status = 'withdrawn', closed_at = $3, closed_by = $2
         WHERE id = $1 AND learner_id = $2 AND status IN ('open', 'proposed')"
    )
    .bind(id)
    .bind(learner_id)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// The learner or the coach ends agreed request `id`; whether it was running.
pub async fn end(tx: &mut Tx, id: i64, user_id: i64, at: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE coaching_requests SET status = 'ended', closed_at = $3, closed_by = $2
         WHERE id = $1 AND status = 'matched' AND (learner_id = $2 OR coach_id = $2)"
    )
    .bind(id)
    .bind(user_id)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// Commune `commune_id`'s requests waiting for a coach, proposed, and agreed.
pub async fn counts(db: &Db, commune_id: i64) -> DbResult<(i64, i64, i64)> {
    Ok(with_pool!(db.reader(), |pool| {
        sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM coaching_requests WHERE commune_id = $1 AND status = 'open'),
                (SELECT COUNT(*) FROM coaching_requests WHERE commune_id = $1 AND status = 'proposed'),
                (SELECT COUNT(*) FROM coaching_requests WHERE commune_id = $1 AND status = 'matched')"
    )
    .bind(commune_id)
    .fetch_one(pool)
    .await?
    }))
}
