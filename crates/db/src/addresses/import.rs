//! Importing a commune's address register in steps, none of which keeps the writer
//! for long (SQLite has only one, and log-ins write): the rows are first staged in
//! `address_staging`, a few thousand per transaction; once all are there the import
//! is decided (`import_jobs.staged_rows`), and the staged rows are switched into the
//! register a few thousand per transaction, in natural-key order.
//!
//! What readers see meanwhile: each step changes its addresses together with their
//! neighbourhoods (where their residents live), their words, the vocabulary's counts
//! and the lists of streets, so the search index always matches the addresses; an
//! address is added or updated, never deleted, so none disappears. A register being
//! switched in is old in some addresses and new in others for the seconds it takes.
//!
//! An import that fails or stops while staging leaves the register as it was; its
//! staged rows are deleted at once, or by the commune's next import if the process
//! stopped. One that stops once decided is finished by the commune's next import
//! (its staged rows are complete, and switching a row twice changes nothing).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use gemeng_core::address::AddressRow;
use gemeng_core::geography::Placer;
use serde::Serialize;

use super::{natural_key, placeholders};
use crate::connect::Engine;
use crate::tx::Change;
use crate::{with_pool, with_tx, Db, DbResult};

/// What an import did, and how long it kept the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AddressesImported {
    /// Rows of the file (a row repeated later in the file counts each time).
    pub rows: usize,
    /// Rows that lie in no neighbourhood.
    pub outside: usize,
    /// Write transactions the import ran.
    pub transactions: usize,
    /// The longest of them, from `BEGIN` to the end of `COMMIT`.
    pub longest_transaction: Duration,
}

/// How far an import has come: `staged` of `rows` rows staged, then `switched` of
/// them switched into the register (rows repeated in the file count once).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportProgress {
    pub rows: usize,
    pub staged: usize,
    pub switched: usize,
}

/// Rows staged per transaction, in statements of [`STAGE_BATCH`] rows.
const STAGE_STEP: usize = 1024;
/// Rows per staging `INSERT`. Not more: sqlx's SQLite driver binds a statement's
/// parameters in time that grows faster than their number (2,000 rows of 6 took 10
/// times longer per row than 64 rows do).
const STAGE_BATCH: usize = 64;
/// Staged rows switched into the register per transaction.
const SWITCH_STEP: i64 = 1024;
/// Staged rows deleted per transaction when an import is abandoned.
const DISCARD_STEP: i64 = 5000;

/// On SQLite, after the import has held the writer this long in all since its last
/// pause, it pauses for [`PAUSE`]. Within a process, waiting writers get the writer
/// between any two steps (the pool queues them fairly); a writer in another process
/// (the command line while the server imports, or the other way round) waits in
/// SQLite's busy handler, which sleeps up to 100 ms between looks, so it needs a
/// pause longer than that to get in: it waits about [`HOLD_BEFORE_PAUSE`] at most.
const HOLD_BEFORE_PAUSE: Duration = Duration::from_millis(400);
const PAUSE: Duration = Duration::from_millis(130);

/// A staged row: a register row with its key, placement and words.
struct Staged<'a> {
    key: String,
    row: &'a AddressRow,
    neighbourhood: Option<i64>,
    search_key: String,
    /// The distinct words of the search key, as a JSON array.
    words: String,
}

/// Counts the import's transactions and paces them (see [`HOLD_BEFORE_PAUSE`]).
struct Pace {
    engine: Engine,
    transactions: usize,
    longest: Duration,
    held_since_pause: Duration,
}

impl Pace {
    fn new(db: &Db) -> Self {
        Pace {
            engine: db.engine(),
            transactions: 0,
            longest: Duration::ZERO,
            held_since_pause: Duration::ZERO,
        }
    }

    /// After a transaction that held the writer for `held`.
    async fn after(&mut self, held: Duration) {
        self.transactions += 1;
        self.longest = self.longest.max(held);
        self.held_since_pause += held;
        if self.engine == Engine::Sqlite && self.held_since_pause >= HOLD_BEFORE_PAUSE {
            tokio::time::sleep(PAUSE).await;
            self.held_since_pause = Duration::ZERO;
        } else {
            tokio::task::yield_now().await;
        }
    }
}

