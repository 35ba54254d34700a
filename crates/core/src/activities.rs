//! Activities (`PRODUCT.md` C6, with the language café and conversation tables of C5
//! and the courses and smartphone cafés of C7): what an activity's draft must hold,
//! how a weekly series becomes sessions in the commune's local time, who gets a place
//! and who waits, how a language café seats its learners, and when a reminder is due.
//!
//! Times are unix seconds passed in by the caller; a session runs from `starts_at`
//! (included) to `ends_at` (excluded). Refusals and problems are enum variants: the
//! server maps each to a message in the reader's language.
//!
//! # Local time
//!
//! A weekly series is "every Tuesday 18:00–20:00" on the commune's clocks, so it is
//! expanded in local dates and times and each session converted to unix seconds by a
//! [`TimeZone`]. The commune is in Europe/Luxembourg, whose rule is written here
//! ([`EuropeLuxembourg`]) rather than taken from a time zone crate: `chrono-tz` builds
//! the whole tz database at compile time, `jiff` bundles it too, and the core would
//! carry either for one zone whose rule (the EU's, since 1996) fits in ten lines. The
//! server, which has `chrono-tz` for its pages, implements [`TimeZone`] over it
//! (`http::clock::LuxembourgClock`) and proves hour by hour, 1997 to 2039, that the
//! two agree; the rules' own tests use this one.

use serde::{Deserialize, Serialize};

use crate::consultation::Wording;
use crate::language::Language;
use crate::language_practice::Level;
use crate::validation::{has_visible_character, is_format_or_invisible, is_joiner};

/// A day of the week, Monday first as in Luxembourg's calendars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Monday 0 … Sunday 6.
    pub fn index(self) -> u32 {
        self as u32
    }
}

/// A date on the commune's calendar (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LocalDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A time on the commune's clocks, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LocalTime {
    pub hour: u8,
    pub minute: u8,
}

/// Years a date may have: wide enough for any activity, narrow enough that no day
/// count overflows.
const YEARS: std::ops::RangeInclusive<i32> = 1970..=9999;

impl LocalDate {
    /// Whether the date exists (no 30 February, no month 13), within years 1970–9999.
    pub fn is_valid(self) -> bool {
        YEARS.contains(&self.year)
            && (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= days_in_month(self.year, self.month)
    }

    /// Days since 1 January 1970 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1 January 1970 (Hinnant's `civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> LocalDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        LocalDate { year, month, day }
    }

    pub fn weekday(self) -> Weekday {
        // 1 January 1970 was a Thursday.
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl LocalTime {
    /// Whether the time exists: 00:00 to 23:59.
    pub fn is_valid(self) -> bool {
        self.hour < 24 && self.minute < 60
    }

    fn seconds(self) -> i64 {
        i64::from(self.hour) * 3_600 + i64::from(self.minute) * 60
    }
}

/// A place's rule for its clocks: its offset from UTC at an instant.
pub trait TimeZone {
    /// Seconds east of UTC at the unix time `utc`.
    fn offset_at(&self, utc: i64) -> i64;

    /// The unix time at which clocks here show `time` on `date`.
    ///
    /// Twice a year a local time is missing or happens twice. A missing time (02:30
    /// on the morning clocks go forward) is read with the offset before the change,
    /// which lands it as far after the gap as it was into it (03:30); a repeated time
    /// (02:30 when clocks go back) is the first of the two. Both as RFC 5545 and most
    /// calendars do.
    fn to_utc(&self, date: LocalDate, time: LocalTime) -> i64 {
        let local = date.days_since_epoch() * 86_400 + time.seconds();
        let before = self.offset_at(local - 86_400);
        let after = self.offset_at(local + 86_400);
        let fits = |offset: i64| self.offset_at(local - offset) == offset;
        match (fits(before), fits(after)) {
            (true, true) => (local - before).min(local - after),
            (false, true) => local - after,
            _ => local - before,
        }
    }
}

/// Europe/Luxembourg: Central European Time (UTC+1), and summer time (UTC+2) from
/// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October,
/// the rule of the whole EU since 1996. Earlier years are answered by the same rule:
/// no activity takes place then.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EuropeLuxembourg;

impl EuropeLuxembourg {
    /// The unix time of 01:00 UTC on the last Sunday of `month` in `year`.
    fn change(year: i32, month: u8) -> i64 {
        let last = LocalDate {
            year,
            month,
            day: 31,
        };
        let back = i64::from(last.weekday().index() + 1) % 7;
        (last.days_since_epoch() - back) * 86_400 + 3_600
    }
}

impl TimeZone for EuropeLuxembourg {
    fn offset_at(&self, utc: i64) -> i64 {
        let year = LocalDate::from_days_since_epoch(utc.div_euclid(86_400)).year;
        let summer =
            EuropeLuxembourg::change(year, 3) <= utc && utc < EuropeLuxembourg::change(year, 10);
        if summer {
            7_200
        } else {
            3_600
        }
    }
}

/// The most sessions one activity has, and one weekly series makes: a year of weekly
/// meetings. A longer run is published again next year.
pub const SESSIONS_MAX: usize = 52;
/// The longest a series runs, from its first day to its last, in days: a year.
pub const SERIES_DAYS_MAX: i64 = 366;

/// When a weekly series stops: on a last day (included), or after a number of sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeriesEnd {
    Until(LocalDate),
    Count(u32),
}

/// "Every Tuesday and Thursday, 18:00–20:00, from 3 March until 30 June": the
/// sessions fall on `weekdays` from `first_day` on, at the same local times.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklySeries {
    pub first_day: LocalDate,
    pub weekdays: Vec<Weekday>,
    pub starts: LocalTime,
    /// On the same day: a session does not run past midnight.
    pub ends: LocalTime,
    /// A series must end; `None` is what a form without an end sends, and is refused.
    pub end: Option<SeriesEnd>,
}

/// What is wrong with a weekly series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum SeriesProblem {
    #[error("the first day is not a date")]
    InvalidFirstDay,
    #[error("the last day is not a date")]
    InvalidLastDay,
    #[error("a time is not a time of day")]
    InvalidTime,
    #[error("no weekday is chosen")]
    NoWeekday,
    #[error("sessions end before they start")]
    EndsBeforeStart,
    #[error("the series has no end")]
    NoEnd,
    /// More than [`SESSIONS_MAX`] sessions, or a last day more than
    /// [`SERIES_DAYS_MAX`] days after the first.
    #[error("the series is longer than a year")]
    TooLong,
    /// The last day comes before any chosen weekday does, or the count is zero.
    #[error("the series has no session")]
    NoSession,
}

/// The sessions of a weekly series, in order, in unix seconds through `zone`: every
/// one at the same local times, whatever the clocks did in between. Every problem
/// found, when there are any.
pub fn expand_weekly(
    series: &WeeklySeries,
    zone: &impl TimeZone,
) -> Result<Vec<Session>, Vec<SeriesProblem>> {
    let mut problems = Vec::new();
    if !series.first_day.is_valid() {
        problems.push(SeriesProblem::InvalidFirstDay);
    }
    if !series.starts.is_valid() || !series.ends.is_valid() {
        problems.push(SeriesProblem::InvalidTime);
    } else if series.ends <= series.starts {
        problems.push(SeriesProblem::EndsBeforeStart);
    }
    if series.weekdays.is_empty() {
        problems.push(SeriesProblem::NoWeekday);
    }
    let first = series.first_day.days_since_epoch();
    // The last day to look at, and the most sessions to make.
    let (last, count) = match series.end {
        None => {
            problems.push(SeriesProblem::NoEnd);
            (first, 0)
        }
        Some(SeriesEnd::Until(day)) => {
            if !day.is_valid() {
                problems.push(SeriesProblem::InvalidLastDay);
            } else if day.days_since_epoch() - first >= SERIES_DAYS_MAX {
                problems.push(SeriesProblem::TooLong);
            }
            (day.days_since_epoch(), SESSIONS_MAX + 1)
        }
        Some(SeriesEnd::Count(n)) => {
            if n as usize > SESSIONS_MAX {
                problems.push(SeriesProblem::TooLong);
            }
            (first + SERIES_DAYS_MAX - 1, n as usize)
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut sessions = Vec::new();
    for day in first..=last {
        if sessions.len() >= count {
            break;
        }
        let date = LocalDate::from_days_since_epoch(day);
        if series.weekdays.contains(&date.weekday()) {
            sessions.push(Session {
                starts_at: zone.to_utc(date, series.starts),
                ends_at: zone.to_utc(date, series.ends),
                cancelled: false,
            });
        }
    }
    if sessions.len() > SESSIONS_MAX {
        Err(vec![SeriesProblem::TooLong])
    } else if sessions.is_empty() {
        Err(vec![SeriesProblem::NoSession])
    } else {
        Ok(sessions)
    }
}

/// Who organises an activity, which decides who may edit it and whose name it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganiserKind {
    CommuneStaff,
    Resident,
    Association,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organiser {
    pub kind: OrganiserKind,
    /// The organiser's account.
    pub account: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    NeighbourhoodActivity,
    LanguageCafe,
    ConversationTable,
    Coaching,
    Course,
    SmartphoneCafe,
    InformationSession,
}

/// Who may see and join an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The organiser's neighbourhood.
    Neighbourhood,
    /// It and the neighbourhoods touching it.
    Adjacent,
    /// Every member of the commune.
    Commune,
    /// Anyone, signed in or not: an information session for newcomers.
    Public,
}

/// One meeting of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub starts_at: i64,
    pub ends_at: i64,
    /// A cancelled session stays listed (people were told), and takes nobody.
    #[serde(default)]
    pub cancelled: bool,
}

