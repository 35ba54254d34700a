//! Consultations (`PRODUCT.md` C3): polls and surveys the commune's staff put to
//! residents, the residents' answers, and the results as charts and CSV.
//!
//! The rules are `gemeng_core::consultation`'s; storage is `gemeng_db::consultations`.
//! Staff (`Action::SpeakForCommune`) write a draft, change it until they publish it,
//! and read the results and the answers. Residents (`Action::ReadChannel`) see the
//! published consultations of their neighbourhood and commune once opened, answer
//! once (a named answer set can be changed until closing, an anonymous one cannot),
//! and see the results when staff allow. A consultation outside a resident's audience,
//! a draft or one of another commune is "not found".

pub mod api;
pub mod charts;
pub mod text;
pub mod web;

use std::collections::BTreeSet;

use gemeng_core::consultation::{
    check_answers, check_consultation, stored_form, tally, tally_by_neighbourhood, AnswerProblem,
    AnswerRefusal, AnswerSet, Audience, Consultation, DraftProblem, NeighbourhoodResults, Place,
    Refusal, Respondent, Results, ResultsShown,
};
use gemeng_core::language::Language;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::consultations::{self as store, StoredConsultation};
use gemeng_db::posts::Stored;

use crate::app::{now, App};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::neighbourhood::posts::request_key;

/// The most consultations a list shows.
pub const LIST_MAX: i64 = 200;

/// A stored consultation with its definition read.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub stored: StoredConsultation,
    pub consultation: Consultation,
}

impl Loaded {
    fn read(stored: StoredConsultation, neighbourhoods: Vec<i64>) -> AppResult<Loaded> {
        let mut consultation: Consultation = serde_json::from_str(&stored.definition)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("consultation {}: {e}", stored.id)))?;
        // The columns are what lists filter on: the definition follows them.
        consultation.opens_at = stored.opens_at;
        consultation.closes_at = stored.closes_at;
        consultation.anonymous = stored.anonymous == 1;
        consultation.audience = if stored.audience == "commune" {
            Audience::Commune
        } else {
            Audience::Neighbourhoods(neighbourhoods.into_iter().collect())
        };
        Ok(Loaded {
            stored,
            consultation,
        })
    }

    pub fn id(&self) -> i64 {
        self.stored.id
    }

    /// What a resident sees of it at `now`: published, opened, and asking their
    /// neighbourhood.
    pub fn visible_to(&self, resident: &Account, now: i64) -> bool {
        self.stored.is_published()
            && self.stored.opens_at <= now
            && self
                .consultation
                .audience
                .includes(resident.neighbourhood_id)
    }

    /// The state a list shows: draft, not open yet, open, closed.
    pub fn state(&self, now: i64) -> &'static str {
        if !self.stored.is_published() {
            "consultation-state-draft"
        } else if now < self.stored.opens_at {
            "consultation-state-scheduled"
        } else if self.consultation.is_closed(now) {
            "consultation-state-closed"
        } else {
            "consultation-state-open"
        }
    }
}

/// Consultation `id` of the commune, draft or published.
pub async fn load(app: &App, commune_id: i64, id: i64) -> AppResult<Option<Loaded>> {
    let Some(stored) = store::get(&app.db, commune_id, id).await? else {
        return Ok(None);
    };
    let neighbourhoods = if stored.audience == "commune" {
        Vec::new()
    } else {
        store::neighbourhoods(&app.db, id).await?
    };
    Ok(Some(Loaded::read(stored, neighbourhoods)?))
}

/// Consultation `id` as `resident` may see it now; "not found" otherwise.
pub async fn for_resident(
    app: &App,
    commune: &Commune,
    resident: &Account,
    id: i64,
) -> AppResult<Loaded> {
    load(app, commune.id, id)
        .await?
        .filter(|l| l.visible_to(resident, now()))
        .ok_or(AppError::NotFound)
}

/// The consultations `resident` is asked, opened, the latest closing first.
pub async fn list_for_resident(
    app: &App,
    commune: &Commune,
    resident: &Account,
) -> AppResult<Vec<Loaded>> {
    let rows = store::for_resident(
        &app.db,
        commune.id,
        resident.neighbourhood_id,
        now(),
        LIST_MAX,
    )
    .await?;
    let mut all = Vec::new();
    for stored in rows {
        let neighbourhoods = if stored.audience == "commune" {
            Vec::new()
        } else {
            store::neighbourhoods(&app.db, stored.id).await?
        };
        all.push(Loaded::read(stored, neighbourhoods)?);
    }
    Ok(all)
}

