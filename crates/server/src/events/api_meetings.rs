//! "Meet someone" and private chats in the API: ask, see where one's request stands
//! and one's chats, withdraw; read and write in a chat of one's own.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::events::lounge::{private_chat_open, PRIVATE_CHAT_SECONDS};
use gemeng_core::permissions::Action;
use gemeng_db::event_meetings::ChatRow;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::api::{LiveTextInput, LoungeMessageOut, LoungeParams, QuestionAskedOut};
use super::meetings::Request;
use super::Participant;
use crate::app::{now, App};
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// A private chat of the caller's.
#[derive(Serialize, ToSchema)]
pub struct ChatOut {
    pub id: i64,
    /// The other person's name.
    pub with: String,
    /// The language they were paired in: lb, de, fr, en or pt.
    pub language: String,
    /// Unix seconds; the chat takes messages for five minutes from then.
    pub started_at: i64,
    pub closes_at: i64,
    pub open: bool,
}

fn chat_out(chat: &ChatRow, place: i64, at: i64) -> ChatOut {
    ChatOut {
        id: chat.id,
        with: chat.partner_of(place).to_string(),
        language: chat.language.clone(),
        started_at: chat.started_at,
        closes_at: chat.started_at + PRIVATE_CHAT_SECONDS,
        open: private_chat_open(chat.started_at, at),
    }
}

/// Where the caller's "meet someone" stands.
#[derive(Serialize, ToSchema)]
pub struct MeetingOut {
    /// `none`, `waiting` (for the round to end), `paired` (see `chat`) or `unpaired`
    /// (nobody was free for three rounds: ask again).
    pub state: String,
    /// When the waiting request was made (Unix seconds).
    pub asked_at: Option<i64>,
    /// The chat the last pairing opened.
    pub chat: Option<i64>,
    /// The languages of the last request.
    pub languages: Vec<String>,
    /// All the caller's chats at the event, the latest first.
    pub chats: Vec<ChatOut>,
}

async fn meeting_out(app: &App, visit: &ApiVisit, id: i64) -> AppResult<MeetingOut> {
    let account = visit.require(Action::JoinEvents)?;
    let (_, _, place, meeting) =
        super::meetings::status(app, &visit.commune, Participant::Account(account), id).await?;
    let at = now();
    Ok(MeetingOut {
        state: meeting.request.state().to_string(),
        asked_at: match meeting.request {
            Request::Waiting { asked_at } => Some(asked_at),
            _ => None,
        },
        chat: match meeting.request {
            Request::Paired { chat } => Some(chat),
            _ => None,
        },
        languages: meeting
            .languages
            .iter()
            .map(|l| l.code().to_string())
            .collect(),
        chats: meeting
            .chats
            .iter()
            .map(|c| chat_out(c, place, at))
            .collect(),
    })
}

/// A request to meet someone.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct MeetInput {
    /// The languages the caller can chat in: lb, de, fr, en or pt, at least one.
    #[schema(max_items = 5)]
    pub languages: Vec<String>,
    /// The one they would rather speak, among `languages`.
    pub preferred: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/meeting", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    request_body = MeetInput,
    responses(
        (status = 200, description = "Waiting for the round (each minute) to pair the caller with someone who asked in the same minute and speaks one of the languages; asking while waiting keeps the first request", body = MeetingOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no event the caller may see", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not registered; muted; no language, an unknown one, or a preferred one not among them", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "More than 20 requests in an hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn meet(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<MeetInput>,
) -> AppResult<Json<MeetingOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    if input.languages.len() > 5 {
        return Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single(
                "languages",
                "meet-error-unknown-language",
            ),
        ));
    }
    let languages: Vec<&str> = input.languages.iter().map(String::as_str).collect();
    super::meetings::ask(
        &app,
        &visit.commune,
        Participant::Account(account),
        id,
        &languages,
        input.preferred.as_deref(),
    )
    .await?
    .map_err(AppError::Invalid)?;
    Ok(Json(meeting_out(&app, &visit, id).await?))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/events/{event}/meeting", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Where the caller's request stands, and their chats", body = MeetingOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or event the caller may see, or the caller is not registered", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn meeting(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<MeetingOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    Ok(Json(meeting_out(&app, &visit, id).await?))
}

#[utoipa::path(delete, path = "/api/v1/communes/{commune}/events/{event}/meeting", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "No longer waiting (a round that paired the caller just before stands: see `state`)", body = MeetingOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or event the caller may see, or the caller is not registered", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn withdraw(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<MeetingOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    super::meetings::withdraw(&app, &visit.commune, Participant::Account(account), id).await?;
    Ok(Json(meeting_out(&app, &visit, id).await?))
}

/// A private chat and its messages.
#[derive(Serialize, ToSchema)]
pub struct ChatMessagesOut {
    pub chat: ChatOut,
    /// The oldest first, at most 200.
    pub messages: Vec<LoungeMessageOut>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/events/{event}/chats/{chat}", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("chat" = i64, Path, description = "The chat's id"), LoungeParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The chat and its messages (after `after`)", body = ChatMessagesOut),
        (status = 400, description = "An id or `after` that is not a whole number within 64 bits", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event or chat; or the caller is not one of the chat's two people (organisers included)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A negative `after`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn chat(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, chat_id)): Path<(String, i64, i64)>,
    axum::extract::Query(params): axum::extract::Query<LoungeParams>,
) -> AppResult<Json<ChatMessagesOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    if params.after.is_some_and(|a| a < 0) {
        return Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("after", "feed-error-cursor"),
        ));
    }
    let (_, chat, place, messages) = super::chats::read(
        &app,
        &visit.commune,
        Participant::Account(account),
        id,
        chat_id,
        params.after,
    )
    .await?;
    Ok(Json(ChatMessagesOut {
        chat: chat_out(&chat, place, now()),
        messages: messages
            .into_iter()
            .map(|m| LoungeMessageOut {
                mine: m.registration_id == place,
                id: m.id,
                author: m.author,
                body: m.body,
                sent_at: m.sent_at,
            })
            .collect(),
    }))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/chats/{chat}", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("chat" = i64, Path, description = "The chat's id")),
    security(("bearer" = [])),
    request_body = LiveTextInput,
    responses(
        (status = 201, description = "Said (for a `request_key` sent before: the message said then)", body = QuestionAskedOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event or chat; or the caller is not one of its two people", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The five minutes are over; muted; an empty text, one over 500 characters or 10 lines, or with hidden characters", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "More than 5 messages in 10 seconds or 20 in a minute", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn say(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, chat_id)): Path<(String, i64, i64)>,
    ApiJson(input): ApiJson<LiveTextInput>,
) -> AppResult<(StatusCode, Json<QuestionAskedOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    let message = super::chats::say(
        &app,
        &visit.commune,
        Participant::Account(account),
        (id, chat_id),
        &input.text,
        &input.request_key,
    )
    .await?
    .map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(QuestionAskedOut { id: message })))
}
