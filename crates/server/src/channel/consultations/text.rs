//! The questions of a consultation as staff type them in one text box, without
//! JavaScript: a line with a keyword starts a part (the title, a section, a question,
//! one of its choices, a rating's two ends), and the lines after it that start with a
//! language code give its wording in that language:
//!
//! ```text
//! title
//! fr: Enquête préalable
//! en: Pre-event survey
//!
//! section
//! fr: Votre commune
//! en: Your commune
//!
//! question multiple max=3 other
//! fr: Quels moyens sont les plus pertinents ?
//! en: Which means are the most relevant?
//! choice
//! fr: Le site internet
//! en: The website
//! choice
//! fr: Le bulletin communal
//! en: The commune's newsletter
//!
//! question rating 1-5
//! fr: Les effets sur le vivre ensemble ?
//! en: The effects on living together?
//! low
//! fr: Très négatifs
//! en: Very negative
//! high
//! fr: Très positifs
//! en: Very positive
//! ```
//!
//! Question types: `single`, `multiple` (`min=N`, `max=N`), `yesno`, `rating` (`1-5`,
//! `0-10`, with `low` and `high`), `ranking` (`top=N`), `text` (`max=N` characters);
//! `other` adds an "other: ___" field to a choice question, `optional` lets residents
//! skip it. Lines starting with `#` are notes and blank lines are ignored. The page
//! shows this in the reader's language; the keywords stay as they are.
//!
//! Questions and choices are numbered in order; [`write`] gives the text back for a
//! draft, so editing it is reading, changing and sending the same text.

use gemeng_core::consultation::{
    Choice, Consultation, ConsultationKind, Question, QuestionKind, Section, Wording,
};
use gemeng_core::language::Language;

/// The longest text accepted, in bytes: a hundred questions of fifty choices in five
/// languages stays well below.
pub const TEXT_MAX: usize = 400_000;

/// A line the parser cannot read: its number (from 1) and a message id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    pub line: usize,
    pub message: &'static str,
}

/// What a parsed text holds; times, audience and the rest come from the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub kind: ConsultationKind,
    pub title: Wording,
    pub sections: Vec<Section>,
}

/// Where the next `xx:` line goes.
enum Target {
    None,
    Title,
    Section,
    Question,
    Choice,
    Low,
    High,
}

fn wording_of<'a>(
    target: &Target,
    title: &'a mut Wording,
    sections: &'a mut [Section],
) -> Option<&'a mut Wording> {
    match target {
        Target::None => None,
        Target::Title => Some(title),
        _ => {
            let section = sections.last_mut()?;
            if let Target::Section = target {
                return section.title.as_mut();
            }
            let question = section.questions.last_mut()?;
            match (target, &mut question.kind) {
                (Target::Question, _) => Some(&mut question.text),
                (
                    Target::Choice,
                    QuestionKind::SingleChoice { choices, .. }
                    | QuestionKind::MultipleChoice { choices, .. }
                    | QuestionKind::Ranking { choices, .. },
                ) => choices.last_mut().map(|c| &mut c.label),
                (Target::Low, QuestionKind::Rating { low_label, .. }) => Some(low_label),
                (Target::High, QuestionKind::Rating { high_label, .. }) => Some(high_label),
                _ => None,
            }
        }
    }
}

fn number(value: &str) -> Option<u32> {
    if value.is_empty() || value.len() > 6 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok()
}

