//! Searching a neighbourhood: the flow, its page and its API operation, for the
//! neighbourhood's members only.
//!
//! What is typed is read by `gemeng_core::search` (words of letters and digits, folded,
//! bounded), looked up by `gemeng_db::search` with the engine's own full-text search
//! among the posts of this neighbourhood's feed, and shown as the feed's cards. Only
//! posts the reader may open are shown (`core::posts::may_read`, as on a post's page).
//! Searches count against a per-person limit kept in the database.

use askama::Template;
use axum::extract::{Path, Query as UrlQuery, State};
use axum::response::Response;
use axum::Json;
use gemeng_core::permissions::Action;
use gemeng_core::posts as rules;
use gemeng_core::search::{self, Query, QueryError};
use gemeng_core::validation::{echo_within, FieldErrors};
use gemeng_db::accounts::Account;
use gemeng_db::neighbourhoods::Neighbourhood;
use gemeng_db::posts::{self as store, Post};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::posts::{facts, Place};
use super::web::{card, Card};
use crate::app::App;
use crate::http::api::{ApiCtx, ApiVisit};
use crate::http::auth::rate_limit;
use crate::http::context::{Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::openapi::Problem;
use crate::http::text::excerpt;
use crate::http::web::{render, render_invalid, Visit};

/// A page of results.
pub struct Results {
    pub posts: Vec<Post>,
    /// How many posts were ranked (the pages go through them).
    pub total: usize,
    pub page: usize,
    pub has_next: bool,
    /// So many posts match that only the newest were ranked: another word would help.
    pub crowded: bool,
}

impl Place<'_> {
    /// Page `page` of the posts of this neighbourhood that match `query`, best first.
    pub async fn search(&self, query: &Query, page: usize) -> AppResult<Results> {
        rate_limit(
            self.app,
            &format!("search:{}", self.account.id),
            60,
            search::SEARCHES_PER_MINUTE,
        )
        .await?;
        // The people this member blocked are left out, as from the feed.
        let inbox = self.app.cache.inbox(&self.app.db, self.account.id).await?;
        let found = gemeng_db::search::posts(
            &self.app.db,
            self.neighbourhood.id,
            query,
            &inbox.blocked,
            search::offset(page) as i64,
            search::PAGE_SIZE as i64,
        )
        .await?;
        let mut loaded = store::by_ids(&self.app.db, self.commune.id, &found.post_ids).await?;
        let reader = self.reader();
        let next =
            crate::neighbourhood::posts::next_door(self.app, Some(self.neighbourhood.id)).await?;
        let adjacent = |a: i64, b: i64| next.touch(a, b);
        // In the ranking's order; a post that changed since it was ranked and may no
        // longer be read (deleted, or its neighbourhood no longer next door) is left out.
        let mut posts = Vec::with_capacity(found.post_ids.len());
        for id in &found.post_ids {
            if let Some(i) = loaded.iter().position(|p| p.id == *id) {
                let post = loaded.swap_remove(i);
                if rules::may_read(&reader, &facts(&post), adjacent) {
                    posts.push(post);
                }
            }
        }
        let total = found.total.max(0) as usize;
        Ok(Results {
            posts,
            total,
            page,
            has_next: search::has_next_page(page, total),
            crowded: search::is_crowded(total),
        })
    }
}

/// The neighbourhood of the URL, for one of its members (else refused, as its other
/// pages are: an unknown neighbourhood and a foreign one answer alike).
async fn member_visit(
    app: &App,
    ctx: Ctx,
    slug: &str,
    nb: &str,
) -> AppResult<(Visit, Neighbourhood)> {
    let visit = Visit::load(app, ctx, slug).await?;
    let neighbourhood = super::by_slug(app, visit.commune.id, nb).await?;
    visit.require(Action::ViewNeighbourhood {
        neighbourhood_id: neighbourhood.as_ref().map(|n| n.id).unwrap_or(-1),
    })?;
    Ok((visit, neighbourhood.ok_or(AppError::NotFound)?))
}

