//! Who may see or do what, in one place. Every route of the server names the
//! [`Action`] it performs and asks [`decide`]; no handler checks roles by itself.

use serde::Serialize;

use crate::account::{Residence, Role};

/// The signed-in person as the rules see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i64,
    /// `None` only for operators, who belong to the installation, not a commune.
    pub commune_id: Option<i64>,
    pub role: Role,
    /// The neighbourhood of the person's address, if they gave one.
    pub neighbourhood_id: Option<i64>,
    pub email_confirmed: bool,
    pub residence: Residence,
}

impl Actor {
    /// A member of a neighbourhood: confirmed e-mail, proven residence, placed there.
    /// An organiser's account (an association's) is nobody's neighbour.
    pub fn is_member_of(&self, neighbourhood_id: i64) -> bool {
        self.role != Role::Organiser
            && self.email_confirmed
            && self.residence == Residence::Verified
            && self.neighbourhood_id == Some(neighbourhood_id)
    }
}

/// Everything a route can do, scoped to the commune named in its URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Public commune pages: announcements, sign-up, the address search.
    ViewCommunePublic,
    /// One's own account page, language, log-out.
    ManageOwnAccount,
    /// Enter a letter or invitation code to prove residence.
    ProveResidence,
    /// A neighbourhood's home page and everything posted in it.
    ViewNeighbourhood { neighbourhood_id: i64 },
    /// Hand a code to a neighbour so they can join without a letter.
    InviteNeighbour,
    /// Private messages, blocks and e-mail notices: verified members of a neighbourhood.
    UseMessages,
    /// The time bank: join it, publish offers and requests, exchange minutes. Verified
    /// members of a neighbourhood (the bank itself is commune-wide; whether they joined
    /// is the ledger's to say).
    UseTimeBank,
    /// The commune's channel as a resident: announcements for one's neighbourhood and
    /// commune, consultations, threads with the commune's services. Verified members of
    /// a neighbourhood (public announcements need no account: `ViewCommunePublic`).
    ReadChannel,
    /// Speak for the commune on its channel: publish announcements, run consultations
    /// and read their answers, answer residents' threads, send the newsletter. Staff and
    /// admins; an installation's operator does not speak for a commune.
    SpeakForCommune,
    /// Activities as a participant: register for a session or join its waiting list,
    /// withdraw, keep a personal calendar feed. Verified members of a neighbourhood
    /// (which activities they see is `core::activities::may_see`'s to say).
    JoinActivities,
    /// Organise activities: staff for the commune (any audience), verified members for
    /// their neighbourhood (`core::activities::audience_allowed`); an activity's
    /// registrants, attendance and cancellations are its organiser's and staff's
    /// (`core::activities::may_manage`).
    OrganiseActivities,
    /// Language practice: keep a language profile, see and answer one's tandem
    /// proposals. Verified members of a neighbourhood.
    PracticeLanguages,
    /// Take part in the commune's event days with an account: register, withdraw,
    /// keep a personal programme. Anyone signed in to the commune with a confirmed
    /// e-mail address, a newcomer still waiting for their letter too (which events
    /// they may join is `core::events::participation::decide_registration`'s to say).
    /// Guests without an account register by e-mail, outside this rule.
    JoinEvents,
    /// Organise event days (stands, workshops, the lounge): staff of the commune, and
    /// organiser accounts (a ministry or an association running a day here). What
    /// happens inside one event is `core::events::EventRoles`'s to say.
    OrganiseEvents,
    /// Propose tandems to the commune's members (the matching over every profile).
    /// Staff and admins.
    ProposeTandems,
    /// Coordinate the time bank: its rules, entries at the counter, reversals, the
    /// activity and the export of the ledger. Staff and admins.
    CoordinateTimeBank,
    /// The report queue: staff and admins of the commune, and moderators who are
    /// members of the neighbourhood they moderate (`core::moderation` then decides
    /// item by item).
    Moderate,
    /// The staff dashboard and the list of residents waiting for verification.
    ReviewResidents,
    /// Print a batch of residence letters.
    PrintLetters,
    /// Import neighbourhood polygons and the address register.
    ImportRegister,
    /// Set the commune's identity: its names per language, address, contact, opening
    /// hours and who signs its letters. Admins only.
    EditCommune,
    /// Name moderators (staff and admins) or staff and admins (admins only). Nobody is
    /// made an organiser: organiser accounts are created as such (`ManageOrganisers`).
    AssignRole { to: Role },
    /// Create, list and close the commune's organiser accounts (associations, a
    /// ministry running an event here). Staff and admins of the commune.
    ManageOrganisers,
    /// Run the installation: create communes, import their maps and registers, name
    /// their first admins. Operators only; it reads no neighbourhood.
    ManageInstallation,
}

