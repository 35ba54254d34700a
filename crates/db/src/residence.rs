//! Proving residence: codes printed on letters the commune mails, and codes verified
//! neighbours hand to people of their own neighbourhood. Codes are stored hashed;
//! redeeming one verifies the resident in the same transaction that uses the code.

use gemeng_core::account::VerificationMethod;
use serde::Serialize;

use crate::{with_pool, Db, DbError, DbResult};

/// A pending resident who should receive a letter, with the address to print.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct LetterRecipient {
    pub user_id: i64,
    pub display_name: String,
    pub language: String,
    pub street: String,
    pub number: String,
    pub postcode: String,
    pub locality: String,
}

const RECIPIENTS: &str =
    "SELECT u.id AS user_id, u.display_name, u.language, a.street, a.number, a.postcode, a.locality
     FROM users u JOIN addresses a ON a.id = u.address_id
     WHERE u.commune_id = $1 AND u.residence = 'pending' AND u.role = 'resident'
       AND u.email_confirmed_at IS NOT NULL AND a.neighbourhood_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM residence_codes c WHERE c.user_id = u.id AND c.kind = 'letter'
                       AND c.used_at IS NULL AND c.expires_at > $2)
     ORDER BY a.postcode, a.street, a.number, u.id";

/// Confirmed, pending residents of the commune with no letter code still valid.
pub async fn letter_recipients(
    db: &Db,
    commune_id: i64,
    now: i64,
) -> DbResult<Vec<LetterRecipient>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, LetterRecipient>(RECIPIENTS)
            .bind(commune_id)
            .bind(now)
            .fetch_all(pool)
            .await?)
    })
}

/// Prints a batch: in one transaction, finds everyone waiting for a letter and gives
/// each a code made by `new_code` (which returns the code and its hash). Two staff
/// printing at once therefore never void each other's letters.
pub async fn issue_letters(
    db: &Db,
    commune_id: i64,
    staff_id: i64,
    now: i64,
    lifetime: i64,
    new_code: &mut (dyn FnMut() -> (String, String) + Send),
) -> DbResult<Vec<(LetterRecipient, String)>> {
    with_pool!(db.writer(), |pool| {
        let mut tx = pool.begin().await?;
        let recipients = sqlx::query_as::<_, LetterRecipient>(RECIPIENTS)
            .bind(commune_id)
            .bind(now)
            .fetch_all(&mut *tx)
            .await?;
        if recipients.is_empty() {
            return Ok(Vec::new());
        }
        let batch_id: i64 = sqlx::query_scalar(
            "INSERT INTO letter_batches (commune_id, created_by, created_at, letters) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(commune_id)
        .bind(staff_id)
        .bind(now)
        .bind(recipients.len() as i64)
        .fetch_one(&mut *tx)
        .await?;
        let mut letters = Vec::with_capacity(recipients.len());
        for recipient in recipients {
            let (code, code_hash) = new_code();
            sqlx::query(
                "INSERT INTO residence_codes (code_hash, commune_id, kind, user_id, issued_by, batch_id, created_at, expires_at)
                 VALUES ($1, $2, 'letter', $3, $4, $5, $6, $7)",
            )
            .bind(&code_hash)
            .bind(commune_id)
            .bind(recipient.user_id)
            .bind(staff_id)
            .bind(batch_id)
            .bind(now)
            .bind(now + lifetime)
            .execute(&mut *tx)
            .await?;
            letters.push((recipient, code));
        }
        tx.commit().await?;
        Ok(letters)
    })
}

/// Voids a resident's letter that was lost or never arrived, so the next batch
/// prints a new one. `false` if there was no letter waiting to be used.
pub async fn void_letter(db: &Db, commune_id: i64, user_id: i64, now: i64) -> DbResult<bool> {
    with_pool!(db.writer(), |pool| {
        let changed = sqlx::query(
            "UPDATE residence_codes SET expires_at = $1
             WHERE commune_id = $2 AND user_id = $3 AND kind = 'letter' AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(commune_id)
        .bind(user_id)
        .execute(pool)
        .await?
        .rows_affected();
        Ok(changed > 0)
    })
}

/// How many invitations a neighbour may have open at once.
pub const MAX_OPEN_INVITATIONS: i64 = 5;

/// An invitation a verified resident created, as they see it in their list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Invitation {
    pub id: i64,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

pub async fn issue_invitation(
    db: &Db,
    commune_id: i64,
    inviter_id: i64,
    neighbourhood_id: i64,
    code_hash: &str,
    now: i64,
    lifetime: i64,
) -> DbResult<Option<i64>> {
    with_pool!(db.writer(), |pool| {
        let mut tx = pool.begin().await?;
        let open: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM residence_codes WHERE issued_by = $1 AND kind = 'invitation' AND used_at IS NULL AND expires_at > $2",
        )
        .bind(inviter_id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        if open >= MAX_OPEN_INVITATIONS {
            return Ok(None);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO residence_codes (code_hash, commune_id, kind, neighbourhood_id, issued_by, created_at, expires_at)
             VALUES ($1, $2, 'invitation', $3, $4, $5, $6) RETURNING id",
        )
        .bind(code_hash)
        .bind(commune_id)
        .bind(neighbourhood_id)
        .bind(inviter_id)
        .bind(now)
        .bind(now + lifetime)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(id))
    })
}

pub async fn invitations_of(db: &Db, inviter_id: i64) -> DbResult<Vec<Invitation>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Invitation>(
            "SELECT id, created_at, expires_at, used_at FROM residence_codes
             WHERE issued_by = $1 AND kind = 'invitation' ORDER BY created_at DESC, id DESC LIMIT 20",
        )
        .bind(inviter_id)
        .fetch_all(pool)
        .await?)
    })
}

