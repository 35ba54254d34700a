//! Reports and moderation. A resident reports a post, answer or message they can see,
//! with a reason; the moderators of its neighbourhood (posts and answers) and the
//! commune's staff (everything) see the queue, and hide, keep or restore the item with
//! a reason. The author is told by e-mail in their language; every decision goes to
//! the audit log, which staff read. The rules are `gemeng_core::moderation`.

pub mod api;
pub mod web;

use gemeng_core::language::Language;
use gemeng_core::moderation::{self as rules, Decision, ItemFacts, ItemType, ReportReason};
use gemeng_core::posts::Reader;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::reports::{self as store, NewReport, OpenReport};

use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};
use crate::http::text::excerpt;
use crate::neighbourhood::posts::{readable_by, reader_of};

/// A reported (or reportable) item, as moderators and reporters see it.
pub struct Item {
    pub facts: ItemFacts,
    pub id: i64,
    pub hidden: bool,
    pub hidden_reason: String,
    pub author_name: String,
    /// A post's title; for answers and messages, the post they belong to, if any.
    pub title: String,
    pub text: String,
    /// Where a reader finds it (a post or answer); a message has no page but its
    /// conversation, which moderators do not open.
    pub path: Option<String>,
}

impl Item {
    /// The message naming what it is: a post, an answer, a message.
    pub fn kind_label(&self) -> &'static str {
        match self.facts.item_type {
            ItemType::Post => "moderation-item-post",
            ItemType::Comment => "moderation-item-comment",
            ItemType::Message => "moderation-item-message",
        }
    }
}

/// The message of a stored report reason.
pub fn reason_label(reason: &str) -> &'static str {
    ReportReason::parse(reason)
        .map(ReportReason::message_id)
        .unwrap_or("report-reason-other")
}

/// Loads an item of a commune, whatever its state (the callers' rules decide who may
/// see it); `None` if there is none.
pub async fn item(
    app: &App,
    commune: &Commune,
    item_type: ItemType,
    id: i64,
) -> AppResult<Option<Item>> {
    let post_path = |neighbourhood_slug: &str, post_id: i64| {
        format!("/c/{}/n/{neighbourhood_slug}/posts/{post_id}", commune.slug)
    };
    Ok(match item_type {
        ItemType::Post => {
            let Some(post) = gemeng_db::posts::by_id(&app.db, commune.id, id)
                .await?
                .filter(|p| p.deleted_at.is_none())
            else {
                return Ok(None);
            };
            let slug = app
                .cache
                .neighbourhood(&app.db, post.neighbourhood_id)
                .await?
                .map(|n| n.slug)
                .unwrap_or_default();
            Some(Item {
                facts: ItemFacts {
                    item_type,
                    commune_id: post.commune_id,
                    neighbourhood_id: Some(post.neighbourhood_id),
                    author_id: post.author_id,
                },
                id,
                hidden: post.hidden_at.is_some(),
                hidden_reason: post.hidden_reason.clone(),
                author_name: post.author_name,
                path: Some(post_path(&slug, post.id)),
                title: post.title,
                text: excerpt(&post.body, 1_000),
            })
        }
        ItemType::Comment => {
            let Some(comment) = gemeng_db::posts::comment_by_id(&app.db, id)
                .await?
                .filter(|c| c.deleted_at.is_none())
            else {
                return Ok(None);
            };
            let Some(post) = gemeng_db::posts::by_id(&app.db, commune.id, comment.post_id).await?
            else {
                return Ok(None);
            };
            let slug = app
                .cache
                .neighbourhood(&app.db, post.neighbourhood_id)
                .await?
                .map(|n| n.slug)
                .unwrap_or_default();
            let hidden_reason = gemeng_db::posts::comment_hidden_reason(&app.db, id).await?;
            Some(Item {
                facts: ItemFacts {
                    item_type,
                    commune_id: post.commune_id,
                    neighbourhood_id: Some(post.neighbourhood_id),
                    author_id: comment.author_id,
                },
                id,
                hidden: comment.hidden_at.is_some(),
                hidden_reason,
                author_name: comment.author_name,
                path: Some(format!("{}#comment-{id}", post_path(&slug, post.id))),
                title: post.title,
                text: excerpt(&comment.body, 1_000),
            })
        }
        ItemType::Message => {
            let Some(message) = gemeng_db::messages::message_by_id(&app.db, id).await? else {
                return Ok(None);
            };
            let Some(thread) = gemeng_db::messages::thread(&app.db, message.thread_id)
                .await?
                .filter(|t| t.commune_id == commune.id)
            else {
                return Ok(None);
            };
            let sender = app.cache.account(&app.db, message.sender_id).await?;
            let hidden_reason = gemeng_db::messages::hidden_reason(&app.db, id).await?;
            Some(Item {
                facts: ItemFacts {
                    item_type,
                    commune_id: thread.commune_id,
                    neighbourhood_id: sender.and_then(|s| s.neighbourhood_id),
                    author_id: message.sender_id,
                },
                id,
                hidden: message.hidden_at.is_some(),
                hidden_reason,
                author_name: message.sender_name,
                path: None,
                title: String::new(),
                text: excerpt(&message.body, 1_000),
            })
        }
    })
}

