//! Announcements' storage on both engines: the announcement, its versions per
//! language, the neighbourhoods it is for, and who read it. The rules (what a draft
//! holds, who reads what) are `gemeng_core::announcements`'; lists are read here
//! already filtered by them, so a page never loads what its reader may not see.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::posts::Stored;
use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// One language's version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Version {
    pub announcement_id: i64,
    pub language: String,
    pub title: String,
    pub body: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    commune_id: i64,
    author_id: Option<i64>,
    whole_commune: i64,
    is_public: i64,
    pinned: i64,
    publish_at: i64,
    expires_at: Option<i64>,
    withdrawn_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
    delivered: i64,
}

const COLUMNS: &str = "a.id, a.commune_id, a.author_id, a.whole_commune, a.is_public, a.pinned,
     a.publish_at, a.expires_at, a.withdrawn_at, a.created_at, a.updated_at, a.delivered";

/// An announcement with its versions (in the picker's order) and the neighbourhoods
/// it is for (empty for the whole commune).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Announcement {
    pub id: i64,
    pub commune_id: i64,
    pub author_id: Option<i64>,
    pub whole_commune: bool,
    pub is_public: bool,
    pub pinned: bool,
    pub publish_at: i64,
    pub expires_at: Option<i64>,
    pub withdrawn_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    /// Its e-mails the SMTP server took.
    pub delivered: i64,
    pub versions: Vec<Version>,
    pub neighbourhoods: Vec<i64>,
}

impl Announcement {
    /// Where a list that showed this one last goes on.
    pub fn cursor(&self) -> Cursor {
        Cursor {
            pinned: self.pinned,
            publish_at: self.publish_at,
            id: self.id,
        }
    }
}

/// A position in a list (pinned first, then the newest): the list goes on after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub pinned: bool,
    pub publish_at: i64,
    pub id: i64,
}

/// An announcement as written (checked by `gemeng_core::announcements::check`).
pub struct NewAnnouncement<'a> {
    pub commune_id: i64,
    pub author_id: i64,
    /// (language code, title, text)
    pub versions: &'a [(&'a str, &'a str, &'a str)],
    /// Empty for the whole commune.
    pub neighbourhoods: &'a [i64],
    pub is_public: bool,
    pub pinned: bool,
    pub publish_at: i64,
    pub expires_at: Option<i64>,
    pub request_key: &'a str,
    pub at: i64,
}

/// Writes a new announcement; for a request key its author used before, the
/// announcement written then (and nothing new).
pub async fn insert(tx: &mut Tx, a: &NewAnnouncement<'_>) -> DbResult<Stored> {
    let inserted: Option<i64> = with_tx!(tx, |conn| sqlx::query_scalar(
        "INSERT INTO announcements (commune_id, author_id, whole_commune, is_public, pinned,
             publish_at, expires_at, created_at, updated_at, request_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)
         ON CONFLICT (author_id, request_key) DO NOTHING RETURNING id",
    )
    .bind(a.commune_id)
    .bind(a.author_id)
    .bind(i64::from(a.neighbourhoods.is_empty()))
    .bind(i64::from(a.is_public))
    .bind(i64::from(a.pinned))
    .bind(a.publish_at)
    .bind(a.expires_at)
    .bind(a.at)
    .bind(a.request_key)
    .fetch_optional(&mut *conn)
    .await?);
    let Some(id) = inserted else {
        let id = with_tx!(tx, |conn| sqlx::query_scalar(
            "SELECT id FROM announcements WHERE author_id = $1 AND request_key = $2"
        )
        .bind(a.author_id)
        .bind(a.request_key)
        .fetch_one(&mut *conn)
        .await?);
        return Ok(Stored::Again(id));
    };
    write_parts(tx, id, a.versions, a.neighbourhoods).await?;
    Ok(Stored::New(id))
}

/// What an edit changes: everything but the author and the dates of writing.
pub struct Edit<'a> {
    pub versions: &'a [(&'a str, &'a str, &'a str)],
    pub neighbourhoods: &'a [i64],
    pub is_public: bool,
    pub pinned: bool,
    pub publish_at: i64,
    pub expires_at: Option<i64>,
    pub at: i64,
}

