//! Consultations' storage (`PRODUCT.md` C3): their definitions, named and anonymous
//! answer sets, and who took part.
//!
//! A definition is the JSON of `gemeng_core::consultation::Consultation`; the columns
//! beside it (status, times, audience, anonymity) are what lists filter on. A draft
//! is changed until it is published; a published consultation never changes, so an
//! answer is checked against the definition it was given to.
//!
//! # Anonymous answers cannot be linked to residents
//!
//! `consultation_anonymous_answers` holds no resident and no time finer than the day
//! (`gemeng_core::consultation::stored_form`); its key is 256 random bits, so its
//! order (the primary key's, on SQLite a `WITHOUT ROWID` table whose rows are kept
//! in that order) is a random one. Who took part is `consultation_participants`,
//! keyed by consultation and resident, with no time either and no key of the answer:
//! the two tables share nothing but the consultation. The key of the form a resident
//! sent is kept with their participation (to recognise a replayed post), never with
//! the answer.
//!
//! PostgreSQL also keeps, on each row, the transaction that wrote it (`xmin`) and its
//! place in the table file (`ctid`): an answer and its participation are written by one
//! transaction, in the order the answers came. [`blur`] rewrites a consultation's
//! answers of one day in one statement (delete and insert again, sorted by the random
//! key) in the transaction of every anonymous answer: the day's answers then all carry
//! the `xmin` of the latest participation and lie in key order, so a participation's
//! `xmin` points at no answer, and the day is all an answer tells of its time. The
//! cost of an answer grows with the day's answers, not the consultation's. Reads list
//! anonymous answers by their key. The database's own write-ahead log and backups are
//! outside what a table read shows, and are kept from staff.

use serde::Serialize;

use crate::posts::Stored;
use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// A consultation to store or a draft's new version (checked by
/// `gemeng_core::consultation::check_consultation`).
#[derive(Debug, Clone)]
pub struct NewConsultation<'a> {
    pub commune_id: i64,
    /// `poll` or `survey`.
    pub kind: &'a str,
    /// The neighbourhoods asked; `None` for the whole commune.
    pub neighbourhoods: Option<&'a [i64]>,
    pub anonymous: bool,
    /// `while_open`, `after_closing` or `never`.
    pub results_shown: &'a str,
    pub opens_at: i64,
    pub closes_at: i64,
    /// The JSON of the checked consultation.
    pub definition: &'a str,
    pub created_by: i64,
    pub request_key: &'a str,
    pub at: i64,
}

/// A consultation as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct StoredConsultation {
    pub id: i64,
    pub commune_id: i64,
    pub kind: String,
    /// `draft` or `published`.
    pub status: String,
    /// `commune` or `neighbourhoods`.
    pub audience: String,
    pub anonymous: i64,
    pub results_shown: String,
    pub opens_at: i64,
    pub closes_at: i64,
    pub definition: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
}

impl StoredConsultation {
    pub fn is_published(&self) -> bool {
        self.status == "published"
    }
}

const COLUMNS: &str = "c.id, c.commune_id, c.kind, c.status, c.audience, c.anonymous, \
    c.results_shown, c.opens_at, c.closes_at, c.definition, c.created_at, c.updated_at, \
    c.published_at";

async fn set_neighbourhoods(tx: &mut Tx, id: i64, neighbourhoods: Option<&[i64]>) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM consultation_neighbourhoods WHERE consultation_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        for n in neighbourhoods.unwrap_or_default() {
            sqlx::query(
                "INSERT INTO consultation_neighbourhoods (consultation_id, neighbourhood_id)
                 VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(n)
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    })
}

