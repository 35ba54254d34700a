//! Pages: the report form, the moderators' queue, an item with its reports and the
//! decision form, and the staff's audit log.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::moderation::{self as rules, Decision, ItemType, ReportReason};
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::reports::{self as store, OpenReport};
use serde::Deserialize;

use super::{DecisionInput, Item, ReportInput};
use crate::app::App;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{notice, render, render_invalid, see_other, Done, Visit};
use crate::neighbourhood::posts::reader_of;

#[derive(Template)]
#[template(path = "moderation/report.html")]
struct ReportPage {
    page: Page,
    action: String,
    item: Item,
    reasons: Vec<(&'static str, &'static str)>,
    input: ReportInput,
    errors: FieldErrors,
}

fn reasons() -> Vec<(&'static str, &'static str)> {
    ReportReason::ALL
        .iter()
        .map(|r| (r.as_str(), r.message_id()))
        .collect()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReportQuery {
    item: String,
    id: i64,
}

pub async fn report_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::UseMessages)?;
    let item_type = ItemType::parse(&query.item).ok_or(AppError::NotFound)?;
    let item = super::item(&app, &visit.commune, item_type, query.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !super::sees(&app, account, &item).await? {
        return Err(AppError::NotFound);
    }
    rules::may_report(&reader_of(account), item.facts.author_id).map_err(AppError::Conflict)?;
    render(&ReportPage {
        page: visit.page("report-title").await?,
        action: format!("/c/{slug}/reports"),
        input: ReportInput {
            item: query.item,
            id: query.id,
            ..ReportInput::default()
        },
        item,
        reasons: reasons(),
        errors: FieldErrors::new(),
    })
}

pub async fn report(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(input): CsrfForm<ReportInput>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::UseMessages)?;
    match super::report(&app, &visit.commune, account, &input).await? {
        Ok(item) => {
            let back = match (item.facts.item_type, &item.path) {
                (ItemType::Message, _) => {
                    let thread = gemeng_db::messages::message_by_id(&app.db, item.id)
                        .await?
                        .map(|m| m.thread_id)
                        .unwrap_or_default();
                    format!("/c/{slug}/messages/{thread}?done=reported")
                }
                (_, Some(path)) => {
                    // The reader's own neighbourhood's URL of the post, with the notice.
                    let (path, anchor) = path.split_once('#').unwrap_or((path, ""));
                    let own = own_path(&app, account, path).await?;
                    if anchor.is_empty() {
                        format!("{own}?done=reported")
                    } else {
                        format!("{own}?done=reported#{anchor}")
                    }
                }
                (_, None) => format!("/c/{slug}"),
            };
            Ok(see_other(&back))
        }
        Err(errors) => {
            let item_type = ItemType::parse(&input.item).ok_or(AppError::NotFound)?;
            let item = super::item(&app, &visit.commune, item_type, input.id)
                .await?
                .ok_or(AppError::NotFound)?;
            render_invalid(&ReportPage {
                page: visit
                    .page_at(
                        "report-title",
                        &format!("/c/{slug}/reports/new?item={}&id={}", input.item, input.id),
                    )
                    .await?,
                action: format!("/c/{slug}/reports"),
                item,
                reasons: reasons(),
                input,
                errors,
            })
        }
    }
}

/// A post's path under the reader's own neighbourhood (where their guard admits them).
async fn own_path(
    app: &App,
    account: &gemeng_db::accounts::Account,
    path: &str,
) -> AppResult<String> {
    let post = path.rsplit('/').next().unwrap_or_default();
    let commune = path.split('/').nth(2).unwrap_or_default();
    let own = match account.neighbourhood_id {
        Some(n) => app.cache.neighbourhood(&app.db, n).await?.map(|n| n.slug),
        None => None,
    };
    Ok(match own {
        Some(slug) => format!("/c/{commune}/n/{slug}/posts/{post}"),
        None => format!("/c/{commune}"),
    })
}

/// An item waiting in the queue, with its page.
pub struct Waiting {
    pub item: Item,
    pub reports: Vec<OpenReport>,
    pub url: String,
}

#[derive(Template)]
#[template(path = "moderation/queue.html")]
struct QueuePage {
    page: Page,
    waiting: Vec<Waiting>,
    audit_url: Option<String>,
    notice: Option<&'static str>,
}

