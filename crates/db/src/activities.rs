//! Activities' storage on both engines: the activity, its versions per language, its
//! sessions, who holds a place or waits, the reminders sent, and the secret addresses
//! of personal calendars. The rules (what a draft holds, who gets a place, who sees
//! what) are `gemeng_core::activities`'; lists are read here already filtered by them.
//!
//! A place is decided with the session's row locked ([`lock_session`]): every request
//! for one session then reads the counts and writes its row one after the other, so a
//! session never holds more people than places, on PostgreSQL as on SQLite.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::posts::Stored;
use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// One language's version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Version {
    pub activity_id: i64,
    pub language: String,
    pub title: String,
    pub description: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    commune_id: i64,
    organiser_id: Option<i64>,
    organiser_kind: String,
    kind: String,
    audience: String,
    neighbourhood_id: Option<i64>,
    place: Option<String>,
    link: Option<String>,
    capacity: i64,
    languages: String,
    first_starts_at: i64,
    last_ends_at: i64,
    created_at: i64,
    conversation_language: Option<String>,
    lowest_level: Option<String>,
    highest_level: Option<String>,
}

const COLUMNS: &str = "a.id, a.commune_id, a.organiser_id, a.organiser_kind, a.kind, a.audience,
     a.neighbourhood_id, a.place, a.link, a.capacity, a.languages, a.first_starts_at,
     a.last_ends_at, a.created_at, a.conversation_language, a.lowest_level, a.highest_level";

/// An activity with its versions, in the language picker's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Activity {
    pub id: i64,
    pub commune_id: i64,
    pub organiser_id: Option<i64>,
    /// `commune_staff`, `resident` or `association`.
    pub organiser_kind: String,
    /// As `gemeng_core::activities::ActivityKind` names it in snake case.
    pub kind: String,
    /// `neighbourhood`, `adjacent`, `commune` or `public`.
    pub audience: String,
    pub neighbourhood_id: Option<i64>,
    pub place: Option<String>,
    pub link: Option<String>,
    pub capacity: i64,
    /// Language codes.
    pub languages: Vec<String>,
    pub first_starts_at: i64,
    pub last_ends_at: i64,
    pub created_at: i64,
    pub versions: Vec<Version>,
    /// A conversation table's (language, lowest level, highest level), as codes.
    pub conversation: Option<(String, String, String)>,
}

impl Activity {
    /// Where a list that showed this one last goes on.
    pub fn cursor(&self) -> Cursor {
        Cursor {
            first_starts_at: self.first_starts_at,
            id: self.id,
        }
    }
}

/// A position in a list (the soonest first): the list goes on after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub first_starts_at: i64,
    pub id: i64,
}

/// An activity as checked by `gemeng_core::activities::check_activity`.
pub struct NewActivity<'a> {
    pub commune_id: i64,
    pub organiser_id: i64,
    pub organiser_kind: &'a str,
    pub kind: &'a str,
    pub audience: &'a str,
    pub neighbourhood_id: Option<i64>,
    /// (language code, title, description)
    pub versions: &'a [(&'a str, &'a str, &'a str)],
    /// (starts_at, ends_at), in order.
    pub sessions: &'a [(i64, i64)],
    pub place: Option<&'a str>,
    pub link: Option<&'a str>,
    pub capacity: i64,
    pub languages: &'a [&'a str],
    /// A language café's tables, in order (empty for any other kind).
    pub tables: &'a [NewTable<'a>],
    /// A conversation table's (language, lowest level, highest level) codes.
    pub conversation: Option<(&'a str, &'a str, &'a str)>,
    pub request_key: &'a str,
    pub at: i64,
}

/// A café table as checked by `gemeng_core::activities::check_tables`.
pub struct NewTable<'a> {
    pub language: &'a str,
    pub host_name: &'a str,
    pub host_level: &'a str,
    pub seats: i64,
    /// The host's account, when the organiser named one.
    pub host_id: Option<i64>,
}

