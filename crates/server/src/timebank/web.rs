//! The time bank's pages for members: the balance and what waits for an answer,
//! joining (accepting the rules), recording an exchange, answering proposals, giving
//! minutes, and the statement (on screen and as CSV). The pages call the same
//! services as the API.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use gemeng_core::ledger::Rules;
use gemeng_core::permissions::Action;
use gemeng_core::timebank::CATEGORIES;
use gemeng_core::validation::FieldErrors;
use gemeng_db::timebank::{self as store, LedgerAccount, Proposal, StatementLine};
use serde::Deserialize;

use super::api::STATEMENT_PAGE;
use super::ledger::Answer;
use super::member_field::{resolve, MemberField};
use super::{AnswerInput, Direction, GiftInput, Member, ProposalInput};
use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{notice, render, render_invalid, see_other, Done, Visit};
use crate::neighbourhood::posts::new_request_key;

/// A member's visit to the time bank: checked by the route's guard, and here again.
pub(super) struct Visitor {
    pub(super) visit: Visit,
}

impl Visitor {
    pub(super) async fn load(app: &App, ctx: Ctx, slug: &str) -> AppResult<Visitor> {
        let visit = Visit::load(app, ctx, slug).await?;
        visit.require(Action::UseTimeBank)?;
        Ok(Visitor { visit })
    }

    pub(super) fn member(&self) -> Member<'_> {
        Member {
            app: &self.visit.app,
            commune: &self.visit.commune,
            account: self
                .visit
                .viewer
                .as_ref()
                .expect("a member is signed in (checked by load)"),
        }
    }

    pub(super) fn base(&self) -> String {
        format!("/c/{}/timebank", self.visit.commune.slug)
    }

    /// Their ledger account; the home page (to join) otherwise.
    async fn joined(&self) -> AppResult<Result<LedgerAccount, Response>> {
        Ok(match self.member().ledger_account().await? {
            Some(account) => Ok(account),
            None => Err(see_other(&self.base())),
        })
    }
}

/// A proposal as the home page lists it.
pub struct ProposalView {
    pub id: i64,
    pub with_name: String,
    pub you_pay: bool,
    pub amount: i64,
    pub memo: String,
    /// The category's name in the reader's language.
    pub category: String,
    pub expires_at: i64,
    /// The caller answers it (otherwise they wait, and may cancel).
    pub yours_to_answer: bool,
}

#[derive(Template)]
#[template(path = "timebank/home.html")]
struct HomePage {
    page: Page,
    base: String,
    rules: Rules,
    proposal_hours: i64,
    account: Option<LedgerAccount>,
    to_answer: Vec<ProposalView>,
    waiting: Vec<ProposalView>,
    notice: Option<&'static str>,
    error: Option<String>,
}

const NOTICES: &[(&str, &str)] = &[
    ("joined", "timebank-joined"),
    ("proposed", "timebank-proposed"),
    ("confirmed", "timebank-confirmed"),
    ("declined", "timebank-declined"),
    ("cancelled", "timebank-cancelled"),
    ("given", "timebank-given"),
];

async fn pending(
    app: &App,
    page: &Page,
    me: &LedgerAccount,
) -> AppResult<(Vec<ProposalView>, Vec<ProposalView>)> {
    let at = now();
    let proposals: Vec<Proposal> = store::proposals_of(&app.db, me.id, 200)
        .await?
        .into_iter()
        .filter(|p| p.state == "pending" && p.expires_at > at)
        .collect();
    let others: Vec<i64> = proposals
        .iter()
        .map(|p| {
            if p.proposer == me.id {
                p.counterpart
            } else {
                p.proposer
            }
        })
        .collect();
    let holders = store::holders(&app.db, &others).await?;
    let (mut to_answer, mut waiting) = (Vec::new(), Vec::new());
    for (p, other) in proposals.into_iter().zip(others) {
        let view = ProposalView {
            id: p.id,
            with_name: holders
                .get(&other)
                .map(|h| h.name.clone())
                .unwrap_or_default(),
            you_pay: p.payer == me.id,
            amount: p.amount,
            memo: p.memo,
            category: page.t(&format!("timebank-category-{}", p.category)),
            expires_at: p.expires_at,
            yours_to_answer: p.counterpart == me.id,
        };
        if view.yours_to_answer {
            to_answer.push(view);
        } else {
            waiting.push(view);
        }
    }
    Ok((to_answer, waiting))
}

