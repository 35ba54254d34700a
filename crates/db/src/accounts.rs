//! People's accounts: residents (placed by their address), moderators, commune staff
//! and admins, and operators of the installation.

use gemeng_core::account::{Residence, Role, VerificationMethod};
use gemeng_core::permissions::Actor;
use serde::Serialize;

use crate::text::Text;
use crate::tx::{Change, Tx};
use crate::{is_unique_violation, with_pool, with_tx, Db, DbError, DbResult};

/// An account as its owner and staff see it.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Account {
    pub id: i64,
    pub commune_id: Option<i64>,
    pub email: String,
    pub display_name: String,
    pub language: String,
    pub role: Text<Role>,
    pub address_id: Option<i64>,
    pub neighbourhood_id: Option<i64>,
    pub residence: Text<Residence>,
    pub verification_method: Option<String>,
    pub email_confirmed_at: Option<i64>,
    pub created_at: i64,
}

impl Account {
    pub fn role(&self) -> Role {
        self.role.0
    }

    pub fn residence(&self) -> Residence {
        self.residence.0
    }

    /// The account as the permission rules see it.
    pub fn actor(&self) -> Actor {
        Actor {
            user_id: self.id,
            commune_id: self.commune_id,
            role: self.role(),
            neighbourhood_id: self.neighbourhood_id,
            email_confirmed: self.email_confirmed_at.is_some(),
            residence: self.residence(),
        }
    }
}

const COLUMNS: &str =
    "u.id, u.commune_id, u.email, u.display_name, u.language, u.role, u.address_id,
    a.neighbourhood_id, u.residence, u.verification_method, u.email_confirmed_at, u.created_at";
const FROM: &str = "FROM users u LEFT JOIN addresses a ON a.id = u.address_id";

/// The resident's name as on their letterbox, and the flat or floor, for the letter.
pub async fn set_postal_name(
    tx: &mut Tx,
    user_id: i64,
    full_name: &str,
    address_extra: &str,
) -> DbResult<()> {
    tx.changed(Change::Account(user_id));
    with_tx!(tx, |conn| {
        sqlx::query("UPDATE users SET full_name = $1, address_extra = $2 WHERE id = $3")
            .bind(full_name)
            .bind(address_extra)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

/// What is needed to create an account; the password is already hashed.
pub struct NewAccount<'a> {
    pub commune_id: Option<i64>,
    pub email: &'a str,
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub language: &'a str,
    pub role: Role,
    pub address_id: Option<i64>,
    pub residence: Residence,
    pub email_confirmed: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("an account with this e-mail exists already")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] DbError),
}

pub async fn create(tx: &mut Tx, new: &NewAccount<'_>, now: i64) -> Result<i64, CreateError> {
    let confirmed = new.email_confirmed.then_some(now);
    let verified = (new.residence == Residence::Verified).then_some(now);
    let method = verified.map(|_| VerificationMethod::Staff.as_str());
    let result: Result<i64, sqlx::Error> = with_tx!(tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO users (commune_id, email, password_hash, display_name, language, role, address_id,
                residence, verification_method, verified_at, email_confirmed_at, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(new.commune_id)
        .bind(new.email)
        .bind(new.password_hash)
        .bind(new.display_name)
        .bind(new.language)
        .bind(new.role.as_str())
        .bind(new.address_id)
        .bind(new.residence.as_str())
        .bind(method)
        .bind(verified)
        .bind(confirmed)
        .bind(now)
        .fetch_one(&mut *conn)
        .await
    });
    result.map_err(|e| {
        if is_unique_violation(&e) {
            CreateError::EmailTaken
        } else {
            CreateError::Db(e.into())
        }
    })
}

pub async fn by_id(db: &Db, id: i64) -> DbResult<Option<Account>> {
    let sql = format!("SELECT {COLUMNS} {FROM} WHERE u.id = $1");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Account>(&sql)
            .bind(id)
            .fetch_optional(pool)
            .await?)
    })
}

/// Reads inside a transaction: sees its own writes, and on SQLite the latest commit.
pub async fn by_id_in(tx: &mut Tx, id: i64) -> DbResult<Option<Account>> {
    let sql = format!("SELECT {COLUMNS} {FROM} WHERE u.id = $1");
    with_tx!(tx, |conn| {
        Ok(sqlx::query_as::<_, Account>(&sql)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?)
    })
}

