//! Threads between residents and the commune's services (`PRODUCT.md` C3): a resident
//! writes to a service of a list the commune keeps (social office, seniors,
//! integration…) and follows the private thread; staff answer, assign a thread to a
//! colleague, close it, and see which threads wait and since when.
//!
//! A thread is `waiting` while the resident's last word has no answer, `answered`
//! once staff wrote after it, and `closed` when staff close it. A resident who writes
//! to a closed thread opens it again: closing must never silence someone who still
//! needs help. The time a thread waits counts from the resident's first message that
//! staff have not answered yet.

use crate::language::Language;
use crate::posts::bounded;

/// The longest subject, in characters (one line).
pub const SUBJECT_MAX: usize = 120;
/// The longest message, in characters.
pub const MESSAGE_MAX: usize = 5_000;
/// The longest service name, in characters.
pub const NAME_MAX: usize = 80;
/// The longest description of a service, in characters.
pub const DESCRIPTION_MAX: usize = 400;
/// Services one commune keeps: the list residents choose from must stay readable.
pub const SERVICES_MAX: usize = 30;
/// Threads one resident opens in a day.
pub const THREADS_PER_DAY: i64 = 5;
/// Threads one resident has not yet seen closed: enough for real needs, not a flood.
pub const OPEN_THREADS_MAX: i64 = 10;
/// Messages one person writes in an hour, all threads together.
pub const MESSAGES_PER_HOUR: i64 = 30;
/// Messages on a page of a thread, threads on a page of a list.
pub const PAGE: usize = 50;

/// Where a thread stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// The resident's last word waits for an answer.
    Waiting,
    /// Staff answered the resident's last word.
    Answered,
    /// Staff closed the thread.
    Closed,
}

impl State {
    pub const ALL: [State; 3] = [State::Waiting, State::Answered, State::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Waiting => "waiting",
            State::Answered => "answered",
            State::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            State::Waiting => "service-state-waiting",
            State::Answered => "service-state-answered",
            State::Closed => "service-state-closed",
        }
    }
}

/// A thread's state and since when it waits (`None` unless waiting).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub state: State,
    pub waiting_since: Option<i64>,
}

impl Standing {
    /// A thread just opened by the resident's first message at `at`.
    pub fn opened(at: i64) -> Standing {
        Standing {
            state: State::Waiting,
            waiting_since: Some(at),
        }
    }

    /// After a message at `at`, from staff or from the resident. A resident's message
    /// to a thread already waiting keeps the older time: they have waited since then.
    pub fn after_message(self, from_staff: bool, at: i64) -> Standing {
        if from_staff {
            Standing {
                state: State::Answered,
                waiting_since: None,
            }
        } else {
            Standing {
                state: State::Waiting,
                waiting_since: Some(match (self.state, self.waiting_since) {
                    (State::Waiting, Some(since)) => since.min(at),
                    _ => at,
                }),
            }
        }
    }

    /// Closed by staff: nothing waits any more.
    pub fn closed(self) -> Standing {
        Standing {
            state: State::Closed,
            waiting_since: None,
        }
    }

    /// How long the thread has waited at `now`, in seconds (never negative: clocks of
    /// two instances may differ slightly).
    pub fn waited(self, now: i64) -> Option<i64> {
        self.waiting_since.map(|since| (now - since).max(0))
    }
}

/// Who may do what with one thread. Residents see their own threads only; staff of
/// the thread's commune see all of its threads. Staff write, assign and close; the
/// resident writes (also to a closed thread, which opens it again).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewer {
    pub user_id: i64,
    pub commune_id: i64,
    /// Commune staff (`Action::SpeakForCommune`).
    pub staff: bool,
}

/// A thread as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThreadFacts {
    pub commune_id: i64,
    pub resident_id: i64,
}

/// Whether `viewer` may read the thread (and write to it).
pub fn may_read(viewer: Viewer, thread: ThreadFacts) -> bool {
    thread.commune_id == viewer.commune_id && (viewer.staff || thread.resident_id == viewer.user_id)
}

/// Whether `viewer` may assign or close the thread: staff of its commune only, not the
/// resident (even a staff member who wrote to a service as a resident of the commune
/// may not close their own request: a colleague does).
pub fn may_manage(viewer: Viewer, thread: ThreadFacts) -> bool {
    viewer.staff && thread.commune_id == viewer.commune_id && thread.resident_id != viewer.user_id
}

/// Whether the message `viewer` writes to the thread is the service's answer (staff
/// answering someone else) rather than the resident's word.
pub fn writes_as_staff(viewer: Viewer, thread: ThreadFacts) -> bool {
    may_manage(viewer, thread)
}

