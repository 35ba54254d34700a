//! The virtual event day (`PRODUCT.md` C6, issue 11): an orientation day for newcomers
//! with stands, workshops, a live Q&A per stand and a networking lounge. Here are its
//! rules as plain functions over plain values; storage, pages, the WebSocket channel
//! and the benchmarks build on them.
//!
//! One concern per file:
//! - this file: the event's draft ([`check_event`]), the workshop slots within it, and
//!   what the others share: who someone is in the event ([`EventRoles`]), where things
//!   are said ([`Room`]) and the rule for live texts ([`check_live_text`]);
//! - [`stands`]: a stand's draft, its documents and its hours;
//! - [`participation`]: registration (with an account, or as a guest with a name and
//!   an e-mail) and who is present now;
//! - [`questions`]: the live Q&A of a stand;
//! - [`lounge`]: the lounge chat, its flood limit and who may post where;
//! - [`meeting`]: "meet someone", pairing by shared language;
//! - [`moderation`]: who may hide and mute where, and reports;
//! - [`statistics`] and [`word_cloud`]: what the organisers see after the day.
//!
//! Times are unix seconds passed in by the caller (`now`): nothing here reads a clock.
//! Intervals are half-open, `[starts_at, ends_at)`, as for activities' sessions.
//! Problems are enum variants the server maps to messages in the reader's language;
//! checks report every problem at once, so a form is corrected in one go.

pub mod lounge;
pub mod meeting;
pub mod moderation;
pub mod participation;
pub mod questions;
pub mod stands;
pub mod statistics;
pub mod word_cloud;

use serde::{Deserialize, Serialize};

use crate::activities::{is_web_link, one_line, LocalDate, LocalTime, Session, TimeZone};
use crate::consultation::Wording;
use crate::language::Language;
use crate::validation::{has_visible_character, is_format_or_invisible, is_joiner};

/// The longest event title, in characters, in each language: as an activity's.
pub const TITLE_MAX: usize = crate::activities::TITLE_MAX;
/// The longest event description, in characters, in each language: a programme's
/// introduction, longer than an activity's since it presents the whole day.
pub const DESCRIPTION_MAX: usize = 8_000;
/// The most participants one event takes: the target for one event shared by
/// several instances on PostgreSQL (one small server holds 500 and more, see
/// `docs/performance.md`). More has not been measured, so it is refused rather than
/// promised.
pub const CAPACITY_MAX: u32 = 10_000;
/// The shortest event, in seconds: half an hour. Anything shorter is a workshop, not a
/// day of stands, and most likely a typing error in the hours.
pub const EVENT_MIN_SECONDS: i64 = 30 * 60;

/// Who may register for an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationMode {
    /// Anyone: residents and other account holders, and guests who give a name and an
    /// e-mail address (confirmed by e-mail).
    Public,
    /// Verified residents of the commune only; the event is invisible to others.
    ResidentsOnly,
}

/// An event as its organiser wrote it: one day, in the commune's local time.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDraft {
    pub title: Wording,
    /// In the title's languages, or in none.
    #[serde(default)]
    pub description: Wording,
    pub date: LocalDate,
    pub starts: LocalTime,
    pub ends: LocalTime,
    pub registration: RegistrationMode,
    pub capacity: u32,
    /// The event's default video room (a plenary, a help desk); stands and workshops
    /// have their own.
    #[serde(default)]
    pub link: Option<String>,
}

/// A checked event: texts cleaned, hours as unix instants too.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Event {
    pub title: Wording,
    pub description: Wording,
    pub date: LocalDate,
    pub starts: LocalTime,
    pub ends: LocalTime,
    /// `starts` on `date` in the commune's zone.
    pub starts_at: i64,
    /// `ends` on `date` in the commune's zone.
    pub ends_at: i64,
    pub registration: RegistrationMode,
    pub capacity: u32,
    pub link: Option<String>,
}

/// Which text of an event a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventText {
    Title,
    Description,
}

/// Which end of the hours a problem is at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoursEnd {
    Start,
    End,
}

