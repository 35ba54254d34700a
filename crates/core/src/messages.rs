//! Private messages between residents, and blocks.
//!
//! A conversation is between two verified members of one commune. One may write to a
//! neighbour (the same or an adjacent neighbourhood, as the neighbours' list shows
//! them), to the author of a post one may read (a commune-wide offer from across
//! town), and within a conversation that already exists. Nobody writes to someone
//! they blocked or who blocked them; the refusal does not say which of the two it is.

use crate::posts::{bounded, Reader};

/// The longest message, in characters.
pub const MESSAGE_MAX: usize = 2_000;
/// Messages one person sends in an hour, all conversations together.
pub const MESSAGES_PER_HOUR: i64 = 60;
/// New conversations one person starts in a day: writing to many strangers is what
/// spam does, answering is not limited by this.
pub const NEW_THREADS_PER_DAY: i64 = 20;
/// How many people one person may block (each is one more condition on every feed
/// page they read, so the list stays bounded).
pub const BLOCKS_MAX: usize = 500;
/// Blocks and unblocks in an hour.
pub const BLOCKS_PER_HOUR: i64 = 60;
/// Messages on a page of a conversation.
pub const THREAD_PAGE: usize = 50;
/// Conversations on a page of the inbox.
pub const INBOX_PAGE: usize = 30;

/// A message's text, cleaned as posts' are (see [`crate::posts::clean_text`]).
pub fn check_message(input: &str) -> Result<String, &'static str> {
    bounded(
        input,
        MESSAGE_MAX,
        "message-error-empty",
        "message-error-long",
    )
}

/// The person written to, as the rules need them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub user_id: i64,
    pub commune_id: Option<i64>,
    /// A verified member of a neighbourhood.
    pub member: bool,
    pub neighbourhood_id: Option<i64>,
}

/// How the sender knows the recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reach {
    /// They already have a conversation.
    pub thread_exists: bool,
    /// The message is written from a post by the recipient that the sender may read.
    pub via_readable_post: bool,
}

/// Whether `sender` may write to `recipient`, or the message id of why not.
/// `adjacent(a, b)` tells whether neighbourhoods a and b touch.
pub fn may_message(
    sender: &Reader,
    recipient: &Recipient,
    blocked_either_way: bool,
    reach: Reach,
    adjacent: impl Fn(i64, i64) -> bool,
) -> Result<(), &'static str> {
    if sender.user_id == recipient.user_id {
        return Err("message-error-self");
    }
    if !sender.member {
        return Err("message-error-not-member");
    }
    // Someone of another commune, not (or no longer) verified, or blocked either way:
    // the same answer, which does not tell them apart.
    if recipient.commune_id != Some(sender.commune_id) || !recipient.member || blocked_either_way {
        return Err("message-error-unreachable");
    }
    let neighbours = match (sender.neighbourhood_id, recipient.neighbourhood_id) {
        (Some(a), Some(b)) => a == b || adjacent(a, b),
        _ => false,
    };
    if neighbours || reach.thread_exists || reach.via_readable_post {
        Ok(())
    } else {
        Err("message-error-unreachable")
    }
}

/// The two people of a conversation, the lower id first (one conversation per pair).
pub fn pair(a: i64, b: i64) -> (i64, i64) {
    (a.min(b), a.max(b))
}

