//! Consultations (`PRODUCT.md` C3): the polls and surveys a commune puts to its
//! residents. What a consultation may ask and in which languages, which answer sets it
//! accepts and when, how the answers are counted (overall and per neighbourhood), and
//! what a stored answer set keeps about the resident who gave it.
//!
//! The server stores a consultation's definition as JSON (these types, through serde)
//! once [`check_consultation`] accepts it; a resident's answers go through
//! [`check_answers`] inside the transaction that stores them, and [`stored_form`]
//! decides what is kept. Refusals are enum variants naming the place or the question
//! at fault: the server maps each variant to a message in the reader's language, so
//! nothing here is text a person reads.
//!
//! Times are unix seconds passed in by the caller. A consultation is open from
//! `opens_at` (included) to `closes_at` (excluded), like a proposal of the time bank.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::codes::random_token;
use crate::language::Language;
use crate::posts::clean_text;
use crate::validation::{has_visible_character, is_format_or_invisible, is_joiner};

/// The longest title of a consultation, in characters, in each language.
pub const TITLE_MAX: usize = 200;
/// The longest wording of a question, in characters: a short paragraph (texts of a
/// consultation are kept on one line, see [`check_consultation`]).
pub const QUESTION_MAX: usize = 500;
/// The longest choice, scale end or section title, in characters.
pub const LABEL_MAX: usize = 200;
/// The most questions one survey asks: more is no longer a consultation people finish.
pub const QUESTIONS_MAX: usize = 100;
/// The most choices one question offers.
pub const CHOICES_MAX: usize = 50;
/// The top of the widest rating scale: 0 to 10 is the widest people rate on.
pub const SCALE_TOP: u8 = 10;
/// The longest answer to a free-text question a consultation may allow, in characters.
pub const FREE_TEXT_MAX: usize = 2_000;
/// The longest text written in an "other: ___" field, in characters.
pub const OTHER_MAX: usize = 200;
/// For an anonymous consultation, the fewest respondents whose results are shown (see
/// [`Results::too_few_to_show`]).
pub const ANONYMOUS_GROUP_MIN: u64 = 5;

/// One text in each language it was written in (lb, de, fr, en, pt). A consultation is
/// worded in the same languages throughout: [`check_consultation`] names every place
/// a version is missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lb: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub de: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pt: Option<String>,
}

impl Wording {
    /// The version in `language`, if there is one.
    pub fn get(&self, language: Language) -> Option<&str> {
        match language {
            Language::Lb => self.lb.as_deref(),
            Language::De => self.de.as_deref(),
            Language::Fr => self.fr.as_deref(),
            Language::En => self.en.as_deref(),
            Language::Pt => self.pt.as_deref(),
        }
    }

    fn slot(&mut self, language: Language) -> &mut Option<String> {
        match language {
            Language::Lb => &mut self.lb,
            Language::De => &mut self.de,
            Language::Fr => &mut self.fr,
            Language::En => &mut self.en,
            Language::Pt => &mut self.pt,
        }
    }

    /// The same wording with `text` as its version in `language`.
    pub fn with(mut self, language: Language, text: impl Into<String>) -> Wording {
        *self.slot(language) = Some(text.into());
        self
    }

    /// The languages it has a version in, in the language picker's order.
    pub fn languages(&self) -> Vec<Language> {
        Language::ALL
            .into_iter()
            .filter(|&l| self.get(l).is_some())
            .collect()
    }

    /// What a reader of `language` sees: their version, or else the first there is in
    /// the picker's order (the page then offers the others).
    pub fn for_reader(&self, language: Language) -> Option<(Language, &str)> {
        std::iter::once(language)
            .chain(Language::ALL)
            .find_map(|l| self.get(l).map(|text| (l, text)))
    }
}

/// A poll asks one question; a survey several, in sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsultationKind {
    Poll,
    Survey,
}

/// Who is asked: every resident of the commune, or those of some neighbourhoods.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Commune,
    Neighbourhoods(BTreeSet<i64>),
}

impl Audience {
    /// Whether a resident of `neighbourhood` (none: an address outside every
    /// neighbourhood) is asked.
    pub fn includes(&self, neighbourhood: Option<i64>) -> bool {
        match self {
            Audience::Commune => true,
            Audience::Neighbourhoods(ids) => neighbourhood.is_some_and(|n| ids.contains(&n)),
        }
    }
}

/// When residents see the results. Staff see them always.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultsShown {
    /// From opening on, as the answers come, and after closing.
    WhileOpen,
    /// Once the consultation has closed, so early results sway nobody.
    AfterClosing,
    /// Never: the results are for the commune's staff.
    Never,
}

/// A choice offered by a question. Its `id` is unique within the question and is what
/// an answer names, so a choice keeps its id when its wording is corrected.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: u32,
    pub label: Wording,
}

/// What a question asks for.
///
/// A rating carries its two labels in every language, which makes it the largest
/// variant; a consultation holds a few dozen questions at most, read once a request,
/// so boxing them would only make the type harder to build and match.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum QuestionKind {
    /// One of the choices, or the "other" field if `other` offers it.
    SingleChoice {
        choices: Vec<Choice>,
        #[serde(default)]
        other: bool,
    },
    /// Between `min` and `max` of the choices (`1 <= min <= max <=` their number):
    /// "maximum 3 answers" is `min` 1, `max` 3. A filled "other" field counts as one
    /// of them.
    MultipleChoice {
        choices: Vec<Choice>,
        min: u32,
        max: u32,
        #[serde(default)]
        other: bool,
    },
    YesNo,
    /// A whole number from `low` to `high` (1 to 5, 0 to 10), the two ends labelled
    /// ("not at all" … "very much").
    Rating {
        low: u8,
        high: u8,
        low_label: Wording,
        high_label: Wording,
    },
    /// The choices in order of preference: all of them, or the first `top`.
    Ranking {
        choices: Vec<Choice>,
        #[serde(default)]
        top: Option<u32>,
    },
    /// Text of at most `max_chars` characters (at most [`FREE_TEXT_MAX`]).
    FreeText {
        max_chars: u32,
    },
}

impl QuestionKind {
    /// The choices offered, for the kinds that offer choices.
    pub fn choices(&self) -> Option<&[Choice]> {
        match self {
            QuestionKind::SingleChoice { choices, .. }
            | QuestionKind::MultipleChoice { choices, .. }
            | QuestionKind::Ranking { choices, .. } => Some(choices),
            _ => None,
        }
    }

    /// How many places a ranking ranks: its `top`, or all its choices.
    fn ranked(&self) -> u32 {
        match self {
            QuestionKind::Ranking { choices, top } => {
                top.unwrap_or_else(|| u32::try_from(choices.len()).unwrap_or(u32::MAX))
            }
            _ => 0,
        }
    }
}

/// One question. Its `id` is unique in the consultation and is what an answer names.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: u32,
    pub text: Wording,
    /// An answer set without an answer to it is refused.
    pub required: bool,
    pub kind: QuestionKind,
}

/// A part of a survey, with an optional title ("Your commune today", "The app").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    #[serde(default)]
    pub title: Option<Wording>,
    pub questions: Vec<Question>,
}

/// A poll or a survey, as staff define it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    pub kind: ConsultationKind,
    pub title: Wording,
    /// A poll has one section, holding its one question.
    pub sections: Vec<Section>,
    pub opens_at: i64,
    pub closes_at: i64,
    /// Anonymous answer sets are stored without the resident and with the day only
    /// (see [`stored_form`]), and cannot be changed once given (see [`may_change`]).
    pub anonymous: bool,
    pub audience: Audience,
    pub results_shown: ResultsShown,
}

impl Consultation {
    /// Every question, sections one after the other.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// The question with this id.
    pub fn question(&self, id: u32) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// Every language any of its texts is worded in, in the picker's order. A checked
    /// consultation has every text in each of them.
    pub fn languages(&self) -> Vec<Language> {
        // The walk over the texts is written once, for the mutable borrow that
        // validation needs; a copy is cheap next to rendering a consultation.
        languages_of(&self.clone().wordings_mut())
    }

    /// Whether answers are accepted at `now`.
    pub fn is_open(&self, now: i64) -> bool {
        self.opens_at <= now && now < self.closes_at
    }

    /// Whether it has closed at `now`: its results no longer change.
    pub fn is_closed(&self, now: i64) -> bool {
        now >= self.closes_at
    }

    /// Whether staff may still change its questions: before it opens only, since a
    /// change after the first answer would change what those answers meant.
    pub fn may_edit(&self, now: i64) -> bool {
        now < self.opens_at
    }

    /// Whether residents see its results at `now` (staff always do).
    pub fn residents_see_results(&self, now: i64) -> bool {
        match self.results_shown {
            ResultsShown::WhileOpen => now >= self.opens_at,
            ResultsShown::AfterClosing => self.is_closed(now),
            ResultsShown::Never => false,
        }
    }

    /// Every text with where it is and how long it may be, title first, then each
    /// section's title and questions in order.
    fn wordings_mut(&mut self) -> Vec<(Place, usize, &mut Wording)> {
        let mut all = vec![(Place::Title, TITLE_MAX, &mut self.title)];
        for (section, s) in self.sections.iter_mut().enumerate() {
            if let Some(title) = &mut s.title {
                all.push((Place::Section { section }, LABEL_MAX, title));
            }
            for q in &mut s.questions {
                let question = q.id;
                all.push((Place::Question { question }, QUESTION_MAX, &mut q.text));
                match &mut q.kind {
                    QuestionKind::SingleChoice { choices, .. }
                    | QuestionKind::MultipleChoice { choices, .. }
                    | QuestionKind::Ranking { choices, .. } => {
                        for c in choices {
                            let place = Place::Choice {
                                question,
                                choice: c.id,
                            };
                            all.push((place, LABEL_MAX, &mut c.label));
                        }
                    }
                    QuestionKind::Rating {
                        low_label,
                        high_label,
                        ..
                    } => {
                        all.push((Place::LowLabel { question }, LABEL_MAX, low_label));
                        all.push((Place::HighLabel { question }, LABEL_MAX, high_label));
                    }
                    QuestionKind::YesNo | QuestionKind::FreeText { .. } => {}
                }
            }
        }
        all
    }
}

fn languages_of(wordings: &[(Place, usize, &mut Wording)]) -> Vec<Language> {
    Language::ALL
        .into_iter()
        .filter(|&l| wordings.iter().any(|(_, _, w)| w.get(l).is_some()))
        .collect()
}

/// Where in a consultation a text is. Sections are counted from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Place {
    Title,
    Section { section: usize },
    Question { question: u32 },
    Choice { question: u32, choice: u32 },
    LowLabel { question: u32 },
    HighLabel { question: u32 },
}

/// What is wrong with a consultation's definition. [`check_consultation`] reports
/// every problem it finds, so staff correct a draft in one go.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum DraftProblem {
    #[error("no text is worded in any language")]
    NoLanguage,
    /// The consultation is worded in `language` elsewhere, but not here.
    #[error("the version in {language:?} is missing at {place:?}")]
    MissingVersion { place: Place, language: Language },
    /// Empty, or only spaces and characters nobody sees.
    #[error("the version in {language:?} at {place:?} is blank")]
    BlankText { place: Place, language: Language },
    #[error("the version in {language:?} at {place:?} is longer than {max} characters")]
    TextTooLong {
        place: Place,
        language: Language,
        max: usize,
    },
    #[error("the consultation asks no question")]
    NoQuestion,
    #[error("a poll asks one question, not {questions}")]
    PollNotOneQuestion { questions: usize },
    #[error("{questions} questions are more than a survey asks")]
    TooManyQuestions { questions: usize },
    #[error("section {section} has no question")]
    EmptySection { section: usize },
    #[error("two questions have the id {question}")]
    DuplicateQuestionId { question: u32 },
    /// A question of choices offers fewer than two.
    #[error("question {question} offers {choices} choices, fewer than two")]
    TooFewChoices { question: u32, choices: usize },
    #[error("question {question} offers {choices} choices, more than allowed")]
    TooManyChoices { question: u32, choices: usize },
    #[error("question {question} has two choices with the id {choice}")]
    DuplicateChoiceId { question: u32, choice: u32 },
    /// Not `1 <= min <= max <=` the number of choices.
    #[error("question {question} asks for {min} to {max} answers")]
    AnswerCountOutOfRange { question: u32, min: u32, max: u32 },
    /// A ranking's top is zero or more than its choices.
    #[error("question {question} ranks the top {top}")]
    RankingTopOutOfRange { question: u32, top: u32 },
    /// Not `low < high <=` [`SCALE_TOP`].
    #[error("question {question} rates from {low} to {high}")]
    ScaleOutOfRange { question: u32, low: u8, high: u8 },
    /// Not 1 to [`FREE_TEXT_MAX`] characters.
    #[error("question {question} allows {max_chars} characters")]
    FreeTextLimitOutOfRange { question: u32, max_chars: u32 },
    #[error("the consultation closes before it opens")]
    ClosingNotAfterOpening,
    /// Chosen neighbourhoods, but none of them.
    #[error("the consultation is for no neighbourhood")]
    EmptyAudience,
}

