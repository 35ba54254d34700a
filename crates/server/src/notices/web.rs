//! The notice settings page (signed in) and the unsubscribe page and one-click POST
//! (no log-in: the link's secret is enough, and it can only stop notices).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use gemeng_core::notices::{Frequency, Topic};
use gemeng_core::permissions::Action;
use gemeng_db::notices as store;
use serde::Deserialize;

use crate::app::App;
use crate::http::auth::rate_limit;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{notice, render, see_other, Done, Visit};

#[derive(Template)]
#[template(path = "notices/settings.html")]
struct SettingsPage {
    page: Page,
    action: String,
    /// Per topic: its key, its label, the frequency chosen and those it offers.
    topics: Vec<(&'static str, &'static str, Frequency, &'static [Frequency])>,
    notice: Option<&'static str>,
}

fn topic_label(topic: Topic) -> &'static str {
    match topic {
        Topic::Replies => "notices-topic-replies",
        Topic::Messages => "notices-topic-messages",
        Topic::TimeBank => "notices-topic-timebank",
        Topic::Announcements => "notices-topic-announcements",
    }
}

pub fn frequency_label(frequency: &Frequency) -> &'static str {
    match frequency {
        Frequency::Immediately => "notices-immediately",
        Frequency::Daily => "notices-daily",
        Frequency::Weekly => "notices-weekly",
        Frequency::Never => "notices-never",
    }
}

pub async fn settings(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::UseMessages)?;
    let mut topics = Vec::new();
    for topic in Topic::ALL {
        topics.push((
            topic.as_str(),
            topic_label(topic),
            store::frequency(&app.db, account.id, topic).await?,
            topic.frequencies(),
        ));
    }
    render(&SettingsPage {
        page: visit.page("notices-title").await?,
        action: format!("/c/{slug}/me/notices"),
        topics,
        notice: notice(&done.done, &[("saved", "notices-saved")]),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    replies: Option<String>,
    messages: Option<String>,
    timebank: Option<String>,
    announcements: Option<String>,
}

pub async fn save(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<SettingsForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::UseMessages)?;
    let parse = |topic: Topic, value: &str| {
        Frequency::parse(value)
            .filter(|f| topic.frequencies().contains(f))
            .ok_or(AppError::BadRequest("notices-error-frequency"))
    };
    // A topic the form leaves out keeps its choice.
    let mut chosen = Vec::new();
    for (topic, value) in [
        (Topic::Replies, &form.replies),
        (Topic::Messages, &form.messages),
        (Topic::TimeBank, &form.timebank),
        (Topic::Announcements, &form.announcements),
    ] {
        if let Some(value) = value {
            chosen.push((topic, parse(topic, value)?));
        }
    }
    let mut tx = app.begin().await?;
    for (topic, frequency) in chosen {
        store::set_frequency(&mut tx, account.id, topic, frequency).await?;
    }
    app.commit(tx).await?;
    Ok(see_other(&format!("/c/{slug}/me/notices?done=saved")))
}

#[derive(Template)]
#[template(path = "notices/unsubscribe.html")]
struct UnsubscribePage {
    page: Page,
    token: String,
    topic: String,
    /// The topic's label, or every notice.
    what: &'static str,
    done: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UnsubscribeQuery {
    t: String,
    topic: String,
}

/// The topics an unsubscribe link stops: one, or all (a digest's).
fn topics_of(topic: &str) -> Option<Vec<Topic>> {
    match topic {
        "all" => Some(Topic::ALL.to_vec()),
        other => Topic::parse(other).map(|t| vec![t]),
    }
}

fn what_of(topic: &str) -> &'static str {
    match Topic::parse(topic) {
        Some(t) => topic_label(t),
        None => "notices-topic-all",
    }
}

/// An unknown or malformed link: the same answer whatever is wrong with it.
async fn user_of(app: &App, token: &str) -> AppResult<i64> {
    if token.is_empty() || token.len() > 64 {
        return Err(AppError::NotFound);
    }
    store::user_of_token(&app.db, token)
        .await?
        .ok_or(AppError::NotFound)
}

/// The page an unsubscribe link opens: one button, no log-in.
pub async fn unsubscribe_page(
    State(app): State<App>,
    ctx: Ctx,
    Query(query): Query<UnsubscribeQuery>,
) -> AppResult<Response> {
    topics_of(&query.topic).ok_or(AppError::NotFound)?;
    let user = user_of(&app, &query.t).await?;
    let language = app
        .cache
        .account(&app.db, user)
        .await?
        .and_then(|a| gemeng_core::language::Language::from_code(&a.language));
    let mut page = Page::plain(&ctx, "notices-unsubscribe-title");
    if ctx.language.is_none() {
        if let Some(language) = language {
            page.tr = crate::http::i18n::Tr::new(language);
            page.title = page.tr.t("notices-unsubscribe-title");
        }
    }
    render(&UnsubscribePage {
        page,
        what: what_of(&query.topic),
        token: query.t,
        topic: query.topic,
        done: false,
    })
}

/// Stops notices: the one-click POST a mail program sends (RFC 8058, body
/// `List-Unsubscribe=One-Click`), or the page's button. No CSRF token: the link's
/// secret is the credential, and the only thing it can do is stop e-mails.
pub async fn unsubscribe(
    State(app): State<App>,
    ctx: Ctx,
    Query(query): Query<UnsubscribeQuery>,
    body: axum::body::Bytes,
) -> AppResult<Response> {
    // The page's form sends the link's values in its body; a mail program in the URL.
    let form: UnsubscribeQuery = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let (token, topic) = if form.t.is_empty() {
        (query.t, query.topic)
    } else {
        (form.t, form.topic)
    };
    let topics = topics_of(&topic).ok_or(AppError::NotFound)?;
    let user = user_of(&app, &token).await?;
    rate_limit(&app, &format!("unsubscribe:{user}"), 3600, 30).await?;
    let mut tx = app.begin().await?;
    for topic in &topics {
        store::set_frequency(&mut tx, user, *topic, Frequency::Never).await?;
    }
    app.commit(tx).await?;
    let page = Page::plain(&ctx, "notices-unsubscribe-title");
    Ok(render(&UnsubscribePage {
        page,
        what: what_of(&topic),
        token,
        topic,
        done: true,
    })?
    .into_response())
}
