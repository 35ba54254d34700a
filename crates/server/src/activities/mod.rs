//! Activities (`PRODUCT.md` C6): staff and residents organise them, residents take a
//! place in a session or wait for one, organisers see who comes and cancel sessions,
//! everyone who is told is told by e-mail in their language. Here the flows shared by
//! the pages (`web`), the API (`api`) and the calendars (`calendar`); the reminders'
//! job is `reminders`. The rules are `gemeng_core::activities`'.
//!
//! Each action is one transaction: a place is decided with the session's row locked
//! (`gemeng_db::activities::lock_session`), so capacity holds under any number of
//! simultaneous requests, and the e-mails an action causes commit with it.

pub mod api;
pub mod calendar;
pub mod hosts;
pub mod reminders;
pub mod web;

use std::collections::BTreeMap;

use gemeng_core::account::Role;
use gemeng_core::activities::{
    assign_table, audience_allowed, check_activity, check_changes, check_tables,
    decide_registration, may_manage, may_see, moves_up, ActivityDraft, ActivityKind, Audience,
    CafeTable, Changes, ConversationTable, DraftProblem, LocalDate, LocalTime, Organiser,
    OrganiserKind, Place, Places, RangeProblem, Reach, Registration, RegistrationRefusal, Schedule,
    SeatRefusal, SeriesEnd, SeriesProblem, Session, Standing, TableProblem, TimeZone, Viewer,
    Weekday, WeeklySeries, TABLES_MAX,
};
use gemeng_core::consultation::Wording;
use gemeng_core::language::Language;
use gemeng_core::language_practice::Level;
use gemeng_core::permissions::{allows, Action};
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::activities::{
    self as store, Activity, Cursor, NewActivity, NewTable, Recipient, Scope, Seat,
};
use gemeng_db::communes::Commune;
use gemeng_db::Tx;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::auth::rate_limit;
use crate::http::clock::{format_local, LuxembourgClock};
use crate::http::error::{AppError, AppResult};
use crate::neighbourhood::posts::request_key;

/// Activities per page of a list.
pub const PAGE: i64 = 20;
/// Activities one person creates in a day: a busy integration office's week, not a flood.
pub const CREATIONS_PER_DAY: i64 = 50;
/// Registrations and withdrawals one person makes in an hour.
pub const REGISTRATIONS_PER_HOUR: i64 = 120;

/// The kinds, as stored and sent (snake case), with their Fluent keys.
pub const KINDS: [(ActivityKind, &str); 7] = [
    (
        ActivityKind::NeighbourhoodActivity,
        "neighbourhood_activity",
    ),
    (ActivityKind::LanguageCafe, "language_cafe"),
    (ActivityKind::ConversationTable, "conversation_table"),
    (ActivityKind::Coaching, "coaching"),
    (ActivityKind::Course, "course"),
    (ActivityKind::SmartphoneCafe, "smartphone_cafe"),
    (ActivityKind::InformationSession, "information_session"),
];

/// The audiences, as stored and sent.
pub const AUDIENCES: [(Audience, &str); 4] = [
    (Audience::Neighbourhood, "neighbourhood"),
    (Audience::Adjacent, "adjacent"),
    (Audience::Commune, "commune"),
    (Audience::Public, "public"),
];

/// Who organises, by the organiser's role: staff for the commune, an association's
/// account, or a resident for their neighbourhood.
pub fn organiser_kind_of(role: Role) -> OrganiserKind {
    if role.is_commune_staff() {
        OrganiserKind::CommuneStaff
    } else if role == Role::Organiser {
        OrganiserKind::Association
    } else {
        OrganiserKind::Resident
    }
}

/// The audiences an organiser of `kind` may choose, as the form offers them: an
/// association's account has no neighbourhood, so it offers the commune and the
/// public only (`core::activities::audience_allowed` says what may be stored).
pub fn audiences_for(kind: OrganiserKind) -> Vec<(Audience, &'static str)> {
    match kind {
        OrganiserKind::CommuneStaff => AUDIENCES.to_vec(),
        OrganiserKind::Association => AUDIENCES[2..].to_vec(),
        OrganiserKind::Resident => AUDIENCES[..2].to_vec(),
    }
}

pub fn kind_code(kind: ActivityKind) -> &'static str {
    KINDS.iter().find(|k| k.0 == kind).map_or("", |k| k.1)
}

pub fn parse_kind(code: &str) -> Option<ActivityKind> {
    KINDS.iter().find(|k| k.1 == code).map(|k| k.0)
}

pub fn audience_code(audience: Audience) -> &'static str {
    AUDIENCES
        .iter()
        .find(|a| a.0 == audience)
        .map_or("", |a| a.1)
}

pub fn parse_audience(code: &str) -> Option<Audience> {
    AUDIENCES.iter().find(|a| a.1 == code).map(|a| a.0)
}

pub use crate::http::components::{description_field, title_field};

const WEEKDAYS: [(Weekday, &str); 7] = [
    (Weekday::Monday, "monday"),
    (Weekday::Tuesday, "tuesday"),
    (Weekday::Wednesday, "wednesday"),
    (Weekday::Thursday, "thursday"),
    (Weekday::Friday, "friday"),
    (Weekday::Saturday, "saturday"),
    (Weekday::Sunday, "sunday"),
];

pub fn weekday_codes() -> impl Iterator<Item = &'static str> {
    WEEKDAYS.iter().map(|w| w.1)
}

/// `2026-03-03`, or `None`.
pub fn parse_date(text: &str) -> Option<LocalDate> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    let date = LocalDate { year, month, day };
    date.is_valid().then_some(date)
}

/// `18:30` (or `18h30`, as French writes it), or `None`.
pub fn parse_time(text: &str) -> Option<LocalTime> {
    let text = text.trim().replace(['h', 'H'], ":");
    let (hour, minute) = text.split_once(':')?;
    let minute = if minute.is_empty() { "0" } else { minute };
    let time = LocalTime {
        hour: hour.trim().parse().ok()?,
        minute: minute.trim().parse().ok()?,
    };
    time.is_valid().then_some(time)
}

/// One language's version as sent.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct ActivityVersionIn {
    #[schema(max_length = 240)]
    pub title: String,
    #[schema(max_length = 8000)]
    pub description: String,
}

/// One session, in Unix seconds.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, ToSchema)]
pub struct ActivitySessionIn {
    #[schema(value_type = i64)]
    pub starts_at: WholeNumber,
    #[schema(value_type = i64)]
    pub ends_at: WholeNumber,
}

/// A weekly series on the commune's clock (Europe/Luxembourg).
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct WeeklySeriesIn {
    /// The first day, `YYYY-MM-DD`.
    #[schema(max_length = 10)]
    pub first_day: String,
    /// `monday` … `sunday`.
    pub weekdays: Vec<String>,
    /// `HH:MM`.
    #[schema(max_length = 5)]
    pub starts: String,
    /// `HH:MM`, the same day.
    #[schema(max_length = 5)]
    pub ends: String,
    /// The last day, `YYYY-MM-DD`; or give `count`. A series without end is refused.
    #[schema(max_length = 10)]
    pub until: Option<String>,
    /// The number of sessions (1 to 52); or give `until`.
    #[schema(value_type = Option<i64>)]
    pub count: Option<WholeNumber>,
}

/// One table of a language café as sent.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct CafeTableIn {
    /// The table's language: lb, de, fr, en or pt.
    #[schema(max_length = 5)]
    pub language: String,
    /// The host's name, 1 to 80 characters; may be left empty when `host_email` names
    /// the host's account (their name on the commune's platform is then shown).
    #[schema(max_length = 160)]
    pub host: String,
    /// The e-mail address of the host's account in the commune, if they have one
    /// (optional): the host then sees who has a seat at their table and gets a
    /// reminder the day before each session. Their language profile, when it gives
    /// the table's language, sets their level.
    #[schema(max_length = 254)]
    pub host_email: String,
    /// The host's level in the table's language: c1, c2 or native.
    #[schema(max_length = 10)]
    pub host_level: String,
    /// Seats for learners, 1 to 6.
    #[schema(value_type = Option<i64>)]
    pub seats: Option<WholeNumber>,
}

