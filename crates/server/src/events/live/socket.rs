//! The live rooms' WebSocket: `GET /c/{commune}/events/{event}/live`. A participant's
//! page opens one connection and subscribes to the lounge and the stand it is at;
//! each subscription is authorised as the room's page is, its backlog is read from
//! the database (a resuming client names the last id it has), then the hub's frames
//! follow. Speaking stays with the forms and the API (their validation, flood limits
//! and request keys); the socket only listens.
//!
//! Bounded: a message from the client is at most [`FRAME_MAX`] bytes and
//! [`CLIENT_FRAMES`] a window; a connection listens to [`ROOMS_MAX`] rooms, holds at
//! most `hub::ROOM_BUFFER` frames of each, and waits [`SEND_WAIT`] for a slow phone
//! before dropping it; an account holds [`CONNECTIONS_PER_ACCOUNT`] connections per
//! instance; every connection ends after [`LIFETIME`] and resumes, authorised afresh.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use gemeng_core::events::lounge::may_read_private;
use gemeng_core::events::participation::HEARTBEAT_EVERY;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::event_lounge as lounge_store;
use gemeng_db::event_meetings as meetings_store;
use gemeng_db::event_questions as questions_store;
use gemeng_db::events::Event;
use gemeng_db::sessions::SessionKind;
use tokio::time::{interval, sleep, timeout, Instant, MissedTickBehavior};
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{StreamExt, StreamMap};

use super::frames::{self, ClientFrame, RoomName};
use super::hub::{Frame, Topic};
use super::presence::Presence;
use crate::app::App;
use crate::events::chats::READ_MAX as CHAT_READ_MAX;
use crate::events::lounge::READ_MAX;
use crate::events::questions::SHOWN_MAX;
use crate::events::{onlooker_of, visible};
use crate::http::context::Ctx;
use crate::http::error::{AppError, AppResult};

/// The largest message a client may send, in bytes: a subscription is a few dozen.
pub const FRAME_MAX: usize = 1_024;
/// A connection's read buffer, allocated when it opens and kept for its life: a
/// listener sends a subscription of a few dozen bytes and pongs, so a frame up to
/// [`FRAME_MAX`] fits it (a larger one is refused, its header read). 4 KiB here was
/// a third of a connection's memory at 10,000 listeners.
pub const READ_BUFFER: usize = FRAME_MAX + 64;
/// The most a connection may have waiting to be written (a client this far behind is
/// dropped by the write failing, and resumes).
pub const WRITE_BUFFER_MAX: usize = 64 * 1_024;
/// At most this many client messages per [`CLIENT_WINDOW`]; more closes the connection.
pub const CLIENT_FRAMES: u32 = 30;
pub const CLIENT_WINDOW: Duration = Duration::from_secs(10);
/// The rooms one connection listens to at once: the lounge and the stand one is at,
/// with room to spare for a page that changes stands without unsubscribing.
pub const ROOMS_MAX: usize = 4;
/// How long one frame may take to reach the client before it is dropped.
pub const SEND_WAIT: Duration = Duration::from_secs(10);
/// Live connections of one account on one instance (tabs, a phone and a computer).
pub const CONNECTIONS_PER_ACCOUNT: usize = 6;
/// Connections one account (or guest) may open in a minute, on all instances: a
/// page resuming after drops opens a few; a client looping opens hundreds.
pub const UPGRADES_PER_MINUTE: i64 = 30;
/// A connection's longest life; the client then resumes, authorised again.
pub const LIFETIME: Duration = Duration::from_secs(15 * 60);
/// How often a connection's right to its rooms is checked again (a withdrawn
/// registration, an ended session): every this many heartbeats.
const RECHECK_EVERY: u32 = 4;

/// Close codes: resume at once (from the last id), or stop (not allowed any more).
pub const CLOSE_RESUME: u16 = 4000;
pub const CLOSE_GONE: u16 = 4003;
/// A client that broke the protocol's limits (too many or too large messages).
pub const CLOSE_POLICY: u16 = 1008;

