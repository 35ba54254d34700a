//! Rate limits kept in the database, so they hold across several app instances.
//! Fixed windows: each hit increments the counter of (bucket, window) atomically.

use crate::{with_pool, Db, DbResult};

/// Records one hit in `bucket` and returns how many hits the current window holds.
pub async fn hit(db: &Db, bucket: &str, window_seconds: i64, now: i64) -> DbResult<i64> {
    let window_start = now - now.rem_euclid(window_seconds.max(1));
    with_pool!(db.writer(), |pool| {
        Ok(sqlx::query_scalar(
            "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
             ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1
             RETURNING hits",
        )
        .bind(bucket)
        .bind(window_start)
        .fetch_one(pool)
        .await?)
    })
}

/// How many hits the current window of `bucket` holds, without adding one.
pub async fn current(db: &Db, bucket: &str, window_seconds: i64, now: i64) -> DbResult<i64> {
    let window_start = now - now.rem_euclid(window_seconds.max(1));
    with_pool!(db.reader(), |pool| {
        let hits: Option<i64> = sqlx::query_scalar(
            "SELECT hits FROM rate_limits WHERE bucket = $1 AND window_start = $2",
        )
        .bind(bucket)
        .bind(window_start)
        .fetch_optional(pool)
        .await?;
        Ok(hits.unwrap_or(0))
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