/// A conversation table's language and the levels it is for.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct ConversationTableIn {
    /// lb, de, fr, en or pt.
    #[schema(max_length = 5)]
    pub language: String,
    /// The lowest level: a1, a2, b1 or b2.
    #[schema(max_length = 10)]
    pub lowest: String,
    /// The highest level, not below `lowest`: a1, a2, b1 or b2.
    #[schema(max_length = 10)]
    pub highest: String,
}

/// An activity as its organiser writes it (the form's fields, or the API's body).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"versions": {"lb": {"title": "Konversatiounsdësch", "description": "Mir schwätzen Lëtzebuergesch."},
    "fr": {"title": "Table de conversation", "description": "On parle luxembourgeois."}},
    "kind": "conversation_table", "audience": "commune", "place": "Centre culturel, salle 2",
    "capacity": 8, "languages": ["lb"], "conversation": {"language": "lb", "lowest": "a2", "highest": "b1"},
    "weekly": {"first_day": "2030-03-05", "weekdays": ["tuesday"],
    "starts": "18:00", "ends": "19:30", "count": 10}, "request_key": "a1b2c3d4e5f6"}))]
pub struct ActivityInput {
    /// Versions by language code (lb, de, fr, en, pt): a title in at least one.
    pub versions: BTreeMap<String, ActivityVersionIn>,
    /// neighbourhood_activity, language_cafe, conversation_table, coaching, course,
    /// smartphone_cafe or information_session.
    #[schema(max_length = 40)]
    pub kind: String,
    /// neighbourhood, adjacent, commune or public (residents: the first two).
    #[schema(max_length = 20)]
    pub audience: String,
    /// For a neighbourhood's (or adjacent) activity organised by staff: its id. A
    /// resident's is always their own neighbourhood.
    #[schema(value_type = Option<i64>)]
    pub neighbourhood: Option<WholeNumber>,
    /// Address or venue, for an activity in person.
    #[schema(max_length = 600)]
    pub place: Option<String>,
    /// The video room's `https://` link, for an activity online.
    #[schema(max_length = 500)]
    pub link: Option<String>,
    /// Held in the commune's own video room (its address set on the commune's page):
    /// the room's address is the link. Refused when the commune has none.
    pub commune_room: bool,
    /// Places per session, 1 to 10000; for a language café, the sum of its tables'
    /// seats (any capacity sent is ignored).
    #[schema(value_type = i64)]
    pub capacity: Option<WholeNumber>,
    /// Languages spoken, by code.
    pub languages: Vec<String>,
    /// Sessions one by one; or give `weekly`.
    pub sessions: Option<Vec<ActivitySessionIn>>,
    pub weekly: Option<WeeklySeriesIn>,
    /// A language café's tables, 1 to 30, in order (only for `language_cafe`).
    pub tables: Option<Vec<CafeTableIn>>,
    /// A conversation table's language and level range (only for, and required by,
    /// `conversation_table`).
    pub conversation: Option<ConversationTableIn>,
    /// Any short random text: sending the same one again creates nothing new.
    #[schema(max_length = 64)]
    pub request_key: String,
}

/// What an organiser changes in a published activity (the edit form's fields, or
/// the API's body): its texts, where it is held, its places and languages. Its kind,
/// audience, sessions and a café's tables stay as they are.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"versions": {"fr": {"title": "Café smartphone", "description": "Apportez votre téléphone."}},
    "place": "Centre culturel, salle 3", "capacity": 16, "languages": ["fr", "pt"]}))]
pub struct ActivityChangeInput {
    /// Versions by language code: they replace every version (a title in at least one).
    pub versions: BTreeMap<String, ActivityVersionIn>,
    /// Address or venue, for an activity in person.
    #[schema(max_length = 600)]
    pub place: Option<String>,
    /// The video room's `https://` link, for an activity online.
    #[schema(max_length = 500)]
    pub link: Option<String>,
    /// Held in the commune's own video room: its address becomes the link.
    pub commune_room: bool,
    /// Places per session, 1 to 10000, and at least as many as a session to come has
    /// given; a language café's places are its tables' (any number sent is ignored).
    #[schema(value_type = Option<i64>)]
    pub capacity: Option<WholeNumber>,
    /// Languages spoken, by code.
    pub languages: Vec<String>,
}

/// The field a draft problem is shown beside, and its message.
fn problem_field(problem: DraftProblem) -> (&'static str, &'static str) {
    let version_field = |place: Place, language: Language| match place {
        Place::Description => description_field(language),
        _ => title_field(language),
    };
    match problem {
        DraftProblem::NoTitle => ("versions", "activity-error-no-title"),
        DraftProblem::MissingVersion { place, language } => (
            version_field(place, language),
            "activity-error-version-missing",
        ),
        DraftProblem::BlankText { place, language } => {
            (version_field(place, language), "activity-error-blank")
        }
        DraftProblem::TextTooLong {
            place, language, ..
        } => (version_field(place, language), "activity-error-too-long"),
        DraftProblem::NoSession => ("schedule", "activity-error-no-session"),
        DraftProblem::TooManySessions { .. } => ("schedule", "activity-error-too-many-sessions"),
        DraftProblem::EndsBeforeStart { .. } => ("ends", "activity-error-ends-before-start"),
        DraftProblem::InThePast { .. } => ("date", "activity-error-in-the-past"),
        DraftProblem::Series { series } => match series {
            SeriesProblem::InvalidFirstDay => ("date", "activity-error-date"),
            SeriesProblem::InvalidLastDay => ("until", "activity-error-date"),
            SeriesProblem::InvalidTime => ("starts", "activity-error-time"),
            SeriesProblem::NoWeekday => ("weekdays", "activity-error-no-weekday"),
            SeriesProblem::EndsBeforeStart => ("ends", "activity-error-ends-before-start"),
            SeriesProblem::NoEnd => ("until", "activity-error-no-end"),
            SeriesProblem::TooLong => ("until", "activity-error-series-too-long"),
            SeriesProblem::NoSession => ("weekdays", "activity-error-series-no-session"),
        },
        DraftProblem::NoPlaceOrLink => ("place", "activity-error-no-place"),
        DraftProblem::BadPlace => ("place", "activity-error-place"),
        DraftProblem::BadLink => ("link", "activity-error-link"),
        DraftProblem::CapacityOutOfRange { .. } => ("capacity", "activity-error-capacity"),
        DraftProblem::NoLanguage => ("languages", "activity-error-no-language"),
        DraftProblem::CapacityBelowTaken { .. } => {
            ("capacity", "activity-error-capacity-below-taken")
        }
    }
}

fn add_once(errors: &mut FieldErrors, field: &'static str, message: &'static str) {
    if !errors
        .0
        .iter()
        .any(|e| e.field == field && e.message == message)
    {
        errors.add(field, message);
    }
}

/// Who is looking, as the rules and the lists see them.
pub fn viewer_of(account: Option<&Account>, commune: &Commune) -> (Viewer, Scope) {
    let Some(account) = account.filter(|a| a.commune_id == Some(commune.id)) else {
        return (Viewer::Anyone, Scope::Public);
    };
    let actor = account.actor();
    if actor.role.is_commune_staff() {
        return (
            Viewer::Staff {
                user_id: account.id,
            },
            Scope::Staff,
        );
    }
    match actor.neighbourhood_id {
        Some(n) if actor.is_member_of(n) => (
            Viewer::Member {
                user_id: account.id,
                neighbourhood_id: n,
            },
            Scope::Member {
                user_id: account.id,
                neighbourhood_id: n,
            },
        ),
        _ => (
            Viewer::Person {
                user_id: account.id,
            },
            Scope::Person {
                user_id: account.id,
            },
        ),
    }
}

pub fn reach_of(a: &Activity) -> Reach {
    Reach {
        // An unknown audience (none is stored: the schema checks) reaches only staff.
        audience: parse_audience(&a.audience).unwrap_or(Audience::Neighbourhood),
        neighbourhood_id: a.neighbourhood_id,
        organiser_id: a.organiser_id,
    }
}

