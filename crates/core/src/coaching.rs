//! Coaching (`PRODUCT.md` C5, issue 10): a learner asks for a coach in a language they
//! learn, and staff (or the system) propose one. Here the rules of a request and the
//! ranking of the candidate coaches for it; the storage and the flows (both accept
//! before either sees the other's contact, as with tandems) live in `gemeng_db` and
//! the server.
//!
//! A coach is not a tandem partner. A tandem is two peers helping each other, so B2
//! ([`OFFER_MIN`](crate::language_practice::OFFER_MIN)) is enough there. A coach
//! helps one way, alone, correcting and explaining, like a language café's table host,
//! so a coach is held to the host's bar: C1, C2 or native ([`COACH_MIN`]).
//!
//! Nothing here reads a clock or the database: the callers give the profiles, the
//! coaches' current load and the coaches already declined for the request.

use serde::{Deserialize, Serialize};

use crate::language::Language;
use crate::language_practice::{
    intergenerational, LanguageProfile, Level, INTERGENERATIONAL_POINTS, LEARN_MAX,
    SHARED_SLOTS_COUNTED, SHARED_SLOT_POINTS,
};
use crate::validation::{is_format_or_invisible, is_joiner};

/// The lowest level of a coach: C1, the level of a café's table host (see the
/// module's comment for why a tandem's B2 is not enough).
pub const COACH_MIN: Level = Level::C1;

/// The most coachings a coach holds at once (proposed to them or agreed): a
/// volunteer's evenings are few, and the load is spread over the commune's coaches.
pub const MAX_OPEN_COACHINGS: u32 = 3;

/// Points a coach loses for each coaching they already hold: a coach with fewer
/// learners is preferred to an equally good one with more. Less than one shared
/// slot is worth, so being able to meet at all still counts for more than the load.
pub const LOAD_POINTS: i64 = 2;

/// The longest note a learner adds to a request, in characters.
pub const NOTE_MAX_CHARS: usize = 500;

/// Requests one learner makes in a day (withdrawn ones count): enough to correct a
/// mistake, too few to flood the staff's list.
pub const REQUESTS_PER_DAY: i64 = 5;

/// Whether `coach` may coach `language`: they offer it (the profile's `offers`) and
/// speak it at [`COACH_MIN`] or better.
pub fn may_coach(coach: &LanguageProfile, language: Language) -> bool {
    coach.offers.contains(&language) && coach.level(language).is_some_and(|l| l >= COACH_MIN)
}

/// Why a request is refused. [`check_request`] reports every problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum RequestProblem {
    /// The learner's profile does not say they learn this language (no profile, not
    /// ticked as learned, or no level in it).
    #[error("the language is not one the learner practises")]
    NotLearned,
    /// Learned above [`LEARN_MAX`]: such a learner offers the language instead.
    #[error("the learner's level is above B2")]
    LevelTooHigh,
    /// Longer than [`NOTE_MAX_CHARS`].
    #[error("the note is too long")]
    NoteTooLong,
    /// A control or invisible character in the note (a line break is fine).
    #[error("the note holds a control character")]
    NoteControlCharacter,
    /// The learner has an open, proposed or agreed request for this language already.
    #[error("a request for this language is open already")]
    OpenAlready,
}

/// A request as the rules accept it: the learner's level at the time and the note,
/// trimmed (an empty note is no note).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub language: Language,
    pub level: Level,
    pub note: String,
}