/// Replaces announcement `id` of commune `commune_id` by `edit`; whether it was there.
pub async fn update(tx: &mut Tx, commune_id: i64, id: i64, edit: &Edit<'_>) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE announcements SET whole_commune = $1, is_public = $2, pinned = $3,
             publish_at = $4, expires_at = $5, updated_at = $6
         WHERE id = $7 AND commune_id = $8",
    )
    .bind(i64::from(edit.neighbourhoods.is_empty()))
    .bind(i64::from(edit.is_public))
    .bind(i64::from(edit.pinned))
    .bind(edit.publish_at)
    .bind(edit.expires_at)
    .bind(edit.at)
    .bind(id)
    .bind(commune_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    if changed == 0 {
        return Ok(false);
    }
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM announcement_versions WHERE announcement_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM announcement_neighbourhoods WHERE announcement_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    });
    write_parts(tx, id, edit.versions, edit.neighbourhoods).await?;
    Ok(true)
}

async fn write_parts(
    tx: &mut Tx,
    id: i64,
    versions: &[(&str, &str, &str)],
    neighbourhoods: &[i64],
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        for (language, title, body) in versions {
            sqlx::query(
                "INSERT INTO announcement_versions (announcement_id, language, title, body)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(*language)
            .bind(*title)
            .bind(*body)
            .execute(&mut *conn)
            .await?;
        }
        for neighbourhood in neighbourhoods {
            sqlx::query(
                "INSERT INTO announcement_neighbourhoods (announcement_id, neighbourhood_id)
                 VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(*neighbourhood)
            .execute(&mut *conn)
            .await?;
        }
        Ok::<(), sqlx::Error>(())
    })?;
    Ok(())
}

/// Withdraws announcement `id` (it shows nowhere any more); whether it was shown.
pub async fn withdraw(tx: &mut Tx, commune_id: i64, id: i64, at: i64) -> DbResult<bool> {
    // Its e-mails stop too: what is not written to the outbox yet never will be.
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE announcements SET withdrawn_at = $1, updated_at = $1,
             mailed_at = COALESCE(mailed_at, $1)
         WHERE id = $2 AND commune_id = $3 AND withdrawn_at IS NULL",
    )
    .bind(at)
    .bind(id)
    .bind(commune_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed > 0)
}

/// Announcement `id` of commune `commune_id`, whatever its state.
pub async fn get(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<Announcement>> {
    let sql =
        format!("SELECT {COLUMNS} FROM announcements a WHERE a.id = $1 AND a.commune_id = $2");
    let row: Option<Row> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(commune_id)
        .fetch_optional(pool)
        .await?);
    Ok(complete(db, row.into_iter().collect()).await?.pop())
}

/// Which announcements a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Public ones only: visitors without an account, the Atom feed.
    Public,
    /// What a verified member of this neighbourhood reads: for the commune, for their
    /// neighbourhood, and the public ones.
    Member(i64),
    /// Staff: all of them, live or not.
    Staff,
}

