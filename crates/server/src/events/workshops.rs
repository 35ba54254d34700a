//! A day's workshops: activities (issue 10) whose sessions lie within the day's
//! hours, attached by the event's organiser. Each keeps its own places and
//! registration (the activity's page); the programme lists them, and a workshop's
//! video link opens to those registered only while its slot runs
//! (`gemeng_core::events::workshop_link_open`).

use gemeng_core::activities::Session;
use gemeng_core::events::{check_workshop_slot, workshop_link_open};
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::activities::{self as activity_store, Activity};
use gemeng_db::communes::Commune;
use gemeng_db::events::{self as store, Event};

use super::{managed, onlooker_of, stands::checked_event};
use crate::activities::{viewer_of, visible as activity_visible};
use crate::app::{now, App};
use crate::http::error::{AppError, AppResult};

/// Attaches activity `activity_id` (one `account` manages) to event `event_id` (one
/// they organise) as a workshop: every session of it must lie within the day.
pub async fn attach(
    app: &App,
    commune: &Commune,
    account: &Account,
    event_id: i64,
    activity_id: i64,
) -> AppResult<Result<(), FieldErrors>> {
    let who = onlooker_of(Some(account), commune);
    let e = managed(app, commune, who, event_id).await?;
    let (viewer, _) = viewer_of(Some(account), commune);
    let a = match crate::activities::managed(app, commune, viewer, activity_id).await {
        Ok(a) => a,
        Err(AppError::NotFound) => {
            return Ok(Err(FieldErrors::single(
                "activity",
                "workshop-error-activity",
            )))
        }
        Err(other) => return Err(other),
    };
    let event = checked_event(&e)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("event {} has no valid day", e.id)))?;
    for s in activity_store::sessions(&app.db, a.id).await? {
        let slot = Session {
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            cancelled: s.cancelled_at.is_some(),
        };
        if check_workshop_slot(&event, &slot).is_err() {
            return Ok(Err(FieldErrors::single(
                "activity",
                "workshop-error-outside",
            )));
        }
    }
    let mut tx = app.begin().await?;
    if !store::attach_workshop(&mut tx, e.id, a.id).await? {
        return Ok(Err(FieldErrors::single("activity", "workshop-error-taken")));
    }
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(account.id),
        "event-workshop-added",
        Some(e.id),
        &format!("activity {}", a.id),
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(()))
}

/// A workshop as the programme shows it to one reader.
pub struct Workshop {
    pub activity: Activity,
    pub starts_at: i64,
    pub ends_at: i64,
    /// The video link, while it is open to this reader (registered, slot running).
    pub link_now: Option<String>,
}

/// Event `e`'s workshops that `account` may see (an activity's own audience holds),
/// in the order of their first session.
pub async fn of_event(
    app: &App,
    commune: &Commune,
    account: Option<&Account>,
    e: &Event,
) -> AppResult<Vec<Workshop>> {
    let (viewer, _) = viewer_of(account, commune);
    let at = now();
    let mut out = Vec::new();
    for activity_id in store::workshops(&app.db, e.id).await? {
        let a = match activity_visible(app, commune, viewer, activity_id).await {
            Ok(a) => a,
            Err(AppError::NotFound) => continue,
            Err(other) => return Err(other),
        };
        let standings = match account {
            Some(v) => activity_store::standings(&app.db, a.id, v.id).await?,
            None => Default::default(),
        };
        let sessions = activity_store::sessions(&app.db, a.id).await?;
        let Some(first) = sessions.iter().find(|s| s.cancelled_at.is_none()) else {
            continue;
        };
        let link_now = a.link.clone().filter(|_| {
            sessions.iter().any(|s| {
                let registered = standings.get(&s.id).is_some_and(|st| st.0 == "registered");
                s.cancelled_at.is_none()
                    && workshop_link_open(at, s.starts_at, s.ends_at, registered)
            })
        });
        out.push(Workshop {
            starts_at: first.starts_at,
            ends_at: first.ends_at,
            link_now,
            activity: a,
        });
    }
    out.sort_by_key(|w| (w.starts_at, w.activity.id));
    Ok(out)
}

/// The activities `account` organises that could become workshops of `e`: not over,
/// every session within the day.
pub async fn candidates(
    app: &App,
    commune: &Commune,
    account: &Account,
    e: &Event,
) -> AppResult<Vec<Activity>> {
    let list = activity_store::organised_by(&app.db, commune.id, account.id, now(), 200).await?;
    Ok(list
        .into_iter()
        .filter(|a| a.first_starts_at >= e.starts_at && a.last_ends_at <= e.ends_at)
        .collect())
}

/// The title of `a` in `language`.
pub fn title_of(a: &Activity, language: Language, commune: &Commune) -> String {
    crate::activities::version_in(a, language, commune)
        .map(|v| v.title.clone())
        .unwrap_or_default()
}

/// The video link of activity `a` as `account` may see it now: an ordinary activity's
/// as it is; a workshop's only while one of its sessions they hold a place in runs
/// (from five minutes before), so the room is not crowded by people who did not
/// register, nor opened before its time.
pub async fn link_for(
    app: &App,
    a: &Activity,
    account: Option<&Account>,
) -> AppResult<Option<String>> {
    if a.link.is_none() || !store::is_workshop(&app.db, a.id).await? {
        return Ok(a.link.clone());
    }
    let Some(account) = account else {
        return Ok(None);
    };
    let standings = activity_store::standings(&app.db, a.id, account.id).await?;
    let at = now();
    let open = activity_store::sessions(&app.db, a.id)
        .await?
        .iter()
        .any(|s| {
            let registered = standings.get(&s.id).is_some_and(|st| st.0 == "registered");
            s.cancelled_at.is_none() && workshop_link_open(at, s.starts_at, s.ends_at, registered)
        });
    Ok(a.link.clone().filter(|_| open))
}
