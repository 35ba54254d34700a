//! Storage of the commune's services and of residents' threads with them, on both
//! engines. Who reads and manages a thread, and how its state moves, are
//! `gemeng_core::service_threads`'; every function here that changes a thread takes
//! its row lock first, reads its standing in the same transaction and writes what
//! the rules computed from it.

use std::collections::BTreeMap;

use gemeng_core::service_threads::{ServiceName, Standing, State};
use serde::Serialize;

use crate::posts::Stored;
use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// One language's name of a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Name {
    pub service_id: i64,
    pub language: String,
    pub name: String,
    pub description: String,
}

/// A service of the commune, with its names in the picker's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Service {
    pub id: i64,
    pub commune_id: i64,
    pub position: i64,
    pub archived: bool,
    pub names: Vec<Name>,
}

/// The picker's order of languages, as SQL sorts them.
const LANGUAGE_ORDER: &str =
    "CASE language WHEN 'lb' THEN 0 WHEN 'de' THEN 1 WHEN 'fr' THEN 2 WHEN 'en' THEN 3 ELSE 4 END";

/// A commune's services (archived ones too if `archived`), in their order.
pub async fn services(db: &Db, commune_id: i64, archived: bool) -> DbResult<Vec<Service>> {
    let filter = if archived {
        ""
    } else {
        " AND archived_at IS NULL"
    };
    let rows: Vec<(i64, i64, Option<i64>)> =
        with_pool!(db.reader(), |pool| sqlx::query_as(&format!(
            "SELECT id, position, archived_at FROM commune_services
             WHERE commune_id = $1{filter} ORDER BY position, id"
        ))
        .bind(commune_id)
        .fetch_all(pool)
        .await?);
    let names: Vec<Name> = with_pool!(db.reader(), |pool| sqlx::query_as(&format!(
        "SELECT n.service_id, n.language, n.name, n.description
         FROM commune_service_names n JOIN commune_services s ON s.id = n.service_id
         WHERE s.commune_id = $1 ORDER BY n.service_id, {LANGUAGE_ORDER}"
    ))
    .bind(commune_id)
    .fetch_all(pool)
    .await?);
    let mut by_service: BTreeMap<i64, Vec<Name>> = BTreeMap::new();
    for name in names {
        by_service.entry(name.service_id).or_default().push(name);
    }
    Ok(rows
        .into_iter()
        .map(|(id, position, archived_at)| Service {
            id,
            commune_id,
            position,
            archived: archived_at.is_some(),
            names: by_service.remove(&id).unwrap_or_default(),
        })
        .collect())
}

/// One service of the commune (archived or not).
pub async fn service(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<Service>> {
    Ok(services(db, commune_id, true)
        .await?
        .into_iter()
        .find(|s| s.id == id))
}

async fn write_names(tx: &mut Tx, service_id: i64, names: &[ServiceName]) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM commune_service_names WHERE service_id = $1")
            .bind(service_id)
            .execute(&mut *conn)
            .await?;
        for n in names {
            sqlx::query(
                "INSERT INTO commune_service_names (service_id, language, name, description)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(service_id)
            .bind(n.language.code())
            .bind(&n.name)
            .bind(&n.description)
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    })
}

/// Adds a service at the end of the commune's list; its id.
pub async fn add_service(
    tx: &mut Tx,
    commune_id: i64,
    names: &[ServiceName],
    now: i64,
) -> DbResult<i64> {
    let id: i64 = with_tx!(tx, |conn| {
        sqlx::query_scalar(
        "INSERT INTO commune_services (commune_id, position, created_at)
         VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM commune_services WHERE commune_id = $1), $2)
         RETURNING id"
    )
    .bind(commune_id)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?
    });
    write_names(tx, id, names).await?;
    Ok(id)
}

/// Renames a service of the commune; whether it exists.
pub async fn rename_service(
    tx: &mut Tx,
    commune_id: i64,
    id: i64,
    names: &[ServiceName],
) -> DbResult<bool> {
    let found: Option<i64> = with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT id FROM commune_services WHERE id = $1 AND commune_id = $2"
    )
    .bind(id)
    .bind(commune_id)
    .fetch_optional(&mut *conn)
    .await?);
    if found.is_none() {
        return Ok(false);
    }
    write_names(tx, id, names).await?;
    Ok(true)
}

