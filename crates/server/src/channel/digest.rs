//! The printable weekly digest of a neighbourhood, for neighbours who are offline: a
//! resident or the commune prints it on A4 and posts it in letterboxes. It collects
//! the week's items from each capability as [`Section`]s (announcements, offers and
//! requests; later capabilities add theirs in [`collect`]) and shows no addresses and
//! no names: paper leaves the platform, and anyone may read it. Staff print every
//! neighbourhood at once, one per page.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use gemeng_core::permissions::Action;
use gemeng_core::posts::PostKind;
use gemeng_db::announcements::Audience;
use gemeng_db::neighbourhoods::Neighbourhood;

use crate::app::{now, App};
use crate::http::context::{Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::{format_date, Tr};
use crate::http::text::excerpt;
use crate::http::web::{render, Visit};

/// How far back "the week" reaches.
const WEEK: i64 = 7 * 86_400;
/// Items per section: a digest is one or two sheets, not a catalogue.
const ITEMS_MAX: usize = 12;
/// The characters of an item's text.
const TEXT_MAX: usize = 280;

/// One item of a section: what it is, its title, a few lines, its date.
pub struct Item {
    pub kind: String,
    pub title: String,
    pub text: String,
    pub when: String,
}

/// The items one capability contributes.
pub struct Section {
    pub title: String,
    pub items: Vec<Item>,
}

/// One neighbourhood's digest.
pub struct Digest {
    pub neighbourhood: String,
    pub sections: Vec<Section>,
}

/// The week's items for `n`, section by section, in the reader's language.
pub async fn collect(app: &App, visit: &Visit, n: &Neighbourhood, tr: &Tr) -> AppResult<Digest> {
    let at = now();
    let language = visit.language();
    // The commune's announcements for this neighbourhood, as its residents read them.
    let (announcements, _) =
        super::announcements::page_for(app, &visit.commune, Audience::Member(n.id), None).await?;
    let announcements = announcements
        .iter()
        .filter_map(|a| {
            let v = super::announcements::version_in(a, language, &visit.commune)?;
            Some(Item {
                kind: if a.pinned {
                    tr.t("announcement-pinned")
                } else {
                    String::new()
                },
                title: v.title.clone(),
                text: excerpt(&v.body, TEXT_MAX),
                when: format_date(a.publish_at),
            })
        })
        .take(ITEMS_MAX)
        .collect();
    // The neighbourhood's offers and requests of the week (information posts are not
    // something to answer, and stay online).
    let entries = gemeng_db::posts::feed_page(&app.db, n.id, None, None, 100, &[]).await?;
    let ids: Vec<i64> = entries
        .iter()
        .filter(|e| e.item_type == "post" && e.at >= at - WEEK)
        .map(|e| e.item_id)
        .collect();
    let mut posts = gemeng_db::posts::by_ids(&app.db, visit.commune.id, &ids).await?;
    posts.retain(|p| {
        p.deleted_at.is_none()
            && p.hidden_at.is_none()
            && *p.kind != PostKind::Information
            && !crate::neighbourhood::posts::is_done(p)
    });
    posts.sort_by_key(|p| std::cmp::Reverse(p.created_at));
    let offers = posts
        .iter()
        .take(ITEMS_MAX)
        .map(|p| Item {
            kind: tr.t(&format!("post-kind-{}", p.kind.as_str())),
            title: p.title.clone(),
            text: excerpt(&p.body, TEXT_MAX),
            when: format_date(p.created_at),
        })
        .collect();
    Ok(Digest {
        neighbourhood: n.name.clone(),
        sections: vec![
            Section {
                title: tr.t("digest-announcements"),
                items: announcements,
            },
            Section {
                title: tr.t("digest-offers"),
                items: offers,
            },
        ],
    })
}

#[derive(Template)]
#[template(path = "channel/digest.html")]
struct DigestPage {
    page: Page,
    digests: Vec<Digest>,
    /// What it is and the week it covers.
    intro: String,
}

async fn page_of(visit: &Visit, digests: Vec<Digest>) -> AppResult<Response> {
    let at = now();
    let page = visit.page("digest-title").await?;
    let intro = page.tr.t_args(
        "digest-intro",
        &[("from", &format_date(at - WEEK)), ("to", &format_date(at))],
    );
    render(&DigestPage {
        page,
        digests,
        intro,
    })
}

/// `/c/{commune}/n/{neighbourhood}/digest`: a member prints their neighbourhood's.
pub async fn neighbourhood(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, neighbourhood)): Path<(String, String)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let n = gemeng_db::neighbourhoods::by_slug(&app.db, visit.commune.id, &neighbourhood)
        .await?
        .ok_or(AppError::NotFound)?;
    visit.require(Action::ViewNeighbourhood {
        neighbourhood_id: n.id,
    })?;
    let tr = Tr::new(visit.language());
    let digest = collect(&app, &visit, &n, &tr).await?;
    page_of(&visit, vec![digest]).await
}

/// `/c/{commune}/staff/digest`: staff print every neighbourhood's, one per page.
pub async fn all(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::SpeakForCommune)?;
    let tr = Tr::new(visit.language());
    let mut digests = Vec::new();
    for n in gemeng_db::neighbourhoods::list(&app.db, visit.commune.id).await? {
        digests.push(collect(&app, &visit, &n, &tr).await?);
    }
    page_of(&visit, digests).await
}
