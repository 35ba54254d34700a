//! Neighbourhood posts, their comments and thanks, and each neighbourhood's feed.
//!
//! A post is written once with the feed rows of every neighbourhood it reaches
//! (`feed_entries`), so a feed page is one index range. Hiding or deleting a post
//! removes its feed rows; restoring writes them again. The rules (who may read,
//! comment, edit) are `gemeng_core::posts`; this module only stores and reads.

use gemeng_core::posts::{Audience, FeedCursor, PostKind, PostState};
use serde::Serialize;

use crate::text::Text;
use crate::tx::{Change, Tx};
use crate::{with_pool, with_tx, Db, DbResult};

/// The item type of posts in `feed_entries`.
pub const POST_ITEM: &str = "post";

/// A post as pages and the API show it, with its author's display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Post {
    pub id: i64,
    pub commune_id: i64,
    pub neighbourhood_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub kind: Text<PostKind>,
    pub audience: Text<Audience>,
    pub state: Text<PostState>,
    pub title: String,
    pub body: String,
    pub body_html: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub deleted_at: Option<i64>,
    pub hidden_at: Option<i64>,
    pub hidden_reason: String,
    pub comment_count: i64,
    pub thanks_count: i64,
    /// The first photo's file key, for the feed's thumbnail.
    pub cover_photo: Option<String>,
    pub photo_count: i64,
}

const POST_COLUMNS: &str = "p.id, p.commune_id, p.neighbourhood_id, p.author_id, \
    u.display_name AS author_name, p.kind, p.audience, p.state, p.title, p.body, p.body_html, \
    p.created_at, p.edited_at, p.deleted_at, p.hidden_at, p.hidden_reason, \
    p.comment_count, p.thanks_count, p.cover_photo, p.photo_count";

/// A post to store.
pub struct NewPost<'a> {
    pub commune_id: i64,
    pub neighbourhood_id: i64,
    pub author_id: i64,
    pub kind: PostKind,
    pub audience: Audience,
    pub title: &'a str,
    pub body: &'a str,
    pub body_html: &'a str,
    /// The form's one-time key: the same key twice makes one post.
    pub request_key: &'a str,
    /// The feeds it appears in (`gemeng_core::posts::feed_neighbourhoods`).
    pub feeds: &'a [i64],
}

/// What storing something with a one-time key did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    New(i64),
    /// The key was used before (a double click, a retried request): that item.
    Again(i64),
}

impl Stored {
    pub fn id(self) -> i64 {
        match self {
            Stored::New(id) | Stored::Again(id) => id,
        }
    }
}

/// What storing a live text (a lounge message, a question, a private message) under
/// a participant's request key did: `inserted`, its new id, or else the id the same
/// key stored in `table` before (a double click, a retried request).
pub(crate) async fn keyed(
    tx: &mut Tx,
    inserted: Option<i64>,
    table: &'static str,
    registration_id: i64,
    request_key: &str,
) -> DbResult<Stored> {
    if let Some(id) = inserted {
        return Ok(Stored::New(id));
    }
    let sql = format!("SELECT id FROM {table} WHERE registration_id = $1 AND request_key = $2");
    let id = with_tx!(tx, |conn| sqlx::query_scalar(&sql)
        .bind(registration_id)
        .bind(request_key)
        .fetch_one(&mut *conn)
        .await?);
    Ok(Stored::Again(id))
}

