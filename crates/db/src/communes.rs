//! Communes: the tenants of an installation, each reached under `/c/{slug}`.

use serde::Serialize;

use crate::tx::Tx;
use crate::{is_unique_violation, with_pool, with_tx, Db, DbError, DbResult};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Commune {
    pub id: i64,
    pub slug: String,
    /// The official name, and the name wherever a language has none of its own.
    pub name: String,
    pub default_language: String,
    pub name_lb: String,
    pub name_de: String,
    pub name_fr: String,
    pub name_en: String,
    pub name_pt: String,
    /// The town hall's postal address, one line per line.
    pub postal_address: String,
    pub phone: String,
    pub contact_email: String,
    /// Opening hours of the town hall's desk, one line per line.
    pub opening_hours: String,
    /// Who signs the residence letters: a name and a title, one per line.
    pub signatory: String,
    /// The header's colour (`#rrggbb`), white text readable on it.
    pub colour: String,
    /// The article each language's name takes (`gemeng_core::commune_name::articles`).
    pub article_lb: String,
    pub article_de: String,
    pub article_fr: String,
    pub article_en: String,
    pub article_pt: String,
    /// Names the uploaded coat of arms in its URL; empty when there is none. The image
    /// itself is read only when served (`arms`), never with the commune.
    pub arms_version: String,
    /// The commune's own video room (an `https://` address) for activities online;
    /// empty when it has none.
    pub video_room: String,
}

/// Gemeng's own blue, the colour of a commune that chose none.
pub const DEFAULT_COLOUR: &str = "#0b5394";

impl Commune {
    /// Whether the commune chose a colour of its own (pages then link its stylesheet).
    pub fn has_own_colour(&self) -> bool {
        self.colour != DEFAULT_COLOUR
    }

    /// The article the name takes in `language` ("la" for "la Ville de Luxembourg"),
    /// for messages to contract their preposition with: `$article` beside `$commune`.
    pub fn article_in(&self, language: &str) -> &str {
        let own = match language {
            "lb" => &self.article_lb,
            "de" => &self.article_de,
            "fr" => &self.article_fr,
            "en" => &self.article_en,
            "pt" => &self.article_pt,
            _ => "none",
        };
        // A language without a name of its own shows the official name, whose article
        // in that language nobody set.
        if self.uses_own_name(language) {
            own
        } else {
            "none"
        }
    }

    fn uses_own_name(&self, language: &str) -> bool {
        !self.own_name(language).trim().is_empty()
    }

    /// The name set for `language` (empty when none is).
    fn own_name(&self, language: &str) -> &str {
        match language {
            "lb" => &self.name_lb,
            "de" => &self.name_de,
            "fr" => &self.name_fr,
            "en" => &self.name_en,
            "pt" => &self.name_pt,
            _ => "",
        }
    }

    /// The arguments a message naming the commune takes: `commune` and `article`.
    pub fn name_args(&self, language: &str) -> [(&'static str, &str); 2] {
        [
            ("commune", self.name_in(language)),
            ("article", self.article_in(language)),
        ]
    }

    /// Whether an admin uploaded a coat of arms.
    pub fn has_arms(&self) -> bool {
        !self.arms_version.is_empty()
    }

    /// The commune's name in `language` ("Stad Lëtzebuerg", "Stadt Luxemburg"…).
    pub fn name_in(&self, language: &str) -> &str {
        if self.uses_own_name(language) {
            self.own_name(language)
        } else {
            &self.name
        }
    }
}

/// What an admin sets of the commune's identity (`update_profile`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub names: [String; 5],
    pub postal_address: String,
    pub phone: String,
    pub contact_email: String,
    pub opening_hours: String,
    pub signatory: String,
    pub colour: String,
    /// In the order of `names`.
    pub articles: [String; 5],
    /// The commune's video room's address, or empty.
    pub video_room: String,
}

/// The order of `Profile::names`.
pub const NAME_LANGUAGES: [&str; 5] = ["lb", "de", "fr", "en", "pt"];