/// The account and its password hash, for logging in to a commune (or, with
/// `commune_id = None`, to the installation as operator).
pub async fn credentials(
    db: &Db,
    commune_id: Option<i64>,
    email: &str,
) -> DbResult<Option<(Account, String)>> {
    let sql = format!(
        "SELECT {COLUMNS}, u.password_hash {FROM} WHERE u.email = $1 AND (u.commune_id = $2 OR (u.commune_id IS NULL AND $2 IS NULL))"
    );
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        account: Account,
        password_hash: String,
    }
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Row>(&sql)
            .bind(email)
            .bind(commune_id)
            .fetch_optional(pool)
            .await?
            .map(|r| (r.account, r.password_hash)))
    })
}

pub async fn by_email(db: &Db, commune_id: i64, email: &str) -> DbResult<Option<Account>> {
    let sql = format!("SELECT {COLUMNS} {FROM} WHERE u.commune_id = $1 AND u.email = $2");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Account>(&sql)
            .bind(commune_id)
            .bind(email)
            .fetch_optional(pool)
            .await?)
    })
}

pub async fn confirm_email(tx: &mut Tx, user_id: i64, now: i64) -> DbResult<()> {
    tx.changed(Change::Account(user_id));
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE users SET email_confirmed_at = COALESCE(email_confirmed_at, $1) WHERE id = $2",
        )
        .bind(now)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

pub async fn set_language(tx: &mut Tx, user_id: i64, language: &str) -> DbResult<()> {
    tx.changed(Change::Account(user_id));
    with_tx!(tx, |conn| {
        sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
            .bind(language)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

/// Sets a new password and ends every session of the account (ASVS 7.4.3).
pub async fn set_password(tx: &mut Tx, user_id: i64, password_hash: &str) -> DbResult<()> {
    tx.changed(Change::Account(user_id));
    tx.changed(Change::SessionsOf(user_id));
    with_tx!(tx, |conn| {
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

/// Changes a role if it is still `expected` (the role the permission check saw);
/// `false` if somebody changed it in between.
pub async fn set_role(tx: &mut Tx, user_id: i64, expected: Role, role: Role) -> DbResult<bool> {
    tx.changed(Change::Account(user_id));
    with_tx!(tx, |conn| {
        let changed = sqlx::query("UPDATE users SET role = $1 WHERE id = $2 AND role = $3")
            .bind(role.as_str())
            .bind(user_id)
            .bind(expected.as_str())
            .execute(&mut *conn)
            .await?
            .rows_affected();
        Ok(changed == 1)
    })
}

/// Removes the account of a resident whose residence staff refused, so the person can
/// sign up again (with the right address). `true` if there was one.
pub async fn delete_refused(tx: &mut Tx, commune_id: i64, email: &str) -> DbResult<bool> {
    let deleted: Option<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar(
            "DELETE FROM users WHERE commune_id = $1 AND email = $2 AND role = 'resident' AND residence = 'refused'
             RETURNING id",
        )
        .bind(commune_id)
        .bind(email)
        .fetch_optional(&mut *conn)
        .await?
    });
    if let Some(id) = deleted {
        tx.changed(Change::Account(id));
        tx.changed(Change::SessionsOf(id));
    }
    Ok(deleted.is_some())
}

/// A resident waiting for verification, as staff see them (with the full address).
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct PendingResident {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub language: String,
    pub street: String,
    pub number: String,
    pub postcode: String,
    pub locality: String,
    pub neighbourhood: Option<String>,
    pub email_confirmed_at: Option<i64>,
    pub created_at: i64,
    /// When the letter still waiting to be used was printed, if one was.
    pub letter_printed_at: Option<i64>,
}

impl PendingResident {
    pub fn address_label(&self) -> String {
        format!(
            "{} {}, {} {}",
            self.street, self.number, self.postcode, self.locality
        )
    }
}

/// Where a page of a list starts: after this (sort key, id).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct After<K> {
    pub key: K,
    pub id: i64,
}

/// Residents waiting for verification, oldest first, `limit` at most, after `after`
/// (a keyset page: the next page starts where this one ended, however long the list).
pub async fn pending_residents(
    db: &Db,
    commune_id: i64,
    now: i64,
    after: Option<After<i64>>,
    limit: i64,
) -> DbResult<Vec<PendingResident>> {
    let after = after.unwrap_or(After {
        key: i64::MIN,
        id: i64::MIN,
    });
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, PendingResident>(
            "SELECT u.id, u.display_name, u.email, u.language, a.street, a.number, a.postcode, a.locality,
                    n.name AS neighbourhood, u.email_confirmed_at, u.created_at,
                    (SELECT MAX(c.created_at) FROM residence_codes c WHERE c.user_id = u.id AND c.kind = 'letter'
                     AND c.used_at IS NULL AND c.expires_at > $2) AS letter_printed_at
             FROM users u JOIN addresses a ON a.id = u.address_id
             LEFT JOIN neighbourhoods n ON n.id = a.neighbourhood_id
             WHERE u.commune_id = $1 AND u.residence = 'pending' AND u.role = 'resident'
               AND (u.created_at > $3 OR (u.created_at = $3 AND u.id > $4))
             ORDER BY u.created_at, u.id LIMIT $5",
        )
        .bind(commune_id)
        .bind(now)
        .bind(after.key)
        .bind(after.id)
        .bind(limit)
        .fetch_all(pool)
        .await?)
    })
}

