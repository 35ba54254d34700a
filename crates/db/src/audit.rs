//! The audit trail of decisions taken about people: verifications, refusals, role
//! changes and imports. Kept per commune; `detail` never holds a secret.

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