/// Writes a new activity with its versions and sessions; for a request key its
/// organiser used before, the activity written then (and nothing new).
pub async fn insert(tx: &mut Tx, a: &NewActivity<'_>) -> DbResult<Stored> {
    let first = a.sessions.iter().map(|s| s.0).min().unwrap_or(a.at);
    let last = a.sessions.iter().map(|s| s.1).max().unwrap_or(a.at);
    let inserted: Option<i64> = with_tx!(tx, |conn| sqlx::query_scalar(
        "INSERT INTO activities (commune_id, organiser_id, organiser_kind, kind, audience,
             neighbourhood_id, place, link, capacity, languages, first_starts_at, last_ends_at,
             created_at, request_key, conversation_language, lowest_level, highest_level)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (organiser_id, request_key) DO NOTHING RETURNING id",
    )
    .bind(a.commune_id)
    .bind(a.organiser_id)
    .bind(a.organiser_kind)
    .bind(a.kind)
    .bind(a.audience)
    .bind(a.neighbourhood_id)
    .bind(a.place)
    .bind(a.link)
    .bind(a.capacity)
    .bind(a.languages.join(" "))
    .bind(first)
    .bind(last)
    .bind(a.at)
    .bind(a.request_key)
    .bind(a.conversation.map(|c| c.0))
    .bind(a.conversation.map(|c| c.1))
    .bind(a.conversation.map(|c| c.2))
    .fetch_optional(&mut *conn)
    .await?);
    let Some(id) = inserted else {
        let id = with_tx!(tx, |conn| sqlx::query_scalar(
            "SELECT id FROM activities WHERE organiser_id = $1 AND request_key = $2"
        )
        .bind(a.organiser_id)
        .bind(a.request_key)
        .fetch_one(&mut *conn)
        .await?);
        return Ok(Stored::Again(id));
    };
    with_tx!(tx, |conn| {
        for (language, title, description) in a.versions {
            sqlx::query(
                "INSERT INTO activity_versions (activity_id, language, title, description)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(*language)
            .bind(*title)
            .bind(*description)
            .execute(&mut *conn)
            .await?;
        }
        for (starts_at, ends_at) in a.sessions {
            sqlx::query(
                "INSERT INTO activity_sessions (activity_id, starts_at, ends_at) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(*starts_at)
            .bind(*ends_at)
            .execute(&mut *conn)
            .await?;
        }
        for (position, t) in a.tables.iter().enumerate() {
            sqlx::query(
                "INSERT INTO activity_tables (activity_id, position, language, host_name, host_level, seats, host_id)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(t.language)
            .bind(t.host_name)
            .bind(t.host_level)
            .bind(t.seats)
            .bind(t.host_id)
            .execute(&mut *conn)
            .await?;
        }
        Ok::<(), sqlx::Error>(())
    })?;
    Ok(Stored::New(id))
}

/// Activity `id` of commune `commune_id`.
pub async fn get(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<Activity>> {
    let sql = format!("SELECT {COLUMNS} FROM activities a WHERE a.id = $1 AND a.commune_id = $2");
    let row: Option<Row> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(commune_id)
        .fetch_optional(pool)
        .await?);
    Ok(complete(db, row.into_iter().collect()).await?.pop())
}

/// The activities `organiser_id` organises in commune `commune_id`: those not over at
/// `now` first (the soonest first), then the past ones (the latest first), at most
/// `limit`.
pub async fn organised_by(
    db: &Db,
    commune_id: i64,
    organiser_id: i64,
    now: i64,
    limit: i64,
) -> DbResult<Vec<Activity>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM activities a WHERE a.commune_id = $1 AND a.organiser_id = $2
         ORDER BY CASE WHEN a.last_ends_at > $3 THEN 0 ELSE 1 END,
                  CASE WHEN a.last_ends_at > $3 THEN a.first_starts_at ELSE -a.last_ends_at END,
                  a.id
         LIMIT $4"
    );
    let rows: Vec<Row> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(commune_id)
        .bind(organiser_id)
        .bind(now)
        .bind(limit)
        .fetch_all(pool)
        .await?);
    complete(db, rows).await
}

/// The longest an activity lasts, from its first session's start to its last one's
/// end, in seconds: a year and a day (a weekly series runs a year at most).
pub const SPAN_MAX: i64 = 367 * 86_400;

/// Which activities a list shows (the SQL side of `core::activities::may_see`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Public ones: visitors, the commune's public calendar.
    Public,
    /// Public ones and those `user_id` organises (signed in, not a member).
    Person { user_id: i64 },
    /// What a verified member of `neighbourhood_id` sees: public, the commune's, their
    /// neighbourhood's and those next door that are for adjacent neighbourhoods, and
    /// their own.
    Member { user_id: i64, neighbourhood_id: i64 },
    /// Staff: every one.
    Staff,
}

/// A page of commune `commune_id`'s activities for `scope` that are not over at
/// `now`, the soonest first, after `after`.
pub async fn list(
    db: &Db,
    commune_id: i64,
    scope: Scope,
    now: i64,
    after: Option<Cursor>,
    limit: i64,
) -> DbResult<Vec<Activity>> {
    // $1 the commune, $2 now, $3..$4 the cursor, $5 the limit, $6 the user, $7 the
    // neighbourhood.
    // An activity lasts a year at most (`SPAN_MAX`): one that started before that
    // is over, which lets the index start at the right place.
    let mut sql = format!(
        "SELECT {COLUMNS} FROM activities a WHERE a.commune_id = $1 AND a.last_ends_at > $2
         AND a.first_starts_at > $2 - {SPAN_MAX} AND (a.first_starts_at, a.id) > ($3, $4)"
    );
    match scope {
        Scope::Staff => {}
        Scope::Public => sql.push_str(" AND a.audience = 'public'"),
        Scope::Person { .. } => sql.push_str(" AND (a.audience = 'public' OR a.organiser_id = $6)"),
        Scope::Member { .. } => sql.push_str(
            " AND (a.audience IN ('public', 'commune') OR a.organiser_id = $6
                OR (a.audience IN ('neighbourhood', 'adjacent') AND a.neighbourhood_id = $7)
                OR (a.audience = 'adjacent' AND EXISTS (SELECT 1 FROM neighbourhood_adjacency j
                    WHERE j.neighbourhood_id = $7 AND j.adjacent_id = a.neighbourhood_id)))",
        ),
    }
    sql.push_str(" ORDER BY a.first_starts_at, a.id LIMIT $5");
    let after = after.unwrap_or(Cursor {
        first_starts_at: i64::MIN,
        id: i64::MIN,
    });
    let rows: Vec<Row> = with_pool!(db.reader(), |pool| {
        let mut query = sqlx::query_as(&sql)
            .bind(commune_id)
            .bind(now)
            .bind(after.first_starts_at)
            .bind(after.id)
            .bind(limit);
        match scope {
            Scope::Staff | Scope::Public => {}
            Scope::Person { user_id } => query = query.bind(user_id),
            Scope::Member {
                user_id,
                neighbourhood_id,
            } => query = query.bind(user_id).bind(neighbourhood_id),
        }
        query.fetch_all(pool).await?
    });
    complete(db, rows).await
}

