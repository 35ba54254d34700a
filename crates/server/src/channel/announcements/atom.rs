//! The Atom feed of a commune's public announcements, written by `atom_syndication`.
//! Each entry is the announcement in the commune's language first; its other
//! versions are linked as related links with their `hreflang`.

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::DateTime;
use gemeng_core::language::Language;
use gemeng_db::announcements::Audience;

use super::{page_for, version_in};
use crate::app::App;
use crate::http::context::Ctx;
use crate::http::error::AppResult;
use crate::http::web::Visit;

fn instant(at: i64) -> FixedDateTime {
    DateTime::from_timestamp(at, 0)
        .unwrap_or_default()
        .fixed_offset()
}

/// `/c/{commune}/announcements.atom`
pub async fn feed(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let commune = &visit.commune;
    let (mut list, _) = page_for(&app, commune, Audience::Public, None).await?;
    list.sort_by(|a, b| b.publish_at.cmp(&a.publish_at).then(b.id.cmp(&a.id)));
    let base = format!("{}/c/{}", app.config.public_base(), commune.slug);
    let language = Language::from_code(&commune.default_language).unwrap_or(Language::En);
    let tr = crate::http::i18n::Tr::new(language);
    let name = commune.name_in(language.code()).to_string();
    let entries: Vec<Entry> = list
        .iter()
        .filter_map(|a| {
            let version = version_in(a, language, commune)?;
            let url = format!("{base}/announcements/{}", a.id);
            let mut links = vec![Link {
                href: url.clone(),
                rel: "alternate".into(),
                hreflang: Some(version.language.clone()),
                mime_type: Some("text/html".into()),
                ..Link::default()
            }];
            for other in a.versions.iter().filter(|v| v.language != version.language) {
                links.push(Link {
                    href: format!("{url}?version={}", other.language),
                    // "related", not "alternate": readers open an entry's last (or
                    // first) alternate link, and the entry's own page, which links
                    // every version, is the one to open.
                    rel: "related".into(),
                    hreflang: Some(other.language.clone()),
                    mime_type: Some("text/html".into()),
                    title: Some(other.title.clone()),
                    ..Link::default()
                });
            }
            Some(Entry {
                id: url,
                title: Text::plain(version.title.clone()),
                updated: instant(a.updated_at.max(a.publish_at)),
                published: Some(instant(a.publish_at)),
                links,
                content: Some(Content {
                    lang: Some(version.language.clone()),
                    value: Some(version.body.clone()),
                    content_type: Some("text".into()),
                    ..Content::default()
                }),
                ..Entry::default()
            })
        })
        .collect();
    let updated = list
        .iter()
        .map(|a| a.updated_at.max(a.publish_at))
        .max()
        .unwrap_or_else(crate::app::now);
    let feed = Feed {
        id: format!("{base}/announcements.atom"),
        title: Text::plain(tr.t_args(
            "announcements-feed-title",
            &commune.name_args(language.code()),
        )),
        updated: instant(updated),
        authors: vec![Person {
            name: name.clone(),
            uri: Some(base.clone()),
            ..Person::default()
        }],
        links: vec![
            Link {
                href: format!("{base}/announcements.atom"),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link {
                href: format!("{base}/announcements"),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Link::default()
            },
        ],
        lang: Some(language.code().into()),
        entries,
        ..Feed::default()
    };
    Ok((
        [
            (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        feed.to_string(),
    )
        .into_response())
}
