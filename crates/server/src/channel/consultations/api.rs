//! The consultations' JSON API: residents list, read and answer the consultations
//! they are asked and read the results staff show; staff create and publish drafts
//! and read every result and the answers as CSV. The definitions and answers are the
//! core's types (`gemeng_core::consultation`) as JSON.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use gemeng_core::consultation::{
    Answer, AnswerRefusal, AnswerSet, Consultation, NeighbourhoodResults, Results,
};
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{answer, answer_problem_id, draft_problem_id, load, DraftRefusal, Loaded, Speaker};
use crate::app::{now, App};
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// A consultation over the API.
#[derive(Serialize, ToSchema)]
pub struct ConsultationOut {
    pub id: i64,
    /// `draft` or `published`.
    pub status: String,
    /// `draft`, `scheduled`, `open` or `closed`.
    pub state: String,
    /// The caller has given an answer set (residents only).
    pub answered: Option<bool>,
    /// Residents see the results now.
    pub results_shown_now: bool,
    /// The definition: kind, title and sections per language, times (Unix seconds),
    /// anonymity, audience and when results are shown.
    #[schema(value_type = Object)]
    pub definition: Consultation,
}

fn state_code(loaded: &Loaded) -> String {
    loaded
        .state(now())
        .trim_start_matches("consultation-state-")
        .to_string()
}

fn out(loaded: Loaded, answered: Option<bool>) -> ConsultationOut {
    ConsultationOut {
        id: loaded.id(),
        status: loaded.stored.status.clone(),
        state: state_code(&loaded),
        answered,
        results_shown_now: super::residents_see_results(&loaded),
        definition: loaded.consultation,
    }
}

#[derive(Serialize, ToSchema)]
pub struct ConsultationsOut {
    /// The latest closing first, 200 at most.
    pub consultations: Vec<ConsultationOut>,
}

async fn resident(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<ApiVisit> {
    let visit = ApiVisit::load(app, ctx, slug).await?;
    visit.require(Action::ReadChannel)?;
    Ok(visit)
}

async fn staff(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<ApiVisit> {
    let visit = ApiVisit::load(app, ctx, slug).await?;
    visit.require(Action::SpeakForCommune)?;
    Ok(visit)
}

fn caller(visit: &ApiVisit) -> &gemeng_db::accounts::Account {
    visit.caller.as_ref().expect("checked by the visit")
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/consultations", tag = "consultations", operation_id = "list_consultations",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The consultations the caller is asked, opened, the latest closing first", body = ConsultationsOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents take part", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<ConsultationsOut>> {
    let visit = resident(&app, ctx, &slug).await?;
    let me = caller(&visit);
    let mut consultations = Vec::new();
    for l in super::list_for_resident(&app, &visit.commune, me).await? {
        let answered = gemeng_db::consultations::has_answered(&app.db, l.id(), me.id).await?;
        consultations.push(out(l, Some(answered)));
    }
    Ok(Json(ConsultationsOut { consultations }))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/consultations/{consultation}", tag = "consultations", operation_id = "show_consultation",
    params(("commune" = String, Path, description = "The commune's slug"), ("consultation" = i64, Path, description = "The consultation's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The consultation", body = ConsultationOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents take part", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation for the caller (another neighbourhood's, not open yet, a draft)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<ConsultationOut>> {
    let visit = resident(&app, ctx, &slug).await?;
    let me = caller(&visit);
    let loaded = super::for_resident(&app, &visit.commune, me, id).await?;
    let answered = gemeng_db::consultations::has_answered(&app.db, id, me.id).await?;
    Ok(Json(out(loaded, Some(answered))))
}

/// An answer set: one answer per question answered.
#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"answers": [{"question": 1, "response": {"type": "choices", "chosen": [2]}},
    {"question": 2, "response": {"type": "yes_no", "yes": true}}], "request_key": "b2c3d4e5f6a1"}))]
pub struct AnswersInput {
    /// Each `{question, response}`; a response is `{"type": "choices", "chosen": [ids],
    /// "other": "text"}`, `{"type": "yes_no", "yes": true}`, `{"type": "rating",
    /// "value": 4}`, `{"type": "ranking", "order": [ids]}` or `{"type": "text",
    /// "text": "…"}`.
    #[schema(value_type = Vec<Object>)]
    pub answers: Vec<serde_json::Value>,
    /// The same key twice stores one answer set.
    #[serde(default)]
    pub request_key: String,
}

#[derive(Serialize, ToSchema)]
pub struct AnsweredOut {
    /// False when the same `request_key` was sent before: nothing changed.
    pub stored: bool,
    /// Whether the answer set can still be changed (named consultations, until closing).
    pub changeable: bool,
}