/// A subject: one line, like a post's title, up to [`SUBJECT_MAX`] characters, also as
/// typed (before spaces and hidden characters are taken out: the API's schema states
/// the length of what is sent).
pub fn check_subject(input: &str) -> Result<String, &'static str> {
    if input.chars().count() > SUBJECT_MAX {
        return Err("service-error-subject-long");
    }
    crate::posts::check_title(input).map_err(|e| match e {
        "post-error-title-long" => "service-error-subject-long",
        _ => "service-error-subject-empty",
    })
}

/// A message: plain text of paragraphs, up to [`MESSAGE_MAX`] characters, also as
/// typed.
pub fn check_message(input: &str) -> Result<String, &'static str> {
    if input.chars().count() > MESSAGE_MAX {
        return Err("service-error-message-long");
    }
    bounded(
        input,
        MESSAGE_MAX,
        "service-error-message-empty",
        "service-error-message-long",
    )
}

/// A service's name in one language: one line, up to [`NAME_MAX`] characters, or
/// nothing (that language has no name). Its description is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameInput {
    pub language: Option<Language>,
    pub name: String,
    pub description: String,
}

/// A service's name and description in one language, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceName {
    pub language: Language,
    pub name: String,
    pub description: String,
}

/// The field of a service's name in `language` on the form.
pub fn name_field(language: Language) -> &'static str {
    match language {
        Language::Lb => "name_lb",
        Language::De => "name_de",
        Language::Fr => "name_fr",
        Language::En => "name_en",
        Language::Pt => "name_pt",
    }
}

/// The field of a service's description in `language` on the form.
pub fn description_field(language: Language) -> &'static str {
    match language {
        Language::Lb => "description_lb",
        Language::De => "description_de",
        Language::Fr => "description_fr",
        Language::En => "description_en",
        Language::Pt => "description_pt",
    }
}

/// A service's names: at least one language; a description needs a name in its
/// language. Every problem is reported with the field it belongs to.
pub fn check_names(
    inputs: &[(Language, &str, &str)],
) -> Result<Vec<ServiceName>, Vec<(&'static str, &'static str)>> {
    let mut names = Vec::new();
    let mut errors = Vec::new();
    for &(language, name, description) in inputs {
        let description = description.trim();
        if name.trim().is_empty() {
            if !description.is_empty() {
                errors.push((name_field(language), "service-error-name-missing"));
            }
            continue;
        }
        let name = match crate::posts::check_title(name) {
            Ok(name) if name.chars().count() <= NAME_MAX => name,
            Ok(_) | Err("post-error-title-long") => {
                errors.push((name_field(language), "service-error-name-long"));
                continue;
            }
            Err(_) => {
                errors.push((name_field(language), "service-error-name-missing"));
                continue;
            }
        };
        let description = if description.is_empty() {
            String::new()
        } else {
            match bounded(
                description,
                DESCRIPTION_MAX,
                "service-error-name-missing",
                "service-error-description-long",
            ) {
                Ok(d) => d,
                Err(e) => {
                    errors.push((description_field(language), e));
                    continue;
                }
            }
        };
        names.push(ServiceName {
            language,
            name,
            description,
        });
    }
    if names.is_empty() && errors.is_empty() {
        errors.push(("name_lb", "service-error-names-none"));
    }
    if errors.is_empty() {
        Ok(names)
    } else {
        Err(errors)
    }
}

/// The name a reader sees: theirs, else the commune's language, else the first one.
pub fn name_for(
    names: &[ServiceName],
    reader: Language,
    commune: Language,
) -> Option<&ServiceName> {
    names
        .iter()
        .find(|n| n.language == reader)
        .or_else(|| names.iter().find(|n| n.language == commune))
        .or_else(|| names.first())
}

