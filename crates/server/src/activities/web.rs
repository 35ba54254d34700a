//! The pages of activities: the commune's list (what the visitor may see), an
//! activity with its sessions and the buttons to take a place, wait or withdraw, the
//! organiser's form (one date or a weekly series) and list of registrants, and one's
//! own activities with the secret address of their calendar.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::activities::{
    OrganiserKind, Registration, DESCRIPTION_MAX, TABLES_MAX, TITLE_MAX,
};
use gemeng_core::language::Language;
use gemeng_core::language_practice::Level;
use gemeng_core::permissions::{allows, Action};
use gemeng_core::validation::FieldErrors;
use gemeng_db::activities::{self as store, Activity, Session};
use serde::Deserialize;

use super::{
    cursor_text, kind_code, page_for, parse_cursor, refusal_key, version_in, viewer_of, visible,
    ActivityChangeInput, ActivityInput, ActivityVersionIn, CafeTableIn, ConversationTableIn,
    WeeklySeriesIn, KINDS,
};
use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::clock::format_local;
use crate::http::components::VersionFields;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::http::text::{excerpt, rich_text};
use crate::http::web::{bounded, render, render_invalid, see_other, NoFields, Visit};
use crate::neighbourhood::posts::new_request_key;

const EXCERPT: usize = 200;

fn base(visit: &Visit) -> String {
    format!("/c/{}/activities", visit.commune.slug)
}

/// An activity as a page shows it, in the version chosen for its reader.
pub struct Shown {
    pub id: i64,
    pub language: String,
    pub title: String,
    pub excerpt: String,
    pub description_html: String,
    pub kind: String,
    pub audience: String,
    pub when: String,
    pub place: Option<String>,
    pub link: Option<String>,
    pub languages: String,
    pub capacity: i64,
    /// A conversation table's levels, "A2–B1".
    pub levels: Option<String>,
    pub cafe: bool,
}

/// A level as the pages write it: its name in the reader's language.
fn level_name(tr: &Tr, code: &str) -> String {
    tr.t(&format!("profile-level-{code}"))
}

fn shown(a: &Activity, visit: &Visit, tr: &Tr) -> Shown {
    let version = version_in(a, visit.language(), &visit.commune);
    let (language, title, description) = version
        .map(|v| (v.language.clone(), v.title.clone(), v.description.clone()))
        .unwrap_or_default();
    Shown {
        id: a.id,
        language,
        title,
        excerpt: excerpt(&description, EXCERPT),
        description_html: rich_text(&description),
        kind: tr.t(&format!("activity-kind-{}", a.kind.replace('_', "-"))),
        audience: tr.t(&format!("activity-audience-{}", a.audience)),
        when: if a.first_starts_at == a.last_ends_at {
            format_local(a.first_starts_at)
        } else {
            tr.t_args(
                "activity-from-to",
                &[
                    ("from", &format_local(a.first_starts_at)),
                    ("to", &format_local(a.last_ends_at)),
                ],
            )
        },
        place: a.place.clone(),
        link: a.link.clone(),
        languages: a
            .languages
            .iter()
            .filter_map(|c| Language::from_code(c))
            .map(|l| Tr::new(l).t("language-name"))
            .collect::<Vec<_>>()
            .join(", "),
        capacity: a.capacity,
        levels: a.conversation.as_ref().map(|(language, lowest, highest)| {
            tr.t_args(
                "activity-levels",
                &[
                    ("language", &language_name(tr, language)),
                    ("lowest", &lowest.to_uppercase()),
                    ("highest", &highest.to_uppercase()),
                ],
            )
        }),
        cafe: a.kind == "language_cafe",
    }
}

/// A language's name in the reader's language.
fn language_name(tr: &Tr, code: &str) -> String {
    tr.t(&format!("profile-language-{code}"))
}

#[derive(Template)]
#[template(path = "activities/list.html")]
struct ListPage {
    page: Page,
    base: String,
    items: Vec<Shown>,
    organises: bool,
    joins: bool,
    proposes: bool,
    first_page: Option<String>,
    next: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    after: String,
}

/// `/c/{commune}/activities`: the activities the visitor may see, the soonest first.
pub async fn list(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let after = match query.after.as_str() {
        "" => None,
        given => Some(parse_cursor(given).ok_or(AppError::BadRequest("feed-error-cursor"))?),
    };
    let (_, scope) = viewer_of(visit.viewer.as_ref(), &visit.commune);
    let (list, next) = page_for(&app, &visit.commune, scope, after).await?;
    let page = visit.page("activities-title").await?;
    let items = list.iter().map(|a| shown(a, &visit, &page.tr)).collect();
    let base = base(&visit);
    let may = |action| {
        visit
            .viewer
            .as_ref()
            .is_some_and(|v| allows(&v.actor(), visit.commune.id, action))
    };
    render(&ListPage {
        first_page: after.map(|_| base.clone()),
        next: next.map(|c| format!("{base}?after={}", cursor_text(c))),
        organises: may(Action::OrganiseActivities),
        joins: may(Action::JoinActivities),
        proposes: may(Action::ProposeTandems),
        base,
        items,
        page,
    })
}

/// A session as the activity's page shows it.
pub struct SessionRow {
    pub id: i64,
    pub when: String,
    pub until: String,
    pub cancelled: bool,
    pub started: bool,
    pub free: i64,
    pub waiting: i64,
    /// `registered`, `waiting` or empty.
    pub standing: String,
    pub position: i64,
    /// A café's tables in this session.
    pub tables: Vec<TableRow>,
    /// A café's waiting lists, those not empty: "Waiting list for Luxembourgish: 2".
    pub waits: Vec<String>,
}

/// A café's table as a session shows it.
pub struct TableRow {
    pub id: i64,
    pub code: String,
    pub language: String,
    pub host: String,
    pub level: String,
    pub seats: i64,
    pub free: i64,
    /// "Luxembourgish: Marie (Native language), 2 seats free".
    pub line: String,
}

/// A café's tables and, per session, how many sit at each and wait for each language.
#[derive(Default)]
pub struct Cafe {
    pub tables: Vec<store::Table>,
    pub seated: Vec<(i64, i64, i64)>,
    pub waiting: Vec<(i64, String, i64)>,
}

