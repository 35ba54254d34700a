//! Reports and moderation: residents report a post, comment or message with a reason;
//! moderators hide what breaks the community guidelines or keep it, and may restore
//! what was hidden; each decision gives a reason, which the author is told.
//!
//! Who judges: commune staff judge everything in their commune; a neighbourhood's
//! moderator (a resident named by staff, still a member there) judges posts and
//! comments written there. Private messages are judged by staff only: a neighbour
//! moderating their street does not read neighbours' private conversations. Nobody
//! judges their own writing.

use serde::{Deserialize, Serialize};

use crate::posts::{bounded, Moderates, Reader};

/// What can be reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemType {
    Post,
    Comment,
    Message,
}

impl ItemType {
    pub const ALL: [ItemType; 3] = [ItemType::Post, ItemType::Comment, ItemType::Message];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemType::Post => "post",
            ItemType::Comment => "comment",
            ItemType::Message => "message",
        }
    }

    pub fn parse(s: &str) -> Option<ItemType> {
        ItemType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Why something is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportReason {
    /// Advertising, the same text again and again.
    Spam,
    /// Insults, threats, harassment, hatred.
    Abuse,
    /// Someone's address, phone number or picture shared without their consent.
    PersonalData,
    /// Something against the law (sale of forbidden goods, a scam).
    Illegal,
    /// Anything else, said in the details.
    Other,
}

impl ReportReason {
    pub const ALL: [ReportReason; 5] = [
        ReportReason::Spam,
        ReportReason::Abuse,
        ReportReason::PersonalData,
        ReportReason::Illegal,
        ReportReason::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReportReason::Spam => "spam",
            ReportReason::Abuse => "abuse",
            ReportReason::PersonalData => "personal-data",
            ReportReason::Illegal => "illegal",
            ReportReason::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<ReportReason> {
        ReportReason::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            ReportReason::Spam => "report-reason-spam",
            ReportReason::Abuse => "report-reason-abuse",
            ReportReason::PersonalData => "report-reason-personal-data",
            ReportReason::Illegal => "report-reason-illegal",
            ReportReason::Other => "report-reason-other",
        }
    }
}

/// The longest explanation a report or a decision may carry.
pub const DETAILS_MAX: usize = 1_000;

/// A report's details: optional, except for [`ReportReason::Other`], which says
/// nothing without them.
pub fn check_details(reason: ReportReason, input: &str) -> Result<String, &'static str> {
    match bounded(
        input,
        DETAILS_MAX,
        "report-error-details-empty",
        "report-error-details-long",
    ) {
        Err("report-error-details-empty") if reason != ReportReason::Other => Ok(String::new()),
        other => other,
    }
}

/// The reason a moderator gives for a decision: always, since the author is told it.
pub fn check_decision_reason(input: &str) -> Result<String, &'static str> {
    bounded(
        input,
        DETAILS_MAX,
        "moderation-error-reason-empty",
        "moderation-error-reason-long",
    )
}

/// What a moderator decided about an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// Hidden from everyone but its author and moderators.
    Hide,
    /// Left as it is: the reports are closed.
    Keep,
    /// Shown again after it was hidden.
    Restore,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::Hide, Decision::Keep, Decision::Restore];

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Hide => "hide",
            Decision::Keep => "keep",
            Decision::Restore => "restore",
        }
    }

    pub fn parse(s: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Whether the decision fits the item's state: only a visible item is hidden or
    /// kept, only a hidden one restored.
    pub fn fits(self, hidden: bool) -> bool {
        match self {
            Decision::Hide | Decision::Keep => !hidden,
            Decision::Restore => hidden,
        }
    }
}

/// An item as the moderation rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemFacts {
    pub item_type: ItemType,
    pub commune_id: i64,
    /// Where a post or comment was written; a message's sender's neighbourhood.
    pub neighbourhood_id: Option<i64>,
    pub author_id: i64,
}

/// Whether `reader` may judge reports of `item` (see the module's text).
pub fn may_judge(reader: &Reader, item: &ItemFacts) -> bool {
    if reader.commune_id != item.commune_id || reader.user_id == item.author_id {
        return false;
    }
    match reader.moderates {
        Moderates::Commune => true,
        Moderates::Neighbourhood(n) => {
            reader.member && item.item_type != ItemType::Message && item.neighbourhood_id == Some(n)
        }
        Moderates::Nothing => false,
    }
}

/// Whether `reader` sees a moderation queue at all, and of which neighbourhood
/// (`None`: the whole commune).
pub fn queue_of(reader: &Reader) -> Option<Option<i64>> {
    match reader.moderates {
        Moderates::Commune => Some(None),
        Moderates::Neighbourhood(n) if reader.member => Some(Some(n)),
        _ => None,
    }
}

