//! Announcements: staff publish them in any of the five languages, to the whole
//! commune or chosen neighbourhoods, public or for residents only, pinned, scheduled
//! and expiring; residents read what is meant for them in their language first;
//! anyone reads the public ones, also as an Atom feed. Here the service shared by the
//! pages (`web`), the API (`api`) and the feed (`atom`); the rules are
//! `gemeng_core::announcements`'.

pub mod api;
pub mod atom;
pub mod mailing;
pub mod web;

use std::collections::BTreeMap;

use gemeng_core::announcements::{
    body_field, check, title_field, version_for, Draft, Reader, Target, VersionInput,
};
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::announcements::{
    self as store, Announcement, Audience, Cursor, Edit, NewAnnouncement,
};
use gemeng_db::communes::Commune;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};
use crate::neighbourhood::posts::request_key;

/// Announcements per page of a list.
pub const PAGE: i64 = 20;
/// Announcements a commune's staff member publishes or changes in a day: far above
/// any commune's need, low enough that a stolen session cannot flood every inbox.
pub const CHANGES_PER_DAY: i64 = 200;

/// One language's version as sent to the API.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct VersionIn {
    #[schema(max_length = 160)]
    pub title: String,
    #[schema(max_length = 8000)]
    pub body: String,
}

/// An announcement as staff write it (the form's fields, or the API's body).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"versions": {"fr": {"title": "Travaux rue de Strasbourg",
    "body": "La rue est fermée du 3 au 7 mars."}, "pt": {"title": "Obras na rue de Strasbourg",
    "body": "A rua está fechada de 3 a 7 de março."}}, "neighbourhoods": null,
    "public": true, "pinned": false, "publish_at": null, "expires_at": null,
    "request_key": "a1b2c3d4e5f6"}))]
pub struct AnnouncementInput {
    /// Versions by language code (lb, de, fr, en, pt): at least one.
    pub versions: BTreeMap<String, VersionIn>,
    /// The neighbourhoods' ids it is for; absent or null for the whole commune.
    #[schema(value_type = Option<Vec<i64>>)]
    pub neighbourhoods: Option<Vec<WholeNumber>>,
    /// Readable without an account, and in the Atom feed.
    pub public: bool,
    /// Shown above the others while it lasts.
    pub pinned: bool,
    /// When it appears (Unix seconds); absent, null or past: at once.
    #[schema(value_type = Option<i64>)]
    pub publish_at: Option<WholeNumber>,
    /// When it stops showing (Unix seconds); absent or null: never.
    #[schema(value_type = Option<i64>)]
    pub expires_at: Option<WholeNumber>,
    /// Any short random text: sending the same one again publishes nothing new.
    #[schema(max_length = 64)]
    pub request_key: String,
}

/// Turns the input into the rules' draft; an unknown language code is the input's
/// problem, not a version silently dropped.
fn draft_of(input: &AnnouncementInput) -> Result<Draft, FieldErrors> {
    let mut versions = Vec::new();
    for (code, version) in &input.versions {
        match Language::ALL.into_iter().find(|l| l.code() == code) {
            Some(language) => versions.push((
                language,
                VersionInput {
                    title: version.title.clone(),
                    body: version.body.clone(),
                },
            )),
            None => {
                return Err(FieldErrors::single(
                    "versions",
                    "announcement-error-language-unknown",
                ))
            }
        }
    }
    let mut errors = FieldErrors::new();
    let mut time = |field: &'static str, given: Option<WholeNumber>| match given {
        None => None,
        Some(n) => {
            if n.whole().is_none() {
                errors.add(field, "announcement-error-time");
            }
            n.whole()
        }
    };
    let publish_at = time("publish_at", input.publish_at);
    let expires_at = time("expires_at", input.expires_at);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Draft {
        versions,
        // An id that is no whole number is no neighbourhood of the commune: refused
        // as unknown, like a forged one.
        neighbourhoods: input
            .neighbourhoods
            .as_ref()
            .map(|ids| ids.iter().map(|n| n.whole().unwrap_or(-1)).collect()),
        public: input.public,
        pinned: input.pinned,
        publish_at,
        expires_at,
    })
}

/// Commune staff speaking for the commune.
pub struct Speaker<'a> {
    pub app: &'a App,
    pub commune: &'a Commune,
    pub staff: &'a Account,
}

