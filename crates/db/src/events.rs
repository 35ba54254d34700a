//! The virtual event day's storage (issue 11) on both engines: events with their
//! versions per language, stands (descriptions, staff, documents' names and sizes),
//! workshops (activities attached to an event) and registrations. The rules (what a
//! draft holds, who gets a place) are `gemeng_core::events`'.
//!
//! A place is decided with the event's row locked ([`lock_places`]): every request for
//! one event then reads the counts and writes its row one after the other, so an event
//! never holds more people than places, on PostgreSQL as on SQLite (whose write
//! transaction holds the only write lock already).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::posts::Stored;
use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// An event as its organiser's checked draft gives it.
pub struct NewEvent<'a> {
    pub commune_id: i64,
    pub organiser_id: i64,
    /// The day in the commune's zone, `YYYY-MM-DD`.
    pub day: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
    /// `public` or `residents_only`.
    pub registration: &'a str,
    pub capacity: i64,
    pub link: Option<&'a str>,
    /// (language code, title, description)
    pub versions: &'a [(&'a str, &'a str, &'a str)],
    pub request_key: &'a str,
    pub at: i64,
}

/// One language's title and description of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct EventVersion {
    #[serde(skip)]
    pub event_id: i64,
    pub language: String,
    pub title: String,
    pub description: String,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    commune_id: i64,
    organiser_id: Option<i64>,
    day: String,
    starts_at: i64,
    ends_at: i64,
    registration: String,
    capacity: i64,
    link: Option<String>,
    published_at: Option<i64>,
    created_at: i64,
}

const EVENT_COLUMNS: &str = "e.id, e.commune_id, e.organiser_id, e.day, e.starts_at, e.ends_at,
     e.registration, e.capacity, e.link, e.published_at, e.created_at";

/// An event with its versions, in the language picker's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub id: i64,
    pub commune_id: i64,
    pub organiser_id: Option<i64>,
    pub day: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub registration: String,
    pub capacity: i64,
    pub link: Option<String>,
    pub published_at: Option<i64>,
    pub created_at: i64,
    pub versions: Vec<EventVersion>,
}