/// Archives a service (residents no longer choose it; its threads go on) or brings it
/// back; whether it exists.
pub async fn archive_service(
    tx: &mut Tx,
    commune_id: i64,
    id: i64,
    archived_at: Option<i64>,
) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE commune_services SET archived_at = $1 WHERE id = $2 AND commune_id = $3"
    )
    .bind(archived_at)
    .bind(id)
    .bind(commune_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// How many services (archived ones too) a commune keeps.
pub async fn count_services(tx: &mut Tx, commune_id: i64) -> DbResult<i64> {
    with_tx!(tx, |conn| Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM commune_services WHERE commune_id = $1"
    )
    .bind(commune_id)
    .fetch_one(&mut *conn)
    .await?))
}

/// A thread, with the names a page shows beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Thread {
    pub id: i64,
    pub commune_id: i64,
    pub service_id: i64,
    pub resident_id: i64,
    pub resident_name: String,
    pub subject: String,
    pub state: String,
    pub waiting_since: Option<i64>,
    pub assigned_to: Option<i64>,
    pub assigned_name: Option<String>,
    pub resident_unread: i64,
    pub created_at: i64,
    pub last_at: i64,
    pub closed_at: Option<i64>,
}

impl Thread {
    pub fn standing(&self) -> Standing {
        Standing {
            state: State::parse(&self.state).unwrap_or(State::Waiting),
            waiting_since: self.waiting_since,
        }
    }
}

const THREAD_COLUMNS: &str = "t.id, t.commune_id, t.service_id, t.resident_id,
     r.display_name AS resident_name, t.subject, t.state, t.waiting_since, t.assigned_to,
     a.display_name AS assigned_name, t.resident_unread, t.created_at, t.last_at, t.closed_at";
const THREAD_FROM: &str = "service_threads t JOIN users r ON r.id = t.resident_id
     LEFT JOIN users a ON a.id = t.assigned_to";

/// A thread of the commune.
pub async fn thread(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<Thread>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&format!(
        "SELECT {THREAD_COLUMNS} FROM {THREAD_FROM} WHERE t.id = $1 AND t.commune_id = $2"
    ))
    .bind(id)
    .bind(commune_id)
    .fetch_optional(pool)
    .await?))
}

/// A message of a thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Message {
    pub id: i64,
    pub thread_id: i64,
    pub author_id: Option<i64>,
    /// Empty if the author's account is gone.
    pub author_name: String,
    pub from_staff: bool,
    pub body: String,
    pub created_at: i64,
}

const MESSAGE_COLUMNS: &str = "m.id, m.thread_id, m.author_id,
     COALESCE(u.display_name, '') AS author_name, m.from_staff = 1 AS from_staff, m.body, m.created_at";

/// The latest `limit` messages of a thread before message `before` (all if `None`),
/// oldest first.
pub async fn messages(
    db: &Db,
    thread_id: i64,
    before: Option<i64>,
    limit: i64,
) -> DbResult<Vec<Message>> {
    let mut found: Vec<Message> = with_pool!(db.reader(), |pool| sqlx::query_as(&format!(
        "SELECT {MESSAGE_COLUMNS} FROM service_messages m LEFT JOIN users u ON u.id = m.author_id
         WHERE m.thread_id = $1 AND m.id < $2 ORDER BY m.id DESC LIMIT $3"
    ))
    .bind(thread_id)
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(pool)
    .await?);
    found.reverse();
    Ok(found)
}

/// A message of one of the commune's threads, by id (for the digest).
pub async fn message_by_id(db: &Db, id: i64) -> DbResult<Option<(Message, Thread)>> {
    let message: Option<Message> = with_pool!(db.reader(), |pool| sqlx::query_as(&format!(
        "SELECT {MESSAGE_COLUMNS} FROM service_messages m LEFT JOIN users u ON u.id = m.author_id
         WHERE m.id = $1"
    ))
    .bind(id)
    .fetch_optional(pool)
    .await?);
    let Some(message) = message else {
        return Ok(None);
    };
    let thread: Option<Thread> = with_pool!(db.reader(), |pool| sqlx::query_as(&format!(
        "SELECT {THREAD_COLUMNS} FROM {THREAD_FROM} WHERE t.id = $1"
    ))
    .bind(message.thread_id)
    .fetch_optional(pool)
    .await?);
    Ok(thread.map(|t| (message, t)))
}

/// A thread a resident opens.
pub struct NewThread<'a> {
    pub commune_id: i64,
    pub service_id: i64,
    pub resident_id: i64,
    pub subject: &'a str,
    pub body: &'a str,
    pub request_key: &'a str,
}

