//! One instance's live hub: a broadcast channel per room that has listeners here, fed
//! by one delivery task. What is said is stored first; the commit names it
//! (`Change::Live`), and the delivery task reads the row as committed and sends the
//! same frame to every connection of the room.
//!
//! On SQLite (one instance) the committing flow hands its changes to the hub directly.
//! On PostgreSQL every instance, this one included, hears them through `NOTIFY`
//! (`gemeng_db::changes::listen`), so a message posted on instance A reaches the
//! clients of instance B by the same path as A's own. `NOTIFY`s arrive in commit
//! order and one task delivers them, so each room's frames keep their order.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use axum::extract::ws::Utf8Bytes;
use gemeng_db::changes::Heard;
use gemeng_db::tx::{Change, Said};
use tokio::sync::{broadcast, mpsc, watch};

use super::frames;
use crate::app::App;

/// The frames a connection may fall behind in one room before it is dropped (it
/// reconnects and resumes from its last id): a slow phone never slows the others,
/// and holds at most this many frames of memory per room.
pub const ROOM_BUFFER: usize = 256;
/// Changes waiting for the delivery task; past this (a stalled database), the hub
/// drops them and asks every connection to resume instead.
pub const QUEUE: usize = 8_192;

/// A room with listeners.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    Lounge {
        event: i64,
    },
    Stand {
        event: i64,
        stand: i64,
    },
    /// One participant's "meet someone" (their place at the event).
    Meeting {
        event: i64,
        place: i64,
    },
    Chat {
        event: i64,
        chat: i64,
    },
}

impl Topic {
    /// The frames a listener may fall behind in it: a room's many voices, a private
    /// chat's two (at the flood limit, fewer than this in the time a frame may take
    /// to send), one's own meeting's few changes. A broadcast channel allocates its
    /// buffer whole, and everyone waiting to meet has one.
    fn buffer(self) -> usize {
        match self {
            Topic::Lounge { .. } | Topic::Stand { .. } => ROOM_BUFFER,
            Topic::Chat { .. } => 32,
            Topic::Meeting { .. } => 4,
        }
    }
}

/// A frame for every listener of a room: its text, and the message id it carries
/// when it is one of the lounge's messages (a resuming connection skips those it
/// already sent).
#[derive(Debug, Clone)]
pub struct Frame {
    pub seq: Option<i64>,
    pub text: Utf8Bytes,
}

enum Work {
    Said(Said),
    /// Changes may have been missed: every connection resumes.
    Everything,
}

pub struct Hub {
    rooms: Mutex<HashMap<Topic, broadcast::Sender<Frame>>>,
    work: mpsc::Sender<Work>,
    waiting: Mutex<Option<mpsc::Receiver<Work>>>,
    /// Bumped when changes may have been missed; connections watching it resume.
    resume: watch::Sender<u64>,
    next_connection: AtomicU64,
    /// Live connections per account here.
    pub admissions: super::socket::Admissions,
    /// The participants of the connections here.
    pub presences: super::presence::Registry,
}

impl Default for Hub {
    fn default() -> Hub {
        let (work, waiting) = mpsc::channel(QUEUE);
        Hub {
            rooms: Mutex::default(),
            work,
            waiting: Mutex::new(Some(waiting)),
            resume: watch::Sender::new(0),
            next_connection: AtomicU64::new(1),
            admissions: Default::default(),
            presences: Default::default(),
        }
    }
}

impl Hub {
    /// Listens to `topic` from now on.
    pub fn subscribe(&self, topic: Topic) -> broadcast::Receiver<Frame> {
        let mut rooms = self.rooms.lock().unwrap_or_else(|e| e.into_inner());
        rooms
            .entry(topic)
            .or_insert_with(|| broadcast::channel(topic.buffer()).0)
            .subscribe()
    }

    /// The room's channel if anyone here listens to it (and forgets rooms nobody
    /// listens to any more).
    fn listened(&self, topic: Topic) -> Option<broadcast::Sender<Frame>> {
        let mut rooms = self.rooms.lock().unwrap_or_else(|e| e.into_inner());
        match rooms.get(&topic) {
            Some(sender) if sender.receiver_count() > 0 => Some(sender.clone()),
            Some(_) => {
                rooms.remove(&topic);
                None
            }
            None => None,
        }
    }