/// Reports looked at per queue page; items with several reports appear once.
const QUEUE_REPORTS: i64 = 300;

/// The items waiting for this moderator's decision, each with its open reports, the
/// longest waiting first: what staff see of the commune, what a neighbourhood's
/// moderator sees of its posts and answers.
pub async fn queue(
    app: &App,
    commune: &Commune,
    moderator: &Account,
) -> AppResult<Vec<(Item, Vec<OpenReport>)>> {
    let reader = reader_of(moderator);
    let scope = rules::queue_of(&reader).ok_or(AppError::Forbidden)?;
    let reports = store::open(&app.db, commune.id, scope, QUEUE_REPORTS).await?;
    let mut waiting: Vec<(Item, Vec<OpenReport>)> = Vec::new();
    for report in reports {
        if let Some((_, same)) = waiting.iter_mut().find(|(item, _)| {
            item.facts.item_type.as_str() == report.item_type && item.id == report.item_id
        }) {
            same.push(report);
            continue;
        }
        let Some(item_type) = ItemType::parse(&report.item_type) else {
            continue;
        };
        let Some(item) = item(app, commune, item_type, report.item_id).await? else {
            continue;
        };
        if !rules::may_judge(&reader, &item.facts) {
            continue;
        }
        waiting.push((item, vec![report]));
    }
    Ok(waiting)
}

/// The item `item_type`/`id` if this moderator judges it; otherwise "not found".
pub async fn judged(
    app: &App,
    commune: &Commune,
    moderator: &Account,
    item_type: &str,
    id: i64,
) -> AppResult<Item> {
    let item_type = ItemType::parse(item_type).ok_or(AppError::NotFound)?;
    let item = item(app, commune, item_type, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !rules::may_judge(&reader_of(moderator), &item.facts) {
        return Err(AppError::NotFound);
    }
    Ok(item)
}

/// Whether `account` sees `item` as a reader (so may report it): a post or answer
/// they may read, a message sent to them.
async fn sees(app: &App, account: &Account, item: &Item) -> AppResult<bool> {
    if item.hidden {
        return Ok(false);
    }
    Ok(match item.facts.item_type {
        ItemType::Post => readable_by(app, account, item.id).await?.is_some(),
        ItemType::Comment => {
            let post_id = gemeng_db::posts::comment_by_id(&app.db, item.id)
                .await?
                .map(|c| c.post_id);
            match post_id {
                Some(post) => readable_by(app, account, post).await?.is_some(),
                None => false,
            }
        }
        ItemType::Message => {
            let message = gemeng_db::messages::message_by_id(&app.db, item.id).await?;
            match message {
                Some(m) => gemeng_db::messages::thread(&app.db, m.thread_id)
                    .await?
                    .is_some_and(|t| t.has(account.id) && m.sender_id != account.id),
                None => false,
            }
        }
    })
}

/// What a resident reports.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReportInput {
    /// post, comment or message.
    pub item: String,
    #[serde(deserialize_with = "crate::http::api::whole_i64")]
    pub id: i64,
    /// spam, abuse, personal-data, illegal or other.
    pub reason: String,
    /// Optional, except for "other".
    pub details: String,
}

/// Files a report; the item it was about, or the form's problems. An item the
/// reporter cannot see is "not found".
pub async fn report(
    app: &App,
    commune: &Commune,
    account: &Account,
    input: &ReportInput,
) -> AppResult<Result<Item, FieldErrors>> {
    let item_type = ItemType::parse(&input.item).ok_or(AppError::NotFound)?;
    let item = item(app, commune, item_type, input.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !sees(app, account, &item).await? {
        return Err(AppError::NotFound);
    }
    rules::may_report(&reader_of(account), item.facts.author_id).map_err(AppError::Conflict)?;
    let mut errors = FieldErrors::new();
    let reason = errors.check(
        "reason",
        ReportReason::parse(&input.reason).ok_or("report-error-reason"),
    );
    let details = match reason {
        Some(reason) => errors.check("details", rules::check_details(reason, &input.details)),
        None => None,
    };
    let (Some(reason), Some(details)) = (reason, details) else {
        return Ok(Err(errors));
    };
    rate_limit(
        app,
        &format!("reports:{}", account.id),
        3600,
        gemeng_core::posts::REPORTS_PER_HOUR,
    )
    .await?;
    let mut tx = app.begin().await?;
    store::create(
        &mut tx,
        &NewReport {
            commune_id: commune.id,
            neighbourhood_id: item.facts.neighbourhood_id,
            reporter_id: account.id,
            item_type: item_type.as_str(),
            item_id: item.id,
            reason: reason.as_str(),
            details: &details,
        },
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(item))
}

/// A moderator's decision about an item, with its reason.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct DecisionInput {
    /// hide, keep or restore.
    pub decision: String,
    /// Told to the author when an item is hidden or restored.
    pub reason: String,
}