/// The rows with their versions, read in one statement.
async fn complete(db: &Db, rows: Vec<Row>) -> DbResult<Vec<Activity>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let list = rows
        .iter()
        .map(|r| r.id.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    // The ids are numbers this module read: nothing typed reaches the statement.
    let sql = format!(
        "SELECT activity_id, language, title, description FROM activity_versions
         WHERE activity_id IN ({list})"
    );
    let versions: Vec<Version> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .fetch_all(pool)
        .await?);
    let mut versions_of: BTreeMap<i64, Vec<Version>> = BTreeMap::new();
    for v in versions {
        versions_of.entry(v.activity_id).or_default().push(v);
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut versions = versions_of.remove(&r.id).unwrap_or_default();
            versions.sort_by_key(|v| crate::picker_order(&v.language));
            Activity {
                id: r.id,
                commune_id: r.commune_id,
                organiser_id: r.organiser_id,
                organiser_kind: r.organiser_kind,
                kind: r.kind,
                audience: r.audience,
                neighbourhood_id: r.neighbourhood_id,
                place: r.place,
                link: r.link,
                capacity: r.capacity,
                languages: r.languages.split_whitespace().map(str::to_string).collect(),
                first_starts_at: r.first_starts_at,
                last_ends_at: r.last_ends_at,
                created_at: r.created_at,
                versions,
                conversation: match (r.conversation_language, r.lowest_level, r.highest_level) {
                    (Some(l), Some(lo), Some(hi)) => Some((l, lo, hi)),
                    _ => None,
                },
            }
        })
        .collect())
}

/// One session with its places taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Session {
    pub id: i64,
    pub activity_id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub cancelled_at: Option<i64>,
    pub registered: i64,
    pub waiting: i64,
    /// The activity's places per session, read with the session: under its lock, the
    /// number a change of places last committed.
    pub capacity: i64,
}

const SESSION_COLUMNS: &str = "s.id, s.activity_id, s.starts_at, s.ends_at, s.cancelled_at,
    (SELECT a.capacity FROM activities a WHERE a.id = s.activity_id) AS capacity,
    (SELECT COUNT(*) FROM activity_registrations r WHERE r.session_id = s.id AND r.status = 'registered') AS registered,
    (SELECT COUNT(*) FROM activity_registrations r WHERE r.session_id = s.id AND r.status = 'waiting') AS waiting";

/// The sessions of activity `activity_id`, in order.
pub async fn sessions(db: &Db, activity_id: i64) -> DbResult<Vec<Session>> {
    let sql = format!(
        "SELECT {SESSION_COLUMNS} FROM activity_sessions s WHERE s.activity_id = $1
         ORDER BY s.starts_at, s.id"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(activity_id)
        .fetch_all(pool)
        .await?))
}

/// Session `session_id` of activity `activity_id`, its row locked until the
/// transaction ends (on SQLite the transaction holds the only write lock already).
pub async fn lock_session(
    tx: &mut Tx,
    activity_id: i64,
    session_id: i64,
) -> DbResult<Option<Session>> {
    tx.lock_row("activity_sessions", session_id).await?;
    let sql = format!(
        "SELECT {SESSION_COLUMNS} FROM activity_sessions s WHERE s.id = $1 AND s.activity_id = $2"
    );
    Ok(with_tx!(tx, |conn| sqlx::query_as(&sql)
        .bind(session_id)
        .bind(activity_id)
        .fetch_optional(&mut *conn)
        .await?))
}

/// The sessions of activity `activity_id` still to come at `now` and not cancelled,
/// each row locked until the transaction ends (in id order, as registrations lock
/// one at a time): what a change of places counts and moves up.
pub async fn lock_sessions_to_come(
    tx: &mut Tx,
    activity_id: i64,
    now: i64,
) -> DbResult<Vec<Session>> {
    let ids: Vec<i64> = with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT id FROM activity_sessions
         WHERE activity_id = $1 AND starts_at > $2 AND cancelled_at IS NULL ORDER BY id"
    )
    .bind(activity_id)
    .bind(now)
    .fetch_all(&mut *conn)
    .await?);
    let mut sessions = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(s) = lock_session(tx, activity_id, id).await? {
            sessions.push(s);
        }
    }
    Ok(sessions)
}

