//! The frames of the live protocol, both ways (see `docs/live.md`): JSON text
//! frames with a `type`. The server's are written once per room and shared by every
//! connection in it.

use axum::extract::ws::Utf8Bytes;
use gemeng_core::events::lounge::PRIVATE_CHAT_SECONDS;
use gemeng_db::event_lounge::LoungeMessage;
use gemeng_db::event_meetings::{ChatRow, PrivateMessage};
use gemeng_db::event_questions::QuestionRow;
use serde::{Deserialize, Serialize};

use super::hub::Frame;
use crate::http::text::rich_text;

/// A room as the client names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "room", rename_all = "snake_case")]
pub enum RoomName {
    Lounge,
    Stand {
        stand: i64,
    },
    /// The listener's own "meet someone": where their request stands.
    Meeting,
    /// A private chat of the listener's.
    Chat {
        chat: i64,
    },
}

/// What a client may send.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientFrame {
    /// Listen to a room; for the lounge, `after` is the last message id the client
    /// has (it gets those after it first), none for the latest.
    Subscribe {
        #[serde(flatten)]
        room: RoomName,
        #[serde(default)]
        after: Option<i64>,
    },
    Unsubscribe {
        #[serde(flatten)]
        room: RoomName,
    },
}

#[derive(Serialize)]
struct Out<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(flatten)]
    body: T,
}

fn text<T: Serialize>(kind: &str, body: T) -> Utf8Bytes {
    // Serialising these plain structs cannot fail; an empty object if it ever did.
    serde_json::to_string(&Out { kind, body })
        .unwrap_or_else(|_| "{}".to_string())
        .into()
}

#[derive(Serialize)]
struct MessageOut<'a> {
    id: i64,
    /// The author's place at the event (a page knows its reader's own messages).
    from: i64,
    author: &'a str,
    body: &'a str,
    sent_at: i64,
}

#[derive(Serialize)]
struct InRoom<T: Serialize> {
    #[serde(flatten)]
    room: RoomName,
    #[serde(flatten)]
    body: T,
}

#[derive(Serialize)]
struct Message<'a> {
    message: MessageOut<'a>,
}

/// A lounge message.
pub fn lounge_message(m: &LoungeMessage) -> Frame {
    Frame {
        seq: Some(m.id),
        text: text(
            "message",
            InRoom {
                room: RoomName::Lounge,
                body: Message {
                    message: MessageOut {
                        id: m.id,
                        from: m.registration_id,
                        author: &m.author,
                        body: &m.body,
                        sent_at: m.sent_at,
                    },
                },
            },
        ),
    }
}

/// A message of a private chat.
pub fn private_message(m: &PrivateMessage) -> Frame {
    Frame {
        seq: Some(m.id),
        text: text(
            "message",
            InRoom {
                room: RoomName::Chat { chat: m.chat_id },
                body: Message {
                    message: MessageOut {
                        id: m.id,
                        from: m.registration_id,
                        author: &m.author,
                        body: &m.body,
                        sent_at: m.sent_at,
                    },
                },
            },
        ),
    }
}

#[derive(Serialize)]
struct ChatOut<'a> {
    id: i64,
    /// The other person's name.
    with: &'a str,
    language: &'a str,
    started_at: i64,
    closes_at: i64,
}

#[derive(Serialize)]
struct MeetingOut<'a> {
    /// `none`, `waiting`, `paired` or `unpaired`.
    state: &'a str,
    chat: Option<ChatOut<'a>>,
}

/// Where `place`'s "meet someone" stands: `chat` is the one a pairing opened.
pub fn meeting(state: &str, chat: Option<&ChatRow>, place: i64) -> Frame {
    Frame {
        seq: None,
        text: text(
            "meeting",
            InRoom {
                room: RoomName::Meeting,
                body: MeetingOut {
                    state,
                    chat: chat.map(|c| ChatOut {
                        id: c.id,
                        with: c.partner_of(place),
                        language: &c.language,
                        started_at: c.started_at,
                        closes_at: c.started_at + PRIVATE_CHAT_SECONDS,
                    }),
                },
            },
        ),
    }
}

#[derive(Serialize)]
struct Id {
    id: i64,
}

/// A lounge message an organiser hid: clients remove it.
pub fn lounge_hidden(id: i64) -> Frame {
    Frame {
        seq: None,
        text: text(
            "hidden",
            InRoom {
                room: RoomName::Lounge,
                body: Id { id },
            },
        ),
    }
}

#[derive(Serialize)]
struct QuestionOut<'a> {
    id: i64,
    body: &'a str,
    asked_at: i64,
    upvotes: i64,
    /// The answer as the stand's page shows it (links made, sanitised).
    answer_html: Option<String>,
    /// The asker's place, so a client knows its own questions (not to upvote them).
    asker: i64,
}

#[derive(Serialize)]
struct Question<'a> {
    question: QuestionOut<'a>,
}

/// A stand's question as it now stands (asked, upvoted, answered), or its removal
/// when hidden.
pub fn question(q: &QuestionRow) -> Frame {
    let room = RoomName::Stand { stand: q.stand_id };
    let text = if q.hidden_at.is_some() {
        text(
            "hidden",
            InRoom {
                room,
                body: Id { id: q.id },
            },
        )
    } else {
        text(
            "question",
            InRoom {
                room,
                body: Question {
                    question: QuestionOut {
                        id: q.id,
                        body: &q.body,
                        asked_at: q.asked_at,
                        upvotes: q.upvotes,
                        answer_html: q.answer.as_deref().map(rich_text),
                        asker: q.registration_id,
                    },
                },
            },
        )
    };
    Frame { seq: None, text }
}

#[derive(Serialize)]
struct Count {
    count: i64,
}

/// How many people are at the event now (sent to the lounge's listeners).
pub fn presence(count: i64) -> Frame {
    Frame {
        seq: None,
        text: text(
            "presence",
            InRoom {
                room: RoomName::Lounge,
                body: Count { count },
            },
        ),
    }
}

#[derive(Serialize)]
struct Place {
    /// The listener's own place at the event (none for an organiser who did not
    /// register): their messages and questions carry it.
    place: Option<i64>,
}

/// A subscription is in place and its backlog was sent.
pub fn subscribed(room: RoomName, place: Option<i64>) -> Utf8Bytes {
    text(
        "subscribed",
        InRoom {
            room,
            body: Place { place },
        },
    )
}

/// What follows replaces what the client shows of the room (it was away too long
/// for a resume to fill the gap).
pub fn reset(room: RoomName) -> Utf8Bytes {
    text(
        "reset",
        InRoom {
            room,
            body: Nothing {},
        },
    )
}

#[derive(Serialize)]
struct Reason<'a> {
    reason: &'a str,
}

/// A frame the server did not take: `reason` is `not_found` (a room that does not
/// exist or is not the client's to read), `bad_frame`, or `too_many_rooms`.
pub fn refused(reason: &str) -> Utf8Bytes {
    text("refused", Reason { reason })
}

#[derive(Serialize)]
struct Nothing {}
