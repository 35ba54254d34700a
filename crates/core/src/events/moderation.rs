//! Moderation during the day: who may hide a message or a question and mute a
//! participant, where; and what a report holds. Every decision goes to the audit log
//! (the server's business); the rules here only say who may.
//!
//! Organisers moderate everywhere in their event. A stand's staff moderate their own
//! stand's Q&A and nothing else: not the lounge, not another stand, not private chats
//! (a ministry's stand staff are guests of the event, not its wardens). A private chat
//! is moderated by organisers only, on a report: nobody reads it but its two people.

use serde::{Deserialize, Serialize};

use super::lounge::MuteScope;
use super::{EventRoles, Room};
use crate::moderation::ReportReason;
use crate::validation::{is_format_or_invisible, is_joiner};

/// Whether someone with `roles` may moderate (hide a message or a question, mute a
/// participant) in `room`: organisers everywhere, a stand's staff on that stand only.
pub fn may_moderate(roles: &EventRoles, room: &Room) -> bool {
    match room {
        _ if roles.organiser => true,
        Room::Stand { stand } => roles.staffs(*stand),
        Room::Lounge | Room::Private(_) => false,
    }
}

/// Why a mute is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum MuteRefusal {
    /// The actor does not moderate this room ([`may_moderate`]).
    #[error("not a moderator here")]
    NotModerator,
    #[error("one does not mute oneself")]
    Oneself,
    /// Organisers run the event; another organiser removes the role instead.
    #[error("an organiser is not muted")]
    Organiser,
    /// Staff of the stand do not silence each other; an organiser settles it.
    #[error("the stand's own staff are not muted by their colleagues")]
    StaffOfThisStand,
}

/// Whether `actor` (with `actor_roles`) may mute `target` (with `target_roles`) from
/// `room`, and if so where the mute applies: everywhere in the event when an organiser
/// mutes, on the stand only when its staff do (see [`MuteScope`]). Nobody mutes
/// themselves or an organiser; a stand's staff do not mute each other.
pub fn decide_mute(
    actor: i64,
    actor_roles: &EventRoles,
    target: i64,
    target_roles: &EventRoles,
    room: &Room,
) -> Result<MuteScope, MuteRefusal> {
    if !may_moderate(actor_roles, room) {
        return Err(MuteRefusal::NotModerator);
    }
    if actor == target {
        return Err(MuteRefusal::Oneself);
    }
    if target_roles.organiser {
        return Err(MuteRefusal::Organiser);
    }
    if actor_roles.organiser {
        return Ok(MuteScope::Event);
    }
    match room {
        Room::Stand { stand } if target_roles.staffs(*stand) => Err(MuteRefusal::StaffOfThisStand),
        Room::Stand { stand } => Ok(MuteScope::Stand { stand: *stand }),
        // Unreachable: only organisers moderate elsewhere, and they returned above.
        Room::Lounge | Room::Private(_) => Err(MuteRefusal::NotModerator),
    }
}

/// The longest details a report carries, in characters: a few sentences for the
/// organisers reading the report queue during a busy day.
pub const REPORT_DETAILS_MAX: usize = 500;

/// A checked report.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Report {
    pub reason: ReportReason,
    /// Trimmed; empty when none were given.
    pub details: String,
}

/// What is wrong with a report; [`check_report`] reports every one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ReportProblem {
    #[error("no reason is given")]
    NoReason,
    /// [`ReportReason::Other`] says nothing without details.
    #[error("the details are needed for this reason")]
    DetailsMissing,
    #[error("the details are longer than {max} characters")]
    DetailsTooLong { max: usize },
    #[error("the details hold a control or invisible character")]
    DetailsHiddenCharacter,
    /// Reporting one's own message or question.
    #[error("one does not report oneself")]
    OwnItem,
}

