//! Posts' photos: uploads re-encoded (`http::images`), kept in the file store under
//! fresh random keys, attached to their post in the same transaction as the post, and
//! served only to those who may read the post. Files are written before the
//! transaction; if it fails they are removed at once, and if the process dies between
//! the two, the sweep removes files that no row names.

use std::time::{Duration, SystemTime};

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use gemeng_db::photos::{self, owner_key, thumbnail_key};
use rand::Rng;
use tokio::sync::Semaphore;

use gemeng_db::posts::Post;

use super::posts::Place;
use crate::app::App;
use crate::http::context::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::http::images::{self, Photo};
use crate::http::upload::{FileLimits, UploadTurn};

/// The largest photo file accepted: a phone's photo is 2 to 6 MB.
pub const PHOTO_BYTES_MAX: usize = 10 * 1024 * 1024;
/// The body limit of forms that carry photos: four of them and the text.
pub const PHOTO_FORM_LIMIT: usize = gemeng_core::posts::PHOTOS_MAX * PHOTO_BYTES_MAX + 1024 * 1024;
/// Forms with photos read at once: each may hold 40 MB in memory while it is read.
static UPLOADS: Semaphore = Semaphore::const_new(3);
/// Who is sending photos now: one form or upload at a time per person.
static UPLOADING: std::sync::Mutex<std::collections::BTreeSet<i64>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());
/// How long a form with photos waits for its turn.
const UPLOAD_WAIT: Duration = Duration::from_secs(20);
/// A file younger than this may belong to a post being written: the sweep spares it.
const ORPHAN_AGE: Duration = Duration::from_secs(3600);

/// A post's form: its text, and up to four photos.
pub struct PostPhotos;

impl FileLimits for PostPhotos {
    const FIELD: &'static str = "photo";
    const MAX_FILES: usize = gemeng_core::posts::PHOTOS_MAX;
    const MAX_BYTES: usize = PHOTO_BYTES_MAX;

    async fn turn(person: Option<i64>) -> AppResult<UploadTurn> {
        UploadTurn::take(&UPLOADS, &UPLOADING, person, UPLOAD_WAIT).await
    }
}

/// A photo in the store, not yet attached.
pub struct StoredPhoto {
    pub key: String,
    pub width: u32,
    pub height: u32,
}

fn fresh_key() -> String {
    let bytes: [u8; 16] = rand::thread_rng().gen();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("photos/{hex}.jpg")
}

/// Re-encodes every upload, then stores them; on the first that is not a usable
/// picture, nothing is kept and its message id (and position, from 1) is returned.
pub async fn store(
    app: &App,
    uploads: Vec<Vec<u8>>,
) -> AppResult<Result<Vec<StoredPhoto>, (usize, &'static str)>> {
    let mut encoded: Vec<Photo> = Vec::with_capacity(uploads.len());
    for (i, upload) in uploads.into_iter().enumerate() {
        match images::reencode_photo(upload).await {
            Ok(photo) => encoded.push(photo),
            Err(problem) => return Ok(Err((i + 1, problem))),
        }
    }
    let mut stored = Vec::with_capacity(encoded.len());
    for photo in encoded {
        let key = fresh_key();
        let written = async {
            app.files.put(&key, photo.jpeg).await?;
            app.files.put(&thumbnail_key(&key), photo.thumbnail).await
        }
        .await;
        if let Err(e) = written {
            stored.push(StoredPhoto {
                key,
                width: 0,
                height: 0,
            });
            let keys: Vec<String> = stored.into_iter().map(|p| p.key).collect();
            discard(app, keys).await;
            return Err(AppError::Internal(e.into()));
        }
        stored.push(StoredPhoto {
            key,
            width: photo.width,
            height: photo.height,
        });
    }
    Ok(Ok(stored))
}

/// Removes photos' files (and their thumbnails). A failure is logged: the sweep will
/// find the file again, since no row names it.
pub async fn discard(app: &App, keys: Vec<String>) {
    for key in keys {
        for file in [thumbnail_key(&key), key] {
            if let Err(e) = app.files.delete(&file).await {
                tracing::warn!(error = %e, file, "removing a photo file failed; the sweep will retry");
            }
        }
    }
}