/// The answer, with enough detail for the server to respond usefully.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Decision {
    Allow,
    /// Nobody is signed in (or the session belongs to another commune).
    NeedsLogin,
    /// Signed in, but the e-mail address is not confirmed yet: the first step of all.
    NeedsEmailConfirmation,
    /// Signed in with a confirmed e-mail, but the residence is not proven yet.
    NeedsVerification,
    Forbidden,
}

/// What a resident of the neighbourhood still has to do to become a member: confirm
/// the e-mail address first, then prove the residence (a refused residence is final).
fn next_step(actor: &Actor) -> Decision {
    if !actor.email_confirmed {
        Decision::NeedsEmailConfirmation
    } else if actor.residence == Residence::Pending {
        Decision::NeedsVerification
    } else {
        Decision::Forbidden
    }
}

/// Whether `actor` may perform `action` in commune `commune_id`: for pages that only
/// show or hide what a person may do (the guards use [`decide`] and its reasons).
pub fn allows(actor: &Actor, commune_id: i64, action: Action) -> bool {
    decide(Some(actor), commune_id, action) == Decision::Allow
}

/// Decides whether `actor` may perform `action` in commune `commune_id`.
pub fn decide(actor: Option<&Actor>, commune_id: i64, action: Action) -> Decision {
    if action == Action::ViewCommunePublic {
        return Decision::Allow;
    }
    // A session from another commune counts as nobody here, except an operator's.
    let actor = match actor {
        Some(a) if a.commune_id == Some(commune_id) || a.role == Role::Operator => a,
        _ => return Decision::NeedsLogin,
    };
    if actor.role == Role::Organiser {
        return organiser_decides(actor, action);
    }
    let is_operator = actor.role == Role::Operator;
    match action {
        Action::ViewCommunePublic => Decision::Allow,
        Action::ManageOwnAccount => Decision::Allow,
        Action::ProveResidence => {
            if is_operator || actor.role.is_commune_staff() || actor.neighbourhood_id.is_none() {
                Decision::Forbidden
            } else if !actor.email_confirmed {
                Decision::NeedsEmailConfirmation
            } else if actor.residence != Residence::Pending {
                // Verified: nothing to prove. Refused: staff decided; codes cannot undo it.
                Decision::Forbidden
            } else {
                Decision::Allow
            }
        }
        Action::ViewNeighbourhood { neighbourhood_id } => {
            if actor.is_member_of(neighbourhood_id) {
                Decision::Allow
            } else if actor.neighbourhood_id == Some(neighbourhood_id) {
                next_step(actor)
            } else {
                Decision::Forbidden
            }
        }
        Action::InviteNeighbour
        | Action::UseMessages
        | Action::UseTimeBank
        | Action::ReadChannel
        | Action::JoinActivities
        | Action::PracticeLanguages => match actor.neighbourhood_id {
            Some(n) if actor.is_member_of(n) => Decision::Allow,
            Some(_) => next_step(actor),
            None => Decision::Forbidden,
        },
        Action::OrganiseActivities => {
            if actor.role.is_commune_staff() {
                return Decision::Allow;
            }
            match actor.neighbourhood_id {
                Some(n) if actor.is_member_of(n) => Decision::Allow,
                Some(_) => next_step(actor),
                None => Decision::Forbidden,
            }
        }
        Action::Moderate => match (actor.role, actor.neighbourhood_id) {
            (Role::Staff | Role::Admin, _) => Decision::Allow,
            (Role::Moderator, Some(n)) if actor.is_member_of(n) => Decision::Allow,
            _ => Decision::Forbidden,
        },
        Action::JoinEvents => {
            if is_operator {
                Decision::Forbidden
            } else if !actor.email_confirmed {
                Decision::NeedsEmailConfirmation
            } else {
                Decision::Allow
            }
        }
        Action::OrganiseEvents => allow_if(actor.role.is_commune_staff()),
        Action::ReviewResidents | Action::PrintLetters => {
            allow_if(actor.role.is_commune_staff() || is_operator)
        }
        // The ledger is the commune's: an installation's operator does not keep it.
        Action::CoordinateTimeBank | Action::SpeakForCommune | Action::ProposeTandems => {
            allow_if(actor.role.is_commune_staff())
        }
        Action::ImportRegister | Action::EditCommune => allow_if(actor.role >= Role::Admin),
        Action::ManageInstallation => allow_if(is_operator),
        Action::ManageOrganisers => allow_if(actor.role.is_commune_staff()),
        Action::AssignRole { to } => match to {
            Role::Resident | Role::Moderator => {
                allow_if(actor.role.is_commune_staff() || is_operator)
            }
            Role::Staff | Role::Admin => allow_if(actor.role >= Role::Admin),
            Role::Organiser | Role::Operator => Decision::Forbidden,
        },
    }
}

