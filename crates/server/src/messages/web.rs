//! The pages of private messages: the inbox, a conversation with its reply form, a
//! new message to a neighbour (from the neighbours' list or a post), and blocks.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::messages::INBOX_PAGE;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::messages::{self as store, Message, ThreadSummary};
use serde::Deserialize;

use super::{Correspondent, Mailbox, MessageInput};
use crate::app::App;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::text::excerpt;
use crate::http::web::{notice, render, render_invalid, see_other, NoFields, Visit};
use crate::neighbourhood::posts::new_request_key;

/// A member's visit to their messages: checked by the route's guard, and here again.
struct Writer {
    visit: Visit,
}

impl Writer {
    async fn load(app: &App, ctx: Ctx, slug: &str) -> AppResult<Writer> {
        let visit = Visit::load(app, ctx, slug).await?;
        visit.require(Action::UseMessages)?;
        Ok(Writer { visit })
    }

    fn mailbox(&self) -> Mailbox<'_> {
        Mailbox {
            app: &self.visit.app,
            commune: &self.visit.commune,
            account: self
                .visit
                .viewer
                .as_ref()
                .expect("a writer is signed in (checked by load)"),
        }
    }

    fn base(&self) -> String {
        format!("/c/{}/messages", self.visit.commune.slug)
    }
}

#[derive(Template)]
#[template(path = "messages/inbox.html")]
struct InboxPage {
    page: Page,
    base: String,
    threads: Vec<(ThreadSummary, String)>,
    next: Option<String>,
    first_page: Option<String>,
    blocks_url: String,
    notices_url: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InboxQuery {
    before: String,
}

/// `at-id`, as the inbox's "older" link writes it.
pub(super) fn parse_cursor(text: &str) -> Option<(i64, i64)> {
    let (at, id) = text.split_once('-')?;
    Some((at.parse().ok()?, id.parse().ok()?))
}

pub async fn inbox(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<InboxQuery>,
) -> AppResult<Response> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let before = match query.before.as_str() {
        "" => None,
        given => Some(parse_cursor(given).ok_or(AppError::BadRequest("feed-error-cursor"))?),
    };
    let mailbox = writer.mailbox();
    let limit = INBOX_PAGE as i64;
    let mut threads = store::inbox(&app.db, mailbox.account.id, before, limit + 1).await?;
    let more = threads.len() as i64 > limit;
    threads.truncate(INBOX_PAGE);
    let base = writer.base();
    let next = if more {
        threads
            .last()
            .map(|t| format!("{base}?before={}-{}", t.last_at, t.id))
    } else {
        None
    };
    render(&InboxPage {
        page: writer.visit.page("messages-title").await?,
        threads: threads
            .into_iter()
            .map(|t| {
                let preview = excerpt(&t.last_body, 90);
                (t, preview)
            })
            .collect(),
        next,
        first_page: before.map(|_| base.clone()),
        blocks_url: format!("/c/{}/blocks", writer.visit.commune.slug),
        notices_url: format!("/c/{}/me/notices", writer.visit.commune.slug),
        base,
    })
}