/// Stores a new draft; the same commune's key again returns the first one.
pub async fn insert(tx: &mut Tx, c: &NewConsultation<'_>) -> DbResult<Stored> {
    let audience = if c.neighbourhoods.is_some() {
        "neighbourhoods"
    } else {
        "commune"
    };
    let inserted: Option<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO consultations (commune_id, kind, status, audience, anonymous,
                 results_shown, opens_at, closes_at, definition, created_by, created_at,
                 updated_at, request_key)
             VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $9, $10, $10, $11)
             ON CONFLICT (commune_id, request_key) DO NOTHING RETURNING id",
        )
        .bind(c.commune_id)
        .bind(c.kind)
        .bind(audience)
        .bind(i64::from(c.anonymous))
        .bind(c.results_shown)
        .bind(c.opens_at)
        .bind(c.closes_at)
        .bind(c.definition)
        .bind(c.created_by)
        .bind(c.at)
        .bind(c.request_key)
        .fetch_optional(&mut *conn)
        .await?
    });
    match inserted {
        Some(id) => {
            set_neighbourhoods(tx, id, c.neighbourhoods).await?;
            Ok(Stored::New(id))
        }
        None => Ok(Stored::Again(with_tx!(tx, |conn| {
            sqlx::query_scalar(
                "SELECT id FROM consultations WHERE commune_id = $1 AND request_key = $2",
            )
            .bind(c.commune_id)
            .bind(c.request_key)
            .fetch_one(&mut *conn)
            .await?
        }))),
    }
}

/// Replaces draft `id` of the commune with `c` (its key and author are kept); false
/// if there is no such draft (published meanwhile, or another commune's).
pub async fn update_draft(tx: &mut Tx, id: i64, c: &NewConsultation<'_>) -> DbResult<bool> {
    let audience = if c.neighbourhoods.is_some() {
        "neighbourhoods"
    } else {
        "commune"
    };
    let updated = with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE consultations SET kind = $1, audience = $2, anonymous = $3,
                 results_shown = $4, opens_at = $5, closes_at = $6, definition = $7,
                 updated_at = $8
             WHERE id = $9 AND commune_id = $10 AND status = 'draft'",
        )
        .bind(c.kind)
        .bind(audience)
        .bind(i64::from(c.anonymous))
        .bind(c.results_shown)
        .bind(c.opens_at)
        .bind(c.closes_at)
        .bind(c.definition)
        .bind(c.at)
        .bind(id)
        .bind(c.commune_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1
    });
    if updated {
        set_neighbourhoods(tx, id, c.neighbourhoods).await?;
    }
    Ok(updated)
}

/// Publishes draft `id` of the commune; false if it is not a draft (published
/// already) or not the commune's.
pub async fn publish(tx: &mut Tx, commune_id: i64, id: i64, at: i64) -> DbResult<bool> {
    with_tx!(tx, |conn| {
        Ok(sqlx::query(
            "UPDATE consultations SET status = 'published', published_at = $1, updated_at = $1
             WHERE id = $2 AND commune_id = $3 AND status = 'draft'",
        )
        .bind(at)
        .bind(id)
        .bind(commune_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1)
    })
}

/// Consultation `id` of commune `commune_id`, draft or published.
pub async fn get(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<StoredConsultation>> {
    let sql =
        format!("SELECT {COLUMNS} FROM consultations c WHERE c.id = $1 AND c.commune_id = $2");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(commune_id)
        .fetch_optional(pool)
        .await?))
}

/// The neighbourhoods consultation `id` asks (empty: the whole commune, if its
/// audience says so).
pub async fn neighbourhoods(db: &Db, id: i64) -> DbResult<Vec<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT neighbourhood_id FROM consultation_neighbourhoods
         WHERE consultation_id = $1 ORDER BY neighbourhood_id"
    )
    .bind(id)
    .fetch_all(pool)
    .await?))
}