const COLUMNS: &str =
    "id, slug, name, default_language, name_lb, name_de, name_fr, name_en, name_pt, \
    postal_address, phone, contact_email, opening_hours, signatory, colour, \
    article_lb, article_de, article_fr, article_en, article_pt, arms_version, video_room";

pub async fn update_profile(tx: &mut Tx, id: i64, profile: &Profile) -> DbResult<()> {
    tx.changed(crate::tx::Change::Commune(id));
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE communes SET name_lb = $1, name_de = $2, name_fr = $3, name_en = $4, name_pt = $5,
                postal_address = $6, phone = $7, contact_email = $8, opening_hours = $9, signatory = $10,
                colour = $11, article_lb = $12, article_de = $13, article_fr = $14, article_en = $15,
                article_pt = $16, video_room = $18
             WHERE id = $17",
        )
        .bind(&profile.names[0])
        .bind(&profile.names[1])
        .bind(&profile.names[2])
        .bind(&profile.names[3])
        .bind(&profile.names[4])
        .bind(&profile.postal_address)
        .bind(&profile.phone)
        .bind(&profile.contact_email)
        .bind(&profile.opening_hours)
        .bind(&profile.signatory)
        .bind(&profile.colour)
        .bind(&profile.articles[0])
        .bind(&profile.articles[1])
        .bind(&profile.articles[2])
        .bind(&profile.articles[3])
        .bind(&profile.articles[4])
        .bind(id)
        .bind(&profile.video_room)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

pub async fn create(
    tx: &mut Tx,
    slug: &str,
    name: &str,
    default_language: &str,
    now: i64,
) -> DbResult<Commune> {
    if !gemeng_core::slug::is_valid_slug(slug) {
        return Err(DbError::Invalid(format!("invalid commune slug {slug:?}")));
    }
    let sql = format!(
        "INSERT INTO communes (slug, name, default_language, created_at) VALUES ($1, $2, $3, $4) RETURNING {COLUMNS}"
    );
    with_tx!(tx, |conn| {
        sqlx::query_as::<_, Commune>(&sql)
            .bind(slug)
            .bind(name)
            .bind(default_language)
            .bind(now)
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| {
                if is_unique_violation(&e) {
                    DbError::Invalid(format!("a commune with slug {slug:?} exists already"))
                } else {
                    e.into()
                }
            })
    })
}

pub async fn by_slug(db: &Db, slug: &str) -> DbResult<Option<Commune>> {
    let sql = format!("SELECT {COLUMNS} FROM communes WHERE slug = $1");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Commune>(&sql)
            .bind(slug)
            .fetch_optional(pool)
            .await?)
    })
}

pub async fn by_id(db: &Db, id: i64) -> DbResult<Option<Commune>> {
    let sql = format!("SELECT {COLUMNS} FROM communes WHERE id = $1");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Commune>(&sql)
            .bind(id)
            .fetch_optional(pool)
            .await?)
    })
}

pub async fn list(db: &Db) -> DbResult<Vec<Commune>> {
    let sql = format!("SELECT {COLUMNS} FROM communes ORDER BY name");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Commune>(&sql).fetch_all(pool).await?)
    })
}

/// Stores the coat of arms (a PNG the server encoded itself) under a new version, or
/// removes it with `None`.
pub async fn set_arms(tx: &mut Tx, id: i64, png: Option<&[u8]>) -> DbResult<()> {
    tx.changed(crate::tx::Change::Commune(id));
    let version = png.map(arms_version).unwrap_or_default();
    with_tx!(tx, |conn| {
        sqlx::query("UPDATE communes SET arms = $1, arms_version = $2 WHERE id = $3")
            .bind(png)
            .bind(&version)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

/// The coat of arms' bytes, if the commune has one.
pub async fn arms(db: &Db, id: i64) -> DbResult<Option<Vec<u8>>> {
    with_pool!(db.reader(), |pool| {
        Ok(
            sqlx::query_scalar::<_, Option<Vec<u8>>>("SELECT arms FROM communes WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?
                .flatten(),
        )
    })
}

/// A short name for an image's content: it changes whenever the image does.
fn arms_version(png: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(png);
    digest[..6].iter().map(|b| format!("{b:02x}")).collect()
}
