//! Coaching (issue 10): a learner asks for a coach in a language they learn; staff
//! propose one of the ranked candidates (`gemeng_core::coaching::rank_coaches`), or
//! the best for every open request at once; the coach and the learner are told by
//! e-mail and both accept before either sees the other's name and e-mail; either may
//! decline (the request is open again, without that coach) or, once agreed, end it;
//! the learner may withdraw the request while nobody has agreed. Here the flows the
//! pages (`web`) and the API (`api`) share, one transaction per action.

pub mod api;
pub mod web;

use std::collections::HashMap;

use gemeng_core::coaching::{
    check_request, rank_coaches, Candidate, Ranked, RequestProblem, REQUESTS_PER_DAY,
};
use gemeng_core::language::Language;
use gemeng_core::language_practice::LanguageProfile;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::coaching::{self as store, CoachingRequest, NewRequest};
use gemeng_db::communes::Commune;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::profile_of_stored;
use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};

/// The most open requests staff's page and API list (the oldest first), and the most
/// a "propose the best" round handles: the rest wait for the next one.
pub const OPEN_LISTED: i64 = 100;
/// The candidates shown for each open request.
pub const CANDIDATES_SHOWN: usize = 5;

/// A request for a coach as the learner writes it.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"language": "lb", "note": "I would like to prepare the language test for nationality."}))]
pub struct RequestInput {
    /// lb, de, fr, en or pt: a language the learner's profile learns (A1 to B2).
    #[schema(max_length = 5)]
    pub language: String,
    /// Optional: what the learner hopes for.
    #[schema(max_length = 500)]
    pub note: String,
}

fn request_field(problem: RequestProblem) -> (&'static str, &'static str) {
    match problem {
        RequestProblem::NotLearned => ("language", "coaching-error-not-learned"),
        RequestProblem::LevelTooHigh => ("language", "coaching-error-level"),
        RequestProblem::OpenAlready => ("language", "coaching-error-open-already"),
        RequestProblem::NoteTooLong => ("note", "coaching-error-note-long"),
        RequestProblem::NoteControlCharacter => ("note", "error-control-characters"),
    }
}

/// `account` asks for a coach: the new request's id, or the problems (nothing stored).
pub async fn create(
    app: &App,
    commune: &Commune,
    account: &Account,
    input: &RequestInput,
) -> AppResult<Result<i64, FieldErrors>> {
    let Some(language) = Language::from_code(input.language.trim()) else {
        let mut errors = FieldErrors::single("language", "coaching-error-language");
        if input.note.chars().count() > gemeng_core::coaching::NOTE_MAX_CHARS {
            errors.add("note", "coaching-error-note-long");
        }
        return Ok(Err(errors));
    };
    let profile = gemeng_db::language_practice::profile(&app.db, account.id)
        .await?
        .map(|p| profile_of_stored(&p));
    let open: Vec<Language> = store::open_languages(&app.db, account.id)
        .await?
        .iter()
        .filter_map(|code| Language::from_code(code))
        .collect();
    let request = match check_request(profile.as_ref(), language, &input.note, &open) {
        Ok(r) => r,
        Err(problems) => {
            let mut errors = FieldErrors::new();
            for p in problems {
                let (field, message) = request_field(p);
                errors.add(field, message);
            }
            return Ok(Err(errors));
        }
    };
    rate_limit(
        app,
        &format!("coaching-request:{}", account.id),
        86_400,
        REQUESTS_PER_DAY,
    )
    .await?;
    let mut tx = app.begin().await?;
    let id = store::create(
        &mut tx,
        &NewRequest {
            commune_id: commune.id,
            learner_id: account.id,
            language: request.language.code(),
            level: request.level.code(),
            note: &request.note,
            at: now(),
        },
    )
    .await?;
    let Some(id) = id else {
        // Another request for the language came first (two at once): the statement
        // refused this one, and the transaction is dropped.
        return Ok(Err(FieldErrors::single(
            "language",
            "coaching-error-open-already",
        )));
    };
    app.commit(tx).await?;
    Ok(Ok(id))
}

