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
    /// The commune's announcements for one's neighbourhood and commune.
    Announcements,
}

impl Topic {
    pub const ALL: [Topic; 4] = [
        Topic::Replies,
        Topic::Messages,
        Topic::TimeBank,
        Topic::Announcements,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Replies => "replies",
            Topic::Messages => "messages",
            Topic::TimeBank => "timebank",
            Topic::Announcements => "announcements",
        }
    }

    pub fn parse(s: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// How often one may hear of it. A weekly digest suits the commune's news, which
    /// rarely needs a reply the same day; replies, messages and exchanges wait for
    /// someone, so a week would be too long.
    pub fn frequencies(self) -> &'static [Frequency] {
        match self {
            Topic::Announcements => &Frequency::ALL,
            _ => &[Frequency::Immediately, Frequency::Daily, Frequency::Never],
        }
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
    Weekly,
    Never,
}

impl Frequency {
    pub const ALL: [Frequency; 4] = [
        Frequency::Immediately,
        Frequency::Daily,
        Frequency::Weekly,
        Frequency::Never,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Immediately => "immediately",
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
            Frequency::Never => "never",
        }
    }

    pub fn parse(s: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// A day, in seconds.
pub const DAY: i64 = 86_400;
pub const WEEK: i64 = 7 * DAY;

/// When an item for a weekly digest may leave: the next Monday at 06:00 UTC (7 or 8
/// in the morning in Luxembourg) strictly after `now`. The item waits in the digest
/// until then and leaves with whatever else is due.
pub fn weekly_slot(now: i64) -> i64 {
    // 1 January 1970 was a Thursday: day d is a Monday when (d + 3) % 7 == 0.
    let day = now.div_euclid(DAY);
    let monday = day - (day + 3).rem_euclid(7);
    let slot = monday * DAY + 6 * 3_600;
    if slot > now {
        slot
    } else {
        slot + WEEK
    }
}
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
            ["replies", "messages", "timebank", "announcements"]
        );
        assert_eq!(
            Frequency::ALL.map(Frequency::as_str),
            ["immediately", "daily", "weekly", "never"]
        );
        assert_eq!(Topic::parse("all"), None);
        assert_eq!(Frequency::parse("hourly"), None);
        assert_eq!(Frequency::default(), Frequency::Immediately);
    }

    #[test]
    fn only_announcements_may_wait_a_week() {
        assert_eq!(Topic::Announcements.frequencies(), &Frequency::ALL);
        for topic in [Topic::Replies, Topic::Messages, Topic::TimeBank] {
            assert!(
                !topic.frequencies().contains(&Frequency::Weekly),
                "{topic:?}"
            );
            assert_eq!(topic.frequencies().len(), 3);
        }
    }

    #[test]
    fn weekly_digests_leave_on_monday_mornings() {
        // Monday 30 November 2026, 06:00 UTC.
        let monday = 1_796_018_400;
        assert_eq!(weekly_slot(monday - 1), monday);
        assert_eq!(weekly_slot(monday), monday + WEEK);
        assert_eq!(weekly_slot(monday + 3 * DAY), monday + WEEK);
        assert_eq!(weekly_slot(monday - 6 * DAY), monday);
        assert_eq!(weekly_slot(monday - 7 * DAY), monday);
        assert_eq!(weekly_slot(0), 4 * DAY + 6 * 3_600);
    }
}
