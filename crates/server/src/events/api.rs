//! The event days' API: anyone reads the events they may see (the public ones
//! without a token); organisers create and publish them; account holders register
//! and withdraw; guests ask for a place with a name and an e-mail address.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::events::participation::GuestForm;
use gemeng_core::permissions::Action;
use gemeng_db::events::{self as store, Event};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{coming, onlooker_of, refusal_key, visible, EventInput, GuestRefusal, Participant};
use crate::app::{now, App};
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// One language's version of an event.
#[derive(Serialize, ToSchema)]
pub struct EventVersionOut {
    /// lb, de, fr, en or pt.
    pub language: String,
    pub title: String,
    pub description: String,
}

/// An event as the caller may see it.
#[derive(Serialize, ToSchema)]
pub struct EventOut {
    pub id: i64,
    /// The day, `YYYY-MM-DD`, on the commune's clock.
    pub day: String,
    /// Unix seconds.
    pub starts_at: i64,
    pub ends_at: i64,
    /// `public` or `residents_only`.
    pub registration: String,
    pub capacity: i64,
    /// The event's own video room, if any.
    pub link: Option<String>,
    /// Unix seconds; none while it is a draft (seen only by its organiser and staff).
    pub published_at: Option<i64>,
    /// Every version, in the language picker's order.
    pub versions: Vec<EventVersionOut>,
    /// Whether the caller organises it (its organiser, staff).
    pub manages: bool,
}

fn out(e: &Event, manages: bool) -> EventOut {
    EventOut {
        id: e.id,
        day: e.day.clone(),
        starts_at: e.starts_at,
        ends_at: e.ends_at,
        registration: e.registration.clone(),
        capacity: e.capacity,
        link: e.link.clone(),
        published_at: e.published_at,
        versions: e
            .versions
            .iter()
            .map(|v| EventVersionOut {
                language: v.language.clone(),
                title: v.title.clone(),
                description: v.description.clone(),
            })
            .collect(),
        manages,
    }
}

/// The coming events the caller may see.
#[derive(Serialize, ToSchema)]
pub struct EventsOut {
    pub events: Vec<EventOut>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/events", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug")),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The events not over yet that the caller may see, the soonest first (at most 100): published public ones without a token; residents-only ones too for verified residents; drafts for their organiser; every one for staff", body = EventsOut),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<EventsOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let who = onlooker_of(visit.caller.as_ref(), &visit.commune);
    let events = coming(&app, &visit.commune, who)
        .await?
        .iter()
        .map(|e| out(e, who.manages(e.organiser_id)))
        .collect();
    Ok(Json(EventsOut { events }))
}

/// One event, with where its places stand and the caller's.
#[derive(Serialize, ToSchema)]
pub struct EventDetailOut {
    #[serde(flatten)]
    pub event: EventOut,
    /// Places not taken: held by account holders and confirmed guests, or held for
    /// guests until their link lapses.
    pub places_left: i64,
    /// Whether the caller holds a place.
    pub registered: bool,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/events/{event}", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The event, its places left and whether the caller holds one", body = EventDetailOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no event the caller may see", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<EventDetailOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let who = onlooker_of(visit.caller.as_ref(), &visit.commune);
    let e = visible(&app, &visit.commune, who, id).await?;
    detail(&app, &visit, &e).await.map(Json)
}