/// How many residents of the commune wait for verification.
pub async fn pending_count(db: &Db, commune_id: i64) -> DbResult<i64> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM users WHERE commune_id = $1 AND residence = 'pending' AND role = 'resident'",
        )
        .bind(commune_id)
        .fetch_one(pool)
        .await?)
    })
}

/// `text` for a `LIKE` pattern: its wildcards escaped with `\`.
pub fn like_escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// People of a commune with a role above resident, or residents who could become
/// moderators, for the roles page.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Member {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub role: Text<Role>,
    pub neighbourhood: Option<String>,
}

/// Members of the commune whose name or e-mail contains `search` (all if empty), by
/// name, `limit` at most, after `after` (a keyset page).
pub async fn members(
    db: &Db,
    commune_id: i64,
    search: &str,
    after: Option<After<String>>,
    limit: i64,
) -> DbResult<Vec<Member>> {
    let pattern = format!("%{}%", like_escaped(&search.to_lowercase()));
    let after = after.unwrap_or(After {
        key: String::new(),
        id: i64::MIN,
    });
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Member>(
            "SELECT u.id, u.display_name, u.email, u.role, n.name AS neighbourhood
             FROM users u LEFT JOIN addresses a ON a.id = u.address_id
             LEFT JOIN neighbourhoods n ON n.id = a.neighbourhood_id
             WHERE u.commune_id = $1 AND (u.role <> 'resident' OR u.residence = 'verified')
               AND u.role <> 'organiser'
               AND (LOWER(u.display_name) LIKE $2 ESCAPE '\\' OR u.email LIKE $2 ESCAPE '\\')
               AND (u.display_name > $3 OR (u.display_name = $3 AND u.id > $4))
             ORDER BY u.display_name, u.id LIMIT $5",
        )
        .bind(commune_id)
        .bind(&pattern)
        .bind(&after.key)
        .bind(after.id)
        .bind(limit)
        .fetch_all(pool)
        .await?)
    })
}

/// The verified neighbours of a neighbourhood as others may see them: display names
/// and street names, never house numbers.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Neighbour {
    pub id: i64,
    pub display_name: String,
    pub street: String,
    pub role: Text<Role>,
}

pub async fn neighbours(db: &Db, neighbourhood_id: i64, limit: i64) -> DbResult<Vec<Neighbour>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Neighbour>(
            "SELECT u.id, u.display_name, a.street, u.role
             FROM users u JOIN addresses a ON a.id = u.address_id
             WHERE a.neighbourhood_id = $1 AND u.residence = 'verified' AND u.email_confirmed_at IS NOT NULL
             ORDER BY u.display_name, u.id LIMIT $2",
        )
        .bind(neighbourhood_id)
        .bind(limit)
        .fetch_all(pool)
        .await?)
    })
}

/// An organiser's account as staff list it: the organisation, its e-mail address,
/// when the account was made and how many activities it organises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Organiser {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub language: String,
    pub created_at: i64,
    pub activity_count: i64,
}

/// The organiser accounts of commune `commune_id`, by name (at most `limit`).
pub async fn organisers(db: &Db, commune_id: i64, limit: i64) -> DbResult<Vec<Organiser>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Organiser>(
            "SELECT u.id, u.display_name, u.email, u.language, u.created_at,
                    (SELECT COUNT(*) FROM activities a WHERE a.organiser_id = u.id) AS activity_count
             FROM users u WHERE u.commune_id = $1 AND u.role = 'organiser'
             ORDER BY u.display_name, u.id LIMIT $2",
        )
        .bind(commune_id)
        .bind(limit)
        .fetch_all(pool)
        .await?)
    })
}
