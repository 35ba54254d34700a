//! The activities' API: anyone reads what they may see (the public activities
//! without a token); members register, wait and withdraw; organisers create
//! activities, read their registrants (names, never addresses) and cancel sessions.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::activities::{may_manage, Registration};
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::activities::{self as store, Activity, Session};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{
    cursor_text, managed, page_for, parse_cursor, reach_of, refusal_key, version_in, viewer_of,
    visible, ActivityChangeInput, ActivityInput, Organising,
};
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// One language's version of an activity.
#[derive(Serialize, ToSchema)]
pub struct ActivityVersionOut {
    /// lb, de, fr, en or pt.
    pub language: String,
    pub title: String,
    pub description: String,
}

/// One session, with its places.
#[derive(Serialize, ToSchema)]
pub struct ActivitySessionOut {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub cancelled: bool,
    /// People holding a place.
    pub registered: i64,
    /// People on the waiting list.
    pub waiting: i64,
    /// Where the caller stands: `registered`, `waiting`, or absent.
    pub standing: Option<String>,
    /// The caller's place on the waiting list (1 is next), when waiting (at a café:
    /// on the list of the language they wait for).
    pub position: Option<i64>,
    /// A language café's tables in this session, in the café's order.
    pub tables: Vec<SessionTableOut>,
    /// A language café's waiting lists in this session, those not empty.
    pub waiting_for: Vec<LanguageWaitingOut>,
}

/// One table of a language café.
#[derive(Serialize, ToSchema)]
pub struct CafeTableOut {
    pub id: i64,
    /// lb, de, fr, en or pt.
    pub language: String,
    pub host: String,
    /// c1, c2 or native.
    pub host_level: String,
    /// Seats for learners, 1 to 6.
    pub seats: i64,
}

/// A café's table in one session.
#[derive(Serialize, ToSchema)]
pub struct SessionTableOut {
    /// The table's id (see the activity's `tables`).
    pub table: i64,
    pub seated: i64,
    pub free: i64,
}

/// Learners waiting for a seat at a table of one language, in one session.
#[derive(Serialize, ToSchema)]
pub struct LanguageWaitingOut {
    pub language: String,
    pub waiting: i64,
}

/// A conversation table's language and the levels it is for.
#[derive(Serialize, ToSchema)]
pub struct ConversationTableOut {
    pub language: String,
    /// a1, a2, b1 or b2.
    pub lowest: String,
    /// a1, a2, b1 or b2, not below `lowest`.
    pub highest: String,
}

/// An activity over the API.
#[derive(Serialize, ToSchema)]
pub struct ActivityOut {
    pub id: i64,
    /// neighbourhood_activity, language_cafe, conversation_table, coaching, course,
    /// smartphone_cafe or information_session.
    pub kind: String,
    /// neighbourhood, adjacent, commune or public.
    pub audience: String,
    pub neighbourhood: Option<i64>,
    /// The language of `title` and `description`: the caller's (`Accept-Language`)
    /// if written in it, else the commune's, else the first there is.
    pub language: String,
    pub title: String,
    pub description: String,
    pub versions: Vec<ActivityVersionOut>,
    pub place: Option<String>,
    pub link: Option<String>,
    /// Places per session.
    pub capacity: i64,
    /// Languages spoken, by code.
    pub languages: Vec<String>,
    pub first_starts_at: i64,
    pub last_ends_at: i64,
    /// Whether the caller organises it (or is staff): they see its registrants.
    pub manages: bool,
    /// Its sessions, in order; only in the answer about one activity.
    pub sessions: Vec<ActivitySessionOut>,
    /// A language café's tables, in order; only in the answer about one activity.
    pub tables: Vec<CafeTableOut>,
    /// A conversation table's language and level range.
    pub conversation: Option<ConversationTableOut>,
}