/// Checks a request by `learner` (their profile, if they have one) for `language`
/// with `note`, while `open` are the languages of their requests still open.
///
/// The rules: the learner has a profile that learns `language` at a level from A1 to
/// [`LEARN_MAX`]; no other request of theirs for it is open (open, proposed or agreed);
/// the note has at most [`NOTE_MAX_CHARS`] characters as sent and, trimmed, no control
/// or invisible ones but line breaks.
pub fn check_request(
    learner: Option<&LanguageProfile>,
    language: Language,
    note: &str,
    open: &[Language],
) -> Result<Request, Vec<RequestProblem>> {
    let mut problems = Vec::new();
    let level = learner
        .filter(|p| p.learns.contains(&language))
        .and_then(|p| p.level(language));
    match level {
        None => problems.push(RequestProblem::NotLearned),
        Some(l) if l > LEARN_MAX => problems.push(RequestProblem::LevelTooHigh),
        Some(_) => {}
    }
    if open.contains(&language) {
        problems.push(RequestProblem::OpenAlready);
    }
    // The length is counted as sent, spaces included: the form's `maxlength` and the
    // API's `maxLength` say the same number.
    if note.chars().count() > NOTE_MAX_CHARS {
        problems.push(RequestProblem::NoteTooLong);
    }
    let note = note.trim().replace("\r\n", "\n");
    if note
        .chars()
        .any(|c| (c.is_control() && c != '\n') || (is_format_or_invisible(c) && !is_joiner(c)))
    {
        problems.push(RequestProblem::NoteControlCharacter);
    }
    match (level, problems.is_empty()) {
        (Some(level), true) => Ok(Request {
            language,
            level,
            note,
        }),
        _ => Err(problems),
    }
}

/// A coach who could be proposed, with what they hold already. (Borrowed: a commune's
/// every profile is a candidate for each open request.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate<'a> {
    pub profile: &'a LanguageProfile,
    /// Coachings proposed to them or agreed, not yet ended.
    pub open_coachings: u32,
}

/// A candidate as the ranking sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ranked {
    pub member: i64,
    /// [`score`] of the pair: higher is better.
    pub score: i64,
    pub shared_slots: u32,
    /// Both welcome a partner of another generation and are of different ones.
    pub intergenerational: bool,
    pub open_coachings: u32,
}

/// Whether both welcome another generation and are of different ones.
fn meet_across_generations(learner: &LanguageProfile, coach: &LanguageProfile) -> bool {
    learner.welcomes_intergenerational
        && coach.welcomes_intergenerational
        && intergenerational(learner, coach)
}

/// How good a coach `coach`, holding `open_coachings` already, is for `learner`:
/// [`SHARED_SLOT_POINTS`] per slot of the week they share (up to
/// [`SHARED_SLOTS_COUNTED`], as for tandems), [`INTERGENERATIONAL_POINTS`] when both
/// welcome another generation and are of different ones, minus [`LOAD_POINTS`] per
/// coaching the coach holds. Whether the coach is eligible at all is
/// [`rank_coaches`]' business.
pub fn score(learner: &LanguageProfile, coach: &LanguageProfile, open_coachings: u32) -> i64 {
    let shared = learner.availability.shared(coach.availability);
    let generations = meet_across_generations(learner, coach);
    SHARED_SLOT_POINTS * i64::from(shared.min(SHARED_SLOTS_COUNTED))
        + if generations {
            INTERGENERATIONAL_POINTS
        } else {
            0
        }
        - LOAD_POINTS * i64::from(open_coachings)
}