/// Writes a new event (unpublished) with its versions; for a request key its
/// organiser used before, the event written then (and nothing new).
pub async fn insert(tx: &mut Tx, e: &NewEvent<'_>) -> DbResult<Stored> {
    let inserted: Option<i64> = with_tx!(tx, |conn| sqlx::query_scalar(
        "INSERT INTO events (commune_id, organiser_id, day, starts_at, ends_at, registration,
             capacity, link, created_at, request_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (organiser_id, request_key) DO NOTHING RETURNING id",
    )
    .bind(e.commune_id)
    .bind(e.organiser_id)
    .bind(e.day)
    .bind(e.starts_at)
    .bind(e.ends_at)
    .bind(e.registration)
    .bind(e.capacity)
    .bind(e.link)
    .bind(e.at)
    .bind(e.request_key)
    .fetch_optional(&mut *conn)
    .await?);
    let Some(id) = inserted else {
        let id = with_tx!(tx, |conn| sqlx::query_scalar(
            "SELECT id FROM events WHERE organiser_id = $1 AND request_key = $2"
        )
        .bind(e.organiser_id)
        .bind(e.request_key)
        .fetch_one(&mut *conn)
        .await?);
        return Ok(Stored::Again(id));
    };
    with_tx!(tx, |conn| {
        for (language, title, description) in e.versions {
            sqlx::query(
                "INSERT INTO event_versions (event_id, language, title, description)
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
    Ok(Stored::New(id))
}

/// Publishes event `id` at `at`: listed and open for registration from then on.
/// False when it was published already (or is not there).
pub async fn publish(tx: &mut Tx, id: i64, at: i64) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| sqlx::query(
        "UPDATE events SET published_at = $1 WHERE id = $2 AND published_at IS NULL"
    )
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(done == 1)
}

/// Event `id` of commune `commune_id`.
pub async fn get(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<Event>> {
    let sql = format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = $1 AND e.commune_id = $2");
    let row: Option<EventRow> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(commune_id)
        .fetch_optional(pool)
        .await?);
    Ok(with_versions(db, row.into_iter().collect()).await?.pop())
}

/// The published events of commune `commune_id` where account `user_id` holds a
/// place, ending at `since` or later, the soonest first, at most `limit`: their
/// personal programme.
pub async fn registered_by(
    db: &Db,
    commune_id: i64,
    user_id: i64,
    since: i64,
    limit: i64,
) -> DbResult<Vec<Event>> {
    let sql = format!(
        "SELECT {EVENT_COLUMNS} FROM events e
         JOIN event_registrations r ON r.event_id = e.id AND r.user_id = $2
         WHERE e.commune_id = $1 AND e.published_at IS NOT NULL AND e.ends_at >= $3
         ORDER BY e.starts_at, e.id LIMIT $4"
    );
    let rows: Vec<EventRow> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(commune_id)
        .bind(user_id)
        .bind(since)
        .bind(limit)
        .fetch_all(pool)
        .await?);
    with_versions(db, rows).await
}

/// Which of a commune's events a list shows (the SQL side of who may see an event).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    /// Residents-only events too (a verified resident, staff).
    pub residents_only: bool,
    /// Unpublished events too: every one for staff, or this organiser's own.
    pub unpublished: Unpublished,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unpublished {
    None,
    OrganisedBy(i64),
    All,
}

/// Commune `commune_id`'s events for `scope` that are not over at `now`, the soonest
/// first, at most `limit`.
pub async fn list(
    db: &Db,
    commune_id: i64,
    scope: Scope,
    now: i64,
    limit: i64,
) -> DbResult<Vec<Event>> {
    let mut sql =
        format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.commune_id = $1 AND e.ends_at > $2");
    if !scope.residents_only {
        sql.push_str(" AND e.registration = 'public'");
    }
    match scope.unpublished {
        Unpublished::None => sql.push_str(" AND e.published_at IS NOT NULL"),
        Unpublished::OrganisedBy(_) => {
            sql.push_str(" AND (e.published_at IS NOT NULL OR e.organiser_id = $4)")
        }
        Unpublished::All => {}
    }
    sql.push_str(" ORDER BY e.starts_at, e.id LIMIT $3");
    let organiser = match scope.unpublished {
        Unpublished::OrganisedBy(id) => id,
        _ => 0,
    };
    let rows: Vec<EventRow> = with_pool!(db.reader(), |pool| {
        let query = sqlx::query_as(&sql).bind(commune_id).bind(now).bind(limit);
        let query = if matches!(scope.unpublished, Unpublished::OrganisedBy(_)) {
            query.bind(organiser)
        } else {
            query
        };
        query.fetch_all(pool).await?
    });
    with_versions(db, rows).await
}

async fn with_versions(db: &Db, rows: Vec<EventRow>) -> DbResult<Vec<Event>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    // The ids are numbers this module read: nothing typed reaches the statement.
    let ids = rows
        .iter()
        .map(|r| r.id.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT event_id, language, title, description FROM event_versions
         WHERE event_id IN ({ids})"
    );
    let versions: Vec<EventVersion> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .fetch_all(pool)
        .await?);
    let mut versions_of: BTreeMap<i64, Vec<EventVersion>> = BTreeMap::new();
    for v in versions {
        versions_of.entry(v.event_id).or_default().push(v);
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut versions = versions_of.remove(&r.id).unwrap_or_default();
            versions.sort_by_key(|v| crate::picker_order(&v.language));
            Event {
                id: r.id,
                commune_id: r.commune_id,
                organiser_id: r.organiser_id,
                day: r.day,
                starts_at: r.starts_at,
                ends_at: r.ends_at,
                registration: r.registration,
                capacity: r.capacity,
                link: r.link,
                published_at: r.published_at,
                created_at: r.created_at,
                versions,
            }
        })
        .collect())
}

