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
