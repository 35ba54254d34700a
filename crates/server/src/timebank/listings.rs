//! Offers and requests of services and goods, commune-wide, with an indicative value
//! in minutes: members publish them, everyone in the time bank browses and searches
//! them, their authors close them. An exchange agreed from one is then recorded as
//! any other (a proposal to its author). Here the service and its API; the pages are
//! `listings_web`.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_core::search::{fold, Query as Words};
use gemeng_core::timebank::{check_listing, LISTINGS_PER_DAY};
use gemeng_core::validation::FieldErrors;
use gemeng_db::timebank::{self as store, Listing, NewListing};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::Member;
use crate::app::{now, App};
use crate::http::api::{ApiCtx, ApiJson, ApiVisit, WholeNumber};
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;
use crate::http::text::rich_text;
use crate::neighbourhood::posts::request_key;

/// Offers and requests per page.
pub const LISTINGS_PAGE: i64 = 20;

/// An offer or a request as typed in the form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"kind": "offer", "category": "garden", "title": "Lawn mowing",
    "text": "I mow small lawns on Saturdays.", "minutes": 60, "request_key": "c3d4e5f6a1b2"}))]
pub struct ListingInput {
    /// `offer` or `request`.
    pub kind: String,
    pub category: String,
    pub title: String,
    pub text: String,
    /// The indicative value in whole minutes, if any.
    #[schema(value_type = Option<i64>)]
    pub minutes: Option<WholeNumber>,
    pub request_key: String,
}

impl Member<'_> {
    /// Publishes an offer or a request; its id, or the form's problems. Only members
    /// who joined the time bank publish.
    pub async fn publish(&self, input: &ListingInput) -> AppResult<Result<i64, FieldErrors>> {
        self.joined().await?;
        let mut errors = FieldErrors::new();
        let minutes = match input.minutes {
            None => None,
            Some(WholeNumber::Whole(m)) => Some(m),
            Some(WholeNumber::Fraction) => {
                errors.add("minutes", "timebank-error-amount-whole");
                None
            }
            Some(WholeNumber::OutOfRange(negative)) => Some(if negative { -1 } else { i64::MAX }),
        };
        let draft = match check_listing(
            &input.kind,
            &input.category,
            &input.title,
            &input.text,
            minutes,
        ) {
            Ok(draft) if errors.is_empty() => draft,
            Ok(_) => return Ok(Err(errors)),
            Err(problems) => {
                for (field, message) in problems {
                    errors.add(field, message);
                }
                return Ok(Err(errors));
            }
        };
        rate_limit(
            self.app,
            &format!("timebank-listings:{}", self.account.id),
            86_400,
            LISTINGS_PER_DAY,
        )
        .await?;
        let mut tx = self.app.begin().await?;
        let stored = store::insert_listing(
            &mut tx,
            &NewListing {
                commune_id: self.commune.id,
                author_id: self.account.id,
                kind: draft.kind.as_str(),
                category: draft.category,
                title: &draft.title,
                body: &draft.text,
                body_html: &rich_text(&draft.text),
                minutes: draft.minutes,
                search_text: &fold(&format!("{} {}", draft.title, draft.text)),
                request_key: &request_key(&input.request_key),
                at: now(),
            },
        )
        .await?;
        self.app.commit(tx).await?;
        Ok(Ok(stored.id()))
    }

    /// Closes one's own offer or request (done, or no longer wanted); one closed
    /// already stays closed. Someone else's, or one of another commune, is not found.
    pub async fn close(&self, id: i64) -> AppResult<()> {
        let listing = store::listing(&self.app.db, self.commune.id, id)
            .await?
            .filter(|l| l.author_id == self.account.id)
            .ok_or(AppError::NotFound)?;
        // Closing twice (a retry, a second tab) is done already, not an error.
        if listing.closed_at.is_some() {
            return Ok(());
        }
        let mut tx = self.app.begin().await?;
        store::close_listing(&mut tx, id, self.account.id, now()).await?;
        self.app.commit(tx).await
    }
}

/// The open offers and requests of the member's commune, of one kind or both, holding
/// the words of `q` if given (or the search's problem), before `before`.
pub async fn browse(
    app: &App,
    commune_id: i64,
    kind: &str,
    q: &str,
    before: Option<i64>,
) -> AppResult<Result<Vec<Listing>, &'static str>> {
    let kind = match kind.trim() {
        "" => None,
        given => match gemeng_core::timebank::ListingKind::parse(given) {
            Some(k) => Some(k.as_str()),
            None => return Ok(Err("timebank-error-listing-kind")),
        },
    };
    let words: Vec<String> = if q.trim().is_empty() {
        Vec::new()
    } else {
        match Words::parse(q) {
            Ok(query) => query.terms().to_vec(),
            Err(problem) => return Ok(Err(problem.message_id())),
        }
    };
    Ok(Ok(store::listings(
        &app.db,
        commune_id,
        kind,
        &words,
        before,
        LISTINGS_PAGE + 1,
    )
    .await?))
}

