//! The event days' pages: the commune's coming events, an organiser's form, an
//! event's programme page (register with an account, or as a guest with a name and
//! an e-mail address), and the guest's confirmation page (a button: mail scanners
//! open links, only a person presses). Every page works without JavaScript.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use gemeng_core::events::participation::GuestForm;
use gemeng_core::events::RegistrationMode;
use gemeng_core::language::Language;
use gemeng_core::permissions::{allows, Action};
use gemeng_core::validation::FieldErrors;
use gemeng_db::events::{self as store, Event};
use serde::Deserialize;

use super::web_meetings::MeetView;
use super::{
    coming, mode_of, onlooker_of, version_in, visible, EventInput, EventVersionIn, GuestRefusal,
};
use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::clock::format_local;
use crate::http::components::VersionFields;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::AppResult;
use crate::http::text::{excerpt, rich_text};
use crate::http::web::{bounded, notice, render, render_invalid, see_other, Done, NoFields, Visit};
use crate::neighbourhood::posts::new_request_key;

pub(super) fn base(visit: &Visit) -> String {
    format!("/c/{}/events", visit.commune.slug)
}

/// An event as a list or its page shows it, in the reader's language.
pub struct Shown {
    pub id: i64,
    pub title: String,
    /// The language the title and description are in (for `lang`).
    pub language: String,
    pub excerpt: String,
    pub description_html: String,
    /// "12.10.2030 09:00–17:00".
    pub when: String,
    pub residents_only: bool,
    pub published: bool,
    pub link: Option<String>,
    pub capacity: i64,
}

pub(super) fn shown(e: &Event, visit: &Visit) -> Shown {
    let version = version_in(e, visit.language(), &visit.commune);
    let description = version.map(|v| v.description.as_str()).unwrap_or_default();
    let until = format_local(e.ends_at);
    Shown {
        id: e.id,
        title: version.map(|v| v.title.clone()).unwrap_or_default(),
        language: version.map(|v| v.language.clone()).unwrap_or_default(),
        excerpt: excerpt(description, 200),
        description_html: rich_text(description),
        when: format!(
            "{}–{}",
            format_local(e.starts_at),
            until.rsplit(' ').next().unwrap_or_default()
        ),
        residents_only: mode_of(e) == RegistrationMode::ResidentsOnly,
        published: e.published_at.is_some(),
        link: e.link.clone(),
        capacity: e.capacity,
    }
}

#[derive(Template)]
#[template(path = "events/list.html")]
struct ListPage {
    page: Page,
    base: String,
    organises: bool,
    items: Vec<Shown>,
}

/// `/c/{commune}/events`: the coming events the visitor may see.
pub async fn list(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let who = onlooker_of(visit.viewer.as_ref(), &visit.commune);
    let items = coming(&app, &visit.commune, who)
        .await?
        .iter()
        .map(|e| shown(e, &visit))
        .collect();
    let organises = visit
        .viewer
        .as_ref()
        .is_some_and(|v| allows(&v.actor(), visit.commune.id, Action::OrganiseEvents));
    render(&ListPage {
        base: base(&visit),
        organises,
        items,
        page: visit.page("events-title").await?,
    })
}

/// The event form as typed: every field a string, so nothing typed is lost on a
/// refusal.
#[derive(Debug, Clone, Default)]
pub struct EventForm {
    /// (language code, title, description) in the picker's order.
    pub versions: Vec<(String, String, String)>,
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub registration: String,
    pub capacity: String,
    pub link: String,
    pub request_key: String,
}

impl EventForm {
    fn blank() -> EventForm {
        EventForm {
            versions: Language::ALL
                .iter()
                .map(|l| (l.code().to_string(), String::new(), String::new()))
                .collect(),
            ..EventForm::default()
        }
    }

    /// The posted fields over a blank form; unknown ones are ignored, each value
    /// bounded (at twice the longest accepted: too long is told, not cut silently).
    fn parse(pairs: Vec<(String, String)>) -> EventForm {
        let mut form = EventForm::blank();
        for (name, value) in pairs {
            match name.as_str() {
                "date" => form.date = bounded(value, 20),
                "starts" => form.starts = bounded(value, 10),
                "ends" => form.ends = bounded(value, 10),
                "registration" => form.registration = bounded(value, 20),
                "capacity" => form.capacity = bounded(value, 20),
                "link" => form.link = bounded(value, 1_000),
                "request_key" => form.request_key = bounded(value, 64),
                other => {
                    let Some((part, code)) = other.split_once('-') else {
                        continue;
                    };
                    let Some(slot) = form.versions.iter_mut().find(|v| v.0 == code) else {
                        continue;
                    };
                    match part {
                        "title" => slot.1 = bounded(value, 480),
                        "description" => slot.2 = bounded(value, 16_000),
                        _ => {}
                    }
                }
            }
        }
        form
    }