/// Activity `id` if `viewer` may see it; else "not found", whatever the reason.
pub async fn visible(app: &App, commune: &Commune, viewer: Viewer, id: i64) -> AppResult<Activity> {
    let a = store::get(&app.db, commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let home = match viewer {
        Viewer::Member {
            neighbourhood_id, ..
        } => Some(neighbourhood_id),
        _ => None,
    };
    let next = crate::neighbourhood::posts::next_door(app, home).await?;
    if may_see(viewer, &reach_of(&a), |x, y| next.touch(x, y)) {
        Ok(a)
    } else {
        Err(AppError::NotFound)
    }
}

/// Activity `id` if `viewer` manages it (its organiser, staff); else "not found", as
/// for an unknown id, so a registrant list's address tells nothing.
pub async fn managed(app: &App, commune: &Commune, viewer: Viewer, id: i64) -> AppResult<Activity> {
    let a = visible(app, commune, viewer, id).await?;
    if may_manage(viewer, &reach_of(&a)) {
        Ok(a)
    } else {
        Err(AppError::NotFound)
    }
}

/// A page of what `scope` sees, and where the next page starts.
pub async fn page_for(
    app: &App,
    commune: &Commune,
    scope: Scope,
    after: Option<Cursor>,
) -> AppResult<(Vec<Activity>, Option<Cursor>)> {
    let mut list = store::list(&app.db, commune.id, scope, now(), after, PAGE + 1).await?;
    let more = list.len() as i64 > PAGE;
    list.truncate(PAGE as usize);
    let next = if more {
        list.last().map(Activity::cursor)
    } else {
        None
    };
    Ok((list, next))
}

/// A list's cursor as it travels in a URL: `first_starts_at.id`.
pub fn cursor_text(c: Cursor) -> String {
    format!("{}.{}", c.first_starts_at, c.id)
}

pub fn parse_cursor(text: &str) -> Option<Cursor> {
    let (at, id) = text.split_once('.')?;
    Some(Cursor {
        first_starts_at: at.parse().ok()?,
        id: id.parse().ok()?,
    })
}

/// The version of `a` a reader of `language` sees first (theirs, else the commune's,
/// else the first there is).
pub fn version_in<'a>(
    a: &'a Activity,
    language: Language,
    commune: &Commune,
) -> Option<&'a store::Version> {
    let commune_language = Language::from_code(&commune.default_language).unwrap_or(Language::En);
    [language, commune_language]
        .iter()
        .find_map(|l| a.versions.iter().find(|v| v.language == l.code()))
        .or_else(|| a.versions.first())
}

/// Turns the input into the rules' draft, or the problems only the input has
/// (unknown codes, numbers that are not whole, dates that are not dates).
fn draft_of(
    input: &ActivityInput,
    organiser: Organiser,
) -> Result<(ActivityDraft, Option<i64>), FieldErrors> {
    let mut errors = FieldErrors::new();
    let (title, description) = wordings_of(&input.versions, &mut errors);
    let kind = parse_kind(input.kind.trim());
    if kind.is_none() {
        errors.add("kind", "activity-error-kind");
    }
    let audience = parse_audience(input.audience.trim());
    match audience {
        None => errors.add("audience", "activity-error-audience"),
        Some(a) if !audience_allowed(organiser.kind, a) => {
            errors.add("audience", "activity-error-audience-resident")
        }
        Some(_) => {}
    }
    let cafe = kind == Some(ActivityKind::LanguageCafe);
    let capacity = match input.capacity.map(WholeNumber::whole) {
        // A café's places are its tables' seats: `create` counts them.
        _ if cafe => 0,
        None => {
            errors.add("capacity", "activity-error-capacity");
            0
        }
        Some(None) => {
            errors.add("capacity", "activity-error-capacity");
            0
        }
        // Past what a u32 holds is out of range, as the rules say of any too large.
        Some(Some(n)) => u32::try_from(n).unwrap_or(if n < 0 { 0 } else { u32::MAX }),
    };
    let mut languages = Vec::new();
    for code in &input.languages {
        match Language::ALL.into_iter().find(|l| l.code() == code.trim()) {
            Some(l) => languages.push(l),
            None => add_once(&mut errors, "languages", "activity-error-language-unknown"),
        }
    }
    let schedule = match (&input.sessions, &input.weekly) {
        (Some(_), Some(_)) => {
            errors.add("schedule", "activity-error-schedule-both");
            None
        }
        (None, None) => Some(Schedule::Dates {
            sessions: Vec::new(),
        }),
        (Some(sessions), None) => {
            let mut out = Vec::new();
            for s in sessions {
                match (s.starts_at.whole(), s.ends_at.whole()) {
                    (Some(starts_at), Some(ends_at)) => out.push(Session {
                        starts_at,
                        ends_at,
                        cancelled: false,
                    }),
                    _ => add_once(&mut errors, "schedule", "activity-error-time"),
                }
            }
            Some(Schedule::Dates { sessions: out })
        }
        (None, Some(w)) => {
            let first_day = parse_date(&w.first_day);
            if first_day.is_none() {
                errors.add("date", "activity-error-date");
            }
            let starts = parse_time(&w.starts);
            if starts.is_none() {
                errors.add("starts", "activity-error-time");
            }
            let ends = parse_time(&w.ends);
            if ends.is_none() {
                errors.add("ends", "activity-error-time");
            }
            let mut weekdays = Vec::new();
            for day in &w.weekdays {
                match WEEKDAYS.iter().find(|d| d.1 == day.trim()) {
                    Some(d) if !weekdays.contains(&d.0) => weekdays.push(d.0),
                    Some(_) => {}
                    None => add_once(&mut errors, "weekdays", "activity-error-weekday"),
                }
            }
            let until = match w.until.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
                None => None,
                Some(text) => {
                    let parsed = parse_date(text);
                    if parsed.is_none() {
                        errors.add("until", "activity-error-date");
                    }
                    parsed.map(SeriesEnd::Until)
                }
            };
            let count = match w.count.map(WholeNumber::whole) {
                None => None,
                Some(Some(n)) if (1..=i64::from(u32::MAX)).contains(&n) => {
                    Some(SeriesEnd::Count(n as u32))
                }
                Some(_) => {
                    errors.add("until", "activity-error-series-too-long");
                    None
                }
            };
            match (first_day, starts, ends) {
                (Some(first_day), Some(starts), Some(ends)) => {
                    Some(Schedule::Weekly(WeeklySeries {
                        first_day,
                        weekdays,
                        starts,
                        ends,
                        end: until.or(count),
                    }))
                }
                _ => None,
            }
        }
    };
    let neighbourhood = input.neighbourhood.map(|n| n.whole().unwrap_or(-1));
    if !errors.is_empty() {
        return Err(errors);
    }
    let (Some(kind), Some(audience), Some(schedule)) = (kind, audience, schedule) else {
        return Err(FieldErrors::single("schedule", "activity-error-no-session"));
    };
    let text = |t: &Option<String>| {
        t.as_ref()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    Ok((
        ActivityDraft {
            organiser,
            kind,
            title,
            description,
            schedule,
            place: text(&input.place),
            link: text(&input.link),
            capacity,
            audience,
            languages,
        },
        neighbourhood,
    ))
}

/// The parts of a café table's row in the form, in the order of [`table_fields`].
pub const TABLE_PARTS: [&str; 5] = ["language", "host", "level", "seats", "account"];

/// The form fields of table `index` of a café: language, host, host's level, seats.
/// Static, as field errors name their field for the page's whole life.
pub fn table_fields(index: usize) -> Option<&'static [String; 5]> {
    static FIELDS: std::sync::LazyLock<Vec<[String; 5]>> = std::sync::LazyLock::new(|| {
        (0..TABLES_MAX)
            .map(|i| TABLE_PARTS.map(|part| format!("table-{i}-{part}")))
            .collect()
    });
    FIELDS.get(index)
}

/// The field of a table's part (0 language, 1 host, 2 level, 3 seats, 4 the host's
/// account's address); tables past
/// the most a café sets are spoken of as a whole.
fn table_field(index: usize, part: usize) -> &'static str {
    table_fields(index).map_or("tables", |f| f[part].as_str())
}

/// The longest host's name, in characters.
pub const HOST_NAME_MAX: usize = 80;

/// The longest e-mail address a host's account is named by.
pub const HOST_EMAIL_MAX: usize = 254;

/// A café's table as the organiser gave it, checked field by field.
pub(crate) struct TableDetails {
    pub language: Language,
    /// The host's name as written (empty when an account names the host).
    pub host: String,
    pub level: Level,
    pub seats: u32,
    /// The host account's address, lower-cased (empty: a host named by name only).
    pub email: String,
    /// The host's account, once `hosts::resolve` found it.
    pub host_id: Option<i64>,
}

