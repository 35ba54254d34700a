//! The pages of announcements: the list everyone reads (what they may read of it),
//! one announcement in each of its languages, and staff's desk, form and withdrawal.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::announcements::{is_live, BODY_MAX, TITLE_MAX};
use gemeng_core::language::Language;
use gemeng_core::permissions::Action;
use gemeng_core::validation::FieldErrors;
use gemeng_db::announcements::{self as store, Announcement, Audience};
use gemeng_db::neighbourhoods::Neighbourhood;
use serde::Deserialize;

use super::{
    audience_of, count_reading, cursor_text, page_for, parse_cursor, readable, version_in,
    AnnouncementInput, Speaker, VersionIn,
};
use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::clock::{format_local, input_value, parse_local};
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::http::text::{excerpt, rich_text};
use crate::http::web::{bounded, notice, render, render_invalid, see_other, NoFields, Visit};
use crate::neighbourhood::posts::new_request_key;

/// The characters of a list's excerpt.
const EXCERPT: usize = 240;

/// An announcement as a page shows it, in the version chosen for its reader.
pub struct Shown {
    pub id: i64,
    pub language: String,
    pub title: String,
    pub excerpt: String,
    pub body_html: String,
    pub pinned: bool,
    pub public: bool,
    pub when: String,
    /// "For the whole commune" or "For Gare, Kirchberg".
    pub target: String,
    /// The other versions: (language code, the language's own name).
    pub others: Vec<(String, String)>,
}

fn shown(
    a: &Announcement,
    language: Language,
    visit: &Visit,
    names: &[Neighbourhood],
    tr: &Tr,
) -> Option<Shown> {
    let version = version_in(a, language, &visit.commune)?;
    let target = if a.whole_commune {
        tr.t("announcement-for-commune")
    } else {
        let chosen: Vec<&str> = names
            .iter()
            .filter(|n| a.neighbourhoods.contains(&n.id))
            .map(|n| n.name.as_str())
            .collect();
        tr.t1(
            "announcement-for-neighbourhoods",
            "names",
            &chosen.join(", "),
        )
    };
    Some(Shown {
        id: a.id,
        language: version.language.clone(),
        title: version.title.clone(),
        excerpt: excerpt(&version.body, EXCERPT),
        body_html: rich_text(&version.body),
        pinned: a.pinned,
        public: a.is_public,
        when: format_local(a.publish_at),
        target,
        others: a
            .versions
            .iter()
            .filter(|v| v.language != version.language)
            .filter_map(|v| Language::from_code(&v.language))
            .map(|l| (l.code().to_string(), Tr::new(l).t("language-name")))
            .collect(),
    })
}

fn base(visit: &Visit) -> String {
    format!("/c/{}/announcements", visit.commune.slug)
}

#[derive(Template)]
#[template(path = "channel/announcements/list.html")]
struct ListPage {
    page: Page,
    base: String,
    items: Vec<Shown>,
    staff: bool,
    signed_in: bool,
    first_page: Option<String>,
    next: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    after: String,
}

/// `/c/{commune}/announcements`: what the visitor may read, pinned first.
pub async fn list(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let after = match query.after.as_str() {
        "" => None,
        given => Some(parse_cursor(given).ok_or(AppError::BadRequest("feed-error-cursor"))?),
    };
    let audience = audience_of(visit.viewer.as_ref(), &visit.commune);
    let (list, next) = page_for(&app, &visit.commune, audience, after).await?;
    let names = gemeng_db::neighbourhoods::list(&app.db, visit.commune.id).await?;
    let page = visit.page("announcements-title").await?;
    let language = visit.language();
    let items = list
        .iter()
        .filter_map(|a| shown(a, language, &visit, &names, &page.tr))
        .collect();
    let base = base(&visit);
    render(&ListPage {
        first_page: after.map(|_| base.clone()),
        next: next.map(|c| format!("{base}?after={}", cursor_text(c))),
        base,
        items,
        staff: audience == Audience::Staff,
        signed_in: visit.viewer.is_some(),
        page,
    })
}

#[derive(Template)]
#[template(path = "channel/announcements/show.html")]
struct ShowPage {
    page: Page,
    base: String,
    item: Shown,
    /// The language name of the version shown, when it is not the page's language.
    version_name: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    version: String,
}

