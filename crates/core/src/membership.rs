//! Membership rules that do not need storage to be decided: whether a residence code
//! (a commune's letter or a neighbour's invitation) is accepted for a person, and how
//! many invitations a neighbour may have open. Storage reads the facts, this module
//! decides, storage writes the outcome in the same transaction.

use crate::account::VerificationMethod;

/// How many invitations a neighbour may have open at once.
pub const MAX_OPEN_INVITATIONS: i64 = 5;

/// How long a staff member may take back an approval or refusal (a slip of the finger
/// on a phone), before it stands and its e-mail goes out.
pub const UNDO_SECONDS: i64 = 10 * 60;

/// Whether a decision taken at `decided_at` may still be undone at `now`.
pub fn may_undo(decided_at: i64, now: i64) -> bool {
    now >= decided_at && now - decided_at < UNDO_SECONDS
}

/// The two kinds of residence code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// Printed by the commune on a letter to one resident's address.
    Letter,
    /// Handed by a verified resident to a neighbour of their own neighbourhood.
    Invitation,
}

impl CodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CodeKind::Letter => "letter",
            CodeKind::Invitation => "invitation",
        }
    }
}

impl TryFrom<String> for CodeKind {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        match s.as_str() {
            "letter" => Ok(CodeKind::Letter),
            "invitation" => Ok(CodeKind::Invitation),
            _ => Err(format!("unknown residence code kind {s:?}")),
        }
    }
}

/// What storage knows about a code someone typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeFacts {
    pub kind: CodeKind,
    /// The resident a letter is addressed to.
    pub addressed_to: Option<i64>,
    /// The neighbourhood an invitation admits to.
    pub neighbourhood_id: Option<i64>,
    /// Who issued it (staff for letters, the neighbour for invitations).
    pub issued_by: Option<i64>,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    /// For invitations: the inviter is, now, a verified member of that neighbourhood.
    /// A neighbour who moved away, was refused or whose account is gone can no longer
    /// vouch for anybody.
    pub inviter_is_member: bool,
}

/// Why a code was not accepted. Messages are Fluent keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Unknown here, a letter addressed to somebody else, or one's own invitation.
    Unknown,
    Expired,
    Used,
    /// An invitation from a neighbour of another neighbourhood.
    OtherNeighbourhood,
    /// The neighbour who gave the invitation is no longer a member there.
    InviterNotMember,
    /// The person is not (or no longer) waiting for verification.
    NotPending,
}

impl Refusal {
    pub fn message(self) -> &'static str {
        match self {
            Refusal::Unknown => "verify-error-unknown",
            Refusal::Expired => "verify-error-expired",
            Refusal::Used => "verify-error-used",
            Refusal::OtherNeighbourhood => "verify-error-other-neighbourhood",
            Refusal::InviterNotMember => "verify-error-inviter",
            Refusal::NotPending => "verify-error-not-pending",
        }
    }
}

/// Decides whether `code` proves the residence of `user_id`, who lives in
/// `neighbourhood_id`, at time `now`. Whether the person is still pending is checked
/// by the write that verifies them (a race-free `UPDATE … WHERE residence = 'pending'`).
pub fn judge_code(
    code: &CodeFacts,
    user_id: i64,
    neighbourhood_id: i64,
    now: i64,
) -> Result<VerificationMethod, Refusal> {
    let method = match code.kind {
        // Somebody else's letter looks exactly like an unknown code: codes cannot be probed.
        CodeKind::Letter if code.addressed_to != Some(user_id) => return Err(Refusal::Unknown),
        CodeKind::Letter => VerificationMethod::Letter,
        CodeKind::Invitation if code.issued_by == Some(user_id) => return Err(Refusal::Unknown),
        CodeKind::Invitation if code.neighbourhood_id != Some(neighbourhood_id) => {
            return Err(Refusal::OtherNeighbourhood)
        }
        CodeKind::Invitation => VerificationMethod::Invitation,
    };
    if code.used_at.is_some() {
        return Err(Refusal::Used);
    }
    if code.expires_at <= now {
        return Err(Refusal::Expired);
    }
    if method == VerificationMethod::Invitation && !code.inviter_is_member {
        return Err(Refusal::InviterNotMember);
    }
    Ok(method)
}