fn out(a: &Activity, visit: &ApiVisit, manages: bool) -> ActivityOut {
    let shown = version_in(a, visit.tr.language, &visit.commune);
    ActivityOut {
        id: a.id,
        kind: a.kind.clone(),
        audience: a.audience.clone(),
        neighbourhood: a.neighbourhood_id,
        language: shown.map(|v| v.language.clone()).unwrap_or_default(),
        title: shown.map(|v| v.title.clone()).unwrap_or_default(),
        description: shown.map(|v| v.description.clone()).unwrap_or_default(),
        versions: a
            .versions
            .iter()
            .map(|v| ActivityVersionOut {
                language: v.language.clone(),
                title: v.title.clone(),
                description: v.description.clone(),
            })
            .collect(),
        place: a.place.clone(),
        link: a.link.clone(),
        capacity: a.capacity,
        languages: a.languages.clone(),
        first_starts_at: a.first_starts_at,
        last_ends_at: a.last_ends_at,
        manages,
        sessions: Vec::new(),
        tables: Vec::new(),
        conversation: a.conversation.as_ref().map(|(language, lowest, highest)| {
            ConversationTableOut {
                language: language.clone(),
                lowest: lowest.clone(),
                highest: highest.clone(),
            }
        }),
    }
}

fn session_out(
    s: &Session,
    standings: &std::collections::BTreeMap<i64, (String, i64)>,
    cafe: &super::web::Cafe,
) -> ActivitySessionOut {
    let standing = standings.get(&s.id);
    let tables = cafe
        .tables
        .iter()
        .map(|t| {
            let seated = cafe
                .seated
                .iter()
                .find(|(session, table, _)| *session == s.id && *table == t.id)
                .map_or(0, |c| c.2);
            SessionTableOut {
                table: t.id,
                seated,
                free: (t.seats - seated).max(0),
            }
        })
        .collect();
    let waiting_for = cafe
        .waiting
        .iter()
        .filter(|(session, _, _)| *session == s.id)
        .map(|(_, language, waiting)| LanguageWaitingOut {
            language: language.clone(),
            waiting: *waiting,
        })
        .collect();
    ActivitySessionOut {
        id: s.id,
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        cancelled: s.cancelled_at.is_some(),
        registered: s.registered,
        waiting: s.waiting,
        standing: standing.map(|(status, _)| status.clone()),
        position: standing
            .filter(|(status, _)| status == "waiting")
            .map(|(_, position)| *position),
        tables,
        waiting_for,
    }
}

#[derive(Serialize, ToSchema)]
pub struct ActivitiesOut {
    /// Not over yet, the soonest first; 20 at most.
    pub activities: Vec<ActivityOut>,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ActivityListParams {
    /// The `next` of the previous page, to read on.
    #[param(max_length = 41, pattern = r"^-?[0-9]{1,19}\.-?[0-9]{1,19}$")]
    pub after: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/activities", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ActivityListParams),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The activities not over yet that the caller may see: the public ones without a token; also the commune's, their neighbourhood's and those next door meant for it with a member's; every one with staff's", body = ActivitiesOut),
        (status = 400, description = "A malformed query string", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An `after` that is no page's `next`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(params): Query<ActivityListParams>,
) -> AppResult<Json<ActivitiesOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let after =
        match params.after.as_deref() {
            None => None,
            Some(given) => Some(parse_cursor(given).ok_or_else(|| {
                AppError::Invalid(FieldErrors::single("after", "feed-error-cursor"))
            })?),
        };
    let (viewer, scope) = viewer_of(visit.caller.as_ref(), &visit.commune);
    let (list, next) = page_for(&app, &visit.commune, scope, after).await?;
    Ok(Json(ActivitiesOut {
        activities: list
            .iter()
            .map(|a| out(a, &visit, may_manage(viewer, &reach_of(a))))
            .collect(),
        next: next.map(cursor_text),
    }))
}

