//! Stands: an exhibitor (a ministry, an association) with a description, documents to
//! download, a video room, staff who answer questions, and opening hours within the
//! event's day. The documents are checked by name, type and size only: the server
//! reads the bytes (and refuses a file whose content is not what its type says).

use serde::{Deserialize, Serialize};

use super::{clean_versions, Event, VersionProblem};
use crate::activities::{is_web_link, LocalTime, TimeZone};
use crate::consultation::Wording;
use crate::language::Language;
use crate::validation::{has_visible_character, is_format_or_invisible, is_joiner};

/// The most stands one event has: the seed's orientation day has 24; a national fair
/// of services has a few dozen more. Past a hundred the hall is no longer a page one
/// walks, and each stand is one more live Q&A room.
pub const STANDS_MAX: usize = 100;
/// The shortest and longest exhibitor name, in characters: as an organisation's name
/// on its account ([`crate::account::check_organisation_name`]).
pub const ORGANISATION_MIN: usize = 2;
pub const ORGANISATION_MAX: usize = 60;
/// The longest stand description, in characters, in each language.
pub const DESCRIPTION_MAX: usize = 4_000;
/// The most documents one stand offers: a few leaflets and forms in a few languages.
pub const DOCUMENTS_MAX: usize = 20;
/// The largest document, in bytes: 10 MiB, a scanned brochure. Participants come on
/// old phones and prepaid data; larger files belong on the exhibitor's own site.
pub const DOCUMENT_BYTES_MAX: u64 = 10 * 1024 * 1024;
/// All of a stand's documents together, in bytes: what one small server stores for
/// each of up to [`STANDS_MAX`] stands (100 × 50 MiB = 5 GiB at most per event).
pub const STAND_BYTES_MAX: u64 = 50 * 1024 * 1024;
/// The longest file name, in characters.
pub const FILE_NAME_MAX: usize = 120;
/// The most staff accounts on one stand: shifts across a day of a ministry's stand.
pub const STAFF_MAX: usize = 20;

/// A type of document a stand may offer: PDF, pictures, OpenDocument and the Office
/// Open XML formats. Legacy Office formats (`.doc`, `.xls`) and macro-enabled ones
/// (`.docm`) are left out: they carry macros, and a newcomer's phone opens a PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Pdf,
    Jpeg,
    Png,
    Webp,
    OdfText,
    OdfSpreadsheet,
    OdfPresentation,
    Docx,
    Xlsx,
    Pptx,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 10] = [
        DocumentKind::Pdf,
        DocumentKind::Jpeg,
        DocumentKind::Png,
        DocumentKind::Webp,
        DocumentKind::OdfText,
        DocumentKind::OdfSpreadsheet,
        DocumentKind::OdfPresentation,
        DocumentKind::Docx,
        DocumentKind::Xlsx,
        DocumentKind::Pptx,
    ];

    /// Its media type, as served in `Content-Type`.
    pub fn media_type(self) -> &'static str {
        match self {
            DocumentKind::Pdf => "application/pdf",
            DocumentKind::Jpeg => "image/jpeg",
            DocumentKind::Png => "image/png",
            DocumentKind::Webp => "image/webp",
            DocumentKind::OdfText => "application/vnd.oasis.opendocument.text",
            DocumentKind::OdfSpreadsheet => "application/vnd.oasis.opendocument.spreadsheet",
            DocumentKind::OdfPresentation => "application/vnd.oasis.opendocument.presentation",
            DocumentKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocumentKind::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            DocumentKind::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
        }
    }

    /// The file name endings (lower case, without the dot) of this type.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            DocumentKind::Pdf => &["pdf"],
            DocumentKind::Jpeg => &["jpg", "jpeg"],
            DocumentKind::Png => &["png"],
            DocumentKind::Webp => &["webp"],
            DocumentKind::OdfText => &["odt"],
            DocumentKind::OdfSpreadsheet => &["ods"],
            DocumentKind::OdfPresentation => &["odp"],
            DocumentKind::Docx => &["docx"],
            DocumentKind::Xlsx => &["xlsx"],
            DocumentKind::Pptx => &["pptx"],
        }
    }

    /// The kind a file name's ending names (any case), if one does: for a browser
    /// that sends no media type, or `application/octet-stream`, for an `.odt`.
    pub fn from_file_name(name: &str) -> Option<DocumentKind> {
        let (stem, extension) = name.trim().rsplit_once('.')?;
        if stem.is_empty() {
            return None;
        }
        DocumentKind::ALL.into_iter().find(|k| {
            k.extensions()
                .iter()
                .any(|e| e.eq_ignore_ascii_case(extension))
        })
    }

    /// Whether a file's first bytes are this kind's signature. A document is served as
    /// the type it was checked as: a web page or a program renamed `.pdf` is refused
    /// rather than handed to a newcomer's phone. OpenDocument and Office Open XML
    /// files are ZIP archives.
    pub fn content_matches(self, head: &[u8]) -> bool {
        match self {
            DocumentKind::Pdf => head.starts_with(b"%PDF-"),
            DocumentKind::Jpeg => head.starts_with(&[0xff, 0xd8, 0xff]),
            DocumentKind::Png => head.starts_with(b"\x89PNG\r\n\x1a\n"),
            DocumentKind::Webp => head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP"),
            DocumentKind::OdfText
            | DocumentKind::OdfSpreadsheet
            | DocumentKind::OdfPresentation
            | DocumentKind::Docx
            | DocumentKind::Xlsx
            | DocumentKind::Pptx => head.starts_with(b"PK\x03\x04"),
        }
    }

    /// The kind of a media type, ignoring case and parameters (`; charset=…`).
    pub fn from_media_type(media_type: &str) -> Option<DocumentKind> {
        let essence = media_type.split(';').next().unwrap_or_default().trim();
        DocumentKind::ALL
            .into_iter()
            .find(|k| k.media_type().eq_ignore_ascii_case(essence))
    }
}

