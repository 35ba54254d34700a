//! The commune's newsletter: subscriptions with double opt-in, and how far the
//! mailing of each public announcement to confirmed subscribers got. A confirmation
//! link's secret is stored only as its SHA-256; the unsubscribe secret is stored as
//! it is, because every e-mail must carry it and it can do nothing but stop (or
//! change the language of) that one subscription.

use gemeng_core::newsletter::{confirming, Confirming};
use serde::Serialize;

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// A subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Subscription {
    pub id: i64,
    pub commune_id: i64,
    pub email: String,
    pub language: String,
    pub confirm_expires_at: i64,
    pub confirmed_at: Option<i64>,
    pub stop_token: String,
    pub created_at: i64,
}

const COLUMNS: &str =
    "id, commune_id, email, language, confirm_expires_at, confirmed_at, stop_token, created_at";

/// What a subscription request did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requested {
    /// A new subscription waits for its confirmation (the link with the new secret).
    New,
    /// A subscription already waiting got the new secret (and language): the new link
    /// works, the older one no longer does.
    Renewed,
    /// The address is already subscribed: nothing changed.
    AlreadyConfirmed(Subscription),
}

/// Records a request to subscribe `email` (lower-case) to a commune's newsletter in
/// `language`, whose confirmation link's secret hashes to `confirm_hash` and works
/// until `expires_at`. `stop_token` is used if the subscription is new.
#[allow(clippy::too_many_arguments)]
pub async fn request(
    tx: &mut Tx,
    commune_id: i64,
    email: &str,
    language: &str,
    confirm_hash: &str,
    expires_at: i64,
    stop_token: &str,
    now: i64,
) -> DbResult<Requested> {
    with_tx!(tx, |conn| {
        let existing: Option<Subscription> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM newsletter_subscriptions WHERE commune_id = $1 AND email = $2"
        ))
        .bind(commune_id)
        .bind(email)
        .fetch_optional(&mut *conn)
        .await?;
        match existing {
            Some(s) if s.confirmed_at.is_some() => Ok(Requested::AlreadyConfirmed(s)),
            Some(s) => {
                sqlx::query(
                    "UPDATE newsletter_subscriptions SET language = $1, confirm_hash = $2,
                         confirm_expires_at = $3 WHERE id = $4",
                )
                .bind(language)
                .bind(confirm_hash)
                .bind(expires_at)
                .bind(s.id)
                .execute(&mut *conn)
                .await?;
                Ok(Requested::Renewed)
            }
            None => {
                // Two requests for one address at once: the second finds the first's
                // row and renews it.
                let inserted = sqlx::query(
                    "INSERT INTO newsletter_subscriptions (commune_id, email, language,
                         confirm_hash, confirm_expires_at, stop_token, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)
                     ON CONFLICT (commune_id, email) DO UPDATE SET language = excluded.language,
                         confirm_hash = excluded.confirm_hash,
                         confirm_expires_at = excluded.confirm_expires_at
                     WHERE newsletter_subscriptions.confirmed_at IS NULL",
                )
                .bind(commune_id)
                .bind(email)
                .bind(language)
                .bind(confirm_hash)
                .bind(expires_at)
                .bind(stop_token)
                .bind(now)
                .execute(&mut *conn)
                .await?
                .rows_affected();
                if inserted == 1 {
                    return Ok(Requested::New);
                }
                // Confirmed meanwhile by the other request's link.
                let s: Subscription = sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM newsletter_subscriptions WHERE commune_id = $1 AND email = $2"
                ))
                .bind(commune_id)
                .bind(email)
                .fetch_one(&mut *conn)
                .await?;
                Ok(Requested::AlreadyConfirmed(s))
            }
        }
    })
}

/// The subscription a confirmation link's secret (hashed) belongs to.
pub async fn by_confirmation(db: &Db, confirm_hash: &str) -> DbResult<Option<Subscription>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM newsletter_subscriptions WHERE confirm_hash = $1"
    ))
    .bind(confirm_hash)
    .fetch_optional(pool)
    .await?))
}

/// What following a confirmation link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmation {
    /// Confirmed now.
    Confirmed(Subscription),
    /// The link was used before: the subscription stands.
    AlreadyConfirmed(Subscription),
    /// The link is too old (a new request sends a new one).
    Expired,
    /// No such link (never sent, replaced by a newer one, or its subscriber left).
    Unknown,
}

