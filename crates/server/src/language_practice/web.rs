//! The pages of language practice: one's language profile and tandems, and staff's
//! page to propose tandems to the commune's members.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::language::Language;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::language_practice::{self as store, Tandem};
use serde::Deserialize;

use super::{level_field, slot_codes, ProfileInput, ProfileLanguageIn};
use crate::app::App;
use crate::http::api::WholeNumber;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::AppResult;
use crate::http::i18n::Tr;
use crate::http::web::{bounded, notice, render, render_invalid, see_other, Done, NoFields, Visit};

/// One language's row of the form.
pub struct LanguageRow {
    pub code: &'static str,
    pub name: String,
    pub field: &'static str,
    pub level: String,
    pub learns: bool,
    pub offers: bool,
}

/// A tandem as its member sees it: the partner's name and e-mail only once both
/// accepted.
pub struct TandemRow {
    pub id: i64,
    pub teaches: String,
    pub learns: String,
    pub accepted_by_me: bool,
    pub agreed: bool,
    pub closed: bool,
    pub partner: Option<(String, String)>,
}

/// A day of the availability grid: its name, and (slot code, part name, chosen).
type Day = (String, Vec<(String, String, bool)>);

#[derive(Template)]
#[template(path = "language_practice/profile.html")]
struct ProfilePage {
    page: Page,
    languages: Vec<LanguageRow>,
    levels: Vec<(&'static str, String)>,
    week: Vec<Day>,
    intergenerational: bool,
    birth_year: String,
    tandems: Vec<TandemRow>,
    errors: FieldErrors,
    notice: Option<&'static str>,
    coaching: super::coaching::web::Part,
}

fn language_name(tr: &Tr, code: &str) -> String {
    tr.t(&format!("profile-language-{code}"))
}

async fn tandem_rows(app: &App, me: i64, tr: &Tr) -> AppResult<Vec<TandemRow>> {
    let mut rows = Vec::new();
    for t in store::tandems_of(&app.db, me).await? {
        let (teaches, learns, accepted_by_me) = if t.first_id == me {
            (
                &t.first_teaches,
                &t.second_teaches,
                t.first_accepted_at.is_some(),
            )
        } else {
            (
                &t.second_teaches,
                &t.first_teaches,
                t.second_accepted_at.is_some(),
            )
        };
        let partner = if t.agreed() && t.closed_at.is_none() {
            gemeng_db::accounts::by_id(&app.db, t.partner_of(me))
                .await?
                .map(|a| (a.display_name, a.email))
        } else {
            None
        };
        rows.push(TandemRow {
            id: t.id,
            teaches: language_name(tr, teaches),
            learns: language_name(tr, learns),
            accepted_by_me,
            agreed: Tandem::agreed(&t),
            closed: t.closed_at.is_some(),
            partner,
        });
    }
    Ok(rows)
}

/// The language page: the profile form as typed, and the coaching request form as
/// typed with its problems.
pub(crate) async fn profile_page(
    visit: &Visit,
    input: &ProfileInput,
    errors: FieldErrors,
    notice: Option<&'static str>,
    coaching: (&super::coaching::RequestInput, FieldErrors),
) -> AppResult<impl Template> {
    let page = visit
        .page_at(
            "profile-title",
            &format!("/c/{}/me/languages", visit.commune.slug),
        )
        .await?;
    let me = visit.viewer.as_ref().map_or(0, |a| a.id);
    let languages = Language::ALL
        .iter()
        .map(|l| {
            let given = input.languages.iter().find(|x| x.language == l.code());
            LanguageRow {
                code: l.code(),
                name: language_name(&page.tr, l.code()),
                field: level_field(*l),
                level: given.map(|g| g.level.clone()).unwrap_or_default(),
                learns: given.is_some_and(|g| g.learns),
                offers: given.is_some_and(|g| g.offers),
            }
        })
        .collect();
    let slots = slot_codes();
    let week = slots
        .chunks(3)
        .map(|day| {
            let name = page.t(&format!(
                "activity-weekday-{}",
                day[0].0.split('-').next().unwrap_or_default()
            ));
            let parts = day
                .iter()
                .map(|(code, _, _)| {
                    let part = code.split('-').nth(1).unwrap_or_default();
                    (
                        code.clone(),
                        page.t(&format!("profile-part-{part}")),
                        input.availability.contains(code),
                    )
                })
                .collect();
            (name, parts)
        })
        .collect();
    Ok(ProfilePage {
        languages,
        levels: gemeng_core::language_practice::Level::ALL
            .iter()
            .map(|l| (l.code(), page.t(&format!("profile-level-{}", l.code()))))
            .collect(),
        week,
        intergenerational: input.welcomes_intergenerational,
        birth_year: match input.birth_year {
            Some(WholeNumber::Whole(y)) => y.to_string(),
            _ => String::new(),
        },
        tandems: tandem_rows(&visit.app, me, &page.tr).await?,
        coaching: super::coaching::web::part(&visit.app, &page.tr, me, coaching.0, coaching.1)
            .await?,
        errors,
        notice,
        page,
    })
}

const NOTICES: &[(&str, &str)] = &[
    ("saved", "profile-saved"),
    ("accepted", "tandem-accepted"),
    ("closed", "tandem-closed"),
    ("coaching-asked", "coaching-asked"),
    ("coaching-accept", "coaching-accepted"),
    ("coaching-decline", "coaching-declined"),
    ("coaching-end", "coaching-ended"),
    ("coaching-withdraw", "coaching-withdrawn"),
];

/// `/c/{commune}/me/languages`
pub async fn profile(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    let input = store::profile(&app.db, account.id)
        .await?
        .map(|p| super::input_of_stored(&p))
        .unwrap_or_default();
    render(
        &profile_page(
            &visit,
            &input,
            FieldErrors::new(),
            notice(&done.done, NOTICES),
            (&Default::default(), FieldErrors::new()),
        )
        .await?,
    )
}

/// `POST /c/{commune}/me/languages`
pub async fn save(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    let mut input = ProfileInput::default();
    for l in Language::ALL {
        input.languages.push(ProfileLanguageIn {
            language: l.code().into(),
            ..ProfileLanguageIn::default()
        });
    }
    for (name, value) in pairs {
        match name.as_str() {
            "slot" if input.availability.len() < 30 => input.availability.push(bounded(value, 20)),
            "intergenerational" => input.welcomes_intergenerational = value == "yes",
            "birth_year" => {
                input.birth_year = match value.trim() {
                    "" => None,
                    text => Some(
                        text.parse()
                            .map_or(WholeNumber::Fraction, WholeNumber::Whole),
                    ),
                }
            }
            other => {
                let Some((part, code)) = other.split_once('-') else {
                    continue;
                };
                if let Some(slot) = input.languages.iter_mut().find(|l| l.language == code) {
                    match part {
                        "level" => slot.level = bounded(value, 10),
                        "learns" => slot.learns = value == "yes",
                        "offers" => slot.offers = value == "yes",
                        _ => {}
                    }
                }
            }
        }
    }
    // A language without a level and not ticked is not declared.
    input
        .languages
        .retain(|l| !l.level.trim().is_empty() || l.learns || l.offers);
    match super::save_profile(&app, &visit.commune, account, &input).await? {
        Ok(()) => Ok(see_other(&format!(
            "/c/{}/me/languages?done=saved",
            visit.commune.slug
        ))),
        Err(errors) => render_invalid(
            &profile_page(
                &visit,
                &input,
                errors,
                None,
                (&Default::default(), FieldErrors::new()),
            )
            .await?,
        ),
    }
}

/// `POST /c/{commune}/me/tandems/{tandem}/accept`
pub async fn accept(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    super::accept(&app, &visit.commune, account, id).await?;
    Ok(see_other(&format!(
        "/c/{}/me/languages?done=accepted",
        visit.commune.slug
    )))
}

/// `POST /c/{commune}/me/tandems/{tandem}/close`
pub async fn close(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::PracticeLanguages)?;
    super::close(&app, &visit.commune, account, id).await?;
    Ok(see_other(&format!(
        "/c/{}/me/languages?done=closed",
        visit.commune.slug
    )))
}

