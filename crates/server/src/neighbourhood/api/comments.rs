//! Answers to posts over the API: writing, changing and deleting one's own.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::posts::{comment_out, CommentOut};
use super::ApiMember;
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;
use crate::neighbourhood::posts::CommentInput;

#[utoipa::path(post, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}/comments", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id")),
    security(("bearer" = [])),
    request_body = CommentInput,
    responses(
        (status = 201, description = "Answered (or, for a `request_key` sent before, the answer made then); the author is told as they chose", body = CommentOut),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The post takes no more answers (done, hidden)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The text breaks a rule", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many answers this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, post_id)): Path<(String, String, i64)>,
    ApiJson(input): ApiJson<CommentInput>,
) -> AppResult<(StatusCode, Json<CommentOut>)> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let post = place.post_shown(post_id).await?;
    let id = place
        .comment(&post, &input)
        .await?
        .map_err(AppError::Invalid)?;
    let comment = place.comment_of(&post, id).await?;
    Ok((StatusCode::CREATED, Json(comment_out(comment))))
}

/// A changed answer: its new text.
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct CommentEdit {
    pub body: String,
}

#[utoipa::path(put, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}/comments/{comment}", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id"), ("comment" = i64, Path, description = "The answer's id")),
    security(("bearer" = [])),
    request_body = CommentEdit,
    responses(
        (status = 200, description = "Changed (and marked as changed)", body = CommentOut),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood, or not the answer's author", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such answer under a post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The text breaks a rule", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn edit(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, post_id, id)): Path<(String, String, i64, i64)>,
    ApiJson(input): ApiJson<CommentEdit>,
) -> AppResult<Json<CommentOut>> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let post = place.post_shown(post_id).await?;
    let comment = place.comment_of(&post, id).await?;
    let input = CommentInput {
        body: input.body,
        request_key: String::new(),
    };
    place
        .edit_comment(&comment, &input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok(Json(comment_out(place.comment_of(&post, id).await?)))
}

#[utoipa::path(delete, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}/comments/{comment}", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id"), ("comment" = i64, Path, description = "The answer's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood, or not the answer's author", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such answer under a post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn delete(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, post_id, id)): Path<(String, String, i64, i64)>,
) -> AppResult<StatusCode> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let post = place.post_shown(post_id).await?;
    let comment = place.comment_of(&post, id).await?;
    place.delete_comment(&comment).await?;
    Ok(StatusCode::NO_CONTENT)
}