/// What an organiser changes in a published activity (see
/// `gemeng_core::activities::Changes`).
pub struct Changed<'a> {
    /// (language code, title, description): they replace every version.
    pub versions: &'a [(&'a str, &'a str, &'a str)],
    pub place: Option<&'a str>,
    pub link: Option<&'a str>,
    pub capacity: i64,
    pub languages: &'a [&'a str],
}

/// Writes `changed` over activity `id`; the feeds that show it are read again.
pub async fn change(tx: &mut Tx, commune_id: i64, id: i64, changed: &Changed<'_>) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE activities SET place = $1, link = $2, capacity = $3, languages = $4
             WHERE id = $5 AND commune_id = $6",
        )
        .bind(changed.place)
        .bind(changed.link)
        .bind(changed.capacity)
        .bind(changed.languages.join(" "))
        .bind(id)
        .bind(commune_id)
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM activity_versions WHERE activity_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        for (language, title, description) in changed.versions {
            sqlx::query(
                "INSERT INTO activity_versions (activity_id, language, title, description)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(*language)
            .bind(*title)
            .bind(*description)
            .execute(&mut *conn)
            .await?;
        }
        Ok::<(), sqlx::Error>(())
    })?;
    tx.changed(crate::tx::Change::Feeds(commune_id));
    Ok(())
}

/// Where `user_id` stands for session `session_id`: `registered`, `waiting` or none.
pub async fn standing(tx: &mut Tx, session_id: i64, user_id: i64) -> DbResult<Option<String>> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT status FROM activity_registrations WHERE session_id = $1 AND user_id = $2"
    )
    .bind(session_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?))
}

/// What a registration holds: a place or a wait, at a café's table or for one of its
/// languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat<'a> {
    Place,
    Waiting,
    /// A seat at café table `id`.
    AtTable(i64),
    /// Waiting for a seat at a table of this language (a code).
    WaitingFor(&'a str),
}

/// Writes `user_id`'s place (`registered`) or wait (`waiting`) for session
/// `session_id`; `false` if they hold one already (the unique key stops a second).
pub async fn add_registration(
    tx: &mut Tx,
    session_id: i64,
    user_id: i64,
    seat: Seat<'_>,
    at: i64,
) -> DbResult<bool> {
    let (status, table_id, waits_for) = match seat {
        Seat::Place => ("registered", None, None),
        Seat::Waiting => ("waiting", None, None),
        Seat::AtTable(table) => ("registered", Some(table), None),
        Seat::WaitingFor(language) => ("waiting", None, Some(language)),
    };
    let written = with_tx!(tx, |conn| {
        sqlx::query(
        "INSERT INTO activity_registrations (session_id, user_id, status, registered_at, table_id, waits_for)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (session_id, user_id) DO NOTHING"
    )
    .bind(session_id)
    .bind(user_id)
    .bind(status)
    .bind(at)
    .bind(table_id)
    .bind(waits_for)
    .execute(&mut *conn)
    .await?
    .rows_affected()
    });
    Ok(written == 1)
}

/// Deletes `user_id`'s place or wait for session `session_id`: what it was, if any.
pub async fn remove_registration(
    tx: &mut Tx,
    session_id: i64,
    user_id: i64,
) -> DbResult<Option<String>> {
    Ok(with_tx!(tx, |conn| {
        sqlx::query_scalar(
        "DELETE FROM activity_registrations WHERE session_id = $1 AND user_id = $2 RETURNING status"
    )
    .bind(session_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?
    }))
}

/// A person to write to about a session.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Recipient {
    pub user_id: i64,
    pub email: String,
    pub language: String,
}

/// Moves the first `count` people of session `session_id`'s waiting list up to a
/// place, in the order they came; who they are.
pub async fn move_up(
    tx: &mut Tx,
    session_id: i64,
    count: i64,
    at: i64,
) -> DbResult<Vec<Recipient>> {
    if count <= 0 {
        return Ok(Vec::new());
    }
    let first: Vec<(i64, i64, String, String)> = with_tx!(tx, |conn| sqlx::query_as(
        "SELECT r.id, u.id, u.email, u.language FROM activity_registrations r
         JOIN users u ON u.id = r.user_id
         WHERE r.session_id = $1 AND r.status = 'waiting' ORDER BY r.id LIMIT $2"
    )
    .bind(session_id)
    .bind(count)
    .fetch_all(&mut *conn)
    .await?);
    let mut up = Vec::new();
    for (id, user_id, email, language) in first {
        with_tx!(tx, |conn| sqlx::query(
            "UPDATE activity_registrations SET status = 'registered', registered_at = $1
             WHERE id = $2 AND status = 'waiting'"
        )
        .bind(at)
        .bind(id)
        .execute(&mut *conn)
        .await
        .map(|_| ())?);
        up.push(Recipient {
            user_id,
            email,
            language,
        });
    }
    Ok(up)
}