async fn one(app: &App, visit: &ApiVisit, a: &Activity) -> AppResult<ActivityOut> {
    let (viewer, _) = viewer_of(visit.caller.as_ref(), &visit.commune);
    let standings = match &visit.caller {
        Some(caller) => store::standings(&app.db, a.id, caller.id).await?,
        None => Default::default(),
    };
    let manages = may_manage(viewer, &reach_of(a));
    let mut shown = out(a, visit, manages);
    if !manages {
        shown.link = crate::events::workshops::link_for(app, a, visit.caller.as_ref()).await?;
    }
    let cafe = super::web::Cafe::load(app, a).await?;
    shown.sessions = store::sessions(&app.db, a.id)
        .await?
        .iter()
        .map(|s| session_out(s, &standings, &cafe))
        .collect();
    shown.tables = cafe
        .tables
        .iter()
        .map(|t| CafeTableOut {
            id: t.id,
            language: t.language.clone(),
            host: t.host_name.clone(),
            host_level: t.host_level.clone(),
            seats: t.seats,
        })
        .collect();
    Ok(shown)
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/activities/{activity}", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id")),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The activity with its sessions and where the caller stands in each", body = ActivityOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no activity the caller may see", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<ActivityOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let (viewer, _) = viewer_of(visit.caller.as_ref(), &visit.commune);
    let a = visible(&app, &visit.commune, viewer, id).await?;
    Ok(Json(one(&app, &visit, &a).await?))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/activities", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = ActivityInput,
    responses(
        (status = 201, description = "Created with its sessions (for a `request_key` sent before: the one created then)", body = ActivityOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and verified residents organise", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No title, a version half written or too long, an unknown kind, audience or language, an audience a resident may not reach, no session, a session ending before it starts or in the past, a series without end or longer than a year, no place nor link, a capacity outside 1 to 10000; a café without tables or with more than 30, a table of no language, without host, with a host below C1 or seats outside 1 to 6, a host's address that names no account of the commune taking part in activities, a host account whose own language profile gives the table's language below C1, one account hosting two tables; a conversation table without its language and level range, or a range upside down or above B2; tables or a range sent for another kind", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many activities today, or too many hosts looked up by address this hour (60)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<ActivityInput>,
) -> AppResult<(StatusCode, Json<ActivityOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    let id = Organising {
        app: &app,
        commune: &visit.commune,
        account,
    }
    .create(&input)
    .await?
    .map_err(AppError::Invalid)?;
    let a = store::get(&app.db, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((StatusCode::CREATED, Json(one(&app, &visit, &a).await?)))
}

#[utoipa::path(put, path = "/api/v1/communes/{commune}/activities/{activity}", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id")),
    security(("bearer" = [])),
    request_body = ActivityChangeInput,
    responses(
        (status = 200, description = "Changed: more places moved people up from the waiting lists, a new place or link was told to everyone registered or waiting", body = ActivityOut),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and verified residents organise", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no activity the caller organises (staff: of the commune)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No title, a version half written or too long, an unknown language, no place nor link, a link that is not a web link, the commune's room when it has none, a capacity outside 1 to 10000 or below the places a session to come has given, no language", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many changes today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn change(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<ActivityChangeInput>,
) -> AppResult<Json<ActivityOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    Organising {
        app: &app,
        commune: &visit.commune,
        account,
    }
    .change(id, &input)
    .await?
    .map_err(AppError::Invalid)?;
    let a = store::get(&app.db, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(one(&app, &visit, &a).await?))
}

/// A request for a place.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct RegistrationInput {
    /// Whether a place on the waiting list is welcome when the session is full
    /// (otherwise a full session refuses); at a café, the waiting list of the
    /// language asked for, when all its tables are full.
    pub waiting_list: bool,
    /// At a language café (and only there): the language of the table asked for, lb,
    /// de, fr, en or pt. The learner's level comes from their language profile.
    #[schema(max_length = 5)]
    pub language: Option<String>,
}

/// The language asked for, if any; one that is no language is refused.
fn language_asked(input: &RegistrationInput) -> AppResult<Option<gemeng_core::language::Language>> {
    match input.language.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(code) => gemeng_core::language::Language::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .map(Some)
            .ok_or_else(|| {
                AppError::Invalid(FieldErrors::single(
                    "language",
                    "activity-error-language-unknown",
                ))
            }),
    }
}

/// A refusal as the API answers it: a conflict with the session's state (409), or
/// the learner's choice or level (422, at the field `language`).
fn refused(refusal: super::Refusal) -> AppError {
    if super::refusal_is_conflict(refusal) {
        AppError::Conflict(refusal_key(refusal))
    } else {
        AppError::Invalid(FieldErrors::single("language", refusal_key(refusal)))
    }
}

