//! The address register: its import (in steps, see [`import`]) and the search
//! residents use to pick their address when signing up.

use gemeng_core::address::{search_key, AddressRow};
use serde::Serialize;

use crate::{with_pool, Db, DbResult};

mod import;
pub use import::{import, AddressesImported, ImportProgress};

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

fn natural_key(row: &AddressRow) -> String {
    format!(
        "{}|{}|{}",
        search_key(&row.street),
        row.number.to_lowercase(),
        search_key(&row.postcode)
    )
}

/// `($1, $2), ($3, $4)` for `rows` rows of `columns` parameters.
fn placeholders(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|r| {
            let row: Vec<String> = (1..=columns)
                .map(|c| format!("${}", r * columns + c))
                .collect();
            format!("({})", row.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A query word's prefix spans at most this many words of the vocabulary for the
/// search to read each of them in result order ("rue" spans "rue" and "ruelle").
const MAX_SPANNED_WORDS: i64 = 16;
/// Below this many addresses, a query word's addresses are all read and sorted.
const FEW_ADDRESSES: i64 = 3000;

/// The same columns as [`COLUMNS`], of the address aliased `a`.
const COLUMNS_OF_A: &str =
    "a.id, a.commune_id, a.neighbourhood_id, a.street, a.number, a.postcode, a.locality";

/// The query words that matter: at most the first six, without any that is the
/// prefix of another (it adds no condition: "rue r" finds what "rue" finds).
fn query_words(key: &str) -> Vec<&str> {
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).take(6).collect();
    let mut kept: Vec<&str> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let implied = words
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && other.starts_with(w) && (other.len() > w.len() || j < i));
        if !implied {
            kept.push(w);
        }
    }
    kept
}

/// Up to `limit` addresses in which every word of the query starts a word ("est"
/// finds "Rue de l'Est", not "Ouest"), in street and number order.
///
/// A query word is a range of the word index (`word >= w AND word < w || U+10FFFF`,
/// byte order on both engines). The search starts from the query word with the
/// fewest addresses (the vocabulary says) and checks the others on each address
/// through the index by address. If that word has few addresses, they are read:
/// each spanned word's in result order (stopping at `limit` matches) if it spans
/// few words of the vocabulary, else all of them, sorted. If even the rarest word is
/// common ("rue de l"), the commune's streets are walked in order, entering only
/// those whose addresses have every word, until `limit` addresses match.
pub async fn search(db: &Db, commune_id: i64, query: &str, limit: i64) -> DbResult<Vec<Address>> {
    search_by(db, commune_id, query, limit, Plan::Cheapest).await
}

/// How [`search`] reads the index; tests compare every plan with a plain filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// As the vocabulary's counts suggest.
    Cheapest,
    /// Each word of the rarest query word's span, in result order.
    WordsInOrder,
    /// All addresses of the rarest query word, sorted.
    Sorted,
    /// The commune's streets in result order, each street's addresses in order.
    StreetsInOrder,
}

/// [`search`] with a chosen plan, for tests.
#[cfg(feature = "test-support")]
pub async fn search_with_plan(
    db: &Db,
    commune_id: i64,
    query: &str,
    limit: i64,
    plan: Plan,
) -> DbResult<Vec<Address>> {
    search_by(db, commune_id, query, limit, plan).await
}

