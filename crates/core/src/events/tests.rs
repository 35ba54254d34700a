//! Tests of the event's draft, live texts and workshop slots.

use super::*;
use crate::activities::EuropeLuxembourg;
use proptest::prelude::*;

fn t(hour: u8, minute: u8) -> LocalTime {
    LocalTime { hour, minute }
}

fn day(year: i32, month: u8, day: u8) -> LocalDate {
    LocalDate { year, month, day }
}

/// 1 January 2030, 00:00 UTC: before every draft below.
const NOW: i64 = 1_893_456_000;

fn draft() -> EventDraft {
    EventDraft {
        title: Wording::default()
            .with(Language::Fr, "  Journée   d'orientation ")
            .with(Language::En, "Orientation day"),
        description: Wording::default()
            .with(Language::Fr, "Stands et ateliers")
            .with(Language::En, "Stands and workshops"),
        date: day(2030, 3, 16),
        starts: t(9, 0),
        ends: t(17, 0),
        registration: RegistrationMode::Public,
        capacity: 600,
        link: Some(" https://visio.example.lu/plenary ".into()),
    }
}

fn check(d: &EventDraft) -> Result<Event, Vec<EventProblem>> {
    check_event(d, NOW, &EuropeLuxembourg)
}

#[test]
fn a_good_event_is_cleaned_and_placed_in_local_time() {
    let event = check(&draft()).unwrap();
    assert_eq!(event.title.get(Language::Fr), Some("Journée d'orientation"));
    // 16 March 2030 is winter time: 09:00 in Luxembourg is 08:00 UTC.
    assert_eq!(event.starts_at, 1_899_878_400);
    assert_eq!(event.ends_at, event.starts_at + 8 * 3_600);
    assert_eq!(
        event.link.as_deref(),
        Some("https://visio.example.lu/plenary")
    );
    assert_eq!(event.capacity, 600);
    assert_eq!(event.registration, RegistrationMode::Public);
    let mut no_link = draft();
    no_link.link = Some("   ".into());
    assert_eq!(check(&no_link).unwrap().link, None);
}

#[test]
fn titles_and_descriptions_follow_the_activities_rules() {
    let mut d = draft();
    d.title = Wording::default();
    d.description = Wording::default();
    assert_eq!(check(&d), Err(vec![EventProblem::NoTitle]));

    let mut d = draft();
    d.description = Wording::default()
        .with(Language::Fr, "Stands")
        .with(Language::De, "Stänn");
    assert_eq!(
        check(&d),
        Err(vec![
            EventProblem::MissingVersion {
                place: EventText::Title,
                language: Language::De
            },
            EventProblem::MissingVersion {
                place: EventText::Description,
                language: Language::En
            },
        ])
    );

    let mut d = draft();
    d.description = Wording::default();
    assert!(check(&d).is_ok(), "a description is optional");

    let mut d = draft();
    d.title = Wording::default()
        .with(Language::Fr, "\u{200B} ")
        .with(Language::En, "x".repeat(TITLE_MAX + 1));
    d.description = Wording::default()
        .with(Language::Fr, " \n")
        .with(Language::En, "y".repeat(DESCRIPTION_MAX + 1));
    assert_eq!(
        check(&d),
        Err(vec![
            EventProblem::BlankText {
                place: EventText::Title,
                language: Language::Fr
            },
            EventProblem::TextTooLong {
                place: EventText::Title,
                language: Language::En,
                max: TITLE_MAX
            },
            EventProblem::BlankText {
                place: EventText::Description,
                language: Language::Fr
            },
            EventProblem::TextTooLong {
                place: EventText::Description,
                language: Language::En,
                max: DESCRIPTION_MAX
            },
        ])
    );
    let mut d = draft();
    d.title = Wording::default().with(Language::Fr, "x".repeat(TITLE_MAX));
    d.description = Wording::default().with(Language::Fr, "y".repeat(DESCRIPTION_MAX));
    assert!(check(&d).is_ok());
}