/// Confirms the subscription whose link's secret hashes to `confirm_hash`.
pub async fn confirm(tx: &mut Tx, confirm_hash: &str, now: i64) -> DbResult<Confirmation> {
    with_tx!(tx, |conn| {
        let found: Option<Subscription> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM newsletter_subscriptions WHERE confirm_hash = $1"
        ))
        .bind(confirm_hash)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(mut s) = found else {
            return Ok(Confirmation::Unknown);
        };
        match confirming(s.confirmed_at.is_some(), s.confirm_expires_at, now) {
            Confirming::AlreadyConfirmed => return Ok(Confirmation::AlreadyConfirmed(s)),
            Confirming::Expired => return Ok(Confirmation::Expired),
            Confirming::Confirm => {}
        }
        let changed = sqlx::query(
            "UPDATE newsletter_subscriptions SET confirmed_at = $1
             WHERE id = $2 AND confirmed_at IS NULL",
        )
        .bind(now)
        .bind(s.id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if changed == 0 {
            // Confirmed by a second click at the same moment.
            return Ok(Confirmation::AlreadyConfirmed(s));
        }
        s.confirmed_at = Some(now);
        Ok(Confirmation::Confirmed(s))
    })
}

/// The subscription an unsubscribe secret belongs to.
pub async fn by_stop(db: &Db, stop_token: &str) -> DbResult<Option<Subscription>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM newsletter_subscriptions WHERE stop_token = $1"
    ))
    .bind(stop_token)
    .fetch_optional(pool)
    .await?))
}

/// Ends the subscription of an unsubscribe secret, keeping nothing of it; whether
/// there was one.
pub async fn stop(tx: &mut Tx, stop_token: &str) -> DbResult<bool> {
    let deleted = with_tx!(tx, |conn| sqlx::query(
        "DELETE FROM newsletter_subscriptions WHERE stop_token = $1"
    )
    .bind(stop_token)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(deleted == 1)
}

/// Changes the language of the subscription of an unsubscribe secret; whether there
/// is one.
pub async fn set_language(tx: &mut Tx, stop_token: &str, language: &str) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE newsletter_subscriptions SET language = $1 WHERE stop_token = $2"
    )
    .bind(language)
    .bind(stop_token)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// Removes subscriptions never confirmed whose link has expired; how many.
pub async fn forget_unconfirmed(db: &Db, now: i64) -> DbResult<u64> {
    let mut tx = db.begin().await?;
    let deleted = with_tx!(&mut tx, |conn| {
        sqlx::query(
        "DELETE FROM newsletter_subscriptions WHERE confirmed_at IS NULL AND confirm_expires_at <= $1"
    )
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected()
    });
    tx.commit().await?;
    Ok(deleted)
}

/// Confirmed subscribers of a commune per language.
pub async fn counts(db: &Db, commune_id: i64) -> DbResult<Vec<(String, i64)>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT language, COUNT(*) FROM newsletter_subscriptions
         WHERE commune_id = $1 AND confirmed_at IS NOT NULL GROUP BY language ORDER BY language"
    )
    .bind(commune_id)
    .fetch_all(pool)
    .await?))
}

/// A public announcement whose newsletter e-mails are still to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct ToMail {
    pub id: i64,
    pub commune_id: i64,
    pub publish_at: i64,
    /// The last subscriber (by id) already written to.
    pub newsletter_through: i64,
}

/// Public announcements that are out and whose newsletter e-mails are not all
/// written, the oldest first. Withdrawn ones are among them, to be closed unsent.
pub async fn to_mail(db: &Db, now: i64, limit: i64) -> DbResult<Vec<ToMail>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT id, commune_id, publish_at, newsletter_through FROM announcements
         WHERE newsletter_at IS NULL AND is_public = 1 AND publish_at <= $1
         ORDER BY publish_at, id LIMIT $2"
    )
    .bind(now)
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// A confirmed subscriber, as an e-mail needs them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Subscriber {
    pub id: i64,
    pub email: String,
    pub language: String,
    pub stop_token: String,
}

/// The next `limit` subscribers (by id, after `after`) of a commune who had
/// confirmed by `published_at`: nobody is sent what was published before they
/// subscribed (`gemeng_core::newsletter::receives`, here in SQL).
pub async fn subscribers(
    db: &Db,
    commune_id: i64,
    published_at: i64,
    after: i64,
    limit: i64,
) -> DbResult<Vec<Subscriber>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT id, email, language, stop_token FROM newsletter_subscriptions
         WHERE commune_id = $1 AND confirmed_at IS NOT NULL AND confirmed_at <= $2 AND id > $3
         ORDER BY id LIMIT $4"
    )
    .bind(commune_id)
    .bind(published_at)
    .bind(after)
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// Records that announcement `id`'s newsletter e-mails are written up to subscriber
/// `through` (and all if `done`), if no other instance moved on from `from`
/// meanwhile; whether this one did.
pub async fn advance(
    tx: &mut Tx,
    id: i64,
    from: i64,
    through: i64,
    done: bool,
    now: i64,
) -> DbResult<bool> {
    let moved = with_tx!(tx, |conn| sqlx::query(
        "UPDATE announcements SET newsletter_through = $1,
             newsletter_at = CASE WHEN $2 = 1 THEN $3 ELSE NULL END
         WHERE id = $4 AND newsletter_through = $5 AND newsletter_at IS NULL"
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