/// A café's checked tables or a conversation table's range.
#[derive(Default)]
struct Details {
    tables: Vec<TableDetails>,
    conversation: Option<ConversationTable>,
}

/// Checks a table host's name and account's address, as given for table `i`, each
/// problem at its field: the name (spaces folded; may be blank when an address names
/// the host's account) and the address (lower-cased; "" for none).
pub(crate) fn host_fields(
    i: usize,
    host: &str,
    email: &str,
    errors: &mut FieldErrors,
) -> (String, String) {
    let host = gemeng_core::validation::echo_within(host.trim(), HOST_NAME_MAX + 1);
    let host: String = host.split_whitespace().collect::<Vec<_>>().join(" ");
    let email = email.trim().to_lowercase();
    let named_by_account = !email.is_empty();
    if email.chars().count() > HOST_EMAIL_MAX || (named_by_account && !email.contains('@')) {
        add_once(errors, table_field(i, 4), "activity-error-host-account");
    }
    // A name is needed unless the host's account gives one.
    let blank = host.is_empty() && named_by_account;
    if !blank
        && (!gemeng_core::validation::has_visible_character(&host)
            || host.chars().count() > HOST_NAME_MAX)
    {
        add_once(errors, table_field(i, 1), "activity-error-table-host");
    }
    (host, email.chars().take(HOST_EMAIL_MAX).collect())
}

/// Checks what only a café (its tables) or a conversation table (its language and
/// level range) holds, each problem beside its field; sent for another kind, refused.
fn details_of(input: &ActivityInput, errors: &mut FieldErrors) -> Details {
    let kind = parse_kind(input.kind.trim());
    let mut details = Details::default();
    let sent = input.tables.as_deref().unwrap_or_default();
    if kind != Some(ActivityKind::LanguageCafe) && !sent.is_empty() {
        errors.add("tables", "activity-error-tables-not-cafe");
    }
    if kind != Some(ActivityKind::ConversationTable) && input.conversation.is_some() {
        errors.add(
            "conversation-language",
            "activity-error-conversation-not-table",
        );
    }
    if kind == Some(ActivityKind::LanguageCafe) {
        let mut checked = Vec::new();
        for (i, t) in sent.iter().enumerate() {
            let language = Language::ALL
                .into_iter()
                .find(|l| l.code() == t.language.trim());
            if language.is_none() {
                add_once(errors, table_field(i, 0), "activity-error-table-language");
            }
            let (host, email) = host_fields(i, &t.host, &t.host_email, errors);
            let level = Level::parse(&t.host_level).ok();
            if level.is_none() {
                add_once(errors, table_field(i, 2), "activity-error-host-level");
            }
            // Past what a u32 holds is out of range, as the rules say of any too many.
            let seats = match t.seats.map(WholeNumber::whole) {
                Some(Some(n)) => u32::try_from(n).unwrap_or(if n < 0 { 0 } else { u32::MAX }),
                _ => 0,
            };
            checked.push(CafeTable {
                language: language.unwrap_or(Language::En),
                // An unknown level is refused above; the rules then judge the rest. A
                // host named by account is judged by `hosts::resolve`, by their
                // profile's level where it gives the language.
                host_level: if email.is_empty() {
                    level.unwrap_or(Level::Native)
                } else {
                    Level::Native
                },
                seats,
                seated: 0,
            });
            details.tables.push(TableDetails {
                language: language.unwrap_or(Language::En),
                host,
                level: level.unwrap_or(Level::Native),
                seats,
                email,
                host_id: None,
            });
        }
        if let Err(problems) = check_tables(&checked) {
            for p in problems {
                let (field, message) = match p {
                    TableProblem::NoTable => ("tables", "activity-error-no-table"),
                    TableProblem::TooManyTables { .. } => {
                        ("tables", "activity-error-too-many-tables")
                    }
                    TableProblem::HostLevelTooLow { table, .. } => {
                        (table_field(table, 2), "activity-error-host-level")
                    }
                    TableProblem::SeatsOutOfRange { table, .. } => {
                        (table_field(table, 3), "activity-error-table-seats")
                    }
                };
                add_once(errors, field, message);
            }
        }
    }
    if kind == Some(ActivityKind::ConversationTable) {
        match &input.conversation {
            None => errors.add(
                "conversation-language",
                "activity-error-conversation-missing",
            ),
            Some(c) => {
                let language = Language::ALL
                    .into_iter()
                    .find(|l| l.code() == c.language.trim());
                if language.is_none() {
                    errors.add("conversation-language", "activity-error-table-language");
                }
                let lowest = Level::parse(&c.lowest).ok();
                if lowest.is_none() {
                    errors.add("conversation-lowest", "activity-error-level");
                }
                let highest = Level::parse(&c.highest).ok();
                if highest.is_none() {
                    errors.add("conversation-highest", "activity-error-level");
                }
                if let (Some(language), Some(lowest), Some(highest)) = (language, lowest, highest) {
                    let table = ConversationTable {
                        language,
                        lowest,
                        highest,
                    };
                    match table.check() {
                        Ok(()) => details.conversation = Some(table),
                        Err(RangeProblem::Reversed) => {
                            errors.add("conversation-lowest", "activity-error-range-reversed")
                        }
                        Err(RangeProblem::AboveLearning) => {
                            errors.add("conversation-highest", "activity-error-range-above")
                        }
                    }
                }
            }
        }
    }
    details
}

/// Someone organising: staff for the commune, or a verified resident for their
/// neighbourhood.
pub struct Organising<'a> {
    pub app: &'a App,
    pub commune: &'a Commune,
    pub account: &'a Account,
}

