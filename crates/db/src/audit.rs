//! The audit trail of decisions taken about people: verifications, refusals, role
//! changes and imports. Kept per commune; `detail` never holds a secret.

use serde::Serialize;

use crate::{with_pool, Db, DbResult};

pub async fn record(
    db: &Db,
    commune_id: Option<i64>,
    actor_id: Option<i64>,
    action: &str,
    subject_id: Option<i64>,
    detail: &str,
    now: i64,
) -> DbResult<()> {
    with_pool!(db.writer(), |pool| {
        sqlx::query(
            "INSERT INTO audit_log (commune_id, actor_id, action, subject_id, detail, at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(commune_id)
        .bind(actor_id)
        .bind(action)
        .bind(subject_id)
        .bind(detail)
        .bind(now)
        .execute(pool)
        .await?;
        Ok(())
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Entry {
    pub actor_id: Option<i64>,
    pub action: String,
    pub subject_id: Option<i64>,
    pub detail: String,
    pub at: i64,
}

pub async fn recent(db: &Db, commune_id: i64, limit: i64) -> DbResult<Vec<Entry>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Entry>(
            "SELECT actor_id, action, subject_id, detail, at FROM audit_log WHERE commune_id = $1 ORDER BY at DESC, id DESC LIMIT $2",
        )
        .bind(commune_id)
        .bind(limit)
        .fetch_all(pool)
        .await?)
    })
}
