//! Posts' photos: which files of the file store belong to which post, in which order.
//! The bytes are in the store (the server's `storage`); a row here is what makes a
//! file visible, so a file whose row never committed is an orphan the sweep removes.

use serde::Serialize;

use crate::tx::Tx;
use crate::{with_pool, with_tx, Db, DbResult};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct PostPhoto {
    pub id: i64,
    pub post_id: i64,
    pub position: i64,
    pub file_key: String,
    pub width: i64,
    pub height: i64,
}

/// A photo to attach: its file (already in the store) and size.
pub struct NewPhoto<'a> {
    pub file_key: &'a str,
    pub width: u32,
    pub height: u32,
}

/// The key of a photo's thumbnail file, beside the photo's own.
pub fn thumbnail_key(file_key: &str) -> String {
    match file_key.strip_suffix(".jpg") {
        Some(stem) => format!("{stem}-thumb.jpg"),
        None => format!("{file_key}-thumb"),
    }
}

/// The photo key a stored file belongs to (itself, or the photo of a thumbnail).
pub fn owner_key(stored_key: &str) -> String {
    match stored_key.strip_suffix("-thumb.jpg") {
        Some(stem) => format!("{stem}.jpg"),
        None => stored_key.to_string(),
    }
}

/// Attaches photos after the post's last one, and keeps the post's cover (its first
/// photo) and count.
pub async fn attach(tx: &mut Tx, post_id: i64, photos: &[NewPhoto<'_>], now: i64) -> DbResult<()> {
    with_tx!(tx, |conn| {
        let last: Option<i64> =
            sqlx::query_scalar("SELECT MAX(position) FROM post_photos WHERE post_id = $1")
                .bind(post_id)
                .fetch_one(&mut *conn)
                .await?;
        let mut position = last.unwrap_or(0);
        for photo in photos {
            position += 1;
            sqlx::query(
                "INSERT INTO post_photos (post_id, position, file_key, width, height, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(post_id)
            .bind(position)
            .bind(photo.file_key)
            .bind(i64::from(photo.width))
            .bind(i64::from(photo.height))
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
        Ok::<(), crate::DbError>(())
    })?;
    refresh_cover(tx, post_id).await
}

/// Attaches photos as [`attach`] does if the post then has at most `max`; otherwise
/// writes nothing and says `false`. The post's row is locked first, so two changes of
/// the same post at once (on two instances) count one after the other.
pub async fn attach_within(
    tx: &mut Tx,
    post_id: i64,
    photos: &[NewPhoto<'_>],
    max: usize,
    now: i64,
) -> DbResult<bool> {
    tx.lock_row("posts", post_id).await?;
    let count: i64 = with_tx!(tx, |conn| {
        Ok::<i64, crate::DbError>(
            sqlx::query_scalar("SELECT COUNT(*) FROM post_photos WHERE post_id = $1")
                .bind(post_id)
                .fetch_one(&mut *conn)
                .await?,
        )
    })?;
    if count as usize + photos.len() > max {
        return Ok(false);
    }
    if !photos.is_empty() {
        attach(tx, post_id, photos, now).await?;
    }
    Ok(true)
}

/// Detaches the photos of `ids` from the post (others' ids change nothing) and
/// returns their keys, whose files the caller removes once this has committed.
pub async fn detach(tx: &mut Tx, post_id: i64, ids: &[i64]) -> DbResult<Vec<String>> {
    let mut keys = Vec::new();
    with_tx!(tx, |conn| {
        for id in ids {
            let key: Option<String> = sqlx::query_scalar(
                "DELETE FROM post_photos WHERE id = $1 AND post_id = $2 RETURNING file_key",
            )
            .bind(id)
            .bind(post_id)
            .fetch_optional(&mut *conn)
            .await?;
            keys.extend(key);
        }
        Ok::<_, crate::DbError>(())
    })?;
    refresh_cover(tx, post_id).await?;
    Ok(keys)
}

/// Detaches every photo of a post (it is deleted or erased).
pub async fn detach_all(tx: &mut Tx, post_id: i64) -> DbResult<Vec<String>> {
    let keys = with_tx!(tx, |conn| {
        let keys: Vec<String> =
            sqlx::query_scalar("DELETE FROM post_photos WHERE post_id = $1 RETURNING file_key")
                .bind(post_id)
                .fetch_all(&mut *conn)
                .await?;
        Ok::<_, crate::DbError>(keys)
    })?;
    refresh_cover(tx, post_id).await?;
    Ok(keys)
}

async fn refresh_cover(tx: &mut Tx, post_id: i64) -> DbResult<()> {
    // The cover is on the post's card in the feeds.
    tx.changed(crate::tx::Change::Post(post_id));
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE posts SET
                cover_photo = (SELECT file_key FROM post_photos WHERE post_id = $1
                               ORDER BY position LIMIT 1),
                photo_count = (SELECT COUNT(*) FROM post_photos WHERE post_id = $1)
             WHERE id = $1",
        )
        .bind(post_id)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// A post's photos in their order.
pub async fn of_post(db: &Db, post_id: i64) -> DbResult<Vec<PostPhoto>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, PostPhoto>(
            "SELECT id, post_id, position, file_key, width, height FROM post_photos
             WHERE post_id = $1 ORDER BY position",
        )
        .bind(post_id)
        .fetch_all(pool)
        .await?)
    })
}

/// The photo stored under `file_key`, if any.
pub async fn by_key(db: &Db, file_key: &str) -> DbResult<Option<PostPhoto>> {
    with_pool!(db.reader(), |pool| {
        Ok(sqlx::query_as::<_, PostPhoto>(
            "SELECT id, post_id, position, file_key, width, height FROM post_photos
             WHERE file_key = $1",
        )
        .bind(file_key)
        .fetch_optional(pool)
        .await?)
    })
}

/// Which of `keys` (photo keys) have a row.
pub async fn known(db: &Db, keys: &[String]) -> DbResult<Vec<String>> {
    let mut found = Vec::new();
    // In slices, so one statement never carries thousands of parameters.
    for slice in keys.chunks(200) {
        let placeholders = (1..=slice.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(",");
        let sql = format!("SELECT file_key FROM post_photos WHERE file_key IN ({placeholders})");
        let rows: Vec<String> = with_pool!(db.reader(), |pool| {
            let mut query = sqlx::query_scalar(&sql);
            for key in slice {
                query = query.bind(key);
            }
            Ok::<_, crate::DbError>(query.fetch_all(pool).await?)
        })?;
        found.extend(rows);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thumbnail_belongs_to_its_photo() {
        let key = "photos/0123456789abcdef.jpg";
        assert_eq!(thumbnail_key(key), "photos/0123456789abcdef-thumb.jpg");
        assert_eq!(owner_key(&thumbnail_key(key)), key);
        assert_eq!(owner_key(key), key);
        assert_eq!(owner_key("photos/x.partial"), "photos/x.partial");
    }
}
