//! Private messages and blocks over the API, for verified members: the inbox, a
//! conversation (marked read when fetched), writing, and blocking. A conversation of
//! other people answers 404, to staff as to anyone.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::messages::{INBOX_PAGE, THREAD_PAGE};
use gemeng_core::permissions::Action;
use gemeng_db::messages::{self as store, Message};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Mailbox, MessageInput};
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;
use crate::http::text::excerpt;

/// A member's API call about their own messages: checked by the route's guard, and
/// here again.
struct Writer {
    visit: ApiVisit,
}

impl Writer {
    async fn load(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<Writer> {
        let visit = ApiVisit::load(app, ctx, slug).await?;
        visit.require(Action::UseMessages)?;
        Ok(Writer { visit })
    }

    fn mailbox<'a>(&'a self, app: &'a App) -> Mailbox<'a> {
        Mailbox {
            app,
            commune: &self.visit.commune,
            account: self
                .visit
                .caller
                .as_ref()
                .expect("a writer has a token (checked by load)"),
        }
    }

    fn base(&self) -> String {
        format!("/api/v1/communes/{}/messages", self.visit.commune.slug)
    }
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct InboxParams {
    /// The `next` of the previous page, to read on.
    #[param(max_length = 41)]
    pub before: String,
}

/// A conversation as the inbox lists it.
#[derive(Serialize, ToSchema)]
pub struct ThreadSummaryOut {
    pub id: i64,
    /// The other person of the conversation.
    pub with_id: i64,
    pub with_name: String,
    /// When its last message was written (seconds since 1970, UTC).
    pub last_at: i64,
    /// Messages to the caller not yet read.
    pub unread: i64,
    /// The last message's first 90 characters (empty if a moderator hid it).
    pub preview: String,
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct InboxOut {
    /// The latest first, 30 at most.
    pub threads: Vec<ThreadSummaryOut>,
    /// Pass as `before` for the next page; absent on the last page.
    pub next: Option<String>,
    /// Every message to the caller not yet read, in all conversations.
    pub unread_total: i64,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/messages", tag = "messages",
    params(("commune" = String, Path, description = "The commune's slug"), InboxParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's conversations, the latest first", body = InboxOut),
        (status = 400, description = "A malformed query string (a parameter repeated)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents write messages", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A `before` this API did not write", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn inbox(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(params): Query<InboxParams>,
) -> AppResult<Json<InboxOut>> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let before = match params.before.trim() {
        "" => None,
        given => {
            // A value that reads but that this API did not write: the caller's mistake
            // in a field.
            Some(super::web::parse_cursor(given).ok_or_else(|| {
                AppError::Invalid(gemeng_core::validation::FieldErrors::single(
                    "before",
                    "feed-error-cursor",
                ))
            })?)
        }
    };
    let me = writer.mailbox(&app).account.id;
    let limit = INBOX_PAGE as i64;
    let mut threads = store::inbox(&app.db, me, before, limit + 1).await?;
    let more = threads.len() > INBOX_PAGE;
    threads.truncate(INBOX_PAGE);
    let base = writer.base();
    let next = if more {
        threads.last().map(|t| format!("{}-{}", t.last_at, t.id))
    } else {
        None
    };
    let unread_total = app.cache.inbox(&app.db, me).await?.unread;
    Ok(Json(InboxOut {
        threads: threads
            .into_iter()
            .map(|t| ThreadSummaryOut {
                url: format!("{base}/{}", t.id),
                id: t.id,
                with_id: t.other_id,
                with_name: t.other_name,
                last_at: t.last_at,
                unread: t.unread,
                preview: excerpt(&t.last_body, 90),
            })
            .collect(),
        next,
        unread_total,
    }))
}

/// A message to someone, from the neighbours' list or about a post.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct NewMessageIn {
    /// The person written to: a neighbour (here or next door), the author of a post
    /// the caller may read (give `post_id`), or someone already in conversation.
    #[serde(deserialize_with = "crate::http::api::whole_i64")]
    pub to: i64,
    /// The post the message is about, if any.
    #[serde(default, deserialize_with = "crate::http::api::whole_i64_opt")]
    pub post_id: Option<i64>,
    pub body: String,
    /// As for posts: the same key twice sends one message.
    pub request_key: String,
}

/// Where a message went.
#[derive(Serialize, ToSchema)]
pub struct SentOut {
    pub thread_id: i64,
    pub url: String,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/messages", tag = "messages",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = NewMessageIn,
    responses(
        (status = 201, description = "Sent; the recipient is told as they chose", body = SentOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents write messages", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Nobody the caller may write to (the same answer whatever the reason: unknown, too far, blocked)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The text breaks a rule", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many messages this hour, or new conversations today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn send(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<NewMessageIn>,
) -> AppResult<(StatusCode, Json<SentOut>)> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let message = MessageInput {
        body: input.body,
        request_key: input.request_key,
    };
    let thread = writer
        .mailbox(&app)
        .send(input.to, input.post_id, &message)
        .await?
        .map_err(AppError::Invalid)?;
    Ok((
        StatusCode::CREATED,
        Json(SentOut {
            thread_id: thread,
            url: format!("{}/{thread}", writer.base()),
        }),
    ))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ThreadParams {
    /// The `older` of the previous answer: messages before this one.
    pub before: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct MessageOut {
    pub id: i64,
    pub sender_id: i64,
    pub sender_name: String,
    /// Written by the caller.
    pub mine: bool,
    /// The post it was written about, if any.
    pub post_id: Option<i64>,
    pub body: String,
    /// The text as pages show it: escaped, links made safe.
    pub body_html: String,
    pub created_at: i64,
    /// A moderator hid it: only its sender still sees it.
    pub hidden: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ThreadOut {
    pub id: i64,
    pub with_id: i64,
    pub with_name: String,
    /// The latest 50 (or those before `before`), oldest first.
    pub messages: Vec<MessageOut>,
    /// Pass as `before` for older messages; absent when there are none.
    pub older: Option<i64>,
    /// Whether the caller may still write here (not if either blocked the other).
    pub can_reply: bool,
}

fn message_out(me: i64, m: Message) -> MessageOut {
    MessageOut {
        mine: m.sender_id == me,
        hidden: m.hidden_at.is_some(),
        id: m.id,
        sender_id: m.sender_id,
        sender_name: m.sender_name,
        post_id: m.post_id,
        body: m.body,
        body_html: m.body_html,
        created_at: m.created_at,
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/messages/{thread}", tag = "messages",
    params(("commune" = String, Path, description = "The commune's slug"), ("thread" = i64, Path, description = "The conversation's id"), ThreadParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The conversation, now marked read", body = ThreadOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents write messages", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No conversation of the caller's", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn thread(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    Query(params): Query<ThreadParams>,
) -> AppResult<Json<ThreadOut>> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let mailbox = writer.mailbox(&app);
    let thread = mailbox.thread(id).await?;
    let me = mailbox.account.id;
    let other = thread.other(me);
    let messages = mailbox.read(&thread, params.before).await?;
    let older = if messages.len() == THREAD_PAGE {
        messages.first().map(|m| m.id)
    } else {
        None
    };
    let with_name = app
        .cache
        .account(&app.db, other)
        .await?
        .map(|a| a.display_name)
        .unwrap_or_default();
    Ok(Json(ThreadOut {
        id: thread.id,
        with_id: other,
        with_name,
        messages: messages
            .into_iter()
            .filter(|m| m.hidden_at.is_none() || m.sender_id == me)
            .map(|m| message_out(me, m))
            .collect(),
        older,
        can_reply: mailbox.correspondent(other, None).await?.is_ok(),
    }))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/messages/{thread}", tag = "messages",
    params(("commune" = String, Path, description = "The commune's slug"), ("thread" = i64, Path, description = "The conversation's id")),
    security(("bearer" = [])),
    request_body = MessageInput,
    responses(
        (status = 201, description = "Sent; the other person is told as they chose", body = SentOut),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents write messages", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No conversation of the caller's, or one the caller may no longer write in", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The text breaks a rule", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many messages this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn reply(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<MessageInput>,
) -> AppResult<(StatusCode, Json<SentOut>)> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let mailbox = writer.mailbox(&app);
    let thread = mailbox.thread(id).await?;
    let other = thread.other(mailbox.account.id);
    let thread = mailbox
        .send(other, None, &input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok((
        StatusCode::CREATED,
        Json(SentOut {
            thread_id: thread,
            url: format!("{}/{thread}", writer.base()),
        }),
    ))
}

/// Someone the caller blocked.
#[derive(Serialize, ToSchema)]
pub struct BlockedOut {
    pub user_id: i64,
    pub name: String,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/blocks", tag = "messages",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The people the caller blocked", body = Vec<BlockedOut>),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents block", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn blocks(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<Vec<BlockedOut>>> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let me = writer.mailbox(&app).account.id;
    Ok(Json(
        store::blocked_by(&app.db, me)
            .await?
            .into_iter()
            .map(|(user_id, name)| BlockedOut { user_id, name })
            .collect(),
    ))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct BlockIn {
    /// A member of this commune. From then on neither writes to the other, and their
    /// posts and answers leave the caller's feed, post pages and searches.
    #[serde(deserialize_with = "crate::http::api::whole_i64")]
    pub user_id: i64,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/blocks", tag = "messages",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = BlockIn,
    responses(
        (status = 204, description = "Blocked (blocking again changes nothing)"),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents block", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such member of this commune", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Oneself, or 500 people blocked already", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many blocks this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn block(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<BlockIn>,
) -> AppResult<StatusCode> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    writer.mailbox(&app).block(input.user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/communes/{commune}/blocks/{user}", tag = "messages",
    params(("commune" = String, Path, description = "The commune's slug"), ("user" = i64, Path, description = "The blocked person's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Unblocked (or was not blocked)"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents block", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many blocks this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn unblock(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, user)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    writer.mailbox(&app).unblock(user).await?;
    Ok(StatusCode::NO_CONTENT)
}
