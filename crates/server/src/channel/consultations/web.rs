//! The pages of consultations. Staff: the list, a draft's form (the questions as one
//! structured text, documented on the page, and the settings as ordinary fields),
//! publishing, the results with a chart per question (overall and per
//! neighbourhood) and the CSV of the answers. Residents: the consultations they are
//! asked, the answer form (every kind of question without JavaScript), and the
//! results when staff show them. The pages call the same flows as the API.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::consultation::{
    Answer, AnswerRefusal, AnswerSet, Audience, Consultation, QuestionKind, Response as Reply,
    ResultsShown,
};
use gemeng_core::language::Language;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::consultations as store;
use serde::Deserialize;

use super::charts::{charts, worded, QuestionChart};
use super::text::{self, LineProblem};
use super::{answer, answer_problem, draft_problem, load, DraftRefusal, Loaded, Speaker};
use crate::app::{now, App};
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::http::web::{notice, render, render_invalid, see_other, Done, NoFields, Visit};
use crate::neighbourhood::posts::new_request_key;
use crate::timebank::web::{csv_download, csv_text};

/// A consultation in a list.
pub struct Item {
    pub id: i64,
    pub title: String,
    pub state: &'static str,
    pub opens_at: i64,
    pub closes_at: i64,
    /// The last day it takes answers (it closes at the end of it).
    pub last_day: i64,
    pub answered: bool,
}

fn item(loaded: &Loaded, language: Language, answered: bool) -> Item {
    Item {
        id: loaded.id(),
        title: worded(&loaded.consultation.title, language),
        state: loaded.state(now()),
        opens_at: loaded.stored.opens_at,
        closes_at: loaded.stored.closes_at,
        last_day: loaded.stored.closes_at - 1,
        answered,
    }
}

fn staff_base(visit: &Visit) -> String {
    format!("/c/{}/staff/consultations", visit.commune.slug)
}

fn resident_base(visit: &Visit) -> String {
    format!("/c/{}/consultations", visit.commune.slug)
}

// ---------------------------------------------------------------------------------
// Dates: a consultation opens at the start of its first day and closes at the end of
// its last (UTC, as every time of the platform), typed as the browser's date field
// sends them (year-month-day).

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day (since 1970) of a "2026-12-01" date, if it is one.
pub fn parse_day(text: &str) -> Option<i64> {
    let mut parts = text.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let month_days = [
        31,
        28 + i64::from(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)),
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1970..=9999).contains(&y)
        || !(1..=12).contains(&m)
        || d < 1
        || d > month_days[(m - 1) as usize]
    {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// The "2026-12-01" of a day, for a date field.
pub fn day_text(day: i64) -> String {
    let d = crate::http::i18n::format_date(day * 86_400);
    // day.month.year to year-month-day
    let mut parts = d.split('.');
    let (dd, mm, yy) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    format!("{yy}-{mm}-{dd}")
}

// ---------------------------------------------------------------------------------
// Staff: the list.

#[derive(Template)]
#[template(path = "channel/consultations/staff_list.html")]
struct StaffList {
    page: Page,
    base: String,
    items: Vec<Item>,
    notice: Option<&'static str>,
}

async fn staff_visit(app: &App, ctx: Ctx, slug: &str) -> AppResult<Visit> {
    let visit = Visit::load(app, ctx, slug).await?;
    visit.require(Action::SpeakForCommune)?;
    Ok(visit)
}

fn speaker(visit: &Visit) -> Speaker<'_> {
    Speaker {
        app: &visit.app,
        commune: &visit.commune,
        account: visit
            .viewer
            .as_ref()
            .expect("staff are signed in (checked)"),
    }
}

const STAFF_NOTICES: &[(&str, &str)] = &[
    ("saved", "consultation-saved"),
    ("published", "consultation-published"),
];

pub async fn staff_list(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = staff_visit(&app, ctx, &slug).await?;
    let page = visit.page("consultation-staff-title").await?;
    let language = visit.language();
    let items = super::list_for_staff(&app, &visit.commune)
        .await?
        .iter()
        .map(|l| item(l, language, false))
        .collect();
    render(&StaffList {
        base: staff_base(&visit),
        page,
        items,
        notice: notice(&done.done, STAFF_NOTICES),
    })
}

// ---------------------------------------------------------------------------------
// Staff: a draft's form.

/// The draft form as typed.
#[derive(Debug, Clone, Default)]
pub struct DraftForm {
    pub text: String,
    pub opens_on: String,
    pub closes_on: String,
    /// `commune` or `neighbourhoods`.
    pub audience: String,
    pub neighbourhoods: BTreeSet<i64>,
    pub anonymous: bool,
    pub results_shown: String,
    pub request_key: String,
}

