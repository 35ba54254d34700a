//! A commune's identity, set by its admins: its name in each language (the header,
//! the welcome, the letters), the town hall's postal address, phone, e-mail and
//! opening hours, who signs the residence letters, the header's colour and the coat
//! of arms.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::commune_name;
use gemeng_core::permissions::Action;
use gemeng_core::validation::{bounded_lines, bounded_text, FieldErrors};
use gemeng_db::audit;
use gemeng_db::communes::{self, Commune, Profile, NAME_LANGUAGES};
use serde::Deserialize;

use crate::app::{now, App};
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::AppResult;
use crate::http::web::{notice, render, render_invalid, see_other, Done, NoFields, Visit};

/// One language's row of the form: the name and the article it takes.
struct NameRow {
    code: &'static str,
    language: String,
    value: String,
    article: String,
    /// (key, how it is written) for the article select; `none` first.
    articles: Vec<(&'static str, &'static str)>,
}

#[derive(Template)]
#[template(path = "commune/identity.html")]
struct IdentityPage {
    page: Page,
    commune: Commune,
    /// (language code, the language's own name, the value, the article chosen).
    names: Vec<NameRow>,
    postal_address: String,
    phone: String,
    contact_email: String,
    opening_hours: String,
    signatory: String,
    colour: String,
    video_room: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
}

impl IdentityPage {
    fn new(page: Page, commune: Commune, profile: Profile, errors: FieldErrors) -> IdentityPage {
        let names = NAME_LANGUAGES
            .iter()
            .zip(profile.names)
            .zip(profile.articles)
            .map(|((code, value), article)| NameRow {
                code,
                language: gemeng_core::language::Language::from_code(code)
                    .map(|l| crate::http::i18n::Tr::new(l).t("language-name"))
                    .unwrap_or_default(),
                value,
                article,
                articles: commune_name::articles(code)
                    .iter()
                    .map(|key| (*key, commune_name::article_label(key)))
                    .collect(),
            })
            .collect();
        IdentityPage {
            page,
            commune,
            names,
            postal_address: profile.postal_address,
            phone: profile.phone,
            contact_email: profile.contact_email,
            opening_hours: profile.opening_hours,
            signatory: profile.signatory,
            colour: profile.colour,
            video_room: profile.video_room,
            errors,
            notice: None,
        }
    }
}

fn profile_of(c: &Commune) -> Profile {
    Profile {
        names: [
            c.name_lb.clone(),
            c.name_de.clone(),
            c.name_fr.clone(),
            c.name_en.clone(),
            c.name_pt.clone(),
        ],
        postal_address: c.postal_address.clone(),
        phone: c.phone.clone(),
        contact_email: c.contact_email.clone(),
        opening_hours: c.opening_hours.clone(),
        signatory: c.signatory.clone(),
        colour: c.colour.clone(),
        articles: [
            c.article_lb.clone(),
            c.article_de.clone(),
            c.article_fr.clone(),
            c.article_en.clone(),
            c.article_pt.clone(),
        ],
        video_room: c.video_room.clone(),
    }
}

