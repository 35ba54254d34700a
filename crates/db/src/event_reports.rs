//! Reports from an event day's rooms on both engines: filed once per person and item
//! while open, listed for the organisers (all) or a stand's staff (their stand's
//! questions), closed together when an item is judged. Who may report and judge is
//! `gemeng_core::events::moderation`'s to say.

use serde::Serialize;

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// A report to file.
pub struct NewReport<'a> {
    pub event_id: i64,
    /// None for a guest (who has no account).
    pub reporter_id: Option<i64>,
    /// `lounge`, `question` or `private`.
    pub item_type: &'a str,
    pub item_id: i64,
    pub stand_id: Option<i64>,
    pub author_registration_id: i64,
    pub excerpt: &'a str,
    pub reason: &'a str,
    pub details: &'a str,
    pub at: i64,
}

/// Files a report; false when this person has one open on this item already.
pub async fn create(tx: &mut Tx, r: &NewReport<'_>) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO event_reports (event_id, reporter_id, item_type, item_id, stand_id,
             author_registration_id, excerpt, reason, details, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING"
    )
    .bind(r.event_id)
    .bind(r.reporter_id)
    .bind(r.item_type)
    .bind(r.item_id)
    .bind(r.stand_id)
    .bind(r.author_registration_id)
    .bind(r.excerpt)
    .bind(r.reason)
    .bind(r.details)
    .bind(r.at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(done == 1)
}

/// An open report as its judges see it: never who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct OpenReport {
    pub id: i64,
    pub item_type: String,
    pub item_id: i64,
    pub stand_id: Option<i64>,
    pub author_registration_id: i64,
    /// The author's name (an account's display name, or a guest's name).
    pub author: String,
    pub excerpt: String,
    pub reason: String,
    pub details: String,
    pub created_at: i64,
}

const OPEN: &str = "SELECT p.id, p.item_type, p.item_id, p.stand_id, p.author_registration_id,
         COALESCE(u.display_name, r.guest_name, '') AS author,
         p.excerpt, p.reason, p.details, p.created_at
     FROM event_reports p
     JOIN event_registrations r ON r.id = p.author_registration_id
     LEFT JOIN users u ON u.id = r.user_id";

/// Event `event_id`'s open reports, the oldest first, at most `limit`: all of them
/// (`stands` none, for an organiser), or those of questions at `stands` (a stand's
/// staff; at most 20 stands each).
pub async fn open(
    db: &Db,
    event_id: i64,
    stands: Option<&[i64]>,
    limit: i64,
) -> DbResult<Vec<OpenReport>> {
    let within = match stands {
        None => String::new(),
        Some([]) => return Ok(Vec::new()),
        Some(stands) => format!(
            " AND p.stand_id IN ({})",
            (0..stands.len())
                .map(|i| format!("${}", i + 3))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let sql = format!(
        "{OPEN} WHERE p.event_id = $1 AND p.closed_at IS NULL{within}
         ORDER BY p.created_at, p.id LIMIT $2"
    );
    Ok(with_pool!(db.reader(), |pool| {
        let mut query = sqlx::query_as(&sql).bind(event_id).bind(limit);
        for stand in stands.unwrap_or_default() {
            query = query.bind(*stand);
        }
        query.fetch_all(pool).await?
    }))
}

/// Open report `id` of event `event_id`.
pub async fn get(db: &Db, event_id: i64, id: i64) -> DbResult<Option<OpenReport>> {
    let sql = format!("{OPEN} WHERE p.event_id = $1 AND p.id = $2 AND p.closed_at IS NULL");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(event_id)
        .bind(id)
        .fetch_optional(pool)
        .await?))
}

/// Closes every open report of the item as account `by` with `outcome` (`hidden`,
/// `muted` or `dismissed`): how many.
pub async fn close_item(
    tx: &mut Tx,
    event_id: i64,
    (item_type, item_id): (&str, i64),
    by: i64,
    outcome: &str,
    at: i64,
) -> DbResult<u64> {
    Ok(with_tx!(tx, |conn| sqlx::query(
        "UPDATE event_reports SET closed_at = $5, closed_by = $4, outcome = $6
         WHERE event_id = $1 AND item_type = $2 AND item_id = $3 AND closed_at IS NULL"
    )
    .bind(event_id)
    .bind(item_type)
    .bind(item_id)
    .bind(by)
    .bind(at)
    .bind(outcome)
    .execute(&mut *conn)
    .await?
    .rows_affected()))
}
