//! Coaching's API: a learner's requests, a coach's coachings (the other's name and
//! e-mail only once both accepted), their answers, and staff's open requests with
//! their ranked candidates and proposals.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_db::coaching::{self as store, CoachingRequest};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::RequestInput;
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit, WholeNumber};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// The other side of an agreed coaching.
#[derive(Serialize, ToSchema)]
pub struct CoachingContactOut {
    pub name: String,
    pub email: String,
}

/// A coaching request as its learner or its coach sees it.
#[derive(Serialize, ToSchema)]
pub struct CoachingRequestOut {
    pub id: i64,
    /// lb, de, fr, en or pt.
    pub language: String,
    /// The learner's level when they asked: a1 to b2.
    pub level: String,
    pub note: String,
    /// open (waiting for a coach), proposed, matched (both accepted), withdrawn or ended.
    pub status: String,
    pub created_at: i64,
    /// Whether the caller accepted the coach or learner proposed.
    pub accepted_by_you: bool,
    /// Given once both accepted, while it runs.
    pub contact: Option<CoachingContactOut>,
}

async fn out(app: &App, me: i64, r: CoachingRequest) -> AppResult<CoachingRequestOut> {
    let learner = r.learner_id == me;
    let contact = if r.matched() {
        let other = if learner {
            r.coach_id
        } else {
            Some(r.learner_id)
        };
        match other {
            Some(id) => {
                gemeng_db::accounts::by_id(&app.db, id)
                    .await?
                    .map(|a| CoachingContactOut {
                        name: a.display_name,
                        email: a.email,
                    })
            }
            None => None,
        }
    } else {
        None
    };
    Ok(CoachingRequestOut {
        id: r.id,
        accepted_by_you: if learner {
            r.learner_accepted_at.is_some()
        } else {
            r.coach_accepted_at.is_some()
        },
        language: r.language,
        level: r.level,
        note: r.note,
        status: r.status,
        created_at: r.created_at,
        contact,
    })
}

#[derive(Serialize, ToSchema)]
pub struct CoachingRequestsOut {
    /// Those not over first, then the newest; 20 at most.
    pub requests: Vec<CoachingRequestOut>,
}