/// The commune's consultations for staff, drafts included.
pub async fn list_for_staff(app: &App, commune: &Commune) -> AppResult<Vec<Loaded>> {
    let mut all = Vec::new();
    for stored in store::for_staff(&app.db, commune.id, LIST_MAX).await? {
        let neighbourhoods = if stored.audience == "commune" {
            Vec::new()
        } else {
            store::neighbourhoods(&app.db, stored.id).await?
        };
        all.push(Loaded::read(stored, neighbourhoods)?);
    }
    Ok(all)
}

/// Why a draft cannot be saved: the problems `check_consultation` found, or
/// neighbourhoods that are not the commune's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftRefusal {
    Problems(Vec<DraftProblem>),
    UnknownNeighbourhood,
}

/// Checks `draft` for `commune`: the rules, and neighbourhoods of the commune only.
async fn checked(
    app: &App,
    commune: &Commune,
    draft: &Consultation,
) -> AppResult<Result<Consultation, DraftRefusal>> {
    let consultation = match check_consultation(draft) {
        Ok(c) => c,
        Err(problems) => return Ok(Err(DraftRefusal::Problems(problems))),
    };
    if let Audience::Neighbourhoods(ids) = &consultation.audience {
        let known: BTreeSet<i64> = gemeng_db::neighbourhoods::list(&app.db, commune.id)
            .await?
            .iter()
            .map(|n| n.id)
            .collect();
        if !ids.is_subset(&known) {
            return Ok(Err(DraftRefusal::UnknownNeighbourhood));
        }
    }
    Ok(Ok(consultation))
}

fn results_shown_code(shown: ResultsShown) -> &'static str {
    match shown {
        ResultsShown::WhileOpen => "while_open",
        ResultsShown::AfterClosing => "after_closing",
        ResultsShown::Never => "never",
    }
}

fn kind_code(c: &Consultation) -> &'static str {
    match c.kind {
        gemeng_core::consultation::ConsultationKind::Poll => "poll",
        gemeng_core::consultation::ConsultationKind::Survey => "survey",
    }
}

/// A member of staff speaking for the commune.
pub struct Speaker<'a> {
    pub app: &'a App,
    pub commune: &'a Commune,
    pub account: &'a Account,
}

impl Speaker<'_> {
    /// Saves a new draft (`id` none) or draft `id` again; its id, or why not. A draft
    /// published meanwhile, or of another commune, is not found.
    pub async fn save(
        &self,
        id: Option<i64>,
        draft: &Consultation,
        key: &str,
    ) -> AppResult<Result<i64, DraftRefusal>> {
        let consultation = match checked(self.app, self.commune, draft).await? {
            Ok(c) => c,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let definition =
            serde_json::to_string(&consultation).map_err(|e| AppError::Internal(e.into()))?;
        let neighbourhoods: Option<Vec<i64>> = match &consultation.audience {
            Audience::Commune => None,
            Audience::Neighbourhoods(ids) => Some(ids.iter().copied().collect()),
        };
        let key = request_key(key);
        let at = now();
        let new = store::NewConsultation {
            commune_id: self.commune.id,
            kind: kind_code(&consultation),
            neighbourhoods: neighbourhoods.as_deref(),
            anonymous: consultation.anonymous,
            results_shown: results_shown_code(consultation.results_shown),
            opens_at: consultation.opens_at,
            closes_at: consultation.closes_at,
            definition: &definition,
            created_by: self.account.id,
            request_key: &key,
            at,
        };
        let mut tx = self.app.begin().await?;
        let id = match id {
            None => match store::insert(&mut tx, &new).await? {
                Stored::New(id) => id,
                // The same form sent twice: the first draft, untouched.
                Stored::Again(id) => return Ok(Ok(id)),
            },
            Some(id) => {
                if !store::update_draft(&mut tx, id, &new).await? {
                    return Err(AppError::NotFound);
                }
                id
            }
        };
        gemeng_db::audit::record(
            &mut tx,
            Some(self.commune.id),
            Some(self.account.id),
            "consultation-saved",
            None,
            &id.to_string(),
            at,
        )
        .await?;
        self.app.commit(tx).await?;
        Ok(Ok(id))
    }

    /// Publishes draft `id`: its audience sees it from its opening on. Published
    /// already is done; one closing in the past is refused.
    pub async fn publish(&self, id: i64) -> AppResult<()> {
        let loaded = load(self.app, self.commune.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        if loaded.stored.is_published() {
            return Ok(());
        }
        let at = now();
        if loaded.consultation.is_closed(at) {
            return Err(AppError::Conflict("consultation-error-closed-already"));
        }
        let mut tx = self.app.begin().await?;
        if store::publish(&mut tx, self.commune.id, id, at).await? {
            gemeng_db::audit::record(
                &mut tx,
                Some(self.commune.id),
                Some(self.account.id),
                "consultation-published",
                None,
                &id.to_string(),
                at,
            )
            .await?;
        }
        self.app.commit(tx).await
    }
}

/// What answering did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// Stored (a first answer set, or a named one changed).
    Stored,
    /// The same form was sent before: nothing changed.
    Again,
}