/// When an activity meets: dates one by one, or a weekly series.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Schedule {
    Dates { sessions: Vec<Session> },
    Weekly(WeeklySeries),
}

/// An activity as its organiser wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityDraft {
    pub organiser: Organiser,
    pub kind: ActivityKind,
    pub title: Wording,
    /// In the title's languages, or in none.
    #[serde(default)]
    pub description: Wording,
    pub schedule: Schedule,
    /// Address or venue, for an activity in person.
    #[serde(default)]
    pub place: Option<String>,
    /// The video room, for an activity online (both for a hybrid one).
    #[serde(default)]
    pub link: Option<String>,
    /// Places per session.
    pub capacity: u32,
    pub audience: Audience,
    /// The languages spoken at the activity.
    pub languages: Vec<Language>,
}

/// A checked activity: texts cleaned, the series expanded into its sessions.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Activity {
    pub organiser: Organiser,
    pub kind: ActivityKind,
    pub title: Wording,
    pub description: Wording,
    pub sessions: Vec<Session>,
    pub place: Option<String>,
    pub link: Option<String>,
    pub capacity: u32,
    pub audience: Audience,
    pub languages: Vec<Language>,
}

/// The longest title, in characters, in each language.
pub const TITLE_MAX: usize = 120;
/// The longest description, in characters, in each language.
pub const DESCRIPTION_MAX: usize = 4_000;
/// The longest place: a venue and an address, on a few lines.
pub const PLACE_LINES_MAX: usize = 4;
pub const PLACE_LINE_MAX: usize = 120;
/// The longest link, in characters.
pub const LINK_MAX: usize = 500;
/// The most places a session offers: a large virtual event (the orientation day model
/// holds 500 and more) fits; more is a typing error.
pub const CAPACITY_MAX: u32 = 10_000;

/// Where in a draft a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Place {
    Title,
    Description,
    /// The session at this index of [`Schedule::Dates`], or of the expanded series.
    Session {
        index: usize,
    },
    Series,
    Place,
    Link,
    Capacity,
    Languages,
}

/// What is wrong with a draft. [`check_activity`] reports every problem it finds, each
/// with its place, so the organiser corrects a draft in one go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum DraftProblem {
    #[error("the title is written in no language")]
    NoTitle,
    /// The draft is written in `language` elsewhere, but not here.
    #[error("the version in {language:?} is missing at {place:?}")]
    MissingVersion { place: Place, language: Language },
    #[error("the version in {language:?} at {place:?} is blank")]
    BlankText { place: Place, language: Language },
    #[error("the version in {language:?} at {place:?} is longer than {max} characters")]
    TextTooLong {
        place: Place,
        language: Language,
        max: usize,
    },
    #[error("the activity has no session")]
    NoSession,
    #[error("{sessions} sessions are more than an activity has")]
    TooManySessions { sessions: usize },
    #[error("a session ends before it starts at {place:?}")]
    EndsBeforeStart { place: Place },
    #[error("a session is in the past at {place:?}")]
    InThePast { place: Place },
    #[error("the weekly series: {series}")]
    Series { series: SeriesProblem },
    #[error("neither a place nor a link is given")]
    NoPlaceOrLink,
    #[error("the place is too long or holds hidden characters")]
    BadPlace,
    /// Not an `http` or `https` link to a host.
    #[error("the link is not a web link")]
    BadLink,
    #[error("the capacity is {capacity}, not from 1 to {max}")]
    CapacityOutOfRange { capacity: u32, max: u32 },
    #[error("no language spoken is given")]
    NoLanguage,
    /// Changing a published activity: fewer places than a session to come has given.
    #[error("{taken} places are taken in a session to come")]
    CapacityBelowTaken { taken: u32 },
}

/// Checks a draft at `now`: the activity, cleaned and with its sessions, or every
/// problem found.
///
/// A title in at least one language, and a description (if any) in the same
/// languages; 1 to [`SESSIONS_MAX`] sessions, each ending after it starts and
/// starting at `now` or later (a weekly series is expanded through `zone`); a place,
/// a link or both; 1 to [`CAPACITY_MAX`] places; at least one language spoken
/// (repeated languages are kept once).
pub fn check_activity(
    draft: &ActivityDraft,
    now: i64,
    zone: &impl TimeZone,
) -> Result<Activity, Vec<DraftProblem>> {
    let mut problems = Vec::new();
    let (title, description) = check_texts(&draft.title, &draft.description, &mut problems);
    let sessions = match &draft.schedule {
        Schedule::Dates { sessions } => sessions.clone(),
        Schedule::Weekly(series) => match expand_weekly(series, zone) {
            Ok(sessions) => sessions,
            Err(found) => {
                problems.extend(
                    found
                        .into_iter()
                        .map(|series| DraftProblem::Series { series }),
                );
                Vec::new()
            }
        },
    };
    if sessions.is_empty() && matches!(draft.schedule, Schedule::Dates { .. }) {
        problems.push(DraftProblem::NoSession);
    }
    if sessions.len() > SESSIONS_MAX {
        problems.push(DraftProblem::TooManySessions {
            sessions: sessions.len(),
        });
    }
    for (index, s) in sessions.iter().enumerate() {
        let place = Place::Session { index };
        if s.ends_at <= s.starts_at {
            problems.push(DraftProblem::EndsBeforeStart { place });
        }
        if s.starts_at < now {
            problems.push(DraftProblem::InThePast { place });
        }
    }
    let (place, link, languages) = check_where_and_who(
        draft.place.as_deref(),
        draft.link.as_deref(),
        draft.capacity,
        &draft.languages,
        &mut problems,
    );
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Activity {
        organiser: draft.organiser,
        kind: draft.kind,
        title,
        description,
        sessions,
        place,
        link,
        capacity: draft.capacity,
        audience: draft.audience,
        languages,
    })
}

/// The title and description, cleaned: a title in at least one language, and a
/// description (if any) in the same languages, each within its length.
fn check_texts(
    title: &Wording,
    description: &Wording,
    problems: &mut Vec<DraftProblem>,
) -> (Wording, Wording) {
    let mut title = title.clone();
    let mut description = description.clone();
    let languages_written = title.languages();
    if languages_written.is_empty() {
        problems.push(DraftProblem::NoTitle);
    }
    let described = description.languages();
    for &language in &described {
        if !languages_written.contains(&language) {
            problems.push(DraftProblem::MissingVersion {
                place: Place::Title,
                language,
            });
        }
    }
    clean_wording(&mut title, Place::Title, TITLE_MAX, one_line, problems);
    if !described.is_empty() {
        for &language in &languages_written {
            if !described.contains(&language) {
                problems.push(DraftProblem::MissingVersion {
                    place: Place::Description,
                    language,
                });
            }
        }
        clean_wording(
            &mut description,
            Place::Description,
            DESCRIPTION_MAX,
            crate::posts::clean_text,
            problems,
        );
    }
    (title, description)
}

/// Where the activity is held and for how many, in which languages: a place, a link
/// or both; 1 to [`CAPACITY_MAX`] places; at least one language (each kept once).
fn check_where_and_who(
    place: Option<&str>,
    link: Option<&str>,
    capacity: u32,
    languages: &[Language],
    problems: &mut Vec<DraftProblem>,
) -> (Option<String>, Option<String>, Vec<Language>) {
    let place = place.map(str::trim).filter(|p| !p.is_empty());
    let link = link.map(str::trim).filter(|l| !l.is_empty());
    if place.is_none() && link.is_none() {
        problems.push(DraftProblem::NoPlaceOrLink);
    }
    let place = place.and_then(|p| {
        crate::validation::bounded_lines(p, PLACE_LINES_MAX, PLACE_LINE_MAX, "")
            .map_err(|_| problems.push(DraftProblem::BadPlace))
            .ok()
    });
    if link.is_some_and(|l| !is_web_link(l)) {
        problems.push(DraftProblem::BadLink);
    }
    if !(1..=CAPACITY_MAX).contains(&capacity) {
        problems.push(DraftProblem::CapacityOutOfRange {
            capacity,
            max: CAPACITY_MAX,
        });
    }
    let mut kept = Vec::new();
    for &l in languages {
        if !kept.contains(&l) {
            kept.push(l);
        }
    }
    if kept.is_empty() {
        problems.push(DraftProblem::NoLanguage);
    }
    (place, link.map(str::to_string), kept)
}

/// What an organiser may change once an activity is published: its texts, where it
/// is held, its places and its languages. Its kind, audience and sessions stay:
/// registrations rest on them (a session is cancelled, not moved).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Changes {
    pub title: Wording,
    pub description: Wording,
    pub place: Option<String>,
    pub link: Option<String>,
    pub capacity: u32,
    pub languages: Vec<Language>,
}

/// Checks `changes` as [`check_activity`] checks a draft's same parts, and that the
/// places do not fall below `most_taken`, the most places taken in a session still
/// to come: nobody loses a place they were given (the organiser cancels a session
/// instead, and everyone is told). The changes cleaned, or every problem found.
pub fn check_changes(changes: &Changes, most_taken: u32) -> Result<Changes, Vec<DraftProblem>> {
    let mut problems = Vec::new();
    let (title, description) = check_texts(&changes.title, &changes.description, &mut problems);
    let (place, link, languages) = check_where_and_who(
        changes.place.as_deref(),
        changes.link.as_deref(),
        changes.capacity,
        &changes.languages,
        &mut problems,
    );
    if changes.capacity < most_taken {
        problems.push(DraftProblem::CapacityBelowTaken { taken: most_taken });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Changes {
        title,
        description,
        place,
        link,
        capacity: changes.capacity,
        languages,
    })
}

