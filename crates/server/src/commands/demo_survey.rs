//! The demo's consultation: the GRESIL 5 pre-event survey (questions Q2 to Q13, in
//! French as asked, and in English, German and Portuguese, `demo/gresil5-survey.txt`), open to the whole commune,
//! anonymous, with 143 generated answers (the survey's number of participants) spread
//! over the quartiers, so its charts can be read beside the meeting's summary. The
//! summary's text does not keep its charts, so the proportions here are illustrative;
//! the title says the answers are demo data.

use anyhow::Context;
use gemeng_core::consultation::{
    check_answers, day_of, stored_form, Answer, AnswerSet, Audience, Consultation, Respondent,
    Response, ResultsShown,
};
use gemeng_db::communes::Commune;
use gemeng_db::{accounts, neighbourhoods};

use crate::app::{now, App};
use crate::channel::consultations::{text, Speaker};

const SURVEY: &str = include_str!("../../demo/gresil5-survey.txt");
/// The survey's participants.
const RESPONDENTS: usize = 143;

/// How many of the respondents gave each answer, question by question (in the order
/// of the file: Q2 to Q13). For choice questions: per choice, then how many wrote in
/// "other" (with what they wrote).
#[derive(Debug)]
enum Shares {
    /// Per choice; "other" count and text; the most choices one respondent ticks.
    Choices(&'static [usize], usize, &'static str, usize),
    YesNo(usize),
    /// Rankings of the first three places, and how many gave each.
    Ranking(&'static [([u32; 3], usize)]),
    /// Per value of the scale, from the lowest.
    Rating(&'static [usize]),
}

const SHARES: &[Shares] = &[
    // Q2: the means the commune has.
    Shares::Choices(
        &[137, 58, 96, 41, 35, 29],
        9,
        "Écrans d'information",
        usize::MAX,
    ),
    // Q3: the most relevant, at most 3.
    Shares::Choices(&[98, 40, 101, 52, 63, 30, 25], 0, "", 3),
    // Q4: enough digital communication?
    Shares::YesNo(54),
    // Q5: languages.
    Shares::Choices(&[112, 138, 127, 61, 33], 6, "Italien", usize::MAX),
    // Q6, Q7, Q8.
    Shares::YesNo(77),
    Shares::YesNo(48),
    Shares::YesNo(101),
    // Q9: programs.
    Shares::Choices(&[118, 37, 72, 80, 29, 24], 10, "Webex", usize::MAX),
    // Q10: the level, one answer.
    Shares::Choices(&[58, 66, 12, 7], 0, "", 1),
    // Q11: the aims, the first three ranked.
    Shares::Ranking(&[
        ([1, 4, 3], 40),
        ([4, 1, 3], 25),
        ([2, 1, 6], 20),
        ([3, 1, 4], 20),
        ([1, 5, 4], 18),
        ([6, 2, 1], 10),
        ([5, 1, 2], 10),
    ]),
    // Q12: obstacles, at most 3.
    Shares::Choices(&[97, 64, 71, 38, 56, 41], 5, "Le temps", 3),
    // Q13: the effects of ICT, 1 to 5.
    Shares::Rating(&[5, 19, 52, 51, 16]),
];

/// For each respondent, the choices (ids from 1) they tick: each choice goes to as many
/// respondents as its share, taken in turn around the circle, none above `max` ticks.
fn deal(counts: &[usize], max: usize) -> Vec<Vec<u32>> {
    let mut ticked: Vec<Vec<u32>> = vec![Vec::new(); RESPONDENTS];
    let mut next = 0;
    for (index, &count) in counts.iter().enumerate() {
        let choice = index as u32 + 1;
        let mut given = 0;
        let mut looked = 0;
        while given < count && looked < 2 * RESPONDENTS {
            let r = next % RESPONDENTS;
            next += 1;
            looked += 1;
            if ticked[r].len() < max && !ticked[r].contains(&choice) {
                ticked[r].push(choice);
                given += 1;
            }
        }
    }
    ticked
}

/// The 143 answer sets.
fn answer_sets(consultation: &Consultation) -> Vec<AnswerSet> {
    let mut sets = vec![AnswerSet::default(); RESPONDENTS];
    for (question, shares) in consultation.questions().zip(SHARES) {
        let responses: Vec<Response> = match shares {
            Shares::Choices(counts, other, text, max) => {
                let mut ticked = deal(counts, *max);
                (0..RESPONDENTS)
                    .map(|r| {
                        // "Other" goes to the last respondents, where it still fits.
                        let writes = r >= RESPONDENTS - other && ticked[r].len() < *max;
                        if ticked[r].is_empty() && !writes {
                            ticked[r].push(1);
                        }
                        let mut chosen = ticked[r].clone();
                        chosen.sort();
                        Response::Choices {
                            chosen,
                            other: writes.then(|| text.to_string()),
                        }
                    })
                    .collect()
            }
            Shares::YesNo(yes) => (0..RESPONDENTS)
                // Spread over the respondents rather than the first ones.
                .map(|r| Response::YesNo {
                    yes: (r * 7919) % RESPONDENTS < *yes,
                })
                .collect(),
            Shares::Ranking(patterns) => patterns
                .iter()
                .flat_map(|(order, n)| std::iter::repeat_n(order.to_vec(), *n))
                .map(|order| Response::Ranking { order })
                .collect(),
            Shares::Rating(counts) => counts
                .iter()
                .enumerate()
                .flat_map(|(value, n)| std::iter::repeat_n(value as u8 + 1, *n))
                .map(|value| Response::Rating { value })
                .collect(),
        };
        for (set, response) in sets.iter_mut().zip(responses) {
            set.answers.push(Answer {
                question: question.id,
                response,
            });
        }
    }
    sets
}

/// Writes the survey, publishes it and stores its demo answers.
pub async fn seed(app: &App, commune: &Commune) -> anyhow::Result<()> {
    let parsed = text::parse(SURVEY).map_err(|p| anyhow::anyhow!("demo survey: {p:?}"))?;
    let today = day_of(now());
    let draft = Consultation {
        kind: parsed.kind,
        title: parsed.title,
        sections: parsed.sections,
        opens_at: (today - 14) * 86_400,
        closes_at: (today + 30) * 86_400,
        anonymous: true,
        audience: Audience::Commune,
        results_shown: ResultsShown::WhileOpen,
    };
    let staff = accounts::by_email(&app.db, commune.id, "staff@demo.gemeng.lu")
        .await?
        .context("the demo's staff")?;
    let speaker = Speaker {
        app,
        commune,
        account: &staff,
    };
    let id = speaker
        .save(None, &draft, "demo_gresil5_survey")
        .await?
        .map_err(|r| anyhow::anyhow!("demo survey refused: {r:?}"))?;
    speaker.publish(id).await?;
    let loaded = crate::channel::consultations::load(app, commune.id, id)
        .await?
        .context("the demo survey")?;
    let quartiers = neighbourhoods::list(&app.db, commune.id).await?;
    let at = now();
    let mut tx = app.db.begin().await?;
    for (r, set) in answer_sets(&loaded.consultation).iter().enumerate() {
        let neighbourhood = quartiers.get(r % quartiers.len().max(1)).map(|n| n.id);
        let respondent = Respondent {
            neighbourhood,
            answered_before: false,
        };
        let checked = check_answers(&loaded.consultation, &respondent, set, at)
            .map_err(|e| anyhow::anyhow!("demo answer {r}: {e:?}"))?;
        // Answered over the two weeks it has been open.
        let day_at = (today - 14 + (r as i64 % 14)) * 86_400 + 43_200;
        let form = stored_form(&loaded.consultation, 0, neighbourhood, checked, day_at);
        gemeng_db::consultations::insert_anonymous(
            &mut tx,
            id,
            &form.key,
            form.neighbourhood,
            form.day,
            &serde_json::to_string(&form.answers)?,
        )
        .await?;
    }
    gemeng_db::consultations::blur(&mut tx, id, None).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use gemeng_core::consultation::{check_consultation, tally, Tally};

    fn survey() -> Consultation {
        let parsed = text::parse(SURVEY).unwrap();
        check_consultation(&Consultation {
            kind: parsed.kind,
            title: parsed.title,
            sections: parsed.sections,
            opens_at: 0,
            closes_at: 10,
            anonymous: true,
            audience: Audience::Commune,
            results_shown: ResultsShown::WhileOpen,
        })
        .unwrap()
    }

    #[test]
    fn the_survey_asks_q2_to_q13_in_four_languages() {
        let c = survey();
        assert_eq!(c.questions().count(), 12);
        assert_eq!(c.questions().count(), SHARES.len());
        assert_eq!(c.languages().len(), 4);
        assert!(c
            .title
            .get(gemeng_core::language::Language::En)
            .unwrap()
            .contains("demo data"));
    }

    #[test]
    fn the_generated_answers_are_valid_and_give_the_shares() {
        let c = survey();
        let respondent = Respondent {
            neighbourhood: None,
            answered_before: false,
        };
        let sets: Vec<AnswerSet> = answer_sets(&c)
            .iter()
            .map(|s| check_answers(&c, &respondent, s, 5).unwrap())
            .collect();
        let results = tally(&c, &sets);
        assert_eq!(results.respondents, RESPONDENTS as u64);
        for (q, shares) in results.questions.iter().zip(SHARES) {
            match (&q.tally, shares) {
                (Tally::Choices { counts, .. }, Shares::Choices(wanted, ..)) => {
                    for (c, w) in counts.iter().zip(wanted.iter()) {
                        // Within two answers of the share (a respondent without any
                        // tick gets the first choice).
                        assert!((c.count as i64 - *w as i64).abs() <= 2, "{q:?}");
                    }
                }
                (Tally::YesNo { yes, .. }, Shares::YesNo(wanted)) => {
                    assert_eq!(*yes, *wanted as u64)
                }
                (Tally::Rating { counts, .. }, Shares::Rating(wanted)) => {
                    let got: Vec<u64> = counts.iter().map(|c| c.count).collect();
                    let wanted: Vec<u64> = wanted.iter().map(|w| *w as u64).collect();
                    assert_eq!(got, wanted);
                }
                (Tally::Ranking { .. }, Shares::Ranking(_)) => {}
                other => panic!("{other:?}"),
            }
        }
    }
}