pub async fn queue(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let moderator = visit.require(Action::Moderate)?;
    let waiting: Vec<Waiting> = super::queue(&app, &visit.commune, moderator)
        .await?
        .into_iter()
        .map(|(item, reports)| Waiting {
            url: format!(
                "/c/{slug}/moderation/{}/{}",
                item.facts.item_type.as_str(),
                item.id
            ),
            item,
            reports,
        })
        .collect();
    render(&QueuePage {
        page: visit.page("moderation-title").await?,
        waiting,
        audit_url: moderator
            .role()
            .is_commune_staff()
            .then(|| format!("/c/{slug}/staff/audit")),
        notice: notice(
            &done.done,
            &[
                ("hide", "moderation-done-hide"),
                ("keep", "moderation-done-keep"),
                ("restore", "moderation-done-restore"),
            ],
        ),
    })
}

#[derive(Template)]
#[template(path = "moderation/item.html")]
struct ItemPage {
    page: Page,
    action: String,
    back: String,
    subject: Item,
    reports: Vec<OpenReport>,
    decisions: Vec<(&'static str, &'static str)>,
    input: DecisionInput,
    errors: FieldErrors,
}

fn decisions(hidden: bool) -> Vec<(&'static str, &'static str)> {
    Decision::ALL
        .iter()
        .filter(|d| d.fits(hidden))
        .map(|d| (d.as_str(), decision_label(*d)))
        .collect()
}

fn decision_label(decision: Decision) -> &'static str {
    match decision {
        Decision::Hide => "moderation-decision-hide",
        Decision::Keep => "moderation-decision-keep",
        Decision::Restore => "moderation-decision-restore",
    }
}

/// The item of the path, if this moderator judges it; otherwise "not found".
async fn judged(app: &App, visit: &Visit, item_type: &str, id: i64) -> AppResult<Item> {
    let moderator = visit.require(Action::Moderate)?;
    super::judged(app, &visit.commune, moderator, item_type, id).await
}

async fn item_page(
    app: &App,
    visit: &Visit,
    item: Item,
    input: DecisionInput,
    errors: FieldErrors,
) -> AppResult<ItemPage> {
    let slug = &visit.commune.slug;
    let item_type = item.facts.item_type.as_str();
    let url = format!("/c/{slug}/moderation/{item_type}/{}", item.id);
    let mut page = visit.page("moderation-item-title").await?;
    page.path = url.clone();
    Ok(ItemPage {
        page,
        back: format!("/c/{slug}/moderation"),
        reports: store::open_for(&app.db, item_type, item.id).await?,
        decisions: decisions(item.hidden),
        action: url,
        subject: item,
        input,
        errors,
    })
}

pub async fn show(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, item_type, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let item = judged(&app, &visit, &item_type, id).await?;
    render(
        &item_page(
            &app,
            &visit,
            item,
            DecisionInput::default(),
            FieldErrors::new(),
        )
        .await?,
    )
}

pub async fn decide(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, item_type, id)): Path<(String, String, i64)>,
    CsrfForm(input): CsrfForm<DecisionInput>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let item = judged(&app, &visit, &item_type, id).await?;
    let moderator = visit.require(Action::Moderate)?;
    match super::decide(&app, &visit.commune, moderator, &item, &input).await? {
        Ok(decision) => Ok(see_other(&format!(
            "/c/{slug}/moderation?done={}",
            decision.as_str()
        ))),
        Err(errors) => render_invalid(&item_page(&app, &visit, item, input, errors).await?),
    }
}

#[derive(Template)]
#[template(path = "moderation/audit.html")]
struct AuditPage {
    page: Page,
    entries: Vec<gemeng_db::audit::Entry>,
    older: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditQuery {
    before: Option<i64>,
}

/// Entries per page of the audit log.
const AUDIT_PAGE: i64 = 100;

pub async fn audit(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<AuditQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ReviewResidents)?;
    let entries =
        gemeng_db::audit::recent(&app.db, visit.commune.id, query.before, AUDIT_PAGE).await?;
    let older = if entries.len() as i64 == AUDIT_PAGE {
        entries
            .last()
            .map(|e| format!("/c/{slug}/staff/audit?before={}", e.id))
    } else {
        None
    };
    render(&AuditPage {
        page: visit.page("audit-title").await?,
        entries,
        older,
    })
}
