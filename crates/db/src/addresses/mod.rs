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
    /// As `StreetsInOrder`, the streets read from the rarest word's only, the other
    /// words checked on each (what a word spanning many words of the vocabulary gets).
    StreetsOfRarestWord,
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

    // How many vocabulary words each query word spans, how many addresses they have,
    // and the words themselves when few (for reading each in order): one statement.
    let spans_sql = (0..ranges.len())
        .map(|i| {
            format!(
                "SELECT CAST({i} AS BIGINT), COUNT(*), CAST(COALESCE(SUM(addresses), 0) AS BIGINT), \
                 CASE WHEN COUNT(*) <= {MAX_SPANNED_WORDS} THEN string_agg(word, ' ' ORDER BY word) END \
                 FROM address_vocabulary WHERE commune_id = $1 AND word >= ${} AND word < ${}",
                2 + 2 * i,
                3 + 2 * i
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let mut spans: Vec<(i64, i64, i64, Option<String>)> = with_pool!(db.reader(), |pool| {
        let mut q = sqlx::query_as(&spans_sql).bind(commune_id);
        for (low, high) in &ranges {
            q = q.bind(low).bind(high);
        }
        q.fetch_all(pool).await?
    });
    // Rarest first: the search starts from the first, and checks the others in this
    // order, so an address without a rare word is passed over after one look-up.
    spans.sort_by_key(|(i, _, n, _)| (*n, *i));
    let Some((rarest, spanned, addresses, spanned_words)) = spans.first().cloned() else {
        return Ok(Vec::new());
    };
    if addresses == 0 {
        return Ok(Vec::new());
    }
    let by_rarity: Vec<Range> = spans
        .iter()
        .map(|(i, spanned, ..)| (&ranges[*i as usize], *spanned))
        .collect();
    let others: Vec<&(String, String)> = by_rarity[1..].iter().map(|(r, _)| *r).collect();
    let others = &others[..];
    // Parameters after $1 (the commune), in order.
    let mut binds: Vec<String> = Vec::new();
    let plan = match plan {
        Plan::Cheapest if addresses > FEW_ADDRESSES => Plan::StreetsInOrder,
        Plan::Cheapest if spanned <= MAX_SPANNED_WORDS => Plan::WordsInOrder,
        Plan::Cheapest => Plan::Sorted,
        chosen => chosen,
    };
    let sql = if plan == Plan::WordsInOrder {
        let spanned_words: Vec<String> = match spanned_words {
            Some(words) => words.split(' ').map(String::from).collect(),
            // Spans too many to be listed with the counts (a plan chosen by a test).
            None => with_pool!(db.reader(), |pool| {
                sqlx::query_scalar(
                    "SELECT word FROM address_vocabulary WHERE commune_id = $1 AND word >= $2 AND word < $3",
                )
                .bind(commune_id)
                .bind(&ranges[rarest as usize].0)
                .bind(&ranges[rarest as usize].1)
                .fetch_all(pool)
                .await?
            }),
        };
        let mut parts = Vec::new();
        for (i, word) in spanned_words.into_iter().enumerate() {
            binds.push(word);
            let word_at = binds.len() + 1;
            let checks = has_words(
                "address_words",
                "o.address_id = w.address_id",
                &mut binds,
                others,
            );
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
        binds.push(ranges[rarest as usize].0.clone());
        binds.push(ranges[rarest as usize].1.clone());
        let checks = has_words("address_words", "o.address_id = a.id", &mut binds, others);
        format!(
            "WITH candidates AS MATERIALIZED (SELECT DISTINCT address_id FROM address_words \
             WHERE commune_id = $1 AND word >= $2 AND word < $3) \
             SELECT {COLUMNS_OF_A} FROM candidates c CROSS JOIN addresses a \
             WHERE a.id = c.address_id{checks} \
             ORDER BY a.street, LENGTH(a.number), a.number, a.id LIMIT $LIMIT"
        )
    } else {
        let read_at_most = match plan {
            Plan::StreetsOfRarestWord => 0,
            _ => MAX_WORDS_READ_FOR_STREETS,
        };
        return walk_streets(db, commune_id, &by_rarity, read_at_most, limit).await;
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

/// ` AND EXISTS (…)` for each word range of `which`, in that order: a row of `table`
/// (`address_words`, or `address_street_words`) aliased `o` that matches `matching`
/// (the address, or the street) has a word in the range. Their bounds are pushed on
/// `binds` (parameters from `$2` on).
///
/// `LIMIT 1 OFFSET 0` changes nothing to what is found, but PostgreSQL keeps such an
/// `EXISTS` a look-up per row, checked in the order written (rarest first), rather
/// than turning each into a join whose order it picks from estimates that prefix
/// ranges make poor: a common word was often checked on every row first.
fn has_words(
    table: &str,
    matching: &str,
    binds: &mut Vec<String>,
    which: &[&(String, String)],
) -> String {
    let mut sql = String::new();
    for (low, high) in which {
        binds.push(low.clone());
        binds.push(high.clone());
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM {table} o WHERE {matching} \
             AND o.word >= ${} AND o.word < ${} LIMIT 1 OFFSET 0)",
            binds.len(),
            binds.len() + 1
        ));
    }
    sql
}

/// An address of a walk's batch of streets, with the batch's last street and its
/// number of streets (to know where the next batch starts).
#[derive(sqlx::FromRow)]
struct InBatch {
    #[sqlx(flatten)]
    address: Address,
    batch_last: String,
    batch_streets: i64,
}

/// A query word's prefix range and how many words of the vocabulary it spans.
type Range<'a> = (&'a (String, String), i64);

/// A query word spanning at most this many words of the vocabulary has its streets
/// read from `address_street_words_by_word` to find the streets the walk enters; one
/// spanning more ("1" spans every number and postcode starting with 1) is checked on
/// those streets one by one.
const MAX_WORDS_READ_FOR_STREETS: i64 = 64;

/// The commune's streets in order, entering only those whose addresses have every
/// query word between them, then their addresses in order, checked one by one; until
/// `limit` match. `ranges` are the query's words, rarest first. The streets entered
/// are those that every query word has, in order: the intersection of each word's
/// streets, read from its range of `address_street_words_by_word`; a word spanning
/// more than `read_at_most` words of the vocabulary is rather checked on each street
/// of that intersection (one look-up). A batch of streets and their addresses is one
/// statement; the batches grow (4, 16, 64 streets), so a query whose first streets
/// fill the page costs two statements in all, the vocabulary's and one. Driven from
/// here rather than by one join, because PostgreSQL's planner would rather sort every
/// match than trust the walk to stop early.
async fn walk_streets(
    db: &Db,
    commune_id: i64,
    ranges: &[Range<'_>],
    read_at_most: i64,
    limit: i64,
) -> DbResult<Vec<Address>> {
    let (mut read, mut checked): (Vec<Range>, Vec<Range>) = ranges
        .iter()
        .partition(|(_, spanned)| *spanned <= read_at_most);
    if read.is_empty() {
        // Every word spans many: the streets of the rarest are read all the same.
        read.push(checked.remove(0));
    }
    let mut binds: Vec<String> = Vec::new();
    let mut terms: Vec<String> = read
        .iter()
        .map(|((low, high), _)| {
            binds.push(low.clone());
            binds.push(high.clone());
            format!(
                "SELECT street FROM address_street_words WHERE commune_id = $1 \
                 AND word >= ${} AND word < ${} AND street > $AFTER",
                binds.len(),
                binds.len() + 1
            )
        })
        .collect();
    if terms.len() == 1 {
        // The commune's streets too: an intersection keeps each word's streets read
        // from its range of the index (with a plain `DISTINCT`, SQLite would rather
        // walk every street's words in order).
        terms.insert(
            0,
            "SELECT street FROM address_streets WHERE commune_id = $1 AND street > $AFTER".into(),
        );
    }
    let checked: Vec<&(String, String)> = checked.iter().map(|(r, _)| *r).collect();
    let checks = has_words(
        "address_street_words",
        "o.commune_id = $1 AND o.street = i.street",
        &mut binds,
        &checked,
    );
    // The `LIMIT` of all of them keeps PostgreSQL from checking each word's streets
    // before the intersection.
    let streets = format!(
        "SELECT i.street FROM ({} LIMIT $ALL) AS i WHERE true{checks} ORDER BY i.street LIMIT $BATCH",
        terms.join(" INTERSECT ")
    );
    let all: Vec<&(String, String)> = ranges.iter().map(|(r, _)| *r).collect();
    let address_checks = has_words("address_words", "o.address_id = a.id", &mut binds, &all);
    let batch_sql = format!(
        "WITH batch AS MATERIALIZED ({streets}) \
         SELECT {COLUMNS_OF_A}, (SELECT MAX(street) FROM batch) AS batch_last, \
         (SELECT COUNT(*) FROM batch) AS batch_streets \
         FROM addresses a WHERE a.commune_id = $1 AND a.street IN (SELECT street FROM batch){address_checks} \
         ORDER BY a.street, LENGTH(a.number), a.number, a.id LIMIT $PAGE"
    );
    let number = |sql: &str| {
        let n = binds.len();
        sql.replace("$AFTER", &format!("${}", n + 2))
            .replace("$ALL", &format!("${}", n + 3))
            .replace("$BATCH", &format!("${}", n + 4))
            .replace("$PAGE", &format!("${}", n + 5))
    };
    let (streets, batch_sql) = (number(&streets), number(&batch_sql));
    let mut found: Vec<Address> = Vec::new();
    // Every street sorts after the empty string.
    let mut after = String::new();
    let mut streets_per_batch: i64 = 4;
    while (found.len() as i64) < limit {
        let rows: Vec<InBatch> = with_pool!(db.reader(), |pool| {
            let mut q = sqlx::query_as(&batch_sql).bind(commune_id);
            for b in &binds {
                q = q.bind(b);
            }
            q.bind(&after)
                .bind(i64::MAX)
                .bind(streets_per_batch)
                .bind(limit - found.len() as i64)
                .fetch_all(pool)
                .await?
        });
        let (last, count) = match rows.first() {
            Some(row) => (Some(row.batch_last.clone()), row.batch_streets),
            // No address of the batch has every word: which streets it held is asked
            // on its own.
            None => {
                let batch: Vec<String> = with_pool!(db.reader(), |pool| {
                    let mut q = sqlx::query_scalar(&streets).bind(commune_id);
                    for b in &binds {
                        q = q.bind(b);
                    }
                    q.bind(&after)
                        .bind(i64::MAX)
                        .bind(streets_per_batch)
                        .fetch_all(pool)
                        .await?
                });
                (batch.last().cloned(), batch.len() as i64)
            }
        };
        found.extend(rows.into_iter().map(|row| row.address));
        let Some(last) = last else {
            break;
        };
        if count < streets_per_batch {
            break;
        }
        after = last;
        streets_per_batch = (streets_per_batch * 4).min(64);
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
