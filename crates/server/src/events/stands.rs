//! A day's stands: its organiser adds them (the exhibiting organisation, a
//! description in the stand's own languages, documents to download, a video room,
//! opening hours within the day, and the accounts that answer questions there); the
//! hall shows them, and their documents are served to whoever may see the event.
//!
//! A document is checked by its name, its declared type and its first bytes (a page
//! renamed `.pdf` is refused), stored under a fresh random key before the
//! transaction, removed again if the transaction fails, and served as an attachment
//! with the type it was checked as.

use std::collections::BTreeMap;
use std::time::Duration;

use gemeng_core::activities::LocalDate;
use gemeng_core::consultation::Wording;
use gemeng_core::events::stands::{
    check_stand, DocumentDraft, DocumentKind, StandDraft, StandProblem, DOCUMENTS_MAX,
    DOCUMENT_BYTES_MAX, STAFF_MAX, STAND_BYTES_MAX,
};
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::{self, Account};
use gemeng_db::communes::Commune;
use gemeng_db::events::{self as store, Event, NewDocument, NewStand};
use rand::Rng;
use serde::Deserialize;
use tokio::sync::Semaphore;
use utoipa::ToSchema;

use super::{add_once, managed, mode_of, onlooker_of};
use crate::activities::{local_parts, parse_date, parse_time};
use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::clock::LuxembourgClock;
use crate::http::components::description_field;
use crate::http::error::{AppError, AppResult};
use crate::http::upload::{FileLimits, UploadTurn};

/// Stands one organiser adds in a day: a large fair has a hundred.
pub const STANDS_PER_DAY: i64 = 200;
/// The body limit of a stand's form: its documents and the text.
pub const STAND_FORM_LIMIT: usize = STAND_BYTES_MAX as usize + 1024 * 1024;
/// Stand forms read at once: each may hold 50 MB in memory while it is read.
static UPLOADS: Semaphore = Semaphore::const_new(2);
static UPLOADING: std::sync::Mutex<std::collections::BTreeSet<i64>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());
const UPLOAD_WAIT: Duration = Duration::from_secs(20);

/// A stand's form: its fields, and up to twenty documents.
pub struct StandDocuments;

impl FileLimits for StandDocuments {
    const FIELD: &'static str = "document";
    const MAX_FILES: usize = DOCUMENTS_MAX;
    const MAX_BYTES: usize = DOCUMENT_BYTES_MAX as usize;

    async fn turn(person: Option<i64>) -> AppResult<UploadTurn> {
        UploadTurn::take(&UPLOADS, &UPLOADING, person, UPLOAD_WAIT).await
    }
}

/// A file as uploaded: its name and media type as the browser sent them.
pub struct Upload {
    pub name: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// A stand as its organiser writes it (the form's fields, or the API's body; the
/// API adds no documents).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"organisation": "ASTI", "descriptions": {"fr": "Accueil et conseils.", "pt": "Acolhimento e conselhos."},
    "video_link": "https://meet.example.org/asti", "opens": "09:30", "closes": "16:00",
    "staff": ["conseil@asti.lu"]}))]
pub struct StandInput {
    /// The exhibiting organisation, 2 to 60 characters.
    #[schema(max_length = 120)]
    pub organisation: String,
    /// The description by language code (lb, de, fr, en, pt), in at least one.
    pub descriptions: BTreeMap<String, String>,
    /// The stand's video room, `https://`.
    #[schema(max_length = 500)]
    pub video_link: Option<String>,
    /// `HH:MM`, within the day's hours.
    #[schema(max_length = 5)]
    pub opens: String,
    #[schema(max_length = 5)]
    pub closes: String,
    /// The e-mail addresses of the accounts (of this commune) that answer questions
    /// and moderate the stand, at most 20.
    pub staff: Vec<String>,
}

/// The rules' event of a stored one: its day and hours on the commune's clock.
pub(super) fn checked_event(e: &Event) -> Option<gemeng_core::events::Event> {
    let date: LocalDate = parse_date(&e.day)?;
    let starts = parse_time(&local_parts(e.starts_at).1)?;
    let ends = parse_time(&local_parts(e.ends_at).1)?;
    Some(gemeng_core::events::Event {
        title: Wording::default(),
        description: Wording::default(),
        date,
        starts,
        ends,
        starts_at: e.starts_at,
        ends_at: e.ends_at,
        registration: mode_of(e),
        capacity: u32::try_from(e.capacity).unwrap_or(0),
        link: e.link.clone(),
    })
}

