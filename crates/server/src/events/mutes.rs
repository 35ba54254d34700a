//! Muting a participant for the rest of the day: an organiser everywhere in the event,
//! a stand's staff at their stand's Q&A only; nobody mutes themselves or an organiser,
//! and a stand's staff do not mute each other (`gemeng_core::events::moderation`).
//! A muted participant still reads. Every mute is in the audit log.

use gemeng_core::events::lounge::MuteScope;
use gemeng_core::events::moderation::{decide_mute, may_moderate, MuteRefusal};
use gemeng_core::events::{EventRoles, Room};
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::event_lounge as store;
use gemeng_db::tx::Tx;

use super::questions::roles_of;
use super::{onlooker_of, visible};
use crate::app::{now, App};
use crate::http::error::{AppError, AppResult};

/// Where participant `place` is muted.
pub async fn of(app: &App, place: i64) -> AppResult<Vec<MuteScope>> {
    Ok(store::mutes_of(&app.db, place)
        .await?
        .into_iter()
        .map(|stand| match stand {
            Some(stand) => MuteScope::Stand { stand },
            None => MuteScope::Event,
        })
        .collect())
}

/// A mute decided and allowed, to write.
pub struct PlannedMute {
    event: i64,
    target: i64,
    stand: Option<i64>,
}

/// `account` mutes participant `target` of event `event_id` from `room` (where the
/// message or question they act on was said): done, or the key of the refusal. "Not
/// found" for anyone who does not moderate there.
pub async fn mute(
    app: &App,
    commune: &Commune,
    account: &Account,
    event_id: i64,
    target: i64,
    room: Room,
) -> AppResult<Result<(), &'static str>> {
    let planned = match plan(app, commune, account, event_id, target, room).await? {
        Ok(planned) => planned,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let mut tx = app.begin().await?;
    apply(&mut tx, commune, account, &planned, now()).await?;
    app.commit(tx).await?;
    Ok(Ok(()))
}

/// Whether `account` may mute `target` from `room`, and where: the mute to write, or
/// the key of the refusal. "Not found" for anyone who does not moderate there.
pub async fn plan(
    app: &App,
    commune: &Commune,
    account: &Account,
    event_id: i64,
    target: i64,
    room: Room,
) -> AppResult<Result<PlannedMute, &'static str>> {
    let who = onlooker_of(Some(account), commune);
    let e = visible(app, commune, who, event_id).await?;
    let actor_roles = roles_of(app, commune, account, &e).await?;
    if !may_moderate(&actor_roles, &room) {
        return Err(AppError::NotFound);
    }
    let target_account = store::account_of(&app.db, e.id, target)
        .await?
        .ok_or(AppError::NotFound)?;
    // A guest has no account: their place stands for them (as a negative number, so
    // that it is never an account's id).
    let (target_id, target_roles) = match target_account {
        Some(user_id) => match gemeng_db::accounts::by_id(&app.db, user_id).await? {
            Some(a) => (user_id, roles_of(app, commune, &a, &e).await?),
            None => (user_id, EventRoles::default()),
        },
        None => (-target, EventRoles::default()),
    };
    let scope = match decide_mute(account.id, &actor_roles, target_id, &target_roles, &room) {
        Ok(scope) => scope,
        Err(MuteRefusal::NotModerator) => return Err(AppError::NotFound),
        Err(MuteRefusal::Oneself) => return Ok(Err("mute-refused-oneself")),
        Err(MuteRefusal::Organiser) => return Ok(Err("mute-refused-organiser")),
        Err(MuteRefusal::StaffOfThisStand) => return Ok(Err("mute-refused-staff")),
    };
    Ok(Ok(PlannedMute {
        event: e.id,
        target,
        stand: match scope {
            MuteScope::Event => None,
            MuteScope::Stand { stand } => Some(stand),
        },
    }))
}

/// Writes `planned` in `tx`, with its audit entry (nothing when the same mute is
/// there already).
pub async fn apply(
    tx: &mut Tx,
    commune: &Commune,
    account: &Account,
    planned: &PlannedMute,
    at: i64,
) -> AppResult<()> {
    let PlannedMute {
        event,
        target,
        stand,
    } = *planned;
    if store::mute(tx, event, target, stand, account.id, at).await? {
        gemeng_db::audit::record(
            tx,
            Some(commune.id),
            Some(account.id),
            "event-participant-muted",
            Some(target),
            &match stand {
                Some(stand) => format!("event {event}, stand {stand}"),
                None => format!("event {event}"),
            },
            at,
        )
        .await?;
    }
    Ok(())
}

/// `account` mutes the author of lounge message `message` (an organiser: for the rest
/// of the day, everywhere). "Not found" for an unknown message and for anyone who does
/// not moderate the lounge.
pub async fn mute_lounge_author(
    app: &App,
    commune: &Commune,
    account: &Account,
    event_id: i64,
    message: i64,
) -> AppResult<Result<(), &'static str>> {
    let author = store::author_of(&app.db, event_id, message)
        .await?
        .ok_or(AppError::NotFound)?;
    mute(app, commune, account, event_id, author, Room::Lounge).await
}

/// `account` mutes the asker of question `question` at stand `stand_id` (its staff: at
/// this stand; an organiser: everywhere). "Not found" as for [`mute_lounge_author`].
pub async fn mute_asker(
    app: &App,
    commune: &Commune,
    account: &Account,
    (event_id, stand_id): (i64, i64),
    question: i64,
) -> AppResult<Result<(), &'static str>> {
    let (_, stand) =
        super::questions::stand_of(app, commune, Some(account), event_id, stand_id).await?;
    let author = gemeng_db::event_questions::get(&app.db, stand.id, question)
        .await?
        .ok_or(AppError::NotFound)?
        .registration_id;
    mute(
        app,
        commune,
        account,
        event_id,
        author,
        Room::Stand { stand: stand.id },
    )
    .await
}
