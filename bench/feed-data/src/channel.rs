//! The commune's channel (issue 8) in the benchmark's commune: three years of
//! announcements and the demo survey's answers, written as the app writes them.
//!
//! - Announcements ([`ANNOUNCEMENTS`]) by the demo's staff, one every few days: most
//!   for one quartier (chosen by population), some for a quartier and its neighbours,
//!   about a third for the whole commune; a third public; a few pinned (for a few
//!   weeks), a fifth with an expiry, one in a hundred withdrawn. French always, German
//!   mostly, Luxembourgish, English and Portuguese often, checked by
//!   `gemeng_core::announcements::check`. They are past: their e-mails went long ago
//!   (`mailed_at` set, `delivered` counted), and so did the demo's own, so a server
//!   started on this data does not begin mailing 100,000 residents in the background.
//! - The demo survey's anonymous answers, up to [`SURVEY_ANSWERS`] with the demo's
//!   143: each given by a different generated resident (in their quartier) over the
//!   days it has been open, checked by `gemeng_core::consultation::check_answers` and
//!   kept in `stored_form`'s shape, with the list of who took part, as
//!   `gemeng_db::consultations::store_anonymous` writes them. All in one transaction,
//!   answers in the order of their random keys and participants in resident order, so
//!   no row tells the order they came in (what `blur` does afterwards in the app).

use std::collections::HashMap;

use anyhow::{bail, Context};
use gemeng_core::announcements::{check, Draft, VersionInput};
use gemeng_core::consultation::{
    check_answers, stored_form, Answer, AnswerSet, Consultation, QuestionKind, Respondent, Response,
};
use gemeng_core::language::Language;
use rand::rngs::StdRng;
use rand::seq::{index, SliceRandom};
use rand::Rng;

use crate::channel_texts::{CHANNEL_LANGUAGES, FREE_TEXTS};
use crate::store::{Store, Value};
use crate::texts::STREETS;
use crate::{pick, population, Demo, Resident, SPAN};

/// Announcements over the three years.
pub const ANNOUNCEMENTS: usize = 300;
/// The demo survey's answer sets once generated, the demo's own included.
pub const SURVEY_ANSWERS: usize = 10_000;
/// How often each language has a version (lb, de, fr, en, pt): French always.
const LANGUAGE_CHANCE: [f64; 5] = [0.55, 0.8, 1.0, 0.45, 0.35];

/// What [`write`] made, for the generator's summary.
pub struct Written {
    pub announcements: usize,
    pub answers: usize,
}

/// Writes the announcements and the survey's answers.
pub async fn write(
    store: &mut Store,
    demo: &Demo,
    residents: &[Resident],
    now: i64,
    rng: &mut StdRng,
) -> anyhow::Result<Written> {
    let announcements = announcements(store, demo, residents, now, rng).await?;
    let answers = survey_answers(store, demo, residents, now, rng).await?;
    Ok(Written {
        announcements,
        answers,
    })
}

