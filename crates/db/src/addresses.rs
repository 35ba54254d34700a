//! The address register: import (all or nothing) and the search residents use to
//! pick their address when signing up.

use gemeng_core::address::{search_key, AddressRow};
use gemeng_core::geography::Placer;
use serde::Serialize;

use crate::tx::{Change, Tx};
use crate::{with_pool, with_tx, Db, DbResult};

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Address {
    pub id: i64,
    pub commune_id: i64,
    pub neighbourhood_id: Option<i64>,
    pub street: String,
    pub number: String,
    pub postcode: String,
    pub locality: String,
}

impl Address {
    /// The full address: shown to its resident, staff and on letters, never to neighbours.
    pub fn label(&self) -> String {
        format!(
            "{} {}, {} {}",
            self.street, self.number, self.postcode, self.locality
        )
    }
}

const COLUMNS: &str = "id, commune_id, neighbourhood_id, street, number, postcode, locality";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AddressesImported {
    pub rows: usize,
    pub outside: usize,
}

fn natural_key(row: &AddressRow) -> String {
    format!(
        "{}|{}|{}",
        search_key(&row.street),
        row.number.to_lowercase(),
        search_key(&row.postcode)
    )
}

/// Adds or updates every row in one transaction, placing each in its neighbourhood.
/// `progress` is called with the number of rows written so far.
pub async fn import(
    tx: &mut Tx,
    commune_id: i64,
    rows: &[AddressRow],
    placer: &Placer,
    progress: &mut (dyn FnMut(usize) + Send),
) -> DbResult<AddressesImported> {
    const SQL: &str = "INSERT INTO addresses
        (commune_id, neighbourhood_id, street, number, postcode, locality, lat, lon, natural_key, search_key)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        ON CONFLICT (commune_id, natural_key) DO UPDATE SET
            neighbourhood_id = excluded.neighbourhood_id, street = excluded.street,
            number = excluded.number, postcode = excluded.postcode, locality = excluded.locality,
            lat = excluded.lat, lon = excluded.lon, search_key = excluded.search_key";
    tx.changed(Change::Map(commune_id));
    with_tx!(tx, |conn| {
        let mut outside = 0;
        for (i, row) in rows.iter().enumerate() {
            let neighbourhood = placer.place(row.lon, row.lat);
            outside += usize::from(neighbourhood.is_none());
            sqlx::query(SQL)
                .bind(commune_id)
                .bind(neighbourhood)
                .bind(&row.street)
                .bind(&row.number)
                .bind(&row.postcode)
                .bind(&row.locality)
                .bind(row.lat)
                .bind(row.lon)
                .bind(natural_key(row))
                .bind(row.search_key())
                .execute(&mut *conn)
                .await?;
            if (i + 1) % 250 == 0 {
                progress(i + 1);
            }
        }
        progress(rows.len());
        Ok(AddressesImported {
            rows: rows.len(),
            outside,
        })
    })
}

/// Up to `limit` addresses in which every word of the query starts a word.
pub async fn search(db: &Db, commune_id: i64, query: &str, limit: i64) -> DbResult<Vec<Address>> {
    let key = search_key(query);
    if key.is_empty() {
        return Ok(Vec::new());
    }
    // Every query word must start a word of the address ("est" finds "Rue de l'Est",
    // not "Ouest"). LIKE wildcards cannot occur: search_key keeps letters, digits, spaces.
    let words: Vec<String> = key.split(' ').take(6).map(|w| format!("% {w}%")).collect();
    let mut sql = format!("SELECT {COLUMNS} FROM addresses WHERE commune_id = $1");
    for i in 0..words.len() {
        sql.push_str(&format!(" AND (' ' || search_key) LIKE ${}", i + 2));
    }
    sql.push_str(&format!(
        " ORDER BY street, LENGTH(number), number LIMIT ${}",
        words.len() + 2
    ));
    with_pool!(db.reader(), |pool| {
        let mut q = sqlx::query_as::<_, Address>(&sql).bind(commune_id);
        for w in &words {
            q = q.bind(w);
        }
        Ok(q.bind(limit).fetch_all(pool).await?)
    })
}

pub async fn by_id(db: &Db, id: i64) -> DbResult<Option<Address>> {
    let sql = format!("SELECT {COLUMNS} FROM addresses WHERE id = $1");
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Address>(&sql)
            .bind(id)
            .fetch_optional(pool)
            .await?)
    })
}

pub async fn count(db: &Db, commune_id: i64) -> DbResult<i64> {
    with_pool!(db.reader(), |pool| {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM addresses WHERE commune_id = $1")
                .bind(commune_id)
                .fetch_one(pool)
                .await?,
        )
    })
}

/// Some addresses of a neighbourhood, in register order (for the demo's accounts).
pub async fn in_neighbourhood(
    db: &Db,
    neighbourhood_id: i64,
    limit: i64,
) -> DbResult<Vec<Address>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM addresses WHERE neighbourhood_id = $1 ORDER BY street, id LIMIT $2"
    );
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Address>(&sql)
            .bind(neighbourhood_id)
            .bind(limit)
            .fetch_all(pool)
            .await?)
    })
}