impl DraftForm {
    fn from_pairs(pairs: &[(String, String)]) -> DraftForm {
        let mut form = DraftForm::default();
        for (name, value) in pairs {
            match name.as_str() {
                "text" => form.text = value.clone(),
                "opens_on" => form.opens_on = value.chars().take(20).collect(),
                "closes_on" => form.closes_on = value.chars().take(20).collect(),
                "audience" => form.audience = value.chars().take(20).collect(),
                // An id that is not a number names no neighbourhood of the commune.
                "neighbourhood" => {
                    form.neighbourhoods
                        .insert(value.trim().parse().unwrap_or(-1));
                }
                "anonymous" => form.anonymous = value == "yes",
                "results_shown" => form.results_shown = value.chars().take(20).collect(),
                "request_key" => form.request_key = value.chars().take(64).collect(),
                _ => {}
            }
        }
        form
    }

    fn of(loaded: &Loaded) -> DraftForm {
        let c = &loaded.consultation;
        DraftForm {
            text: text::write(c),
            opens_on: day_text(c.opens_at.div_euclid(86_400)),
            closes_on: day_text((c.closes_at - 1).div_euclid(86_400)),
            audience: match c.audience {
                Audience::Commune => "commune".into(),
                Audience::Neighbourhoods(_) => "neighbourhoods".into(),
            },
            neighbourhoods: match &c.audience {
                Audience::Commune => BTreeSet::new(),
                Audience::Neighbourhoods(ids) => ids.clone(),
            },
            anonymous: c.anonymous,
            results_shown: super::results_shown_code(c.results_shown).into(),
            request_key: new_request_key(),
        }
    }
}

/// What is wrong with a sent draft form.
#[derive(Default)]
pub struct DraftErrors {
    pub fields: FieldErrors,
    /// Lines of the text that could not be read, each named, in the reader's language.
    pub lines: Vec<String>,
    /// What the rules say of the consultation, in the reader's language.
    pub problems: Vec<String>,
}

impl DraftErrors {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.lines.is_empty() && self.problems.is_empty()
    }
}

/// The consultation a draft form describes, or everything wrong with it.
pub fn draft_of(page: &Page, form: &DraftForm) -> Result<Consultation, DraftErrors> {
    let mut errors = DraftErrors::default();
    let parsed = match text::parse(&form.text) {
        Ok(parsed) => Some(parsed),
        Err(lines) => {
            errors.lines = lines
                .iter()
                .map(|LineProblem { line, message }| {
                    page.tr.t_args(
                        "consultation-text-line",
                        &[("line", &line.to_string()), ("message", &page.t(message))],
                    )
                })
                .collect();
            None
        }
    };
    let opens = parse_day(&form.opens_on);
    if opens.is_none() {
        errors.fields.add("opens_on", "consultation-error-date");
    }
    let closes = parse_day(&form.closes_on);
    if closes.is_none() {
        errors.fields.add("closes_on", "consultation-error-date");
    }
    let audience = match form.audience.as_str() {
        "commune" => Some(Audience::Commune),
        "neighbourhoods" => Some(Audience::Neighbourhoods(form.neighbourhoods.clone())),
        _ => {
            errors.fields.add("audience", "consultation-error-audience");
            None
        }
    };
    let results_shown = match form.results_shown.as_str() {
        "while_open" => Some(ResultsShown::WhileOpen),
        "after_closing" => Some(ResultsShown::AfterClosing),
        "never" => Some(ResultsShown::Never),
        _ => {
            errors
                .fields
                .add("results_shown", "consultation-error-results-shown");
            None
        }
    };
    match (parsed, opens, closes, audience, results_shown) {
        (Some(parsed), Some(opens), Some(closes), Some(audience), Some(results_shown))
            if errors.is_empty() =>
        {
            Ok(Consultation {
                kind: parsed.kind,
                title: parsed.title,
                sections: parsed.sections,
                opens_at: opens * 86_400,
                closes_at: (closes + 1) * 86_400,
                anonymous: form.anonymous,
                audience,
                results_shown,
            })
        }
        _ => Err(errors),
    }
}

pub struct NeighbourhoodChoice {
    pub id: i64,
    pub name: String,
    pub chosen: bool,
}

#[derive(Template)]
#[template(path = "channel/consultations/staff_form.html")]
struct FormPage {
    page: Page,
    base: String,
    /// Where the form posts.
    action: String,
    /// The draft's id, once saved.
    id: Option<i64>,
    form: DraftForm,
    errors: DraftErrors,
    neighbourhoods: Vec<NeighbourhoodChoice>,
    /// The saved draft as residents will see it (in the reader's language).
    preview: Option<AnswerView>,
    notice: Option<&'static str>,
}