// ---------------------------------------------------------------------------------
// Stands

/// A stand's document as checked, its bytes already behind the storage interface.
pub struct NewDocument<'a> {
    pub file_name: &'a str,
    /// As `gemeng_core::events::stands::DocumentKind` names it in snake case.
    pub kind: &'a str,
    pub size_bytes: i64,
    pub storage_key: &'a str,
}

/// A stand as its organiser's checked draft gives it.
pub struct NewStand<'a> {
    pub organisation: &'a str,
    pub video_link: Option<&'a str>,
    pub opens_at: i64,
    pub closes_at: i64,
    /// (language code, description)
    pub descriptions: &'a [(&'a str, &'a str)],
    pub staff: &'a [i64],
    pub documents: &'a [NewDocument<'a>],
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Document {
    pub id: i64,
    #[serde(skip)]
    pub stand_id: i64,
    pub position: i64,
    pub file_name: String,
    pub kind: String,
    pub size_bytes: i64,
    #[serde(skip)]
    pub storage_key: String,
}

#[derive(sqlx::FromRow)]
struct StandRow {
    id: i64,
    event_id: i64,
    position: i64,
    organisation: String,
    video_link: Option<String>,
    opens_at: i64,
    closes_at: i64,
}

/// A stand with its descriptions (language picker's order), staff and documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stand {
    pub id: i64,
    pub event_id: i64,
    pub position: i64,
    pub organisation: String,
    pub video_link: Option<String>,
    pub opens_at: i64,
    pub closes_at: i64,
    /// (language code, description)
    pub descriptions: Vec<(String, String)>,
    /// The staff's account ids, in order.
    pub staff: Vec<i64>,
    pub documents: Vec<Document>,
}

