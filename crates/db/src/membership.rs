//! Proving residence: codes printed on letters the commune mails, codes verified
//! neighbours hand to people of their own neighbourhood, and staff decisions. Codes
//! are stored hashed. The rules (`gemeng_core::membership`) decide; this module reads
//! the facts and writes the outcome inside the caller's transaction.

use gemeng_core::account::{Residence, VerificationMethod};
use gemeng_core::membership::{judge_code, may_invite, CodeFacts, CodeKind, Refusal};
use serde::Serialize;

use crate::text::Text;
use crate::tx::{Change, Tx};
use crate::{with_pool, with_tx, Db, DbError, DbResult};

/// A pending resident who should receive a letter, with the address to print.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct LetterRecipient {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    /// As on the letterbox; empty for accounts from before it was asked.
    pub full_name: String,
    /// Flat, floor or c/o.
    pub address_extra: String,
    pub language: String,
    pub street: String,
    pub number: String,
    pub postcode: String,
    pub locality: String,
}

const RECIPIENTS: &str =
    "SELECT u.id AS user_id, u.display_name, u.email, u.full_name, u.address_extra, u.language, a.street, a.number, a.postcode, a.locality
     FROM users u JOIN addresses a ON a.id = u.address_id
     WHERE u.commune_id = $1 AND u.residence = 'pending' AND u.role = 'resident'
       AND u.email_confirmed_at IS NOT NULL AND a.neighbourhood_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM residence_codes c WHERE c.user_id = u.id AND c.kind = 'letter'
                       AND c.used_at IS NULL AND c.expires_at > $2)
     ORDER BY a.postcode, a.street, a.number, u.id";

/// How many confirmed, pending residents of the commune have no letter code still valid.
pub async fn letters_waiting(db: &Db, commune_id: i64, now: i64) -> DbResult<i64> {
    let sql = format!("SELECT COUNT(*) FROM ({RECIPIENTS}) waiting");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar(&sql)
            .bind(commune_id)
            .bind(now)
            .fetch_one(pool)
            .await?)
    })
}

/// Prints a batch: finds everyone waiting for a letter and gives each a code made by
/// `new_code` (which returns the code and its hash). The commune's row is locked
/// first, so two staff printing at once print each letter once, never twice.
pub async fn issue_letters(
    tx: &mut Tx,
    commune_id: i64,
    staff_id: i64,
    now: i64,
    lifetime: i64,
    new_code: &mut (dyn FnMut() -> (String, String) + Send),
) -> DbResult<Vec<(LetterRecipient, String)>> {
    tx.lock_row("communes", commune_id).await?;
    with_tx!(tx, |conn| {
        let recipients = sqlx::query_as::<_, LetterRecipient>(RECIPIENTS)
            .bind(commune_id)
            .bind(now)
            .fetch_all(&mut *conn)
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
        .fetch_one(&mut *conn)
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
            .execute(&mut *conn)
            .await?;
            letters.push((recipient, code));
        }
        Ok(letters)
    })
}