/// Stores `resident`'s answer set to `loaded` (visible to them), checked by the core
/// in the transaction that stores it; a form key sent before changes nothing.
pub async fn answer(
    app: &App,
    loaded: &Loaded,
    resident: &Account,
    answers: &AnswerSet,
    key: &str,
) -> AppResult<Result<Answered, AnswerRefusal>> {
    let key = request_key(key);
    let mut tx = app.begin().await?;
    let before = store::answered(&mut tx, loaded.id(), resident.id).await?;
    if before.as_deref() == Some(key.as_str()) {
        return Ok(Ok(Answered::Again));
    }
    let at = now();
    let respondent = Respondent {
        neighbourhood: resident.neighbourhood_id,
        answered_before: before.is_some(),
    };
    let checked = match check_answers(&loaded.consultation, &respondent, answers, at) {
        Ok(set) => set,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let form = stored_form(
        &loaded.consultation,
        resident.id,
        resident.neighbourhood_id,
        checked,
        at,
    );
    let json = serde_json::to_string(&form.answers).map_err(|e| AppError::Internal(e.into()))?;
    if loaded.consultation.anonymous {
        let stored = store::store_anonymous(
            &mut tx,
            &store::NewAnonymousAnswers {
                consultation_id: loaded.id(),
                participant: resident.id,
                request_key: &key,
                answer_key: &form.key,
                neighbourhood_id: form.neighbourhood,
                day: form.day,
                answers: &json,
            },
        )
        .await?;
        if !stored {
            // Another request of theirs answered first.
            return Ok(Err(AnswerRefusal::Refused(Refusal::AnswersAreFinal)));
        }
    } else {
        store::store_named(
            &mut tx,
            &store::NewNamedAnswers {
                consultation_id: loaded.id(),
                resident_id: resident.id,
                neighbourhood_id: form.neighbourhood,
                day: form.day,
                answered_at: at,
                answers: &json,
                request_key: &key,
            },
        )
        .await?;
    }
    app.commit(tx).await?;
    Ok(Ok(Answered::Stored))
}

/// The results of a consultation: overall, and per neighbourhood of the respondents.
pub struct AllResults {
    pub overall: Results,
    pub by_neighbourhood: Vec<NeighbourhoodResults>,
}

pub async fn results(app: &App, loaded: &Loaded) -> AppResult<AllResults> {
    let rows = store::answer_sets(&app.db, loaded.id()).await?;
    let sets: Vec<(Option<i64>, AnswerSet)> = rows
        .into_iter()
        .filter_map(|(n, json)| serde_json::from_str(&json).ok().map(|set| (n, set)))
        .collect();
    Ok(AllResults {
        overall: tally(&loaded.consultation, sets.iter().map(|(_, s)| s)),
        by_neighbourhood: tally_by_neighbourhood(
            &loaded.consultation,
            sets.iter().map(|(n, s)| (*n, s)),
        ),
    })
}

/// Whether residents see the results of `loaded` now (staff always do).
pub fn residents_see_results(loaded: &Loaded) -> bool {
    loaded.consultation.residents_see_results(now())
}

/// The message id of a refusal to answer, and the error it answers with: "not
/// found" outside the audience, a conflict otherwise.
pub fn refusal_error(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::OutsideAudience => AppError::NotFound,
        Refusal::NotOpenYet => AppError::Conflict("consultation-refused-not-open"),
        Refusal::Closed => AppError::Conflict("consultation-refused-closed"),
        Refusal::AnswersAreFinal => AppError::Conflict("consultation-refused-final"),
    }
}