/// Removes files that no photo row names and that are older than an hour (a post
/// whose transaction failed while the process died, an erased account's photos).
pub async fn sweep(app: &App) -> anyhow::Result<usize> {
    let before = SystemTime::now() - ORPHAN_AGE;
    let files = app.files.keys_older_than("photos", before).await?;
    let mut removed = 0;
    for slice in files.chunks(500) {
        let owners: Vec<String> = slice.iter().map(|f| owner_key(f)).collect();
        let known = photos::known(&app.db, &owners).await?;
        for (file, owner) in slice.iter().zip(&owners) {
            if !known.contains(owner) {
                app.files.delete(file).await?;
                removed += 1;
            }
        }
    }
    Ok(removed)
}

/// Adds one photo to a post of the caller's (the API adds them one by one), within
/// [`gemeng_core::posts::PHOTOS_MAX`]; the photo, or what is wrong with it. As when a
/// post is written, a failure leaves no file behind.
pub async fn add(
    place: &Place<'_>,
    post: &Post,
    upload: Vec<u8>,
) -> AppResult<Result<photos::PostPhoto, &'static str>> {
    if !gemeng_core::posts::may_edit(&place.reader(), &super::posts::facts(post)) {
        return Err(AppError::Forbidden);
    }
    if post.photo_count >= gemeng_core::posts::PHOTOS_MAX as i64 {
        return Ok(Err("post-error-photos-too-many"));
    }
    crate::http::auth::rate_limit(
        place.app,
        &format!("photos:{}", place.account.id),
        3600,
        gemeng_core::posts::PHOTOS_PER_HOUR,
    )
    .await?;
    let stored = match store(place.app, vec![upload]).await? {
        Ok(stored) => stored,
        Err((_, problem)) => return Ok(Err(problem)),
    };
    let keys: Vec<String> = stored.iter().map(|p| p.key.clone()).collect();
    let written = async {
        let mut tx = place.app.begin().await?;
        super::posts::attach(&mut tx, post.id, &stored).await?;
        place.app.commit(tx).await?;
        Ok::<_, AppError>(())
    }
    .await;
    match written {
        Ok(()) => {}
        // Another change of the post filled it meanwhile: nothing was written.
        Err(AppError::Invalid(_)) => {
            discard(place.app, keys).await;
            return Ok(Err("post-error-photos-too-many"));
        }
        Err(e) => {
            discard(place.app, keys).await;
            return Err(e);
        }
    }
    Ok(Ok(photos::by_key(&place.app.db, &keys[0])
        .await?
        .ok_or(AppError::NotFound)?))
}

/// Removes a photo of a post of the caller's; another post's photo is "not found".
pub async fn remove(place: &Place<'_>, post: &Post, photo_id: i64) -> AppResult<()> {
    if !gemeng_core::posts::may_edit(&place.reader(), &super::posts::facts(post)) {
        return Err(AppError::Forbidden);
    }
    let mut tx = place.app.begin().await?;
    let removed = photos::detach(&mut tx, post.id, &[photo_id]).await?;
    place.app.commit(tx).await?;
    if removed.is_empty() {
        return Err(AppError::NotFound);
    }
    discard(place.app, removed).await;
    Ok(())
}

/// A photo's file (or its thumbnail's), for whoever may read its post.
pub async fn bytes(app: &App, file_key: &str, thumbnail: bool) -> AppResult<Response> {
    let file = if thumbnail {
        thumbnail_key(file_key)
    } else {
        file_key.to_string()
    };
    let bytes = app
        .files
        .get(&file)
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/jpeg"),
            // A photo never changes under its key; only this browser keeps it.
            (header::CACHE_CONTROL, "private, max-age=604800, immutable"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        bytes,
    )
        .into_response())
}

/// Serves a photo (`NAME.jpg`) or its thumbnail (`NAME-thumb.jpg`) to whoever may
/// read its post here; to anyone else, and for any other name, "not found".
pub async fn serve(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, name)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let member = super::web::Member::load(&app, ctx, &slug, &nb).await?;
    let file = format!("photos/{name}");
    if !crate::storage::is_valid_key(&file) {
        return Err(AppError::NotFound);
    }
    let photo = photos::by_key(&app.db, &owner_key(&file))
        .await?
        .ok_or(AppError::NotFound)?;
    // The post's own rule: a photo is seen exactly by those who read its post.
    member.place().post(photo.post_id).await?;
    // The row names the photo; the path may name it or its thumbnail.
    bytes(&app, &file, false).await
}