/// Request `id` of which `account` is the learner or the coach, or "not found".
pub async fn request_of(
    app: &App,
    commune: &Commune,
    account: &Account,
    id: i64,
) -> AppResult<CoachingRequest> {
    store::request_of(&app.db, commune.id, account.id, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// What the ranking needs of a commune, read in the proposing transaction.
struct Pool {
    profiles: Vec<LanguageProfile>,
    loads: HashMap<i64, u32>,
    declines: Vec<(i64, i64)>,
}

impl Pool {
    async fn load(tx: &mut gemeng_db::Tx, commune_id: i64) -> AppResult<Pool> {
        Ok(Pool {
            profiles: store::commune_profiles(tx, commune_id)
                .await?
                .iter()
                .map(profile_of_stored)
                .collect(),
            loads: store::loads(tx, commune_id)
                .await?
                .into_iter()
                .map(|(coach, n)| (coach, u32::try_from(n).unwrap_or(u32::MAX)))
                .collect(),
            declines: store::declines(tx, commune_id).await?,
        })
    }

    /// The candidates for `request`, best first (none if the learner has no profile
    /// any more, or asked for a language they no longer speak).
    fn ranked(&self, request: &CoachingRequest) -> Vec<Ranked> {
        let (Some(learner), Some(language)) = (
            self.profiles
                .iter()
                .find(|p| p.member == request.learner_id),
            Language::from_code(&request.language),
        ) else {
            return Vec::new();
        };
        let candidates: Vec<Candidate> = self
            .profiles
            .iter()
            .map(|p| Candidate {
                profile: p,
                open_coachings: self.loads.get(&p.member).copied().unwrap_or(0),
            })
            .collect();
        let declined: Vec<i64> = self
            .declines
            .iter()
            .filter(|(r, _)| *r == request.id)
            .map(|(_, c)| *c)
            .collect();
        rank_coaches(learner, language, &candidates, &declined)
    }
}

/// An open request with its best candidates, for staff.
pub struct OpenRequest {
    pub request: CoachingRequest,
    pub learner: Option<Account>,
    /// The best [`CANDIDATES_SHOWN`], with their accounts.
    pub candidates: Vec<(Ranked, Account)>,
}

/// Commune `commune`'s open requests, the oldest first, each with its best candidates.
pub async fn open_requests(app: &App, commune: &Commune) -> AppResult<Vec<OpenRequest>> {
    let mut tx = app.begin().await?;
    let requests = store::open_requests(&mut tx, commune.id, OPEN_LISTED).await?;
    let pool = if requests.is_empty() {
        None
    } else {
        Some(Pool::load(&mut tx, commune.id).await?)
    };
    drop(tx);
    let mut out = Vec::new();
    for request in requests {
        let mut candidates = Vec::new();
        for r in pool
            .as_ref()
            .map(|p| p.ranked(&request))
            .unwrap_or_default()
            .into_iter()
            .take(CANDIDATES_SHOWN)
        {
            if let Some(a) = gemeng_db::accounts::by_id(&app.db, r.member).await? {
                candidates.push((r, a));
            }
        }
        out.push(OpenRequest {
            learner: gemeng_db::accounts::by_id(&app.db, request.learner_id).await?,
            request,
            candidates,
        });
    }
    Ok(out)
}

/// Staff propose coach `coach` for open request `id`. The coach must be among the
/// request's candidates as they stand now (the commune's row locked, so two staff
/// proposing at once cannot load a coach beyond the maximum).
pub async fn propose(
    app: &App,
    commune: &Commune,
    staff: &Account,
    id: i64,
    coach: i64,
) -> AppResult<()> {
    let at = now();
    let mut tx = app.begin().await?;
    tx.lock_row("communes", commune.id).await?;
    let request = store::request_in(&mut tx, id)
        .await?
        .filter(|r| r.commune_id == commune.id)
        .ok_or(AppError::NotFound)?;
    if request.status != "open" {
        return Err(AppError::Conflict("coaching-error-not-open"));
    }
    let pool = Pool::load(&mut tx, commune.id).await?;
    if !pool.ranked(&request).iter().any(|r| r.member == coach) {
        return Err(AppError::Invalid(FieldErrors::single(
            "coach",
            "coaching-error-not-candidate",
        )));
    }
    if !store::propose(&mut tx, id, coach, at).await? {
        return Err(AppError::Conflict("coaching-error-not-open"));
    }
    tell_proposed(&mut tx, app, commune, &request, coach).await?;
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(staff.id),
        "coach-proposed",
        Some(id),
        &format!("coach {coach}"),
        at,
    )
    .await?;
    app.commit(tx).await
}

/// Staff propose the best candidate for every open request, the oldest first (each
/// proposal counts in the coach's load for the next). How many were proposed.
pub async fn propose_best(app: &App, commune: &Commune, staff: &Account) -> AppResult<usize> {
    let at = now();
    let mut tx = app.begin().await?;
    tx.lock_row("communes", commune.id).await?;
    let requests = store::open_requests(&mut tx, commune.id, OPEN_LISTED).await?;
    let mut pool = Pool::load(&mut tx, commune.id).await?;
    let mut proposed = 0;
    for request in &requests {
        let Some(best) = pool.ranked(request).first().copied() else {
            continue;
        };
        if !store::propose(&mut tx, request.id, best.member, at).await? {
            continue;
        }
        *pool.loads.entry(best.member).or_insert(0) += 1;
        tell_proposed(&mut tx, app, commune, request, best.member).await?;
        proposed += 1;
    }
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(staff.id),
        "coaches-proposed",
        None,
        &format!("{proposed} of {} open requests", requests.len()),
        at,
    )
    .await?;
    app.commit(tx).await?;
    Ok(proposed)
}