/// Everyone holding a place or waiting for session `session_id`.
pub async fn people_of_session(tx: &mut Tx, session_id: i64) -> DbResult<Vec<Recipient>> {
    Ok(with_tx!(tx, |conn| sqlx::query_as(
        "SELECT u.id AS user_id, u.email, u.language FROM activity_registrations r
         JOIN users u ON u.id = r.user_id WHERE r.session_id = $1 ORDER BY r.id"
    )
    .bind(session_id)
    .fetch_all(&mut *conn)
    .await?))
}

/// Cancels session `session_id` of activity `activity_id`; whether it was on.
pub async fn cancel_session(
    tx: &mut Tx,
    activity_id: i64,
    session_id: i64,
    at: i64,
) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE activity_sessions SET cancelled_at = $1
         WHERE id = $2 AND activity_id = $3 AND cancelled_at IS NULL"
    )
    .bind(at)
    .bind(session_id)
    .bind(activity_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// A registrant as the organiser sees them: a name, never an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Registrant {
    pub session_id: i64,
    pub user_id: i64,
    pub name: String,
    /// `registered` or `waiting`.
    pub status: String,
    pub attended: Option<i64>,
    /// A café's table the place is at.
    pub table_id: Option<i64>,
    /// The language a café's learner waits for.
    pub waits_for: Option<String>,
}

/// The registrants of every session of activity `activity_id`: by session, those
/// with a place first, each list in the order people came.
pub async fn registrants(db: &Db, activity_id: i64) -> DbResult<Vec<Registrant>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT r.session_id, r.user_id, u.display_name AS name, r.status, r.attended,
             r.table_id, r.waits_for
         FROM activity_sessions s
         JOIN activity_registrations r ON r.session_id = s.id
         JOIN users u ON u.id = r.user_id
         WHERE s.activity_id = $1
         ORDER BY s.starts_at, s.id, r.status, r.id"
    )
    .bind(activity_id)
    .fetch_all(pool)
    .await?))
}

/// Records who came to session `session_id`: the registered people in `came` did,
/// the other registered people did not. How many were marked.
pub async fn mark_attendance(tx: &mut Tx, session_id: i64, came: &[i64]) -> DbResult<u64> {
    let list = if came.is_empty() {
        "NULL".to_string()
    } else {
        came.iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Numbers parsed by the caller: nothing typed reaches the statement.
    let sql = format!(
        "UPDATE activity_registrations SET attended = CASE WHEN user_id IN ({list}) THEN 1 ELSE 0 END
         WHERE session_id = $1 AND status = 'registered'"
    );
    Ok(with_tx!(tx, |conn| sqlx::query(&sql)
        .bind(session_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()))
}

/// One of a person's registrations, with its session and activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Mine {
    pub activity_id: i64,
    pub session_id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub cancelled_at: Option<i64>,
    pub status: String,
}

/// `user_id`'s registrations for sessions ending after `since`, the soonest first
/// (a feed holds a year of them at most).
pub async fn mine(db: &Db, user_id: i64, since: i64, limit: i64) -> DbResult<Vec<Mine>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT s.activity_id, s.id AS session_id, s.starts_at, s.ends_at, s.cancelled_at, r.status
         FROM activity_registrations r JOIN activity_sessions s ON s.id = r.session_id
         WHERE r.user_id = $1 AND s.ends_at > $2 ORDER BY s.starts_at, s.id LIMIT $3"
    )
    .bind(user_id)
    .bind(since)
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// The sessions still to come (not cancelled) where `user_id` holds a seat, as
/// (activity, session) pairs: what an erasure hands on before it deletes the rest.
pub async fn upcoming_seats(tx: &mut Tx, user_id: i64, now: i64) -> DbResult<Vec<(i64, i64)>> {
    Ok(with_tx!(tx, |conn| sqlx::query_as(
        "SELECT s.activity_id, s.id FROM activity_registrations r
         JOIN activity_sessions s ON s.id = r.session_id
         WHERE r.user_id = $1 AND r.status = 'registered' AND s.starts_at > $2
           AND s.cancelled_at IS NULL
         ORDER BY s.id"
    )
    .bind(user_id)
    .bind(now)
    .fetch_all(&mut *conn)
    .await?))
}

/// Where `user_id` stands in each session of activity `activity_id` (absent: nowhere),
/// with their place on the waiting list (1 is next).
pub async fn standings(
    db: &Db,
    activity_id: i64,
    user_id: i64,
) -> DbResult<BTreeMap<i64, (String, i64)>> {
    let rows: Vec<(i64, String, i64)> = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT r.session_id, r.status,
             (SELECT COUNT(*) FROM activity_registrations w
              WHERE w.session_id = r.session_id AND w.status = 'waiting' AND w.id <= r.id
                AND COALESCE(w.waits_for, '') = COALESCE(r.waits_for, ''))
         FROM activity_registrations r JOIN activity_sessions s ON s.id = r.session_id
         WHERE s.activity_id = $1 AND r.user_id = $2"
    )
    .bind(activity_id)
    .bind(user_id)
    .fetch_all(pool)
    .await?);
    Ok(rows
        .into_iter()
        .map(|(session, status, position)| (session, (status, position)))
        .collect())
}

