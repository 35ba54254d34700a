//! Reports from an event day's rooms: a participant reports a lounge message, a
//! stand's question or a message of their private chat, with a reason
//! (`gemeng_core::events::moderation::check_report`). The organisers judge every
//! report of their event, a stand's staff the reports of their stand's questions:
//! hide the item, mute its author for the day, or dismiss the report. A decision
//! closes every open report of the item, in one transaction with what it does and
//! its audit entry.
//!
//! Organisers do not read private chats; the report keeps the reported words as they
//! were, which is how such a message reaches them.

use gemeng_core::events::moderation::{check_report, ReportProblem};
use gemeng_core::events::Room;
use gemeng_core::moderation::ReportReason;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::event_reports::{self as store, NewReport, OpenReport};
use gemeng_db::events::Event;

use super::lounge::standing_of;
use super::{onlooker_of, visible, Participant};
use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};

/// The open reports one queue lists.
pub const QUEUE_MAX: i64 = 200;

/// What is reported, and the room it was said in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reported {
    Lounge,
    Question { stand: i64 },
    Private { chat: i64 },
}

impl Reported {
    /// From a form or the API: `lounge`, `question` (at stand `within`) or `private`
    /// (in chat `within`).
    pub fn parse(item: &str, within: i64) -> Option<Reported> {
        match item {
            "lounge" => Some(Reported::Lounge),
            "question" => Some(Reported::Question { stand: within }),
            "private" => Some(Reported::Private { chat: within }),
            _ => None,
        }
    }

    pub fn item_type(self) -> &'static str {
        match self {
            Reported::Lounge => "lounge",
            Reported::Question { .. } => "question",
            Reported::Private { .. } => "private",
        }
    }

    /// The stand or chat it was said in (0 for the lounge).
    pub fn within(self) -> i64 {
        match self {
            Reported::Lounge => 0,
            Reported::Question { stand } => stand,
            Reported::Private { chat } => chat,
        }
    }
}

/// A reported item as its reporter sees it.
pub struct ReportedItem {
    pub author_place: i64,
    pub author: String,
    pub body: String,
}

/// Item `id` of kind `what` at event `event_id`, as `account` (a registered
/// participant who reads it) sees it: the event, their place and the item. "Not
/// found" for anyone who does not read it, and for what is hidden or not there.
pub async fn reported_item(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    event_id: i64,
    (what, id): (Reported, i64),
) -> AppResult<(Event, i64, ReportedItem)> {
    let db = &app.db;
    if let Reported::Private { chat } = what {
        let (e, chat, place) = super::chats::seat(app, commune, who, event_id, chat).await?;
        let m = gemeng_db::event_meetings::message(db, chat.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let item = ReportedItem {
            author_place: m.registration_id,
            author: m.author,
            body: m.body,
        };
        return Ok((e, place, item));
    }
    let (e, standing) = standing_of(app, commune, who, event_id).await?;
    let place = standing.place.ok_or(AppError::NotFound)?;
    let item = match what {
        Reported::Lounge => {
            let m = gemeng_db::event_lounge::one(db, e.id, id)
                .await?
                .ok_or(AppError::NotFound)?;
            ReportedItem {
                author_place: m.registration_id,
                author: m.author,
                body: m.body,
            }
        }
        Reported::Question { stand } => {
            if !gemeng_db::events::stand_ids(db, e.id)
                .await?
                .contains(&stand)
            {
                return Err(AppError::NotFound);
            }
            let q = gemeng_db::event_questions::get(db, stand, id)
                .await?
                .filter(|q| q.hidden_at.is_none())
                .ok_or(AppError::NotFound)?;
            let author = gemeng_db::event_lounge::author_name(db, q.registration_id).await?;
            ReportedItem {
                author_place: q.registration_id,
                author,
                body: q.body,
            }
        }
        Reported::Private { .. } => return Err(AppError::NotFound),
    };
    Ok((e, place, item))
}

fn problem_field(problem: ReportProblem) -> (&'static str, &'static str) {
    match problem {
        ReportProblem::NoReason => ("reason", "report-error-reason"),
        ReportProblem::OwnItem => ("reason", "report-error-own"),
        ReportProblem::DetailsMissing => ("details", "report-error-details-empty"),
        ReportProblem::DetailsTooLong { .. } => ("details", "event-report-error-details-long"),
        ReportProblem::DetailsHiddenCharacter => ("details", "event-report-error-hidden"),
    }
}

/// `account` reports item `id` of kind `what` at event `event_id` with `reason` and
/// `details`: filed (reporting again while one's report is open changes nothing), or
/// what is wrong. More than 20 reports an hour is a 429.
pub async fn report(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    event_id: i64,
    (what, id): (Reported, i64),
    (reason, details): (&str, &str),
) -> AppResult<Result<(), FieldErrors>> {
    let (e, place, item) = reported_item(app, commune, who, event_id, (what, id)).await?;
    let checked = match check_report(
        place,
        item.author_place,
        ReportReason::parse(reason),
        details,
    ) {
        Ok(checked) => checked,
        Err(problems) => {
            let mut errors = FieldErrors::new();
            for problem in problems {
                let (field, key) = problem_field(problem);
                if errors.for_field(field).is_none() {
                    errors.add(field, key);
                }
            }
            return Ok(Err(errors));
        }
    };
    rate_limit(
        app,
        &format!("event-reports:{}", who.key()),
        3_600,
        gemeng_core::posts::REPORTS_PER_HOUR,
    )
    .await?;
    let mut tx = app.begin().await?;
    store::create(
        &mut tx,
        &NewReport {
            event_id: e.id,
            reporter_id: who.user_id(),
            item_type: what.item_type(),
            item_id: id,
            stand_id: match what {
                Reported::Question { stand } => Some(stand),
                _ => None,
            },
            author_registration_id: item.author_place,
            excerpt: &item.body,
            reason: checked.reason.as_str(),
            details: &checked.details,
            at: now(),
        },
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(()))
}

/// Who judges reports at an event: its organisers all, a stand's staff their stand's
/// questions.
pub struct Judge {
    pub organiser: bool,
    pub staff_of: Vec<i64>,
}

impl Judge {
    pub fn judges(&self, report: &OpenReport) -> bool {
        self.organiser
            || (report.item_type == "question"
                && report.stand_id.is_some_and(|s| self.staff_of.contains(&s)))
    }
}

async fn judge_of(
    app: &App,
    commune: &Commune,
    account: &Account,
    event_id: i64,
) -> AppResult<(Event, Judge)> {
    let who = onlooker_of(Some(account), commune);
    let e = visible(app, commune, who, event_id).await?;
    let judge = Judge {
        organiser: who.manages(e.organiser_id),
        staff_of: gemeng_db::events::stands_staffed_by(&app.db, e.id, account.id).await?,
    };
    if !judge.organiser && judge.staff_of.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok((e, judge))
}

/// The open reports `account` judges at event `event_id`, the oldest first. "Not
/// found" for anyone who judges none (neither organiser nor a stand's staff).
pub async fn queue(
    app: &App,
    commune: &Commune,
    account: &Account,
    event_id: i64,
) -> AppResult<(Event, Judge, Vec<OpenReport>)> {
    let (e, judge) = judge_of(app, commune, account, event_id).await?;
    let stands = (!judge.organiser).then_some(judge.staff_of.as_slice());
    let reports = store::open(&app.db, e.id, stands, QUEUE_MAX).await?;
    Ok((e, judge, reports))
}

/// A judge's decision on a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Hide the item (a lounge message or a question; a private message is seen by
    /// its two people only, and its author is muted instead).
    Hide,
    /// Mute its author for the rest of the day: everywhere (an organiser), or at the
    /// stand (its staff).
    Mute,
    /// Nothing wrong: close the reports.
    Dismiss,
}