impl Organising<'_> {
    /// Checks and writes a new activity; its id, or the form's problems (nothing
    /// stored then).
    pub async fn create(&self, input: &ActivityInput) -> AppResult<Result<i64, FieldErrors>> {
        let actor = self.account.actor();
        if !allows(&actor, self.commune.id, Action::OrganiseActivities) {
            return Err(AppError::Forbidden);
        }
        let staff = actor.role.is_commune_staff();
        let organiser = Organiser {
            kind: organiser_kind_of(actor.role),
            account: self.account.id,
        };
        let mut errors = FieldErrors::new();
        let mut details = details_of(input, &mut errors);
        // Hosts named by their accounts: found, and held to their own profiles.
        hosts::resolve(
            self.app,
            self.commune,
            self.account,
            &mut details.tables,
            &mut errors,
        )
        .await?;
        let (mut draft, given_neighbourhood) = match draft_of(input, organiser) {
            Ok(d) => d,
            Err(mut more) => {
                more.0.append(&mut errors.0);
                return Ok(Err(more));
            }
        };
        // A café seats as many as its tables do and speaks their languages; a
        // conversation table speaks its one language (and those the organiser adds).
        if draft.kind == ActivityKind::LanguageCafe {
            draft.capacity = details.tables.iter().map(|t| t.seats.min(6)).sum();
            draft
                .languages
                .extend(details.tables.iter().map(|t| t.language));
        }
        if let Some(c) = details.conversation {
            draft.languages.insert(0, c.language);
        }
        if input.commune_room {
            if self.commune.video_room.is_empty() {
                return Ok(Err(FieldErrors::single(
                    "link",
                    "activity-error-no-commune-room",
                )));
            }
            draft.link = Some(self.commune.video_room.clone());
        }
        let at = now();
        let cafe = draft.kind == ActivityKind::LanguageCafe;
        let checked = check_activity(&draft, at, &LuxembourgClock);
        // A neighbourhood's activity belongs to one: the resident's own, or the one
        // staff chose among the commune's.
        let needs_neighbourhood =
            matches!(draft.audience, Audience::Neighbourhood | Audience::Adjacent);
        let neighbourhood = if !needs_neighbourhood {
            None
        } else if staff {
            let known: Vec<i64> = gemeng_db::neighbourhoods::list(&self.app.db, self.commune.id)
                .await?
                .into_iter()
                .map(|n| n.id)
                .collect();
            match given_neighbourhood.filter(|n| known.contains(n)) {
                Some(n) => Some(n),
                None => {
                    errors.add("neighbourhood", "activity-error-neighbourhood");
                    None
                }
            }
        } else {
            // An association's account has no neighbourhood to organise for.
            match self.account.neighbourhood_id {
                Some(n) => Some(n),
                None => {
                    errors.add("audience", "activity-error-audience-association");
                    None
                }
            }
        };
        if let Ok(activity) = &checked {
            let first = activity.sessions.iter().map(|s| s.starts_at).min();
            let last = activity.sessions.iter().map(|s| s.ends_at).max();
            if let (Some(first), Some(last)) = (first, last) {
                if last - first > store::SPAN_MAX {
                    errors.add("schedule", "activity-error-series-too-long");
                }
            }
        }
        let activity = match checked {
            Ok(activity) if errors.is_empty() => activity,
            Ok(_) => return Ok(Err(errors)),
            Err(problems) => {
                for p in problems {
                    // A café's places and languages come from its tables, whose
                    // problems are told at their fields.
                    let of_tables = matches!(
                        p,
                        DraftProblem::CapacityOutOfRange { .. } | DraftProblem::NoLanguage
                    );
                    if !(cafe && of_tables) {
                        let (field, message) = problem_field(p);
                        add_once(&mut errors, field, message);
                    }
                }
                if errors.is_empty() {
                    errors.add("tables", "activity-error-no-table");
                }
                return Ok(Err(errors));
            }
        };
        rate_limit(
            self.app,
            &format!("activities:{}", self.account.id),
            86_400,
            CREATIONS_PER_DAY,
        )
        .await?;
        let versions: Vec<(&str, &str, &str)> = activity
            .title
            .languages()
            .into_iter()
            .map(|l| {
                (
                    l.code(),
                    activity.title.get(l).unwrap_or_default(),
                    activity.description.get(l).unwrap_or_default(),
                )
            })
            .collect();
        let sessions: Vec<(i64, i64)> = activity
            .sessions
            .iter()
            .map(|s| (s.starts_at, s.ends_at))
            .collect();
        let languages: Vec<&str> = activity.languages.iter().map(|l| l.code()).collect();
        let tables: Vec<NewTable> = details
            .tables
            .iter()
            .map(|t| NewTable {
                language: t.language.code(),
                host_name: &t.host,
                host_level: t.level.code(),
                seats: i64::from(t.seats),
                host_id: t.host_id,
            })
            .collect();
        let conversation = details
            .conversation
            .map(|c| (c.language.code(), c.lowest.code(), c.highest.code()));
        let organiser_kind = match organiser.kind {
            OrganiserKind::CommuneStaff => "commune_staff",
            OrganiserKind::Resident => "resident",
            OrganiserKind::Association => "association",
        };
        let mut tx = self.app.begin().await?;
        let stored = store::insert(
            &mut tx,
            &NewActivity {
                commune_id: self.commune.id,
                organiser_id: self.account.id,
                organiser_kind,
                kind: kind_code(activity.kind),
                audience: audience_code(activity.audience),
                neighbourhood_id: neighbourhood,
                versions: &versions,
                sessions: &sessions,
                place: activity.place.as_deref(),
                link: activity.link.as_deref(),
                capacity: i64::from(activity.capacity),
                languages: &languages,
                tables: &tables,
                conversation,
                request_key: &request_key(&input.request_key),
                at,
            },
        )
        .await?;
        let id = stored.id();
        if let gemeng_db::posts::Stored::New(_) = stored {
            // A neighbourhood's activity is news there (and next door, for an
            // adjacent audience): it enters those feeds among the posts.
            if let Some(home) = neighbourhood {
                let mut feeds = vec![home];
                if activity.audience == Audience::Adjacent {
                    feeds.extend(gemeng_db::posts::adjacent_to(&self.app.db, home).await?);
                }
                store::add_to_feeds(&mut tx, id, self.account.id, &feeds, at).await?;
            }
            let first = sessions.iter().map(|s| s.0).min().unwrap_or(at);
            hosts::tell_named(
                &mut tx,
                self.app,
                self.commune,
                &activity.title,
                first,
                &details.tables,
            )
            .await?;
            gemeng_db::audit::record(
                &mut tx,
                Some(self.commune.id),
                Some(self.account.id),
                "activity-created",
                Some(id),
                &format!(
                    "{} for {}, {} session(s), {} places",
                    kind_code(activity.kind),
                    audience_code(activity.audience),
                    sessions.len(),
                    activity.capacity
                ),
                at,
            )
            .await?;
            self.app.commit(tx).await?;
        }
        Ok(Ok(id))
    }
}

impl Organising<'_> {
    /// Changes activity `id`'s texts, place, link, places or languages (its organiser
    /// or staff). More places move people up from the waiting lists of the sessions to
    /// come; a new place or link is told to everyone registered or waiting for them,
    /// once per person. The form's problems instead, and nothing changed.
    pub async fn change(
        &self,
        id: i64,
        input: &ActivityChangeInput,
    ) -> AppResult<Result<(), FieldErrors>> {
        let (viewer, _) = viewer_of(Some(self.account), self.commune);
        let a = managed(self.app, self.commune, viewer, id).await?;
        let mut errors = FieldErrors::new();
        let (title, description) = wordings_of(&input.versions, &mut errors);
        let cafe = a.kind == kind_code(ActivityKind::LanguageCafe);
        let capacity = match input.capacity.map(WholeNumber::whole) {
            _ if cafe => u32::try_from(a.capacity).unwrap_or(0),
            Some(Some(n)) => u32::try_from(n).unwrap_or(if n < 0 { 0 } else { u32::MAX }),
            _ => {
                errors.add("capacity", "activity-error-capacity");
                0
            }
        };
        let mut languages = Vec::new();
        for code in &input.languages {
            match Language::ALL.into_iter().find(|l| l.code() == code.trim()) {
                Some(l) => languages.push(l),
                None => add_once(&mut errors, "languages", "activity-error-language-unknown"),
            }
        }
        // A café speaks its tables' languages; a conversation table, its own.
        if cafe {
            for t in store::tables(&self.app.db, a.id).await? {
                languages.push(language_of(&t.language));
            }
        }
        if let Some((code, _, _)) = &a.conversation {
            languages.insert(0, language_of(code));
        }
        let mut link = input.link.clone();
        if input.commune_room {
            if self.commune.video_room.is_empty() {
                errors.add("link", "activity-error-no-commune-room");
            }
            link = Some(self.commune.video_room.clone());
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        rate_limit(
            self.app,
            &format!("activity-changes:{}", self.account.id),
            86_400,
            CHANGES_PER_DAY,
        )
        .await?;
        let at = now();
        let mut tx = self.app.begin().await?;
        // Locked: no registration takes a place between the count and the change.
        let sessions = store::lock_sessions_to_come(&mut tx, a.id, at).await?;
        let most_taken = sessions.iter().map(|s| s.registered).max().unwrap_or(0);
        let asked = Changes {
            title,
            description,
            place: input.place.clone(),
            link,
            capacity,
            languages,
        };
        let changes = match check_changes(&asked, u32::try_from(most_taken).unwrap_or(u32::MAX)) {
            Ok(changes) => changes,
            Err(problems) => {
                for p in problems {
                    let (field, message) = problem_field(p);
                    add_once(&mut errors, field, message);
                }
                return Ok(Err(errors));
            }
        };
        let versions: Vec<(&str, &str, &str)> = changes
            .title
            .languages()
            .into_iter()
            .map(|l| {
                (
                    l.code(),
                    changes.title.get(l).unwrap_or_default(),
                    changes.description.get(l).unwrap_or_default(),
                )
            })
            .collect();
        let codes: Vec<&str> = changes.languages.iter().map(|l| l.code()).collect();
        store::change(
            &mut tx,
            self.commune.id,
            a.id,
            &store::Changed {
                versions: &versions,
                place: changes.place.as_deref(),
                link: changes.link.as_deref(),
                capacity: i64::from(changes.capacity),
                languages: &codes,
            },
        )
        .await?;
        // What the e-mails below say: the activity as it now is.
        let changed = Activity {
            place: changes.place.clone(),
            link: changes.link.clone(),
            capacity: i64::from(changes.capacity),
            languages: codes.iter().map(|c| c.to_string()).collect(),
            versions: versions
                .iter()
                .map(|(language, title, description)| store::Version {
                    activity_id: a.id,
                    language: language.to_string(),
                    title: title.to_string(),
                    description: description.to_string(),
                })
                .collect(),
            ..a.clone()
        };
        if !cafe {
            for s in &sessions {
                let places = Places {
                    capacity: changes.capacity,
                    registered: u32::try_from(s.registered).unwrap_or(u32::MAX),
                    waiting: u32::try_from(s.waiting).unwrap_or(u32::MAX),
                    starts_at: s.starts_at,
                    cancelled: s.cancelled_at.is_some(),
                };
                let up =
                    store::move_up(&mut tx, s.id, i64::from(moves_up(&places, at)), at).await?;
                for person in &up {
                    let key = "mail-activity-moved-up";
                    tell(
                        &mut tx,
                        self.app,
                        self.commune,
                        &changed,
                        s.starts_at,
                        person,
                        key,
                    )
                    .await?;
                }
            }
        }
        let moved = changes.place != a.place || changes.link != a.link;
        if moved {
            // Told once each, with the first session of theirs still to come.
            let mut told = std::collections::BTreeSet::new();
            for s in &sessions {
                for person in store::people_of_session(&mut tx, s.id).await? {
                    if told.insert(person.user_id) {
                        tell_moved(
                            &mut tx,
                            self.app,
                            self.commune,
                            &changed,
                            s.starts_at,
                            &person,
                        )
                        .await?;
                    }
                }
            }
        }
        gemeng_db::audit::record(
            &mut tx,
            Some(self.commune.id),
            Some(self.account.id),
            "activity-changed",
            Some(a.id),
            &format!(
                "{} places (was {}){}",
                changes.capacity,
                a.capacity,
                if moved { ", new place or link" } else { "" }
            ),
            at,
        )
        .await?;
        self.app.commit(tx).await?;
        Ok(Ok(()))
    }
}