/// Whether `blocker` may block `blocked`: not themselves, and within [`BLOCKS_MAX`].
pub fn may_block(blocker: i64, blocked: i64, already_blocked: usize) -> Result<(), &'static str> {
    if blocker == blocked {
        Err("block-error-self")
    } else if already_blocked >= BLOCKS_MAX {
        Err("block-error-too-many")
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posts::Moderates;
    use proptest::prelude::*;

    fn sender() -> Reader {
        Reader {
            user_id: 1,
            commune_id: 10,
            neighbourhood_id: Some(100),
            member: true,
            moderates: Moderates::Nothing,
        }
    }

    fn recipient(neighbourhood: i64) -> Recipient {
        Recipient {
            user_id: 2,
            commune_id: Some(10),
            member: true,
            neighbourhood_id: Some(neighbourhood),
        }
    }

    fn touching(a: i64, b: i64) -> bool {
        (a, b) == (100, 101) || (a, b) == (101, 100)
    }

    const NONE: Reach = Reach {
        thread_exists: false,
        via_readable_post: false,
    };

    #[test]
    fn neighbours_write_to_each_other_here_and_next_door() {
        assert_eq!(
            may_message(&sender(), &recipient(100), false, NONE, touching),
            Ok(())
        );
        assert_eq!(
            may_message(&sender(), &recipient(101), false, NONE, touching),
            Ok(())
        );
        assert_eq!(
            may_message(&sender(), &recipient(200), false, NONE, touching),
            Err("message-error-unreachable")
        );
    }

    #[test]
    fn across_town_only_from_a_readable_post_or_an_existing_conversation() {
        let far = recipient(200);
        let from_post = Reach {
            via_readable_post: true,
            ..NONE
        };
        let thread = Reach {
            thread_exists: true,
            ..NONE
        };
        assert_eq!(
            may_message(&sender(), &far, false, from_post, touching),
            Ok(())
        );
        assert_eq!(
            may_message(&sender(), &far, false, thread, touching),
            Ok(())
        );
    }

    #[test]
    fn blocks_strangers_and_the_unverified_are_refused_alike() {
        let both = Reach {
            thread_exists: true,
            via_readable_post: true,
        };
        assert_eq!(
            may_message(&sender(), &recipient(100), true, both, touching),
            Err("message-error-unreachable")
        );
        let unverified = Recipient {
            member: false,
            ..recipient(100)
        };
        assert_eq!(
            may_message(&sender(), &unverified, false, both, touching),
            Err("message-error-unreachable")
        );
        let elsewhere = Recipient {
            commune_id: Some(11),
            ..recipient(100)
        };
        assert_eq!(
            may_message(&sender(), &elsewhere, false, both, touching),
            Err("message-error-unreachable")
        );
        let operator = Recipient {
            commune_id: None,
            ..recipient(100)
        };
        assert_eq!(
            may_message(&sender(), &operator, false, both, touching),
            Err("message-error-unreachable")
        );
        let homeless = Recipient {
            neighbourhood_id: None,
            ..recipient(100)
        };
        assert_eq!(
            may_message(&sender(), &homeless, false, NONE, |_, _| true),
            Err("message-error-unreachable")
        );
    }

    #[test]
    fn nobody_writes_to_themselves_and_non_members_write_to_nobody() {
        let me = Recipient {
            user_id: 1,
            ..recipient(100)
        };
        assert_eq!(
            may_message(&sender(), &me, false, NONE, touching),
            Err("message-error-self")
        );
        let pending = Reader {
            member: false,
            ..sender()
        };
        assert_eq!(
            may_message(&pending, &recipient(100), false, NONE, touching),
            Err("message-error-not-member")
        );
    }

    #[test]
    fn a_message_is_cleaned_and_bounded() {
        assert_eq!(check_message("  Hallo!  \r\n"), Ok("Hallo!".to_string()));
        assert_eq!(check_message(" \u{200b} "), Err("message-error-empty"));
        assert_eq!(
            check_message(&"a".repeat(MESSAGE_MAX)).map(|m| m.len()),
            Ok(MESSAGE_MAX)
        );
        assert_eq!(
            check_message(&"a".repeat(MESSAGE_MAX + 1)),
            Err("message-error-long")
        );
    }

    #[test]
    fn blocking_has_bounds() {
        assert_eq!(may_block(1, 1, 0), Err("block-error-self"));
        assert_eq!(may_block(1, 2, BLOCKS_MAX - 1), Ok(()));
        assert_eq!(may_block(1, 2, BLOCKS_MAX), Err("block-error-too-many"));
    }

    proptest! {
        #[test]
        fn a_pair_is_the_same_whichever_writes_first(a in any::<i64>(), b in any::<i64>()) {
            let (low, high) = pair(a, b);
            prop_assert_eq!(pair(b, a), (low, high));
            prop_assert!(low <= high);
            prop_assert!((low, high) == (a, b) || (low, high) == (b, a));
        }

        #[test]
        fn nobody_blocked_is_ever_reachable(
            thread in any::<bool>(), post in any::<bool>(), n in 0i64..5, m in 0i64..5
        ) {
            let reach = Reach { thread_exists: thread, via_readable_post: post };
            let sender = Reader { neighbourhood_id: Some(n), ..sender() };
            prop_assert!(may_message(&sender, &recipient(m), true, reach, |_, _| true).is_err());
        }
    }
}
