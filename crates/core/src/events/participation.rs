//! Taking part: registering (with an account, or as a guest with a name and an e-mail
//! address for a public event), confirming a guest's address, and who is present now
//! in the hall, at a stand or in the lounge.
//!
//! No waiting list: a virtual day's capacity is what the server carries, not seats in
//! a room, and people come and go all day. A waiting list would tell people of a
//! freed place when the day is half over; a full event says so, and anyone may try
//! again later (places free up when others cancel or a guest's confirmation lapses).

use serde::{Deserialize, Serialize};

use super::RegistrationMode;
use crate::account::Email;
use crate::validation::{has_visible_character, is_format_or_invisible, is_joiner};

/// The shortest and longest guest name, in characters: as a display name
/// ([`crate::account::check_display_name`]), since it is shown the same way in the
/// lounge.
pub const GUEST_NAME_MIN: usize = 2;
pub const GUEST_NAME_MAX: usize = 60;
/// How long a guest's confirmation link holds, in seconds: two days, for someone who
/// reads their mail once a day, short enough that an unconfirmed guest does not hold a
/// place for long.
pub const CONFIRMATION_VALID: i64 = 2 * 86_400;

/// What a guest types to register.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuestForm {
    pub name: String,
    pub email: String,
}

/// A guest as the rules accept them: the name trimmed, the address normalised.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Guest {
    pub name: String,
    pub email: Email,
}

/// What is wrong with a guest's form; [`check_guest`] reports every one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum GuestProblem {
    /// Fewer than [`GUEST_NAME_MIN`] characters, or none visible.
    #[error("the name is too short")]
    NameTooShort,
    #[error("the name is longer than {max} characters")]
    NameTooLong { max: usize },
    /// A control character, or one that hides or reorders text.
    #[error("the name holds a control or invisible character")]
    NameHiddenCharacter,
    #[error("no e-mail address is given")]
    EmailMissing,
    /// See [`Email::parse`] for why only ASCII addresses are taken.
    #[error("the e-mail address is not plain ASCII")]
    EmailNotAscii,
    #[error("the e-mail address is not valid")]
    EmailInvalid,
}

/// Checks a guest's form: a name of [`GUEST_NAME_MIN`] to [`GUEST_NAME_MAX`]
/// characters, trimmed, with at least one visible and none hidden (zero-width joiners
/// excepted); an e-mail address as accounts take it ([`Email::parse`]).
pub fn check_guest(form: &GuestForm) -> Result<Guest, Vec<GuestProblem>> {
    let mut problems = Vec::new();
    let name = form.name.trim();
    if name
        .chars()
        .any(|c| c.is_control() || (is_format_or_invisible(c) && !is_joiner(c)))
    {
        problems.push(GuestProblem::NameHiddenCharacter);
    }
    let count = name.chars().count();
    if count < GUEST_NAME_MIN || !has_visible_character(name) {
        problems.push(GuestProblem::NameTooShort);
    } else if count > GUEST_NAME_MAX {
        problems.push(GuestProblem::NameTooLong {
            max: GUEST_NAME_MAX,
        });
    }
    let email = Email::parse(&form.email).map_err(|message| match message {
        "error-email-required" => GuestProblem::EmailMissing,
        "error-email-ascii" => GuestProblem::EmailNotAscii,
        _ => GuestProblem::EmailInvalid,
    });
    match email {
        Ok(email) if problems.is_empty() => Ok(Guest {
            name: name.to_string(),
            email,
        }),
        Ok(_) => Err(problems),
        Err(problem) => {
            problems.push(problem);
            Err(problems)
        }
    }
}

/// Until when a confirmation sent at `sent_at` holds (excluded).
pub fn confirmation_expires_at(sent_at: i64) -> i64 {
    sent_at.saturating_add(CONFIRMATION_VALID)
}

/// Whether a guest's confirmation sent at `sent_at` may still be used at `now`: from
/// its sending for [`CONFIRMATION_VALID`] seconds. One "from the future" (a clock of
/// another instance slightly ahead) holds too: refusing it would strand the guest.
pub fn confirmation_valid(sent_at: i64, now: i64) -> bool {
    now < confirmation_expires_at(sent_at)
}

/// Who asks for a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Registrant {
    /// A verified resident of the commune.
    Resident,
    /// Someone signed in who is not a verified resident (a newcomer still waiting for
    /// their letter, a commuter).
    Account,
    /// No account: a name and an e-mail address ([`check_guest`]).
    Guest,
}

/// Where an event's places stand when someone asks for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EventPlaces {
    pub capacity: u32,
    /// People holding a place: account holders, and guests who confirmed.
    pub confirmed: u32,
    /// Guests whose confirmation is sent and still valid: they hold a place until it
    /// lapses, or confirmations could outnumber the places.
    pub awaiting_confirmation: u32,
    pub ends_at: i64,
}

/// What a granted request gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Admission {
    /// Registered now (an account holder).
    Registered,
    /// A guest: the place is held until `expires_at`, by when they confirm.
    AwaitingConfirmation { expires_at: i64 },
}