/// Opens a thread with its first message; the same key twice opens it once.
pub async fn open(tx: &mut Tx, new: &NewThread<'_>, now: i64) -> DbResult<Stored> {
    let standing = Standing::opened(now);
    with_tx!(tx, |conn| {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO service_threads (commune_id, service_id, resident_id, subject, state,
                 waiting_since, created_at, last_at, request_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)
             ON CONFLICT (resident_id, request_key) DO NOTHING RETURNING id",
        )
        .bind(new.commune_id)
        .bind(new.service_id)
        .bind(new.resident_id)
        .bind(new.subject)
        .bind(standing.state.as_str())
        .bind(standing.waiting_since)
        .bind(now)
        .bind(new.request_key)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(id) = inserted else {
            let id: i64 = sqlx::query_scalar(
                "SELECT id FROM service_threads WHERE resident_id = $1 AND request_key = $2",
            )
            .bind(new.resident_id)
            .bind(new.request_key)
            .fetch_one(&mut *conn)
            .await?;
            return Ok(Stored::Again(id));
        };
        sqlx::query(
            "INSERT INTO service_messages (thread_id, author_id, from_staff, body, created_at, request_key)
             VALUES ($1, $2, 0, $3, $4, $5)",
        )
        .bind(id)
        .bind(new.resident_id)
        .bind(new.body)
        .bind(now)
        .bind(new.request_key)
        .execute(&mut *conn)
        .await?;
        Ok(Stored::New(id))
    })
}

/// Adds a message to a thread (the service's answer if `from_staff`) and moves the
/// thread's standing as `gemeng_core::service_threads::Standing::after_message` says;
/// the same key twice writes it once. The message's id.
pub async fn write(
    tx: &mut Tx,
    thread_id: i64,
    author_id: i64,
    from_staff: bool,
    body: &str,
    request_key: &str,
    now: i64,
) -> DbResult<Stored> {
    tx.lock_row("service_threads", thread_id).await?;
    with_tx!(tx, |conn| {
        let (state, waiting_since): (String, Option<i64>) =
            sqlx::query_as("SELECT state, waiting_since FROM service_threads WHERE id = $1")
                .bind(thread_id)
                .fetch_one(&mut *conn)
                .await?;
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO service_messages (thread_id, author_id, from_staff, body, created_at, request_key)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (author_id, request_key) DO NOTHING RETURNING id",
        )
        .bind(thread_id)
        .bind(author_id)
        .bind(i64::from(from_staff))
        .bind(body)
        .bind(now)
        .bind(request_key)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(id) = inserted else {
            let id: i64 = sqlx::query_scalar(
                "SELECT id FROM service_messages WHERE author_id = $1 AND request_key = $2",
            )
            .bind(author_id)
            .bind(request_key)
            .fetch_one(&mut *conn)
            .await?;
            return Ok(Stored::Again(id));
        };
        let before = Standing {
            state: State::parse(&state).unwrap_or(State::Waiting),
            waiting_since,
        };
        let after = before.after_message(from_staff, now);
        sqlx::query(
            "UPDATE service_threads SET state = $1, waiting_since = $2, last_at = $3,
                 closed_at = CASE WHEN $1 = 'closed' THEN closed_at ELSE NULL END,
                 resident_unread = resident_unread + $4
             WHERE id = $5",
        )
        .bind(after.state.as_str())
        .bind(after.waiting_since)
        .bind(now)
        .bind(i64::from(from_staff))
        .bind(thread_id)
        .execute(&mut *conn)
        .await?;
        Ok(Stored::New(id))
    })
}

/// Closes a thread; whether it was open.
pub async fn close(tx: &mut Tx, thread_id: i64, now: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE service_threads SET state = 'closed', waiting_since = NULL, closed_at = $1
         WHERE id = $2 AND state <> 'closed'"
    )
    .bind(now)
    .bind(thread_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// Assigns a thread to a colleague, or to no one; whether it changed.
pub async fn assign(tx: &mut Tx, thread_id: i64, to: Option<i64>) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE service_threads SET assigned_to = $1
         WHERE id = $2 AND assigned_to IS DISTINCT FROM $1"
    )
    .bind(to)
    .bind(thread_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// The resident opened their thread: nothing of it is unread any more.
pub async fn mark_read(tx: &mut Tx, thread_id: i64) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE service_threads SET resident_unread = 0 WHERE id = $1 AND resident_unread > 0",
        )
        .bind(thread_id)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// Which threads staff's queue shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Queue {
    /// Threads of this state (waiting first by how long they wait; the others newest
    /// first).
    pub state: State,
    /// Only this service's.
    pub service_id: Option<i64>,
    /// Only those assigned to this colleague.
    pub assigned_to: Option<i64>,
}