/// Checks a report by `reporter` on something written by `author`: a reason (the
/// same reasons as elsewhere in Gemeng), details (trimmed, at most
/// [`REPORT_DETAILS_MAX`] characters, line breaks allowed, nothing hidden; required
/// for [`ReportReason::Other`]); not on one's own writing. Anyone who may read a room
/// may report in it, so a report button is everywhere, private chats included.
pub fn check_report(
    reporter: i64,
    author: i64,
    reason: Option<ReportReason>,
    details: &str,
) -> Result<Report, Vec<ReportProblem>> {
    let mut problems = Vec::new();
    if reporter == author {
        problems.push(ReportProblem::OwnItem);
    }
    let details = details.replace("\r\n", "\n");
    let details = details.trim();
    if reason.is_none() {
        problems.push(ReportProblem::NoReason);
    }
    if reason == Some(ReportReason::Other) && details.is_empty() {
        problems.push(ReportProblem::DetailsMissing);
    }
    if details.chars().count() > REPORT_DETAILS_MAX {
        problems.push(ReportProblem::DetailsTooLong {
            max: REPORT_DETAILS_MAX,
        });
    }
    if details
        .chars()
        .any(|c| (c.is_control() && c != '\n') || (is_format_or_invisible(c) && !is_joiner(c)))
    {
        problems.push(ReportProblem::DetailsHiddenCharacter);
    }
    match reason {
        Some(reason) if problems.is_empty() => Ok(Report {
            reason,
            details: details.to_string(),
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::PrivateChat;
    use proptest::prelude::*;

    fn organiser() -> EventRoles {
        EventRoles {
            organiser: true,
            staff_of: vec![],
        }
    }

    fn staff(stands: &[i64]) -> EventRoles {
        EventRoles {
            organiser: false,
            staff_of: stands.to_vec(),
        }
    }

    fn private() -> Room {
        Room::Private(PrivateChat {
            first: 1,
            second: 2,
            started_at: 0,
        })
    }

    #[test]
    fn organisers_moderate_everywhere_staff_their_stand_only() {
        let rooms = [
            Room::Lounge,
            Room::Stand { stand: 1 },
            Room::Stand { stand: 2 },
            private(),
        ];
        for room in rooms {
            assert!(may_moderate(&organiser(), &room), "{room:?}");
            assert!(!may_moderate(&EventRoles::default(), &room), "{room:?}");
        }
        let at_1 = staff(&[1]);
        assert!(may_moderate(&at_1, &Room::Stand { stand: 1 }));
        assert!(!may_moderate(&at_1, &Room::Stand { stand: 2 }));
        assert!(!may_moderate(&at_1, &Room::Lounge));
        assert!(!may_moderate(&at_1, &private()));
        let both = EventRoles {
            organiser: true,
            staff_of: vec![1],
        };
        assert!(may_moderate(&both, &Room::Lounge));
    }

    #[test]
    fn mutes_reach_as_far_as_the_moderator_does() {
        let nobody = EventRoles::default();
        assert_eq!(
            decide_mute(1, &organiser(), 2, &nobody, &Room::Lounge),
            Ok(MuteScope::Event)
        );
        assert_eq!(
            decide_mute(1, &organiser(), 2, &staff(&[3]), &Room::Stand { stand: 3 }),
            Ok(MuteScope::Event),
            "an organiser mutes a stand's staff too"
        );
        assert_eq!(
            decide_mute(1, &organiser(), 2, &nobody, &private()),
            Ok(MuteScope::Event)
        );
        assert_eq!(
            decide_mute(1, &staff(&[3]), 2, &nobody, &Room::Stand { stand: 3 }),
            Ok(MuteScope::Stand { stand: 3 })
        );
        assert_eq!(
            decide_mute(1, &staff(&[3]), 2, &staff(&[4]), &Room::Stand { stand: 3 }),
            Ok(MuteScope::Stand { stand: 3 }),
            "another stand's staff are participants here"
        );
    }

    #[test]
    fn mutes_that_are_refused() {
        let nobody = EventRoles::default();
        for room in [Room::Lounge, Room::Stand { stand: 4 }, private()] {
            assert_eq!(
                decide_mute(1, &staff(&[3]), 2, &nobody, &room),
                Err(MuteRefusal::NotModerator)
            );
            assert_eq!(
                decide_mute(1, &nobody, 2, &nobody, &room),
                Err(MuteRefusal::NotModerator)
            );
        }
        assert_eq!(
            decide_mute(1, &organiser(), 1, &organiser(), &Room::Lounge),
            Err(MuteRefusal::Oneself)
        );
        assert_eq!(
            decide_mute(1, &staff(&[3]), 1, &staff(&[3]), &Room::Stand { stand: 3 }),
            Err(MuteRefusal::Oneself)
        );
        assert_eq!(
            decide_mute(1, &organiser(), 2, &organiser(), &Room::Lounge),
            Err(MuteRefusal::Organiser)
        );
        assert_eq!(
            decide_mute(1, &staff(&[3]), 2, &organiser(), &Room::Stand { stand: 3 }),
            Err(MuteRefusal::Organiser)
        );
        assert_eq!(
            decide_mute(1, &staff(&[3]), 2, &staff(&[3]), &Room::Stand { stand: 3 }),
            Err(MuteRefusal::StaffOfThisStand)
        );
    }

    fn any_roles() -> impl Strategy<Value = EventRoles> {
        (any::<bool>(), proptest::collection::vec(0i64..4, 0..3)).prop_map(
            |(organiser, staff_of)| EventRoles {
                organiser,
                staff_of,
            },
        )
    }

    fn any_room() -> impl Strategy<Value = Room> {
        prop_oneof![
            Just(Room::Lounge),
            (0i64..4).prop_map(|stand| Room::Stand { stand }),
            Just(private()),
        ]
    }

    proptest! {
        #[test]
        fn a_mute_never_reaches_beyond_the_moderators_rooms(
            actor in 0i64..3, target in 0i64..3,
            actor_roles in any_roles(), target_roles in any_roles(), room in any_room(),
        ) {
            match decide_mute(actor, &actor_roles, target, &target_roles, &room) {
                Ok(MuteScope::Event) => prop_assert!(actor_roles.organiser),
                Ok(MuteScope::Stand { stand }) => {
                    prop_assert!(!actor_roles.organiser);
                    prop_assert_eq!(room, Room::Stand { stand });
                    prop_assert!(actor_roles.staffs(stand));
                }
                Err(_) => {}
            }
            if decide_mute(actor, &actor_roles, target, &target_roles, &room).is_ok() {
                prop_assert!(may_moderate(&actor_roles, &room));
                prop_assert!(actor != target && !target_roles.organiser);
            }
        }
    }

    #[test]
    fn a_report_needs_a_reason() {
        assert_eq!(
            check_report(1, 2, Some(ReportReason::Spam), "  "),
            Ok(Report {
                reason: ReportReason::Spam,
                details: String::new()
            })
        );
        assert_eq!(
            check_report(1, 2, None, "rude"),
            Err(vec![ReportProblem::NoReason])
        );
        assert_eq!(
            check_report(1, 2, Some(ReportReason::Other), " \r\n "),
            Err(vec![ReportProblem::DetailsMissing])
        );
        assert_eq!(
            check_report(1, 2, Some(ReportReason::Other), " insults\r\nagain "),
            Ok(Report {
                reason: ReportReason::Other,
                details: "insults\nagain".into()
            })
        );
        assert_eq!(
            check_report(1, 1, Some(ReportReason::Abuse), ""),
            Err(vec![ReportProblem::OwnItem])
        );
    }

    #[test]
    fn report_details_are_bounded_and_plain() {
        let reason = Some(ReportReason::Abuse);
        assert!(check_report(1, 2, reason, &"é".repeat(REPORT_DETAILS_MAX)).is_ok());
        assert_eq!(
            check_report(1, 2, reason, &"é".repeat(REPORT_DETAILS_MAX + 1)),
            Err(vec![ReportProblem::DetailsTooLong {
                max: REPORT_DETAILS_MAX
            }])
        );
        assert_eq!(
            check_report(1, 2, reason, "a\u{202E}b"),
            Err(vec![ReportProblem::DetailsHiddenCharacter])
        );
        assert_eq!(
            check_report(1, 2, reason, "a\tb"),
            Err(vec![ReportProblem::DetailsHiddenCharacter])
        );
        assert_eq!(
            check_report(
                3,
                3,
                None,
                &format!("{}\u{0}", "x".repeat(REPORT_DETAILS_MAX))
            ),
            Err(vec![
                ReportProblem::OwnItem,
                ReportProblem::NoReason,
                ReportProblem::DetailsTooLong {
                    max: REPORT_DETAILS_MAX
                },
                ReportProblem::DetailsHiddenCharacter,
            ])
        );
    }
}
