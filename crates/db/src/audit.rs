//! The audit trail of decisions taken about people: verifications, refusals, role
//! changes and imports. Kept per commune; `detail` never holds a secret.

use crate::tx::Tx;
use crate::with_tx;
use crate::DbResult;

pub async fn record(
    tx: &mut Tx,
    commune_id: Option<i64>,
    actor_id: Option<i64>,
    action: &str,
    subject_id: Option<i64>,
    detail: &str,
    now: i64,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO audit_log (commune_id, actor_id, action, subject_id, detail, at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(commune_id)
        .bind(actor_id)
        .bind(action)
        .bind(subject_id)
        .bind(detail)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// An entry of the audit trail, as staff read it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct Entry {
    pub id: i64,
    pub action: String,
    pub actor_name: Option<String>,
    pub subject_name: Option<String>,
    pub detail: String,
    pub at: i64,
}

/// A commune's audit trail, the latest first, before entry `before`.
pub async fn recent(
    db: &crate::Db,
    commune_id: i64,
    before: Option<i64>,
    limit: i64,
) -> DbResult<Vec<Entry>> {
    crate::with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Entry>(
            "SELECT l.id, l.action, a.display_name AS actor_name, s.display_name AS subject_name,
                    l.detail, l.at
             FROM audit_log l
             LEFT JOIN users a ON a.id = l.actor_id
             LEFT JOIN users s ON s.id = l.subject_id
             WHERE l.commune_id = $1 AND l.id < $2
             ORDER BY l.id DESC LIMIT $3",
        )
        .bind(commune_id)
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(pool)
        .await?)
    })
}