/// The commune's consultations for its staff, drafts included, the latest closing
/// first.
pub async fn for_staff(db: &Db, commune_id: i64, limit: i64) -> DbResult<Vec<StoredConsultation>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM consultations c WHERE c.commune_id = $1
         ORDER BY c.closes_at DESC, c.id DESC LIMIT $2"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(commune_id)
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// The published consultations a resident of `neighbourhood` is asked, once opened
/// (at `now`), the latest closing first.
pub async fn for_resident(
    db: &Db,
    commune_id: i64,
    neighbourhood: Option<i64>,
    now: i64,
    limit: i64,
) -> DbResult<Vec<StoredConsultation>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM consultations c
         WHERE c.commune_id = $1 AND c.status = 'published' AND c.opens_at <= $2
           AND (c.audience = 'commune' OR EXISTS (
                SELECT 1 FROM consultation_neighbourhoods n
                WHERE n.consultation_id = c.id AND n.neighbourhood_id = $3))
         ORDER BY c.closes_at DESC, c.id DESC LIMIT $4"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(commune_id)
        .bind(now)
        .bind(neighbourhood.unwrap_or(-1))
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// A named answer set as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct NamedAnswers {
    pub resident_id: Option<i64>,
    pub resident_name: Option<String>,
    pub neighbourhood_id: Option<i64>,
    pub answered_at: i64,
    /// The JSON of a checked `gemeng_core::consultation::AnswerSet`.
    pub answers: String,
    pub request_key: String,
}

/// The named answer set of `resident` to consultation `id`, if any.
pub async fn named_answers_of(db: &Db, id: i64, resident: i64) -> DbResult<Option<NamedAnswers>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT a.resident_id, u.display_name AS resident_name, a.neighbourhood_id,
                a.answered_at, a.answers, a.request_key
         FROM consultation_named_answers a LEFT JOIN users u ON u.id = a.resident_id
         WHERE a.consultation_id = $1 AND a.resident_id = $2"
    )
    .bind(id)
    .bind(resident)
    .fetch_optional(pool)
    .await?))
}

/// Whether `resident` has answered consultation `id` (named or anonymous), with the
/// key of the form they sent.
pub async fn answered(tx: &mut Tx, id: i64, resident: i64) -> DbResult<Option<String>> {
    with_tx!(tx, |conn| {
        let named: Option<String> = sqlx::query_scalar(
            "SELECT request_key FROM consultation_named_answers
             WHERE consultation_id = $1 AND resident_id = $2",
        )
        .bind(id)
        .bind(resident)
        .fetch_optional(&mut *conn)
        .await?;
        if named.is_some() {
            return Ok(named);
        }
        Ok(sqlx::query_scalar(
            "SELECT request_key FROM consultation_participants
             WHERE consultation_id = $1 AND resident_id = $2",
        )
        .bind(id)
        .bind(resident)
        .fetch_optional(&mut *conn)
        .await?)
    })
}

/// Whether `resident` has answered consultation `id`, outside a transaction (pages).
pub async fn has_answered(db: &Db, id: i64, resident: i64) -> DbResult<bool> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar::<_, i64>(
        "SELECT CAST(1 AS BIGINT) FROM consultation_named_answers
         WHERE consultation_id = $1 AND resident_id = $2
         UNION ALL
         SELECT CAST(1 AS BIGINT) FROM consultation_participants
         WHERE consultation_id = $1 AND resident_id = $2"
    )
    .bind(id)
    .bind(resident)
    .fetch_optional(pool)
    .await?)
    .is_some())
}

/// A named answer set to store.
#[derive(Debug, Clone)]
pub struct NewNamedAnswers<'a> {
    pub consultation_id: i64,
    pub resident_id: i64,
    pub neighbourhood_id: Option<i64>,
    pub day: i64,
    pub answered_at: i64,
    pub answers: &'a str,
    pub request_key: &'a str,
}

