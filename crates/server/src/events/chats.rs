//! The private chats "meet someone" opens: two people, five minutes, nobody else
//! reading, organisers included (`gemeng_core::events::lounge::may_read_private`).
//! After the five minutes the two still read what they said; nobody writes any more.
//! Every message is stored before it is shown, and its id is where a reader resumes.

use gemeng_core::events::lounge::{
    check_message, may_post, may_read_private, Membership, PostRefusal, SUSTAINED_SECONDS,
};
use gemeng_core::events::{PrivateChat, Room};
use gemeng_core::validation::FieldErrors;
use gemeng_db::communes::Commune;
use gemeng_db::event_meetings::{self as store, ChatRow, NewMessage, PrivateMessage};
use gemeng_db::events::Event;
use gemeng_db::posts::Stored;
use gemeng_db::tx::{Change, Said};

use super::lounge::{not_flooding, standing_of};
use super::Participant;
use crate::app::{now, App};
use crate::http::error::{AppError, AppResult};
use crate::neighbourhood::posts::request_key;

/// The most messages one read gives: more than five minutes of two people at the
/// flood limit write.
pub const READ_MAX: i64 = 200;

/// The core's view of a stored chat.
pub fn private(chat: &ChatRow) -> PrivateChat {
    PrivateChat {
        first: chat.first_registration_id,
        second: chat.second_registration_id,
        started_at: chat.started_at,
    }
}

/// Event `event_id`, chat `chat_id` and `account`'s place in it; "not found" for
/// anyone who is not one of its two people (whether the chat exists or not).
pub async fn seat(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    event_id: i64,
    chat_id: i64,
) -> AppResult<(Event, ChatRow, i64)> {
    let (e, standing) = standing_of(app, commune, who, event_id).await?;
    let place = standing.place.ok_or(AppError::NotFound)?;
    let chat = store::chat(&app.db, e.id, chat_id)
        .await?
        .filter(|c| may_read_private(&private(c), place))
        .ok_or(AppError::NotFound)?;
    Ok((e, chat, place))
}

/// Chat `chat_id` as one of its two people reads it: its messages (after `after`).
pub async fn read(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    event_id: i64,
    chat_id: i64,
    after: Option<i64>,
) -> AppResult<(Event, ChatRow, i64, Vec<PrivateMessage>)> {
    let (e, chat, place) = seat(app, commune, who, event_id, chat_id).await?;
    let messages = store::messages(&app.db, chat.id, after.unwrap_or(0), READ_MAX).await?;
    Ok((e, chat, place, messages))
}

/// `account` says `text` in chat `chat_id`: the message's id, or what is wrong (the
/// chat closed, a mute, an empty or too long text); too many too fast is a 429.
pub async fn say(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    (event_id, chat_id): (i64, i64),
    text: &str,
    key: &str,
) -> AppResult<Result<i64, FieldErrors>> {
    let (e, chat, place) = seat(app, commune, who, event_id, chat_id).await?;
    let at = now();
    let membership = Membership {
        registered: true,
        in_lounge: true,
        mutes: super::mutes::of(app, place).await?,
    };
    match may_post(&Room::Private(private(&chat)), place, &membership, at) {
        Ok(()) => {}
        Err(PostRefusal::ChatClosed) => {
            return Ok(Err(FieldErrors::single("body", "chat-error-closed")))
        }
        Err(PostRefusal::Muted) => return Ok(Err(FieldErrors::single("body", "live-error-muted"))),
        Err(PostRefusal::NotRegistered | PostRefusal::NotInRoom) => return Err(AppError::NotFound),
    }
    let body = match check_message(text) {
        Ok(body) => body,
        Err(problems) => return Ok(Err(super::questions::text_errors("body", &problems))),
    };
    let mut tx = app.begin().await?;
    // One writer at a time per chat on PostgreSQL: ids commit in their order, so a
    // reader resuming after id N never misses a smaller one committed later.
    tx.lock_row("event_private_chats", chat.id).await?;
    let recent = store::sent_since(&mut tx, place, at - SUSTAINED_SECONDS).await?;
    not_flooding(&recent, at)?;
    let stored = store::say(
        &mut tx,
        &NewMessage {
            chat_id: chat.id,
            registration_id: place,
            user_id: who.user_id(),
            body: &body,
            request_key: &request_key(key),
            at,
        },
    )
    .await?;
    if let Stored::New(message) = stored {
        tx.changed(Change::Live(Said::Private {
            event: e.id,
            chat: chat.id,
            message,
        }));
    }
    app.commit(tx).await?;
    Ok(Ok(stored.id()))
}