/// `/c/{commune}/announcements/{announcement}`: one announcement, in the version the
/// reader chose or else in their language first. A member's first visit counts it as
/// read.
pub async fn show(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<ShowQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require_public()?;
    let audience = audience_of(visit.viewer.as_ref(), &visit.commune);
    let a = readable(&app, &visit.commune, audience, id).await?;
    count_reading(&app, audience, visit.viewer.as_ref(), a.id).await?;
    let language = Language::from_code(&query.version)
        .filter(|l| a.versions.iter().any(|v| v.language == l.code()))
        .unwrap_or_else(|| visit.language());
    let names = gemeng_db::neighbourhoods::list(&app.db, visit.commune.id).await?;
    let mut page = visit.page("announcements-title").await?;
    let item = shown(&a, language, &visit, &names, &page.tr).ok_or(AppError::NotFound)?;
    page.title = item.title.clone();
    let version_name = (item.language != page.lang())
        .then(|| Language::from_code(&item.language).map(|l| Tr::new(l).t("language-name")))
        .flatten();
    render(&ShowPage {
        base: base(&visit),
        item,
        version_name,
        page,
    })
}

// ---------------------------------------------------------------------------------
// Staff

struct Desk {
    visit: Visit,
}

impl Desk {
    async fn load(app: &App, ctx: Ctx, slug: &str) -> AppResult<Desk> {
        let visit = Visit::load(app, ctx, slug).await?;
        visit.require(Action::SpeakForCommune)?;
        Ok(Desk { visit })
    }

    fn speaker(&self) -> Speaker<'_> {
        Speaker {
            app: &self.visit.app,
            commune: &self.visit.commune,
            staff: self
                .visit
                .viewer
                .as_ref()
                .expect("staff are signed in (checked by load)"),
        }
    }

    fn base(&self) -> String {
        format!("/c/{}/staff/announcements", self.visit.commune.slug)
    }
}

/// An announcement as the desk lists it.
pub struct DeskItem {
    pub shown: Shown,
    /// The tag's kind and text: scheduled, live, expired, withdrawn.
    pub state: (&'static str, String),
    pub languages: String,
    pub read: i64,
    pub delivered: i64,
    pub expires: Option<String>,
    pub withdrawn: bool,
}

#[derive(Template)]
#[template(path = "channel/announcements/desk.html")]
struct DeskPage {
    page: Page,
    base: String,
    public_base: String,
    items: Vec<DeskItem>,
    notice: Option<&'static str>,
    first_page: Option<String>,
    next: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeskQuery {
    after: String,
    done: String,
}

const NOTICES: &[(&str, &str)] = &[
    ("published", "announcement-published"),
    ("changed", "announcement-changed"),
    ("withdrawn", "announcement-withdrawn"),
];

/// `/c/{commune}/staff/announcements`: every announcement, its state and its reach.
pub async fn desk(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<DeskQuery>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let after = match query.after.as_str() {
        "" => None,
        given => Some(parse_cursor(given).ok_or(AppError::BadRequest("feed-error-cursor"))?),
    };
    let (list, next) = page_for(&app, &desk.visit.commune, Audience::Staff, after).await?;
    let names = gemeng_db::neighbourhoods::list(&app.db, desk.visit.commune.id).await?;
    let page = desk.visit.page("announcements-desk-title").await?;
    let language = desk.visit.language();
    let at = now();
    let ids: Vec<i64> = list.iter().map(|a| a.id).collect();
    let reads = store::read_counts(&app.db, &ids).await?;
    let mut items = Vec::new();
    for a in &list {
        let Some(shown) = shown(a, language, &desk.visit, &names, &page.tr) else {
            continue;
        };
        let state = if a.withdrawn_at.is_some() {
            ("refused", page.t("announcement-state-withdrawn"))
        } else if a.publish_at > at {
            ("waiting", page.t("announcement-state-scheduled"))
        } else if is_live(a.publish_at, a.expires_at, false, at) {
            ("done", page.t("announcement-state-live"))
        } else {
            ("info", page.t("announcement-state-expired"))
        };
        items.push(DeskItem {
            shown,
            state,
            languages: a
                .versions
                .iter()
                .map(|v| v.language.to_uppercase())
                .collect::<Vec<_>>()
                .join(" · "),
            read: reads.get(&a.id).copied().unwrap_or(0),
            delivered: a.delivered,
            expires: a.expires_at.map(format_local),
            withdrawn: a.withdrawn_at.is_some(),
        });
    }
    let base = desk.base();
    render(&DeskPage {
        first_page: after.map(|_| base.clone()),
        next: next.map(|c| format!("{base}?after={}", cursor_text(c))),
        public_base: format!("/c/{}/announcements", desk.visit.commune.slug),
        base,
        items,
        notice: notice(&query.done, NOTICES),
        page,
    })
}

/// The form as typed: every field a string, so nothing typed is lost on a refusal.
#[derive(Debug, Clone, Default)]
pub struct AnnouncementForm {
    /// (language code, title, text) for each of the five languages, in the picker's order.
    pub versions: Vec<(String, String, String)>,
    /// `commune` or `neighbourhoods`.
    pub audience: String,
    pub neighbourhoods: Vec<i64>,
    pub public: bool,
    pub pinned: bool,
    pub publish_at: String,
    pub expires_at: String,
    pub request_key: String,
}

impl AnnouncementForm {
    fn empty() -> AnnouncementForm {
        AnnouncementForm {
            versions: Language::ALL
                .iter()
                .map(|l| (l.code().to_string(), String::new(), String::new()))
                .collect(),
            audience: "commune".into(),
            request_key: new_request_key(),
            ..AnnouncementForm::default()
        }
    }

