//! The live Q&A of a stand: registered participants ask and upvote others' questions;
//! the stand's staff and the event's organisers answer and hide. Every question is
//! stored before anyone sees it; the stand's page shows them in the rules' order
//! (`gemeng_core::events::questions`). A participant is their place at the event
//! (their registration), so one person is one voice however many devices they use.
//!
//! To anyone who is neither the stand's staff nor an organiser, a question to answer
//! or hide does not exist (404), like the page of an event they may not see.

use gemeng_core::events::lounge::{may_post, Membership, PostRefusal, SUSTAINED_SECONDS};
use gemeng_core::events::moderation::may_moderate;
use gemeng_core::events::questions::{
    check_answer, check_question, may_answer, may_upvote, Question, UpvoteRefusal,
};
use gemeng_core::events::{EventRoles, LiveTextProblem, Room};
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::event_questions::{self as store, NewQuestion, QuestionRow};
use gemeng_db::events::{self as events_store, Event, Stand};
use gemeng_db::posts::Stored;
use gemeng_db::tx::{Change, Said};

use super::lounge::not_flooding;
use super::{onlooker_of, visible, Participant};
use crate::app::{now, App};
use crate::http::error::{AppError, AppResult};
use crate::neighbourhood::posts::request_key;

/// The most questions a stand's page shows.
pub const SHOWN_MAX: i64 = 200;

/// Event `event_id` (published, one the account may see) and its stand `stand_id`.
pub async fn stand_of(
    app: &App,
    commune: &Commune,
    account: Option<&Account>,
    event_id: i64,
    stand_id: i64,
) -> AppResult<(Event, Stand)> {
    let who = onlooker_of(account, commune);
    let e = visible(app, commune, who, event_id).await?;
    let stand = events_store::stands(&app.db, e.id)
        .await?
        .into_iter()
        .find(|s| s.id == stand_id)
        .ok_or(AppError::NotFound)?;
    Ok((e, stand))
}

/// What `account` is in event `e`: an organiser, and the stands they staff.
pub async fn roles_of(
    app: &App,
    commune: &Commune,
    account: &Account,
    e: &Event,
) -> AppResult<EventRoles> {
    let who = onlooker_of(Some(account), commune);
    Ok(EventRoles {
        organiser: who.manages(e.organiser_id),
        staff_of: events_store::stands_staffed_by(&app.db, e.id, account.id).await?,
    })
}

/// What the live hubs are told when a question is asked or changes.
fn live_question(event: i64, stand: i64, question: i64) -> Change {
    Change::Live(Said::Question {
        event,
        stand,
        question,
    })
}

/// The rules' question of a stored one.
pub fn rules_question(q: &QuestionRow) -> Question {
    Question {
        id: q.id,
        stand: q.stand_id,
        author: q.registration_id,
        asked_at: q.asked_at,
        upvotes: u32::try_from(q.upvotes).unwrap_or(u32::MAX),
        answered: q.answered_at.is_some(),
        hidden: q.hidden_at.is_some(),
    }
}

/// The message of a live text's first problem (a question, an answer, a lounge
/// message), at `field`.
pub(super) fn text_errors(field: &'static str, problems: &[LiveTextProblem]) -> FieldErrors {
    let message = match problems.first() {
        Some(LiveTextProblem::TooLong { .. }) => "live-error-too-long",
        Some(LiveTextProblem::TooManyLines { .. }) => "live-error-lines",
        Some(LiveTextProblem::HiddenCharacter) => "live-error-hidden",
        Some(LiveTextProblem::Empty) | None => "live-error-empty",
    };
    FieldErrors::single(field, message)
}

/// `who` asks `text` at stand `stand_id` of event `event_id`: the question's id, or
/// what is wrong (not registered, an empty or too long text).
pub async fn ask(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    (event_id, stand_id): (i64, i64),
    text: &str,
    key: &str,
) -> AppResult<Result<i64, FieldErrors>> {
    let (e, stand) = stand_of(app, commune, who.account(), event_id, stand_id).await?;
    let Some(place) = super::lounge::standing_of(app, commune, who, e.id)
        .await?
        .1
        .place
    else {
        return Ok(Err(FieldErrors::single(
            "body",
            "question-error-not-registered",
        )));
    };
    let membership = Membership {
        registered: true,
        in_lounge: false,
        mutes: super::mutes::of(app, place).await?,
    };
    let at = now();
    match may_post(&Room::Stand { stand: stand.id }, place, &membership, at) {
        Ok(()) => {}
        Err(PostRefusal::Muted) => return Ok(Err(FieldErrors::single("body", "live-error-muted"))),
        Err(_) => {
            return Ok(Err(FieldErrors::single(
                "body",
                "question-error-not-registered",
            )))
        }
    }
    let body = match check_question(text) {
        Ok(body) => body,
        Err(problems) => return Ok(Err(text_errors("body", &problems))),
    };
    let mut tx = app.begin().await?;
    let recent = store::asked_since(&mut tx, place, at - SUSTAINED_SECONDS).await?;
    not_flooding(&recent, at)?;
    let stored = store::insert(
        &mut tx,
        &NewQuestion {
            stand_id: stand.id,
            registration_id: place,
            user_id: who.user_id(),
            body: &body,
            request_key: &request_key(key),
            at,
        },
    )
    .await?;
    if let Stored::New(id) = stored {
        tx.changed(live_question(e.id, stand.id, id));
    }
    app.commit(tx).await?;
    Ok(Ok(stored.id()))
}