/// Adds a stand after event `event_id`'s others (the event's row locked, so two added
/// at once take two positions); its id.
pub async fn insert_stand(tx: &mut Tx, event_id: i64, s: &NewStand<'_>) -> DbResult<i64> {
    tx.lock_row("events", event_id).await?;
    with_tx!(tx, |conn| {
        let position: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM event_stands WHERE event_id = $1",
        )
        .bind(event_id)
        .fetch_one(&mut *conn)
        .await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO event_stands (event_id, position, organisation, video_link, opens_at, closes_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(event_id)
        .bind(position)
        .bind(s.organisation)
        .bind(s.video_link)
        .bind(s.opens_at)
        .bind(s.closes_at)
        .fetch_one(&mut *conn)
        .await?;
        for (language, description) in s.descriptions {
            sqlx::query(
                "INSERT INTO event_stand_versions (stand_id, language, description) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(*language)
            .bind(*description)
            .execute(&mut *conn)
            .await?;
        }
        for user in s.staff {
            sqlx::query("INSERT INTO event_stand_staff (stand_id, user_id) VALUES ($1, $2)")
                .bind(id)
                .bind(*user)
                .execute(&mut *conn)
                .await?;
        }
        for (position, d) in s.documents.iter().enumerate() {
            sqlx::query(
                "INSERT INTO event_documents (stand_id, position, file_name, kind, size_bytes, storage_key)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(d.file_name)
            .bind(d.kind)
            .bind(d.size_bytes)
            .bind(d.storage_key)
            .execute(&mut *conn)
            .await?;
        }
        Ok::<i64, sqlx::Error>(id)
    })
    .map_err(Into::into)
}

/// Event `event_id`'s stands in the hall's order, each complete.
pub async fn stands(db: &Db, event_id: i64) -> DbResult<Vec<Stand>> {
    let rows: Vec<StandRow> = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT id, event_id, position, organisation, video_link, opens_at, closes_at
         FROM event_stands WHERE event_id = $1 ORDER BY position"
    )
    .bind(event_id)
    .fetch_all(pool)
    .await?);
    let descriptions: Vec<(i64, String, String)> = with_pool!(db.reader(), |pool| {
        sqlx::query_as(
            "SELECT v.stand_id, v.language, v.description FROM event_stand_versions v
             JOIN event_stands s ON s.id = v.stand_id WHERE s.event_id = $1",
        )
        .bind(event_id)
        .fetch_all(pool)
        .await?
    });
    let staff: Vec<(i64, i64)> = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT f.stand_id, f.user_id FROM event_stand_staff f
         JOIN event_stands s ON s.id = f.stand_id WHERE s.event_id = $1 ORDER BY f.user_id"
    )
    .bind(event_id)
    .fetch_all(pool)
    .await?);
    let documents: Vec<Document> = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT d.id, d.stand_id, d.position, d.file_name, d.kind, d.size_bytes, d.storage_key
         FROM event_documents d JOIN event_stands s ON s.id = d.stand_id
         WHERE s.event_id = $1 ORDER BY d.position"
    )
    .bind(event_id)
    .fetch_all(pool)
    .await?);
    let mut descriptions_of: BTreeMap<i64, Vec<(String, String)>> = BTreeMap::new();
    for (stand, language, description) in descriptions {
        descriptions_of
            .entry(stand)
            .or_default()
            .push((language, description));
    }
    let mut staff_of: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (stand, user) in staff {
        staff_of.entry(stand).or_default().push(user);
    }
    let mut documents_of: BTreeMap<i64, Vec<Document>> = BTreeMap::new();
    for d in documents {
        documents_of.entry(d.stand_id).or_default().push(d);
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut descriptions = descriptions_of.remove(&r.id).unwrap_or_default();
            descriptions.sort_by_key(|(language, _)| crate::picker_order(language));
            Stand {
                staff: staff_of.remove(&r.id).unwrap_or_default(),
                documents: documents_of.remove(&r.id).unwrap_or_default(),
                descriptions,
                id: r.id,
                event_id: r.event_id,
                position: r.position,
                organisation: r.organisation,
                video_link: r.video_link,
                opens_at: r.opens_at,
                closes_at: r.closes_at,
            }
        })
        .collect())
}

/// Document `document_id` of one of event `event_id`'s stands, if it is one.
pub async fn document(db: &Db, event_id: i64, document_id: i64) -> DbResult<Option<Document>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT d.id, d.stand_id, d.position, d.file_name, d.kind, d.size_bytes, d.storage_key
         FROM event_documents d JOIN event_stands s ON s.id = d.stand_id
         WHERE d.id = $1 AND s.event_id = $2"
    )
    .bind(document_id)
    .bind(event_id)
    .fetch_optional(pool)
    .await?))
}

/// The stands of event `event_id` that `user_id` staffs: where they answer and
/// moderate (`gemeng_core::events::EventRoles`).
pub async fn stands_staffed_by(db: &Db, event_id: i64, user_id: i64) -> DbResult<Vec<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT f.stand_id FROM event_stand_staff f JOIN event_stands s ON s.id = f.stand_id
         WHERE s.event_id = $1 AND f.user_id = $2 ORDER BY f.stand_id"
    )
    .bind(event_id)
    .bind(user_id)
    .fetch_all(pool)
    .await?))
}

// ---------------------------------------------------------------------------------
// Workshops

/// Attaches activity `activity_id` to event `event_id` as a workshop. False when it
/// is a workshop of an event already (this one or another: an activity belongs to one
/// event at most).
pub async fn attach_workshop(tx: &mut Tx, event_id: i64, activity_id: i64) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO event_workshops (event_id, activity_id) VALUES ($1, $2)
         ON CONFLICT (activity_id) DO NOTHING"
    )
    .bind(event_id)
    .bind(activity_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(done == 1)
}

/// Whether activity `activity_id` is a workshop of an event day.
pub async fn is_workshop(db: &Db, activity_id: i64) -> DbResult<bool> {
    let found: Option<i64> = with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT event_id FROM event_workshops WHERE activity_id = $1"
    )
    .bind(activity_id)
    .fetch_optional(pool)
    .await?);
    Ok(found.is_some())
}

