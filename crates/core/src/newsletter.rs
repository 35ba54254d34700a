//! The commune's newsletter: anyone subscribes with an e-mail address and a language,
//! confirms by the link mailed to them (double opt-in) and leaves in one click.
//!
//! Floods are bounded per client and per address. The per-address bound must not let
//! a stranger lock the owner out: a request past it sends nothing and changes nothing,
//! so the last link the owner received still works; and a link lives longer
//! ([`CONFIRM_SECONDS`]) than the window the bound counts in ([`ADDRESS_WINDOW`]), so
//! the owner always has a working link or may ask for a new one.

/// How long a confirmation link works.
pub const CONFIRM_SECONDS: i64 = 48 * 3_600;
/// Confirmation e-mails one address receives per [`ADDRESS_WINDOW`].
pub const MAILS_PER_ADDRESS: i64 = 3;
pub const ADDRESS_WINDOW: i64 = 86_400;
/// Subscription requests one client sends per hour.
pub const REQUESTS_PER_CLIENT: i64 = 10;
/// Subscribers mailed per transaction (as announcements' residents).
pub const STEP: i64 = 500;

// The owner is never locked out: the last link sent lives longer than the window that
// bounds new ones, and at least one e-mail per window gets through.
const _: () = assert!(CONFIRM_SECONDS > ADDRESS_WINDOW);
const _: () = assert!(MAILS_PER_ADDRESS >= 1 && REQUESTS_PER_CLIENT >= MAILS_PER_ADDRESS);

/// What following a confirmation link does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirming {
    /// Confirm the subscription now.
    Confirm,
    /// The link was used before: nothing to do, the subscription stands.
    AlreadyConfirmed,
    /// Too late: the link no longer works (a new request sends a new one).
    Expired,
}

/// What a confirmation link does at `now` for a subscription confirmed or not,
/// whose link works until `expires_at` (exclusive).
pub fn confirming(confirmed: bool, expires_at: i64, now: i64) -> Confirming {
    if confirmed {
        Confirming::AlreadyConfirmed
    } else if now < expires_at {
        Confirming::Confirm
    } else {
        Confirming::Expired
    }
}

/// Whether a subscriber who confirmed at `confirmed_at` receives an announcement
/// published at `published_at`: only what was published once they had subscribed.
pub fn receives(confirmed_at: i64, published_at: i64) -> bool {
    confirmed_at <= published_at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_confirms_once_and_only_in_time() {
        assert_eq!(confirming(false, 100, 99), Confirming::Confirm);
        assert_eq!(confirming(false, 100, 100), Confirming::Expired);
        assert_eq!(confirming(false, 100, 5_000), Confirming::Expired);
        // Used before: it says so, even once expired.
        assert_eq!(confirming(true, 100, 50), Confirming::AlreadyConfirmed);
        assert_eq!(confirming(true, 100, 500), Confirming::AlreadyConfirmed);
    }

    #[test]
    fn subscribers_receive_what_follows_their_subscription() {
        assert!(receives(10, 10));
        assert!(receives(10, 11));
        assert!(!receives(10, 9));
    }
}