pub async fn create(tx: &mut Tx, post: &NewPost<'_>, now: i64) -> DbResult<Stored> {
    // Told of before the write (a key used again makes the change a harmless no-op),
    // as the transaction's writes below hold it.
    for neighbourhood in post.feeds {
        tx.changed(Change::Feed(*neighbourhood));
    }
    with_tx!(tx, |conn| {
        // ON CONFLICT DO NOTHING rather than a look-up first: of two requests racing
        // with one key, the second waits for the first and then inserts nothing.
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO posts (commune_id, neighbourhood_id, author_id, kind, audience, title, body,
                body_html, created_at, request_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
             ON CONFLICT (author_id, request_key) DO NOTHING RETURNING id",
        )
        .bind(post.commune_id)
        .bind(post.neighbourhood_id)
        .bind(post.author_id)
        .bind(post.kind.as_str())
        .bind(post.audience.as_str())
        .bind(post.title)
        .bind(post.body)
        .bind(post.body_html)
        .bind(now)
        .bind(post.request_key)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(id) = inserted else {
            let id = sqlx::query_scalar(
                "SELECT id FROM posts WHERE author_id = $1 AND request_key = $2",
            )
            .bind(post.author_id)
            .bind(post.request_key)
            .fetch_one(&mut *conn)
            .await?;
            return Ok(Stored::Again(id));
        };
        for neighbourhood in post.feeds {
            sqlx::query(
                "INSERT INTO feed_entries (neighbourhood_id, at, item_type, item_id, item_kind, author_id)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(neighbourhood)
            .bind(now)
            .bind(POST_ITEM)
            .bind(id)
            .bind(post.kind.as_str())
            .bind(post.author_id)
            .execute(&mut *conn)
            .await?;
        }
        Ok(Stored::New(id))
    })
}

/// A post of a commune by id, whatever its state (the rules decide who sees it).
pub async fn by_id(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<Post>> {
    let sql = format!(
        "SELECT {POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id
         WHERE p.id = $1 AND p.commune_id = $2"
    );
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Post>(&sql)
            .bind(id)
            .bind(commune_id)
            .fetch_optional(pool)
            .await?)
    })
}

/// One feed entry: where it stands in the feed and what it shows.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub item_type: String,
    pub item_id: i64,
}

impl Entry {
    /// The cursor of the page after this entry.
    pub fn cursor(&self) -> FeedCursor {
        FeedCursor {
            at: self.at,
            id: self.id,
        }
    }
}

/// A page of a neighbourhood's feed, newest first, after `after` (exclusive), of one
/// kind or all, leaving out items by `unwanted` authors (those the reader blocked).
pub async fn feed_page(
    db: &Db,
    neighbourhood_id: i64,
    kind: Option<PostKind>,
    after: Option<FeedCursor>,
    limit: i64,
    unwanted: &[i64],
) -> DbResult<Vec<Entry>> {
    // No cursor: from the end of time. Row values keep the keyset one index range.
    let (at, id) = after.map(|c| (c.at, c.id)).unwrap_or((i64::MAX, i64::MAX));
    let of_kind = if kind.is_some() {
        "AND item_kind = $5"
    } else {
        ""
    };
    // Integers from our own blocks table, never text from a request.
    let without = if unwanted.is_empty() {
        String::new()
    } else {
        let list = unwanted
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        format!("AND author_id NOT IN ({list})")
    };
    let sql = format!(
        "SELECT id, at, item_type, item_id FROM feed_entries
         WHERE neighbourhood_id = $1 {of_kind} AND (at, id) < ($2, $3) {without}
         ORDER BY at DESC, id DESC LIMIT $4"
    );
    let kind = kind.map(PostKind::as_str).unwrap_or("");
    with_pool!(db.reader(), |pool| {
        let mut query = sqlx::query_as::<_, Entry>(&sql)
            .bind(neighbourhood_id)
            .bind(at)
            .bind(id)
            .bind(limit);
        if !kind.is_empty() {
            query = query.bind(kind);
        }
        Ok(query.fetch_all(pool).await?)
    })
}

/// The posts of `ids` (a feed page's), in no particular order.
pub async fn by_ids(db: &Db, commune_id: i64, ids: &[i64]) -> DbResult<Vec<Post>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    // The ids are integers from our own feed rows, never text from a request. The
    // commune is checked on the rows found, not in the query: with it there, SQLite's
    // planner walked the commune's index (every post of the city) instead of looking
    // up twenty primary keys (measured by bench/feed at a million posts).
    let sql = format!(
        "SELECT {POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id
         WHERE p.id IN ({list})"
    );
    let found: Vec<Post> = with_pool!(db.reader(), |pool| {
        Ok::<_, crate::DbError>(sqlx::query_as::<_, Post>(&sql).fetch_all(pool).await?)
    })?;
    Ok(found
        .into_iter()
        .filter(|p| p.commune_id == commune_id)
        .collect())
}

/// How much of a post's text a feed card reads: its excerpt is at most 160 characters
/// of it on one line, so a few hundred cover all but texts of mostly blank space.
pub const CARD_TEXT: i64 = 400;