    fn of(a: &Announcement) -> AnnouncementForm {
        let mut form = AnnouncementForm::empty();
        for (code, title, body) in &mut form.versions {
            if let Some(v) = a.versions.iter().find(|v| v.language == *code) {
                *title = v.title.clone();
                *body = v.body.clone();
            }
        }
        form.audience = if a.whole_commune {
            "commune"
        } else {
            "neighbourhoods"
        }
        .into();
        form.neighbourhoods = a.neighbourhoods.clone();
        form.public = a.is_public;
        form.pinned = a.pinned;
        form.publish_at = input_value(a.publish_at);
        form.expires_at = a.expires_at.map(input_value).unwrap_or_default();
        form
    }

    /// Reads the posted fields (`title-fr`, `body-fr`, `neighbourhood` repeated, …);
    /// fields it does not know are ignored, every known one is bounded.
    fn parse(pairs: Vec<(String, String)>) -> AnnouncementForm {
        let mut form = AnnouncementForm::empty();
        form.request_key = String::new();
        for (name, value) in pairs {
            match name.as_str() {
                "audience" => form.audience = bounded(value, 20),
                "neighbourhood" => {
                    // At most a few hundred neighbourhoods: more is not a real form.
                    if form.neighbourhoods.len() < 1_000 {
                        form.neighbourhoods.push(value.trim().parse().unwrap_or(-1));
                    }
                }
                "public" => form.public = value == "yes",
                "pinned" => form.pinned = value == "yes",
                "publish_at" => form.publish_at = bounded(value, 40),
                "expires_at" => form.expires_at = bounded(value, 40),
                "request_key" => form.request_key = bounded(value, 64),
                other => {
                    let (part, code) = match other.split_once('-') {
                        Some(split) => split,
                        None => continue,
                    };
                    if let Some(slot) = form.versions.iter_mut().find(|v| v.0 == code) {
                        match part {
                            "title" => slot.1 = bounded(value, TITLE_MAX * 2),
                            "body" => slot.2 = bounded(value, BODY_MAX * 2),
                            _ => {}
                        }
                    }
                }
            }
        }
        form
    }