/// What is wrong with an event's draft; [`check_event`] reports every one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum EventProblem {
    #[error("the title is written in no language")]
    NoTitle,
    /// The draft is written in `language` elsewhere, but not in `place`.
    #[error("the version in {language:?} of the {place:?} is missing")]
    MissingVersion {
        place: EventText,
        language: Language,
    },
    #[error("the version in {language:?} of the {place:?} is blank")]
    BlankText {
        place: EventText,
        language: Language,
    },
    #[error("the version in {language:?} of the {place:?} is longer than {max} characters")]
    TextTooLong {
        place: EventText,
        language: Language,
        max: usize,
    },
    /// No such day (30 February), or a year out of 1970–9999.
    #[error("the date does not exist")]
    InvalidDate,
    #[error("the {end:?} time does not exist")]
    InvalidTime { end: HoursEnd },
    #[error("the event ends before it starts")]
    EndsBeforeStart,
    /// Shorter than [`EVENT_MIN_SECONDS`] (measured between the instants, so across a
    /// change of the clocks too).
    #[error("the event lasts less than {min_minutes} minutes")]
    TooShort { min_minutes: i64 },
    #[error("the event starts in the past")]
    InThePast,
    #[error("the capacity is {capacity}, not from 1 to {max}")]
    CapacityOutOfRange { capacity: u32, max: u32 },
    /// Not an `http` or `https` link to a host ([`is_web_link`]).
    #[error("the link is not a web link")]
    BadLink,
}

/// Checks an event's draft at `now`: the event, cleaned, or every problem found.
///
/// A title in at least one language, a description (if any) in exactly the title's
/// languages, each version visible and within [`TITLE_MAX`] / [`DESCRIPTION_MAX`]
/// characters; a date that exists; hours that exist, the end after the start on the
/// same day, at least [`EVENT_MIN_SECONDS`] apart in real time (a day the clocks
/// change is measured as it is lived), starting at `now` or later; 1 to
/// [`CAPACITY_MAX`] participants; a link, if given, that [`is_web_link`] accepts.
pub fn check_event(
    draft: &EventDraft,
    now: i64,
    zone: &impl TimeZone,
) -> Result<Event, Vec<EventProblem>> {
    let mut problems = Vec::new();
    let (title, description) = check_event_texts(&draft.title, &draft.description, &mut problems);
    let date_ok = draft.date.is_valid();
    if !date_ok {
        problems.push(EventProblem::InvalidDate);
    }
    let starts_ok = draft.starts.is_valid();
    if !starts_ok {
        problems.push(EventProblem::InvalidTime {
            end: HoursEnd::Start,
        });
    }
    let ends_ok = draft.ends.is_valid();
    if !ends_ok {
        problems.push(EventProblem::InvalidTime { end: HoursEnd::End });
    }
    let starts_at = (date_ok && starts_ok).then(|| zone.to_utc(draft.date, draft.starts));
    let ends_at = (date_ok && ends_ok).then(|| zone.to_utc(draft.date, draft.ends));
    if starts_at.is_some_and(|s| s < now) {
        problems.push(EventProblem::InThePast);
    }
    if starts_ok && ends_ok && draft.ends <= draft.starts {
        problems.push(EventProblem::EndsBeforeStart);
    } else if let (Some(s), Some(e)) = (starts_at, ends_at) {
        if e.saturating_sub(s) < EVENT_MIN_SECONDS {
            problems.push(EventProblem::TooShort {
                min_minutes: EVENT_MIN_SECONDS / 60,
            });
        }
    }
    if !(1..=CAPACITY_MAX).contains(&draft.capacity) {
        problems.push(EventProblem::CapacityOutOfRange {
            capacity: draft.capacity,
            max: CAPACITY_MAX,
        });
    }
    let link = draft
        .link
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    if link.is_some_and(|l| !is_web_link(l)) {
        problems.push(EventProblem::BadLink);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Event {
        title,
        description,
        date: draft.date,
        starts: draft.starts,
        ends: draft.ends,
        starts_at: starts_at.unwrap_or_default(),
        ends_at: ends_at.unwrap_or_default(),
        registration: draft.registration,
        capacity: draft.capacity,
        link: link.map(str::to_string),
    })
}