#[test]
fn hours_are_at_least_half_an_hour_on_the_day() {
    for (starts, ends, expected) in [
        (t(9, 0), t(9, 30), vec![]),
        (t(0, 0), t(23, 59), vec![]),
        (
            t(9, 0),
            t(9, 29),
            vec![EventProblem::TooShort { min_minutes: 30 }],
        ),
        (t(9, 0), t(9, 0), vec![EventProblem::EndsBeforeStart]),
        (t(9, 1), t(9, 0), vec![EventProblem::EndsBeforeStart]),
        (
            t(24, 0),
            t(9, 0),
            vec![EventProblem::InvalidTime {
                end: HoursEnd::Start,
            }],
        ),
        (
            t(9, 0),
            t(9, 60),
            vec![EventProblem::InvalidTime { end: HoursEnd::End }],
        ),
    ] {
        let mut d = draft();
        d.starts = starts;
        d.ends = ends;
        assert_eq!(
            check(&d).err().unwrap_or_default(),
            expected,
            "{starts:?}–{ends:?}"
        );
    }
}

#[test]
fn the_length_is_lived_time_across_a_change_of_the_clocks() {
    // 31 March 2030: clocks go from 02:00 to 03:00. 01:45 to 03:15 on the clock is 30
    // minutes lived; 01:45 to 03:14 is 29.
    let mut d = draft();
    d.date = day(2030, 3, 31);
    d.starts = t(1, 45);
    d.ends = t(3, 15);
    assert!(check(&d).is_ok());
    d.ends = t(3, 14);
    assert_eq!(
        check(&d),
        Err(vec![EventProblem::TooShort { min_minutes: 30 }])
    );
}

#[test]
fn half_an_hour_is_thirty_minutes() {
    let mut d = draft();
    d.ends = t(9, 30);
    assert!(check(&d).is_ok());
    d.ends = t(9, 29);
    assert_eq!(
        check(&d),
        Err(vec![EventProblem::TooShort { min_minutes: 30 }])
    );
}

#[test]
fn a_time_that_does_not_exist_is_not_converted() {
    // A past day with a start that does not exist: only the start is wrong (nothing
    // is said to be in the past, as there is no start to compare).
    let mut d = draft();
    d.date = day(2029, 6, 1);
    d.starts = t(24, 0);
    assert_eq!(
        check(&d),
        Err(vec![EventProblem::InvalidTime {
            end: HoursEnd::Start
        }])
    );
    // An end that does not exist (it would read as 01:00): not "too short".
    let mut d = draft();
    d.ends = t(0, 60);
    assert_eq!(
        check(&d),
        Err(vec![EventProblem::InvalidTime { end: HoursEnd::End }])
    );
    // A date that does not exist, in the past: not "in the past".
    let mut d = draft();
    d.date = day(2029, 2, 30);
    assert_eq!(check(&d), Err(vec![EventProblem::InvalidDate]));
}

#[test]
fn an_event_starts_now_or_later() {
    let event = check(&draft()).unwrap();
    let at = |now: i64| check_event(&draft(), now, &EuropeLuxembourg);
    assert!(at(event.starts_at).is_ok());
    assert_eq!(at(event.starts_at + 1), Err(vec![EventProblem::InThePast]));
    // Ends before it starts and in the past: both said.
    let mut d = draft();
    d.ends = t(8, 0);
    assert_eq!(
        check_event(&d, event.starts_at + 1, &EuropeLuxembourg),
        Err(vec![EventProblem::InThePast, EventProblem::EndsBeforeStart])
    );
}

#[test]
fn dates_must_exist() {
    for date in [
        day(2030, 2, 29),
        day(2030, 13, 1),
        day(2030, 4, 31),
        day(10_000, 1, 1),
    ] {
        let mut d = draft();
        d.date = date;
        assert_eq!(check(&d), Err(vec![EventProblem::InvalidDate]), "{date:?}");
    }
    let mut d = draft();
    d.date = day(2032, 2, 29);
    assert!(check(&d).is_ok());
}

#[test]
fn capacity_is_one_to_the_maximum() {
    for (capacity, ok) in [
        (0, false),
        (1, true),
        (CAPACITY_MAX, true),
        (CAPACITY_MAX + 1, false),
    ] {
        let mut d = draft();
        d.capacity = capacity;
        let expected = if ok {
            vec![]
        } else {
            vec![EventProblem::CapacityOutOfRange {
                capacity,
                max: CAPACITY_MAX,
            }]
        };
        assert_eq!(check(&d).err().unwrap_or_default(), expected, "{capacity}");
    }
}

#[test]
fn links_must_be_web_links() {
    let mut d = draft();
    d.link = Some("javascript:alert(1)".into());
    assert_eq!(check(&d), Err(vec![EventProblem::BadLink]));
}