/// The question a problem is about, and its message in `tr`'s language.
pub fn answer_problem(tr: &Tr, problem: &AnswerProblem) -> (u32, String) {
    use AnswerProblem::*;
    let n = |v: u32| i64::from(v);
    match problem {
        UnknownQuestion { question } => (
            *question,
            tr.t_nums(
                "consultation-answer-unknown-question",
                &[("question", n(*question))],
            ),
        ),
        AnsweredTwice { question } => (*question, tr.t("consultation-answer-twice")),
        WrongKind { question } => (*question, tr.t("consultation-answer-wrong-kind")),
        Missing { question } => (*question, tr.t("consultation-answer-missing")),
        UnknownChoice { question, .. } => (*question, tr.t("consultation-answer-unknown-choice")),
        ChosenTwice { question, .. } => (*question, tr.t("consultation-answer-chosen-twice")),
        TooFewChosen { question, min } => (
            *question,
            tr.t_nums("consultation-answer-too-few", &[("min", n(*min))]),
        ),
        TooManyChosen { question, max } => (
            *question,
            tr.t_nums("consultation-answer-too-many", &[("max", n(*max))]),
        ),
        OtherNotOffered { question } => (*question, tr.t("consultation-answer-no-other")),
        OtherTooLong { question, max } => (
            *question,
            tr.t_nums(
                "consultation-answer-other-too-long",
                &[("max", *max as i64)],
            ),
        ),
        RatingOutOfScale { question, .. } => (*question, tr.t("consultation-answer-off-scale")),
        RankingLength { question, expected } => (
            *question,
            tr.t_nums(
                "consultation-answer-ranking-length",
                &[("count", n(*expected))],
            ),
        ),
        TextTooLong { question, max } => (
            *question,
            tr.t_nums("consultation-answer-text-too-long", &[("max", *max as i64)]),
        ),
    }
}

/// The message id of an answer problem, for the API's field errors: a message
/// without variables, so it reads alone.
pub fn answer_problem_id(problem: &AnswerProblem) -> &'static str {
    use AnswerProblem::*;
    match problem {
        UnknownQuestion { .. } => "consultation-code-unknown-question",
        AnsweredTwice { .. } => "consultation-answer-twice",
        WrongKind { .. } => "consultation-answer-wrong-kind",
        Missing { .. } => "consultation-answer-missing",
        UnknownChoice { .. } => "consultation-answer-unknown-choice",
        ChosenTwice { .. } => "consultation-answer-chosen-twice",
        TooFewChosen { .. } | TooManyChosen { .. } => "consultation-code-count",
        OtherNotOffered { .. } => "consultation-answer-no-other",
        OtherTooLong { .. } | TextTooLong { .. } => "consultation-code-length",
        RatingOutOfScale { .. } => "consultation-answer-off-scale",
        RankingLength { .. } => "consultation-code-ranking",
    }
}

/// Where a text is, in `tr`'s language.
fn place_name(tr: &Tr, place: Place) -> String {
    let n = |v: u32| v.to_string();
    match place {
        Place::Title => tr.t("consultation-place-title"),
        Place::Section { section } => tr.t_args(
            "consultation-place-section",
            &[("section", &(section + 1).to_string())],
        ),
        Place::Question { question } => {
            tr.t_args("consultation-place-question", &[("question", &n(question))])
        }
        Place::Choice { question, choice } => tr.t_args(
            "consultation-place-choice",
            &[("question", &n(question)), ("choice", &n(choice))],
        ),
        Place::LowLabel { question } => {
            tr.t_args("consultation-place-low", &[("question", &n(question))])
        }
        Place::HighLabel { question } => {
            tr.t_args("consultation-place-high", &[("question", &n(question))])
        }
    }
}