async fn search_by(
    db: &Db,
    commune_id: i64,
    query: &str,
    limit: i64,
    plan: Plan,
) -> DbResult<Vec<Address>> {
    let key = search_key(query);
    let words = query_words(&key);
    if words.is_empty() || limit <= 0 {
        return Ok(Vec::new());
    }
    let ranges: Vec<(String, String)> = words
        .iter()
        .map(|w| (w.to_string(), format!("{w}{}", char::MAX)))
        .collect();

    // How many vocabulary words each query word spans, and how many addresses.
    let spans_sql = (0..ranges.len())
        .map(|i| {
            format!(
                "SELECT CAST({i} AS BIGINT), COUNT(*), CAST(COALESCE(SUM(addresses), 0) AS BIGINT) \
                 FROM address_vocabulary WHERE commune_id = $1 AND word >= ${} AND word < ${}",
                2 + 2 * i,
                3 + 2 * i
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let spans: Vec<(i64, i64, i64)> = with_pool!(db.reader(), |pool| {
        let mut q = sqlx::query_as(&spans_sql).bind(commune_id);
        for (low, high) in &ranges {
            q = q.bind(low).bind(high);
        }
        q.fetch_all(pool).await?
    });
    // Rarest first: the search starts from the first, and checks the others in this
    // order, so an address without a rare word is passed over after one look-up.
    let mut spans = spans;
    spans.sort_by_key(|(i, _, n)| (*n, *i));
    let Some(&(rarest, spanned, addresses)) = spans.first() else {
        return Ok(Vec::new());
    };
    if addresses == 0 {
        return Ok(Vec::new());
    }
    let rarest = rarest as usize;
    let others: Vec<&(String, String)> = spans[1..]
        .iter()
        .map(|(i, _, _)| &ranges[*i as usize])
        .collect();
    // Parameters after $1 (the commune), in order.
    let mut binds: Vec<String> = Vec::new();
    let has_other_words = |alias: &str, binds: &mut Vec<String>, which: &[&(String, String)]| {
        let mut sql = String::new();
        for (low, high) in which {
            binds.push(low.clone());
            binds.push(high.clone());
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM address_words o WHERE o.address_id = {alias} \
                 AND o.word >= ${} AND o.word < ${})",
                binds.len(),
                binds.len() + 1
            ));
        }
        sql
    };
    let plan = match plan {
        Plan::Cheapest if addresses > FEW_ADDRESSES => Plan::StreetsInOrder,
        Plan::Cheapest if spanned <= MAX_SPANNED_WORDS => Plan::WordsInOrder,
        Plan::Cheapest => Plan::Sorted,
        chosen => chosen,
    };
    let sql = if plan == Plan::WordsInOrder {
        let spanned_words: Vec<String> = with_pool!(db.reader(), |pool| {
            sqlx::query_scalar(
                "SELECT word FROM address_vocabulary WHERE commune_id = $1 AND word >= $2 AND word < $3 ORDER BY word",
            )
            .bind(commune_id)
            .bind(&ranges[rarest].0)
            .bind(&ranges[rarest].1)
            .fetch_all(pool)
            .await?
        });
        let mut parts = Vec::new();
        for (i, word) in spanned_words.into_iter().enumerate() {
            binds.push(word);
            let word_at = binds.len() + 1;
            let checks = has_other_words("w.address_id", &mut binds, &others);
            parts.push(format!(
                "SELECT * FROM (SELECT street, number_length, number, address_id FROM address_words w \
                 WHERE w.commune_id = $1 AND w.word = ${word_at}{checks} \
                 ORDER BY street, number_length, number, address_id LIMIT $LIMIT) AS t{i}"
            ));
        }
        format!(
            "SELECT {COLUMNS_OF_A} FROM ({}) AS top JOIN addresses a ON a.id = top.address_id \
             ORDER BY top.street, top.number_length, top.number, top.address_id LIMIT $LIMIT",
            parts.join(" UNION ")
        )
    } else if plan == Plan::Sorted {
        binds.push(ranges[rarest].0.clone());
        binds.push(ranges[rarest].1.clone());
        let checks = has_other_words("a.id", &mut binds, &others);
        format!(
            "WITH candidates AS MATERIALIZED (SELECT DISTINCT address_id FROM address_words \
             WHERE commune_id = $1 AND word >= $2 AND word < $3) \
             SELECT {COLUMNS_OF_A} FROM candidates c CROSS JOIN addresses a \
             WHERE a.id = c.address_id{checks} \
             ORDER BY a.street, LENGTH(a.number), a.number, a.id LIMIT $LIMIT"
        )
    } else {
        let by_rarity: Vec<(String, String)> = spans
            .iter()
            .map(|(i, _, _)| ranges[*i as usize].clone())
            .collect();
        return walk_streets(db, commune_id, &by_rarity, limit).await;
    };
    let sql = sql.replace("$LIMIT", &format!("${}", binds.len() + 2));
    with_pool!(db.reader(), |pool| {
        let mut q = sqlx::query_as::<_, Address>(&sql).bind(commune_id);
        for b in &binds {
            q = q.bind(b);
        }
        Ok(q.bind(limit).fetch_all(pool).await?)
    })
}

/// The commune's streets in order, entering only those whose addresses have every
/// query word between them (one look-up per word and street), then their addresses
/// in order, checked one by one; until `limit` match. The streets are fetched a few
/// at a time, more each round, so a query whose first street fills the page costs
/// two statements. Driven from here rather than by one join, because PostgreSQL's
/// planner would rather sort every match than trust the walk to stop early.
async fn walk_streets(
    db: &Db,
    commune_id: i64,
    ranges: &[(String, String)],
    limit: i64,
) -> DbResult<Vec<Address>> {
    let mut street_checks = String::new();
    let mut address_checks = String::new();
    for i in 0..ranges.len() {
        let (low, high) = (2 + 2 * i, 3 + 2 * i);
        street_checks.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM address_street_words sw WHERE sw.commune_id = $1 \
             AND sw.street = s.street AND sw.word >= ${low} AND sw.word < ${high})"
        ));
        address_checks.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM address_words o WHERE o.address_id = a.id \
             AND o.word >= ${low} AND o.word < ${high})"
        ));
    }
    let next = 2 + 2 * ranges.len();
    let streets_sql = format!(
        "SELECT s.street FROM address_streets s WHERE s.commune_id = $1 AND s.street > ${next}\
         {street_checks} ORDER BY s.street LIMIT ${}",
        next + 1
    );
    let mut found: Vec<Address> = Vec::new();
    // Every street sorts after the empty string.
    let mut after = String::new();
    let mut batch: i64 = 1;
    while (found.len() as i64) < limit {
        let streets: Vec<String> = with_pool!(db.reader(), |pool| {
            let mut q = sqlx::query_scalar(&streets_sql).bind(commune_id);
            for (low, high) in ranges {
                q = q.bind(low).bind(high);
            }
            q.bind(&after).bind(batch).fetch_all(pool).await?
        });
        let Some(last) = streets.last().cloned() else {
            break;
        };
        let addresses_sql = format!(
            "SELECT {COLUMNS_OF_A} FROM addresses a WHERE a.commune_id = $1 AND a.street IN ({}){address_checks} \
             ORDER BY a.street, LENGTH(a.number), a.number, a.id LIMIT ${}",
            (0..streets.len())
                .map(|i| format!("${}", next + i))
                .collect::<Vec<_>>()
                .join(", "),
            next + streets.len()
        );
        let more: Vec<Address> = with_pool!(db.reader(), |pool| {
            let mut q = sqlx::query_as::<_, Address>(&addresses_sql).bind(commune_id);
            for (low, high) in ranges {
                q = q.bind(low).bind(high);
            }
            for street in &streets {
                q = q.bind(street);
            }
            q.bind(limit - found.len() as i64).fetch_all(pool).await?
        });
        found.extend(more);
        if (streets.len() as i64) < batch {
            break;
        }
        after = last;
        batch = (batch * 4).min(64);
    }
    Ok(found)
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