    /// The lounges listened to here, for the presence ticks.
    pub fn lounges(&self) -> Vec<i64> {
        let rooms = self.rooms.lock().unwrap_or_else(|e| e.into_inner());
        rooms
            .iter()
            .filter_map(|(topic, sender)| match topic {
                Topic::Lounge { event } if sender.receiver_count() > 0 => Some(*event),
                _ => None,
            })
            .collect()
    }

    /// Sends `frame` to everyone listening to `topic` here.
    pub fn send(&self, topic: Topic, frame: Frame) {
        if let Some(sender) = self.listened(topic) {
            // An error means the last listener left meanwhile: nobody to tell.
            let _ = sender.send(frame);
        }
    }

    /// What connections watch to learn that they must resume.
    pub fn resumes(&self) -> watch::Receiver<u64> {
        self.resume.subscribe()
    }

    /// A number naming a new connection (for presence).
    pub fn connection_id(&self) -> u64 {
        self.next_connection.fetch_add(1, Ordering::Relaxed)
    }

    /// This instance committed `changes`. On SQLite nobody else will announce them,
    /// so they go to the delivery task now; on PostgreSQL they come back through
    /// `NOTIFY` like everyone else's ([`Hub::heard`]).
    pub fn committed(&self, changes: &[Change], on_sqlite: bool) {
        if on_sqlite {
            self.queue(changes);
        }
    }

    /// What the PostgreSQL listener heard (this instance's commits and others').
    pub fn heard(&self, heard: &Heard) {
        match heard {
            Heard::Changes(changes) => self.queue(changes),
            Heard::Everything => self.push(Work::Everything),
        }
    }

    fn queue(&self, changes: &[Change]) {
        for change in changes {
            if let Change::Live(said) = change {
                self.push(Work::Said(*said));
            }
        }
    }

    fn push(&self, work: Work) {
        if self.work.try_send(work).is_err() {
            // Full (or no delivery task): what is dropped is found again by resuming.
            self.resume.send_modify(|n| *n += 1);
        }
    }
}

/// The delivery task: reads what each change names and sends it to its room's
/// listeners here, one change after the other (each room's frames in commit order).
pub async fn deliver(app: App) {
    let Some(mut waiting) = app
        .live
        .waiting
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
    else {
        return;
    };
    while let Some(work) = waiting.recv().await {
        match work {
            Work::Everything => app.live.resume.send_modify(|n| *n += 1),
            Work::Said(said) => {
                if let Err(e) = deliver_one(&app, said).await {
                    // The row could not be read: those listening resume and read it then.
                    tracing::warn!(error = %e, "a live delivery failed; connections resume");
                    app.live.resume.send_modify(|n| *n += 1);
                }
            }
        }
    }
}

