//! The networking lounge's chat: registered participants (their place at the event
//! is who they are there) post short messages; everyone registered, and the
//! organisers, read them; organisers hide one. Every message is stored before anyone
//! is shown it, and its id is where a reader resumes: the page without JavaScript
//! shows the latest, the API gives "everything after id N".

use gemeng_core::events::lounge::{
    check_flood, check_message, may_post, Membership, PostRefusal, SUSTAINED_SECONDS,
};
use gemeng_core::events::participation::PRESENCE_WINDOW;
use gemeng_core::events::Room;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::event_lounge::{self as store, LoungeMessage, NewMessage};
use gemeng_db::events::Event;
use gemeng_db::posts::Stored;
use gemeng_db::tx::{Change, Said};

use super::{onlooker_of, visible, Participant};
use crate::app::{now, App};
use crate::http::error::{AppError, AppResult};
use crate::neighbourhood::posts::request_key;

/// Refuses with a 429 (and when to try again) a message, question or private
/// message sent at `at` by someone who sent at `recent` (`check_flood`'s limits).
pub fn not_flooding(recent: &[i64], at: i64) -> AppResult<()> {
    check_flood(recent, at).map_err(|flooding| AppError::TooManyRequests {
        retry_after: (flooding.retry_at - at).max(1),
    })
}

/// The most messages one read gives (a page, or one resume).
pub const READ_MAX: i64 = 100;

/// Who someone is in the lounge of `e`: their place (if registered), and whether they
/// organise it (they read and hide without registering).
pub struct Standing {
    pub place: Option<i64>,
    pub organiser: bool,
}

impl Standing {
    pub fn reads(&self) -> bool {
        self.place.is_some() || self.organiser
    }
}

/// Event `event_id` (published, one they may see) and `account`'s standing in it.
pub async fn standing(
    app: &App,
    commune: &Commune,
    account: Option<&Account>,
    event_id: i64,
) -> AppResult<(Event, Standing)> {
    let who = onlooker_of(account, commune);
    let e = visible(app, commune, who, event_id).await?;
    let place = match account {
        Some(a) => gemeng_db::event_questions::place_of(&app.db, e.id, a.id).await?,
        None => None,
    };
    let organiser = who.manages(e.organiser_id);
    Ok((e, Standing { place, organiser }))
}

/// Event `event_id` (published, one they may see) and `who`'s standing in it: a
/// guest's pass stands for their place at its own event only.
pub async fn standing_of(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    event_id: i64,
) -> AppResult<(Event, Standing)> {
    match who {
        Participant::Account(account) => standing(app, commune, Some(account), event_id).await,
        Participant::Guest { place, event } => {
            if event != event_id {
                return Err(AppError::NotFound);
            }
            let e = visible(app, commune, onlooker_of(None, commune), event_id).await?;
            Ok((
                e,
                Standing {
                    place: Some(place),
                    organiser: false,
                },
            ))
        }
    }
}

/// `who` posts `text` in the lounge of event `event_id`: the message's id, or what
/// is wrong (not registered, an empty or too long text); too many too fast is a 429
/// with the wait.
pub async fn post(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    event_id: i64,
    text: &str,
    key: &str,
) -> AppResult<Result<i64, FieldErrors>> {
    let (e, standing) = standing_of(app, commune, who, event_id).await?;
    let Some(place) = standing.place else {
        return Ok(Err(FieldErrors::single(
            "body",
            "lounge-error-not-registered",
        )));
    };
    let at = now();
    let membership = Membership {
        registered: true,
        in_lounge: true,
        mutes: super::mutes::of(app, place).await?,
    };
    match may_post(&Room::Lounge, place, &membership, at) {
        Ok(()) => {}
        Err(PostRefusal::Muted) => return Ok(Err(FieldErrors::single("body", "live-error-muted"))),
        Err(_) => {
            return Ok(Err(FieldErrors::single(
                "body",
                "lounge-error-not-registered",
            )))
        }
    }
    let body = match check_message(text) {
        Ok(body) => body,
        Err(problems) => return Ok(Err(super::questions::text_errors("body", &problems))),
    };
    let mut tx = app.begin().await?;
    // One poster at a time per event on PostgreSQL: message ids then commit in their
    // order, so a reader resuming after id N never misses a smaller id committed later.
    tx.lock_row("events", e.id).await?;
    let recent = store::sent_since(&mut tx, place, at - SUSTAINED_SECONDS).await?;
    not_flooding(&recent, at)?;
    let stored = store::insert(
        &mut tx,
        &NewMessage {
            event_id: e.id,
            registration_id: place,
            user_id: who.user_id(),
            body: &body,
            request_key: &request_key(key),
            at,
        },
    )
    .await?;
    if let Stored::New(message) = stored {
        tx.changed(Change::Live(Said::Lounge {
            event: e.id,
            message,
        }));
    }
    app.commit(tx).await?;
    Ok(Ok(stored.id()))
}

/// The lounge as one reader finds it: the latest messages (or those after `after`),
/// and how many people are at the event now. "Not found" for anyone who may not
/// read it.
pub async fn read(
    app: &App,
    commune: &Commune,
    who: Option<Participant<'_>>,
    event_id: i64,
    after: Option<i64>,
) -> AppResult<(Event, Standing, Vec<LoungeMessage>, i64)> {
    let (e, standing) = match who {
        Some(who) => standing_of(app, commune, who, event_id).await?,
        None => standing(app, commune, None, event_id).await?,
    };
    if !standing.reads() {
        return Err(AppError::NotFound);
    }
    if let Some(place) = standing.place {
        super::statistics::note_presence(app, &e, place, None).await?;
    }
    let messages = match after {
        Some(after) => store::after(&app.db, e.id, after, READ_MAX).await?,
        None => store::latest(&app.db, e.id, READ_MAX).await?,
    };
    let present = store::present(&app.db, e.id, now() - PRESENCE_WINDOW).await?;
    Ok((e, standing, messages, present))
}

/// An organiser hides message `id`; in the audit log. "Not found" for anyone else.
pub async fn hide(
    app: &App,
    commune: &Commune,
    account: &Account,
    event_id: i64,
    id: i64,
) -> AppResult<()> {
    let (e, standing) = standing(app, commune, Some(account), event_id).await?;
    if !standing.organiser {
        return Err(AppError::NotFound);
    }
    let mut tx = app.begin().await?;
    if !hide_in(&mut tx, commune, account, e.id, id, now()).await? {
        return Err(AppError::NotFound);
    }
    app.commit(tx).await?;
    Ok(())
}

/// Hides message `id` of event `event_id` in `tx` as `account` (an organiser: the
/// caller checked), with its audit entry and its live change; false when there is no
/// such message shown.
pub async fn hide_in(
    tx: &mut gemeng_db::tx::Tx,
    commune: &Commune,
    account: &Account,
    event_id: i64,
    id: i64,
    at: i64,
) -> AppResult<bool> {
    if !store::hide(tx, event_id, id, account.id, at).await? {
        return Ok(false);
    }
    tx.changed(Change::Live(Said::LoungeHidden {
        event: event_id,
        message: id,
    }));
    gemeng_db::audit::record(
        tx,
        Some(commune.id),
        Some(account.id),
        "event-message-hidden",
        Some(id),
        &format!("event {event_id}"),
        at,
    )
    .await?;
    Ok(true)
}
