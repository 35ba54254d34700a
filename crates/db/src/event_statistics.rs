//! What the organisers' statistics of an event day read and what feeds them: stays
//! (a participant present in the hall or at a stand, from the first to the last sign
//! of life), and counts per stand and per workshop. The rules that turn them into
//! charts are `gemeng_core::events::statistics`' and `word_cloud`'s.

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// A sign of life of participant `registration_id` at event `event_id`, in the hall
/// (`stand_id` none) or at a stand, at `now`: their latest stay there is lengthened
/// to `until` if it still runs (it ended at `now - window` or later), or a new one
/// starts.
pub async fn seen(
    tx: &mut Tx,
    event_id: i64,
    registration_id: i64,
    stand_id: Option<i64>,
    (now, until, window): (i64, i64, i64),
) -> DbResult<()> {
    let lengthened = with_tx!(tx, |conn| sqlx::query(
        "UPDATE event_visits SET until_at = $4
         WHERE id = (SELECT id FROM event_visits
                     WHERE registration_id = $1 AND stand_id IS NOT DISTINCT FROM $2
                       AND until_at >= $3
                     ORDER BY until_at DESC LIMIT 1)"
    )
    .bind(registration_id)
    .bind(stand_id)
    .bind(now - window)
    .bind(until)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    if lengthened == 0 {
        with_tx!(tx, |conn| sqlx::query(
            "INSERT INTO event_visits (event_id, registration_id, stand_id, from_at, until_at)
             VALUES ($1, $2, $3, $4, $5)"
        )
        .bind(event_id)
        .bind(registration_id)
        .bind(stand_id)
        .bind(now)
        .bind(until)
        .execute(&mut *conn)
        .await?
        .rows_affected());
    }
    Ok(())
}

/// Event `event_id`'s stays, anywhere: (participant, from, until), at most `limit`.
pub async fn stays(db: &Db, event_id: i64, limit: i64) -> DbResult<Vec<(i64, i64, i64)>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT registration_id, from_at, until_at FROM event_visits
         WHERE event_id = $1 ORDER BY from_at LIMIT $2"
    )
    .bind(event_id)
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// Per stand of event `event_id`, in the hall's order: (stand id, organisation,
/// different visitors, questions asked).
pub async fn per_stand(db: &Db, event_id: i64) -> DbResult<Vec<(i64, String, i64, i64)>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT s.id, s.organisation,
             (SELECT COUNT(DISTINCT v.registration_id) FROM event_visits v WHERE v.stand_id = s.id),
             (SELECT COUNT(*) FROM event_questions q WHERE q.stand_id = s.id)
         FROM event_stands s WHERE s.event_id = $1 ORDER BY s.position"
    )
    .bind(event_id)
    .fetch_all(pool)
    .await?))
}

/// Per workshop of event `event_id`: (activity id, places taken, people marked
/// present), over all its sessions.
pub async fn per_workshop(db: &Db, event_id: i64) -> DbResult<Vec<(i64, i64, i64)>> {
    Ok(with_pool!(db.reader(), |pool| {
        sqlx::query_as(
        "SELECT w.activity_id,
             (SELECT COUNT(*) FROM activity_registrations r JOIN activity_sessions s ON s.id = r.session_id
              WHERE s.activity_id = w.activity_id AND r.status = 'registered'),
             (SELECT COUNT(*) FROM activity_registrations r JOIN activity_sessions s ON s.id = r.session_id
              WHERE s.activity_id = w.activity_id AND r.attended = 1)
         FROM event_workshops w WHERE w.event_id = $1 ORDER BY w.activity_id"
    )
    .bind(event_id)
    .fetch_all(pool)
    .await?
    }))
}

/// Event `event_id`'s places held: (by account holders, by guests who confirmed).
pub async fn registered(db: &Db, event_id: i64) -> DbResult<(i64, i64)> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN user_id IS NOT NULL THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN user_id IS NULL THEN 1 ELSE 0 END), 0)
         FROM event_registrations WHERE event_id = $1 AND confirmed_at IS NOT NULL"
    )
    .bind(event_id)
    .fetch_one(pool)
    .await?))
}

/// Marks account `user_id`, one of stand `stand_id`'s staff, as at it until `until`.
pub async fn staff_seen(tx: &mut Tx, stand_id: i64, user_id: i64, until: i64) -> DbResult<()> {
    with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO event_staff_presence (stand_id, user_id, until_at) VALUES ($1, $2, $3)
         ON CONFLICT (stand_id, user_id) DO UPDATE SET until_at = excluded.until_at"
    )
    .bind(stand_id)
    .bind(user_id)
    .bind(until)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(())
}

/// Who is at event `event_id`'s stands now: per stand with anyone, the participants
/// visiting it (seen since `visitors_since`) and the staff at it (since
/// `staff_since`).
pub async fn at_stands(
    db: &Db,
    event_id: i64,
    (visitors_since, staff_since): (i64, i64),
) -> DbResult<Vec<(i64, i64, i64)>> {
    let visitors: Vec<(i64, i64)> = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT stand_id, COUNT(DISTINCT registration_id) FROM event_visits
         WHERE event_id = $1 AND stand_id IS NOT NULL AND until_at >= $2
         GROUP BY stand_id"
    )
    .bind(event_id)
    .bind(visitors_since)
    .fetch_all(pool)
    .await?);
    let staff: Vec<(i64, i64)> = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT p.stand_id, COUNT(*) FROM event_staff_presence p
         JOIN event_stands s ON s.id = p.stand_id
         WHERE s.event_id = $1 AND p.until_at >= $2
         GROUP BY p.stand_id"
    )
    .bind(event_id)
    .bind(staff_since)
    .fetch_all(pool)
    .await?);
    let mut stands: Vec<i64> = visitors.iter().chain(&staff).map(|(s, _)| *s).collect();
    stands.sort_unstable();
    stands.dedup();
    let count = |list: &[(i64, i64)], stand: i64| {
        list.iter()
            .find(|(s, _)| *s == stand)
            .map_or(0, |(_, n)| *n)
    };
    Ok(stands
        .into_iter()
        .map(|s| (s, count(&visitors, s), count(&staff, s)))
        .collect())
}