async fn neighbourhood_choices(
    app: &App,
    commune: i64,
    chosen: &BTreeSet<i64>,
) -> AppResult<Vec<NeighbourhoodChoice>> {
    Ok(gemeng_db::neighbourhoods::list(&app.db, commune)
        .await?
        .into_iter()
        .map(|n| NeighbourhoodChoice {
            chosen: chosen.contains(&n.id),
            id: n.id,
            name: n.name,
        })
        .collect())
}

pub async fn new_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = staff_visit(&app, ctx, &slug).await?;
    let page = visit.page("consultation-new-title").await?;
    let today = now().div_euclid(86_400);
    let form = DraftForm {
        text: String::new(),
        opens_on: day_text(today + 1),
        closes_on: day_text(today + 14),
        audience: "commune".into(),
        neighbourhoods: BTreeSet::new(),
        anonymous: true,
        results_shown: "after_closing".into(),
        request_key: new_request_key(),
    };
    render(&FormPage {
        neighbourhoods: neighbourhood_choices(&app, visit.commune.id, &form.neighbourhoods).await?,
        base: staff_base(&visit),
        action: staff_base(&visit),
        id: None,
        page,
        form,
        errors: DraftErrors::default(),
        preview: None,
        notice: None,
    })
}

async fn save(visit: &Visit, id: Option<i64>, pairs: Vec<(String, String)>) -> AppResult<Response> {
    let form = DraftForm::from_pairs(&pairs);
    let title = if id.is_some() {
        "consultation-edit-title"
    } else {
        "consultation-new-title"
    };
    let base = staff_base(visit);
    let action = match id {
        Some(id) => format!("{base}/{id}"),
        None => base.clone(),
    };
    let page = visit.page_at(title, &action).await?;
    let errors = match draft_of(&page, &form) {
        Ok(draft) => match speaker(visit).save(id, &draft, &form.request_key).await? {
            Ok(id) => return Ok(see_other(&format!("{base}/{id}?done=saved"))),
            Err(DraftRefusal::Problems(problems)) => DraftErrors {
                problems: problems
                    .iter()
                    .map(|p| draft_problem(&page.tr, p))
                    .collect(),
                ..DraftErrors::default()
            },
            Err(DraftRefusal::UnknownNeighbourhood) => DraftErrors {
                fields: FieldErrors::single("audience", "consultation-error-audience"),
                ..DraftErrors::default()
            },
        },
        Err(errors) => errors,
    };
    let neighbourhoods =
        neighbourhood_choices(&visit.app, visit.commune.id, &form.neighbourhoods).await?;
    render_invalid(&FormPage {
        page,
        base,
        action,
        id,
        form,
        errors,
        neighbourhoods,
        preview: None,
        notice: None,
    })
}

pub async fn create(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = staff_visit(&app, ctx, &slug).await?;
    save(&visit, None, pairs).await
}

#[derive(Template)]
#[template(path = "channel/consultations/staff_show.html")]
struct ShowPage {
    page: Page,
    base: String,
    item: Item,
    answers: i64,
    audience: Vec<String>,
    anonymous: bool,
    results_shown: &'static str,
    preview: AnswerView,
    notice: Option<&'static str>,
}

fn results_shown_message(shown: ResultsShown) -> &'static str {
    match shown {
        ResultsShown::WhileOpen => "consultation-results-shown-while-open",
        ResultsShown::AfterClosing => "consultation-results-shown-after-closing",
        ResultsShown::Never => "consultation-results-shown-never",
    }
}

