//! The coordinator's API (commune staff): the rules, exchanges at the counter,
//! reversing entries, the ledger's audit and its export.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::ledger::Rules;
use gemeng_core::permissions::Action;
use gemeng_db::timebank as store;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::api::TransferOut;
use super::coordinator::{Coordinator, CounterInput, ReversalInput, RulesInput};
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// Transfers per page of the export.
pub const LEDGER_PAGE: i64 = 500;

async fn coordinator(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<ApiVisit> {
    let visit = ApiVisit::load(app, ctx, slug).await?;
    visit.require(Action::CoordinateTimeBank)?;
    Ok(visit)
}

fn of<'a>(app: &'a App, visit: &'a ApiVisit) -> Coordinator<'a> {
    Coordinator {
        app,
        commune: &visit.commune,
        staff: visit
            .caller
            .as_ref()
            .expect("a coordinator has a token (checked by load)"),
    }
}

/// The rules, as the coordinator sets them.
#[derive(Serialize, ToSchema)]
pub struct CoordinatorRulesOut {
    pub credit_limit: i64,
    pub upper_limit: Option<i64>,
    pub welcome_credit: i64,
    pub proposal_hours: i64,
}

fn rules_out(rules: Rules) -> CoordinatorRulesOut {
    CoordinatorRulesOut {
        credit_limit: rules.credit_limit,
        upper_limit: rules.upper_limit,
        welcome_credit: rules.welcome_credit,
        proposal_hours: rules.proposal_ttl / 3600,
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/timebank/rules", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The rules in force", body = CoordinatorRulesOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff coordinate the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn rules(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<CoordinatorRulesOut>> {
    let visit = coordinator(&app, ctx, &slug).await?;
    Ok(Json(rules_out(of(&app, &visit).rules().await?)))
}

#[utoipa::path(put, path = "/api/v1/communes/{commune}/timebank/rules", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = RulesInput,
    responses(
        (status = 200, description = "The rules changed (written to the audit log); they apply to every transfer from now on", body = CoordinatorRulesOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff coordinate the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A rule out of its bounds", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn set_rules(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<RulesInput>,
) -> AppResult<Json<CoordinatorRulesOut>> {
    let visit = coordinator(&app, ctx, &slug).await?;
    let rules = of(&app, &visit)
        .set_rules(&input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok(Json(rules_out(rules)))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/counter", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = CounterInput,
    responses(
        (status = 201, description = "Recorded at the counter, marked as such (or, for a `request_key` sent before, the entry made then)", body = TransferOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff coordinate the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An amount, a description, a category or a member the rules refuse", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The ledger is saturated; retry shortly", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn counter(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<CounterInput>,
) -> AppResult<(StatusCode, Json<TransferOut>)> {
    let visit = coordinator(&app, ctx, &slug).await?;
    let id = of(&app, &visit)
        .counter(&input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(TransferOut { id })))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/transfers/{transfer}/reversal", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug"), ("transfer" = i64, Path, description = "The transfer to undo")),
    security(("bearer" = [])),
    request_body = ReversalInput,
    responses(
        (status = 201, description = "Undone by a reversing entry with its reason (or, for a `request_key` sent before, the reversal made then)", body = TransferOut),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff coordinate the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such transfer in this commune's ledger", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason given, a correction itself or reversed already, or a limit would be passed", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The ledger is saturated; retry shortly", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn reverse(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<ReversalInput>,
) -> AppResult<(StatusCode, Json<TransferOut>)> {
    let visit = coordinator(&app, ctx, &slug).await?;
    let id = of(&app, &visit)
        .reverse(id, &input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(TransferOut { id })))
}

/// What the audit of the ledger found.
#[derive(Serialize, ToSchema)]
pub struct AuditOut {
    /// Every cached balance equals the sum of its transfers, and they sum to zero.
    pub sound: bool,
    pub accounts: i64,
    /// The sum of all balances (zero in a sound ledger).
    pub sum: i64,
    /// Accounts whose cached balance differs from the derivation.
    pub mismatches: Vec<i64>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/timebank/audit", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Every balance derived again from the transfers and compared", body = AuditOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff coordinate the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn audit(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<AuditOut>> {
    let visit = coordinator(&app, ctx, &slug).await?;
    let audit = store::audit(&app.db, visit.commune.id).await?;
    Ok(Json(AuditOut {
        sound: audit.sound(),
        accounts: audit.accounts,
        sum: audit.sum,
        mismatches: audit.mismatches.iter().map(|m| m.0).collect(),
    }))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct LedgerParams {
    /// The `next` of the previous page, to read on.
    #[param(minimum = 0)]
    pub after: Option<i64>,
}

/// A transfer of the ledger, for the export.
#[derive(Serialize, ToSchema)]
pub struct LedgerTransferOut {
    pub id: i64,
    pub at: i64,
    /// exchange, counter, gift, welcome or reversal.
    pub kind: String,
    /// Ledger accounts (not people: an erased member's account stays).
    pub from_account: i64,
    pub to_account: i64,
    pub amount: i64,
    pub memo: String,
    pub category: String,
    pub proposal: Option<i64>,
    pub reverses: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct LedgerOut {
    /// In order, 500 at most.
    pub transfers: Vec<LedgerTransferOut>,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<i64>,
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/timebank/ledger", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug"), LedgerParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The ledger's transfers in order", body = LedgerOut),
        (status = 400, description = "A malformed query string", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the commune's staff coordinate the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A negative `after`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn ledger(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(params): Query<LedgerParams>,
) -> AppResult<Json<LedgerOut>> {
    let visit = coordinator(&app, ctx, &slug).await?;
    let after = params.after.unwrap_or(0);
    if after < 0 {
        return Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("after", "feed-error-cursor"),
        ));
    }
    let mut transfers =
        store::transfers_of(&app.db, visit.commune.id, after, LEDGER_PAGE + 1).await?;
    let more = transfers.len() as i64 > LEDGER_PAGE;
    transfers.truncate(LEDGER_PAGE as usize);
    let next = if more {
        transfers.last().map(|t| t.id)
    } else {
        None
    };
    Ok(Json(LedgerOut {
        transfers: transfers
            .into_iter()
            .map(|t| LedgerTransferOut {
                id: t.id,
                at: t.created_at,
                kind: t.kind,
                from_account: t.from_account,
                to_account: t.to_account,
                amount: t.amount,
                memo: t.memo,
                category: t.category,
                proposal: t.proposal_id,
                reverses: t.reverses,
            })
            .collect(),
        next,
    }))
}
