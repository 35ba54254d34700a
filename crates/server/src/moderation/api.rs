//! Reports and moderation over the API: a resident reports what they can see; a
//! moderator reads their queue and decides. The rules and the one transaction per
//! decision are `moderation`'s own; an item the caller cannot see or judge is 404.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_db::reports::OpenReport;
use serde::Serialize;
use utoipa::ToSchema;

use super::{DecisionInput, Item, ReportInput};
use crate::app::App;
use crate::http::api::{ApiCtx, ApiJson, ApiVisit};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;

/// An item as a report or a moderator sees it.
#[derive(Serialize, ToSchema)]
pub struct ItemOut {
    /// post, comment or message.
    pub item_type: String,
    pub id: i64,
    pub author_id: i64,
    pub author_name: String,
    /// A post's title; for an answer, its post's title; empty for a message.
    pub title: String,
    /// Its text, the first 1,000 characters.
    pub text: String,
    pub hidden: bool,
    /// Why a moderator hid it, if hidden.
    pub hidden_reason: String,
}

fn item_out(item: Item) -> ItemOut {
    ItemOut {
        item_type: item.facts.item_type.as_str().to_string(),
        id: item.id,
        author_id: item.facts.author_id,
        author_name: item.author_name,
        title: item.title,
        text: item.text,
        hidden: item.hidden,
        hidden_reason: item.hidden_reason,
    }
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/reports", tag = "moderation",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = ReportInput,
    responses(
        (status = 201, description = "Reported (a second report of the same item by the same person is the same report); the moderators will look at it", body = ItemOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents report", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Nothing the caller can see by that type and id", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "One's own item", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No such reason, or details missing or too long", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many reports this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn report(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<ReportInput>,
) -> AppResult<(StatusCode, Json<ItemOut>)> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::UseMessages)?;
    let item = super::report(&app, &visit.commune, account, &input)
        .await?
        .map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(item_out(item))))
}

/// A report as moderators read it (the reporter is not named).
#[derive(Serialize, ToSchema)]
pub struct ReportOut {
    /// spam, abuse, personal-data, illegal or other.
    pub reason: String,
    pub details: String,
    pub created_at: i64,
}

#[derive(Serialize, ToSchema)]
pub struct WaitingOut {
    pub item: ItemOut,
    pub reports: Vec<ReportOut>,
    /// Where to send the decision.
    pub url: String,
}

fn reports_out(reports: Vec<OpenReport>) -> Vec<ReportOut> {
    reports
        .into_iter()
        .map(|r| ReportOut {
            reason: r.reason,
            details: r.details,
            created_at: r.created_at,
        })
        .collect()
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/moderation", tag = "moderation",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "What waits for the caller's decision, the longest waiting first", body = Vec<WaitingOut>),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only moderators and staff", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn queue(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
) -> AppResult<Json<Vec<WaitingOut>>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let moderator = visit.require(Action::Moderate)?;
    Ok(Json(
        super::queue(&app, &visit.commune, moderator)
            .await?
            .into_iter()
            .map(|(item, reports)| WaitingOut {
                url: format!(
                    "/api/v1/communes/{slug}/moderation/{}/{}",
                    item.facts.item_type.as_str(),
                    item.id
                ),
                item: item_out(item),
                reports: reports_out(reports),
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct DecisionOut {
    /// hide, keep or restore: what was done.
    pub decision: String,
    pub item: ItemOut,
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/moderation/{item_type}/{item}", tag = "moderation",
    params(("commune" = String, Path, description = "The commune's slug"), ("item_type" = String, Path, description = "post, comment or message"), ("item" = i64, Path, description = "The item's id")),
    security(("bearer" = [])),
    request_body = DecisionInput,
    responses(
        (status = 200, description = "Decided: the reports closed, the author told, the audit log written", body = DecisionOut),
        (status = 400, description = "Malformed JSON, or an id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only moderators and staff", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Nothing the caller judges by that type and id", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The decision does not fit the item's state (hiding a hidden item)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No such decision, or the reason is missing or too long", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn decide(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, item_type, id)): Path<(String, String, i64)>,
    ApiJson(input): ApiJson<DecisionInput>,
) -> AppResult<Json<DecisionOut>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let moderator = visit.require(Action::Moderate)?;
    let item = super::judged(&app, &visit.commune, moderator, &item_type, id).await?;
    let decision = super::decide(&app, &visit.commune, moderator, &item, &input)
        .await?
        .map_err(AppError::Invalid)?;
    let item = super::judged(&app, &visit.commune, moderator, &item_type, id).await?;
    Ok(Json(DecisionOut {
        decision: decision.as_str().to_string(),
        item: item_out(item),
    }))
}
