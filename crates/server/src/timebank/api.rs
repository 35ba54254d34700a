//! The time bank over the API, for verified residents: joining, the balance and
//! pending exchanges, the statement, proposals and their answers, gifts. A proposal
//! between other people answers 404. The response to a new proposal links to the
//! operations that answer it (OpenAPI links), so a client — or the fuzzer's stateful
//! run — can follow a proposal to its confirmation.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_db::timebank::{self as store, Proposal};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ledger::Answer;
use super::{AnswerInput, GiftInput, Member, ProposalInput};
use crate::app::{now, App};
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// Statement lines per page.
pub const STATEMENT_PAGE: i64 = 50;
/// Proposals listed with the balance (the latest).
pub const PROPOSALS_LISTED: i64 = 50;

/// A verified resident's API call about their own time bank account.
struct Caller {
    visit: ApiVisit,
}

impl Caller {
    async fn load(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<Caller> {
        let visit = ApiVisit::load(app, ctx, slug).await?;
        visit.require(Action::UseTimeBank)?;
        Ok(Caller { visit })
    }

    fn member<'a>(&'a self, app: &'a App) -> Member<'a> {
        Member {
            app,
            commune: &self.visit.commune,
            account: self
                .visit
                .caller
                .as_ref()
                .expect("a member has a token (checked by load)"),
        }
    }

    fn base(&self) -> String {
        format!("/api/v1/communes/{}/timebank", self.visit.commune.slug)
    }
}

/// The coordinator's rules, as members see them.
#[derive(Serialize, ToSchema)]
pub struct RulesOut {
    /// How far below zero a member may go, in minutes (600: down to −600).
    pub credit_limit: i64,
    /// How far above zero a member may go, if limited.
    pub upper_limit: Option<i64>,
    /// What a new member receives from the commune's account.
    pub welcome_credit: i64,
    /// How long a proposal waits for the other party, in seconds.
    pub proposal_ttl: i64,
}

/// The caller's account.
#[derive(Serialize, ToSchema)]
pub struct TimeBankAccountOut {
    /// Minutes: positive when the caller gave more than they received.
    pub balance: i64,
    pub opened_at: i64,
    pub rules: RulesOut,
    /// The latest proposals made or received, 50 at most.
    pub proposals: Vec<ProposalOut>,
    pub statement_url: String,
}

/// A proposal, seen by one of its two parties.
#[derive(Serialize, ToSchema)]
pub struct ProposalOut {
    pub id: i64,
    /// The other party (their user id; absent if their account was erased).
    pub with: Option<i64>,
    pub with_name: Option<String>,
    /// Whether the caller proposed it (otherwise they answer it).
    pub proposed_by_you: bool,
    /// Whether the caller pays (otherwise they are paid).
    pub you_pay: bool,
    pub amount: i64,
    pub memo: String,
    pub category: String,
    /// pending, confirmed, declined, cancelled or expired.
    pub state: String,
    pub created_at: i64,
    pub expires_at: i64,
    /// The transfer that settled it, once confirmed.
    pub transfer: Option<i64>,
    pub url: String,
}

/// One line of a statement.
#[derive(Serialize, ToSchema)]
pub struct StatementLineOut {
    /// The transfer's id.
    pub id: i64,
    pub at: i64,
    /// exchange, counter, gift, welcome or reversal.
    pub kind: String,
    /// Minutes in (positive) or out (negative).
    pub amount: i64,
    /// The other party (absent for the commune's account or an erased member).
    pub with: Option<i64>,
    pub with_name: Option<String>,
    pub memo: String,
    pub category: String,
    /// The transfer this one reverses.
    pub reverses: Option<i64>,
    /// The balance after this line.
    pub balance: i64,
}

#[derive(Serialize, ToSchema)]
pub struct StatementOut {
    /// The latest first, 50 at most.
    pub lines: Vec<StatementLineOut>,
    /// Pass as `before` for the next page; absent on the last page.
    pub next: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct TransferOut {
    pub id: i64,
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct StatementParams {
    /// The `next` of the previous page, to read on.
    #[param(minimum = 1)]
    pub before: Option<i64>,
}

/// A proposal's state as its parties see it: a pending one past its time is expired.
fn state_shown(p: &Proposal, now: i64) -> String {
    if p.state == "pending" && now >= p.expires_at {
        "expired".into()
    } else {
        p.state.clone()
    }
}

/// Proposals seen by ledger account `me`, each with the transfer that settled it:
/// `Some(transfer)` when the caller knows it, `None` to read it.
async fn proposals_out(
    app: &App,
    base: &str,
    me: i64,
    proposals: Vec<(Proposal, Option<Option<i64>>)>,
) -> AppResult<Vec<ProposalOut>> {
    let others: Vec<i64> = proposals
        .iter()
        .map(|(p, _)| {
            if p.proposer == me {
                p.counterpart
            } else {
                p.proposer
            }
        })
        .collect();
    let holders = store::holders(&app.db, &others).await?;
    let at = now();
    let mut out = Vec::with_capacity(proposals.len());
    for ((p, known), other) in proposals.into_iter().zip(others) {
        let holder = holders.get(&other);
        let transfer = match known {
            Some(transfer) => transfer,
            None if p.state == "confirmed" => store::transfer_of_proposal(&app.db, p.id).await?,
            None => None,
        };
        out.push(ProposalOut {
            url: format!("{base}/proposals/{}", p.id),
            state: state_shown(&p, at),
            id: p.id,
            with: holder.map(|h| h.user_id),
            with_name: holder.map(|h| h.name.clone()),
            proposed_by_you: p.proposer == me,
            you_pay: p.payer == me,
            amount: p.amount,
            memo: p.memo,
            category: p.category,
            created_at: p.created_at,
            expires_at: p.expires_at,
            transfer,
        });
    }
    Ok(out)
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/timebank", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's balance, the rules and their latest proposals", body = TimeBankAccountOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller has not joined the time bank", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn account(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<TimeBankAccountOut>> {
    let caller = Caller::load(&app, ctx, &slug).await?;
    account_out(&app, &caller).await.map(Json)
}

async fn account_out(app: &App, caller: &Caller) -> AppResult<TimeBankAccountOut> {
    let member = caller.member(app);
    let me = member.joined().await?;
    let rules = store::rules(&app.db, member.commune.id)
        .await?
        .unwrap_or_default();
    let proposals = store::proposals_of(&app.db, me.id, PROPOSALS_LISTED).await?;
    let base = caller.base();
    Ok(TimeBankAccountOut {
        balance: me.balance,
        opened_at: me.opened_at,
        rules: RulesOut {
            credit_limit: rules.credit_limit,
            upper_limit: rules.upper_limit,
            welcome_credit: rules.welcome_credit,
            proposal_ttl: rules.proposal_ttl,
        },
        proposals: proposals_out(
            app,
            &base,
            me.id,
            proposals.into_iter().map(|p| (p, None)).collect(),
        )
        .await?,
        statement_url: format!("{base}/statement"),
    })
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/membership", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Joined, accepting the rules: the account opened with the welcome credit", body = TimeBankAccountOut),
        (status = 200, description = "Already a member: the account as it is", body = TimeBankAccountOut),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents join the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The ledger is saturated; retry shortly", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn join(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<(StatusCode, Json<TimeBankAccountOut>)> {
    let caller = Caller::load(&app, ctx, &slug).await?;
    let new = caller.member(&app).join().await?;
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(account_out(&app, &caller).await?)))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/timebank/statement", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug"), StatementParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's transfers, the latest first, each with the balance after it", body = StatementOut),
        (status = 400, description = "A malformed query string", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller has not joined the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A `before` below 1", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn statement(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(params): Query<StatementParams>,
) -> AppResult<Json<StatementOut>> {
    let caller = Caller::load(&app, ctx, &slug).await?;
    if params.before.is_some_and(|b| b < 1) {
        return Err(AppError::Invalid(
            gemeng_core::validation::FieldErrors::single("before", "feed-error-cursor"),
        ));
    }
    let me = caller.member(&app).joined().await?;
    let mut lines = store::statement(&app.db, me.id, params.before, STATEMENT_PAGE + 1).await?;
    let more = lines.len() as i64 > STATEMENT_PAGE;
    lines.truncate(STATEMENT_PAGE as usize);
    let others: Vec<i64> = lines.iter().map(|l| l.other_account).collect();
    let holders = store::holders(&app.db, &others).await?;
    let next = if more {
        lines.last().map(|l| l.id)
    } else {
        None
    };
    Ok(Json(StatementOut {
        lines: lines
            .into_iter()
            .map(|l| {
                let holder = holders.get(&l.other_account);
                StatementLineOut {
                    id: l.id,
                    at: l.created_at,
                    kind: l.kind,
                    amount: l.amount,
                    with: holder.map(|h| h.user_id),
                    with_name: holder.map(|h| h.name.clone()),
                    memo: l.memo,
                    category: l.category,
                    reverses: l.reverses,
                    balance: l.balance,
                }
            })
            .collect(),
        next,
    }))
}