/// Whether a neighbour with `open` unexpired, unused invitations may create another.
pub fn may_invite(open: i64) -> bool {
    open < MAX_OPEN_INVITATIONS
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOW: i64 = 1_000_000;
    const ANA: i64 = 1;
    const BEN: i64 = 2;
    const WEST: i64 = 10;
    const EAST: i64 = 11;

    fn letter_to(user: i64) -> CodeFacts {
        CodeFacts {
            kind: CodeKind::Letter,
            addressed_to: Some(user),
            neighbourhood_id: None,
            issued_by: Some(99),
            expires_at: NOW + 1,
            used_at: None,
            inviter_is_member: false,
        }
    }

    fn invitation_from(inviter: i64, neighbourhood: i64) -> CodeFacts {
        CodeFacts {
            kind: CodeKind::Invitation,
            addressed_to: None,
            neighbourhood_id: Some(neighbourhood),
            issued_by: Some(inviter),
            expires_at: NOW + 1,
            used_at: None,
            inviter_is_member: true,
        }
    }

    #[test]
    fn a_letter_proves_only_its_addressee() {
        assert_eq!(
            judge_code(&letter_to(ANA), ANA, WEST, NOW),
            Ok(VerificationMethod::Letter)
        );
        assert_eq!(
            judge_code(&letter_to(ANA), BEN, WEST, NOW),
            Err(Refusal::Unknown)
        );
        // A letter does not depend on any inviter.
        assert_eq!(
            judge_code(&letter_to(ANA), ANA, EAST, NOW),
            Ok(VerificationMethod::Letter)
        );
    }

    #[test]
    fn an_invitation_admits_a_neighbour_of_the_same_neighbourhood() {
        assert_eq!(
            judge_code(&invitation_from(ANA, WEST), BEN, WEST, NOW),
            Ok(VerificationMethod::Invitation)
        );
        assert_eq!(
            judge_code(&invitation_from(ANA, WEST), BEN, EAST, NOW),
            Err(Refusal::OtherNeighbourhood)
        );
        assert_eq!(
            judge_code(&invitation_from(ANA, WEST), ANA, WEST, NOW),
            Err(Refusal::Unknown)
        );
    }

    #[test]
    fn an_inviter_who_is_no_longer_a_member_vouches_for_nobody() {
        let code = CodeFacts {
            inviter_is_member: false,
            ..invitation_from(ANA, WEST)
        };
        assert_eq!(
            judge_code(&code, BEN, WEST, NOW),
            Err(Refusal::InviterNotMember)
        );
    }

    #[test]
    fn used_and_expired_codes_are_refused_at_the_boundary() {
        let used = CodeFacts {
            used_at: Some(NOW - 5),
            ..letter_to(ANA)
        };
        assert_eq!(judge_code(&used, ANA, WEST, NOW), Err(Refusal::Used));
        let at_expiry = CodeFacts {
            expires_at: NOW,
            ..letter_to(ANA)
        };
        assert_eq!(
            judge_code(&at_expiry, ANA, WEST, NOW),
            Err(Refusal::Expired)
        );
        let just_before = CodeFacts {
            expires_at: NOW + 1,
            ..letter_to(ANA)
        };
        assert!(judge_code(&just_before, ANA, WEST, NOW).is_ok());
    }

    #[test]
    fn the_invitation_cap_is_exact() {
        assert!(may_invite(0));
        assert!(may_invite(MAX_OPEN_INVITATIONS - 1));
        assert!(!may_invite(MAX_OPEN_INVITATIONS));
        assert!(!may_invite(MAX_OPEN_INVITATIONS + 1));
    }

    #[test]
    fn refusals_have_distinct_messages_and_kinds_round_trip() {
        let all = [
            Refusal::Unknown,
            Refusal::Expired,
            Refusal::Used,
            Refusal::OtherNeighbourhood,
            Refusal::InviterNotMember,
            Refusal::NotPending,
        ];
        let mut messages: Vec<_> = all.iter().map(|r| r.message()).collect();
        messages.sort();
        messages.dedup();
        assert_eq!(messages.len(), all.len());
        for kind in [CodeKind::Letter, CodeKind::Invitation] {
            assert_eq!(CodeKind::try_from(kind.as_str().to_string()), Ok(kind));
        }
        assert!(CodeKind::try_from("gift".to_string()).is_err());
    }

    fn any_code() -> impl Strategy<Value = CodeFacts> {
        (
            prop_oneof![Just(CodeKind::Letter), Just(CodeKind::Invitation)],
            proptest::option::of(0i64..4),
            proptest::option::of(9i64..12),
            proptest::option::of(0i64..4),
            NOW - 3..NOW + 3,
            proptest::option::of(NOW - 10..NOW),
            any::<bool>(),
        )
            .prop_map(
                |(kind, addressed_to, neighbourhood_id, issued_by, expires_at, used_at, member)| {
                    CodeFacts {
                        kind,
                        addressed_to,
                        neighbourhood_id,
                        issued_by,
                        expires_at,
                        used_at,
                        inviter_is_member: member,
                    }
                },
            )
    }

    proptest! {
        /// Whatever the facts, an accepted code is unused, unexpired, meant for this
        /// person, and an invitation comes from a current member of their neighbourhood.
        #[test]
        fn an_accepted_code_meets_every_condition(code in any_code(), user in 0i64..4, nb in 9i64..12) {
            if let Ok(method) = judge_code(&code, user, nb, NOW) {
                prop_assert!(code.used_at.is_none());
                prop_assert!(code.expires_at > NOW);
                match method {
                    VerificationMethod::Letter => {
                        prop_assert_eq!(code.kind, CodeKind::Letter);
                        prop_assert_eq!(code.addressed_to, Some(user));
                    }
                    VerificationMethod::Invitation => {
                        prop_assert_eq!(code.kind, CodeKind::Invitation);
                        prop_assert_eq!(code.neighbourhood_id, Some(nb));
                        prop_assert!(code.issued_by != Some(user));
                        prop_assert!(code.inviter_is_member);
                    }
                    VerificationMethod::Staff => prop_assert!(false, "codes never mean staff"),
                }
            }
        }
    }

    #[test]
    fn a_decision_may_be_undone_for_ten_minutes_only() {
        assert!(may_undo(1_000, 1_000));
        assert!(may_undo(1_000, 1_000 + UNDO_SECONDS - 1));
        assert!(!may_undo(1_000, 1_000 + UNDO_SECONDS));
        // A clock that went back does not open the window wider.
        assert!(!may_undo(1_000, 999));
        assert_eq!(UNDO_SECONDS, 600);
    }
}
