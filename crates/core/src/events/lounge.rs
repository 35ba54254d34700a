//! The networking lounge and who may speak where: a lounge message's text, the flood
//! limit of each participant, mutes, and the rule that says whether someone may post
//! in (or read) a room: the lounge, a stand's Q&A, or a private "meet someone" chat.

use serde::{Deserialize, Serialize};

use super::{check_live_text, LiveTextProblem, PrivateChat, Room};

/// The longest lounge message, in characters: a chat line or two, not a post.
pub const MESSAGE_MAX: usize = 500;

/// Checks a lounge (or private chat) message's text ([`check_live_text`] within
/// [`MESSAGE_MAX`]).
pub fn check_message(text: &str) -> Result<String, Vec<LiveTextProblem>> {
    check_live_text(text, MESSAGE_MAX)
}

/// A burst: at most this many messages within [`BURST_SECONDS`]. Five quick lines
/// answer a round of greetings; a sixth within ten seconds is a paste or a script.
pub const BURST_MESSAGES: usize = 5;
pub const BURST_SECONDS: i64 = 10;
/// The sustained rate: at most this many messages within [`SUSTAINED_SECONDS`], one
/// line every three seconds for a whole minute, faster than anyone converses.
pub const SUSTAINED_MESSAGES: usize = 20;
pub const SUSTAINED_SECONDS: i64 = 60;

/// The limits a participant's messages keep, each `(messages, seconds)`: no window
/// of `seconds` holds more than `messages` of theirs.
pub const FLOOD_LIMITS: [(usize, i64); 2] = [
    (BURST_MESSAGES, BURST_SECONDS),
    (SUSTAINED_MESSAGES, SUSTAINED_SECONDS),
];

/// A participant posting too fast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[error("too many messages; the next one may be sent at {retry_at}")]
pub struct Flooding {
    /// The first instant they may post again (the live page counts down to it).
    pub retry_at: i64,
}

/// Whether a participant whose recent messages were sent at `sent_at` (in any order;
/// those of the last [`SUSTAINED_SECONDS`] are enough) may post one more at `now`,
/// under every limit of [`FLOOD_LIMITS`]; if not, when they may.
///
/// A message counts in a window of `seconds` ending at `now` when it was sent less
/// than `seconds` ago. A message stamped after `now` (another instance's clock slightly
/// ahead) counts as sent at `now`. When `messages` of them are in the window, the
/// earliest moment another fits is when the `messages`-th most recent leaves it.
/// Applied to lounge messages and to questions, each counted apart.
pub fn check_flood(sent_at: &[i64], now: i64) -> Result<(), Flooding> {
    let mut recent: Vec<i64> = sent_at.iter().map(|&t| t.min(now)).collect();
    recent.sort_unstable_by(|a, b| b.cmp(a));
    let mut retry_at: Option<i64> = None;
    for (messages, seconds) in FLOOD_LIMITS {
        // In i128: `now - t` overflows i64 for the widest stamps.
        let in_window = recent
            .iter()
            .take_while(|&&t| i128::from(now) - i128::from(t) < i128::from(seconds))
            .count();
        if in_window >= messages {
            // The `messages`-th most recent: while it is in the window, so are the
            // ones after it, and the window is full.
            let oldest_kept = recent.get(messages - 1).copied().unwrap_or(now);
            let free_at = oldest_kept.saturating_add(seconds);
            retry_at = Some(retry_at.map_or(free_at, |r| r.max(free_at)));
        }
    }
    match retry_at {
        None => Ok(()),
        Some(retry_at) => Err(Flooding { retry_at }),
    }
}

/// Where a mute applies. A mute lasts until the event ends ("for the rest of the day");
/// storage keeps the scope with the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "scope", rename_all = "snake_case")]
pub enum MuteScope {
    /// Everywhere in the event: the lounge, every stand, private chats. Organisers'.
    Event,
    /// One stand's Q&A only: its staff's, who moderate there and nowhere else.
    Stand { stand: i64 },
}

/// Whether `mutes` silence someone in `room`.
pub fn muted_in(mutes: &[MuteScope], room: &Room) -> bool {
    mutes.iter().any(|m| match (m, room) {
        (MuteScope::Event, _) => true,
        (MuteScope::Stand { stand }, Room::Stand { stand: here }) => stand == here,
        (MuteScope::Stand { .. }, _) => false,
    })
}

