//! Language practice's storage on both engines: members' language profiles and the
//! tandems proposed to pairs of them. The rules (what a profile may say, who makes a
//! tandem, the matching) are `gemeng_core::language_practice`'.

use serde::Serialize;

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

/// A profile as stored: the languages as (code, level code, learns, offers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredProfile {
    pub user_id: i64,
    pub availability: i64,
    pub welcomes_intergenerational: bool,
    pub birth_year: Option<i64>,
    pub languages: Vec<(String, String, bool, bool)>,
}

/// Replaces `user_id`'s profile by `profile` (checked by the caller).
pub async fn save_profile(
    tx: &mut Tx,
    commune_id: i64,
    profile: &StoredProfile,
    at: i64,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM language_profile_languages WHERE user_id = $1")
            .bind(profile.user_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM language_profiles WHERE user_id = $1")
            .bind(profile.user_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "INSERT INTO language_profiles (user_id, commune_id, availability,
                 welcomes_intergenerational, birth_year, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(profile.user_id)
        .bind(commune_id)
        .bind(profile.availability)
        .bind(i64::from(profile.welcomes_intergenerational))
        .bind(profile.birth_year)
        .bind(at)
        .execute(&mut *conn)
        .await?;
        for (language, level, learns, offers) in &profile.languages {
            sqlx::query(
                "INSERT INTO language_profile_languages (user_id, language, level, learns, offers)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(profile.user_id)
            .bind(language)
            .bind(level)
            .bind(i64::from(*learns))
            .bind(i64::from(*offers))
            .execute(&mut *conn)
            .await?;
        }
        Ok::<(), sqlx::Error>(())
    })?;
    Ok(())
}

pub(crate) type ProfileRow = (i64, i64, i64, Option<i64>);
pub(crate) type LanguageRow = (i64, String, String, i64, i64);

pub(crate) fn assemble(rows: Vec<ProfileRow>, languages: Vec<LanguageRow>) -> Vec<StoredProfile> {
    let mut out: Vec<StoredProfile> = rows
        .into_iter()
        .map(
            |(user_id, availability, welcomes, birth_year)| StoredProfile {
                user_id,
                availability,
                welcomes_intergenerational: welcomes == 1,
                birth_year,
                languages: Vec::new(),
            },
        )
        .collect();
    for (user_id, language, level, learns, offers) in languages {
        if let Ok(i) = out.binary_search_by_key(&user_id, |p| p.user_id) {
            out[i]
                .languages
                .push((language, level, learns == 1, offers == 1));
        }
    }
    out
}

/// `user_id`'s profile, if they made one.
pub async fn profile(db: &Db, user_id: i64) -> DbResult<Option<StoredProfile>> {
    let rows: Vec<ProfileRow> = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT user_id, availability, welcomes_intergenerational, birth_year
         FROM language_profiles WHERE user_id = $1"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?);
    let languages: Vec<LanguageRow> = with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT user_id, language, level, learns, offers FROM language_profile_languages
         WHERE user_id = $1 ORDER BY language"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?);
    Ok(assemble(rows, languages).pop())
}

/// The profiles of commune `commune_id`'s members who have no open tandem (proposed
/// and not declined, or running), by user id: whom a new round of proposals pairs.
pub async fn unpaired_profiles(tx: &mut Tx, commune_id: i64) -> DbResult<Vec<StoredProfile>> {
    let open = "SELECT 1 FROM tandems t WHERE t.closed_at IS NULL
                AND (t.first_id = p.user_id OR t.second_id = p.user_id)";
    let rows: Vec<ProfileRow> = with_tx!(tx, |conn| sqlx::query_as(&format!(
        "SELECT p.user_id, p.availability, p.welcomes_intergenerational, p.birth_year
         FROM language_profiles p WHERE p.commune_id = $1 AND NOT EXISTS ({open})
         ORDER BY p.user_id"
    ))
    .bind(commune_id)
    .fetch_all(&mut *conn)
    .await?);
    let languages: Vec<LanguageRow> = with_tx!(tx, |conn| sqlx::query_as(&format!(
        "SELECT l.user_id, l.language, l.level, l.learns, l.offers
         FROM language_profiles p JOIN language_profile_languages l ON l.user_id = p.user_id
         WHERE p.commune_id = $1 AND NOT EXISTS ({open}) ORDER BY l.user_id"
    ))
    .bind(commune_id)
    .fetch_all(&mut *conn)
    .await?);
    Ok(assemble(rows, languages))
}

/// A tandem as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Tandem {
    pub id: i64,
    pub commune_id: i64,
    pub first_id: i64,
    pub second_id: i64,
    pub first_teaches: String,
    pub second_teaches: String,
    pub proposed_at: i64,
    pub first_accepted_at: Option<i64>,
    pub second_accepted_at: Option<i64>,
    pub closed_at: Option<i64>,
}