impl Verdict {
    pub fn parse(s: &str) -> Option<Verdict> {
        match s {
            "hide" => Some(Verdict::Hide),
            "mute" => Some(Verdict::Mute),
            "dismiss" => Some(Verdict::Dismiss),
            _ => None,
        }
    }

    fn outcome(self) -> &'static str {
        match self {
            Verdict::Hide => "hidden",
            Verdict::Mute => "muted",
            Verdict::Dismiss => "dismissed",
        }
    }
}

/// `account` judges report `report_id` of event `event_id` with `verdict`: done (every
/// open report of the item closed), or the key of a refusal. "Not found" for a report
/// that is not open or not theirs to judge.
pub async fn decide(
    app: &App,
    commune: &Commune,
    account: &Account,
    (event_id, report_id): (i64, i64),
    verdict: Verdict,
) -> AppResult<Result<(), &'static str>> {
    let (e, judge) = judge_of(app, commune, account, event_id).await?;
    let report = store::get(&app.db, e.id, report_id)
        .await?
        .filter(|r| judge.judges(r))
        .ok_or(AppError::NotFound)?;
    let room = match (report.item_type.as_str(), report.stand_id) {
        ("question", Some(stand)) => Room::Stand { stand },
        // A private message's author is muted everywhere, as from the lounge: only
        // organisers judge those.
        _ => Room::Lounge,
    };
    let mute = match verdict {
        Verdict::Mute => {
            match super::mutes::plan(
                app,
                commune,
                account,
                e.id,
                report.author_registration_id,
                room,
            )
            .await?
            {
                Ok(planned) => Some(planned),
                Err(refusal) => return Ok(Err(refusal)),
            }
        }
        _ => None,
    };
    let question = match (verdict, report.stand_id) {
        (Verdict::Hide, Some(stand)) => {
            gemeng_db::event_questions::get(&app.db, stand, report.item_id).await?
        }
        _ => None,
    };
    if verdict == Verdict::Hide && report.item_type == "private" {
        return Ok(Err("event-report-error-private"));
    }
    let at = now();
    let mut tx = app.begin().await?;
    match verdict {
        Verdict::Hide => match &question {
            Some(q) => {
                super::questions::hide_in(&mut tx, commune, account, e.id, q, at).await?;
            }
            None => {
                super::lounge::hide_in(&mut tx, commune, account, e.id, report.item_id, at).await?;
            }
        },
        Verdict::Mute => {
            if let Some(planned) = &mute {
                super::mutes::apply(&mut tx, commune, account, planned, at).await?;
            }
        }
        Verdict::Dismiss => {}
    }
    let closed = store::close_item(
        &mut tx,
        e.id,
        (&report.item_type, report.item_id),
        account.id,
        verdict.outcome(),
        at,
    )
    .await?;
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(account.id),
        "event-reports-closed",
        Some(report.item_id),
        &format!(
            "event {}, {} {}: {} ({closed} reports)",
            e.id,
            report.item_type,
            report.item_id,
            verdict.outcome()
        ),
        at,
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(()))
}
