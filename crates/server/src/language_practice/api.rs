//! Language practice's API: a member's language profile and tandems (the partner's
//! name and e-mail only once both accepted), and staff's round of proposals.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_db::language_practice as store;
use serde::Serialize;
use utoipa::ToSchema;

use super::{input_of_stored, ProfileInput, ProfileLanguageIn};
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit, WholeNumber};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// One language of a profile.
#[derive(Serialize, ToSchema)]
pub struct ProfileLanguageOut {
    pub language: String,
    pub level: String,
    pub learns: bool,
    pub offers: bool,
}

/// A member's language profile (empty until they write one).
#[derive(Serialize, ToSchema)]
pub struct LanguageProfileOut {
    pub languages: Vec<ProfileLanguageOut>,
    /// `monday-morning` … `sunday-evening`.
    pub availability: Vec<String>,
    pub welcomes_intergenerational: bool,
    pub birth_year: Option<i64>,
}

fn profile_out(input: ProfileInput) -> LanguageProfileOut {
    LanguageProfileOut {
        languages: input
            .languages
            .into_iter()
            .map(|l: ProfileLanguageIn| ProfileLanguageOut {
                language: l.language,
                level: l.level,
                learns: l.learns,
                offers: l.offers,
            })
            .collect(),
        availability: input.availability,
        welcomes_intergenerational: input.welcomes_intergenerational,
        birth_year: input.birth_year.and_then(WholeNumber::whole),
    }
}

async fn member(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<ApiVisit> {
    let visit = ApiVisit::load(app, ctx, slug).await?;
    visit.require(Action::PracticeLanguages)?;
    Ok(visit)
}

async fn current(app: &App, user_id: i64) -> AppResult<LanguageProfileOut> {
    Ok(profile_out(
        store::profile(&app.db, user_id)
            .await?
            .map(|p| input_of_stored(&p))
            .unwrap_or_default(),
    ))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/me/language-profile", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's language profile (empty until written)", body = LanguageProfileOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents keep a profile", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn profile(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<LanguageProfileOut>> {
    let visit = member(&app, ctx, &slug).await?;
    let me = visit.caller.as_ref().map_or(0, |a| a.id);
    Ok(Json(current(&app, me).await?))
}

#[utoipa::path(put, path = "/api/v1/communes/{commune}/me/language-profile", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = ProfileInput,
    responses(
        (status = 200, description = "Saved: the profile is replaced by the body's", body = LanguageProfileOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents keep a profile", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No language, a level outside A1–C2 and native, a language learned above B2 or offered below B2 or both, no time of the week, a birth year out of range", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many changes this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn save(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<ProfileInput>,
) -> AppResult<Json<LanguageProfileOut>> {
    let visit = member(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    super::save_profile(&app, &visit.commune, account, &input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok(Json(current(&app, account.id).await?))
}

/// The partner of an agreed tandem.
#[derive(Serialize, ToSchema)]
pub struct PartnerOut {
    pub name: String,
    pub email: String,
}

/// A tandem as one of its members sees it.
#[derive(Serialize, ToSchema)]
pub struct TandemOut {
    pub id: i64,
    /// The language the caller practises in it, and the one they help with.
    pub you_learn: String,
    pub you_help: String,
    pub accepted_by_you: bool,
    /// Both accepted: `partner` is then given.
    pub agreed: bool,
    /// Declined or ended.
    pub closed: bool,
    pub partner: Option<PartnerOut>,
}

#[derive(Serialize, ToSchema)]
pub struct TandemsOut {
    /// Open ones first, then the newest; 20 at most.
    pub tandems: Vec<TandemOut>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/me/tandems", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's tandems: the partner's name and e-mail only once both accepted", body = TandemsOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents have tandems", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn tandems(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<TandemsOut>> {
    let visit = member(&app, ctx, &slug).await?;
    let me = visit.caller.as_ref().map_or(0, |a| a.id);
    let mut out = Vec::new();
    for t in store::tandems_of(&app.db, me).await? {
        let mine = t.first_id == me;
        let partner = if t.agreed() && t.closed_at.is_none() {
            gemeng_db::accounts::by_id(&app.db, t.partner_of(me))
                .await?
                .map(|a| PartnerOut {
                    name: a.display_name,
                    email: a.email,
                })
        } else {
            None
        };
        out.push(TandemOut {
            id: t.id,
            you_learn: if mine {
                t.second_teaches.clone()
            } else {
                t.first_teaches.clone()
            },
            you_help: if mine {
                t.first_teaches.clone()
            } else {
                t.second_teaches.clone()
            },
            accepted_by_you: if mine {
                t.first_accepted_at.is_some()
            } else {
                t.second_accepted_at.is_some()
            },
            agreed: t.agreed(),
            closed: t.closed_at.is_some(),
            partner,
        });
    }
    Ok(Json(TandemsOut { tandems: out }))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/me/tandems/{tandem}/accept", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug"), ("tandem" = i64, Path, description = "The tandem's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Accepted (or accepted already); once both have, each is sent the other's name and e-mail"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents have tandems", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no tandem of the caller's", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The tandem was declined or ended", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many changes this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn accept(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let visit = member(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    super::accept(&app, &visit.commune, account, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/me/tandems/{tandem}/close", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug"), ("tandem" = i64, Path, description = "The tandem's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Declined or ended (or closed already)"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents have tandems", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune, or no tandem of the caller's", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn close(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let visit = member(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    super::close(&app, &visit.commune, account, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What a round of proposals made.
#[derive(Serialize, ToSchema)]
pub struct ProposalsOut {
    /// Pairs proposed in this round.
    pub proposed: i64,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/tandem-proposals", tag = "language practice",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Tandems proposed to the members without an open one (the best pairs as a whole); each is told by e-mail", body = ProposalsOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only staff propose tandems", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn propose(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<(StatusCode, Json<ProposalsOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ProposeTandems)?;
    let proposed = super::propose(&app, &visit.commune, staff).await?;
    Ok((
        StatusCode::CREATED,
        Json(ProposalsOut {
            proposed: proposed as i64,
        }),
    ))
}
