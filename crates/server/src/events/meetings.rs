//! "Meet someone" in the lounge: a registered participant asks, naming the languages
//! they can chat in; every round (a minute) the requests of the round that ended are
//! paired by a shared language (`gemeng_core::events::meeting`) and each pair gets a
//! private chat of five minutes ([`super::chats`]). Someone nobody fits waits for the
//! next round, three rounds in all, then is told nobody was free.
//!
//! A round runs on whichever instance gets to it first, under the event's row lock
//! (PostgreSQL; SQLite has one writer): the next finds nothing waiting for it, so
//! nobody is paired twice. Its decisions are one `Change::Live` that every instance
//! hears, and the people it decided are told on their open pages.

use gemeng_core::events::lounge::{muted_in, MuteScope};
use gemeng_core::events::meeting::{
    check_languages, pair_for_meeting, round_of, waits_for_next_round, MeetProblem, MeetRequest,
};
use gemeng_core::events::Room;
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::communes::Commune;
use gemeng_db::event_meetings::{self as store, ChatRow, NewRequest, RequestRow};
use gemeng_db::events::Event;
use gemeng_db::tx::{Change, Said};

use super::lounge::{standing_of, Standing};
use super::Participant;
use crate::app::{now, App};
use crate::http::error::{AppError, AppResult};

/// Requests one participant may make in an hour: asking again after "nobody was
/// free" is expected, a script asking every second is not.
pub const ASKS_PER_HOUR: i64 = 20;
/// The chats listed for one participant (a day holds a few).
pub const CHATS_SHOWN: i64 = 20;

/// Where someone's request stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// No request, or the last one was withdrawn.
    None,
    Waiting {
        asked_at: i64,
    },
    /// Paired: the chat it opened.
    Paired {
        chat: i64,
    },
    /// Three rounds found nobody free.
    Unpaired,
}

impl Request {
    fn of(row: Option<&RequestRow>) -> Request {
        match row {
            Some(r) if r.state == "waiting" => Request::Waiting {
                asked_at: r.asked_at,
            },
            Some(RequestRow {
                chat_id: Some(chat),
                ..
            }) => Request::Paired { chat: *chat },
            Some(r) if r.state == "unpaired" => Request::Unpaired,
            _ => Request::None,
        }
    }

    /// The state's name in the API and the live frames.
    pub fn state(&self) -> &'static str {
        match self {
            Request::None => "none",
            Request::Waiting { .. } => "waiting",
            Request::Paired { .. } => "paired",
            Request::Unpaired => "unpaired",
        }
    }
}

/// A participant's "meet someone": their request and their chats at the event.
pub struct Meeting {
    pub request: Request,
    /// The languages of their last request (to fill the form again).
    pub languages: Vec<Language>,
    pub chats: Vec<ChatRow>,
}

/// `place`'s "meet someone" at event `event_id`.
pub async fn of_place(app: &App, place: i64) -> AppResult<Meeting> {
    let latest = store::latest(&app.db, place).await?;
    let languages = latest
        .as_ref()
        .map(|r| {
            r.languages
                .split(' ')
                .filter_map(|c| Language::ALL.into_iter().find(|l| l.code() == c))
                .collect()
        })
        .unwrap_or_default();
    Ok(Meeting {
        request: Request::of(latest.as_ref()),
        languages,
        chats: store::chats_of(&app.db, place, CHATS_SHOWN).await?,
    })
}

/// Event `event_id` and `account`'s "meet someone" there; "not found" for anyone
/// not registered (organisers read the lounge but do not meet in it).
pub async fn status(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    event_id: i64,
) -> AppResult<(Event, Standing, i64, Meeting)> {
    let (e, standing) = standing_of(app, commune, who, event_id).await?;
    let place = standing.place.ok_or(AppError::NotFound)?;
    let meeting = of_place(app, place).await?;
    Ok((e, standing, place, meeting))
}

fn problem_key(problem: MeetProblem) -> &'static str {
    match problem {
        MeetProblem::NoLanguage => "meet-error-no-language",
        MeetProblem::UnknownLanguage => "meet-error-unknown-language",
        MeetProblem::PreferredNotChosen => "meet-error-preferred",
    }
}