async fn announcements(
    store: &mut Store,
    demo: &Demo,
    residents: &[Resident],
    now: i64,
    rng: &mut StdRng,
) -> anyhow::Result<usize> {
    let commune = Value::Int(demo.commune_id);
    let last_resident = store.number("SELECT MAX(id) FROM users", &[]).await?;
    let mut living: HashMap<i64, i64> = HashMap::new();
    for r in residents {
        *living.entry(r.neighbourhood).or_default() += 1;
    }
    let weights: Vec<u32> = demo.slugs.iter().map(|(_, s)| population(s)).collect();
    let first_id = store
        .number("SELECT MAX(id) FROM announcements", &[])
        .await?
        + 1;
    let start = now - SPAN;
    let (mut rows, mut version_rows, mut target_rows) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..ANNOUNCEMENTS {
        let id = first_id + i as i64;
        let slot = SPAN / ANNOUNCEMENTS as i64;
        let at = start + i as i64 * slot + rng.gen_range(0..slot);
        // Most for one quartier, some for it and its neighbours, the rest for everyone.
        let home = demo.slugs[pick(rng, &weights)].0;
        let targets: Vec<i64> = match rng.gen_range(0..100) {
            0..=59 => vec![home],
            60..=69 => {
                let mut around = demo.adjacent[&home].clone();
                around.shuffle(rng);
                around.truncate(rng.gen_range(1..=2));
                around.push(home);
                around.sort();
                around
            }
            _ => Vec::new(),
        };
        let public = rng.gen_bool(1.0 / 3.0);
        let pinned = rng.gen_bool(0.04);
        let expires = if pinned {
            Some(at + rng.gen_range(14..42) * 86_400)
        } else if rng.gen_bool(0.2) {
            Some(at + rng.gen_range(7..56) * 86_400)
        } else {
            None
        };
        let withdrawn = rng
            .gen_bool(0.01)
            .then(|| at + rng.gen_range(3_600..3 * 86_400));
        let topic = rng.gen_range(0..8);
        let street = STREETS[rng.gen_range(0..STREETS.len())];
        let place = if targets.is_empty() {
            street.to_string()
        } else {
            format!("{street} ({})", demo.names[&home])
        };
        let detail_count = rng.gen_range(0..=4);
        let details = index::sample(rng, 8, detail_count).into_vec();
        let closing = rng.gen_bool(0.7).then(|| rng.gen_range(0..3));
        let mut versions = Vec::new();
        for (words, chance) in CHANNEL_LANGUAGES.iter().zip(LANGUAGE_CHANCE) {
            if !rng.gen_bool(chance) {
                continue;
            }
            let (title, opening) = words.topics[topic];
            let mut body = opening.replace("{place}", &place);
            for (n, d) in details.iter().enumerate() {
                body.push_str(if n % 2 == 0 { "\n\n" } else { " " });
                body.push_str(words.details[*d]);
            }
            if let Some(c) = closing {
                body.push_str("\n\n");
                body.push_str(words.closings[c]);
            }
            let language = Language::from_code(words.code).context("a language code")?;
            versions.push((
                language,
                VersionInput {
                    title: title.replace("{place}", &place),
                    body,
                },
            ));
        }
        let draft = Draft {
            versions,
            neighbourhoods: (!targets.is_empty()).then(|| targets.clone()),
            public,
            pinned,
            publish_at: Some(at),
            expires_at: expires,
        };
        let checked = match check(&draft, at, &demo.all) {
            Ok(checked) => checked,
            Err(problems) => bail!("a generated announcement is refused: {problems:?}"),
        };
        // Its e-mails went: to every resident it was for (all take them at once).
        let reached: i64 = if targets.is_empty() {
            residents.len() as i64
        } else {
            targets
                .iter()
                .map(|n| living.get(n).copied().unwrap_or(0))
                .sum()
        };
        let created = at - rng.gen_range(0..2 * 86_400);
        let mailed = (at + rng.gen_range(60..600)).min(withdrawn.unwrap_or(i64::MAX));
        rows.extend([
            Value::Int(id),
            commune.clone(),
            Value::Int(demo.staff),
            Value::Int(i64::from(targets.is_empty())),
            Value::Int(i64::from(public)),
            Value::Int(i64::from(pinned)),
            Value::Int(checked.publish_at),
            Value::MaybeInt(checked.expires_at),
            Value::MaybeInt(withdrawn),
            Value::Int(created),
            Value::Int(withdrawn.unwrap_or(created)),
            Value::Owned(format!("bench-announcement-{i}")),
            Value::Int(last_resident),
            Value::Int(mailed),
            Value::Int(reached),
            Value::MaybeInt(public.then_some(mailed)),
        ]);
        for v in &checked.versions {
            version_rows.extend([
                Value::Int(id),
                Value::Text(v.language.code()),
                Value::Owned(v.title.clone()),
                Value::Owned(v.body.clone()),
            ]);
        }
        for n in &targets {
            target_rows.extend([Value::Int(id), Value::Int(*n)]);
        }
    }
    store.execute("BEGIN", &[]).await?;
    store
        .insert(
            "announcements",
            &[
                "id",
                "commune_id",
                "author_id",
                "whole_commune",
                "is_public",
                "pinned",
                "publish_at",
                "expires_at",
                "withdrawn_at",
                "created_at",
                "updated_at",
                "request_key",
                "mailed_through",
                "mailed_at",
                "delivered",
                "newsletter_at",
            ],
            &rows,
        )
        .await?;
    store
        .insert(
            "announcement_versions",
            &["announcement_id", "language", "title", "body"],
            &version_rows,
        )
        .await?;
    store
        .insert(
            "announcement_neighbourhoods",
            &["announcement_id", "neighbourhood_id"],
            &target_rows,
        )
        .await?;
    // The demo's own announcements were mailed when they came out, before the
    // benchmark's residents were written: without this, the server's mailer would
    // write e-mails to all of them (three announcements, 300,000 e-mails) while the
    // benchmark measures.
    store
        .execute(
            "UPDATE announcements SET mailed_through = $1, mailed_at = publish_at,
                 newsletter_at = CASE WHEN is_public = 1 THEN publish_at ELSE newsletter_at END
             WHERE commune_id = $2 AND mailed_at IS NULL",
            &[Value::Int(last_resident), commune],
        )
        .await?;
    store.execute("COMMIT", &[]).await?;
    Ok(ANNOUNCEMENTS)
}