/// Checks a draft and returns it cleaned (each text on one line, spaces collapsed,
/// hidden characters removed), or every problem found.
///
/// Every text must be worded in the same languages: those used anywhere in the draft.
/// A choice question offers 2 to [`CHOICES_MAX`] choices with distinct ids; the rest
/// is as [`DraftProblem`] lists.
pub fn check_consultation(draft: &Consultation) -> Result<Consultation, Vec<DraftProblem>> {
    let mut problems = Vec::new();
    let mut clean = draft.clone();
    let mut wordings = clean.wordings_mut();
    let languages = languages_of(&wordings);
    if languages.is_empty() {
        problems.push(DraftProblem::NoLanguage);
    }
    for (place, max, wording) in &mut wordings {
        check_wording(*place, *max, wording, &languages, &mut problems);
    }
    check_questions(&clean, &mut problems);
    if clean.closes_at <= clean.opens_at {
        problems.push(DraftProblem::ClosingNotAfterOpening);
    }
    if clean.audience == Audience::Neighbourhoods(BTreeSet::new()) {
        problems.push(DraftProblem::EmptyAudience);
    }
    if problems.is_empty() {
        Ok(clean)
    } else {
        Err(problems)
    }
}

/// Characters that could hide or reorder what a reader sees, as in a post's title.
fn is_hidden(c: char) -> bool {
    c.is_control() || (is_format_or_invisible(c) && !is_joiner(c))
}

/// One line: runs of spaces and line breaks become one space, hidden characters go,
/// the ends are trimmed.
fn one_line(input: &str) -> String {
    let mut line = String::with_capacity(input.len());
    let mut space = false;
    for c in input.chars() {
        if c.is_whitespace() {
            space = true;
        } else if !is_hidden(c) {
            if space && !line.is_empty() {
                line.push(' ');
            }
            space = false;
            line.push(c);
        }
    }
    line
}

fn check_wording(
    place: Place,
    max: usize,
    wording: &mut Wording,
    languages: &[Language],
    problems: &mut Vec<DraftProblem>,
) {
    for &language in languages {
        match wording.slot(language) {
            None => problems.push(DraftProblem::MissingVersion { place, language }),
            Some(text) => {
                let line = one_line(text);
                if !has_visible_character(&line) {
                    problems.push(DraftProblem::BlankText { place, language });
                } else if line.chars().count() > max {
                    problems.push(DraftProblem::TextTooLong {
                        place,
                        language,
                        max,
                    });
                } else {
                    *text = line;
                }
            }
        }
    }
}

fn check_questions(consultation: &Consultation, problems: &mut Vec<DraftProblem>) {
    let questions = consultation.questions().count();
    if questions == 0 {
        problems.push(DraftProblem::NoQuestion);
    } else {
        if consultation.kind == ConsultationKind::Poll && questions > 1 {
            problems.push(DraftProblem::PollNotOneQuestion { questions });
        }
        if questions > QUESTIONS_MAX {
            problems.push(DraftProblem::TooManyQuestions { questions });
        }
        for (section, s) in consultation.sections.iter().enumerate() {
            if s.questions.is_empty() {
                problems.push(DraftProblem::EmptySection { section });
            }
        }
    }
    let mut ids = BTreeSet::new();
    for q in consultation.questions() {
        if !ids.insert(q.id) {
            problems.push(DraftProblem::DuplicateQuestionId { question: q.id });
        }
        check_kind(q.id, &q.kind, problems);
    }
}

fn check_kind(question: u32, kind: &QuestionKind, problems: &mut Vec<DraftProblem>) {
    let offered = kind.choices().unwrap_or_default();
    if let Some(choices) = kind.choices() {
        if choices.len() < 2 {
            problems.push(DraftProblem::TooFewChoices {
                question,
                choices: choices.len(),
            });
        }
        if choices.len() > CHOICES_MAX {
            problems.push(DraftProblem::TooManyChoices {
                question,
                choices: choices.len(),
            });
        }
        let mut ids = BTreeSet::new();
        for c in choices {
            if !ids.insert(c.id) {
                problems.push(DraftProblem::DuplicateChoiceId {
                    question,
                    choice: c.id,
                });
            }
        }
    }
    let n = offered.len();
    let problem = match *kind {
        QuestionKind::MultipleChoice { min, max, .. } => {
            (!(1 <= min && min <= max && max as usize <= n))
                .then_some(DraftProblem::AnswerCountOutOfRange { question, min, max })
        }
        QuestionKind::Ranking { top: Some(top), .. } => (!(1 <= top && top as usize <= n))
            .then_some(DraftProblem::RankingTopOutOfRange { question, top }),
        QuestionKind::Rating { low, high, .. } => {
            (!(low < high && high <= SCALE_TOP)).then_some(DraftProblem::ScaleOutOfRange {
                question,
                low,
                high,
            })
        }
        QuestionKind::FreeText { max_chars } => {
            let allowed = (1..=FREE_TEXT_MAX).contains(&(max_chars as usize));
            (!allowed).then_some(DraftProblem::FreeTextLimitOutOfRange {
                question,
                max_chars,
            })
        }
        _ => None,
    };
    problems.extend(problem);
}

/// A resident's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Response {
    /// To a single or multiple choice question: the choices ticked, and the text of
    /// the "other" field if one was written. An empty field is no answer.
    Choices {
        #[serde(default)]
        chosen: Vec<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other: Option<String>,
    },
    YesNo {
        yes: bool,
    },
    Rating {
        value: u8,
    },
    /// The choices in order of preference, the preferred first.
    Ranking {
        order: Vec<u32>,
    },
    Text {
        text: String,
    },
}

/// The answer to the question `question`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub question: u32,
    pub response: Response,
}

/// A resident's answers to one consultation. One per resident: a named one is
/// replaced when changed, an anonymous one is final.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerSet {
    pub answers: Vec<Answer>,
}

/// What the rules need to know of the resident answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Respondent {
    /// The neighbourhood of their verified address.
    pub neighbourhood: Option<i64>,
    /// Whether they have given an answer set to this consultation already (storage
    /// knows from the list of who took part, which anonymous answers are not linked to).
    pub answered_before: bool,
}

/// Why a resident may not answer, or change their answers, now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    #[error("the consultation is not open yet")]
    NotOpenYet,
    /// Closed: its results no longer change.
    #[error("the consultation has closed")]
    Closed,
    /// Their neighbourhood is not asked.
    #[error("the consultation is not for this resident")]
    OutsideAudience,
    /// An anonymous answer set was given already and cannot be changed.
    #[error("anonymous answers cannot be changed")]
    AnswersAreFinal,
}

/// What is wrong with an answer set. [`check_answers`] reports every problem found,
/// so the form shows each next to its question.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum AnswerProblem {
    /// No question of the consultation has this id (a forged or outdated form).
    #[error("there is no question {question}")]
    UnknownQuestion { question: u32 },
    #[error("question {question} is answered twice")]
    AnsweredTwice { question: u32 },
    /// A response of another kind than the question asks (a rating to a yes/no).
    #[error("question {question} is answered with a response of another kind")]
    WrongKind { question: u32 },
    /// A required question without an answer.
    #[error("question {question} needs an answer")]
    Missing { question: u32 },
    /// Not one of the question's choices.
    #[error("question {question} offers no choice {choice}")]
    UnknownChoice { question: u32, choice: u32 },
    #[error("question {question} has choice {choice} twice")]
    ChosenTwice { question: u32, choice: u32 },
    #[error("question {question} needs at least {min} answers")]
    TooFewChosen { question: u32, min: u32 },
    #[error("question {question} takes at most {max} answers")]
    TooManyChosen { question: u32, max: u32 },
    /// Text in an "other" field the question does not offer.
    #[error("question {question} offers no other field")]
    OtherNotOffered { question: u32 },
    #[error("the other field of question {question} is longer than {max} characters")]
    OtherTooLong { question: u32, max: usize },
    #[error("question {question} rates from its low to its high end, not {value}")]
    RatingOutOfScale { question: u32, value: u8 },
    /// A ranking of more or fewer places than the question ranks.
    #[error("question {question} ranks {expected} choices")]
    RankingLength { question: u32, expected: u32 },
    #[error("the answer to question {question} is longer than {max} characters")]
    TextTooLong { question: u32, max: usize },
}

/// Why an answer set is refused: not now or not by this resident, or not these answers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum AnswerRefusal {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error("the answers have {} problems", .0.len())]
    Invalid(Vec<AnswerProblem>),
}

/// Whether the consultation takes answers at `now`.
fn open(consultation: &Consultation, now: i64) -> Result<(), Refusal> {
    if now < consultation.opens_at {
        Err(Refusal::NotOpenYet)
    } else if consultation.is_closed(now) {
        Err(Refusal::Closed)
    } else {
        Ok(())
    }
}

/// Whether a resident who answered may change their answer set at `now`: until it
/// closes, if the consultation is named.
///
/// Anonymous answer sets cannot be changed: storage keeps no link from a resident to
/// their answers (not even to say which row to replace), which is what makes them
/// anonymous to staff with database access. A resident is told so before sending.
pub fn may_change(consultation: &Consultation, now: i64) -> Result<(), Refusal> {
    open(consultation, now)?;
    if consultation.anonymous {
        Err(Refusal::AnswersAreFinal)
    } else {
        Ok(())
    }
}

/// Whether `respondent` may give (or, having answered, change) an answer set at `now`:
/// their neighbourhood is asked, the consultation is open, and a change is allowed
/// ([`may_change`]). Whether they are a verified resident of the commune is the
/// permissions module's to say.
pub fn may_answer(
    consultation: &Consultation,
    respondent: &Respondent,
    now: i64,
) -> Result<(), Refusal> {
    if !consultation.audience.includes(respondent.neighbourhood) {
        return Err(Refusal::OutsideAudience);
    }
    if respondent.answered_before {
        may_change(consultation, now)
    } else {
        open(consultation, now)
    }
}

/// Checks an answer set as a resident sent it, at `now`, and returns it cleaned: the
/// answers in the order of the questions, texts trimmed and cleaned, choices in the
/// order the question offers them, and empty answers (nothing ticked, a blank text, an
/// empty ranking) left out, as if the question had been skipped.
///
/// Refused first if [`may_answer`] refuses; otherwise with every problem found: forged
/// question or choice ids, a choice twice, a number of choices outside the question's
/// `min..=max` (a written "other" counts as one), a ranking that is not distinct choices
/// of the right number, a rating off the scale, texts too long, "other" text where no
/// "other" field is offered, required questions without an answer.
pub fn check_answers(
    consultation: &Consultation,
    respondent: &Respondent,
    answers: &AnswerSet,
    now: i64,
) -> Result<AnswerSet, AnswerRefusal> {
    may_answer(consultation, respondent, now)?;
    let mut problems = Vec::new();
    let mut given: BTreeMap<u32, &Response> = BTreeMap::new();
    for answer in &answers.answers {
        let question = answer.question;
        if consultation.question(question).is_none() {
            problems.push(AnswerProblem::UnknownQuestion { question });
        } else if given.insert(question, &answer.response).is_some() {
            problems.push(AnswerProblem::AnsweredTwice { question });
        }
    }
    let mut kept = Vec::new();
    for q in consultation.questions() {
        let response = match given.get(&q.id) {
            Some(response) => check_response(q, response, &mut problems),
            None => Ok(None),
        };
        match response {
            Ok(Some(response)) => kept.push(Answer {
                question: q.id,
                response,
            }),
            Ok(None) if q.required => problems.push(AnswerProblem::Missing { question: q.id }),
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(AnswerSet { answers: kept })
    } else {
        Err(AnswerRefusal::Invalid(problems))
    }
}

/// The cleaned response to `q`, `None` if it is empty; `Err` when it had problems,
/// which are added to `problems`.
fn check_response(
    q: &Question,
    response: &Response,
    problems: &mut Vec<AnswerProblem>,
) -> Result<Option<Response>, ()> {
    let before = problems.len();
    let question = q.id;
    let cleaned = match (&q.kind, response) {
        (
            QuestionKind::SingleChoice { choices, other }
            | QuestionKind::MultipleChoice { choices, other, .. },
            Response::Choices {
                chosen,
                other: written,
            },
        ) => {
            let (min, max) = match q.kind {
                QuestionKind::MultipleChoice { min, max, .. } => (min, max),
                _ => (1, 1),
            };
            let chosen = distinct_choices(question, choices, chosen, problems);
            let written = written
                .as_deref()
                .map(one_line)
                .filter(|t| has_visible_character(t));
            if let Some(text) = &written {
                if !other {
                    problems.push(AnswerProblem::OtherNotOffered { question });
                } else if text.chars().count() > OTHER_MAX {
                    problems.push(AnswerProblem::OtherTooLong {
                        question,
                        max: OTHER_MAX,
                    });
                }
            }
            let count = chosen.len() + usize::from(written.is_some());
            if count == 0 {
                None
            } else {
                if count < min as usize {
                    problems.push(AnswerProblem::TooFewChosen { question, min });
                }
                if count > max as usize {
                    problems.push(AnswerProblem::TooManyChosen { question, max });
                }
                Some(Response::Choices {
                    chosen,
                    other: written,
                })
            }
        }
        (QuestionKind::YesNo, Response::YesNo { yes }) => Some(Response::YesNo { yes: *yes }),
        (QuestionKind::Rating { low, high, .. }, Response::Rating { value }) => {
            if !(low..=high).contains(&value) {
                problems.push(AnswerProblem::RatingOutOfScale {
                    question,
                    value: *value,
                });
            }
            Some(Response::Rating { value: *value })
        }
        (QuestionKind::Ranking { choices, .. }, Response::Ranking { order }) => {
            if order.is_empty() {
                None
            } else {
                // Kept in the resident's order: the order is the answer.
                let mut seen = BTreeSet::new();
                for &choice in order {
                    if !choices.iter().any(|c| c.id == choice) {
                        problems.push(AnswerProblem::UnknownChoice { question, choice });
                    } else if !seen.insert(choice) {
                        problems.push(AnswerProblem::ChosenTwice { question, choice });
                    }
                }
                let expected = q.kind.ranked();
                if order.len() != expected as usize {
                    problems.push(AnswerProblem::RankingLength { question, expected });
                }
                Some(Response::Ranking {
                    order: order.clone(),
                })
            }
        }
        (QuestionKind::FreeText { max_chars }, Response::Text { text }) => {
            let text = clean_text(text);
            if !has_visible_character(&text) {
                None
            } else {
                if text.chars().count() > *max_chars as usize {
                    problems.push(AnswerProblem::TextTooLong {
                        question,
                        max: *max_chars as usize,
                    });
                }
                Some(Response::Text { text })
            }
        }
        _ => {
            problems.push(AnswerProblem::WrongKind { question });
            None
        }
    };
    if problems.len() == before {
        Ok(cleaned)
    } else {
        Err(())
    }
}

/// The ids in `chosen`, in the order `choices` offers them; a problem for each id not
/// offered and each id given twice.
fn distinct_choices(
    question: u32,
    choices: &[Choice],
    chosen: &[u32],
    problems: &mut Vec<AnswerProblem>,
) -> Vec<u32> {
    let mut seen = BTreeSet::new();
    for &choice in chosen {
        if !choices.iter().any(|c| c.id == choice) {
            problems.push(AnswerProblem::UnknownChoice { question, choice });
        } else if !seen.insert(choice) {
            problems.push(AnswerProblem::ChosenTwice { question, choice });
        }
    }
    choices
        .iter()
        .map(|c| c.id)
        .filter(|id| seen.contains(id))
        .collect()
}

/// How often one choice was ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChoiceCount {
    pub choice: u32,
    pub count: u64,
}