/// A waiting time as a page shows it: minutes under an hour, hours under two days,
/// days after that. Returns the message id and the number.
pub fn waited_label(seconds: i64) -> (&'static str, i64) {
    let minutes = seconds.max(0) / 60;
    if minutes < 60 {
        ("service-waited-minutes", minutes)
    } else if minutes < 48 * 60 {
        ("service-waited-hours", minutes / 60)
    } else {
        ("service-waited-days", minutes / (24 * 60))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const RESIDENT: Viewer = Viewer {
        user_id: 7,
        commune_id: 1,
        staff: false,
    };
    const STAFF: Viewer = Viewer {
        user_id: 2,
        commune_id: 1,
        staff: true,
    };
    const THREAD: ThreadFacts = ThreadFacts {
        commune_id: 1,
        resident_id: 7,
    };

    #[test]
    fn residents_read_their_own_threads_only() {
        assert!(may_read(RESIDENT, THREAD));
        let neighbour = Viewer {
            user_id: 8,
            ..RESIDENT
        };
        assert!(!may_read(neighbour, THREAD));
        assert!(!may_manage(RESIDENT, THREAD));
        assert!(!writes_as_staff(RESIDENT, THREAD));
    }

    #[test]
    fn staff_read_and_manage_their_communes_threads_only() {
        assert!(may_read(STAFF, THREAD));
        assert!(may_manage(STAFF, THREAD));
        assert!(writes_as_staff(STAFF, THREAD));
        let elsewhere = Viewer {
            commune_id: 2,
            ..STAFF
        };
        assert!(!may_read(elsewhere, THREAD));
        assert!(!may_manage(elsewhere, THREAD));
        // A resident of another commune with the same id is no one here either.
        let stranger = Viewer {
            commune_id: 2,
            ..RESIDENT
        };
        assert!(!may_read(stranger, THREAD));
    }

    #[test]
    fn staff_writing_to_a_service_are_residents_in_their_own_thread() {
        let own = ThreadFacts {
            commune_id: 1,
            resident_id: STAFF.user_id,
        };
        assert!(may_read(STAFF, own));
        assert!(!may_manage(STAFF, own));
        assert!(!writes_as_staff(STAFF, own));
    }

    #[test]
    fn a_thread_waits_from_the_first_unanswered_word() {
        let opened = Standing::opened(100);
        assert_eq!(opened.state, State::Waiting);
        assert_eq!(opened.waited(160), Some(60));
        // The resident adds a word: they still wait since 100.
        let more = opened.after_message(false, 200);
        assert_eq!(more.waiting_since, Some(100));
        // Staff answer: nothing waits.
        let answered = more.after_message(true, 300);
        assert_eq!(answered.state, State::Answered);
        assert_eq!(answered.waited(400), None);
        // The resident answers back: waiting since that new word.
        let again = answered.after_message(false, 500);
        assert_eq!(
            again,
            Standing {
                state: State::Waiting,
                waiting_since: Some(500)
            }
        );
        // Closed, then the resident writes: open again, waiting since then.
        let closed = again.closed();
        assert_eq!(closed.state, State::Closed);
        assert_eq!(closed.waiting_since, None);
        let reopened = closed.after_message(false, 900);
        assert_eq!(reopened.state, State::Waiting);
        assert_eq!(reopened.waiting_since, Some(900));
        // Staff writing to a closed thread answers it (and opens it).
        assert_eq!(closed.after_message(true, 950).state, State::Answered);
    }

    #[test]
    fn waiting_never_counts_backwards() {
        assert_eq!(Standing::opened(100).waited(90), Some(0));
        // A message stamped earlier by another instance's clock keeps the earlier time.
        assert_eq!(
            Standing::opened(100).after_message(false, 95).waiting_since,
            Some(95)
        );
    }

    #[test]
    fn states_round_trip() {
        for state in State::ALL {
            assert_eq!(State::parse(state.as_str()), Some(state));
            assert!(state.message_id().starts_with("service-state-"));
        }
        assert_eq!(State::parse("open"), None);
        assert_ne!(State::Waiting.message_id(), State::Answered.message_id());
        assert_ne!(State::Answered.message_id(), State::Closed.message_id());
    }

    #[test]
    fn subjects_and_messages_are_bounded() {
        assert_eq!(
            check_subject("  Help with\nforms "),
            Ok("Help with forms".into())
        );
        assert_eq!(check_subject(" "), Err("service-error-subject-empty"));
        assert_eq!(
            check_subject("\u{202E}"),
            Err("service-error-subject-empty")
        );
        assert_eq!(
            check_subject(&"x".repeat(SUBJECT_MAX)),
            Ok("x".repeat(SUBJECT_MAX))
        );
        assert_eq!(
            check_subject(&"x".repeat(SUBJECT_MAX + 1)),
            Err("service-error-subject-long")
        );
        assert_eq!(
            check_message("Bonjour\r\n\r\nMerci"),
            Ok("Bonjour\n\nMerci".into())
        );
        assert_eq!(check_message("\n \n"), Err("service-error-message-empty"));
        // Too long as sent, even if hidden characters taken out would make it fit.
        let padded = format!("\u{0}{}", "é".repeat(MESSAGE_MAX));
        assert_eq!(check_message(&padded), Err("service-error-message-long"));
        let spaced = format!("  {}", "x".repeat(SUBJECT_MAX - 1));
        assert_eq!(check_subject(&spaced), Err("service-error-subject-long"));
        assert_eq!(
            check_message(&"é".repeat(MESSAGE_MAX)),
            Ok("é".repeat(MESSAGE_MAX))
        );
        assert_eq!(
            check_message(&"é".repeat(MESSAGE_MAX + 1)),
            Err("service-error-message-long")
        );
    }

    #[test]
    fn names_need_one_language_and_fit() {
        assert_eq!(
            check_names(&[
                (Language::Fr, " Office social ", ""),
                (Language::En, "", "")
            ]),
            Ok(vec![ServiceName {
                language: Language::Fr,
                name: "Office social".into(),
                description: String::new()
            }])
        );
        assert_eq!(
            check_names(&[(Language::Fr, "", ""), (Language::En, " ", "")]),
            Err(vec![("name_lb", "service-error-names-none")])
        );
        assert_eq!(
            check_names(&[(Language::De, "", "Beschreibung")]),
            Err(vec![("name_de", "service-error-name-missing")])
        );
        assert_eq!(
            check_names(&[(Language::Pt, &"a".repeat(NAME_MAX + 1), "")]),
            Err(vec![("name_pt", "service-error-name-long")])
        );
        assert!(check_names(&[(Language::Pt, &"a".repeat(NAME_MAX), "")]).is_ok());
        assert_eq!(
            check_names(&[(Language::Pt, &"a".repeat(200), "")]),
            Err(vec![("name_pt", "service-error-name-long")])
        );
        assert_eq!(
            check_names(&[(Language::Lb, "\u{200B}", "")]),
            Err(vec![("name_lb", "service-error-name-missing")])
        );
        assert_eq!(
            check_names(&[(Language::En, "Seniors", &"d".repeat(DESCRIPTION_MAX + 1))]),
            Err(vec![("description_en", "service-error-description-long")])
        );
        let both = check_names(&[
            (Language::En, "Seniors", " For people over 60 "),
            (Language::De, "Senioren", &"d".repeat(DESCRIPTION_MAX)),
        ])
        .unwrap();
        assert_eq!(both[0].description, "For people over 60");
        assert_eq!(both[1].description.chars().count(), DESCRIPTION_MAX);
        // Every problem at once.
        assert_eq!(
            check_names(&[(Language::En, "", "x"), (Language::De, &"n".repeat(99), "")])
                .unwrap_err()
                .len(),
            2
        );
    }

    #[test]
    fn fields_are_distinct_per_language() {
        let mut seen = std::collections::HashSet::new();
        for language in Language::ALL {
            assert!(seen.insert(name_field(language)));
            assert!(seen.insert(description_field(language)));
        }
    }

    #[test]
    fn a_reader_sees_their_language_first() {
        let names = check_names(&[
            (Language::De, "Sozialamt", ""),
            (Language::Fr, "Office social", ""),
        ])
        .unwrap();
        let pick = |r, c| name_for(&names, r, c).map(|n| n.name.as_str());
        assert_eq!(pick(Language::Fr, Language::De), Some("Office social"));
        assert_eq!(pick(Language::Pt, Language::Fr), Some("Office social"));
        assert_eq!(pick(Language::Pt, Language::Lb), Some("Sozialamt"));
        assert_eq!(name_for(&[], Language::Pt, Language::Lb), None);
    }

    #[test]
    fn waiting_times_read_naturally() {
        assert_eq!(waited_label(-5), ("service-waited-minutes", 0));
        assert_eq!(waited_label(59 * 60 + 59), ("service-waited-minutes", 59));
        assert_eq!(waited_label(3_600), ("service-waited-hours", 1));
        assert_eq!(waited_label(48 * 3_600 - 1), ("service-waited-hours", 47));
        assert_eq!(waited_label(48 * 3_600), ("service-waited-days", 2));
        assert_eq!(waited_label(10 * 86_400 + 5), ("service-waited-days", 10));
    }

    proptest! {
        /// Whatever happens, a waiting thread has a time, others none, and the time
        /// is never later than the last resident message.
        #[test]
        fn standing_stays_consistent(events in proptest::collection::vec((0u8..3, 0i64..1_000), 0..40)) {
            let mut standing = Standing::opened(0);
            let mut last_resident_word = 0;
            for (kind, at) in events {
                standing = match kind {
                    0 => { last_resident_word = at; standing.after_message(false, at) }
                    1 => standing.after_message(true, at),
                    _ => standing.closed(),
                };
                prop_assert_eq!(standing.state == State::Waiting, standing.waiting_since.is_some());
                if let Some(since) = standing.waiting_since {
                    prop_assert!(since <= last_resident_word.max(0));
                }
            }
        }
    }
}
