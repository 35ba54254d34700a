//! The coordinator's pages (commune staff): the time bank's activity as charts with
//! their tables, the audit of the ledger, the rules, exchanges recorded at the
//! counter, the ledger with its reversing entries, and the ledger as CSV.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::ledger::Rules;
use gemeng_core::permissions::Action;
use gemeng_core::timebank::{activity, Activity, ExchangeRow};
use gemeng_core::validation::FieldErrors;
use gemeng_db::timebank::{self as store, Transfer};
use serde::Deserialize;

use super::coordinator::{Coordinator, CounterInput, ReversalInput, RulesInput};
use super::member_field::{resolve, MemberField};
use super::web::{csv_download, csv_text, CategoryChoice};
use crate::app::{now, App};
use crate::design::charts::{grouped, Bar, BarChart};
use crate::http::api::WholeNumber;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{notice, render, render_invalid, see_other, Done, Visit};
use crate::neighbourhood::posts::new_request_key;

/// Months the activity page shows.
pub const MONTHS: usize = 12;
/// Transfers per page of the ledger.
pub const LEDGER_LINES: i64 = 100;

struct Desk {
    visit: Visit,
}

impl Desk {
    async fn load(app: &App, ctx: Ctx, slug: &str) -> AppResult<Desk> {
        let visit = Visit::load(app, ctx, slug).await?;
        visit.require(Action::CoordinateTimeBank)?;
        Ok(Desk { visit })
    }

    fn coordinator(&self) -> Coordinator<'_> {
        Coordinator {
            app: &self.visit.app,
            commune: &self.visit.commune,
            staff: self
                .visit
                .viewer
                .as_ref()
                .expect("a coordinator is signed in (checked by load)"),
        }
    }

    fn base(&self) -> String {
        format!("/c/{}/staff/timebank", self.visit.commune.slug)
    }
}

/// The rules form's fields as typed.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct RulesForm {
    credit_limit: String,
    upper_limit: String,
    welcome_credit: String,
    proposal_hours: String,
}

impl RulesForm {
    fn of(rules: &Rules) -> RulesForm {
        RulesForm {
            credit_limit: rules.credit_limit.to_string(),
            upper_limit: rules.upper_limit.map(|u| u.to_string()).unwrap_or_default(),
            welcome_credit: rules.welcome_credit.to_string(),
            proposal_hours: (rules.proposal_ttl / 3600).to_string(),
        }
    }
}

/// A number typed in a staff form (see `web::number`).
fn typed(text: &str) -> WholeNumber {
    let text = text.trim();
    match text.parse::<i64>() {
        Ok(n) => WholeNumber::Whole(n),
        Err(_) if text.parse::<f64>().is_ok_and(|f| f.fract() != 0.0) => WholeNumber::Fraction,
        // Out of bounds for every rule, so the form says which is wrong.
        Err(_) => WholeNumber::Whole(-1),
    }
}

#[derive(Template)]
#[template(path = "timebank/desk.html")]
struct DeskPage {
    page: Page,
    base: String,
    charts: Vec<BarChart>,
    members: i64,
    sound: bool,
    sum: i64,
    rules: RulesForm,
    errors: FieldErrors,
    notice: Option<&'static str>,
}

const NOTICES: &[(&str, &str)] = &[
    ("rules", "timebank-rules-saved"),
    ("counter", "timebank-counter-recorded"),
    ("reversed", "timebank-reversed"),
];