/// Cleans each version of `wording` with `clean`, noting blank and long ones.
fn clean_wording(
    wording: &mut Wording,
    place: Place,
    max: usize,
    clean: fn(&str) -> String,
    problems: &mut Vec<DraftProblem>,
) {
    for language in wording.languages() {
        let text = clean(wording.get(language).unwrap_or_default());
        if !has_visible_character(&text) {
            problems.push(DraftProblem::BlankText { place, language });
        } else if text.chars().count() > max {
            problems.push(DraftProblem::TextTooLong {
                place,
                language,
                max,
            });
        }
        *wording = std::mem::take(wording).with(language, text);
    }
}

/// One line: runs of spaces and line breaks become one space, characters that hide or
/// reorder text go, the ends are trimmed.
pub(crate) fn one_line(input: &str) -> String {
    let mut line = String::with_capacity(input.len());
    let mut space = false;
    for c in input.chars() {
        if c.is_whitespace() {
            space = true;
        } else if !(c.is_control() || (is_format_or_invisible(c) && !is_joiner(c))) {
            if space && !line.is_empty() {
                line.push(' ');
            }
            space = false;
            line.push(c);
        }
    }
    line
}

/// Whether `link` is a web link a participant may be sent to: `http://` or `https://`
/// (any case), then a host of letters, digits, dots and hyphens (or a bracketed IPv6
/// address), an optional port, and a path without spaces or hidden characters, at
/// most [`LINK_MAX`] characters. A user part (`https://commune.lu@elsewhere.example`)
/// is refused: it makes a link look like the commune's when it is not.
pub fn is_web_link(link: &str) -> bool {
    if link.chars().count() > LINK_MAX
        || link
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_format_or_invisible(c))
    {
        return false;
    }
    let lower = link.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return false;
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let Some((address, after)) = v6.split_once(']') else {
            return false;
        };
        let address_ok =
            !address.is_empty() && address.chars().all(|c| c.is_ascii_hexdigit() || c == ':');
        if !address_ok || !(after.is_empty() || after.starts_with(':')) {
            return false;
        }
        (None, after.strip_prefix(':'))
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (Some(host), Some(port)),
            None => (Some(authority), None),
        }
    };
    // Labels of letters, digits and inner hyphens, between single dots.
    let host_ok = host.is_none_or(|h| {
        h.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
    });
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    host_ok && port_ok
}

/// Where a session's places stand when someone asks for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Places {
    pub capacity: u32,
    /// People holding a place.
    pub registered: u32,
    /// People on the waiting list.
    pub waiting: u32,
    pub starts_at: i64,
    pub cancelled: bool,
}

/// Where the person asking stands already.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Nowhere,
    Registered,
    Waitlisted,
}

/// What a request for a place gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Registration {
    Registered,
    /// On the waiting list, `position` (1 is next to move up).
    Waitlisted {
        position: u32,
    },
}

/// Why a request for a place is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationRefusal {
    #[error("the session is cancelled")]
    Cancelled,
    /// Started or over: places are taken at the door, not here.
    #[error("the session has started")]
    Started,
    #[error("already registered")]
    AlreadyRegistered,
    #[error("already on the waiting list")]
    AlreadyWaitlisted,
    /// No place left, and the person does not want to wait.
    #[error("the session is full")]
    Full,
}

/// Whether a person standing as `standing` gets a place at `now`, a place on the
/// waiting list (if they accept one), or neither.
///
/// First come, first served: a place is free only when more places exist than people
/// registered *and waiting*, so nobody overtakes the waiting list (it holds people
/// only while the session is full, see [`moves_up`]; the rule keeps it fair even if a
/// place was freed and nobody has moved up yet).
pub fn decide_registration(
    places: &Places,
    standing: Standing,
    accepts_waiting_list: bool,
    now: i64,
) -> Result<Registration, RegistrationRefusal> {
    if places.cancelled {
        return Err(RegistrationRefusal::Cancelled);
    }
    if now >= places.starts_at {
        return Err(RegistrationRefusal::Started);
    }
    match standing {
        Standing::Registered => return Err(RegistrationRefusal::AlreadyRegistered),
        Standing::Waitlisted => return Err(RegistrationRefusal::AlreadyWaitlisted),
        Standing::Nowhere => {}
    }
    let taken = u64::from(places.registered) + u64::from(places.waiting);
    if taken < u64::from(places.capacity) {
        Ok(Registration::Registered)
    } else if accepts_waiting_list {
        Ok(Registration::Waitlisted {
            position: places.waiting.saturating_add(1),
        })
    } else {
        Err(RegistrationRefusal::Full)
    }
}

/// How many at the head of the waiting list move up to a place: as many as places are
/// free, none once the session has started (a place freed at the last minute cannot
/// be used) or if it is cancelled. Called after every cancellation and capacity
/// change, in the same transaction.
pub fn moves_up(places: &Places, now: i64) -> u32 {
    if places.cancelled || now >= places.starts_at {
        return 0;
    }
    places
        .capacity
        .saturating_sub(places.registered)
        .min(places.waiting)
}

/// A session's list of who holds a place and who waits, in order: the rules above
/// applied to a list in memory, as storage applies them to rows. The server's tests
/// and the property tests use it as the model.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Roll {
    pub capacity: u32,
    pub starts_at: i64,
    pub cancelled: bool,
    pub registered: Vec<i64>,
    pub waiting: Vec<i64>,
}

impl Roll {
    pub fn places(&self) -> Places {
        Places {
            capacity: self.capacity,
            registered: u32::try_from(self.registered.len()).unwrap_or(u32::MAX),
            waiting: u32::try_from(self.waiting.len()).unwrap_or(u32::MAX),
            starts_at: self.starts_at,
            cancelled: self.cancelled,
        }
    }

    fn standing(&self, person: i64) -> Standing {
        if self.registered.contains(&person) {
            Standing::Registered
        } else if self.waiting.contains(&person) {
            Standing::Waitlisted
        } else {
            Standing::Nowhere
        }
    }

    /// `person` asks for a place at `now`.
    pub fn register(
        &mut self,
        person: i64,
        accepts_waiting_list: bool,
        now: i64,
    ) -> Result<Registration, RegistrationRefusal> {
        let outcome = decide_registration(
            &self.places(),
            self.standing(person),
            accepts_waiting_list,
            now,
        )?;
        match outcome {
            Registration::Registered => self.registered.push(person),
            Registration::Waitlisted { .. } => self.waiting.push(person),
        }
        Ok(outcome)
    }

    /// `person` withdraws at `now`, from a place or the waiting list: those who move
    /// up, in order (none when they only waited). Nothing happens if they were on
    /// neither list.
    pub fn cancel(&mut self, person: i64, now: i64) -> Vec<i64> {
        self.registered.retain(|&p| p != person);
        self.waiting.retain(|&p| p != person);
        let n = moves_up(&self.places(), now) as usize;
        let up: Vec<i64> = self.waiting.drain(..n.min(self.waiting.len())).collect();
        self.registered.extend(&up);
        up
    }
}

/// The most learners at one table of a language café: a conversation everyone takes
/// part in.
pub const TABLE_SEATS_MAX: u32 = 6;
/// The most tables one language café sets.
pub const TABLES_MAX: usize = 30;

/// One table of a language café: one language, a host, a few seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CafeTable {
    pub language: Language,
    /// The host's level in the table's language.
    pub host_level: Level,
    /// Seats for learners, 1 to [`TABLE_SEATS_MAX`].
    pub seats: u32,
    /// Learners seated so far.
    #[serde(default)]
    pub seated: u32,
}

/// What is wrong with a language café's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum TableProblem {
    #[error("the café sets no table")]
    NoTable,
    #[error("{tables} tables are more than a café sets")]
    TooManyTables { tables: usize },
    /// The host speaks the language below C1 (see `language_practice::HOST_MIN`).
    #[error("the host of table {table} speaks its language at {level:?}")]
    HostLevelTooLow { table: usize, level: Level },
    #[error("table {table} has {seats} seats, not 1 to 6")]
    SeatsOutOfRange { table: usize, seats: u32 },
}