/// A page of commune `commune_id`'s announcements for `audience`, live at `now`
/// (staff see every one), pinned first then the newest, after `after`.
pub async fn list(
    db: &Db,
    commune_id: i64,
    audience: Audience,
    now: i64,
    after: Option<Cursor>,
    limit: i64,
) -> DbResult<Vec<Announcement>> {
    // Parameters: $1 the commune, $2..$4 the cursor, $5 the limit, then the time and
    // the neighbourhood where the audience needs them.
    let mut sql = format!(
        "SELECT {COLUMNS} FROM announcements a WHERE a.commune_id = $1
         AND (a.pinned, a.publish_at, a.id) < ($2, $3, $4)"
    );
    if audience != Audience::Staff {
        sql.push_str(
            " AND a.withdrawn_at IS NULL AND a.publish_at <= $6
              AND (a.expires_at IS NULL OR a.expires_at > $6)",
        );
    }
    match audience {
        Audience::Public => sql.push_str(" AND a.is_public = 1"),
        Audience::Member(_) => sql.push_str(
            " AND (a.is_public = 1 OR a.whole_commune = 1 OR EXISTS (
                  SELECT 1 FROM announcement_neighbourhoods n
                  WHERE n.announcement_id = a.id AND n.neighbourhood_id = $7))",
        ),
        Audience::Staff => {}
    }
    sql.push_str(" ORDER BY a.pinned DESC, a.publish_at DESC, a.id DESC LIMIT $5");
    let after = after.unwrap_or(Cursor {
        // Past every real position: pinned (1) sorts first, so start above it.
        pinned: true,
        publish_at: i64::MAX,
        id: i64::MAX,
    });
    let rows: Vec<Row> = with_pool!(db.reader(), |pool| {
        let mut query = sqlx::query_as(&sql)
            .bind(commune_id)
            .bind(i64::from(after.pinned))
            .bind(after.publish_at)
            .bind(after.id)
            .bind(limit);
        if audience != Audience::Staff {
            query = query.bind(now);
        }
        if let Audience::Member(neighbourhood) = audience {
            query = query.bind(neighbourhood);
        }
        query.fetch_all(pool).await?
    });
    complete(db, rows).await
}

/// The rows with their versions and neighbourhoods, read in one statement each.
async fn complete(db: &Db, rows: Vec<Row>) -> DbResult<Vec<Announcement>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let list = ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    // The ids are numbers this module read: nothing typed reaches the statement.
    let versions_sql = format!(
        "SELECT announcement_id, language, title, body FROM announcement_versions
         WHERE announcement_id IN ({list})"
    );
    let targets_sql = format!(
        "SELECT announcement_id, neighbourhood_id FROM announcement_neighbourhoods
         WHERE announcement_id IN ({list}) ORDER BY neighbourhood_id"
    );
    let versions: Vec<Version> = with_pool!(db.reader(), |pool| sqlx::query_as(&versions_sql)
        .fetch_all(pool)
        .await?);
    let targets: Vec<(i64, i64)> = with_pool!(db.reader(), |pool| sqlx::query_as(&targets_sql)
        .fetch_all(pool)
        .await?);
    let mut versions_of: BTreeMap<i64, Vec<Version>> = BTreeMap::new();
    for v in versions {
        versions_of.entry(v.announcement_id).or_default().push(v);
    }
    let mut targets_of: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (announcement, neighbourhood) in targets {
        targets_of
            .entry(announcement)
            .or_default()
            .push(neighbourhood);
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut versions = versions_of.remove(&r.id).unwrap_or_default();
            versions.sort_by_key(|v| crate::picker_order(&v.language));
            Announcement {
                id: r.id,
                commune_id: r.commune_id,
                author_id: r.author_id,
                whole_commune: r.whole_commune == 1,
                is_public: r.is_public == 1,
                pinned: r.pinned == 1,
                publish_at: r.publish_at,
                expires_at: r.expires_at,
                withdrawn_at: r.withdrawn_at,
                created_at: r.created_at,
                updated_at: r.updated_at,
                delivered: r.delivered,
                versions,
                neighbourhoods: targets_of.remove(&r.id).unwrap_or_default(),
            }
        })
        .collect())
}

/// Records that `user_id` opened announcement `id` (once: later reads change nothing).
pub async fn record_read(tx: &mut Tx, id: i64, user_id: i64, at: i64) -> DbResult<()> {
    with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO announcement_reads (announcement_id, user_id, read_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(user_id)
    .bind(at)
    .execute(&mut *conn)
    .await
    .map(|_| ())?);
    Ok(())
}

/// Whether `user_id` opened announcement `id` already (so a reader's every visit is
/// not a write).
pub async fn was_read(db: &Db, id: i64, user_id: i64) -> DbResult<bool> {
    let found: Option<i64> = with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT user_id FROM announcement_reads WHERE announcement_id = $1 AND user_id = $2"
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(pool)
    .await?);
    Ok(found.is_some())
}

