//! Communes: the tenants of an installation, each reached under `/c/{slug}`.

use serde::Serialize;

use crate::tx::Tx;
use crate::{is_unique_violation, with_pool, with_tx, Db, DbError, DbResult};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Commune {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub default_language: String,
}

const COLUMNS: &str = "id, slug, name, default_language";

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