/// Adds or updates every row of the register, placing each in its neighbourhood and
/// indexing its words for [`super::search`], in steps (see the module's comment).
/// `job_id` is the commune's running import (`import_jobs`), which keeps other
/// imports of the commune out meanwhile. Within a file, a later row with the same
/// street, number and postcode wins, as it always has.
pub async fn import(
    db: &Db,
    job_id: i64,
    commune_id: i64,
    rows: &[AddressRow],
    placer: &Placer,
    progress: &mut (dyn FnMut(ImportProgress) + Send),
) -> DbResult<AddressesImported> {
    let mut pace = Pace::new(db);
    finish_earlier_imports(db, commune_id, job_id, &mut pace).await?;
    let staged = prepare(rows, placer)?;
    let outside = rows
        .iter()
        .filter(|row| placer.place(row.lon, row.lat).is_none())
        .count();
    let mut report = ImportProgress {
        rows: staged.len(),
        staged: 0,
        switched: 0,
    };
    let staging = stage(db, job_id, &staged, &mut pace, &mut |n| {
        report.staged = n;
        progress(report)
    })
    .await;
    if let Err(e) = staging {
        if let Err(cleaning) = discard(db, job_id, &mut pace).await {
            tracing::error!(error = %cleaning, job_id, "deleting a failed import's staged rows failed");
        }
        return Err(e);
    }
    let held = Instant::now();
    with_pool!(db.writer(), |pool| {
        sqlx::query("UPDATE import_jobs SET staged_rows = $1 WHERE id = $2")
            .bind(staged.len() as i64)
            .bind(job_id)
            .execute(pool)
            .await?;
    });
    pace.after(held.elapsed()).await;
    switch(db, commune_id, job_id, &mut pace, &mut |n| {
        report.switched = n;
        progress(report)
    })
    .await?;
    // PostgreSQL plans the search from its statistics, and reads an index without
    // visiting the table only for pages its visibility map marks all-visible: refresh
    // both now rather than whenever autovacuum comes by (at 160,000 addresses, one
    // statement of the search took 9 to 15 ms before, 1.4 to 2 ms after); and free the
    // staged rows' space. Neither takes a lock that writers wait for.
    if let Db::Postgres(pool) = db {
        sqlx::query(
            "VACUUM (ANALYZE) addresses, address_words, address_vocabulary, address_streets, \
             address_street_words, address_staging",
        )
        .execute(pool)
        .await?;
    }
    Ok(AddressesImported {
        rows: rows.len(),
        outside,
        transactions: pace.transactions,
        longest_transaction: pace.longest,
    })
}

/// The rows to stage, one per natural key (the file's last), in natural-key order.
fn prepare<'a>(rows: &'a [AddressRow], placer: &Placer) -> DbResult<Vec<Staged<'a>>> {
    let mut last: HashMap<String, &AddressRow> = HashMap::with_capacity(rows.len());
    for row in rows {
        last.insert(natural_key(row), row);
    }
    let mut staged = last
        .into_iter()
        .map(|(key, row)| {
            let search_key = row.search_key();
            let distinct: std::collections::BTreeSet<&str> =
                search_key.split(' ').filter(|w| !w.is_empty()).collect();
            let words = serde_json::to_string(&distinct)
                .map_err(|e| crate::DbError::Invalid(e.to_string()))?;
            Ok(Staged {
                key,
                row,
                neighbourhood: placer.place(row.lon, row.lat),
                search_key,
                words,
            })
        })
        .collect::<DbResult<Vec<_>>>()?;
    staged.sort_unstable_by(|a, b| a.key.cmp(&b.key));
    Ok(staged)
}

