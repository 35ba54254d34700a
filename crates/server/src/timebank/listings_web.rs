//! The pages of offers and requests: the commune's list with its search, a form to
//! publish one, and closing one's own. From an offer or a request, a member proposes
//! the exchange to its author with the ordinary exchange form.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::timebank::ListingKind;
use gemeng_core::validation::FieldErrors;
use gemeng_db::timebank::Listing;
use serde::Deserialize;

use super::listings::{browse, ListingInput, LISTINGS_PAGE};
use super::web::{number, CategoryChoice, Visitor};
use crate::app::App;
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{bounded, notice, render, render_invalid, see_other, NoFields};
use crate::neighbourhood::posts::new_request_key;

/// An offer or a request as the list shows it.
pub struct ListingView {
    pub listing: Listing,
    pub kind: String,
    pub category: String,
    pub mine: bool,
}

#[derive(Template)]
#[template(path = "timebank/listings.html")]
struct ListPage {
    page: Page,
    base: String,
    listings: Vec<ListingView>,
    kind: String,
    q: String,
    error: Option<&'static str>,
    first_page: Option<String>,
    next: Option<String>,
    notice: Option<&'static str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    kind: String,
    q: String,
    before: Option<i64>,
    done: String,
}

const NOTICES: &[(&str, &str)] = &[
    ("published", "timebank-listing-published"),
    ("closed", "timebank-listing-closed"),
];

pub async fn list(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    if query.before.is_some_and(|b| b < 1) {
        return Err(AppError::BadRequest("feed-error-cursor"));
    }
    let (kind, q) = (bounded(query.kind, 10), bounded(query.q, 200));
    let page = visitor.visit.page("timebank-listings-title").await?;
    let base = visitor.base();
    let me = visitor.member().account.id;
    let found = browse(&app, visitor.visit.commune.id, &kind, &q, query.before).await?;
    let (mut listings, error) = match found {
        Ok(listings) => (listings, None),
        Err(message) => (Vec::new(), Some(message)),
    };
    let more = listings.len() as i64 > LISTINGS_PAGE;
    listings.truncate(LISTINGS_PAGE as usize);
    let search = serde_urlencoded::to_string([("kind", kind.as_str()), ("q", q.as_str())])
        .unwrap_or_default();
    let next = if more {
        listings
            .last()
            .map(|l| format!("{base}/listings?{search}&before={}", l.id))
    } else {
        None
    };
    let views = listings
        .into_iter()
        .map(|listing| ListingView {
            kind: page.t(&format!("timebank-listing-{}", listing.kind)),
            category: page.t(&format!("timebank-category-{}", listing.category)),
            mine: listing.author_id == me,
            listing,
        })
        .collect();
    let status_error = error.is_some();
    let list = ListPage {
        page,
        first_page: query.before.map(|_| format!("{base}/listings?{search}")),
        base,
        listings: views,
        kind,
        q,
        error,
        next,
        notice: notice(&query.done, NOTICES),
    };
    if status_error {
        render_invalid(&list)
    } else {
        render(&list)
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ListingForm {
    kind: String,
    category: String,
    title: String,
    text: String,
    minutes: String,
    request_key: String,
}

#[derive(Template)]
#[template(path = "timebank/listing_form.html")]
struct FormPage {
    page: Page,
    base: String,
    kinds: Vec<(&'static str, String)>,
    categories: Vec<CategoryChoice>,
    form: ListingForm,
    errors: FieldErrors,
}

fn form_page(page: Page, base: String, form: ListingForm, errors: FieldErrors) -> FormPage {
    FormPage {
        kinds: ListingKind::ALL
            .iter()
            .map(|k| {
                (
                    k.as_str(),
                    page.t(&format!("timebank-listing-{}", k.as_str())),
                )
            })
            .collect(),
        categories: super::web::categories(&page),
        page,
        base,
        form,
        errors,
    }
}

pub async fn new(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    if visitor.member().ledger_account().await?.is_none() {
        return Ok(see_other(&visitor.base()));
    }
    let form = ListingForm {
        kind: "offer".into(),
        request_key: new_request_key(),
        ..ListingForm::default()
    };
    let page = visitor.visit.page("timebank-listing-new-title").await?;
    render(&form_page(page, visitor.base(), form, FieldErrors::new()))
}

pub async fn publish(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ListingForm>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    if visitor.member().ledger_account().await?.is_none() {
        return Ok(see_other(&visitor.base()));
    }
    let input = ListingInput {
        kind: form.kind.clone(),
        category: form.category.clone(),
        title: form.title.clone(),
        text: form.text.clone(),
        minutes: (!form.minutes.trim().is_empty()).then(|| number(&form.minutes)),
        request_key: form.request_key.clone(),
    };
    match visitor.member().publish(&input).await? {
        Ok(_) => Ok(see_other(&format!(
            "{}/listings?done=published",
            visitor.base()
        ))),
        Err(errors) => {
            let page = visitor
                .visit
                .page_at(
                    "timebank-listing-new-title",
                    &format!("{}/listings/new", visitor.base()),
                )
                .await?;
            render_invalid(&form_page(page, visitor.base(), form, errors))
        }
    }
}

pub async fn close(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visitor = Visitor::load(&app, ctx, &slug).await?;
    visitor.member().close(id).await?;
    Ok(see_other(&format!(
        "{}/listings?done=closed",
        visitor.base()
    )))
}