async fn deliver_one(app: &App, said: Said) -> gemeng_db::DbResult<()> {
    let hub = &app.live;
    match said {
        Said::Lounge { event, message } => {
            let topic = Topic::Lounge { event };
            if hub.listened(topic).is_none() {
                return Ok(());
            }
            if let Some(m) = gemeng_db::event_lounge::one(&app.db, event, message).await? {
                hub.send(topic, frames::lounge_message(&m));
            }
        }
        Said::LoungeHidden { event, message } => {
            hub.send(Topic::Lounge { event }, frames::lounge_hidden(message));
        }
        Said::Question {
            event,
            stand,
            question,
        } => {
            let topic = Topic::Stand { event, stand };
            if hub.listened(topic).is_none() {
                return Ok(());
            }
            if let Some(q) = gemeng_db::event_questions::get(&app.db, stand, question).await? {
                hub.send(topic, frames::question(&q));
            }
        }
        Said::Private {
            event,
            chat,
            message,
        } => {
            let topic = Topic::Chat { event, chat };
            if hub.listened(topic).is_none() {
                return Ok(());
            }
            if let Some(m) = gemeng_db::event_meetings::message(&app.db, chat, message).await? {
                hub.send(topic, frames::private_message(&m));
            }
        }
        Said::Meeting { event, at } => {
            // Whom the round decided, of those waiting on a page here.
            let decided = gemeng_db::event_meetings::decided(&app.db, event, at).await?;
            for request in decided {
                let place = request.registration_id;
                let topic = Topic::Meeting { event, place };
                if hub.listened(topic).is_none() {
                    continue;
                }
                let chat = match request.chat_id {
                    Some(chat) => gemeng_db::event_meetings::chat(&app.db, event, chat).await?,
                    None => None,
                };
                hub.send(topic, frames::meeting(&request.state, chat.as_ref(), place));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(n: i64) -> Frame {
        Frame {
            seq: Some(n),
            text: Utf8Bytes::from(n.to_string()),
        }
    }

    const LOUNGE: Topic = Topic::Lounge { event: 7 };

    #[test]
    fn a_listener_that_falls_behind_learns_it_while_one_that_keeps_up_gets_everything() {
        let hub = Hub::default();
        let mut slow = hub.subscribe(LOUNGE);
        let mut quick = hub.subscribe(LOUNGE);
        let total = ROOM_BUFFER as i64 + 10;
        for n in 1..=total {
            hub.send(LOUNGE, frame(n));
            assert_eq!(quick.try_recv().unwrap().seq, Some(n));
        }
        // The slow one's buffer held ROOM_BUFFER frames at most: it is told how many
        // it missed (its connection then closes and resumes from its last id).
        match slow.try_recv() {
            Err(broadcast::error::TryRecvError::Lagged(missed)) => assert_eq!(missed, 10),
            other => panic!("expected a lag, got {other:?}"),
        }
        assert_eq!(slow.try_recv().unwrap().seq, Some(11));
    }

    #[test]
    fn rooms_nobody_listens_to_any_more_are_forgotten() {
        let hub = Hub::default();
        let stand = Topic::Stand { event: 7, stand: 3 };
        let listener = hub.subscribe(LOUNGE);
        let other = hub.subscribe(stand);
        assert_eq!(hub.lounges(), vec![7]);
        drop(listener);
        assert!(hub.lounges().is_empty());
        hub.send(LOUNGE, frame(1));
        assert!(!hub.rooms.lock().unwrap().contains_key(&LOUNGE));
        assert!(hub.listened(stand).is_some());
        drop(other);
        assert!(hub.listened(stand).is_none());
        assert!(hub.rooms.lock().unwrap().is_empty());
    }

    fn waiting(hub: &Hub) -> usize {
        hub.waiting.lock().unwrap().as_ref().unwrap().len()
    }

    #[test]
    fn only_live_changes_are_delivered_and_on_postgresql_only_once_heard() {
        let hub = Hub::default();
        let said = Change::Live(Said::Lounge {
            event: 7,
            message: 1,
        });
        hub.committed(&[Change::Post(3), said.clone()], true);
        assert_eq!(waiting(&hub), 1);
        // On PostgreSQL this instance hears its own commit through NOTIFY instead.
        hub.committed(std::slice::from_ref(&said), false);
        assert_eq!(waiting(&hub), 1);
        hub.heard(&Heard::Changes(vec![said, Change::Feed(2)]));
        assert_eq!(waiting(&hub), 2);
    }

    #[test]
    fn what_cannot_be_queued_or_was_missed_makes_every_connection_resume() {
        let hub = Hub::default();
        let resumes = hub.resumes();
        let said = Change::Live(Said::LoungeHidden {
            event: 7,
            message: 1,
        });
        for _ in 0..QUEUE {
            hub.committed(std::slice::from_ref(&said), true);
        }
        assert!(!resumes.has_changed().unwrap());
        hub.committed(std::slice::from_ref(&said), true);
        assert!(resumes.has_changed().unwrap());
        assert_eq!(*hub.resumes().borrow(), 1);
    }

    #[test]
    fn connections_are_numbered_apart() {
        let hub = Hub::default();
        let (a, b) = (hub.connection_id(), hub.connection_id());
        assert_ne!(a, b);
    }
}