/// How the connection was authorised, to authorise it again.
#[derive(Clone)]
struct Credential {
    token: Option<String>,
    kind: SessionKind,
    /// A guest's pass to the event (browsers only).
    pass: Option<String>,
}

/// Who the connection's account is at the event.
#[derive(Clone)]
struct Seat {
    account_id: i64,
    event: (i64, i64, i64),
    /// Their place (registration), if registered.
    place: Option<i64>,
    organiser: bool,
    staff_of: Vec<i64>,
    stands: Vec<i64>,
}

impl Seat {
    async fn load(
        app: &App,
        commune: &Commune,
        credential: &Credential,
        id: i64,
    ) -> AppResult<Seat> {
        let account =
            crate::http::auth::account_of(app, credential.token.as_deref(), credential.kind)
                .await?
                .filter(|a| a.commune_id == Some(commune.id));
        if let Some(account) = account {
            return Self::of(app, commune, &account, id).await;
        }
        // A guest: their pass opens their own event's rooms, as a participant.
        let pass = credential.pass.as_deref().unwrap_or_default();
        let guest = crate::events::guest_of_pass(app, commune.id, pass)
            .await?
            .filter(|g| g.event_id == id)
            .ok_or(AppError::NotFound)?;
        let e: Event = visible(app, commune, onlooker_of(None, commune), id).await?;
        Ok(Seat {
            // Negative: never an account's id (connections are counted per person).
            account_id: -guest.place,
            event: (e.id, e.starts_at, e.ends_at),
            place: Some(guest.place),
            organiser: false,
            staff_of: Vec::new(),
            stands: gemeng_db::events::stand_ids(&app.db, e.id).await?,
        })
    }

    async fn of(app: &App, commune: &Commune, account: &Account, id: i64) -> AppResult<Seat> {
        let who = onlooker_of(Some(account), commune);
        let e: Event = visible(app, commune, who, id).await?;
        let seat = Seat {
            account_id: account.id,
            event: (e.id, e.starts_at, e.ends_at),
            place: questions_store::place_of(&app.db, e.id, account.id).await?,
            organiser: who.manages(e.organiser_id),
            staff_of: gemeng_db::events::stands_staffed_by(&app.db, e.id, account.id).await?,
            stands: gemeng_db::events::stand_ids(&app.db, e.id).await?,
        };
        if seat.place.is_none() && !seat.organiser && seat.staff_of.is_empty() {
            return Err(AppError::NotFound);
        }
        Ok(seat)
    }

    /// Whether `other` gives the same rights (the hall's stands aside).
    fn same_rights(&self, other: &Seat) -> bool {
        (
            self.account_id,
            self.event,
            self.place,
            self.organiser,
            &self.staff_of,
        ) == (
            other.account_id,
            other.event,
            other.place,
            other.organiser,
            &other.staff_of,
        )
    }

    /// Whether they may listen to `room` (as they may read its page). A private chat
    /// is read by its two people only, which the database says ([`Seat::reads_chat`]).
    fn reads(&self, room: RoomName) -> bool {
        match room {
            RoomName::Lounge => self.place.is_some() || self.organiser,
            RoomName::Stand { stand } => {
                self.stands.contains(&stand)
                    && (self.place.is_some() || self.organiser || self.staff_of.contains(&stand))
            }
            RoomName::Meeting => self.place.is_some(),
            RoomName::Chat { .. } => false,
        }
    }

    /// Whether chat `chat` of this event is theirs (one of its two people).
    async fn reads_chat(&self, app: &App, chat: i64) -> AppResult<bool> {
        let Some(place) = self.place else {
            return Ok(false);
        };
        Ok(meetings_store::chat(&app.db, self.event.0, chat)
            .await?
            .is_some_and(|c| may_read_private(&crate::events::chats::private(&c), place)))
    }

    fn topic(&self, room: RoomName) -> Topic {
        let event = self.event.0;
        match room {
            RoomName::Lounge => Topic::Lounge { event },
            RoomName::Stand { stand } => Topic::Stand { event, stand },
            RoomName::Meeting => Topic::Meeting {
                event,
                place: self.place.unwrap_or_default(),
            },
            RoomName::Chat { chat } => Topic::Chat { event, chat },
        }
    }
}

