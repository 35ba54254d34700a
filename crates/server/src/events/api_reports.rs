//! Reports from an event day's rooms in the API: participants report, judges (the
//! organisers, a stand's staff) list and decide.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::reports::{Reported, Verdict};
use super::Participant;
use crate::app::App;
use crate::http::api::{whole_i64, ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// A report of something said at an event.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct EventReportInput {
    /// `lounge` (a lounge message), `question` (a stand's question) or `private` (a
    /// message of one's private chat).
    pub item: String,
    /// The stand (a question) or the chat (a private message) it was said in; 0 for
    /// the lounge.
    #[serde(deserialize_with = "whole_i64")]
    #[schema(value_type = i64)]
    pub within: i64,
    /// The message's or question's id.
    #[serde(deserialize_with = "whole_i64")]
    #[schema(value_type = i64)]
    pub id: i64,
    /// spam, abuse, personal-data, illegal or other.
    #[schema(max_length = 32)]
    pub reason: String,
    /// Needed for `other`; at most 500 characters.
    #[schema(max_length = 500)]
    pub details: String,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/reports", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    request_body = EventReportInput,
    responses(
        (status = 204, description = "Reported (again while one's report is open: nothing new); the author is not told who reported"),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event, room or item the caller reads (registered participants read the lounge and the stands, a chat's two people the chat)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason, one's own words, details missing for `other`, too long or with hidden characters", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "More than 20 reports in an hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn report(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<EventReportInput>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    let what = Reported::parse(&input.item, input.within).ok_or(AppError::NotFound)?;
    super::reports::report(
        &app,
        &visit.commune,
        Participant::Account(account),
        id,
        (what, input.id),
        (&input.reason, &input.details),
    )
    .await?
    .map_err(AppError::Invalid)?;
    Ok(StatusCode::NO_CONTENT)
}

/// An open report, as its judges see it (never who made it).
#[derive(Serialize, ToSchema)]
pub struct EventReportOut {
    pub id: i64,
    /// `lounge`, `question` or `private`.
    pub item: String,
    pub item_id: i64,
    /// A question's stand.
    pub stand: Option<i64>,
    /// The author's name.
    pub author: String,
    /// The reported words, as they were when reported.
    pub excerpt: String,
    pub reason: String,
    pub details: String,
    /// Unix seconds.
    pub created_at: i64,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/events/{event}/reports", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The open reports the caller judges (an organiser: all; a stand's staff: their stand's questions), the oldest first, at most 200", body = [EventReportOut]),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or event; or the caller is neither an organiser nor a stand's staff", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn reports(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<Vec<EventReportOut>>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    let (_, _, reports) = super::reports::queue(&app, &visit.commune, account, id).await?;
    Ok(Json(
        reports
            .into_iter()
            .map(|r| EventReportOut {
                id: r.id,
                item: r.item_type,
                item_id: r.item_id,
                stand: r.stand_id,
                author: r.author,
                excerpt: r.excerpt,
                reason: r.reason,
                details: r.details,
                created_at: r.created_at,
            })
            .collect(),
    ))
}

/// A decision on a report.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct EventDecisionInput {
    /// `hide` (a lounge message or a question), `mute` (the author, for the rest of
    /// the day: everywhere for an organiser, at the stand for its staff) or `dismiss`.
    #[schema(max_length = 16)]
    pub decision: String,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/reports/{report}/decision", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("report" = i64, Path, description = "The report's id")),
    security(("bearer" = [])),
    request_body = EventDecisionInput,
    responses(
        (status = 204, description = "Done: every open report of the item closed, in the audit log"),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event or open report the caller judges", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not done: `event-report-error-private` (a private message is not hidden: mute its author), `mute-refused-oneself`, `mute-refused-organiser` or `mute-refused-staff`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A decision that is not hide, mute or dismiss", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn decide(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, report)): Path<(String, i64, i64)>,
    ApiJson(input): ApiJson<EventDecisionInput>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    let verdict = Verdict::parse(&input.decision).ok_or_else(|| {
        AppError::Invalid(gemeng_core::validation::FieldErrors::single(
            "decision",
            "event-report-error-decision",
        ))
    })?;
    super::reports::decide(&app, &visit.commune, account, (id, report), verdict)
        .await?
        .map_err(AppError::Conflict)?;
    Ok(StatusCode::NO_CONTENT)
}
