//! E-mail notices: what a person hears of by e-mail (replies to their posts, private
//! messages, time bank exchanges waiting for them or answered) and how often: at
//! once, in a daily digest, or never.

use serde::{Deserialize, Serialize};

/// What a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Someone answered one of my posts.
    Replies,
    /// Someone wrote to me.
    Messages,
    /// A time bank exchange waits for my answer, or my proposal was answered.
    #[serde(rename = "timebank")]
    TimeBank,
}

impl Topic {
    pub const ALL: [Topic; 3] = [Topic::Replies, Topic::Messages, Topic::TimeBank];

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Replies => "replies",
            Topic::Messages => "messages",
            Topic::TimeBank => "timebank",
        }
    }

    pub fn parse(s: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// How often.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    /// One e-mail per reply or message (the default: people expect to hear).
    #[default]
    Immediately,
    Daily,
    Never,
}

impl Frequency {
    pub const ALL: [Frequency; 3] = [Frequency::Immediately, Frequency::Daily, Frequency::Never];

    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Immediately => "immediately",
            Frequency::Daily => "daily",
            Frequency::Never => "never",
        }
    }

    pub fn parse(s: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// A day, in seconds.
pub const DAY: i64 = 86_400;
/// Items one digest lists at most (the rest are counted: "and 12 more").
pub const DIGEST_ITEMS_MAX: usize = 30;

/// Whether someone's digest is due: they have waiting items, and their last digest
/// left a day ago or more (or never).
pub fn digest_due(last_sent: Option<i64>, waiting: usize, now: i64) -> bool {
    waiting > 0 && last_sent.is_none_or(|at| now - at >= DAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_leaves_at_most_once_a_day_and_only_with_something_in_it() {
        assert!(digest_due(None, 1, 1_000));
        assert!(!digest_due(None, 0, 1_000));
        assert!(!digest_due(Some(1_000), 3, 1_000 + DAY - 1));
        assert!(digest_due(Some(1_000), 3, 1_000 + DAY));
        assert!(!digest_due(Some(1_000), 0, 1_000 + 2 * DAY));
    }

    #[test]
    fn names_round_trip_and_the_default_is_at_once() {
        for t in Topic::ALL {
            assert_eq!(Topic::parse(t.as_str()), Some(t));
        }
        for f in Frequency::ALL {
            assert_eq!(Frequency::parse(f.as_str()), Some(f));
        }
        assert_eq!(
            Topic::ALL.map(Topic::as_str),
            ["replies", "messages", "timebank"]
        );
        assert_eq!(
            Frequency::ALL.map(Frequency::as_str),
            ["immediately", "daily", "never"]
        );
        assert_eq!(Topic::parse("all"), None);
        assert_eq!(Frequency::parse("weekly"), None);
        assert_eq!(Frequency::default(), Frequency::Immediately);
    }
}