fn answer_errors(refusal: AnswerRefusal) -> AppError {
    match refusal {
        AnswerRefusal::Refused(refusal) => super::refusal_error(refusal),
        AnswerRefusal::Invalid(problems) => {
            let mut errors = FieldErrors::new();
            for p in &problems {
                errors.add("answers", answer_problem_id(p));
            }
            AppError::Invalid(errors)
        }
    }
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/consultations/{consultation}/answers", tag = "consultations", operation_id = "answer_consultation",
    params(("commune" = String, Path, description = "The commune's slug"), ("consultation" = i64, Path, description = "The consultation's id")),
    security(("bearer" = [])),
    request_body = AnswersInput,
    responses(
        (status = 201, description = "The answer set is stored (or, for a `request_key` sent before, was stored then)", body = AnsweredOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents take part", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation for the caller", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Closed, not open yet, or an anonymous answer set given already", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Answers the consultation refuses (unknown questions or choices, too many, missing…)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn give_answers(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<AnswersInput>,
) -> AppResult<(StatusCode, Json<AnsweredOut>)> {
    let visit = resident(&app, ctx, &slug).await?;
    let me = caller(&visit);
    let loaded = super::for_resident(&app, &visit.commune, me, id).await?;
    // Each answer is read here, not by the JSON extractor: an object that is not an
    // answer breaks the consultation's rules (422), it is not malformed JSON.
    let answers: Result<Vec<Answer>, _> = input
        .answers
        .into_iter()
        .map(serde_json::from_value)
        .collect();
    let set = AnswerSet {
        answers: answers.map_err(|_| {
            AppError::Invalid(FieldErrors::single("answers", "consultation-code-answer"))
        })?,
    };
    let answered = answer(&app, &loaded, me, &set, &input.request_key)
        .await?
        .map_err(answer_errors)?;
    Ok((
        StatusCode::CREATED,
        Json(AnsweredOut {
            stored: answered == super::Answered::Stored,
            changeable: !loaded.consultation.anonymous && loaded.consultation.is_open(now()),
        }),
    ))
}

/// Results over the API. For an anonymous consultation, a group of fewer than five
/// respondents is withheld (`withheld` true, no questions).
#[derive(Serialize, ToSchema)]
pub struct ResultsOut {
    pub respondents: u64,
    pub withheld: bool,
    /// Per question: `{question, answered, tally}`.
    #[schema(value_type = Vec<Object>)]
    pub questions: Vec<gemeng_core::consultation::QuestionResults>,
    /// The same per neighbourhood of the respondents (`neighbourhood` null: outside
    /// every neighbourhood).
    pub neighbourhoods: Vec<NeighbourhoodResultsOut>,
}

#[derive(Serialize, ToSchema)]
pub struct NeighbourhoodResultsOut {
    pub neighbourhood: Option<i64>,
    pub respondents: u64,
    pub withheld: bool,
    #[schema(value_type = Vec<Object>)]
    pub questions: Vec<gemeng_core::consultation::QuestionResults>,
}

fn results_out(loaded: &Loaded, overall: Results, groups: Vec<NeighbourhoodResults>) -> ResultsOut {
    let c = &loaded.consultation;
    let withheld = overall.too_few_to_show(c);
    ResultsOut {
        respondents: overall.respondents,
        withheld,
        questions: if withheld {
            Vec::new()
        } else {
            overall.questions
        },
        neighbourhoods: groups
            .into_iter()
            .map(|g| {
                let withheld = g.results.too_few_to_show(c);
                NeighbourhoodResultsOut {
                    neighbourhood: g.neighbourhood,
                    respondents: g.results.respondents,
                    withheld,
                    questions: if withheld {
                        Vec::new()
                    } else {
                        g.results.questions
                    },
                }
            })
            .collect(),
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/consultations/{consultation}/results", tag = "consultations", operation_id = "consultation_results",
    params(("commune" = String, Path, description = "The commune's slug"), ("consultation" = i64, Path, description = "The consultation's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The results, overall and per neighbourhood", body = ResultsOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents take part", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation for the caller, or its results are not shown now", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn results(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<ResultsOut>> {
    let visit = resident(&app, ctx, &slug).await?;
    let loaded = super::for_resident(&app, &visit.commune, caller(&visit), id).await?;
    if !super::residents_see_results(&loaded) {
        return Err(AppError::NotFound);
    }
    let all = super::results(&app, &loaded).await?;
    Ok(Json(results_out(
        &loaded,
        all.overall,
        all.by_neighbourhood,
    )))
}

// ---------------------------------------------------------------------------------
// Staff.

#[utoipa::path(get, path = "/api/v1/communes/{commune}/staff/consultations", tag = "consultations", operation_id = "staff_list_consultations",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The commune's consultations, drafts included, the latest closing first", body = ConsultationsOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn staff_list(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<ConsultationsOut>> {
    let visit = staff(&app, ctx, &slug).await?;
    let consultations = super::list_for_staff(&app, &visit.commune)
        .await?
        .into_iter()
        .map(|l| out(l, None))
        .collect();
    Ok(Json(ConsultationsOut { consultations }))
}

/// A new draft.
#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"definition": {"kind": "poll", "title": {"en": "The new playground", "fr": "La nouvelle aire de jeux"},
    "sections": [{"questions": [{"id": 1, "text": {"en": "Do you want it?", "fr": "La voulez-vous ?"}, "required": true, "kind": {"type": "yes_no"}}]}],
    "opens_at": 1893456000, "closes_at": 1894665600, "anonymous": true, "audience": "commune", "results_shown": "after_closing"},
    "request_key": "c3d4e5f6a1b2"}))]
pub struct DraftInput {
    /// The consultation as `gemeng_core::consultation::Consultation` writes it: kind
    /// (`poll`, `survey`), title and texts per language (`lb`, `de`, `fr`, `en`, `pt`),
    /// sections of questions with ids, `opens_at` and `closes_at` (Unix seconds),
    /// `anonymous`, `audience` (`"commune"` or `{"neighbourhoods": [ids]}`) and
    /// `results_shown` (`while_open`, `after_closing`, `never`).
    #[schema(value_type = Object)]
    pub definition: serde_json::Value,
    #[serde(default)]
    pub request_key: String,
}

fn draft_errors(refusal: DraftRefusal) -> AppError {
    match refusal {
        DraftRefusal::Problems(problems) => {
            let mut errors = FieldErrors::new();
            for p in &problems {
                errors.add("definition", draft_problem_id(p));
            }
            AppError::Invalid(errors)
        }
        DraftRefusal::UnknownNeighbourhood => AppError::Invalid(FieldErrors::single(
            "definition",
            "consultation-error-audience",
        )),
    }
}

fn speaker<'a>(app: &'a App, visit: &'a ApiVisit) -> Speaker<'a> {
    Speaker {
        app,
        commune: &visit.commune,
        account: caller(visit),
    }
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/staff/consultations", tag = "consultations", operation_id = "create_consultation",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = DraftInput,
    responses(
        (status = 201, description = "The draft is stored (or, for a `request_key` sent before, was stored then)", body = ConsultationOut),
        (status = 400, description = "Malformed JSON, or not a consultation", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "What the rules refuse: missing versions, a question without choices, closing before opening…", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<DraftInput>,
) -> AppResult<(StatusCode, Json<ConsultationOut>)> {
    let visit = staff(&app, ctx, &slug).await?;
    // Read here rather than by the extractor: an object that is not a consultation
    // breaks its rules (422), it is not malformed JSON.
    let draft: Consultation = serde_json::from_value(input.definition).map_err(|_| {
        AppError::Invalid(FieldErrors::single(
            "definition",
            "consultation-code-definition",
        ))
    })?;
    let id = speaker(&app, &visit)
        .save(None, &draft, &input.request_key)
        .await?
        .map_err(draft_errors)?;
    let loaded = load(&app, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((StatusCode::CREATED, Json(out(loaded, None))))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/staff/consultations/{consultation}/publish", tag = "consultations", operation_id = "publish_consultation",
    params(("commune" = String, Path, description = "The commune's slug"), ("consultation" = i64, Path, description = "The consultation's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Published (or published already)", body = ConsultationOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation of the commune", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It closes in the past", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn publish(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<ConsultationOut>> {
    let visit = staff(&app, ctx, &slug).await?;
    speaker(&app, &visit).publish(id).await?;
    let loaded = load(&app, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(out(loaded, None)))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/staff/consultations/{consultation}/results", tag = "consultations", operation_id = "staff_consultation_results",
    params(("commune" = String, Path, description = "The commune's slug"), ("consultation" = i64, Path, description = "The consultation's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The results, overall and per neighbourhood, whenever residents see them", body = ResultsOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation of the commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn staff_results(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<ResultsOut>> {
    let visit = staff(&app, ctx, &slug).await?;
    let loaded = load(&app, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let all = super::results(&app, &loaded).await?;
    Ok(Json(results_out(
        &loaded,
        all.overall,
        all.by_neighbourhood,
    )))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct CsvParams {
    /// The language of the headings and choices (`lb`, `de`, `fr`, `en`, `pt`); the
    /// caller's when absent.
    #[param(max_length = 2)]
    pub language: String,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/staff/consultations/{consultation}/answers.csv", tag = "consultations", operation_id = "consultation_answers_csv",
    params(("commune" = String, Path, description = "The commune's slug"), ("consultation" = i64, Path, description = "The consultation's id"), CsvParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Every answer set, one row each; anonymous ones with the day and neighbourhood only", content_type = "text/csv", body = String),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation of the commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown language", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn answers_csv(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    Query(params): Query<CsvParams>,
) -> AppResult<Response> {
    let visit = staff(&app, ctx, &slug).await?;
    let loaded = load(&app, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let language = match params.language.as_str() {
        "" => visit.tr.language,
        code => gemeng_core::language::Language::from_code(code).ok_or_else(|| {
            AppError::Invalid(FieldErrors::single("language", "error-language-unknown"))
        })?,
    };
    let tr = crate::http::i18n::Tr::new(language);
    let rows = super::web::csv_rows(&app, &tr, &loaded, language).await?;
    crate::timebank::web::csv_download(&format!("gemeng-consultation-{id}.csv"), rows)
}