/// A page of staff's queue: `limit` threads after `after` (the previous page's last
/// thread's sort key and id).
pub async fn queue(
    db: &Db,
    commune_id: i64,
    q: Queue,
    after: Option<(i64, i64)>,
    limit: i64,
) -> DbResult<Vec<Thread>> {
    // Waiting threads: the longest waiting first. Others: the latest active first.
    let (key, order, cmp) = match q.state {
        State::Waiting => ("t.waiting_since", "ASC", ">"),
        _ => ("t.last_at", "DESC", "<"),
    };
    let mut sql = format!(
        "SELECT {THREAD_COLUMNS} FROM {THREAD_FROM}
         WHERE t.commune_id = $1 AND t.state = $2"
    );
    if q.service_id.is_some() {
        sql.push_str(" AND t.service_id = $3");
    } else {
        sql.push_str(" AND $3 = 0");
    }
    if q.assigned_to.is_some() {
        sql.push_str(" AND t.assigned_to = $4");
    } else {
        sql.push_str(" AND $4 = 0");
    }
    if after.is_some() {
        sql.push_str(&format!(
            " AND ({key} {cmp} $5 OR ({key} = $5 AND t.id {cmp} $6))"
        ));
    } else {
        sql.push_str(" AND $5 = 0 AND $6 = 0");
    }
    sql.push_str(&format!(" ORDER BY {key} {order}, t.id {order} LIMIT $7"));
    let (k, i) = after.unwrap_or((0, 0));
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(commune_id)
        .bind(q.state.as_str())
        .bind(q.service_id.unwrap_or(0))
        .bind(q.assigned_to.unwrap_or(0))
        .bind(k)
        .bind(i)
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// How many threads of the commune are in each state, and since when the longest
/// waiting one waits.
pub async fn counts(db: &Db, commune_id: i64) -> DbResult<(BTreeMap<String, i64>, Option<i64>)> {
    let rows: Vec<(String, i64, Option<i64>)> = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT state, COUNT(*), MIN(waiting_since) FROM service_threads
         WHERE commune_id = $1 GROUP BY state"
    )
    .bind(commune_id)
    .fetch_all(pool)
    .await?);
    let oldest = rows.iter().filter_map(|r| r.2).min();
    Ok((rows.into_iter().map(|(s, n, _)| (s, n)).collect(), oldest))
}

/// A resident's threads, the latest active first, `limit` after `after` (last_at, id).
pub async fn of_resident(
    db: &Db,
    commune_id: i64,
    resident_id: i64,
    after: Option<(i64, i64)>,
    limit: i64,
) -> DbResult<Vec<Thread>> {
    let (at, id) = after.unwrap_or((i64::MAX, i64::MAX));
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&format!(
        "SELECT {THREAD_COLUMNS} FROM {THREAD_FROM}
         WHERE t.commune_id = $1 AND t.resident_id = $2
           AND (t.last_at < $3 OR (t.last_at = $3 AND t.id < $4))
         ORDER BY t.last_at DESC, t.id DESC LIMIT $5"
    ))
    .bind(commune_id)
    .bind(resident_id)
    .bind(at)
    .bind(id)
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// How many of a resident's threads are not closed.
pub async fn open_count(tx: &mut Tx, resident_id: i64) -> DbResult<i64> {
    with_tx!(tx, |conn| Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM service_threads WHERE resident_id = $1 AND state <> 'closed'"
    )
    .bind(resident_id)
    .fetch_one(&mut *conn)
    .await?))
}

/// Messages from services a resident has not read yet, all threads together (for the
/// menu).
pub async fn unread(db: &Db, resident_id: i64) -> DbResult<i64> {
    Ok(with_pool!(db.reader(), |pool| {
        sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(resident_unread), 0) AS BIGINT) FROM service_threads WHERE resident_id = $1"
    )
    .bind(resident_id)
    .fetch_one(pool)
    .await?
    }))
}

/// A colleague a thread can be assigned to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Colleague {
    pub id: i64,
    pub display_name: String,
}

/// The commune's staff and admins, by name (a commune has a few dozen at most; the
/// limit keeps the list bounded all the same).
pub async fn colleagues(db: &Db, commune_id: i64) -> DbResult<Vec<Colleague>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT id, display_name FROM users
         WHERE commune_id = $1 AND role IN ('staff', 'admin')
         ORDER BY display_name, id LIMIT 500"
    )
    .bind(commune_id)
    .fetch_all(pool)
    .await?))
}