#[test]
fn every_problem_is_reported_at_once() {
    let d = EventDraft {
        title: Wording::default(),
        description: Wording::default().with(Language::Lb, "Stänn"),
        date: day(2030, 2, 30),
        starts: t(10, 0),
        ends: t(9, 0),
        registration: RegistrationMode::ResidentsOnly,
        capacity: 0,
        link: Some("ftp://example.lu".into()),
    };
    assert_eq!(
        check(&d),
        Err(vec![
            EventProblem::NoTitle,
            EventProblem::MissingVersion {
                place: EventText::Title,
                language: Language::Lb
            },
            EventProblem::InvalidDate,
            EventProblem::EndsBeforeStart,
            EventProblem::CapacityOutOfRange {
                capacity: 0,
                max: CAPACITY_MAX
            },
            EventProblem::BadLink,
        ])
    );
}

#[test]
fn problems_serialise_with_their_place() {
    let json = serde_json::to_value(EventProblem::MissingVersion {
        place: EventText::Description,
        language: Language::De,
    })
    .unwrap();
    assert_eq!(
        json,
        serde_json::json!({"problem": "missing_version", "place": "description", "language": "de"})
    );
    let json = serde_json::to_value(Room::Private(PrivateChat {
        first: 1,
        second: 2,
        started_at: 3,
    }))
    .unwrap();
    assert_eq!(
        json,
        serde_json::json!({"room": "private", "first": 1, "second": 2, "started_at": 3})
    );
}

#[test]
fn roles_know_their_stands() {
    let roles = EventRoles {
        organiser: false,
        staff_of: vec![4, 7],
    };
    assert!(roles.staffs(7));
    assert!(!roles.staffs(5));
    let chat = PrivateChat {
        first: 1,
        second: 2,
        started_at: 0,
    };
    assert!(chat.has(1) && chat.has(2) && !chat.has(3));
}

#[test]
fn live_texts_are_trimmed_and_bounded() {
    assert_eq!(check_live_text("  Moien \r\n ", 10), Ok("Moien".into()));
    assert_eq!(check_live_text("a\r\nb", 10), Ok("a\nb".into()));
    assert_eq!(check_live_text("❤\u{FE0F}", 10), Ok("❤\u{FE0F}".into()));
    assert_eq!(
        check_live_text("👩\u{200D}💻", 10),
        Ok("👩\u{200D}💻".into())
    );
    assert_eq!(check_live_text(&"é".repeat(10), 10), Ok("é".repeat(10)));
    assert_eq!(
        check_live_text(&"é".repeat(11), 10),
        Err(vec![LiveTextProblem::TooLong { max: 10 }])
    );
    assert_eq!(check_live_text("", 10), Err(vec![LiveTextProblem::Empty]));
    assert_eq!(
        check_live_text("\u{200B}", 10),
        Err(vec![
            LiveTextProblem::Empty,
            LiveTextProblem::HiddenCharacter
        ])
    );
    for hidden in ["a\tb", "a\u{0}b", "a\u{202E}b", "a\u{1B}[31mb", "a\rb"] {
        assert_eq!(
            check_live_text(hidden, 10),
            Err(vec![LiveTextProblem::HiddenCharacter]),
            "{hidden:?}"
        );
    }
}

#[test]
fn live_texts_have_a_few_lines_at_most() {
    let ten = ["a"; LIVE_TEXT_LINES_MAX].join("\n");
    assert!(check_live_text(&ten, 100).is_ok());
    let eleven = ["a"; LIVE_TEXT_LINES_MAX + 1].join("\n");
    assert_eq!(
        check_live_text(&eleven, 100),
        Err(vec![LiveTextProblem::TooManyLines {
            max: LIVE_TEXT_LINES_MAX
        }])
    );
    let blank_lines = format!("a{}b", "\n".repeat(LIVE_TEXT_LINES_MAX));
    assert_eq!(
        check_live_text(&blank_lines, 5),
        Err(vec![
            LiveTextProblem::TooLong { max: 5 },
            LiveTextProblem::TooManyLines {
                max: LIVE_TEXT_LINES_MAX
            }
        ])
    );
}

proptest! {
    #[test]
    fn accepted_live_texts_are_clean(s in "\\PC{0,40}", max in 1usize..30) {
        if let Ok(text) = check_live_text(&s, max) {
            prop_assert_eq!(text.trim(), text.as_str());
            prop_assert!(text.chars().count() <= max);
            prop_assert!(has_visible_character(&text));
            prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
        }
    }
}

fn event() -> Event {
    check(&draft()).unwrap()
}