/// The proposal `id` as the caller sees it; "not found" unless they are a party.
async fn proposal_out(app: &App, caller: &Caller, id: i64) -> AppResult<ProposalOut> {
    let member = caller.member(app);
    let me = member.joined().await?;
    let proposal = store::proposal(&app.db, member.commune.id, id)
        .await?
        .filter(|p| p.proposer == me.id || p.counterpart == me.id)
        .ok_or(AppError::NotFound)?;
    shown(app, caller, me.id, proposal, None).await
}

/// Proposal `p` seen by ledger account `me`, its settling transfer as in
/// [`proposals_out`].
async fn shown(
    app: &App,
    caller: &Caller,
    me: i64,
    p: Proposal,
    transfer: Option<Option<i64>>,
) -> AppResult<ProposalOut> {
    let mut out = proposals_out(app, &caller.base(), me, vec![(p, transfer)]).await?;
    out.pop().ok_or(AppError::NotFound)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/proposals", tag = "timebank",
    operation_id = "timebank_propose",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = ProposalInput,
    responses(
        (status = 201, description = "Proposed (or, for a `request_key` sent before, the proposal made then); it waits for the other member's answer", body = ProposalOut,
            links(
                ("confirm" = (operation_id = "timebank_confirm", parameters(("commune" = "$request.path.commune"), ("proposal" = "$response.body#/id")))),
                ("decline" = (operation_id = "timebank_decline", parameters(("commune" = "$request.path.commune"), ("proposal" = "$response.body#/id")))),
                ("cancel" = (operation_id = "timebank_cancel", parameters(("commune" = "$request.path.commune"), ("proposal" = "$response.body#/id")))),
                ("read" = (operation_id = "timebank_proposal", parameters(("commune" = "$request.path.commune"), ("proposal" = "$response.body#/id")))),
            )),
        (status = 400, description = "Malformed JSON (a fractional amount, a number out of range)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller has not joined the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An amount, a description, a category or a member the rules refuse", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many proposals this hour", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The ledger is saturated; retry shortly", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn propose(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<ProposalInput>,
) -> AppResult<(StatusCode, Json<ProposalOut>)> {
    let caller = Caller::load(&app, ctx, &slug).await?;
    let proposal = caller
        .member(&app)
        .propose(&input)
        .await?
        .map_err(AppError::Invalid)?;
    let me = proposal.proposer;
    Ok((
        StatusCode::CREATED,
        Json(shown(&app, &caller, me, proposal, Some(None)).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/timebank/proposals/{proposal}", tag = "timebank",
    operation_id = "timebank_proposal",
    params(("commune" = String, Path, description = "The commune's slug"), ("proposal" = i64, Path, description = "The proposal's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The proposal", body = ProposalOut),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such proposal of the caller's", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller has not joined the time bank", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn proposal(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Json<ProposalOut>> {
    let caller = Caller::load(&app, ctx, &slug).await?;
    proposal_out(&app, &caller, id).await.map(Json)
}

async fn answer(
    app: App,
    ctx: ApiCtx,
    slug: String,
    id: i64,
    answer: Answer,
    input: AnswerInput,
) -> AppResult<Json<ProposalOut>> {
    let caller = Caller::load(&app, ctx, &slug).await?;
    let (proposal, transfer) = caller.member(&app).answer(id, answer, &input).await?;
    // The one who answered is the caller.
    let me = proposal.answered_by.unwrap_or(proposal.proposer);
    shown(&app, &caller, me, proposal, Some(transfer))
        .await
        .map(Json)
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/proposals/{proposal}/confirm", tag = "timebank",
    operation_id = "timebank_confirm",
    params(("commune" = String, Path, description = "The commune's slug"), ("proposal" = i64, Path, description = "The proposal's id")),
    security(("bearer" = [])),
    request_body = AnswerInput,
    responses(
        (status = 200, description = "Confirmed: the minutes moved (for a `request_key` sent before, the first confirmation, nothing moved again)", body = ProposalOut),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such proposal of the caller's", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller has not joined the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not the caller's to confirm, answered already, expired, or a limit would be passed (the proposal then stays pending)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many answers this hour", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The ledger is saturated; retry shortly", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn confirm(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<AnswerInput>,
) -> AppResult<Json<ProposalOut>> {
    answer(app, ctx, slug, id, Answer::Confirm, input).await
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/proposals/{proposal}/decline", tag = "timebank",
    operation_id = "timebank_decline",
    params(("commune" = String, Path, description = "The commune's slug"), ("proposal" = i64, Path, description = "The proposal's id")),
    security(("bearer" = [])),
    request_body = AnswerInput,
    responses(
        (status = 200, description = "Declined: nothing moves", body = ProposalOut),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such proposal of the caller's", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller has not joined the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not the caller's to decline, answered already, or expired", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many answers this hour", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The ledger is saturated; retry shortly", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn decline(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<AnswerInput>,
) -> AppResult<Json<ProposalOut>> {
    answer(app, ctx, slug, id, Answer::Decline, input).await
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/proposals/{proposal}/cancel", tag = "timebank",
    operation_id = "timebank_cancel",
    params(("commune" = String, Path, description = "The commune's slug"), ("proposal" = i64, Path, description = "The proposal's id")),
    security(("bearer" = [])),
    request_body = AnswerInput,
    responses(
        (status = 200, description = "Cancelled (by either party, before it is answered): nothing moves", body = ProposalOut),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such proposal of the caller's", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller has not joined the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Answered already, or expired", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many answers this hour", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The ledger is saturated; retry shortly", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn cancel(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<AnswerInput>,
) -> AppResult<Json<ProposalOut>> {
    answer(app, ctx, slug, id, Answer::Cancel, input).await
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/gifts", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = GiftInput,
    responses(
        (status = 201, description = "Given (or, for a `request_key` sent before, the gift made then)", body = TransferOut),
        (status = 400, description = "Malformed JSON (a fractional amount, a number out of range)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller has not joined the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An amount, a description or a member the rules refuse", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many gifts today", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The ledger is saturated; retry shortly", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn give(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<GiftInput>,
) -> AppResult<(StatusCode, Json<TransferOut>)> {
    let caller = Caller::load(&app, ctx, &slug).await?;
    let id = caller
        .member(&app)
        .give(&input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(TransferOut { id })))
}