/// A registration whose reminder may be due.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Reminder {
    pub registration_id: i64,
    pub activity_id: i64,
    pub commune_id: i64,
    pub session_id: i64,
    pub starts_at: i64,
    pub registered_at: i64,
    pub email: String,
    pub language: String,
}

/// Places held in sessions that start after `now` and within `lead` seconds, whose
/// reminder is not written yet, the soonest first.
pub async fn reminders_to_send(
    db: &Db,
    now: i64,
    lead: i64,
    limit: i64,
) -> DbResult<Vec<Reminder>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT r.id AS registration_id, s.activity_id, a.commune_id, s.id AS session_id,
             s.starts_at, r.registered_at, u.email, u.language
         FROM activity_sessions s
         JOIN activities a ON a.id = s.activity_id
         JOIN activity_registrations r ON r.session_id = s.id
         JOIN users u ON u.id = r.user_id
         WHERE s.starts_at > $1 AND s.starts_at <= $2 AND s.cancelled_at IS NULL
           AND r.status = 'registered' AND r.reminded_at IS NULL
         ORDER BY s.starts_at, r.id LIMIT $3"
    )
    .bind(now)
    .bind(now.saturating_add(lead))
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// Claims registration `id`'s reminder: `true` for the one transaction that marks it
/// (and writes the e-mail before committing), `false` for any other instance or run.
pub async fn claim_reminder(tx: &mut Tx, id: i64, at: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE activity_registrations SET reminded_at = $1
         WHERE id = $2 AND reminded_at IS NULL AND status = 'registered'"
    )
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// `user_id`'s calendar secret, if they made one.
pub async fn calendar_token(db: &Db, user_id: i64) -> DbResult<Option<String>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT token FROM activity_calendar_tokens WHERE user_id = $1"
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?))
}

/// Gives `user_id` the calendar secret `token`, replacing (revoking) any other.
pub async fn set_calendar_token(tx: &mut Tx, user_id: i64, token: &str, at: i64) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM activity_calendar_tokens WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "INSERT INTO activity_calendar_tokens (user_id, token, created_at) VALUES ($1, $2, $3)",
        )
        .bind(user_id)
        .bind(token)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// Revokes `user_id`'s calendar secret; whether there was one.
pub async fn revoke_calendar_token(tx: &mut Tx, user_id: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "DELETE FROM activity_calendar_tokens WHERE user_id = $1"
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// The account of calendar secret `token` in commune `commune_id`, if it is live.
pub async fn calendar_owner(db: &Db, commune_id: i64, token: &str) -> DbResult<Option<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT t.user_id FROM activity_calendar_tokens t JOIN users u ON u.id = t.user_id
         WHERE t.token = $1 AND u.commune_id = $2"
    )
    .bind(token)
    .bind(commune_id)
    .fetch_optional(pool)
    .await?))
}

/// The feed rows' `item_type` (and `item_kind`) of an activity: a neighbourhood's
/// activities are in its feed (and in those next door for an adjacent audience),
/// among the posts, at the time they were published.
pub const FEED_ITEM: &str = "activity";

/// Puts activity `id`, organised by `organiser_id`, in the feeds of `neighbourhoods`
/// at `at` (its publication); a row there already stays as it is.
pub async fn add_to_feeds(
    tx: &mut Tx,
    id: i64,
    organiser_id: i64,
    neighbourhoods: &[i64],
    at: i64,
) -> DbResult<()> {
    for neighbourhood in neighbourhoods {
        tx.changed(crate::tx::Change::Feed(*neighbourhood));
    }
    with_tx!(tx, |conn| {
        for neighbourhood in neighbourhoods {
            sqlx::query(
                "INSERT INTO feed_entries (neighbourhood_id, at, item_type, item_id, item_kind, author_id)
                 VALUES ($1, $2, $3, $4, $3, $5)
                 ON CONFLICT (neighbourhood_id, item_type, item_id) DO NOTHING",
            )
            .bind(*neighbourhood)
            .bind(at)
            .bind(FEED_ITEM)
            .bind(id)
            .bind(organiser_id)
            .execute(&mut *conn)
            .await?;
        }
        Ok::<(), sqlx::Error>(())
    })?;
    Ok(())
}

/// The activities of `ids` (a feed page's) of commune `commune_id`, in no particular
/// order, with their versions.
pub async fn by_ids(db: &Db, commune_id: i64, ids: &[i64]) -> DbResult<Vec<Activity>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Integers from our own feed rows, never text from a request.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql =
        format!("SELECT {COLUMNS} FROM activities a WHERE a.id IN ({list}) AND a.commune_id = $1");
    let rows: Vec<Row> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(commune_id)
        .fetch_all(pool)
        .await?);
    complete(db, rows).await
}