/// Writes the rows into `address_staging`, [`STAGE_STEP`] per transaction.
async fn stage(
    db: &Db,
    job_id: i64,
    staged: &[Staged<'_>],
    pace: &mut Pace,
    progress: &mut (dyn FnMut(usize) + Send),
) -> DbResult<()> {
    for (s, step) in staged.chunks(STAGE_STEP).enumerate() {
        let mut tx = db.begin().await?;
        let held = Instant::now();
        with_tx!(&mut tx, |conn| {
            for (b, batch) in step.chunks(STAGE_BATCH).enumerate() {
                let first = s * STAGE_STEP + b * STAGE_BATCH;
                let sql = format!(
                    "INSERT INTO address_staging (job_id, seq, natural_key, neighbourhood_id, street, \
                     number, postcode, locality, lat, lon, search_key, words) VALUES {}",
                    placeholders(batch.len(), 12)
                );
                let mut insert = sqlx::query(&sql);
                for (i, staged) in batch.iter().enumerate() {
                    insert = insert
                        .bind(job_id)
                        .bind((first + i) as i64)
                        .bind(&staged.key)
                        .bind(staged.neighbourhood)
                        .bind(&staged.row.street)
                        .bind(&staged.row.number)
                        .bind(&staged.row.postcode)
                        .bind(&staged.row.locality)
                        .bind(staged.row.lat)
                        .bind(staged.row.lon)
                        .bind(&staged.search_key)
                        .bind(&staged.words);
                }
                insert.execute(&mut *conn).await?;
            }
        });
        tx.commit().await?;
        pace.after(held.elapsed()).await;
        progress((s * STAGE_STEP + step.len()).min(staged.len()));
    }
    Ok(())
}

/// Deletes a job's staged rows, a step at a time.
async fn discard(db: &Db, job_id: i64, pace: &mut Pace) -> DbResult<()> {
    loop {
        let held = Instant::now();
        let deleted = with_pool!(db.writer(), |pool| {
            sqlx::query(
                "DELETE FROM address_staging WHERE job_id = $1 AND seq IN \
                 (SELECT seq FROM address_staging WHERE job_id = $1 ORDER BY seq LIMIT $2)",
            )
            .bind(job_id)
            .bind(DISCARD_STEP)
            .execute(pool)
            .await?
            .rows_affected()
        });
        pace.after(held.elapsed()).await;
        if deleted == 0 {
            return Ok(());
        }
    }
}

/// Deals with what earlier imports of the commune left staged (they stopped with the
/// process): finishes those that were decided, discards the others.
async fn finish_earlier_imports(
    db: &Db,
    commune_id: i64,
    job_id: i64,
    pace: &mut Pace,
) -> DbResult<()> {
    let earlier: Vec<(i64, Option<i64>)> = with_pool!(db.writer(), |pool| {
        sqlx::query_as(
            "SELECT j.id, j.staged_rows FROM import_jobs j WHERE j.commune_id = $1 AND j.id <> $2 \
             AND EXISTS (SELECT 1 FROM address_staging s WHERE s.job_id = j.id) ORDER BY j.id",
        )
        .bind(commune_id)
        .bind(job_id)
        .fetch_all(pool)
        .await?
    });
    for (earlier, staged_rows) in earlier {
        if staged_rows.is_some() {
            tracing::warn!(job_id = earlier, "finishing an interrupted address import");
            switch(db, commune_id, earlier, pace, &mut |_| {}).await?;
        } else {
            tracing::warn!(job_id = earlier, "discarding an interrupted address import");
            discard(db, earlier, pace).await?;
        }
    }
    Ok(())
}

/// A staged row `s` of the step (`$2` the job, `$3`..`$4` its range of `seq`).
const IN_STEP: &str = "s.job_id = $2 AND s.seq >= $3 AND s.seq < $4";
/// The commune's address `a` (`$1`) of the staged row `s`.
const ITS_ADDRESS: &str = "a.commune_id = $1 AND a.natural_key = s.natural_key";
/// The address `a` is already as the staged row `s` has it.
const UNCHANGED: &str = "a.street = s.street AND a.number = s.number AND a.postcode = s.postcode \
    AND a.locality = s.locality AND a.lat = s.lat AND a.lon = s.lon AND a.search_key = s.search_key \
    AND a.neighbourhood_id IS NOT DISTINCT FROM s.neighbourhood_id";

/// The words of the staged row `s`, each a row `j.value`, split by the engine's own
/// JSON function.
fn staged_words(db: &Db) -> &'static str {
    match db.engine() {
        Engine::Sqlite => "json_each(s.words) AS j",
        Engine::Postgres => "json_array_elements_text(s.words::json) AS j(value)",
    }
}

