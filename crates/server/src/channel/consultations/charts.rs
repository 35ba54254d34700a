//! A consultation's results as the pages show them: one bar chart per question (the
//! design system's `BarChart`, its numbers written on the bars and repeated in a table
//! beside it), worded in the reader's language.

use gemeng_core::consultation::{
    by_points, Choice, Consultation, QuestionKind, QuestionResults, Results, Tally, Wording,
};
use gemeng_core::language::Language;

use crate::design::charts::{grouped, Bar, BarChart};
use crate::http::i18n::Tr;

/// A text in the reader's language, or the first version there is.
pub fn worded(wording: &Wording, language: Language) -> String {
    wording
        .for_reader(language)
        .map(|(_, text)| text.to_string())
        .unwrap_or_default()
}

/// One question's results on the page.
pub struct QuestionChart {
    pub id: u32,
    pub text: String,
    /// How many answered it, in words.
    pub answered: String,
    /// The bars; none for a free-text question.
    pub chart: Option<BarChart>,
    /// A rating's mean, in words ("Mean: 3.7 on a scale of 1 to 5").
    pub mean: Option<String>,
}

/// A count and its share of `of` as a whole percent: "12 (34 %)".
fn shown(count: u64, of: u64) -> String {
    let percent = if of == 0 {
        0
    } else {
        (200 * count + of) / (2 * of)
    };
    format!("{} ({percent}\u{a0}%)", grouped(count as i64))
}

fn label_of(choices: &[Choice], id: u32, language: Language) -> String {
    choices
        .iter()
        .find(|c| c.id == id)
        .map(|c| worded(&c.label, language))
        .unwrap_or_default()
}

/// The charts of `results` of `consultation`, for a reader of `tr`'s language; `key`
/// keeps chart ids apart when a page shows several sets of results.
pub fn charts(
    tr: &Tr,
    consultation: &Consultation,
    results: &Results,
    key: &str,
) -> Vec<QuestionChart> {
    let language = tr.language;
    let mut all = Vec::new();
    for q in consultation.questions() {
        let Some(r) = results.questions.iter().find(|r| r.question == q.id) else {
            continue;
        };
        all.push(question_chart(tr, language, q.id, &q.text, &q.kind, r, key));
    }
    all
}

fn question_chart(
    tr: &Tr,
    language: Language,
    id: u32,
    text: &Wording,
    kind: &QuestionKind,
    r: &QuestionResults,
    key: &str,
) -> QuestionChart {
    let text = worded(text, language);
    let answered = tr.t_nums(
        "consultation-results-answered",
        &[("count", r.answered as i64)],
    );
    let bar = |label: String, count: u64, of: u64| Bar {
        label,
        value: count as i64,
        shown: shown(count, of),
    };
    let mut value_heading = tr.t("consultation-results-answers");
    let mut mean = None;
    let bars: Option<Vec<Bar>> = match (&r.tally, kind) {
        (Tally::Choices { counts, other }, kind) => {
            let choices = kind.choices().unwrap_or_default();
            let mut bars: Vec<Bar> = counts
                .iter()
                .map(|c| bar(label_of(choices, c.choice, language), c.count, r.answered))
                .collect();
            let offers_other = matches!(
                kind,
                QuestionKind::SingleChoice { other: true, .. }
                    | QuestionKind::MultipleChoice { other: true, .. }
            );
            if offers_other {
                bars.push(bar(tr.t("consultation-other"), *other, r.answered));
            }
            Some(bars)
        }
        (Tally::YesNo { yes, no }, _) => Some(vec![
            bar(tr.t("consultation-yes"), *yes, r.answered),
            bar(tr.t("consultation-no"), *no, r.answered),
        ]),
        (
            Tally::Rating {
                counts,
                mean_tenths,
            },
            QuestionKind::Rating {
                low,
                high,
                low_label,
                high_label,
            },
        ) => {
            mean = mean_tenths.map(|m| {
                tr.t_args(
                    "consultation-results-mean",
                    &[
                        ("mean", &format!("{}.{}", m / 10, m % 10)),
                        ("low", &low.to_string()),
                        ("high", &high.to_string()),
                    ],
                )
            });
            Some(
                counts
                    .iter()
                    .map(|c| {
                        let label = if c.value == *low {
                            tr.t_args(
                                "consultation-rating-end",
                                &[
                                    ("value", &c.value.to_string()),
                                    ("label", &worded(low_label, language)),
                                ],
                            )
                        } else if c.value == *high {
                            tr.t_args(
                                "consultation-rating-end",
                                &[
                                    ("value", &c.value.to_string()),
                                    ("label", &worded(high_label, language)),
                                ],
                            )
                        } else {
                            c.value.to_string()
                        };
                        bar(label, c.count, r.answered)
                    })
                    .collect(),
            )
        }
        (Tally::Ranking { scores, .. }, kind) => {
            value_heading = tr.t("consultation-results-points");
            let choices = kind.choices().unwrap_or_default();
            Some(
                by_points(scores)
                    .iter()
                    .map(|s| Bar {
                        label: label_of(choices, s.choice, language),
                        value: s.points as i64,
                        shown: tr.t_nums(
                            "consultation-results-points-first",
                            &[("points", s.points as i64), ("first", s.first as i64)],
                        ),
                    })
                    .collect(),
            )
        }
        _ => None,
    };
    QuestionChart {
        id,
        chart: bars.map(|bars| BarChart {
            id: format!("q{id}-{key}"),
            title: text.clone(),
            label_heading: tr.t("consultation-results-choice"),
            value_heading,
            bars,
        }),
        text,
        answered,
        mean,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn shares_are_rounded_half_up() {
        assert_eq!(super::shown(1, 3), "1 (33\u{a0}%)");
        assert_eq!(super::shown(1, 8), "1 (13\u{a0}%)");
        assert_eq!(super::shown(0, 0), "0 (0\u{a0}%)");
    }
}
