//! The pages of activities: the commune's list (what the visitor may see), an
//! activity with its sessions and the buttons to take a place, wait or withdraw, the
//! organiser's form (one date or a weekly series) and list of registrants, and one's
//! own activities with the secret address of their calendar.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::activities::{Registration, DESCRIPTION_MAX, TITLE_MAX};
use gemeng_core::language::Language;
use gemeng_core::permissions::{allows, Action};
use gemeng_core::validation::FieldErrors;
use gemeng_db::activities::{self as store, Activity, Session};
use serde::Deserialize;

use super::{
    cursor_text, description_field, kind_code, page_for, parse_cursor, refusal_key, title_field,
    version_in, viewer_of, visible, ActivityInput, ActivityVersionIn, WeeklySeriesIn, KINDS,
};
use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::clock::format_local;
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
    }
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
}

fn session_rows(
    sessions: &[Session],
    capacity: i64,
    standings: &std::collections::BTreeMap<i64, (String, i64)>,
) -> Vec<SessionRow> {
    let at = now();
    sessions
        .iter()
        .map(|s| {
            let (standing, position) = standings.get(&s.id).cloned().unwrap_or_default();
            SessionRow {
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
                free: (capacity - s.registered - s.waiting).max(0),
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
    notice: Option<&'static str>,
    /// Whether the notice tells of success (else of a refusal).
    success: bool,
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
    let item = shown(&a, &visit, &page.tr);
    page.title = item.title.clone();
    let joins = visit
        .viewer
        .as_ref()
        .is_some_and(|v| allows(&v.actor(), visit.commune.id, Action::JoinActivities));
    let sessions = session_rows(&sessions, a.capacity, &standings);
    let open = sessions
        .iter()
        .filter(|s| !s.cancelled && !s.started && s.standing.is_empty())
        .count();
    render(&ShowPage {
        base: base(&visit),
        series_open: open > 1,
        sessions,
        signed_in: visit.viewer.is_some(),
        joins,
        manages: gemeng_core::activities::may_manage(viewer, &super::reach_of(&a)),
        notice: notice_of(&query.done).map(|n| n.1),
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
    let outcome = super::register(
        &app,
        &visit.commune,
        account,
        id,
        session,
        form.waiting_list == "yes",
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
    pub versions: Vec<(String, String, String)>,
    pub kind: String,
    pub audience: String,
    pub neighbourhood: String,
    pub place: String,
    pub link: String,
    /// Ticked: held in the commune's video room.
    pub commune_room: bool,
    pub capacity: String,
    pub languages: Vec<String>,
    /// `once` or `weekly`.
    pub repeat: String,
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub weekdays: Vec<String>,
    pub until: String,
    pub request_key: String,
}

impl ActivityForm {
    fn empty() -> ActivityForm {
        ActivityForm {
            versions: Language::ALL
                .iter()
                .map(|l| (l.code().to_string(), String::new(), String::new()))
                .collect(),
            kind: "neighbourhood_activity".into(),
            audience: "neighbourhood".into(),
            repeat: "once".into(),
            request_key: new_request_key(),
            ..ActivityForm::default()
        }
    }

    /// Reads the posted fields; unknown ones are ignored, every known one bounded.
    fn parse(pairs: Vec<(String, String)>) -> ActivityForm {
        let mut form = ActivityForm::empty();
        form.request_key = String::new();
        for (name, value) in pairs {
            match name.as_str() {
                "kind" => form.kind = bounded(value, 40),
                "audience" => form.audience = bounded(value, 20),
                "neighbourhood" => form.neighbourhood = bounded(value, 20),
                "place" => form.place = bounded(value, 1_000),
                "link" => form.link = bounded(value, 1_000),
                "commune_room" => form.commune_room = value == "yes",
                "capacity" => form.capacity = bounded(value, 20),
                "language" if form.languages.len() < 10 => form.languages.push(bounded(value, 5)),
                "repeat" => form.repeat = bounded(value, 10),
                "date" => form.date = bounded(value, 20),
                "starts" => form.starts = bounded(value, 10),
                "ends" => form.ends = bounded(value, 10),
                "weekday" if form.weekdays.len() < 10 => form.weekdays.push(bounded(value, 12)),
                "until" => form.until = bounded(value, 20),
                "request_key" => form.request_key = bounded(value, 64),
                other => {
                    let Some((part, code)) = other.split_once('-') else {
                        continue;
                    };
                    if let Some(slot) = form.versions.iter_mut().find(|v| v.0 == code) {
                        match part {
                            "title" => slot.1 = bounded(value, TITLE_MAX * 2),
                            "description" => slot.2 = bounded(value, DESCRIPTION_MAX * 2),
                            _ => {}
                        }
                    }
                }
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
            versions: self
                .versions
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
                .collect(),
            kind: self.kind.clone(),
            audience: self.audience.clone(),
            neighbourhood: self
                .neighbourhood
                .trim()
                .parse::<i64>()
                .ok()
                .map(WholeNumber::Whole),
            place: Some(self.place.clone()),
            link: Some(self.link.clone()),
            commune_room: self.commune_room,
            capacity: match self.capacity.trim() {
                "" => None,
                text => Some(WholeNumber::Whole(text.parse().unwrap_or(-1))),
            },
            languages: self.languages.clone(),
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
            request_key: self.request_key.clone(),
        }
    }
}

/// A version's fields as the form shows them.
pub struct VersionFields {
    pub code: String,
    pub title_field: &'static str,
    pub description_field: &'static str,
    pub name: String,
    pub title: String,
    pub description: String,
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
    /// The commune's video room, offered with one tick when it has one.
    video_room: String,
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
    let audiences = if staff {
        super::AUDIENCES.to_vec()
    } else {
        super::AUDIENCES[..2].to_vec()
    };
    let neighbourhoods = gemeng_db::neighbourhoods::list(&visit.app.db, visit.commune.id)
        .await?
        .into_iter()
        .map(|n| (n.id.to_string(), n.name))
        .collect();
    Ok(FormPage {
        base,
        staff,
        video_room: visit.commune.video_room.clone(),
        versions: form
            .versions
            .iter()
            .filter_map(|(code, title, description)| {
                Language::from_code(code).map(|l| VersionFields {
                    code: code.clone(),
                    title_field: title_field(l),
                    description_field: description_field(l),
                    name: Tr::new(l).t("language-name"),
                    title: title.clone(),
                    description: description.clone(),
                })
            })
            .collect(),
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
        languages: Language::ALL
            .iter()
            .map(|l| (l.code(), Tr::new(*l).t("language-name")))
            .collect(),
        weekdays: super::weekday_codes()
            .map(|d| (d, page.t(&format!("activity-weekday-{d}"))))
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
    if visit
        .viewer
        .as_ref()
        .is_some_and(|v| v.role().is_commune_staff())
    {
        form.audience = "commune".into();
    }
    form.languages = vec![visit.language().code().to_string()];
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
    let form = ActivityForm::parse(pairs);
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
    notice: Option<&'static str>,
}

async fn registrations_page(
    visit: &Visit,
    id: i64,
    message: (String, String),
    errors: FieldErrors,
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
    let rows = session_rows(&sessions, a.capacity, &Default::default());
    let rolls = rows
        .into_iter()
        .map(|session| {
            let of = |status: &str| {
                people
                    .iter()
                    .filter(|p| p.session_id == session.id && p.status == status)
                    .map(|p| RegistrantRow {
                        user_id: p.user_id,
                        name: p.name.clone(),
                        attended: p.attended,
                    })
                    .collect()
            };
            SessionRoll {
                registered: of("registered"),
                waiting: of("waiting"),
                session,
            }
        })
        .collect();
    Ok(RegistrationsPage {
        base,
        item,
        rolls,
        session: message.0,
        text: message.1,
        errors,
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
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    super::register_series(&app, &visit.commune, account, id, true).await?;
    Ok(see_other(&format!("{}/{id}?done=series", base(&visit))))
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

#[derive(Template)]
#[template(path = "activities/mine.html")]
struct MinePage {
    page: Page,
    base: String,
    items: Vec<MineRow>,
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
    render(&MinePage {
        base: base(&visit),
        items,
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