/// Whether `reporter` may report an item by `author_id`: anyone who can see it
/// (the caller has checked that), except its author.
pub fn may_report(reporter: &Reader, author_id: i64) -> Result<(), &'static str> {
    if reporter.user_id == author_id {
        Err("report-error-own")
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(moderates: Moderates, member: bool) -> Reader {
        Reader {
            user_id: 1,
            commune_id: 10,
            neighbourhood_id: Some(100),
            member,
            moderates,
        }
    }

    fn item(item_type: ItemType, neighbourhood: i64) -> ItemFacts {
        ItemFacts {
            item_type,
            commune_id: 10,
            neighbourhood_id: Some(neighbourhood),
            author_id: 2,
        }
    }

    #[test]
    fn staff_judge_everything_in_their_commune_but_their_own() {
        let staff = reader(Moderates::Commune, false);
        for t in ItemType::ALL {
            assert!(may_judge(&staff, &item(t, 100)));
            assert!(may_judge(&staff, &item(t, 200)));
            assert!(!may_judge(
                &staff,
                &ItemFacts {
                    commune_id: 11,
                    ..item(t, 100)
                }
            ));
            assert!(!may_judge(
                &staff,
                &ItemFacts {
                    author_id: 1,
                    ..item(t, 100)
                }
            ));
        }
        assert_eq!(queue_of(&staff), Some(None));
    }

    #[test]
    fn a_neighbourhood_moderator_judges_posts_and_comments_there_not_messages() {
        let moderator = reader(Moderates::Neighbourhood(100), true);
        assert!(may_judge(&moderator, &item(ItemType::Post, 100)));
        assert!(may_judge(&moderator, &item(ItemType::Comment, 100)));
        assert!(!may_judge(&moderator, &item(ItemType::Message, 100)));
        assert!(!may_judge(&moderator, &item(ItemType::Post, 200)));
        assert!(!may_judge(
            &moderator,
            &ItemFacts {
                neighbourhood_id: None,
                ..item(ItemType::Post, 100)
            }
        ));
        assert_eq!(queue_of(&moderator), Some(Some(100)));
        // No longer a member there: no longer a moderator.
        let moved = reader(Moderates::Neighbourhood(100), false);
        assert!(!may_judge(&moved, &item(ItemType::Post, 100)));
        assert_eq!(queue_of(&moved), None);
    }

    #[test]
    fn residents_judge_nothing_and_report_what_is_not_theirs() {
        let resident = reader(Moderates::Nothing, true);
        for t in ItemType::ALL {
            assert!(!may_judge(&resident, &item(t, 100)));
        }
        assert_eq!(queue_of(&resident), None);
        assert_eq!(may_report(&resident, 2), Ok(()));
        assert_eq!(may_report(&resident, 1), Err("report-error-own"));
    }

    #[test]
    fn details_are_needed_only_for_other() {
        assert_eq!(check_details(ReportReason::Spam, "  "), Ok(String::new()));
        assert_eq!(
            check_details(ReportReason::Other, "  "),
            Err("report-error-details-empty")
        );
        assert_eq!(
            check_details(ReportReason::Other, " why "),
            Ok("why".into())
        );
        assert_eq!(
            check_details(ReportReason::Abuse, &"x".repeat(DETAILS_MAX + 1)),
            Err("report-error-details-long")
        );
        assert_eq!(
            check_details(ReportReason::Abuse, &"x".repeat(DETAILS_MAX)).map(|d| d.len()),
            Ok(DETAILS_MAX)
        );
        assert_eq!(
            check_decision_reason(""),
            Err("moderation-error-reason-empty")
        );
        assert_eq!(
            check_decision_reason(&"x".repeat(DETAILS_MAX + 1)),
            Err("moderation-error-reason-long")
        );
        assert_eq!(check_decision_reason(" Insult "), Ok("Insult".into()));
    }

    #[test]
    fn decisions_fit_the_state() {
        assert!(Decision::Hide.fits(false));
        assert!(!Decision::Hide.fits(true));
        assert!(Decision::Keep.fits(false));
        assert!(!Decision::Keep.fits(true));
        assert!(Decision::Restore.fits(true));
        assert!(!Decision::Restore.fits(false));
    }

    #[test]
    fn names_round_trip() {
        for t in ItemType::ALL {
            assert_eq!(ItemType::parse(t.as_str()), Some(t));
        }
        for r in ReportReason::ALL {
            assert_eq!(ReportReason::parse(r.as_str()), Some(r));
            assert!(r.message_id().ends_with(r.as_str()));
        }
        for d in Decision::ALL {
            assert_eq!(Decision::parse(d.as_str()), Some(d));
        }
        assert_eq!(ItemType::parse("user"), None);
        assert_eq!(ReportReason::parse(""), None);
        assert_eq!(Decision::parse("delete"), None);
        assert_eq!(
            [
                ItemType::Post.as_str(),
                ItemType::Comment.as_str(),
                ItemType::Message.as_str()
            ],
            ["post", "comment", "message"]
        );
        assert_eq!(
            ReportReason::ALL.map(ReportReason::as_str),
            ["spam", "abuse", "personal-data", "illegal", "other"]
        );
        assert_eq!(
            Decision::ALL.map(Decision::as_str),
            ["hide", "keep", "restore"]
        );
    }
}