pub async fn form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::EditCommune)?;
    let mut page = IdentityPage::new(
        visit.page("identity-title").await?,
        visit.commune.clone(),
        profile_of(&visit.commune),
        FieldErrors::new(),
    );
    page.notice = notice(
        &done.done,
        &[
            ("saved", "identity-saved"),
            ("arms-saved", "identity-arms-saved"),
            ("arms-removed", "identity-arms-removed"),
        ],
    );
    render(&page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IdentityForm {
    name_lb: String,
    name_de: String,
    name_fr: String,
    name_en: String,
    name_pt: String,
    postal_address: String,
    phone: String,
    contact_email: String,
    opening_hours: String,
    signatory: String,
    colour: String,
    article_lb: String,
    article_de: String,
    article_fr: String,
    article_en: String,
    article_pt: String,
    video_room: String,
}

/// Checks every field; the profile to store, or the problems, field by field.
pub fn validate(form: &IdentityForm) -> Result<Profile, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = |errors: &mut FieldErrors, field: &'static str, value: &str| {
        errors
            .check(
                field,
                bounded_text(value, 0, 80, "identity-error-name", "identity-error-name"),
            )
            .unwrap_or_default()
    };
    let article = |errors: &mut FieldErrors, field: &'static str, value: &str| {
        let language = field.trim_start_matches("article_");
        errors
            .check(
                field,
                commune_name::check_article(language, value).map(str::to_string),
            )
            .unwrap_or_else(|| "none".to_string())
    };
    let lines = |errors: &mut FieldErrors, field: &'static str, value: &str, max: usize| {
        errors
            .check(field, bounded_lines(value, max, 80, "identity-error-lines"))
            .unwrap_or_default()
    };
    let profile = Profile {
        names: [
            name(&mut errors, "name_lb", &form.name_lb),
            name(&mut errors, "name_de", &form.name_de),
            name(&mut errors, "name_fr", &form.name_fr),
            name(&mut errors, "name_en", &form.name_en),
            name(&mut errors, "name_pt", &form.name_pt),
        ],
        postal_address: lines(&mut errors, "postal_address", &form.postal_address, 4),
        phone: errors
            .check(
                "phone",
                bounded_text(
                    &form.phone,
                    0,
                    40,
                    "identity-error-phone",
                    "identity-error-phone",
                ),
            )
            .unwrap_or_default(),
        contact_email: match form.contact_email.trim() {
            "" => String::new(),
            given => errors
                .check(
                    "contact_email",
                    gemeng_core::account::Email::parse(given).map(|e| e.as_str().to_string()),
                )
                .unwrap_or_default(),
        },
        opening_hours: lines(&mut errors, "opening_hours", &form.opening_hours, 7),
        signatory: lines(&mut errors, "signatory", &form.signatory, 3),
        colour: match form.colour.trim() {
            "" => communes::DEFAULT_COLOUR.to_string(),
            given => errors
                .check("colour", gemeng_core::colour::check_colour(given))
                .unwrap_or_default(),
        },
        articles: [
            article(&mut errors, "article_lb", &form.article_lb),
            article(&mut errors, "article_de", &form.article_de),
            article(&mut errors, "article_fr", &form.article_fr),
            article(&mut errors, "article_en", &form.article_en),
            article(&mut errors, "article_pt", &form.article_pt),
        ],
        video_room: match form.video_room.trim() {
            "" => String::new(),
            // An https:// room only: its link goes out in e-mails and calendars.
            given
                if given.chars().count() <= gemeng_core::activities::LINK_MAX
                    && given.starts_with("https://")
                    && gemeng_core::activities::is_web_link(given) =>
            {
                given.to_string()
            }
            _ => {
                errors.add("video_room", "identity-error-video-room");
                String::new()
            }
        },
    };
    if errors.is_empty() {
        Ok(profile)
    } else {
        Err(errors)
    }
}

/// The form as typed, to show it again beside its problems, so nothing is lost.
fn as_typed(form: IdentityForm) -> Profile {
    Profile {
        names: [
            form.name_lb,
            form.name_de,
            form.name_fr,
            form.name_en,
            form.name_pt,
        ],
        postal_address: form.postal_address,
        phone: form.phone,
        contact_email: form.contact_email,
        opening_hours: form.opening_hours,
        signatory: form.signatory,
        colour: form.colour,
        articles: [
            form.article_lb,
            form.article_de,
            form.article_fr,
            form.article_en,
            form.article_pt,
        ],
        video_room: form.video_room,
    }
}

pub async fn save(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<IdentityForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let admin = visit.require(Action::EditCommune)?.clone();
    match validate(&form) {
        Ok(profile) => {
            let mut tx = app.begin().await?;
            communes::update_profile(&mut tx, visit.commune.id, &profile).await?;
            audit::record(
                &mut tx,
                Some(visit.commune.id),
                Some(admin.id),
                "commune-identity-changed",
                None,
                "",
                now(),
            )
            .await?;
            app.commit(tx).await?;
            Ok(see_other(&format!(
                "/c/{}/staff/commune?done=saved",
                visit.commune.slug
            )))
        }
        Err(errors) => render_invalid(&IdentityPage::new(
            visit.page("identity-title").await?,
            visit.commune.clone(),
            as_typed(form),
            errors,
        )),
    }
}