fn charts(page: &Page, activity: &Activity) -> Vec<BarChart> {
    let month = |m: &gemeng_core::timebank::Month| format!("{:02}.{}", m.month, m.year);
    let per_month =
        |id: &str,
         title: &str,
         heading: &str,
         value: &dyn Fn(&gemeng_core::timebank::Month) -> i64| BarChart {
            id: id.into(),
            title: page.t(title),
            label_heading: page.t("timebank-chart-month"),
            value_heading: page.t(heading),
            bars: activity
                .months
                .iter()
                .map(|m| Bar {
                    label: month(m),
                    value: value(m),
                    shown: grouped(value(m)),
                })
                .collect(),
        };
    vec![
        per_month(
            "chart-exchanges",
            "timebank-chart-exchanges",
            "timebank-chart-exchanges-heading",
            &|m| m.exchanges,
        ),
        per_month(
            "chart-hours",
            "timebank-chart-hours",
            "timebank-chart-hours-heading",
            // Whole hours read better than thousands of minutes.
            &|m| m.minutes / 60,
        ),
        per_month(
            "chart-members",
            "timebank-chart-members",
            "timebank-chart-members-heading",
            &|m| m.active_members,
        ),
        BarChart {
            id: "chart-categories".into(),
            title: page.t("timebank-chart-categories"),
            label_heading: page.t("timebank-field-category"),
            value_heading: page.t("timebank-chart-exchanges-heading"),
            bars: activity
                .categories
                .iter()
                .take(8)
                .map(|c| Bar {
                    label: page.t(&format!("timebank-category-{}", c.category)),
                    value: c.exchanges,
                    shown: grouped(c.exchanges),
                })
                .collect(),
        },
    ]
}