/// What a request for a place gave.
#[derive(Serialize, ToSchema)]
pub struct RegistrationOut {
    /// `registered` or `waiting`.
    pub standing: String,
    /// The place on the waiting list (1 is next), when waiting.
    pub position: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/activities/{activity}/sessions/{session}/registration", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id"), ("session" = i64, Path, description = "The session's id")),
    security(("bearer" = [])),
    request_body = RegistrationInput,
    responses(
        (status = 201, description = "A place, or a place on the waiting list (first come, first served); the caller is told by e-mail", body = RegistrationOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents register", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, activity the caller may see, or session of it", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Registered or waiting already, the session (at a café: every table of the language) is full and the waiting list not wanted, cancelled or started", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "At a café: no language or one without a table, no level in it in the caller's language profile (at least A1 is needed), or above B2; at a conversation table: a level outside its range or none", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many registrations this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn register(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, session)): Path<(String, i64, i64)>,
    ApiJson(input): ApiJson<RegistrationInput>,
) -> AppResult<(StatusCode, Json<RegistrationOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    let language = language_asked(&input)?;
    match super::register(
        &app,
        &visit.commune,
        account,
        id,
        session,
        (language, input.waiting_list),
    )
    .await?
    {
        Ok(Registration::Registered) => Ok((
            StatusCode::CREATED,
            Json(RegistrationOut {
                standing: "registered".into(),
                position: None,
            }),
        )),
        Ok(Registration::Waitlisted { position }) => Ok((
            StatusCode::CREATED,
            Json(RegistrationOut {
                standing: "waiting".into(),
                position: Some(i64::from(position)),
            }),
        )),
        Err(refusal) => Err(refused(refusal)),
    }
}

#[utoipa::path(delete, path = "/api/v1/communes/{commune}/activities/{activity}/sessions/{session}/registration", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id"), ("session" = i64, Path, description = "The session's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Withdrawn (or never registered): the first on the waiting list moves up and is told"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents register", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, activity the caller may see, or session of it", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many registrations this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn withdraw(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, session)): Path<(String, i64, i64)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    super::withdraw(&app, &visit.commune, account, id, session).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A registrant as the organiser sees them: a name, never an address.
#[derive(Serialize, ToSchema)]
pub struct RegistrantOut {
    pub user_id: i64,
    pub name: String,
    /// After the session: whether they came (absent: not marked).
    pub attended: Option<bool>,
    /// At a café: the table they sit at (see the activity's `tables`).
    pub table: Option<i64>,
    /// At a café: the language they wait for a seat in.
    pub waits_for: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SessionRegistrantsOut {
    pub session: i64,
    pub starts_at: i64,
    pub cancelled: bool,
    /// Holding a place, in the order they came.
    pub registered: Vec<RegistrantOut>,
    /// Waiting, the next to move up first.
    pub waiting: Vec<RegistrantOut>,
}

#[derive(Serialize, ToSchema)]
pub struct RegistrantsOut {
    pub sessions: Vec<SessionRegistrantsOut>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/activities/{activity}/registrations", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Who holds a place and who waits, session by session", body = RegistrantsOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and verified residents organise", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no activity the caller organises", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn registrations(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<RegistrantsOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    visit.require(Action::OrganiseActivities)?;
    let (viewer, _) = viewer_of(visit.caller.as_ref(), &visit.commune);
    let a = managed(&app, &visit.commune, viewer, id).await?;
    let people = store::registrants(&app.db, a.id).await?;
    let sessions = store::sessions(&app.db, a.id)
        .await?
        .into_iter()
        .map(|s| {
            let of = |status: &str| {
                people
                    .iter()
                    .filter(|p| p.session_id == s.id && p.status == status)
                    .map(|p| RegistrantOut {
                        user_id: p.user_id,
                        name: p.name.clone(),
                        attended: p.attended.map(|n| n == 1),
                        table: p.table_id,
                        waits_for: p.waits_for.clone(),
                    })
                    .collect()
            };
            SessionRegistrantsOut {
                session: s.id,
                starts_at: s.starts_at,
                cancelled: s.cancelled_at.is_some(),
                registered: of("registered"),
                waiting: of("waiting"),
            }
        })
        .collect();
    Ok(Json(RegistrantsOut { sessions }))
}

/// What cancelling a whole activity did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActivityCancelledOut {
    /// Sessions still to come that were cancelled now (0: none was left).
    pub cancelled: usize,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/activities/{activity}/cancel", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Every session still to come is cancelled; everyone registered or waiting is told once by e-mail", body = ActivityCancelledOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and verified residents organise", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no activity the caller organises", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn cancel_activity(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<ActivityCancelledOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    let cancelled = super::cancel_activity(&app, &visit.commune, account, id).await?;
    Ok(Json(ActivityCancelledOut { cancelled }))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/activities/{activity}/sessions/{session}/cancel", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id"), ("session" = i64, Path, description = "The session's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Cancelled (or cancelled already): everyone registered or waiting is told by e-mail"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and verified residents organise", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, activity the caller organises, or session of it", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The session has started", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn cancel_session(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, session)): Path<(String, i64, i64)>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    super::cancel_session(&app, &visit.commune, account, id, session).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Where the caller stands in one session after asking for the whole series.
#[derive(Serialize, ToSchema)]
pub struct SeriesSessionOut {
    pub session: i64,
    /// `registered` or `waiting`; absent when refused.
    pub standing: Option<String>,
    pub position: Option<i64>,
    /// Why not, when refused: `already_registered`, `already_waitlisted`, `full`,
    /// `cancelled`, `started`; at a café or conversation table also `tables_full`,
    /// `no_level`, `nothing_to_learn`, `below_level`, `above_level`,
    /// `choose_language`.
    pub refused: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SeriesRegistrationOut {
    /// Every session still to come, in order.
    pub sessions: Vec<SeriesSessionOut>,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/activities/{activity}/registration", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id")),
    security(("bearer" = [])),
    request_body = RegistrationInput,
    responses(
        (status = 200, description = "A place (or a place on the waiting list) in every session still to come, each decided as alone; one e-mail tells what was given", body = SeriesRegistrationOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents register", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or activity the caller may see", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A language that is no language", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many registrations this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn register_series(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<RegistrationInput>,
) -> AppResult<Json<SeriesRegistrationOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    let language = language_asked(&input)?;
    let outcomes = super::register_series(
        &app,
        &visit.commune,
        account,
        id,
        (language, input.waiting_list),
    )
    .await?;
    Ok(Json(SeriesRegistrationOut {
        sessions: outcomes
            .into_iter()
            .map(|(session, outcome)| match outcome {
                Ok(Registration::Registered) => SeriesSessionOut {
                    session,
                    standing: Some("registered".into()),
                    position: None,
                    refused: None,
                },
                Ok(Registration::Waitlisted { position }) => SeriesSessionOut {
                    session,
                    standing: Some("waiting".into()),
                    position: Some(i64::from(position)),
                    refused: None,
                },
                Err(refusal) => SeriesSessionOut {
                    session,
                    standing: None,
                    position: None,
                    refused: Some(
                        refusal_key(refusal)
                            .trim_start_matches("activity-refused-")
                            .replace('-', "_"),
                    ),
                },
            })
            .collect(),
    }))
}

/// A message of the organiser's to the registrants.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct RegistrantsMessageInput {
    /// One session's id; absent or null for every session.
    #[schema(value_type = Option<i64>)]
    pub session: Option<crate::http::api::WholeNumber>,
    /// 1 to 2000 characters.
    #[schema(max_length = 4000)]
    pub text: String,
}

#[derive(Serialize, ToSchema)]
pub struct RegistrantsMessageOut {
    /// People written to (registered or waiting), each once.
    pub recipients: i64,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/activities/{activity}/messages", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id")),
    security(("bearer" = [])),
    request_body = RegistrantsMessageInput,
    responses(
        (status = 202, description = "An e-mail to each person registered or waiting (of the session, or of any session)", body = RegistrantsMessageOut),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff and verified residents organise", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, activity the caller organises, or session of it", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An empty or too long text", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many messages today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn message(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<RegistrantsMessageInput>,
) -> AppResult<(StatusCode, Json<RegistrantsMessageOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    let session = input.session.map(|n| n.whole().unwrap_or(-1));
    let recipients =
        super::message_registrants(&app, &visit.commune, account, id, session, &input.text)
            .await?
            .map_err(AppError::Invalid)?;
    Ok((
        StatusCode::ACCEPTED,
        Json(RegistrantsMessageOut {
            recipients: recipients as i64,
        }),
    ))
}

/// One session of a café table, as its host sees it.
#[derive(Serialize, ToSchema)]
pub struct HostedSessionOut {
    pub session: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub cancelled: bool,
    /// The names of the learners with a seat at the table, in the order they came
    /// (never their addresses).
    pub learners: Vec<String>,
    /// How many wait for a seat at a table of its language.
    pub waiting: i64,
}

/// A café table with its learners, session by session.
#[derive(Serialize, ToSchema)]
pub struct HostedTableOut {
    pub activity: i64,
    pub table: CafeTableOut,
    /// Whether the caller is the table's host (otherwise: one who manages the café).
    pub hosted_by_caller: bool,
    pub sessions: Vec<HostedSessionOut>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/activities/{activity}/tables/{table}", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id"),
        ("table" = i64, Path, description = "The café table's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Who has a seat at the table, session by session: for the table's host and those who manage the café", body = HostedTableOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an account of this commune", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, activity or table, or a table the caller neither hosts nor manages", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn hosted_table(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, table_id)): Path<(String, i64, i64)>,
) -> AppResult<Json<HostedTableOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    // Any account of the commune: `hosted_table` lets in the host and organisers only.
    let account = visit.require(Action::ManageOwnAccount)?;
    let hosted = super::hosts::hosted_table(&app, &visit.commune, account, id, table_id).await?;
    let t = &hosted.table;
    Ok(Json(HostedTableOut {
        activity: hosted.activity.id,
        hosted_by_caller: t.host_id == Some(account.id),
        table: CafeTableOut {
            id: t.id,
            language: t.language.clone(),
            host: t.host_name.clone(),
            host_level: t.host_level.clone(),
            seats: t.seats,
        },
        sessions: hosted
            .sessions
            .iter()
            .map(|(s, seated, waiting)| HostedSessionOut {
                session: s.id,
                starts_at: s.starts_at,
                ends_at: s.ends_at,
                cancelled: s.cancelled_at.is_some(),
                learners: seated.iter().map(|p| p.name.clone()).collect(),
                waiting: *waiting as i64,
            })
            .collect(),
    }))
}

