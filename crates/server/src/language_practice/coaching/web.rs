//! Coaching's pages: the learner's request form and both sides' coachings, shown on
//! the language page (`/c/{commune}/me/languages`, section `#coaching`), and staff's
//! open requests with their candidates on the language practice staff page.

use axum::extract::{Path, State};
use axum::response::Response;
use gemeng_core::coaching::NOTE_MAX_CHARS;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::coaching::{self as store, CoachingRequest};
use serde::Deserialize;

use super::RequestInput;
use crate::app::App;
use crate::http::context::{CsrfForm, Ctx};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::http::web::{bounded, render_invalid, see_other, NoFields, Visit};

/// A request or a coaching as one side sees it: the other's name and e-mail only once
/// both accepted.
pub struct CoachingRow {
    pub id: i64,
    pub language: String,
    pub level: String,
    pub note: String,
    /// The state's Fluent key and its tag's kind.
    pub state: &'static str,
    pub tag: &'static str,
    pub open: bool,
    pub proposed: bool,
    pub matched: bool,
    pub accepted_by_me: bool,
    pub other: Option<(String, String)>,
}

/// The coaching part of the language page.
pub struct Part {
    /// The languages the member's saved profile learns: (code, name).
    pub languages: Vec<(String, String)>,
    pub language: String,
    pub note: String,
    pub note_max: usize,
    pub errors: FieldErrors,
    /// The member's requests (`false`), then the requests they coach (`true`).
    pub lists: Vec<(bool, Vec<CoachingRow>)>,
}

fn state_of(r: &CoachingRequest, accepted_by_me: bool) -> (&'static str, &'static str) {
    match r.status.as_str() {
        "open" => ("coaching-state-open", "todo"),
        "proposed" if accepted_by_me => ("coaching-state-waiting", "waiting"),
        "proposed" => ("coaching-state-proposed", "todo"),
        "matched" => ("coaching-state-matched", "done"),
        "withdrawn" => ("coaching-state-withdrawn", "refused"),
        _ => ("coaching-state-ended", "refused"),
    }
}

/// `r` as `me` sees it (as its learner or its coach).
pub async fn row(app: &App, tr: &Tr, me: i64, r: &CoachingRequest) -> AppResult<CoachingRow> {
    let learner = r.learner_id == me;
    let accepted_by_me = if learner {
        r.learner_accepted_at.is_some()
    } else {
        r.coach_accepted_at.is_some()
    };
    let other = if r.matched() {
        let id = if learner {
            r.coach_id
        } else {
            Some(r.learner_id)
        };
        match id {
            Some(id) => gemeng_db::accounts::by_id(&app.db, id)
                .await?
                .map(|a| (a.display_name, a.email)),
            None => None,
        }
    } else {
        None
    };
    let (state, tag) = state_of(r, accepted_by_me);
    Ok(CoachingRow {
        id: r.id,
        language: tr.t(&format!("profile-language-{}", r.language)),
        level: tr.t(&format!("profile-level-{}", r.level)),
        note: r.note.clone(),
        state,
        tag,
        open: r.status == "open",
        proposed: r.status == "proposed",
        matched: r.matched(),
        accepted_by_me,
        other,
    })
}

/// The coaching part of `me`'s language page, with the request form as typed.
pub async fn part(
    app: &App,
    tr: &Tr,
    me: i64,
    form: &RequestInput,
    errors: FieldErrors,
) -> AppResult<Part> {
    let languages = gemeng_db::language_practice::profile(&app.db, me)
        .await?
        .map(|p| {
            p.languages
                .into_iter()
                .filter(|(_, _, learns, _)| *learns)
                .map(|(code, _, _, _)| {
                    let name = tr.t(&format!("profile-language-{code}"));
                    (code, name)
                })
                .collect()
        })
        .unwrap_or_default();
    let mut requests = Vec::new();
    for r in store::requests_of(&app.db, me).await? {
        requests.push(row(app, tr, me, &r).await?);
    }
    let mut coachings = Vec::new();
    for r in store::coachings_of(&app.db, me).await? {
        coachings.push(row(app, tr, me, &r).await?);
    }
    Ok(Part {
        languages,
        language: form.language.clone(),
        note: form.note.clone(),
        note_max: NOTE_MAX_CHARS,
        errors,
        lists: vec![(false, requests), (true, coachings)],
    })
}