/// Why a request for a place is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationRefusal {
    /// A residents-only event, and the person is not a verified resident.
    #[error("the event is for residents only")]
    ResidentsOnly,
    #[error("the event is over")]
    Over,
    #[error("already registered")]
    AlreadyRegistered,
    #[error("the event is full")]
    Full,
}

/// Whether `registrant` gets a place at `now` in an event of `mode` whose places stand
/// as `places`; `already` says they hold one (or, for a guest, their address does).
///
/// Registration stays open during the day (people join a virtual day late) and closes
/// when it ends. A place is free while fewer people are confirmed or awaiting
/// confirmation than the capacity.
pub fn decide_registration(
    mode: RegistrationMode,
    registrant: Registrant,
    places: &EventPlaces,
    already: bool,
    now: i64,
) -> Result<Admission, RegistrationRefusal> {
    if mode == RegistrationMode::ResidentsOnly && registrant != Registrant::Resident {
        return Err(RegistrationRefusal::ResidentsOnly);
    }
    if now >= places.ends_at {
        return Err(RegistrationRefusal::Over);
    }
    if already {
        return Err(RegistrationRefusal::AlreadyRegistered);
    }
    let taken = u64::from(places.confirmed) + u64::from(places.awaiting_confirmation);
    if taken >= u64::from(places.capacity) {
        return Err(RegistrationRefusal::Full);
    }
    Ok(match registrant {
        Registrant::Guest => Admission::AwaitingConfirmation {
            expires_at: confirmation_expires_at(now),
        },
        Registrant::Resident | Registrant::Account => Admission::Registered,
    })
}

/// How often a live page tells the server its reader is still there, in seconds.
pub const HEARTBEAT_EVERY: i64 = 15;
/// How long after their last sign of life someone still counts as present, in seconds:
/// three heartbeats, so one lost on a shaky mobile network does not make them vanish;
/// and half a minute more than the 15-second heartbeat for a page without JavaScript,
/// which reloads every 30 seconds.
pub const PRESENCE_WINDOW: i64 = 3 * HEARTBEAT_EVERY;

/// Whether someone last seen at `last_seen` is present at `now`: seen within
/// [`PRESENCE_WINDOW`] seconds (included). A sign of life "from the future" (another
/// instance's clock slightly ahead) counts as present.
pub fn is_present(last_seen: i64, now: i64) -> bool {
    now.saturating_sub(last_seen) <= PRESENCE_WINDOW
}