/// Voids a resident's letter that was lost or never arrived, so the next batch
/// prints a new one. `false` if there was no letter waiting to be used.
pub async fn void_letter(tx: &mut Tx, commune_id: i64, user_id: i64, now: i64) -> DbResult<bool> {
    with_tx!(tx, |conn| {
        let changed = sqlx::query(
            "UPDATE residence_codes SET expires_at = $1
             WHERE commune_id = $2 AND user_id = $3 AND kind = 'letter' AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(commune_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        Ok(changed > 0)
    })
}

/// An invitation a verified resident created, as they see it in their list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Invitation {
    pub id: i64,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    /// The code, for its inviter to read again while nobody has used it (`None` once
    /// used; also hidden once expired, see `open_code`).
    pub code: Option<String>,
}

impl Invitation {
    /// The code if it can still be used at `now`.
    pub fn open_code(&self, now: impl std::borrow::Borrow<i64>) -> Option<&str> {
        (self.used_at.is_none() && self.expires_at > *now.borrow())
            .then_some(self.code.as_deref())
            .flatten()
    }
}

/// Stores a new invitation unless the inviter has too many open; `None` then. The
/// inviter's row is locked before counting, so parallel requests cannot pass the cap.
/// The code is kept readable for its inviter until it is used (then only its hash
/// stays): an invitation is the inviter's to hand on, often days later.
#[allow(clippy::too_many_arguments)]
pub async fn issue_invitation(
    tx: &mut Tx,
    commune_id: i64,
    inviter_id: i64,
    neighbourhood_id: i64,
    code: &str,
    code_hash: &str,
    now: i64,
    lifetime: i64,
) -> DbResult<Option<i64>> {
    tx.lock_row("users", inviter_id).await?;
    with_tx!(tx, |conn| {
        let open: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM residence_codes WHERE issued_by = $1 AND kind = 'invitation' AND used_at IS NULL AND expires_at > $2",
        )
        .bind(inviter_id)
        .bind(now)
        .fetch_one(&mut *conn)
        .await?;
        if !may_invite(open) {
            return Ok(None);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO residence_codes (code_hash, commune_id, kind, neighbourhood_id, issued_by, created_at, expires_at, invitation_code)
             VALUES ($1, $2, 'invitation', $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(code_hash)
        .bind(commune_id)
        .bind(neighbourhood_id)
        .bind(inviter_id)
        .bind(now)
        .bind(now + lifetime)
        .bind(code)
        .fetch_one(&mut *conn)
        .await?;
        Ok(Some(id))
    })
}

pub async fn invitations_of(db: &Db, inviter_id: i64) -> DbResult<Vec<Invitation>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Invitation>(
            "SELECT id, created_at, expires_at, used_at, invitation_code AS code FROM residence_codes
             WHERE issued_by = $1 AND kind = 'invitation' ORDER BY created_at DESC, id DESC LIMIT 20",
        )
        .bind(inviter_id)
        .fetch_all(pool)
        .await?)
    })
}

#[derive(sqlx::FromRow)]
struct CodeRow {
    id: i64,
    kind: Text<CodeKind>,
    user_id: Option<i64>,
    neighbourhood_id: Option<i64>,
    issued_by: Option<i64>,
    expires_at: i64,
    used_at: Option<i64>,
    inviter_is_member: bool,
}