/// The activities that are event `event_id`'s workshops, by id.
pub async fn workshops(db: &Db, event_id: i64) -> DbResult<Vec<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT activity_id FROM event_workshops WHERE event_id = $1 ORDER BY activity_id"
    )
    .bind(event_id)
    .fetch_all(pool)
    .await?))
}

// ---------------------------------------------------------------------------------
// Registrations

/// An event's places as a request for one reads them, under the event's lock
/// (`gemeng_core::events::participation::EventPlaces` and what decides around it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Places {
    pub capacity: i64,
    /// Account holders, and guests who confirmed.
    pub confirmed: i64,
    /// Guests whose link is still valid at `now`.
    pub awaiting_confirmation: i64,
    pub ends_at: i64,
    pub published: bool,
}

/// Event `event_id`'s places at `now`, its row locked until the transaction ends.
pub async fn lock_places(tx: &mut Tx, event_id: i64, now: i64) -> DbResult<Option<Places>> {
    tx.lock_row("events", event_id).await?;
    let row: Option<(i64, i64, Option<i64>, i64, i64)> = with_tx!(tx, |conn| sqlx::query_as(
        "SELECT e.capacity, e.ends_at, e.published_at,
             (SELECT COUNT(*) FROM event_registrations r
              WHERE r.event_id = e.id AND r.confirmed_at IS NOT NULL),
             (SELECT COUNT(*) FROM event_registrations r
              WHERE r.event_id = e.id AND r.confirmed_at IS NULL AND r.confirm_expires_at > $2)
         FROM events e WHERE e.id = $1"
    )
    .bind(event_id)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?);
    Ok(row.map(
        |(capacity, ends_at, published_at, confirmed, awaiting)| Places {
            capacity,
            confirmed,
            awaiting_confirmation: awaiting,
            ends_at,
            published: published_at.is_some(),
        },
    ))
}

/// The places of event `event_id` taken at `now` (held by account holders and
/// confirmed guests, or held for guests whose link is still valid), as a page shows
/// them; a request for a place decides under [`lock_places`] instead.
pub async fn places_taken(db: &Db, event_id: i64, now: i64) -> DbResult<i64> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM event_registrations
         WHERE event_id = $1 AND (confirmed_at IS NOT NULL OR confirm_expires_at > $2)"
    )
    .bind(event_id)
    .bind(now)
    .fetch_one(pool)
    .await?))
}

/// Registers account `user_id` for event `event_id` (a place decided under
/// [`lock_places`]). False when they hold one already.
pub async fn register_account(
    tx: &mut Tx,
    event_id: i64,
    user_id: i64,
    language: &str,
    at: i64,
) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| {
        sqlx::query(
        "INSERT INTO event_registrations (event_id, commune_id, user_id, language, confirmed_at,
             created_at)
         VALUES ($1, (SELECT commune_id FROM events WHERE id = $1), $2, $3, $4, $4)
         ON CONFLICT (event_id, user_id) WHERE user_id IS NOT NULL DO NOTHING"
    )
    .bind(event_id)
    .bind(user_id)
    .bind(language)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected()
    });
    Ok(done == 1)
}

/// A guest's registration as a new request for the same address finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct GuestRegistration {
    pub id: i64,
    pub confirmed_at: Option<i64>,
    pub confirm_expires_at: Option<i64>,
}

/// The registration of address `email` (lower-case) for event `event_id`, if any.
pub async fn guest_registration(
    tx: &mut Tx,
    event_id: i64,
    email: &str,
) -> DbResult<Option<GuestRegistration>> {
    Ok(with_tx!(tx, |conn| sqlx::query_as(
        "SELECT id, confirmed_at, confirm_expires_at FROM event_registrations
         WHERE event_id = $1 AND guest_email = $2"
    )
    .bind(event_id)
    .bind(email)
    .fetch_optional(&mut *conn)
    .await?))
}

