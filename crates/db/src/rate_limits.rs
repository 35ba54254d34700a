//! Rate limits kept in the database, so they hold across several app instances.
//! Windows of fixed length; a count covers the current window and the one before it,
//! so a burst straddling a window boundary is counted whole rather than reset.
//!
//! Counting is not part of any action's transaction on purpose: an attempt counts
//! even when the action it guards is refused and rolled back.

use std::collections::HashMap;

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

fn window_start(now: i64, window_seconds: i64) -> i64 {
    now - now.rem_euclid(window_seconds.max(1))
}

/// What a bucket holds after a hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hits {
    /// Hits in this window and the one before, this one included.
    pub total: i64,
    /// Hits in this window alone.
    pub current: i64,
    /// When this window ends (Unix seconds).
    pub window_end: i64,
    pub window_seconds: i64,
}

impl Hits {
    /// Seconds until the count falls to `max` or below, if nothing more is added:
    /// the previous window drops out when this one ends, this one a window later.
    pub fn retry_after(&self, max: i64, now: i64) -> i64 {
        let until_end = (self.window_end - now).max(1);
        if self.current > max {
            until_end + self.window_seconds
        } else {
            until_end
        }
    }
}

const PREVIOUS: &str =
    "SELECT CAST(COALESCE(SUM(hits), 0) AS BIGINT) FROM rate_limits WHERE bucket = $1 AND window_start = $2";

/// Records one hit in `bucket` and returns the counts, this hit included. The
/// increment and the read of the current window are one statement, so parallel
/// requests each see a distinct count.
///
/// On SQLite the counter is written without waiting for the disk (`synchronous =
/// NORMAL` for this statement only): a counter lost to a power cut costs nothing,
/// and an fsync per address search or log-in attempt would cap the whole server at
/// the disk's flush rate. The next durable commit flushes it anyway.
pub async fn hit(db: &Db, bucket: &str, window_seconds: i64, now: i64) -> DbResult<Hits> {
    let window_seconds = window_seconds.max(1);
    let start = window_start(now, window_seconds);
    const UPSERT: &str = "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1
         RETURNING hits";
    let current: i64 = match db {
        Db::Sqlite { writer, .. } => {
            let mut conn = writer.acquire().await?;
            sqlx::query("PRAGMA synchronous = NORMAL")
                .execute(&mut *conn)
                .await?;
            let counted = sqlx::query_scalar(UPSERT)
                .bind(bucket)
                .bind(start)
                .fetch_one(&mut *conn)
                .await;
            // Back to durable commits before the connection serves anything else.
            sqlx::query("PRAGMA synchronous = FULL")
                .execute(&mut *conn)
                .await?;
            counted?
        }
        Db::Postgres(pool) => {
            sqlx::query_scalar(UPSERT)
                .bind(bucket)
                .bind(start)
                .fetch_one(pool)
                .await?
        }
    };
    let previous: i64 = with_pool!(db.reader(), |pool| {
        sqlx::query_scalar(PREVIOUS)
            .bind(bucket)
            .bind(start - window_seconds)
            .fetch_one(pool)
            .await?
    });
    Ok(Hits {
        total: current + previous,
        current,
        window_end: start + window_seconds,
        window_seconds,
    })
}

/// Records one hit per entry of `buckets` (a bucket may come several times) inside
/// transaction `tx`, so the counts commit (and are durable) with the actions they
/// guard: for a writer that commits many actions at once, where a separate write per
/// hit would cost more than the actions themselves. One statement whatever the
/// number of hits. Returns, in order, the counts each hit saw as if the hits had
/// been recorded one after the other. A hit counts even if its action is then
/// refused, as long as the transaction commits.
pub async fn hit_each_in(
    tx: &mut Tx,
    buckets: &[&str],
    window_seconds: i64,
    now: i64,
) -> DbResult<Vec<Hits>> {
    let window_seconds = window_seconds.max(1);
    let start = window_start(now, window_seconds);
    // Each bucket once, with its number of hits: one row may not be updated twice
    // by one statement.
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for bucket in buckets {
        *counts.entry(bucket).or_default() += 1;
    }
    if counts.is_empty() {
        return Ok(Vec::new());
    }
    let distinct: Vec<(&str, i64)> = counts.iter().map(|(b, n)| (*b, *n)).collect();
    let rows: Vec<String> = (0..distinct.len())
        .map(|i| format!("(${}, $1, ${})", 3 + 2 * i, 4 + 2 * i))
        .collect();
    let sql = format!(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES {}
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + excluded.hits
         RETURNING bucket, hits, (SELECT CAST(COALESCE(SUM(earlier.hits), 0) AS BIGINT)
             FROM rate_limits AS earlier
             WHERE earlier.bucket = rate_limits.bucket AND earlier.window_start = $2)",
        rows.join(", ")
    );
    let counted: Vec<(String, i64, i64)> = with_tx!(tx, |conn| {
        let mut query = sqlx::query_as(&sql)
            .bind(start)
            .bind(start - window_seconds);
        for (bucket, n) in &distinct {
            query = query.bind(*bucket).bind(*n);
        }
        query.fetch_all(&mut *conn).await?
    });
    let counted: HashMap<String, (i64, i64)> = counted
        .into_iter()
        .map(|(bucket, after, previous)| (bucket, (after, previous)))
        .collect();
    // A hit with `left` hits of its bucket still to come (itself included) saw the
    // count after them all minus those after it.
    let mut hits = Vec::with_capacity(buckets.len());
    for bucket in buckets {
        let (Some(&(after, previous)), Some(left)) = (counted.get(*bucket), counts.get_mut(bucket))
        else {
            return Err(crate::DbError::Invalid(format!(
                "no count for bucket {bucket}"
            )));
        };
        let current = after - (*left - 1);
        *left -= 1;
        hits.push(Hits {
            total: current + previous,
            current,
            window_end: start + window_seconds,
            window_seconds,
        });
    }
    Ok(hits)
}

/// Takes back a hit recorded at `at` (for counters of failures, which count every
/// attempt first and forgive the ones that succeed).
pub async fn forgive(db: &Db, bucket: &str, window_seconds: i64, at: i64) -> DbResult<()> {
    let start = window_start(at, window_seconds);
    with_pool!(db.writer(), |pool| {
        sqlx::query(
            "UPDATE rate_limits SET hits = hits - 1 WHERE bucket = $1 AND window_start = $2 AND hits > 0",
        )
        .bind(bucket)
        .bind(start)
        .execute(pool)
        .await?;
        Ok(())
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