/// How often one value of a rating scale was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ValueCount {
    pub value: u8,
    pub count: u64,
}

/// A choice's Borda points in a ranking, and how often it was ranked first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RankingScore {
    pub choice: u32,
    pub points: u64,
    pub first: u64,
}

/// The counts of one question's answers. Lists follow the question's order of choices
/// (or the scale's from low to high), whatever the order of the answers, so the same
/// answers always give the same results.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Tally {
    /// Single or multiple choice: each choice's count, and how many wrote "other".
    /// The texts written are not counted here: they are read, not charted.
    Choices {
        counts: Vec<ChoiceCount>,
        other: u64,
    },
    YesNo {
        yes: u64,
        no: u64,
    },
    /// Each value's count, and the mean in tenths (`37` for 3.7), rounded half up;
    /// `None` without answers. Tenths keep the results whole numbers, which compare
    /// exactly and print the same in every language's number format.
    Rating {
        counts: Vec<ValueCount>,
        mean_tenths: Option<u64>,
    },
    /// A Borda count over rankings of `ranked` places (all the choices, or the top N):
    /// in each answer the first choice gets `ranked` points, the second one less, and
    /// so on to 1 point for the last ranked; choices left unranked get none. The
    /// choice with the most points is the one preferred overall, counting every
    /// place, not only first places (also given, as `first`). See [`by_points`].
    Ranking {
        ranked: u32,
        scores: Vec<RankingScore>,
    },
    /// Free text: only [`QuestionResults::answered`] counts. The texts are read in the
    /// answers, not charted.
    FreeText,
}

/// A ranking's scores from the most points to the fewest, ties in the question's order
/// of choices: the order a chart lists them in.
pub fn by_points(scores: &[RankingScore]) -> Vec<RankingScore> {
    let mut sorted = scores.to_vec();
    // A stable sort: equal points keep the question's order.
    sorted.sort_by_key(|s| std::cmp::Reverse(s.points));
    sorted
}

/// The results of one question.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuestionResults {
    pub question: u32,
    /// How many answer sets answered it.
    pub answered: u64,
    pub tally: Tally,
}

/// The results of a consultation (or of one neighbourhood's respondents): one entry
/// per question, in the questions' order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Results {
    /// How many answer sets were counted.
    pub respondents: u64,
    pub questions: Vec<QuestionResults>,
}

/// The results of the respondents of one neighbourhood (`None`: of an address outside
/// every neighbourhood).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NeighbourhoodResults {
    pub neighbourhood: Option<i64>,
    pub results: Results,
}

impl Results {
    /// Results of no answers: every question, every choice and scale value at zero.
    fn empty(consultation: &Consultation) -> Results {
        let questions = consultation
            .questions()
            .map(|q| QuestionResults {
                question: q.id,
                answered: 0,
                tally: Tally::empty(&q.kind),
            })
            .collect();
        Results {
            respondents: 0,
            questions,
        }
    }

    fn count(&mut self, set: &AnswerSet) {
        self.respondents += 1;
        for answer in &set.answers {
            if let Some(results) = self
                .questions
                .iter_mut()
                .find(|r| r.question == answer.question)
            {
                if results.tally.count(&answer.response) {
                    results.answered += 1;
                }
            }
        }
    }

    fn finish(mut self) -> Results {
        for q in &mut self.questions {
            if let Tally::Rating {
                counts,
                mean_tenths,
            } = &mut q.tally
            {
                *mean_tenths = mean_in_tenths(counts);
            }
        }
        self
    }

    /// Whether these results must not be shown, to staff or residents: those of an
    /// anonymous consultation with fewer than [`ANONYMOUS_GROUP_MIN`] respondents
    /// (overall, or in one neighbourhood). Staff know who took part and in which
    /// neighbourhood each lives; the answers of a group of one or two would point at
    /// them.
    pub fn too_few_to_show(&self, consultation: &Consultation) -> bool {
        consultation.anonymous && self.respondents < ANONYMOUS_GROUP_MIN
    }
}

impl Tally {
    fn empty(kind: &QuestionKind) -> Tally {
        let zero = |choices: &[Choice]| -> Vec<ChoiceCount> {
            choices
                .iter()
                .map(|c| ChoiceCount {
                    choice: c.id,
                    count: 0,
                })
                .collect()
        };
        match kind {
            QuestionKind::SingleChoice { choices, .. }
            | QuestionKind::MultipleChoice { choices, .. } => Tally::Choices {
                counts: zero(choices),
                other: 0,
            },
            QuestionKind::YesNo => Tally::YesNo { yes: 0, no: 0 },
            QuestionKind::Rating { low, high, .. } => Tally::Rating {
                counts: (*low..=*high)
                    .map(|value| ValueCount { value, count: 0 })
                    .collect(),
                mean_tenths: None,
            },
            QuestionKind::Ranking { choices, .. } => Tally::Ranking {
                ranked: kind.ranked(),
                scores: choices
                    .iter()
                    .map(|c| RankingScore {
                        choice: c.id,
                        points: 0,
                        first: 0,
                    })
                    .collect(),
            },
            QuestionKind::FreeText { .. } => Tally::FreeText,
        }
    }

    /// Counts one response; `false` (nothing counted) when it is not of the
    /// question's kind or off its scale.
    fn count(&mut self, response: &Response) -> bool {
        match (self, response) {
            (
                Tally::Choices { counts, other },
                Response::Choices {
                    chosen,
                    other: text,
                },
            ) => {
                for id in chosen {
                    if let Some(c) = counts.iter_mut().find(|c| c.choice == *id) {
                        c.count += 1;
                    }
                }
                if text.is_some() {
                    *other += 1;
                }
                true
            }
            (Tally::YesNo { yes, no }, Response::YesNo { yes: answer }) => {
                if *answer {
                    *yes += 1;
                } else {
                    *no += 1;
                }
                true
            }
            (Tally::Rating { counts, .. }, Response::Rating { value }) => {
                match counts.iter_mut().find(|c| c.value == *value) {
                    Some(c) => {
                        c.count += 1;
                        true
                    }
                    None => false,
                }
            }
            (Tally::Ranking { ranked, scores }, Response::Ranking { order }) => {
                let ranked = u64::from(*ranked);
                for (place, id) in (0..ranked).zip(order) {
                    if let Some(s) = scores.iter_mut().find(|s| s.choice == *id) {
                        s.points += ranked - place;
                        if place == 0 {
                            s.first += 1;
                        }
                    }
                }
                true
            }
            (Tally::FreeText, Response::Text { .. }) => true,
            _ => false,
        }
    }
}

/// The mean of a rating's values in tenths, rounded half up: 10 × sum ÷ n + ½, in
/// whole numbers.
fn mean_in_tenths(counts: &[ValueCount]) -> Option<u64> {
    let n: u64 = counts.iter().map(|c| c.count).sum();
    if n == 0 {
        return None;
    }
    let sum: u64 = counts.iter().map(|c| u64::from(c.value) * c.count).sum();
    Some((20 * sum + n) / (2 * n))
}

/// The results of `sets`, answer sets as [`check_answers`] returned them.
///
/// Each set counts as one respondent; each answer counts for its question. Anything a
/// checked set cannot hold (an unknown question or choice, a response of another kind,
/// a rating off the scale) is left uncounted rather than trusted, so a forged row
/// cannot add a choice to the chart. The result does not depend on the order of the
/// sets.
pub fn tally<'a>(
    consultation: &Consultation,
    sets: impl IntoIterator<Item = &'a AnswerSet>,
) -> Results {
    let mut results = Results::empty(consultation);
    for set in sets {
        results.count(set);
    }
    results.finish()
}

/// The results per neighbourhood of `sets`, each set with its respondent's
/// neighbourhood as stored, ordered by neighbourhood (`None` first). Only
/// neighbourhoods with at least one respondent are listed. Their counts add up to
/// those of [`tally`] over the same sets (means are each group's own).
pub fn tally_by_neighbourhood<'a>(
    consultation: &Consultation,
    sets: impl IntoIterator<Item = (Option<i64>, &'a AnswerSet)>,
) -> Vec<NeighbourhoodResults> {
    let mut groups: BTreeMap<Option<i64>, Results> = BTreeMap::new();
    for (neighbourhood, set) in sets {
        groups
            .entry(neighbourhood)
            .or_insert_with(|| Results::empty(consultation))
            .count(set);
    }
    groups
        .into_iter()
        .map(|(neighbourhood, results)| NeighbourhoodResults {
            neighbourhood,
            results: results.finish(),
        })
        .collect()
}

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// The day of `unix_seconds`, counted from 1 January 1970 (UTC), the finest time an
/// anonymous answer keeps. Before 1970 counts down from -1.
pub fn day_of(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(DAY)
}

/// An answer set as storage keeps it.
///
/// # For the storage layer: keeping anonymous answers anonymous
///
/// Nobody, not even staff reading the tables, may link an anonymous answer set to the
/// resident who gave it. [`stored_form`] leaves out the resident and keeps only the
/// day; the rows must not reveal more by their order. Storage also keeps who took part
/// (to accept one answer set per resident), and that list has an order too: if the
/// answers had one, the n-th to take part would have given the n-th answer set. So:
///
/// - The answers' primary key is [`StoredAnswers::key`], random, never an
///   autoincrement or a sequence. On SQLite the table is `WITHOUT ROWID`: otherwise
///   its hidden rowid counts up in the order rows were written.
/// - No column holds a time finer than `day`: no `created_at` default, no
///   `updated_at`. The list of who took part holds no time at all, and no row id that
///   counts up either (`WITHOUT ROWID`, keyed by consultation and resident).
/// - Reads and exports list anonymous answers by `key` (a random order) or grouped by
///   answer, never in the order they were written; an export has no resident column.
/// - PostgreSQL keeps, on every row, the transaction that wrote it (`xmin`) and its
///   place in the table file (`ctid`), and the answer set and its entry in the list of
///   who took part are written by one transaction. Rewrite the consultation's anonymous
///   rows of both tables in one statement (an `UPDATE` setting a column to itself) at
///   least when it closes, and daily while it is open, so they all share one `xmin`
///   and lose their written order; the storage test reading the tables checks `xmin`
///   and `ctid` too. The database's own logs and backups are outside what a table
///   read can prove, and are kept from staff.
/// - Storing the neighbourhood narrows an answer set to those who took part there:
///   results of fewer than [`ANONYMOUS_GROUP_MIN`] are not shown
///   ([`Results::too_few_to_show`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StoredAnswers {
    /// 256 random bits, URL-safe base64: the row's key.
    pub key: String,
    /// The resident, for a named consultation only.
    pub resident: Option<i64>,
    /// The respondent's neighbourhood when they answered, for results per
    /// neighbourhood.
    pub neighbourhood: Option<i64>,
    /// The day they answered ([`day_of`]).
    pub day: i64,
    /// The exact time, for a named consultation only.
    pub answered_at: Option<i64>,
    pub answers: AnswerSet,
}