impl Tandem {
    /// Whether both accepted: then, and only then, each sees the other's contact.
    pub fn agreed(&self) -> bool {
        self.first_accepted_at.is_some() && self.second_accepted_at.is_some()
    }

    /// The other member of the pair, seen from `user_id`.
    pub fn partner_of(&self, user_id: i64) -> i64 {
        if self.first_id == user_id {
            self.second_id
        } else {
            self.first_id
        }
    }
}

const TANDEM_COLUMNS: &str = "id, commune_id, first_id, second_id, first_teaches, second_teaches,
    proposed_at, first_accepted_at, second_accepted_at, closed_at";

/// Proposes a tandem to `first` and `second` (`first` < `second`).
pub async fn propose(
    tx: &mut Tx,
    commune_id: i64,
    first: i64,
    second: i64,
    first_teaches: &str,
    second_teaches: &str,
    at: i64,
) -> DbResult<i64> {
    Ok(with_tx!(tx, |conn| {
        sqlx::query_scalar(
        "INSERT INTO tandems (commune_id, first_id, second_id, first_teaches, second_teaches, proposed_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
    )
    .bind(commune_id)
    .bind(first)
    .bind(second)
    .bind(first_teaches)
    .bind(second_teaches)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?
    }))
}

/// `user_id`'s tandems, open ones first, then the newest.
pub async fn tandems_of(db: &Db, user_id: i64) -> DbResult<Vec<Tandem>> {
    let sql = format!(
        "SELECT {TANDEM_COLUMNS} FROM tandems WHERE first_id = $1
         UNION ALL SELECT {TANDEM_COLUMNS} FROM tandems WHERE second_id = $1
         ORDER BY proposed_at DESC, id DESC LIMIT 20"
    );
    let mut list: Vec<Tandem> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(user_id)
        .fetch_all(pool)
        .await?);
    list.sort_by_key(|t| t.closed_at.is_some());
    Ok(list)
}

/// Tandem `id` of `user_id` (as either member) in commune `commune_id`.
pub async fn tandem_of(
    db: &Db,
    commune_id: i64,
    user_id: i64,
    id: i64,
) -> DbResult<Option<Tandem>> {
    let sql = format!(
        "SELECT {TANDEM_COLUMNS} FROM tandems WHERE id = $1 AND commune_id = $2
         AND (first_id = $3 OR second_id = $3)"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(commune_id)
        .bind(user_id)
        .fetch_optional(pool)
        .await?))
}

/// Tandem `id`, read inside `tx` (after `Tx::lock_row`, its state as it stands).
pub async fn tandem_in(tx: &mut Tx, id: i64) -> DbResult<Option<Tandem>> {
    let sql = format!("SELECT {TANDEM_COLUMNS} FROM tandems WHERE id = $1");
    Ok(with_tx!(tx, |conn| sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?))
}

/// `user_id` accepts open tandem `id`; whether something changed.
pub async fn accept(tx: &mut Tx, id: i64, user_id: i64, at: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| {
        sqlx::query(
        "UPDATE tandems SET
             first_accepted_at = CASE WHEN first_id = $2 THEN COALESCE(first_accepted_at, $3) ELSE first_accepted_at END,
             second_accepted_at = CASE WHEN second_id = $2 THEN COALESCE(second_accepted_at, $3) ELSE second_accepted_at END
         WHERE id = $1 AND closed_at IS NULL AND (first_id = $2 OR second_id = $2)"
    )
    .bind(id)
    .bind(user_id)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected()
    });
    Ok(changed == 1)
}

/// `user_id` declines (before both accepted) or ends (after) open tandem `id`;
/// whether it was open.
pub async fn close(tx: &mut Tx, id: i64, user_id: i64, at: i64) -> DbResult<bool> {
    let changed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE tandems SET closed_at = $3, closed_by = $2
         WHERE id = $1 AND closed_at IS NULL AND (first_id = $2 OR second_id = $2)"
    )
    .bind(id)
    .bind(user_id)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    Ok(changed == 1)
}

/// How many profiles commune `commune_id` holds, and how many tandems are open
/// (proposed or running) and agreed among them.
pub async fn counts(db: &Db, commune_id: i64) -> DbResult<(i64, i64, i64)> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM language_profiles WHERE commune_id = $1),
                (SELECT COUNT(*) FROM tandems WHERE commune_id = $1 AND closed_at IS NULL),
                (SELECT COUNT(*) FROM tandems WHERE commune_id = $1 AND closed_at IS NULL
                    AND first_accepted_at IS NOT NULL AND second_accepted_at IS NOT NULL)"
    )
    .bind(commune_id)
    .fetch_one(pool)
    .await?))
}