async fn detail(app: &App, visit: &ApiVisit, e: &Event) -> AppResult<EventDetailOut> {
    let who = onlooker_of(visit.caller.as_ref(), &visit.commune);
    let taken = store::places_taken(&app.db, e.id, now()).await?;
    let registered = match &visit.caller {
        Some(caller) => store::is_registered(&app.db, e.id, caller.id).await?,
        None => false,
    };
    Ok(EventDetailOut {
        event: out(e, who.manages(e.organiser_id)),
        places_left: (e.capacity - taken).max(0),
        registered,
    })
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = EventInput,
    responses(
        (status = 201, description = "Created as a draft, seen only by its organiser and staff until published (for a `request_key` sent before: the one created then)", body = EventDetailOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and organiser accounts organise events", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No title, a version half written, blank or too long, an unknown language; a date or time that is none, an end before the start or less than 30 minutes after it, a day in the past; a registration other than public or residents_only; a capacity outside 1 to 10000; a link that is not https", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many events today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<EventInput>,
) -> AppResult<(StatusCode, Json<EventDetailOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseEvents)?;
    let id = super::create(&app, &visit.commune, account, &input)
        .await?
        .map_err(AppError::Invalid)?;
    let who = onlooker_of(Some(account), &visit.commune);
    let e = visible(&app, &visit.commune, who, id).await?;
    Ok((StatusCode::CREATED, Json(detail(&app, &visit, &e).await?)))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/publish", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Published (or published already): the programme is open to those it is for", body = EventDetailOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and organiser accounts organise events", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no event the caller organises", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn publish(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<EventDetailOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseEvents)?;
    super::publish(&app, &visit.commune, account, id).await?;
    let who = onlooker_of(Some(account), &visit.commune);
    let e = visible(&app, &visit.commune, who, id).await?;
    Ok(Json(detail(&app, &visit, &e).await?))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/registration", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "A place; the caller is told by e-mail", body = EventDetailOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no published event the caller may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Registered already, the event is full or over, or for residents only", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many registrations this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn register(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<(StatusCode, Json<EventDetailOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    super::register(&app, &visit.commune, account, id)
        .await?
        .map_err(|refusal| AppError::Conflict(refusal_key(refusal)))?;
    let who = onlooker_of(Some(account), &visit.commune);
    let e = visible(&app, &visit.commune, who, id).await?;
    Ok((StatusCode::CREATED, Json(detail(&app, &visit, &e).await?)))
}

#[utoipa::path(delete, path = "/api/v1/communes/{commune}/events/{event}/registration", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Withdrawn (or never registered)"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no event the caller may see", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many registrations this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn withdraw(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    super::withdraw(&app, &visit.commune, account, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A guest's request for a place: a name shown to others in the lounge, and the
/// address the confirmation link is mailed to (in the language of the request's
/// `Accept-Language`).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct GuestInput {
    #[schema(max_length = 60)]
    pub name: String,
    #[schema(max_length = 254)]
    pub email: String,
}

/// What a guest's request gave: the same whatever the address.
#[derive(Serialize, ToSchema)]
pub struct GuestRequestOut {
    /// Always `check_your_inbox`: whether the address holds a place already is told
    /// by e-mail, to its owner only.
    pub outcome: String,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/guests", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(()),
    request_body = GuestInput,
    responses(
        (status = 202, description = "A confirmation link is mailed (or, for an address that holds a place, an e-mail saying so; past three e-mails a day for one address and event, nothing): the answer is the same", body = GuestRequestOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no published public event", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The event is full or over", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A name of fewer than 2 or more than 60 characters or with hidden characters; an e-mail address missing, invalid or not plain ASCII", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn guest(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<GuestInput>,
) -> AppResult<(StatusCode, Json<GuestRequestOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    // Seen as by anyone: a residents-only event or a draft is not found.
    let form = GuestForm {
        name: input.name,
        email: input.email,
    };
    match super::request_guest(
        &app,
        &visit.commune,
        id,
        &form,
        visit.tr.language,
        &visit.client_ip,
    )
    .await?
    {
        Ok(()) => Ok((
            StatusCode::ACCEPTED,
            Json(GuestRequestOut {
                outcome: "check_your_inbox".into(),
            }),
        )),
        Err(GuestRefusal::Invalid(errors)) => Err(AppError::Invalid(errors)),
        Err(GuestRefusal::Refused(refusal)) => Err(AppError::Conflict(refusal_key(refusal))),
    }
}

/// One of a stand's documents.
#[derive(Serialize, ToSchema)]
pub struct DocumentOut {
    pub id: i64,
    pub file_name: String,
    /// pdf, jpeg, png, webp, odf_text, odf_spreadsheet, odf_presentation, docx, xlsx
    /// or pptx.
    pub kind: String,
    pub size_bytes: i64,
    /// Where to download it (for whoever may see the event).
    pub url: String,
}

/// A stand of the hall.
#[derive(Serialize, ToSchema)]
pub struct StandOut {
    pub id: i64,
    pub organisation: String,
    /// The description by language code.
    pub descriptions: std::collections::BTreeMap<String, String>,
    pub video_link: Option<String>,
    /// Unix seconds.
    pub opens_at: i64,
    pub closes_at: i64,
    pub documents: Vec<DocumentOut>,
    /// How many accounts answer questions there (who they are is not said).
    pub staff_count: usize,
    /// Participants at the stand now (seen in the last 45 seconds).
    pub visitors_now: i64,
    /// Its staff at it now (seen in the last two minutes).
    pub staff_here: i64,
}

/// An event's hall.
#[derive(Serialize, ToSchema)]
pub struct StandsOut {
    pub stands: Vec<StandOut>,
}

fn stand_out(
    commune: &str,
    event_id: i64,
    s: store::Stand,
    present: &[(i64, i64, i64)],
) -> StandOut {
    let here = present.iter().find(|(stand, _, _)| *stand == s.id);
    StandOut {
        visitors_now: here.map_or(0, |p| p.1),
        staff_here: here.map_or(0, |p| p.2),
        id: s.id,
        organisation: s.organisation,
        descriptions: s.descriptions.into_iter().collect(),
        video_link: s.video_link,
        opens_at: s.opens_at,
        closes_at: s.closes_at,
        documents: s
            .documents
            .into_iter()
            .map(|d| DocumentOut {
                url: format!("/c/{commune}/events/{event_id}/documents/{}", d.id),
                id: d.id,
                file_name: d.file_name,
                kind: d.kind,
                size_bytes: d.size_bytes,
            })
            .collect(),
        staff_count: s.staff.len(),
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/events/{event}/stands", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The event's stands in the hall's order", body = StandsOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no event the caller may see", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn stands(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<StandsOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let who = onlooker_of(visit.caller.as_ref(), &visit.commune);
    let e = visible(&app, &visit.commune, who, id).await?;
    let present = super::statistics::at_stands_now(&app, e.id).await?;
    let stands = store::stands(&app.db, e.id)
        .await?
        .into_iter()
        .map(|s| stand_out(&visit.commune.slug, e.id, s, &present))
        .collect();
    Ok(Json(StandsOut { stands }))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/stands", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    request_body = super::stands::StandInput,
    responses(
        (status = 201, description = "The stand, added after the others (documents are added with the page's form)", body = StandOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and organiser accounts organise events", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no event the caller organises", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An organisation of fewer than 2 or more than 60 characters; no description, or one blank or too long; hours that are none, upside down or outside the day's; a video link that is not https; a staff address of no account of the commune, twice, or more than 20; a hundred stands already", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many stands today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn add_stand(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<super::stands::StandInput>,
) -> AppResult<(StatusCode, Json<StandOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseEvents)?;
    let stand_id = super::stands::add(&app, &visit.commune, account, id, &input, Vec::new())
        .await?
        .map_err(AppError::Invalid)?;
    let stand = store::stands(&app.db, id)
        .await?
        .into_iter()
        .find(|s| s.id == stand_id)
        .ok_or(AppError::NotFound)?;
    Ok((
        StatusCode::CREATED,
        Json(stand_out(&visit.commune.slug, id, stand, &[])),
    ))
}

/// An activity to make a workshop of the day.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct WorkshopInput {
    /// The activity's id: one the caller organises, every session within the day.
    #[serde(deserialize_with = "crate::http::api::whole_i64")]
    #[schema(value_type = i64)]
    pub activity: i64,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/workshops", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    request_body = WorkshopInput,
    responses(
        (status = 204, description = "The activity is a workshop of the day (its registration stays on the activity)"),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and organiser accounts organise events", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no event the caller organises", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No activity the caller organises, a session outside the day, or a workshop of an event already", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn add_workshop(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<WorkshopInput>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseEvents)?;
    super::workshops::attach(&app, &visit.commune, account, id, input.activity)
        .await?
        .map_err(AppError::Invalid)?;
    Ok(StatusCode::NO_CONTENT)
}

/// A question of a stand's Q&A.
#[derive(Serialize, ToSchema)]
pub struct QuestionOut {
    pub id: i64,
    pub body: String,
    /// Unix seconds.
    pub asked_at: i64,
    pub upvotes: i64,
    pub answer: Option<String>,
    pub answered_at: Option<i64>,
    /// Whether the caller asked it.
    pub mine: bool,
    /// Whether the caller upvoted it.
    pub upvoted: bool,
}

/// A stand's questions, in the order shown: unanswered first, then the most upvoted,
/// then the oldest.
#[derive(Serialize, ToSchema)]
pub struct QuestionsOut {
    pub questions: Vec<QuestionOut>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/events/{event}/stands/{stand}/questions", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("stand" = i64, Path, description = "The stand's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The questions not hidden (at most 200)", body = QuestionsOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event the caller may see, or stand of it; or the caller is neither registered nor the stand's staff nor an organiser", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn questions(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, stand_id)): Path<(String, i64, i64)>,
) -> AppResult<Json<QuestionsOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    let (e, stand) =
        super::questions::stand_of(&app, &visit.commune, Some(account), id, stand_id).await?;
    let roles = super::questions::roles_of(&app, &visit.commune, account, &e).await?;
    let place = gemeng_db::event_questions::place_of(&app.db, e.id, account.id).await?;
    let moderates = gemeng_core::events::moderation::may_moderate(
        &roles,
        &gemeng_core::events::Room::Stand { stand: stand.id },
    );
    if place.is_none() && !moderates {
        return Err(AppError::NotFound);
    }
    let upvoted = match place {
        Some(p) => gemeng_db::event_questions::upvoted_by(&app.db, stand.id, p).await?,
        None => Vec::new(),
    };
    let questions =
        gemeng_db::event_questions::shown(&app.db, stand.id, super::questions::SHOWN_MAX)
            .await?
            .into_iter()
            .map(|q| QuestionOut {
                mine: place == Some(q.registration_id),
                upvoted: upvoted.contains(&q.id),
                id: q.id,
                body: q.body,
                asked_at: q.asked_at,
                upvotes: q.upvotes,
                answer: q.answer,
                answered_at: q.answered_at,
            })
            .collect();
    Ok(Json(QuestionsOut { questions }))
}

/// A question, or an answer.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct LiveTextInput {
    /// A question: at most 280 characters; an answer: at most 2000; at most 10 lines.
    #[schema(max_length = 2000)]
    pub text: String,
    /// A question's key: sending the same one again asks nothing new.
    #[schema(max_length = 64)]
    pub request_key: String,
}

/// A question asked.
#[derive(Serialize, ToSchema)]
pub struct QuestionAskedOut {
    pub id: i64,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/stands/{stand}/questions", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("stand" = i64, Path, description = "The stand's id")),
    security(("bearer" = [])),
    request_body = LiveTextInput,
    responses(
        (status = 201, description = "Asked (for a `request_key` sent before: the question asked then)", body = QuestionAskedOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event the caller may see, or stand of it", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not registered for the event; an empty text, one over 280 characters or 10 lines, or with hidden characters", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "More than 5 questions in 10 seconds or 20 in a minute", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn ask(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, stand_id)): Path<(String, i64, i64)>,
    ApiJson(input): ApiJson<LiveTextInput>,
) -> AppResult<(StatusCode, Json<QuestionAskedOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    let question = super::questions::ask(
        &app,
        &visit.commune,
        Participant::Account(account),
        (id, stand_id),
        &input.text,
        &input.request_key,
    )
    .await?
    .map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(QuestionAskedOut { id: question })))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/stands/{stand}/questions/{question}/upvote", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("stand" = i64, Path, description = "The stand's id"), ("question" = i64, Path, description = "The question's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Upvoted"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event, stand or question shown", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not registered, one's own question, or upvoted already", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn upvote(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, stand_id, question)): Path<(String, i64, i64, i64)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    super::questions::upvote(
        &app,
        &visit.commune,
        Participant::Account(account),
        (id, stand_id),
        question,
    )
    .await?
    .map_err(AppError::Conflict)?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/stands/{stand}/questions/{question}/answer", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("stand" = i64, Path, description = "The stand's id"), ("question" = i64, Path, description = "The question's id")),
    security(("bearer" = [])),
    request_body = LiveTextInput,
    responses(
        (status = 204, description = "Answered (an answer given before is replaced)"),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event, stand or question shown; or the caller is neither the stand's staff nor an organiser", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An empty text, one over 2000 characters or 10 lines, or with hidden characters", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn answer(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, stand_id, question)): Path<(String, i64, i64, i64)>,
    ApiJson(input): ApiJson<LiveTextInput>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    super::questions::answer(
        &app,
        &visit.commune,
        account,
        (id, stand_id),
        question,
        &input.text,
    )
    .await?
    .map_err(AppError::Invalid)?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/stands/{stand}/questions/{question}/hide", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("stand" = i64, Path, description = "The stand's id"), ("question" = i64, Path, description = "The question's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Hidden (or hidden already): shown to nobody, in the audit log"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event, stand or question; or the caller is neither the stand's staff nor an organiser", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn hide(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, stand_id, question)): Path<(String, i64, i64, i64)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    super::questions::hide(&app, &visit.commune, account, (id, stand_id), question).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A message of the lounge.
#[derive(Serialize, ToSchema)]
pub struct LoungeMessageOut {
    /// Increasing: where a reader resumes (`after`).
    pub id: i64,
    /// The author's name (an account's display name, or a guest's name).
    pub author: String,
    pub body: String,
    /// Unix seconds.
    pub sent_at: i64,
    /// Whether the caller wrote it.
    pub mine: bool,
}

/// The lounge as the caller finds it.
#[derive(Serialize, ToSchema)]
pub struct LoungeOut {
    pub messages: Vec<LoungeMessageOut>,
    /// Different participants seen at the event in the last 45 seconds.
    pub present: i64,
}

/// Where to resume.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LoungeParams {
    /// The last message id the caller has: the messages after it (at most 100, the
    /// oldest first). Without it, the latest 100.
    #[serde(default)]
    #[param(minimum = 0)]
    pub after: Option<i64>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/events/{event}/lounge", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), LoungeParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The messages not hidden, the oldest first, and how many people are at the event now", body = LoungeOut),
        (status = 400, description = "An id or `after` that is not a whole number within 64 bits", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or event the caller may see; or the caller is neither registered nor an organiser", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A negative `after`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn lounge(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    axum::extract::Query(params): axum::extract::Query<LoungeParams>,
) -> AppResult<Json<LoungeOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    if params.after.is_some_and(|a| a < 0) {
        return Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("after", "feed-error-cursor"),
        ));
    }
    let (_, standing, messages, present) = super::lounge::read(
        &app,
        &visit.commune,
        Some(Participant::Account(account)),
        id,
        params.after,
    )
    .await?;
    Ok(Json(LoungeOut {
        messages: messages
            .into_iter()
            .map(|m| LoungeMessageOut {
                mine: standing.place == Some(m.registration_id),
                id: m.id,
                author: m.author,
                body: m.body,
                sent_at: m.sent_at,
            })
            .collect(),
        present,
    }))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/lounge", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id")),
    security(("bearer" = [])),
    request_body = LiveTextInput,
    responses(
        (status = 201, description = "Posted (for a `request_key` sent before: the message posted then)", body = QuestionAskedOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The e-mail address is not confirmed yet, or an organiser account", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no event the caller may see", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not registered; an empty text, one over 500 characters or 10 lines, or with hidden characters", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "More than 5 messages in 10 seconds or 20 in a minute", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn say(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<LiveTextInput>,
) -> AppResult<(StatusCode, Json<QuestionAskedOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinEvents)?;
    let message = super::lounge::post(
        &app,
        &visit.commune,
        Participant::Account(account),
        id,
        &input.text,
        &input.request_key,
    )
    .await?
    .map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(QuestionAskedOut { id: message })))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/lounge/{message}/hide", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("message" = i64, Path, description = "The message's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Hidden: shown to nobody, removed from the live pages, in the audit log"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event or shown message; or the caller is not an organiser of the event", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn hide_message(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, message)): Path<(String, i64, i64)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    super::lounge::hide(&app, &visit.commune, account, id, message).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/lounge/{message}/mute", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("message" = i64, Path, description = "The message whose author is muted")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The author may no longer write anywhere in the event for the rest of the day (they still read); in the audit log"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event or message; or the caller is not an organiser of the event", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not muted: `mute-refused-oneself`, `mute-refused-organiser` or `mute-refused-staff`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn mute_author(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, message)): Path<(String, i64, i64)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    super::mutes::mute_lounge_author(&app, &visit.commune, account, id, message)
        .await?
        .map_err(AppError::Conflict)?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/events/{event}/stands/{stand}/questions/{question}/mute", tag = "events",
    params(("commune" = String, Path, description = "The commune's slug"), ("event" = i64, Path, description = "The event's id"), ("stand" = i64, Path, description = "The stand's id"), ("question" = i64, Path, description = "The question whose asker is muted")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The asker may no longer ask at this stand (muted by its staff) or anywhere in the event (by an organiser) for the rest of the day; in the audit log"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, event, stand or question; or the caller is neither the stand's staff nor an organiser", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not muted: `mute-refused-oneself`, `mute-refused-organiser` or `mute-refused-staff`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn mute_asker(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, stand_id, question)): Path<(String, i64, i64, i64)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    super::mutes::mute_asker(&app, &visit.commune, account, (id, stand_id), question)
        .await?
        .map_err(AppError::Conflict)?;
    Ok(StatusCode::NO_CONTENT)
}