impl Cafe {
    pub async fn load(app: &App, a: &Activity) -> AppResult<Cafe> {
        if a.kind != "language_cafe" {
            return Ok(Cafe::default());
        }
        let tables = store::tables(&app.db, a.id).await?;
        let (seated, waiting) = store::table_counts(&app.db, a.id).await?;
        Ok(Cafe {
            tables,
            seated,
            waiting,
        })
    }

    /// The café's languages, each once, in the order of its tables: (code, name).
    pub fn languages(&self, tr: &Tr) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for t in &self.tables {
            if !out.iter().any(|(c, _)| *c == t.language) {
                out.push((t.language.clone(), language_name(tr, &t.language)));
            }
        }
        out
    }
}

fn session_rows(
    sessions: &[Session],
    capacity: i64,
    standings: &std::collections::BTreeMap<i64, (String, i64)>,
    cafe: &Cafe,
    tr: &Tr,
) -> Vec<SessionRow> {
    let at = now();
    sessions
        .iter()
        .map(|s| {
            let (standing, position) = standings.get(&s.id).cloned().unwrap_or_default();
            let tables: Vec<TableRow> = cafe
                .tables
                .iter()
                .map(|t| {
                    let seated = cafe
                        .seated
                        .iter()
                        .find(|(session, table, _)| *session == s.id && *table == t.id)
                        .map_or(0, |c| c.2);
                    let free = (t.seats - seated).max(0);
                    TableRow {
                        line: tr.t_args(
                            "activity-table-line",
                            &[
                                ("language", &language_name(tr, &t.language)),
                                ("host", &t.host_name),
                                ("level", &level_name(tr, &t.host_level)),
                                ("free", &tr.tn("activity-table-free", "count", free)),
                            ],
                        ),
                        id: t.id,
                        code: t.language.clone(),
                        language: language_name(tr, &t.language),
                        host: t.host_name.clone(),
                        level: level_name(tr, &t.host_level),
                        seats: t.seats,
                        free: (t.seats - seated).max(0),
                    }
                })
                .collect();
            let waits = cafe
                .languages(tr)
                .into_iter()
                .filter_map(|(code, name)| {
                    cafe.waiting
                        .iter()
                        .find(|(session, language, _)| *session == s.id && *language == code)
                        .map(|w| {
                            tr.t_args(
                                "activity-language-waiting",
                                &[("language", &name), ("count", &w.2.to_string())],
                            )
                        })
                })
                .collect();
            // A café's waiting lists are per language: they take no seat of another.
            let waiting_counted = if cafe.tables.is_empty() { s.waiting } else { 0 };
            SessionRow {
                tables,
                waits,
                id: s.id,
                when: format_local(s.starts_at),
                until: format_local(s.ends_at)
                    .rsplit(' ')
                    .next()
                    .unwrap_or_default()
                    .to_string(),
                cancelled: s.cancelled_at.is_some(),
                started: s.starts_at <= at,
                // Nobody overtakes the waiting list: a place is free only when more
                // places exist than people holding or waiting for one.
                free: (capacity - s.registered - waiting_counted).max(0),
                waiting: s.waiting,
                standing,
                position,
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "activities/show.html")]
struct ShowPage {
    page: Page,
    base: String,
    item: Shown,
    sessions: Vec<SessionRow>,
    signed_in: bool,
    joins: bool,
    manages: bool,
    /// Sessions still to come that the visitor holds nothing in: more than one offers
    /// the whole series at once.
    series_open: bool,
    notice: Option<String>,
    /// Whether the notice tells of success (else of a refusal).
    success: bool,
    /// The refusal asks for a level in the language profile: link to it.
    profile_link: bool,
    /// A café's languages to choose a table in: (code, name).
    cafe_languages: Vec<(String, String)>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    done: String,
}

/// What a finished action says on the activity's page: (banner kind, message).
const NOTICES: &[(&str, &str, &str)] = &[
    ("registered", "success", "activity-notice-registered"),
    ("waitlisted", "success", "activity-notice-waitlisted"),
    ("withdrawn", "success", "activity-notice-withdrawn"),
    ("series", "success", "activity-notice-series"),
    ("created", "success", "activity-notice-created"),
    ("changed", "success", "activity-notice-changed"),
    ("cancelled", "success", "activity-notice-session-cancelled"),
    ("attendance", "success", "activity-notice-attendance"),
    (
        "activity-refused-cancelled",
        "important",
        "activity-refused-cancelled",
    ),
    (
        "activity-refused-started",
        "important",
        "activity-refused-started",
    ),
    (
        "activity-refused-already-registered",
        "important",
        "activity-refused-already-registered",
    ),
    (
        "activity-refused-already-waitlisted",
        "important",
        "activity-refused-already-waitlisted",
    ),
    (
        "activity-refused-full",
        "important",
        "activity-refused-full",
    ),
    (
        "activity-refused-tables-full",
        "important",
        "activity-refused-tables-full",
    ),
    (
        "activity-refused-no-level",
        "important",
        "activity-refused-no-level",
    ),
    (
        "activity-refused-nothing-to-learn",
        "important",
        "activity-refused-nothing-to-learn",
    ),
    (
        "activity-refused-below-level",
        "important",
        "activity-refused-below-level",
    ),
    (
        "activity-refused-above-level",
        "important",
        "activity-refused-above-level",
    ),
    (
        "activity-refused-choose-language",
        "important",
        "activity-refused-choose-language",
    ),
];

fn notice_of(done: &str) -> Option<(&'static str, &'static str)> {
    NOTICES.iter().find(|n| n.0 == done).map(|n| (n.1, n.2))
}

/// `/c/{commune}/activities/{activity}`: an activity and its sessions, with the
/// visitor's place in each and what they may do.
pub async fn show(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<ShowQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let (viewer, _) = viewer_of(visit.viewer.as_ref(), &visit.commune);
    let a = visible(&app, &visit.commune, viewer, id).await?;
    let sessions = store::sessions(&app.db, a.id).await?;
    let standings = match &visit.viewer {
        Some(account) => store::standings(&app.db, a.id, account.id).await?,
        None => Default::default(),
    };
    let mut page = visit.page("activities-title").await?;
    let mut item = shown(&a, &visit, &page.tr);
    page.title = item.title.clone();
    let manages = gemeng_core::activities::may_manage(viewer, &super::reach_of(&a));
    if !manages {
        item.link = crate::events::workshops::link_for(&app, &a, visit.viewer.as_ref()).await?;
    }
    let joins = visit
        .viewer
        .as_ref()
        .is_some_and(|v| allows(&v.actor(), visit.commune.id, Action::JoinActivities));
    let cafe = Cafe::load(&app, &a).await?;
    let sessions = session_rows(&sessions, a.capacity, &standings, &cafe, &page.tr);
    let open = sessions
        .iter()
        .filter(|s| !s.cancelled && !s.started && s.standing.is_empty())
        .count();
    render(&ShowPage {
        base: base(&visit),
        series_open: open > 1,
        cafe_languages: cafe.languages(&page.tr),
        profile_link: query.done == "activity-refused-no-level",
        sessions,
        signed_in: visit.viewer.is_some(),
        joins,
        manages,
        notice: notice_of(&query.done).map(|n| page.t(n.1)),
        success: notice_of(&query.done).is_some_and(|n| n.0 == "success"),
        item,
        page,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegisterForm {
    /// `yes` when the person accepts a place on the waiting list.
    waiting_list: String,
    /// At a café: the language of the table asked for.
    language: String,
}

/// `POST /c/{commune}/activities/{activity}/sessions/{session}/register`
pub async fn register(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, session)): Path<(String, i64, i64)>,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    let language = Language::ALL
        .into_iter()
        .find(|l| l.code() == form.language.trim());
    let outcome = super::register(
        &app,
        &visit.commune,
        account,
        id,
        session,
        (language, form.waiting_list == "yes"),
    )
    .await?;
    let done = match outcome {
        Ok(Registration::Registered) => "registered".to_string(),
        Ok(Registration::Waitlisted { .. }) => "waitlisted".to_string(),
        Err(refusal) => refusal_key(refusal).to_string(),
    };
    Ok(see_other(&format!(
        "{}/{id}?done={done}#session-{session}",
        base(&visit)
    )))
}

/// `POST /c/{commune}/activities/{activity}/sessions/{session}/withdraw`
pub async fn withdraw(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, session)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    super::withdraw(&app, &visit.commune, account, id, session).await?;
    Ok(see_other(&format!(
        "{}/{id}?done=withdrawn#session-{session}",
        base(&visit)
    )))
}

// ---------------------------------------------------------------------------------
// Organisers

/// The form as typed: every field a string, so nothing typed is lost on a refusal.
#[derive(Debug, Clone, Default)]
pub struct ActivityForm {
    /// (language code, title, description) in the picker's order.
    /// Texts, place, link, places and languages, as the change form has them too.
    pub shared: SharedFields,
    pub kind: String,
    pub audience: String,
    pub neighbourhood: String,
    /// `once` or `weekly`.
    pub repeat: String,
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub weekdays: Vec<String>,
    pub until: String,
    pub request_key: String,
    /// A café's table rows: (language, host, host's level, seats, host's account's
    /// address), blank ones too.
    pub tables: Vec<[String; 5]>,
    /// A conversation table's (language, lowest level, highest level).
    pub conversation: [String; 3],
    /// The organiser asked for one more table row (nothing is created then).
    pub add_table: bool,
}

/// Blank table rows the form offers at first: three tables make a small café.
const TABLE_ROWS: usize = 3;

impl ActivityForm {
    fn empty() -> ActivityForm {
        ActivityForm {
            shared: SharedFields::blank(),
            kind: "neighbourhood_activity".into(),
            audience: "neighbourhood".into(),
            repeat: "once".into(),
            request_key: new_request_key(),
            tables: vec![Default::default(); TABLE_ROWS],
            ..ActivityForm::default()
        }
    }

    /// Reads the posted fields; unknown ones are ignored, every known one bounded.
    fn parse(pairs: Vec<(String, String)>) -> ActivityForm {
        let mut form = ActivityForm::empty();
        form.request_key = String::new();
        for (name, value) in pairs {
            let Some(value) = form.shared.take(&name, value) else {
                continue;
            };
            match name.as_str() {
                "kind" => form.kind = bounded(value, 40),
                "audience" => form.audience = bounded(value, 20),
                "neighbourhood" => form.neighbourhood = bounded(value, 20),
                "repeat" => form.repeat = bounded(value, 10),
                "date" => form.date = bounded(value, 20),
                "starts" => form.starts = bounded(value, 10),
                "ends" => form.ends = bounded(value, 10),
                "weekday" if form.weekdays.len() < 10 => form.weekdays.push(bounded(value, 12)),
                "until" => form.until = bounded(value, 20),
                "request_key" => form.request_key = bounded(value, 64),
                "table_rows" => {
                    let rows = value.trim().parse().unwrap_or(TABLE_ROWS);
                    let rows = rows.clamp(1, TABLES_MAX);
                    form.tables
                        .resize(rows.max(form.tables.len()), Default::default());
                }
                "add_table" => form.add_table = true,
                "conversation-language" => form.conversation[0] = bounded(value, 5),
                "conversation-lowest" => form.conversation[1] = bounded(value, 10),
                "conversation-highest" => form.conversation[2] = bounded(value, 10),
                other if other.starts_with("table-") => {
                    let mut parts = other.splitn(3, '-').skip(1);
                    let index = parts.next().and_then(|i| i.parse::<usize>().ok());
                    let name = parts.next();
                    let part = super::TABLE_PARTS.iter().position(|p| Some(*p) == name);
                    if let (Some(index), Some(part)) = (index, part) {
                        if index < TABLES_MAX {
                            if form.tables.len() <= index {
                                form.tables.resize(index + 1, Default::default());
                            }
                            form.tables[index][part] = bounded(value, 300);
                        }
                    }
                }
                _ => {}
            }
        }
        form
    }

    /// The service's input: one date is a weekly series of one session, so both go
    /// through the same rules on the commune's clock.
    fn input(&self) -> ActivityInput {
        let weekly = self.repeat == "weekly";
        let weekday_of_date = super::parse_date(&self.date)
            .map(|d| {
                super::weekday_codes()
                    .nth(d.weekday().index() as usize)
                    .unwrap_or_default()
                    .to_string()
            })
            .into_iter()
            .collect();
        ActivityInput {
            versions: self.shared.versions_in(),
            kind: self.kind.clone(),
            audience: self.audience.clone(),
            neighbourhood: self
                .neighbourhood
                .trim()
                .parse::<i64>()
                .ok()
                .map(WholeNumber::Whole),
            place: Some(self.shared.place.clone()),
            link: Some(self.shared.link.clone()),
            commune_room: self.shared.commune_room,
            capacity: self.shared.capacity_in(),
            languages: self.shared.languages.clone(),
            sessions: None,
            weekly: Some(WeeklySeriesIn {
                first_day: self.date.clone(),
                weekdays: if weekly {
                    self.weekdays.clone()
                } else {
                    weekday_of_date
                },
                starts: self.starts.clone(),
                ends: self.ends.clone(),
                until: if weekly {
                    Some(self.until.clone())
                } else {
                    None
                },
                count: (!weekly).then_some(WholeNumber::Whole(1)),
            }),
            tables: {
                // Blank rows are rows the organiser did not need.
                let filled: Vec<CafeTableIn> = self
                    .tables
                    .iter()
                    .filter(|row| row.iter().any(|f| !f.trim().is_empty()))
                    .map(|[language, host, level, seats, account]| CafeTableIn {
                        language: language.clone(),
                        host: host.clone(),
                        host_email: account.clone(),
                        host_level: level.clone(),
                        seats: match seats.trim() {
                            "" => None,
                            text => Some(WholeNumber::Whole(text.parse().unwrap_or(-1))),
                        },
                    })
                    .collect();
                (!filled.is_empty()).then_some(filled)
            },
            conversation: self
                .conversation
                .iter()
                .any(|f| !f.trim().is_empty())
                .then(|| ConversationTableIn {
                    language: self.conversation[0].clone(),
                    lowest: self.conversation[1].clone(),
                    highest: self.conversation[2].clone(),
                }),
            request_key: self.request_key.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "activities/form.html")]
struct FormPage {
    page: Page,
    base: String,
    staff: bool,
    versions: Vec<VersionFields>,
    kinds: Vec<(&'static str, String)>,
    audiences: Vec<(&'static str, String)>,
    neighbourhoods: Vec<(String, String)>,
    languages: Vec<(&'static str, String)>,
    weekdays: Vec<(&'static str, String)>,
    form: ActivityForm,
    errors: FieldErrors,
    table_rows: Vec<TableFields>,
    host_levels: Vec<(&'static str, String)>,
    learner_levels: Vec<(&'static str, String)>,
    /// The commune's video room, offered with one tick when it has one.
    video_room: String,
}

/// A café table's row as the form shows it: its fields' names and values.
pub struct TableFields {
    pub number: i64,
    pub language_field: &'static str,
    pub host_field: &'static str,
    pub level_field: &'static str,
    pub seats_field: &'static str,
    pub account_field: &'static str,
    pub language: String,
    pub host: String,
    pub level: String,
    pub seats: String,
    pub account: String,
}

/// Who organises here, by the signed-in person's role.
fn organiser_kind(visit: &Visit) -> OrganiserKind {
    visit.viewer.as_ref().map_or(OrganiserKind::Resident, |v| {
        super::organiser_kind_of(v.role())
    })
}

async fn form_page(visit: &Visit, form: ActivityForm, errors: FieldErrors) -> AppResult<FormPage> {
    let base = base(visit);
    let page = visit
        .page_at("activity-new-title", &format!("{base}/new"))
        .await?;
    let staff = visit
        .viewer
        .as_ref()
        .is_some_and(|v| v.role().is_commune_staff());
    let audiences = super::audiences_for(organiser_kind(visit));
    let neighbourhoods = gemeng_db::neighbourhoods::list(&visit.app.db, visit.commune.id)
        .await?
        .into_iter()
        .map(|n| (n.id.to_string(), n.name))
        .collect();
    Ok(FormPage {
        base,
        staff,
        video_room: visit.commune.video_room.clone(),
        versions: form.shared.version_fields(),
        kinds: KINDS
            .iter()
            .map(|(k, code)| {
                (
                    *code,
                    page.t(&format!(
                        "activity-kind-{}",
                        kind_code(*k).replace('_', "-")
                    )),
                )
            })
            .collect(),
        audiences: audiences
            .iter()
            .map(|(_, code)| (*code, page.t(&format!("activity-audience-{code}"))))
            .collect(),
        neighbourhoods,
        languages: language_choices(),
        weekdays: super::weekday_codes()
            .map(|d| (d, page.t(&format!("activity-weekday-{d}"))))
            .collect(),
        table_rows: form
            .tables
            .iter()
            .enumerate()
            .filter_map(|(i, [language, host, level, seats, account])| {
                super::table_fields(i).map(|f| TableFields {
                    number: i as i64 + 1,
                    language_field: &f[0],
                    host_field: &f[1],
                    level_field: &f[2],
                    seats_field: &f[3],
                    account_field: &f[4],
                    language: language.clone(),
                    host: host.clone(),
                    level: level.clone(),
                    seats: seats.clone(),
                    account: account.clone(),
                })
            })
            .collect(),
        host_levels: [Level::C1, Level::C2, Level::Native]
            .iter()
            .map(|l| (l.code(), page.t(&format!("profile-level-{}", l.code()))))
            .collect(),
        learner_levels: [Level::A1, Level::A2, Level::B1, Level::B2]
            .iter()
            .map(|l| (l.code(), page.t(&format!("profile-level-{}", l.code()))))
            .collect(),
        form,
        errors,
        page,
    })
}

/// `/c/{commune}/activities/new`
pub async fn new(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::OrganiseActivities)?;
    let mut form = ActivityForm::empty();
    // Staff and associations organise for the whole commune first.
    if organiser_kind(&visit) != OrganiserKind::Resident {
        form.audience = "commune".into();
    }
    form.shared.languages = vec![visit.language().code().to_string()];
    let (date, _) = super::local_parts(now() + 7 * 86_400);
    form.date = date;
    form.starts = "18:00".into();
    form.ends = "20:00".into();
    render(&form_page(&visit, form, FieldErrors::new()).await?)
}

/// `POST /c/{commune}/activities`
pub async fn create(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    let mut form = ActivityForm::parse(pairs);
    if form.add_table {
        // One more row, nothing checked nor created: the organiser goes on typing.
        if form.tables.len() < TABLES_MAX {
            form.tables.push(Default::default());
        }
        return render(&form_page(&visit, form, FieldErrors::new()).await?);
    }
    let organising = super::Organising {
        app: &app,
        commune: &visit.commune,
        account,
    };
    match organising.create(&form.input()).await? {
        Ok(id) => Ok(see_other(&format!("{}/{id}?done=created", base(&visit)))),
        Err(errors) => render_invalid(&form_page(&visit, form, errors).await?),
    }
}

/// The fields the creation form and the change form share, as typed: every field a
/// string, so nothing typed is lost on a refusal. The change form is these alone.
#[derive(Debug, Clone, Default)]
pub struct SharedFields {
    /// (language code, title, description) in the picker's order.
    pub versions: Vec<(String, String, String)>,
    pub place: String,
    pub link: String,
    /// Ticked: held in the commune's video room.
    pub commune_room: bool,
    pub capacity: String,
    pub languages: Vec<String>,
}

impl SharedFields {
    /// Every language's title and description empty, nothing else filled.
    fn blank() -> SharedFields {
        SharedFields {
            versions: Language::ALL
                .iter()
                .map(|l| (l.code().to_string(), String::new(), String::new()))
                .collect(),
            ..SharedFields::default()
        }
    }

    /// The activity as it is now, for its change form.
    fn of(a: &Activity) -> SharedFields {
        SharedFields {
            versions: Language::ALL
                .iter()
                .map(|l| {
                    let v = a.versions.iter().find(|v| v.language == l.code());
                    (
                        l.code().to_string(),
                        v.map(|v| v.title.clone()).unwrap_or_default(),
                        v.map(|v| v.description.clone()).unwrap_or_default(),
                    )
                })
                .collect(),
            place: a.place.clone().unwrap_or_default(),
            link: a.link.clone().unwrap_or_default(),
            commune_room: false,
            capacity: a.capacity.to_string(),
            languages: a.languages.clone(),
        }
    }

    /// The change form's posted fields over a blank form; unknown ones are ignored.
    fn parse(pairs: Vec<(String, String)>) -> SharedFields {
        let mut form = SharedFields::blank();
        for (name, value) in pairs {
            form.take(&name, value);
        }
        form
    }

    /// Keeps a posted field if it is one of these (bounded), or hands the value back
    /// for the caller's own fields.
    fn take(&mut self, name: &str, value: String) -> Option<String> {
        match name {
            "place" => self.place = bounded(value, 1_000),
            "link" => self.link = bounded(value, 1_000),
            "commune_room" => self.commune_room = value == "yes",
            "capacity" => self.capacity = bounded(value, 20),
            "language" => {
                if self.languages.len() < 10 {
                    self.languages.push(bounded(value, 5));
                }
            }
            other => {
                // Twice the longest accepted: too long is told, not cut silently.
                let version = other.split_once('-').and_then(|(part, code)| {
                    let slot = self.versions.iter_mut().find(|v| v.0 == code)?;
                    match part {
                        "title" => Some((&mut slot.1, TITLE_MAX * 2)),
                        "description" => Some((&mut slot.2, DESCRIPTION_MAX * 2)),
                        _ => None,
                    }
                });
                match version {
                    Some((text, most)) => *text = bounded(value, most),
                    None => return Some(value),
                }
            }
        }
        None
    }

    fn versions_in(&self) -> BTreeMap<String, ActivityVersionIn> {
        self.versions
            .iter()
            .map(|(code, title, description)| {
                (
                    code.clone(),
                    ActivityVersionIn {
                        title: title.clone(),
                        description: description.clone(),
                    },
                )
            })
            .collect()
    }

    /// Blank is "not given"; anything that is not a whole number is refused by the
    /// rules (as -1), never taken for blank.
    fn capacity_in(&self) -> Option<WholeNumber> {
        match self.capacity.trim() {
            "" => None,
            text => Some(WholeNumber::Whole(text.parse().unwrap_or(-1))),
        }
    }

    fn change_input(&self) -> ActivityChangeInput {
        ActivityChangeInput {
            versions: self.versions_in(),
            place: Some(self.place.clone()),
            link: Some(self.link.clone()),
            commune_room: self.commune_room,
            capacity: self.capacity_in(),
            languages: self.languages.clone(),
        }
    }

    /// Each language's title and description fields as the forms show them.
    fn version_fields(&self) -> Vec<VersionFields> {
        VersionFields::of(&self.versions)
    }
}

/// The five languages, each named in itself, for the languages' checkboxes.
fn language_choices() -> Vec<(&'static str, String)> {
    Language::ALL
        .iter()
        .map(|l| (l.code(), Tr::new(*l).t("language-name")))
        .collect()
}

#[derive(Template)]
#[template(path = "activities/edit.html")]
struct EditPage {
    page: Page,
    base: String,
    id: i64,
    versions: Vec<VersionFields>,
    languages: Vec<(&'static str, String)>,
    /// A café's places are its tables' seats: no field for them.
    cafe: bool,
    form: SharedFields,
    errors: FieldErrors,
    video_room: String,
}

async fn edit_page(
    visit: &Visit,
    a: &Activity,
    form: SharedFields,
    errors: FieldErrors,
) -> AppResult<EditPage> {
    let base = base(visit);
    let mut page = visit
        .page_at("activity-edit-title", &format!("{base}/{}/edit", a.id))
        .await?;
    let item = shown(a, visit, &page.tr);
    page.title = page.t1("activity-edit-of", "title", &item.title);
    Ok(EditPage {
        base,
        id: a.id,
        versions: form.version_fields(),
        languages: language_choices(),
        cafe: a.kind == kind_code(gemeng_core::activities::ActivityKind::LanguageCafe),
        video_room: visit.commune.video_room.clone(),
        form,
        errors,
        page,
    })
}

/// `/c/{commune}/activities/{activity}/edit`: its organiser (or staff) changes it.
pub async fn edit(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::OrganiseActivities)?;
    let (viewer, _) = viewer_of(visit.viewer.as_ref(), &visit.commune);
    let a = super::managed(&app, &visit.commune, viewer, id).await?;
    render(&edit_page(&visit, &a, SharedFields::of(&a), FieldErrors::new()).await?)
}

/// `POST /c/{commune}/activities/{activity}/edit`
pub async fn change(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    let form = SharedFields::parse(pairs);
    let organising = super::Organising {
        app: &app,
        commune: &visit.commune,
        account,
    };
    match organising.change(id, &form.change_input()).await? {
        Ok(()) => Ok(see_other(&format!("{}/{id}?done=changed", base(&visit)))),
        Err(errors) => {
            let (viewer, _) = viewer_of(visit.viewer.as_ref(), &visit.commune);
            let a = super::managed(&app, &visit.commune, viewer, id).await?;
            render_invalid(&edit_page(&visit, &a, form, errors).await?)
        }
    }
}

/// A registrant as the organiser's page lists them: a name, never an address.
pub struct RegistrantRow {
    pub user_id: i64,
    pub name: String,
    pub attended: Option<i64>,
}

pub struct SessionRoll {
    pub session: SessionRow,
    pub registered: Vec<RegistrantRow>,
    pub waiting: Vec<RegistrantRow>,
    /// A café's learners by table: (the table, as its heading says it, who sits there).
    pub tables: Vec<(String, Vec<RegistrantRow>)>,
    /// A café's waiting lists by language: (heading, who waits, the next first).
    pub waits: Vec<(String, Vec<RegistrantRow>)>,
}

#[derive(Template)]
#[template(path = "activities/registrations.html")]
struct RegistrationsPage {
    page: Page,
    base: String,
    item: Shown,
    rolls: Vec<SessionRoll>,
    /// The message form as typed: the session chosen ("" for all) and the text.
    session: String,
    text: String,
    errors: FieldErrors,
    /// The problem of the form that cancels the whole activity (its box not ticked).
    cancel_errors: FieldErrors,
    /// Whether a session is still to come: the whole activity may be cancelled.
    cancellable: bool,
    notice: Option<&'static str>,
}

async fn registrations_page(
    visit: &Visit,
    id: i64,
    message: (String, String),
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<RegistrationsPage> {
    registrations_page_with(visit, id, message, errors, FieldErrors::new(), notice).await
}

async fn registrations_page_with(
    visit: &Visit,
    id: i64,
    message: (String, String),
    errors: FieldErrors,
    cancel_errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<RegistrationsPage> {
    let app = &visit.app;
    let (viewer, _) = viewer_of(visit.viewer.as_ref(), &visit.commune);
    let a = super::managed(app, &visit.commune, viewer, id).await?;
    let sessions = store::sessions(&app.db, a.id).await?;
    let people = store::registrants(&app.db, a.id).await?;
    let base = base(visit);
    let mut page = visit
        .page_at(
            "activity-registrations-title",
            &format!("{base}/{id}/registrations"),
        )
        .await?;
    let item = shown(&a, visit, &page.tr);
    page.title = page.t1("activity-registrations-of", "title", &item.title);
    let cafe = Cafe::load(app, &a).await?;
    let rows = session_rows(&sessions, a.capacity, &Default::default(), &cafe, &page.tr);
    let row = |p: &store::Registrant| RegistrantRow {
        user_id: p.user_id,
        name: p.name.clone(),
        attended: p.attended,
    };
    let rolls: Vec<SessionRoll> = rows
        .into_iter()
        .map(|session| {
            let of = |status: &str| {
                people
                    .iter()
                    .filter(|p| p.session_id == session.id && p.status == status)
                    .map(row)
                    .collect()
            };
            let tables = session
                .tables
                .iter()
                .map(|t| {
                    (
                        page.tr.t_args(
                            "activity-table-heading",
                            &[("language", &t.language), ("host", &t.host)],
                        ),
                        people
                            .iter()
                            .filter(|p| p.session_id == session.id && p.table_id == Some(t.id))
                            .map(row)
                            .collect(),
                    )
                })
                .collect();
            let waits = cafe
                .languages(&page.tr)
                .into_iter()
                .map(|(code, name)| {
                    (
                        page.tr.t1("activity-waiting-for", "language", &name),
                        people
                            .iter()
                            .filter(|p| {
                                p.session_id == session.id
                                    && p.waits_for.as_deref() == Some(code.as_str())
                            })
                            .map(row)
                            .collect::<Vec<_>>(),
                    )
                })
                .filter(|(_, people)| !people.is_empty())
                .collect();
            SessionRoll {
                registered: of("registered"),
                waiting: of("waiting"),
                tables,
                waits,
                session,
            }
        })
        .collect();
    let cancellable = rolls
        .iter()
        .any(|r| !r.session.cancelled && !r.session.started);
    Ok(RegistrationsPage {
        base,
        item,
        rolls,
        session: message.0,
        text: message.1,
        errors,
        cancel_errors,
        cancellable,
        notice,
        page,
    })
}

/// `/c/{commune}/activities/{activity}/registrations`: the organiser's list of who
/// comes and who waits, session by session, with attendance, cancellation and a
/// message to them.
pub async fn registrations(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(done): Query<crate::http::web::Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::OrganiseActivities)?;
    let notice = crate::http::web::notice(
        &done.done,
        &[
            ("attendance", "activity-notice-attendance"),
            ("messaged", "activity-notice-messaged"),
            ("cancelled", "activity-notice-activity-cancelled"),
        ],
    );
    render(&registrations_page(&visit, id, Default::default(), FieldErrors::new(), notice).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MessageForm {
    /// A session's id, or empty for every session.
    session: String,
    text: String,
}

/// `POST /c/{commune}/activities/{activity}/message`
pub async fn message(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<MessageForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    let session = match form.session.trim() {
        "" => None,
        // A session that is no number is no session of this activity.
        text => Some(text.parse().unwrap_or(-1)),
    };
    let text = bounded(form.text, super::MESSAGE_MAX * 2);
    match super::message_registrants(&app, &visit.commune, account, id, session, &text).await? {
        Ok(_) => Ok(see_other(&format!(
            "{}/{id}/registrations?done=messaged",
            base(&visit)
        ))),
        Err(errors) => render_invalid(
            &registrations_page(&visit, id, (bounded(form.session, 20), text), errors, None)
                .await?,
        ),
    }
}

/// `POST /c/{commune}/activities/{activity}/register`: a place in every session to
/// come (or on the waiting lists of the full ones).
pub async fn register_series(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    // At a café, a seat at a table of the language chosen, in every session; a place
    // on the waiting list is welcome for the sessions already full.
    let language = Language::ALL
        .into_iter()
        .find(|l| l.code() == form.language.trim());
    let outcomes =
        super::register_series(&app, &visit.commune, account, id, (language, true)).await?;
    // Refused in every session: the reason (the same everywhere, as for a learner
    // without a level), not a summary of nothing.
    let done = match outcomes.iter().find(|(_, o)| o.is_ok()) {
        None => outcomes
            .iter()
            .find_map(|(_, o)| o.as_ref().err())
            .map_or("series", |refusal| refusal_key(*refusal)),
        Some(_) => "series",
    };
    Ok(see_other(&format!("{}/{id}?done={done}", base(&visit))))
}

/// `POST /c/{commune}/activities/{activity}/sessions/{session}/attendance`
pub async fn attendance(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, session)): Path<(String, i64, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    let came: Vec<i64> = pairs
        .iter()
        .filter(|(name, _)| name == "came")
        .take(gemeng_core::activities::CAPACITY_MAX as usize)
        .filter_map(|(_, value)| value.trim().parse().ok())
        .collect();
    super::mark_attendance(&app, &visit.commune, account, id, session, &came).await?;
    Ok(see_other(&format!(
        "{}/{id}/registrations?done=attendance#session-{session}",
        base(&visit)
    )))
}

/// `POST /c/{commune}/activities/{activity}/sessions/{session}/cancel`
pub async fn cancel_session(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, session)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    super::cancel_session(&app, &visit.commune, account, id, session).await?;
    Ok(see_other(&format!(
        "{}/{id}/registrations#session-{session}",
        base(&visit)
    )))
}

#[derive(Deserialize)]
pub struct CancelActivityForm {
    /// `yes` once the organiser ticked that every session to come is to be cancelled.
    #[serde(default)]
    confirm: String,
}

/// `POST /c/{commune}/activities/{activity}/cancel`: every session still to come,
/// once the box is ticked (one click must not undo an activity by mistake).
pub async fn cancel_activity(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<CancelActivityForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    if form.confirm != "yes" {
        let (viewer, _) = viewer_of(visit.viewer.as_ref(), &visit.commune);
        super::managed(&app, &visit.commune, viewer, id).await?;
        let problem = FieldErrors::single("confirm", "activity-error-confirm-cancel");
        return render_invalid(
            &registrations_page_with(
                &visit,
                id,
                Default::default(),
                FieldErrors::new(),
                problem,
                None,
            )
            .await?,
        );
    }
    super::cancel_activity(&app, &visit.commune, account, id).await?;
    Ok(see_other(&format!(
        "{}/{id}/registrations?done=cancelled",
        base(&visit)
    )))
}

// ---------------------------------------------------------------------------------
// One's own activities and calendar

/// One of the visitor's registrations as their page lists it.
pub struct MineRow {
    pub activity_id: i64,
    pub session_id: i64,
    pub title: String,
    pub language: String,
    pub when: String,
    pub waiting: bool,
    pub cancelled: bool,
}

/// One of the activities a person organises, as their page lists it.
pub struct OrganisedRow {
    pub id: i64,
    pub title: String,
    pub language: String,
    /// When its first session starts, in Luxembourg's time.
    pub when: String,
    pub audience: String,
    pub over: bool,
}

#[derive(Template)]
#[template(path = "activities/organised.html")]
struct OrganisedPage {
    page: Page,
    base: String,
    items: Vec<OrganisedRow>,
}

/// The most activities the organiser's page lists.
const ORGANISED_MAX: i64 = 200;

/// `/c/{commune}/activities/organised`: the activities one organises, each with its
/// registrants' page, and the way to create another. Where an association's account
/// lands after logging in.
pub async fn organised(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    let at = now();
    let list =
        store::organised_by(&app.db, visit.commune.id, account.id, at, ORGANISED_MAX).await?;
    let page = visit.page("activities-organised-title").await?;
    let items = list
        .iter()
        .map(|a| {
            let version = version_in(a, visit.language(), &visit.commune);
            OrganisedRow {
                id: a.id,
                title: version.map(|v| v.title.clone()).unwrap_or_default(),
                language: version.map(|v| v.language.clone()).unwrap_or_default(),
                when: format_local(a.first_starts_at),
                audience: page.t(&format!("activity-audience-{}", a.audience)),
                over: a.last_ends_at <= at,
            }
        })
        .collect();
    render(&OrganisedPage {
        base: base(&visit),
        items,
        page,
    })
}

#[derive(Template)]
#[template(path = "activities/mine.html")]
struct MinePage {
    page: Page,
    base: String,
    items: Vec<MineRow>,
    /// The café tables one hosts: (link, line).
    hosting: Vec<(String, String)>,
    calendar: Option<String>,
    notice: Option<&'static str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MineQuery {
    done: String,
}

/// `/c/{commune}/me/activities`: the sessions one registered or waits for, and the
/// secret address of one's calendar.
pub async fn mine(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<MineQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    let rows = store::mine(&app.db, account.id, now(), 200).await?;
    let mut items = Vec::new();
    for r in rows {
        let Some(a) = store::get(&app.db, visit.commune.id, r.activity_id).await? else {
            continue;
        };
        let version = version_in(&a, visit.language(), &visit.commune);
        items.push(MineRow {
            activity_id: a.id,
            session_id: r.session_id,
            title: version.map(|v| v.title.clone()).unwrap_or_default(),
            language: version.map(|v| v.language.clone()).unwrap_or_default(),
            when: format_local(r.starts_at),
            waiting: r.status == "waiting",
            cancelled: r.cancelled_at.is_some(),
        });
    }
    let calendar = store::calendar_token(&app.db, account.id)
        .await?
        .map(|token| super::calendar::personal_url(&app, &visit.commune, &token));
    let page = visit.page("activities-mine-title").await?;
    let base = base(&visit);
    let hosting = super::hosts::hosted_by(&app, &visit.commune, account)
        .await?
        .into_iter()
        .map(|(t, a)| {
            let title = version_in(&a, visit.language(), &visit.commune)
                .map(|v| v.title.clone())
                .unwrap_or_default();
            (
                format!("{base}/{}/tables/{}", a.id, t.id),
                page.tr.t_args(
                    "activity-hosting-line",
                    &[
                        ("language", &language_name(&page.tr, &t.language)),
                        ("title", &title),
                    ],
                ),
            )
        })
        .collect();
    render(&MinePage {
        base,
        items,
        hosting,
        calendar,
        notice: crate::http::web::notice(
            &query.done,
            &[
                ("calendar", "activity-calendar-made"),
                ("revoked", "activity-calendar-revoked"),
            ],
        ),
        page,
    })
}

/// `POST /c/{commune}/me/activities/calendar`: a new secret address (the old one
/// stops working).
pub async fn make_calendar(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    let mut tx = app.begin().await?;
    store::set_calendar_token(
        &mut tx,
        account.id,
        &gemeng_core::codes::random_token(),
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(see_other(&format!(
        "/c/{}/me/activities?done=calendar",
        visit.commune.slug
    )))
}

/// `POST /c/{commune}/me/activities/calendar/revoke`
pub async fn revoke_calendar(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    let mut tx = app.begin().await?;
    store::revoke_calendar_token(&mut tx, account.id).await?;
    app.commit(tx).await?;
    Ok(see_other(&format!(
        "/c/{}/me/activities?done=revoked",
        visit.commune.slug
    )))
}

#[derive(Template)]
#[template(path = "activities/table.html")]
struct HostedTablePage {
    page: Page,
    base: String,
    activity_id: i64,
    /// Whether the reader hosts the table (or manages the café).
    hosts: bool,
    sessions: Vec<HostedSession>,
}

struct HostedSession {
    id: i64,
    when: String,
    cancelled: bool,
    learners: Vec<String>,
    waiting: String,
}

/// `/c/{commune}/activities/{activity}/tables/{table}`: a café table's learners,
/// session by session, for its host (and the café's organisers): names, never
/// addresses. Anyone else: not found.
pub async fn hosted_table(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, table_id)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    // Any account of the commune: `hosted_table` lets in the host and organisers only.
    let account = visit.require(Action::ManageOwnAccount)?;
    let hosted = super::hosts::hosted_table(&app, &visit.commune, account, id, table_id).await?;
    let base = base(&visit);
    let mut page = visit
        .page_at(
            "activity-hosting",
            &format!("{base}/{id}/tables/{table_id}"),
        )
        .await?;
    let item = shown(&hosted.activity, &visit, &page.tr);
    let language = language_name(&page.tr, &hosted.table.language);
    page.title = page.tr.t_args(
        "activity-host-page-title",
        &[("language", &language), ("title", &item.title)],
    );
    let sessions = hosted
        .sessions
        .iter()
        .map(|(s, seated, waiting)| HostedSession {
            id: s.id,
            when: format_local(s.starts_at),
            cancelled: s.cancelled_at.is_some(),
            learners: seated.iter().map(|p| p.name.clone()).collect(),
            waiting: page.tr.t_args(
                "activity-language-waiting",
                &[("language", &language), ("count", &waiting.to_string())],
            ),
        })
        .collect();
    render(&HostedTablePage {
        hosts: hosted.table.host_id == Some(account.id),
        activity_id: hosted.activity.id,
        base,
        sessions,
        page,
    })
}

#[derive(Template)]
#[template(path = "activities/hosts.html")]
struct HostsPage {
    page: Page,
    base: String,
    id: i64,
    rows: Vec<HostRow>,
    host_levels: Vec<(&'static str, String)>,
    errors: FieldErrors,
    notice: Option<&'static str>,
}

/// One table's host form: its fields' names and what they hold.
struct HostRow {
    table_id: i64,
    heading: String,
    host_field: &'static str,
    level_field: &'static str,
    account_field: &'static str,
    host: String,
    level: String,
    account: String,
}

/// The hosts' page: `typed` replaces what table `typed.0` shows (a refused form).
async fn hosts_page(
    visit: &Visit,
    id: i64,
    typed: Option<(i64, super::hosts::HostInput)>,
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<HostsPage> {
    let app = &visit.app;
    let (viewer, _) = viewer_of(visit.viewer.as_ref(), &visit.commune);
    let a = super::managed(app, &visit.commune, viewer, id).await?;
    let tables = store::tables(&app.db, a.id).await?;
    if tables.is_empty() {
        return Err(AppError::NotFound);
    }
    let base = base(visit);
    let mut page = visit
        .page_at("activity-hosts-title", &format!("{base}/{id}/hosts"))
        .await?;
    let item = shown(&a, visit, &page.tr);
    page.title = page.t1("activity-hosts-of", "title", &item.title);
    let mut rows = Vec::new();
    for (i, t) in tables.iter().enumerate() {
        let Some(f) = super::table_fields(i) else {
            continue;
        };
        let account = match t.host_id {
            Some(host) => gemeng_db::accounts::by_id(&app.db, host)
                .await?
                .map(|h| h.email)
                .unwrap_or_default(),
            None => String::new(),
        };
        let (host, level, account) = match &typed {
            Some((table, input)) if *table == t.id => (
                input.host.clone(),
                input.host_level.clone(),
                input.host_email.clone(),
            ),
            _ => (t.host_name.clone(), t.host_level.clone(), account),
        };
        rows.push(HostRow {
            table_id: t.id,
            heading: page.tr.t_args(
                "activity-hosts-table",
                &[
                    ("number", &(i + 1).to_string()),
                    ("language", &language_name(&page.tr, &t.language)),
                ],
            ),
            host_field: &f[1],
            level_field: &f[2],
            account_field: &f[4],
            host,
            level,
            account,
        });
    }
    Ok(HostsPage {
        base,
        id,
        rows,
        host_levels: [Level::C1, Level::C2, Level::Native]
            .iter()
            .map(|l| (l.code(), page.t(&format!("profile-level-{}", l.code()))))
            .collect(),
        errors,
        notice,
        page,
    })
}

/// `/c/{commune}/activities/{activity}/hosts`: a café's organiser changes the host of
/// a table (a name, or a host's account).
pub async fn hosts(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(done): Query<crate::http::web::Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::OrganiseActivities)?;
    let notice = crate::http::web::notice(&done.done, &[("host", "activity-notice-host")]);
    render(&hosts_page(&visit, id, None, FieldErrors::new(), notice).await?)
}

/// `POST /c/{commune}/activities/{activity}/tables/{table}/host`
pub async fn change_host(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, table_id)): Path<(String, i64, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    // The row's fields are named by the table's place (`table-{i}-host`, …).
    let mut input = super::hosts::HostInput::default();
    for (name, value) in pairs {
        let part = name.rsplit('-').next().unwrap_or_default();
        if !name.starts_with("table-") {
            continue;
        }
        match part {
            "host" => input.host = bounded(value, 300),
            "level" => input.host_level = bounded(value, 20),
            "account" => input.host_email = bounded(value, 300),
            _ => {}
        }
    }
    match super::hosts::change_host(&app, &visit.commune, account, id, table_id, &input).await? {
        Ok(()) => Ok(see_other(&format!("{}/{id}/hosts?done=host", base(&visit)))),
        Err(errors) => {
            render_invalid(&hosts_page(&visit, id, Some((table_id, input)), errors, None).await?)
        }
    }
}