async fn desk_page(
    desk: &Desk,
    rules: RulesForm,
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<DeskPage> {
    let app = &desk.visit.app;
    let commune = desk.visit.commune.id;
    let page = desk.visit.page("timebank-desk-title").await?;
    let at = now();
    // Thirteen months back covers the twelve shown, whatever the day.
    let rows = store::exchanges_since(&app.db, commune, at - 400 * 86_400).await?;
    let rows: Vec<ExchangeRow> = rows
        .into_iter()
        .map(|(at, amount, category, payer, payee)| ExchangeRow {
            at,
            amount,
            category,
            payer,
            payee,
        })
        .collect();
    let audit = store::audit(&app.db, commune).await?;
    Ok(DeskPage {
        charts: charts(&page, &activity(&rows, at, MONTHS)),
        page,
        base: desk.base(),
        // The commune's own account is not a member.
        members: (audit.accounts - 1).max(0),
        sound: audit.sound(),
        sum: audit.sum,
        rules,
        errors,
        notice,
    })
}

pub async fn page(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let rules = RulesForm::of(&desk.coordinator().rules().await?);
    render(
        &desk_page(
            &desk,
            rules,
            FieldErrors::new(),
            notice(&done.done, NOTICES),
        )
        .await?,
    )
}

pub async fn set_rules(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<RulesForm>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let upper = form.upper_limit.trim();
    let input = RulesInput {
        credit_limit: typed(&form.credit_limit),
        upper_limit: (!upper.is_empty()).then(|| typed(upper)),
        welcome_credit: typed(&form.welcome_credit),
        proposal_hours: typed(&form.proposal_hours),
    };
    match desk.coordinator().set_rules(&input).await? {
        Ok(_) => Ok(see_other(&format!("{}?done=rules", desk.base()))),
        Err(errors) => render_invalid(&desk_page(&desk, form, errors, None).await?),
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct CounterForm {
    payer: String,
    payee: String,
    /// Names typed instead of members chosen (a large time bank).
    payer_name: String,
    payee_name: String,
    amount: String,
    memo: String,
    category: String,
    request_key: String,
}

#[derive(Template)]
#[template(path = "timebank/counter.html")]
struct CounterPage {
    page: Page,
    base: String,
    payer: MemberField,
    payee: MemberField,
    categories: Vec<CategoryChoice>,
    form: CounterForm,
    errors: FieldErrors,
}

pub async fn counter_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let page = desk.visit.page("timebank-counter-title").await?;
    render(&CounterPage {
        categories: super::web::categories(&page),
        page,
        base: desk.base(),
        payer: MemberField::load(&app, desk.visit.commune.id, 0, "").await?,
        payee: MemberField::load(&app, desk.visit.commune.id, 0, "").await?,
        form: CounterForm {
            request_key: new_request_key(),
            ..CounterForm::default()
        },
        errors: FieldErrors::new(),
    })
}

pub async fn counter(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<CounterForm>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let commune = desk.visit.commune.id;
    let counter_page = |payer: MemberField, payee: MemberField, form: CounterForm, errors| async {
        let page = desk
            .visit
            .page_at(
                "timebank-counter-title",
                &format!("{}/counter", desk.base()),
            )
            .await?;
        render_invalid(&CounterPage {
            categories: super::web::categories(&page),
            page,
            base: desk.base(),
            payer,
            payee,
            form,
            errors,
        })
    };
    // Both fields, so that both problems show at once.
    let payer = resolve(&app, commune, 0, &form.payer, &form.payer_name).await?;
    let payee = resolve(&app, commune, 0, &form.payee, &form.payee_name).await?;
    let (payer, payee) = match (payer, payee) {
        (Ok(payer), Ok(payee)) => (payer, payee),
        (payer, payee) => {
            let mut errors = FieldErrors::new();
            let mut form = form;
            let mut shown = Vec::new();
            for (name, named) in [("payer", payer), ("payee", payee)] {
                shown.push(match named {
                    Ok(id) => {
                        let field = MemberField::load(&app, commune, 0, &id).await?;
                        // A name that found its member stays found.
                        if name == "payer" {
                            form.payer = id;
                        } else {
                            form.payee = id;
                        }
                        field
                    }
                    Err((message, field)) => {
                        errors.add(name, message);
                        field
                    }
                });
            }
            let payee = shown.pop().unwrap_or_default();
            let payer = shown.pop().unwrap_or_default();
            return counter_page(payer, payee, form, errors).await;
        }
    };
    let person = |text: &str| WholeNumber::Whole(text.trim().parse().unwrap_or(0));
    let input = CounterInput {
        payer: person(&payer),
        payee: person(&payee),
        amount: super::web::number(&form.amount),
        memo: form.memo.clone(),
        category: form.category.clone(),
        request_key: form.request_key.clone(),
    };
    match desk.coordinator().counter(&input).await? {
        Ok(_) => Ok(see_other(&format!("{}?done=counter", desk.base()))),
        Err(errors) => {
            let form = CounterForm {
                payer: payer.clone(),
                payee: payee.clone(),
                ..form
            };
            counter_page(
                MemberField::load(&app, commune, 0, &payer).await?,
                MemberField::load(&app, commune, 0, &payee).await?,
                form,
                errors,
            )
            .await
        }
    }
}

/// A transfer of the ledger as its page lists it.
pub struct TransferView {
    pub transfer: Transfer,
    pub kind: String,
    pub from: String,
    pub to: String,
    /// Whether a reversing entry may still undo it.
    pub reversible: bool,
}

#[derive(Template)]
#[template(path = "timebank/ledger.html")]
struct LedgerPage {
    page: Page,
    base: String,
    transfers: Vec<TransferView>,
    first_page: Option<String>,
    next: Option<String>,
    /// The transfer whose reversal came back refused, and why.
    refused: Option<(i64, &'static str)>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LedgerQuery {
    after: Option<i64>,
}

async fn views(app: &App, page: &Page, transfers: Vec<Transfer>) -> AppResult<Vec<TransferView>> {
    let mut accounts: Vec<i64> = transfers
        .iter()
        .flat_map(|t| [t.from_account, t.to_account])
        .collect();
    accounts.sort_unstable();
    accounts.dedup();
    let holders = store::holders(&app.db, &accounts).await?;
    let commune = transfers.first().map_or(0, |t| t.commune_id);
    let desk = store::commune_account_of(&app.db, commune).await?;
    let name = |account: i64| match holders.get(&account) {
        Some(h) => h.name.clone(),
        None if Some(account) == desk => page.t("timebank-the-commune"),
        // An account whose member's personal data was erased.
        None => page.t("timebank-former-member"),
    };
    let (low, high) = (
        transfers.first().map_or(0, |t| t.id),
        transfers.last().map_or(0, |t| t.id),
    );
    let reversed: std::collections::HashSet<i64> =
        store::reversed_between(&app.db, commune, low, high)
            .await?
            .into_iter()
            .collect();
    let mut out = Vec::with_capacity(transfers.len());
    for t in transfers {
        out.push(TransferView {
            kind: page.t(&format!("timebank-kind-{}", t.kind)),
            from: name(t.from_account),
            to: name(t.to_account),
            reversible: t.kind != "reversal" && !reversed.contains(&t.id),
            transfer: t,
        });
    }
    Ok(out)
}

async fn ledger_page(
    desk: &Desk,
    after: Option<i64>,
    refused: Option<(i64, &'static str)>,
) -> AppResult<LedgerPage> {
    let app = &desk.visit.app;
    let start = after.unwrap_or(0);
    let mut transfers =
        store::transfers_of(&app.db, desk.visit.commune.id, start, LEDGER_LINES + 1).await?;
    let more = transfers.len() as i64 > LEDGER_LINES;
    transfers.truncate(LEDGER_LINES as usize);
    let base = desk.base();
    let next = if more {
        transfers
            .last()
            .map(|t| format!("{base}/ledger?after={}", t.id))
    } else {
        None
    };
    let page = desk.visit.page("timebank-ledger-title").await?;
    Ok(LedgerPage {
        transfers: views(app, &page, transfers).await?,
        page,
        first_page: after.map(|_| format!("{base}/ledger")),
        next,
        base,
        refused,
    })
}

pub async fn ledger(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<LedgerQuery>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    if query.after.is_some_and(|a| a < 0) {
        return Err(AppError::BadRequest("feed-error-cursor"));
    }
    render(&ledger_page(&desk, query.after, None).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReversalForm {
    reason: String,
    request_key: String,
}

pub async fn reverse(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReversalForm>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let input = ReversalInput {
        reason: form.reason,
        request_key: form.request_key,
    };
    match desk.coordinator().reverse(id, &input).await? {
        Ok(_) => Ok(see_other(&format!("{}?done=reversed", desk.base()))),
        Err(errors) => {
            let Some(message) = errors.0.first().map(|e| e.message) else {
                return Err(AppError::Invalid(errors));
            };
            // Back on the page of the ledger that holds the transfer.
            render_invalid(&ledger_page(&desk, Some(id - 1), Some((id, message))).await?)
        }
    }
}

/// The whole ledger as CSV, in order.
pub async fn ledger_csv(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let page = desk.visit.page("timebank-ledger-title").await?;
    let transfers = store::transfers_of(&app.db, desk.visit.commune.id, 0, i64::MAX).await?;
    let views = views(&app, &page, transfers).await?;
    let mut rows = vec![[
        "timebank-csv-number",
        "timebank-csv-date",
        "timebank-csv-kind",
        "timebank-csv-from",
        "timebank-csv-to",
        "timebank-csv-minutes",
        "timebank-csv-memo",
        "timebank-csv-category",
        "timebank-csv-reverses",
    ]
    .iter()
    .map(|k| page.t(k))
    .collect::<Vec<_>>()];
    for v in views {
        let t = &v.transfer;
        rows.push(vec![
            t.id.to_string(),
            page.date(&t.created_at),
            v.kind.clone(),
            csv_text(&v.from),
            csv_text(&v.to),
            t.amount.to_string(),
            csv_text(&t.memo),
            page.t(&format!("timebank-category-{}", t.category)),
            t.reverses.map(|r| r.to_string()).unwrap_or_default(),
        ]);
    }
    csv_download("gemeng-time-bank-ledger.csv", rows)
}