/// The field a stand's problem is shown beside, and its message.
fn problem_field(problem: StandProblem) -> (&'static str, &'static str) {
    match problem {
        StandProblem::TooManyStands { .. } => ("organisation", "stand-error-too-many"),
        StandProblem::OrganisationTooShort { .. }
        | StandProblem::OrganisationTooLong { .. }
        | StandProblem::OrganisationHiddenCharacter => ("organisation", "stand-error-organisation"),
        StandProblem::NoDescription => ("descriptions", "stand-error-no-description"),
        StandProblem::BlankDescription { language } => {
            (description_field(language), "activity-error-blank")
        }
        StandProblem::DescriptionTooLong { language, .. } => {
            (description_field(language), "activity-error-too-long")
        }
        StandProblem::TooManyDocuments { .. }
        | StandProblem::DocumentTooLarge { .. }
        | StandProblem::DocumentsTooLarge { .. } => ("documents", "stand-error-documents-limit"),
        StandProblem::BadFileName { .. } | StandProblem::DuplicateFileName { .. } => {
            ("documents", "stand-error-document-name")
        }
        StandProblem::UnsupportedType { .. } | StandProblem::ExtensionMismatch { .. } => {
            ("documents", "stand-error-document-type")
        }
        StandProblem::EmptyDocument { .. } => ("documents", "stand-error-document-empty"),
        StandProblem::BadVideoLink => ("video_link", "activity-error-link"),
        StandProblem::InvalidTime => ("opens", "activity-error-time"),
        StandProblem::ClosesBeforeOpens => ("closes", "activity-error-ends-before-start"),
        StandProblem::OutsideEventHours => ("opens", "stand-error-outside-hours"),
        StandProblem::TooManyStaff { .. } => ("staff", "stand-error-staff-limit"),
        StandProblem::DuplicateStaff { .. } => ("staff", "stand-error-staff-twice"),
    }
}

fn fresh_key(kind: DocumentKind) -> String {
    let bytes: [u8; 16] = rand::thread_rng().gen();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("documents/{hex}.{}", kind.extensions()[0])
}

/// A document's file younger than this may belong to a stand being written: the sweep
/// spares it.
const ORPHAN_AGE: std::time::Duration = std::time::Duration::from_secs(3_600);

/// Removes documents' files that no stand names and that are older than an hour (a
/// stand whose transaction failed while the process died, an event deleted with its
/// commune): how many.
pub async fn sweep(app: &App) -> anyhow::Result<usize> {
    let before = std::time::SystemTime::now() - ORPHAN_AGE;
    let files = app.files.keys_older_than("documents", before).await?;
    let known: std::collections::HashSet<String> =
        gemeng_db::events::known_documents(&app.db, &files)
            .await?
            .into_iter()
            .collect();
    let mut removed = 0;
    for file in files.iter().filter(|f| !known.contains(*f)) {
        app.files.delete(file).await?;
        removed += 1;
    }
    Ok(removed)
}

/// Removes documents' files whose stand was not written.
async fn discard(app: &App, keys: &[String]) {
    for key in keys {
        if let Err(e) = app.files.delete(key).await {
            tracing::warn!(error = %e, key, "removing a stand's document failed");
        }
    }
}

/// The kind a document is taken as: its declared type, or, when the browser sent
/// none it knows (`application/octet-stream`), its name's ending.
fn kind_of(upload: &Upload) -> Option<DocumentKind> {
    DocumentKind::from_media_type(&upload.media_type)
        .or_else(|| DocumentKind::from_file_name(&upload.name))
}