/// Tells the coach and the learner of a proposal, without names.
async fn tell_proposed(
    tx: &mut gemeng_db::Tx,
    app: &App,
    commune: &Commune,
    request: &CoachingRequest,
    coach: i64,
) -> AppResult<()> {
    for (who, key) in [
        (coach, "mail-coaching-proposed-coach"),
        (request.learner_id, "mail-coaching-proposed-learner"),
    ] {
        if let Some(person) = gemeng_db::accounts::by_id(&app.db, who).await? {
            tell(tx, app, commune, &person, key, &request.language, None).await?;
        }
    }
    Ok(())
}

/// An e-mail about a coaching, in the recipient's language: `language` is the one
/// coached; `other` (name, e-mail) once both accepted.
async fn tell(
    tx: &mut gemeng_db::Tx,
    app: &App,
    commune: &Commune,
    to: &Account,
    key: &str,
    language: &str,
    other: Option<(&str, &str)>,
) -> AppResult<()> {
    let in_language = Language::from_code(&to.language).unwrap_or(Language::En);
    let tr = crate::http::i18n::Tr::new(in_language);
    let link = format!(
        "{}/c/{}/me/languages#coaching",
        app.config.public_base(),
        commune.slug
    );
    let (name, email) = other.unwrap_or_default();
    crate::mail::queue(
        tx,
        Some(commune.id),
        &to.email,
        in_language,
        key,
        &[
            ("language", &tr.t(&format!("profile-language-{language}"))),
            ("link", &link),
            ("name", name),
            ("email", email),
        ],
    )
    .await
}

/// The limit on answers, shared with the tandems' (`super::CHANGES_PER_HOUR`).
async fn answer_limit(app: &App, account: &Account) -> AppResult<()> {
    rate_limit(
        app,
        &format!("language-practice:{}", account.id),
        3_600,
        super::CHANGES_PER_HOUR,
    )
    .await
}