/// Stores or replaces a resident's named answer set. A post sent again with a key
/// they sent before, the last one or an older one, changes nothing (false).
pub async fn store_named(tx: &mut Tx, a: &NewNamedAnswers<'_>) -> DbResult<bool> {
    with_tx!(tx, |conn| {
        let fresh = sqlx::query(
            "INSERT INTO consultation_answer_keys (consultation_id, resident_id, request_key)
             VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(a.consultation_id)
        .bind(a.resident_id)
        .bind(a.request_key)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1;
        if !fresh {
            return Ok(false);
        }
        Ok(sqlx::query(
            "INSERT INTO consultation_named_answers (consultation_id, resident_id,
                 neighbourhood_id, day, answered_at, answers, request_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (consultation_id, resident_id) DO UPDATE SET
                 neighbourhood_id = excluded.neighbourhood_id, day = excluded.day,
                 answered_at = excluded.answered_at, answers = excluded.answers,
                 request_key = excluded.request_key
             WHERE consultation_named_answers.request_key <> excluded.request_key",
        )
        .bind(a.consultation_id)
        .bind(a.resident_id)
        .bind(a.neighbourhood_id)
        .bind(a.day)
        .bind(a.answered_at)
        .bind(a.answers)
        .bind(a.request_key)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1)
    })
}

/// An anonymous answer set to store (`gemeng_core::consultation::stored_form`).
#[derive(Debug, Clone)]
pub struct NewAnonymousAnswers<'a> {
    pub consultation_id: i64,
    /// Who took part: written to the list of participants only.
    pub participant: i64,
    /// The key of the form they sent: kept with their participation only.
    pub request_key: &'a str,
    /// The answer's random key.
    pub answer_key: &'a str,
    pub neighbourhood_id: Option<i64>,
    pub day: i64,
    pub answers: &'a str,
}

/// Records the participation and stores the answer set; false (nothing written) if
/// the resident took part already.
pub async fn store_anonymous(tx: &mut Tx, a: &NewAnonymousAnswers<'_>) -> DbResult<bool> {
    let joined = with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO consultation_participants (consultation_id, resident_id, request_key)
             VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(a.consultation_id)
        .bind(a.participant)
        .bind(a.request_key)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1
    });
    if !joined {
        return Ok(false);
    }
    insert_anonymous(
        tx,
        a.consultation_id,
        a.answer_key,
        a.neighbourhood_id,
        a.day,
        a.answers,
    )
    .await?;
    blur(tx, a.consultation_id, Some(a.day)).await?;
    Ok(true)
}

/// Stores an anonymous answer set without a participant: generated demo data, which
/// no resident gave.
pub async fn insert_anonymous(
    tx: &mut Tx,
    consultation_id: i64,
    answer_key: &str,
    neighbourhood_id: Option<i64>,
    day: i64,
    answers: &str,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO consultation_anonymous_answers (answer_key, consultation_id,
                 neighbourhood_id, day, answers) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(answer_key)
        .bind(consultation_id)
        .bind(neighbourhood_id)
        .bind(day)
        .bind(answers)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// On PostgreSQL, rewrites consultation `id`'s anonymous answers of `day` in one
/// statement, sorted by their random key: afterwards they share one `xmin` (that of
/// the day's latest participation) and their `ctid` order says nothing of the order
/// they came in, so no participation's `xmin` points at one answer. Without a day,
/// every answer and also the list of participants (sorted by resident) are
/// rewritten, so participations lose their order too. SQLite keeps no such trace (its
/// tables here are `WITHOUT ROWID`, ordered by their keys).
pub async fn blur(tx: &mut Tx, id: i64, day: Option<i64>) -> DbResult<()> {
    if let crate::tx::Engine::Postgres(t) = &mut tx.engine {
        // The rows were checked when written (migration 0016's trigger): moving them
        // is not writing new answers.
        sqlx::query("SELECT set_config('gemeng.moving_answers', 'on', true)")
            .execute(&mut **t)
            .await?;
        sqlx::query(
            "WITH gone AS (DELETE FROM consultation_anonymous_answers
                 WHERE consultation_id = $1 AND ($2::BIGINT IS NULL OR day = $2) RETURNING *)
             INSERT INTO consultation_anonymous_answers
                 (answer_key, consultation_id, neighbourhood_id, day, answers)
             SELECT answer_key, consultation_id, neighbourhood_id, day, answers
             FROM gone ORDER BY answer_key",
        )
        .bind(id)
        .bind(day)
        .execute(&mut **t)
        .await?;
        sqlx::query("SELECT set_config('gemeng.moving_answers', 'off', true)")
            .execute(&mut **t)
            .await?;
        if day.is_some() {
            return Ok(());
        }
        sqlx::query(
            "WITH gone AS (DELETE FROM consultation_participants
                 WHERE consultation_id = $1 RETURNING *)
             INSERT INTO consultation_participants (consultation_id, resident_id, request_key)
             SELECT consultation_id, resident_id, request_key FROM gone ORDER BY resident_id",
        )
        .bind(id)
        .execute(&mut **t)
        .await?;
    }
    Ok(())
}

