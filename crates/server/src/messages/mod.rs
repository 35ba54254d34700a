//! Private messages between residents and blocks: a conversation per pair, unread
//! counts in the menu, an e-mail notice to the recipient (as they chose), and blocks
//! that stop messages both ways and hide the blocked person's posts and comments from
//! the one who blocked. Who may write to whom is `gemeng_core::messages`; each action
//! is one transaction.
//!
//! A conversation is readable by its two people only: anyone else asking for it,
//! staff included, gets "not found". Moderators see a reported message in the report
//! queue, never the conversation around it.

pub mod api;
pub mod web;

use gemeng_core::messages::{self as rules, Reach, Recipient};
use gemeng_core::posts::Reader;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::messages::{self as store, Message, NewMessage, Thread};
use gemeng_db::posts::Stored;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};
use crate::http::text::rich_text;
use crate::neighbourhood::posts::{reader_of, request_key};

/// A member's own messages, in their commune.
pub struct Mailbox<'a> {
    pub app: &'a App,
    pub commune: &'a Commune,
    pub account: &'a Account,
}

/// A message as typed in the form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct MessageInput {
    pub body: String,
    /// As for posts: the same key twice sends one message.
    pub request_key: String,
}

/// Someone this member may write to, with what the page shows of them.
pub struct Correspondent {
    pub id: i64,
    pub name: String,
    pub language: String,
    pub email: String,
}

impl Mailbox<'_> {
    pub fn reader(&self) -> Reader {
        reader_of(self.account)
    }

    /// The person `user_id`, if this member may write to them (with `post_id`, the
    /// post by them the message is written from); otherwise why not.
    pub async fn correspondent(
        &self,
        user_id: i64,
        post_id: Option<i64>,
    ) -> AppResult<Result<Correspondent, &'static str>> {
        let Some(other) = self.app.cache.account(&self.app.db, user_id).await? else {
            return Ok(Err("message-error-unreachable"));
        };
        let actor = other.actor();
        let recipient = Recipient {
            user_id: other.id,
            commune_id: other.commune_id,
            member: actor
                .neighbourhood_id
                .is_some_and(|n| actor.is_member_of(n)),
            neighbourhood_id: other.neighbourhood_id,
        };
        let thread_exists = store::thread_between(&self.app.db, self.account.id, other.id)
            .await?
            .is_some();
        let via_readable_post = match post_id {
            Some(post) => crate::neighbourhood::posts::readable_by(self.app, self.account, post)
                .await?
                .is_some_and(|p| p.author_id == other.id),
            None => false,
        };
        let blocked = store::blocked_either_way(&self.app.db, self.account.id, other.id).await?;
        let next =
            crate::neighbourhood::posts::next_door(self.app, self.account.neighbourhood_id).await?;
        let decision = rules::may_message(
            &self.reader(),
            &recipient,
            blocked,
            Reach {
                thread_exists,
                via_readable_post,
            },
            |a, b| next.touch(a, b),
        );
        Ok(decision.map(|()| Correspondent {
            id: other.id,
            name: other.display_name.clone(),
            language: other.language.clone(),
            email: other.email.clone(),
        }))
    }

    /// Sends a message to `to`; the conversation's id, or the form's problems.
    pub async fn send(
        &self,
        to: i64,
        post_id: Option<i64>,
        input: &MessageInput,
    ) -> AppResult<Result<i64, FieldErrors>> {
        let correspondent = match self.correspondent(to, post_id).await? {
            Ok(c) => c,
            Err(_) => return Err(AppError::NotFound),
        };
        // The post a message is written from is kept only if the sender may read it:
        // a forged id names someone else's post, or none (which the database refuses).
        let post_id = match post_id {
            Some(post) => crate::neighbourhood::posts::readable_by(self.app, self.account, post)
                .await?
                .map(|p| p.id),
            None => None,
        };
        let body = match rules::check_message(&input.body) {
            Ok(body) => body,
            Err(message) => return Ok(Err(FieldErrors::single("body", message))),
        };
        let first = store::thread_between(&self.app.db, self.account.id, to)
            .await?
            .is_none();
        rate_limit(
            self.app,
            &format!("messages:{}", self.account.id),
            3600,
            rules::MESSAGES_PER_HOUR,
        )
        .await?;
        if first {
            rate_limit(
                self.app,
                &format!("threads:{}", self.account.id),
                86_400,
                rules::NEW_THREADS_PER_DAY,
            )
            .await?;
        }
        let key = request_key(&input.request_key);
        let mut tx = self.app.begin().await?;
        let (stored, thread) = store::send(
            &mut tx,
            &NewMessage {
                commune_id: self.commune.id,
                sender_id: self.account.id,
                recipient_id: to,
                post_id,
                body: &body,
                body_html: &rich_text(&body),
                request_key: &key,
            },
            now(),
        )
        .await?;
        if let Stored::New(id) = stored {
            crate::notices::message_sent(
                &mut tx,
                self.app,
                self.commune,
                self.account,
                &correspondent,
                id,
                thread,
                &body,
            )
            .await?;
        }
        self.app.commit(tx).await?;
        Ok(Ok(thread))
    }

    /// A conversation of this member's; anyone else's is "not found".
    pub async fn thread(&self, id: i64) -> AppResult<Thread> {
        store::thread(&self.app.db, id)
            .await?
            .filter(|t| t.commune_id == self.commune.id && t.has(self.account.id))
            .ok_or(AppError::NotFound)
    }

    /// A page of a conversation (the latest, or those before `before`), marked read.
    pub async fn read(&self, thread: &Thread, before: Option<i64>) -> AppResult<Vec<Message>> {
        let messages =
            store::messages_of(&self.app.db, thread.id, before, rules::THREAD_PAGE as i64).await?;
        let unread = if thread.low_id == self.account.id {
            thread.low_unread
        } else {
            thread.high_unread
        };
        if unread > 0 {
            let mut tx = self.app.begin().await?;
            store::mark_read(&mut tx, thread, self.account.id).await?;
            self.app.commit(tx).await?;
        }
        Ok(messages)
    }

    /// Blocks `user_id` (a member of this commune; anyone else is "not found").
    pub async fn block(&self, user_id: i64) -> AppResult<()> {
        let other = self
            .app
            .cache
            .account(&self.app.db, user_id)
            .await?
            .filter(|a| a.commune_id == Some(self.commune.id))
            .ok_or(AppError::NotFound)?;
        let already = store::blocked_by(&self.app.db, self.account.id)
            .await?
            .len();
        rules::may_block(self.account.id, other.id, already).map_err(AppError::Conflict)?;
        rate_limit(
            self.app,
            &format!("blocks:{}", self.account.id),
            3600,
            rules::BLOCKS_PER_HOUR,
        )
        .await?;
        let mut tx = self.app.begin().await?;
        store::block(&mut tx, self.account.id, other.id, now()).await?;
        self.app.commit(tx).await?;
        Ok(())
    }

    pub async fn unblock(&self, user_id: i64) -> AppResult<()> {
        rate_limit(
            self.app,
            &format!("blocks:{}", self.account.id),
            3600,
            rules::BLOCKS_PER_HOUR,
        )
        .await?;
        let mut tx = self.app.begin().await?;
        store::unblock(&mut tx, self.account.id, user_id).await?;
        self.app.commit(tx).await?;
        Ok(())
    }
}