/// How residents lean, question by question: a weight per choice (some choices much
/// more popular than others), the share of yes, the rating most give.
struct Leaning {
    weights: Vec<u32>,
    yes: f64,
    rating: f64,
}

fn leanings(consultation: &Consultation, rng: &mut StdRng) -> HashMap<u32, Leaning> {
    consultation
        .questions()
        .map(|q| {
            let choices = q.kind.choices().map_or(0, |c| c.len());
            let weights = (0..choices).map(|_| rng.gen_range(1..=12)).collect();
            let leaning = Leaning {
                weights,
                yes: rng.gen_range(0.25..0.8),
                rating: rng.gen_range(0.3..0.8),
            };
            (q.id, leaning)
        })
        .collect()
}

/// Distinct choice ids, `n` of them, drawn one after the other by weight (so a
/// ranking's first place is the most often the most popular choice).
fn draw_choices(rng: &mut StdRng, ids: &[u32], weights: &[u32], n: usize) -> Vec<u32> {
    let mut left: Vec<(u32, u32)> = ids.iter().copied().zip(weights.iter().copied()).collect();
    let mut drawn = Vec::with_capacity(n);
    while drawn.len() < n && !left.is_empty() {
        let w: Vec<u32> = left.iter().map(|p| p.1).collect();
        drawn.push(left.remove(pick(rng, &w)).0);
    }
    drawn
}

/// One resident's answers: every question answered but a few optional ones, choices as
/// the question allows (a few write "other"), rankings of the places asked.
fn answer_set(
    consultation: &Consultation,
    leanings: &HashMap<u32, Leaning>,
    rng: &mut StdRng,
) -> AnswerSet {
    let mut set = AnswerSet::default();
    for q in consultation.questions() {
        if !q.required && rng.gen_bool(0.04) {
            continue;
        }
        let leaning = &leanings[&q.id];
        let ids: Vec<u32> = q
            .kind
            .choices()
            .map(|c| c.iter().map(|c| c.id).collect())
            .unwrap_or_default();
        let response = match &q.kind {
            QuestionKind::SingleChoice { other, .. } => {
                if *other && rng.gen_bool(0.03) {
                    Response::Choices {
                        chosen: Vec::new(),
                        other: Some(FREE_TEXTS[rng.gen_range(0..FREE_TEXTS.len())].into()),
                    }
                } else {
                    Response::Choices {
                        chosen: draw_choices(rng, &ids, &leaning.weights, 1),
                        other: None,
                    }
                }
            }
            QuestionKind::MultipleChoice {
                min, max, other, ..
            } => {
                let most = (*max as usize).min(ids.len());
                let least = (*min as usize).max(1).min(most);
                // Fewer ticks more often than many.
                let u: f64 = rng.gen();
                let ticks = least + ((u * u) * (most - least + 1) as f64) as usize;
                let ticks = ticks.min(most);
                let writes = *other && ticks < *max as usize && rng.gen_bool(0.05);
                Response::Choices {
                    chosen: draw_choices(rng, &ids, &leaning.weights, ticks),
                    other: writes
                        .then(|| FREE_TEXTS[rng.gen_range(0..FREE_TEXTS.len())].to_string()),
                }
            }
            QuestionKind::YesNo => Response::YesNo {
                yes: rng.gen_bool(leaning.yes),
            },
            QuestionKind::Rating { low, high, .. } => {
                // Around the usual rating, rarely at the far end.
                let span = f64::from(high - low);
                let centre = f64::from(*low) + leaning.rating * span;
                let spread: f64 = rng.gen_range(-1.0..1.0) + rng.gen_range(-1.0..1.0);
                let value = (centre + spread * span / 3.0)
                    .round()
                    .clamp(f64::from(*low), f64::from(*high));
                Response::Rating { value: value as u8 }
            }
            QuestionKind::Ranking { top, .. } => {
                let places = top.map_or(ids.len(), |t| t as usize);
                Response::Ranking {
                    order: draw_choices(rng, &ids, &leaning.weights, places),
                }
            }
            QuestionKind::FreeText { .. } => {
                if !q.required && !rng.gen_bool(0.15) {
                    continue;
                }
                Response::Text {
                    text: FREE_TEXTS[rng.gen_range(0..FREE_TEXTS.len())].into(),
                }
            }
        };
        set.answers.push(Answer {
            question: q.id,
            response,
        });
    }
    set
}

