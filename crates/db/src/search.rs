//! Searching a neighbourhood's posts with each engine's own full-text search: FTS5 on
//! SQLite, `tsvector` with the `simple` configuration on PostgreSQL (migration 0009
//! builds both indexes and keeps them in step).
//!
//! A post is found in a neighbourhood exactly when it is in that neighbourhood's feed
//! (a `feed_entries` row, written for every neighbourhood its audience reaches and
//! removed when it is hidden or deleted) and is neither hidden nor deleted: what the
//! feed shows, no more. Its title and text are searched, and so are its answers that
//! are neither hidden nor deleted; a matching answer finds its post.
//!
//! Every search is bounded: of the posts whose text matches, the neighbourhood's newest
//! [`CANDIDATES`] are ranked, and so are the newest posts with a matching answer; the
//! ranking (relevance, then recency) pages through those only. A common word therefore
//! costs a bounded walk, and a rare one a few index look-ups.

use gemeng_core::search::{Query, CANDIDATES};

use crate::posts::POST_ITEM;
use crate::{Db, DbResult};

/// A page of results: post ids, best first, and how many posts were ranked in all
/// (at most twice [`CANDIDATES`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub post_ids: Vec<i64>,
    pub total: i64,
}

/// One row of the ranking: a post, its rank among the ranked, and the count of them.
#[derive(sqlx::FromRow)]
struct Ranked {
    post_id: i64,
    total: i64,
}

/// Posts of `neighbourhood_id`'s feed that match `query`, ranked, `limit` of them after
/// the first `offset`, leaving out posts and answers by `unwanted` authors (those the
/// reader blocked).
pub async fn posts(
    db: &Db,
    neighbourhood_id: i64,
    query: &Query,
    unwanted: &[i64],
    offset: i64,
    limit: i64,
) -> DbResult<Found> {
    // Integers the server read from storage, never text from a request.
    let list = unwanted
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let without = |column: &str| {
        if unwanted.is_empty() {
            String::new()
        } else {
            format!("AND {column} NOT IN ({list})")
        }
    };
    let (posts_by, answers_by) = (
        without("p.author_id"),
        format!("{} {}", without("c.author_id"), without("p.author_id")),
    );
    let rows: Vec<Ranked> = match db.reader() {
        crate::PoolRef::Sqlite(pool) => {
            sqlx::query_as(&sqlite_sql(&posts_by, &answers_by))
                .bind(neighbourhood_id)
                .bind(query.fts5())
                .bind(CANDIDATES as i64)
                .bind(limit)
                .bind(offset)
                .fetch_all(pool)
                .await?
        }
        crate::PoolRef::Postgres(pool) => {
            sqlx::query_as(&postgres_sql(&posts_by, &answers_by))
                .bind(neighbourhood_id)
                .bind(query.tsquery())
                .bind(CANDIDATES as i64)
                .bind(limit)
                .bind(offset)
                .fetch_all(pool)
                .await?
        }
    };
    Ok(Found {
        total: rows.first().map(|r| r.total).unwrap_or(0),
        post_ids: rows.into_iter().map(|r| r.post_id).collect(),
    })
}

/// The ranking of both kinds of match, in SQL both engines read: a post matched by its
/// text and by an answer keeps its better score. `hits` holds (post_id, at, score).
fn ranking(hits: &str) -> String {
    format!(
        "WITH hits AS ({hits})
         SELECT post_id, COUNT(*) OVER () AS total
         FROM hits GROUP BY post_id
         ORDER BY MAX(score) DESC, MAX(at) DESC, post_id DESC
         LIMIT $4 OFFSET $5"
    )
}

/// SQLite: `bm25` scores lower for better matches, so its negation ranks; a word in
/// the title counts four times one in the text, and a matching answer half a post.
/// $1 neighbourhood, $2 the FTS5 query, $3 candidates of each kind, $4 limit, $5 offset;
/// `posts_by` and `answers_by` leave out authors.
fn sqlite_sql(posts_by: &str, answers_by: &str) -> String {
    ranking(&format!(
        "SELECT * FROM (
            SELECT e.item_id AS post_id, e.at AS at, -bm25(post_search, 4.0, 1.0) AS score
            FROM post_search
            JOIN feed_entries e ON e.neighbourhood_id = $1 AND e.item_type = '{POST_ITEM}'
                AND e.item_id = post_search.rowid
            JOIN posts p ON p.id = e.item_id
            WHERE post_search MATCH $2 AND p.hidden_at IS NULL AND p.deleted_at IS NULL
                {posts_by}
            ORDER BY post_search.rowid DESC LIMIT $3)
         UNION ALL
         SELECT * FROM (
            SELECT c.post_id AS post_id, e.at AS at, -0.5 * bm25(comment_search) AS score
            FROM comment_search
            JOIN comments c ON c.id = comment_search.rowid
            JOIN feed_entries e ON e.neighbourhood_id = $1 AND e.item_type = '{POST_ITEM}'
                AND e.item_id = c.post_id
            JOIN posts p ON p.id = c.post_id
            WHERE comment_search MATCH $2 AND c.hidden_at IS NULL AND c.deleted_at IS NULL
                AND p.hidden_at IS NULL AND p.deleted_at IS NULL {answers_by}
            ORDER BY comment_search.rowid DESC LIMIT $3)"
    ))
}

/// PostgreSQL: `ts_rank` weighs the title (A) over the text (B) and answers (D).
/// The planner picks the GIN index for a rare word, or walks the feed's index newest
/// first for a common one. Same parameters as on SQLite, $2 in `to_tsquery` syntax.
fn postgres_sql(posts_by: &str, answers_by: &str) -> String {
    ranking(&format!(
        "(SELECT e.item_id AS post_id, e.at AS at,
                CAST(ts_rank(p.search, to_tsquery('simple', $2)) AS DOUBLE PRECISION) AS score
            FROM feed_entries e
            JOIN posts p ON p.id = e.item_id
            WHERE e.neighbourhood_id = $1 AND e.item_type = '{POST_ITEM}'
                AND p.search @@ to_tsquery('simple', $2)
                AND p.hidden_at IS NULL AND p.deleted_at IS NULL {posts_by}
            ORDER BY p.id DESC LIMIT $3)
         UNION ALL
         (SELECT c.post_id AS post_id, e.at AS at,
                CAST(ts_rank(c.search, to_tsquery('simple', $2)) AS DOUBLE PRECISION) AS score
            FROM comments c
            JOIN feed_entries e ON e.neighbourhood_id = $1 AND e.item_type = '{POST_ITEM}'
                AND e.item_id = c.post_id
            JOIN posts p ON p.id = c.post_id
            WHERE c.search @@ to_tsquery('simple', $2)
                AND c.hidden_at IS NULL AND c.deleted_at IS NULL
                AND p.hidden_at IS NULL AND p.deleted_at IS NULL {answers_by}
            ORDER BY c.id DESC LIMIT $3)"
    ))
}