/// Checks a café's tables: 1 to [`TABLES_MAX`], each with a host at C1 or better (or
/// native) and 1 to [`TABLE_SEATS_MAX`] seats.
pub fn check_tables(tables: &[CafeTable]) -> Result<(), Vec<TableProblem>> {
    let mut problems = Vec::new();
    if tables.is_empty() {
        problems.push(TableProblem::NoTable);
    }
    if tables.len() > TABLES_MAX {
        problems.push(TableProblem::TooManyTables {
            tables: tables.len(),
        });
    }
    for (table, t) in tables.iter().enumerate() {
        if !t.host_level.may_host() {
            problems.push(TableProblem::HostLevelTooLow {
                table,
                level: t.host_level,
            });
        }
        if !(1..=TABLE_SEATS_MAX).contains(&t.seats) {
            problems.push(TableProblem::SeatsOutOfRange {
                table,
                seats: t.seats,
            });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The level a café table's host is held to. A host named by their account is taken
/// at the level their own language profile gives in the table's language, when it
/// gives one: the organiser cannot raise it (nor lower it) for them. A host without an
/// account, or whose profile leaves the language out, is taken at the level the
/// organiser declared. [`check_tables`] then holds either to C1 or better.
pub fn host_level(declared: Level, from_profile: Option<Level>) -> Level {
    from_profile.unwrap_or(declared)
}

/// The tables (by index) whose host account already hosts an earlier table of the same
/// café: one person sits at one table at a time. `hosts` gives each table's host
/// account, `None` for a host named only by name (names may repeat: two volunteers
/// may share one).
pub fn repeated_hosts<T: PartialEq>(hosts: &[Option<T>]) -> Vec<usize> {
    hosts
        .iter()
        .enumerate()
        .filter(|(i, host)| {
            host.as_ref().is_some_and(|h| {
                hosts[..*i]
                    .iter()
                    .any(|earlier| earlier.as_ref() == Some(h))
            })
        })
        .map(|(i, _)| i)
        .collect()
}

/// Why a learner gets no seat, at a café table or a conversation table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum SeatRefusal {
    #[error("no table of this language")]
    NoTableForLanguage,
    /// The learner declared no level in the language: they need at least A1.
    #[error("a level of at least A1 is needed")]
    NoLevel,
    /// Above B2 in the language: nothing left to learn at a table (they could host).
    #[error("the language is spoken too well to learn it here")]
    NothingToLearn,
    #[error("every table of this language is full")]
    TablesFull,
    #[error("the table is for level {lowest:?} and up")]
    BelowLevel { lowest: Level },
    #[error("the table is for level {highest:?} and below")]
    AboveLevel { highest: Level },
}

/// The table a learner at `level` (what their profile says in `language`, if
/// anything) is seated at: of the tables of `language` with a free seat, the least
/// filled, so tables fill evenly; ties go to the first in the café's order.
pub fn assign_table(
    tables: &[CafeTable],
    language: Language,
    level: Option<Level>,
) -> Result<usize, SeatRefusal> {
    if !tables.iter().any(|t| t.language == language) {
        return Err(SeatRefusal::NoTableForLanguage);
    }
    match level {
        None => return Err(SeatRefusal::NoLevel),
        Some(l) if !l.may_learn() => return Err(SeatRefusal::NothingToLearn),
        Some(_) => {}
    }
    tables
        .iter()
        .enumerate()
        .filter(|(_, t)| t.language == language && t.seated < t.seats)
        .min_by_key(|&(i, t)| (t.seated, i))
        .map(|(i, _)| i)
        .ok_or(SeatRefusal::TablesFull)
}

/// A conversation table: one language, for learners from `lowest` to `highest`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConversationTable {
    pub language: Language,
    pub lowest: Level,
    pub highest: Level,
}

/// What is wrong with a conversation table's level range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum RangeProblem {
    #[error("the lowest level is above the highest")]
    Reversed,
    /// A range reaching above B2 is for people with nothing left to learn.
    #[error("the range reaches above B2")]
    AboveLearning,
}

impl ConversationTable {
    /// Checks the range: from `lowest` to `highest`, both learner levels (A1–B2).
    pub fn check(&self) -> Result<(), RangeProblem> {
        if self.lowest > self.highest {
            Err(RangeProblem::Reversed)
        } else if !self.highest.may_learn() {
            Err(RangeProblem::AboveLearning)
        } else {
            Ok(())
        }
    }

    /// Whether a learner at `level` in the table's language (if they declared one)
    /// may join: a clear refusal naming the range's end they are outside of.
    pub fn admit(&self, level: Option<Level>) -> Result<(), SeatRefusal> {
        match level {
            None => Err(SeatRefusal::NoLevel),
            Some(l) if l < self.lowest => Err(SeatRefusal::BelowLevel {
                lowest: self.lowest,
            }),
            Some(l) if l > self.highest => Err(SeatRefusal::AboveLevel {
                highest: self.highest,
            }),
            Some(_) => Ok(()),
        }
    }
}

/// How long before a session its reminder goes out: a day.
pub const REMINDER_LEAD: i64 = 86_400;

/// Whether a participant's reminder for a session starting at `starts_at` is due at
/// `now`: once (`already_sent` false), from [`REMINDER_LEAD`] before the start until
/// the start. A scheduler may run this as often as it likes and send what is due.
///
/// Someone who registered inside that day (`registered_at` after the window opened)
/// gets none: their confirmation came moments ago and says when to come.
pub fn reminder_due(starts_at: i64, registered_at: i64, now: i64, already_sent: bool) -> bool {
    let opens = starts_at.saturating_sub(REMINDER_LEAD);
    !already_sent && registered_at < opens && opens <= now && now < starts_at
}

/// Whether an organiser of `kind` may open an activity to `audience`: staff and
/// associations speak for the commune and reach anyone; a resident organises for
/// their neighbourhood (and the ones touching it), not for the whole commune.
pub fn audience_allowed(kind: OrganiserKind, audience: Audience) -> bool {
    match kind {
        OrganiserKind::CommuneStaff | OrganiserKind::Association => true,
        OrganiserKind::Resident => matches!(audience, Audience::Neighbourhood | Audience::Adjacent),
    }
}

/// Who looks at an activity, its sessions and (if allowed) its registrants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Viewer {
    /// Nobody signed in (or signed in to another commune).
    Anyone,
    /// Signed in to the commune, but not a verified member of a neighbourhood.
    Person { user_id: i64 },
    /// A verified member of `neighbourhood_id`.
    Member { user_id: i64, neighbourhood_id: i64 },
    /// The commune's staff.
    Staff { user_id: i64 },
}

impl Viewer {
    fn user_id(self) -> Option<i64> {
        match self {
            Viewer::Anyone => None,
            Viewer::Person { user_id }
            | Viewer::Member { user_id, .. }
            | Viewer::Staff { user_id } => Some(user_id),
        }
    }
}

/// Whom an activity is for: its audience, the neighbourhood it belongs to (for a
/// neighbourhood's or adjacent audience) and its organiser (gone once erased).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reach {
    pub audience: Audience,
    pub neighbourhood_id: Option<i64>,
    pub organiser_id: Option<i64>,
}

/// Whether `viewer` sees an activity that reaches `reach`; `touch(a, b)` says whether
/// neighbourhoods `a` and `b` are adjacent. Staff and the organiser see every one;
/// anyone sees a public one; members see the commune's, and a neighbourhood's if
/// they live there (or next door, for an adjacent audience).
pub fn may_see(viewer: Viewer, reach: &Reach, touch: impl Fn(i64, i64) -> bool) -> bool {
    if matches!(viewer, Viewer::Staff { .. }) || is_organiser(viewer, reach) {
        return true;
    }
    let home = match viewer {
        Viewer::Member {
            neighbourhood_id, ..
        } => Some(neighbourhood_id),
        _ => None,
    };
    match reach.audience {
        Audience::Public => true,
        Audience::Commune => home.is_some(),
        Audience::Neighbourhood => home.is_some() && home == reach.neighbourhood_id,
        Audience::Adjacent => match (home, reach.neighbourhood_id) {
            (Some(h), Some(n)) => h == n || touch(h, n),
            _ => false,
        },
    }
}

fn is_organiser(viewer: Viewer, reach: &Reach) -> bool {
    viewer.user_id().is_some() && viewer.user_id() == reach.organiser_id
}

/// Whether `viewer` manages an activity (sees its registrants by name, marks who
/// came, cancels a session): its organiser, and the commune's staff.
pub fn may_manage(viewer: Viewer, reach: &Reach) -> bool {
    matches!(viewer, Viewer::Staff { .. }) || is_organiser(viewer, reach)
}

#[cfg(test)]
mod visibility_tests {
    use super::*;
    use proptest::prelude::*;

    fn reach(audience: Audience, neighbourhood_id: Option<i64>) -> Reach {
        Reach {
            audience,
            neighbourhood_id,
            organiser_id: Some(7),
        }
    }

    fn member(neighbourhood_id: i64) -> Viewer {
        Viewer::Member {
            user_id: 1,
            neighbourhood_id,
        }
    }

    #[test]
    fn each_audience_reaches_whom_it_says() {
        let touch = |a: i64, b: i64| (a, b) == (10, 11) || (a, b) == (11, 10);
        let cases = [
            (Audience::Public, [true, true, true, true, true]),
            (Audience::Commune, [false, false, true, true, true]),
            (Audience::Adjacent, [false, false, true, true, false]),
            (Audience::Neighbourhood, [false, false, true, false, false]),
        ];
        for (audience, expected) in cases {
            let r = reach(audience, Some(10));
            let seen = [
                may_see(Viewer::Anyone, &r, touch),
                may_see(Viewer::Person { user_id: 1 }, &r, touch),
                may_see(member(10), &r, touch),
                may_see(member(11), &r, touch),
                may_see(member(12), &r, touch),
            ];
            assert_eq!(seen, expected, "{audience:?}");
            assert!(may_see(Viewer::Staff { user_id: 2 }, &r, touch));
            assert!(
                may_see(Viewer::Person { user_id: 7 }, &r, touch),
                "the organiser"
            );
        }
        // Without a neighbourhood, a neighbourhood's activity reaches nobody but staff
        // and its organiser.
        let lost = reach(Audience::Adjacent, None);
        assert!(!may_see(member(10), &lost, |_, _| true));
    }