/// A document as uploaded: its name, size and declared media type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentDraft {
    pub file_name: String,
    pub size_bytes: u64,
    pub media_type: String,
}

/// A checked document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Document {
    /// Trimmed.
    pub file_name: String,
    pub size_bytes: u64,
    pub kind: DocumentKind,
}

/// A stand as the organiser wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StandDraft {
    /// The exhibitor: "Ministère de la Famille", "ASTI".
    pub organisation: String,
    pub description: Wording,
    #[serde(default)]
    pub documents: Vec<DocumentDraft>,
    /// The stand's video room, for a talk face to face.
    #[serde(default)]
    pub video_link: Option<String>,
    pub opens: LocalTime,
    pub closes: LocalTime,
    /// Accounts of the staff who answer questions and moderate the stand.
    #[serde(default)]
    pub staff: Vec<i64>,
}

/// A checked stand, with its hours as unix instants too.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stand {
    pub organisation: String,
    pub description: Wording,
    pub documents: Vec<Document>,
    pub video_link: Option<String>,
    pub opens: LocalTime,
    pub closes: LocalTime,
    pub opens_at: i64,
    pub closes_at: i64,
    pub staff: Vec<i64>,
}

/// What is wrong with a stand's draft; [`check_stand`] reports every one. `index` is
/// the document's position in the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum StandProblem {
    #[error("the event has {max} stands already")]
    TooManyStands { max: usize },
    #[error("the organisation's name is shorter than {min} characters")]
    OrganisationTooShort { min: usize },
    #[error("the organisation's name is longer than {max} characters")]
    OrganisationTooLong { max: usize },
    #[error("the organisation's name holds a control or invisible character")]
    OrganisationHiddenCharacter,
    #[error("the description is written in no language")]
    NoDescription,
    #[error("the description in {language:?} is blank")]
    BlankDescription { language: Language },
    #[error("the description in {language:?} is longer than {max} characters")]
    DescriptionTooLong { language: Language, max: usize },
    #[error("{count} documents are more than {max}")]
    TooManyDocuments { count: usize, max: usize },
    /// Empty, too long, a path (`/`, `\`), starting with a dot, or with hidden
    /// characters.
    #[error("document {index}'s file name is not a plain file name")]
    BadFileName { index: usize },
    /// The same name (ignoring case) as an earlier document.
    #[error("document {index}'s file name is already used")]
    DuplicateFileName { index: usize },
    #[error("document {index} is of a type stands do not offer")]
    UnsupportedType { index: usize },
    /// The name's ending is not one of its media type's (`leaflet.exe` as a PDF).
    #[error("document {index}'s name does not end as its type does")]
    ExtensionMismatch { index: usize },
    #[error("document {index} is empty")]
    EmptyDocument { index: usize },
    #[error("document {index} is larger than {max} bytes")]
    DocumentTooLarge { index: usize, max: u64 },
    #[error("the documents together are larger than {max} bytes")]
    DocumentsTooLarge { max: u64 },
    #[error("the video link is not a web link")]
    BadVideoLink,
    #[error("an opening time does not exist")]
    InvalidTime,
    #[error("the stand closes before it opens")]
    ClosesBeforeOpens,
    /// Opens before the event starts or closes after it ends.
    #[error("the stand's hours are not within the event's")]
    OutsideEventHours,
    #[error("{count} staff are more than {max}")]
    TooManyStaff { count: usize, max: usize },
    #[error("account {account} is on the staff twice")]
    DuplicateStaff { account: i64 },
}