fn language_name(language: Language) -> String {
    Tr::new(language).t("language-name")
}

/// A draft problem in `tr`'s language, naming its place.
pub fn draft_problem(tr: &Tr, problem: &DraftProblem) -> String {
    use DraftProblem::*;
    let s = |v: u32| v.to_string();
    match problem {
        NoLanguage => tr.t("consultation-problem-no-language"),
        MissingVersion { place, language } => tr.t_args(
            "consultation-problem-missing-version",
            &[
                ("place", &place_name(tr, *place)),
                ("language", &language_name(*language)),
            ],
        ),
        BlankText { place, language } => tr.t_args(
            "consultation-problem-blank",
            &[
                ("place", &place_name(tr, *place)),
                ("language", &language_name(*language)),
            ],
        ),
        TextTooLong {
            place,
            language,
            max,
        } => tr.t_args(
            "consultation-problem-too-long",
            &[
                ("place", &place_name(tr, *place)),
                ("language", &language_name(*language)),
                ("max", &max.to_string()),
            ],
        ),
        NoQuestion => tr.t("consultation-problem-no-question"),
        PollNotOneQuestion { .. } | TooManyQuestions { .. } => tr.t_args(
            "consultation-problem-too-many-questions",
            &[("max", &gemeng_core::consultation::QUESTIONS_MAX.to_string())],
        ),
        EmptySection { section } => tr.t_args(
            "consultation-problem-empty-section",
            &[("section", &(section + 1).to_string())],
        ),
        DuplicateQuestionId { question } => tr.t_args(
            "consultation-problem-duplicate-question",
            &[("question", &s(*question))],
        ),
        TooFewChoices { question, .. } => tr.t_args(
            "consultation-problem-too-few-choices",
            &[("question", &s(*question))],
        ),
        TooManyChoices { question, .. } => tr.t_args(
            "consultation-problem-too-many-choices",
            &[
                ("question", &s(*question)),
                ("max", &gemeng_core::consultation::CHOICES_MAX.to_string()),
            ],
        ),
        DuplicateChoiceId { question, choice } => tr.t_args(
            "consultation-problem-duplicate-choice",
            &[("question", &s(*question)), ("choice", &s(*choice))],
        ),
        AnswerCountOutOfRange { question, .. } => tr.t_args(
            "consultation-problem-answer-count",
            &[("question", &s(*question))],
        ),
        RankingTopOutOfRange { question, .. } => tr.t_args(
            "consultation-problem-ranking-top",
            &[("question", &s(*question))],
        ),
        ScaleOutOfRange { question, .. } => {
            tr.t_args("consultation-problem-scale", &[("question", &s(*question))])
        }
        FreeTextLimitOutOfRange { question, .. } => tr.t_args(
            "consultation-problem-free-text",
            &[("question", &s(*question))],
        ),
        ClosingNotAfterOpening => tr.t("consultation-problem-closing"),
        EmptyAudience => tr.t("consultation-problem-no-neighbourhood"),
    }
}

/// The message id of a draft problem, for the API's field errors: a message without
/// variables, so it reads alone.
pub fn draft_problem_id(problem: &DraftProblem) -> &'static str {
    use DraftProblem::*;
    match problem {
        NoLanguage => "consultation-problem-no-language",
        MissingVersion { .. } | BlankText { .. } | TextTooLong { .. } => {
            "consultation-code-wording"
        }
        NoQuestion => "consultation-problem-no-question",
        PollNotOneQuestion { .. }
        | TooManyQuestions { .. }
        | EmptySection { .. }
        | DuplicateQuestionId { .. } => "consultation-code-questions",
        TooFewChoices { .. } | TooManyChoices { .. } | DuplicateChoiceId { .. } => {
            "consultation-code-choices"
        }
        AnswerCountOutOfRange { .. }
        | RankingTopOutOfRange { .. }
        | ScaleOutOfRange { .. }
        | FreeTextLimitOutOfRange { .. } => "consultation-code-limits",
        ClosingNotAfterOpening => "consultation-problem-closing",
        EmptyAudience => "consultation-problem-no-neighbourhood",
    }
}
