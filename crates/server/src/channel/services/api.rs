//! The services desk's API: a resident lists the services, opens a thread, reads and
//! writes to their own threads; staff read the commune's queue, answer, assign and
//! close.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_core::service_threads::{State as ThreadState, PAGE};
use gemeng_core::validation::FieldErrors;
use gemeng_db::service_threads::{self as store, Queue, Thread};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{parse_cursor, service_name, Desk, ServiceMessageInput, ServiceThreadInput};
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// A service residents may write to.
#[derive(Serialize, ToSchema)]
pub struct ServiceOut {
    pub id: i64,
    /// In the caller's language if it has one, else the commune's, else the first.
    pub name: String,
    pub description: String,
}

#[derive(Serialize, ToSchema)]
pub struct ServicesOut {
    pub services: Vec<ServiceOut>,
}

/// A thread with a service.
#[derive(Serialize, ToSchema)]
pub struct ServiceThreadOut {
    pub id: i64,
    pub service: i64,
    pub subject: String,
    /// waiting (for the service's answer), answered or closed.
    pub state: String,
    /// Since when it waits (Unix seconds), while waiting.
    pub waiting_since: Option<i64>,
    /// The colleague it is assigned to (only staff see it).
    pub assigned_to: Option<i64>,
    /// The service's messages the resident has not read yet.
    pub unread: i64,
    pub created_at: i64,
    pub last_at: i64,
}

fn thread_out(t: &Thread, staff: bool) -> ServiceThreadOut {
    ServiceThreadOut {
        id: t.id,
        service: t.service_id,
        subject: t.subject.clone(),
        state: t.state.clone(),
        waiting_since: t.waiting_since,
        assigned_to: if staff { t.assigned_to } else { None },
        unread: t.resident_unread,
        created_at: t.created_at,
        last_at: t.last_at,
    }
}

#[derive(Serialize, ToSchema)]
pub struct ServiceThreadsOut {
    pub threads: Vec<ServiceThreadOut>,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
}