/// A guest's request for a place (decided under [`lock_places`]): holds the place
/// until `expires_at` behind a link whose secret hashes to `confirm_hash`. Asked again
/// before confirming, the same row gets the new link (and name and language): the old
/// link stops working, and one address never holds two places. None when the address
/// confirmed a place already (nothing changed).
#[allow(clippy::too_many_arguments)]
pub async fn register_guest(
    tx: &mut Tx,
    event_id: i64,
    name: &str,
    email: &str,
    language: &str,
    confirm_hash: &str,
    expires_at: i64,
    at: i64,
) -> DbResult<Option<i64>> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "INSERT INTO event_registrations (event_id, commune_id, guest_name, guest_email,
             language, confirm_hash, confirm_expires_at, created_at)
         VALUES ($1, (SELECT commune_id FROM events WHERE id = $1), $2, $3, $4, $5, $6, $7)
         ON CONFLICT (event_id, guest_email) WHERE guest_email IS NOT NULL DO UPDATE
             SET guest_name = excluded.guest_name, language = excluded.language,
                 confirm_hash = excluded.confirm_hash,
                 confirm_expires_at = excluded.confirm_expires_at
             WHERE event_registrations.confirmed_at IS NULL
         RETURNING id"
    )
    .bind(event_id)
    .bind(name)
    .bind(email)
    .bind(language)
    .bind(confirm_hash)
    .bind(expires_at)
    .bind(at)
    .fetch_optional(&mut *conn)
    .await?))
}

/// Whether a guest's link whose secret hashes to `confirm_hash` would confirm a place
/// at `now` (its page shows the button, or says the link cannot work).
pub async fn awaits_confirmation(db: &Db, confirm_hash: &str, now: i64) -> DbResult<bool> {
    let found: Option<i64> = with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT id FROM event_registrations
         WHERE confirm_hash = $1 AND confirmed_at IS NULL AND confirm_expires_at > $2"
    )
    .bind(confirm_hash)
    .bind(now)
    .fetch_optional(pool)
    .await?);
    Ok(found.is_some())
}

/// Confirms the guest whose link's secret hashes to `confirm_hash`, if the link is
/// still valid at `now`: the event's id and the registration's. The secret stops
/// working once used.
pub async fn confirm_guest(
    tx: &mut Tx,
    confirm_hash: &str,
    now: i64,
) -> DbResult<Option<(i64, i64)>> {
    Ok(with_tx!(tx, |conn| sqlx::query_as(
        "UPDATE event_registrations SET confirmed_at = $2, confirm_hash = NULL
         WHERE confirm_hash = $1 AND confirmed_at IS NULL AND confirm_expires_at > $2
         RETURNING event_id, id"
    )
    .bind(confirm_hash)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?))
}

