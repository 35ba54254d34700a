//! Neighbourhoods: named polygons of a commune. Importing shapes re-places every
//! address of the commune, in the same transaction, so membership follows the map.

use gemeng_core::geography::{self, NeighbourhoodShape, PlacementArea, Placer, Shape};
use serde::Serialize;

use crate::tx::{Change, Tx};
use crate::{with_pool, with_tx, Db, DbResult};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Neighbourhood {
    pub id: i64,
    pub commune_id: i64,
    pub slug: String,
    pub name: String,
}

const COLUMNS: &str = "id, commune_id, slug, name";

/// What an import changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ShapesImported {
    pub created: usize,
    pub updated: usize,
    /// Addresses of the register that lie in no neighbourhood after the import.
    pub addresses_outside: usize,
}

/// How close two neighbourhoods' borders must come for them to count as adjacent.
pub const ADJACENCY_METRES: f64 = 25.0;

/// Adds new neighbourhoods and updates the shape of those with the same name. The
/// caller has checked the shapes (and their overlaps) with `gemeng_core::geography`.
pub async fn import(
    tx: &mut Tx,
    commune_id: i64,
    shapes: &[NeighbourhoodShape],
    now: i64,
) -> DbResult<ShapesImported> {
    tx.changed(Change::Map(commune_id));
    with_tx!(tx, |conn| {
        let mut created = 0;
        let mut updated = 0;
        for shape in shapes {
            let slug = gemeng_core::slug::slugify(&shape.name);
            let stored = geography::shape_to_geojson(&shape.shape);
            let changed = sqlx::query("UPDATE neighbourhoods SET name = $1, shape = $2 WHERE commune_id = $3 AND slug = $4")
                .bind(&shape.name)
                .bind(&stored)
                .bind(commune_id)
                .bind(&slug)
                .execute(&mut *conn)
                .await?
                .rows_affected();
            if changed == 0 {
                sqlx::query("INSERT INTO neighbourhoods (commune_id, slug, name, shape, created_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(commune_id)
                    .bind(&slug)
                    .bind(&shape.name)
                    .bind(&stored)
                    .bind(now)
                    .execute(&mut *conn)
                    .await?;
                created += 1;
            } else {
                updated += 1;
            }
        }
        // Re-place the whole register against the new map.
        let areas: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, shape FROM neighbourhoods WHERE commune_id = $1")
                .bind(commune_id)
                .fetch_all(&mut *conn)
                .await?;
        // Which neighbourhoods touch, for posts addressed to "mine and the next ones":
        // within 25 m, since real maps leave slivers between quarters.
        let parsed: Vec<(i64, Shape)> = areas
            .iter()
            .filter_map(|(id, text)| geography::shape_from_geojson(text).map(|s| (*id, s)))
            .collect();
        let refs: Vec<(i64, &Shape)> = parsed.iter().map(|(id, s)| (*id, s)).collect();
        sqlx::query(
            "DELETE FROM neighbourhood_adjacency WHERE neighbourhood_id IN
                (SELECT id FROM neighbourhoods WHERE commune_id = $1)",
        )
        .bind(commune_id)
        .execute(&mut *conn)
        .await?;
        for (a, b) in geography::adjacent_pairs(&refs, ADJACENCY_METRES) {
            for (from, to) in [(a, b), (b, a)] {
                sqlx::query(
                    "INSERT INTO neighbourhood_adjacency (neighbourhood_id, adjacent_id) VALUES ($1, $2)",
                )
                .bind(from)
                .bind(to)
                .execute(&mut *conn)
                .await?;
            }
        }
        let placer = placer_from_rows(areas);
        let points: Vec<(i64, f64, f64)> =
            sqlx::query_as("SELECT id, lon, lat FROM addresses WHERE commune_id = $1")
                .bind(commune_id)
                .fetch_all(&mut *conn)
                .await?;
        let mut addresses_outside = 0;
        for (id, lon, lat) in points {
            let placed = placer.place(lon, lat);
            addresses_outside += usize::from(placed.is_none());
            sqlx::query("UPDATE addresses SET neighbourhood_id = $1 WHERE id = $2")
                .bind(placed)
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
        Ok(ShapesImported {
            created,
            updated,
            addresses_outside,
        })
    })
}

pub(crate) fn placer_from_rows(rows: Vec<(i64, String)>) -> Placer {
    Placer::new(
        rows.into_iter()
            .filter_map(|(id, text)| {
                geography::shape_from_geojson(&text).map(|s| PlacementArea::new(id, s))
            })
            .collect(),
    )
}

/// The commune's shapes, for checking a new import against them.
pub async fn shapes(db: &Db, commune_id: i64) -> DbResult<Vec<(String, Shape)>> {
    let rows: Vec<(String, String)> = with_pool!(db.reader(), |pool| {
        sqlx::query_as("SELECT name, shape FROM neighbourhoods WHERE commune_id = $1 ORDER BY id")
            .bind(commune_id)
            .fetch_all(pool)
            .await?
    });
    Ok(rows
        .into_iter()
        .filter_map(|(name, text)| geography::shape_from_geojson(&text).map(|s| (name, s)))
        .collect())
}

pub async fn placer(db: &Db, commune_id: i64) -> DbResult<Placer> {
    let rows: Vec<(i64, String)> = with_pool!(db.reader(), |pool| {
        sqlx::query_as("SELECT id, shape FROM neighbourhoods WHERE commune_id = $1")
            .bind(commune_id)
            .fetch_all(pool)
            .await?
    });
    Ok(placer_from_rows(rows))
}

pub async fn list(db: &Db, commune_id: i64) -> DbResult<Vec<Neighbourhood>> {
    let sql = format!("SELECT {COLUMNS} FROM neighbourhoods WHERE commune_id = $1 ORDER BY name");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Neighbourhood>(&sql)
            .bind(commune_id)
            .fetch_all(pool)
            .await?)
    })
}

pub async fn by_slug(db: &Db, commune_id: i64, slug: &str) -> DbResult<Option<Neighbourhood>> {
    let sql = format!("SELECT {COLUMNS} FROM neighbourhoods WHERE commune_id = $1 AND slug = $2");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Neighbourhood>(&sql)
            .bind(commune_id)
            .bind(slug)
            .fetch_optional(pool)
            .await?)
    })
}

pub async fn by_id(db: &Db, id: i64) -> DbResult<Option<Neighbourhood>> {
    let sql = format!("SELECT {COLUMNS} FROM neighbourhoods WHERE id = $1");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Neighbourhood>(&sql)
            .bind(id)
            .fetch_optional(pool)
            .await?)
    })
}

/// How many neighbourhoods the commune has.
pub async fn count(db: &Db, commune_id: i64) -> DbResult<i64> {
    with_pool!(db.reader(), |pool| {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM neighbourhoods WHERE commune_id = $1")
                .bind(commune_id)
                .fetch_one(pool)
                .await?,
        )
    })
}

/// Verified residents of a neighbourhood, for its home page.
pub async fn member_count(db: &Db, neighbourhood_id: i64) -> DbResult<i64> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM users u JOIN addresses a ON a.id = u.address_id
             WHERE a.neighbourhood_id = $1 AND u.residence = 'verified' AND u.email_confirmed_at IS NOT NULL",
        )
        .bind(neighbourhood_id)
        .fetch_one(pool)
        .await?)
    })
}