/// A post as a feed's card shows it: no full text, only its start.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PostCard {
    pub id: i64,
    pub commune_id: i64,
    pub neighbourhood_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub kind: Text<PostKind>,
    pub state: Text<PostState>,
    pub title: String,
    /// The first [`CARD_TEXT`] characters of the text, and one more if there are
    /// more (so a reader can tell that it was cut).
    pub text_start: String,
    pub created_at: i64,
    pub comment_count: i64,
    pub thanks_count: i64,
    pub cover_photo: Option<String>,
}

impl PostCard {
    /// Whether `text_start` is not the whole text.
    pub fn text_is_cut(&self) -> bool {
        self.text_start.chars().count() as i64 > CARD_TEXT
    }
}

/// The cards of `ids` (a feed page's), in no particular order: what [`by_ids`] finds,
/// without the texts whole (up to 5,000 characters each, and their HTML, copied for
/// an excerpt of 160), which were most of the feed's statement's cost (bench/feed).
pub async fn cards_by_ids(db: &Db, commune_id: i64, ids: &[i64]) -> DbResult<Vec<PostCard>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // As in `by_ids`: integers from our own feed rows, and the commune checked on the
    // rows found.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql = format!(
        "SELECT p.id, p.commune_id, p.neighbourhood_id, p.author_id,
            u.display_name AS author_name, p.kind, p.state, p.title,
            SUBSTR(p.body, 1, {}) AS text_start, p.created_at, p.comment_count,
            p.thanks_count, p.cover_photo
         FROM posts p JOIN users u ON u.id = p.author_id
         WHERE p.id IN ({list})",
        CARD_TEXT + 1
    );
    let found: Vec<PostCard> = with_pool!(db.reader(), |pool| {
        Ok::<_, crate::DbError>(sqlx::query_as::<_, PostCard>(&sql).fetch_all(pool).await?)
    })?;
    Ok(found
        .into_iter()
        .filter(|p| p.commune_id == commune_id)
        .collect())
}

/// Changes a post's title and body, marking it edited.
pub async fn edit(
    tx: &mut Tx,
    id: i64,
    title: &str,
    body: &str,
    body_html: &str,
    now: i64,
) -> DbResult<()> {
    tx.changed(Change::Post(id));
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE posts SET title = $1, body = $2, body_html = $3, edited_at = $4 WHERE id = $5",
        )
        .bind(title)
        .bind(body)
        .bind(body_html)
        .bind(now)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// Marks an offer or request as done.
pub async fn mark_done(tx: &mut Tx, id: i64) -> DbResult<()> {
    tx.changed(Change::Post(id));
    with_tx!(tx, |conn| {
        sqlx::query("UPDATE posts SET state = 'done' WHERE id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

/// Deletes a post at its author's request: its text is erased at once (only the fact
/// that a post was there stays, for comments' sake), and it leaves every feed. Returns
/// the keys of its photos, whose files the caller removes once this has committed.
pub async fn delete(tx: &mut Tx, id: i64, now: i64) -> DbResult<Vec<String>> {
    tx.changed(Change::Post(id));
    let photos = crate::photos::detach_all(tx, id).await?;
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE posts SET title = '', body = '', body_html = '', deleted_at = $1 WHERE id = $2",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM feed_entries WHERE item_type = $1 AND item_id = $2")
            .bind(POST_ITEM)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        Ok(photos)
    })
}

/// A comment as shown under its post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Comment {
    pub id: i64,
    pub post_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub body: String,
    pub body_html: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub deleted_at: Option<i64>,
    pub hidden_at: Option<i64>,
}

/// Stores a comment and counts it on its post.
pub async fn add_comment(
    tx: &mut Tx,
    post_id: i64,
    author_id: i64,
    body: &str,
    body_html: &str,
    request_key: &str,
    now: i64,
) -> DbResult<Stored> {
    tx.changed(Change::Post(post_id));
    with_tx!(tx, |conn| {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO comments (post_id, author_id, body, body_html, created_at, request_key)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (author_id, request_key) DO NOTHING RETURNING id",
        )
        .bind(post_id)
        .bind(author_id)
        .bind(body)
        .bind(body_html)
        .bind(now)
        .bind(request_key)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(id) = inserted else {
            let id = sqlx::query_scalar(
                "SELECT id FROM comments WHERE author_id = $1 AND request_key = $2",
            )
            .bind(author_id)
            .bind(request_key)
            .fetch_one(&mut *conn)
            .await?;
            return Ok(Stored::Again(id));
        };
        sqlx::query("UPDATE posts SET comment_count = comment_count + 1 WHERE id = $1")
            .bind(post_id)
            .execute(&mut *conn)
            .await?;
        Ok(Stored::New(id))
    })
}