/// The coaches `candidates` may propose to `learner` for `language`, best first.
///
/// A candidate is left out when they are the learner, may not coach the language
/// ([`may_coach`]), hold [`MAX_OPEN_COACHINGS`] already, share no slot of the week with
/// the learner (they could never meet), or are in `declined` (they, or the learner,
/// declined them for this request). The rest are ordered by [`score`], highest first,
/// then by member id so that the same data always gives the same order.
pub fn rank_coaches(
    learner: &LanguageProfile,
    language: Language,
    candidates: &[Candidate<'_>],
    declined: &[i64],
) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = candidates
        .iter()
        .filter(|c| {
            c.profile.member != learner.member
                && may_coach(c.profile, language)
                && c.open_coachings < MAX_OPEN_COACHINGS
                && learner.availability.shared(c.profile.availability) > 0
                && !declined.contains(&c.profile.member)
        })
        .map(|c| Ranked {
            member: c.profile.member,
            score: score(learner, c.profile, c.open_coachings),
            shared_slots: learner.availability.shared(c.profile.availability),
            intergenerational: meet_across_generations(learner, c.profile),
            open_coachings: c.open_coachings,
        })
        .collect();
    ranked.sort_by(|a, b| b.score.cmp(&a.score).then(a.member.cmp(&b.member)));
    ranked
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::activities::Weekday;
    use crate::language_practice::{Availability, PartOfDay, Spoken};

    fn profile(
        member: i64,
        spoken: &[(Language, Level)],
        availability: Availability,
    ) -> LanguageProfile {
        LanguageProfile {
            member,
            spoken: spoken
                .iter()
                .map(|&(language, level)| Spoken { language, level })
                .collect(),
            learns: spoken
                .iter()
                .filter(|(_, l)| *l <= LEARN_MAX)
                .map(|(language, _)| *language)
                .collect(),
            offers: spoken
                .iter()
                .filter(|(_, l)| *l > LEARN_MAX)
                .map(|(language, _)| *language)
                .collect(),
            availability,
            welcomes_intergenerational: false,
            birth_year: None,
        }
    }

    fn week(slots: &[(Weekday, PartOfDay)]) -> Availability {
        slots
            .iter()
            .fold(Availability::NONE, |a, &(d, p)| a.with(d, p))
    }

    fn learner() -> LanguageProfile {
        profile(
            1,
            &[(Language::Lb, Level::A2), (Language::Pt, Level::Native)],
            week(&[
                (Weekday::Tuesday, PartOfDay::Evening),
                (Weekday::Saturday, PartOfDay::Morning),
            ]),
        )
    }

    /// A candidate owning its profile, for the tests to change.
    #[derive(Clone)]
    struct Owned {
        profile: LanguageProfile,
        open_coachings: u32,
    }

    fn view(owned: &[Owned]) -> Vec<Candidate<'_>> {
        owned
            .iter()
            .map(|o| Candidate {
                profile: &o.profile,
                open_coachings: o.open_coachings,
            })
            .collect()
    }

    fn coach(member: i64, level: Level, availability: Availability) -> Owned {
        Owned {
            profile: profile(member, &[(Language::Lb, level)], availability),
            open_coachings: 0,
        }
    }

    #[test]
    fn a_coach_needs_the_offer_and_c1_or_better() {
        for (level, coaches) in [
            (Level::B1, false),
            (Level::B2, false),
            (Level::C1, true),
            (Level::C2, true),
            (Level::Native, true),
        ] {
            let mut p = profile(2, &[(Language::Lb, level)], Availability::ALWAYS);
            p.offers = vec![Language::Lb];
            assert_eq!(may_coach(&p, Language::Lb), coaches, "{level:?}");
            assert!(!may_coach(&p, Language::Fr));
            p.offers.clear();
            assert!(!may_coach(&p, Language::Lb), "{level:?} without the offer");
        }
        // Offered, but the level given for another language only.
        let mut p = profile(2, &[(Language::Fr, Level::Native)], Availability::ALWAYS);
        p.offers = vec![Language::Lb, Language::Fr];
        assert!(!may_coach(&p, Language::Lb));
        assert!(may_coach(&p, Language::Fr));
    }

    #[test]
    fn a_request_needs_a_learned_language_up_to_b2() {
        let me = learner();
        let ok = check_request(Some(&me), Language::Lb, "  Evenings please \r\n ", &[]).unwrap();
        assert_eq!(
            ok,
            Request {
                language: Language::Lb,
                level: Level::A2,
                note: "Evenings please".into()
            }
        );
        let ok = check_request(Some(&me), Language::Lb, "one\r\ntwo", &[]).unwrap();
        assert_eq!(ok.note, "one\ntwo");
        // Spoken natively, not learned; not spoken; no profile.
        for (who, language) in [
            (Some(&me), Language::Pt),
            (Some(&me), Language::Fr),
            (None, Language::Lb),
        ] {
            assert_eq!(
                check_request(who, language, "", &[]),
                Err(vec![RequestProblem::NotLearned])
            );
        }
        // Ticked as learned without a level.
        let mut odd = me.clone();
        odd.learns.push(Language::De);
        assert_eq!(
            check_request(Some(&odd), Language::De, "", &[]),
            Err(vec![RequestProblem::NotLearned])
        );
        // Learned above B2 (a profile the rules would refuse, stored before a change).
        for (level, refused) in [(Level::B2, false), (Level::C1, true), (Level::Native, true)] {
            let mut high = me.clone();
            high.spoken[0].level = level;
            let answer = check_request(Some(&high), Language::Lb, "", &[]);
            if refused {
                assert_eq!(answer, Err(vec![RequestProblem::LevelTooHigh]), "{level:?}");
            } else {
                assert_eq!(answer.unwrap().level, level);
            }
        }
    }

    #[test]
    fn one_open_request_per_language_and_a_short_clean_note() {
        let me = learner();
        assert_eq!(
            check_request(Some(&me), Language::Lb, "", &[Language::Fr, Language::Lb]),
            Err(vec![RequestProblem::OpenAlready])
        );
        assert!(check_request(Some(&me), Language::Lb, "", &[Language::Fr]).is_ok());
        let longest = "é".repeat(NOTE_MAX_CHARS);
        assert_eq!(
            check_request(Some(&me), Language::Lb, &longest, &[])
                .unwrap()
                .note,
            longest
        );
        assert_eq!(
            check_request(Some(&me), Language::Lb, &format!("{longest}x"), &[]),
            Err(vec![RequestProblem::NoteTooLong])
        );
        // Spaces around the note count as sent (the schema's maxLength), then go.
        assert_eq!(
            check_request(Some(&me), Language::Lb, &format!(" {longest}"), &[]),
            Err(vec![RequestProblem::NoteTooLong])
        );
        let spaced = format!(" {} ", "x".repeat(NOTE_MAX_CHARS - 2));
        assert_eq!(
            check_request(Some(&me), Language::Lb, &spaced, &[])
                .unwrap()
                .note,
            spaced.trim()
        );
        for bad in ["a\u{7}b", "a\u{202E}b", "a\tb"] {
            assert_eq!(
                check_request(Some(&me), Language::Lb, bad, &[]),
                Err(vec![RequestProblem::NoteControlCharacter]),
                "{bad:?}"
            );
        }
        assert!(check_request(Some(&me), Language::Lb, "a\u{200D}b", &[]).is_ok());
        // Every problem at once.
        assert_eq!(
            check_request(
                None,
                Language::Lb,
                &format!("\u{7}{longest}"),
                &[Language::Lb]
            ),
            Err(vec![
                RequestProblem::NotLearned,
                RequestProblem::OpenAlready,
                RequestProblem::NoteTooLong,
                RequestProblem::NoteControlCharacter
            ])
        );
    }

    #[test]
    fn the_score_counts_slots_generations_and_load() {
        let me = learner();
        let both = week(&[
            (Weekday::Tuesday, PartOfDay::Evening),
            (Weekday::Saturday, PartOfDay::Morning),
        ]);
        let c = coach(2, Level::Native, both).profile;
        assert_eq!(score(&me, &c, 0), 2 * SHARED_SLOT_POINTS);
        assert_eq!(score(&me, &c, 2), 2 * SHARED_SLOT_POINTS - 2 * LOAD_POINTS);
        // Slots beyond the counted ones make no difference.
        let mut everything = me.clone();
        everything.availability = Availability::ALWAYS;
        let mut always = c.clone();
        always.availability = Availability::ALWAYS;
        assert_eq!(
            score(&everything, &always, 0),
            SHARED_SLOT_POINTS * i64::from(SHARED_SLOTS_COUNTED)
        );
        // Another generation counts only when both welcome it.
        let (mut young, mut old) = (me.clone(), c.clone());
        young.birth_year = Some(2000);
        old.birth_year = Some(1950);
        assert_eq!(score(&young, &old, 0), 2 * SHARED_SLOT_POINTS);
        young.welcomes_intergenerational = true;
        assert_eq!(score(&young, &old, 0), 2 * SHARED_SLOT_POINTS);
        old.welcomes_intergenerational = true;
        assert_eq!(
            score(&young, &old, 0),
            2 * SHARED_SLOT_POINTS + INTERGENERATIONAL_POINTS
        );
        young.welcomes_intergenerational = false;
        assert_eq!(score(&young, &old, 0), 2 * SHARED_SLOT_POINTS);
    }

    #[test]
    fn the_ranking_prefers_more_time_another_generation_and_less_load() {
        let mut me = learner();
        me.welcomes_intergenerational = true;
        me.birth_year = Some(1950);
        let one = week(&[(Weekday::Tuesday, PartOfDay::Evening)]);
        let two = me.availability;
        let never = week(&[(Weekday::Monday, PartOfDay::Morning)]);
        let mut young = coach(7, Level::C1, one);
        young.profile.welcomes_intergenerational = true;
        young.profile.birth_year = Some(2001);
        let mut busy = coach(3, Level::Native, two);
        busy.open_coachings = 2;
        let mut full = coach(4, Level::Native, two);
        full.open_coachings = MAX_OPEN_COACHINGS;
        let candidates = vec![
            coach(2, Level::Native, two),
            busy,
            full,
            coach(5, Level::B2, two),
            coach(6, Level::Native, never),
            young,
            coach(8, Level::C2, two),
            // The learner offering Luxembourgish to themself.
            Owned {
                profile: {
                    let mut p = me.clone();
                    p.offers.push(Language::Lb);
                    p.spoken[0].level = Level::Native;
                    p
                },
                open_coachings: 0,
            },
        ];
        let ranked = rank_coaches(&me, Language::Lb, &view(&candidates), &[]);
        let order: Vec<i64> = ranked.iter().map(|r| r.member).collect();
        // 7: 1 slot + another generation (3 + 10); 2 and 8: 2 slots (6, ties by id);
        // 3: 2 slots and 2 coachings (6 − 4).
        assert_eq!(order, vec![7, 2, 8, 3]);
        assert_eq!(
            ranked[0],
            Ranked {
                member: 7,
                score: SHARED_SLOT_POINTS + INTERGENERATIONAL_POINTS,
                shared_slots: 1,
                intergenerational: true,
                open_coachings: 0
            }
        );
        assert_eq!(ranked[3].open_coachings, 2);
        assert!(!ranked[1].intergenerational);
        // A declined coach is not proposed again for the request.
        let order: Vec<i64> = rank_coaches(&me, Language::Lb, &view(&candidates), &[2, 99])
            .iter()
            .map(|r| r.member)
            .collect();
        assert_eq!(order, vec![7, 8, 3]);
        // One coaching below the maximum still counts.
        let mut almost = coach(9, Level::Native, two);
        almost.open_coachings = MAX_OPEN_COACHINGS - 1;
        assert_eq!(
            rank_coaches(&me, Language::Lb, &view(&[almost]), &[]).len(),
            1
        );
        // Nobody coaches French here.
        assert!(rank_coaches(&me, Language::Fr, &view(&candidates), &[]).is_empty());
    }

    fn any_profile() -> impl Strategy<Value = LanguageProfile> {
        (
            0i64..12,
            proptest::collection::vec((0usize..5, 0usize..7, any::<bool>(), any::<bool>()), 0..5),
            0u32..(1 << 21),
            any::<bool>(),
            proptest::option::of(1930i32..2010),
        )
            .prop_map(|(member, langs, bits, welcomes, birth_year)| {
                let mut p = LanguageProfile {
                    member,
                    spoken: Vec::new(),
                    learns: Vec::new(),
                    offers: Vec::new(),
                    availability: Availability::from_bits(bits).unwrap_or_default(),
                    welcomes_intergenerational: welcomes,
                    birth_year,
                };
                for (l, level, learns, offers) in langs {
                    let language = Language::ALL[l];
                    if p.level(language).is_none() {
                        p.spoken.push(Spoken {
                            language,
                            level: Level::ALL[level],
                        });
                    }
                    if learns {
                        p.learns.push(language);
                    }
                    if offers {
                        p.offers.push(language);
                    }
                }
                p
            })
    }

    proptest! {
        #[test]
        fn the_ranking_keeps_to_its_rules(
            me in any_profile(),
            others in proptest::collection::vec((any_profile(), 0u32..6), 0..12),
            language in 0usize..5,
            declined in proptest::collection::vec(0i64..12, 0..3),
        ) {
            let language = Language::ALL[language];
            let candidates: Vec<Candidate> = others
                .iter()
                .map(|(profile, open_coachings)| Candidate { profile, open_coachings: *open_coachings })
                .collect();
            let ranked = rank_coaches(&me, language, &candidates, &declined);
            for r in &ranked {
                // Never the learner, never one declined, never one at their maximum.
                prop_assert_ne!(r.member, me.member);
                prop_assert!(!declined.contains(&r.member));
                prop_assert!(r.open_coachings < MAX_OPEN_COACHINGS);
                prop_assert!(r.shared_slots > 0);
                // Never one without the language at C1 or better: some candidate of
                // that id qualifies and has this score.
                let qualifies = candidates.iter().any(|c| {
                    c.profile.member == r.member
                        && c.profile.offers.contains(&language)
                        && c.profile.level(language).is_some_and(|l| l >= COACH_MIN)
                        && score(&me, c.profile, c.open_coachings) == r.score
                });
                prop_assert!(qualifies);
            }
            // Ordered by the score, then by id.
            for w in ranked.windows(2) {
                prop_assert!(
                    w[0].score > w[1].score || (w[0].score == w[1].score && w[0].member <= w[1].member)
                );
            }
            // Every eligible candidate is there.
            let eligible = candidates
                .iter()
                .filter(|c| {
                    c.profile.member != me.member
                        && may_coach(c.profile, language)
                        && c.open_coachings < MAX_OPEN_COACHINGS
                        && me.availability.shared(c.profile.availability) > 0
                        && !declined.contains(&c.profile.member)
                })
                .count();
            prop_assert_eq!(ranked.len(), eligible);
        }

        #[test]
        fn a_request_is_refused_or_keeps_the_rules(
            me in proptest::option::of(any_profile()),
            language in 0usize..5,
            note in "\\PC{0,520}",
            open in proptest::collection::vec(0usize..5, 0..3),
        ) {
            let language = Language::ALL[language];
            let open: Vec<Language> = open.into_iter().map(|i| Language::ALL[i]).collect();
            match check_request(me.as_ref(), language, &note, &open) {
                Ok(r) => {
                    let p = me.as_ref().unwrap();
                    prop_assert!(p.learns.contains(&language));
                    prop_assert_eq!(Some(r.level), p.level(language));
                    prop_assert!(r.level <= LEARN_MAX);
                    prop_assert!(!open.contains(&language));
                    prop_assert!(note.chars().count() <= NOTE_MAX_CHARS);
                    prop_assert_eq!(r.note, note.trim().replace("\r\n", "\n"));
                }
                Err(problems) => prop_assert!(!problems.is_empty()),
            }
        }
    }
}
