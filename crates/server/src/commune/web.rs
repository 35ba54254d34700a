//! The installation's home (list of communes) and each commune's public home page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::account::Residence;
use gemeng_db::communes::{self, Commune};
use gemeng_db::neighbourhoods::{self, Neighbourhood};

use crate::app::App;
use crate::http::components::Step;
use crate::http::context::{Ctx, Page};
use crate::http::error::AppResult;
use crate::http::web::{notice, render, Done, Visit};

#[derive(Template)]
#[template(path = "index.html")]
struct Index {
    page: Page,
    communes: Vec<Commune>,
}

pub async fn index(State(app): State<App>, ctx: Ctx) -> AppResult<Response> {
    let communes = communes::list(&app.db).await?;
    render(&Index {
        page: Page::plain(&ctx, "index-title"),
        communes,
    })
}

/// Announcements the commune's home page shows.
const LATEST_ANNOUNCEMENTS: usize = 3;

pub enum HomeStatus {
    Visitor,
    /// Signed in, not yet a member: the way in, step by step, and whether the e-mail
    /// (the first step) is confirmed.
    Pending(Vec<Step>, bool),
    Staff,
    /// An association's organiser account: nothing to prove, its activities to run.
    Organiser,
    /// A member: their neighbourhood's name and slug, and the way in while its last
    /// step (a first post) is still to do.
    Member(String, String, Vec<Step>),
}

#[derive(Template)]
#[template(path = "commune/home.html")]
struct Home {
    page: Page,
    commune: Commune,
    neighbourhoods: Vec<Neighbourhood>,
    status: HomeStatus,
    /// The latest announcements the visitor may read: (link, title, language).
    announcements: Vec<(String, String, String)>,
    notice: Option<&'static str>,
}

pub async fn home(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let status = match &visit.viewer {
        None => HomeStatus::Visitor,
        Some(a) if a.role().is_commune_staff() => HomeStatus::Staff,
        Some(a) if a.role() == gemeng_core::account::Role::Organiser => HomeStatus::Organiser,
        Some(a) => match a.neighbourhood_id {
            Some(id) if a.actor().is_member_of(id) => {
                match app.cache.neighbourhood(&app.db, id).await? {
                    Some(n) => HomeStatus::Member(n.name, n.slug, Vec::new()),
                    None => HomeStatus::Pending(Vec::new(), true),
                }
            }
            _ if a.residence() == Residence::Refused => HomeStatus::Visitor,
            _ => HomeStatus::Pending(Vec::new(), a.email_confirmed_at.is_some()),
        },
    };
    let page = visit.page("commune-title").await?;
    let status = match (status, &visit.viewer) {
        (HomeStatus::Pending(_, confirmed), Some(account)) => HomeStatus::Pending(
            crate::membership::web::accounts::progress(&page, account, None),
            confirmed,
        ),
        (HomeStatus::Member(name, slug, _), Some(account)) => {
            let first_post = gemeng_db::posts::first_post_at(&app.db, account.id).await?;
            let steps = match first_post {
                Some(_) => Vec::new(),
                None => crate::membership::web::accounts::progress(&page, account, None),
            };
            HomeStatus::Member(name, slug, steps)
        }
        (status, _) => status,
    };
    let page = Page {
        title: visit.commune.name_in(page.lang()).to_string(),
        ..page
    };
    // The commune's latest news, as the visitor may read it (the page lists them all).
    let audience =
        crate::channel::announcements::audience_of(visit.viewer.as_ref(), &visit.commune);
    let (latest, _) =
        crate::channel::announcements::page_for(&app, &visit.commune, audience, None).await?;
    let announcements = latest
        .iter()
        .take(LATEST_ANNOUNCEMENTS)
        .filter_map(|a| {
            let v = crate::channel::announcements::version_in(a, visit.language(), &visit.commune)?;
            Some((
                format!(
                    "/c/{}/announcements/{}?version={}",
                    visit.commune.slug, a.id, v.language
                ),
                v.title.clone(),
                v.language.clone(),
            ))
        })
        .collect();
    render(&Home {
        announcements,
        neighbourhoods: neighbourhoods::list(&app.db, visit.commune.id).await?,
        commune: visit.commune,
        page,
        status,
        notice: notice(&done.done, &[("erased", "commune-erased")]),
    })
}