    fn input(&self) -> EventInput {
        EventInput {
            versions: self
                .versions
                .iter()
                .map(|(code, title, description)| {
                    (
                        code.clone(),
                        EventVersionIn {
                            title: title.clone(),
                            description: description.clone(),
                        },
                    )
                })
                .collect(),
            date: self.date.clone(),
            starts: self.starts.clone(),
            ends: self.ends.clone(),
            registration: self.registration.clone(),
            // Blank is "not given"; anything not a whole number is refused (as -1).
            capacity: match self.capacity.trim() {
                "" => None,
                text => Some(WholeNumber::Whole(text.parse().unwrap_or(-1))),
            },
            link: Some(self.link.clone()),
            request_key: self.request_key.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "events/form.html")]
struct FormPage {
    page: Page,
    base: String,
    versions: Vec<VersionFields>,
    form: EventForm,
    errors: FieldErrors,
}

async fn form_page(visit: &Visit, form: EventForm, errors: FieldErrors) -> AppResult<FormPage> {
    let base = base(visit);
    Ok(FormPage {
        page: visit
            .page_at("event-new-title", &format!("{base}/new"))
            .await?,
        base,
        versions: VersionFields::of(&form.versions),
        form,
        errors,
    })
}

/// `/c/{commune}/events/new`
pub async fn new(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::OrganiseEvents)?;
    let mut form = EventForm::blank();
    let (date, _) = crate::activities::local_parts(now() + 30 * 86_400);
    form.date = date;
    form.starts = "09:00".into();
    form.ends = "17:00".into();
    form.registration = "public".into();
    form.capacity = "500".into();
    form.request_key = new_request_key();
    render(&form_page(&visit, form, FieldErrors::new()).await?)
}

/// `POST /c/{commune}/events`
pub async fn create(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseEvents)?;
    let form = EventForm::parse(pairs);
    match super::create(&app, &visit.commune, account, &form.input()).await? {
        Ok(id) => Ok(see_other(&format!("{}/{id}?done=created", base(&visit)))),
        Err(errors) => render_invalid(&form_page(&visit, form, errors).await?),
    }
}

#[derive(Template)]
#[template(path = "events/show.html")]
struct ShowPage {
    page: Page,
    base: String,
    item: Shown,
    /// A banner after an action: (kind, message).
    notice: Option<(String, String)>,
    manages: bool,
    /// Signed in and allowed to register with the account.
    joins: bool,
    signed_in: bool,
    registered: bool,
    places_left: i64,
    over: bool,
    /// The guest form: anyone without an account, at a public event.
    guests: bool,
    guest_name: String,
    guest_email: String,
    errors: FieldErrors,
    stands: Vec<StandShown>,
    workshops: Vec<WorkshopShown>,
    /// The organiser's activities that could become workshops: (id, title, when).
    candidates: Vec<(i64, String, String)>,
}

/// A stand as the hall shows it, in the reader's language.
pub struct StandShown {
    pub id: i64,
    pub organisation: String,
    pub description_html: String,
    pub language: String,
    /// "09:30–16:00".
    pub hours: String,
    pub open_now: bool,
    pub video_link: Option<String>,
    /// (address, file name, size as "1.2 MB").
    pub documents: Vec<(String, String, String)>,
    /// Participants at the stand now.
    pub visitors: i64,
    /// Its staff at it now.
    pub staff_here: i64,
}

/// A workshop as the programme shows it.
pub struct WorkshopShown {
    pub activity_id: i64,
    pub title: String,
    pub hours: String,
    pub link_now: Option<String>,
}

/// A size as people read it: "340 kB", "1.2 MB".
fn size_text(bytes: i64) -> String {
    if bytes < 1_000_000 {
        format!("{} kB", (bytes + 999) / 1_000)
    } else {
        format!("{}.{} MB", bytes / 1_000_000, (bytes % 1_000_000) / 100_000)
    }
}

fn hours_text(from: i64, to: i64) -> String {
    let (_, from) = crate::activities::local_parts(from);
    let (_, to) = crate::activities::local_parts(to);
    format!("{from}–{to}")
}

async fn hall(visit: &Visit, e: &Event) -> AppResult<Vec<StandShown>> {
    let at = now();
    let present = super::statistics::at_stands_now(&visit.app, e.id).await?;
    let language = visit.language();
    let commune_language = Language::from_code(&visit.commune.default_language);
    Ok(store::stands(&visit.app.db, e.id)
        .await?
        .into_iter()
        .map(|s| {
            let description = [Some(language), commune_language]
                .into_iter()
                .flatten()
                .find_map(|l| s.descriptions.iter().find(|(code, _)| code == l.code()))
                .or_else(|| s.descriptions.first())
                .cloned()
                .unwrap_or_default();
            StandShown {
                id: s.id,
                organisation: s.organisation.clone(),
                description_html: rich_text(&description.1),
                language: description.0,
                hours: hours_text(s.opens_at, s.closes_at),
                open_now: s.opens_at <= at && at < s.closes_at,
                video_link: s.video_link.clone(),
                documents: s
                    .documents
                    .iter()
                    .map(|d| {
                        (
                            format!("{}/{}/documents/{}", base(visit), e.id, d.id),
                            d.file_name.clone(),
                            size_text(d.size_bytes),
                        )
                    })
                    .collect(),
                visitors: present
                    .iter()
                    .find(|(stand, _, _)| *stand == s.id)
                    .map_or(0, |p| p.1),
                staff_here: present
                    .iter()
                    .find(|(stand, _, _)| *stand == s.id)
                    .map_or(0, |p| p.2),
            }
        })
        .collect())
}