/// Applies a decision: the item hidden, kept or restored, its open reports closed,
/// the author told, the audit log written — in one transaction.
pub async fn decide(
    app: &App,
    commune: &Commune,
    moderator: &Account,
    item: &Item,
    input: &DecisionInput,
) -> AppResult<Result<Decision, FieldErrors>> {
    let reader: Reader = reader_of(moderator);
    if !rules::may_judge(&reader, &item.facts) {
        return Err(AppError::NotFound);
    }
    let mut errors = FieldErrors::new();
    let decision = errors.check(
        "decision",
        Decision::parse(&input.decision).ok_or("moderation-error-decision"),
    );
    let reason = errors.check("reason", rules::check_decision_reason(&input.reason));
    let (Some(decision), Some(reason)) = (decision, reason) else {
        return Ok(Err(errors));
    };
    if !decision.fits(item.hidden) {
        return Err(AppError::Conflict("moderation-error-state"));
    }
    let item_type = item.facts.item_type.as_str();
    let at = now();
    let feeds = if decision == Decision::Restore && item.facts.item_type == ItemType::Post {
        restored_feeds(app, commune, item.id).await?
    } else {
        Vec::new()
    };
    let mut tx = app.begin().await?;
    match decision {
        Decision::Hide => {
            store::hide(&mut tx, item_type, item.id, moderator.id, &reason, at).await?
        }
        Decision::Restore => store::restore(&mut tx, item_type, item.id, &feeds).await?,
        Decision::Keep => {}
    }
    store::close_for(
        &mut tx,
        item_type,
        item.id,
        moderator.id,
        decision.as_str(),
        at,
    )
    .await?;
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(moderator.id),
        &format!("{item_type}-{}", past_tense(decision)),
        Some(item.facts.author_id),
        &format!("{item_type} {}: {reason}", item.id),
        at,
    )
    .await?;
    if decision != Decision::Keep {
        if let Some(author) = app.cache.account(&app.db, item.facts.author_id).await? {
            let language = Language::from_code(&author.language).unwrap_or(Language::En);
            let what =
                crate::http::i18n::Tr::new(language).t(&format!("moderation-item-{item_type}"));
            let excerpt = if item.title.is_empty() {
                excerpt(&item.text, 80)
            } else {
                item.title.clone()
            };
            crate::mail::queue(
                &mut tx,
                Some(commune.id),
                &author.email,
                language,
                &format!("moderation-mail-{}", decision.as_str()),
                &[
                    ("what", &what),
                    ("title", &excerpt),
                    ("reason", &reason),
                    (
                        "guidelines",
                        &format!("{}/c/{}/guidelines", app.config.public_base(), commune.slug),
                    ),
                ],
            )
            .await?;
        }
    }
    app.commit(tx).await?;
    Ok(Ok(decision))
}

fn past_tense(decision: Decision) -> &'static str {
    match decision {
        Decision::Hide => "hidden",
        Decision::Keep => "kept",
        Decision::Restore => "restored",
    }
}

/// The feeds a restored post returns to, from its audience as it is today.
async fn restored_feeds(app: &App, commune: &Commune, post_id: i64) -> AppResult<Vec<i64>> {
    let Some(post) = gemeng_db::posts::by_id(&app.db, commune.id, post_id).await? else {
        return Ok(Vec::new());
    };
    let adjacent = gemeng_db::posts::adjacent_to(&app.db, post.neighbourhood_id).await?;
    let all: Vec<i64> = gemeng_db::neighbourhoods::list(&app.db, commune.id)
        .await?
        .iter()
        .map(|n| n.id)
        .collect();
    Ok(gemeng_core::posts::feed_neighbourhoods(
        post.neighbourhood_id,
        *post.audience,
        &adjacent,
        &all,
    ))
}