#[test]
fn workshops_lie_within_the_event() {
    let e = event();
    let slot = |starts_at, ends_at| Session {
        starts_at,
        ends_at,
        cancelled: false,
    };
    assert_eq!(
        check_workshop_slot(&e, &slot(e.starts_at, e.ends_at)),
        Ok(())
    );
    assert_eq!(
        check_workshop_slot(&e, &slot(e.starts_at + 60, e.starts_at + 120)),
        Ok(())
    );
    assert_eq!(
        check_workshop_slot(&e, &slot(e.starts_at - 1, e.starts_at + 3_600)),
        Err(vec![SlotProblem::StartsBeforeEvent])
    );
    assert_eq!(
        check_workshop_slot(&e, &slot(e.ends_at - 3_600, e.ends_at + 1)),
        Err(vec![SlotProblem::EndsAfterEvent])
    );
    assert_eq!(
        check_workshop_slot(&e, &slot(e.starts_at + 60, e.starts_at + 60)),
        Err(vec![SlotProblem::EndsBeforeStart])
    );
    assert_eq!(
        check_workshop_slot(&e, &slot(e.starts_at - 10, e.ends_at + 10)),
        Err(vec![
            SlotProblem::StartsBeforeEvent,
            SlotProblem::EndsAfterEvent
        ])
    );
}

#[test]
fn a_workshop_link_opens_five_minutes_early_for_the_registered() {
    let (start, end) = (10_000, 13_600);
    assert!(!workshop_link_open(
        start - WORKSHOP_LINK_EARLY - 1,
        start,
        end,
        true
    ));
    assert!(workshop_link_open(
        start - WORKSHOP_LINK_EARLY,
        start,
        end,
        true
    ));
    assert!(workshop_link_open(start, start, end, true));
    assert!(workshop_link_open(end - 1, start, end, true));
    assert!(!workshop_link_open(end, start, end, true));
    assert!(!workshop_link_open(start, start, end, false));
    assert!(!workshop_link_open(
        start - WORKSHOP_LINK_EARLY,
        start,
        end,
        false
    ));
    assert!(workshop_link_open(i64::MIN, i64::MIN, i64::MIN + 1, true));
    // Five minutes, as documented.
    assert!(workshop_link_open(start - 300, start, end, true));
    assert!(!workshop_link_open(start - 301, start, end, true));
}

/// Every kind of onlooker against every state of an event: who sees it, who manages
/// it, and as whom they register.
#[test]
fn who_sees_and_manages_an_event() {
    use participation::Registrant;
    let anyone = Onlooker::default();
    let account = Onlooker {
        user_id: Some(7),
        ..Onlooker::default()
    };
    let resident = Onlooker {
        user_id: Some(8),
        resident: true,
        staff: false,
    };
    let staff = Onlooker {
        user_id: Some(9),
        resident: false,
        staff: true,
    };
    let organiser = Onlooker {
        user_id: Some(10),
        ..Onlooker::default()
    };
    let public = RegistrationMode::Public;
    let residents = RegistrationMode::ResidentsOnly;
    // (who, published public, published residents-only, draft public, draft
    // residents-only, manages)
    let cases = [
        ("anyone", anyone, true, false, false, false, false),
        ("an account", account, true, false, false, false, false),
        ("a resident", resident, true, true, false, false, false),
        ("staff", staff, true, true, true, true, true),
        ("its organiser", organiser, true, true, true, true, true),
    ];
    for (name, who, pub_public, pub_residents, draft_public, draft_residents, manages) in cases {
        assert_eq!(who.sees(true, public, Some(10)), pub_public, "{name}");
        assert_eq!(who.sees(true, residents, Some(10)), pub_residents, "{name}");
        assert_eq!(who.sees(false, public, Some(10)), draft_public, "{name}");
        assert_eq!(
            who.sees(false, residents, Some(10)),
            draft_residents,
            "{name}"
        );
        assert_eq!(who.manages(Some(10)), manages, "{name}");
    }
    // An event whose organiser's account is gone: staff alone manage it, and nobody
    // without an account matches "no organiser".
    assert!(staff.manages(None));
    assert!(!anyone.manages(None));
    assert!(!organiser.manages(None));
    assert!(!anyone.sees(false, public, None));
    assert_eq!(anyone.registrant(), Registrant::Guest);
    assert_eq!(account.registrant(), Registrant::Account);
    assert_eq!(resident.registrant(), Registrant::Resident);
    assert_eq!(staff.registrant(), Registrant::Resident);
}