/// Where a participant is, as the server knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Membership {
    /// Registered for the event (confirmed, for a guest), or one of its organisers or
    /// stand staff, who take part without registering.
    pub registered: bool,
    /// Has entered the lounge (subscribed to it, or opened its page).
    pub in_lounge: bool,
    /// The mutes on them in this event.
    #[serde(default)]
    pub mutes: Vec<MuteScope>,
}

/// Why a post (a lounge message, a question, a private message) is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum PostRefusal {
    #[error("not registered for the event")]
    NotRegistered,
    /// Not in the lounge, or not one of a private chat's two people.
    #[error("not in this room")]
    NotInRoom,
    /// The private chat's five minutes are over (or have not begun).
    #[error("the chat is closed")]
    ChatClosed,
    #[error("muted here for the rest of the event")]
    Muted,
}

/// Whether `participant`, standing as `membership`, may post in `room` at `now`.
///
/// Every room needs the participant registered and not muted there ([`muted_in`]).
/// The lounge also needs them in it; a stand's Q&A takes questions from any registered
/// participant (walking to a stand is opening its page); a private chat takes messages
/// from its two people while it is open ([`private_chat_open`]). The refusal says the
/// first rule broken, in that order.
pub fn may_post(
    room: &Room,
    participant: i64,
    membership: &Membership,
    now: i64,
) -> Result<(), PostRefusal> {
    if !membership.registered {
        return Err(PostRefusal::NotRegistered);
    }
    match room {
        Room::Lounge if !membership.in_lounge => return Err(PostRefusal::NotInRoom),
        Room::Private(chat) if !chat.has(participant) => return Err(PostRefusal::NotInRoom),
        Room::Private(chat) if !private_chat_open(chat.started_at, now) => {
            return Err(PostRefusal::ChatClosed)
        }
        _ => {}
    }
    if muted_in(&membership.mutes, room) {
        return Err(PostRefusal::Muted);
    }
    Ok(())
}

/// Whether `reader` may read `room`: the lounge and the stands' Q&A are open to every
/// registered participant (muted ones too: a mute silences, it does not blind); a
/// private chat to its two people only, organisers included (a reported message
/// reaches them through the report, not by reading the chat).
pub fn may_read(room: &Room, reader: i64, membership: &Membership) -> bool {
    match room {
        Room::Lounge | Room::Stand { .. } => membership.registered,
        Room::Private(chat) => may_read_private(chat, reader),
    }
}

/// Whether `reader` may read a private chat: its two people only.
pub fn may_read_private(chat: &PrivateChat, reader: i64) -> bool {
    chat.has(reader)
}

/// How long a "meet someone" chat lasts, in seconds: five minutes, long enough to say
/// who one is and swap contacts, short enough that nobody is stuck.
pub const PRIVATE_CHAT_SECONDS: i64 = 5 * 60;