/// The title and description, cleaned, as activities check theirs: a title in at
/// least one language, and a description (if any) in the same languages.
fn check_event_texts(
    title: &Wording,
    description: &Wording,
    problems: &mut Vec<EventProblem>,
) -> (Wording, Wording) {
    let titled = title.languages();
    let described = description.languages();
    if titled.is_empty() {
        problems.push(EventProblem::NoTitle);
    }
    for &language in &described {
        if !titled.contains(&language) {
            problems.push(EventProblem::MissingVersion {
                place: EventText::Title,
                language,
            });
        }
    }
    if !described.is_empty() {
        for &language in &titled {
            if !described.contains(&language) {
                problems.push(EventProblem::MissingVersion {
                    place: EventText::Description,
                    language,
                });
            }
        }
    }
    let (title, found) = clean_versions(title, TITLE_MAX, one_line);
    let (description, found_in_description) =
        clean_versions(description, DESCRIPTION_MAX, crate::posts::clean_text);
    let with_place = |place: EventText| {
        move |(language, problem): (Language, VersionProblem)| match problem {
            VersionProblem::Blank => EventProblem::BlankText { place, language },
            VersionProblem::TooLong(max) => EventProblem::TextTooLong {
                place,
                language,
                max,
            },
        }
    };
    problems.extend(found.into_iter().map(with_place(EventText::Title)));
    problems.extend(
        found_in_description
            .into_iter()
            .map(with_place(EventText::Description)),
    );
    (title, description)
}

/// What is wrong with one language's version of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VersionProblem {
    /// Nothing visible once cleaned.
    Blank,
    /// Longer than this many characters once cleaned.
    TooLong(usize),
}

/// Each version of `wording` cleaned with `clean`, and what is wrong with which.
pub(crate) fn clean_versions(
    wording: &Wording,
    max: usize,
    clean: fn(&str) -> String,
) -> (Wording, Vec<(Language, VersionProblem)>) {
    let mut cleaned = Wording::default();
    let mut problems = Vec::new();
    for language in wording.languages() {
        let text = clean(wording.get(language).unwrap_or_default());
        if !has_visible_character(&text) {
            problems.push((language, VersionProblem::Blank));
        } else if text.chars().count() > max {
            problems.push((language, VersionProblem::TooLong(max)));
        }
        cleaned = cleaned.with(language, text);
    }
    (cleaned, problems)
}

/// Who looks at an event, as its visibility sees them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Onlooker {
    /// Their account, signed in to the event's commune; none for anyone else.
    pub user_id: Option<i64>,
    /// A verified resident of the commune (a member of one of its neighbourhoods).
    pub resident: bool,
    /// Staff of the commune: they see and manage every one of its events.
    pub staff: bool,
}

impl Onlooker {
    /// Whether they manage an event organised by `organiser_id`: its organiser, or
    /// staff of the commune.
    pub fn manages(&self, organiser_id: Option<i64>) -> bool {
        self.staff || (self.user_id.is_some() && self.user_id == organiser_id)
    }

    /// Whether they see an event of `mode` organised by `organiser_id`, `published` or
    /// not. Those who manage it see it all along; others once it is published, and a
    /// residents-only event only if they are residents (or staff). To anyone else it
    /// does not exist: a residents-only event's page answers "not found".
    pub fn sees(&self, published: bool, mode: RegistrationMode, organiser_id: Option<i64>) -> bool {
        self.manages(organiser_id)
            || (published && (mode == RegistrationMode::Public || self.resident))
    }

    /// Who asks for a place, as [`participation::decide_registration`] sees them:
    /// staff count as residents (they work for the commune's people).
    pub fn registrant(&self) -> participation::Registrant {
        if self.resident || self.staff {
            participation::Registrant::Resident
        } else if self.user_id.is_some() {
            participation::Registrant::Account
        } else {
            participation::Registrant::Guest
        }
    }
}

/// What someone is in an event, beyond being a participant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EventRoles {
    /// An organiser of the event (the staff member or organiser account that created
    /// it, or one they named): acts everywhere in it.
    pub organiser: bool,
    /// The stands (ids) whose staff they are: they answer and moderate there only.
    #[serde(default)]
    pub staff_of: Vec<i64>,
}

impl EventRoles {
    /// Whether they are on the staff of `stand`.
    pub fn staffs(&self, stand: i64) -> bool {
        self.staff_of.contains(&stand)
    }
}