/// Checks and adds a stand to event `event_id` (its organiser or staff), with its
/// documents; the stand's id, or the form's problems (nothing stored then).
pub async fn add(
    app: &App,
    commune: &Commune,
    account: &Account,
    event_id: i64,
    input: &StandInput,
    uploads: Vec<Upload>,
) -> AppResult<Result<i64, FieldErrors>> {
    let who = onlooker_of(Some(account), commune);
    let e = managed(app, commune, who, event_id).await?;
    let mut errors = FieldErrors::new();
    let mut description = Wording::default();
    for (code, text) in &input.descriptions {
        match Language::from_code(code) {
            Some(language) if !text.trim().is_empty() => {
                description = description.with(language, text.clone());
            }
            Some(_) => {}
            None => add_once(
                &mut errors,
                "descriptions",
                "activity-error-language-unknown",
            ),
        }
    }
    let opens = parse_time(input.opens.trim());
    if opens.is_none() {
        errors.add("opens", "activity-error-time");
    }
    let closes = parse_time(input.closes.trim());
    if closes.is_none() {
        errors.add("closes", "activity-error-time");
    }
    // Staff by their address; one more than allowed is enough to say "too many".
    let mut staff = Vec::new();
    for email in input
        .staff
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .take(STAFF_MAX + 1)
    {
        match accounts::by_email(&app.db, commune.id, &email.to_lowercase()).await? {
            Some(a) => staff.push(a.id),
            None => add_once(&mut errors, "staff", "stand-error-staff-unknown"),
        }
    }
    let mut documents = Vec::with_capacity(uploads.len());
    for upload in &uploads {
        let kind = kind_of(upload);
        if kind.is_some_and(|k| !k.content_matches(&upload.bytes)) {
            add_once(&mut errors, "documents", "stand-error-document-content");
        }
        documents.push(DocumentDraft {
            file_name: upload.name.clone(),
            size_bytes: upload.bytes.len() as u64,
            media_type: kind.map_or_else(|| upload.media_type.clone(), |k| k.media_type().into()),
        });
    }
    let (Some(opens), Some(closes)) = (opens, closes) else {
        return Ok(Err(errors));
    };
    let event = checked_event(&e)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("event {} has no valid day", e.id)))?;
    let existing = store::stands(&app.db, e.id).await?.len();
    let draft = StandDraft {
        organisation: input.organisation.clone(),
        description,
        documents,
        video_link: input.video_link.clone(),
        opens,
        closes,
        staff,
    };
    let stand = match check_stand(&draft, &event, existing, &LuxembourgClock) {
        Ok(stand) if errors.is_empty() => stand,
        Ok(_) => return Ok(Err(errors)),
        Err(problems) => {
            for p in problems {
                let (field, message) = problem_field(p);
                add_once(&mut errors, field, message);
            }
            return Ok(Err(errors));
        }
    };
    rate_limit(
        app,
        &format!("events:stands:{}", account.id),
        86_400,
        STANDS_PER_DAY,
    )
    .await?;
    // The files first (a fresh key each), then the rows; a failure removes the files.
    let mut keys = Vec::with_capacity(uploads.len());
    for (upload, document) in uploads.into_iter().zip(&stand.documents) {
        let key = fresh_key(document.kind);
        if let Err(e) = app.files.put(&key, upload.bytes).await {
            discard(app, &keys).await;
            return Err(AppError::Internal(e.into()));
        }
        keys.push(key);
    }
    let written = write(app, commune, account, &e, &stand, &keys).await;
    if written.is_err() {
        discard(app, &keys).await;
    }
    written.map(Ok)
}

async fn write(
    app: &App,
    commune: &Commune,
    account: &Account,
    e: &Event,
    stand: &gemeng_core::events::stands::Stand,
    keys: &[String],
) -> AppResult<i64> {
    let kinds: Vec<String> = stand
        .documents
        .iter()
        .map(|d| {
            serde_json::to_value(d.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        })
        .collect();
    let documents: Vec<NewDocument> = stand
        .documents
        .iter()
        .zip(keys)
        .zip(&kinds)
        .map(|((d, key), kind)| NewDocument {
            file_name: &d.file_name,
            kind,
            size_bytes: i64::try_from(d.size_bytes).unwrap_or(i64::MAX),
            storage_key: key,
        })
        .collect();
    let descriptions: Vec<(&str, &str)> = stand
        .description
        .languages()
        .into_iter()
        .map(|l| (l.code(), stand.description.get(l).unwrap_or_default()))
        .collect();
    let at = now();
    let mut tx = app.begin().await?;
    let id = store::insert_stand(
        &mut tx,
        e.id,
        &NewStand {
            organisation: &stand.organisation,
            video_link: stand.video_link.as_deref(),
            opens_at: stand.opens_at,
            closes_at: stand.closes_at,
            descriptions: &descriptions,
            staff: &stand.staff,
            documents: &documents,
        },
    )
    .await?;
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(account.id),
        "event-stand-added",
        Some(id),
        &format!(
            "event {}: {} document(s), {} staff",
            e.id,
            documents.len(),
            stand.staff.len()
        ),
        at,
    )
    .await?;
    app.commit(tx).await?;
    Ok(id)
}

/// The kind of a stored document (written by [`add`] from the rules' names).
pub fn stored_kind(kind: &str) -> Option<DocumentKind> {
    serde_json::from_value(serde_json::Value::String(kind.to_string())).ok()
}