/// `POST /c/{commune}/me/coaching`
pub async fn create(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    let mut input = RequestInput::default();
    for (name, value) in pairs {
        match name.as_str() {
            "language" => input.language = bounded(value, 10),
            // One more than allowed, so that a note too long is told, not cut.
            "note" => input.note = bounded(value, NOTE_MAX_CHARS + 1),
            _ => {}
        }
    }
    match super::create(&app, &visit.commune, account, &input).await? {
        Ok(_) => Ok(see_other(&format!(
            "/c/{}/me/languages?done=coaching-asked#coaching",
            visit.commune.slug
        ))),
        Err(errors) => {
            let stored = gemeng_db::language_practice::profile(&app.db, account.id)
                .await?
                .map(|p| crate::language_practice::input_of_stored(&p))
                .unwrap_or_default();
            render_invalid(
                &crate::language_practice::web::profile_page(
                    &visit,
                    &stored,
                    FieldErrors::new(),
                    None,
                    (&input, errors),
                )
                .await?,
            )
        }
    }
}

/// One answer to a request, from its learner or its coach.
async fn answer(
    app: App,
    ctx: Ctx,
    slug: String,
    id: i64,
    what: &'static str,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    let commune = &visit.commune;
    match what {
        "accept" => super::accept(&app, commune, account, id).await?,
        "decline" => super::decline(&app, commune, account, id).await?,
        "end" => super::end(&app, commune, account, id).await?,
        _ => super::withdraw(&app, commune, account, id).await?,
    }
    Ok(see_other(&format!(
        "/c/{}/me/languages?done=coaching-{what}#coaching",
        commune.slug
    )))
}

/// `POST /c/{commune}/me/coaching/{coaching}/accept`
pub async fn accept(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    answer(app, ctx, slug, id, "accept").await
}

/// `POST /c/{commune}/me/coaching/{coaching}/decline`
pub async fn decline(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    answer(app, ctx, slug, id, "decline").await
}

/// `POST /c/{commune}/me/coaching/{coaching}/end`
pub async fn end(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    answer(app, ctx, slug, id, "end").await
}

/// `POST /c/{commune}/me/coaching/{coaching}/withdraw`
pub async fn withdraw(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    answer(app, ctx, slug, id, "withdraw").await
}

/// An open request with its candidates, for staff's page.
pub struct OpenRow {
    pub id: i64,
    pub learner: String,
    pub language: String,
    pub level: String,
    pub note: String,
    /// (coach id, name, shared times and coachings held in words, another generation)
    pub candidates: Vec<(i64, String, String, bool)>,
}

/// Staff's view of the open requests.
pub async fn open_rows(
    app: &App,
    tr: &Tr,
    commune: &gemeng_db::communes::Commune,
) -> AppResult<Vec<OpenRow>> {
    Ok(super::open_requests(app, commune)
        .await?
        .into_iter()
        .map(|o| OpenRow {
            id: o.request.id,
            learner: o.learner.map(|a| a.display_name).unwrap_or_default(),
            language: tr.t(&format!("profile-language-{}", o.request.language)),
            level: tr.t(&format!("profile-level-{}", o.request.level)),
            note: o.request.note,
            candidates: o
                .candidates
                .into_iter()
                .map(|(r, a)| {
                    (
                        r.member,
                        a.display_name,
                        tr.t_nums(
                            "coaching-candidate-facts",
                            &[
                                ("slots", i64::from(r.shared_slots)),
                                ("load", i64::from(r.open_coachings)),
                            ],
                        ),
                        r.intergenerational,
                    )
                })
                .collect(),
        })
        .collect())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProposeForm {
    coach: String,
}

/// `POST /c/{commune}/staff/coaching/{coaching}/propose`
pub async fn propose(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ProposeForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ProposeTandems)?;
    let coach: i64 = form
        .coach
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest("coaching-error-not-candidate"))?;
    super::propose(&app, &visit.commune, staff, id, coach).await?;
    Ok(see_other(&format!(
        "/c/{}/staff/tandems?coached=1#coaching",
        visit.commune.slug
    )))
}

/// `POST /c/{commune}/staff/coaching`: the best candidate for every open request.
pub async fn propose_best(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ProposeTandems)?;
    let count = super::propose_best(&app, &visit.commune, staff).await?;
    Ok(see_other(&format!(
        "/c/{}/staff/tandems?coached={count}#coaching",
        visit.commune.slug
    )))
}