/// What storage keeps of `answers`, given by `resident` of `neighbourhood` at `now`:
/// for an anonymous consultation, neither the resident nor a time finer than the day.
pub fn stored_form(
    consultation: &Consultation,
    resident: i64,
    neighbourhood: Option<i64>,
    answers: AnswerSet,
    now: i64,
) -> StoredAnswers {
    let (resident, answered_at) = if consultation.anonymous {
        (None, None)
    } else {
        (Some(resident), Some(now))
    };
    StoredAnswers {
        key: random_token(),
        resident,
        neighbourhood,
        day: day_of(now),
        answered_at,
        answers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    use DraftProblem as D;
    use Language::{De, En, Fr, Pt};

    /// The same text in French and English, the languages of every test consultation.
    fn w(text: &str) -> Wording {
        Wording::default().with(Fr, text).with(En, text)
    }

    /// Choices `first`, `first + 1`… (`n` of them).
    fn choices_from(first: u32, n: u32) -> Vec<Choice> {
        (first..first + n)
            .map(|id| Choice {
                id,
                label: w(&format!("choice {id}")),
            })
            .collect()
    }

    fn choices(n: u32) -> Vec<Choice> {
        choices_from(1, n)
    }

    fn q(id: u32, kind: QuestionKind) -> Question {
        Question {
            id,
            text: w(&format!("question {id}")),
            required: true,
            kind,
        }
    }

    fn optional(id: u32, kind: QuestionKind) -> Question {
        Question {
            required: false,
            ..q(id, kind)
        }
    }

    fn single(n: u32, other: bool) -> QuestionKind {
        QuestionKind::SingleChoice {
            choices: choices(n),
            other,
        }
    }

    fn multiple(n: u32, min: u32, max: u32, other: bool) -> QuestionKind {
        QuestionKind::MultipleChoice {
            choices: choices(n),
            min,
            max,
            other,
        }
    }

    fn rating(low: u8, high: u8) -> QuestionKind {
        QuestionKind::Rating {
            low,
            high,
            low_label: w("not at all"),
            high_label: w("very much"),
        }
    }

    fn ranking(n: u32, top: Option<u32>) -> QuestionKind {
        QuestionKind::Ranking {
            choices: choices(n),
            top,
        }
    }

    fn free_text(max_chars: u32) -> QuestionKind {
        QuestionKind::FreeText { max_chars }
    }

    const OPENS: i64 = 1_000_000;
    const CLOSES: i64 = 2_000_000;

    fn survey(questions: Vec<Question>) -> Consultation {
        Consultation {
            kind: ConsultationKind::Survey,
            title: w("Living together"),
            sections: vec![Section {
                title: None,
                questions,
            }],
            opens_at: OPENS,
            closes_at: CLOSES,
            anonymous: false,
            audience: Audience::Commune,
            results_shown: ResultsShown::AfterClosing,
        }
    }

    fn poll(question: Question) -> Consultation {
        Consultation {
            kind: ConsultationKind::Poll,
            ..survey(vec![question])
        }
    }

    /// Every kind of question, two sections.
    fn full_survey() -> Consultation {
        let mut c = survey(vec![
            q(1, single(3, true)),
            q(2, multiple(4, 1, 3, true)),
            q(3, QuestionKind::YesNo),
        ]);
        c.sections[0].title = Some(w("Your commune"));
        c.sections.push(Section {
            title: Some(w("The app")),
            questions: vec![
                q(4, rating(1, 5)),
                q(5, ranking(3, None)),
                optional(6, free_text(FREE_TEXT_MAX as u32)),
            ],
        });
        c
    }

    fn problems(c: &Consultation) -> Vec<DraftProblem> {
        check_consultation(c).expect_err("refused")
    }

    fn accepted(c: &Consultation) {
        assert_eq!(check_consultation(c), Ok(c.clone()));
    }

    #[test]
    fn a_complete_survey_and_a_poll_are_accepted_as_they_are() {
        accepted(&full_survey());
        accepted(&poll(q(7, QuestionKind::YesNo)));
        accepted(&poll(q(7, single(2, false))));
    }

    #[test]
    fn texts_are_kept_on_one_clean_line() {
        let mut c = full_survey();
        c.title = Wording::default()
            .with(Fr, "  Vivre\n\tensemble\u{202E} ")
            .with(En, "Living\u{200B} together, \u{1F469}\u{200D}\u{1F467}");
        if let QuestionKind::Rating { low_label, .. } = &mut c.sections[1].questions[0].kind {
            *low_label = w(" pas\r\n du tout ");
        }
        let clean = check_consultation(&c).unwrap();
        assert_eq!(clean.title.fr.as_deref(), Some("Vivre ensemble"));
        assert_eq!(
            clean.title.en.as_deref(),
            Some("Living together, \u{1F469}\u{200D}\u{1F467}"),
            "joiners stay"
        );
        match &clean.sections[1].questions[0].kind {
            QuestionKind::Rating { low_label, .. } => {
                assert_eq!(low_label, &w("pas du tout"))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(check_consultation(&clean), Ok(clean.clone()), "idempotent");
    }

    #[test]
    fn a_version_missing_is_named_where_it_is_missing() {
        let fr_only = Wording::default().with(Fr, "seulement");
        let mut c = full_survey();
        c.sections[0].questions[0].text = fr_only.clone();
        assert_eq!(
            problems(&c),
            [D::MissingVersion {
                place: Place::Question { question: 1 },
                language: En
            }]
        );

        let mut c = full_survey();
        c.title = fr_only.clone();
        assert_eq!(
            problems(&c),
            [D::MissingVersion {
                place: Place::Title,
                language: En
            }]
        );

        let mut c = full_survey();
        c.sections[1].title = Some(fr_only.clone());
        assert_eq!(
            problems(&c),
            [D::MissingVersion {
                place: Place::Section { section: 1 },
                language: En
            }]
        );

        let mut c = full_survey();
        if let QuestionKind::MultipleChoice { choices, .. } = &mut c.sections[0].questions[1].kind {
            choices[2].label = fr_only.clone();
        }
        assert_eq!(
            problems(&c),
            [D::MissingVersion {
                place: Place::Choice {
                    question: 2,
                    choice: 3
                },
                language: En
            }]
        );

        for high in [false, true] {
            let mut c = full_survey();
            if let QuestionKind::Rating {
                low_label,
                high_label,
                ..
            } = &mut c.sections[1].questions[0].kind
            {
                *(if high { high_label } else { low_label }) = Wording::default().with(En, "only");
            }
            let place = if high {
                Place::HighLabel { question: 4 }
            } else {
                Place::LowLabel { question: 4 }
            };
            assert_eq!(
                problems(&c),
                [D::MissingVersion {
                    place,
                    language: Fr
                }]
            );
        }
    }

    #[test]
    fn a_language_used_once_is_missing_everywhere_else() {
        let mut c = poll(q(1, single(2, false)));
        c.sections[0].questions[0].text = w("question").with(Pt, "pergunta").with(De, "Frage");
        let missing = |place| [De, Pt].map(|language| D::MissingVersion { place, language });
        let expected: Vec<DraftProblem> = [
            missing(Place::Title),
            missing(Place::Choice {
                question: 1,
                choice: 1,
            }),
            missing(Place::Choice {
                question: 1,
                choice: 2,
            }),
        ]
        .concat();
        assert_eq!(problems(&c), expected);
        assert_eq!(c.languages(), [De, Fr, En, Pt]);
    }

    #[test]
    fn a_consultation_without_any_wording_has_no_language() {
        let mut c = poll(q(1, QuestionKind::YesNo));
        c.title = Wording::default();
        c.sections[0].questions[0].text = Wording::default();
        assert_eq!(c.languages(), []);
        assert_eq!(problems(&c), [D::NoLanguage]);
    }

    #[test]
    fn blank_texts_are_refused() {
        let mut c = full_survey();
        c.title = w("Title").with(Fr, " \u{200B}\u{202E}\n");
        c.sections[0].questions[2].text = w("").with(Fr, "Oui ou non ?");
        assert_eq!(
            problems(&c),
            [
                D::BlankText {
                    place: Place::Title,
                    language: Fr
                },
                D::BlankText {
                    place: Place::Question { question: 3 },
                    language: En
                },
            ]
        );
    }

    #[test]
    fn texts_are_bounded_at_their_place() {
        // Spaces collapse before counting: a text one space over its limit fits.
        let fits = |max: usize| {
            format!(
                "  {}  \n {} ",
                "é".repeat(max / 2),
                "é".repeat(max - max / 2 - 1)
            )
        };
        let exact = |max: usize| "é".repeat(max);
        let over = |max: usize| "é".repeat(max + 1);
        type Set = fn(&mut Consultation, Wording);
        let places: [(Place, usize, Set); 6] = [
            (Place::Title, TITLE_MAX, |c, t| c.title = t),
            (Place::Section { section: 0 }, LABEL_MAX, |c, t| {
                c.sections[0].title = Some(t)
            }),
            (Place::Question { question: 1 }, QUESTION_MAX, |c, t| {
                c.sections[0].questions[0].text = t
            }),
            (
                Place::Choice {
                    question: 1,
                    choice: 2,
                },
                LABEL_MAX,
                |c, t| {
                    if let QuestionKind::SingleChoice { choices, .. } =
                        &mut c.sections[0].questions[0].kind
                    {
                        choices[1].label = t
                    }
                },
            ),
            (Place::LowLabel { question: 4 }, LABEL_MAX, |c, t| {
                if let QuestionKind::Rating { low_label, .. } = &mut c.sections[1].questions[0].kind
                {
                    *low_label = t
                }
            }),
            (Place::HighLabel { question: 4 }, LABEL_MAX, |c, t| {
                if let QuestionKind::Rating { high_label, .. } =
                    &mut c.sections[1].questions[0].kind
                {
                    *high_label = t
                }
            }),
        ];
        for (place, max, set) in places {
            let mut c = full_survey();
            set(&mut c, w(&exact(max)));
            accepted(&c);
            set(&mut c, w("x").with(En, over(max)));
            assert_eq!(
                problems(&c),
                [D::TextTooLong {
                    place,
                    language: En,
                    max
                }],
                "{place:?}"
            );
            set(&mut c, w(&fits(max)));
            assert!(fits(max).chars().count() > max);
            assert!(check_consultation(&c).is_ok(), "{place:?}");
        }
    }

    #[test]
    fn a_consultation_asks_at_least_one_question_and_no_empty_section() {
        let mut c = full_survey();
        c.sections.clear();
        assert_eq!(problems(&c), [D::NoQuestion]);
        c.sections.push(Section {
            title: None,
            questions: vec![],
        });
        assert_eq!(problems(&c), [D::NoQuestion]);
        let mut c = full_survey();
        c.sections.insert(
            1,
            Section {
                title: None,
                questions: vec![],
            },
        );
        assert_eq!(problems(&c), [D::EmptySection { section: 1 }]);
    }

    #[test]
    fn a_poll_asks_one_question_and_a_survey_at_most_a_hundred() {
        let mut c = poll(q(1, QuestionKind::YesNo));
        c.sections.push(Section {
            title: None,
            questions: vec![q(2, QuestionKind::YesNo)],
        });
        assert_eq!(problems(&c), [D::PollNotOneQuestion { questions: 2 }]);
        c.kind = ConsultationKind::Survey;
        accepted(&c);
        accepted(&survey(vec![q(1, QuestionKind::YesNo)]));

        let many = |n: u32| (0..n).map(|id| q(id, QuestionKind::YesNo)).collect();
        accepted(&survey(many(QUESTIONS_MAX as u32)));
        assert_eq!(
            problems(&survey(many(QUESTIONS_MAX as u32 + 1))),
            [D::TooManyQuestions {
                questions: QUESTIONS_MAX + 1
            }]
        );
    }

    #[test]
    fn question_ids_are_unique() {
        let c = survey(vec![
            q(4, QuestionKind::YesNo),
            q(5, QuestionKind::YesNo),
            q(4, QuestionKind::YesNo),
            q(4, free_text(10)),
        ]);
        assert_eq!(
            problems(&c),
            [
                D::DuplicateQuestionId { question: 4 },
                D::DuplicateQuestionId { question: 4 }
            ]
        );
    }

    #[test]
    fn choice_questions_offer_two_to_fifty_distinct_choices() {
        let kinds = |n: u32| {
            [
                single(n, false),
                multiple(n, 1, n.max(1), false),
                ranking(n, None),
            ]
        };
        for n in [2, CHOICES_MAX as u32] {
            for kind in kinds(n) {
                accepted(&poll(q(1, kind)));
            }
        }
        for n in [0, 1] {
            for kind in kinds(n) {
                let mut expected = vec![D::TooFewChoices {
                    question: 1,
                    choices: n as usize,
                }];
                if n == 0 && matches!(kind, QuestionKind::MultipleChoice { .. }) {
                    // Nothing to choose: at least one answer is more than there is.
                    expected.push(D::AnswerCountOutOfRange {
                        question: 1,
                        min: 1,
                        max: 1,
                    });
                }
                assert_eq!(problems(&poll(q(1, kind.clone()))), expected, "{kind:?}");
            }
        }
        for kind in kinds(CHOICES_MAX as u32 + 1) {
            assert_eq!(
                problems(&poll(q(1, kind))),
                [D::TooManyChoices {
                    question: 1,
                    choices: CHOICES_MAX + 1
                }]
            );
        }
        for kind in kinds(3) {
            let mut question = q(8, kind);
            if let QuestionKind::SingleChoice { choices, .. }
            | QuestionKind::MultipleChoice { choices, .. }
            | QuestionKind::Ranking { choices, .. } = &mut question.kind
            {
                choices[2].id = 1;
            }
            assert_eq!(
                problems(&poll(question)),
                [D::DuplicateChoiceId {
                    question: 8,
                    choice: 1
                }]
            );
        }
        // Yes/no, rating and free text offer no choices, and need none.
        assert_eq!(QuestionKind::YesNo.choices(), None);
        assert_eq!(rating(1, 5).choices(), None);
        assert_eq!(free_text(5).choices(), None);
        assert_eq!(single(3, false).choices().map(<[Choice]>::len), Some(3));
    }

    #[test]
    fn multiple_choice_asks_for_one_to_all_answers() {
        for (min, max) in [(1, 1), (1, 4), (2, 3), (4, 4)] {
            accepted(&poll(q(1, multiple(4, min, max, true))));
        }
        for (min, max) in [(0, 0), (0, 2), (3, 2), (1, 5), (5, 5)] {
            assert_eq!(
                problems(&poll(q(1, multiple(4, min, max, false)))),
                [D::AnswerCountOutOfRange {
                    question: 1,
                    min,
                    max
                }]
            );
        }
    }

    #[test]
    fn a_ranking_ranks_one_to_all_choices() {
        for top in [None, Some(1), Some(2), Some(4)] {
            accepted(&poll(q(1, ranking(4, top))));
        }
        for top in [0, 5] {
            assert_eq!(
                problems(&poll(q(1, ranking(4, Some(top))))),
                [D::RankingTopOutOfRange { question: 1, top }]
            );
        }
    }

    #[test]
    fn a_scale_rises_and_ends_by_ten() {
        for (low, high) in [(1, 5), (0, 10), (0, 1), (9, 10)] {
            accepted(&poll(q(1, rating(low, high))));
        }
        for (low, high) in [(5, 5), (6, 5), (0, 11), (10, 10)] {
            assert_eq!(
                problems(&poll(q(1, rating(low, high)))),
                [D::ScaleOutOfRange {
                    question: 1,
                    low,
                    high
                }]
            );
        }
    }

    #[test]
    fn free_text_allows_one_to_two_thousand_characters() {
        for max_chars in [1, 2_000] {
            accepted(&poll(q(1, free_text(max_chars))));
        }
        for max_chars in [0, 2_001, u32::MAX] {
            assert_eq!(
                problems(&poll(q(1, free_text(max_chars)))),
                [D::FreeTextLimitOutOfRange {
                    question: 1,
                    max_chars
                }]
            );
        }
    }

    #[test]
    fn closing_comes_after_opening() {
        let mut c = full_survey();
        c.closes_at = c.opens_at + 1;
        accepted(&c);
        c.closes_at = c.opens_at;
        assert_eq!(problems(&c), [D::ClosingNotAfterOpening]);
        c.closes_at = c.opens_at - 1;
        assert_eq!(problems(&c), [D::ClosingNotAfterOpening]);
    }

    #[test]
    fn chosen_neighbourhoods_are_at_least_one() {
        let mut c = full_survey();
        c.audience = Audience::Neighbourhoods(BTreeSet::from([3]));
        accepted(&c);
        c.audience = Audience::Neighbourhoods(BTreeSet::new());
        assert_eq!(problems(&c), [D::EmptyAudience]);
    }

    #[test]
    fn every_problem_of_a_draft_is_reported_in_order() {
        let mut c = survey(vec![
            q(1, single(1, false)),
            q(1, multiple(3, 0, 1, false)),
            q(2, rating(3, 3)),
        ]);
        c.title = Wording::default().with(Fr, "Titre");
        c.kind = ConsultationKind::Poll;
        c.closes_at = 0;
        c.audience = Audience::Neighbourhoods(BTreeSet::new());
        assert_eq!(
            problems(&c),
            [
                D::MissingVersion {
                    place: Place::Title,
                    language: En
                },
                D::PollNotOneQuestion { questions: 3 },
                D::TooFewChoices {
                    question: 1,
                    choices: 1
                },
                D::DuplicateQuestionId { question: 1 },
                D::AnswerCountOutOfRange {
                    question: 1,
                    min: 0,
                    max: 1
                },
                D::ScaleOutOfRange {
                    question: 2,
                    low: 3,
                    high: 3
                },
                D::ClosingNotAfterOpening,
                D::EmptyAudience,
            ]
        );
    }

    #[test]
    fn wording_is_found_in_each_language_and_the_readers_first() {
        let all = Language::ALL
            .into_iter()
            .fold(Wording::default(), |w, l| w.with(l, l.code()));
        for l in Language::ALL {
            assert_eq!(all.get(l), Some(l.code()));
            assert_eq!(all.for_reader(l), Some((l, l.code())));
        }
        assert_eq!(all.languages(), Language::ALL);
        let two = Wording::default().with(En, "Hello").with(De, "Hallo");
        assert_eq!(two.languages(), [De, En]);
        assert_eq!(two.for_reader(En), Some((En, "Hello")));
        assert_eq!(
            two.for_reader(Pt),
            Some((De, "Hallo")),
            "the picker's order"
        );
        assert_eq!(Wording::default().for_reader(Fr), None);
        assert_eq!(Wording::default().languages(), []);
    }

    #[test]
    fn a_consultation_opens_closes_and_shows_results_on_time() {
        let mut c = full_survey();
        assert!(!c.is_open(OPENS - 1));
        assert!(c.is_open(OPENS));
        assert!(c.is_open(CLOSES - 1));
        assert!(!c.is_open(CLOSES));
        assert!(!c.is_closed(CLOSES - 1));
        assert!(c.is_closed(CLOSES));
        assert!(c.may_edit(OPENS - 1));
        assert!(!c.may_edit(OPENS));
        let shown = |c: &Consultation| {
            [OPENS - 1, OPENS, CLOSES - 1, CLOSES].map(|now| c.residents_see_results(now))
        };
        c.results_shown = ResultsShown::WhileOpen;
        assert_eq!(shown(&c), [false, true, true, true]);
        c.results_shown = ResultsShown::AfterClosing;
        assert_eq!(shown(&c), [false, false, false, true]);
        c.results_shown = ResultsShown::Never;
        assert_eq!(shown(&c), [false; 4]);
    }

    #[test]
    fn questions_are_found_by_id_across_sections() {
        let c = full_survey();
        let ids: Vec<u32> = c.questions().map(|q| q.id).collect();
        assert_eq!(ids, [1, 2, 3, 4, 5, 6]);
        assert_eq!(c.question(5).map(|q| &q.kind), Some(&ranking(3, None)));
        assert_eq!(c.question(7), None);
    }

    #[test]
    fn the_audience_includes_its_neighbourhoods() {
        let some = Audience::Neighbourhoods(BTreeSet::from([2, 5]));
        assert!(some.includes(Some(2)));
        assert!(some.includes(Some(5)));
        assert!(!some.includes(Some(3)));
        assert!(!some.includes(None));
        assert!(Audience::Commune.includes(Some(3)));
        assert!(Audience::Commune.includes(None));
    }

    #[test]
    fn definitions_read_and_write_plain_json() {
        let mut c = poll(q(
            1,
            QuestionKind::MultipleChoice {
                choices: choices(2),
                min: 1,
                max: 2,
                other: true,
            },
        ));
        c.title = Wording::default().with(Fr, "Titre");
        c.audience = Audience::Neighbourhoods(BTreeSet::from([5, 3]));
        let label = |id: u32| json!({"fr": format!("choice {id}"), "en": format!("choice {id}")});
        let value = json!({
            "kind": "poll",
            "title": {"fr": "Titre"},
            "sections": [{"title": null, "questions": [{
                "id": 1,
                "text": {"fr": "question 1", "en": "question 1"},
                "required": true,
                "kind": {"type": "multiple_choice", "choices": [
                    {"id": 1, "label": label(1)}, {"id": 2, "label": label(2)}
                ], "min": 1, "max": 2, "other": true},
            }]}],
            "opens_at": OPENS,
            "closes_at": CLOSES,
            "anonymous": false,
            "audience": {"neighbourhoods": [3, 5]},
            "results_shown": "after_closing",
        });
        assert_eq!(serde_json::to_value(&c).unwrap(), value);
        assert_eq!(serde_json::from_value::<Consultation>(value).unwrap(), c);
        let kinds = [
            (QuestionKind::YesNo, json!({"type": "yes_no"})),
            (free_text(9), json!({"type": "free_text", "max_chars": 9})),
            (
                ranking(0, Some(2)),
                json!({"type": "ranking", "choices": [], "top": 2}),
            ),
        ];
        for (kind, value) in kinds {
            assert_eq!(serde_json::to_value(&kind).unwrap(), value);
            assert_eq!(serde_json::from_value::<QuestionKind>(value).unwrap(), kind);
        }
        // Left out, "other" and "top" take their defaults.
        assert_eq!(
            serde_json::from_value::<QuestionKind>(json!({"type": "single_choice", "choices": []}))
                .unwrap(),
            single(0, false)
        );
        assert_eq!(
            serde_json::from_value::<QuestionKind>(json!({"type": "ranking", "choices": []}))
                .unwrap(),
            ranking(0, None)
        );
        // (Serde lets a unit variant such as yes_no ignore fields it does not have.)
        for wrong in [
            json!({"type": "dropdown"}),
            json!({"type": "free_text"}),
            json!({"type": "free_text", "max_chars": 3, "x": 1}),
        ] {
            assert!(
                serde_json::from_value::<QuestionKind>(wrong.clone()).is_err(),
                "{wrong}"
            );
        }
        assert!(serde_json::from_value::<Wording>(json!({"es": "hola"})).is_err());
        let mut extra = serde_json::to_value(full_survey()).unwrap();
        extra["colour"] = json!("red");
        assert!(serde_json::from_value::<Consultation>(extra).is_err());
        assert_eq!(
            serde_json::to_value(D::MissingVersion {
                place: Place::Choice {
                    question: 2,
                    choice: 3
                },
                language: En
            })
            .unwrap(),
            json!({"problem": "missing_version", "place": {"at": "choice", "question": 2, "choice": 3}, "language": "en"})
        );
        assert_eq!(
            serde_json::to_value(AnswerRefusal::Refused(Refusal::AnswersAreFinal)).unwrap(),
            json!({"refused": "answers_are_final"})
        );
    }

    // Answers.

    fn resident(neighbourhood: i64) -> Respondent {
        Respondent {
            neighbourhood: Some(neighbourhood),
            answered_before: false,
        }
    }

    const DURING: i64 = OPENS + 10;

    fn choose(question: u32, chosen: &[u32]) -> Answer {
        Answer {
            question,
            response: Response::Choices {
                chosen: chosen.to_vec(),
                other: None,
            },
        }
    }

    fn choose_other(question: u32, chosen: &[u32], other: &str) -> Answer {
        Answer {
            question,
            response: Response::Choices {
                chosen: chosen.to_vec(),
                other: Some(other.into()),
            },
        }
    }

    fn answer(question: u32, response: Response) -> Answer {
        Answer { question, response }
    }

    fn yes(question: u32) -> Answer {
        answer(question, Response::YesNo { yes: true })
    }

    fn rate(question: u32, value: u8) -> Answer {
        answer(question, Response::Rating { value })
    }

    fn rank(question: u32, order: &[u32]) -> Answer {
        answer(
            question,
            Response::Ranking {
                order: order.to_vec(),
            },
        )
    }

    fn text(question: u32, text: &str) -> Answer {
        answer(question, Response::Text { text: text.into() })
    }

    fn set(answers: Vec<Answer>) -> AnswerSet {
        AnswerSet { answers }
    }

    fn check(c: &Consultation, answers: Vec<Answer>) -> Result<AnswerSet, AnswerRefusal> {
        check_answers(c, &resident(1), &set(answers), DURING)
    }

    fn refused(c: &Consultation, answers: Vec<Answer>) -> Vec<AnswerProblem> {
        match check(c, answers) {
            Err(AnswerRefusal::Invalid(problems)) => problems,
            other => panic!("{other:?}"),
        }
    }

    fn full_answers() -> Vec<Answer> {
        vec![
            choose(1, &[2]),
            choose_other(2, &[3, 1], "bikes"),
            yes(3),
            rate(4, 5),
            rank(5, &[3, 1, 2]),
            text(6, "More benches, please."),
        ]
    }

    #[test]
    fn answers_are_taken_while_open_from_the_audience() {
        let mut c = full_survey();
        let me = resident(3);
        assert_eq!(may_answer(&c, &me, OPENS - 1), Err(Refusal::NotOpenYet));
        assert_eq!(may_answer(&c, &me, OPENS), Ok(()));
        assert_eq!(may_answer(&c, &me, CLOSES - 1), Ok(()));
        assert_eq!(may_answer(&c, &me, CLOSES), Err(Refusal::Closed));
        c.audience = Audience::Neighbourhoods(BTreeSet::from([2]));
        assert_eq!(may_answer(&c, &me, DURING), Err(Refusal::OutsideAudience));
        assert_eq!(may_answer(&c, &resident(2), DURING), Ok(()));
        assert_eq!(
            check_answers(&c, &me, &set(full_answers()), DURING),
            Err(AnswerRefusal::Refused(Refusal::OutsideAudience))
        );
        assert_eq!(
            check_answers(&c, &resident(2), &set(full_answers()), CLOSES),
            Err(AnswerRefusal::Refused(Refusal::Closed))
        );
        assert_eq!(
            check_answers(&c, &resident(2), &set(vec![]), OPENS - 1),
            Err(AnswerRefusal::Refused(Refusal::NotOpenYet)),
            "refused for the time before the answers are looked at"
        );
    }

    #[test]
    fn named_answers_change_until_closing_and_anonymous_ones_never() {
        let mut c = full_survey();
        let again = Respondent {
            neighbourhood: Some(1),
            answered_before: true,
        };
        assert_eq!(may_change(&c, OPENS - 1), Err(Refusal::NotOpenYet));
        assert_eq!(may_change(&c, OPENS), Ok(()));
        assert_eq!(may_change(&c, CLOSES - 1), Ok(()));
        assert_eq!(may_change(&c, CLOSES), Err(Refusal::Closed));
        assert_eq!(may_answer(&c, &again, DURING), Ok(()));
        c.anonymous = true;
        assert_eq!(may_answer(&c, &resident(1), DURING), Ok(()));
        assert_eq!(may_change(&c, DURING), Err(Refusal::AnswersAreFinal));
        assert_eq!(
            may_answer(&c, &again, DURING),
            Err(Refusal::AnswersAreFinal)
        );
        assert_eq!(may_answer(&c, &again, CLOSES), Err(Refusal::Closed));
        assert_eq!(
            check_answers(&c, &again, &set(full_answers()), DURING),
            Err(AnswerRefusal::Refused(Refusal::AnswersAreFinal)),
            "a replayed anonymous answer is refused"
        );
    }

    #[test]
    fn a_full_answer_set_comes_back_cleaned_in_question_order() {
        let c = full_survey();
        let mut given = full_answers();
        given.reverse();
        given[0] = text(6, "  More benches,\r\n\r\n\r\n\r\nplease.\u{202E}  ");
        given[4] = choose_other(2, &[3, 1], "  bikes \n and\tscooters ");
        let clean = check(&c, given).unwrap();
        let mut expected = full_answers();
        expected[1] = choose_other(2, &[1, 3], "bikes and scooters");
        expected[5] = text(6, "More benches,\n\n\nplease.");
        assert_eq!(clean, set(expected));
    }

    #[test]
    fn forged_and_repeated_questions_are_refused() {
        let c = full_survey();
        let mut given = full_answers();
        given.push(yes(99));
        given.push(yes(3));
        given.insert(0, yes(0));
        assert_eq!(
            refused(&c, given),
            [
                AnswerProblem::UnknownQuestion { question: 0 },
                AnswerProblem::UnknownQuestion { question: 99 },
                AnswerProblem::AnsweredTwice { question: 3 },
            ]
        );
    }

    #[test]
    fn required_questions_are_answered_and_optional_ones_may_be_skipped() {
        let c = full_survey();
        let mut given = full_answers();
        given.retain(|a| a.question != 6);
        assert!(check(&c, given).is_ok(), "question 6 is optional");
        assert_eq!(
            refused(&c, vec![]),
            (1..=5)
                .map(|question| AnswerProblem::Missing { question })
                .collect::<Vec<_>>()
        );
        // Empty answers are no answers: skipped if optional, missing if required.
        let empty = vec![
            choose_other(1, &[], " \u{200B} "),
            choose(2, &[]),
            yes(3),
            rate(4, 1),
            rank(5, &[]),
            text(6, " \n\u{200B}\t "),
        ];
        assert_eq!(
            refused(&c, empty.clone()),
            [
                AnswerProblem::Missing { question: 1 },
                AnswerProblem::Missing { question: 2 },
                AnswerProblem::Missing { question: 5 },
            ]
        );
        let mut relaxed = full_survey();
        for s in &mut relaxed.sections {
            for q in &mut s.questions {
                q.required = false;
            }
        }
        assert_eq!(check(&relaxed, empty), Ok(set(vec![yes(3), rate(4, 1)])));
        assert_eq!(check(&relaxed, vec![]), Ok(AnswerSet::default()));
    }

    #[test]
    fn a_response_of_another_kind_is_refused() {
        let c = full_survey();
        let wrong = [
            yes(1),
            rate(2, 1),
            choose(3, &[1]),
            rank(4, &[1]),
            text(5, "first"),
            choose(6, &[1]),
        ];
        for a in wrong {
            let question = a.question;
            let mut given = full_answers();
            given.retain(|g| g.question != question);
            given.push(a);
            assert_eq!(refused(&c, given), [AnswerProblem::WrongKind { question }]);
        }
    }

    #[test]
    fn a_single_choice_is_one_offered_choice_or_the_other_field() {
        let c = poll(q(1, single(3, true)));
        assert_eq!(
            check(&c, vec![choose(1, &[3])]),
            Ok(set(vec![choose(1, &[3])]))
        );
        assert_eq!(
            check(&c, vec![choose_other(1, &[], "a tram")]),
            Ok(set(vec![choose_other(1, &[], "a tram")]))
        );
        assert_eq!(
            check(&c, vec![choose_other(1, &[2], "  ")]),
            Ok(set(vec![choose(1, &[2])])),
            "an empty other field is no answer"
        );
        assert_eq!(
            refused(&c, vec![choose(1, &[1, 2])]),
            [AnswerProblem::TooManyChosen {
                question: 1,
                max: 1
            }]
        );
        assert_eq!(
            refused(&c, vec![choose_other(1, &[1], "a tram")]),
            [AnswerProblem::TooManyChosen {
                question: 1,
                max: 1
            }]
        );
        assert_eq!(
            refused(&c, vec![choose(1, &[4])]),
            [AnswerProblem::UnknownChoice {
                question: 1,
                choice: 4
            }]
        );
        assert_eq!(
            refused(&c, vec![choose(1, &[2, 2])]),
            [AnswerProblem::ChosenTwice {
                question: 1,
                choice: 2
            }],
            "a choice counts once"
        );
        let closed = poll(q(1, single(3, false)));
        assert_eq!(
            refused(&closed, vec![choose_other(1, &[], "a tram")]),
            [AnswerProblem::OtherNotOffered { question: 1 }]
        );
        assert!(check(&closed, vec![choose_other(1, &[1], " ")]).is_ok());
    }

    #[test]
    fn the_other_field_is_one_bounded_line() {
        let c = poll(q(1, single(2, true)));
        let exact = "é".repeat(OTHER_MAX);
        assert!(check(&c, vec![choose_other(1, &[], &exact)]).is_ok());
        let spaced = format!(" {} ", "é ".repeat(OTHER_MAX / 2));
        assert!(check(&c, vec![choose_other(1, &[], &spaced)]).is_ok());
        assert_eq!(
            refused(&c, vec![choose_other(1, &[], &format!("{exact}é"))]),
            [AnswerProblem::OtherTooLong {
                question: 1,
                max: OTHER_MAX
            }]
        );
    }

    #[test]
    fn multiple_choices_count_between_min_and_max_with_the_other_field() {
        let c = poll(q(1, multiple(4, 2, 3, true)));
        assert_eq!(
            refused(&c, vec![choose(1, &[1])]),
            [AnswerProblem::TooFewChosen {
                question: 1,
                min: 2
            }]
        );
        assert!(check(&c, vec![choose_other(1, &[1], "a tram")]).is_ok());
        assert!(check(&c, vec![choose(1, &[1, 4])]).is_ok());
        assert_eq!(
            check(&c, vec![choose(1, &[4, 2, 1])]),
            Ok(set(vec![choose(1, &[1, 2, 4])])),
            "in the question's order"
        );
        assert_eq!(
            refused(&c, vec![choose(1, &[1, 2, 3, 4])]),
            [AnswerProblem::TooManyChosen {
                question: 1,
                max: 3
            }]
        );
        assert_eq!(
            refused(&c, vec![choose_other(1, &[1, 2, 3], "a tram")]),
            [AnswerProblem::TooManyChosen {
                question: 1,
                max: 3
            }]
        );
        assert_eq!(
            refused(&c, vec![choose(1, &[1, 9, 1])]),
            [
                AnswerProblem::UnknownChoice {
                    question: 1,
                    choice: 9
                },
                AnswerProblem::ChosenTwice {
                    question: 1,
                    choice: 1
                },
                AnswerProblem::TooFewChosen {
                    question: 1,
                    min: 2
                },
            ],
            "only choices offered count, each once"
        );
    }

    #[test]
    fn a_rating_is_on_the_scale() {
        let c = poll(q(1, rating(1, 5)));
        for value in [1, 3, 5] {
            assert_eq!(
                check(&c, vec![rate(1, value)]),
                Ok(set(vec![rate(1, value)]))
            );
        }
        for value in [0, 6, u8::MAX] {
            assert_eq!(
                refused(&c, vec![rate(1, value)]),
                [AnswerProblem::RatingOutOfScale { question: 1, value }]
            );
        }
        let zero = poll(q(1, rating(0, 10)));
        assert!(check(&zero, vec![rate(1, 0)]).is_ok());
        assert!(check(&zero, vec![rate(1, 10)]).is_ok());
    }

    #[test]
    fn a_ranking_orders_distinct_offered_choices_all_or_the_top() {
        let c = poll(q(1, ranking(3, None)));
        assert_eq!(
            check(&c, vec![rank(1, &[2, 3, 1])]),
            Ok(set(vec![rank(1, &[2, 3, 1])])),
            "the resident's order is the answer"
        );
        assert_eq!(
            refused(&c, vec![rank(1, &[2, 3])]),
            [AnswerProblem::RankingLength {
                question: 1,
                expected: 3
            }]
        );
        assert_eq!(
            refused(&c, vec![rank(1, &[2, 3, 1, 1])]),
            [
                AnswerProblem::ChosenTwice {
                    question: 1,
                    choice: 1
                },
                AnswerProblem::RankingLength {
                    question: 1,
                    expected: 3
                }
            ]
        );
        assert_eq!(
            refused(&c, vec![rank(1, &[2, 7, 1])]),
            [AnswerProblem::UnknownChoice {
                question: 1,
                choice: 7
            }]
        );
        assert_eq!(
            refused(&c, vec![rank(1, &[2, 2, 1])]),
            [AnswerProblem::ChosenTwice {
                question: 1,
                choice: 2
            }]
        );
        let top = poll(q(1, ranking(4, Some(2))));
        assert!(check(&top, vec![rank(1, &[4, 1])]).is_ok());
        for order in [&[4][..], &[4, 1, 2]] {
            assert_eq!(
                refused(&top, vec![rank(1, order)]),
                [AnswerProblem::RankingLength {
                    question: 1,
                    expected: 2
                }]
            );
        }
    }

    #[test]
    fn free_text_is_cleaned_and_bounded_by_the_question() {
        let c = poll(q(1, free_text(10)));
        assert_eq!(
            check(&c, vec![text(1, "  0123456789 \n ")]),
            Ok(set(vec![text(1, "0123456789")]))
        );
        assert_eq!(
            refused(&c, vec![text(1, "0123456789a")]),
            [AnswerProblem::TextTooLong {
                question: 1,
                max: 10
            }]
        );
        assert_eq!(
            check(&c, vec![text(1, "é\u{202E}é")]),
            Ok(set(vec![text(1, "éé")]))
        );
    }

    #[test]
    fn every_problem_of_an_answer_set_is_reported_in_question_order() {
        let c = full_survey();
        let given = vec![
            text(6, &"x".repeat(FREE_TEXT_MAX + 1)),
            rank(5, &[1]),
            rate(4, 9),
            choose(2, &[5]),
            choose(1, &[1, 2]),
            yes(42),
        ];
        assert_eq!(
            refused(&c, given),
            [
                AnswerProblem::UnknownQuestion { question: 42 },
                AnswerProblem::TooManyChosen {
                    question: 1,
                    max: 1
                },
                AnswerProblem::UnknownChoice {
                    question: 2,
                    choice: 5
                },
                AnswerProblem::Missing { question: 3 },
                AnswerProblem::RatingOutOfScale {
                    question: 4,
                    value: 9
                },
                AnswerProblem::RankingLength {
                    question: 5,
                    expected: 3
                },
                AnswerProblem::TextTooLong {
                    question: 6,
                    max: FREE_TEXT_MAX
                },
            ]
        );
    }

    #[test]
    fn answers_read_and_write_plain_json() {
        let given = set(vec![choose_other(1, &[2], "bus"), choose(2, &[1]), yes(3)]);
        let value = json!({"answers": [
            {"question": 1, "response": {"type": "choices", "chosen": [2], "other": "bus"}},
            {"question": 2, "response": {"type": "choices", "chosen": [1]}},
            {"question": 3, "response": {"type": "yes_no", "yes": true}},
        ]});
        assert_eq!(serde_json::to_value(&given).unwrap(), value);
        assert_eq!(serde_json::from_value::<AnswerSet>(value).unwrap(), given);
        assert_eq!(
            serde_json::from_value::<Response>(json!({"type": "choices"})).unwrap(),
            Response::Choices {
                chosen: vec![],
                other: None
            }
        );
        assert!(
            serde_json::from_value::<Response>(json!({"type": "rating", "value": 256})).is_err()
        );
        assert!(serde_json::from_value::<Response>(
            json!({"type": "yes_no", "yes": true, "why": 1})
        )
        .is_err());
    }

    // Results.

    fn sets_of(answers: Vec<Vec<Answer>>) -> Vec<AnswerSet> {
        answers.into_iter().map(set).collect()
    }

    fn counts(pairs: &[(u32, u64)]) -> Vec<ChoiceCount> {
        pairs
            .iter()
            .map(|&(choice, count)| ChoiceCount { choice, count })
            .collect()
    }

    #[test]
    fn a_survey_is_counted_per_question_in_the_questions_order() {
        let c = full_survey();
        let sets = sets_of(vec![
            full_answers(),
            vec![
                choose_other(1, &[], "tram"),
                choose(2, &[1, 2, 4]),
                answer(3, Response::YesNo { yes: false }),
                rate(4, 2),
                rank(5, &[1, 2, 3]),
            ],
            vec![
                choose(1, &[2]),
                choose(2, &[4]),
                yes(3),
                rate(4, 2),
                rank(5, &[3, 2, 1]),
                text(6, "No."),
            ],
        ]);
        let results = tally(&c, &sets);
        let expected = Results {
            respondents: 3,
            questions: vec![
                QuestionResults {
                    question: 1,
                    answered: 3,
                    tally: Tally::Choices {
                        counts: counts(&[(1, 0), (2, 2), (3, 0)]),
                        other: 1,
                    },
                },
                QuestionResults {
                    question: 2,
                    answered: 3,
                    tally: Tally::Choices {
                        counts: counts(&[(1, 2), (2, 1), (3, 1), (4, 2)]),
                        other: 1,
                    },
                },
                QuestionResults {
                    question: 3,
                    answered: 3,
                    tally: Tally::YesNo { yes: 2, no: 1 },
                },
                QuestionResults {
                    question: 4,
                    answered: 3,
                    tally: Tally::Rating {
                        counts: [(1, 0), (2, 2), (3, 0), (4, 0), (5, 1)]
                            .map(|(value, count)| ValueCount { value, count })
                            .to_vec(),
                        mean_tenths: Some(30),
                    },
                },
                QuestionResults {
                    question: 5,
                    answered: 3,
                    tally: Tally::Ranking {
                        ranked: 3,
                        scores: vec![
                            RankingScore {
                                choice: 1,
                                points: 2 + 3 + 1,
                                first: 1,
                            },
                            RankingScore {
                                choice: 2,
                                points: 1 + 2 + 2,
                                first: 0,
                            },
                            RankingScore {
                                choice: 3,
                                points: 3 + 1 + 3,
                                first: 2,
                            },
                        ],
                    },
                },
                QuestionResults {
                    question: 6,
                    answered: 2,
                    tally: Tally::FreeText,
                },
            ],
        };
        assert_eq!(results, expected);
        let mut reversed = sets.clone();
        reversed.reverse();
        assert_eq!(tally(&c, &reversed), expected);
    }

    #[test]
    fn no_answers_give_zeros_and_no_mean() {
        let c = full_survey();
        let results = tally(&c, &[]);
        assert_eq!(results.respondents, 0);
        assert!(results.questions.iter().all(|q| q.answered == 0));
        assert_eq!(
            results.questions[3].tally,
            Tally::Rating {
                counts: (1..=5)
                    .map(|value| ValueCount { value, count: 0 })
                    .collect(),
                mean_tenths: None
            }
        );
        assert_eq!(
            results.questions[4].tally,
            Tally::Ranking {
                ranked: 3,
                scores: (1..=3)
                    .map(|choice| RankingScore {
                        choice,
                        points: 0,
                        first: 0
                    })
                    .collect()
            }
        );
    }

    #[test]
    fn the_mean_is_in_tenths_rounded_half_up() {
        let mean = |values: &[u8]| {
            let c = poll(q(1, rating(0, 10)));
            let sets: Vec<AnswerSet> = values.iter().map(|&v| set(vec![rate(1, v)])).collect();
            match &tally(&c, &sets).questions[0].tally {
                Tally::Rating { mean_tenths, .. } => *mean_tenths,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(mean(&[]), None);
        assert_eq!(mean(&[0]), Some(0));
        assert_eq!(mean(&[10]), Some(100));
        assert_eq!(mean(&[1, 2]), Some(15));
        assert_eq!(mean(&[1, 1, 2]), Some(13));
        assert_eq!(mean(&[1, 2, 2]), Some(17));
        assert_eq!(mean(&[1, 1, 1, 2]), Some(13), "1.25 rounds up");
        assert_eq!(mean(&[0, 0, 0, 0, 0, 0, 1]), Some(1), "0.142…");
        assert_eq!(
            mean(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
            Some(1),
            "0.05 rounds up"
        );
        assert_eq!(
            mean(&[0; 21].iter().chain(&[1]).copied().collect::<Vec<_>>()),
            Some(0),
            "0.045…"
        );
    }

    #[test]
    fn a_top_ranking_gives_points_to_the_places_ranked() {
        let c = poll(q(1, ranking(4, Some(2))));
        let sets = sets_of(vec![
            vec![rank(1, &[4, 1])],
            vec![rank(1, &[4, 2])],
            vec![rank(1, &[2, 4])],
        ]);
        let results = tally(&c, &sets);
        let scores = vec![
            RankingScore {
                choice: 1,
                points: 1,
                first: 0,
            },
            RankingScore {
                choice: 2,
                points: 1 + 2,
                first: 1,
            },
            RankingScore {
                choice: 3,
                points: 0,
                first: 0,
            },
            RankingScore {
                choice: 4,
                points: 2 + 2 + 1,
                first: 2,
            },
        ];
        assert_eq!(
            results.questions[0].tally,
            Tally::Ranking {
                ranked: 2,
                scores: scores.clone()
            }
        );
        let order: Vec<u32> = by_points(&scores).iter().map(|s| s.choice).collect();
        assert_eq!(order, [4, 2, 1, 3]);
        let tied = [(1, 5), (2, 7), (3, 5), (4, 7)].map(|(choice, points)| RankingScore {
            choice,
            points,
            first: 0,
        });
        let order: Vec<u32> = by_points(&tied).iter().map(|s| s.choice).collect();
        assert_eq!(order, [2, 4, 1, 3], "ties in the question's order");
    }

    #[test]
    fn what_a_checked_set_cannot_hold_is_not_counted() {
        let c = full_survey();
        let forged = set(vec![
            yes(99),
            choose(1, &[7]),
            rate(2, 1),
            answer(4, Response::Rating { value: 9 }),
            rank(5, &[9, 3, 1, 2]),
            text(3, "yes"),
        ]);
        let results = tally(&c, [&forged]);
        assert_eq!(results.respondents, 1);
        let answered: Vec<u64> = results.questions.iter().map(|q| q.answered).collect();
        // Question 1 was answered (with nothing known), question 5's known choices
        // count from the places they were given.
        assert_eq!(answered, [1, 0, 0, 0, 1, 0]);
        assert_eq!(
            results.questions[0].tally,
            Tally::Choices {
                counts: counts(&[(1, 0), (2, 0), (3, 0)]),
                other: 0
            }
        );
        assert_eq!(
            results.questions[4].tally,
            Tally::Ranking {
                ranked: 3,
                scores: vec![
                    RankingScore {
                        choice: 1,
                        points: 1,
                        first: 0
                    },
                    RankingScore {
                        choice: 2,
                        points: 0,
                        first: 0
                    },
                    RankingScore {
                        choice: 3,
                        points: 2,
                        first: 0
                    },
                ]
            }
        );
        assert_eq!(
            results.questions[3].tally,
            Tally::empty(&rating(1, 5)),
            "a rating off the scale"
        );
    }

    #[test]
    fn results_per_neighbourhood_are_grouped_and_ordered() {
        let c = poll(q(1, QuestionKind::YesNo));
        let yes_set = set(vec![yes(1)]);
        let no_set = set(vec![answer(1, Response::YesNo { yes: false })]);
        let groups = tally_by_neighbourhood(
            &c,
            [
                (Some(7), &yes_set),
                (Some(2), &no_set),
                (Some(7), &no_set),
                (None, &yes_set),
                (Some(7), &yes_set),
            ],
        );
        let summary: Vec<(Option<i64>, u64, Tally)> = groups
            .iter()
            .map(|g| {
                (
                    g.neighbourhood,
                    g.results.respondents,
                    g.results.questions[0].tally.clone(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (None, 1, Tally::YesNo { yes: 1, no: 0 }),
                (Some(2), 1, Tally::YesNo { yes: 0, no: 1 }),
                (Some(7), 3, Tally::YesNo { yes: 2, no: 1 }),
            ]
        );
        let rated = poll(q(1, rating(1, 5)));
        let groups = tally_by_neighbourhood(&rated, [(Some(1), &set(vec![rate(1, 4)]))]);
        assert_eq!(
            groups[0].results.questions[0].tally,
            Tally::Rating {
                counts: [0, 0, 0, 1, 0]
                    .iter()
                    .zip(1..)
                    .map(|(&count, value)| ValueCount { value, count })
                    .collect(),
                mean_tenths: Some(40)
            },
            "each group has its mean"
        );
        assert_eq!(tally_by_neighbourhood(&c, []), []);
    }

    #[test]
    fn small_anonymous_groups_are_not_shown() {
        let mut c = poll(q(1, QuestionKind::YesNo));
        let one = set(vec![yes(1)]);
        let few = vec![&one; ANONYMOUS_GROUP_MIN as usize - 1];
        let enough = vec![&one; ANONYMOUS_GROUP_MIN as usize];
        assert!(!tally(&c, few.clone()).too_few_to_show(&c));
        assert!(!tally(&c, []).too_few_to_show(&c));
        c.anonymous = true;
        assert!(tally(&c, few).too_few_to_show(&c));
        assert!(tally(&c, []).too_few_to_show(&c));
        assert!(!tally(&c, enough).too_few_to_show(&c));
    }

    #[test]
    fn days_count_from_the_epoch_in_utc() {
        assert_eq!(day_of(0), 0);
        assert_eq!(day_of(DAY - 1), 0);
        assert_eq!(day_of(DAY), 1);
        assert_eq!(day_of(1_767_225_600), 20_454, "1 January 2026");
        assert_eq!(day_of(-1), -1);
        assert_eq!(day_of(-DAY), -1);
        assert_eq!(day_of(-DAY - 1), -2);
    }

    #[test]
    fn anonymous_answers_are_stored_without_the_resident_or_the_time() {
        let mut c = full_survey();
        let answers = set(full_answers());
        let now = 1_767_225_600 + 13 * 3_600 + 17;
        let named = stored_form(&c, 42, Some(3), answers.clone(), now);
        assert_eq!(named.resident, Some(42));
        assert_eq!(named.answered_at, Some(now));
        assert_eq!(named.day, 20_454);
        assert_eq!(named.neighbourhood, Some(3));
        assert_eq!(named.answers, answers);
        c.anonymous = true;
        let anonymous = stored_form(&c, 42, Some(3), answers.clone(), now);
        assert_eq!(
            (anonymous.resident, anonymous.answered_at, anonymous.day),
            (None, None, 20_454)
        );
        assert_eq!(anonymous.neighbourhood, Some(3));
        assert_eq!(anonymous.answers, answers);
        // Nothing in the stored row counts up: the key is random.
        assert_eq!(anonymous.key.len(), 43);
        assert_ne!(anonymous.key, named.key);
        assert_ne!(
            anonymous.key,
            stored_form(&c, 42, Some(3), answers, now).key
        );
    }

    // Properties.

    fn arb_kind() -> impl Strategy<Value = QuestionKind> {
        prop_oneof![
            (2u32..6, any::<bool>()).prop_map(|(n, other)| QuestionKind::SingleChoice {
                choices: choices_from(10, n),
                other
            }),
            (2u32..6, 0u32..6, 0u32..6, any::<bool>()).prop_map(|(n, a, b, other)| {
                let min = 1 + a % n;
                let max = min + b % (n - min + 1);
                QuestionKind::MultipleChoice {
                    choices: choices_from(10, n),
                    min,
                    max,
                    other,
                }
            }),
            Just(QuestionKind::YesNo),
            (0u8..10)
                .prop_flat_map(|low| (Just(low), low + 1..=SCALE_TOP))
                .prop_map(|(low, high)| rating(low, high)),
            (2u32..6, proptest::option::of(1u32..6)).prop_map(|(n, top)| {
                QuestionKind::Ranking {
                    choices: choices_from(10, n),
                    top: top.map(|t| 1 + (t - 1) % n),
                }
            }),
            (1u32..40).prop_map(free_text),
        ]
    }

    fn arb_consultation() -> impl Strategy<Value = Consultation> {
        (
            proptest::collection::vec((arb_kind(), any::<bool>()), 1..6),
            any::<usize>(),
            any::<bool>(),
        )
            .prop_map(|(kinds, split, anonymous)| {
                let mut questions: Vec<Question> = kinds
                    .into_iter()
                    .enumerate()
                    .map(|(i, (kind, required))| Question {
                        required,
                        ..q(100 + 7 * i as u32, kind)
                    })
                    .collect();
                let mut c = survey(vec![]);
                c.anonymous = anonymous;
                let split = split % questions.len();
                if split > 0 {
                    c.sections.push(Section {
                        title: Some(w("Part")),
                        questions: questions.split_off(split),
                    });
                }
                c.sections[0].questions = questions;
                c
            })
    }

    /// A response near what `q` asks: sometimes right, sometimes with an unknown or
    /// repeated choice, too many or too few, off the scale, too long, of another kind.
    fn arb_response(q: &Question) -> BoxedStrategy<Response> {
        let ids: Vec<u32> = q
            .kind
            .choices()
            .unwrap_or_default()
            .iter()
            .map(|c| c.id)
            .collect();
        let n = ids.len();
        // Sizes around what the question takes, so that many responses are right.
        let sizes = match q.kind {
            QuestionKind::SingleChoice { .. } => 0..=2,
            QuestionKind::Ranking { .. } => {
                let ranked = q.kind.ranked() as usize;
                ranked - 1..=n.min(ranked + 1)
            }
            _ => 0..=n,
        };
        let picked = (
            proptest::sample::subsequence(ids, sizes).prop_shuffle(),
            prop_oneof![8 => Just(None), 1 => Just(Some(999u32)), 1 => Just(Some(0))],
        )
            .prop_map(|(mut picked, odd)| {
                match odd {
                    Some(0) if !picked.is_empty() => picked.push(picked[0]),
                    Some(forged) if forged > 0 => picked.push(forged),
                    _ => {}
                }
                picked
            });
        let right = match &q.kind {
            QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } => {
                (picked, proptest::option::of("[a-z ]{0,4}"))
                    .prop_map(|(chosen, other)| Response::Choices { chosen, other })
                    .boxed()
            }
            QuestionKind::YesNo => any::<bool>()
                .prop_map(|yes| Response::YesNo { yes })
                .boxed(),
            QuestionKind::Rating { .. } => (0u8..=SCALE_TOP + 1)
                .prop_map(|value| Response::Rating { value })
                .boxed(),
            QuestionKind::Ranking { .. } => {
                picked.prop_map(|order| Response::Ranking { order }).boxed()
            }
            QuestionKind::FreeText { .. } => "[a-z ]{0,45}"
                .prop_map(|text| Response::Text { text })
                .boxed(),
        };
        let wrong = if q.kind == QuestionKind::YesNo {
            Response::Rating { value: 1 }
        } else {
            Response::YesNo { yes: true }
        };
        prop_oneof![12 => right, 1 => Just(wrong)].boxed()
    }

    /// An answer set near what `c` asks, and whether it names a question it lacks.
    fn arb_answer_set(c: &Consultation) -> BoxedStrategy<(AnswerSet, bool)> {
        let per_question: Vec<_> = c
            .questions()
            .map(|q| {
                (
                    Just(q.id),
                    proptest::option::weighted(0.85, arb_response(q)),
                )
            })
            .collect();
        (per_question, proptest::bool::weighted(0.05))
            .prop_map(|(given, forged)| {
                let mut answers: Vec<Answer> = given
                    .into_iter()
                    .filter_map(|(question, r)| r.map(|response| Answer { question, response }))
                    .collect();
                if forged {
                    answers.push(yes(1));
                }
                (AnswerSet { answers }, forged)
            })
            .boxed()
    }

    /// Whether `response` answers `q` by the rules, worked out apart from
    /// [`check_response`]; `None` when it is empty (as good as no answer).
    fn conforms(q: &Question, response: &Response) -> Option<bool> {
        let distinct = |ids: &[u32]| ids.iter().collect::<BTreeSet<_>>().len() == ids.len();
        let offered = |ids: &[u32]| {
            let offered = q.kind.choices().unwrap_or_default();
            ids.iter().all(|id| offered.iter().any(|c| c.id == *id))
        };
        match (&q.kind, response) {
            (
                QuestionKind::SingleChoice { other, .. }
                | QuestionKind::MultipleChoice { other, .. },
                Response::Choices {
                    chosen,
                    other: written,
                },
            ) => {
                let written = written.as_deref().is_some_and(|t| !t.trim().is_empty());
                let (min, max) = match q.kind {
                    QuestionKind::MultipleChoice { min, max, .. } => (min, max),
                    _ => (1, 1),
                };
                let count = chosen.len() + usize::from(written);
                (count > 0).then(|| {
                    distinct(chosen)
                        && offered(chosen)
                        && (*other || !written)
                        && (min as usize..=max as usize).contains(&count)
                })
            }
            (QuestionKind::YesNo, Response::YesNo { .. }) => Some(true),
            (QuestionKind::Rating { low, high, .. }, Response::Rating { value }) => {
                Some(low <= value && value <= high)
            }
            (QuestionKind::Ranking { choices, top }, Response::Ranking { order }) => {
                let expected = top.map_or(choices.len(), |t| t as usize);
                (!order.is_empty())
                    .then(|| distinct(order) && offered(order) && order.len() == expected)
            }
            (QuestionKind::FreeText { max_chars }, Response::Text { text }) => {
                let text = text.trim();
                (!text.is_empty()).then(|| text.chars().count() <= *max_chars as usize)
            }
            _ => Some(false),
        }
    }

    /// Every number in results that adds up across groups of respondents.
    fn numbers(results: &Results) -> Vec<u64> {
        let mut all = vec![results.respondents];
        for q in &results.questions {
            all.push(q.answered);
            match &q.tally {
                Tally::Choices { counts, other } => {
                    all.extend(counts.iter().map(|c| c.count));
                    all.push(*other);
                }
                Tally::YesNo { yes, no } => all.extend([*yes, *no]),
                Tally::Rating { counts, .. } => all.extend(counts.iter().map(|c| c.count)),
                Tally::Ranking { scores, .. } => {
                    for s in scores {
                        all.extend([s.points, s.first]);
                    }
                }
                Tally::FreeText => {}
            }
        }
        all
    }

    /// `items` in the order a small generator seeded with `seed` draws them.
    fn shuffled<T: Clone>(items: &[T], mut seed: u64) -> Vec<T> {
        let mut items = items.to_vec();
        for i in (1..items.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            items.swap(i, (seed >> 33) as usize % (i + 1));
        }
        items
    }

    /// A consultation, candidate answer sets (each with whether it names a question the
    /// consultation lacks), a neighbourhood for each, and a seed to shuffle them.
    type Case = (Consultation, Vec<(AnswerSet, bool)>, Vec<Option<i64>>, u64);

    fn arb_survey_and_answers() -> impl Strategy<Value = Case> {
        arb_consultation().prop_flat_map(|c| {
            let sets = proptest::collection::vec(arb_answer_set(&c), 0..40);
            let neighbourhoods =
                proptest::collection::vec(proptest::option::weighted(0.9, 1i64..4), 40);
            (Just(c), sets, neighbourhoods, any::<u64>())
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn generated_consultations_are_accepted_and_survive_json(c in arb_consultation()) {
            prop_assert_eq!(check_consultation(&c), Ok(c.clone()));
            let json = serde_json::to_string(&c).unwrap();
            prop_assert_eq!(serde_json::from_str::<Consultation>(&json).unwrap(), c);
        }

        #[test]
        fn a_version_missing_anywhere_is_named_there(c in arb_consultation(), at in any::<usize>()) {
            let mut draft = c.clone();
            let mut wordings = draft.wordings_mut();
            let count = wordings.len();
            let (place, _, wording) = &mut wordings[at % count];
            let place = *place;
            wording.en = None;
            prop_assert_eq!(problems(&draft), [D::MissingVersion { place, language: En }]);
        }

        #[test]
        fn answers_are_accepted_exactly_when_they_follow_the_rules(
            (c, candidates, _, _) in arb_survey_and_answers()
        ) {
            for (given, forged) in &candidates {
                let rules_say = !forged && c.questions().all(|q| {
                    let response = given.answers.iter().find(|a| a.question == q.id);
                    match response.and_then(|a| conforms(q, &a.response)) {
                        None => !q.required,
                        Some(ok) => ok,
                    }
                });
                let checked = check_answers(&c, &resident(1), given, DURING);
                prop_assert_eq!(checked.is_ok(), rules_say, "{:?}", checked);
                if let Ok(clean) = checked {
                    // Checking again changes nothing; every answer kept conforms.
                    prop_assert_eq!(check_answers(&c, &resident(1), &clean, DURING), Ok(clean.clone()));
                    for a in &clean.answers {
                        prop_assert_eq!(conforms(c.question(a.question).unwrap(), &a.response), Some(true));
                    }
                }
                // Nothing is accepted outside the opening times.
                for now in [OPENS - 1, CLOSES] {
                    prop_assert!(check_answers(&c, &resident(1), given, now).is_err());
                }
            }
        }

        #[test]
        fn accepted_answers_tally_soundly_in_any_order_and_per_neighbourhood(
            (c, candidates, neighbourhoods, seed) in arb_survey_and_answers()
        ) {
            let sets: Vec<AnswerSet> = candidates
                .iter()
                .filter_map(|(given, _)| check_answers(&c, &resident(1), given, DURING).ok())
                .collect();
            let results = tally(&c, &sets);
            let n = sets.len() as u64;
            prop_assert_eq!(results.respondents, n);
            for (q, r) in c.questions().zip(&results.questions) {
                prop_assert_eq!(r.question, q.id);
                prop_assert!(r.answered <= n);
                if q.required {
                    prop_assert_eq!(r.answered, n);
                }
                let answered = r.answered;
                match (&q.kind, &r.tally) {
                    (QuestionKind::SingleChoice { .. }, Tally::Choices { counts, other }) => {
                        let total: u64 = counts.iter().map(|c| c.count).sum::<u64>() + other;
                        prop_assert_eq!(total, answered);
                    }
                    (QuestionKind::MultipleChoice { min, max, .. }, Tally::Choices { counts, other }) => {
                        let total: u64 = counts.iter().map(|c| c.count).sum::<u64>() + other;
                        prop_assert!(u64::from(*min) * answered <= total);
                        prop_assert!(total <= u64::from(*max) * answered);
                    }
                    (QuestionKind::YesNo, Tally::YesNo { yes, no }) => {
                        prop_assert_eq!(yes + no, answered);
                    }
                    (QuestionKind::Rating { low, high, .. }, Tally::Rating { counts, mean_tenths }) => {
                        prop_assert_eq!(counts.iter().map(|c| c.count).sum::<u64>(), answered);
                        match mean_tenths {
                            None => prop_assert_eq!(answered, 0),
                            Some(m) => {
                                prop_assert!(u64::from(*low) * 10 <= *m);
                                prop_assert!(*m <= u64::from(*high) * 10);
                            }
                        }
                    }
                    (QuestionKind::Ranking { .. }, Tally::Ranking { ranked, scores }) => {
                        let places = u64::from(*ranked);
                        prop_assert_eq!(scores.iter().map(|s| s.points).sum::<u64>(), answered * places * (places + 1) / 2);
                        prop_assert_eq!(scores.iter().map(|s| s.first).sum::<u64>(), answered);
                    }
                    (QuestionKind::FreeText { .. }, Tally::FreeText) => {}
                    (kind, tally) => prop_assert!(false, "{:?} counted as {:?}", kind, tally),
                }
            }
            // The order of the answer sets does not matter.
            prop_assert_eq!(&tally(&c, &shuffled(&sets, seed)), &results);
            // Per neighbourhood, in order, the counts add up to the overall ones.
            let tagged: Vec<(Option<i64>, &AnswerSet)> = neighbourhoods.iter().copied().zip(&sets).collect();
            let groups = tally_by_neighbourhood(&c, shuffled(&tagged, seed));
            prop_assert!(groups.windows(2).all(|g| g[0].neighbourhood < g[1].neighbourhood));
            let mut sum = numbers(&tally(&c, &[]));
            for g in &groups {
                prop_assert!(g.results.respondents > 0);
                for (total, n) in sum.iter_mut().zip(numbers(&g.results)) {
                    *total += n;
                }
            }
            prop_assert_eq!(sum, numbers(&results));
        }
    }
}