const NOTICES: &[(&str, &str)] = &[
    ("created", "event-done-created"),
    ("published", "event-done-published"),
    ("registered", "event-done-registered"),
    ("withdrawn", "event-done-withdrawn"),
    ("check", "event-done-check"),
    ("confirmed", "event-done-confirmed"),
    ("entered", "event-done-entered"),
    ("stand", "event-done-stand"),
    ("workshop", "event-done-workshop"),
];

const REFUSALS: &[(&str, &str)] = &[
    (
        "event-refused-residents-only",
        "event-refused-residents-only",
    ),
    ("event-refused-over", "event-refused-over"),
    ("event-refused-already", "event-refused-already"),
    ("event-refused-full", "event-refused-full"),
];

/// The programme page of `e` for `visit`, with the guest form as typed and its
/// problems.
async fn show_page(
    visit: &Visit,
    e: &Event,
    done: &str,
    guest: (String, String),
    errors: FieldErrors,
) -> AppResult<ShowPage> {
    let app = &visit.app;
    let who = onlooker_of(visit.viewer.as_ref(), &visit.commune);
    let mut page = visit
        .page_at("events-title", &format!("{}/{}", base(visit), e.id))
        .await?;
    let item = shown(e, visit);
    page.title = item.title.clone();
    let joins = visit
        .viewer
        .as_ref()
        .is_some_and(|v| allows(&v.actor(), visit.commune.id, Action::JoinEvents));
    let place = match &visit.viewer {
        Some(v) => gemeng_db::event_questions::place_of(&app.db, e.id, v.id).await?,
        // A guest with their pass to this day.
        None => match super::guest_on(visit, e.id).await? {
            Some(super::Participant::Guest { place, .. }) => Some(place),
            _ => None,
        },
    };
    let registered = place.is_some();
    if let Some(place) = place {
        super::statistics::note_presence(app, e, place, None).await?;
    }
    let at = now();
    let taken = store::places_taken(&app.db, e.id, at).await?;
    let notice = match notice(done, NOTICES) {
        Some(key) => Some(("success".to_string(), page.t(key))),
        None => notice(done, REFUSALS).map(|key| ("important".to_string(), page.t(key))),
    };
    let stands = hall(visit, e).await?;
    let workshops = super::workshops::of_event(app, &visit.commune, visit.viewer.as_ref(), e)
        .await?
        .into_iter()
        .map(|w| WorkshopShown {
            activity_id: w.activity.id,
            title: super::workshops::title_of(&w.activity, visit.language(), &visit.commune),
            hours: hours_text(w.starts_at, w.ends_at),
            link_now: w.link_now,
        })
        .collect();
    let candidates = match &visit.viewer {
        Some(v) if who.manages(e.organiser_id) => {
            super::workshops::candidates(app, &visit.commune, v, e)
                .await?
                .iter()
                .map(|a| {
                    (
                        a.id,
                        super::workshops::title_of(a, visit.language(), &visit.commune),
                        format_local(a.first_starts_at),
                    )
                })
                .collect()
        }
        _ => Vec::new(),
    };
    Ok(ShowPage {
        stands,
        workshops,
        candidates,
        base: base(visit),
        notice,
        manages: who.manages(e.organiser_id),
        joins,
        signed_in: visit.viewer.is_some(),
        registered,
        places_left: (e.capacity - taken).max(0),
        over: at >= e.ends_at,
        // A guest with their place here is not offered another.
        guests: visit.viewer.is_none() && !registered && mode_of(e) == RegistrationMode::Public,
        guest_name: guest.0,
        guest_email: guest.1,
        errors,
        item,
        page,
    })
}

/// `/c/{commune}/events/{event}`: the event's programme page.
pub async fn show(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let who = onlooker_of(visit.viewer.as_ref(), &visit.commune);
    let e = visible(&app, &visit.commune, who, id).await?;
    render(
        &show_page(
            &visit,
            &e,
            &query.done,
            Default::default(),
            FieldErrors::new(),
        )
        .await?,
    )
}

/// `POST /c/{commune}/events/{event}/publish`
pub async fn publish(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseEvents)?;
    super::publish(&app, &visit.commune, account, id).await?;
    Ok(see_other(&format!("{}/{id}?done=published", base(&visit))))
}

/// `POST /c/{commune}/events/{event}/register`
pub async fn register(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    let done = match super::register(&app, &visit.commune, account, id).await? {
        Ok(()) => "registered",
        Err(refusal) => super::refusal_key(refusal),
    };
    Ok(see_other(&format!("{}/{id}?done={done}", base(&visit))))
}