#[derive(Template)]
#[template(path = "neighbourhood/search.html")]
struct SearchPage {
    page: Page,
    neighbourhood: Neighbourhood,
    base: String,
    /// What was typed, as the box shows it again.
    q: String,
    errors: FieldErrors,
    /// Whether a search was made (and so whether "nothing found" is news).
    searched: bool,
    cards: Vec<Card>,
    total: i64,
    crowded: bool,
    previous: Option<String>,
    next: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SearchForm {
    q: String,
    page: String,
}

/// A URL of the search page for `typed`, page `page`.
fn page_url(base: &str, typed: &str, page: usize) -> String {
    let mut url = format!("{base}/search?q={}", encode(typed));
    if page > 1 {
        url.push_str(&format!("&page={page}"));
    }
    url
}

/// `text` as a URL query value.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `GET /c/{commune}/n/{neighbourhood}/search?q=…&page=…`: the search box and, once
/// something is typed, what it finds. A query that cannot be searched comes back with
/// its reason next to the box (422), as a form would.
pub async fn page(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb)): Path<(String, String)>,
    UrlQuery(form): UrlQuery<SearchForm>,
) -> AppResult<Response> {
    let (visit, neighbourhood) = member_visit(&app, ctx, &slug, &nb).await?;
    let base = format!("/c/{}/n/{}", visit.commune.slug, neighbourhood.slug);
    let mut view = SearchPage {
        page: visit.page("search-title").await?,
        base: base.clone(),
        // What was typed, without what cannot be shown, cut where a query must end.
        q: echo_within(form.q.trim(), search::QUERY_MAX),
        errors: FieldErrors::new(),
        searched: false,
        cards: Vec::new(),
        total: 0,
        crowded: false,
        previous: None,
        next: None,
        neighbourhood,
    };
    let query = match Query::parse(&form.q) {
        Ok(query) => query,
        Err(QueryError::Empty) => return render(&view),
        Err(error) => {
            view.errors = FieldErrors::single("q", error.message_id());
            return render_invalid(&view);
        }
    };
    let page = search::page(&form.page).map_err(AppError::BadRequest)?;
    let account = visit
        .viewer
        .as_ref()
        .expect("a member is signed in (checked by require)");
    let place = Place {
        app: &app,
        commune: &visit.commune,
        neighbourhood: &view.neighbourhood,
        account,
    };
    let results = place.search(&query, page).await?;
    view.searched = true;
    view.total = results.total as i64;
    view.crowded = results.crowded;
    // The pages' links repeat the query as typed (a valid one is short).
    let typed = form.q.trim();
    view.previous = (page > 1).then(|| page_url(&base, typed, page - 1));
    view.next = results.has_next.then(|| page_url(&base, typed, page + 1));
    view.cards = results
        .posts
        .into_iter()
        .map(|p| card(&base, view.neighbourhood.id, p))
        .collect();
    render(&view)
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// The words to look for, as a person types them: accents and case do not matter,
    /// signs are ignored, the last word also matches longer words ("velo" finds
    /// "velos"). At most 200 characters and 8 distinct words.
    #[param(max_length = 200)]
    pub q: String,
    /// The page of results, from 1 (the default) to 10, 20 results each.
    #[param(minimum = 1, maximum = 10)]
    pub page: Option<i64>,
}

/// A post found by a search.
#[derive(Serialize, ToSchema)]
pub struct SearchHit {
    pub id: i64,
    /// One of information, offer-service, request-service, give, lend, borrow,
    /// offer-help, request-help.
    pub kind: String,
    /// neighbourhood, adjacent or commune.
    pub audience: String,
    /// open or done.
    pub state: String,
    pub title: String,
    /// The beginning of its text, on one line.
    pub excerpt: String,
    pub author_name: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub comment_count: i64,
    pub thanks_count: i64,
    /// Posted in another neighbourhood (an adjacent one, or for the whole commune).
    pub from_elsewhere: bool,
}

#[derive(Serialize, ToSchema)]
pub struct SearchResults {
    /// The words looked for, as the search read them (folded, each once).
    pub words: Vec<String>,
    /// Whether the last word also matched longer words.
    pub last_word_is_prefix: bool,
    pub page: i64,
    /// The next page, if there is one.
    pub next_page: Option<i64>,
    /// How many posts were ranked; the pages go through them.
    pub total: i64,
    /// So many posts match that only the newest were ranked: another word would help.
    pub crowded: bool,
    pub results: Vec<SearchHit>,
}

fn hit(here: i64, post: Post) -> SearchHit {
    SearchHit {
        id: post.id,
        kind: post.kind.as_str().to_string(),
        audience: post.audience.as_str().to_string(),
        state: post.state.as_str().to_string(),
        excerpt: excerpt(&post.body, 160),
        author_name: post.author_name,
        created_at: post.created_at,
        edited_at: post.edited_at,
        comment_count: post.comment_count,
        thanks_count: post.thanks_count,
        from_elsewhere: post.neighbourhood_id != here,
        title: post.title,
    }
}

#[utoipa::path(get, path = "/api/v1/communes/{commune}/neighbourhoods/{neighbourhood}/search", tag = "neighbourhood",
    params(("commune" = String, Path, description = "The commune's slug"), ("neighbourhood" = String, Path, description = "The neighbourhood's slug"), SearchParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The posts of the neighbourhood's feed that match, best first", body = SearchResults),
        (status = 400, description = "Malformed query string (a parameter repeated, a page that is not a number)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token for this commune", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a verified member of this neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such commune or neighbourhood", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Nothing to search for, too long, too many words, or no such page", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many searches: wait the number of seconds in Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn api(
    State(app): State<App>,
    ctx: ApiCtx,
    Path((slug, nb)): Path<(String, String)>,
    UrlQuery(params): UrlQuery<SearchParams>,
) -> AppResult<Json<SearchResults>> {
    let visit = ApiVisit::load(&app, ctx, &slug).await?;
    let found = super::by_slug(&app, visit.commune.id, &nb).await?;
    let account: &Account = visit.require(Action::ViewNeighbourhood {
        neighbourhood_id: found.as_ref().map(|n| n.id).unwrap_or(-1),
    })?;
    let neighbourhood = found.ok_or(AppError::NotFound)?;
    let invalid = |field: &'static str, message: &'static str| {
        AppError::Invalid(FieldErrors::single(field, message))
    };
    let query = Query::parse(&params.q).map_err(|e| invalid("q", e.message_id()))?;
    let page = search::page(&params.page.unwrap_or(1).to_string())
        .map_err(|message| invalid("page", message))?;
    let place = Place {
        app: &app,
        commune: &visit.commune,
        neighbourhood: &neighbourhood,
        account,
    };
    let results = place.search(&query, page).await?;
    Ok(Json(SearchResults {
        words: query.terms().to_vec(),
        last_word_is_prefix: query.prefix(),
        page: page as i64,
        next_page: results.has_next.then_some(page as i64 + 1),
        total: results.total as i64,
        crowded: results.crowded,
        results: results
            .posts
            .into_iter()
            .map(|p| hit(neighbourhood.id, p))
            .collect(),
    }))
}