#[derive(Template)]
#[template(path = "language_practice/staff.html")]
struct StaffPage {
    page: Page,
    profiles: i64,
    open: i64,
    agreed: i64,
    proposed: Option<String>,
    coached: Option<String>,
    /// Coaching requests waiting for a coach, proposed, agreed.
    coaching_counts: (i64, i64, i64),
    open_requests: Vec<super::coaching::web::OpenRow>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StaffQuery {
    proposed: Option<i64>,
    coached: Option<i64>,
}

/// `/c/{commune}/staff/tandems`
pub async fn staff(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<StaffQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ProposeTandems)?;
    let (profiles, open, agreed) = store::counts(&app.db, visit.commune.id).await?;
    let coaching_counts = gemeng_db::coaching::counts(&app.db, visit.commune.id).await?;
    let page = visit.page("tandems-staff-title").await?;
    let open_requests = super::coaching::web::open_rows(&app, &page.tr, &visit.commune).await?;
    render(&StaffPage {
        proposed: query
            .proposed
            .map(|n| page.tn("tandems-proposed", "count", &n)),
        coached: query
            .coached
            .map(|n| page.tn("coaching-proposed", "count", &n)),
        coaching_counts,
        open_requests,
        profiles,
        open,
        agreed,
        page,
    })
}

/// `POST /c/{commune}/staff/tandems`
pub async fn propose(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ProposeTandems)?;
    let count = super::propose(&app, &visit.commune, staff).await?;
    Ok(see_other(&format!(
        "/c/{}/staff/tandems?proposed={count}",
        visit.commune.slug
    )))
}