    /// The service's input, or the problems of the fields only the form has (times).
    fn input(&self) -> Result<AnnouncementInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut time = |field: &'static str, text: &str| -> Option<i64> {
            if text.trim().is_empty() {
                return None;
            }
            let parsed = parse_local(text);
            if parsed.is_none() {
                errors.add(field, "announcement-error-time");
            }
            parsed
        };
        let publish_at = time("publish_at", &self.publish_at);
        let expires_at = time("expires_at", &self.expires_at);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(AnnouncementInput {
            versions: self
                .versions
                .iter()
                .map(|(code, title, body)| {
                    (
                        code.clone(),
                        VersionIn {
                            title: title.clone(),
                            body: body.clone(),
                        },
                    )
                })
                .collect(),
            neighbourhoods: (self.audience == "neighbourhoods").then(|| {
                self.neighbourhoods
                    .iter()
                    .map(|&n| WholeNumber::Whole(n))
                    .collect()
            }),
            public: self.public,
            pinned: self.pinned,
            publish_at: publish_at.map(WholeNumber::Whole),
            expires_at: expires_at.map(WholeNumber::Whole),
            request_key: self.request_key.clone(),
        })
    }
}

/// A version's fields as the form shows them.
pub struct VersionFields {
    pub code: String,
    pub title_field: &'static str,
    pub body_field: &'static str,
    pub name: String,
    pub title: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "channel/announcements/form.html")]
struct FormPage {
    page: Page,
    base: String,
    /// Where the form posts: the desk (new) or the announcement (a change).
    action: String,
    versions: Vec<VersionFields>,
    neighbourhoods: Vec<(i64, String, bool)>,
    form: AnnouncementForm,
    errors: FieldErrors,
}

async fn form_page(
    desk: &Desk,
    title_key: &str,
    action: String,
    form: AnnouncementForm,
    errors: FieldErrors,
) -> AppResult<FormPage> {
    let page = desk.visit.page_at(title_key, &action).await?;
    let neighbourhoods = gemeng_db::neighbourhoods::list(&desk.visit.app.db, desk.visit.commune.id)
        .await?
        .into_iter()
        .map(|n| {
            let chosen = form.neighbourhoods.contains(&n.id);
            (n.id, n.name, chosen)
        })
        .collect();
    Ok(FormPage {
        base: desk.base(),
        action,
        versions: form
            .versions
            .iter()
            .filter_map(|(code, title, body)| {
                Language::from_code(code).map(|l| VersionFields {
                    code: code.clone(),
                    title_field: gemeng_core::announcements::title_field(l),
                    body_field: gemeng_core::announcements::body_field(l),
                    name: Tr::new(l).t("language-name"),
                    title: title.clone(),
                    body: body.clone(),
                })
            })
            .collect(),
        neighbourhoods,
        form,
        errors,
        page,
    })
}

/// `/c/{commune}/staff/announcements/new`
pub async fn new(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let action = desk.base();
    render(
        &form_page(
            &desk,
            "announcement-new-title",
            action,
            AnnouncementForm::empty(),
            FieldErrors::new(),
        )
        .await?,
    )
}

/// `POST /c/{commune}/staff/announcements`
pub async fn create(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let form = AnnouncementForm::parse(pairs);
    let result = match form.input() {
        Ok(input) => desk.speaker().publish(&input).await?,
        Err(errors) => Err(errors),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("{}?done=published", desk.base()))),
        Err(errors) => {
            let action = desk.base();
            render_invalid(&form_page(&desk, "announcement-new-title", action, form, errors).await?)
        }
    }
}

/// `/c/{commune}/staff/announcements/{announcement}/edit`
pub async fn edit(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let a = store::get(&app.db, desk.visit.commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let action = format!("{}/{id}", desk.base());
    render(
        &form_page(
            &desk,
            "announcement-edit-title",
            action,
            AnnouncementForm::of(&a),
            FieldErrors::new(),
        )
        .await?,
    )
}

/// `POST /c/{commune}/staff/announcements/{announcement}`
pub async fn update(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    let form = AnnouncementForm::parse(pairs);
    let result = match form.input() {
        Ok(input) => desk.speaker().change(id, &input).await?,
        Err(errors) => Err(errors),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("{}?done=changed", desk.base()))),
        Err(errors) => {
            let action = format!("{}/{id}", desk.base());
            render_invalid(
                &form_page(&desk, "announcement-edit-title", action, form, errors).await?,
            )
        }
    }
}

/// `POST /c/{commune}/staff/announcements/{announcement}/withdraw`
pub async fn withdraw(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let desk = Desk::load(&app, ctx, &slug).await?;
    desk.speaker().withdraw(id).await?;
    Ok(see_other(&format!("{}?done=withdrawn", desk.base())))
}
