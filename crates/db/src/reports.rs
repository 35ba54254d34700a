//! Reports of posts, comments and messages, and the moderation that closes them:
//! hiding (and restoring) an item with a reason. The rules (who judges what) are
//! `gemeng_core::moderation`.

use serde::Serialize;

use crate::posts::POST_ITEM;
use crate::tx::{Change, Tx};
use crate::{with_pool, with_tx, Db, DbResult};

/// A report to store.
pub struct NewReport<'a> {
    pub commune_id: i64,
    pub neighbourhood_id: Option<i64>,
    pub reporter_id: i64,
    pub item_type: &'a str,
    pub item_id: i64,
    pub reason: &'a str,
    pub details: &'a str,
}

/// Stores a report; `false` if this person already has one open on this item.
pub async fn create(tx: &mut Tx, report: &NewReport<'_>, now: i64) -> DbResult<bool> {
    with_tx!(tx, |conn| {
        Ok(sqlx::query(
            "INSERT INTO reports (commune_id, neighbourhood_id, reporter_id, item_type, item_id, reason, details, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
        )
        .bind(report.commune_id)
        .bind(report.neighbourhood_id)
        .bind(report.reporter_id)
        .bind(report.item_type)
        .bind(report.item_id)
        .bind(report.reason)
        .bind(report.details)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1)
    })
}

/// An open report, as the queue lists it (never who made it: moderators judge the
/// item, and the author cannot learn who reported them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct OpenReport {
    pub id: i64,
    pub neighbourhood_id: Option<i64>,
    pub item_type: String,
    pub item_id: i64,
    pub reason: String,
    pub details: String,
    pub created_at: i64,
}

/// The open reports of a commune (of one neighbourhood, for its moderator), oldest
/// first, at most `limit`.
pub async fn open(
    db: &Db,
    commune_id: i64,
    neighbourhood_id: Option<i64>,
    limit: i64,
) -> DbResult<Vec<OpenReport>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, OpenReport>(
            "SELECT id, neighbourhood_id, item_type, item_id, reason, details, created_at
             FROM reports WHERE commune_id = $1 AND closed_at IS NULL
               AND ($2 IS NULL OR neighbourhood_id = $2)
             ORDER BY created_at, id LIMIT $3",
        )
        .bind(commune_id)
        .bind(neighbourhood_id)
        .bind(limit)
        .fetch_all(pool)
        .await?)
    })
}

/// The open reports of one item.
pub async fn open_for(db: &Db, item_type: &str, item_id: i64) -> DbResult<Vec<OpenReport>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, OpenReport>(
            "SELECT id, neighbourhood_id, item_type, item_id, reason, details, created_at
             FROM reports WHERE item_type = $1 AND item_id = $2 AND closed_at IS NULL
             ORDER BY created_at, id",
        )
        .bind(item_type)
        .bind(item_id)
        .fetch_all(pool)
        .await?)
    })
}

/// Closes an item's open reports with the decision taken.
pub async fn close_for(
    tx: &mut Tx,
    item_type: &str,
    item_id: i64,
    by: i64,
    outcome: &str,
    now: i64,
) -> DbResult<u64> {
    with_tx!(tx, |conn| {
        Ok(sqlx::query(
            "UPDATE reports SET closed_at = $1, closed_by = $2, outcome = $3
             WHERE item_type = $4 AND item_id = $5 AND closed_at IS NULL",
        )
        .bind(now)
        .bind(by)
        .bind(outcome)
        .bind(item_type)
        .bind(item_id)
        .execute(&mut *conn)
        .await?
        .rows_affected())
    })
}

/// Hides an item (`post`, `comment` or `message`) with the moderator's reason. A
/// hidden post leaves every feed; a hidden comment no longer counts on its post.
pub async fn hide(
    tx: &mut Tx,
    item_type: &str,
    item_id: i64,
    by: i64,
    reason: &str,
    now: i64,
) -> DbResult<()> {
    let table = table_of(item_type);
    let changed = with_tx!(tx, |conn| {
        let changed = sqlx::query(&format!(
            "UPDATE {table} SET hidden_at = $1, hidden_by = $2, hidden_reason = $3
             WHERE id = $4 AND hidden_at IS NULL"
        ))
        .bind(now)
        .bind(by)
        .bind(reason)
        .bind(item_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if changed == 1 && item_type == "post" {
            sqlx::query("DELETE FROM feed_entries WHERE item_type = $1 AND item_id = $2")
                .bind(POST_ITEM)
                .bind(item_id)
                .execute(&mut *conn)
                .await?;
        }
        Ok::<_, crate::DbError>(changed == 1)
    })?;
    match item_type {
        "post" if changed => tx.changed(Change::Post(item_id)),
        "comment" if changed => counted(tx, item_id, "- 1").await?,
        _ => {}
    }
    Ok(())
}

/// Counts a comment shown again (`+ 1`) or hidden (`- 1`) on its post; tells the
/// caches that this post's card changed.
async fn counted(tx: &mut Tx, comment_id: i64, by: &'static str) -> DbResult<()> {
    let post: Option<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar(&format!(
            "UPDATE posts SET comment_count = comment_count {by}
             WHERE id = (SELECT post_id FROM comments WHERE id = $1) RETURNING id"
        ))
        .bind(comment_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    if let Some(post) = post {
        tx.changed(Change::Post(post));
    }
    Ok(())
}

/// Shows a hidden item again; a post returns to the feeds of `feeds` (its audience's,
/// computed again by the caller), at its first place in time.
pub async fn restore(tx: &mut Tx, item_type: &str, item_id: i64, feeds: &[i64]) -> DbResult<()> {
    let table = table_of(item_type);
    if item_type == "post" {
        // Told of before the write (nothing restored makes it a harmless no-op).
        for neighbourhood in feeds {
            tx.changed(Change::Feed(*neighbourhood));
        }
    }
    let changed = with_tx!(tx, |conn| {
        let changed = sqlx::query(&format!(
            "UPDATE {table} SET hidden_at = NULL, hidden_by = NULL, hidden_reason = ''
             WHERE id = $1 AND hidden_at IS NOT NULL"
        ))
        .bind(item_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if changed == 1 && item_type == "post" {
            for neighbourhood in feeds {
                sqlx::query(
                    "INSERT INTO feed_entries (neighbourhood_id, at, item_type, item_id, item_kind, author_id)
                     SELECT $1, created_at, $2, id, kind, author_id FROM posts WHERE id = $3
                     ON CONFLICT (neighbourhood_id, item_type, item_id) DO NOTHING",
                )
                .bind(neighbourhood)
                .bind(POST_ITEM)
                .bind(item_id)
                .execute(&mut *conn)
                .await?;
            }
        }
        Ok::<_, crate::DbError>(changed == 1)
    })?;
    if changed && item_type == "comment" {
        counted(tx, item_id, "+ 1").await?;
    }
    Ok(())
}

/// Only these three tables, whatever the caller passes.
fn table_of(item_type: &str) -> &'static str {
    match item_type {
        "comment" => "comments",
        "message" => "messages",
        _ => "posts",
    }
}
