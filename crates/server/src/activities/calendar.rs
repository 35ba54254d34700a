//! iCalendar (RFC 5545) files of activities, written by the `icalendar` crate: one
//! activity's sessions, the commune's public activities, and a person's own
//! registrations behind a secret address they can revoke. Each session is one event
//! (a cancelled one says so), in UTC, so every calendar shows it at the commune's
//! local time whatever its own zone.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use gemeng_core::language::Language;
use gemeng_db::activities::{self as store, Activity, Scope, Session};
use gemeng_db::communes::Commune;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use super::{version_in, viewer_of, visible};
use crate::app::{now, App};
use crate::http::context::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::http::web::Visit;

/// The most activities the commune's public calendar lists (each with its sessions).
const PUBLIC_ACTIVITIES: i64 = 200;
/// The most registrations a personal calendar lists: a year of weekly sessions, twice.
const MINE: i64 = 200;

/// The address of `token`'s personal calendar.
pub fn personal_url(app: &App, commune: &Commune, token: &str) -> String {
    format!(
        "{}/c/{}/calendar/{token}/activities.ics",
        app.config.public_base(),
        commune.slug
    )
}

/// The host of the public address: what makes events' ids unique across installations.
pub(crate) fn host(app: &App) -> String {
    let base = app.config.public_base();
    let rest = base.split_once("://").map_or(base.as_str(), |(_, r)| r);
    rest.split('/').next().unwrap_or_default().to_string()
}

pub(crate) fn instant(at: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(at, 0).unwrap_or_default()
}

/// One session of `a` as an event, in `language` (or the version there is).
pub(crate) fn event(
    app: &App,
    commune: &Commune,
    a: &Activity,
    s: &Session,
    language: Language,
) -> Event {
    let version = version_in(a, language, commune);
    let url = format!(
        "{}/c/{}/activities/{}",
        app.config.public_base(),
        commune.slug,
        a.id
    );
    let mut event = Event::new();
    event
        .uid(&format!("activity-{}-session-{}@{}", a.id, s.id, host(app)))
        .timestamp(instant(a.created_at))
        .summary(version.map_or("", |v| v.title.as_str()))
        .starts(instant(s.starts_at))
        .ends(instant(s.ends_at))
        .url(&url);
    if let Some(v) = version.filter(|v| !v.description.is_empty()) {
        event.description(&v.description);
    }
    match (&a.place, &a.link) {
        (Some(place), _) => {
            event.location(&place.replace('\n', ", "));
        }
        (None, Some(link)) => {
            event.location(link);
        }
        (None, None) => {}
    }
    event.status(if s.cancelled_at.is_some() {
        EventStatus::Cancelled
    } else {
        EventStatus::Confirmed
    });
    event.done()
}

pub(crate) fn calendar_response(calendar: Calendar, private: bool) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CACHE_CONTROL,
                if private {
                    "private, no-store"
                } else {
                    "public, max-age=300"
                },
            ),
        ],
        calendar.to_string(),
    )
        .into_response()
}

pub(crate) fn named(name: &str) -> Calendar {
    let mut calendar = Calendar::new();
    calendar.name(name);
    calendar
}

fn commune_language(commune: &Commune) -> Language {
    Language::from_code(&commune.default_language).unwrap_or(Language::En)
}

/// `/c/{commune}/activities.ics`: the commune's public activities, not yet over.
pub async fn public(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let commune = &visit.commune;
    let language = commune_language(commune);
    let tr = crate::http::i18n::Tr::new(language);
    let mut calendar = named(&tr.t_args(
        "activities-calendar-name",
        &commune.name_args(language.code()),
    ));
    let list = store::list(
        &app.db,
        commune.id,
        Scope::Public,
        now(),
        None,
        PUBLIC_ACTIVITIES,
    )
    .await?;
    for a in &list {
        // A workshop's room is not in a calendar anyone can fetch.
        let mut a = a.clone();
        a.link = crate::events::workshops::link_for(&app, &a, None).await?;
        let a = &a;
        for s in store::sessions(&app.db, a.id).await? {
            calendar.push(event(&app, commune, a, &s, language));
        }
    }
    Ok(calendar_response(calendar.done(), false))
}

/// `/c/{commune}/activities/{activity}/calendar.ics`: one activity's sessions, for
/// whoever may see it.
pub async fn activity(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let (viewer, _) = viewer_of(visit.viewer.as_ref(), &visit.commune);
    let mut a = visible(&app, &visit.commune, viewer, id).await?;
    if !gemeng_core::activities::may_manage(viewer, &super::reach_of(&a)) {
        a.link = crate::events::workshops::link_for(&app, &a, visit.viewer.as_ref()).await?;
    }
    let language = visit.language();
    let title = version_in(&a, language, &visit.commune)
        .map(|v| v.title.clone())
        .unwrap_or_default();
    let mut calendar = named(&title);
    for s in store::sessions(&app.db, a.id).await? {
        calendar.push(event(&app, &visit.commune, &a, &s, language));
    }
    // A neighbourhood's activity is not for shared caches.
    Ok(calendar_response(calendar.done(), a.audience != "public"))
}

/// `/c/{commune}/calendar/{token}/activities.ics`: the sessions the token's owner
/// registered or waits for. A revoked or unknown token is not found.
pub async fn personal(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, token)): Path<(String, String)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    if token.len() > 64 {
        return Err(AppError::NotFound);
    }
    let owner = store::calendar_owner(&app.db, visit.commune.id, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    let account = gemeng_db::accounts::by_id(&app.db, owner)
        .await?
        .ok_or(AppError::NotFound)?;
    let language = Language::from_code(&account.language).unwrap_or(Language::En);
    let tr = crate::http::i18n::Tr::new(language);
    let mut calendar = named(&tr.t("activities-mine-title"));
    // A month back, so a session just past stays in the calendar.
    let mut activities: Vec<Activity> = Vec::new();
    for mine in store::mine(&app.db, owner, now() - 30 * 86_400, MINE).await? {
        if !activities.iter().any(|a| a.id == mine.activity_id) {
            match store::get(&app.db, visit.commune.id, mine.activity_id).await? {
                Some(mut a) => {
                    a.link = crate::events::workshops::link_for(&app, &a, Some(&account)).await?;
                    activities.push(a)
                }
                None => continue,
            }
        }
        let Some(a) = activities.iter().find(|a| a.id == mine.activity_id) else {
            continue;
        };
        let session = Session {
            id: mine.session_id,
            activity_id: a.id,
            starts_at: mine.starts_at,
            ends_at: mine.ends_at,
            cancelled_at: mine.cancelled_at,
            registered: 0,
            waiting: 0,
            capacity: a.capacity,
        };
        let mut e = event(&app, &visit.commune, a, &session, language);
        if mine.status == "waiting" && mine.cancelled_at.is_none() {
            e.status(EventStatus::Tentative);
        }
        calendar.push(e);
    }
    // The event days they hold a place at: with the workshops above, their programme.
    for e in gemeng_db::events::registered_by(
        &app.db,
        visit.commune.id,
        owner,
        now() - 30 * 86_400,
        MINE,
    )
    .await?
    {
        calendar.push(crate::events::calendar::day(
            &app,
            &visit.commune,
            &e,
            language,
        ));
    }
    Ok(calendar_response(calendar.done(), true))
}