/// `who` upvotes question `question_id` at stand `stand_id` of event `event_id`.
pub async fn upvote(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    (event_id, stand_id): (i64, i64),
    question_id: i64,
) -> AppResult<Result<(), &'static str>> {
    let (e, stand) = stand_of(app, commune, who.account(), event_id, stand_id).await?;
    let question = store::get(&app.db, stand.id, question_id)
        .await?
        .filter(|q| q.hidden_at.is_none())
        .ok_or(AppError::NotFound)?;
    let Some(place) = super::lounge::standing_of(app, commune, who, e.id)
        .await?
        .1
        .place
    else {
        return Ok(Err("question-error-not-registered"));
    };
    let already = store::upvoted_by(&app.db, stand.id, place)
        .await?
        .contains(&question.id);
    if let Err(refusal) = may_upvote(place, &rules_question(&question), already) {
        return Ok(Err(match refusal {
            UpvoteRefusal::OwnQuestion => "question-refused-own",
            UpvoteRefusal::AlreadyUpvoted => "question-refused-already",
            UpvoteRefusal::Hidden => "question-refused-hidden",
        }));
    }
    let mut tx = app.begin().await?;
    if !store::upvote(&mut tx, question.id, place).await? {
        return Ok(Err("question-refused-already"));
    }
    tx.changed(live_question(e.id, stand.id, question.id));
    app.commit(tx).await?;
    Ok(Ok(()))
}

/// The question `question_id` of the stand, if `account` may answer it (its stand's
/// staff, an organiser); "not found" for anyone else.
async fn answerable(
    app: &App,
    commune: &Commune,
    account: &Account,
    (event_id, stand_id): (i64, i64),
    question_id: i64,
) -> AppResult<(EventRoles, QuestionRow)> {
    let (e, stand) = stand_of(app, commune, Some(account), event_id, stand_id).await?;
    let roles = roles_of(app, commune, account, &e).await?;
    if !may_moderate(&roles, &Room::Stand { stand: stand.id }) {
        return Err(AppError::NotFound);
    }
    let question = store::get(&app.db, stand.id, question_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((roles, question))
}

/// `account` (the stand's staff, an organiser) answers a question, or changes the
/// answer.
pub async fn answer(
    app: &App,
    commune: &Commune,
    account: &Account,
    place: (i64, i64),
    question_id: i64,
    text: &str,
) -> AppResult<Result<(), FieldErrors>> {
    let (roles, question) = answerable(app, commune, account, place, question_id).await?;
    let event_id = place.0;
    if !may_answer(&roles, &rules_question(&question)) {
        return Err(AppError::NotFound);
    }
    let text = match check_answer(text) {
        Ok(text) => text,
        Err(problems) => return Ok(Err(text_errors("answer", &problems))),
    };
    let mut tx = app.begin().await?;
    if store::answer(&mut tx, question.id, &text, account.id, now()).await? {
        tx.changed(live_question(event_id, question.stand_id, question.id));
        app.commit(tx).await?;
    }
    Ok(Ok(()))
}

/// `account` (the stand's staff, an organiser) hides a question: nobody sees it any
/// more. In the audit log.
pub async fn hide(
    app: &App,
    commune: &Commune,
    account: &Account,
    place: (i64, i64),
    question_id: i64,
) -> AppResult<()> {
    let (_, question) = answerable(app, commune, account, place, question_id).await?;
    let mut tx = app.begin().await?;
    if hide_in(&mut tx, commune, account, place.0, &question, now()).await? {
        app.commit(tx).await?;
    }
    Ok(())
}

/// Hides `question` of event `event_id` in `tx` as `account` (its stand's staff or an
/// organiser: the caller checked), with its audit entry and live change; false when
/// it was hidden already.
pub async fn hide_in(
    tx: &mut gemeng_db::tx::Tx,
    commune: &Commune,
    account: &Account,
    event_id: i64,
    question: &QuestionRow,
    at: i64,
) -> AppResult<bool> {
    if !store::hide(tx, question.id, account.id, at).await? {
        return Ok(false);
    }
    tx.changed(live_question(event_id, question.stand_id, question.id));
    gemeng_db::audit::record(
        tx,
        Some(commune.id),
        Some(account.id),
        "event-question-hidden",
        Some(question.id),
        &format!("stand {}", question.stand_id),
        at,
    )
    .await?;
    Ok(true)
}