/// Checks a stand's draft for `event`, which has `existing_stands` stands already
/// (not counting this one when it is edited): the stand, cleaned, or every problem.
///
/// At most [`STANDS_MAX`] stands per event; an organisation name of
/// [`ORGANISATION_MIN`] to [`ORGANISATION_MAX`] visible characters; a description in
/// at least one language (stands write in their own languages, not necessarily the
/// event's); the documents ([`check_documents`]); a video link that [`is_web_link`]
/// accepts, if any; hours that exist, the closing after the opening, both within
/// the event's hours; at most [`STAFF_MAX`] staff, each once.
pub fn check_stand(
    draft: &StandDraft,
    event: &Event,
    existing_stands: usize,
    zone: &impl TimeZone,
) -> Result<Stand, Vec<StandProblem>> {
    let mut problems = Vec::new();
    if existing_stands >= STANDS_MAX {
        problems.push(StandProblem::TooManyStands { max: STANDS_MAX });
    }
    let organisation = check_organisation(&draft.organisation, &mut problems);
    if draft.description.languages().is_empty() {
        problems.push(StandProblem::NoDescription);
    }
    let (description, found) = clean_versions(
        &draft.description,
        DESCRIPTION_MAX,
        crate::posts::clean_text,
    );
    problems.extend(found.into_iter().map(|(language, p)| match p {
        VersionProblem::Blank => StandProblem::BlankDescription { language },
        VersionProblem::TooLong(max) => StandProblem::DescriptionTooLong { language, max },
    }));
    let documents = match check_documents(&draft.documents) {
        Ok(documents) => documents,
        Err(found) => {
            problems.extend(found);
            Vec::new()
        }
    };
    let video_link = draft
        .video_link
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    if video_link.is_some_and(|l| !is_web_link(l)) {
        problems.push(StandProblem::BadVideoLink);
    }
    if !draft.opens.is_valid() || !draft.closes.is_valid() {
        problems.push(StandProblem::InvalidTime);
    } else if draft.closes <= draft.opens {
        problems.push(StandProblem::ClosesBeforeOpens);
    } else if draft.opens < event.starts || draft.closes > event.ends {
        problems.push(StandProblem::OutsideEventHours);
    }
    if draft.staff.len() > STAFF_MAX {
        problems.push(StandProblem::TooManyStaff {
            count: draft.staff.len(),
            max: STAFF_MAX,
        });
    }
    for (i, &account) in draft.staff.iter().enumerate() {
        if draft
            .staff
            .get(..i)
            .is_some_and(|before| before.contains(&account))
        {
            problems.push(StandProblem::DuplicateStaff { account });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Stand {
        organisation,
        description,
        documents,
        video_link: video_link.map(str::to_string),
        opens: draft.opens,
        closes: draft.closes,
        opens_at: zone.to_utc(event.date, draft.opens),
        closes_at: zone.to_utc(event.date, draft.closes),
        staff: draft.staff.clone(),
    })
}

/// Whether a character hides or reorders text (joiners excepted, as in names).
fn is_hidden(c: char) -> bool {
    c.is_control() || (is_format_or_invisible(c) && !is_joiner(c))
}

fn check_organisation(input: &str, problems: &mut Vec<StandProblem>) -> String {
    let name = input.trim();
    if name.chars().any(is_hidden) {
        problems.push(StandProblem::OrganisationHiddenCharacter);
    }
    let count = name.chars().count();
    if count < ORGANISATION_MIN || !has_visible_character(name) {
        problems.push(StandProblem::OrganisationTooShort {
            min: ORGANISATION_MIN,
        });
    } else if count > ORGANISATION_MAX {
        problems.push(StandProblem::OrganisationTooLong {
            max: ORGANISATION_MAX,
        });
    }
    name.to_string()
}

/// Checks a stand's documents: at most [`DOCUMENTS_MAX`], together at most
/// [`STAND_BYTES_MAX`]; each with a plain file name (1 to [`FILE_NAME_MAX`] characters,
/// no path, not hidden, no control or invisible characters) unique on the stand
/// ignoring case, a media type of a [`DocumentKind`], a name ending as that kind's,
/// and a size from 1 byte to [`DOCUMENT_BYTES_MAX`]. The documents, or every problem.
pub fn check_documents(drafts: &[DocumentDraft]) -> Result<Vec<Document>, Vec<StandProblem>> {
    let mut problems = Vec::new();
    if drafts.len() > DOCUMENTS_MAX {
        problems.push(StandProblem::TooManyDocuments {
            count: drafts.len(),
            max: DOCUMENTS_MAX,
        });
    }
    let total = drafts
        .iter()
        .try_fold(0u64, |sum, d| sum.checked_add(d.size_bytes));
    if total.is_none_or(|t| t > STAND_BYTES_MAX) {
        problems.push(StandProblem::DocumentsTooLarge {
            max: STAND_BYTES_MAX,
        });
    }
    let mut documents = Vec::with_capacity(drafts.len());
    let mut names_seen: Vec<String> = Vec::with_capacity(drafts.len());
    for (index, draft) in drafts.iter().enumerate() {
        let name = draft.file_name.trim();
        let name_ok = !name.is_empty()
            && name.chars().count() <= FILE_NAME_MAX
            && !name.starts_with('.')
            && !name.contains(['/', '\\'])
            && !name.chars().any(is_hidden);
        if !name_ok {
            problems.push(StandProblem::BadFileName { index });
        }
        let folded = name.to_lowercase();
        if names_seen.contains(&folded) {
            problems.push(StandProblem::DuplicateFileName { index });
        }
        names_seen.push(folded);
        let kind = DocumentKind::from_media_type(&draft.media_type);
        match kind {
            None => problems.push(StandProblem::UnsupportedType { index }),
            Some(kind) if !ends_as(name, kind) => {
                problems.push(StandProblem::ExtensionMismatch { index })
            }
            Some(_) => {}
        }
        if draft.size_bytes == 0 {
            problems.push(StandProblem::EmptyDocument { index });
        } else if draft.size_bytes > DOCUMENT_BYTES_MAX {
            problems.push(StandProblem::DocumentTooLarge {
                index,
                max: DOCUMENT_BYTES_MAX,
            });
        }
        if let Some(kind) = kind {
            documents.push(Document {
                file_name: name.to_string(),
                size_bytes: draft.size_bytes,
                kind,
            });
        }
    }
    if problems.is_empty() {
        Ok(documents)
    } else {
        Err(problems)
    }
}

/// Whether `name` ends with a dot and one of `kind`'s extensions (any case), with
/// something before the dot.
fn ends_as(name: &str, kind: DocumentKind) -> bool {
    match name.rsplit_once('.') {
        Some((stem, extension)) => {
            !stem.is_empty()
                && kind
                    .extensions()
                    .iter()
                    .any(|e| e.eq_ignore_ascii_case(extension))
        }
        None => false,
    }
}

/// Whether a stand is open at `now`: from its opening (included) to its closing
/// (excluded). The hall shows open stands first and greys the others.
pub fn stand_open_now(stand: &Stand, now: i64) -> bool {
    stand.opens_at <= now && now < stand.closes_at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activities::{EuropeLuxembourg, LocalDate};
    use crate::events::RegistrationMode;

    fn t(hour: u8, minute: u8) -> LocalTime {
        LocalTime { hour, minute }
    }

    fn event() -> Event {
        let date = LocalDate {
            year: 2030,
            month: 3,
            day: 16,
        };
        let zone = EuropeLuxembourg;
        Event {
            title: Wording::default().with(Language::Fr, "Journée d'orientation"),
            description: Wording::default(),
            date,
            starts: t(9, 0),
            ends: t(17, 0),
            starts_at: zone.to_utc(date, t(9, 0)),
            ends_at: zone.to_utc(date, t(17, 0)),
            registration: RegistrationMode::Public,
            capacity: 600,
            link: None,
        }
    }

    fn document(name: &str, size: u64, media_type: &str) -> DocumentDraft {
        DocumentDraft {
            file_name: name.into(),
            size_bytes: size,
            media_type: media_type.into(),
        }
    }

    fn draft() -> StandDraft {
        StandDraft {
            organisation: " ASTI ".into(),
            description: Wording::default()
                .with(Language::Fr, "Accueil et information")
                .with(Language::Pt, "Acolhimento e informação"),
            documents: vec![document("Guide.PDF", 1_000, "application/pdf")],
            video_link: Some(" https://visio.example.lu/asti ".into()),
            opens: t(9, 0),
            closes: t(17, 0),
            staff: vec![3, 4],
        }
    }

    fn check(d: &StandDraft) -> Result<Stand, Vec<StandProblem>> {
        check_stand(d, &event(), 23, &EuropeLuxembourg)
    }

    #[test]
    fn a_good_stand_is_cleaned() {
        let stand = check(&draft()).unwrap();
        assert_eq!(stand.organisation, "ASTI");
        assert_eq!(
            stand.video_link.as_deref(),
            Some("https://visio.example.lu/asti")
        );
        assert_eq!(stand.documents[0].kind, DocumentKind::Pdf);
        assert_eq!(stand.opens_at, event().starts_at);
        assert_eq!(stand.closes_at, event().ends_at);
        assert_eq!(stand.staff, vec![3, 4]);
        assert_eq!(
            stand.description.get(Language::Pt),
            Some("Acolhimento e informação")
        );
    }

    #[test]
    fn the_hundredth_stand_is_the_last() {
        let ok = check_stand(&draft(), &event(), STANDS_MAX - 1, &EuropeLuxembourg);
        assert!(ok.is_ok());
        let full = check_stand(&draft(), &event(), STANDS_MAX, &EuropeLuxembourg);
        assert_eq!(
            full,
            Err(vec![StandProblem::TooManyStands { max: STANDS_MAX }])
        );
    }

    #[test]
    fn organisation_names_are_bounded_and_visible() {
        for (name, expected) in [
            ("AB", vec![]),
            ("A", vec![StandProblem::OrganisationTooShort { min: 2 }]),
            (
                " \u{200B}\u{200B} ",
                vec![
                    StandProblem::OrganisationHiddenCharacter,
                    StandProblem::OrganisationTooShort { min: 2 },
                ],
            ),
            (
                "\u{3164}\u{3164}",
                vec![
                    StandProblem::OrganisationHiddenCharacter,
                    StandProblem::OrganisationTooShort { min: 2 },
                ],
            ),
            (
                "AS\u{202E}TI",
                vec![StandProblem::OrganisationHiddenCharacter],
            ),
        ] {
            let mut d = draft();
            d.organisation = name.into();
            assert_eq!(check(&d).err().unwrap_or_default(), expected, "{name:?}");
        }
        let mut d = draft();
        d.organisation = "é".repeat(ORGANISATION_MAX);
        assert!(check(&d).is_ok());
        d.organisation = "é".repeat(ORGANISATION_MAX + 1);
        assert_eq!(
            check(&d),
            Err(vec![StandProblem::OrganisationTooLong { max: 60 }])
        );
        // Joiners stay allowed, as in names.
        d.organisation = "Mehr\u{200C}an".into();
        assert!(check(&d).is_ok());
    }

    #[test]
    fn descriptions_need_a_language_and_are_bounded() {
        let mut d = draft();
        d.description = Wording::default();
        assert_eq!(check(&d), Err(vec![StandProblem::NoDescription]));
        d.description = Wording::default()
            .with(Language::De, " \n ")
            .with(Language::En, "x".repeat(DESCRIPTION_MAX + 1));
        assert_eq!(
            check(&d),
            Err(vec![
                StandProblem::BlankDescription {
                    language: Language::De
                },
                StandProblem::DescriptionTooLong {
                    language: Language::En,
                    max: DESCRIPTION_MAX
                },
            ])
        );
        d.description = Wording::default().with(Language::En, "x".repeat(DESCRIPTION_MAX));
        assert!(check(&d).is_ok());
    }

    #[test]
    fn hours_lie_within_the_event() {
        for (opens, closes, expected) in [
            (t(9, 0), t(17, 0), None),
            (t(12, 0), t(12, 1), None),
            (t(8, 59), t(12, 0), Some(StandProblem::OutsideEventHours)),
            (t(12, 0), t(17, 1), Some(StandProblem::OutsideEventHours)),
            (t(12, 0), t(12, 0), Some(StandProblem::ClosesBeforeOpens)),
            (t(12, 1), t(12, 0), Some(StandProblem::ClosesBeforeOpens)),
            (t(24, 0), t(12, 0), Some(StandProblem::InvalidTime)),
            (t(9, 0), t(12, 60), Some(StandProblem::InvalidTime)),
        ] {
            let mut d = draft();
            d.opens = opens;
            d.closes = closes;
            let got = check(&d).err().unwrap_or_default();
            assert_eq!(got, expected.into_iter().collect::<Vec<_>>(), "{opens:?}");
        }
    }

    #[test]
    fn stand_is_open_from_opening_to_closing() {
        let stand = check(&draft()).unwrap();
        assert!(!stand_open_now(&stand, stand.opens_at - 1));
        assert!(stand_open_now(&stand, stand.opens_at));
        assert!(stand_open_now(&stand, stand.closes_at - 1));
        assert!(!stand_open_now(&stand, stand.closes_at));
    }

    #[test]
    fn staff_are_bounded_and_each_once() {
        let mut d = draft();
        d.staff = (1..=STAFF_MAX as i64).collect();
        assert!(check(&d).is_ok());
        d.staff.push(99);
        assert_eq!(
            check(&d),
            Err(vec![StandProblem::TooManyStaff {
                count: STAFF_MAX + 1,
                max: STAFF_MAX
            }])
        );
        d.staff = vec![5, 6, 5, 5];
        assert_eq!(
            check(&d),
            Err(vec![
                StandProblem::DuplicateStaff { account: 5 },
                StandProblem::DuplicateStaff { account: 5 }
            ])
        );
        d.staff = vec![];
        assert!(
            check(&d).is_ok(),
            "organisers answer at a stand without staff"
        );
    }

    #[test]
    fn video_links_are_web_links() {
        let mut d = draft();
        d.video_link = Some("javascript:alert(1)".into());
        assert_eq!(check(&d), Err(vec![StandProblem::BadVideoLink]));
        d.video_link = Some("  ".into());
        assert_eq!(check(&d).unwrap().video_link, None);
    }

    #[test]
    fn every_kind_of_document_is_accepted_by_its_endings() {
        for kind in DocumentKind::ALL {
            for ending in kind.extensions() {
                let d = document(&format!("leaflet.{ending}"), 1, kind.media_type());
                let checked = check_documents(&[d]).unwrap();
                assert_eq!(checked[0].kind, kind);
            }
            assert_eq!(DocumentKind::from_media_type(kind.media_type()), Some(kind));
        }
        assert_eq!(
            DocumentKind::from_media_type("Application/PDF; charset=binary"),
            Some(DocumentKind::Pdf)
        );
        for refused in [
            "application/msword",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/x-msdownload",
            "text/html",
            "",
        ] {
            assert_eq!(DocumentKind::from_media_type(refused), None, "{refused}");
        }
    }

    #[test]
    fn document_names_are_plain_and_match_their_type() {
        let pdf = "application/pdf";
        for (name, expected) in [
            ("guide.pdf", vec![]),
            ("  guide.pdf ", vec![]),
            (
                "guide.exe",
                vec![StandProblem::ExtensionMismatch { index: 0 }],
            ),
            (
                "guide.pdf.exe",
                vec![StandProblem::ExtensionMismatch { index: 0 }],
            ),
            ("guide", vec![StandProblem::ExtensionMismatch { index: 0 }]),
            (
                ".pdf",
                vec![
                    StandProblem::BadFileName { index: 0 },
                    StandProblem::ExtensionMismatch { index: 0 },
                ],
            ),
            ("../guide.pdf", vec![StandProblem::BadFileName { index: 0 }]),
            ("a\\guide.pdf", vec![StandProblem::BadFileName { index: 0 }]),
            ("a/guide.pdf", vec![StandProblem::BadFileName { index: 0 }]),
            (
                "guide\u{202E}fdp.exe",
                vec![
                    StandProblem::BadFileName { index: 0 },
                    StandProblem::ExtensionMismatch { index: 0 },
                ],
            ),
            (
                "",
                vec![
                    StandProblem::BadFileName { index: 0 },
                    StandProblem::ExtensionMismatch { index: 0 },
                ],
            ),
        ] {
            let got = check_documents(&[document(name, 10, pdf)])
                .err()
                .unwrap_or_default();
            assert_eq!(got, expected, "{name:?}");
        }
        let longest = format!("{}.pdf", "é".repeat(FILE_NAME_MAX - 4));
        assert!(check_documents(&[document(&longest, 1, pdf)]).is_ok());
        let too_long = format!("{}.pdf", "é".repeat(FILE_NAME_MAX - 3));
        assert_eq!(
            check_documents(&[document(&too_long, 1, pdf)]),
            Err(vec![StandProblem::BadFileName { index: 0 }])
        );
        assert_eq!(
            check_documents(&[document("photo.png", 1, "image/gif")]),
            Err(vec![StandProblem::UnsupportedType { index: 0 }])
        );
    }

    #[test]
    fn document_sizes_and_counts_are_bounded() {
        let pdf = "application/pdf";
        assert_eq!(
            check_documents(&[document("a.pdf", 0, pdf)]),
            Err(vec![StandProblem::EmptyDocument { index: 0 }])
        );
        assert!(check_documents(&[document("a.pdf", DOCUMENT_BYTES_MAX, pdf)]).is_ok());
        assert_eq!(
            check_documents(&[document("a.pdf", DOCUMENT_BYTES_MAX + 1, pdf)]),
            Err(vec![StandProblem::DocumentTooLarge {
                index: 0,
                max: DOCUMENT_BYTES_MAX
            }])
        );
        let five: Vec<_> = (0..5)
            .map(|i| document(&format!("{i}.pdf"), DOCUMENT_BYTES_MAX, pdf))
            .collect();
        assert!(check_documents(&five).is_ok(), "exactly the stand's total");
        let mut six = five.clone();
        six.push(document("5.pdf", 1, pdf));
        assert_eq!(
            check_documents(&six),
            Err(vec![StandProblem::DocumentsTooLarge {
                max: STAND_BYTES_MAX
            }])
        );
        let huge = [
            document("a.pdf", u64::MAX, pdf),
            document("b.pdf", u64::MAX, pdf),
        ];
        let problems = check_documents(&huge).unwrap_err();
        assert!(problems.contains(&StandProblem::DocumentsTooLarge {
            max: STAND_BYTES_MAX
        }));
        let many: Vec<_> = (0..DOCUMENTS_MAX)
            .map(|i| document(&format!("{i}.pdf"), 1, pdf))
            .collect();
        assert_eq!(check_documents(&many).map(|d| d.len()), Ok(DOCUMENTS_MAX));
        let mut too_many = many.clone();
        too_many.push(document("last.pdf", 1, pdf));
        assert_eq!(
            check_documents(&too_many),
            Err(vec![StandProblem::TooManyDocuments {
                count: DOCUMENTS_MAX + 1,
                max: DOCUMENTS_MAX
            }])
        );
    }

    #[test]
    fn the_documented_sizes_are_the_enforced_ones() {
        let pdf = "application/pdf";
        // 10 MiB a document.
        assert!(check_documents(&[document("a.pdf", 10_485_760, pdf)]).is_ok());
        assert!(check_documents(&[document("a.pdf", 10_485_761, pdf)]).is_err());
        // 50 MiB a stand.
        let mut fifty: Vec<_> = (0..5)
            .map(|i| document(&format!("{i}.pdf"), 10_485_760, pdf))
            .collect();
        assert!(check_documents(&fifty).is_ok());
        fifty[0].size_bytes -= 1;
        fifty.push(document("x.pdf", 2, pdf));
        assert_eq!(
            check_documents(&fifty),
            Err(vec![StandProblem::DocumentsTooLarge { max: 52_428_800 }])
        );
    }

    #[test]
    fn document_names_are_unique_ignoring_case() {
        let pdf = "application/pdf";
        assert_eq!(
            check_documents(&[
                document("Guide.pdf", 1, pdf),
                document("guide.PDF", 1, pdf),
                document("other.pdf", 1, pdf),
            ]),
            Err(vec![StandProblem::DuplicateFileName { index: 1 }])
        );
    }

    #[test]
    fn a_stand_reports_every_problem_at_once() {
        let d = StandDraft {
            organisation: "A".into(),
            description: Wording::default(),
            documents: vec![document("x.pdf", 0, "text/html")],
            video_link: Some("ftp://x".into()),
            opens: t(8, 0),
            closes: t(18, 0),
            staff: vec![1, 1],
        };
        let problems = check_stand(&d, &event(), STANDS_MAX, &EuropeLuxembourg).unwrap_err();
        assert_eq!(
            problems,
            vec![
                StandProblem::TooManyStands { max: STANDS_MAX },
                StandProblem::OrganisationTooShort { min: 2 },
                StandProblem::NoDescription,
                StandProblem::UnsupportedType { index: 0 },
                StandProblem::EmptyDocument { index: 0 },
                StandProblem::BadVideoLink,
                StandProblem::OutsideEventHours,
                StandProblem::DuplicateStaff { account: 1 },
            ]
        );
    }

    #[test]
    fn a_file_is_what_its_first_bytes_say() {
        let zip = b"PK\x03\x04rest";
        let cases: [(DocumentKind, &[u8]); 10] = [
            (DocumentKind::Pdf, b"%PDF-1.7\n"),
            (DocumentKind::Jpeg, &[0xff, 0xd8, 0xff, 0xe0]),
            (DocumentKind::Png, b"\x89PNG\r\n\x1a\n\0\0"),
            (DocumentKind::Webp, b"RIFF\x10\0\0\0WEBPVP8 "),
            (DocumentKind::OdfText, zip),
            (DocumentKind::OdfSpreadsheet, zip),
            (DocumentKind::OdfPresentation, zip),
            (DocumentKind::Docx, zip),
            (DocumentKind::Xlsx, zip),
            (DocumentKind::Pptx, zip),
        ];
        for (kind, head) in cases {
            assert!(kind.content_matches(head), "{kind:?}");
            // Another kind's first bytes (the archives share theirs), a page,
            // nothing, a signature cut short: no.
            let is_zip = |k: DocumentKind| {
                k.media_type().contains("opendocument") || k.media_type().contains("openxmlformats")
            };
            for (other, other_head) in cases {
                let same = other == kind || (is_zip(other) && is_zip(kind));
                assert_eq!(
                    kind.content_matches(other_head),
                    same,
                    "{kind:?} vs {other:?}"
                );
            }
            assert!(
                !kind.content_matches(b"<!doctype html><script>"),
                "{kind:?}"
            );
            assert!(!kind.content_matches(b""), "{kind:?}");
            assert!(
                !kind.content_matches(&head[..head.len().min(3) - 1]),
                "{kind:?}"
            );
        }
        // A RIFF file that is not a WebP picture (a WAV sound).
        assert!(!DocumentKind::Webp.content_matches(b"RIFF\x10\0\0\0WAVEfmt "));
        assert!(!DocumentKind::Webp.content_matches(b"RIFF\x10\0\0\0WEB"));
    }

    #[test]
    fn a_file_name_ending_names_its_kind() {
        assert_eq!(
            DocumentKind::from_file_name("Guide.PDF"),
            Some(DocumentKind::Pdf)
        );
        assert_eq!(
            DocumentKind::from_file_name(" photo.jpeg "),
            Some(DocumentKind::Jpeg)
        );
        assert_eq!(
            DocumentKind::from_file_name("photo.jpg"),
            Some(DocumentKind::Jpeg)
        );
        assert_eq!(
            DocumentKind::from_file_name("tabelle.ods"),
            Some(DocumentKind::OdfSpreadsheet)
        );
        assert_eq!(
            DocumentKind::from_file_name("slides.pptx"),
            Some(DocumentKind::Pptx)
        );
        assert_eq!(DocumentKind::from_file_name(".pdf"), None);
        assert_eq!(DocumentKind::from_file_name("pdf"), None);
        assert_eq!(DocumentKind::from_file_name("setup.exe"), None);
        assert_eq!(DocumentKind::from_file_name("letter.doc"), None);
    }
}