/// `account` (the learner or the proposed coach) accepts request `id`. The acceptance
/// that completes the pair tells each the other's name and e-mail, once (the row
/// locked, and the state changed by one guarded statement).
pub async fn accept(app: &App, commune: &Commune, account: &Account, id: i64) -> AppResult<()> {
    request_of(app, commune, account, id).await?;
    answer_limit(app, account).await?;
    let mut tx = app.begin().await?;
    tx.lock_row("coaching_requests", id).await?;
    let before = store::request_in(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mine = if before.learner_id == account.id {
        before.learner_accepted_at
    } else {
        before.coach_accepted_at
    };
    if before.status == "matched" {
        return Err(AppError::Conflict("coaching-error-agreed-already"));
    }
    if before.status == "proposed" && mine.is_some() {
        return Err(AppError::Conflict("coaching-error-accepted-already"));
    }
    if !store::accept(&mut tx, id, account.id, now()).await? {
        return Err(AppError::Conflict("coaching-error-not-proposed"));
    }
    if store::mark_matched(&mut tx, id).await? {
        let (Some(learner), Some(coach)) = (
            gemeng_db::accounts::by_id(&app.db, before.learner_id).await?,
            match before.coach_id {
                Some(c) => gemeng_db::accounts::by_id(&app.db, c).await?,
                None => None,
            },
        ) else {
            return Err(AppError::Conflict("coaching-error-not-proposed"));
        };
        for (to, other, key) in [
            (&learner, &coach, "mail-coaching-matched-learner"),
            (&coach, &learner, "mail-coaching-matched-coach"),
        ] {
            tell(
                &mut tx,
                app,
                commune,
                to,
                key,
                &before.language,
                Some((&other.display_name, &other.email)),
            )
            .await?;
        }
    }
    app.commit(tx).await
}

/// `account` (the learner or the proposed coach) declines the coach proposed for
/// request `id`: it is open again, and that coach is not proposed for it again.
pub async fn decline(app: &App, commune: &Commune, account: &Account, id: i64) -> AppResult<()> {
    request_of(app, commune, account, id).await?;
    answer_limit(app, account).await?;
    let mut tx = app.begin().await?;
    tx.lock_row("coaching_requests", id).await?;
    let before = store::request_in(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(coach) = before.coach_id.filter(|_| before.status == "proposed") else {
        return Err(AppError::Conflict("coaching-error-not-proposed"));
    };
    if !store::decline(&mut tx, id, coach, account.id, now()).await? {
        // The coach of a request declined before is no longer its coach: not theirs.
        return Err(AppError::NotFound);
    }
    app.commit(tx).await
}

/// The learner withdraws request `id` while nobody has agreed. A coach already
/// proposed is told the proposal is off (without the learner's name: they never
/// agreed to share it).
pub async fn withdraw(app: &App, commune: &Commune, account: &Account, id: i64) -> AppResult<()> {
    let request = request_of(app, commune, account, id).await?;
    if request.learner_id != account.id {
        return Err(AppError::NotFound);
    }
    let mut tx = app.begin().await?;
    tx.lock_row("coaching_requests", id).await?;
    let before = store::request_in(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !store::withdraw(&mut tx, id, account.id, now()).await? {
        return Err(AppError::Conflict("coaching-error-not-withdrawable"));
    }
    if let Some(coach) = before.coach_id.filter(|_| before.status == "proposed") {
        if let Some(coach) = gemeng_db::accounts::by_id(&app.db, coach).await? {
            let key = "mail-coaching-withdrawn-coach";
            tell(&mut tx, app, commune, &coach, key, &before.language, None).await?;
        }
    }
    app.commit(tx).await
}

/// The learner or the coach ends agreed request `id`; the other is told.
pub async fn end(app: &App, commune: &Commune, account: &Account, id: i64) -> AppResult<()> {
    request_of(app, commune, account, id).await?;
    let mut tx = app.begin().await?;
    tx.lock_row("coaching_requests", id).await?;
    let before = store::request_in(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !store::end(&mut tx, id, account.id, now()).await? {
        return Err(AppError::Conflict("coaching-error-not-agreed"));
    }
    let other = if before.learner_id == account.id {
        before.coach_id
    } else {
        Some(before.learner_id)
    };
    if let Some(other) = other {
        if let Some(other) = gemeng_db::accounts::by_id(&app.db, other).await? {
            let key = "mail-coaching-ended";
            let by = Some((account.display_name.as_str(), ""));
            tell(&mut tx, app, commune, &other, key, &before.language, by).await?;
        }
    }
    app.commit(tx).await
}