/// Why a code was not accepted. Messages are Fluent keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Unknown here, or a letter addressed to somebody else.
    Unknown,
    Expired,
    Used,
    /// An invitation from a neighbour of another neighbourhood.
    OtherNeighbourhood,
    /// The person is not (or no longer) waiting for verification.
    NotPending,
}

impl Refusal {
    pub fn message(self) -> &'static str {
        match self {
            Refusal::Unknown => "verify-error-unknown",
            Refusal::Expired => "verify-error-expired",
            Refusal::Used => "verify-error-used",
            Refusal::OtherNeighbourhood => "verify-error-other-neighbourhood",
            Refusal::NotPending => "verify-error-not-pending",
        }
    }
}

#[derive(sqlx::FromRow)]
struct CodeRow {
    id: i64,
    kind: String,
    user_id: Option<i64>,
    neighbourhood_id: Option<i64>,
    issued_by: Option<i64>,
    expires_at: i64,
    used_at: Option<i64>,
}

/// Redeems a code for `user_id` (living in `neighbourhood_id`): on success the
/// resident is verified and the code can never be used again.
pub async fn redeem(
    db: &Db,
    commune_id: i64,
    user_id: i64,
    neighbourhood_id: i64,
    code_hash: &str,
    now: i64,
) -> DbResult<Result<VerificationMethod, Refusal>> {
    with_pool!(db.writer(), |pool| {
        let mut tx = pool.begin().await?;
        let row: Option<CodeRow> = sqlx::query_as(
            "SELECT id, kind, user_id, neighbourhood_id, issued_by, expires_at, used_at
             FROM residence_codes WHERE code_hash = $1 AND commune_id = $2",
        )
        .bind(code_hash)
        .bind(commune_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(code) = row else {
            return Ok(Err(Refusal::Unknown));
        };
        let method = match code.kind.as_str() {
            "letter" if code.user_id == Some(user_id) => VerificationMethod::Letter,
            "letter" => return Ok(Err(Refusal::Unknown)),
            "invitation" if code.issued_by == Some(user_id) => return Ok(Err(Refusal::Unknown)),
            "invitation" if code.neighbourhood_id != Some(neighbourhood_id) => {
                return Ok(Err(Refusal::OtherNeighbourhood))
            }
            "invitation" => VerificationMethod::Invitation,
            other => {
                return Err(DbError::Invalid(format!(
                    "unknown residence code kind {other:?}"
                )))
            }
        };
        if code.used_at.is_some() {
            return Ok(Err(Refusal::Used));
        }
        if code.expires_at <= now {
            return Ok(Err(Refusal::Expired));
        }
        let verified = sqlx::query(
            "UPDATE users SET residence = 'verified', verification_method = $1, verified_by = $2, verified_at = $3
             WHERE id = $4 AND commune_id = $5 AND residence = 'pending'",
        )
        .bind(method.as_str())
        .bind(code.issued_by)
        .bind(now)
        .bind(user_id)
        .bind(commune_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if verified != 1 {
            return Ok(Err(Refusal::NotPending));
        }
        let used = sqlx::query("UPDATE residence_codes SET used_at = $1, used_by = $2 WHERE id = $3 AND used_at IS NULL")
            .bind(now)
            .bind(user_id)
            .bind(code.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if used != 1 {
            // Somebody used it between our read and this write: the transaction rolls back.
            return Ok(Err(Refusal::Used));
        }
        tx.commit().await?;
        Ok(Ok(method))
    })
}