    #[test]
    fn only_staff_and_the_organiser_manage() {
        let r = reach(Audience::Public, None);
        assert!(may_manage(Viewer::Staff { user_id: 2 }, &r));
        assert!(may_manage(member(3).with_user(7), &r));
        assert!(!may_manage(member(3), &r));
        assert!(!may_manage(Viewer::Anyone, &r));
        let orphan = Reach {
            organiser_id: None,
            ..r
        };
        assert!(!may_manage(Viewer::Anyone, &orphan));
        assert!(!may_manage(member(3), &orphan));
    }

    impl Viewer {
        fn with_user(self, id: i64) -> Viewer {
            match self {
                Viewer::Member {
                    neighbourhood_id, ..
                } => Viewer::Member {
                    user_id: id,
                    neighbourhood_id,
                },
                other => other,
            }
        }
    }

    #[test]
    fn residents_organise_for_their_neighbourhood_only() {
        use Audience::*;
        for audience in [Neighbourhood, Adjacent, Commune, Public] {
            assert!(audience_allowed(OrganiserKind::CommuneStaff, audience));
            assert!(audience_allowed(OrganiserKind::Association, audience));
            assert_eq!(
                audience_allowed(OrganiserKind::Resident, audience),
                matches!(audience, Neighbourhood | Adjacent)
            );
        }
    }

    fn any_audience() -> impl Strategy<Value = Audience> {
        prop_oneof![
            Just(Audience::Neighbourhood),
            Just(Audience::Adjacent),
            Just(Audience::Commune),
            Just(Audience::Public),
        ]
    }