/// `account` asks to meet someone at event `event_id`, in `languages` (codes),
/// preferring `preferred`: done (also when a request of theirs was waiting already;
/// it keeps its place in line), or what is wrong. Too many requests in an hour is a
/// 429 with the wait.
pub async fn ask(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    event_id: i64,
    languages: &[&str],
    preferred: Option<&str>,
) -> AppResult<Result<(), FieldErrors>> {
    let (e, standing) = standing_of(app, commune, who, event_id).await?;
    let Some(place) = standing.place else {
        return Ok(Err(FieldErrors::single(
            "languages",
            "lounge-error-not-registered",
        )));
    };
    // Muted for the day everywhere: no private chats either (a stand's mute is for
    // its Q&A only).
    let mutes: Vec<MuteScope> = super::mutes::of(app, place).await?;
    if muted_in(&mutes, &Room::Lounge) {
        return Ok(Err(FieldErrors::single("languages", "live-error-muted")));
    }
    let (languages, preferred) = match check_languages(languages, preferred) {
        Ok(checked) => checked,
        Err(problem) => {
            let field = if problem == MeetProblem::PreferredNotChosen {
                "preferred"
            } else {
                "languages"
            };
            return Ok(Err(FieldErrors::single(field, problem_key(problem))));
        }
    };
    let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
    let at = now();
    let mut tx = app.begin().await?;
    if store::asked_since(&mut tx, place, at - 3_600).await? >= ASKS_PER_HOUR {
        return Err(AppError::TooManyRequests { retry_after: 600 });
    }
    store::ask(
        &mut tx,
        &NewRequest {
            event_id: e.id,
            registration_id: place,
            user_id: who.user_id(),
            at,
            round: round_of(at, app.config.meeting_round_seconds),
            languages: &codes.join(" "),
            preferred: preferred.map(|l| l.code()),
        },
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(()))
}

/// `account` withdraws their waiting request at event `event_id` (nothing happens
/// when none is waiting: a round may just have paired it).
pub async fn withdraw(
    app: &App,
    commune: &Commune,
    who: Participant<'_>,
    event_id: i64,
) -> AppResult<()> {
    let (_, standing) = standing_of(app, commune, who, event_id).await?;
    let place = standing.place.ok_or(AppError::NotFound)?;
    let mut tx = app.begin().await?;
    store::withdraw(&mut tx, place, now()).await?;
    app.commit(tx).await?;
    Ok(())
}

/// Runs every round that is due at `at`: the requests of rounds that ended are paired.
/// How many chats were opened.
pub async fn run_due(app: &App, at: i64) -> AppResult<usize> {
    let current = round_of(at, app.config.meeting_round_seconds);
    let mut opened = 0;
    for event in store::due_events(&app.db, current).await? {
        opened += run_round(app, event, current, at).await?;
    }
    Ok(opened)
}

/// Pairs event `event_id`'s requests waiting for a round before `current`.
async fn run_round(app: &App, event_id: i64, current: i64, at: i64) -> AppResult<usize> {
    let mut tx = app.begin().await?;
    // Another instance running the same round waits here, then finds nothing due.
    tx.lock_row("events", event_id).await?;
    let due = store::due(&mut tx, event_id, current).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let avoided = store::avoided(&mut tx, event_id).await?;
    let requests: Vec<MeetRequest> = due
        .iter()
        .map(|r| MeetRequest {
            participant: r.registration_id,
            asked_at: r.asked_at,
            languages: r
                .languages
                .split(' ')
                .filter_map(|c| Language::ALL.into_iter().find(|l| l.code() == c))
                .collect(),
            preferred: r
                .preferred
                .as_deref()
                .and_then(|c| Language::ALL.into_iter().find(|l| l.code() == c)),
            avoid: avoided
                .iter()
                .filter(|(who, _)| *who == r.registration_id)
                .map(|(_, whom)| *whom)
                .collect(),
        })
        .collect();
    let round = pair_for_meeting(&requests);
    for m in &round.meetings {
        store::open_chat(
            &mut tx,
            event_id,
            (m.first, m.second),
            m.language.code(),
            at,
        )
        .await?;
    }
    let decided = current - 1;
    for r in due
        .iter()
        .filter(|r| round.unpaired.contains(&r.registration_id))
    {
        let next = waits_for_next_round(r.asked_at, decided, app.config.meeting_round_seconds)
            .then_some(current);
        store::carry_over(&mut tx, r.id, next, at).await?;
    }
    tx.changed(Change::Live(Said::Meeting {
        event: event_id,
        at,
    }));
    app.commit(tx).await?;
    Ok(round.meetings.len())
}