/// Where something is said during the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "room", rename_all = "snake_case")]
pub enum Room {
    /// The networking lounge's public chat.
    Lounge,
    /// The live Q&A of one stand.
    Stand { stand: i64 },
    /// A "meet someone" chat between two people (see [`lounge::private_chat_open`]).
    Private(PrivateChat),
}

/// A private five-minute chat started by "meet someone".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PrivateChat {
    pub first: i64,
    pub second: i64,
    pub started_at: i64,
}

impl PrivateChat {
    /// Whether `participant` is one of its two people.
    pub fn has(&self, participant: i64) -> bool {
        self.first == participant || self.second == participant
    }
}

/// The most lines a live text (a chat message, a question, an answer) has: a few
/// paragraphs; a column of empty lines would push everyone else's messages away.
pub const LIVE_TEXT_LINES_MAX: usize = 10;

/// What is wrong with a live text (a lounge message, a question, an answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum LiveTextProblem {
    /// Nothing visible once trimmed.
    #[error("the text is empty")]
    Empty,
    #[error("the text is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the text has more than {max} lines")]
    TooManyLines { max: usize },
    /// A control character other than a line break, or a character that hides or
    /// reorders text (a bidirectional override): refused, not removed, so that what
    /// is shown is what was typed.
    #[error("the text holds a control or invisible character")]
    HiddenCharacter,
}

/// Checks a live text of at most `max` characters: the text trimmed (with `\r\n` made
/// `\n`), or every problem found. The zero-width joiners stay allowed (emoji and
/// several scripts need them), as in names.
pub fn check_live_text(input: &str, max: usize) -> Result<String, Vec<LiveTextProblem>> {
    let text = input.replace("\r\n", "\n");
    let text = text.trim();
    let mut problems = Vec::new();
    if !has_visible_character(text) {
        problems.push(LiveTextProblem::Empty);
    }
    if text.chars().count() > max {
        problems.push(LiveTextProblem::TooLong { max });
    }
    if text.split('\n').count() > LIVE_TEXT_LINES_MAX {
        problems.push(LiveTextProblem::TooManyLines {
            max: LIVE_TEXT_LINES_MAX,
        });
    }
    if text
        .chars()
        .any(|c| (c.is_control() && c != '\n') || (is_format_or_invisible(c) && !is_joiner(c)))
    {
        problems.push(LiveTextProblem::HiddenCharacter);
    }
    if problems.is_empty() {
        Ok(text.to_string())
    } else {
        Err(problems)
    }
}

/// What is wrong with a workshop's slot within its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum SlotProblem {
    #[error("the slot ends before it starts")]
    EndsBeforeStart,
    #[error("the slot starts before the event")]
    StartsBeforeEvent,
    #[error("the slot ends after the event")]
    EndsAfterEvent,
}

/// Checks that a workshop's slot (a session of an activity, issue 10) lies within the
/// event's hours: it starts at the event's start or later and ends at its end or
/// earlier. Every problem found.
pub fn check_workshop_slot(event: &Event, slot: &Session) -> Result<(), Vec<SlotProblem>> {
    let mut problems = Vec::new();
    if slot.ends_at <= slot.starts_at {
        problems.push(SlotProblem::EndsBeforeStart);
    }
    if slot.starts_at < event.starts_at {
        problems.push(SlotProblem::StartsBeforeEvent);
    }
    if slot.ends_at > event.ends_at {
        problems.push(SlotProblem::EndsAfterEvent);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// How early a workshop's video link opens before its slot, in seconds: five minutes,
/// to find the room and try the microphone and camera, as people do before a meeting.
pub const WORKSHOP_LINK_EARLY: i64 = 5 * 60;

/// Whether a workshop's link is open to someone at `now`: only to those `registered`
/// for it, from [`WORKSHOP_LINK_EARLY`] before `slot_start` until `slot_end`
/// (excluded).
pub fn workshop_link_open(now: i64, slot_start: i64, slot_end: i64, registered: bool) -> bool {
    registered && slot_start.saturating_sub(WORKSHOP_LINK_EARLY) <= now && now < slot_end
}

#[cfg(test)]
mod tests;