impl Speaker<'_> {
    /// Checks and writes an announcement (new, or the changes to announcement `id`);
    /// its id, or the form's problems.
    async fn write(
        &self,
        id: Option<i64>,
        input: &AnnouncementInput,
    ) -> AppResult<Result<i64, FieldErrors>> {
        let draft = match draft_of(input) {
            Ok(draft) => draft,
            Err(errors) => return Ok(Err(errors)),
        };
        let at = now();
        let neighbourhoods: Vec<i64> =
            gemeng_db::neighbourhoods::list(&self.app.db, self.commune.id)
                .await?
                .into_iter()
                .map(|n| n.id)
                .collect();
        let checked = match check(&draft, at, &neighbourhoods) {
            Ok(checked) => checked,
            Err(problems) => {
                let mut errors = FieldErrors::new();
                for (field, message) in problems {
                    errors.add(field, message);
                }
                return Ok(Err(errors));
            }
        };
        rate_limit(
            self.app,
            &format!("announcements:{}", self.staff.id),
            86_400,
            CHANGES_PER_DAY,
        )
        .await?;
        let versions: Vec<(&str, &str, &str)> = checked
            .versions
            .iter()
            .map(|v| (v.language.code(), v.title.as_str(), v.body.as_str()))
            .collect();
        let targets: Vec<i64> = match &checked.target {
            Target::Commune => Vec::new(),
            Target::Neighbourhoods(chosen) => chosen.iter().copied().collect(),
        };
        let languages: Vec<&str> = versions.iter().map(|v| v.0).collect();
        let detail = format!(
            "languages {}, {}, public {}, pinned {}, from {} to {:?}",
            languages.join(" "),
            if targets.is_empty() {
                "whole commune".to_string()
            } else {
                format!("neighbourhoods {targets:?}")
            },
            checked.public,
            checked.pinned,
            checked.publish_at,
            checked.expires_at,
        );
        let mut tx = self.app.begin().await?;
        let (id, action) = match id {
            None => {
                let stored = store::insert(
                    &mut tx,
                    &NewAnnouncement {
                        commune_id: self.commune.id,
                        author_id: self.staff.id,
                        versions: &versions,
                        neighbourhoods: &targets,
                        is_public: checked.public,
                        pinned: checked.pinned,
                        publish_at: checked.publish_at,
                        expires_at: checked.expires_at,
                        request_key: &request_key(&input.request_key),
                        at,
                    },
                )
                .await?;
                if let gemeng_db::posts::Stored::Again(id) = stored {
                    // A retried request: published the first time, nothing more to do
                    // (dropping the transaction rolls it back).
                    drop(tx);
                    return Ok(Ok(id));
                }
                (stored.id(), "announcement-published")
            }
            Some(id) => {
                let found = store::update(
                    &mut tx,
                    self.commune.id,
                    id,
                    &Edit {
                        versions: &versions,
                        neighbourhoods: &targets,
                        is_public: checked.public,
                        pinned: checked.pinned,
                        publish_at: checked.publish_at,
                        expires_at: checked.expires_at,
                        at,
                    },
                )
                .await?;
                if !found {
                    return Err(AppError::NotFound);
                }
                (id, "announcement-changed")
            }
        };
        gemeng_db::audit::record(
            &mut tx,
            Some(self.commune.id),
            Some(self.staff.id),
            action,
            Some(id),
            &detail,
            at,
        )
        .await?;
        self.app.commit(tx).await?;
        // Out at once: its e-mails leave now rather than at the mailer's next round
        // (a scheduled one waits for it). Several runs at once are safe.
        if checked.publish_at <= at {
            let app = self.app.clone();
            tokio::spawn(async move {
                if let Err(e) = mailing::mail_due(&app).await {
                    tracing::warn!(error = %e, "writing announcements' e-mails failed");
                }
            });
        }
        Ok(Ok(id))
    }

    pub async fn publish(&self, input: &AnnouncementInput) -> AppResult<Result<i64, FieldErrors>> {
        self.write(None, input).await
    }

    /// Changes announcement `id`; one of another commune is not found.
    pub async fn change(
        &self,
        id: i64,
        input: &AnnouncementInput,
    ) -> AppResult<Result<i64, FieldErrors>> {
        self.write(Some(id), input).await
    }

    /// Withdraws announcement `id`: it shows nowhere any more. Withdrawing it again
    /// (a retry, a second tab) is done already, not an error.
    pub async fn withdraw(&self, id: i64) -> AppResult<()> {
        store::get(&self.app.db, self.commune.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let at = now();
        let mut tx = self.app.begin().await?;
        if store::withdraw(&mut tx, self.commune.id, id, at).await? {
            gemeng_db::audit::record(
                &mut tx,
                Some(self.commune.id),
                Some(self.staff.id),
                "announcement-withdrawn",
                Some(id),
                "",
                at,
            )
            .await?;
        }
        self.app.commit(tx).await
    }
}