/// The changes an organiser may make in a day: enough to correct and correct again.
pub const CHANGES_PER_DAY: i64 = 100;

/// The titles and descriptions of `versions`, by language (an unknown language is
/// a problem at `versions`).
fn wordings_of(
    versions: &BTreeMap<String, ActivityVersionIn>,
    errors: &mut FieldErrors,
) -> (Wording, Wording) {
    let mut title = Wording::default();
    let mut description = Wording::default();
    for (code, version) in versions {
        let Some(language) = Language::ALL.into_iter().find(|l| l.code() == code) else {
            add_once(errors, "versions", "activity-error-language-unknown");
            continue;
        };
        if !version.title.trim().is_empty() {
            title = title.with(language, version.title.clone());
        }
        if !version.description.trim().is_empty() {
            description = description.with(language, version.description.clone());
        }
    }
    (title, description)
}

/// Tells `to` that the activity is now held elsewhere (a new place or link), in
/// their language, with where it is now.
async fn tell_moved(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    a: &Activity,
    starts_at: i64,
    to: &Recipient,
) -> AppResult<()> {
    let place = [a.place.as_deref(), a.link.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n");
    let key = "mail-activity-moved";
    tell_with(
        tx,
        app,
        commune,
        a,
        starts_at,
        to,
        key,
        &[("where", &place)],
    )
    .await
}

/// What the e-mails of an activity say: its title in the reader's language, the
/// session's time, the activity's address.
pub(crate) async fn tell(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    a: &Activity,
    starts_at: i64,
    to: &Recipient,
    key: &str,
) -> AppResult<()> {
    tell_with(tx, app, commune, a, starts_at, to, key, &[]).await
}

/// [`tell`], with `more` arguments for the message beside the title, time and link.
#[allow(clippy::too_many_arguments)]
async fn tell_with(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    a: &Activity,
    starts_at: i64,
    to: &Recipient,
    key: &str,
    more: &[(&str, &str)],
) -> AppResult<()> {
    let language = Language::from_code(&to.language).unwrap_or(Language::En);
    let title = version_in(a, language, commune)
        .map(|v| v.title.clone())
        .unwrap_or_default();
    let link = format!(
        "{}/c/{}/activities/{}",
        app.config.public_base(),
        commune.slug,
        a.id
    );
    let when = format_local(starts_at);
    let mut args = vec![
        ("title", title.as_str()),
        ("when", when.as_str()),
        ("link", link.as_str()),
    ];
    args.extend_from_slice(more);
    crate::mail::queue(tx, Some(commune.id), &to.email, language, key, &args).await
}

/// Why a place (or a seat at a café's table) is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Place(RegistrationRefusal),
    Seat(SeatRefusal),
    /// A café's learner chose no language (or one the café has no table of).
    ChooseLanguage,
}

/// The language of a stored code; codes are checked by the schema.
fn language_of(code: &str) -> Language {
    Language::from_code(code).unwrap_or(Language::En)
}

