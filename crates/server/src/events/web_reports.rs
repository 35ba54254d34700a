//! The pages of reports at an event day: the report form behind every "Report" link
//! of the lounge, a stand's questions and a private chat, and the judges' queue (the
//! organisers', a stand's staff's) with its decisions.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::moderation::ReportReason;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use serde::Deserialize;

use super::reports::{Reported, ReportedItem, Verdict};
use super::web::{base, shown};
use crate::app::App;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{bounded, notice, render, render_invalid, see_other, Done, Visit};

/// What a report form is about, as its link and fields name it.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ReportFields {
    /// `lounge`, `question` or `private`.
    item: String,
    /// The stand (a question) or chat (a private message) it was said in.
    within: i64,
    id: i64,
    reason: String,
    details: String,
}

#[derive(Template)]
#[template(path = "events/report.html")]
struct ReportPage {
    page: Page,
    action: String,
    item: ReportedItem,
    input: ReportFields,
    reasons: Vec<(&'static str, &'static str)>,
    errors: FieldErrors,
}

fn reasons() -> Vec<(&'static str, &'static str)> {
    ReportReason::ALL
        .iter()
        .map(|r| (r.as_str(), r.message_id()))
        .collect()
}

async fn report_page(
    visit: &Visit,
    id: i64,
    input: ReportFields,
    errors: FieldErrors,
) -> AppResult<ReportPage> {
    let who = super::participant(visit, id).await?;
    let what = Reported::parse(&input.item, input.within).ok_or(AppError::NotFound)?;
    let (e, _, item) =
        super::reports::reported_item(&visit.app, &visit.commune, who, id, (what, input.id))
            .await?;
    let page = visit
        .page_at(
            "report-title",
            &format!(
                "{}/{}/report?item={}&within={}&id={}",
                base(visit),
                e.id,
                what.item_type(),
                what.within(),
                input.id
            ),
        )
        .await?;
    Ok(ReportPage {
        page,
        action: format!("{}/{}/reports", base(visit), e.id),
        item,
        input,
        reasons: reasons(),
        errors,
    })
}

/// `/c/{commune}/events/{event}/report?item=…&within=…&id=…`: the report form.
pub async fn form(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<ReportFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let input = ReportFields {
        reason: String::new(),
        details: String::new(),
        ..query
    };
    render(&report_page(&visit, id, input, FieldErrors::new()).await?)
}

/// `POST /c/{commune}/events/{event}/reports`: files the report and goes back to the
/// room it was made from.
pub async fn report(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(mut input): CsrfForm<ReportFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let who = super::participant(&visit, id).await?;
    input.reason = bounded(input.reason, 32);
    input.details = bounded(input.details, 2_000);
    let what = Reported::parse(&input.item, input.within).ok_or(AppError::NotFound)?;
    match super::reports::report(
        &app,
        &visit.commune,
        who,
        id,
        (what, input.id),
        (&input.reason, &input.details),
    )
    .await?
    {
        Ok(()) => {
            let room = match what {
                Reported::Lounge => "lounge".to_string(),
                Reported::Question { stand } => format!("stands/{stand}"),
                Reported::Private { chat } => format!("chats/{chat}"),
            };
            Ok(see_other(&format!(
                "{}/{id}/{room}?done=reported",
                base(&visit)
            )))
        }
        Err(errors) => render_invalid(&report_page(&visit, id, input, errors).await?),
    }
}

/// A report in the queue.
pub struct QueueLine {
    pub id: i64,
    /// The message id of what it is about ("event-report-kind-…").
    pub kind: &'static str,
    pub author: String,
    pub excerpt: String,
    pub reason: &'static str,
    pub details: String,
    /// "14:05".
    pub when: String,
    pub hides: bool,
}

#[derive(Template)]
#[template(path = "events/reports.html")]
struct QueuePage {
    page: Page,
    base: String,
    event_id: i64,
    event_title: String,
    reports: Vec<QueueLine>,
    notice: Option<(String, String)>,
}

/// `/c/{commune}/events/{event}/reports`: the open reports the visitor judges.
pub async fn queue(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    let (e, _, reports) = super::reports::queue(&app, &visit.commune, account, id).await?;
    let mut page = visit
        .page_at(
            "event-reports-title",
            &format!("{}/{}/reports", base(&visit), e.id),
        )
        .await?;
    page.title = page.t("event-reports-title");
    let notice = match notice(&query.done, &[("judged", "event-reports-done")]) {
        Some(key) => Some(("success".to_string(), page.t(key))),
        None => notice(&query.done, super::web::MUTE_REFUSALS)
            .or_else(|| notice(&query.done, &[("private", "event-report-error-private")]))
            .map(|key| ("important".to_string(), page.t(key))),
    };
    render(&QueuePage {
        base: base(&visit),
        event_id: e.id,
        event_title: shown(&e, &visit).title,
        reports: reports
            .into_iter()
            .map(|r| QueueLine {
                id: r.id,
                kind: match r.item_type.as_str() {
                    "question" => "event-report-kind-question",
                    "private" => "event-report-kind-private",
                    _ => "event-report-kind-lounge",
                },
                hides: r.item_type != "private",
                author: r.author,
                excerpt: r.excerpt,
                reason: ReportReason::parse(&r.reason)
                    .map(|r| r.message_id())
                    .unwrap_or("report-reason-other"),
                details: r.details,
                when: crate::activities::local_parts(r.created_at).1,
            })
            .collect(),
        notice,
        page,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionFields {
    decision: String,
}

/// `POST /c/{commune}/events/{event}/reports/{report}`: hide, mute or dismiss.
pub async fn decide(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, report)): Path<(String, i64, i64)>,
    CsrfForm(input): CsrfForm<DecisionFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ManageOwnAccount)?;
    let verdict = Verdict::parse(&input.decision)
        .ok_or(AppError::BadRequest("event-report-error-decision"))?;
    let done =
        match super::reports::decide(&app, &visit.commune, account, (id, report), verdict).await? {
            Ok(()) => "judged",
            Err("event-report-error-private") => "private",
            Err(key) => super::web::MUTE_REFUSALS
                .iter()
                .find(|(_, k)| *k == key)
                .map(|(code, _)| *code)
                .unwrap_or("judged"),
        };
    Ok(see_other(&format!(
        "{}/{id}/reports?done={done}",
        base(&visit)
    )))
}
