//! Rate limits kept in the database, so they hold across several app instances.
//! Windows of fixed length; a count covers the current window and the one before it,
//! so a burst straddling a window boundary is counted whole rather than reset.

use crate::{with_pool, Db, DbResult};

fn window_start(now: i64, window_seconds: i64) -> i64 {
    now - now.rem_euclid(window_seconds.max(1))
}

const COUNT: &str = "SELECT CAST(COALESCE(SUM(hits), 0) AS BIGINT) FROM rate_limits WHERE bucket = $1 AND window_start >= $2";

/// Records one hit in `bucket` and returns the count, this hit included.
pub async fn hit(db: &Db, bucket: &str, window_seconds: i64, now: i64) -> DbResult<i64> {
    let start = window_start(now, window_seconds);
    with_pool!(db.writer(), |pool| {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
             ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1",
        )
        .bind(bucket)
        .bind(start)
        .execute(&mut *tx)
        .await?;
        let count: i64 = sqlx::query_scalar(COUNT)
            .bind(bucket)
            .bind(start - window_seconds.max(1))
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(count)
    })
}

/// The count of `bucket` now, without adding a hit.
pub async fn current(db: &Db, bucket: &str, window_seconds: i64, now: i64) -> DbResult<i64> {
    let start = window_start(now, window_seconds);
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar(COUNT)
            .bind(bucket)
            .bind(start - window_seconds.max(1))
            .fetch_one(pool)
            .await?)
    })
}

/// Drops windows that ended before `before`; run by a background job.
pub async fn delete_before(db: &Db, before: i64) -> DbResult<u64> {
    with_pool!(db.writer(), |pool| {
        Ok(
            sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
                .bind(before)
                .execute(pool)
                .await?
                .rows_affected(),
        )
    })
}
