//! The feed and posts over the API: reading, publishing, changing, deleting, thanking
//! and marking done. A post another neighbourhood cannot read, or by someone the
//! caller blocked, answers 404 as if it did not exist.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::posts::{FeedCursor, PostKind};
use gemeng_core::validation::FieldErrors;
use gemeng_db::photos::PostPhoto;
use gemeng_db::posts::{Comment, Post};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiMember;
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;
use crate::http::text::excerpt;
use crate::neighbourhood::posts::{Abilities, EditInput, Place, PostInput};

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct FeedParams {
    /// Only posts of this kind: information, offer-service, request-service, give,
    /// lend, borrow, offer-help or request-help.
    pub kind: String,
    /// The `next` of the previous page, to read on.
    #[param(max_length = 41)]
    pub after: String,
}

/// A post as the feed lists it.
#[derive(Serialize, ToSchema)]
pub struct PostSummary {
    pub id: i64,
    pub kind: String,
    /// neighbourhood, adjacent or commune.
    pub audience: String,
    /// open or done.
    pub state: String,
    pub title: String,
    /// The text's first 160 characters.
    pub excerpt: String,
    pub author_id: i64,
    pub author_name: String,
    /// Seconds since 1970 (UTC).
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub comment_count: i64,
    pub thanks_count: i64,
    pub photo_count: i64,
    /// Written in another neighbourhood (an adjacent one, or for the whole commune).
    pub from_elsewhere: bool,
    /// The post's own path in this API.
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct FeedOut {
    /// Newest first, 20 at most.
    pub posts: Vec<PostSummary>,
    /// The neighbourhood's activities published among these posts (or, for the
    /// neighbourhoods next door, for them too), newest published first: with the posts
    /// they make the page, ordered by `published_at` and `created_at`.
    pub activities: Vec<FeedActivityOut>,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
}

/// A neighbourhood's activity as the feed lists it (its page is in the activities' API).
#[derive(Serialize, ToSchema)]
pub struct FeedActivityOut {
    pub id: i64,
    /// As the activities' API names kinds (neighbourhood_activity, language_cafe…).
    pub kind: String,
    /// In the caller's language, else the commune's, else the first there is.
    pub title: String,
    /// The first session's start, seconds since 1970 (UTC).
    pub first_starts_at: i64,
    /// When it was published (its place in the feed).
    pub published_at: i64,
    /// Written for another neighbourhood next door (an adjacent audience).
    pub from_elsewhere: bool,
    /// The activity's own path in this API.
    pub url: String,
}

/// An answer under a post.
#[derive(Serialize, ToSchema)]
pub struct CommentOut {
    pub id: i64,
    pub author_id: i64,
    pub author_name: String,
    /// The text as typed.
    pub body: String,
    /// The text as pages show it: escaped, links made safe.
    pub body_html: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
}

/// A photo of a post: JPEG files re-encoded by Gemeng, no metadata.
#[derive(Serialize, ToSchema)]
pub struct PhotoOut {
    pub id: i64,
    pub width: i64,
    pub height: i64,
    /// The photo (at most 1,600 pixels a side), with the same token.
    pub url: String,
    /// Its thumbnail (320 pixels on the longer side).
    pub thumbnail_url: String,
}

/// What the caller may do with the post.
#[derive(Serialize, ToSchema)]
pub struct AbilitiesOut {
    pub comment: bool,
    pub thank: bool,
    pub edit: bool,
    pub mark_done: bool,
    pub report: bool,
    pub write_to_author: bool,
}

#[derive(Serialize, ToSchema)]
pub struct PostDetail {
    #[serde(flatten)]
    pub summary: PostSummary,
    /// The text as typed.
    pub body: String,
    /// The text as pages show it: escaped, lines kept, links made safe.
    pub body_html: String,
    pub photos: Vec<PhotoOut>,
    /// The oldest first (200 at most); those hidden, deleted, or by people the caller
    /// blocked are left out.
    pub comments: Vec<CommentOut>,
    pub can: AbilitiesOut,
}

pub fn summary(base: &str, here: i64, post: &Post) -> PostSummary {
    PostSummary {
        id: post.id,
        kind: post.kind.as_str().to_string(),
        audience: post.audience.as_str().to_string(),
        state: post.state.as_str().to_string(),
        title: post.title.clone(),
        excerpt: excerpt(&post.body, 160),
        author_id: post.author_id,
        author_name: post.author_name.clone(),
        created_at: post.created_at,
        edited_at: post.edited_at,
        comment_count: post.comment_count,
        thanks_count: post.thanks_count,
        photo_count: post.photo_count,
        from_elsewhere: post.neighbourhood_id != here,
        url: format!("{base}/posts/{}", post.id),
    }
}

pub fn comment_out(comment: Comment) -> CommentOut {
    CommentOut {
        id: comment.id,
        author_id: comment.author_id,
        author_name: comment.author_name,
        body: comment.body,
        body_html: comment.body_html,
        created_at: comment.created_at,
        edited_at: comment.edited_at,
    }
}

pub fn photo_out(base: &str, post_id: i64, photo: &PostPhoto) -> PhotoOut {
    let url = format!("{base}/posts/{post_id}/photos/{}", photo.id);
    PhotoOut {
        id: photo.id,
        width: photo.width,
        height: photo.height,
        thumbnail_url: format!("{url}?size=thumbnail"),
        url,
    }
}

fn abilities_out(can: Abilities) -> AbilitiesOut {
    AbilitiesOut {
        comment: can.comment,
        thank: can.thank,
        edit: can.edit,
        mark_done: can.mark_done,
        report: can.report,
        write_to_author: can.write,
    }
}

/// The whole post, as `GET …/posts/{post}` answers.
pub async fn detail(member: &ApiMember, place: &Place<'_>, post: Post) -> AppResult<PostDetail> {
    let app = place.app;
    let base = member.base();
    let can = place.abilities(&post).await?;
    let comments = place
        .comments_shown(&post)
        .await?
        .into_iter()
        .map(comment_out)
        .collect();
    let photos = if post.photo_count > 0 {
        gemeng_db::photos::of_post(&app.db, post.id)
            .await?
            .iter()
            .map(|p| photo_out(&base, post.id, p))
            .collect()
    } else {
        Vec::new()
    };
    Ok(PostDetail {
        summary: summary(&base, member.neighbourhood.id, &post),
        body: post.body,
        body_html: post.body_html,
        photos,
        comments,
        can: abilities_out(can),
    })
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/feed", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), FeedParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "A page of the neighbourhood's feed, newest first", body = FeedOut),
        (status = 400, description = "A malformed query string (a parameter repeated)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown kind, or an `after` this API did not write", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn feed(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb)): Path<(String, String)>,
    Query(params): Query<FeedParams>,
) -> AppResult<Json<FeedOut>> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    // A parameter that reads but means nothing is the caller's mistake in a field.
    let invalid = |field: &'static str, message: &'static str| {
        AppError::Invalid(FieldErrors::single(field, message))
    };
    let kind = match params.kind.trim() {
        "" => None,
        given => Some(PostKind::parse(given).ok_or_else(|| invalid("kind", "post-error-kind"))?),
    };
    let after = match params.after.trim() {
        "" => None,
        given => Some(FeedCursor::parse(given).map_err(|m| invalid("after", m))?),
    };
    let place = member.place(&app);
    let page = place.feed(kind, after).await?;
    let base = member.base();
    Ok(Json(FeedOut {
        posts: page
            .items
            .iter()
            .map(|p| summary(&base, member.neighbourhood.id, p))
            .collect(),
        activities: page
            .activities
            .iter()
            .map(|a| FeedActivityOut {
                id: a.id,
                kind: a.kind.clone(),
                title: crate::activities::version_in(
                    a,
                    member.visit.tr.language,
                    &member.visit.commune,
                )
                .map(|v| v.title.clone())
                .unwrap_or_default(),
                first_starts_at: a.first_starts_at,
                published_at: a.created_at,
                from_elsewhere: a.neighbourhood_id != Some(member.neighbourhood.id),
                url: format!(
                    "/api/v1/communes/{}/activities/{}",
                    member.visit.commune.slug, a.id
                ),
            })
            .collect(),
        next: page.next.map(|c| c.encode()),
    }))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug")),
    security(("bearer" = [])),
    request_body = PostInput,
    responses(
        (status = 201, description = "Published (or, for a `request_key` sent before, the post made then); add photos with `POST …/posts/{post}/photos`", body = PostDetail),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The post breaks a rule; `errors` says which field and why", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many posts this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn publish(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb)): Path<(String, String)>,
    ApiJson(input): ApiJson<PostInput>,
) -> AppResult<(StatusCode, Json<PostDetail>)> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let id = place
        .publish(&input, Vec::new())
        .await?
        .map_err(AppError::Invalid)?;
    let post = place.post(id).await?;
    Ok((
        StatusCode::CREATED,
        Json(detail(&member, &place, post).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The post with its photos and answers", body = PostDetail),
        (status = 400, description = "The post's id is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
) -> AppResult<Json<PostDetail>> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let post = place.post_shown(id).await?;
    Ok(Json(detail(&member, &place, post).await?))
}

#[utoipa::path(put, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id")),
    security(("bearer" = [])),
    request_body = EditInput,
    responses(
        (status = 200, description = "Changed (and marked as changed)", body = PostDetail),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood, or not the post's author", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The title or text breaks a rule", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn edit(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
    ApiJson(input): ApiJson<EditInput>,
) -> AppResult<Json<PostDetail>> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let post = place.post_shown(id).await?;
    place
        .edit(&post, &input, Vec::new(), &[])
        .await?
        .map_err(AppError::Invalid)?;
    let post = place.post(id).await?;
    Ok(Json(detail(&member, &place, post).await?))
}

#[utoipa::path(delete, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Deleted, with its photos"),
        (status = 400, description = "The post's id is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood, or not the post's author", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn delete(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let post = place.post_shown(id).await?;
    place.delete(&post).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}/done", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Marked done (an offer taken, a request met)", body = PostSummary),
        (status = 400, description = "The post's id is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not the author's open offer or request", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn mark_done(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
) -> AppResult<Json<PostSummary>> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let post = place.post_shown(id).await?;
    place.mark_done(&post).await?;
    let post = place.post(id).await?;
    Ok(Json(summary(
        &member.base(),
        member.neighbourhood.id,
        &post,
    )))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/posts/{post}/thanks", tag = "posts",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), ("post" = i64, Path, description = "The post's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Thanked (a second thanks changes nothing)"),
        (status = 400, description = "The post's id is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such post that reaches this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "One's own post, or one that takes no thanks", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many thanks this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn thank(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    let member = ApiMember::load(&app, ctx, &slug, &nb).await?;
    let place = member.place(&app);
    let post = place.post_shown(id).await?;
    place.thank(&post).await?;
    Ok(StatusCode::NO_CONTENT)
}