/// An offer or a request over the API.
#[derive(Serialize, ToSchema)]
pub struct ListingOut {
    pub id: i64,
    pub kind: String,
    pub category: String,
    pub title: String,
    pub text: String,
    pub minutes: Option<i64>,
    /// The author (their user id): the one to propose an exchange to.
    pub author: i64,
    pub author_name: String,
    pub created_at: i64,
    pub open: bool,
}

fn listing_out(l: Listing) -> ListingOut {
    ListingOut {
        id: l.id,
        kind: l.kind,
        category: l.category,
        title: l.title,
        text: l.body,
        minutes: l.minutes,
        author: l.author_id,
        author_name: l.author_name,
        created_at: l.created_at,
        open: l.closed_at.is_none(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ListingsOut {
    /// The newest first, 20 at most.
    pub listings: Vec<ListingOut>,
    /// Pass as `before` for the next page; absent on the last page.
    pub next: Option<i64>,
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListingsParams {
    /// `offer` or `request`; both when absent.
    #[param(max_length = 10)]
    pub kind: String,
    /// Words the offer or request holds (in its title or text), accents ignored.
    #[param(max_length = 200)]
    pub q: String,
    /// The `next` of the previous page, to read on.
    #[param(minimum = 1)]
    pub before: Option<i64>,
}

async fn member_visit(app: &App, ctx: ApiCtx, slug: &str) -> AppResult<ApiVisit> {
    let visit = ApiVisit::load(app, ctx, slug).await?;
    visit.require(Action::UseTimeBank)?;
    Ok(visit)
}

fn member_of<'a>(app: &'a App, visit: &'a ApiVisit) -> Member<'a> {
    Member {
        app,
        commune: &visit.commune,
        account: visit
            .caller
            .as_ref()
            .expect("a member has a token (checked by the visit)"),
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/timebank/listings", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug"), ListingsParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The commune's open offers and requests, the newest first", body = ListingsOut),
        (status = 400, description = "A malformed query string", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown kind, words too many or too long, or a `before` below 1", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    Query(params): Query<ListingsParams>,
) -> AppResult<Json<ListingsOut>> {
    let visit = member_visit(&app, ctx, &slug).await?;
    let invalid =
        |field: &'static str, message| AppError::Invalid(FieldErrors::single(field, message));
    if params.before.is_some_and(|b| b < 1) {
        return Err(invalid("before", "feed-error-cursor"));
    }
    let mut listings = browse(
        &app,
        visit.commune.id,
        &params.kind,
        &params.q,
        params.before,
    )
    .await?
    .map_err(|message| {
        let field = if message == "timebank-error-listing-kind" {
            "kind"
        } else {
            "q"
        };
        invalid(field, message)
    })?;
    let more = listings.len() as i64 > LISTINGS_PAGE;
    listings.truncate(LISTINGS_PAGE as usize);
    let next = if more {
        listings.last().map(|l| l.id)
    } else {
        None
    };
    Ok(Json(ListingsOut {
        listings: listings.into_iter().map(listing_out).collect(),
        next,
    }))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/listings", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug")),
    security(("bearer" = [])),
    request_body = ListingInput,
    responses(
        (status = 201, description = "Published (or, for a `request_key` sent before, the one published then)", body = ListingOut),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller has not joined the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A kind, category, title, text or value the rules refuse", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many offers and requests today", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn publish(
    State(app): State<App>,
    ctx: ApiCtx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<ListingInput>,
) -> AppResult<(StatusCode, Json<ListingOut>)> {
    let visit = member_visit(&app, ctx, &slug).await?;
    let id = member_of(&app, &visit)
        .publish(&input)
        .await?
        .map_err(AppError::Invalid)?;
    let listing = store::listing(&app.db, visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((StatusCode::CREATED, Json(listing_out(listing))))
}

#[utoipa::path(post, path = "/api/v1/communes/{commune}/timebank/listings/{listing}/close", tag = "timebank",
    params(("commune" = String, Path, description = "The commune's slug"), ("listing" = i64, Path, description = "The offer's or request's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Closed (or closed already): it no longer shows in the list"),
        (status = 400, description = "An id that is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only verified residents use the time bank", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such offer or request of the caller's", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn close(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let visit = member_visit(&app, ctx, &slug).await?;
    member_of(&app, &visit).close(id).await?;
    Ok(StatusCode::NO_CONTENT)
}