/// An organiser's account (an association's, created by staff with a confirmed e-mail
/// and a residence they need not prove) keeps its own account and organises
/// activities for the commune; it does nothing a resident or staff member does, even
/// if an address were ever set on it.
fn organiser_decides(actor: &Actor, action: Action) -> Decision {
    match action {
        Action::ManageOwnAccount => Decision::Allow,
        Action::OrganiseActivities | Action::OrganiseEvents => {
            allow_if(actor.email_confirmed && actor.residence == Residence::Verified)
        }
        _ => Decision::Forbidden,
    }
}

fn allow_if(condition: bool) -> Decision {
    if condition {
        Decision::Allow
    } else {
        Decision::Forbidden
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn resident(commune: i64, neighbourhood: i64) -> Actor {
        Actor {
            user_id: 1,
            commune_id: Some(commune),
            role: Role::Resident,
            neighbourhood_id: Some(neighbourhood),
            email_confirmed: true,
            residence: Residence::Verified,
        }
    }

    #[test]
    fn members_message_and_moderators_who_live_there_moderate() {
        let member = resident(1, 10);
        assert_eq!(
            decide(Some(&member), 1, Action::UseMessages),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&member), 2, Action::UseMessages),
            Decision::NeedsLogin
        );
        let pending = Actor {
            residence: Residence::Pending,
            ..member.clone()
        };
        assert_eq!(
            decide(Some(&pending), 1, Action::UseMessages),
            Decision::NeedsVerification
        );
        let homeless = Actor {
            neighbourhood_id: None,
            ..member.clone()
        };
        assert_eq!(
            decide(Some(&homeless), 1, Action::UseMessages),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&member), 1, Action::Moderate),
            Decision::Forbidden
        );
        let moderator = Actor {
            role: Role::Moderator,
            ..member.clone()
        };
        assert_eq!(
            decide(Some(&moderator), 1, Action::Moderate),
            Decision::Allow
        );
        let moved = Actor {
            residence: Residence::Refused,
            ..moderator.clone()
        };
        assert_eq!(
            decide(Some(&moved), 1, Action::Moderate),
            Decision::Forbidden
        );
        let nowhere = Actor {
            neighbourhood_id: None,
            ..moderator
        };
        assert_eq!(
            decide(Some(&nowhere), 1, Action::Moderate),
            Decision::Forbidden
        );
        for role in [Role::Staff, Role::Admin] {
            let staff = Actor {
                role,
                neighbourhood_id: None,
                ..member.clone()
            };
            assert_eq!(decide(Some(&staff), 1, Action::Moderate), Decision::Allow);
        }
        let operator = Actor {
            role: Role::Operator,
            commune_id: None,
            ..member
        };
        assert_eq!(
            decide(Some(&operator), 1, Action::Moderate),
            Decision::Forbidden
        );
    }

    #[test]
    fn only_pending_residents_with_an_address_prove_residence() {
        let pending = Actor {
            residence: Residence::Pending,
            ..resident(1, 10)
        };
        let prove = |actor: &Actor| decide(Some(actor), 1, Action::ProveResidence);
        assert_eq!(prove(&pending), Decision::Allow);
        // Staff and operators never prove a residence, even with an address.
        for role in [Role::Staff, Role::Admin] {
            assert_eq!(
                prove(&Actor {
                    role,
                    ..pending.clone()
                }),
                Decision::Forbidden,
                "{role:?}"
            );
        }
        let operator = Actor {
            role: Role::Operator,
            commune_id: None,
            ..pending.clone()
        };
        assert_eq!(prove(&operator), Decision::Forbidden);
        // Without an address there is nothing to prove.
        let nowhere = Actor {
            neighbourhood_id: None,
            ..pending.clone()
        };
        assert_eq!(prove(&nowhere), Decision::Forbidden);
        let unconfirmed = Actor {
            email_confirmed: false,
            ..pending.clone()
        };
        assert_eq!(prove(&unconfirmed), Decision::NeedsEmailConfirmation);
        assert_eq!(prove(&resident(1, 10)), Decision::Forbidden);
        let refused = Actor {
            residence: Residence::Refused,
            ..pending
        };
        assert_eq!(prove(&refused), Decision::Forbidden);
    }

    #[test]
    fn verified_members_invite_their_neighbours() {
        let invite = |actor: &Actor| decide(Some(actor), 1, Action::InviteNeighbour);
        assert_eq!(invite(&resident(1, 10)), Decision::Allow);
        let pending = Actor {
            residence: Residence::Pending,
            ..resident(1, 10)
        };
        assert_eq!(invite(&pending), Decision::NeedsVerification);
        let nowhere = Actor {
            neighbourhood_id: None,
            ..resident(1, 10)
        };
        assert_eq!(invite(&nowhere), Decision::Forbidden);
    }

    #[test]
    fn only_operators_manage_the_installation() {
        let operator = Actor {
            user_id: 9,
            commune_id: None,
            role: Role::Operator,
            neighbourhood_id: None,
            email_confirmed: true,
            residence: Residence::Verified,
        };
        assert_eq!(
            decide(Some(&operator), 1, Action::ManageInstallation),
            Decision::Allow
        );
        let admin = Actor {
            role: Role::Admin,
            commune_id: Some(1),
            ..operator.clone()
        };
        assert_eq!(
            decide(Some(&admin), 1, Action::ManageInstallation),
            Decision::Forbidden
        );
        assert_eq!(
            decide(None, 1, Action::ManageInstallation),
            Decision::NeedsLogin
        );
    }

    #[test]
    fn members_see_only_their_own_neighbourhood() {
        let ana = resident(1, 10);
        assert_eq!(
            decide(
                Some(&ana),
                1,
                Action::ViewNeighbourhood {
                    neighbourhood_id: 10
                }
            ),
            Decision::Allow
        );
        assert_eq!(
            decide(
                Some(&ana),
                1,
                Action::ViewNeighbourhood {
                    neighbourhood_id: 11
                }
            ),
            Decision::Forbidden
        );
        assert_eq!(
            decide(
                None,
                1,
                Action::ViewNeighbourhood {
                    neighbourhood_id: 10
                }
            ),
            Decision::NeedsLogin
        );
    }

    #[test]
    fn pending_residents_see_only_public_pages() {
        let pending = Actor {
            residence: Residence::Pending,
            ..resident(1, 10)
        };
        assert_eq!(
            decide(
                Some(&pending),
                1,
                Action::ViewNeighbourhood {
                    neighbourhood_id: 10
                }
            ),
            Decision::NeedsVerification
        );
        assert_eq!(
            decide(Some(&pending), 1, Action::ProveResidence),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&pending), 1, Action::InviteNeighbour),
            Decision::NeedsVerification
        );
        let unconfirmed = Actor {
            email_confirmed: false,
            ..pending
        };
        // The e-mail comes first: its page must not send them to prove residence.
        assert_eq!(
            decide(Some(&unconfirmed), 1, Action::ProveResidence),
            Decision::NeedsEmailConfirmation
        );
        assert_eq!(
            decide(
                Some(&unconfirmed),
                1,
                Action::ViewNeighbourhood {
                    neighbourhood_id: 10
                }
            ),
            Decision::NeedsEmailConfirmation
        );
        assert_eq!(
            decide(Some(&unconfirmed), 1, Action::InviteNeighbour),
            Decision::NeedsEmailConfirmation
        );
        // A refused resident has no next step: codes cannot undo the staff's decision.
        let refused = Actor {
            residence: Residence::Refused,
            ..pending.clone()
        };
        assert_eq!(
            decide(
                Some(&refused),
                1,
                Action::ViewNeighbourhood {
                    neighbourhood_id: 10
                }
            ),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&refused), 1, Action::InviteNeighbour),
            Decision::Forbidden
        );
    }

    #[test]
    fn allows_is_decide_saying_allow() {
        let member = resident(1, 10);
        assert!(allows(&member, 1, Action::InviteNeighbour));
        assert!(!allows(&member, 1, Action::ReviewResidents));
        // Another commune: not allowed (decide says log in).
        assert!(!allows(&member, 2, Action::InviteNeighbour));
    }

    #[test]
    fn staff_do_not_read_neighbourhoods_but_review_residents() {
        let staff = Actor {
            role: Role::Staff,
            neighbourhood_id: None,
            ..resident(1, 10)
        };
        assert_eq!(
            decide(
                Some(&staff),
                1,
                Action::ViewNeighbourhood {
                    neighbourhood_id: 10
                }
            ),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&staff), 1, Action::ReviewResidents),
            Decision::Allow
        );
        assert_eq!(
            decide(
                Some(&staff),
                1,
                Action::AssignRole {
                    to: Role::Moderator
                }
            ),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&staff), 1, Action::AssignRole { to: Role::Staff }),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&staff), 1, Action::ImportRegister),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&staff), 1, Action::EditCommune),
            Decision::Forbidden
        );
        let admin = Actor {
            role: Role::Admin,
            ..staff
        };
        assert_eq!(
            decide(Some(&admin), 1, Action::EditCommune),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&admin), 2, Action::EditCommune),
            Decision::NeedsLogin,
            "another commune's admin counts as nobody here"
        );
        assert_eq!(
            decide(Some(&admin), 1, Action::AssignRole { to: Role::Staff }),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&admin), 1, Action::AssignRole { to: Role::Operator }),
            Decision::Forbidden
        );
    }

    #[test]
    fn members_use_the_time_bank_and_staff_coordinate_it() {
        let member = resident(1, 10);
        assert_eq!(
            decide(Some(&member), 1, Action::UseTimeBank),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&member), 2, Action::UseTimeBank),
            Decision::NeedsLogin
        );
        let pending = Actor {
            residence: Residence::Pending,
            ..member.clone()
        };
        assert_eq!(
            decide(Some(&pending), 1, Action::UseTimeBank),
            Decision::NeedsVerification
        );
        assert_eq!(
            decide(Some(&member), 1, Action::CoordinateTimeBank),
            Decision::Forbidden
        );
        for (role, decision) in [
            (Role::Moderator, Decision::Forbidden),
            (Role::Staff, Decision::Allow),
            (Role::Admin, Decision::Allow),
            (Role::Operator, Decision::Forbidden),
        ] {
            let actor = Actor {
                role,
                ..member.clone()
            };
            assert_eq!(
                decide(Some(&actor), 1, Action::CoordinateTimeBank),
                decision,
                "{role:?}"
            );
        }
    }

    #[test]
    fn members_read_the_channel_and_staff_speak_for_the_commune() {
        let member = resident(1, 10);
        assert_eq!(
            decide(Some(&member), 1, Action::ReadChannel),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&member), 2, Action::ReadChannel),
            Decision::NeedsLogin
        );
        let pending = Actor {
            residence: Residence::Pending,
            ..member.clone()
        };
        assert_eq!(
            decide(Some(&pending), 1, Action::ReadChannel),
            Decision::NeedsVerification
        );
        for (role, decision) in [
            (Role::Resident, Decision::Forbidden),
            (Role::Moderator, Decision::Forbidden),
            (Role::Staff, Decision::Allow),
            (Role::Admin, Decision::Allow),
            (Role::Operator, Decision::Forbidden),
        ] {
            let actor = Actor {
                role,
                ..member.clone()
            };
            assert_eq!(
                decide(Some(&actor), 1, Action::SpeakForCommune),
                decision,
                "{role:?}"
            );
        }
    }

    #[test]
    fn members_join_activities_and_staff_or_members_organise_them() {
        let member = resident(1, 10);
        for action in [Action::JoinActivities, Action::OrganiseActivities] {
            assert_eq!(decide(Some(&member), 1, action), Decision::Allow);
            assert_eq!(decide(Some(&member), 2, action), Decision::NeedsLogin);
            assert_eq!(decide(None, 1, action), Decision::NeedsLogin);
            let pending = Actor {
                residence: Residence::Pending,
                ..member.clone()
            };
            assert_eq!(
                decide(Some(&pending), 1, action),
                Decision::NeedsVerification
            );
            let unconfirmed = Actor {
                email_confirmed: false,
                ..member.clone()
            };
            assert_eq!(
                decide(Some(&unconfirmed), 1, action),
                Decision::NeedsEmailConfirmation
            );
            let nowhere = Actor {
                neighbourhood_id: None,
                ..member.clone()
            };
            assert_eq!(decide(Some(&nowhere), 1, action), Decision::Forbidden);
        }
        assert_eq!(
            decide(Some(&member), 1, Action::PracticeLanguages),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&member), 1, Action::ProposeTandems),
            Decision::Forbidden
        );
        for (role, join, organise) in [
            (Role::Staff, Decision::Forbidden, Decision::Allow),
            (Role::Admin, Decision::Forbidden, Decision::Allow),
            (Role::Operator, Decision::Forbidden, Decision::Forbidden),
        ] {
            let actor = Actor {
                role,
                neighbourhood_id: None,
                ..member.clone()
            };
            assert_eq!(
                decide(Some(&actor), 1, Action::JoinActivities),
                join,
                "{role:?}"
            );
            assert_eq!(
                decide(Some(&actor), 1, Action::OrganiseActivities),
                organise,
                "{role:?}"
            );
        }
    }

    #[test]
    fn anyone_confirmed_joins_events_and_staff_or_organisers_organise_them() {
        let member = resident(1, 10);
        let pending = Actor {
            residence: Residence::Pending,
            ..member.clone()
        };
        let refused = Actor {
            residence: Residence::Refused,
            ..member.clone()
        };
        let nowhere = Actor {
            neighbourhood_id: None,
            ..member.clone()
        };
        // A newcomer still waiting for their letter, someone the commune refused, a
        // commuter with no address: all may join (a residents-only event refuses them
        // by its own rule); none organises.
        for actor in [&member, &pending, &refused, &nowhere] {
            assert_eq!(decide(Some(actor), 1, Action::JoinEvents), Decision::Allow);
            assert_eq!(
                decide(Some(actor), 2, Action::JoinEvents),
                Decision::NeedsLogin
            );
            assert_eq!(
                decide(Some(actor), 1, Action::OrganiseEvents),
                Decision::Forbidden
            );
        }
        let unconfirmed = Actor {
            email_confirmed: false,
            ..member.clone()
        };
        assert_eq!(
            decide(Some(&unconfirmed), 1, Action::JoinEvents),
            Decision::NeedsEmailConfirmation
        );
        assert_eq!(decide(None, 1, Action::JoinEvents), Decision::NeedsLogin);
        assert_eq!(
            decide(None, 1, Action::OrganiseEvents),
            Decision::NeedsLogin
        );
        for (role, join, organise) in [
            (Role::Moderator, Decision::Allow, Decision::Forbidden),
            (Role::Staff, Decision::Allow, Decision::Allow),
            (Role::Admin, Decision::Allow, Decision::Allow),
            (Role::Operator, Decision::Forbidden, Decision::Forbidden),
        ] {
            let actor = Actor {
                role,
                ..member.clone()
            };
            assert_eq!(
                decide(Some(&actor), 1, Action::JoinEvents),
                join,
                "{role:?}"
            );
            assert_eq!(
                decide(Some(&actor), 1, Action::OrganiseEvents),
                organise,
                "{role:?}"
            );
        }
        // An organiser account organises events; it does not register for them.
        let association = organiser(1);
        assert_eq!(
            decide(Some(&association), 1, Action::OrganiseEvents),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&association), 1, Action::JoinEvents),
            Decision::Forbidden
        );
    }

    /// An association's account as staff create it: no address, e-mail confirmed,
    /// nothing to prove.
    fn organiser(commune: i64) -> Actor {
        Actor {
            user_id: 5,
            commune_id: Some(commune),
            role: Role::Organiser,
            neighbourhood_id: None,
            email_confirmed: true,
            residence: Residence::Verified,
        }
    }

    /// Every action there is, with neighbourhood 10 where one is named.
    fn every_action() -> Vec<Action> {
        let mut all = vec![
            Action::ViewCommunePublic,
            Action::ManageOwnAccount,
            Action::ProveResidence,
            Action::ViewNeighbourhood {
                neighbourhood_id: 10,
            },
            Action::InviteNeighbour,
            Action::UseMessages,
            Action::UseTimeBank,
            Action::ReadChannel,
            Action::SpeakForCommune,
            Action::JoinActivities,
            Action::OrganiseActivities,
            Action::PracticeLanguages,
            Action::JoinEvents,
            Action::OrganiseEvents,
            Action::ProposeTandems,
            Action::CoordinateTimeBank,
            Action::Moderate,
            Action::ReviewResidents,
            Action::PrintLetters,
            Action::ImportRegister,
            Action::EditCommune,
            Action::ManageInstallation,
            Action::ManageOrganisers,
        ];
        all.extend(Role::ALL.map(|to| Action::AssignRole { to }));
        all
    }

    #[test]
    fn organisers_organise_activities_and_do_nothing_else() {
        let association = organiser(1);
        for action in every_action() {
            let expected = match action {
                Action::ViewCommunePublic
                | Action::ManageOwnAccount
                | Action::OrganiseActivities
                | Action::OrganiseEvents => Decision::Allow,
                _ => Decision::Forbidden,
            };
            assert_eq!(
                decide(Some(&association), 1, action),
                expected,
                "{action:?}"
            );
            // Another commune's organiser is nobody here.
            if action != Action::ViewCommunePublic {
                assert_eq!(
                    decide(Some(&association), 2, action),
                    Decision::NeedsLogin,
                    "{action:?}"
                );
            }
        }
        // Even placed at an address, an organiser is nobody's neighbour.
        let placed = Actor {
            neighbourhood_id: Some(10),
            ..association.clone()
        };
        assert!(!placed.is_member_of(10));
        for action in every_action() {
            let expected = match action {
                Action::ViewCommunePublic
                | Action::ManageOwnAccount
                | Action::OrganiseActivities
                | Action::OrganiseEvents => Decision::Allow,
                _ => Decision::Forbidden,
            };
            assert_eq!(decide(Some(&placed), 1, action), expected, "{action:?}");
        }
        // An account whose e-mail or residence is not in order organises nothing (and
        // is not sent to prove a residence or confirm an address either).
        for odd in [
            Actor {
                email_confirmed: false,
                ..association.clone()
            },
            Actor {
                residence: Residence::Pending,
                ..association.clone()
            },
            Actor {
                residence: Residence::Refused,
                ..association.clone()
            },
        ] {
            assert_eq!(
                decide(Some(&odd), 1, Action::OrganiseActivities),
                Decision::Forbidden,
                "{odd:?}"
            );
            assert_eq!(
                decide(Some(&odd), 1, Action::ManageOwnAccount),
                Decision::Allow
            );
            assert_eq!(
                decide(Some(&odd), 1, Action::ProveResidence),
                Decision::Forbidden
            );
        }
    }

    #[test]
    fn staff_and_admins_of_the_commune_manage_organisers() {
        let member = resident(1, 10);
        for (role, expected) in [
            (Role::Resident, Decision::Forbidden),
            (Role::Organiser, Decision::Forbidden),
            (Role::Moderator, Decision::Forbidden),
            (Role::Staff, Decision::Allow),
            (Role::Admin, Decision::Allow),
            (Role::Operator, Decision::Forbidden),
        ] {
            let actor = Actor {
                role,
                neighbourhood_id: None,
                ..member.clone()
            };
            assert_eq!(
                decide(Some(&actor), 1, Action::ManageOrganisers),
                expected,
                "{role:?}"
            );
            if role != Role::Operator {
                assert_eq!(
                    decide(Some(&actor), 2, Action::ManageOrganisers),
                    Decision::NeedsLogin,
                    "{role:?} of another commune"
                );
            }
            // Nobody is made an organiser through the roles page, not even by admins.
            assert_eq!(
                decide(
                    Some(&actor),
                    1,
                    Action::AssignRole {
                        to: Role::Organiser
                    }
                ),
                Decision::Forbidden,
                "{role:?}"
            );
        }
        let operator = Actor {
            role: Role::Operator,
            commune_id: None,
            neighbourhood_id: None,
            ..member
        };
        assert_eq!(
            decide(Some(&operator), 1, Action::ManageOrganisers),
            Decision::Forbidden
        );
        assert_eq!(
            decide(None, 1, Action::ManageOrganisers),
            Decision::NeedsLogin
        );
    }

    fn any_action() -> impl Strategy<Value = Action> {
        prop_oneof![
            Just(Action::ManageOwnAccount),
            Just(Action::ProveResidence),
            (0i64..4).prop_map(|n| Action::ViewNeighbourhood {
                neighbourhood_id: n
            }),
            Just(Action::InviteNeighbour),
            Just(Action::UseTimeBank),
            Just(Action::CoordinateTimeBank),
            Just(Action::ReadChannel),
            Just(Action::SpeakForCommune),
            Just(Action::JoinActivities),
            Just(Action::OrganiseActivities),
            Just(Action::PracticeLanguages),
            Just(Action::JoinEvents),
            Just(Action::OrganiseEvents),
            Just(Action::ProposeTandems),
            Just(Action::ReviewResidents),
            Just(Action::PrintLetters),
            Just(Action::ImportRegister),
            Just(Action::EditCommune),
            (0usize..Role::ALL.len()).prop_map(|i| Action::AssignRole { to: Role::ALL[i] }),
            Just(Action::ManageOrganisers),
            Just(Action::UseMessages),
            Just(Action::Moderate),
            Just(Action::ManageInstallation),
        ]
    }

    fn any_actor() -> impl Strategy<Value = Actor> {
        (
            // Every role but the operator's, who belongs to no commune.
            0usize..Role::ALL.len() - 1,
            0i64..3,
            proptest::option::of(0i64..4),
            any::<bool>(),
            0usize..3,
        )
            .prop_map(
                |(role, commune, neighbourhood, email_confirmed, residence)| Actor {
                    user_id: 1,
                    commune_id: Some(commune),
                    role: Role::ALL[role],
                    neighbourhood_id: neighbourhood,
                    email_confirmed,
                    residence: [Residence::Pending, Residence::Verified, Residence::Refused]
                        [residence],
                },
            )
    }

    proptest! {
        #[test]
        fn nobody_acts_in_another_commune(actor in any_actor(), commune in 0i64..3, action in any_action()) {
            prop_assume!(actor.commune_id != Some(commune));
            prop_assert_eq!(decide(Some(&actor), commune, action), Decision::NeedsLogin);
        }

        #[test]
        fn reading_a_neighbourhood_requires_membership(actor in any_actor(), n in 0i64..4) {
            let commune = actor.commune_id.unwrap();
            let allowed = decide(Some(&actor), commune, Action::ViewNeighbourhood { neighbourhood_id: n }) == Decision::Allow;
            prop_assert_eq!(allowed, actor.is_member_of(n));
        }

        #[test]
        fn anonymous_visitors_only_read_public_pages(commune in 0i64..3, action in any_action()) {
            prop_assert_eq!(decide(None, commune, action), Decision::NeedsLogin);
            prop_assert_eq!(decide(None, commune, Action::ViewCommunePublic), Decision::Allow);
        }

        #[test]
        fn operators_never_read_neighbourhoods(n in 0i64..4, commune in 0i64..3) {
            let operator = Actor { user_id: 9, commune_id: None, role: Role::Operator, neighbourhood_id: None, email_confirmed: true, residence: Residence::Verified };
            prop_assert_eq!(decide(Some(&operator), commune, Action::ViewNeighbourhood { neighbourhood_id: n }), Decision::Forbidden);
        }
    }
}
