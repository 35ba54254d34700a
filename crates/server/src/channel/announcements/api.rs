//! The announcements' API: anyone reads what they may (the public ones without a
//! token, their neighbourhood's and commune's with a resident's token, all of them
//! with staff's); staff publish, change and withdraw, and read an announcement's reach.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::language::Language;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::announcements::{self as store, Announcement};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{
    audience_of, count_reading, cursor_text, page_for, parse_cursor, readable, version_in,
    AnnouncementInput, Speaker,
};
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// One language's version of an announcement.
#[derive(Serialize, ToSchema)]
pub struct VersionOut {
    /// lb, de, fr, en or pt.
    pub language: String,
    pub title: String,
    pub body: String,
}

/// An announcement over the API.
#[derive(Serialize, ToSchema)]
pub struct AnnouncementOut {
    pub id: i64,
    /// The language of `title` and `body`: the caller's (`Accept-Language`) if written
    /// in it, else the commune's, else the first there is.
    pub language: String,
    pub title: String,
    pub body: String,
    /// Every version, in the language picker's order.
    pub versions: Vec<VersionOut>,
    /// For the whole commune, or only for `neighbourhoods`.
    pub whole_commune: bool,
    pub neighbourhoods: Vec<i64>,
    pub public: bool,
    pub pinned: bool,
    pub publish_at: i64,
    pub expires_at: Option<i64>,
    /// Only staff see withdrawn announcements.
    pub withdrawn: bool,
}

fn out(a: &Announcement, language: Language, visit: &ApiVisit) -> AnnouncementOut {
    let shown = version_in(a, language, &visit.commune);
    AnnouncementOut {
        id: a.id,
        language: shown.map(|v| v.language.clone()).unwrap_or_default(),
        title: shown.map(|v| v.title.clone()).unwrap_or_default(),
        body: shown.map(|v| v.body.clone()).unwrap_or_default(),
        versions: a
            .versions
            .iter()
            .map(|v| VersionOut {
                language: v.language.clone(),
                title: v.title.clone(),
                body: v.body.clone(),
            })
            .collect(),
        whole_commune: a.whole_commune,
        neighbourhoods: a.neighbourhoods.clone(),
        public: a.is_public,
        pinned: a.pinned,
        publish_at: a.publish_at,
        expires_at: a.expires_at,
        withdrawn: a.withdrawn_at.is_some(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct AnnouncementsOut {
    /// Pinned first, then the newest; 20 at most.
    pub announcements: Vec<AnnouncementOut>,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// The `next` of the previous page, to read on.
    #[param(max_length = 60, pattern = r"^[01]\.-?[0-9]{1,19}\.[0-9]{1,19}$")]
    pub after: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/announcements", tag = "announcements",
    params(("commune" = String, Path, description = "The commune's slug"), ListParams),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "What the caller may read: the public announcements without a token, also those for the commune and the resident's neighbourhood with a resident's, every one with staff's", body = AnnouncementsOut),
        (status = 400, description = "A malformed query string", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An `after` that is no page's `next`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(params): Query<ListParams>,
) -> AppResult<Json<AnnouncementsOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    // Absent: the first page. Given, it must be a page's `next` (even empty is not).
    let after =
        match params.after.as_deref() {
            None => None,
            Some(given) => Some(parse_cursor(given).ok_or_else(|| {
                AppError::Invalid(FieldErrors::single("after", "feed-error-cursor"))
            })?),
        };
    let audience = audience_of(visit.caller.as_ref(), &visit.commune);
    let (list, next) = page_for(&app, &visit.commune, audience, after).await?;
    let language = visit.tr.language;
    Ok(Json(AnnouncementsOut {
        announcements: list.iter().map(|a| out(a, language, &visit)).collect(),
        next: next.map(cursor_text),
    }))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/announcements/{announcement}", tag = "announcements",
    params(("commune" = String, Path, description = "The commune's slug"), ("announcement" = i64, Path, description = "The announcement's id")),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The announcement (a resident's reading counts it as read)", body = AnnouncementOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no announcement the caller may read", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<AnnouncementOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let audience = audience_of(visit.caller.as_ref(), &visit.commune);
    let a = readable(&app, &visit.commune, audience, id).await?;
    count_reading(&app, audience, visit.caller.as_ref(), a.id).await?;
    Ok(Json(out(&a, visit.tr.language, &visit)))
}

async fn speaker_visit(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<ApiVisit> {
    let visit = ApiVisit::load(app, ctx, slug).await?;
    visit.require(Action::SpeakForCommune)?;
    Ok(visit)
}

fn speaker_of<'a>(app: &'a App, visit: &'a ApiVisit) -> Speaker<'a> {
    Speaker {
        app,
        commune: &visit.commune,
        staff: visit
            .caller
            .as_ref()
            .expect("staff have a token (checked by the visit)"),
    }
}

async fn written(app: &App, visit: &ApiVisit, id: i64) -> AppResult<AnnouncementOut> {
    let a = store::get(&app.db, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(out(&a, visit.tr.language, visit))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/announcements", tag = "announcements",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = AnnouncementInput,
    responses(
        (status = 201, description = "Published, or scheduled (for a `request_key` sent before: the one written then)", body = AnnouncementOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff publish", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No version, a version half written or too long, an unknown language or neighbourhood, an expiry before publication or a time too far ahead", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many announcements today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn publish(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<AnnouncementInput>,
) -> AppResult<(StatusCode, Json<AnnouncementOut>)> {
    let visit = speaker_visit(&app, ctx, &slug).await?;
    let id = speaker_of(&app, &visit)
        .publish(&input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(written(&app, &visit, id).await?)))
}

#[utoipa::path(put, path = "/api/v1/communes/{commune}/announcements/{announcement}", tag = "announcements",
    params(("commune" = String, Path, description = "The commune's slug"), ("announcement" = i64, Path, description = "The announcement's id")),
    security(("bearer" = [])),
    request_body = AnnouncementInput,
    responses(
        (status = 200, description = "Changed: versions, audience, options and times are replaced by the body's", body = AnnouncementOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff change announcements", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or announcement", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What publishing refuses", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many announcements today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn change(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<AnnouncementInput>,
) -> AppResult<Json<AnnouncementOut>> {
    let visit = speaker_visit(&app, ctx, &slug).await?;
    speaker_of(&app, &visit)
        .change(id, &input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok(Json(written(&app, &visit, id).await?))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/announcements/{announcement}/withdraw", tag = "announcements",
    params(("commune" = String, Path, description = "The commune's slug"), ("announcement" = i64, Path, description = "The announcement's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Withdrawn (or withdrawn already): it shows nowhere any more"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff withdraw announcements", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or announcement", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn withdraw(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let visit = speaker_visit(&app, ctx, &slug).await?;
    speaker_of(&app, &visit).withdraw(id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// How far an announcement reached.
#[derive(Serialize, ToSchema)]
pub struct ReachOut {
    /// Residents who opened it (each once).
    pub read: i64,
    /// Its e-mails the SMTP server took (digests not counted).
    pub delivered: i64,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/announcements/{announcement}/reach", tag = "announcements",
    params(("commune" = String, Path, description = "The commune's slug"), ("announcement" = i64, Path, description = "The announcement's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "How many residents read it, and how many of its e-mails were delivered", body = ReachOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff see the reach", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or announcement", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn reach(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<ReachOut>> {
    let visit = speaker_visit(&app, ctx, &slug).await?;
    store::get(&app.db, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let reach = store::reach(&app.db, id).await?;
    Ok(Json(ReachOut {
        read: reach.read,
        delivered: reach.delivered,
    }))
}