async fn member(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<ApiVisit> {
    let visit = ApiVisit::load(app, ctx, slug).await?;
    visit.require(Action::PracticeLanguages)?;
    Ok(visit)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/me/coaching-requests", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = RequestInput,
    responses(
        (status = 201, description = "Asked: staff will propose a coach", body = CoachingRequestOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents ask for a coach", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown language, one the caller's profile does not learn at A1 to B2, a request for it already open, a note too long", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<RequestInput>,
) -> AppResult<(StatusCode, Json<CoachingRequestOut>)> {
    let visit = member(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    let id = super::create(&app, &visit.commune, account, &input)
        .await?
        .map_err(AppError::Invalid)?;
    let request = super::request_of(&app, &visit.commune, account, id).await?;
    Ok((
        StatusCode::CREATED,
        Json(out(&app, account.id, request).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/me/coaching-requests", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's requests for a coach: the coach's name and e-mail only once both accepted", body = CoachingRequestsOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents ask for a coach", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn requests(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<CoachingRequestsOut>> {
    let visit = member(&app, ctx, &slug).await?;
    let me = visit.caller.as_ref().map_or(0, |a| a.id);
    let mut list = Vec::new();
    for r in store::requests_of(&app.db, me).await? {
        list.push(out(&app, me, r).await?);
    }
    Ok(Json(CoachingRequestsOut { requests: list }))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/me/coachings", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The requests the caller was proposed to coach (and has not declined): the learner's name and e-mail only once both accepted", body = CoachingRequestsOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents coach", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn coachings(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<CoachingRequestsOut>> {
    let visit = member(&app, ctx, &slug).await?;
    let me = visit.caller.as_ref().map_or(0, |a| a.id);
    let mut list = Vec::new();
    for r in store::coachings_of(&app.db, me).await? {
        list.push(out(&app, me, r).await?);
    }
    Ok(Json(CoachingRequestsOut { requests: list }))
}

async fn answer(app: App, ctx: ApiCtx, slug: String, id: i64, what: &str) -> AppResult<StatusCode> {
    let visit = member(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    let commune = &visit.commune;
    match what {
        "accept" => super::accept(&app, commune, account, id).await?,
        "decline" => super::decline(&app, commune, account, id).await?,
        "end" => super::end(&app, commune, account, id).await?,
        _ => super::withdraw(&app, commune, account, id).await?,
    }
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/me/coaching-requests/{coaching}/accept", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug"), ("coaching" = i64, Path, description = "The request's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Accepted by the learner or the proposed coach; once both have, each is sent the other's name and e-mail"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents answer", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no request of which the caller is the learner or the proposed coach", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Accepted already, agreed already, or no coach is proposed", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many answers this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn accept(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    answer(app, ctx, slug, id, "accept").await
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/me/coaching-requests/{coaching}/decline", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug"), ("coaching" = i64, Path, description = "The request's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The proposed coach is declined: the request waits for another, and that coach is not proposed for it again"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents answer", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no request of which the caller is the learner or the proposed coach", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No coach is proposed (waiting, agreed or over)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many answers this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn decline(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    answer(app, ctx, slug, id, "decline").await
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/me/coaching-requests/{coaching}/end", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug"), ("coaching" = i64, Path, description = "The request's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The agreed coaching is over"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents answer", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no request of which the caller is the learner or the coach", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not agreed (yet, or any more)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn end(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    answer(app, ctx, slug, id, "end").await
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/me/coaching-requests/{coaching}/withdraw", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug"), ("coaching" = i64, Path, description = "The request's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The learner withdrew the request"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents ask for a coach", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no request of the caller's", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Agreed (end it instead) or over", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn withdraw(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    answer(app, ctx, slug, id, "withdraw").await
}

/// A candidate coach for an open request, best first.
#[derive(Serialize, ToSchema)]
pub struct CoachCandidateOut {
    pub coach: i64,
    pub name: String,
    /// The ranking's score: higher is better.
    pub score: i64,
    /// Times of the week the coach and the learner share.
    pub shared_slots: i64,
    /// Coachings the coach holds (proposed or agreed).
    pub open_coachings: i64,
    pub intergenerational: bool,
}

/// An open request, for staff.
#[derive(Serialize, ToSchema)]
pub struct OpenCoachingRequestOut {
    pub id: i64,
    pub learner: String,
    pub language: String,
    pub level: String,
    pub note: String,
    pub created_at: i64,
    /// The best five, best first (empty: nobody can coach this learner now).
    pub candidates: Vec<CoachCandidateOut>,
}

#[derive(Serialize, ToSchema)]
pub struct OpenCoachingRequestsOut {
    /// The oldest first; 100 at most.
    pub requests: Vec<OpenCoachingRequestOut>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/coaching-requests", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The requests waiting for a coach, each with its ranked candidates", body = OpenCoachingRequestsOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff see the requests", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn open(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<OpenCoachingRequestsOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    visit.require(Action::ProposeTandems)?;
    let requests = super::open_requests(&app, &visit.commune)
        .await?
        .into_iter()
        .map(|o| OpenCoachingRequestOut {
            id: o.request.id,
            learner: o.learner.map(|a| a.display_name).unwrap_or_default(),
            language: o.request.language,
            level: o.request.level,
            note: o.request.note,
            created_at: o.request.created_at,
            candidates: o
                .candidates
                .into_iter()
                .map(|(r, a)| CoachCandidateOut {
                    coach: r.member,
                    name: a.display_name,
                    score: r.score,
                    shared_slots: i64::from(r.shared_slots),
                    open_coachings: i64::from(r.open_coachings),
                    intergenerational: r.intergenerational,
                })
                .collect(),
        })
        .collect();
    Ok(Json(OpenCoachingRequestsOut { requests }))
}

/// The coach staff propose.
#[derive(Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct CoachProposalIn {
    /// The coach's id: one of the request's candidates. (Read as a whole number: a
    /// client may write `12.0`.)
    #[schema(value_type = i64, minimum = 1)]
    pub coach: Option<WholeNumber>,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/coaching-requests/{coaching}/proposal", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug"), ("coaching" = i64, Path, description = "The request's id")),
    security(("bearer" = [])),
    request_body = CoachProposalIn,
    responses(
        (status = 204, description = "Proposed: the coach and the learner are told by e-mail"),
        (status = 400, description = "Malformed JSON or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff propose coaches", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no request of the commune's", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The request is not waiting for a coach", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not one of the request's candidates", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn propose(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<CoachProposalIn>,
) -> AppResult<StatusCode> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ProposeTandems)?;
    let coach = input.coach.and_then(WholeNumber::whole).ok_or_else(|| {
        AppError::Invalid(gemeng_core::validation::FieldErrors::single(
            "coach",
            "coaching-error-not-candidate",
        ))
    })?;
    super::propose(&app, &visit.commune, staff, id, coach).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What a round of coach proposals made.
#[derive(Serialize, ToSchema)]
pub struct CoachProposalsOut {
    /// Requests a coach was proposed for in this round.
    pub proposed: i64,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/coaching-proposals", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The best candidate proposed for every open request that has one, the oldest first; each coach and learner is told by e-mail", body = CoachProposalsOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff propose coaches", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn propose_best(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<(StatusCode, Json<CoachProposalsOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ProposeTandems)?;
    let proposed = super::propose_best(&app, &visit.commune, staff).await?;
    Ok((
        StatusCode::CREATED,
        Json(CoachProposalsOut {
            proposed: proposed as i64,
        }),
    ))
}