/// A message of a thread.
#[derive(Serialize, ToSchema)]
pub struct ServiceMessageOut {
    pub id: i64,
    /// The service's answer (else the resident's word).
    pub from_staff: bool,
    /// The author's display name (empty if their account is gone).
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

/// A thread with its latest messages, oldest first.
#[derive(Serialize, ToSchema)]
pub struct ServiceThreadWithMessages {
    pub thread: ServiceThreadOut,
    pub messages: Vec<ServiceMessageOut>,
    /// Pass as `before` to read the earlier messages; absent when there are none.
    pub before: Option<i64>,
}

async fn visit_as(app: &App, ctx: ApiCtx, slug: &str, action: Action) -> AppResult<ApiVisit> {
    let visit = ApiVisit::load(app, ctx, slug).await?;
    visit.require(action)?;
    Ok(visit)
}

fn desk<'a>(app: &'a App, visit: &'a ApiVisit, staff: bool) -> Desk<'a> {
    Desk {
        app,
        commune: &visit.commune,
        account: visit
            .caller
            .as_ref()
            .expect("a caller with a token (checked by the visit)"),
        staff,
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/services", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The services residents may write to, in the commune's order", body = ServicesOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents write to services", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn services(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<ServicesOut>> {
    let visit = visit_as(&app, ctx, &slug, Action::ReadChannel).await?;
    let services = store::services(&app.db, visit.commune.id, false).await?;
    Ok(Json(ServicesOut {
        services: services
            .iter()
            .map(|s| {
                let (name, description) = service_name(s, visit.tr.language, &visit.commune);
                ServiceOut {
                    id: s.id,
                    name,
                    description,
                }
            })
            .collect(),
    }))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct MineParams {
    /// The `next` of the previous page, to read on.
    #[param(max_length = 41, pattern = r"^[0-9]{1,19}-[0-9]{1,19}$")]
    pub after: Option<String>,
}

fn cursor(given: Option<&str>) -> AppResult<Option<(i64, i64)>> {
    match given {
        None => Ok(None),
        Some(text) => Ok(Some(parse_cursor(text).ok_or_else(|| {
            AppError::Invalid(FieldErrors::single("after", "feed-error-cursor"))
        })?)),
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/service-threads", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug"), MineParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's own threads, the latest active first, 50 at most", body = ServiceThreadsOut),
        (status = 400, description = "A malformed query string", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents write to services", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An `after` that is no page's `next`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn mine(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(params): Query<MineParams>,
) -> AppResult<Json<ServiceThreadsOut>> {
    let visit = visit_as(&app, ctx, &slug, Action::ReadChannel).await?;
    let caller = desk(&app, &visit, false).account.id;
    let after = cursor(params.after.as_deref())?;
    let limit = PAGE as i64;
    let mut threads =
        store::of_resident(&app.db, visit.commune.id, caller, after, limit + 1).await?;
    let more = threads.len() as i64 > limit;
    threads.truncate(PAGE);
    Ok(Json(ServiceThreadsOut {
        next: if more {
            threads.last().map(|t| format!("{}-{}", t.last_at, t.id))
        } else {
            None
        },
        threads: threads.iter().map(|t| thread_out(t, false)).collect(),
    }))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/service-threads", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = ServiceThreadInput,
    responses(
        (status = 201, description = "Opened (for a `request_key` sent before: the thread opened then)", body = ServiceThreadOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents write to services", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown or archived service, an empty or too long subject or message, or too many threads still open", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many threads today or messages this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn open(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<ServiceThreadInput>,
) -> AppResult<(StatusCode, Json<ServiceThreadOut>)> {
    let visit = visit_as(&app, ctx, &slug, Action::ReadChannel).await?;
    let desk = desk(&app, &visit, false);
    let id = desk.open(&input).await?.map_err(AppError::Invalid)?;
    let thread = desk.thread(id).await?;
    Ok((StatusCode::CREATED, Json(thread_out(&thread, false))))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ThreadParams {
    /// The `before` of the previous answer, to read earlier messages.
    #[param(minimum = 1)]
    pub before: Option<i64>,
}

async fn with_messages(
    app: &App,
    desk: &Desk<'_>,
    id: i64,
    before: Option<i64>,
) -> AppResult<ServiceThreadWithMessages> {
    // A message id is 1 or more: anything else is no page's `before`.
    if before.is_some_and(|b| b < 1) {
        return Err(AppError::Invalid(FieldErrors::single(
            "before",
            "feed-error-cursor",
        )));
    }
    let thread = desk.thread(id).await?;
    desk.seen(&thread).await?;
    let limit = PAGE as i64;
    let mut messages = store::messages(&app.db, thread.id, before, limit + 1).await?;
    let more = messages.len() as i64 > limit;
    if more {
        messages.remove(0);
    }
    Ok(ServiceThreadWithMessages {
        thread: thread_out(&thread, desk.staff),
        before: if more {
            messages.first().map(|m| m.id)
        } else {
            None
        },
        messages: messages
            .into_iter()
            .map(|m| ServiceMessageOut {
                id: m.id,
                from_staff: m.from_staff,
                author: m.author_name,
                body: m.body,
                created_at: m.created_at,
            })
            .collect(),
    })
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/service-threads/{inquiry}", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug"), ("inquiry" = i64, Path, description = "The thread's id"), ThreadParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "One of the caller's threads with its latest 50 messages (opening it marks them read)", body = ServiceThreadWithMessages),
        (status = 400, description = "An id or `before` that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A `before` below 1", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents write to services", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no such thread of the caller's", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    Query(params): Query<ThreadParams>,
) -> AppResult<Json<ServiceThreadWithMessages>> {
    let visit = visit_as(&app, ctx, &slug, Action::ReadChannel).await?;
    Ok(Json(
        with_messages(&app, &desk(&app, &visit, false), id, params.before).await?,
    ))
}

async fn write_to(
    app: &App,
    desk: &Desk<'_>,
    id: i64,
    input: &ServiceMessageInput,
) -> AppResult<ServiceMessageOut> {
    let thread = desk.thread(id).await?;
    let message = desk
        .write(&thread, input)
        .await?
        .map_err(AppError::Invalid)?;
    // The message written (then, for a key sent before).
    let (written, _) = store::message_by_id(&app.db, message)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ServiceMessageOut {
        id: written.id,
        from_staff: written.from_staff,
        author: written.author_name,
        body: written.body,
        created_at: written.created_at,
    })
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/service-threads/{inquiry}/messages", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug"), ("inquiry" = i64, Path, description = "The thread's id")),
    security(("bearer" = [])),
    request_body = ServiceMessageInput,
    responses(
        (status = 201, description = "Written (a closed thread opens again); for a `request_key` sent before, the message written then", body = ServiceMessageOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents write to services", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no such thread of the caller's", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An empty or too long message", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many messages this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn write(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<ServiceMessageInput>,
) -> AppResult<(StatusCode, Json<ServiceMessageOut>)> {
    let visit = visit_as(&app, ctx, &slug, Action::ReadChannel).await?;
    let out = write_to(&app, &desk(&app, &visit, false), id, &input).await?;
    Ok((StatusCode::CREATED, Json(out)))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct QueueParams {
    /// waiting (the default: the longest waiting first), answered or closed (the
    /// latest active first).
    #[param(pattern = r"^(waiting|answered|closed)$")]
    pub state: Option<String>,
    /// Only this service's threads.
    pub service: Option<i64>,
    /// Only the threads assigned to the caller.
    pub mine: Option<bool>,
    /// The `next` of the previous page, to read on.
    #[param(max_length = 41, pattern = r"^[0-9]{1,19}-[0-9]{1,19}$")]
    pub after: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/staff/service-threads", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug"), QueueParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The commune's threads in one state, 50 at most", body = ServiceThreadsOut),
        (status = 400, description = "A malformed query string", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff read its services' threads", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown state or an `after` that is no page's `next`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn queue(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(params): Query<QueueParams>,
) -> AppResult<Json<ServiceThreadsOut>> {
    let visit = visit_as(&app, ctx, &slug, Action::SpeakForCommune).await?;
    let caller = desk(&app, &visit, true).account.id;
    let state = match params.state.as_deref() {
        None => ThreadState::Waiting,
        Some(given) => ThreadState::parse(given).ok_or_else(|| {
            AppError::Invalid(FieldErrors::single("state", "service-error-state"))
        })?,
    };
    let after = cursor(params.after.as_deref())?;
    let limit = PAGE as i64;
    let mut threads = store::queue(
        &app.db,
        visit.commune.id,
        Queue {
            state,
            service_id: params.service,
            assigned_to: params.mine.unwrap_or(false).then_some(caller),
        },
        after,
        limit + 1,
    )
    .await?;
    let more = threads.len() as i64 > limit;
    threads.truncate(PAGE);
    Ok(Json(ServiceThreadsOut {
        next: if more {
            threads.last().map(|t| {
                let key = match state {
                    ThreadState::Waiting => t.waiting_since.unwrap_or(0),
                    _ => t.last_at,
                };
                format!("{key}-{}", t.id)
            })
        } else {
            None
        },
        threads: threads.iter().map(|t| thread_out(t, true)).collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/staff/service-threads/{inquiry}", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug"), ("inquiry" = i64, Path, description = "The thread's id"), ThreadParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "A thread of the commune with its latest 50 messages", body = ServiceThreadWithMessages),
        (status = 400, description = "An id or `before` that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A `before` below 1", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff read its services' threads", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or thread", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn staff_show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    Query(params): Query<ThreadParams>,
) -> AppResult<Json<ServiceThreadWithMessages>> {
    let visit = visit_as(&app, ctx, &slug, Action::SpeakForCommune).await?;
    Ok(Json(
        with_messages(&app, &desk(&app, &visit, true), id, params.before).await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/staff/service-threads/{inquiry}/messages", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug"), ("inquiry" = i64, Path, description = "The thread's id")),
    security(("bearer" = [])),
    request_body = ServiceMessageInput,
    responses(
        (status = 201, description = "The service's answer, written (the resident is told as they chose)", body = ServiceMessageOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff answer", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or thread", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An empty or too long message", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many messages this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn answer(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<ServiceMessageInput>,
) -> AppResult<(StatusCode, Json<ServiceMessageOut>)> {
    let visit = visit_as(&app, ctx, &slug, Action::SpeakForCommune).await?;
    let out = write_to(&app, &desk(&app, &visit, true), id, &input).await?;
    Ok((StatusCode::CREATED, Json(out)))
}

/// Whom a thread is assigned to.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ServiceAssignInput {
    /// A colleague's id (staff of this commune), or null for no one.
    #[serde(deserialize_with = "crate::http::api::whole_i64_opt")]
    #[schema(value_type = Option<i64>)]
    pub to: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/staff/service-threads/{inquiry}/assign", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug"), ("inquiry" = i64, Path, description = "The thread's id")),
    security(("bearer" = [])),
    request_body = ServiceAssignInput,
    responses(
        (status = 200, description = "Assigned", body = ServiceThreadOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff assign threads, and not their own", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or thread", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`to` is no colleague of this commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn assign(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<ServiceAssignInput>,
) -> AppResult<Json<ServiceThreadOut>> {
    let visit = visit_as(&app, ctx, &slug, Action::SpeakForCommune).await?;
    let desk = desk(&app, &visit, true);
    let thread = desk.thread(id).await?;
    desk.assign(&thread, input.to)
        .await?
        .map_err(AppError::Invalid)?;
    Ok(Json(thread_out(&desk.thread(id).await?, true)))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/staff/service-threads/{inquiry}/close", tag = "services",
    params(("commune" = String, Path, description = "The commune's slug"), ("inquiry" = i64, Path, description = "The thread's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Closed (or closed already); the resident may still write, which opens it again"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff close threads, and not their own", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or thread", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn close(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let visit = visit_as(&app, ctx, &slug, Action::SpeakForCommune).await?;
    let desk = desk(&app, &visit, true);
    let thread = desk.thread(id).await?;
    desk.close(&thread).await?;
    Ok(StatusCode::NO_CONTENT)
}