/// Live connections per account on this instance.
#[derive(Default)]
pub struct Admissions(Mutex<HashMap<i64, usize>>);

/// One admitted connection; counted until dropped.
pub struct Admitted<'a> {
    admissions: &'a Admissions,
    account_id: i64,
}

impl Admissions {
    fn admit(&self, account_id: i64) -> Option<Admitted<'_>> {
        let mut counts = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let count = counts.entry(account_id).or_default();
        if *count >= CONNECTIONS_PER_ACCOUNT {
            return None;
        }
        *count += 1;
        Some(Admitted {
            admissions: self,
            account_id,
        })
    }
}

impl Drop for Admitted<'_> {
    fn drop(&mut self) {
        let mut counts = self.admissions.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = counts.get_mut(&self.account_id) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.account_id);
            }
        }
    }
}

/// `GET /c/{commune}/events/{event}/live` (a WebSocket upgrade).
///
/// Anyone who may not read any of the event's rooms gets 404 before any upgrade, as
/// from its pages; a page of another site may not open it with the visitor's cookie.
pub async fn live(
    State(app): State<App>,
    ctx: Ctx,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, i64)>,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> AppResult<Response> {
    let credential = match crate::http::api::bearer(&headers) {
        Some(token) => Credential {
            token: Some(token),
            kind: SessionKind::Api,
            pass: None,
        },
        None => {
            // The cookie goes with any page's WebSocket, so the page must be ours.
            if !crate::http::middleware::same_origin_claimed(&app, &headers) {
                return Err(AppError::Forbidden);
            }
            Credential {
                token: ctx.session_token.clone(),
                kind: SessionKind::Browser,
                pass: ctx.event_pass.clone(),
            }
        }
    };
    let commune = app
        .cache
        .commune(&app.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let seat = Seat::load(&app, &commune, &credential, id).await?;
    let Ok(upgrade) = upgrade else {
        return Err(AppError::BadRequest("live-error-not-websocket"));
    };
    if app.live.admissions.admit(seat.account_id).is_none() {
        return Err(AppError::TooManyRequests { retry_after: 30 });
    }
    // Across instances, in the database: a client reconnecting in a loop is slowed
    // down without touching anyone else's connections.
    crate::http::auth::rate_limit(
        &app,
        &format!("live:{}", seat.account_id),
        60,
        UPGRADES_PER_MINUTE,
    )
    .await?;
    Ok(upgrade
        .max_message_size(FRAME_MAX)
        .max_frame_size(FRAME_MAX)
        // The library's defaults are 128 KiB each way per connection: 2.5 GB for
        // 10,000 phones. Frames are small; each is written as soon as it is sent.
        .read_buffer_size(READ_BUFFER)
        .write_buffer_size(0)
        .max_write_buffer_size(WRITE_BUFFER_MAX)
        .on_upgrade(move |socket| async move {
            // Admitted again inside the task, which outlives this handler; a burst of
            // upgrades that passed the check together is cut here.
            let Some(_admitted) = app.live.admissions.admit(seat.account_id) else {
                let _ = close(socket, CLOSE_RESUME, "busy").await;
                return;
            };
            Connection::new(app.clone(), commune, credential, seat)
                .run(socket)
                .await;
        })
        .into_response())
}

async fn close(mut socket: WebSocket, code: u16, reason: &'static str) -> Result<(), axum::Error> {
    timeout(
        SEND_WAIT,
        socket.send(Message::Close(Some(CloseFrame {
            code,
            reason: Utf8Bytes::from_static(reason),
        }))),
    )
    .await
    .unwrap_or(Ok(()))
}

/// Why a connection ends.
enum End {
    /// The client left, or could not be written to.
    Gone,
    Close(u16, &'static str),
}

struct Connection {
    app: App,
    commune: Commune,
    credential: Credential,
    seat: Seat,
    rooms: StreamMap<RoomName, BroadcastStream<Frame>>,
    /// The last message id sent in each room that numbers its messages (the lounge,
    /// a chat): frames up to it are not sent again.
    last_seen: HashMap<RoomName, i64>,
    presence: Presence,
}

impl Connection {
    fn new(app: App, commune: Commune, credential: Credential, seat: Seat) -> Connection {
        let presence = Presence::enter(&app, seat.event, seat.place);
        Connection {
            app,
            commune,
            credential,
            seat,
            rooms: StreamMap::new(),
            last_seen: HashMap::new(),
            presence,
        }
    }

    async fn run(mut self, mut socket: WebSocket) {
        let mut resumes = self.app.live.resumes();
        resumes.mark_unchanged();
        let mut heartbeat = interval(Duration::from_secs(HEARTBEAT_EVERY as u64));
        heartbeat.set_missed_tick_behavior(MissedTickBehavior::Delay);
        heartbeat.tick().await;
        let mut beats = 0u32;
        // Spread the ends of connections opened together over a minute.
        let lifetime = LIFETIME + Duration::from_millis(rand::random::<u64>() % 60_000);
        let end_of_life = sleep(lifetime);
        tokio::pin!(end_of_life);
        let mut last_heard = Instant::now();
        let mut window = (Instant::now(), 0u32);
        let end = loop {
            tokio::select! {
                incoming = socket.recv() => {
                    let text = match incoming {
                        None | Some(Ok(Message::Close(_))) => break End::Gone,
                        // A frame past the size limit, or one that breaks the protocol.
                        Some(Err(_)) => break End::Close(CLOSE_POLICY, "bad frame"),
                        Some(Ok(Message::Text(text))) => text,
                        // Pings are answered by the WebSocket layer; any frame is a sign of life.
                        Some(Ok(Message::Ping(_) | Message::Pong(_))) => {
                            last_heard = Instant::now();
                            continue;
                        }
                        Some(Ok(Message::Binary(_))) => Utf8Bytes::from_static(""),
                    };
                    last_heard = Instant::now();
                    if window.0.elapsed() > CLIENT_WINDOW {
                        window = (Instant::now(), 0);
                    }
                    window.1 += 1;
                    if window.1 > CLIENT_FRAMES {
                        break End::Close(CLOSE_POLICY, "too many messages");
                    }
                    // Boxed, as the rare branches below: a task's size is its largest
                    // state, and 10,000 idle connections would each keep room for them.
                    if let Err(end) = Box::pin(self.take(&mut socket, &text)).await {
                        break end;
                    }
                }
                Some((room, item)) = self.rooms.next(), if !self.rooms.is_empty() => {
                    let frame = match item {
                        Ok(frame) => frame,
                        // Fell more than a room's buffer behind: resume from the last id.
                        Err(_) => break End::Close(CLOSE_RESUME, "behind"),
                    };
                    if let Some(seq) = frame.seq {
                        let last = self.last_seen.entry(room).or_default();
                        if seq <= *last {
                            continue;
                        }
                        *last = seq;
                    }
                    if send(&mut socket, frame.text).await.is_err() {
                        break End::Gone;
                    }
                }
                _ = heartbeat.tick() => {
                    if last_heard.elapsed() > Duration::from_secs(3 * HEARTBEAT_EVERY as u64) {
                        break End::Gone;
                    }
                    beats += 1;
                    // A stand's staff listening to their stand are at it.
                    let (_, starts_at, ends_at) = self.seat.event;
                    for room in self.rooms.keys() {
                        if let RoomName::Stand { stand } = room {
                            if self.seat.staff_of.contains(stand) {
                                let noted = Box::pin(crate::events::statistics::note_staff(
                                    &self.app, (starts_at, ends_at), *stand, self.seat.account_id,
                                )).await;
                                if let Err(e) = noted {
                                    tracing::warn!(error = %e, "a stand's staff presence was not recorded");
                                }
                            }
                        }
                    }
                    if beats.is_multiple_of(RECHECK_EVERY) {
                        match Box::pin(Seat::load(&self.app, &self.commune, &self.credential, self.seat.event.0)).await {
                            // The same rights; stands added meanwhile may be listened to.
                            Ok(seat) if seat.same_rights(&self.seat) => self.seat = seat,
                            // Still allowed, differently (a new place, a stand to staff):
                            // resume afresh.
                            Ok(_) => break End::Close(CLOSE_RESUME, "changed"),
                            Err(AppError::NotFound) => break End::Close(CLOSE_GONE, "not allowed"),
                            Err(_) => {}
                        }
                    }
                    if timeout(SEND_WAIT, socket.send(Message::Ping(Default::default()))).await.map_or(true, |r| r.is_err()) {
                        break End::Gone;
                    }
                }
                _ = resumes.changed() => break End::Close(CLOSE_RESUME, "resume"),
                _ = &mut end_of_life => break End::Close(CLOSE_RESUME, "renew"),
            }
        };
        if let End::Close(code, reason) = end {
            let _ = Box::pin(close(socket, code, reason)).await;
        }
    }

    /// Handles one client message; `Err` ends the connection.
    async fn take(&mut self, socket: &mut WebSocket, text: &str) -> Result<(), End> {
        let request: ClientFrame = match serde_json::from_str(text) {
            Ok(request) => request,
            Err(_) => return say(socket, frames::refused("bad_frame")).await,
        };
        match request {
            ClientFrame::Unsubscribe { room } => {
                self.rooms.remove(&room);
                self.last_seen.remove(&room);
                if matches!(room, RoomName::Stand { .. }) {
                    self.presence.stand(None);
                }
                Ok(())
            }
            ClientFrame::Subscribe { room, after } => {
                let allowed = match room {
                    RoomName::Chat { chat } => match self.seat.reads_chat(&self.app, chat).await {
                        Ok(allowed) => allowed,
                        Err(e) => {
                            tracing::warn!(error = %e, "a chat's readers could not be read");
                            return Err(End::Close(CLOSE_RESUME, "resume"));
                        }
                    },
                    _ => self.seat.reads(room),
                };
                if !allowed {
                    return say(socket, frames::refused("not_found")).await;
                }
                if !self.rooms.contains_key(&room) && self.rooms.len() >= ROOMS_MAX {
                    return say(socket, frames::refused("too_many_rooms")).await;
                }
                if after.is_some_and(|a| a < 0) {
                    return say(socket, frames::refused("bad_frame")).await;
                }
                // Listen first, then read what came before: nothing falls between.
                let receiver = self.app.live.subscribe(self.seat.topic(room));
                self.rooms.insert(room, BroadcastStream::new(receiver));
                match self.backlog(socket, room, after).await {
                    Ok(result) => result,
                    Err(e) => {
                        tracing::warn!(error = %e, "a live backlog could not be read");
                        Err(End::Close(CLOSE_RESUME, "resume"))
                    }
                }
            }
        }
    }

    /// What a new subscription first gets: the lounge's messages after `after` (or,
    /// after a long absence or with none, a reset and the latest), or the stand's
    /// questions as they stand.
    async fn backlog(
        &mut self,
        socket: &mut WebSocket,
        room: RoomName,
        after: Option<i64>,
    ) -> AppResult<Result<(), End>> {
        let db = &self.app.db;
        let event = self.seat.event.0;
        let mut texts = Vec::new();
        match room {
            RoomName::Lounge => {
                let missed = match after {
                    Some(after) => lounge_store::after(db, event, after, READ_MAX + 1).await?,
                    None => Vec::new(),
                };
                let messages = if after.is_none() || missed.len() > READ_MAX as usize {
                    texts.push(frames::reset(room));
                    lounge_store::latest(db, event, READ_MAX).await?
                } else {
                    missed
                };
                let last = self.last_seen.entry(room).or_default();
                *last = after.unwrap_or(0);
                for m in &messages {
                    *last = (*last).max(m.id);
                    texts.push(frames::lounge_message(m).text);
                }
                let present = super::presence::count(&self.app, event).await?;
                texts.push(frames::presence(present).text);
                self.presence.stand(None);
            }
            RoomName::Stand { stand } => {
                texts.push(frames::reset(room));
                for q in questions_store::shown(db, stand, SHOWN_MAX).await? {
                    texts.push(frames::question(&q).text);
                }
                self.presence.stand(Some(stand));
            }
            RoomName::Chat { chat } => {
                if after.is_none() {
                    texts.push(frames::reset(room));
                }
                let messages =
                    meetings_store::messages(db, chat, after.unwrap_or(0), CHAT_READ_MAX).await?;
                let last = self.last_seen.entry(room).or_default();
                *last = after.unwrap_or(0);
                for m in &messages {
                    *last = (*last).max(m.id);
                    texts.push(frames::private_message(m).text);
                }
            }
            RoomName::Meeting => {
                let place = self.seat.place.unwrap_or_default();
                let meeting = crate::events::meetings::of_place(&self.app, place).await?;
                let chat = match meeting.request {
                    crate::events::meetings::Request::Paired { chat } => {
                        meetings_store::chat(db, event, chat).await?
                    }
                    _ => None,
                };
                texts.push(frames::meeting(meeting.request.state(), chat.as_ref(), place).text);
            }
        }
        texts.push(frames::subscribed(room, self.seat.place));
        for text in texts {
            if send(socket, text).await.is_err() {
                return Ok(Err(End::Gone));
            }
        }
        Ok(Ok(()))
    }
}

async fn send(socket: &mut WebSocket, text: Utf8Bytes) -> Result<(), ()> {
    match timeout(SEND_WAIT, socket.send(Message::Text(text))).await {
        Ok(Ok(())) => Ok(()),
        _ => Err(()),
    }
}

async fn say(socket: &mut WebSocket, text: Utf8Bytes) -> Result<(), End> {
    send(socket, text).await.map_err(|()| End::Gone)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seat() -> Seat {
        Seat {
            account_id: 3,
            event: (7, 100, 200),
            place: Some(11),
            organiser: false,
            staff_of: vec![],
            stands: vec![1, 2],
        }
    }

    #[test]
    fn a_stand_added_keeps_the_rights_and_anything_else_changes_them() {
        let before = seat();
        let mut grown = seat();
        grown.stands.push(3);
        assert!(before.same_rights(&grown));
        let changes: [fn(&mut Seat); 5] = [
            |s| s.place = None,
            |s| s.organiser = true,
            |s| s.staff_of = vec![2],
            |s| s.account_id = 4,
            |s| s.event.2 = 300,
        ];
        for change in changes {
            let mut after = seat();
            change(&mut after);
            assert!(!before.same_rights(&after));
        }
    }

    #[test]
    fn rooms_are_read_as_their_pages_are() {
        let participant = seat();
        assert!(participant.reads(RoomName::Lounge));
        assert!(participant.reads(RoomName::Stand { stand: 2 }));
        // A stand of another event (or none) is not one of this hall's.
        assert!(!participant.reads(RoomName::Stand { stand: 9 }));
        let staff = Seat {
            place: None,
            staff_of: vec![2],
            ..seat()
        };
        assert!(!staff.reads(RoomName::Lounge));
        assert!(staff.reads(RoomName::Stand { stand: 2 }));
        assert!(!staff.reads(RoomName::Stand { stand: 1 }));
        let organiser = Seat {
            place: None,
            organiser: true,
            ..seat()
        };
        assert!(organiser.reads(RoomName::Lounge));
        assert!(organiser.reads(RoomName::Stand { stand: 1 }));
    }

    #[test]
    fn an_account_holds_a_bounded_number_of_connections_and_gets_them_back() {
        let admissions = Admissions::default();
        let held: Vec<_> = (0..CONNECTIONS_PER_ACCOUNT)
            .map(|_| admissions.admit(5).expect("admitted"))
            .collect();
        assert!(admissions.admit(5).is_none());
        // Another person is not affected.
        assert!(admissions.admit(6).is_some());
        drop(held);
        assert!(admissions.admit(5).is_some());
        assert!(admissions.0.lock().unwrap().is_empty());
    }
}