/// One table of a language café.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Table {
    pub id: i64,
    pub activity_id: i64,
    pub position: i64,
    pub language: String,
    pub host_name: String,
    pub host_level: String,
    pub seats: i64,
    /// The host's account, when the organiser named one: never shown to others.
    #[serde(skip)]
    pub host_id: Option<i64>,
}

const TABLE_COLUMNS: &str =
    "id, activity_id, position, language, host_name, host_level, seats, host_id";

/// The café tables account `user_id` hosts, the latest café first (those to come
/// before those past), at most 200.
pub async fn hosted_by(db: &Db, user_id: i64) -> DbResult<Vec<Table>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT t.id, t.activity_id, t.position, t.language, t.host_name, t.host_level, t.seats,
             t.host_id
         FROM activity_tables t JOIN activities a ON a.id = t.activity_id
         WHERE t.host_id = $1
         ORDER BY a.first_starts_at DESC, t.activity_id DESC, t.position LIMIT 200"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?))
}

/// Table `table_id` of activity `activity_id`, if the activity sets it.
pub async fn table(db: &Db, activity_id: i64, table_id: i64) -> DbResult<Option<Table>> {
    let sql =
        format!("SELECT {TABLE_COLUMNS} FROM activity_tables WHERE id = $1 AND activity_id = $2");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(table_id)
        .bind(activity_id)
        .fetch_optional(pool)
        .await?))
}

/// Gives table `table_id` a new host; the host's account before (read in `tx`). When
/// the host's account changes, the hosts' reminders of sessions still to come are
/// forgotten, so the new host gets theirs.
pub async fn set_host(
    tx: &mut Tx,
    table_id: i64,
    host_name: &str,
    host_level: &str,
    host_id: Option<i64>,
    now: i64,
) -> DbResult<Option<i64>> {
    Ok(with_tx!(tx, |conn| {
        let before: Option<i64> =
            sqlx::query_scalar("SELECT host_id FROM activity_tables WHERE id = $1")
                .bind(table_id)
                .fetch_one(&mut *conn)
                .await?;
        sqlx::query(
            "UPDATE activity_tables SET host_name = $1, host_level = $2, host_id = $3 WHERE id = $4",
        )
        .bind(host_name)
        .bind(host_level)
        .bind(host_id)
        .bind(table_id)
        .execute(&mut *conn)
        .await?;
        if before != host_id {
            sqlx::query(
                "DELETE FROM activity_host_reminders WHERE table_id = $1 AND session_id IN
                 (SELECT id FROM activity_sessions WHERE starts_at > $2)",
            )
            .bind(table_id)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
        Ok::<Option<i64>, sqlx::Error>(before)
    })?)
}

/// How many learners have a seat at table `table_id` in session `session_id`.
pub async fn seated_at(tx: &mut Tx, session_id: i64, table_id: i64) -> DbResult<i64> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT COUNT(*) FROM activity_registrations
         WHERE session_id = $1 AND table_id = $2 AND status = 'registered'"
    )
    .bind(session_id)
    .bind(table_id)
    .fetch_one(&mut *conn)
    .await?))
}

/// A host's reminder that may be due: the session, the table and whom to tell.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct HostReminder {
    pub session_id: i64,
    pub table_id: i64,
    pub activity_id: i64,
    pub commune_id: i64,
    pub starts_at: i64,
    /// When the activity (and so the host's table) was made.
    pub named_at: i64,
    pub language: String,
    pub host_id: i64,
    pub email: String,
    pub user_language: String,
}

/// Tables with a host account in sessions that start after `now` and within `lead`
/// seconds, whose host's reminder is not written yet, the soonest first.
pub async fn host_reminders_to_send(
    db: &Db,
    now: i64,
    lead: i64,
    limit: i64,
) -> DbResult<Vec<HostReminder>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT s.id AS session_id, t.id AS table_id, a.id AS activity_id, a.commune_id,
             s.starts_at, a.created_at AS named_at, t.language, u.id AS host_id, u.email,
             u.language AS user_language
         FROM activity_sessions s
         JOIN activities a ON a.id = s.activity_id
         JOIN activity_tables t ON t.activity_id = a.id
         JOIN users u ON u.id = t.host_id
         WHERE s.starts_at > $1 AND s.starts_at <= $2 AND s.cancelled_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM activity_host_reminders m
                           WHERE m.session_id = s.id AND m.table_id = t.id)
         ORDER BY s.starts_at, s.id, t.position LIMIT $3"
    )
    .bind(now)
    .bind(now.saturating_add(lead))
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// Claims the host's reminder of table `table_id` in session `session_id`: `true` for
/// the one transaction that writes the marker (and the e-mail before committing).
pub async fn claim_host_reminder(
    tx: &mut Tx,
    session_id: i64,
    table_id: i64,
    at: i64,
) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| {
        sqlx::query(
        "INSERT INTO activity_host_reminders (session_id, table_id, sent_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING"
    )
    .bind(session_id)
    .bind(table_id)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected()
    });
    Ok(changed == 1)
}

/// The tables of activity `activity_id` (none unless it is a café), in the café's order.
pub async fn tables(db: &Db, activity_id: i64) -> DbResult<Vec<Table>> {
    let sql = format!(
        "SELECT {TABLE_COLUMNS} FROM activity_tables WHERE activity_id = $1 ORDER BY position"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(activity_id)
        .fetch_all(pool)
        .await?))
}