/// A question line's kind, or the message saying what is wrong with it.
fn question_kind(words: &[&str]) -> Result<(QuestionKind, bool), &'static str> {
    let Some((&kind, options)) = words.split_first() else {
        return Err("consultation-text-no-type");
    };
    let mut other = false;
    let mut optional = false;
    let (mut min, mut max, mut top, mut scale) = (None, None, None, None);
    for &option in options {
        match option.split_once('=') {
            _ if option == "other" => other = true,
            _ if option == "optional" => optional = true,
            Some(("min", n)) => min = Some(number(n).ok_or("consultation-text-bad-option")?),
            Some(("max", n)) => max = Some(number(n).ok_or("consultation-text-bad-option")?),
            Some(("top", n)) => top = Some(number(n).ok_or("consultation-text-bad-option")?),
            _ => match option.split_once('-') {
                Some((low, high)) if kind == "rating" => {
                    let low = number(low).ok_or("consultation-text-bad-option")?;
                    let high = number(high).ok_or("consultation-text-bad-option")?;
                    let byte = |n: u32| u8::try_from(n).map_err(|_| "consultation-text-bad-option");
                    scale = Some((byte(low)?, byte(high)?));
                }
                _ => return Err("consultation-text-bad-option"),
            },
        }
    }
    let choices = Vec::new();
    let allowed = match kind {
        "single" => min.is_none() && max.is_none() && top.is_none(),
        "multiple" => top.is_none(),
        "ranking" => min.is_none() && max.is_none() && !other,
        "yesno" | "rating" | "text" => !other && min.is_none() && top.is_none(),
        _ => return Err("consultation-text-unknown-type"),
    };
    if !allowed
        || (kind != "rating" && scale.is_some())
        || (kind != "text" && kind != "multiple" && max.is_some())
    {
        return Err("consultation-text-bad-option");
    }
    let kind = match kind {
        "single" => QuestionKind::SingleChoice { choices, other },
        // The maximum is settled once the choices are counted (see `finish`).
        "multiple" => QuestionKind::MultipleChoice {
            choices,
            min: min.unwrap_or(1),
            max: max.unwrap_or(0),
            other,
        },
        "yesno" => QuestionKind::YesNo,
        "rating" => {
            let (low, high) = scale.unwrap_or((1, 5));
            QuestionKind::Rating {
                low,
                high,
                low_label: Wording::default(),
                high_label: Wording::default(),
            }
        }
        "ranking" => QuestionKind::Ranking { choices, top },
        _ => QuestionKind::FreeText {
            max_chars: max.unwrap_or(1000),
        },
    };
    Ok((kind, !optional))
}

/// A multiple choice question without `max=` takes as many as it offers.
fn finish(sections: &mut [Section]) {
    for q in sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
        if let QuestionKind::MultipleChoice { choices, max, .. } = &mut q.kind {
            if *max == 0 {
                *max = u32::try_from(choices.len()).unwrap_or(u32::MAX);
            }
        }
    }
}