/// The longest side of the coat of arms as stored: twice the header's 48 px and
/// sharp on a printed letter at 20 mm.
const ARMS_SIDE: u32 = 192;

/// Takes an uploaded coat of arms (PNG or JPEG), encodes it again at most 192 px a
/// side, and stores it with the commune.
pub async fn upload_arms(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    multipart: axum::extract::Multipart,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let admin = visit.require(Action::EditCommune)?.clone();
    let problem = match crate::http::upload::read_upload(&visit.ctx, multipart).await {
        Ok(bytes) => match crate::http::images::reencode_png(bytes, ARMS_SIDE).await {
            Ok(png) => {
                let mut tx = app.begin().await?;
                communes::set_arms(&mut tx, visit.commune.id, Some(&png)).await?;
                audit::record(
                    &mut tx,
                    Some(visit.commune.id),
                    Some(admin.id),
                    "commune-arms-changed",
                    None,
                    "",
                    now(),
                )
                .await?;
                app.commit(tx).await?;
                return Ok(see_other(&format!(
                    "/c/{}/staff/commune?done=arms-saved",
                    visit.commune.slug
                )));
            }
            Err(message) => message,
        },
        Err(crate::http::error::AppError::BadRequest("import-error-no-file")) => {
            "image-error-no-file"
        }
        Err(other) => return Err(other),
    };
    let mut errors = FieldErrors::new();
    errors.add("arms", problem);
    render_invalid(&IdentityPage::new(
        visit.page("identity-title").await?,
        visit.commune.clone(),
        profile_of(&visit.commune),
        errors,
    ))
}

/// Removes the coat of arms.
pub async fn remove_arms(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let admin = visit.require(Action::EditCommune)?.clone();
    let mut tx = app.begin().await?;
    communes::set_arms(&mut tx, visit.commune.id, None).await?;
    audit::record(
        &mut tx,
        Some(visit.commune.id),
        Some(admin.id),
        "commune-arms-removed",
        None,
        "",
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(see_other(&format!(
        "/c/{}/staff/commune?done=arms-removed",
        visit.commune.slug
    )))
}

/// The coat of arms, public like the commune's name: pages and letters show it. Under
/// its current version it may be kept for a year; any other URL is not cached.
pub async fn arms(
    State(app): State<App>,
    Path(slug): Path<String>,
    Query(query): Query<ArmsQuery>,
) -> AppResult<Response> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let commune = app
        .cache
        .commune(&app.db, &slug)
        .await?
        .ok_or(crate::http::error::AppError::NotFound)?;
    let png = communes::arms(&app.db, commune.id)
        .await?
        .ok_or(crate::http::error::AppError::NotFound)?;
    let cache = if query.v == commune.arms_version {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    Ok((
        [
            (header::CONTENT_TYPE, "image/png"),
            (header::CACHE_CONTROL, cache),
        ],
        png,
    )
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ArmsQuery {
    v: String,
}

/// The commune's colour as a stylesheet (the CSP allows no inline styles): linked by
/// every page of a commune that chose a colour, under a URL naming the colour, so a
/// browser keeps it until the colour changes.
pub async fn stylesheet(State(app): State<App>, Path(slug): Path<String>) -> AppResult<Response> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let commune = app
        .cache
        .commune(&app.db, &slug)
        .await?
        .ok_or(crate::http::error::AppError::NotFound)?;
    // Stored colours were checked when set; check again rather than trust a row.
    let colour = gemeng_core::colour::check_colour(&commune.colour)
        .unwrap_or_else(|_| communes::DEFAULT_COLOUR.to_string());
    Ok((
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        format!(":root {{ --accent: {colour}; }}\n"),
    )
        .into_response())
}