/// How far an announcement reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reach {
    /// Residents who opened it.
    pub read: i64,
    /// E-mails of it the SMTP server took (digests not counted).
    pub delivered: i64,
}

pub async fn reach(db: &Db, id: i64) -> DbResult<Reach> {
    let (read, delivered): (i64, i64) = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM announcement_reads WHERE announcement_id = $1),
                (SELECT delivered FROM announcements WHERE id = $1)"
    )
    .bind(id)
    .fetch_one(pool)
    .await?);
    Ok(Reach { read, delivered })
}

/// An announcement whose e-mails are still to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct ToMail {
    pub id: i64,
    pub commune_id: i64,
    /// The last resident (by id) already written to.
    pub mailed_through: i64,
}

/// Published announcements whose e-mails are not all written, the oldest first.
pub async fn to_mail(db: &Db, now: i64, limit: i64) -> DbResult<Vec<ToMail>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT id, commune_id, mailed_through FROM announcements
         WHERE mailed_at IS NULL AND publish_at <= $1 AND withdrawn_at IS NULL
         ORDER BY publish_at, id LIMIT $2"
    )
    .bind(now)
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// A resident an announcement is for, as its e-mail needs them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Recipient {
    pub id: i64,
    pub email: String,
    pub language: String,
    /// Their choice for announcements (`None`: at once, the default).
    pub frequency: Option<String>,
    /// Their unsubscribe secret, if made.
    pub token: Option<String>,
}

/// The next `limit` residents (by id, after `after`) announcement `id` is for:
/// verified members with a confirmed e-mail living in its neighbourhoods (or anywhere
/// in the commune).
pub async fn recipients(db: &Db, id: i64, after: i64, limit: i64) -> DbResult<Vec<Recipient>> {
    Ok(with_pool!(db.reader(), |pool| {
        sqlx::query_as(
        "SELECT u.id, u.email, u.language, s.frequency, t.token
         FROM announcements an
         JOIN users u ON u.commune_id = an.commune_id
         JOIN addresses ad ON ad.id = u.address_id
         LEFT JOIN notice_settings s ON s.user_id = u.id AND s.topic = 'announcements'
         LEFT JOIN notice_tokens t ON t.user_id = u.id
         WHERE an.id = $1 AND u.id > $2
           AND u.residence = 'verified' AND u.email_confirmed_at IS NOT NULL
           AND (an.whole_commune = 1 OR ad.neighbourhood_id IN (
                SELECT neighbourhood_id FROM announcement_neighbourhoods WHERE announcement_id = $1))
         ORDER BY u.id LIMIT $3"
    )
    .bind(id)
    .bind(after)
    .bind(limit)
    .fetch_all(pool)
    .await?
    }))
}

/// Records that announcement `id`'s e-mails are written up to resident `through`
/// (and all of them if `done`), if no other instance moved on from `from` meanwhile;
/// whether this one did.
pub async fn advance_mailing(
    tx: &mut Tx,
    id: i64,
    from: i64,
    through: i64,
    done: bool,
    now: i64,
) -> DbResult<bool> {
    let moved = with_tx!(tx, |conn| sqlx::query(
        "UPDATE announcements SET mailed_through = $1,
             mailed_at = CASE WHEN $2 = 1 THEN $3 ELSE NULL END
         WHERE id = $4 AND mailed_through = $5 AND mailed_at IS NULL"
    )
    .bind(through)
    .bind(i64::from(done))
    .bind(now)
    .bind(id)
    .bind(from)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(moved == 1)
}

/// How many residents read each of `ids`, in one statement (absent: none).
pub async fn read_counts(db: &Db, ids: &[i64]) -> DbResult<BTreeMap<i64, i64>> {
    if ids.is_empty() {
        return Ok(BTreeMap::new());
    }
    let list = ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    // Numbers only: nothing typed reaches the statement.
    let sql = format!(
        "SELECT announcement_id, COUNT(*) FROM announcement_reads
         WHERE announcement_id IN ({list}) GROUP BY announcement_id"
    );
    let rows: Vec<(i64, i64)> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .fetch_all(pool)
        .await?);
    Ok(rows.into_iter().collect())
}