#[derive(Template)]
#[template(path = "messages/write.html")]
struct WritePage {
    page: Page,
    base: String,
    to: Correspondent,
    /// The post the message is written from: its id and title.
    post: Option<(i64, String)>,
    input: MessageInput,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WriteQuery {
    to: i64,
    post: Option<i64>,
}

/// The post a message is written from, if the writer may read it.
async fn about(mailbox: &Mailbox<'_>, post: Option<i64>) -> AppResult<Option<(i64, String)>> {
    Ok(match post {
        Some(id) => crate::neighbourhood::posts::readable_by(mailbox.app, mailbox.account, id)
            .await?
            .map(|p| (p.id, p.title)),
        None => None,
    })
}

pub async fn write(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<WriteQuery>,
) -> AppResult<Response> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let mailbox = writer.mailbox();
    // Someone unknown, unreachable or blocked: nothing tells which.
    let to = mailbox
        .correspondent(query.to, query.post)
        .await?
        .map_err(|_| AppError::NotFound)?;
    // An existing conversation is where the next message goes.
    if let Some(thread) = store::thread_between(&app.db, mailbox.account.id, to.id).await? {
        if query.post.is_none() {
            return Ok(see_other(&format!("{}/{}#reply", writer.base(), thread.id)));
        }
    }
    render(&WritePage {
        page: writer.visit.page("messages-write-title").await?,
        base: writer.base(),
        post: about(&mailbox, query.post).await?,
        to,
        input: MessageInput {
            request_key: new_request_key(),
            ..MessageInput::default()
        },
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SendForm {
    to: i64,
    post: Option<i64>,
    body: String,
    request_key: String,
}

pub async fn send(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<SendForm>,
) -> AppResult<Response> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let mailbox = writer.mailbox();
    let input = MessageInput {
        body: form.body,
        request_key: form.request_key,
    };
    match mailbox.send(form.to, form.post, &input).await? {
        Ok(thread) => Ok(see_other(&format!(
            "{}/{thread}?done=sent#reply",
            writer.base()
        ))),
        Err(errors) => {
            let to = mailbox
                .correspondent(form.to, form.post)
                .await?
                .map_err(|_| AppError::NotFound)?;
            render_invalid(&WritePage {
                page: writer
                    .visit
                    .page_at(
                        "messages-write-title",
                        &format!("{}/new?to={}", writer.base(), form.to),
                    )
                    .await?,
                base: writer.base(),
                post: about(&mailbox, form.post).await?,
                to,
                input,
                errors,
            })
        }
    }
}

/// A message as the conversation shows it.
pub struct MessageView {
    pub message: Message,
    pub mine: bool,
}

#[derive(Template)]
#[template(path = "messages/thread.html")]
struct ThreadPage {
    page: Page,
    base: String,
    url: String,
    other_id: i64,
    other_name: String,
    /// Whether this member may still write here (no block either way).
    can_reply: bool,
    messages: Vec<MessageView>,
    older: Option<String>,
    reply_key: String,
    reply_body: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
    commune_slug: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ThreadQuery {
    before: Option<i64>,
    done: String,
}

async fn thread_page(
    writer: &Writer,
    id: i64,
    before: Option<i64>,
    reply_body: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<ThreadPage> {
    let mailbox = writer.mailbox();
    let thread = mailbox.thread(id).await?;
    let me = mailbox.account.id;
    let other = thread.other(me);
    let messages = mailbox.read(&thread, before).await?;
    let other_name = writer
        .visit
        .app
        .cache
        .account(&writer.visit.app.db, other)
        .await?
        .map(|a| a.display_name)
        .unwrap_or_default();
    let can_reply = mailbox.correspondent(other, None).await?.is_ok();
    let base = writer.base();
    let url = format!("{base}/{id}");
    let older = if messages.len() == gemeng_core::messages::THREAD_PAGE {
        messages.first().map(|m| format!("{url}?before={}", m.id))
    } else {
        None
    };
    let mut page = writer.visit.page("messages-thread-title").await?;
    page.title = page
        .tr
        .t_args("messages-thread-with", &[("name", &other_name)]);
    page.path = url.clone();
    Ok(ThreadPage {
        page,
        base,
        url,
        other_id: other,
        other_name,
        can_reply,
        messages: messages
            .into_iter()
            .filter(|m| m.hidden_at.is_none() || m.sender_id == me)
            .map(|message| MessageView {
                mine: message.sender_id == me,
                message,
            })
            .collect(),
        older,
        reply_key: new_request_key(),
        reply_body,
        errors,
        notice,
        commune_slug: writer.visit.commune.slug.clone(),
    })
}

pub async fn thread(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<ThreadQuery>,
) -> AppResult<Response> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let notice = notice(
        &query.done,
        &[("sent", "messages-sent"), ("reported", "report-sent")],
    );
    render(
        &thread_page(
            &writer,
            id,
            query.before,
            String::new(),
            FieldErrors::new(),
            notice,
        )
        .await?,
    )
}

pub async fn reply(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<MessageInput>,
) -> AppResult<Response> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let mailbox = writer.mailbox();
    let thread = mailbox.thread(id).await?;
    let other = thread.other(mailbox.account.id);
    match mailbox.send(other, None, &input).await? {
        Ok(thread) => Ok(see_other(&format!(
            "{}/{thread}?done=sent#reply",
            writer.base()
        ))),
        Err(errors) => {
            render_invalid(&thread_page(&writer, id, None, input.body, errors, None).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "messages/blocks.html")]
struct BlocksPage {
    page: Page,
    base: String,
    blocked: Vec<(i64, String)>,
    /// Someone to block, asked for confirmation: id and name.
    confirm: Option<(i64, String)>,
    notice: Option<&'static str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BlocksQuery {
    block: Option<i64>,
    done: String,
}

pub async fn blocks(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<BlocksQuery>,
) -> AppResult<Response> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    let mailbox = writer.mailbox();
    let confirm = match query.block {
        Some(id) => {
            let other = app
                .cache
                .account(&app.db, id)
                .await?
                .filter(|a| {
                    a.commune_id == Some(writer.visit.commune.id) && a.id != mailbox.account.id
                })
                .ok_or(AppError::NotFound)?;
            Some((other.id, other.display_name))
        }
        None => None,
    };
    render(&BlocksPage {
        page: writer.visit.page("blocks-title").await?,
        base: format!("/c/{}/blocks", writer.visit.commune.slug),
        blocked: store::blocked_by(&app.db, mailbox.account.id).await?,
        confirm,
        notice: notice(
            &query.done,
            &[
                ("blocked", "blocks-blocked"),
                ("unblocked", "blocks-unblocked"),
            ],
        ),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BlockForm {
    user: i64,
}

pub async fn block(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<BlockForm>,
) -> AppResult<Response> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    writer.mailbox().block(form.user).await?;
    Ok(see_other(&format!(
        "/c/{}/blocks?done=blocked",
        writer.visit.commune.slug
    )))
}

pub async fn unblock(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, user)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let writer = Writer::load(&app, ctx, &slug).await?;
    writer.mailbox().unblock(user).await?;
    Ok(see_other(&format!(
        "/c/{}/blocks?done=unblocked",
        writer.visit.commune.slug
    )))
}