async fn home_page(
    visitor: &Visitor,
    notice: Option<&'static str>,
    error: Option<String>,
) -> AppResult<HomePage> {
    let app = &visitor.visit.app;
    let page = visitor.visit.page("timebank-title").await?;
    let account = visitor.member().ledger_account().await?;
    let (to_answer, waiting) = match &account {
        Some(me) => pending(app, &page, me).await?,
        None => (Vec::new(), Vec::new()),
    };
    let rules = store::rules(&app.db, visitor.visit.commune.id)
        .await?
        .unwrap_or_default();
    Ok(HomePage {
        page,
        base: visitor.base(),
        proposal_hours: rules.proposal_ttl / 3600,
        rules,
        account,
        to_answer,
        waiting,
        notice,
        error,
    })
}

pub async fn home(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    render(&home_page(&visitor, notice(&done.done, NOTICES), None).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct JoinForm {
    /// The box "I accept the rules", which must be ticked.
    accept: String,
}

pub async fn join(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<JoinForm>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    if form.accept != "yes" {
        let page = home_page(&visitor, None, Some("timebank-error-accept".into())).await?;
        return render_invalid(&page);
    }
    visitor.member().join().await?;
    Ok(see_other(&format!("{}?done=joined", visitor.base())))
}

/// A category with its label, for the forms.
pub struct CategoryChoice {
    pub value: &'static str,
    pub label: String,
}

pub(crate) fn categories(page: &Page) -> Vec<CategoryChoice> {
    CATEGORIES
        .iter()
        .map(|c| CategoryChoice {
            value: c,
            label: page.t(&format!("timebank-category-{c}")),
        })
        .collect()
}

/// The exchange form's fields as typed (numbers kept as text, to show them back).
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ExchangeForm {
    with: String,
    /// A name typed instead of a member chosen (a large time bank).
    with_name: String,
    direction: String,
    amount: String,
    memo: String,
    category: String,
    request_key: String,
}

#[derive(Template)]
#[template(path = "timebank/exchange.html")]
struct ExchangePage {
    page: Page,
    base: String,
    members: MemberField,
    categories: Vec<CategoryChoice>,
    form: ExchangeForm,
    errors: FieldErrors,
}

/// What a form's number field holds: a whole number, a fraction, or nothing usable.
pub(crate) fn number(text: &str) -> WholeNumber {
    let text = text.trim().replace([' ', '\u{a0}', '\u{202f}'], "");
    match text.parse::<i64>() {
        Ok(n) => WholeNumber::Whole(n),
        Err(_) => match text.replace(',', ".").parse::<f64>() {
            Ok(f) if f.is_finite() && f.fract() != 0.0 => WholeNumber::Fraction,
            Ok(f) if f.is_finite() && f.abs() < 9.2e18 => WholeNumber::Whole(f as i64),
            Ok(f) if f.is_finite() => WholeNumber::OutOfRange(f < 0.0),
            // Nothing, words or signs where a number belongs: not a positive amount.
            _ => WholeNumber::Whole(0),
        },
    }
}

/// The member field of the visitor's forms, `chosen` already chosen.
async fn members_for(app: &App, visitor: &Visitor, chosen: &str) -> AppResult<MemberField> {
    MemberField::load(
        app,
        visitor.visit.commune.id,
        visitor.member().account.id,
        chosen,
    )
    .await
}

/// Whom the visitor's member field names, or the problem to show with the field.
async fn member_named(
    app: &App,
    visitor: &Visitor,
    chosen: &str,
    typed: &str,
) -> AppResult<Result<String, (&'static str, MemberField)>> {
    resolve(
        app,
        visitor.visit.commune.id,
        visitor.member().account.id,
        chosen,
        typed,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExchangeQuery {
    with: String,
}

pub async fn exchange_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<ExchangeQuery>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    if let Err(join_first) = visitor.joined().await? {
        return Ok(join_first);
    }
    let page = visitor.visit.page("timebank-exchange-title").await?;
    render(&ExchangePage {
        categories: categories(&page),
        page,
        base: visitor.base(),
        members: members_for(&app, &visitor, &query.with).await?,
        form: ExchangeForm {
            with: crate::http::web::bounded(query.with, 20),
            direction: "ask".into(),
            request_key: new_request_key(),
            ..ExchangeForm::default()
        },
        errors: FieldErrors::new(),
    })
}

pub async fn exchange(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ExchangeForm>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    if let Err(join_first) = visitor.joined().await? {
        return Ok(join_first);
    }
    let exchange_page = |members: MemberField, form: ExchangeForm, errors: FieldErrors| async {
        let page = visitor
            .visit
            .page_at(
                "timebank-exchange-title",
                &format!("{}/exchange", visitor.base()),
            )
            .await?;
        render_invalid(&ExchangePage {
            categories: categories(&page),
            page,
            base: visitor.base(),
            members,
            form,
            errors,
        })
    };
    let with = match member_named(&app, &visitor, &form.with, &form.with_name).await? {
        Ok(with) => with,
        Err((message, members)) => {
            return exchange_page(members, form, FieldErrors::single("with", message)).await
        }
    };
    let input = ProposalInput {
        with: number(&with),
        direction: if form.direction == "pay" {
            Direction::Pay
        } else {
            Direction::Ask
        },
        amount: number(&form.amount),
        memo: form.memo.clone(),
        category: form.category.clone(),
        request_key: form.request_key.clone(),
    };
    match visitor.member().propose(&input).await? {
        Ok(_) => Ok(see_other(&format!("{}?done=proposed", visitor.base()))),
        Err(errors) => {
            let members = members_for(&app, &visitor, &with).await?;
            let form = ExchangeForm { with, ..form };
            exchange_page(members, form, errors).await
        }
    }
}

/// Answers a proposal from the home page's buttons; a refusal is shown there.
async fn answer(
    app: App,
    ctx: Ctx,
    slug: String,
    id: i64,
    answer: Answer,
    form: AnswerForm,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    let input = AnswerInput {
        request_key: form.request_key,
    };
    match visitor.member().answer(id, answer, &input).await {
        Ok((proposal, _)) => Ok(see_other(&format!(
            "{}?done={}",
            visitor.base(),
            proposal.state
        ))),
        Err(AppError::Invalid(errors)) => {
            let Some(message) = errors.0.first().map(|e| e.message) else {
                return Err(AppError::Invalid(errors));
            };
            let page = home_page(&visitor, None, Some(message.to_string())).await?;
            render_invalid(&page)
        }
        Err(other) => Err(other),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    request_key: String,
}

pub async fn confirm(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> AppResult<Response> {
    answer(app, ctx, slug, id, Answer::Confirm, form).await
}

pub async fn decline(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> AppResult<Response> {
    answer(app, ctx, slug, id, Answer::Decline, form).await
}

pub async fn cancel(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> AppResult<Response> {
    answer(app, ctx, slug, id, Answer::Cancel, form).await
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct GiftForm {
    to: String,
    /// A name typed instead of a member chosen (a large time bank).
    to_name: String,
    amount: String,
    memo: String,
    request_key: String,
}

#[derive(Template)]
#[template(path = "timebank/gift.html")]
struct GiftPage {
    page: Page,
    base: String,
    members: MemberField,
    balance: i64,
    form: GiftForm,
    errors: FieldErrors,
}

pub async fn gift_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    let me = match visitor.joined().await? {
        Ok(me) => me,
        Err(join_first) => return Ok(join_first),
    };
    render(&GiftPage {
        page: visitor.visit.page("timebank-gift-title").await?,
        base: visitor.base(),
        members: members_for(&app, &visitor, "").await?,
        balance: me.balance,
        form: GiftForm {
            request_key: new_request_key(),
            ..GiftForm::default()
        },
        errors: FieldErrors::new(),
    })
}

pub async fn gift(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<GiftForm>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    let me = match visitor.joined().await? {
        Ok(me) => me,
        Err(join_first) => return Ok(join_first),
    };
    let gift_page = |members: MemberField, form: GiftForm, errors: FieldErrors| async {
        render_invalid(&GiftPage {
            page: visitor
                .visit
                .page_at("timebank-gift-title", &format!("{}/gift", visitor.base()))
                .await?,
            base: visitor.base(),
            members,
            balance: me.balance,
            form,
            errors,
        })
    };
    let to = match member_named(&app, &visitor, &form.to, &form.to_name).await? {
        Ok(to) => to,
        Err((message, members)) => {
            return gift_page(members, form, FieldErrors::single("to", message)).await
        }
    };
    let input = GiftInput {
        to: number(&to),
        amount: number(&form.amount),
        memo: form.memo.clone(),
        request_key: form.request_key.clone(),
    };
    match visitor.member().give(&input).await? {
        Ok(_) => Ok(see_other(&format!("{}?done=given", visitor.base()))),
        Err(errors) => {
            let members = members_for(&app, &visitor, &to).await?;
            gift_page(members, GiftForm { to, ..form }, errors).await
        }
    }
}

/// A statement line with the other party's name and the kind's name.
pub struct LineView {
    pub line: StatementLine,
    pub with_name: String,
    pub kind: String,
}

#[derive(Template)]
#[template(path = "timebank/statement.html")]
struct StatementPage {
    page: Page,
    base: String,
    balance: i64,
    lines: Vec<LineView>,
    first_page: Option<String>,
    next: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatementQuery {
    before: Option<i64>,
}

async fn named(
    app: &App,
    page: &Page,
    commune_id: i64,
    lines: Vec<StatementLine>,
) -> AppResult<Vec<LineView>> {
    let others: Vec<i64> = lines.iter().map(|l| l.other_account).collect();
    let holders = store::holders(&app.db, &others).await?;
    let desk = store::commune_account_of(&app.db, commune_id).await?;
    Ok(lines
        .into_iter()
        .map(|line| LineView {
            kind: page.t(&format!("timebank-kind-{}", line.kind)),
            with_name: match holders.get(&line.other_account) {
                Some(h) => h.name.clone(),
                None if Some(line.other_account) == desk => page.t("timebank-the-commune"),
                None => page.t("timebank-former-member"),
            },
            line,
        })
        .collect())
}

pub async fn statement(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<StatementQuery>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    let me = match visitor.joined().await? {
        Ok(me) => me,
        Err(join_first) => return Ok(join_first),
    };
    if query.before.is_some_and(|b| b < 1) {
        return Err(AppError::BadRequest("feed-error-cursor"));
    }
    let mut lines = store::statement(&app.db, me.id, query.before, STATEMENT_PAGE + 1).await?;
    let more = lines.len() as i64 > STATEMENT_PAGE;
    lines.truncate(STATEMENT_PAGE as usize);
    let base = visitor.base();
    let next = if more {
        lines
            .last()
            .map(|l| format!("{base}/statement?before={}", l.id))
    } else {
        None
    };
    let page = visitor.visit.page("timebank-statement-title").await?;
    render(&StatementPage {
        first_page: query.before.map(|_| format!("{base}/statement")),
        balance: me.balance,
        lines: named(&app, &page, visitor.visit.commune.id, lines).await?,
        page,
        next,
        base,
    })
}

/// A text cell of a CSV export, made harmless for spreadsheets: one starting with
/// `=`, `+`, `-`, `@` or a tab would otherwise run as a formula when opened.
pub fn csv_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A CSV file to download, named `name`.
pub fn csv_download(name: &str, rows: Vec<Vec<String>>) -> AppResult<Response> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(&row).map_err(anyhow::Error::from)?;
    }
    let body = writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}

/// The whole statement as CSV, oldest first, with the running balance.
pub async fn statement_csv(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    let me = match visitor.joined().await? {
        Ok(me) => me,
        Err(join_first) => return Ok(join_first),
    };
    let page = visitor.visit.page("timebank-statement-title").await?;
    let all = store::statement(&app.db, me.id, None, i64::MAX).await?;
    let mut lines = named(&app, &page, visitor.visit.commune.id, all).await?;
    lines.reverse();
    let mut rows = vec![[
        "timebank-csv-date",
        "timebank-csv-kind",
        "timebank-csv-with",
        "timebank-csv-memo",
        "timebank-csv-category",
        "timebank-csv-minutes",
        "timebank-csv-balance",
    ]
    .iter()
    .map(|k| page.t(k))
    .collect::<Vec<_>>()];
    for v in lines {
        rows.push(vec![
            page.date(&v.line.created_at),
            v.kind,
            csv_text(&v.with_name),
            csv_text(&v.line.memo),
            page.t(&format!("timebank-category-{}", v.line.category)),
            v.line.amount.to_string(),
            v.line.balance.to_string(),
        ]);
    }
    csv_download("gemeng-time-bank-statement.csv", rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_numbers_are_read_as_people_type_them() {
        assert_eq!(number("90"), WholeNumber::Whole(90));
        assert_eq!(number(" 1 200 "), WholeNumber::Whole(1200));
        assert_eq!(number("90.0"), WholeNumber::Whole(90));
        assert_eq!(number("1,5"), WholeNumber::Fraction);
        assert_eq!(number("1.5"), WholeNumber::Fraction);
        assert_eq!(number("-5"), WholeNumber::Whole(-5));
        assert_eq!(number("1e30"), WholeNumber::OutOfRange(false));
        assert_eq!(number(""), WholeNumber::Whole(0));
        assert_eq!(number("ninety"), WholeNumber::Whole(0));
    }

    #[test]
    fn csv_cells_never_run_as_formulas() {
        assert_eq!(csv_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_text("+1"), "'+1");
        assert_eq!(csv_text("-1"), "'-1");
        assert_eq!(csv_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_text("Garden help"), "Garden help");
    }
}