async fn survey_answers(
    store: &mut Store,
    demo: &Demo,
    residents: &[Resident],
    now: i64,
    rng: &mut StdRng,
) -> anyhow::Result<usize> {
    let survey = &demo.survey;
    let c = &survey.consultation;
    let wanted = SURVEY_ANSWERS.saturating_sub(survey.answered as usize);
    if wanted > residents.len() {
        bail!(
            "{wanted} answers need as many residents; there are {}",
            residents.len()
        );
    }
    let leanings = leanings(c, rng);
    let mut answers = Vec::with_capacity(wanted);
    let mut participants = Vec::with_capacity(wanted);
    let open = (now - c.opens_at).max(1);
    for r in index::sample(rng, residents.len(), wanted) {
        let resident = &residents[r];
        // More answers in the first days after it opened than later.
        let u: f64 = rng.gen();
        let at = c.opens_at + ((u * u) * open as f64) as i64;
        let respondent = Respondent {
            neighbourhood: Some(resident.neighbourhood),
            answered_before: false,
        };
        let given = answer_set(c, &leanings, rng);
        let checked = check_answers(c, &respondent, &given, at)
            .map_err(|e| anyhow::anyhow!("a generated answer set is refused: {e:?}"))?;
        let form = stored_form(c, resident.id, Some(resident.neighbourhood), checked, at);
        let key: [u8; 16] = rng.gen();
        let key: String = key.iter().map(|b| format!("{b:02x}")).collect();
        participants.push((resident.id, key));
        answers.push((
            form.key,
            form.neighbourhood,
            form.day,
            serde_json::to_string(&form.answers)?,
        ));
    }
    // Written in an order that says nothing of the order they came in.
    answers.sort_by(|a, b| a.0.cmp(&b.0));
    participants.sort();
    let mut answer_rows = Vec::with_capacity(answers.len() * 5);
    for (key, neighbourhood, day, json) in &answers {
        answer_rows.extend([
            Value::Text(key),
            Value::Int(survey.id),
            Value::MaybeInt(*neighbourhood),
            Value::Int(*day),
            Value::Text(json),
        ]);
    }
    let mut participant_rows = Vec::with_capacity(participants.len() * 3);
    for (resident, key) in &participants {
        participant_rows.extend([
            Value::Int(survey.id),
            Value::Int(*resident),
            Value::Text(key),
        ]);
    }
    store.execute("BEGIN", &[]).await?;
    store
        .insert(
            "consultation_participants",
            &["consultation_id", "resident_id", "request_key"],
            &participant_rows,
        )
        .await?;
    store
        .insert(
            "consultation_anonymous_answers",
            &[
                "answer_key",
                "consultation_id",
                "neighbourhood_id",
                "day",
                "answers",
            ],
            &answer_rows,
        )
        .await?;
    store.execute("COMMIT", &[]).await?;
    Ok(wanted)
}