/// `POST /c/{commune}/events/{event}/withdraw`
pub async fn withdraw(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    match super::participant(&visit, id).await? {
        super::Participant::Account(account) => {
            super::withdraw(&app, &visit.commune, account, id).await?
        }
        super::Participant::Guest { place, .. } => {
            super::withdraw_guest(&app, &visit.commune, place, id).await?
        }
    }
    Ok(see_other(&format!("{}/{id}?done=withdrawn", base(&visit))))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GuestFields {
    name: String,
    email: String,
}

/// `POST /c/{commune}/events/{event}/guests`: a guest asks for a place; the answer
/// is "look in your inbox" whatever the address.
pub async fn guest(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(fields): CsrfForm<GuestFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let form = GuestForm {
        name: bounded(fields.name, 120),
        email: bounded(fields.email, 300),
    };
    let requested = super::request_guest(
        &app,
        &visit.commune,
        id,
        &form,
        visit.language(),
        &visit.ctx.client_ip,
    )
    .await?;
    match requested {
        Ok(()) => Ok(see_other(&format!("{}/{id}?done=check", base(&visit)))),
        Err(GuestRefusal::Refused(refusal)) => Ok(see_other(&format!(
            "{}/{id}?done={}",
            base(&visit),
            super::refusal_key(refusal)
        ))),
        Err(GuestRefusal::Invalid(errors)) => {
            let e = visible(&app, &visit.commune, Default::default(), id).await?;
            render_invalid(&show_page(&visit, &e, "", (form.name, form.email), errors).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "events/confirm.html")]
struct ConfirmPage {
    page: Page,
    action: String,
    token: String,
    /// The link cannot work (unknown, used, replaced, expired).
    unknown: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    t: String,
}

/// `/c/{commune}/events/confirm?t=…`: the button that confirms a guest's place.
pub async fn confirm_page(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<TokenQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let action = format!("{}/confirm", base(&visit));
    let known = !query.t.is_empty()
        && query.t.len() <= 100
        && store::awaits_confirmation(&app.db, &gemeng_core::codes::hash_secret(&query.t), now())
            .await?;
    render(&ConfirmPage {
        page: visit.page_at("event-confirm-title", &action).await?,
        action,
        token: bounded(query.t, 100),
        unknown: !known,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenForm {
    t: String,
}

/// `POST /c/{commune}/events/confirm`: confirms the guest's place.
pub async fn confirm(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    match super::confirm_guest(&app, &visit.commune, &form.t).await? {
        Some((e, pass)) => Ok(with_pass(&visit, &e, pass, "confirmed")),
        None => {
            let action = format!("{}/confirm", base(&visit));
            render_invalid(&ConfirmPage {
                page: visit.page_at("event-confirm-title", &action).await?,
                action,
                token: String::new(),
                unknown: true,
            })
        }
    }
}

/// Back to event `e`'s page with `done`, the browser holding the guest's `pass`: a
/// cookie sent back on this event's pages only, until a day after it ends.
fn with_pass(visit: &Visit, e: &Event, pass: String, done: &str) -> Response {
    let home = format!("{}/{}", base(visit), e.id);
    let mut cookie = crate::http::context::cookie(
        &visit.app,
        crate::http::context::EVENT_PASS_COOKIE,
        pass,
        Some((e.ends_at - now()).max(0) + 86_400),
    );
    cookie.set_path(home.clone());
    let jar = axum_extra::extract::cookie::CookieJar::new().add(cookie);
    (jar, see_other(&format!("{home}?done={done}"))).into_response()
}

#[derive(Template)]
#[template(path = "events/enter.html")]
struct EnterPage {
    page: Page,
    action: String,
    token: String,
    /// The link cannot work (unknown, another event's, the place given up).
    unknown: bool,
}

/// The event a guest's entrance link `pass` opens, if it opens event `id`.
async fn entered(visit: &Visit, id: i64, pass: &str) -> AppResult<Option<Event>> {
    let guest = super::guest_of_pass(&visit.app, visit.commune.id, pass).await?;
    if guest.is_none_or(|g| g.event_id != id) {
        return Ok(None);
    }
    let who = onlooker_of(None, &visit.commune);
    match visible(&visit.app, &visit.commune, who, id).await {
        Ok(e) => Ok(Some(e)),
        Err(crate::http::error::AppError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn enter_page(visit: &Visit, id: i64, token: String, unknown: bool) -> AppResult<EnterPage> {
    let action = format!("{}/{id}/enter", base(visit));
    Ok(EnterPage {
        page: visit.page_at("event-enter-title", &action).await?,
        action,
        token: if unknown { String::new() } else { token },
        unknown,
    })
}

/// `/c/{commune}/events/{event}/enter?t=…`: the mailed entrance link of a guest, for
/// another device. A button lets them in (mail scanners open links, only a person
/// presses).
pub async fn enter_form(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<TokenQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let token = bounded(query.t, 100);
    let unknown = entered(&visit, id, &token).await?.is_none();
    render(&enter_page(&visit, id, token, unknown).await?)
}

/// `POST /c/{commune}/events/{event}/enter`: this browser gets the guest's pass.
pub async fn enter(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let token = bounded(form.t, 100);
    match entered(&visit, id, &token).await? {
        Some(e) => Ok(with_pass(&visit, &e, token, "entered")),
        None => render_invalid(&enter_page(&visit, id, String::new(), true).await?),
    }
}

/// The stand form as typed: every field a string, so nothing typed is lost on a
/// refusal (the documents are sent again: a browser cannot be handed files back).
#[derive(Debug, Clone, Default)]
pub struct StandForm {
    pub organisation: String,
    /// (language code, description) in the picker's order.
    pub descriptions: Vec<(String, String)>,
    pub video_link: String,
    pub opens: String,
    pub closes: String,
    /// One address per line.
    pub staff: String,
}

impl StandForm {
    fn blank() -> StandForm {
        StandForm {
            descriptions: Language::ALL
                .iter()
                .map(|l| (l.code().to_string(), String::new()))
                .collect(),
            ..StandForm::default()
        }
    }

    fn parse(pairs: &[(String, String)]) -> StandForm {
        let mut form = StandForm::blank();
        for (name, value) in pairs {
            let value = value.clone();
            match name.as_str() {
                "organisation" => form.organisation = bounded(value, 120),
                "video_link" => form.video_link = bounded(value, 1_000),
                "opens" => form.opens = bounded(value, 10),
                "closes" => form.closes = bounded(value, 10),
                "staff" => form.staff = bounded(value, 4_000),
                other => {
                    if let Some(slot) = other
                        .strip_prefix("description-")
                        .and_then(|code| form.descriptions.iter_mut().find(|d| d.0 == code))
                    {
                        slot.1 = bounded(value, 8_000);
                    }
                }
            }
        }
        form
    }

    fn input(&self) -> super::stands::StandInput {
        super::stands::StandInput {
            organisation: self.organisation.clone(),
            descriptions: self.descriptions.iter().cloned().collect(),
            video_link: Some(self.video_link.clone()),
            opens: self.opens.clone(),
            closes: self.closes.clone(),
            staff: self
                .staff
                .split(['\n', ',', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
        }
    }

    /// Each language's description field: (code, language's name, field, text).
    fn description_fields(&self) -> Vec<(String, String, &'static str, String)> {
        self.descriptions
            .iter()
            .filter_map(|(code, text)| {
                Language::from_code(code).map(|l| {
                    (
                        code.clone(),
                        crate::http::i18n::Tr::new(l).t("language-name"),
                        crate::http::components::description_field(l),
                        text.clone(),
                    )
                })
            })
            .collect()
    }
}

#[derive(Template)]
#[template(path = "events/stand.html")]
struct StandPage {
    page: Page,
    action: String,
    back: String,
    event_title: String,
    descriptions: Vec<(String, String, &'static str, String)>,
    form: StandForm,
    errors: FieldErrors,
}

async fn stand_page(
    visit: &Visit,
    e: &Event,
    form: StandForm,
    errors: FieldErrors,
) -> AppResult<StandPage> {
    let back = format!("{}/{}", base(visit), e.id);
    let action = format!("{back}/stands");
    Ok(StandPage {
        page: visit
            .page_at("stand-new-title", &format!("{action}/new"))
            .await?,
        event_title: shown(e, visit).title,
        descriptions: form.description_fields(),
        action,
        back,
        form,
        errors,
    })
}

/// The event `id` if the visitor organises it (else "not found").
async fn organised(visit: &Visit, id: i64) -> AppResult<Event> {
    let who = onlooker_of(visit.viewer.as_ref(), &visit.commune);
    super::managed(&visit.app, &visit.commune, who, id).await
}

/// `/c/{commune}/events/{event}/stands/new`
pub async fn new_stand(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::OrganiseEvents)?;
    let e = organised(&visit, id).await?;
    let mut form = StandForm::blank();
    form.opens = crate::activities::local_parts(e.starts_at).1;
    form.closes = crate::activities::local_parts(e.ends_at).1;
    render(&stand_page(&visit, &e, form, FieldErrors::new()).await?)
}

/// `POST /c/{commune}/events/{event}/stands` (a form with documents).
pub async fn add_stand(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    crate::http::upload::FilesForm(files, _): crate::http::upload::FilesForm<
        super::stands::StandDocuments,
    >,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseEvents)?;
    let e = organised(&visit, id).await?;
    let form = StandForm::parse(&files.fields);
    if files.file_problem.is_some() {
        let errors = FieldErrors::single("documents", "stand-error-documents-limit");
        return render_invalid(&stand_page(&visit, &e, form, errors).await?);
    }
    let uploads = files
        .files
        .into_iter()
        .zip(files.file_meta)
        .map(|(bytes, (name, media_type))| super::stands::Upload {
            name,
            media_type,
            bytes,
        })
        .collect();
    match super::stands::add(&app, &visit.commune, account, e.id, &form.input(), uploads).await? {
        Ok(_) => Ok(see_other(&format!(
            "{}/{}?done=stand#hall",
            base(&visit),
            e.id
        ))),
        Err(errors) => render_invalid(&stand_page(&visit, &e, form, errors).await?),
    }
}

/// `/c/{commune}/events/{event}/documents/{document}`: a stand's document, for whoever
/// may see the event, as an attachment of the type it was checked as.
pub async fn document(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, document_id)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let who = onlooker_of(visit.viewer.as_ref(), &visit.commune);
    let e = visible(&app, &visit.commune, who, id).await?;
    let d = store::document(&app.db, e.id, document_id)
        .await?
        .ok_or(crate::http::error::AppError::NotFound)?;
    let kind = super::stands::stored_kind(&d.kind).ok_or(crate::http::error::AppError::NotFound)?;
    let bytes = app
        .files
        .get(&d.storage_key)
        .await
        .map_err(|e| crate::http::error::AppError::Internal(e.into()))?
        .ok_or(crate::http::error::AppError::NotFound)?;
    let disposition = format!(
        "attachment; filename*=UTF-8''{}",
        percent_encoding::utf8_percent_encode(&d.file_name, percent_encoding::NON_ALPHANUMERIC)
    );
    let private = mode_of(&e) != RegistrationMode::Public || e.published_at.is_none();
    Ok((
        [
            (header::CONTENT_TYPE, kind.media_type().to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
            (
                header::CACHE_CONTROL,
                if private {
                    "private, no-store"
                } else {
                    "public, max-age=3600"
                }
                .to_string(),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WorkshopFields {
    activity: String,
}

/// `POST /c/{commune}/events/{event}/workshops`: one of the organiser's activities
/// becomes a workshop of the day.
pub async fn add_workshop(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(fields): CsrfForm<WorkshopFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseEvents)?;
    let e = organised(&visit, id).await?;
    let attached = match fields.activity.trim().parse::<i64>() {
        Ok(activity) => {
            super::workshops::attach(&app, &visit.commune, account, e.id, activity).await?
        }
        Err(_) => Err(FieldErrors::single("activity", "workshop-error-activity")),
    };
    match attached {
        Ok(()) => Ok(see_other(&format!(
            "{}/{}?done=workshop#workshops",
            base(&visit),
            e.id
        ))),
        Err(errors) => {
            render_invalid(&show_page(&visit, &e, "", Default::default(), errors).await?)
        }
    }
}

/// A question as the stand's page shows it to one reader.
pub struct QuestionShown {
    pub id: i64,
    pub body: String,
    pub upvotes: i64,
    pub answer_html: Option<String>,
    /// The reader may upvote it (registered, not theirs, not yet).
    pub upvotable: bool,
    pub upvoted: bool,
    /// The reader may report it (registered, not theirs).
    pub reportable: bool,
}

#[derive(Template)]
#[template(path = "events/stand_page.html")]
struct StandQaPage {
    page: Page,
    base: String,
    event_id: i64,
    event_title: String,
    stand: StandShown,
    /// The reader may read the Q&A (registered, the stand's staff, an organiser).
    reads: bool,
    /// The reader may ask (registered).
    asks: bool,
    /// The reader answers and hides here (the stand's staff, an organiser).
    moderates: bool,
    questions: Vec<QuestionShown>,
    body: String,
    request_key: String,
    notice: Option<(String, String)>,
    errors: FieldErrors,
}

pub(super) const MUTE_REFUSALS: &[(&str, &str)] = &[
    ("mute-refused-oneself", "mute-refused-oneself"),
    ("mute-refused-organiser", "mute-refused-organiser"),
    ("mute-refused-staff", "mute-refused-staff"),
];

const QUESTION_NOTICES: &[(&str, &str)] = &[
    ("muted", "mute-done"),
    ("reported", "event-report-sent"),
    ("asked", "question-done-asked"),
    ("upvoted", "question-done-upvoted"),
    ("answered", "question-done-answered"),
    ("hidden", "question-done-hidden"),
];

const QUESTION_REFUSALS: &[(&str, &str)] = &[
    ("question-refused-own", "question-refused-own"),
    ("question-refused-already", "question-refused-already"),
    ("question-refused-hidden", "question-refused-hidden"),
    (
        "question-error-not-registered",
        "question-error-not-registered",
    ),
];

async fn stand_qa_page(
    visit: &Visit,
    (event_id, stand_id): (i64, i64),
    done: &str,
    body: String,
    errors: FieldErrors,
) -> AppResult<StandQaPage> {
    let app = &visit.app;
    // The hall's stands are read once: the one asked for is among them, or not found.
    let who = onlooker_of(visit.viewer.as_ref(), &visit.commune);
    let e = visible(app, &visit.commune, who, event_id).await?;
    let stand = hall(visit, &e)
        .await?
        .into_iter()
        .find(|s| s.id == stand_id)
        .ok_or(crate::http::error::AppError::NotFound)?;
    let (place, moderates) = match &visit.viewer {
        Some(v) => {
            let roles = super::questions::roles_of(app, &visit.commune, v, &e).await?;
            if roles.staff_of.contains(&stand_id) {
                super::statistics::note_staff(app, (e.starts_at, e.ends_at), stand_id, v.id)
                    .await?;
            }
            (
                gemeng_db::event_questions::place_of(&app.db, e.id, v.id).await?,
                gemeng_core::events::moderation::may_moderate(
                    &roles,
                    &gemeng_core::events::Room::Stand { stand: stand_id },
                ),
            )
        }
        None => match super::guest_on(visit, event_id).await? {
            Some(super::Participant::Guest { place, .. }) => (Some(place), false),
            _ => (None, false),
        },
    };
    let reads = place.is_some() || moderates;
    if let Some(place) = place {
        super::statistics::note_presence(app, &e, place, Some(stand_id)).await?;
    }
    let upvoted = match place {
        Some(p) => gemeng_db::event_questions::upvoted_by(&app.db, stand_id, p).await?,
        None => Vec::new(),
    };
    let questions = if reads {
        gemeng_db::event_questions::shown(&app.db, stand_id, super::questions::SHOWN_MAX)
            .await?
            .into_iter()
            .map(|q| QuestionShown {
                upvotable: place.is_some_and(|p| p != q.registration_id)
                    && !upvoted.contains(&q.id),
                upvoted: upvoted.contains(&q.id),
                reportable: place.is_some_and(|p| p != q.registration_id),
                id: q.id,
                body: q.body,
                upvotes: q.upvotes,
                answer_html: q.answer.as_deref().map(rich_text),
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut page = visit
        .page_at(
            "events-title",
            &format!("{}/{}/stands/{stand_id}", base(visit), e.id),
        )
        .await?;
    page.title = stand.organisation.clone();
    let notice = match notice(done, QUESTION_NOTICES) {
        Some(key) => Some(("success".to_string(), page.t(key))),
        None => notice(done, QUESTION_REFUSALS).map(|key| ("important".to_string(), page.t(key))),
    };
    Ok(StandQaPage {
        base: base(visit),
        event_id: e.id,
        event_title: shown(&e, visit).title,
        stand,
        reads,
        asks: place.is_some(),
        moderates,
        questions,
        body,
        request_key: new_request_key(),
        notice,
        errors,
        page,
    })
}

/// `/c/{commune}/events/{event}/stands/{stand}`: the stand and its Q&A (for those
/// registered, its staff and the organisers), refreshed by reloading.
pub async fn stand(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, stand_id)): Path<(String, i64, i64)>,
    Query(query): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    render(
        &stand_qa_page(
            &visit,
            (id, stand_id),
            &query.done,
            String::new(),
            FieldErrors::new(),
        )
        .await?,
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct QuestionFields {
    body: String,
    request_key: String,
}

fn stand_url(visit: &Visit, id: i64, stand_id: i64) -> String {
    format!("{}/{id}/stands/{stand_id}", base(visit))
}

/// `POST /c/{commune}/events/{event}/stands/{stand}/questions`
pub async fn ask(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, stand_id)): Path<(String, i64, i64)>,
    CsrfForm(fields): CsrfForm<QuestionFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let who = super::participant(&visit, id).await?;
    let body = bounded(fields.body, 1_000);
    match super::questions::ask(
        &app,
        &visit.commune,
        who,
        (id, stand_id),
        &body,
        &fields.request_key,
    )
    .await?
    {
        Ok(_) => Ok(see_other(&format!(
            "{}?done=asked#questions",
            stand_url(&visit, id, stand_id)
        ))),
        Err(errors) => {
            render_invalid(&stand_qa_page(&visit, (id, stand_id), "", body, errors).await?)
        }
    }
}

/// `POST /c/{commune}/events/{event}/stands/{stand}/questions/{question}/upvote`
pub async fn upvote(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, stand_id, question)): Path<(String, i64, i64, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let who = super::participant(&visit, id).await?;
    let done = match super::questions::upvote(&app, &visit.commune, who, (id, stand_id), question)
        .await?
    {
        Ok(()) => "upvoted",
        Err(key) => key,
    };
    Ok(see_other(&format!(
        "{}?done={done}#question-{question}",
        stand_url(&visit, id, stand_id)
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerFields {
    answer: String,
}

/// `POST /c/{commune}/events/{event}/stands/{stand}/questions/{question}/answer`
pub async fn answer(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, stand_id, question)): Path<(String, i64, i64, i64)>,
    CsrfForm(fields): CsrfForm<AnswerFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    let text = bounded(fields.answer, 4_000);
    match super::questions::answer(
        &app,
        &visit.commune,
        account,
        (id, stand_id),
        question,
        &text,
    )
    .await?
    {
        Ok(()) => Ok(see_other(&format!(
            "{}?done=answered#question-{question}",
            stand_url(&visit, id, stand_id)
        ))),
        Err(errors) => {
            render_invalid(&stand_qa_page(&visit, (id, stand_id), "", String::new(), errors).await?)
        }
    }
}

/// `POST /c/{commune}/events/{event}/stands/{stand}/questions/{question}/hide`
pub async fn hide(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, stand_id, question)): Path<(String, i64, i64, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    super::questions::hide(&app, &visit.commune, account, (id, stand_id), question).await?;
    Ok(see_other(&format!(
        "{}?done=hidden#questions",
        stand_url(&visit, id, stand_id)
    )))
}

#[derive(Template)]
#[template(path = "events/lounge.html")]
pub(super) struct LoungePage {
    page: Page,
    base: String,
    event_id: i64,
    event_title: String,
    /// (id, author, body, "14:05", the reader's own).
    messages: Vec<(i64, String, String, String, bool)>,
    present: i64,
    /// "Meet someone", for a registered participant.
    meet: Option<MeetView>,
    /// The reader's place at the event (0: none), so the live script knows their own
    /// messages.
    place: i64,
    /// The commune's time zone, for the times of messages the live script adds.
    time_zone: &'static str,
    posts: bool,
    hides: bool,
    body: String,
    request_key: String,
    notice: Option<(String, String)>,
    errors: FieldErrors,
}

/// The lounge's page; `checked`, the languages a refused "meet someone" form sent.
pub(super) async fn lounge_page(
    visit: &Visit,
    id: i64,
    done: &str,
    body: String,
    errors: FieldErrors,
    checked: Option<&[String]>,
) -> AppResult<LoungePage> {
    let (e, standing, messages, present) = super::lounge::read(
        &visit.app,
        &visit.commune,
        super::onlooking(visit, id).await?,
        id,
        None,
    )
    .await?;
    let mut page = visit
        .page_at("lounge-title", &format!("{}/{}/lounge", base(visit), e.id))
        .await?;
    let meet = match standing.place {
        Some(place) => {
            let meeting = super::meetings::of_place(&visit.app, place).await?;
            Some(MeetView::of(&meeting, place, &page, checked))
        }
        None => None,
    };
    let notice = match notice(
        done,
        &[
            ("posted", "lounge-done-posted"),
            ("hidden", "lounge-done-hidden"),
            ("muted", "mute-done"),
            ("asked", "meet-done-asked"),
            ("reported", "event-report-sent"),
            ("withdrawn", "meet-done-withdrawn"),
        ],
    ) {
        Some(key) => Some(("success".to_string(), page.t(key))),
        None => notice(done, MUTE_REFUSALS).map(|key| ("important".to_string(), page.t(key))),
    };
    page.title = page.t("lounge-title");
    Ok(LoungePage {
        base: base(visit),
        event_id: e.id,
        event_title: shown(&e, visit).title,
        messages: messages
            .into_iter()
            .map(|m| {
                (
                    m.id,
                    m.author,
                    m.body,
                    crate::activities::local_parts(m.sent_at).1,
                    standing.place == Some(m.registration_id),
                )
            })
            .collect(),
        present,
        meet,
        place: standing.place.unwrap_or_default(),
        time_zone: chrono_tz::Europe::Luxembourg.name(),
        posts: standing.place.is_some(),
        hides: standing.organiser,
        body,
        request_key: new_request_key(),
        notice,
        errors,
        page,
    })
}

/// `/c/{commune}/events/{event}/lounge`: the lounge's chat, refreshed by reloading.
pub async fn lounge(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    render(
        &lounge_page(
            &visit,
            id,
            &query.done,
            String::new(),
            FieldErrors::new(),
            None,
        )
        .await?,
    )
}

/// `POST /c/{commune}/events/{event}/lounge`
pub async fn say(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(fields): CsrfForm<QuestionFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let who = super::participant(&visit, id).await?;
    let body = bounded(fields.body, 1_000);
    match super::lounge::post(&app, &visit.commune, who, id, &body, &fields.request_key).await? {
        Ok(_) => Ok(see_other(&format!(
            "{}/{id}/lounge?done=posted#say",
            base(&visit)
        ))),
        Err(errors) => render_invalid(&lounge_page(&visit, id, "", body, errors, None).await?),
    }
}

/// `POST /c/{commune}/events/{event}/lounge/{message}/hide`
pub async fn hide_message(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, message)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    super::lounge::hide(&app, &visit.commune, account, id, message).await?;
    Ok(see_other(&format!(
        "{}/{id}/lounge?done=hidden",
        base(&visit)
    )))
}

/// `POST /c/{commune}/events/{event}/lounge/{message}/mute`: an organiser mutes the
/// message's author for the rest of the day.
pub async fn mute_in_lounge(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, message)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    let done =
        match super::mutes::mute_lounge_author(&app, &visit.commune, account, id, message).await? {
            Ok(()) => "muted",
            Err(key) => key,
        };
    Ok(see_other(&format!(
        "{}/{id}/lounge?done={done}",
        base(&visit)
    )))
}

/// `POST /c/{commune}/events/{event}/stands/{stand}/questions/{question}/mute`: the
/// stand's staff (at this stand) or an organiser (everywhere) mute the question's
/// author for the rest of the day.
pub async fn mute_at_stand(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, stand_id, question)): Path<(String, i64, i64, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    let done =
        match super::mutes::mute_asker(&app, &visit.commune, account, (id, stand_id), question)
            .await?
        {
            Ok(()) => "muted",
            Err(key) => key,
        };
    Ok(see_other(&format!(
        "{}?done={done}#questions",
        stand_url(&visit, id, stand_id)
    )))
}
