//! Posts' photos over the API: added one at a time as the request's body (a PNG or
//! JPEG file; Gemeng re-encodes it and keeps none of its bytes or metadata), read with
//! the same token, removed by the post's author.

use axum::body::Bytes;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::posts::{photo_out, PhotoOut};
use super::ApiMember;
use crate::app::App;
use crate::http::api::ApiCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;
use crate::http::upload::{sender, FileLimits, UploadTurn};
use crate::neighbourhood::photos::{self, PostPhotos, PHOTO_BYTES_MAX};

/// A photo file as the request's whole body. Its turn among the uploads read at once
/// is taken before the body is read, so memory stays bounded however many are sent.
pub struct PhotoBody {
    pub bytes: Vec<u8>,
    _turn: UploadTurn,
}

impl FromRequest<App> for PhotoBody {
    type Rejection = AppError;

    async fn from_request(req: Request, app: &App) -> Result<Self, Self::Rejection> {
        let turn = PostPhotos::turn(sender(&req)).await?;
        let bytes = Bytes::from_request(req, app).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::TooLarge
            } else {
                AppError::BadRequest("error-form-malformed")
            }
        })?;
        Ok(PhotoBody {
            bytes: bytes.to_vec(),
            _turn: turn,
        })
    }
}

/// The request body of an upload, for the document: the file's bytes.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct PhotoFile(#[allow(dead_code)] Vec<u8>);

/// The body limit of a photo upload: one file.
pub const BODY_LIMIT: usize = PHOTO_BYTES_MAX;

#[utoipa::path(post, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}/photos", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id")),
    security(("bearer" = [])),
    request_body(content = PhotoFile, content_type = "application/octet-stream", description = "A PNG or JPEG file of at most 10 MB and 8,000 pixels a side"),
    responses(
        (status = 201, description = "Added after the post's other photos", body = PhotoOut),
        (status = 400, description = "An id that is not a number, or a body that could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood, or not the post's author", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The file is larger than 10 MB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not a PNG or JPEG picture, too large in pixels, or the post has four photos", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Another upload of the caller's is being read, or too many photos this hour", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Too many photos being read at once: try again shortly", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn add(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, post_id)): Path<(String, String, i64)>,
    body: PhotoBody,
) -> AppResult<(StatusCode, Json<PhotoOut>)> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let post = place.post_shown(post_id).await?;
    let photo = photos::add(&place, &post, body.bytes)
        .await?
        .map_err(|problem| {
            AppError::Invalid(gemeng_core::validation::FieldErrors::single(
                "photo", problem,
            ))
        })?;
    Ok((
        StatusCode::CREATED,
        Json(photo_out(&member.base(), post.id, &photo)),
    ))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct PhotoParams {
    /// `thumbnail` for the 320-pixel thumbnail; anything else, the photo.
    #[param(max_length = 20)]
    pub size: String,
}

/// The photo `photo_id` of a post the caller may read; any other is "not found".
async fn photo_of(
    app: &App,
    member: &ApiMember,
    post_id: i64,
    photo_id: i64,
) -> AppResult<(gemeng_db::posts::Post, gemeng_db::photos::PostPhoto)> {
    let place = member.place(app);
    let post = place.post_shown(post_id).await?;
    let photo = gemeng_db::photos::of_post(&app.db, post.id)
        .await?
        .into_iter()
        .find(|p| p.id == photo_id)
        .ok_or(AppError::NotFound)?;
    Ok((post, photo))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}/photos/{photo}", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id"), ("photo" = i64, Path, description = "The photo's id"), PhotoParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The JPEG file", content_type = "image/jpeg", body = PhotoFile),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such photo that the caller may see: whoever may not (no token, another neighbourhood, a forged id) learns nothing more", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, post_id, photo_id)): Path<(String, String, i64, i64)>,
    Query(params): Query<PhotoParams>,
) -> AppResult<Response> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let (_, photo) = photo_of(&app, &member, post_id, photo_id).await?;
    photos::bytes(&app, &photo.file_key, params.size == "thumbnail").await
}

#[utoipa::path(delete, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}/photos/{photo}", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id"), ("photo" = i64, Path, description = "The photo's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed, with its files"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood, or not the post's author", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such photo of a post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn remove(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, post_id, photo_id)): Path<(String, String, i64, i64)>,
) -> AppResult<StatusCode> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let (post, photo) = photo_of(&app, &member, post_id, photo_id).await?;
    photos::remove(&member.place(&app), &post, photo.id).await?;
    Ok(StatusCode::NO_CONTENT)
}