/// Reads the text; every line problem found, or what it holds. What the rules of a
/// consultation say of it (missing versions, too few choices…) is
/// `check_consultation`'s to report.
pub fn parse(text: &str) -> Result<Parsed, Vec<LineProblem>> {
    let mut problems = Vec::new();
    if text.len() > TEXT_MAX {
        return Err(vec![LineProblem {
            line: 1,
            message: "consultation-text-too-long",
        }]);
    }
    let mut title = Wording::default();
    let mut sections: Vec<Section> = Vec::new();
    let mut target = Target::None;
    let mut titled = false;
    let mut next_question = 1u32;
    for (index, raw) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut problem = |message| {
            problems.push(LineProblem {
                line: line_number,
                message,
            })
        };
        // A wording: "fr: …".
        if let Some((code, words)) = line.split_once(':') {
            if let Some(language) = Language::from_code(code.trim()) {
                match wording_of(&target, &mut title, &mut sections) {
                    Some(wording) if wording.get(language).is_some() => {
                        problem("consultation-text-language-twice")
                    }
                    Some(wording) => {
                        *wording = std::mem::take(wording).with(language, words.trim())
                    }
                    None => problem("consultation-text-wording-nowhere"),
                }
                continue;
            }
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        match words[0] {
            "title" if words.len() == 1 => {
                if titled {
                    problem("consultation-text-title-twice");
                }
                titled = true;
                target = Target::Title;
            }
            "section" if words.len() == 1 => {
                sections.push(Section {
                    title: Some(Wording::default()),
                    questions: Vec::new(),
                });
                target = Target::Section;
            }
            "question" => match question_kind(&words[1..]) {
                Ok((kind, required)) => {
                    if sections.is_empty() {
                        sections.push(Section {
                            title: None,
                            questions: Vec::new(),
                        });
                    }
                    if let Some(section) = sections.last_mut() {
                        section.questions.push(Question {
                            id: next_question,
                            text: Wording::default(),
                            required,
                            kind,
                        });
                    }
                    next_question += 1;
                    target = Target::Question;
                }
                Err(message) => {
                    problem(message);
                    target = Target::None;
                }
            },
            "choice" if words.len() == 1 => {
                let choices = sections
                    .last_mut()
                    .and_then(|s| s.questions.last_mut())
                    .and_then(|q| match &mut q.kind {
                        QuestionKind::SingleChoice { choices, .. }
                        | QuestionKind::MultipleChoice { choices, .. }
                        | QuestionKind::Ranking { choices, .. } => Some(choices),
                        _ => None,
                    });
                match choices {
                    Some(choices) => {
                        let id = u32::try_from(choices.len() + 1).unwrap_or(u32::MAX);
                        choices.push(Choice {
                            id,
                            label: Wording::default(),
                        });
                        target = Target::Choice;
                    }
                    None => {
                        problem("consultation-text-choice-nowhere");
                        target = Target::None;
                    }
                }
            }
            end @ ("low" | "high") if words.len() == 1 => {
                let rating = sections
                    .last()
                    .and_then(|s| s.questions.last())
                    .is_some_and(|q| matches!(q.kind, QuestionKind::Rating { .. }));
                if rating {
                    target = if end == "low" {
                        Target::Low
                    } else {
                        Target::High
                    };
                } else {
                    problem("consultation-text-end-nowhere");
                    target = Target::None;
                }
            }
            _ => {
                problem("consultation-text-unknown-line");
                target = Target::None;
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    finish(&mut sections);
    let questions: usize = sections.iter().map(|s| s.questions.len()).sum();
    let kind = if questions == 1 && sections.iter().all(|s| s.title.is_none()) {
        ConsultationKind::Poll
    } else {
        ConsultationKind::Survey
    };
    Ok(Parsed {
        kind,
        title,
        sections,
    })
}

fn write_wording(out: &mut Vec<String>, wording: &Wording) {
    for language in wording.languages() {
        if let Some(text) = wording.get(language) {
            out.push(format!("{}: {text}", language.code()));
        }
    }
}

/// The text of a consultation's title and questions, as [`parse`] reads it.
pub fn write(consultation: &Consultation) -> String {
    let mut out = vec!["title".to_string()];
    write_wording(&mut out, &consultation.title);
    for section in &consultation.sections {
        if let Some(title) = &section.title {
            out.push(String::new());
            out.push("section".into());
            write_wording(&mut out, title);
        }
        for q in &section.questions {
            let mut head = vec!["question".to_string()];
            match &q.kind {
                QuestionKind::SingleChoice { other, .. } => {
                    head.push("single".into());
                    if *other {
                        head.push("other".into());
                    }
                }
                QuestionKind::MultipleChoice {
                    min, max, other, ..
                } => {
                    head.push("multiple".into());
                    head.push(format!("min={min}"));
                    head.push(format!("max={max}"));
                    if *other {
                        head.push("other".into());
                    }
                }
                QuestionKind::YesNo => head.push("yesno".into()),
                QuestionKind::Rating { low, high, .. } => {
                    head.push("rating".into());
                    head.push(format!("{low}-{high}"));
                }
                QuestionKind::Ranking { top, .. } => {
                    head.push("ranking".into());
                    if let Some(top) = top {
                        head.push(format!("top={top}"));
                    }
                }
                QuestionKind::FreeText { max_chars } => {
                    head.push("text".into());
                    head.push(format!("max={max_chars}"));
                }
            }
            if !q.required {
                head.push("optional".into());
            }
            out.push(String::new());
            out.push(head.join(" "));
            write_wording(&mut out, &q.text);
            if let Some(choices) = q.kind.choices() {
                for c in choices {
                    out.push("choice".into());
                    write_wording(&mut out, &c.label);
                }
            }
            if let QuestionKind::Rating {
                low_label,
                high_label,
                ..
            } = &q.kind
            {
                out.push("low".into());
                write_wording(&mut out, low_label);
                out.push("high".into());
                write_wording(&mut out, high_label);
            }
        }
    }
    out.push(String::new());
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use gemeng_core::consultation::{check_consultation, Audience, ResultsShown};

    const SAMPLE: &str = "title\nfr: Enquête\nen: Survey\n\nsection\nfr: Commune\nen: Commune\n\n\
        question multiple max=2 other\nfr: Quoi ?\nen: What?\nchoice\nfr: A\nen: A\nchoice\nfr: B\nen: B\nchoice\nfr: C\nen: C\n\n\
        question rating 0-10 optional\nfr: Note ?\nen: Rate?\nlow\nfr: Bas\nen: Low\nhigh\nfr: Haut\nen: High\n\n\
        question yesno\nfr: Oui ?\nen: Yes?\n\nquestion ranking top=2\nfr: Ordre ?\nen: Order?\nchoice\nfr: X\nen: X\nchoice\nfr: Y\nen: Y\nchoice\nfr: Z\nen: Z\n\n\
        question text max=300\nfr: Autre ?\nen: Else?\n\nquestion single\nfr: Un ?\nen: One?\nchoice\nfr: 1\nen: 1\nchoice\nfr: 2\nen: 2\n";

    fn consultation(parsed: Parsed) -> Consultation {
        Consultation {
            kind: parsed.kind,
            title: parsed.title,
            sections: parsed.sections,
            opens_at: 0,
            closes_at: 10,
            anonymous: false,
            audience: Audience::Commune,
            results_shown: ResultsShown::WhileOpen,
        }
    }

    #[test]
    fn every_kind_of_question_reads_and_writes_back() {
        let parsed = parse(SAMPLE).unwrap();
        assert_eq!(parsed.kind, ConsultationKind::Survey);
        let c = check_consultation(&consultation(parsed)).unwrap();
        assert_eq!(c.questions().count(), 6);
        let again = parse(&write(&c)).unwrap();
        assert_eq!(consultation(again), c);
        match &c.question(1).unwrap().kind {
            QuestionKind::MultipleChoice {
                min, max, other, ..
            } => assert_eq!((*min, *max, *other), (1, 2, true)),
            other => panic!("{other:?}"),
        }
        assert!(!c.question(2).unwrap().required);
    }

    #[test]
    fn one_question_without_a_section_is_a_poll() {
        let parsed = parse("title\nen: P\nquestion yesno\nen: Q?\n").unwrap();
        assert_eq!(parsed.kind, ConsultationKind::Poll);
    }

    #[test]
    fn lines_it_cannot_read_are_named() {
        let problems = parse("title\nen: T\nfr: a\nfr: b\nquestion maybe\nchoice\nlow\nbanana\nquestion multiple top=2\nquestion rating x-5\n").unwrap_err();
        let lines: Vec<(usize, &str)> = problems.iter().map(|p| (p.line, p.message)).collect();
        assert_eq!(
            lines,
            [
                (4, "consultation-text-language-twice"),
                (5, "consultation-text-unknown-type"),
                (6, "consultation-text-choice-nowhere"),
                (7, "consultation-text-end-nowhere"),
                (8, "consultation-text-unknown-line"),
                (9, "consultation-text-bad-option"),
                (10, "consultation-text-bad-option"),
            ]
        );
        assert_eq!(
            parse("en: before anything\n").unwrap_err()[0].message,
            "consultation-text-wording-nowhere"
        );
    }
}
