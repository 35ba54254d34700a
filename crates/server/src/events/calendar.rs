//! An event day as an iCalendar file (RFC 5545, the `icalendar` crate, as activities'
//! calendars): the day itself and each of its workshops' sessions, for whoever may
//! see the event.

use axum::extract::{Path, State};
use axum::response::Response;
use gemeng_core::events::RegistrationMode;
use icalendar::{Calendar, Component, Event as CalendarEvent, EventLike, EventStatus};

use super::{mode_of, onlooker_of, version_in, visible};
use crate::activities::calendar::{
    calendar_response, event as session_event, host, instant, named,
};
use crate::app::App;
use crate::http::context::Ctx;
use crate::http::error::{AppError, AppResult};
use crate::http::web::Visit;

/// Event day `e` as one calendar entry, in `language` (else the commune's).
pub fn day(
    app: &App,
    commune: &gemeng_db::communes::Commune,
    e: &gemeng_db::events::Event,
    language: gemeng_core::language::Language,
) -> CalendarEvent {
    let version = version_in(e, language, commune);
    let title = version.map(|v| v.title.clone()).unwrap_or_default();
    let url = format!(
        "{}/c/{}/events/{}",
        app.config.public_base(),
        commune.slug,
        e.id
    );
    let mut day = CalendarEvent::new();
    day.uid(&format!("event-{}@{}", e.id, host(app)))
        .timestamp(instant(e.created_at))
        .summary(&title)
        .starts(instant(e.starts_at))
        .ends(instant(e.ends_at))
        .url(&url)
        .location(e.link.as_deref().unwrap_or(&url))
        .status(EventStatus::Confirmed);
    if let Some(v) = version.filter(|v| !v.description.is_empty()) {
        day.description(&v.description);
    }
    day.done()
}

/// `/c/{commune}/events/{event}/calendar.ics`
pub async fn event(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let commune = &visit.commune;
    let who = onlooker_of(visit.viewer.as_ref(), commune);
    let e = visible(&app, commune, who, id).await?;
    let language = visit.language();
    let version = version_in(&e, language, commune);
    let title = version.map(|v| v.title.clone()).unwrap_or_default();
    let mut calendar: Calendar = named(&title);
    calendar.push(day(&app, commune, &e, language));
    // Each workshop as its own page shows it: one the reader may not see is left out.
    let (viewer, _) = crate::activities::viewer_of(visit.viewer.as_ref(), commune);
    for activity_id in gemeng_db::events::workshops(&app.db, e.id).await? {
        let a = match crate::activities::visible(&app, commune, viewer, activity_id).await {
            Ok(a) => a,
            Err(AppError::NotFound) => continue,
            Err(other) => return Err(other),
        };
        // The workshop's room is given on the programme while its slot runs, to those
        // registered; not in a calendar file.
        let a = gemeng_db::activities::Activity { link: None, ..a };
        for s in gemeng_db::activities::sessions(&app.db, a.id).await? {
            calendar.push(session_event(&app, commune, &a, &s, language));
        }
    }
    // A residents-only event, or one not yet published, is not for shared caches.
    let private = mode_of(&e) != RegistrationMode::Public || e.published_at.is_none();
    Ok(calendar_response(calendar.done(), private))
}