/// Which of `keys` a stand's document names (the others are files a failed write
/// left behind).
pub async fn known_documents(db: &Db, keys: &[String]) -> DbResult<Vec<String>> {
    let mut found = Vec::new();
    // In slices, so one statement never carries thousands of parameters.
    for slice in keys.chunks(200) {
        let placeholders = (1..=slice.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(",");
        let sql = format!(
            "SELECT storage_key FROM event_documents WHERE storage_key IN ({placeholders})"
        );
        let rows: Vec<String> = with_pool!(db.reader(), |pool| {
            let mut query = sqlx::query_scalar(&sql);
            for key in slice {
                query = query.bind(key);
            }
            Ok::<_, crate::DbError>(query.fetch_all(pool).await?)
        })?;
        found.extend(rows);
    }
    Ok(found)
}

/// Gives confirmed guest place `registration_id` the pass whose secret hashes to
/// `pass_hash` (a new one replaces the old).
pub async fn set_pass(tx: &mut Tx, registration_id: i64, pass_hash: &str) -> DbResult<()> {
    with_tx!(tx, |conn| sqlx::query(
        "UPDATE event_registrations SET pass_hash = $2
         WHERE id = $1 AND user_id IS NULL AND confirmed_at IS NOT NULL"
    )
    .bind(registration_id)
    .bind(pass_hash)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(())
}

/// Guest place `registration_id` of event `event_id` is given back (its pass lapses
/// with it). False when there was none.
pub async fn withdraw_guest(tx: &mut Tx, event_id: i64, registration_id: i64) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| sqlx::query(
        "DELETE FROM event_registrations WHERE id = $1 AND event_id = $2 AND user_id IS NULL"
    )
    .bind(registration_id)
    .bind(event_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(done == 1)
}

/// Guest place `registration_id`'s e-mail address, name and language.
pub async fn guest_contact(
    tx: &mut Tx,
    registration_id: i64,
) -> DbResult<Option<(String, String, String)>> {
    Ok(with_tx!(tx, |conn| sqlx::query_as(
        "SELECT guest_email, guest_name, language FROM event_registrations
         WHERE id = $1 AND guest_email IS NOT NULL AND guest_name IS NOT NULL"
    )
    .bind(registration_id)
    .fetch_optional(&mut *conn)
    .await?))
}

/// A guest's confirmed place, found by their pass.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct GuestPass {
    pub place: i64,
    pub event_id: i64,
    pub name: String,
}

/// The confirmed guest place of commune `commune_id` whose pass hashes to
/// `pass_hash`.
pub async fn guest_by_pass(
    db: &Db,
    commune_id: i64,
    pass_hash: &str,
) -> DbResult<Option<GuestPass>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT id AS place, event_id, COALESCE(guest_name, '') AS name FROM event_registrations
         WHERE pass_hash = $1 AND commune_id = $2 AND user_id IS NULL AND confirmed_at IS NOT NULL"
    )
    .bind(pass_hash)
    .bind(commune_id)
    .fetch_optional(pool)
    .await?))
}

/// Whether account `user_id` holds a place at event `event_id`.
pub async fn is_registered(db: &Db, event_id: i64, user_id: i64) -> DbResult<bool> {
    let found: Option<i64> = with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT id FROM event_registrations WHERE event_id = $1 AND user_id = $2"
    )
    .bind(event_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await?);
    Ok(found.is_some())
}

/// Account `user_id` gives back their place at event `event_id`. False when they held
/// none.
pub async fn withdraw(tx: &mut Tx, event_id: i64, user_id: i64) -> DbResult<bool> {
    let done = with_tx!(tx, |conn| sqlx::query(
        "DELETE FROM event_registrations WHERE event_id = $1 AND user_id = $2"
    )
    .bind(event_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(done == 1)
}

/// A participant as the organiser's list shows them: a name, never an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Participant {
    pub id: i64,
    /// The account, or none for a guest.
    pub user_id: Option<i64>,
    /// The account's display name, or the guest's name.
    pub name: String,
    pub confirmed_at: Option<i64>,
}

/// Event `event_id`'s participants who hold a place (account holders and confirmed
/// guests), in the order they registered, at most `limit`.
pub async fn participants(db: &Db, event_id: i64, limit: i64) -> DbResult<Vec<Participant>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT r.id, r.user_id, COALESCE(u.display_name, r.guest_name, '') AS name, r.confirmed_at
         FROM event_registrations r LEFT JOIN users u ON u.id = r.user_id
         WHERE r.event_id = $1 AND r.confirmed_at IS NOT NULL
         ORDER BY r.confirmed_at, r.id LIMIT $2"
    )
    .bind(event_id)
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// The ids of event `event_id`'s stands (a live subscription names one).
pub async fn stand_ids(db: &Db, event_id: i64) -> DbResult<Vec<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT id FROM event_stands WHERE event_id = $1 ORDER BY id"
    )
    .bind(event_id)
    .fetch_all(pool)
    .await?))
}