/// A post's comments, oldest first, at most `limit` after comment `after`.
pub async fn comments_of(db: &Db, post_id: i64, after: i64, limit: i64) -> DbResult<Vec<Comment>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Comment>(
            "SELECT c.id, c.post_id, c.author_id, u.display_name AS author_name, c.body, c.body_html,
                c.created_at, c.edited_at, c.deleted_at, c.hidden_at
             FROM comments c JOIN users u ON u.id = c.author_id
             WHERE c.post_id = $1 AND c.id > $2
             ORDER BY c.id LIMIT $3",
        )
        .bind(post_id)
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await?)
    })
}

pub async fn comment_by_id(db: &Db, id: i64) -> DbResult<Option<Comment>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, Comment>(
            "SELECT c.id, c.post_id, c.author_id, u.display_name AS author_name, c.body, c.body_html,
                c.created_at, c.edited_at, c.deleted_at, c.hidden_at
             FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id = $1",
        )
        .bind(id)
        .fetch_optional(pool)
        .await?)
    })
}

pub async fn edit_comment(
    tx: &mut Tx,
    id: i64,
    body: &str,
    body_html: &str,
    now: i64,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("UPDATE comments SET body = $1, body_html = $2, edited_at = $3 WHERE id = $4")
            .bind(body)
            .bind(body_html)
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

/// Deletes a comment: its text is erased, and it no longer counts on its post.
pub async fn delete_comment(tx: &mut Tx, id: i64, post_id: i64, now: i64) -> DbResult<()> {
    tx.changed(Change::Post(post_id));
    with_tx!(tx, |conn| {
        let changed = sqlx::query(
            "UPDATE comments SET body = '', body_html = '', deleted_at = $1
             WHERE id = $2 AND deleted_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if changed == 1 {
            sqlx::query("UPDATE posts SET comment_count = comment_count - 1 WHERE id = $1")
                .bind(post_id)
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    })
}

/// Says "thank you" for a post; `false` if this person had already.
pub async fn thank(tx: &mut Tx, post_id: i64, user_id: i64, now: i64) -> DbResult<bool> {
    tx.changed(Change::Post(post_id));
    with_tx!(tx, |conn| {
        let added = sqlx::query(
            "INSERT INTO post_thanks (post_id, user_id, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (post_id, user_id) DO NOTHING",
        )
        .bind(post_id)
        .bind(user_id)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if added == 1 {
            sqlx::query("UPDATE posts SET thanks_count = thanks_count + 1 WHERE id = $1")
                .bind(post_id)
                .execute(&mut *conn)
                .await?;
        }
        Ok(added == 1)
    })
}

/// Whether `user_id` has thanked for `post_id`.
pub async fn has_thanked(db: &Db, post_id: i64, user_id: i64) -> DbResult<bool> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM post_thanks WHERE post_id = $1 AND user_id = $2",
        )
        .bind(post_id)
        .bind(user_id)
        .fetch_one(pool)
        .await?
            > 0)
    })
}

/// The neighbourhoods next to `neighbourhood_id`.
pub async fn adjacent_to(db: &Db, neighbourhood_id: i64) -> DbResult<Vec<i64>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar(
            "SELECT adjacent_id FROM neighbourhood_adjacency WHERE neighbourhood_id = $1 ORDER BY adjacent_id",
        )
        .bind(neighbourhood_id)
        .fetch_all(pool)
        .await?)
    })
}

/// When `author_id` first posted (a post still there), if ever.
pub async fn first_post_at(db: &Db, author_id: i64) -> DbResult<Option<i64>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_scalar(
            "SELECT MIN(created_at) FROM posts WHERE author_id = $1 AND deleted_at IS NULL",
        )
        .bind(author_id)
        .fetch_one(pool)
        .await?)
    })
}

/// Why a comment was hidden ("" if it is not).
pub async fn comment_hidden_reason(db: &Db, id: i64) -> DbResult<String> {
    with_pool!(db.reader(), |pool| {
        Ok(
            sqlx::query_scalar::<_, String>("SELECT hidden_reason FROM comments WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?
                .unwrap_or_default(),
        )
    })
}