/// A café table the caller hosts.
#[derive(Serialize, ToSchema)]
pub struct HostingOut {
    pub activity: i64,
    /// The activity's title in the caller's language (or another it has).
    pub title: String,
    pub table: i64,
    /// lb, de, fr, en or pt.
    pub language: String,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/me/hosted-tables", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The language café tables the caller hosts, soonest café first", body = Vec<HostingOut>),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only members who take part in activities", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn hosted_tables(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<Vec<HostingOut>>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::JoinActivities)?;
    let language = gemeng_core::language::Language::from_code(&account.language)
        .unwrap_or(gemeng_core::language::Language::En);
    Ok(Json(
        super::hosts::hosted_by(&app, &visit.commune, account)
            .await?
            .into_iter()
            .map(|(t, a)| HostingOut {
                activity: a.id,
                title: version_in(&a, language, &visit.commune)
                    .map(|v| v.title.clone())
                    .unwrap_or_default(),
                table: t.id,
                language: t.language,
            })
            .collect(),
    ))
}

#[utoipa::path(put, path = "/api/v1/communes/{commune}/activities/{activity}/tables/{table}/host", tag = "activities",
    params(("commune" = String, Path, description = "The commune's slug"), ("activity" = i64, Path, description = "The activity's id"),
        ("table" = i64, Path, description = "The café table's id")),
    request_body = super::hosts::HostInput,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The table with its new host; a new host account is told by e-mail and gets the reminders of the sessions to come, a replaced one is told", body = CafeTableOut),
        (status = 400, description = "An id that is not a number, or a body that is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff, organiser accounts and verified residents organise", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, activity or table, or a café the caller does not organise", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No host's name nor account; a level other than c1, c2 or native; an address of no account of the commune taking part in activities; a host account whose own profile gives the table's language below C1; an account hosting another table of the café", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many changes today, or too many hosts looked up this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn change_host(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id, table_id)): Path<(String, i64, i64)>,
    ApiJson(input): ApiJson<super::hosts::HostInput>,
) -> AppResult<Json<CafeTableOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::OrganiseActivities)?;
    match super::hosts::change_host(&app, &visit.commune, account, id, table_id, &input).await? {
        Ok(()) => {
            let t = store::table(&app.db, id, table_id)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(Json(CafeTableOut {
                id: t.id,
                language: t.language,
                host: t.host_name,
                host_level: t.host_level,
                seats: t.seats,
            }))
        }
        Err(errors) => Err(AppError::Invalid(errors)),
    }
}