/// The tables of activity `activity_id` with the learners seated at each in session
/// `session_id`, read in `tx` (the session's row locked), in the café's order.
pub async fn seated(tx: &mut Tx, activity_id: i64, session_id: i64) -> DbResult<Vec<(Table, i64)>> {
    let rows: Vec<SeatedRow> = with_tx!(tx, |conn| {
        sqlx::query_as(
            "SELECT t.id, t.activity_id, t.position, t.language, t.host_name, t.host_level, t.seats,
                 t.host_id, (SELECT COUNT(*) FROM activity_registrations r
                  WHERE r.session_id = $2 AND r.table_id = t.id AND r.status = 'registered') AS seated
             FROM activity_tables t WHERE t.activity_id = $1 ORDER BY t.position",
        )
        .bind(activity_id)
        .bind(session_id)
        .fetch_all(&mut *conn)
        .await?
    });
    Ok(rows.into_iter().map(|r| (r.table, r.seated)).collect())
}

#[derive(sqlx::FromRow)]
struct SeatedRow {
    #[sqlx(flatten)]
    table: Table,
    seated: i64,
}

/// For each session of activity `activity_id`: the learners seated at each table
/// `(session, table, seated)`, and those waiting for each language `(session,
/// language, waiting)`.
pub async fn table_counts(
    db: &Db,
    activity_id: i64,
) -> DbResult<(Vec<(i64, i64, i64)>, Vec<(i64, String, i64)>)> {
    let seated = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT r.session_id, r.table_id, COUNT(*) FROM activity_registrations r
         JOIN activity_sessions s ON s.id = r.session_id
         WHERE s.activity_id = $1 AND r.table_id IS NOT NULL AND r.status = 'registered'
         GROUP BY r.session_id, r.table_id"
    )
    .bind(activity_id)
    .fetch_all(pool)
    .await?);
    let waiting = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT r.session_id, r.waits_for, COUNT(*) FROM activity_registrations r
         JOIN activity_sessions s ON s.id = r.session_id
         WHERE s.activity_id = $1 AND r.waits_for IS NOT NULL AND r.status = 'waiting'
         GROUP BY r.session_id, r.waits_for"
    )
    .bind(activity_id)
    .fetch_all(pool)
    .await?);
    Ok((seated, waiting))
}

/// How many wait for a seat at a table of `language` in session `session_id`.
pub async fn waiting_for(tx: &mut Tx, session_id: i64, language: &str) -> DbResult<i64> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT COUNT(*) FROM activity_registrations
         WHERE session_id = $1 AND status = 'waiting' AND waits_for = $2"
    )
    .bind(session_id)
    .bind(language)
    .fetch_one(&mut *conn)
    .await?))
}

/// The place `user_id` held in session `session_id` before withdrawing is read with
/// [`remove_seat`]: its status, table and the language waited for.
pub async fn remove_seat(
    tx: &mut Tx,
    session_id: i64,
    user_id: i64,
) -> DbResult<Option<(String, Option<i64>)>> {
    Ok(with_tx!(tx, |conn| sqlx::query_as(
        "DELETE FROM activity_registrations WHERE session_id = $1 AND user_id = $2
         RETURNING status, table_id"
    )
    .bind(session_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?))
}

/// Moves the first learner waiting for `language` in session `session_id` up to a
/// seat at table `table_id`; who they are, if anyone waited.
pub async fn move_up_to_table(
    tx: &mut Tx,
    session_id: i64,
    language: &str,
    table_id: i64,
    at: i64,
) -> DbResult<Option<Recipient>> {
    let first: Option<(i64, i64, String, String)> = with_tx!(tx, |conn| sqlx::query_as(
        "SELECT r.id, u.id, u.email, u.language FROM activity_registrations r
         JOIN users u ON u.id = r.user_id
         WHERE r.session_id = $1 AND r.status = 'waiting' AND r.waits_for = $2
         ORDER BY r.id LIMIT 1"
    )
    .bind(session_id)
    .bind(language)
    .fetch_optional(&mut *conn)
    .await?);
    let Some((id, user_id, email, language)) = first else {
        return Ok(None);
    };
    with_tx!(tx, |conn| sqlx::query(
        "UPDATE activity_registrations
         SET status = 'registered', table_id = $1, waits_for = NULL, registered_at = $2
         WHERE id = $3 AND status = 'waiting'"
    )
    .bind(table_id)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await
    .map(|_| ())?);
    Ok(Some(Recipient {
        user_id,
        email,
        language,
    }))
}

/// The level `user_id`'s language profile gives for `language` (a code), if any.
pub async fn profile_level(tx: &mut Tx, user_id: i64, language: &str) -> DbResult<Option<String>> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT level FROM language_profile_languages WHERE user_id = $1 AND language = $2"
    )
    .bind(user_id)
    .bind(language)
    .fetch_optional(&mut *conn)
    .await?))
}