/// Decides and writes `account`'s place (or wait) in session `session_id` of `a`,
/// inside `tx`, the session's row locked first: the place and the session's start.
/// A café seats a learner at the least-filled table of `language` (their level from
/// their language profile) or puts them on that language's waiting list; a
/// conversation table admits the levels of its range.
async fn take_place(
    tx: &mut Tx,
    a: &Activity,
    session_id: i64,
    account: &Account,
    choice: (Option<Language>, bool),
    at: i64,
) -> AppResult<Result<(Registration, i64), Refusal>> {
    let (language, accepts_waiting_list) = choice;
    let session = store::lock_session(tx, a.id, session_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let standing = match store::standing(tx, session.id, account.id)
        .await?
        .as_deref()
    {
        Some("registered") => Standing::Registered,
        Some(_) => Standing::Waitlisted,
        None => Standing::Nowhere,
    };
    let places = Places {
        capacity: u32::try_from(session.capacity).unwrap_or(0),
        registered: u32::try_from(session.registered).unwrap_or(u32::MAX),
        waiting: u32::try_from(session.waiting).unwrap_or(u32::MAX),
        starts_at: session.starts_at,
        cancelled: session.cancelled_at.is_some(),
    };
    if a.kind == kind_code(ActivityKind::LanguageCafe) {
        // The session's own refusals first (cancelled, started, there already): the
        // places themselves are the tables'.
        let open = Places {
            capacity: u32::MAX,
            ..places
        };
        if let Err(refusal) = decide_registration(&open, standing, true, at) {
            return Ok(Err(Refusal::Place(refusal)));
        }
        let Some(language) = language else {
            return Ok(Err(Refusal::ChooseLanguage));
        };
        let seated = store::seated(tx, a.id, session.id).await?;
        let tables: Vec<CafeTable> = seated
            .iter()
            .map(|(t, n)| CafeTable {
                language: language_of(&t.language),
                host_level: Level::parse(&t.host_level).unwrap_or(Level::Native),
                seats: u32::try_from(t.seats).unwrap_or(0),
                seated: u32::try_from(*n).unwrap_or(u32::MAX),
            })
            .collect();
        let level = store::profile_level(tx, account.id, language.code())
            .await?
            .and_then(|l| Level::parse(&l).ok());
        // First come, first served: nobody takes a seat while others wait for one.
        let waiting = store::waiting_for(tx, session.id, language.code()).await?;
        let seat = match assign_table(&tables, language, level) {
            Ok(_) if waiting > 0 => Err(SeatRefusal::TablesFull),
            other => other,
        };
        let (outcome, seat) = match seat {
            Ok(i) => (Registration::Registered, Seat::AtTable(seated[i].0.id)),
            Err(SeatRefusal::TablesFull) if accepts_waiting_list => (
                Registration::Waitlisted {
                    position: u32::try_from(waiting + 1).unwrap_or(u32::MAX),
                },
                Seat::WaitingFor(language.code()),
            ),
            Err(refusal) => return Ok(Err(Refusal::Seat(refusal))),
        };
        if !store::add_registration(tx, session.id, account.id, seat, at).await? {
            return Ok(Err(Refusal::Place(RegistrationRefusal::AlreadyRegistered)));
        }
        return Ok(Ok((outcome, session.starts_at)));
    }
    let outcome = match decide_registration(&places, standing, accepts_waiting_list, at) {
        Ok(outcome) => outcome,
        Err(refusal) => return Ok(Err(Refusal::Place(refusal))),
    };
    if let Some((code, lowest, highest)) = &a.conversation {
        let table = ConversationTable {
            language: language_of(code),
            lowest: Level::parse(lowest).unwrap_or(Level::A1),
            highest: Level::parse(highest).unwrap_or(Level::B2),
        };
        let level = store::profile_level(tx, account.id, code)
            .await?
            .and_then(|l| Level::parse(&l).ok());
        if let Err(refusal) = table.admit(level) {
            return Ok(Err(Refusal::Seat(refusal)));
        }
    }
    let seat = match outcome {
        Registration::Registered => Seat::Place,
        Registration::Waitlisted { .. } => Seat::Waiting,
    };
    if !store::add_registration(tx, session.id, account.id, seat, at).await? {
        return Ok(Err(Refusal::Place(RegistrationRefusal::AlreadyRegistered)));
    }
    Ok(Ok((outcome, session.starts_at)))
}

fn recipient(account: &Account) -> Recipient {
    Recipient {
        user_id: account.id,
        email: account.email.clone(),
        language: account.language.clone(),
    }
}

/// `account` asks for a place in session `session_id` of activity `activity_id`
/// (or a place on its waiting list, if they accept one); at a café, a seat at a table
/// of `language`.
pub async fn register(
    app: &App,
    commune: &Commune,
    account: &Account,
    activity_id: i64,
    session_id: i64,
    choice: (Option<Language>, bool),
) -> AppResult<Result<Registration, Refusal>> {
    let a = registering(app, commune, account, activity_id).await?;
    let at = now();
    let mut tx = app.begin().await?;
    let (outcome, starts_at) =
        match take_place(&mut tx, &a, session_id, account, choice, at).await? {
            Ok(taken) => taken,
            Err(refusal) => return Ok(Err(refusal)),
        };
    let key = match outcome {
        Registration::Registered => "mail-activity-registered",
        Registration::Waitlisted { .. } => "mail-activity-waitlisted",
    };
    tell(
        &mut tx,
        app,
        commune,
        &a,
        starts_at,
        &recipient(account),
        key,
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(outcome))
}

/// The activity `account` asks a place in (or gives one up), if they may see it,
/// counted against their registrations of the hour.
async fn registering(
    app: &App,
    commune: &Commune,
    account: &Account,
    activity_id: i64,
) -> AppResult<Activity> {
    let (viewer, _) = viewer_of(Some(account), commune);
    let a = visible(app, commune, viewer, activity_id).await?;
    rate_limit(
        app,
        &format!("activity-registrations:{}", account.id),
        3_600,
        REGISTRATIONS_PER_HOUR,
    )
    .await?;
    Ok(a)
}

/// What asking for the whole series gave, session by session.
pub type SeriesOutcome = Vec<(i64, Result<Registration, Refusal>)>;

/// `account` asks for a place in every session of activity `activity_id` that has not
/// started and is not cancelled (or a place on the waiting lists of the full ones, if
/// they accept that), in one transaction: the sessions' rows are locked one after the
/// other in the order of time, as every registration locks them, so two such requests
/// never wait on each other. One e-mail tells what they got.
pub async fn register_series(
    app: &App,
    commune: &Commune,
    account: &Account,
    activity_id: i64,
    choice: (Option<Language>, bool),
) -> AppResult<SeriesOutcome> {
    let a = registering(app, commune, account, activity_id).await?;
    let at = now();
    let sessions: Vec<store::Session> = store::sessions(&app.db, a.id)
        .await?
        .into_iter()
        .filter(|s| s.starts_at > at && s.cancelled_at.is_none())
        .collect();
    let mut tx = app.begin().await?;
    let mut outcomes = Vec::new();
    let (mut places, mut waits, mut first) = (0, 0, None);
    for s in &sessions {
        let outcome = take_place(&mut tx, &a, s.id, account, choice, at).await?;
        match outcome {
            Ok((Registration::Registered, starts)) => {
                places += 1;
                first = first.or(Some(starts));
            }
            Ok((Registration::Waitlisted { .. }, starts)) => {
                waits += 1;
                first = first.or(Some(starts));
            }
            Err(_) => {}
        }
        outcomes.push((s.id, outcome.map(|(o, _)| o)));
    }
    if let Some(first) = first {
        let language = Language::from_code(&account.language).unwrap_or(Language::En);
        let title = version_in(&a, language, commune)
            .map(|v| v.title.clone())
            .unwrap_or_default();
        let link = format!(
            "{}/c/{}/activities/{}",
            app.config.public_base(),
            commune.slug,
            a.id
        );
        crate::mail::queue(
            &mut tx,
            Some(commune.id),
            &account.email,
            language,
            "mail-activity-series",
            &[
                ("title", &title),
                ("when", &format_local(first)),
                ("places", &places.to_string()),
                ("waits", &waits.to_string()),
                ("link", &link),
            ],
        )
        .await?;
        app.commit(tx).await?;
    }
    Ok(outcomes)
}

/// `account` withdraws from session `session_id` (a place or the waiting list); the
/// first on the waiting list move up to the freed place and are told. Whether they
/// were registered or waiting at all.
pub async fn withdraw(
    app: &App,
    commune: &Commune,
    account: &Account,
    activity_id: i64,
    session_id: i64,
) -> AppResult<bool> {
    let a = registering(app, commune, account, activity_id).await?;
    let mut tx = app.begin().await?;
    let left = leave_session(&mut tx, app, commune, &a, session_id, account.id, now())
        .await?
        .ok_or(AppError::NotFound)?;
    app.commit(tx).await?;
    Ok(left)
}

/// Takes `person`'s seat or place in line in session `session_id` of `a` away and
/// hands a freed seat on at once: to the first person waiting (at a café, the first
/// waiting for that table's language), who is told by e-mail. `None` if `a` has no
/// such session; `Some(false)` if the person held nothing in it.
async fn leave_session(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    a: &Activity,
    session_id: i64,
    person: i64,
    at: i64,
) -> AppResult<Option<bool>> {
    let Some(session) = store::lock_session(tx, a.id, session_id).await? else {
        return Ok(None);
    };
    let Some((status, table)) = store::remove_seat(tx, session.id, person).await? else {
        return Ok(Some(false));
    };
    if a.kind == kind_code(ActivityKind::LanguageCafe) {
        // A freed seat goes to the first learner waiting for its table's language,
        // at the least-filled table of that language (the freed one, or one as empty).
        let open = session.cancelled_at.is_none() && at < session.starts_at;
        if let (true, "registered", Some(table)) = (open, status.as_str(), table) {
            let seated = store::seated(tx, a.id, session.id).await?;
            if let Some((freed, _)) = seated.iter().find(|(t, _)| t.id == table) {
                let language = language_of(&freed.language);
                let tables: Vec<CafeTable> = seated
                    .iter()
                    .map(|(t, n)| CafeTable {
                        language: language_of(&t.language),
                        host_level: Level::Native,
                        seats: u32::try_from(t.seats).unwrap_or(0),
                        seated: u32::try_from(*n).unwrap_or(u32::MAX),
                    })
                    .collect();
                // The learner's level was checked when they joined the waiting list.
                if let Ok(i) = assign_table(&tables, language, Some(Level::A1)) {
                    let to = seated[i].0.id;
                    if let Some(moved) =
                        store::move_up_to_table(tx, session.id, language.code(), to, at).await?
                    {
                        let key = "mail-activity-moved-up";
                        tell(tx, app, commune, a, session.starts_at, &moved, key).await?;
                    }
                }
            }
        }
        return Ok(Some(true));
    }
    let after = store::lock_session(tx, a.id, session.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let places = Places {
        capacity: u32::try_from(after.capacity).unwrap_or(0),
        registered: u32::try_from(after.registered).unwrap_or(u32::MAX),
        waiting: u32::try_from(after.waiting).unwrap_or(u32::MAX),
        starts_at: after.starts_at,
        cancelled: after.cancelled_at.is_some(),
    };
    let up = store::move_up(tx, session.id, i64::from(moves_up(&places, at)), at).await?;
    for moved in &up {
        let key = "mail-activity-moved-up";
        tell(tx, app, commune, a, session.starts_at, moved, key).await?;
    }
    Ok(Some(true))
}

/// An account about to be erased gives up its seats in sessions still to come, each
/// handed on at once as if they had withdrawn (the erasure then deletes the rest).
/// Runs in the erasure's transaction: both happen, or neither.
pub async fn hand_on_seats(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    person: i64,
    at: i64,
) -> AppResult<()> {
    for (activity_id, session_id) in store::upcoming_seats(tx, person, at).await? {
        if let Some(a) = store::get(&app.db, commune.id, activity_id).await? {
            leave_session(tx, app, commune, &a, session_id, person, at).await?;
        }
    }
    Ok(())
}

/// The organiser (or staff) cancels session `session_id`: everyone registered or
/// waiting is told. Cancelling it again is done already, not an error.
pub async fn cancel_session(
    app: &App,
    commune: &Commune,
    account: &Account,
    activity_id: i64,
    session_id: i64,
) -> AppResult<()> {
    let (viewer, _) = viewer_of(Some(account), commune);
    let a = managed(app, commune, viewer, activity_id).await?;
    let at = now();
    let mut tx = app.begin().await?;
    let session = store::lock_session(&mut tx, a.id, session_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if session.starts_at <= at {
        return Err(AppError::Conflict("activity-error-session-started"));
    }
    if store::cancel_session(&mut tx, a.id, session.id, at).await? {
        for person in store::people_of_session(&mut tx, session.id).await? {
            tell(
                &mut tx,
                app,
                commune,
                &a,
                session.starts_at,
                &person,
                "mail-activity-session-cancelled",
            )
            .await?;
        }
        gemeng_db::audit::record(
            &mut tx,
            Some(commune.id),
            Some(account.id),
            "activity-session-cancelled",
            Some(a.id),
            &format!("session {}", session.id),
            at,
        )
        .await?;
        app.commit(tx).await?;
    }
    Ok(())
}

/// The organiser (or staff) cancels every session of activity `activity_id` still to
/// come, at once: everyone registered or waiting is told once (with the first of their
/// sessions). How many sessions were cancelled; none left to cancel is not an error.
pub async fn cancel_activity(
    app: &App,
    commune: &Commune,
    account: &Account,
    activity_id: i64,
) -> AppResult<usize> {
    let (viewer, _) = viewer_of(Some(account), commune);
    let a = managed(app, commune, viewer, activity_id).await?;
    let at = now();
    let mut tx = app.begin().await?;
    let sessions = store::lock_sessions_to_come(&mut tx, a.id, at).await?;
    let mut told = std::collections::BTreeSet::new();
    let mut cancelled = 0;
    for s in &sessions {
        if !store::cancel_session(&mut tx, a.id, s.id, at).await? {
            continue;
        }
        cancelled += 1;
        for person in store::people_of_session(&mut tx, s.id).await? {
            if told.insert(person.user_id) {
                let key = "mail-activity-cancelled";
                tell(&mut tx, app, commune, &a, s.starts_at, &person, key).await?;
            }
        }
    }
    if cancelled > 0 {
        gemeng_db::audit::record(
            &mut tx,
            Some(commune.id),
            Some(account.id),
            "activity-cancelled",
            Some(a.id),
            &format!("{cancelled} session(s), {} people told", told.len()),
            at,
        )
        .await?;
        app.commit(tx).await?;
    }
    Ok(cancelled)
}

/// The organiser (or staff) records who came to session `session_id` (it must have
/// started): the registered people in `came` did, the others did not.
pub async fn mark_attendance(
    app: &App,
    commune: &Commune,
    account: &Account,
    activity_id: i64,
    session_id: i64,
    came: &[i64],
) -> AppResult<()> {
    let (viewer, _) = viewer_of(Some(account), commune);
    let a = managed(app, commune, viewer, activity_id).await?;
    let at = now();
    let mut tx = app.begin().await?;
    let session = store::lock_session(&mut tx, a.id, session_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if session.starts_at > at {
        return Err(AppError::Conflict("activity-error-attendance-early"));
    }
    let marked = store::mark_attendance(&mut tx, session.id, came).await?;
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(account.id),
        "activity-attendance-marked",
        Some(a.id),
        &format!("session {}, {} of {marked} came", session.id, came.len()),
        at,
    )
    .await?;
    app.commit(tx).await
}

/// The Fluent key saying why a place was refused.
pub fn refusal_key(refusal: Refusal) -> &'static str {
    match refusal {
        Refusal::Place(RegistrationRefusal::Cancelled) => "activity-refused-cancelled",
        Refusal::Place(RegistrationRefusal::Started) => "activity-refused-started",
        Refusal::Place(RegistrationRefusal::AlreadyRegistered) => {
            "activity-refused-already-registered"
        }
        Refusal::Place(RegistrationRefusal::AlreadyWaitlisted) => {
            "activity-refused-already-waitlisted"
        }
        Refusal::Place(RegistrationRefusal::Full) => "activity-refused-full",
        Refusal::Seat(SeatRefusal::TablesFull) => "activity-refused-tables-full",
        Refusal::Seat(SeatRefusal::NoLevel) => "activity-refused-no-level",
        Refusal::Seat(SeatRefusal::NothingToLearn) => "activity-refused-nothing-to-learn",
        Refusal::Seat(SeatRefusal::BelowLevel { .. }) => "activity-refused-below-level",
        Refusal::Seat(SeatRefusal::AboveLevel { .. }) => "activity-refused-above-level",
        Refusal::Seat(SeatRefusal::NoTableForLanguage) | Refusal::ChooseLanguage => {
            "activity-refused-choose-language"
        }
    }
}

/// Whether a refusal is about the place (a conflict with the session's state: full,
/// cancelled, there already) rather than about the learner's choice or level.
pub fn refusal_is_conflict(refusal: Refusal) -> bool {
    matches!(
        refusal,
        Refusal::Place(_) | Refusal::Seat(SeatRefusal::TablesFull)
    )
}

/// The local date and time of an instant, as the core's calendar sees it (for the
/// form's defaults): `(YYYY-MM-DD, HH:MM)`.
pub fn local_parts(at: i64) -> (String, String) {
    let local = at + LuxembourgClock.offset_at(at);
    let date = LocalDate::from_days_since_epoch(local.div_euclid(86_400));
    let seconds = local.rem_euclid(86_400);
    (
        format!("{:04}-{:02}-{:02}", date.year, date.month, date.day),
        format!("{:02}:{:02}", seconds / 3_600, (seconds % 3_600) / 60),
    )
}

/// Messages an organiser sends to their registrants in a day.
pub const MESSAGES_PER_DAY: i64 = 20;
/// The longest message to registrants, in characters.
pub const MESSAGE_MAX: usize = 2_000;

/// The organiser (or staff) writes to everyone registered or waiting for session
/// `session` of activity `activity_id`, or for any of its sessions: one e-mail each,
/// in their language around the organiser's words. How many were written to, or the
/// text's problem (nothing sent then).
pub async fn message_registrants(
    app: &App,
    commune: &Commune,
    account: &Account,
    activity_id: i64,
    session: Option<i64>,
    text: &str,
) -> AppResult<Result<usize, FieldErrors>> {
    let (viewer, _) = viewer_of(Some(account), commune);
    let a = managed(app, commune, viewer, activity_id).await?;
    let text = gemeng_core::posts::clean_text(text);
    if !gemeng_core::validation::has_visible_character(&text) {
        return Ok(Err(FieldErrors::single(
            "text",
            "activity-error-message-empty",
        )));
    }
    if text.chars().count() > MESSAGE_MAX {
        return Ok(Err(FieldErrors::single(
            "text",
            "activity-error-message-long",
        )));
    }
    let sessions: Vec<i64> = match session {
        Some(id) => vec![id],
        None => store::sessions(&app.db, a.id)
            .await?
            .iter()
            .map(|s| s.id)
            .collect(),
    };
    rate_limit(
        app,
        &format!("activity-messages:{}", account.id),
        86_400,
        MESSAGES_PER_DAY,
    )
    .await?;
    let at = now();
    let mut tx = app.begin().await?;
    let mut told: Vec<i64> = Vec::new();
    for id in sessions {
        let s = store::lock_session(&mut tx, a.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        for person in store::people_of_session(&mut tx, s.id).await? {
            if told.contains(&person.user_id) {
                continue;
            }
            told.push(person.user_id);
            let language = Language::from_code(&person.language).unwrap_or(Language::En);
            let title = version_in(&a, language, commune)
                .map(|v| v.title.clone())
                .unwrap_or_default();
            let link = format!(
                "{}/c/{}/activities/{}",
                app.config.public_base(),
                commune.slug,
                a.id
            );
            crate::mail::queue(
                &mut tx,
                Some(commune.id),
                &person.email,
                language,
                "mail-activity-message",
                &[("title", &title), ("text", &text), ("link", &link)],
            )
            .await?;
        }
    }
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(account.id),
        "activity-message-sent",
        Some(a.id),
        &format!("{} recipient(s), session {session:?}", told.len()),
        at,
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(told.len()))
}