/// `column` is one of the strings of the JSON array bound to `$5`. On PostgreSQL an
/// array, so that the index is searched for each (`IN` a set-returning function
/// became a filter over every row of the commune).
fn among_bound_strings(db: &Db, column: &str) -> String {
    match db.engine() {
        Engine::Sqlite => format!("{column} IN (SELECT value FROM json_each($5))"),
        Engine::Postgres => {
            format!("{column} = ANY (ARRAY(SELECT json_array_elements_text($5::json)))")
        }
    }
}

/// Refreshes the statistics of `table` on PostgreSQL (outside any transaction; it
/// takes no lock that writers wait for).
async fn analyze(db: &Db, table: &str) -> DbResult<()> {
    if let Db::Postgres(pool) = db {
        sqlx::query(&format!("ANALYZE {table}"))
            .execute(pool)
            .await?;
    }
    Ok(())
}

/// Switches a decided import's staged rows into the register, [`SWITCH_STEP`] per
/// transaction in natural-key order, until none is left.
async fn switch(
    db: &Db,
    commune_id: i64,
    job_id: i64,
    pace: &mut Pace,
    progress: &mut (dyn FnMut(usize) + Send),
) -> DbResult<()> {
    // Addresses of the step that change: their words go, and come back as staged.
    let changing = format!(
        "SELECT a.id FROM address_staging s JOIN addresses a ON {ITS_ADDRESS} \
         WHERE {IN_STEP} AND NOT ({UNCHANGED})"
    );
    // Every street whose addresses change (under its old name or its new one).
    let streets_sql = format!(
        "SELECT a.street FROM address_staging s JOIN addresses a ON {ITS_ADDRESS} \
         WHERE {IN_STEP} AND NOT ({UNCHANGED}) \
         UNION SELECT s.street FROM address_staging s WHERE {IN_STEP} \
         AND NOT EXISTS (SELECT 1 FROM addresses a WHERE {ITS_ADDRESS} AND {UNCHANGED})"
    );
    let count_words = |sign: &str, from: &str| {
        format!(
            "INSERT INTO address_vocabulary (commune_id, word, addresses) {from} \
             ON CONFLICT (commune_id, word) DO UPDATE SET addresses = address_vocabulary.addresses {sign} excluded.addresses"
        )
    };
    let uncount_old = count_words(
        "-",
        &format!(
            "SELECT $1, w.word, COUNT(*) FROM address_words w WHERE w.address_id IN ({changing}) \
 GROUP BY w.word"
        ),
    );
    let delete_old = format!("DELETE FROM address_words WHERE address_id IN ({changing})");
    let upsert = format!(
        "INSERT INTO addresses (commune_id, neighbourhood_id, street, number, postcode, locality, \
         lat, lon, natural_key, search_key) \
         SELECT $1, s.neighbourhood_id, s.street, s.number, s.postcode, s.locality, s.lat, s.lon, \
         s.natural_key, s.search_key FROM address_staging s WHERE {IN_STEP} \
         AND NOT EXISTS (SELECT 1 FROM addresses a WHERE {ITS_ADDRESS} AND {UNCHANGED}) ORDER BY s.seq \
         ON CONFLICT (commune_id, natural_key) DO UPDATE SET \
         neighbourhood_id = excluded.neighbourhood_id, street = excluded.street, \
         number = excluded.number, postcode = excluded.postcode, locality = excluded.locality, \
         lat = excluded.lat, lon = excluded.lon, search_key = excluded.search_key"
    );
    // The staged words of the step's addresses that have none (new, or changed above).
    let new_words = format!(
        "FROM address_staging s JOIN addresses a ON {ITS_ADDRESS}, {} WHERE {IN_STEP} \
         AND NOT EXISTS (SELECT 1 FROM address_words o WHERE o.address_id = a.id)",
        staged_words(db)
    );
    let count_new = count_words(
        "+",
        &format!("SELECT $1, j.value, COUNT(*) {new_words} GROUP BY j.value"),
    );
    // In key order: appended to the index's ranges rather than scattered over them.
    let insert_new = format!(
        "INSERT INTO address_words (commune_id, word, street, number_length, number, address_id) \
         SELECT a.commune_id, j.value, a.street, LENGTH(a.number), a.number, a.id {new_words} \
         ORDER BY 2, 3, 4, 5, 6"
    );
    let among = |column: &str| among_bound_strings(db, column);
    let street_words = [
        format!(
            "DELETE FROM address_street_words WHERE commune_id = $1 AND {}",
            among("street")
        ),
        format!(
            "INSERT INTO address_street_words (commune_id, street, word) \
             SELECT DISTINCT a.commune_id, a.street, w.word FROM addresses a \
             JOIN address_words w ON w.address_id = a.id \
             WHERE a.commune_id = $1 AND {}",
            among("a.street")
        ),
        format!(
            "DELETE FROM address_streets WHERE commune_id = $1 AND {}",
            among("street")
        ),
        format!(
            "INSERT INTO address_streets (commune_id, street) \
             SELECT DISTINCT commune_id, street FROM address_street_words \
             WHERE commune_id = $1 AND {}",
            among("street")
        ),
    ];
    let mut switched = 0;
    // On PostgreSQL, the statistics of the staged rows, and of the register each time
    // the rows switched in have doubled: planned from a register of a few rows, the
    // join of a step's rows to their addresses read every address for each row (1.3 s
    // for one step at 2,000 addresses).
    let mut analyzed_at = 0;
    analyze(db, "address_staging").await?;
    loop {
        if switched >= (2 * analyzed_at).max(1) {
            analyze(db, "addresses").await?;
            analyzed_at = switched;
        }
        let mut tx = db.begin().await?;
        let held = Instant::now();
        tx.changed(Change::Map(commune_id));
        if let crate::tx::Engine::Postgres(t) = &mut tx.engine {
            // Every statement of a step reads a few thousand rows through an index. The
            // statistics of tables that grow by the step lag behind (an import into an
            // empty register has none worth the name), and PostgreSQL then scans and
            // hashes whole tables instead: 160,000 addresses took 36 s so, 27 s so not.
            sqlx::query(
                "SELECT set_config('enable_seqscan', 'off', true), \
                 set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)",
            )
            .execute(&mut **t)
            .await?;
        }
        let done = with_tx!(&mut tx, |conn| {
            let first: Option<i64> =
                sqlx::query_scalar("SELECT MIN(seq) FROM address_staging WHERE job_id = $1")
                    .bind(job_id)
                    .fetch_one(&mut *conn)
                    .await?;
            let Some(first) = first else {
                break;
            };
            let end = first + SWITCH_STEP;
            // A statement of the step, its first parameters bound.
            macro_rules! step {
                ($sql:expr) => {
                    sqlx::query($sql)
                        .bind(commune_id)
                        .bind(job_id)
                        .bind(first)
                        .bind(end)
                };
            }
            let streets: Vec<String> = sqlx::query_scalar(&streets_sql)
                .bind(commune_id)
                .bind(job_id)
                .bind(first)
                .bind(end)
                .fetch_all(&mut *conn)
                .await?;
            let uncounted = step!(&uncount_old)
                .execute(&mut *conn)
                .await?
                .rows_affected();
            step!(&delete_old).execute(&mut *conn).await?;
            step!(&upsert).execute(&mut *conn).await?;
            step!(&count_new).execute(&mut *conn).await?;
            step!(&insert_new).execute(&mut *conn).await?;
            if uncounted > 0 {
                sqlx::query(
                    "DELETE FROM address_vocabulary WHERE commune_id = $1 AND addresses <= 0",
                )
                .bind(commune_id)
                .execute(&mut *conn)
                .await?;
            }
            if !streets.is_empty() {
                let streets = serde_json::to_string(&streets)
                    .map_err(|e| crate::DbError::Invalid(e.to_string()))?;
                for sql in &street_words {
                    step!(sql).bind(&streets).execute(&mut *conn).await?;
                }
            }
            sqlx::query("DELETE FROM address_staging WHERE job_id = $1 AND seq >= $2 AND seq < $3")
                .bind(job_id)
                .bind(first)
                .bind(end)
                .execute(&mut *conn)
                .await?
                .rows_affected()
        });
        tx.commit().await?;
        pace.after(held.elapsed()).await;
        switched += done as usize;
        progress(switched);
    }
    Ok(())
}