/// Who is present at `now`, from `(participant, last_seen)` signs of life (one per
/// connection: someone with two tabs open appears twice): each participant once,
/// sorted. Its length is "128 people here".
pub fn present_participants(signs_of_life: &[(i64, i64)], now: i64) -> Vec<i64> {
    let mut present: Vec<i64> = signs_of_life
        .iter()
        .filter(|&&(_, seen)| is_present(seen, now))
        .map(|&(participant, _)| participant)
        .collect();
    present.sort_unstable();
    present.dedup();
    present
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn form(name: &str, email: &str) -> GuestForm {
        GuestForm {
            name: name.into(),
            email: email.into(),
        }
    }

    #[test]
    fn a_guest_is_cleaned() {
        let guest = check_guest(&form("  Ana Sousa ", " Ana@Example.LU ")).unwrap();
        assert_eq!(guest.name, "Ana Sousa");
        assert_eq!(guest.email.as_str(), "ana@example.lu");
    }

    #[test]
    fn guest_names_are_bounded_and_visible() {
        let ok = "ok@example.lu";
        assert!(check_guest(&form("Al", ok)).is_ok());
        assert!(check_guest(&form(&"é".repeat(GUEST_NAME_MAX), ok)).is_ok());
        assert_eq!(
            check_guest(&form("A", ok)),
            Err(vec![GuestProblem::NameTooShort])
        );
        assert_eq!(
            check_guest(&form(&"é".repeat(GUEST_NAME_MAX + 1), ok)),
            Err(vec![GuestProblem::NameTooLong { max: 60 }])
        );
        assert_eq!(
            check_guest(&form("\u{3164}\u{3164}\u{3164}", ok)),
            Err(vec![
                GuestProblem::NameHiddenCharacter,
                GuestProblem::NameTooShort
            ])
        );
        assert_eq!(
            check_guest(&form("Ana\u{202E}xe", ok)),
            Err(vec![GuestProblem::NameHiddenCharacter])
        );
        assert_eq!(
            check_guest(&form("Ana\u{7}", ok)),
            Err(vec![GuestProblem::NameHiddenCharacter])
        );
        assert!(check_guest(&form("Meh\u{200C}ran", ok)).is_ok());
    }

    #[test]
    fn guest_addresses_are_checked_as_accounts_are() {
        assert_eq!(
            check_guest(&form("Ana", "  ")),
            Err(vec![GuestProblem::EmailMissing])
        );
        assert_eq!(
            check_guest(&form("Ana", "anaïs@example.lu")),
            Err(vec![GuestProblem::EmailNotAscii])
        );
        assert_eq!(
            check_guest(&form("Ana", "ana@lu")),
            Err(vec![GuestProblem::EmailInvalid])
        );
        assert_eq!(
            check_guest(&form("", "no")),
            Err(vec![GuestProblem::NameTooShort, GuestProblem::EmailInvalid])
        );
    }

    #[test]
    fn a_confirmation_holds_two_days() {
        let sent = 1_000_000;
        assert!(confirmation_valid(sent, sent));
        assert!(confirmation_valid(sent, sent - 30));
        assert!(confirmation_valid(sent, sent + CONFIRMATION_VALID - 1));
        assert!(!confirmation_valid(sent, sent + CONFIRMATION_VALID));
        assert!(confirmation_valid(i64::MAX, i64::MAX - 1));
        // Two days, as documented.
        assert!(confirmation_valid(sent, sent + 172_799));
        assert!(!confirmation_valid(sent, sent + 172_800));
        assert_eq!(confirmation_expires_at(i64::MAX), i64::MAX);
    }

    fn places(capacity: u32, confirmed: u32, awaiting: u32) -> EventPlaces {
        EventPlaces {
            capacity,
            confirmed,
            awaiting_confirmation: awaiting,
            ends_at: 10_000,
        }
    }

    #[test]
    fn residents_only_events_take_residents_only() {
        let p = places(10, 0, 0);
        let mode = RegistrationMode::ResidentsOnly;
        assert_eq!(
            decide_registration(mode, Registrant::Resident, &p, false, 0),
            Ok(Admission::Registered)
        );
        for who in [Registrant::Account, Registrant::Guest] {
            assert_eq!(
                decide_registration(mode, who, &p, false, 0),
                Err(RegistrationRefusal::ResidentsOnly)
            );
        }
        let public = RegistrationMode::Public;
        assert_eq!(
            decide_registration(public, Registrant::Account, &p, false, 0),
            Ok(Admission::Registered)
        );
        assert_eq!(
            decide_registration(public, Registrant::Guest, &p, false, 50),
            Ok(Admission::AwaitingConfirmation {
                expires_at: 50 + CONFIRMATION_VALID
            })
        );
    }

    #[test]
    fn places_count_the_confirmed_and_the_awaiting() {
        let public = RegistrationMode::Public;
        let who = Registrant::Account;
        assert!(decide_registration(public, who, &places(10, 5, 4), false, 0).is_ok());
        assert_eq!(
            decide_registration(public, who, &places(10, 5, 5), false, 0),
            Err(RegistrationRefusal::Full)
        );
        assert_eq!(
            decide_registration(public, who, &places(10, 11, 0), false, 0),
            Err(RegistrationRefusal::Full)
        );
        assert_eq!(
            decide_registration(public, who, &places(u32::MAX, u32::MAX, u32::MAX), false, 0),
            Err(RegistrationRefusal::Full)
        );
        assert_eq!(
            decide_registration(public, who, &places(10, 0, 0), true, 0),
            Err(RegistrationRefusal::AlreadyRegistered)
        );
    }

    #[test]
    fn registration_closes_when_the_event_ends() {
        let public = RegistrationMode::Public;
        let who = Registrant::Resident;
        let p = places(10, 0, 0);
        assert!(decide_registration(public, who, &p, false, p.ends_at - 1).is_ok());
        assert_eq!(
            decide_registration(public, who, &p, false, p.ends_at),
            Err(RegistrationRefusal::Over)
        );
        assert_eq!(
            decide_registration(public, who, &places(10, 10, 0), true, p.ends_at),
            Err(RegistrationRefusal::Over)
        );
    }

    #[test]
    fn presence_is_a_recent_sign_of_life() {
        let now = 1_000;
        assert!(is_present(now, now));
        assert!(is_present(now - PRESENCE_WINDOW, now));
        assert!(!is_present(now - PRESENCE_WINDOW - 1, now));
        assert!(is_present(now + 5, now));
        assert!(!is_present(i64::MIN, i64::MAX));
        // Three heartbeats of fifteen seconds, as documented.
        assert!(is_present(now - 45, now));
        assert!(!is_present(now - 46, now));
        assert_eq!(
            present_participants(
                &[
                    (7, now),
                    (3, now - 10),
                    (7, now - 100),
                    (5, now - PRESENCE_WINDOW - 1),
                    (3, now - 1)
                ],
                now
            ),
            vec![3, 7]
        );
    }

    proptest! {
        #[test]
        fn present_is_sorted_unique_and_recent(
            signs in proptest::collection::vec((0i64..20, 0i64..200), 0..40),
            now in 0i64..200,
        ) {
            let present = present_participants(&signs, now);
            prop_assert!(present.windows(2).all(|w| w[0] < w[1]));
            for p in 0..20 {
                let expected = signs.iter().any(|&(q, seen)| q == p && now - seen <= PRESENCE_WINDOW);
                prop_assert_eq!(present.contains(&p), expected);
            }
        }
    }
}