    proptest! {
        #[test]
        fn what_a_visitor_sees_everyone_sees(audience in any_audience(), n in proptest::option::of(0i64..4), home in 0i64..4, organiser in proptest::option::of(0i64..4)) {
            let r = Reach { audience, neighbourhood_id: n, organiser_id: organiser };
            let touch = |a: i64, b: i64| (a - b).abs() == 1;
            let member = |user_id| Viewer::Member { user_id, neighbourhood_id: home };
            let person = Viewer::Person { user_id: 9 };
            let staff = Viewer::Staff { user_id: 9 };
            let visitor = may_see(Viewer::Anyone, &r, touch);
            if visitor {
                prop_assert!(may_see(member(9), &r, touch));
                prop_assert!(may_see(person, &r, touch));
            }
            // A member sees what their neighbourhood sees, whoever they are.
            prop_assert_eq!(may_see(member(8), &r, touch), may_see(member(9), &r, touch));
            prop_assert!(may_see(staff, &r, touch));
            prop_assert_eq!(visitor, audience == Audience::Public);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const LUX: EuropeLuxembourg = EuropeLuxembourg;
    /// 2024-03-01 00:00 UTC: "now" in the drafts below.
    const MARCH_2024: i64 = 1_709_251_200;

    fn date(year: i32, month: u8, day: u8) -> LocalDate {
        LocalDate { year, month, day }
    }

    fn time(hour: u8, minute: u8) -> LocalTime {
        LocalTime { hour, minute }
    }

    fn tuesdays(end: Option<SeriesEnd>) -> WeeklySeries {
        WeeklySeries {
            first_day: date(2024, 3, 19),
            weekdays: vec![Weekday::Tuesday],
            starts: time(18, 0),
            ends: time(20, 0),
            end,
        }
    }

    fn draft() -> ActivityDraft {
        ActivityDraft {
            organiser: Organiser {
                kind: OrganiserKind::Association,
                account: 7,
            },
            kind: ActivityKind::LanguageCafe,
            title: Wording::default()
                .with(Language::Lb, " Sproochecafé ")
                .with(Language::Fr, "Café\u{202E} des langues"),
            description: Wording::default(),
            schedule: Schedule::Weekly(tuesdays(Some(SeriesEnd::Count(3)))),
            place: Some(" Centre culturel\n 1, rue de l'Église ".into()),
            link: None,
            capacity: 24,
            audience: Audience::Commune,
            languages: vec![Language::Lb, Language::Fr, Language::Lb],
        }
    }

    #[test]
    fn dates_count_days_and_weekdays() {
        assert_eq!(date(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(date(2024, 3, 1).days_since_epoch() * 86_400, MARCH_2024);
        assert_eq!(date(2024, 3, 31).weekday(), Weekday::Sunday);
        assert_eq!(date(1970, 1, 1).weekday(), Weekday::Thursday);
        assert_eq!(date(2024, 3, 19).weekday(), Weekday::Tuesday);
        assert!(date(2024, 2, 29).is_valid());
        assert!(!date(2023, 2, 29).is_valid());
        assert!(date(2000, 2, 29).is_valid());
        assert!(!date(2100, 2, 29).is_valid());
        assert!(!date(2024, 4, 31).is_valid() && date(2024, 5, 31).is_valid());
        assert!(!date(2024, 13, 1).is_valid() && !date(2024, 0, 1).is_valid());
        assert!(!date(2024, 1, 0).is_valid() && date(2024, 12, 31).is_valid());
        assert!(!date(1969, 12, 31).is_valid() && !date(10_000, 1, 1).is_valid());
        assert!(date(1970, 1, 1).is_valid() && date(9_999, 12, 31).is_valid());
        assert!(time(23, 59).is_valid() && !time(24, 0).is_valid() && !time(12, 60).is_valid());
    }

    #[test]
    fn luxembourg_changes_clocks_on_the_last_sundays_of_march_and_october() {
        let spring = 1_711_846_800; // 2024-03-31 01:00 UTC
        let autumn = 1_729_990_800; // 2024-10-27 01:00 UTC
        assert_eq!(LUX.offset_at(spring - 1), 3_600);
        assert_eq!(LUX.offset_at(spring), 7_200);
        assert_eq!(LUX.offset_at(autumn - 1), 7_200);
        assert_eq!(LUX.offset_at(autumn), 3_600);
        assert_eq!(LUX.offset_at(MARCH_2024), 3_600);
        // 2021: the last Sunday of October is the 31st; of March, the 28th.
        assert_eq!(LUX.offset_at(1_616_893_200 - 1), 3_600); // 2021-03-28 01:00 UTC
        assert_eq!(LUX.offset_at(1_616_893_200), 7_200);
        assert_eq!(LUX.offset_at(1_635_642_000 - 1), 7_200); // 2021-10-31 01:00 UTC
        assert_eq!(LUX.offset_at(1_635_642_000), 3_600);
    }

    #[test]
    fn local_times_missing_or_repeated_are_read_as_calendars_do() {
        // 02:30 does not exist on 31 March 2024: it is 03:30 summer time, 01:30 UTC.
        assert_eq!(LUX.to_utc(date(2024, 3, 31), time(2, 30)), 1_711_848_600);
        assert_eq!(LUX.to_utc(date(2024, 3, 31), time(3, 0)), 1_711_846_800);
        // 02:30 happens twice on 27 October 2024: the first, summer time, 00:30 UTC.
        assert_eq!(LUX.to_utc(date(2024, 10, 27), time(2, 30)), 1_729_989_000);
        assert_eq!(
            LUX.to_utc(date(2024, 10, 27), time(3, 0)),
            1_729_990_800 + 3_600
        );
        assert_eq!(
            LUX.to_utc(date(2024, 10, 27), time(1, 59)),
            1_729_990_800 - 3_660
        );
        assert_eq!(LUX.to_utc(date(2024, 3, 1), time(0, 0)), MARCH_2024 - 3_600);
    }

    #[test]
    fn a_weekly_series_keeps_its_local_time_across_clock_changes() {
        // Tuesdays 18:00–20:00 over the last Sunday of March (the 31st): 17:00 UTC
        // on the 19th and 26th, 16:00 UTC on 2 April.
        let sessions = expand_weekly(&tuesdays(Some(SeriesEnd::Count(3))), &LUX).unwrap();
        let starts: Vec<i64> = sessions.iter().map(|s| s.starts_at).collect();
        assert_eq!(starts, [1_710_867_600, 1_711_472_400, 1_712_073_600]);
        assert!(sessions
            .iter()
            .all(|s| s.ends_at - s.starts_at == 7_200 && !s.cancelled));
        // Sundays 18:00 over the last Sunday of October: 16:00 UTC, then 17:00.
        let sundays = WeeklySeries {
            first_day: date(2024, 10, 20),
            weekdays: vec![Weekday::Sunday],
            starts: time(18, 0),
            ends: time(19, 30),
            end: Some(SeriesEnd::Until(date(2024, 11, 3))),
        };
        let starts: Vec<i64> = expand_weekly(&sundays, &LUX)
            .unwrap()
            .iter()
            .map(|s| s.starts_at)
            .collect();
        assert_eq!(starts, [1_729_440_000, 1_730_048_400, 1_730_653_200]);
    }

    #[test]
    fn a_series_is_bounded() {
        let count = |n| expand_weekly(&tuesdays(Some(SeriesEnd::Count(n))), &LUX).map(|s| s.len());
        assert_eq!(count(1), Ok(1));
        assert_eq!(count(52), Ok(52));
        assert_eq!(count(53), Err(vec![SeriesProblem::TooLong]));
        assert_eq!(count(0), Err(vec![SeriesProblem::NoSession]));
        let until = |d| expand_weekly(&tuesdays(Some(SeriesEnd::Until(d))), &LUX).map(|s| s.len());
        assert_eq!(until(date(2024, 3, 19)), Ok(1), "the last day counts");
        assert_eq!(
            until(date(2024, 3, 18)),
            Err(vec![SeriesProblem::NoSession])
        );
        assert_eq!(until(date(2025, 3, 17)), Ok(52));
        assert_eq!(
            until(date(2025, 3, 18)),
            Err(vec![SeriesProblem::TooLong]),
            "53 Tuesdays"
        );
        // Starting on a Wednesday, 366 days hold 52 Tuesdays: too long all the same.
        let mut wednesday = tuesdays(Some(SeriesEnd::Until(date(2025, 3, 21))));
        wednesday.first_day = date(2024, 3, 20);
        assert_eq!(
            expand_weekly(&wednesday, &LUX),
            Err(vec![SeriesProblem::TooLong])
        );
        wednesday.end = Some(SeriesEnd::Until(date(2025, 3, 20)));
        assert_eq!(expand_weekly(&wednesday, &LUX).map(|s| s.len()), Ok(52));
        // Twice a week for a year makes too many sessions.
        let mut twice = tuesdays(Some(SeriesEnd::Until(date(2024, 12, 31))));
        twice.weekdays.push(Weekday::Thursday);
        assert_eq!(
            expand_weekly(&twice, &LUX),
            Err(vec![SeriesProblem::TooLong])
        );
        twice.end = Some(SeriesEnd::Count(52));
        assert_eq!(expand_weekly(&twice, &LUX).map(|s| s.len()), Ok(52));
        assert_eq!(
            expand_weekly(&tuesdays(None), &LUX),
            Err(vec![SeriesProblem::NoEnd])
        );
        let wrong = WeeklySeries {
            first_day: date(2024, 2, 30),
            weekdays: vec![],
            starts: time(20, 0),
            ends: time(18, 0),
            end: Some(SeriesEnd::Until(date(2024, 6, 31))),
        };
        assert_eq!(
            expand_weekly(&wrong, &LUX),
            Err(vec![
                SeriesProblem::InvalidFirstDay,
                SeriesProblem::EndsBeforeStart,
                SeriesProblem::NoWeekday,
                SeriesProblem::InvalidLastDay,
            ])
        );
        let mut bad_time = tuesdays(Some(SeriesEnd::Count(2)));
        bad_time.ends = time(24, 0);
        assert_eq!(
            expand_weekly(&bad_time, &LUX),
            Err(vec![SeriesProblem::InvalidTime])
        );
        bad_time.ends = time(18, 0);
        assert_eq!(
            expand_weekly(&bad_time, &LUX),
            Err(vec![SeriesProblem::EndsBeforeStart])
        );
        bad_time.ends = time(18, 1);
        assert!(expand_weekly(&bad_time, &LUX).is_ok());
    }

    #[test]
    fn a_good_draft_is_cleaned_and_expanded() {
        let a = check_activity(&draft(), MARCH_2024, &LUX).unwrap();
        assert_eq!(a.title.get(Language::Lb), Some("Sproochecafé"));
        assert_eq!(a.title.get(Language::Fr), Some("Café des langues"));
        assert_eq!(a.sessions.len(), 3);
        assert_eq!(
            a.place.as_deref(),
            Some("Centre culturel\n1, rue de l'Église")
        );
        assert_eq!(a.languages, [Language::Lb, Language::Fr]);
        assert_eq!((a.capacity, a.link), (24, None));
        // Online only, with a description in the title's languages.
        let mut online = draft();
        online.place = Some("  ".into());
        online.link = Some(" https://visio.commune.lu/sproochecafe ".into());
        online.description = Wording::default()
            .with(Language::Lb, "Mir schwätzen.\n\n\n\n Bis geschwënn")
            .with(Language::Fr, "On parle.");
        online.capacity = CAPACITY_MAX;
        let a = check_activity(&online, MARCH_2024, &LUX).unwrap();
        assert_eq!(a.place, None);
        assert_eq!(
            a.link.as_deref(),
            Some("https://visio.commune.lu/sproochecafe")
        );
        assert_eq!(
            a.description.get(Language::Lb),
            Some("Mir schwätzen.\n\n\n Bis geschwënn")
        );
        // A session starting right now is not in the past.
        let mut now = draft();
        now.schedule = Schedule::Dates {
            sessions: vec![Session {
                starts_at: MARCH_2024,
                ends_at: MARCH_2024 + 1,
                cancelled: false,
            }],
        };
        now.capacity = 1;
        assert!(check_activity(&now, MARCH_2024, &LUX).is_ok());
    }

    #[test]
    fn a_bad_draft_names_every_problem_and_its_place() {
        let past = Session {
            starts_at: MARCH_2024 - 1,
            ends_at: MARCH_2024 + 3_600,
            cancelled: false,
        };
        let backwards = Session {
            starts_at: MARCH_2024 + 7_200,
            ends_at: MARCH_2024 + 7_200,
            cancelled: false,
        };
        let bad = ActivityDraft {
            title: Wording::default().with(Language::De, " \u{200B} "),
            description: Wording::default().with(Language::En, "x".repeat(DESCRIPTION_MAX + 1)),
            schedule: Schedule::Dates {
                sessions: vec![past, backwards],
            },
            place: None,
            link: Some("javascript:alert(1)".into()),
            capacity: 0,
            languages: vec![],
            ..draft()
        };
        assert_eq!(
            check_activity(&bad, MARCH_2024, &LUX),
            Err(vec![
                DraftProblem::MissingVersion {
                    place: Place::Title,
                    language: Language::En
                },
                DraftProblem::BlankText {
                    place: Place::Title,
                    language: Language::De
                },
                DraftProblem::MissingVersion {
                    place: Place::Description,
                    language: Language::De
                },
                DraftProblem::TextTooLong {
                    place: Place::Description,
                    language: Language::En,
                    max: DESCRIPTION_MAX
                },
                DraftProblem::InThePast {
                    place: Place::Session { index: 0 }
                },
                DraftProblem::EndsBeforeStart {
                    place: Place::Session { index: 1 }
                },
                DraftProblem::BadLink,
                DraftProblem::CapacityOutOfRange {
                    capacity: 0,
                    max: CAPACITY_MAX
                },
                DraftProblem::NoLanguage,
            ])
        );
        let worse = ActivityDraft {
            title: Wording::default(),
            schedule: Schedule::Dates { sessions: vec![] },
            place: Some(format!("a\n{}", "b".repeat(PLACE_LINE_MAX + 1))),
            capacity: CAPACITY_MAX + 1,
            ..draft()
        };
        assert_eq!(
            check_activity(&worse, MARCH_2024, &LUX),
            Err(vec![
                DraftProblem::NoTitle,
                DraftProblem::NoSession,
                DraftProblem::BadPlace,
                DraftProblem::CapacityOutOfRange {
                    capacity: CAPACITY_MAX + 1,
                    max: CAPACITY_MAX
                },
            ])
        );
        let long_title = ActivityDraft {
            title: Wording::default().with(Language::Pt, "t".repeat(TITLE_MAX + 1)),
            schedule: Schedule::Weekly(tuesdays(None)),
            place: None,
            link: None,
            ..draft()
        };
        assert_eq!(
            check_activity(&long_title, MARCH_2024, &LUX),
            Err(vec![
                DraftProblem::TextTooLong {
                    place: Place::Title,
                    language: Language::Pt,
                    max: TITLE_MAX
                },
                DraftProblem::Series {
                    series: SeriesProblem::NoEnd
                },
                DraftProblem::NoPlaceOrLink,
            ])
        );
        let exact = ActivityDraft {
            title: Wording::default().with(Language::Pt, "t".repeat(TITLE_MAX)),
            description: Wording::default().with(Language::Pt, "d".repeat(DESCRIPTION_MAX)),
            ..draft()
        };
        assert!(check_activity(&exact, MARCH_2024, &LUX).is_ok());
        let many = ActivityDraft {
            schedule: Schedule::Dates {
                sessions: vec![backwards; SESSIONS_MAX + 1],
            },
            ..draft()
        };
        let problems = check_activity(&many, MARCH_2024, &LUX).unwrap_err();
        assert_eq!(
            problems[0],
            DraftProblem::TooManySessions {
                sessions: SESSIONS_MAX + 1
            }
        );
        let ok_many = ActivityDraft {
            schedule: Schedule::Dates {
                sessions: vec![
                    Session {
                        ends_at: backwards.starts_at + 1,
                        ..backwards
                    };
                    SESSIONS_MAX
                ],
            },
            ..draft()
        };
        assert!(check_activity(&ok_many, MARCH_2024, &LUX).is_ok());
        // A series in the past names its sessions.
        let problems = check_activity(&draft(), 1_710_867_600 + 1, &LUX).unwrap_err();
        assert_eq!(
            problems,
            [DraftProblem::InThePast {
                place: Place::Session { index: 0 }
            }]
        );
    }

    #[test]
    fn links_are_web_links_to_a_host() {
        for good in [
            "https://visio.commune.lu/room",
            "http://jitsi.example.org:8443/Room?x=1#top",
            "HTTPS://BBB.Gemeng.lu",
            "https://[2001:db8::1]:443/r",
            "https://[::1]",
            "https://a-b.lu/",
        ] {
            assert!(is_web_link(good), "{good}");
        }
        for bad in [
            "",
            "visio.commune.lu",
            "ftp://files.commune.lu",
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "https://commune.lu@evil.example/",
            "https://exa mple.lu",
            "https://example.lu/\u{202E}fdp",
            "https://.lu",
            "https://-a.lu",
            "https://a-.lu",
            "https://a..lu",
            "https://a.lu:",
            "https://a.lu:123456",
            "https://a.lu:80a",
            "https://[]/",
            "https://[2001:db8::1/",
            "https://[2001:db8::g]/",
            "https://[::1]x/",
            "https://ex_ample.lu",
        ] {
            assert!(!is_web_link(bad), "{bad}");
        }
        let long = format!("https://a.lu/{}", "p".repeat(LINK_MAX - 13));
        assert!(is_web_link(&long));
        assert!(!is_web_link(&format!("{long}p")));
    }

    fn places(capacity: u32, registered: u32, waiting: u32) -> Places {
        Places {
            capacity,
            registered,
            waiting,
            starts_at: MARCH_2024,
            cancelled: false,
        }
    }

    #[test]
    fn registration_is_first_come_first_served() {
        let now = MARCH_2024 - 1;
        let decide = |p: &Places, s, wait| decide_registration(p, s, wait, now);
        assert_eq!(
            decide(&places(2, 1, 0), Standing::Nowhere, false),
            Ok(Registration::Registered)
        );
        assert_eq!(
            decide(&places(2, 2, 0), Standing::Nowhere, false),
            Err(RegistrationRefusal::Full)
        );
        assert_eq!(
            decide(&places(2, 2, 0), Standing::Nowhere, true),
            Ok(Registration::Waitlisted { position: 1 })
        );
        assert_eq!(
            decide(&places(2, 2, 3), Standing::Nowhere, true),
            Ok(Registration::Waitlisted { position: 4 })
        );
        // A place freed while people wait is theirs, not a newcomer's.
        assert_eq!(
            decide(&places(3, 2, 1), Standing::Nowhere, true),
            Ok(Registration::Waitlisted { position: 2 })
        );
        assert_eq!(
            decide(&places(4, 2, 1), Standing::Nowhere, false),
            Ok(Registration::Registered)
        );
        assert_eq!(
            decide(&places(2, 0, 0), Standing::Registered, true),
            Err(RegistrationRefusal::AlreadyRegistered)
        );
        assert_eq!(
            decide(&places(2, 2, 1), Standing::Waitlisted, true),
            Err(RegistrationRefusal::AlreadyWaitlisted)
        );
        // Cancelled first, then started.
        let mut over = places(2, 0, 0);
        assert_eq!(
            decide_registration(&over, Standing::Nowhere, true, MARCH_2024),
            Err(RegistrationRefusal::Started)
        );
        over.cancelled = true;
        assert_eq!(
            decide(&over, Standing::Registered, true),
            Err(RegistrationRefusal::Cancelled)
        );
        assert_eq!(
            decide(
                &places(u32::MAX, u32::MAX, u32::MAX),
                Standing::Nowhere,
                true
            ),
            Ok(Registration::Waitlisted { position: u32::MAX })
        );
    }

    #[test]
    fn places_freed_go_to_the_head_of_the_waiting_list() {
        let now = MARCH_2024 - 1;
        assert_eq!(moves_up(&places(3, 2, 5), now), 1);
        assert_eq!(moves_up(&places(5, 2, 2), now), 2);
        assert_eq!(moves_up(&places(2, 2, 5), now), 0);
        assert_eq!(moves_up(&places(2, 3, 5), now), 0);
        assert_eq!(moves_up(&places(3, 2, 5), MARCH_2024), 0, "too late");
        let mut cancelled = places(3, 2, 5);
        cancelled.cancelled = true;
        assert_eq!(moves_up(&cancelled, now), 0);

        let mut roll = Roll {
            capacity: 2,
            starts_at: MARCH_2024,
            ..Roll::default()
        };
        assert_eq!(roll.register(1, false, now), Ok(Registration::Registered));
        assert_eq!(roll.register(2, false, now), Ok(Registration::Registered));
        assert_eq!(roll.register(3, false, now), Err(RegistrationRefusal::Full));
        assert_eq!(
            roll.register(3, true, now),
            Ok(Registration::Waitlisted { position: 1 })
        );
        assert_eq!(
            roll.register(4, true, now),
            Ok(Registration::Waitlisted { position: 2 })
        );
        assert_eq!(
            roll.register(4, true, now),
            Err(RegistrationRefusal::AlreadyWaitlisted)
        );
        assert_eq!(
            roll.cancel(4, now),
            Vec::<i64>::new(),
            "a waiting person frees nothing"
        );
        assert_eq!(roll.cancel(1, now), [3]);
        assert_eq!(
            (roll.registered.as_slice(), roll.waiting.as_slice()),
            (&[2, 3][..], &[][..])
        );
        assert_eq!(roll.cancel(9, now), Vec::<i64>::new());
        assert_eq!(
            roll.register(2, true, now),
            Err(RegistrationRefusal::AlreadyRegistered)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// Random registrations and cancellations by a few people: the capacity is
        /// never exceeded, the waiting list keeps its order, and each cancellation of a
        /// place while people wait hands that place to the head of the list.
        #[test]
        fn the_roll_never_overflows_and_keeps_its_order(
            capacity in 0u32..5,
            steps in proptest::collection::vec((0i64..8, any::<bool>(), any::<bool>()), 0..60),
        ) {
            let now = MARCH_2024 - 1;
            let mut roll = Roll { capacity, starts_at: MARCH_2024, ..Roll::default() };
            for (person, register, waits) in steps {
                let before = roll.clone();
                if register {
                    let outcome = roll.register(person, waits, now);
                    if let Ok(Registration::Waitlisted { position }) = outcome {
                        prop_assert_eq!(roll.waiting.last(), Some(&person));
                        prop_assert_eq!(position as usize, roll.waiting.len());
                    }
                    if outcome.is_ok() {
                        prop_assert!(before.registered.len() + before.waiting.len() + 1
                            == roll.registered.len() + roll.waiting.len());
                    } else {
                        prop_assert_eq!(&roll, &before);
                    }
                } else {
                    let up = roll.cancel(person, now);
                    if before.registered.contains(&person) && !before.waiting.is_empty() {
                        // Exactly one place freed, taken by the head of the list.
                        prop_assert_eq!(up, vec![before.waiting[0]]);
                        prop_assert_eq!(roll.registered.len(), before.registered.len());
                        prop_assert_eq!(&roll.waiting[..], &before.waiting[1..]);
                    } else {
                        prop_assert!(up.is_empty());
                    }
                }
                prop_assert!(roll.registered.len() <= capacity as usize);
                // Nobody waits while a place is free, nobody is listed twice.
                prop_assert!(roll.waiting.is_empty() || roll.registered.len() == capacity as usize);
                let mut all: Vec<i64> = roll.registered.iter().chain(&roll.waiting).copied().collect();
                all.sort_unstable();
                all.dedup();
                prop_assert_eq!(all.len(), roll.registered.len() + roll.waiting.len());
                // The waiting list is the earlier one, less those who left or moved up,
                // plus at most one newcomer at its end.
                let kept: Vec<i64> = before.waiting.iter().copied().filter(|p| roll.waiting.contains(p)).collect();
                prop_assert_eq!(&roll.waiting[..kept.len()], &kept[..]);
            }
        }

        #[test]
        fn days_round_trip(days in -1_000_000i64..3_000_000) {
            let d = LocalDate::from_days_since_epoch(days);
            prop_assert_eq!(d.days_since_epoch(), days);
            prop_assert_eq!(LocalDate::from_days_since_epoch(days + 1).weekday().index(), (d.weekday().index() + 1) % 7);
        }

        #[test]
        fn local_times_survive_the_round_trip(day in 0i64..40_000, minute in 0u32..1_440) {
            let date = LocalDate::from_days_since_epoch(day);
            let t = LocalTime { hour: (minute / 60) as u8, minute: (minute % 60) as u8 };
            let utc = LUX.to_utc(date, t);
            let back = utc + LUX.offset_at(utc);
            let local = date.days_since_epoch() * 86_400 + t.seconds();
            // Exact, but for the missing hour, moved one hour on.
            prop_assert!(back == local || back == local + 3_600);
        }

        #[test]
        fn checks_never_panic(
            link in "\\PC{0,40}",
            title in "\\PC{0,40}",
            capacity in any::<u32>(),
            y in any::<i32>(), m in any::<u8>(), d in any::<u8>(), n in any::<u32>(),
        ) {
            let _ = is_web_link(&link);
            let mut series = tuesdays(Some(SeriesEnd::Count(n)));
            series.first_day = LocalDate { year: y, month: m, day: d };
            let draft = ActivityDraft {
                title: Wording::default().with(Language::En, title),
                link: Some(link),
                capacity,
                schedule: Schedule::Weekly(series),
                ..draft()
            };
            let _ = check_activity(&draft, MARCH_2024, &LUX);
        }
    }

    fn table(language: Language, host_level: Level, seats: u32, seated: u32) -> CafeTable {
        CafeTable {
            language,
            host_level,
            seats,
            seated,
        }
    }

    #[test]
    fn cafe_tables_have_hosts_and_few_seats() {
        let good = [
            table(Language::Lb, Level::Native, 6, 0),
            table(Language::Fr, Level::C1, 1, 0),
        ];
        assert_eq!(check_tables(&good), Ok(()));
        let bad = [
            table(Language::Lb, Level::B2, 7, 0),
            table(Language::Fr, Level::C2, 0, 0),
        ];
        assert_eq!(
            check_tables(&bad),
            Err(vec![
                TableProblem::HostLevelTooLow {
                    table: 0,
                    level: Level::B2
                },
                TableProblem::SeatsOutOfRange { table: 0, seats: 7 },
                TableProblem::SeatsOutOfRange { table: 1, seats: 0 },
            ])
        );
        assert_eq!(check_tables(&[]), Err(vec![TableProblem::NoTable]));
        let many = vec![table(Language::De, Level::Native, 6, 0); TABLES_MAX + 1];
        assert_eq!(
            check_tables(&many),
            Err(vec![TableProblem::TooManyTables {
                tables: TABLES_MAX + 1
            }])
        );
        assert_eq!(check_tables(&many[..TABLES_MAX]), Ok(()));
    }

    #[test]
    fn a_host_with_an_account_is_held_to_their_profile() {
        // The profile's level wins over the declared one, both ways.
        assert_eq!(host_level(Level::Native, Some(Level::B2)), Level::B2);
        assert_eq!(host_level(Level::C1, Some(Level::Native)), Level::Native);
        // Without the language in a profile (or without an account), the declared one.
        assert_eq!(host_level(Level::C2, None), Level::C2);
        // And the tables' check refuses what the profile says is too low.
        let held = table(
            Language::Lb,
            host_level(Level::Native, Some(Level::B2)),
            4,
            0,
        );
        assert_eq!(
            check_tables(&[held]),
            Err(vec![TableProblem::HostLevelTooLow {
                table: 0,
                level: Level::B2
            }])
        );
    }

    #[test]
    fn one_host_account_hosts_one_table_of_a_cafe() {
        assert_eq!(repeated_hosts::<i64>(&[]), Vec::<usize>::new());
        assert_eq!(
            repeated_hosts(&[Some(1), Some(2), None, None]),
            Vec::<usize>::new()
        );
        // The first table stays theirs; each later one is refused.
        assert_eq!(
            repeated_hosts(&[Some(7), None, Some(7), Some(3), Some(7), Some(3)]),
            vec![2, 4, 5]
        );
        // A later table never makes an earlier one a repeat.
        assert_eq!(repeated_hosts(&[Some(5), Some(6), Some(5)]), vec![2]);
    }

    #[test]
    fn learners_fill_tables_of_their_language_evenly() {
        let mut tables = vec![
            table(Language::Lb, Level::Native, 6, 2),
            table(Language::Fr, Level::Native, 6, 0),
            table(Language::Lb, Level::C1, 6, 1),
            table(Language::Lb, Level::C2, 3, 1),
        ];
        // The least filled Luxembourgish table; of equals, the first.
        assert_eq!(assign_table(&tables, Language::Lb, Some(Level::A1)), Ok(2));
        tables[2].seated = 2;
        assert_eq!(assign_table(&tables, Language::Lb, Some(Level::B2)), Ok(3));
        tables[3].seated = 2;
        assert_eq!(assign_table(&tables, Language::Lb, Some(Level::A2)), Ok(0));
        // Seating learners one by one keeps tables within one of each other.
        let mut even = vec![table(Language::Pt, Level::Native, 6, 0); 3];
        while let Ok(i) = assign_table(&even, Language::Pt, Some(Level::A1)) {
            even[i].seated += 1;
            let counts: Vec<u32> = even.iter().map(|t| t.seated).collect();
            assert!(counts.iter().max().unwrap_or(&0) - counts.iter().min().unwrap_or(&0) <= 1);
        }
        assert!(even.iter().all(|t| t.seated == 6));
        assert_eq!(
            assign_table(&even, Language::Pt, Some(Level::A1)),
            Err(SeatRefusal::TablesFull)
        );
        // A full table is skipped even if it is the first.
        let skip = [
            table(Language::Fr, Level::Native, 1, 1),
            table(Language::Fr, Level::Native, 6, 5),
        ];
        assert_eq!(assign_table(&skip, Language::Fr, Some(Level::B1)), Ok(1));
        assert_eq!(
            assign_table(&tables, Language::De, Some(Level::A1)),
            Err(SeatRefusal::NoTableForLanguage)
        );
        assert_eq!(
            assign_table(&tables, Language::Fr, None),
            Err(SeatRefusal::NoLevel)
        );
        assert_eq!(
            assign_table(&tables, Language::Fr, Some(Level::C1)),
            Err(SeatRefusal::NothingToLearn)
        );
    }

    #[test]
    fn conversation_tables_keep_to_their_range() {
        let table = ConversationTable {
            language: Language::De,
            lowest: Level::A2,
            highest: Level::B1,
        };
        assert_eq!(table.check(), Ok(()));
        assert_eq!(table.admit(Some(Level::A2)), Ok(()));
        assert_eq!(table.admit(Some(Level::B1)), Ok(()));
        assert_eq!(
            table.admit(Some(Level::A1)),
            Err(SeatRefusal::BelowLevel { lowest: Level::A2 })
        );
        assert_eq!(
            table.admit(Some(Level::B2)),
            Err(SeatRefusal::AboveLevel { highest: Level::B1 })
        );
        assert_eq!(table.admit(None), Err(SeatRefusal::NoLevel));
        let reversed = ConversationTable {
            lowest: Level::B1,
            highest: Level::A2,
            ..table
        };
        assert_eq!(reversed.check(), Err(RangeProblem::Reversed));
        let high = ConversationTable {
            highest: Level::C1,
            ..table
        };
        assert_eq!(high.check(), Err(RangeProblem::AboveLearning));
        let one = ConversationTable {
            lowest: Level::B2,
            highest: Level::B2,
            ..table
        };
        assert_eq!(one.check(), Ok(()));
    }

    #[test]
    fn a_reminder_is_due_once_in_the_day_before() {
        let start = MARCH_2024;
        let early = start - 10 * 86_400;
        assert!(!reminder_due(
            start,
            early,
            start - REMINDER_LEAD - 1,
            false
        ));
        assert!(reminder_due(start, early, start - REMINDER_LEAD, false));
        assert!(reminder_due(start, early, start - 1, false));
        assert!(!reminder_due(start, early, start, false));
        assert!(!reminder_due(start, early, start - 3_600, true));
        // Registered inside the day: the confirmation was the reminder.
        assert!(!reminder_due(start, start - 3_600, start - 1_800, false));
        assert!(!reminder_due(
            start,
            start - REMINDER_LEAD,
            start - 1_800,
            false
        ));
        assert!(reminder_due(
            start,
            start - REMINDER_LEAD - 1,
            start - 1_800,
            false
        ));
        assert!(!reminder_due(i64::MIN, i64::MIN, i64::MIN, false));
    }
}

#[cfg(test)]
mod change_tests {
    use super::*;

    fn changes() -> Changes {
        Changes {
            title: Wording::default().with(Language::Fr, "  Café   smartphone "),
            description: Wording::default().with(Language::Fr, "Apportez votre téléphone."),
            place: Some(" Centre culturel ".into()),
            link: None,
            capacity: 12,
            languages: vec![Language::Fr, Language::Pt, Language::Fr],
        }
    }

    #[test]
    fn good_changes_come_back_cleaned() {
        let checked = check_changes(&changes(), 12).unwrap();
        assert_eq!(checked.title.get(Language::Fr), Some("Café smartphone"));
        assert_eq!(checked.place.as_deref(), Some("Centre culturel"));
        assert_eq!(checked.link, None);
        assert_eq!(checked.capacity, 12);
        assert_eq!(checked.languages, vec![Language::Fr, Language::Pt]);
        let online = Changes {
            place: Some("  ".into()),
            link: Some(" https://visio.example.lu/room ".into()),
            ..changes()
        };
        let checked = check_changes(&online, 0).unwrap();
        assert_eq!(checked.place, None);
        assert_eq!(
            checked.link.as_deref(),
            Some("https://visio.example.lu/room")
        );
    }

    #[test]
    fn places_never_fall_below_those_taken() {
        // As many places as taken is fine; one fewer is refused, naming how many.
        assert!(check_changes(&changes(), 12).is_ok());
        assert_eq!(
            check_changes(&changes(), 13),
            Err(vec![DraftProblem::CapacityBelowTaken { taken: 13 }])
        );
        let none = Changes {
            capacity: 0,
            ..changes()
        };
        assert_eq!(
            check_changes(&none, 0),
            Err(vec![DraftProblem::CapacityOutOfRange {
                capacity: 0,
                max: CAPACITY_MAX
            }])
        );
    }

    #[test]
    fn every_problem_is_told_at_once() {
        let bad = Changes {
            title: Wording::default(),
            description: Wording::default().with(Language::De, "Bringt Euer Handy mit."),
            place: None,
            link: Some("javascript:alert(1)".into()),
            capacity: CAPACITY_MAX + 1,
            languages: vec![],
        };
        assert_eq!(
            check_changes(&bad, 3),
            Err(vec![
                DraftProblem::NoTitle,
                DraftProblem::MissingVersion {
                    place: Place::Title,
                    language: Language::De
                },
                DraftProblem::BadLink,
                DraftProblem::CapacityOutOfRange {
                    capacity: CAPACITY_MAX + 1,
                    max: CAPACITY_MAX
                },
                DraftProblem::NoLanguage,
            ])
        );
        let nowhere = Changes {
            place: None,
            link: None,
            ..changes()
        };
        assert_eq!(
            check_changes(&nowhere, 0),
            Err(vec![DraftProblem::NoPlaceOrLink])
        );
        let blank = Changes {
            title: Wording::default().with(Language::Fr, " \u{200B} "),
            ..changes()
        };
        assert_eq!(
            check_changes(&blank, 0),
            Err(vec![DraftProblem::BlankText {
                place: Place::Title,
                language: Language::Fr
            }])
        );
    }
}
