//! Imports of a commune's map or register that run in the background: a row per import,
//! "running" until it ends "done", "refused" (the file had problems; nothing was
//! written) or "failed" (ours). The report is JSON the progress page turns into words.

use serde::Serialize;

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ImportJob {
    pub id: i64,
    pub commune_id: i64,
    pub kind: String,
    pub created_at: i64,
    pub finished_at: Option<i64>,
    pub outcome: String,
    pub report: String,
}

/// Records a new running import of `kind` and returns its id; `None` if an import of
/// this commune started after `since` is still running (one at a time per commune).
pub async fn start(
    tx: &mut Tx,
    commune_id: i64,
    kind: &str,
    requested_by: Option<i64>,
    now: i64,
    since: i64,
) -> DbResult<Option<i64>> {
    tx.lock_row("communes", commune_id).await?;
    with_tx!(tx, |conn| {
        let running: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM import_jobs WHERE commune_id = $1 AND outcome = 'running' AND created_at > $2",
        )
        .bind(commune_id)
        .bind(since)
        .fetch_one(&mut *conn)
        .await?;
        if running > 0 {
            return Ok(None);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO import_jobs (commune_id, kind, requested_by, created_at, outcome, report)
             VALUES ($1, $2, $3, $4, 'running', '') RETURNING id",
        )
        .bind(commune_id)
        .bind(kind)
        .bind(requested_by)
        .bind(now)
        .fetch_one(&mut *conn)
        .await?;
        Ok(Some(id))
    })
}

/// Records how an import ended.
pub async fn finish(db: &Db, id: i64, outcome: &str, report: &str, now: i64) -> DbResult<()> {
    with_pool!(db.writer(), |pool| {
        sqlx::query(
            "UPDATE import_jobs SET outcome = $1, report = $2, finished_at = $3 WHERE id = $4",
        )
        .bind(outcome)
        .bind(report)
        .bind(now)
        .bind(id)
        .execute(pool)
        .await?;
        Ok(())
    })
}

/// An import of the commune, by id.
pub async fn of_commune(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<ImportJob>> {
    with_pool!(db.writer(), |pool| {
        Ok(sqlx::query_as::<_, ImportJob>(
            "SELECT id, commune_id, kind, created_at, finished_at, outcome, report
             FROM import_jobs WHERE id = $1 AND commune_id = $2",
        )
        .bind(id)
        .bind(commune_id)
        .fetch_optional(pool)
        .await?)
    })
}