/// Redeems a code for `user_id` (living in `neighbourhood_id`): on success the
/// resident is verified and the code can never be used again. A refusal leaves the
/// database as it was.
pub async fn redeem(
    tx: &mut Tx,
    commune_id: i64,
    user_id: i64,
    neighbourhood_id: i64,
    code_hash: &str,
    now: i64,
) -> DbResult<Result<VerificationMethod, Refusal>> {
    let outcome = with_tx!(tx, |conn| {
        // Whether the inviter is, now, a verified member of the invitation's neighbourhood.
        let row: Option<CodeRow> = sqlx::query_as(
            "SELECT c.id, c.kind, c.user_id, c.neighbourhood_id, c.issued_by, c.expires_at, c.used_at,
                    EXISTS (SELECT 1 FROM users i JOIN addresses a ON a.id = i.address_id
                            WHERE i.id = c.issued_by AND i.residence = 'verified'
                              AND i.email_confirmed_at IS NOT NULL
                              AND a.neighbourhood_id = c.neighbourhood_id) AS inviter_is_member
             FROM residence_codes c WHERE c.code_hash = $1 AND c.commune_id = $2",
        )
        .bind(code_hash)
        .bind(commune_id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(code) = row else {
            return Ok(Err(Refusal::Unknown));
        };
        let facts = CodeFacts {
            kind: code.kind.0,
            addressed_to: code.user_id,
            neighbourhood_id: code.neighbourhood_id,
            issued_by: code.issued_by,
            expires_at: code.expires_at,
            used_at: code.used_at,
            inviter_is_member: code.inviter_is_member,
        };
        let method = match judge_code(&facts, user_id, neighbourhood_id, now) {
            Ok(method) => method,
            Err(refusal) => return Ok(Err(refusal)),
        };
        // Spend the code first: of two people racing for one invitation, one wins here.
        let used = sqlx::query(
            "UPDATE residence_codes SET used_at = $1, used_by = $2, invitation_code = NULL
             WHERE id = $3 AND used_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .bind(code.id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if used != 1 {
            return Ok(Err(Refusal::Used));
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
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if verified != 1 {
            // Give the code back, so a refusal leaves nothing behind even if committed.
            sqlx::query("UPDATE residence_codes SET used_at = NULL, used_by = NULL WHERE id = $1")
                .bind(code.id)
                .execute(&mut *conn)
                .await?;
            return Ok(Err(Refusal::NotPending));
        }
        Ok::<_, DbError>(Ok(method))
    })?;
    if outcome.is_ok() {
        tx.changed(Change::Account(user_id));
    }
    Ok(outcome)
}

/// Staff decision on a pending resident; only pending residents of the commune change,
/// and never the deciding person themselves. `false` if nobody matched.
/// Takes back `staff_id`'s own approval or refusal of `user_id` made at or after
/// `since`: the resident waits again as before. False if there is no such decision
/// (someone else's, too old, or a residence proven with a code).
pub async fn undo_decision(
    tx: &mut Tx,
    commune_id: i64,
    user_id: i64,
    staff_id: i64,
    since: i64,
) -> DbResult<bool> {
    tx.changed(Change::Account(user_id));
    with_tx!(tx, |conn| {
        let changed = sqlx::query(
            "UPDATE users SET residence = 'pending', verification_method = NULL, verified_by = NULL, verified_at = NULL
             WHERE id = $1 AND commune_id = $2 AND verified_by = $3 AND verified_at >= $4
               AND (residence = 'refused' OR (residence = 'verified' AND verification_method = 'staff'))",
        )
        .bind(user_id)
        .bind(commune_id)
        .bind(staff_id)
        .bind(since)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        Ok(changed == 1)
    })
}

/// Who issued the code that verified `user_id`: the inviting neighbour, or the staff
/// member who printed the letter.
pub async fn verified_by(tx: &mut Tx, user_id: i64) -> DbResult<Option<i64>> {
    with_tx!(tx, |conn| {
        Ok(
            sqlx::query_scalar::<_, Option<i64>>("SELECT verified_by FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&mut *conn)
                .await?
                .flatten(),
        )
    })
}

pub async fn decide_residence(
    tx: &mut Tx,
    commune_id: i64,
    user_id: i64,
    residence: Residence,
    staff_id: i64,
    now: i64,
) -> DbResult<bool> {
    let method = (residence == Residence::Verified).then_some(VerificationMethod::Staff.as_str());
    tx.changed(Change::Account(user_id));
    with_tx!(tx, |conn| {
        let changed = sqlx::query(
            "UPDATE users SET residence = $1, verification_method = $2, verified_by = $3, verified_at = $4
             WHERE id = $5 AND commune_id = $6 AND residence = 'pending' AND role = 'resident' AND id <> $3",
        )
        .bind(residence.as_str())
        .bind(method)
        .bind(staff_id)
        .bind(now)
        .bind(user_id)
        .bind(commune_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        Ok(changed == 1)
    })
}

/// How long, in seconds, the commune's recent letters took from sign-up to print (the
/// median of the last 200 printed since `since`), to tell a new resident when theirs
/// will come; `None` before the first letters.
pub async fn typical_letter_wait(db: &Db, commune_id: i64, since: i64) -> DbResult<Option<i64>> {
    let mut waits: Vec<i64> = with_pool!(db.reader(), |pool| {
        sqlx::query_scalar(
            "SELECT c.created_at - u.created_at FROM residence_codes c JOIN users u ON u.id = c.user_id
             WHERE c.commune_id = $1 AND c.kind = 'letter' AND c.created_at > $2
             ORDER BY c.created_at DESC LIMIT 200",
        )
        .bind(commune_id)
        .bind(since)
        .fetch_all(pool)
        .await?
    });
    waits.sort_unstable();
    Ok(waits.get(waits.len() / 2).map(|w| (*w).max(0)))
}