/// Whether a private chat started at `started_at` is open at `now`: for
/// [`PRIVATE_CHAT_SECONDS`] from its start. Its messages stay readable to the two
/// afterwards; only posting stops.
pub fn private_chat_open(started_at: i64, now: i64) -> bool {
    // In i128: `now - started_at` overflows i64 for the widest stamps.
    let since_start = i128::from(now) - i128::from(started_at);
    (0..i128::from(PRIVATE_CHAT_SECONDS)).contains(&since_start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn message_texts_are_bounded() {
        assert_eq!(check_message(" Moien! "), Ok("Moien!".into()));
        assert!(check_message(&"é".repeat(MESSAGE_MAX)).is_ok());
        assert_eq!(
            check_message(&"é".repeat(MESSAGE_MAX + 1)),
            Err(vec![LiveTextProblem::TooLong { max: MESSAGE_MAX }])
        );
        assert_eq!(check_message(""), Err(vec![LiveTextProblem::Empty]));
    }

    #[test]
    fn five_in_ten_seconds_then_wait() {
        let now = 1_000;
        assert_eq!(check_flood(&[], now), Ok(()));
        let four = [now - 1, now - 2, now - 3, now - 9];
        assert_eq!(check_flood(&four, now), Ok(()));
        let five = [now - 1, now - 2, now - 3, now - 9, now - 9];
        assert_eq!(
            check_flood(&five, now),
            Err(Flooding {
                retry_at: now - 9 + BURST_SECONDS
            })
        );
        // The fifth most recent decides, whatever the order given.
        let five = [now - 9, now - 2, now - 4, now - 1, now - 3];
        assert_eq!(
            check_flood(&five, now),
            Err(Flooding {
                retry_at: now - 9 + BURST_SECONDS
            })
        );
        // A message exactly ten seconds old has left the window.
        let five = [now - 1, now - 2, now - 3, now - 4, now - BURST_SECONDS];
        assert_eq!(check_flood(&five, now), Ok(()));
        // At retry_at they may post again.
        let five = [now, now, now, now, now];
        let retry = check_flood(&five, now).unwrap_err().retry_at;
        assert_eq!(retry, now + BURST_SECONDS);
        assert!(check_flood(&five, retry - 1).is_err());
        assert_eq!(check_flood(&five, retry), Ok(()));
    }

    #[test]
    fn twenty_in_a_minute_then_wait() {
        let now = 10_000;
        // Nineteen spread over the minute, each well apart: the burst rule holds.
        let mut sent: Vec<i64> = (0..19).map(|i| now - 3 * i - 3).collect();
        assert_eq!(check_flood(&sent, now), Ok(()));
        sent.push(now - 58);
        assert_eq!(
            check_flood(&sent, now),
            Err(Flooding {
                retry_at: now - 58 + SUSTAINED_SECONDS
            })
        );
        sent.pop();
        sent.push(now - SUSTAINED_SECONDS);
        assert_eq!(check_flood(&sent, now), Ok(()));
    }

    #[test]
    fn the_later_of_both_limits_counts() {
        let now = 10_000;
        // Twenty in the minute, five of them in the last ten seconds: both limits
        // are reached, and the sustained one frees later.
        let mut sent: Vec<i64> = (0..15).map(|i| now - 50 + i).collect();
        sent.extend([now - 1, now - 1, now - 2, now - 2, now - 3]);
        assert_eq!(
            check_flood(&sent, now),
            Err(Flooding {
                retry_at: now - 50 + SUSTAINED_SECONDS
            })
        );
        // Only the burst is reached.
        let sent = [now - 1, now - 1, now - 2, now - 2, now - 3];
        assert_eq!(
            check_flood(&sent, now),
            Err(Flooding {
                retry_at: now - 3 + BURST_SECONDS
            })
        );
    }

    #[test]
    fn messages_from_the_future_count_as_now() {
        let now = 500;
        let sent = [now + 100; BURST_MESSAGES];
        assert_eq!(
            check_flood(&sent, now),
            Err(Flooding {
                retry_at: now + BURST_SECONDS
            })
        );
        assert_eq!(
            check_flood(&[i64::MIN; 30], i64::MIN),
            Err(Flooding {
                retry_at: i64::MIN + SUSTAINED_SECONDS
            })
        );
        assert_eq!(check_flood(&[i64::MAX; 3], i64::MAX), Ok(()));
    }

    proptest! {
        /// Someone who posts whenever allowed, at whatever moments they try, never has
        /// more than a limit's messages in any of its windows; and whenever they are
        /// refused, `retry_at` is later than now and they may post then.
        #[test]
        fn the_flood_limit_holds_in_every_window(
            tries in proptest::collection::vec(0i64..4, 1..150)
        ) {
            let mut now = 0;
            let mut sent: Vec<i64> = Vec::new();
            for step in tries {
                now += step;
                match check_flood(&sent, now) {
                    Ok(()) => sent.push(now),
                    Err(Flooding { retry_at }) => {
                        prop_assert!(retry_at > now);
                        prop_assert!(check_flood(&sent, retry_at - 1).is_err());
                        prop_assert!(check_flood(&sent, retry_at).is_ok());
                    }
                }
            }
            for (messages, seconds) in FLOOD_LIMITS {
                for &start in &sent {
                    let in_window = sent.iter().filter(|&&t| t >= start && t < start + seconds).count();
                    prop_assert!(in_window <= messages);
                }
            }
        }
    }

    fn member() -> Membership {
        Membership {
            registered: true,
            in_lounge: true,
            mutes: vec![],
        }
    }

    #[test]
    fn posting_needs_registration_and_the_room() {
        let now = 1_000;
        assert_eq!(may_post(&Room::Lounge, 1, &member(), now), Ok(()));
        assert_eq!(
            may_post(&Room::Stand { stand: 4 }, 1, &member(), now),
            Ok(())
        );
        let outside = Membership {
            in_lounge: false,
            ..member()
        };
        assert_eq!(
            may_post(&Room::Lounge, 1, &outside, now),
            Err(PostRefusal::NotInRoom)
        );
        assert_eq!(
            may_post(&Room::Stand { stand: 4 }, 1, &outside, now),
            Ok(())
        );
        let stranger = Membership {
            registered: false,
            ..member()
        };
        for room in [Room::Lounge, Room::Stand { stand: 4 }] {
            assert_eq!(
                may_post(&room, 1, &stranger, now),
                Err(PostRefusal::NotRegistered)
            );
        }
    }

    #[test]
    fn private_chats_take_their_two_people_for_five_minutes() {
        let chat = PrivateChat {
            first: 1,
            second: 2,
            started_at: 1_000,
        };
        let room = Room::Private(chat);
        let outside = Membership {
            in_lounge: false,
            ..member()
        };
        assert_eq!(may_post(&room, 1, &outside, 1_000), Ok(()));
        assert_eq!(may_post(&room, 2, &member(), 1_299), Ok(()));
        assert_eq!(
            may_post(&room, 3, &member(), 1_100),
            Err(PostRefusal::NotInRoom)
        );
        assert_eq!(
            may_post(&room, 2, &member(), 1_300),
            Err(PostRefusal::ChatClosed)
        );
        assert_eq!(
            may_post(&room, 2, &member(), 999),
            Err(PostRefusal::ChatClosed)
        );
        assert!(private_chat_open(1_000, 1_000));
        assert!(private_chat_open(1_000, 1_000 + PRIVATE_CHAT_SECONDS - 1));
        assert!(!private_chat_open(1_000, 1_000 + PRIVATE_CHAT_SECONDS));
        assert!(!private_chat_open(1_000, 999));
        assert!(private_chat_open(i64::MAX - 1, i64::MAX));
    }

    #[test]
    fn only_the_two_read_a_private_chat() {
        let chat = PrivateChat {
            first: 1,
            second: 2,
            started_at: 0,
        };
        let room = Room::Private(chat);
        assert!(may_read(&room, 1, &member()));
        assert!(may_read(&room, 2, &Membership::default()));
        assert!(!may_read(&room, 3, &member()));
        assert!(may_read_private(&chat, 2));
        assert!(!may_read_private(&chat, 3));
        assert!(may_read(&Room::Lounge, 3, &member()));
        assert!(may_read(&Room::Stand { stand: 1 }, 3, &member()));
        assert!(!may_read(&Room::Lounge, 3, &Membership::default()));
        assert!(!may_read(
            &Room::Stand { stand: 1 },
            3,
            &Membership::default()
        ));
        let muted = Membership {
            mutes: vec![MuteScope::Event],
            ..member()
        };
        assert!(may_read(&Room::Lounge, 3, &muted));
    }

    #[test]
    fn mutes_silence_where_they_apply() {
        let chat = Room::Private(PrivateChat {
            first: 1,
            second: 2,
            started_at: 0,
        });
        let everywhere = Membership {
            mutes: vec![MuteScope::Event],
            ..member()
        };
        for room in [Room::Lounge, Room::Stand { stand: 4 }, chat] {
            assert_eq!(
                may_post(&room, 1, &everywhere, 10),
                Err(PostRefusal::Muted),
                "{room:?}"
            );
        }
        let at_stand_4 = Membership {
            mutes: vec![MuteScope::Stand { stand: 4 }],
            ..member()
        };
        assert_eq!(
            may_post(&Room::Stand { stand: 4 }, 1, &at_stand_4, 10),
            Err(PostRefusal::Muted)
        );
        assert_eq!(
            may_post(&Room::Stand { stand: 5 }, 1, &at_stand_4, 10),
            Ok(())
        );
        assert_eq!(may_post(&Room::Lounge, 1, &at_stand_4, 10), Ok(()));
        assert_eq!(may_post(&chat, 1, &at_stand_4, 10), Ok(()));
        assert!(!muted_in(&[], &Room::Lounge));
    }
}
