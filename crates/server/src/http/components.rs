//! What the design system's components (`templates/components.html`) need from Rust:
//! the states of a step, a text's versions in a form, and the links every page's
//! header and footer carry.

use gemeng_core::language::Language;

use crate::http::assets;
use crate::http::context::Page;

/// Where a step of a procedure stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    /// Done, with its date if known.
    Done,
    /// The step the reader can take now.
    Current,
    /// Waits for an earlier step, or for someone else (the commune, the post).
    Waiting,
    /// Refused: the procedure stopped here.
    Refused,
}

impl StepState {
    pub fn as_str(&self) -> &'static str {
        match self {
            StepState::Done => "done",
            StepState::Current => "current",
            StepState::Waiting => "waiting",
            StepState::Refused => "refused",
        }
    }

    pub fn is_current(&self) -> bool {
        *self == StepState::Current
    }

    /// The tag's colour class.
    pub fn tag(&self) -> &'static str {
        match self {
            StepState::Done => "done",
            StepState::Current => "todo",
            StepState::Waiting => "waiting",
            StepState::Refused => "refused",
        }
    }

    /// The tag's words.
    pub fn label_key(&self) -> &'static str {
        match self {
            StepState::Done => "design-step-done",
            StepState::Current => "design-step-now",
            StepState::Waiting => "design-step-later",
            StepState::Refused => "design-step-refused",
        }
    }
}

/// One step of a procedure, already translated.
#[derive(Clone, Debug)]
pub struct Step {
    pub state: StepState,
    pub title: String,
    pub detail: String,
    /// When it happened or is expected ("28.11.2026", "within 5 working days").
    pub when: Option<String>,
}

impl Page {
    /// The icon sprite's URL (content-hashed, cached for a year).
    pub fn icons(&self) -> &'static str {
        assets::icons_path()
    }

    pub fn icon_svg(&self) -> &'static str {
        assets::icon_svg_path()
    }

    /// The header's link to read this page in another language.
    pub fn language_link(&self, code: &str) -> String {
        format!("/settings/language/{code}?{}", back_query(&self.path))
    }

    /// The footer's link to the display settings, coming back here.
    pub fn settings_link(&self) -> String {
        format!("/settings?{}", back_query(&self.path))
    }
}

/// `back=<path>`, encoded for a query string.
pub fn back_query(path: &str) -> String {
    serde_urlencoded::to_string([("back", path)]).unwrap_or_default()
}

/// One language's version of a titled text in a form (an activity, an event): the
/// names of its two fields and what is typed in them. `ui::versions` shows each in a
/// fieldset marked with its language.
pub struct VersionFields {
    pub code: String,
    /// The language's name in itself: the fieldset's legend.
    pub name: String,
    pub title_field: &'static str,
    pub description_field: &'static str,
    pub title: String,
    pub description: String,
}

impl VersionFields {
    /// The fields of `versions` (language code, title, description) in the order
    /// given; unknown codes are left out.
    pub fn of(versions: &[(String, String, String)]) -> Vec<VersionFields> {
        versions
            .iter()
            .filter_map(|(code, title, description)| {
                Language::from_code(code).map(|l| VersionFields {
                    code: code.clone(),
                    name: crate::http::i18n::Tr::new(l).t("language-name"),
                    title_field: title_field(l),
                    description_field: description_field(l),
                    title: title.clone(),
                    description: description.clone(),
                })
            })
            .collect()
    }
}

/// The form field of a version's title.
pub fn title_field(language: Language) -> &'static str {
    match language {
        Language::Lb => "title-lb",
        Language::De => "title-de",
        Language::Fr => "title-fr",
        Language::En => "title-en",
        Language::Pt => "title-pt",
    }
}

/// The form field of a version's description.
pub fn description_field(language: Language) -> &'static str {
    match language {
        Language::Lb => "description-lb",
        Language::De => "description-de",
        Language::Fr => "description-fr",
        Language::En => "description-en",
        Language::Pt => "description-pt",
    }
}