/// A draft's form with its preview, or a published consultation's summary.
pub async fn show(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = staff_visit(&app, ctx, &slug).await?;
    let loaded = load(&app, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let base = staff_base(&visit);
    let language = visit.language();
    if !loaded.stored.is_published() {
        let page = visit.page("consultation-edit-title").await?;
        let form = DraftForm::of(&loaded);
        let preview = answer_view(&page, &loaded, language, &[], &BTreeMap::new());
        return render(&FormPage {
            neighbourhoods: neighbourhood_choices(&app, visit.commune.id, &form.neighbourhoods)
                .await?,
            action: format!("{base}/{id}"),
            base,
            id: Some(id),
            page,
            form,
            errors: DraftErrors::default(),
            preview: Some(preview),
            notice: notice(&done.done, STAFF_NOTICES),
        });
    }
    let page = visit.page("consultation-show-title").await?;
    let names: BTreeMap<i64, String> = gemeng_db::neighbourhoods::list(&app.db, visit.commune.id)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    let audience = match &loaded.consultation.audience {
        Audience::Commune => vec![page.t("consultation-audience-commune")],
        Audience::Neighbourhoods(ids) => ids.iter().filter_map(|i| names.get(i).cloned()).collect(),
    };
    render(&ShowPage {
        answers: store::count_answers(&app.db, id).await?,
        item: item(&loaded, language, false),
        anonymous: loaded.consultation.anonymous,
        results_shown: results_shown_message(loaded.consultation.results_shown),
        preview: answer_view(&page, &loaded, language, &[], &BTreeMap::new()),
        audience,
        page,
        base,
        notice: notice(&done.done, STAFF_NOTICES),
    })
}

pub async fn update(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = staff_visit(&app, ctx, &slug).await?;
    let loaded = load(&app, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if loaded.stored.is_published() {
        return Err(AppError::Conflict("consultation-error-published"));
    }
    save(&visit, Some(id), pairs).await
}

pub async fn publish(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = staff_visit(&app, ctx, &slug).await?;
    speaker(&visit).publish(id).await?;
    Ok(see_other(&format!(
        "{}/{id}?done=published",
        staff_base(&visit)
    )))
}

// ---------------------------------------------------------------------------------
// Results, for staff and residents.

pub struct GroupLink {
    pub label: String,
    pub url: String,
    pub respondents: u64,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "channel/consultations/results.html")]
struct ResultsPage {
    page: Page,
    back: String,
    title: String,
    /// The group shown: the whole commune or one neighbourhood.
    group: String,
    respondents: u64,
    too_few: bool,
    questions: Vec<QuestionChart>,
    groups: Vec<GroupLink>,
    /// Free texts, for staff (question id, texts).
    texts: BTreeMap<u32, Vec<String>>,
    csv: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResultsQuery {
    /// A neighbourhood's id; the whole commune when absent.
    n: Option<i64>,
}

async fn results_page(
    visit: &Visit,
    loaded: &Loaded,
    query: &ResultsQuery,
    url: &str,
    back: String,
    staff: bool,
) -> AppResult<Response> {
    let app = &visit.app;
    let page = visit.page("consultation-results-title").await?;
    let language = visit.language();
    let all = super::results(app, loaded).await?;
    let names: BTreeMap<i64, String> = gemeng_db::neighbourhoods::list(&app.db, visit.commune.id)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    let (group, results) = match query.n {
        None => (page.t("consultation-results-everyone"), all.overall.clone()),
        Some(n) => {
            let found = all
                .by_neighbourhood
                .iter()
                .find(|g| g.neighbourhood == Some(n))
                .ok_or(AppError::NotFound)?;
            (
                names.get(&n).cloned().unwrap_or_default(),
                found.results.clone(),
            )
        }
    };
    let mut groups = vec![GroupLink {
        label: page.t("consultation-results-everyone"),
        url: url.to_string(),
        respondents: all.overall.respondents,
        current: query.n.is_none(),
    }];
    for g in &all.by_neighbourhood {
        if let Some(n) = g.neighbourhood {
            groups.push(GroupLink {
                label: names.get(&n).cloned().unwrap_or_default(),
                url: format!("{url}?n={n}"),
                respondents: g.results.respondents,
                current: query.n == Some(n),
            });
        }
    }
    let too_few = results.too_few_to_show(&loaded.consultation);
    let key = query
        .n
        .map(|n| n.to_string())
        .unwrap_or_else(|| "all".into());
    let mut texts = BTreeMap::new();
    if staff && !too_few {
        for (n, json) in store::answer_sets(&app.db, loaded.id()).await? {
            if query.n.is_some() && query.n != n {
                continue;
            }
            let Ok(set) = serde_json::from_str::<AnswerSet>(&json) else {
                continue;
            };
            for a in set.answers {
                if let Reply::Text { text } = a.response {
                    texts.entry(a.question).or_insert_with(Vec::new).push(text);
                }
            }
        }
    }
    render(&ResultsPage {
        title: worded(&loaded.consultation.title, language),
        questions: if too_few {
            Vec::new()
        } else {
            charts(&page.tr, &loaded.consultation, &results, &key)
        },
        respondents: results.respondents,
        csv: staff.then(|| format!("{}/{}/answers.csv", staff_base(visit), loaded.id())),
        page,
        back,
        group,
        too_few,
        groups,
        texts,
    })
}

pub async fn staff_results(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<ResultsQuery>,
) -> AppResult<Response> {
    let visit = staff_visit(&app, ctx, &slug).await?;
    let loaded = load(&app, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let base = format!("{}/{id}", staff_base(&visit));
    results_page(
        &visit,
        &loaded,
        &query,
        &format!("{base}/results"),
        base,
        true,
    )
    .await
}

/// The answers as CSV: one row per answer set, one column per question; named ones
/// with the resident, anonymous ones with the day only and no resident column.
pub async fn answers_csv(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let visit = staff_visit(&app, ctx, &slug).await?;
    let loaded = load(&app, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = visit.page("consultation-results-title").await?;
    let rows = csv_rows(&app, &page.tr, &loaded, visit.language()).await?;
    csv_download(&format!("gemeng-consultation-{id}.csv"), rows)
}

/// The rows of a consultation's CSV export, headings first.
pub async fn csv_rows(
    app: &App,
    tr: &Tr,
    loaded: &Loaded,
    language: Language,
) -> AppResult<Vec<Vec<String>>> {
    let c = &loaded.consultation;
    let names: BTreeMap<i64, String> =
        gemeng_db::neighbourhoods::list(&app.db, loaded.stored.commune_id)
            .await?
            .into_iter()
            .map(|n| (n.id, n.name))
            .collect();
    let mut heading = Vec::new();
    if !c.anonymous {
        heading.push(tr.t("consultation-csv-resident"));
    }
    heading.push(tr.t("consultation-csv-neighbourhood"));
    heading.push(tr.t("consultation-csv-day"));
    for q in c.questions() {
        heading.push(csv_text(&worded(&q.text, language)));
    }
    let mut rows = vec![heading];
    let cells = |set: &AnswerSet| -> Vec<String> {
        c.questions()
            .map(|q| {
                set.answers
                    .iter()
                    .find(|a| a.question == q.id)
                    .map(|a| csv_text(&response_text(tr, &q.kind, &a.response, language)))
                    .unwrap_or_default()
            })
            .collect()
    };
    let neighbourhood = |n: Option<i64>| n.and_then(|n| names.get(&n).cloned()).unwrap_or_default();
    if c.anonymous {
        for a in store::anonymous_answers(&app.db, loaded.id()).await? {
            let Ok(set) = serde_json::from_str::<AnswerSet>(&a.answers) else {
                continue;
            };
            let mut row = vec![
                csv_text(&neighbourhood(a.neighbourhood_id)),
                day_text(a.day),
            ];
            row.extend(cells(&set));
            rows.push(row);
        }
    } else {
        for a in store::named_answers(&app.db, loaded.id()).await? {
            let Ok(set) = serde_json::from_str::<AnswerSet>(&a.answers) else {
                continue;
            };
            let mut row = vec![
                csv_text(&a.resident_name.unwrap_or_default()),
                csv_text(&neighbourhood(a.neighbourhood_id)),
                day_text(a.answered_at.div_euclid(86_400)),
            ];
            row.extend(cells(&set));
            rows.push(row);
        }
    }
    Ok(rows)
}

/// One answer as a CSV cell: the choices' labels joined by " | ", in order.
fn response_text(tr: &Tr, kind: &QuestionKind, response: &Reply, language: Language) -> String {
    let label = |id: &u32| {
        kind.choices()
            .unwrap_or_default()
            .iter()
            .find(|c| c.id == *id)
            .map(|c| worded(&c.label, language))
            .unwrap_or_default()
    };
    match response {
        Reply::Choices { chosen, other } => chosen
            .iter()
            .map(label)
            .chain(other.iter().cloned())
            .collect::<Vec<_>>()
            .join(" | "),
        Reply::YesNo { yes: true } => tr.t("consultation-yes"),
        Reply::YesNo { yes: false } => tr.t("consultation-no"),
        Reply::Rating { value } => value.to_string(),
        Reply::Ranking { order } => order.iter().map(label).collect::<Vec<_>>().join(" | "),
        Reply::Text { text } => text.clone(),
    }
}

// ---------------------------------------------------------------------------------
// Residents.

async fn resident_visit(app: &App, ctx: Ctx, slug: &str) -> AppResult<Visit> {
    let visit = Visit::load(app, ctx, slug).await?;
    visit.require(Action::ReadChannel)?;
    Ok(visit)
}

#[derive(Template)]
#[template(path = "channel/consultations/list.html")]
struct ListPage {
    page: Page,
    base: String,
    items: Vec<Item>,
}

pub async fn list(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = resident_visit(&app, ctx, &slug).await?;
    let me = visit.viewer.clone().expect("checked");
    let page = visit.page("consultation-list-title").await?;
    let language = visit.language();
    let mut items = Vec::new();
    for l in super::list_for_resident(&app, &visit.commune, &me).await? {
        let answered = store::has_answered(&app.db, l.id(), me.id).await?;
        items.push(item(&l, language, answered));
    }
    render(&ListPage {
        base: resident_base(&visit),
        page,
        items,
    })
}

/// One choice of a question on the form.
pub struct ChoiceView {
    pub id: u32,
    pub label: String,
    pub checked: bool,
}

/// One question on the form, in the language read.
pub struct QuestionView {
    pub id: u32,
    pub text: String,
    pub required: bool,
    /// `single`, `multiple`, `yesno`, `rating`, `ranking` or `text`.
    pub kind: &'static str,
    pub hint: String,
    pub choices: Vec<ChoiceView>,
    pub other: bool,
    pub other_text: String,
    /// Rating values, and the labels of the ends.
    pub values: Vec<(u8, bool)>,
    pub low_label: String,
    pub high_label: String,
    /// Ranking places: (place, chosen choice id).
    pub places: Vec<(u32, u32)>,
    pub max_chars: u32,
    pub text_value: String,
    pub yes: Option<bool>,
    /// "Yes", "No" and "Other" in the language the questions are read in.
    pub yes_label: String,
    pub no_label: String,
    pub other_label: String,
    pub errors: Vec<String>,
}

pub struct SectionView {
    pub title: Option<String>,
    pub questions: Vec<QuestionView>,
}

/// A consultation's form (or preview) in one language.
pub struct AnswerView {
    pub title: String,
    pub language: &'static str,
    pub sections: Vec<SectionView>,
}

/// The form of `loaded` in `language`, filled with `given` (a set sent or stored)
/// and the problems of each question.
pub fn answer_view(
    page: &Page,
    loaded: &Loaded,
    language: Language,
    given: &[Answer],
    errors: &BTreeMap<u32, Vec<String>>,
) -> AnswerView {
    let c = &loaded.consultation;
    let reading = c
        .title
        .for_reader(language)
        .map(|(l, _)| l)
        .unwrap_or(language);
    let sections = c
        .sections
        .iter()
        .map(|s| SectionView {
            title: s.title.as_ref().map(|t| worded(t, reading)),
            questions: s
                .questions
                .iter()
                .map(|q| {
                    let response = given
                        .iter()
                        .find(|a| a.question == q.id)
                        .map(|a| &a.response);
                    question_view(page, reading, q, response, errors.get(&q.id))
                })
                .collect(),
        })
        .collect();
    AnswerView {
        title: worded(&c.title, reading),
        language: reading.code(),
        sections,
    }
}

fn question_view(
    page: &Page,
    language: Language,
    q: &gemeng_core::consultation::Question,
    response: Option<&Reply>,
    errors: Option<&Vec<String>>,
) -> QuestionView {
    let chosen: Vec<u32> = match response {
        Some(Reply::Choices { chosen, .. }) => chosen.clone(),
        _ => Vec::new(),
    };
    let reading = Tr::new(language);
    let mut view = QuestionView {
        id: q.id,
        text: worded(&q.text, language),
        required: q.required,
        kind: "text",
        hint: String::new(),
        choices: q
            .kind
            .choices()
            .unwrap_or_default()
            .iter()
            .map(|c| ChoiceView {
                id: c.id,
                label: worded(&c.label, language),
                checked: chosen.contains(&c.id),
            })
            .collect(),
        other: false,
        other_text: match response {
            Some(Reply::Choices { other: Some(t), .. }) => t.clone(),
            _ => String::new(),
        },
        values: Vec::new(),
        low_label: String::new(),
        high_label: String::new(),
        places: Vec::new(),
        max_chars: 0,
        text_value: match response {
            Some(Reply::Text { text }) => text.clone(),
            _ => String::new(),
        },
        yes: match response {
            Some(Reply::YesNo { yes }) => Some(*yes),
            _ => None,
        },
        yes_label: reading.t("consultation-yes"),
        no_label: reading.t("consultation-no"),
        other_label: reading.t("consultation-other"),
        errors: errors.cloned().unwrap_or_default(),
    };
    match &q.kind {
        QuestionKind::SingleChoice { other, .. } => {
            view.kind = "single";
            view.other = *other;
        }
        QuestionKind::MultipleChoice {
            min, max, other, ..
        } => {
            view.kind = "multiple";
            view.other = *other;
            view.hint = if min == max {
                page.tn("consultation-hint-exactly", "count", &i64::from(*max))
            } else if *min > 1 {
                page.tr.t_nums(
                    "consultation-hint-between",
                    &[("min", i64::from(*min)), ("max", i64::from(*max))],
                )
            } else {
                page.tn("consultation-hint-at-most", "count", &i64::from(*max))
            };
        }
        QuestionKind::YesNo => view.kind = "yesno",
        QuestionKind::Rating {
            low,
            high,
            low_label,
            high_label,
        } => {
            view.kind = "rating";
            let given = match response {
                Some(Reply::Rating { value }) => Some(*value),
                _ => None,
            };
            view.values = (*low..=*high).map(|v| (v, given == Some(v))).collect();
            view.low_label = worded(low_label, language);
            view.high_label = worded(high_label, language);
        }
        QuestionKind::Ranking { choices, top } => {
            view.kind = "ranking";
            let ranked = top.unwrap_or(u32::try_from(choices.len()).unwrap_or(0));
            let order: Vec<u32> = match response {
                Some(Reply::Ranking { order }) => order.clone(),
                _ => Vec::new(),
            };
            view.places = (1..=ranked)
                .map(|p| (p, order.get(p as usize - 1).copied().unwrap_or(0)))
                .collect();
            view.hint = page.tn("consultation-hint-rank", "count", &i64::from(ranked));
        }
        QuestionKind::FreeText { max_chars } => {
            view.kind = "text";
            view.max_chars = *max_chars;
            view.hint = page.tn(
                "consultation-hint-characters",
                "count",
                &i64::from(*max_chars),
            );
        }
    }
    view
}

/// A form's answers as the core reads them. A value that names nothing (a forged id,
/// a word where a number goes) is passed on as something the question cannot take, so
/// the core names the problem; a field of a question the consultation does not ask is
/// an answer to an unknown question.
pub fn answers_from_form(consultation: &Consultation, pairs: &[(String, String)]) -> AnswerSet {
    let mut fields: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut unknown = BTreeSet::new();
    for (name, value) in pairs {
        fields
            .entry(name.as_str())
            .or_default()
            .push(value.as_str());
        if let Some(rest) = name.strip_prefix('q') {
            let id = rest.split('-').next().unwrap_or_default();
            match id.parse::<u32>() {
                Ok(id) if consultation.question(id).is_none() => {
                    unknown.insert(id);
                }
                _ => {}
            }
        }
    }
    let first = |name: &str| -> Option<&str> {
        fields
            .get(name)
            .and_then(|v| v.first().copied())
            .filter(|v| !v.trim().is_empty())
    };
    let choice = |v: &str| v.trim().parse::<u32>().unwrap_or(u32::MAX);
    let mut answers = Vec::new();
    for q in consultation.questions() {
        let name = format!("q{}", q.id);
        let other_name = format!("q{}-other", q.id);
        let response = match &q.kind {
            QuestionKind::SingleChoice { .. } => {
                let picked = first(&name);
                let other = first(&other_name).map(str::to_string);
                match picked {
                    None => None,
                    Some("other") => Some(Reply::Choices {
                        chosen: Vec::new(),
                        other,
                    }),
                    Some(v) => Some(Reply::Choices {
                        chosen: vec![choice(v)],
                        other: None,
                    }),
                }
            }
            QuestionKind::MultipleChoice { .. } => {
                let chosen: Vec<u32> = fields
                    .get(name.as_str())
                    .map(|vs| {
                        vs.iter()
                            .filter(|v| !v.trim().is_empty())
                            .map(|v| choice(v))
                            .collect()
                    })
                    .unwrap_or_default();
                let other = first(&other_name).map(str::to_string);
                (!chosen.is_empty() || other.is_some()).then_some(Reply::Choices { chosen, other })
            }
            QuestionKind::YesNo => first(&name).map(|v| match v {
                "yes" => Reply::YesNo { yes: true },
                "no" => Reply::YesNo { yes: false },
                _ => Reply::Text {
                    text: v.to_string(),
                },
            }),
            QuestionKind::Rating { .. } => first(&name).map(|v| Reply::Rating {
                value: v.trim().parse().unwrap_or(u8::MAX),
            }),
            QuestionKind::Ranking { choices, top } => {
                let ranked = top.unwrap_or(u32::try_from(choices.len()).unwrap_or(0));
                let order: Vec<u32> = (1..=ranked
                    .min(gemeng_core::consultation::CHOICES_MAX as u32))
                    .filter_map(|p| first(&format!("q{}-r{p}", q.id)).map(choice))
                    .collect();
                (!order.is_empty()).then_some(Reply::Ranking { order })
            }
            QuestionKind::FreeText { .. } => first(&name).map(|v| Reply::Text {
                text: v.to_string(),
            }),
        };
        if let Some(response) = response {
            answers.push(Answer {
                question: q.id,
                response,
            });
        }
    }
    for question in unknown {
        answers.push(Answer {
            question,
            response: Reply::Text {
                text: String::new(),
            },
        });
    }
    AnswerSet { answers }
}

#[derive(Template)]
#[template(path = "channel/consultations/answer.html")]
struct AnswerPage {
    page: Page,
    base: String,
    id: i64,
    view: AnswerView,
    /// Other languages it is worded in: (code, name).
    languages: Vec<(&'static str, String)>,
    state: &'static str,
    last_day: i64,
    anonymous: bool,
    /// The resident answered: a named answer can still be changed, an anonymous not.
    answered: bool,
    may_answer: bool,
    results: bool,
    request_key: String,
    problems: usize,
    notice: Option<&'static str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    lang: String,
    done: String,
}

const RESIDENT_NOTICES: &[(&str, &str)] = &[("answered", "consultation-answered")];

async fn answer_page(
    visit: &Visit,
    loaded: &Loaded,
    language: Language,
    given: &[Answer],
    errors: BTreeMap<u32, Vec<String>>,
    notice_of: Option<&'static str>,
) -> AppResult<AnswerPage> {
    let app = &visit.app;
    let me = visit.viewer.as_ref().expect("checked");
    let page = visit
        .page_at(
            "consultation-answer-title",
            &format!("{}/{}", resident_base(visit), loaded.id()),
        )
        .await?;
    let answered = store::has_answered(&app.db, loaded.id(), me.id).await?;
    let stored_answers;
    let given = if given.is_empty() && !loaded.consultation.anonymous {
        stored_answers = store::named_answers_of(&app.db, loaded.id(), me.id)
            .await?
            .and_then(|a| serde_json::from_str::<AnswerSet>(&a.answers).ok())
            .map(|s| s.answers)
            .unwrap_or_default();
        &stored_answers[..]
    } else {
        given
    };
    let at = now();
    let view = answer_view(&page, loaded, language, given, &errors);
    let languages = loaded
        .consultation
        .title
        .languages()
        .into_iter()
        .filter(|l| l.code() != view.language)
        .map(|l| (l.code(), crate::http::i18n::Tr::new(l).t("language-name")))
        .collect();
    let may_answer =
        loaded.consultation.is_open(at) && !(answered && loaded.consultation.anonymous);
    Ok(AnswerPage {
        base: resident_base(visit),
        id: loaded.id(),
        view,
        languages,
        state: loaded.state(at),
        last_day: loaded.stored.closes_at - 1,
        anonymous: loaded.consultation.anonymous,
        answered,
        may_answer,
        results: super::residents_see_results(loaded),
        request_key: new_request_key(),
        problems: errors.values().map(Vec::len).sum(),
        notice: notice_of,
        page,
    })
}

pub async fn show_to_resident(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<ShowQuery>,
) -> AppResult<Response> {
    let visit = resident_visit(&app, ctx, &slug).await?;
    let me = visit.viewer.clone().expect("checked");
    let loaded = super::for_resident(&app, &visit.commune, &me, id).await?;
    let language = Language::from_code(&query.lang).unwrap_or(visit.language());
    let page = answer_page(
        &visit,
        &loaded,
        language,
        &[],
        BTreeMap::new(),
        notice(&query.done, RESIDENT_NOTICES),
    )
    .await?;
    render(&page)
}

pub async fn answer_form(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = resident_visit(&app, ctx, &slug).await?;
    let me = visit.viewer.clone().expect("checked");
    let loaded = super::for_resident(&app, &visit.commune, &me, id).await?;
    let set = answers_from_form(&loaded.consultation, &pairs);
    let key = pairs
        .iter()
        .find(|(n, _)| n == "request_key")
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    let language = pairs
        .iter()
        .find(|(n, _)| n == "lang")
        .and_then(|(_, v)| Language::from_code(v))
        .unwrap_or(visit.language());
    match answer(&app, &loaded, &me, &set, key).await? {
        Ok(_) => Ok(see_other(&format!(
            "{}/{id}?done=answered",
            resident_base(&visit)
        ))),
        Err(AnswerRefusal::Refused(refusal)) => Err(super::refusal_error(refusal)),
        Err(AnswerRefusal::Invalid(problems)) => {
            let tr = crate::http::i18n::Tr::new(visit.language());
            let mut errors: BTreeMap<u32, Vec<String>> = BTreeMap::new();
            let mut forged = Vec::new();
            for p in &problems {
                let (question, message) = answer_problem(&tr, p);
                if loaded.consultation.question(question).is_some() {
                    errors.entry(question).or_default().push(message);
                } else {
                    forged.push(message);
                }
            }
            if !forged.is_empty() && errors.is_empty() {
                // Only questions the consultation does not ask: a forged form.
                return Err(AppError::BadRequest("consultation-error-form"));
            }
            let page = answer_page(&visit, &loaded, language, &set.answers, errors, None).await?;
            render_invalid(&page)
        }
    }
}

pub async fn resident_results(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<ResultsQuery>,
) -> AppResult<Response> {
    let visit = resident_visit(&app, ctx, &slug).await?;
    let me = visit.viewer.clone().expect("checked");
    let loaded = super::for_resident(&app, &visit.commune, &me, id).await?;
    if !super::residents_see_results(&loaded) {
        return Err(AppError::NotFound);
    }
    let base = format!("{}/{id}", resident_base(&visit));
    results_page(
        &visit,
        &loaded,
        &query,
        &format!("{base}/results"),
        base,
        false,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_and_write_back() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(parse_day("2026-11-28"), Some(20_785));
        assert_eq!(day_text(20_785), "2026-11-28");
        assert_eq!(parse_day("2026-02-29"), None);
        assert_eq!(
            parse_day("2024-02-29").map(day_text).as_deref(),
            Some("2024-02-29")
        );
        for bad in [
            "",
            "2026-1-01",
            "2026-13-01",
            "x",
            "2026-12-01-01",
            "1969-12-31",
        ] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }
}