/// What `viewer` reads of the commune's announcements.
pub fn audience_of(viewer: Option<&Account>, commune: &Commune) -> Audience {
    use gemeng_core::permissions::{allows, Action};
    let Some(account) = viewer.filter(|a| a.commune_id == Some(commune.id)) else {
        return Audience::Public;
    };
    let actor = account.actor();
    if allows(&actor, commune.id, Action::SpeakForCommune) {
        return Audience::Staff;
    }
    match actor.neighbourhood_id {
        Some(n) if allows(&actor, commune.id, Action::ReadChannel) => Audience::Member(n),
        _ => Audience::Public,
    }
}

fn reader_of(audience: Audience) -> Reader {
    match audience {
        Audience::Public => Reader::Anyone,
        Audience::Member(neighbourhood_id) => Reader::Member { neighbourhood_id },
        Audience::Staff => Reader::Staff,
    }
}

fn target_of(a: &Announcement) -> Target {
    if a.whole_commune {
        Target::Commune
    } else {
        Target::Neighbourhoods(a.neighbourhoods.iter().copied().collect())
    }
}

/// Announcement `id` if `audience` may read it now (staff: in any state); else "not
/// found", whatever the reason, so nothing tells a reader it exists.
pub async fn readable(
    app: &App,
    commune: &Commune,
    audience: Audience,
    id: i64,
) -> AppResult<Announcement> {
    let a = store::get(&app.db, commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let live = gemeng_core::announcements::is_live(
        a.publish_at,
        a.expires_at,
        a.withdrawn_at.is_some(),
        now(),
    );
    let reader = reader_of(audience);
    if !gemeng_core::announcements::may_read(reader, &target_of(&a), a.is_public)
        || (!live && reader != Reader::Staff)
    {
        return Err(AppError::NotFound);
    }
    Ok(a)
}

/// Counts a member's first reading of announcement `id` (staff and visitors are not
/// its reach; a later reading is only a read, not a write).
pub async fn count_reading(
    app: &App,
    audience: Audience,
    reader: Option<&Account>,
    id: i64,
) -> AppResult<()> {
    if let (Audience::Member(_), Some(reader)) = (audience, reader) {
        if !store::was_read(&app.db, id, reader.id).await? {
            let mut tx = app.begin().await?;
            store::record_read(&mut tx, id, reader.id, now()).await?;
            app.commit(tx).await?;
        }
    }
    Ok(())
}

/// A page of what `audience` reads, and where the next page starts.
pub async fn page_for(
    app: &App,
    commune: &Commune,
    audience: Audience,
    after: Option<Cursor>,
) -> AppResult<(Vec<Announcement>, Option<Cursor>)> {
    let mut list = store::list(&app.db, commune.id, audience, now(), after, PAGE + 1).await?;
    let more = list.len() as i64 > PAGE;
    list.truncate(PAGE as usize);
    let next = if more {
        list.last().map(Announcement::cursor)
    } else {
        None
    };
    Ok((list, next))
}

/// A list's cursor as it travels in a URL: `pinned.publish_at.id`.
pub fn cursor_text(c: Cursor) -> String {
    format!("{}.{}.{}", u8::from(c.pinned), c.publish_at, c.id)
}

/// The cursor of a URL; `None` for anything else (the caller refuses it).
pub fn parse_cursor(text: &str) -> Option<Cursor> {
    let mut parts = text.splitn(3, '.');
    let pinned = match parts.next()? {
        "0" => false,
        "1" => true,
        _ => return None,
    };
    let publish_at = parts.next()?.parse().ok()?;
    let id = parts.next()?.parse().ok()?;
    Some(Cursor {
        pinned,
        publish_at,
        id,
    })
}

/// The version of `a` a reader of `language` sees first (their language, else the
/// commune's, else the first there is).
pub fn version_in<'a>(
    a: &'a Announcement,
    language: Language,
    commune: &Commune,
) -> Option<&'a gemeng_db::announcements::Version> {
    let available: Vec<Language> = a
        .versions
        .iter()
        .filter_map(|v| Language::from_code(&v.language))
        .collect();
    let commune_language = Language::from_code(&commune.default_language).unwrap_or(Language::En);
    let chosen = version_for(&available, language, commune_language)?;
    a.versions.iter().find(|v| v.language == chosen.code())
}

/// The form fields of a version (for the form's error summary and fields).
pub fn fields_of(language: Language) -> (&'static str, &'static str) {
    (title_field(language), body_field(language))
}