/// Every answer set of consultation `id` with its respondent's neighbourhood: named
/// ones by resident, anonymous ones by their random key (never in the order given).
pub async fn answer_sets(db: &Db, id: i64) -> DbResult<Vec<(Option<i64>, String)>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT neighbourhood_id, answers FROM (
             SELECT neighbourhood_id, answers, CAST(id AS TEXT) AS sort_key, 0 AS part
             FROM consultation_named_answers WHERE consultation_id = $1
             UNION ALL
             SELECT neighbourhood_id, answers, answer_key AS sort_key, 1 AS part
             FROM consultation_anonymous_answers WHERE consultation_id = $1) s
         ORDER BY part, sort_key"
    )
    .bind(id)
    .fetch_all(pool)
    .await?))
}

/// The named answer sets of consultation `id`, for the export, by resident.
pub async fn named_answers(db: &Db, id: i64) -> DbResult<Vec<NamedAnswers>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT a.resident_id, u.display_name AS resident_name, a.neighbourhood_id,
                a.answered_at, a.answers, a.request_key
         FROM consultation_named_answers a LEFT JOIN users u ON u.id = a.resident_id
         WHERE a.consultation_id = $1 ORDER BY a.id"
    )
    .bind(id)
    .fetch_all(pool)
    .await?))
}

/// An anonymous answer set, for the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct AnonymousAnswers {
    pub neighbourhood_id: Option<i64>,
    pub day: i64,
    pub answers: String,
}

/// The anonymous answer sets of consultation `id`, by their random key.
pub async fn anonymous_answers(db: &Db, id: i64) -> DbResult<Vec<AnonymousAnswers>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT neighbourhood_id, day, answers FROM consultation_anonymous_answers
         WHERE consultation_id = $1 ORDER BY answer_key"
    )
    .bind(id)
    .fetch_all(pool)
    .await?))
}

/// How many answer sets consultation `id` has.
pub async fn count_answers(db: &Db, id: i64) -> DbResult<i64> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM consultation_named_answers WHERE consultation_id = $1)
              + (SELECT COUNT(*) FROM consultation_anonymous_answers WHERE consultation_id = $1)"
    )
    .bind(id)
    .fetch_one(pool)
    .await?))
}

/// Rewrites, once and for good, the anonymous answers and participations of every
/// anonymous consultation closed before `now` ([`blur`] without a day): no answer
/// comes any more, so afterwards none of their rows says in which order anything came.
/// Each consultation in its own transaction; how many were sealed.
pub async fn seal_closed(db: &Db, now: i64) -> DbResult<usize> {
    let ids: Vec<i64> = with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT id FROM consultations
         WHERE sealed_at IS NULL AND anonymous = 1 AND closes_at <= $1
         ORDER BY closes_at LIMIT 100"
    )
    .bind(now)
    .fetch_all(pool)
    .await?);
    for &id in &ids {
        let mut tx = db.begin().await?;
        tx.lock_row("consultations", id).await?;
        blur(&mut tx, id, None).await?;
        with_tx!(tx, |conn| {
            sqlx::query("UPDATE consultations SET sealed_at = $1 WHERE id = $2")
                .bind(now)
                .bind(id)
                .execute(&mut *conn)
                .await?;
        });
        tx.commit().await?;
    }
    Ok(ids.len())
}
